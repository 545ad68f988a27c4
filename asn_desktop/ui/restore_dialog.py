"""Choosing the backup to restore (Berkas → Pulihkan dari cadangan…, administrators only).

The dialog lists the database's backups, newest first, as services.backups sees them
(read-only): when, why, how big, how many employees, which schema, and whether it can be
restored. Backups that were verified when they were made are shown at once; the others are
checked in the worker, one by one, while the list is on screen. "Pulihkan" is only for a
verified backup, and asks first. The restore itself is MainWindow's (close the database,
restore in the worker, reopen).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.schema import HEAD_REVISION
from asn_desktop.services.backups import BackupInfo, check_backup, describe_file, list_backups
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

TANGGAL, ALASAN, UKURAN, PEGAWAI, SKEMA, TERVERIFIKASI = range(6)
VERIFIED_MARK, DAMAGED_MARK = "✓", "✗"
COLUMN_WIDTHS = (130, 210, 80, 80, 200, 100)


class RestoreDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.backups: list[BackupInfo] = []
        self.chosen: BackupInfo | None = None
        self.loaded = False  # the list has arrived (checks may still be running)
        self._closed = False
        self._stop = threading.Event()  # closing the dialog drops the checks not yet run
        self._checking_chosen = False  # the full check before "Pulihkan" asks is running
        self.setWindowTitle(self.tr("Pulihkan dari cadangan"))
        self.setObjectName("restoreDialog")

        intro = QLabel(
            self.tr(
                "Pilih cadangan yang akan dipulihkan. Isi basis data sekarang akan diganti "
                "dengan isi cadangan itu; sebelumnya keadaan sekarang disimpan sebagai "
                "cadangan keamanan."
            )
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Tanggal"),
                self.tr("Alasan"),
                self.tr("Ukuran"),
                self.tr("Pegawai"),
                self.tr("Skema"),
                self.tr("Terverifikasi"),
            ]
        )
        configure_list_table(self.table, COLUMN_WIDTHS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.status = QLabel(self.tr("Memuat daftar cadangan…"))
        self.status.setObjectName("backupStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.other_button = QPushButton(self.tr("Pilih berkas lain…"))
        self.other_button.setObjectName("restoreOtherFile")
        self.restore_button = QPushButton(self.tr("Pulihkan"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAutoDefault(False)
        self.other_button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(860, 460)

        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.cancel_button.clicked.connect(self.reject)
        self.other_button.clicked.connect(self.choose_other_file)
        self.load()

    # -- the list -------------------------------------------------------------------------

    def load(self) -> None:
        db = self.db
        self.runner.run(lambda: list_backups(db, full_checks=False), self._listed, self._failed)

    def _listed(self, backups: list[BackupInfo]) -> None:
        if self._closed:
            return
        self.backups = list(backups)
        self.table.setRowCount(0)
        for info in self.backups:
            self._insert_row(self.table.rowCount(), info)
        self.loaded = True
        if not self.backups:
            self.status.setText(
                self.tr(
                    "Belum ada cadangan di {0}. Pilih berkas lain bila cadangan disimpan "
                    "di tempat lain."
                ).format(self._folder())
            )
        else:
            self.table.selectRow(0)
            self._selection_changed()
        for info in self.backups:
            if info.pending:
                self._check_later(info)

    def _folder(self) -> str:
        return str(self.db.backups.folder) if self.db.backups is not None else ""

    def _check_later(self, info: BackupInfo) -> None:
        stop = self._stop

        def work() -> BackupInfo | None:
            return None if stop.is_set() else check_backup(info)

        self.runner.run(work, lambda checked: self._checked(info, checked), self._failed)

    def _checked(self, before: BackupInfo, after: BackupInfo | None) -> None:
        if self._closed or after is None:
            return
        for row, info in enumerate(self.backups):
            if info is before:
                self.backups[row] = after
                self._fill_row(row, after)
                if row == self._selected_row():
                    self._selection_changed()
                return

    def _insert_row(self, row: int, info: BackupInfo) -> None:
        self.table.insertRow(row)
        for column in range(self.table.columnCount()):
            item = QTableWidgetItem()
            if column in (UKURAN, PEGAWAI):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == TERVERIFIKASI:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)
        self._fill_row(row, info)

    def _fill_row(self, row: int, info: BackupInfo) -> None:
        locale = QLocale()
        schema = info.schema_revision or "—"
        if info.schema_revision and info.schema_revision != HEAD_REVISION:
            schema = self.tr("{0} (diperbarui saat dibuka)").format(info.schema_revision)
        if info.pending:
            mark = self.tr("memeriksa…")
        else:
            mark = VERIFIED_MARK if info.restorable else DAMAGED_MARK
        texts = {
            TANGGAL: f"{info.created.astimezone():%d-%m-%Y %H:%M}",
            ALASAN: info.reason_label,
            UKURAN: locale.formattedDataSize(
                info.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
            PEGAWAI: locale.toString(info.employees) if info.employees is not None else "—",
            SKEMA: schema,
            TERVERIFIKASI: mark,
        }
        tooltip = self._tooltip(info)
        for column, text in texts.items():
            item = self.table.item(row, column)
            assert item is not None  # made by _insert_row
            item.setText(text)
            item.setToolTip(tooltip)
        mark_item = self.table.item(row, TERVERIFIKASI)
        if mark_item is not None and not info.pending:
            mark_item.setForeground(
                Qt.GlobalColor.darkGreen if info.restorable else Qt.GlobalColor.red
            )

    def _tooltip(self, info: BackupInfo) -> str:
        lines = [str(info.path)]
        if info.problem:
            lines.append(info.problem)
        elif info.pending:
            lines.append(self.tr("Sedang diperiksa."))
        elif info.fully_checked:
            lines.append(self.tr("Diperiksa utuh sekarang."))
        else:
            lines.append(self.tr("Diverifikasi saat dibuat; diperiksa ulang sebelum dipulihkan."))
        return "\n".join(lines)

    # -- choosing ---------------------------------------------------------------------------

    def _selected_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def selected(self) -> BackupInfo | None:
        row = self._selected_row()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def _selection_changed(self) -> None:
        info = self.selected()
        self.restore_button.setEnabled(info is not None and info.restorable)
        if info is None:
            return
        if info.problem:
            self.status.setText(self.tr("Tidak bisa dipulihkan: {0}").format(info.problem))
        elif info.pending:
            self.status.setText(self.tr("{0}: sedang diperiksa…").format(info.path))
        else:
            self.status.setText(str(info.path))

    def choose_other_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih cadangan yang akan dipulihkan"),
            self._folder(),
            self.tr("Cadangan ASN Desktop (*.sqlite *.db);;Semua berkas (*)"),
            "",
            QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return
        path = Path(name)
        self.status.setText(self.tr("{0}: sedang diperiksa…").format(path))
        self.other_button.setEnabled(False)

        def done(info: BackupInfo) -> None:
            if self._closed:
                return
            self.other_button.setEnabled(True)
            self.backups.insert(0, info)
            self._insert_row(0, info)
            self.table.selectRow(0)
            self._selection_changed()

        def failed(exc: BaseException, trace: str) -> None:
            if not self._closed:
                self.other_button.setEnabled(True)
            self._failed(exc, trace)

        self.runner.run(lambda: describe_file(path), done, failed)

    def restore_selected(self) -> None:
        """Check the chosen backup fully (unless that happened already), then ask."""
        info = self.selected()
        if info is None or not info.restorable:
            return
        if info.fully_checked:
            self._confirm(info)
            return
        if self._checking_chosen:
            return  # a double click while the check runs
        self._checking_chosen = True
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("{0}: diperiksa sebelum dipulihkan…").format(info.name))

        def checked(after: BackupInfo) -> None:
            self._checking_chosen = False
            if self._closed:
                return
            self._checked(info, after)
            if after.restorable and self.selected() is after:
                self._confirm(after)

        def failed(exc: BaseException, trace: str) -> None:
            self._checking_chosen = False
            self._failed(exc, trace)
            self._selection_changed()

        self.runner.run(lambda: check_backup(info), checked, failed)

    def _confirm(self, info: BackupInfo) -> None:
        employees = QLocale().toString(info.employees) if info.employees is not None else "?"
        answer = QMessageBox.warning(
            self,
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Isi basis data sekarang akan diganti dengan isi cadangan {0} ({1}, dibuat "
                "{2}, {3} pegawai).\n\nSebelumnya dibuat dulu cadangan keamanan dari keadaan "
                'sekarang ("sebelum pemulihan"), jadi pemulihan ini bisa dibatalkan dengan '
                "memulihkan cadangan itu. Lanjutkan?"
            ).format(
                info.name,
                info.reason_label,
                f"{info.created.astimezone():%d-%m-%Y %H:%M}",
                employees,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.chosen = info
        self.accept()

    # -- errors and closing -----------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            return
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )
        if not self.loaded:
            self.status.setText(self.tr("Daftar cadangan tidak bisa dimuat."))

    def done(self, result: int) -> None:
        self._closed = True
        self._stop.set()  # the checks still queued return at once
        super().done(result)
