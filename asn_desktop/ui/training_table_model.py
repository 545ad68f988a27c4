"""The activity list's table: activity ids plus a small cache of rendered rows (IdTableModel).

The id list comes from TrainingService.search_ids (filtered and ordered in SQL, in the
worker); a page's rows from TrainingService.rows. Every column but the form (klasikal or
not, which the type decides) sorts, by the service's SORT_KEYS. The number formats of the
training pages (JP with an Indonesian decimal comma, rupiah with dots) live here too, so
the list, the editor and the export write a figure the same way.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt

from asn_desktop.domain import format_tanggal_angka
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.ui.id_table_model import AnyIndex, IdTableModel

if TYPE_CHECKING:
    from asn_desktop.services.trainings import PelatihanRow

__all__ = [
    "BENTUK",
    "BIAYA",
    "COLUMNS",
    "JENIS",
    "JP",
    "MULAI",
    "NAMA",
    "PENYELENGGARA",
    "PESERTA",
    "REAKSI",
    "SUMBER_DANA",
    "TEMPAT",
    "TrainingTableModel",
    "bentuk_text",
    "jp_text",
    "number_text",
    "period_text",
    "rupiah_text",
]

CONTEXT = "TrainingTable"

# (sort key of TrainingService.search_ids or None, header)
COLUMNS: tuple[tuple[str | None, Any], ...] = (
    ("mulai", QT_TRANSLATE_NOOP("TrainingTable", "Tanggal")),
    ("nama", QT_TRANSLATE_NOOP("TrainingTable", "Nama kegiatan")),
    ("jenis", QT_TRANSLATE_NOOP("TrainingTable", "Jenis")),
    (None, QT_TRANSLATE_NOOP("TrainingTable", "Bentuk")),
    ("penyelenggara", QT_TRANSLATE_NOOP("TrainingTable", "Penyelenggara")),
    ("tempat", QT_TRANSLATE_NOOP("TrainingTable", "Tempat")),
    ("jp", QT_TRANSLATE_NOOP("TrainingTable", "JP")),
    ("peserta", QT_TRANSLATE_NOOP("TrainingTable", "Peserta")),
    ("biaya", QT_TRANSLATE_NOOP("TrainingTable", "Biaya")),
    ("sumber_dana", QT_TRANSLATE_NOOP("TrainingTable", "Sumber dana")),
    ("reaksi", QT_TRANSLATE_NOOP("TrainingTable", "Indeks reaksi")),
)
(
    MULAI,
    NAMA,
    JENIS,
    BENTUK,
    PENYELENGGARA,
    TEMPAT,
    JP,
    PESERTA,
    BIAYA,
    SUMBER_DANA,
    REAKSI,
) = range(len(COLUMNS))
_NUMBERS = (JP, PESERTA, BIAYA, REAKSI)


def number_text(value: float) -> str:
    """12 / 12,5 / 1.234,25: at most two decimals, Indonesian separators."""
    text = f"{round(value, 2):,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def jp_text(value: float) -> str:
    return QCoreApplication.translate("TrainingTable", "{0} JP").format(number_text(value))


def rupiah_text(value: int) -> str:
    """Rp1.500.000"""
    return "Rp" + f"{value:,}".replace(",", ".")


def period_text(mulai: date, selesai: date) -> str:
    """One day as one date, else both ends."""
    if mulai == selesai:
        return format_tanggal_angka(mulai)
    return f"{format_tanggal_angka(mulai)} – {format_tanggal_angka(selesai)}"


def bentuk_text(klasikal: bool) -> str:
    return (
        QCoreApplication.translate("TrainingTable", "Klasikal")
        if klasikal
        else QCoreApplication.translate("TrainingTable", "Nonklasikal")
    )


class TrainingTableModel(IdTableModel["PelatihanRow"]):
    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def missing_text(self) -> str:
        return QCoreApplication.translate("TrainingTable", "(dihapus)")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.isValid() and index.column() in _NUMBERS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return super().data(index, role)

    def cell(self, item: PelatihanRow, column: int, role: int) -> Any:
        tip = role == Qt.ItemDataRole.ToolTipRole
        if column == MULAI:
            return period_text(item.mulai, item.selesai)
        if column == NAMA:
            return item.nama
        if column == JENIS:
            return item.jenis_label
        if column == BENTUK:
            return bentuk_text(item.klasikal)
        if column == PENYELENGGARA:
            return item.penyelenggara
        if column == TEMPAT:
            if item.internasional:
                where = item.tempat or QCoreApplication.translate("TrainingTable", "(luar negeri)")
                return QCoreApplication.translate("TrainingTable", "{0} (internasional)").format(
                    where
                )
            return item.tempat
        if column == JP:
            amount = f"{number_text(item.jumlah)} {terjemahkan(item.satuan.label)}"
            if not item.aturan_dikonfirmasi:
                if tip:
                    return QCoreApplication.translate(
                        "TrainingTable",
                        "{0} dari {1}; nilai konversi JP jenis ini belum dikonfirmasi.",
                    ).format(jp_text(item.jp), amount)
                return number_text(item.jp) + " *"
            if tip:
                return QCoreApplication.translate("TrainingTable", "{0} dari {1}").format(
                    jp_text(item.jp), amount
                )
            return number_text(item.jp)
        if column == PESERTA:
            return f"{item.jumlah_peserta:,}".replace(",", ".")
        if column == BIAYA:
            if tip:
                if item.biaya_realisasi is None:
                    return QCoreApplication.translate(
                        "TrainingTable", "Rencana {0}; realisasi belum diisi."
                    ).format(rupiah_text(item.biaya_rencana))
                return QCoreApplication.translate(
                    "TrainingTable", "Rencana {0}; realisasi {1}."
                ).format(rupiah_text(item.biaya_rencana), rupiah_text(item.biaya_realisasi))
            return rupiah_text(item.biaya)
        if column == SUMBER_DANA:
            return item.sumber_dana
        if column == REAKSI:
            if item.indeks_reaksi is None:
                return (
                    QCoreApplication.translate("TrainingTable", "Belum ada survei reaksi peserta.")
                    if tip
                    else ""
                )
            return number_text(item.indeks_reaksi)
        return None

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        row = self.row_of(item_id)
        return self.index(row, column) if row is not None else QModelIndex()
