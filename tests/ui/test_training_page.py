"""The activities tab: filters by year, type, form and provider and a text, all in SQL; the
sorted headers; the empty result with its way back; deleting (asked, No by default); the
export to .xlsx; the editor opened by a double-click; what a viewer may do; the table model
under the model tester. On the agency of tests/ui/training_data.py (its ACTIVITIES:
three of 2025, three of 2024, none of this year)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
import sqlalchemy as sa
from accounts import open_as
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.services.database import Database
from asn_desktop.services.errors import NotFound
from asn_desktop.services.trainings import PelatihanQuery, TrainingService
from asn_desktop.ui.competency_window import CompetencyWindow
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.operations import hub
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.training_editor import TrainingEditorDialog
from asn_desktop.ui.training_page import ALL_YEARS, TrainingPage, pelatihan_changes
from asn_desktop.ui.training_table_model import (
    BIAYA,
    JP,
    MULAI,
    NAMA,
    PESERTA,
    REAKSI,
    TEMPAT,
    TrainingTableModel,
)

from .training_data import (
    ACTIVITIES,
    TrainingAgency,
    copy_training_agency,
    recent_workshop,
    training_template,
)

ALL = [a[0] for a in sorted(ACTIVITIES, key=lambda a: a[2], reverse=True)]  # newest first
OF_2025 = [a[0] for a in sorted(ACTIVITIES, key=lambda a: a[2], reverse=True) if a[3].year == 2025]


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


def settle(qtbot: QtBot, page: TrainingPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)


@pytest.fixture
def make_page(
    qtbot: QtBot, tdb: Database, runner: TaskRunner
) -> Iterator[Callable[..., TrainingPage]]:
    pages: list[TrainingPage] = []

    def make(username: str = "admin") -> TrainingPage:
        tdb.assume_user(username)
        page = TrainingPage(tdb, runner)
        qtbot.addWidget(page)
        page.resize(1240, 700)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    for page in pages:
        if shiboken6.isValid(page):
            page.shutdown()
    runner.wait()


@pytest.fixture
def page(make_page: Callable[..., TrainingPage]) -> TrainingPage:
    return make_page()


def shown(page: TrainingPage, column: int = NAMA) -> list[str]:
    return [page.model.index(r, column).data() for r in range(page.model.rowCount())]


def wait_for(qtbot: QtBot, page: TrainingPage, expected: list[str]) -> None:
    qtbot.waitUntil(lambda: shown(page) == expected, timeout=5000)
    settle(qtbot, page)


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def select(page: TrainingPage, nama: str) -> None:
    row = shown(page).index(nama)
    page.table.selectRow(row)


# -- the list -------------------------------------------------------------------------------------


def test_the_year_without_activities_says_so_and_resetting_shows_them_all(
    qtbot: QtBot, page: TrainingPage
) -> None:
    # Nothing this year (the agency's activities are of 2024 and 2025).
    assert page.tahun.value() == date.today().year
    assert page.model.rowCount() == 0
    assert page.stack.currentIndex() == 1
    assert page.empty_label.text() == (
        f"Tidak ada kegiatan yang selesai pada tahun {date.today().year}."
    )
    assert page.reset_button.isVisibleTo(page)
    assert page.count_label.text() == "0 kegiatan"
    page.reset_button.click()
    wait_for(qtbot, page, ALL)
    assert page.tahun.value() == ALL_YEARS and page.tahun.text() == "Semua tahun"
    assert page.stack.currentIndex() == 0
    assert page.count_label.text() == "6 kegiatan"


def test_the_filters_narrow_the_list_in_sql(qtbot: QtBot, page: TrainingPage) -> None:
    page.tahun.setValue(2025)
    wait_for(qtbot, page, OF_2025)
    choose(page.bentuk_filter, False)
    wait_for(qtbot, page, ["Coaching Pelayanan Prima"])
    choose(page.bentuk_filter, None)
    qtbot.waitUntil(lambda: page.jenis_filter.count() > 20)
    assert page.jenis_filter.itemText(page.jenis_filter.findData("14")) == (
        "Coaching (Nonklasikal)"
    )
    choose(page.jenis_filter, "3")
    wait_for(qtbot, page, ["Pelatihan Manajemen Proyek TI"])
    choose(page.jenis_filter, None)
    choose(page.penyelenggara_filter, "BPSDM Provinsi Jawa Barat")
    wait_for(qtbot, page, ["Workshop Digitalisasi Layanan Publik"])
    page.tahun.setValue(ALL_YEARS)
    wait_for(qtbot, page, ["Workshop Digitalisasi Layanan Publik", "Outbound Kepemimpinan Tim"])
    choose(page.penyelenggara_filter, None)
    qtbot.keyClicks(page.search, "siber")
    wait_for(qtbot, page, ["Seminar Keamanan Siber Pemerintah Daerah"])
    page.search.clear()
    qtbot.keyClicks(page.search, "tidak ada yang begini")
    wait_for(qtbot, page, [])
    assert page.empty_label.text() == "Tidak ada kegiatan yang cocok dengan saringan ini."
    page.reset_button.click()
    wait_for(qtbot, page, ALL)
    assert page.search.text() == ""


def test_the_headers_sort_in_sql(
    qtbot: QtBot, page: TrainingPage, trainings: TrainingService
) -> None:
    page.reset_filters()
    wait_for(qtbot, page, ALL)
    header = page.table.horizontalHeader()
    for column, key in ((JP, "jp"), (PESERTA, "peserta"), (NAMA, "nama"), (BIAYA, "biaya")):
        header.setSortIndicator(column, Qt.SortOrder.AscendingOrder)
        expected = trainings.search_ids(PelatihanQuery(), key, False)
        qtbot.waitUntil(lambda expected=expected: page.model.ids() == expected, timeout=5000)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder)
        expected = trainings.search_ids(PelatihanQuery(), key, True)
        qtbot.waitUntil(lambda expected=expected: page.model.ids() == expected, timeout=5000)
    # The form column does not sort: the order and the indicator stay.
    before = page.model.ids()
    header.setSortIndicator(3, Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    assert page.model.ids() == before and header.sortIndicatorSection() == BIAYA


def test_the_cells_say_what_the_activity_counts(qtbot: QtBot, page: TrainingPage) -> None:
    page.reset_filters()
    wait_for(qtbot, page, ALL)
    row = shown(page).index("Coaching Pelayanan Prima")
    model = page.model
    assert model.index(row, MULAI).data() == "01-04-2025 – 30-05-2025"
    assert model.index(row, JP).data() == "8"  # 4 sessions × 2 JP
    assert model.index(row, JP).data(Qt.ItemDataRole.ToolTipRole) == "8 JP dari 4 sesi"
    assert model.index(row, PESERTA).data() == "3"
    assert model.index(row, BIAYA).data() == "Rp15.000.000"
    assert model.index(row, REAKSI).data() == ""
    outbound = shown(page).index("Outbound Kepemimpinan Tim")
    # Outbound's conversion is unconfirmed: marked, and the tooltip says why.
    assert model.index(outbound, JP).data() == "12 *"
    assert "belum dikonfirmasi" in model.index(outbound, JP).data(Qt.ItemDataRole.ToolTipRole)
    alignment = model.index(row, JP).data(Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight)


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, trainings: TrainingService
) -> None:
    fetcher = GuardedFetcher(trainings.rows, lambda _exc: None, (Exception,))
    model = TrainingTableModel(fetcher)
    model.set_ids(trainings.search_ids(PelatihanQuery()))
    qtmodeltester.check(model)
    assert model.rowCount() == 6
    assert model.index(0, TEMPAT).data() == ""


def test_an_international_activity_says_so_where_it_was_held(
    qtbot: QtBot, page: TrainingPage, trainings: TrainingService
) -> None:
    trainings.create(
        recent_workshop(
            nama="Magang Transportasi Cerdas", jenis_diklat="10", internasional=True, tempat="Seoul"
        )
    )
    hub(page.runner).changed.emit(pelatihan_changes())  # as an editor's save announces it
    qtbot.waitUntil(lambda: "Magang Transportasi Cerdas" in shown(page), timeout=5000)
    row = shown(page).index("Magang Transportasi Cerdas")
    assert page.model.index(row, TEMPAT).data() == "Seoul (internasional)"
    assert page.stack.currentIndex() == 0


# -- actions --------------------------------------------------------------------------------------


def test_a_double_click_opens_the_editor_of_the_row(
    qtbot: QtBot, page: TrainingPage, agency: TrainingAgency
) -> None:
    page.reset_filters()
    wait_for(qtbot, page, ALL)
    row = shown(page).index("Pelatihan Manajemen Proyek TI")
    rect = page.table.visualRect(page.model.index(row, NAMA))
    # A click first: QTest's double-click alone carries no press on the row.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editors = page.findChildren(TrainingEditorDialog)
    assert len(editors) == 1
    editor = editors[0]
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    assert editor.pelatihan_id == agency.activities["Pelatihan Manajemen Proyek TI"]
    assert editor.model.rowCount() == 10
    editor.done(QDialog.DialogCode.Rejected.value)


def test_tambah_opens_a_new_activity_and_its_save_shows_in_the_list(
    qtbot: QtBot, page: TrainingPage, trainings: TrainingService
) -> None:
    draft = recent_workshop()
    page.tahun.setValue(draft.selesai.year)
    settle(qtbot, page)
    editor = page.add_training()
    assert isinstance(editor, TrainingEditorDialog)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    editor.nama.setText(draft.nama)
    editor.jenis.setCurrentIndex(editor.jenis.findData("4"))
    editor.mulai.set_date(draft.mulai)
    editor.selesai.set_date(draft.selesai)
    editor.save()
    qtbot.waitUntil(lambda: draft.nama in shown(page), timeout=10000)
    qtbot.waitUntil(lambda: page.current_id() == editor.pelatihan_id, timeout=5000)
    editor.done(QDialog.DialogCode.Rejected.value)


def test_deleting_asks_with_no_as_the_default(
    qtbot: QtBot,
    page: TrainingPage,
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.tahun.setValue(2025)
    wait_for(qtbot, page, OF_2025)
    assert not page.delete_action.isEnabled()  # nothing chosen yet
    select(page, "Pelatihan Manajemen Proyek TI")
    asked: list[tuple[str, object]] = []
    reply = [QMessageBox.StandardButton.No]

    def question(
        _parent: object, _title: str, text: str, _buttons: object, default: object
    ) -> object:
        asked.append((text, default))
        return reply[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_action.trigger()
    text, default = asked.pop()
    assert default == QMessageBox.StandardButton.No
    assert text.startswith(
        "Hapus kegiatan \u201cPelatihan Manajemen Proyek TI\u201d (Diklat Teknis)?"
    )
    assert "10 pesertanya ikut dihapus" in text
    pid = agency.activities["Pelatihan Manajemen Proyek TI"]
    assert trainings.pelatihan(pid).nama == "Pelatihan Manajemen Proyek TI"
    reply[0] = QMessageBox.StandardButton.Yes
    page.delete_action.trigger()
    wait_for(qtbot, page, [n for n in OF_2025 if n != "Pelatihan Manajemen Proyek TI"])
    with pytest.raises(NotFound):
        trainings.pelatihan(pid)
    assert page.note_label.text() == "Kegiatan \u201cPelatihan Manajemen Proyek TI\u201d dihapus."


def test_deleting_a_row_changed_elsewhere_is_refused_and_the_list_read_again(
    qtbot: QtBot,
    page: TrainingPage,
    agency: TrainingAgency,
    trainings: TrainingService,
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    from dataclasses import replace

    page.tahun.setValue(2025)
    wait_for(qtbot, page, OF_2025)
    select(page, "Coaching Pelayanan Prima")
    pid = agency.activities["Coaching Pelayanan Prima"]
    record = trainings.pelatihan(pid)
    trainings.update(
        pid, replace(record.as_draft(), tempat="Aula"), expected_revision=record.revision
    )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert "sudah diubah di tempat lain" in dialogs_shown.pop()
    assert trainings.pelatihan(pid).tempat == "Aula"
    settle(qtbot, page)
    assert "Coaching Pelayanan Prima" in shown(page)


def test_the_list_shown_is_exported_to_excel(
    qtbot: QtBot, page: TrainingPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from openpyxl import load_workbook

    page.tahun.setValue(2025)
    wait_for(qtbot, page, OF_2025)
    target = tmp_path / "kegiatan-2025"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=10000) as exported:
        page.export_action.trigger()
    path, count = exported.args
    assert path == tmp_path / "kegiatan-2025.xlsx" and count == 3
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0].startswith("Kegiatan pengembangan kompetensi tahun 2025 (diekspor ")
    assert rows[1][:3] == ("Mulai", "Selesai", "Nama kegiatan")
    assert [r[2] for r in rows[2:]] == OF_2025
    coaching = next(r for r in rows[2:] if r[2] == "Coaching Pelayanan Prima")
    assert coaching[3] == "14" and coaching[5] == "Nonklasikal"
    assert (coaching[9], coaching[10], coaching[11], coaching[13]) == (4, "sesi", 8, 3)
    assert page.note_label.text() == f"3 kegiatan diekspor ke {path}"
    assert page.export_action.isEnabled()
    # The service wrote it, and recorded it in the audit trail.
    with page.db.reading() as session:
        entry = session.scalars(sa.select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert (entry.username, entry.entity_type) == ("admin", "pelatihan")
    assert entry.detail == "3 kegiatan (tahun 2025) ke kegiatan-2025.xlsx"


def test_the_export_follows_the_tables_order(
    qtbot: QtBot, page: TrainingPage, trainings: TrainingService, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    page.reset_filters()
    wait_for(qtbot, page, ALL)
    page.table.horizontalHeader().setSortIndicator(PESERTA, Qt.SortOrder.AscendingOrder)
    by_count = trainings.search_ids(PelatihanQuery(), "peserta", False)
    qtbot.waitUntil(lambda: page.model.ids() == by_count, timeout=5000)
    settle(qtbot, page)
    assert shown(page) != ALL  # an order of its own, not the default
    with qtbot.waitSignal(page.exported, timeout=10000):
        page.start_export(tmp_path / "kegiatan.xlsx")
    rows = list(load_workbook(tmp_path / "kegiatan.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0].startswith("Kegiatan pengembangan kompetensi semua tahun (diekspor ")
    assert [r[2] for r in rows[2:]] == shown(page)


def test_an_export_the_role_does_not_allow_is_refused_by_the_service(
    qtbot: QtBot,
    make_page: Callable[..., TrainingPage],
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    page = make_page("viewer")
    assert not page.export_action.isEnabled()
    page.start_export(tmp_path / "kegiatan.xlsx")  # past the disabled action
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert "tidak berhak" in dialogs_shown.pop()
    assert not (tmp_path / "kegiatan.xlsx").exists() and page.last_export is None
    assert page.export_progress is None


def test_a_viewer_reads_and_the_refused_actions_say_why(
    qtbot: QtBot, make_page: Callable[..., TrainingPage]
) -> None:
    page = make_page("viewer")
    page.reset_filters()
    wait_for(qtbot, page, ALL)
    select(page, "Coaching Pelayanan Prima")
    for action in (page.add_action, page.delete_action, page.export_action):
        assert not action.isEnabled(), action.text()
        assert "viewer" in action.toolTip()
    assert page.open_action.isEnabled() and page.open_action.text() == "&Lihat…"
    assert page.refresh_action.isEnabled()
    assert page.add_training() is None
    editor = page.open_training()
    assert isinstance(editor, TrainingEditorDialog)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    assert editor.read_only is not None and editor.save_button is None
    editor.done(QDialog.DialogCode.Rejected.value)
    # Someone else signs in: the window asks the page again.
    page.db.assume_user("operator")
    page.apply_permissions()
    assert page.add_action.isEnabled() and page.delete_action.isEnabled()
    assert page.open_action.text() == "&Ubah…"
    assert page.add_action.toolTip().startswith("Catat kegiatan")


def test_the_empty_list_of_a_viewer_offers_no_new_activity(
    qtbot: QtBot, make_page: Callable[..., TrainingPage]
) -> None:
    page = make_page("viewer")
    assert page.stack.currentIndex() == 1
    assert not page.empty_add_button.isEnabled()
    assert "viewer" in page.empty_add_button.toolTip()


def test_the_competency_window_builds_the_page_as_its_first_tab(
    qtbot: QtBot, tdb: Database, runner: TaskRunner
) -> None:
    window = CompetencyWindow(tdb, runner)
    qtbot.addWidget(window)
    window.show()
    page = window.show_tab("kegiatan")
    assert isinstance(page, TrainingPage)
    settle(qtbot, page)
    window.close()
    assert page._closed
    page.refresh()  # after shutdown: asks nothing
    assert not runner.busy()
