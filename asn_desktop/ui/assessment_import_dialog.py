"""Impor hasil asesmen…: the .xlsx an assessment centre sends, read into assessments.

The clerk chooses the file and the sheet; the service (CompetencyService.baca_impor) finds
the header and proposes which column holds what, and the dialog shows that proposal as one
combo box per field (NIP, nama, tanggal, asesor, each competency of the catalogue) for the
clerk to correct. Every change of the mapping asks for a new preview
(CompetencyService.pratinjau_impor): each data row with its errors (red) and warnings
(amber), counted. "Impor N baris" saves them all; with rows in error the button reads
"Impor N baris yang benar" and saves only those (lewati_baris_salah), after saying how many
are skipped. Nothing is written before that.

Reading and checking run in the worker behind a busy bar with Batal (the answer of a
cancelled read is dropped); the import is an Operation (a lock held by another program can
be waited out or cancelled; the rows are saved in one transaction or not at all).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import format_tanggal_angka
from asn_desktop.domain.peran import Permission
from asn_desktop.services.assessment_import import (
    BarisImpor,
    ImportPreview,
    ImportResult,
    ImportSheet,
    KolomImpor,
)
from asn_desktop.services.competency import CompetencyService, KompetensiItem
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.ui.competency_table_model import ListTableModel
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import limit_input
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

log = logging.getLogger(__name__)

__all__ = ["AssessmentImportDialog", "ImportPreviewModel"]

CONTEXT = "AssessmentImport"
MAPPING_PER_ROW = 3  # field/column pairs on a line of the mapping
PREVIEW_DELAY_MS = 300  # choosing several columns in a row: one preview when the clicks pause
SKIPPED_SHOWN = 10  # skipped rows listed in the result
PREVIEW_WIDTHS = (45, 150, 150, 150, 85, 110, 75)  # the problems take the rest
ERROR_BACKGROUND = QColor("#ffebee")
WARNING_BACKGROUND = QColor("#fff4d6")
PROBLEM_STYLE = "color: #b00020;"

# Which rows the preview shows.
SHOW_ALL, SHOW_ERRORS, SHOW_WARNINGS = "semua", "salah", "peringatan"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


# -- the preview ------------------------------------------------------------------------------

PREVIEW_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("AssessmentImport", "Baris"),
    QT_TRANSLATE_NOOP("AssessmentImport", "NIP"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Nama di berkas"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Pegawai terdaftar"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Tanggal"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Asesor"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Kompetensi"),
    QT_TRANSLATE_NOOP("AssessmentImport", "Masalah"),
)
V_BARIS, V_NIP, V_NAMA, V_TERDAFTAR, V_TANGGAL, V_ASESOR, V_NILAI, V_MASALAH = range(
    len(PREVIEW_COLUMNS)
)


class ImportPreviewModel(ListTableModel[BarisImpor]):
    """The checked rows of the sheet: red with an error, amber with a warning only."""

    HEADERS = PREVIEW_COLUMNS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._names: dict[str, str] = {}

    def set_catalogue(self, katalog: list[KompetensiItem]) -> None:
        self._names = {k.kode: k.nama for k in katalog}

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.HEADERS):
            if orientation == Qt.Orientation.Horizontal:
                return _tr(self.HEADERS[section])
            return section + 1
        return None

    def cell(self, item: BarisImpor, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole:
            if item.salah:
                return QBrush(ERROR_BACKGROUND)
            if item.peringatan:
                return QBrush(WARNING_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and (item.salah or item.peringatan):
            return QBrush(QColor("#000000"))  # readable on the light colours in a dark theme
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == V_NILAI:
                return "\n".join(
                    f"{self._names.get(kode, kode)}: {level}" for kode, level in item.nilai.items()
                )
            if column == V_MASALAH:
                return "\n".join(
                    [*(f"✗ {m}" for m in item.salah), *(f"⚠ {m}" for m in item.peringatan)]
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == V_BARIS:
            return str(item.baris)
        if column == V_NIP:
            return item.nip
        if column == V_NAMA:
            return item.nama
        if column == V_TERDAFTAR:
            return item.nama_terdaftar
        if column == V_TANGGAL:
            return format_tanggal_angka(item.tanggal) if item.tanggal is not None else ""
        if column == V_ASESOR:
            return item.asesor
        if column == V_NILAI:
            return QLocale().toString(len(item.nilai))
        if column == V_MASALAH:
            if item.salah:
                return "; ".join(item.salah)
            if item.peringatan:
                return _tr(QT_TRANSLATE_NOOP("AssessmentImport", "Peringatan: {0}")).format(
                    "; ".join(item.peringatan)
                )
            return _tr(QT_TRANSLATE_NOOP("AssessmentImport", "Benar"))
        return None


def _column_label(index: int, header: str) -> str:
    """Column 3 with header "NIP" as "C — NIP" (the letter as Excel shows it)."""
    letters = ""
    number = index + 1
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters} — {header}" if header else letters


# -- the dialog -----------------------------------------------------------------------------


class AssessmentImportDialog(QDialog):
    """Choose the file and sheet, confirm the mapping, check the rows, import."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.service = CompetencyService(db)
        self.path: Path | None = None
        self.sheet: ImportSheet | None = None
        self.preview: ImportPreview | None = None
        self.katalog: list[KompetensiItem] = []
        self.result_value: ImportResult | None = None
        self.operation: Operation[Any] | None = None
        self.busy = False  # a read or check is running
        self._control: JobControl | None = None
        self._generation = 0
        self._closed = False
        self.setObjectName("assessmentImportDialog")
        self.setWindowTitle(self.tr("Impor hasil asesmen"))

        # -- the file and sheet -------------------------------------------------------------
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Belum ada berkas dipilih"))
        self.choose_button = QPushButton(self.tr("Pilih &berkas…"))
        self.choose_button.setObjectName("importChoose")
        self.choose_button.setAutoDefault(False)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheet")
        self.sheet_combo.setEnabled(False)
        self.sheet_combo.setMinimumContentsLength(16)
        self.header_label = QLabel()
        self.header_label.setObjectName("importHeaderInfo")
        self.header_label.setWordWrap(True)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Berkas:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addSpacing(12)
        sheet_label = QLabel(self.tr("&Lembar:"))
        sheet_label.setBuddy(self.sheet_combo)
        file_row.addWidget(sheet_label)
        file_row.addWidget(self.sheet_combo)

        # -- the mapping ------------------------------------------------------------------------
        # A grid of (field, column) pairs, MAPPING_PER_ROW to a row, over the preview: the
        # preview keeps the dialog's width for its problems column.
        self.mapping_grid = QGridLayout()
        self.mapping_grid.setHorizontalSpacing(10)
        self.mapping_grid.setVerticalSpacing(4)
        self.combos: dict[str, QComboBox] = {}
        self._mapping_widgets: list[QWidget] = []
        mapping_widget = QWidget()
        mapping_widget.setLayout(self.mapping_grid)
        mapping_scroll = QScrollArea()
        mapping_scroll.setWidgetResizable(True)
        mapping_scroll.setFrameShape(QFrame.Shape.NoFrame)
        mapping_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        mapping_scroll.setWidget(mapping_widget)
        mapping_scroll.setMinimumHeight(150)
        self.asesor_default = QLineEdit()
        self.asesor_default.setObjectName("importAsesorDefault")
        self.asesor_default.setPlaceholderText(self.tr("Untuk baris tanpa asesor"))
        limit_input(self.asesor_default, "penilai_nama")
        mapping_box = QGroupBox(self.tr("Kolom berkas"))
        mapping_box.setObjectName("importMappingBox")
        mapping_layout = QVBoxLayout(mapping_box)
        asesor_label = QLabel(self.tr("&Asesor bawaan:"))
        asesor_label.setBuddy(self.asesor_default)
        info_row = QHBoxLayout()
        info_row.addWidget(self.header_label, 1)
        info_row.addWidget(asesor_label)
        info_row.addWidget(self.asesor_default)
        self.asesor_default.setMinimumWidth(240)
        mapping_layout.addLayout(info_row)
        mapping_layout.addWidget(mapping_scroll, 1)

        # -- the preview ------------------------------------------------------------------------
        self.preview_model = ImportPreviewModel(self)
        self.preview_table = QTableView()
        self.preview_table.setObjectName("importPreview")
        self.preview_table.setModel(self.preview_model)
        configure_list_table(self.preview_table, PREVIEW_WIDTHS)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("importShow")
        self.show_filter.addItem(self.tr("Semua baris"), SHOW_ALL)
        self.show_filter.addItem(self.tr("Baris yang salah"), SHOW_ERRORS)
        self.show_filter.addItem(self.tr("Baris dengan peringatan"), SHOW_WARNINGS)
        self.count_label = QLabel()
        self.count_label.setObjectName("importCounts")
        self.count_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("importProblems")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet(PROBLEM_STYLE)
        self.problem_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_label.hide()
        preview_box = QGroupBox(self.tr("Pratinjau"))
        preview_layout = QVBoxLayout(preview_box)
        show_label = QLabel(self.tr("&Tampilkan:"))
        show_label.setBuddy(self.show_filter)
        top = QHBoxLayout()
        top.addWidget(self.count_label, 1)
        top.addWidget(show_label)
        top.addWidget(self.show_filter)
        preview_layout.addLayout(top)
        preview_layout.addWidget(self.problem_label)
        preview_layout.addWidget(self.preview_table, 1)
        # The whole problem of the row chosen (the column shows its start).
        self.detail = QLabel()
        self.detail.setObjectName("importRowDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        preview_layout.addWidget(self.detail)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([250, 410])

        # -- busy and buttons ---------------------------------------------------------------
        self.busy_label = QLabel()
        self.busy_label.setObjectName("importBusy")
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        self.busy_cancel = QPushButton(self.tr("Batal"))
        self.busy_cancel.setObjectName("importBusyCancel")
        self.busy_cancel.setAutoDefault(False)
        self.busy_row = QWidget()
        busy_layout = QHBoxLayout(self.busy_row)
        busy_layout.setContentsMargins(0, 0, 0, 0)
        busy_layout.addWidget(self.busy_label, 1)
        busy_layout.addWidget(self.busy_bar)
        busy_layout.addWidget(self.busy_cancel)
        self.busy_row.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("importRun")
        self.close_button = self.buttons.addButton(
            self.tr("Tutup"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.busy_row)
        layout.addWidget(self.buttons)
        self.resize(1240, 720)

        self._preview_later = QTimer(self)
        self._preview_later.setSingleShot(True)
        self._preview_later.setInterval(PREVIEW_DELAY_MS)
        self._preview_later.timeout.connect(self.check_rows)
        self.choose_button.clicked.connect(self.choose_file)
        self.sheet_combo.currentIndexChanged.connect(lambda _i: self._sheet_chosen())
        self.show_filter.currentIndexChanged.connect(lambda _i: self._show_rows())
        self.preview_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._show_detail()
        )
        self.preview_model.modelReset.connect(self._show_detail)
        self.busy_cancel.clicked.connect(self.cancel_job)
        self.import_button.clicked.connect(self.run_import)
        self.close_button.clicked.connect(self.reject)
        self.refusal = denial_text(db.user, Permission.IMPORT)
        self._update_buttons()
        self._load_catalogue()

    # -- jobs ---------------------------------------------------------------------------------

    def _start(
        self,
        text: str,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
    ) -> None:
        """Run a read in the worker behind the busy bar; a newer one (or Batal) makes the
        answer of this one go to nobody."""
        if self._control is not None:
            self._control.cancel()
        self._generation += 1
        generation = self._generation
        self.busy = True
        self.busy_label.setText(text)
        self.busy_row.show()
        self._update_buttons()

        def job(control: JobControl) -> Any:
            control.check()
            found = fn()
            control.check()  # Batal while the file was read: nothing is shown
            return found

        def finished(found: Any) -> None:
            if self._closed or generation != self._generation:
                return
            self._end_job()
            done(found)

        def failed(exc: BaseException, trace: str) -> None:
            if self._closed or generation != self._generation:
                return
            self._end_job()
            if isinstance(exc, Cancelled):
                return
            self._report(exc, trace)

        self._control = self.runner.run_controlled(job, finished, failed)

    def _end_job(self) -> None:
        self._control = None
        self.busy = False
        self.busy_row.hide()
        # A sheet that could not be read leaves the one read before chosen.
        if self.sheet is not None:
            self.sheet_combo.blockSignals(True)
            self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(self.sheet.sheet), 0))
            self.sheet_combo.blockSignals(False)
        self._update_buttons()

    def cancel_job(self) -> None:
        """Batal: the read in progress is dropped (the file is closed when it ends)."""
        if self._control is None:
            return
        self._control.cancel()
        self._generation += 1  # its answer, whenever it comes, is for nobody
        self._end_job()
        self.count_label.setText(self.tr("Dibatalkan."))

    def _report(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            log.error("assessment import job failed:\n%s", trace)
            show_error(
                self,
                _tr(
                    QT_TRANSLATE_NOOP(
                        "AssessmentImport", "Terjadi kesalahan yang tidak terduga: {0}"
                    )
                ).format(exc),
                trace,
            )

    # -- the file, the sheet, the mapping -------------------------------------------------------

    def _load_catalogue(self) -> None:
        """The competencies the mapping offers (read again with every file)."""
        service = self.service

        def loaded(katalog: list[KompetensiItem]) -> None:
            if not self._closed and self.sheet is None:
                self._catalogue(katalog)

        def failed(exc: BaseException, trace: str) -> None:
            if not self._closed:
                self._report(exc, trace)

        self.runner.run(service.kompetensi, loaded, failed)

    def _catalogue(self, katalog: list[KompetensiItem]) -> None:
        if [(k.kode, k.nama) for k in katalog] == [(k.kode, k.nama) for k in self.katalog]:
            return
        self.katalog = katalog
        self.preview_model.set_catalogue(katalog)
        self._build_mapping()

    def _build_mapping(self) -> None:
        """One combo per field: NIP, nama, tanggal, asesor, then each competency."""
        for widget in self._mapping_widgets:
            self.mapping_grid.removeWidget(widget)
            widget.deleteLater()
        self._mapping_widgets = []
        self.combos = {}
        fields: list[tuple[str, str]] = [
            ("nip", self.tr("NIP")),
            ("nama", self.tr("Nama")),
            ("tanggal", self.tr("Tanggal asesmen")),
            ("asesor", self.tr("Asesor")),
        ]
        fields += [(f"k:{k.kode}", k.nama) for k in self.katalog]
        for number, (key, label) in enumerate(fields):
            combo = QComboBox()
            combo.setObjectName(f"importColumn_{key.replace(':', '_')}")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            combo.currentIndexChanged.connect(lambda _i: self._mapping_changed())
            self.combos[key] = combo
            name = QLabel(label + ":")
            name.setBuddy(combo)
            line, pair = divmod(number, MAPPING_PER_ROW)
            self.mapping_grid.addWidget(name, line, 2 * pair)
            self.mapping_grid.addWidget(combo, line, 2 * pair + 1)
            self._mapping_widgets += [name, combo]
        for pair in range(MAPPING_PER_ROW):
            self.mapping_grid.setColumnStretch(2 * pair + 1, 1)
        self._fill_mapping()

    def _fill_mapping(self) -> None:
        sheet = self.sheet
        for key, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak ada)"), None)
            if sheet is not None:
                for index, header in enumerate(sheet.headers):
                    combo.addItem(_column_label(index, header), index)
                chosen = self._proposed(sheet.mapping, key)
                combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
            combo.setEnabled(sheet is not None)
            combo.blockSignals(False)

    @staticmethod
    def _proposed(mapping: KolomImpor, key: str) -> int | None:
        if key.startswith("k:"):
            return mapping.kompetensi.get(key[2:])
        found: int | None = getattr(mapping, key)
        return found

    def mapping(self) -> KolomImpor | None:
        """The mapping as the combos say now (None before a sheet was read)."""
        if self.sheet is None:
            return None
        chosen = {key: combo.currentData() for key, combo in self.combos.items()}
        return KolomImpor(
            baris_judul=self.sheet.mapping.baris_judul,
            nip=chosen.get("nip"),
            nama=chosen.get("nama"),
            tanggal=chosen.get("tanggal"),
            asesor=chosen.get("asesor"),
            kompetensi={
                key[2:]: column
                for key, column in chosen.items()
                if key.startswith("k:") and column is not None
            },
        )

    def choose_file(self) -> None:
        start = str(self.path.parent) if self.path is not None else str(Path.home())
        name, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih berkas hasil asesmen"),
            start,
            self.tr("Buku kerja Excel (*.xlsx)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if name:
            self.open_file(Path(name))

    def open_file(self, path: Path, sheet: str | None = None) -> None:
        """Read ``path`` (the sheet the service finds, or ``sheet``), then check its rows."""
        self.path = path
        self.path_edit.setText(str(path))
        self.path_edit.setToolTip(str(path))
        service = self.service

        def work() -> tuple[list[KompetensiItem], ImportSheet, ImportPreview | ValidationFailed]:
            katalog = service.kompetensi()
            found = service.baca_impor(path, sheet)
            try:
                preview: ImportPreview | ValidationFailed = service.pratinjau_impor(
                    path, found.mapping, found.sheet
                )
            except ValidationFailed as exc:  # the proposal is incomplete: shown, not raised
                preview = exc
            return katalog, found, preview

        self._start(
            self.tr("Membaca {0}…").format(path.name), work, lambda found: self._read(*found)
        )

    def _read(
        self,
        katalog: list[KompetensiItem],
        sheet: ImportSheet,
        preview: ImportPreview | ValidationFailed,
    ) -> None:
        self._catalogue(katalog)
        self.sheet = sheet
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for name in sheet.sheets:
            self.sheet_combo.addItem(name, name)
        self.sheet_combo.setCurrentIndex(max(self.sheet_combo.findData(sheet.sheet), 0))
        self.sheet_combo.setEnabled(len(sheet.sheets) > 1)
        self.sheet_combo.blockSignals(False)
        text = self.tr("Judul kolom di baris {0}; {1} baris data di bawahnya.").format(
            sheet.mapping.baris_judul, QLocale().toString(sheet.baris_data)
        )
        if sheet.tidak_dipetakan:
            text += " " + self.tr("Kolom tanpa pasangan: {0}.").format(
                ", ".join(sheet.tidak_dipetakan)
            )
        self.header_label.setText(text)
        self._fill_mapping()
        self._previewed(preview)

    def _sheet_chosen(self) -> None:
        name = self.sheet_combo.currentData()
        if (
            self.path is not None
            and name is not None
            and (self.sheet is None or name != self.sheet.sheet)
        ):
            self.open_file(self.path, str(name))

    def _mapping_changed(self) -> None:
        self._preview_later.start()
        self.preview = None  # what is shown is of the old mapping until the check answers
        self._update_buttons()

    def check_rows(self) -> None:
        """Check every row against the mapping as it is now (in the worker)."""
        self._preview_later.stop()
        mapping, path, sheet = self.mapping(), self.path, self.sheet
        if mapping is None or path is None or sheet is None or self._closed:
            return
        service, name = self.service, sheet.sheet

        def work() -> ImportPreview | ValidationFailed:
            try:
                return service.pratinjau_impor(path, mapping, name)
            except ValidationFailed as exc:
                return exc

        self._start(self.tr("Memeriksa baris…"), work, self._previewed)

    def _previewed(self, found: ImportPreview | ValidationFailed) -> None:
        if isinstance(found, ValidationFailed):
            self.preview = None
            self.preview_model.set_rows([])
            self.problem_label.setText(
                self.tr("Pasangan kolom belum dapat dipakai:")
                + "".join(f"\n• {p.message}" for p in found.problems)
            )
            self.problem_label.show()
            self.count_label.setText(self.tr("Perbaiki pilihan kolom di sebelah kiri."))
            self._update_buttons()
            return
        self.preview = found
        self.problem_label.hide()
        self._show_rows()
        total = len(found.rows)
        self.count_label.setText(
            self.tr("{0} baris: {1} benar, {2} salah, {3} dengan peringatan.").format(
                QLocale().toString(total),
                QLocale().toString(found.ok),
                QLocale().toString(found.salah),
                QLocale().toString(found.peringatan),
            )
        )
        self._update_buttons()

    def _show_rows(self) -> None:
        preview = self.preview
        if preview is None:
            return
        which = self.show_filter.currentData()
        if which == SHOW_ERRORS:
            rows = [r for r in preview.rows if r.salah]
        elif which == SHOW_WARNINGS:
            rows = [r for r in preview.rows if r.peringatan]
        else:
            rows = list(preview.rows)
        self.preview_model.set_rows(rows)

    def _show_detail(self) -> None:
        index = self.preview_table.currentIndex()
        item = self.preview_model.row_at(index.row()) if index.isValid() else None
        if item is None or not (item.salah or item.peringatan):
            self.detail.clear()
            self.detail.hide()
            return
        lines = [self.tr("Baris {0}:").format(item.baris)]
        lines += [f"✗ {m}" for m in item.salah] + [f"⚠ {m}" for m in item.peringatan]
        self.detail.setText("\n".join(lines))
        self.detail.show()

    # -- importing ------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        preview = self.preview
        importing = self.operation is not None and self.operation.running
        self.choose_button.setEnabled(not importing)
        if self.refusal is not None:
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(self.refusal)
            self.import_button.setText(self.tr("&Impor"))
            return
        if preview is None or self.busy:
            self.import_button.setText(self.tr("&Impor"))
            self.import_button.setEnabled(False)
            self.import_button.setToolTip(
                self.tr("Pilih berkas dan pastikan pasangan kolomnya benar dahulu.")
            )
            return
        count = QLocale().toString(preview.ok)
        if preview.salah:
            self.import_button.setText(self.tr("&Impor {0} baris yang benar").format(count))
            self.import_button.setToolTip(
                self.tr("{0} baris yang salah dilewati dan tidak disimpan.").format(
                    QLocale().toString(preview.salah)
                )
            )
        else:
            self.import_button.setText(self.tr("&Impor {0} baris").format(count))
            self.import_button.setToolTip(
                self.tr("Simpan semua baris sebagai hasil asesmen, sekaligus.")
            )
        if not preview.ok:
            self.import_button.setToolTip(self.tr("Tidak ada baris yang benar untuk diimpor."))
        self.import_button.setEnabled(preview.ok > 0 and not importing)

    def run_import(self) -> None:
        preview, mapping, path, sheet = self.preview, self.mapping(), self.path, self.sheet
        if (
            preview is None
            or mapping is None
            or path is None
            or sheet is None
            or self.busy
            or not self.import_button.isEnabled()
            or (self.operation is not None and self.operation.running)
        ):
            return
        skip = preview.salah > 0
        if skip:
            answer = QMessageBox.question(
                self,
                self.tr("Impor hasil asesmen"),
                self.tr(
                    "{0} baris salah akan dilewati; hanya {1} baris yang benar diimpor. Lanjutkan?"
                ).format(QLocale().toString(preview.salah), QLocale().toString(preview.ok)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        service, name, asesor = self.service, sheet.sheet, self.asesor_default.text()

        def work() -> tuple[ImportResult, Changes]:
            result = service.impor_asesmen(
                path, mapping, sheet=name, lewati_baris_salah=skip, asesor=asesor
            )
            return result, Changes(competency={"asesmen"})

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=self._imported,
            on_failure=self._import_failed,
            buttons=self.buttons,
            saving_text=self.tr("Mengimpor…"),
        ).run()
        self._update_buttons()

    def _import_failed(self, exc: BaseException) -> bool:
        self._update_buttons()
        if isinstance(exc, ValidationFailed):
            # The file changed since the preview (or a row was stored meanwhile): what the
            # service refused is listed, and the preview is read again.
            show_error(self, str(exc))
            self.check_rows()
            return True
        return False

    def _imported(self, result: ImportResult, _changes: Changes) -> None:
        self.result_value = result
        text = self.tr("{0} hasil asesmen diimpor dari {1}.").format(
            QLocale().toString(result.imported), self.path.name if self.path else ""
        )
        if result.skipped:
            text += "\n\n" + self.tr("{0} baris dilewati:").format(
                QLocale().toString(len(result.skipped))
            )
            for skipped in result.skipped[:SKIPPED_SHOWN]:
                text += "\n• " + self.tr("Baris {0}: {1}").format(
                    skipped.baris, "; ".join(skipped.alasan)
                )
            if len(result.skipped) > SKIPPED_SHOWN:
                text += "\n" + self.tr("… dan {0} lainnya.").format(
                    QLocale().toString(len(result.skipped) - SKIPPED_SHOWN)
                )
        QMessageBox.information(self, self.tr("Impor hasil asesmen"), text)
        self.accept()

    # -- closing ------------------------------------------------------------------------------

    def done(self, result: int) -> None:
        if self.operation is not None and self.operation.running:
            return  # the import finishes (or is refused) first
        self._closed = True
        self._preview_later.stop()
        if self._control is not None:
            self._control.cancel()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.operation is not None and self.operation.running:
            event.ignore()
            return
        super().closeEvent(event)
