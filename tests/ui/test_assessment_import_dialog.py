"""Impor hasil asesmen…: a messy centre's sheet (title rows, a merged two-row header, a sheet
of instructions first, NIPs Excel turned into numbers, levels out of range or written
"3 (Cukup)", an unknown NIP, a name that differs, a duplicate) shows each row's problems
coloured and counted, the mapping can be corrected, only the good rows are imported, a read
can be cancelled, and a viewer cannot import."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import Workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.services.competency import CompetencyService, PemetaanQuery
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.ui.assessment_import_dialog import (
    ERROR_BACKGROUND,
    V_MASALAH,
    WARNING_BACKGROUND,
    AssessmentImportDialog,
    ImportPreviewModel,
)
from asn_desktop.ui.competency_page import CompetencyPage
from asn_desktop.ui.competency_table_model import P_JPM
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NIP
from .test_competency_page import clean_competency_template

UNKNOWN = "198001012005011099"
HEADER = ["INT", "KS", "KOM", "OPH", "PP", "PDOL", "MP", "PK", "PB"]
KODES = [
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
    "perekat_bangsa",
]
DAY = datetime(2025, 10, 6)


@pytest.fixture(scope="session")
def clean_template(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clean_competency_template(initialised_template, tmp_path_factory.mktemp("import"))


@pytest.fixture
def cdb(clean_template: Path, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "asn.sqlite"
    copy_database(clean_template, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def people(cdb: Database) -> list[tuple[int, str, str]]:
    """(id, NIP, name) of the known employee and five others, by name."""
    service = CompetencyService(cdb)
    rows = service.pemetaan_rows(service.pemetaan_ids(PemetaanQuery()))
    known = next(r for r in rows.values() if r.nip == KNOWN_NIP)
    others = [r for r in rows.values() if r.nip != KNOWN_NIP][:5]
    employees = EmployeeService(cdb)
    found = []
    for row in [known, *others]:
        record = employees.get(row.employee_id)
        found.append((row.employee_id, row.nip, record.draft.nama))
    return found


def put(sheet: Any, row: int, values: list[Any]) -> None:
    for column, value in enumerate(values, start=1):
        sheet.cell(row=row, column=column, value=value)


def messy_workbook(path: Path, people: list[tuple[int, str, str]]) -> Path:
    """Instructions first; then two title rows and a merged two-row header (rows 4-5), and
    data from row 6 (see the test for what each row is)."""
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Petunjuk"
    notes["A1"] = "Isi satu baris per pegawai; level 1 sampai 5."
    sheet = book.create_sheet("Hasil")
    sheet["A1"] = "LAPORAN HASIL ASESMEN KOMPETENSI"
    sheet.merge_cells("A1:N1")
    sheet["A2"] = "UPT Asesmen Kompetensi, Oktober 2025"
    for column, text in zip("ABCDE", ["No", "NIP", "Nama", "Tanggal", "Asesor"], strict=True):
        sheet[f"{column}4"] = text
        sheet.merge_cells(f"{column}4:{column}5")
    sheet["F4"] = "Kompetensi Manajerial"
    sheet.merge_cells("F4:M4")
    sheet["N4"] = "Sosial Kultural"
    for offset, text in enumerate(HEADER):
        sheet.cell(row=5, column=6 + offset, value=text)
    (_a, known, known_name), (_b, nip2, name2), (_c, nip3, name3) = people[:3]
    (_d, nip4, _name4), (_e, nip5, name5), (_f, nip6, name6) = people[3:6]
    put(sheet, 6, [1, known, known_name, DAY, "Tim A", *[3] * 9])  # good
    put(sheet, 7, [2, nip2, name2, "06-10-2025", None, 2, 7, *[2] * 7])  # a level of 7
    put(sheet, 8, [3, float(nip3), name3, DAY, None, *[2] * 9])  # the NIP as a number
    put(sheet, 9, [4, UNKNOWN, "Orang Lain", DAY, None, *[2] * 9])  # not in the register
    put(sheet, 10, [5, nip4, "Nama Yang Lain", DAY, None, *[2] * 9])  # good, with a warning
    # row 11 blank
    put(sheet, 12, [6, nip5, name5, "2025-10-06", None, "3 (Cukup)", *[3] * 8])  # good
    put(sheet, 13, [7, known, known_name, DAY, None, *[4] * 9])  # the same day twice
    put(sheet, 14, [8, nip6, name6, DAY, None, *[1] * 8, None])  # good, PB not rated
    book.save(path)
    return path


GOOD = (6, 10, 12, 14)
ERRORS = {
    7: ["Kerja Sama: Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '7'."],
    9: [f"NIP {UNKNOWN} tidak ada di data pegawai (atau pegawainya sudah dihapus)."],
    13: [f"Sama dengan baris 6: NIP {KNOWN_NIP} tanggal 06-10-2025 muncul dua kali."],
}


@pytest.fixture
def messy(tmp_path: Path, people: list[tuple[int, str, str]]) -> Path:
    return messy_workbook(tmp_path / "hasil asesmen.xlsx", people)


@pytest.fixture
def make_dialog(
    qtbot: QtBot, cdb: Database, runner: TaskRunner
) -> Iterator[Callable[..., AssessmentImportDialog]]:
    made: list[AssessmentImportDialog] = []

    def make(username: str = "admin") -> AssessmentImportDialog:
        cdb.assume_user(username)
        dialog = AssessmentImportDialog(cdb, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        made.append(dialog)
        settle(qtbot, dialog)
        return dialog

    yield make
    for dialog in made:
        dialog.reject()
    runner.wait()


def settle(qtbot: QtBot, dialog: AssessmentImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.runner.busy(), timeout=10000)


def read(qtbot: QtBot, dialog: AssessmentImportDialog, path: Path) -> None:
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog.busy, timeout=10000)
    settle(qtbot, dialog)


def shown_rows(dialog: AssessmentImportDialog) -> dict[int, tuple[str, Any]]:
    """sheet row -> (the problems column, its background)."""
    model = dialog.preview_model
    out = {}
    for row in range(model.rowCount()):
        item = model.row_at(row)
        assert item is not None
        background = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
        color = background.color().name() if isinstance(background, QBrush) else None
        out[item.baris] = (str(model.index(row, V_MASALAH).data()), color)
    return out


def test_a_messy_sheet_shows_each_rows_problems_and_imports_only_the_good_rows(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    messy: Path,
    cdb: Database,
    people: list[tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog()
    assert not dialog.import_button.isEnabled()  # nothing read yet
    read(qtbot, dialog, messy)
    # The sheet with the header, not the instructions before it; the header's last row.
    assert dialog.sheet is not None and dialog.sheet.sheet == "Hasil"
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Petunjuk",
        "Hasil",
    ]
    assert dialog.header_label.text().startswith("Judul kolom di baris 5; 8 baris data")
    # The proposed mapping, a combo per field.
    assert dialog.combos["nip"].currentText() == "B — NIP"
    assert dialog.combos["tanggal"].currentText() == "D — Tanggal"
    assert dialog.combos["k:kerjasama"].currentText() == "G — KS"
    assert dialog.combos["k:perekat_bangsa"].currentText() == "N — PB"
    assert dialog.count_label.text() == "8 baris: 4 benar, 4 salah, 1 dengan peringatan."
    rows = shown_rows(dialog)
    assert sorted(rows) == [6, 7, 8, 9, 10, 12, 13, 14]
    for number in GOOD:
        assert rows[number][0] in ("Benar",) or rows[number][0].startswith("Peringatan:")
    assert rows[6] == ("Benar", None)
    assert rows[10][0].startswith("Peringatan: Nama 'Nama Yang Lain' berbeda dengan nama")
    assert rows[10][1] == WARNING_BACKGROUND.name()
    for number, messages in ERRORS.items():
        assert rows[number] == ("; ".join(messages), ERROR_BACKGROUND.name())
    assert rows[8][0].startswith("NIP tersimpan sebagai angka")
    assert rows[8][1] == ERROR_BACKGROUND.name()
    # Only the rows in error, then all again.
    dialog.show_filter.setCurrentIndex(dialog.show_filter.findData("salah"))
    assert sorted(shown_rows(dialog)) == [7, 8, 9, 13]
    dialog.show_filter.setCurrentIndex(0)

    assert dialog.import_button.isEnabled()
    assert dialog.import_button.text() == "&Impor 4 baris yang benar"
    dialog.asesor_default.setText("UPT Asesmen BKPSDM")
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    settle(qtbot, dialog)
    assert asked == ["4 baris salah akan dilewati; hanya 4 baris yang benar diimpor. Lanjutkan?"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(dialogs_shown) == 1
    summary = dialogs_shown.pop()
    assert summary.startswith("information: 4 hasil asesmen diimpor dari hasil asesmen.xlsx.")
    assert "4 baris dilewati:" in summary
    assert f"• Baris 9: NIP {UNKNOWN} tidak ada di data pegawai" in summary
    # Stored: the good rows only, each with its levels; the default assessor where the
    # sheet had none.
    service = CompetencyService(cdb)
    known_id = people[0][0]
    stored = service.asesmen_of(known_id)
    assert [(a.tanggal, a.asesor, a.nilai) for a in stored] == [
        (date(2025, 10, 6), "Tim A", dict.fromkeys(KODES, 3))
    ]
    fifth = service.asesmen_of(people[4][0])
    assert fifth[0].asesor == "UPT Asesmen BKPSDM"
    assert fifth[0].nilai["integritas"] == 3  # "3 (Cukup)"
    sixth = service.asesmen_of(people[5][0])
    assert "perekat_bangsa" not in sixth[0].nilai
    for person in (people[1], people[2]):
        assert service.asesmen_of(person[0]) == []


def test_the_mapping_is_corrected_in_its_combos(
    qtbot: QtBot, make_dialog: Callable[..., AssessmentImportDialog], messy: Path
) -> None:
    dialog = make_dialog()
    read(qtbot, dialog, messy)
    # No NIP column: explained, nothing to import.
    dialog.combos["nip"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()  # the old preview is not the mapping's
    qtbot.waitUntil(lambda: dialog.problem_label.isVisible(), timeout=5000)
    settle(qtbot, dialog)
    assert dialog.problem_label.text() == "Pasangan kolom belum dapat dipakai:\n• Pilih kolom NIP."
    assert dialog.preview_model.rowCount() == 0
    assert not dialog.import_button.isEnabled()
    # Back, and one column for two competencies.
    dialog.combos["nip"].setCurrentIndex(dialog.combos["nip"].findData(1))
    dialog.combos["k:komunikasi"].setCurrentIndex(dialog.combos["k:komunikasi"].findData(6))
    qtbot.waitUntil(
        lambda: "dipilih untuk Kerja Sama dan juga untuk Komunikasi" in dialog.problem_label.text(),
        timeout=5000,
    )
    settle(qtbot, dialog)
    # Kerja Sama left out: the row with a 7 there is good now.
    dialog.combos["k:komunikasi"].setCurrentIndex(dialog.combos["k:komunikasi"].findData(7))
    dialog.combos["k:kerjasama"].setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: dialog.count_label.text() == "8 baris: 5 benar, 3 salah, 1 dengan peringatan.",
        timeout=5000,
    )
    settle(qtbot, dialog)
    assert shown_rows(dialog)[7] == ("Benar", None)
    assert dialog.import_button.text() == "&Impor 5 baris yang benar"


def test_a_sheet_of_good_rows_is_imported_without_asking(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    tmp_path: Path,
    people: list[tuple[int, str, str]],
    cdb: Database,
    dialogs_shown: list[str],
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    put(sheet, 1, ["NIP", "Nama", "Tanggal", *HEADER])
    put(sheet, 2, [people[1][1], people[1][2], "01-09-2025", *[2] * 9])
    put(sheet, 3, [people[2][1], people[2][2], "02-09-2025", *[3] * 9])
    path = tmp_path / "bersih.xlsx"
    book.save(path)
    dialog = make_dialog()
    read(qtbot, dialog, path)
    assert dialog.count_label.text() == "2 baris: 2 benar, 0 salah, 0 dengan peringatan."
    assert dialog.import_button.text() == "&Impor 2 baris"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # no question asked
    qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
    settle(qtbot, dialog)
    assert dialogs_shown == ["information: 2 hasil asesmen diimpor dari bersih.xlsx."]
    dialogs_shown.clear()
    assert dialog.result_value is not None and dialog.result_value.skipped == ()
    assert len(CompetencyService(cdb).asesmen_of(people[2][0])) == 1


def test_another_sheet_is_read_when_chosen(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    messy: Path,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog()
    read(qtbot, dialog, messy)
    assert dialog.sheet_combo.isEnabled()
    dialog.sheet_combo.setCurrentIndex(dialog.sheet_combo.findData("Petunjuk"))
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, dialog)
    assert dialogs_shown == [
        "Lembar Petunjuk di hasil asesmen.xlsx tidak memiliki baris judul kolom yang dikenali "
        "(NIP, nama, tanggal, nama kompetensi) di 30 baris pertamanya."
    ]
    dialogs_shown.clear()
    # What was read stays (the file's good sheet), and can still be imported.
    assert dialog.sheet is not None and dialog.sheet.sheet == "Hasil"
    assert dialog.sheet_combo.currentText() == "Hasil"
    assert dialog.import_button.isEnabled()


def test_a_file_that_is_not_xlsx_is_named_in_one_message(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    path = tmp_path / "hasil.xlsx"
    path.write_text("NIP;Nama\n198503152010011002;Asep\n", encoding="utf-8")
    dialog = make_dialog()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, dialog)
    assert dialogs_shown == [
        "Berkas hasil.xlsx tidak bisa dibaca sebagai buku kerja Excel .xlsx (rusak, terpotong, "
        "atau format lain seperti .xls/.csv); buka di Excel lalu simpan ulang sebagai .xlsx."
    ]
    dialogs_shown.clear()
    assert dialog.sheet is None and not dialog.import_button.isEnabled()
    assert not dialog.busy_row.isVisible()


def test_cancelling_a_read_drops_its_answer(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    messy: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    gate = threading.Event()
    started = threading.Event()
    original = CompetencyService.baca_impor

    def held(self: CompetencyService, *args: Any, **kwargs: Any) -> Any:
        started.set()
        gate.wait(20)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(CompetencyService, "baca_impor", held)
    dialog = make_dialog()
    try:
        dialog.open_file(messy)
        assert dialog.busy_row.isVisible()
        assert dialog.busy_label.text() == "Membaca hasil asesmen.xlsx…"
        assert not dialog.import_button.isEnabled()
        qtbot.waitUntil(started.is_set, timeout=5000)
        qtbot.mouseClick(dialog.busy_cancel, Qt.MouseButton.LeftButton)
        assert not dialog.busy_row.isVisible() and dialog.count_label.text() == "Dibatalkan."
    finally:
        gate.set()
    settle(qtbot, dialog)
    assert dialog.sheet is None and dialog.preview is None
    assert dialog.preview_model.rowCount() == 0
    # The next read is answered as usual.
    read(qtbot, dialog, messy)
    assert dialog.preview is not None and dialog.preview.ok == 4


def test_the_preview_model_passes_the_model_tester(
    qtmodeltester: ModelTester,
    make_dialog: Callable[..., AssessmentImportDialog],
    messy: Path,
    qtbot: QtBot,
) -> None:
    dialog = make_dialog()
    read(qtbot, dialog, messy)
    model = ImportPreviewModel()
    assert dialog.preview is not None
    model.set_catalogue(dialog.katalog)
    model.set_rows(dialog.preview.rows)
    qtmodeltester.check(model)
    assert model.index(0, 6).data(Qt.ItemDataRole.ToolTipRole).startswith("Integritas: 3\n")


def test_an_import_through_the_page_refreshes_the_mapping(
    qtbot: QtBot,
    cdb: Database,
    runner: TaskRunner,
    messy: Path,
    people: list[tuple[int, str, str]],
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    page = CompetencyPage(cdb, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    known_id = people[0][0]
    assert page.import_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)

    def fake_exec(dialog: AssessmentImportDialog) -> int:
        read(qtbot, dialog, messy)
        dialog.run_import()
        qtbot.waitUntil(lambda: dialog.result_value is not None, timeout=10000)
        return int(dialog.result())

    monkeypatch.setattr(AssessmentImportDialog, "exec", fake_exec)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not runner.busy(), timeout=10000)
    assert page.message.text() == "4 hasil asesmen diimpor, 4 baris dilewati."
    assert len(dialogs_shown) == 1 and dialogs_shown[0].startswith("information: 4 hasil")
    dialogs_shown.clear()
    # The hub announced the new assessments: the list was read again, with the JPM.
    model = page.pemetaan.model

    def known_jpm() -> object:
        row = model.row_of(known_id)
        return model.index(row, P_JPM).data() if row is not None else None

    qtbot.waitUntil(lambda: known_jpm() == QLocale().toString(100.0, "f", 2) + "%", timeout=5000)
    page.shutdown()
    runner.wait()


def test_a_viewer_cannot_import(
    qtbot: QtBot,
    make_dialog: Callable[..., AssessmentImportDialog],
    messy: Path,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog("viewer")
    assert not dialog.import_button.isEnabled()
    assert "tidak berhak mengimpor data" in dialog.import_button.toolTip()
    dialog.open_file(messy)  # reading a file to import is importing already
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, dialog)
    assert dialogs_shown == [
        "Pengguna viewer (peran viewer) tidak berhak mengimpor data. Tidak ada yang diubah."
    ]
    dialogs_shown.clear()
    assert dialog.sheet is None and not dialog.import_button.isEnabled()
