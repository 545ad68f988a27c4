"""Two clerks on one SQLite file save the same employee at once: exactly one wins."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from accounts import open_as
from races import (
    assert_exactly_one_won,
    delete_it,
    race_two_writers,
    telepon_of,
    update_telepon,
)

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService

from .helpers import TODAY, make_draft

ROUNDS = 10


@pytest.fixture
def two_clerks(db_path: Path) -> Iterator[tuple[Database, Database]]:
    first = open_as(db_path, "admin")
    second = open_as(db_path, "operator")
    yield first, second
    first.close()
    second.close()


def test_two_writers_of_one_revision_exactly_one_wins(
    two_clerks: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_clerks
    service = EmployeeService(first)
    employee_id = service.create(make_draft(), today=TODAY)
    for round_no in range(ROUNDS):
        record = service.get(employee_id)
        winners, errors = race_two_writers(
            monkeypatch,
            first,
            second,
            update_telepon(employee_id, record.draft, record.revision, TODAY, round_no),
            meet_after_check=False,
        )
        winner = "admin" if winners == ["satu"] else "operator"
        assert_exactly_one_won(winners, errors, loser_hears=winner)
        after = service.get(employee_id)
        assert after.revision == record.revision + 1
        assert after.draft.telepon == telepon_of(winners[0], round_no)


def test_delete_against_an_edit_of_the_same_revision(
    two_clerks: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = two_clerks
    service = EmployeeService(first)
    employee_id = service.create(make_draft(), today=TODAY)
    record = service.get(employee_id)
    edit = update_telepon(employee_id, record.draft, record.revision, TODAY)
    remove = delete_it(employee_id, record.revision)

    def either(service: EmployeeService, label: str) -> None:
        (edit if label == "satu" else remove)(service, label)

    winners, errors = race_two_writers(monkeypatch, first, second, either, meet_after_check=False)
    assert len(winners) == 1 and len(errors) == 1, (winners, errors)


def test_the_database_refuses_a_write_of_a_revision_read_before_a_commit(
    two_clerks: tuple[Database, Database],
) -> None:
    """The version column on SQLite too: a session that read revision N before another
    clerk committed N+1 cannot write over it (no early check can see this case)."""
    from sqlalchemy import select

    from asn_desktop.db.models import Employee
    from asn_desktop.domain.peran import Permission
    from asn_desktop.services.database import stamp_change
    from asn_desktop.services.errors import StaleRecord
    from asn_desktop.services.permissions import use_case

    first, second = two_clerks
    employee_id = EmployeeService(first).create(make_draft(), today=TODAY)

    class LongEdit:
        def __init__(self, db: Database) -> None:
            self.db = db

        @use_case(Permission.EDIT)
        def run(self) -> None:
            with self.db.unit_of_work() as session:
                employee = session.scalars(select(Employee).where(Employee.id == employee_id)).one()
                # The row changes under the session after it was read (SQLite's write lock
                # keeps a real second writer out, so the change is made in-transaction; it
                # is rolled back with the refusal, so the message cannot name its author).
                session.connection().exec_driver_sql(
                    "UPDATE employee SET revision = revision + 1, updated_by = 'operator', "
                    "telepon = '0812999999' WHERE id = ?",
                    (employee_id,),
                )
                employee.telepon = "0812111111"
                stamp_change(session, self.db.actor, employee)

    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain"):
        LongEdit(first).run()
    assert EmployeeService(second).get(employee_id).draft.telepon == ""
