"""The employee identity form: normalisation and field-by-field validation.

Problems are reported per field, using the dataclass field names, so the UI can put each
message next to its widget. Validation judges the draft as ``normalize_employee`` would store
it, so stray spaces or a lower-case status never produce a problem on their own. Every text
and date field also keeps to the input policy of ``asn_desktop.domain.masukan`` (column
lengths, no control or bidi characters, dates within bounds); ``FieldProblem`` lives there.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from asn_desktop.domain.kepegawaian import JenisKelamin, StatusKepegawaian
from asn_desktop.domain.masukan import (
    FieldProblem,
    check_characters,
    check_date,
    check_text,
    escape_for_terminal,
)
from asn_desktop.domain.nama import validate_nama
from asn_desktop.domain.nip import (
    Nip,
    NipError,
    NiPppk,
    looks_like_excel_number,
    normalize_nip_text,
    parse_ni_pppk,
    parse_nip,
)
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import format_bulan_tahun, format_tanggal_angka

__all__ = ["EmployeeDraft", "FieldProblem", "normalize_employee", "validate_employee"]

NIK_LENGTH = 16
TELEPON_MIN_DIGITS = 8
TELEPON_MAX_DIGITS = 15

_SEX_WORDS: dict[str, str] = {
    "L": "L",
    "LAKI-LAKI": "L",
    "LAKI LAKI": "L",
    "LAKI": "L",
    "PRIA": "L",
    "P": "P",
    "PEREMPUAN": "P",
    "WANITA": "P",
}

_EMAIL_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_EMAIL_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")
_TELEPON_SEPARATORS = frozenset(" -.()")


@dataclass
class EmployeeDraft:
    """What the identity form holds before it is saved. Dates are already parsed."""

    nip: str
    nama: str
    gelar_depan: str = ""
    gelar_belakang: str = ""
    tempat_lahir: str = ""
    tanggal_lahir: date | None = None
    jenis_kelamin: str = ""
    status_kepegawaian: str = "PNS"
    kedudukan_hukum: str = "01"
    nik: str = ""
    email: str = ""
    telepon: str = ""
    alamat: str = ""
    tmt_cpns: date | None = None
    tmt_pns: date | None = None


_FIELD_ORDER: dict[str, int] = {f.name: i for i, f in enumerate(dataclasses.fields(EmployeeDraft))}


def _text(value: object) -> str:
    # Imported rows may carry numbers or None where the form has text; a float is kept in
    # its repr so the Excel-number check still sees it.
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _one_line(value: object) -> str:
    return " ".join(_text(value).split())


def _status_of(text: str) -> StatusKepegawaian | None:
    try:
        return StatusKepegawaian(text)
    except ValueError:
        return None


def _normalize_identifier(value: object) -> str:
    text = _text(value).strip()
    # Stripping the dot of "1.98503E+17" would hide that Excel destroyed the number.
    return text if looks_like_excel_number(text) else normalize_nip_text(text)


def normalize_employee(draft: EmployeeDraft) -> EmployeeDraft:
    """A tidied copy: identifiers without separators, names on one line, codes upper-case,
    and TMT CPNS taken from the NIP when it is empty (CPNS/PNS). Never raises.
    """
    status = _text(draft.status_kepegawaian).strip().upper()
    nip = _normalize_identifier(draft.nip)
    sex = _one_line(draft.jenis_kelamin).upper()
    kedudukan = _text(draft.kedudukan_hukum).strip()
    if len(kedudukan) == 1 and kedudukan.isdigit():
        # Spreadsheets drop the leading zero of SIASN codes such as "01".
        kedudukan = kedudukan.zfill(2)

    tmt_cpns = draft.tmt_cpns
    if tmt_cpns is None and status in (StatusKepegawaian.CPNS, StatusKepegawaian.PNS):
        try:
            # date.max: deriving the month must not depend on the clock; validate_employee
            # reports a TMT in the future.
            tmt_cpns = parse_nip(nip, today=date.max).tmt_cpns
        except NipError:
            tmt_cpns = None

    return dataclasses.replace(
        draft,
        nip=nip,
        nama=_one_line(draft.nama),
        gelar_depan=_one_line(draft.gelar_depan),
        gelar_belakang=_one_line(draft.gelar_belakang),
        tempat_lahir=_one_line(draft.tempat_lahir),
        jenis_kelamin=_SEX_WORDS.get(sex, sex),
        status_kepegawaian=status,
        kedudukan_hukum=kedudukan,
        nik=_normalize_identifier(draft.nik),
        email=_text(draft.email).strip(),
        telepon=_text(draft.telepon).strip(),
        # Windows and old Macs end lines with CR; the policy allows LF only.
        alamat=_text(draft.alamat).replace("\r\n", "\n").replace("\r", "\n").strip(),
        tmt_cpns=tmt_cpns,
    )


def _shown(value: str, limit: int = 40) -> str:
    """A typed value as quoted in a message: at most ``limit`` characters, and any control
    or bidi character written as an escape, so a hostile value cannot garble the message."""
    return escape_for_terminal(value if len(value) <= limit else value[:limit] + "…")


def _first_bad_char(text: str, allowed: str | frozenset[str]) -> tuple[int, str] | None:
    for position, ch in enumerate(text, start=1):
        if ch not in allowed:
            return position, ch
    return None


def _nik_problem(nik: str) -> str | None:
    if not nik:
        return None
    if looks_like_excel_number(nik):
        return pesan(
            'NIK "{nik}" sudah diubah Excel menjadi angka sehingga digit-digitnya '
            "hilang. Format kolom NIK di Excel sebagai Teks, lalu ketik ulang NIK lengkap "
            "16 digit.",
            nik=nik,
        )
    if bad := _first_bad_char(nik, "0123456789"):
        position, ch = bad
        return pesan(
            'NIK hanya boleh berisi angka; karakter "{ch}" pada posisi {position} bukan angka.',
            ch=ch,
            position=position,
        )
    if len(nik) != NIK_LENGTH:
        return pesan(
            "NIK harus {nik_length} digit; yang diisi {n_nik} digit.",
            nik_length=NIK_LENGTH,
            n_nik=len(nik),
        )
    return None


def _email_problem(email: str) -> str | None:
    if not email:
        return None
    example = pesan("contoh: nama@bandung.go.id")
    if any(ch.isspace() for ch in email):
        return pesan("Alamat email tidak boleh berisi spasi; {example}.", example=example)
    if email.count("@") != 1:
        return pesan(
            "Alamat email harus berisi tepat satu tanda @; yang diisi berisi {count}; {example}.",
            count=email.count("@"),
            example=example,
        )
    local, domain = email.split("@")
    if not local:
        return pesan(
            "Alamat email tidak memiliki nama sebelum tanda @; {example}.", example=example
        )
    if not _EMAIL_LOCAL.fullmatch(local):
        return pesan(
            'Bagian sebelum tanda @ pada alamat email ("{shown}") berisi karakter atau '
            "titik yang tidak diizinkan; {example}.",
            shown=_shown(local),
            example=example,
        )
    if not _EMAIL_DOMAIN.fullmatch(domain):
        return pesan(
            'Nama domain setelah tanda @ pada alamat email ("{shown}") tidak valid; {example}.',
            shown=_shown(domain),
            example=example,
        )
    return None


def _telepon_problem(telepon: str) -> str | None:
    if not telepon:
        return None
    body = telepon[1:] if telepon.startswith("+") else telepon
    offset = len(telepon) - len(body)
    if bad := _first_bad_char(body, _TELEPON_SEPARATORS | set("0123456789")):
        position, ch = bad
        shown = f'"{ch}"' if ch.isprintable() else f"U+{ord(ch):04X}"
        return pesan(
            "Nomor telepon berisi karakter {shown} pada posisi {nilai}; gunakan angka, "
            "spasi, tanda hubung, titik, atau tanda kurung, dengan + hanya di awal.",
            shown=shown,
            nilai=position + offset,
        )
    digits = sum(ch.isdigit() for ch in body)
    if not TELEPON_MIN_DIGITS <= digits <= TELEPON_MAX_DIGITS:
        return pesan(
            "Nomor telepon harus {telepon_min_digits}-{telepon_max_digits} digit; yang "
            "diisi {digits} digit.",
            telepon_min_digits=TELEPON_MIN_DIGITS,
            telepon_max_digits=TELEPON_MAX_DIGITS,
            digits=digits,
        )
    return None


def _first(problems: list[FieldProblem]) -> str | None:
    return problems[0].message if problems else None


def validate_employee(draft: EmployeeDraft, *, today: date) -> tuple[FieldProblem, ...]:
    """All problems of the draft, in form order, one per field; an empty tuple means it can
    be saved."""
    d = normalize_employee(draft)
    problems: list[FieldProblem] = []

    def add(field: str, message: str | None) -> None:
        if message:
            problems.append(FieldProblem(field, message))

    def text_problem(field: str, own_rule: Callable[[str], str | None] | None = None) -> None:
        """Refused characters first (so no message quotes an invisible one), then the
        field's own rule with its better words, then the length of the column."""
        value = getattr(d, field)
        add(
            field,
            _first(check_characters(field, value))
            or (own_rule(value) if own_rule else None)
            or _first(check_text(field, value)),
        )

    def date_problem(field: str) -> str | None:
        return _first(check_date(field, getattr(d, field), today=today))

    status = _status_of(d.status_kepegawaian)
    if not d.status_kepegawaian:
        add("status_kepegawaian", pesan("Status kepegawaian wajib diisi: CPNS, PNS, atau PPPK."))
    elif status is None:
        add(
            "status_kepegawaian",
            pesan(
                'Status kepegawaian harus CPNS, PNS, atau PPPK; yang diisi "{shown}".',
                shown=_shown(d.status_kepegawaian),
            ),
        )
    is_asn_nip = status in (StatusKepegawaian.CPNS, StatusKepegawaian.PNS)

    ident: Nip | NiPppk | None = None
    id_label = "NI PPPK" if status is StatusKepegawaian.PPPK else "NIP"
    nip_characters = _first(check_characters("nip", d.nip, id_label))
    try:
        if nip_characters:
            add("nip", nip_characters)
        elif is_asn_nip:
            ident = parse_nip(d.nip, today=today)
        elif status is StatusKepegawaian.PPPK:
            ident = parse_ni_pppk(d.nip, today=today)
        elif not d.nip:
            # Without a valid status the layout is unknown; only emptiness can be judged.
            add("nip", pesan("NIP atau NI PPPK wajib diisi."))
        else:
            add("nip", _first(check_text("nip", d.nip, id_label)))
    except NipError as exc:
        add("nip", str(exc))

    text_problem("nama", validate_nama)
    for field in ("gelar_depan", "gelar_belakang", "tempat_lahir", "alamat"):
        text_problem(field)

    if d.tanggal_lahir is None:
        add("tanggal_lahir", pesan("Tanggal lahir wajib diisi."))
    elif ident is not None and d.tanggal_lahir != ident.birth_date:
        add(
            "tanggal_lahir",
            pesan(
                "Tanggal lahir {tanggal_lahir} tidak sama dengan tanggal lahir pada {id_label} "
                "(digit 1-8: {birth_date}).",
                tanggal_lahir=format_tanggal_angka(d.tanggal_lahir),
                id_label=id_label,
                birth_date=format_tanggal_angka(ident.birth_date),
            ),
        )
    else:
        add("tanggal_lahir", date_problem("tanggal_lahir"))

    sex_hint = pesan("L (Laki-laki) atau P (Perempuan)")
    if not d.jenis_kelamin:
        add("jenis_kelamin", pesan("Jenis kelamin wajib diisi: {sex_hint}.", sex_hint=sex_hint))
    elif d.jenis_kelamin not in (JenisKelamin.L, JenisKelamin.P):
        add(
            "jenis_kelamin",
            pesan(
                'Jenis kelamin harus {sex_hint}; yang diisi "{shown}".',
                sex_hint=sex_hint,
                shown=_shown(d.jenis_kelamin),
            ),
        )
    elif isinstance(ident, Nip) and d.jenis_kelamin != ident.sex:
        chosen = JenisKelamin(d.jenis_kelamin)
        coded = JenisKelamin(ident.sex)
        add(
            "jenis_kelamin",
            pesan(
                "Jenis kelamin {label} tidak sesuai dengan digit 15 NIP ({digits} = {label2}).",
                label=chosen.label,
                digits=ident.digits[14],
                label2=coded.label,
            ),
        )

    if not re.fullmatch(r"\d{2}", d.kedudukan_hukum):
        add(
            "kedudukan_hukum",
            pesan(
                "Kedudukan hukum harus kode SIASN 2 digit (misalnya 01 Aktif); yang diisi "
                '"{shown}".',
                shown=_shown(d.kedudukan_hukum),
            ),
        )

    text_problem("nik", _nik_problem)
    text_problem("email", _email_problem)
    text_problem("telepon", _telepon_problem)

    if tmt_cpns_bounds := date_problem("tmt_cpns"):
        add("tmt_cpns", tmt_cpns_bounds)
    elif (
        is_asn_nip
        and isinstance(ident, Nip)
        and d.tmt_cpns is not None
        and (d.tmt_cpns.year, d.tmt_cpns.month) != (ident.tmt_cpns.year, ident.tmt_cpns.month)
    ):
        add(
            "tmt_cpns",
            pesan(
                "TMT CPNS {tmt_cpns} tidak sesuai dengan NIP: digit 9-14 menunjukkan TMT CPNS "
                "{tmt_cpns2}.",
                tmt_cpns=format_tanggal_angka(d.tmt_cpns),
                tmt_cpns2=format_bulan_tahun(ident.tmt_cpns),
            ),
        )

    if d.tmt_pns is not None:
        if status is StatusKepegawaian.PPPK:
            add("tmt_pns", pesan("PPPK tidak memiliki TMT PNS; kosongkan TMT PNS."))
        elif status is StatusKepegawaian.CPNS:
            add(
                "tmt_pns",
                pesan(
                    "CPNS belum memiliki TMT PNS; kosongkan TMT PNS atau ubah status menjadi PNS.",
                ),
            )
        elif tmt_pns_bounds := date_problem("tmt_pns"):
            add("tmt_pns", tmt_pns_bounds)
        elif d.tmt_cpns is not None and d.tmt_pns < d.tmt_cpns:
            add(
                "tmt_pns",
                pesan(
                    "TMT PNS {tmt_pns} lebih awal dari TMT CPNS {tmt_cpns}.",
                    tmt_pns=format_tanggal_angka(d.tmt_pns),
                    tmt_cpns=format_tanggal_angka(d.tmt_cpns),
                ),
            )

    problems.sort(key=lambda p: _FIELD_ORDER[p.field])
    return tuple(problems)
