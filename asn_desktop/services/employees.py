"""The employee register: search, read, create, change, delete, and the dated histories."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Literal

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from asn_desktop.db.models import Employee, OrgUnit, PositionHistory, RankHistory, UnitHistory
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.db.reference_models import RefCode
from asn_desktop.domain import (
    EmployeeDraft,
    FieldProblem,
    JenisJabatan,
    JenjangFungsional,
    PolicyError,
    check_fields,
    format_nama_lengkap,
    format_nip,
    golongan_by_id,
    normalize_employee,
    usia_bup,
    validate_employee,
)
from asn_desktop.domain.golongan import GolonganError
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import (
    Database,
    fetch_column,
    stale_record_error,
    stamp_change,
)
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy

SortKey = Literal["nip", "nama", "golongan", "jabatan", "unit", "status", "tanggal_lahir"]

_SORT_COLUMNS: dict[str, Any] = {
    "nip": Employee.nip,
    "nama": Employee.nama,
    "golongan": Employee.golongan_id,
    "jabatan": Employee.jabatan_nama,
    "unit": OrgUnit.nama,
    "status": Employee.status_kepegawaian,
    "tanggal_lahir": Employee.tanggal_lahir,
}
SORT_KEYS: tuple[str, ...] = tuple(_SORT_COLUMNS)
# Text typed by clerks and imported from SIASN mixes "AHMAD", "Ahmad" and "ahmad": these sort
# without regard to case. The indexes of migration 0003 serve these ORDER BYs.
_CASELESS_SORTS = frozenset({"nama", "jabatan", "unit"})


def sort_expression(key: str, dialect: str) -> Any:
    column = _SORT_COLUMNS.get(key)
    if column is None:
        raise ValueError(f"cannot sort by {key!r}; use one of {', '.join(SORT_KEYS)}")
    if key not in _CASELESS_SORTS:
        return column
    return column.collate("NOCASE") if dialect == "sqlite" else func.lower(column)


# Employee columns a draft maps onto one to one.
_DRAFT_FIELDS = tuple(f.name for f in dataclasses.fields(EmployeeDraft))


@dataclass(frozen=True)
class EmployeeQuery:
    """What the register shows: a search text plus filters, sorted by one column.

    `search` matches the NIP when it holds only digits (spaces and dots allowed), else every
    word must occur in the name. `unit_id` includes the units below it. `jenis_jabatan` is
    the kind of the current position (domain.JenisJabatan value).
    """

    search: str = ""
    unit_id: int | None = None
    golongan_id: int | None = None
    status: str | None = None
    sort: str = "nama"
    descending: bool = False
    jenis_jabatan: str | None = None


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the register, already rendered for display."""

    id: int
    nip: str
    nama_lengkap: str
    golongan: str
    jabatan: str
    unit: str
    status: str


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
    """One row of a history tab: when, what, and by which decree."""

    id: int
    kind: str
    tmt: date
    uraian: str
    sk_nomor: str
    sk_tanggal: date | None
    keterangan: str


def golongan_text(golongan_id: int | None) -> str:
    if golongan_id is None:
        return ""
    try:
        return golongan_by_id(golongan_id).ruang
    except GolonganError:
        return f"? ({golongan_id})"


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


def build_id_query(query: EmployeeQuery, dialect: str = "sqlite") -> Select[int]:
    """The SELECT behind the register; public so the benchmark can time the same SQL raw."""
    stmt = select(Employee.id).where(Employee.deleted_at.is_(None))
    needs_unit_join = query.sort == "unit"
    text = query.search.strip()
    if text:
        digits = _nip_digits(text)
        if digits is not None:
            stmt = stmt.where(Employee.nip.like(f"%{digits}%"))
        else:
            stmt = stmt.where(and_(*(contains(Employee.nama, w, dialect) for w in _words(text))))
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
    if needs_unit_join:
        stmt = stmt.outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
    column = sort_expression(query.sort, dialect)
    order = column.desc() if query.descending else column.asc()
    tie = Employee.id.desc() if query.descending else Employee.id.asc()
    return stmt.order_by(order, tie)


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
        )
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(Employee.id.in_(list(ids)), Employee.deleted_at.is_(None))
    )


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
        with self.db.reading() as session:
            for row in session.execute(stmt):
                result[row[0]] = EmployeeRow(
                    id=row[0],
                    nip=row[1],
                    nama_lengkap=format_nama_lengkap(row[2], row[3], row[4]),
                    golongan=golongan_text(row[5]),
                    jabatan=row[6],
                    unit=row[7] or "",
                    status=row[8],
                )
        return result

    def count(self) -> int:
        with self.db.reading() as session:
            total = session.scalar(
                select(func.count()).select_from(Employee).where(Employee.deleted_at.is_(None))
            )
        return int(total or 0)

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

    def histories(self, employee_id: int) -> dict[str, list[HistoryItem]]:
        with self.db.reading() as session:
            self._load(session, employee_id)
            out: dict[str, list[HistoryItem]] = {}
            for kind, model in _HISTORY_MODELS.items():
                rows = session.scalars(
                    select(model)
                    .where(model.employee_id == employee_id, model.deleted_at.is_(None))
                    .order_by(model.tmt.desc(), model.id.desc())
                ).all()
                out[kind] = [_history_item(kind, row) for row in rows]
            return out

    # -- writing --------------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def create(self, draft: EmployeeDraft, *, today: date | None = None) -> int:
        clean = self._validated(draft, today)
        with self.db.unit_of_work() as session:
            self._check_references(session, clean)
            self._check_unique_nip(session, clean.nip, exclude_id=None)
            employee = Employee(**{name: getattr(clean, name) for name in _DRAFT_FIELDS})
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
                stamp_change(session, self.db.actor, employee)
            return employee.revision

    @use_case(Permission.EDIT)
    def delete(self, employee_id: int, *, expected_revision: int) -> None:
        """Mark as deleted (tombstone) so the deletion can travel to BKPSDM."""
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            self._check_revision(employee, expected_revision)
            now = datetime.now(UTC)
            employee.deleted_at = now
            stamp_change(session, self.db.actor, employee)
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

    @use_case(Permission.EDIT)
    def add_rank(self, employee_id: int, entry: RankEntry) -> int:
        problems = _check_decree(entry)
        try:
            golongan = golongan_by_id(entry.golongan_id)
        except GolonganError:
            problems.append(FieldProblem("golongan_id", "Golongan tidak dikenal."))
            golongan = None
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            if golongan is not None:
                wants = "PPPK" if employee.status_kepegawaian == "PPPK" else "PNS"
                if golongan.untuk != wants:
                    problems.append(
                        FieldProblem(
                            "golongan_id",
                            f"Golongan {golongan.ruang} untuk {golongan.untuk}, sedangkan "
                            f"pegawai ini berstatus {employee.status_kepegawaian}.",
                        )
                    )
            _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
            if problems:
                raise ValidationFailed(problems)
            row = RankHistory(employee_id=employee_id, **dataclasses.asdict(entry))
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            self._refresh_current(session, employee)
            return row.id

    @use_case(Permission.EDIT)
    def add_position(self, employee_id: int, entry: PositionEntry) -> int:
        problems = _check_decree(entry)
        if not entry.jabatan_nama.strip():
            problems.append(FieldProblem("jabatan_nama", "Nama jabatan wajib diisi."))
        if entry.jenis_jabatan not in {j.value for j in JenisJabatan}:
            problems.append(FieldProblem("jenis_jabatan", "Jenis jabatan tidak dikenal."))
        bup = None if problems else _usia_bup_of(entry, problems)
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
            if problems:
                raise ValidationFailed(problems)
            fields = dataclasses.asdict(entry)
            fields["jabatan_nama"] = entry.jabatan_nama.strip()
            fields["usia_bup"] = bup
            row = PositionHistory(employee_id=employee_id, **fields)
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            self._refresh_current(session, employee)
            return row.id

    @use_case(Permission.EDIT)
    def add_unit(self, employee_id: int, entry: UnitEntry) -> int:
        problems = _check_decree(entry)
        with self.db.unit_of_work() as session:
            employee = self._load(session, employee_id)
            unit = session.get(OrgUnit, entry.unit_id)
            if unit is None or unit.deleted_at is not None:
                problems.append(FieldProblem("unit_id", "Unit kerja tidak ditemukan."))
            _check_tmt_after_birth(problems, entry.tmt, employee.tanggal_lahir)
            if problems or unit is None:
                raise ValidationFailed(problems)
            row = UnitHistory(
                employee_id=employee_id, unit_nama=unit.nama, **dataclasses.asdict(entry)
            )
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            self._refresh_current(session, employee)
            return row.id

    @use_case(Permission.EDIT)
    def remove_history(self, kind: HistoryKind, history_id: int) -> None:
        model = _HISTORY_MODELS[kind]
        with self.db.unit_of_work() as session:
            row: Any = session.get(model, history_id)
            if row is None or row.deleted_at is not None:
                raise NotFound("Riwayat itu tidak ada lagi (mungkin sudah dihapus).")
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)
            session.flush()
            self._refresh_current(session, self._load(session, row.employee_id))

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
            raise NotFound(f"Pegawai dengan id {employee_id} tidak ditemukan (mungkin dihapus).")
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
                [FieldProblem("nip", f"NIP {format_nip(nip)} sudah dipakai oleh {whose}.")]
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
                        f"Kode kedudukan hukum '{draft.kedudukan_hukum}' tidak ada di "
                        "katalog SIASN.",
                    )
                ]
            )

    def _refresh_current(self, session: Session, employee: Employee) -> None:
        """Copy the newest (by TMT) live history entries onto the employee row.

        When that changes the row, it is a change of the employee record like any other
        (revision, change counter), so the next export carries it.
        """
        rank = _newest(session, RankHistory, employee.id)
        position = _newest(session, PositionHistory, employee.id)
        unit = _newest(session, UnitHistory, employee.id)
        current = {
            "golongan_id": rank.golongan_id if rank else None,
            "tmt_golongan": rank.tmt if rank else None,
            "jabatan_nama": position.jabatan_nama if position else "",
            "jenis_jabatan": position.jenis_jabatan if position else "",
            "jenjang": position.jenjang if position else "",
            "usia_bup_jabatan": position.usia_bup if position else None,
            "unit_id": unit.unit_id if unit else None,
        }
        changed = [name for name, value in current.items() if getattr(employee, name) != value]
        for name in changed:
            setattr(employee, name, current[name])
        if changed:
            stamp_change(session, self.db.actor, employee)


def _newest(session: Session, model: Any, employee_id: int) -> Any:
    return session.scalars(
        select(model)
        .where(model.employee_id == employee_id, model.deleted_at.is_(None))
        .order_by(model.tmt.desc(), model.id.desc())
        .limit(1)
    ).first()


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
            problems.append(FieldProblem("jenjang", f"Jenjang '{entry.jenjang}' tidak dikenal."))
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
        problems.append(FieldProblem("tmt", "TMT wajib diisi."))
    if not entry.sk_nomor.strip():
        problems.append(FieldProblem("sk_nomor", "Nomor SK wajib diisi."))
    reported = {p.field for p in problems}
    values = {k: v for k, v in dataclasses.asdict(entry).items() if k not in reported}
    problems.extend(check_fields(values, today=date.today()))
    return problems


def _check_tmt_after_birth(problems: list[FieldProblem], tmt: date, born: date) -> None:
    if any(p.field == "tmt" for p in problems):
        return  # one message per field: the TMT is already refused
    if tmt is not None and tmt <= born:
        problems.append(
            FieldProblem("tmt", f"TMT {tmt:%d-%m-%Y} tidak mungkin sebelum tanggal lahir.")
        )


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
    )


def _history_item(kind: str, row: Any) -> HistoryItem:
    if kind == "pangkat":
        g = golongan_text(row.golongan_id)
        try:
            pangkat = golongan_by_id(row.golongan_id).pangkat or ""
        except GolonganError:
            pangkat = ""
        uraian = f"{pangkat} ({g})" if pangkat else g
    elif kind == "jabatan":
        uraian = row.jabatan_nama
        if row.jenis_penugasan and row.jenis_penugasan != "D":
            uraian = f"{row.jenis_penugasan} {uraian}"
    else:
        uraian = row.unit_nama
    return HistoryItem(
        id=row.id,
        kind=kind,
        tmt=row.tmt,
        uraian=uraian,
        sk_nomor=row.sk_nomor,
        sk_tanggal=row.sk_tanggal,
        keterangan=row.keterangan,
    )
