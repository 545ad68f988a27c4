"""Waiting for SQLite's write lock in short steps, so that the wait can be shown and stopped.

SQLite waits for another program's write lock inside the driver call (the busy timeout, 8 s),
where nothing can interrupt it and nobody can say that it is waiting. A write made for a
person (a GUI operation) runs instead inside `patient_writes(LockWait(...))`: its
BEGIN IMMEDIATE is tried with a short busy timeout (ATTEMPT_MS) again and again, and between
tries `LockWait.waiting` reports how long it has waited and `LockWait.cancelled` may end the
wait (WriteCancelled). When the patience runs out, the last "database is locked" goes up as
from any other write (unit_of_work makes it DatabaseLocked).

Only the BEGIN is tried again: nothing has been done in the transaction yet, so a retry can
never do anything twice. Once the lock is held the connection's own busy timeout is back for
the rest of the transaction (a COMMIT in rollback-journal mode waits for readers).

The cancel check and the reports are plain callables (the GUI passes its JobControl's); no Qt
here. Outside patient_writes a write waits the busy timeout as before (CLI, bulk imports).
PostgreSQL is not affected: the hook is the SQLite engine's "begin" (see engine._begin).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from asn_desktop.db.errors import DatabaseError

# How long a statement waits for another connection's lock (every connection's busy_timeout).
BUSY_TIMEOUT_MS = 8000
ATTEMPT_MS = 250  # one try at the lock; also how long a Cancel may take to be noticed
PATIENCE_S = 30.0  # how long a person's write waits before it gives up (they can cancel)
_BUSY_CODES = (5, 6)  # SQLITE_BUSY, SQLITE_LOCKED (primary codes of the extended ones)


def _never() -> bool:
    return False


def _ignore(_waited_s: float) -> None:
    return None


def _nothing() -> None:
    return None


@dataclass(frozen=True)
class LockWait:
    """How a write waits for the lock: called on the thread that writes."""

    cancelled: Callable[[], bool] = _never
    # After each try that found the lock taken: seconds waited so far.
    waiting: Callable[[float], None] = _ignore
    # The lock came free after at least one such try.
    resumed: Callable[[], None] = _nothing
    patience_s: float = PATIENCE_S
    attempt_ms: int = ATTEMPT_MS


class WriteCancelled(DatabaseError):
    """The person stopped waiting for the lock; nothing was written."""

    def __init__(self) -> None:
        super().__init__(
            "Penyimpanan dibatalkan saat menunggu basis data yang sedang dipakai program lain; "
            "tidak ada yang disimpan."
        )


_current: ContextVar[LockWait | None] = ContextVar("asn_lock_wait", default=None)


@contextmanager
def patient_writes(wait: LockWait) -> Iterator[None]:
    """Inside: this thread's write transactions wait for the lock as `wait` says."""
    token = _current.set(wait)
    try:
        yield
    finally:
        _current.reset(token)


def _is_busy(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", exc)
    code = getattr(orig, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF in _BUSY_CODES
    text = str(orig).lower()
    return "locked" in text or "busy" in text


def begin_immediate(conn: Any) -> None:
    """BEGIN IMMEDIATE on a SQLAlchemy connection, waiting as the current LockWait says."""
    wait = _current.get()
    if wait is None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
        return
    from sqlalchemy.exc import OperationalError

    started = time.monotonic()
    usual = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(wait.attempt_ms)}")
    waited = False
    try:
        while True:
            if wait.cancelled():
                raise WriteCancelled()
            try:
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                break
            except OperationalError as exc:
                elapsed = time.monotonic() - started
                if not _is_busy(exc) or elapsed >= wait.patience_s:
                    raise
                waited = True
                wait.waiting(elapsed)
    finally:
        conn.exec_driver_sql(f"PRAGMA busy_timeout = {int(usual)}")
    if waited:
        wait.resumed()
