"""Backups of the SQLite file through SQLite's online backup API, with retention.

Never copy a live SQLite file: with WAL, the newest transactions sit in the -wal file and a
plain copy can be torn. The backup API produces a consistent snapshot while the program runs.

A backup counts only once it is verified: the copy (still a .part file) must pass the same
check a restore makes (verify_backup: integrity_check, application id, a known schema)
before it gets its name, and a verified backup says so in its name (".verified" before the
suffix). A copy that fails is deleted and the backup refused, so a damaged database never
pushes good backups out of retention; and pruning never deletes the newest verified backup.
One backup at a time per folder (a lock file); partial copies left by a killed or failed
backup are removed at the start of the next one.
"""

from __future__ import annotations

import builtins
import contextlib
import errno
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterator
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
from asn_desktop.db.holder import try_lock
from asn_desktop.db.schema import SCHEMA_REVISIONS

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".asnbak.sqlite"
# Written between the reason and the suffix of a backup that passed verification.
VERIFIED_MARK = ".verified"
_NAME = re.compile(
    r"^asn-(\d{8}-\d{6}-\d{6})-([a-z]+(?:-[a-z]+)*)"
    f"({re.escape(VERIFIED_MARK)})?{re.escape(BACKUP_SUFFIX)}$"
)
# A copy under way (or left by a backup that was killed), with SQLite's journal beside it.
PART_SUFFIX = ".part"
_PARTIAL = re.compile(
    r"^asn-.*" + re.escape(BACKUP_SUFFIX + PART_SUFFIX) + r"(-journal|-wal|-shm)?$"
)
LOCK_NAME = ".backup.lock"

# How many of each kind survive pruning; manual backups are the user's and are never pruned.
RETENTION = {"daily": 14, "pre-migration": 10, "pre-restore": 10, "pre-import": 10}
REASONS = frozenset(RETENTION) | {"manual"}


@dataclass(frozen=True)
class BackupFile:
    path: Path
    created: datetime
    reason: str
    # Passed verify_backup when it was made (backups from before verification did not).
    verified: bool = False

    @property
    def size(self) -> int:
        return self.path.stat().st_size


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=8.0)
    conn.execute("PRAGMA busy_timeout = 8000")
    return conn


# How long a backup or restore goes on without copying a page (waiting for another
# program's lock) before giving up. Python's Connection.backup() itself would retry forever.
LOCK_WAIT_SECONDS = 10.0
# Pages per backup step: other programs may write between steps.
PAGES_PER_STEP = 1024


class _GaveUp(Exception):
    pass


class _StartedOver(Exception):
    pass


class _StepWatch:
    """The progress callback of Connection.backup(): it watches pages, not statuses.

    The deadline moves only when a step copied pages. A step that reports success without
    getting further means the copy started over, which SQLite does whenever the source
    changed since the last step; on a read-only WAL database (whose -shm cannot be
    written) it does so on every step, for ever. The first time, the caller switches to
    copying everything in one step.
    """

    def __init__(self) -> None:
        self.deadline = time.monotonic() + LOCK_WAIT_SECONDS
        self.least_remaining: int | None = None
        self.single_step = False

    def restart_as_single_step(self) -> None:
        self.single_step = True
        self.least_remaining = None
        self.deadline = time.monotonic() + LOCK_WAIT_SECONDS

    def __call__(self, status: int, remaining: int, _total: int) -> None:
        if status == sqlite3.SQLITE_DONE:
            return
        waiting = status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        if not waiting and (self.least_remaining is None or remaining < self.least_remaining):
            self.least_remaining = remaining
            self.deadline = time.monotonic() + LOCK_WAIT_SECONDS
            return
        if not waiting and not self.single_step:
            raise _StartedOver()
        if time.monotonic() > self.deadline:
            raise _GaveUp()


def _backup_pages(src: sqlite3.Connection, dst: sqlite3.Connection, what: Path) -> None:
    """src.backup(dst) that stops with DatabaseLocked when it stays busy too long."""
    watch = _StepWatch()
    try:
        try:
            src.backup(dst, pages=PAGES_PER_STEP, progress=watch, sleep=0.05)
        except _StartedOver:
            log.info("backup of %s started over; copying it in one step", what)
            watch.restart_as_single_step()
            src.backup(dst, pages=-1, progress=watch, sleep=0.05)
    except _GaveUp as exc:
        raise DatabaseLocked(
            f"{what} sedang dikunci program lain (mungkin ASN Desktop di jendela lain). "
            "Tutup program itu lalu coba lagi."
        ) from exc
    except sqlite3.Error as exc:
        if _disk_full(exc):
            raise
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseLocked(f"{what} sedang dikunci program lain: {exc}") from exc
        raise DatabaseDamaged(f"{what} tidak bisa disalin: {exc}") from exc


def _disk_full(exc: BaseException) -> bool:
    """ENOSPC from the OS, or SQLite's SQLITE_FULL ("database or disk is full")."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None and code & 0xFF == sqlite3.SQLITE_FULL:
            return True
        return "disk is full" in str(exc)
    return False


def _write_error(exc: BaseException, where: Path) -> DatabaseError:
    """A failure to write a backup at `where` (a file or the backup folder)."""
    if _disk_full(exc):
        return DatabaseError(
            f"Cadangan tidak bisa dibuat: disk penuh ({where}). Kosongkan ruang disk lalu "
            "coba lagi; basis data tidak diubah."
        )
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return DatabaseError(f"Cadangan tidak bisa ditulis ke {where}: {reason}")


def copy_database(source: Path, dest: Path, *, unverified: Path | None = None) -> Path:
    """Consistent, verified snapshot of `source` into a new file `dest` (written atomically).

    The copy is checked with verify_backup before it gets its name. If the check fails the
    copy is deleted and DatabaseDamaged raised, unless `unverified` names where to keep it
    anyway (the safety copy before a restore, whose source may well be damaged). Returns
    the path written. A full disk raises DatabaseError saying so; nothing partial is left.
    """
    tmp = dest.with_name(dest.name + PART_SUFFIX)
    try:
        return _copy_database(source, dest, tmp, unverified)
    except BaseException as exc:
        _remove_partial(tmp)
        if isinstance(exc, OSError) or _disk_full(exc):
            raise _write_error(exc, dest) from exc
        if isinstance(exc, sqlite3.OperationalError) and "unable to open" in str(exc):
            raise DatabaseError(f"Cadangan tidak bisa ditulis ke {dest}: {exc}") from exc
        raise


def _copy_database(source: Path, dest: Path, tmp: Path, unverified: Path | None) -> Path:
    _remove_partial(tmp)
    unreadable: DatabaseDamaged | None = None
    src = _connect(source)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            _backup_pages(src, dst, source)
            # A backup is a standalone file; keep it in rollback-journal mode. Switching
            # reads the copy's schema, so a damaged source can already fail here: that is
            # the same finding as a failed check below, not an unexplained crash.
            try:
                dst.execute("PRAGMA journal_mode = DELETE")
            except sqlite3.DatabaseError as exc:
                unreadable = DatabaseDamaged(f"salinan tidak terbaca: {exc}")
        finally:
            dst.close()
    finally:
        src.close()
    try:
        if unreadable is not None:
            raise unreadable
        verify_backup(tmp, name=dest.name)
    except DatabaseError as exc:
        if unverified is None:
            raise DatabaseDamaged(
                f"Cadangan {dest.name} tidak dibuat: salinan {source} gagal diperiksa "
                f"({exc}). Cadangan yang lama tetap disimpan."
            ) from exc
        log.warning("keeping unverified copy %s: %s", unverified, exc)
        os.replace(tmp, unverified)
        return unverified
    os.replace(tmp, dest)
    return dest


def _remove_partial(tmp: Path) -> None:
    """A .part copy and whatever SQLite left beside it."""
    for name in (tmp.name, *(tmp.name + side for side in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            tmp.with_name(name).unlink(missing_ok=True)


def verify_backup(path: Path, *, name: str | None = None) -> str:
    """Check that `path` is a healthy ASN Desktop database; return its schema revision.

    `name` is how messages call the file (default: its own name).
    """
    shown = name or path.name
    if not path.is_file():
        raise DatabaseDamaged(f"Berkas cadangan tidak ditemukan: {path}")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise NotAnAsnDatabase(f"{shown} bukan berkas basis data SQLite.")
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != SQLITE_APPLICATION_ID:
            raise NotAnAsnDatabase(f"{shown} bukan basis data ASN Desktop.")
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        if problems:
            raise DatabaseDamaged(f"{shown} rusak: {problems[0]}")
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseDamaged(f"{shown} tidak bisa dibaca: {exc}") from exc
    finally:
        conn.close()
    revision = str(row[0]) if row else ""
    if revision not in SCHEMA_REVISIONS:
        raise NewerSchema(f"{shown} memakai skema '{revision}' yang tidak dikenal program ini.")
    return revision


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """One backup at a time in `folder`; the lock dies with its process (even on kill)."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = (folder / LOCK_NAME).open("a+b")
    except OSError as exc:
        raise _write_error(exc, folder) from exc
    try:
        deadline = time.monotonic() + LOCK_WAIT_SECONDS
        while not try_lock(handle):
            if time.monotonic() > deadline:
                raise DatabaseLocked(
                    f"Cadangan lain sedang dibuat di {folder}. Tunggu sampai selesai lalu "
                    "coba lagi."
                )
            time.sleep(0.1)
        yield
    finally:
        handle.close()  # releases the lock


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
                found.append(BackupFile(entry, created, match.group(2), bool(match.group(3))))
        return sorted(found, key=lambda b: b.created, reverse=True)

    def create(
        self,
        database: Path,
        reason: str,
        *,
        now: datetime | None = None,
        keep_unverified: bool = False,
    ) -> BackupFile:
        """A verified backup of `database`, then pruning.

        A copy that fails verification is refused (DatabaseDamaged), or with
        `keep_unverified` kept under a name without the verified mark.
        """
        if reason not in REASONS:
            raise ValueError(f"unknown backup reason {reason!r}")
        with _folder_lock(self.folder):
            self.remove_partial_copies()
            moment = now or datetime.now(UTC)
            stem = f"asn-{moment:%Y%m%d-%H%M%S-%f}-{reason}"
            dest = self.folder / f"{stem}{VERIFIED_MARK}{BACKUP_SUFFIX}"
            plain = self.folder / f"{stem}{BACKUP_SUFFIX}"
            written = copy_database(database, dest, unverified=plain if keep_unverified else None)
            self.prune()
        return BackupFile(written, moment, reason, verified=written == dest)

    def remove_partial_copies(self) -> builtins.list[Path]:
        """Delete the .part files of backups that were killed or failed (call under the
        folder lock, so none of them is a copy still under way)."""
        removed: list[Path] = []
        if not self.folder.is_dir():
            return removed
        for entry in self.folder.iterdir():
            if _PARTIAL.match(entry.name):
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed.append(entry)
        if removed:
            log.info("removed %d partial backup file(s) in %s", len(removed), self.folder)
        return removed

    def has_daily_for(self, day: datetime) -> bool:
        """Is there a daily backup from the same *local* calendar day as `day`?

        Names carry UTC; the clerk's day (WIB) starts seven hours before UTC's.
        """
        local_day = day.astimezone().date()
        return any(
            b.reason == "daily" and b.created.astimezone().date() == local_day for b in self.list()
        )

    def prune(self) -> builtins.list[Path]:
        """Keep the newest RETENTION[reason] of each reason, and always the newest verified
        backup of any reason (the last one known to restore)."""
        removed: list[Path] = []
        seen: dict[str, int] = {}
        backups = self.list()
        last_good = next((b for b in backups if b.verified), None)
        for backup in backups:
            seen[backup.reason] = seen.get(backup.reason, 0) + 1
            keep = RETENTION.get(backup.reason)
            if keep is not None and seen[backup.reason] > keep and backup is not last_good:
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
