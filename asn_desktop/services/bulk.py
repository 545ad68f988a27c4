"""The bulk path: many new records in one transaction, stamped and audited like any write.

Bulk writers (the demo generator, spreadsheet and bundle imports) create thousands of
records at once, where the ORM's per-object bookkeeping would cost more than the work.
They run `BulkService(db).run(fill)`: one declared use case (Permission.IMPORT), one unit
of work (all or nothing), and a `BulkWriter` handed to `fill` that

- stamps every row as `stamp_change` stamps one record: a UUID (unless the row brings
  its own), revision 1, a change_seq from one atomic reservation of the counter per
  `insert`, updated_at, updated_by (the signed-in user) and the agency's code as origin;
- inserts the rows with one Core executemany per batch;
- appends one "create" entry per row to the audit trail's hash chain, with every field's
  value as the after-value (the same fields the automatic capture of ORM changes records)
  and the same label and subject the capture would give, per batch, so memory stays
  bounded however many rows are written.

Validation is the caller's: an import checks each record with the domain's rules before
handing it over; the writer only refuses what would corrupt the bookkeeping.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from sqlalchemy import Column, Executable, Result, Table, func, select, text
from sqlalchemy.orm import Session

from asn_desktop.db.base import ExchangedRecord
from asn_desktop.db.models import AppMeta, Employee, OrgUnit
from asn_desktop.domain.nama import nama_cari
from asn_desktop.domain.peran import Permission
from asn_desktop.services import audit
from asn_desktop.services.database import (
    AGENCY_CODE_KEY,
    AGENCY_NAME_KEY,
    CHANGE_SEQ_KEY,
    Database,
    check_agency_value,
    reserve_change_seqs,
)
from asn_desktop.services.errors import PermissionDenied, ValidationFailed
from asn_desktop.services.permissions import SignedIn, denial, use_case

__all__ = ["BATCH_ROWS", "BulkService", "BulkWriter", "Subject", "employee_subject"]

T = TypeVar("T")
Row = MutableMapping[str, Any]

# Rows per executemany and per append to the audit chain.
BATCH_ROWS = 2000
# Bookkeeping that only the counter and the chain may move.
_PROTECTED_META = frozenset({CHANGE_SEQ_KEY, audit.AUDIT_HEAD_KEY})
# The agency's facts, as the audit page names them.
_AGENCY_META = {AGENCY_CODE_KEY: "Kode instansi", AGENCY_NAME_KEY: "Nama instansi"}
# Stamped by the writer on every row, whatever the caller put there.
_STAMPED = ("change_seq", "updated_at", "updated_by")
# The record's identity: kept when the row brings it, else this database's.
_IDENTITY = ("uuid", "revision", "origin_agency")


@dataclass(frozen=True, slots=True)
class Subject:
    """Whom an audit entry is about: the person's readable label and UUID."""

    label: str
    uuid: str


def employee_subject(row: Mapping[str, Any]) -> Subject:
    """The subject of an employee row and of its histories: "Nama (NIP …)", its UUID.

    The same label the automatic capture gives an employee (services.audit.describe).
    """
    return Subject(f"{row['nama']} (NIP {audit._nip_text(row['nip'])})", str(row["uuid"]))


@dataclass(frozen=True, slots=True)
class _Shape:
    """What the writer needs to know about one table, worked out once."""

    table: Table
    audited: tuple[str, ...]  # columns whose values become the entry's after-values
    defaults: tuple[tuple[str, Any], ...]  # scalar column defaults, for omitted columns
    person: bool  # the table's rows are about an employee (employee_id)


_SHAPES: dict[str, _Shape] = {}


def _shape_of(model: type[Any]) -> _Shape:
    table = getattr(model, "__table__", None)
    if not isinstance(table, Table) or not issubclass(model, ExchangedRecord):
        raise TypeError(
            f"{getattr(model, '__name__', model)!r} is not an exchanged record; the bulk path "
            "writes only those (accounts and the audit trail have their own services)"
        )
    shape = _SHAPES.get(table.name)
    if shape is None:
        columns: list[Column[Any]] = list(table.columns)
        shape = _Shape(
            table=table,
            audited=tuple(
                c.key for c in columns if c.key not in audit._NOT_AUDITED and c.key != "deleted_at"
            ),
            defaults=tuple(
                (c.key, c.default.arg)  # type: ignore[attr-defined]
                for c in columns
                if c.default is not None
                and c.default.is_scalar
                and c.key not in _STAMPED
                and c.key not in _IDENTITY
            ),
            person="employee_id" in table.c,
        )
        _SHAPES[table.name] = shape
    return shape


# Values the audit trail stores as they are (most of a register's values).
_AS_IS = frozenset({str, int})


def _plain(value: Any) -> Any:
    if type(value) is date:
        return value.isoformat()
    return audit._plain(value)


def _chunks(rows: Sequence[Row], size: int) -> Iterator[Sequence[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


class BulkWriter:
    """Writes new exchanged records inside one BulkService.run (never outside it)."""

    def __init__(
        self, session: Session, *, actor: str, detail: str, user: SignedIn | None = None
    ) -> None:
        self._session = session
        self._actor = actor
        self._user = user
        self._detail = detail
        self._open = True
        self._agency = self._meta(AGENCY_CODE_KEY)
        self._next_id: dict[str, int] = {}
        self.inserted: dict[str, int] = {}  # rows written per table in this run
        self.audited = 0  # audit entries appended by this writer

    # -- reading inside the transaction --------------------------------------------------

    def read(self, stmt: Executable) -> Result[*tuple[Any, ...]]:
        """Run a SELECT in the bulk transaction (sees what this run has written)."""
        self._check_open()
        if not getattr(stmt, "is_select", False):
            raise TypeError("BulkWriter.read runs SELECTs only; write with insert()")
        return self._session.execute(stmt)

    def count(self, model: type[Any]) -> int:
        """How many rows `model`'s table holds now, tombstones included."""
        table = _shape_of(model).table
        return int(self.read(select(func.count()).select_from(table)).scalar_one())

    def meta(self, key: str, default: str = "") -> str:
        self._check_open()
        value = self._meta(key)
        return default if value is None else value

    @property
    def agency_code(self) -> str:
        """The origin stamped on new records (as set_meta last left it)."""
        return self._agency or ""

    # -- writing --------------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        """Set a fact about the database (the agency's code and name); audited.

        Setting the agency's code here also makes it the origin of the records inserted
        after it. The change counter and the chain's head are not settable.
        """
        self._check_open()
        if key in _PROTECTED_META:
            raise ValueError(f"{key!r} is kept by the counter and the chain, not set by hand")
        if key not in _AGENCY_META:
            raise ValueError(f"{key!r} is not a fact a bulk write may set")
        before = self._meta(key)
        if before == value:
            return
        problems = check_agency_value(key, value)
        if problems:
            raise ValidationFailed(problems)
        if before:
            # Filling an empty database names its agency; changing the agency of a
            # database that has one is the administrator's (Database.set_agency).
            reason = denial(self._user, Permission.AGENCY)
            if reason is not None:
                raise PermissionDenied(reason)
        self._session.merge(AppMeta(key=key, value=value))
        self._session.flush()
        if key == AGENCY_CODE_KEY:
            self._agency = value
        self._append(
            [
                audit.PendingEntry(
                    "update",
                    entity_type="agency" if key in _AGENCY_META else "database",
                    label=_AGENCY_META.get(key, key),
                    changes={key: [before, value]},
                    detail=self._detail,
                )
            ],
            datetime.now(UTC),
        )

    def reserve_ids(self, model: type[Any], count: int) -> list[int]:
        """`count` unused primary keys of `model`'s table, for rows that refer to each
        other before they are written (an employee's histories, a unit's path).

        Insert the rows that use them in this run, before any row of the same table that
        leaves its id to the database. On PostgreSQL they come from the table's sequence
        (safe beside other writers); on SQLite from above the highest id, which the bulk
        transaction's write lock keeps for this run.
        """
        self._check_open()
        if count <= 0:
            return []
        table = _shape_of(model).table
        if self._session.get_bind().dialect.name == "postgresql":
            got = self._session.execute(
                text(
                    "SELECT nextval(pg_get_serial_sequence(:table, 'id')) "
                    "FROM generate_series(1, :count)"
                ),
                {"table": table.name, "count": count},
            ).scalars()
            return sorted(int(v) for v in got)
        start = self._next_id.get(table.name)
        if start is None:
            highest = self._session.execute(
                select(func.coalesce(func.max(table.c.id), 0))
            ).scalar_one()
            start = int(highest) + 1
        self._next_id[table.name] = start + count
        return list(range(start, start + count))

    def insert(
        self,
        model: type[Any],
        rows: Sequence[Row],
        *,
        subjects: Mapping[int, Subject] | None = None,
    ) -> int:
        """Insert `rows` (dicts of column values) as new records of `model`; returns how
        many. The dicts are stamped in place (the caller can read the UUIDs back).

        A row may bring its own uuid, revision and origin_agency (a record that comes
        from another database keeps its identity); change_seq, updated_at and updated_by
        are always this database's. Audit entries are labelled as the automatic capture
        labels them: an employee by its name and NIP, a row with an employee_id by its
        employee, looked up in `subjects` (employee id -> Subject, see employee_subject)
        or, for ids missing there, read once per batch.
        """
        self._check_open()
        shape = _shape_of(model)
        if not rows:
            return 0
        first_seq = reserve_change_seqs(self._session, len(rows))
        connection = self._session.connection()
        if shape.table.name == "employee":
            self._derive_register_columns(connection, rows)
        seq = first_seq
        for chunk in _chunks(rows, BATCH_ROWS):
            now = datetime.now(UTC)
            for row in chunk:
                for key, default in shape.defaults:
                    if key not in row:
                        row[key] = default
                if not row.get("uuid"):
                    row["uuid"] = str(uuid.uuid4())
                if not row.get("revision"):
                    row["revision"] = 1
                if "origin_agency" not in row:
                    row["origin_agency"] = self._agency or ""
                row["change_seq"] = seq
                row["updated_at"] = now
                row["updated_by"] = self._actor
                seq += 1
            entries = self._entries(model, shape, chunk, subjects)  # refuses unknown people
            connection.execute(shape.table.insert(), list(chunk))
            self._append(entries, now)
        self.inserted[shape.table.name] = self.inserted.get(shape.table.name, 0) + len(rows)
        return len(rows)

    # -- internals ------------------------------------------------------------------------

    @staticmethod
    def _derive_register_columns(connection: Any, rows: Sequence[Row]) -> None:
        """The register's derived columns, as EmployeeService keeps them: the printed name
        in search form and the current unit's name (a sort cache)."""
        units: dict[int, str] | None = None
        for row in rows:
            if not row.get("nama_cari"):
                row["nama_cari"] = nama_cari(
                    row.get("gelar_depan"), row.get("nama", ""), row.get("gelar_belakang")
                )
            if row.get("unit_id") is not None and not row.get("unit_nama"):
                if units is None:
                    units = dict(connection.execute(select(OrgUnit.id, OrgUnit.nama)).all())
                row["unit_nama"] = units.get(row["unit_id"], "")

    def _check_open(self) -> None:
        if not self._open:
            raise RuntimeError("this BulkWriter's run has ended; write inside BulkService.run")

    def _close(self) -> None:
        self._open = False

    def _meta(self, key: str) -> str | None:
        return self._session.scalar(select(AppMeta.value).where(AppMeta.key == key))

    def _append(self, entries: Sequence[audit.PendingEntry], now: datetime) -> None:
        self.audited += audit.append_entries(self._session, self._actor, entries, now=now)

    def _entries(
        self,
        model: type[Any],
        shape: _Shape,
        rows: Sequence[Row],
        subjects: Mapping[int, Subject] | None,
    ) -> list[audit.PendingEntry]:
        kind = shape.table.name
        people = self._people(shape, rows, subjects)
        entries = []
        audited = shape.audited
        for row in rows:
            # As the capture of a new ORM object: every field with a value, as after-value.
            changes = {
                key: [None, value if type(value) in _AS_IS else _plain(value)]
                for key in audited
                if (value := row.get(key)) is not None and value != ""
            }
            if model is Employee:
                subject = employee_subject(row)
            elif shape.person:
                subject = people[row["employee_id"]]
            elif model is OrgUnit:
                subject = Subject(f"{row.get('kode', '')} {row.get('nama', '')}", "")
            else:
                subject = Subject("", "")
            entries.append(
                audit.PendingEntry(
                    "create",
                    entity_type=kind,
                    entity_uuid=str(row["uuid"]),
                    subject_uuid=subject.uuid,
                    label=subject.label,
                    changes=changes,
                    detail=self._detail,
                )
            )
        return entries

    def _people(
        self, shape: _Shape, rows: Sequence[Row], given: Mapping[int, Subject] | None
    ) -> Mapping[int, Subject]:
        """The employees the rows are about: from `given`, the rest read in one query."""
        if not shape.person:
            return {}
        known = given or {}
        missing = {row["employee_id"] for row in rows} - known.keys()
        if not missing:
            return known
        found: dict[int, Subject] = dict(known)
        for emp_id, nama, nip, emp_uuid in self._session.execute(
            select(Employee.id, Employee.nama, Employee.nip, Employee.uuid).where(
                Employee.id.in_(sorted(missing))
            )
        ):
            found[emp_id] = employee_subject({"nama": nama, "nip": nip, "uuid": emp_uuid})
        unknown = missing - found.keys()
        if unknown:
            raise ValueError(f"rows of {shape.table.name} refer to no employee: {sorted(unknown)}")
        return found


class BulkService:
    """The one bulk path: `run(fill)` is one use case and one transaction."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.IMPORT)
    def run(self, fill: Callable[[BulkWriter], T], *, action_detail: str) -> T:
        """Call `fill(writer)` inside one unit of work: everything it writes is committed
        together when it returns, and nothing is when it raises (a cancel included).

        `action_detail` says why the records came (e.g. "Data demo, seed 7" or
        "Impor dari pegawai.xlsx") and is the detail of every audit entry of the run.
        """
        with self.db.unit_of_work() as session:
            writer = BulkWriter(
                session, actor=self.db.actor, detail=action_detail, user=self.db.user
            )
            try:
                return fill(writer)
            finally:
                writer._close()
