"""The register table: employee ids plus a small cache of rendered rows (see IdTableModel).

Sorting and filtering are a new id list from SQL (computed off the GUI thread by the
register), and rows are rendered a page at a time when the view first asks for them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from asn_desktop.domain import format_nip
from asn_desktop.ui.id_table_model import CACHED_PAGES, PAGE_SIZE, IdTableModel

if TYPE_CHECKING:
    from asn_desktop.services.employees import EmployeeRow

__all__ = ["CACHED_PAGES", "COLUMNS", "PAGE_SIZE", "EmployeeTableModel", "RowFetcher"]

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

# Returns None when the page cannot be read now (the owner has told the user); the model then
# shows empty cells and asks again on the next repaint.
RowFetcher = Callable[[Sequence[int]], "dict[int, EmployeeRow] | None"]


class EmployeeTableModel(IdTableModel["EmployeeRow"]):
    """Rows are employee ids; sort() asks the owner for a new id list via sortRequested."""

    COLUMNS = COLUMNS
    CONTEXT = "EmployeeTable"

    def refresh_employee(self, employee_id: int) -> None:
        """Forget the cached rendering of one employee (after an edit) and repaint it."""
        self.refresh_id(employee_id)

    def missing_text(self) -> str:
        return QCoreApplication.translate("EmployeeTable", "(dihapus)")

    def cell(self, item: EmployeeRow, column: int, role: int) -> Any:
        key, _title, attr = COLUMNS[column]
        value = getattr(item, attr)
        if key == "nip":
            return format_nip(value)
        return value
