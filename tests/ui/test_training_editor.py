"""The activity editor: a workshop with 30 participants recorded from scratch and each one's
JP moving by the rule, the amount labelled by the rule's unit and the live JP count, the
participants' cells and dialog, certificates, bad input, stale saves, a save of the activity
and its participants that is all or nothing, unsaved changes and a viewer's read-only view;
on copies of the small agency of tests/ui/training_data.py (45 employees, six activities).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from accounts import open_as
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.trainings import PelatihanDraft, PesertaDraft, TrainingService
from asn_desktop.ui.participant_picker import ParticipantPicker
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.training_editor import (
    P_HADIR,
    P_HASIL,
    P_JP,
    P_SERTIFIKAT,
    P_STTP_TANGGAL,
    P_TAHUNAN,
    CertificatePathDialog,
    ParticipantDialog,
    TrainingEditorDialog,
    open_training_editor,
)

from .training_data import (
    TrainingAgency,
    copy_training_agency,
    recent_workshop,
    training_template,
)

# -- fixtures -------------------------------------------------------------------------------------

Open = Callable[..., TrainingEditorDialog]


@pytest.fixture
def agency(
    tmp_path_factory: pytest.TempPathFactory, initialised_template: Path, tmp_path: Path
) -> TrainingAgency:
    return copy_training_agency(
        training_template(initialised_template, tmp_path_factory.mktemp("training")), tmp_path
    )


@pytest.fixture
def tdb(agency: TrainingAgency, tmp_path: Path) -> Iterator[Database]:
    database = open_as(agency.path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def trainings(tdb: Database) -> TrainingService:
    return TrainingService(tdb)


@pytest.fixture
def open_editor(qtbot: QtBot, tdb: Database, runner: TaskRunner) -> Iterator[Open]:
    """open_training_editor as the page calls it, once the activity has been read. Not
    given to qtbot: it would close them through reject(), which asks about unsaved edits;
    they are closed here without asking (the tests of closing ask it themselves)."""
    opened: list[TrainingEditorDialog] = []

    def make(**kwargs: Any) -> TrainingEditorDialog:
        dialog = open_training_editor(tdb, runner, None, **kwargs)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        opened.append(dialog)
        return dialog

    yield make
    runner.wait()
    for dialog in opened:
        if shiboken6.isValid(dialog):
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected.value)
            dialog.deleteLater()


def settle(qtbot: QtBot, dialog: TrainingEditorDialog) -> None:
    """Until every job the dialog asked for has been answered."""
    qtbot.waitUntil(lambda: not dialog.runner.busy() and not dialog.saving, timeout=10000)


def answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox.question answers ``button``; the questions asked are returned."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill_workshop(dialog: TrainingEditorDialog, draft: PelatihanDraft) -> None:
    """Type the activity as the clerk does."""
    dialog.nama.setText(draft.nama)
    dialog.jenis.setCurrentIndex(dialog.jenis.findData(draft.jenis_diklat))
    dialog.penyelenggara.setText(draft.penyelenggara)
    dialog.tempat.setText(draft.tempat)
    dialog.mulai.set_date(draft.mulai)
    dialog.selesai.set_date(draft.selesai)
    dialog.biaya_rencana.setText(str(draft.biaya_rencana))


def previewed(qtbot: QtBot, dialog: TrainingEditorDialog) -> None:
    with qtbot.waitSignal(dialog.previewed, timeout=10000):
        dialog.update_preview()


def picked(qtbot: QtBot, dialog: TrainingEditorDialog) -> ParticipantPicker:
    qtbot.waitUntil(lambda: isinstance(dialog.picker, ParticipantPicker), timeout=10000)
    picker = dialog.picker
    assert isinstance(picker, ParticipantPicker)
    qtbot.waitUntil(lambda: picker.searches > 0 and not picker.runner.busy(), timeout=10000)
    return picker


def column(dialog: TrainingEditorDialog, col: int) -> list[str]:
    model = dialog.model
    return [str(model.index(r, col).data()) for r in range(model.rowCount())]


# -- a workshop with 30 participants --------------------------------------------------------------


def test_a_workshop_with_30_participants_is_recorded_and_each_ones_jp_moves_by_the_rule(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
) -> None:
    dialog = open_editor()
    assert dialog.windowTitle() == "Kegiatan baru[*]"
    assert dialog.jenis.currentIndex() == -1  # the clerk chooses the type
    draft = recent_workshop()
    fill_workshop(dialog, draft)
    # Days from the dates, the unit named by the rule, and the JP counted live.
    assert dialog.jumlah_label.text() == "Jumlah hari:"
    assert dialog.jumlah.text() == "3"
    previewed(qtbot, dialog)
    assert dialog.preview_jp == 15
    assert dialog.jp_label.text() == "JP dihitung: <b>15 JP</b> (3 hari × 5 JP = 15 JP)"
    assert dialog.jp_warning.isHidden()

    # Tambah peserta saves the new activity first, then opens the picker.
    dialog.add_button.click()
    picker = picked(qtbot, dialog)
    assert dialog.pelatihan_id is not None
    assert trainings.pelatihan(dialog.pelatihan_id).jp == 15
    picker.unit_filter.setCurrentIndex(picker.unit_filter.findData(agency.units["BIDANG"]))
    qtbot.waitUntil(lambda: len(picker.model.ids()) == 30, timeout=5000)
    picker.select_all_button.click()
    assert picker.ok_button.text() == "&Daftarkan 30 peserta"
    picker.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 30, timeout=10000)
    settle(qtbot, dialog)
    assert dialog.participants_box.title() == "Peserta (30)"
    assert column(dialog, P_JP) == ["15"] * 30
    # Nobody had JP this year: each one now has the workshop's 15 of the 20 required.
    tahunan = column(dialog, P_TAHUNAN)
    assert tahunan.count("15 / 20") == 30
    assert "30 peserta · 30 dikreditkan JP · 30 masih di bawah target JP" in (
        dialog.participant_count.text()
    )

    # Everyone passes, except one who was there for 70% of it (the minimum is 80%).
    dialog.table.selectAll()
    dialog.pass_button.click()
    assert column(dialog, P_HASIL) == ["Lulus"] * 30
    model = dialog.model
    assert model.setData(model.index(4, P_HADIR), 70)
    assert dialog.is_dirty() and dialog.isWindowModified()
    assert "30 perubahan peserta belum disimpan" in dialog.participant_count.text()
    assert dialog.save() is True
    settle(qtbot, dialog)
    assert not dialog.is_dirty()
    peserta = trainings.peserta(dialog.pelatihan_id)
    assert [p.hasil for p in peserta] == ["lulus"] * 30
    short = model.entries[4].record
    assert short.kehadiran == 70 and short.jp_dikreditkan == 0
    assert column(dialog, P_JP).count("15") == 29
    assert model.index(4, P_JP).data() == "0"
    assert model.index(4, P_TAHUNAN).data() == "0 / 20"
    assert "29 dikreditkan JP" in dialog.participant_count.text()


def test_the_amount_is_labelled_by_the_rules_unit_and_the_struktural_row_follows_the_type(
    qtbot: QtBot, open_editor: Open
) -> None:
    dialog = open_editor()
    dialog.mulai.set_date(date(2025, 4, 1))
    dialog.selesai.set_date(date(2025, 5, 30))
    expected = {
        "1": ("Jumlah JP:", ""),
        "4": ("Jumlah hari:", "60"),
        "14": ("Jumlah sesi:", ""),
        "20": ("Jumlah kunjungan:", "1"),
        "18": ("Jumlah penempatan:", "1"),
    }
    for jenis, (label, amount) in expected.items():
        dialog.jenis.setCurrentIndex(dialog.jenis.findData(jenis))
        assert dialog.jumlah_label.text() == label, jenis
        assert dialog.jumlah.text() == amount, jenis
        shown = dialog.kegiatan_form.isRowVisible(dialog.rows["latihan_struktural"])
        assert shown == (jenis == "1"), jenis
    # A number typed is the clerk's: other dates leave it alone.
    dialog.jenis.setCurrentIndex(dialog.jenis.findData("4"))
    dialog.jumlah.clear()
    dialog.jumlah.textEdited.emit("")
    dialog.selesai.set_date(date(2025, 4, 3))
    assert dialog.jumlah.text() == "3"
    dialog.jumlah.setText("2")
    dialog.jumlah.textEdited.emit("2")
    dialog.selesai.set_date(date(2025, 4, 5))
    assert dialog.jumlah.text() == "2"
    previewed(qtbot, dialog)
    assert dialog.preview_jp == 10
    # Sessions must be typed: the rule says so instead of a number.
    dialog.jenis.setCurrentIndex(dialog.jenis.findData("14"))
    previewed(qtbot, dialog)
    assert dialog.preview_jp is None
    assert "Jumlah sesi wajib diisi untuk Coaching" in dialog.jp_label.text()


def test_an_unconfirmed_value_says_so_where_it_is_used(qtbot: QtBot, open_editor: Open) -> None:
    dialog = open_editor()
    fill_workshop(dialog, recent_workshop())
    dialog.internasional.setChecked(True)
    previewed(qtbot, dialog)
    assert dialog.preview_jp == 21
    assert "3 hari × 7 JP (internasional) = 21 JP" in dialog.jp_label.text()
    assert dialog.jp_warning.isVisibleTo(dialog)
    assert "belum dikonfirmasi" in dialog.jp_warning.text()
    dialog.nasional.setChecked(True)
    previewed(qtbot, dialog)
    assert dialog.preview_jp == 15 and dialog.jp_warning.isHidden()


def test_an_existing_activity_shows_the_jp_as_stored(
    open_editor: Open, agency: TrainingAgency, trainings: TrainingService
) -> None:
    pid = agency.activities["Pelatihan Manajemen Proyek TI"]
    dialog = open_editor(pelatihan_id=pid)
    assert dialog.windowTitle() == "Pelatihan Manajemen Proyek TI[*]"
    assert dialog.nama.text() == "Pelatihan Manajemen Proyek TI"
    assert dialog.jumlah_label.text() == "Jumlah JP:" and dialog.jumlah.text() == "40"
    assert dialog.preview_jp == 40
    assert dialog.jp_label.text() == (
        "JP dihitung: <b>40 JP</b> (" + trainings.pelatihan(pid).penjelasan + ")"
    )
    assert dialog.biaya_rencana.text() == "50.000.000"
    assert dialog.model.rowCount() == 10
    assert column(dialog, P_JP) == ["40"] * 10
    assert not dialog.is_dirty()


def test_the_participant_model_passes_the_model_tester(
    qtmodeltester: ModelTester, agency: TrainingAgency, trainings: TrainingService, tdb: Database
) -> None:
    from asn_desktop.services.jp_compliance import ComplianceService
    from asn_desktop.ui.training_editor import ParticipantModel, read_participants

    record = trainings.pelatihan(agency.activities["Pelatihan Manajemen Proyek TI"])
    model = ParticipantModel()
    model.set_participants(read_participants(trainings, ComplianceService(tdb), record), 2025)
    assert model.setData(model.index(0, P_HASIL), "lulus")
    qtmodeltester.check(model)
    assert model.rowCount() == 10 and model.headerData(P_TAHUNAN, Qt.Orientation.Horizontal)
    assert model.headerData(P_TAHUNAN, Qt.Orientation.Horizontal) == "JP 2025/target"
    assert model.index(0, P_JP).data() == "40"
    first = model.entries[0].record.employee_id
    tahunan = ComplianceService(tdb).rows(2025, [first])[first]
    assert tahunan.jp >= 40  # this activity and whatever else they did that year
    assert model.index(0, P_TAHUNAN).data() == f"{tahunan.jp:g} / 20"


# -- participants: the dialog, removing, certificates ---------------------------------------------


def test_a_participant_is_edited_in_their_dialog_and_saved_with_the_activity(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = agency.activities["Pelatihan Manajemen Proyek TI"]
    dialog = open_editor(pelatihan_id=pid)
    dialog.table.selectRow(2)

    def fill(self: ParticipantDialog) -> int:
        self.nilai_pre.setText("55,5")
        self.nilai_post.setText("82")
        self.hasil.setCurrentIndex(self.hasil.findData("lulus"))
        self.sttp_nomor.setText("893/12/PUSDIKLAT/2025")
        self.sttp_tanggal.setText("06-06-2025")
        self.accept()
        return int(self.result())

    monkeypatch.setattr(ParticipantDialog, "exec", fill)
    dialog.edit_participant_button.click()
    entry = dialog.model.entries[2]
    assert entry.pending and dialog.is_dirty()
    dialog.save()
    settle(qtbot, dialog)
    stored = trainings.peserta_record(entry.record.id)
    assert (stored.nilai_pre, stored.nilai_post, stored.hasil) == (55.5, 82.0, "lulus")
    assert (stored.sttp_nomor, stored.sttp_tanggal) == ("893/12/PUSDIKLAT/2025", date(2025, 6, 6))
    assert not dialog.is_dirty()


def test_the_participant_dialog_names_what_it_cannot_read(
    agency: TrainingAgency, open_editor: Open
) -> None:
    dialog = open_editor(pelatihan_id=agency.activities["Pelatihan Manajemen Proyek TI"])
    entry = dialog.model.entries[0]
    edit = ParticipantDialog(entry, parent=dialog)
    edit.nilai_post.setText("delapan puluh")
    edit.sttp_tanggal.setText("31-02-2025")
    edit.accept()
    assert edit.result_draft is None and edit.result() != QDialog.DialogCode.Accepted.value
    assert "Nilai post-test harus berupa angka" in edit.rows["nilai_post"].problem()
    assert "Tanggal STTP" in edit.rows["sttp_tanggal"].problem()
    edit.deleteLater()


def test_a_cell_that_cannot_be_read_is_refused_and_said(
    open_editor: Open, agency: TrainingAgency
) -> None:
    dialog = open_editor(pelatihan_id=agency.activities["Pelatihan Manajemen Proyek TI"])
    model = dialog.model
    assert not model.setData(model.index(0, P_HADIR), "seratus")
    assert "Kehadiran (%)" in dialog.summary.text()
    assert not model.setData(model.index(0, P_HASIL), "hadir")
    assert not dialog.is_dirty()


def test_removing_participants_asks_first(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = agency.activities["Coaching Pelayanan Prima"]
    dialog = open_editor(pelatihan_id=pid)
    dialog.table.selectRow(0)
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.remove_button.click()
    assert asked and asked[0].startswith(f"Hapus {dialog.model.entries[0].record.nama}")
    assert len(trainings.peserta(pid)) == 3
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    assert len(trainings.peserta(pid)) == 2
    assert dialog.summary.text() == "1 peserta dihapus."


def test_a_certificate_is_attached_and_opened_under_the_participants_name(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = agency.activities["Coaching Pelayanan Prima"]
    dialog = open_editor(pelatihan_id=pid)
    dialog.table.selectRow(1)
    entry = dialog.model.entries[1]
    assert not dialog.open_certificate_button.isEnabled()
    # An edit not saved yet stays on the row while the certificate is saved at once.
    assert dialog.model.setData(dialog.model.index(1, P_HADIR), 90)
    scan = tmp_path / "sttp.pdf"
    content = b"%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
    scan.write_bytes(content)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(scan), ""))
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: dialog.model.entries[1].record.ada_sertifikat, timeout=10000)
    settle(qtbot, dialog)
    assert dialog.model.index(1, P_SERTIFIKAT).data() == "Ada"
    assert dialog.open_certificate_button.isEnabled()
    assert dialog.model.entries[1].draft.kehadiran == 90
    dialog.save()
    settle(qtbot, dialog)
    stored = trainings.peserta_record(entry.record.id)
    assert stored.kehadiran == 90 and stored.ada_sertifikat

    opened: list[QUrl] = []
    monkeypatch.setattr(
        "asn_desktop.ui.training_editor.certificate_folder", lambda: tmp_path / "opened"
    )
    monkeypatch.setattr(
        "asn_desktop.ui.training_editor.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    dialog.open_certificate_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10000)
    written = Path(opened[0].toLocalFile())
    assert written.name == f"STTP {stored.nama} {stored.nip}.pdf"
    assert written.read_bytes() == content
    assert dialog.path_dialog is None

    # No program to open it: the path is shown, to copy.
    monkeypatch.setattr(
        "asn_desktop.ui.training_editor.QDesktopServices.openUrl", lambda _url: False
    )
    dialog.open_certificate_button.click()
    qtbot.waitUntil(lambda: dialog.path_dialog is not None, timeout=10000)
    shown = dialog.path_dialog
    assert isinstance(shown, CertificatePathDialog)
    assert shown.path_edit.text() == str(written) and shown.path_edit.isReadOnly()
    shown.copy_path()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == str(written)
    shown.reject()


def test_a_file_that_is_not_a_certificate_is_refused_with_the_services_message(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    dialog = open_editor(pelatihan_id=agency.activities["Coaching Pelayanan Prima"])
    dialog.table.selectRow(0)
    fake = tmp_path / "sttp.pdf"
    fake.write_bytes(b"PK\x03\x04 a Word document")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(fake), ""))
    dialog.attach_button.click()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert "PDF" in dialogs_shown.pop()
    assert not trainings.peserta_record(dialog.model.entries[0].record.id).ada_sertifikat


# -- bad input, stale saves -----------------------------------------------------------------------


def test_bad_input_shows_the_services_message_and_saves_nothing(
    qtbot: QtBot, open_editor: Open, trainings: TrainingService
) -> None:
    from asn_desktop.services.trainings import PelatihanQuery

    before = trainings.search_ids(PelatihanQuery())
    dialog = open_editor()
    fill_workshop(dialog, recent_workshop(nama=""))
    dialog.selesai.set_date(dialog.mulai.parsed() - timedelta(days=1))  # type: ignore[operator]
    assert dialog.save() is True  # the form can be read; the service judges it
    settle(qtbot, dialog)
    assert dialog.rows["nama"].problem() == "Nama kegiatan wajib diisi."
    assert "sebelum tanggal mulai" in dialog.rows["selesai"].problem()
    assert "Belum disimpan; perbaiki dahulu:" in dialog.summary.text()
    assert trainings.search_ids(PelatihanQuery()) == before
    assert dialog.pelatihan_id is None and dialog.isVisible()
    # What cannot even be read is said before the service is asked.
    dialog.biaya_rencana.setText("tiga puluh juta")
    dialog.nilai_lulus.setText("tinggi")
    assert dialog.save() is False
    assert "Biaya rencana harus bilangan bulat rupiah" in dialog.rows["biaya_rencana"].problem()
    assert "Nilai lulus harus berupa angka" in dialog.rows["nilai_lulus"].problem()
    assert trainings.search_ids(PelatihanQuery()) == before


@pytest.mark.parametrize("reload", [False, True])
def test_a_stale_save_says_who_changed_the_activity_and_offers_to_reload(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    tdb: Database,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
    reload: bool,
) -> None:
    pid = agency.activities["Workshop Digitalisasi Layanan Publik"]
    dialog = open_editor(pelatihan_id=pid)
    record = trainings.pelatihan(pid)
    tdb.assume_user("operator")  # another clerk changes the activity meanwhile
    trainings.update(
        pid,
        replace(record.as_draft(), tempat="Gedung Sate"),
        expected_revision=record.revision,
    )
    tdb.assume_user("admin")
    warned: list[str] = []
    if reload:

        def warning(_parent: object, _title: str, text: str, *_args: object) -> object:
            warned.append(text)
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog.nama.setText("Diubah di dialog")
    dialog.save()
    settle(qtbot, dialog)
    message = warned[0] if reload else dialogs_shown.pop()
    assert "sudah diubah di tempat lain (oleh operator" in message
    assert "Muat ulang kegiatan ini dari basis data?" in message
    stored = trainings.pelatihan(pid)
    assert stored.nama == record.nama and stored.tempat == "Gedung Sate"  # nothing overwritten
    if reload:
        qtbot.waitUntil(lambda: dialog.loaded and dialog.tempat.text() == "Gedung Sate")
        assert dialog.nama.text() == record.nama and not dialog.is_dirty()
    else:
        assert dialog.nama.text() == "Diubah di dialog" and dialog.is_dirty()
        dialog.nama.setText(record.nama)  # back to what was read: closing asks nothing


def test_a_participant_changed_elsewhere_refuses_the_whole_save(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    tdb: Database,
    dialogs_shown: list[str],
) -> None:
    pid = agency.activities["Coaching Pelayanan Prima"]
    dialog = open_editor(pelatihan_id=pid)
    first, target = dialog.model.entries[0].record, dialog.model.entries[1].record
    tdb.assume_user("operator")
    trainings.update_peserta(
        target.id,
        PesertaDraft(kehadiran=60, hasil="tidak_lulus"),
        expected_revision=target.revision,
    )
    tdb.assume_user("admin")
    model = dialog.model
    dialog.tempat.setText("Aula Bappeda")
    assert model.setData(model.index(0, P_HADIR), 95)
    assert model.setData(model.index(1, P_HADIR), 85)
    dialog.save()
    settle(qtbot, dialog)
    message = dialogs_shown.pop()
    assert f"Data peserta {target.nama} sudah diubah di tempat lain (oleh operator" in message
    assert "Muat ulang kegiatan ini dari basis data?" in message
    # Nothing of the save is stored: not the activity, not the participant before.
    assert trainings.pelatihan(pid).tempat == ""
    assert trainings.peserta_record(first.id).kehadiran == first.kehadiran == 100
    assert trainings.peserta_record(target.id).kehadiran == 60
    # The edits stay; the one changed elsewhere is marked, what is stored now beside it.
    assert dialog.is_dirty() and dialog.tempat.text() == "Aula Bappeda"
    assert model.entries[0].pending and not model.entries[0].problem
    assert model.entries[1].pending and "oleh operator" in model.entries[1].problem
    assert model.entries[1].record.kehadiran == 60 and model.entries[1].draft.kehadiran == 85
    # The clerk drops that edit: the rest is saved in one go.
    model.set_draft(1, model.entries[1].record.as_draft())
    dialog.save()
    settle(qtbot, dialog)
    assert dialog.summary.text() == "Tersimpan." and not dialog.is_dirty()
    assert trainings.pelatihan(pid).tempat == "Aula Bappeda"
    assert trainings.peserta_record(first.id).kehadiran == 95
    assert trainings.peserta_record(target.id).kehadiran == 60


def test_a_refused_participant_leaves_the_activity_and_the_others_unchanged(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = agency.activities["Coaching Pelayanan Prima"]  # 01-04-2025 to 30-05-2025
    dialog = open_editor(pelatihan_id=pid)
    before = (trainings.pelatihan(pid), trainings.peserta(pid))
    # One call of the service's save per Simpan; the per-record updates are not used.
    calls: list[dict[int, Any]] = []
    save = dialog.service.save

    def counted(*args: Any, **kwargs: Any) -> int:
        calls.append(dict(kwargs["peserta"]))
        return save(*args, **kwargs)

    def refused(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("the editor saves through TrainingService.save only")

    monkeypatch.setattr(dialog.service, "save", counted)
    monkeypatch.setattr(dialog.service, "update", refused)
    monkeypatch.setattr(dialog.service, "update_peserta", refused)
    model = dialog.model
    dialog.tempat.setText("Aula Bappeda")
    dialog.nama.setText("")
    assert model.setData(model.index(0, P_HASIL), "lulus")
    assert model.setData(model.index(1, P_STTP_TANGGAL), "31-03-2025")  # before it began
    tomorrow = date.today() + timedelta(days=1)
    assert model.setData(model.index(2, P_STTP_TANGGAL), f"{tomorrow:%d-%m-%Y}")
    dialog.save()
    settle(qtbot, dialog)
    assert len(calls) == 1 and len(calls[0]) == 3
    assert (trainings.pelatihan(pid), trainings.peserta(pid)) == before
    # Every problem at once: the activity's under its field, each participant's on the row.
    assert dialog.rows["nama"].problem() == "Nama kegiatan wajib diisi."
    second, third = model.entries[1].record, model.entries[2].record
    summary = dialog.summary.text()
    assert summary.startswith("Belum disimpan; perbaiki dahulu:")
    assert "• Nama kegiatan wajib diisi." in summary
    assert (
        f"• Peserta {second.nama} (NIP " in summary and f"• Peserta {third.nama} (NIP " in summary
    )
    assert not model.entries[0].problem and model.entries[0].pending
    problem = model.entries[1].problem
    assert problem.startswith(f"Peserta {second.nama} (NIP ")
    assert problem.endswith("Tanggal STTP 31-03-2025 sebelum kegiatan dimulai (01-04-2025).")
    assert model.index(1, P_HADIR).data(Qt.ItemDataRole.ToolTipRole) == problem
    assert model.entries[2].problem.startswith(f"Peserta {third.nama} (NIP ")
    assert model.entries[2].problem.endswith("jatuh setelah hari ini.")
    assert dialog.table.currentIndex().row() == 1
    # Put right, the same Simpan saves all of it together.
    dialog.nama.setText(before[0].nama)
    model.set_draft(1, replace(model.entries[1].draft, sttp_tanggal=date(2025, 5, 30)))
    model.set_draft(2, replace(model.entries[2].draft, sttp_tanggal=None))
    assert not model.entries[1].problem
    dialog.save()
    settle(qtbot, dialog)
    assert len(calls) == 2 and dialog.summary.text() == "Tersimpan."
    assert trainings.pelatihan(pid).tempat == "Aula Bappeda"
    stored = {p.id: p for p in trainings.peserta(pid)}
    assert stored[model.entries[0].record.id].hasil == "lulus"
    assert stored[second.id].sttp_tanggal == date(2025, 5, 30)
    assert not dialog.is_dirty()


# -- closing, read-only ---------------------------------------------------------------------------


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
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
    button: QMessageBox.StandardButton,
) -> None:
    pid = agency.activities["Seminar Keamanan Siber Pemerintah Daerah"]
    dialog = open_editor(pelatihan_id=pid)
    dialog.tempat.setText("Hotel Preanger")
    assert dialog.model.setData(dialog.model.index(0, P_HASIL), "lulus")
    asked = answer(monkeypatch, button)
    dialog.close()  # the window's X, like Esc and Tutup, goes through reject()
    assert asked == ["Perubahan kegiatan ini dan 1 pesertanya belum disimpan. Simpan sekarang?"]
    if button == QMessageBox.StandardButton.Cancel:
        assert dialog.isVisible() and dialog.is_dirty()
        dialog.tempat.setText("")
        dialog.model.set_draft(0, dialog.model.entries[0].record.as_draft())
        return
    if button == QMessageBox.StandardButton.Save:
        settle(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    kept = button == QMessageBox.StandardButton.Save
    assert trainings.pelatihan(pid).tempat == ("Hotel Preanger" if kept else "")
    assert trainings.peserta(pid)[0].hasil == ("lulus" if kept else "mengikuti")


def test_closing_untouched_asks_nothing(open_editor: Open, agency: TrainingAgency) -> None:
    dialog = open_editor(pelatihan_id=agency.activities["E-Learning Analisis Data"])
    assert not dialog.is_dirty()
    dialog.close()
    assert not dialog.isVisible()


def test_a_viewer_sees_everything_read_only(
    qtbot: QtBot,
    open_editor: Open,
    agency: TrainingAgency,
    trainings: TrainingService,
    tdb: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = agency.activities["Coaching Pelayanan Prima"]
    first = trainings.peserta(pid)[0]
    scan = tmp_path / "sttp.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    trainings.attach_sertifikat(first.id, scan, expected_revision=first.revision)
    tdb.assume_user("viewer")
    dialog = open_editor(pelatihan_id=pid)
    assert dialog.read_only is not None and "viewer" in dialog.read_only
    assert dialog.windowTitle() == "Coaching Pelayanan Prima (hanya baca)[*]"
    assert dialog.summary.text() == dialog.read_only
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.save() is False
    assert dialog.nama.isReadOnly() and dialog.penyelenggara.isReadOnly()
    assert not dialog.jenis.isEnabled() and not dialog.sumber_dana.isEnabled()
    assert not dialog.internasional.isEnabled()
    assert dialog.model.rowCount() == 3
    flags = dialog.model.flags(dialog.model.index(0, P_HADIR))
    assert not flags & Qt.ItemFlag.ItemIsEditable
    assert not dialog.model.setData(dialog.model.index(0, P_HADIR), 50)
    dialog.table.selectRow(0)
    for button in (
        dialog.add_button,
        dialog.pass_button,
        dialog.remove_button,
        dialog.attach_button,
        dialog.detach_button,
    ):
        assert not button.isEnabled(), button.text()
        assert "viewer" in button.toolTip()
    assert dialog.open_certificate_button.isEnabled()  # reading is allowed
    assert dialog.edit_participant_button.isEnabled()
    assert dialog.edit_participant_button.text() == "Lihat pese&rta…"
    dialog.add_participants()
    assert dialog.picker is None
    dialog.nama.setText("something")  # even if it could be typed, nothing asks or saves
    assert not dialog.is_dirty()
    dialog.close()
    assert not dialog.isVisible()


def test_a_missing_activity_is_said_in_the_dialog(
    qtbot: QtBot, tdb: Database, runner: TaskRunner
) -> None:
    dialog = open_training_editor(tdb, runner, None, pelatihan_id=999_999)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "tidak ditemukan" in dialog.summary.text(), timeout=10000)
    assert not dialog.loaded and not dialog.splitter.isEnabled()
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isEnabled()
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save is not None and not save.isEnabled()
    runner.wait()
