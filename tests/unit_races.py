"""Two clerks renaming the same unit at the same moment, on two real connections.

Both opened the unit at revision N. On PostgreSQL they meet after the service's early
revision check (services.org_units._check_revision), inside their transactions, so only the
database's own "WHERE revision = N" (the version column) can stop the second; on SQLite the
first write transaction holds the file's write lock, so they meet just before starting.
Importable from every test folder (tests/ is on sys.path).
"""

from __future__ import annotations

import threading
from typing import Any

import pytest

from asn_desktop.services import org_units as org_units_module
from asn_desktop.services.database import Database
from asn_desktop.services.errors import StaleRecord
from asn_desktop.services.org_units import OrgUnitService

RACE_TIMEOUT = 30.0


def race_renames(
    monkeypatch: pytest.MonkeyPatch,
    first: Database,
    second: Database,
    unit_id: int,
    seen: int,
    *,
    meet_after_check: bool,
) -> tuple[list[str], list[BaseException]]:
    """Both rename the unit (each to a name no earlier round gave it: the same name again
    would be no change); returns (winners, errors). A winner's name is "Bidang <label> N"."""
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    real_check = org_units_module._check_revision
    if meet_after_check:

        def check_then_wait(unit: Any, expected: int) -> None:
            real_check(unit, expected)
            # Both transactions have read the same revision and found it current.
            barrier.wait()

        monkeypatch.setattr(org_units_module, "_check_revision", check_then_wait)
    winners: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(db: Database, label: str) -> None:
        try:
            if not meet_after_check:
                barrier.wait()
            OrgUnitService(db).rename(unit_id, f"Bidang {label} {seen}", expected_revision=seen)
        except BaseException as exc:
            with lock:
                errors.append(exc)
            barrier.abort()  # a writer that failed before the barrier frees the other
        else:
            with lock:
                winners.append(label)

    threads = [
        threading.Thread(target=run, args=(first, "Satu")),
        threading.Thread(target=run, args=(second, "Dua")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RACE_TIMEOUT * 2)
        assert not thread.is_alive(), "a writer hung"
    monkeypatch.setattr(org_units_module, "_check_revision", real_check)
    return winners, errors


def assert_one_rename_won(
    units: OrgUnitService,
    unit_id: int,
    seen: int,
    winners: list[str],
    errors: list[BaseException],
    actors: dict[str, str],
) -> None:
    """One won, the other was refused as stale and told who won (actors: label -> user)."""
    assert len(winners) == 1 and len(errors) == 1, (winners, errors)
    assert isinstance(errors[0], StaleRecord), repr(errors[0])
    assert "sudah diubah di tempat lain" in str(errors[0])
    assert f"oleh {actors[winners[0]]}" in str(errors[0]), str(errors[0])
    detail = units.detail(unit_id)
    assert detail.node.nama == f"Bidang {winners[0]} {seen}"
    assert detail.node.revision == seen + 1
    # The loser's name is not among the former names either: its write left no trace.
    loser = ({"Satu", "Dua"} - set(winners)).pop()
    assert f"Bidang {loser} {seen}" not in [f.nama for f in detail.former_names]
