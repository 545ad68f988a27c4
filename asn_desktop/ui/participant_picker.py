"""Tambah peserta: enrol many employees in one activity at once, chosen from the register.

The clerk narrows the register (name or NIP, a unit with the units below it, the employment
status, the kind of position), ticks people, or every one shown with one click, and presses
Daftarkan: the ticked people are enrolled in one call of TrainingService.enroll, in the
worker, all or nothing. Ticks are kept across filters, so a unit can be added and then a few
people of another. Whoever is enrolled already is listed ticked and greyed out.

The list is an id table (CandidateTableModel): the register may hold 20,000 people, so the
ids come from SQL (EmployeeService.search_ids) and only the rows shown are rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import JenisJabatan, StatusKepegawaian, format_nip
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import ERROR_STYLE
from asn_desktop.ui.id_table_model import AnyIndex, GuardedFetcher, IdTableModel
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeRow
    from asn_desktop.services.org_units import UnitNode

log = logging.getLogger(__name__)

__all__ = ["CandidateTableModel", "ParticipantPicker"]

CONTEXT = "ParticipantPicker"
SEARCH_DELAY_MS = 200
SEARCH_MAX_LENGTH = 100
COLUMN_WIDTHS = (190, 250, 260, 240)  # Status takes the rest
HINT_STYLE = "color: #57626a;"

# (sort key of EmployeeQuery, header, attribute of EmployeeRow)
COLUMNS: tuple[tuple[str, Any, str], ...] = (
    ("nip", QT_TRANSLATE_NOOP("CandidateTable", "NIP"), "nip"),
    ("nama", QT_TRANSLATE_NOOP("CandidateTable", "Nama"), "nama_lengkap"),
    ("jabatan", QT_TRANSLATE_NOOP("CandidateTable", "Jabatan"), "jabatan"),
    ("unit", QT_TRANSLATE_NOOP("CandidateTable", "Unit kerja"), "unit"),
    ("status", QT_TRANSLATE_NOOP("CandidateTable", "Status"), "status"),
)
NIP, NAMA = 0, 1


def _nip(value: str) -> str:
    try:
        return format_nip(value)
    except ValueError:
        return value


class CandidateTableModel(IdTableModel["EmployeeRow"]):
    """Employee ids with a tick in the first column; the enrolled are ticked and disabled.

    The ticks are a set of ids, kept whatever the id list shows now."""

    COLUMNS = COLUMNS
    CONTEXT = "CandidateTable"
    checkedChanged = Signal()

    def __init__(self, fetch_rows: Any, enrolled: Collection[int] = (), parent: Any = None) -> None:
        super().__init__(fetch_rows, parent)
        self.enrolled: frozenset[int] = frozenset(enrolled)
        self.checked: set[int] = set()

    def missing_text(self) -> str:
        return QCoreApplication.translate("CandidateTable", "(dihapus)")

    def cell(self, item: EmployeeRow, column: int, role: int) -> Any:
        value = getattr(item, COLUMNS[column][2])
        if column == NIP:
            value = _nip(value)
        if role == Qt.ItemDataRole.ToolTipRole and item.id in self.enrolled:
            return QCoreApplication.translate(
                "CandidateTable", "{0} sudah terdaftar sebagai peserta kegiatan ini."
            ).format(item.nama_lengkap)
        return value

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole:
            if not index.isValid() or index.column() != NIP:
                return None
            item_id = self.id_at(index.row())
            ticked = item_id is not None and (item_id in self.checked or item_id in self.enrolled)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.id_at(index.row()) in self.enrolled:
            return Qt.ItemFlag.ItemIsSelectable  # shown, greyed out, cannot be ticked
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == NIP:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        if index.column() != NIP:
            return False
        item_id = self.id_at(index.row())
        if item_id is None or item_id in self.enrolled:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        self.set_checked([item_id], state == Qt.CheckState.Checked)
        return True

    def set_checked(self, ids: Collection[int], ticked: bool) -> None:
        """Tick (or untick) these people; the enrolled stay as they are."""
        chosen = {i for i in ids if i not in self.enrolled}
        after = self.checked | chosen if ticked else self.checked - chosen
        if after == self.checked:
            return  # nothing new: ticking a list already ticked repaints nothing
        self.checked = after
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, NIP),
                self.index(self.rowCount() - 1, NIP),
                [Qt.ItemDataRole.CheckStateRole],
            )
        self.checkedChanged.emit()

    def tickable_shown(self) -> list[int]:
        return [i for i in self.ids() if i not in self.enrolled]


class _CandidateTable(QTableView):
    """Space ticks (or unticks) every selected row, as a clerk going down a list expects."""

    def __init__(self, model: CandidateTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.candidates = model
        self.setModel(model)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
            ids = [i for r in rows if (i := self.candidates.id_at(r)) is not None]
            ids = [i for i in ids if i not in self.candidates.enrolled]
            if ids:
                untick = all(i in self.candidates.checked for i in ids)
                self.candidates.set_checked(ids, not untick)
                event.accept()
                return
        super().keyPressEvent(event)


class ParticipantPicker(QDialog):
    """Choose employees for activity ``pelatihan_id`` and enrol them in one call."""

    saved = Signal(int)  # how many were enrolled, once the enrolment is committed
    pageFailed = Signal(object)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        pelatihan_id: int,
        *,
        nama: str = "",
        enrolled: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        from asn_desktop.services.employees import EmployeeService
        from asn_desktop.services.trainings import TrainingService

        self.db, self.runner = db, runner
        self.pelatihan_id = pelatihan_id
        self.employees = EmployeeService(db)
        self.service = TrainingService(db)
        self.denied = denial_text(db.user, Permission.EDIT)
        self.enrolled_count = 0
        self.operation: Operation[Any] | None = None
        self.units: list[UnitNode] = []
        self._generation = 0
        self._closed = False
        self._sort: tuple[str, bool] = ("nama", False)
        self.searches = 0  # id lists received (for tests)
        self.setObjectName("participantPicker")
        self.setWindowTitle(
            self.tr("Tambah peserta — {0}").format(nama) if nama else self.tr("Tambah peserta")
        )

        # -- filters ----------------------------------------------------------------------
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("Cari nama atau NIP…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("pickerUnit")
        self.unit_filter.setMinimumContentsLength(26)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.addItem(self.tr("Semua unit"), None)
        self.unit_filter.setToolTip(self.tr("Pegawai unit ini dan unit-unit di bawahnya."))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("pickerStatus")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in StatusKepegawaian:
            self.status_filter.addItem(status.value, status.value)
        self.jenis_filter = QComboBox()
        self.jenis_filter.setObjectName("pickerJenisJabatan")
        self.jenis_filter.addItem(self.tr("Semua jenis jabatan"), None)
        for jenis in JenisJabatan:
            self.jenis_filter.addItem(terjemahkan(jenis.label), jenis.value)

        search_label = QLabel(self.tr("&Cari:"))
        search_label.setBuddy(self.search)
        filters = QGridLayout()
        filters.addWidget(search_label, 0, 0)
        filters.addWidget(self.search, 0, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("Unit (termasuk di bawahnya):")), 1, 0)
        filters.addWidget(self.unit_filter, 1, 1)
        filters.addWidget(self.status_filter, 1, 2)
        filters.addWidget(self.jenis_filter, 1, 3)
        filters.setColumnStretch(1, 3)
        filters.setColumnStretch(2, 1)
        filters.setColumnStretch(3, 2)

        # -- the list -----------------------------------------------------------------------
        self.fetcher: GuardedFetcher[EmployeeRow] = GuardedFetcher.of(
            self,
            lambda picker, ids: picker.employees.rows(ids),
            lambda picker, exc: picker.pageFailed.emit(exc),
            (DatabaseError,),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = CandidateTableModel(self.fetcher, enrolled, self)
        self.table = _CandidateTable(self.model)
        self.table.setObjectName("pickerTable")
        configure_list_table(self.table, COLUMN_WIDTHS)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAMA, Qt.SortOrder.AscendingOrder)

        self.select_all_button = QPushButton(self.tr("Pilih &semua yang tampil"))
        self.select_all_button.setObjectName("pickerSelectAll")
        self.select_all_button.setAutoDefault(False)
        self.select_all_button.clicked.connect(self.select_all_shown)
        self.clear_button = QPushButton(self.tr("&Kosongkan pilihan"))
        self.clear_button.setObjectName("pickerClear")
        self.clear_button.setAutoDefault(False)
        self.clear_button.clicked.connect(self.clear_choice)
        self.count_label = QLabel()
        self.count_label.setObjectName("pickerCount")
        self.count_label.setStyleSheet(HINT_STYLE)
        tools = QHBoxLayout()
        tools.addWidget(self.select_all_button)
        tools.addWidget(self.clear_button)
        tools.addStretch(1)
        tools.addWidget(self.count_label)

        self.message = QLabel()
        self.message.setObjectName("pickerMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("pickerOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(tools)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(1080, 640)

        # -- wiring -------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.unit_filter, self.status_filter, self.jenis_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        self.model.sortRequested.connect(self._sort_requested)
        self.model.checkedChanged.connect(self._update_count)
        self.model.modelReset.connect(self._update_count)
        select_all = QShortcut(QKeySequence(QKeySequence.StandardKey.SelectAll), self.table)
        select_all.activated.connect(self.table.selectAll)
        if self.denied is not None:
            self.ok_button.setToolTip(self.denied)
            self._say(self.denied, HINT_STYLE)
        self._update_count()
        self.load_units()
        self.refresh()
        self.search.setFocus()

    # -- reading ------------------------------------------------------------------------------

    def load_units(self) -> None:
        from asn_desktop.services.org_units import OrgUnitService

        service = OrgUnitService(self.db)
        self.runner.run(service.tree, self._set_units, self._failed)

    def _set_units(self, units: list[UnitNode]) -> None:
        if self._closed:
            return
        self.units = units
        chosen = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Semua unit"), None)
        for unit in units:
            self.unit_filter.addItem("    " * unit.depth + unit.nama, unit.id)
        self.unit_filter.setCurrentIndex(max(self.unit_filter.findData(chosen), 0))
        self.unit_filter.blockSignals(False)

    def refresh(self) -> None:
        """The ids the filters let through, from SQL in the worker."""
        self._debounce.stop()
        if self._closed:
            return
        from asn_desktop.services.employees import EmployeeQuery

        self._generation += 1
        generation = self._generation
        query = EmployeeQuery(
            search=self.search.text().strip(),
            unit_id=self.unit_filter.currentData(),
            status=self.status_filter.currentData(),
            jenis_jabatan=self.jenis_filter.currentData(),
            sort=self._sort[0],
            descending=self._sort[1],
        )
        employees = self.employees
        self.runner.run(
            lambda: employees.search_ids(query),
            lambda ids: self._show(generation, ids),
            self._failed,
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if self._closed or generation != self._generation:
            return
        self.searches += 1
        self.fetcher.new_query()
        self.model.set_ids(ids)

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    # -- choosing -------------------------------------------------------------------------------

    def select_all_shown(self) -> None:
        self.model.set_checked(self.model.tickable_shown(), True)

    def clear_choice(self) -> None:
        self.model.set_checked(set(self.model.checked), False)

    def chosen_ids(self) -> list[int]:
        """The ticked people, in the order shown (the rest, ticked under other filters,
        after them by id)."""
        checked = self.model.checked
        shown = [i for i in self.model.ids() if i in checked]
        seen = set(shown)
        return shown + sorted(i for i in checked if i not in seen)

    def _update_count(self) -> None:
        locale = QLocale()
        shown = len(self.model.ids())
        chosen = len(self.model.checked)
        hidden = len(self.model.checked - set(self.model.ids()))
        text = self.tr("{0} pegawai tampil · {1} dipilih").format(
            locale.toString(shown), locale.toString(chosen)
        )
        if hidden:
            text += " " + self.tr("({0} tidak tampil karena saringan)").format(
                locale.toString(hidden)
            )
        self.count_label.setText(text)
        self.ok_button.setText(
            self.tr("&Daftarkan {0} peserta").format(locale.toString(chosen))
            if chosen
            else self.tr("&Daftarkan")
        )
        self.ok_button.setEnabled(bool(chosen) and self.denied is None and not self.saving)
        self.select_all_button.setEnabled(bool(self.model.tickable_shown()))
        self.clear_button.setEnabled(bool(chosen))

    # -- enrolling ------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def accept(self) -> None:
        """Daftarkan: enrol every ticked person in one call (all or nothing)."""
        ids = self.chosen_ids()
        if self.saving or not ids or self.denied is not None:
            return
        service, pelatihan_id = self.service, self.pelatihan_id
        self.message.hide()

        def work() -> tuple[int, Changes]:
            count = service.enroll(pelatihan_id, ids)
            return count, Changes(competency=frozenset({"pelatihan"}))

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=self._enrolled,
            on_failure=self._refused,
            buttons=self.buttons,
            saving_text=self.tr("Mendaftarkan {0} peserta…").format(QLocale().toString(len(ids))),
        ).run()

    def _enrolled(self, count: int, _changes: Changes) -> None:
        self.enrolled_count = count
        self.saved.emit(count)
        super().accept()

    def _refused(self, exc: BaseException) -> bool:
        """The service's refusal (someone enrolled meanwhile, deleted from the register)
        is said here, with the ticks kept; the list is read again."""
        if not isinstance(exc, ValidationFailed):
            return False
        self._say("\n".join(p.message for p in exc.problems), ERROR_STYLE)
        self.refresh()
        return True

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)
        self.message.show()

    # -- errors, closing --------------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("participant picker job failed after closing: %s", exc)
            return
        if isinstance(exc, ServiceError | DatabaseError):
            show_error(self, str(exc), trace)
        else:
            log.error("participant picker job failed:\n%s", trace)
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the search box searches; it must not press Daftarkan.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.search.hasFocus():
            self.refresh()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self.saving:
            return  # the enrolment's outcome needs its dialog
        super().reject()

    def done(self, result: int) -> None:
        self._closed = True  # answers still on their way are for nobody
        self._debounce.stop()
        super().done(result)
