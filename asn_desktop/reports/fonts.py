"""The bundled DejaVu fonts, registered with ReportLab once per process.

ReportLab's 14 core PDF fonts only cover Latin-1 and are not embedded, so a name such as
"Şahin" would print as a black box or differ from printer to printer. The DejaVu TrueType
files shipped in resources/fonts/ are embedded (as subsets) in every PDF instead, which
makes a printout look the same everywhere and keeps every accent.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from asn_desktop.resources import RESOURCE_DIR

__all__ = [
    "CONDENSED",
    "CONDENSED_BOLD",
    "SANS",
    "SANS_BOLD",
    "SANS_OBLIQUE",
    "font_dir",
    "register_fonts",
]

# ReportLab font names; the family names (SANS, CONDENSED) let <b> and <i> in a Paragraph
# pick the right face.
SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_OBLIQUE = "DejaVuSans-Oblique"
CONDENSED = "DejaVuSansCondensed"
CONDENSED_BOLD = "DejaVuSansCondensed-Bold"

_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_OBLIQUE: "DejaVuSans-Oblique.ttf",
    CONDENSED: "DejaVuSansCondensed.ttf",
    CONDENSED_BOLD: "DejaVuSansCondensed-Bold.ttf",
}

_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    return Path(RESOURCE_DIR) / "fonts"


def register_fonts() -> None:
    """Register the five faces and their two families; later calls return at once.

    Reading and parsing the five files takes some 100 ms, so it is done once per process,
    under a lock because documents may be printed from a worker thread. A missing file
    raises FileNotFoundError naming it (a broken installation, not a user error).
    """
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        folder = font_dir()
        for name, filename in _FILES.items():
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"Font file missing from the installation: {path}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # No bold-oblique or condensed-oblique face is shipped: <b><i> prints bold, and
        # italics inside condensed text use the regular-width oblique.
        pdfmetrics.registerFontFamily(
            SANS, normal=SANS, bold=SANS_BOLD, italic=SANS_OBLIQUE, boldItalic=SANS_BOLD
        )
        pdfmetrics.registerFontFamily(
            CONDENSED,
            normal=CONDENSED,
            bold=CONDENSED_BOLD,
            italic=SANS_OBLIQUE,
            boldItalic=CONDENSED_BOLD,
        )
        _registered = True
