"""The participant picker: the register narrowed by name, NIP, unit (with the units below),
status and kind of position; ticks kept across filters, "select all shown", the enrolled
greyed out; Daftarkan enrolling everyone ticked in one service call; the service's refusal
said in the picker; a viewer; the candidate model under the model tester. On the agency of
tests/ui/training_data.py (45 people; see its docstring)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.trainings import TrainingService
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.participant_picker import NAMA, NIP, CandidateTableModel, ParticipantPicker
from asn_desktop.ui.tasks import TaskRunner

from .training_data import (
    PEOPLE,
    TrainingAgency,
    copy_training_agency,
    jenis_jabatan_of,
    nama_of,
    nip_of,
    recent_workshop,
    status_of,
    training_template,
    unit_of,
)

Make = Callable[..., ParticipantPicker]


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


@pytest.fixture
def workshop(trainings: TrainingService) -> int:
    return trainings.create(recent_workshop())


def settle(qtbot: QtBot, picker: ParticipantPicker) -> None:
    qtbot.waitUntil(lambda: not picker.runner.busy(), timeout=10000)


@pytest.fixture
def make_picker(qtbot: QtBot, tdb: Database, runner: TaskRunner, workshop: int) -> Iterator[Make]:
    def make(pelatihan_id: int = workshop, **kwargs: Any) -> ParticipantPicker:
        picker = ParticipantPicker(tdb, runner, pelatihan_id, nama="Workshop", **kwargs)
        qtbot.addWidget(picker)
        picker.show()
        qtbot.waitUntil(lambda: picker.searches > 0 and picker.unit_filter.count() > 1)
        settle(qtbot, picker)
        return picker

    yield make
    runner.wait()


def names(picker: ParticipantPicker) -> list[str]:
    model = picker.model
    return [str(model.index(r, NAMA).data()) for r in range(model.rowCount())]


def wait_for(qtbot: QtBot, picker: ParticipantPicker, people: list[int]) -> None:
    """Until the list shows exactly these people (by number), in name order."""
    expected = sorted(nama_of(n) for n in people)
    qtbot.waitUntil(lambda: names(picker) == expected, timeout=5000)
    settle(qtbot, picker)


def choose(combo: Any, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_the_filters_narrow_the_register(
    qtbot: QtBot, make_picker: Make, agency: TrainingAgency
) -> None:
    picker = make_picker()
    assert picker.windowTitle() == "Tambah peserta — Workshop"
    wait_for(qtbot, picker, list(range(PEOPLE)))
    assert picker.count_label.text() == "45 pegawai tampil · 0 dipilih"
    assert not picker.ok_button.isEnabled() and picker.ok_button.text() == "&Daftarkan"
    # A unit with the units below it: Bidang holds its own 10 and the Seksi's 20.
    choose(picker.unit_filter, agency.units["BIDANG"])
    wait_for(qtbot, picker, list(range(30)))
    choose(picker.status_filter, "PPPK")
    wait_for(qtbot, picker, [n for n in range(30) if status_of(n) == "PPPK"])
    choose(picker.status_filter, None)
    choose(picker.jenis_filter, "FUNGSIONAL_KEAHLIAN")
    wait_for(qtbot, picker, [n for n in range(30) if jenis_jabatan_of(n) == "FUNGSIONAL_KEAHLIAN"])
    choose(picker.unit_filter, agency.units["SEKSI"])
    wait_for(qtbot, picker, [])
    assert picker.count_label.text() == "0 pegawai tampil · 0 dipilih"
    assert not picker.select_all_button.isEnabled()
    choose(picker.jenis_filter, None)
    choose(picker.unit_filter, None)
    # Search by name (every word), then by NIP digits.
    qtbot.keyClicks(picker.search, "dewi perm")
    wait_for(qtbot, picker, [n for n in range(PEOPLE) if nama_of(n) == "Dewi Permana"])
    picker.search.clear()
    nip = nip_of(33)[0]
    qtbot.keyClicks(picker.search, nip[:8] + " " + nip[8:14])
    wait_for(qtbot, picker, [33])
    assert picker.model.index(0, NIP).data().replace(" ", "") == nip


def test_the_kind_of_position_is_a_filter_of_the_registers_query(
    qtbot: QtBot, make_picker: Make, agency: TrainingAgency, tdb: Database
) -> None:
    from asn_desktop.services.employees import EmployeeQuery

    picker = make_picker()
    choose(picker.jenis_filter, "FUNGSIONAL_KEAHLIAN")
    picker.table.horizontalHeader().setSortIndicator(NIP, Qt.SortOrder.DescendingOrder)
    expected = EmployeeService(tdb).search_ids(
        EmployeeQuery(jenis_jabatan="FUNGSIONAL_KEAHLIAN", sort="nip", descending=True)
    )
    assert set(expected) == {agency.people[n] for n in range(8)}
    qtbot.waitUntil(lambda: picker.model.ids() == expected, timeout=5000)
    settle(qtbot, picker)
    # With a name and a status as well, in the one query: of the three Dewis only person 6
    # is Fungsional Keahlian (21 and 36 are Pelaksana).
    choose(picker.status_filter, "PNS")
    qtbot.keyClicks(picker.search, "dewi")
    qtbot.waitUntil(lambda: picker.model.ids() == [agency.people[6]], timeout=5000)
    settle(qtbot, picker)
    choose(picker.jenis_filter, None)
    both = {agency.people[6], agency.people[36]}  # 21 is PPPK
    qtbot.waitUntil(lambda: set(picker.model.ids()) == both, timeout=5000)
    settle(qtbot, picker)


def test_enter_in_the_search_box_searches_and_enrols_nobody(
    qtbot: QtBot, make_picker: Make, trainings: TrainingService, workshop: int
) -> None:
    picker = make_picker()
    picker.select_all_button.click()
    picker.search.setFocus()
    qtbot.keyClicks(picker.search, "joko")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    wait_for(qtbot, picker, [n for n in range(PEOPLE) if nama_of(n).startswith("Joko")])
    assert picker.isVisible() and trainings.peserta(workshop) == []


def test_forty_people_are_enrolled_in_a_couple_of_clicks_in_one_call(
    qtbot: QtBot,
    make_picker: Make,
    agency: TrainingAgency,
    trainings: TrainingService,
    workshop: int,
) -> None:
    picker = make_picker()
    calls: list[list[int]] = []
    enroll = picker.service.enroll

    def counted(pelatihan_id: int, ids: Iterable[int]) -> int:
        chosen = list(ids)
        calls.append(chosen)
        return enroll(pelatihan_id, chosen)

    picker.service.enroll = counted  # type: ignore[method-assign]
    # The Bidang (30 people) and 10 of the Sekretariat: ticks stay across the filters.
    choose(picker.unit_filter, agency.units["BIDANG"])
    wait_for(qtbot, picker, list(range(30)))
    picker.select_all_button.click()
    choose(picker.unit_filter, agency.units["SEKRETARIAT"])
    wait_for(qtbot, picker, list(range(30, PEOPLE)))
    assert "30 dipilih (30 tidak tampil karena saringan)" in picker.count_label.text()
    for row in range(10):
        index = picker.model.index(row, NIP)
        assert picker.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert picker.ok_button.text() == "&Daftarkan 40 peserta"
    with qtbot.waitSignal(picker.saved, timeout=10000) as saved:
        picker.ok_button.click()
    assert saved.args == [40]
    assert len(calls) == 1 and len(calls[0]) == 40
    enrolled = {p.employee_id for p in trainings.peserta(workshop)}
    shown_sekretariat = picker.model.ids()[:10]
    assert enrolled == {agency.people[n] for n in range(30)} | set(shown_sekretariat)
    assert not picker.isVisible() and picker.enrolled_count == 40


def test_the_enrolled_are_shown_ticked_and_cannot_be_ticked_again(
    qtbot: QtBot,
    make_picker: Make,
    agency: TrainingAgency,
    trainings: TrainingService,
    workshop: int,
) -> None:
    already = [agency.people[n] for n in (0, 1, 2)]
    trainings.enroll(workshop, already)
    picker = make_picker(enrolled=already)
    choose(picker.unit_filter, agency.units["BIDANG"])
    wait_for(qtbot, picker, list(range(30)))
    model = picker.model
    row = model.row_of(already[0])
    assert row is not None
    index = model.index(row, NIP)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
    assert "sudah terdaftar" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    picker.select_all_button.click()
    assert len(model.checked) == 27 and not set(already) & model.checked
    picker.clear_button.click()
    assert not model.checked and not picker.ok_button.isEnabled()


def test_space_ticks_the_selected_rows(
    qtbot: QtBot, make_picker: Make, agency: TrainingAgency
) -> None:
    picker = make_picker()
    picker.table.setFocus()
    picker.table.selectRow(0)
    qtbot.keyClick(picker.table, Qt.Key.Key_Space)
    first = picker.model.id_at(0)
    assert picker.model.checked == {first}
    qtbot.keyClick(picker.table, Qt.Key.Key_Space)
    assert picker.model.checked == set()


def test_a_refusal_is_said_in_the_picker_and_enrols_nobody(
    qtbot: QtBot,
    make_picker: Make,
    agency: TrainingAgency,
    trainings: TrainingService,
    workshop: int,
) -> None:
    picker = make_picker()
    choose(picker.unit_filter, agency.units["BIDANG"])
    wait_for(qtbot, picker, list(range(30)))
    picker.select_all_button.click()
    # Meanwhile another clerk enrols one of them.
    trainings.enroll(workshop, [agency.people[5]])
    picker.ok_button.click()
    qtbot.waitUntil(lambda: picker.message.isVisibleTo(picker), timeout=10000)
    settle(qtbot, picker)
    assert "sudah terdaftar sebagai peserta" in picker.message.text()
    assert nama_of(5) in picker.message.text()
    assert [p.employee_id for p in trainings.peserta(workshop)] == [agency.people[5]]
    assert picker.isVisible() and len(picker.model.checked) == 30


def test_a_viewer_may_look_but_not_enrol(
    qtbot: QtBot, make_picker: Make, tdb: Database, trainings: TrainingService, workshop: int
) -> None:
    tdb.assume_user("viewer")
    picker = make_picker()
    picker.select_all_button.click()
    assert len(picker.model.checked) == PEOPLE
    assert not picker.ok_button.isEnabled()
    assert "viewer" in picker.ok_button.toolTip()
    assert "viewer" in picker.message.text()
    picker.accept()
    tdb.assume_user("admin")
    assert trainings.peserta(workshop) == []


def test_the_candidate_model_passes_the_model_tester(
    qtmodeltester: ModelTester, tdb: Database, agency: TrainingAgency
) -> None:
    employees = EmployeeService(tdb)
    from asn_desktop.services.employees import EmployeeQuery

    fetcher = GuardedFetcher(employees.rows, lambda _exc: None, (Exception,))
    model = CandidateTableModel(fetcher, enrolled=[agency.people[0]])
    model.set_ids(employees.search_ids(EmployeeQuery()))
    model.set_checked([agency.people[3], agency.people[4]], True)
    qtmodeltester.check(model)
    row = model.row_of(agency.people[3])
    assert row is not None
    assert model.index(row, NIP).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.index(row, NAMA).data(Qt.ItemDataRole.CheckStateRole) is None
    assert unit_of(3) == "BIDANG"
    assert model.index(row, 3).data() == "Bidang Aplikasi Informatika"
