"""GUI writes as operations (ui.operations): in the worker, visibly saving, a lock wait that
can be cancelled, errors back on the dialog, the views refreshed from what changed.

"Another program" is a raw sqlite3 connection holding BEGIN IMMEDIATE on the same file.
Everything waits with qtbot.waitUntil; a worker job that must stay busy waits on an Event.
"""

from __future__ import annotations

import gc
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from asn_desktop.db import lock_wait
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import UnitNode
from asn_desktop.ui import leaving_dialog, tasks
from asn_desktop.ui.agency_dialog import AgencyDialog
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.history_dialogs import RankEntryDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.operations import BusyLayer, Changes, OperationNote, hub
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA, TOTAL

WAITING = "Menunggu basis data yang sedang dipakai program lain…"
ACCEPTED = QDialog.DialogCode.Accepted.value
NEW_NAME = "Asep Sunandar Permana"


@pytest.fixture
def holder(db_file: Path) -> Iterator[sqlite3.Connection]:
    """Another program in the middle of a write: it holds the lock until it lets go."""
    conn = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    if conn.in_transaction:
        conn.execute("ROLLBACK")
    conn.close()


@pytest.fixture
def edit_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode], known_id: int
) -> EmployeeDialog:
    """The known employee's dialog, on screen, with the name changed by the clerk."""
    dialog = EmployeeDialog(db, runner, units, known_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _nama(dialog).setText(NEW_NAME)
    return dialog


def _nama(dialog: EmployeeDialog) -> QLineEdit:
    edit = dialog.edits["nama"]
    assert isinstance(edit, QLineEdit)
    return edit


def _button(box: QDialogButtonBox, which: QDialogButtonBox.StandardButton) -> QPushButton:
    button = box.button(which)
    assert button is not None
    return button


def _click(qtbot: QtBot, button: QPushButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _note(widget: Any) -> OperationNote:
    note = widget.findChild(OperationNote)
    assert isinstance(note, OperationNote)
    return note


def _waiting(note: OperationNote) -> bool:
    return note.isVisible() and note.cancel_button.isVisible() and note.text() == WAITING


def _layer_shown(dialog: QDialog) -> bool:
    return any(layer.isVisible() for layer in dialog.findChildren(BusyLayer))


# -- saving ---------------------------------------------------------------------------------


def test_a_save_runs_in_the_worker_while_the_dialog_shows_that_it_is_saving(
    qtbot: QtBot, edit_dialog: EmployeeDialog, service: EmployeeService, known_id: int
) -> None:
    dialog = edit_dialog
    on_main_thread: list[bool] = []
    gate = threading.Event()
    update = dialog.service.update

    def held_update(*args: Any, **kwargs: Any) -> int:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        assert gate.wait(10), "the test never let the save go on"
        return update(*args, **kwargs)

    dialog.service.update = held_update  # type: ignore[method-assign]
    save = _button(dialog.buttons, QDialogButtonBox.StandardButton.Save)
    close = _button(dialog.buttons, QDialogButtonBox.StandardButton.Close)
    try:
        _click(qtbot, save)
        qtbot.waitUntil(lambda: on_main_thread == [False], timeout=5000)
        assert dialog.saving
        assert not save.isEnabled() and not close.isEnabled()
        assert dialog.cursor().shape() == Qt.CursorShape.WaitCursor
        assert _layer_shown(dialog)
        assert dialog.close() is False and dialog.isVisible()  # not while saving
        note = _note(dialog)
        qtbot.waitUntil(note.isVisible, timeout=5000)  # after SHOW_AFTER_MS
        assert note.text() == "Menyimpan…" and not note.cancel_button.isVisible()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
    assert not dialog.saving and dialog.saved_id == known_id
    assert service.get(known_id).draft.nama == NEW_NAME
    assert not note.isVisible() and not _layer_shown(dialog)
    assert dialog.cursor().shape() != Qt.CursorShape.WaitCursor
    assert save.isEnabled() and close.isEnabled()


def test_a_locked_database_is_waited_for_visibly_and_batal_saves_nothing(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
) -> None:
    dialog = edit_dialog
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    save = _button(dialog.buttons, QDialogButtonBox.StandardButton.Save)

    _click(qtbot, save)
    note = _note(dialog)
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
    assert dialog.saving and not save.isEnabled()
    assert not dialog.buttons.isVisible()  # the note's row stands in for them: one Batal
    assert _layer_shown(dialog)
    # The window stays alive while the worker waits: the GUI thread's timer keeps firing.
    seen = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= seen + 10, timeout=5000)
    assert _waiting(note)

    _click(qtbot, note.cancel_button)
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
    timer.stop()
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert _nama(dialog).text() == NEW_NAME  # the edit is still in the form
    assert note.text() == "Dibatalkan; tidak ada yang diubah."
    assert not note.cancel_button.isVisible() and save.isEnabled()
    assert dialog.buttons.isVisible() and not _layer_shown(dialog)
    holder.execute("ROLLBACK")  # the other program lets go
    assert service.get(known_id).draft.nama == KNOWN_NAMA

    _click(qtbot, save)  # and now the same edit is saved
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
    assert service.get(known_id).draft.nama == NEW_NAME


def test_a_save_waiting_for_the_lock_goes_ahead_once_it_is_released(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
) -> None:
    dialog = edit_dialog
    dialog.save()
    note = _note(dialog)
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
    assert service.get(known_id).draft.nama == KNOWN_NAMA

    holder.execute("ROLLBACK")
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
    assert service.get(known_id).draft.nama == NEW_NAME
    assert not note.isVisible()


@pytest.mark.parametrize("key_to", ["layer", "cancel_button"])
def test_escape_while_waiting_stops_waiting_and_keeps_the_dialog(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
    key_to: str,
) -> None:
    dialog = edit_dialog
    dialog.save()
    note = _note(dialog)
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
    target = note.cancel_button if key_to == "cancel_button" else dialog.findChild(BusyLayer)
    assert target is not None

    qtbot.keyClick(target, Qt.Key.Key_Escape)  # Esc is Batal here, not "close the dialog"
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert _nama(dialog).text() == NEW_NAME
    holder.execute("ROLLBACK")
    assert service.get(known_id).draft.nama == KNOWN_NAMA


# -- errors come back to the dialog ------------------------------------------------------------


def test_a_lock_held_past_the_patience_is_reported_on_the_dialog(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
    dialogs_shown: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(lock_wait, "PATIENCE_S", 0.6)
    dialog = edit_dialog
    dialog.save()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    assert "dikunci program lain" in dialogs_shown.pop()
    assert not dialog.saving and dialog.isVisible() and dialog.result() != ACCEPTED
    assert _nama(dialog).text() == NEW_NAME
    holder.execute("ROLLBACK")
    assert service.get(known_id).draft.nama == KNOWN_NAMA


def test_a_permission_taken_away_meanwhile_is_reported_and_the_edits_stay(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    db: Database,
    service: EmployeeService,
    known_id: int,
    dialogs_shown: list[str],
) -> None:
    dialog = edit_dialog
    db.assume_user("viewer")  # an administrator changed the role since the dialog opened
    assert dialog.save() is True
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    assert "tidak berhak" in dialogs_shown.pop()
    assert not dialog.saving and dialog.isVisible() and dialog.result() != ACCEPTED
    assert _nama(dialog).text() == NEW_NAME
    assert service.get(known_id).draft.nama == KNOWN_NAMA


# -- the other writes have the same shape -------------------------------------------------------


def test_a_history_entry_waits_for_the_lock_and_is_then_added(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
) -> None:
    rank = edit_dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    rank.show()
    rank.golongan.setCurrentIndex(rank.golongan.findData(33))
    rank.tmt.setText("01-04-2018")
    rank.sk_nomor.setText("823/KP/2018")
    on_main_thread: list[bool] = []
    add_rank = rank.service.add_rank

    def traced(*args: Any, **kwargs: Any) -> int:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return add_rank(*args, **kwargs)

    rank.service.add_rank = traced  # type: ignore[method-assign]
    assert rank.save() is True
    note = _note(rank)
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
    assert not _button(rank.buttons, QDialogButtonBox.StandardButton.Save).isEnabled()

    holder.execute("ROLLBACK")
    qtbot.waitUntil(lambda: rank.result() == ACCEPTED, timeout=5000)
    assert on_main_thread == [False]
    assert len(service.histories(known_id)["pangkat"]) == 3
    assert service.get(known_id).golongan_id == 33


def test_removing_a_history_entry_runs_in_the_worker(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    on_main_thread: list[bool] = []
    remove = edit_dialog.service.remove_history

    def traced(*args: Any) -> None:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        remove(*args)

    edit_dialog.service.remove_history = traced  # type: ignore[method-assign]
    tab = edit_dialog.history_tabs["pangkat"]
    tab.table.selectRow(0)
    edit_dialog.remove_history("pangkat")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=5000)
    assert on_main_thread == [False]
    assert len(service.histories(known_id)["pangkat"]) == 1


def test_the_agency_is_saved_in_the_worker_after_waiting_for_the_lock(
    qtbot: QtBot, db: Database, runner: TaskRunner, holder: sqlite3.Connection
) -> None:
    dialog = AgencyDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    announced: list[Changes] = []
    hub(runner).changed.connect(announced.append)
    dialog.kode.setText("DISKOMINFO")
    dialog.nama.setText("Dinas Komunikasi dan Informatika")
    assert dialog.save() is True
    qtbot.waitUntil(lambda: _waiting(_note(dialog)), timeout=5000)
    holder.execute("ROLLBACK")
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
    assert db.agency_code == "DISKOMINFO"
    assert announced == [Changes(agency=True)]


# -- the views refresh from what changed ---------------------------------------------------------


def _name_in_register(window: MainWindow, employee_id: int) -> str:
    model = window.register.model
    row = model.row_of(employee_id)
    return "" if row is None else str(model.index(row, 1).data())


def test_the_register_shows_a_saved_edit_while_the_dialog_is_still_open(
    qtbot: QtBot, window: MainWindow, known_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen_while_open: list[str] = []

    def edit(dialog: EmployeeDialog) -> int:  # the clerk renames and saves
        _nama(dialog).setText(NEW_NAME)
        assert dialog.save() is True
        qtbot.waitUntil(lambda: _name_in_register(window, known_id).startswith(NEW_NAME))
        seen_while_open.append(_name_in_register(window, known_id))
        qtbot.waitUntil(lambda: dialog.result() == ACCEPTED)
        return ACCEPTED

    monkeypatch.setattr(EmployeeDialog, "exec", edit)
    window.edit_employee(known_id)
    assert seen_while_open == [f"{NEW_NAME}, S.Kom."]
    # The row was repainted at once; the register then asks again (a new name may sort
    # elsewhere) and selects the row it changed.
    qtbot.waitUntil(lambda: window.register.current_id() == known_id, timeout=5000)


def test_a_new_employee_appears_selected_and_is_counted(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    created: list[int] = []

    def create(dialog: EmployeeDialog) -> int:
        values = {
            "nip": "199001012015032001",
            "nama": "Dewi Anggraeni",
            "tanggal_lahir": "01-01-1990",
            "tmt_cpns": "01-03-2015",
        }
        for name, value in values.items():
            edit = dialog.edits[name]
            assert isinstance(edit, QLineEdit)
            edit.setText(value)
        sex = dialog.edits["jenis_kelamin"]
        sex.setCurrentIndex(sex.findData("P"))  # type: ignore[attr-defined]
        assert dialog.save() is True
        qtbot.waitUntil(lambda: dialog.saved_id is not None, timeout=5000)
        created.append(dialog.saved_id)  # type: ignore[arg-type]
        return int(QDialog.DialogCode.Rejected.value)  # closed after saving the identity

    monkeypatch.setattr(EmployeeDialog, "exec", create)
    window.new_employee()
    assert len(created) == 1
    qtbot.waitUntil(lambda: window.register.current_id() == created[0], timeout=5000)
    assert _name_in_register(window, created[0]) == "Dewi Anggraeni"
    assert window.total == TOTAL + 1 == service.count()
    assert window.count_label.text().endswith(f"dari {TOTAL + 1} pegawai")


def test_deleting_waits_for_the_lock_in_the_status_bar_and_batal_keeps_the_employee(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    known_id: int,
    holder: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Deleting asks for a reason (ui.leaving_dialog.ReasonDialog, default Batal).
    monkeypatch.setattr(leaving_dialog, "ask_reason", lambda *_a: "salah input")
    register = window.register
    row = register.model.row_of(known_id)
    assert row is not None
    register.table.selectRow(row)

    window.delete_action.trigger()
    note = _note(window.statusBar())
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
    assert not window.delete_action.isEnabled()
    assert register.isEnabled()  # the register stays usable meanwhile
    _click(qtbot, note.cancel_button)
    qtbot.waitUntil(lambda: window.delete_action.isEnabled(), timeout=5000)
    assert "Dibatalkan" in note.text()
    assert service.get(known_id).draft.nama == KNOWN_NAMA
    assert register.model.row_of(known_id) is not None and window.total == TOTAL

    holder.execute("ROLLBACK")
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: register.model.row_of(known_id) is None, timeout=5000)
    assert window.total == TOTAL - 1
    assert "dihapus" in window.statusBar().currentMessage()


def test_backup_now_runs_as_an_operation(qtbot: QtBot, window: MainWindow) -> None:
    on_main_thread: list[bool] = []
    db = window.db
    assert db is not None
    backup = db.backup

    def traced(reason: str = "manual") -> Any:
        on_main_thread.append(threading.current_thread() is threading.main_thread())
        return backup(reason)

    db.backup = traced  # type: ignore[method-assign]
    window.backup_action.trigger()
    assert not window.backup_action.isEnabled()
    from asn_desktop.ui.folder_dialog import FileNotice

    def noticed() -> bool:
        notice = window.statusBar().findChild(FileNotice)
        return notice is not None and "Cadangan dibuat" in notice.label.text()

    qtbot.waitUntil(noticed, timeout=10000)
    assert on_main_thread == [False] and window.backup_action.isEnabled()


def test_two_window_operations_at_once_leave_nothing_busy_behind(
    qtbot: QtBot,
    window: MainWindow,
    known_id: int,
    holder: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A (pretend) backup still running when a deletion is asked for: the deletion waits
    for the lock after the backup is done, its Batal works, and the cursor comes back only
    when both are done."""
    # Deleting asks for a reason (ui.leaving_dialog.ReasonDialog, default Batal).
    monkeypatch.setattr(leaving_dialog, "ask_reason", lambda *_a: "salah input")
    db = window.db
    assert db is not None
    gate = threading.Event()

    def held_backup(_reason: str = "manual") -> Any:
        assert gate.wait(10), "the test never let the backup go on"
        return SimpleNamespace(path=Path("cadangan.sqlite"))

    db.backup = held_backup  # type: ignore[method-assign]
    row = window.register.model.row_of(known_id)
    assert row is not None
    window.register.table.selectRow(row)
    try:
        window.backup_action.trigger()
        window.delete_action.trigger()  # queued behind the backup in the worker
        assert window.cursor().shape() == Qt.CursorShape.BusyCursor
    finally:
        gate.set()
    note = _note(window.statusBar())
    qtbot.waitUntil(lambda: _waiting(note), timeout=5000)  # the backup is done by now
    assert window.backup_action.isEnabled() and not window.delete_action.isEnabled()
    assert window.cursor().shape() == Qt.CursorShape.BusyCursor  # the deletion still runs
    _click(qtbot, note.cancel_button)
    qtbot.waitUntil(lambda: window.delete_action.isEnabled(), timeout=5000)
    assert window.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert window.register.model.row_of(known_id) is not None


def test_an_operations_job_control_dies_on_the_gui_thread_when_it_is_delivered(
    qtbot: QtBot,
    edit_dialog: EmployeeDialog,
    runner: TaskRunner,
    holder: sqlite3.Connection,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The property ui.tasks keeps (a JobControl never dies on the worker) holds for
    operations too, on the cancelled path (an exception whose frames held the control) and
    the successful one, although the dialog keeps its last Operation. The cyclic collector is
    off: the control must die by reference counting, by the end of the delivery."""
    freed_on_gui_thread: list[bool] = []

    class TracedControl(tasks.JobControl):
        def __del__(self) -> None:
            freed_on_gui_thread.append(threading.current_thread() is threading.main_thread())

    monkeypatch.setattr(tasks, "JobControl", TracedControl)
    dialog = edit_dialog
    gc.disable()
    try:
        dialog.save()
        note = _note(dialog)
        qtbot.waitUntil(lambda: _waiting(note), timeout=5000)
        _click(qtbot, note.cancel_button)
        qtbot.waitUntil(lambda: not dialog.saving, timeout=5000)
        assert freed_on_gui_thread == [True]

        holder.execute("ROLLBACK")
        dialog.save()
        qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
        assert freed_on_gui_thread == [True, True]
        assert dialog.operation is not None  # kept, but without its control
        assert runner.wait()
    finally:
        gc.enable()


# -- Changes ------------------------------------------------------------------------------------


def test_changes_merge_and_say_whether_anything_changed() -> None:
    assert not Changes()
    both = Changes(employees=[1, 2]) | Changes(added={3}, units=True)
    assert both == Changes(employees={1, 2}, added={3}, units=True)
    assert both and both.register_rows
    assert not Changes(agency=True).register_rows
    with pytest.raises(AttributeError):
        both.units = False  # type: ignore[misc]
