"""The yearly development plan (AKPK) as a PDF, read back with poppler."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.reports.rencana_pengembangan import (
    CELL_MAX_LINES,
    BarisRencana,
    DokumenRencana,
    Persetujuan,
    render_rencana,
    wrap_text,
)

from .pdftools import flow_text, fonts, layout_text, page_count, page_sizes, word_boxes

UNITS = ("Bidang Aplikasi Informatika", "Seksi Pengembangan Aplikasi", "Bidang Statistik")


def baris(number: int, unit: str, **changes: object) -> BarisRencana:
    row = BarisRencana(
        nip="198503152010011002",
        nama=f"Pegawai Nomor {number:03d}, S.Kom.",
        jabatan="Pranata Komputer Ahli Muda",
        unit=unit,
        kompetensi="Pengembangan Diri dan Orang Lain",
        standar=3,
        aktual=1,
        kesenjangan_kinerja="Hasil kerja 2026 di bawah ekspektasi: Terlaksananya aplikasi",
        penyebab="kesenjangan kompetensi, kesenjangan kinerja",
        jalur="klasikal",
        rute="Pelatihan Manajerial",
        penyelenggara="BPSDM Provinsi Jawa Barat",
        bulan=2 + number % 10,
        jp=32,
        biaya=3_500_000,
        prioritas="Tinggi",
        didanai=number % 5 != 0,
    )
    return dataclasses.replace(row, **changes)  # type: ignore[arg-type]


def dokumen(rows: int = 12, **changes: object) -> DokumenRencana:
    items = [baris(i, UNITS[(i - 1) * len(UNITS) // max(rows, 1)]) for i in range(1, rows + 1)]
    doc = DokumenRencana(
        tahun=2027,
        pemerintah="PEMERINTAH KOTA BANDUNG",
        instansi="Dinas Komunikasi dan Informatika",
        status="Disetujui PyB",
        anggaran=50_000_000,
        biaya_didanai=sum(r.biaya for r in items if r.didanai),
        biaya_tidak_didanai=sum(r.biaya for r in items if not r.didanai),
        butir=len(items),
        butir_didanai=sum(1 for r in items if r.didanai),
        pegawai=len(items),
        di_bawah_target=4,
        di_bawah_target_didanai=3,
        persetujuan=(
            Persetujuan("Menyetujui,\nAtasan", "Rina Kartika, S.T., M.M.", date(2027, 1, 4)),
            Persetujuan(
                "Menyetujui,\nPejabat yang Berwenang (PyB)", "Françoise Şahin", date(2027, 1, 11)
            ),
            Persetujuan("Menetapkan,\nPejabat Pembina Kepegawaian (PPK)"),
        ),
        baris=items,
        tanggal=date(2027, 1, 11),
    )
    return dataclasses.replace(doc, **changes)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def long_plan(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("akpk") / "rencana.pdf"
    return path, render_rencana(dokumen(rows=120), path)


def test_pages_are_landscape_numbered_and_embed_dejavu(long_plan: tuple[Path, int]) -> None:
    path, pages = long_plan
    assert pages == page_count(path) >= 4
    assert {size for size in page_sizes(path)} == {(841.89, 595.276)}  # A4 landscape
    for page in range(1, pages + 1):
        assert f"Halaman {page} dari {pages}" in layout_text(path, page)
    for row in fonts(path):
        assert row["emb"] == "yes" and "DejaVu" in row["name"], row["line"]


def test_the_header_repeats_on_every_page_of_a_unit(long_plan: tuple[Path, int]) -> None:
    path, pages = long_plan
    texts = [layout_text(path, page) for page in range(1, pages + 1)]
    with_items = [t for t in texts if "Pegawai Nomor" in t]
    assert len(with_items) >= 3
    for text in with_items:
        assert re.search(r"NO\s+NAMA / NIP\s+JABATAN", text), text[:400]
        assert "PENYELENGGARA" in text and "PRIORITAS" in text and "DIDANAI" in text
    # Every item once, numbered through the units, none lost at a page break.
    whole = " ".join(flow_text(path, page) for page in range(1, pages + 1))
    for number in range(1, 121):
        assert whole.count(f"Pegawai Nomor {number:03d},") == 1, number
    for unit in UNITS:
        assert f"UNIT KERJA: {unit} (40 butir)" in whole


def test_totals_against_the_budget_and_the_signatures(long_plan: tuple[Path, int]) -> None:
    path, pages = long_plan
    first = flow_text(path, 1)
    for words in (
        "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI",
        "TAHUN 2027",
        "PEMERINTAH KOTA BANDUNG",
        "STATUS: DISETUJUI PYB",
        "Anggaran pengembangan kompetensi Rp 50.000.000",
        "Total biaya yang didanai Rp 336.000.000 (96 dari 120 butir)",
        "Kebutuhan yang belum didanai Rp 84.000.000",
        "Pegawai di bawah target JP yang mendapat kegiatan 3 dari 4",
    ):
        assert words in first, words
    # Over budget: said with the excess, not as a negative remainder.
    assert "MELEBIHI ANGGARAN sebesar Rp 286.000.000" in first
    assert "Sisa anggaran" not in first
    last = flow_text(path, pages)
    for words in (
        "RINGKASAN TERHADAP ANGGARAN",
        "Menyetujui, Atasan",
        "Pejabat yang Berwenang (PyB)",
        "Menetapkan, Pejabat Pembina Kepegawaian (PPK)",
        "Rina Kartika, S.T., M.M.",
        "Françoise Şahin",
        "Tanggal 4 Januari 2027",
        "Tanggal 11 Januari 2027",
        "Tanggal ........",
        "Bandung, 11 Januari 2027",
        "MELEBIHI ANGGARAN sebesar Rp 286.000.000",
    ):
        assert words in last, words


def test_a_plan_within_budget_shows_the_remainder(tmp_path: Path) -> None:
    path = tmp_path / "cukup.pdf"
    render_rencana(dokumen(rows=5, anggaran=20_000_000), path, paper="F4")
    text = flow_text(path)
    assert "Sisa anggaran Rp 6.000.000" in text and "MELEBIHI" not in text
    assert {size for size in page_sizes(path)} == {(935.433, 609.449)}  # F4 landscape
    assert "19850315 201001 1 002" in text  # the NIP grouped as printed on forms


def test_user_text_prints_literally_and_long_text_stays_in_its_cell(tmp_path: Path) -> None:
    hostile = "Nilai <b>A & B</b> > 90 \x07 selesai"
    word = "https://" + "a" * 300
    long_text = "Perilaku kerja di bawah ekspektasi karena beban layanan. " * 200
    rows = [
        baris(1, UNITS[0], nama=hostile, penyelenggara=word, kesenjangan_kinerja=long_text),
        baris(2, UNITS[0]),
    ]
    path = tmp_path / "teks.pdf"
    pages = render_rencana(dokumen(rows=0, baris=rows, butir=2), path)
    text = flow_text(path)
    assert "Nilai <b>A & B</b> > 90 selesai" in text
    assert "https://aaaa" in text and "…" in text
    width = 841.89
    for page, x_min, x_max, found in word_boxes(path):
        assert x_min >= 56 and x_max <= width - 42, (page, found[:20], x_min, x_max)
    assert pages >= 1 and "Pegawai Nomor 002" in text


def test_wrap_text_breaks_words_and_cuts_after_the_last_line() -> None:
    assert wrap_text("satu dua tiga", 1000) == "satu dua tiga"
    lines = wrap_text("a" * 200, 40).split("\n")
    assert len(lines) > 3 and "".join(lines) == "a" * 200
    cut = wrap_text("kata " * 2000, 60).split("\n")
    assert len(cut) == CELL_MAX_LINES and cut[-1].endswith("…")
    assert wrap_text("baris satu\nbaris dua", 1000) == "baris satu\nbaris dua"
    assert wrap_text("", 100) == ""


def test_an_empty_plan_still_prints(tmp_path: Path) -> None:
    path = tmp_path / "kosong.pdf"
    pages = render_rencana(dokumen(rows=0, baris=[], butir=0, biaya_didanai=0), path)
    assert pages == page_count(path)
    text = flow_text(path)
    assert "belum memuat butir" in text and "UNIT KERJA" not in text
    assert "Menetapkan, Pejabat Pembina Kepegawaian (PPK)" in text


def test_unknown_paper_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="F4"):
        render_rencana(dokumen(rows=1), tmp_path / "x.pdf", paper="Letter")
    assert list(tmp_path.iterdir()) == []


def test_a_failure_while_laying_out_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asn_desktop.reports import rencana_pengembangan

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("kertas habis")

    monkeypatch.setattr(rencana_pengembangan, "signatures", broken)
    with pytest.raises(RuntimeError, match="kertas habis"):
        render_rencana(dokumen(rows=3), tmp_path / "x.pdf")
    assert list(tmp_path.iterdir()) == []
