"""Indonesian dates: month names, printing and parsing what clerks type."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

from asn_desktop.domain.pesan import GalatPesan, pesan

__all__ = [
    "NAMA_BULAN",
    "TanggalError",
    "format_bulan_tahun",
    "format_tanggal",
    "format_tanggal_angka",
    "hari_lokal",
    "parse_tanggal",
]

NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)

# Older SK documents and spreadsheets use pre-EYD spellings (Pebruari, Nopember) and the
# abbreviations of both Indonesian and English Excel locales, so all of them are accepted.
_MONTH_WORDS: dict[str, int] = {
    **{name.lower(): i for i, name in enumerate(NAMA_BULAN, start=1)},
    **{name[:3].lower(): i for i, name in enumerate(NAMA_BULAN, start=1)},
    "pebruari": 2,
    "peb": 2,
    "nopember": 11,
    "nop": 11,
    "agt": 8,
    "ags": 8,
    "sept": 9,
    "okt": 10,
    "des": 12,
    "january": 1,
    "february": 2,
    "march": 3,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "october": 10,
    "december": 12,
    "aug": 8,
    "oct": 10,
    "dec": 12,
}

_EXPECTED = "gunakan HH-BB-TTTT (contoh 15-03-1985)"

_NUMERIC_DMY = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d+)")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_WORD_MONTH = re.compile(r"(\d{1,2})[\s\-./]*([^\W\d_]+)\.?[\s\-./]*(\d+)")


class TanggalError(GalatPesan, ValueError):
    """A date the clerk typed cannot be read; ``str(e)`` is the message to show."""


def format_tanggal(d: date) -> str:
    """``15 Maret 1985``: the form printed on documents and signature blocks."""
    return f"{d.day} {NAMA_BULAN[d.month - 1]} {d.year}"


def format_tanggal_angka(d: date) -> str:
    """``15-03-1985``: the compact form used in messages and form fields."""
    return f"{d.day:02d}-{d.month:02d}-{d.year:04d}"


def format_bulan_tahun(d: date) -> str:
    """``Maret 1985``: for month-granular dates such as TMT CPNS."""
    return f"{NAMA_BULAN[d.month - 1]} {d.year}"


def parse_tanggal(text: str) -> date:
    """Read a date typed as HH-BB-TTTT, HH/BB/TTTT, HH.BB.TTTT, TTTT-BB-HH or ``15 Maret 1985``.

    Raises TanggalError with a message that names the impossible part.
    """
    cleaned = " ".join(str(text).split())
    if not cleaned:
        raise TanggalError(pesan("Tanggal wajib diisi."))

    if m := _ISO.fullmatch(cleaned):
        year_text, month, day = m.group(1), int(m.group(2)), int(m.group(3))
    elif m := _NUMERIC_DMY.fullmatch(cleaned):
        day, month, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
    elif m := _WORD_MONTH.fullmatch(cleaned):
        word = m.group(2).lower()
        if word not in _MONTH_WORDS:
            raise TanggalError(
                pesan(
                    'Nama bulan tidak dikenali: "{group}" pada "{cleaned}"; tulis nama '
                    "bulan lengkap (misalnya Maret) atau gunakan HH-BB-TTTT.",
                    group=m.group(2),
                    cleaned=cleaned,
                )
            )
        day, month, year_text = int(m.group(1)), _MONTH_WORDS[word], m.group(3)
    else:
        raise TanggalError(
            pesan(
                'Format tanggal tidak dikenali: "{cleaned}"; {expected}.',
                cleaned=cleaned,
                expected=_EXPECTED,
            )
        )

    # A two-digit year is ambiguous for birth dates (19xx or 20xx), so it is refused.
    if len(year_text) != 4:
        raise TanggalError(
            pesan(
                'Tahun pada "{cleaned}" harus 4 digit; yang diisi "{year_text}"; {expected}.',
                cleaned=cleaned,
                year_text=year_text,
                expected=_EXPECTED,
            )
        )
    year = int(year_text)
    shown = f"{day:02d}-{month:02d}-{year:04d}"
    if year < 1:
        raise TanggalError(pesan("Tanggal {shown} tidak ada: tahun 0000 tidak ada.", shown=shown))
    if not 1 <= month <= 12:
        raise TanggalError(
            pesan(
                "Tanggal {shown} tidak ada: bulan harus 01-12; yang diisi {month:02d}.",
                shown=shown,
                month=month,
            )
        )
    days_in_month = calendar.monthrange(year, month)[1]
    if day < 1:
        raise TanggalError(
            pesan(
                "Tanggal {shown} tidak ada: hari harus 01-{days_in_month}.",
                shown=shown,
                days_in_month=days_in_month,
            )
        )
    if day > days_in_month:
        raise TanggalError(
            pesan(
                "Tanggal {shown} tidak ada: {nama_bulan} {year} hanya {days_in_month} hari.",
                shown=shown,
                nama_bulan=NAMA_BULAN[month - 1],
                year=year,
                days_in_month=days_in_month,
            )
        )
    return date(year, month, day)


def hari_lokal(moment: datetime) -> date:
    """The day a stored moment fell on where the program runs (WIB in Bandung).

    Moments are stored in UTC; SQLite hands them back without a zone, so a naive one is
    taken as UTC. 02:00 WIB on 1 December is still 30 November in UTC.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().date()
