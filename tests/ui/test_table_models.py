"""The register's table model and the history tab model, on real data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.services.employees import EmployeeQuery, EmployeeRow, EmployeeService
from asn_desktop.ui.employee_dialog import HistoryTableModel
from asn_desktop.ui.employee_table_model import COLUMNS, PAGE_SIZE, EmployeeTableModel

from .conftest import KNOWN_JABATAN, KNOWN_NAMA, TOTAL

NIP, NAMA, GOLONGAN = 0, 1, 2


class CountingFetcher:
    """service.rows, remembering every id batch the model asked for."""

    def __init__(self, service: EmployeeService) -> None:
        self.service = service
        self.calls: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> dict[int, EmployeeRow]:
        self.calls.append(list(ids))
        return self.service.rows(ids)


def _model(service: EmployeeService) -> tuple[EmployeeTableModel, CountingFetcher]:
    fetcher = CountingFetcher(service)
    model = EmployeeTableModel(fetcher)
    model.set_ids(service.search_ids(EmployeeQuery()))
    return model, fetcher


def test_employee_model_passes_the_model_tester(
    qtmodeltester: ModelTester, service: EmployeeService
) -> None:
    model, _fetcher = _model(service)
    assert model.rowCount() == TOTAL > PAGE_SIZE
    qtmodeltester.check(model)


def test_history_model_passes_the_model_tester(
    qtmodeltester: ModelTester, service: EmployeeService, known_id: int
) -> None:
    model = HistoryTableModel()
    items = service.histories(known_id)["pangkat"]
    model.set_items(items)
    assert model.rowCount() == 2
    qtmodeltester.check(model)
    # Newest first, dates as the clerk types them.
    assert model.index(0, 0).data() == "01-04-2014"
    assert model.index(0, 1).data() == "Penata Muda Tingkat I (III/b)"
    assert model.index(0, 2).data() == "823/014"
    assert model.index(0, 3).data() == ""  # no decree date
    assert model.headerData(0, Qt.Orientation.Horizontal) == "TMT"


def test_nip_is_shown_grouped_and_the_row_rendered(service: EmployeeService, known_id: int) -> None:
    model, _fetcher = _model(service)
    row = model.row_of(known_id)
    assert row is not None
    assert model.index(row, NIP).data() == "19850315 201001 1 002"
    assert model.index(row, NAMA).data() == f"{KNOWN_NAMA}, S.Kom."
    assert model.index(row, GOLONGAN).data() == "III/b"
    assert model.index(row, 3).data() == KNOWN_JABATAN
    assert model.index(row, 5).data() == "PNS"
    assert model.index(row, NAMA).data(EmployeeTableModel.ID_ROLE) == known_id
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))] == [
        "NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "Status",
    ]  # fmt: skip


def test_rows_are_fetched_a_page_at_a_time_and_beyond_the_first_page(
    service: EmployeeService,
) -> None:
    model, fetcher = _model(service)
    ids = model.ids()
    last = model.rowCount() - 1
    expected = service.rows([ids[last]])[ids[last]]

    assert model.index(last, NAMA).data() == expected.nama_lengkap
    assert fetcher.calls == [ids[PAGE_SIZE : 2 * PAGE_SIZE]]  # only the page of that row
    assert model.index(0, NAMA).data() == service.rows([ids[0]])[ids[0]].nama_lengkap
    assert fetcher.calls[-1] == ids[:PAGE_SIZE]
    for row in range(model.rowCount()):
        assert model.index(row, NIP).data().count(" ") == 3  # every row rendered
    assert len(fetcher.calls) == 2  # both pages were cached


def test_a_row_missing_from_the_database_says_so(service: EmployeeService) -> None:
    model = EmployeeTableModel(lambda ids: {})
    model.set_ids([123])
    assert model.index(0, NIP).data() == "(dihapus)"
    assert model.index(0, NAMA).data() == ""


def test_refresh_employee_repaints_the_edited_row(
    qtbot: QtBot, service: EmployeeService, known_id: int
) -> None:
    model, fetcher = _model(service)
    row = model.row_of(known_id)
    assert row is not None
    assert model.index(row, NAMA).data() == f"{KNOWN_NAMA}, S.Kom."
    record = service.get(known_id)
    service.update(
        known_id,
        replace(record.draft, gelar_depan="Drs."),
        expected_revision=record.revision,
    )
    assert model.index(row, NAMA).data() == f"{KNOWN_NAMA}, S.Kom."  # still the cached page

    with qtbot.waitSignal(model.dataChanged) as changed:
        model.refresh_employee(known_id)
    top_left, bottom_right = changed.args[:2]
    assert (top_left.row(), top_left.column()) == (row, 0)
    assert (bottom_right.row(), bottom_right.column()) == (row, len(COLUMNS) - 1)
    assert model.index(row, NAMA).data() == f"Drs. {KNOWN_NAMA}, S.Kom."
    calls = len(fetcher.calls)
    model.refresh_employee(999_999)  # not listed: nothing to forget
    model.index(row, NAMA).data()
    assert len(fetcher.calls) == calls


def test_set_ids_resets_the_model_and_its_cache(qtbot: QtBot, service: EmployeeService) -> None:
    model, fetcher = _model(service)
    ids = model.ids()
    model.index(0, NAMA).data()
    subset = list(reversed(ids[:5]))
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset], order="strict"):
        model.set_ids(subset)
    assert model.rowCount() == 5
    assert [model.id_at(r) for r in range(5)] == subset
    assert model.id_at(5) is None and model.id_at(-1) is None
    assert model.index(0, NAMA).data() == service.rows([subset[0]])[subset[0]].nama_lengkap
    assert fetcher.calls[-1] == subset  # the old page was not reused

    model.set_ids([])
    assert model.rowCount() == 0
    assert model.row_of(subset[0]) is None


def test_clicking_sort_asks_the_owner_for_a_sorted_id_list(
    qtbot: QtBot, service: EmployeeService
) -> None:
    model, _fetcher = _model(service)
    with qtbot.waitSignal(model.sortRequested) as request:
        model.sort(GOLONGAN, Qt.SortOrder.DescendingOrder)
    assert request.args == ["golongan", True]
    with qtbot.waitSignal(model.sortRequested) as request:
        model.sort(NIP, Qt.SortOrder.AscendingOrder)
    assert request.args == ["nip", False]
