"""The appraisal page (Penilaian → Penilaian kinerja…): the year's SKP list with filters, the
distribution of predikat, and the work on many appraisals at once.

A window of its own beside the main window (one per main window), not a modal dialog: the
clerk keeps it open over the appraisal season while opening SKP and evaluation editors from
it. Like the audit page, every filter is a new query in SQL (AppraisalListService.search_ids,
in the worker, together with the distribution of the year) and the table holds ids and renders
a page at a time (AppraisalTableModel). Writes are Operations (ui.operations); the batch print
is a cancellable job in the worker with a progress dialog.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.kinerja import Predikat, capaian_labels, periode_tahun, predikat_label
from asn_desktop.domain.peran import Permission
from asn_desktop.services.appraisal_documents import AppraisalDocuments, Printable, Verification
from asn_desktop.services.appraisal_list import AppraisalListService, AppraisalQuery, AppraisalRow
from asn_desktop.services.appraisals import AppraisalService, DistribusiMelanggar, UnitBatchResult
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.ui.appraisal_table_model import (
    COLUMNS,
    NAMA,
    STATUS_TEXTS,
    AppraisalTableModel,
    status_text,
)
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import limit_input
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.appraisal_list import Distribusi
    from asn_desktop.services.database import Database

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # typing a name: one query when the typing pauses, not per letter
COLUMN_WIDTHS = (160, 240, 220, 220, 120)  # Predikat takes the rest
SEARCH_MAX_LENGTH = 100
CODE_MAX_LENGTH = 200  # the QR text is 83 characters; room for spaces a scanner adds
SKIPPED_SHOWN = 10  # names of employees skipped by "Buat SKP unit" listed in the summary
FINALISABLE = ("draft", "reopened")
PRINTABLE = ("final", "amended")
PAPERS = (
    ("A4", QT_TRANSLATE_NOOP("AppraisalPage", "A4 (210 × 297 mm)")),
    ("F4", QT_TRANSLATE_NOOP("AppraisalPage", "F4 / Folio (215 × 330 mm)")),
)

BREACH_STYLE = (
    "QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px; }"
)
VERDICT_COLORS = {"valid": "#1b5e20", "amended": "#7a4f00", "invalid": "#b71c1c"}
VERDICT_STYLES = {
    "valid": "QLabel { color: #1b5e20; background: #e8f5e9; border: 1px solid #81c784;"
    " border-radius: 3px; padding: 6px; }",
    "amended": "QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 6px; }",
    "invalid": "QLabel { color: #b71c1c; background: #ffebee; border: 1px solid #e57373;"
    " border-radius: 3px; padding: 6px; }",
}


def _year_end(tahun: int) -> date:
    return date(tahun, 12, 31)


def _period_name(label: str) -> str:
    """ "TRIWULAN II" as "Triwulan II" for a list to choose from (the roman numeral stays)."""
    return " ".join(w if set(w) <= set("IVX") else w.capitalize() for w in label.split())


def _fill_units(combo: QComboBox, units: Sequence[UnitNode], first: tuple[str, Any] | None) -> None:
    """The unit tree as an indented list, keeping the unit chosen (if it is still there)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    if first is not None:
        combo.addItem(first[0], first[1])
    for unit in units:
        combo.addItem("    " * unit.depth + unit.nama, unit.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def _year_spin(tahun: int) -> QSpinBox:
    spin = QSpinBox()
    # The services take SKP from 2000 to next year (planned in December).
    spin.setRange(2000, date.today().year + 1)
    spin.setValue(min(max(tahun, 2000), date.today().year + 1))
    # A year typed digit by digit would otherwise query 2, 20, 202 first.
    spin.setKeyboardTracking(False)
    return spin


@dataclass(frozen=True)
class BatchPrinted:
    """What a batch print wrote (handed from the worker to the GUI)."""

    path: Path
    pages: int
    documents: tuple[Printable, ...]  # slimmed for record_print (see _slim)


def _slim(printable: Printable) -> Printable:
    """What record_print needs of a printed document (who, which period, which code): the
    tables of results and behaviours are dropped, so a batch of thousands stays small."""
    dokumen = dataclasses.replace(printable.dokumen, hasil_kerja=(), perilaku=())
    return dataclasses.replace(printable, dokumen=dokumen)


# -- small dialogs ----------------------------------------------------------------------------


class _OperationDialog(QDialog):
    """A dialog whose OK runs one write as an Operation; it closes when the write is done
    (a failure is shown on it and it stays open with what was typed)."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_value: Any = None
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.operation: Operation[Any] | None = None

    def work(self) -> Callable[[], tuple[Any, Changes]]:
        """Read the form (on the GUI thread) and return the write for the worker."""
        raise NotImplementedError

    def accept(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        work = self.work()
        self.operation = Operation(
            self.runner, self, work, on_success=self._saved, buttons=self.buttons
        ).run()

    def _saved(self, result: Any, _changes: Changes) -> None:
        self.result_value = result
        super().accept()


class UnitSkpDialog(_OperationDialog):
    """Buat SKP unit…: the SKPs of a whole unit for a year, in one transaction."""

    def __init__(
        self,
        service: AppraisalService,
        runner: TaskRunner,
        units: Sequence[UnitNode],
        *,
        tahun: int,
        unit_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service = service
        self.setWindowTitle(self.tr("Buat SKP unit"))
        self.setObjectName("unitSkpDialog")
        self.unit = QComboBox()
        self.unit.setObjectName("unitSkpUnit")
        _fill_units(self.unit, units, None)
        self.unit.setCurrentIndex(max(self.unit.findData(unit_id), 0))
        self.tahun = _year_spin(tahun)
        self.tahun.setObjectName("unitSkpTahun")
        self.subunits = QCheckBox(self.tr("Termasuk unit di bawahnya"))
        self.subunits.setChecked(True)
        note = QLabel(
            self.tr(
                "Setiap pegawai unit ini yang belum memiliki SKP tahun itu mendapat salinan SKP "
                "tahun sebelumnya, atau SKP kosong dengan pejabat penilai yang diusulkan dari "
                "susunan unit kerja. SKP yang sudah ada tidak diubah."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit kerja:"), self.unit)
        form.addRow(self.tr("Tahun:"), self.tahun)
        form.addRow("", self.subunits)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Buat SKP"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def work(self) -> Callable[[], tuple[UnitBatchResult, Changes]]:
        service, unit_id = self.service, self.unit.currentData()
        tahun, subunits = self.tahun.value(), self.subunits.isChecked()
        return lambda: (
            service.create_for_unit(unit_id, tahun, include_subunits=subunits),
            Changes(),
        )


class CapaianDialog(_OperationDialog):
    """Capaian organisasi…: the agency's (or a unit's) capaian kinerja of a year, which
    sets the pola distribusi its predikat must follow."""

    def __init__(
        self,
        service: AppraisalService,
        runner: TaskRunner,
        units: Sequence[UnitNode],
        *,
        tahun: int,
        unit_id: int | None,
        capaian: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service = service
        self.setWindowTitle(self.tr("Capaian kinerja organisasi"))
        self.setObjectName("capaianDialog")
        self.scope = QComboBox()
        self.scope.setObjectName("capaianScope")
        _fill_units(self.scope, units, (self.tr("Instansi (seluruh unit)"), None))
        self.scope.setCurrentIndex(max(self.scope.findData(unit_id), 0))
        self.tahun = _year_spin(tahun)
        self.tahun.setObjectName("capaianTahun")
        self.capaian = QComboBox()
        self.capaian.setObjectName("capaianValue")
        for key, label in capaian_labels(on=_year_end(tahun)).items():
            self.capaian.addItem(label, key)
        if capaian is not None:
            self.capaian.setCurrentIndex(max(self.capaian.findData(capaian), 0))
        self.keterangan = QPlainTextEdit()
        self.keterangan.setObjectName("capaianKeterangan")
        self.keterangan.setTabChangesFocus(True)
        self.keterangan.setFixedHeight(70)
        limit_input(self.keterangan, "keterangan")
        note = QLabel(
            self.tr(
                "Capaian sebuah unit berlaku juga bagi unit di bawahnya yang tidak memiliki "
                "capaian sendiri; unit tanpa capaian mengikuti capaian instansi."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Berlaku untuk:"), self.scope)
        form.addRow(self.tr("Tahun:"), self.tahun)
        form.addRow(self.tr("Capaian:"), self.capaian)
        form.addRow(self.tr("Keterangan:"), self.keterangan)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def work(self) -> Callable[[], tuple[None, Changes]]:
        service, unit_id = self.service, self.scope.currentData()
        tahun, capaian = self.tahun.value(), self.capaian.currentData()
        keterangan = self.keterangan.toPlainText().strip()

        def save() -> tuple[None, Changes]:
            service.set_capaian(tahun, capaian, unit_id=unit_id, keterangan=keterangan)
            return None, Changes()

        return save


class BatchPrintDialog(QDialog):
    """Cetak massal…: which documents (the final ones of the rows chosen, or all of the year
    and unit) and on which paper."""

    def __init__(
        self, *, selected: int, tahun: int, scope: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cetak massal dokumen evaluasi"))
        self.setObjectName("batchPrintDialog")
        self.selected_button = QRadioButton(
            self.tr("Evaluasi final dari baris terpilih ({0} baris)").format(
                QLocale().toString(selected)
            )
        )
        self.all_button = QRadioButton(
            self.tr("Semua evaluasi final tahun {0}, {1} (urut unit kerja dan nama)").format(
                tahun, scope
            )
        )
        group = QButtonGroup(self)
        group.addButton(self.selected_button)
        group.addButton(self.all_button)
        self.selected_button.setEnabled(selected > 0)
        (self.selected_button if selected > 1 else self.all_button).setChecked(True)
        self.paper = QComboBox()
        self.paper.setObjectName("batchPaper")
        for name, label in PAPERS:
            self.paper.addItem(QCoreApplication.translate("AppraisalPage", str(label)), name)
        note = QLabel(
            self.tr(
                "Dokumen yang belum final tidak ikut dicetak: cetak drafnya satu per satu dari "
                "Pratinjau dokumen."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pilih berkas…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Kertas:"), self.paper)
        layout = QVBoxLayout(self)
        layout.addWidget(self.selected_button)
        layout.addWidget(self.all_button)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def use_selection(self) -> bool:
        return self.selected_button.isChecked()

    def paper_name(self) -> str:
        return str(self.paper.currentData())


class VerifyDialog(QDialog):
    """Verifikasi dokumen…: is a printed code (or the QR code's text) a finalised document of
    this database, and is it still the latest version?"""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.documents = AppraisalDocuments(db)
        self._generation = 0
        self._closed = False
        self.verdict = ""  # valid, amended or invalid: the colour of the last answer
        self.setWindowTitle(self.tr("Verifikasi dokumen evaluasi"))
        self.setObjectName("verifyDialog")
        self.code = QLineEdit()
        self.code.setObjectName("verifyCode")
        self.code.setPlaceholderText(
            self.tr("Kode dokumen (mis. 7F3KQ-9XM2A) atau isi kode QR yang dipindai")
        )
        self.code.setMaxLength(CODE_MAX_LENGTH)
        self.code.setClearButtonEnabled(True)
        self.check_button = QPushButton(self.tr("Periksa"))
        self.check_button.setObjectName("verifyCheck")
        self.check_button.setDefault(True)
        self.headline = QLabel()
        self.headline.setObjectName("verifyHeadline")
        font = self.headline.font()
        font.setBold(True)
        self.headline.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("verifyMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        close = QPushButton(self.tr("Tutup"))
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        entry = QHBoxLayout()
        entry.addWidget(self.code, 1)
        entry.addWidget(self.check_button)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ketik kode yang tercetak di bawah dokumen, atau pindai kode QR-nya ke kolom ini."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(entry)
        layout.addWidget(self.headline)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.resize(560, 200)
        self._show_nothing()

        self.check_button.clicked.connect(self.verify)
        self.code.returnPressed.connect(self.verify)
        self.code.textEdited.connect(lambda _text: self._show_nothing())

    def _show_nothing(self) -> None:
        self.verdict = ""
        self.headline.clear()
        self.headline.setStyleSheet("")
        self.message.clear()
        self.message.setStyleSheet("")
        self.message.setVisible(False)

    def verify(self) -> None:
        typed = self.code.text().strip()
        if not typed or self._closed:
            return
        self._generation += 1
        generation = self._generation
        documents = self.documents
        self.check_button.setEnabled(False)
        self.headline.setStyleSheet("")
        self.headline.setText(self.tr("Memeriksa…"))
        self.runner.run(
            lambda: documents.verify(typed),
            lambda found: self._verified(generation, found),
            self._failed,
        )

    def _verified(self, generation: int, found: Verification) -> None:
        if self._closed or generation != self._generation:
            return
        self.check_button.setEnabled(True)
        if found.valid and not found.amended:
            self.verdict = "valid"
            headline = self.tr("SAH — dokumen ini masih berlaku")
        elif found.valid:
            self.verdict = "amended"
            headline = self.tr("SAH, TETAPI SUDAH DIUBAH — ada versi yang lebih baru")
        else:
            self.verdict = "invalid"
            headline = self.tr("TIDAK SAH")
        style = VERDICT_STYLES[self.verdict]
        self.headline.setText(headline)
        self.headline.setStyleSheet(f"QLabel {{ color: {VERDICT_COLORS[self.verdict]}; }}")
        self.message.setText(found.message)
        self.message.setStyleSheet(style)
        self.message.setVisible(True)

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            return
        self.check_button.setEnabled(True)
        self.headline.clear()
        _report(self, exc, trace)

    def done(self, result: int) -> None:
        self._closed = True  # an answer still on its way is for nobody
        super().done(result)


def _report(parent: QWidget, exc: BaseException, trace: str) -> None:
    if isinstance(exc, DatabaseError | ServiceError):
        show_error(parent, str(exc), trace)
    else:
        log.error("appraisal page job failed:\n%s", trace)
        show_error(
            parent,
            QCoreApplication.translate(
                "AppraisalPage", "Terjadi kesalahan yang tidak terduga: {0}"
            ).format(exc),
            trace,
        )


# -- the page -------------------------------------------------------------------------------


class AppraisalPage(QMainWindow):
    """The year's appraisals; open while the database is (the main window closes it)."""

    pageFailed = Signal(object)  # a page read failed inside a repaint (queued to a dialog)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        tahun: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.service = AppraisalListService(db)
        self.appraisals = AppraisalService(db)
        self.documents = AppraisalDocuments(db)
        self.units: list[UnitNode] = []
        self.distribution: Distribusi | None = None
        self._generation = 0
        self._closed = False
        self._sort: tuple[str, bool] = ("nama", False)
        self._sort_section = NAMA
        self._keep: tuple[int | None, list[int]] = (None, [])
        self.print_progress: QProgressDialog | None = None
        self._print_control: JobControl | None = None
        self.last_print: BatchPrinted | None = None
        self.verify_dialog: VerifyDialog | None = None
        self.setWindowTitle(self.tr("Penilaian kinerja"))
        self.setObjectName("appraisalPage")

        # -- filters ----------------------------------------------------------------------
        self.tahun = _year_spin(tahun if tahun is not None else date.today().year)
        self.tahun.setObjectName("appraisalTahun")
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("appraisalUnitFilter")
        self.unit_filter.setMinimumContentsLength(22)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        _fill_units(self.unit_filter, [], (self.tr("Semua unit"), None))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("appraisalStatusFilter")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for key in STATUS_TEXTS:
            self.status_filter.addItem(status_text(key), key)
        self.predikat_filter = QComboBox()
        self.predikat_filter.setObjectName("appraisalPredikatFilter")
        self.predikat_filter.addItem(self.tr("Semua predikat"), None)
        for predikat in Predikat:
            self.predikat_filter.addItem(
                predikat_label(predikat, on=_year_end(self.tahun.value())), predikat.value
            )
        self.search = QLineEdit()
        self.search.setObjectName("appraisalSearch")
        self.search.setPlaceholderText(self.tr("Cari NIP atau nama… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tahun:")))
        filters.addWidget(self.tahun)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Unit:")))
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(QLabel(self.tr("Predikat:")))
        filters.addWidget(self.predikat_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.search, 3)

        # -- the distribution panel -----------------------------------------------------------
        self.distribution_title = QLabel()
        self.distribution_title.setObjectName("distributionTitle")
        title_font = self.distribution_title.font()
        title_font.setBold(True)
        self.distribution_title.setFont(title_font)
        self.capaian_label = QLabel()
        self.capaian_label.setObjectName("distributionCapaian")
        self.count_labels: dict[str, QLabel] = {}
        counts = QHBoxLayout()
        counts.setSpacing(18)
        for predikat in Predikat:
            label = QLabel()
            label.setObjectName(f"distribution_{predikat.value}")
            self.count_labels[predikat.value] = label
            counts.addWidget(label)
        counts.addStretch(1)
        self.breach_label = QLabel()
        self.breach_label.setObjectName("distributionBreaches")
        self.breach_label.setWordWrap(True)
        self.breach_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.breach_label.setStyleSheet(BREACH_STYLE)
        self.breach_label.hide()
        heading = QHBoxLayout()
        heading.addWidget(self.distribution_title)
        heading.addSpacing(12)
        heading.addWidget(self.capaian_label, 1)
        panel = QFrame()
        panel.setObjectName("distributionPanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(8, 6, 8, 6)
        panel_layout.setSpacing(4)
        panel_layout.addLayout(heading)
        panel_layout.addLayout(counts)
        panel_layout.addWidget(self.breach_label)

        # -- the table ----------------------------------------------------------------------
        self.fetcher: GuardedFetcher[AppraisalRow] = GuardedFetcher.of(
            self,
            lambda page, ids: page.service.rows(ids),
            lambda page, exc: page.pageFailed.emit(exc),
            (DatabaseError,),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = AppraisalTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("appraisalTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, COLUMN_WIDTHS)
        # Several rows at once: finalising and printing work on a selection.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(NAMA, Qt.SortOrder.AscendingOrder)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addLayout(filters)
        layout.addWidget(panel)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)

        self.count_label = QLabel()
        self.count_label.setObjectName("appraisalCount")
        # Permanent (at the right): the messages of finalising and printing, on the left,
        # would otherwise be drawn over it.
        self.count_label.setContentsMargins(0, 0, 8, 0)
        self.statusBar().addPermanentWidget(self.count_label)

        self._build_actions()
        self.resize(1240, 760)

        # -- wiring -------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.tahun.valueChanged.connect(self._tahun_changed)
        for combo in (self.unit_filter, self.status_filter, self.predikat_filter):
            # Not connect(self.refresh) straight: the index would arrive as an argument.
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.sortRequested.connect(self._sort_requested)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # A click selects first and moves the current row after: both say what is chosen.
        self.table.selectionModel().currentChanged.connect(lambda *_i: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.table.activated.connect(lambda _index: self.open_skp())
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Saves made anywhere (the editors opened from here, the main window) may change rows.
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self._update_distribution(None)
        self.load_units()
        self.refresh()

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], None], tip: str, shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        action.setToolTip(tip)
        action.setData(tip)  # the tooltip to give back when a refusal is lifted
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    def _build_actions(self) -> None:
        self.open_skp_action = self._action(
            self.tr("Buka SKP"),
            self.open_skp,
            self.tr("Buka SKP pegawai terpilih (rencana hasil kerja, pejabat penilai)."),
        )
        self.evaluate_action = self._action(
            self.tr("Evaluasi akhir"),
            self.open_evaluation,
            self.tr("Isi atau lihat evaluasi akhir tahun pegawai terpilih."),
            "Ctrl+E",
        )
        self.period_action = self._action(
            self.tr("Evaluasi periode…"),
            self.open_period_evaluation,
            self.tr("Isi atau lihat evaluasi bulanan, triwulan atau semester pegawai terpilih."),
        )
        self.preview_action = self._action(
            self.tr("Pratinjau dokumen"),
            self.preview,
            self.tr("Tampilkan dokumen evaluasi pegawai terpilih seperti akan dicetak."),
        )
        self.create_unit_action = self._action(
            self.tr("Buat SKP unit…"),
            self.create_for_unit,
            self.tr("Buat SKP seluruh pegawai sebuah unit untuk satu tahun sekaligus."),
        )
        self.capaian_action = self._action(
            self.tr("Capaian organisasi…"),
            self.set_capaian,
            self.tr("Tetapkan capaian kinerja organisasi yang menentukan pola distribusi."),
        )
        self.finalise_action = self._action(
            self.tr("Finalkan terpilih"),
            self.finalise_selected,
            self.tr("Bekukan dokumen evaluasi akhir baris terpilih dan beri kode dokumen."),
        )
        self.print_action = self._action(
            self.tr("Cetak massal…"),
            self.print_batch,
            self.tr("Cetak dokumen evaluasi final banyak pegawai ke satu berkas PDF."),
            "Ctrl+P",
        )
        self.verify_action = self._action(
            self.tr("Verifikasi kode…"),
            self.open_verify,
            self.tr("Periksa keaslian dokumen tercetak dari kodenya atau kode QR-nya."),
        )
        self.refresh_action = self._action(
            self.tr("Muat ulang"), self.refresh, self.tr("Baca ulang daftar dari basis data."), "F5"
        )
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.triggered.connect(self._focus_search)
        self.addAction(find)
        close = QAction(self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        self.addAction(close)

        toolbar = QToolBar(self.tr("Tindakan"))
        toolbar.setObjectName("appraisalToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        groups = (
            (self.open_skp_action, self.evaluate_action, self.period_action, self.preview_action),
            (self.create_unit_action, self.capaian_action, self.finalise_action),
            (self.print_action, self.verify_action),
            (self.refresh_action,),
        )
        for number, group in enumerate(groups):
            if number:
                toolbar.addSeparator()
            for action in group:
                toolbar.addAction(action)
        self.addToolBar(toolbar)
        self.toolbar = toolbar
        self.context_groups = groups[:3]

        # What each action needs of the signed-in user's role (the services check it again).
        # Opening the editors is reading: what a viewer may change there is theirs to refuse.
        self.action_permissions: dict[QAction, Permission] = {
            self.open_skp_action: Permission.READ,
            self.evaluate_action: Permission.READ,
            self.period_action: Permission.READ,
            self.preview_action: Permission.PRINT,
            self.create_unit_action: Permission.EDIT,
            self.capaian_action: Permission.EDIT,
            self.finalise_action: Permission.EDIT,
            self.print_action: Permission.PRINT,
            self.verify_action: Permission.READ,
            self.refresh_action: Permission.READ,
        }
        # Those that work on the current row, or on the selection.
        self._one_row = (
            self.open_skp_action,
            self.evaluate_action,
            self.period_action,
            self.preview_action,
        )
        self._some_rows = (self.finalise_action,)
        self._busy: set[QAction] = set()  # running now (a print): stays disabled
        self._refusals: dict[QAction, str] = {}

    def apply_permissions(self) -> None:
        """Enable what the signed-in user's role allows; a refused action says why. Called
        again by the main window when someone else signs in."""
        self._refusals = {}
        for action, permission in self.action_permissions.items():
            reason = denial_text(self.db.user, permission)
            if reason is not None:
                self._refusals[action] = reason
            action.setToolTip(reason or str(action.data()))
            # Only a refusal in the status bar: a hover would wipe out its messages.
            action.setStatusTip(reason or "")
        self._update_actions()

    def _update_actions(self) -> None:
        has_current = self.current_id() is not None
        has_selection = bool(self.table.selectionModel().selectedRows())
        for action in self.action_permissions:
            allowed = action not in self._refusals and action not in self._busy
            if action in self._one_row:
                allowed = allowed and has_current
            elif action in self._some_rows:
                allowed = allowed and has_selection
            action.setEnabled(allowed)

    def context_menu(self) -> QMenu:
        """The row actions and the page's own, for a right click on the table."""
        menu = QMenu(self)
        menu.setToolTipsVisible(True)  # a refused action says why
        for number, group in enumerate(self.context_groups):
            if number:
                menu.addSeparator()
            for action in group:
                menu.addAction(action)
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- querying -------------------------------------------------------------------------

    def query(self) -> AppraisalQuery:
        return AppraisalQuery(
            tahun=self.tahun.value(),
            unit_id=self.unit_filter.currentData(),
            status=self.status_filter.currentData(),
            predikat=self.predikat_filter.currentData(),
            search=self.search.text(),
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def refresh(self) -> None:
        """Ask the worker for the ids the filters let through and the year's distribution."""
        self._debounce.stop()
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        self._keep = (self.current_id(), self.selected_ids())
        service, query = self.service, self.query()

        def work() -> tuple[list[int], Distribusi]:
            ids = service.search_ids(query)
            return ids, service.distribusi(query.tahun, unit_id=query.unit_id)

        self.runner.run(work, lambda result: self._show(generation, *result), self._failed)

    def _show(self, generation: int, ids: list[int], distribution: Distribusi) -> None:
        if self._closed or generation != self._generation:
            return  # closed, or a newer filter already asked again
        self.fetcher.new_query()
        self.model.set_ids(ids)
        self._restore_selection(*self._keep)
        self._update_count()
        self._update_distribution(distribution)

    def _restore_selection(self, current: int | None, selected: list[int]) -> None:
        """The rows chosen before a refresh, where they still are (by id, in one pass)."""
        rows = {item_id: row for row, item_id in enumerate(self.model.ids())}
        chosen = sorted(rows[i] for i in selected if i in rows)
        selection = QItemSelection()
        last = len(COLUMNS) - 1
        start = previous = None
        for row in [*chosen, None]:  # the sentinel closes the last range
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None and previous is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, last))
            start = previous = row
        current_row = rows.get(current) if current is not None else None
        model = self.table.selectionModel()
        if current_row is not None:
            model.setCurrentIndex(
                self.model.index(current_row, 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
            self.table.scrollTo(self.model.index(current_row, 0))
        if not selection.isEmpty():
            model.select(
                selection,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_actions()

    def _update_count(self) -> None:
        shown = QLocale().toString(len(self.model.ids()))
        chosen = len(self.table.selectionModel().selectedRows())
        text = self.tr("{0} SKP").format(shown)
        if chosen > 1:
            text += " · " + self.tr("{0} terpilih").format(QLocale().toString(chosen))
        self.count_label.setText(text)

    def _update_distribution(self, distribution: Distribusi | None) -> None:
        self.distribution = distribution
        tahun = self.tahun.value()
        if distribution is None:
            self.distribution_title.setText(self.tr("Distribusi predikat {0}").format(tahun))
            self.capaian_label.clear()
            for label in self.count_labels.values():
                label.clear()
            self.breach_label.hide()
            return
        scope = self.tr("Instansi") if distribution.scope == "Instansi" else distribution.scope
        self.distribution_title.setText(
            self.tr("Distribusi predikat {0} — {1}").format(tahun, scope)
        )
        labels = capaian_labels(on=_year_end(tahun))
        if distribution.capaian is None:
            self.capaian_label.setText(
                self.tr("Capaian kinerja organisasi belum ditetapkan (perlu sebelum finalisasi).")
            )
        else:
            self.capaian_label.setText(
                self.tr("Capaian kinerja organisasi: {0}").format(
                    labels.get(distribution.capaian, distribution.capaian)
                )
            )
        for key, label in self.count_labels.items():
            name = predikat_label(key, on=_year_end(tahun))
            total = distribution.counts.get(key, 0)
            final = distribution.final_counts.get(key, 0)
            text = f"{name}: {QLocale().toString(total)}"
            if final != total:
                text += " " + self.tr("({0} final)").format(QLocale().toString(final))
            label.setText(text)
        breaches = distribution.pelanggaran
        if breaches:
            # The domain's sentences (the same as the CLI's and the finalise warning).
            lines = [self.tr("Pola distribusi tidak terpenuhi oleh evaluasi final:")]
            lines += [f"• {b.pesan}" for b in breaches]
            self.breach_label.setText("\n".join(lines))
            self.breach_label.show()
        else:
            self.breach_label.hide()

    def load_units(self) -> None:
        """Fill the unit filter (in the worker: the tree is read from the database)."""
        if self._closed:
            return
        service = OrgUnitService(self.db)
        self.runner.run(service.tree, self._set_units, self._failed)

    def _set_units(self, units: list[UnitNode]) -> None:
        if self._closed:
            return
        chosen = self.unit_filter.currentData()
        self.units = units
        _fill_units(self.unit_filter, units, (self.tr("Semua unit"), None))
        if self.unit_filter.currentData() != chosen:
            self.refresh()  # the unit chosen is gone: the list is of all units now

    def _tahun_changed(self, tahun: int) -> None:
        for index in range(1, self.predikat_filter.count()):
            key = self.predikat_filter.itemData(index)
            self.predikat_filter.setItemText(index, predikat_label(key, on=_year_end(tahun)))
        self.refresh()

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        """The appraiser's column does not sort: clicking it keeps the order and indicator."""
        if COLUMNS[section][0] is None:
            header = self.table.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, order)
            header.blockSignals(False)
        else:
            self._sort_section = section

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    def _changes_announced(self, changes: Changes) -> None:
        """An operation saved something (here, in an editor, in the main window): the list
        and the distribution may differ now; a changed unit tree reaches the filter."""
        if self._closed:
            return
        if changes.units:
            self.load_units()
        self.refresh()

    def _after_editor(self, opened: object) -> None:
        """Refresh after each save of an editor opened from here and once it is closed,
        whatever its saves announced (Changes has no field for appraisals yet)."""
        if isinstance(opened, QDialog) and opened.isVisible():
            for name in ("saved", "changed"):  # SkpEditorDialog.saved, ...Dialog.changed
                signal = getattr(opened, name, None)
                if isinstance(signal, SignalInstance):
                    signal.connect(lambda *_args: self.refresh())
            opened.finished.connect(lambda _result: self.refresh())
        else:  # shown modally and closed already, or nothing to wait for
            self.refresh()

    # -- the rows chosen ----------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_item(self) -> AppraisalRow | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        """The SKP ids of the selected rows, in the table's order."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [item_id for row in rows if (item_id := self.model.id_at(row)) is not None]

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()
        self._update_count()

    # -- opening the editors ----------------------------------------------------------------

    def open_skp(self) -> None:
        row = self.current_item()
        if row is None or not self.open_skp_action.isEnabled():
            return
        from asn_desktop.ui.skp_editor import open_skp_editor

        self._after_editor(open_skp_editor(self.db, self.runner, self, skp_id=row.skp_id))

    def open_evaluation(self, kode_periode: str = "akhir") -> None:
        row = self.current_item()
        if row is None or not self.evaluate_action.isEnabled():
            return
        from asn_desktop.ui.evaluation_editor import open_evaluation_editor

        self._after_editor(
            open_evaluation_editor(
                self.db, self.runner, self, skp_id=row.skp_id, kode_periode=kode_periode
            )
        )

    def open_period_evaluation(self) -> None:
        """Choose one of the SKP's periods (its period type is read in the worker)."""
        row = self.current_item()
        if row is None or not self.period_action.isEnabled():
            return
        appraisals, skp_id = self.appraisals, row.skp_id

        def work() -> list[tuple[str, str]]:
            skp = appraisals.skp(skp_id)
            periods = periode_tahun(skp.tahun, skp.jenis_periode)
            return [(p.kode, _period_name(p.label)) for p in periods if not p.is_akhir]

        self.runner.run(work, lambda periods: self._choose_period(skp_id, periods), self._failed)

    def _choose_period(self, skp_id: int, periods: list[tuple[str, str]]) -> None:
        current = self.current_item()
        if self._closed or current is None or current.skp_id != skp_id:
            return  # closed, or another row was chosen meanwhile
        names = [name for _kode, name in periods]
        name, ok = QInputDialog.getItem(
            self, self.tr("Evaluasi periode"), self.tr("Periode:"), names, 0, False
        )
        if ok and name in names:
            self.open_evaluation(periods[names.index(name)][0])

    def preview(self) -> None:
        row = self.current_item()
        if row is None or not self.preview_action.isEnabled():
            return
        from asn_desktop.ui.pdf_preview import open_document_preview

        if row.evaluasi_id is not None:
            opened = open_document_preview(self.db, self.runner, self, evaluasi_id=row.evaluasi_id)
        else:  # not evaluated yet: the SKP itself (the plan) is what there is to print
            opened = open_document_preview(self.db, self.runner, self, skp_id=row.skp_id)
        self._after_editor(opened)

    def open_verify(self) -> None:
        if self.verify_action.isEnabled():
            self.verify_dialog = open_verify_dialog(self.db, self.runner, self)

    # -- writes ---------------------------------------------------------------------------

    def _no_units(self) -> bool:
        if self.units:
            return False
        QMessageBox.information(
            self,
            self.tr("Penilaian kinerja"),
            self.tr("Belum ada unit kerja. Isi unit kerja dahulu (menu Instansi → Unit kerja)."),
        )
        return True

    def create_for_unit(self) -> None:
        if not self.create_unit_action.isEnabled() or self._no_units():
            return
        dialog = UnitSkpDialog(
            self.appraisals,
            self.runner,
            self.units,
            tahun=self.tahun.value(),
            unit_id=self.unit_filter.currentData(),
            parent=self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result: UnitBatchResult | None = dialog.result_value
        unit_name = dialog.unit.currentText().strip()
        tahun = dialog.tahun.value()
        dialog.deleteLater()
        if not accepted or result is None:
            return
        self.refresh()
        text = self.tr(
            "{0} SKP tahun {1} dibuat untuk {2}: {3} disalin dari SKP tahun sebelumnya, "
            "{4} baru dengan pejabat penilai usulan."
        ).format(
            QLocale().toString(result.created),
            tahun,
            unit_name,
            QLocale().toString(result.copied),
            QLocale().toString(result.created - result.copied),
        )
        if result.skipped:
            text += "\n\n" + self.tr("{0} pegawai dilewati:").format(
                QLocale().toString(len(result.skipped))
            )
            text += "".join(f"\n• {line}" for line in result.skipped[:SKIPPED_SHOWN])
            if len(result.skipped) > SKIPPED_SHOWN:
                text += "\n" + self.tr("… dan {0} lainnya.").format(
                    QLocale().toString(len(result.skipped) - SKIPPED_SHOWN)
                )
        QMessageBox.information(self, self.tr("Buat SKP unit"), text)

    def set_capaian(self) -> None:
        if not self.capaian_action.isEnabled():
            return
        unit_id = self.unit_filter.currentData()
        shown = self.distribution
        # Preselect what applies now, when the panel shows the same scope and year.
        capaian = shown.capaian if shown is not None else None
        dialog = CapaianDialog(
            self.appraisals,
            self.runner,
            self.units,
            tahun=self.tahun.value(),
            unit_id=unit_id,
            capaian=capaian,
            parent=self,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        label = dialog.capaian.currentText()
        dialog.deleteLater()
        if accepted:
            self.statusBar().showMessage(
                self.tr("Capaian kinerja organisasi disimpan: {0}.").format(label), 10000
            )
            self.refresh()

    def finalise_selected(self) -> None:
        """Finalise the year-end evaluations of the selected rows (read in the worker first:
        a selection may be thousands of rows)."""
        ids = self.selected_ids()
        if not ids or not self.finalise_action.isEnabled():
            return
        service = self.service
        self.runner.run(
            lambda: service.rows(ids),
            lambda rows: self._confirm_finalise(ids, rows),
            self._failed,
        )

    def _confirm_finalise(self, ids: list[int], rows: dict[int, AppraisalRow]) -> None:
        if self._closed:
            return
        chosen = [rows[i] for i in ids if i in rows]
        # With the revision each was read at: one changed meanwhile elsewhere is refused
        # (StaleRecord) rather than frozen unseen.
        seen = {
            r.evaluasi_id: r.evaluasi_revision
            for r in chosen
            if r.evaluasi_id is not None
            and r.evaluasi_revision is not None
            and r.status in FINALISABLE
        }
        ready = list(seen)
        title = self.tr("Finalkan evaluasi")
        if not ready:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "Tidak ada evaluasi akhir yang dapat difinalkan di antara baris terpilih: "
                    "semuanya belum dievaluasi atau sudah final."
                ),
            )
            return
        text = self.tr(
            "Finalkan {0} evaluasi akhir? Dokumennya dibekukan dan diberi kode; mengubahnya "
            "sesudah itu harus dengan membuka kembali beserta alasannya."
        ).format(QLocale().toString(len(ready)))
        skipped = len(ids) - len(ready)
        if skipped:
            text += "\n\n" + self.tr(
                "{0} baris terpilih dilewati (belum dievaluasi atau sudah final)."
            ).format(QLocale().toString(skipped))
        answer = QMessageBox.question(self, title, text)
        if answer == QMessageBox.StandardButton.Yes:
            self._finalise(ready, confirm=False, seen=seen)

    def _finalise(
        self, evaluasi_ids: list[int], *, confirm: bool, seen: dict[int, int] | None = None
    ) -> None:
        appraisals = self.appraisals

        def work() -> tuple[list[str], Changes]:
            codes = appraisals.finalise(
                evaluasi_ids, confirm_distribution=confirm, expected_revisions=seen
            )
            return codes, Changes()

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, DistribusiMelanggar):
                return False  # shown by the Operation, like any other refusal
            if self._closed:
                return True
            if self._ask_despite_breaches(exc, len(evaluasi_ids)):
                self._finalise(evaluasi_ids, confirm=True, seen=seen)
            return True

        def done(codes: list[str], _changes: Changes) -> None:
            self.statusBar().showMessage(
                self.tr("{0} evaluasi difinalkan.").format(QLocale().toString(len(codes))), 15000
            )
            self.refresh()

        Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=failed,
            actions=[self.finalise_action],
            saving_text=self.tr("Memfinalkan…"),
        ).run()

    def _ask_despite_breaches(self, exc: DistribusiMelanggar, count: int) -> bool:
        text = self.tr(
            "Sesudah {0} evaluasi ini difinalkan, predikat tahun itu tidak memenuhi pola "
            "distribusi:"
        ).format(QLocale().toString(count))
        text += "".join(f"\n• {b.pesan}" for b in exc.pelanggaran)
        text += "\n\n" + self.tr(
            "Tetap finalkan? Pelanggaran yang disetujui dicatat di jejak audit."
        )
        answer = QMessageBox.warning(
            self,
            self.tr("Pola distribusi tidak terpenuhi"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    # -- batch printing -----------------------------------------------------------------------

    def print_batch(self) -> None:
        """Ask which documents, the paper and the file, then print in the worker."""
        if not self.print_action.isEnabled():
            return
        selected = self.selected_ids()
        tahun = self.tahun.value()
        unit_id = self.unit_filter.currentData()
        scope = (
            self.unit_filter.currentText().strip()
            if unit_id is not None
            else self.tr("seluruh unit")
        )
        dialog = BatchPrintDialog(selected=len(selected), tahun=tahun, scope=scope, parent=self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        use_selection, paper = dialog.use_selection(), dialog.paper_name()
        dialog.deleteLater()
        if not accepted:
            return
        start = Path.home() / f"evaluasi-kinerja-{tahun}.pdf"
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan dokumen evaluasi"),
            str(start),
            self.tr("Dokumen PDF (*.pdf)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        self.start_batch_print(
            path, paper, skp_ids=selected if use_selection else None, tahun=tahun, unit_id=unit_id
        )

    def start_batch_print(
        self,
        path: Path,
        paper: str,
        *,
        skp_ids: list[int] | None,
        tahun: int,
        unit_id: int | None,
    ) -> None:
        """Print the final documents of `skp_ids` (in that order), or all of the year and
        unit (batch_ids' order), into `path`; a progress dialog shows n of N and Batal."""
        from asn_desktop.reports.evaluasi_kinerja import PrintCancelled, render_evaluasi_batch

        documents, rows_of = self.documents, self.service.rows

        def work(control: JobControl) -> BatchPrinted:
            if skp_ids is None:
                ids = documents.batch_ids(tahun, unit_id=unit_id)
            else:
                rows = rows_of(skp_ids)
                ids = [
                    r.evaluasi_id
                    for s in skp_ids
                    if (r := rows.get(s)) is not None and r.evaluasi_id and r.status in PRINTABLE
                ]
            control.progress(0, len(ids))
            control.check()
            if not ids:
                return BatchPrinted(path, 0, ())
            printed: list[Printable] = []

            def items() -> Any:
                for printable in documents.iter_printables(ids):
                    printed.append(_slim(printable))
                    yield printable.dokumen, printable.kode, printable.digest

            def progress(done: int) -> bool:
                control.progress(done, len(ids))
                return not control.cancelled()

            try:
                pages = render_evaluasi_batch(items(), path, paper=paper, progress=progress)
            except PrintCancelled as exc:
                raise Cancelled() from exc  # the renderer left no file behind
            return BatchPrinted(path, pages, tuple(printed))

        progress = QProgressDialog(self.tr("Menyiapkan dokumen…"), self.tr("Batal"), 0, 0, self)
        progress.setObjectName("batchPrintProgress")
        progress.setWindowTitle(self.tr("Cetak massal"))
        # The worker prints and nothing else meanwhile: the page waits with it.
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)  # the label grows with the numbers: no jumping
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.print_progress = progress
        self._busy.add(self.print_action)
        self._update_actions()

        def on_progress(done: int, total: int, _message: str) -> None:
            if progress is not self.print_progress:
                return
            progress.setMaximum(total)
            progress.setValue(done)
            if total:
                progress.setLabelText(
                    self.tr("Mencetak {0} dari {1} dokumen…").format(
                        QLocale().toString(done), QLocale().toString(total)
                    )
                )

        control = self.runner.run_controlled(work, self._printed, self._print_failed, on_progress)
        self._print_control = control
        # A lambda, not the bound control.cancel (see MainWindow.open_database): the
        # connection then keeps the control until the dialog goes, on the GUI thread.
        progress.canceled.connect(lambda: control.cancel())
        progress.show()

    def _end_print(self) -> None:
        progress, self.print_progress = self.print_progress, None
        self._print_control = None
        if progress is not None:
            progress.close()
            progress.deleteLater()
        self._busy.discard(self.print_action)
        if not self._closed:
            self._update_actions()

    def _printed(self, printed: BatchPrinted) -> None:
        self._end_print()
        if self._closed:
            return
        if not printed.documents:
            QMessageBox.information(
                self,
                self.tr("Cetak massal"),
                self.tr("Tidak ada evaluasi final untuk dicetak; tidak ada berkas yang dibuat."),
            )
            return
        self.last_print = printed
        documents, entries, where = self.documents, printed.documents, printed.path.name
        # Who printed what goes into the audit trail: a write, so an Operation.
        Operation(
            self.runner,
            self,
            lambda: (documents.record_print(entries, where=where), Changes()),
            saving_text=self.tr("Mencatat pencetakan…"),
        ).run()
        self.statusBar().showMessage(self.tr("Dicetak ke {0}").format(printed.path), 15000)
        QMessageBox.information(
            self,
            self.tr("Cetak massal"),
            self.tr("{0} dokumen ({1} halaman) dicetak ke:\n{2}").format(
                QLocale().toString(len(printed.documents)),
                QLocale().toString(printed.pages),
                printed.path,
            ),
        )

    def _print_failed(self, exc: BaseException, trace: str) -> None:
        self._end_print()
        if self._closed:
            log.info("batch print ended after the page closed: %s", exc)
            return
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(
                self.tr("Pencetakan dibatalkan; tidak ada berkas yang dibuat."), 15000
            )
            return
        if isinstance(exc, OSError):
            show_error(self, self.tr("Berkas PDF tidak dapat ditulis: {0}").format(exc), trace)
            return
        self._failed(exc, trace)

    # -- errors and closing -----------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("appraisal page job failed after closing: %s", exc)
            return
        _report(self, exc, trace)

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # jobs still running answer to nobody
        self._debounce.stop()
        if self._print_control is not None:
            self._print_control.cancel()  # the renderer removes its part file
        if self.verify_dialog is not None:
            self.verify_dialog.close()
        super().closeEvent(event)


def _pages_of(parent: QWidget) -> list[AppraisalPage]:
    return parent.findChildren(
        AppraisalPage, "appraisalPage", Qt.FindChildOption.FindDirectChildrenOnly
    )


def open_appraisal_page(
    db: Database | None, runner: TaskRunner, parent: QWidget
) -> AppraisalPage | None:
    """Penilaian → Penilaian kinerja…: one page per main window, raised if already open."""
    if db is None:
        return None
    refusal = denial_text(db.user, Permission.READ)
    if refusal is not None:
        show_error(parent, refusal)
        return None
    for page in _pages_of(parent):
        if page.db is db and not page._closed:
            page.showNormal() if page.isMinimized() else page.show()
            page.raise_()
            page.activateWindow()
            return page
        page.close()
        page.deleteLater()  # a closed page, or one of an earlier database
    page = AppraisalPage(db, runner, parent)
    page.show()
    return page


def refresh_appraisal_permissions(parent: QWidget) -> None:
    """Someone else signed in: the open page enables what their role allows."""
    for page in _pages_of(parent):
        if not page._closed:
            page.apply_permissions()


def open_verify_dialog(
    db: Database | None, runner: TaskRunner, parent: QWidget
) -> VerifyDialog | None:
    """Verifikasi dokumen…: one dialog per window, not modal (codes are checked one after
    another from a pile of printouts)."""
    if db is None:
        return None
    refusal = denial_text(db.user, Permission.READ)
    if refusal is not None:
        show_error(parent, refusal)
        return None
    for dialog in parent.findChildren(
        VerifyDialog, "verifyDialog", Qt.FindChildOption.FindDirectChildrenOnly
    ):
        if dialog.isVisible():
            dialog.raise_()
            dialog.activateWindow()
            dialog.code.setFocus()
            dialog.code.selectAll()
            return dialog
        dialog.deleteLater()
    dialog = VerifyDialog(db, runner, parent)
    dialog.show()
    dialog.code.setFocus()
    return dialog


__all__ = [
    "AppraisalPage",
    "BatchPrintDialog",
    "CapaianDialog",
    "UnitSkpDialog",
    "VerifyDialog",
    "open_appraisal_page",
    "open_verify_dialog",
    "refresh_appraisal_permissions",
]
