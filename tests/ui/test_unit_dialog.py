"""The unit dialog: moving a unit, retiring and reactivating one, renaming with the former
names shown, refusals in words, and the main window's unit filter following every change.

Editors are answered by patching their exec (as tests/ui/test_agency_and_units.py does); the
writes run in the worker and each test waits for its Operation to finish.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.unit_dialog import UnitDialog, UnitEditDialog, UnitMoveDialog

from .conftest import header_query, wait_for_ids

WAIT = 10000


def make_dialog(qtbot: QtBot, db: Database, runner: TaskRunner) -> UnitDialog:
    dialog = UnitDialog(OrgUnitService(db), runner)
    qtbot.addWidget(dialog)
    return dialog


def select(dialog: UnitDialog, unit_id: int) -> UnitNode:
    item = dialog.item_of(unit_id)
    assert item is not None, f"unit {unit_id} is not shown"
    dialog.tree.setCurrentItem(item)
    node = dialog.selected()
    assert node is not None and node.id == unit_id
    return node


def answer_editor(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, kode: str | None, nama: str
) -> list[str]:
    """UnitEditDialog.exec types kode (None: leave it) and nama and presses Save, then waits
    for the save; returns the problems shown under the name, per exec."""
    shown: list[str] = []

    def exec_(self: UnitEditDialog) -> int:
        if kode is not None:
            self.kode.setText(kode)
        self.nama.setText(nama)
        self.buttons.accepted.emit()
        qtbot.waitUntil(lambda: self.operation is not None and not self.saving, timeout=WAIT)
        shown.append(self.rows["nama"].problem())
        return int(self.result())

    monkeypatch.setattr(UnitEditDialog, "exec", exec_)
    return shown


def answer_move(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, parent_id: int | None
) -> list[list[Any]]:
    """UnitMoveDialog.exec chooses parent_id and presses Save; returns what it offered."""
    offered: list[list[Any]] = []

    def exec_(self: UnitMoveDialog) -> int:
        choice = self.parent_choice
        offered.append([choice.itemData(i) for i in range(choice.count())])
        choice.setCurrentIndex(choice.findData(parent_id))
        self.buttons.accepted.emit()
        qtbot.waitUntil(lambda: self.operation is not None and not self.saving, timeout=WAIT)
        return int(self.result())

    monkeypatch.setattr(UnitMoveDialog, "exec", exec_)
    return offered


def answer_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_args, **_kwargs: answer)


def wait_written(qtbot: QtBot, dialog: UnitDialog) -> None:
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=WAIT)


def staffed_and_empty(db: Database) -> tuple[UnitNode, UnitNode]:
    """A unit with active staff (and units below it), and a new empty unit under it."""
    service = OrgUnitService(db)
    staffed = next(
        n for n in service.tree() if n.depth == 1 and service.detail(n.id).active_employees
    )
    empty_id = service.create(f"{staffed.kode}.KOSONG", "Seksi Kosong", staffed.id)
    return staffed, service.detail(empty_id).node


# -- moving --------------------------------------------------------------------------------


def test_move_a_unit_under_another(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    staffed, empty = staffed_and_empty(db)
    service = OrgUnitService(db)
    other = next(n for n in service.tree() if n.depth == 1 and n.id != staffed.id)
    dialog = make_dialog(qtbot, db, runner)
    select(dialog, staffed.id)

    offered = answer_move(qtbot, monkeypatch, other.id)
    dialog.move_unit()

    # Never under itself or below itself: its own subtree is not offered.
    assert offered and None in offered[0] and other.id in offered[0]
    assert staffed.id not in offered[0] and empty.id not in offered[0]
    assert dialog.changed
    assert service.detail(staffed.id).node.parent_id == other.id
    moved = dialog.item_of(empty.id)
    assert moved is not None and moved.parent() is dialog.item_of(staffed.id)
    assert dialog.item_of(staffed.id).parent() is dialog.item_of(other.id)  # type: ignore[union-attr]
    assert dialog.selected() == service.detail(staffed.id).node


def test_a_stale_move_is_refused_in_words(
    qtbot: QtBot,
    db: Database,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    staffed, empty = staffed_and_empty(db)
    dialog = make_dialog(qtbot, db, runner)
    node = select(dialog, empty.id)
    # Another clerk renames it after this dialog read it.
    OrgUnitService(db).rename(empty.id, "Seksi Kosong Sekali", expected_revision=node.revision)

    answer_move(qtbot, monkeypatch, None)
    dialog.move_unit()

    assert len(dialogs_shown) == 1 and "sudah diubah di tempat lain" in dialogs_shown[0]
    dialogs_shown.clear()
    assert OrgUnitService(db).detail(empty.id).node.parent_id == staffed.id


# -- retiring ------------------------------------------------------------------------------


def test_retire_is_refused_with_the_count_of_staff(
    qtbot: QtBot,
    db: Database,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    staffed, _empty = staffed_and_empty(db)
    detail = OrgUnitService(db).detail(staffed.id)
    count, children = detail.active_employees, detail.live_children
    dialog = make_dialog(qtbot, db, runner)
    select(dialog, staffed.id)
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)

    dialog.retire_unit()
    wait_written(qtbot, dialog)

    assert len(dialogs_shown) == 1, dialogs_shown
    assert f"masih ditempati {count} pegawai aktif" in dialogs_shown[0]
    assert f"masih ada {children} unit aktif" in dialogs_shown[0]
    dialogs_shown.clear()
    assert not dialog.changed
    assert not OrgUnitService(db).detail(staffed.id).node.retired


def test_retire_asks_first_and_no_leaves_it(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _staffed, empty = staffed_and_empty(db)
    dialog = make_dialog(qtbot, db, runner)
    select(dialog, empty.id)
    answer_question(monkeypatch, QMessageBox.StandardButton.No)
    dialog.retire_unit()
    assert dialog.operation is None
    assert not OrgUnitService(db).detail(empty.id).node.retired


def test_retire_then_show_greyed_then_reactivate(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _staffed, empty = staffed_and_empty(db)
    dialog = make_dialog(qtbot, db, runner)
    select(dialog, empty.id)
    assert dialog.retire_button.isEnabled() and not dialog.reactivate_button.isEnabled()
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)

    dialog.retire_unit()
    wait_written(qtbot, dialog)

    assert dialog.changed
    assert OrgUnitService(db).detail(empty.id).node.retired
    assert dialog.item_of(empty.id) is None  # the tree of units in use

    dialog.show_retired.setChecked(True)
    item = dialog.item_of(empty.id)
    assert item is not None
    assert item.text(0) == "Seksi Kosong (tidak aktif)"
    assert item.foreground(0).color() != dialog.item_of(_staffed.id).foreground(0).color()  # type: ignore[union-attr]
    select(dialog, empty.id)
    assert "Tidak aktif sejak" in dialog.details.text()
    assert dialog.reactivate_button.isEnabled()
    assert not dialog.retire_button.isEnabled() and not dialog.move_button.isEnabled()
    assert not dialog.add_button.isEnabled()  # nothing new under a retired unit

    dialog.reactivate_unit()
    wait_written(qtbot, dialog)

    assert not OrgUnitService(db).detail(empty.id).node.retired
    item = dialog.item_of(empty.id)
    assert item is not None and item.text(0) == "Seksi Kosong"
    assert dialog.selected() is not None and dialog.selected().id == empty.id  # type: ignore[union-attr]


# -- renaming ------------------------------------------------------------------------------


def test_rename_shows_the_former_name(
    qtbot: QtBot, db: Database, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    _staffed, empty = staffed_and_empty(db)
    dialog = make_dialog(qtbot, db, runner)
    select(dialog, empty.id)
    assert "Nama sebelumnya" not in dialog.details.text()

    answer_editor(qtbot, monkeypatch, None, "Seksi Baru Sekali")
    dialog.rename_unit()

    assert dialog.item_of(empty.id).text(0) == "Seksi Baru Sekali"  # type: ignore[union-attr]
    assert dialog.selected() is not None and dialog.selected().id == empty.id  # type: ignore[union-attr]
    text = dialog.details.text()
    assert "Nama sebelumnya:" in text
    assert f"Seksi Kosong ({empty.kode}), sampai" in text


def test_a_stale_rename_is_refused_and_nothing_saved(
    qtbot: QtBot,
    db: Database,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    _staffed, empty = staffed_and_empty(db)
    dialog = make_dialog(qtbot, db, runner)
    node = select(dialog, empty.id)
    OrgUnitService(db).rename(empty.id, "Seksi Dari Tempat Lain", expected_revision=node.revision)

    answer_editor(qtbot, monkeypatch, None, "Seksi Dari Dialog")
    dialog.rename_unit()

    assert len(dialogs_shown) == 1 and "sudah diubah di tempat lain" in dialogs_shown[0]
    dialogs_shown.clear()
    assert OrgUnitService(db).detail(empty.id).node.nama == "Seksi Dari Tempat Lain"
    assert not dialog.changed


# -- the register's unit filter follows ----------------------------------------------------


def filter_texts(window: MainWindow) -> list[str]:
    combo = window.register.unit_filter
    return [combo.itemText(i).strip() for i in range(combo.count())]


def test_the_unit_filter_follows_the_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert window.db is not None
    dialog = UnitDialog(OrgUnitService(window.db), window.runner, window)
    qtbot.addWidget(dialog)
    top = window.units[0]
    select(dialog, top.id)

    answer_editor(qtbot, monkeypatch, f"{top.kode}.UJI", "Seksi Uji Filter")
    dialog.add_unit()
    qtbot.waitUntil(lambda: "Seksi Uji Filter" in filter_texts(window), timeout=WAIT)
    made = OrgUnitService(window.db).by_kode(f"{top.kode}.UJI")

    select(dialog, made.id)
    answer_editor(qtbot, monkeypatch, None, "Seksi Uji Berganti Nama")
    dialog.rename_unit()
    qtbot.waitUntil(lambda: "Seksi Uji Berganti Nama" in filter_texts(window), timeout=WAIT)
    assert "Seksi Uji Filter" not in filter_texts(window)

    # The register shows the new, empty unit; retiring it sends the filter back to all.
    register = window.register
    register.unit_filter.setCurrentIndex(register.unit_filter.findData(made.id))
    wait_for_ids(qtbot, register, [])
    select(dialog, made.id)
    answer_question(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.retire_unit()
    wait_written(qtbot, dialog)
    qtbot.waitUntil(lambda: "Seksi Uji Berganti Nama" not in filter_texts(window), timeout=WAIT)
    assert made.id not in [u.id for u in window.units]
    assert register.unit_filter.currentData() is None
    wait_for_ids(qtbot, register, EmployeeService(window.db).search_ids(header_query(register)))
