"""The appraisal page: filters and sorting in SQL, search as you type, the distribution panel,
finalising a selection past the pola distribusi, batch printing (and cancelling it), verifying
printed codes, what a viewer may do, the editors it opens and the main window's menu; on
copies of a small agency with appraisals in every state (tests/ui/appraisal_data.py)."""

from __future__ import annotations

import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.services.appraisal_documents import AppraisalDocuments
from asn_desktop.services.appraisals import AppraisalService, SkpDraft
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.ui.appraisal_page import (
    VERDICT_STYLES,
    AppraisalPage,
    BatchPrintDialog,
    CapaianDialog,
    UnitSkpDialog,
)
from asn_desktop.ui.appraisal_table_model import NAMA, NIP, PENILAI, STATUS
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.settings import AppSettings
from asn_desktop.ui.tasks import TaskRunner

from .appraisal_data import BY_KEY, RHK, TAHUN, Facts, appraisal_template, names

ALL = "kasi hidayat ahmad budi dewi kabid siti"  # every SKP of TAHUN, by name


@pytest.fixture(scope="session")
def appraisal_ui_template(
    initialised_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Facts]:
    return appraisal_template(initialised_template, tmp_path_factory.mktemp("appraisal-ui"))


@pytest.fixture
def facts(appraisal_ui_template: tuple[Path, Facts]) -> Facts:
    return appraisal_ui_template[1]


@pytest.fixture
def adb(appraisal_ui_template: tuple[Path, Facts], tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "appraisal.sqlite"
    copy_database(appraisal_ui_template[0], dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


def settle(qtbot: QtBot, page: AppraisalPage) -> None:
    """Until every job the page asked for has been answered."""
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)


@pytest.fixture
def make_page(
    qtbot: QtBot, adb: Database, runner: TaskRunner
) -> Iterator[Callable[..., AppraisalPage]]:
    pages: list[AppraisalPage] = []

    def make(username: str = "admin") -> AppraisalPage:
        adb.assume_user(username)
        page = AppraisalPage(adb, runner, tahun=TAHUN)
        qtbot.addWidget(page)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    for page in pages:
        page.close()
    runner.wait()


@pytest.fixture
def page(make_page: Callable[..., AppraisalPage]) -> AppraisalPage:
    return make_page()


def shown(page: AppraisalPage, column: int = NAMA) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def wait_for(qtbot: QtBot, page: AppraisalPage, expected: str) -> None:
    """Until the list shows exactly these people (the worker answered) and is idle."""
    qtbot.waitUntil(lambda: shown(page) == names(expected), timeout=5000)
    settle(qtbot, page)


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select(page: AppraisalPage, facts: Facts, keys: str) -> None:
    """Select these people's rows (the first one current), as Ctrl+click would."""
    model = page.table.selectionModel()
    model.clearSelection()
    for number, key in enumerate(keys.split()):
        row = page.model.row_of(facts.skp[key])
        assert row is not None, key
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        model.select(page.model.index(row, 0), flags)
        if number == 0:
            model.setCurrentIndex(
                page.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )


def status_of(page: AppraisalPage, facts: Facts, key: str) -> str:
    row = page.model.row_of(facts.skp[key])
    assert row is not None
    return str(page.model.index(row, STATUS).data())


# -- the list ---------------------------------------------------------------------------------


def test_the_page_lists_the_year_with_its_distribution(page: AppraisalPage) -> None:
    assert page.windowTitle() == "Penilaian kinerja"
    assert page.tahun.value() == TAHUN
    assert shown(page) == names(ALL)
    assert page.count_label.text() == "7 SKP"
    assert page.distribution_title.text() == f"Distribusi predikat {TAHUN} — Instansi"
    assert page.capaian_label.text() == "Capaian kinerja organisasi: Istimewa"
    counts = {key: label.text() for key, label in page.count_labels.items()}
    assert counts == {
        "sangat_baik": "Sangat Baik: 3 (2 final)",
        "baik": "Baik: 3 (1 final)",
        "butuh_perbaikan": "Butuh Perbaikan: 0",
        "kurang": "Kurang/Misconduct: 0",
        "sangat_kurang": "Sangat Kurang: 0",
    }
    assert page.breach_label.isHidden()  # 2 of 3 finals Sangat Baik: within 70%
    units = [page.unit_filter.itemText(i) for i in range(page.unit_filter.count())]
    assert units == [
        "Semua unit",
        "Dinas Komunikasi dan Informatika",
        "    Bidang Aplikasi Informatika",
        "        Seksi Pengembangan Aplikasi",
        "    Bidang Statistik",
    ]
    # Nothing chosen yet: the actions on a row wait for one.
    assert not page.open_skp_action.isEnabled()
    assert not page.finalise_action.isEnabled()
    assert page.print_action.isEnabled() and page.verify_action.isEnabled()


def test_the_year_is_the_current_one_unless_told(
    qtbot: QtBot, adb: Database, runner: TaskRunner
) -> None:
    page = AppraisalPage(adb, runner)
    qtbot.addWidget(page)
    assert page.tahun.value() == date.today().year
    settle(qtbot, page)
    page.close()


def test_the_distribution_panel_shows_the_breaches_of_a_unit(
    qtbot: QtBot, page: AppraisalPage, facts: Facts
) -> None:
    choose(page.unit_filter, facts.units["SEKSI"])
    wait_for(qtbot, page, "kasi ahmad dewi siti")
    assert page.distribution_title.text() == (
        f"Distribusi predikat {TAHUN} — Seksi Pengembangan Aplikasi"
    )
    assert page.capaian_label.text() == "Capaian kinerja organisasi: Butuh Perbaikan"
    assert page.count_labels["sangat_baik"].text() == "Sangat Baik: 2"
    assert page.count_labels["baik"].text() == "Baik: 2 (1 final)"
    assert page.breach_label.isVisible()
    lines = page.breach_label.text().splitlines()
    assert lines == [
        "Pola distribusi tidak terpenuhi oleh evaluasi final:",
        "• Seksi Pengembangan Aplikasi: Butuh Perbaikan 0% (0 dari 3 pegawai); capaian "
        "organisasi Butuh Perbaikan mensyaratkan paling sedikit 60% (2 pegawai): kurang 2 "
        "pegawai.",
        "• Seksi Pengembangan Aplikasi: Sangat Baik 67% (2 dari 3 pegawai); capaian organisasi "
        "Butuh Perbaikan membolehkan paling banyak 10% (0 pegawai): lebih 2 pegawai.",
    ]
    assert "#7a4f00" in page.breach_label.styleSheet()  # amber

    # Back to the whole agency: within its rule again.
    choose(page.unit_filter, None)
    wait_for(qtbot, page, ALL)
    assert page.breach_label.isHidden()


def test_filters_query_sql(qtbot: QtBot, page: AppraisalPage, facts: Facts) -> None:
    # A unit takes the units below it.
    choose(page.unit_filter, facts.units["BIDANG"])
    wait_for(qtbot, page, "kasi ahmad budi dewi kabid siti")
    choose(page.unit_filter, facts.units["BID-STA"])
    wait_for(qtbot, page, "hidayat")
    choose(page.unit_filter, None)
    wait_for(qtbot, page, ALL)

    statuses = [page.status_filter.itemText(i) for i in range(page.status_filter.count())]
    assert statuses == [
        "Semua status",
        "Belum dievaluasi",
        "Draf",
        "Dibuka kembali",
        "Final",
        "Final (diubah)",
    ]
    for status, expected in (
        ("none", "hidayat"),
        ("draft", "budi dewi"),
        ("reopened", "kabid"),
        ("final", "ahmad siti"),
        ("amended", "kasi"),
    ):
        choose(page.status_filter, status)
        wait_for(qtbot, page, expected)
    choose(page.status_filter, None)
    wait_for(qtbot, page, ALL)

    predikat = [page.predikat_filter.itemText(i) for i in range(page.predikat_filter.count())]
    assert predikat == [
        "Semua predikat",
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    choose(page.predikat_filter, "sangat_baik")
    wait_for(qtbot, page, "kasi ahmad budi")
    choose(page.predikat_filter, "kurang")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    assert page.count_label.text() == "0 SKP"
    choose(page.predikat_filter, "baik")
    choose(page.unit_filter, facts.units["SEKSI"])
    wait_for(qtbot, page, "dewi siti")
    choose(page.status_filter, "final")
    wait_for(qtbot, page, "siti")
    for combo in (page.predikat_filter, page.status_filter, page.unit_filter):
        choose(combo, None)
    wait_for(qtbot, page, ALL)

    # Another year: only yusuf had an SKP the year before, and no capaian was set for it.
    page.tahun.setValue(TAHUN - 1)
    wait_for(qtbot, page, "yusuf")
    assert shown(page, STATUS) == ["Belum dievaluasi"]
    assert page.distribution_title.text() == f"Distribusi predikat {TAHUN - 1} — Instansi"
    assert page.capaian_label.text() == (
        "Capaian kinerja organisasi belum ditetapkan (perlu sebelum finalisasi)."
    )
    assert page.count_labels["baik"].text() == "Baik: 0"


def test_search_as_you_type_by_name_and_nip(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, page: AppraisalPage
) -> None:
    queries: list[str] = []
    search_ids = page.service.search_ids

    def counting(query: Any) -> list[int]:
        queries.append(query.search)
        return search_ids(query)

    monkeypatch.setattr(page.service, "search_ids", counting)
    qtbot.keyClicks(page.search, "ahmad")
    wait_for(qtbot, page, "hidayat ahmad")
    assert queries == ["ahmad"]  # one query once the typing paused, not one per letter

    page.search.clear()
    qtbot.keyClicks(page.search, "19900220")
    wait_for(qtbot, page, "siti")
    page.search.clear()
    qtbot.keyClicks(page.search, "19850315 2012")  # grouped as printed
    wait_for(qtbot, page, "hidayat")
    page.search.clear()
    qtbot.keyClicks(page.search, "sutisna ahm")  # every word, in any order
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # Enter does not wait for the pause
    wait_for(qtbot, page, "ahmad")
    page.search.clear()
    wait_for(qtbot, page, ALL)


def test_sorting_by_the_header_asks_sql_and_keeps_the_chosen_row(
    qtbot: QtBot, page: AppraisalPage, facts: Facts
) -> None:
    select(page, facts, "ahmad")
    page.table.sortByColumn(NIP, Qt.SortOrder.AscendingOrder)
    wait_for(qtbot, page, "kabid kasi ahmad hidayat siti dewi budi")
    assert page.current_id() == facts.skp["ahmad"]
    assert page.selected_ids() == [facts.skp["ahmad"]]
    page.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    wait_for(qtbot, page, "dewi budi kasi ahmad siti hidayat kabid")
    page.table.sortByColumn(NAMA, Qt.SortOrder.DescendingOrder)
    wait_for(qtbot, page, "siti kabid dewi budi ahmad hidayat kasi")
    # The appraiser's column does not sort: order and indicator stay.
    page.table.sortByColumn(PENILAI, Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    assert shown(page) == names("siti kabid dewi budi ahmad hidayat kasi")
    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == NAMA
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    # The sort goes with every filter.
    choose(page.unit_filter, facts.units["SEKSI"])
    wait_for(qtbot, page, "siti dewi ahmad kasi")


def test_the_list_follows_what_operations_announce(
    qtbot: QtBot, page: AppraisalPage, adb: Database, facts: Facts
) -> None:
    AppraisalService(adb).create_skp(facts.people["yusuf"], SkpDraft(tahun=TAHUN))
    settle(qtbot, page)
    assert shown(page) == names(ALL)  # nothing said yet
    hub(page.runner).changed.emit(Changes(employees={facts.people["yusuf"]}))
    wait_for(qtbot, page, "kasi hidayat ahmad budi dewi kabid siti yusuf")
    assert page.count_label.text() == "8 SKP"


# -- finalising -----------------------------------------------------------------------------


class Answers:
    """QMessageBox.question / warning answered from a list, the texts recorded."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, kind: str, answers: list[bool]) -> None:
        self.texts: list[str] = []
        self.answers = answers

        def answer(_parent: object, _title: str, text: str, *_args: object) -> object:
            self.texts.append(text)
            yes = self.answers.pop(0)
            return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

        monkeypatch.setattr(QMessageBox, kind, answer)


def test_finalising_a_selection_asks_again_when_it_breaks_the_distribution(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
    facts: Facts,
) -> None:
    questions = Answers(monkeypatch, "question", [True, True])
    warnings = Answers(monkeypatch, "warning", [False, True])
    select(page, facts, "dewi budi hidayat")
    assert page.finalise_action.isEnabled()
    assert page.count_label.text() == "7 SKP · 3 terpilih"

    # First time: the breach is shown and the clerk says no; nothing is finalised.
    page.finalise_action.trigger()
    qtbot.waitUntil(lambda: len(warnings.texts) == 1, timeout=10000)
    settle(qtbot, page)
    assert questions.texts[0].startswith("Finalkan 2 evaluasi akhir?")
    assert "1 baris terpilih dilewati (belum dievaluasi atau sudah final)." in questions.texts[0]
    breach = warnings.texts[0]
    assert breach.startswith("Sesudah 2 evaluasi ini difinalkan, predikat tahun itu tidak")
    assert "• Seksi Pengembangan Aplikasi: Butuh Perbaikan 0% (0 dari 4 pegawai)" in breach
    assert breach.endswith("Tetap finalkan? Pelanggaran yang disetujui dicatat di jejak audit.")
    appraisals = AppraisalService(adb)
    assert appraisals.evaluasi(facts.evaluasi["dewi"]).status == "draft"
    assert status_of(page, facts, "dewi") == "Draf"

    # Second time: yes, despite the breach.
    page.finalise_action.trigger()
    qtbot.waitUntil(lambda: status_of(page, facts, "budi") == "Final", timeout=10000)
    settle(qtbot, page)
    assert len(warnings.texts) == 2 and not questions.answers and not warnings.answers
    assert status_of(page, facts, "dewi") == "Final"
    assert status_of(page, facts, "hidayat") == "Belum dievaluasi"
    assert page.statusBar().currentMessage() == "2 evaluasi difinalkan."
    for key in ("dewi", "budi"):
        record = appraisals.evaluasi(facts.evaluasi[key])
        assert record.status == "final" and record.versi == 1
    noted = AuditService(adb).entries(AuditQuery(action="update", entity_type="evaluasi"))
    assert any("walau pola distribusi tidak terpenuhi" in e.detail for e in noted)
    # The panel counts them now.
    assert page.count_labels["sangat_baik"].text() == "Sangat Baik: 3"
    assert page.count_labels["baik"].text() == "Baik: 3 (2 final)"
    # The rows stay chosen; none of them can be finalised any more.
    assert page.selected_ids() == [facts.skp[k] for k in ("hidayat", "budi", "dewi")]


def test_finalising_only_final_or_empty_rows_says_there_is_nothing_to_do(
    qtbot: QtBot,
    page: AppraisalPage,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    select(page, facts, "ahmad kasi hidayat")
    page.finalise_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert dialogs_shown == [
        "information: Tidak ada evaluasi akhir yang dapat difinalkan di antara baris terpilih: "
        "semuanya belum dievaluasi atau sudah final."
    ]
    dialogs_shown.clear()


def test_a_refused_finalisation_is_shown_with_its_reasons(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    """A reopened evaluation whose rating was taken away cannot be finalised: the service's
    reasons reach the clerk, nothing changes."""
    Answers(monkeypatch, "question", [True])
    appraisals = AppraisalService(adb)
    from asn_desktop.services.appraisals import EvaluasiDraft

    record = appraisals.evaluasi(facts.evaluasi["kabid"])
    appraisals.save_evaluasi(
        facts.skp["kabid"],
        "akhir",
        EvaluasiDraft(rating_hasil_kerja="sesuai", rating_perilaku=None),
        expected_revision=record.revision,
    )
    select(page, facts, "kabid")
    page.finalise_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    settle(qtbot, page)
    assert len(dialogs_shown) == 1
    assert dialogs_shown[0].startswith("Data belum benar:")
    assert "rating perilaku kerja belum diisi" in dialogs_shown[0]
    dialogs_shown.clear()
    assert appraisals.evaluasi(facts.evaluasi["kabid"]).status == "reopened"


# -- creating SKPs and the capaian ---------------------------------------------------------------


def test_creating_the_skps_of_a_unit_reports_created_copied_and_skipped(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    choose(page.unit_filter, facts.units["BID-STA"])
    wait_for(qtbot, page, "hidayat")

    def fake_exec(dialog: UnitSkpDialog) -> int:
        assert dialog.unit.currentData() == facts.units["BID-STA"]  # the filter's unit
        assert dialog.tahun.value() == TAHUN
        dialog.accept()  # OK: the Operation runs in the worker
        qtbot.waitUntil(lambda: dialog.operation is not None and dialog.operation.done)
        return int(dialog.result())

    monkeypatch.setattr(UnitSkpDialog, "exec", fake_exec)
    page.create_unit_action.trigger()
    wait_for(qtbot, page, "hidayat yusuf")
    assert dialogs_shown == [
        f"information: 1 SKP tahun {TAHUN} dibuat untuk Bidang Statistik: 1 disalin dari SKP "
        "tahun sebelumnya, 0 baru dengan pejabat penilai usulan.\n\n1 pegawai dilewati:\n"
        f"• Ahmad Hidayat: sudah memiliki SKP {TAHUN}"
    ]
    dialogs_shown.clear()
    copied = AppraisalService(adb).skp_of(facts.people["yusuf"], TAHUN)
    assert copied is not None
    assert [r.rhk for r in copied.rhk] == [r.rhk for r in RHK]  # last year's, copied


def test_setting_the_capaian_changes_the_rule_the_panel_checks(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
) -> None:
    def fake_exec(dialog: CapaianDialog) -> int:
        assert dialog.scope.currentData() is None  # the agency, as the filter shows
        assert dialog.capaian.currentData() == "istimewa"  # what applies now
        choose(dialog.capaian, "baik")
        dialog.keterangan.setPlainText("LKjIP 2026")
        dialog.accept()
        qtbot.waitUntil(lambda: dialog.operation is not None and dialog.operation.done)
        return int(dialog.result())

    monkeypatch.setattr(CapaianDialog, "exec", fake_exec)
    page.capaian_action.trigger()
    qtbot.waitUntil(
        lambda: page.capaian_label.text() == "Capaian kinerja organisasi: Baik", timeout=5000
    )
    settle(qtbot, page)
    assert AppraisalService(adb).capaian(TAHUN) == "baik"
    assert page.statusBar().currentMessage() == "Capaian kinerja organisasi disimpan: Baik."
    # Baik wants some Butuh Perbaikan or Kurang; the finals have none.
    assert page.breach_label.isVisible()
    assert "Instansi: capaian organisasi Baik mensyaratkan ada pegawai berpredikat Butuh " in (
        page.breach_label.text()
    )


# -- printing ---------------------------------------------------------------------------------


def answer_print_dialog(
    monkeypatch: pytest.MonkeyPatch, *, use_selection: bool, paper: str
) -> list[str]:
    """Answer the batch print dialog; the texts of its two choices are recorded."""
    asked: list[str] = []

    def fake_exec(dialog: BatchPrintDialog) -> int:
        asked.extend([dialog.selected_button.text(), dialog.all_button.text()])
        (dialog.selected_button if use_selection else dialog.all_button).setChecked(True)
        choose(dialog.paper, paper)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(BatchPrintDialog, "exec", fake_exec)
    return asked


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[tuple[object, ...]]:
    asked: list[tuple[object, ...]] = []

    def fake(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def pdf_facts(path: Path) -> tuple[int, str, str]:
    """(pages, page size line, text) from poppler's tools."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return int(fields["Pages"]), fields["Page size"].strip(), text


def test_batch_printing_the_year_writes_one_pdf_and_records_each_print(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    answer_print_dialog(monkeypatch, use_selection=False, paper="F4")
    asked = answer_save_dialog(monkeypatch, tmp_path / "out" / "evaluasi")
    (tmp_path / "out").mkdir()
    page.print_action.trigger()
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=30000)
    settle(qtbot, page)  # and the print entries are written

    target = tmp_path / "out" / "evaluasi.pdf"  # the suffix is added
    assert asked and asked[0][-1] == QFileDialog.Option.DontUseNativeDialog
    assert sorted(p.name for p in target.parent.iterdir()) == ["evaluasi.pdf"]
    pages, size, text = pdf_facts(target)
    assert page.last_print is not None and page.last_print.pages == pages
    assert dialogs_shown == [f"information: 3 dokumen ({pages} halaman) dicetak ke:\n{target}"]
    dialogs_shown.clear()
    assert size.startswith("609.449 x 935.433 pts")  # F4: 215 x 330 mm
    # The finals of the year in unit-tree and name order, each from its frozen snapshot.
    found = [text.find(BY_KEY[k].shown) for k in ("kasi", "ahmad", "siti")]
    assert -1 not in found and found == sorted(found)
    for key in ("budi", "dewi"):  # drafts are not printed (nor is the reopened kabid's)
        assert BY_KEY[key].shown not in text
    assert page.print_action.isEnabled()
    printed = AuditService(adb).entries(AuditQuery(action="print"))
    assert len(printed) == 3
    assert all(e.detail.endswith(": evaluasi.pdf") and "(kode " in e.detail for e in printed)


def test_batch_printing_the_selection_prints_its_final_documents_in_table_order(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    facts: Facts,
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    page.table.sortByColumn(NAMA, Qt.SortOrder.DescendingOrder)
    wait_for(qtbot, page, "siti kabid dewi budi ahmad hidayat kasi")
    select(page, facts, "ahmad siti dewi")  # dewi's is a draft: left out
    asked = answer_print_dialog(monkeypatch, use_selection=True, paper="A4")
    answer_save_dialog(monkeypatch, tmp_path / "pilihan.pdf")
    page.print_action.trigger()
    qtbot.waitUntil(lambda: page.last_print is not None, timeout=30000)
    settle(qtbot, page)
    assert asked == [
        "Evaluasi final dari baris terpilih (3 baris)",
        f"Semua evaluasi final tahun {TAHUN}, seluruh unit (urut unit kerja dan nama)",
    ]
    pages, size, text = pdf_facts(tmp_path / "pilihan.pdf")
    assert size.startswith("595.276 x 841.89 pts")  # A4
    assert dialogs_shown == [
        f"information: 2 dokumen ({pages} halaman) dicetak ke:\n{tmp_path / 'pilihan.pdf'}"
    ]
    dialogs_shown.clear()
    assert -1 < text.find(BY_KEY["siti"].shown) < text.find(BY_KEY["ahmad"].shown)
    assert BY_KEY["dewi"].shown not in text


def test_batch_printing_a_year_without_final_documents_makes_no_file(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    page.tahun.setValue(TAHUN - 1)
    wait_for(qtbot, page, "yusuf")
    answer_print_dialog(monkeypatch, use_selection=False, paper="A4")
    answer_save_dialog(monkeypatch, tmp_path / "kosong.pdf")
    page.print_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    settle(qtbot, page)
    assert dialogs_shown == [
        "information: Tidak ada evaluasi final untuk dicetak; tidak ada berkas yang dibuat."
    ]
    dialogs_shown.clear()
    assert list(tmp_path.glob("kosong*")) == []
    assert page.print_progress is None and page.print_action.isEnabled()


def test_cancelling_a_batch_print_leaves_no_file(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    adb: Database,
    tmp_path: Path,
) -> None:
    """Batal in the progress dialog after the first document: the worker stops after the
    one it is on, and neither the PDF nor its part file is left."""
    gate = threading.Event()
    original = AppraisalDocuments.iter_printables

    def held(self: AppraisalDocuments, ids: Any, **kwargs: Any) -> Iterator[Any]:
        for number, printable in enumerate(original(self, ids, **kwargs)):
            if number == 1:
                gate.wait(20)  # the second waits until Batal was pressed
            yield printable

    monkeypatch.setattr(AppraisalDocuments, "iter_printables", held)
    answer_print_dialog(monkeypatch, use_selection=False, paper="A4")
    folder = tmp_path / "out"
    folder.mkdir()
    answer_save_dialog(monkeypatch, folder / "batal.pdf")
    try:
        page.print_action.trigger()
        assert not page.print_action.isEnabled()  # one print at a time
        qtbot.waitUntil(
            lambda: page.print_progress is not None and page.print_progress.value() >= 1,
            timeout=30000,
        )
        progress = page.print_progress
        assert progress is not None
        assert progress.maximum() == 3
        assert progress.labelText() == "Mencetak 1 dari 3 dokumen…"
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Batal"
        cancel.click()  # Batal (a click, without moving the mouse over the page)
    finally:
        gate.set()
    qtbot.waitUntil(lambda: page.print_progress is None, timeout=30000)
    settle(qtbot, page)
    assert list(folder.iterdir()) == []
    assert page.last_print is None
    assert page.statusBar().currentMessage() == (
        "Pencetakan dibatalkan; tidak ada berkas yang dibuat."
    )
    assert page.print_action.isEnabled()
    assert AuditService(adb).entries(AuditQuery(action="print")) == []


# -- verifying ---------------------------------------------------------------------------------


def verify(qtbot: QtBot, page: AppraisalPage, typed: str) -> tuple[str, str, str]:
    """Type (or paste) into the verify dialog, press Enter: (verdict, headline, message)."""
    page.verify_action.trigger()
    dialog = page.verify_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.code.clear()
    qtbot.keyClicks(dialog.code, typed)
    assert dialog.verdict == ""
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.verdict != "", timeout=10000)
    assert dialog.message.styleSheet() == VERDICT_STYLES[dialog.verdict]
    return dialog.verdict, dialog.headline.text(), dialog.message.text()


def test_verifying_valid_amended_and_unknown_codes(
    qtbot: QtBot, page: AppraisalPage, facts: Facts
) -> None:
    verdict, headline, message = verify(qtbot, page, facts.codes["ahmad"].lower())
    assert (verdict, headline) == ("valid", "SAH — dokumen ini masih berlaku")
    assert message.startswith(
        "Dokumen sah dan masih berlaku: Ahmad Sutisna, S.T. (NIP 19850315 201001 1 002), "
        f"PERIODE: AKHIR {TAHUN}, predikat Sangat Baik, versi 1"
    )
    assert "#1b5e20" in VERDICT_STYLES[verdict]  # green

    verdict, headline, message = verify(qtbot, page, facts.codes["kasi-1"])
    assert (verdict, headline) == (
        "amended",
        "SAH, TETAPI SUDAH DIUBAH — ada versi yang lebih baru",
    )
    assert message.startswith("Dokumen sah: Agus Salim, S.Kom.")
    assert f"versi terbaru 2 berkode {facts.codes['kasi-2']}" in message
    assert "#7a4f00" in VERDICT_STYLES[verdict]  # amber

    verdict, _headline, _message = verify(qtbot, page, facts.codes["kasi-2"])
    assert verdict == "valid"

    verdict, headline, message = verify(qtbot, page, "7F3KQ-9XM2A")
    assert (verdict, headline) == ("invalid", "TIDAK SAH")
    assert message.startswith("Kode 7F3KQ-9XM2A tidak dikenal di basis data ini")
    assert "#b71c1c" in VERDICT_STYLES[verdict]  # red

    # The QR code's text, with a hash that is not the document's.
    verdict, _headline, message = verify(qtbot, page, f"ASNEK1:{facts.codes['siti']}:{'0' * 64}")
    assert verdict == "invalid"
    assert "hash pada kode QR berbeda" in message
    verdict, _headline, message = verify(qtbot, page, "bukan kode")
    assert verdict == "invalid"
    assert message.startswith("Kode dokumen 'bukan kode' tidak sah")

    # Typing again clears the old answer; the same dialog serves the next code.
    dialog = page.verify_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.code, "x")
    assert dialog.verdict == "" and dialog.message.isHidden()
    page.verify_action.trigger()
    assert page.verify_dialog is dialog


# -- who may do what ------------------------------------------------------------------------------


def test_a_viewer_reads_prints_and_verifies_but_may_not_edit(
    qtbot: QtBot, make_page: Callable[..., AppraisalPage], facts: Facts
) -> None:
    page = make_page("viewer")
    assert shown(page) == names(ALL)
    select(page, facts, "dewi budi")
    for action in (page.create_unit_action, page.capaian_action, page.finalise_action):
        assert not action.isEnabled(), action.text()
        assert "tidak berhak" in action.toolTip()
        assert "viewer" in action.toolTip()
    for action in (
        page.print_action,
        page.verify_action,
        page.preview_action,
        page.open_skp_action,
        page.evaluate_action,
        page.refresh_action,
    ):
        assert action.isEnabled(), action.text()
        assert "tidak berhak" not in action.toolTip()
    # Triggered anyway (a shortcut): nothing happens.
    page.finalise_action.trigger()
    settle(qtbot, page)
    assert status_of(page, facts, "dewi") == "Draf"

    # An administrator signs in at the same page: the actions follow the role.
    page.db.assume_user("admin")
    page.apply_permissions()
    assert page.finalise_action.isEnabled()
    assert page.finalise_action.toolTip().startswith("Bekukan dokumen evaluasi akhir")


# -- the editors it opens ----------------------------------------------------------------------


@pytest.fixture
def editors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, dict[str, Any]]]:
    """The SKP editor, the evaluation editor and the preview, as stand-ins recording how
    they were opened (the page imports them when first used)."""
    opened: list[tuple[str, dict[str, Any]]] = []
    for module, function in (
        ("skp_editor", "open_skp_editor"),
        ("evaluation_editor", "open_evaluation_editor"),
        ("pdf_preview", "open_document_preview"),
    ):
        fake = types.ModuleType(f"asn_desktop.ui.{module}")

        def record(
            db: Database, runner: TaskRunner, parent: object, *, _name: str = function, **kw: Any
        ) -> None:
            assert isinstance(parent, AppraisalPage) and db is parent.db
            opened.append((_name, kw))

        setattr(fake, function, record)
        monkeypatch.setitem(sys.modules, f"asn_desktop.ui.{module}", fake)
    return opened


def test_the_row_actions_open_the_editors(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    page: AppraisalPage,
    facts: Facts,
    editors: list[tuple[str, dict[str, Any]]],
) -> None:
    select(page, facts, "ahmad")
    assert page.open_skp_action.isEnabled()
    page.open_skp_action.trigger()
    page.evaluate_action.trigger()
    page.preview_action.trigger()
    assert editors == [
        ("open_skp_editor", {"skp_id": facts.skp["ahmad"]}),
        ("open_evaluation_editor", {"skp_id": facts.skp["ahmad"], "kode_periode": "akhir"}),
        ("open_document_preview", {"evaluasi_id": facts.evaluasi["ahmad"]}),
    ]
    editors.clear()

    # A periodic evaluation: the periods of the SKP's year (triwulan by the policy).
    offered: list[list[str]] = []

    def get_item(_parent: object, _title: str, _label: str, items: list[str], *_a: object):  # type: ignore[no-untyped-def]
        offered.append(list(items))
        return "Triwulan III", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    page.period_action.trigger()
    qtbot.waitUntil(lambda: bool(editors), timeout=5000)
    assert offered == [["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"]]
    assert editors == [
        ("open_evaluation_editor", {"skp_id": facts.skp["ahmad"], "kode_periode": "tw3"})
    ]
    editors.clear()

    # Not evaluated yet: the preview shows the SKP. Enter (or a double click) opens the SKP.
    select(page, facts, "hidayat")
    page.preview_action.trigger()
    row = page.model.row_of(facts.skp["hidayat"])
    assert row is not None
    page.table.activated.emit(page.model.index(row, NAMA))
    assert editors == [
        ("open_document_preview", {"skp_id": facts.skp["hidayat"]}),
        ("open_skp_editor", {"skp_id": facts.skp["hidayat"]}),
    ]
    settle(qtbot, page)  # each editor asked for a fresh list when it was done


def test_the_context_menu_holds_the_actions(page: AppraisalPage) -> None:
    menu = page.context_menu()
    assert menu.toolTipsVisible()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Buka SKP",
        "Evaluasi akhir",
        "Evaluasi periode…",
        "Pratinjau dokumen",
        "Buat SKP unit…",
        "Capaian organisasi…",
        "Finalkan terpilih",
        "Cetak massal…",
        "Verifikasi kode…",
    ]
    menu.deleteLater()


# -- the main window ----------------------------------------------------------------------------


def test_the_main_window_opens_one_page_and_closes_it_with_the_database(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    idle = MainWindow(AppSettings())
    qtbot.addWidget(idle)
    assert not idle.appraisal_action.isEnabled()  # no database yet
    assert not idle.verify_document_action.isEnabled()

    window = open_window()
    penilaian = window.menuBar().actions()[2]
    assert penilaian.text() == "P&enilaian"
    menu = penilaian.menu()
    assert isinstance(menu, QMenu)
    assert [a.text() for a in menu.actions()] == [
        "&Penilaian kinerja…",
        "&Verifikasi dokumen…",
    ]
    assert window.appraisal_action.shortcut().toString() == "Ctrl+K"
    assert window.appraisal_action.isEnabled() and window.verify_document_action.isEnabled()

    window.appraisal_action.trigger()
    pages = window.findChildren(AppraisalPage)
    assert len(pages) == 1 and pages[0].isVisible()
    page = pages[0]
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=10000)
    assert page.db is window.db
    window.appraisal_action.trigger()  # raised, not a second one
    assert window.findChildren(AppraisalPage) == [page]

    window.verify_document_action.trigger()
    dialogs = [w for w in window.findChildren(QDialog) if w.objectName() == "verifyDialog"]
    assert len(dialogs) == 1 and dialogs[0].isVisible()

    # Someone else signs in: the page enables what their role allows.
    assert window.db is not None
    window.db.assume_user("viewer")
    window._signed_in_changed()
    assert not page.create_unit_action.isEnabled()

    window._close_database()
    assert not page.isVisible() and not dialogs[0].isVisible()
