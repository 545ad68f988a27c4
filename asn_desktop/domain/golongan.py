"""Pangkat / golongan ruang of PNS and golongan of PPPK."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from asn_desktop.domain.pesan import pesan

__all__ = [
    "GOLONGAN_PNS",
    "GOLONGAN_PPPK",
    "Golongan",
    "GolonganError",
    "golongan_by_id",
    "golongan_by_ruang",
    "golongan_label",
]


class GolonganError(KeyError):
    """Unknown golongan. Subclasses KeyError (it is a lookup) but prints a readable message."""

    def __str__(self) -> str:
        # KeyError.__str__ would show the repr, i.e. the message wrapped in quotes.
        if self.args and isinstance(self.args[0], str):
            return self.args[0]  # a Pesan stays one (translatable)
        return str(self.args[0]) if self.args else ""


@dataclass(frozen=True)
class Golongan:
    """One golongan. ``rank`` orders golongan within the same ``untuk`` (PNS or PPPK) only."""

    id: int
    ruang: str
    pangkat: str | None
    untuk: Literal["PNS", "PPPK"]
    rank: int


_PNS_ROWS: tuple[tuple[int, str, str], ...] = (
    (11, "I/a", "Juru Muda"),
    (12, "I/b", "Juru Muda Tingkat I"),
    (13, "I/c", "Juru"),
    (14, "I/d", "Juru Tingkat I"),
    (21, "II/a", "Pengatur Muda"),
    (22, "II/b", "Pengatur Muda Tingkat I"),
    (23, "II/c", "Pengatur"),
    (24, "II/d", "Pengatur Tingkat I"),
    (31, "III/a", "Penata Muda"),
    (32, "III/b", "Penata Muda Tingkat I"),
    (33, "III/c", "Penata"),
    (34, "III/d", "Penata Tingkat I"),
    (41, "IV/a", "Pembina"),
    (42, "IV/b", "Pembina Tingkat I"),
    (43, "IV/c", "Pembina Utama Muda"),
    (44, "IV/d", "Pembina Utama Madya"),
    (45, "IV/e", "Pembina Utama"),
)

# Ids match SIASN golonganPns.
GOLONGAN_PNS: tuple[Golongan, ...] = tuple(
    Golongan(id=gid, ruang=ruang, pangkat=pangkat, untuk="PNS", rank=rank)
    for rank, (gid, ruang, pangkat) in enumerate(_PNS_ROWS, start=1)
)

_ROMAN: tuple[str, ...] = (
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
)  # fmt: skip

# Ids 101-117 are local to this application: the SIASN reference snapshot we ship has no PPPK
# golongan table, so these must be mapped explicitly on any SIASN export.
GOLONGAN_PPPK: tuple[Golongan, ...] = tuple(
    Golongan(id=100 + rank, ruang=roman, pangkat=None, untuk="PPPK", rank=rank)
    for rank, roman in enumerate(_ROMAN, start=1)
)

_BY_ID: dict[int, Golongan] = {g.id: g for g in GOLONGAN_PNS + GOLONGAN_PPPK}
_PNS_BY_KEY: dict[str, Golongan] = {g.ruang.upper(): g for g in GOLONGAN_PNS}
_PPPK_BY_KEY: dict[str, Golongan] = {g.ruang: g for g in GOLONGAN_PPPK}

_PNS_TEXT = re.compile(r"(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-E])")
_ARABIC_TO_ROMAN = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def golongan_by_id(golongan_id: int | str) -> Golongan:
    """The golongan with this id (SIASN id for PNS, local id for PPPK)."""
    try:
        key = int(str(golongan_id).strip())
    except ValueError:
        raise GolonganError(
            pesan('Id golongan "{golongan_id}" bukan angka.', golongan_id=golongan_id)
        ) from None
    try:
        return _BY_ID[key]
    except KeyError:
        raise GolonganError(pesan("Golongan dengan id {key} tidak dikenal.", key=key)) from None


def golongan_by_ruang(text: str) -> Golongan:
    """Find a golongan by how it is written.

    PNS: "III/a", "III.a", "III-a", "IIIa", "3a" (any case). PPPK: Roman numerals "I".."XVII".
    A bare Roman numeral is therefore always PPPK; a PNS golongan always has its ruang letter.
    """
    compact = " ".join(str(text).split()).upper()
    if m := _PNS_TEXT.fullmatch(compact):
        roman = _ARABIC_TO_ROMAN.get(m.group(1), m.group(1))
        found = _PNS_BY_KEY.get(f"{roman}/{m.group(2)}")
        if found is not None:
            return found
        raise GolonganError(
            pesan(
                'Golongan ruang "{text}" tidak ada; golongan {roman} tidak memiliki ruang {lower}.',
                text=text,
                roman=roman,
                lower=m.group(2).lower(),
            )
        )
    if compact in _PPPK_BY_KEY:
        return _PPPK_BY_KEY[compact]
    raise GolonganError(
        pesan(
            'Golongan "{text}" tidak dikenali; tulis golongan PNS seperti III/a atau '
            "golongan PPPK dengan angka Romawi I-XVII.",
            text=text,
        )
    )


def golongan_label(g: Golongan) -> str:
    """The display label: ``Penata Muda (III/a)`` for PNS, ``IX`` for PPPK (no pangkat)."""
    if g.pangkat:
        return f"{g.pangkat} ({g.ruang})"
    return g.ruang
