"""Backups through the SQLite backup API: consistency, retention, restore, verification."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db import schema
from asn_desktop.db.backup import (
    BACKUP_SUFFIX,
    LOCK_NAME,
    RETENTION,
    BackupStore,
    restore_into,
    verify_backup,
)
from asn_desktop.db.errors import DatabaseDamaged, NewerSchema, NotAnAsnDatabase
from asn_desktop.db.opening import open_engine

from .helpers import count, insert_org_unit, journal_mode_bytes

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def _meta_rows(conn: sqlite3.Connection, prefix: str, n: int) -> None:
    conn.executemany(
        "INSERT INTO app_meta (key, value) VALUES (?, ?)",
        [(f"{prefix}{i}", "x") for i in range(n)],
    )


def test_backup_is_a_consistent_snapshot(db_path: Path, tmp_path: Path) -> None:
    """Committed rows still only in the -wal file are in; another writer's open
    transaction is not."""
    writer = sqlite3.connect(db_path, isolation_level=None)
    pending = sqlite3.connect(db_path, isolation_level=None, timeout=1)
    try:
        assert writer.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        writer.execute("BEGIN")
        _meta_rows(writer, "committed-", 5)
        writer.execute("COMMIT")
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0
        # Proof that the rows are only in the -wal: the main file alone lacks them.
        alone = tmp_path / "alone" / "main-only.sqlite"
        alone.parent.mkdir()
        alone.write_bytes(db_path.read_bytes())
        assert count(alone, "app_meta", "key LIKE 'committed-%'") == 0

        pending.execute("BEGIN IMMEDIATE")
        _meta_rows(pending, "uncommitted-", 3)

        store = BackupStore(tmp_path / "backups")
        made = store.create(db_path, "manual")
    finally:
        pending.close()  # never committed
        writer.close()

    assert made.path.is_file() and made.path.name.endswith(BACKUP_SUFFIX)
    assert made.reason == "manual" and store.list() == [made]
    # The backup stands alone: rollback-journal mode, no -wal needed next to it.
    assert journal_mode_bytes(made.path) == b"\x01\x01"
    assert not made.path.with_name(made.path.name + "-wal").exists()
    assert verify_backup(made.path) == schema.HEAD_REVISION
    assert count(made.path, "app_meta", "key LIKE 'committed-%'") == 5
    assert count(made.path, "app_meta", "key LIKE 'uncommitted-%'") == 0
    assert not list(made.path.parent.glob("*.part"))


def test_backup_of_an_open_engine(db_path: Path, tmp_path: Path) -> None:
    engine, _ = open_engine(db_path, load_reference=False)
    try:
        with engine.begin() as conn:
            insert_org_unit(conn, 1, "DISDIK")
        made = BackupStore(tmp_path / "backups").create(db_path, "daily")
    finally:
        engine.dispose()
    assert count(made.path, "org_unit") == 1
    header = made.path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == SQLITE_APPLICATION_ID


def test_retention_prunes_daily_but_never_manual(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    keep = RETENTION["daily"]
    total = keep + 3
    for day in range(total):
        store.create(db_path, "daily", now=T0 + timedelta(days=day))
        store.create(db_path, "manual", now=T0 + timedelta(days=day, hours=1))
    backups = store.list()
    daily = [b for b in backups if b.reason == "daily"]
    manual = [b for b in backups if b.reason == "manual"]
    assert len(manual) == total
    assert len(daily) == keep
    # The newest are kept, newest first.
    assert [b.created for b in daily] == [
        T0 + timedelta(days=day) for day in reversed(range(total - keep, total))
    ]
    backups_on_disk = [e for e in store.folder.iterdir() if e.name != LOCK_NAME]
    assert len(backups_on_disk) == keep + total
    assert store.prune() == []


def test_retention_per_reason(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    keep = RETENTION["pre-migration"]
    for i in range(keep + 2):
        store.create(db_path, "pre-migration", now=T0 + timedelta(minutes=i))
    store.create(db_path, "daily", now=T0 - timedelta(days=30))
    reasons = [b.reason for b in store.list()]
    assert reasons.count("pre-migration") == keep
    assert reasons.count("daily") == 1  # other kinds do not count against it


def test_unknown_reason_is_rejected(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    with pytest.raises(ValueError, match="reason"):
        store.create(db_path, "weekly")
    assert store.list() == []


def test_has_daily_for(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    assert not store.has_daily_for(T0)
    store.create(db_path, "manual", now=T0)
    assert not store.has_daily_for(T0), "a manual backup is not the daily one"
    store.create(db_path, "daily", now=T0)
    assert store.has_daily_for(T0.replace(hour=23, minute=59))
    assert not store.has_daily_for(T0 + timedelta(days=1))
    assert not store.has_daily_for(T0 - timedelta(days=1))


def test_list_ignores_foreign_files(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / f"asn-garbage-manual{BACKUP_SUFFIX}").write_text("x")
    assert BackupStore(folder).list() == []
    assert BackupStore(tmp_path / "absent").list() == []


def test_restore_into_replaces_content(db_path: Path, tmp_path: Path) -> None:
    engine, _ = open_engine(db_path, load_reference=False)
    try:
        with engine.begin() as conn:
            insert_org_unit(conn, 1, "DISDIK")
        made = BackupStore(tmp_path / "backups").create(db_path, "manual")
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM org_unit"))
            insert_org_unit(conn, 2, "DINKES")
    finally:
        engine.dispose()

    restore_into(made.path, db_path)

    assert count(db_path, "org_unit", "kode = 'DISDIK'") == 1
    assert count(db_path, "org_unit", "kode = 'DINKES'") == 0
    assert journal_mode_bytes(db_path) == b"\x02\x02"  # live database is WAL again
    engine, report = open_engine(db_path, load_reference=False)
    try:
        assert schema.integrity_problems(engine) == []
        assert report.migrated_from is None
    finally:
        engine.dispose()


def test_verify_rejects_garbage(tmp_path: Path) -> None:
    path = tmp_path / "garbage.asnbak.sqlite"
    path.write_bytes(b"hello" * 1000)
    with pytest.raises(NotAnAsnDatabase, match=r"garbage\.asnbak\.sqlite bukan berkas"):
        verify_backup(path)


def test_verify_rejects_missing(tmp_path: Path) -> None:
    with pytest.raises(DatabaseDamaged, match="tidak ditemukan"):
        verify_backup(tmp_path / "gone.sqlite")


@pytest.mark.parametrize("keep", [100, 4096, 0.5], ids=["header", "first-page", "half"])
def test_verify_rejects_truncated(db_path: Path, tmp_path: Path, keep: float) -> None:
    made = BackupStore(tmp_path / "backups").create(db_path, "manual")
    data = made.path.read_bytes()
    assert len(data) > 8 * 4096
    cut = int(len(data) * keep) if keep < 1 else int(keep)
    broken = tmp_path / "broken.sqlite"
    broken.write_bytes(data[:cut])
    with pytest.raises((DatabaseDamaged, NotAnAsnDatabase)) as caught:
        verify_backup(broken)
    message = str(caught.value)
    assert "broken.sqlite" in message
    assert any(word in message for word in ("rusak", "tidak bisa dibaca", "bukan"))


def test_verify_rejects_overwritten_pages(db_path: Path, tmp_path: Path) -> None:
    made = BackupStore(tmp_path / "backups").create(db_path, "manual")
    data = made.path.read_bytes()
    broken = tmp_path / "scribbled.sqlite"
    broken.write_bytes(data[:4096] + b"\x55" * (len(data) - 4096))
    with pytest.raises(DatabaseDamaged, match=r"scribbled\.sqlite"):
        verify_backup(broken)


def test_verify_rejects_foreign_and_future_databases(db_path: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.sqlite"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(NotAnAsnDatabase, match="bukan basis data ASN Desktop"):
        verify_backup(other)

    made = BackupStore(tmp_path / "backups").create(db_path, "manual")
    conn = sqlite3.connect(made.path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(NewerSchema, match="9999_future"):
        verify_backup(made.path)


# -- verification (issue 3) --------------------------------------------------------------------


def _damage_middle_pages(path: Path) -> None:
    """Overwrite pages in the middle: the file opens, but integrity_check fails."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 20
    for number in range(pages // 2, pages // 2 + 4):
        data[number * page : (number + 1) * page] = b"\x55" * page
    path.write_bytes(bytes(data))


def _legacy_copy(made: Path, folder: Path, moment: datetime, reason: str) -> Path:
    """A backup as made before verification existed: the same name without the mark."""
    legacy = folder / f"asn-{moment:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"
    legacy.write_bytes(made.read_bytes())
    return legacy


def test_every_backup_is_verified_and_says_so_in_its_name(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    made = store.create(db_path, "daily", now=T0)
    assert made.verified
    assert made.path.name == f"asn-20250301-080000-000000-daily.verified{BACKUP_SUFFIX}"
    legacy = _legacy_copy(made.path, store.folder, T0 - timedelta(days=1), "daily")
    assert [(b.path, b.verified) for b in store.list()] == [(made.path, True), (legacy, False)]


def test_a_damaged_database_is_not_backed_up_and_older_backups_stay(
    db_path: Path, tmp_path: Path
) -> None:
    store = BackupStore(tmp_path / "backups")
    keep = RETENTION["daily"]
    for day in range(keep):
        store.create(db_path, "daily", now=T0 + timedelta(days=day))
    good = store.list()
    _damage_middle_pages(db_path)

    with pytest.raises(DatabaseDamaged, match="gagal diperiksa") as caught:
        store.create(db_path, "daily", now=T0 + timedelta(days=keep))
    assert str(db_path) in str(caught.value)

    assert store.list() == good  # nothing added, nothing pruned
    assert not list(store.folder.glob("*.part*"))
    for backup in good:
        verify_backup(backup.path)


def test_pruning_never_deletes_the_newest_verified_backup(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    verified = store.create(db_path, "pre-migration", now=T0)
    keep = RETENTION["pre-migration"]
    # Newer backups of the same kind that were never verified (made by an older version).
    for i in range(1, keep + 3):
        _legacy_copy(verified.path, store.folder, T0 + timedelta(hours=i), "pre-migration")

    removed = store.prune()

    remaining = store.list()
    assert verified.path.exists() and verified in remaining
    assert len(remaining) == keep + 1  # the retention, plus the last verified one
    assert len(removed) == 2 and all(not p.exists() for p in removed)
    assert all(not b.verified for b in remaining if b != verified)


def test_a_safety_copy_of_a_damaged_database_is_kept_unverified(
    db_path: Path, tmp_path: Path
) -> None:
    """Before a restore the database may well be damaged: its copy is kept, marked so."""
    store = BackupStore(tmp_path / "backups")
    _damage_middle_pages(db_path)
    safety = store.create(db_path, "pre-restore", now=T0, keep_unverified=True)
    assert not safety.verified
    assert safety.path.name == f"asn-20250301-080000-000000-pre-restore{BACKUP_SUFFIX}"
    assert safety.path.read_bytes()[4096:] == db_path.read_bytes()[4096:]  # damage and all
    assert store.list() == [safety]
