"""The audit trail page (Instansi → Jejak audit…): filters, the entries, one entry's changes,
checking the hash chain and exporting.

Every filter is a new query in SQL (AuditService.search_ids, in the worker); the table holds
ids and renders a page at a time (AuditTableModel). Checking the chain and exporting also
run in the worker; the buttons say so while they do.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QItemSelection, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Permission
from asn_desktop.services.audit import ACTIONS, ENTITY_LABELS, AuditQuery, AuditRow, AuditService
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.audit_table_model import COLUMNS, SEQ, AuditTableModel, local_time
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

log = logging.getLogger(__name__)

EMPTY_VALUE = "—"
COLUMN_WIDTHS = (56, 136, 80, 90, 130, 220, 280)  # Keterangan takes the rest
OK_STYLE = "color: #1b5e20;"
BROKEN_STYLE = "color: #b71c1c; font-weight: bold;"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return EMPTY_VALUE
    if isinstance(value, bool):
        return "ya" if value else "tidak"
    return str(value)


def _to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditPage(QDialog):
    """Modal over the main window; the database stays open while it is shown."""

    pageFailed = Signal(object)  # a page read failed inside a repaint (queued to a dialog)

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.service = AuditService(db)
        self._generation = 0
        self._closed = False
        self._newest_first = True
        self._keep_id: int | None = None
        self.last_export: Path | None = None
        self.setWindowTitle(self.tr("Jejak audit"))
        self.setObjectName("auditPage")

        # -- filters ----------------------------------------------------------------------
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("auditUserFilter")
        self.user_filter.addItem(self.tr("Semua pengguna"), None)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("auditActionFilter")
        self.action_filter.addItem(self.tr("Semua aksi"), None)
        for code, label in ACTIONS.items():
            self.action_filter.addItem(label, code)
        self.entity_filter = QComboBox()
        self.entity_filter.setObjectName("auditEntityFilter")
        self.entity_filter.addItem(self.tr("Semua jenis data"), None)
        for code, label in ENTITY_LABELS.items():
            self.entity_filter.addItem(label, code)

        today = QDate.currentDate()
        self.since_check = QCheckBox(self.tr("Dari"))
        self.since_edit = self._date_edit(today.addDays(-30), "auditSince")
        self.until_check = QCheckBox(self.tr("s.d."))
        self.until_edit = self._date_edit(today, "auditUntil")
        self.all_dates = QPushButton(self.tr("Semua tanggal"))
        self.all_dates.setObjectName("auditAllDates")

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Pengguna:")))
        filters.addWidget(self.user_filter, 1)
        filters.addWidget(QLabel(self.tr("Aksi:")))
        filters.addWidget(self.action_filter, 1)
        filters.addWidget(QLabel(self.tr("Jenis data:")))
        filters.addWidget(self.entity_filter, 1)
        filters.addSpacing(12)
        filters.addWidget(self.since_check)
        filters.addWidget(self.since_edit)
        filters.addWidget(self.until_check)
        filters.addWidget(self.until_edit)
        filters.addWidget(self.all_dates)

        # -- the table ----------------------------------------------------------------------
        self.fetcher: GuardedFetcher[AuditRow] = GuardedFetcher.of(
            self,
            lambda page, ids: page.service.rows(ids),
            lambda page, exc: page.pageFailed.emit(exc),
            (DatabaseError,),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = AuditTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, COLUMN_WIDTHS)
        header = self.table.horizontalHeader()
        self.table.setSortingEnabled(True)
        header.setSortIndicator(SEQ, Qt.SortOrder.DescendingOrder)
        self._sort_section = SEQ
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.sortRequested.connect(self._sort_requested)

        # -- one entry's changes ------------------------------------------------------------
        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.changes = QTreeWidget()
        self.changes.setObjectName("auditChanges")
        self.changes.setRootIsDecorated(False)
        self.changes.setAlternatingRowColors(True)
        self.changes.setHeaderLabels([self.tr("Kolom"), self.tr("Sebelum"), self.tr("Sesudah")])
        self.changes.setWordWrap(True)
        self.changes.setUniformRowHeights(False)
        changes_header = self.changes.header()
        changes_header.setStretchLastSection(False)
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        changes_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        changes_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.detail_text = QLabel()
        self.detail_text.setObjectName("auditDetailText")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 4, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.changes, 1)
        detail_layout.addWidget(self.detail_text)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        # -- the bottom row -----------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.chain_label = QLabel()
        self.chain_label.setObjectName("auditChain")
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_button = QPushButton(self.tr("Periksa rantai"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.setToolTip(
            self.tr(
                "Periksa bahwa tidak ada catatan yang diubah, dihapus atau disisipkan di "
                "luar program."
            )
        )
        self.export_button = QPushButton(self.tr("Ekspor…"))
        self.export_button.setObjectName("auditExport")
        refusal = denial_text(db.user, Permission.EXPORT)
        if refusal is not None:
            self.export_button.setEnabled(False)
            self.export_button.setToolTip(refusal)
        else:
            self.export_button.setToolTip(
                self.tr("Simpan catatan yang tampil (sesuai saringan) ke .xlsx atau .csv.")
            )
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)

        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1180, 720)

        # -- wiring -------------------------------------------------------------------------
        for combo in (self.user_filter, self.action_filter, self.entity_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        for check in (self.since_check, self.until_check):
            check.toggled.connect(self._dates_toggled)
        for edit in (self.since_edit, self.until_edit):
            edit.dateChanged.connect(self._date_changed)
        self.all_dates.clicked.connect(self.show_all_dates)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._show_detail)
        self.verify_button.clicked.connect(self.verify_chain)
        self.export_button.clicked.connect(self.export)
        self._update_date_widgets()
        self._show_detail()
        self.load_users()
        self.refresh()

    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd-MM-yyyy")
        return edit

    # -- querying -------------------------------------------------------------------------

    def query(self) -> AuditQuery:
        return AuditQuery(
            username=self.user_filter.currentData(),
            since=_to_date(self.since_edit.date()) if self.since_check.isChecked() else None,
            until=_to_date(self.until_edit.date()) if self.until_check.isChecked() else None,
            entity_type=self.entity_filter.currentData(),
            action=self.action_filter.currentData(),
            newest_first=self._newest_first,
        )

    def refresh(self) -> None:
        """Ask the worker for the ids of the entries the filters let through."""
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        self._keep_id = self.current_id()
        service, query = self.service, self.query()
        self.runner.run(
            lambda: service.search_ids(query),
            lambda ids: self._show(generation, ids),
            self._failed,
        )

    def _show(self, generation: int, ids: list[int]) -> None:
        if self._closed or generation != self._generation:
            return  # closed, or a newer filter already asked again
        self.fetcher.new_query()
        self.model.set_ids(ids)
        self.count_label.setText(self.tr("{0} catatan").format(QLocale().toString(len(ids))))
        row = self.model.row_of(self._keep_id) if self._keep_id is not None else None
        if row is None and ids:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def load_users(self) -> None:
        """Fill the user filter with the names in the trail (keeping the one chosen)."""
        service = self.service
        self.runner.run(service.users, self._set_users, self._failed)

    def _set_users(self, users: list[str]) -> None:
        if self._closed:
            return
        chosen = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("Semua pengguna"), None)
        for name in users:
            self.user_filter.addItem(name, name)
        self.user_filter.setCurrentIndex(max(self.user_filter.findData(chosen), 0))
        self.user_filter.blockSignals(False)
        if self.user_filter.currentData() != chosen:
            self.refresh()

    def _update_date_widgets(self) -> None:
        self.since_edit.setEnabled(self.since_check.isChecked())
        self.until_edit.setEnabled(self.until_check.isChecked())
        self.all_dates.setEnabled(self.since_check.isChecked() or self.until_check.isChecked())

    def _dates_toggled(self, _checked: bool = False) -> None:
        self._update_date_widgets()
        self.refresh()

    def _date_changed(self, _value: QDate) -> None:
        if self.since_check.isChecked() or self.until_check.isChecked():
            self.refresh()

    def show_all_dates(self) -> None:
        for check in (self.since_check, self.until_check):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self._dates_toggled()

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        """Only the number and the time sort; clicking another column keeps the order."""
        header = self.table.horizontalHeader()
        if COLUMNS[section][0] is None:
            order = (
                Qt.SortOrder.DescendingOrder if self._newest_first else Qt.SortOrder.AscendingOrder
            )
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, order)
            header.blockSignals(False)
        else:
            self._sort_section = section

    def _sort_requested(self, _key: str, descending: bool) -> None:
        if descending != self._newest_first:
            self._newest_first = descending
            self.refresh()

    # -- one entry --------------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_row(self) -> AuditRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.item_at(indexes[0].row())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.current_row()
        self.changes.clear()
        if row is None:
            self.detail_title.setText(self.tr("Pilih catatan untuk melihat perubahannya."))
            self.detail_text.clear()
            self.detail_text.setVisible(False)
            return
        title = self.tr("Catatan #{0} · {1} · {2} · {3}").format(
            row.seq, local_time(row), row.username, row.action_label
        )
        subject = ": ".join(p for p in (row.entity_label_text, row.entity_label) if p)
        if subject:
            title += " · " + subject
        self.detail_title.setText(title)
        for name, pair in sorted(row.changes.items()):
            before, after = [*pair, None, None][:2] if isinstance(pair, list) else (None, pair)
            item = QTreeWidgetItem([name, _shown(before), _shown(after)])
            for column in (1, 2):
                item.setToolTip(column, item.text(column))
            self.changes.addTopLevelItem(item)
        if not row.changes:
            self.changes.addTopLevelItem(
                QTreeWidgetItem([self.tr("(tanpa perubahan kolom)"), "", ""])
            )
        self.detail_text.setText(row.detail)
        self.detail_text.setVisible(bool(row.detail))

    # -- the chain --------------------------------------------------------------------------

    def verify_chain(self) -> None:
        service = self.service

        def work() -> tuple[Any, int]:
            return service.verify(), len(service.search_ids(AuditQuery()))

        self.verify_button.setEnabled(False)
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Memeriksa rantai…"))
        self.runner.run(work, self._verified, self._verify_failed)

    def _verified(self, result: tuple[Any, int]) -> None:
        if self._closed:
            return
        chain_break, total = result
        self.verify_button.setEnabled(True)
        if chain_break is None:
            self.chain_label.setStyleSheet(OK_STYLE)
            self.chain_label.setText(
                self.tr("Rantai utuh ({0} catatan)").format(QLocale().toString(total))
            )
        else:
            self.chain_label.setStyleSheet(BROKEN_STYLE)
            self.chain_label.setText(chain_break.message)

    def _verify_failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            return
        self.verify_button.setEnabled(True)
        self.chain_label.clear()
        self._failed(exc, trace)

    # -- export -----------------------------------------------------------------------------

    def export(self) -> None:
        start = Path.home() / f"jejak-audit-{date.today():%Y%m%d}.xlsx"
        xlsx = self.tr("Buku kerja Excel (*.xlsx)")
        csv = self.tr("CSV (*.csv)")
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Ekspor jejak audit"),
            str(start),
            f"{xlsx};;{csv}",
            xlsx,
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + (".csv" if chosen == csv else ".xlsx"))
        service, query = self.service, self.query()
        self.export_button.setEnabled(False)
        self.chain_label.setStyleSheet("")
        self.chain_label.setText(self.tr("Mengekspor…"))
        self.runner.run(
            lambda: service.export(path, query),
            lambda count: self._exported(path, count),
            self._export_failed,
        )

    def _exported(self, path: Path, count: int) -> None:
        if self._closed:
            return
        self.export_button.setEnabled(True)
        self.chain_label.setText(
            self.tr("{0} catatan diekspor ke {1}").format(QLocale().toString(count), path)
        )
        self.last_export = path
        self.load_users()
        self.refresh()  # the export itself is in the trail now

    def _export_failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            return
        self.export_button.setEnabled(True)
        self.chain_label.clear()
        self._failed(exc, trace)

    # -- errors and closing -----------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("audit page job failed after closing: %s", exc)
            return
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            log.error("audit page job failed:\n%s", trace)
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")

    def done(self, result: int) -> None:
        self._closed = True  # jobs still running answer to nobody
        super().done(result)


def open_audit_page(db: Database | None, runner: TaskRunner, parent: QWidget) -> None:
    """Instansi → Jejak audit…: for anyone who may read the register."""
    if db is None:
        return
    refusal = denial_text(db.user, Permission.READ)
    if refusal is not None:
        show_error(parent, refusal)
        return
    page = AuditPage(db, runner, parent)
    page.exec()
    page.deleteLater()


__all__ = ["AuditPage", "open_audit_page"]
