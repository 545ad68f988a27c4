"""The unit tree on PostgreSQL: two clerks renaming one unit at the same moment, and moving,
retiring and renaming with the SQL of the other dialect (path concatenation, locks).

Both transactions read the unit's revision and pass the service's early check, then wait for
each other at a barrier, so only the database's "WHERE revision = N" can stop the second; the
loser is told who won. The race runs ROUNDS times.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select
from unit_races import assert_one_rename_won, race_renames

from asn_desktop.db.models import Employee, OrgUnit, UnitHistory
from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, UnitEntry
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import OrgUnitService

pytestmark = pytest.mark.postgres

ROUNDS = 20
TODAY = date(2026, 11, 27)
_codes = itertools.count(1)


@pytest.fixture
def units(pg_db: Database) -> OrgUnitService:
    return OrgUnitService(pg_db)


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def new_unit(units: OrgUnitService, nama: str, parent: int | None = None) -> int:
    return units.create(f"R{next(_codes):04d}", nama, parent)


def test_two_renames_at_once_one_wins(
    monkeypatch: pytest.MonkeyPatch,
    pg_db: Database,
    second_clerk: Database,
    units: OrgUnitService,
) -> None:
    unit_id = new_unit(units, "Bidang Balapan")
    for _round in range(ROUNDS):
        seen = units.detail(unit_id).node.revision
        winners, errors = race_renames(
            monkeypatch, pg_db, second_clerk, unit_id, seen, meet_after_check=True
        )
        assert_one_rename_won(
            units, unit_id, seen, winners, errors, {"Satu": "admin", "Dua": "operator"}
        )
    assert len(units.detail(unit_id).former_names) == ROUNDS


def test_move_retire_and_rename_on_postgres(pg_db: Database, units: OrgUnitService) -> None:
    root = new_unit(units, "Dinas Uji")
    other = new_unit(units, "UPT Uji")
    bidang = new_unit(units, "Bidang Uji", root)
    seksi = new_unit(units, "Seksi Uji", bidang)
    employees = EmployeeService(pg_db)
    person = employees.create(
        EmployeeDraft(
            nip="199002202015032901",
            nama="Siti Uji",
            tanggal_lahir=date(1990, 2, 20),
            jenis_kelamin="P",
        ),
        today=TODAY,
    )
    employees.add_unit(person, UnitEntry(seksi, date(2016, 1, 1), "862/16"))

    units.move(bidang, other, expected_revision=units.detail(bidang).node.revision)
    with pg_db.reading() as session:
        assert session.get(OrgUnit, seksi).path == f"/{other}/{bidang}/{seksi}/"  # type: ignore[union-attr]
    with pytest.raises(ValidationFailed, match="ke bawah unit di bawahnya"):
        units.move(other, seksi, expected_revision=units.detail(other).node.revision)
    with pytest.raises(ValidationFailed, match="masih ditempati 1 pegawai aktif"):
        units.retire(bidang, expected_revision=units.detail(bidang).node.revision)

    revision_before = employees.get(person).revision
    units.rename(seksi, "Seksi Uji Baru", expected_revision=units.detail(seksi).node.revision)
    with pg_db.reading() as session:
        employee = session.get(Employee, person)
        assert employee is not None
        assert (employee.unit_nama, employee.revision) == ("Seksi Uji Baru", revision_before)
        assert session.scalars(
            select(UnitHistory.unit_nama).where(UnitHistory.employee_id == person)
        ).all() == ["Seksi Uji"]

    empty = new_unit(units, "Seksi Kosong", other)
    retired = units.retire(empty, expected_revision=units.detail(empty).node.revision)
    assert empty not in [n.id for n in units.tree()]
    units.reactivate(empty, expected_revision=retired)
    assert empty in [n.id for n in units.tree()]
