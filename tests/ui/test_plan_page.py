"""The plan page (AKPK): generating next year's plan within the budget and listing what stays
unfunded, the banner that sets the plan against the budget (red over it), the items as an id
model with SQL filters and sorting, editing, adding and deleting while draft, the approvals
in order (and back to draft), what a viewer may do, the export to .xlsx and the preview.

The agency of tests/ui/appraisal_data (nine people, appraisals of 2026) plans 2027 with
assessed gaps that cost Rp 3.500.000 each (Pelatihan Manajerial) and a budget of two of
them; everyone meets the JP target of 2026, so the needs are the gaps alone:

    kadis   integritas (standard 4, actual 2), kerjasama (4, 1): two classroom needs
    kabid   orientasi_hasil (3, 1): a classroom need; pelayanan_publik (3, 2): a free route
    ahmad   pengembangan_diri (2, 1): a free route
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from accounts import open_as
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.db.competency_models import (
    AnggaranPelatihan,
    Asesmen,
    AsesmenNilai,
    Pelatihan,
    PesertaPelatihan,
)
from asn_desktop.domain.akpk import rute_bawaan
from asn_desktop.services.akpk import ItemDraft, ItemQuery, ItemRow, PlanService
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.bulk import BulkService, BulkWriter
from asn_desktop.services.database import Database
from asn_desktop.services.training_budget import format_rupiah
from asn_desktop.ui.competency_window import CompetencyWindow
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.plan_item_dialog import PlanItemDialog
from asn_desktop.ui.plan_page import ApprovalDialog, PlanPage, ReturnToDraftDialog
from asn_desktop.ui.plan_table_model import (
    BIAYA,
    CHEAPER,
    COLUMNS,
    DIDANAI,
    KOMPETENSI,
    NAMA,
    U_BIAYA,
    U_DIDANAI,
    U_NAMA,
    PlanTableModel,
    UnfundedTableModel,
)
from asn_desktop.ui.tasks import TaskRunner

from .appraisal_data import AGENCY, BY_KEY, Facts, appraisal_template
from .appraisal_data import TAHUN as APPRAISAL_TAHUN

TAHUN = APPRAISAL_TAHUN + 1
KLASIKAL = rute_bawaan("manajerial", date(TAHUN, 1, 1))[0]  # Pelatihan Manajerial, Rp 3.5 M
BUDGET = 2 * KLASIKAL.biaya
GAPS: dict[str, dict[str, int]] = {
    "kadis": {"integritas": 2, "kerjasama": 1},  # JPT standard 4
    "kabid": {"orientasi_hasil": 1, "pelayanan_publik": 2},  # administrator standard 3
    "kasi": {"integritas": 2, "kerjasama": 2},  # pengawas standard 2: no gap
    "ahmad": {"pengembangan_diri": 1},  # fungsional keahlian standard 2
}
ITEMS = 5
# Who gets which items, in plan order (units top down, then names).
EXPECTED = [
    ("kadis", "integritas"),
    ("kadis", "kerjasama"),
    ("kabid", "orientasi_hasil"),
    ("kabid", "pelayanan_publik"),
    ("ahmad", "pengembangan_diri"),
]


@dataclass(frozen=True)
class PlanData:
    path: Path
    facts: Facts


def seed_competency(db: Database, facts: Facts, *, budget: int = BUDGET) -> None:
    """The year's budget, the assessments of GAPS and 40 JP of 2026 for everyone, written as
    an import writes them."""

    def fill(w: BulkWriter) -> None:
        w.insert(
            AnggaranPelatihan,
            [{"tahun": TAHUN, "sumber_dana": "APBD", "jumlah": budget}],
        )
        assessed = list(GAPS.items())
        ids = w.reserve_ids(Asesmen, len(assessed))
        w.insert(
            Asesmen,
            [
                {"id": i, "employee_id": facts.people[key], "tanggal": date(2026, 3, 1)}
                for i, (key, _levels) in zip(ids, assessed, strict=True)
            ],
        )
        w.insert(
            AsesmenNilai,
            [
                {"asesmen_id": i, "kompetensi_kode": kode, "level": level}
                for i, (_key, levels) in zip(ids, assessed, strict=True)
                for kode, level in levels.items()
            ],
        )
        [act_id] = w.reserve_ids(Pelatihan, 1)
        w.insert(
            Pelatihan,
            [
                {
                    "id": act_id,
                    "nama": "Bimtek Layanan Digital",
                    "jenis_diklat": "3",
                    "klasikal": True,
                    "penyelenggara": "Lembaga Uji",
                    "mulai": date(2026, 6, 1),
                    "selesai": date(2026, 6, 30),
                    "tahun": 2026,
                    "satuan": "jp",
                    "jumlah": 40.0,
                    "jp": 40.0,
                    "kompetensi_kode": "",
                    "biaya_rencana": 0,
                }
            ],
        )
        w.insert(
            PesertaPelatihan,
            [
                {"pelatihan_id": act_id, "employee_id": eid, "hasil": "lulus"}
                for eid in facts.people.values()
            ],
        )

    BulkService(db).run(fill, action_detail="Uji halaman rencana")


_BUILT: dict[Path, PlanData] = {}


def plan_template(initialised_template: Path, folder: Path) -> PlanData:
    """The appraisal agency plus its competency data, without a plan; once per session."""
    if initialised_template not in _BUILT:
        source, facts = appraisal_template(initialised_template, folder)
        path = folder / "plan-ui.sqlite"
        copy_database(source, path)
        db = open_as(path, backup_dir=folder / "backups")
        try:
            seed_competency(db, facts)
        finally:
            db.close()
        _BUILT[initialised_template] = PlanData(path, facts)
    return _BUILT[initialised_template]


@pytest.fixture(scope="session")
def plan_data(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> PlanData:
    return plan_template(initialised_template, tmp_path_factory.mktemp("plan-ui"))


@pytest.fixture
def facts(plan_data: PlanData) -> Facts:
    return plan_data.facts


@pytest.fixture
def pdb(plan_data: PlanData, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "plan.sqlite"
    copy_database(plan_data.path, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def plans(pdb: Database) -> PlanService:
    return PlanService(pdb)


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    """Until every job asked for has been answered."""
    qtbot.waitUntil(lambda: not runner.busy(), timeout=20000)


@pytest.fixture
def make_page(qtbot: QtBot, pdb: Database, runner: TaskRunner) -> Iterator[Callable[..., PlanPage]]:
    pages: list[PlanPage] = []

    def make(username: str = "admin", tahun: int = TAHUN) -> PlanPage:
        pdb.assume_user(username)
        page = PlanPage(pdb, runner, tahun=tahun)
        qtbot.addWidget(page)
        page.resize(1300, 760)
        page.show()
        pages.append(page)
        settle(qtbot, runner)
        return page

    yield make
    for page in pages:
        page.shutdown()
    runner.wait()


@pytest.fixture
def page(make_page: Callable[..., PlanPage]) -> PlanPage:
    return make_page()


@pytest.fixture
def generated(plans: PlanService) -> PlanService:
    """The plan of TAHUN drafted before the page opens."""
    plans.generate(TAHUN)
    return plans


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    """QMessageBox.question answers ``reply``; returns the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def done(qtbot: QtBot, page: PlanPage) -> None:
    """Until the page's write and the reads it caused are over."""
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    settle(qtbot, page.runner)


def column(page: PlanPage, number: int) -> list[str]:
    return [page.model.index(r, number).data() for r in range(page.model.rowCount())]


def who(page: PlanPage) -> list[tuple[str, str]]:
    """(person key, competency code) of every row, as the table lists them."""
    keys = {p.nip: p.key for p in BY_KEY.values()}
    rows = [page.model.item_at(r) for r in range(page.model.rowCount())]
    return [(keys[r.nip], r.kompetensi_kode) for r in rows if r is not None]


def row_of(page: PlanPage, key: str, kode: str) -> int:
    return who(page).index((key, kode))


def choose_row(page: PlanPage, row: int) -> None:
    page.table.setCurrentIndex(page.model.index(row, 0))


def item_of(plans: PlanService, facts: Facts, key: str, kode: str) -> ItemRow:
    rows = plans.item_rows(plans.item_ids(TAHUN, ItemQuery(employee_id=facts.people[key])))
    [item] = [r for r in rows.values() if r.kompetensi_kode == kode]
    return item


def open_dialog(qtbot: QtBot, page: PlanPage, row: int) -> PlanItemDialog:
    """Double-click a row and wait for its dialog (the item is read again first)."""
    rect = page.table.visualRect(page.model.index(row, NAMA))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(
        lambda: page.item_dialog is not None and page.item_dialog.isVisible(), timeout=10000
    )
    dialog = page.item_dialog
    assert dialog is not None
    return dialog


def closed(widget: Any) -> bool:
    """Closed, or already deleted (the page's dialogs delete themselves once closed)."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def budget_text(anggaran: int, didanai: int, n_didanai: int, sisa: int, tidak: int, n: int) -> str:
    return (
        f"Anggaran {format_rupiah(anggaran)} · didanai {format_rupiah(didanai)} "
        f"({n_didanai} butir) · sisa {format_rupiah(sisa)} · kebutuhan belum didanai "
        f"{format_rupiah(tidak)} ({n} butir)"
    )


# -- the model --------------------------------------------------------------------------------


def test_the_models_pass_the_model_tester(
    qtmodeltester: Any, generated: PlanService, qapp: object
) -> None:
    rows = generated.item_rows(generated.item_ids(TAHUN))
    model = PlanTableModel(lambda ids: {i: rows[i] for i in ids if i in rows})
    model.set_ids(generated.item_ids(TAHUN))
    assert model.rowCount() == ITEMS and model.columnCount() == len(COLUMNS)
    qtmodeltester.check(model)
    unfunded = UnfundedTableModel()
    unfunded.set_rows(generated.tidak_didanai(TAHUN))
    assert unfunded.rowCount() == 1
    qtmodeltester.check(unfunded)


def test_the_model_shows_money_months_and_funding_in_words(
    generated: PlanService, facts: Facts, qapp: object
) -> None:
    ids = generated.item_ids(TAHUN)
    rows = generated.item_rows(ids)
    model = PlanTableModel(lambda wanted: {i: rows[i] for i in wanted if i in rows})
    model.set_ids(ids)
    short = item_of(generated, facts, "kabid", "orientasi_hasil")
    row = model.row_of(short.id)
    assert row is not None
    # Funded with a cheaper route than the need asks: said so, in amber, with why.
    assert model.index(row, DIDANAI).data() == "Ya, rute lebih murah"
    tooltip = model.index(row, DIDANAI).data(Qt.ItemDataRole.ToolTipRole)
    assert short.alasan in tooltip and format_rupiah(KLASIKAL.biaya) in tooltip
    assert model.index(row, DIDANAI).data(Qt.ItemDataRole.ForegroundRole) == CHEAPER
    assert model.index(row, BIAYA).data() == format_rupiah(short.biaya)
    assert model.index(row, BIAYA).data(Qt.ItemDataRole.TextAlignmentRole) & int(
        Qt.AlignmentFlag.AlignRight.value
    )
    assert model.index(row, KOMPETENSI).data(Qt.ItemDataRole.ToolTipRole) == (
        "Standar 3, aktual 1."
    )
    # Deleted since the id list was made: the row says so instead of failing.
    generated.delete_item(short.id, expected_revision=short.revision)
    rows.pop(short.id)
    model.set_ids(ids)
    assert model.index(row, 0).data() == "(dihapus)"
    assert model.index(row, NAMA).data() == ""


# -- generating -----------------------------------------------------------------------------


def test_the_page_opens_at_next_year_without_a_plan(
    make_page: Callable[..., PlanPage], pdb: Database, runner: TaskRunner, qtbot: QtBot
) -> None:
    page = PlanPage(pdb, runner)
    qtbot.addWidget(page)
    settle(qtbot, runner)
    assert page.tahun.value() == date.today().year + 1
    page.shutdown()
    page = make_page()
    assert page.record is None and page.model.rowCount() == 0
    assert page.headline.text() == f"Belum ada rencana pengembangan kompetensi {TAHUN}."
    assert format_rupiah(BUDGET) in page.budget_label.text()
    assert page.generate_button.isEnabled()
    no_plan = f"Belum ada rencana tahun {TAHUN}; buat rancangan dahulu."
    for button in (
        page.approve_button,
        page.return_button,
        page.add_button,
        page.export_button,
        page.preview_button,
    ):
        assert not button.isEnabled() and button.toolTip() == no_plan, button.objectName()


def test_generate_lists_the_items_against_the_budget_and_the_unfunded_rest(
    page: PlanPage, qtbot: QtBot, plans: PlanService, facts: Facts
) -> None:
    qtbot.mouseClick(page.generate_button, Qt.MouseButton.LeftButton)
    done(qtbot, page)
    record = plans.rencana(TAHUN)
    assert record is not None and record.status == "draft"
    assert who(page) == EXPECTED
    assert page.count_label.text() == f"{ITEMS} butir"
    # Two classroom needs fit the budget exactly; the third gets a free route and its
    # classroom cost is listed as unfunded.
    assert record.biaya_didanai == BUDGET and record.biaya_tidak_didanai == KLASIKAL.biaya
    assert page.headline.text() == (
        f"Rencana pengembangan kompetensi {TAHUN} — Draf · {ITEMS} butir untuk 3 pegawai"
    )
    assert page.budget_label.text() == budget_text(BUDGET, BUDGET, ITEMS, 0, KLASIKAL.biaya, 1)
    assert not page.warning_label.isVisible()
    assert page.status_label.text() == "Status: Draf"
    assert page.message.text() == (
        f"Rancangan {TAHUN} disusun: {ITEMS} butir untuk 3 pegawai; didanai "
        f"{format_rupiah(BUDGET)} dari anggaran {format_rupiah(BUDGET)}; kebutuhan yang belum "
        f"didanai {format_rupiah(KLASIKAL.biaya)} (tab Tidak didanai)."
    )
    assert page.last_generated is not None and page.last_generated.butir == ITEMS
    # The unfunded view: what the budget does not cover, with what it would cost.
    short = item_of(plans, facts, "kabid", "orientasi_hasil")
    assert [r.id for r in page.unfunded_model.rows()] == [short.id]
    assert page.unfunded_total.text() == (
        f"Jumlah kebutuhan yang belum didanai: {format_rupiah(KLASIKAL.biaya)} (1 butir)"
    )
    assert page.unfunded_model.index(0, U_BIAYA).data() == format_rupiah(KLASIKAL.biaya)
    assert page.unfunded_model.index(0, U_DIDANAI).data() == "Dengan rute lebih murah"
    assert page.approve_button.isEnabled() and page.approve_button.text() == "Set&ujui (atasan)…"


def test_the_unfunded_list_keeps_the_services_order_until_a_header_is_clicked(
    generated: PlanService, make_page: Callable[..., PlanPage], facts: Facts
) -> None:
    """By priority, then plan order, as the service lists it; a header sorts in memory."""
    for kode, biaya in (("kerjasama", KLASIKAL.biaya), ("integritas", 2_000_000)):
        item = item_of(generated, facts, "kadis", kode)
        generated.update_item(
            item.id,
            ItemDraft(**{**item.draft().__dict__, "didanai": False, "biaya": biaya}),
            expected_revision=item.revision,
        )
    page = make_page()
    listed = generated.tidak_didanai(TAHUN)
    assert len(listed) == 3
    assert [r.id for r in page.unfunded_model.rows()] == [r.id for r in listed]
    assert [r.prioritas for r in listed] == sorted(r.prioritas for r in listed)
    assert page.unfunded_total.text() == (
        "Jumlah kebutuhan yang belum didanai: "
        f"{format_rupiah(sum(r.biaya_tidak_didanai for r in listed))} (3 butir)"
    )
    header = page.unfunded_table.horizontalHeader()
    header.setSortIndicator(U_BIAYA, Qt.SortOrder.DescendingOrder)
    # Stable: equal costs keep the service's order, descending too.
    by_cost = sorted(listed, key=lambda r: r.biaya_tidak_didanai, reverse=True)
    assert by_cost != listed
    assert [r.id for r in page.unfunded_model.rows()] == [r.id for r in by_cost]
    header.setSortIndicator(U_NAMA, Qt.SortOrder.DescendingOrder)
    by_name = sorted(listed, key=lambda r: r.nama.casefold(), reverse=True)
    assert [r.id for r in page.unfunded_model.rows()] == [r.id for r in by_name]
    assert page.unfunded_model.index(0, U_NAMA).data() == by_name[0].nama


def test_regenerating_asks_first_and_keeps_the_draft_when_declined(
    generated: PlanService,
    make_page: Callable[..., PlanPage],
    qtbot: QtBot,
    facts: Facts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    edited = item_of(generated, facts, "ahmad", "pengembangan_diri")
    generated.update_item(
        edited.id,
        ItemDraft(**{**edited.draft().__dict__, "catatan": "Diubah tangan"}),
        expected_revision=edited.revision,
    )
    page = make_page()
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    page.generate()
    assert asked == [
        f"Draf rencana {TAHUN} sudah ada ({ITEMS} butir). Buat ulang dari data terbaru? "
        "Draf itu, dengan semua perubahan padanya, diganti."
    ]
    settle(qtbot, page.runner)
    assert item_of(generated, facts, "ahmad", "pengembangan_diri").catatan == "Diubah tangan"
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    page.generate()
    done(qtbot, page)
    assert len(asked) == 1
    fresh = item_of(generated, facts, "ahmad", "pengembangan_diri")
    assert fresh.id != edited.id and fresh.catatan == ""
    assert who(page) == EXPECTED


def test_an_approved_plan_is_not_regenerated_and_says_why(
    generated: PlanService,
    make_page: Callable[..., PlanPage],
    qtbot: QtBot,
    dialogs_shown: list[str],
) -> None:
    record = generated.rencana(TAHUN)
    assert record is not None
    generated.setujui(TAHUN, "atasan", oleh="Rina", tanggal=date.today(), expected_revision=1)
    page = make_page()
    page.generate()
    done(qtbot, page)
    assert dialogs_shown == [
        f"Rencana pengembangan kompetensi {TAHUN} berstatus Disetujui atasan: rencana yang "
        "sudah disetujui tidak dapat dibuat ulang. Kembalikan ke draf dahulu."
    ]
    dialogs_shown.clear()
    assert generated.rencana(TAHUN) == page.record


# -- filters and sorting --------------------------------------------------------------------


def test_filters_and_sorting_are_queries(
    generated: PlanService, page: PlanPage, qtbot: QtBot
) -> None:
    def shows(expected: list[tuple[str, str]]) -> None:
        qtbot.waitUntil(lambda: who(page) == expected, timeout=5000)
        settle(qtbot, page.runner)

    shows(EXPECTED)
    page.unit_filter.setText("aplikasi")  # Bidang Aplikasi Informatika: kabid
    shows([e for e in EXPECTED if e[0] == "kabid"] + [e for e in EXPECTED if e[0] == "ahmad"])
    page.unit_filter.clear()
    page.prioritas_filter.setCurrentIndex(page.prioritas_filter.findData(1))
    expected_first = [
        (k, c) for (k, c), r in zip(EXPECTED, _rows(generated), strict=True) if r.prioritas == 1
    ]
    shows(expected_first)
    assert page.count_label.text() == f"{len(expected_first)} dari {ITEMS} butir"
    page.prioritas_filter.setCurrentIndex(0)
    page.didanai_filter.setCurrentIndex(page.didanai_filter.findData(True))
    shows([e for e, r in zip(EXPECTED, _rows(generated), strict=True) if r.didanai])
    page.didanai_filter.setCurrentIndex(0)
    page.search.setText("integritas")
    shows([("kadis", "integritas")])
    page.search.clear()
    shows(EXPECTED)
    # A header click sorts in SQL: cost, then descending.
    page.table.horizontalHeader().setSortIndicator(BIAYA, Qt.SortOrder.AscendingOrder)
    by_cost = sorted(_rows(generated), key=lambda r: (r.biaya, r.urutan))
    shows([(_key(r), r.kompetensi_kode) for r in by_cost])
    page.table.horizontalHeader().setSortIndicator(BIAYA, Qt.SortOrder.DescendingOrder)
    by_cost = sorted(_rows(generated), key=lambda r: (-r.biaya, -r.urutan))
    shows([(_key(r), r.kompetensi_kode) for r in by_cost])


def _rows(plans: PlanService) -> list[ItemRow]:
    rows = plans.item_rows(plans.item_ids(TAHUN))
    return sorted(rows.values(), key=lambda r: r.urutan)


def _key(row: ItemRow) -> str:
    return next(p.key for p in BY_KEY.values() if p.nip == row.nip)


# -- editing --------------------------------------------------------------------------------


def test_an_edit_over_the_budget_turns_the_banner_red_and_approval_is_refused(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    row = row_of(page, "kabid", "orientasi_hasil")
    dialog = open_dialog(qtbot, page, row)
    assert dialog.read_only is None
    # The classroom route of the list fills its jenis, provider, JP and cost.
    dialog.rute.setCurrentIndex(0)
    dialog.rute.activated.emit(0)
    assert dialog.rute.currentText() == KLASIKAL.nama
    assert dialog.biaya.value() == KLASIKAL.biaya and dialog.jp.value() == KLASIKAL.jp
    dialog.didanai.setChecked(True)
    dialog.catatan.setPlainText("Didanai penuh atas permintaan kepala dinas")
    save = dialog.save_button()
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    done(qtbot, page)
    over = KLASIKAL.biaya
    record = page.record
    assert record is not None and record.melebihi_anggaran and record.kelebihan == over
    assert page.banner.styleSheet() == page_module().OVER_BUDGET_STYLE
    assert page.warning_label.isVisible()
    assert page.warning_label.text() == (
        f"Melebihi anggaran sebesar {format_rupiah(over)}: kurangi butir yang didanai atau "
        "tambah anggaran sebelum rencana disetujui."
    )
    assert page.budget_label.text() == budget_text(BUDGET, BUDGET + over, ITEMS, -over, 0, 0)
    edited = item_of(generated, facts, "kabid", "orientasi_hasil")
    assert (edited.rute, edited.biaya, edited.didanai) == (KLASIKAL.nama, KLASIKAL.biaya, True)
    assert page.model.index(row, DIDANAI).data() == "Ya"
    # The approval says why it cannot be given.
    page.approve()
    approval = page.plan_dialog
    assert isinstance(approval, ApprovalDialog) and approval.isVisible()
    approval.oleh.setText("Rina Kartika, S.T., M.M.")
    approval.accept()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert dialogs_shown == [
        f"Rencana pengembangan kompetensi {TAHUN} tidak dapat disetujui: biaya yang didanai "
        f"{format_rupiah(BUDGET + over)} melebihi anggaran {format_rupiah(BUDGET)} sebesar "
        f"{format_rupiah(over)}. Kurangi butir yang didanai atau tambah anggaran dahulu."
    ]
    dialogs_shown.clear()
    assert approval.isVisible()  # kept open with what was typed
    approval.reject()
    done(qtbot, page)
    assert generated.rencana(TAHUN).status == "draft"  # type: ignore[union-attr]


def page_module() -> Any:
    from asn_desktop.ui import plan_page

    return plan_page


def test_a_stale_edit_is_refused_with_the_message(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    facts: Facts,
    pdb: Database,
    dialogs_shown: list[str],
) -> None:
    dialog = open_dialog(qtbot, page, row_of(page, "ahmad", "pengembangan_diri"))
    dialog.bulan.setCurrentIndex(dialog.bulan.findData(11))
    # Someone else changes the item meanwhile.
    item = item_of(generated, facts, "ahmad", "pengembangan_diri")
    pdb.assume_user("operator")
    generated.update_item(
        item.id,
        ItemDraft(**{**item.draft().__dict__, "bulan": 3}),
        expected_revision=item.revision,
    )
    pdb.assume_user("admin")
    save = dialog.save_button()
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    [message] = dialogs_shown
    dialogs_shown.clear()
    assert message.startswith(
        f"Data butir rencana {item.nama} {item.kompetensi_nama} sudah diubah di tempat lain "
        "(oleh operator, "
    ), message
    assert message.endswith("perubahan Anda belum disimpan.")
    assert dialog.isVisible() and dialog.bulan.currentData() == 11  # what was chosen stays
    assert item_of(generated, facts, "ahmad", "pengembangan_diri").bulan == 3
    dialog.reject()
    settle(qtbot, page.runner)


def test_adding_and_deleting_items(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    facts: Facts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_row(page, row_of(page, "ahmad", "pengembangan_diri"))
    page.add_item()
    dialog = page.item_dialog
    assert dialog is not None and dialog.isVisible() and dialog.item is None
    # The current row's employee is proposed.
    assert dialog.person is not None and dialog.person.employee_id == facts.people["ahmad"]
    assert dialog.kompetensi is not None
    dialog.kompetensi.setEditText("Analisis Data Statistik")
    dialog.rute.setEditText("Kursus daring analisis data")
    dialog.jenis.setCurrentIndex(dialog.jenis.findData("16"))
    dialog.biaya.set_value(0)
    dialog.jp.setValue(12)
    save = dialog.save_button()
    assert save is not None
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    done(qtbot, page)
    assert page.model.rowCount() == ITEMS + 1
    added = [r for r in _rows(generated) if r.kompetensi_nama == "Analisis Data Statistik"]
    assert len(added) == 1 and added[0].employee_id == facts.people["ahmad"]
    assert (added[0].rute, added[0].jp, added[0].jalur) == (
        "Kursus daring analisis data",
        12.0,
        "nonklasikal",
    )
    assert page.count_label.text() == f"{ITEMS + 1} butir"
    # Delete it again, after saying yes.
    choose_row(page, page.model.row_of(added[0].id))  # type: ignore[arg-type]
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    done(qtbot, page)
    assert asked == [
        f'Hapus butir "Analisis Data Statistik" untuk {added[0].nama} dari rencana {TAHUN}?'
    ]
    assert page.model.rowCount() == ITEMS
    assert len(_rows(generated)) == ITEMS
    assert page.message.text() == f"Butir Analisis Data Statistik untuk {added[0].nama} dihapus."


# -- approvals --------------------------------------------------------------------------------


def approve_step(qtbot: QtBot, page: PlanPage, oleh: str, day: date) -> None:
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    dialog = page.plan_dialog
    assert isinstance(dialog, ApprovalDialog) and dialog.isVisible()
    dialog.oleh.setText(oleh)
    dialog.tanggal.set_date(day)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10000)
    done(qtbot, page)


def test_the_approvals_go_atasan_pyb_ppk_and_back_to_draft(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    dialogs_shown: list[str],
) -> None:
    today = date.today()
    fmt = today.strftime("%d-%m-%Y")
    approve_step(qtbot, page, "Rina Kartika", today)
    assert page.status_label.text() == f"Status: Disetujui atasan — atasan: Rina Kartika, {fmt}"
    assert page.approve_button.text() == "Set&ujui (PyB)…"
    # Past draft: nothing can change, and an item opens read-only with the reason.
    assert not page.add_button.isEnabled()
    reason = (
        f"Rencana {TAHUN} berstatus Disetujui atasan: butirnya tidak dapat diubah. "
        "Kembalikan ke draf dahulu."
    )
    assert page.add_button.toolTip() == reason
    dialog = open_dialog(qtbot, page, 0)
    assert dialog.read_only == reason and dialog.notice.text() == reason
    assert dialog.save_button() is None and not dialog.didanai.isEnabled()
    assert dialog.penyelenggara.isReadOnly()
    dialog.reject()
    assert page.return_button.isEnabled()
    approve_step(qtbot, page, "Agus Salim", today)
    assert page.approve_button.text() == "T&etapkan (PPK)…"
    approve_step(qtbot, page, "Bambang Hermawan", today)
    record = generated.rencana(TAHUN)
    assert record is not None and record.status == "ditetapkan_ppk"
    assert (record.disetujui_atasan_oleh, record.disetujui_pyb_oleh) == (
        "Rina Kartika",
        "Agus Salim",
    )
    assert page.status_label.text() == (
        f"Status: Ditetapkan PPK — atasan: Rina Kartika, {fmt}; PyB: Agus Salim, {fmt}; "
        f"PPK: Bambang Hermawan, {fmt}"
    )
    assert not page.approve_button.isEnabled()
    assert page.approve_button.toolTip() == (
        f"Rencana {TAHUN} sudah ditetapkan PPK; kembalikan ke draf untuk mengubahnya."
    )
    # A date in the future is the service's to refuse, under its field.
    # Back to draft with a reason: the approvals are cleared.
    qtbot.mouseClick(page.return_button, Qt.MouseButton.LeftButton)
    back = page.plan_dialog
    assert isinstance(back, ReturnToDraftDialog) and back.isVisible()
    back.accept()  # no reason yet
    qtbot.waitUntil(lambda: back.rows["alasan"].problem() != "", timeout=10000)
    assert back.isVisible()
    back.alasan.setPlainText("Anggaran perubahan ditambah")
    back.accept()
    qtbot.waitUntil(lambda: closed(back), timeout=10000)
    done(qtbot, page)
    record = generated.rencana(TAHUN)
    assert record is not None and record.status == "draft"
    assert "Anggaran perubahan ditambah" in record.catatan
    assert page.status_label.text() == "Status: Draf"
    assert page.status_label.toolTip() == record.catatan
    assert page.add_button.isEnabled() and not page.return_button.isEnabled()
    assert not dialogs_shown


def test_an_approval_dated_in_the_future_is_refused_under_its_field(
    generated: PlanService, page: PlanPage, qtbot: QtBot
) -> None:
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    dialog = page.plan_dialog
    assert isinstance(dialog, ApprovalDialog)
    dialog.oleh.setText("Rina Kartika")
    tomorrow = date.today() + timedelta(days=1)
    dialog.tanggal.set_date(tomorrow)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.rows["tanggal"].problem() != "", timeout=10000)
    assert "jatuh setelah hari ini" in dialog.rows["tanggal"].problem()
    assert dialog.isVisible()
    dialog.reject()
    settle(qtbot, page.runner)
    assert generated.rencana(TAHUN).status == "draft"  # type: ignore[union-attr]


# -- a viewer ---------------------------------------------------------------------------------


def test_a_viewer_reads_and_previews_but_cannot_change_anything(
    generated: PlanService,
    make_page: Callable[..., PlanPage],
    qtbot: QtBot,
    pdb: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page("viewer")
    assert who(page) == EXPECTED
    assert page.budget_label.text() == budget_text(BUDGET, BUDGET, ITEMS, 0, KLASIKAL.biaya, 1)
    edit = denial_text(pdb.user, page_module().Permission.EDIT)
    export = denial_text(pdb.user, page_module().Permission.EXPORT)
    assert edit is not None and export is not None
    for button in (
        page.generate_button,
        page.approve_button,
        page.add_button,
        page.delete_button,
        page.return_button,
    ):
        assert not button.isEnabled() and button.toolTip() == edit, button.objectName()
    assert not page.export_button.isEnabled() and page.export_button.toolTip() == export
    # Reading an item: read-only, saying why.
    dialog = open_dialog(qtbot, page, 0)
    assert dialog.read_only == edit and dialog.save_button() is None
    dialog.reject()
    # Previewing and printing are the viewer's.
    assert page.preview_button.isEnabled()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    preview = page.preview_dialog
    assert preview is not None
    qtbot.waitUntil(lambda: preview.renders > 0, timeout=30000)
    assert preview.page_count() >= 1
    assert preview.windowTitle() == f"Rencana Pengembangan Kompetensi {TAHUN} — Draf"
    size = preview.document.pagePointSize(0)
    assert size.width() > size.height()  # landscape
    assert preview.pdf_bytes.startswith(b"%PDF")
    # Printing on landscape paper; saving the PDF is recorded as the plan's print.
    assert preview.make_printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    out = tmp_path / "rencana.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    assert preview.save_pdf()
    qtbot.waitUntil(lambda: preview.saved_path == out, timeout=20000)
    assert out.read_bytes() == preview.pdf_bytes
    prints = AuditService(pdb).entries(AuditQuery(action="print"))
    assert [e.detail for e in prints] == [f"Rencana pengembangan kompetensi: {out}"]
    preview.reject()
    settle(qtbot, page.runner)
    # Someone signs in who may edit: the page follows.
    pdb.assume_user("operator")
    page.apply_permissions()
    assert page.generate_button.isEnabled() and page.export_button.isEnabled()


# -- export -----------------------------------------------------------------------------------


def test_export_writes_the_plan_to_xlsx(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    tmp_path: Path,
    pdb: Database,
) -> None:
    path = tmp_path / "rencana.xlsx"
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5000)
    page.export_to(path)
    done(qtbot, page)
    assert page.last_export == path and path.exists()
    assert page.message.text() == f"{ITEMS} butir rencana {TAHUN} diekspor ke {path}"
    book = load_workbook(path, read_only=True)
    assert book.sheetnames == [f"Rencana {TAHUN}", "Tidak didanai"]
    sheet = list(book[f"Rencana {TAHUN}"].iter_rows(values_only=True))
    assert str(sheet[0][0]).startswith(f"Rencana Pengembangan Kompetensi Tahun {TAHUN} — {AGENCY}")
    header = list(sheet[1])
    assert header[0] == "NIP" and "Biaya (Rp)" in header
    items = [r for r in sheet[2 : 2 + ITEMS]]
    keys = {p.nip: p.key for p in BY_KEY.values()}
    assert [keys[str(r[0])] for r in items] == [k for k, _ in EXPECTED]
    totals = {r[0]: r[1] for r in sheet[2 + ITEMS :] if r and r[0]}
    assert totals["Anggaran"] == BUDGET and totals["Total didanai"] == BUDGET
    assert totals["Kebutuhan tidak didanai"] == KLASIKAL.biaya
    unfunded = list(book["Tidak didanai"].iter_rows(values_only=True))
    assert len([r for r in unfunded[2:] if r and r[0] and str(r[0]).isdigit()]) == 1
    book.close()
    exports = AuditService(pdb).entries(AuditQuery(action="export"))
    assert any(e.detail == f"{ITEMS} butir ke rencana.xlsx" for e in exports)


def test_a_failed_export_says_why_and_leaves_no_file(
    generated: PlanService,
    page: PlanPage,
    qtbot: QtBot,
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    path = tmp_path / "tidak-ada" / "rencana.xlsx"
    page.export_to(path)
    done(qtbot, page)
    [message] = dialogs_shown
    dialogs_shown.clear()
    assert message.startswith(f"Berkas {path} tidak bisa ditulis")
    assert not path.exists() and page.last_export is None


# -- changes elsewhere and the window ---------------------------------------------------------


def test_changes_of_the_plan_or_the_budget_elsewhere_are_read_again(
    generated: PlanService, page: PlanPage, qtbot: QtBot, pdb: Database, facts: Facts
) -> None:
    from asn_desktop.services.training_budget import BudgetService

    budget = BudgetService(pdb)
    [record] = budget.anggaran(TAHUN)
    budget.set_anggaran(TAHUN, "APBD", BUDGET + 1_000_000, "", expected_revision=record.revision)
    hub(page.runner).changed.emit(Changes(competency={"anggaran"}))
    qtbot.waitUntil(lambda: page.record is not None and page.record.anggaran > BUDGET, timeout=5000)
    assert page.budget_label.text().startswith(f"Anggaran {format_rupiah(BUDGET + 1_000_000)}")
    assert page.warning_label.text() == (
        f"Anggaran berubah sejak rancangan dibuat ({format_rupiah(BUDGET)} saat itu); buat "
        "ulang rancangan atau sesuaikan butir yang didanai."
    )
    # Another area's change is not this page's.
    reads = page._plan_generation
    hub(page.runner).changed.emit(Changes(competency={"skm"}))
    assert page._plan_generation == reads
    settle(qtbot, page.runner)


def test_the_competency_window_shows_the_page_in_its_tab(
    generated: PlanService, pdb: Database, runner: TaskRunner, qtbot: QtBot
) -> None:
    window = CompetencyWindow(pdb, runner)
    qtbot.addWidget(window)
    window.show()
    page = window.show_tab("rencana")
    assert isinstance(page, PlanPage)
    settle(qtbot, runner)
    assert page.tahun.value() == date.today().year + 1
    window.close()
    assert page._closed
    settle(qtbot, runner)
