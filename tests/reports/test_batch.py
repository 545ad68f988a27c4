"""Many documents into one PDF: own page numbering each, cancellable, never a partial file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_desktop.domain.dokumen_kinerja import DokumenEvaluasi, qr_text
from asn_desktop.reports.evaluasi_kinerja import (
    PrintCancelled,
    render_evaluasi,
    render_evaluasi_batch,
)

from . import samples
from .pdftools import flow_text, layout_text, page_count, qr_codes

Item = tuple[DokumenEvaluasi, str | None, str | None]


def three() -> list[Item]:
    docs = [
        samples.evaluasi(utama=2, tambahan=0),
        samples.evaluasi_pppk(),
        samples.evaluasi(utama=12, tambahan=3, predikat="Sangat Baik"),
    ]
    items: list[Item] = []
    for i, dokumen in enumerate(docs):
        kode, digest = samples.kode_for(dokumen, versi=i + 1)
        items.append((dokumen, kode, digest))
    return items


def test_each_document_starts_a_page_and_counts_its_own_pages(tmp_path: Path) -> None:
    items = three()
    singles = []
    for i, (dokumen, kode, digest) in enumerate(items):
        singles.append(render_evaluasi(dokumen, tmp_path / f"{i}.pdf", kode=kode, digest=digest))
    out = tmp_path / "batch.pdf"
    done: list[int] = []

    def progress(n: int) -> bool:
        done.append(n)
        return True

    pages = render_evaluasi_batch(iter(items), out, progress=progress)
    assert done == [1, 2, 3]
    assert pages == sum(singles) == page_count(out)
    text = layout_text(out)
    assert text.count("Halaman 1 dari") == 3
    numbers = re.findall(r"Halaman (\d+) dari (\d+)", text)
    expected = [(str(p), str(n)) for n in singles for p in range(1, n + 1)]
    assert numbers == expected
    # Each document's first page is its own: title, its employee, its QR code.
    first_pages = [1, 1 + singles[0], 1 + singles[0] + singles[1]]
    for (dokumen, kode, digest), page in zip(items, first_pages, strict=True):
        head = flow_text(out, page)
        assert head.startswith("DOKUMEN EVALUASI KINERJA PEGAWAI")
        assert dokumen.pegawai.nama in head
        assert qr_codes(out, page, tmp_path) == [qr_text(kode, digest)]  # type: ignore[arg-type]


def test_a_document_without_code_in_a_batch_prints_no_code(tmp_path: Path) -> None:
    dokumen, kode, digest = three()[0]
    out = tmp_path / "mixed.pdf"
    render_evaluasi_batch([(dokumen, None, None), (dokumen, kode, digest)], out)
    pages = page_count(out)
    assert "Kode dokumen" not in flow_text(out, 1)
    assert f"Kode dokumen: {kode}" in flow_text(out, pages)


def test_cancel_after_two_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    calls: list[int] = []

    def progress(n: int) -> bool:
        calls.append(n)
        return n < 2

    with pytest.raises(PrintCancelled) as excinfo:
        render_evaluasi_batch(three(), out, progress=progress)
    assert excinfo.value.done == 2
    assert calls == [1, 2]
    assert list(tmp_path.iterdir()) == []


def test_cancel_leaves_an_older_file_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    out.write_bytes(b"older printout")
    with pytest.raises(PrintCancelled):
        render_evaluasi_batch(three(), out, progress=lambda n: False)
    assert out.read_bytes() == b"older printout"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.pdf"]


def test_a_failing_source_leaves_no_file(tmp_path: Path) -> None:
    def items() -> Iterator[Item]:
        yield three()[0]
        raise RuntimeError("database went away")

    out = tmp_path / "batch.pdf"
    with pytest.raises(RuntimeError, match="database went away"):
        render_evaluasi_batch(items(), out)
    assert list(tmp_path.iterdir()) == []


def test_nothing_to_print_is_an_error_and_no_file(tmp_path: Path) -> None:
    out = tmp_path / "batch.pdf"
    with pytest.raises(ValueError, match="Tidak ada dokumen"):
        render_evaluasi_batch([], out)
    assert list(tmp_path.iterdir()) == []


def test_bad_paper_name_fails_before_any_document(tmp_path: Path) -> None:
    consumed: list[int] = []

    def items() -> Iterator[Item]:
        consumed.append(1)
        yield from three()

    with pytest.raises(ValueError, match="A4"):
        render_evaluasi_batch(items(), tmp_path / "b.pdf", paper="Folio")
    assert consumed == []
    assert list(tmp_path.iterdir()) == []


def test_batch_of_same_data_is_identical_bytes_and_f4_works(tmp_path: Path) -> None:
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    render_evaluasi_batch(three(), first, paper="F4")
    render_evaluasi_batch(three(), second, paper="f4")
    assert first.read_bytes() == second.read_bytes()


def test_two_prints_to_the_same_file_do_not_share_a_part_file(tmp_path: Path) -> None:
    """A second print of the same target, cancelled while the first goes on, leaves the
    first one's file whole (a shared "<name>.part" would have been deleted under it)."""
    out = tmp_path / "batch.pdf"
    items = three()
    started: list[int] = []

    def inner_progress(n: int) -> bool:
        return False  # cancelled after its first document

    def progress(n: int) -> bool:
        if n == 1 and not started:
            started.append(n)
            with pytest.raises(PrintCancelled):
                render_evaluasi_batch(items, out, progress=inner_progress)
        return True

    pages = render_evaluasi_batch(items, out, progress=progress)
    assert [p.name for p in tmp_path.iterdir()] == ["batch.pdf"]
    assert page_count(out) == pages
    assert layout_text(out).count("Halaman 1 dari") == 3
