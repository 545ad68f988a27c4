"""Names with academic and religious titles kept in their own fields."""

from __future__ import annotations

import unicodedata

__all__ = [
    "GELAR_DEPAN_DIKENAL",
    "NAMA_MAX_LENGTH",
    "format_nama_lengkap",
    "kunci_cari",
    "nama_cari",
    "split_nama_bergelar",
    "validate_nama",
]

NAMA_MAX_LENGTH = 100

# Front titles seen in Bandung personnel lists. Both "Dr." (doctorate) and "dr." (physician)
# exist, and imported lists are often in capitals, so matching ignores case while the text
# keeps the spelling the clerk used.
GELAR_DEPAN_DIKENAL: tuple[str, ...] = (
    "Prof.",
    "Dr.",
    "dr.",
    "drg.",
    "drh.",
    "Drs.",
    "Dra.",
    "Ir.",
    "H.",
    "Hj.",
    "K.H.",
    "KH.",
    "Ns.",
    "apt.",
    "Bd.",
)

# Longest first, so that "K.H." is not read as an initial "K." followed by "H.".
_TITLES_LONGEST_FIRST = sorted({t.casefold() for t in GELAR_DEPAN_DIKENAL}, key=len, reverse=True)

_NAMA_PUNCTUATION = frozenset(" '\u2019.-")


def _tidy_spaces(text: str) -> str:
    return " ".join(text.split())


def _tidy_gelar_belakang(text: str) -> str:
    parts = (_tidy_spaces(p) for p in text.split(","))
    return ", ".join(p for p in parts if p)


def format_nama_lengkap(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    """``Dr. H. Ahmad Sutisna, S.T., M.T.`` from the three name fields."""
    depan = _tidy_spaces(gelar_depan or "").strip(", ")
    inti = _tidy_spaces(nama).strip(", ")
    belakang = _tidy_gelar_belakang(gelar_belakang or "")
    head = " ".join(p for p in (depan, inti) if p)
    if head and belakang:
        return f"{head}, {belakang}"
    return head or belakang


def _take_front_title(text: str) -> tuple[str, str] | None:
    folded = text.casefold()
    for title in _TITLES_LONGEST_FIRST:
        if folded.startswith(title):
            # Titles end with a period, so "Dr.Ahmad" (no space) is split correctly too.
            return text[: len(title)], text[len(title) :].lstrip()
    return None


def split_nama_bergelar(text: str) -> tuple[str, str, str]:
    """Split ``Dr. H. Ahmad Sutisna, S.T., M.T.`` into (gelar depan, nama, gelar belakang).

    Front titles are recognised from GELAR_DEPAN_DIKENAL; everything after the first comma is
    gelar belakang. Missing parts are empty strings. A title is never taken if nothing would
    remain for the name itself.
    """
    cleaned = _tidy_spaces(text)
    head, _, tail = cleaned.partition(",")
    rest = head.strip()
    titles: list[str] = []
    while (taken := _take_front_title(rest)) is not None and taken[1]:
        title, rest = taken
        titles.append(title)
    return " ".join(titles), rest, _tidy_gelar_belakang(tail)


def _describe_char(ch: str) -> str:
    if ch.isprintable() and not ch.isspace():
        return f'"{ch}"'
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def validate_nama(nama: str | None) -> str | None:
    """The problem with a name (without titles) as an Indonesian message, or None if fine."""
    # NFC first: a name typed on some keyboards arrives as "e" + combining accent.
    text = unicodedata.normalize("NFC", nama or "").strip()
    if not text:
        return "Nama wajib diisi."
    if len(text) > NAMA_MAX_LENGTH:
        return f"Nama terlalu panjang: {len(text)} karakter; maksimal {NAMA_MAX_LENGTH}."
    for position, ch in enumerate(text, start=1):
        if ch.isalpha() or ch in _NAMA_PUNCTUATION:
            continue
        message = (
            f"Nama berisi karakter {_describe_char(ch)} pada posisi {position}; yang "
            "diizinkan hanya huruf, spasi, apostrof ('), titik (.), dan tanda hubung (-)."
        )
        if ch == ",":
            message += " Gelar ditulis di kolom gelar depan atau gelar belakang."
        return message
    if not any(ch.isalpha() for ch in text):
        return "Nama harus berisi huruf."
    return None


# Dots and commas are how titles are written ("S.Kom.", "Hj.", "Agus, S.H."), and clerks type
# them inconsistently or not at all: the search key drops them on both sides.
_SEARCH_DROPPED = str.maketrans("", "", ".,")


def kunci_cari(text: str) -> str:
    """The search form of text: lower case, no dots or commas, single spaces."""
    return " ".join(text.translate(_SEARCH_DROPPED).lower().split())


def nama_cari(gelar_depan: str | None, nama: str, gelar_belakang: str | None) -> str:
    """The name as the register prints it (titles included), in search form.

    Stored beside the name so that "hj. nurul", "s.kom" and "Agus Kurniawan, S.H." find the
    person the table shows with those words, with one LIKE per word as before.
    """
    return kunci_cari(format_nama_lengkap(gelar_depan, nama, gelar_belakang))
