"""One development activity and its participants, in one dialog.

    open_training_editor(db, runner, parent)                  a new activity
    open_training_editor(db, runner, parent, pelatihan_id=…)  an existing one

The form above is the activity (type, dates, the raw amount in the unit its JP rule needs,
cost, pass rules, the participants' reaction scores); while it is typed, "JP dihitung" shows
what the rule makes of it (TrainingService.preview_jp, in the worker, when the typing
pauses), with the rule's warning where its value is unconfirmed. The table below is the
participants: Tambah peserta… opens the picker (many people at once, enrolled in one call);
attendance, test scores, result and STTP are typed into the cells (or a participant's own
small dialog) and saved with the activity by Simpan, in one call (TrainingService.save: all
or nothing, so a participant refused leaves the activity and everyone else as they were;
the refused are marked in the table), after which every participant's credited JP and
their JP of that year against the target are read again. Enrolling,
removing someone and attaching a certificate are saved at once: they are records of their
own, not edits of the form.

Everything is read and written through the services in the worker; every save is an
Operation (ui.operations). Module-level imports stay off SQLAlchemy and the services
(docs/architecture.md): those are imported inside the functions that need them.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStringListModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDesktopServices, QFont, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import (
    FieldProblem,
    TanggalError,
    check_text,
    format_tanggal_angka,
    parse_tanggal,
)
from asn_desktop.domain.jp import SatuanJp
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed
from asn_desktop.ui.form_fields import ERROR_STYLE, DateEdit, FieldRow, limit_input
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.skp_editor import (
    HINT_STYLE,
    apply_read_only,
    fit_to_screen,
    if_alive,
    nip_text,
    plain_edit,
)
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.training_page import pelatihan_changes
from asn_desktop.ui.training_table_model import bentuk_text, jp_text, number_text, rupiah_text

if TYPE_CHECKING:
    from asn_desktop.services.competency import KompetensiItem
    from asn_desktop.services.database import Database
    from asn_desktop.services.jp_compliance import ComplianceService, JpPegawai
    from asn_desktop.services.reference import CodeOption
    from asn_desktop.services.trainings import (
        JenisOption,
        PelatihanDraft,
        PelatihanRecord,
        PesertaDraft,
        PesertaRecord,
        SumberDanaOption,
        TrainingService,
    )

log = logging.getLogger(__name__)

__all__ = [
    "CertificatePathDialog",
    "EditorState",
    "ParticipantDialog",
    "ParticipantModel",
    "TrainingEditorDialog",
    "open_training_editor",
]

CONTEXT = "TrainingEditorDialog"
OK_STYLE = "color: #1b5e20;"
NOTE_STYLE = "color: palette(window-text);"
WARNING_STYLE = (
    "QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px; }"
)
JP_STYLE = "QLabel { font-size: 11pt; }"
PREVIEW_DELAY_MS = 300  # the JP preview waits for the typing to pause
# SIASN jenisDiklat of leadership training: only it names a latihanStruktural (PIM, PKP...).
JENIS_STRUKTURAL = "1"
# The satuan whose amount the dates give (days) or that is one unless said otherwise.
_DEFAULT_ONE = (SatuanJp.KUNJUNGAN, SatuanJp.PENEMPATAN)
_JUMLAH_LABELS: Mapping[SatuanJp, object] = {
    SatuanJp.JP: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah JP"),
    SatuanJp.HARI: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah hari"),
    SatuanJp.SESI: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah sesi"),
    SatuanJp.KUNJUNGAN: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah kunjungan"),
    SatuanJp.PENEMPATAN: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah penempatan"),
    SatuanJp.SEMESTER: QT_TRANSLATE_NOOP("TrainingEditorDialog", "Jumlah semester"),
}
_JUMLAH_HINTS: Mapping[SatuanJp, object] = {
    SatuanJp.JP: QT_TRANSLATE_NOOP("TrainingEditorDialog", "tercantum pada STTP/jadwal"),
    SatuanJp.HARI: QT_TRANSLATE_NOOP("TrainingEditorDialog", "terisi dari tanggal"),
    SatuanJp.SESI: QT_TRANSLATE_NOOP("TrainingEditorDialog", "sesi yang diikuti"),
    SatuanJp.KUNJUNGAN: QT_TRANSLATE_NOOP("TrainingEditorDialog", "kunjungan"),
    SatuanJp.PENEMPATAN: QT_TRANSLATE_NOOP("TrainingEditorDialog", "penempatan"),
    SatuanJp.SEMESTER: QT_TRANSLATE_NOOP("TrainingEditorDialog", "semester yang selesai"),
}
# The participant's result (services.trainings.HASIL_PESERTA), marked for Qt Linguist.
HASIL_TEXTS: Mapping[str, object] = {
    "mengikuti": QT_TRANSLATE_NOOP("ParticipantModel", "Mengikuti"),
    "lulus": QT_TRANSLATE_NOOP("ParticipantModel", "Lulus"),
    "tidak_lulus": QT_TRANSLATE_NOOP("ParticipantModel", "Tidak lulus"),
}
# The input rules (domain.masukan) whose lengths equal the activity's columns (the service
# checks the same: services.trainings._TEXT_RULES).
TEXT_RULES = {
    "nama": "jabatan_nama",
    "penyelenggara": "unit_nama",
    "tempat": "unit_nama",
    "catatan": "catatan",
    "sttp_nomor": "sk_nomor",
}


def hasil_text(hasil: str) -> str:
    source = HASIL_TEXTS.get(hasil)
    return QCoreApplication.translate("ParticipantModel", str(source)) if source else hasil


def _tr(text: object) -> str:
    return QCoreApplication.translate("TrainingEditorDialog", str(text))


# -- typed numbers --------------------------------------------------------------------------


def parse_number(text: str, label: str) -> float | None:
    """ "3,5", "3.5" or "12" as a number; empty as None. Raises ValueError naming ``label``."""
    cleaned = text.strip().replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")  # 1.234,5
    try:
        value = float(cleaned)
    except ValueError:
        raise ValueError(
            QCoreApplication.translate(
                "TrainingEditorDialog", "{0} harus berupa angka; yang diisi \u201c{1}\u201d."
            ).format(label, text.strip())
        ) from None
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(
            QCoreApplication.translate("TrainingEditorDialog", "{0} harus berupa angka.").format(
                label
            )
        )
    return value


def parse_rupiah(text: str, label: str) -> int | None:
    """ "Rp1.500.000", "1.500.000" or "1500000" as whole rupiah; empty as None."""
    cleaned = text.strip()
    if cleaned.lower().startswith("rp"):
        cleaned = cleaned[2:]
    cleaned = cleaned.replace(".", "").replace(" ", "")
    if not cleaned:
        return None
    if cleaned.endswith(",00"):
        cleaned = cleaned[:-3]
    if not cleaned.isdigit():
        raise ValueError(
            QCoreApplication.translate(
                "TrainingEditorDialog",
                "{0} harus bilangan bulat rupiah (contoh 1.500.000); yang diisi \u201c{1}\u201d.",
            ).format(label, text.strip())
        )
    return int(cleaned)


class NumberEdit(QLineEdit):
    """A number that may be left empty (a score not known yet)."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(20)
        self.setPlaceholderText(placeholder)

    def set_value(self, value: float | None) -> None:
        self.setText("" if value is None else number_text(value))


class RupiahEdit(QLineEdit):
    """Whole rupiah, shown with dots once typed (1.500.000)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(24)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: int | None) -> None:
        self.setText("" if value is None else rupiah_text(value)[2:])

    def _tidy(self) -> None:
        try:
            value = parse_rupiah(self.text(), "")
        except ValueError:
            return  # left as typed: the save names the problem
        if value is not None and self.text() != rupiah_text(value)[2:]:
            self.set_value(value)


# -- what the dialog reads ------------------------------------------------------------------


@dataclass(frozen=True)
class EditorOptions:
    jenis: tuple[JenisOption, ...]
    latihan: tuple[CodeOption, ...]
    sumber_dana: tuple[SumberDanaOption, ...]
    penyelenggara: tuple[str, ...]
    kompetensi: tuple[KompetensiItem, ...]


@dataclass(frozen=True)
class Participants:
    peserta: tuple[PesertaRecord, ...]
    # The year's JP of each participant against the target (by employee id), for the
    # activity's year: someone not in service that year is absent.
    tahunan: Mapping[int, JpPegawai]


@dataclass(frozen=True)
class EditorState:
    options: EditorOptions
    record: PelatihanRecord | None
    participants: Participants


def read_options(service: TrainingService, db: Database) -> EditorOptions:
    from asn_desktop.services.competency import CompetencyService

    return EditorOptions(
        jenis=tuple(service.jenis_options()),
        latihan=tuple(service.latihan_struktural_options()),
        sumber_dana=tuple(service.sumber_dana_options()),
        penyelenggara=tuple(service.penyelenggara_list()),
        kompetensi=tuple(CompetencyService(db).kompetensi()),
    )


def read_participants(
    service: TrainingService, compliance: ComplianceService, record: PelatihanRecord | None
) -> Participants:
    if record is None:
        return Participants((), {})
    from asn_desktop.services.errors import ServiceError

    peserta = tuple(service.peserta(record.id))
    tahunan: Mapping[int, JpPegawai] = {}
    if peserta:
        try:
            tahunan = compliance.rows(record.tahun, [p.employee_id for p in peserta])
        except ServiceError as exc:
            # The yearly column is context; the participants themselves are still shown.
            log.warning("yearly JP of the participants not read: %s", exc)
    return Participants(peserta, tahunan)


def read_state(
    db: Database,
    service: TrainingService,
    compliance: ComplianceService,
    pelatihan_id: int | None,
) -> EditorState:
    record = service.pelatihan(pelatihan_id) if pelatihan_id is not None else None
    return EditorState(
        read_options(service, db), record, read_participants(service, compliance, record)
    )


# -- the participants' table ----------------------------------------------------------------

(
    P_NIP,
    P_NAMA,
    P_UNIT,
    P_STATUS,
    P_HADIR,
    P_PRE,
    P_POST,
    P_HASIL,
    P_STTP_NOMOR,
    P_STTP_TANGGAL,
    P_SERTIFIKAT,
    P_JP,
    P_TAHUNAN,
) = range(13)
PARTICIPANT_HEADERS = (
    QT_TRANSLATE_NOOP("ParticipantModel", "NIP"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Nama"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Unit kerja"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Status"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Hadir %"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Pre-test"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Post-test"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Hasil"),
    QT_TRANSLATE_NOOP("ParticipantModel", "No. STTP"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Tgl. STTP"),
    QT_TRANSLATE_NOOP("ParticipantModel", "Sertifikat"),
    QT_TRANSLATE_NOOP("ParticipantModel", "JP diakui"),
    QT_TRANSLATE_NOOP("ParticipantModel", "JP {0}/target"),
)
EDITABLE = (P_HADIR, P_PRE, P_POST, P_HASIL, P_STTP_NOMOR, P_STTP_TANGGAL)
_NUMBER_COLUMNS = (P_HADIR, P_PRE, P_POST, P_JP, P_TAHUNAN)
# Unit kerja takes what is left (its full name is in the tooltip).
PARTICIPANT_WIDTHS = (168, 200, 0, 52, 62, 62, 66, 80, 110, 82, 70, 74, 110)
PENDING_BRUSH = QBrush(QColor("#fff8e1"))
PROBLEM_BRUSH = QBrush(QColor("#ffebee"))
MET_BRUSH = QBrush(QColor("#1b5e20"))
BELOW_BRUSH = QBrush(QColor("#b71c1c"))


@dataclass
class _Entry:
    record: PesertaRecord  # as last read
    draft: PesertaDraft  # what the table shows: the record's, or the clerk's edits
    base_revision: int  # the revision the edits were made on (a save sends it)
    tahunan: JpPegawai | None
    problem: str = ""  # the service's refusal of the last save

    @property
    def pending(self) -> bool:
        return self.draft != self.record.as_draft()


def _ctr(text: object) -> str:
    return QCoreApplication.translate("ParticipantModel", str(text))


class ParticipantModel(QAbstractTableModel):
    """The participants of one activity (an activity has tens, at most a few hundred, so
    all of them are held). Edits are kept as drafts until the dialog saves them."""

    problem = Signal(str)  # a cell's text could not be taken (not a number, not a date)
    pendingChanged = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.entries: list[_Entry] = []
        self.read_only = False
        self.tahun: int | None = None

    # -- feeding -------------------------------------------------------------------------

    def set_participants(
        self, participants: Participants, tahun: int | None, *, keep_pending: bool = True
    ) -> None:
        """Show what was read; edits not saved yet stay on their participants (with the
        revision they were made on, so a save still refuses a change made elsewhere)."""
        kept = {e.record.id: e for e in self.entries if e.pending} if keep_pending else {}
        self.beginResetModel()
        self.tahun = tahun
        self.entries = []
        for record in participants.peserta:
            earlier = kept.get(record.id)
            if earlier is not None:
                entry = _Entry(record, earlier.draft, earlier.base_revision, None, earlier.problem)
            else:
                entry = _Entry(record, record.as_draft(), record.revision, None)
            entry.tahunan = participants.tahunan.get(record.employee_id)
            self.entries.append(entry)
        self.endResetModel()
        self.pendingChanged.emit()

    def replace_record(self, record: PesertaRecord, earlier_revision: int) -> None:
        """A participant changed by this dialog at once (a certificate): its edits, made on
        ``earlier_revision``, now sit on the new revision, since only the file changed."""
        for row, entry in enumerate(self.entries):
            if entry.record.id == record.id:
                if entry.base_revision == earlier_revision:
                    entry.base_revision = record.revision
                entry.record = record
                if not entry.pending:
                    entry.draft = record.as_draft()
                self.dataChanged.emit(self.index(row, 0), self.index(row, P_TAHUNAN))
                return

    def pending(self) -> list[tuple[int, PesertaDraft, int]]:
        """(participant id, draft, revision it was made on) of every unsaved edit."""
        return [(e.record.id, e.draft, e.base_revision) for e in self.entries if e.pending]

    def is_dirty(self) -> bool:
        return any(e.pending for e in self.entries)

    def entry_at(self, row: int) -> _Entry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, peserta_id: int) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.record.id == peserta_id:
                return row
        return None

    def set_draft(self, row: int, draft: PesertaDraft) -> None:
        entry = self.entries[row]
        if draft == entry.draft:
            return
        if not entry.pending:
            entry.base_revision = entry.record.revision
        entry.draft = draft
        entry.problem = ""
        self.dataChanged.emit(self.index(row, 0), self.index(row, P_TAHUNAN))
        self.pendingChanged.emit()

    def set_problem(self, peserta_id: int, message: str) -> None:
        row = self.row_of(peserta_id)
        if row is not None:
            self.entries[row].problem = message
            self.dataChanged.emit(self.index(row, 0), self.index(row, P_TAHUNAN))

    def clear_problems(self) -> None:
        for row, entry in enumerate(self.entries):
            if entry.problem:
                entry.problem = ""
                self.dataChanged.emit(self.index(row, 0), self.index(row, P_TAHUNAN))

    def forget_saved(self, sent: Mapping[int, PesertaDraft]) -> None:
        """The edits ``sent`` are saved: the entries still showing them stop being pending
        (set_participants then takes their fresh record); one edited again while the save
        ran keeps its newer edit."""
        for entry in self.entries:
            if entry.draft == sent.get(entry.record.id):
                entry.draft = entry.record.as_draft()
                entry.problem = ""

    def enrolled_ids(self) -> set[int]:
        return {e.record.employee_id for e in self.entries}

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PARTICIPANT_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        if not 0 <= section < len(PARTICIPANT_HEADERS):
            return None
        text = _ctr(PARTICIPANT_HEADERS[section])
        if section == P_TAHUNAN:
            return text.format(self.tahun) if self.tahun else self.tr("JP tahun/target")
        return text

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            if entry.problem:
                return PROBLEM_BRUSH
            if entry.pending:
                return PENDING_BRUSH
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column == P_TAHUNAN:
            if entry.tahunan is None:
                return None
            return MET_BRUSH if entry.tahunan.memenuhi else BELOW_BRUSH
        if role == Qt.ItemDataRole.FontRole and column == P_JP and entry.pending:
            font = QFont()
            font.setItalic(True)  # counted again when saved
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMBER_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: _Entry, column: int) -> Any:
        record, draft = entry.record, entry.draft
        if column == P_NIP:
            return nip_text(record.nip)
        if column == P_NAMA:
            return record.nama
        if column == P_UNIT:
            return record.unit
        if column == P_STATUS:
            return record.status_kepegawaian
        if column == P_HADIR:
            return str(draft.kehadiran)
        if column == P_PRE:
            return "" if draft.nilai_pre is None else number_text(draft.nilai_pre)
        if column == P_POST:
            return "" if draft.nilai_post is None else number_text(draft.nilai_post)
        if column == P_HASIL:
            return hasil_text(draft.hasil)
        if column == P_STTP_NOMOR:
            return draft.sttp_nomor
        if column == P_STTP_TANGGAL:
            return format_tanggal_angka(draft.sttp_tanggal) if draft.sttp_tanggal else ""
        if column == P_SERTIFIKAT:
            return self.tr("Ada") if record.ada_sertifikat else "—"
        if column == P_JP:
            return number_text(record.jp_dikreditkan)
        if column == P_TAHUNAN:
            if entry.tahunan is None:
                return ""
            return f"{number_text(entry.tahunan.jp)} / {number_text(entry.tahunan.target)}"
        return None

    def _edit_value(self, entry: _Entry, column: int) -> Any:
        draft = entry.draft
        if column == P_HADIR:
            return draft.kehadiran
        if column == P_HASIL:
            return draft.hasil
        return self._display(entry, column)

    def _tooltip(self, entry: _Entry, column: int) -> Any:
        if entry.problem:
            return entry.problem
        record = entry.record
        if record.pegawai_dihapus and column in (P_NIP, P_NAMA):
            return self.tr("Pegawai ini sudah dihapus dari daftar pegawai; keikutsertaannya tetap.")
        if column == P_NAMA:
            return record.nama
        if column == P_UNIT:
            return record.unit
        if column == P_JP:
            if entry.pending:
                return self.tr("Dihitung ulang setelah disimpan.")
            if record.jp_dikreditkan == 0:
                return self.tr(
                    "Tidak dikreditkan: belum selesai, tidak lulus, atau kehadiran di bawah "
                    "minimal."
                )
            return self.tr("{0} dikreditkan dari kegiatan ini.").format(
                jp_text(record.jp_dikreditkan)
            )
        if column == P_TAHUNAN and entry.tahunan is not None:
            found = entry.tahunan
            if found.memenuhi:
                return self.tr("{0} pada tahun {1}; target {2} terpenuhi.").format(
                    jp_text(found.jp), self.tahun, jp_text(found.target)
                )
            return self.tr("{0} pada tahun {1}; kurang {2} dari target {3}.").format(
                jp_text(found.jp), self.tahun, jp_text(found.kekurangan), jp_text(found.target)
            )
        if entry.pending:
            return self.tr("Perubahan belum disimpan.")
        return None

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.read_only:
            return False
        column = index.column()
        if column not in EDITABLE or not 0 <= index.row() < len(self.entries):
            return False
        entry = self.entries[index.row()]
        try:
            draft = self._edited(entry.draft, column, value)
        except ValueError as exc:
            self.problem.emit(str(exc))
            return False
        self.set_draft(index.row(), draft)
        return True

    def _edited(self, draft: PesertaDraft, column: int, value: Any) -> PesertaDraft:
        text = "" if value is None else str(value).strip()
        if column == P_HADIR:
            number = parse_number(text, self.tr("Kehadiran (%)"))
            if number is None or not number.is_integer() or not 0 <= number <= 100:
                raise ValueError(self.tr("Kehadiran (%) harus bilangan bulat 0 sampai 100."))
            return replace(draft, kehadiran=int(number))
        if column in (P_PRE, P_POST):
            label = self.tr("Nilai pre-test") if column == P_PRE else self.tr("Nilai post-test")
            number = parse_number(text, label)
            if number is not None and not 0 <= number <= 100:
                raise ValueError(self.tr("{0} harus 0 sampai 100.").format(label))
            if column == P_PRE:
                return replace(draft, nilai_pre=number)
            return replace(draft, nilai_post=number)
        if column == P_HASIL:
            if text not in HASIL_TEXTS:
                raise ValueError(self.tr("Hasil \u201c{0}\u201d tidak dikenal.").format(text))
            return replace(draft, hasil=text)
        if column == P_STTP_NOMOR:
            found = check_text(TEXT_RULES["sttp_nomor"], text, self.tr("Nomor STTP"))
            if found:
                raise ValueError(found[0].message)
            return replace(draft, sttp_nomor=text)
        if column == P_STTP_TANGGAL:
            try:
                day = parse_tanggal(text) if text else None
            except TanggalError as exc:
                raise ValueError(self.tr("Tanggal STTP: {0}").format(exc)) from None
            return replace(draft, sttp_tanggal=day)
        raise ValueError(column)


class ParticipantDelegate(QStyledItemDelegate):
    """Editors of the cells: a spin box for attendance, the results to choose from, a
    typed date; numbers and the STTP number as plain text."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = index.column()
        if column == P_HADIR:
            spin = QSpinBox(parent)
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setFrame(False)
            return spin
        if column == P_HASIL:
            combo = QComboBox(parent)
            for key in HASIL_TEXTS:
                combo.addItem(hasil_text(key), key)
            return combo
        if column == P_STTP_TANGGAL:
            edit = DateEdit(parent)
            edit.setFrame(False)
            return edit
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            if column == P_STTP_NOMOR:
                limit_input(editor, TEXT_RULES["sttp_nomor"])
            else:
                editor.setMaxLength(20)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QLineEdit):
            editor.setText("" if value is None else str(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: Any,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QSpinBox):
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)


class ParticipantDialog(QDialog):
    """One participant's attendance, scores, result and STTP, with a note; OK puts the
    edits on the participant's row, saved with the activity."""

    def __init__(
        self,
        entry: _Entry,
        *,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        record, draft = entry.record, entry.draft
        self.record = record
        self.result_draft: PesertaDraft | None = None
        self.setWindowTitle(self.tr("Peserta — {0}").format(record.nama))
        who = QLabel(
            f"<b>{_escape(record.nama)}</b><br>"
            + _escape(
                " · ".join(
                    p for p in (nip_text(record.nip), record.unit, record.status_kepegawaian) if p
                )
            )
        )
        who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kehadiran = QSpinBox()
        self.kehadiran.setObjectName("pesertaKehadiran")
        self.kehadiran.setRange(0, 100)
        self.kehadiran.setSuffix(" %")
        self.kehadiran.setValue(draft.kehadiran)
        self.nilai_pre = NumberEdit(self.tr("0–100, boleh kosong"))
        self.nilai_pre.setObjectName("pesertaPre")
        self.nilai_pre.set_value(draft.nilai_pre)
        self.nilai_post = NumberEdit(self.tr("0–100, boleh kosong"))
        self.nilai_post.setObjectName("pesertaPost")
        self.nilai_post.set_value(draft.nilai_post)
        self.hasil = QComboBox()
        self.hasil.setObjectName("pesertaHasil")
        for key in HASIL_TEXTS:
            self.hasil.addItem(hasil_text(key), key)
        self.hasil.setCurrentIndex(max(self.hasil.findData(draft.hasil), 0))
        self.sttp_nomor = QLineEdit(draft.sttp_nomor)
        self.sttp_nomor.setObjectName("pesertaSttpNomor")
        limit_input(self.sttp_nomor, TEXT_RULES["sttp_nomor"])
        self.sttp_tanggal = DateEdit()
        self.sttp_tanggal.setObjectName("pesertaSttpTanggal")
        self.sttp_tanggal.set_date(draft.sttp_tanggal)
        self.catatan = plain_edit("catatan", 3)
        self.catatan.setObjectName("pesertaCatatan")
        self.catatan.setPlainText(draft.catatan)
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        form.addRow(who)
        for field, label, widget in (
            ("kehadiran", self.tr("&Kehadiran:"), self.kehadiran),
            ("nilai_pre", self.tr("Nilai &pre-test:"), self.nilai_pre),
            ("nilai_post", self.tr("Nilai p&ost-test:"), self.nilai_post),
            ("hasil", self.tr("&Hasil:"), self.hasil),
            ("sttp_nomor", self.tr("&Nomor STTP:"), self.sttp_nomor),
            ("sttp_tanggal", self.tr("&Tanggal STTP:"), self.sttp_tanggal),
            ("catatan", self.tr("&Catatan:"), self.catatan),
        ):
            row = FieldRow(widget)
            self.rows[field] = row
            form.addRow(label, row)
        if entry.problem:
            self.rows["kehadiran"].set_problem(entry.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("Perubahan disimpan bersama kegiatan (tombol Simpan)."))
        note.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        if read_only:
            apply_read_only(self)
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)
        self.resize(460, self.sizeHint().height())

    def draft(self) -> tuple[PesertaDraft | None, list[FieldProblem]]:
        from asn_desktop.services.trainings import PesertaDraft

        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for field, edit, label in (
            ("nilai_pre", self.nilai_pre, self.tr("Nilai pre-test")),
            ("nilai_post", self.nilai_post, self.tr("Nilai post-test")),
        ):
            try:
                values[field] = parse_number(edit.text(), label)
            except ValueError as exc:
                problems.append(FieldProblem(field, str(exc)))
        try:
            values["sttp_tanggal"] = self.sttp_tanggal.parsed()
        except TanggalError as exc:
            problems.append(FieldProblem("sttp_tanggal", self.tr("Tanggal STTP: {0}").format(exc)))
        for field, text, label in (
            ("sttp_nomor", self.sttp_nomor.text(), self.tr("Nomor STTP")),
            ("catatan", self.catatan.toPlainText(), self.tr("Catatan")),
        ):
            problems += check_text(TEXT_RULES[field], text, label, problem_field=field)
        if problems:
            return None, problems
        return (
            PesertaDraft(
                kehadiran=self.kehadiran.value(),
                nilai_pre=values["nilai_pre"],
                nilai_post=values["nilai_post"],
                hasil=str(self.hasil.currentData()),
                sttp_nomor=self.sttp_nomor.text().strip(),
                sttp_tanggal=values["sttp_tanggal"],
                catatan=self.catatan.toPlainText().strip(),
            ),
            [],
        )

    def accept(self) -> None:
        draft, problems = self.draft()
        for field, row in self.rows.items():
            row.set_problem(next((p.message for p in problems if p.field == field), None))
        if draft is None:
            return
        self.result_draft = draft
        super().accept()


class CertificatePathDialog(QDialog):
    """Where the certificate was written, when no program opened it: the path to copy."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificatePathDialog")
        self.setWindowTitle(self.tr("Buka sertifikat"))
        text = QLabel(
            self.tr(
                "Tidak ada program yang membuka berkas sertifikat ini. Berkasnya sudah ditulis "
                "di sini; salin alamatnya untuk membukanya sendiri:"
            )
        )
        text.setWordWrap(True)
        self.path_edit = QLineEdit(str(path))
        self.path_edit.setObjectName("certificatePath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setCursorPosition(0)
        copy = QPushButton(self.tr("&Salin alamat"))
        copy.clicked.connect(self.copy_path)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.path_edit)
        layout.addWidget(buttons)
        self.resize(620, self.sizeHint().height())

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(self.path_edit.text())


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def certificate_file_name(record: PesertaRecord, stored_name: str) -> str:
    """ "STTP Asep Sunandar 198503152010011002.pdf": named after the participant, safe on
    every file system."""
    nama = re.sub(r"[^\w .,'-]+", " ", record.nama, flags=re.UNICODE)
    nama = " ".join(nama.replace(",", " ").split())[:80] or "peserta"
    return f"STTP {nama} {record.nip}{Path(stored_name).suffix.lower()}"


def certificate_folder() -> Path:
    """Where opened certificates are written (the system's temporary folder)."""
    return Path(tempfile.gettempdir()) / "asn-desktop-sertifikat"


# -- the dialog ---------------------------------------------------------------------------


class TrainingEditorDialog(QDialog):
    """Create or change one activity and its participants (see the module docstring)."""

    saved = Signal(int)  # the activity's id, after every save, enrolment or removal
    previewed = Signal()  # the JP label was updated (tests wait for it)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        pelatihan_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        from asn_desktop.services.jp_compliance import ComplianceService
        from asn_desktop.services.trainings import TrainingService

        self.db, self.runner = db, runner
        self.service = TrainingService(db)
        self.compliance = ComplianceService(db)
        self.pelatihan_id = pelatihan_id
        self.record: PelatihanRecord | None = None
        self.options: EditorOptions | None = None
        self.loaded = False
        self.operation: Operation[Any] | None = None
        self.picker: QDialog | None = None
        self.path_dialog: CertificatePathDialog | None = None
        self.denied = denial_text(db.user, Permission.EDIT)
        self.read_only: str | None = self.denied
        self._clean: tuple[Any, ...] | None = None
        self._filling = False
        self._jumlah_auto = True  # the amount follows the rule's default until typed
        self._satuan: SatuanJp | None = None  # the unit the amount is labelled in now
        self._preview_generation = 0
        self._closed = False
        self.preview_jp: float | None = None  # what the JP label shows now
        self.setObjectName("trainingEditor")
        self._title = self.tr("Kegiatan baru") if pelatihan_id is None else self.tr("Kegiatan")
        self._set_title()

        self.form_page = self._build_form()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form_page)
        self.participants_box = self._build_participants()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.participants_box)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self._splitter_moved = False  # moved by the clerk: left where they put it
        self.splitter.splitterMoved.connect(lambda *_a: setattr(self, "_splitter_moved", True))

        self.summary = QLabel()
        self.summary.setObjectName("trainingSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.save_button: QPushButton | None = self.buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        assert self.save_button is not None
        self.save_button.setText(self.tr("&Simpan"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        assert close is not None
        close.setText(self.tr("T&utup"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setEnabled(False)  # until the activity has been read
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.splitter.setEnabled(False)
        fit_to_screen(self, 1360, 880)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self._say(self.tr("Membaca kegiatan…"), NOTE_STYLE)
        self.reload()

    # -- building -----------------------------------------------------------------------------

    def _row(self, field: str, widget: QWidget) -> FieldRow:
        row = FieldRow(widget)
        self.rows[field] = row
        return row

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._splitter_moved:
            self._fit_splitter()

    def _fit_splitter(self) -> None:
        """The form as tall as it needs (its JP warning may add lines), the rest for the
        participants."""
        top = self.form_page.sizeHint().height() + 6
        total = self.splitter.height()
        self.splitter.setSizes([top, max(total - top, 240)])

    def _build_form(self) -> QWidget:
        page = QWidget()
        self.rows: dict[str, FieldRow] = {}

        # -- the activity ---------------------------------------------------------------------
        self.nama = QLineEdit()
        self.nama.setObjectName("nama")
        self.nama.setPlaceholderText(self.tr("mis. Workshop Digitalisasi Layanan Publik"))
        limit_input(self.nama, TEXT_RULES["nama"])
        self.jenis = QComboBox()
        self.jenis.setObjectName("jenis")
        self.jenis.setMinimumContentsLength(24)
        self.jenis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.jenis.setPlaceholderText(self.tr("Pilih jenis kegiatan…"))
        self.latihan = QComboBox()
        self.latihan.setObjectName("latihanStruktural")
        self.penyelenggara = QLineEdit()
        self.penyelenggara.setObjectName("penyelenggara")
        self.penyelenggara.setPlaceholderText(self.tr("mis. BPSDM Provinsi Jawa Barat"))
        limit_input(self.penyelenggara, TEXT_RULES["penyelenggara"])
        self.penyelenggara_completer = QCompleter([], self.penyelenggara)
        self.penyelenggara_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.penyelenggara_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.penyelenggara.setCompleter(self.penyelenggara_completer)
        self.tempat = QLineEdit()
        self.tempat.setObjectName("tempat")
        limit_input(self.tempat, TEXT_RULES["tempat"])
        self.nasional = QRadioButton(self.tr("&Nasional"))
        self.nasional.setObjectName("nasional")
        self.internasional = QRadioButton(self.tr("&Internasional"))
        self.internasional.setObjectName("internasional")
        self.lingkup = QButtonGroup(self)
        self.lingkup.addButton(self.nasional)
        self.lingkup.addButton(self.internasional)
        self.nasional.setChecked(True)
        lingkup = QWidget()
        lingkup_layout = QHBoxLayout(lingkup)
        lingkup_layout.setContentsMargins(0, 0, 0, 0)
        lingkup_layout.addWidget(self.nasional)
        lingkup_layout.addWidget(self.internasional)
        lingkup_layout.addStretch(1)
        self.kompetensi = QComboBox()
        self.kompetensi.setObjectName("kompetensi")
        self.kompetensi.setMinimumContentsLength(20)
        self.kompetensi.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kegiatan_form = QFormLayout()
        self.kegiatan_form.addRow(self.tr("Nama kegiatan:"), self._row("nama", self.nama))
        self.kegiatan_form.addRow(self.tr("&Jenis:"), self._row("jenis_diklat", self.jenis))
        self.kegiatan_form.addRow(
            self.tr("Latihan struktural:"), self._row("latihan_struktural", self.latihan)
        )
        self.kegiatan_form.addRow(
            self.tr("Penyelenggara:"), self._row("penyelenggara", self.penyelenggara)
        )
        self.kegiatan_form.addRow(self.tr("Tempat:"), self._row("tempat", self.tempat))
        self.kegiatan_form.addRow(self.tr("Lingkup:"), self._row("internasional", lingkup))
        self.kegiatan_form.addRow(
            self.tr("Kompetensi:"), self._row("kompetensi_kode", self.kompetensi)
        )
        # Shown for leadership training only (see _jenis_changed).
        self.kegiatan_form.setRowVisible(self.rows["latihan_struktural"], False)
        kegiatan = QGroupBox(self.tr("Kegiatan"))
        kegiatan.setLayout(self.kegiatan_form)

        # -- dates and JP ---------------------------------------------------------------------
        self.mulai = DateEdit()
        self.mulai.setObjectName("mulai")
        self.selesai = DateEdit()
        self.selesai.setObjectName("selesai")
        self.jumlah = NumberEdit()
        self.jumlah.setObjectName("jumlah")
        self.jumlah.setMaximumWidth(140)
        self.jumlah_hint = QLabel()
        self.jumlah_hint.setObjectName("jumlahHint")
        self.jumlah_hint.setStyleSheet(HINT_STYLE)
        self.jumlah_hint.setWordWrap(True)
        jumlah = QWidget()
        jumlah_layout = QHBoxLayout(jumlah)
        jumlah_layout.setContentsMargins(0, 0, 0, 0)
        jumlah_layout.addWidget(self.jumlah)
        jumlah_layout.addWidget(self.jumlah_hint, 1)
        self.jumlah_label = QLabel(_tr(_JUMLAH_LABELS[SatuanJp.JP]) + ":")
        self.jp_label = QLabel()
        self.jp_label.setObjectName("jpDihitung")
        self.jp_label.setWordWrap(True)
        self.jp_label.setStyleSheet(JP_STYLE)
        self.jp_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.jp_warning = QLabel()
        self.jp_warning.setObjectName("jpPeringatan")
        self.jp_warning.setWordWrap(True)
        self.jp_warning.setStyleSheet(WARNING_STYLE)
        self.jp_warning.hide()
        self.waktu_form = QFormLayout()
        self.waktu_form.addRow(self.tr("&Mulai:"), self._row("mulai", self.mulai))
        self.waktu_form.addRow(self.tr("S&elesai:"), self._row("selesai", self.selesai))
        self.waktu_form.addRow(self.jumlah_label, self._row("jumlah", jumlah))
        self.waktu_form.addRow(self.jp_label)
        self.waktu_form.addRow(self.jp_warning)
        waktu = QGroupBox(self.tr("Waktu dan JP"))
        waktu.setLayout(self.waktu_form)

        # -- cost and evaluation ----------------------------------------------------------------
        self.biaya_rencana = RupiahEdit()
        self.biaya_rencana.setObjectName("biayaRencana")
        self.biaya_realisasi = RupiahEdit()
        self.biaya_realisasi.setObjectName("biayaRealisasi")
        self.biaya_realisasi.setPlaceholderText(self.tr("belum diketahui"))
        self.sumber_dana = QComboBox()
        self.sumber_dana.setObjectName("sumberDana")
        self.min_kehadiran = QSpinBox()
        self.min_kehadiran.setObjectName("minKehadiran")
        self.min_kehadiran.setRange(0, 100)
        self.min_kehadiran.setSuffix(" %")
        self.min_kehadiran.setValue(80)
        self.nilai_lulus = NumberEdit(self.tr("tanpa batas nilai"))
        self.nilai_lulus.setObjectName("nilaiLulus")
        self.reaksi: dict[str, NumberEdit] = {}
        for field in ("reaksi_penyelenggara", "reaksi_fasilitas", "reaksi_pengajar"):
            edit = NumberEdit(self.tr("1–4"))
            edit.setObjectName(field)
            edit.setMaximumWidth(70)
            self.reaksi[field] = edit
        self.indeks_label = QLabel()
        self.indeks_label.setObjectName("indeksReaksi")
        self.indeks_label.setStyleSheet(HINT_STYLE)
        reaksi = QWidget()
        reaksi_layout = QHBoxLayout(reaksi)
        reaksi_layout.setContentsMargins(0, 0, 0, 0)
        for field, label in (
            ("reaksi_penyelenggara", self.tr("Penyelenggara")),
            ("reaksi_fasilitas", self.tr("Fasilitas")),
            ("reaksi_pengajar", self.tr("Pengajar")),
        ):
            caption = QLabel(label)
            caption.setStyleSheet(HINT_STYLE)
            reaksi_layout.addWidget(caption)
            reaksi_layout.addWidget(self._row(field, self.reaksi[field]))
        reaksi_layout.addStretch(1)
        self.biaya_form = QFormLayout()
        self.biaya_form.addRow(
            self.tr("Biaya rencana (Rp):"), self._row("biaya_rencana", self.biaya_rencana)
        )
        self.biaya_form.addRow(
            self.tr("Biaya realisasi (Rp):"), self._row("biaya_realisasi", self.biaya_realisasi)
        )
        self.biaya_form.addRow(self.tr("Sumber dana:"), self._row("sumber_dana", self.sumber_dana))
        self.biaya_form.addRow(
            self.tr("Kehadiran minimal:"), self._row("min_kehadiran", self.min_kehadiran)
        )
        self.biaya_form.addRow(self.tr("Nilai lulus:"), self._row("nilai_lulus", self.nilai_lulus))
        self.biaya_form.addRow(self.tr("Reaksi peserta:"), reaksi)
        self.biaya_form.addRow("", self.indeks_label)
        biaya = QGroupBox(self.tr("Biaya dan evaluasi"))
        biaya.setLayout(self.biaya_form)

        self.catatan = plain_edit("catatan", 2)
        self.catatan.setObjectName("catatan")
        catatan_form = QFormLayout()
        catatan_form.addRow(self.tr("Catatan:"), self._row("catatan", self.catatan))

        columns = QHBoxLayout()
        columns.addWidget(kegiatan, 5)
        columns.addWidget(waktu, 4)
        columns.addWidget(biaya, 5)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addLayout(catatan_form)

        # -- wiring -------------------------------------------------------------------------
        for line in (self.nama, self.penyelenggara, self.tempat, self.nilai_lulus):
            line.textChanged.connect(self._edited)
        for money in (self.biaya_rencana, self.biaya_realisasi):
            money.textChanged.connect(self._edited)
        for score in self.reaksi.values():
            score.textChanged.connect(self._reaksi_changed)
        self.catatan.textChanged.connect(self._edited)
        for combo in (self.latihan, self.kompetensi, self.sumber_dana):
            combo.currentIndexChanged.connect(lambda _i: self._edited())
        self.min_kehadiran.valueChanged.connect(lambda _v: self._edited())
        self.jenis.currentIndexChanged.connect(lambda _i: self._jenis_changed())
        for date_edit in (self.mulai, self.selesai):
            date_edit.textChanged.connect(lambda _t: self._dates_changed())
        self.jumlah.textEdited.connect(self._jumlah_typed)
        self.jumlah.textChanged.connect(lambda _t: self._counted_changed())
        self.internasional.toggled.connect(lambda _on: self._counted_changed())
        return page

    def _build_participants(self) -> QGroupBox:
        box = QGroupBox(self.tr("Peserta"))
        box.setObjectName("participantsBox")
        self.model = ParticipantModel(self)
        self.table = QTableView()
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(ParticipantDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setAlternatingRowColors(False)  # the unsaved rows are coloured instead
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate(PARTICIPANT_WIDTHS):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(P_UNIT, QHeaderView.ResizeMode.Stretch)

        def button(text: str, slot: Callable[[], object], name: str) -> QPushButton:
            made = QPushButton(text)
            made.setObjectName(name)
            made.setAutoDefault(False)
            made.clicked.connect(lambda _checked=False: slot())
            return made

        self.add_button = button(
            self.tr("Tambah &peserta…"), self.add_participants, "addParticipants"
        )
        self.edit_participant_button = button(
            self.tr("Ubah pese&rta…"), self.edit_participant, "editParticipant"
        )
        self.pass_button = button(self.tr("Tandai &lulus"), self.mark_passed, "markPassed")
        self.remove_button = button(
            self.tr("&Hapus peserta"), self.remove_participants, "removeParticipants"
        )
        self.attach_button = button(
            self.tr("Lampirkan sertifi&kat…"), self.attach_certificate, "attachCertificate"
        )
        self.open_certificate_button = button(
            self.tr("&Buka sertifikat"), self.open_certificate, "openCertificate"
        )
        self.detach_button = button(
            self.tr("Lepas sertifikat"), self.detach_certificate, "detachCertificate"
        )
        self.add_button.setToolTip(
            self.tr("Pilih banyak pegawai sekaligus dari daftar pegawai, lalu daftarkan.")
        )
        self.pass_button.setToolTip(
            self.tr("Hasil baris terpilih menjadi Lulus (disimpan dengan Simpan).")
        )
        tools = QHBoxLayout()
        for made in (self.add_button, self.edit_participant_button, self.pass_button):
            tools.addWidget(made)
        tools.addWidget(self.remove_button)
        tools.addSpacing(16)
        for made in (self.attach_button, self.open_certificate_button, self.detach_button):
            tools.addWidget(made)
        tools.addStretch(1)
        self.participant_count = QLabel()
        self.participant_count.setObjectName("participantCount")
        self.participant_count.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(box)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.participant_count)

        self.edit_buttons = (
            self.add_button,
            self.edit_participant_button,
            self.pass_button,
            self.remove_button,
            self.attach_button,
            self.detach_button,
        )
        self.table.selectionModel().selectionChanged.connect(
            lambda *_a: self._update_participant_buttons()
        )
        self.table.selectionModel().currentChanged.connect(
            lambda *_a: self._update_participant_buttons()
        )
        self.table.doubleClicked.connect(self._double_clicked)
        self.model.pendingChanged.connect(self._participants_edited)
        self.model.modelReset.connect(self._update_participant_buttons)
        self.model.problem.connect(lambda text: self._say(text, ERROR_STYLE))
        return box

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the activity (or what a new one chooses from) in the worker, then fill the
        form; unsaved edits are dropped."""
        db, service, compliance, pelatihan_id = (
            self.db,
            self.service,
            self.compliance,
            self.pelatihan_id,
        )
        self.runner.run(
            lambda: read_state(db, service, compliance, pelatihan_id),
            if_alive(self, self._loaded),
            if_alive(self, self._load_failed),
        )

    def _load_failed(self, exc: BaseException, trace: str) -> None:
        from asn_desktop.db.errors import DatabaseError
        from asn_desktop.services.errors import ServiceError
        from asn_desktop.ui.error_dialog import show_error

        self._say(str(exc), ERROR_STYLE)
        if not isinstance(exc, (ServiceError, DatabaseError)):
            show_error(self, str(exc), trace)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setEnabled(True)

    def _loaded(self, state: EditorState) -> None:
        self.populate(state, keep_pending=False)
        self.loaded = True
        for button in self.buttons.buttons():
            button.setEnabled(True)
        self.splitter.setEnabled(True)
        if self.read_only:
            self._make_read_only(self.read_only)
        else:
            self.summary.hide()
        self._update_participant_buttons()
        self.nama.setFocus()

    def populate(self, state: EditorState, *, keep_pending: bool) -> None:
        """Fill the form from ``state`` (a first read, or the activity as saved)."""
        self.options = state.options
        record = self.record = state.record
        self._filling = True
        try:
            self._fill_options(state.options, record)
            if record is None:
                self._fill_new()
            else:
                self.pelatihan_id = record.id
                self._fill_record(record)
            self._show_participants(state.participants, keep_pending=keep_pending)
        finally:
            self._filling = False
        self._clean = self.form_values()
        self._jenis_changed(filling=True)
        self._show_stored_jp()
        self._update_indeks()
        self._title = record.nama if record is not None else self.tr("Kegiatan baru")
        self._set_title()
        self.setWindowModified(self.is_dirty())
        self._update_participant_count()

    def _fill_options(self, options: EditorOptions, record: PelatihanRecord | None) -> None:
        self.jenis.clear()
        for option in options.jenis:
            text = f"{option.label} ({bentuk_text(option.klasikal)})"
            self.jenis.addItem(text, option.id)
            if option.satuan is SatuanJp.JP:
                tip = self.tr("Dihitung dari JP yang tercantum pada STTP")
            else:
                tip = self.tr("Dihitung per {0}").format(option.satuan_label)
            if not option.dikonfirmasi:
                tip += " — " + (option.catatan or self.tr("nilai konversi belum dikonfirmasi"))
            self.jenis.setItemData(self.jenis.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        if record is not None and self.jenis.findData(record.jenis_diklat) < 0:
            self.jenis.addItem(record.jenis_label, record.jenis_diklat)
        self.latihan.clear()
        self.latihan.addItem(self.tr("(belum dipilih)"), "")
        for code in options.latihan:
            self.latihan.addItem(code.nama, code.code)
        self.kompetensi.clear()
        self.kompetensi.addItem(self.tr("(tidak disebut)"), "")
        for item in options.kompetensi:
            self.kompetensi.addItem(f"{item.nama} ({terjemahkan(item.kelompok.label)})", item.kode)
        kode = record.kompetensi_kode if record is not None else ""
        if kode and self.kompetensi.findData(kode) < 0:
            self.kompetensi.addItem(kode, kode)
        self.sumber_dana.clear()
        for sumber in options.sumber_dana:
            self.sumber_dana.addItem(f"{sumber.kode} — {sumber.nama}", sumber.kode)
        if record is not None and self.sumber_dana.findData(record.sumber_dana) < 0:
            self.sumber_dana.addItem(record.sumber_dana, record.sumber_dana)
        self.penyelenggara_completer.setModel(
            QStringListModel(list(options.penyelenggara), self.penyelenggara_completer)
        )

    def _fill_new(self) -> None:
        self.jenis.setCurrentIndex(-1)  # the clerk chooses: the placeholder says so
        self.sumber_dana.setCurrentIndex(max(self.sumber_dana.findData("APBD"), 0))
        self._jumlah_auto = True

    def _fill_record(self, record: PelatihanRecord) -> None:
        self.nama.setText(record.nama)
        self.jenis.setCurrentIndex(max(self.jenis.findData(record.jenis_diklat), 0))
        self.latihan.setCurrentIndex(max(self.latihan.findData(record.latihan_struktural), 0))
        self.penyelenggara.setText(record.penyelenggara)
        self.tempat.setText(record.tempat)
        (self.internasional if record.internasional else self.nasional).setChecked(True)
        self.kompetensi.setCurrentIndex(max(self.kompetensi.findData(record.kompetensi_kode), 0))
        self.mulai.set_date(record.mulai)
        self.selesai.set_date(record.selesai)
        self.jumlah.set_value(record.jumlah)
        self._jumlah_auto = record.jumlah == self._default_jumlah(record.satuan)
        self.biaya_rencana.set_value(record.biaya_rencana)
        self.biaya_realisasi.set_value(record.biaya_realisasi)
        self.sumber_dana.setCurrentIndex(max(self.sumber_dana.findData(record.sumber_dana), 0))
        self.min_kehadiran.setValue(record.min_kehadiran)
        self.nilai_lulus.set_value(record.nilai_lulus)
        for field, edit in self.reaksi.items():
            edit.set_value(getattr(record, field))
        self.catatan.setPlainText(record.catatan)

    # -- the form -------------------------------------------------------------------------

    def form_values(self) -> tuple[Any, ...]:
        """The form as typed (what "unsaved" is judged by)."""
        return (
            self.nama.text(),
            self.jenis.currentData(),
            self.latihan.currentData() if self._is_struktural() else "",
            self.penyelenggara.text(),
            self.tempat.text(),
            self.internasional.isChecked(),
            self.kompetensi.currentData(),
            self.mulai.text().strip(),
            self.selesai.text().strip(),
            self.jumlah.text().strip(),
            self.biaya_rencana.text().strip(),
            self.biaya_realisasi.text().strip(),
            self.sumber_dana.currentData(),
            self.min_kehadiran.value(),
            self.nilai_lulus.text().strip(),
            *(e.text().strip() for e in self.reaksi.values()),
            self.catatan.toPlainText(),
        )

    def form_dirty(self) -> bool:
        return self.loaded and self._clean is not None and self.form_values() != self._clean

    def is_dirty(self) -> bool:
        if not self.loaded or self.read_only:
            return False
        return self.form_dirty() or self.model.is_dirty()

    def _edited(self) -> None:
        if self._filling or not self.loaded:
            return
        self.setWindowModified(self.is_dirty())

    def _participants_edited(self) -> None:
        self._update_participant_count()
        self._edited()

    def read_form(self) -> tuple[PelatihanDraft | None, list[FieldProblem]]:
        """The activity as a draft; what cannot even be read (a date, a number) as the
        problems instead. Everything else is the service's to judge."""
        from asn_desktop.services.trainings import PelatihanDraft

        problems: list[FieldProblem] = []
        values: dict[str, Any] = {}
        for field, edit, label in (
            ("mulai", self.mulai, self.tr("Tanggal mulai")),
            ("selesai", self.selesai, self.tr("Tanggal selesai")),
        ):
            try:
                day = edit.parsed()
            except TanggalError as exc:
                problems.append(FieldProblem(field, f"{label}: {exc}"))
                continue
            if day is None:
                problems.append(FieldProblem(field, self.tr("{0} wajib diisi.").format(label)))
            values[field] = day
        numbers = (
            ("jumlah", self.jumlah, self.jumlah_label.text().rstrip(":")),
            ("nilai_lulus", self.nilai_lulus, self.tr("Nilai lulus")),
            (
                "reaksi_penyelenggara",
                self.reaksi["reaksi_penyelenggara"],
                self.tr("Nilai reaksi penyelenggara"),
            ),
            (
                "reaksi_fasilitas",
                self.reaksi["reaksi_fasilitas"],
                self.tr("Nilai reaksi fasilitas"),
            ),
            ("reaksi_pengajar", self.reaksi["reaksi_pengajar"], self.tr("Nilai reaksi pengajar")),
        )
        for field, number_edit, label in numbers:
            try:
                values[field] = parse_number(number_edit.text(), label)
            except ValueError as exc:
                problems.append(FieldProblem(field, str(exc)))
        for field, money, label in (
            ("biaya_rencana", self.biaya_rencana, self.tr("Biaya rencana")),
            ("biaya_realisasi", self.biaya_realisasi, self.tr("Biaya realisasi")),
        ):
            try:
                values[field] = parse_rupiah(money.text(), label)
            except ValueError as exc:
                problems.append(FieldProblem(field, str(exc)))
        if problems:
            return None, problems
        return (
            PelatihanDraft(
                nama=self.nama.text().strip(),
                jenis_diklat=str(self.jenis.currentData() or ""),
                mulai=values["mulai"],
                selesai=values["selesai"],
                latihan_struktural=str(self.latihan.currentData() or "")
                if self._is_struktural()
                else "",
                penyelenggara=self.penyelenggara.text().strip(),
                tempat=self.tempat.text().strip(),
                internasional=self.internasional.isChecked(),
                jumlah=values["jumlah"],
                kompetensi_kode=str(self.kompetensi.currentData() or ""),
                biaya_rencana=values["biaya_rencana"] or 0,
                biaya_realisasi=values["biaya_realisasi"],
                sumber_dana=str(self.sumber_dana.currentData() or ""),
                min_kehadiran=self.min_kehadiran.value(),
                nilai_lulus=values["nilai_lulus"],
                reaksi_penyelenggara=values["reaksi_penyelenggara"],
                reaksi_fasilitas=values["reaksi_fasilitas"],
                reaksi_pengajar=values["reaksi_pengajar"],
                catatan=self.catatan.toPlainText().strip(),
            ),
            [],
        )

    # -- the type and the JP rule -------------------------------------------------------------

    def _is_struktural(self) -> bool:
        return bool(self.jenis.currentData() == JENIS_STRUKTURAL)

    def current_option(self) -> JenisOption | None:
        jenis = self.jenis.currentData()
        if self.options is None:
            return None
        return next((o for o in self.options.jenis if o.id == jenis), None)

    def current_satuan(self) -> SatuanJp:
        option = self.current_option()
        return option.satuan if option is not None else SatuanJp.JP

    def _jenis_changed(self, *, filling: bool = False) -> None:
        satuan = self.current_satuan()
        if satuan is not self._satuan:
            # An amount in days means nothing in sessions: the new unit starts from its
            # default (a loaded activity keeps its stored amount).
            if not filling and self._satuan is not None:
                self._jumlah_auto = True
            self._satuan = satuan
        self.jumlah_label.setText(_tr(_JUMLAH_LABELS[satuan]) + ":")
        self.jumlah_hint.setText(_tr(_JUMLAH_HINTS[satuan]))
        self.kegiatan_form.setRowVisible(self.rows["latihan_struktural"], self._is_struktural())
        if not filling:
            self._fill_default_jumlah()
            self._counted_changed()

    def _dates_changed(self) -> None:
        self._fill_default_jumlah()
        self._counted_changed()

    def _jumlah_typed(self, text: str) -> None:
        # Typed by the clerk: the dates no longer move it; emptied, the default is back.
        self._jumlah_auto = not text.strip()

    def _default_jumlah(self, satuan: SatuanJp) -> float | None:
        """The amount the rule takes when none is typed: the days of the dates, or one
        visit or placement; None where it must be typed (stated JP, sessions)."""
        if satuan is SatuanJp.HARI:
            try:
                mulai, selesai = self.mulai.parsed(), self.selesai.parsed()
            except TanggalError:
                return None
            if mulai is None or selesai is None or selesai < mulai:
                return None
            return float((selesai - mulai).days + 1)
        if satuan in _DEFAULT_ONE:
            return 1.0
        return None

    def _fill_default_jumlah(self) -> None:
        if self._filling or not self._jumlah_auto:
            return
        value = self._default_jumlah(self.current_satuan())
        self.jumlah.blockSignals(True)
        self.jumlah.set_value(value)
        self.jumlah.blockSignals(False)

    def _counted_changed(self) -> None:
        """Type, dates, amount or abroad changed: JP is counted again when typing pauses."""
        if self._filling or not self.loaded:
            return
        self._edited()
        self._preview_timer.start()

    def _counted_facts(self) -> tuple[Any, ...] | None:
        draft, _problems = self.read_form()
        if draft is None:
            return None
        return (draft.jenis_diklat, draft.mulai, draft.selesai, draft.internasional, draft.jumlah)

    def _show_stored_jp(self) -> None:
        record = self.record
        if record is None:
            self._show_jp(None, self.tr("isi jenis, tanggal dan jumlahnya."), ())
            return
        self._show_jp(record.jp, record.penjelasan, record.peringatan)

    def update_preview(self) -> None:
        """Count the JP of the form as it is now (TrainingService.preview_jp, in the
        worker); an answer overtaken by newer typing is dropped."""
        self._preview_timer.stop()
        if self._closed or not self.loaded:
            return
        record = self.record
        facts = self._counted_facts()
        if record is not None and facts == (
            record.jenis_diklat,
            record.mulai,
            record.selesai,
            record.internasional,
            record.jumlah,
        ):
            # What is stored: saving this does not count it again (a rule changed since
            # does not move a past activity).
            self._preview_generation += 1
            self._show_stored_jp()
            self.previewed.emit()
            return
        draft, problems = self.read_form()
        counted = {"jenis_diklat", "mulai", "selesai", "jumlah"}
        if draft is None:
            mine = [p.message for p in problems if p.field in counted]
            self._preview_generation += 1
            self._show_jp(None, mine[0] if mine else self.tr("isi tanggal dan jumlahnya."), ())
            self.previewed.emit()
            return
        self._preview_generation += 1
        generation = self._preview_generation
        service = self.service
        self.runner.run(
            lambda: service.preview_jp(draft),
            if_alive(self, lambda hasil: self._previewed(generation, hasil, None)),
            if_alive(self, lambda exc, _trace: self._previewed(generation, None, exc)),
        )

    def _previewed(self, generation: int, hasil: Any, exc: BaseException | None) -> None:
        if generation != self._preview_generation or self._closed:
            return
        if hasil is not None:
            self._show_jp(hasil.jp, hasil.penjelasan, hasil.peringatan)
        elif isinstance(exc, ValidationFailed):
            counted = ("jenis_diklat", "mulai", "selesai", "jumlah")
            mine = [p.message for p in exc.problems if p.field in counted]
            self._show_jp(None, mine[0] if mine else str(exc), ())
        else:
            self._show_jp(None, str(exc), ())
        self.previewed.emit()

    def _show_jp(self, jp: float | None, penjelasan: str, peringatan: Sequence[str]) -> None:
        self.preview_jp = jp
        if jp is None:
            self.jp_label.setText(
                self.tr("JP dihitung: belum dapat dihitung — {0}").format(_escape(penjelasan))
            )
        else:
            self.jp_label.setText(
                self.tr("JP dihitung: <b>{0}</b> ({1})").format(
                    _escape(jp_text(jp)), _escape(penjelasan)
                )
            )
        if peringatan:
            self.jp_warning.setText("\n".join(peringatan))
            self.jp_warning.show()
        else:
            self.jp_warning.clear()
            self.jp_warning.hide()
        if not self._splitter_moved:
            self._fit_splitter()

    def _reaksi_changed(self) -> None:
        self._update_indeks()
        self._edited()

    def _update_indeks(self) -> None:
        from asn_desktop.services.trainings import indeks_reaksi

        scores: list[float | None] = []
        for edit in self.reaksi.values():
            try:
                scores.append(parse_number(edit.text(), ""))
            except ValueError:
                scores.append(None)
        indeks = indeks_reaksi(*scores)
        self.indeks_label.setText(
            self.tr("Skala 1–4; indeks reaksi {0} dari 100.").format(number_text(indeks))
            if indeks is not None
            else self.tr("Skala 1–4 (rata-rata survei peserta); boleh kosong.")
        )

    # -- problems -------------------------------------------------------------------------

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        problems = list(problems)
        for field, row in self.rows.items():
            row.set_problem(next((p.message for p in problems if p.field == field), None))
        if not problems:
            self.summary.hide()
            return
        lines = [p.message for p in problems[:8]]
        if len(problems) > 8:
            lines.append(self.tr("… dan {0} lagi.").format(len(problems) - 8))
        self._say(
            self.tr("Belum disimpan; perbaiki dahulu:") + "\n" + "\n".join(f"• {m}" for m in lines),
            ERROR_STYLE,
        )

    # -- writing ------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self, *, close_after: bool = False, then: Callable[[], object] | None = None) -> bool:
        """Save the activity and the edits of its participants in the worker, in one call:
        a new activity is created (it has no participants yet), an existing one saved with
        its participants by TrainingService.save, all or nothing. False when refused before
        that (the problems are shown)."""
        if self.read_only or self.saving or not self.loaded:
            return False
        draft, problems = self.read_form()
        if draft is None:
            self.show_problems(problems)
            return False
        self.show_problems([])
        pending = self.model.pending()
        form_dirty = self.pelatihan_id is None or self.form_dirty()
        if not form_dirty and not pending:
            self._say(self.tr("Tidak ada perubahan untuk disimpan."), NOTE_STYLE)
            if close_after:
                self.accept()
            elif then is not None:
                then()
            return True
        db, service, compliance = self.db, self.service, self.compliance
        pelatihan_id = self.pelatihan_id
        revision = self.record.revision if self.record is not None else 0
        # The activity's fields go along only when edited: a save of the participants alone
        # is not refused because someone corrected the activity's place meanwhile.
        changed = draft if form_dirty else None
        edits = {peserta_id: (edit, base) for peserta_id, edit, base in pending}
        self.model.clear_problems()

        def work() -> tuple[EditorState, Changes]:
            if pelatihan_id is None:
                saved_id = service.create(draft)
            else:
                saved_id = pelatihan_id
                service.save(saved_id, changed, expected_revision=revision, peserta=edits)
            return read_state(db, service, compliance, saved_id), pelatihan_changes()

        sent = {peserta_id: edit for peserta_id, (edit, _base) in edits.items()}

        def done(state: EditorState, _changes: Changes) -> None:
            self._saved(state, sent, close_after, then)

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=self._save_failed,
            buttons=self.buttons,
        ).run()
        return True

    def _saved(
        self,
        state: EditorState,
        sent: Mapping[int, PesertaDraft],
        close_after: bool,
        then: Callable[[], object] | None,
    ) -> None:
        # Everything sent is saved and read back; an edit made while the save ran stays.
        self.model.forget_saved(sent)
        self.populate(state, keep_pending=True)
        self.setWindowModified(self.is_dirty())
        assert state.record is not None
        self.saved.emit(state.record.id)
        self._say(self.tr("Tersimpan."), OK_STYLE)
        if close_after:
            self.accept()
        elif then is not None:
            then()

    def _save_failed(self, exc: BaseException) -> bool:
        """Nothing was saved. The service's refusal of the form goes under its fields and of
        a participant on their row; a record changed elsewhere is said (the participants
        concerned marked beside what is stored now) with an offer to read it again; a
        participant removed meanwhile, or anything else (a permission, a lock), is a
        message box. The edits are kept."""
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            self._show_participant_problems(exc.problems)
            return True
        if isinstance(exc, StaleRecord):
            self._say(str(exc), ERROR_STYLE)
            self._mark_changed_elsewhere(str(exc))
            self._offer_reload(str(exc))
            return True
        if isinstance(exc, NotFound):
            self.reload_participants()  # whoever was removed meanwhile goes from the table
        return False

    def _show_participant_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Each participant's problems on their row (the summary above lists them too)."""
        from asn_desktop.services.trainings import peserta_of_field

        messages: dict[int, list[str]] = {}
        for found in problems:
            target = peserta_of_field(found.field)
            if target is not None:
                messages.setdefault(target[0], []).append(found.message)
        first: int | None = None
        for peserta_id, lines in messages.items():
            self.model.set_problem(peserta_id, "\n".join(lines))
            row = self.model.row_of(peserta_id)
            if row is not None and (first is None or row < first):
                first = row
        if first is not None:
            self.table.selectRow(first)
            self.table.scrollTo(self.model.index(first, 0))

    def _mark_changed_elsewhere(self, message: str) -> None:
        """Read the participants again, edits kept: whoever was changed since their edit
        began is marked with ``message``, what is stored now shown beside the edit."""
        record = self.record
        if record is None:
            return
        service, compliance = self.service, self.compliance

        def read(participants: Participants) -> None:
            self._participants_read(participants)
            for entry in self.model.entries:
                if entry.pending and entry.record.revision != entry.base_revision:
                    self.model.set_problem(entry.record.id, message)

        self.runner.run(
            lambda: read_participants(service, compliance, record),
            if_alive(self, read),
            if_alive(self, self._participants_failed),
        )

    def _offer_reload(self, message: str) -> None:
        answer = QMessageBox.warning(
            self,
            self.tr("Sudah diubah di tempat lain"),
            message
            + "\n\n"
            + self.tr(
                "Muat ulang kegiatan ini dari basis data? Perubahan Anda yang belum disimpan "
                "dibuang."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.loaded = False
            self._say(self.tr("Membaca kegiatan…"), NOTE_STYLE)
            self.reload()

    # -- participants -------------------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.table.selectionModel().selectedRows()})

    def current_entry(self) -> _Entry | None:
        index = self.table.currentIndex()
        return self.model.entry_at(index.row()) if index.isValid() else None

    def _update_participant_buttons(self) -> None:
        editable = self.loaded and not self.read_only and not self.saving
        has_rows = bool(self.selected_rows())
        current = self.current_entry()
        self.add_button.setEnabled(editable)
        self.edit_participant_button.setEnabled(self.loaded and current is not None)
        self.pass_button.setEnabled(editable and has_rows)
        self.remove_button.setEnabled(editable and has_rows)
        self.attach_button.setEnabled(editable and current is not None)
        has_file = current is not None and current.record.ada_sertifikat
        self.detach_button.setEnabled(editable and has_file)
        self.open_certificate_button.setEnabled(self.loaded and has_file)
        if self.read_only:
            self.edit_participant_button.setText(self.tr("Lihat pese&rta…"))

    def _update_participant_count(self) -> None:
        entries = self.model.entries
        credited = sum(1 for e in entries if e.record.jp_dikreditkan > 0)
        text = self.tr("{0} peserta · {1} dikreditkan JP").format(
            QLocale().toString(len(entries)), QLocale().toString(credited)
        )
        below = sum(1 for e in entries if e.tahunan is not None and not e.tahunan.memenuhi)
        if below and self.record is not None:
            text += " · " + self.tr("{0} masih di bawah target JP {1}").format(
                QLocale().toString(below), self.record.tahun
            )
        pending = sum(1 for e in entries if e.pending)
        if pending:
            text += " · " + self.tr("{0} perubahan peserta belum disimpan").format(
                QLocale().toString(pending)
            )
        self.participant_count.setText(text)
        self.participants_box.setTitle(
            self.tr("Peserta ({0})").format(QLocale().toString(len(entries)))
        )

    def add_participants(self) -> None:
        """The picker for this activity; a new activity is saved first (participants are
        enrolled in a saved one)."""
        if self.read_only or self.saving or not self.loaded:
            return
        if self.pelatihan_id is None:
            self.save(then=self.open_picker)
            return
        self.open_picker()

    def open_picker(self) -> QDialog | None:
        if self.pelatihan_id is None or self._closed:
            return None
        from asn_desktop.ui.participant_picker import ParticipantPicker

        picker = ParticipantPicker(
            self.db,
            self.runner,
            self.pelatihan_id,
            nama=self.nama.text().strip(),
            enrolled=self.model.enrolled_ids(),
            parent=self,
        )
        picker.saved.connect(self._enrolled)
        picker.finished.connect(picker.deleteLater)
        self.picker = picker
        picker.open()
        return picker

    def _enrolled(self, count: int) -> None:
        self._say(self.tr("{0} peserta didaftarkan.").format(QLocale().toString(count)), OK_STYLE)
        if self.pelatihan_id is not None:
            self.saved.emit(self.pelatihan_id)
        self.reload_participants()

    def reload_participants(self) -> None:
        """Read the participants again (edits not saved stay); the form is left alone."""
        record = self.record
        if record is None:
            return
        service, compliance = self.service, self.compliance
        self.runner.run(
            lambda: read_participants(service, compliance, record),
            if_alive(self, self._participants_read),
            if_alive(self, self._participants_failed),
        )

    def _participants_read(self, participants: Participants) -> None:
        self._show_participants(participants, keep_pending=True)
        self._update_participant_count()
        self.setWindowModified(self.is_dirty())

    def _participants_failed(self, exc: BaseException, trace: str) -> None:
        from asn_desktop.ui.error_dialog import show_error

        show_error(self, str(exc), trace)

    def _show_participants(self, participants: Participants, *, keep_pending: bool) -> None:
        """The participants as read, with the rows chosen before still chosen."""
        current = self.current_entry()
        current_id = current.record.id if current is not None else None
        chosen = {self.model.entries[r].record.id for r in self.selected_rows()}
        self.model.set_participants(
            participants,
            self.record.tahun if self.record is not None else None,
            keep_pending=keep_pending,
        )
        selection = self.table.selectionModel()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row, entry in enumerate(self.model.entries):
            if entry.record.id in chosen:
                selection.select(self.model.index(row, 0), flags)
            if entry.record.id == current_id:
                selection.setCurrentIndex(
                    self.model.index(row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
                )
        self._update_participant_buttons()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() not in EDITABLE or self.read_only:
            self.edit_participant()

    def edit_participant(self) -> None:
        index = self.table.currentIndex()
        entry = self.model.entry_at(index.row()) if index.isValid() else None
        if entry is None:
            return
        dialog = ParticipantDialog(entry, read_only=bool(self.read_only), parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        draft = dialog.result_draft
        dialog.deleteLater()
        if accepted and draft is not None and not self.read_only:
            self.model.set_draft(index.row(), draft)

    def mark_passed(self) -> None:
        """Tandai lulus: the selected participants' result becomes Lulus (saved with
        Simpan, like every edit of the table)."""
        if self.read_only:
            return
        for row in self.selected_rows():
            entry = self.model.entries[row]
            self.model.set_draft(row, replace(entry.draft, hasil="lulus"))

    def remove_participants(self) -> None:
        rows = self.selected_rows()
        if self.read_only or self.saving or not rows:
            return
        chosen = [self.model.entries[r].record for r in rows]
        if len(chosen) == 1:
            text = self.tr("Hapus {0} dari peserta kegiatan ini?").format(chosen[0].nama)
        else:
            text = self.tr("Hapus {0} peserta terpilih dari kegiatan ini?").format(
                QLocale().toString(len(chosen))
            )
        text += "\n\n" + self.tr("JP kegiatan ini tidak lagi dihitung bagi mereka.")
        answer = QMessageBox.question(
            self,
            self.tr("Hapus peserta"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service = self.service
        targets = [(r.id, r.revision) for r in chosen]

        def work() -> tuple[int, Changes]:
            removed = 0
            for peserta_id, revision in targets:
                service.remove_peserta(peserta_id, expected_revision=revision)
                removed += 1
            return removed, pelatihan_changes()

        def done(removed: int, _changes: Changes) -> None:
            self._say(self.tr("{0} peserta dihapus.").format(QLocale().toString(removed)), OK_STYLE)
            if self.pelatihan_id is not None:
                self.saved.emit(self.pelatihan_id)
            self.reload_participants()

        def failed(_exc: BaseException) -> bool:
            self.reload_participants()  # some may have gone: the message box says why
            return False

        self._run_now(work, done, failed)

    def _run_now(
        self,
        work: Callable[[], tuple[Any, Changes]],
        done: Callable[[Any, Changes], None],
        failed: Callable[[BaseException], bool] | None = None,
    ) -> None:
        self.operation = Operation(
            self.runner, self, work, on_success=done, on_failure=failed, buttons=self.buttons
        ).run()
        self._update_participant_buttons()

    # -- certificates ---------------------------------------------------------------------

    def attach_certificate(self) -> None:
        entry = self.current_entry()
        if entry is None or self.read_only or self.saving:
            return
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Lampirkan sertifikat — {0}").format(entry.record.nama),
            str(Path.home()),
            self.tr("Sertifikat (*.pdf *.jpg *.jpeg *.png)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.attach_file(entry.record.id, Path(name))

    def attach_file(self, peserta_id: int, path: Path) -> None:
        """Store ``path`` as the participant's certificate (read and checked by the service,
        in the worker)."""
        row = self.model.row_of(peserta_id)
        if row is None or self.read_only or self.saving:
            return
        record = self.model.entries[row].record
        service, revision = self.service, record.revision

        def work() -> tuple[PesertaRecord, Changes]:
            service.attach_sertifikat(peserta_id, path, expected_revision=revision)
            return service.peserta_record(peserta_id), pelatihan_changes()

        def done(fresh: PesertaRecord, _changes: Changes) -> None:
            self.model.replace_record(fresh, revision)
            self._say(self.tr("Sertifikat {0} dilampirkan.").format(fresh.nama), OK_STYLE)
            self._update_participant_buttons()

        self._run_now(work, done)

    def detach_certificate(self) -> None:
        entry = self.current_entry()
        if entry is None or self.read_only or self.saving or not entry.record.ada_sertifikat:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Lepas sertifikat"),
            self.tr("Lepas berkas sertifikat {0}?").format(entry.record.nama),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, peserta_id, revision = self.service, entry.record.id, entry.record.revision

        def work() -> tuple[PesertaRecord, Changes]:
            service.remove_sertifikat(peserta_id, expected_revision=revision)
            return service.peserta_record(peserta_id), pelatihan_changes()

        def done(fresh: PesertaRecord, _changes: Changes) -> None:
            self.model.replace_record(fresh, revision)
            self._update_participant_buttons()

        self._run_now(work, done)

    def open_certificate(self) -> None:
        """Write the certificate to a temporary file named after the participant and open
        it with the system's viewer; without one, say where the file is."""
        entry = self.current_entry()
        if entry is None or not entry.record.ada_sertifikat:
            return
        service, record, folder = self.service, entry.record, certificate_folder()

        def work() -> Path:
            stored_name, _mime, data = service.sertifikat(record.id)
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / certificate_file_name(record, stored_name)
            path.write_bytes(data)
            return path

        self.runner.run(
            work, if_alive(self, self._certificate_written), if_alive(self, self._open_failed)
        )

    def _certificate_written(self, path: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            return
        dialog = CertificatePathDialog(path, self)
        dialog.finished.connect(dialog.deleteLater)
        self.path_dialog = dialog
        dialog.open()

    def _open_failed(self, exc: BaseException, trace: str) -> None:
        from asn_desktop.ui.error_dialog import show_error

        if isinstance(exc, OSError):
            show_error(
                self, self.tr("Berkas sertifikat tidak dapat ditulis: {0}").format(exc), trace
            )
        else:
            show_error(self, str(exc), trace)

    # -- read-only, closing -------------------------------------------------------------------

    def _make_read_only(self, reason: str) -> None:
        apply_read_only(self.form_page)
        self.model.read_only = True
        for made in self.edit_buttons:
            if made is not self.edit_participant_button:
                made.setToolTip(reason)
        save = self.save_button
        if save is not None:
            self.buttons.removeButton(save)
            save.deleteLater()
        self.save_button = None
        self._set_title()
        self._say(reason, NOTE_STYLE)

    def _set_title(self) -> None:
        title = self._title
        if self.read_only:
            title = self.tr("{0} (hanya baca)").format(title)
        # "[*]" is where Qt shows the asterisk of unsaved changes (setWindowModified).
        self.setWindowTitle(title + "[*]")

    def _say(self, text: str, style: str) -> None:
        self.summary.setStyleSheet(style)
        self.summary.setText(text)
        self.summary.show()

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Simpan / Buang / Batal (Qt's standard buttons, which the Indonesian Qt catalogue
        translates to exactly those words)."""
        pending = len(self.model.pending())
        text = self.tr("Perubahan kegiatan ini belum disimpan.")
        if pending:
            text = self.tr("Perubahan kegiatan ini dan {0} pesertanya belum disimpan.").format(
                QLocale().toString(pending)
            )
        return QMessageBox.question(
            self,
            self.tr("Simpan perubahan?"),
            text + " " + self.tr("Simpan sekarang?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def reject(self) -> None:
        """Close (Esc, Tutup, the window's X); unsaved changes ask Simpan / Buang / Batal."""
        if self.saving:
            return
        if self.is_dirty():
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self.save(close_after=True)
                return
            if answer != QMessageBox.StandardButton.Discard:
                return  # Batal (or the box closed): keep editing
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True  # answers still on their way are for nobody
        self._preview_timer.stop()
        super().done(result)


def open_training_editor(
    db: Database,
    runner: TaskRunner,
    parent: QWidget | None,
    *,
    pelatihan_id: int | None = None,
) -> TrainingEditorDialog:
    """Show the activity editor (window-modal, not blocking) and return it. With a parent
    the dialog deletes itself once closed; without one the caller owns it."""
    dialog = TrainingEditorDialog(db, runner, parent, pelatihan_id=pelatihan_id)
    if parent is not None:
        dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
