"""NIP (PNS/CPNS) and NI PPPK: the 18-digit employee identifiers.

Both are always handled as text. Spreadsheets are the main source of bad values: Excel stores
an 18-digit number as a float with 15 significant digits, so the last digits are gone for good
by the time the value reaches us. Such values are rejected with an explanation, never repaired.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Literal

from asn_desktop.domain.pesan import GalatPesan, gabung, pesan
from asn_desktop.domain.tanggal import NAMA_BULAN, format_bulan_tahun, format_tanggal_angka

__all__ = [
    "MIN_AGE_AT_TMT_YEARS",
    "NIP_LENGTH",
    "NiPppk",
    "Nip",
    "NipError",
    "format_nip",
    "looks_like_excel_number",
    "normalize_nip_text",
    "parse_ni_pppk",
    "parse_nip",
]

NIP_LENGTH = 18

# UU 5/2014 Ps. 23 sets 18 years as the minimum age for applying as CPNS, but the birth date
# in a NIP is whatever was on the applicant's papers and TMT CPNS is only month-precise, so
# the identifier check is deliberately one year looser: it exists to catch typing errors, not
# to audit the recruitment.
MIN_AGE_AT_TMT_YEARS = 17

# Births before 1900 cannot belong to anyone whose record is still kept; such a year is a typo.
_MIN_BIRTH_YEAR = 1900

_SEPARATORS = frozenset(".'`\u2018\u2019-\u2010\u2011\u2012\u2013\u2014")

_EXCEL_SCIENTIFIC = re.compile(r"[+-]?\d+(?:[.,]\d*)?\s*[eE]\s*[+-]?\s*\d+")
# "198503152010011002.0" is how pandas and some exporters write a float-typed cell.
_EXCEL_DECIMAL = re.compile(r"\d{12,}[.,]0+")
# An Excel number format with thousands separators ("198.503.152.010.011.000") means the cell
# is numeric, so digits beyond the 15th are already lost even though all 18 are shown.
_EXCEL_GROUPED = re.compile(r"\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3}){3,}")


class NipError(GalatPesan, ValueError):
    """An identifier is unusable; ``str(e)`` is the message for the clerk."""


@dataclass(frozen=True)
class Nip:
    """A validated NIP with the parts it encodes."""

    digits: str
    birth_date: date
    tmt_cpns: date
    sex: Literal["L", "P"]
    serial: int

    def __str__(self) -> str:
        return self.digits

    @property
    def formatted(self) -> str:
        return format_nip(self.digits)


@dataclass(frozen=True)
class NiPppk:
    """A validated NI PPPK. Sex is not decoded: published layouts disagree on its position."""

    digits: str
    birth_date: date
    appointment_year: int
    serial: int

    def __str__(self) -> str:
        return self.digits

    @property
    def formatted(self) -> str:
        return format_nip(self.digits)


def normalize_nip_text(value: str) -> str:
    """Remove the spaces, dots, apostrophes and hyphens people put into identifiers.

    The leading apostrophe is Excel's way of forcing text; the others are print grouping.
    """
    return "".join(ch for ch in value if not (ch.isspace() or ch in _SEPARATORS))


def looks_like_excel_number(text: str) -> bool:
    """True if ``text`` is how Excel or a spreadsheet reader renders a long number.

    Must be checked before :func:`normalize_nip_text`, which would strip the decimal point
    and make "1.98503E+17" look like an ordinary typo.
    """
    compact = "".join(text.split())
    return bool(
        _EXCEL_SCIENTIFIC.fullmatch(compact)
        or _EXCEL_DECIMAL.fullmatch(compact)
        or _EXCEL_GROUPED.fullmatch(compact)
    )


def _excel_message(label: str, shown: str) -> str:
    return pesan(
        '{label} "{shown}" sudah diubah Excel menjadi angka sehingga digit-digitnya '
        "hilang dan tidak dapat dipulihkan. Format kolom {label} di Excel sebagai Teks, "
        "lalu ketik ulang {label} lengkap {nip_length} digit.",
        label=label,
        shown=shown,
        nip_length=NIP_LENGTH,
    )


def _describe_char(ch: str) -> str:
    if ch.isprintable() and not ch.isspace():
        return f'"{ch}"'
    name = unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def _digits_of(value: object, label: str) -> str:
    """Turn any input into exactly 18 ASCII digits or raise NipError explaining why not."""
    if value is None:
        raise NipError(pesan("{label} wajib diisi.", label=label))
    if isinstance(value, bool):
        raise NipError(
            pesan(
                "{label} harus berupa {nip_length} digit angka, bukan nilai ya/tidak.",
                label=label,
                nip_length=NIP_LENGTH,
            )
        )
    if isinstance(value, float):
        # Even an integral float has passed through 53-bit precision: the digits are suspect.
        raise NipError(_excel_message(label, repr(value)))
    if isinstance(value, int):
        text = str(value)
    else:
        raw = str(value)
        if looks_like_excel_number(raw):
            raise NipError(_excel_message(label, " ".join(raw.split())))
        text = normalize_nip_text(raw)
    if not text:
        raise NipError(pesan("{label} wajib diisi.", label=label))
    for position, ch in enumerate(text, start=1):
        if ch not in "0123456789":
            raise NipError(
                pesan(
                    "{label} hanya boleh berisi angka; karakter {describe_char} pada posisi "
                    "{position} bukan angka.",
                    label=label,
                    describe_char=_describe_char(ch),
                    position=position,
                )
            )
    if len(text) != NIP_LENGTH:
        raise NipError(
            pesan(
                "{label} harus {nip_length} digit; yang diisi {n_text} digit.",
                label=label,
                nip_length=NIP_LENGTH,
                n_text=len(text),
            )
        )
    return text


def _decode_birth_date(digits: str, label: str) -> date:
    part = digits[0:8]
    year, month, day = int(part[0:4]), int(part[4:6]), int(part[6:8])
    prefix = pesan(
        "Digit 1-8 {label} ({part}) harus tanggal lahir TTTTBBHH", label=label, part=part
    )
    if year < _MIN_BIRTH_YEAR:
        raise NipError(
            pesan("{prefix}; tahun lahir {year:04d} tidak mungkin.", prefix=prefix, year=year)
        )
    if not 1 <= month <= 12:
        raise NipError(pesan("{prefix}; bulan {month:02d} tidak ada.", prefix=prefix, month=month))
    days_in_month = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days_in_month:
        raise NipError(
            pesan(
                "{prefix}; tanggal {day:02d} tidak ada karena {nama_bulan} {year} hanya "
                "{days_in_month} hari.",
                prefix=prefix,
                day=day,
                nama_bulan=NAMA_BULAN[month - 1],
                year=year,
                days_in_month=days_in_month,
            )
        )
    return date(year, month, day)


def _check_serial(digits: str, label: str) -> int:
    serial = int(digits[15:18])
    if serial == 0:
        raise NipError(
            pesan(
                "Nomor urut {label} (digit 16-18) tidak boleh 000. Jika {label} disalin dari "
                "Excel, tiga digit terakhir bisa berubah menjadi 000: format kolom sebagai "
                "Teks lalu ketik ulang {label}.",
                label=label,
            )
        )
    return serial


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def parse_nip(value: str | int | Nip | None, *, today: date | None = None) -> Nip:
    """Validate a NIP of a CPNS/PNS and decode it.

    ``today`` bounds TMT CPNS from above; it defaults to the system date.
    """
    label = "NIP"
    digits = _digits_of(value.digits if isinstance(value, Nip) else value, label)
    today = today if today is not None else date.today()

    birth = _decode_birth_date(digits, label)

    tmt_year, tmt_month = int(digits[8:12]), int(digits[12:14])
    if tmt_year < _MIN_BIRTH_YEAR or not 1 <= tmt_month <= 12:
        problem = (
            pesan("bulan {tmt_month:02d} tidak ada", tmt_month=tmt_month)
            if tmt_year >= _MIN_BIRTH_YEAR
            else pesan("tahun {tmt_year:04d} tidak mungkin", tmt_year=tmt_year)
        )
        message = pesan(
            "Digit 9-14 NIP ({digits}) harus bulan TMT CPNS TTTTBB; {problem}.",
            digits=digits[8:14],
            problem=problem,
        )
        if digits[12] == "2" and tmt_month > 12:
            # The NI PPPK layout puts "2" at digit 13, so this is the usual status mix-up.
            message = gabung(
                "", [message, pesan(" Jika ini NI PPPK, ubah status kepegawaian menjadi PPPK.")]
            )
        raise NipError(message)
    tmt = date(tmt_year, tmt_month, 1)

    sex_digit = digits[14]
    if sex_digit not in "12":
        raise NipError(
            pesan(
                "Digit 15 NIP harus 1 (laki-laki) atau 2 (perempuan); yang diisi {sex_digit}.",
                sex_digit=sex_digit,
            )
        )
    sex: Literal["L", "P"] = "L" if sex_digit == "1" else "P"

    serial = _check_serial(digits, label)

    if _month_index(tmt) > _month_index(today):
        raise NipError(
            pesan(
                "TMT CPNS pada NIP (digit 9-14: {tmt}) belum terjadi; hari ini {today}.",
                tmt=format_bulan_tahun(tmt),
                today=format_tanggal_angka(today),
            )
        )
    if _month_index(birth) > _month_index(tmt):
        raise NipError(
            pesan(
                "Tanggal lahir pada NIP (digit 1-8: {birth}) jatuh setelah TMT CPNS (digit "
                "9-14: {tmt}).",
                birth=format_tanggal_angka(birth),
                tmt=format_bulan_tahun(tmt),
            )
        )
    if _month_index(tmt) < _month_index(birth) + 12 * MIN_AGE_AT_TMT_YEARS:
        raise NipError(
            pesan(
                "TMT CPNS pada NIP (digit 9-14: {tmt}) lebih awal dari bulan pemilik NIP "
                "berusia {min_age_at_tmt_years} tahun (lahir {birth}, digit 1-8).",
                tmt=format_bulan_tahun(tmt),
                min_age_at_tmt_years=MIN_AGE_AT_TMT_YEARS,
                birth=format_tanggal_angka(birth),
            )
        )
    return Nip(digits=digits, birth_date=birth, tmt_cpns=tmt, sex=sex, serial=serial)


def parse_ni_pppk(value: str | int | NiPppk | None, *, today: date | None = None) -> NiPppk:
    """Validate a NI PPPK loosely and decode birth date, appointment year and serial.

    Digits 13-15 (PPPK marker, contract frequency, sex) are not checked because published
    descriptions of the layout disagree on them.
    """
    label = "NI PPPK"
    digits = _digits_of(value.digits if isinstance(value, NiPppk) else value, label)
    today = today if today is not None else date.today()

    birth = _decode_birth_date(digits, label)
    appointment_year = int(digits[8:12])
    serial = _check_serial(digits, label)

    if appointment_year > today.year:
        raise NipError(
            pesan(
                "Tahun pengangkatan pada NI PPPK (digit 9-12: {appointment_year}) belum "
                "terjadi; hari ini {today}.",
                appointment_year=appointment_year,
                today=format_tanggal_angka(today),
            )
        )
    if appointment_year < birth.year + MIN_AGE_AT_TMT_YEARS:
        raise NipError(
            pesan(
                "Tahun pengangkatan pada NI PPPK (digit 9-12: {appointment_year}) kurang dari "
                "{min_age_at_tmt_years} tahun setelah tahun lahir (digit 1-4: {year}).",
                appointment_year=appointment_year,
                min_age_at_tmt_years=MIN_AGE_AT_TMT_YEARS,
                year=birth.year,
            )
        )
    return NiPppk(digits=digits, birth_date=birth, appointment_year=appointment_year, serial=serial)


def format_nip(value: str | Nip | NiPppk) -> str:
    """Group 18 digits as 8-6-1-3 for printing ("19850315 201001 1 002").

    Only the length and digits are checked, so this also prints NI PPPK and legacy values.
    """
    label = "NI PPPK" if isinstance(value, NiPppk) else "NIP"
    digits = _digits_of(value.digits if isinstance(value, Nip | NiPppk) else value, label)
    return f"{digits[0:8]} {digits[8:14]} {digits[14]} {digits[15:18]}"
