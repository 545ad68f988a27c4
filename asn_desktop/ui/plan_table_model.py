"""The tables of the plan page (AKPK): the plan's items, and what stays unfunded.

- `PlanTableModel`: item ids from PlanService.item_ids (filtered and ordered in SQL, in the
  worker), a page of ItemRow at a time from PlanService.item_rows. Every column sorts, by
  the keys of services.akpk.SORT_KEYS.
- `UnfundedTableModel`: the rows PlanService.tidak_didanai gave (by priority, then plan
  order), each with what it would cost; held as they came, so a header click sorts them in
  memory (the service gives the whole list in one read anyway).

Texts the service keeps in Indonesian for the command line too (status and the "didanai"
words) are marked here for Qt Linguist.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from asn_desktop.domain import format_nip
from asn_desktop.services.training_budget import format_rupiah
from asn_desktop.ui.id_table_model import IdTableModel
from asn_desktop.ui.jp_bars import format_jp

if TYPE_CHECKING:
    from asn_desktop.services.akpk import ItemRow

__all__ = [
    "BIAYA",
    "CHEAPER",
    "COLUMNS",
    "DIDANAI",
    "KOMPETENSI",
    "NAMA",
    "NIP",
    "STATUS_TEXTS",
    "UNFUNDED",
    "UNFUNDED_COLUMNS",
    "URUTAN",
    "U_BIAYA",
    "U_DIDANAI",
    "U_NAMA",
    "PlanTableModel",
    "UnfundedTableModel",
    "bulan_text",
    "didanai_text",
    "status_text",
]

CONTEXT = "PlanTable"
AnyIndex = QModelIndex | QPersistentModelIndex

UNFUNDED = QColor("#b71c1c")
CHEAPER = QColor("#7a4f00")  # funded, but with a cheaper route than the need asks
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

# services.akpk.STATUS_LABELS, in the interface's language.
STATUS_TEXTS: dict[str, Any] = {
    "draft": QT_TRANSLATE_NOOP("PlanTable", "Draf"),
    "disetujui_atasan": QT_TRANSLATE_NOOP("PlanTable", "Disetujui atasan"),
    "disetujui_pyb": QT_TRANSLATE_NOOP("PlanTable", "Disetujui PyB"),
    "ditetapkan_ppk": QT_TRANSLATE_NOOP("PlanTable", "Ditetapkan PPK"),
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def status_text(status: str) -> str:
    source = STATUS_TEXTS.get(status)
    return _tr(source) if source is not None else status


def _nip(value: str) -> str:
    # A NIP of another length (imported history) is shown as stored rather than failing
    # in a repaint.
    try:
        return format_nip(value)
    except ValueError:
        return value


def bulan_text(bulan: int) -> str:
    """The month of an item by name, in the interface's language."""
    if 1 <= bulan <= 12:
        return QLocale().standaloneMonthName(bulan, QLocale.FormatType.LongFormat)
    return str(bulan)


def didanai_text(item: ItemRow) -> str:
    if not item.didanai:
        return QCoreApplication.translate("PlanTable", "Tidak")
    if item.biaya_ideal > 0:
        return QCoreApplication.translate("PlanTable", "Ya, rute lebih murah")
    return QCoreApplication.translate("PlanTable", "Ya")


def _didanai_color(item: ItemRow) -> QColor | None:
    if not item.didanai:
        return UNFUNDED
    return CHEAPER if item.biaya_ideal > 0 else None


def _level(value: int | None) -> str:
    return str(value) if value is not None else "–"


def _level_tooltip(item: ItemRow) -> str:
    if item.standar is None and item.aktual is None:
        return QCoreApplication.translate("PlanTable", "Belum ada hasil asesmen kompetensi ini.")
    return QCoreApplication.translate("PlanTable", "Standar {0}, aktual {1}.").format(
        _level(item.standar), _level(item.aktual)
    )


def _rute_tooltip(item: ItemRow) -> str:
    jalur = (
        QCoreApplication.translate("PlanTable", "klasikal")
        if item.jalur == "klasikal"
        else QCoreApplication.translate("PlanTable", "nonklasikal")
    )
    return QCoreApplication.translate("PlanTable", "{0} ({1}, jenis diklat {2})").format(
        item.rute, jalur, item.jenis_diklat
    )


def _didanai_tooltip(item: ItemRow) -> str:
    lines = [item.alasan] if item.alasan else []
    if item.biaya_ideal > 0:
        lines.append(
            QCoreApplication.translate("PlanTable", "Kebutuhan yang belum didanai: {0}.").format(
                format_rupiah(item.biaya_ideal)
            )
        )
    return "\n".join(lines)


def _penyebab_tooltip(item: ItemRow) -> str:
    return "\n".join(t for t in (item.penyebab, item.kesenjangan_kinerja) if t)


# -- the items ------------------------------------------------------------------------------

# (sort key of PlanService.item_ids, header, how a cell reads, its tooltip or None, number).
Cell = Callable[["ItemRow"], str]
COLUMNS: tuple[tuple[str, Any, Cell, Cell | None, bool], ...] = (
    ("urutan", QT_TRANSLATE_NOOP("PlanTable", "No"), lambda i: str(i.urutan), None, True),
    ("nip", QT_TRANSLATE_NOOP("PlanTable", "NIP"), lambda i: _nip(i.nip), None, False),
    ("nama", QT_TRANSLATE_NOOP("PlanTable", "Nama"), lambda i: i.nama, lambda i: i.jabatan, False),
    ("unit", QT_TRANSLATE_NOOP("PlanTable", "Unit kerja"), lambda i: i.unit, None, False),
    (
        "kompetensi",
        QT_TRANSLATE_NOOP("PlanTable", "Kompetensi"),
        lambda i: i.kompetensi_nama,
        _level_tooltip,
        False,
    ),
    ("standar", QT_TRANSLATE_NOOP("PlanTable", "Std"), lambda i: _level(i.standar), None, True),
    ("aktual", QT_TRANSLATE_NOOP("PlanTable", "Akt"), lambda i: _level(i.aktual), None, True),
    (
        "penyebab",
        QT_TRANSLATE_NOOP("PlanTable", "Penyebab"),
        lambda i: i.penyebab,
        _penyebab_tooltip,
        False,
    ),
    ("rute", QT_TRANSLATE_NOOP("PlanTable", "Rute"), lambda i: i.rute, _rute_tooltip, False),
    (
        "penyelenggara",
        QT_TRANSLATE_NOOP("PlanTable", "Penyelenggara"),
        lambda i: i.penyelenggara,
        None,
        False,
    ),
    ("bulan", QT_TRANSLATE_NOOP("PlanTable", "Bulan"), lambda i: bulan_text(i.bulan), None, False),
    ("jp", QT_TRANSLATE_NOOP("PlanTable", "JP"), lambda i: format_jp(i.jp), None, True),
    (
        "biaya",
        QT_TRANSLATE_NOOP("PlanTable", "Biaya"),
        lambda i: format_rupiah(i.biaya),
        None,
        True,
    ),
    (
        "prioritas",
        QT_TRANSLATE_NOOP("PlanTable", "Prioritas"),
        lambda i: i.prioritas_label,
        None,
        False,
    ),
    ("didanai", QT_TRANSLATE_NOOP("PlanTable", "Didanai"), didanai_text, _didanai_tooltip, False),
    ("catatan", QT_TRANSLATE_NOOP("PlanTable", "Catatan"), lambda i: i.catatan, None, False),
)
(
    URUTAN,
    NIP,
    NAMA,
    UNIT,
    KOMPETENSI,
    STANDAR,
    AKTUAL,
    PENYEBAB,
    RUTE,
    PENYELENGGARA,
    BULAN,
    JP,
    BIAYA,
    PRIORITAS,
    DIDANAI,
    CATATAN,
) = range(len(COLUMNS))


def _one_line(text: str) -> str:
    return " ".join(text.split())


class PlanTableModel(IdTableModel["ItemRow"]):
    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def missing_text(self) -> str:
        return QCoreApplication.translate("PlanTable", "(dihapus)")

    def cell(self, item: ItemRow, column: int, role: int) -> Any:
        _key, _header, text, tooltip, _number = COLUMNS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item) if tooltip is not None else text(item)
        return _one_line(text(item))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids()):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if COLUMNS[index.column()][4] else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != DIDANAI:
                return None
            item = self.item_at(index.row())
            return _didanai_color(item) if item is not None else None
        return super().data(index, role)


# -- the unfunded list ----------------------------------------------------------------------


def _unfunded_didanai(item: ItemRow) -> str:
    if item.didanai:
        return QCoreApplication.translate("PlanTable", "Dengan rute lebih murah")
    return QCoreApplication.translate("PlanTable", "Tidak")


# (sort key in memory, header, cell, tooltip or None, number)
UNFUNDED_COLUMNS: tuple[tuple[Callable[[ItemRow], Any], Any, Cell, Cell | None, bool], ...] = (
    (lambda i: i.nip, QT_TRANSLATE_NOOP("PlanTable", "NIP"), lambda i: _nip(i.nip), None, False),
    (
        lambda i: i.nama.casefold(),
        QT_TRANSLATE_NOOP("PlanTable", "Nama"),
        lambda i: i.nama,
        lambda i: i.jabatan,
        False,
    ),
    (
        lambda i: i.unit.casefold(),
        QT_TRANSLATE_NOOP("PlanTable", "Unit kerja"),
        lambda i: i.unit,
        None,
        False,
    ),
    (
        lambda i: i.kompetensi_nama.casefold(),
        QT_TRANSLATE_NOOP("PlanTable", "Kompetensi"),
        lambda i: i.kompetensi_nama,
        _level_tooltip,
        False,
    ),
    (
        lambda i: i.penyebab,
        QT_TRANSLATE_NOOP("PlanTable", "Penyebab"),
        lambda i: i.penyebab,
        _penyebab_tooltip,
        False,
    ),
    (
        lambda i: i.prioritas,
        QT_TRANSLATE_NOOP("PlanTable", "Prioritas"),
        lambda i: i.prioritas_label,
        None,
        False,
    ),
    (
        lambda i: i.didanai,
        QT_TRANSLATE_NOOP("PlanTable", "Didanai"),
        _unfunded_didanai,
        None,
        False,
    ),
    (
        lambda i: i.rute.casefold(),
        QT_TRANSLATE_NOOP("PlanTable", "Rute dalam rencana"),
        lambda i: i.rute,
        _rute_tooltip,
        False,
    ),
    (
        lambda i: i.biaya_tidak_didanai,
        QT_TRANSLATE_NOOP("PlanTable", "Biaya kebutuhan"),
        lambda i: format_rupiah(i.biaya_tidak_didanai),
        None,
        True,
    ),
    (
        lambda i: i.alasan.casefold(),
        QT_TRANSLATE_NOOP("PlanTable", "Alasan"),
        lambda i: i.alasan,
        None,
        False,
    ),
)
(
    U_NIP,
    U_NAMA,
    U_UNIT,
    U_KOMPETENSI,
    U_PENYEBAB,
    U_PRIORITAS,
    U_DIDANAI,
    U_RUTE,
    U_BIAYA,
    U_ALASAN,
) = range(len(UNFUNDED_COLUMNS))


class UnfundedTableModel(IdTableModel["ItemRow"]):
    """The unfunded list: rows kept as the service gave them, sorted here on a header click
    (ties keep the service's order: priority, then plan order)."""

    CONTEXT = CONTEXT
    # The base class reads only the header (and a non-None key makes a column sortable).
    COLUMNS = tuple((str(n), c[1]) for n, c in enumerate(UNFUNDED_COLUMNS))

    def __init__(self, parent: Any = None) -> None:
        rows: dict[int, ItemRow] = {}

        def fetch(ids: Sequence[int]) -> dict[int, ItemRow]:
            return {i: rows[i] for i in ids if i in rows}

        super().__init__(fetch, parent)
        self._rows = rows
        self._order: list[int] = []  # the service's order
        self._sort: tuple[int, bool] | None = None

    def set_rows(self, rows: Sequence[ItemRow]) -> None:
        self._rows.clear()
        self._rows.update((r.id, r) for r in rows)
        self._order = [r.id for r in rows]
        self.set_ids(self._sorted())

    def rows(self) -> list[ItemRow]:
        """The rows in the order shown."""
        return [self._rows[i] for i in self.ids()]

    def total(self) -> int:
        """What the unfunded needs would cost together."""
        return sum(r.biaya_tidak_didanai for r in self._rows.values())

    def _sorted(self) -> list[int]:
        if self._sort is None:
            return list(self._order)
        column, descending = self._sort
        key = UNFUNDED_COLUMNS[column][0]
        # sorted() is stable: equal keys keep the service's order, also descending.
        return sorted(self._order, key=lambda i: key(self._rows[i]), reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(UNFUNDED_COLUMNS):
            return
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self.set_ids(self._sorted())

    def cell(self, item: ItemRow, column: int, role: int) -> Any:
        _key, _header, text, tooltip, _number = UNFUNDED_COLUMNS[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(item) if tooltip is not None else text(item)
        return _one_line(text(item))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids()):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if UNFUNDED_COLUMNS[index.column()][4] else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() != U_DIDANAI:
                return None
            item = self.item_at(index.row())
            if item is None:
                return None
            return CHEAPER if item.didanai else UNFUNDED
        return super().data(index, role)
