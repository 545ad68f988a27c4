"""Engines for a local SQLite file or a PostgreSQL URL, with the connection rules applied.

Every SQLite connection gets the same pragmas (calibre's habit): foreign keys enforced,
FULL sync because a clerk's PC loses power, and a busy timeout so a second window waits
instead of failing at once. WAL (readers never block the writer) is a property of the file
and is switched on once by opening.py, only after the file has been accepted: a pragma
here would rewrite the header of a file we are about to refuse.

pysqlite's own transaction handling does not BEGIN before DDL, so a failed migration would
leave half its tables behind; SQLAlchemy's documented recipe below makes every transaction
an explicit BEGIN ... COMMIT, DDL included.

A read-only engine (make_engine(..., read_only=True)) is for looking without touching:
SQLite connections open the file with `mode=ro`, PostgreSQL sessions start with
`default_transaction_read_only`, so nothing it runs can write.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.lock_wait import BUSY_TIMEOUT_MS, begin_immediate

# The kinds of database this program runs on; anything else is refused with one line.
SUPPORTED_BACKENDS = ("sqlite", "postgresql")
_SUPPORTED_HINT = (
    "Gunakan berkas SQLite (PATH) atau postgresql+psycopg://pengguna@server/basisdata."
)
# Execution option marking a connection whose transaction will write (see _begin).
WRITE_OPTION = "asn_write"


def to_url(target: str | Path) -> URL:
    """Accept a plain file path or a SQLAlchemy URL (postgresql+psycopg://...)."""
    text = str(target)
    if "://" in text:
        try:
            url = make_url(text)
        except ArgumentError:
            # Not shown whole: the text may hold a password.
            scheme = text.split("://", 1)[0]
            raise DatabaseError(
                f"Alamat basis data '{scheme}://...' tidak bisa dibaca. {_SUPPORTED_HINT}"
            ) from None
        _require_supported(url)
        return url
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def _require_supported(url: URL) -> None:
    if url.get_backend_name() not in SUPPORTED_BACKENDS:
        raise DatabaseError(
            f"Jenis basis data '{url.drivername}' tidak didukung. {_SUPPORTED_HINT}"
        )


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def sqlite_path(url: URL) -> Path | None:
    if not is_sqlite(url) or not url.database or url.database == ":memory:":
        return None
    return Path(url.database)


def _apply_sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see _begin)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _begin(conn: Any) -> None:
    # A write transaction takes the write lock up front (IMMEDIATE), so a competing writer
    # waits for the busy timeout instead of failing when it first tries to write; inside
    # lock_wait.patient_writes (GUI operations) it waits in short, cancellable steps.
    if conn.get_execution_options().get(WRITE_OPTION):
        begin_immediate(conn)
    else:
        conn.exec_driver_sql("BEGIN")


def _read_only_sqlite(path: Path) -> Callable[[], sqlite3.Connection]:
    """A connection factory opening `path` with mode=ro: it can never write the file."""
    uri = path.as_uri() + "?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    return connect


def make_engine(target: str | Path | URL, *, read_only: bool = False, **kwargs: Any) -> Engine:
    url = target if isinstance(target, URL) else to_url(target)
    _require_supported(url)
    # A driver error's text must never carry the statement's values: they are personal
    # data (NIK, addresses) or password hashes, and error details are shown and logged.
    kwargs.setdefault("hide_parameters", True)
    try:
        if is_sqlite(url):
            path = sqlite_path(url)
            if read_only and path is not None:
                kwargs["creator"] = _read_only_sqlite(path)
            engine = create_engine(url, **kwargs)
            event.listen(engine, "connect", _apply_sqlite_pragmas)
            event.listen(engine, "begin", _begin)
            return engine
        if read_only:
            kwargs["connect_args"] = {
                **kwargs.get("connect_args", {}),
                "options": "-c default_transaction_read_only=on",
            }
        return create_engine(url, pool_pre_ping=True, **kwargs)
    except (NoSuchModuleError, ImportError) as exc:
        raise DatabaseError(
            f"Penghubung basis data untuk '{url.drivername}' tidak terpasang ({exc}). "
            f"{_SUPPORTED_HINT}"
        ) from exc
