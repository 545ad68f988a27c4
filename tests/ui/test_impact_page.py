"""The impact page (Pengembangan → Dampak layanan (SKM)): per service unit the SKM index and
mutu beside staff, JP compliance and spend as SkmService.dampak has them, a survey entered
from its nine element means or as the index alone, changed, refused when stale, deleted,
exported, and what a viewer may do."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from accounts import open_as
from openpyxl import load_workbook
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.skm import unsur_skm
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.skm import SkmService
from asn_desktop.ui.impact_page import (
    D_INDEKS,
    D_MUTU,
    D_STAFF,
    D_TARGET,
    D_UNIT,
    DampakTableModel,
    ImpactPage,
    SkmDialog,
)
from asn_desktop.ui.tasks import TaskRunner

from .test_competency_page import clean_competency_template

THIS_YEAR = date.today().year


def number(value: float, decimals: int) -> str:
    return QLocale().toString(value, "f", decimals)


@pytest.fixture(scope="session")
def clean_template(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clean_competency_template(initialised_template, tmp_path_factory.mktemp("impact"))


@pytest.fixture
def cdb(clean_template: Path, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "asn.sqlite"
    copy_database(clean_template, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


def settle(qtbot: QtBot, page: ImpactPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy(), timeout=10000)


@pytest.fixture
def make_page(qtbot: QtBot, runner: TaskRunner) -> Iterator[Callable[..., ImpactPage]]:
    pages: list[ImpactPage] = []

    def make(db: Database, username: str = "admin", tahun: int = THIS_YEAR) -> ImpactPage:
        db.assume_user(username)
        page = ImpactPage(db, runner, tahun=tahun)
        qtbot.addWidget(page)
        page.resize(1300, 700)
        page.show()
        pages.append(page)
        settle(qtbot, page)
        return page

    yield make
    for page in pages:
        page.shutdown()
    runner.wait()


def shown(page: ImpactPage, column: int = D_UNIT) -> list[str]:
    return [str(page.model.index(r, column).data()) for r in range(page.model.rowCount())]


def latest_year_with_surveys(db: Database) -> int:
    service = SkmService(db)
    return next(y for y in range(THIS_YEAR, THIS_YEAR - 5, -1) if service.skm(y))


def test_the_demo_agencys_units_show_the_services_figures(
    qtbot: QtBot, make_page: Callable[..., ImpactPage], db: Database
) -> None:
    tahun = latest_year_with_surveys(db)
    page = make_page(db, tahun=tahun)
    expected = SkmService(db).dampak(tahun)
    assert expected
    assert shown(page) == [d.unit_nama for d in expected]
    assert shown(page, D_INDEKS) == [number(d.indeks, 2) for d in expected]
    assert shown(page, D_MUTU) == [f"{d.mutu.kode} ({d.mutu.label})" for d in expected]
    assert shown(page, D_STAFF) == [QLocale().toString(d.staff) for d in expected]
    first = expected[0]
    assert first.persen_memenuhi is not None
    assert shown(page, D_TARGET)[0] == (
        f"{number(first.persen_memenuhi, 1)}% ({first.memenuhi_target}/{first.staff})"
    )
    assert page.model.index(0, 7).data() == "Rp " + QLocale().toString(first.biaya)
    mean = sum(d.indeks for d in expected) / len(expected)
    assert page.summary.text().startswith(
        f"{len(expected)} unit layanan dengan SKM tahun {tahun}; rata-rata indeks "
        f"{number(mean, 2)}, mutu "
    )
    assert page.empty.isHidden()
    # Sorting by the index (the model's own: a row per unit).
    page.table.sortByColumn(D_INDEKS, Qt.SortOrder.AscendingOrder)
    indexes = [row.indeks for row in page.model.rows()]
    assert indexes == sorted(indexes)
    # Another year is read when chosen.
    page.tahun.setValue(tahun - 1)
    settle(qtbot, page)
    assert shown(page) == [d.unit_nama for d in SkmService(db).dampak(tahun - 1)]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester, db: Database) -> None:
    model = DampakTableModel()
    model.set_rows(SkmService(db).dampak(latest_year_with_surveys(db)))
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        qtmodeltester.check(model)


def fake_exec(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, fill: Callable[[SkmDialog], None]
) -> list[SkmDialog]:
    seen: list[SkmDialog] = []

    def run(dialog: SkmDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        dialog.accept()
        qtbot.waitUntil(
            lambda: dialog.operation is None or not dialog.operation.running, timeout=5000
        )
        return int(dialog.result())

    monkeypatch.setattr(SkmDialog, "exec", run)
    return seen


def test_a_survey_is_entered_from_its_nine_element_means(
    qtbot: QtBot,
    make_page: Callable[..., ImpactPage],
    cdb: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(cdb)
    assert page.model.rowCount() == 0 and page.empty.isVisible()
    assert page.summary.text() == f"Belum ada SKM tahun {THIS_YEAR}."
    assert not page.export_button.isEnabled()
    unit = OrgUnitService(cdb).tree()[1]
    results: list[str] = []
    labels: list[str] = []

    def fill(dialog: SkmDialog) -> None:
        assert dialog.by_unsur.isChecked() and not dialog.indeks.isEnabled()
        dialog.unit.setCurrentIndex(dialog.unit.findData(unit.id))
        for spin, value in zip(dialog.unsur, [3.5] * 8 + [3.6], strict=True):
            spin.setValue(value)
        results.append(dialog.result_label.text())
        labels.extend(label.text() for label in dialog.unsur_box.findChildren(QLabel))
        dialog.responden.setValue(420)

    fake_exec(qtbot, monkeypatch, fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5000)
    settle(qtbot, page)
    # (8 × 3.5 + 3.6) / 9 × 25 = 87.78: B.
    assert results == [f"Indeks {number(87.78, 2)} — mutu B (Baik)"]
    assert labels == [f"{u.kode.upper()} {u.nama}" for u in unsur_skm()]
    assert labels[0] == "U1 Persyaratan" and labels[8] == "U9 Sarana dan Prasarana"
    assert shown(page) == [unit.nama]
    assert shown(page, D_INDEKS) == [number(87.78, 2)]
    assert shown(page, D_MUTU) == ["B (Baik)"]
    record = SkmService(cdb).skm(THIS_YEAR)[0]
    assert record.dari_unsur and record.responden == 420
    assert page.message.text() == f"SKM {unit.nama} tahun {THIS_YEAR} disimpan."
    assert page.export_button.isEnabled()


def test_a_survey_is_changed_to_the_index_alone_and_deleted(
    qtbot: QtBot,
    make_page: Callable[..., ImpactPage],
    cdb: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    unit = OrgUnitService(cdb).tree()[1]
    SkmService(cdb).set_skm(unit.id, THIS_YEAR, nilai_unsur=[3.0] * 9, responden=100)
    page = make_page(cdb)
    assert shown(page, D_MUTU) == ["C (Kurang Baik)"]  # 75.00
    page.table.selectRow(0)

    def fill(dialog: SkmDialog) -> None:
        assert not dialog.unit.isEnabled() and dialog.responden.value() == 100
        assert dialog.unsur[0].value() == 3.0
        dialog.by_indeks.setChecked(True)
        dialog.indeks.setValue(91.2)

    fake_exec(qtbot, monkeypatch, fill)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown(page, D_MUTU) == ["A (Sangat Baik)"], timeout=5000)
    settle(qtbot, page)
    record = SkmService(cdb).skm(THIS_YEAR)[0]
    assert record.indeks == 91.2 and not record.dari_unsur

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    page.table.selectRow(0)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5000)
    settle(qtbot, page)
    assert SkmService(cdb).skm(THIS_YEAR) == []
    assert page.empty.isVisible()


def test_a_second_survey_of_a_unit_is_refused_in_the_dialog(
    qtbot: QtBot, make_page: Callable[..., ImpactPage], cdb: Database
) -> None:
    unit = OrgUnitService(cdb).tree()[1]
    SkmService(cdb).set_skm(unit.id, THIS_YEAR, indeks=80.0)
    page = make_page(cdb)
    dialog = SkmDialog(page.service, page.runner, page.units, tahun=THIS_YEAR, parent=page)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.unit.setCurrentIndex(dialog.unit.findData(unit.id))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.general.isVisible(), timeout=5000)
    settle(qtbot, page)
    assert dialog.general.text() == (
        f"{unit.nama} sudah memiliki SKM tahun {THIS_YEAR}; buka SKM itu untuk mengubahnya."
    )
    assert dialog.isVisible()
    assert [r.indeks for r in SkmService(cdb).skm(THIS_YEAR)] == [80.0]
    dialog.reject()


def test_a_stale_survey_save_shows_the_message(
    qtbot: QtBot,
    make_page: Callable[..., ImpactPage],
    cdb: Database,
    dialogs_shown: list[str],
) -> None:
    unit = OrgUnitService(cdb).tree()[1]
    service = SkmService(cdb)
    service.set_skm(unit.id, THIS_YEAR, indeks=80.0)
    page = make_page(cdb)
    record = next(iter(page.records.values()))
    dialog = SkmDialog(
        page.service, page.runner, page.units, tahun=THIS_YEAR, record=record, parent=page
    )
    qtbot.addWidget(dialog)
    dialog.show()
    service.set_skm(unit.id, THIS_YEAR, indeks=70.0, expected_revision=record.revision)
    dialog.indeks.setValue(95.0)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=5000)
    settle(qtbot, page)
    assert dialogs_shown[0].startswith(
        f"Data SKM {unit.nama} {THIS_YEAR} sudah diubah di tempat lain (oleh admin"
    )
    dialogs_shown.clear()
    assert dialog.isVisible()
    assert [r.indeks for r in service.skm(THIS_YEAR)] == [70.0]
    dialog.reject()


def test_the_table_is_exported(
    qtbot: QtBot,
    make_page: Callable[..., ImpactPage],
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    tahun = latest_year_with_surveys(db)
    page = make_page(db, tahun=tahun)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "dampak"), ""))
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_export is not None, timeout=10000)
    settle(qtbot, page)
    expected = SkmService(db).dampak(tahun)
    sheet = load_workbook(tmp_path / "dampak.xlsx", read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == f"Dampak pengembangan kompetensi pada layanan (SKM) {tahun}"
    assert rows[1][:4] == ("Kode unit", "Unit layanan", "Indeks SKM", "Mutu")
    assert [r[1] for r in rows[2:]] == [d.unit_nama for d in expected]
    assert rows[2][2] == expected[0].indeks and rows[2][10] == expected[0].biaya
    assert page.message.text() == f"{len(expected)} baris diekspor ke {tmp_path / 'dampak.xlsx'}."
    exported = AuditService(db).entries(AuditQuery(action="export"))
    assert [e.detail for e in exported][-1:] == [f"{len(expected)} baris ke dampak.xlsx"]


def test_a_viewer_reads_but_cannot_change_or_export(
    qtbot: QtBot, make_page: Callable[..., ImpactPage], db: Database
) -> None:
    tahun = latest_year_with_surveys(db)
    page = make_page(db, "viewer", tahun=tahun)
    assert page.model.rowCount() == len(SkmService(db).dampak(tahun))
    page.table.selectRow(0)
    for button in (page.add_button, page.edit_button, page.delete_button, page.export_button):
        assert not button.isEnabled(), button.text()
        assert "tidak berhak" in button.toolTip() and "viewer" in button.toolTip()
    assert page.refresh_button.isEnabled()
    page.edit_skm()  # a double click does nothing either
    assert page.skm_dialog is None
    page.db.assume_user("operator")
    page.apply_permissions()
    assert page.edit_button.isEnabled() and page.export_button.isEnabled()
    assert page.edit_button.toolTip() == "Ubah SKM unit terpilih."
