"""Two clerks of BKPSDM save the same employee at once on one PostgreSQL database.

Both transactions read revision N and pass the service's check before either writes; the
version column's "WHERE revision = N" is then the only thing between the second writer
and a silent overwrite (the foundation lost 20 races of 20 here).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from races import (
    assert_exactly_one_won,
    delete_it,
    race_two_writers,
    telepon_of,
    update_telepon,
)

from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService

from .test_employees import TODAY, draft

pytestmark = pytest.mark.postgres

ROUNDS = 20


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def test_two_writers_of_one_revision_exactly_one_wins(
    pg_db: Database, second_clerk: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = EmployeeService(pg_db)
    employee_id = service.create(draft("Rina Balapan", date(1988, 4, 4), "P"), today=TODAY)
    for round_no in range(ROUNDS):
        record = service.get(employee_id)
        winners, errors = race_two_writers(
            monkeypatch,
            pg_db,
            second_clerk,
            update_telepon(employee_id, record.draft, record.revision, TODAY, round_no),
            meet_after_check=True,
        )
        winner = "admin" if winners == ["satu"] else "operator"
        assert_exactly_one_won(winners, errors, loser_hears=winner)
        after = service.get(employee_id)
        assert after.revision == record.revision + 1
        assert after.draft.telepon == telepon_of(winners[0], round_no)
    assert AuditService(pg_db).verify() is None


def test_delete_racing_an_edit_loses_or_wins_whole(
    pg_db: Database, second_clerk: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = EmployeeService(pg_db)
    employee_id = service.create(draft("Dodi Balapan", date(1979, 9, 9)), today=TODAY)
    record = service.get(employee_id)
    edit = update_telepon(employee_id, record.draft, record.revision, TODAY)
    remove = delete_it(employee_id, record.revision)

    def either(service: EmployeeService, label: str) -> None:
        (edit if label == "satu" else remove)(service, label)

    winners, errors = race_two_writers(
        monkeypatch, pg_db, second_clerk, either, meet_after_check=True
    )
    winner = "admin" if winners == ["satu"] else "operator"
    assert_exactly_one_won(winners, errors, loser_hears=winner)
