"""A database locked by another program: the user gets DatabaseLocked, nothing is half-done."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from asn_desktop.db import engine as engine_module
from asn_desktop.db import schema
from asn_desktop.db.backup import BackupStore, verify_backup
from asn_desktop.db.engine import make_engine
from asn_desktop.db.errors import DatabaseLocked
from asn_desktop.db.opening import open_engine

from .helpers import count


@pytest.fixture(autouse=True)
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)


@contextmanager
def exclusive_lock(path: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write transaction (uncommitted row)."""
    conn = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    try:
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("INSERT INTO app_meta (key, value) VALUES ('locker', 'x')")
        yield conn
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def _older_database(path: Path, journal_mode: str) -> None:
    engine = make_engine(path)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    engine.dispose()
    conn = sqlite3.connect(path)
    assert conn.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone() == (journal_mode,)
    conn.close()


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_locked_older_database_raises_database_locked(tmp_path: Path, journal_mode: str) -> None:
    path = tmp_path / "old.sqlite"
    _older_database(path, journal_mode)
    store = BackupStore(tmp_path / "backups")

    with exclusive_lock(path):
        started = time.monotonic()
        with pytest.raises(DatabaseLocked) as caught:
            open_engine(path, backups=store, load_reference=False)
        waited = time.monotonic() - started

    message = str(caught.value)
    assert "dikunci" in message and str(path) in message
    assert waited < 5, "the (patched) busy timeout is honoured, not SQLite's default"
    # Nothing was half-done: still the old revision, no stray tables.
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (schema.SCHEMA_REVISIONS[0],)
        ]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "ref_jabatan" not in tables
    finally:
        conn.close()
    # A pre-migration backup taken before the lock bit is a good one (WAL readers still read).
    for backup in store.list():
        assert verify_backup(backup.path) == schema.SCHEMA_REVISIONS[0]
        assert count(backup.path, "app_meta", "key = 'locker'") == 0

    # Once the other program lets go, the same call succeeds and upgrades.
    engine, report = open_engine(path, backups=store, load_reference=False)
    engine.dispose()
    assert report.migrated_from == schema.SCHEMA_REVISIONS[0]
    assert count(path, "app_meta", "key = 'locker'") == 0


def test_locked_current_database_still_opens_for_reading(db_path: Path) -> None:
    """WAL: a second window can open and read while another one is writing."""
    engine, _ = open_engine(db_path, load_reference=False)  # switches the file to WAL
    engine.dispose()
    with exclusive_lock(db_path):
        engine, report = open_engine(db_path, load_reference=False)
        try:
            with engine.connect() as conn:
                assert conn.exec_driver_sql("SELECT count(*) FROM org_unit").scalar() == 0
                assert (
                    conn.exec_driver_sql(
                        "SELECT count(*) FROM app_meta WHERE key = 'locker'"
                    ).scalar()
                    == 0
                )
        finally:
            engine.dispose()
    assert report.migrated_from is None


def test_reference_reload_on_locked_database_raises_database_locked(db_path: Path) -> None:
    """Opening needs a write (catalogue load) while another program writes."""
    engine, _ = open_engine(db_path, load_reference=False)
    engine.dispose()
    with exclusive_lock(db_path), pytest.raises(DatabaseLocked, match="dikunci"):
        open_engine(db_path)  # catalogues missing -> must write
    assert count(db_path, "ref_jabatan") == 0
