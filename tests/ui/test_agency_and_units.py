"""Agency identity and the unit tree, edited from the GUI through their services."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.ui.agency_dialog import AgencyDialog
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.unit_dialog import UnitDialog, UnitEditDialog


def test_agency_code_is_validated_then_saved(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    dialog = AgencyDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.kode.setText("dinas kominfo!")
    dialog.nama.setText("")
    assert dialog.save() is True  # started: the service checks, in the worker
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
    assert dialog.result() != dialog.DialogCode.Accepted.value
    # The real problem, not "wajib diisi" (issue 7): the space and the "!".
    assert "Kode instansi tidak boleh berisi spasi, '!'" in dialog.rows["kode"].error.text()
    assert "wajib diisi" not in dialog.rows["kode"].error.text()
    assert "Nama instansi wajib diisi" in dialog.rows["nama"].error.text()
    assert db.agency_code != "DINAS KOMINFO!"

    dialog.kode.setText(" diskominfo ")
    dialog.nama.setText("Dinas  Komunikasi dan Informatika")
    assert dialog.save() is True
    qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted.value, timeout=10000)
    assert (db.agency_code, db.agency_name) == (
        "DISKOMINFO",
        "Dinas Komunikasi dan Informatika",
    )


def _answer(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kode: str, nama: str) -> list[bool]:
    """Make UnitEditDialog.exec fill the fields and press Save, as a user would, and wait
    until the save (in the worker) is done. Returns, per save, whether the service ran on
    the GUI thread."""
    on_gui_thread: list[bool] = []
    create, rename = OrgUnitService.create, OrgUnitService.rename

    def traced(method: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            return method(*args, **kwargs)

        return call

    monkeypatch.setattr(OrgUnitService, "create", traced(create))
    monkeypatch.setattr(OrgUnitService, "rename", traced(rename))

    def exec_(self: UnitEditDialog) -> int:
        self.kode.setText(kode)
        self.nama.setText(nama)
        self.buttons.accepted.emit()
        qtbot.waitUntil(lambda: self.operation is not None and not self.saving, timeout=10000)
        return int(self.result())

    monkeypatch.setattr(UnitEditDialog, "exec", exec_)
    return on_gui_thread


def test_add_a_unit_under_the_selected_one(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = OrgUnitService(db)
    dialog = UnitDialog(service, runner)
    qtbot.addWidget(dialog)
    root = dialog.tree.topLevelItem(0)
    dialog.tree.setCurrentItem(root)
    parent = dialog.selected()
    assert parent is not None

    on_gui_thread = _answer(qtbot, monkeypatch, f"{parent.kode}.99", "Seksi Uji Coba")
    dialog.add_unit()

    assert on_gui_thread == [False]
    assert dialog.changed
    node = service.by_kode(f"{parent.kode}.99")
    assert (node.nama, node.parent_id) == ("Seksi Uji Coba", parent.id)
    assert dialog.selected() == node


def test_duplicate_code_is_shown_and_nothing_added(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = OrgUnitService(db)
    before = service.tree()
    dialog = UnitDialog(service, runner)
    qtbot.addWidget(dialog)
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    problems: list[str] = []

    def exec_(self: UnitEditDialog) -> int:
        self.kode.setText(before[1].kode)  # already used
        self.nama.setText("Bidang Kembar")
        self.buttons.accepted.emit()
        qtbot.waitUntil(lambda: not self.saving, timeout=10000)
        problems.append(self.rows["kode"].error.text())
        return 0

    monkeypatch.setattr(UnitEditDialog, "exec", exec_)
    dialog.add_unit()

    assert problems and "sudah ada" in problems[0]
    assert not dialog.changed
    assert service.tree() == before


def test_renamed_unit_shows_in_the_register(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = OrgUnitService(db)
    employees = EmployeeService(db)
    some_id = employees.search_ids(EmployeeQuery())[0]
    unit_id = employees.get(some_id).unit_id
    assert unit_id is not None
    dialog = UnitDialog(service, runner)
    qtbot.addWidget(dialog)

    def find(item):  # type: ignore[no-untyped-def]
        if item.data(0, 256).id == unit_id:
            return item
        for i in range(item.childCount()):
            hit = find(item.child(i))
            if hit is not None:
                return hit
        return None

    dialog.tree.setCurrentItem(find(dialog.tree.topLevelItem(0)))
    kode = dialog.selected().kode  # type: ignore[union-attr]
    on_gui_thread = _answer(qtbot, monkeypatch, kode, "Seksi Bernama Baru")
    dialog.rename_unit()
    assert on_gui_thread == [False]

    assert employees.rows([some_id])[some_id].unit == "Seksi Bernama Baru"
