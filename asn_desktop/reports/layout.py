"""What the printed forms share: styles, text escaping, form tables, signature blocks, and the
machinery that lays several documents out into one PDF.

The page machinery (`PdfOutput`) draws every document of a print run onto one ReportLab
canvas, each through its own small document template, so that

- each document starts on a new page and counts its own pages ("Halaman 2 dari 3");
- only one document's flowables are alive at a time (a batch of 1,000 stays small);
- "dari Y" is known without laying a document out twice: every footer refers to a tiny form
  XObject that is defined once the document's last page is known (PDF allows the forward
  reference, ReportLab resolves it when the file is saved);
- the file appears under its name only when complete: it is written to a temporary
  "<name>.<random>.part" beside it and renamed at the end, and the part file is removed on
  any failure or cancellation.
"""

from __future__ import annotations

import itertools
import os
import re
import tempfile
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import landscape as turn_landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFStream, xObjectName
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from asn_desktop.domain import format_nip, format_tanggal
from asn_desktop.domain.dokumen_kinerja import BarisHasilKerja, BarisPerilaku, OrangCetak
from asn_desktop.reports.fonts import (
    CONDENSED,
    CONDENSED_BOLD,
    SANS,
    SANS_BOLD,
    register_fonts,
)
from asn_desktop.reports.paper import paper_size

__all__ = [
    "AUTHOR",
    "CELL_PAD",
    "DRAFT_MARK",
    "GRID",
    "GRID_WIDTH",
    "HEADER_FILL",
    "SECTION_FILL",
    "CellRule",
    "FormTable",
    "PageDecor",
    "Para",
    "PdfOutput",
    "SectionLabel",
    "Signer",
    "Styles",
    "aligned_columns",
    "caption_commands",
    "content_width",
    "form_table",
    "group_hasil_kerja",
    "header_block",
    "identity_table",
    "markup",
    "nip_text",
    "para",
    "perilaku_table",
    "place_and_date",
    "rhk_cell",
    "rich",
    "section_cells",
    "section_commands",
    "signature_block",
    "styles",
    "summary_bar",
]

AUTHOR = "ASN Desktop"
DRAFT_MARK = "DRAF - BELUM FINAL"

# Margins: 20 mm on the binding side, 15 mm elsewhere; the bottom one holds the footer
# (page number, document code and its QR code).
LEFT_MARGIN: float = 20 * mm
RIGHT_MARGIN: float = 15 * mm
TOP_MARGIN: float = 15 * mm
BOTTOM_MARGIN: float = 31 * mm
QR_SIZE: float = 19 * mm
QR_BORDER = 2  # quiet zone in modules; the footer around it is blank as well
FOOTER_BASE: float = 8 * mm

GRID = colors.black
GRID_WIDTH = 0.5
HEADER_FILL = colors.Color(0.86, 0.86, 0.86)
SECTION_FILL = colors.Color(0.94, 0.94, 0.94)
WATERMARK = colors.Color(0.84, 0.84, 0.84)
FAINT = colors.Color(0.35, 0.35, 0.35)
CELL_PAD = 3.0

# Minimum height in points of either part when a table row has to be split across pages
# (only rows taller than what is left of a page are split; otherwise whole rows move).
SPLIT_IN_ROW = 28


def content_width(paper: str) -> float:
    """Width in points of the text frame on this paper."""
    return paper_size(paper)[0] - LEFT_MARGIN - RIGHT_MARGIN


# -- text -----------------------------------------------------------------------------------

# C0 controls other than newline would reach the PDF as boxes or upset the parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def markup(text: str) -> str:
    """Plain text as Paragraph markup: &, < and > escaped, line breaks kept.

    Every value from a document passes through here: a catatan such as "<b>" or "A & B"
    must print as typed, not be read as markup (or break the layout).
    """
    if not text:
        return ""
    clean = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates
    clean = clean.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    clean = _CONTROL.sub(" ", clean)
    return escape(clean).replace("\n", "<br/>")


def nip_text(nip: str) -> str:
    """A NIP grouped 8-6-1-3 for printing; anything that is not 18 digits prints as stored."""
    nip = nip.strip()
    if not nip:
        return ""
    try:
        return format_nip(nip)
    except ValueError:
        return nip


class Para(Paragraph):  # type: ignore[misc]
    """A Paragraph that remembers its line breaking for the width it was last wrapped to.

    A table wraps each cell's flowables several times (measuring rows, then drawing), and the
    hasil kerja table measures indicator cells once more to line them up; breaking the lines
    once per width instead of each time is most of the difference in a 1,000-document run.
    Line breaking depends on nothing but the width, so the cache cannot go stale.
    """

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        # split() drops blPara when it gives up; then the lines must be broken again.
        if self._wrapped_width == availWidth and "blPara" in self.__dict__:
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._wrapped_width = availWidth
        return size


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    text: ParagraphStyle
    text_bold: ParagraphStyle
    head: ParagraphStyle  # table header cells
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_centre: ParagraphStyle
    small: ParagraphStyle
    atasan: ParagraphStyle  # "RHK atasan yang diintervensi: ..." under an RHK
    text_right: ParagraphStyle
    bullet: ParagraphStyle
    caption: ParagraphStyle  # caption row of a form table ("HASIL KERJA")
    emphasis: ParagraphStyle  # the predikat
    signature: ParagraphStyle


@cache
def styles() -> Styles:
    """The paragraph styles of every form: DejaVu Sans 9 pt for running text, DejaVu Sans
    Condensed 9 pt inside the many-column tables (more words per line in narrow cells)."""
    register_fonts()
    text = ParagraphStyle("asn-text", fontName=SANS, fontSize=9, leading=11.5, alignment=TA_LEFT)
    cell = ParagraphStyle("asn-cell", fontName=CONDENSED, fontSize=9, leading=11)
    return Styles(
        title=ParagraphStyle(
            "asn-title",
            parent=text,
            fontName=SANS_BOLD,
            fontSize=12,
            leading=15,
            alignment=TA_CENTER,
        ),
        subtitle=ParagraphStyle(
            "asn-subtitle",
            parent=text,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=12,
            alignment=TA_CENTER,
        ),
        text=text,
        text_bold=ParagraphStyle("asn-text-bold", parent=text, fontName=SANS_BOLD),
        head=ParagraphStyle(
            "asn-head",
            parent=cell,
            fontName=CONDENSED_BOLD,
            fontSize=8,
            leading=9.5,
            alignment=TA_CENTER,
        ),
        cell=cell,
        cell_bold=ParagraphStyle("asn-cell-bold", parent=cell, fontName=CONDENSED_BOLD),
        cell_centre=ParagraphStyle("asn-cell-centre", parent=cell, alignment=TA_CENTER),
        small=ParagraphStyle("asn-small", parent=cell, fontSize=7.5, leading=9, textColor=FAINT),
        atasan=ParagraphStyle(
            "asn-atasan", parent=cell, fontSize=7.5, leading=9, textColor=FAINT, spaceBefore=3
        ),
        text_right=ParagraphStyle("asn-text-right", parent=text, alignment=TA_RIGHT),
        bullet=ParagraphStyle(
            "asn-bullet",
            parent=cell,
            leftIndent=8,
            bulletIndent=0,
            bulletFontName=CONDENSED,
            spaceBefore=1,
        ),
        caption=ParagraphStyle(
            "asn-caption", parent=text, fontName=SANS_BOLD, fontSize=9.5, leading=12
        ),
        emphasis=ParagraphStyle(
            "asn-emphasis", parent=text, fontName=SANS_BOLD, fontSize=11.5, leading=14
        ),
        signature=ParagraphStyle("asn-signature", parent=text, alignment=TA_CENTER, leading=12),
    )


def para(text: str, style: ParagraphStyle) -> Para:
    """A paragraph of plain text (escaped)."""
    return Para(markup(text), style)


def rich(fragment: str, style: ParagraphStyle) -> Para:
    """A paragraph of markup the caller built from escaped parts."""
    return Para(fragment, style)


# -- tables ---------------------------------------------------------------------------------


class SectionLabel(Para):
    """The first cell of a row that must not end a page ("A. UTAMA", "B. TAMBAHAN")."""


def _ends_with_label(part: Any) -> bool:
    rows = part._cellvalues
    if not rows:
        return False
    first = rows[-1][0]
    if isinstance(first, list | tuple):  # Table keeps a lone flowable as a 1-tuple
        first = first[0] if first else None
    return isinstance(first, SectionLabel)


class FormTable(Table):  # type: ignore[misc]
    """A Table that splits inside a row only when it has to, and never right after a
    section label.

    ReportLab's splitInRow splits a row whenever no whole row fits in the space left, which
    would cut an ordinary RHK row at the foot of nearly every page. Here whole rows move to
    the next page as usual, and a row is split only at the top of a page, that is, when it
    is taller than a whole page and moving on cannot help.

    A page that would end with a section label ends before it instead; when the label is
    the first row after the repeated header and its RHK is taller than the page, that RHK
    is split right under the label. (ReportLab's NOSPLIT cannot express this: a label
    welded to a row taller than a page makes the table impossible to lay out.)
    """

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or bool(getattr(frame, "_atTop", True))
        self.splitInRow = SPLIT_IN_ROW if at_top else 0
        parts: list[Flowable] = super().split(availWidth, availHeight)
        while len(parts) == 2 and _ends_with_label(parts[0]):
            label = len(parts[0]._cellvalues) - 1
            before = sum(self._rowHeights[:label])
            parts = super().split(availWidth, before + 0.5)
        if parts or not at_top:
            return parts
        # The label is the first row under the header and what follows it is too tall for
        # any page: split that row in two, the label staying with its first part.
        self.splitByRow = 0
        try:
            parts = super().split(availWidth, availHeight)
        finally:
            self.splitByRow = 1
        for part in parts:
            part.splitByRow = 1
        return parts


def form_table(
    rows: list[list[Any]],
    col_widths: Sequence[float],
    commands: list[tuple[Any, ...]],
    *,
    repeat_rows: int | tuple[int, ...] = 0,
) -> Table:
    """A bordered form table: thin grid, top-aligned cells, rows that may split when a single
    row is taller than the rest of the page (a 100,000-character catatan must still print),
    and the frame closed at the bottom and top of every page it spans."""
    table = FormTable(
        rows,
        colWidths=list(col_widths),
        repeatRows=repeat_rows,
        splitByRow=1,
        hAlign="LEFT",
    )
    base: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        # Empty string cells still select their font: never ReportLab's default Helvetica.
        ("FONT", (0, 0), (-1, -1), CONDENSED, 9),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        # Where a page break cuts the table (between rows or inside one), the part on this
        # page is closed by a line, and the part on the next page starts with one.
        ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), GRID_WIDTH, GRID),
        ("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), GRID_WIDTH, GRID),
    ]
    table.setStyle(base + commands)
    return table


class CellRule(Flowable):  # type: ignore[misc]
    """A horizontal line across a whole table cell, padding included, with a gap above and
    below: the border between two indicators inside one RHK row."""

    def __init__(self, gap: float = CELL_PAD) -> None:
        super().__init__()
        self.gap = gap
        self.width = 0.0
        self.height = 2 * gap

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        return availWidth, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setStrokeColor(GRID)
        canv.setLineWidth(GRID_WIDTH)
        canv.line(-CELL_PAD, self.gap, self.width + CELL_PAD, self.gap)
        canv.restoreState()


def _stack_height(flowables: Sequence[Flowable], width: float) -> float:
    """Height of flowables stacked in a table cell, measured the way Table measures it."""
    total = 0.0
    first_before: float | None = None
    after = 0.0
    for f in flowables:
        _w, h = f.wrap(width, 72000)
        before, after = f.getSpaceBefore(), f.getSpaceAfter()
        if first_before is None:
            first_before = before
        total += h + before + after
    if first_before is None:
        return 0.0
    return total - first_before - after


def aligned_columns(
    entries: Sequence[Sequence[list[Flowable]]], inner_widths: Sequence[float]
) -> list[list[Flowable]]:
    """Lay several sub-rows out inside one table row, aligned across adjacent columns.

    `entries` holds one item per sub-row (an indicator), each with one list of flowables
    per column. The result is one flowable list per column, in which every sub-row takes
    the same height in all the columns (spacers fill up) and sub-rows are separated by a
    full-width line: it prints like cells spanning rows, without ReportLab's row spans,
    which split badly across pages.

    The last sub-row gets no filler and no line under it: the cell border closes it, so a
    tall neighbouring cell (a long RHK) simply makes the last indicator's cells taller.
    """
    columns: list[list[Flowable]] = [[] for _ in inner_widths]
    for index, entry in enumerate(entries):
        heights = [_stack_height(cell, w) for cell, w in zip(entry, inner_widths, strict=True)]
        tallest = max(heights, default=0.0)
        last = index == len(entries) - 1
        for column, cell, height in zip(columns, entry, heights, strict=True):
            column.extend(cell)
            if not last:
                if tallest > height:
                    column.append(Spacer(1, tallest - height))
                column.append(CellRule())
    return columns


def identity_table(
    blocks: Sequence[tuple[str, OrangCetak]], width: float, *, first_number: int = 1
) -> Table:
    """The numbered identity blocks (PEGAWAI YANG DINILAI, ...), each with NAMA, NIP,
    PANGKAT/GOL. RUANG, JABATAN and UNIT KERJA. An empty NIP or pangkat (PPPK, an appraiser
    who is not PNS) is an empty cell, as on the official form."""
    st = styles()
    widths = [8 * mm, 44 * mm, width - 52 * mm]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
    ]
    for number, (title, orang) in enumerate(blocks, start=first_number):
        top = len(rows)
        rows.append([para(str(number), st.text_bold), para(title, st.text_bold), ""])
        commands += [
            ("SPAN", (1, top), (2, top)),
            ("BACKGROUND", (0, top), (-1, top), SECTION_FILL),
        ]
        for label, value in (
            ("NAMA", orang.nama),
            ("NIP", nip_text(orang.nip)),
            ("PANGKAT/GOL. RUANG", orang.pangkat),
            ("JABATAN", orang.jabatan),
            ("UNIT KERJA", orang.unit_kerja),
        ):
            rows.append(["", para(label, st.text), para(value, st.text)])
    return form_table(rows, widths, commands)


def summary_bar(label: str, value: str, width: float, *, emphasis: bool = False) -> Table:
    """A boxed line "LABEL: value" (CAPAIAN KINERJA ORGANISASI, the ratings, the predikat)."""
    st = styles()
    style = st.emphasis if emphasis else st.text
    content = rich(f"<b>{markup(label)}:</b> {markup(value)}", style)
    commands: list[tuple[Any, ...]] = [("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID)]
    if emphasis:
        commands += [
            ("BOX", (0, 0), (-1, -1), 1.2, GRID),
            ("BACKGROUND", (0, 0), (-1, -1), SECTION_FILL),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ]
    return form_table([[content]], [width], commands)


@dataclass(frozen=True)
class Signer:
    role: str  # "Pegawai yang Dinilai"
    orang: OrangCetak


def signature_block(
    left: Signer, right: Signer, place_date: str, width: float, *, space: float = 22 * mm
) -> list[Flowable]:
    """Two signature columns side by side; the place and date stand above the right one.

    The table never splits (date, roles, pen space, names and NIPs stay on one page); the
    caller puts it in a KeepTogether with whatever must share its page (a nested
    KeepTogether would measure as infinitely tall). Someone without a NIP (PPPK, an
    appraiser who is not PNS) gets no NIP line.
    """
    st = styles()
    half = width / 2

    def name(orang: OrangCetak) -> Para:
        return rich(f"<u><b>{markup(orang.nama)}</b></u>", st.signature)

    def nip(orang: OrangCetak) -> Para | str:
        text = nip_text(orang.nip)
        return para(f"NIP. {text}", st.signature) if text else ""

    rows: list[list[Any]] = [
        ["", para(place_date, st.signature)],
        [para(left.role, st.signature), para(right.role, st.signature)],
        ["", ""],
        [name(left.orang), name(right.orang)],
    ]
    heights: list[float | None] = [None, None, space, None]
    if left.orang.nip.strip() or right.orang.nip.strip():
        rows.append([nip(left.orang), nip(right.orang)])
        heights.append(None)
    table = Table(rows, colWidths=[half, half], rowHeights=heights, hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ]
    )
    return [Spacer(1, 7 * mm), table]


def place_and_date(tempat: str, tanggal: date) -> str:
    """ "Bandung, 27 November 2026"."""
    when = format_tanggal(tanggal)
    return f"{tempat.strip()}, {when}" if tempat.strip() else when


def header_block(
    title: str, lines: Sequence[str], pemerintah: str, instansi: str, periode: str, width: float
) -> list[Flowable]:
    """The top of a form: bold centred title and period lines, then the government and
    agency on the left and "PERIODE PENILAIAN: ..." on the right."""
    st = styles()
    story: list[Flowable] = [para(title, st.title)]
    story += [para(line, st.subtitle) for line in lines if line.strip()]
    story.append(Spacer(1, 4 * mm))
    left = [para(pemerintah, st.text_bold), para(instansi, st.text_bold)]
    right = rich(f"<b>PERIODE PENILAIAN:</b> {markup(periode)}", st.text_right)
    table = Table([[left, right]], colWidths=[width * 0.46, width * 0.54], hAlign="LEFT")
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )
    story += [table, Spacer(1, 1.5 * mm)]
    return story


def group_hasil_kerja(
    rows: Sequence[BarisHasilKerja],
) -> list[tuple[str, list[BarisHasilKerja]]]:
    """[("A. UTAMA", [...]), ("B. TAMBAHAN", [...])] in the given order; B only when it has
    rows. Anything not marked TAMBAHAN counts as UTAMA (the form knows only these two)."""
    utama = [r for r in rows if r.jenis.strip().upper() != "TAMBAHAN"]
    tambahan = [r for r in rows if r.jenis.strip().upper() == "TAMBAHAN"]
    groups = [("A. UTAMA", utama)]
    if tambahan:
        groups.append(("B. TAMBAHAN", tambahan))
    return groups


def rhk_cell(row: BarisHasilKerja, *, with_atasan: bool) -> list[Flowable]:
    """The RENCANA HASIL KERJA cell: the RHK, and under it, small, the superior's RHK it
    supports (the SKP prints that in a column of its own instead)."""
    st = styles()
    cell: list[Flowable] = [para(row.rhk, st.cell)]
    if with_atasan and row.rhk_atasan.strip():
        cell.append(
            rich(f"<b>RHK atasan yang diintervensi:</b> {markup(row.rhk_atasan)}", st.atasan)
        )
    return cell


def section_cells(label: str, columns: int) -> list[Any]:
    """A full-width section row ("A. UTAMA"); span and shade it with section_commands."""
    return [SectionLabel(markup(label), styles().cell_bold)] + [""] * (columns - 1)


def section_commands(row: int, columns: int) -> list[tuple[Any, ...]]:
    return [
        ("SPAN", (0, row), (columns - 1, row)),
        ("BACKGROUND", (0, row), (-1, row), SECTION_FILL),
    ]


def caption_commands(columns: int) -> list[tuple[Any, ...]]:
    """Row 0 is the table's caption ("HASIL KERJA"), row 1 its column headers."""
    return [
        ("SPAN", (0, 0), (columns - 1, 0)),
        ("BOX", (0, 0), (-1, 0), GRID_WIDTH, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), SECTION_FILL),
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("VALIGN", (0, 1), (-1, 1), "MIDDLE"),
    ]


def rhk_sections_table(
    rows: Sequence[BarisHasilKerja],
    headers: Sequence[str],
    widths: Sequence[float],
    cells_of: Callable[[int, BarisHasilKerja], list[Any]],
) -> Table:
    """The HASIL KERJA table both documents print: caption, column headers (repeated on
    every page), the sections A. UTAMA and B. TAMBAHAN, and one table row per RHK whose
    cells ``cells_of(number, row)`` makes."""
    st = styles()
    n = len(widths)
    table_rows: list[list[Any]] = [
        [para("HASIL KERJA", st.caption)] + [""] * (n - 1),
        [para(h, st.head) for h in headers],
    ]
    commands = caption_commands(n)
    commands.append(("GRID", (0, 1), (-1, -1), GRID_WIDTH, GRID))
    for section, items in group_hasil_kerja(tuple(rows)):
        section_row = len(table_rows)
        table_rows.append(section_cells(section, n))
        commands += section_commands(section_row, n)
        if not items:
            table_rows.append(
                ["", para("Tidak ada rencana hasil kerja.", st.cell)] + [""] * (n - 2)
            )
            commands.append(("SPAN", (1, section_row + 1), (n - 1, section_row + 1)))
            continue
        for number, row in enumerate(items, start=1):
            table_rows.append(cells_of(number, row))
    return form_table(table_rows, list(widths), commands, repeat_rows=(1,))


def people_table(
    pegawai: OrangCetak, penilai: OrangCetak, atasan: OrangCetak, width: float
) -> Table:
    """The identity table of the three people, as both documents head it."""
    return identity_table(
        [
            ("PEGAWAI YANG DINILAI", pegawai),
            ("PEJABAT PENILAI KINERJA", penilai),
            ("ATASAN PEJABAT PENILAI KINERJA", atasan),
        ],
        width,
    )


def perilaku_table(rows: Sequence[BarisPerilaku], width: float, *, with_feedback: bool) -> Table:
    """The PERILAKU KERJA table: the seven BerAKHLAK values (name in bold, the expected
    behaviours as a list), the leader's specific expectation and, on the evaluation, the
    feedback. The header repeats on every page."""
    st = styles()
    if with_feedback:
        fractions = [0.05, 0.37, 0.29, 0.29]
        headers = [
            "NO",
            "PERILAKU KERJA",
            "EKSPEKTASI KHUSUS PIMPINAN",
            "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
        ]
    else:
        fractions = [0.05, 0.50, 0.45]
        headers = ["NO", "PERILAKU KERJA", "EKSPEKTASI KHUSUS PIMPINAN"]
    widths = [width * f for f in fractions]
    n = len(widths)
    table_rows: list[list[Any]] = [
        [para("PERILAKU KERJA", st.caption)] + [""] * (n - 1),
        [para(h, st.head) for h in headers],
    ]
    commands = caption_commands(n)
    commands.append(("GRID", (0, 1), (-1, -1), GRID_WIDTH, GRID))
    for number, row in enumerate(rows, start=1):
        behaviour: list[Flowable] = [rich(f"<b>{markup(row.nama)}</b>", st.cell)]
        behaviour += [Para(markup(u), st.bullet, bulletText="\u2022") for u in row.uraian]
        cells: list[Any] = [
            para(str(number), st.cell_centre),
            behaviour,
            para(row.ekspektasi, st.cell),
        ]
        if with_feedback:
            cells.append(para(row.umpan_balik, st.cell))
        table_rows.append(cells)
    if not rows:
        table_rows.append(["", para("Tidak ada data perilaku kerja.", st.cell)] + [""] * (n - 2))
        commands.append(("SPAN", (1, 2), (n - 1, 2)))
    return form_table(table_rows, widths, commands, repeat_rows=(1,))


# -- pages ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PageDecor:
    """What every page of one document carries besides its content.

    running_title: small line at the top of pages 2 and later, so that a loose page can
    be put back with its document. qr_value/kode: the verification code of a finalised
    document (both or neither). draft: the "DRAF - BELUM FINAL" mark instead of a code.
    """

    running_title: str
    kode: str | None = None
    qr_value: str | None = None
    draft: bool = False


class _PreCompressed:
    """A PDF stream filter whose encoding was done beforehand: see PdfOutput._compact."""

    pdfname = "FlateDecode"

    def encode(self, text: bytes | str) -> bytes | str:
        return text

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


_PRECOMPRESSED = _PreCompressed()


class _Document(BaseDocTemplate):  # type: ignore[misc]
    """One document of a print run: a Platypus template drawing on the run's shared canvas.

    `_doSave = 0` makes BaseDocTemplate finish its last page without saving the file (the
    hook ReportLab's own multi-pass build uses); `_makeCanvas` hands out the shared canvas
    instead of opening a new file.
    """

    _doSave = 0

    def __init__(self, output: PdfOutput, decor: PageDecor, seq: int) -> None:
        super().__init__(
            "",
            pagesize=output.pagesize,
            leftMargin=LEFT_MARGIN,
            rightMargin=RIGHT_MARGIN,
            topMargin=TOP_MARGIN,
            bottomMargin=BOTTOM_MARGIN,
            title=output.title,
            author=AUTHOR,
            creator=AUTHOR,
        )
        self._output = output
        self._decor = decor
        self._seq = seq
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates(
            [
                PageTemplate(
                    "page",
                    [frame],
                    onPage=self._under_content,
                    onPageEnd=self._over_content,
                    pagesize=output.pagesize,
                )
            ]
        )

    def _makeCanvas(self, filename: Any = None, canvasmaker: Any = None) -> Canvas:
        return self._output.canvas

    def page_form(self, page: int) -> str:
        return f"asnHal{self._seq}p{page}"

    def _under_content(self, canv: Canvas, doc: Any) -> None:
        width, height = self.pagesize
        canv.saveState()
        if self._decor.draft:
            canv.setFillColor(WATERMARK)
            canv.setFont(SANS_BOLD, 44)
            canv.translate(width / 2, height / 2)
            canv.rotate(52)
            canv.drawCentredString(0, -16, DRAFT_MARK)
        canv.restoreState()
        if self.page > 1 and self._decor.running_title:
            canv.saveState()
            canv.setFont(CONDENSED, 7)
            canv.setFillColor(FAINT)
            canv.drawString(
                self.leftMargin, height - TOP_MARGIN + 4 * mm, self._decor.running_title
            )
            canv.restoreState()

    def _over_content(self, canv: Canvas, doc: Any) -> None:
        width, _height = self.pagesize
        left, right = self.leftMargin, width - self.rightMargin
        decor = self._decor
        canv.saveState()
        canv.setStrokeColor(FAINT)
        canv.setLineWidth(0.3)
        top = FOOTER_BASE + QR_SIZE + 1.5 * mm
        canv.line(left, top, right, top)
        text_y = top - 4.2 * mm
        canv.setFillColor(colors.black)
        if decor.draft:
            canv.setFont(SANS_BOLD, 10)
            canv.drawString(left, text_y, DRAFT_MARK)
            canv.setFont(CONDENSED, 7)
            canv.drawString(
                left, text_y - 4 * mm, "Cetakan pratinjau: tidak sah sebagai dokumen penilaian."
            )
        elif decor.kode and decor.qr_value:
            canv.saveState()
            canv.translate(left, FOOTER_BASE)
            canv.doForm(self._output.qr_form(self._seq))
            canv.restoreState()
            x = left + QR_SIZE + 2.5 * mm
            canv.setFont(CONDENSED_BOLD, 8.5)
            canv.drawString(x, text_y, f"Kode dokumen: {decor.kode}")
            canv.setFont(CONDENSED, 7)
            canv.setFillColor(FAINT)
            canv.drawString(
                x,
                text_y - 3.8 * mm,
                "Keaslian dokumen dapat diperiksa dengan memindai kode QR ini atau",
            )
            canv.drawString(
                x, text_y - 6.8 * mm, "mengetik kode dokumen pada menu Periksa Dokumen ASN Desktop."
            )
        # "Halaman X dari Y": drawn by a form that is defined when Y is known.
        canv.doForm(self.page_form(self.page))
        canv.restoreState()


class PdfOutput:
    """One PDF being written: documents are added one after another, then it is closed.

    Use as a context manager; leaving it by an exception (including PrintCancelled) removes
    the partial file. `out` may be a path (written as "<name>.<random>.part", renamed when
    complete)
    or an open binary stream (written when the context closes, left open). `paper` names
    the sheet (reports.paper), portrait unless `landscape`.
    """

    def __init__(
        self,
        out: Path | BinaryIO,
        *,
        paper: str,
        title: str,
        subject: str = "",
        landscape: bool = False,
    ) -> None:
        register_fonts()
        # A bad name fails before any file is created. Landscape turns the page (wide
        # tables); the page machinery (frames, footer, "Halaman X dari Y") reads the size
        # from here.
        size = paper_size(paper)
        self.pagesize: tuple[float, float] = turn_landscape(size) if landscape else size
        self.title = title
        self.subject = subject
        self.pages = 0
        self.documents = 0
        self._out = out
        self._part: Path | None = None
        self._stream: BinaryIO | None = None
        self._canvas: Canvas | None = None
        self._compacted = 0

    @property
    def canvas(self) -> Canvas:
        if self._canvas is None:
            raise RuntimeError("PdfOutput used outside its with-block")
        return self._canvas

    def __enter__(self) -> PdfOutput:
        if isinstance(self._out, str | os.PathLike):
            target = Path(self._out)
            # A name of its own (not a fixed "<name>.part"): two prints to the same target
            # at once must not write into one part file.
            handle, name = tempfile.mkstemp(
                prefix=f"{target.name}.", suffix=".part", dir=target.parent
            )
            self._part = Path(name)
            self._stream = os.fdopen(handle, "wb")
            sink: BinaryIO = self._stream
        else:
            sink = self._out
        try:
            self._canvas = self._new_canvas(sink)
        except BaseException:
            self._discard()  # the part file is not left behind by a canvas that failed
            raise
        return self

    def _new_canvas(self, sink: BinaryIO) -> Canvas:
        canv = Canvas(
            sink,
            pagesize=self.pagesize,
            invariant=1,  # no dates or random ids: a reprint of the same data is identical
            pageCompression=1,
            lang="id-ID",
            # Not Helvetica: a core font would be listed (unembedded) in every file.
            initialFontName=SANS,
            initialFontSize=9,
        )
        canv.setTitle(self.title)
        canv.setAuthor(AUTHOR)
        canv.setCreator(AUTHOR)
        canv.setSubject(self.subject)
        return canv

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None:
                self._finish()
        except BaseException:
            self._discard()
            raise
        if exc_type is not None:
            self._discard()

    def add(self, story: list[Flowable], decor: PageDecor) -> int:
        """Lay one document out on new pages; returns its page count."""
        seq = self.documents
        canv = self.canvas
        if decor.qr_value and not decor.draft:
            self._define_qr(self.qr_form(seq), decor.qr_value)
        doc = _Document(self, decor, seq)
        doc.build(story)
        pages = int(doc.page)
        for page in range(1, pages + 1):
            canv.beginForm(doc.page_form(page))
            canv.setFont(CONDENSED, 8)
            width = self.pagesize[0]
            canv.drawRightString(
                width - RIGHT_MARGIN,
                FOOTER_BASE + QR_SIZE + 1.5 * mm - 4.2 * mm,
                f"Halaman {page} dari {pages}",
            )
            canv.endForm()
            self._compress_form(doc.page_form(page))
        self.documents += 1
        self.pages += pages
        self._compact()
        return pages

    def qr_form(self, seq: int) -> str:
        return f"asnQr{seq}"

    def _define_qr(self, name: str, value: str) -> None:
        """The QR code as a form XObject: encoded once per document, drawn on every page.

        QrCodeWidget does the encoding (error correction M: a creased or stamped page still
        scans); the modules are drawn here as one filled path in module units, which is a
        tenth of the size of the widget's rectangle-per-run drawing and needs no font.
        """
        widget = QrCodeWidget(value, barLevel="M", barBorder=QR_BORDER)
        qr = widget.qr
        qr.make()
        count = int(qr.getModuleCount())
        cells = count + 2 * QR_BORDER
        canv = self.canvas
        canv.beginForm(name, 0, 0, QR_SIZE, QR_SIZE)
        canv.saveState()
        canv.scale(QR_SIZE / cells, QR_SIZE / cells)
        path = canv.beginPath()
        for r, row in enumerate(qr.modules):
            y = cells - QR_BORDER - r - 1
            c = 0
            for dark, run in itertools.groupby(bool(m) for m in row):
                length = len(list(run))
                if dark:
                    path.rect(c + QR_BORDER, y, length, 1)
                c += length
        canv.setFillColor(colors.black)
        canv.drawPath(path, stroke=0, fill=1)
        canv.restoreState()
        canv.endForm()
        self._compress_form(name)

    def _compress_form(self, name: str) -> None:
        doc = self.canvas._doc
        form = doc.idToObject[xObjectName(name)]
        if isinstance(form.stream, bytes) and form.Contents is None:
            contents = PDFStream()
            contents.filters = [_PRECOMPRESSED]
            contents.content = zlib.compress(form.stream)
            contents.__Comment__ = "xobject form stream"
            form.Contents = contents
            form.stream = None
            form.compression = 0  # or format() would replace the filter and compress again

    def _compact(self) -> None:
        """Compress the finished pages' content streams now rather than at save time.

        ReportLab keeps every page's drawing operators as text until the file is saved
        (tens of KB a page of tables), so a 1,000-document run would grow by that much per
        page. Compressed once the document is done they take a fraction of it; the stream
        is plain Flate (ReportLab's default adds an ASCII85 layer, 25% larger, for 7-bit
        transports that a PDF file on disk does not need). Deterministic like the rest.
        """
        pages: list[Any] = self.canvas._doc.Pages.pages
        for page in pages[self._compacted :]:
            stream = page.stream
            if page.compression and isinstance(stream, str) and page.Contents is None:
                contents = PDFStream()
                contents.filters = [_PRECOMPRESSED]
                contents.content = zlib.compress(stream.encode("utf-8"))
                contents.__Comment__ = "page stream"
                page.Contents = contents
                page.stream = None
        self._compacted = len(pages)

    def _finish(self) -> None:
        if self.documents == 0:
            raise ValueError("Tidak ada dokumen untuk dicetak.")
        self.canvas.save()
        self._canvas = None
        if self._stream is not None:
            self._stream.flush()
            os.fsync(self._stream.fileno())
            self._stream.close()
            self._stream = None
        if self._part is not None:
            os.replace(self._part, Path(self._out))  # type: ignore[arg-type]
            self._part = None

    def _discard(self) -> None:
        self._canvas = None
        if self._stream is not None:
            self._stream.close()
            self._stream = None
        if self._part is not None:
            self._part.unlink(missing_ok=True)
            self._part = None
