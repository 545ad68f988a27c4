"""The yearly competency development plan (AKPK, PP 11/2017 Ps. 205-207) as a PDF.

Landscape A4 or F4: the title and the agency, the totals set against the budget, then the
plan's items grouped by unit kerja (the column headers repeated on every page), the totals
once more and the three approvals (atasan, PyB, PPK) with their names and dates.

Everything printed comes from a `DokumenRencana` the service builds (services/akpk.py), so
this module reads no database. A plan of a whole city has tens of thousands of items: the
cells are plain text wrapped here to their column (ReportLab draws a string cell far faster
than a Paragraph, and one Table per unit keeps each table's page splits short), and a cell
is cut after CELL_MAX_LINES lines, so that no row is taller than a page; the .xlsx export
carries every text in full.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from asn_desktop.domain import format_tanggal
from asn_desktop.reports.fonts import CONDENSED, CONDENSED_BOLD, SANS
from asn_desktop.reports.layout import (
    GRID,
    GRID_WIDTH,
    HEADER_FILL,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    SECTION_FILL,
    PageDecor,
    PdfOutput,
    markup,
    nip_text,
    para,
    place_and_date,
    rich,
    styles,
)
from asn_desktop.reports.paper import paper_size

__all__ = [
    "CELL_MAX_LINES",
    "COLUMNS",
    "TITLE",
    "BarisRencana",
    "DokumenRencana",
    "Persetujuan",
    "rencana_story",
    "render_rencana",
]

TITLE = "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI"

# (header, share of the text width) of the items table.
COLUMNS: tuple[tuple[str, float], ...] = (
    ("NO", 0.03),
    ("NAMA / NIP", 0.135),
    ("JABATAN", 0.10),
    ("KOMPETENSI (STANDAR / AKTUAL)", 0.11),
    ("KESENJANGAN KINERJA", 0.10),
    ("PENYEBAB", 0.08),
    ("RUTE (JALUR)", 0.10),
    ("PENYELENGGARA", 0.09),
    ("BULAN", 0.04),
    ("JP", 0.035),
    ("BIAYA (RP)", 0.07),
    ("PRIORITAS", 0.06),
    ("DIDANAI", 0.05),
)
CELL_FONT_SIZE = 7.5
CELL_LEADING = 9.0
CELL_PAD = 2.5
# A row of this many lines still fits a landscape A4 page under the repeated header.
CELL_MAX_LINES = 36

_BULAN = (
    "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
)  # fmt: skip
# What a string cell cannot draw sensibly: controls (line breaks are handled apart).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True)
class BarisRencana:
    """One item as printed."""

    nip: str
    nama: str
    jabatan: str
    unit: str
    kompetensi: str
    standar: int | None
    aktual: int | None
    kesenjangan_kinerja: str
    penyebab: str
    jalur: str  # "klasikal" / "nonklasikal"
    rute: str
    penyelenggara: str
    bulan: int
    jp: float
    biaya: int
    prioritas: str  # "Tinggi"
    didanai: bool


@dataclass(frozen=True)
class Persetujuan:
    """One approval: who approves in which role; name and date empty until they have."""

    peran: str  # "Atasan", "Pejabat yang Berwenang (PyB)", ...
    nama: str = ""
    tanggal: date | None = None


@dataclass(frozen=True)
class DokumenRencana:
    tahun: int
    pemerintah: str  # "PEMERINTAH KOTA BANDUNG"
    instansi: str
    status: str  # "Draf", "Ditetapkan PPK"
    anggaran: int
    biaya_didanai: int
    biaya_tidak_didanai: int
    butir: int
    butir_didanai: int
    pegawai: int
    di_bawah_target: int
    di_bawah_target_didanai: int
    persetujuan: tuple[Persetujuan, ...]
    baris: Sequence[BarisRencana]
    tempat: str = "Bandung"
    tanggal: date | None = None  # printed above the signatures

    @property
    def sisa(self) -> int:
        return self.anggaran - self.biaya_didanai

    @property
    def melebihi(self) -> int:
        """How much the funded total exceeds the budget (0 when it fits)."""
        return max(0, -self.sisa)


def rupiah(amount: int) -> str:
    """ "Rp 2.500.000"."""
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {abs(amount):,}".replace(",", ".")


def _angka(value: float) -> str:
    return f"{value:g}".replace(".", ",")


# -- wrapping plain text to a column ------------------------------------------------------------


def _clean(text: str) -> str:
    text = text.encode("utf-8", "replace").decode("utf-8")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub(" ", text)


def _break_word(word: str, width: float, font: str, size: float) -> Iterator[str]:
    """A word wider than the column, cut into pieces that fit."""
    piece = ""
    for ch in word:
        if piece and stringWidth(piece + ch, font, size) > width:
            yield piece
            piece = ch
        else:
            piece += ch
    if piece:
        yield piece


def wrap_text(
    text: str,
    width: float,
    *,
    font: str = CONDENSED,
    size: float = CELL_FONT_SIZE,
    max_lines: int = CELL_MAX_LINES,
) -> str:
    """``text`` broken into lines no wider than ``width`` points, at most ``max_lines``
    (the last one ending with "…" when cut), joined by newlines for a string cell."""
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in _clean(text).split("\n"):
        line, used = "", 0.0
        for word in paragraph.split():
            w = stringWidth(word, font, size)
            if w > width:
                pieces = list(_break_word(word, width, font, size))
                if line:
                    lines.append(line)
                lines.extend(pieces[:-1])
                line = pieces[-1]
                used = stringWidth(line, font, size)
            elif not line:
                line, used = word, w
            elif used + space + w <= width:
                line, used = f"{line} {word}", used + space + w
            else:
                lines.append(line)
                line, used = word, w
            if len(lines) > max_lines:
                break
        lines.append(line)
        if len(lines) > max_lines:
            break
    while lines and not lines[-1]:
        lines.pop()
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + " …", font, size) > width:
            last = last[:-1]
        lines[-1] = (last + " …").strip()
    return "\n".join(lines)


# -- the story ----------------------------------------------------------------------------------


def _page_size(paper: str) -> tuple[float, float]:
    width, height = landscape(paper_size(paper))
    return float(width), float(height)


def content_width(paper: str) -> float:
    """Width in points of the text frame of a landscape page of ``paper``."""
    return _page_size(paper)[0] - LEFT_MARGIN - RIGHT_MARGIN


def _header(dokumen: DokumenRencana, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        para(TITLE, st.title),
        para(f"TAHUN {dokumen.tahun}", st.subtitle),
        Spacer(1, 4 * mm),
    ]
    left = [para(dokumen.pemerintah, st.text_bold), para(dokumen.instansi, st.text_bold)]
    right = rich(f"<b>STATUS:</b> {markup(dokumen.status.upper())}", st.text_right)
    table = Table([[left, right]], colWidths=[width * 0.6, width * 0.4], hAlign="LEFT")
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
    return [*story, table, Spacer(1, 2 * mm)]


def totals_table(dokumen: DokumenRencana, width: float) -> Table:
    """The plan's totals set against the budget."""
    st = styles()
    rows: list[tuple[str, str]] = [
        ("Anggaran pengembangan kompetensi", rupiah(dokumen.anggaran)),
        (
            "Total biaya yang didanai",
            f"{rupiah(dokumen.biaya_didanai)} ({dokumen.butir_didanai:,} dari "
            f"{dokumen.butir:,} butir)".replace(",", "."),
        ),
    ]
    if dokumen.melebihi:
        rows.append(("MELEBIHI ANGGARAN sebesar", rupiah(dokumen.melebihi)))
    else:
        rows.append(("Sisa anggaran", rupiah(dokumen.sisa)))
    rows += [
        ("Kebutuhan yang belum didanai", rupiah(dokumen.biaya_tidak_didanai)),
        ("Pegawai dalam rencana", f"{dokumen.pegawai:,}".replace(",", ".")),
        (
            "Pegawai di bawah target JP yang mendapat kegiatan",
            f"{dokumen.di_bawah_target_didanai:,} dari {dokumen.di_bawah_target:,}".replace(
                ",", "."
            ),
        ),
    ]
    cells = [[para(label, st.text_bold), para(value, st.text)] for label, value in rows]
    table = Table(cells, colWidths=[width * 0.32, width * 0.30], hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
        ("BACKGROUND", (0, 0), (0, -1), SECTION_FILL),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), SANS, 9),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("NOSPLIT", (0, 0), (-1, -1)),
    ]
    if dokumen.melebihi:
        commands.append(("BOX", (0, 2), (-1, 2), 1.2, GRID))
    table.setStyle(commands)
    return table


def _widths(width: float) -> list[float]:
    return [width * share for _, share in COLUMNS]


def _cells(number: int, row: BarisRencana, inner: Sequence[float]) -> list[str]:
    def w(i: int, text: str) -> str:
        return wrap_text(text, inner[i])

    kompetensi = row.kompetensi
    if row.standar is not None or row.aktual is not None:
        levels = f"{row.standar if row.standar is not None else '-'} / "
        levels += f"{row.aktual if row.aktual is not None else '-'}"
        kompetensi = f"{kompetensi}\n({levels})"
    nip = nip_text(row.nip)
    return [
        str(number),
        w(1, f"{row.nama}\n{nip}" if nip else row.nama),
        w(2, row.jabatan),
        w(3, kompetensi),
        w(4, row.kesenjangan_kinerja or "-"),
        w(5, row.penyebab),
        w(6, f"{row.rute}\n({row.jalur})"),
        w(7, row.penyelenggara),
        _BULAN[row.bulan - 1] if 1 <= row.bulan <= 12 else str(row.bulan),
        _angka(row.jp),
        f"{row.biaya:,}".replace(",", "."),
        w(11, row.prioritas),
        "Ya" if row.didanai else "Tidak",
    ]


@cache
def _head_style() -> ParagraphStyle:
    # Smaller than the forms' header: thirteen columns, and PENYELENGGARA on one line.
    return ParagraphStyle("asn-akpk-head", parent=styles().head, fontSize=7, leading=8.5)


def items_table(rows: Sequence[tuple[int, BarisRencana]], width: float) -> Table:
    """The items of one unit: the header row repeated on every page; unfunded items shaded."""
    widths = _widths(width)
    inner = [w - 2 * CELL_PAD for w in widths]
    header: list[Any] = [Paragraph(markup(h), _head_style()) for h, _ in COLUMNS]
    data: list[list[Any]] = [header]
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "TOP"),
        # Every cell selects its font, the header's too: never ReportLab's Helvetica.
        ("FONT", (0, 0), (-1, -1), CONDENSED, CELL_FONT_SIZE, CELL_LEADING),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("ALIGN", (8, 1), (8, -1), "CENTER"),
        ("ALIGN", (9, 1), (10, -1), "RIGHT"),
        ("ALIGN", (12, 1), (12, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for position, (number, row) in enumerate(rows, start=1):
        data.append(_cells(number, row, inner))
        if not row.didanai:
            commands.append(("BACKGROUND", (0, position), (-1, position), SECTION_FILL))
            commands.append(("FONT", (12, position), (12, position), CONDENSED_BOLD))
    table = Table(data, colWidths=widths, repeatRows=1, splitByRow=1, hAlign="LEFT")
    table.setStyle(commands)
    return table


def _by_unit(
    rows: Sequence[BarisRencana],
) -> Iterator[tuple[str, list[tuple[int, BarisRencana]]]]:
    """(unit, [(number, row), ...]) for each run of rows of one unit, numbered through."""
    current: str | None = None
    group: list[tuple[int, BarisRencana]] = []
    for number, row in enumerate(rows, start=1):
        if row.unit != current and group:
            yield current or "", group
            group = []
        current = row.unit
        group.append((number, row))
    if group:
        yield current or "", group


def signatures(dokumen: DokumenRencana, width: float) -> Table:
    """The approvals side by side: role, date, room to sign, name (or a dotted line)."""
    st = styles()
    count = max(len(dokumen.persetujuan), 1)
    column = width / count
    roles: list[Any] = []
    dates: list[Any] = []
    names: list[Any] = []
    for step in dokumen.persetujuan:
        roles.append(para(step.peran, st.signature))
        when = f"Tanggal {format_tanggal(step.tanggal)}" if step.tanggal else "Tanggal ........"
        dates.append(para(when, st.signature))
        if step.nama.strip():
            names.append(rich(f"<u><b>{markup(step.nama)}</b></u>", st.signature))
        else:
            names.append(para("(.................................)", st.signature))
    where = place_and_date(dokumen.tempat, dokumen.tanggal) if dokumen.tanggal else ""
    rows: list[list[Any]] = [
        [""] * (count - 1) + [para(where, st.signature)],
        roles,
        dates,
        [""] * count,
        names,
    ]
    table = Table(
        rows,
        colWidths=[column] * count,
        rowHeights=[None, None, None, 20 * mm, None],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), SANS, 9),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ("NOSPLIT", (0, 0), (-1, -1)),
        ]
    )
    return table


def rencana_story(dokumen: DokumenRencana, *, paper: str = "A4") -> list[Flowable]:
    st = styles()
    width = content_width(paper)
    story = _header(dokumen, width)
    story += [totals_table(dokumen, width), Spacer(1, 4 * mm)]
    if not dokumen.baris:
        story.append(para("Rencana ini belum memuat butir pengembangan kompetensi.", st.text))
    for unit, group in _by_unit(dokumen.baris):
        heading = rich(
            f"<b>UNIT KERJA:</b> {markup(unit or '(tanpa unit)')} ({len(group):,} butir)".replace(
                ",", "."
            ),
            st.caption,
        )
        heading.keepWithNext = True
        story += [Spacer(1, 2 * mm), heading, Spacer(1, 1 * mm), items_table(group, width)]
    # Those who approve see what they approve: the totals stay with the signatures.
    story.append(Spacer(1, 5 * mm))
    story.append(
        KeepTogether(
            [
                para("RINGKASAN TERHADAP ANGGARAN", st.caption),
                Spacer(1, 1 * mm),
                totals_table(dokumen, width),
                Spacer(1, 6 * mm),
                signatures(dokumen, width),
            ]
        )
    )
    return story


def _decor(dokumen: DokumenRencana) -> PageDecor:
    running = (
        f"Rencana Pengembangan Kompetensi Pegawai {dokumen.tahun} \u2014 {dokumen.instansi} "
        f"\u2014 {dokumen.status}"
    )
    return PageDecor(running_title=running)


def render_rencana(dokumen: DokumenRencana, out: Path | BinaryIO, *, paper: str = "A4") -> int:
    """Write the plan as a landscape PDF; returns its page count.

    ``out`` is a path (written beside it as a part file and renamed when complete, so a
    failure leaves nothing) or a binary stream. ValueError for an unknown paper name.
    """
    # The plan's many columns need the page turned.
    with PdfOutput(
        out,
        paper=paper,
        title=f"Rencana Pengembangan Kompetensi Pegawai {dokumen.tahun}",
        subject=dokumen.instansi,
        landscape=True,
    ) as output:
        output.add(rencana_story(dokumen, paper=paper), _decor(dokumen))
    return output.pages
