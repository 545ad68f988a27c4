"""Standar dan asesmen (Pengembangan → Standar dan asesmen): competency standards per
position, the competency mapping of the staff (JPM and its band), their assessments, and the
import of an assessment centre's .xlsx.

Two inner tabs:

- "Standar jabatan": the positions of the register and the agency's default per kind of
  position, on the left; the chosen one's standard per competency (the nine fixed and the
  agency's teknis ones) with a level spin box, where each level comes from (bawaan, default
  instansi, jabatan ini) and whether the shipped default is confirmed, on the right. Below
  the positions, the teknis catalogue.
- "Pemetaan dan asesmen": the staff as an id model (filtered and sorted by
  CompetencyService.pemetaan_ids in the worker), the chosen employee's profile (standard,
  actual, gap, JPM and band) and assessments (added, changed and deleted in a small dialog).

"Impor hasil asesmen…" sits at the corner of the tabs. Every read is a job in the worker;
every write is an Operation (ui.operations), announcing Changes(competency={"standar"}) or
{"asesmen"} so this page (and the plan's) re-read what they show.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
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
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import TanggalError, format_nip
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.kompetensi import KelompokKompetensi, level_range
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.competency import (
    AsesmenDraft,
    AsesmenRecord,
    CompetencyService,
    JabatanItem,
    KompetensiItem,
    PemetaanQuery,
    PemetaanRow,
    ProfilView,
    StandarItem,
    StandarView,
)
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.services.policies import policy
from asn_desktop.services.profil_kompetensi import SUMBER_JABATAN, SUMBER_JENIS
from asn_desktop.services.spreadsheet import Column, ExportCancelled, Sheet
from asn_desktop.ui.competency_table_model import (
    A_TANGGAL,
    P_ASESMEN,
    P_BAND,
    P_GAPS,
    P_JABATAN,
    P_JPM,
    P_NAMA,
    P_NIP,
    P_UNIT,
    PEMETAAN_COLUMNS,
    AsesmenTableModel,
    JabatanTableModel,
    PemetaanTableModel,
    ProfilTableModel,
    TeknisTableModel,
    format_jpm,
    jenis_label,
    sumber_text,
)
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

log = logging.getLogger(__name__)

__all__ = [
    "AsesmenDialog",
    "CompetencyPage",
    "PemetaanPanel",
    "StandarPanel",
    "TeknisDialog",
]

CONTEXT = "CompetencyPage"
SEARCH_DELAY_MS = 250  # typing a name: one query when the typing pauses, not per letter
SEARCH_MAX_LENGTH = 100
KODE_MAX_LENGTH = 40  # services.competency: a teknis kode is 1-40 characters
EXPORT_CHUNK = 500  # rows read per query while exporting
PEMETAAN_WIDTHS = (168, 210, 70, 115, 95, 125, 220)  # the unit takes the rest
JABATAN_WIDTHS = (140, 240, 62)
TEKNIS_WIDTHS = (110, 220)
# The standard editor's columns.
S_NAMA, S_KELOMPOK, S_LEVEL, S_SUMBER, S_KETERANGAN, S_RESET = range(6)

CHANGED_COLOR = QColor("#7a4f00")  # an edited level, not saved yet
NOTE_STYLE = (
    "QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 4px; }"
)
OK_STYLE = "color: #1b5e20;"
HELP_STYLE = "color: #5f6368;"

UNEXPECTED = QT_TRANSLATE_NOOP("CompetencyPage", "Terjadi kesalahan yang tidak terduga: {0}")

# The data of the band filter's items: a band's kode after the prefix, or "not assessed".
BAND_PREFIX = "band:"
NOT_ASSESSED_FILTER = "belum"

# Changes(competency=...) keys this page reads and writes.
STANDAR = "standar"
ASESMEN = "asesmen"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _report(parent: QWidget, exc: BaseException, trace: str) -> None:
    if isinstance(exc, DatabaseError | ServiceError):
        show_error(parent, str(exc), trace)
    else:
        log.error("competency page job failed:\n%s", trace)
        show_error(
            parent,
            _tr(UNEXPECTED).format(exc),
            trace,
        )


def _bold(label: QLabel, size_delta: int = 0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if size_delta:
        font.setPointSize(font.pointSize() + size_delta)
    label.setFont(font)
    return label


def _fill_units(combo: QComboBox, units: Sequence[UnitNode], first: tuple[str, Any]) -> None:
    """The unit tree as an indented list, keeping the unit chosen (if it is still there)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first[0], first[1])
    for unit in units:
        combo.addItem("    " * unit.depth + unit.nama, unit.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def _nip(value: str) -> str:
    try:
        return format_nip(value)
    except ValueError:  # imported history may hold a NIP of another length
        return value


def _fit_columns(table: QTableView, stretch: int = 0) -> None:
    """A short table of the side panel: one column takes the width, the others their
    contents (no horizontal scrolling in a narrow panel)."""
    configure_list_table(table, ())
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _pemetaan_bands(on: date | None = None) -> list[tuple[str, str]]:
    """(kode, label) of the mapping bands in force, highest first (resources/policy/jpm.json)."""
    raw = policy("jpm").at(on or date.today()).values.get("pemetaan", ())
    bands = [(float(str(b["min"])), str(b["kode"]), str(b["label"])) for b in raw]
    bands.sort(reverse=True)
    return [(kode, label) for _min, kode, label in bands]


class PermissionGuard:
    """Buttons that need a permission of the signed-in user: refused ones are disabled and
    say why in their tooltip (apply() again after a new sign-in)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.tips: dict[QAbstractButton, tuple[Permission, str]] = {}
        self.refusals: dict[QAbstractButton, str] = {}

    def add(self, button: QAbstractButton, permission: Permission, tip: str) -> QAbstractButton:
        self.tips[button] = (permission, tip)
        button.setToolTip(tip)
        return button

    def apply(self) -> None:
        self.refusals = {}
        for button, (permission, tip) in self.tips.items():
            reason = denial_text(self.db.user, permission)
            if reason is not None:
                self.refusals[button] = reason
            button.setToolTip(reason or tip)

    def allows(self, button: QAbstractButton) -> bool:
        return button not in self.refusals

    def may(self, permission: Permission) -> bool:
        return denial_text(self.db.user, permission) is None

    def set_enabled(self, button: QAbstractButton, condition: bool = True) -> None:
        button.setEnabled(self.allows(button) and condition)


# -- small dialogs ------------------------------------------------------------------------------


class _FormDialog(QDialog):
    """A small form whose OK runs one write as an Operation; it closes when the write is
    done. The service's refusal of a field shows under it; anything else (a stale record,
    a permission, a lock) is a message box, and the dialog stays open with what was typed."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.result_value: Any = None
        self.rows: dict[str, FieldRow] = {}
        self.general = QLabel()
        self.general.setObjectName("formProblems")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.operation: Operation[Any] | None = None

    def work(self) -> Callable[[], tuple[Any, Changes]] | None:
        """Read the form (on the GUI thread) and return the write, or None after showing
        what the form itself can tell is wrong."""
        raise NotImplementedError

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.set_problem(None)
        self.general.clear()
        self.general.hide()

    def show_problems(self, problems: Sequence[tuple[str, str]]) -> None:
        self.clear_problems()
        general: list[str] = []
        for field, message in problems:
            row = self.rows.get(field)
            if row is not None and not row.problem():
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
        work = self.work()
        if work is None:
            return
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

    def _saved(self, result: Any, _changes: Changes) -> None:
        self.result_value = result
        super().accept()


class TeknisDialog(_FormDialog):
    """Tambah / ubah a teknis competency of the agency."""

    def __init__(
        self,
        service: CompetencyService,
        runner: TaskRunner,
        item: KompetensiItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service = service
        self.item = item
        self.setObjectName("teknisDialog")
        self.setWindowTitle(
            self.tr("Ubah kompetensi teknis") if item else self.tr("Tambah kompetensi teknis")
        )
        self.kode = QLineEdit(item.kode if item else "")
        self.kode.setObjectName("teknisKode")
        self.kode.setMaxLength(KODE_MAX_LENGTH)
        self.kode.setPlaceholderText(self.tr("mis. tk_arsip"))
        self.nama = QLineEdit(item.nama if item else "")
        self.nama.setObjectName("teknisNama")
        limit_input(self.nama, "unit_nama")
        self.deskripsi = QPlainTextEdit(item.deskripsi if item else "")
        self.deskripsi.setObjectName("teknisDeskripsi")
        self.deskripsi.setTabChangesFocus(True)
        self.deskripsi.setFixedHeight(70)
        limit_input(self.deskripsi, "keterangan")
        self.rows = {
            "kode": FieldRow(self.kode),
            "nama": FieldRow(self.nama),
            "deskripsi": FieldRow(self.deskripsi),
        }
        note = QLabel(
            self.tr(
                "Kode dipakai standar dan berkas impor untuk merujuk kompetensi ini: huruf kecil, "
                "angka, titik, garis bawah atau tanda hubung. Kode tidak dapat diganti lagi "
                "setelah dipakai; namanya selalu dapat diubah."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Kode:"), self.rows["kode"])
        form.addRow(self.tr("&Nama:"), self.rows["nama"])
        form.addRow(self.tr("&Deskripsi:"), self.rows["deskripsi"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def work(self) -> Callable[[], tuple[Any, Changes]]:
        service, item = self.service, self.item
        kode, nama = self.kode.text(), self.nama.text()
        deskripsi = self.deskripsi.toPlainText()
        changes = Changes(competency={STANDAR})
        if item is None:
            return lambda: (service.add_teknis(kode, nama, deskripsi), changes)
        assert item.id is not None and item.revision is not None
        teknis_id, revision = item.id, item.revision

        def update() -> tuple[int, Changes]:
            service.update_teknis(teknis_id, kode, nama, deskripsi, expected_revision=revision)
            return teknis_id, changes

        return update


class AsesmenDialog(_FormDialog):
    """An assessment of one employee: date, assessor, level per competency (— not rated)."""

    def __init__(
        self,
        service: CompetencyService,
        runner: TaskRunner,
        katalog: Sequence[KompetensiItem],
        *,
        employee_id: int,
        employee_name: str,
        record: AsesmenRecord | None = None,
        standar: Mapping[str, int] | None = None,
        read_only: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service = service
        self.employee_id = employee_id
        self.record = record
        self.read_only = read_only
        self.setObjectName("asesmenDialog")
        if record is None:
            self.setWindowTitle(self.tr("Tambah hasil asesmen — {0}").format(employee_name))
        else:
            self.setWindowTitle(self.tr("Hasil asesmen — {0}").format(employee_name))
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("asesmenTanggal")
        limit_input(self.tanggal, "tanggal_ttd")
        self.asesor = QLineEdit()
        self.asesor.setObjectName("asesmenAsesor")
        self.asesor.setPlaceholderText(self.tr("Asesor atau assessment center"))
        limit_input(self.asesor, "penilai_nama")
        self.catatan = QPlainTextEdit()
        self.catatan.setObjectName("asesmenCatatan")
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(60)
        limit_input(self.catatan, "catatan")
        self.rows = {
            "tanggal": FieldRow(self.tanggal),
            "asesor": FieldRow(self.asesor),
            "catatan": FieldRow(self.catatan),
        }
        low, high = level_range()
        self.levels: dict[str, QSpinBox] = {}
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        line = 0
        kelompok: KelompokKompetensi | None = None
        for item in katalog:
            if item.kelompok != kelompok:
                kelompok = item.kelompok
                grid.addWidget(_bold(QLabel(kelompok.label)), line, 0, 1, 2)
                line += 1
            spin = QSpinBox()
            spin.setObjectName(f"asesmenLevel_{item.kode}")
            spin.setRange(low - 1, high)
            spin.setSpecialValueText("—")  # not rated in this assessment
            spin.setToolTip(self.tr("Level {0}–{1}; — bila tidak dinilai.").format(low, high))
            spin.setMinimumWidth(70)
            name = QLabel(item.nama)
            name.setBuddy(spin)
            self.levels[item.kode] = spin
            self.rows[item.kode] = FieldRow(spin)
            grid.addWidget(name, line, 0)
            grid.addWidget(self.rows[item.kode], line, 1)
            required = (standar or {}).get(item.kode)
            if required is not None:
                hint = QLabel(self.tr("standar {0}").format(required))
                hint.setStyleSheet(HELP_STYLE)
                grid.addWidget(hint, line, 2)
            line += 1
        levels = QWidget()
        levels.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(levels)
        scroll.setMinimumHeight(min(levels.sizeHint().height() + 4, 420))

        if record is not None:
            self.tanggal.set_date(record.tanggal)
            self.asesor.setText(record.asesor)
            self.catatan.setPlainText(record.catatan)
            for kode, level in record.nilai.items():
                if kode in self.levels:
                    self.levels[kode].setValue(level)
        form = QFormLayout()
        form.addRow(self.tr("&Tanggal:"), self.rows["tanggal"])
        form.addRow(self.tr("&Asesor:"), self.rows["asesor"])
        form.addRow(self.tr("&Catatan:"), self.rows["catatan"])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(_bold(QLabel(self.tr("Level per kompetensi (— bila tidak dinilai)"))))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)
        if read_only:
            for widget in (self.tanggal, self.asesor):
                widget.setReadOnly(True)
            self.catatan.setReadOnly(True)
            for spin in self.levels.values():
                spin.setReadOnly(True)
            ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            ok.setEnabled(False)
            ok.setToolTip(denial_text(service.db.user, Permission.EDIT) or "")
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Tutup"))
        self.resize(520, min(760, self.sizeHint().height()))

    def work(self) -> Callable[[], tuple[Any, Changes]] | None:
        if self.read_only:
            return None
        try:
            tanggal = self.tanggal.parsed()
        except TanggalError as exc:
            self.show_problems([("tanggal", str(exc))])
            return None
        nilai = {kode: spin.value() for kode, spin in self.levels.items() if spin.value() > 0}
        draft = AsesmenDraft(
            tanggal, self.asesor.text().strip(), self.catatan.toPlainText().strip(), nilai
        )
        service, employee_id, record = self.service, self.employee_id, self.record
        changes = Changes(competency={ASESMEN})
        if record is None:
            return lambda: (service.create_asesmen(employee_id, draft), changes)
        asesmen_id, revision = record.id, record.revision

        def update() -> tuple[int, Changes]:
            service.update_asesmen(asesmen_id, draft, expected_revision=revision)
            return asesmen_id, changes

        return update


# -- the standards ------------------------------------------------------------------------------


@dataclass
class _StandarRow:
    """One competency of the standard being edited."""

    item: StandarItem
    spin: QSpinBox
    reset: QPushButton
    sumber: QTableWidgetItem
    note: QTableWidgetItem
    removed: bool = False  # "Kembalikan ke bawaan" on a level set here: removed on Simpan

    def value(self) -> int | None:
        found = self.spin.value()
        # The minimum below the level range is the "—" of a competency not required.
        return None if self.spin.specialValueText() and found == self.spin.minimum() else found

    def change(self) -> tuple[bool, int | None]:
        """(changed?, the level to store: None removes the one set at this level)."""
        if self.removed:
            return self.item.id is not None, None
        value = self.value()
        if self.item.id is not None:
            return value != self.item.level, value
        return value is not None and value != self.item.level, value


Target = tuple[str, str]  # (jenis jabatan, jabatan name; "" for the agency's default)


class _Panel(QWidget):
    """A tab of the page, which it reaches through `page`."""

    def __init__(self, page: CompetencyPage) -> None:
        super().__init__(page)
        # Weakly: the page holds its panels (as attributes and as Qt children), so a panel
        # holding its page would make them a reference cycle, freed by the collector on
        # whichever thread allocates then (see GuardedFetcher.of).
        self._page = weakref.ref(page)

    @property
    def page(self) -> CompetencyPage:
        page = self._page()
        if page is None:  # a late answer asks `closed` first, which says so
            raise RuntimeError("the competency page is gone")
        return page

    @property
    def closed(self) -> bool:
        """The page closed, or is gone: answers still on their way are for nobody."""
        page = self._page()
        return page is None or page.closed


class StandarPanel(_Panel):
    """The standards tab: what to edit on the left, the chosen standard on the right."""

    def __init__(self, page: CompetencyPage) -> None:
        super().__init__(page)
        self.service = page.service
        self.runner = page.runner
        self.guard = page.guard
        self.target: Target | None = None
        self.view: StandarView | None = None
        self.rows: list[_StandarRow] = []
        self.jabatan: list[JabatanItem] = []
        self.katalog: list[KompetensiItem] = []
        self.loaded = False  # the positions and the catalogue have arrived
        self._generation = 0
        self._list_generation = 0
        self.operation: Operation[Any] | None = None
        self.setObjectName("standarPanel")

        # -- left: what to edit ---------------------------------------------------------------
        self.jenis_list = QListWidget()
        self.jenis_list.setObjectName("standarJenisList")
        for jenis in JenisJabatan:
            entry = QListWidgetItem(terjemahkan(jenis.label))
            entry.setData(Qt.ItemDataRole.UserRole, jenis.value)
            entry.setToolTip(
                self.tr(
                    "Standar yang berlaku bagi semua jabatan {0} yang tidak memiliki standar "
                    "khusus."
                ).format(terjemahkan(jenis.label))
            )
            self.jenis_list.addItem(entry)
        self.jenis_list.setMaximumHeight(
            self.jenis_list.sizeHintForRow(0) * len(JenisJabatan)
            + 2 * self.jenis_list.frameWidth()
            + 4
        )
        self.jabatan_search = QLineEdit()
        self.jabatan_search.setObjectName("standarJabatanSearch")
        self.jabatan_search.setPlaceholderText(self.tr("Saring nama jabatan…"))
        self.jabatan_search.setClearButtonEnabled(True)
        self.jabatan_search.setMaxLength(SEARCH_MAX_LENGTH)
        self.jabatan_model = JabatanTableModel(self)
        self.jabatan_table = QTableView()
        self.jabatan_table.setObjectName("standarJabatanTable")
        self.jabatan_table.setModel(self.jabatan_model)
        configure_list_table(self.jabatan_table, JABATAN_WIDTHS)
        self.jabatan_table.setSortingEnabled(True)
        self.jabatan_table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        self.teknis_model = TeknisTableModel(self)
        self.teknis_table = QTableView()
        self.teknis_table.setObjectName("teknisTable")
        self.teknis_table.setModel(self.teknis_model)
        configure_list_table(self.teknis_table, TEKNIS_WIDTHS)
        self.add_teknis_button = QPushButton(self.tr("&Tambah…"))
        self.add_teknis_button.setObjectName("teknisAdd")
        self.edit_teknis_button = QPushButton(self.tr("&Ubah…"))
        self.edit_teknis_button.setObjectName("teknisEdit")
        self.delete_teknis_button = QPushButton(self.tr("&Hapus"))
        self.delete_teknis_button.setObjectName("teknisDelete")
        self.guard.add(
            self.add_teknis_button,
            Permission.EDIT,
            self.tr("Tambahkan kompetensi teknis yang ditetapkan instansi."),
        )
        self.guard.add(
            self.edit_teknis_button,
            Permission.EDIT,
            self.tr("Ubah kode, nama atau deskripsi kompetensi teknis terpilih."),
        )
        self.guard.add(
            self.delete_teknis_button,
            Permission.EDIT,
            self.tr("Hapus kompetensi teknis terpilih (hanya bila belum dipakai)."),
        )
        teknis_buttons = QHBoxLayout()
        teknis_buttons.addWidget(self.add_teknis_button)
        teknis_buttons.addWidget(self.edit_teknis_button)
        teknis_buttons.addWidget(self.delete_teknis_button)
        teknis_buttons.addStretch(1)
        self.teknis_box = QGroupBox(self.tr("Kompetensi teknis instansi"))
        self.teknis_box.setObjectName("teknisBox")
        teknis_layout = QVBoxLayout(self.teknis_box)
        teknis_layout.addWidget(self.teknis_table, 1)
        teknis_layout.addLayout(teknis_buttons)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(_bold(QLabel(self.tr("Default instansi per jenis jabatan"))))
        top_layout.addWidget(self.jenis_list)
        top_layout.addSpacing(6)
        top_layout.addWidget(_bold(QLabel(self.tr("Jabatan di daftar pegawai"))))
        top_layout.addWidget(self.jabatan_search)
        top_layout.addWidget(self.jabatan_table, 1)
        left = QSplitter(Qt.Orientation.Vertical)
        left.setChildrenCollapsible(False)
        left.addWidget(top)
        left.addWidget(self.teknis_box)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setSizes([560, 210])

        # -- right: the standard ---------------------------------------------------------------
        self.editor = QWidget()
        self.editor.setObjectName("standarEditor")
        self.title = _bold(QLabel(), 1)
        self.title.setObjectName("standarTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("standarSubtitle")
        self.subtitle.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("standarNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        self.note.hide()
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("standarTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Kompetensi"),
                self.tr("Kelompok"),
                self.tr("Level"),
                self.tr("Sumber"),
                self.tr("Keterangan"),
                "",
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(S_NAMA, QHeaderView.ResizeMode.Stretch)
        for column in (S_KELOMPOK, S_LEVEL, S_SUMBER, S_KETERANGAN, S_RESET):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.help = QLabel(
            self.tr(
                "Level 1–5 (PermenPANRB 38/2017). Yang tidak diatur untuk jabatan ini mengikuti "
                "default instansi jenis jabatannya, lalu nilai bawaan."
            )
        )
        self.help.setWordWrap(True)
        self.help.setStyleSheet(HELP_STYLE)
        self.read_only_note = QLabel()
        self.read_only_note.setObjectName("standarReadOnly")
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet(HELP_STYLE)
        self.read_only_note.hide()
        self.status = QLabel()
        self.status.setObjectName("standarStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Si&mpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("standarSave")
        self.revert_button = self.buttons.addButton(
            self.tr("&Batalkan perubahan"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.revert_button.setObjectName("standarRevert")
        self.guard.add(self.save_button, Permission.EDIT, self.tr("Simpan standar kompetensi ini."))
        self.guard.add(
            self.revert_button,
            Permission.EDIT,
            self.tr("Kembalikan isian ke standar yang tersimpan."),
        )
        editor_layout = QVBoxLayout(self.editor)
        editor_layout.setContentsMargins(8, 0, 0, 0)
        editor_layout.addWidget(self.title)
        editor_layout.addWidget(self.subtitle)
        editor_layout.addWidget(self.note)
        editor_layout.addWidget(self.table, 1)
        editor_layout.addWidget(self.help)
        editor_layout.addWidget(self.read_only_note)
        editor_layout.addWidget(self.status)
        editor_layout.addWidget(self.buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter)

        # -- wiring ---------------------------------------------------------------------------
        self.jenis_list.currentItemChanged.connect(lambda *_a: self._jenis_chosen())
        self.jabatan_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self._jabatan_chosen()
        )
        self.jabatan_search.textChanged.connect(lambda _t: self._filter_jabatan())
        self.teknis_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.update_buttons()
        )
        self.teknis_table.doubleClicked.connect(lambda _i: self.edit_teknis())
        self.add_teknis_button.clicked.connect(self.add_teknis)
        self.edit_teknis_button.clicked.connect(self.edit_teknis)
        self.delete_teknis_button.clicked.connect(self.delete_teknis)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        self._show_view(None)

    # -- reading ---------------------------------------------------------------------------

    def load_lists(self) -> None:
        """The positions of the register and the catalogue (in the worker)."""
        if self.closed:
            return
        self._list_generation += 1
        generation = self._list_generation
        service = self.service
        self.runner.run(
            lambda: (service.jabatan(), service.kompetensi()),
            lambda found: self._lists_loaded(generation, *found),
            self.page.failed,
        )

    def _lists_loaded(
        self, generation: int, jabatan: list[JabatanItem], katalog: list[KompetensiItem]
    ) -> None:
        if self.closed or generation != self._list_generation:
            return
        self.jabatan = jabatan
        self.katalog = katalog
        self.loaded = True
        self._filter_jabatan()
        teknis_current = self._current_teknis()
        self.teknis_model.set_rows([k for k in katalog if k.id is not None])
        if teknis_current is not None:
            for row, item in enumerate(self.teknis_model.rows()):
                if item.id == teknis_current.id:
                    self.teknis_table.selectRow(row)
        self.update_buttons()

    def _filter_jabatan(self) -> None:
        words = self.jabatan_search.text().casefold().split()
        shown = [j for j in self.jabatan if all(w in j.jabatan_nama.casefold() for w in words)]
        header = self.jabatan_table.horizontalHeader()
        table_model = self.jabatan_model
        table_model.set_rows(shown)
        table_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._select_target_row()

    def _select_target_row(self) -> None:
        """Show the chosen position as selected in the list, without choosing it again."""
        selection = self.jabatan_table.selectionModel()
        selection.blockSignals(True)
        try:
            selection.clearSelection()
            selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            if self.target is not None and self.target[1]:
                for row, item in enumerate(self.jabatan_model.rows()):
                    if (item.jenis_jabatan, item.jabatan_nama) == self.target:
                        index = self.jabatan_model.index(row, 0)
                        selection.setCurrentIndex(
                            index,
                            QItemSelectionModel.SelectionFlag.ClearAndSelect
                            | QItemSelectionModel.SelectionFlag.Rows,
                        )
                        self.jabatan_table.scrollTo(index)
                        break
        finally:
            selection.blockSignals(False)
        self.jabatan_table.viewport().update()
        self.jenis_list.blockSignals(True)
        try:
            if self.target is not None and not self.target[1]:
                for row in range(self.jenis_list.count()):
                    entry = self.jenis_list.item(row)
                    if entry.data(Qt.ItemDataRole.UserRole) == self.target[0]:
                        self.jenis_list.setCurrentItem(entry)
            else:
                self.jenis_list.setCurrentRow(-1)
                self.jenis_list.clearSelection()
        finally:
            self.jenis_list.blockSignals(False)

    def _jenis_chosen(self) -> None:
        entry = self.jenis_list.currentItem()
        if entry is not None:
            self.choose((str(entry.data(Qt.ItemDataRole.UserRole)), ""))

    def _jabatan_chosen(self) -> None:
        index = self.jabatan_table.currentIndex()
        item = self.jabatan_model.row_at(index.row()) if index.isValid() else None
        if item is not None:
            self.choose((item.jenis_jabatan, item.jabatan_nama))

    def choose(self, target: Target) -> None:
        """Show the standard of ``target`` (asking first when edits would be lost)."""
        if target == self.target:
            return
        if self.is_dirty() and not self._discard_asked():
            self._select_target_row()  # the choice goes back to what is being edited
            return
        self.target = target
        self._select_target_row()
        self.load_standar()

    def _discard_asked(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Standar belum disimpan"),
            self.tr("Perubahan standar {0} belum disimpan. Buang perubahan itu?").format(
                self.title.text()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def load_standar(self) -> None:
        if self.closed or self.target is None:
            return
        self._generation += 1
        generation = self._generation
        service, (jenis, nama) = self.service, self.target
        self.status.clear()
        self.runner.run(
            lambda: service.standar(jenis, nama),
            lambda view: self._standar_loaded(generation, view),
            self.page.failed,
        )

    def _standar_loaded(self, generation: int, view: StandarView) -> None:
        if self.closed or generation != self._generation:
            return
        self._show_view(view)

    def reload(self) -> None:
        """Something changed elsewhere: re-read the lists, and the standard unless it is
        being edited (a save then meets the other change as a stale record)."""
        self.load_lists()
        if self.target is not None and not self.is_dirty():
            self.load_standar()

    # -- the editor ------------------------------------------------------------------------

    def _show_view(self, view: StandarView | None) -> None:
        self.view = view
        self.rows = []
        self.table.setRowCount(0)
        if view is None:
            self.title.setText(self.tr("Pilih jenis jabatan atau jabatan di sebelah kiri."))
            self.subtitle.clear()
            self.note.hide()
            self.update_buttons()
            return
        if view.jabatan_nama:
            self.title.setText(self.tr("Standar kompetensi jabatan {0}").format(view.jabatan_nama))
            self.subtitle.setText(
                self.tr("{0}. Level yang diatur di sini hanya berlaku untuk jabatan ini.").format(
                    jenis_label(view.jenis_jabatan)
                )
            )
        else:
            self.title.setText(
                self.tr("Default instansi: {0}").format(jenis_label(view.jenis_jabatan))
            )
            self.subtitle.setText(
                self.tr(
                    "Berlaku bagi setiap jabatan {0} yang tidak memiliki standar khusus."
                ).format(jenis_label(view.jenis_jabatan))
            )
        unconfirmed = any(i.belum_dikonfirmasi for i in view.item)
        if unconfirmed and view.catatan_bawaan:
            self.note.setText(
                self.tr("Nilai bawaan belum dikonfirmasi: {0}").format(view.catatan_bawaan)
            )
            self.note.show()
        else:
            self.note.hide()
        low, high = level_range()
        editable = self.guard.may(Permission.EDIT)
        self.table.setRowCount(len(view.item))
        for number, item in enumerate(view.item):
            name = QTableWidgetItem(item.nama)
            name.setToolTip(item.kode)
            self.table.setItem(number, S_NAMA, name)
            kelompok = QTableWidgetItem(terjemahkan(item.kelompok.label))
            self.table.setItem(number, S_KELOMPOK, kelompok)
            spin = QSpinBox()
            spin.setObjectName(f"standarLevel_{item.kode}")
            # Without a level below (a teknis competency), "—" says the position does not
            # require it.
            if item.level_tanpa is not None:
                spin.setRange(low, high)
            else:
                spin.setRange(low - 1, high)
                spin.setSpecialValueText("—")
            spin.setValue(item.level if item.level is not None else spin.minimum())
            spin.setReadOnly(not editable)
            spin.setFrame(False)
            spin.setMinimumWidth(56)
            reset = QPushButton(self.tr("Kembalikan ke bawaan"))
            reset.setObjectName(f"standarReset_{item.kode}")
            reset.setAutoDefault(False)
            row = _StandarRow(item, spin, reset, QTableWidgetItem(), QTableWidgetItem())
            self.rows.append(row)
            spin.valueChanged.connect(lambda _v, r=row: self._level_changed(r))
            reset.clicked.connect(lambda _c=False, r=row: self.reset_row(r))
            self.table.setCellWidget(number, S_LEVEL, spin)
            self.table.setItem(number, S_SUMBER, row.sumber)
            self.table.setItem(number, S_KETERANGAN, row.note)
            self.table.setCellWidget(number, S_RESET, reset)
            self._show_row(number)
        self.update_buttons()

    def _level_changed(self, row: _StandarRow) -> None:
        row.removed = False
        self._show_row(self.rows.index(row))
        self.status.clear()
        self.update_buttons()

    def reset_row(self, row: _StandarRow) -> None:
        """Kembalikan ke bawaan: the level set here goes (on Simpan) and the one below it
        applies; an unsaved edit of a level not set here is simply undone."""
        if not self.guard.may(Permission.EDIT):
            return
        row.spin.blockSignals(True)
        if row.item.id is not None:
            row.removed = True
            level = row.item.level_tanpa
        else:
            row.removed = False
            level = row.item.level
        row.spin.setValue(level if level is not None else row.spin.minimum())
        row.spin.blockSignals(False)
        self._show_row(self.rows.index(row))
        self.update_buttons()

    def _show_row(self, number: int) -> None:
        row = self.rows[number]
        item = row.item
        changed, value = row.change()
        sumber_cell, note_cell = row.sumber, row.note
        if changed:
            if value is None:
                shown = sumber_text(item.sumber_tanpa) if item.level_tanpa is not None else ""
            else:
                here = SUMBER_JABATAN if self.view and self.view.jabatan_nama else SUMBER_JENIS
                shown = sumber_text(here)
            sumber_cell.setText(shown)
            note_cell.setText(self.tr("belum disimpan"))
            note_cell.setToolTip("")
            for cell in (sumber_cell, note_cell):
                cell.setForeground(CHANGED_COLOR)
        else:
            sumber_cell.setText(sumber_text(item.sumber))
            if item.belum_dikonfirmasi:
                note_cell.setText(self.tr("belum dikonfirmasi"))
                note_cell.setToolTip(self.view.catatan_bawaan if self.view else "")
            elif item.level is None:
                note_cell.setText(self.tr("tidak dipersyaratkan"))
                note_cell.setToolTip("")
            else:
                note_cell.setText("")
                note_cell.setToolTip("")
            for cell in (sumber_cell, note_cell):
                cell.setData(Qt.ItemDataRole.ForegroundRole, None)
        if item.sumber_tanpa is not None and item.level_tanpa is not None:
            below = self.tr("Hapus level yang diatur di sini: berlaku lagi level {0} ({1}).")
            row.reset.setToolTip(below.format(item.level_tanpa, sumber_text(item.sumber_tanpa)))
        else:
            row.reset.setToolTip(
                self.tr("Hapus level yang diatur di sini: kompetensi ini tidak dipersyaratkan.")
            )
        editable = self.guard.may(Permission.EDIT)
        row.reset.setEnabled(editable and (changed or (item.id is not None and not row.removed)))

    def is_dirty(self) -> bool:
        return any(row.change()[0] for row in self.rows)

    def pending(self) -> tuple[dict[str, int | None], dict[str, int]]:
        """(levels to store, revisions they were read at) of the rows changed."""
        levels: dict[str, int | None] = {}
        revisions: dict[str, int] = {}
        for row in self.rows:
            changed, value = row.change()
            if not changed:
                continue
            levels[row.item.kode] = value
            if row.item.revision is not None:
                revisions[row.item.kode] = row.item.revision
        return levels, revisions

    def revert(self) -> None:
        if self.view is not None:
            self._show_view(self.view)
            self.status.clear()

    def save(self) -> None:
        if self.view is None or (self.operation is not None and self.operation.running):
            return
        if not self.guard.allows(self.save_button):
            return
        levels, revisions = self.pending()
        if not levels:
            return
        service = self.service
        jenis, nama = self.view.jenis_jabatan, self.view.jabatan_nama
        shown = self.title.text()

        def work() -> tuple[tuple[StandarView, list[JabatanItem]], Changes]:
            service.set_standar(jenis, nama, levels, expected_revisions=revisions)
            return (service.standar(jenis, nama), service.jabatan()), Changes(competency={STANDAR})

        def done(found: tuple[StandarView, list[JabatanItem]], _changes: Changes) -> None:
            if self.closed:
                return
            view, jabatan = found
            if self.target == (jenis, nama):
                self._show_view(view)
                self.status.setText(self.tr("Tersimpan: {0}.").format(shown))
                self.status.setStyleSheet(OK_STYLE)
            self.jabatan = jabatan
            self._filter_jabatan()

        self.operation = Operation(
            self.runner,
            self.editor,
            work,
            on_success=done,
            buttons=self.buttons,
        ).run()

    # -- the teknis catalogue ------------------------------------------------------------------

    def _current_teknis(self) -> KompetensiItem | None:
        index = self.teknis_table.currentIndex()
        return self.teknis_model.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        has_teknis = self._current_teknis() is not None
        self.guard.set_enabled(self.add_teknis_button, self.loaded)
        self.guard.set_enabled(self.edit_teknis_button, has_teknis)
        self.guard.set_enabled(self.delete_teknis_button, has_teknis)
        dirty = self.is_dirty()
        self.guard.set_enabled(self.save_button, dirty)
        self.guard.set_enabled(self.revert_button, dirty)
        editable = self.guard.may(Permission.EDIT)
        for row in self.rows:
            row.spin.setReadOnly(not editable)
        refusal = self.guard.refusals.get(self.save_button)
        self.read_only_note.setText(
            self.tr("Hanya dapat dilihat: {0}").format(refusal) if refusal else ""
        )
        self.read_only_note.setVisible(bool(refusal) and self.view is not None)

    def add_teknis(self) -> None:
        if self.guard.allows(self.add_teknis_button):
            self._teknis_dialog(None)

    def edit_teknis(self) -> None:
        item = self._current_teknis()
        if item is not None and self.guard.allows(self.edit_teknis_button):
            self._teknis_dialog(item)

    def _teknis_dialog(self, item: KompetensiItem | None) -> None:
        dialog = TeknisDialog(self.service, self.runner, item, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        nama = " ".join(dialog.nama.text().split())
        dialog.deleteLater()
        if accepted:
            text = (
                self.tr("Kompetensi teknis {0} disimpan.")
                if item
                else self.tr("Kompetensi teknis {0} ditambahkan.")
            )
            self.page.say(text.format(nama))

    def delete_teknis(self) -> None:
        item = self._current_teknis()
        if item is None or not self.guard.allows(self.delete_teknis_button):
            return
        assert item.id is not None and item.revision is not None
        answer = QMessageBox.question(
            self,
            self.tr("Hapus kompetensi teknis"),
            self.tr("Hapus kompetensi teknis {0} ({1})?").format(item.nama, item.kode),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, teknis_id, revision = self.service, item.id, item.revision

        def work() -> tuple[None, Changes]:
            service.delete_teknis(teknis_id, expected_revision=revision)
            return None, Changes(competency={STANDAR})

        Operation(
            self.runner,
            self.teknis_box,
            work,
            on_success=lambda _r, _c: self.page.say(
                self.tr("Kompetensi teknis {0} dihapus.").format(item.nama)
            ),
            saving_text=self.tr("Menghapus…"),
        ).run()


# -- the mapping and the assessments --------------------------------------------------------------


@dataclass(frozen=True)
class ExportDone:
    path: Path
    rows: int


class PemetaanPanel(_Panel):
    """The mapping tab: the staff with their JPM, the chosen one's profile and assessments."""

    pageFailed = Signal(object)  # a page read failed inside a repaint (queued to a dialog)

    def __init__(self, page: CompetencyPage) -> None:
        super().__init__(page)
        self.service = page.service
        self.runner = page.runner
        self.guard = page.guard
        self.units: list[UnitNode] = []
        self.profile: ProfilView | None = None
        self._generation = 0
        self._profile_generation = 0
        self._sort: tuple[str, bool] = ("nama", False)
        self._keep: int | None = None
        self.export_progress: QProgressDialog | None = None
        self._export_control: JobControl | None = None
        self.last_export: ExportDone | None = None
        self.setObjectName("pemetaanPanel")

        # -- filters ----------------------------------------------------------------------------
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("pemetaanUnit")
        self.unit_filter.setMinimumContentsLength(20)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setToolTip(self.tr("Pegawai unit ini dan unit-unit di bawahnya."))
        _fill_units(self.unit_filter, [], (self.tr("Semua unit"), None))
        self.jenis_filter = QComboBox()
        self.jenis_filter.setObjectName("pemetaanJenis")
        self.jenis_filter.addItem(self.tr("Semua jenis jabatan"), None)
        for jenis in JenisJabatan:
            self.jenis_filter.addItem(terjemahkan(jenis.label), jenis.value)
        self.band_filter = QComboBox()
        self.band_filter.setObjectName("pemetaanBand")
        self.band_filter.addItem(self.tr("Semua kategori"), None)
        for kode, label in _pemetaan_bands():
            self.band_filter.addItem(label, BAND_PREFIX + kode)
        self.band_filter.addItem(self.tr("Belum dinilai"), NOT_ASSESSED_FILTER)
        self.search = QLineEdit()
        self.search.setObjectName("pemetaanSearch")
        self.search.setPlaceholderText(self.tr("Cari NIP atau nama…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Unit:")))
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(QLabel(self.tr("Jenis:")))
        filters.addWidget(self.jenis_filter, 1)
        filters.addWidget(QLabel(self.tr("Kategori:")))
        filters.addWidget(self.band_filter, 1)
        filters.addSpacing(8)
        filters.addWidget(self.search, 2)

        # -- the list ---------------------------------------------------------------------------
        self.fetcher: GuardedFetcher[PemetaanRow] = GuardedFetcher.of(
            self,
            lambda panel, ids: panel.service.pemetaan_rows(ids),
            lambda panel, exc: panel.pageFailed.emit(exc),
            (DatabaseError, ServiceError),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = PemetaanTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("pemetaanTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, PEMETAAN_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)

        # -- the profile -----------------------------------------------------------------------
        self.profile_box = QWidget()
        self.profile_box.setObjectName("profilBox")
        self.name_label = _bold(QLabel(), 1)
        self.name_label.setObjectName("profilNama")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.position_label = QLabel()
        self.position_label.setObjectName("profilJabatan")
        self.position_label.setWordWrap(True)
        self.jpm_label = _bold(QLabel(), 2)
        self.jpm_label.setObjectName("profilJpm")
        self.jpm_help = QLabel(
            self.tr(
                "JPM = jumlah level aktual ÷ jumlah level standar × 100, paling tinggi 100%; "
                "kompetensi standar yang belum dinilai dihitung 0."
            )
        )
        self.jpm_help.setObjectName("profilJpmHelp")
        self.jpm_help.setWordWrap(True)
        self.jpm_help.setStyleSheet(HELP_STYLE)
        self.profil_model = ProfilTableModel(self)
        self.profil_table = QTableView()
        self.profil_table.setObjectName("profilTable")
        self.profil_table.setModel(self.profil_model)
        _fit_columns(self.profil_table)
        self.asesmen_model = AsesmenTableModel(self)
        self.asesmen_table = QTableView()
        self.asesmen_table.setObjectName("asesmenTable")
        self.asesmen_table.setModel(self.asesmen_model)
        _fit_columns(self.asesmen_table, stretch=1)
        self.add_button = QPushButton(self.tr("&Tambah asesmen…"))
        self.add_button.setObjectName("asesmenAdd")
        self.open_button = QPushButton(self.tr("&Buka…"))
        self.open_button.setObjectName("asesmenOpen")
        self.delete_button = QPushButton(self.tr("&Hapus"))
        self.delete_button.setObjectName("asesmenDelete")
        self.guard.add(
            self.add_button,
            Permission.EDIT,
            self.tr("Catat hasil asesmen pegawai terpilih: tanggal, asesor, level per kompetensi."),
        )
        self.guard.add(
            self.delete_button, Permission.EDIT, self.tr("Hapus hasil asesmen terpilih.")
        )
        self.open_button.setToolTip(self.tr("Lihat atau ubah hasil asesmen terpilih."))
        asesmen_buttons = QHBoxLayout()
        asesmen_buttons.addWidget(self.add_button)
        asesmen_buttons.addWidget(self.open_button)
        asesmen_buttons.addWidget(self.delete_button)
        asesmen_buttons.addStretch(1)
        profile_layout = QVBoxLayout(self.profile_box)
        profile_layout.setContentsMargins(8, 0, 0, 0)
        profile_layout.addWidget(self.name_label)
        profile_layout.addWidget(self.position_label)
        profile_layout.addWidget(self.jpm_label)
        profile_layout.addWidget(self.jpm_help)
        profile_layout.addWidget(self.profil_table, 3)
        profile_layout.addWidget(_bold(QLabel(self.tr("Hasil asesmen"))))
        profile_layout.addWidget(self.asesmen_table, 2)
        profile_layout.addLayout(asesmen_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.profile_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([820, 440])

        # -- bottom row -------------------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("pemetaanCount")
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.export_button.setObjectName("pemetaanExport")
        self.guard.add(
            self.export_button,
            Permission.EXPORT,
            self.tr("Simpan daftar yang tampil (sesuai saringan dan urutan) ke berkas .xlsx."),
        )
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("pemetaanRefresh")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        # -- wiring -----------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        for combo in (self.unit_filter, self.jenis_filter, self.band_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model.sortRequested.connect(self._sort_requested)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self.load_profile())
        self.model.modelReset.connect(self.update_buttons)
        self.asesmen_table.selectionModel().currentRowChanged.connect(
            lambda *_a: self.update_buttons()
        )
        self.asesmen_table.doubleClicked.connect(lambda _i: self.open_asesmen())
        self.add_button.clicked.connect(self.add_asesmen)
        self.open_button.clicked.connect(self.open_asesmen)
        self.delete_button.clicked.connect(self.delete_asesmen)
        self.export_button.clicked.connect(self.export)
        self.refresh_button.clicked.connect(self.refresh)
        self._show_profile(None, [])

    # -- querying ---------------------------------------------------------------------------

    def query(self) -> PemetaanQuery:
        band = str(self.band_filter.currentData() or "")
        return PemetaanQuery(
            unit_id=self.unit_filter.currentData(),
            jenis_jabatan=self.jenis_filter.currentData(),
            band=band.removeprefix(BAND_PREFIX) if band.startswith(BAND_PREFIX) else None,
            belum_dinilai=band == NOT_ASSESSED_FILTER,
            search=self.search.text(),
        )

    def refresh(self) -> None:
        """Ask the worker for the ids the filters let through, in the order asked for."""
        self._debounce.stop()
        if self.closed:
            return
        self._generation += 1
        generation = self._generation
        self._keep = self.current_id()
        service, query, (sort, descending) = self.service, self.query(), self._sort
        self.runner.run(
            lambda: service.pemetaan_ids(query, sort, descending),
            lambda ids: self._show(generation, ids),
            self.page.failed,
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if self.closed or generation != self._generation:
            return  # closed, or a newer filter already asked again
        self.fetcher.new_query()
        keep = self._keep
        self.table.selectionModel().blockSignals(True)
        self.model.set_ids(ids)
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self.table.selectionModel().blockSignals(False)
        self.count_label.setText(self.tr("{0} pegawai").format(QLocale().toString(len(ids))))
        self.load_profile()

    def load_units(self) -> None:
        if self.closed:
            return
        service = OrgUnitService(self.page.db)
        self.runner.run(service.tree, self._set_units, self.page.failed)

    def _set_units(self, units: list[UnitNode]) -> None:
        if self.closed:
            return
        chosen = self.unit_filter.currentData()
        self.units = units
        _fill_units(self.unit_filter, units, (self.tr("Semua unit"), None))
        if self.unit_filter.currentData() != chosen:
            self.refresh()

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    # -- the profile -----------------------------------------------------------------------

    def load_profile(self) -> None:
        """The chosen employee's profile and assessments (in the worker)."""
        if self.closed:
            return
        self._profile_generation += 1
        generation = self._profile_generation
        employee_id = self.current_id()
        if employee_id is None:
            self._show_profile(None, [])
            return
        service = self.service
        self.runner.run(
            lambda: (service.profil(employee_id), service.asesmen_of(employee_id)),
            lambda found: self._profile_loaded(generation, *found),
            self.page.failed,
        )

    def _profile_loaded(
        self, generation: int, profile: ProfilView, asesmen: list[AsesmenRecord]
    ) -> None:
        if self.closed or generation != self._profile_generation:
            return
        self._show_profile(profile, asesmen)

    def _show_profile(self, profile: ProfilView | None, asesmen: list[AsesmenRecord]) -> None:
        self.profile = profile
        keep = self._current_asesmen()
        self.profil_model.set_rows(profile.item if profile is not None else [])
        self.asesmen_model.set_catalogue(self.page.katalog)
        self.asesmen_model.set_rows(asesmen)
        if keep is not None:
            for row, record in enumerate(asesmen):
                if record.id == keep.id:
                    self.asesmen_table.selectRow(row)
        if profile is None:
            self.name_label.setText(self.tr("Pilih pegawai di daftar."))
            self.position_label.clear()
            self.jpm_label.clear()
        else:
            self.name_label.setText(f"{profile.nama} · {_nip(profile.nip)}")
            where = [w for w in (profile.jabatan, profile.unit) if w]
            jenis = jenis_label(profile.jenis_jabatan) if profile.jenis_jabatan else ""
            text = " · ".join(where) or self.tr("(jabatan belum diisi)")
            self.position_label.setText(f"{text} ({jenis})" if jenis else text)
            if profile.jpm is None:
                self.jpm_label.setText(self.tr("JPM: belum dinilai"))
            else:
                band = terjemahkan(profile.band.label) if profile.band is not None else ""
                self.jpm_label.setText(
                    self.tr("JPM {0} — {1}").format(format_jpm(profile.jpm), band)
                )
            if profile.asesmen_terakhir is None and not asesmen:
                self.jpm_label.setToolTip(self.tr("Belum ada hasil asesmen."))
            else:
                self.jpm_label.setToolTip("")
        self.update_buttons()

    def _current_asesmen(self) -> AsesmenRecord | None:
        index = self.asesmen_table.currentIndex()
        return self.asesmen_model.row_at(index.row()) if index.isValid() else None

    def update_buttons(self) -> None:
        has_employee = self.profile is not None
        has_asesmen = self._current_asesmen() is not None
        self.guard.set_enabled(self.add_button, has_employee and bool(self.page.katalog))
        self.open_button.setEnabled(has_asesmen)
        self.guard.set_enabled(self.delete_button, has_asesmen)
        self.guard.set_enabled(self.export_button, self.export_progress is None)
        if has_asesmen and not self.guard.may(Permission.EDIT):
            self.open_button.setText(self.tr("&Lihat…"))
        else:
            self.open_button.setText(self.tr("&Buka…"))

    # -- assessments -----------------------------------------------------------------------

    def add_asesmen(self) -> None:
        if self.profile is not None and self.guard.allows(self.add_button):
            self._asesmen_dialog(None)

    def open_asesmen(self) -> None:
        record = self._current_asesmen()
        if record is not None and self.profile is not None:
            self._asesmen_dialog(record)

    def _asesmen_dialog(self, record: AsesmenRecord | None) -> None:
        profile = self.profile
        assert profile is not None
        dialog = AsesmenDialog(
            self.service,
            self.runner,
            self.page.katalog,
            employee_id=profile.employee_id,
            employee_name=profile.nama,
            record=record,
            standar={i.kode: i.standar for i in profile.item if i.standar is not None},
            read_only=not self.guard.may(Permission.EDIT),
            parent=self,
        )
        self.page.asesmen_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.page.asesmen_dialog = None
        if accepted:
            self.page.say(self.tr("Hasil asesmen {0} disimpan.").format(profile.nama))

    def delete_asesmen(self) -> None:
        record = self._current_asesmen()
        profile = self.profile
        if record is None or profile is None or not self.guard.allows(self.delete_button):
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus hasil asesmen"),
            self.tr("Hapus hasil asesmen {0} tanggal {1}?").format(
                profile.nama,
                self.asesmen_model.index(self.asesmen_table.currentIndex().row(), A_TANGGAL).data(),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, asesmen_id, revision = self.service, record.id, record.revision

        def work() -> tuple[None, Changes]:
            service.delete_asesmen(asesmen_id, expected_revision=revision)
            return None, Changes(competency={ASESMEN})

        Operation(
            self.runner,
            self.profile_box,
            work,
            on_success=lambda _r, _c: self.page.say(self.tr("Hasil asesmen dihapus.")),
            saving_text=self.tr("Menghapus…"),
        ).run()

    # -- export ------------------------------------------------------------------------------

    def export(self) -> None:
        if self.export_progress is not None or not self.guard.allows(self.export_button):
            return
        start = Path.home() / f"pemetaan-kompetensi-{date.today():%Y-%m-%d}.xlsx"
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor pemetaan kompetensi"),
            str(start),
            self.tr("Buku kerja Excel (*.xlsx)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        self.start_export(path)

    def start_export(self, path: Path) -> None:
        """Write the list as filtered and sorted now to ``path``, in the worker, with a
        progress dialog whose Batal stops it (no file is left)."""
        # The export as a use case: EXPORT checked in the worker, an audit entry written.
        from asn_desktop.services.spreadsheet import SpreadsheetExport

        exporter = SpreadsheetExport(self.page.db)
        service, query, (sort, descending) = self.service, self.query(), self._sort
        # The headers as the table shows them (marked in the table model's context).
        headers = {
            n: QCoreApplication.translate("CompetencyTable", str(PEMETAAN_COLUMNS[n][1]))
            for n in range(len(PEMETAAN_COLUMNS))
        }
        title = self.tr("Pemetaan kompetensi (JPM) — dicetak {0}").format(
            date.today().strftime("%d-%m-%Y")
        )
        jenis_header = self.tr("Jenis jabatan")

        def work(control: JobControl) -> ExportDone:
            ids = service.pemetaan_ids(query, sort, descending)
            control.progress(0, len(ids))
            control.check()

            def rows() -> Any:
                for start in range(0, len(ids), EXPORT_CHUNK):
                    chunk = ids[start : start + EXPORT_CHUNK]
                    found = service.pemetaan_rows(chunk)
                    for eid in chunk:
                        r = found.get(eid)
                        if r is None:
                            continue  # deleted meanwhile
                        yield (
                            r.nip,
                            r.nama,
                            r.jpm,
                            r.band,
                            r.kesenjangan if r.jpm is not None else None,
                            r.asesmen_terakhir,
                            jenis_label(r.jenis_jabatan) if r.jenis_jabatan else "",
                            r.jabatan,
                            r.unit,
                        )

            def progress(done: int) -> bool:
                control.progress(done, len(ids))
                return not control.cancelled()

            columns = [
                Column(headers[P_NIP], 22, text=True),
                Column(headers[P_NAMA], 32),
                Column(headers[P_JPM], 9, number_format="0.00"),
                Column(headers[P_BAND], 16),
                Column(headers[P_GAPS], 12, number_format="0"),
                Column(headers[P_ASESMEN], 14),
                Column(jenis_header, 22),
                Column(headers[P_JABATAN], 32),
                Column(headers[P_UNIT], 30),
            ]
            sheet = Sheet("Pemetaan kompetensi", columns, rows(), title=title)
            try:
                written = exporter.write(
                    path, [sheet], label="Pemetaan kompetensi (JPM)", progress=progress
                )
            except ExportCancelled as exc:
                raise Cancelled() from exc
            return ExportDone(path, written)

        progress = QProgressDialog(self.tr("Membaca daftar…"), self.tr("Batal"), 0, 0, self)
        progress.setObjectName("pemetaanExportProgress")
        progress.setWindowTitle(self.tr("Ekspor ke Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setMinimumWidth(420)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.export_progress = progress
        self.update_buttons()

        def on_progress(done: int, total: int, _message: str) -> None:
            if progress is not self.export_progress:
                return
            progress.setMaximum(total)
            progress.setValue(min(done, total))
            if total:
                progress.setLabelText(
                    self.tr("Menulis {0} dari {1} baris…").format(
                        QLocale().toString(done), QLocale().toString(total)
                    )
                )

        control = self.runner.run_controlled(work, self._exported, self._export_failed, on_progress)
        self._export_control = control
        # A lambda, not the bound control.cancel: the connection keeps the control until the
        # dialog goes, on the GUI thread (see ui.tasks).
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
        self.page.say(
            self.tr("{0} baris diekspor ke {1}.").format(QLocale().toString(done.rows), done.path)
        )

    def _export_failed(self, exc: BaseException, trace: str) -> None:
        self._end_export()
        if self.closed:
            log.info("export ended after the page closed: %s", exc)
            return
        if isinstance(exc, Cancelled):
            self.page.say(self.tr("Ekspor dibatalkan; berkas tidak dibuat."))
            return
        self.page.failed(exc, trace)

    def cancel_jobs(self) -> None:
        self._debounce.stop()
        if self._export_control is not None:
            self._export_control.cancel()

    def _page_failed(self, exc: BaseException) -> None:
        self.page.failed(exc, "")


# -- the page -----------------------------------------------------------------------------------


class CompetencyPage(QWidget):
    """The "Standar dan asesmen" tab of the competency window."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.service = CompetencyService(db)
        self.guard = PermissionGuard(db)
        self.closed = False
        self.katalog: list[KompetensiItem] = []
        self.asesmen_dialog: AsesmenDialog | None = None
        self.import_dialog: QDialog | None = None
        self._katalog_generation = 0
        self.setObjectName("competencyPage")

        self.standar = StandarPanel(self)
        self.pemetaan = PemetaanPanel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("competencyInnerTabs")
        self.tabs.addTab(self.standar, self.tr("Sta&ndar jabatan"))
        self.tabs.addTab(self.pemetaan, self.tr("&Pemetaan dan asesmen"))
        self.import_button = QPushButton(self.tr("&Impor hasil asesmen…"))
        self.import_button.setObjectName("asesmenImport")
        self.guard.add(
            self.import_button,
            Permission.IMPORT,
            self.tr("Impor hasil asesmen dari berkas .xlsx kiriman assessment center."),
        )
        corner = QWidget()
        corner_layout = QHBoxLayout(corner)
        corner_layout.setContentsMargins(0, 0, 6, 2)
        corner_layout.addWidget(self.import_button)
        self.tabs.setCornerWidget(corner, Qt.Corner.TopRightCorner)
        self.message = QLabel()
        self.message.setObjectName("competencyMessage")
        self.message.setContentsMargins(8, 0, 8, 4)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(self.message.clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.import_button.clicked.connect(self.open_import)
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self.load_katalog()
        self.standar.load_lists()
        self.pemetaan.load_units()
        self.pemetaan.refresh()

    # -- what the window asks ------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """Enable what the signed-in user's role allows; refused buttons say why."""
        self.guard.apply()
        self.guard.set_enabled(self.import_button)
        self.standar.update_buttons()
        if self.standar.view is not None:
            for number in range(len(self.standar.rows)):
                self.standar._show_row(number)
        self.pemetaan.update_buttons()

    def shutdown(self) -> None:
        """The window closes: late answers go to nobody, the export stops."""
        self.closed = True
        self._message_timer.stop()
        self.pemetaan.cancel_jobs()
        for dialog in (self.asesmen_dialog, self.import_dialog):
            if dialog is not None:
                dialog.reject()

    # -- shared ------------------------------------------------------------------------------

    def failed(self, exc: BaseException, trace: str) -> None:
        if self.closed:
            log.info("competency page job failed after closing: %s", exc)
            return
        _report(self, exc, trace)

    def say(self, text: str) -> None:
        """A line under the tabs for what was just done (gone after a while)."""
        if self.closed:
            return
        self.message.setText(text)
        self._message_timer.start(15000)

    def load_katalog(self) -> None:
        if self.closed:
            return
        self._katalog_generation += 1
        generation = self._katalog_generation
        service = self.service
        self.runner.run(
            service.kompetensi,
            lambda found: self._katalog_loaded(generation, found),
            self.failed,
        )

    def _katalog_loaded(self, generation: int, katalog: list[KompetensiItem]) -> None:
        if self.closed or generation != self._katalog_generation:
            return
        self.katalog = katalog
        self.pemetaan.asesmen_model.set_catalogue(katalog)
        self.pemetaan.update_buttons()

    def _changes_announced(self, changes: Changes) -> None:
        if self.closed:
            return
        competency = set(changes.competency)
        if STANDAR in competency or changes.register_rows:
            self.load_katalog()
            self.standar.reload()
        if changes.units:
            self.pemetaan.load_units()
        if competency & {STANDAR, ASESMEN} or changes.register_rows:
            self.pemetaan.refresh()

    def open_import(self) -> None:
        if not self.guard.allows(self.import_button) or self.closed:
            return
        from asn_desktop.ui.assessment_import_dialog import AssessmentImportDialog

        dialog = AssessmentImportDialog(self.db, self.runner, self)
        self.import_dialog = dialog
        dialog.exec()
        result = dialog.result_value
        dialog.deleteLater()
        self.import_dialog = None
        if result is not None:
            self.say(
                self.tr("{0} hasil asesmen diimpor, {1} baris dilewati.").format(
                    QLocale().toString(result.imported), QLocale().toString(len(result.skipped))
                )
            )
