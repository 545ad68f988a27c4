"""The JP compliance page: the header, the employees, the units and the "resistant" list show
the ComplianceService's figures; filters and sorting are the service's SQL; an unconfirmed
PPPK target is marked; a double click opens the employee at the development tab; saves
elsewhere move the figures; Ekspor ke Excel writes the table shown (read back with
openpyxl), refused to a viewer and cancellable; on copies of the UI demo agency with a few
development activities over several years."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.peran import Permission
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService, UnitEntry
from asn_desktop.services.errors import PermissionDenied
from asn_desktop.services.jp_compliance import ComplianceService, JpQuery
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.spreadsheet import Column, Sheet, SpreadsheetExport
from asn_desktop.services.trainings import PelatihanDraft, TrainingService
from asn_desktop.ui.compliance_page import (
    TAB_PEGAWAI,
    TAB_TANPA,
    TAB_UNIT,
    CompliancePage,
)
from asn_desktop.ui.compliance_table_model import (
    COLUMNS,
    JP,
    KEKURANGAN,
    MEMENUHI,
    NAMA,
    NIP,
    STATUS,
    TARGET,
    UNIT,
    ComplianceTableModel,
    TanpaPengembanganModel,
    UnitComplianceModel,
    nip_text,
)
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.jp_bars import format_jp, format_persen
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NIP, known_draft

TAHUN = date.today().year - 1  # a year that has ended: every activity of it counts
PEOPLE = (
    ("198601012010011004", "Dadan Kurniawan", date(1986, 1, 1)),
    ("198702022010011005", "Endang Suherman", date(1987, 2, 2)),
    ("198803032010011006", "Firman Hakim", date(1988, 3, 3)),
)


@dataclass(frozen=True)
class Facts:
    path: Path
    known: int  # 24 JP in TAHUN: meets the target
    short: int  # 8 JP in TAHUN: below it
    pppk: int  # a target the policy has not confirmed
    resistant: int  # last development TAHUN - 4
    recent: int  # last development TAHUN - 1
    unit_id: int  # a unit with units below it


def _full_year(compliance: ComplianceService, ids: list[int], *years: int) -> list[int]:
    """Of ``ids``, those in service the whole of each year (their target not prorated)."""
    kept = ids
    for year in years:
        rows = compliance.rows(year, kept)
        kept = [i for i in kept if i in rows and rows[i].mulai_kerja is None]
        kept = [i for i in kept if rows[i].selesai_kerja is None]
    return kept


def _activity(trainings: TrainingService, nama: str, tahun: int, jp: float, who: list[int]) -> int:
    pelatihan = trainings.create(
        PelatihanDraft(
            nama=nama,
            jenis_diklat="8",  # Bimbingan Teknis: the JP stated
            mulai=date(tahun, 3, 3),
            selesai=date(tahun, 3, 5),
            jumlah=jp,
            penyelenggara="BPSDM Jawa Barat",
            biaya_rencana=12_500_000,
        )
    )
    trainings.enroll(pelatihan, who)
    return pelatihan


@pytest.fixture(scope="session")
def compliance_template(ui_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Facts:
    folder = tmp_path_factory.mktemp("compliance-ui")
    path = folder / "compliance.sqlite"
    copy_database(ui_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        employees = EmployeeService(db)
        compliance = ComplianceService(db)
        trainings = TrainingService(db)
        record = employees.find_by_nip(KNOWN_NIP)
        assert record is not None
        units = OrgUnitService(db).tree()
        # The demo has development history of its own: the people of these facts are new,
        # with none, in service since 2010.
        made = []
        for nip, nama, born in PEOPLE:
            made.append(
                employees.create(
                    known_draft(nip=nip, nama=nama, tanggal_lahir=born, tmt_cpns=date(2010, 1, 1))
                )
            )
            employees.add_unit(
                made[-1], UnitEntry(unit_id=units[2].id, tmt=date(2010, 1, 1), sk_nomor="800/2")
            )
        short, resistant, recent = made
        pppk = _full_year(compliance, employees.search_ids(EmployeeQuery(status="PPPK")), TAHUN)
        _activity(trainings, "Bimtek Pelayanan Publik", TAHUN, 24, [record.id])
        _activity(trainings, "Bimtek Arsip Digital", TAHUN, 8, [short])
        _activity(trainings, "Bimtek Tata Naskah", TAHUN - 4, 8, [resistant])
        _activity(trainings, "Bimtek Keamanan Siber", TAHUN - 1, 30, [recent])
        unit = next(
            u
            for u in OrgUnitService(db).tree()
            if any(c.parent_id == u.id for c in OrgUnitService(db).tree()) and u.depth == 1
        )
    finally:
        db.close()
    return Facts(path, record.id, short, pppk[0], resistant, recent, unit.id)


@pytest.fixture
def facts(compliance_template: Facts) -> Facts:
    return compliance_template


@pytest.fixture
def cdb(compliance_template: Facts, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "compliance.sqlite"
    copy_database(compliance_template.path, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


def settle(qtbot: QtBot, page: CompliancePage) -> None:
    """Until every job the page asked for has been answered."""
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=15000)


@pytest.fixture
def make_page(
    qtbot: QtBot, cdb: Database, runner: TaskRunner
) -> Iterator[Callable[..., CompliancePage]]:
    pages: list[CompliancePage] = []

    def make(username: str = "admin") -> CompliancePage:
        cdb.assume_user(username)
        page = CompliancePage(cdb, runner, tahun=TAHUN)
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
def page(make_page: Callable[..., CompliancePage]) -> CompliancePage:
    return make_page()


@pytest.fixture
def service(cdb: Database) -> ComplianceService:
    return ComplianceService(cdb)


def cells(model: Any, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def wait_for_ids(qtbot: QtBot, page: CompliancePage, expected: list[int]) -> None:
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    settle(qtbot, page)


def click_header(page: CompliancePage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


# -- what is shown -------------------------------------------------------------------------


def test_every_row_shows_the_services_figures(
    page: CompliancePage, service: ComplianceService, facts: Facts
) -> None:
    ids = service.search_ids(JpQuery(TAHUN))
    assert page.model.ids() == ids
    rows = service.rows(TAHUN, ids)
    model = page.model
    for row, employee_id in enumerate(ids):
        p = rows[employee_id]
        shown = [model.index(row, c).data() for c in range(len(COLUMNS))]
        assert shown[NIP] == nip_text(p.nip)
        assert shown[NAMA] == p.nama
        assert shown[UNIT] == p.unit_nama
        assert shown[STATUS] == p.status
        assert shown[JP] == format_jp(p.jp)
        assert shown[TARGET].rstrip("*") == format_jp(p.target)
        assert shown[KEKURANGAN] == (format_jp(p.kekurangan) if p.kekurangan else "–")
        assert shown[MEMENUHI] == ("Ya" if p.memenuhi else "Tidak")
    known = model.row_of(facts.known)
    short = model.row_of(facts.short)
    assert known is not None and short is not None
    assert model.index(known, JP).data() == "24"
    assert model.index(known, MEMENUHI).data() == "Ya"
    assert model.index(short, JP).data() == "8"
    assert model.index(short, KEKURANGAN).data() == "12"
    assert model.index(short, MEMENUHI).data() == "Tidak"
    assert page.count_label.text() == f"{len(ids)} pegawai ditampilkan"


def test_the_header_is_the_services_summary(
    page: CompliancePage, service: ComplianceService
) -> None:
    summary = service.ringkasan(TAHUN)
    assert summary.meeting_target >= 2 and summary.nihil > 0
    assert page.staff_label.text() == f"{summary.staff} pegawai"
    assert page.meeting_label.text() == f"{summary.meeting_target} memenuhi target"
    assert page.share_label.text() == format_persen(summary.share)
    assert page.below_label.text() == f"{summary.below_target} di bawah target"
    assert page.nihil_label.text() == f"{summary.nihil} tanpa kegiatan"
    assert page.title_label.text() == f"Kepatuhan JP {TAHUN} — semua unit:"


def test_an_unconfirmed_pppk_target_is_marked(page: CompliancePage, facts: Facts) -> None:
    row = page.model.row_of(facts.pppk)
    assert row is not None
    assert page.model.index(row, STATUS).data() == "PPPK"
    assert page.model.index(row, TARGET).data().endswith("*")
    tooltip = page.model.index(row, TARGET).data(Qt.ItemDataRole.ToolTipRole)
    assert "Target PPPK belum dikonfirmasi." in tooltip
    known = page.model.row_of(facts.known)
    assert known is not None and not page.model.index(known, TARGET).data().endswith("*")
    assert "target belum dikonfirmasi" in page.legend.text()


@pytest.mark.parametrize(
    ("kategori", "status", "text"),
    [
        ("di_bawah", None, ""),
        ("memenuhi", None, ""),
        ("nihil", None, ""),
        ("semua", "PPPK", ""),
        ("memenuhi", "PNS", ""),
        ("semua", None, "Asep"),
        ("semua", None, KNOWN_NIP[:8]),
    ],
)
def test_filters_are_the_services_query(
    qtbot: QtBot,
    page: CompliancePage,
    service: ComplianceService,
    kategori: str,
    status: str | None,
    text: str,
) -> None:
    expected = service.search_ids(JpQuery(TAHUN, status=status, text=text, kategori=kategori))
    assert expected != page.model.ids()
    choose(page.kategori, kategori)
    choose(page.status_filter, status)
    page.search.setText(text)
    page.refresh()
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    settle(qtbot, page)
    assert page.model.ids() == expected


def test_the_unit_filter_counts_the_units_below_it(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService, facts: Facts
) -> None:
    expected = service.search_ids(JpQuery(TAHUN, unit_id=facts.unit_id))
    choose(page.unit_filter, facts.unit_id)
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    settle(qtbot, page)
    laporan = service.laporan(TAHUN, unit_id=facts.unit_id)
    assert page.staff_label.text() == f"{len(laporan.pegawai)} pegawai"
    assert page.unit_model.records() == laporan.unit
    assert page.unit_model.records()[0].unit_id == facts.unit_id
    assert len(page.unit_model.records()) > 1  # its sub-units too


def test_a_status_filter_narrows_the_header_and_the_units(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService
) -> None:
    choose(page.status_filter, "PPPK")
    laporan = service.laporan(TAHUN, status="PPPK")
    qtbot.waitUntil(
        lambda: page.staff_label.text() == f"{len(laporan.pegawai)} pegawai", timeout=10000
    )
    settle(qtbot, page)
    meeting = sum(1 for p in laporan.pegawai if p.memenuhi)
    assert page.meeting_label.text() == f"{meeting} memenuhi target"
    assert page.unit_model.records() == laporan.unit
    assert page.title_label.text() == f"Kepatuhan JP {TAHUN} — semua unit, PPPK:"


def test_sorting_is_the_services(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService
) -> None:
    for column, key in ((JP, "jp"), (NIP, "nip"), (UNIT, "unit"), (STATUS, "status")):
        click_header(page, column)
        header = page.table.horizontalHeader()
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        expected = service.search_ids(JpQuery(TAHUN), sort=key, descending=descending)
        wait_for_ids(qtbot, page, expected)
    click_header(page, JP)
    click_header(page, JP)
    header = page.table.horizontalHeader()
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    expected = service.search_ids(JpQuery(TAHUN), sort="jp", descending=descending)
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    settle(qtbot, page)
    # The target is computed after SQL: its header keeps the order and the indicator.
    before = page.model.ids()
    click_header(page, TARGET)
    settle(qtbot, page)
    assert page.model.ids() == before
    assert header.sortIndicatorSection() == JP


def test_the_units_tab_is_the_services_report(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService, facts: Facts
) -> None:
    page.views.setCurrentIndex(TAB_UNIT)
    laporan = service.laporan(TAHUN)
    assert page.unit_model.records() == laporan.unit
    top = laporan.unit[0]
    assert page.unit_model.index(0, 1).data() == str(top.staff)
    assert page.unit_model.index(0, 2).data() == str(top.meeting_target)
    assert page.unit_model.index(0, 3).data() == format_persen(top.share)
    assert page.count_label.text() == f"{len(laporan.unit)} unit"
    # A double click on a unit shows its employees.
    row = next(i for i, u in enumerate(laporan.unit) if u.unit_id == facts.unit_id)
    page.unit_table.activated.emit(page.unit_model.index(row, 0))
    expected = service.search_ids(JpQuery(TAHUN, unit_id=facts.unit_id))
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    assert page.views.currentIndex() == TAB_PEGAWAI
    assert page.unit_filter.currentData() == facts.unit_id


def test_the_resistant_list_longest_first(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService, facts: Facts
) -> None:
    assert page.resistant_model.rowCount() == 0  # read when its tab is shown
    page.views.setCurrentIndex(TAB_TANPA)
    three = service.tanpa_pengembangan(TAHUN, minimal_tahun=3)
    qtbot.waitUntil(lambda: page.resistant_model.records() == three, timeout=10000)
    ids = [t.employee_id for t in three]
    assert facts.resistant in ids and facts.recent not in ids and facts.known not in ids
    resistant = three[ids.index(facts.resistant)]
    assert (resistant.tahun_terakhir, resistant.tahun_tanpa) == (TAHUN - 4, 4)
    row = ids.index(facts.resistant)
    assert page.resistant_model.index(row, 4).data() == str(TAHUN - 4)
    assert page.resistant_model.index(row, 5).data() == "4 tahun"
    never = sum(1 for t in three if t.tahun_terakhir is None)
    assert page.resistant_count.text() == f"{len(three)} pegawai, {never} belum pernah"
    lengths = [t.tahun_tanpa if t.tahun_tanpa is not None else 1 << 30 for t in three]
    assert lengths == sorted(lengths, reverse=True)
    # One year or more: the one who trained last year is there too.
    page.resistant_buttons[1].click()
    one = service.tanpa_pengembangan(TAHUN, minimal_tahun=1)
    qtbot.waitUntil(lambda: page.resistant_model.records() == one, timeout=10000)
    assert facts.recent in [t.employee_id for t in one]
    assert facts.known not in [t.employee_id for t in one]
    # The status filter narrows it.
    choose(page.status_filter, "PPPK")
    pppk = [t for t in one if t.status == "PPPK"]
    qtbot.waitUntil(lambda: page.resistant_model.records() == pppk, timeout=10000)
    settle(qtbot, page)


def test_the_models_pass_the_model_tester(qtmodeltester: Any, page: CompliancePage) -> None:
    assert isinstance(page.model, ComplianceTableModel) and page.model.rowCount() > 100
    qtmodeltester.check(page.model)
    assert isinstance(page.unit_model, UnitComplianceModel) and page.unit_model.rowCount() > 1
    qtmodeltester.check(page.unit_model)
    page.unit_model.sort(3, Qt.SortOrder.DescendingOrder)
    shares = [u.share for u in page.unit_model.records() if u.share is not None]
    assert shares == sorted(shares, reverse=True)
    qtmodeltester.check(page.unit_model)
    assert isinstance(page.resistant_model, TanpaPengembanganModel)


def test_the_resistant_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, page: CompliancePage
) -> None:
    page.views.setCurrentIndex(TAB_TANPA)
    qtbot.waitUntil(lambda: page.resistant_model.rowCount() > 0, timeout=10000)
    settle(qtbot, page)
    qtmodeltester.check(page.resistant_model)
    page.resistant_model.sort(5, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.resistant_model)


# -- saves elsewhere, opening an employee ---------------------------------------------------


def test_a_training_saved_elsewhere_moves_the_figures(
    qtbot: QtBot, page: CompliancePage, cdb: Database, facts: Facts, service: ComplianceService
) -> None:
    row = page.model.row_of(facts.short)
    assert row is not None and page.model.index(row, MEMENUHI).data() == "Tidak"
    meeting = service.ringkasan(TAHUN).meeting_target
    _activity(TrainingService(cdb), "Bimtek Layanan Digital", TAHUN, 16, [facts.short])
    hub(page.runner).changed.emit(Changes(competency={"pelatihan"}))
    qtbot.waitUntil(
        lambda: page.meeting_label.text() == f"{meeting + 1} memenuhi target", timeout=10000
    )
    settle(qtbot, page)
    row = page.model.row_of(facts.short)
    assert row is not None
    assert page.model.index(row, JP).data() == "24"
    assert page.model.index(row, MEMENUHI).data() == "Ya"
    # A change of another area (the budget) reads nothing again.
    label = page.meeting_label.text()
    hub(page.runner).changed.emit(Changes(competency={"anggaran"}))
    assert not page.runner.busy()
    assert page.meeting_label.text() == label


def test_a_double_click_opens_the_employee_at_the_development_tab(
    qtbot: QtBot, page: CompliancePage, facts: Facts
) -> None:
    row = page.model.row_of(facts.known)
    assert row is not None
    page.table.activated.emit(page.model.index(row, NAMA))
    dialog = page.employee_dialog
    assert isinstance(dialog, EmployeeDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.employee_id == facts.known
    assert dialog.development_tab is not None
    assert dialog.tabs.currentWidget() is dialog.development_tab
    settle(qtbot, page)
    bars = dialog.development_tab.bars.bars()
    assert bars[-1].tahun == date.today().year
    assert [b.jp for b in bars if b.tahun == TAHUN] == [24.0]
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_the_resistant_list_opens_the_employee_too(
    qtbot: QtBot, page: CompliancePage, facts: Facts
) -> None:
    page.views.setCurrentIndex(TAB_TANPA)
    qtbot.waitUntil(lambda: page.resistant_model.rowCount() > 0, timeout=10000)
    settle(qtbot, page)
    row = [t.employee_id for t in page.resistant_model.records()].index(facts.resistant)
    page.resistant_table.activated.emit(page.resistant_model.index(row, 1))
    dialog = page.employee_dialog
    assert isinstance(dialog, EmployeeDialog) and dialog.employee_id == facts.resistant
    dialog.reject()
    settle(qtbot, page)


# -- exporting ----------------------------------------------------------------------------


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], Path]:
    def answer(name: str) -> Path:
        path = tmp_path / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path)[:-5], "")
        )
        return path

    return answer


def exported(qtbot: QtBot, page: CompliancePage, path: Path) -> list[tuple[Any, ...]]:
    page.export_button.click()
    qtbot.waitUntil(lambda: "diekspor ke" in page.message.text(), timeout=15000)
    assert page.message.text().endswith(str(path))
    book = load_workbook(path, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return rows


def test_export_writes_the_employees_shown(
    qtbot: QtBot,
    page: CompliancePage,
    service: ComplianceService,
    save_as: Callable[[str], Path],
    facts: Facts,
    cdb: Database,
) -> None:
    choose(page.kategori, "di_bawah")
    expected = service.search_ids(JpQuery(TAHUN, kategori="di_bawah"))
    qtbot.waitUntil(lambda: page.model.ids() == expected, timeout=10000)
    settle(qtbot, page)
    path = save_as("kepatuhan.xlsx")  # the dialog's answer without the suffix: added
    rows = exported(qtbot, page, path)
    assert str(rows[0][0]).startswith(f"Kepatuhan JP {TAHUN} — semua unit, di bawah target")
    assert rows[1][:9] == (
        "NIP",
        "Nama",
        "Kode unit",
        "Unit kerja",
        "Status",
        "JP",
        "Target JP",
        "Kekurangan JP",
        "Memenuhi",
    )
    data = rows[2:]
    facts_rows = service.rows(TAHUN, expected)
    assert len(data) == len(expected)
    for line, employee_id in zip(data, expected, strict=True):
        p = facts_rows[employee_id]
        assert line[0] == p.nip and isinstance(line[0], str)  # 18 digits kept as text
        assert line[1] == p.nama
        assert (line[4], line[5], line[6], line[7]) == (p.status, p.jp, p.target, p.kekurangan)
        assert line[8] == "Tidak"
    short = data[expected.index(facts.short)]
    assert (short[5], short[7]) == (8, 12)
    assert page.message.text() == f"{len(expected)} baris diekspor ke {path}"
    # The export is in the audit trail.
    entries = AuditService(cdb).entries(AuditQuery(action="export"))
    assert any(e.entity_label == f"Kepatuhan JP {TAHUN}" for e in entries)


def test_export_writes_the_units_or_the_resistant_list_when_shown(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService, save_as: Callable[[str], Path]
) -> None:
    page.views.setCurrentIndex(TAB_UNIT)
    rows = exported(qtbot, page, save_as("unit.xlsx"))
    laporan = service.laporan(TAHUN)
    assert rows[1][:4] == ("Kode unit", "Unit kerja", "Pegawai", "Memenuhi target")
    assert [r[0] for r in rows[2:]] == [u.kode for u in laporan.unit]
    assert [(r[2], r[3]) for r in rows[2:]] == [(u.staff, u.meeting_target) for u in laporan.unit]
    page.views.setCurrentIndex(TAB_TANPA)
    three = service.tanpa_pengembangan(TAHUN, minimal_tahun=3)
    qtbot.waitUntil(lambda: page.resistant_model.records() == three, timeout=10000)
    settle(qtbot, page)
    rows = exported(qtbot, page, save_as("tanpa.xlsx"))
    assert str(rows[0][0]).startswith(f"Tanpa pengembangan 3 tahun atau lebih sampai {TAHUN}")
    assert [r[0] for r in rows[2:]] == [t.nip for t in three]
    assert [r[6] for r in rows[2:]] == [t.tahun_tanpa for t in three]


def test_a_viewer_reads_everything_and_cannot_export(
    make_page: Callable[..., CompliancePage], service: ComplianceService, cdb: Database
) -> None:
    page = make_page("viewer")
    assert page.model.ids() == service.search_ids(JpQuery(TAHUN))
    assert page.unit_model.records() == service.laporan(TAHUN).unit
    assert not page.export_button.isEnabled()
    assert page.export_button.toolTip() == denial_text(cdb.user, Permission.EXPORT)
    assert "tidak berhak mengekspor data" in page.export_button.toolTip()
    page.export_shown()  # a shortcut or a stray call: refused all the same
    assert not page.export.running
    # The use case refuses too, whatever the GUI shows.
    with pytest.raises(PermissionDenied):
        SpreadsheetExport(cdb).write(
            Path(page.db.where).with_name("nope.xlsx"),
            [Sheet("x", [Column("a")], [])],
            label="x",
        )


def test_an_export_cancelled_writes_nothing(
    qtbot: QtBot, page: CompliancePage, tmp_path: Path
) -> None:
    path = tmp_path / "batal.xlsx"
    # The worker is held so that the cancel comes before the export reads its first page.
    release = threading.Event()
    page.runner.run(lambda: release.wait(10), lambda _r: None)
    page.export_to(path)
    assert page.export.running and not page.export_button.isEnabled()
    page.export.cancel()
    release.set()
    qtbot.waitUntil(lambda: not page.export.running, timeout=10000)
    assert page.message.text() == "Ekspor dibatalkan; berkas tidak dibuat."
    assert not path.exists()
    assert list(tmp_path.glob(".batal.xlsx.*")) == []
    assert page.export_button.isEnabled()


def test_typing_a_name_reads_only_ids_and_a_new_scope_the_report(
    qtbot: QtBot, page: CompliancePage, service: ComplianceService, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[tuple[int, int | None, str | None]] = []
    laporan = page.service.laporan

    def counted(tahun: int, *, unit_id: int | None = None, status: str | None = None) -> Any:
        reports.append((tahun, unit_id, status))
        return laporan(tahun, unit_id=unit_id, status=status)

    monkeypatch.setattr(page.service, "laporan", counted)
    header = page.staff_label.text()
    page.search.setText("Asep")
    page.refresh()
    wait_for_ids(qtbot, page, service.search_ids(JpQuery(TAHUN, text="Asep")))
    assert reports == [] and page.staff_label.text() == header
    page.tahun.setValue(TAHUN - 1)
    wait_for_ids(qtbot, page, service.search_ids(JpQuery(TAHUN - 1, text="Asep")))
    assert reports == [(TAHUN - 1, None, None)]
    assert page.title_label.text() == f"Kepatuhan JP {TAHUN - 1} — semua unit:"
    assert page.staff_label.text() == f"{service.ringkasan(TAHUN - 1).staff} pegawai"
    # The rows are read for the year of the ids shown.
    row = page.model.index(0, JP).data()
    first = service.rows(TAHUN - 1, page.model.ids()[:1])[page.model.ids()[0]]
    assert row == format_jp(first.jp)
    # A save elsewhere makes the report stale: it is read again.
    hub(page.runner).changed.emit(Changes(competency={"pelatihan"}))
    qtbot.waitUntil(lambda: len(reports) == 2, timeout=10000)
    settle(qtbot, page)
