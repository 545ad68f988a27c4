"""An open database for the use cases: engine, sessions, backups, the change counter."""

from __future__ import annotations

import getpass
import logging
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Integer, Select, String, cast, select, update
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from asn_desktop import paths
from asn_desktop.db import schema
from asn_desktop.db.backup import BackupFile, BackupStore, restore_into, verify_backup
from asn_desktop.db.base import ExchangedRecord
from asn_desktop.db.engine import WRITE_OPTION, sqlite_path, to_url
from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.models import AppMeta
from asn_desktop.db.opening import OpenReport, open_engine, translate_dbapi_error
from asn_desktop.domain import FieldProblem
from asn_desktop.services.errors import ValidationFailed

log = logging.getLogger(__name__)

CHANGE_SEQ_KEY = "change_seq"
AGENCY_CODE_KEY = "agency_code"
AGENCY_NAME_KEY = "agency_name"
AGENCY_CODE = re.compile(r"[A-Z0-9][A-Z0-9._-]{1,39}")


def current_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (service account, container)
        return "unknown"


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
        self.actor = current_user()

    @classmethod
    def open(
        cls,
        target: str | Path,
        *,
        create: bool = False,
        allow_network_share: bool = False,
        backup_dir: Path | None = None,
        progress: Callable[[str], None] | None = None,
    ) -> Database:
        url = to_url(target)
        path = sqlite_path(url)
        backups = None
        if path is not None:
            backups = BackupStore(backup_dir or paths.backup_dir_for(path))
        engine, report = open_engine(
            url.render_as_string(hide_password=False) if path is None else path,
            create=create,
            allow_network_share=allow_network_share,
            backups=backups,
            progress=progress,
        )
        where = str(path) if path is not None else url.render_as_string(hide_password=True)
        return cls(engine, report, backups, where)

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

    @contextmanager
    def unit_of_work(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        try:
            with self._sessions.begin() as session:
                session.connection(execution_options={WRITE_OPTION: True})
                yield session
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.where) from exc

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

    def set_meta(self, key: str, value: str) -> None:
        with self.unit_of_work() as session:
            session.merge(AppMeta(key=key, value=value))

    @property
    def agency_code(self) -> str:
        return self.meta(AGENCY_CODE_KEY)

    @property
    def agency_name(self) -> str:
        return self.meta(AGENCY_NAME_KEY)

    def set_agency(self, code: str, name: str) -> None:
        """The agency this database belongs to; its code marks every record it creates."""
        code, name = code.strip().upper(), " ".join(name.split())
        problems = []
        if not AGENCY_CODE.fullmatch(code):
            problems.append(
                FieldProblem(
                    "kode",
                    "Kode instansi wajib diisi: 2-40 huruf besar, angka, titik, garis bawah "
                    "atau tanda hubung (mis. DISKOMINFO).",
                )
            )
        if not name:
            problems.append(FieldProblem("nama", "Nama instansi wajib diisi."))
        if problems:
            raise ValidationFailed(problems)
        with self.unit_of_work() as session:
            session.merge(AppMeta(key=AGENCY_CODE_KEY, value=code))
            session.merge(AppMeta(key=AGENCY_NAME_KEY, value=name))

    # -- backups ------------------------------------------------------------------------

    def _require_backups(self) -> tuple[Path, BackupStore]:
        if self.path is None or self.backups is None:
            raise DatabaseError(
                "Cadangan hanya untuk berkas SQLite lokal; server PostgreSQL dicadangkan "
                "dengan pg_dump oleh pengelolanya."
            )
        return self.path, self.backups

    def backup(self, reason: str = "manual") -> BackupFile:
        path, store = self._require_backups()
        return store.create(path, reason)

    def daily_backup_if_due(self) -> BackupFile | None:
        path, store = self._require_backups()
        now = datetime.now(UTC)
        if store.has_daily_for(now):
            return None
        return store.create(path, "daily", now=now)

    def check(self) -> list[str]:
        return schema.integrity_problems(self.engine)


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
    """Advance this database's global change counter inside the caller's transaction.

    One UPDATE ... RETURNING, so that two clerks writing to the same PostgreSQL database
    at once can never draw the same number (the UPDATE locks the row until commit).
    """
    bumped = session.execute(
        update(AppMeta)
        .where(AppMeta.key == CHANGE_SEQ_KEY)
        .values(value=cast(cast(AppMeta.value, Integer) + 1, String))
        .returning(AppMeta.value)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if bumped is not None:
        return int(bumped)
    session.add(AppMeta(key=CHANGE_SEQ_KEY, value="1"))
    session.flush()
    return 1


def restore_database(database: Path, backup: Path, *, backup_dir: Path | None = None) -> BackupFile:
    """Replace `database` with `backup` after verifying it; returns the pre-restore backup.

    No connection of this process may be open on `database` (close the Database first).
    """
    verify_backup(backup)
    store = BackupStore(backup_dir or paths.backup_dir_for(database))
    safety = store.create(database, "pre-restore")
    restore_into(backup, database)
    return safety


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
