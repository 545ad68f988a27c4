"""The employee dialog does not lose an edit without a word (issue 7): closing a changed form
asks "Simpan perubahan?" (Simpan / Buang / Batal); a problem shown under a field does not move
the rows; "Keluar dari instansi…" and the line of an employee who has left."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMainWindow,
    QMessageBox,
)
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, LeavingEntry
from asn_desktop.services.org_units import UnitNode
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA, TOTAL

ACCEPTED = QDialog.DialogCode.Accepted.value
Answer = QMessageBox.StandardButton
MakeDialog = Callable[[int | None], EmployeeDialog]


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode]
) -> MakeDialog:
    def make(employee_id: int | None) -> EmployeeDialog:
        dialog = EmployeeDialog(db, runner, units, employee_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


class Questions:
    """Answers "Simpan perubahan?" with the next of `answers` and remembers what was asked."""

    def __init__(self) -> None:
        self.answers: list[QMessageBox.StandardButton] = []
        self.asked: list[tuple[str, str, list[str]]] = []

    def __call__(self, box: QMessageBox) -> int:
        labels = [b.text() for b in box.buttons()]
        self.asked.append((box.windowTitle(), box.text(), labels))
        return int(self.answers.pop(0).value)


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> Iterator[Questions]:
    answering = Questions()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: answering(box))
    yield answering
    assert not answering.answers, "a question expected was not asked"


def _line(dialog: EmployeeDialog, name: str) -> QLineEdit:
    editor = dialog.edits[name]
    assert isinstance(editor, QLineEdit)
    return editor


def window_close(dialog: EmployeeDialog) -> None:
    """The window's close button: a close event from the window system (spontaneous)."""
    handle = dialog.windowHandle()
    assert handle is not None
    QApplication.sendEvent(handle, QCloseEvent())  # as the window system sends it


def _close_button(dialog: EmployeeDialog) -> object:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert button is not None
    return button


def _done(qtbot: QtBot, dialog: EmployeeDialog) -> None:
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)


@pytest.mark.parametrize("how", ["tutup", "esc", "window"])
def test_nothing_changed_closes_without_a_question(
    qtbot: QtBot, make_dialog: MakeDialog, known_id: int, questions: Questions, how: str
) -> None:
    dialog = make_dialog(known_id)
    _line(dialog, "telepon").setText("  ")  # spaces only: nothing the save would keep
    if how == "tutup":
        qtbot.mouseClick(_close_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    elif how == "esc":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        window_close(dialog)
    assert not dialog.isVisible()
    assert questions.asked == []


@pytest.mark.parametrize("how", ["tutup", "esc", "window"])
def test_batal_keeps_the_dialog_and_the_edit(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    questions: Questions,
    how: str,
) -> None:
    dialog = make_dialog(known_id)
    qtbot.keyClicks(_line(dialog, "telepon"), "022-4234567")
    questions.answers = [Answer.Cancel]
    if how == "tutup":
        qtbot.mouseClick(_close_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    elif how == "esc":
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    else:
        window_close(dialog)  # the window's close button: refused
    assert len(questions.asked) == 1
    title, text, labels = questions.asked[0]
    assert (title, text) == (
        "Simpan perubahan?",
        "Perubahan data pegawai ini belum disimpan. Simpan perubahan?",
    )
    assert sorted(labels) == ["Batal", "Buang", "Simpan"]
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert _line(dialog, "telepon").text() == "022-4234567"
    assert service.get(known_id).draft.telepon == ""


def test_buang_closes_and_saves_nothing(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    questions: Questions,
) -> None:
    revision = service.get(known_id).revision
    dialog = make_dialog(known_id)
    qtbot.keyClicks(_line(dialog, "telepon"), "022-4234567")
    questions.answers = [Answer.Discard]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions.asked) == 1
    assert not dialog.isVisible() and dialog.result() != ACCEPTED
    record = service.get(known_id)
    assert (record.draft.telepon, record.revision) == ("", revision)


def test_simpan_saves_then_closes(
    qtbot: QtBot,
    db: Database,
    runner: TaskRunner,
    units: list[UnitNode],
    service: EmployeeService,
    known_id: int,
    questions: Questions,
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    dialog = EmployeeDialog(db, runner, units, known_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(_line(dialog, "telepon"), "022-4234567")
    questions.answers = [Answer.Save]
    qtbot.mouseClick(_close_button(dialog), Qt.MouseButton.LeftButton)  # type: ignore[arg-type]
    _done(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == ACCEPTED, timeout=5000)
    assert not dialog.isVisible()
    assert service.get(known_id).draft.telepon == "022-4234567"
    assert dialog.saved_id == known_id
    # Said briefly, where the clerk looks next (no message box).
    message = window.statusBar().currentMessage()
    assert re.fullmatch(rf"Tersimpan \d\d:\d\d: {KNOWN_NAMA}", message), message


def test_simpan_of_a_form_with_a_problem_keeps_the_dialog_open(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    questions: Questions,
) -> None:
    dialog = make_dialog(known_id)
    _line(dialog, "email").setText("bukan email")
    questions.answers = [Answer.Save]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.result() != ACCEPTED
    assert dialog.rows["email"].problem()
    assert "1 isian" in dialog.summary.text()
    assert service.get(known_id).draft.email == ""

    # Fixed and closed again: asked again, and this time it saves and closes.
    _line(dialog, "email").setText("asep@bandung.go.id")
    questions.answers = [Answer.Save]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _done(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert len(questions.asked) == 2
    assert service.get(known_id).draft.email == "asep@bandung.go.id"


def test_a_stale_save_from_the_question_keeps_the_dialog_open(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    questions: Questions,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog(known_id)
    record = service.get(known_id)

    service.update(
        known_id,
        replace(record.draft, tempat_lahir="Cimahi"),
        expected_revision=record.revision,
    )
    qtbot.keyClicks(_line(dialog, "telepon"), "022-4234567")
    questions.answers = [Answer.Save]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _done(qtbot, dialog)
    assert len(dialogs_shown) == 1 and "sudah diubah di tempat lain" in dialogs_shown.pop()
    assert dialog.isVisible() and not dialog.close_after_save
    assert _line(dialog, "telepon").text() == "022-4234567"


def test_a_new_employee_is_compared_with_the_empty_form(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, questions: Questions
) -> None:
    dialog = make_dialog(None)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: no question
    assert not dialog.isVisible() and questions.asked == []

    dialog = make_dialog(None)
    qtbot.keyClicks(_line(dialog, "nama"), "Dewi Anggraeni")
    questions.answers = [Answer.Discard]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(questions.asked) == 1 and not dialog.isVisible()
    assert service.count() == TOTAL


def test_after_a_save_that_stays_open_the_dialog_says_so_and_asks_nothing(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, questions: Questions
) -> None:
    dialog = make_dialog(None)
    values = {
        "nip": "199001012015032001",
        "nama": "Dewi Anggraeni",
        "tanggal_lahir": "01-01-1990",
        "tmt_cpns": "01-03-2015",
    }
    for name, value in values.items():
        _line(dialog, name).setText(value)
    sex = dialog.edits["jenis_kelamin"]
    sex.setCurrentIndex(sex.findData("P"))  # type: ignore[attr-defined]
    assert dialog.save() is True
    _done(qtbot, dialog)
    assert dialog.isVisible()
    assert re.match(r"Tersimpan \d\d:\d\d\. ", dialog.summary.text())
    assert dialog.summary.isVisible()
    assert not dialog.modified()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions.asked == []
    assert service.count() == TOTAL + 1


# -- a problem under a field does not move the form ---------------------------------------------


def _geometries(dialog: EmployeeDialog) -> dict[str, QRect]:
    return {
        name: QRect(row.mapTo(dialog, row.rect().topLeft()), row.size())
        for name, row in dialog.rows.items()
    }


def test_a_problem_shown_under_a_field_does_not_move_the_rows(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(None)
    before = _geometries(dialog)
    editors = {
        name: QRect(e.mapTo(dialog, e.rect().topLeft()), e.size())
        for name, e in dialog.edits.items()
    }

    nip = _line(dialog, "nip")
    nip.setFocus()
    qtbot.keyClicks(nip, "19900101201503200")  # 17 digits
    nip.editingFinished.emit()  # leaving the NIP shows its problem
    qtbot.waitUntil(lambda: bool(dialog.rows["nip"].problem()))
    assert "18 digit" in dialog.rows["nip"].problem()
    assert dialog.rows["nip"].error.isVisible()
    assert dialog.rows["nip"].error.toolTip() == dialog.rows["nip"].problem()
    long_message = "Tanggal lahir tidak mungkin: " + "sangat panjang " * 20
    dialog.rows["tanggal_lahir"].set_problem(long_message)  # longer than its room
    qtbot.wait(50)  # let the layout settle: it must not have anything to do

    assert _geometries(dialog) == before
    after = {
        name: QRect(e.mapTo(dialog, e.rect().topLeft()), e.size())
        for name, e in dialog.edits.items()
    }
    assert after == editors
    assert dialog.save() is False  # all the problems at once: still no row moves
    assert _geometries(dialog) == before


# -- leaving the agency ---------------------------------------------------------------------------


def test_keluar_dari_instansi_is_offered_for_an_active_employee_one_may_edit(
    make_dialog: MakeDialog, known_id: int
) -> None:
    existing = make_dialog(known_id)
    assert existing.leave_button.text() == "Keluar dari instansi…"
    assert existing.leave_button.isVisible() and existing.leave_button.isEnabled()
    assert not existing.keluar_label.isVisible()
    new = make_dialog(None)
    assert not new.leave_button.isEnabled()


def test_recording_a_leaving_shows_the_line_on_top(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from asn_desktop.ui.leaving_dialog import LeavingDialog

    opened: list[LeavingDialog] = []

    def leave(leaving: LeavingDialog) -> int:  # the clerk fills it in and saves
        opened.append(leaving)
        revision = leaving.service.record_leaving(
            leaving.employee_id,
            LeavingEntry(
                jenis="aps",
                tanggal=date(2026, 11, 1),
                alasan="Atas permintaan sendiri",
                sk_nomor="800/APS/2026",
            ),
            expected_revision=leaving.expected_revision,
        )
        leaving.saved.emit(revision)
        return ACCEPTED

    monkeypatch.setattr(LeavingDialog, "exec", leave)
    dialog = make_dialog(known_id)
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].expected_revision == service.get(known_id).revision - 1
    record = service.get(known_id)
    assert record.keluar == "aps"
    assert dialog.revision == record.revision and dialog.saved_id == known_id
    text = dialog.keluar_label.text()
    assert text.startswith(f"Keluar: {record.keluar_jenis_label}, 01-11-2026"), text
    assert text.endswith("(SK 800/APS/2026)")
    assert dialog.keluar_label.isVisible()
    assert not dialog.leave_button.isEnabled()  # left already

    # And a dialog opened afterwards shows it too.
    again = make_dialog(known_id)
    assert again.keluar_label.text() == text and not again.leave_button.isEnabled()


def test_keluar_waits_for_an_unsaved_edit(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    from asn_desktop.ui.leaving_dialog import LeavingDialog

    monkeypatch.setattr(LeavingDialog, "exec", lambda _d: pytest.fail("opened"))
    dialog = make_dialog(known_id)
    qtbot.keyClicks(_line(dialog, "telepon"), "022")
    qtbot.mouseClick(dialog.leave_button, Qt.MouseButton.LeftButton)
    assert len(dialogs_shown) == 1 and "Simpan atau buang dahulu" in dialogs_shown.pop()


def test_a_close_by_the_program_itself_does_not_ask(
    qtbot: QtBot, make_dialog: MakeDialog, known_id: int, questions: Questions
) -> None:
    """The database closed or locked under the dialog closes it without a question (which
    would block whatever closes it)."""
    dialog = make_dialog(known_id)
    qtbot.keyClicks(_line(dialog, "telepon"), "022")
    dialog.reject()  # as the main window does when the database is locked and closed
    assert not dialog.isVisible() and questions.asked == []
    dialog = make_dialog(known_id)
    qtbot.keyClicks(_line(dialog, "telepon"), "022")
    assert dialog.close() is True
    assert not dialog.isVisible() and questions.asked == []
