"""Engines for a local SQLite file or a PostgreSQL URL, with the connection rules applied.

Every SQLite connection gets the same pragmas (calibre's habit): foreign keys enforced,
FULL sync because a clerk's PC loses power, and a busy timeout so a second window waits
instead of failing at once. WAL (readers never block the writer) is a property of the file
and is switched on once by opening.py, only after the file has been accepted: a pragma
here would rewrite the header of a file we are about to refuse.

pysqlite's own transaction handling does not BEGIN before DDL, so a failed migration would
leave half its tables behind; SQLAlchemy's documented recipe below makes every transaction
an explicit BEGIN ... COMMIT, DDL included.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

BUSY_TIMEOUT_MS = 8000
# Execution option marking a connection whose transaction will write (see _begin).
WRITE_OPTION = "asn_write"


def to_url(target: str | Path) -> URL:
    """Accept a plain file path or a SQLAlchemy URL (postgresql+psycopg://...)."""
    text = str(target)
    if "://" in text:
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


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
    # waits for the busy timeout instead of failing when it first tries to write.
    immediate = conn.get_execution_options().get(WRITE_OPTION)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(target: str | Path | URL, **kwargs: Any) -> Engine:
    url = target if isinstance(target, URL) else to_url(target)
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _apply_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)
