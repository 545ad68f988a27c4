"""The register: search box, filters and the employee table, queried off the GUI thread."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import GOLONGAN_PNS, GOLONGAN_PPPK, StatusKepegawaian
from asn_desktop.ui.column_chooser import ColumnChooser, ColumnFitter, header_state_sections
from asn_desktop.ui.employee_table_model import ALL_COLUMNS, EmployeeTableModel
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.settings import REGISTER_DEFAULT_COLUMNS, AppSettings
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported at run time only once a database is open (see MainWindow)
    from asn_desktop.services.employees import EmployeeQuery, EmployeeRow, EmployeeService
    from asn_desktop.services.org_units import UnitNode

SEARCH_DELAY_MS = 150


class EmptyHint(QWidget):
    """Over the table's rows when a search or filter leaves nothing: says so, and offers to
    reset them (the header stays visible above it)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.area = parent
        self.setObjectName("emptyHint")
        self.setAutoFillBackground(True)
        self.label = QLabel(
            self.tr("Tidak ada pegawai yang cocok dengan pencarian dan filter ini.")
        )
        self.label.setObjectName("emptyHintText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reset_button = QPushButton(self.tr("Atur ulang filter"))
        self.reset_button.setObjectName("resetFilters")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.reset_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        parent.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.area.rect())
        return False

    def showEvent(self, event: QShowEvent) -> None:
        self.setGeometry(self.area.rect())
        super().showEvent(event)


class EmployeeRegister(QWidget):
    openRequested = Signal(int)
    countChanged = Signal(int)  # rows shown after filtering
    queryFailed = Signal(object, str)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.settings = settings  # where the columns chosen are kept (None: not kept)
        self.service: EmployeeService | None = None
        self._generation = 0
        self._page_error_generation = -1
        self._keep_id: int | None = None
        self._sort = ("nama", False)
        # The window's fast opening (ui.quick_open): rows read through sqlite3 before the
        # service is attached, and the query they answer.
        self._preview_rows: Callable[[Sequence[int]], dict[int, EmployeeRow]] | None = None
        self._preview_view: tuple[object, ...] | None = None

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari NIP atau nama… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("searchField")
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.setMinimumContentsLength(20)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.golongan_filter = QComboBox()
        self.golongan_filter.setObjectName("golonganFilter")
        self.golongan_filter.addItem(self.tr("Semua golongan"), None)
        for g in GOLONGAN_PNS + GOLONGAN_PPPK:
            label = f"{g.ruang} {g.pangkat}" if g.pangkat else f"PPPK {g.ruang}"
            self.golongan_filter.addItem(label, g.id)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in StatusKepegawaian:
            self.status_filter.addItem(status.value, status.value)
        # services.employees.KEADAAN: still in the agency, left it, or both.
        self.keadaan_filter = QComboBox()
        self.keadaan_filter.setObjectName("keadaanFilter")
        self.keadaan_filter.setToolTip(
            self.tr("Pegawai nonaktif: yang pensiun, mutasi keluar, meninggal atau berhenti")
        )
        self.keadaan_filter.addItem(self.tr("Pegawai aktif"), "aktif")
        self.keadaan_filter.addItem(self.tr("Pegawai nonaktif"), "nonaktif")
        self.keadaan_filter.addItem(self.tr("Aktif dan nonaktif"), "semua")
        for combo in (self.golongan_filter, self.keadaan_filter):
            # Narrower than their longest item, so that the window can still be narrow; the
            # list that opens shows the items whole.
            combo.setMinimumContentsLength(10)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Unit:")))
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.golongan_filter, 1)
        filters.addWidget(self.status_filter, 0)
        filters.addWidget(self.keadaan_filter, 0)

        # Weakly: the register holds its model, and a model holding the register's bound
        # method would make the two a cycle, freed by the cyclic collector on whichever
        # thread allocates then (see id_table_model.GuardedFetcher.of).
        fetch_rows = weakref.WeakMethod(self._fetch_rows)

        def fetch(ids: Sequence[int]) -> dict[int, EmployeeRow] | None:
            method = fetch_rows()
            return {} if method is None else method(ids)

        self.model = EmployeeTableModel(fetch, self)
        self.model.set_columns(
            settings.register_columns if settings is not None else REGISTER_DEFAULT_COLUMNS
        )
        self.table = QTableView()
        self.table.setObjectName("employeeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        # Widths follow the view (column_chooser.ColumnFitter); right-click chooses columns.
        self.fitter = ColumnFitter(self.table, self.model.column_key)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.table.setSortingEnabled(True)
        self._indicator = (self._nama_column(), Qt.SortOrder.AscendingOrder)
        header.setSortIndicator(*self._indicator)
        # After the view's own handler (which asks the model to sort): a column that cannot
        # be sorted gets no indicator.
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.empty_hint = EmptyHint(self.table.viewport())
        self.empty_hint.reset_button.clicked.connect(self.reset_filters)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (
            self.unit_filter,
            self.golongan_filter,
            self.status_filter,
            self.keadaan_filter,
        ):
            # Not connect(self.refresh): the signal's index would arrive as keep_id.
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model.sortRequested.connect(self._sort_requested)
        self.table.activated.connect(self._activated)
        # Saves, deletions and unit renames, wherever they were made, refresh what they changed.
        hub(runner).changed.connect(self.apply_changes)

    # -- wiring -------------------------------------------------------------------------------

    def attach(
        self,
        service: EmployeeService | None,
        units: list[UnitNode],
        *,
        keep_preview: bool = False,
    ) -> None:
        """Show another database's register (or none). keep_preview: the database is the
        one preview() showed, so the rows it shows stay when they still answer the query
        (the clerk may have clicked a header or typed meanwhile)."""
        self._generation += 1  # results of searches still running belong to the old one
        self.service = service
        previewed, self._preview_view = self._preview_view, None
        self._preview_rows = None
        self.unit_filter.blockSignals(True)
        self.unit_filter.setCurrentIndex(0)
        self.unit_filter.blockSignals(False)
        self.set_units(units)
        if keep_preview and service is not None and previewed == self.view_key():
            return
        self.model.set_ids([])
        self.empty_hint.hide()
        if service is not None:
            self.refresh()

    def preview(
        self,
        ids: list[int],
        first_page: dict[int, EmployeeRow],
        rows: Callable[[Sequence[int]], dict[int, EmployeeRow]],
    ) -> None:
        """Show `ids` (the unfiltered register in its sort) before the service is attached:
        the first page's rows are given, further pages come from `rows`."""
        self._generation += 1
        self._preview_view = self.view_key()
        self._preview_rows = rows
        self.model.set_ids(ids, first_page)
        self.empty_hint.hide()
        self.countChanged.emit(len(ids))

    def set_units(self, units: list[UnitNode]) -> None:
        """Refill the unit filter after the tree changed, keeping the chosen unit."""
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua unit"), None)
        for unit in units:
            self.unit_filter.addItem("    " * unit.depth + unit.nama, unit.id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)
        # (units, issue 7) The chosen unit was retired: the filter says "Semua unit" now,
        # so the rows must be all units' too.
        if chosen is not None and self.unit_filter.currentData() is None:
            self.refresh()

    def query(self) -> EmployeeQuery:
        from asn_desktop.services.employees import EmployeeQuery

        return EmployeeQuery(
            search=self.search.text(),
            unit_id=self.unit_filter.currentData(),
            golongan_id=self.golongan_filter.currentData(),
            status=self.status_filter.currentData(),
            sort=self._sort[0],
            descending=self._sort[1],
            keadaan=self.keadaan_filter.currentData(),
        )

    def view_key(self) -> tuple[object, ...]:
        """What query() would ask, without loading the services (for preview())."""
        return (
            self.search.text(),
            self.unit_filter.currentData(),
            self.golongan_filter.currentData(),
            self.status_filter.currentData(),
            self._sort,
            self.keadaan_filter.currentData(),
        )

    def unfiltered_sort(self) -> tuple[str, bool] | None:
        """(sort key, descending) while nothing narrows the register beyond its default
        (EmployeeQuery.filtered), else None."""
        unfiltered = (
            not self.search.text().strip()
            and self.unit_filter.currentData() is None
            and self.golongan_filter.currentData() is None
            and not self.status_filter.currentData()
            and self.keadaan_filter.currentData() == "aktif"
        )
        return self._sort if unfiltered else None

    def keadaan(self) -> str:
        """Whose rows are listed: "aktif", "nonaktif" or "semua"."""
        return str(self.keadaan_filter.currentData())

    def reset_filters(self) -> None:
        """Clear the search and every filter (back to all active staff), and ask again."""
        widgets = (
            self.search,
            self.unit_filter,
            self.golongan_filter,
            self.status_filter,
            self.keadaan_filter,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            for combo in widgets[1:]:
                combo.setCurrentIndex(0)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.refresh()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, keep_id: int | None = None) -> None:
        """Run the query in the worker; a newer request makes older results be dropped."""
        self._debounce.stop()
        if self.service is None:
            return
        self._generation += 1
        generation = self._generation
        self._keep_id = keep_id if keep_id is not None else self.current_id()
        service, query = self.service, self.query()
        self.runner.run(
            lambda: service.search_ids(query),
            lambda ids: self._show(generation, ids, query.filtered()),
            lambda exc, trace: self.queryFailed.emit(exc, trace),
        )

    def apply_changes(self, changes: Changes) -> None:
        """Show what an operation changed: repaint the rows it names at once, then ask again
        (a changed name may move a row, a new employee appears, a deleted one goes; the new
        id list drops every cached row, so renamed units show too)."""
        if self.service is None or not changes.register_rows:
            return
        for employee_id in changes.employees:
            self.model.refresh_employee(employee_id)
        keep: int | None = None
        if changes.added:
            keep = min(changes.added)
        elif len(changes.employees) == 1:
            keep = next(iter(changes.employees))
        self.refresh(keep_id=keep)

    def _show(self, generation: int, ids: list[int], filtered: bool = False) -> None:
        if generation != self._generation:
            return  # a newer keystroke already asked again
        self.model.set_ids(ids)
        self.empty_hint.setVisible(not ids and filtered)
        self.countChanged.emit(len(ids))
        row = self.model.row_of(self._keep_id) if self._keep_id is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, EmployeeRow] | None:
        """One page for the model, or None when the database refused (told to the user once
        per query, not on every repaint)."""
        try:
            if self.service is not None:
                return self.service.rows(ids)
            if self._preview_rows is not None:
                return self._preview_rows(ids)
            return {}
        except DatabaseError as exc:
            if self._page_error_generation != self._generation:
                self._page_error_generation = self._generation
                self.queryFailed.emit(exc, "")
            return None

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    # -- columns ------------------------------------------------------------------------------

    def _nama_column(self) -> int:
        column = self.model.column_of("nama")
        return column if column is not None else 0

    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.sort_key(column) is None:
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._indicator)
            header.blockSignals(False)
            return
        self._indicator = (column, order)

    def column_title(self, key: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate(self.model.CONTEXT, str(ALL_COLUMNS[key][1]))

    def column_chooser(self) -> ColumnChooser:
        """The header's context menu: every column with a check box."""
        menu = ColumnChooser(self.model.columns(), self.column_title, self)
        menu.columnsChosen.connect(self.set_columns)
        return menu

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.column_chooser()
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.table.horizontalHeader().mapToGlobal(pos))

    def set_columns(self, keys: Sequence[str]) -> None:
        """Show these columns (kept in the settings); the sort stays unless its column went."""
        keep_id = self.current_id()
        sort_key = self.model.column_key(self._indicator[0])
        with self.fitter.held():
            self.model.set_columns(keys)
        if self.settings is not None:
            self.settings.register_columns = list(self.model.columns())
        column = self.model.column_of(sort_key) if sort_key is not None else None
        header = self.table.horizontalHeader()
        if column is None:  # the sorted column went: back to Nama
            self._indicator = (self._nama_column(), Qt.SortOrder.AscendingOrder)
        else:
            self._indicator = (column, self._indicator[1])
        header.blockSignals(True)
        header.setSortIndicator(*self._indicator)
        header.blockSignals(False)
        self.fitter.fit()
        if column is None and self._sort != ("nama", False):
            self._sort = ("nama", False)
            self.refresh(keep_id=keep_id)
        elif keep_id is not None and (row := self.model.row_of(keep_id)) is not None:
            self.table.selectRow(row)

    def restore_header(self, state: QByteArray) -> bool:
        """Restore the header as saved (widths and sort), unless it was saved for another
        set of columns; False when it was not restored."""
        header = self.table.horizontalHeader()
        if header_state_sections(state) != self.model.columnCount():
            return False
        if not self.fitter.restore(state):
            return False
        column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        key = self.model.sort_key(column)
        if key is None:  # a column that no longer sorts, or none
            column, order, key = self._nama_column(), Qt.SortOrder.AscendingOrder, "nama"
        self._indicator = (column, order)
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        return True

    def _activated(self, index: QModelIndex) -> None:
        employee_id = self.model.id_at(index.row())
        if employee_id is not None:
            self.openRequested.emit(employee_id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None
