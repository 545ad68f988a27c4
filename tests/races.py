"""Two clerks saving the same record at the same moment, on two real connections.

Both read revision N and pass the service's early revision check; a barrier then lets
them write together, so only the database's own "WHERE revision = N" (the version column)
can keep the second from overwriting the first. Importable from every test folder.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from asn_desktop.services import employees as employees_module
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import StaleRecord

RACE_TIMEOUT = 30.0


def race_two_writers(
    monkeypatch: pytest.MonkeyPatch,
    first: Database,
    second: Database,
    write: Callable[[EmployeeService, str], Any],
    *,
    meet_after_check: bool,
) -> tuple[list[str], list[BaseException]]:
    """Run write(service, label) on both databases at once; returns (winners, errors).

    meet_after_check: both writers meet after passing the early revision check, inside
    their transactions (PostgreSQL, where both transactions run at once). On SQLite the
    first write transaction holds the file's write lock (BEGIN IMMEDIATE), so the two meet
    just before starting and the database serialises them.
    """
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    real_check = EmployeeService._check_revision

    def check_then_wait(employee: Any, expected: int) -> None:
        real_check(employee, expected)
        # Both transactions have now read the same revision and found it current.
        barrier.wait()

    if meet_after_check:
        monkeypatch.setattr(
            employees_module.EmployeeService, "_check_revision", staticmethod(check_then_wait)
        )
    winners: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def run(db: Database, label: str) -> None:
        try:
            if not meet_after_check:
                barrier.wait()
            write(EmployeeService(db), label)
        except BaseException as exc:
            with lock:
                errors.append(exc)
            barrier.abort()  # a writer that failed before the barrier frees the other
        else:
            with lock:
                winners.append(label)

    threads = [
        threading.Thread(target=run, args=(first, "satu")),
        threading.Thread(target=run, args=(second, "dua")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(RACE_TIMEOUT * 2)
        assert not thread.is_alive(), "a writer hung"
    if meet_after_check:
        monkeypatch.setattr(
            employees_module.EmployeeService, "_check_revision", staticmethod(real_check)
        )
    return winners, errors


def assert_exactly_one_won(
    winners: list[str], errors: list[BaseException], *, loser_hears: str
) -> None:
    assert len(winners) == 1, (winners, errors)
    assert len(errors) == 1, errors
    assert isinstance(errors[0], StaleRecord), repr(errors[0])
    message = str(errors[0])
    assert "sudah diubah di tempat lain" in message
    assert f"oleh {loser_hears}" in message, message


def telepon_of(label: str, round_no: int) -> str:
    """A phone number no earlier round typed, different for the two clerks."""
    return f"0812{round_no:05d}{1 if label == 'satu' else 2}"


def update_telepon(
    employee_id: int, draft: Any, revision: int, today: date, round_no: int = 0
) -> Callable[..., Any]:
    """Both clerks opened the dialog at `revision` and typed another phone number."""

    def write(service: EmployeeService, label: str) -> None:
        telepon = telepon_of(label, round_no)
        service.update(
            employee_id,
            dataclasses.replace(draft, telepon=telepon),
            expected_revision=revision,
            today=today,
        )

    return write


def delete_it(employee_id: int, revision: int) -> Callable[..., Any]:
    def write(service: EmployeeService, _label: str) -> None:
        service.delete(employee_id, expected_revision=revision)

    return write
