"""Leaving the agency from the GUI: the leaving dialog (saved as an Operation, problems under
their fields) and the Pegawai menu's "Catat keluar" and "Batalkan catatan keluar"."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.ui import leaving_dialog
from asn_desktop.ui.leaving_dialog import LeavingDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA, TOTAL, wait_for_ids


@pytest.fixture
def dialog(
    qtbot: QtBot, runner: TaskRunner, service: EmployeeService, known_id: int
) -> LeavingDialog:
    record = service.get(known_id)
    made = LeavingDialog(runner, service, known_id, record.revision, KNOWN_NAMA, None)
    qtbot.addWidget(made)
    made.show()
    return made


def _choose(dialog: LeavingDialog, jenis: str) -> None:
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(jenis))


def _fill(qtbot: QtBot, dialog: LeavingDialog, *, sk: str = "800/PENS/2025") -> None:
    qtbot.keyClicks(dialog.tanggal, "01-04-2025")
    qtbot.keyClicks(dialog.alasan, "Mencapai batas usia pensiun")
    qtbot.keyClicks(dialog.sk_nomor, sk)
    qtbot.keyClicks(dialog.sk_tanggal, "15-01-2025")


def _problem(dialog: LeavingDialog, field: str) -> str:
    return dialog.rows[field].problem()


def test_the_kinds_and_the_destination_only_for_a_transfer(dialog: LeavingDialog) -> None:
    assert [dialog.jenis.itemText(i) for i in range(dialog.jenis.count())] == [
        "Pensiun",
        "Mutasi keluar",
        "Meninggal",
        "Berhenti atas permintaan sendiri",
        "Diberhentikan",
    ]
    assert [dialog.jenis.itemData(i) for i in range(5)] == [
        "pensiun", "mutasi_keluar", "meninggal", "aps", "diberhentikan",
    ]  # fmt: skip
    assert not dialog.instansi_tujuan.isVisible()
    _choose(dialog, "mutasi_keluar")
    assert dialog.instansi_tujuan.isVisible()
    _choose(dialog, "meninggal")
    assert not dialog.instansi_tujuan.isVisible()
    assert dialog.sk_nomor.placeholderText() == "(boleh kosong)"


def test_saving_records_the_retirement_in_the_worker(
    qtbot: QtBot, dialog: LeavingDialog, service: EmployeeService, known_id: int
) -> None:
    on_main_thread: list[bool] = []
    record_leaving = dialog.service.record_leaving

    def traced(*args: object, **kwargs: object) -> int:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return record_leaving(*args, **kwargs)  # type: ignore[arg-type]

    dialog.service.record_leaving = traced  # type: ignore[method-assign]
    before = service.get(known_id).revision
    _fill(qtbot, dialog)
    with qtbot.waitSignal(dialog.saved, timeout=10000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert on_main_thread == [False]
    record = service.get(known_id)
    assert saved.args == [record.revision] and record.revision > before
    assert record.keluar == "pensiun" and record.keluar_tanggal == date(2025, 4, 1)
    assert record.keluar_sk_nomor == "800/PENS/2025"
    assert record.keluar_sk_tanggal == date(2025, 1, 15)
    assert record.draft.kedudukan_hukum == "99"  # Pensiun
    assert not dialog.isVisible()
    assert known_id not in service.search_ids(EmployeeQuery())
    assert known_id in service.search_ids(EmployeeQuery(keadaan="nonaktif"))


def test_problems_show_under_their_fields_and_the_dialog_stays(
    qtbot: QtBot, dialog: LeavingDialog, service: EmployeeService, known_id: int
) -> None:
    qtbot.keyClicks(dialog.tanggal, "31-02-2025")  # no such day
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert _problem(dialog, "tanggal") != ""
    assert dialog.operation is None  # refused before the worker

    dialog.tanggal.clear()
    _choose(dialog, "mutasi_keluar")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # the service refuses
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)
    assert dialog.isVisible()
    assert "wajib" in _problem(dialog, "tanggal").lower()
    assert "wajib" in _problem(dialog, "alasan").lower()
    assert "wajib" in _problem(dialog, "sk_nomor").lower()
    assert "instansi tujuan" in _problem(dialog, "instansi_tujuan").lower()
    assert _problem(dialog, "jenis") == ""
    assert service.get(known_id).keluar == ""

    _fill(qtbot, dialog, sk="821.2/MUT/2025")
    qtbot.keyClicks(dialog.instansi_tujuan, "Pemerintah Kabupaten Bandung")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    record = service.get(known_id)
    assert record.keluar == "mutasi_keluar"
    assert record.keluar_instansi == "Pemerintah Kabupaten Bandung"
    assert record.draft.kedudukan_hukum == "01"  # a transfer keeps it


def test_a_death_needs_no_decree_number(
    qtbot: QtBot, dialog: LeavingDialog, service: EmployeeService, known_id: int
) -> None:
    _choose(dialog, "meninggal")
    qtbot.keyClicks(dialog.tanggal, "02-05-2025")
    qtbot.keyClicks(dialog.alasan, "Meninggal dunia karena sakit")
    with qtbot.waitSignal(dialog.saved, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert service.get(known_id).keluar == "meninggal"


# -- from the Pegawai menu ---------------------------------------------------------------------


def _select(window: MainWindow, employee_id: int) -> None:
    row = window.register.model.row_of(employee_id)
    assert row is not None
    window.register.table.selectRow(row)


def test_the_menu_records_and_cancels_a_leaving(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = window.register
    assert window.leaving_action.text() == "Catat &keluar dari instansi…"
    assert window.cancel_leaving_action.text() == "&Batalkan catatan keluar…"
    assert not window.leaving_action.isEnabled()  # nothing chosen yet
    _select(window, known_id)
    assert window.leaving_action.isEnabled() and not window.cancel_leaving_action.isEnabled()

    window.leaving_action.trigger()
    dialog = window.leaving_dialog
    assert isinstance(dialog, LeavingDialog) and dialog.isVisible()
    assert KNOWN_NAMA in dialog.findChildren(type(dialog.labels["jenis"]))[0].text()
    _fill(qtbot, dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.leaving_dialog is None, timeout=10000)
    # Gone from the active staff, and from the count.
    qtbot.waitUntil(lambda: register.model.row_of(known_id) is None, timeout=10000)
    qtbot.waitUntil(lambda: window.total == TOTAL - 1, timeout=10000)
    qtbot.waitUntil(
        lambda: window.count_label.text() == f"{TOTAL - 1} dari {TOTAL - 1} pegawai",
        timeout=10000,
    )
    assert "nonaktif" in window.statusBar().currentMessage()

    register.keadaan_filter.setCurrentIndex(register.keadaan_filter.findData("nonaktif"))
    wait_for_ids(qtbot, register, service.search_ids(EmployeeQuery(keadaan="nonaktif")))
    _select(window, known_id)
    assert window.cancel_leaving_action.isEnabled() and not window.leaving_action.isEnabled()
    asked: list[str] = []

    def ask_reason(_parent: object, _title: str, text: str, *_args: object) -> str | None:
        asked.append(text)
        return None if len(asked) == 1 else "Salah memilih pegawai"

    monkeypatch.setattr(leaving_dialog, "ask_reason", ask_reason)
    window.cancel_leaving_action.trigger()  # Batal
    assert service.get(known_id).keluar == "pensiun"
    window.cancel_leaving_action.trigger()
    assert "Pensiun, 01-04-2025" in asked[1] and KNOWN_NAMA in asked[1]
    qtbot.waitUntil(lambda: service.get(known_id).keluar == "", timeout=10000)
    assert service.get(known_id).draft.kedudukan_hukum == "01"
    qtbot.waitUntil(lambda: window.total == TOTAL, timeout=10000)
    wait_for_ids(qtbot, register, service.search_ids(EmployeeQuery(keadaan="nonaktif")))
    assert register.model.row_of(known_id) is None


def test_a_viewer_cannot_record_a_leaving(open_window: object, known_id: int) -> None:
    window = open_window("viewer")  # type: ignore[operator]
    _select(window, known_id)
    assert not window.leaving_action.isEnabled()
    assert not window.cancel_leaving_action.isEnabled()
    assert "tidak berhak" in window.leaving_action.toolTip()
