"""The tables of the competency page (Pengembangan → Standar dan asesmen).

- PemetaanTableModel: the competency mapping list, an id model (employee ids from
  CompetencyService.pemetaan_ids, sorted and filtered by the service; a page of
  PemetaanRow at a time from pemetaan_rows). Every column sorts.
- JabatanTableModel: the positions of the register (a few hundred at most: one row per kind
  and name of position, not per employee), held whole.
- ProfilTableModel and AsesmenTableModel: the chosen employee's profile (standard, actual,
  gap per competency) and assessments, a screenful each.

The texts of the standard's sources and of "not assessed" are here too, for the page and
its dialogs to say them alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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
from PySide6.QtGui import QBrush, QColor

from asn_desktop.domain import format_nip, format_tanggal_angka
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.profil_kompetensi import SUMBER_BAWAAN, SUMBER_JABATAN, SUMBER_JENIS
from asn_desktop.ui.id_table_model import IdTableModel

if TYPE_CHECKING:
    from asn_desktop.services.competency import (
        AsesmenRecord,
        JabatanItem,
        KompetensiItem,
        PemetaanRow,
        ProfilItem,
    )

__all__ = [
    "ASESMEN_COLUMNS",
    "JABATAN_COLUMNS",
    "PEMETAAN_COLUMNS",
    "PROFIL_COLUMNS",
    "P_ASESMEN",
    "P_BAND",
    "P_GAPS",
    "P_JABATAN",
    "P_JPM",
    "P_NAMA",
    "P_NIP",
    "P_UNIT",
    "TEKNIS_COLUMNS",
    "AsesmenTableModel",
    "JabatanTableModel",
    "ListTableModel",
    "PemetaanTableModel",
    "ProfilTableModel",
    "TeknisTableModel",
    "format_jpm",
    "jenis_label",
    "sumber_text",
]

CONTEXT = "CompetencyTable"
AnyIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")

GAP_COLOR = QColor("#b71c1c")  # a competency below its standard
MET_COLOR = QColor("#1b5e20")

# The three places a standard's level can come from (services.profil_kompetensi).
SUMBER_TEXTS: dict[str, Any] = {
    SUMBER_BAWAAN: QT_TRANSLATE_NOOP("CompetencyTable", "bawaan"),
    SUMBER_JENIS: QT_TRANSLATE_NOOP("CompetencyTable", "default instansi"),
    SUMBER_JABATAN: QT_TRANSLATE_NOOP("CompetencyTable", "jabatan ini"),
}
NOT_ASSESSED = QT_TRANSLATE_NOOP("CompetencyTable", "belum dinilai")


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def sumber_text(sumber: str | None) -> str:
    """Where a standard's level comes from, in the interface's language ("" for none)."""
    if sumber is None:
        return ""
    source = SUMBER_TEXTS.get(sumber)
    return _tr(source) if source is not None else sumber


def jenis_label(jenis: str) -> str:
    """The kind of position as a person reads it (the value itself if unknown)."""
    try:
        return terjemahkan(JenisJabatan(jenis).label)  # the domain's label, in this language
    except ValueError:
        return jenis


def format_jpm(value: float | None) -> str:
    """84.44 as "84,44%" (in the interface's locale); "belum dinilai" for None."""
    if value is None:
        return _tr(NOT_ASSESSED)
    return QLocale().toString(float(value), "f", 2) + "%"


def _nip(value: str) -> str:
    # A NIP of another length (imported history) is shown as it is rather than fail in a
    # repaint.
    try:
        return format_nip(value)
    except ValueError:
        return value


def _date(value: date | None) -> str:
    return format_tanggal_angka(value) if value is not None else ""


# -- the mapping list (an id model) -----------------------------------------------------------

# (sort key of CompetencyService.pemetaan_ids, header); the keys are PEMETAAN_SORTS.
# JPM and its band come right after the name: they are what the list is read for.
PEMETAAN_COLUMNS: tuple[tuple[str | None, Any], ...] = (
    ("nip", QT_TRANSLATE_NOOP("CompetencyTable", "NIP")),
    ("nama", QT_TRANSLATE_NOOP("CompetencyTable", "Nama")),
    ("jpm", QT_TRANSLATE_NOOP("CompetencyTable", "JPM")),
    ("band", QT_TRANSLATE_NOOP("CompetencyTable", "Kategori")),
    ("kesenjangan", QT_TRANSLATE_NOOP("CompetencyTable", "Kesenjangan")),
    ("asesmen", QT_TRANSLATE_NOOP("CompetencyTable", "Asesmen terakhir")),
    ("jabatan", QT_TRANSLATE_NOOP("CompetencyTable", "Jabatan")),
    ("unit", QT_TRANSLATE_NOOP("CompetencyTable", "Unit kerja")),
)
P_NIP, P_NAMA, P_JPM, P_BAND, P_GAPS, P_ASESMEN, P_JABATAN, P_UNIT = range(len(PEMETAAN_COLUMNS))


class PemetaanTableModel(IdTableModel["PemetaanRow"]):
    COLUMNS = PEMETAAN_COLUMNS
    CONTEXT = CONTEXT

    def missing_text(self) -> str:
        return _tr(QT_TRANSLATE_NOOP("CompetencyTable", "(dihapus)"))

    def cell(self, item: PemetaanRow, column: int, role: int) -> Any:
        if column == P_NIP:
            return _nip(item.nip)
        if column == P_NAMA:
            return item.nama
        if column == P_JABATAN:
            if role == Qt.ItemDataRole.ToolTipRole and item.jenis_jabatan:
                return f"{item.jabatan} ({jenis_label(item.jenis_jabatan)})"
            return item.jabatan
        if column == P_UNIT:
            return item.unit
        if column == P_JPM:
            return format_jpm(item.jpm) if item.jpm is not None else "—"
        if column == P_BAND:
            return item.band if item.jpm is not None else _tr(NOT_ASSESSED)
        if column == P_GAPS:
            if item.jpm is None:
                return ""
            if role == Qt.ItemDataRole.ToolTipRole:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "CompetencyTable", "{0} kompetensi di bawah standar jabatannya"
                    )
                ).format(item.kesenjangan)
            return str(item.kesenjangan)
        if column == P_ASESMEN:
            return _date(item.asesmen_terakhir)
        return None


# -- small tables held whole ------------------------------------------------------------------


class ListTableModel(QAbstractTableModel, Generic[Row]):
    """A read-only table of a short list of rows; a subclass says the columns and cells."""

    HEADERS: ClassVar[tuple[Any, ...]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return self._rows

    def row_at(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def cell(self, item: Row, column: int, role: int) -> Any:
        raise NotImplementedError

    def sort_key(self, item: Row, column: int) -> Any:
        """What a column sorts by (None: it does not); the list is short, sorted here."""
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not self._rows or self.sort_key(self._rows[0], column) is None:
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        before = [(self._rows[i.row()], i.column()) for i in persistent]
        self._rows.sort(
            key=lambda item: self.sort_key(item, column),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        # Identity, not equality: two equal rows stay two rows.
        where = {id(item): row for row, item in enumerate(self._rows)}
        self.changePersistentIndexList(
            persistent, [self.index(where[id(item)], col) for item, col in before]
        )
        self.layoutChanged.emit()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.HEADERS):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.HEADERS):
            return _tr(self.HEADERS[section])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


JABATAN_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("CompetencyTable", "Jenis jabatan"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Jabatan"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Pegawai"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Standar khusus"),
)
J_JENIS, J_NAMA, J_PEGAWAI, J_KHUSUS = range(len(JABATAN_COLUMNS))


class JabatanTableModel(ListTableModel["JabatanItem"]):
    """The positions of the register, by kind then name (as CompetencyService.jabatan)."""

    HEADERS = JABATAN_COLUMNS

    def cell(self, item: JabatanItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == J_PEGAWAI:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == J_KHUSUS:
            if item.punya_standar:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "CompetencyTable", "Jabatan ini memiliki standar kompetensi sendiri."
                    )
                )
            return _tr(
                QT_TRANSLATE_NOOP(
                    "CompetencyTable",
                    "Belum ada standar khusus: berlaku default instansi atau bawaan jenis "
                    "jabatannya.",
                )
            )
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == J_JENIS:
            return jenis_label(item.jenis_jabatan)
        if column == J_NAMA:
            return item.jabatan_nama
        if column == J_PEGAWAI:
            return QLocale().toString(item.pegawai)
        if column == J_KHUSUS:
            return _tr(QT_TRANSLATE_NOOP("CompetencyTable", "Ya")) if item.punya_standar else ""
        return None

    def sort_key(self, item: JabatanItem, column: int) -> Any:
        if column == J_JENIS:
            return (jenis_label(item.jenis_jabatan), item.jabatan_nama.casefold())
        if column == J_NAMA:
            return (item.jabatan_nama.casefold(), item.jenis_jabatan)
        if column == J_PEGAWAI:
            return (item.pegawai, item.jabatan_nama.casefold())
        if column == J_KHUSUS:
            return (not item.punya_standar, item.jabatan_nama.casefold())
        return None


TEKNIS_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("CompetencyTable", "Kode"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Nama"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Deskripsi"),
)
T_KODE, T_NAMA, T_DESKRIPSI = range(len(TEKNIS_COLUMNS))


class TeknisTableModel(ListTableModel["KompetensiItem"]):
    """The agency's own teknis competencies (the nine fixed ones are not edited here)."""

    HEADERS = TEKNIS_COLUMNS

    def cell(self, item: KompetensiItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == T_DESKRIPSI:
            return item.deskripsi or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == T_KODE:
            return item.kode
        if column == T_NAMA:
            return item.nama
        if column == T_DESKRIPSI:
            return " ".join(item.deskripsi.split())
        return None


PROFIL_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("CompetencyTable", "Kompetensi"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Standar"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Aktual"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Kesenjangan"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Sumber standar"),
)
PR_NAMA, PR_STANDAR, PR_AKTUAL, PR_GAP, PR_SUMBER = range(len(PROFIL_COLUMNS))


class ProfilTableModel(ListTableModel["ProfilItem"]):
    """Per competency of the chosen employee: standard, latest assessed level, the gap."""

    HEADERS = PROFIL_COLUMNS

    def cell(self, item: ProfilItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PR_STANDAR,
            PR_AKTUAL,
            PR_GAP,
        ):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == PR_GAP:
            if item.selisih is None:
                return None
            return QBrush(GAP_COLOR if item.selisih else MET_COLOR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PR_NAMA:
                return f"{item.nama} ({terjemahkan(item.kelompok.label)})"
            if column == PR_STANDAR and item.standar is None:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "CompetencyTable",
                        "Dinilai, tetapi tidak termasuk standar jabatannya: tidak dihitung "
                        "dalam JPM.",
                    )
                )
            if column == PR_GAP and item.selisih is not None:
                if item.selisih:
                    return _tr(
                        QT_TRANSLATE_NOOP("CompetencyTable", "Kurang {0} level dari standar.")
                    ).format(item.selisih)
                return _tr(QT_TRANSLATE_NOOP("CompetencyTable", "Memenuhi standar."))
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == PR_NAMA:
            return item.nama
        if column == PR_STANDAR:
            return "" if item.standar is None else str(item.standar)
        if column == PR_AKTUAL:
            return "—" if item.aktual is None else str(item.aktual)
        if column == PR_GAP:
            if item.selisih is None:
                return ""
            return f"−{item.selisih}" if item.selisih else "0"
        if column == PR_SUMBER:
            return sumber_text(item.sumber)
        return None


ASESMEN_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("CompetencyTable", "Tanggal"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Asesor"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Kompetensi dinilai"),
    QT_TRANSLATE_NOOP("CompetencyTable", "Diubah oleh"),
)
A_TANGGAL, A_ASESOR, A_NILAI, A_OLEH = range(len(ASESMEN_COLUMNS))


class AsesmenTableModel(ListTableModel["AsesmenRecord"]):
    """The chosen employee's assessments, newest first; a tooltip lists the levels."""

    HEADERS = ASESMEN_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_catalogue(self, katalog: Sequence[KompetensiItem]) -> None:
        """The competencies' names, for the tooltip of the levels."""
        self._names = {k.kode: k.nama for k in katalog}
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell(self, item: AsesmenRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == A_NILAI:
            return "\n".join(
                f"{self._names.get(kode, kode)}: {level}" for kode, level in item.nilai.items()
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == A_ASESOR and item.catatan:
            return item.catatan
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == A_TANGGAL:
            return format_tanggal_angka(item.tanggal)
        if column == A_ASESOR:
            return item.asesor
        if column == A_NILAI:
            return QLocale().toString(len(item.nilai))
        if column == A_OLEH:
            return item.updated_by
        return None
