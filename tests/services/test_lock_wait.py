"""A write waiting for another program's lock in short steps: reported, cancellable, retried.

The other program is a raw sqlite3 connection holding BEGIN IMMEDIATE on the same file.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from asn_desktop.db.errors import DatabaseLocked
from asn_desktop.db.lock_wait import LockWait, WriteCancelled, patient_writes
from asn_desktop.services.database import Database
from asn_desktop.services.org_units import OrgUnitService


@pytest.fixture
def holder(db_path: Path, db: Database) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write (the lock is held until it lets go)."""
    conn = sqlite3.connect(db_path, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


def _busy_timeout(db: Database) -> int:
    with db.engine.connect() as conn:
        return int(conn.execute(text("PRAGMA busy_timeout")).scalar_one())


def test_a_cancelled_wait_writes_nothing_and_leaves_the_busy_timeout_as_it_was(
    db: Database, units: OrgUnitService, holder: sqlite3.Connection
) -> None:
    waits: list[float] = []
    stop = threading.Event()

    def waiting(waited: float) -> None:
        waits.append(waited)
        if len(waits) == 3:
            stop.set()  # the person pressed Batal

    with (
        patient_writes(LockWait(cancelled=stop.is_set, waiting=waiting, attempt_ms=50)),
        pytest.raises(WriteCancelled, match="tidak ada yang disimpan"),
    ):
        units.create("UJI", "Unit Uji")

    assert len(waits) == 3 and waits == sorted(waits)
    assert all(0 < w < 5 for w in waits)
    holder.execute("ROLLBACK")
    assert [u for u in units.tree() if u.kode == "UJI"] == []
    assert _busy_timeout(db) == 8000  # the short tries were for that wait only


def test_the_write_goes_ahead_once_the_other_program_lets_go(
    db: Database, units: OrgUnitService, holder: sqlite3.Connection
) -> None:
    resumed: list[bool] = []

    def waiting(_waited: float) -> None:
        if holder.in_transaction:
            holder.execute("ROLLBACK")  # let go after the first try found it taken

    wait = LockWait(waiting=waiting, resumed=lambda: resumed.append(True), attempt_ms=50)
    with patient_writes(wait):
        unit_id = units.create("UJI", "Unit Uji")

    assert resumed == [True]
    assert units.by_kode("UJI").id == unit_id
    assert _busy_timeout(db) == 8000


def test_past_its_patience_a_write_says_the_database_is_locked(
    units: OrgUnitService, holder: sqlite3.Connection
) -> None:
    waits: list[float] = []
    wait = LockWait(waiting=waits.append, patience_s=0.3, attempt_ms=50)
    with patient_writes(wait), pytest.raises(DatabaseLocked, match="dikunci program lain"):
        units.create("UJI", "Unit Uji")
    assert waits and max(waits) < 0.3


def test_the_wait_belongs_to_the_thread_that_set_it(db: Database, units: OrgUnitService) -> None:
    """The GUI's worker waits its way; a write on another thread meanwhile waits the busy
    timeout as before (CLI, imports), and is never cancelled by the GUI's Batal."""
    made: list[int] = []
    with patient_writes(LockWait(cancelled=lambda: True)):
        other = threading.Thread(target=lambda: made.append(units.create("LAIN", "Unit Lain")))
        other.start()
        other.join()
        with pytest.raises(WriteCancelled):
            units.create("UJI", "Unit Uji")
    assert made and units.by_kode("LAIN").id == made[0]
    assert [u for u in units.tree() if u.kode == "UJI"] == []
