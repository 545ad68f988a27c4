"""The employee dialog: inline validation, create, edit, stale edits, and the history dialogs."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.domain import JenisJabatan
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import UnitNode
from asn_desktop.services.reference import JabatanOption, ReferenceService
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.history_dialogs import PositionEntryDialog, RankEntryDialog, _DecreeDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA, TOTAL

NEW_NIP = "199001012015032001"  # born 01-01-1990, TMT CPNS 03-2015, woman, serial 001
GOLONGAN = 2

MakeDialog = Callable[[int | None], EmployeeDialog]


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode]
) -> MakeDialog:
    def make(employee_id: int | None) -> EmployeeDialog:
        dialog = EmployeeDialog(db, runner, units, employee_id)
        qtbot.addWidget(dialog)
        return dialog

    return make


def _set(dialog: EmployeeDialog, name: str, value: str) -> None:
    editor = dialog.edits[name]
    if isinstance(editor, QComboBox):
        index = editor.findData(value)
        assert index >= 0, (name, value)
        editor.setCurrentIndex(index)
    else:
        assert isinstance(editor, QLineEdit)
        editor.setText(value)


def _fill_new(dialog: EmployeeDialog, nip: str = NEW_NIP) -> None:
    _set(dialog, "status_kepegawaian", "PNS")
    _set(dialog, "nip", nip)
    _set(dialog, "nama", "Dewi Anggraeni")
    _set(dialog, "tempat_lahir", "Bandung")
    _set(dialog, "tanggal_lahir", "01-01-1990")
    _set(dialog, "jenis_kelamin", "P")
    _set(dialog, "tmt_cpns", "01-03-2015")


def _problem(dialog: EmployeeDialog, name: str) -> str:
    row = dialog.rows[name]
    return row.error.text() if row.error.isVisibleTo(row) else ""


def _saved(qtbot: QtBot, dialog: EmployeeDialog | _DecreeDialog) -> None:
    """Until the save started by dialog.save() has come back from the worker."""
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)


# -- new employees ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("19900101201503200", "harus 18 digit; yang diisi 17 digit"),
        ("199001012015033001", "Digit 15 NIP harus 1 (laki-laki) atau 2 (perempuan)"),
        ("1.99001E+17", "diubah Excel"),
    ],
)
def test_a_bad_nip_is_explained_under_the_field_and_nothing_saved(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    typed: str,
    says: str,
) -> None:
    dialog = make_dialog(None)
    _fill_new(dialog, nip="")
    qtbot.keyClicks(dialog.edits["nip"], typed)

    assert dialog.save() is False
    assert says in _problem(dialog, "nip")
    assert dialog.rows["nip"].problem() == _problem(dialog, "nip")
    assert _problem(dialog, "nama") == ""  # only the field at fault
    assert dialog.summary.isVisibleTo(dialog)
    assert "1 isian" in dialog.summary.text()
    assert dialog.saved_id is None and dialog.employee_id is None
    assert service.count() == TOTAL
    assert not dialog.tabs.isTabEnabled(1)  # no histories before the identity is saved


def test_an_impossible_typed_date_names_the_problem(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService
) -> None:
    dialog = make_dialog(None)
    _fill_new(dialog)
    birth = dialog.edits["tanggal_lahir"]
    assert isinstance(birth, QLineEdit)
    birth.clear()
    qtbot.keyClicks(birth, "31-02-2020")

    assert dialog.save() is False
    message = _problem(dialog, "tanggal_lahir")
    assert "31-02-2020" in message and "Februari 2020 hanya 29 hari" in message
    assert service.count() == TOTAL


def test_fixing_the_problem_clears_the_message_and_saves(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService
) -> None:
    dialog = make_dialog(None)
    _fill_new(dialog)
    _set(dialog, "jenis_kelamin", "L")  # digit 15 of the NIP says woman
    assert dialog.save() is False
    assert "tidak sesuai dengan digit 15 NIP" in _problem(dialog, "jenis_kelamin")

    _set(dialog, "jenis_kelamin", "P")
    assert dialog.save() is True
    _saved(qtbot, dialog)
    assert _problem(dialog, "jenis_kelamin") == ""
    assert service.count() == TOTAL + 1


def test_a_valid_new_employee_is_saved_and_the_dialog_stays_open_for_histories(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService
) -> None:
    dialog = make_dialog(None)
    assert not any(dialog.tabs.isTabEnabled(i) for i in range(1, dialog.tabs.count()))
    _fill_new(dialog)

    assert dialog.save() is True
    _saved(qtbot, dialog)
    record = service.find_by_nip(NEW_NIP)
    assert record is not None
    assert record.draft.nama == "Dewi Anggraeni"
    assert record.draft.tanggal_lahir == date(1990, 1, 1)
    assert record.revision == 1
    assert dialog.saved_id == record.id == dialog.employee_id
    assert dialog.result() != QDialog.DialogCode.Accepted.value  # still open
    assert all(dialog.tabs.isTabEnabled(i) for i in range(1, dialog.tabs.count()))
    assert dialog.tabs.currentIndex() == 1
    assert re.fullmatch(r"Tersimpan \d\d:\d\d\. Lengkapi riwayat .*", dialog.summary.text())
    assert dialog.windowTitle() == "Dewi Anggraeni"
    assert service.count() == TOTAL + 1

    # Saving again changes the same employee (no duplicate) and closes the dialog.
    _set(dialog, "email", "dewi@bandung.go.id")
    assert dialog.save() is True
    _saved(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert service.count() == TOTAL + 1
    again = service.get(record.id)
    assert again.draft.email == "dewi@bandung.go.id" and again.revision == 2


def test_a_duplicate_nip_is_refused_under_the_nip(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService
) -> None:
    dialog = make_dialog(None)
    _fill_new(dialog)
    first = make_dialog(None)
    _fill_new(first)
    assert first.save() is True
    _saved(qtbot, first)
    assert dialog.save() is True  # the database, in the worker, finds the NIP taken
    _saved(qtbot, dialog)
    assert "sudah dipakai oleh Dewi Anggraeni" in _problem(dialog, "nip")
    assert dialog.saved_id is None and dialog.employee_id is None
    assert service.count() == TOTAL + 1


def test_leaving_a_valid_nip_fills_birth_date_sex_and_tmt_cpns(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(None)
    _set(dialog, "status_kepegawaian", "PNS")
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # focus changes need the active window
    nip = dialog.edits["nip"]
    nip.setFocus()
    qtbot.keyClicks(nip, "19900101 201503 2 001")
    dialog.edits["nama"].setFocus()  # leaving the field finishes editing
    qtbot.waitUntil(lambda: dialog.edits["tanggal_lahir"].text() != "")
    assert dialog.edits["tanggal_lahir"].text() == "01-01-1990"
    sex = dialog.edits["jenis_kelamin"]
    assert isinstance(sex, QComboBox) and sex.currentData() == "P"
    assert dialog.edits["tmt_cpns"].text() == "01-03-2015"
    assert _problem(dialog, "nip") == ""

    # A wrong NIP is reported as soon as the clerk leaves the field.
    nip.setFocus()
    nip.clear()
    qtbot.keyClicks(nip, "19900101201503200")
    dialog.edits["nama"].setFocus()
    qtbot.waitUntil(lambda: _problem(dialog, "nip") != "")
    assert "18 digit" in _problem(dialog, "nip")


# -- existing employees -------------------------------------------------------------------


def test_editing_the_name_is_saved_with_a_new_revision(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    before = service.get(known_id)
    dialog = make_dialog(known_id)
    assert dialog.edits["nama"].text() == KNOWN_NAMA
    assert dialog.edits["tanggal_lahir"].text() == "15-03-1985"
    assert dialog.history_tabs["pangkat"].model.rowCount() == 2
    _set(dialog, "nama", "Asep Sunandar Permana")

    assert dialog.save() is True
    _saved(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert dialog.saved_id == known_id
    after = service.get(known_id)
    assert after.draft.nama == "Asep Sunandar Permana"
    assert after.revision == before.revision + 1
    assert after.draft.nip == before.draft.nip


def test_a_stale_edit_is_refused_and_does_not_overwrite(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog(known_id)
    record = service.get(known_id)
    service.update(  # someone else, after the dialog read the record
        known_id,
        replace(record.draft, email="asep@bandung.go.id"),
        expected_revision=record.revision,
    )
    _set(dialog, "nama", "Asep Dari Dialog")

    assert dialog.save() is True
    _saved(qtbot, dialog)
    assert len(dialogs_shown) == 1 and "sudah diubah di tempat lain" in dialogs_shown.pop()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert dialog.edits["nama"].text() == "Asep Dari Dialog"  # the edit is still there
    stored = service.get(known_id)
    assert stored.draft.nama == KNOWN_NAMA
    assert stored.draft.email == "asep@bandung.go.id"
    assert stored.revision == record.revision + 1


# -- histories ----------------------------------------------------------------------------


def test_adding_a_rank_updates_the_golongan_in_the_register(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register = window.register
    row = register.model.row_of(known_id)
    assert row is not None
    assert register.model.index(row, GOLONGAN).data() == "III/b"
    register.table.selectRow(row)
    opened: list[EmployeeDialog] = []

    def fill_rank(rank: RankEntryDialog) -> int:  # the clerk fills the rank dialog
        rank.golongan.setCurrentIndex(rank.golongan.findData(33))  # III/c
        rank.jenis_kp.setCurrentIndex(1)
        rank.tmt.setText("01-04-2018")
        rank.sk_nomor.setText("823/KP/2018")
        rank.save()
        _saved(qtbot, rank)
        return rank.result()

    def edit(dialog: EmployeeDialog) -> int:  # ... from the history tab of the employee
        opened.append(dialog)
        dialog.tabs.setCurrentIndex(1)
        dialog.history_tabs["pangkat"].add_button.click()
        return int(QDialog.DialogCode.Rejected.value)  # then closes the dialog

    monkeypatch.setattr(RankEntryDialog, "exec", fill_rank)
    monkeypatch.setattr(EmployeeDialog, "exec", edit)
    window.edit_action.trigger()  # Ctrl+E on the selected row

    assert len(opened) == 1 and opened[0].employee_id == known_id
    assert opened[0].history_tabs["pangkat"].model.rowCount() == 3
    assert opened[0].history_tabs["pangkat"].model.index(0, 1).data() == "Penata (III/c)"
    assert service.get(known_id).golongan_id == 33
    qtbot.waitUntil(
        lambda: (
            register.model.index(register.model.row_of(known_id) or 0, GOLONGAN).data() == "III/c"
        )
    )
    assert register.current_id() == known_id


def test_a_rank_without_tmt_is_refused(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    assert rank.golongan.findData(101) == -1  # a PNS gets PNS golongan only
    rank.sk_nomor.setText("823/2020")
    assert rank.save() is False  # seen before anything is sent to the worker
    assert rank.rows["tmt"].problem() == "TMT wajib diisi."
    assert rank.saved_id is None
    assert rank.result() != QDialog.DialogCode.Accepted.value
    assert len(service.histories(known_id)["pangkat"]) == 2

    rank.tmt.setText("01-04-1980")  # before the birth date: the service refuses
    assert rank.save() is True
    _saved(qtbot, rank)
    assert "tidak mungkin sebelum tanggal lahir" in rank.rows["tmt"].problem()
    assert rank.result() != QDialog.DialogCode.Accepted.value
    assert len(service.histories(known_id)["pangkat"]) == 2

    rank.tmt.setText("01-04-2018")
    rank.save()
    _saved(qtbot, rank)
    assert rank.result() == QDialog.DialogCode.Accepted.value
    assert len(service.histories(known_id)["pangkat"]) == 3


def test_removing_a_history_entry_asks_first(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = make_dialog(known_id)
    tab = dialog.history_tabs["pangkat"]
    tab.table.selectRow(0)  # the newest: III/b from 01-04-2014
    tab.remove_button.click()
    assert asked == ["Hapus riwayat TMT 01-04-2014: Penata Muda Tingkat I (III/b)?"]
    _saved(qtbot, dialog)
    assert tab.model.rowCount() == 1
    assert service.get(known_id).golongan_id == 31  # back to the previous rank
    assert dialog.saved_id == known_id  # the register will refresh this row


def test_the_position_catalogue_is_searched_off_the_gui_thread(
    qtbot: QtBot,
    db: Database,
    service: EmployeeService,
    runner: TaskRunner,
    known_id: int,
) -> None:
    reference = ReferenceService(db)
    searched_on: list[bool] = []
    search = reference.search_jabatan

    def traced(text: str, **kwargs: int) -> list[JabatanOption]:
        searched_on.append(threading.current_thread() is threading.main_thread())
        return search(text, **kwargs)

    reference.search_jabatan = traced  # type: ignore[method-assign]
    dialog = PositionEntryDialog(service, known_id, reference, runner)
    qtbot.addWidget(dialog)
    completer = dialog.completer

    qtbot.keyClicks(dialog.nama, "an")
    qtbot.wait(300)  # longer than the typing delay: two letters never search
    assert searched_on == []

    qtbot.keyClicks(dialog.nama, "alis")
    qtbot.waitUntil(lambda: completer.model().rowCount() > 0, timeout=5000)
    labels = completer.model().stringList()
    assert all("ANALIS" in label.upper() for label in labels)
    assert searched_on and not any(searched_on)  # only on the worker thread

    # Choosing a suggestion keeps the catalogue entry and its kind of position.
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(JenisJabatan.JPT.value))
    completer.activated[str].emit(labels[0])
    option = dialog.chosen
    assert option is not None
    assert (
        labels[0] == f"{option.nama}  [{'JF' if option.katalog == 'fungsional' else 'Pelaksana'}]"
    )
    assert dialog.nama.text() == option.nama
    assert dialog.jenis.currentData() == option.jenis_jabatan != JenisJabatan.JPT.value
    dialog.tmt.setText("01-01-2020")
    dialog.sk_nomor.setText("821/JF/2020")
    dialog.save()
    _saved(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    stored = service.get(known_id)
    assert (stored.jabatan_nama, stored.jenis_jabatan) == (option.nama, option.jenis_jabatan)
    assert service.histories(known_id)["jabatan"][0].uraian == option.nama
