"""The register table: employee ids plus a small cache of rendered rows (see IdTableModel).

Sorting and filtering are a new id list from SQL (computed off the GUI thread by the
register), and rows are rendered a page at a time when the view first asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from asn_desktop.domain import format_nip, format_tanggal_angka
from asn_desktop.ui.id_table_model import (
    CACHED_PAGES,
    PAGE_SIZE,
    AnyIndex,
    IdTableModel,
)
from asn_desktop.ui.settings import REGISTER_DEFAULT_COLUMNS

if TYPE_CHECKING:
    from asn_desktop.services.employees import EmployeeRow

__all__ = [
    "ALL_COLUMNS",
    "CACHED_PAGES",
    "COLUMNS",
    "KELUAR_TITLES",
    "PAGE_SIZE",
    "EmployeeTableModel",
    "RowFetcher",
]

# Every column the register can show, in its order: (sort key for the service or None when
# the column cannot be sorted, header text, attribute of EmployeeRow or "" when computed).
# The keys are services.employees.REGISTER_COLUMNS and the sort keys its COLUMN_SORT (not
# imported here: it loads SQLAlchemy; tests/ui/test_register_view.py keeps them equal).
# QT_TRANSLATE_NOOP marks the headers for Qt Linguist; headerData() translates them.
ALL_COLUMNS: dict[str, tuple[str | None, Any, str]] = {
    "nip": ("nip", QT_TRANSLATE_NOOP("EmployeeTable", "NIP"), "nip"),
    "nama": ("nama", QT_TRANSLATE_NOOP("EmployeeTable", "Nama"), "nama_lengkap"),
    "golongan": ("golongan", QT_TRANSLATE_NOOP("EmployeeTable", "Gol."), "golongan"),
    "jabatan": ("jabatan", QT_TRANSLATE_NOOP("EmployeeTable", "Jabatan"), "jabatan"),
    "unit": ("unit", QT_TRANSLATE_NOOP("EmployeeTable", "Unit kerja"), "unit"),
    "status": ("status", QT_TRANSLATE_NOOP("EmployeeTable", "Status"), "status"),
    "tanggal_lahir": (
        "tanggal_lahir",
        QT_TRANSLATE_NOOP("EmployeeTable", "Tanggal lahir"),
        "tanggal_lahir",
    ),
    "usia": ("tanggal_lahir", QT_TRANSLATE_NOOP("EmployeeTable", "Usia"), ""),
    "tmt_golongan": (
        "tmt_golongan",
        QT_TRANSLATE_NOOP("EmployeeTable", "TMT golongan"),
        "tmt_golongan",
    ),
    "masa_kerja": ("tmt_cpns", QT_TRANSLATE_NOOP("EmployeeTable", "Masa kerja"), ""),
    "tanggal_pensiun": (  # depends on the BUP rules in force: no index can order it
        None,
        QT_TRANSLATE_NOOP("EmployeeTable", "Tanggal pensiun (BUP)"),
        "tanggal_pensiun",
    ),
    "kedudukan_hukum": (
        "kedudukan_hukum",
        QT_TRANSLATE_NOOP("EmployeeTable", "Kedudukan hukum"),
        "kedudukan_hukum_nama",
    ),
    "keluar": ("keluar_tanggal", QT_TRANSLATE_NOOP("EmployeeTable", "Keluar"), "keluar"),
}

# The default columns (the register before the column chooser), as (sort key, header, attr).
COLUMNS: tuple[tuple[str | None, Any, str], ...] = tuple(
    ALL_COLUMNS[key] for key in REGISTER_DEFAULT_COLUMNS
)

# How a person left (domain.pemberhentian.Keluar values), for the Keluar column and the
# leaving dialog, marked for Qt Linguist in the "Keluar" context.
KELUAR_TITLES: dict[str, Any] = {
    "pensiun": QT_TRANSLATE_NOOP("Keluar", "Pensiun"),
    "mutasi_keluar": QT_TRANSLATE_NOOP("Keluar", "Mutasi keluar"),
    "meninggal": QT_TRANSLATE_NOOP("Keluar", "Meninggal"),
    "aps": QT_TRANSLATE_NOOP("Keluar", "Berhenti atas permintaan sendiri"),
    "diberhentikan": QT_TRANSLATE_NOOP("Keluar", "Diberhentikan"),
}


def keluar_title(value: str) -> str:
    """The translated label of a Keluar value (the value itself when unknown)."""
    title = KELUAR_TITLES.get(value)
    return QCoreApplication.translate("Keluar", str(title)) if title is not None else value


# Returns None when the page cannot be read now (the owner has told the user); the model then
# shows empty cells and asks again on the next repaint.
RowFetcher = Callable[[Sequence[int]], "dict[int, EmployeeRow] | None"]


def _durations() -> tuple[Callable[[Any, date], str], Callable[[Any, date], str]]:
    # Loaded with the open database (rows exist only then).
    from asn_desktop.services.employees import masa_kerja_text, usia_text

    return usia_text, masa_kerja_text


class EmployeeTableModel(IdTableModel["EmployeeRow"]):
    """Rows are employee ids; columns the keys chosen (set_columns); sort() asks the owner
    for a new id list via sortRequested."""

    COLUMNS = COLUMNS
    CONTEXT = "EmployeeTable"

    def __init__(self, fetch_rows: RowFetcher, parent: Any = None) -> None:
        super().__init__(fetch_rows, parent)
        self._columns: tuple[str, ...] = REGISTER_DEFAULT_COLUMNS
        self.today: date | None = None  # None: the day a cell is drawn (tests fix it)

    # -- columns --------------------------------------------------------------------------

    def columns(self) -> tuple[str, ...]:
        """The keys of the columns shown, in order."""
        return self._columns

    def set_columns(self, keys: Sequence[str]) -> None:
        """Show these columns (keys of ALL_COLUMNS) in the register's order."""
        wanted = set(keys)
        unknown = wanted - set(ALL_COLUMNS)
        if unknown:
            raise ValueError(f"unknown register columns: {sorted(unknown)!r}")
        columns = tuple(key for key in ALL_COLUMNS if key in wanted)
        if columns == self._columns:
            return
        self.beginResetModel()
        self._columns = columns
        self.endResetModel()

    def column_key(self, column: int) -> str | None:
        return self._columns[column] if 0 <= column < len(self._columns) else None

    def column_of(self, key: str) -> int | None:
        try:
            return self._columns.index(key)
        except ValueError:
            return None

    def sort_key(self, column: int) -> str | None:
        """The service's sort key of a column, None when it cannot be sorted."""
        key = self.column_key(column)
        return ALL_COLUMNS[key][0] if key is not None else None

    # -- rows -----------------------------------------------------------------------------

    def refresh_employee(self, employee_id: int) -> None:
        """Forget the cached rendering of one employee (after an edit) and repaint it."""
        self.refresh_id(employee_id)

    def refresh_id(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def missing_text(self) -> str:
        return QCoreApplication.translate("EmployeeTable", "(dihapus)")

    def cell(self, item: EmployeeRow, column: int, role: int) -> Any:
        key = self._columns[column]
        if key == "nip":
            return format_nip(item.nip)
        if key in ("usia", "masa_kerja"):
            usia, masa_kerja = _durations()
            today = self.today or date.today()
            return usia(item, today) if key == "usia" else masa_kerja(item, today)
        if key == "keluar":
            if not item.keluar:
                return ""
            title = keluar_title(item.keluar)
            when = item.keluar_tanggal
            return f"{title}, {format_tanggal_angka(when)}" if when is not None else title
        value = getattr(item, ALL_COLUMNS[key][2])
        if isinstance(value, date):
            return format_tanggal_angka(value)
        return "" if value is None else value

    # -- Qt model interface ---------------------------------------------------------------

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            key = self.column_key(section)
            if role != Qt.ItemDataRole.DisplayRole or key is None:
                return None
            return QCoreApplication.translate(self.CONTEXT, str(ALL_COLUMNS[key][1]))
        return super().headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key(column)
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)
