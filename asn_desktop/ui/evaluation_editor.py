"""The evaluation of one SKP period: realisasi, feedback, the two ratings and the predikat.

    open_evaluation_editor(db, runner, parent, skp_id=..., kode_periode="akhir")

The period selector offers the year's periods (periode_tahun with the SKP's period type);
the form shows per RHK and indicator the target with realisasi and bukti dukung, feedback per
RHK and per core value (each with an optional rating), the two ratings and, below them, the
PREDIKAT as the matrix in force at the period's end gives it: computed by the domain as the
combos change, without a database call. Simpan, Finalkan (save, then finalise; a breach of
the pola distribusi is shown and finalising again needs the clerk's "Tetap finalkan"), Buka
kembali (with a reason), the preview, and the record of a signed paper copy are each one
Operation in the worker. A final evaluation opens read-only with its document code and the
list of versions; a viewer sees everything read-only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import DATE_FIELDS, FieldProblem, Rating, Skema, check_fields
from asn_desktop.domain.kinerja import (
    Periode,
    nilai_dasar,
    nilai_prestasi_pp46,
    periode,
    periode_tahun,
    predikat_dari_rating,
    predikat_label,
    rating_label,
    sebutan_pp46,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.tanggal import format_tanggal, format_tanggal_angka, hari_lokal
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.ui.form_fields import ERROR_STYLE, FieldRow, limit_input
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.skp_editor import (
    HINT_STYLE,
    NOTE_STYLE,
    OK_STYLE,
    apply_read_only,
    appraisal_changes,
    ask_unsaved,
    fit_to_screen,
    if_alive,
    plain_edit,
)
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.appraisals import (
        AppraisalService,
        EvaluasiDraft,
        EvaluasiRecord,
        SkpRecord,
        VersiRecord,
    )
    from asn_desktop.services.database import Database

__all__ = [
    "EvaluationEditorDialog",
    "EvaluationState",
    "ReasonDialog",
    "SignedCopyDialog",
    "open_evaluation_editor",
    "predikat_style",
]

MIN_REASON = 10  # services.appraisals.MIN_REASON: the reopening reason is kept on record
FINAL_STYLE = (
    "QFrame#statusBanner { background: #e8f5e9; border: 1px solid #81c784; border-radius: 4px; }"
)
DRAFT_STYLE = (
    "QFrame#statusBanner { background: #eceff1; border: 1px solid #b0bec5; border-radius: 4px; }"
)
# The predikat label's colours: green for the good ones, amber to red for the others; the
# text is always there too, so the colour is never the only sign.
_PREDIKAT_COLOURS = {
    "sangat_baik": ("#1b5e20", "#ffffff"),
    "baik": ("#2e7d32", "#ffffff"),
    "butuh_perbaikan": ("#f9a825", "#000000"),
    "kurang": ("#e65100", "#ffffff"),
    "sangat_kurang": ("#b71c1c", "#ffffff"),
}
_BLANK_COLOURS = ("#eceff1", "#37474f")


def predikat_style(key: str) -> str:
    background, text = _PREDIKAT_COLOURS.get(key, _BLANK_COLOURS)
    return (
        f"QLabel {{ background: {background}; color: {text}; border-radius: 4px; "
        "padding: 6px 14px; }"
    )


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:  # stored in UTC; SQLite hands it back without a zone
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d-%m-%Y %H:%M}"


def periode_name(p: Periode) -> str:
    """ "Triwulan II", "Akhir tahun": the period as the selector says it."""
    if p.is_akhir:
        return QCoreApplication.translate("EvaluationEditorDialog", "Akhir tahun")
    roman = {"I", "II", "III", "IV"}
    return " ".join(w if w in roman else w.capitalize() for w in p.label.split())


@dataclass(frozen=True)
class EvaluationState:
    """What the dialog shows, read in the worker: the SKP, the evaluation of the period (None
    before the first save) and the capaian kinerja organisasi that applies."""

    skp: SkpRecord
    kode_periode: str
    evaluasi: EvaluasiRecord | None
    capaian: str | None


def load_evaluation_state(
    service: AppraisalService, skp_id: int, kode_periode: str
) -> EvaluationState:
    skp = service.skp(skp_id)
    kode = periode(kode_periode, skp.tahun).kode
    return EvaluationState(
        skp,
        kode,
        service.evaluasi_of(skp_id, kode),
        service.capaian(skp.tahun, skp.unit_id),
    )


@dataclass(frozen=True)
class _Finalised:
    """The outcome of Finalkan: the state afterwards, and either the codes, or why not yet
    (the service's reasons, or the pola distribusi breached)."""

    state: EvaluationState
    codes: tuple[str, ...] = ()
    problems: tuple[FieldProblem, ...] = ()
    breach: tuple[str, ...] = ()


class ReasonDialog(QDialog):
    """Why a final evaluation is reopened: kept with the printed version, so at least
    MIN_REASON letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buka kembali evaluasi"))
        intro = QLabel(
            self.tr(
                "Tuliskan alasan membuka kembali evaluasi yang sudah final. Versi yang sudah "
                "dicetak tetap tersimpan; alasan ini dicatat bersamanya."
            )
        )
        intro.setWordWrap(True)
        self.text = plain_edit("alasan_buka", 4)
        self.text.setObjectName("alasan")
        self.count = QLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setText(self.tr("Buka kembali"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._count)
        self._count()
        self.resize(480, self.sizeHint().height())

    def reason(self) -> str:
        return self.text.toPlainText().strip()

    def _count(self) -> None:
        n = len(self.reason())
        self.count.setText(self.tr("Paling sedikit {0} huruf; sudah {1}.").format(MIN_REASON, n))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(n >= MIN_REASON)


class SignedCopyDialog(QDialog):
    """The paper copy of a version was signed: on which day, and its scan if there is one."""

    SCAN_FILTER_EXTENSIONS = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff"

    def __init__(self, versi: VersiRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Catat dokumen bertanda tangan"))
        self.scan_path: Path | None = None
        today = date.today()
        intro = QLabel(
            self.tr("Versi {0}, kode {1}, difinalkan {2}.").format(
                versi.versi, versi.kode_dokumen, format_tanggal(hari_lokal(versi.finalised_at))
            )
        )
        intro.setWordWrap(True)
        self.tanggal = QDateEdit()
        self.tanggal.setObjectName("tanggalTtd")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd-MM-yyyy")
        earliest = max(hari_lokal(versi.finalised_at), DATE_FIELDS["tanggal_ttd"].earliest)
        self.tanggal.setDateRange(_qdate(earliest), _qdate(today))
        self.tanggal.setDate(_qdate(today))
        self.scan_label = QLabel(self.tr("(tanpa pindaian)"))
        self.scan_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Pilih berkas…"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_scan)
        self.clear_button = QPushButton(self.tr("Tanpa pindaian"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self._clear_scan)
        self.catatan = QLineEdit()
        self.catatan.setObjectName("catatanTtd")
        limit_input(self.catatan, "keterangan")
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_label, 1)
        scan_row.addWidget(self.choose_button)
        scan_row.addWidget(self.clear_button)
        form = QFormLayout()
        form.addRow(self.tr("Tanggal tanda tangan"), self.tanggal)
        form.addRow(self.tr("Pindaian (PDF/JPG/PNG/TIFF)"), scan_row)
        form.addRow(self.tr("Catatan"), self.catatan)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())

    def choose_scan(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih pindaian dokumen bertanda tangan"),
            "",
            self.tr("Pindaian ({0});;Semua berkas (*)").format(self.SCAN_FILTER_EXTENSIONS),
        )
        if name:
            self.scan_path = Path(name)
            self.scan_label.setText(self.scan_path.name)
            self.scan_label.setToolTip(str(self.scan_path))

    def _clear_scan(self) -> None:
        self.scan_path = None
        self.scan_label.setText(self.tr("(tanpa pindaian)"))
        self.scan_label.setToolTip("")

    def signed_on(self) -> date:
        return _pydate(self.tanggal.date())


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class EvaluationEditorDialog(QDialog):
    """One period's evaluation of an SKP (see the module docstring)."""

    changed = Signal(int)  # the SKP's id, after every write (save, finalise, reopen, signed)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        skp_id: int,
        kode_periode: str = "akhir",
    ) -> None:
        super().__init__(parent)
        from asn_desktop.services.appraisals import AppraisalService

        self.db, self.runner = db, runner
        self.service = AppraisalService(db)
        self.skp_id, self.kode_periode = skp_id, kode_periode
        self.state: EvaluationState | None = None
        self.loaded = False
        self.operation: Operation[Any] | None = None
        self._clean: EvaluasiDraft | None = None
        self._filling = False
        self.denied = denial_text(db.user, Permission.EDIT)
        self.read_only: str | None = self.denied
        self.form: QWidget | None = None
        self.preview: QDialog | None = None
        self.setObjectName("evaluationEditor")
        self._title = self.tr("Evaluasi kinerja")
        self._set_title()

        self.pegawai_label = QLabel()
        self.pegawai_label.setWordWrap(True)
        self.pegawai_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.periode_combo = QComboBox()
        self.periode_combo.setObjectName("periode")
        self.periode_combo.setMinimumContentsLength(22)
        self.periode_combo.activated.connect(self._periode_chosen)
        self.capaian_label = QLabel()
        self.capaian_label.setObjectName("capaian")
        header = QHBoxLayout()
        header.addWidget(self.pegawai_label, 1)
        periode_label = QLabel(self.tr("Periode"))
        header.addWidget(periode_label)
        header.addWidget(self.periode_combo)
        self.status_banner = QFrame()
        self.status_banner.setObjectName("statusBanner")
        self.status_text = QLabel()
        self.status_text.setObjectName("statusText")
        self.status_text.setWordWrap(True)
        self.status_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QHBoxLayout(self.status_banner)
        banner_layout.addWidget(self.status_text, 1)
        banner_layout.addWidget(self.capaian_label)

        self.form_host = QVBoxLayout()
        self.form_host.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()

        self.buttons = QDialogButtonBox()
        self.save_button = self._button(self.tr("Simpan"), "save")
        self.save_button.setDefault(True)
        self.finalise_button = self._button(self.tr("Finalkan"), "finalise")
        self.reopen_button = self._button(self.tr("Buka kembali…"), "reopen")
        self.preview_button = self._button(self.tr("Pratinjau/Cetak…"), "preview")
        self.signed_button = self._button(self.tr("Catat dokumen bertanda tangan…"), "signed")
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setAutoDefault(False)
        self.save_button.clicked.connect(lambda: self.save())
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.preview_button.clicked.connect(self.open_preview)
        self.signed_button.clicked.connect(lambda: self.register_signed())
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.buttons():
            button.setEnabled(button is close)  # until the evaluation has been read

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.status_banner)
        layout.addLayout(self.form_host, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 1100, 780)
        self._say(self.tr("Membaca evaluasi…"), NOTE_STYLE)
        self.load(kode_periode)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{name}Button")
        button.setAutoDefault(False)
        self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        return button

    # -- reading ------------------------------------------------------------------------------

    def load(self, kode_periode: str) -> None:
        """Read the SKP and the period's evaluation in the worker, then build the form."""
        service, skp_id = self.service, self.skp_id

        def work() -> EvaluationState:
            return load_evaluation_state(service, skp_id, kode_periode)

        self.runner.run(work, if_alive(self, self._loaded), if_alive(self, self._load_failed))

    def _load_failed(self, exc: BaseException, trace: str) -> None:
        from asn_desktop.db.errors import DatabaseError
        from asn_desktop.services.errors import ServiceError
        from asn_desktop.ui.error_dialog import show_error

        self._say(str(exc), ERROR_STYLE)
        if not isinstance(exc, (ServiceError, DatabaseError)):
            show_error(self, str(exc), trace)
        if self.state is not None:  # a period switch failed: the shown one stays usable
            self._update_buttons()
            self._select_periode(self.state.kode_periode)

    def _loaded(self, state: EvaluationState) -> None:
        self.populate(state)
        self.loaded = True

    @property
    def periode(self) -> Periode:
        assert self.state is not None
        return periode(self.state.kode_periode, self.state.skp.tahun)

    @property
    def evaluasi(self) -> EvaluasiRecord | None:
        return self.state.evaluasi if self.state is not None else None

    def populate(self, state: EvaluationState) -> None:
        """Build the form for ``state``: the first read, a period switch, after finalising
        or reopening (the form is made anew, so it is editable or read-only as the state says)."""
        self.state = state
        self.kode_periode = state.kode_periode
        skp, ev = state.skp, state.evaluasi
        self.read_only = self.denied
        if self.read_only is None and ev is not None and ev.is_final:
            self.read_only = self.tr(
                "Evaluasi ini sudah final. Untuk mengubahnya, buka kembali dengan alasan; versi "
                "yang sudah dicetak tetap tersimpan."
            )
        if self.read_only is None and skp.skema == Skema.PP_46_2011.value:
            self.read_only = self.tr(
                "Penilaian PP 46/2011 adalah riwayat yang diimpor; tidak diubah di sini."
            )
        self.pegawai_label.setText(
            self.tr("<b>{0}</b><br>SKP tahun {1}").format(_html(skp.employee_label), skp.tahun)
        )
        self._fill_periode_combo()
        end = self.periode.selesai
        labels = _capaian_labels(end)
        self.capaian_label.setText(
            self.tr("Capaian kinerja organisasi: <b>{0}</b>").format(
                _html(labels.get(state.capaian or "", "")) or self.tr("belum diisi")
            )
        )
        self._show_status()

        index = 0
        if self.form is not None:
            old_tabs = self.form.findChild(QTabWidget)
            index = old_tabs.currentIndex() if old_tabs is not None else 0
            self.form_host.removeWidget(self.form)
            self.form.setParent(None)
            self.form.deleteLater()
        self._filling = True
        try:
            self.form = self._build_form(state)
        finally:
            self._filling = False
        self.form_host.addWidget(self.form)
        self.tabs.setCurrentIndex(index if index < self.tabs.count() else 0)
        if self.read_only:
            apply_read_only(self.form)
        self._clean = self.draft()
        self.setWindowModified(False)
        self._title = self.tr("Evaluasi {0} {1} — {2}").format(
            periode_name(self.periode), skp.tahun, skp.employee_label
        )
        self._set_title()
        self._update_buttons()
        if self.read_only:
            self._say(self.read_only, NOTE_STYLE)
        elif self.summary.text() == self.tr("Membaca evaluasi…"):
            self.summary.hide()

    def _fill_periode_combo(self) -> None:
        assert self.state is not None
        skp = self.state.skp
        statuses = {e.periode: e for e in skp.evaluasi}
        self.periode_combo.blockSignals(True)
        self.periode_combo.clear()
        for p in periode_tahun(skp.tahun, skp.jenis_periode):
            summary = statuses.get(p.kode)
            if summary is None:
                note = self.tr("belum dievaluasi")
            elif summary.status == "final":
                note = self.tr("final")
            elif summary.status == "reopened":
                note = self.tr("dibuka kembali")
            else:
                note = self.tr("draf")
            self.periode_combo.addItem(f"{periode_name(p)} — {note}", p.kode)
        self.periode_combo.blockSignals(False)
        self._select_periode(self.state.kode_periode)

    def _select_periode(self, kode: str) -> None:
        self.periode_combo.blockSignals(True)
        self.periode_combo.setCurrentIndex(max(self.periode_combo.findData(kode), 0))
        self.periode_combo.blockSignals(False)

    def _show_status(self) -> None:
        ev = self.evaluasi
        latest = ev.versions[-1] if ev is not None and ev.versions else None
        if ev is not None and ev.is_final and latest is not None:
            text = self.tr(
                "<b>FINAL</b> — versi {0}, kode dokumen <b>{1}</b>; difinalkan {2} oleh {3}."
            ).format(
                latest.versi,
                latest.kode_dokumen,
                _when(latest.finalised_at),
                _html(latest.finalised_by),
            )
            if latest.signed:
                text += " " + self.tr("Ditandatangani {0}.").format(
                    format_tanggal(latest.signed[-1][0])
                )
            style = FINAL_STYLE
        elif ev is not None and ev.status == "reopened" and latest is not None:
            text = self.tr(
                "<b>DIBUKA KEMBALI</b> {0} oleh {1}: {2}<br>Versi {3} (kode {4}) tetap "
                "tersimpan; finalkan lagi setelah diperbaiki."
            ).format(
                _when(latest.reopened_at),
                _html(latest.reopened_by),
                _html(latest.alasan_buka),
                latest.versi,
                latest.kode_dokumen,
            )
            style = DRAFT_STYLE
        elif ev is not None:
            text = self.tr("<b>DRAF</b> — belum difinalkan.")
            style = DRAFT_STYLE
        else:
            text = self.tr("<b>BELUM DIEVALUASI</b> — isi lalu simpan atau finalkan.")
            style = DRAFT_STYLE
        self.status_text.setText(text)
        self.status_banner.setStyleSheet(style)

    # -- the form -----------------------------------------------------------------------------

    def _build_form(self, state: EvaluationState) -> QWidget:
        skp, ev = state.skp, state.evaluasi
        end = self.periode.selesai
        self.realisasi: dict[int, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        self.realisasi_rows: dict[int, tuple[FieldRow, FieldRow]] = {}
        self.rhk_feedback: dict[int, tuple[QPlainTextEdit, QComboBox, FieldRow]] = {}
        self.perilaku_feedback: dict[str, tuple[QPlainTextEdit, QComboBox, FieldRow]] = {}
        realisasi = ev.realisasi if ev is not None else {}
        umpan_rhk = ev.umpan_balik_rhk if ev is not None else {}
        umpan_perilaku = ev.umpan_balik_perilaku if ev is not None else {}

        self.tabs = QTabWidget()
        self.tabs.addTab(self._hasil_page(skp, realisasi, umpan_rhk, end), self.tr("Hasil kerja"))
        self.tabs.addTab(self._perilaku_page(skp, umpan_perilaku, end), self.tr("Perilaku kerja"))
        self.tabs.addTab(self._catatan_page(ev), self.tr("Catatan dan tanggal"))
        self.versions_table = self._versions_table(ev, end)
        versions_page = QWidget()
        versions_layout = QVBoxLayout(versions_page)
        about = QLabel(
            self.tr(
                "Setiap finalisasi membekukan satu versi dokumen dengan kodenya. Versi yang "
                "dibuka kembali tetap tersimpan dan kodenya tetap dapat diverifikasi."
            )
        )
        about.setWordWrap(True)
        about.setStyleSheet(HINT_STYLE)
        versions_layout.addWidget(about)
        self.version_preview_button = QPushButton(self.tr("Pratinjau versi ini…"))
        self.version_preview_button.setObjectName("versionPreview")
        self.version_preview_button.setAutoDefault(False)
        self.version_preview_button.clicked.connect(self._preview_version)
        versions_layout.addWidget(self.versions_table, 1)
        versions_layout.addWidget(self.version_preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        count = len(ev.versions) if ev is not None else 0
        self.tabs.addTab(versions_page, self.tr("Versi dokumen ({0})").format(count))
        self.tabs.setTabEnabled(3, count > 0)
        self.version_preview_button.setEnabled(count > 0)

        form = QWidget()
        layout = QVBoxLayout(form)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self._rating_band(skp, ev, end))
        return form

    def _rating_combo(self, value: str | None, end: date, *, blank: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(blank, None)
        for rating in Rating:
            combo.addItem(rating_label(rating, on=end), rating.value)
        combo.setCurrentIndex(max(combo.findData(value), 0) if value else 0)
        combo.currentIndexChanged.connect(lambda _i: self._edited())
        return combo

    def _hasil_page(
        self,
        skp: SkpRecord,
        realisasi: Any,
        umpan: Any,
        end: date,
    ) -> QWidget:
        body = QWidget()
        layout = QVBoxLayout(body)
        if not skp.rhk:
            empty = QLabel(
                self.tr(
                    "SKP ini belum memiliki rencana hasil kerja. Isi SKP-nya dahulu (Ubah SKP)."
                )
            )
            empty.setWordWrap(True)
            layout.addWidget(empty)
        numbers = {"utama": 0, "tambahan": 0}
        bold = QFont(self.font())
        bold.setBold(True)
        for rhk in skp.rhk:
            numbers[rhk.jenis] = numbers.get(rhk.jenis, 0) + 1
            title = (
                self.tr("RHK Utama {0}") if rhk.jenis == "utama" else self.tr("RHK Tambahan {0}")
            ).format(numbers[rhk.jenis])
            box = QGroupBox(title)
            box.setObjectName(f"rhk_{rhk.id}")
            box_layout = QVBoxLayout(box)
            text = QLabel(_html(rhk.rhk).replace("\n", "<br>"))
            text.setWordWrap(True)
            text.setFont(bold)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            box_layout.addWidget(text)
            if rhk.rhk_atasan:
                atasan = QLabel(
                    self.tr("Mengintervensi RHK atasan: {0}").format(_html(rhk.rhk_atasan))
                )
                atasan.setWordWrap(True)
                atasan.setStyleSheet(HINT_STYLE)
                box_layout.addWidget(atasan)
            grid = QGridLayout()
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 4)
            grid.setColumnStretch(2, 4)
            for column, heading in enumerate(
                (
                    self.tr("Indikator dan target"),
                    self.tr("Realisasi"),
                    self.tr("Bukti dukung"),
                )
            ):
                label = QLabel(heading)
                label.setStyleSheet("font-weight: bold;")
                grid.addWidget(label, 0, column)
            for row_number, ind in enumerate(rhk.indikator, start=1):
                aspek = ind.aspek.capitalize()
                target = ind.target or self.tr("(belum ada target)")
                about = QLabel(
                    self.tr("<i>{0}</i> — {1}<br>Target: <b>{2}</b>").format(
                        _html(aspek), _html(ind.indikator), _html(target)
                    )
                )
                about.setWordWrap(True)
                about.setAlignment(Qt.AlignmentFlag.AlignTop)
                about.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                done, bukti = realisasi.get(ind.id, ("", ""))
                real_edit = plain_edit("realisasi", 3)
                real_edit.setObjectName(f"realisasi_{ind.id}")
                real_edit.setPlainText(done)
                bukti_edit = plain_edit("bukti", 3)
                bukti_edit.setObjectName(f"bukti_{ind.id}")
                bukti_edit.setPlainText(bukti)
                if not ind.target.strip() and not done:
                    # The service refuses a realisasi without a target: say so here.
                    real_edit.setEnabled(False)
                    real_edit.setPlaceholderText(self.tr("Isi target pada SKP dahulu."))
                real_edit.textChanged.connect(self._edited)
                bukti_edit.textChanged.connect(self._edited)
                real_row, bukti_row = FieldRow(real_edit), FieldRow(bukti_edit)
                grid.addWidget(about, row_number, 0)
                grid.addWidget(real_row, row_number, 1)
                grid.addWidget(bukti_row, row_number, 2)
                self.realisasi[ind.id] = (real_edit, bukti_edit)
                self.realisasi_rows[ind.id] = (real_row, bukti_row)
            box_layout.addLayout(grid)
            text_fb, rating_fb = umpan.get(rhk.id, ("", None))
            feedback = plain_edit("umpan_balik", 2)
            feedback.setObjectName(f"umpanRhk_{rhk.id}")
            feedback.setPlaceholderText(
                self.tr("Umpan balik berkelanjutan berdasarkan bukti dukung")
            )
            feedback.setPlainText(text_fb)
            feedback.textChanged.connect(self._edited)
            rating = self._rating_combo(rating_fb, end, blank=self.tr("(tanpa rating)"))
            rating.setObjectName(f"ratingRhk_{rhk.id}")
            feedback_row = FieldRow(feedback)
            fb_layout = QHBoxLayout()
            fb_label = QLabel(self.tr("Umpan balik"))
            fb_label.setAlignment(Qt.AlignmentFlag.AlignTop)
            fb_layout.addWidget(fb_label)
            fb_layout.addWidget(feedback_row, 1)
            fb_layout.addWidget(rating, 0, Qt.AlignmentFlag.AlignTop)
            box_layout.addLayout(fb_layout)
            self.rhk_feedback[rhk.id] = (feedback, rating, feedback_row)
            layout.addWidget(box)
        layout.addStretch(1)
        return _scroll(body)

    def _perilaku_page(self, skp: SkpRecord, umpan: Any, end: date) -> QWidget:
        body = QWidget()
        grid = QGridLayout(body)
        grid.setColumnStretch(1, 1)
        row = 0
        for nilai in nilai_dasar(on=end):
            if nilai.kode not in skp.ekspektasi:
                continue  # an imported SKP without this value: nothing to give feedback on
            name = QLabel(f"<b>{_html(nilai.nama)}</b>")
            name.setToolTip("\n".join(f"• {u}" for u in nilai.uraian))
            name.setAlignment(Qt.AlignmentFlag.AlignTop)
            name.setMinimumWidth(170)
            ekspektasi = skp.ekspektasi.get(nilai.kode, "").strip()
            expected = QLabel(
                self.tr("Ekspektasi khusus pimpinan: {0}").format(
                    _html(ekspektasi) if ekspektasi else self.tr("(tidak ada)")
                )
            )
            expected.setWordWrap(True)
            expected.setStyleSheet(HINT_STYLE)
            text_fb, rating_fb = umpan.get(nilai.kode, ("", None))
            feedback = plain_edit("umpan_balik", 2)
            feedback.setObjectName(f"umpanPerilaku_{nilai.kode}")
            feedback.setPlaceholderText(self.tr("Umpan balik"))
            feedback.setPlainText(text_fb)
            feedback.textChanged.connect(self._edited)
            rating = self._rating_combo(rating_fb, end, blank=self.tr("(tanpa rating)"))
            rating.setObjectName(f"ratingPerilaku_{nilai.kode}")
            feedback_row = FieldRow(feedback)
            right = QVBoxLayout()
            right.setSpacing(2)
            right.addWidget(expected)
            line = QHBoxLayout()
            line.addWidget(feedback_row, 1)
            line.addWidget(rating, 0, Qt.AlignmentFlag.AlignTop)
            right.addLayout(line)
            grid.addWidget(name, row, 0)
            grid.addLayout(right, row, 1)
            separator = QFrame()
            separator.setFrameShape(QFrame.Shape.HLine)
            separator.setFrameShadow(QFrame.Shadow.Sunken)
            grid.addWidget(separator, row + 1, 0, 1, 2)
            row += 2
            self.perilaku_feedback[nilai.kode] = (feedback, rating, feedback_row)
        grid.setRowStretch(row, 1)
        return _scroll(body)

    def _catatan_page(self, ev: EvaluasiRecord | None) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.catatan = plain_edit("catatan", 10)
        self.catatan.setObjectName("catatan")
        self.catatan.setPlaceholderText(self.tr("Catatan dan rekomendasi pejabat penilai"))
        self.catatan.setPlainText(ev.catatan if ev is not None else "")
        self.catatan.textChanged.connect(self._edited)
        self.catatan_row = FieldRow(self.catatan)
        self.tanggal = QDateEdit()
        self.tanggal.setObjectName("tanggalPenilaian")
        self.tanggal.setCalendarPopup(True)
        self.tanggal.setDisplayFormat("dd-MM-yyyy")
        earliest, latest = DATE_FIELDS["tanggal_penetapan"].bounds(date.today())
        self.tanggal.setDateRange(_qdate(earliest), _qdate(latest))
        chosen = ev.tanggal_penetapan if ev is not None and ev.tanggal_penetapan else date.today()
        self.tanggal.setDate(_qdate(min(max(chosen, earliest), latest)))
        self.tanggal.dateChanged.connect(lambda _d: self._edited())
        self.tanggal.setMaximumWidth(160)
        self.tanggal_row = FieldRow(self.tanggal)
        hint = QLabel(
            self.tr("Tanggal penilaian dicetak di atas tanda tangan (\u201cBandung, …\u201d).")
        )
        hint.setStyleSheet(HINT_STYLE)
        form.addRow(self.tr("Catatan/rekomendasi"), self.catatan_row)
        form.addRow(self.tr("Tanggal penilaian"), self.tanggal_row)
        form.addRow("", hint)
        return page

    def _versions_table(self, ev: EvaluasiRecord | None, end: date) -> QTableWidget:
        headers = (
            self.tr("Versi"),
            self.tr("Kode dokumen"),
            self.tr("Predikat"),
            self.tr("Difinalkan"),
            self.tr("Dibuka kembali"),
            self.tr("Ditandatangani"),
        )
        table = QTableWidget(0, len(headers))
        table.setObjectName("versions")
        table.setHorizontalHeaderLabels(list(headers))
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._fill_versions(table, ev, end)
        return table

    def _fill_versions(self, table: QTableWidget, ev: EvaluasiRecord | None, end: date) -> None:
        versions = list(ev.versions) if ev is not None else []
        table.clearContents()
        table.setRowCount(len(versions))
        for row, v in enumerate(versions):
            reopened = (
                self.tr("{0} oleh {1}: {2}").format(
                    _when(v.reopened_at), v.reopened_by, v.alasan_buka
                )
                if v.reopened_at is not None
                else "—"
            )
            signed = "; ".join(
                format_tanggal_angka(day) + (f" ({name})" if name else "") for day, name in v.signed
            )
            cells = (
                str(v.versi),
                v.kode_dokumen,
                predikat_label(v.predikat, on=end) if v.predikat else "",
                self.tr("{0} oleh {1}").format(_when(v.finalised_at), v.finalised_by),
                reopened,
                signed or "—",
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, v.id)
                item.setToolTip(value)
                table.setItem(row, column, item)
        if versions:
            table.selectRow(len(versions) - 1)
        table.resizeRowsToContents()
        if table is getattr(self, "versions_table", None):
            self.tabs.setTabText(3, self.tr("Versi dokumen ({0})").format(len(versions)))
            self.tabs.setTabEnabled(3, bool(versions))
            self.version_preview_button.setEnabled(bool(versions))

    def _rating_band(self, skp: SkpRecord, ev: EvaluasiRecord | None, end: date) -> QWidget:
        band = QFrame()
        band.setObjectName("ratingBand")
        band.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(band)
        self.hasil_combo = self._rating_combo(
            ev.rating_hasil_kerja if ev else None, end, blank=self.tr("(belum dinilai)")
        )
        self.hasil_combo.setObjectName("ratingHasilKerja")
        self.perilaku_combo = self._rating_combo(
            ev.rating_perilaku if ev else None, end, blank=self.tr("(belum dinilai)")
        )
        self.perilaku_combo.setObjectName("ratingPerilaku")
        self.hasil_row = FieldRow(self.hasil_combo)
        self.perilaku_row = FieldRow(self.perilaku_combo)
        for combo in (self.hasil_combo, self.perilaku_combo):
            combo.currentIndexChanged.connect(lambda _i: self.update_predikat())
            combo.setMinimumContentsLength(20)
        self.predikat_title = QLabel(self.tr("PREDIKAT KINERJA PEGAWAI"))
        self.predikat_title.setStyleSheet("font-weight: bold;")
        self.predikat_label = QLabel()
        self.predikat_label.setObjectName("predikat")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        self.predikat_label.setFont(font)
        self.predikat_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.predikat_label.setMinimumWidth(260)
        layout.addWidget(QLabel(self.tr("Rating hasil kerja")), 0, 0)
        layout.addWidget(self.hasil_row, 0, 1)
        layout.addWidget(QLabel(self.tr("Rating perilaku kerja")), 1, 0)
        layout.addWidget(self.perilaku_row, 1, 1)
        layout.addWidget(self.predikat_title, 0, 2, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.predikat_label, 1, 2)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(2, 1)
        if skp.skema == Skema.PP_46_2011.value:
            self._legacy_band(ev)
        else:
            self.update_predikat()
        return band

    def _legacy_band(self, ev: EvaluasiRecord | None) -> None:
        """PP 46/2011 history is numeric: the numbers and their band, no ratings."""
        assert self.state is not None
        tahun = self.state.skp.tahun
        self.hasil_combo.hide()
        self.perilaku_combo.hide()
        if ev is not None and ev.nilai_skp is not None and ev.nilai_perilaku is not None:
            nilai = nilai_prestasi_pp46(ev.nilai_skp, ev.nilai_perilaku, tahun=tahun)
            self.predikat_label.setText(f"{nilai:.2f} — {sebutan_pp46(nilai, tahun=tahun)}")
        else:
            self.predikat_label.setText("—")
        self.predikat_label.setStyleSheet(predikat_style(""))

    def update_predikat(self) -> None:
        """The predikat of the two ratings, from the matrix in force at the period's end
        (domain only: this runs on every change of the combos)."""
        hasil, perilaku = self.hasil_combo.currentData(), self.perilaku_combo.currentData()
        if hasil and perilaku:
            end = self.periode.selesai
            found = predikat_dari_rating(hasil, perilaku, on=end)
            self.predikat_label.setText(predikat_label(found, on=end).upper())
            self.predikat_label.setStyleSheet(predikat_style(found.value))
            self.predikat_label.setToolTip("")
            self.predikat_key = found.value
        else:
            self.predikat_label.setText(self.tr("BELUM DAPAT DITENTUKAN"))
            self.predikat_label.setStyleSheet(predikat_style(""))
            self.predikat_label.setToolTip(self.tr("Pilih rating hasil kerja dan rating perilaku."))
            self.predikat_key = ""

    # -- the form as a draft ------------------------------------------------------------------

    def draft(self) -> EvaluasiDraft:
        from asn_desktop.services.appraisals import EvaluasiDraft, RealisasiInput, UmpanBalikInput

        realisasi = tuple(
            RealisasiInput(ind_id, real.toPlainText(), bukti.toPlainText())
            for ind_id, (real, bukti) in self.realisasi.items()
        )
        umpan = tuple(
            UmpanBalikInput(text.toPlainText(), combo.currentData(), rhk_id=rhk_id)
            for rhk_id, (text, combo, _row) in self.rhk_feedback.items()
        ) + tuple(
            UmpanBalikInput(text.toPlainText(), combo.currentData(), kode=kode)
            for kode, (text, combo, _row) in self.perilaku_feedback.items()
        )
        ev = self.evaluasi
        return EvaluasiDraft(
            rating_hasil_kerja=self.hasil_combo.currentData(),
            rating_perilaku=self.perilaku_combo.currentData(),
            realisasi=realisasi,
            umpan_balik=umpan,
            catatan=self.catatan.toPlainText(),
            tanggal_penetapan=_pydate(self.tanggal.date()),
            nilai_skp=ev.nilai_skp if ev is not None else None,
            nilai_perilaku=ev.nilai_perilaku if ev is not None else None,
        )

    def is_dirty(self) -> bool:
        return (
            self.loaded
            and not self.read_only
            and self._clean is not None
            and self.draft() != self._clean
        )

    def _edited(self) -> None:
        if self._filling or not self.loaded:
            return
        self.setWindowModified(self.is_dirty())

    def validate(self) -> list[FieldProblem]:
        """The input policy's checks of every text, each shown under its field."""
        today = date.today()
        problems: list[FieldProblem] = []

        def check(row: FieldRow, key: str, value: object) -> None:
            found = check_fields({key: value}, today=today)
            row.set_problem(found[0].message if found else None)
            problems.extend(found)

        for ind_id, (real, bukti) in self.realisasi.items():
            real_row, bukti_row = self.realisasi_rows[ind_id]
            check(real_row, "realisasi", real.toPlainText())
            check(bukti_row, "bukti", bukti.toPlainText())
        for text, _combo, row in (*self.rhk_feedback.values(), *self.perilaku_feedback.values()):
            check(row, "umpan_balik", text.toPlainText())
        check(self.catatan_row, "catatan", self.catatan.toPlainText())
        self.hasil_row.set_problem(None)
        self.perilaku_row.set_problem(None)
        return problems

    def show_problems(self, problems: list[FieldProblem], *, heading: str = "") -> None:
        if not problems:
            self.summary.hide()
            return
        for p in problems:
            if p.field == "rating_hasil_kerja":
                self.hasil_row.set_problem(p.message)
            elif p.field == "rating_perilaku":
                self.perilaku_row.set_problem(p.message)
            elif p.field == "catatan":
                self.catatan_row.set_problem(p.message)
        lines = list(dict.fromkeys(p.message for p in problems))
        self._say(
            (heading or self.tr("Belum disimpan; perbaiki dahulu:"))
            + "\n"
            + "\n".join(f"• {m}" for m in lines[:10]),
            ERROR_STYLE,
        )

    # -- writing ------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def _run(
        self,
        work: Callable[[], tuple[Any, Changes]],
        done: Callable[[Any, Changes], None],
        *,
        saving_text: str = "",
    ) -> None:
        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=self._failed,
            buttons=self.buttons,
            saving_text=saving_text,
        ).run()

    def _failed(self, exc: BaseException) -> bool:
        """The service's refusal of the form under its fields and in the summary; anything
        else (stale, locked, a permission) in a message box, the edits kept."""
        if isinstance(exc, ValidationFailed):
            self.show_problems(list(exc.problems))
            return True
        return False

    def save(self, *, close_after: bool = False, then: Callable[[], None] | None = None) -> bool:
        """Check the form, then save_evaluasi in the worker (with the revision read; none for
        the period's first save). False when refused before that."""
        if self.read_only or self.saving or not self.loaded or self.state is None:
            return False
        problems = self.validate()
        if problems:
            self.show_problems(problems)
            return False
        draft = self.draft()
        service, skp_id, kode = self.service, self.skp_id, self.state.kode_periode
        ev = self.evaluasi
        revision = ev.revision if ev is not None else None

        def work() -> tuple[EvaluationState, Changes]:
            service.save_evaluasi(skp_id, kode, draft, expected_revision=revision)
            return load_evaluation_state(service, skp_id, kode), appraisal_changes({skp_id})

        def done(state: EvaluationState, _changes: Changes) -> None:
            self._saved(state, draft)
            if close_after:
                self.accept()
            elif then is not None:
                then()

        self._run(work, done)
        return True

    def _saved(self, state: EvaluationState, draft: EvaluasiDraft) -> None:
        """After a save the form stays as typed (focus, scroll); only what the save changed
        around it is shown anew: the status, the period list, the versions."""
        self.state = state
        self._clean = draft
        self.setWindowModified(False)
        self._fill_periode_combo()
        self._show_status()
        self._fill_versions(self.versions_table, state.evaluasi, self.periode.selesai)
        self._update_buttons()
        self._say(self.tr("Tersimpan sebagai draf."), OK_STYLE)
        self.changed.emit(self.skp_id)

    def finalise(self) -> bool:
        """Save (when there is something to save), then finalise. The service's reasons (no
        appraiser, no capaian) keep the dialog open with them shown; a breach of the pola
        distribusi asks "Tetap finalkan?" first."""
        if self.read_only or self.saving or not self.loaded or self.state is None:
            return False
        problems = self.validate()
        if self.hasil_combo.currentData() is None:
            problems.append(
                FieldProblem(
                    "rating_hasil_kerja", self.tr("Pilih rating hasil kerja sebelum memfinalkan.")
                )
            )
        if self.perilaku_combo.currentData() is None:
            problems.append(
                FieldProblem(
                    "rating_perilaku", self.tr("Pilih rating perilaku kerja sebelum memfinalkan.")
                )
            )
        if problems:
            self.show_problems(problems, heading=self.tr("Belum dapat difinalkan:"))
            return False
        ev = self.evaluasi
        draft = self.draft()
        needs_save = ev is None or self.is_dirty()
        service, skp_id, kode = self.service, self.skp_id, self.state.kode_periode
        revision = ev.revision if ev is not None else None
        known_id = ev.id if ev is not None else None

        def work() -> tuple[_Finalised, Changes]:
            from asn_desktop.services.appraisals import DistribusiMelanggar

            evaluasi_id = known_id
            shown = revision
            if needs_save:
                evaluasi_id = service.save_evaluasi(skp_id, kode, draft, expected_revision=revision)
                shown = service.evaluasi(evaluasi_id).revision  # what this save made
            assert evaluasi_id is not None and shown is not None
            changes = appraisal_changes({skp_id})
            try:
                codes = service.finalise([evaluasi_id], expected_revisions={evaluasi_id: shown})
            except DistribusiMelanggar as exc:
                state = load_evaluation_state(service, skp_id, kode)
                return _Finalised(state, breach=tuple(p.pesan for p in exc.pelanggaran)), changes
            except ValidationFailed as exc:
                state = load_evaluation_state(service, skp_id, kode)
                return _Finalised(state, problems=exc.problems), changes
            state = load_evaluation_state(service, skp_id, kode)
            return _Finalised(state, codes=tuple(codes)), changes

        def done(outcome: _Finalised, _changes: Changes) -> None:
            self._saved(outcome.state, draft)
            if outcome.codes:
                self._finalised(outcome)
            elif outcome.breach:
                self._confirm_distribution(outcome.breach)
            else:
                self.show_problems(
                    list(outcome.problems),
                    heading=self.tr("Disimpan sebagai draf, tetapi belum dapat difinalkan:"),
                )
                self._hint_skp(outcome.problems)

        self._run(work, done, saving_text=self.tr("Memfinalkan…"))
        return True

    def _hint_skp(self, problems: tuple[FieldProblem, ...]) -> None:
        if any(p.field in ("penilai", "atasan", "rhk") for p in problems):
            self.summary.setText(
                self.summary.text()
                + "\n"
                + self.tr("Pejabat penilai dan RHK diisi pada SKP pegawai (Ubah SKP).")
            )

    def _confirm_distribution(self, breach: tuple[str, ...]) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Pola distribusi predikat"),
            self.tr("Setelah evaluasi ini difinalkan, pola distribusi predikat tidak terpenuhi:")
            + "\n\n"
            + "\n".join(f"• {b}" for b in breach)
            + "\n\n"
            + self.tr("Tetap finalkan? Keputusan ini dicatat di jejak audit."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self._say(
                self.tr("Disimpan sebagai draf; belum difinalkan.")
                + "\n"
                + "\n".join(f"• {b}" for b in breach),
                NOTE_STYLE,
            )
            return
        ev = self.evaluasi
        assert ev is not None and self.state is not None
        service, skp_id, kode, evaluasi_id, shown = (
            self.service,
            self.skp_id,
            self.state.kode_periode,
            ev.id,
            ev.revision,
        )

        def work() -> tuple[_Finalised, Changes]:
            codes = service.finalise(
                [evaluasi_id], confirm_distribution=True, expected_revisions={evaluasi_id: shown}
            )
            state = load_evaluation_state(service, skp_id, kode)
            return _Finalised(state, codes=tuple(codes)), appraisal_changes({skp_id})

        self._run(
            work, lambda outcome, _c: self._finalised(outcome), saving_text=self.tr("Memfinalkan…")
        )

    def _finalised(self, outcome: _Finalised) -> None:
        self.populate(outcome.state)
        self.changed.emit(self.skp_id)
        self._say(
            self.tr("Difinalkan. Kode dokumen: {0}. Cetak lalu tandatangani.").format(
                ", ".join(outcome.codes)
            ),
            OK_STYLE,
        )

    def reopen(self, alasan: str | None = None) -> bool:
        """Open the final evaluation for amendment, with a reason (asked when not given)."""
        ev = self.evaluasi
        if self.denied or self.saving or ev is None or not ev.is_final:
            return False
        if alasan is None:
            dialog = ReasonDialog(self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            alasan = dialog.reason()
            dialog.deleteLater()
            if not accepted:
                return False
        if len(alasan.strip()) < MIN_REASON:
            self._say(
                self.tr("Alasan membuka kembali paling sedikit {0} huruf.").format(MIN_REASON),
                ERROR_STYLE,
            )
            return False
        assert self.state is not None
        service, skp_id, kode = self.service, self.skp_id, self.state.kode_periode
        evaluasi_id, revision, reason = ev.id, ev.revision, alasan

        def work() -> tuple[EvaluationState, Changes]:
            service.reopen(evaluasi_id, reason, expected_revision=revision)
            return load_evaluation_state(service, skp_id, kode), appraisal_changes({skp_id})

        def done(state: EvaluationState, _changes: Changes) -> None:
            self.populate(state)
            self.changed.emit(self.skp_id)
            self._say(
                self.tr("Dibuka kembali; versi yang sudah dicetak tetap tersimpan."), OK_STYLE
            )

        self._run(work, done)
        return True

    def selected_version(self) -> VersiRecord | None:
        ev = self.evaluasi
        if ev is None or not ev.versions:
            return None
        rows = self.versions_table.selectionModel().selectedRows()
        if rows:
            cell = self.versions_table.item(rows[0].row(), 0)
            versi_id = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
            found = next((v for v in ev.versions if v.id == versi_id), None)
            if found is not None:
                return found
        return ev.versions[-1]

    def register_signed(
        self,
        *,
        tanggal: date | None = None,
        scan: Path | None = None,
        catatan: str = "",
        versi_id: int | None = None,
    ) -> bool:
        """Record that the paper copy of a version (the one chosen in the versions list, else
        the latest) was signed; the date and the scan are asked when not given."""
        if self.denied or self.saving:
            return False
        ev = self.evaluasi
        versi = (
            next((v for v in ev.versions if v.id == versi_id), None)
            if ev is not None and versi_id is not None
            else self.selected_version()
        )
        if versi is None:
            return False
        if tanggal is None:
            dialog = SignedCopyDialog(versi, self)
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            tanggal, scan, catatan = dialog.signed_on(), dialog.scan_path, dialog.catatan.text()
            dialog.deleteLater()
            if not accepted:
                return False
        assert self.state is not None
        service, skp_id, kode = self.service, self.skp_id, self.state.kode_periode
        chosen_id, signed_on, file, note = versi.id, tanggal, scan, catatan

        def work() -> tuple[EvaluationState, Changes]:
            service.register_signed(chosen_id, signed_on, file, catatan=note)
            return load_evaluation_state(service, skp_id, kode), appraisal_changes({skp_id})

        def done(state: EvaluationState, _changes: Changes) -> None:
            dirty = self.is_dirty()
            if dirty:  # the typed edits of a reopened evaluation stay
                self._saved_meta(state)
            else:
                self.populate(state)
            self.changed.emit(self.skp_id)
            self._say(
                self.tr("Dokumen bertanda tangan versi {0} dicatat.").format(versi.versi),
                OK_STYLE,
            )

        self._run(work, done)
        return True

    def _saved_meta(self, state: EvaluationState) -> None:
        self.state = state
        self._show_status()
        self._fill_versions(self.versions_table, state.evaluasi, self.periode.selesai)
        self._update_buttons()

    # -- the preview --------------------------------------------------------------------------

    def open_preview(self) -> None:
        """The document of this evaluation in the preview (saved first when needed: what is
        printed is what is stored)."""
        if self.saving or not self.loaded:
            return
        ev = self.evaluasi
        if ev is None or self.is_dirty():
            if self.read_only:
                return
            answer = QMessageBox.question(
                self,
                self.tr("Pratinjau"),
                self.tr("Yang dicetak adalah evaluasi yang tersimpan. Simpan perubahan dahulu?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save(then=self._show_preview)
            return
        self._show_preview()

    def _show_preview(self, versi_id: int | None = None) -> None:
        from asn_desktop.ui.pdf_preview import open_document_preview

        ev = self.evaluasi
        if ev is None:
            return
        if versi_id is not None:
            self.preview = open_document_preview(self.db, self.runner, self, versi_id=versi_id)
        else:
            self.preview = open_document_preview(self.db, self.runner, self, evaluasi_id=ev.id)

    def _preview_version(self) -> None:
        versi = self.selected_version()
        if versi is not None:
            self._show_preview(versi.id)

    # -- state of the buttons, closing ---------------------------------------------------------

    def _update_buttons(self) -> None:
        ev = self.evaluasi
        may_edit = self.denied is None
        final = ev is not None and ev.is_final
        editable = may_edit and not self.read_only
        self.save_button.setVisible(editable)
        self.finalise_button.setVisible(editable)
        self.reopen_button.setVisible(may_edit and final)
        self.signed_button.setVisible(may_edit and ev is not None and bool(ev.versions))
        for button in self.buttons.buttons():
            button.setEnabled(True)

    def _periode_chosen(self, index: int) -> None:
        kode = self.periode_combo.itemData(index)
        if self.state is None or kode == self.state.kode_periode or self.saving:
            return
        if self.is_dirty():
            answer = ask_unsaved(self, self._title)
            if answer == QMessageBox.StandardButton.Save:
                self._select_periode(self.state.kode_periode)
                self.save(then=lambda: self._switch(kode))
                return
            if answer != QMessageBox.StandardButton.Discard:
                self._select_periode(self.state.kode_periode)
                return
        self._switch(kode)

    def _switch(self, kode: str) -> None:
        self._select_periode(kode)
        for button in self.buttons.buttons():
            button.setEnabled(False)
        self._say(self.tr("Membaca evaluasi…"), NOTE_STYLE)
        self.load(kode)

    def _say(self, text: str, style: str) -> None:
        self.summary.setStyleSheet(style)
        self.summary.setText(text)
        self.summary.show()

    def _set_title(self) -> None:
        title = self._title
        if self.read_only:
            title = self.tr("{0} (hanya baca)").format(title)
        self.setWindowTitle(title + "[*]")

    def reject(self) -> None:
        """Close (Esc, Tutup, the window's X); unsaved changes ask Simpan / Buang / Batal."""
        if self.saving:
            return
        if self.is_dirty():
            answer = ask_unsaved(self, self._title)
            if answer == QMessageBox.StandardButton.Save:
                self.save(close_after=True)
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()


def _scroll(body: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _capaian_labels(day: date) -> dict[str, str]:
    from asn_desktop.domain.kinerja import capaian_labels

    return capaian_labels(on=day)


def open_evaluation_editor(
    db: Database,
    runner: TaskRunner,
    parent: QWidget | None,
    *,
    skp_id: int,
    kode_periode: str = "akhir",
) -> EvaluationEditorDialog:
    """Show the evaluation of one period of an SKP (window-modal, not blocking) and return
    it. Connect to ``changed(skp_id)`` to refresh a list. With a parent the dialog deletes
    itself once closed; without one the caller owns it."""
    dialog = EvaluationEditorDialog(db, runner, parent, skp_id=skp_id, kode_periode=kode_periode)
    if parent is not None:
        dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
