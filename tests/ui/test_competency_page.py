"""The competency page (Pengembangan → Standar dan asesmen): standards per position and per
kind of position with where each level comes from, the teknis catalogue, the mapping list
(filters and sorting by the service), an employee's profile and assessments, the export,
what a viewer may do, and stale saves; on copies of the GUI tests' demo agency."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.demo import generate_demo
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.competency import AsesmenDraft, CompetencyService, PemetaanQuery
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, PositionEntry, UnitEntry
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.reference import ReferenceService
from asn_desktop.ui.competency_page import (
    AsesmenDialog,
    CompetencyPage,
    StandarPanel,
    TeknisDialog,
)
from asn_desktop.ui.competency_table_model import (
    P_BAND,
    P_JPM,
    P_NAMA,
    P_NIP,
    AsesmenTableModel,
    JabatanTableModel,
    PemetaanTableModel,
    ProfilTableModel,
    TeknisTableModel,
)
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_JABATAN, KNOWN_NIP, TOTAL, known_draft

KEAHLIAN = JenisJabatan.FUNGSIONAL_KEAHLIAN.value


def pct(value: float) -> str:
    """A JPM as the page shows it (in the locale the tests run in)."""
    return QLocale().toString(value, "f", 2) + "%"


def settle(qtbot: QtBot, page: CompetencyPage) -> None:
    """Until every job the page asked for has been answered."""
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)


CLEAN_EMPLOYEES = 40
CLEAN_TOTAL = CLEAN_EMPLOYEES + 1


def clean_competency_template(initialised_template: Path, folder: Path) -> Path:
    """A demo agency without competency data (no standards, assessments, teknis
    competencies or SKM yet: the demo's own would make every expected figure a moving
    target) plus the employee with the known NIP, a Pranata Komputer Ahli Pertama."""
    path = folder / "competency.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        generate_demo(db, employees=CLEAN_EMPLOYEES, seed=1, appraisals=False, competency=False)
        service = EmployeeService(db)
        employee_id = service.create(known_draft())
        unit = OrgUnitService(db).tree()[1]
        jf = next(
            o for o in ReferenceService(db).search_jabatan(KNOWN_JABATAN) if o.nama == KNOWN_JABATAN
        )
        service.add_position(
            employee_id,
            PositionEntry(
                jenis_jabatan=jf.jenis_jabatan,
                jabatan_nama=jf.nama,
                tmt=date(2011, 1, 1),
                sk_nomor="821/011",
                ref_jabatan_id=jf.id,
                jenjang=jf.jenjang,
                usia_bup=jf.usia_bup,
            ),
        )
        service.add_unit(
            employee_id, UnitEntry(unit_id=unit.id, tmt=date(2010, 1, 1), sk_nomor="800/1")
        )
    finally:
        db.close()
    return path


@pytest.fixture(scope="session")
def clean_template(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clean_competency_template(initialised_template, tmp_path_factory.mktemp("competency"))


@pytest.fixture
def cdb(clean_template: Path, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "asn.sqlite"
    copy_database(clean_template, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def competency(cdb: Database) -> CompetencyService:
    return CompetencyService(cdb)


@pytest.fixture
def make_page(
    qtbot: QtBot, cdb: Database, runner: TaskRunner
) -> Iterator[Callable[..., CompetencyPage]]:
    pages: list[CompetencyPage] = []

    def make(username: str = "admin", database: Database | None = None) -> CompetencyPage:
        chosen = database if database is not None else cdb
        chosen.assume_user(username)
        page = CompetencyPage(chosen, runner)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    for page in pages:
        page.shutdown()
    runner.wait()


@pytest.fixture
def page(make_page: Callable[..., CompetencyPage]) -> CompetencyPage:
    return make_page()


@pytest.fixture
def known_id(cdb: Database) -> int:
    record = EmployeeService(cdb).find_by_nip(KNOWN_NIP)
    assert record is not None
    return record.id


def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


# -- the models ---------------------------------------------------------------------------------


def test_the_mapping_model_passes_the_model_tester(
    qtmodeltester: ModelTester, competency: CompetencyService, known_id: int
) -> None:
    competency.create_asesmen(
        known_id, AsesmenDraft(date(2025, 3, 1), "UPT Asesmen", "", {"integritas": 2})
    )
    model = PemetaanTableModel(competency.pemetaan_rows)
    ids = competency.pemetaan_ids(PemetaanQuery())
    model.set_ids(ids)
    assert model.rowCount() == CLEAN_TOTAL
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "NIP",
        "Nama",
        "JPM",
        "Kategori",
        "Kesenjangan",
        "Asesmen terakhir",
        "Jabatan",
        "Unit kerja",
    ]
    row = model.row_of(known_id)
    assert row is not None
    assert model.index(row, P_NIP).data() == "19850315 201001 1 002"
    # One of nine competencies at 2 of a standard of 2: 2 / 18.
    assert model.index(row, P_JPM).data() == pct(11.11)
    assert model.index(row, P_BAND).data() == "Kurang Optimal"
    unassessed = next(r for r in range(model.rowCount()) if model.id_at(r) != known_id)
    assert model.index(unassessed, P_JPM).data() == "—"
    assert model.index(unassessed, P_BAND).data() == "belum dinilai"


def test_the_small_models_pass_the_model_tester(
    qtmodeltester: ModelTester, competency: CompetencyService, known_id: int
) -> None:
    competency.add_teknis("tk_arsip", "Pengelolaan Arsip")
    competency.create_asesmen(
        known_id, AsesmenDraft(date(2025, 3, 1), "UPT", "", {"integritas": 3, "tk_arsip": 2})
    )
    jabatan = JabatanTableModel()
    jabatan.set_rows(competency.jabatan())
    qtmodeltester.check(jabatan)
    jabatan.sort(2, Qt.SortOrder.DescendingOrder)
    counts = [int(jabatan.index(r, 2).data()) for r in range(jabatan.rowCount())]
    assert counts == sorted(counts, reverse=True)
    qtmodeltester.check(jabatan)
    teknis = TeknisTableModel()
    teknis.set_rows([k for k in competency.kompetensi() if k.id is not None])
    qtmodeltester.check(teknis)
    profil = ProfilTableModel()
    profil.set_rows(competency.profil(known_id).item)
    qtmodeltester.check(profil)
    # The nine of the standard, then the teknis one assessed outside it.
    assert profil.rowCount() == 10
    assert profil.index(9, 0).data() == "Pengelolaan Arsip"
    assert profil.index(9, 1).data() == ""
    asesmen = AsesmenTableModel()
    asesmen.set_catalogue(competency.kompetensi())
    asesmen.set_rows(competency.asesmen_of(known_id))
    qtmodeltester.check(asesmen)
    assert asesmen.index(0, 2).data(Qt.ItemDataRole.ToolTipRole) == (
        "Integritas: 3\nPengelolaan Arsip: 2"
    )


# -- standards --------------------------------------------------------------------------------


def choose_position(qtbot: QtBot, panel: StandarPanel, nama: str) -> None:
    """Click the position's row in the list and wait for its standard."""
    rows = panel.jabatan_model.rows()
    number = next(i for i, item in enumerate(rows) if item.jabatan_nama == nama)
    panel.jabatan_table.selectionModel().setCurrentIndex(
        panel.jabatan_model.index(number, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(
        lambda: panel.view is not None and panel.view.jabatan_nama == nama, timeout=5000
    )


def choose_jenis(qtbot: QtBot, panel: StandarPanel, jenis: str) -> None:
    for row in range(panel.jenis_list.count()):
        if panel.jenis_list.item(row).data(Qt.ItemDataRole.UserRole) == jenis:
            panel.jenis_list.setCurrentRow(row)
    qtbot.waitUntil(
        lambda: (
            panel.view is not None
            and panel.view.jenis_jabatan == jenis
            and not panel.view.jabatan_nama
        ),
        timeout=5000,
    )


def shown_row(panel: StandarPanel, kode: str) -> tuple[int, str, str]:
    """(level, source, note) of a competency as the editor shows it."""
    row = next(r for r in panel.rows if r.item.kode == kode)
    return row.spin.value(), row.sumber.text(), row.note.text()


def standar_row(panel: StandarPanel, kode: str) -> Any:
    return next(r for r in panel.rows if r.item.kode == kode)


def test_a_position_shows_its_standard_with_the_source_of_each_level(
    qtbot: QtBot, page: CompetencyPage
) -> None:
    panel = page.standar
    assert panel.title.text() == "Pilih jenis jabatan atau jabatan di sebelah kiri."
    assert not panel.save_button.isEnabled()
    choose_position(qtbot, panel, KNOWN_JABATAN)
    assert panel.title.text() == f"Standar kompetensi jabatan {KNOWN_JABATAN}"
    assert len(panel.rows) == 9  # no teknis competency yet
    # The shipped default of a fungsional keahlian position is level 2, unconfirmed.
    assert shown_row(panel, "integritas") == (2, "bawaan", "belum dikonfirmasi")
    assert panel.note.isVisible()
    assert panel.note.text().startswith("Nilai bawaan belum dikonfirmasi: Level 2 untuk jabatan")
    assert not panel.save_button.isEnabled()
    assert not standar_row(panel, "integritas").reset.isEnabled()  # nothing set here


def test_a_standard_edited_and_saved_shows_its_new_source(
    qtbot: QtBot, page: CompetencyPage, competency: CompetencyService
) -> None:
    panel = page.standar
    choose_position(qtbot, panel, KNOWN_JABATAN)
    standar_row(panel, "integritas").spin.setValue(4)
    assert shown_row(panel, "integritas") == (4, "jabatan ini", "belum disimpan")
    assert panel.save_button.isEnabled() and panel.is_dirty()
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.status.text().startswith("Tersimpan"), timeout=5000)
    settle(qtbot, page)
    assert shown_row(panel, "integritas") == (4, "jabatan ini", "")
    assert shown_row(panel, "komunikasi") == (2, "bawaan", "belum dikonfirmasi")
    assert not panel.is_dirty() and not panel.save_button.isEnabled()
    stored = {i.kode: (i.level, i.sumber) for i in competency.standar(KEAHLIAN, KNOWN_JABATAN).item}
    assert stored["integritas"] == (4, "jabatan")
    assert stored["komunikasi"] == (2, "bawaan")
    # The list marks the position as having a standard of its own.
    item = next(j for j in panel.jabatan_model.rows() if j.jabatan_nama == KNOWN_JABATAN)
    assert item.punya_standar

    # Kembalikan ke bawaan: the level set here goes on Simpan; the default applies again.
    reset = standar_row(panel, "integritas").reset
    assert reset.isEnabled()
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert shown_row(panel, "integritas") == (2, "bawaan", "belum disimpan")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_dirty() and panel.status.text() != "", timeout=5000)
    settle(qtbot, page)
    assert shown_row(panel, "integritas") == (2, "bawaan", "belum dikonfirmasi")
    stored = {i.kode: (i.level, i.sumber) for i in competency.standar(KEAHLIAN, KNOWN_JABATAN).item}
    assert stored["integritas"] == (2, "bawaan")


def test_the_agencys_default_per_kind_of_position_reaches_its_positions(
    qtbot: QtBot, page: CompetencyPage
) -> None:
    panel = page.standar
    choose_jenis(qtbot, panel, KEAHLIAN)
    assert panel.title.text() == "Default instansi: Fungsional Keahlian"
    standar_row(panel, "pelayanan_publik").spin.setValue(3)
    assert shown_row(panel, "pelayanan_publik") == (3, "default instansi", "belum disimpan")
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.is_dirty(), timeout=5000)
    settle(qtbot, page)
    assert shown_row(panel, "pelayanan_publik") == (3, "default instansi", "")
    # A position of that kind without its own level now takes the agency's default.
    choose_position(qtbot, panel, KNOWN_JABATAN)
    assert shown_row(panel, "pelayanan_publik") == (3, "default instansi", "")
    row = standar_row(panel, "pelayanan_publik")
    assert not row.reset.isEnabled()  # nothing set for the position itself
    assert row.reset.toolTip() == (
        "Hapus level yang diatur di sini: berlaku lagi level 3 (default instansi)."
    )


def test_leaving_an_unsaved_standard_asks_first(
    qtbot: QtBot, page: CompetencyPage, monkeypatch: pytest.MonkeyPatch, dialogs_shown: list[str]
) -> None:
    panel = page.standar
    choose_position(qtbot, panel, KNOWN_JABATAN)
    standar_row(panel, "integritas").spin.setValue(5)
    # No answer (the recorded question returns no button): the edits stay on screen.
    panel.jenis_list.setCurrentRow(0)
    assert dialogs_shown == [
        "question: Perubahan standar Standar kompetensi jabatan "
        f"{KNOWN_JABATAN} belum disimpan. Buang perubahan itu?"
    ]
    dialogs_shown.clear()
    settle(qtbot, page)
    assert panel.view is not None and panel.view.jabatan_nama == KNOWN_JABATAN
    assert panel.is_dirty() and panel.jenis_list.currentRow() == -1
    # Yes: the edits go and the kind's default is shown.
    answer_yes(monkeypatch)
    choose_jenis(qtbot, panel, JenisJabatan.JPT.value)
    assert not panel.is_dirty()


def test_a_stale_standard_save_shows_the_message_and_keeps_the_edits(
    qtbot: QtBot, page: CompetencyPage, cdb: Database, dialogs_shown: list[str]
) -> None:
    panel = page.standar
    choose_position(qtbot, panel, KNOWN_JABATAN)
    # Another clerk sets the same competency meanwhile.
    other = CompetencyService(cdb)
    other.set_standar(KEAHLIAN, KNOWN_JABATAN, {"integritas": 5})
    standar_row(panel, "integritas").spin.setValue(3)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, page)
    assert len(dialogs_shown) == 1
    assert "sudah diubah di tempat lain (oleh admin" in dialogs_shown[0]
    assert "perubahan Anda belum disimpan" in dialogs_shown[0]
    dialogs_shown.clear()
    assert shown_row(panel, "integritas") == (3, "jabatan ini", "belum disimpan")
    levels = {i.kode: i.level for i in other.standar(KEAHLIAN, KNOWN_JABATAN).item}
    assert levels["integritas"] == 5


# -- the teknis catalogue ----------------------------------------------------------------------


def fill_and_accept(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill: Callable[[TeknisDialog], None]
) -> list[TeknisDialog]:
    """Answer TeknisDialog.exec as a person would: fill, OK, wait for the save."""
    seen: list[TeknisDialog] = []

    def fake_exec(dialog: TeknisDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        qtbot.waitUntil(
            lambda: dialog.operation is not None and not dialog.operation.running, timeout=5000
        )
        return int(dialog.result())

    monkeypatch.setattr(TeknisDialog, "exec", fake_exec)
    return seen


def test_teknis_competencies_are_added_renamed_and_deleted(
    qtbot: QtBot,
    page: CompetencyPage,
    competency: CompetencyService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = page.standar
    choose_position(qtbot, panel, KNOWN_JABATAN)

    def add(dialog: TeknisDialog) -> None:
        dialog.kode.setText("tk_arsip")
        dialog.nama.setText("Pengelolaan Arsip")

    fill_and_accept(qtbot, monkeypatch, add)
    qtbot.mouseClick(panel.add_teknis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.teknis_model.rowCount() == 1, timeout=5000)
    settle(qtbot, page)
    assert page.message.text() == "Kompetensi teknis Pengelolaan Arsip ditambahkan."
    # The standard shows it, not required ("—") until a level is chosen.
    assert shown_row(panel, "tk_arsip") == (0, "", "tidak dipersyaratkan")
    assert standar_row(panel, "tk_arsip").spin.text() == "—"
    assert [k.kode for k in page.katalog][-1] == "tk_arsip"

    panel.teknis_table.selectRow(0)

    def rename(dialog: TeknisDialog) -> None:
        assert dialog.kode.text() == "tk_arsip"
        dialog.nama.setText("Pengelolaan Arsip Dinamis")

    fill_and_accept(qtbot, monkeypatch, rename)
    qtbot.mouseClick(panel.edit_teknis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: panel.teknis_model.index(0, 1).data() == "Pengelolaan Arsip Dinamis", timeout=5000
    )
    settle(qtbot, page)

    answer_yes(monkeypatch)
    panel.teknis_table.selectRow(0)
    qtbot.mouseClick(panel.delete_teknis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.teknis_model.rowCount() == 0, timeout=5000)
    settle(qtbot, page)
    assert [k for k in competency.kompetensi() if k.id is not None] == []
    assert "tk_arsip" not in [r.item.kode for r in panel.rows]


def test_a_teknis_competency_in_use_is_not_deleted(
    qtbot: QtBot,
    page: CompetencyPage,
    competency: CompetencyService,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    competency.add_teknis("tk_data", "Analisis Data")
    competency.set_standar(KEAHLIAN, KNOWN_JABATAN, {"tk_data": 3})
    page.standar.load_lists()
    settle(qtbot, page)
    panel = page.standar
    panel.teknis_table.selectRow(0)
    answer_yes(monkeypatch)
    qtbot.mouseClick(panel.delete_teknis_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, page)
    assert dialogs_shown == [
        "Kompetensi teknis Analisis Data masih dipakai 1 standar kompetensi dan 0 hasil "
        "asesmen; hapus atau ubah standar dan hasil asesmen itu dahulu."
    ]
    dialogs_shown.clear()
    assert panel.teknis_model.rowCount() == 1


def test_a_bad_teknis_kode_is_shown_under_its_field_and_nothing_is_saved(
    qtbot: QtBot, page: CompetencyPage, competency: CompetencyService
) -> None:
    dialog = TeknisDialog(competency, page.runner, None, page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kode.setText("TK 01!")
    dialog.nama.setText("Sesuatu")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.rows["kode"].problem() != "", timeout=5000)
    settle(qtbot, page)
    assert dialog.rows["kode"].problem().startswith("Kode kompetensi 'tk 01!' tidak sah")
    assert dialog.isVisible() and dialog.result_value is None
    assert [k for k in competency.kompetensi() if k.id is not None] == []
    dialog.reject()


# -- the mapping list ---------------------------------------------------------------------------


def listed(page: CompetencyPage) -> list[int]:
    return page.pemetaan.model.ids()


def test_the_mapping_list_filters_and_sorts_through_the_service(
    qtbot: QtBot, page: CompetencyPage, competency: CompetencyService, known_id: int
) -> None:
    competency.create_asesmen(
        known_id,
        AsesmenDraft(date(2025, 3, 1), "UPT", "", {k: 2 for k in ("integritas", "komunikasi")}),
    )
    panel = page.pemetaan
    page.tabs.setCurrentIndex(1)
    panel.refresh()
    settle(qtbot, page)
    assert listed(page) == competency.pemetaan_ids(PemetaanQuery())
    assert panel.count_label.text() == f"{CLEAN_TOTAL} pegawai"
    # A click on the JPM header asks the service for that order (the assessed first).
    panel.table.sortByColumn(P_JPM, Qt.SortOrder.DescendingOrder)
    settle(qtbot, page)
    assert listed(page) == competency.pemetaan_ids(PemetaanQuery(), "jpm", True)
    assert listed(page)[0] == known_id
    panel.table.sortByColumn(P_NAMA, Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    # The band filter, and "not assessed".
    panel.band_filter.setCurrentIndex(panel.band_filter.findData("band:kurang_optimal"))
    settle(qtbot, page)
    assert listed(page) == [known_id]
    panel.band_filter.setCurrentIndex(panel.band_filter.findData("belum"))
    settle(qtbot, page)
    assert len(listed(page)) == CLEAN_TOTAL - 1 and known_id not in listed(page)
    panel.band_filter.setCurrentIndex(0)
    # The kind of position, and the search as typed.
    panel.jenis_filter.setCurrentIndex(panel.jenis_filter.findData(KEAHLIAN))
    settle(qtbot, page)
    assert listed(page) == competency.pemetaan_ids(PemetaanQuery(jenis_jabatan=KEAHLIAN))
    assert known_id in listed(page)
    expected = competency.pemetaan_ids(PemetaanQuery(jenis_jabatan=KEAHLIAN, search=KNOWN_NIP[:8]))
    assert expected == [known_id]
    qtbot.keyClicks(panel.search, KNOWN_NIP[:8])
    qtbot.waitUntil(lambda: listed(page) == expected, timeout=5000)
    settle(qtbot, page)
    # The unit filter takes the sub-units too (the service's query).
    panel.search.clear()
    unit = panel.units[0]
    panel.jenis_filter.setCurrentIndex(0)
    panel.unit_filter.setCurrentIndex(panel.unit_filter.findData(unit.id))
    settle(qtbot, page)
    assert listed(page) == competency.pemetaan_ids(PemetaanQuery(unit_id=unit.id))


def test_the_chosen_employee_shows_profile_jpm_and_assessments(
    qtbot: QtBot, page: CompetencyPage, competency: CompetencyService, known_id: int
) -> None:
    competency.create_asesmen(
        known_id,
        AsesmenDraft(
            date(2025, 3, 1), "UPT Asesmen", "", {"integritas": 2, "komunikasi": 1, "kerjasama": 3}
        ),
    )
    panel = page.pemetaan
    panel.refresh()
    settle(qtbot, page)
    row = panel.model.row_of(known_id)
    assert row is not None
    panel.table.selectRow(row)
    qtbot.waitUntil(
        lambda: panel.profile is not None and panel.profile.employee_id == known_id, timeout=5000
    )
    settle(qtbot, page)
    assert panel.name_label.text() == "Asep Sunandar, S.Kom. · 19850315 201001 1 002"
    # (2 + 1 + 3) of nine at level 2 = 6 / 18.
    assert panel.jpm_label.text() == f"JPM {pct(33.33)} — Kurang Optimal"
    assert "jumlah level aktual ÷ jumlah level standar × 100, paling tinggi 100%" in (
        panel.jpm_help.text()
    )
    gaps = {
        panel.profil_model.index(r, 0).data(): panel.profil_model.index(r, 3).data()
        for r in range(panel.profil_model.rowCount())
    }
    assert gaps["Integritas"] == "0"
    assert gaps["Komunikasi"] == "−1"
    assert gaps["Pelayanan Publik"] == ""  # not assessed
    assert panel.asesmen_model.rowCount() == 1
    assert panel.asesmen_model.index(0, 0).data() == "01-03-2025"
    assert panel.asesmen_model.index(0, 1).data() == "UPT Asesmen"


def select_employee(qtbot: QtBot, page: CompetencyPage, employee_id: int) -> None:
    panel = page.pemetaan
    qtbot.waitUntil(lambda: panel.model.row_of(employee_id) is not None, timeout=5000)
    row = panel.model.row_of(employee_id)
    assert row is not None
    panel.table.selectRow(row)
    qtbot.waitUntil(
        lambda: panel.profile is not None and panel.profile.employee_id == employee_id,
        timeout=5000,
    )
    settle(qtbot, page)


def fake_asesmen_exec(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill: Callable[[AsesmenDialog], None]
) -> list[AsesmenDialog]:
    seen: list[AsesmenDialog] = []

    def fake_exec(dialog: AsesmenDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        qtbot.waitUntil(
            lambda: dialog.operation is None or not dialog.operation.running, timeout=5000
        )
        return int(dialog.result())

    monkeypatch.setattr(AsesmenDialog, "exec", fake_exec)
    return seen


def test_an_assessment_is_added_changed_and_deleted(
    qtbot: QtBot,
    page: CompetencyPage,
    competency: CompetencyService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    select_employee(qtbot, page, known_id)
    panel = page.pemetaan
    assert panel.jpm_label.text() == "JPM: belum dinilai"

    def add(dialog: AsesmenDialog) -> None:
        assert dialog.windowTitle() == "Tambah hasil asesmen — Asep Sunandar, S.Kom."
        dialog.tanggal.setText("12-03-2025")
        dialog.asesor.setText("Assessment Center Jawa Barat")
        for kode in ("integritas", "kerjasama", "komunikasi"):
            dialog.levels[kode].setValue(3)

    fake_asesmen_exec(qtbot, monkeypatch, add)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.asesmen_model.rowCount() == 1, timeout=5000)
    settle(qtbot, page)
    assert panel.jpm_label.text() == f"JPM {pct(50.00)} — Kurang Optimal"  # 9 of 18
    assert page.message.text() == "Hasil asesmen Asep Sunandar, S.Kom. disimpan."
    record = competency.asesmen_of(known_id)[0]
    assert record.nilai == {"integritas": 3, "kerjasama": 3, "komunikasi": 3}

    panel.asesmen_table.selectRow(0)

    def change(dialog: AsesmenDialog) -> None:
        assert dialog.tanggal.text() == "12-03-2025"
        assert dialog.levels["integritas"].value() == 3
        dialog.levels["komunikasi"].setValue(0)  # — : not rated
        dialog.levels["pelayanan_publik"].setValue(2)

    fake_asesmen_exec(qtbot, monkeypatch, change)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: competency.asesmen_of(known_id)[0].revision != record.revision)
    settle(qtbot, page)
    assert competency.asesmen_of(known_id)[0].nilai == {
        "integritas": 3,
        "kerjasama": 3,
        "pelayanan_publik": 2,
    }
    qtbot.waitUntil(
        lambda: panel.jpm_label.text() == f"JPM {pct(44.44)} — Kurang Optimal", timeout=5000
    )

    answer_yes(monkeypatch)
    panel.asesmen_table.selectRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.asesmen_model.rowCount() == 0, timeout=5000)
    settle(qtbot, page)
    assert competency.asesmen_of(known_id) == []
    assert panel.jpm_label.text() == "JPM: belum dinilai"


def test_an_assessment_form_shows_problems_under_its_fields(
    qtbot: QtBot, page: CompetencyPage, competency: CompetencyService, known_id: int
) -> None:
    dialog = AsesmenDialog(
        competency,
        page.runner,
        competency.kompetensi(),
        employee_id=known_id,
        employee_name="Asep",
        parent=page,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tanggal.setText("31-02-2025")
    dialog.accept()
    assert dialog.rows["tanggal"].problem().startswith("Tanggal 31-02-2025 tidak ada")
    dialog.tanggal.setText("01-03-2025")
    dialog.accept()  # no level at all: refused by the service
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=5000)
    settle(qtbot, page)
    assert dialog.general.text() == "Isi level paling sedikit satu kompetensi hasil asesmen."
    assert competency.asesmen_of(known_id) == []
    dialog.reject()


def test_a_stale_assessment_save_shows_the_message(
    qtbot: QtBot,
    page: CompetencyPage,
    cdb: Database,
    competency: CompetencyService,
    known_id: int,
    dialogs_shown: list[str],
) -> None:
    asesmen_id = competency.create_asesmen(
        known_id, AsesmenDraft(date(2025, 3, 1), "UPT", "", {"integritas": 2})
    )
    record = competency.asesmen(asesmen_id)
    dialog = AsesmenDialog(
        competency,
        page.runner,
        competency.kompetensi(),
        employee_id=known_id,
        employee_name="Asep",
        record=record,
        parent=page,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    # Someone else changes it while the dialog is open.
    CompetencyService(cdb).update_asesmen(
        asesmen_id,
        AsesmenDraft(date(2025, 3, 1), "UPT", "", {"integritas": 4}),
        expected_revision=record.revision,
    )
    dialog.levels["integritas"].setValue(3)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, page)
    assert "Data asesmen Asep Sunandar sudah diubah di tempat lain" in dialogs_shown[0]
    dialogs_shown.clear()
    assert dialog.isVisible() and dialog.levels["integritas"].value() == 3
    assert competency.asesmen(asesmen_id).nilai == {"integritas": 4}
    dialog.reject()


# -- export -------------------------------------------------------------------------------------


def test_the_list_is_exported_as_filtered_and_sorted(
    qtbot: QtBot,
    page: CompetencyPage,
    competency: CompetencyService,
    known_id: int,
    cdb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    competency.create_asesmen(
        known_id, AsesmenDraft(date(2025, 3, 1), "UPT", "", {"integritas": 2})
    )
    panel = page.pemetaan
    panel.jenis_filter.setCurrentIndex(panel.jenis_filter.findData(KEAHLIAN))
    settle(qtbot, page)
    asked: list[tuple[object, ...]] = []

    def save_name(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(tmp_path / "pemetaan"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(panel.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_export is not None, timeout=10000)
    settle(qtbot, page)
    target = tmp_path / "pemetaan.xlsx"
    assert asked and asked[0][-1] == QFileDialog.Option.DontUseNativeDialog
    assert page.message.text().startswith(f"{len(listed(page))} baris diekspor ke {target}")
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] is not None and str(rows[0][0]).startswith("Pemetaan kompetensi (JPM)")
    assert rows[1][:4] == ("NIP", "Nama", "JPM", "Kategori")
    data = rows[2:]
    assert len(data) == len(listed(page))
    known = next(r for r in data if r[0] == KNOWN_NIP)  # the NIP as text, all 18 digits
    assert known[2] == pytest.approx(11.11) and known[3] == "Kurang Optimal"
    assert panel.export_button.isEnabled()
    # An export of personal data is in the audit trail.
    exported = AuditService(cdb).entries(AuditQuery(action="export"))
    assert [e.detail for e in exported] == [f"{len(data)} baris ke pemetaan.xlsx"]


# -- who may do what -----------------------------------------------------------------------------


def test_a_viewer_reads_but_cannot_edit_import_or_export(
    qtbot: QtBot,
    make_page: Callable[..., CompetencyPage],
    competency: CompetencyService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    competency.add_teknis("tk_arsip", "Pengelolaan Arsip")
    competency.create_asesmen(
        known_id, AsesmenDraft(date(2025, 3, 1), "UPT", "", {"integritas": 2})
    )
    page = make_page("viewer")
    panel = page.standar
    choose_position(qtbot, panel, KNOWN_JABATAN)  # reading is allowed
    assert len(panel.rows) == 10
    row = standar_row(panel, "integritas")
    assert row.spin.isReadOnly() and not row.reset.isEnabled()
    row.spin.setValue(5)  # even when set programmatically, nothing can be saved
    for button in (
        panel.save_button,
        panel.add_teknis_button,
        page.import_button,
        page.pemetaan.add_button,
        page.pemetaan.export_button,
    ):
        assert not button.isEnabled(), button.text()
        assert "tidak berhak" in button.toolTip() and "viewer" in button.toolTip()
    panel.save()
    page.open_import()
    settle(qtbot, page)
    assert competency.standar(KEAHLIAN, KNOWN_JABATAN).item[0].level == 2

    # An assessment opens read-only.
    select_employee(qtbot, page, known_id)
    pemetaan = page.pemetaan
    pemetaan.asesmen_table.selectRow(0)
    assert pemetaan.open_button.isEnabled() and pemetaan.open_button.text() == "&Lihat…"
    assert not pemetaan.delete_button.isEnabled()
    opened: list[AsesmenDialog] = []

    def look(dialog: AsesmenDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected.value)

    monkeypatch.setattr(AsesmenDialog, "exec", look)
    qtbot.mouseClick(pemetaan.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    dialog = opened[0]
    assert dialog.read_only and dialog.levels["integritas"].isReadOnly()
    assert dialog.work() is None

    # Someone allowed signs in at the same page.
    page.db.assume_user("operator")
    page.apply_permissions()
    assert page.import_button.isEnabled()
    assert page.import_button.toolTip().startswith("Impor hasil asesmen dari berkas .xlsx")
    assert not standar_row(panel, "integritas").spin.isReadOnly()


def test_the_page_reads_the_full_demo_agency(
    qtbot: QtBot, make_page: Callable[..., CompetencyPage], db: Database
) -> None:
    """On the demo with its competency data (standards, teknis competencies, assessments):
    the list, a position's standard and a profile read as the service says."""
    page = make_page(database=db)
    competency = CompetencyService(db)
    assert listed(page) == competency.pemetaan_ids(PemetaanQuery())
    assert len(listed(page)) == TOTAL
    panel = page.standar
    chosen = next(j for j in panel.jabatan_model.rows() if j.punya_standar)
    choose_position(qtbot, panel, chosen.jabatan_nama)
    expected = competency.standar(chosen.jenis_jabatan, chosen.jabatan_nama)
    assert [(r.item.kode, r.spin.value()) for r in panel.rows] == [
        (i.kode, i.level if i.level is not None else 0) for i in expected.item
    ]
    assert any(r.sumber.text() == "jabatan ini" for r in panel.rows)
    assessed = competency.pemetaan_ids(PemetaanQuery(), "jpm", True)[0]
    select_employee(qtbot, page, assessed)
    profile = competency.profil(assessed)
    assert profile.band is not None
    assert page.pemetaan.jpm_label.text() == (f"JPM {pct(profile.jpm or 0)} — {profile.band.label}")


def test_answers_after_shutdown_go_to_nobody(
    qtbot: QtBot, cdb: Database, runner: TaskRunner
) -> None:
    page = CompetencyPage(cdb, runner)
    qtbot.addWidget(page)
    page.shutdown()  # before the first answers arrive
    runner.wait()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=5000)  # delivered, and dropped
    assert page.pemetaan.model.ids() == []
    assert page.standar.jabatan_model.rowCount() == 0
    page.pemetaan.refresh()
    page.standar.load_lists()
    assert not runner.busy()
