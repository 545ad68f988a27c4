"""The agency's unit tree: creation, materialised paths, the ordered tree, look-up by kode."""

from __future__ import annotations

from datetime import date

import pytest

from asn_desktop.db.models import OrgUnit
from asn_desktop.services.database import AGENCY_CODE_KEY, Database
from asn_desktop.services.employees import EmployeeService, UnitEntry
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitNode

from .helpers import SITI, TODAY, change_seq, make_draft, row


@pytest.fixture
def tree(units: OrgUnitService) -> dict[str, int]:
    """DINAS > (BID-UM [urutan 2] > SUBBAG-KEU, BID-APL [urutan 1] > (SEKSI-B, SEKSI-A))."""
    made: dict[str, int] = {}
    made["DINAS"] = units.create("DINAS", "Dinas Komunikasi dan Informatika")
    made["BID-UM"] = units.create("BID-UM", "Sekretariat", made["DINAS"], 2)
    made["BID-APL"] = units.create("BID-APL", "Bidang Aplikasi Informatika", made["DINAS"], 1)
    made["SUBBAG-KEU"] = units.create("SUBBAG-KEU", "Subbagian Keuangan", made["BID-UM"])
    # Same urutan: siblings are then ordered by name.
    made["SEKSI-B"] = units.create("SEKSI-B", "Seksi Pengembangan Aplikasi", made["BID-APL"])
    made["SEKSI-A"] = units.create("SEKSI-A", "Seksi Infrastruktur", made["BID-APL"])
    return made


def test_path_is_materialised(db: Database, tree: dict[str, int]) -> None:
    def path(kode: str) -> str:
        return str(row(db, OrgUnit, tree[kode]).path)

    dinas, bidang = tree["DINAS"], tree["BID-APL"]
    assert path("DINAS") == f"/{dinas}/"
    assert path("BID-APL") == f"/{dinas}/{bidang}/"
    assert path("SEKSI-A") == f"/{dinas}/{bidang}/{tree['SEKSI-A']}/"
    assert path("SUBBAG-KEU") == f"/{dinas}/{tree['BID-UM']}/{tree['SUBBAG-KEU']}/"
    assert row(db, OrgUnit, bidang).parent_id == dinas


def test_tree_lists_parents_before_children_with_depth(
    units: OrgUnitService, tree: dict[str, int]
) -> None:
    nodes = units.tree()

    assert [(n.kode, n.depth) for n in nodes] == [
        ("DINAS", 0),
        ("BID-APL", 1),
        ("SEKSI-A", 2),
        ("SEKSI-B", 2),
        ("BID-UM", 1),
        ("SUBBAG-KEU", 2),
    ]
    assert nodes[0] == UnitNode(tree["DINAS"], "DINAS", "Dinas Komunikasi dan Informatika", None, 0)
    assert nodes[2].parent_id == tree["BID-APL"]


def test_tree_with_several_roots(units: OrgUnitService) -> None:
    units.create("UPT-2", "UPT Pusat Data", urutan=2)
    units.create("UPT-1", "UPT Layanan", urutan=1)
    units.create("DINAS", "Dinas Komunikasi dan Informatika", urutan=1)

    assert [n.kode for n in units.tree()] == ["DINAS", "UPT-1", "UPT-2"]
    assert all(n.depth == 0 for n in units.tree())


def test_tree_of_empty_database(units: OrgUnitService) -> None:
    assert units.tree() == []


def test_by_kode(units: OrgUnitService, tree: dict[str, int]) -> None:
    assert units.by_kode("DINAS").depth == 0
    assert units.by_kode("BID-APL") == UnitNode(
        tree["BID-APL"], "BID-APL", "Bidang Aplikasi Informatika", tree["DINAS"], 1
    )
    assert units.by_kode("SEKSI-A").depth == 2


def test_by_kode_unknown_is_not_found(units: OrgUnitService, tree: dict[str, int]) -> None:
    with pytest.raises(NotFound, match="BID-XYZ"):
        units.by_kode("BID-XYZ")


def test_create_tidies_kode_and_name(units: OrgUnitService) -> None:
    unit_id = units.create("  DINAS ", "  Dinas   Komunikasi dan\tInformatika ")
    node = units.by_kode("DINAS")
    assert (node.id, node.nama) == (unit_id, "Dinas Komunikasi dan Informatika")


def test_create_stamps_the_exchange_columns(db: Database, units: OrgUnitService) -> None:
    db.set_meta(AGENCY_CODE_KEY, "3273-DISKOMINFO")
    unit_id = units.create("DINAS", "Dinas Komunikasi dan Informatika")
    unit = row(db, OrgUnit, unit_id)
    assert (unit.revision, unit.change_seq, unit.origin_agency) == (1, 1, "3273-DISKOMINFO")
    assert unit.updated_by == db.actor
    assert len(unit.uuid) == 36


def test_duplicate_kode_is_refused(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        units.create(" BID-APL ", "Bidang Aplikasi Lain", tree["DINAS"])

    assert [p.field for p in caught.value.problems] == ["kode"]
    assert "BID-APL" in str(caught.value)
    assert len(units.tree()) == len(tree)
    assert change_seq(db) == seq


def test_unknown_parent_is_refused(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    seq = change_seq(db)
    with pytest.raises(ValidationFailed) as caught:
        units.create("SEKSI-X", "Seksi Tanpa Induk", parent_id=999)

    assert [p.field for p in caught.value.problems] == ["parent_id"]
    assert len(units.tree()) == len(tree)
    assert change_seq(db) == seq
    with pytest.raises(NotFound):
        units.by_kode("SEKSI-X")


def test_empty_kode_and_name_are_refused(units: OrgUnitService) -> None:
    with pytest.raises(ValidationFailed) as caught:
        units.create("  ", " ")
    assert [p.field for p in caught.value.problems] == ["kode", "nama"]
    assert units.tree() == []


def test_employee_count_counts_live_employees_of_the_unit_only(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    employees = EmployeeService(db)
    siti = employees.create(make_draft(SITI, "Siti Aminah"), today=TODAY)
    ahmad = employees.create(make_draft(), today=TODAY)
    for employee_id in (siti, ahmad):
        employees.add_unit(employee_id, UnitEntry(tree["SEKSI-A"], date(2016, 1, 1), "862/16"))

    assert units.employee_count(tree["SEKSI-A"]) == 2
    assert units.employee_count(tree["BID-APL"]) == 0  # direct members only
    employees.delete(ahmad, expected_revision=employees.get(ahmad).revision)
    assert units.employee_count(tree["SEKSI-A"]) == 1


def test_saving_a_unit_unchanged_is_not_a_change(db: Database, units: OrgUnitService) -> None:
    from asn_desktop.db.models import OrgUnit

    unit_id = units.create("DINAS", "Dinas Komunikasi dan Informatika")
    before = row(db, OrgUnit, unit_id).revision
    units.rename(
        unit_id, "Dinas  Komunikasi dan Informatika", "DINAS", expected_revision=before
    )
    assert row(db, OrgUnit, unit_id).revision == before
    units.rename(unit_id, "Dinas Kominfo", expected_revision=before)
    assert row(db, OrgUnit, unit_id).revision == before + 1
