"""The main window and its register: search, sort, filters, status bar, delete, settings."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.ui import leaving_dialog, tasks
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings

from .conftest import KNOWN_NIP, TOTAL, header_query, sign_in, wait_for_ids

NIP, NAMA, GOLONGAN = 0, 1, 2


def _count_text(shown: int, total: int) -> str:
    from PySide6.QtCore import QLocale

    return f"{QLocale().toString(shown)} dari {QLocale().toString(total)} pegawai"


def _type_search(qtbot: QtBot, register: EmployeeRegister, text: str) -> None:
    register.search.clear()
    qtbot.keyClicks(register.search, text)


def _click_header(qtbot: QtBot, register: EmployeeRegister, column: int) -> None:
    header = register.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_opening_fills_the_register_and_the_status_bar(window: MainWindow, db_file: Path) -> None:
    assert window.register.model.rowCount() == TOTAL
    assert window.count_label.text() == _count_text(TOTAL, TOTAL)
    assert window.db_label.text() == str(db_file)
    assert window.windowTitle() == f"ASN Desktop — {db_file.name}"
    assert window.new_action.isEnabled() and window.backup_action.isEnabled()
    assert window.settings.last_database == str(db_file)


def test_typing_part_of_a_name_filters_the_table(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, known_id: int
) -> None:
    register = window.register
    for text in ("asep", "NANDAR as"):  # parts of words, in any order and case
        expected = service.search_ids(header_query(register, search=text))
        assert known_id in expected and len(expected) < TOTAL
        _type_search(qtbot, register, text)
        wait_for_ids(qtbot, register, expected)
        assert window.count_label.text() == _count_text(len(expected), TOTAL)
        for row in range(register.model.rowCount()):
            name = register.model.index(row, NAMA).data().lower()
            assert all(word in name for word in text.lower().split())

    register.search.clear()  # the clear button
    wait_for_ids(qtbot, register, service.search_ids(header_query(register)))
    assert window.count_label.text() == _count_text(TOTAL, TOTAL)


def test_typing_nip_digits_finds_the_employee(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, known_id: int
) -> None:
    register = window.register
    _type_search(qtbot, register, "19850315 201001")
    expected = service.search_ids(header_query(register, search="19850315 201001"))
    assert known_id in expected
    wait_for_ids(qtbot, register, expected)
    row = register.model.row_of(known_id)
    assert row is not None
    assert register.model.index(row, NIP).data() == "19850315 201001 1 002"

    _type_search(qtbot, register, KNOWN_NIP)
    wait_for_ids(qtbot, register, [known_id])
    assert window.count_label.text() == _count_text(1, TOTAL)

    _type_search(qtbot, register, "99999999")
    wait_for_ids(qtbot, register, [])
    assert window.count_label.text() == _count_text(0, TOTAL)


@pytest.mark.parametrize(("column", "key"), [(NIP, "nip"), (GOLONGAN, "golongan"), (4, "unit")])
def test_clicking_a_header_sorts_both_ways(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, column: int, key: str
) -> None:
    register = window.register
    header = register.table.horizontalHeader()
    seen = set()
    for _click in range(2):
        _click_header(qtbot, register, column)
        assert header.sortIndicatorSection() == column
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        seen.add(descending)
        expected = service.search_ids(EmployeeQuery(sort=key, descending=descending))
        wait_for_ids(qtbot, register, expected)
        first = service.rows(expected[:3])
        for row in range(3):
            shown = register.model.index(row, column).data()
            assert shown.replace(" ", "") == getattr(first[expected[row]], key).replace(" ", "")
    assert seen == {False, True}


def test_sorting_keeps_the_search(
    qtbot: QtBot, window: MainWindow, service: EmployeeService
) -> None:
    register = window.register
    _type_search(qtbot, register, "asep")
    wait_for_ids(qtbot, register, service.search_ids(header_query(register, search="asep")))
    _click_header(qtbot, register, NIP)
    expected = service.search_ids(header_query(register, search="asep"))
    assert header_query(register).sort == "nip"
    wait_for_ids(qtbot, register, expected)


def _unit_with_subunits(db_units: list[UnitNode], orgs: OrgUnitService) -> UnitNode:
    for unit in db_units:
        children = [u for u in db_units if u.parent_id == unit.id]
        if unit.depth == 1 and children and any(orgs.employee_count(c.id) for c in children):
            return unit
    raise AssertionError("the demo agency has no bidang with staffed sections")


def test_unit_filter_includes_the_units_below(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, units: list[UnitNode]
) -> None:
    register = window.register
    orgs = OrgUnitService(service.db)
    unit = _unit_with_subunits(units, orgs)
    expected = service.search_ids(header_query(register, unit_id=unit.id))
    assert orgs.employee_count(unit.id) < len(expected) < TOTAL

    index = register.unit_filter.findData(unit.id)
    assert register.unit_filter.itemText(index) == "    " + unit.nama  # indented by depth
    register.unit_filter.setCurrentIndex(index)
    wait_for_ids(qtbot, register, expected)
    assert window.count_label.text() == _count_text(len(expected), TOTAL)


def test_status_and_golongan_filters_combine(
    qtbot: QtBot, window: MainWindow, service: EmployeeService
) -> None:
    register = window.register
    register.status_filter.setCurrentIndex(register.status_filter.findData("PPPK"))
    expected = service.search_ids(header_query(register, status="PPPK"))
    assert 0 < len(expected) < TOTAL
    wait_for_ids(qtbot, register, expected)
    assert {register.model.index(r, 5).data() for r in range(len(expected))} == {"PPPK"}

    golongan_id = 33  # III/c
    register.status_filter.setCurrentIndex(register.status_filter.findData("PNS"))
    register.golongan_filter.setCurrentIndex(register.golongan_filter.findData(golongan_id))
    expected = service.search_ids(header_query(register, status="PNS", golongan_id=golongan_id))
    assert expected
    wait_for_ids(qtbot, register, expected)
    assert {register.model.index(r, GOLONGAN).data() for r in range(len(expected))} == {"III/c"}
    assert window.count_label.text() == _count_text(len(expected), TOTAL)

    register.status_filter.setCurrentIndex(0)
    register.golongan_filter.setCurrentIndex(0)
    wait_for_ids(qtbot, register, service.search_ids(header_query(register)))


def test_changing_a_filter_keeps_the_selected_employee(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, known_id: int
) -> None:
    register = window.register
    row = register.model.row_of(known_id)
    assert row is not None
    register.table.selectRow(row)
    assert register.current_id() == known_id

    register.status_filter.setCurrentIndex(register.status_filter.findData("PNS"))
    wait_for_ids(qtbot, register, service.search_ids(header_query(register, status="PNS")))
    assert register.current_id() == known_id

    register.table.clearSelection()
    register.table.setCurrentIndex(register.model.index(-1, -1))
    register.status_filter.setCurrentIndex(0)
    wait_for_ids(qtbot, register, service.search_ids(header_query(register)))
    assert register.current_id() is None  # nothing was selected, nothing gets selected


def test_deleting_asks_first_and_updates_the_count(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = window.register
    questions: list[str] = []
    answer: str | None = None  # Batal

    def ask_reason(_parent: object, _title: str, text: str, *_args: object) -> str | None:
        questions.append(text)
        return answer  # read when asked: the test changes it below

    # The reason dialog itself (default Batal) is tested in test_register_view.py.
    monkeypatch.setattr(leaving_dialog, "ask_reason", ask_reason)
    row = register.model.row_of(known_id)
    assert row is not None
    register.table.selectRow(row)

    window.delete_action.trigger()
    assert len(questions) == 1 and KNOWN_NIP in questions[0]
    assert service.count() == TOTAL

    answer = "salah input"
    window.delete_action.trigger()  # deleted in the worker; the register follows
    qtbot.waitUntil(lambda: register.model.row_of(known_id) is None, timeout=10000)
    expected = service.search_ids(header_query(register))
    assert known_id not in expected and len(expected) == TOTAL - 1
    wait_for_ids(qtbot, register, expected)
    assert window.count_label.text() == _count_text(TOTAL - 1, TOTAL - 1)


def test_a_missing_database_is_reported_not_opened(
    qtbot: QtBot, tmp_path: Path, dialogs_shown: list[str]
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.open_database(tmp_path / "tidak-ada.sqlite")
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    assert "tidak-ada.sqlite" in dialogs_shown.pop()
    assert window.db is None
    assert not window.new_action.isEnabled()
    assert window.settings.last_database == ""
    assert window.register.model.rowCount() == 0


def test_the_open_jobs_cancel_hook_is_not_released_by_the_worker(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress dialog's Cancel is wired to the job's JobControl. If the worker drops the
    last reference, PySide disconnects there, which deadlocks against the GUI thread closing
    the progress dialog (seen as a hang on opening a database).

    The worker is held inside the open job, after it has signalled, until the control is gone:
    the GUI thread then certainly closes (and deletes) the dialog first, which is the order in
    which a reference the worker kept would be the last one. The cyclic collector is off, so
    the control must die by reference counting, not in a collector pass on either thread."""
    freed_on_gui_thread: list[bool] = []
    gone = threading.Event()

    class TracedControl(tasks.JobControl):
        def __del__(self) -> None:
            freed_on_gui_thread.append(threading.current_thread() is threading.main_thread())
            gone.set()

    monkeypatch.setattr(tasks, "JobControl", TracedControl)
    # The full path, whose progress dialog has the Cancel (the fast one shows the login
    # dialog instead, and its open job has no dialog).
    monkeypatch.setattr(
        MainWindow,
        "_open_quickly",
        lambda self, target, generation, **options: self._open_fully(target, generation, **options),
    )
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    lingered: list[bool] = []  # per finished job: was the control gone while the worker waited
    window.runner._relay.finished.connect(
        lambda *_: lingered.append(gone.wait(5)), Qt.ConnectionType.DirectConnection
    )
    gc.disable()
    try:
        window.open_database(db_file)
        sign_in(qtbot, window)
        qtbot.waitUntil(gone.is_set, timeout=5000)  # the dialog was deleted, with its hook
        assert window.runner.wait()  # the worker is done with (and has deleted) the job
    finally:
        gc.enable()
    assert lingered[:1] == [True], "the JobControl outlived the GUI thread's references"
    assert freed_on_gui_thread == [True], "the JobControl died on the worker thread"


def test_closing_remembers_geometry_and_table_header(
    qtbot: QtBot,
    open_window: Callable[[], MainWindow],
    service: EmployeeService,
    asn_home: Path,
) -> None:
    window = open_window()
    window.resize(700, 500)
    header = window.register.table.horizontalHeader()
    header.resizeSection(NAMA, 333)
    _click_header(qtbot, window.register, NIP)
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        _click_header(qtbot, window.register, NIP)
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    wait_for_ids(
        qtbot, window.register, service.search_ids(EmployeeQuery(sort="nip", descending=True))
    )
    assert window.close()
    assert window.db is None  # closing let go of the database
    assert (asn_home / "settings.ini").is_file()

    # open_window waits until the rows follow the header's (restored) sort indicator.
    again = open_window()
    assert (again.width(), again.height()) == (700, 500)
    header = again.register.table.horizontalHeader()
    assert header.sectionSize(NAMA) == 333
    assert header.sortIndicatorSection() == NIP
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert again.register.model.ids() == service.search_ids(
        EmployeeQuery(sort="nip", descending=True)
    )
