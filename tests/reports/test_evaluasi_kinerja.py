"""The Dokumen Evaluasi Kinerja Pegawai, read back from real PDFs."""

from __future__ import annotations

import dataclasses
import io
import re
from pathlib import Path

import pytest

from asn_desktop.domain.dokumen_kinerja import content_hash, qr_text
from asn_desktop.reports.evaluasi_kinerja import render_evaluasi

from . import samples
from .pdftools import (
    flow_text,
    fonts,
    info,
    layout_text,
    page_count,
    page_sizes,
    qr_codes,
    word_boxes,
)

HEADINGS = [
    "DOKUMEN EVALUASI KINERJA PEGAWAI",
    "PERIODE: AKHIR",
    "PERIODE PENILAIAN: 1 JANUARI SD 31 DESEMBER 2026",
    "PEMERINTAH KOTA BANDUNG",
    "DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG",
    "PEGAWAI YANG DINILAI",
    "PEJABAT PENILAI KINERJA",
    "ATASAN PEJABAT PENILAI KINERJA",
    "NAMA",
    "NIP",
    "PANGKAT/GOL. RUANG",
    "JABATAN",
    "UNIT KERJA",
    "CAPAIAN KINERJA ORGANISASI: Baik",
    "HASIL KERJA",
    "NO",
    "RENCANA HASIL KERJA",
    "INDIKATOR KINERJA INDIVIDU",
    "TARGET",
    "REALISASI BERDASARKAN BUKTI DUKUNG",
    "UMPAN BALIK BERKELANJUTAN BERDASARKAN BUKTI DUKUNG",
    "A. UTAMA",
    "B. TAMBAHAN",
    "RHK atasan yang diintervensi: Meningkatnya kesesuaian pemanfaatan ruang",
    "RATING HASIL KERJA: Sesuai Ekspektasi",
    "PERILAKU KERJA",
    "EKSPEKTASI KHUSUS PIMPINAN",
    "RATING PERILAKU KERJA: Di Atas Ekspektasi",
    "PREDIKAT KINERJA PEGAWAI: Baik",
    "CATATAN/REKOMENDASI:",
    "Pertahankan kinerja dan tingkatkan kompetensi teknis di bidang GIS.",
    "Pegawai yang Dinilai",
    "Bandung, 27 November 2026",
]


@pytest.fixture(scope="module")
def final_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str, int]:
    dokumen = samples.evaluasi()
    kode, digest = samples.kode_for(dokumen)
    path = tmp_path_factory.mktemp("evaluasi") / "evaluasi.pdf"
    pages = render_evaluasi(dokumen, path, kode=kode, digest=digest)
    return path, kode, digest, pages


def test_every_heading_name_and_value_prints(final_pdf: tuple[Path, str, str, int]) -> None:
    path, kode, _digest, pages = final_pdf
    text = flow_text(path)
    for heading in HEADINGS:
        assert heading in text, heading
    for nama in (
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        "Françoise Ñoño Şahin, S.H., M.Kn.",
        "Ir. Rina Müller-Wijaya, M.Sc.",
    ):
        assert nama in text, nama
    for nilai in samples.perilaku():
        assert nilai.nama in text
        for uraian in nilai.uraian:
            # Reading order may interleave a neighbouring cell after a wrapped line.
            start = " ".join(uraian.split()[:3])
            assert f"\u2022 {start}" in text, uraian
    assert "Persentase dokumen yang disetujui tanpa revisi mayor oleh pimpinan" in text
    assert "Bukti dukung: Lembar persetujuan pimpinan" in text
    assert f"Kode dokumen: {kode}" in text
    assert "DRAF" not in text
    assert pages == page_count(path) >= 2


def test_nips_print_grouped_and_the_signatures_show_them(
    final_pdf: tuple[Path, str, str, int],
) -> None:
    path, *_ = final_pdf
    text = layout_text(path)
    for grouped in ("19850315 201001 1 002", "19780422 200312 2 001", "19691210 199403 2 004"):
        assert grouped in text
    assert "198503152010011002" not in text
    last = layout_text(path, page_count(path))
    assert "NIP. 19850315 201001 1 002" in last
    assert "NIP. 19780422 200312 2 001" in last
    # Both signers, the date and their names on the last page, side by side.
    assert re.search(r"Pegawai yang Dinilai\s+Pejabat Penilai Kinerja", last)
    assert re.search(r"Dr\. H\. Ahmad Sutisna, S\.T\., M\.T\.\s+Françoise Ñoño Şahin", last)
    assert "Bandung, 27 November 2026" in last


def test_every_page_is_numbered_of_its_total(final_pdf: tuple[Path, str, str, int]) -> None:
    path, _kode, _digest, pages = final_pdf
    for page in range(1, pages + 1):
        assert f"Halaman {page} dari {pages}" in layout_text(path, page)


def test_fonts_are_embedded_dejavu(final_pdf: tuple[Path, str, str, int]) -> None:
    path, *_ = final_pdf
    rows = fonts(path)
    assert rows
    for row in rows:
        assert row["emb"] == "yes", row["line"]
        assert "DejaVu" in row["name"], row["line"]


def test_metadata_and_a4_pages(final_pdf: tuple[Path, str, str, int]) -> None:
    path, *_ = final_pdf
    meta = info(path)
    assert meta["Author"] == "ASN Desktop"
    assert "Dokumen Evaluasi Kinerja Pegawai" in meta["Title"]
    assert "Dr. H. Ahmad Sutisna" in meta["Title"]
    for width, height in page_sizes(path):
        assert width == pytest.approx(595.3, abs=0.5)
        assert height == pytest.approx(841.9, abs=0.5)


def test_f4_pages(tmp_path: Path) -> None:
    path = tmp_path / "f4.pdf"
    pages = render_evaluasi(samples.evaluasi(), path, paper="F4")
    sizes = page_sizes(path)
    assert len(sizes) == pages
    for width, height in sizes:
        assert width == pytest.approx(609.4, abs=0.5)
        assert height == pytest.approx(935.4, abs=0.5)


def test_qr_code_holds_code_and_hash_on_every_page(
    final_pdf: tuple[Path, str, str, int], tmp_path: Path
) -> None:
    path, kode, digest, pages = final_pdf
    expected = qr_text(kode, digest)
    assert qr_codes(path, 1, tmp_path) == [expected]
    assert qr_codes(path, pages, tmp_path) == [expected]


def test_code_without_digest_uses_the_documents_content_hash(tmp_path: Path) -> None:
    dokumen = samples.evaluasi(utama=1, tambahan=0)
    kode, _ = samples.kode_for(dokumen)
    path = tmp_path / "kode.pdf"
    render_evaluasi(dokumen, path, kode=kode)
    assert qr_codes(path, 1, tmp_path) == [qr_text(kode, content_hash(dokumen))]


def test_draft_is_marked_and_carries_no_code(tmp_path: Path) -> None:
    dokumen = samples.evaluasi()
    kode, digest = samples.kode_for(dokumen)
    path = tmp_path / "draf.pdf"
    pages = render_evaluasi(dokumen, path, kode=kode, digest=digest, draft=True)
    for page in range(1, pages + 1):
        assert "DRAF - BELUM FINAL" in layout_text(path, page)
    text = flow_text(path)
    assert "Kode dokumen" not in text
    assert kode not in text
    assert qr_codes(path, 1, tmp_path) == []


def test_pppk_and_non_asn_appraiser_print_empty_nip_and_pangkat(tmp_path: Path) -> None:
    path = tmp_path / "pppk.pdf"
    render_evaluasi(samples.evaluasi_pppk(), path)
    text = layout_text(path)
    assert "Siti Nurhaliza, A.Md.Kom." in text
    assert "Bambang Hermawan, S.Kom." in text
    assert "TRIWULAN II" in text
    assert "PREDIKAT KINERJA PEGAWAI: Sangat Baik" in text
    # The NIP and pangkat rows of both are empty cells, never "-".
    lines = [line.strip() for line in text.splitlines()]
    assert lines.count("NIP") == 2
    assert lines.count("PANGKAT/GOL. RUANG") == 2
    assert not any(re.fullmatch(r"(NIP|PANGKAT/GOL\. RUANG)\s+-", line) for line in lines)
    # Neither signer is PNS: no NIP line under the names at all.
    assert "NIP." not in text
    # Only A. UTAMA: an empty TAMBAHAN section is left out.
    assert "A. UTAMA" in text
    assert "B. TAMBAHAN" not in text


def test_same_data_gives_identical_bytes(tmp_path: Path) -> None:
    kode, digest = samples.kode_for(samples.evaluasi())
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    render_evaluasi(samples.evaluasi(), first, kode=kode, digest=digest)
    render_evaluasi(samples.evaluasi(), second, kode=kode, digest=digest)
    assert first.read_bytes() == second.read_bytes()
    stream = io.BytesIO()
    render_evaluasi(samples.evaluasi(), stream, kode=kode, digest=digest)
    assert stream.getvalue() == first.read_bytes()
    other = io.BytesIO()
    render_evaluasi(samples.evaluasi(predikat="Sangat Baik"), other, kode=kode, digest=digest)
    assert other.getvalue() != first.read_bytes()


def test_stream_output_is_left_open_and_leaves_no_files(tmp_path: Path) -> None:
    stream = io.BytesIO()
    pages = render_evaluasi(samples.evaluasi(utama=1, tambahan=0), stream)
    assert pages >= 1
    assert not stream.closed
    assert stream.getvalue().startswith(b"%PDF-")
    assert list(tmp_path.iterdir()) == []


def test_unknown_paper_raises_before_any_file_exists(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    with pytest.raises(ValueError, match="A4") as excinfo:
        render_evaluasi(samples.evaluasi(), out, paper="Letter")
    assert "F4" in str(excinfo.value)
    assert list(tmp_path.iterdir()) == []


def test_user_text_prints_literally_not_as_markup(tmp_path: Path) -> None:
    dokumen = dataclasses.replace(
        samples.evaluasi(utama=1, tambahan=0),
        catatan='Nilai <b>A & B</b> > 90 "baik" \x07 selesai\nbaris kedua',
    )
    path = tmp_path / "markup.pdf"
    render_evaluasi(dokumen, path)
    text = flow_text(path)
    assert 'Nilai <b>A & B</b> > 90 "baik" selesai baris kedua' in text


def test_a_rhk_of_1500_characters_wraps_inside_its_cell(tmp_path: Path) -> None:
    sentence = "Terlaksananya koordinasi dan evaluasi kegiatan penataan ruang kota Bandung. "
    long_rhk = (sentence * 20)[:1490] + " RHK-SELESAI"
    base = samples.evaluasi(utama=3, tambahan=1)
    rows = tuple(dataclasses.replace(r, rhk=long_rhk) for r in base.hasil_kerja)
    path = tmp_path / "long.pdf"
    pages = render_evaluasi(dataclasses.replace(base, hasil_kerja=rows), path)
    text = flow_text(path)
    assert text.count("RHK-SELESAI") == 4
    assert pages > 2
    for page in range(1, pages + 1):
        assert f"Halaman {page} dari {pages}" in layout_text(path, page)
    # Wrapped inside the cells: no word reaches into the margins (20 mm left, 15 mm right).
    boxes = word_boxes(path)
    assert len(boxes) > 1000
    for page, x_min, x_max, word in boxes:
        assert x_min >= 56 and x_max <= 555, (page, word, x_min, x_max)


def test_an_unbroken_400_character_word_is_broken_inside_its_cell(tmp_path: Path) -> None:
    base = samples.evaluasi(utama=1, tambahan=0)
    row = dataclasses.replace(base.hasil_kerja[0], rhk="https://" + "a" * 400)
    path = tmp_path / "word.pdf"
    render_evaluasi(dataclasses.replace(base, hasil_kerja=(row,), catatan="X" * 3000), path)
    boxes = word_boxes(path)
    assert any(word.startswith("https://aaaa") for _p, _a, _b, word in boxes)
    for page, x_min, x_max, word in boxes:
        assert x_min >= 56 and x_max <= 555, (page, word[:20], x_min, x_max)


@pytest.mark.slow
def test_100000_character_catatan_and_rhk_flow_over_pages(tmp_path: Path) -> None:
    sentence = "Catatan pembinaan & evaluasi <kinerja> pegawai dalam penataan ruang kota. "
    huge = (sentence * 1400)[:99_980] + " AKHIR-TEKS"
    base = samples.evaluasi(utama=2, tambahan=0)
    first = dataclasses.replace(base.hasil_kerja[0], rhk=huge, umpan_balik=huge)
    dokumen = dataclasses.replace(base, catatan=huge, hasil_kerja=(first, base.hasil_kerja[1]))
    path = tmp_path / "huge.pdf"
    pages = render_evaluasi(dokumen, path, paper="F4")
    assert pages > 20
    text = flow_text(path)
    assert text.count("AKHIR-TEKS") == 3  # the RHK, its feedback and the catatan, all whole
    last = layout_text(path, pages)
    assert "Pejabat Penilai Kinerja" in last
    assert f"Halaman {pages} dari {pages}" in last


def test_forty_rhk_repeat_the_header_on_every_page_of_the_table(tmp_path: Path) -> None:
    path = tmp_path / "forty.pdf"
    pages = render_evaluasi(samples.evaluasi(utama=32, tambahan=8), path)
    assert pages >= 5
    texts = [flow_text(path, page) for page in range(1, pages + 1)]
    first = next(i for i, t in enumerate(texts) if "HASIL KERJA NO" in t)
    last = next(i for i, t in enumerate(texts) if "RATING HASIL KERJA" in t)
    assert last - first >= 3
    for page in range(first + 1, last + 2):
        # The header row as laid out: the first line of each cell, left to right.
        header = layout_text(path, page)
        assert re.search(r"NO\s+RENCANA HASIL KERJA\s+TARGET\s+BERDASARKAN", header), page
        for cell in ("INDIKATOR KINERJA", "REALISASI", "UMPAN BALIK", "BERKELANJUTAN"):
            assert cell in header, (page, cell)
    # Every RHK printed once (its first indicator is tagged "(k.1)"), none lost at a break.
    whole = " ".join(texts)
    assert whole.count("B. TAMBAHAN") == 1
    for k in range(1, 41):
        assert whole.count(f"({k}.1)") == 1, k
    # The signature block, its roles and both names share the last page.
    end = layout_text(path, pages)
    for part in (
        "Pegawai yang Dinilai",
        "Pejabat Penilai Kinerja",
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        "Françoise Ñoño Şahin, S.H., M.Kn.",
        "NIP. 19780422 200312 2 001",
        "PREDIKAT KINERJA PEGAWAI",
    ):
        assert part in end, part


def test_no_page_ends_with_a_section_label(tmp_path: Path) -> None:
    """However the rows fall, "B. TAMBAHAN" is never the last thing on a page."""
    for utama in range(3, 9):
        path = tmp_path / f"labels{utama}.pdf"
        pages = render_evaluasi(samples.evaluasi(utama=utama, tambahan=3), path)
        for page in range(1, pages + 1):
            body = flow_text(path, page).split("Kode dokumen")[0].split("Halaman")[0].strip()
            assert not body.endswith(("A. UTAMA", "B. TAMBAHAN")), (utama, page)
