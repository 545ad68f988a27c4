"""The employee register: search, read, create, change, delete, and the dated histories."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import Connection, Select, and_, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from asn_desktop.db.models import (
    AppMeta,
    Employee,
    OrgUnit,
    PositionHistory,
    RankHistory,
    UnitHistory,
)
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.db.reference_models import RefCode
from asn_desktop.domain import (
    EmployeeDraft,
    FieldProblem,
    JenisJabatan,
    JenjangFungsional,
    PolicyError,
    check_fields,
    format_nip,
    golongan_by_id,
    normalize_employee,
    usia_bup,
    validate_employee,
)
from asn_desktop.domain.golongan import Golongan, GolonganError
from asn_desktop.domain.masukan import check_text
from asn_desktop.domain.nama import kunci_cari, nama_cari
from asn_desktop.domain.pemberhentian import (
    KEDUDUKAN_AKTIF,
    KELUAR_LABELS,
    Keluar,
    Pemberhentian,
    kedudukan_setelah_keluar,
    validate_pemberhentian,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import audit
from asn_desktop.services.database import (
    Database,
    fetch_column,
    stale_record_error,
    stamp_change,
)

# Re-exported: the register's row and its rendering live in employee_rows (no SQLAlchemy).
from asn_desktop.services.employee_rows import EmployeeRow as EmployeeRow
from asn_desktop.services.employee_rows import employee_row
from asn_desktop.services.employee_rows import golongan_text as golongan_text
from asn_desktop.services.errors import NeedsConfirmation, NotFound, ValidationFailed
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy

SortKey = Literal[
    "nip",
    "nama",
    "golongan",
    "jabatan",
    "unit",
    "status",
    "tanggal_lahir",
    "tmt_golongan",
    "tmt_cpns",
    "kedudukan_hukum",
    "keluar_tanggal",
]

_SORT_COLUMNS: dict[str, Any] = {
    "nip": Employee.nip,
    "nama": Employee.nama,
    "golongan": Employee.golongan_id,
    "jabatan": Employee.jabatan_nama,
    # The current unit's name as cached on the row (not a join): indexed like the others.
    "unit": Employee.unit_nama,
    "status": Employee.status_kepegawaian,
    "tanggal_lahir": Employee.tanggal_lahir,
    "tmt_golongan": Employee.tmt_golongan,
    "tmt_cpns": Employee.tmt_cpns,
    "kedudukan_hukum": Employee.kedudukan_hukum,
    "keluar_tanggal": Employee.keluar_tanggal,
}
SORT_KEYS: tuple[str, ...] = tuple(_SORT_COLUMNS)
# Text typed by clerks and imported from SIASN mixes "AHMAD", "Ahmad" and "ahmad": these sort
# without regard to case. The indexes of migration 0007 serve these ORDER BYs.
_CASELESS_SORTS = frozenset({"nama", "jabatan", "unit"})

# The register's columns, in their default order; the first six are shown by default.
REGISTER_COLUMNS: tuple[str, ...] = (
    "nip",
    "nama",
    "golongan",
    "jabatan",
    "unit",
    "status",
    "tanggal_lahir",
    "usia",
    "tmt_golongan",
    "masa_kerja",
    "tanggal_pensiun",
    "kedudukan_hukum",
    "keluar",
)
DEFAULT_COLUMNS: tuple[str, ...] = REGISTER_COLUMNS[:6]
# Column -> the sort key that orders it, None where no index can (the retirement date depends
# on the policy table in force). Age sorts by birth date and service by TMT CPNS: the older
# first when ascending by date, as the dates themselves sort.
COLUMN_SORT: dict[str, str | None] = {
    "nip": "nip",
    "nama": "nama",
    "golongan": "golongan",
    "jabatan": "jabatan",
    "unit": "unit",
    "status": "status",
    "tanggal_lahir": "tanggal_lahir",
    "usia": "tanggal_lahir",
    "tmt_golongan": "tmt_golongan",
    "masa_kerja": "tmt_cpns",
    "tanggal_pensiun": None,
    "kedudukan_hukum": "kedudukan_hukum",
    "keluar": "keluar_tanggal",
}
KEADAAN: tuple[str, ...] = ("aktif", "nonaktif", "semua")


def _caseless(column: Any, dialect: str) -> Any:
    return column.collate("NOCASE") if dialect == "sqlite" else func.lower(column)


def sort_expression(key: str, dialect: str) -> Any:
    column = _SORT_COLUMNS.get(key)
    if column is None:
        raise ValueError(f"cannot sort by {key!r}; use one of {', '.join(SORT_KEYS)}")
    if key not in _CASELESS_SORTS:
        return column
    return _caseless(column, dialect)


def order_by(key: str, descending: bool, dialect: str) -> tuple[Any, ...]:
    """The register's ORDER BY: the column, ties by name, then the id, all in one direction,
    so that the column's index of migration 0007 (column, name, id, ...) read forwards or
    backwards gives the order with no sort step."""
    terms: list[Any] = [sort_expression(key, dialect)]
    if key not in ("nama", "nip"):  # a NIP has no ties
        terms.append(_caseless(Employee.nama, dialect))
    if key != "nip":
        terms.append(Employee.id)
    return tuple(t.desc() if descending else t.asc() for t in terms)


# Employee columns a draft maps onto one to one.
_DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(EmployeeDraft))


@dataclass(frozen=True)
class EmployeeQuery:
    """What the register shows: a search text plus filters, sorted by one column.

    `search` matches the NIP when it holds only digits (spaces and dots allowed), else every
    word must occur in the name as the register prints it, titles included, ignoring case,
    dots and commas. `unit_id` includes the units below it. `jenis_jabatan` is the kind of
    the current position (domain.JenisJabatan value). `keadaan`: "aktif" (still here, the
    default), "nonaktif" (left the agency: domain.pemberhentian) or "semua".
    """

    search: str = ""
    unit_id: int | None = None
    golongan_id: int | None = None
    status: str | None = None
    sort: str = "nama"
    descending: bool = False
    jenis_jabatan: str | None = None
    keadaan: str = "aktif"

    def filtered(self) -> bool:
        """Whether anything narrows the register beyond its default (active staff)."""
        return bool(
            self.search.strip()
            or self.unit_id is not None
            or self.golongan_id is not None
            or self.status
            or self.jenis_jabatan
            or self.keadaan != "aktif"
        )


@dataclass(frozen=True)
class EmployeeRecord:
    id: int
    uuid: str
    revision: int
    updated_at: datetime
    updated_by: str
    draft: EmployeeDraft
    golongan_id: int | None
    jabatan_nama: str
    jenis_jabatan: str
    unit_id: int | None
    unit_nama: str
    keluar: str = ""
    keluar_tanggal: date | None = None
    keluar_jenis_label: str = ""
    keluar_alasan: str = ""
    keluar_sk_nomor: str = ""
    keluar_sk_tanggal: date | None = None
    keluar_instansi: str = ""


@dataclass(frozen=True)
class LeavingEntry:
    """How and when a person left the agency (see domain.pemberhentian)."""

    jenis: str
    tanggal: date | None
    alasan: str
    sk_nomor: str
    sk_tanggal: date | None = None
    instansi_tujuan: str = ""


@dataclass(frozen=True)
class RankEntry:
    golongan_id: int
    tmt: date
    sk_nomor: str
    sk_tanggal: date | None = None
    jenis_kp: str = ""
    masa_kerja_tahun: int = 0
    masa_kerja_bulan: int = 0
    keterangan: str = ""
    # A golongan lower than the one before is only a demotion (hukuman disiplin penurunan
    # pangkat), recorded with its reason; empty for every other entry.
    penurunan_alasan: str = ""


@dataclass(frozen=True)
class PositionEntry:
    jenis_jabatan: str
    jabatan_nama: str
    tmt: date
    sk_nomor: str
    sk_tanggal: date | None = None
    ref_jabatan_id: str = ""
    jenjang: str = ""
    eselon: str = ""
    jenis_penugasan: str = "D"
    unit_nama: str = ""
    usia_bup: int | None = None
    keterangan: str = ""


@dataclass(frozen=True)
class UnitEntry:
    unit_id: int
    tmt: date
    sk_nomor: str
    sk_tanggal: date | None = None
    keterangan: str = ""


HistoryKind = Literal["pangkat", "jabatan", "unit"]
_HISTORY_MODELS: dict[str, type[RankHistory] | type[PositionHistory] | type[UnitHistory]] = {
    "pangkat": RankHistory,
    "jabatan": PositionHistory,
    "unit": UnitHistory,
}


@dataclass(frozen=True)
class HistoryItem:
    """One row of a history tab: when, what, and by which decree.

    `revision` is the entry's own (for update_rank & co.); `entry` holds every field as
    stored, to fill the dialog that changes it. `berlaku` is False for an entry whose TMT
    lies after the day it was read (not yet the current rank, position or unit).
    """

    id: int
    kind: str
    tmt: date
    uraian: str
    sk_nomor: str
    sk_tanggal: date | None
    keterangan: str
    revision: int = 1
    entry: RankEntry | PositionEntry | UnitEntry | None = None
    berlaku: bool = True


def _words(text: str) -> list[str]:
    return [w for w in text.split() if w]


def _nip_digits(text: str) -> str | None:
    compact = text.replace(" ", "").replace(".", "")
    return compact if compact.isdigit() else None


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(column: Any, text: str, dialect: str) -> Any:
    """Case-insensitive substring match. SQLite's LIKE already ignores ASCII case (and
    lower() would cost a full-table function call); PostgreSQL needs ILIKE."""
    pattern = f"%{_escape_like(text)}%"
    if dialect == "sqlite":
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def search_words(text: str) -> list[str]:
    """The words of a search, in the form of Employee.nama_cari (no case, dots, commas)."""
    return _words(kunci_cari(text))


def build_id_query(query: EmployeeQuery, dialect: str = "sqlite") -> Select[int]:
    """The SELECT behind the register; public so the benchmark can time the same SQL raw."""
    if query.keadaan not in KEADAAN:
        raise ValueError(f"keadaan {query.keadaan!r}; use one of {', '.join(KEADAAN)}")
    stmt = select(Employee.id).where(Employee.deleted_at.is_(None))
    if query.keadaan == "aktif":
        stmt = stmt.where(Employee.keluar == "")
    elif query.keadaan == "nonaktif":
        stmt = stmt.where(Employee.keluar != "")
    text = query.search.strip()
    if text:
        digits = _nip_digits(text)
        if digits is not None:
            stmt = stmt.where(Employee.nip.like(f"%{digits}%"))
        else:
            words = search_words(text)
            if words:
                stmt = stmt.where(and_(*(contains(Employee.nama_cari, w, dialect) for w in words)))
    if query.unit_id is not None:
        unit_path = select(OrgUnit.path).where(OrgUnit.id == query.unit_id).scalar_subquery()
        inside = select(OrgUnit.id).where(
            or_(OrgUnit.id == query.unit_id, OrgUnit.path.like(unit_path + "%"))
        )
        stmt = stmt.where(Employee.unit_id.in_(inside))
    if query.golongan_id is not None:
        stmt = stmt.where(Employee.golongan_id == query.golongan_id)
    if query.status:
        stmt = stmt.where(Employee.status_kepegawaian == query.status)
    if query.jenis_jabatan:
        stmt = stmt.where(Employee.jenis_jabatan == query.jenis_jabatan)
    return stmt.order_by(*order_by(query.sort, query.descending, dialect))


def build_rows_query(ids: Sequence[int]) -> Select[*tuple[Any, ...]]:
    """The SELECT behind one page of the register (public for the benchmark)."""
    return (
        select(
            Employee.id,
            Employee.nip,
            Employee.gelar_depan,
            Employee.nama,
            Employee.gelar_belakang,
            Employee.golongan_id,
            Employee.jabatan_nama,
            OrgUnit.nama,
            Employee.status_kepegawaian,
            Employee.tanggal_lahir,
            Employee.tmt_golongan,
            Employee.tmt_cpns,
            Employee.kedudukan_hukum,
            Employee.usia_bup_jabatan,
            Employee.keluar,
            Employee.keluar_tanggal,
        )
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(Employee.id.in_(list(ids)), Employee.deleted_at.is_(None))
    )


def _months_between(start: date, on: date) -> int:
    months = (on.year - start.year) * 12 + on.month - start.month
    return months - (1 if on.day < start.day else 0)


def _years_months(months: int) -> str:
    return f"{months // 12} th {months % 12} bl"


def usia_text(row: EmployeeRow, today: date) -> str:
    """Age as the register shows it: "45 th 3 bl"."""
    if row.tanggal_lahir is None:
        return ""
    return _years_months(max(_months_between(row.tanggal_lahir, today), 0))


def masa_kerja_text(row: EmployeeRow, today: date) -> str:
    """Service since TMT CPNS as the register shows it ("20 th 1 bl"); up to the leaving
    date for those who left. Empty without a TMT CPNS (PPPK staff have none)."""
    if row.tmt_cpns is None:
        return ""
    until = row.keluar_tanggal if row.keluar and row.keluar_tanggal else today
    return _years_months(max(_months_between(row.tmt_cpns, until), 0))


class EmployeeService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading --------------------------------------------------------------------------

    def search_ids(self, query: EmployeeQuery) -> list[int]:
        stmt = build_id_query(query, self.db.engine.dialect.name)
        try:
            with self.db.engine.connect() as conn:
                return fetch_column(conn, stmt)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc

    def rows(self, ids: Sequence[int]) -> dict[int, EmployeeRow]:
        """Display rows for the given ids (one page of the table), keyed by id."""
        if not ids:
            return {}
        stmt = build_rows_query(ids)
        result: dict[int, EmployeeRow] = {}
        # Core, not the ORM session: plain tuples, a page at a time (the export reads the
        # whole register through here).
        try:
            with self.db.engine.connect() as conn:
                kedudukan = _kedudukan_names(conn)
                fetched = conn.execute(stmt).all()
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc
        for row in fetched:
            result[row[0]] = employee_row(row, kedudukan)
        return result

    def count(self) -> int:
        """Active staff: those who left the agency are not counted."""
        with self.db.reading() as session:
            total = session.scalar(
                select(func.count())
                .select_from(Employee)
                .where(Employee.deleted_at.is_(None), Employee.keluar == "")
            )
        return int(total or 0)

    count_active = count

    def get(self, employee_id: int) -> EmployeeRecord:
        with self.db.reading() as session:
            employee = self._load(session, employee_id)
            return _record_of(employee)

    def find_by_nip(self, nip: str) -> EmployeeRecord | None:
        with self.db.reading() as session:
            employee = session.scalar(
                select(Employee).where(Employee.nip == nip, Employee.deleted_at.is_(None))
            )
            return None if employee is None else _record_of(employee)

    def histories(
        self, employee_id: int, *, today: date | None = None
    ) -> dict[str, list[HistoryItem]]:
        """The live entries of each history, newest first; `berlaku` says which are in
        force on `today` (default: the day it is read)."""
        day = today or date.today()
        with self.db.reading() as session:
            self._load(session, employee_id)
            out: dict[str, list[HistoryItem]] = {}
            for kind, model in _HISTORY_MODELS.items():
                rows = session.scalars(
                    select(model)
                    .where(model.employee_id == employee_id, model.deleted_at.is_(None))
                    .order_by(model.tmt.desc(), model.id.desc())
                ).all()
                out[kind] = [_history_item(kind, row, day) for row in rows]
            return out

    # -- writing --------------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def create(self, draft: EmployeeDraft, *, today: date | None = None) -> int:
        clean = self._validated(draft, today)
        with self.db.unit_of_work() as session:
            self._check_references(session, clean)
            self._check_unique_nip(session, clean.nip, exclude_id=None)
            employee = Employee(**{name: getattr(clean, name) for name in _DRAFT_FIELDS})
            employee.nama_cari = nama_cari(clean.gelar_depan, clean.nama, clean.gelar_belakang)
            stamp_change(session, self.db.actor, employee, first=True)
            session.add(employee)
            session.flush()
            return employee.id

    @use_case(Permission.EDIT)
    def update(
        self,
        employee_id: int,
        draft: EmployeeDraft,
        *,
        expected_revision: int,
        today: date | None = None,
    ) -> int:
        """Save changed identity/contact fields; returns the new revision."""
        clean = self._validated(draft, today)
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            self._check_revision(employee, expected_revision)
            self._check_references(session, clean)
            self._check_unique_nip(session, clean.nip, exclude_id=employee_id)
            changed = False
            for name in _DRAFT_FIELDS:
                value = getattr(clean, name)
                if getattr(employee, name) != value:
                    setattr(employee, name, value)
                    changed = True
            if changed:
                employee.nama_cari = nama_cari(
                    employee.gelar_depan, employee.nama, employee.gelar_belakang
                )
                stamp_change(session, self.db.actor, employee)
            return employee.revision

    @use_case(Permission.EDIT)
    def record_leaving(
        self,
        employee_id: int,
        entry: LeavingEntry,
        *,
        expected_revision: int,
        today: date | None = None,
    ) -> int:
        """Record that a person left the agency (pensiun, mutasi keluar, meninggal, APS,
        diberhentikan); the record stays. Returns the new revision."""
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            self._check_revision(employee, expected_revision)
            if employee.keluar:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "jenis",
                            pesan(
                                "{nama} sudah tercatat keluar ({keluar_label}, {tanggal_text}).",
                                nama=employee.nama,
                                keluar_label=_keluar_label(employee.keluar),
                                tanggal_text=_tanggal_text(employee.keluar_tanggal),
                            ),
                        )
                    ]
                )
            clean = Pemberhentian(
                jenis=entry.jenis,
                tanggal=entry.tanggal,
                alasan=" ".join(entry.alasan.split()),
                sk_nomor=entry.sk_nomor.strip(),
                sk_tanggal=entry.sk_tanggal,
                instansi_tujuan=" ".join(entry.instansi_tujuan.split()),
            )
            problems = validate_pemberhentian(
                clean,
                tanggal_lahir=employee.tanggal_lahir,
                mulai_bekerja=employee.tmt_cpns,
                today=today or date.today(),
            )
            if problems:
                raise ValidationFailed(problems)
            jenis = Keluar(clean.jenis)
            employee.kedudukan_sebelum_keluar = employee.kedudukan_hukum
            employee.kedudukan_hukum = kedudukan_setelah_keluar(jenis, employee.kedudukan_hukum)
            employee.keluar = jenis.value
            employee.keluar_tanggal = clean.tanggal
            employee.keluar_alasan = clean.alasan
            employee.keluar_sk_nomor = clean.sk_nomor
            employee.keluar_sk_tanggal = clean.sk_tanggal
            employee.keluar_instansi = (
                clean.instansi_tujuan if jenis is Keluar.MUTASI_KELUAR else ""
            )
            stamp_change(session, self.db.actor, employee)
            session.flush()
            return employee.revision

    @use_case(Permission.EDIT)
    def cancel_leaving(self, employee_id: int, *, expected_revision: int, reason: str) -> int:
        """Undo a leaving recorded in error: the person is active again, with the kedudukan
        hukum they had before. The reason goes into the audit trail."""
        why = " ".join(reason.split())
        if not why:
            raise ValidationFailed(
                [FieldProblem("reason", pesan("Alasan pembatalan wajib diisi."))]
            )
        problems = check_text("keterangan", why, "Alasan", problem_field="reason")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            self._check_revision(employee, expected_revision)
            if not employee.keluar:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "reason", pesan("{nama} tidak tercatat keluar.", nama=employee.nama)
                        )
                    ]
                )
            employee.kedudukan_hukum = employee.kedudukan_sebelum_keluar or KEDUDUKAN_AKTIF
            employee.kedudukan_sebelum_keluar = ""
            employee.keluar = ""
            employee.keluar_tanggal = None
            employee.keluar_alasan = ""
            employee.keluar_sk_nomor = ""
            employee.keluar_sk_tanggal = None
            employee.keluar_instansi = ""
            stamp_change(session, self.db.actor, employee)
            audit.note_detail(session, employee, f"Catatan keluar dibatalkan: {why}")
            session.flush()
            return employee.revision

    @use_case(Permission.EDIT)
    def delete(self, employee_id: int, *, expected_revision: int, reason: str = "") -> None:
        """Mark as deleted (tombstone) so the deletion can travel to BKPSDM.

        Deletion is for records made in error; a person who leaves the agency is recorded
        with record_leaving and kept. The reason, when given, goes into the audit trail.
        """
        why = " ".join(reason.split())
        problems = check_text("keterangan", why, "Alasan", problem_field="reason")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            self._check_revision(employee, expected_revision)
            now = datetime.now(UTC)
            employee.deleted_at = now
            stamp_change(session, self.db.actor, employee)
            if why:
                audit.note_detail(session, employee, f"Alasan: {why}")
            # The histories go with the person, so that none of them is exported as live.
            for model in _HISTORY_MODELS.values():
                row: Any
                for row in session.scalars(
                    select(model).where(
                        model.employee_id == employee_id, model.deleted_at.is_(None)
                    )
                ):
                    row.deleted_at = now
                    stamp_change(session, self.db.actor, row)

    # The histories. Every entry is checked against the others of its kind: no two at the
    # same TMT, and for ranks no golongan twice in a row and no lower golongan but as a
    # demotion with its reason. An entry dated before the newest one is possible (the
    # history typed in afterwards) but asked for: NeedsConfirmation, unless confirm_earlier.
    # The employee's current golongan, position and unit are those of the newest entries in
    # force (TMT not after today): a decree may be entered before it takes effect.

    @use_case(Permission.EDIT)
    def add_rank(
        self,
        employee_id: int,
        entry: RankEntry,
        *,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Add a rank (golongan) to the history; returns the entry's id."""
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            fields = self._checked_rank(session, employee, entry, None, confirm_earlier)
            return self._insert(session, employee, RankHistory, fields, today)

    @use_case(Permission.EDIT)
    def update_rank(
        self,
        history_id: int,
        entry: RankEntry,
        *,
        expected_revision: int,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Change a rank entry with the checks of add_rank (the entry itself left out of
        them); returns its new revision. A stale `expected_revision` is refused."""
        with self.db.unit_of_work() as session:
            row, employee = self._history_row(session, "pangkat", history_id, expected_revision)
            fields = self._checked_rank(session, employee, entry, row, confirm_earlier)
            return self._change(session, employee, row, fields, today)

    @use_case(Permission.EDIT)
    def add_position(
        self,
        employee_id: int,
        entry: PositionEntry,
        *,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Add a position to the history; returns the entry's id."""
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            fields = self._checked_position(session, employee, entry, None, confirm_earlier)
            return self._insert(session, employee, PositionHistory, fields, today)

    @use_case(Permission.EDIT)
    def update_position(
        self,
        history_id: int,
        entry: PositionEntry,
        *,
        expected_revision: int,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Change a position entry (see update_rank); returns its new revision."""
        with self.db.unit_of_work() as session:
            row, employee = self._history_row(session, "jabatan", history_id, expected_revision)
            fields = self._checked_position(session, employee, entry, row, confirm_earlier)
            return self._change(session, employee, row, fields, today)

    @use_case(Permission.EDIT)
    def add_unit(
        self,
        employee_id: int,
        entry: UnitEntry,
        *,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Add a placement (unit kerja) to the history; returns the entry's id."""
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            fields = self._checked_unit(session, employee, entry, None, confirm_earlier)
            return self._insert(session, employee, UnitHistory, fields, today)

    @use_case(Permission.EDIT)
    def update_unit(
        self,
        history_id: int,
        entry: UnitEntry,
        *,
        expected_revision: int,
        confirm_earlier: bool = False,
        today: date | None = None,
    ) -> int:
        """Change a placement entry (see update_rank); returns its new revision."""
        with self.db.unit_of_work() as session:
            row, employee = self._history_row(session, "unit", history_id, expected_revision)
            fields = self._checked_unit(session, employee, entry, row, confirm_earlier)
            return self._change(session, employee, row, fields, today)

    @use_case(Permission.EDIT)
    def remove_history(self, kind: HistoryKind, history_id: int) -> None:
        model = _HISTORY_MODELS[kind]
        with self.db.unit_of_work() as session:
            row: Any = session.get(model, history_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(pesan(pesan("Riwayat itu tidak ada lagi (mungkin sudah dihapus).")))
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)
            session.flush()
            self._refresh_current(session, self._load(session, row.employee_id))

    @use_case(Permission.EDIT)
    def apply_due_histories(self, today: date | None = None) -> int:
        """Make current the entries whose TMT has come (a decree entered before it took
        effect); returns the number of employees whose current golongan, position or unit
        changed. Each of them gets one audit entry saying why.

        Cheap when called on every opening: it looks at the entries dated after the day it
        last ran (kept in app_meta) up to `today`, and does nothing more that day. The first
        run also looks a year back and ahead, which corrects the future entries an earlier
        version made current at once.
        """
        day = today or date.today()
        with self.db.reading() as session:
            since = _due_checked(session)
            if since is not None and since >= day:
                return 0
            ids = _due_employee_ids(session, since, day)
        with self.db.unit_of_work() as session:
            changed = 0
            for employee_id in sorted(ids):
                employee = session.get(Employee, employee_id)
                if employee is None or employee.deleted_at is not None:
                    continue
                if self._refresh_current(session, employee, day):
                    audit.note_detail(
                        session,
                        employee,
                        f"Riwayat yang TMT-nya tiba (sampai {day:%d-%m-%Y}) mulai berlaku.",
                    )
                    changed += 1
            marker = session.get(AppMeta, DUE_CHECKED_KEY)
            if marker is None:
                session.add(AppMeta(key=DUE_CHECKED_KEY, value=day.isoformat()))
            else:
                marker.value = day.isoformat()
            return changed

    def _checked_rank(
        self,
        session: Session,
        employee: Employee,
        entry: RankEntry,
        row: RankHistory | None,
        confirm_earlier: bool,
    ) -> dict[str, Any]:
        """The columns of a rank entry, checked (see add_rank); `row` is the entry being
        changed, None for a new one."""
        problems = _check_decree(entry)
        golongan: Golongan | None = None
        try:
            golongan = golongan_by_id(entry.golongan_id)
        except GolonganError:
            problems.append(FieldProblem("golongan_id", pesan("Golongan tidak dikenal.")))
        if golongan is not None:
            wants = "PPPK" if employee.status_kepegawaian == "PPPK" else "PNS"
            if golongan.untuk != wants:
                problems.append(
                    FieldProblem(
                        "golongan_id",
                        pesan(
                            "Golongan {ruang} untuk {untuk}, sedangkan pegawai ini berstatus "
                            "{status_kepegawaian}.",
                            ruang=golongan.ruang,
                            untuk=golongan.untuk,
                            status_kepegawaian=employee.status_kepegawaian,
                        ),
                    )
                )
                golongan = None
        _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
        others = _other_entries(session, RankHistory, employee.id, row)
        if golongan is not None and not _reported(problems, "tmt"):
            _check_rank_sequence(problems, others, entry, golongan)
        if problems:
            raise ValidationFailed(problems)
        _confirm_earlier("pangkat", others, entry.tmt, row, confirm_earlier)
        fields = dataclasses.asdict(entry)
        fields["penurunan_alasan"] = entry.penurunan_alasan.strip()
        return fields

    def _checked_position(
        self,
        session: Session,
        employee: Employee,
        entry: PositionEntry,
        row: PositionHistory | None,
        confirm_earlier: bool,
    ) -> dict[str, Any]:
        problems = _check_decree(entry)
        if not entry.jabatan_nama.strip():
            problems.append(FieldProblem("jabatan_nama", pesan("Nama jabatan wajib diisi.")))
        if entry.jenis_jabatan not in {j.value for j in JenisJabatan}:
            problems.append(FieldProblem("jenis_jabatan", pesan("Jenis jabatan tidak dikenal.")))
        bup = None if problems else _usia_bup_of(entry, problems)
        _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
        others = _other_entries(session, PositionHistory, employee.id, row)
        if not _reported(problems, "tmt"):
            # An acting assignment (Plt., Plh.) may start on the day of a definitive one.
            penugasan = entry.jenis_penugasan or "D"
            same = [
                o for o in others if o.tmt == entry.tmt and (o.jenis_penugasan or "D") == penugasan
            ]
            if same:
                problems.append(FieldProblem("tmt", _same_tmt_message("jabatan", same[0])))
        if problems:
            raise ValidationFailed(problems)
        _confirm_earlier("jabatan", others, entry.tmt, row, confirm_earlier)
        fields = dataclasses.asdict(entry)
        fields["jabatan_nama"] = entry.jabatan_nama.strip()
        fields["usia_bup"] = bup
        return fields

    def _checked_unit(
        self,
        session: Session,
        employee: Employee,
        entry: UnitEntry,
        row: UnitHistory | None,
        confirm_earlier: bool,
    ) -> dict[str, Any]:
        problems = _check_decree(entry)
        unit = session.get(OrgUnit, entry.unit_id)
        kept = row is not None and row.unit_id == entry.unit_id
        if not kept and (unit is None or unit.deleted_at is not None):
            problems.append(FieldProblem("unit_id", pesan("Unit kerja tidak ditemukan.")))
        elif not kept and unit is not None and unit.nonaktif_sejak is not None:
            problems.append(
                FieldProblem(
                    "unit_id",
                    pesan(
                        "Unit {nama} sudah tidak aktif sejak {nonaktif_sejak:%d-%m-%Y}; pilih "
                        "unit yang masih aktif.",
                        nama=unit.nama,
                        nonaktif_sejak=unit.nonaktif_sejak,
                    ),
                )
            )
        _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
        others = _other_entries(session, UnitHistory, employee.id, row)
        if not _reported(problems, "tmt"):
            same = [o for o in others if o.tmt == entry.tmt]
            if same:
                problems.append(FieldProblem("tmt", _same_tmt_message("unit", same[0])))
        if problems:
            raise ValidationFailed(problems)
        _confirm_earlier("unit", others, entry.tmt, row, confirm_earlier)
        fields = dataclasses.asdict(entry)
        # The unit's name as it was: an entry changed without moving it keeps its snapshot.
        if row is not None and kept:
            fields["unit_nama"] = row.unit_nama
        else:
            assert unit is not None
            fields["unit_nama"] = unit.nama
        return fields

    def _history_row(
        self, session: Session, kind: str, history_id: int, expected_revision: int
    ) -> tuple[Any, Employee]:
        """A live history entry and its employee, refused when it changed since it was read."""
        row: Any = session.get(_HISTORY_MODELS[kind], history_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(pesan(pesan("Riwayat itu tidak ada lagi (mungkin sudah dihapus).")))
        employee = self._load(session, row.employee_id)
        if row.revision != expected_revision:
            label = f"{_KIND_LABELS[kind]} {employee.nama} (TMT {row.tmt:%d-%m-%Y})"
            raise stale_record_error(label, row.updated_by, row.updated_at)
        return row, employee

    def _insert(
        self,
        session: Session,
        employee: Employee,
        model: type[RankHistory] | type[PositionHistory] | type[UnitHistory],
        fields: dict[str, Any],
        today: date | None,
    ) -> int:
        row = model(employee_id=employee.id, **fields)
        stamp_change(session, self.db.actor, row, first=True)
        session.add(row)
        session.flush()
        self._refresh_current(session, employee, today)
        return row.id

    def _change(
        self,
        session: Session,
        employee: Employee,
        row: Any,
        fields: dict[str, Any],
        today: date | None,
    ) -> int:
        changed = False
        for name, value in fields.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                changed = True
        if changed:
            stamp_change(session, self.db.actor, row)
            session.flush()
            self._refresh_current(session, employee, today)
        return int(row.revision)

    # -- internals ------------------------------------------------------------------------

    def _validated(self, draft: EmployeeDraft, today: date | None) -> EmployeeDraft:
        clean = normalize_employee(draft)
        problems = validate_employee(clean, today=today or date.today())
        if problems:
            raise ValidationFailed(problems)
        return clean

    def _load(self, session: Session, employee_id: int) -> Employee:
        employee = session.get(Employee, employee_id)
        if employee is None or employee.deleted_at is not None:
            raise NotFound(
                pesan(
                    "Pegawai dengan id {employee_id} tidak ditemukan (mungkin dihapus).",
                    employee_id=employee_id,
                )
            )
        return employee

    @staticmethod
    def _check_revision(employee: Employee, expected: int) -> None:
        # The early, friendly refusal; the database's own "WHERE revision = ..." (the
        # version column) catches the writer that read the same revision at the same time.
        if employee.revision != expected:
            raise stale_record_error(employee.nama, employee.updated_by, employee.updated_at)

    @staticmethod
    def _check_unique_nip(session: Session, nip: str, *, exclude_id: int | None) -> None:
        stmt = select(Employee.id, Employee.nama, Employee.deleted_at).where(Employee.nip == nip)
        if exclude_id is not None:
            stmt = stmt.where(Employee.id != exclude_id)
        other = session.execute(stmt).first()
        if other is not None:
            whose = other[1] if other[2] is None else f"{other[1]} (data yang sudah dihapus)"
            raise ValidationFailed(
                [
                    FieldProblem(
                        "nip",
                        pesan(
                            "NIP {nip} sudah dipakai oleh {whose}.",
                            nip=format_nip(nip),
                            whose=whose,
                        ),
                    )
                ]
            )

    @staticmethod
    def _check_references(session: Session, draft: EmployeeDraft) -> None:
        known = session.scalar(
            select(RefCode.code).where(
                RefCode.catalogue == "kedudukanHukum", RefCode.code == draft.kedudukan_hukum
            )
        )
        if known is None:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "kedudukan_hukum",
                        pesan(
                            "Kode kedudukan hukum '{kedudukan_hukum}' tidak ada di katalog SIASN.",
                            kedudukan_hukum=draft.kedudukan_hukum,
                        ),
                    )
                ]
            )

    def _refresh_current(
        self, session: Session, employee: Employee, today: date | None = None
    ) -> bool:
        """Copy the newest live history entries in force on `today` (TMT not after it;
        default the day it runs) onto the employee row; True when that changed it.

        When that changes the row, it is a change of the employee record like any other
        (revision, change counter), so the next export carries it. An entry dated later
        becomes current when its day comes (apply_due_histories).
        """
        day = today or date.today()
        rank = _newest(session, RankHistory, employee.id, day)
        position = _newest(session, PositionHistory, employee.id, day)
        unit = _newest(session, UnitHistory, employee.id, day)
        current = {
            "golongan_id": rank.golongan_id if rank else None,
            "tmt_golongan": rank.tmt if rank else None,
            "jabatan_nama": position.jabatan_nama if position else "",
            "jenis_jabatan": position.jenis_jabatan if position else "",
            "jenjang": position.jenjang if position else "",
            "usia_bup_jabatan": position.usia_bup if position else None,
            "unit_id": unit.unit_id if unit else None,
        }
        # The sort cache of the unit's name is derived data: no revision of its own.
        # The unit's name today, not the placement's snapshot (a renamed unit sorts by its
        # new name).
        placed = session.get(OrgUnit, unit.unit_id) if unit and unit.unit_id else None
        employee.unit_nama = placed.nama if placed is not None else ""
        changed = [name for name, value in current.items() if getattr(employee, name) != value]
        for name in changed:
            setattr(employee, name, current[name])
        if changed:
            stamp_change(session, self.db.actor, employee)
        return bool(changed)


# app_meta key: the day apply_due_histories last ran (ISO date).
DUE_CHECKED_KEY = "histories_due_checked"
# Its first run looks this far back and ahead (a decree may take effect a year after it is
# entered, the input policy's limit for a TMT).
_FIRST_DUE_WINDOW = timedelta(days=370)

_KIND_LABELS = {
    "pangkat": "riwayat pangkat",
    "jabatan": "riwayat jabatan",
    "unit": "riwayat unit kerja",
}


def _newest(session: Session, model: Any, employee_id: int, today: date) -> Any:
    return session.scalars(
        select(model)
        .where(
            model.employee_id == employee_id,
            model.deleted_at.is_(None),
            model.tmt <= today,
        )
        .order_by(model.tmt.desc(), model.id.desc())
        .limit(1)
    ).first()


def _due_checked(session: Session) -> date | None:
    marker = session.get(AppMeta, DUE_CHECKED_KEY)
    if marker is None or not marker.value:
        return None
    try:
        return date.fromisoformat(marker.value)
    except ValueError:
        return None


def _due_employee_ids(session: Session, since: date | None, day: date) -> set[int]:
    """Employees with an entry whose TMT came after `since` and by `day`; on the first run
    (no `since`) those with an entry within a year either side of `day`."""
    ids: set[int] = set()
    for model in _HISTORY_MODELS.values():
        stmt: Any = select(model.employee_id).where(model.deleted_at.is_(None)).distinct()
        if since is None:
            stmt = stmt.where(
                model.tmt > day - _FIRST_DUE_WINDOW, model.tmt <= day + _FIRST_DUE_WINDOW
            )
        else:
            stmt = stmt.where(model.tmt > since, model.tmt <= day)
        ids.update(session.scalars(stmt))
    return ids


def _other_entries(session: Session, model: Any, employee_id: int, row: Any) -> list[Any]:
    """The employee's live entries of one history, oldest first, without `row`."""
    stmt = select(model).where(model.employee_id == employee_id, model.deleted_at.is_(None))
    if row is not None:
        stmt = stmt.where(model.id != row.id)
    return list(session.scalars(stmt.order_by(model.tmt, model.id)))


def _reported(problems: list[FieldProblem], field: str) -> bool:
    return any(p.field == field for p in problems)


def _entry_text(kind: str, row: Any) -> str:
    """How an entry is named in a message: "Penata (III/c), TMT 01-04-2018, SK 823/KP"."""
    text = f"{_uraian(kind, row)}, TMT {row.tmt:%d-%m-%Y}"
    return f"{text}, SK {row.sk_nomor}" if row.sk_nomor else text


def _same_tmt_message(kind: str, other: Any) -> str:
    return (
        f"TMT {other.tmt:%d-%m-%Y} sudah dipakai {_KIND_LABELS[kind]} lain: "
        f"{_entry_text(kind, other)}. Ubah riwayat itu, atau isi TMT lain."
    )


def _golongan_or_none(golongan_id: int) -> Golongan | None:
    try:
        return golongan_by_id(golongan_id)
    except GolonganError:
        return None


def _check_rank_sequence(
    problems: list[FieldProblem], others: list[Any], entry: RankEntry, golongan: Golongan
) -> None:
    """The rank entry among the others (oldest first): not at the TMT of another, not the
    golongan of the entry before or after it, lower than the one before only as a demotion
    with its reason, and not higher than the one after unless that one is a demotion."""

    def refuse(field: str, message: str) -> None:
        if not _reported(problems, field):
            problems.append(FieldProblem(field, message))

    same = [o for o in others if o.tmt == entry.tmt]
    if same:
        refuse("tmt", _same_tmt_message("pangkat", same[0]))
    before = [o for o in others if o.tmt < entry.tmt]
    after = [o for o in others if o.tmt > entry.tmt]
    previous = before[-1] if before else None
    following = after[0] if after else None
    if previous is not None and previous.golongan_id == golongan.id:
        refuse(
            "golongan_id",
            f"Golongan {golongan.ruang} sudah tercatat pada riwayat sebelumnya "
            f"({_entry_text('pangkat', previous)}); dua riwayat pangkat berturut-turut tidak "
            "boleh bergolongan sama.",
        )
    elif following is not None and following.golongan_id == golongan.id:
        refuse(
            "golongan_id",
            f"Golongan {golongan.ruang} sudah tercatat pada riwayat sesudahnya "
            f"({_entry_text('pangkat', following)}); dua riwayat pangkat berturut-turut tidak "
            "boleh bergolongan sama.",
        )
    before_g = _golongan_or_none(previous.golongan_id) if previous is not None else None
    demotion = (
        before_g is not None and before_g.untuk == golongan.untuk and golongan.rank < before_g.rank
    )
    reason = entry.penurunan_alasan.strip()
    if demotion and not reason:
        assert previous is not None and before_g is not None
        refuse(
            "penurunan_alasan",
            f"Golongan {golongan.ruang} lebih rendah daripada golongan sebelumnya, "
            f"{before_g.ruang} ({_entry_text('pangkat', previous)}). Golongan yang lebih "
            "rendah hanya dicatat sebagai hukuman disiplin penurunan pangkat: isi alasan "
            "penurunan pangkat.",
        )
    elif reason and not demotion:
        refuse(
            "penurunan_alasan",
            "Alasan penurunan pangkat hanya diisi bila golongannya lebih rendah daripada "
            "golongan riwayat sebelumnya.",
        )
    after_g = _golongan_or_none(following.golongan_id) if following is not None else None
    if (
        following is not None
        and after_g is not None
        and after_g.untuk == golongan.untuk
        and after_g.rank < golongan.rank
        and not following.penurunan_alasan.strip()
    ):
        refuse(
            "golongan_id",
            f"Golongan {golongan.ruang} lebih tinggi daripada golongan riwayat sesudahnya, "
            f"{after_g.ruang} ({_entry_text('pangkat', following)}), yang tidak tercatat "
            "sebagai penurunan pangkat.",
        )


def _confirm_earlier(kind: str, others: list[Any], tmt: date, row: Any, confirmed: bool) -> None:
    """An entry dated before the newest other one is asked for (NeedsConfirmation): a new
    one, or the newest moved behind another; an older entry corrected is not."""
    if confirmed or not others:
        return
    newest = others[-1]
    if tmt >= newest.tmt or (row is not None and row.tmt < newest.tmt):
        return
    raise NeedsConfirmation(
        f"TMT {tmt:%d-%m-%Y} lebih awal daripada TMT {_KIND_LABELS[kind]} terakhir "
        f"({_entry_text(kind, newest)}). Simpan sebagai riwayat yang lebih lama?"
    )


def _usia_bup_of(entry: PositionEntry, problems: list[FieldProblem]) -> int | None:
    """The position's BUP: the catalogue's own value, else the policy table in force today;
    None when it cannot be known.

    Stored with the entry so the register can sort and filter by it; the career schedules
    recompute it for their own date from the same policy table.
    """
    jenis = JenisJabatan(entry.jenis_jabatan)
    jenjang = None
    if entry.jenjang:
        try:
            jenjang = JenjangFungsional(entry.jenjang)
        except ValueError:
            problems.append(
                FieldProblem(
                    "jenjang", pesan("Jenjang '{jenjang}' tidak dikenal.", jenjang=entry.jenjang)
                )
            )
            return None
    try:
        return usia_bup(
            policy("bup"), jenis, jenjang, on=date.today(), usia_bup_jabatan=entry.usia_bup
        )
    except PolicyError:
        raise  # the shipped policy table does not cover today: a defect, not bad input
    except ValueError as exc:
        if jenjang is not None:  # a jenjang of another kind of position
            problems.append(FieldProblem("jenis_jabatan", str(exc)))
        # A fungsional position typed by hand (not from the catalogue) has no jenjang, so
        # its BUP is unknown: keep the entry, leave BUP empty for the career schedules to flag.
        return None


def _check_decree(entry: RankEntry | PositionEntry | UnitEntry) -> list[FieldProblem]:
    """TMT and decree number are required, and every field of the entry keeps to the input
    policy (domain.masukan): column lengths, no control or bidi characters, TMT and SK date
    within bounds, masa kerja within range. At most one problem per field."""
    problems = []
    if entry.tmt is None:
        problems.append(FieldProblem("tmt", pesan("TMT wajib diisi.")))
    if not entry.sk_nomor.strip():
        problems.append(FieldProblem("sk_nomor", pesan("Nomor SK wajib diisi.")))
    reported = {p.field for p in problems}
    values = {k: v for k, v in dataclasses.asdict(entry).items() if k not in reported}
    problems.extend(check_fields(values, today=date.today()))
    return problems


def _check_tmt_after_birth(problems: list[FieldProblem], tmt: date, born: date) -> None:
    if any(p.field == "tmt" for p in problems):
        return  # one message per field: the TMT is already refused
    if tmt is not None and tmt <= born:
        problems.append(
            FieldProblem(
                "tmt", pesan("TMT {tmt:%d-%m-%Y} tidak mungkin sebelum tanggal lahir.", tmt=tmt)
            )
        )


def _keluar_label(value: str) -> str:
    try:
        return KELUAR_LABELS[Keluar(value)]
    except ValueError:
        return value


def _tanggal_text(value: date | None) -> str:
    return "" if value is None else f"{value:%d-%m-%Y}"


def _kedudukan_names(session: Session | Connection) -> dict[str, str]:
    rows = session.execute(
        select(RefCode.code, RefCode.nama).where(RefCode.catalogue == "kedudukanHukum")
    )
    return {code: name for code, name in rows}


def _record_of(employee: Employee) -> EmployeeRecord:
    draft = EmployeeDraft(**{name: getattr(employee, name) for name in _DRAFT_FIELDS})
    return EmployeeRecord(
        id=employee.id,
        uuid=employee.uuid,
        revision=employee.revision,
        updated_at=employee.updated_at,
        updated_by=employee.updated_by,
        draft=draft,
        golongan_id=employee.golongan_id,
        jabatan_nama=employee.jabatan_nama,
        jenis_jabatan=employee.jenis_jabatan,
        unit_id=employee.unit_id,
        unit_nama=employee.unit.nama if employee.unit else "",
        keluar=employee.keluar,
        keluar_tanggal=employee.keluar_tanggal,
        keluar_jenis_label=_keluar_label(employee.keluar) if employee.keluar else "",
        keluar_alasan=employee.keluar_alasan,
        keluar_sk_nomor=employee.keluar_sk_nomor,
        keluar_sk_tanggal=employee.keluar_sk_tanggal,
        keluar_instansi=employee.keluar_instansi,
    )


def _uraian(kind: str, row: Any) -> str:
    if kind == "pangkat":
        g = golongan_text(row.golongan_id)
        try:
            pangkat = golongan_by_id(row.golongan_id).pangkat or ""
        except GolonganError:
            pangkat = ""
        uraian = f"{pangkat} ({g})" if pangkat else g
        if row.penurunan_alasan:
            uraian = f"{uraian}, penurunan pangkat"
        return uraian
    if kind == "jabatan":
        uraian = row.jabatan_nama
        if row.jenis_penugasan and row.jenis_penugasan != "D":
            uraian = f"{row.jenis_penugasan} {uraian}"
        return str(uraian)
    return str(row.unit_nama)


_ENTRY_TYPES: dict[str, type[RankEntry] | type[PositionEntry] | type[UnitEntry]] = {
    "pangkat": RankEntry,
    "jabatan": PositionEntry,
    "unit": UnitEntry,
}


def _history_item(kind: str, row: Any, today: date) -> HistoryItem:
    entry_type = _ENTRY_TYPES[kind]
    entry = entry_type(**{f.name: getattr(row, f.name) for f in dataclasses.fields(entry_type)})
    return HistoryItem(
        id=row.id,
        kind=kind,
        tmt=row.tmt,
        uraian=_uraian(kind, row),
        sk_nomor=row.sk_nomor,
        sk_tanggal=row.sk_tanggal,
        keterangan=row.keterangan,
        revision=row.revision,
        entry=entry,
        berlaku=row.tmt <= today,
    )
