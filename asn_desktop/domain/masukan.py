"""The input policy: how long, which characters and which dates every typed field may take.

One table for every way data comes in (the forms, the command line, imports, the services):
text fields are limited to the length of their column (String(n); Text columns get a sane
limit), counted in characters as PostgreSQL's varchar(n) counts them, and dates and whole
numbers to what a real civil-servant record can hold. The GUI reads the same table to set
``maxLength`` and date ranges, so a form cannot even take what a service would refuse.

Characters never accepted in any text field, because they are invisible, reorder or corrupt
what is shown, or are rejected by PostgreSQL with a driver error:

- C0 controls (U+0000-U+001F) and DEL (U+007F), except TAB and LF in the multi-line fields
  (alamat, keterangan, the notes: ``TextRule.multiline``); C1 controls (U+0080-U+009F, some
  terminals obey U+009B as ESC [);
- the Unicode line and paragraph separators U+2028 and U+2029;
- every bidirectional formatting character: the embeddings and overrides U+202A-U+202E,
  the isolates U+2066-U+2069, and also the marks U+200E (LRM), U+200F (RLM) and U+061C
  (ALM). The marks cannot reorder text by themselves, but they are invisible, make equal
  looking SK numbers differ, and the register holds Latin-script Indonesian data where
  they have no use; rejecting them keeps one simple rule: what is stored looks as it is;
- lone surrogates (U+D800-U+DFFF), which are not characters and cannot be encoded.

Zero-width joiners, soft hyphens and other format characters stay allowed: they cannot move
text around or drive a terminal. :func:`escape_for_terminal` escapes exactly the refused
characters (plus TAB and LF), so any text this policy accepts prints unchanged.

Every check reports at most one problem per field, in the user's words, and says where the
offending character is, because a clerk cannot see it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import MAXYEAR, date, datetime
from types import MappingProxyType

from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import format_tanggal_angka

__all__ = [
    "DATE_FIELDS",
    "INT_FIELDS",
    "TEXT_FIELDS",
    "DateRule",
    "FieldProblem",
    "IntRule",
    "TextRule",
    "check_characters",
    "check_date",
    "check_fields",
    "check_int_range",
    "check_text",
    "escape_for_terminal",
]


@dataclass(frozen=True)
class FieldProblem:
    """One problem of one input: ``field`` names the field (as the form and the dataclass
    call it), ``message`` is the whole sentence shown to the user."""

    field: str
    message: str


@dataclass(frozen=True)
class TextRule:
    """A text field: at most ``max_length`` characters; line breaks only if ``multiline``.

    ``typed_max_length`` is for the form when normalisation drops what people type around
    the value (the spaces and dots of a NIP or NIK); the stored value is judged by
    ``max_length``.
    """

    label: str
    max_length: int
    multiline: bool = False
    typed_max_length: int | None = None

    @property
    def form_max_length(self) -> int:
        return self.typed_max_length or self.max_length


@dataclass(frozen=True)
class DateRule:
    """A date from ``earliest`` to ``years_ahead`` years after today (0: today at most)."""

    label: str
    earliest: date
    years_ahead: int = 0

    def latest(self, today: date) -> date:
        year = today.year + self.years_ahead
        if year > MAXYEAR:
            return date.max
        try:
            return today.replace(year=year)
        except ValueError:  # 29 February into a year without one
            return today.replace(year=year, day=28)

    def bounds(self, today: date) -> tuple[date, date]:
        return self.earliest, self.latest(today)


@dataclass(frozen=True)
class IntRule:
    """A whole number from ``minimum`` to ``maximum``; ``hint`` is added to the message."""

    label: str
    minimum: int
    maximum: int
    hint: str = ""


# Keys are the field names of EmployeeDraft and of the history entries; the unit and agency
# forms, whose "kode"/"nama" would clash with the employee's, use prefixed keys and report
# the problem under their own field name (``problem_field``), as do the competency
# development records (kompetensi_nama, asesmen_catatan, rencana_rute, ...). Lengths are
# those of asn_desktop/db/models.py and competency_models.py (tests compare them). Code
# fields checked against a fixed list elsewhere (status, jenis kelamin, kedudukan hukum,
# jenis jabatan) are not listed.
TEXT_FIELDS: Mapping[str, TextRule] = MappingProxyType(
    {
        # employee identity (String(n) of Employee)
        "nip": TextRule(pesan("NIP"), 18, typed_max_length=30),
        "nama": TextRule(pesan("Nama"), 100),
        "gelar_depan": TextRule(pesan("Gelar depan"), 60),
        "gelar_belakang": TextRule(pesan("Gelar belakang"), 80),
        "tempat_lahir": TextRule(pesan("Tempat lahir"), 80),
        "nik": TextRule(pesan("NIK"), 16, typed_max_length=30),
        "email": TextRule(pesan("Alamat email"), 120),
        "telepon": TextRule(pesan("Nomor telepon"), 30),
        "alamat": TextRule(pesan("Alamat"), 500, multiline=True),  # Text
        # history entries (the decree columns and the snapshots)
        "sk_nomor": TextRule(pesan("Nomor SK"), 100),
        "keterangan": TextRule(pesan("Keterangan"), 1000, multiline=True),  # Text
        "jabatan_nama": TextRule(pesan("Nama jabatan"), 300),
        "ref_jabatan_id": TextRule(pesan("Kode jabatan SIASN"), 40),
        "jenjang": TextRule(pesan("Jenjang jabatan"), 2),
        "eselon": TextRule(pesan("Eselon"), 2),
        "jenis_penugasan": TextRule(pesan("Jenis penugasan"), 4),
        "unit_nama": TextRule(pesan("Nama unit"), 200),  # also OrgUnit.nama, which it copies
        "jenis_kp": TextRule(pesan("Jenis kenaikan pangkat"), 10),
        "penurunan_alasan": TextRule(pesan("Alasan penurunan pangkat"), 1000, multiline=True),
        # the unit tree and the agency
        "unit_kode": TextRule(pesan("Kode unit"), 40),
        "instansi_kode": TextRule(pesan("Kode instansi"), 40),
        "instansi_nama": TextRule(pesan("Nama instansi"), 200),  # app_meta Text
        # performance appraisal (asn_desktop/db/appraisal_models.py)
        "rhk": TextRule(pesan("Rencana hasil kerja"), 2000, multiline=True),
        "rhk_atasan": TextRule(pesan("RHK atasan yang diintervensi"), 2000, multiline=True),
        "indikator": TextRule(pesan("Indikator kinerja individu"), 1000, multiline=True),
        "target": TextRule(pesan("Target"), 300),
        "realisasi": TextRule(pesan("Realisasi"), 2000, multiline=True),
        "bukti": TextRule(pesan("Bukti dukung"), 2000, multiline=True),
        "umpan_balik": TextRule(pesan("Umpan balik"), 2000, multiline=True),
        "ekspektasi": TextRule(pesan("Ekspektasi khusus pimpinan"), 2000, multiline=True),
        "catatan": TextRule(pesan("Catatan/rekomendasi"), 4000, multiline=True),
        "penilai_nama": TextRule(pesan("Nama penilai"), 200),
        "penilai_nip": TextRule(pesan("NIP penilai"), 18, typed_max_length=30),
        "penilai_pangkat": TextRule(pesan("Pangkat/gol. ruang penilai"), 100),
        "penilai_jabatan": TextRule(pesan("Jabatan penilai"), 300),
        "penilai_unit": TextRule(pesan("Unit kerja penilai"), 200),
        "alasan_buka": TextRule(pesan("Alasan membuka kembali"), 1000, multiline=True),
        "nama_berkas": TextRule(pesan("Nama berkas"), 255),
        # competency development (asn_desktop/db/competency_models.py)
        "kompetensi_kode": TextRule(pesan("Kode kompetensi"), 40),  # also RencanaItem's
        "kompetensi_nama": TextRule(pesan("Nama kompetensi"), 200),  # also RencanaItem's
        "kompetensi_deskripsi": TextRule(
            pesan("Deskripsi kompetensi"), 1000, multiline=True
        ),  # Text
        "asesor": TextRule(pesan("Asesor"), 200),
        "asesmen_catatan": TextRule(pesan("Catatan asesmen"), 4000, multiline=True),  # Text
        "anggaran_keterangan": TextRule(pesan("Keterangan anggaran"), 1000, multiline=True),  # Text
        "penyelenggara": TextRule(pesan("Penyelenggara"), 200),  # Pelatihan's and RencanaItem's
        "rencana_rute": TextRule(pesan("Rute pengembangan"), 200),
        "rencana_catatan": TextRule(pesan("Catatan butir rencana"), 4000, multiline=True),  # Text
        # who signed an approval step (RencanaPengembangan.disetujui_*_oleh)
        "rencana_penyetuju": TextRule(pesan("Nama yang menyetujui"), 200),
        # joins the plan's notes (RencanaPengembangan.catatan, Text)
        "rencana_alasan_draf": TextRule(
            pesan("Alasan mengembalikan ke draf"), 1000, multiline=True
        ),
    }
)

_SK_EARLIEST = date(1950, 1, 1)

# A decree may be signed, and take effect, up to a year ahead; nothing is born tomorrow.
DATE_FIELDS: Mapping[str, DateRule] = MappingProxyType(
    {
        "tanggal_lahir": DateRule(pesan("Tanggal lahir"), date(1900, 1, 1), 0),
        "tmt_cpns": DateRule(pesan("TMT CPNS"), _SK_EARLIEST, 1),
        "tmt_pns": DateRule(pesan("TMT PNS"), _SK_EARLIEST, 1),
        "tmt": DateRule(pesan("TMT"), _SK_EARLIEST, 1),
        "sk_tanggal": DateRule(pesan("Tanggal SK"), _SK_EARLIEST, 1),
        "tanggal_penetapan": DateRule(pesan("Tanggal penilaian"), date(2000, 1, 1), 1),
        "tanggal_ttd": DateRule(pesan("Tanggal tanda tangan"), date(2000, 1, 1), 0),
    }
)

INT_FIELDS: Mapping[str, IntRule] = MappingProxyType(
    {
        "masa_kerja_tahun": IntRule(pesan("Masa kerja (tahun)"), 0, 60),
        "masa_kerja_bulan": IntRule(
            pesan("Masa kerja (bulan)"), 0, 11, pesan("12 bulan ditulis sebagai 1 tahun 0 bulan")
        ),
    }
)

# Refused everywhere (see the module docstring); TAB and LF are added for one-line fields.
_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_ALWAYS_REFUSED = r"\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + r"\ud800-\udfff"
_REFUSED_MULTILINE = re.compile(f"[{_ALWAYS_REFUSED}]")
_REFUSED_ONE_LINE = re.compile(rf"[\t\n{_ALWAYS_REFUSED}]")
_BIDI_CHARS = re.compile(f"[{_BIDI}]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")

# unicodedata has no names for the control characters.
_CONTROL_NAMES: dict[str, str] = {
    "\x00": "NUL",
    "\x07": "BEL",
    "\x08": "BACKSPACE",
    "\t": "TAB",
    "\n": "LF",
    "\x0b": "VT",
    "\x0c": "FF",
    "\r": "CR",
    "\x1b": "ESC",
    "\x7f": "DEL",
    "\x85": "NEL",
    "\x9b": "CSI",
}


def _describe(ch: str) -> str:
    name = _CONTROL_NAMES.get(ch) or unicodedata.name(ch, "")
    return f"U+{ord(ch):04X}" + (f" ({name})" if name else "")


def _first(problems: list[FieldProblem]) -> str | None:
    return problems[0].message if problems else None


def _text_rule(field: str) -> TextRule:
    try:
        return TEXT_FIELDS[field]
    except KeyError:
        raise KeyError(f"no input rule for text field {field!r}") from None


def _character_message(label: str, ch: str, position: int, multiline: bool) -> str:
    where = pesan("pada posisi {position}", position=position)
    if not multiline and ch == "\t":
        return pesan("{label} berisi tab {where}; gunakan spasi.", label=label, where=where)
    if not multiline and ch in _LINE_BREAKS:
        return pesan(
            "{label} harus satu baris; hapus ganti baris {describe} {where}.",
            label=label,
            describe=_describe(ch),
            where=where,
        )
    if _BIDI_CHARS.fullmatch(ch):
        return pesan(
            "{label} berisi karakter pengatur arah teks {describe} {where}; karakter ini "
            "tidak terlihat tetapi dapat membalik urutan tampilan teks. Hapus karakter itu.",
            label=label,
            describe=_describe(ch),
            where=where,
        )
    if "\ud800" <= ch <= "\udfff":
        return pesan(
            "{label} berisi karakter rusak {describe} {where} (separuh pasangan surrogate, "
            "bukan huruf yang sah); ketik ulang bagian itu.",
            label=label,
            describe=_describe(ch),
            where=where,
        )
    return pesan(
        "{label} berisi karakter kendali {describe} {where}; karakter ini tidak terlihat "
        "dan dapat mengacaukan tampilan. Hapus karakter itu (biasanya ikut tersalin dari "
        "dokumen lain).",
        label=label,
        describe=_describe(ch),
        where=where,
    )


def _as_text(
    value: object, label: str, problem_field: str
) -> tuple[str | None, list[FieldProblem]]:
    if value is None:
        return "", []
    if not isinstance(value, str):
        return None, [FieldProblem(problem_field, pesan("{label} harus berupa teks.", label=label))]
    return value, []


def check_characters(
    field: str, value: object, label: str | None = None, *, problem_field: str | None = None
) -> list[FieldProblem]:
    """The first refused character of ``value`` (see the module docstring), if any.

    For validators that have their own, better worded length rule (NIK "harus 16 digit"):
    checking the characters first keeps their messages from quoting an invisible character.
    """
    rule = _text_rule(field)
    label = label or rule.label
    problem_field = problem_field or field
    text, problems = _as_text(value, label, problem_field)
    if text is None:
        return problems
    pattern = _REFUSED_MULTILINE if rule.multiline else _REFUSED_ONE_LINE
    found = pattern.search(text)
    if found is None:
        return []
    message = _character_message(label, found.group(), found.start() + 1, rule.multiline)
    return [FieldProblem(problem_field, message)]


def check_text(
    field: str, value: object, label: str | None = None, *, problem_field: str | None = None
) -> list[FieldProblem]:
    """At most one problem of the text ``value`` of ``field`` (a key of TEXT_FIELDS):
    too long for its column, or holding a refused character. Empty text is fine here;
    whether the field is required is the caller's rule.

    ``label`` names the field in the message (default: the rule's label); ``problem_field``
    is the field the problem is reported under (default: ``field``).
    """
    rule = _text_rule(field)
    label = label or rule.label
    problem_field = problem_field or field
    text, problems = _as_text(value, label, problem_field)
    if text is None:
        return problems
    if len(text) > rule.max_length:
        return [
            FieldProblem(
                problem_field,
                pesan(
                    "{label} terlalu panjang: {n_text} karakter; maksimal {max_length}.",
                    label=label,
                    n_text=len(text),
                    max_length=rule.max_length,
                ),
            )
        ]
    return check_characters(field, text, label, problem_field=problem_field)


def check_date(
    field: str,
    value: object,
    label: str | None = None,
    *,
    today: date,
    problem_field: str | None = None,
) -> list[FieldProblem]:
    """At most one problem of the date ``value`` of ``field`` (a key of DATE_FIELDS):
    before the field's earliest date or after its latest (relative to ``today``). None is
    fine here; whether the date is required is the caller's rule."""
    rule = DATE_FIELDS[field]
    label = label or rule.label
    problem_field = problem_field or field
    if value is None:
        return []
    if isinstance(value, datetime):  # a datetime cannot be compared with a date
        value = value.date()
    if not isinstance(value, date):
        return [FieldProblem(problem_field, pesan("{label} harus berupa tanggal.", label=label))]
    shown = format_tanggal_angka(value)
    earliest, latest = rule.bounds(today)
    if value < earliest:
        message = pesan(
            "{label} {shown} terlalu awal; paling awal {earliest}.",
            label=label,
            shown=shown,
            earliest=format_tanggal_angka(earliest),
        )
    elif value > latest and rule.years_ahead == 0:
        message = pesan("{label} {shown} jatuh setelah hari ini.", label=label, shown=shown)
    elif value > latest:
        message = pesan(
            "{label} {shown} terlalu jauh ke depan; paling lambat {latest} ({years_ahead} "
            "tahun dari hari ini).",
            label=label,
            shown=shown,
            latest=format_tanggal_angka(latest),
            years_ahead=rule.years_ahead,
        )
    else:
        return []
    return [FieldProblem(problem_field, message)]


def check_int_range(
    field: str, value: object, label: str | None = None, *, problem_field: str | None = None
) -> list[FieldProblem]:
    """At most one problem of the whole number ``value`` of ``field`` (a key of
    INT_FIELDS): not a whole number, or outside the field's range."""
    rule = INT_FIELDS[field]
    label = label or rule.label
    problem_field = problem_field or field
    if isinstance(value, bool) or not isinstance(value, int):
        return [FieldProblem(problem_field, pesan("{label} harus bilangan bulat.", label=label))]
    if rule.minimum <= value <= rule.maximum:
        return []
    if rule.hint:
        message = pesan(
            "{label} {value} di luar batas; isi {minimum} sampai {maximum} ({hint}).",
            label=label,
            value=value,
            minimum=rule.minimum,
            maximum=rule.maximum,
            hint=rule.hint,
        )
    else:
        message = pesan(
            "{label} {value} di luar batas; isi {minimum} sampai {maximum}.",
            label=label,
            value=value,
            minimum=rule.minimum,
            maximum=rule.maximum,
        )
    return [FieldProblem(problem_field, message)]


def check_fields(values: Mapping[str, object], *, today: date) -> list[FieldProblem]:
    """The problems of every value whose key has a rule (text, date or whole number), in
    the mapping's order, at most one per field; keys without a rule are left alone.

    For records such as the history entries, whose fields are all plain input.
    """
    problems: list[FieldProblem] = []
    for field, value in values.items():
        if field in TEXT_FIELDS:
            problems.extend(check_text(field, value))
        elif field in DATE_FIELDS:
            problems.extend(check_date(field, value, today=today))
        elif field in INT_FIELDS:
            problems.extend(check_int_range(field, value))
    return problems


_SHORT_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(found: re.Match[str]) -> str:
    ch = found.group()
    if ch in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[ch]
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}"  # every refused character lies in the BMP


def escape_for_terminal(text: str, *, multiline: bool = False) -> str:
    """``text`` safe to print on a terminal: every character the policy refuses, and TAB
    and LF unless ``multiline``, is written as a Python-style escape a clerk can read and
    report (ESC as ``\\x1b``, U+202E as ``\\u202e``, LF as ``\\n``); everything else,
    backslashes included, is left as it is. So a stored "\\x1b]0;...\\x07" can neither
    retitle nor clear the terminal, a lone surrogate cannot crash the output encoder, and
    text the policy accepts prints unchanged. Meant for human output; JSON output has its
    own escaping (use ``ensure_ascii=True`` there, or this function, for bidi characters).
    """
    pattern = _REFUSED_MULTILINE if multiline else _REFUSED_ONE_LINE
    return pattern.sub(_escaped, text)
