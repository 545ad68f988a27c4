"""The SKP of one employee and year: appraisers, the RHK with their indicators, BerAKHLAK.

    open_skp_editor(db, runner, parent, skp_id=...)                  an existing SKP
    open_skp_editor(db, runner, parent, employee_id=..., tahun=...)  the SKP of that year,
                                                                      or a new one

Everything the dialog reads and writes goes through AppraisalService in the worker: the form
is filled when the SKP (or, for a new one, the proposed appraisers) has come back, and every
save is an Operation (ui.operations). The RHK are edited master-detail (a tree grouped Utama /
Tambahan on the left, the chosen RHK with its indicators on the right) because an SKP holds
ten or more RHK with a few indicators each: one set of editors stays readable where a card
per RHK would not. The form is checked here with the domain's rules first, so a problem is
shown on the RHK and the field it belongs to; the service checks again and its answer is
mapped back the same way ("RHK ke-2: ...").

Module-level imports stay off SQLAlchemy and the services (docs/architecture.md, start-up):
those are imported inside the functions that need them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import (
    TEXT_FIELDS,
    FieldProblem,
    NipError,
    Skema,
    check_fields,
    format_nip,
)
from asn_desktop.domain.kinerja import JENIS_PERIODE, default_policy, nilai_dasar
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.ui.form_fields import ERROR_STYLE, FieldRow, limit_input
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.appraisals import (
        AppraisalService,
        PenilaiInput,
        PenilaiRecord,
        RhkRecord,
        SkpDraft,
        SkpRecord,
    )
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeRow, EmployeeService

__all__ = [
    "HINT_STYLE",
    "EmployeeCompleter",
    "PenilaiBox",
    "SkpEditorDialog",
    "apply_read_only",
    "appraisal_changes",
    "ask_unsaved",
    "open_skp_editor",
]

CONTEXT = "SkpEditorDialog"
OK_STYLE = "color: #1b5e20;"
# Secondary text (descriptions, hints): dark enough to read, lighter than the values.
HINT_STYLE = "color: #57626a;"
NOTE_STYLE = "color: palette(window-text);"
BANNER_STYLE = (
    "QFrame#banner { background: #fff8e1; border: 1px solid #e0c068; border-radius: 4px; }"
)
ASPEK_LABELS = (
    ("kuantitas", QT_TRANSLATE_NOOP("IndikatorRow", "Kuantitas")),
    ("kualitas", QT_TRANSLATE_NOOP("IndikatorRow", "Kualitas")),
    ("waktu", QT_TRANSLATE_NOOP("IndikatorRow", "Waktu")),
    ("biaya", QT_TRANSLATE_NOOP("IndikatorRow", "Biaya")),
)
PERIODE_LABELS = {
    "bulanan": QT_TRANSLATE_NOOP("SkpEditorDialog", "Bulanan"),
    "triwulan": QT_TRANSLATE_NOOP("SkpEditorDialog", "Triwulanan"),
    "semester": QT_TRANSLATE_NOOP("SkpEditorDialog", "Semesteran"),
}
SEARCH_DELAY_MS = 150
SEARCH_MIN_CHARS = 3
SEARCH_LIMIT = 20  # suggestions shown; the register may hold 20,000 people
PREVIOUS_YEARS = 5  # how far back a new SKP looks for one to copy
_RHK_NUMBER = re.compile(r"^RHK (?:ke-|no\. )(\d+)")


def nip_text(nip: str) -> str:
    """ "19850315 201001 1 002" as printed, or the NIP as stored when it is not one."""
    try:
        return format_nip(nip)
    except NipError:
        return nip


def _short(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# -- shared with the evaluation editor ---------------------------------------------------------


def appraisal_changes(skp_ids: Collection[int]) -> Changes:
    """What an appraisal write changed, for the views that show appraisals (the list page
    re-reads its rows; the editors' own signals say the same to the page that opened them)."""
    return Changes(appraisals=frozenset(skp_ids))


def apply_read_only(root: QWidget) -> None:
    """Every input under ``root`` shown but not editable: texts stay selectable (to copy a
    NIP or an RHK) and look like labels, the other inputs are disabled."""
    for edit in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit):
        if isinstance(edit.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue  # the combo or spin box itself is disabled below
        edit.setReadOnly(True)
        palette = edit.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        edit.setPalette(palette)
    for kind in (QComboBox, QAbstractSpinBox, QRadioButton, QCheckBox):
        for widget in root.findChildren(kind):
            widget.setEnabled(False)


def ask_unsaved(parent: QWidget, title: str) -> QMessageBox.StandardButton:
    """Simpan / Buang / Batal for a form with unsaved changes (Qt's standard buttons, which
    the Indonesian Qt catalogue translates to exactly those words)."""
    return QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "SkpEditorDialog", "Ada perubahan yang belum disimpan. Simpan sekarang?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def if_alive(widget: QObject, fn: Callable[..., None]) -> Callable[..., None]:
    """``fn`` as a worker callback that does nothing once ``widget`` was deleted (a dialog
    closed while its read was still running)."""

    def call(*args: Any) -> None:
        if shiboken6.isValid(widget):
            fn(*args)

    return call


def plain_edit(field_name: str, lines: int = 3) -> QPlainTextEdit:
    """A multi-line input about ``lines`` lines high, capped at the field's length."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
    limit_input(edit, field_name)
    height = edit.fontMetrics().lineSpacing() * lines + 14
    edit.setFixedHeight(height)
    # Fixed vertically, or a form row around it grows and leaves the input floating in it.
    edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return edit


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` x ``height``, or less on a small screen (a 1366 x 768 office laptop)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * 0.96))
        height = min(height, int(available.height() * 0.92))
    window.resize(width, height)


# -- people -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Person:
    """Someone of the register as the form shows them."""

    employee_id: int
    nama: str
    nip: str = ""
    jabatan: str = ""
    unit: str = ""

    @classmethod
    def of_row(cls, row: EmployeeRow) -> Person:
        return cls(row.id, row.nama_lengkap, row.nip, row.jabatan, row.unit)

    def label(self) -> str:
        parts = [self.nama]
        if self.nip:
            parts.append(
                QCoreApplication.translate("SkpEditorDialog", "NIP {0}").format(nip_text(self.nip))
            )
        return " — ".join(parts)

    def detail(self) -> str:
        return " — ".join(p for p in (self.jabatan, self.unit) if p)


class EmployeeCompleter(QCompleter):
    """Find someone of the register while typing a name or NIP, without freezing: the search
    runs in SQL on the worker (EmployeeService.search_ids, then one page of rows), a keystroke
    only restarts a short timer, and an answer that arrives after a newer keystroke is
    dropped. Only the first SEARCH_LIMIT people are rendered."""

    personChosen = Signal(object)  # Person

    def __init__(
        self,
        edit: QLineEdit,
        employees: EmployeeService,
        runner: TaskRunner,
        *,
        exclude_id: int | None = None,
    ) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, edit)
        self.edit, self.employees, self.runner = edit, employees, runner
        self.exclude_id = exclude_id
        self._people: dict[str, Person] = {}
        self._generation = 0
        self.searches = 0  # answers received (for tests and the status of the popup)
        # Filtering already happened in SQL; show exactly what came back.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        edit.setCompleter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._search)
        edit.textEdited.connect(lambda _text: self._timer.start())
        self.activated[str].connect(self._chosen)  # type: ignore[index]

    def _search(self) -> None:
        text = self.edit.text().strip()
        if len(text) < SEARCH_MIN_CHARS:
            return
        self._generation += 1
        generation = self._generation
        employees, exclude = self.employees, self.exclude_id

        def work() -> list[Person]:
            from asn_desktop.services.employees import EmployeeQuery

            ids = [i for i in employees.search_ids(EmployeeQuery(search=text)) if i != exclude]
            ids = ids[:SEARCH_LIMIT]
            rows = employees.rows(ids)
            return [Person.of_row(rows[i]) for i in ids if i in rows]

        self.runner.run(work, if_alive(self, lambda found: self._show(generation, found)))

    def _label(self, person: Person) -> str:
        return " — ".join(p for p in (person.nama, person.nip, person.jabatan) if p)

    def _show(self, generation: int, people: list[Person]) -> None:
        if generation != self._generation:
            return
        self.searches += 1
        self._people = {self._label(p): p for p in people}
        self._model.setStringList(list(self._people))
        if people and self.edit.hasFocus():
            self.complete()

    def labels(self) -> list[str]:
        return self._model.stringList()

    def _chosen(self, label: str) -> None:
        person = self._people.get(label)
        if person is not None:
            self.personChosen.emit(person)

    def pathFromIndex(self, index):  # type: ignore[no-untyped-def]
        # The line edit keeps the bare name, not "name — NIP — position".
        person = self._people.get(str(index.data()))
        return person.nama if person is not None else super().pathFromIndex(index)


REGISTER, OUTSIDE_ASN, NON_ASN_MODE = range(3)


class PenilaiBox(QGroupBox):
    """The appraiser (or the appraiser's superior): someone of the register, found by name
    or NIP, or a person typed in (an ASN of another agency, or a non-ASN such as the mayor)."""

    changed = Signal()
    personChanged = Signal(object)  # employee id of the register person, or None

    def __init__(
        self,
        title: str,
        field_name: str,
        employees: EmployeeService,
        runner: TaskRunner,
        *,
        exclude_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.field_name = field_name
        self.person: Person | None = None
        self.setObjectName(f"{field_name}Box")

        self.modes = QButtonGroup(self)
        self.register_radio = QRadioButton(self.tr("Dari daftar pegawai"))
        self.outside_radio = QRadioButton(self.tr("ASN instansi lain"))
        self.non_asn_radio = QRadioButton(self.tr("Non-ASN"))
        modes_row = QHBoxLayout()
        for mode, radio in enumerate((self.register_radio, self.outside_radio, self.non_asn_radio)):
            self.modes.addButton(radio, mode)
            modes_row.addWidget(radio)
        modes_row.addStretch(1)
        self.register_radio.setChecked(True)

        # The register page: a search line, then who was chosen.
        self.search = QLineEdit()
        self.search.setObjectName(f"{field_name}Search")
        self.search.setPlaceholderText(self.tr("Ketik nama atau NIP (minimal 3 huruf)…"))
        self.search.setMaxLength(100)
        self.completer = EmployeeCompleter(self.search, employees, runner, exclude_id=exclude_id)
        self.completer.personChosen.connect(self._chosen)
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName(f"{field_name}Chosen")
        self.chosen_label.setWordWrap(True)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.clear_button = QPushButton(self.tr("Kosongkan"))
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self._clear)
        register_page = QWidget()
        register_layout = QVBoxLayout(register_page)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addWidget(self.search)
        chosen_row = QHBoxLayout()
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        register_layout.addLayout(chosen_row)

        # The page of a person typed in.
        self.nama = QLineEdit()
        self.nip = QLineEdit()
        self.pangkat = QLineEdit()
        self.jabatan = QLineEdit()
        self.unit = QLineEdit()
        manual_page = QWidget()
        self.manual_form = QFormLayout(manual_page)
        self.manual_form.setContentsMargins(0, 0, 0, 0)
        for name, label, edit in (
            ("nama", self.tr("Nama"), self.nama),
            ("nip", self.tr("NIP"), self.nip),
            ("pangkat", self.tr("Pangkat/gol. ruang"), self.pangkat),
            ("jabatan", self.tr("Jabatan"), self.jabatan),
            ("unit", self.tr("Unit kerja"), self.unit),
        ):
            edit.setObjectName(f"{field_name}_{name}")
            limit_input(edit, f"penilai_{name}")
            self.manual_form.addRow(label, edit)
            edit.textEdited.connect(lambda _t: self.changed.emit())
        self.stack = QStackedWidget()
        self.stack.addWidget(register_page)
        self.stack.addWidget(manual_page)

        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(modes_row)
        layout.addWidget(self.stack)
        layout.addWidget(self.error)
        self.modes.idToggled.connect(self._mode_toggled)
        self._show_person()

    # -- the value --------------------------------------------------------------------------

    def mode(self) -> int:
        return self.modes.checkedId()

    def set_mode(self, mode: int) -> None:
        button = self.modes.button(mode)
        if button is not None:
            button.setChecked(True)
        self._sync_mode()

    def _mode_toggled(self, _mode: int, checked: bool) -> None:
        if checked:
            self._sync_mode()
            self.changed.emit()
            self.personChanged.emit(self.person_id())

    def _sync_mode(self) -> None:
        mode = self.mode()
        self.stack.setCurrentIndex(0 if mode == REGISTER else 1)
        # A non-ASN has no NIP and no pangkat to print.
        for edit in (self.nip, self.pangkat):
            self.manual_form.setRowVisible(edit, mode == OUTSIDE_ASN)

    def person_id(self) -> int | None:
        if self.mode() == REGISTER and self.person is not None:
            return self.person.employee_id
        return None

    def value(self) -> PenilaiInput | None:
        from asn_desktop.services.appraisals import PenilaiInput

        mode = self.mode()
        if mode == REGISTER:
            return PenilaiInput(employee_id=self.person.employee_id) if self.person else None
        texts = [e.text().strip() for e in (self.nama, self.jabatan, self.unit)]
        if mode == OUTSIDE_ASN:
            texts += [self.nip.text().strip(), self.pangkat.text().strip()]
        if not any(texts):
            return None  # nothing typed: no appraiser yet
        if mode == NON_ASN_MODE:
            return PenilaiInput(
                None,
                "NON ASN",
                self.nama.text(),
                "",
                "",
                self.jabatan.text(),
                self.unit.text(),
            )
        return PenilaiInput(
            None,
            "ASN",
            self.nama.text(),
            self.nip.text(),
            self.pangkat.text(),
            self.jabatan.text(),
            self.unit.text(),
        )

    def set_value(self, record: PenilaiRecord | None, person: Person | None = None) -> None:
        """Show an appraiser as the SKP holds them (``person``: a register person whose record
        is only an id, such as a proposal)."""
        self.blockSignals(True)
        for edit in (self.nama, self.nip, self.pangkat, self.jabatan, self.unit, self.search):
            edit.clear()
        self.person = None
        if record is None and person is None:
            self.set_mode(REGISTER)
        elif person is not None:
            self.person = person
            self.set_mode(REGISTER)
        elif record is not None and record.employee_id is not None:
            self.person = Person(
                record.employee_id, record.nama, record.nip, record.jabatan, record.unit
            )
            self.set_mode(REGISTER)
        elif record is not None:
            self.set_mode(NON_ASN_MODE if record.status == "NON ASN" else OUTSIDE_ASN)
            self.nama.setText(record.nama)
            self.nip.setText(record.nip)
            self.pangkat.setText(record.pangkat)
            self.jabatan.setText(record.jabatan)
            self.unit.setText(record.unit)
        self._show_person()
        self.blockSignals(False)

    def _chosen(self, person: Person) -> None:
        self.person = person
        self.search.clear()
        self._show_person()
        self.set_problem(None)
        self.changed.emit()
        self.personChanged.emit(person.employee_id)

    def _clear(self) -> None:
        self.person = None
        self.search.clear()
        self._show_person()
        self.changed.emit()
        self.personChanged.emit(None)

    def _show_person(self) -> None:
        if self.person is None:
            self.chosen_label.setText(self.tr("Belum dipilih."))
            self.clear_button.setEnabled(False)
            return
        detail = self.person.detail()
        self.chosen_label.setText(
            f"<b>{_escape(self.person.label())}</b>" + (f"<br>{_escape(detail)}" if detail else "")
        )
        self.clear_button.setEnabled(True)

    def set_problem(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))

    def problem(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def make_read_only(self) -> None:
        self.search.hide()
        self.clear_button.hide()
        apply_read_only(self)


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(HINT_STYLE)
    return label


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- the RHK ------------------------------------------------------------------------------------


@dataclass(eq=False)
class _Indikator:
    indikator: str = ""
    target: str = ""
    aspek: str = "kuantitas"
    id: int | None = None
    problems: dict[str, str] = field(default_factory=dict)


@dataclass(eq=False)
class _Rhk:
    """One RHK as the form holds it (the widgets write into it as the user types)."""

    jenis: str
    rhk: str = ""
    rhk_atasan_id: int | None = None
    rhk_atasan: str = ""
    indikator: list[_Indikator] = field(default_factory=list)
    id: int | None = None
    problems: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of_record(cls, record: RhkRecord) -> _Rhk:
        return cls(
            record.jenis,
            record.rhk,
            record.rhk_atasan_id,
            record.rhk_atasan,
            [_Indikator(i.indikator, i.target, i.aspek, i.id) for i in record.indikator],
            record.id,
        )

    def has_problems(self) -> bool:
        return bool(self.problems) or any(i.problems for i in self.indikator)


class IndikatorRow(QFrame):
    """Aspek, indikator and target of one indicator, with its problem below."""

    removeRequested = Signal(object)  # the row

    def __init__(self, item: _Indikator, number: int, on_change: Callable[[], None]) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("indikatorRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.number = QLabel(f"{number}.")
        self.aspek = QComboBox()
        for value, label in ASPEK_LABELS:
            self.aspek.addItem(QCoreApplication.translate("IndikatorRow", str(label)), value)
        self.aspek.setCurrentIndex(max(self.aspek.findData(item.aspek), 0))
        self.indikator = plain_edit("indikator", 2)
        self.indikator.setObjectName("indikatorText")
        self.indikator.setPlaceholderText(self.tr("Indikator kinerja individu"))
        self.indikator.setPlainText(item.indikator)
        self.target = QLineEdit(item.target)
        self.target.setObjectName("indikatorTarget")
        self.target.setPlaceholderText(self.tr("Target, mis. 12 laporan"))
        limit_input(self.target, "target")
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Hapus"))
        self.remove_button.setToolTip(self.tr("Hapus indikator ini"))
        self.remove_button.clicked.connect(lambda: self.removeRequested.emit(self))
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)

        # Each input says what it is: once filled, a placeholder no longer does.
        left = QVBoxLayout()
        left.addWidget(_caption(self.tr("Aspek")))
        left.addWidget(self.aspek)
        left.addStretch(1)
        middle = QVBoxLayout()
        middle.addWidget(_caption(self.tr("Indikator kinerja individu")))
        middle.addWidget(self.indikator)
        middle.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(_caption(self.tr("Target")))
        right.addWidget(self.target)
        right.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignRight)
        right.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.number, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(left)
        row.addLayout(middle, 3)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.show_problems()

        def aspek_changed(_index: int) -> None:
            item.aspek = str(self.aspek.currentData())
            on_change()

        def indikator_changed() -> None:
            item.indikator = self.indikator.toPlainText()
            on_change()

        def target_changed(text: str) -> None:
            item.target = text
            on_change()

        self.aspek.currentIndexChanged.connect(aspek_changed)
        self.indikator.textChanged.connect(indikator_changed)
        self.target.textChanged.connect(target_changed)

    def show_problems(self) -> None:
        messages = list(dict.fromkeys(self.item.problems.values()))
        self.error.setText("\n".join(messages))
        self.error.setVisible(bool(messages))
        self.indikator.setStyleSheet(
            "border: 1px solid #b00020;" if "indikator" in self.item.problems else ""
        )
        self.target.setStyleSheet(
            "border: 1px solid #b00020;" if "target" in self.item.problems else ""
        )


class RhkDetail(QWidget):
    """The chosen RHK: its text, the superior's RHK it supports, its indicators."""

    changed = Signal()  # anything typed
    textChanged = Signal()  # the RHK's own text (the tree shows it)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: _Rhk | None = None
        self.read_only = False
        self.options: list[RhkRecord] = []
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.rhk_text = plain_edit("rhk", 4)
        self.rhk_text.setObjectName("rhkText")
        self.rhk_text.setPlaceholderText(self.tr("Rencana hasil kerja, mis. Tersusunnya laporan…"))
        self.rhk_row = FieldRow(self.rhk_text)
        self.atasan = QComboBox()
        self.atasan.setObjectName("rhkAtasan")
        self.atasan.setEditable(True)
        self.atasan.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.atasan.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.atasan.setMinimumContentsLength(30)
        self.atasan.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.atasan.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        line = self.atasan.lineEdit()
        assert line is not None
        line.setMaxLength(TEXT_FIELDS["rhk_atasan"].form_max_length)
        line.setPlaceholderText(self.tr("Pilih RHK pejabat penilai, atau ketik"))
        self.atasan_row = FieldRow(self.atasan)
        self.atasan_hint = QLabel()
        self.atasan_hint.setWordWrap(True)
        self.atasan_hint.setStyleSheet(HINT_STYLE)

        self.indikator_error = QLabel()
        self.indikator_error.setStyleSheet(ERROR_STYLE)
        self.indikator_error.setWordWrap(True)
        self.indikator_error.hide()
        self.indikator_box = QVBoxLayout()
        self.indikator_box.setSpacing(6)
        self.add_indikator_button = QPushButton(self.tr("Tambah indikator"))
        self.add_indikator_button.setObjectName("addIndikator")
        self.add_indikator_button.setAutoDefault(False)
        self.add_indikator_button.clicked.connect(self.add_indikator)
        self.rows: list[IndikatorRow] = []

        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Rencana hasil kerja"), self.rhk_row)
        atasan_box = QWidget()
        atasan_layout = QVBoxLayout(atasan_box)
        atasan_layout.setContentsMargins(0, 0, 0, 0)
        atasan_layout.addWidget(self.atasan_row)
        atasan_layout.addWidget(self.atasan_hint)
        form.addRow(self.tr("RHK atasan yang\ndiintervensi"), atasan_box)
        indikator_title = QLabel(self.tr("Indikator kinerja individu"))
        indikator_title.setFont(self.title.font())
        indikator_list = QWidget()
        indikator_layout = QVBoxLayout(indikator_list)
        indikator_layout.setContentsMargins(0, 0, 0, 0)
        indikator_layout.addWidget(self.indikator_error)
        indikator_layout.addLayout(self.indikator_box)
        indikator_layout.addWidget(self.add_indikator_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.placeholder = QLabel(
            self.tr("Pilih sebuah RHK di sebelah kiri, atau tambahkan RHK baru.")
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.title)
        body_layout.addWidget(self.form)
        body_layout.addWidget(indikator_title)
        body_layout.addWidget(indikator_list)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(scroll)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self.rhk_text.textChanged.connect(self._rhk_typed)
        self.atasan.activated.connect(self._atasan_chosen)
        line.textEdited.connect(self._atasan_typed)

    # -- options of the superior's RHK --------------------------------------------------------

    def set_options(self, options: Iterable[RhkRecord], penilai_known: bool) -> None:
        self.options = list(options)
        if not penilai_known:
            hint = self.tr("Pejabat penilai belum dipilih dari daftar pegawai: ketik RHK-nya.")
        elif not self.options:
            hint = self.tr(
                "Pejabat penilai belum memiliki SKP tahun ini: ketik RHK yang diintervensi."
            )
        else:
            hint = ""
        self.atasan_hint.setText(hint)
        self.atasan_hint.setVisible(bool(hint))
        self._fill_atasan()

    def _fill_atasan(self) -> None:
        self.atasan.blockSignals(True)
        self.atasan.clear()
        self.atasan.addItem(self.tr("(tidak ada)"), None)
        for option in self.options:
            self.atasan.addItem(" ".join(option.rhk.split()), option.id)
            self.atasan.setItemData(
                self.atasan.count() - 1, option.rhk, Qt.ItemDataRole.ToolTipRole
            )
        item = self.item
        if item is not None:
            index = self.atasan.findData(item.rhk_atasan_id) if item.rhk_atasan_id else -1
            if index > 0:
                self.atasan.setCurrentIndex(index)
            elif item.rhk_atasan:
                self.atasan.setCurrentIndex(-1)
                self.atasan.setEditText(item.rhk_atasan)
            else:
                self.atasan.setCurrentIndex(0)
        self._show_atasan_start()
        self.atasan.blockSignals(False)

    def _show_atasan_start(self) -> None:
        """A long RHK shows its beginning (not its end), and all of it as a tooltip."""
        line = self.atasan.lineEdit()
        if line is not None:
            line.setCursorPosition(0)
        self.atasan.setToolTip(self.atasan.currentText())

    def _atasan_chosen(self, index: int) -> None:
        if self.item is None:
            return
        option_id = self.atasan.itemData(index)
        if option_id is None:
            self.item.rhk_atasan_id, self.item.rhk_atasan = None, ""
            self.atasan.setEditText("")
        else:
            chosen = next((o for o in self.options if o.id == option_id), None)
            self.item.rhk_atasan_id = option_id
            self.item.rhk_atasan = chosen.rhk if chosen is not None else ""
        self._show_atasan_start()
        self.changed.emit()

    def _atasan_typed(self, text: str) -> None:
        if self.item is None:
            return
        # Typed text is a superior's RHK outside the program (or from last year's copy).
        self.item.rhk_atasan_id, self.item.rhk_atasan = None, text
        self.changed.emit()

    # -- the RHK shown ----------------------------------------------------------------------

    def bind(self, item: _Rhk | None, title: str = "") -> None:
        self.item = None  # while the widgets are filled, nothing writes back
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        if item is None:
            self.stack.setCurrentIndex(0)
            return
        self.title.setText(title)
        self.rhk_text.blockSignals(True)
        self.rhk_text.setPlainText(item.rhk)
        self.rhk_text.blockSignals(False)
        self.item = item
        self._fill_atasan()
        for number, indikator in enumerate(item.indikator, start=1):
            self._add_row(indikator, number)
        self.stack.setCurrentIndex(1)
        self.show_problems()
        if self.read_only:
            self._apply_read_only()

    def _add_row(self, indikator: _Indikator, number: int) -> IndikatorRow:
        row = IndikatorRow(indikator, number, self.changed.emit)
        row.removeRequested.connect(self._remove_row)
        self.indikator_box.addWidget(row)
        self.rows.append(row)
        return row

    def add_indikator(self) -> IndikatorRow | None:
        if self.item is None or self.read_only:
            return None
        indikator = _Indikator()
        self.item.indikator.append(indikator)
        row = self._add_row(indikator, len(self.item.indikator))
        row.indikator.setFocus()
        self.changed.emit()
        return row

    def _remove_row(self, row: IndikatorRow) -> None:
        if self.item is None or self.read_only:
            return
        self.item.indikator.remove(row.item)
        self.bind(self.item, self.title.text())
        self.changed.emit()

    def _rhk_typed(self) -> None:
        if self.item is None:
            return
        self.item.rhk = self.rhk_text.toPlainText()
        self.changed.emit()
        self.textChanged.emit()

    def show_problems(self) -> None:
        item = self.item
        if item is None:
            return
        self.rhk_row.set_problem(item.problems.get("rhk"))
        self.atasan_row.set_problem(item.problems.get("rhk_atasan"))
        general = item.problems.get("indikator")
        self.indikator_error.setText(general or "")
        self.indikator_error.setVisible(bool(general))
        for row in self.rows:
            row.show_problems()

    def set_read_only(self) -> None:
        self.read_only = True
        self.add_indikator_button.hide()
        self._apply_read_only()

    def _apply_read_only(self) -> None:
        apply_read_only(self)
        for row in self.rows:
            row.remove_button.hide()


class RhkPanel(QWidget):
    """The RHK of the SKP grouped Utama / Tambahan: add, remove, move, and the chosen one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.read_only = False
        self.rhk: dict[str, list[_Rhk]] = {"utama": [], "tambahan": []}
        self.tree = QTreeWidget()
        self.tree.setObjectName("rhkTree")
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setWordWrap(True)
        self.tree.setMinimumWidth(260)
        self.groups = {
            "utama": QTreeWidgetItem(self.tree),
            "tambahan": QTreeWidgetItem(self.tree),
        }
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for group in self.groups.values():
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setExpanded(True)
        self.detail = RhkDetail()
        self.detail.changed.connect(self.changed.emit)
        self.detail.textChanged.connect(self._text_changed)

        self.add_utama = QPushButton(self.tr("Tambah RHK utama"))
        self.add_utama.setObjectName("addUtama")
        self.add_tambahan = QPushButton(self.tr("Tambah RHK tambahan"))
        self.add_tambahan.setObjectName("addTambahan")
        self.up_button = QPushButton(self.tr("Naik"))
        self.down_button = QPushButton(self.tr("Turun"))
        self.move_button = QPushButton(self.tr("Pindah ke tambahan"))
        self.remove_button = QPushButton(self.tr("Hapus RHK"))
        self.edit_buttons = (
            self.add_utama,
            self.add_tambahan,
            self.up_button,
            self.down_button,
            self.move_button,
            self.remove_button,
        )
        for button in self.edit_buttons:
            button.setAutoDefault(False)
        self.add_utama.clicked.connect(lambda: self.add("utama"))
        self.add_tambahan.clicked.connect(lambda: self.add("tambahan"))
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.move_button.clicked.connect(self.switch_jenis)
        self.remove_button.clicked.connect(self.remove_current)

        buttons = QVBoxLayout()
        adds = QHBoxLayout()
        adds.addWidget(self.add_utama)
        adds.addWidget(self.add_tambahan)
        moves = QHBoxLayout()
        moves.addWidget(self.up_button)
        moves.addWidget(self.down_button)
        moves.addWidget(self.move_button)
        buttons.addLayout(adds)
        buttons.addLayout(moves)
        buttons.addWidget(self.remove_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([360, 680])  # room for the RHK's names on the left
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.tree.currentItemChanged.connect(lambda *_a: self._current_changed())
        self.rebuild()

    # -- content ------------------------------------------------------------------------------

    def set_rhk(self, records: Iterable[RhkRecord]) -> None:
        self.rhk = {"utama": [], "tambahan": []}
        for record in records:
            self.rhk.setdefault(record.jenis, []).append(_Rhk.of_record(record))
        self.rebuild()

    def ordered(self) -> list[_Rhk]:
        """Utama first, then tambahan: the order the SKP is saved (and numbered) in."""
        return self.rhk["utama"] + self.rhk["tambahan"]

    def current(self) -> _Rhk | None:
        item = self.tree.currentItem()
        found = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not isinstance(found, tuple):
            return None
        jenis, index = found
        items = self.rhk[jenis]
        return items[index] if 0 <= index < len(items) else None

    def select(self, rhk: _Rhk) -> None:
        index = self.rhk[rhk.jenis].index(rhk)
        child = self.groups[rhk.jenis].child(index)
        if child is not None:
            self.tree.setCurrentItem(child)

    def _label(self, rhk: _Rhk, number: int) -> str:
        text = _short(rhk.rhk, 80) if rhk.rhk.strip() else self.tr("(belum diisi)")
        return f"{number}. {text}"

    def rebuild(self) -> None:
        """The tree from self.rhk, keeping the chosen RHK chosen."""
        current = self.current()
        self.tree.blockSignals(True)
        titles = {
            "utama": self.tr("RHK Utama ({0})"),
            "tambahan": self.tr("RHK Tambahan ({0})"),
        }
        red = QBrush(QColor("#b00020"))
        for jenis, group in self.groups.items():
            group.takeChildren()
            items = self.rhk[jenis]
            group.setText(0, titles[jenis].format(len(items)))
            for index, rhk in enumerate(items):
                child = QTreeWidgetItem(group, [self._label(rhk, index + 1)])
                child.setData(0, Qt.ItemDataRole.UserRole, (jenis, index))
                child.setToolTip(0, rhk.rhk)
                if rhk.has_problems():
                    child.setForeground(0, red)
                    child.setToolTip(0, self.tr("Ada isian yang perlu diperbaiki."))
            group.setExpanded(True)
        self.tree.blockSignals(False)
        if current is not None and current in self.rhk.get(current.jenis, []):
            self.select(current)
        self._current_changed()

    def _current_changed(self) -> None:
        rhk = self.current()
        if rhk is not self.detail.item:
            title = ""
            if rhk is not None:
                number = self.rhk[rhk.jenis].index(rhk) + 1
                utama = rhk.jenis == "utama"
                title = (self.tr("RHK Utama {0}") if utama else self.tr("RHK Tambahan {0}")).format(
                    number
                )
            self.detail.bind(rhk, title)
        self._update_buttons()

    def _update_buttons(self) -> None:
        rhk = self.current()
        chosen = rhk is not None and not self.read_only
        self.remove_button.setEnabled(chosen)
        self.move_button.setEnabled(chosen)
        if rhk is not None:
            index = self.rhk[rhk.jenis].index(rhk)
            self.up_button.setEnabled(chosen and index > 0)
            self.down_button.setEnabled(chosen and index < len(self.rhk[rhk.jenis]) - 1)
            utama = rhk.jenis == "utama"
            self.move_button.setText(
                self.tr("Pindah ke tambahan") if utama else self.tr("Pindah ke utama")
            )
        else:
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)

    def _text_changed(self) -> None:
        rhk = self.current()
        item = self.tree.currentItem()
        if rhk is not None and item is not None:
            item.setText(0, self._label(rhk, self.rhk[rhk.jenis].index(rhk) + 1))
            item.setToolTip(0, rhk.rhk)

    # -- editing ------------------------------------------------------------------------------

    def add(self, jenis: str) -> _Rhk | None:
        if self.read_only:
            return None
        # A new RHK starts with one (empty) indicator: every RHK needs at least one.
        rhk = _Rhk(jenis, indikator=[_Indikator()])
        self.rhk[jenis].append(rhk)
        self.rebuild()
        self.select(rhk)
        self.detail.rhk_text.setFocus()
        self.changed.emit()
        return rhk

    def move_current(self, step: int) -> None:
        rhk = self.current()
        if rhk is None or self.read_only:
            return
        items = self.rhk[rhk.jenis]
        index = items.index(rhk)
        target = index + step
        if not 0 <= target < len(items):
            return
        items[index], items[target] = items[target], items[index]
        self.rebuild()
        self.select(rhk)
        self.changed.emit()

    def switch_jenis(self) -> None:
        rhk = self.current()
        if rhk is None or self.read_only:
            return
        self.rhk[rhk.jenis].remove(rhk)
        rhk.jenis = "tambahan" if rhk.jenis == "utama" else "utama"
        self.rhk[rhk.jenis].append(rhk)
        self.detail.item = None  # its title (number, group) changes
        self.rebuild()
        self.select(rhk)
        self.changed.emit()

    def remove_current(self) -> None:
        rhk = self.current()
        if rhk is None or self.read_only:
            return
        if rhk.id is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Hapus RHK"),
                self.tr(
                    "Hapus RHK \u201c{0}\u201d? Realisasi dan umpan balik evaluasinya ikut "
                    "terhapus saat SKP disimpan."
                ).format(_short(rhk.rhk, 60)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        items = self.rhk[rhk.jenis]
        index = items.index(rhk)
        items.remove(rhk)
        self.detail.item = None
        self.rebuild()
        if items:
            self.select(items[min(index, len(items) - 1)])
        self.changed.emit()

    def show_problems(self) -> None:
        self.rebuild()
        self.detail.show_problems()

    def first_with_problems(self) -> _Rhk | None:
        return next((r for r in self.ordered() if r.has_problems()), None)

    def set_read_only(self) -> None:
        self.read_only = True
        for button in self.edit_buttons:
            button.hide()
        self.detail.set_read_only()


# -- the dialog ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkpState:
    """What the dialog shows, read in the worker: the SKP (None for a new one) and what a new
    one starts from."""

    employee: Person
    record: SkpRecord | None
    proposed: tuple[Person | None, Person | None] = (None, None)
    previous_year: int | None = None
    rhk_options: tuple[RhkRecord, ...] = ()


def _person(employees: EmployeeService, employee_id: int | None) -> Person | None:
    if employee_id is None:
        return None
    rows = employees.rows([employee_id])
    return Person.of_row(rows[employee_id]) if employee_id in rows else None


def load_skp_state(
    service: AppraisalService,
    employees: EmployeeService,
    *,
    skp_id: int | None,
    employee_id: int | None,
    tahun: int | None,
) -> SkpState:
    """In the worker: the SKP by id, or the SKP of the employee's year, else what a new one
    starts with (the proposed appraisers, the latest earlier SKP to copy)."""
    from asn_desktop.services.errors import NotFound

    record = service.skp(skp_id) if skp_id is not None else None
    if record is None:
        assert employee_id is not None and tahun is not None
        record = service.skp_of(employee_id, tahun)
    if record is not None:
        employee = _person(employees, record.employee_id)
        penilai_id = record.penilai.employee_id if record.penilai else None
        options = service.rhk_penilai(penilai_id, record.tahun) if penilai_id else []
        return SkpState(
            employee or Person(record.employee_id, record.employee_label),
            record,
            rhk_options=tuple(options),
        )
    assert employee_id is not None and tahun is not None
    employee = _person(employees, employee_id)
    if employee is None:
        raise NotFound("Pegawai tidak ditemukan (mungkin sudah dihapus).")
    penilai, atasan = service.propose_penilai(employee_id)
    proposed = (
        _person(employees, penilai.employee_id if penilai else None),
        _person(employees, atasan.employee_id if atasan else None),
    )
    previous = next(
        (
            year
            for year in range(tahun - 1, tahun - 1 - PREVIOUS_YEARS, -1)
            if service.skp_of(employee_id, year) is not None
        ),
        None,
    )
    options = service.rhk_penilai(proposed[0].employee_id, tahun) if proposed[0] is not None else []
    return SkpState(employee, None, proposed, previous, tuple(options))


def _default_jenis_periode(tahun: int) -> str:
    from asn_desktop.domain import PolicyError

    try:
        return str(default_policy("periode_penilaian").at(date(tahun, 1, 1)).values["jenis"])
    except (PolicyError, KeyError):  # a year before the table: the common quarterly ones
        return "triwulan"


class SkpEditorDialog(QDialog):
    """Create or change the SKP of one employee and year (see the module docstring)."""

    saved = Signal(int)  # the SKP's id, after every save (and after a copy of last year's)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        skp_id: int | None = None,
        employee_id: int | None = None,
        tahun: int | None = None,
    ) -> None:
        super().__init__(parent)
        if skp_id is None and (employee_id is None or tahun is None):
            raise ValueError("open_skp_editor needs skp_id, or employee_id and tahun")
        from asn_desktop.services.appraisals import AppraisalService
        from asn_desktop.services.employees import EmployeeService

        self.db, self.runner = db, runner
        self.service = AppraisalService(db)
        self.employees = EmployeeService(db)
        self.skp_id, self.employee_id, self.tahun = skp_id, employee_id, tahun
        self.revision = 0
        self.state: SkpState | None = None
        self.loaded = False
        self.operation: Operation[Any] | None = None
        self._clean: SkpDraft | None = None
        # Why this user may not change the SKP (a viewer), or None; the year's final
        # evaluation makes it read-only too (set when loaded).
        self.denied = denial_text(db.user, Permission.EDIT)
        self.read_only: str | None = self.denied
        self._filling = False  # populate() is filling the form: no "modified" yet
        self.setObjectName("skpEditor")
        self._title = self.tr("SKP")
        self._set_title()

        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyPrevious")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy_previous)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.copy_button)
        self.banner.hide()

        self.tabs = QTabWidget()
        self.general_page = self._general_page()
        self.tabs.addTab(self.general_page, self.tr("Umum dan penilai"))
        self.rhk_panel = RhkPanel()
        self.rhk_panel.changed.connect(self._edited)
        self.tabs.addTab(self.rhk_panel, self.tr("Rencana hasil kerja"))
        self.perilaku_page = QScrollArea()
        self.perilaku_page.setWidgetResizable(True)
        self.perilaku_page.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(self.perilaku_page, self.tr("Perilaku kerja (BerAKHLAK)"))
        self.ekspektasi: dict[str, QPlainTextEdit] = {}
        self.ekspektasi_rows: dict[str, FieldRow] = {}

        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        self.print_button = QPushButton(self.tr("Cetak rencana SKP…"))
        self.print_button.setObjectName("printSkp")
        self.print_button.setAutoDefault(False)
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.print_plan)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_button: QPushButton | None = self.buttons.button(
            QDialogButtonBox.StandardButton.Save
        )
        for button in self.buttons.buttons():
            button.setEnabled(False)  # until the SKP has been read
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.tabs.setEnabled(False)
        fit_to_screen(self, 1080, 740)
        self._say(self.tr("Membaca SKP…"), NOTE_STYLE)
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _general_page(self) -> QWidget:
        page = QWidget()
        self.pegawai_label = QLabel()
        self.pegawai_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pegawai_label.setWordWrap(True)
        self.tahun_edit = QSpinBox()
        self.tahun_edit.setObjectName("tahun")
        self.tahun_edit.setRange(2000, date.today().year + 1)
        self.tahun_edit.setValue(self.tahun or date.today().year)
        self.tahun_row = FieldRow(self.tahun_edit)
        self.skema = QComboBox()
        self.skema.setObjectName("skema")
        for skema in Skema:
            self.skema.addItem(terjemahkan(skema.label), skema.value)
        self.skema_row = FieldRow(self.skema)
        self.jenis_periode = QComboBox()
        self.jenis_periode.setObjectName("jenisPeriode")
        for jenis in JENIS_PERIODE:
            self.jenis_periode.addItem(
                QCoreApplication.translate(CONTEXT, str(PERIODE_LABELS.get(jenis, jenis))), jenis
            )
        self.jenis_row = FieldRow(self.jenis_periode)
        exclude = self.employee_id
        self.penilai_box = PenilaiBox(
            self.tr("Pejabat Penilai Kinerja"),
            "penilai",
            self.employees,
            self.runner,
            exclude_id=exclude,
        )
        self.atasan_box = PenilaiBox(
            self.tr("Atasan Pejabat Penilai Kinerja"),
            "atasan",
            self.employees,
            self.runner,
            exclude_id=exclude,
        )
        for box in (self.penilai_box, self.atasan_box):
            box.changed.connect(self._edited)
        self.penilai_box.personChanged.connect(self._penilai_changed)
        self.tahun_edit.valueChanged.connect(self._year_changed)
        self.skema.currentIndexChanged.connect(lambda _i: self._edited())
        self.jenis_periode.currentIndexChanged.connect(lambda _i: self._edited())

        # The year and the two choices are short: full width would only make them harder to
        # read against their labels.
        self.tahun_edit.setMaximumWidth(120)
        self.skema.setMaximumWidth(320)
        self.jenis_periode.setMaximumWidth(320)
        form = QFormLayout()
        form.addRow(self.tr("Pegawai yang dinilai"), self.pegawai_label)
        form.addRow(self.tr("Tahun"), self.tahun_row)
        form.addRow(self.tr("Skema penilaian"), self.skema_row)
        form.addRow(self.tr("Periode evaluasi"), self.jenis_row)
        people = QHBoxLayout()
        people.addWidget(self.penilai_box, 1)
        people.addWidget(self.atasan_box, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(people)
        layout.addStretch(1)
        return page

    def _build_perilaku(self, tahun: int) -> None:
        body = QWidget()
        form = QFormLayout(body)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.ekspektasi, self.ekspektasi_rows = {}, {}
        intro = QLabel(
            self.tr(
                "Ekspektasi khusus pimpinan untuk setiap nilai dasar BerAKHLAK (boleh dikosongkan)."
            )
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        for nilai in nilai_dasar(on=date(tahun, 12, 31)):
            name = QLabel(f"<b>{_escape(nilai.nama)}</b>")
            name.setToolTip("\n".join(f"• {u}" for u in nilai.uraian))
            uraian = QLabel("; ".join(nilai.uraian))
            uraian.setWordWrap(True)
            uraian.setStyleSheet(HINT_STYLE)
            edit = plain_edit("ekspektasi", 2)
            edit.setObjectName(f"ekspektasi_{nilai.kode}")
            edit.setPlaceholderText(self.tr("Ekspektasi khusus pimpinan"))
            edit.textChanged.connect(self._edited)
            row = FieldRow(edit)
            box = QWidget()
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(0, 0, 0, 0)
            box_layout.setSpacing(2)
            box_layout.addWidget(uraian)
            box_layout.addWidget(row)
            label = QWidget()
            label_layout = QVBoxLayout(label)
            label_layout.setContentsMargins(0, 4, 0, 0)
            label_layout.addWidget(name)
            label.setMinimumWidth(170)
            form.addRow(label, box)
            self.ekspektasi[nilai.kode] = edit
            self.ekspektasi_rows[nilai.kode] = row
        self.perilaku_page.setWidget(body)

    # -- reading ------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the SKP (or what a new one starts from) in the worker, then fill the form."""
        service, employees = self.service, self.employees
        skp_id, employee_id, tahun = self.skp_id, self.employee_id, self.tahun

        def work() -> SkpState:
            return load_skp_state(
                service, employees, skp_id=skp_id, employee_id=employee_id, tahun=tahun
            )

        self.runner.run(work, if_alive(self, self._loaded), if_alive(self, self._load_failed))

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

    def _loaded(self, state: SkpState) -> None:
        self.populate(state)
        self.loaded = True

    def populate(self, state: SkpState) -> None:
        """Fill the form from ``state`` (a first read, or the SKP as saved)."""
        self.state = state
        record = state.record
        kept = self.rhk_panel.current()
        kept_place = (kept.jenis, self.rhk_panel.rhk[kept.jenis].index(kept)) if kept else None
        self._filling = True
        try:
            self.employee_id = state.employee.employee_id
            for box in (self.penilai_box, self.atasan_box):
                # Known only now when opened by SKP id: nobody appraises himself.
                box.completer.exclude_id = self.employee_id
            self.pegawai_label.setText(
                f"<b>{_escape(state.employee.label())}</b>"
                + (f"<br>{_escape(state.employee.detail())}" if state.employee.detail() else "")
            )
            tahun = record.tahun if record is not None else (self.tahun or date.today().year)
            self.tahun = tahun
            self.tahun_edit.blockSignals(True)
            self.tahun_edit.setValue(tahun)
            self.tahun_edit.blockSignals(False)
            self.tahun_edit.setEnabled(record is None)
            if record is not None:
                self.skp_id, self.revision = record.id, record.revision
                self._set_combo(self.skema, record.skema)
                self._set_combo(self.jenis_periode, record.jenis_periode)
                self.penilai_box.set_value(record.penilai)
                self.atasan_box.set_value(record.atasan)
                self.rhk_panel.set_rhk(record.rhk)
                ekspektasi: Mapping[str, str] = record.ekspektasi
                # Periods already evaluated would be orphaned by another period type.
                periodic = [e for e in record.evaluasi if e.periode != "akhir"]
                self.jenis_periode.setEnabled(not periodic)
                self.jenis_periode.setToolTip(
                    self.tr("Sudah ada evaluasi periodik; jenis periode tidak dapat diubah.")
                    if periodic
                    else ""
                )
                self.banner.hide()
            else:
                self._set_combo(self.skema, Skema.PERMENPANRB_6_2022.value)
                self._set_combo(self.jenis_periode, _default_jenis_periode(tahun))
                penilai, atasan = state.proposed
                self.penilai_box.set_value(None, penilai)
                self.atasan_box.set_value(None, atasan)
                self.rhk_panel.set_rhk(())
                ekspektasi = {}
                self._show_banner(state)
            self._build_perilaku(tahun)
            for kode, edit in self.ekspektasi.items():
                edit.blockSignals(True)
                edit.setPlainText(ekspektasi.get(kode, ""))
                edit.blockSignals(False)
            self._set_options(state.rhk_options)
        finally:
            self._filling = False
        if kept_place is not None:
            items = self.rhk_panel.rhk[kept_place[0]]
            if kept_place[1] < len(items):
                self.rhk_panel.select(items[kept_place[1]])
        elif self.rhk_panel.ordered():
            self.rhk_panel.select(self.rhk_panel.ordered()[0])
        self._title = (
            self.tr("SKP {0} — {1}").format(tahun, state.employee.nama)
            if record is not None
            else self.tr("SKP baru {0} — {1}").format(tahun, state.employee.nama)
        )
        self._set_title()
        self.tabs.setEnabled(True)
        for button in self.buttons.buttons():
            button.setEnabled(True)
        self.print_button.setEnabled(record is not None)
        self._clean = self.draft()
        if self.summary.text() == self.tr("Membaca SKP…"):
            self.summary.hide()
        final = record is not None and any(
            e.periode == "akhir" and e.status == "final" for e in record.evaluasi
        )
        if self.read_only is None and final:
            self.read_only = self.tr(
                "Evaluasi akhir SKP {0} sudah final; SKP tidak dapat diubah lagi. Buka kembali "
                "evaluasi akhirnya dengan alasan bila SKP harus dikoreksi."
            ).format(tahun)
        if self.read_only:
            self._make_read_only(self.read_only)

    def _show_banner(self, state: SkpState, *, taken: bool = False) -> None:
        nama = state.employee.nama
        tahun = self.tahun
        lines = [self.tr("{0} belum memiliki SKP tahun {1}.").format(nama, tahun)]
        if taken:
            lines = [
                self.tr(
                    "{0} sudah memiliki SKP tahun {1}: tutup lalu buka SKP itu, atau pilih tahun "
                    "lain."
                ).format(nama, tahun)
            ]
            self.copy_button.hide()
        elif state.previous_year is not None:
            lines.append(
                self.tr(
                    "Salin SKP tahun {0} (RHK, indikator, target dan ekspektasi), atau isi "
                    "rencana baru di bawah."
                ).format(state.previous_year)
            )
            self.copy_button.setText(self.tr("Salin SKP tahun {0}").format(state.previous_year))
            self.copy_button.show()
        else:
            lines.append(self.tr("Belum ada SKP tahun sebelumnya untuk disalin; isi rencana baru."))
            self.copy_button.hide()
        if state.proposed[0] is not None:
            lines.append(self.tr("Pejabat penilai diusulkan dari struktur unit kerja; periksa."))
        else:
            lines.append(
                self.tr(
                    "Pejabat penilai tidak ditemukan di struktur unit kerja: pilih dari daftar "
                    "pegawai, atau isi sebagai ASN instansi lain / non-ASN."
                )
            )
        self.banner_text.setText("\n".join(lines))
        self.banner.setVisible(True)
        if self.read_only:
            self.copy_button.hide()

    @staticmethod
    def _set_combo(combo: QComboBox, value: str) -> None:
        combo.blockSignals(True)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        combo.blockSignals(False)

    def _set_options(self, options: Iterable[RhkRecord]) -> None:
        self.rhk_panel.detail.set_options(options, self.penilai_box.person_id() is not None)

    def _penilai_changed(self, penilai_id: int | None) -> None:
        """The appraiser's own RHK of the year, to link the RHK to (read in the worker)."""
        if penilai_id is None:
            self._set_options(())
            return
        service, tahun = self.service, self.tahun_edit.value()

        def show(options: list[RhkRecord]) -> None:
            if self.penilai_box.person_id() == penilai_id:
                self._set_options(options)

        self.runner.run(
            lambda: service.rhk_penilai(penilai_id, tahun),
            if_alive(self, show),
            if_alive(self, lambda _exc, _trace: self._set_options(())),
        )

    def _year_changed(self, tahun: int) -> None:
        # Only a new SKP's year can change: its core values and the appraiser's RHK follow.
        self.tahun = tahun
        texts = {kode: edit.toPlainText() for kode, edit in self.ekspektasi.items()}
        self._build_perilaku(tahun)
        for kode, text in texts.items():
            if kode in self.ekspektasi:
                self.ekspektasi[kode].setPlainText(text)
        self._penilai_changed(self.penilai_box.person_id())
        self._edited()
        self._check_year(tahun)

    def _check_year(self, tahun: int) -> None:
        """For the year now chosen: is it taken, and which earlier SKP would a copy take (read
        in the worker; the banner follows)."""
        state = self.state
        if state is None or state.record is not None:
            return
        service, employee_id = self.service, state.employee.employee_id

        def work() -> tuple[bool, int | None]:
            taken = service.skp_of(employee_id, tahun) is not None
            previous = next(
                (
                    year
                    for year in range(tahun - 1, tahun - 1 - PREVIOUS_YEARS, -1)
                    if service.skp_of(employee_id, year) is not None
                ),
                None,
            )
            return taken, previous

        def show(found: tuple[bool, int | None]) -> None:
            current = self.state
            if current is None or current.record is not None or self.tahun != tahun:
                return  # saved meanwhile, or another year chosen since
            self.state = replace(current, previous_year=found[1])
            self._show_banner(self.state, taken=found[0])

        self.runner.run(work, if_alive(self, show))

    # -- the form as a draft ------------------------------------------------------------------

    def draft(self) -> SkpDraft:
        from asn_desktop.services.appraisals import IndikatorInput, RhkInput, SkpDraft

        rhk = tuple(
            RhkInput(
                r.rhk,
                tuple(IndikatorInput(i.indikator, i.target, i.aspek, i.id) for i in r.indikator),
                r.jenis,
                r.rhk_atasan_id,
                r.rhk_atasan if r.rhk_atasan_id is None else "",
                r.id,
            )
            for r in self.rhk_panel.ordered()
        )
        return SkpDraft(
            tahun=self.tahun_edit.value(),
            penilai=self.penilai_box.value(),
            atasan=self.atasan_box.value(),
            rhk=rhk,
            ekspektasi={k: e.toPlainText() for k, e in self.ekspektasi.items()},
            skema=str(self.skema.currentData()),
            jenis_periode=str(self.jenis_periode.currentData()),
        )

    def is_dirty(self) -> bool:
        return self.loaded and not self.read_only and self.draft() != self._clean

    def _edited(self) -> None:
        if getattr(self, "_filling", False) or not self.loaded:
            return
        self.setWindowModified(self.is_dirty())

    def validate(self) -> list[FieldProblem]:
        """The domain's checks of the form, each put on its RHK, indicator or field; the
        list of all of them (empty: fine to save)."""
        today = date.today()
        problems: list[FieldProblem] = []
        for rhk in self.rhk_panel.ordered():
            rhk.problems.clear()
            for ind in rhk.indikator:
                ind.problems.clear()
        for rhk in self.rhk_panel.ordered():
            where = self._rhk_name(rhk)
            if not rhk.rhk.strip():
                rhk.problems["rhk"] = self.tr("Rencana hasil kerja belum diisi.")
            for p in check_fields({"rhk": rhk.rhk, "rhk_atasan": rhk.rhk_atasan}, today=today):
                rhk.problems.setdefault(p.field, p.message)
            if not rhk.indikator:
                rhk.problems["indikator"] = self.tr("Tambahkan paling sedikit satu indikator.")
            for ind in rhk.indikator:
                if not ind.indikator.strip():
                    ind.problems["indikator"] = self.tr("Indikator belum diisi.")
                for p in check_fields(
                    {"indikator": ind.indikator, "target": ind.target}, today=today
                ):
                    ind.problems.setdefault(p.field, p.message)
            for key, message in rhk.problems.items():
                problems.append(FieldProblem(key, f"{where}: {message}"))
            for ind_number, ind in enumerate(rhk.indikator, start=1):
                for key, message in ind.problems.items():
                    problems.append(
                        FieldProblem(
                            key,
                            self.tr("{0}, indikator {1}: {2}").format(where, ind_number, message),
                        )
                    )
        for box in (self.penilai_box, self.atasan_box):
            penilai_problem = self._penilai_problem(box)
            box.set_problem(penilai_problem)
            if penilai_problem:
                problems.append(FieldProblem(box.field_name, penilai_problem))
        for kode, edit in self.ekspektasi.items():
            found = check_fields({"ekspektasi": edit.toPlainText()}, today=today)
            self.ekspektasi_rows[kode].set_problem(found[0].message if found else None)
            problems += [FieldProblem("ekspektasi", p.message) for p in found]
        self.tahun_row.set_problem(None)
        return problems

    def _penilai_problem(self, box: PenilaiBox) -> str | None:
        if box.mode() == REGISTER:
            return None
        value = box.value()
        if value is None:
            return None
        values = {
            "penilai_nama": value.nama,
            "penilai_nip": value.nip,
            "penilai_pangkat": value.pangkat,
            "penilai_jabatan": value.jabatan,
            "penilai_unit": value.unit,
        }
        found = check_fields(values, today=date.today())
        if found:
            return found[0].message
        if not value.nama.strip():
            return self.tr("Nama wajib diisi (atau kosongkan semua isian).")
        return None

    def _rhk_name(self, rhk: _Rhk) -> str:
        number = self.rhk_panel.rhk[rhk.jenis].index(rhk) + 1
        return (
            self.tr("RHK Utama {0}") if rhk.jenis == "utama" else self.tr("RHK Tambahan {0}")
        ).format(number)

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        problems = list(problems)
        self.rhk_panel.show_problems()
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
        first_rhk = self.rhk_panel.first_with_problems()
        general = ("penilai", "atasan", "tahun", "skema", "jenis_periode")
        if any(p.field in general for p in problems):
            self.tabs.setCurrentIndex(0)
        elif first_rhk is not None:
            self.tabs.setCurrentIndex(1)
            self.rhk_panel.select(first_rhk)
        elif any(p.field == "ekspektasi" for p in problems):
            self.tabs.setCurrentIndex(2)

    def _service_problems(self, problems: Iterable[FieldProblem]) -> list[FieldProblem]:
        """The service's refusal put where it belongs: "RHK ke-N: ..." on that RHK, the
        appraisers and the year under their fields."""
        ordered = self.rhk_panel.ordered()
        shown: list[FieldProblem] = []
        for p in problems:
            found = _RHK_NUMBER.match(p.message)
            if found and 0 < int(found.group(1)) <= len(ordered):
                rhk = ordered[int(found.group(1)) - 1]
                key = p.field if p.field in ("rhk", "rhk_atasan") else "indikator"
                rhk.problems.setdefault(key, p.message)
                shown.append(FieldProblem(p.field, p.message))
                continue
            if p.field in ("penilai", "atasan"):
                box = self.penilai_box if p.field == "penilai" else self.atasan_box
                box.set_problem(p.message)
            elif p.field == "tahun":
                self.tahun_row.set_problem(p.message)
            elif p.field == "skema":
                self.skema_row.set_problem(p.message)
            elif p.field == "jenis_periode":
                self.jenis_row.set_problem(p.message)
            elif p.field == "rhk_atasan":
                current = self.rhk_panel.current()
                if current is not None:
                    current.problems["rhk_atasan"] = p.message
            shown.append(p)
        return shown

    # -- writing ------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self, *, close_after: bool = False, then: Callable[[], None] | None = None) -> bool:
        """Check the form, then save it in the worker (create_skp or update_skp with the
        revision read). False when it was refused before that (the problems are shown)."""
        if self.read_only or self.saving or not self.loaded:
            return False
        problems = self.validate()
        if problems:
            self.show_problems(problems)
            return False
        self.show_problems([])
        draft = self.draft()
        service, employees = self.service, self.employees
        skp_id, employee_id, revision = self.skp_id, self.employee_id, self.revision
        assert employee_id is not None

        def work() -> tuple[SkpState, Changes]:
            if skp_id is None:
                saved_id = service.create_skp(employee_id, draft)
            else:
                service.update_skp(skp_id, draft, expected_revision=revision)
                saved_id = skp_id
            state = load_skp_state(
                service, employees, skp_id=saved_id, employee_id=employee_id, tahun=draft.tahun
            )
            return state, appraisal_changes({saved_id})

        def done(state: SkpState, _changes: Changes) -> None:
            self._saved(state, close_after, then)

        self._run(work, done)
        return True

    def _run(self, work: Callable[[], tuple[SkpState, Changes]], done: Any) -> None:
        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=self._save_failed,
            buttons=self.buttons,
        ).run()

    def _saved(self, state: SkpState, close_after: bool, then: Callable[[], None] | None) -> None:
        self.populate(state)
        self.setWindowModified(False)
        assert state.record is not None
        self.saved.emit(state.record.id)
        self._say(self.tr("Tersimpan."), OK_STYLE)
        if close_after:
            self.accept()
        elif then is not None:
            then()

    def _save_failed(self, exc: BaseException) -> bool:
        """The service's refusal of the form goes where it belongs; anything else (a stale
        SKP, naming who changed it; a permission; a lock) is a message box, the edits kept."""
        if isinstance(exc, ValidationFailed):
            self.show_problems(self._service_problems(exc.problems))
            return True
        return False

    def copy_previous(self) -> None:
        """A new SKP from the latest earlier one (copy_previous), then shown here."""
        state = self.state
        if self.read_only or self.saving or state is None or state.record is not None:
            return
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Salin SKP"),
                self.tr("Isian yang sudah diketik diganti dengan salinan SKP tahun {0}?").format(
                    state.previous_year
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        service, employees = self.service, self.employees
        employee_id, tahun = state.employee.employee_id, self.tahun_edit.value()
        copied_year = state.previous_year

        def work() -> tuple[SkpState, Changes]:
            new_id = service.copy_previous(employee_id, tahun)
            state = load_skp_state(
                service, employees, skp_id=new_id, employee_id=employee_id, tahun=tahun
            )
            return state, appraisal_changes({new_id})

        def done(state: SkpState, _changes: Changes) -> None:
            self._saved(state, False, None)
            self._say(
                self.tr("SKP tahun {0} disalin dan disimpan; periksa lalu sesuaikan.").format(
                    copied_year
                ),
                OK_STYLE,
            )

        self._run(work, done)

    def print_plan(self) -> None:
        """The planning document (rencana SKP) in the preview; unsaved changes first."""
        if self.saving or not self.loaded:
            return
        if self.skp_id is None or self.is_dirty():
            if self.read_only:
                return
            answer = QMessageBox.question(
                self,
                self.tr("Cetak rencana SKP"),
                self.tr("Yang dicetak adalah SKP yang tersimpan. Simpan perubahan dahulu?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save(then=self._open_preview)
            return
        self._open_preview()

    def _open_preview(self) -> None:
        from asn_desktop.ui.pdf_preview import open_document_preview

        if self.skp_id is not None:
            self.preview = open_document_preview(self.db, self.runner, self, skp_id=self.skp_id)

    # -- read-only, closing -------------------------------------------------------------------

    def _make_read_only(self, reason: str) -> None:
        self.penilai_box.make_read_only()
        self.atasan_box.make_read_only()
        self.rhk_panel.set_read_only()
        apply_read_only(self.general_page)
        apply_read_only(self.perilaku_page)
        self.copy_button.hide()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
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
                return  # Batal (or the box closed): keep editing
        super().reject()


def open_skp_editor(
    db: Database,
    runner: TaskRunner,
    parent: QWidget | None,
    *,
    skp_id: int | None = None,
    employee_id: int | None = None,
    tahun: int | None = None,
) -> SkpEditorDialog:
    """Show the SKP editor (window-modal, not blocking) and return it.

    ``skp_id`` opens that SKP; ``employee_id`` and ``tahun`` open the employee's SKP of the
    year, or start a new one (copy of last year's, or empty with the proposed appraisers).
    Connect to ``saved(skp_id)`` to refresh a list. With a parent the dialog deletes itself
    once closed; without one the caller owns it.
    """
    dialog = SkpEditorDialog(
        db, runner, parent, skp_id=skp_id, employee_id=employee_id, tahun=tahun
    )
    if parent is not None:
        dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
