"""The SKP planning document, read back from real PDFs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asn_desktop.reports.skp_rencana import render_skp

from . import samples
from .pdftools import flow_text, fonts, layout_text, page_count, page_sizes

HEADINGS = [
    "SASARAN KINERJA PEGAWAI",
    "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
    "PEMERINTAH KOTA BANDUNG",
    "PEGAWAI YANG DINILAI",
    "PEJABAT PENILAI KINERJA",
    "ATASAN PEJABAT PENILAI KINERJA",
    "PANGKAT/GOL. RUANG",
    "HASIL KERJA",
    "RENCANA HASIL KERJA ATASAN YANG DIINTERVENSI",
    "RENCANA HASIL KERJA",
    "ASPEK",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
    "A. UTAMA",
    "B. TAMBAHAN",
    "PERILAKU KERJA",
    "EKSPEKTASI KHUSUS PIMPINAN",
    "Berorientasi Pelayanan",
    "Kolaboratif",
    "Pegawai yang Dinilai",
    "Pejabat Penilai Kinerja",
    "Bandung, 5 Januari 2026",
    "Françoise Ñoño Şahin, S.H., M.Kn.",
    "19850315 201001 1 002",
]


def test_skp_prints_every_part(tmp_path: Path) -> None:
    path = tmp_path / "skp.pdf"
    pages = render_skp(samples.skp(), path)
    assert pages == page_count(path)
    text = flow_text(path)
    for heading in HEADINGS:
        assert heading in text, heading
    assert "Meningkatnya kesesuaian pemanfaatan ruang dengan rencana tata ruang kota" in text
    assert "Kuantitas" in text and "Kualitas" in text
    # Planning, not evaluation: no realisation, feedback or verification code.
    assert "REALISASI" not in text
    assert "UMPAN BALIK" not in text
    assert "Kode dokumen" not in text
    for row in fonts(path):
        assert row["emb"] == "yes" and "DejaVu" in row["name"], row["line"]
    for page in range(1, pages + 1):
        assert f"Halaman {page} dari {pages}" in layout_text(path, page)


def test_skp_with_forty_rhk_repeats_its_header_and_keeps_the_signatures_together(
    tmp_path: Path,
) -> None:
    path = tmp_path / "skp40.pdf"
    pages = render_skp(samples.skp(utama=32, tambahan=8), path, paper="F4")
    assert pages >= 4
    for width, height in page_sizes(path):
        assert (width, height) == pytest.approx((609.4, 935.4), abs=0.5)
    texts = [layout_text(path, page) for page in range(1, pages + 1)]
    table_pages = [i for i, t in enumerate(texts) if re.search(r"\(\d+\.1\)", t)]
    assert len(table_pages) >= 3
    header = re.compile(
        r"RENCANA HASIL KERJA\n\s*NO\s+ATASAN YANG\s+RENCANA HASIL KERJA\s+ASPEK\s+"
        r"INDIKATOR KINERJA INDIVIDU\s+TARGET\n\s*DIINTERVENSI"
    )
    for i in table_pages:
        assert header.search(texts[i]), i + 1
    whole = " ".join(flow_text(path, page) for page in range(1, pages + 1))
    for k in range(1, 41):
        assert whole.count(f"({k}.1)") == 1, k
    last = texts[-1]
    for part in (
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        "Françoise Ñoño Şahin, S.H., M.Kn.",
        "NIP. 19850315 201001 1 002",
    ):
        assert part in last, part


def test_skp_bad_paper(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="F4"):
        render_skp(samples.skp(), tmp_path / "s.pdf", paper="B5")
    assert list(tmp_path.iterdir()) == []
