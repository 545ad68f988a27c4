"""The SKP planning document ("SASARAN KINERJA PEGAWAI") as a PDF.

Signed at the start of the year by the employee and the appraiser: the identity table, the
year's RHK grouped UTAMA / TAMBAHAN with the superior's RHK each one supports, their aspects,
indicators and targets, and the leader's specific expectations for the seven BerAKHLAK values.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from asn_desktop.domain.dokumen_kinerja import BarisHasilKerja, DokumenSkp
from asn_desktop.reports.layout import (
    CELL_PAD,
    PageDecor,
    PdfOutput,
    Signer,
    aligned_columns,
    content_width,
    header_block,
    nip_text,
    para,
    people_table,
    perilaku_table,
    place_and_date,
    rhk_cell,
    rhk_sections_table,
    signature_block,
    styles,
)

__all__ = ["TITLE", "render_skp", "skp_story"]

TITLE = "SASARAN KINERJA PEGAWAI"

RHK_HEADERS = (
    "NO",
    "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
    "RENCANA HASIL KERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
)
# Share of the text width per column; ASPEK, INDIKATOR and TARGET (3-5) are aligned per
# indicator inside each RHK row.
RHK_COLUMNS = (0.05, 0.22, 0.23, 0.10, 0.26, 0.14)


def rhk_table(rows: tuple[BarisHasilKerja, ...], width: float) -> Table:
    """The HASIL KERJA table of the SKP: one row per RHK, sections A. UTAMA / B. TAMBAHAN,
    column headers repeated on every page."""
    st = styles()
    widths = [width * f for f in RHK_COLUMNS]
    inner = [w - 2 * CELL_PAD for w in widths[3:6]]

    def cells_of(number: int, row: BarisHasilKerja) -> list[Any]:
        entries: list[list[list[Flowable]]] = [
            [
                [para(ind.aspek, st.cell)],
                [para(ind.indikator, st.cell)],
                [para(ind.target, st.cell)],
            ]
            for ind in row.indikator
        ]
        return [
            [para(str(number), st.cell_centre)],
            [para(row.rhk_atasan, st.cell)],
            rhk_cell(row, with_atasan=False),
            *aligned_columns(entries, inner),
        ]

    return rhk_sections_table(rows, RHK_HEADERS, widths, cells_of)


def skp_story(dokumen: DokumenSkp, *, paper: str = "A4") -> list[Flowable]:
    width = content_width(paper)
    story: list[Flowable] = header_block(
        TITLE, [], dokumen.pemerintah, dokumen.instansi, dokumen.periode_rentang, width
    )
    story += [
        people_table(dokumen.pegawai, dokumen.penilai, dokumen.atasan, width),
        Spacer(1, 3 * mm),
        rhk_table(dokumen.hasil_kerja, width),
        Spacer(1, 3 * mm),
        perilaku_table(dokumen.perilaku, width, with_feedback=False),
        KeepTogether(
            signature_block(
                Signer("Pegawai yang Dinilai", dokumen.pegawai),
                Signer("Pejabat Penilai Kinerja", dokumen.penilai),
                place_and_date(dokumen.tempat, dokumen.tanggal),
                width,
            )
        ),
    ]
    return story


def render_skp(dokumen: DokumenSkp, out: Path | BinaryIO, *, paper: str = "A4") -> int:
    """Write the SKP planning document as a PDF; returns its page count.

    `out` is a path (written as "<name>.part" and renamed when complete) or a binary
    stream. ValueError for an unknown paper name.
    """
    pegawai = dokumen.pegawai
    nip = nip_text(pegawai.nip)
    who = f"{pegawai.nama} (NIP {nip})" if nip else pegawai.nama
    decor = PageDecor(running_title=f"Sasaran Kinerja Pegawai \u2014 {who} \u2014 {dokumen.tahun}")
    title = f"Sasaran Kinerja Pegawai {dokumen.tahun} - {pegawai.nama}"
    with PdfOutput(out, paper=paper, title=title) as output:
        output.add(skp_story(dokumen, paper=paper), decor)
    return output.pages
