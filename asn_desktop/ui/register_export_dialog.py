"""Berkas -> Ekspor ke Excel: the register as it is shown (its query: search, filters, sort;
its visible columns in their order, with their header texts) written to .xlsx.

The path is asked with the program's file dialog (ui.xlsx_export.ask_xlsx_path); the rows
are read and written in the worker through services.register_export.RegisterExport (the
EXPORT use case: permission and audit entry), so 200,000 rows never freeze the window. A
progress dialog with Batal appears only when the export takes longer than a moment
(QProgressDialog's minimum duration, see XlsxExport); a cancel leaves no file. At the end a
message gives the row count and the path, with a button that opens the folder.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Permission
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.compliance_table_model import count_text
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.xlsx_export import XlsxExport, ask_xlsx_path

if TYPE_CHECKING:
    from asn_desktop.ui.employee_register import EmployeeRegister
    from asn_desktop.ui.main_window import MainWindow

__all__ = ["RegisterExportFlow", "export_register", "shown_columns"]

log = logging.getLogger(__name__)

# The register's columns before the column chooser (services.employees.DEFAULT_COLUMNS).
_DEFAULT_KEYS = ("nip", "nama", "golongan", "jabatan", "unit", "status")


def shown_columns(register: EmployeeRegister) -> list[tuple[str, str]]:
    """(column key, header text as shown) of the register's visible columns, in the order
    the header shows them."""
    model = register.model
    header = register.table.horizontalHeader()
    key_of = getattr(model, "column_key", None)
    columns: list[tuple[str, str]] = []
    for visual in range(header.count()):
        logical = header.logicalIndex(visual)
        if logical < 0 or header.isSectionHidden(logical):
            continue
        key = key_of(logical) if key_of is not None else model.COLUMNS[logical][0]
        if key is None:
            continue
        title = model.headerData(logical, Qt.Orientation.Horizontal)
        columns.append((str(key), str(title or "")))
    if not columns:  # nothing readable from the header: the register's default six
        columns = [(key, "") for key in _DEFAULT_KEYS]
    return columns


def _keluar_labels() -> dict[str, str]:
    """How the register names each kind of leaving, in the window's language."""
    try:
        from asn_desktop.ui.employee_table_model import KELUAR_TITLES, keluar_title
    except ImportError:  # a register without the Keluar column
        return {}
    return {key: keluar_title(key) for key in KELUAR_TITLES}


class RegisterExportFlow(QObject):
    """One register export at a time for the main window. ``finished(path, rows)`` after
    the closing message is shown; ``cancelled()`` after a cancel."""

    finished = Signal(object, int)
    cancelled = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.export: XlsxExport | None = None
        self.message: QMessageBox | None = None
        self.open_folder_button: object | None = None

    @property
    def running(self) -> bool:
        return self.export is not None and self.export.running

    def start(self) -> None:
        """Ask where to write, then export (the menu action)."""
        window = self.window
        db = window.db
        if db is None or self.running:
            return
        user = db.user
        reason = denial_text(user, Permission.EXPORT) if user is not None else None
        if reason:  # a shortcut or a stray call: refused all the same, before the question
            show_error(window, reason)
            return
        suggested = f"daftar-pegawai-{date.today():%Y-%m-%d}.xlsx"
        path = ask_xlsx_path(window, self.tr("Ekspor ke Excel"), suggested)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export the register's current view to ``path`` (the file dialog answered)."""
        from asn_desktop.services.register_export import RegisterExport

        window = self.window
        db = window.db
        if db is None or self.running:
            return
        register = window.register
        query = register.query()
        columns = shown_columns(register)
        total = register.model.rowCount()
        labels = _keluar_labels()
        exporter = RegisterExport(db)
        if self.export is not None:
            self.export.deleteLater()
        export = XlsxExport(db, window.runner, window)
        export.done.connect(self._done)
        export.failed.connect(self._failed)
        export.cancelled.connect(self._cancelled)
        self.export = export

        def write(progress: Callable[..., bool]) -> int:
            return exporter.write(
                path, query, columns, fmt="xlsx", progress=progress, keluar_labels=labels
            )

        export.start_writing(path, write, total=total)

    def cancel(self) -> None:
        if self.export is not None:
            self.export.cancel()

    # -- the end ----------------------------------------------------------------------------

    def _done(self, path: Path, rows: int) -> None:
        window = self.window
        text = self.tr("{0} baris diekspor ke {1}").format(count_text(rows), path)
        window.statusBar().showMessage(text, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Ekspor ke Excel"),
            self.tr("{0} baris diekspor ke:\n{1}").format(count_text(rows), path),
            QMessageBox.StandardButton.NoButton,
            window,
        )
        box.setObjectName("registerExportDone")
        box.setInformativeText(
            self.tr("Berkas ini berisi data pribadi: simpan dan serahkan dengan aman.")
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = box.addButton(self.tr("Buka &folder"), QMessageBox.ButtonRole.ActionRole)
        open_button.setObjectName("openFolderButton")
        close_button = box.addButton(self.tr("Tutup"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(close_button)
        box.setEscapeButton(close_button)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def clicked(button: object) -> None:
            if button is open_button:
                self.open_folder(path.parent)

        box.buttonClicked.connect(clicked)
        box.destroyed.connect(lambda _obj=None: self._forget(box))
        self.message = box
        self.open_folder_button = open_button
        box.open()  # window-modal, not blocking: the window keeps painting
        self.finished.emit(path, rows)

    def _forget(self, box: QMessageBox) -> None:
        if self.message is box:
            self.message = None
            self.open_folder_button = None

    def open_folder(self, folder: Path) -> None:
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
            return
        # No file manager here (a bare desktop, a remote session): the path, to copy.
        log.info("could not open %s with the desktop", folder)
        QMessageBox.information(
            self.window,
            self.tr("Ekspor ke Excel"),
            self.tr("Folder tidak bisa dibuka otomatis di komputer ini. Foldernya:\n{0}").format(
                folder
            ),
        )

    def _cancelled(self) -> None:
        self.window.statusBar().showMessage(
            self.tr("Ekspor dibatalkan; berkas tidak dibuat."), 15000
        )
        self.cancelled.emit()

    def _failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self.window, str(exc), trace)
        else:
            log.error("register export failed:\n%s", trace)
            show_error(
                self.window,
                self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc),
                trace,
            )


def export_register(window: MainWindow) -> RegisterExportFlow:
    """The window's export flow (made on first use), started: Berkas -> Ekspor ke Excel."""
    flow = getattr(window, "register_export", None)
    if not isinstance(flow, RegisterExportFlow):
        flow = RegisterExportFlow(window)
        window.register_export = flow  # type: ignore[attr-defined]
    flow.start()
    return flow
