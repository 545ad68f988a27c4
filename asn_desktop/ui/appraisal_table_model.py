"""The appraisal list's table: SKP ids plus a small cache of rendered rows (IdTableModel).

The id list comes from AppraisalListService.search_ids (filtered and ordered in SQL, in the
worker); a page's rows from AppraisalListService.rows. Every column but the appraiser's
sorts, by the keys of AppraisalQuery.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from asn_desktop.domain import format_nip
from asn_desktop.ui.id_table_model import IdTableModel

if TYPE_CHECKING:
    from asn_desktop.services.appraisal_list import AppraisalRow

__all__ = [
    "COLUMNS",
    "NAMA",
    "NIP",
    "PENILAI",
    "PREDIKAT",
    "STATUS",
    "STATUS_TEXTS",
    "UNIT",
    "AppraisalTableModel",
    "status_text",
]

CONTEXT = "AppraisalTable"

# (sort key of AppraisalQuery or None, header); the appraiser is a copied name on the SKP,
# which the service does not sort by.
COLUMNS: tuple[tuple[str | None, Any], ...] = (
    ("nip", QT_TRANSLATE_NOOP("AppraisalTable", "NIP")),
    ("nama", QT_TRANSLATE_NOOP("AppraisalTable", "Nama")),
    ("unit", QT_TRANSLATE_NOOP("AppraisalTable", "Unit kerja")),
    (None, QT_TRANSLATE_NOOP("AppraisalTable", "Pejabat penilai")),
    ("status", QT_TRANSLATE_NOOP("AppraisalTable", "Status")),
    ("predikat", QT_TRANSLATE_NOOP("AppraisalTable", "Predikat")),
)
NIP, NAMA, UNIT, PENILAI, STATUS, PREDIKAT = range(len(COLUMNS))

# The service's STATUS_LABELS, marked here for Qt Linguist (the service speaks Indonesian to
# the command line too, so its dictionary stays untranslated).
STATUS_TEXTS: dict[str, Any] = {
    "none": QT_TRANSLATE_NOOP("AppraisalTable", "Belum dievaluasi"),
    "draft": QT_TRANSLATE_NOOP("AppraisalTable", "Draf"),
    "reopened": QT_TRANSLATE_NOOP("AppraisalTable", "Dibuka kembali"),
    "final": QT_TRANSLATE_NOOP("AppraisalTable", "Final"),
    "amended": QT_TRANSLATE_NOOP("AppraisalTable", "Final (diubah)"),
}


def status_text(status: str) -> str:
    """A status key of AppraisalRow in the interface's language."""
    source = STATUS_TEXTS.get(status)
    return QCoreApplication.translate(CONTEXT, str(source)) if source is not None else status


def _nip(value: str) -> str:
    # Imported history may hold a NIP of another length; show it as it is rather than fail
    # in a repaint.
    try:
        return format_nip(value)
    except ValueError:
        return value


class AppraisalTableModel(IdTableModel["AppraisalRow"]):
    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def missing_text(self) -> str:
        return QCoreApplication.translate("AppraisalTable", "(dihapus)")

    def cell(self, item: AppraisalRow, column: int, role: int) -> Any:
        if column == NIP:
            return _nip(item.nip)
        if column == NAMA:
            return item.nama
        if column == UNIT:
            return item.unit
        if column == PENILAI:
            return item.penilai
        if column == STATUS:
            return status_text(item.status)
        if column == PREDIKAT:
            if not item.predikat and role == Qt.ItemDataRole.ToolTipRole:
                return QCoreApplication.translate("AppraisalTable", "Belum ada predikat")
            return item.predikat
        return None
