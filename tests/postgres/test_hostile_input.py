"""NUL on PostgreSQL: text columns cannot hold it, and the driver's refusal ("PostgreSQL text
fields cannot contain NUL (0x00) bytes") must never reach the clerk: the input policy refuses
it first, with our message naming the field, and nothing is written."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, RankEntry
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import OrgUnitService

pytestmark = pytest.mark.postgres

TODAY = date(2026, 11, 27)


def _draft(**changes: object) -> EmployeeDraft:
    values: dict[str, object] = {
        "nip": "197001012000031001",
        "nama": "Ujang Saepudin",
        "tanggal_lahir": date(1970, 1, 1),
        "jenis_kelamin": "L",
    }
    values.update(changes)
    return EmployeeDraft(**values)  # type: ignore[arg-type]


def test_nul_is_refused_with_our_message_not_a_driver_error(pg_db: Database) -> None:
    employees = EmployeeService(pg_db)
    before = employees.count()

    with pytest.raises(ValidationFailed) as caught:
        employees.create(_draft(gelar_depan="Dr.\x00"), today=TODAY)

    assert [p.field for p in caught.value.problems] == ["gelar_depan"]
    assert caught.value.problems[0].message.startswith(
        "Gelar depan berisi karakter kendali U+0000 (NUL) pada posisi 4;"
    )
    assert "0x00" not in str(caught.value) and "\x00" not in str(caught.value)
    assert employees.count() == before

    # The history entries and the unit tree the same way.
    employee_id = employees.create(_draft(), today=TODAY)
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(employee_id, RankEntry(31, date(2000, 3, 1), "813/\x00"))
    assert [p.field for p in caught.value.problems] == ["sk_nomor"]
    assert employees.histories(employee_id)["pangkat"] == []

    units = OrgUnitService(pg_db)
    with pytest.raises(ValidationFailed) as caught:
        units.create("NUL-1", "Bidang\x00")
    assert [p.field for p in caught.value.problems] == ["nama"]
    assert all(u.kode != "NUL-1" for u in units.tree())
