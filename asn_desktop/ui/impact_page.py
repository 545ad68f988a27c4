"""Dampak layanan (Pengembangan → Dampak layanan (SKM)): per service unit and year, the public
satisfaction index (SKM, PermenPANRB 14/2017) and its mutu beside the unit's staff, the share
of them meeting the JP target, their average JP and the year's training spend on them, so
the head of the agency sees whether development goes where service needs it.

The figures are SkmService.dampak's (the compliance page's JP figures, the budget's spend),
read in the worker. A unit's survey is entered in a small dialog, as the nine element means
(the index is computed from them, shown as it is typed) or as the index alone; saves are
Operations announcing Changes(competency={"skm"}). The table has a row per unit with a
survey that year (tens of rows), held whole and sorted in the model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.skm import SkmError, indeks_skm, mutu_skm, unsur_skm
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.services.policies import policy
from asn_desktop.services.skm import RESPONDEN_MAX, DampakUnit, SkmRecord, SkmService
from asn_desktop.services.spreadsheet import Column, ExportCancelled, Sheet
from asn_desktop.ui.competency_table_model import ListTableModel
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

log = logging.getLogger(__name__)

__all__ = ["DampakTableModel", "ImpactPage", "SkmDialog"]

CONTEXT = "ImpactPage"
SKM = "skm"
# What the figures of a row are made of: the survey, the JP records, the spend.
READS = frozenset({SKM, "pelatihan", "anggaran"})
COLUMN_WIDTHS = (310, 90, 130, 90, 80, 150, 90, 140)  # spend per employee takes the rest
MUTU_COLORS = {"A": "#1b5e20", "B": "#2e7d32", "C": "#7a4f00", "D": "#b71c1c"}
HELP_STYLE = "color: #5f6368;"
UNEXPECTED = QT_TRANSLATE_NOOP("ImpactPage", "Terjadi kesalahan yang tidak terduga: {0}")


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _rupiah(value: float) -> str:
    return "Rp " + QLocale().toString(round(value))


def _skala(tahun: int) -> tuple[float, float]:
    """The survey's scale (1-4) in force that year (resources/policy/skm.json)."""
    found = policy("skm").at(date(tahun, 12, 31)).values.get("skala", {})
    assert isinstance(found, Mapping)
    return float(found.get("min", 1)), float(found.get("max", 4))


def mutu_text(kode: str, label: str) -> str:
    return f"{kode} ({label})" if label and label != kode else kode


# -- the table ----------------------------------------------------------------------------------

DAMPAK_COLUMNS: tuple[Any, ...] = (
    QT_TRANSLATE_NOOP("ImpactPage", "Unit layanan"),
    QT_TRANSLATE_NOOP("ImpactPage", "Indeks SKM"),
    QT_TRANSLATE_NOOP("ImpactPage", "Mutu"),
    QT_TRANSLATE_NOOP("ImpactPage", "Responden"),
    QT_TRANSLATE_NOOP("ImpactPage", "Pegawai"),
    QT_TRANSLATE_NOOP("ImpactPage", "Memenuhi target JP"),
    QT_TRANSLATE_NOOP("ImpactPage", "Rata-rata JP"),
    QT_TRANSLATE_NOOP("ImpactPage", "Biaya pelatihan"),
    QT_TRANSLATE_NOOP("ImpactPage", "Biaya per pegawai"),
)
D_UNIT, D_INDEKS, D_MUTU, D_RESPONDEN, D_STAFF, D_TARGET, D_JP, D_BIAYA, D_PER = range(
    len(DAMPAK_COLUMNS)
)
_NUMERIC = (D_INDEKS, D_RESPONDEN, D_STAFF, D_TARGET, D_JP, D_BIAYA, D_PER)


class DampakTableModel(ListTableModel[DampakUnit]):
    """A row per service unit with a survey that year."""

    HEADERS = DAMPAK_COLUMNS

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

    def cell(self, item: DampakUnit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == D_MUTU:
            color = MUTU_COLORS.get(item.mutu.kode)
            return QBrush(QColor(color)) if color else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == D_UNIT:
                return item.unit_kode
            if column == D_TARGET and item.staff:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "ImpactPage",
                        "{0} dari {1} pegawai unit ini dan sub-unitnya memenuhi target JP.",
                    )
                ).format(item.memenuhi_target, item.staff)
            if column == D_BIAYA:
                return _tr(
                    QT_TRANSLATE_NOOP(
                        "ImpactPage",
                        "Biaya kegiatan tahun ini (realisasi, atau rencana bila belum ada) "
                        "dibagi rata kepada pesertanya, untuk pegawai unit ini dan sub-unitnya.",
                    )
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == D_UNIT:
            return item.unit_nama
        if column == D_INDEKS:
            return _number(item.indeks, 2)
        if column == D_MUTU:
            return mutu_text(item.mutu.kode, item.mutu.label)
        if column == D_RESPONDEN:
            return QLocale().toString(item.responden) if item.responden else "—"
        if column == D_STAFF:
            return QLocale().toString(item.staff)
        if column == D_TARGET:
            if item.persen_memenuhi is None:
                return "—"
            return f"{_number(item.persen_memenuhi, 1)}% ({item.memenuhi_target}/{item.staff})"
        if column == D_JP:
            return "—" if item.jp_rata2 is None else _number(item.jp_rata2, 1)
        if column == D_BIAYA:
            return _rupiah(item.biaya)
        if column == D_PER:
            return "—" if item.biaya_per_pegawai is None else _rupiah(item.biaya_per_pegawai)
        return None

    def sort_key(self, item: DampakUnit, column: int) -> Any:
        missing = float("-inf")  # no value sorts below every value
        if column == D_UNIT:
            return item.unit_nama.casefold()
        if column in (D_INDEKS, D_MUTU):
            return item.indeks
        if column == D_RESPONDEN:
            return item.responden
        if column == D_STAFF:
            return item.staff
        if column == D_TARGET:
            return item.persen_memenuhi if item.persen_memenuhi is not None else missing
        if column == D_JP:
            return item.jp_rata2 if item.jp_rata2 is not None else missing
        if column == D_BIAYA:
            return item.biaya
        if column == D_PER:
            return item.biaya_per_pegawai if item.biaya_per_pegawai is not None else missing
        return None


# -- the survey dialog ---------------------------------------------------------------------------


class SkmDialog(QDialog):
    """A unit's survey of a year: the nine element means (1-4) or the index alone, the
    respondents and a note. The index and its mutu are shown as the values are typed."""

    def __init__(
        self,
        service: SkmService,
        runner: TaskRunner,
        units: Sequence[UnitNode],
        *,
        tahun: int,
        record: SkmRecord | None = None,
        unit_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner
        self.record = record
        self.tahun = tahun
        self.result_value: int | None = None
        self.operation: Operation[Any] | None = None
        self.setObjectName("skmDialog")
        on = date(tahun, 12, 31)
        if record is None:
            self.setWindowTitle(self.tr("Isi SKM {0}").format(tahun))
        else:
            self.setWindowTitle(self.tr("SKM {0} — {1}").format(record.unit_nama, tahun))
        self.unit = QComboBox()
        self.unit.setObjectName("skmUnit")
        for unit in units:
            self.unit.addItem("    " * unit.depth + unit.nama, unit.id)
        if record is not None:
            self.unit.clear()
            self.unit.addItem(record.unit_nama, record.unit_id)
            self.unit.setEnabled(False)
        elif unit_id is not None:
            self.unit.setCurrentIndex(max(self.unit.findData(unit_id), 0))

        self.by_unsur = QRadioButton(self.tr("Nilai rata-rata &sembilan unsur"))
        self.by_indeks = QRadioButton(self.tr("&Indeks saja"))
        mode = QButtonGroup(self)
        mode.addButton(self.by_unsur)
        mode.addButton(self.by_indeks)
        low, high = _skala(tahun)
        self.unsur: list[QDoubleSpinBox] = []
        grid = QGridLayout()
        for number, element in enumerate(unsur_skm(on)):
            spin = QDoubleSpinBox()
            spin.setObjectName(f"skmUnsur_{element.kode}")
            spin.setDecimals(2)
            spin.setRange(low, high)
            spin.setSingleStep(0.01)
            spin.setValue(high if record is None else (record.nilai_unsur[number] or high))
            name = QLabel(f"{element.kode.upper()} {element.nama}")
            name.setBuddy(spin)
            grid.addWidget(name, number, 0)
            grid.addWidget(spin, number, 1)
            self.unsur.append(spin)
        self.unsur_box = QGroupBox()
        self.unsur_box.setLayout(grid)
        self.indeks = QDoubleSpinBox()
        self.indeks.setObjectName("skmIndeks")
        self.indeks.setDecimals(2)
        self.indeks.setRange(25.0, 100.0)
        self.indeks.setValue(record.indeks if record is not None else 100.0)
        self.responden = QSpinBox()
        self.responden.setObjectName("skmResponden")
        self.responden.setRange(0, RESPONDEN_MAX)
        self.responden.setGroupSeparatorShown(True)
        self.responden.setValue(record.responden if record is not None else 0)
        self.catatan = QPlainTextEdit(record.catatan if record is not None else "")
        self.catatan.setObjectName("skmCatatan")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(60)
        limit_input(self.catatan, "catatan")
        self.result_label = QLabel()
        self.result_label.setObjectName("skmResult")
        font = QFont(self.result_label.font())
        font.setBold(True)
        self.result_label.setFont(font)
        self.rows = {
            "nilai_unsur": FieldRow(self.unsur_box),
            "indeks": FieldRow(self.indeks),
            "responden": FieldRow(self.responden),
            "catatan": FieldRow(self.catatan),
        }
        self.general = QLabel()
        self.general.setObjectName("skmProblems")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        help_label = QLabel(
            self.tr(
                "Indeks = rata-rata sembilan nilai unsur (skala {0}–{1}) × 25. Mutu: A Sangat "
                "Baik, B Baik, C Kurang Baik, D Tidak Baik (PermenPANRB 14/2017)."
            ).format(_number(low, 0), _number(high, 0))
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet(HELP_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Unit layanan:"), self.unit)
        form.addRow(self.tr("Tahun:"), QLabel(str(tahun)))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.by_unsur)
        layout.addWidget(self.rows["nilai_unsur"])
        layout.addWidget(self.by_indeks)
        indeks_row = QFormLayout()
        indeks_row.addRow(self.tr("Inde&ks:"), self.rows["indeks"])
        layout.addLayout(indeks_row)
        rest = QFormLayout()
        rest.addRow(self.tr("&Responden:"), self.rows["responden"])
        rest.addRow(self.tr("&Catatan:"), self.rows["catatan"])
        layout.addLayout(rest)
        layout.addWidget(self.result_label)
        layout.addWidget(help_label)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

        (
            self.by_indeks if record is not None and not record.dari_unsur else self.by_unsur
        ).setChecked(True)
        self.by_unsur.toggled.connect(lambda _on: self._mode_changed())
        for spin in (*self.unsur, self.indeks):
            spin.valueChanged.connect(lambda _v: self._show_result())
        self._mode_changed()
        self.resize(520, self.sizeHint().height())

    def _mode_changed(self) -> None:
        by_unsur = self.by_unsur.isChecked()
        self.unsur_box.setEnabled(by_unsur)
        self.indeks.setEnabled(not by_unsur)
        self._show_result()

    def values(self) -> tuple[list[float] | None, float | None]:
        """(element means, None) or (None, index) as chosen."""
        if self.by_unsur.isChecked():
            return [round(spin.value(), 2) for spin in self.unsur], None
        return None, round(self.indeks.value(), 2)

    def _show_result(self) -> None:
        on = date(self.tahun, 12, 31)
        nilai, indeks = self.values()
        try:
            found = indeks_skm(nilai, on) if nilai is not None else indeks
            assert found is not None
            mutu = mutu_skm(found, on)
        except SkmError as exc:
            self.result_label.setText(str(exc))
            return
        if nilai is not None:
            self.indeks.blockSignals(True)
            self.indeks.setValue(found)
            self.indeks.blockSignals(False)
        self.result_label.setText(
            self.tr("Indeks {0} — mutu {1}").format(
                _number(found, 2), mutu_text(mutu.kode, mutu.label)
            )
        )
        self.result_label.setStyleSheet(f"color: {MUTU_COLORS.get(mutu.kode, '')};")

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.set_problem(None)
        self.general.hide()

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        self.clear_problems()
        general = []
        for field, message in problems:
            row = self.rows.get(field)
            if row is not None:
                row.set_problem(message)
            else:
                general.append(message)
        if general:
            self.general.setText("\n".join(general))
            self.general.show()

    def accept(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        self.clear_problems()
        unit_id = self.unit.currentData()
        if unit_id is None:
            self.show_problems([("unit", self.tr("Pilih unit layanan."))])
            return
        nilai, indeks = self.values()
        service, tahun, record = self.service, self.tahun, self.record
        responden, catatan = self.responden.value(), self.catatan.toPlainText().strip()
        revision = record.revision if record is not None else None

        def work() -> tuple[int, Changes]:
            saved = service.set_skm(
                int(unit_id),
                tahun,
                nilai_unsur=nilai,
                indeks=indeks,
                responden=responden,
                catatan=catatan,
                expected_revision=revision,
            )
            return saved, Changes(competency={SKM})

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=self._saved,
            on_failure=self._failed,
            buttons=self.buttons,
        ).run()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationFailed):
            self.show_problems([(p.field, p.message) for p in exc.problems])
            return True
        return False

    def _saved(self, result: int, _changes: Changes) -> None:
        self.result_value = result
        super().accept()


# -- the page ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportDone:
    path: Path
    rows: int


def _report(parent: QWidget, exc: BaseException, trace: str) -> None:
    if isinstance(exc, DatabaseError | ServiceError):
        show_error(parent, str(exc), trace)
    else:
        log.error("impact page job failed:\n%s", trace)
        show_error(
            parent,
            _tr(
                QT_TRANSLATE_NOOP("ImpactPage", "Terjadi kesalahan yang tidak terduga: {0}")
            ).format(exc),
            trace,
        )


class ImpactPage(QWidget):
    """The "Dampak layanan (SKM)" tab of the competency window."""

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
        self.service = SkmService(db)
        self.closed = False
        self.units: list[UnitNode] = []
        self.records: dict[int, SkmRecord] = {}  # skm id -> the survey, for editing
        self.loaded = False
        self._generation = 0
        self.export_progress: QProgressDialog | None = None
        self._export_control: JobControl | None = None
        self.last_export: ExportDone | None = None
        self.skm_dialog: SkmDialog | None = None
        self.setObjectName("impactPage")

        this_year = date.today().year
        self.tahun = QSpinBox()
        self.tahun.setObjectName("impactTahun")
        self.tahun.setRange(2000, this_year)
        self.tahun.setValue(min(max(tahun if tahun is not None else this_year, 2000), this_year))
        self.tahun.setKeyboardTracking(False)  # 2, 20, 202 are not asked for on the way
        tahun_label = QLabel(self.tr("&Tahun:"))
        tahun_label.setBuddy(self.tahun)
        self.summary = QLabel()
        self.summary.setObjectName("impactSummary")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(tahun_label)
        top.addWidget(self.tahun)
        top.addSpacing(16)
        top.addWidget(self.summary, 1)

        self.model = DampakTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("impactTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.help = QLabel(
            self.tr(
                "Indeks SKM per unit layanan (PermenPANRB 14/2017) di samping pengembangan "
                "pegawainya tahun yang sama: pegawai unit dan sub-unitnya yang bertugas tahun "
                "itu, bagian yang memenuhi target JP, rata-rata JP, dan biaya pelatihan. Unit "
                "dengan mutu rendah dan kepatuhan JP rendah patut didahulukan."
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        self.empty = QLabel()
        self.empty.setObjectName("impactEmpty")
        self.empty.setWordWrap(True)
        self.empty.hide()

        self.add_button = QPushButton(self.tr("&Isi SKM unit…"))
        self.add_button.setObjectName("impactAdd")
        self.edit_button = QPushButton(self.tr("&Ubah SKM…"))
        self.edit_button.setObjectName("impactEdit")
        self.delete_button = QPushButton(self.tr("&Hapus SKM"))
        self.delete_button.setObjectName("impactDelete")
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.export_button.setObjectName("impactExport")
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("impactRefresh")
        self.tips: dict[QPushButton, tuple[Permission, str]] = {
            self.add_button: (
                Permission.EDIT,
                self.tr("Catat hasil survei kepuasan masyarakat sebuah unit untuk tahun ini."),
            ),
            self.edit_button: (Permission.EDIT, self.tr("Ubah SKM unit terpilih.")),
            self.delete_button: (Permission.EDIT, self.tr("Hapus SKM unit terpilih.")),
            self.export_button: (
                Permission.EXPORT,
                self.tr("Simpan tabel ini ke berkas .xlsx."),
            ),
        }
        self.refusals: dict[QPushButton, str] = {}
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.refresh_button)
        self.message = QLabel()
        self.message.setObjectName("impactMessage")
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.help)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.tahun.valueChanged.connect(lambda _v: self.refresh())
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.update_buttons())
        self.table.doubleClicked.connect(lambda _i: self.edit_skm())
        self.add_button.clicked.connect(self.add_skm)
        self.edit_button.clicked.connect(self.edit_skm)
        self.delete_button.clicked.connect(self.delete_skm)
        self.export_button.clicked.connect(self.export)
        self.refresh_button.clicked.connect(self.refresh)
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self.load_units()
        self.refresh()

    # -- what the window asks ------------------------------------------------------------------

    def apply_permissions(self) -> None:
        self.refusals = {}
        for button, (permission, tip) in self.tips.items():
            reason = denial_text(self.db.user, permission)
            if reason is not None:
                self.refusals[button] = reason
            button.setToolTip(reason or tip)
        self.update_buttons()

    def shutdown(self) -> None:
        self.closed = True
        self._message_timer.stop()
        if self._export_control is not None:
            self._export_control.cancel()
        if self.skm_dialog is not None:
            self.skm_dialog.reject()

    # -- reading ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self.closed:
            return
        self._generation += 1
        generation = self._generation
        service, tahun = self.service, self.tahun.value()
        keep = self.current()
        keep_unit = keep.unit_id if keep is not None else None
        self.runner.run(
            lambda: (service.dampak(tahun), service.skm(tahun)),
            lambda found: self._show(generation, tahun, keep_unit, *found),
            self.failed,
        )

    def _show(
        self,
        generation: int,
        tahun: int,
        keep_unit: int | None,
        rows: list[DampakUnit],
        records: list[SkmRecord],
    ) -> None:
        if self.closed or generation != self._generation:
            return
        self.loaded = True
        self.records = {r.id: r for r in records}
        self.model.set_rows(rows)
        header = self.table.horizontalHeader()
        if header.isSortIndicatorShown():
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        for number, row in enumerate(self.model.rows()):
            if row.unit_id == keep_unit:
                self.table.selectRow(number)
        if rows:
            self.empty.hide()
            mean = sum(r.indeks for r in rows) / len(rows)
            mutu = mutu_skm(round(mean, 2), date(tahun, 12, 31))
            self.summary.setText(
                self.tr(
                    "{0} unit layanan dengan SKM tahun {1}; rata-rata indeks {2}, mutu {3}."
                ).format(
                    QLocale().toString(len(rows)),
                    tahun,
                    _number(mean, 2),
                    mutu_text(mutu.kode, mutu.label),
                )
            )
        else:
            self.summary.setText(self.tr("Belum ada SKM tahun {0}.").format(tahun))
            self.empty.setText(
                self.tr(
                    'Belum ada hasil SKM unit mana pun untuk tahun {0}. Isi dengan "Isi SKM '
                    'unit…", atau pilih tahun lain.'
                ).format(tahun)
            )
            self.empty.show()
        self.update_buttons()

    def load_units(self) -> None:
        if self.closed:
            return
        service = OrgUnitService(self.db)
        self.runner.run(service.tree, self._set_units, self.failed)

    def _set_units(self, units: list[UnitNode]) -> None:
        if not self.closed:
            self.units = units
            self.update_buttons()

    def _changes_announced(self, changes: Changes) -> None:
        if self.closed:
            return
        if changes.units:
            self.load_units()
        if set(changes.competency) & READS or changes.register_rows:
            self.refresh()

    def current(self) -> DampakUnit | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        chosen = self.current() is not None
        conditions = {
            self.add_button: bool(self.units) and self.loaded,
            self.edit_button: chosen,
            self.delete_button: chosen,
            self.export_button: self.export_progress is None and bool(self.model.rows()),
        }
        for button, condition in conditions.items():
            button.setEnabled(button not in self.refusals and condition)

    def failed(self, exc: BaseException, trace: str) -> None:
        if self.closed:
            log.info("impact page job failed after closing: %s", exc)
            return
        _report(self, exc, trace)

    def say(self, text: str) -> None:
        if not self.closed:
            self.message.setText(text)
            self._message_timer.start(15000)

    # -- writing ---------------------------------------------------------------------------------

    def add_skm(self) -> None:
        if self.add_button in self.refusals or not self.units:
            return
        self._open_dialog(None)

    def edit_skm(self) -> None:
        row = self.current()
        if row is None or self.edit_button in self.refusals:
            return
        record = self.records.get(row.skm_id)
        if record is not None:
            self._open_dialog(record)

    def _open_dialog(self, record: SkmRecord | None) -> None:
        current = self.current()
        dialog = SkmDialog(
            self.service,
            self.runner,
            self.units,
            tahun=self.tahun.value(),
            record=record,
            unit_id=current.unit_id if current is not None else None,
            parent=self,
        )
        self.skm_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        unit = dialog.unit.currentText().strip()
        dialog.deleteLater()
        self.skm_dialog = None
        if accepted:
            self.say(self.tr("SKM {0} tahun {1} disimpan.").format(unit, self.tahun.value()))

    def delete_skm(self) -> None:
        row = self.current()
        if row is None or self.delete_button in self.refusals:
            return
        record = self.records.get(row.skm_id)
        if record is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus SKM"),
            self.tr("Hapus SKM {0} tahun {1}?").format(record.unit_nama, record.tahun),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, skm_id, revision = self.service, record.id, record.revision

        def work() -> tuple[None, Changes]:
            service.delete_skm(skm_id, expected_revision=revision)
            return None, Changes(competency={SKM})

        Operation(
            self.runner,
            self,
            work,
            on_success=lambda _r, _c: self.say(
                self.tr("SKM {0} tahun {1} dihapus.").format(record.unit_nama, record.tahun)
            ),
            saving_text=self.tr("Menghapus…"),
        ).run()

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        if self.export_button in self.refusals or self.export_progress is not None:
            return
        tahun = self.tahun.value()
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor dampak layanan"),
            str(Path.home() / f"dampak-skm-{tahun}.xlsx"),
            self.tr("Buku kerja Excel (*.xlsx)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.start_export(path, tahun)

    def start_export(self, path: Path, tahun: int) -> None:
        """The year's table (read again, so it is what is stored now) to ``path``."""
        # The export as a use case: EXPORT checked in the worker, an audit entry written.
        from asn_desktop.services.spreadsheet import SpreadsheetExport

        exporter = SpreadsheetExport(self.db)
        service = self.service
        headers = [_tr(h) for h in DAMPAK_COLUMNS]
        title = self.tr("Dampak pengembangan kompetensi pada layanan (SKM) {0}").format(tahun)
        kode_header, label_header, share_header = (
            self.tr("Kode unit"),
            self.tr("Mutu (keterangan)"),
            self.tr("Memenuhi target JP (%)"),
        )

        def work(control: JobControl) -> ExportDone:
            rows = service.dampak(tahun)
            control.progress(0, len(rows))
            control.check()
            columns = [
                Column(kode_header, 14, text=True),
                Column(headers[D_UNIT], 36),
                Column(headers[D_INDEKS], 12, number_format="0.00"),
                Column(headers[D_MUTU], 8),
                Column(label_header, 16),
                Column(headers[D_RESPONDEN], 12, number_format="#,##0"),
                Column(headers[D_STAFF], 10, number_format="#,##0"),
                Column(headers[D_TARGET], 14, number_format="#,##0"),
                Column(share_header, 14, number_format="0.0"),
                Column(headers[D_JP], 12, number_format="0.0"),
                Column(headers[D_BIAYA], 16, number_format="#,##0"),
                Column(headers[D_PER], 16, number_format="#,##0"),
            ]
            cells: Callable[[DampakUnit], list[Any]] = lambda r: [  # noqa: E731
                r.unit_kode,
                r.unit_nama,
                r.indeks,
                r.mutu.kode,
                r.mutu.label,
                r.responden,
                r.staff,
                r.memenuhi_target,
                r.persen_memenuhi,
                r.jp_rata2,
                r.biaya,
                r.biaya_per_pegawai,
            ]

            def progress(done: int) -> bool:
                control.progress(done, len(rows))
                return not control.cancelled()

            sheet = Sheet("Dampak SKM", columns, (cells(r) for r in rows), title=title)
            try:
                written = exporter.write(
                    path, [sheet], label=f"Dampak layanan (SKM) {tahun}", progress=progress
                )
            except ExportCancelled as exc:
                raise Cancelled() from exc
            return ExportDone(path, written)

        progress = QProgressDialog(self.tr("Menyiapkan…"), self.tr("Batal"), 0, 0, self)
        progress.setObjectName("impactExportProgress")
        progress.setWindowTitle(self.tr("Ekspor ke Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.export_progress = progress
        self.update_buttons()
        control = self.runner.run_controlled(work, self._exported, self._export_failed)
        self._export_control = control
        progress.canceled.connect(lambda: control.cancel())
        progress.show()

    def _end_export(self) -> None:
        progress, self.export_progress = self.export_progress, None
        self._export_control = None
        if progress is not None:
            progress.close()
            progress.deleteLater()
        if not self.closed:
            self.update_buttons()

    def _exported(self, done: ExportDone) -> None:
        self._end_export()
        if self.closed:
            return
        self.last_export = done
        self.say(
            self.tr("{0} baris diekspor ke {1}.").format(QLocale().toString(done.rows), done.path)
        )

    def _export_failed(self, exc: BaseException, trace: str) -> None:
        self._end_export()
        if self.closed:
            return
        if isinstance(exc, Cancelled):
            self.say(self.tr("Ekspor dibatalkan; berkas tidak dibuat."))
            return
        self.failed(exc, trace)
