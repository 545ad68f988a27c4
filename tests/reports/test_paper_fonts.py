"""Paper sizes by name, and the bundled fonts."""

from __future__ import annotations

import pytest
from reportlab.pdfbase import pdfmetrics

from asn_desktop.reports import fonts
from asn_desktop.reports.paper import PAPER_SIZES, paper_size


def test_paper_sizes_in_points() -> None:
    assert paper_size("A4") == pytest.approx((595.28, 841.89), abs=0.01)
    assert paper_size("F4") == pytest.approx((609.45, 935.43), abs=0.01)
    assert paper_size(" f4 ") == paper_size("F4")
    assert set(PAPER_SIZES) == {"A4", "F4"}


@pytest.mark.parametrize("name", ["Letter", "", "A5", "Folio"])
def test_unknown_paper_names_the_choices(name: str) -> None:
    with pytest.raises(ValueError) as excinfo:
        paper_size(name)
    message = str(excinfo.value)
    assert "A4" in message and "F4" in message


def test_bundled_fonts_and_licence_are_installed() -> None:
    folder = fonts.font_dir()
    for filename in (
        "DejaVuSans.ttf",
        "DejaVuSans-Bold.ttf",
        "DejaVuSans-Oblique.ttf",
        "DejaVuSansCondensed.ttf",
        "DejaVuSansCondensed-Bold.ttf",
    ):
        assert (folder / filename).stat().st_size > 100_000, filename
    licence = (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "DejaVu" in licence


def test_fonts_register_once_and_cover_the_accents() -> None:
    fonts.register_fonts()
    registered = pdfmetrics.getFont(fonts.SANS)
    fonts.register_fonts()
    assert pdfmetrics.getFont(fonts.SANS) is registered  # not parsed again
    for name in (fonts.SANS, fonts.SANS_BOLD, fonts.SANS_OBLIQUE, fonts.CONDENSED):
        widths = pdfmetrics.getFont(name).face.charWidths
        for ch in "éñüŞçÑ•—":
            assert ord(ch) in widths, (name, ch)
