"""Benchmark: 1,000 Dokumen Evaluasi Kinerja Pegawai printed into one PDF, against a bare
ReportLab script drawing the same layout from the same data. Not collected by pytest.

    python tests/benchmarks/appraisal_print.py [N]

prints the dict that `run(n)` returns:

- ours_s: `render_evaluasi_batch` (the documents one at a time on a shared canvas, "Halaman
  X dari Y" per document, the QR code of each, the .part file renamed at the end);
- floor_s: plain Platypus, no abstractions of ours: one SimpleDocTemplate, all documents'
  Paragraphs and Tables in one story with a PageBreak between documents, the RHK cells
  spanned over their indicator rows with ReportLab's SPAN, the same fonts, sizes, margins
  and column widths, the QR code encoded by QrCodeWidget and drawn once per document as a
  form (module by module: drawing the widget through renderPDF instead costs ~100 ms a
  document and would hide everything else), "Halaman X" (a one-pass script cannot know
  "dari Y"), written straight to the file;
- ratio = ours_s / floor_s (goal: at most 1.5); ours_cpu_s and floor_cpu_s are the same
  runs in process CPU time, steadier than wall time on a busy machine;
- peak_rss_mib: the process's peak resident memory while ours ran (psutil, sampled every
  5 ms in a thread), beside baseline_rss_mib before it and floor_peak_rss_mib (the floor
  runs afterwards in the same process and keeps every document's flowables alive).

The documents are realistic: 6-10 RHK (UTAMA and TAMBAHAN) of 1-3 indicators each, the
seven BerAKHLAK rows, names with titles and accents, generated from a fixed seed.
"""

from __future__ import annotations

import dataclasses
import gc
import os
import random
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests" / "reports"))
sys.path.insert(0, str(REPO))

GOAL = 1.5

Item = tuple[Any, str, str]


def build_documents(n: int, seed: int = 2026) -> list[Item]:
    """n (dokumen, kode, digest) triples, different from one another, from a fixed seed."""
    import samples  # tests/reports/samples.py

    from asn_desktop.domain.dokumen_kinerja import OrangCetak, content_hash, kode_dokumen

    rng = random.Random(seed)
    given = ["Ahmad", "Siti", "Françoise", "Dewi", "Budi", "Rina", "Agus", "Nurul", "Ñoño"]
    family = ["Sutisna", "Rahmawati", "Şahin", "Hidayat", "Müller", "Kusuma", "Pratama"]
    titles = ["", "Dr. ", "Ir. ", "H. ", "Hj. "]
    degrees = ["S.T.", "S.E., M.M.", "S.Kom.", "S.H., M.H.", "A.Md.", "S.Sos., M.Si."]
    pangkat = ["Penata Muda, III/a", "Penata Muda Tingkat I, III/b", "Penata, III/c"]
    predikat = ["Sangat Baik", "Baik", "Butuh Perbaikan", "Kurang", "Sangat Kurang"]

    def orang(i: int, pns: bool = True) -> OrangCetak:
        nama = (
            f"{rng.choice(titles)}{rng.choice(given)} {rng.choice(family)}, {rng.choice(degrees)}"
        )
        nip = f"19{rng.randint(60, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
        nip += f"20{rng.randint(0, 20):02d}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{i % 999:03d}"
        return OrangCetak(
            nama=nama,
            nip=nip if pns else "",
            pangkat=rng.choice(pangkat) if pns else "",
            jabatan=rng.choice(["Analis Kebijakan Ahli Muda", "Kepala Seksi Tata Ruang"]),
            unit_kerja="Bidang Tata Ruang, Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
        )

    items: list[Item] = []
    for i in range(n):
        utama = rng.randint(5, 8)
        tambahan = rng.randint(1, 2)
        rows = [samples.baris(rng.randrange(40), "UTAMA", rng.randint(1, 3)) for _ in range(utama)]
        rows += [samples.baris(rng.randrange(40), "TAMBAHAN", rng.randint(1, 2))] * tambahan
        dokumen = dataclasses.replace(
            samples.evaluasi(),
            pegawai=orang(i, pns=rng.random() > 0.15),
            penilai=orang(i + 1, pns=rng.random() > 0.05),
            atasan=orang(i + 2),
            hasil_kerja=tuple(rows),
            predikat=rng.choice(predikat),
            catatan=rng.choice(
                ["", "Tingkatkan koordinasi dengan kecamatan. " * rng.randint(1, 6)]
            ),
        )
        digest = content_hash(dokumen)
        items.append((dokumen, kode_dokumen(f"bench-{i}", 1, digest), digest))
    return items


class PeakRss:
    """The peak resident memory of this process while the block runs (psutil, 5 ms)."""

    def __init__(self) -> None:
        import psutil

        self._process = psutil.Process()
        self.baseline = self.peak = self._rss()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _rss(self) -> int:
        return int(self._process.memory_info().rss)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._rss())
            self._stop.wait(0.005)

    def __enter__(self) -> PeakRss:
        gc.collect()
        self.baseline = self.peak = self._rss()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._rss())


def ours(items: list[Item], out: Path, paper: str = "A4") -> int:
    from asn_desktop.reports.evaluasi_kinerja import render_evaluasi_batch

    return render_evaluasi_batch(iter(items), out, paper=paper)


# -- the floor: the same layout in plain Platypus -----------------------------------------


def floor(items: list[Item], out: Path, paper: str = "A4") -> int:
    """The same documents drawn by a straightforward ReportLab script."""
    from xml.sax.saxutils import escape

    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        Flowable,
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
    )

    from asn_desktop.domain import format_nip, format_tanggal
    from asn_desktop.domain.dokumen_kinerja import qr_text
    from asn_desktop.reports.fonts import (
        CONDENSED,
        CONDENSED_BOLD,
        SANS,
        SANS_BOLD,
        register_fonts,
    )

    register_fonts()
    size = (210 * mm, 297 * mm) if paper == "A4" else (215 * mm, 330 * mm)
    width = size[0] - 35 * mm
    grey, light = colors.Color(0.86, 0.86, 0.86), colors.Color(0.94, 0.94, 0.94)
    text = ParagraphStyle("t", fontName=SANS, fontSize=9, leading=11.5)
    bold = ParagraphStyle("b", parent=text, fontName=SANS_BOLD)
    title = ParagraphStyle("ti", parent=bold, fontSize=12, leading=15, alignment=TA_CENTER)
    sub = ParagraphStyle("s", parent=bold, fontSize=9.5, leading=12, alignment=TA_CENTER)
    cell = ParagraphStyle("c", fontName=CONDENSED, fontSize=9, leading=11)
    cellb = ParagraphStyle("cb", parent=cell, fontName=CONDENSED_BOLD)
    head = ParagraphStyle(
        "h", parent=cell, fontName=CONDENSED_BOLD, fontSize=8, leading=9.5, alignment=TA_CENTER
    )
    small = ParagraphStyle("sm", parent=cell, fontSize=7.5, leading=9)
    sign = ParagraphStyle("sg", parent=text, alignment=TA_CENTER, leading=12)
    bullet = ParagraphStyle("bu", parent=cell, leftIndent=8, bulletFontName=CONDENSED)
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), CONDENSED, 9),
    ]

    def p(value: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(escape(value), style)

    def nip(value: str) -> str:
        return format_nip(value) if value else ""

    state = {"page": 0, "kode": "", "qr": "", "next": None}

    class DocumentEnd(Flowable):  # type: ignore[misc]
        """Drawn on a document's last page: the next page starts the next document."""

        def __init__(self, following: tuple[str, str] | None) -> None:
            super().__init__()
            self.following = following

        def wrap(self, aW: float, aH: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            state["next"] = self.following

    def footer(canv: Any, doc: Any) -> None:
        if state["next"] is not None:
            state["kode"], state["qr"] = state["next"]
            state["page"], state["next"] = 0, None
        state["page"] += 1
        name = f"qr-{state['kode']}"
        if not canv.hasForm(name):
            # Encoded by QrCodeWidget and drawn as one path of modules, as ours does: the
            # widget through renderPDF costs ~100 ms a document and would hide the rest.
            qr = QrCodeWidget(state["qr"], barLevel="M").qr
            qr.make()
            count = qr.getModuleCount() + 4
            q = 19 * mm
            canv.beginForm(name, 0, 0, q, q)
            canv.scale(q / count, q / count)
            path = canv.beginPath()
            for r, row in enumerate(qr.modules):
                for c, dark in enumerate(row):
                    if dark:
                        path.rect(c + 2, count - 3 - r, 1, 1)
            canv.drawPath(path, stroke=0, fill=1)
            canv.endForm()
        canv.saveState()
        canv.translate(20 * mm, 8 * mm)
        canv.doForm(name)
        canv.restoreState()
        canv.setFont(CONDENSED_BOLD, 8.5)
        canv.drawString(42 * mm, 24 * mm, f"Kode dokumen: {state['kode']}")
        canv.setFont(CONDENSED, 8)
        canv.drawRightString(size[0] - 15 * mm, 24 * mm, f"Halaman {state['page']}")

    story: list[Any] = []
    first = items[0]
    state["kode"], state["qr"] = first[1], qr_text(first[1], first[2])
    for index, (d, _kode, _digest) in enumerate(items):
        story += [p("DOKUMEN EVALUASI KINERJA PEGAWAI", title), p(d.periode_label, sub)]
        top = Table(
            [
                [
                    [p(d.pemerintah, bold), p(d.instansi, bold)],
                    Paragraph(
                        f"<b>PERIODE PENILAIAN:</b> {escape(d.periode_rentang)}",
                        ParagraphStyle("r", parent=text, alignment=TA_RIGHT),
                    ),
                ]
            ],
            colWidths=[width * 0.46, width * 0.54],
        )
        story += [Spacer(1, 4 * mm), top]
        ident: list[list[Any]] = []
        for n, (label, o) in enumerate(
            [
                ("PEGAWAI YANG DINILAI", d.pegawai),
                ("PEJABAT PENILAI KINERJA", d.penilai),
                ("ATASAN PEJABAT PENILAI KINERJA", d.atasan),
            ],
            start=1,
        ):
            ident.append([p(str(n), bold), p(label, bold), ""])
            for k, v in (
                ("NAMA", o.nama),
                ("NIP", nip(o.nip)),
                ("PANGKAT/GOL. RUANG", o.pangkat),
                ("JABATAN", o.jabatan),
                ("UNIT KERJA", o.unit_kerja),
            ):
                ident.append(["", p(k, text), p(v, text)])
        spans = [("SPAN", (1, r), (2, r)) for r in range(0, 18, 6)]
        story.append(Table(ident, colWidths=[8 * mm, 44 * mm, width - 52 * mm], style=grid + spans))
        bar = Table(
            [[Paragraph(f"<b>CAPAIAN KINERJA ORGANISASI:</b> {d.capaian_organisasi}", text)]],
            colWidths=[width],
            style=grid,
        )
        story += [Spacer(1, 3 * mm), bar, Spacer(1, 3 * mm)]
        w = [width * f for f in (0.05, 0.24, 0.22, 0.11, 0.18, 0.20)]
        rows: list[list[Any]] = [
            [p("HASIL KERJA", bold)] + [""] * 5,
            [
                p(h, head)
                for h in (
                    "NO",
                    "RENCANA HASIL KERJA",
                    "INDIKATOR KINERJA INDIVIDU",
                    "TARGET",
                    "REALISASI BERDASARKAN BUKTI DUKUNG",
                    "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
                )
            ],
        ]
        style = [*grid, ("SPAN", (0, 0), (5, 0)), ("BACKGROUND", (0, 1), (-1, 1), grey)]
        for label, jenis in (("A. UTAMA", "UTAMA"), ("B. TAMBAHAN", "TAMBAHAN")):
            group = [r for r in d.hasil_kerja if r.jenis == jenis]
            if not group:
                continue
            style += [
                ("SPAN", (0, len(rows)), (5, len(rows))),
                ("BACKGROUND", (0, len(rows)), (-1, len(rows)), light),
            ]
            rows.append([p(label, cellb)] + [""] * 5)
            for no, r in enumerate(group, start=1):
                start = len(rows)
                for j, ind in enumerate(r.indikator):
                    rhk: Any = ""
                    if j == 0:
                        rhk = [p(r.rhk, cell)]
                        if r.rhk_atasan:
                            rhk.append(
                                Paragraph(
                                    f"<b>RHK atasan yang diintervensi:</b> {escape(r.rhk_atasan)}",
                                    small,
                                )
                            )
                    realisasi = [p(ind.realisasi, cell)]
                    if ind.bukti:
                        realisasi.append(
                            Paragraph(f"<b>Bukti dukung:</b> {escape(ind.bukti)}", small)
                        )
                    rows.append(
                        [
                            p(str(no), cell) if j == 0 else "",
                            rhk,
                            [p(ind.aspek, small), p(ind.indikator, cell)],
                            p(ind.target, cell),
                            realisasi,
                            p(r.umpan_balik, cell) if j == 0 else "",
                        ]
                    )
                end = len(rows) - 1
                if end > start:
                    style += [("SPAN", (c, start), (c, end)) for c in (0, 1, 5)]
        story.append(Table(rows, colWidths=w, repeatRows=2, style=style))
        rating = Table(
            [[Paragraph(f"<b>RATING HASIL KERJA:</b> {d.rating_hasil_kerja}", text)]],
            colWidths=[width],
            style=grid,
        )
        story += [rating, Spacer(1, 3 * mm)]
        w = [width * f for f in (0.05, 0.37, 0.29, 0.29)]
        prow: list[list[Any]] = [
            [p("PERILAKU KERJA", bold), "", "", ""],
            [
                p(h, head)
                for h in (
                    "NO",
                    "PERILAKU KERJA",
                    "EKSPEKTASI KHUSUS PIMPINAN",
                    "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
                )
            ],
        ]
        for no, b in enumerate(d.perilaku, start=1):
            behaviour = [Paragraph(f"<b>{escape(b.nama)}</b>", cell)]
            behaviour += [Paragraph(escape(u), bullet, bulletText="\u2022") for u in b.uraian]
            prow.append(
                [p(str(no), cell), behaviour, p(b.ekspektasi, cell), p(b.umpan_balik, cell)]
            )
        story.append(
            Table(
                prow,
                colWidths=w,
                repeatRows=2,
                style=[*grid, ("SPAN", (0, 0), (3, 0)), ("BACKGROUND", (0, 1), (-1, 1), grey)],
            )
        )
        story.append(
            Table(
                [[Paragraph(f"<b>RATING PERILAKU KERJA:</b> {d.rating_perilaku}", text)]],
                colWidths=[width],
                style=grid,
            )
        )
        catatan = [
            p("CATATAN/REKOMENDASI:", bold),
            p(d.catatan, text) if d.catatan else Spacer(1, 12 * mm),
        ]
        names = [
            ["", p(f"{d.tempat}, {format_tanggal(d.tanggal)}", sign)],
            [p("Pegawai yang Dinilai", sign), p("Pejabat Penilai Kinerja", sign)],
            ["", ""],
            [
                Paragraph(f"<u><b>{escape(d.pegawai.nama)}</b></u>", sign),
                Paragraph(f"<u><b>{escape(d.penilai.nama)}</b></u>", sign),
            ],
            [
                p(f"NIP. {nip(d.pegawai.nip)}", sign) if d.pegawai.nip else "",
                p(f"NIP. {nip(d.penilai.nip)}", sign) if d.penilai.nip else "",
            ],
        ]
        story.append(
            KeepTogether(
                [
                    Spacer(1, 3 * mm),
                    Table(
                        [[Paragraph(f"<b>PREDIKAT KINERJA PEGAWAI:</b> {d.predikat}", text)]],
                        colWidths=[width],
                        style=grid,
                    ),
                    Spacer(1, 3 * mm),
                    Table([[catatan]], colWidths=[width], style=grid),
                    Spacer(1, 7 * mm),
                    Table(
                        names,
                        colWidths=[width / 2] * 2,
                        rowHeights=[None, None, 22 * mm, None, None],
                        style=[("FONT", (0, 0), (-1, -1), SANS, 9)],
                    ),
                ]
            )
        )
        if index + 1 < len(items):
            following = items[index + 1]
            story += [
                DocumentEnd((following[1], qr_text(following[1], following[2]))),
                PageBreak(),
            ]
    doc = SimpleDocTemplate(
        str(out),
        pagesize=size,
        leftMargin=20 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=31 * mm,
        title="Dokumen Evaluasi Kinerja Pegawai",
        author="ASN Desktop",
        invariant=1,
        initialFontName=SANS,
    )
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return int(doc.page)


def run(n: int = 1000, runs: int = 1) -> dict[str, Any]:
    """Time ours and the floor on n documents (medians of `runs` interleaved runs)."""
    from asn_desktop.reports.fonts import register_fonts

    register_fonts()
    items = build_documents(n)
    ours_t: list[float] = []
    floor_t: list[float] = []
    ours_cpu: list[float] = []
    floor_cpu: list[float] = []
    peak = baseline = floor_peak = 0
    pages = floor_pages = 0
    size = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        ours(items[:3], folder / "warm-ours.pdf")  # imports, font parsing: not measured
        floor(items[:3], folder / "warm-floor.pdf")
        for _ in range(runs):
            target = folder / "ours.pdf"
            with PeakRss() as rss:
                started, cpu = time.perf_counter(), time.process_time()
                pages = ours(items, target)
                ours_t.append(time.perf_counter() - started)
                ours_cpu.append(time.process_time() - cpu)
            peak, baseline = max(peak, rss.peak), rss.baseline
            size = target.stat().st_size / 2**20
            target.unlink()
            with PeakRss() as rss:
                started, cpu = time.perf_counter(), time.process_time()
                floor_pages = floor(items, folder / "floor.pdf")
                floor_t.append(time.perf_counter() - started)
                floor_cpu.append(time.process_time() - cpu)
            floor_peak = max(floor_peak, rss.peak)
            (folder / "floor.pdf").unlink()
    mine, bare = statistics.median(ours_t), statistics.median(floor_t)
    return {
        "documents": n,
        "pages": pages,
        "floor_pages": floor_pages,
        "ours_s": round(mine, 2),
        "floor_s": round(bare, 2),
        "ratio": round(mine / bare, 3),
        "ours_cpu_s": round(statistics.median(ours_cpu), 2),
        "floor_cpu_s": round(statistics.median(floor_cpu), 2),
        "goal": GOAL,
        "met": mine / bare <= GOAL,
        "per_document_ms": round(mine / n * 1000, 1),
        "peak_rss_mib": round(peak / 2**20, 1),
        "baseline_rss_mib": round(baseline / 2**20, 1),
        "floor_peak_rss_mib": round(floor_peak / 2**20, 1),
        "file_mib": round(size, 1),
        "cpu": os.cpu_count(),
    }


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    print(run(count))
