"""Paper sizes the documents print on, chosen by name.

F4 (also sold as "Folio", 215 x 330 mm) is the common office paper in Indonesian
government offices besides A4; the clerk picks one per print.
"""

from __future__ import annotations

from reportlab.lib.units import mm

__all__ = ["PAPER_SIZES", "paper_size"]

# (width, height) in PDF points, portrait.
PAPER_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210 * mm, 297 * mm),
    "F4": (215 * mm, 330 * mm),
}


def paper_size(name: str) -> tuple[float, float]:
    """(width, height) in points of "A4" or "F4" (case and surrounding spaces ignored).

    ValueError names the sizes that exist, so a stale setting is easy to correct.
    """
    key = name.strip().upper() if isinstance(name, str) else ""
    try:
        return PAPER_SIZES[key]
    except KeyError:
        choices = " atau ".join(PAPER_SIZES)
        raise ValueError(
            f"Ukuran kertas {name!r} tidak dikenal; pilihan yang tersedia: {choices}."
        ) from None
