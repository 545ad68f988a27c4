"""Employee detail: identity form with inline validation, and the history tabs."""

from __future__ import annotations

from dataclasses import fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import (
    EmployeeDraft,
    FieldProblem,
    NipError,
    StatusKepegawaian,
    TanggalError,
    format_tanggal_angka,
    parse_nip,
    validate_employee,
)
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeRecord, EmployeeService, HistoryItem
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.org_units import UnitNode
from asn_desktop.services.reference import ReferenceService
from asn_desktop.ui.employee_table_model import keluar_title
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import ERROR_STYLE, DateEdit, FieldRow, limit_input
from asn_desktop.ui.history_dialogs import PositionEntryDialog, RankEntryDialog, UnitEntryDialog
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.ui.development_tab import DevelopmentTab

AnyIndex = QModelIndex | QPersistentModelIndex
_DATE_FIELDS = ("tanggal_lahir", "tmt_cpns", "tmt_pns")
NOT_YET_COLOR = QColor("#6b6b6b")  # an entry whose TMT is still to come
STATUS_BAR_MS = 6000  # how long "Tersimpan" stays in the main window's status bar


class SteadyFieldRow(FieldRow):
    """A form row whose problem shows beside its input, in room kept for it (two lines, the
    whole message also in the tooltip): showing or clearing a problem never moves the rows
    of the form. (Rows that grew under a problem moved the field below away from the mouse,
    so a date meant for Tanggal lahir landed in Gelar depan.)"""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        QWidget.__init__(self, parent)  # FieldRow's own layout puts the problem below
        self.editor = editor
        self.error = QLabel()
        self.error.setObjectName("fieldProblem")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        font = self.error.font()
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 0.9)
            self.error.setFont(font)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        policy.setRetainSizeWhenHidden(True)
        self.error.setSizePolicy(policy)
        self.error.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(editor, 3, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.error, 2)
        if editor.minimumHeight() == editor.maximumHeight():  # a fixed height (Alamat)
            height = editor.maximumHeight()
        else:
            # The red border of a problem makes a styled input's own height smaller: keep it.
            height = editor.sizeHint().height()
            editor.setMinimumHeight(max(editor.minimumHeight(), height))
        two_lines = 2 * self.error.fontMetrics().lineSpacing() + 2
        self.setFixedHeight(max(height, two_lines))

    def set_problem(self, message: str | None) -> None:
        super().set_problem(message)
        self.error.setToolTip(message or "")


class HistoryTableModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("HistoryTableModel", "TMT"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Uraian"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Nomor SK"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Tanggal SK"),
        QT_TRANSLATE_NOOP("HistoryTableModel", "Keterangan"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[HistoryItem] = []

    def set_items(self, items: list[HistoryItem]) -> None:
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if not item.berlaku and role == Qt.ItemDataRole.ForegroundRole:
            return NOT_YET_COLOR
        if not item.berlaku and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Belum berlaku: mulai {0}").format(format_tanggal_angka(item.tmt))
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        uraian = item.uraian
        if not item.berlaku:
            uraian = self.tr("{0} (belum berlaku)").format(uraian)
        values = (
            format_tanggal_angka(item.tmt),
            uraian,
            item.sk_nomor,
            format_tanggal_angka(item.sk_tanggal) if item.sk_tanggal else "",
            item.keterangan,
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.HEADERS):
            return self.tr(str(self.HEADERS[section]))
        return None


class HistoryTab(QWidget):
    """One history: its entries newest first, Tambah / Ubah (or a double click) / Hapus, and
    the note that these changes are saved at once, apart from the identity's Simpan."""

    editRequested = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.model = HistoryTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (0, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Tambah…"))
        self.edit_button = QPushButton(self.tr("Ubah…"))
        self.remove_button = QPushButton(self.tr("Hapus"))
        self.note = QLabel(self.tr("Perubahan riwayat langsung tersimpan."))
        self.note.setObjectName("historyNote")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.edit_button.clicked.connect(self.editRequested)
        self.table.doubleClicked.connect(lambda _index: self.editRequested.emit())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._selection_changed)
        self._selection_changed()

    def _selection_changed(self) -> None:
        chosen = self.table.selectionModel().hasSelection()
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> HistoryItem | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.items):
            return None
        return self.model.items[index.row()]


class EmployeeDialog(QDialog):
    """Create (employee_id None) or edit one employee. Nothing is saved until it is valid.

    The identity is saved by Simpan; closing (Tutup, Esc, the window's close button) with
    the form changed asks first: Simpan / Buang / Batal. The histories are saved at once,
    each entry on its own. An employee who has left the agency shows how and when on top.
    """

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        units: list[UnitNode],
        employee_id: int | None,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = EmployeeService(db)
        self.reference = ReferenceService(db)
        self.runner, self.units = runner, units
        self.employee_id = employee_id
        self.revision = 0
        self.saved_id: int | None = None
        self.today = today
        self.operation: Operation[Any] | None = None  # the last save or removal
        self.record: EmployeeRecord | None = None  # as last read
        self.baseline: dict[str, Any] = {}  # the form as loaded (or empty), see modified()
        self.close_after_save = False  # Simpan answered to "Simpan perubahan?"
        self.unsaved_box: QMessageBox | None = None  # the question, while it is asked
        self.read_only: str | None = None
        self.setObjectName("employeeDialog")

        self.edits: dict[str, QWidget] = {}
        self.rows: dict[str, FieldRow] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._identity_page(), self.tr("Identitas"))
        self.history_tabs = {
            "pangkat": HistoryTab("pangkat"),
            "jabatan": HistoryTab("jabatan"),
            "unit": HistoryTab("unit"),
        }
        titles = {
            "pangkat": self.tr("Riwayat pangkat"),
            "jabatan": self.tr("Riwayat jabatan"),
            "unit": self.tr("Riwayat unit kerja"),
        }
        for kind, tab in self.history_tabs.items():
            self.tabs.addTab(tab, titles[kind])
            tab.add_button.clicked.connect(lambda _c=False, k=kind: self.add_history(k))
            tab.editRequested.connect(lambda k=kind: self.edit_history(k))
            tab.remove_button.clicked.connect(lambda _c=False, k=kind: self.remove_history(k))
        self.development_tab = self._development_tab(db, runner, employee_id)

        self.keluar_label = QLabel()
        self.keluar_label.setObjectName("keluarLine")
        self.keluar_label.setWordWrap(True)
        self.keluar_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keluar_label.setStyleSheet("font-weight: bold;")
        self.keluar_label.hide()

        self.summary = QLabel()
        self.summary.setStyleSheet("color: #b00020;")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.leave_button = QPushButton(self.tr("Keluar dari instansi…"))
        self.leave_button.setObjectName("leaveButton")
        self.leave_button.setAutoDefault(False)
        self.leave_button.setToolTip(
            self.tr("Catat pensiun, mutasi keluar, meninggal, atau berhenti; data tetap tersimpan.")
        )
        self.buttons.addButton(self.leave_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.leave_button.clicked.connect(self.record_leaving)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.close_asking)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keluar_label)
        layout.addWidget(self.tabs)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(760, 640)

        # A role that may not edit (viewer) sees the record and has no way to change it.
        self.read_only = denial_text(db.user, Permission.EDIT)
        if employee_id is None:
            self.setWindowTitle(self.tr("Pegawai baru"))
            self._set_value("status_kepegawaian", "PNS")
            self._set_histories_enabled(False)
            self.baseline = self.form_state()
            self._update_leaving()
        else:
            self.load(employee_id)
        if self.read_only:
            self._make_read_only(self.read_only)

    # -- building ---------------------------------------------------------------------------

    def _identity_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        status = QComboBox()
        for s in StatusKepegawaian:
            status.addItem(f"{s.value} — {terjemahkan(s.label)}", s.value)
        kelamin = QComboBox()
        kelamin.addItem(self.tr("(pilih)"), "")
        kelamin.addItem(self.tr("Laki-laki"), "L")
        kelamin.addItem(self.tr("Perempuan"), "P")
        kedudukan = QComboBox()
        for code in self.reference.codes("kedudukanHukum"):
            kedudukan.addItem(f"{code.code} {code.nama}", code.code)
        nip = QLineEdit()
        nip.setPlaceholderText(self.tr("18 digit, mis. 19850315 201001 1 002"))
        alamat = QPlainTextEdit()
        alamat.setFixedHeight(60)
        spec: list[tuple[str, str, QWidget]] = [
            ("status_kepegawaian", self.tr("Status"), status),
            ("nip", self.tr("NIP / NI PPPK"), nip),
            ("gelar_depan", self.tr("Gelar depan"), QLineEdit()),
            ("nama", self.tr("Nama (tanpa gelar)"), QLineEdit()),
            ("gelar_belakang", self.tr("Gelar belakang"), QLineEdit()),
            ("tempat_lahir", self.tr("Tempat lahir"), QLineEdit()),
            ("tanggal_lahir", self.tr("Tanggal lahir"), DateEdit()),
            ("jenis_kelamin", self.tr("Jenis kelamin"), kelamin),
            ("kedudukan_hukum", self.tr("Kedudukan hukum"), kedudukan),
            ("tmt_cpns", self.tr("TMT CPNS"), DateEdit()),
            ("tmt_pns", self.tr("TMT PNS"), DateEdit()),
            ("nik", self.tr("NIK"), QLineEdit()),
            ("email", self.tr("Email"), QLineEdit()),
            ("telepon", self.tr("Telepon"), QLineEdit()),
            ("alamat", self.tr("Alamat"), alamat),
        ]
        for name, label, editor in spec:
            editor.setObjectName(f"field_{name}")
            limit_input(editor, name, today=self.today)
            row = SteadyFieldRow(editor)
            self.edits[name] = editor
            self.rows[name] = row
            form.addRow(label, row)
            if isinstance(editor, QLineEdit):
                editor.editingFinished.connect(lambda n=name: self._check_field(n))
        nip.editingFinished.connect(self._fill_from_nip)
        return page

    def _development_tab(
        self, db: Database, runner: TaskRunner, employee_id: int | None
    ) -> DevelopmentTab | None:
        """Pengembangan: JP per year and the development history of an employee saved
        already (a new one has none yet); the tab reads and writes on its own."""
        if employee_id is None:
            return None
        from asn_desktop.ui.development_tab import DevelopmentTab

        tab = DevelopmentTab(db, runner, employee_id, self)
        self.tabs.addTab(tab, self.tr("Pengembangan"))
        self.finished.connect(lambda _result: tab.shutdown())
        return tab

    def _set_histories_enabled(self, enabled: bool) -> None:
        for index in range(1, self.tabs.count()):
            self.tabs.setTabEnabled(index, enabled)
            if not enabled:
                self.tabs.setTabToolTip(index, self.tr("Simpan identitas pegawai dahulu."))
            else:
                self.tabs.setTabToolTip(index, "")

    def _make_read_only(self, reason: str) -> None:
        for editor in self.edits.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(True)  # still selectable, to copy a NIP
                palette = editor.palette()  # and not looking like something to type into
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                editor.setPalette(palette)
            else:
                editor.setEnabled(False)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            self.buttons.removeButton(save)
            save.deleteLater()
        for tab in self.history_tabs.values():
            tab.add_button.hide()
            tab.edit_button.hide()
            tab.remove_button.hide()
            tab.note.hide()
        self.leave_button.setEnabled(False)
        self.setWindowTitle(self.tr("{0} (hanya baca)").format(self.windowTitle()))
        self.summary.setStyleSheet("color: palette(window-text);")  # a fact, not an error
        self.summary.setText(reason)
        self.summary.show()

    # -- reading and writing the form -----------------------------------------------------

    def load(self, employee_id: int) -> None:
        record = self.service.get(employee_id)
        self.employee_id = employee_id
        self.revision = record.revision
        self.record = record
        self.setWindowTitle(record.draft.nama)
        for f in fields(EmployeeDraft):
            self._set_value(f.name, getattr(record.draft, f.name))
        self.baseline = self.form_state()
        self._set_histories_enabled(True)
        self._show_keluar(record)
        self._update_leaving()
        self.reload_histories()

    def form_state(self) -> dict[str, Any]:
        """What the form holds, as compared for "changed": texts without the spaces around
        them, dates as dates when they can be read."""
        state: dict[str, Any] = {}
        for name, editor in self.edits.items():
            if isinstance(editor, DateEdit):
                try:
                    state[name] = editor.parsed()
                except TanggalError:
                    state[name] = editor.text().strip()
            elif isinstance(editor, QComboBox):
                state[name] = editor.currentData()
            elif isinstance(editor, QPlainTextEdit):
                state[name] = editor.toPlainText().strip()
            elif isinstance(editor, QLineEdit):
                state[name] = editor.text().strip()
        return state

    def modified(self) -> bool:
        """Whether the form differs from what was loaded (for a new employee: from the
        empty form)."""
        return not self.read_only and self.form_state() != self.baseline

    def _show_keluar(self, record: EmployeeRecord) -> None:
        """The read-only line on top for an employee who has left the agency."""
        if not record.keluar:
            self.keluar_label.clear()
            self.keluar_label.hide()
            return
        # In the window's language (the service's label is Indonesian).
        how = keluar_title(record.keluar)
        if record.keluar_instansi:
            how = self.tr("{0} ke {1}").format(how, record.keluar_instansi)
        when = format_tanggal_angka(record.keluar_tanggal) if record.keluar_tanggal else ""
        text = self.tr("Keluar: {0}, {1}").format(how, when) if when else how
        if record.keluar_sk_nomor:
            text = self.tr("{0} (SK {1})").format(text, record.keluar_sk_nomor)
        self.keluar_label.setText(text)
        self.keluar_label.setToolTip(record.keluar_alasan)
        self.keluar_label.show()

    def _update_leaving(self) -> None:
        """Keluar dari instansi: for a saved employee still in the agency, if one may edit."""
        active = self.record is not None and not self.record.keluar
        self.leave_button.setEnabled(self.employee_id is not None and active and not self.read_only)

    def say_saved(self, text: str) -> None:
        """The brief "saved" line above the buttons (no message box)."""
        self.summary.setStyleSheet("color: #1b5e20;")
        self.summary.setText(text)
        self.summary.show()

    @staticmethod
    def _now() -> str:
        return datetime.now().strftime("%H:%M")

    # -- closing ------------------------------------------------------------------------------

    # Tutup, Esc and the window's close button go through close_asking; reject() itself (the
    # program closing the dialog: the database closed or locked) asks nothing, as a question
    # nobody is there to answer would hold up whatever closes it.

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and not self.saving and self.modified():
            event.ignore()
            self.close_asking()  # the answer closes it, or not
            return
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            event.accept()
            self.close_asking()
            return
        super().keyPressEvent(event)

    def close_asking(self) -> None:
        """Close; with the form changed, ask first: Simpan (closes once saved), Buang, or
        Batal (stays)."""
        if self.saving or not self.modified():
            self.reject()
            return
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            self.close_after_save = True
            if not self.save():  # refused at once: the problems are under the fields
                self.close_after_save = False
        elif answer == QMessageBox.StandardButton.Discard:
            self.reject()
        # Batal: the dialog stays as it is.

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Simpan perubahan?"),
            self.tr("Perubahan data pegawai ini belum disimpan. Simpan perubahan?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        labels = {
            QMessageBox.StandardButton.Save: self.tr("Simpan"),
            QMessageBox.StandardButton.Discard: self.tr("Buang"),
            QMessageBox.StandardButton.Cancel: self.tr("Batal"),
        }
        for which, label in labels.items():
            button = box.button(which)
            if button is not None:
                button.setText(label)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        self.unsaved_box = box
        try:
            return QMessageBox.StandardButton(box.exec())
        finally:
            self.unsaved_box = None
            box.deleteLater()

    def _set_value(self, name: str, value: Any) -> None:
        editor = self.edits[name]
        if isinstance(editor, DateEdit):
            editor.set_date(value)
        elif isinstance(editor, QComboBox):
            index = editor.findData(value)
            editor.setCurrentIndex(max(index, 0))
        elif isinstance(editor, QPlainTextEdit):
            editor.setPlainText(value or "")
        elif isinstance(editor, QLineEdit):
            editor.setText(value or "")

    def draft(self) -> tuple[EmployeeDraft, list[FieldProblem]]:
        """The form as a draft, plus problems found while reading it (unreadable dates)."""
        values: dict[str, Any] = {}
        problems: list[FieldProblem] = []
        for name, editor in self.edits.items():
            if isinstance(editor, DateEdit):
                try:
                    values[name] = editor.parsed()
                except TanggalError as exc:
                    problems.append(FieldProblem(name, str(exc)))
                    values[name] = None
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData() or ""
            elif isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QLineEdit):
                values[name] = editor.text()
        return EmployeeDraft(**values), problems

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for p in problems:
            by_field.setdefault(p.field, p.message)
        for name, row in self.rows.items():
            row.set_problem(by_field.get(name))
        if by_field:
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.setText(
                self.tr("Belum disimpan: {0} isian perlu diperbaiki.").format(len(by_field))
            )
            self.summary.show()
            self.tabs.setCurrentIndex(0)
            first = next(n for n in self.edits if n in by_field)
            self.edits[first].setFocus()
        else:
            self.summary.hide()

    def _check_field(self, name: str) -> None:
        """Validate as the user leaves a field, but only report that field's own problem."""
        draft, read_problems = self.draft()
        problems = list(read_problems) + list(
            validate_employee(draft, today=self.today or date.today())
        )
        mine = next((p.message for p in problems if p.field == name), None)
        if name in _DATE_FIELDS or getattr(draft, name):
            self.rows[name].set_problem(mine)
        else:
            self.rows[name].set_problem(None)

    def _fill_from_nip(self) -> None:
        """A valid NIP already says the birth date, sex and TMT CPNS: fill empty fields."""
        edit = self.edits["nip"]
        assert isinstance(edit, QLineEdit)
        if self.edits["status_kepegawaian"].currentData() == "PPPK":  # type: ignore[attr-defined]
            return
        try:
            nip = parse_nip(edit.text(), today=self.today)
        except NipError:
            return
        birth = self.edits["tanggal_lahir"]
        assert isinstance(birth, DateEdit)
        if not birth.text().strip():
            birth.set_date(nip.birth_date)
        sex = self.edits["jenis_kelamin"]
        assert isinstance(sex, QComboBox)
        if not sex.currentData():
            sex.setCurrentIndex(sex.findData(nip.sex))
        tmt = self.edits["tmt_cpns"]
        assert isinstance(tmt, DateEdit)
        if not tmt.text().strip():
            tmt.set_date(nip.tmt_cpns)

    @property
    def saving(self) -> bool:
        """A save (or the removal of a history entry) is running in the worker."""
        return self.operation is not None and self.operation.running

    def save(self) -> bool:
        """Check the form, then save it in the worker; False when it was refused before that
        (the problems are shown under the fields). The outcome arrives later: _saved, or the
        problems under the fields, or a message box on this dialog (see ui.operations)."""
        if self.read_only or self.saving:
            return False
        draft, problems = self.draft()
        # The domain's checks (the service makes them again) answer at once and all together:
        # the unreadable dates, and whatever else is wrong.
        unreadable = {p.field for p in problems}
        others = validate_employee(draft, today=self.today or date.today())
        problems += [p for p in others if p.field not in unreadable]
        if problems:
            self.show_problems(problems)
            return False
        service, employee_id, revision, today = (
            self.service,
            self.employee_id,
            self.revision,
            self.today,
        )

        def work() -> tuple[tuple[int, int, bool], Changes]:
            if employee_id is None:
                new_id = service.create(draft, today=today)
                return (new_id, 1, True), Changes(added={new_id})
            new_revision = service.update(
                employee_id, draft, expected_revision=revision, today=today
            )
            return (employee_id, new_revision, False), Changes(employees={employee_id})

        self._run(work, self._saved)
        return True

    def _run(self, work: Any, on_success: Any) -> None:
        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=on_success,
            on_failure=self._save_failed,
            buttons=self.buttons,
        ).run()

    def _saved(self, result: tuple[int, int, bool], _changes: Changes) -> None:
        employee_id, revision, created = result
        self.employee_id, self.revision = employee_id, revision
        self.saved_id = employee_id
        self.show_problems([])
        close, self.close_after_save = self.close_after_save, False
        self.baseline = self.form_state()  # nothing left to ask about
        if created and not close:
            self.load(employee_id)
            # A new employee is not complete without rank, position and unit: stay open.
            self.say_saved(
                self.tr("Tersimpan {0}. Lengkapi riwayat pangkat, jabatan, dan unit kerja.").format(
                    self._now()
                )
            )
            self.tabs.setCurrentIndex(1)
            return
        # Saved and closing: the main window's status bar says so.
        self.say_saved(self.tr("Tersimpan {0}.").format(self._now()))
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Tersimpan {0}: {1}").format(self._now(), self.windowTitle()),
                STATUS_BAR_MS,
            )
        self.accept()

    def _save_failed(self, exc: BaseException) -> bool:
        """Problems of the form go under its fields; anything else (a stale record, a
        permission, a lock) is shown in a message box, with the edits left as they are."""
        self.close_after_save = False  # the dialog stays open with the edits
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return True
        return False

    # -- histories ----------------------------------------------------------------------------

    def reload_histories(self) -> None:
        if self.employee_id is None:
            return
        try:
            histories = self.service.histories(self.employee_id)
        except (NotFound, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        for kind, tab in self.history_tabs.items():
            tab.model.set_items(histories[kind])

    def history_dialog(self, kind: str, item: HistoryItem | None = None) -> QDialog:
        """The dialog adding an entry to the history `kind`, or changing `item`."""
        assert self.employee_id is not None
        if kind == "pangkat":
            status = str(self.edits["status_kepegawaian"].currentData())  # type: ignore[attr-defined]
            codes = [(c.code, c.nama) for c in self.reference.codes("kenaikanPangkat")]
            return RankEntryDialog(
                self.service,
                self.employee_id,
                status,
                codes,
                self.runner,
                self,
                current_golongan_id=self._current_golongan(),
                item=item,
            )
        if kind == "jabatan":
            return PositionEntryDialog(
                self.service, self.employee_id, self.reference, self.runner, self, item=item
            )
        return UnitEntryDialog(
            self.service, self.employee_id, self.units, self.runner, self, item=item
        )

    def _current_golongan(self) -> int | None:
        """The golongan of the newest rank entry in force (what the register shows)."""
        for item in self.history_tabs["pangkat"].model.items:
            if item.berlaku and item.entry is not None:
                return int(item.entry.golongan_id)  # type: ignore[union-attr]
        return self.record.golongan_id if self.record is not None else None

    def add_history(self, kind: str) -> None:
        if self.read_only:
            return
        dialog = self.history_dialog(kind)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._history_saved()

    def edit_history(self, kind: str) -> None:
        """Ubah… or a double click: the entry dialog filled in from the chosen entry."""
        item = self.history_tabs[kind].selected()
        if item is None or self.read_only or self.saving:
            return
        dialog = self.history_dialog(kind, item)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._history_saved()

    def _history_saved(self) -> None:
        """A history entry was added, changed or removed (saved already): show it, and
        follow the employee's revision, which moves when the current rank, position or unit
        does, unless someone else changed the identity meanwhile (then Simpan is refused as
        stale, as it should be)."""
        self.saved_id = self.employee_id
        self.reload_histories()
        if self.employee_id is not None and self.record is not None:
            try:
                record = self.service.get(self.employee_id)
            except (NotFound, DatabaseError):
                record = None
            if record is not None and record.draft == self.record.draft:
                self.revision = record.revision
                self.record = record
        self.say_saved(self.tr("Riwayat tersimpan {0}.").format(self._now()))

    # -- leaving the agency ---------------------------------------------------------------------

    def record_leaving(self) -> None:
        """Keluar dari instansi…: the leaving dialog; the record stays, shown as left."""
        if self.employee_id is None or self.read_only or self.saving:
            return
        if self.record is None or self.record.keluar:
            return
        if self.modified():
            QMessageBox.information(
                self,
                self.tr("Keluar dari instansi"),
                self.tr(
                    "Simpan atau buang dahulu perubahan data pegawai ini, lalu catat keluarnya."
                ),
            )
            return
        from asn_desktop.ui.leaving_dialog import LeavingDialog

        dialog = LeavingDialog(
            self.runner,
            self.service,
            self.employee_id,
            self.revision,
            self.record.draft.nama,
            self,
        )
        dialog.saved.connect(self._left)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _left(self, revision: int) -> None:
        self.saved_id = self.employee_id
        self.revision = revision
        if self.employee_id is not None:
            try:
                self.load(self.employee_id)
            except (NotFound, DatabaseError) as exc:
                show_error(self, str(exc))
                return
        self.say_saved(self.tr("Tersimpan {0}.").format(self._now()))

    def remove_history(self, kind: str) -> None:
        item = self.history_tabs[kind].selected()
        if item is None or self.read_only:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus riwayat"),
            self.tr("Hapus riwayat TMT {0}: {1}?").format(
                format_tanggal_angka(item.tmt), item.uraian
            ),
        )
        if answer != QMessageBox.StandardButton.Yes or self.saving:
            return
        service, employee_id, history_id = self.service, self.employee_id, item.id
        assert employee_id is not None

        def work() -> tuple[None, Changes]:
            service.remove_history(kind, history_id)  # type: ignore[arg-type]
            return None, Changes(employees={employee_id})

        def removed(_result: None, _changes: Changes) -> None:
            self._history_saved()

        def failed(_exc: BaseException) -> bool:
            self.reload_histories()  # it may have gone meanwhile; the message box says why
            return False

        self.operation = Operation(
            self.runner, self, work, on_success=removed, on_failure=failed, buttons=self.buttons
        ).run()
