"""An open database for the use cases: engine, sessions, backups, the change counter."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Connection,
    Engine,
    Integer,
    Select,
    String,
    cast,
    event,
    func,
    inspect,
    select,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from asn_desktop import paths
from asn_desktop.db import holder, schema
from asn_desktop.db.access_models import AppUser, AuditEntry
from asn_desktop.db.backup import (
    BackupFile,
    BackupStore,
    copy_database,
    restore_into,
    verify_backup,
)
from asn_desktop.db.base import ExchangedRecord
from asn_desktop.db.engine import WRITE_OPTION, sqlite_path, to_url
from asn_desktop.db.errors import DatabaseError, DatabaseReadOnly
from asn_desktop.db.holder import current_user as current_user  # for the CLI
from asn_desktop.db.models import AppMeta, Employee
from asn_desktop.db.opening import OpenReport, open_engine, translate_dbapi_error
from asn_desktop.domain import FieldProblem, check_text
from asn_desktop.domain.peran import Permission, Role
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import audit
from asn_desktop.services.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from asn_desktop.services.permissions import (
    SignedIn,
    authentication_use_case,
    declared_use_case,
    use_case,
)

log = logging.getLogger(__name__)

CHANGE_SEQ_KEY = "change_seq"
AGENCY_CODE_KEY = "agency_code"
AGENCY_NAME_KEY = "agency_name"
AGENCY_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]{1,39}")


class Database:
    """One open database. Sessions are short-lived, one per use case, on any thread."""

    def __init__(
        self, engine: Engine, report: OpenReport, backups: BackupStore | None, where: str
    ) -> None:
        self.engine = engine
        self.report = report
        self.backups = backups
        self.where = where
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        audit.install(self._sessions)
        event.listen(self._sessions, "before_flush", _remember_versions)
        # Who is signed in; set by UserService.sign_in (or assume_user), checked by every
        # use case (services.permissions).
        self.user: SignedIn | None = None
        # Opened to look only: signing in then checks the password without recording it.
        self.read_only = False
        self._hold: holder.Hold | None = None
        # What open() was given (a path or URL with its password), to reopen it.
        self.target: str | Path | None = None

    @classmethod
    def open(
        cls,
        target: str | Path,
        *,
        create: bool = False,
        allow_network_share: bool = False,
        backup_dir: Path | None = None,
        progress: Callable[[str], None] | None = None,
        read_only: bool = False,
        hold: str | None = None,
    ) -> Database:
        """Open (with create: make) a database; read_only opens it without writing a byte:
        no migration (report.older_revision tells), no WAL switch, no catalogue load.

        hold: the program's name ("ASN Desktop", "asn-desktop employees set") when it will
        write: a SQLite file is then held for this process until close() (db.holder), and
        another program holding it is refused with who, where and since when. Taken before
        anything else, a migration included, touches the file.
        """
        url = to_url(target)
        path = sqlite_path(url)
        backups = None
        taken = None
        if path is not None:
            backups = BackupStore(backup_dir or paths.backup_dir_for(path))
            if hold is not None and (create or path.exists()):
                # Before the file is made too: two programs creating it must not both win.
                if create:
                    path.parent.mkdir(parents=True, exist_ok=True)
                taken = holder.acquire(path, user=current_user(), program=hold)
        try:
            engine, report = open_engine(
                url.render_as_string(hide_password=False) if path is None else path,
                create=create,
                allow_network_share=allow_network_share,
                backups=backups,
                progress=progress,
                read_only=read_only,
            )
        except BaseException:
            if taken is not None:
                taken.release()
            raise
        if taken is not None and taken.took_over is not None:
            log.warning(
                "%s was held by a program that stopped without closing it (%s); taken over",
                path,
                taken.took_over.describe(),
            )
        where = str(path) if path is not None else url.render_as_string(hide_password=True)
        db = cls(engine, report, backups, where)
        db.read_only = read_only
        db._hold = taken
        db.target = target
        return db

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    def close(self) -> None:
        if self.path is not None:
            # SQLite's advice for long-lived connections: refresh the planner's statistics
            # where they went stale, so the register's queries keep choosing good indexes.
            try:
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("PRAGMA optimize")
            except DBAPIError as exc:  # a locked or read-only file: the next close will do it
                log.info("PRAGMA optimize skipped on %s: %s", self.where, exc)
        self.engine.dispose()
        if self._hold is not None:
            self._hold.release()
            self._hold = None

    @property
    def actor(self) -> str:
        """The name stamped on what is written now (updated_by, the audit trail)."""
        return self.user.username if self.user is not None else "sistem"

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Only inside a declared use case (services.permissions.use_case), which has already
        checked the signed-in user's permission. The changes the session flushes, and the
        entries queued with audit.record(), join the audit trail in the same transaction.
        A stale write (the database refused "WHERE revision = ...") becomes StaleRecord,
        naming who changed the record and when.
        """
        if declared_use_case() is None:
            raise RuntimeError(
                "write outside a declared use case: decorate the service method with "
                "@use_case(Permission....)"
            )
        try:
            with self._sessions.begin() as session:
                session.connection(execution_options={WRITE_OPTION: True})
                try:
                    yield session
                    audit.write_pending(session, self.actor)
                except StaleDataError as exc:
                    raise self._stale_record(session) from exc
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.where) from exc

    def _stale_record(self, session: Session) -> StaleRecord:
        """Who changed the record this session tried to overwrite, read afresh.

        The failed flush has expired the session's objects, so the rows it tried to write
        come from what _remember_versions noted just before that flush.
        """
        flushing: list[tuple[Any, int, int]] = session.info.get(_FLUSHING, [])
        with self.engine.connect() as conn:
            for table, row_id, revision in flushing:
                now = conn.execute(
                    select(table.c.revision, table.c.updated_by, table.c.updated_at).where(
                        table.c.id == row_id
                    )
                ).first()
                if now is not None and now[0] != revision:
                    label = _label_from_table(conn, table, row_id)
                    return stale_record_error(label, now[1], now[2])
        return StaleRecord(
            pesan(
                "Data ini sudah diubah di tempat lain sejak Anda membukanya. Tutup lalu buka "
                "kembali untuk melihat versi terbaru; perubahan Anda belum disimpan.",
            )
        )

    def has_users(self) -> bool:
        with self.reading() as session:
            return session.scalar(select(AppUser.id).limit(1)) is not None

    def assume_user(self, username: str) -> SignedIn:
        """Act as `username` without a password: only for callers that have already
        authenticated this person in this process (tests, the first administrator just
        created by the set-up dialog). Everything else signs in with UserService.sign_in.
        """
        with self.reading() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == username))
        if user is None:
            raise NotFound(pesan("Pengguna '{username}' tidak ada.", username=username))
        self.user = SignedIn(user.id, user.username, Role(user.role), user.full_name)
        return self.user

    def sign_out(self) -> None:
        self.user = None

    def refreshed_user(self) -> SignedIn | None:
        """The signed-in user with their role and lock as the database has them now."""
        if self.user is None:
            return None
        with self.reading() as session:
            row = session.get(AppUser, self.user.user_id)
            if row is None:
                self.user = None
                return None
            self.user = SignedIn(
                row.id,
                row.username,
                Role(row.role),
                row.full_name,
                must_change_password=row.must_change_password,
                locked=row.locked_at is not None,
            )
        return self.user

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self._sessions() as session:
                yield session
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.where) from exc

    # -- facts about this database ----------------------------------------------------

    def meta(self, key: str, default: str = "") -> str:
        with self.reading() as session:
            value = session.scalar(select(AppMeta.value).where(AppMeta.key == key))
        return default if value is None else value

    @use_case(Permission.AGENCY)
    def set_meta(self, key: str, value: str) -> None:
        """A fact about this database. The change counter and the audit chain's head are
        kept by the write path itself: setting them by hand would break both."""
        if key in (CHANGE_SEQ_KEY, audit.AUDIT_HEAD_KEY):
            raise ValueError(f"{key!r} is kept by the write path, not set by hand")
        with self.unit_of_work() as session:
            session.merge(AppMeta(key=key, value=value))

    @property
    def agency_code(self) -> str:
        return self.meta(AGENCY_CODE_KEY)

    @property
    def agency_name(self) -> str:
        return self.meta(AGENCY_NAME_KEY)

    @use_case(Permission.AGENCY)
    def set_agency(self, code: str, name: str) -> None:
        """The agency this database belongs to; its code marks every record it creates."""
        self._store_agency(code, name)

    def _store_agency(self, code: str, name: str) -> None:
        code, name = code.strip().upper(), " ".join(name.split())
        problems = check_agency_value(AGENCY_CODE_KEY, code) + check_agency_value(
            AGENCY_NAME_KEY, name
        )
        if problems:
            raise ValidationFailed(problems)
        with self.unit_of_work() as session:
            before = {
                key: session.scalar(select(AppMeta.value).where(AppMeta.key == key)) or ""
                for key in (AGENCY_CODE_KEY, AGENCY_NAME_KEY)
            }
            session.merge(AppMeta(key=AGENCY_CODE_KEY, value=code))
            session.merge(AppMeta(key=AGENCY_NAME_KEY, value=name))
            changes = {
                field: [before[key], value]
                for field, key, value in (
                    ("kode", AGENCY_CODE_KEY, code),
                    ("nama", AGENCY_NAME_KEY, name),
                )
                if before[key] != value
            }
            if changes:
                audit.record(session, "update", entity_type="agency", label=name, changes=changes)

    # -- backups ------------------------------------------------------------------------

    def _require_backups(self) -> tuple[Path, BackupStore]:
        if self.path is None or self.backups is None:
            raise DatabaseError(
                pesan(
                    "Cadangan hanya untuk berkas SQLite lokal; server PostgreSQL dicadangkan "
                    "dengan pg_dump oleh pengelolanya.",
                )
            )
        return self.path, self.backups

    @use_case(Permission.BACKUP)
    def backup(self, reason: str = "manual") -> BackupFile:
        path, store = self._require_backups()
        made = store.create(path, reason)
        self._record_backup(made)
        return made

    @use_case(Permission.BACKUP)
    def backup_to(self, dest: Path) -> BackupFile:
        """A verified copy at a place of the user's choosing (`db backup --out`): all the
        personal data leaves with it, so it needs BACKUP and is recorded like a backup."""
        path, _store = self._require_backups()
        made = BackupFile(copy_database(path, dest), datetime.now(UTC), "manual", verified=True)
        self._record_backup(made)
        return made

    @use_case(Permission.READ)
    def daily_backup_if_due(self) -> BackupFile | None:
        """The day's automatic backup; anyone signed in (a viewer's day counts too)."""
        path, store = self._require_backups()
        now = datetime.now(UTC)
        if store.has_daily_for(now):
            return None
        made = store.create(path, "daily", now=now)
        self._record_backup(made)
        return made

    def _record_backup(self, made: BackupFile) -> None:
        # After the copy, so the trail never claims a backup that failed. A file opened
        # read-only (a backup of a write-protected database) cannot take the entry.
        if self.read_only:
            return
        try:
            with self.unit_of_work() as session:
                audit.record(
                    session,
                    "backup",
                    entity_type="database",
                    label=made.path.name,
                    detail=f"{made.reason}, {made.size} byte",
                )
        except DatabaseReadOnly:
            log.info("backup %s not recorded: %s is read-only", made.path.name, self.where)

    @authentication_use_case
    def initialise_agency(self, code: str, name: str) -> None:
        """The agency of a database being made (`db init`), before it has any account;
        afterwards only an administrator changes it (set_agency)."""
        with self.reading() as session:
            if session.scalar(select(AppUser.id).limit(1)) is not None:
                raise PermissionDenied(
                    pesan(
                        "Basis data ini sudah punya pengguna: identitas instansi diubah oleh "
                        "administrator (masuk dahulu).",
                    )
                )
        self._store_agency(code, name)

    @authentication_use_case
    def record_restore(
        self, backup_name: str, *, by: str, detail: str = "Dipulihkan dari cadangan."
    ) -> None:
        """The first entry of a database just restored from a backup. `by` was checked
        (RESTORE) against the database as it was before; the restored one may not even
        have that account, so the entry names them directly."""
        with self.unit_of_work() as session:
            audit.record(
                session,
                "restore_backup",
                entity_type="database",
                label=backup_name,
                detail=detail,
                username=by,
            )

    def check(self) -> schema.CheckReport:
        """What was checked and what was found; never writes (see schema.check_database)."""
        try:
            report = schema.check_database(self.engine)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.where) from exc
        if self.report.older_revision is not None:
            report.schema_note = (
                f"skema lama ({self.report.older_revision}), jalankan 'asn-desktop db upgrade'"
            )
        if self._has_audit_trail():
            with self.reading() as session:
                entries = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
                found = audit.verify(session)
            report.checked.append(f"rantai jejak audit ({entries} catatan)")
            if found is not None:
                report.problems.append(found.message)
        return report

    def _has_audit_trail(self) -> bool:
        older = self.report.older_revision
        return older is None or schema.SCHEMA_REVISIONS.index(
            older
        ) >= schema.SCHEMA_REVISIONS.index(schema.ACCOUNTS_REVISION)


def fetch_column(conn: Connection, stmt: Select[Any]) -> list[Any]:
    """The first column of every row, fetched through the driver's cursor.

    For the register's id lists (up to 200,000 ints): SQLAlchemy's row objects cost about
    three times the query itself there. Only for plain int/str columns: no type processing
    happens on the way in or out.
    """
    compiled = stmt.compile(dialect=conn.dialect)
    params = compiled.construct_params()
    args: Any = (
        tuple(params[name] for name in compiled.positiontup or ())
        if compiled.positional
        else params
    )
    driver = conn.connection.driver_connection
    assert driver is not None
    dbapi = conn.dialect.loaded_dbapi
    cursor = driver.cursor()
    try:
        cursor.execute(compiled.string, args)
        return [row[0] for row in cursor.fetchall()]
    except dbapi.Error as exc:
        # Same exception type as every other query, so callers translate it one way.
        raise DBAPIError.instance(compiled.string, args, exc, dbapi.Error) from exc
    finally:
        cursor.close()


def next_change_seq(session: Session) -> int:
    """Advance this database's global change counter inside the caller's transaction (one
    UPDATE ... RETURNING, which locks the counter until commit: see reserve_change_seqs)."""
    return reserve_change_seqs(session, 1)


def reserve_change_seqs(session: Session, count: int) -> int:
    """Reserve `count` consecutive values of the change counter; returns the first.

    For the bulk path (services.bulk): one UPDATE ... RETURNING for the whole range, so
    that thousands of new records cost one statement, and two writers on one PostgreSQL
    database get disjoint ranges (the UPDATE locks the counter's row until commit). The
    very first reservation of a database creates the counter; if another writer creates
    it at the same moment, this one waits for it and takes the range after its range.
    """
    from sqlalchemy.exc import IntegrityError

    if count < 1:
        raise ValueError(f"reserve at least one change_seq, not {count}")
    for _attempt in range(3):
        last = session.execute(
            update(AppMeta)
            .where(AppMeta.key == CHANGE_SEQ_KEY)
            .values(value=cast(cast(AppMeta.value, Integer) + count, String))
            .returning(AppMeta.value)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if last is not None:
            return int(last) - count + 1
        try:
            with session.begin_nested():
                session.add(AppMeta(key=CHANGE_SEQ_KEY, value=str(count)))
        except IntegrityError:
            continue  # created meanwhile by a concurrent writer: bump its row instead
        return 1
    raise RuntimeError("the change counter could neither be bumped nor created")


def restore_database(database: Path, backup: Path, *, backup_dir: Path | None = None) -> BackupFile:
    """Replace `database` with `backup` after verifying it; returns the pre-restore backup.

    No connection of this process may be open on `database` (close the Database first).
    """
    verify_backup(backup)
    store = BackupStore(backup_dir or paths.backup_dir_for(database))
    # The database being replaced may well be damaged: its copy is kept even unverified.
    safety = store.create(database, "pre-restore", keep_unverified=True)
    restore_into(backup, database)
    return safety


def check_agency_value(key: str, value: str) -> list[FieldProblem]:
    """The agency's code or name as the agency dialog, `db init` and the bulk path check it."""
    if key == AGENCY_CODE_KEY:
        problems = check_text("instansi_kode", value, problem_field="kode")
        if not problems and not AGENCY_CODE.fullmatch(value):
            problems.append(FieldProblem("kode", _agency_code_problem(value)))
        return problems
    problems = [] if value else [FieldProblem("nama", pesan("Nama instansi wajib diisi."))]
    return problems + check_text("instansi_nama", value, problem_field="nama")


AGENCY_CODE_RULE = (
    "2-40 huruf, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka "
    "(contoh: DISKOMINFO atau 1.03.01)"
)


def _agency_code_problem(code: str) -> str:
    """What is wrong with an agency code AGENCY_CODE refuses (upper-cased already)."""
    if not code:
        return "Kode instansi wajib diisi: " + AGENCY_CODE_RULE + "."
    refused = sorted({c for c in code if not re.fullmatch(r"[A-Z0-9._-]", c)})
    if refused:
        shown = ", ".join("spasi" if c == " " else f"'{c}'" for c in refused)
        return f"Kode instansi tidak boleh berisi {shown}: " + AGENCY_CODE_RULE + "."
    if len(code) < 2:
        return "Kode instansi terlalu pendek: " + AGENCY_CODE_RULE + "."
    return "Kode instansi harus diawali huruf atau angka: " + AGENCY_CODE_RULE + "."


def stale_record_error(label: str, updated_by: str, updated_at: datetime | None) -> StaleRecord:
    when = ""
    if updated_at is not None:
        # Stored in UTC (SQLite hands it back without a zone); shown in local time.
        if updated_at.tzinfo is None:
            updated_at = updated_at.replace(tzinfo=UTC)
        when = f", {updated_at.astimezone():%d-%m-%Y %H:%M}"
    return StaleRecord(
        pesan(
            "Data {label} sudah diubah di tempat lain (oleh {nilai}{when}) sejak Anda "
            "membukanya. Tutup lalu buka kembali untuk melihat versi terbaru; perubahan Anda "
            "belum disimpan.",
            label=label,
            nilai=updated_by or "pengguna lain",
            when=when,
        )
    )


_FLUSHING = "asn_flushing_versions"


def _remember_versions(session: Session, _context: Any, _instances: Any) -> None:
    """Note (table, id, revision read) of every record this flush will UPDATE."""
    noted: list[tuple[Any, int, int]] = []
    for obj in session.dirty:
        if not isinstance(obj, ExchangedRecord):
            continue
        state = inspect(obj)
        if state.identity is None:
            continue
        read = state.committed_state.get("revision", state.dict.get("revision"))
        if isinstance(read, int):
            noted.append((obj.__table__, state.identity[0], read))  # type: ignore[attr-defined]
    session.info[_FLUSHING] = noted


def _label_from_table(conn: Connection, table: Any, row_id: int) -> str:
    """ "Ahmad Sutisna" for an employee or its history rows, a unit's name, else "ini"."""
    columns = table.c
    if "employee_id" in columns:
        found = conn.execute(
            select(Employee.nama)
            .join(table, table.c.employee_id == Employee.id)
            .where(table.c.id == row_id)
        ).scalar()
        return f"riwayat {found}" if found else "ini"
    if "nama" in columns:
        found = conn.execute(select(columns.nama).where(columns.id == row_id)).scalar()
        return str(found) if found else "ini"
    if "kompetensi_kode" in columns and "jabatan_nama" in columns:  # a competency standard
        row = conn.execute(
            select(columns.kompetensi_kode, columns.jabatan_nama, columns.jenis_jabatan).where(
                columns.id == row_id
            )
        ).first()
        if row is not None:
            return f"standar {row[0]} {row[1] or row[2]}".strip()
    if "tahun" in columns:  # a budget line, a plan, an SKM: named by its year
        found = conn.execute(select(columns.tahun).where(columns.id == row_id)).scalar()
        return f"tahun {found}" if found else "ini"
    return "ini"


def stamp_change(
    session: Session, actor: str, row: ExchangedRecord, *, first: bool = False
) -> None:
    """Bump an exchanged record's revision, change counter, author and time."""
    row.change_seq = next_change_seq(session)
    row.updated_at = datetime.now(UTC)
    row.updated_by = actor
    if first:
        row.revision = 1
        agency = session.get(AppMeta, AGENCY_CODE_KEY)
        row.origin_agency = agency.value if agency is not None else ""
    else:
        row.revision = (row.revision or 0) + 1
