"""The audit trail page: its table model, filters in SQL, one entry's changes, checking the
chain, exporting; on real copies of the UI template database."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session

from asn_desktop.services import audit
from asn_desktop.services.audit import EXPORT_HEADER, AuditQuery, AuditService, PendingEntry
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.ui import audit_page as audit_page_module
from asn_desktop.ui.audit_page import EMPTY_VALUE, AuditPage
from asn_desktop.ui.audit_table_model import (
    AKSI,
    COLUMNS,
    DATA,
    JENIS,
    PENGGUNA,
    PERUBAHAN,
    SEQ,
    WAKTU,
    AuditTableModel,
)
from asn_desktop.ui.id_table_model import PAGE_SIZE
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA


def local_noon_utc(year: int, month: int, day: int) -> datetime:
    return datetime(year, month, day, 12, 0).astimezone().astimezone(UTC)


# Entries of a user who is not in the template's trail, on days long before it was made.
OLD_ENTRIES = (
    (local_noon_utc(2025, 1, 10), "print", "employee"),
    (local_noon_utc(2025, 1, 10), "print", "employee"),
    (local_noon_utc(2025, 3, 5), "print", "employee"),
    (local_noon_utc(2025, 3, 5), "backup", "database"),
)


def add_old_entries(db: Database) -> None:
    """Append them to the chain the way the services do (the chain stays intact)."""
    for at, action, entity in OLD_ENTRIES:
        with Session(db.engine) as session, session.begin():
            audit.append_entries(
                session,
                "arsip",
                [PendingEntry(action, entity_type=entity, label="Cetak SKP", detail="uji")],
                now=at,
            )


def edit_known(service: EmployeeService, known_id: int, **changes: object) -> None:
    record = service.get(known_id)
    service.update(known_id, replace(record.draft, **changes), expected_revision=record.revision)


def settle(qtbot: QtBot, page: AuditPage) -> None:
    """Until every query the page asked for has been answered."""
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)


@pytest.fixture
def audit_service(db: Database) -> AuditService:
    return AuditService(db)


@pytest.fixture
def make_page(qtbot: QtBot, db: Database, runner: TaskRunner) -> Iterator[Callable[[], AuditPage]]:
    pages: list[AuditPage] = []

    def make() -> AuditPage:
        page = AuditPage(db, runner)
        qtbot.addWidget(page)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    for page in pages:
        page.close()
    runner.wait()


def test_audit_model_passes_the_model_tester(
    qtmodeltester: ModelTester, audit_service: AuditService
) -> None:
    model = AuditTableModel(audit_service.rows)
    model.set_ids(audit_service.search_ids(AuditQuery()))
    assert model.rowCount() > PAGE_SIZE
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "No.", "Waktu", "Pengguna", "Aksi", "Jenis data", "Data", "Perubahan", "Keterangan",
    ]  # fmt: skip


def test_audit_model_cells_and_missing_rows(audit_service: AuditService) -> None:
    ids = audit_service.search_ids(AuditQuery(newest_first=False))
    model = AuditTableModel(audit_service.rows)
    model.set_ids(ids)
    first = audit_service.rows([ids[0]])[ids[0]]
    assert model.index(0, SEQ).data() == first.seq == 1
    assert model.index(0, WAKTU).data() == f"{first.at.astimezone():%d-%m-%Y %H:%M:%S}"
    assert model.index(0, AKSI).data() == first.action_label
    assert model.index(0, SEQ).data(AuditTableModel.ID_ROLE) == ids[0]

    gone = AuditTableModel(lambda _ids: {})
    gone.set_ids([42])
    assert gone.index(0, SEQ).data() == "(tidak ada)"
    assert gone.index(0, WAKTU).data() == ""


def test_long_changes_are_elided_in_the_cell_and_whole_in_the_tooltip(
    make_page: Callable[[], AuditPage],
) -> None:
    page = make_page()
    # The newest "create employee" of the template: the known employee, every field set.
    row = next(
        r
        for r in range(page.model.rowCount())
        if page.model.index(r, AKSI).data() == "Tambah"
        and page.model.index(r, JENIS).data() == "Pegawai"
    )
    item = page.model.item_at(row)
    assert item is not None and len(item.changes_text()) > 160
    shown = page.model.index(row, PERUBAHAN).data()
    assert shown.endswith("…") and len(shown) <= 160
    tooltip = page.model.index(row, PERUBAHAN).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == item.changes_text().replace("; ", "\n")
    assert f"nama: {KNOWN_NAMA}" in tooltip.splitlines()


def test_the_page_shows_an_edit_with_before_and_after(
    qtbot: QtBot,
    make_page: Callable[[], AuditPage],
    service: EmployeeService,
    known_id: int,
) -> None:
    edit_known(service, known_id, gelar_depan="Drs.", tempat_lahir="Cimahi")
    page = make_page()

    # Newest first, and the newest is selected with its changes below the table.
    assert page.model.index(0, AKSI).data() == "Ubah"
    assert page.model.index(0, JENIS).data() == "Pegawai"
    assert page.model.index(0, PENGGUNA).data() == "admin"
    assert page.model.index(0, DATA).data() == f"{KNOWN_NAMA} (NIP 19850315 201001 1 002)"
    # No title before: an empty text, shown as such in the cell and as a dash below.
    assert page.model.index(0, PERUBAHAN).data() == (
        "gelar_depan: → Drs.; tempat_lahir: Bandung → Cimahi"
    )
    assert page.current_id() == page.model.id_at(0)
    changes = [
        [page.changes.topLevelItem(i).text(c) for c in range(3)]  # type: ignore[union-attr]
        for i in range(page.changes.topLevelItemCount())
    ]
    assert changes == [
        ["gelar_depan", EMPTY_VALUE, "Drs."],
        ["tempat_lahir", "Bandung", "Cimahi"],
    ]
    seq = page.model.index(0, SEQ).data()
    assert page.detail_title.text().startswith(f"Catatan #{seq} · ")
    assert f"admin · Ubah · Pegawai: {KNOWN_NAMA} (NIP" in page.detail_title.text()

    # Another row: the pane follows the selection.
    page.table.selectRow(1)
    assert page.detail_title.text().startswith(f"Catatan #{seq - 1} · ")
    assert page.count_label.text() == f"{QLocale().toString(page.model.rowCount())} catatan"


def test_filters_query_sql_and_reduce_the_rows(
    qtbot: QtBot,
    make_page: Callable[[], AuditPage],
    db: Database,
    service: EmployeeService,
    known_id: int,
    audit_service: AuditService,
) -> None:
    base = len(audit_service.search_ids(AuditQuery()))
    add_old_entries(db)
    db.assume_user("operator")
    edit_known(service, known_id, gelar_depan="Ir.")
    db.assume_user("admin")
    page = make_page()
    assert page.model.rowCount() == base + 5

    def shown() -> int:
        settle(qtbot, page)
        return page.model.rowCount()

    users = [page.user_filter.itemText(i) for i in range(page.user_filter.count())]
    assert users == ["Semua pengguna", "admin", "arsip", "operator"]
    page.user_filter.setCurrentIndex(page.user_filter.findData("arsip"))
    assert shown() == 4
    assert {page.model.index(r, PENGGUNA).data() for r in range(4)} == {"arsip"}
    page.user_filter.setCurrentIndex(page.user_filter.findData("operator"))
    assert shown() == 1
    assert page.model.index(0, PERUBAHAN).data() == "gelar_depan: → Ir."
    page.user_filter.setCurrentIndex(0)
    assert shown() == base + 5

    page.action_filter.setCurrentIndex(page.action_filter.findData("print"))
    assert shown() == 3
    page.action_filter.setCurrentIndex(page.action_filter.findData("backup"))
    assert shown() == 1
    page.action_filter.setCurrentIndex(0)

    page.entity_filter.setCurrentIndex(page.entity_filter.findData("database"))
    assert shown() == 1
    assert page.model.index(0, JENIS).data() == "Basis data"
    page.entity_filter.setCurrentIndex(page.entity_filter.findData("app_user"))
    assert shown() == 3  # the three test accounts
    page.entity_filter.setCurrentIndex(0)
    assert shown() == base + 5

    # Dates: local calendar days, both ends inclusive.
    page.until_edit.setDate(QDate(2025, 2, 1))
    assert shown() == base + 5  # not ticked: no limit
    page.until_check.setChecked(True)
    assert shown() == 2
    page.since_edit.setDate(QDate(2025, 1, 10))
    page.since_check.setChecked(True)
    page.until_edit.setDate(QDate(2025, 1, 10))
    assert shown() == 2
    page.since_edit.setDate(QDate(2025, 3, 1))
    page.until_edit.setDate(QDate(2025, 3, 31))
    assert shown() == 2
    page.until_check.setChecked(False)
    page.since_edit.setDate(QDate(2025, 4, 1))
    assert shown() == base + 1  # everything but the old entries
    page.action_filter.setCurrentIndex(page.action_filter.findData("update"))
    page.user_filter.setCurrentIndex(page.user_filter.findData("operator"))
    assert shown() == 1
    page.show_all_dates()
    page.user_filter.setCurrentIndex(page.user_filter.findData("arsip"))
    assert shown() == 0
    assert not page.since_check.isChecked() and not page.all_dates.isEnabled()
    page.action_filter.setCurrentIndex(0)
    assert shown() == 4


def test_sorting_by_number_or_time_reverses_the_chain_order(
    qtbot: QtBot, make_page: Callable[[], AuditPage]
) -> None:
    page = make_page()
    newest = page.model.index(0, SEQ).data()
    page.table.sortByColumn(WAKTU, Qt.SortOrder.AscendingOrder)
    settle(qtbot, page)
    assert page.model.index(0, SEQ).data() == 1
    assert page.model.index(page.model.rowCount() - 1, SEQ).data() == newest
    # Other columns do not sort: the order and the indicator stay.
    page.table.sortByColumn(PENGGUNA, Qt.SortOrder.DescendingOrder)
    settle(qtbot, page)
    assert page.model.index(0, SEQ).data() == 1
    assert page.table.horizontalHeader().sortIndicatorSection() == WAKTU


def test_checking_the_chain_reports_an_intact_trail_and_a_hand_edited_row(
    qtbot: QtBot,
    make_page: Callable[[], AuditPage],
    db_file: Path,
    audit_service: AuditService,
) -> None:
    total = len(audit_service.search_ids(AuditQuery()))
    page = make_page()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10000)
    assert page.chain_label.text() == f"Rantai utuh ({QLocale().toString(total)} catatan)"

    tampered = 37
    conn = sqlite3.connect(db_file)
    try:
        with conn:
            conn.execute(
                "UPDATE audit_log SET changes = ? WHERE seq = ?",
                (json.dumps({"nama": [None, "Orang Lain"]}), tampered),
            )
    finally:
        conn.close()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: page.verify_button.isEnabled(), timeout=10000)
    assert f"#{tampered} " in page.chain_label.text()
    assert "diubah di luar program" in page.chain_label.text()


def answer_save_dialog(
    monkeypatch: pytest.MonkeyPatch, path: Path, chosen_filter: str = ""
) -> list[tuple[object, ...]]:
    asked: list[tuple[object, ...]] = []

    def fake(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(path), chosen_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return asked


def test_export_writes_the_filtered_entries_to_xlsx(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_page: Callable[[], AuditPage],
    db: Database,
    tmp_path: Path,
    audit_service: AuditService,
) -> None:
    add_old_entries(db)
    page = make_page()
    page.user_filter.setCurrentIndex(page.user_filter.findData("arsip"))
    settle(qtbot, page)
    target = tmp_path / "jejak.xlsx"
    asked = answer_save_dialog(monkeypatch, target)

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    assert asked and asked[0][-1] == QFileDialog.Option.DontUseNativeDialog
    assert page.chain_label.text() == f"4 catatan diekspor ke {target}"
    sheet = load_workbook(target, read_only=True)["Jejak audit"]
    rows = [tuple(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == EXPORT_HEADER
    assert len(rows) == 5
    newest = rows[1]
    assert newest[0] == max(r[0] for r in rows[1:])  # newest first, as on screen
    assert newest[2:6] == ("arsip", "Cadangan", "Basis data", "Cetak SKP")
    assert newest[1] == f"{OLD_ENTRIES[3][0].astimezone():%Y-%m-%d %H:%M:%S}"
    # The export is itself in the trail (and on the page, which asked again).
    exports = audit_service.entries(AuditQuery(action="export"))
    assert len(exports) == 1 and exports[0].detail == "4 catatan ke jejak.xlsx"
    assert page.user_filter.findData("admin") >= 0


def test_export_to_csv_adds_the_suffix_of_the_chosen_filter(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_page: Callable[[], AuditPage],
    db: Database,
    tmp_path: Path,
) -> None:
    add_old_entries(db)
    page = make_page()
    page.action_filter.setCurrentIndex(page.action_filter.findData("print"))
    settle(qtbot, page)
    answer_save_dialog(monkeypatch, tmp_path / "jejak", "CSV (*.csv)")

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)

    target = tmp_path / "jejak.csv"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == EXPORT_HEADER
    assert len(rows) == 4
    assert [r[2:6] for r in rows[1:]] == [["arsip", "Cetak", "Pegawai", "Cetak SKP"]] * 3


def test_a_viewer_reads_the_trail_but_may_not_export(
    make_page: Callable[[], AuditPage], db: Database
) -> None:
    db.assume_user("viewer")
    page = make_page()
    assert page.model.rowCount() > 0
    assert not page.export_button.isEnabled()
    assert "tidak berhak" in page.export_button.toolTip()
    assert page.verify_button.isEnabled()


def test_the_menu_opens_the_page_for_whoever_may_read(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    open_window: Callable[..., MainWindow],
) -> None:
    opened: list[AuditPage] = []

    def fake_exec(page: AuditPage) -> int:
        opened.append(page)
        qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)
        return 0

    monkeypatch.setattr(audit_page_module.AuditPage, "exec", fake_exec)
    window = open_window("viewer")
    assert window.audit_action.isEnabled()
    instansi = window.menuBar().actions()[4].menu()  # Berkas, Pegawai, Penilaian, Pengembangan
    assert isinstance(instansi, QMenu) and window.audit_action in instansi.actions()
    window.audit_action.trigger()
    assert len(opened) == 1
    assert opened[0].model.rowCount() > 0
    assert not opened[0].export_button.isEnabled()
