"""The register table: a list of employee ids plus a small cache of rendered rows.

Like Anki's browser table, the model never holds the whole table: sorting and filtering are
a new id list from SQL (computed off the GUI thread), and rows are rendered a page at a time
when the view first asks for them (one primary-key lookup, about a millisecond).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from asn_desktop.domain import format_nip

if TYPE_CHECKING:
    from asn_desktop.services.employees import EmployeeRow

# (sort key for the service, header text, attribute of EmployeeRow)
# QT_TRANSLATE_NOOP marks the headers for Qt Linguist; headerData() translates them.
COLUMNS: tuple[tuple[str, Any, str], ...] = (
    ("nip", QT_TRANSLATE_NOOP("EmployeeTable", "NIP"), "nip"),
    ("nama", QT_TRANSLATE_NOOP("EmployeeTable", "Nama"), "nama_lengkap"),
    ("golongan", QT_TRANSLATE_NOOP("EmployeeTable", "Gol."), "golongan"),
    ("jabatan", QT_TRANSLATE_NOOP("EmployeeTable", "Jabatan"), "jabatan"),
    ("unit", QT_TRANSLATE_NOOP("EmployeeTable", "Unit kerja"), "unit"),
    ("status", QT_TRANSLATE_NOOP("EmployeeTable", "Status"), "status"),
)
PAGE_SIZE = 100
CACHED_PAGES = 30

# Returns None when the page cannot be read now (the owner has told the user); the model then
# shows empty cells and asks again on the next repaint.
RowFetcher = Callable[[Sequence[int]], "dict[int, EmployeeRow] | None"]
_UNAVAILABLE = object()
AnyIndex = QModelIndex | QPersistentModelIndex


class EmployeeTableModel(QAbstractTableModel):
    """Rows are employee ids; sort() asks the owner for a new id list via sortRequested."""

    sortRequested = Signal(str, bool)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, EmployeeRow]] = OrderedDict()

    # -- feeding --------------------------------------------------------------------------

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, employee_id: int) -> int | None:
        try:
            return self._ids.index(employee_id)
        except ValueError:
            return None

    def refresh_employee(self, employee_id: int) -> None:
        """Forget the cached rendering of one employee (after an edit) and repaint it."""
        row = self.row_of(employee_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _row(self, row: int) -> EmployeeRow | object | None:
        """The rendered row, None if the employee was deleted, _UNAVAILABLE on a read error."""
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            fetched = self._fetch_rows(self._ids[start : start + PAGE_SIZE])
            if fetched is None:
                return _UNAVAILABLE
            page = fetched
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        item = self._row(index.row())
        if item is _UNAVAILABLE:
            return ""
        if item is None:  # deleted by someone else since the id list was made
            return (
                "" if index.column() else QCoreApplication.translate("EmployeeTable", "(dihapus)")
            )
        key, _title, attr = COLUMNS[index.column()]
        value = getattr(item, attr)
        if key == "nip":
            return format_nip(value)
        return value

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("EmployeeTable", str(COLUMNS[section][1]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sortRequested.emit(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
