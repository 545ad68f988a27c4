"""The employee's development: JP per year against the target (the last five years), every
activity taken part in and every degree study with the JP credited, and the degree studies
(tugas belajar / izin belajar) added, changed or removed here.

A tab of the employee dialog for an employee already saved. Everything is read in the
worker: the bars from ComplianceService.riwayat_jp (services.jp_tahunan's JP, the prorated
target), the list from TrainingService.riwayat, the studies from tugas_belajar_of (with
their revisions, for the editor). Writes are Operations announcing
Changes(competency={"pelatihan"}), so the compliance page and this tab re-read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import PolicyError, format_tanggal_angka
from asn_desktop.domain.jp import JpError, target_dikonfirmasi
from asn_desktop.domain.peran import Permission
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.trainings import RiwayatItem, TrainingService, TugasBelajarRecord
from asn_desktop.ui.compliance_table_model import RecordColumn, RecordTableModel, count_text
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.jp_bars import BarTahun, JpBars, bar_text, format_jp
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = ["YEARS_SHOWN", "DevelopmentTab", "Perkembangan", "RiwayatModel"]

log = logging.getLogger(__name__)

YEARS_SHOWN = 5
CONTEXT = "DevelopmentTab"
WIDTHS = (45, 190, 115, 140, 130, 40, 80)  # Kegiatan stretches
# The areas whose changes move this employee's JP.
JP_AREAS = frozenset({"pelatihan"})

# The services' words for a participant's result and a study's status, marked here for Qt
# Linguist (the services speak Indonesian to the command line too).
HASIL_TEXTS: dict[str, Any] = {
    "mengikuti": QT_TRANSLATE_NOOP("DevelopmentTab", "Mengikuti"),
    "lulus": QT_TRANSLATE_NOOP("DevelopmentTab", "Lulus"),
    "tidak_lulus": QT_TRANSLATE_NOOP("DevelopmentTab", "Tidak lulus"),
}
STUDY_STATUS_TEXTS: dict[str, Any] = {
    "berjalan": QT_TRANSLATE_NOOP("DevelopmentTab", "Berjalan"),
    "lulus": QT_TRANSLATE_NOOP("DevelopmentTab", "Lulus"),
    "berhenti": QT_TRANSLATE_NOOP("DevelopmentTab", "Berhenti"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def status_text(item: RiwayatItem) -> str:
    texts = STUDY_STATUS_TEXTS if item.jenis == "tugas_belajar" else HASIL_TEXTS
    source = texts.get(item.status)
    return _tr(str(source)) if source is not None else item.status


def dates_text(item: RiwayatItem) -> str:
    """ "03-03 – 05-03-2025" within a year (the list is narrow), else both dates whole."""
    if item.selesai is None:
        return QCoreApplication.translate("DevelopmentTab", "sejak {0}").format(
            format_tanggal_angka(item.mulai)
        )
    if item.selesai == item.mulai:
        return format_tanggal_angka(item.mulai)
    if item.selesai.year == item.mulai.year:
        return f"{item.mulai:%d-%m} – {format_tanggal_angka(item.selesai)}"
    return f"{format_tanggal_angka(item.mulai)} – {format_tanggal_angka(item.selesai)}"


def _full_dates(item: RiwayatItem) -> str:
    if item.selesai is None or item.selesai == item.mulai:
        return dates_text(item)
    return f"{format_tanggal_angka(item.mulai)} – {format_tanggal_angka(item.selesai)}"


def _jp_tooltip(item: RiwayatItem) -> str:
    if item.jenis == "tugas_belajar":
        return QCoreApplication.translate(
            "DevelopmentTab",
            "Tugas belajar: 20 JP setiap semester yang selesai, di tahun semesternya.",
        )
    if item.jp == 0:
        return QCoreApplication.translate(
            "DevelopmentTab",
            "Belum atau tidak dihitung: kegiatan belum selesai, tidak lulus, atau kehadiran di "
            "bawah batas minimal kegiatan.",
        )
    return ""


RIWAYAT_COLUMNS: tuple[RecordColumn[RiwayatItem], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "Tahun"),
        lambda i: str(i.tahun) if i.tahun is not None else "–",
        key=lambda i: i.tahun,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "Kegiatan"),
        lambda i: i.nama,
        key=lambda i: i.nama,
        tooltip=lambda i: i.nama,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "Jenis"),
        lambda i: i.uraian,
        key=lambda i: i.uraian,
        tooltip=lambda i: i.uraian,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "Penyelenggara"),
        lambda i: i.penyelenggara,
        key=lambda i: i.penyelenggara,
        tooltip=lambda i: i.penyelenggara,
    ),
    RecordColumn(QT_TRANSLATE_NOOP("DevelopmentTab", "Tanggal"), dates_text, key=lambda i: i.mulai),
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "JP"),
        lambda i: format_jp(i.jp),
        key=lambda i: i.jp,
        number=True,
        tooltip=_jp_tooltip,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("DevelopmentTab", "Hasil / status"), status_text, key=status_text
    ),
)


class RiwayatModel(RecordTableModel[RiwayatItem]):
    """The activities and degree studies of one employee, newest first."""

    CONTEXT = CONTEXT

    def __init__(self, parent: Any = None) -> None:
        super().__init__(RIWAYAT_COLUMNS, parent)


@dataclass(frozen=True)
class Perkembangan:
    """What the tab shows, read together in the worker."""

    bars: tuple[BarTahun, ...]
    riwayat: tuple[RiwayatItem, ...]
    studies: dict[int, TugasBelajarRecord]
    status: str
    sumber_dana: tuple[tuple[str, str], ...]  # (kode, nama) for the study editor


def read_development(db: Database, employee_id: int, tahun: int) -> Perkembangan:
    """The bars of the YEARS_SHOWN years up to ``tahun``, the history, the studies."""
    compliance, trainings = ComplianceService(db), TrainingService(db)
    status = EmployeeService(db).get(employee_id).draft.status_kepegawaian
    years = compliance.riwayat_jp(employee_id, tahun, YEARS_SHOWN)
    bars = []
    for year in years:
        try:
            confirmed, note = target_dikonfirmasi(status, year.tahun)
        except (PolicyError, JpError):  # no target rule that year (before PP 11/2017)
            confirmed, note = True, ""
        bars.append(BarTahun(year.tahun, year.jp, year.target, confirmed, note))
    riwayat = trainings.riwayat(employee_id)
    studies = {s.id: s for s in trainings.tugas_belajar_of(employee_id)}
    sources = tuple((s.kode, s.nama) for s in trainings.sumber_dana_options())
    return Perkembangan(tuple(bars), tuple(riwayat), studies, status, sources)


class DevelopmentTab(QWidget):
    """Pengembangan: the bars, the history, and the degree-study buttons."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        employee_id: int,
        parent: QWidget | None = None,
        *,
        tahun: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.employee_id = db, runner, employee_id
        self.service = TrainingService(db)
        self.tahun = tahun if tahun is not None else date.today().year
        self.shown: Perkembangan | None = None
        self.operation: Operation[Any] | None = None
        self.dialog: QDialog | None = None
        self._generation = 0
        self._closed = False
        self.setObjectName("developmentTab")

        title = QLabel(
            self.tr("JP pengembangan kompetensi {0}–{1}").format(
                self.tahun - YEARS_SHOWN + 1, self.tahun
            )
        )
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        self.bars = JpBars()
        self.summary = QLabel()
        self.summary.setObjectName("developmentSummary")
        self.summary.setWordWrap(True)
        self.model = RiwayatModel(self)
        self.table = QTableView()
        self.table.setObjectName("developmentTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, WIDTHS)
        # The dialog is narrow: the activity's name gives way (its tooltip has it whole),
        # every other column keeps its width, nothing scrolls sideways.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # No order of its own until a header is clicked: the service's order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setToolTip(self.tr("Klik dua kali pada tugas belajar untuk membukanya."))
        self.add_button = QPushButton(self.tr("Tambah tugas &belajar…"))
        self.add_button.setObjectName("developmentAddStudy")
        self.edit_button = QPushButton(self.tr("Ubah tugas belaja&r…"))
        self.edit_button.setObjectName("developmentEditStudy")
        self.remove_button = QPushButton(self.tr("Hapus tugas belajar"))
        self.remove_button.setObjectName("developmentRemoveStudy")
        self.note = QLabel(
            self.tr(
                "Kegiatan pelatihan dicatat di Pengembangan → Kegiatan; di sini tugas belajar "
                "dan izin belajar."
            )
        )
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.bars)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.note)

        self.add_button.clicked.connect(lambda _checked=False: self.add_study())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_study())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_study())
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        hub(runner).changed.connect(self._changes_announced)
        self.refusal: str | None = None
        self.apply_permissions()
        self.load()

    # -- permissions --------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """A role that may not edit (viewer) sees everything; the buttons say why not."""
        self.refusal = denial_text(self.db.user, Permission.EDIT)
        self._update_buttons()

    def _update_buttons(self) -> None:
        if not shiboken6.isValid(self):
            return
        busy = self.operation is not None and self.operation.running
        study = self.current_study() is not None
        allowed = self.refusal is None and not busy and self.shown is not None
        self.add_button.setEnabled(allowed)
        self.edit_button.setEnabled(allowed and study)
        self.remove_button.setEnabled(allowed and study)
        if self.refusal is not None:
            for button in (self.add_button, self.edit_button, self.remove_button):
                button.setToolTip(self.refusal)
        else:
            self.add_button.setToolTip(self.tr("Catat tugas belajar atau izin belajar baru."))
            tip = "" if study else self.tr("Pilih baris tugas belajar di daftar dahulu.")
            self.edit_button.setToolTip(tip)
            self.remove_button.setToolTip(tip)

    def shutdown(self) -> None:
        """The dialog closes: answers still on their way are for nobody."""
        self._closed = True

    def _alive(self) -> bool:
        return not self._closed and shiboken6.isValid(self)

    # -- reading --------------------------------------------------------------------------

    def load(self) -> None:
        if not self._alive():
            return
        self._generation += 1
        generation = self._generation
        db, employee_id, tahun = self.db, self.employee_id, self.tahun
        self.runner.run(
            lambda: read_development(db, employee_id, tahun),
            lambda shown: self._show(generation, shown),
            self._failed,
        )

    def _show(self, generation: int, shown: Perkembangan) -> None:
        if not self._alive() or generation != self._generation:
            return
        current = self.current_item()
        self.shown = shown
        self.bars.set_years(shown.bars)
        self.model.set_records(shown.riwayat)
        if current is not None:
            for row, item in enumerate(self.model.records()):
                if (item.jenis, item.id, item.peserta_id) == (
                    current.jenis,
                    current.id,
                    current.peserta_id,
                ):
                    self.table.selectRow(row)
                    break
        activities = sum(1 for i in shown.riwayat if i.jenis == "pelatihan")
        text = self.tr("{0} kegiatan, {1} tugas belajar").format(
            count_text(activities), count_text(len(shown.studies))
        )
        if shown.bars:
            text += "; " + bar_text(shown.bars[-1])
        self.summary.setText(text)
        self._update_buttons()

    def _changes_announced(self, changes: Changes) -> None:
        if not self._alive():
            return
        if set(changes.competency) & JP_AREAS or self.employee_id in changes.employees:
            self.load()

    def _failed(self, exc: BaseException, trace: str) -> None:
        if not self._alive():
            log.info("development tab job failed after closing: %s", exc)
            return
        self.bars.set_message(self.tr("Riwayat pengembangan tidak dapat dibaca."))
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            log.error("development tab job failed:\n%s", trace)
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )

    # -- the rows chosen ------------------------------------------------------------------

    def current_item(self) -> RiwayatItem | None:
        index = self.table.currentIndex()
        return self.model.record_at(index.row()) if index.isValid() else None

    def current_study(self) -> TugasBelajarRecord | None:
        item = self.current_item()
        if item is None or item.jenis != "tugas_belajar" or self.shown is None:
            return None
        return self.shown.studies.get(item.id)

    def _activated(self, index: QModelIndex) -> None:
        item = self.model.record_at(index.row())
        if item is not None and item.jenis == "tugas_belajar":
            self.table.setCurrentIndex(index)
            self.open_study(self.current_study(), read_only=self.refusal)

    # -- degree study -----------------------------------------------------------------------

    def add_study(self) -> None:
        if self.refusal is None and self.add_button.isEnabled():
            self.open_study(None)

    def edit_study(self) -> None:
        study = self.current_study()
        if study is not None and self.refusal is None and self.edit_button.isEnabled():
            self.open_study(study)

    def open_study(self, study: TugasBelajarRecord | None, *, read_only: str | None = None) -> None:
        from asn_desktop.ui.degree_study_dialog import DegreeStudyDialog

        dialog = DegreeStudyDialog(
            self.service,
            self.runner,
            self.employee_id,
            study,
            self,
            read_only=read_only,
            sumber_dana=self.shown.sumber_dana if self.shown is not None else (),
        )
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()  # window-modal; its save announces Changes, which reload this tab

    def remove_study(self) -> None:
        study = self.current_study()
        if study is None or self.refusal is not None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus tugas belajar"),
            self.tr("Hapus {0} {1} {2} di {3}? JP semesternya tidak dihitung lagi.").format(
                study.jenis_label, study.jenjang, study.program_studi, study.institusi
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, study_id, revision = self.service, study.id, study.revision

        def work() -> tuple[None, Changes]:
            service.delete_tugas_belajar(study_id, expected_revision=revision)
            return None, Changes(competency={"pelatihan"})

        def failed(_exc: BaseException) -> bool:
            self.load()  # gone or changed meanwhile: the message box says which
            return False

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_failure=failed,
            saving_text=self.tr("Menghapus…"),
        ).run()
        self._update_buttons()
