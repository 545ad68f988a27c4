"""The register: search box, filters and the employee table, queried off the GUI thread."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import GOLONGAN_PNS, GOLONGAN_PPPK, StatusKepegawaian
from asn_desktop.ui.employee_table_model import EmployeeTableModel
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # imported at run time only once a database is open (see MainWindow)
    from asn_desktop.services.employees import EmployeeQuery, EmployeeRow, EmployeeService
    from asn_desktop.services.org_units import UnitNode

SEARCH_DELAY_MS = 150


class EmployeeRegister(QWidget):
    openRequested = Signal(int)
    countChanged = Signal(int)  # rows shown after filtering
    queryFailed = Signal(object, str)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.service: EmployeeService | None = None
        self._generation = 0
        self._page_error_generation = -1
        self._keep_id: int | None = None
        self._sort = ("nama", False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Cari NIP atau nama… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("searchField")
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("unitFilter")
        self.unit_filter.setMinimumContentsLength(24)
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

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(QLabel(self.tr("Unit:")))
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(self.golongan_filter, 1)
        filters.addWidget(self.status_filter, 0)

        self.model = EmployeeTableModel(self._fetch_rows, self)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((170, 280, 60, 300, 260, 60)):
            header.resizeSection(column, width)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(filters)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        for combo in (self.unit_filter, self.golongan_filter, self.status_filter):
            # Not connect(self.refresh): the signal's index would arrive as keep_id.
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model.sortRequested.connect(self._sort_requested)
        self.table.activated.connect(self._activated)
        # Saves, deletions and unit renames, wherever they were made, refresh what they changed.
        hub(runner).changed.connect(self.apply_changes)

    # -- wiring -------------------------------------------------------------------------------

    def attach(self, service: EmployeeService | None, units: list[UnitNode]) -> None:
        """Show another database's register (or none)."""
        self._generation += 1  # results of searches still running belong to the old one
        self.service = service
        self.unit_filter.blockSignals(True)
        self.unit_filter.setCurrentIndex(0)
        self.unit_filter.blockSignals(False)
        self.set_units(units)
        self.model.set_ids([])
        if service is not None:
            self.refresh()

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

    def query(self) -> EmployeeQuery:
        from asn_desktop.services.employees import EmployeeQuery

        return EmployeeQuery(
            search=self.search.text(),
            unit_id=self.unit_filter.currentData(),
            golongan_id=self.golongan_filter.currentData(),
            status=self.status_filter.currentData(),
            sort=self._sort[0],
            descending=self._sort[1],
        )

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
            lambda ids: self._show(generation, ids),
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

    def _show(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer keystroke already asked again
        self.model.set_ids(ids)
        self.countChanged.emit(len(ids))
        row = self.model.row_of(self._keep_id) if self._keep_id is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def _fetch_rows(self, ids: Sequence[int]) -> dict[int, EmployeeRow] | None:
        """One page for the model, or None when the database refused (told to the user once
        per query, not on every repaint)."""
        if self.service is None:
            return {}
        try:
            return self.service.rows(ids)
        except DatabaseError as exc:
            if self._page_error_generation != self._generation:
                self._page_error_generation = self._generation
                self.queryFailed.emit(exc, "")
            return None

    def _sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        employee_id = self.model.id_at(index.row())
        if employee_id is not None:
            self.openRequested.emit(employee_id)

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None
