"""The SKP editor: a new SKP (proposed appraisers, copy of last year's), the RHK and their
indicators, the appraisers from the register or typed in, saving and reading it back,
problems shown where they belong, stale saves, unsaved changes, read-only cases."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.domain import TEXT_FIELDS
from asn_desktop.services.appraisals import AppraisalService
from asn_desktop.services.database import Database
from asn_desktop.ui.skp_editor import (
    NON_ASN_MODE,
    REGISTER,
    SkpEditorDialog,
    open_skp_editor,
)
from asn_desktop.ui.tasks import TaskRunner

from .editor_data import (
    NAMES,
    TAHUN,
    Agency,
    agency_template,
    copy_agency,
    final_evaluation,
    make_skp,
    rated,
)

Open = Callable[..., SkpEditorDialog]


@pytest.fixture
def agency(
    tmp_path_factory: pytest.TempPathFactory, initialised_template: Path, tmp_path: Path
) -> Agency:
    return copy_agency(
        agency_template(initialised_template, tmp_path_factory.mktemp("editors")), tmp_path
    )


@pytest.fixture
def adb(agency: Agency, tmp_path: Path) -> Iterator[Database]:
    database = open_as(agency.path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def appraisals(adb: Database) -> AppraisalService:
    return AppraisalService(adb)


@pytest.fixture
def open_editor(qtbot: QtBot, adb: Database, runner: TaskRunner) -> Open:
    """open_skp_editor as the appraisal page calls it, once the SKP has been read."""

    def make(**kwargs: Any) -> SkpEditorDialog:
        dialog = open_skp_editor(adb, runner, None, **kwargs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        return dialog

    return make


def saved(qtbot: QtBot, dialog: SkpEditorDialog) -> None:
    """Until the save started by the dialog has come back from the worker."""
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox.question answers `button`; the questions asked are returned."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill_rhk(dialog: SkpEditorDialog, jenis: str, text: str, *indicators: tuple[str, str, str]):  # type: ignore[no-untyped-def]
    """Add an RHK as the clerk does: the button, the text, then each indicator."""
    button = dialog.rhk_panel.add_utama if jenis == "utama" else dialog.rhk_panel.add_tambahan
    button.click()
    detail = dialog.rhk_panel.detail
    detail.rhk_text.setPlainText(text)
    for number, (aspek, indikator, target) in enumerate(indicators):
        row = detail.rows[number] if number < len(detail.rows) else detail.add_indikator()
        assert row is not None
        row.aspek.setCurrentIndex(row.aspek.findData(aspek))
        row.indikator.setPlainText(indikator)
        row.target.setText(target)
    return dialog.rhk_panel.current()


# -- a new SKP ----------------------------------------------------------------------------------


def test_a_new_skp_proposes_the_appraisers_is_filled_saved_and_read_back(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    ahmad = agency.people["ahmad"]
    dialog = open_editor(employee_id=ahmad, tahun=TAHUN)
    assert dialog.windowTitle().startswith(f"SKP baru {TAHUN} — Ahmad Sutisna")
    assert dialog.banner.isVisibleTo(dialog)
    assert "belum memiliki SKP" in dialog.banner_text.text()
    assert not dialog.copy_button.isVisibleTo(dialog)  # nothing from earlier years to copy
    # The unit tree proposes the head of the seksi, and above him the head of the bidang.
    assert dialog.penilai_box.person_id() == agency.people["kasi"]
    assert NAMES["kasi"] in dialog.penilai_box.chosen_label.text()
    assert dialog.atasan_box.person_id() == agency.people["kabid"]
    assert not dialog.is_dirty()

    fill_rhk(
        dialog,
        "utama",
        "Terlaksananya pengembangan aplikasi",
        ("kuantitas", "Jumlah aplikasi", "3 aplikasi"),
        ("waktu", "Aplikasi selesai tepat waktu", "12 bulan"),
    )
    fill_rhk(dialog, "utama", "Tersusunnya dokumentasi", ("kualitas", "Dokumen disahkan", "5"))
    fill_rhk(dialog, "tambahan", "Pendampingan magang", ("kuantitas", "Peserta", "2 orang"))
    dialog.ekspektasi["kolaboratif"].setPlainText("Melibatkan tim lain sejak awal")
    assert dialog.is_dirty() and dialog.isWindowModified()
    tree = dialog.rhk_panel.groups
    assert tree["utama"].text(0) == "RHK Utama (2)" and tree["tambahan"].childCount() == 1

    saved_ids: list[int] = []
    dialog.saved.connect(saved_ids.append)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    record = appraisals.skp_of(ahmad, TAHUN)
    assert record is not None and saved_ids == [record.id] == [dialog.skp_id]
    assert dialog.summary.text() == "Tersimpan."
    assert dialog.windowTitle().startswith(f"SKP {TAHUN} — Ahmad Sutisna")
    assert not dialog.banner.isVisibleTo(dialog) and not dialog.is_dirty()
    assert [(r.jenis, r.rhk) for r in record.rhk] == [
        ("utama", "Terlaksananya pengembangan aplikasi"),
        ("utama", "Tersusunnya dokumentasi"),
        ("tambahan", "Pendampingan magang"),
    ]
    assert [(i.aspek, i.indikator, i.target) for i in record.rhk[0].indikator] == [
        ("kuantitas", "Jumlah aplikasi", "3 aplikasi"),
        ("waktu", "Aplikasi selesai tepat waktu", "12 bulan"),
    ]
    assert record.penilai is not None and record.penilai.employee_id == agency.people["kasi"]
    assert record.atasan is not None and record.atasan.nama == NAMES["kabid"]
    assert record.ekspektasi["kolaboratif"] == "Melibatkan tim lain sejak awal"
    assert record.jenis_periode == dialog.jenis_periode.currentData()

    # A second save changes the same SKP (the RHK keep their ids: no duplicates).
    dialog.rhk_panel.select(dialog.rhk_panel.rhk["utama"][1])
    dialog.rhk_panel.detail.rows[0].target.setText("6 dokumen")
    dialog.save()
    saved(qtbot, dialog)
    again = appraisals.skp(record.id)
    assert again.revision > record.revision
    assert [r.id for r in again.rhk] == [r.id for r in record.rhk]
    assert again.rhk[1].indikator[0].target == "6 dokumen"

    dialog.reject()  # nothing unsaved: closes without asking
    assert dialog.result() == QDialog.DialogCode.Rejected.value and not dialog.isVisible()

    # Opened again, the editor shows what was saved.
    reopened = open_editor(skp_id=record.id)
    assert not reopened.banner.isVisibleTo(reopened)
    assert not reopened.tahun_edit.isEnabled()  # the year of an SKP does not change
    panel = reopened.rhk_panel
    assert panel.groups["utama"].childCount() == 2
    assert panel.groups["utama"].child(0).text(0) == "1. Terlaksananya pengembangan aplikasi"
    assert panel.current() is panel.rhk["utama"][0]  # the first RHK is shown
    detail = panel.detail
    assert detail.rhk_text.toPlainText() == "Terlaksananya pengembangan aplikasi"
    assert [r.target.text() for r in detail.rows] == ["3 aplikasi", "12 bulan"]
    assert detail.rows[1].aspek.currentData() == "waktu"
    assert reopened.ekspektasi["kolaboratif"].toPlainText() == "Melibatkan tim lain sejak awal"
    assert reopened.penilai_box.person_id() == agency.people["kasi"]
    assert not reopened.is_dirty()


def test_last_years_skp_is_copied_on_request(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    ahmad = agency.people["ahmad"]
    last_year = make_skp(appraisals, ahmad, tahun=TAHUN - 1)
    dialog = open_editor(employee_id=ahmad, tahun=TAHUN)
    assert dialog.copy_button.isVisibleTo(dialog)
    assert dialog.copy_button.text() == f"Salin SKP tahun {TAHUN - 1}"

    saved_ids: list[int] = []
    dialog.saved.connect(saved_ids.append)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    saved(qtbot, dialog)
    copy = appraisals.skp_of(ahmad, TAHUN)
    assert copy is not None and copy.id != last_year and saved_ids == [copy.id]
    assert f"SKP tahun {TAHUN - 1} disalin" in dialog.summary.text()
    assert not dialog.banner.isVisibleTo(dialog)
    assert dialog.skp_id == copy.id and dialog.windowTitle().startswith(f"SKP {TAHUN} —")
    assert [r.rhk for r in dialog.rhk_panel.ordered()] == [
        r.rhk for r in appraisals.skp(last_year).rhk
    ]
    assert dialog.rhk_panel.detail.rows[0].target.text() == "3 aplikasi"
    assert not dialog.is_dirty()


def test_choosing_another_year_for_a_new_skp_says_what_there_is(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    ahmad = agency.people["ahmad"]
    make_skp(appraisals, ahmad, tahun=TAHUN - 1)
    dialog = open_editor(employee_id=ahmad, tahun=TAHUN + 1)
    assert dialog.copy_button.text() == f"Salin SKP tahun {TAHUN - 1}"
    dialog.tahun_edit.setValue(TAHUN - 1)  # taken
    qtbot.waitUntil(lambda: "sudah memiliki SKP" in dialog.banner_text.text(), timeout=5000)
    assert not dialog.copy_button.isVisibleTo(dialog)
    dialog.tahun_edit.setValue(TAHUN)
    qtbot.waitUntil(lambda: dialog.copy_button.isVisibleTo(dialog), timeout=5000)
    assert dialog.banner_text.text().startswith(
        f"{NAMES['ahmad']} belum memiliki SKP tahun {TAHUN}"
    )
    assert dialog.copy_button.text() == f"Salin SKP tahun {TAHUN - 1}"
    dialog.tahun_edit.setValue(TAHUN + 1)  # back as opened: nothing to save
    qtbot.waitUntil(lambda: not dialog.is_dirty(), timeout=5000)


# -- the RHK --------------------------------------------------------------------------------------


def test_rhk_move_switch_group_and_remove(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    panel = dialog.rhk_panel
    first, second = panel.rhk["utama"]
    panel.select(second)
    assert panel.up_button.isEnabled() and not panel.down_button.isEnabled()
    panel.up_button.click()
    assert panel.rhk["utama"] == [second, first] and panel.current() is second
    assert panel.groups["utama"].child(0).text(0).startswith("1. Tersusunnya dokumentasi")
    assert panel.detail.title.text() == "RHK Utama 1"
    panel.move_button.click()  # to Tambahan
    assert panel.rhk["utama"] == [first] and panel.rhk["tambahan"][-1] is second
    assert panel.detail.title.text() == "RHK Tambahan 2"
    assert panel.move_button.text() == "Pindah ke utama"

    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    panel.select(panel.rhk["tambahan"][0])  # magang
    panel.remove_button.click()
    assert len(asked) == 1 and "Hapus RHK" in asked[0] and "magang" in asked[0]
    assert panel.rhk["tambahan"] == [second] and panel.current() is second
    dialog.save()
    saved(qtbot, dialog)
    record = appraisals.skp(skp_id)
    assert [(r.jenis, r.rhk) for r in record.rhk] == [
        ("utama", "Terlaksananya pengembangan aplikasi layanan publik"),
        ("tambahan", "Tersusunnya dokumentasi sistem"),
    ]


def test_indicators_are_added_and_removed(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    detail = dialog.rhk_panel.detail
    assert len(detail.rows) == 2
    qtbot.mouseClick(detail.add_indikator_button, Qt.MouseButton.LeftButton)
    new = detail.rows[2]
    new.indikator.setPlainText("Pengguna aplikasi puas")
    new.target.setText("80%")
    new.aspek.setCurrentIndex(new.aspek.findData("kualitas"))
    detail.rows[0].remove_button.click()
    assert [r.number.text() for r in detail.rows] == ["1.", "2."]
    dialog.save()
    saved(qtbot, dialog)
    indikator = appraisals.skp(skp_id).rhk[0].indikator
    assert [(i.aspek, i.indikator, i.target) for i in indikator] == [
        ("waktu", "Aplikasi selesai tepat waktu", "12 bulan"),
        ("kualitas", "Pengguna aplikasi puas", "80%"),
    ]


def test_the_superiors_rhk_is_chosen_from_the_appraisers_skp(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    kasi_skp = make_skp(appraisals, agency.people["kasi"])
    options = appraisals.skp(kasi_skp).rhk
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    combo = dialog.rhk_panel.detail.atasan
    assert [combo.itemData(i) for i in range(1, combo.count())] == [r.id for r in options]
    assert not dialog.rhk_panel.detail.atasan_hint.isVisibleTo(dialog)
    # The copy's typed superior RHK is shown as typed.
    assert combo.currentText() == "Meningkatnya layanan publik berbasis elektronik"

    index = combo.findData(options[1].id)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    dialog.save()
    saved(qtbot, dialog)
    first = appraisals.skp(skp_id).rhk[0]
    assert (first.rhk_atasan_id, first.rhk_atasan) == (options[1].id, options[1].rhk)

    # Typed instead: the link goes, the text stays as typed.
    line = combo.lineEdit()
    assert line is not None
    line.clear()
    qtbot.keyClicks(line, "RHK Sekretariat")
    dialog.save()
    saved(qtbot, dialog)
    first = appraisals.skp(skp_id).rhk[0]
    assert (first.rhk_atasan_id, first.rhk_atasan) == (None, "RHK Sekretariat")


# -- the appraisers -------------------------------------------------------------------------------


def test_an_appraiser_is_found_in_the_register_while_typing_off_the_gui_thread(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    on_gui_thread: list[bool] = []
    search = dialog.employees.search_ids

    def traced(query: Any) -> list[int]:
        on_gui_thread.append(threading.current_thread() is threading.main_thread())
        return search(query)

    dialog.employees.search_ids = traced  # type: ignore[method-assign]
    box = dialog.atasan_box
    completer = box.completer
    qtbot.keyClicks(box.search, "Ba")
    qtbot.wait(400)  # longer than the typing delay: two letters never search
    assert on_gui_thread == []
    qtbot.keyClicks(box.search, "mbang")
    qtbot.waitUntil(lambda: completer.searches > 0, timeout=5000)
    assert on_gui_thread == [False]
    labels = completer.labels()
    assert labels == [
        f"{NAMES['kadis']} — 197004121995031001 — Kepala Dinas Komunikasi dan Informatika"
    ]
    completer.activated[str].emit(labels[0])  # type: ignore[index]
    assert box.person_id() == agency.people["kadis"]
    assert NAMES["kadis"] in box.chosen_label.text() and box.search.text() == ""
    assert dialog.is_dirty()

    # The appraised employee is never offered as his own appraiser.
    box.search.setText("")
    qtbot.keyClicks(box.search, "Ahmad")
    qtbot.waitUntil(lambda: completer.searches > 1, timeout=5000)
    assert completer.labels() == []

    dialog.save()
    saved(qtbot, dialog)
    record = appraisals.skp(skp_id)
    assert record.atasan is not None and record.atasan.employee_id == agency.people["kadis"]
    assert record.atasan.jabatan == "Kepala Dinas Komunikasi dan Informatika"


def test_a_non_asn_appraiser_is_typed_in(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    skp_id = make_skp(appraisals, agency.people["kadis"], proposed=False)
    dialog = open_editor(skp_id=skp_id)
    box = dialog.atasan_box
    assert box.person_id() is None and box.chosen_label.text() == "Belum dipilih."
    box.non_asn_radio.click()
    assert box.mode() == NON_ASN_MODE and box.stack.currentIndex() == 1
    assert not box.nip.isVisibleTo(box) and not box.pangkat.isVisibleTo(box)
    qtbot.keyClicks(box.nama, "Muhammad Farhan")
    qtbot.keyClicks(box.jabatan, "Wali Kota Bandung")
    qtbot.keyClicks(box.unit, "Pemerintah Kota Bandung")
    outside = dialog.penilai_box
    outside.outside_radio.click()
    assert outside.nip.isVisibleTo(outside)
    qtbot.keyClicks(outside.nama, "Ema Sumarna")
    qtbot.keyClicks(outside.nip, "196905121990031004")
    qtbot.keyClicks(outside.jabatan, "Sekretaris Daerah")
    dialog.save()
    saved(qtbot, dialog)
    record = appraisals.skp(skp_id)
    assert record.atasan is not None
    assert (record.atasan.status, record.atasan.nama, record.atasan.nip) == (
        "NON ASN",
        "Muhammad Farhan",
        "",
    )
    assert record.atasan.jabatan == "Wali Kota Bandung"
    assert record.penilai is not None
    assert (record.penilai.status, record.penilai.nip) == ("ASN", "196905121990031004")

    again = open_editor(skp_id=skp_id)
    assert again.atasan_box.mode() == NON_ASN_MODE
    assert again.atasan_box.nama.text() == "Muhammad Farhan"
    assert again.penilai_box.outside_radio.isChecked()
    assert again.penilai_box.mode() != REGISTER and not again.is_dirty()


def test_input_lengths_come_from_the_input_policy(open_editor: Open, agency: Agency) -> None:
    dialog = open_editor(employee_id=agency.people["ahmad"], tahun=TAHUN)
    dialog.rhk_panel.add_utama.click()
    detail = dialog.rhk_panel.detail
    assert detail.rows[0].target.maxLength() == TEXT_FIELDS["target"].form_max_length
    line = detail.atasan.lineEdit()
    assert line is not None and line.maxLength() == TEXT_FIELDS["rhk_atasan"].form_max_length
    box = dialog.penilai_box
    assert box.nama.maxLength() == TEXT_FIELDS["penilai_nama"].form_max_length
    assert box.nip.maxLength() == TEXT_FIELDS["penilai_nip"].form_max_length
    # A plain-text field takes no more than its limit either.
    limit = TEXT_FIELDS["rhk"].form_max_length
    detail.rhk_text.setPlainText("x" * (limit + 50))
    assert len(detail.rhk_text.toPlainText()) == limit
    dialog.rhk_panel.remove_current()  # leave nothing unsaved for the teardown


# -- problems -------------------------------------------------------------------------------------


def test_problems_are_shown_on_their_rhk_and_field_and_nothing_is_saved(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    ahmad = agency.people["ahmad"]
    dialog = open_editor(employee_id=ahmad, tahun=TAHUN)
    fill_rhk(dialog, "utama", "Tersusunnya laporan", ("kuantitas", "Jumlah laporan", "12"))
    empty = fill_rhk(dialog, "utama", "", ("kuantitas", "", "5"))
    fill_rhk(dialog, "tambahan", "Pendampingan", ("kuantitas", "Peserta", "2"))
    panel = dialog.rhk_panel
    panel.select(panel.rhk["utama"][0])
    dialog.tabs.setCurrentIndex(0)
    box = dialog.penilai_box
    box.non_asn_radio.click()
    box.jabatan.setText("Wali Kota")  # a name is required

    assert dialog.save() is False
    assert appraisals.skp_of(ahmad, TAHUN) is None
    # The clerk is taken to the first place at fault ...
    assert dialog.tabs.currentIndex() == 0
    assert box.problem() == "Nama wajib diisi (atau kosongkan semua isian)."
    summary = dialog.summary.text()
    assert summary.startswith("Belum disimpan; perbaiki dahulu:")
    assert "RHK Utama 2: Rencana hasil kerja belum diisi." in summary
    assert "RHK Utama 2, indikator 1: Indikator belum diisi." in summary
    # ... and the RHK at fault is marked in the tree, its fields under their inputs.
    child = panel.groups["utama"].child(1)
    assert child.foreground(0).color().name() == "#b00020"
    assert panel.groups["utama"].child(0).foreground(0).color().name() != "#b00020"
    panel.select(empty)
    assert panel.detail.rhk_row.problem() == "Rencana hasil kerja belum diisi."
    assert panel.detail.rows[0].error.text() == "Indikator belum diisi."

    box.nama.setText("Muhammad Farhan")
    panel.detail.rhk_text.setPlainText("Terkelolanya arsip")
    panel.detail.rows[0].indikator.setPlainText("Arsip tertata")
    assert dialog.save() is True
    saved(qtbot, dialog)
    assert box.problem() == "" and panel.detail.rhk_row.problem() == ""
    record = appraisals.skp_of(ahmad, TAHUN)
    assert record is not None and [r.rhk for r in record.rhk][1] == "Terkelolanya arsip"


def test_the_services_refusal_is_shown_under_its_field(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    ahmad = agency.people["ahmad"]
    dialog = open_editor(employee_id=ahmad, tahun=TAHUN)
    fill_rhk(dialog, "utama", "Tersusunnya laporan", ("kuantitas", "Jumlah laporan", "12"))
    make_skp(appraisals, ahmad)  # meanwhile, somewhere else
    assert dialog.save() is True  # the form is fine; the service finds the year taken
    saved(qtbot, dialog)
    assert "sudah memiliki SKP tahun" in dialog.tahun_row.problem()
    assert "sudah memiliki SKP tahun" in dialog.summary.text()
    assert dialog.skp_id is None and dialog.result() != QDialog.DialogCode.Accepted.value
    dialog.rhk_panel.remove_current()


def test_a_stale_save_says_who_changed_the_skp_and_keeps_the_edits(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    adb: Database,
    dialogs_shown: list[str],
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    record = appraisals.skp(skp_id)
    adb.assume_user("operator")  # another clerk changes the SKP meanwhile
    appraisals.update_skp(skp_id, record.as_draft(), expected_revision=record.revision)
    adb.assume_user("admin")
    changed = appraisals.skp(skp_id)
    dialog.rhk_panel.detail.rhk_text.setPlainText("Diubah di dialog")
    dialog.save()
    saved(qtbot, dialog)
    assert len(dialogs_shown) == 1
    message = dialogs_shown.pop()
    assert "sudah diubah di tempat lain (oleh operator" in message
    assert dialog.rhk_panel.detail.rhk_text.toPlainText() == "Diubah di dialog"
    assert appraisals.skp(skp_id).revision == changed.revision  # nothing overwritten
    assert dialog.isVisible()
    dialog.rhk_panel.detail.rhk_text.setPlainText(record.rhk[0].rhk)  # back to the stored


# -- closing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "button",
    [
        QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Discard,
        QMessageBox.StandardButton.Save,
    ],
)
def test_closing_with_unsaved_changes_asks_save_discard_or_cancel(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    dialog.ekspektasi["adaptif"].setPlainText("Cepat menyesuaikan diri")
    asked = answer(monkeypatch, button)
    dialog.close()  # the window's X, like Esc and Tutup, goes through reject()
    assert asked == ["Ada perubahan yang belum disimpan. Simpan sekarang?"]
    if button == QMessageBox.StandardButton.Cancel:
        assert dialog.isVisible() and dialog.is_dirty()
        dialog.ekspektasi["adaptif"].setPlainText("")
        return
    if button == QMessageBox.StandardButton.Save:
        saved(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = appraisals.skp(skp_id).ekspektasi["adaptif"]
    kept = button == QMessageBox.StandardButton.Save
    assert stored == ("Cepat menyesuaikan diri" if kept else "")


# -- read-only ------------------------------------------------------------------------------------


def test_a_viewer_sees_the_skp_read_only_and_may_print_it(
    open_editor: Open, agency: Agency, appraisals: AppraisalService, adb: Database
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    adb.assume_user("viewer")
    dialog = open_editor(skp_id=skp_id)
    assert dialog.read_only and "viewer" in dialog.read_only
    assert dialog.summary.text() == dialog.read_only
    assert dialog.windowTitle().endswith("(hanya baca)[*]")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.save() is False
    assert dialog.print_button.isEnabled()
    panel = dialog.rhk_panel
    assert all(not b.isVisibleTo(dialog) for b in panel.edit_buttons)
    assert panel.detail.rhk_text.isReadOnly()
    rows = panel.detail.rows
    assert all(row.indikator.isReadOnly() and not row.aspek.isEnabled() for row in rows)
    assert all(not row.remove_button.isVisibleTo(dialog) for row in panel.detail.rows)
    assert not panel.detail.add_indikator_button.isVisibleTo(dialog)
    assert not panel.detail.atasan.isEnabled()
    # Another RHK chosen is just as read-only.
    panel.select(panel.rhk["tambahan"][0])
    assert panel.detail.rhk_text.isReadOnly() and panel.detail.rows[0].target.isReadOnly()
    assert not dialog.penilai_box.register_radio.isEnabled()
    assert not dialog.penilai_box.search.isVisibleTo(dialog)
    assert dialog.ekspektasi["berorientasi_pelayanan"].isReadOnly()
    assert not dialog.skema.isEnabled()
    panel.add("utama")
    assert len(panel.ordered()) == 3 and not dialog.is_dirty()


def test_an_skp_whose_year_end_evaluation_is_final_is_read_only(
    open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    skp_id, _evaluasi_id = final_evaluation(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    assert dialog.read_only is not None and "sudah final" in dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.rhk_panel.detail.rhk_text.isReadOnly()
    assert dialog.print_button.isEnabled()


def test_a_periodic_evaluation_keeps_the_period_type(
    open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    kode = "tw1" if appraisals.skp(skp_id).jenis_periode == "triwulan" else "s1"
    rated(appraisals, skp_id, kode_periode=kode)
    dialog = open_editor(skp_id=skp_id)
    assert not dialog.jenis_periode.isEnabled()
    assert "evaluasi periodik" in dialog.jenis_periode.toolTip()


def test_a_missing_skp_is_said_in_the_dialog(
    qtbot: QtBot, adb: Database, runner: TaskRunner
) -> None:
    dialog = open_skp_editor(adb, runner, None, skp_id=999_999)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "tidak ditemukan" in dialog.summary.text(), timeout=10000)
    assert not dialog.loaded and not dialog.tabs.isEnabled()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isEnabled()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and not save.isEnabled()


def test_open_needs_an_skp_or_an_employee_and_a_year(adb: Database, runner: TaskRunner) -> None:
    with pytest.raises(ValueError, match="skp_id"):
        SkpEditorDialog(adb, runner, employee_id=1)
