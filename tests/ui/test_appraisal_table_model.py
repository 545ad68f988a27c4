"""The appraisal list's table model on real data: the model tester, its cells, the sort keys
of its columns, and rows deleted since the id list was made."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from accounts import open_as
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from asn_desktop.db.backup import copy_database
from asn_desktop.services.appraisal_list import (
    STATUS_LABELS,
    AppraisalListService,
    AppraisalQuery,
    AppraisalRow,
)
from asn_desktop.services.appraisals import AppraisalService
from asn_desktop.services.database import Database
from asn_desktop.ui.appraisal_table_model import (
    COLUMNS,
    NAMA,
    NIP,
    PENILAI,
    PREDIKAT,
    STATUS,
    STATUS_TEXTS,
    UNIT,
    AppraisalTableModel,
)
from asn_desktop.ui.id_table_model import PAGE_SIZE

from .appraisal_data import BY_KEY, SKP_ORDER, TAHUN, Facts, appraisal_template, names


@pytest.fixture(scope="session")
def appraisal_ui_template(
    initialised_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Facts]:
    return appraisal_template(initialised_template, tmp_path_factory.mktemp("appraisal-ui"))


@pytest.fixture
def facts(appraisal_ui_template: tuple[Path, Facts]) -> Facts:
    return appraisal_ui_template[1]


@pytest.fixture
def adb(appraisal_ui_template: tuple[Path, Facts], tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "appraisal.sqlite"
    copy_database(appraisal_ui_template[0], dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def service(adb: Database) -> AppraisalListService:
    return AppraisalListService(adb)


class CountingFetcher:
    def __init__(self, service: AppraisalListService) -> None:
        self.service = service
        self.calls: list[list[int]] = []

    def __call__(self, ids: Sequence[int]) -> dict[int, AppraisalRow]:
        self.calls.append(list(ids))
        return self.service.rows(ids)


def _shown(model: AppraisalTableModel, column: int = NAMA) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, service: AppraisalListService
) -> None:
    model = AppraisalTableModel(service.rows)
    model.set_ids(service.search_ids(AppraisalQuery(tahun=TAHUN)))
    assert model.rowCount() == len(SKP_ORDER)
    qtmodeltester.check(model)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers == ["NIP", "Nama", "Unit kerja", "Pejabat penilai", "Status", "Predikat"]


def test_a_long_list_passes_the_model_tester_across_pages(
    qtmodeltester: ModelTester, service: AppraisalListService
) -> None:
    """More rows than a page: the same SKPs over and over (the model takes any id list)."""
    ids = service.search_ids(AppraisalQuery(tahun=TAHUN))
    model = AppraisalTableModel(service.rows)
    model.set_ids(ids * (PAGE_SIZE // len(ids) + 2))
    assert model.rowCount() > PAGE_SIZE
    qtmodeltester.check(model)


def test_cells_show_the_row_of_each_skp(service: AppraisalListService, facts: Facts) -> None:
    fetcher = CountingFetcher(service)
    model = AppraisalTableModel(fetcher)
    model.set_ids(service.search_ids(AppraisalQuery(tahun=TAHUN)))
    assert _shown(model) == names("kasi hidayat ahmad budi dewi kabid siti")
    assert fetcher.calls == [model.ids()]  # one page read for all the rows shown

    ahmad = model.row_of(facts.skp["ahmad"])
    assert ahmad is not None
    assert model.index(ahmad, NIP).data() == "19850315 201001 1 002"
    assert model.index(ahmad, UNIT).data() == "Seksi Pengembangan Aplikasi"
    assert model.index(ahmad, PENILAI).data() == "Agus Salim, S.Kom."
    assert model.index(ahmad, STATUS).data() == "Final"
    assert model.index(ahmad, PREDIKAT).data() == "Sangat Baik"
    assert model.index(ahmad, NAMA).data(AppraisalTableModel.ID_ROLE) == facts.skp["ahmad"]
    # The PPPK's NI PPPK is grouped like a NIP.
    dewi = model.row_of(facts.skp["dewi"])
    assert dewi is not None
    assert model.index(dewi, NIP).data() == "19910505 202321 2 004"

    statuses = {model.index(r, NAMA).data(): model.index(r, STATUS).data() for r in range(7)}
    assert statuses == {
        BY_KEY["kasi"].shown: "Final (diubah)",
        BY_KEY["hidayat"].shown: "Belum dievaluasi",
        BY_KEY["ahmad"].shown: "Final",
        BY_KEY["budi"].shown: "Draf",
        BY_KEY["dewi"].shown: "Draf",
        BY_KEY["kabid"].shown: "Dibuka kembali",
        BY_KEY["siti"].shown: "Final",
    }
    hidayat = model.row_of(facts.skp["hidayat"])
    assert hidayat is not None
    assert model.index(hidayat, PREDIKAT).data() == ""
    assert model.index(hidayat, PREDIKAT).data(Qt.ItemDataRole.ToolTipRole) == (
        "Belum ada predikat"
    )


def test_the_status_texts_are_the_services_labels() -> None:
    """Marked again for translation in the model: the same keys and Indonesian words."""
    assert STATUS_TEXTS == STATUS_LABELS


@pytest.mark.parametrize(
    ("column", "descending", "expected"),
    [
        (NAMA, False, "kasi hidayat ahmad budi dewi kabid siti"),
        (NAMA, True, "siti kabid dewi budi ahmad hidayat kasi"),
        (NIP, False, "kabid kasi ahmad hidayat siti dewi budi"),
        # Units by name (ties by the SKP's age): Bidang Aplikasi, Bidang Statistik, Seksi.
        (UNIT, False, "budi kabid hidayat kasi ahmad siti dewi"),
        # draft, final (also amended), none, reopened
        (STATUS, False, "dewi budi kasi ahmad siti hidayat kabid"),
        # none first, then baik, sangat_baik (keys, as stored)
        (PREDIKAT, False, "hidayat siti dewi kabid kasi ahmad budi"),
    ],
)
def test_each_sortable_column_asks_for_the_services_order(
    service: AppraisalListService, column: int, descending: bool, expected: str
) -> None:
    model = AppraisalTableModel(service.rows)
    asked: list[tuple[str, bool]] = []
    model.sortRequested.connect(lambda key, desc: asked.append((key, desc)))
    order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    model.sort(column, order)
    assert asked == [(COLUMNS[column][0], descending)]
    key, desc = asked[0]
    model.set_ids(service.search_ids(AppraisalQuery(tahun=TAHUN, sort=key, descending=desc)))
    assert _shown(model) == names(expected)


def test_the_appraisers_column_does_not_sort(service: AppraisalListService) -> None:
    model = AppraisalTableModel(service.rows)
    asked: list[tuple[str, bool]] = []
    model.sortRequested.connect(lambda key, desc: asked.append((key, desc)))
    model.sort(PENILAI, Qt.SortOrder.AscendingOrder)
    assert asked == []


def test_a_row_deleted_since_the_list_was_made_shows_as_deleted(
    adb: Database, service: AppraisalListService, facts: Facts
) -> None:
    ids = service.search_ids(AppraisalQuery(tahun=TAHUN))
    model = AppraisalTableModel(service.rows)
    model.set_ids(ids)
    # hidayat's SKP has no evaluation: it may be deleted.
    appraisals = AppraisalService(adb)
    skp = appraisals.skp(facts.skp["hidayat"])
    appraisals.delete_skp(skp.id, expected_revision=skp.revision)
    model.refresh_id(facts.skp["hidayat"])
    row = model.row_of(facts.skp["hidayat"])
    assert row is not None
    assert model.index(row, NIP).data() == "(dihapus)"
    assert model.index(row, NAMA).data() == ""
    assert model.item_at(row) is None
    # The others are read as before.
    assert model.index(0, NAMA).data() == BY_KEY["kasi"].shown
