"""The tables of the JP compliance page (and the plain tables of the budget page).

- `ComplianceTableModel`: employees with their JP and target of a year, an id model
  (IdTableModel): ids from ComplianceService.search_ids (filtered and ordered in SQL, in the
  worker), a page of JpPegawai rows at a time from ComplianceService.rows.
- `RecordTableModel`: a small list of records shown as they come from a service (the units
  of the agency, the "resistant" list, the budget's sums), sortable in memory: a list of a
  few hundred rows, never the big tables.
- `UnitComplianceModel` and `TanpaPengembanganModel`: the two plain tables of the page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from asn_desktop.domain import format_nip, format_tanggal_angka
from asn_desktop.ui.id_table_model import IdTableModel
from asn_desktop.ui.jp_bars import MARK, format_jp, format_persen

if TYPE_CHECKING:
    from asn_desktop.services.jp_compliance import JpPegawai, JpUnit, TanpaPengembangan

__all__ = [
    "COLUMNS",
    "JP",
    "MEMENUHI",
    "NAMA",
    "NIP",
    "TARGET",
    "ComplianceTableModel",
    "RecordColumn",
    "RecordTableModel",
    "TanpaPengembanganModel",
    "UnitComplianceModel",
    "count_text",
    "nip_text",
    "target_text",
    "target_tooltip",
]

CONTEXT = "ComplianceTable"
AnyIndex = QModelIndex | QPersistentModelIndex
R = TypeVar("R")

BELOW = QColor("#b71c1c")
MET = QColor("#1b5e20")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def count_text(value: int) -> str:
    """A count in the interface's locale (1.234)."""
    return QLocale().toString(value)


def nip_text(value: str) -> str:
    """A NIP grouped as printed; imported history may hold another length: shown as it is
    rather than failing in a repaint."""
    try:
        return format_nip(value)
    except ValueError:
        return value


# -- the employees: an id model ---------------------------------------------------------------

# (sort key of ComplianceService.search_ids or None, header). Target, shortfall and "meets"
# are computed from the months in service after SQL, so the service does not sort by them.
COLUMNS: tuple[tuple[str | None, Any], ...] = (
    ("nip", QT_TRANSLATE_NOOP("ComplianceTable", "NIP")),
    ("nama", QT_TRANSLATE_NOOP("ComplianceTable", "Nama")),
    ("unit", QT_TRANSLATE_NOOP("ComplianceTable", "Unit kerja")),
    ("status", QT_TRANSLATE_NOOP("ComplianceTable", "Status")),
    ("jp", QT_TRANSLATE_NOOP("ComplianceTable", "JP")),
    (None, QT_TRANSLATE_NOOP("ComplianceTable", "Target")),
    (None, QT_TRANSLATE_NOOP("ComplianceTable", "Kekurangan")),
    (None, QT_TRANSLATE_NOOP("ComplianceTable", "Memenuhi")),
)
NIP, NAMA, UNIT, STATUS, JP, TARGET, KEKURANGAN, MEMENUHI = range(len(COLUMNS))
_NUMBERS = (JP, TARGET, KEKURANGAN)


def target_text(item: JpPegawai) -> str:
    text = format_jp(item.target)
    return text + MARK if not item.target_dikonfirmasi else text


def target_tooltip(item: JpPegawai) -> str:
    lines = []
    if item.mulai_kerja is not None or item.selesai_kerja is not None:
        lines.append(
            QCoreApplication.translate(
                "ComplianceTable", "Target sebanding masa kerja tahun ini: {0} s.d. {1}."
            ).format(
                format_tanggal_angka(item.mulai_kerja)
                if item.mulai_kerja
                else QCoreApplication.translate("ComplianceTable", "awal tahun"),
                format_tanggal_angka(item.selesai_kerja)
                if item.selesai_kerja
                else QCoreApplication.translate("ComplianceTable", "akhir tahun"),
            )
        )
    if not item.target_dikonfirmasi:
        lines.append(
            QCoreApplication.translate("ComplianceTable", "Target {0} belum dikonfirmasi.").format(
                item.status
            )
        )
        if item.catatan_target:
            lines.append(item.catatan_target)
    return "\n".join(lines)


class ComplianceTableModel(IdTableModel["JpPegawai"]):
    COLUMNS = COLUMNS
    CONTEXT = CONTEXT

    def missing_text(self) -> str:
        return QCoreApplication.translate("ComplianceTable", "(dihapus)")

    def cell(self, item: JpPegawai, column: int, role: int) -> Any:
        tooltip = role == Qt.ItemDataRole.ToolTipRole
        if column == NIP:
            return nip_text(item.nip)
        if column == NAMA:
            return item.nama
        if column == UNIT:
            return f"{item.unit_kode} {item.unit_nama}" if tooltip else item.unit_nama
        if column == STATUS:
            return item.status
        if column == JP:
            return format_jp(item.jp)
        if column == TARGET:
            return target_tooltip(item) if tooltip else target_text(item)
        if column == KEKURANGAN:
            return format_jp(item.kekurangan) if item.kekurangan > 0 else "–"
        if column == MEMENUHI:
            if tooltip:
                if item.memenuhi:
                    return QCoreApplication.translate(
                        "ComplianceTable", "{0} JP, target {1}: memenuhi."
                    ).format(format_jp(item.jp), format_jp(item.target))
                return QCoreApplication.translate(
                    "ComplianceTable", "{0} JP, target {1}: kurang {2} JP."
                ).format(format_jp(item.jp), format_jp(item.target), format_jp(item.kekurangan))
            return (
                QCoreApplication.translate("ComplianceTable", "Ya")
                if item.memenuhi
                else QCoreApplication.translate("ComplianceTable", "Tidak")
            )
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.ids()):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if index.column() in _NUMBERS else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and index.column() in (KEKURANGAN, MEMENUHI):
            item = self.item_at(index.row())
            if item is None:
                return None
            return MET if item.memenuhi else BELOW
        return super().data(index, role)


# -- small lists: a plain model -----------------------------------------------------------------


@dataclass(frozen=True)
class RecordColumn(Generic[R]):
    """One column of a RecordTableModel: header (marked with QT_TRANSLATE_NOOP in the
    model's CONTEXT), the shown text, and optionally a sort key, a tooltip, a colour."""

    header: object
    text: Callable[[R], str]
    key: Callable[[R], Any] | None = None
    number: bool = False  # right-aligned
    tooltip: Callable[[R], str] | None = None
    color: Callable[[R], QColor | None] | None = None


def _sort_value(value: Any) -> tuple[int, Any]:
    # None (nothing to compare: no participants, no JP) after every value, both ways.
    if value is None:
        return (1, 0)
    if isinstance(value, str):
        return (0, value.casefold())
    return (0, value)


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """A list of records as a table; clicking a header sorts the list in memory."""

    CONTEXT: ClassVar[str] = "RecordTable"
    RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        columns: Sequence[RecordColumn[R]],
        parent: Any = None,
        *,
        bold: Callable[[R], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.bold = bold  # rows in bold (a total)
        self._records: list[R] = []
        self._sort: tuple[int, bool] | None = None

    def set_records(self, records: Sequence[R]) -> None:
        self.beginResetModel()
        self._records = list(records)
        if self._sort is not None:
            self._sort_records(*self._sort)
        self.endResetModel()

    def records(self) -> list[R]:
        return list(self._records)

    def record_at(self, row: int) -> R | None:
        return self._records[row] if 0 <= row < len(self._records) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._records):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self._records[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(record)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(record) if column.tooltip is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.number else _LEFT
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(record)
        if role == Qt.ItemDataRole.FontRole and self.bold is not None and self.bold(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == self.RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.CONTEXT, str(self.columns[section].header))
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._records):
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or self.columns[column].key is None:
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._sort_records(*self._sort)
        self.layoutChanged.emit()

    def _sort_records(self, column: int, descending: bool) -> None:
        key = self.columns[column].key
        assert key is not None
        present = [r for r in self._records if key(r) is not None]
        absent = [r for r in self._records if key(r) is None]
        present.sort(key=lambda r: _sort_value(key(r)), reverse=descending)
        self._records = present + absent  # nothing to compare stays last both ways


# -- the units ------------------------------------------------------------------------------


def _share_color(unit: JpUnit) -> QColor | None:
    if unit.share is None:
        return None
    return MET if unit.share >= 100 else BELOW if unit.share < 50 else None


UNIT_COLUMNS: tuple[RecordColumn[JpUnit], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Unit kerja"),
        lambda u: "    " * u.tingkat + u.nama,
        tooltip=lambda u: f"{u.kode} {u.nama}",
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Pegawai"),
        lambda u: count_text(u.staff),
        key=lambda u: u.staff,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Memenuhi"),
        lambda u: count_text(u.meeting_target),
        key=lambda u: u.meeting_target,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Persentase"),
        lambda u: format_persen(u.share),
        key=lambda u: u.share,
        number=True,
        color=_share_color,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Di bawah target"),
        lambda u: count_text(u.below_target),
        key=lambda u: u.below_target,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Tanpa kegiatan"),
        lambda u: count_text(u.nihil),
        key=lambda u: u.nihil,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceUnits", "Rata-rata JP"),
        lambda u: format_jp(u.jp_rata2) if u.jp_rata2 is not None else "–",
        key=lambda u: u.jp_rata2,
        number=True,
    ),
)


class UnitComplianceModel(RecordTableModel["JpUnit"]):
    """The units of the scope in the order of the tree (sub-units indented), each with the
    share of its staff, those of its sub-units included, meeting the target."""

    CONTEXT = "ComplianceUnits"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(UNIT_COLUMNS, parent)


# -- the "resistant" list ----------------------------------------------------------------------


def _terakhir(t: TanpaPengembangan) -> str:
    if t.tahun_terakhir is None:
        return QCoreApplication.translate("ComplianceResistant", "belum pernah")
    return str(t.tahun_terakhir)


def _lama(t: TanpaPengembangan) -> str:
    if t.tahun_tanpa is None:
        return QCoreApplication.translate("ComplianceResistant", "tidak diketahui")
    return QCoreApplication.translate("ComplianceResistant", "{0} tahun").format(t.tahun_tanpa)


def _lama_tooltip(t: TanpaPengembangan) -> str:
    if t.tahun_terakhir is None and t.tahun_tanpa is not None:
        return QCoreApplication.translate(
            "ComplianceResistant",
            "Belum pernah tercatat mengikuti pengembangan kompetensi selama {0} tahun masa kerja.",
        ).format(t.tahun_tanpa)
    if t.tahun_tanpa is None:
        return QCoreApplication.translate(
            "ComplianceResistant",
            "Belum pernah tercatat mengikuti pengembangan kompetensi; awal masa kerja tidak "
            "tercatat (TMT CPNS atau riwayat pangkat kosong).",
        )
    return ""


RESISTANT_COLUMNS: tuple[RecordColumn[TanpaPengembangan], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "NIP"),
        lambda t: nip_text(t.nip),
        key=lambda t: t.nip,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "Nama"), lambda t: t.nama, key=lambda t: t.nama
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "Unit kerja"),
        lambda t: t.unit_nama,
        key=lambda t: t.unit_nama,
        tooltip=lambda t: f"{t.unit_kode} {t.unit_nama}",
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "Status"),
        lambda t: t.status,
        key=lambda t: t.status,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "Terakhir"),
        _terakhir,
        key=lambda t: t.tahun_terakhir if t.tahun_terakhir is not None else 0,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("ComplianceResistant", "Tanpa pengembangan"),
        _lama,
        # Unknown first when longest first: nobody can say how long it has been.
        key=lambda t: t.tahun_tanpa if t.tahun_tanpa is not None else 1 << 30,
        number=True,
        tooltip=_lama_tooltip,
        color=lambda t: BELOW,
    ),
)


class TanpaPengembanganModel(RecordTableModel["TanpaPengembangan"]):
    """Staff without credited development for N years or more, longest first (the
    service's order until a header is clicked)."""

    CONTEXT = "ComplianceResistant"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(RESISTANT_COLUMNS, parent)
