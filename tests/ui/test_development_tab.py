"""The employee's development tab: the bars are ComplianceService.riwayat_jp with the
policy's confirmation (PPPK unconfirmed), the list is TrainingService.riwayat; a degree study
is added, changed (a stale change shows the service's message) and removed through the
service; bad input saves nothing; a viewer reads it all and cannot change a study; a new
employee has no such tab; on copies of the UI demo agency with the known employee's history."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from accounts import open_as
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.jp import target_dikonfirmasi
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.trainings import (
    PelatihanDraft,
    PesertaDraft,
    TrainingService,
    TugasBelajarDraft,
)
from asn_desktop.ui.degree_study_dialog import DegreeStudyDialog
from asn_desktop.ui.development_tab import YEARS_SHOWN, DevelopmentTab, RiwayatModel
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.jp_bars import format_jp
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NIP

THIS_YEAR = date.today().year
TAHUN = THIS_YEAR - 1


@dataclass(frozen=True)
class Facts:
    path: Path
    known: int
    pppk: int
    study: int  # the known employee's S2, two semesters done by the end of TAHUN
    failed: int  # the activity the known employee did not pass


@pytest.fixture(scope="session")
def development_template(ui_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Facts:
    folder = tmp_path_factory.mktemp("development-ui")
    path = folder / "development.sqlite"
    copy_database(ui_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        employees = EmployeeService(db)
        record = employees.find_by_nip(KNOWN_NIP)
        assert record is not None
        trainings = TrainingService(db)
        bimtek = trainings.create(
            PelatihanDraft(
                nama="Bimtek Pelayanan Publik",
                jenis_diklat="8",
                mulai=date(TAHUN, 3, 3),
                selesai=date(TAHUN, 3, 5),
                jumlah=24,
                penyelenggara="BPSDM Jawa Barat",
            )
        )
        trainings.enroll(bimtek, [record.id])
        failed = trainings.create(
            PelatihanDraft(
                nama="Kursus Analisis Data",
                jenis_diklat="11",
                mulai=date(TAHUN - 1, 6, 2),
                selesai=date(TAHUN - 1, 6, 6),
                jumlah=30,
                penyelenggara="Universitas Padjadjaran",
            )
        )
        trainings.enroll(failed, [record.id])
        peserta = trainings.peserta(failed)[0]
        trainings.update_peserta(
            peserta.id, PesertaDraft(hasil="tidak_lulus"), expected_revision=peserta.revision
        )
        study = trainings.create_tugas_belajar(
            record.id,
            TugasBelajarDraft(
                jenis="izin_belajar",
                jenjang="S2",
                program_studi="Magister Administrasi Publik",
                institusi="Universitas Padjadjaran",
                mulai=date(TAHUN - 1, 8, 1),
                selesai=date(TAHUN + 1, 7, 31),
            ),
        )
        pppk = employees.search_ids(EmployeeQuery(status="PPPK"))[0]
    finally:
        db.close()
    return Facts(path, record.id, pppk, study, failed)


@pytest.fixture
def facts(development_template: Facts) -> Facts:
    return development_template


@pytest.fixture
def ddb(development_template: Facts, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "development.sqlite"
    copy_database(development_template.path, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def trainings(ddb: Database) -> TrainingService:
    return TrainingService(ddb)


def settle(qtbot: QtBot, runner: TaskRunner) -> None:
    qtbot.waitUntil(lambda: not runner.busy(), timeout=15000)


@pytest.fixture
def make_dialog(
    qtbot: QtBot, ddb: Database, runner: TaskRunner, facts: Facts
) -> Iterator[Callable[..., EmployeeDialog]]:
    dialogs: list[EmployeeDialog] = []

    def make(employee_id: int | None = None, username: str = "admin") -> EmployeeDialog:
        ddb.assume_user(username)
        dialog = EmployeeDialog(
            ddb,
            runner,
            OrgUnitService(ddb).tree(),
            facts.known if employee_id is None else employee_id,
        )
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        settle(qtbot, runner)
        return dialog

    yield make
    # Every answer delivered while its tab is there: a callback left pending would keep
    # the runner in a reference cycle for the collector to free at any later moment.
    qtbot.waitUntil(lambda: not runner.busy(), timeout=15000)
    for dialog in dialogs:
        if shiboken6.isValid(dialog) and dialog.development_tab is not None:
            dialog.development_tab.shutdown()
    runner.wait()


def tab_of(dialog: EmployeeDialog) -> DevelopmentTab:
    tab = dialog.development_tab
    assert isinstance(tab, DevelopmentTab)
    return tab


@pytest.fixture
def tab(make_dialog: Callable[..., EmployeeDialog]) -> DevelopmentTab:
    return tab_of(make_dialog())


def row_of(tab: DevelopmentTab, jenis: str, item_id: int) -> int:
    for row, item in enumerate(tab.model.records()):
        if (item.jenis, item.id) == (jenis, item_id):
            return row
    raise AssertionError((jenis, item_id))


def select(tab: DevelopmentTab, jenis: str, item_id: int) -> None:
    tab.table.setCurrentIndex(tab.model.index(row_of(tab, jenis, item_id), 0))


def open_study(qtbot: QtBot, tab: DevelopmentTab, button: Any) -> DegreeStudyDialog:
    tab.dialog = None
    button.click()
    dialog = tab.dialog
    assert isinstance(dialog, DegreeStudyDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def fill(dialog: DegreeStudyDialog, **values: str) -> None:
    for name, value in values.items():
        editor = dialog.edits[name]
        if isinstance(editor, QLineEdit):
            editor.setText(value)
        else:
            index = editor.findData(value)  # type: ignore[attr-defined]
            assert index >= 0, (name, value)
            editor.setCurrentIndex(index)  # type: ignore[attr-defined]


def click_save(dialog: DegreeStudyDialog) -> None:
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


# -- what is shown -------------------------------------------------------------------------


def test_an_employee_saved_has_the_tab_and_a_new_one_does_not(
    make_dialog: Callable[..., EmployeeDialog], ddb: Database, runner: TaskRunner, qtbot: QtBot
) -> None:
    dialog = make_dialog()
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Pengembangan"
    assert dialog.tabs.widget(dialog.tabs.count() - 1) is dialog.development_tab
    new = EmployeeDialog(ddb, runner, OrgUnitService(ddb).tree(), None)
    qtbot.addWidget(new)
    assert new.development_tab is None
    assert "Pengembangan" not in [new.tabs.tabText(i) for i in range(new.tabs.count())]


def test_the_bars_are_the_services_years(tab: DevelopmentTab, ddb: Database, facts: Facts) -> None:
    years = ComplianceService(ddb).riwayat_jp(facts.known, THIS_YEAR, YEARS_SHOWN)
    bars = tab.bars.bars()
    assert [(b.tahun, b.jp, b.target) for b in bars] == [tuple(y) for y in years]
    assert [b.tahun for b in bars] == list(range(THIS_YEAR - 4, THIS_YEAR + 1))
    assert all(b.dikonfirmasi for b in bars)  # a PNS: the target is the rule's
    by_year = {b.tahun: b for b in bars}
    # TAHUN: the Bimtek (24) and the semester of the study that ended in it.
    study = TrainingService(ddb).tugas_belajar(facts.study)
    assert by_year[TAHUN].jp == 24 + study.jp_per_tahun.get(TAHUN, 0)
    assert by_year[TAHUN - 1].jp == study.jp_per_tahun.get(TAHUN - 1, 0)  # the course failed
    assert tab.bars.summary().splitlines()[-1].startswith(f"{THIS_YEAR}: ")
    assert tab.summary.text().startswith("2 kegiatan, 1 tugas belajar; ")


def test_an_unconfirmed_target_is_marked_on_the_bars(
    make_dialog: Callable[..., EmployeeDialog], facts: Facts
) -> None:
    tab = tab_of(make_dialog(facts.pppk))
    confirmed, note = target_dikonfirmasi("PPPK", THIS_YEAR)
    assert not confirmed
    last = tab.bars.bars()[-1]
    assert (last.dikonfirmasi, last.catatan) == (False, note)
    if last.target:
        assert "(target belum dikonfirmasi)" in tab.bars.summary()


def test_the_list_is_the_services_history(
    tab: DevelopmentTab, trainings: TrainingService, facts: Facts
) -> None:
    riwayat = trainings.riwayat(facts.known)
    assert tab.model.records() == riwayat
    assert len(riwayat) == 3
    failed = row_of(tab, "pelatihan", facts.failed)
    cells = [tab.model.index(failed, c).data() for c in range(tab.model.columnCount())]
    assert cells[0] == str(TAHUN - 1)
    assert cells[1] == "Kursus Analisis Data"
    assert cells[5] == "0"
    assert cells[6] == "Tidak lulus"
    assert "tidak lulus" in tab.model.index(failed, 5).data(Qt.ItemDataRole.ToolTipRole)
    study = row_of(tab, "tugas_belajar", facts.study)
    item = riwayat[study]
    assert tab.model.index(study, 5).data() == format_jp(item.jp)
    assert tab.model.index(study, 6).data() == "Berjalan"
    assert tab.model.index(study, 3).data() == "Universitas Padjadjaran"


def test_the_model_passes_the_model_tester(qtmodeltester: Any, tab: DevelopmentTab) -> None:
    assert isinstance(tab.model, RiwayatModel) and tab.model.rowCount() == 3
    qtmodeltester.check(tab.model)
    tab.model.sort(5, Qt.SortOrder.DescendingOrder)
    jps = [i.jp for i in tab.model.records()]
    assert jps == sorted(jps, reverse=True)
    qtmodeltester.check(tab.model)


def test_an_activity_saved_elsewhere_reaches_the_tab(
    qtbot: QtBot, tab: DevelopmentTab, trainings: TrainingService, facts: Facts
) -> None:
    pelatihan = trainings.create(
        PelatihanDraft(
            nama="Bimtek Literasi Digital",
            jenis_diklat="8",
            mulai=date(TAHUN, 9, 1),
            selesai=date(TAHUN, 9, 2),
            jumlah=10,
        )
    )
    trainings.enroll(pelatihan, [facts.known])
    before = {b.tahun: b.jp for b in tab.bars.bars()}[TAHUN]
    hub(tab.runner).changed.emit(Changes(competency={"pelatihan"}))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10000)
    settle(qtbot, tab.runner)
    counted = trainings.pelatihan(pelatihan).jp
    assert counted == 10
    assert {b.tahun: b.jp for b in tab.bars.bars()}[TAHUN] == before + counted


# -- degree study ---------------------------------------------------------------------------


def test_a_degree_study_added(
    qtbot: QtBot, tab: DevelopmentTab, trainings: TrainingService, facts: Facts
) -> None:
    assert tab.add_button.isEnabled()
    assert not tab.edit_button.isEnabled()  # no study row chosen
    dialog = open_study(qtbot, tab, tab.add_button)
    fill(
        dialog,
        jenis="tugas_belajar",
        program_studi="Magister Informatika",
        institusi="Institut Teknologi Bandung",
        mulai="01-08-2019",
        selesai="31-07-2021",
        status="lulus",
        sk_nomor="893/045-BKPSDM",
        biaya="Rp 60.000.000",
    )
    dialog.jenjang.setCurrentText("S2")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click_save(dialog)
    studies = trainings.tugas_belajar_of(facts.known)
    added = next(s for s in studies if s.institusi == "Institut Teknologi Bandung")
    assert (added.jenis, added.jenjang, added.status, added.biaya) == (
        "tugas_belajar",
        "S2",
        "lulus",
        60_000_000,
    )
    assert (added.mulai, added.selesai) == (date(2019, 8, 1), date(2021, 7, 31))
    assert added.jp == 80  # four semesters
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10000)
    settle(qtbot, tab.runner)
    assert tab.model.records() == trainings.riwayat(facts.known)


@pytest.mark.parametrize(
    ("values", "field", "says"),
    [
        ({"mulai": "01-08-2021", "selesai": "31-07-2020"}, "selesai", "sebelum tanggal mulai"),
        ({"mulai": "31-02-2021"}, "mulai", ""),
        ({"mulai": ""}, "mulai", "wajib diisi"),
        ({"program_studi": ""}, "program_studi", ""),
        ({"status": "lulus", "selesai": ""}, "selesai", "perlu tanggal selesainya"),
        ({"biaya": "1,5 juta"}, "biaya", "rupiah"),
    ],
)
def test_bad_input_saves_nothing(
    qtbot: QtBot,
    tab: DevelopmentTab,
    trainings: TrainingService,
    facts: Facts,
    values: dict[str, str],
    field: str,
    says: str,
) -> None:
    before = trainings.tugas_belajar_of(facts.known)
    dialog = open_study(qtbot, tab, tab.add_button)
    fill(
        dialog,
        program_studi="Magister Informatika",
        institusi="Institut Teknologi Bandung",
        mulai="01-08-2021",
    )
    fill(dialog, **values)
    click_save(dialog)
    qtbot.waitUntil(lambda: bool(dialog.rows[field].problem()), timeout=10000)
    assert says in dialog.rows[field].problem()
    assert dialog.isVisible() and not dialog.saving
    assert dialog.summary.text().startswith("Belum disimpan:")
    assert trainings.tugas_belajar_of(facts.known) == before
    dialog.reject()


def test_a_degree_study_changed(
    qtbot: QtBot, tab: DevelopmentTab, trainings: TrainingService, facts: Facts
) -> None:
    select(tab, "tugas_belajar", facts.study)
    assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()
    before = trainings.tugas_belajar(facts.study)
    dialog = open_study(qtbot, tab, tab.edit_button)
    assert dialog.program_studi.text() == "Magister Administrasi Publik"
    assert dialog.jenis.currentData() == "izin_belajar"
    assert dialog.jp_label.text().startswith(f"JP dihitung sampai hari ini: {format_jp(before.jp)}")
    fill(dialog, institusi="Universitas Pendidikan Indonesia")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        click_save(dialog)
    after = trainings.tugas_belajar(facts.study)
    assert after.institusi == "Universitas Pendidikan Indonesia"
    assert after.revision == before.revision + 1
    qtbot.waitUntil(
        lambda: (
            tab.model.index(row_of(tab, "tugas_belajar", facts.study), 3).data()
            == "Universitas Pendidikan Indonesia"
        ),
        timeout=10000,
    )
    settle(qtbot, tab.runner)


def test_a_stale_change_shows_the_message_and_keeps_the_edit(
    qtbot: QtBot,
    tab: DevelopmentTab,
    trainings: TrainingService,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    select(tab, "tugas_belajar", facts.study)
    dialog = open_study(qtbot, tab, tab.edit_button)
    study = trainings.tugas_belajar(facts.study)
    draft = study.as_draft()
    trainings.update_tugas_belajar(
        facts.study,
        TugasBelajarDraft(**{**draft.__dict__, "sk_nomor": "893/099"}),
        expected_revision=study.revision,
    )
    fill(dialog, institusi="Universitas Pendidikan Indonesia")
    click_save(dialog)
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert "sudah diubah di tempat lain" in dialogs_shown[0]
    dialogs_shown.clear()
    assert dialog.isVisible() and dialog.institusi.text() == "Universitas Pendidikan Indonesia"
    assert trainings.tugas_belajar(facts.study).institusi == "Universitas Padjadjaran"
    dialog.reject()


def test_a_degree_study_removed(
    qtbot: QtBot,
    tab: DevelopmentTab,
    trainings: TrainingService,
    facts: Facts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    select(tab, "tugas_belajar", facts.study)
    tab.remove_button.click()
    assert asked == [
        "Hapus Izin belajar S2 Magister Administrasi Publik di Universitas Padjadjaran? "
        "JP semesternya tidak dihitung lagi."
    ]
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2, timeout=10000)
    settle(qtbot, tab.runner)
    assert trainings.tugas_belajar_of(facts.known) == []
    assert not tab.edit_button.isEnabled()


def test_a_viewer_reads_it_all_and_cannot_change_a_study(
    qtbot: QtBot,
    make_dialog: Callable[..., EmployeeDialog],
    trainings: TrainingService,
    facts: Facts,
    ddb: Database,
) -> None:
    tab = tab_of(make_dialog(username="viewer"))
    assert tab.model.records() == trainings.riwayat(facts.known)
    assert len(tab.bars.bars()) == YEARS_SHOWN
    reason = denial_text(ddb.user, Permission.EDIT)
    assert reason is not None
    select(tab, "tugas_belajar", facts.study)
    for button in (tab.add_button, tab.edit_button, tab.remove_button):
        assert not button.isEnabled()
        assert button.toolTip() == reason
    tab.add_study()
    tab.remove_study()
    assert tab.dialog is None
    # A double click shows the study, read-only.
    index = tab.model.index(row_of(tab, "tugas_belajar", facts.study), 1)
    tab.table.activated.emit(index)
    dialog = tab.dialog
    assert isinstance(dialog, DegreeStudyDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert dialog.program_studi.isReadOnly() and not dialog.jenis.isEnabled()
    assert dialog.summary.text() == reason
    assert dialog.windowTitle().endswith("(hanya baca)")
    assert dialog.save() is False
    dialog.reject()
