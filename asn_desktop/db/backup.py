"""Backups of the SQLite file through SQLite's online backup API, with retention.

Never copy a live SQLite file: with WAL, the newest transactions sit in the -wal file and a
plain copy can be torn. The backup API produces a consistent snapshot while the program runs.
"""

from __future__ import annotations

import builtins
import contextlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db.errors import (
    DatabaseDamaged,
    DatabaseError,
    DatabaseLocked,
    NewerSchema,
    NotAnAsnDatabase,
)
from asn_desktop.db.schema import SCHEMA_REVISIONS

BACKUP_SUFFIX = ".asnbak.sqlite"
_NAME = re.compile(r"^asn-(\d{8}-\d{6}-\d{6})-([a-z-]+)" + re.escape(BACKUP_SUFFIX) + "$")

# How many of each kind survive pruning; manual backups are the user's and are never pruned.
RETENTION = {"daily": 14, "pre-migration": 10, "pre-restore": 10, "pre-import": 10}
REASONS = frozenset(RETENTION) | {"manual"}


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    reason: str

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=8.0)
    conn.execute("PRAGMA busy_timeout = 8000")
    return conn


# How long a backup or restore waits for another program's lock before giving up. Python's
# Connection.backup() itself would retry a busy database forever.
LOCK_WAIT_SECONDS = 10.0


class _GaveUp(Exception):
    pass


def _backup_pages(src: sqlite3.Connection, dst: sqlite3.Connection, what: Path) -> None:
    """src.backup(dst) that stops with DatabaseLocked when it stays busy too long."""
    deadline = time.monotonic() + LOCK_WAIT_SECONDS

    def progress(status: int, _remaining: int, _total: int) -> None:
        nonlocal deadline
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            if time.monotonic() > deadline:
                raise _GaveUp()
        else:
            deadline = time.monotonic() + LOCK_WAIT_SECONDS

    try:
        src.backup(dst, pages=1024, progress=progress, sleep=0.05)
    except _GaveUp as exc:
        raise DatabaseLocked(
            f"{what} sedang dikunci program lain (mungkin ASN Desktop di jendela lain). "
            "Tutup program itu lalu coba lagi."
        ) from exc
    except sqlite3.Error as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(f"{what} sedang dikunci program lain: {exc}") from exc
        raise DatabaseDamaged(f"{what} tidak bisa disalin: {exc}") from exc


def copy_database(source: Path, dest: Path) -> None:
    """Consistent snapshot of `source` into a new file `dest` (written atomically)."""
    try:
        _copy_database(source, dest)
    except OSError as exc:
        raise DatabaseError(
            f"Cadangan tidak bisa ditulis ke {dest}: {exc.strerror or exc}"
        ) from exc
    except sqlite3.Error as exc:
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
            raise DatabaseError(f"Cadangan tidak bisa ditulis ke {dest}: {exc}") from exc
        raise


def _copy_database(source: Path, dest: Path) -> None:
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    src = _connect(source)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            _backup_pages(src, dst, source)
            # A backup is a standalone file; keep it in rollback-journal mode.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, dest)


def verify_backup(path: Path) -> str:
    """Check that `path` is a healthy ASN Desktop database; return its schema revision."""
    if not path.is_file():
        raise DatabaseDamaged(f"Berkas cadangan tidak ditemukan: {path}")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotAnAsnDatabase(f"{path.name} bukan berkas basis data SQLite.")
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != SQLITE_APPLICATION_ID:
            raise NotAnAsnDatabase(f"{path.name} bukan basis data ASN Desktop.")
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        if problems:
            raise DatabaseDamaged(f"{path.name} rusak: {problems[0]}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{path.name} tidak bisa dibaca: {exc}") from exc
    finally:
        conn.close()
    revision = str(row[0]) if row else ""
    if revision not in SCHEMA_REVISIONS:
        raise NewerSchema(f"{path.name} memakai skema '{revision}' yang tidak dikenal program ini.")
    return revision


class BackupStore:
    """The folder of backups belonging to one database."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def list(self) -> builtins.list[BackupFile]:
        if not self.folder.is_dir():
            return []
        found = []
        for entry in self.folder.iterdir():
            match = _NAME.match(entry.name)
            if match:
                created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
                found.append(BackupFile(entry, created, match.group(2)))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def create(self, database: Path, reason: str, *, now: datetime | None = None) -> BackupFile:
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        self.folder.mkdir(parents=True, exist_ok=True)
        moment = now or datetime.now(UTC)
        name = f"asn-{moment:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"
        dest = self.folder / name
        copy_database(database, dest)
        self.prune()
        return BackupFile(dest, moment, reason)

    def has_daily_for(self, day: datetime) -> bool:
        """Is there a daily backup from the same *local* calendar day as `day`?

        Names carry UTC; the clerk's day (WIB) starts seven hours before UTC's.
        """
        local_day = day.astimezone().date()
        return any(
            b.reason == "daily" and b.created.astimezone().date() == local_day for b in self.list()
        )

    def prune(self) -> builtins.list[Path]:
        removed: list[Path] = []
        seen: dict[str, int] = {}
        for backup in self.list():
            seen[backup.reason] = seen.get(backup.reason, 0) + 1
            keep = RETENTION.get(backup.reason)
            if keep is not None and seen[backup.reason] > keep:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed


def restore_into(backup: Path, database: Path) -> None:
    """Overwrite `database` with the content of `backup`, page by page, in place.

    The caller has verified the backup and taken a pre-restore backup, and no other
    connection of this program is open on `database`.
    """
    src = sqlite3.connect(backup.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        dst = _connect(database)
        try:
            _backup_pages(src, dst, database)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
    finally:
        src.close()
    with contextlib.suppress(OSError):
        os.utime(database)
