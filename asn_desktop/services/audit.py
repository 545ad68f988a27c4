"""The audit trail: who changed what, written in the same transaction as the change.

Changes of exchanged records (employees, histories, units) are captured automatically from
the session's flushes, with every changed field's value before and after, so no use case
can forget them; actions that change no record (login, export, print, backup, restore)
are recorded with `record()`. At the end of the unit of work the pending entries are
appended to the hash chain (asn_desktop.domain.jejak_audit) under a lock on the chain's
head, so two clerks writing to one PostgreSQL database at once cannot fork it.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.db.base import ExchangedRecord
from asn_desktop.db.models import (
    AppMeta,
    Employee,
    OrgUnit,
    PositionHistory,
    RankHistory,
    UnitHistory,
)
from asn_desktop.domain import format_nip
from asn_desktop.domain.jejak_audit import (
    GENESIS_HASH,
    ChainBreak,
    ChainEntry,
    canonical_changes,
    canonical_content,
    entry_hash,
    verify_chain,
)
from asn_desktop.domain.nip import NipError
from asn_desktop.domain.pegawai import FieldProblem
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.services.permissions import use_case

if TYPE_CHECKING:
    from asn_desktop.db import appraisal_models as am
    from asn_desktop.services.database import Database

# Start-up speed (issue 7): the appraisal and competency models are not imported here, so
# that opening a database and signing in do not wait for them (with the PostgreSQL dialect
# their partial indexes pull in). A row of theirs exists only once their module is loaded.
_APPRAISAL_MODELS = "asn_desktop.db.appraisal_models"
_COMPETENCY_MODELS = "asn_desktop.db.competency_models"

AUDIT_HEAD_KEY = "audit_head"
# The characters XML 1.0 cannot carry (openpyxl's own list, without importing openpyxl).
ILLEGAL_CHARACTERS_RE = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

ACTIONS: dict[str, str] = {
    "create": "Tambah",
    "update": "Ubah",
    "delete": "Hapus",
    "restore": "Pulihkan data",
    "login": "Masuk",
    "login_failed": "Gagal masuk",
    "logout": "Keluar",
    "lock": "Kunci akun",
    "unlock": "Buka kunci akun",
    "password": "Ganti kata sandi",
    "export": "Ekspor",
    "print": "Cetak",
    "backup": "Cadangan",
    "restore_backup": "Pulihkan dari cadangan",
}

ENTITY_LABELS: dict[str, str] = {
    "employee": "Pegawai",
    "rank_history": "Riwayat pangkat",
    "position_history": "Riwayat jabatan",
    "unit_history": "Riwayat unit kerja",
    "org_unit": "Unit kerja",
    "skp": "SKP",
    "skp_rhk": "Rencana hasil kerja",
    "skp_indikator": "Indikator kinerja",
    "skp_perilaku": "Ekspektasi perilaku",
    "evaluasi": "Evaluasi kinerja",
    "evaluasi_rhk": "Umpan balik hasil kerja",
    "evaluasi_indikator": "Realisasi",
    "evaluasi_perilaku": "Umpan balik perilaku",
    "evaluasi_versi": "Dokumen evaluasi (versi final)",
    "dokumen_ttd": "Dokumen bertanda tangan",
    "capaian_organisasi": "Capaian kinerja organisasi",
    "pelatihan": "Pengembangan kompetensi",
    "peserta_pelatihan": "Peserta pengembangan kompetensi",
    "tugas_belajar": "Tugas/izin belajar",
    "anggaran_pelatihan": "Anggaran pengembangan kompetensi",
    "kompetensi_teknis": "Kompetensi teknis",
    "standar_kompetensi": "Standar kompetensi jabatan",
    "asesmen": "Hasil asesmen kompetensi",
    "asesmen_nilai": "Level kompetensi hasil asesmen",
    "rencana_pengembangan": "Rencana pengembangan kompetensi (AKPK)",
    "rencana_item": "Butir rencana pengembangan kompetensi",
    "skm": "Survei kepuasan masyarakat",
    "app_user": "Pengguna",
    "database": "Basis data",
    "agency": "Instansi",
    "audit_log": "Jejak audit",
}

# Bookkeeping of the exchange, not something a person changed.
# The entity's own UUID is the entry's entity_uuid; ids and paths are local keys.
_NOT_AUDITED = frozenset(
    {
        "id",
        "uuid",
        "change_seq",
        "updated_at",
        "updated_by",
        "revision",
        "origin_agency",
        "employee_id",
        "path",
        # The register's derived search and sort columns (migration 0007).
        "nama_cari",
        "unit_nama",
        # The frozen document of an evaluasi_versi (several KB of JSON): its content_hash,
        # which is audited, names it exactly, and the row is never changed afterwards.
        "snapshot",
        # A unit's former names (JSON): the same rename's nama/kode before and after say it.
        "nama_sebelumnya",
    }
)
_PENDING = "asn_audit_pending"
_CAPTURED = "asn_audit_captured"

MAX_LABEL = 200


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


@dataclass
class _Captured:
    row: ExchangedRecord
    action: str
    changes: dict[str, list[Any]]


@dataclass
class PendingEntry:
    action: str
    entity_type: str = ""
    entity_uuid: str = ""
    subject_uuid: str = ""
    label: str = ""
    changes: Mapping[str, Any] = field(default_factory=dict)
    detail: str = ""
    # Who the entry names when that is not the signed-in user (a failed sign-in).
    username: str | None = None


# -- capture ---------------------------------------------------------------------------------


def _changes_of_new(row: ExchangedRecord) -> dict[str, list[Any]]:
    state = inspect(row)
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOT_AUDITED or attr.key == "deleted_at":
            continue
        value = getattr(row, attr.key)
        if value not in (None, ""):
            out[attr.key] = [None, _plain(value)]
    return out


def _changes_of_dirty(row: ExchangedRecord) -> dict[str, list[Any]]:
    state = inspect(row)
    out: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOT_AUDITED:
            continue
        history = state.attrs[attr.key].history
        if not history.added and not history.deleted:
            continue
        before = history.deleted[0] if history.deleted else None
        after = history.added[0] if history.added else None
        if before != after:
            out[attr.key] = [_plain(before), _plain(after)]
    return out


def _after_flush(session: Session, _context: Any) -> None:
    captured: list[_Captured] = session.info.setdefault(_CAPTURED, [])
    for row in session.new:
        if isinstance(row, ExchangedRecord):
            captured.append(_Captured(row, "create", _changes_of_new(row)))
    for row in session.dirty:
        if not isinstance(row, ExchangedRecord) or not session.is_modified(row):
            continue
        changes = _changes_of_dirty(row)
        if not changes:
            continue
        action = "update"
        deleted = changes.get("deleted_at")
        if deleted is not None:
            action = "delete" if deleted[1] is not None else "restore"
            if len(changes) == 1:
                changes = {}
        captured.append(_Captured(row, action, changes))


def install(session_factory: Any) -> None:
    """Capture changes on every session the factory makes (Database does this once)."""
    event.listen(session_factory, "after_flush", _after_flush)


def record(
    session: Session,
    action: str,
    *,
    entity_type: str = "",
    entity_uuid: str = "",
    subject_uuid: str = "",
    label: str = "",
    changes: Mapping[str, Any] | None = None,
    detail: str = "",
    username: str | None = None,
) -> None:
    """Queue an entry for an action that is not a change of a record (login, export...)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    pending: list[PendingEntry] = session.info.setdefault(_PENDING, [])
    pending.append(
        PendingEntry(
            action, entity_type, entity_uuid, subject_uuid, label, changes or {}, detail, username
        )
    )


# -- describing what changed ----------------------------------------------------------------


def _nip_text(nip: str) -> str:
    try:
        return format_nip(nip)
    except NipError:
        return nip


def _employee_label(employee: Employee) -> str:
    return f"{employee.nama} (NIP {_nip_text(employee.nip)})"


def describe(row: ExchangedRecord) -> tuple[str, str]:
    """(readable label, UUID of the person it is about) of an audited record."""
    if isinstance(row, Employee):
        return _employee_label(row), row.uuid
    if isinstance(row, RankHistory | PositionHistory | UnitHistory):
        employee = row.employee
        return _employee_label(employee), employee.uuid
    if isinstance(row, OrgUnit):
        return f"{row.kode} {row.nama}", ""
    am = sys.modules.get(_APPRAISAL_MODELS)
    if am is not None:
        skp = _skp_of(row)
        if skp is not None:
            employee = skp.employee
            return f"{_employee_label(employee)} — SKP {skp.tahun}", employee.uuid
        if isinstance(row, am.CapaianOrganisasi):
            return f"Capaian kinerja organisasi {row.tahun}", ""
    if sys.modules.get(_COMPETENCY_MODELS) is None:
        return "", ""
    return _describe_competency(row)


def _describe_competency(row: ExchangedRecord) -> tuple[str, str]:
    from asn_desktop.db import competency_models as cm  # loaded: see describe()

    if isinstance(row, cm.PesertaPelatihan):
        employee = row.employee
        return f"{_employee_label(employee)} — {_short(row.pelatihan.nama)}", employee.uuid
    if isinstance(row, cm.Pelatihan):
        return f"{_short(row.nama)} ({row.mulai.isoformat()})", ""
    if isinstance(row, cm.TugasBelajar | cm.Asesmen):
        employee = row.employee
        what = "Tugas/izin belajar" if isinstance(row, cm.TugasBelajar) else "Asesmen"
        return f"{_employee_label(employee)} — {what}", employee.uuid
    if isinstance(row, cm.AsesmenNilai):
        employee = row.asesmen.employee
        return f"{_employee_label(employee)} — Asesmen {row.kompetensi_kode}", employee.uuid
    if isinstance(row, cm.AnggaranPelatihan):
        return f"Anggaran pengembangan kompetensi {row.tahun} {row.sumber_dana}", ""
    if isinstance(row, cm.KompetensiTeknis):
        return f"{row.kode} {_short(row.nama)}", ""
    if isinstance(row, cm.StandarKompetensi):
        where = row.jabatan_nama or row.jenis_jabatan
        return f"Standar {_short(where)} — {row.kompetensi_kode}", ""
    if isinstance(row, cm.RencanaPengembangan):
        return f"Rencana pengembangan kompetensi {row.tahun}", ""
    if isinstance(row, cm.RencanaItem):
        return f"Rencana {row.rencana.tahun} — {row.nama} {row.kompetensi_nama}", ""
    if isinstance(row, cm.Skm):
        return f"SKM {row.tahun} {row.unit.kode} {_short(row.unit.nama)}", ""
    return "", ""


def _short(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _skp_of(row: ExchangedRecord) -> am.Skp | None:
    """The SKP an appraisal record belongs to, whose employee the entry is about."""
    from asn_desktop.db import appraisal_models as am  # loaded: see describe()

    if isinstance(row, am.Skp):
        return row
    if isinstance(row, am.SkpRhk | am.SkpPerilaku):
        return row.skp
    if isinstance(row, am.SkpIndikator):
        return row.rhk.skp
    if isinstance(row, am.Evaluasi):
        return row.skp
    if isinstance(row, am.EvaluasiRhk | am.EvaluasiIndikator | am.EvaluasiPerilaku):
        return row.evaluasi.skp
    if isinstance(row, am.EvaluasiVersi):
        return row.evaluasi.skp
    if isinstance(row, am.DokumenTtd):
        return row.versi_row.evaluasi.skp
    return None


_DETAILS = "audit_details"


def note_detail(session: Session, row: ExchangedRecord, detail: str) -> None:
    """Say why a record changed (a deletion's reason): the detail of its captured entry."""
    session.info.setdefault(_DETAILS, {})[id(row)] = detail


def _from_captured(item: _Captured, details: Mapping[int, str]) -> PendingEntry:
    label, subject = describe(item.row)
    table = item.row.__table__.name  # type: ignore[attr-defined]
    detail = details.get(id(item.row), "")
    return PendingEntry(item.action, table, item.row.uuid, subject, label, item.changes, detail)


def _folded(captured: list[_Captured]) -> list[_Captured]:
    """One entry per record and unit of work: a record created and then completed (a
    unit's path after its id is known) is one "create"; two updates are one update from
    the first value to the last."""
    by_row: dict[int, _Captured] = {}
    for item in captured:
        earlier = by_row.get(id(item.row))
        if earlier is None:
            by_row[id(item.row)] = _Captured(item.row, item.action, dict(item.changes))
            continue
        for name, (before, after) in item.changes.items():
            if name in earlier.changes:
                earlier.changes[name] = [earlier.changes[name][0], after]
            else:
                earlier.changes[name] = [None if earlier.action == "create" else before, after]
        if earlier.action != "create":
            earlier.action = item.action if item.action != "update" else earlier.action
        earlier.changes = {
            name: pair for name, pair in earlier.changes.items() if pair[0] != pair[1]
        }
    return [c for c in by_row.values() if c.changes or c.action != "update"]


# -- writing the chain ------------------------------------------------------------------------


def _lock_head(session: Session) -> tuple[int, str]:
    """(seq, hash) of the newest entry, locked until commit (FOR UPDATE on PostgreSQL;
    SQLite's write transaction already holds the whole file)."""
    # Core on the session's connection: the ORM layer would double the cost of an edit.
    conn = session.connection()
    raw = conn.execute(
        select(AppMeta.value).where(AppMeta.key == AUDIT_HEAD_KEY).with_for_update()
    ).scalar_one_or_none()
    if raw is None:  # a database made before the head existed (migration 0004 adds it)
        raw = f"0:{GENESIS_HASH}"
        conn.execute(insert(AppMeta).values(key=AUDIT_HEAD_KEY, value=raw))
    seq_text, _, last_hash = raw.partition(":")
    return int(seq_text), last_hash


def write_pending(session: Session, username: str, *, now: datetime | None = None) -> int:
    """Append the session's captured and queued entries to the chain; returns how many."""
    session.flush()
    captured = _folded(session.info.pop(_CAPTURED, []))
    details: Mapping[int, str] = session.info.pop(_DETAILS, {})
    pending: list[PendingEntry] = [_from_captured(c, details) for c in captured]
    pending += session.info.pop(_PENDING, [])
    if not pending:
        return 0
    return append_entries(session, username, pending, now=now)


def append_entries(
    session: Session,
    username: str,
    entries: Sequence[PendingEntry],
    *,
    now: datetime | None = None,
) -> int:
    seq, prev = _lock_head(session)
    at = now or datetime.now(UTC)
    rows = []
    for entry in entries:
        seq += 1
        who = (entry.username if entry.username is not None else username)[:40]
        changes = canonical_changes(entry.changes)
        label = entry.label[:MAX_LABEL]
        content = canonical_content(
            at=at,
            username=who,
            action=entry.action,
            entity_type=entry.entity_type,
            entity_uuid=entry.entity_uuid,
            subject_uuid=entry.subject_uuid,
            entity_label=label,
            changes=changes,
            detail=entry.detail,
        )
        digest = entry_hash(prev, content)
        rows.append(
            {
                "seq": seq,
                "at": at,
                "username": who,
                "action": entry.action,
                "entity_type": entry.entity_type,
                "entity_uuid": entry.entity_uuid,
                "subject_uuid": entry.subject_uuid,
                "entity_label": label,
                "changes": changes,
                "detail": entry.detail,
                "prev_hash": prev,
                "hash": digest,
            }
        )
        prev = digest
    conn = session.connection()
    conn.execute(insert(AuditEntry), rows)
    conn.execute(update(AppMeta).where(AppMeta.key == AUDIT_HEAD_KEY).values(value=f"{seq}:{prev}"))
    return len(rows)


# -- verifying ----------------------------------------------------------------------------------


def _chain_entries(session: Session) -> Iterator[ChainEntry]:
    # Plain rows streamed in batches, not ORM objects: a city's trail has millions.
    columns = (
        AuditEntry.seq,
        AuditEntry.at,
        AuditEntry.username,
        AuditEntry.action,
        AuditEntry.entity_type,
        AuditEntry.entity_uuid,
        AuditEntry.subject_uuid,
        AuditEntry.entity_label,
        AuditEntry.changes,
        AuditEntry.detail,
        AuditEntry.prev_hash,
        AuditEntry.hash,
    )
    stmt = select(*columns).order_by(AuditEntry.seq).execution_options(yield_per=5000)
    for row in session.execute(stmt):
        yield ChainEntry(*row)  # type: ignore[call-arg]


def verify(session: Session) -> ChainBreak | None:
    """The first tampered entry of the chain, or None."""
    raw = session.scalar(select(AppMeta.value).where(AppMeta.key == AUDIT_HEAD_KEY))
    head: tuple[int, str] | None = None
    if raw is not None:
        seq_text, _, digest = raw.partition(":")
        try:
            head = (int(seq_text), digest)
        except ValueError:
            head = (-1, raw)
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    if raw is None and count == 0:
        return None

    def find_seq(digest: str) -> int | None:
        # Only after a broken link: one scan, no index needed on the hash.
        return session.scalar(select(AuditEntry.seq).where(AuditEntry.hash == digest).limit(1))

    return verify_chain(_chain_entries(session), head, find_seq)


# -- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditQuery:
    username: str | None = None
    since: date | None = None  # local calendar days, inclusive
    until: date | None = None
    entity_type: str | None = None
    action: str | None = None
    subject_uuid: str | None = None
    newest_first: bool = True


@dataclass(frozen=True)
class AuditRow:
    id: int
    seq: int
    at: datetime
    username: str
    action: str
    entity_type: str
    entity_uuid: str
    entity_label: str
    changes: dict[str, list[Any]]
    detail: str

    @property
    def action_label(self) -> str:
        return ACTIONS.get(self.action, self.action)

    @property
    def entity_label_text(self) -> str:
        return ENTITY_LABELS.get(self.entity_type, self.entity_type)

    def changes_text(self) -> str:
        parts = []
        for name, (before, after) in sorted(self.changes.items()):
            if before is None:
                parts.append(f"{name}: {after}")
            else:
                parts.append(f"{name}: {before} → {after}")
        return "; ".join(parts)


def _local_day_start(day: date) -> datetime:
    return datetime(day.year, day.month, day.day).astimezone().astimezone(UTC)


def build_id_query(query: AuditQuery) -> Select[Any]:
    stmt = select(AuditEntry.id)
    if query.username:
        stmt = stmt.where(AuditEntry.username == query.username)
    if query.since is not None:
        stmt = stmt.where(AuditEntry.at >= _local_day_start(query.since))
    if query.until is not None:
        end = _local_day_start(date.fromordinal(query.until.toordinal() + 1))
        stmt = stmt.where(AuditEntry.at < end)
    if query.entity_type:
        stmt = stmt.where(AuditEntry.entity_type == query.entity_type)
    if query.action:
        stmt = stmt.where(AuditEntry.action == query.action)
    if query.subject_uuid:
        stmt = stmt.where(AuditEntry.subject_uuid == query.subject_uuid)
    order = AuditEntry.seq.desc() if query.newest_first else AuditEntry.seq.asc()
    return stmt.order_by(order)


def row_of(entry: AuditEntry) -> AuditRow:
    try:
        changes = json.loads(entry.changes)
    except ValueError:
        changes = {"?": [None, entry.changes]}
    at = entry.at if entry.at.tzinfo is not None else entry.at.replace(tzinfo=UTC)
    return AuditRow(
        id=entry.id,
        seq=entry.seq,
        at=at,
        username=entry.username,
        action=entry.action,
        entity_type=entry.entity_type,
        entity_uuid=entry.entity_uuid,
        entity_label=entry.entity_label,
        changes=changes if isinstance(changes, dict) else {},
        detail=entry.detail,
    )


EXPORT_HEADER = (
    "No.",
    "Waktu",
    "Pengguna",
    "Aksi",
    "Jenis data",
    "Data",
    "Perubahan",
    "Keterangan",
    "UUID",
)


def export_cells(row: AuditRow) -> tuple[Any, ...]:
    return (
        row.seq,
        row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        row.username,
        row.action_label,
        row.entity_label_text,
        row.entity_label,
        row.changes_text(),
        row.detail,
        row.entity_uuid,
    )


def _cell_safe(value: Any) -> Any:
    if isinstance(value, str):
        # Old rows may hold control characters that .xlsx cannot store at all.
        value = ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    # A cell starting with = + - @ is a formula to Excel: an imported name like
    # "=HYPERLINK(...)" must stay text (CSV/formula injection).
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def write_csv(path: Path, rows: Iterable[AuditRow]) -> int:
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(EXPORT_HEADER)
        for row in rows:
            writer.writerow([_cell_safe(c) for c in export_cells(row)])
            count += 1
    return count


def write_xlsx(path: Path, rows: Iterable[AuditRow]) -> int:
    from openpyxl import Workbook  # only the export pays for openpyxl

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Jejak audit")
    sheet.append(list(EXPORT_HEADER))
    count = 0
    for row in rows:
        sheet.append([_cell_safe(c) for c in export_cells(row)])
        count += 1
    book.save(str(path))
    return count


ExportWriter = Callable[[Path, Iterable[AuditRow]], int]


class AuditService:
    """Reading, exporting and verifying the trail (the GUI's audit page, `audit list`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def search_ids(self, query: AuditQuery) -> list[int]:
        with self.db.reading() as session:
            return list(session.scalars(build_id_query(query)))

    def rows(self, ids: Sequence[int]) -> dict[int, AuditRow]:
        if not ids:
            return {}
        with self.db.reading() as session:
            found = session.scalars(select(AuditEntry).where(AuditEntry.id.in_(list(ids))))
            return {entry.id: row_of(entry) for entry in found}

    def entries(self, query: AuditQuery, *, limit: int | None = None) -> list[AuditRow]:
        stmt = build_id_query(query).with_only_columns(AuditEntry)
        if limit is not None:
            stmt = stmt.limit(limit)
        with self.db.reading() as session:
            return [row_of(entry) for entry in session.scalars(stmt)]

    def users(self) -> list[str]:
        """Every user name that appears in the trail (for the page's filter)."""
        with self.db.reading() as session:
            return list(
                session.scalars(
                    select(AuditEntry.username).distinct().order_by(AuditEntry.username)
                )
            )

    def verify(self) -> ChainBreak | None:
        with self.db.reading() as session:
            return verify(session)

    @use_case(Permission.EXPORT)
    def export(self, path: Path, query: AuditQuery) -> int:
        """Write the entries matching `query` to .xlsx or .csv (by the suffix)."""
        writer: ExportWriter
        suffix = path.suffix.lower()
        if suffix == ".xlsx":
            writer = write_xlsx
        elif suffix == ".csv":
            writer = write_csv
        else:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "path",
                        pesan(
                            "Jenis berkas '{nilai}' tidak dikenal; pilih .xlsx atau .csv.",
                            nilai=suffix or path.name,
                        ),
                    )
                ]
            )
        rows = self.entries(query)
        try:
            count = writer(path, rows)
        except OSError as exc:
            raise ServiceError(
                pesan(
                    "Berkas {path} tidak bisa ditulis: {nilai}",
                    path=path,
                    nilai=exc.strerror or exc,
                )
            ) from exc
        with self.db.unit_of_work() as session:
            record(
                session,
                "export",
                entity_type="audit_log",
                label="Jejak audit",
                detail=f"{count} catatan ke {path.name}",
            )
        return count
