"""The preview of an appraisal document: the PDF as it will print, then print or save it.

    open_document_preview(db, runner, parent, evaluasi_id=...)  an evaluation (final: its
                                                                 frozen snapshot; else a DRAF)
    open_document_preview(db, runner, parent, versi_id=...)     an earlier finalised version
    open_document_preview(db, runner, parent, skp_id=...)       the SKP planning document
    open_document_preview(db, runner, parent, rencana_tahun=...) a year's competency
                                                                 development plan (AKPK)

The document is read and rendered in the worker (ReportLab into memory, a fraction of a
second for a few pages, too long for the GUI thread) and shown with QPdfView from a QBuffer
kept alive as long as the QPdfDocument reads it. Changing the paper (A4, F4) renders again
from the document read the first time. Printing renders each page with QtPdf into an image
at the printer's resolution (capped: 300 dpi is print quality, 1200 would be 150 MB a page)
and paints it full-page, so the printout has the PDF's own margins at 1:1; that painting
runs in the worker too (QPainter may paint on a QPrinter off the GUI thread, and every
QtPdf call takes pdfium's lock). "Simpan PDF…" writes the bytes shown, through a temporary
file renamed into place. Both record a "Cetak" entry in the audit trail (record_print,
record_print_skp for the planning document, PlanService.record_print for the plan). A
landscape document (the plan) is printed on landscape paper.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPointF,
    QRect,
    QSize,
    QSizeF,
    QStandardPaths,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.ui.form_fields import ERROR_STYLE
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.skp_editor import NOTE_STYLE, OK_STYLE, fit_to_screen, if_alive
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.domain.dokumen_kinerja import DokumenSkp
    from asn_desktop.reports.rencana_pengembangan import DokumenRencana
    from asn_desktop.services.appraisal_documents import Printable
    from asn_desktop.services.database import Database

__all__ = [
    "PAPERS",
    "PdfPreviewDialog",
    "open_document_preview",
    "page_size",
    "print_pdf",
    "write_atomically",
]

CONTEXT = "PdfPreviewDialog"
# The paper names of asn_desktop.reports.paper, with what the selector says.
PAPERS = (
    ("A4", QT_TRANSLATE_NOOP("PdfPreviewDialog", "A4 (210 × 297 mm)")),
    ("F4", QT_TRANSLATE_NOOP("PdfPreviewDialog", "F4 / Folio (215 × 330 mm)")),
)
PRINT_DPI_CAP = 300
DRAFT_STYLE = (
    "QLabel { background: #fff3e0; color: #b71c1c; border: 1px solid #ef9a9a; "
    "border-radius: 4px; padding: 4px 8px; font-weight: bold; }"
)
ZOOM_STEP = 1.25


def page_size(paper: str) -> QPageSize:
    """The printer's page size for a paper of the documents: A4, or F4 as a custom
    215 x 330 mm (Qt knows no F4; its "Folio" is 210 x 330)."""
    if paper.strip().upper() == "F4":
        return QPageSize(
            QSizeF(215, 330),
            QPageSize.Unit.Millimeter,
            "F4",
            QPageSize.SizeMatchPolicy.ExactMatch,
        )
    return QPageSize(QPageSize.PageSizeId.A4)


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` at ``path`` complete or not at all: written to a temporary file beside it,
    flushed to disk, then renamed over it (an older file stays until the new one is whole)."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise


def print_pdf(data: bytes, printer: QPrinter, *, dpi_cap: int = PRINT_DPI_CAP) -> int:
    """Paint the PDF ``data`` onto ``printer`` page by page (its page range if it has one);
    returns the pages printed. RuntimeError when the printer cannot be opened.

    Any thread: it makes its own QPdfDocument, which dies here too.
    """
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise RuntimeError("PDF tidak dapat dibaca untuk dicetak.")
        first, last = 1, document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(printer.fromPage(), 1)
            last = min(printer.toPage() or last, last)
        dpi = min(printer.resolution(), dpi_cap)
        painter = QPainter()
        if not painter.begin(printer):
            raise RuntimeError("Pencetak tidak dapat dibuka.")
        printed = 0
        try:
            target_area = printer.pageLayout().fullRectPixels(printer.resolution())
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                points = document.pagePointSize(number - 1)
                pixels = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = document.render(number - 1, pixels)
                painter.drawImage(_fit(target_area, pixels), image)
                printed += 1
        finally:
            painter.end()
        return printed
    finally:
        document.close()
        buffer.close()


def _fit(area: QRect, size: QSize) -> QRect:
    """``size`` scaled into ``area`` keeping its proportions, centred (equal paper: all)."""
    scale = min(area.width() / size.width(), area.height() / size.height())
    width, height = round(size.width() * scale), round(size.height() * scale)
    return QRect(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )


@dataclass(frozen=True)
class Source:
    """What the preview shows, read once: an evaluation's printable document, an SKP's
    planning document, or a year's development plan."""

    printable: Printable | None = None
    skp: DokumenSkp | None = None
    rencana: DokumenRencana | None = None

    @property
    def draft(self) -> bool:
        return self.printable is not None and self.printable.draft

    def title(self) -> str:
        if self.printable is not None:
            d = self.printable.dokumen
            return QCoreApplication.translate(
                "PdfPreviewDialog", "Dokumen Evaluasi Kinerja — {0}, {1} {2}"
            ).format(d.pegawai.nama, d.periode_label, d.tahun)
        if self.rencana is not None:
            return QCoreApplication.translate(
                "PdfPreviewDialog", "Rencana Pengembangan Kompetensi {0} — {1}"
            ).format(self.rencana.tahun, self.rencana.status)
        assert self.skp is not None
        return QCoreApplication.translate("PdfPreviewDialog", "Rencana SKP {0} — {1}").format(
            self.skp.tahun, self.skp.pegawai.nama
        )

    def file_stem(self) -> str:
        if self.printable is not None:
            return self.printable.file_stem
        if self.rencana is not None:
            return f"rencana-pengembangan-kompetensi-{self.rencana.tahun}"
        assert self.skp is not None
        nip = "".join(c for c in self.skp.pegawai.nip if c.isdigit())
        return f"rencana-skp-{self.skp.tahun}-{nip or 'pegawai'}"

    def render(self, paper: str) -> tuple[bytes, int]:
        """The PDF in memory and its page count (in the worker: ReportLab is imported here,
        never on the way to the main window)."""
        out = BytesIO()
        if self.printable is not None:
            from asn_desktop.reports.evaluasi_kinerja import render_evaluasi

            p = self.printable
            pages = render_evaluasi(
                p.dokumen, out, paper=paper, kode=p.kode, digest=p.digest, draft=p.draft
            )
        elif self.rencana is not None:
            from asn_desktop.reports.rencana_pengembangan import render_rencana

            pages = render_rencana(self.rencana, out, paper=paper)
        else:
            from asn_desktop.reports.skp_rencana import render_skp

            assert self.skp is not None
            pages = render_skp(self.skp, out, paper=paper)
        return out.getvalue(), pages


def read_source(
    db: Database,
    *,
    evaluasi_id: int | None,
    versi_id: int | None,
    skp_id: int | None,
    rencana_tahun: int | None = None,
) -> Source:
    """In the worker: the document to show."""
    if rencana_tahun is not None:
        from asn_desktop.services.akpk import PlanService

        return Source(rencana=PlanService(db).dokumen(rencana_tahun))
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    documents = AppraisalDocuments(db)
    if versi_id is not None:
        return Source(printable=documents.printable_version(versi_id))
    if evaluasi_id is not None:
        return Source(printable=documents.printable(evaluasi_id))
    assert skp_id is not None
    return Source(skp=documents.skp_document(skp_id))


class PdfPreviewDialog(QDialog):
    """See the module docstring."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        evaluasi_id: int | None = None,
        versi_id: int | None = None,
        skp_id: int | None = None,
        rencana_tahun: int | None = None,
        paper: str = "A4",
    ) -> None:
        super().__init__(parent)
        if [evaluasi_id, versi_id, skp_id, rencana_tahun].count(None) != 3:
            raise ValueError(
                "open_document_preview needs one of evaluasi_id, versi_id, skp_id, rencana_tahun"
            )
        self.db, self.runner = db, runner
        self.evaluasi_id, self.versi_id, self.skp_id = evaluasi_id, versi_id, skp_id
        self.rencana_tahun = rencana_tahun
        self.source: Source | None = None
        self.paper = paper.strip().upper() if paper.strip().upper() in dict(PAPERS) else "A4"
        self.pdf_bytes = b""  # the last rendered document, what Simpan PDF writes
        self.rendered_paper = ""
        self.rendering = False
        self.renders = 0  # documents shown so far (tests wait on it)
        self.operation: Operation[Any] | None = None
        self._generation = 0
        self._printer: QPrinter | None = None
        self.saved_path: Path | None = None  # where the last "Simpan PDF" wrote
        self.setObjectName("pdfPreview")
        self.setWindowTitle(self.tr("Pratinjau dokumen"))

        # Children are deleted in the order they were made: the view first (it then sends
        # nothing more), then the document, then the buffer it reads pages from on demand,
        # which lives as long as the dialog.
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.document = QPdfDocument(self)
        self._array = QByteArray()
        self._buffer = QBuffer(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)

        self.paper_combo = QComboBox()
        self.paper_combo.setObjectName("paper")
        for name, label in PAPERS:
            self.paper_combo.addItem(QCoreApplication.translate(CONTEXT, str(label)), name)
        self.paper_combo.setCurrentIndex(max(self.paper_combo.findData(self.paper), 0))
        self.paper_combo.currentIndexChanged.connect(self._paper_chosen)
        self.previous_button = self._tool(self.tr("‹ Sebelumnya"), self.previous_page)
        self.next_button = self._tool(self.tr("Berikutnya ›"), self.next_page)
        self.page_label = QLabel()
        self.page_label.setObjectName("pageLabel")
        self.zoom_out_button = self._tool("−", lambda: self.zoom(1 / ZOOM_STEP))
        self.zoom_out_button.setToolTip(self.tr("Perkecil"))
        self.zoom_in_button = self._tool("+", lambda: self.zoom(ZOOM_STEP))
        self.zoom_in_button.setToolTip(self.tr("Perbesar"))
        self.fit_width_button = self._tool(self.tr("Sesuai lebar"), self.fit_width)
        self.fit_page_button = self._tool(self.tr("Satu halaman"), self.fit_page)
        toolbar = QHBoxLayout()
        toolbar.addWidget(QLabel(self.tr("Kertas")))
        toolbar.addWidget(self.paper_combo)
        toolbar.addSpacing(16)
        toolbar.addWidget(self.previous_button)
        toolbar.addWidget(self.page_label)
        toolbar.addWidget(self.next_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.zoom_out_button)
        toolbar.addWidget(self.zoom_in_button)
        toolbar.addWidget(self.fit_width_button)
        toolbar.addWidget(self.fit_page_button)

        self.draft_label = QLabel(
            self.tr(
                "DRAF — evaluasi ini belum final: dokumen bertanda DRAF dan tanpa kode dokumen. "
                "Finalkan dahulu untuk mencetak dokumen yang ditandatangani."
            )
        )
        self.draft_label.setObjectName("draftNote")
        self.draft_label.setWordWrap(True)
        self.draft_label.setStyleSheet(DRAFT_STYLE)
        self.draft_label.hide()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Cetak…"))
        self.print_button.setObjectName("printButton")
        self.save_button = QPushButton(self.tr("Simpan PDF…"))
        self.save_button.setObjectName("savePdfButton")
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(toolbar)
        layout.addWidget(self.draft_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 900, 980)
        self._set_busy(True, self.tr("Menyiapkan dokumen…"))
        self._read()

    def _tool(self, text: str, slot: Any) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.clicked.connect(slot)
        return button

    # -- reading and rendering ------------------------------------------------------------------

    def _read(self) -> None:
        db, paper = self.db, self.paper
        evaluasi_id, versi_id, skp_id = self.evaluasi_id, self.versi_id, self.skp_id
        rencana_tahun = self.rencana_tahun
        self._generation += 1
        generation = self._generation

        def work() -> tuple[Source, bytes, int, str]:
            source = read_source(
                db,
                evaluasi_id=evaluasi_id,
                versi_id=versi_id,
                skp_id=skp_id,
                rencana_tahun=rencana_tahun,
            )
            data, pages = source.render(paper)
            return source, data, pages, paper

        def done(result: tuple[Source, bytes, int, str]) -> None:
            source, data, _pages, rendered = result
            self.source = source
            self._set_title()
            self.draft_label.setVisible(source.draft)
            if generation == self._generation:
                self._show(data, rendered)

        self.runner.run(work, if_alive(self, done), if_alive(self, self._failed))

    def _paper_chosen(self, _index: int) -> None:
        paper = str(self.paper_combo.currentData())
        if paper == self.paper:
            return
        self.paper = paper
        if self.source is None:
            return  # the first read renders with the paper chosen by then
        self._render()

    def _render(self) -> None:
        source, paper = self.source, self.paper
        assert source is not None
        self._generation += 1
        generation = self._generation
        self._set_busy(True, self.tr("Menyiapkan dokumen…"))

        def work() -> tuple[bytes, int]:
            return source.render(paper)

        def done(result: tuple[bytes, int]) -> None:
            if generation == self._generation:
                self._show(result[0], paper)

        self.runner.run(work, if_alive(self, done), if_alive(self, self._failed))

    def _show(self, data: bytes, paper: str) -> None:
        if paper != self.paper:  # chosen again while this rendered
            self._render()
            return
        page = self.view.pageNavigator().currentPage()
        # Close first: the document must not read from the buffer while it is replaced.
        self.document.close()
        self._buffer.close()
        self._array = QByteArray(data)
        self._buffer.setBuffer(self._array)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self.pdf_bytes, self.rendered_paper = data, paper
        self.renders += 1
        self._set_busy(False)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._say(self.tr("Dokumen tidak dapat ditampilkan."), ERROR_STYLE)
            return
        self.view.setZoomMode(self.view.zoomMode())
        if 0 < page < self.document.pageCount():
            self._jump(page)
        self._update_page()
        self.status.hide()

    def _failed(self, exc: BaseException, trace: str) -> None:
        from asn_desktop.db.errors import DatabaseError
        from asn_desktop.services.errors import ServiceError
        from asn_desktop.ui.error_dialog import show_error

        self._set_busy(False)
        if isinstance(exc, ImportError):
            message = self.tr("Pencetakan dokumen ini belum tersedia pada versi program ini.")
        elif isinstance(exc, (ServiceError, DatabaseError, ValueError)):
            message = str(exc)
        else:
            message = self.tr("Dokumen tidak dapat disiapkan: {0}").format(exc)
            show_error(self, message, trace)
        self._say(message, ERROR_STYLE)
        self.print_button.setEnabled(False)
        self.save_button.setEnabled(False)

    def _set_title(self) -> None:
        if self.source is None:
            return
        title = self.source.title()
        if self.source.draft:
            title = self.tr("DRAF — {0}").format(title)
        self.setWindowTitle(title)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.rendering = busy
        ready = not busy and bool(self.pdf_bytes)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        if busy:
            self._say(text, NOTE_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.status.setStyleSheet(style)
        self.status.setText(text)
        self.status.show()

    # -- navigation -----------------------------------------------------------------------------

    def page_count(self) -> int:
        return (
            self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0
        )

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def _jump(self, page: int) -> None:
        navigator = self.view.pageNavigator()
        navigator.jump(page, QPointF(), navigator.currentZoom())

    def previous_page(self) -> None:
        if self.current_page() > 0:
            self._jump(self.current_page() - 1)

    def next_page(self) -> None:
        if self.current_page() < self.page_count() - 1:
            self._jump(self.current_page() + 1)

    def _page_changed(self, _page: int) -> None:
        # Also sent while the dialog is torn down: then there is nothing to update.
        if shiboken6.isValid(self) and shiboken6.isValid(self.document):
            self._update_page()

    def _update_page(self) -> None:
        count = self.page_count()
        current = min(self.current_page(), max(count - 1, 0))
        self.page_label.setText(
            self.tr("Halaman {0} dari {1}").format(current + 1 if count else 0, count)
        )
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)

    def zoom(self, factor: float) -> None:
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self.view.pageNavigator().currentZoom() or current
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(current * factor, 5.0)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

    # -- printing and saving ----------------------------------------------------------------------

    def make_printer(self) -> QPrinter:
        """A printer set up for this document: its paper, turned as its pages are (the plan
        is landscape), the whole sheet (the PDF carries its own margins)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.rendered_paper or self.paper))
        first = self.document.pagePointSize(0) if self.page_count() else None
        landscape = first is not None and first.width() > first.height()
        printer.setPageOrientation(
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
        )
        printer.setFullPage(True)
        printer.setDocName(self.windowTitle())
        printer.setFromTo(1, max(self.page_count(), 1))
        return printer

    @property
    def busy(self) -> bool:
        return self.rendering or (self.operation is not None and self.operation.running)

    def print_document(self) -> bool:
        """Ask the printer (QPrintDialog), then print in the worker and record the print.
        False when nothing was started."""
        if self.busy or not self.pdf_bytes or self.source is None:
            return False
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(self.page_count(), 1))
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        # Kept here, so the printer dies on the GUI thread after the worker let go of it.
        self._printer = printer
        data, source, skp_id = self.pdf_bytes, self.source, self.skp_id
        db, where = self.db, printer.printerName() or printer.outputFileName()

        def work() -> tuple[int, Changes]:
            pages = print_pdf(data, printer)
            _record_print(db, source, skp_id, where)
            return pages, Changes()

        def done(pages: int, _changes: Changes) -> None:
            self._say(self.tr("{0} halaman dikirim ke pencetak.").format(pages), OK_STYLE)

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=self._write_failed,
            buttons=self.buttons,
            saving_text=self.tr("Mencetak…"),
        ).run()
        return True

    def default_path(self) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = self.source.file_stem() if self.source is not None else "dokumen"
        return Path(folder) / f"{stem}-{self.rendered_paper.lower() or 'a4'}.pdf"

    def save_pdf(self) -> bool:
        """Ask where, then write the PDF shown (atomically) and record it, in the worker."""
        if self.busy or not self.pdf_bytes or self.source is None:
            return False
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Simpan PDF"),
            str(self.default_path()),
            self.tr("Dokumen PDF (*.pdf)"),
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        data, source, skp_id, db = self.pdf_bytes, self.source, self.skp_id, self.db

        def work() -> tuple[Path, Changes]:
            write_atomically(path, data)
            _record_print(db, source, skp_id, str(path))
            return path, Changes()

        def done(saved: Path, _changes: Changes) -> None:
            self.saved_path = saved
            self._say(self.tr("Disimpan: {0}").format(saved), OK_STYLE)

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=done,
            on_failure=self._write_failed,
            buttons=self.buttons,
            saving_text=self.tr("Menyimpan PDF…"),
        ).run()
        return True

    def _write_failed(self, exc: BaseException) -> bool:
        """A file or a printer that refused: said in the dialog's words (the others go to
        the Operation's message box)."""
        from asn_desktop.ui.error_dialog import show_error

        if isinstance(exc, OSError):
            show_error(
                self,
                self.tr("PDF tidak dapat disimpan: {0}").format(exc.strerror or exc),
            )
            return True
        if isinstance(exc, RuntimeError):
            show_error(self, self.tr("Dokumen tidak dapat dicetak: {0}").format(exc))
            return True
        return False

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            return  # the print or the file needs its dialog until it is done
        super().reject()

    def done(self, result: int) -> None:
        # The pages are not needed once closed: let go of pdfium's copy of the document.
        self.document.close()
        super().done(result)


def _record_print(db: Database, source: Source, skp_id: int | None, where: str) -> None:
    """The audit "Cetak" entry: of the evaluation's document, of the SKP's plan, or of the
    development plan."""
    if source.rencana is not None:
        from asn_desktop.services.akpk import PlanService

        PlanService(db).record_print(source.rencana.tahun, where=where)
        return
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    documents = AppraisalDocuments(db)
    if source.printable is not None:
        documents.record_print([source.printable], where=where)
    elif skp_id is not None:
        documents.record_print_skp(skp_id, where=where)


def open_document_preview(
    db: Database,
    runner: TaskRunner,
    parent: QWidget | None,
    *,
    evaluasi_id: int | None = None,
    versi_id: int | None = None,
    skp_id: int | None = None,
    rencana_tahun: int | None = None,
    paper: str = "A4",
) -> PdfPreviewDialog:
    """Show the preview of one document (window-modal, not blocking) and return it: give
    exactly one of ``evaluasi_id`` (its final snapshot, or a draft marked DRAF), ``versi_id``
    (an earlier finalised version), ``skp_id`` (the SKP planning document) or
    ``rencana_tahun`` (the development plan of that year). With a parent the dialog deletes
    itself once closed; without one the caller owns it."""
    dialog = PdfPreviewDialog(
        db,
        runner,
        parent,
        evaluasi_id=evaluasi_id,
        versi_id=versi_id,
        skp_id=skp_id,
        rencana_tahun=rencana_tahun,
        paper=paper,
    )
    if parent is not None:
        dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog
