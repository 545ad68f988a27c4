"""The register view: the column chooser, widths that follow the window, the empty-result
hint with its reset, the "Pegawai nonaktif" filter, and deletion that asks for a reason."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QPoint, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from asn_desktop.services.employees import (
    COLUMN_SORT,
    DEFAULT_COLUMNS,
    REGISTER_COLUMNS,
    EmployeeQuery,
    EmployeeService,
    LeavingEntry,
    masa_kerja_text,
    usia_text,
)
from asn_desktop.ui import leaving_dialog
from asn_desktop.ui.column_chooser import ColumnChooser, header_state_sections
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.employee_table_model import ALL_COLUMNS, EmployeeTableModel
from asn_desktop.ui.leaving_dialog import ReasonDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import (
    REGISTER_COLUMN_KEYS,
    REGISTER_DEFAULT_COLUMNS,
    AppSettings,
)
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NIP, TOTAL, wait_for_ids

TODAY = date(2025, 6, 1)
LABELS = [
    "NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "Status", "Tanggal lahir", "Usia",
    "TMT golongan", "Masa kerja", "Tanggal pensiun (BUP)", "Kedudukan hukum", "Keluar",
]  # fmt: skip


def _rows(register: EmployeeRegister) -> list[int]:
    return register.model.ids()


def _query(register: EmployeeRegister, **filters: object) -> EmployeeQuery:
    return EmployeeQuery(sort=register._sort[0], descending=register._sort[1], **filters)  # type: ignore[arg-type]


def _retire(service: EmployeeService, employee_id: int) -> None:
    record = service.get(employee_id)
    service.record_leaving(
        employee_id,
        LeavingEntry(
            jenis="pensiun",
            tanggal=date(2024, 4, 1),
            alasan="Mencapai batas usia pensiun",
            sk_nomor="800/PENS/2024",
        ),
        expected_revision=record.revision,
    )


# -- the columns' keys agree with the service's ------------------------------------------------


def test_the_ui_knows_the_services_columns_and_their_sort_keys() -> None:
    assert REGISTER_COLUMN_KEYS == REGISTER_COLUMNS == tuple(ALL_COLUMNS)
    assert REGISTER_DEFAULT_COLUMNS == DEFAULT_COLUMNS
    assert {key: sort for key, (sort, _title, _attr) in ALL_COLUMNS.items()} == COLUMN_SORT


def test_register_columns_setting_is_validated_on_read() -> None:
    settings = AppSettings()
    assert settings.register_columns == list(DEFAULT_COLUMNS)
    settings.register_columns = ["usia", "nip", "keluar"]
    assert settings.register_columns == ["nip", "nama", "usia", "keluar"]  # order, NIP + Nama
    settings.store.setValue("employee_table/columns", ["gaji", "status", "nip"])  # hand-edited
    assert settings.register_columns == ["nip", "nama", "status"]
    settings.store.setValue("employee_table/columns", "usia")
    assert settings.register_columns == ["nip", "nama", "usia"]
    with pytest.raises(ValueError, match="gaji"):
        settings.register_columns = ["gaji"]


# -- the model with extra columns ------------------------------------------------------------


def test_model_with_every_column_passes_the_model_tester(
    qtmodeltester: ModelTester, service: EmployeeService, known_id: int
) -> None:
    model = EmployeeTableModel(service.rows)
    model.today = TODAY
    model.set_columns(REGISTER_COLUMNS)
    model.set_ids(service.search_ids(EmployeeQuery()))
    qtmodeltester.check(model)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(13)] == LABELS

    row = model.row_of(known_id)
    assert row is not None
    item = service.rows([known_id])[known_id]

    def shown(key: str) -> str:
        column = model.column_of(key)
        assert column is not None
        return str(model.index(row, column).data())

    assert shown("nip") == "19850315 201001 1 002"
    assert shown("tanggal_lahir") == "15-03-1985"
    assert shown("usia") == usia_text(item, TODAY) == "40 th 2 bl"
    assert shown("masa_kerja") == masa_kerja_text(item, TODAY) != ""
    assert shown("tmt_golongan") == "01-04-2014"
    assert shown("kedudukan_hukum") == item.kedudukan_hukum_nama != ""
    if item.tanggal_pensiun is not None:
        assert shown("tanggal_pensiun") == item.tanggal_pensiun.strftime("%d-%m-%Y")
    assert shown("keluar") == ""

    # Fewer columns: a reset, the same rows, sorting by the columns' keys.
    model.set_columns(["usia", "nama", "nip"])
    assert model.columns() == ("nip", "nama", "usia")
    qtmodeltester.check(model)
    asked: list[tuple[str, bool]] = []
    model.sortRequested.connect(lambda key, descending: asked.append((key, descending)))
    model.sort(2, Qt.SortOrder.DescendingOrder)
    assert asked == [("tanggal_lahir", True)]
    model.set_columns(["tanggal_pensiun"])
    model.sort(2)  # not sortable: nothing asked
    assert asked == [("tanggal_lahir", True)]


def test_the_keluar_column_shows_how_and_when(service: EmployeeService, known_id: int) -> None:
    _retire(service, known_id)
    model = EmployeeTableModel(service.rows)
    model.set_columns(["keluar", "kedudukan_hukum"])
    model.set_ids([known_id])
    assert model.index(0, model.column_of("keluar") or 0).data() == "Pensiun, 01-04-2024"
    assert model.index(0, model.column_of("kedudukan_hukum") or 0).data() == "Pensiun"


# -- the column chooser ------------------------------------------------------------------------


@pytest.fixture
def register(
    qtbot: QtBot, runner: TaskRunner, service: EmployeeService, units: list[object]
) -> EmployeeRegister:
    widget = EmployeeRegister(runner, settings=AppSettings())
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    widget.attach(service, units)  # type: ignore[arg-type]
    wait_for_ids(qtbot, widget, service.search_ids(_query(widget)))
    return widget


def _chooser(register: EmployeeRegister) -> ColumnChooser:
    header = register.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(20, header.height() // 2))  # right-click
    menus = [m for m in register.findChildren(ColumnChooser) if m.isVisible()]
    assert len(menus) == 1
    return menus[0]


def test_right_click_on_the_header_chooses_columns_kept_in_the_settings(
    qtbot: QtBot, register: EmployeeRegister, runner: TaskRunner, service: EmployeeService
) -> None:
    menu = _chooser(register)
    actions = menu.actions()
    assert [a.text() for a in actions] == LABELS
    assert [a.isChecked() for a in actions] == [True] * 6 + [False] * 7
    assert not actions[0].isEnabled() and not actions[1].isEnabled()  # NIP, Nama stay
    assert all(a.isEnabled() for a in actions[2:])

    menu.actions_by_key["usia"].trigger()
    menu.actions_by_key["status"].trigger()
    menu.close()
    header_texts = [
        register.model.headerData(c, Qt.Orientation.Horizontal)
        for c in range(register.model.columnCount())
    ]
    assert header_texts == ["NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "Usia"]
    assert register.settings is not None
    assert register.settings.register_columns == [
        "nip", "nama", "golongan", "jabatan", "unit", "usia",
    ]  # fmt: skip
    assert register.model.rowCount() == TOTAL  # the same rows

    again = EmployeeRegister(runner, settings=AppSettings())
    qtbot.addWidget(again)
    assert again.model.columns() == ("nip", "nama", "golongan", "jabatan", "unit", "usia")
    assert [a.isChecked() for a in _chooser(again).actions()][7] is True


def test_a_column_that_cannot_sort_shows_no_indicator_and_asks_nothing(
    qtbot: QtBot, register: EmployeeRegister, service: EmployeeService
) -> None:
    register.set_columns([*DEFAULT_COLUMNS, "tanggal_pensiun", "usia"])
    header = register.table.horizontalHeader()
    pensiun, usia = register.model.column_of("tanggal_pensiun"), register.model.column_of("usia")
    assert pensiun is not None and usia is not None
    before = (header.sortIndicatorSection(), header.sortIndicatorOrder())
    sorts: list[tuple[str, bool]] = []
    register.model.sortRequested.connect(lambda key, desc: sorts.append((key, desc)))

    _click_header(qtbot, register.table, pensiun)
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == before
    assert sorts == [] and register._sort == ("nama", False)

    _click_header(qtbot, register.table, usia)  # sorts by the birth date
    assert header.sortIndicatorSection() == usia and sorts and sorts[-1][0] == "tanggal_lahir"
    wait_for_ids(qtbot, register, service.search_ids(_query(register)))
    assert register._sort[0] == "tanggal_lahir"

    # Hiding the sorted column sorts by name again.
    register.set_columns(DEFAULT_COLUMNS)
    assert register._sort == ("nama", False)
    assert header.sortIndicatorSection() == register.model.column_of("nama")
    wait_for_ids(qtbot, register, service.search_ids(EmployeeQuery()))


def _click_header(qtbot: QtBot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_a_header_state_saved_for_other_columns_is_not_restored(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    six = EmployeeRegister(runner)
    qtbot.addWidget(six)
    header = six.table.horizontalHeader()
    header.resizeSection(1, 333)
    state = header.saveState()
    assert header_state_sections(state) == 6
    assert header_state_sections(QByteArray(b"not a header")) is None

    settings = AppSettings()
    settings.register_columns = [*DEFAULT_COLUMNS, "usia", "keluar"]
    eight = EmployeeRegister(runner, settings=settings)
    qtbot.addWidget(eight)
    assert not eight.restore_header(state)
    assert eight.table.horizontalHeader().count() == eight.model.columnCount() == 8
    assert eight.table.horizontalHeader().sectionSize(1) != 333

    same = EmployeeRegister(runner)
    qtbot.addWidget(same)
    assert same.restore_header(state)
    assert same.table.horizontalHeader().sectionSize(1) == 333


def test_a_header_state_of_the_old_six_columns_opens_the_window(
    qtbot: QtBot, runner: TaskRunner, db_file: Path, service: EmployeeService
) -> None:
    """A settings file of the previous version (six columns, their old widths and the sort
    by Nama) and the chooser's eight columns: the window opens with the eight."""
    old = EmployeeRegister(runner)
    qtbot.addWidget(old)
    for column, width in enumerate((170, 280, 60, 300, 260, 60)):
        old.table.horizontalHeader().resizeSection(column, width)
    settings = AppSettings()
    settings.employee_header = old.table.horizontalHeader().saveState()
    settings.register_columns = [*DEFAULT_COLUMNS, "tanggal_lahir", "usia"]
    settings.sync()
    from .conftest import sign_in

    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_file)
    sign_in(qtbot, window)
    wait_for_ids(qtbot, window.register, service.search_ids(EmployeeQuery()))
    header = window.register.table.horizontalHeader()
    assert header.count() == 8 and header.sortIndicatorSection() == 1
    assert window.register.model.index(0, 7).data().endswith(" bl")


# -- widths that follow the window ------------------------------------------------------------


def _section_total(table: QTableView) -> int:
    header = table.horizontalHeader()
    return sum(
        header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
    )


def _fits(table: QTableView) -> bool:
    """The sections fill the viewport exactly, and the horizontal scroll bar (which Qt
    updates once the events of a resize are through) is gone."""
    return (
        _section_total(table) == table.viewport().width()
        and not table.horizontalScrollBar().isVisible()
    )


def _widths(table: QTableView, model: EmployeeTableModel) -> dict[str, int]:
    header = table.horizontalHeader()
    return {key: header.sectionSize(c) for c, key in enumerate(model.columns())}


def test_columns_fill_the_window_at_1100_and_1400_pixels(qtbot: QtBot, window: MainWindow) -> None:
    table = window.register.table
    model = window.register.model
    measured: dict[int, dict[str, int]] = {}
    for width in (1100, 1400):
        window.resize(width, 720)
        qtbot.waitUntil(lambda w=width: window.width() == w and _fits(table), timeout=5000)
        assert not table.horizontalScrollBar().isVisible()  # Status is not behind a scroll bar
        assert table.horizontalScrollBar().maximum() == 0
        header = table.horizontalHeader()
        status = model.column_of("status")
        assert status is not None
        right_edge = header.sectionViewportPosition(status) + header.sectionSize(status)
        assert right_edge == table.viewport().width()  # no empty strip, nothing cut off
        measured[width] = _widths(table, model)
    narrow, wide = measured[1100], measured[1400]
    for key in ("nip", "golongan", "status", "nama"):
        assert narrow[key] == wide[key], key  # their content width, at either size
    spare = 300
    assert wide["jabatan"] + wide["unit"] - narrow["jabatan"] - narrow["unit"] == spare
    # Shared in proportion (300 : 260 by default), give or take a pixel of rounding.
    assert abs(wide["jabatan"] - narrow["jabatan"] - spare * 300 / 560) <= 1
    assert narrow["jabatan"] > narrow["unit"] > 110
    # Long enough for the widest NIP and the header texts.
    nip_text = table.fontMetrics().horizontalAdvance("19850315 201001 1 002")
    assert narrow["nip"] > nip_text


def test_a_column_resized_by_hand_keeps_its_width_and_the_rest_still_fits(
    qtbot: QtBot, window: MainWindow
) -> None:
    table = window.register.table
    model = window.register.model
    header = table.horizontalHeader()
    window.resize(1300, 720)
    qtbot.waitUntil(lambda: window.width() == 1300 and _fits(table), timeout=5000)
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    before = _widths(table, model)

    header.resizeSection(model.column_of("nama") or 0, before["nama"] + 80)  # by hand
    after = _widths(table, model)
    assert after["nama"] == before["nama"] + 80 and _fits(table)
    assert after["jabatan"] + after["unit"] == before["jabatan"] + before["unit"] - 80

    jabatan = model.column_of("jabatan")
    assert jabatan is not None
    header.resizeSection(jabatan, after["jabatan"] + 50)  # Unit kerja, to its right, gives
    moved = _widths(table, model)
    assert moved["jabatan"] == after["jabatan"] + 50
    assert moved["unit"] == after["unit"] - 50 and _fits(table)

    window.resize(1100, 720)  # still filling, Nama as it was set
    qtbot.waitUntil(lambda: window.width() == 1100 and _fits(table), timeout=5000)
    assert _widths(table, model)["nama"] == before["nama"] + 80
    assert not table.horizontalScrollBar().isVisible()


def test_extra_columns_fit_too(qtbot: QtBot, window: MainWindow) -> None:
    register = window.register
    register.set_columns([*DEFAULT_COLUMNS, "tanggal_lahir", "usia"])
    window.resize(1400, 720)
    qtbot.waitUntil(lambda: window.width() == 1400 and _fits(register.table), timeout=5000)
    assert not register.table.horizontalScrollBar().isVisible()
    widths = _widths(register.table, register.model)
    text = register.table.fontMetrics().horizontalAdvance("15-03-1985")
    assert widths["tanggal_lahir"] > text


# -- an empty result ------------------------------------------------------------------------------


def test_an_empty_result_says_so_and_resets_the_filters(
    qtbot: QtBot, window: MainWindow, service: EmployeeService
) -> None:
    register = window.register
    hint = register.empty_hint
    assert not hint.isVisible()
    register.status_filter.setCurrentIndex(register.status_filter.findData("PPPK"))
    qtbot.keyClicks(register.search, "zzzz tidak ada")
    wait_for_ids(qtbot, register, [])
    assert hint.isVisible()
    assert hint.label.text() == "Tidak ada pegawai yang cocok dengan pencarian dan filter ini."
    assert hint.geometry() == register.table.viewport().rect()  # over the rows, not the header
    assert hint.reset_button.text() == "Atur ulang filter"

    qtbot.mouseClick(hint.reset_button, Qt.MouseButton.LeftButton)
    wait_for_ids(qtbot, register, service.search_ids(_query(register)))
    assert register.search.text() == ""
    for combo in (
        register.unit_filter,
        register.golongan_filter,
        register.status_filter,
        register.keadaan_filter,
    ):
        assert combo.currentIndex() == 0
    assert len(_rows(register)) == TOTAL and not hint.isVisible()
    assert window.count_label.text().startswith(f"{TOTAL} dari {TOTAL}")


def test_an_empty_register_without_filters_gives_no_hint(
    qtbot: QtBot, register: EmployeeRegister
) -> None:
    register._show(register._generation, [], filtered=False)
    assert not register.empty_hint.isVisible()


# -- Pegawai nonaktif --------------------------------------------------------------------------


def test_the_nonaktif_filter_lists_those_who_left_and_the_count_says_active_staff(
    qtbot: QtBot, window: MainWindow, service: EmployeeService, known_id: int
) -> None:
    register = window.register
    combo = register.keadaan_filter
    assert [combo.itemText(i) for i in range(3)] == [
        "Pegawai aktif", "Pegawai nonaktif", "Aktif dan nonaktif",
    ]  # fmt: skip
    assert [combo.itemData(i) for i in range(3)] == ["aktif", "nonaktif", "semua"]
    assert combo.currentData() == "aktif"
    _retire(service, known_id)  # from elsewhere (another window, the CLI)
    leavers = service.search_ids(_query(register, keadaan="nonaktif"))
    assert known_id in leavers

    combo.setCurrentIndex(1)
    wait_for_ids(qtbot, register, leavers)
    active = window.total  # read when the database opened (the GUI's own leaving recounts)
    assert window.count_label.text() == f"{len(leavers)} pegawai nonaktif; {active} pegawai aktif"
    row = register.model.row_of(known_id)
    assert row is not None
    register.table.selectRow(row)
    assert window.cancel_leaving_action.isEnabled() and not window.leaving_action.isEnabled()

    combo.setCurrentIndex(2)
    everyone = service.search_ids(_query(register, keadaan="semua"))
    wait_for_ids(qtbot, register, everyone)
    assert len(everyone) == TOTAL
    combo.setCurrentIndex(0)
    wait_for_ids(qtbot, register, service.search_ids(_query(register)))
    assert known_id not in _rows(register)


# -- deleting asks for a reason ------------------------------------------------------------------


def _select(window: MainWindow, employee_id: int) -> None:
    row = window.register.model.row_of(employee_id)
    assert row is not None
    window.register.table.selectRow(row)


class ReasonDialogs:
    """The reason dialogs shown (with their question), and how the person answers each."""

    def __init__(self) -> None:
        # (question, result, Batal is the default button, the confirmation is not)
        self.seen: list[tuple[str, int, bool, bool]] = []
        self.answers: list[str] = []


@pytest.fixture
def reason_dialogs(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> ReasonDialogs:
    """ReasonDialog.exec shows the dialog, not modal, and answers as `answers` say."""
    dialogs = ReasonDialogs()
    seen, answers = dialogs.seen, dialogs.answers

    def exec_(dialog: ReasonDialog) -> int:
        dialog.show()  # ask_reason deletes it afterwards
        how = answers.pop(0)
        qtbot.keyClicks(dialog.reason, "Data ganda, salah input")
        if how == "enter":
            qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        elif how == "enter-on-dialog":
            dialog.cancel_button.setFocus()
            qtbot.keyClick(dialog, Qt.Key.Key_Enter)
        elif how == "confirm":
            qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        seen.append(
            (
                dialog.question.text(),
                dialog.result(),
                dialog.cancel_button.isDefault(),
                not dialog.confirm_button.isDefault(),
            )
        )
        return dialog.result()

    monkeypatch.setattr(ReasonDialog, "exec", exec_)
    return dialogs


def test_enter_in_the_reason_dialog_does_not_delete(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    known_id: int,
    reason_dialogs: ReasonDialogs,
) -> None:
    reason_dialogs.answers.extend(["enter", "enter-on-dialog", "confirm"])
    _select(window, known_id)
    window.delete_action.trigger()
    question, result, batal_default, hapus_not_default = reason_dialogs.seen[0]
    assert KNOWN_NIP in question and "salah dibuat" in question
    assert batal_default and hapus_not_default
    assert result == QDialog.DialogCode.Rejected
    window.delete_action.trigger()  # Enter with the focus elsewhere in the dialog
    assert reason_dialogs.seen[1][1] == QDialog.DialogCode.Rejected
    assert service.get(known_id).draft.nip == KNOWN_NIP  # still there
    assert window.register.model.row_of(known_id) is not None

    window.delete_action.trigger()  # Hapus, clicked, with the reason
    qtbot.waitUntil(lambda: window.register.model.row_of(known_id) is None, timeout=10000)
    assert service.find_by_nip(KNOWN_NIP) is None
    assert window.total == TOTAL - 1


def test_the_reason_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = ReasonDialog("Hapus pegawai", "Hapus?", "Hapus")
    qtbot.addWidget(dialog)
    assert not dialog.confirm_button.isEnabled()
    dialog.accept()  # nothing typed: stays open
    assert dialog.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(dialog.reason, "   ")
    assert not dialog.confirm_button.isEnabled()
    qtbot.keyClicks(dialog.reason, "salah  input ")
    assert dialog.confirm_button.isEnabled() and dialog.text() == "salah input"


def test_deletion_passes_the_reason_to_the_service(
    qtbot: QtBot,
    window: MainWindow,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.employees is not None
    reasons: list[str] = []
    delete = window.employees.delete

    def traced(employee_id: int, *, expected_revision: int, reason: str = "") -> None:
        reasons.append(reason)
        delete(employee_id, expected_revision=expected_revision, reason=reason)

    monkeypatch.setattr(window.employees, "delete", traced)
    monkeypatch.setattr(leaving_dialog, "ask_reason", lambda *_a: "NIP tercatat dua kali")
    _select(window, known_id)
    window.delete_action.trigger()
    qtbot.waitUntil(lambda: window.register.model.row_of(known_id) is None, timeout=10000)
    assert reasons == ["NIP tercatat dua kali"]
