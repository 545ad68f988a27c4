"""The audit trail's table: entry ids plus a small cache of rendered rows (IdTableModel).

The id list comes from AuditService.search_ids (filtered and ordered in SQL, in the worker);
the page's rows from AuditService.rows. Only the entry's number and time sort (both follow
the chain's order: newest or oldest first).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from asn_desktop.ui.id_table_model import IdTableModel

if TYPE_CHECKING:
    from asn_desktop.services.audit import AuditRow

# (sort key or None, header); "seq" sorts by the chain's order.
COLUMNS: tuple[tuple[str | None, Any], ...] = (
    ("seq", QT_TRANSLATE_NOOP("AuditTable", "No.")),
    ("seq", QT_TRANSLATE_NOOP("AuditTable", "Waktu")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Pengguna")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Aksi")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Jenis data")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Data")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Perubahan")),
    (None, QT_TRANSLATE_NOOP("AuditTable", "Keterangan")),
)
SEQ, WAKTU, PENGGUNA, AKSI, JENIS, DATA, PERUBAHAN, KETERANGAN = range(len(COLUMNS))
# Longer change lists are cut in the cell (the tooltip and the detail pane have them whole).
CHANGES_SHOWN = 160


def local_time(row: AuditRow) -> str:
    return f"{row.at.astimezone():%d-%m-%Y %H:%M:%S}"


def elided(text: str, limit: int = CHANGES_SHOWN) -> str:
    text = " ".join(text.split())  # one line in the cell
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _tooltip_of_changes(row: AuditRow) -> str:
    # One change per line, so that a long list stays readable in the tooltip.
    return row.changes_text().replace("; ", "\n")


class AuditTableModel(IdTableModel["AuditRow"]):
    COLUMNS = COLUMNS
    CONTEXT = "AuditTable"

    def missing_text(self) -> str:
        return QCoreApplication.translate("AuditTable", "(tidak ada)")

    def cell(self, item: AuditRow, column: int, role: int) -> Any:
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if column == SEQ:
            return item.seq
        if column == WAKTU:
            return local_time(item)
        if column == PENGGUNA:
            return item.username
        if column == AKSI:
            return item.action_label
        if column == JENIS:
            return item.entity_label_text
        if column == DATA:
            return item.entity_label
        if column == PERUBAHAN:
            return _tooltip_of_changes(item) if tooltip else elided(item.changes_text())
        if column == KETERANGAN:
            return item.detail if tooltip else elided(item.detail)
        return None
