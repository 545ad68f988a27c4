"""The budget page: the budget per funding source, the summary with its warnings, the cost
per activity and per provider are the BudgetService's figures, in rupiah as "Rp 12.500.000";
adding, changing and removing a budget go through the service with the revision read (a
stale save shows the service's message and keeps what was typed); bad amounts save nothing;
a viewer reads and cannot change or export; Ekspor ke Excel writes the four tables (read
back with openpyxl); on copies of the UI demo agency with one over-planned activity."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.training_budget import BudgetService, format_rupiah
from asn_desktop.services.trainings import PelatihanDraft, TrainingService
from asn_desktop.ui.budget_page import BudgetDialog, BudgetPage, parse_rupiah, total_row
from asn_desktop.ui.jp_bars import format_jp
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.tasks import TaskRunner

TAHUN = date.today().year - 1
PLANNED = 250_000_000  # far over any budget of its source
PROVIDER = "Smart City Academy Seoul"


@dataclass(frozen=True)
class Facts:
    path: Path
    pelatihan: int  # the over-planned activity of TAHUN, funded by HIBAH


@pytest.fixture(scope="session")
def budget_template(ui_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Facts:
    folder = tmp_path_factory.mktemp("budget-ui")
    path = folder / "budget.sqlite"
    copy_database(ui_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        trainings = TrainingService(db)
        pelatihan = trainings.create(
            PelatihanDraft(
                nama="Magang Kota Cerdas",
                jenis_diklat="8",
                mulai=date(TAHUN, 5, 5),
                selesai=date(TAHUN, 5, 9),
                jumlah=40,
                penyelenggara=PROVIDER,
                internasional=True,
                biaya_rencana=PLANNED,
                sumber_dana="HIBAH",
                reaksi_penyelenggara=3.5,
                reaksi_fasilitas=3.0,
                reaksi_pengajar=4.0,
            )
        )
        staff = EmployeeService(db).search_ids(EmployeeQuery(status="PNS"))
        trainings.enroll(pelatihan, staff[:4])
        # Not a budget of HIBAH in TAHUN: the plan above is over it (or without one).
        budgets = BudgetService(db)
        record = next((a for a in budgets.anggaran(TAHUN) if a.sumber_dana == "HIBAH"), None)
        budgets.set_anggaran(
            TAHUN,
            "HIBAH",
            10_000_000,
            "Kerja sama pemerintah kota",
            expected_revision=record.revision if record is not None else None,
        )
    finally:
        db.close()
    return Facts(path, pelatihan)


@pytest.fixture
def facts(budget_template: Facts) -> Facts:
    return budget_template


@pytest.fixture
def bdb(budget_template: Facts, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "budget.sqlite"
    copy_database(budget_template.path, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def budgets(bdb: Database) -> BudgetService:
    return BudgetService(bdb)


def settle(qtbot: QtBot, page: BudgetPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=15000)


@pytest.fixture
def make_page(
    qtbot: QtBot, bdb: Database, runner: TaskRunner
) -> Iterator[Callable[..., BudgetPage]]:
    pages: list[BudgetPage] = []

    def make(username: str = "admin") -> BudgetPage:
        bdb.assume_user(username)
        page = BudgetPage(bdb, runner, tahun=TAHUN)
        qtbot.addWidget(page)
        page.resize(1300, 800)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    # Every answer delivered while its page is there: a callback left pending would keep
    # the runner in a reference cycle for the collector to free at any later moment.
    qtbot.waitUntil(lambda: not runner.busy(), timeout=15000)
    for page in pages:
        page.shutdown()
    runner.wait()


@pytest.fixture
def page(make_page: Callable[..., BudgetPage]) -> BudgetPage:
    return make_page()


def row_texts(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def open_dialog(qtbot: QtBot, page: BudgetPage, button: Any) -> BudgetDialog:
    page.dialog = None
    button.click()
    dialog = page.dialog
    assert isinstance(dialog, BudgetDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def save(qtbot: QtBot, dialog: BudgetDialog) -> None:
    """Click Save and wait for the worker's answer; the dialog stays (a refusal)."""
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.operation is None or not dialog.saving, timeout=10000)


def save_and_close(qtbot: QtBot, dialog: BudgetDialog) -> None:
    """Click Save; saved, the dialog closes (and is deleted later)."""
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def select_source(page: BudgetPage, kode: str) -> None:
    row = [r.sumber_dana for r in page.budget_model.records()].index(kode)
    page.budget_table.selectRow(row)


# -- rupiah ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("12.500.000", 12_500_000),
        ("Rp 12.500.000", 12_500_000),
        ("rp12.500.000", 12_500_000),
        ("12500000", 12_500_000),
        ("12,500,000", 12_500_000),
        ("0", 0),
        ("", None),
        ("  ", None),
    ],
)
def test_rupiah_as_a_clerk_types_it(typed: str, value: int | None) -> None:
    assert parse_rupiah(typed) == value


@pytest.mark.parametrize("typed", ["12,5", "1.25", "-5.000", "dua juta", "12.50.000", "Rp"])
def test_what_is_not_whole_rupiah_is_refused(typed: str) -> None:
    with pytest.raises(ValueError, match=r"rupiah"):
        parse_rupiah(typed)


def test_rupiah_are_shown_with_dots() -> None:
    assert format_rupiah(12_500_000) == "Rp 12.500.000"


# -- the figures ----------------------------------------------------------------------------


def test_the_page_shows_the_services_figures(
    page: BudgetPage, budgets: BudgetService, facts: Facts
) -> None:
    records = budgets.anggaran(TAHUN)
    ringkasan = budgets.ringkasan(TAHUN)
    assert page.budget_model.records() == records
    hibah = [r.sumber_dana for r in records].index("HIBAH")
    assert row_texts(page.budget_model, hibah)[:3] == [
        "Hibah / kerja sama",
        "Rp 10.000.000",
        "Kerja sama pemerintah kota",
    ]
    summary = page.summary_model.records()
    assert summary == [*ringkasan.sumber, total_row(ringkasan)]
    total = row_texts(page.summary_model, len(summary) - 1)
    assert total[:6] == [
        "Jumlah",
        format_rupiah(ringkasan.anggaran),
        format_rupiah(ringkasan.rencana),
        format_rupiah(ringkasan.realisasi),
        format_rupiah(ringkasan.sisa),
        format_rupiah(ringkasan.sisa_rencana),
    ]
    assert page.totals.text() == (
        f"Anggaran {format_rupiah(ringkasan.anggaran)} · rencana "
        f"{format_rupiah(ringkasan.rencana)} · realisasi {format_rupiah(ringkasan.realisasi)}"
        f" · sisa {format_rupiah(ringkasan.sisa)}"
    )
    kegiatan = budgets.biaya_kegiatan(TAHUN)
    assert page.activity_model.records() == kegiatan
    magang = [k.pelatihan_id for k in kegiatan].index(facts.pelatihan)
    cells = row_texts(page.activity_model, magang)
    k = kegiatan[magang]
    assert (k.peserta, k.peserta_dihitung, k.biaya) == (4, 4, PLANNED)
    assert k.jp_total == k.jp * 4 and k.biaya_per_jp == round(PLANNED / k.jp_total, 2)
    assert cells[4:] == [
        "4",
        format_jp(k.jp),
        format_jp(k.jp_total),
        "Rp 250.000.000",
        "–",
        format_rupiah(k.biaya_per_jp),
        "Rp 62.500.000",
    ]
    providers = budgets.penyelenggara(TAHUN)
    assert page.provider_model.records() == providers
    seoul = [p.nama for p in providers].index(PROVIDER)
    assert row_texts(page.provider_model, seoul)[-1] == format_jp(3.5)
    assert providers[seoul].indeks_reaksi == 3.5


def test_the_warnings_are_shown_above_everything(page: BudgetPage, budgets: BudgetService) -> None:
    warnings = budgets.ringkasan(TAHUN).peringatan
    assert any("Hibah / kerja sama" in w and "melebihi anggaran" in w for w in warnings)
    assert page.warnings.isVisible()
    assert page.warnings.text() == "\n".join(f"⚠ {w}" for w in warnings)
    layout = page.layout()
    assert layout is not None and layout.indexOf(page.warnings) < layout.indexOf(page.views)


def test_another_year_and_every_year_of_the_providers(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService
) -> None:
    page.tahun.setValue(TAHUN - 1)
    expected = budgets.biaya_kegiatan(TAHUN - 1)
    qtbot.waitUntil(lambda: page.shown is not None and page.shown.tahun == TAHUN - 1, timeout=10000)
    settle(qtbot, page)
    assert page.activity_model.records() == expected
    assert page.budget_model.records() == budgets.anggaran(TAHUN - 1)
    page.all_years.setChecked(True)
    every = budgets.penyelenggara(None)
    qtbot.waitUntil(lambda: page.provider_model.records() == every, timeout=10000)
    settle(qtbot, page)
    assert page.provider_model.records() == every


def test_the_models_pass_the_model_tester(qtmodeltester: Any, page: BudgetPage) -> None:
    for model in (page.budget_model, page.summary_model, page.activity_model, page.provider_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    page.provider_model.sort(5, Qt.SortOrder.AscendingOrder)
    costs = [p.biaya_per_jp for p in page.provider_model.records()]
    known = [c for c in costs if c is not None]
    assert known == sorted(known)
    assert costs[: len(known)] == known  # nothing to compare comes last
    qtmodeltester.check(page.provider_model)


# -- changing the budget ----------------------------------------------------------------------


def test_a_budget_added_is_saved_through_the_service(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService
) -> None:
    free = page._free_sources()
    assert free and page.add_button.isEnabled()
    dialog = open_dialog(qtbot, page, page.add_button)
    kode = free[0].kode
    assert dialog.sumber.currentData() == kode
    assert [dialog.sumber.itemData(i) for i in range(dialog.sumber.count())] == [
        s.kode for s in free
    ]
    dialog.jumlah.setText("Rp 25.000.000")
    dialog.keterangan.setPlainText("DPA perubahan")
    save_and_close(qtbot, dialog)
    saved = next(a for a in budgets.anggaran(TAHUN) if a.sumber_dana == kode)
    assert (saved.jumlah, saved.keterangan) == (25_000_000, "DPA perubahan")
    qtbot.waitUntil(lambda: saved in page.budget_model.records(), timeout=10000)
    settle(qtbot, page)
    assert page.summary_model.records()[-1] == total_row(budgets.ringkasan(TAHUN))


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("12,5", "bukan jumlah rupiah bulat"),
        ("", "wajib diisi"),
        ("-1.000", "tidak boleh negatif"),
        ("9.000.000.000.000.000", "melebihi batas"),
    ],
)
def test_a_bad_amount_saves_nothing(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService, typed: str, says: str
) -> None:
    before = budgets.anggaran(TAHUN)
    dialog = open_dialog(qtbot, page, page.add_button)
    dialog.jumlah.setText(typed)
    assert dialog.save() is False
    assert says in dialog.rows["jumlah"].problem()
    assert dialog.operation is None and dialog.isVisible()
    assert budgets.anggaran(TAHUN) == before
    dialog.reject()


def test_the_services_refusal_comes_back_under_the_field(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService
) -> None:
    before = budgets.anggaran(TAHUN)
    dialog = open_dialog(qtbot, page, page.add_button)
    dialog.jumlah.setText("1.000")
    dialog.keterangan.setPlainText("catatan\x07dengan bel")  # a control character
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert "Keterangan" in dialog.rows["keterangan"].problem()
    assert budgets.anggaran(TAHUN) == before
    dialog.reject()


def test_a_budget_changed_is_saved_with_its_revision(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService
) -> None:
    select_source(page, "HIBAH")
    record = page.current_record()
    assert record is not None and page.edit_button.isEnabled()
    dialog = open_dialog(qtbot, page, page.edit_button)
    assert not dialog.sumber.isEnabled()
    assert dialog.jumlah.text() == "Rp 10.000.000"
    dialog.jumlah.setText("300.000.000")
    save_and_close(qtbot, dialog)
    saved = next(a for a in budgets.anggaran(TAHUN) if a.sumber_dana == "HIBAH")
    assert saved.jumlah == 300_000_000 and saved.revision == record.revision + 1
    # The plan is within the budget now: the warning about HIBAH is gone.
    warnings = budgets.ringkasan(TAHUN).peringatan
    assert not any("Hibah" in w for w in warnings)
    qtbot.waitUntil(lambda: "Hibah" not in page.warnings.text(), timeout=10000)
    settle(qtbot, page)
    assert page.warnings.isVisible() == bool(warnings)


def test_a_stale_save_shows_the_message_and_keeps_the_edit(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService, dialogs_shown: list[str]
) -> None:
    select_source(page, "HIBAH")
    record = page.current_record()
    assert record is not None
    dialog = open_dialog(qtbot, page, page.edit_button)
    # Someone else changes the same budget meanwhile.
    budgets.set_anggaran(TAHUN, "HIBAH", 55_000_000, expected_revision=record.revision)
    dialog.jumlah.setText("20.000.000")
    save(qtbot, dialog)
    assert len(dialogs_shown) == 1
    assert "sudah diubah di tempat lain" in dialogs_shown[0]
    assert "anggaran pelatihan Hibah / kerja sama tahun" in dialogs_shown[0]
    dialogs_shown.clear()
    assert dialog.isVisible() and dialog.jumlah.text() == "20.000.000"
    saved = next(a for a in budgets.anggaran(TAHUN) if a.sumber_dana == "HIBAH")
    assert saved.jumlah == 55_000_000
    dialog.reject()


def test_a_budget_removed(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    select_source(page, "HIBAH")
    page.remove_button.click()
    assert asked == [f"Hapus anggaran Hibah / kerja sama tahun {TAHUN} (Rp 10.000.000)?"]
    qtbot.waitUntil(
        lambda: "HIBAH" not in [r.sumber_dana for r in page.budget_model.records()],
        timeout=10000,
    )
    settle(qtbot, page)
    assert "HIBAH" not in [a.sumber_dana for a in budgets.anggaran(TAHUN)]


def test_a_save_elsewhere_refreshes_the_page(
    qtbot: QtBot, page: BudgetPage, budgets: BudgetService
) -> None:
    free = page._free_sources()[0]
    budgets.set_anggaran(TAHUN, free.kode, 7_000_000)
    hub(page.runner).changed.emit(Changes(competency={"anggaran"}))
    qtbot.waitUntil(
        lambda: free.kode in [r.sumber_dana for r in page.budget_model.records()], timeout=10000
    )
    settle(qtbot, page)


def test_a_viewer_reads_and_cannot_change_or_export(
    make_page: Callable[..., BudgetPage], budgets: BudgetService, bdb: Database
) -> None:
    page = make_page("viewer")
    assert page.budget_model.records() == budgets.anggaran(TAHUN)
    assert page.activity_model.records() == budgets.biaya_kegiatan(TAHUN)
    select_source(page, "HIBAH")
    edit = denial_text(bdb.user, Permission.EDIT)
    assert edit is not None and "tidak berhak mengubah" in edit
    for button in (page.add_button, page.edit_button, page.remove_button):
        assert not button.isEnabled()
        assert button.toolTip() == edit
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == denial_text(bdb.user, Permission.EXPORT)
    page.add_budget()
    page.edit_budget()
    assert page.dialog is None


# -- export ---------------------------------------------------------------------------------


def test_export_writes_the_four_tables(
    qtbot: QtBot,
    page: BudgetPage,
    budgets: BudgetService,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    path = tmp_path / "anggaran.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(path), ""))
    page.export_button.click()
    qtbot.waitUntil(lambda: "diekspor ke" in page.message.text(), timeout=15000)
    book = load_workbook(path, read_only=True)
    try:
        assert book.sheetnames == [
            f"Anggaran {TAHUN}",
            f"Ringkasan {TAHUN}",
            f"Biaya kegiatan {TAHUN}",
            "Penyelenggara",
        ]
        sheets = [list(ws.iter_rows(values_only=True)) for ws in book.worksheets]
    finally:
        book.close()
    records = budgets.anggaran(TAHUN)
    assert [r[:3] for r in sheets[0][2:]] == [
        (a.sumber_dana, a.nama_sumber, a.jumlah) for a in records
    ]
    ringkasan = budgets.ringkasan(TAHUN)
    summary = sheets[1][2 : 2 + len(ringkasan.sumber) + 1]
    assert summary[-1][:4] == ("Jumlah", ringkasan.anggaran, ringkasan.rencana, ringkasan.realisasi)
    assert [w[0] for w in sheets[1][3 + len(ringkasan.sumber) + 1 :]] == ringkasan.peringatan
    kegiatan = budgets.biaya_kegiatan(TAHUN)
    assert [r[0] for r in sheets[2][2:]] == [k.nama for k in kegiatan]
    assert [r[9] for r in sheets[2][2:]] == [k.biaya_rencana for k in kegiatan]
    assert [r[0] for r in sheets[3][2:]] == [p.nama for p in budgets.penyelenggara(TAHUN)]
    rows = (
        len(records) + len(ringkasan.sumber) + 1 + len(kegiatan) + len(budgets.penyelenggara(TAHUN))
    )
    assert page.message.text() == f"{rows} baris diekspor ke {path}"
