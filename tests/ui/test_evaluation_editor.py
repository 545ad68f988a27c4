"""The evaluation editor: the live predikat, saving and reading back, finalising (with the
pola distribusi warning), refusals that keep the dialog open, reopening with a reason, the
signed copy, the periods of the year, read-only cases."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.domain import Rating, periode, periode_tahun, predikat_kinerja
from asn_desktop.services.appraisals import AppraisalService
from asn_desktop.services.database import Database
from asn_desktop.ui.evaluation_editor import (
    EvaluationEditorDialog,
    ReasonDialog,
    SignedCopyDialog,
    open_evaluation_editor,
)
from asn_desktop.ui.tasks import TaskRunner

from .editor_data import (
    TAHUN,
    Agency,
    agency_template,
    copy_agency,
    final_evaluation,
    make_skp,
    rated,
)

Open = Callable[..., EvaluationEditorDialog]
END = periode("akhir", TAHUN).selesai


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
def skp_id(appraisals: AppraisalService, agency: Agency) -> int:
    """Ahmad's SKP of the year (three RHK, the proposed appraisers), not evaluated yet."""
    return make_skp(appraisals, agency.people["ahmad"])


@pytest.fixture
def open_editor(qtbot: QtBot, adb: Database, runner: TaskRunner) -> Open:
    def make(**kwargs: Any) -> EvaluationEditorDialog:
        dialog = open_evaluation_editor(adb, runner, None, **kwargs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
        return dialog

    return make


def done(qtbot: QtBot, dialog: EvaluationEditorDialog) -> None:
    """Until the operation started by the dialog has come back from the worker."""
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)


def choose(combo: Any, value: object) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def answer(
    monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton
) -> list[tuple[str, str]]:
    asked: list[tuple[str, str]] = []

    def question(_parent: object, title: str, text: str, *_args: object) -> object:
        asked.append((title, text))
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def fill(dialog: EvaluationEditorDialog) -> None:
    """Realisasi and bukti for every indicator, feedback for the first RHK and one value."""
    for ind_id, (real, bukti) in dialog.realisasi.items():
        real.setPlainText(f"tercapai {ind_id}")
        bukti.setPlainText(f"laporan {ind_id}")
    first = next(iter(dialog.rhk_feedback))
    text, rating, _row = dialog.rhk_feedback[first]
    text.setPlainText("Sesuai rencana")
    choose(rating, "di_atas")
    text, rating, _row = dialog.perilaku_feedback["kolaboratif"]
    text.setPlainText("Aktif dalam tim")
    choose(rating, "sesuai")
    dialog.catatan.setPlainText("Ikuti pelatihan keamanan aplikasi.")


# -- the predikat --------------------------------------------------------------------------------


def test_the_predikat_follows_the_ratings_without_the_database(
    open_editor: Open, skp_id: int, runner: TaskRunner, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_editor(skp_id=skp_id)
    assert dialog.predikat_label.text() == "BELUM DAPAT DITENTUKAN"

    def no_worker(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the predikat needs no database call")

    monkeypatch.setattr(runner, "run", no_worker)
    monkeypatch.setattr(runner, "run_controlled", no_worker)
    shown = set()
    for hasil in Rating:
        for perilaku in Rating:
            choose(dialog.hasil_combo, hasil.value)
            choose(dialog.perilaku_combo, perilaku.value)
            expected = predikat_kinerja(hasil, perilaku, on=END).upper()
            assert dialog.predikat_label.text() == expected, (hasil, perilaku)
            shown.add(dialog.predikat_label.styleSheet())
    assert {dialog.hasil_combo.itemText(i) for i in range(1, 4)} == {
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Di Bawah Ekspektasi",
    }
    assert len(shown) == 5  # one colour per predikat
    choose(dialog.perilaku_combo, None)
    assert dialog.predikat_label.text() == "BELUM DAPAT DITENTUKAN"
    choose(dialog.hasil_combo, None)
    assert not dialog.is_dirty()


# -- saving ---------------------------------------------------------------------------------------


def test_an_evaluation_is_filled_saved_and_read_back(
    qtbot: QtBot, open_editor: Open, skp_id: int, appraisals: AppraisalService
) -> None:
    dialog = open_editor(skp_id=skp_id)
    assert "BELUM DIEVALUASI" in dialog.status_text.text()
    assert dialog.periode_combo.currentData() == "akhir"
    assert not dialog.reopen_button.isVisibleTo(dialog)
    assert not dialog.signed_button.isVisibleTo(dialog)
    skp = appraisals.skp(skp_id)
    # Every indicator shows its target next to its realisasi and bukti.
    assert set(dialog.realisasi) == {i.id for r in skp.rhk for i in r.indikator}
    assert set(dialog.rhk_feedback) == {r.id for r in skp.rhk}
    assert len(dialog.perilaku_feedback) == 7
    fill(dialog)
    choose(dialog.hasil_combo, "di_atas")
    choose(dialog.perilaku_combo, "sesuai")
    assert dialog.predikat_label.text() == "BAIK"
    assert dialog.is_dirty() and dialog.isWindowModified()

    changed: list[int] = []
    dialog.changed.connect(changed.append)
    dialog.save_button.click()
    done(qtbot, dialog)
    assert changed == [skp_id] and not dialog.is_dirty()
    assert dialog.summary.text() == "Tersimpan sebagai draf."
    assert "DRAF" in dialog.status_text.text()
    assert dialog.periode_combo.currentText() == "Akhir tahun — draf"
    stored = appraisals.evaluasi_of(skp_id, "akhir")
    assert stored is not None and stored.status == "draft"
    assert (stored.rating_hasil_kerja, stored.rating_perilaku, stored.predikat) == (
        "di_atas",
        "sesuai",
        "baik",
    )
    first_ind = skp.rhk[0].indikator[0].id
    assert stored.realisasi[first_ind] == (f"tercapai {first_ind}", f"laporan {first_ind}")
    assert stored.umpan_balik_rhk[skp.rhk[0].id] == ("Sesuai rencana", "di_atas")
    assert stored.umpan_balik_perilaku["kolaboratif"] == ("Aktif dalam tim", "sesuai")
    assert stored.catatan == "Ikuti pelatihan keamanan aplikasi."
    assert stored.tanggal_penetapan == date.today()

    # A second save sends the revision read: the same evaluation, changed.
    dialog.catatan.setPlainText("Pertahankan.")
    dialog.save()
    done(qtbot, dialog)
    again = appraisals.evaluasi(stored.id)
    assert again.catatan == "Pertahankan." and again.revision > stored.revision
    dialog.reject()
    assert not dialog.isVisible()

    reopened = open_editor(skp_id=skp_id)
    assert reopened.hasil_combo.currentData() == "di_atas"
    assert reopened.predikat_label.text() == "BAIK"
    real, bukti = reopened.realisasi[first_ind]
    assert (real.toPlainText(), bukti.toPlainText()) == (
        f"tercapai {first_ind}",
        f"laporan {first_ind}",
    )
    text, rating, _row = reopened.rhk_feedback[skp.rhk[0].id]
    assert (text.toPlainText(), rating.currentData()) == ("Sesuai rencana", "di_atas")
    assert reopened.catatan.toPlainText() == "Pertahankan."
    assert not reopened.is_dirty()


def test_the_periods_of_the_year_are_offered_and_evaluated_separately(
    qtbot: QtBot, open_editor: Open, skp_id: int, appraisals: AppraisalService
) -> None:
    skp = appraisals.skp(skp_id)
    rated(appraisals, skp_id)  # the year-end one
    dialog = open_editor(skp_id=skp_id)
    kodes = [dialog.periode_combo.itemData(i) for i in range(dialog.periode_combo.count())]
    assert kodes == [p.kode for p in periode_tahun(TAHUN, skp.jenis_periode)]
    assert dialog.periode_combo.currentText() == "Akhir tahun — draf"
    first = kodes[0]
    index = dialog.periode_combo.findData(first)
    dialog.periode_combo.setCurrentIndex(index)
    dialog.periode_combo.activated.emit(index)
    qtbot.waitUntil(lambda: dialog.kode_periode == first, timeout=10000)
    assert "BELUM DIEVALUASI" in dialog.status_text.text()
    assert dialog.hasil_combo.currentData() is None  # not the year-end ratings
    name = dialog.periode_combo.currentText().split(" — ")[0]
    assert dialog.windowTitle().startswith(f"Evaluasi {name} {TAHUN} — Ahmad Sutisna")
    choose(dialog.hasil_combo, "sesuai")
    dialog.save()
    done(qtbot, dialog)
    found = appraisals.evaluasi_of(skp_id, first)
    assert found is not None and found.rating_hasil_kerja == "sesuai"
    assert dialog.periode_combo.currentText().endswith("— draf")
    assert appraisals.evaluasi_of(skp_id, "akhir") is not None


def test_switching_period_with_unsaved_changes_asks_first(
    qtbot: QtBot,
    open_editor: Open,
    skp_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_editor(skp_id=skp_id)
    dialog.catatan.setPlainText("belum disimpan")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.periode_combo.setCurrentIndex(0)
    dialog.periode_combo.activated.emit(0)
    assert len(asked) == 1 and dialog.kode_periode == "akhir"
    assert dialog.periode_combo.currentData() == "akhir"  # the choice is undone
    assert dialog.catatan.toPlainText() == "belum disimpan"

    asked = answer(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.periode_combo.setCurrentIndex(0)
    dialog.periode_combo.activated.emit(0)
    qtbot.waitUntil(lambda: dialog.kode_periode != "akhir", timeout=10000)
    assert dialog.catatan.toPlainText() == "" and not dialog.is_dirty()


# -- finalising -----------------------------------------------------------------------------------


def test_finalising_warns_of_the_distribution_and_goes_ahead_when_confirmed(
    qtbot: QtBot,
    open_editor: Open,
    skp_id: int,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Capaian "Baik" needs some Butuh Perbaikan or Kurang: one Baik alone breaks the rule.
    appraisals.set_capaian(TAHUN, "baik")
    dialog = open_editor(skp_id=skp_id)
    assert "Baik" in dialog.capaian_label.text()
    fill(dialog)
    choose(dialog.hasil_combo, "sesuai")
    choose(dialog.perilaku_combo, "sesuai")
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    changed: list[int] = []
    dialog.changed.connect(changed.append)
    assert dialog.finalise() is True
    qtbot.waitUntil(lambda: dialog.evaluasi is not None and dialog.evaluasi.is_final, timeout=10000)
    done(qtbot, dialog)

    assert len(asked) == 1
    title, text = asked[0]
    assert title == "Pola distribusi predikat"
    assert "Tetap finalkan?" in text and "Butuh Perbaikan" in text
    ev = appraisals.evaluasi_of(skp_id, "akhir")
    assert ev is not None and ev.is_final and ev.versi == 1
    kode = ev.versions[0].kode_dokumen
    assert changed and changed[-1] == skp_id
    # Now read-only, with its code and its version listed.
    assert dialog.read_only is not None and "sudah final" in dialog.read_only
    assert "FINAL" in dialog.status_text.text() and kode in dialog.status_text.text()
    assert f"Kode dokumen: {kode}" in dialog.summary.text()
    assert not dialog.save_button.isVisibleTo(dialog)
    assert not dialog.finalise_button.isVisibleTo(dialog)
    assert dialog.reopen_button.isVisibleTo(dialog) and dialog.reopen_button.isEnabled()
    assert dialog.signed_button.isVisibleTo(dialog)
    assert not dialog.hasil_combo.isEnabled() and dialog.catatan.isReadOnly()
    real, _bukti = next(iter(dialog.realisasi.values()))
    assert real.isReadOnly()
    table = dialog.versions_table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in (0, 1, 2)] == ["1", kode, "Baik"]
    assert "admin" in table.item(0, 3).text() and table.item(0, 4).text() == "—"
    assert dialog.tabs.isTabEnabled(3)
    assert dialog.save() is False and not dialog.is_dirty()


def test_finalising_declined_at_the_distribution_warning_keeps_a_draft(
    qtbot: QtBot,
    open_editor: Open,
    skp_id: int,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    appraisals.set_capaian(TAHUN, "baik")
    dialog = open_editor(skp_id=skp_id)
    choose(dialog.hasil_combo, "sesuai")
    choose(dialog.perilaku_combo, "sesuai")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    dialog.finalise()
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    done(qtbot, dialog)
    ev = appraisals.evaluasi_of(skp_id, "akhir")
    assert ev is not None and ev.status == "draft"  # saved, not final
    assert dialog.summary.text().startswith("Disimpan sebagai draf; belum difinalkan.")
    assert dialog.read_only is None and dialog.finalise_button.isVisibleTo(dialog)
    assert not dialog.is_dirty()


def test_finalising_without_an_appraiser_says_why_and_keeps_the_dialog_open(
    qtbot: QtBot, open_editor: Open, agency: Agency, appraisals: AppraisalService
) -> None:
    appraisals.set_capaian(TAHUN, "istimewa")
    skp_id = make_skp(appraisals, agency.people["siti"], proposed=False)
    dialog = open_editor(skp_id=skp_id)
    choose(dialog.hasil_combo, "di_atas")
    choose(dialog.perilaku_combo, "di_atas")
    dialog.finalise_button.click()
    done(qtbot, dialog)
    summary = dialog.summary.text()
    assert summary.startswith("Disimpan sebagai draf, tetapi belum dapat difinalkan:")
    assert "pejabat penilai belum dipilih" in summary
    assert "atasan pejabat penilai belum dipilih" in summary
    assert "diisi pada SKP pegawai" in summary
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted.value
    ev = appraisals.evaluasi_of(skp_id, "akhir")
    assert ev is not None and ev.status == "draft" and ev.rating_hasil_kerja == "di_atas"
    assert dialog.finalise_button.isEnabled() and not dialog.is_dirty()


def test_finalising_needs_both_ratings_before_anything_is_sent(
    open_editor: Open, skp_id: int, appraisals: AppraisalService
) -> None:
    dialog = open_editor(skp_id=skp_id)
    choose(dialog.hasil_combo, "sesuai")
    assert dialog.finalise() is False
    assert dialog.operation is None
    assert dialog.perilaku_row.problem() == "Pilih rating perilaku kerja sebelum memfinalkan."
    assert dialog.hasil_row.problem() == ""
    assert dialog.summary.text().startswith("Belum dapat difinalkan:")
    assert appraisals.evaluasi_of(skp_id, "akhir") is None
    choose(dialog.hasil_combo, None)


# -- after finalising -----------------------------------------------------------------------------


def test_a_final_evaluation_is_reopened_with_a_reason(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    skp_id, evaluasi_id = final_evaluation(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    assert dialog.read_only and dialog.reopen_button.isVisibleTo(dialog)

    assert dialog.reopen("pendek") is False  # under ten letters
    assert "paling sedikit 10 huruf" in dialog.summary.text()

    def type_reason(reason: ReasonDialog) -> int:
        ok = reason.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert ok is not None and not ok.isEnabled()
        reason.text.setPlainText("Salah ketik realisasi RHK kedua")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ReasonDialog, "exec", type_reason)
    dialog.reopen_button.click()
    done(qtbot, dialog)
    ev = appraisals.evaluasi(evaluasi_id)
    assert ev.status == "reopened"
    assert ev.versions[0].alasan_buka == "Salah ketik realisasi RHK kedua"
    assert dialog.read_only is None
    assert "DIBUKA KEMBALI" in dialog.status_text.text()
    assert "Salah ketik realisasi RHK kedua" in dialog.status_text.text()
    assert dialog.save_button.isVisibleTo(dialog) and dialog.finalise_button.isVisibleTo(dialog)
    assert not dialog.reopen_button.isVisibleTo(dialog)
    assert dialog.hasil_combo.isEnabled() and not dialog.catatan.isReadOnly()
    assert "Salah ketik" in dialog.versions_table.item(0, 4).text()
    assert not dialog.windowTitle().endswith("(hanya baca)[*]")


def test_the_reason_dialog_needs_ten_letters(qtbot: QtBot) -> None:
    dialog = ReasonDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok is not None and ok.text() == "Buka kembali" and not ok.isEnabled()
    qtbot.keyClicks(dialog.text, "koreksi")
    assert not ok.isEnabled() and dialog.count.text() == "Paling sedikit 10 huruf; sudah 7."
    qtbot.keyClicks(dialog.text, " data")
    assert ok.isEnabled()


def test_the_signed_paper_copy_is_recorded_with_its_scan(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    skp_id, evaluasi_id = final_evaluation(appraisals, agency.people["ahmad"])
    scan = tmp_path / "evaluasi-ttd.pdf"
    scan.write_bytes(b"%PDF-1.4\n% a scanned page\n")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(scan), "Pindaian"))

    def sign(signed: SignedCopyDialog) -> int:
        assert signed.tanggal.date().toString("dd-MM-yyyy") == date.today().strftime("%d-%m-%Y")
        signed.choose_button.click()
        assert signed.scan_label.text() == "evaluasi-ttd.pdf"
        signed.catatan.setText("Diserahkan ke subbagian kepegawaian")
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(SignedCopyDialog, "exec", sign)
    dialog = open_editor(skp_id=skp_id)
    changed: list[int] = []
    dialog.changed.connect(changed.append)
    dialog.signed_button.click()
    done(qtbot, dialog)
    versions = appraisals.evaluasi(evaluasi_id).versions
    assert versions[0].signed == ((date.today(), "evaluasi-ttd.pdf"),)
    assert changed == [skp_id]
    cell = dialog.versions_table.item(0, 5).text()
    assert cell == f"{date.today():%d-%m-%Y} (evaluasi-ttd.pdf)"
    assert "Ditandatangani" in dialog.status_text.text()
    assert "dicatat" in dialog.summary.text()


def test_a_bad_scan_is_refused_in_the_services_words(
    qtbot: QtBot,
    open_editor: Open,
    agency: Agency,
    appraisals: AppraisalService,
    tmp_path: Path,
) -> None:
    skp_id, evaluasi_id = final_evaluation(appraisals, agency.people["ahmad"])
    dialog = open_editor(skp_id=skp_id)
    wrong = tmp_path / "catatan.docx"
    wrong.write_bytes(b"not a scan")
    assert dialog.register_signed(tanggal=date.today(), scan=wrong) is True
    done(qtbot, dialog)
    assert "harus PDF, JPG, PNG atau TIFF" in dialog.summary.text()
    assert appraisals.evaluasi(evaluasi_id).versions[0].signed == ()


# -- read-only ------------------------------------------------------------------------------------


def test_a_viewer_sees_the_evaluation_read_only(
    open_editor: Open, agency: Agency, appraisals: AppraisalService, adb: Database
) -> None:
    skp_id = make_skp(appraisals, agency.people["ahmad"])
    rated(appraisals, skp_id, "di_atas", "di_atas")
    adb.assume_user("viewer")
    dialog = open_editor(skp_id=skp_id)
    assert dialog.read_only is not None and "viewer" in dialog.read_only
    assert dialog.summary.text() == dialog.read_only
    assert dialog.predikat_label.text() == "SANGAT BAIK"
    for button in (
        dialog.save_button,
        dialog.finalise_button,
        dialog.reopen_button,
        dialog.signed_button,
    ):
        assert not button.isVisibleTo(dialog)
    assert dialog.preview_button.isVisibleTo(dialog) and dialog.preview_button.isEnabled()
    assert not dialog.hasil_combo.isEnabled() and not dialog.perilaku_combo.isEnabled()
    real, bukti = next(iter(dialog.realisasi.values()))
    assert real.isReadOnly() and bukti.isReadOnly() and dialog.catatan.isReadOnly()
    assert all(not combo.isEnabled() for _t, combo, _r in dialog.rhk_feedback.values())
    assert not dialog.tanggal.isEnabled()
    assert dialog.save() is False and dialog.finalise() is False
    assert dialog.reopen("alasan yang cukup panjang") is False
    assert dialog.periode_combo.isEnabled()  # looking at another period is reading
