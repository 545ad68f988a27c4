"""Changing the unit tree: moving a unit with its subtree, retiring an empty unit and putting
it back, renaming with the former names kept, and what follows in the register."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import select
from unit_races import assert_one_rename_won, race_renames

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.db.models import Employee, OrgUnit, UnitHistory
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService, LeavingEntry, UnitEntry
from asn_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    StaleRecord,
    ValidationFailed,
)
from asn_desktop.services.org_units import FormerName, OrgUnitService

from .helpers import SITI, TODAY, change_seq, make_draft, row


@pytest.fixture
def tree(units: OrgUnitService) -> dict[str, int]:
    """DINAS > (BID-APL > (SEKSI-A > SUB-A1), BID-UM > SUBBAG-KEU), and a second root UPT."""
    made: dict[str, int] = {}
    made["DINAS"] = units.create("DINAS", "Dinas Komunikasi dan Informatika")
    made["BID-APL"] = units.create("BID-APL", "Bidang Aplikasi Informatika", made["DINAS"], 1)
    made["SEKSI-A"] = units.create("SEKSI-A", "Seksi Infrastruktur", made["BID-APL"])
    made["SUB-A1"] = units.create("SUB-A1", "Subseksi Jaringan", made["SEKSI-A"])
    made["BID-UM"] = units.create("BID-UM", "Sekretariat", made["DINAS"], 2)
    made["SUBBAG-KEU"] = units.create("SUBBAG-KEU", "Subbagian Keuangan", made["BID-UM"])
    made["UPT"] = units.create("UPT", "UPT Pusat Data", urutan=5)
    return made


def revision(units: OrgUnitService, unit_id: int) -> int:
    return units.detail(unit_id).node.revision


def path_of(db: Database, unit_id: int) -> str:
    return str(row(db, OrgUnit, unit_id).path)


def place(employees: EmployeeService, unit_id: int, nip: str = SITI, nama: str = "Siti") -> int:
    employee_id = employees.create(make_draft(nip, nama), today=TODAY)
    employees.add_unit(employee_id, UnitEntry(unit_id, date(2016, 1, 1), f"862/{nip[-4:]}"))
    return employee_id


def audit_actions(db: Database, entity_uuid: str) -> list[str]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(AuditEntry.action)
                .where(AuditEntry.entity_uuid == entity_uuid)
                .order_by(AuditEntry.seq)
            )
        )


# -- moving --------------------------------------------------------------------------------


def test_move_takes_the_whole_subtree_along(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    seksi, upt = tree["SEKSI-A"], tree["UPT"]
    before = revision(units, seksi)
    sub_revision = revision(units, tree["SUB-A1"])

    after = units.move(seksi, upt, expected_revision=before)

    assert after == before + 1
    assert path_of(db, seksi) == f"/{upt}/{seksi}/"
    assert path_of(db, tree["SUB-A1"]) == f"/{upt}/{seksi}/{tree['SUB-A1']}/"
    assert row(db, OrgUnit, seksi).parent_id == upt
    # The paths below are derived data: the moved unit is the change, not its children.
    assert revision(units, tree["SUB-A1"]) == sub_revision
    assert [(n.kode, n.depth) for n in units.tree()][-3:] == [
        ("UPT", 0),
        ("SEKSI-A", 1),
        ("SUB-A1", 2),
    ]
    assert audit_actions(db, row(db, OrgUnit, seksi).uuid) == ["create", "update"]


def test_move_to_the_top_and_the_filter_follows(
    db: Database, units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    siti = place(employees, tree["SUB-A1"])
    assert employees.search_ids(EmployeeQuery(unit_id=tree["DINAS"])) == [siti]

    units.move(tree["SEKSI-A"], None, expected_revision=revision(units, tree["SEKSI-A"]))

    assert path_of(db, tree["SUB-A1"]) == f"/{tree['SEKSI-A']}/{tree['SUB-A1']}/"
    assert employees.search_ids(EmployeeQuery(unit_id=tree["DINAS"])) == []
    assert employees.search_ids(EmployeeQuery(unit_id=tree["SEKSI-A"])) == [siti]


def test_move_under_the_same_parent_is_not_a_change(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    seq = change_seq(db)
    before = revision(units, tree["SEKSI-A"])
    assert units.move(tree["SEKSI-A"], tree["BID-APL"], expected_revision=before) == before
    assert change_seq(db) == seq


@pytest.mark.parametrize("target", ["SEKSI-A", "SUB-A1"])
def test_move_under_itself_or_its_descendant_is_refused(
    db: Database, units: OrgUnitService, tree: dict[str, int], target: str
) -> None:
    seq = change_seq(db)
    nodes = units.tree()
    with pytest.raises(ValidationFailed, match="tidak dapat dipindahkan ke bawah") as caught:
        units.move(
            tree["SEKSI-A"], tree[target], expected_revision=revision(units, tree["SEKSI-A"])
        )
    assert [p.field for p in caught.value.problems] == ["parent_id"]
    assert units.tree() == nodes
    assert change_seq(db) == seq


def test_move_under_a_retired_or_unknown_unit_is_refused(
    units: OrgUnitService, tree: dict[str, int]
) -> None:
    units.retire(tree["SUBBAG-KEU"], expected_revision=revision(units, tree["SUBBAG-KEU"]))
    seksi = revision(units, tree["SEKSI-A"])
    with pytest.raises(ValidationFailed, match="Subbagian Keuangan tidak aktif"):
        units.move(tree["SEKSI-A"], tree["SUBBAG-KEU"], expected_revision=seksi)
    with pytest.raises(ValidationFailed, match="Unit induk tidak ada"):
        units.move(tree["SEKSI-A"], 9999, expected_revision=seksi)
    with pytest.raises(NotFound):
        units.move(9999, None, expected_revision=1)
    assert units.detail(tree["SEKSI-A"]).node.parent_id == tree["BID-APL"]


def test_move_with_a_stale_revision_is_refused(units: OrgUnitService, tree: dict[str, int]) -> None:
    seen = revision(units, tree["SEKSI-A"])
    units.rename(tree["SEKSI-A"], "Seksi Infrastruktur TIK", expected_revision=seen)
    with pytest.raises(StaleRecord, match="Seksi Infrastruktur TIK"):
        units.move(tree["SEKSI-A"], tree["UPT"], expected_revision=seen)
    assert units.detail(tree["SEKSI-A"]).node.parent_id == tree["BID-APL"]


# -- retiring ------------------------------------------------------------------------------


def test_retire_is_refused_while_staff_are_placed_in_it_or_below(
    db: Database, units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    place(employees, tree["SUB-A1"])
    place(employees, tree["SEKSI-A"], nip="198503152010011002", nama="Ahmad")
    seq = change_seq(db)
    with pytest.raises(ValidationFailed, match="masih ditempati 1 pegawai aktif"):
        units.retire(tree["SUB-A1"], expected_revision=revision(units, tree["SUB-A1"]))
    with pytest.raises(ValidationFailed, match="masih ditempati 2 pegawai aktif"):
        units.retire(tree["SEKSI-A"], expected_revision=revision(units, tree["SEKSI-A"]))
    assert change_seq(db) == seq
    assert units.detail(tree["SEKSI-A"]).active_employees == 2
    assert units.detail(tree["SUB-A1"]).nonaktif_sejak is None


def test_retire_is_refused_while_units_in_use_are_below(
    units: OrgUnitService, tree: dict[str, int]
) -> None:
    with pytest.raises(ValidationFailed, match="masih ada 1 unit aktif") as caught:
        units.retire(tree["SEKSI-A"], expected_revision=revision(units, tree["SEKSI-A"]))
    assert "Seksi Infrastruktur" in str(caught.value)
    with pytest.raises(ValidationFailed, match="masih ada 2 unit aktif"):
        units.retire(tree["DINAS"], expected_revision=revision(units, tree["DINAS"]))


def test_staff_who_left_do_not_keep_a_unit_in_use(
    units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    siti = place(employees, tree["SUB-A1"])
    employees.record_leaving(
        siti,
        LeavingEntry("pensiun", date(2026, 6, 1), "Batas usia pensiun", "800/BUP/2026"),
        expected_revision=employees.get(siti).revision,
        today=TODAY,
    )
    assert units.detail(tree["SUB-A1"]).active_employees == 0
    units.retire(tree["SUB-A1"], expected_revision=revision(units, tree["SUB-A1"]))
    assert units.detail(tree["SUB-A1"]).node.retired


def test_retire_then_reactivate(
    db: Database, units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    sub = tree["SUB-A1"]
    siti = place(employees, sub)
    employees.add_unit(siti, UnitEntry(tree["BID-UM"], date(2020, 1, 1), "862/20"))
    before = revision(units, sub)

    after = units.retire(sub, expected_revision=before, today=TODAY)

    detail = units.detail(sub)
    assert (after, detail.nonaktif_sejak, detail.node.retired) == (before + 1, TODAY, True)
    # Gone from what filters and pickers offer, kept for the dialog and the histories.
    assert sub not in [n.id for n in units.tree()]
    everything = units.tree(include_retired=True)
    assert [(n.kode, n.retired) for n in everything if n.id == sub] == [("SUB-A1", True)]
    assert units.by_kode("SUB-A1").retired
    with db.reading() as session:
        names = session.scalars(
            select(UnitHistory.unit_nama).where(UnitHistory.employee_id == siti)
        ).all()
    assert "Subseksi Jaringan" in names
    # Nothing new goes under a retired unit.
    with pytest.raises(ValidationFailed, match="tidak aktif"):
        units.create("SUB-A1.1", "Kelompok Baru", sub)

    units.reactivate(sub, expected_revision=after)

    assert units.detail(sub).nonaktif_sejak is None
    assert sub in [n.id for n in units.tree()]
    assert audit_actions(db, row(db, OrgUnit, sub).uuid) == ["create", "update", "update"]


def test_reactivate_under_a_retired_parent_is_refused(
    units: OrgUnitService, tree: dict[str, int]
) -> None:
    units.retire(tree["SUB-A1"], expected_revision=revision(units, tree["SUB-A1"]))
    units.retire(tree["SEKSI-A"], expected_revision=revision(units, tree["SEKSI-A"]))
    with pytest.raises(ValidationFailed, match=r"induknya \(Seksi Infrastruktur\) tidak aktif"):
        units.reactivate(tree["SUB-A1"], expected_revision=revision(units, tree["SUB-A1"]))
    # A retired unit is not moved either: it is put back in use first.
    with pytest.raises(ValidationFailed, match="aktifkan kembali dahulu"):
        units.move(tree["SUB-A1"], tree["UPT"], expected_revision=revision(units, tree["SUB-A1"]))


def test_retire_with_a_stale_revision_is_refused(
    units: OrgUnitService, tree: dict[str, int]
) -> None:
    seen = revision(units, tree["UPT"])
    units.rename(tree["UPT"], "UPT Pusat Data Daerah", expected_revision=seen)
    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain"):
        units.retire(tree["UPT"], expected_revision=seen)
    assert not units.detail(tree["UPT"]).node.retired


# -- renaming ------------------------------------------------------------------------------


def test_rename_keeps_the_former_names_with_their_dates(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    unit_id = tree["BID-APL"]
    first = units.rename(
        unit_id,
        "Bidang Aplikasi dan Informatika",
        expected_revision=revision(units, unit_id),
        today=date(2025, 1, 2),
    )
    units.rename(
        unit_id,
        "Bidang E-Government",
        "BID-EGOV",
        expected_revision=first,
        today=TODAY,
    )

    detail = units.detail(unit_id)
    assert (detail.node.nama, detail.node.kode) == ("Bidang E-Government", "BID-EGOV")
    assert detail.former_names == (
        FormerName("Bidang Aplikasi Informatika", "BID-APL", date(2025, 1, 2)),
        FormerName("Bidang Aplikasi dan Informatika", "BID-APL", TODAY),
    )
    assert audit_actions(db, row(db, OrgUnit, unit_id).uuid) == ["create", "update", "update"]


def test_rename_with_a_stale_revision_is_refused(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    unit_id = tree["BID-APL"]
    seen = revision(units, unit_id)
    units.rename(unit_id, "Bidang Aplikasi Informatika dan Persandian", expected_revision=seen)
    seq = change_seq(db)

    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain") as caught:
        units.rename(unit_id, "Bidang Lain", expected_revision=seen)

    assert f"oleh {db.actor}" in str(caught.value)
    assert units.detail(unit_id).node.nama == "Bidang Aplikasi Informatika dan Persandian"
    assert len(units.detail(unit_id).former_names) == 1
    assert change_seq(db) == seq


def test_rename_updates_the_register_but_not_the_histories(
    db: Database, units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    siti = place(employees, tree["SEKSI-A"])
    other = place(employees, tree["BID-UM"], nip="198503152010011002", nama="Ahmad")
    revisions = {e: employees.get(e).revision for e in (siti, other)}
    seq = change_seq(db)

    units.rename(
        tree["SEKSI-A"],
        "Seksi Infrastruktur TIK",
        expected_revision=revision(units, tree["SEKSI-A"]),
    )

    assert row(db, Employee, siti).unit_nama == "Seksi Infrastruktur TIK"
    assert row(db, Employee, other).unit_nama == "Sekretariat"
    assert employees.rows([siti])[siti].unit == "Seksi Infrastruktur TIK"
    # The cache is derived data: the employees' records did not change.
    assert {e: employees.get(e).revision for e in (siti, other)} == revisions
    assert change_seq(db) == seq + 1  # the unit only
    # The placement keeps the name the unit had then (a snapshot for printed documents).
    with db.reading() as session:
        names = session.scalars(
            select(UnitHistory.unit_nama).where(UnitHistory.employee_id == siti)
        ).all()
    assert names == ["Seksi Infrastruktur"]


def test_the_unit_name_cache_stays_after_a_later_history_change(
    db: Database, units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    siti = place(employees, tree["SEKSI-A"])
    units.rename(tree["SEKSI-A"], "Seksi TIK", expected_revision=revision(units, tree["SEKSI-A"]))
    # Another placement, older than the current one: the current unit stays SEKSI-A.
    employees.add_unit(
        siti, UnitEntry(tree["BID-UM"], date(2015, 6, 1), "862/15"), confirm_earlier=True
    )
    assert row(db, Employee, siti).unit_nama == "Seksi TIK"


def test_rename_to_the_same_name_is_not_a_change(
    db: Database, units: OrgUnitService, tree: dict[str, int]
) -> None:
    seen = revision(units, tree["UPT"])
    assert units.rename(tree["UPT"], " UPT  Pusat Data ", "UPT", expected_revision=seen) == seen
    assert units.detail(tree["UPT"]).former_names == ()


def test_a_viewer_may_not_change_the_tree(db_path: Any, tree: dict[str, int]) -> None:
    viewer = open_as(db_path, "viewer")
    try:
        units = OrgUnitService(viewer)
        seen = revision(units, tree["SEKSI-A"])
        calls: list[Callable[[], Any]] = [
            lambda: units.move(tree["SEKSI-A"], None, expected_revision=seen),
            lambda: units.retire(tree["SUB-A1"], expected_revision=1),
            lambda: units.reactivate(tree["SUB-A1"], expected_revision=1),
            lambda: units.rename(tree["SEKSI-A"], "Seksi X", expected_revision=seen),
        ]
        for call in calls:
            with pytest.raises(PermissionDenied, match="tidak berhak"):
                call()
        assert units.detail(tree["SEKSI-A"]).node.revision == seen
    finally:
        viewer.close()


# -- two clerks at once (SQLite: the file's write lock serialises them) --------------------


@pytest.fixture
def second_clerk(db: Database, db_path: Any) -> Iterator[Database]:
    other = open_as(db_path, "operator")
    yield other
    other.close()


def test_two_renames_at_once_one_wins_on_sqlite(
    monkeypatch: pytest.MonkeyPatch,
    db: Database,
    second_clerk: Database,
    units: OrgUnitService,
    tree: dict[str, int],
) -> None:
    unit_id = tree["BID-APL"]
    for _round in range(5):
        seen = revision(units, unit_id)
        winners, errors = race_renames(
            monkeypatch, db, second_clerk, unit_id, seen, meet_after_check=False
        )
        assert_one_rename_won(
            units, unit_id, seen, winners, errors, {"Satu": "admin", "Dua": "operator"}
        )


def test_nobody_can_be_placed_in_a_retired_unit(
    units: OrgUnitService, employees: EmployeeService, tree: dict[str, int]
) -> None:
    from asn_desktop.services.errors import ValidationFailed

    units.retire(tree["SUBBAG-KEU"], expected_revision=revision(units, tree["SUBBAG-KEU"]))
    siti = place(employees, tree["SEKSI-A"])
    with pytest.raises(ValidationFailed, match="sudah tidak aktif"):
        employees.add_unit(siti, UnitEntry(tree["SUBBAG-KEU"], date(2026, 1, 1), "862/26"))
