"""open_engine(read_only=True): looks at a database without writing a byte (issue 4), and
an empty file is never taken for a new database unless asked to create one (issue 5)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from asn_desktop.db import schema
from asn_desktop.db.backup import BackupStore
from asn_desktop.db.engine import make_engine
from asn_desktop.db.errors import DatabaseDamaged, DatabaseError, DatabaseMissing, NewerSchema
from asn_desktop.db.opening import open_engine

from .helpers import journal_mode_bytes, sha256


def _state(path: Path) -> tuple[str, int]:
    return sha256(path), os.stat(path).st_mtime_ns


def test_an_older_schema_is_reported_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "lama.sqlite"
    engine = make_engine(path)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    engine.dispose()
    before = _state(path)
    store = BackupStore(tmp_path / "backups")

    engine, report = open_engine(path, backups=store, read_only=True)
    try:
        assert report.older_revision == schema.SCHEMA_REVISIONS[0]
        assert report.migrated_from is None and report.backup is None
        assert not report.reference_loaded and not report.created
        assert schema.check_database(engine).problems == []
        with pytest.raises(OperationalError, match="readonly"), engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO app_meta (key, value) VALUES ('x', 'y')")
    finally:
        engine.dispose()
    assert _state(path) == before
    assert journal_mode_bytes(path) == b"\x01\x01"  # not switched to WAL
    assert store.list() == [] and not store.folder.exists()


def test_a_current_database_opens_read_only_without_the_catalogues(db_path: Path) -> None:
    """db_path has no SIASN catalogues: a normal open would load them, a read-only one not."""
    before = _state(db_path)
    engine, report = open_engine(db_path, read_only=True)
    engine.dispose()
    assert report.older_revision is None and not report.reference_loaded
    assert _state(db_path) == before


def test_read_only_never_creates(tmp_path: Path) -> None:
    missing = tmp_path / "tidak-ada" / "asn.sqlite"
    with pytest.raises(DatabaseMissing):
        open_engine(missing, read_only=True)
    assert not missing.parent.exists()
    with pytest.raises(ValueError, match="read-only"):
        open_engine(missing, read_only=True, create=True)


def test_a_newer_schema_is_refused_read_only_too(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(NewerSchema, match="9999_future"):
        open_engine(db_path, read_only=True)


@pytest.mark.parametrize("read_only", [False, True], ids=["normal", "read-only"])
def test_an_empty_file_is_damage_not_a_new_database(tmp_path: Path, read_only: bool) -> None:
    empty = tmp_path / "kosong.sqlite"
    empty.write_bytes(b"")
    with pytest.raises(DatabaseDamaged, match=r"berkas kosong \(0 byte\)"):
        open_engine(empty, read_only=read_only, load_reference=False)
    assert empty.stat().st_size == 0


def test_an_empty_file_becomes_a_database_only_with_create(tmp_path: Path) -> None:
    empty = tmp_path / "kosong.sqlite"
    empty.write_bytes(b"")
    engine, report = open_engine(empty, create=True, load_reference=False)
    engine.dispose()
    assert report.created
    assert (
        schema.HEAD_REVISION
        in sqlite3.connect(empty).execute("SELECT version_num FROM alembic_version").fetchone()
    )


@pytest.mark.parametrize("url", ["mysql://u:p@localhost/asn", "foo://x", "::://"])
def test_unsupported_urls_are_refused_with_a_message(url: str) -> None:
    with pytest.raises(DatabaseError, match=r"tidak didukung|tidak bisa dibaca"):
        open_engine(url)
