"""The Dokumen Evaluasi Kinerja Pegawai (PermenPANRB 6/2022) as a PDF, one or many at a time.

Everything printed comes from the `DokumenEvaluasi` snapshot, so a reprint after a promotion
prints the same document, and the same data gives the same bytes (reprints are compared).
A finalised document carries its short code and a QR code holding `qr_text(kode, digest)` on
every page; a draft carries "DRAF - BELUM FINAL" instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from asn_desktop.domain.dokumen_kinerja import (
    BarisHasilKerja,
    DokumenEvaluasi,
    content_hash,
    qr_text,
)
from asn_desktop.reports.layout import (
    CELL_PAD,
    GRID,
    GRID_WIDTH,
    PageDecor,
    PdfOutput,
    Signer,
    aligned_columns,
    content_width,
    form_table,
    header_block,
    markup,
    nip_text,
    para,
    people_table,
    perilaku_table,
    place_and_date,
    rhk_cell,
    rhk_sections_table,
    rich,
    signature_block,
    styles,
    summary_bar,
)

__all__ = [
    "TITLE",
    "PrintCancelled",
    "evaluasi_story",
    "render_evaluasi",
    "render_evaluasi_batch",
]

TITLE = "DOKUMEN EVALUASI KINERJA PEGAWAI"

HASIL_KERJA_HEADERS = (
    "NO",
    "RENCANA HASIL KERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
    "REALISASI BERDASARKAN BUKTI DUKUNG",
    "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
)
# Share of the text width per column; the three indicator columns (2-4) are aligned per
# indicator inside each RHK row.
HASIL_KERJA_COLUMNS = (0.05, 0.24, 0.22, 0.11, 0.18, 0.20)


class PrintCancelled(Exception):
    """The caller's progress callback asked to stop; no output file was left behind."""

    def __init__(self, done: int) -> None:
        super().__init__(f"Pencetakan dibatalkan setelah {done} dokumen; berkas tidak dibuat.")
        self.done = done


def _indicator_cells(row: BarisHasilKerja) -> list[list[list[Flowable]]]:
    st = styles()
    entries: list[list[list[Flowable]]] = []
    for ind in row.indikator:
        iki: list[Flowable] = []
        if ind.aspek.strip():
            iki.append(para(ind.aspek, st.small))
        iki.append(para(ind.indikator, st.cell))
        realisasi: list[Flowable] = []
        if ind.realisasi.strip():
            realisasi.append(para(ind.realisasi, st.cell))
        if ind.bukti.strip():
            realisasi.append(rich(f"<b>Bukti dukung:</b> {markup(ind.bukti)}", st.small))
        entries.append([iki, [para(ind.target, st.cell)], realisasi])
    return entries


def hasil_kerja_table(rows: tuple[BarisHasilKerja, ...], width: float) -> Table:
    """The HASIL KERJA table: caption, column headers (repeated on every page), the
    sections A. UTAMA and B. TAMBAHAN, one table row per RHK.

    An RHK's indicators are laid out inside its row (aligned across INDIKATOR, TARGET and
    REALISASI) rather than as spanned rows, so that a page break never tears a span apart;
    a row taller than a page is split inside (form_table).
    """
    st = styles()
    widths = [width * f for f in HASIL_KERJA_COLUMNS]
    inner = [w - 2 * CELL_PAD for w in widths[2:5]]

    def cells_of(number: int, row: BarisHasilKerja) -> list[Any]:
        return [
            [para(str(number), st.cell_centre)],
            rhk_cell(row, with_atasan=True),
            *aligned_columns(_indicator_cells(row), inner),
            [para(row.umpan_balik, st.cell)],
        ]

    return rhk_sections_table(rows, HASIL_KERJA_HEADERS, widths, cells_of)


def evaluasi_story(dokumen: DokumenEvaluasi, *, paper: str = "A4") -> list[Flowable]:
    """The flowables of one document, in the order of the official form."""
    st = styles()
    width = content_width(paper)
    story: list[Flowable] = header_block(
        TITLE,
        [dokumen.periode_label],
        dokumen.pemerintah,
        dokumen.instansi,
        dokumen.periode_rentang,
        width,
    )
    story.append(people_table(dokumen.pegawai, dokumen.penilai, dokumen.atasan, width))
    story += [
        Spacer(1, 3 * mm),
        summary_bar("CAPAIAN KINERJA ORGANISASI", dokumen.capaian_organisasi, width),
        Spacer(1, 3 * mm),
        hasil_kerja_table(dokumen.hasil_kerja, width),
        summary_bar("RATING HASIL KERJA", dokumen.rating_hasil_kerja, width),
        Spacer(1, 3 * mm),
        perilaku_table(dokumen.perilaku, width, with_feedback=True),
        summary_bar("RATING PERILAKU KERJA", dokumen.rating_perilaku, width),
        Spacer(1, 3 * mm),
    ]
    catatan: list[Flowable] = [para("CATATAN/REKOMENDASI:", st.text_bold)]
    if dokumen.catatan.strip():
        catatan.append(para(dokumen.catatan, st.text))
    else:
        catatan.append(Spacer(1, 12 * mm))  # room to write by hand before signing
    # The verdict, the notes and the signatures go on one page when they fit together: a
    # signature page must show what is being signed (KeepTogether starts a new page for
    # them if needed; a catatan longer than a page simply flows on).
    story.append(
        KeepTogether(
            [
                summary_bar("PREDIKAT KINERJA PEGAWAI", dokumen.predikat, width, emphasis=True),
                Spacer(1, 3 * mm),
                form_table([[catatan]], [width], [("BOX", (0, 0), (-1, -1), GRID_WIDTH, GRID)]),
                *signature_block(
                    Signer("Pegawai yang Dinilai", dokumen.pegawai),
                    Signer("Pejabat Penilai Kinerja", dokumen.penilai),
                    place_and_date(dokumen.tempat, dokumen.tanggal),
                    width,
                ),
            ]
        )
    )
    return story


def _decor(
    dokumen: DokumenEvaluasi, kode: str | None, digest: str | None, draft: bool
) -> PageDecor:
    pegawai = dokumen.pegawai
    nip = nip_text(pegawai.nip)
    who = f"{pegawai.nama} (NIP {nip})" if nip else pegawai.nama
    running = f"Dokumen Evaluasi Kinerja Pegawai \u2014 {who} \u2014 {dokumen.periode_label}"
    if draft or not kode:
        return PageDecor(running_title=running, draft=draft)
    # Without the stored hash, the document's own content hash is the one it was issued with.
    value = qr_text(kode, digest or content_hash(dokumen))
    return PageDecor(running_title=running, kode=kode, qr_value=value)


def _title(dokumen: DokumenEvaluasi) -> str:
    return f"Dokumen Evaluasi Kinerja Pegawai - {dokumen.pegawai.nama} - {dokumen.periode_label}"


def render_evaluasi(
    dokumen: DokumenEvaluasi,
    out: Path | BinaryIO,
    *,
    paper: str = "A4",
    kode: str | None = None,
    digest: str | None = None,
    draft: bool = False,
) -> int:
    """Write one document as a PDF; returns its page count.

    `out` is a path (written as "<name>.part" and renamed when complete, so a failure leaves
    nothing behind) or a binary stream. `kode` (with `digest`, the content hash it was issued
    for; computed from `dokumen` when omitted) prints the code and its QR code on every page;
    `draft=True` prints "DRAF - BELUM FINAL" instead, and never a code. ValueError for an
    unknown paper name.
    """
    with PdfOutput(out, paper=paper, title=_title(dokumen), subject=kode or "") as output:
        output.add(evaluasi_story(dokumen, paper=paper), _decor(dokumen, kode, digest, draft))
    return output.pages


def render_evaluasi_batch(
    items: Iterable[tuple[DokumenEvaluasi, str | None, str | None]],
    out: Path,
    *,
    paper: str = "A4",
    progress: Callable[[int], bool] | None = None,
) -> int:
    """Write many documents, each (dokumen, kode, digest), into one PDF; returns its pages.

    An item without a code is a draft and is marked as one, as render_evaluasi(draft=True).

    Each document starts on a new page and numbers its own pages. `progress(done)` is called
    after each document; returning False (exactly False) cancels: PrintCancelled is raised
    and no file is left, neither at `out` nor its ".part" file (an older file at `out` is
    left as it was). Items are consumed one at a time, so a generator keeps memory flat.
    ValueError for an unknown paper name or when there is nothing to print.
    """
    with PdfOutput(out, paper=paper, title="Dokumen Evaluasi Kinerja Pegawai") as output:
        for dokumen, kode, digest in items:
            # A document without a code is a draft (only finalised ones have one): marked.
            decor = _decor(dokumen, kode, digest, kode is None)
            output.add(evaluasi_story(dokumen, paper=paper), decor)
            if progress is not None and progress(output.documents) is False:
                raise PrintCancelled(output.documents)
    return output.pages
