"""The activities tab of Pengembangan kompetensi: every development activity, filtered by
year, type, form (klasikal or not), provider and a text, with the editor a double-click away.

Like the appraisal page, every filter is a new query in SQL (TrainingService.search_ids, in
the worker) and the table holds ids and renders a page at a time (TrainingTableModel).
Deleting is an Operation (ui.operations); the export to .xlsx is a cancellable job in the
worker (TrainingService.export_xlsx, which checks the right to export, writes the list as
filtered and sorted here and records the export in the audit trail). An empty result says
why, with a way back to every activity.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Permission
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner
from asn_desktop.ui.training_table_model import (
    COLUMNS,
    MULAI,
    TrainingTableModel,
    bentuk_text,
)

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.trainings import JenisOption, PelatihanQuery, PelatihanRow

log = logging.getLogger(__name__)

__all__ = ["TrainingPage", "pelatihan_changes"]

SEARCH_DELAY_MS = 250  # typing a name: one query when the typing pauses, not per letter
SEARCH_MAX_LENGTH = 100
COLUMN_WIDTHS = (165, 250, 120, 85, 165, 120, 45, 60, 110, 105)  # Indeks reaksi takes the rest
ALL_YEARS = 1949  # the year spin's lowest value, shown as "Semua tahun"
HINT_STYLE = "color: #57626a;"
EMPTY_STYLE = "QLabel { font-size: 11pt; }"


def pelatihan_changes() -> Changes:
    """What a write to an activity or its participants changed, for every page that shows
    activities or JP (the compliance and budget pages read "pelatihan" too)."""
    return Changes(competency=frozenset({"pelatihan"}))


def _report(parent: QWidget, exc: BaseException, trace: str) -> None:
    if isinstance(exc, DatabaseError | ServiceError):
        show_error(parent, str(exc), trace)
    else:
        log.error("training page job failed:\n%s", trace)
        show_error(
            parent,
            QCoreApplication.translate(
                "TrainingPage", "Terjadi kesalahan yang tidak terduga: {0}"
            ).format(exc),
            trace,
        )


class TrainingPage(QWidget):
    """The activity list; built by CompetencyWindow (see competency_window.TABS)."""

    pageFailed = Signal(object)  # a page read failed inside a repaint (queued to a dialog)
    exported = Signal(object, int)  # the .xlsx written and its rows (tests, status)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The services are imported here, not with the module (docs/architecture.md).
        from asn_desktop.services.trainings import TrainingService

        self.db = db
        self.runner = runner
        self.service = TrainingService(db)
        self._closed = False
        self._generation = 0
        self._sort: tuple[str, bool] = ("mulai", True)  # newest first
        self._sort_section = MULAI
        self._keep: int | None = None
        self._export_control: JobControl | None = None
        self.export_progress: QProgressDialog | None = None
        self.operation: Operation[Any] | None = None
        self.jenis: list[JenisOption] = []
        self.last_export: Path | None = None
        self.setObjectName("trainingPage")

        # -- filters ----------------------------------------------------------------------
        self.tahun = QSpinBox()
        self.tahun.setObjectName("trainingTahun")
        self.tahun.setRange(ALL_YEARS, date.today().year + 2)
        self.tahun.setSpecialValueText(self.tr("Semua tahun"))
        self.tahun.setValue(date.today().year)
        # A year typed digit by digit would otherwise query 2, 20, 202 first.
        self.tahun.setKeyboardTracking(False)
        self.tahun.setToolTip(self.tr("Tahun JP dihitung: tahun kegiatan selesai."))
        self.jenis_filter = QComboBox()
        self.jenis_filter.setObjectName("trainingJenisFilter")
        self.jenis_filter.setMinimumContentsLength(18)
        self.jenis_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.jenis_filter.addItem(self.tr("Semua jenis"), None)
        self.bentuk_filter = QComboBox()
        self.bentuk_filter.setObjectName("trainingBentukFilter")
        self.bentuk_filter.addItem(self.tr("Klasikal dan nonklasikal"), None)
        self.bentuk_filter.addItem(bentuk_text(True), True)
        self.bentuk_filter.addItem(bentuk_text(False), False)
        self.penyelenggara_filter = QComboBox()
        self.penyelenggara_filter.setObjectName("trainingPenyelenggaraFilter")
        self.penyelenggara_filter.setMinimumContentsLength(18)
        self.penyelenggara_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.penyelenggara_filter.addItem(self.tr("Semua penyelenggara"), None)
        self.search = QLineEdit()
        self.search.setObjectName("trainingSearch")
        self.search.setPlaceholderText(self.tr("Cari nama kegiatan, penyelenggara, tempat…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Tahun:")))
        filters.addWidget(self.tahun)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("Jenis:")))
        filters.addWidget(self.jenis_filter, 2)
        filters.addWidget(self.bentuk_filter, 1)
        filters.addWidget(QLabel(self.tr("Penyelenggara:")))
        filters.addWidget(self.penyelenggara_filter, 2)
        filters.addSpacing(8)
        filters.addWidget(self.search, 3)

        # -- the table, or what to say when it is empty ---------------------------------------
        self.fetcher: GuardedFetcher[PelatihanRow] = GuardedFetcher.of(
            self,
            lambda page, ids: page.service.rows(ids),
            lambda page, exc: page.pageFailed.emit(exc),
            (DatabaseError,),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = TrainingTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("trainingTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)
        header = self.table.horizontalHeader()
        header.setSortIndicator(MULAI, Qt.SortOrder.DescendingOrder)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("trainingEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(EMPTY_STYLE)
        self.reset_button = QPushButton(self.tr("Hapus saringan"))
        self.reset_button.setObjectName("trainingResetFilters")
        self.reset_button.setToolTip(self.tr("Tampilkan semua kegiatan dari semua tahun."))
        self.reset_button.clicked.connect(self.reset_filters)
        self.empty_add_button = QPushButton(self.tr("Tambah kegiatan…"))
        self.empty_add_button.setObjectName("trainingEmptyAdd")
        self.empty_add_button.clicked.connect(lambda: self.add_training())
        empty_buttons = QHBoxLayout()
        empty_buttons.addStretch(1)
        empty_buttons.addWidget(self.reset_button)
        empty_buttons.addWidget(self.empty_add_button)
        empty_buttons.addStretch(1)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(8)
        empty_layout.addLayout(empty_buttons)
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(empty)

        self.count_label = QLabel()
        self.count_label.setObjectName("trainingCount")
        self.note_label = QLabel()
        self.note_label.setObjectName("trainingNote")
        self.note_label.setStyleSheet(HINT_STYLE)
        status = QHBoxLayout()
        status.setContentsMargins(2, 0, 2, 0)
        status.addWidget(self.note_label, 1)
        status.addWidget(self.count_label)

        self._build_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 4)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addLayout(status)

        # -- wiring -------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.tahun.valueChanged.connect(lambda _value: self.refresh())
        for combo in (self.jenis_filter, self.bentuk_filter, self.penyelenggara_filter):
            # Not connect(self.refresh) straight: the index would arrive as an argument.
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.sortRequested.connect(self._sort_requested)
        self.table.selectionModel().currentChanged.connect(lambda *_i: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        # Enter and a double-click both activate a row.
        self.table.activated.connect(lambda _index: self.open_training())
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self.load_options()
        self.refresh()

    # -- actions ------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[[], object], tip: str, shortcut: Any = None
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(lambda _checked=False: slot())
        action.setToolTip(tip)
        action.setData(tip)  # the tooltip to give back when a refusal is lifted
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(
            self.tr("&Tambah kegiatan…"),
            self.add_training,
            self.tr("Catat kegiatan pengembangan kompetensi baru beserta pesertanya."),
            QKeySequence.StandardKey.New,
        )
        self.open_action = self._action(
            self.tr("&Ubah…"),
            self.open_training,
            self.tr("Buka kegiatan terpilih: isian, JP, dan pesertanya."),
        )
        self.delete_action = self._action(
            self.tr("&Hapus"),
            self.delete_training,
            self.tr("Hapus kegiatan terpilih beserta pesertanya."),
            QKeySequence.StandardKey.Delete,
        )
        self.export_action = self._action(
            self.tr("&Ekspor ke Excel…"),
            self.export,
            self.tr("Simpan daftar kegiatan yang tampil ke berkas .xlsx."),
        )
        self.refresh_action = self._action(
            self.tr("&Muat ulang"),
            self.refresh,
            self.tr("Baca ulang daftar dari basis data."),
            QKeySequence.StandardKey.Refresh,
        )
        find = QAction(self)
        find.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        find.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

        self.toolbar = QToolBar(self.tr("Tindakan kegiatan"))
        self.toolbar.setObjectName("trainingToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.open_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.export_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)

        # What each action needs of the signed-in user's role (the services check it again).
        # Opening an activity is reading: a viewer sees it read-only.
        self.action_permissions: dict[QAction, Permission] = {
            self.add_action: Permission.EDIT,
            self.open_action: Permission.READ,
            self.delete_action: Permission.EDIT,
            self.export_action: Permission.EXPORT,
            self.refresh_action: Permission.READ,
        }
        self._one_row = (self.open_action, self.delete_action)
        self._busy: set[QAction] = set()  # running now (an export): stays disabled
        self._refusals: dict[QAction, str] = {}

    def apply_permissions(self) -> None:
        """Enable what the signed-in user's role allows; a refused action says why. Called
        again by the window when someone else signs in."""
        self._refusals = {}
        for action, permission in self.action_permissions.items():
            reason = denial_text(self.db.user, permission)
            if reason is not None:
                self._refusals[action] = reason
            action.setToolTip(reason or str(action.data()))
            action.setStatusTip(reason or "")
        may_edit = self.add_action not in self._refusals
        # A viewer opens the activity to look at it.
        self.open_action.setText(self.tr("&Ubah…") if may_edit else self.tr("&Lihat…"))
        refusal = self._refusals.get(self.add_action)
        self.empty_add_button.setEnabled(refusal is None)
        self.empty_add_button.setToolTip(refusal or str(self.add_action.data()))
        self._update_actions()

    def _update_actions(self) -> None:
        has_current = self.current_id() is not None
        for action in self.action_permissions:
            allowed = action not in self._refusals and action not in self._busy
            if action in self._one_row:
                allowed = allowed and has_current
            if action is self.delete_action and self.operation is not None:
                allowed = allowed and not self.operation.running
            action.setEnabled(allowed)

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- querying -------------------------------------------------------------------------

    def query(self) -> PelatihanQuery:
        from asn_desktop.services.trainings import PelatihanQuery

        tahun = self.tahun.value()
        return PelatihanQuery(
            tahun=None if tahun == ALL_YEARS else tahun,
            jenis_diklat=self.jenis_filter.currentData(),
            klasikal=self.bentuk_filter.currentData(),
            penyelenggara=self.penyelenggara_filter.currentData(),
            teks=self.search.text().strip(),
        )

    def filtered(self) -> bool:
        """Whether any filter holds back some activities."""
        query = self.query()
        return query != type(query)()

    def refresh(self) -> None:
        """Ask the worker for the ids the filters let through."""
        self._debounce.stop()
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        if self.current_id() is not None:
            self._keep = self.current_id()
        service, query, (sort, descending) = self.service, self.query(), self._sort
        self.runner.run(
            lambda: service.search_ids(query, sort, descending),
            lambda ids: self._show(generation, ids),
            self._failed,
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if self._closed or generation != self._generation:
            return  # closed, or a newer filter already asked again
        self.fetcher.new_query()
        self.model.set_ids(ids)
        row = self.model.row_of(self._keep) if self._keep is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_count()
        self._update_empty()
        self._update_actions()

    def _update_count(self) -> None:
        shown = len(self.model.ids())
        self.count_label.setText(self.tr("{0} kegiatan").format(QLocale().toString(shown)))

    def _update_empty(self) -> None:
        if self.model.ids():
            self.stack.setCurrentIndex(0)
            return
        tahun = self.tahun.value()
        query = self.query()
        others = type(query)(tahun=query.tahun) != query
        if not self.filtered():
            text = self.tr("Belum ada kegiatan pengembangan kompetensi yang dicatat.")
        elif tahun != ALL_YEARS and not others:
            text = self.tr("Tidak ada kegiatan yang selesai pada tahun {0}.").format(tahun)
        else:
            text = self.tr("Tidak ada kegiatan yang cocok dengan saringan ini.")
        self.empty_label.setText(text)
        self.reset_button.setVisible(self.filtered())
        self.stack.setCurrentIndex(1)

    def reset_filters(self) -> None:
        """Every activity of every year: the filters back to "all", one query."""
        widgets = (self.tahun, self.jenis_filter, self.bentuk_filter, self.penyelenggara_filter)
        for widget in (*widgets, self.search):
            widget.blockSignals(True)
        self.tahun.setValue(ALL_YEARS)
        for combo in (self.jenis_filter, self.bentuk_filter, self.penyelenggara_filter):
            combo.setCurrentIndex(0)
        self.search.clear()
        for widget in (*widgets, self.search):
            widget.blockSignals(False)
        self.refresh()

    def load_options(self) -> None:
        """Fill the type and provider filters (in the worker: the provider list is read from
        the database)."""
        if self._closed:
            return
        service = self.service

        def work() -> tuple[list[JenisOption], list[str]]:
            return service.jenis_options(), service.penyelenggara_list()

        self.runner.run(work, lambda found: self._set_options(*found), self._failed)

    def _set_options(self, jenis: list[JenisOption], penyelenggara: list[str]) -> None:
        if self._closed:
            return
        self.jenis = jenis
        before = (self.jenis_filter.currentData(), self.penyelenggara_filter.currentData())
        self.jenis_filter.blockSignals(True)
        self.jenis_filter.clear()
        self.jenis_filter.addItem(self.tr("Semua jenis"), None)
        for option in jenis:
            self.jenis_filter.addItem(f"{option.label} ({bentuk_text(option.klasikal)})", option.id)
        self.jenis_filter.setCurrentIndex(max(self.jenis_filter.findData(before[0]), 0))
        self.jenis_filter.blockSignals(False)
        self.penyelenggara_filter.blockSignals(True)
        self.penyelenggara_filter.clear()
        self.penyelenggara_filter.addItem(self.tr("Semua penyelenggara"), None)
        for name in penyelenggara:
            self.penyelenggara_filter.addItem(name, name)
        self.penyelenggara_filter.setCurrentIndex(
            max(self.penyelenggara_filter.findData(before[1]), 0)
        )
        self.penyelenggara_filter.blockSignals(False)
        after = (self.jenis_filter.currentData(), self.penyelenggara_filter.currentData())
        if after != before:
            self.refresh()  # the provider chosen is gone: the list is of all of them now

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        """The form column does not sort: clicking it keeps the order and indicator."""
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
        """An operation saved something (here, in an editor): activities, their participant
        counts and the providers may differ now; deleted employees leave the counts."""
        if self._closed:
            return
        if "pelatihan" in changes.competency:
            self.load_options()
            self.refresh()
        elif changes.removed:
            self.refresh()

    # -- the row chosen -------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_item(self) -> PelatihanRow | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    # -- opening the editor -----------------------------------------------------------------

    def add_training(self) -> QDialog | None:
        if self._closed or not self.add_action.isEnabled():
            return None
        from asn_desktop.ui.training_editor import open_training_editor

        editor = open_training_editor(self.db, self.runner, self)
        editor.saved.connect(self._editor_saved)
        return editor

    def open_training(self) -> QDialog | None:
        item_id = self.current_id()
        if self._closed or item_id is None or not self.open_action.isEnabled():
            return None
        from asn_desktop.ui.training_editor import open_training_editor

        editor = open_training_editor(self.db, self.runner, self, pelatihan_id=item_id)
        editor.saved.connect(self._editor_saved)
        return editor

    def _editor_saved(self, pelatihan_id: int) -> None:
        # The announced Changes refresh the list; the row saved is the one to show after.
        self._keep = pelatihan_id

    # -- deleting ---------------------------------------------------------------------------

    def delete_training(self) -> None:
        item = self.current_item()
        if self._closed or item is None or not self.delete_action.isEnabled():
            return
        text = self.tr("Hapus kegiatan \u201c{0}\u201d ({1})?").format(item.nama, item.jenis_label)
        if item.jumlah_peserta:
            text += "\n\n" + self.tr(
                "{0} pesertanya ikut dihapus, dan JP kegiatan ini tidak lagi dihitung bagi mereka."
            ).format(QLocale().toString(item.jumlah_peserta))
        answer = QMessageBox.question(
            self,
            self.tr("Hapus kegiatan"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, item_id, revision, nama = self.service, item.id, item.revision, item.nama

        def work() -> tuple[None, Changes]:
            service.delete(item_id, expected_revision=revision)
            return None, pelatihan_changes()

        def done(_result: None, _changes: Changes) -> None:
            self.note_label.setText(self.tr("Kegiatan \u201c{0}\u201d dihapus.").format(nama))
            self._update_actions()

        def failed(_exc: BaseException) -> bool:
            self.refresh()  # changed or gone meanwhile: the message box says which
            return False

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=failed,
            actions=[self.delete_action],
            saving_text=self.tr("Menghapus…"),
        ).run()

    # -- export -------------------------------------------------------------------------------

    def export(self) -> None:
        if self._closed or not self.export_action.isEnabled():
            return
        tahun = self.query().tahun
        start = Path.home() / (f"kegiatan-{tahun}.xlsx" if tahun else "kegiatan.xlsx")
        name, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor daftar kegiatan"),
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
        """Write the activities the filters show, in the table's order, to ``path``; a
        progress dialog shows n of N and Batal."""
        from asn_desktop.services.spreadsheet import ExportCancelled

        service, query = self.service, self.query()
        sort, descending = self._sort

        def work(control: JobControl) -> int:
            def progress(done: int, total: int) -> bool:
                control.progress(done, total)
                return not control.cancelled()

            try:
                return service.export_xlsx(path, query, sort, descending, progress=progress)
            except ExportCancelled as exc:
                raise Cancelled() from exc

        progress = QProgressDialog(self.tr("Mengekspor…"), self.tr("Batal"), 0, 0, self)
        progress.setObjectName("trainingExportProgress")
        progress.setWindowTitle(self.tr("Ekspor ke Excel"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)  # a short list is written before it would show
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        self.export_progress = progress
        self._busy.add(self.export_action)
        self._update_actions()

        def on_progress(done: int, total: int, _message: str) -> None:
            if progress is not self.export_progress:
                return
            progress.setMaximum(total)
            progress.setValue(done)

        control = self.runner.run_controlled(
            work,
            lambda count: self._exported(path, count),
            self._export_failed,
            on_progress,
        )
        self._export_control = control
        # A lambda, not the bound control.cancel: the connection then keeps the control
        # until the dialog goes, on the GUI thread (see AppraisalPage.start_batch_print).
        progress.canceled.connect(lambda: control.cancel())

    def _end_export(self) -> None:
        progress, self.export_progress = self.export_progress, None
        self._export_control = None
        if progress is not None and shiboken6.isValid(progress):
            progress.close()
            progress.deleteLater()
        self._busy.discard(self.export_action)
        if not self._closed:
            self._update_actions()

    def _exported(self, path: Path, count: int) -> None:
        self._end_export()
        if self._closed:
            return
        self.last_export = path
        self.note_label.setText(
            self.tr("{0} kegiatan diekspor ke {1}").format(QLocale().toString(count), path)
        )
        self.exported.emit(path, count)

    def _export_failed(self, exc: BaseException, trace: str) -> None:
        self._end_export()
        if self._closed:
            log.info("training export ended after the page closed: %s", exc)
            return
        if isinstance(exc, Cancelled):
            self.note_label.setText(self.tr("Ekspor dibatalkan; berkas tidak dibuat."))
            return
        self._failed(exc, trace)

    # -- errors and closing -----------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("training page job failed after closing: %s", exc)
            return
        _report(self, exc, trace)

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")

    def shutdown(self) -> None:
        """The window closes: jobs still running answer to nobody."""
        self._closed = True
        self._debounce.stop()
        if self._export_control is not None:
            self._export_control.cancel()  # the export removes its part file
