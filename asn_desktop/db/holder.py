"""One program per SQLite database: who holds it, and taking over from a killed program.

SQLite itself would let two ASN Desktop windows (or a window and a writing command) work on
one file, each waiting on the other's write lock and each showing data the other changed
behind its back. So a program that writes holds `<database>.holder`: an operating-system
lock on that file (fcntl on POSIX, msvcrt on Windows) plus a line saying who holds it. The
OS releases the lock when the process dies, however it dies; a holder file with text in it
but no lock on it is therefore a program that was killed, and is taken over.

The file is never deleted: deleting it while another program has it open would let two
programs each lock a different file of the same name.
"""

from __future__ import annotations

import getpass
import json
import os
import socket
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from asn_desktop.db.errors import DatabaseError, DatabaseLocked

HOLDER_SUFFIX = ".holder"


class DatabaseHeld(DatabaseLocked):
    """Another program holds the database; str(e) says who, where and since when."""


@dataclass(frozen=True)
class HolderInfo:
    user: str
    machine: str
    pid: int
    program: str
    since: datetime

    def describe(self) -> str:
        since = self.since.astimezone().strftime("%d-%m-%Y %H:%M")
        return (
            f"{self.user or 'pengguna tak dikenal'} di komputer {self.machine or '?'} "
            f"({self.program}, proses {self.pid}) sejak {since}"
        )

    def as_json(self) -> str:
        return json.dumps(
            {
                "user": self.user,
                "machine": self.machine,
                "pid": self.pid,
                "program": self.program,
                "since": self.since.astimezone(UTC).isoformat(),
            },
            ensure_ascii=False,
        )

    @classmethod
    def parse(cls, text: str) -> HolderInfo | None:
        try:
            data: Any = json.loads(text)
            return cls(
                user=str(data["user"]),
                machine=str(data["machine"]),
                pid=int(data["pid"]),
                program=str(data["program"]),
                since=datetime.fromisoformat(str(data["since"])),
            )
        except (ValueError, KeyError, TypeError):
            return None


def current_user() -> str:
    """The operating system's name for who runs this program (shown to the one refused)."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (service account, container)
        return "unknown"


def holder_path(database: Path) -> Path:
    return database.with_name(database.name + HOLDER_SUFFIX)


# msvcrt locks bytes, and a locked byte cannot even be read by another process: lock one
# far past the holder's line, so the refused program can still read who holds it.
_WINDOWS_LOCK_OFFSET = 1 << 30


def try_lock(handle: IO[Any]) -> bool:
    """A non-blocking exclusive lock on `handle`'s file (also used by db.backup)."""
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: IO[Any]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(_WINDOWS_LOCK_OFFSET)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        handle.seek(0)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class Hold:
    """This process's hold on one database; release() (or close of the program) ends it."""

    def __init__(self, database: Path, handle: IO[str], took_over: HolderInfo | None) -> None:
        self.database = database
        self._handle: IO[str] | None = handle
        self.took_over = took_over  # the killed program whose stale hold was taken over
        self._count = 1

    def release(self) -> None:
        with _registry_lock:
            self._count -= 1
            if self._count > 0 or self._handle is None:
                return
            _registry.pop(self.database, None)
            handle, self._handle = self._handle, None
        try:
            handle.seek(0)
            handle.truncate()  # empty: nobody holds it
            handle.flush()
            unlock(handle)
        finally:
            handle.close()


# Within one process the database is held once and shared (the GUI's worker and the
# restore flow reopen the same file); the OS lock is about other processes.
_registry: dict[Path, Hold] = {}
_registry_lock = threading.Lock()


def acquire(database: Path, *, user: str, program: str) -> Hold:
    """Hold `database` for this process, or raise DatabaseHeld naming who holds it."""
    key = database.resolve()
    with _registry_lock:
        held = _registry.get(key)
        if held is not None:
            held._count += 1
            return held
        path = holder_path(key)
        try:
            handle = path.open("a+", encoding="utf-8")
        except OSError as exc:
            raise DatabaseError(
                f"Penanda pemakai basis data {path} tidak bisa dibuat: {exc.strerror or exc}."
            ) from exc
        try:
            if not try_lock(handle):
                handle.seek(0)
                info = HolderInfo.parse(handle.read())
                who = info.describe() if info is not None else "program lain"
                raise DatabaseHeld(
                    f"Basis data {key.name} sedang dipakai oleh {who}. Tutup ASN Desktop di "
                    "sana dahulu; dua program pada satu berkas saling menimpa pekerjaan."
                )
            handle.seek(0)
            previous = HolderInfo.parse(handle.read())
            mine = HolderInfo(
                user=user,
                machine=socket.gethostname(),
                pid=os.getpid(),
                program=program,
                since=datetime.now(UTC),
            )
            handle.seek(0)
            handle.truncate()
            handle.write(mine.as_json())
            handle.flush()
            os.fsync(handle.fileno())
        except BaseException:
            handle.close()
            raise
        hold = Hold(key, handle, previous)
        _registry[key] = hold
        return hold


def current_holder(database: Path) -> HolderInfo | None:
    """Who holds `database` now (None: nobody, or a killed program's stale hold)."""
    path = holder_path(database.resolve())
    if not path.exists():
        return None
    with path.open("a+", encoding="utf-8") as handle:
        if try_lock(handle):
            unlock(handle)
            return None
        handle.seek(0)
        return HolderInfo.parse(handle.read())
