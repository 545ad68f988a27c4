"""Exporting what a page shows to .xlsx: the path asked, the sheets written in the worker
through the EXPORT use case (services.spreadsheet.SpreadsheetExport: permission and audit
entry), n of N in a progress dialog, Batal leaves no file."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from asn_desktop.services.spreadsheet import ExportCancelled, Sheet, SpreadsheetExport
from asn_desktop.ui.compliance_table_model import count_text
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = ["XlsxExport", "ask_xlsx_path"]

log = logging.getLogger(__name__)


def ask_xlsx_path(parent: QWidget, title: str, suggested: str) -> Path | None:
    """The file to write, asked with the program's own dialog; ".xlsx" added if left off."""
    name, _chosen = QFileDialog.getSaveFileName(
        parent,
        title,
        str(Path.home() / suggested),
        QCoreApplication.translate("XlsxExport", "Buku kerja Excel (*.xlsx)"),
        "",
        QFileDialog.Option.DontUseNativeDialog,
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class XlsxExport(QObject):
    """One export at a time for a page: the sheets written in the worker (their rows read
    from the services as they are written), n of N in a progress dialog, Batal stops it
    and leaves no file. `done(path, rows)` or `failed(exc, trace)` follows, on the GUI
    thread; a cancel is `cancelled()`."""

    done = Signal(object, int)
    failed = Signal(object, str)
    cancelled = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.exporter = SpreadsheetExport(db)
        self.runner = runner
        self.progress: QProgressDialog | None = None
        self.control: JobControl | None = None
        self.last_path: Path | None = None
        self.closed = False

    @property
    def running(self) -> bool:
        return self.control is not None

    def start(
        self,
        path: Path,
        sheets: Callable[[], Sequence[Sheet]],
        *,
        total: int,
        label: str,
    ) -> None:
        """Write ``sheets()`` (called in the worker: their rows may read the services as
        they are written) to ``path``; ``total`` is the number of rows expected, for the
        progress bar. A cancel is noticed before the first row and every
        spreadsheet.PROGRESS_EVERY rows."""
        exporter = self.exporter

        def write(progress: Callable[..., bool]) -> int:
            return exporter.write(path, sheets(), label=label, progress=progress)

        self.start_writing(path, write, total=total)

    def start_writing(
        self, path: Path, write: Callable[[Callable[..., bool]], int], *, total: int
    ) -> None:
        """Run ``write(progress)`` in the worker, with the progress dialog: it writes
        ``path`` through an EXPORT use case, calls ``progress(rows)`` or ``progress(rows,
        expected)`` as it goes (False: cancel, by raising ExportCancelled) and returns the
        rows written. ``total``: the rows expected, until the worker knows better."""
        if self.running:
            return

        def work(control: JobControl) -> int:
            control.progress(0, total)

            def progress(rows: int, expected: int | None = None) -> bool:
                control.progress(rows, total if expected is None else expected)
                return not control.cancelled()

            control.check()  # cancelled while waiting for the worker
            try:
                return write(progress)
            except ExportCancelled as exc:
                raise Cancelled() from exc

        # The page through Qt's parent link, not an attribute of this object: the page holds
        # this export, and a reference back would be a cycle that outlives the page.
        page = self.parent()
        dialog = QProgressDialog(
            QCoreApplication.translate("XlsxExport", "Mengekspor…"),
            QCoreApplication.translate("XlsxExport", "Batal"),
            0,
            max(total, 1),
            page if isinstance(page, QWidget) else None,
        )
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(QCoreApplication.translate("XlsxExport", "Ekspor ke Excel"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setMinimumWidth(420)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress = dialog

        def on_progress(rows: int, expected: int, _message: str) -> None:
            if dialog is not self.progress:
                return
            dialog.setMaximum(max(expected, 1))
            dialog.setValue(min(rows, max(expected, 1)))
            dialog.setLabelText(
                QCoreApplication.translate("XlsxExport", "Menulis {0} dari {1} baris…").format(
                    count_text(rows), count_text(expected)
                )
            )

        control = self.runner.run_controlled(
            work,
            lambda rows: self._finished(path, rows),
            self._failed,
            on_progress,
        )
        self.control = control
        # A lambda, not the bound control.cancel (see MainWindow.open_database).
        dialog.canceled.connect(lambda: control.cancel())

    def cancel(self) -> None:
        if self.control is not None:
            self.control.cancel()

    def _end(self) -> None:
        dialog, self.progress = self.progress, None
        self.control = None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def _finished(self, path: Path, rows: int) -> None:
        self._end()
        if self.closed:
            return
        self.last_path = path
        self.done.emit(path, rows)

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._end()
        if self.closed:
            log.info("export ended after its page closed: %s", exc)
            return
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(exc, trace)


# -- the sheets ---------------------------------------------------------------------------
