"""Reading the .xlsx an assessment centre sends: the header, a column mapping, each row checked.

Such a file is made by hand: title rows above the header, a header of two rows with merged
cells ("Kompetensi Manajerial" over the nine columns), abbreviations (INT, KS, OPH), NIPs
that Excel turned into numbers, levels written "3 (Cukup)", dates as Excel dates or as text.
This module finds the header, proposes which column holds what, and checks every row; the
clerk confirms the mapping and CompetencyService (services.competency) saves the rows.

The file is read with openpyxl in read-only mode (values only, formulas as their cached
results). Anything that is not a readable .xlsx gives one ImportFileError.

The recognised header words and abbreviations below are a proposal the clerk confirms in
the mapping, not policy: a wrong guess is corrected there, never imported unseen.
"""

from __future__ import annotations

import math
import re
import unicodedata
import zipfile
import zlib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Asesmen
from asn_desktop.db.models import Employee
from asn_desktop.domain import (
    FieldProblem,
    TanggalError,
    check_date,
    check_text,
    format_nama_lengkap,
    format_tanggal_angka,
    normalize_nip_text,
    split_nama_bergelar,
)
from asn_desktop.domain.kompetensi import KompetensiError, check_level
from asn_desktop.domain.nip import NIP_LENGTH, looks_like_excel_number
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import parse_tanggal
from asn_desktop.services.errors import ServiceError, ValidationFailed

__all__ = [
    "BarisDilewati",
    "BarisImpor",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportSheet",
    "KolomImpor",
    "Lembar",
    "baca",
    "dilewati",
    "lembar",
    "periksa",
]

# The header is looked for in the first rows only: title blocks are a few rows high.
HEADER_SCAN_ROWS = 30
# A centre's file has hundreds of rows; a sheet far beyond this is not one of them.
MAX_DATA_ROWS = 20_000
_CHUNK = 900


class ImportFileError(ServiceError):
    """The file cannot be read as an .xlsx workbook (or the sheet asked for is not in it)."""


class Katalog(Protocol):
    """What the import needs of a competency (services.competency.KompetensiItem)."""

    @property
    def kode(self) -> str: ...

    @property
    def nama(self) -> str: ...


@dataclass(frozen=True)
class KolomImpor:
    """Which column (0-based) holds what; ``baris_judul`` is the sheet row (1-based) of the
    header's last row: the data start below it."""

    baris_judul: int
    nip: int | None = None
    nama: int | None = None
    tanggal: int | None = None
    asesor: int | None = None
    kompetensi: Mapping[str, int] = field(default_factory=dict)  # kode -> column


@dataclass(frozen=True)
class ImportSheet:
    sheet: str
    sheets: tuple[str, ...]
    headers: tuple[str, ...]  # per column, "" for an empty one
    mapping: KolomImpor
    tidak_dipetakan: tuple[str, ...]  # header texts no field was proposed for
    baris_data: int  # non-empty rows below the header


@dataclass(frozen=True)
class BarisImpor:
    baris: int  # the sheet's row number
    nip: str  # 18 digits when usable, else as written
    nama: str  # as written in the sheet
    tanggal: date | None
    asesor: str
    nilai: Mapping[str, int]  # kode -> level
    employee_id: int | None
    nama_terdaftar: str
    salah: tuple[str, ...]
    peringatan: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.salah


@dataclass(frozen=True)
class ImportPreview:
    sheet: str
    rows: tuple[BarisImpor, ...]

    @property
    def ok(self) -> int:
        return sum(1 for r in self.rows if r.ok)

    @property
    def salah(self) -> int:
        return sum(1 for r in self.rows if not r.ok)

    @property
    def peringatan(self) -> int:
        return sum(1 for r in self.rows if r.peringatan)


@dataclass(frozen=True)
class BarisDilewati:
    baris: int
    alasan: tuple[str, ...]


@dataclass(frozen=True)
class ImportResult:
    asesmen_ids: tuple[int, ...]
    skipped: tuple[BarisDilewati, ...]

    @property
    def imported(self) -> int:
        return len(self.asesmen_ids)


@dataclass(frozen=True)
class Lembar:
    """One sheet's values, row by row (padded to one width)."""

    nama: str
    sheets: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]
    path: Path


def dilewati(baris: BarisImpor) -> BarisDilewati:
    return BarisDilewati(baris.baris, baris.salah)


# -- reading the workbook -------------------------------------------------------------------

# What openpyxl and the zip and XML layers under it raise on a file that is not a whole
# .xlsx: not a zip, a truncated one, a missing or broken part, an old .xls.
_UNREADABLE = (
    zipfile.BadZipFile,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    IndexError,
    EOFError,
    zlib.error,
    SyntaxError,  # xml.etree's ParseError
    OSError,
)


def _unreadable(path: Path) -> ImportFileError:
    return ImportFileError(
        pesan(
            "Berkas {name} tidak bisa dibaca sebagai buku kerja Excel .xlsx (rusak, terpotong, "
            "atau format lain seperti .xls/.csv); buka di Excel lalu simpan ulang sebagai "
            ".xlsx.",
            name=path.name,
        )
    )


@contextmanager
def _workbook(path: Path) -> Iterator[Workbook]:
    if not path.is_file():
        raise ImportFileError(
            pesan(
                "Berkas {name} tidak ditemukan di {parent}.",
                name=path.name,
                parent=path.parent,
            )
        )
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except _UNREADABLE as exc:
        raise _unreadable(path) from exc
    try:
        yield book
    except _UNREADABLE as exc:
        # Read-only sheets are parsed while iterating: damage deep in a sheet shows here.
        raise _unreadable(path) from exc
    finally:
        book.close()


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_rows(sheet: Any, limit: int | None) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    filled = 0
    for values in sheet.iter_rows(max_row=limit, values_only=True):
        row = tuple(values)
        rows.append(row)
        if not all(_blank(v) for v in row):
            filled += 1
            if filled > MAX_DATA_ROWS + HEADER_SCAN_ROWS:
                raise ImportFileError(
                    pesan(
                        "Lembar {title} berisi lebih dari {max_data_rows} baris; pecah "
                        "berkasnya menjadi beberapa berkas.",
                        title=sheet.title,
                        max_data_rows=MAX_DATA_ROWS,
                    )
                )
    width = max((len(r) for r in rows), default=0)
    return [r + (None,) * (width - len(r)) for r in rows]


def lembar(path: Path, sheet: str | None, katalog: Sequence[Katalog] = ()) -> Lembar:
    """The values of ``sheet``; without it the first sheet whose header names a NIP column
    and a competency (else the first sheet)."""
    with _workbook(path) as book:
        names = tuple(book.sheetnames)
        if not names:
            raise _unreadable(path)
        if sheet is None:
            sheet = names[0]
            aliases = _aliases(katalog)
            for name in names:
                head = _read_rows(book[name], HEADER_SCAN_ROWS)
                found = _find_header(head, aliases)
                if found is not None and found[2]:
                    sheet = name
                    break
        elif sheet not in names:
            raise ImportFileError(
                pesan(
                    "Lembar '{sheet}' tidak ada di {name}; lembar yang ada: {join}.",
                    sheet=sheet,
                    name=path.name,
                    join=", ".join(names),
                )
            )
        rows = _read_rows(book[sheet], None)
    return Lembar(sheet, names, tuple(rows), path)


# -- the header and the mapping -------------------------------------------------------------

_NUMBERING = re.compile(r"^\s*(?:\d+|[a-z])\s*[.)]\s*", re.IGNORECASE)
_PREFIXES = ("level", "nilai", "skor", "kompetensi")
_STOPWORDS = frozenset({"dan", "pada", "dengan", "untuk", "di", "ke"})

# The abbreviations assessment reports use for the nine fixed competencies (kode of
# resources/policy/standar_kompetensi.json), besides the names and kodes themselves.
_SINGKATAN: Mapping[str, tuple[str, ...]] = {
    "integritas": ("int",),
    "kerjasama": ("ks", "kjs"),
    "komunikasi": ("kom", "kmk"),
    "orientasi_hasil": ("oph", "orientasihasil"),
    "pelayanan_publik": ("pp", "pelpub"),
    "pengembangan_diri": ("pdol", "pdo", "pengembangandiri"),
    "mengelola_perubahan": ("mp", "mep"),
    "pengambilan_keputusan": ("pk",),
    "perekat_bangsa": ("pb",),
}

NIP, NAMA, TANGGAL, ASESOR = "nip", "nama", "tanggal", "asesor"
_FIELD_LABELS = {NIP: "NIP", NAMA: "nama", TANGGAL: "tanggal", ASESOR: "asesor"}


def _norm(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _variants(header: str) -> list[str]:
    """The header as a whole, inside and before its parentheses, without numbering or a
    leading "Level"/"Nilai": "1. Integritas (INT)" gives integritasint, int, integritas."""
    found = [header]
    inside = re.findall(r"\(([^)]*)\)", header)
    found += inside
    before = header.split("(")[0]
    found.append(before)
    for text in list(found):
        stripped = _NUMBERING.sub("", text)
        found.append(stripped)
        words = stripped.split()
        while words and words[0].casefold() in _PREFIXES:
            words = words[1:]
            found.append(" ".join(words))
    out = []
    for text in found:
        n = _norm(text)
        if n and n not in out:
            out.append(n)
    return out


def _initials(nama: str, *, skip_stopwords: bool) -> str:
    words = [w for w in re.split(r"[\s/-]+", nama) if w]
    if skip_stopwords:
        words = [w for w in words if w.casefold() not in _STOPWORDS]
    return _norm("".join(w[0] for w in words if w[0].isalnum()))


def _aliases(katalog: Sequence[Katalog]) -> dict[str, str]:
    """normalised header -> kode; an alias two competencies share is dropped (no guess)."""
    seen: dict[str, set[str]] = {}

    def add(alias: str, kode: str) -> None:
        if alias:
            seen.setdefault(alias, set()).add(kode)

    for item in katalog:
        add(_norm(item.kode), item.kode)
        add(_norm(item.nama), item.kode)
        for singkatan in _SINGKATAN.get(item.kode, ()):
            add(singkatan, item.kode)
        words = item.nama.split()
        if len(words) > 1:
            add(_initials(item.nama, skip_stopwords=False), item.kode)
            add(_initials(item.nama, skip_stopwords=True), item.kode)
        elif len(_norm(item.nama)) > 3:
            add(_norm(item.nama)[:3], item.kode)
    return {alias: next(iter(kodes)) for alias, kodes in seen.items() if len(kodes) == 1}


def _field_of(header: object, aliases: Mapping[str, str]) -> str | None:
    """NIP, NAMA, TANGGAL, ASESOR, "k:<kode>" or None for a header cell."""
    if _blank(header) or not isinstance(header, str | int | float):
        return None
    text = str(header)
    for n in _variants(text):
        if n.startswith("nip") or n == "nomorindukpegawai":
            return NIP
        if "asesor" in n or "assessor" in n or n.startswith(("lembaga", "assessmentcent")):
            return ASESOR
        if n.startswith("nama"):
            return NAMA
        if n.startswith(("tanggal", "tgl")) or n in ("date", "waktu", "waktupelaksanaan"):
            return TANGGAL
    for n in _variants(text):
        if n in aliases:
            return f"k:{aliases[n]}"
    return None


def _header_text(value: object) -> str:
    if _blank(value):
        return ""
    if isinstance(value, datetime | date):
        return format_tanggal_angka(value if isinstance(value, date) else value.date())
    return " ".join(str(value).split())


def _combined(upper: Sequence[object], lower: Sequence[object]) -> list[object]:
    # A header of two rows: the lower row names the columns under a merged group title
    # ("Kompetensi Manajerial" over INT, KS, ...); where it is empty, the upper cell (a
    # "NIP" merged down over both rows) names the column.
    return [lo if not _blank(lo) else up for up, lo in zip(upper, lower, strict=True)]


def _score(row: Sequence[object], aliases: Mapping[str, str]) -> tuple[int, bool]:
    fields = {f for f in (_field_of(v, aliases) for v in row) if f is not None}
    complete = NIP in fields and any(f.startswith("k:") for f in fields)
    return len(fields), complete


def _find_header(
    rows: Sequence[Sequence[object]], aliases: Mapping[str, str]
) -> tuple[int, list[object], bool] | None:
    """(index of the header's last row, its cells, names a NIP and a competency?)."""
    best: tuple[tuple[bool, int], int, list[object]] | None = None
    scan = min(len(rows), HEADER_SCAN_ROWS)
    for i in range(scan):
        candidates: list[tuple[int, list[object]]] = [(i, list(rows[i]))]
        if i + 1 < len(rows):
            candidates.append((i + 1, _combined(rows[i], rows[i + 1])))
        for last, cells in candidates:
            count, complete = _score(cells, aliases)
            if count == 0:
                continue
            rank = (complete, count)
            # Strictly better only: a tie keeps the earlier and the single-row header.
            if best is None or rank > best[0]:
                best = (rank, last, cells)
    if best is None:
        return None
    return best[1], best[2], best[0][0]


def baca(path: Path, katalog: Sequence[Katalog], sheet: str | None = None) -> ImportSheet:
    """The header of the sheet and the mapping it suggests."""
    found = lembar(path, sheet, katalog)
    aliases = _aliases(katalog)
    header = _find_header(found.rows, aliases)
    if header is None:
        raise ImportFileError(
            pesan(
                "Lembar {nama} di {name} tidak memiliki baris judul kolom yang dikenali (NIP, "
                "nama, tanggal, nama kompetensi) di {header_scan_rows} baris pertamanya.",
                nama=found.nama,
                name=path.name,
                header_scan_rows=HEADER_SCAN_ROWS,
            )
        )
    last, cells, _complete = header
    chosen: dict[str, int] = {}
    kompetensi: dict[str, int] = {}
    unmapped: list[str] = []
    for column, cell in enumerate(cells):
        kind = _field_of(cell, aliases)
        if kind is None:
            if not _blank(cell):
                unmapped.append(_header_text(cell))
        elif kind.startswith("k:"):
            kompetensi.setdefault(kind[2:], column)
        else:
            chosen.setdefault(kind, column)
    mapping = KolomImpor(
        baris_judul=last + 1,
        nip=chosen.get(NIP),
        nama=chosen.get(NAMA),
        tanggal=chosen.get(TANGGAL),
        asesor=chosen.get(ASESOR),
        kompetensi=kompetensi,
    )
    data = sum(1 for r in found.rows[last + 1 :] if not all(_blank(v) for v in r))
    return ImportSheet(
        found.nama,
        found.sheets,
        tuple(_header_text(c) for c in cells),
        mapping,
        tuple(unmapped),
        data,
    )


# -- checking the rows ----------------------------------------------------------------------


def _column_name(rows: Sequence[Sequence[object]], index: int, baris_judul: int) -> str:
    header: object = None
    # The header's last row, else the row above (a title merged down over both).
    for row in (baris_judul - 1, baris_judul - 2):
        if 0 <= row < len(rows) and not _blank(rows[row][index]):
            header = rows[row][index]
            break
    letter = get_column_letter(index + 1)
    return f"{letter} ({_header_text(header)})" if not _blank(header) else letter


def _check_mapping(found: Lembar, mapping: KolomImpor, katalog: Sequence[Katalog]) -> None:
    width = len(found.rows[0]) if found.rows else 0
    problems: list[FieldProblem] = []
    if not 0 <= mapping.baris_judul <= len(found.rows):
        problems.append(
            FieldProblem(
                "baris_judul",
                pesan(
                    "Baris judul {baris_judul} tidak ada di lembar {nama} ({n_rows} baris).",
                    baris_judul=mapping.baris_judul,
                    nama=found.nama,
                    n_rows=len(found.rows),
                ),
            )
        )
    if mapping.nip is None:
        problems.append(FieldProblem("nip", pesan("Pilih kolom NIP.")))
    if mapping.tanggal is None:
        problems.append(FieldProblem("tanggal", pesan("Pilih kolom tanggal asesmen.")))
    if not mapping.kompetensi:
        problems.append(
            FieldProblem("kompetensi", pesan("Pilih paling sedikit satu kolom kompetensi."))
        )
    known = {k.kode: k.nama for k in katalog}
    used: dict[int, str] = {}
    columns: list[tuple[str, int | None]] = [
        (_FIELD_LABELS[NIP], mapping.nip),
        (_FIELD_LABELS[NAMA], mapping.nama),
        (_FIELD_LABELS[TANGGAL], mapping.tanggal),
        (_FIELD_LABELS[ASESOR], mapping.asesor),
    ]
    for kode, kolom in mapping.kompetensi.items():
        if kode not in known:
            problems.append(
                FieldProblem(
                    kode, pesan("Kompetensi '{kode}' tidak dikenal; pilih dari daftar.", kode=kode)
                )
            )
            continue
        columns.append((known[kode], kolom))
    for label, column in columns:
        if column is None:
            continue
        if not 0 <= column < width:
            problems.append(
                FieldProblem(
                    label,
                    pesan(
                        "Kolom {nilai} untuk {label} tidak ada di lembar {nama}.",
                        nilai=get_column_letter(column + 1) if column >= 0 else column,
                        label=label,
                        nama=found.nama,
                    ),
                )
            )
        elif column in used:
            shown = _column_name(found.rows, column, mapping.baris_judul)
            problems.append(
                FieldProblem(
                    label,
                    pesan(
                        "Kolom {shown} dipilih untuk {used} dan juga untuk {label}.",
                        shown=shown,
                        used=used[column],
                        label=label,
                    ),
                )
            )
        else:
            used[column] = label
    if problems:
        raise ValidationFailed(problems)


def _text(value: object) -> str:
    if _blank(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return " ".join(str(value).split())


def _nip_of(value: object) -> tuple[str, str | None]:
    """(18 digits or the value as written, the problem)."""
    excel = "NIP tersimpan sebagai angka ({}) sehingga digitnya hilang; format kolom sebagai teks "
    excel += "lalu ketik ulang NIP 18 digit."
    if _blank(value):
        return "", pesan("NIP belum diisi.")
    if isinstance(value, bool):
        return str(value), pesan(
            "NIP harus {nip_length} digit angka, bukan nilai ya/tidak.",
            nip_length=NIP_LENGTH,
        )
    if isinstance(value, int | float):
        # A cell holds a number as a double (15 significant digits), whoever wrote it: an
        # 18-digit NIP stored as a number has lost its last digits for good.
        return f"{value:.6g}", excel.format(f"{value:.6g}")
    raw = " ".join(str(value).split())
    if looks_like_excel_number(raw):
        return raw, excel.format(raw)
    digits = normalize_nip_text(raw)
    for position, ch in enumerate(digits, start=1):
        if ch not in "0123456789":
            return raw, (
                pesan(
                    "NIP '{raw}' hanya boleh berisi angka; karakter '{ch}' pada posisi "
                    "{position} bukan angka.",
                    raw=raw,
                    ch=ch,
                    position=position,
                )
            )
    if len(digits) != NIP_LENGTH:
        return raw, pesan(
            "NIP harus {nip_length} digit; yang diisi {n_digits} digit ({raw}).",
            nip_length=NIP_LENGTH,
            n_digits=len(digits),
            raw=raw,
        )
    return digits, None


def _tanggal_of(value: object, today: date) -> tuple[date | None, str | None]:
    if _blank(value):
        return None, pesan("Tanggal asesmen belum diisi.")
    found: date
    if isinstance(value, datetime):
        found = value.date()
    elif isinstance(value, date):
        found = value
    elif isinstance(value, int | float):  # bool too: a number, not a date
        return None, (
            pesan(
                "Tanggal asesmen tersimpan sebagai angka ({text}); format kolom sebagai "
                "tanggal atau tulis HH-BB-TTTT.",
                text=_text(value),
            )
        )
    else:
        try:
            found = parse_tanggal(str(value))
        except TanggalError as exc:
            return None, pesan("Tanggal asesmen: {exc}", exc=exc)
    problems = check_date("tanggal_ttd", found, pesan("Tanggal asesmen"), today=today)
    if problems:
        return None, problems[0].message
    return found, None


_LEADING_NUMBER = re.compile(r"\s*([+-]?\d+(?:[.,]\d+)?)(.*)", re.DOTALL)


def _level_of(value: object) -> int:
    """The level of a cell: 3, 3.0, "3", or "3 (Cukup)" / "3 - Cukup" as 3."""
    if isinstance(value, str):
        found = _LEADING_NUMBER.fullmatch(value)
        if found is not None:
            rest = found.group(2).strip()
            # A number followed by its description; "3/5" or "3,5" stays what it is.
            if not rest or rest[0] in "(-–:" or rest[0].isalpha():
                return check_level(found.group(1))
    if isinstance(value, float) and math.isnan(value):
        return check_level(None)
    return check_level(value)


def _fold_name(text: str) -> str:
    return " ".join("".join(ch if ch.isalpha() else " " for ch in text.casefold()).split())


def _same_person(written: str, nama: str, lengkap: str) -> bool:
    if not written:
        return True
    target = _fold_name(nama)
    return _fold_name(written) in (target, _fold_name(lengkap)) or (
        _fold_name(split_nama_bergelar(written)[1]) == target
    )


@dataclass
class _Draft:
    baris: int
    nip: str
    nama: str
    tanggal: date | None
    asesor: str
    nilai: dict[str, int]
    salah: list[str]
    nip_ok: bool
    peringatan: list[str] = field(default_factory=list)
    employee_id: int | None = None
    nama_terdaftar: str = ""


def _parse(
    found: Lembar, mapping: KolomImpor, names: Mapping[str, str], today: date
) -> list[_Draft]:
    mapped = [
        c for c in (mapping.nip, mapping.nama, mapping.tanggal, mapping.asesor) if c is not None
    ] + list(mapping.kompetensi.values())
    drafts: list[_Draft] = []
    for offset, row in enumerate(found.rows[mapping.baris_judul :]):
        if all(_blank(row[c]) for c in mapped):
            continue
        number = mapping.baris_judul + offset + 1
        salah: list[str] = []
        nip, nip_problem = _nip_of(row[mapping.nip] if mapping.nip is not None else None)
        if nip_problem:
            salah.append(nip_problem)
        tanggal, problem = _tanggal_of(
            row[mapping.tanggal] if mapping.tanggal is not None else None, today
        )
        if problem:
            salah.append(problem)
        asesor = _text(row[mapping.asesor]) if mapping.asesor is not None else ""
        salah += [p.message for p in check_text("asesor", asesor, "Asesor")]
        nilai: dict[str, int] = {}
        level_salah = False
        for kode, column in mapping.kompetensi.items():
            cell = row[column]
            if _blank(cell):
                continue
            try:
                nilai[kode] = _level_of(cell)
            except KompetensiError as exc:
                salah.append(f"{names[kode]}: {exc}")
                level_salah = True
        if not nilai and not level_salah:
            salah.append(pesan("Tidak ada level kompetensi yang diisi di baris ini."))
        nama = _text(row[mapping.nama]) if mapping.nama is not None else ""
        drafts.append(_Draft(number, nip, nama, tanggal, asesor, nilai, salah, nip_problem is None))
    return drafts


def _register(session: Session, nips: set[str]) -> dict[str, tuple[int, str, str]]:
    """NIP -> (employee id, nama, printed name) of live employees."""
    out: dict[str, tuple[int, str, str]] = {}
    ordered = sorted(nips)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        for eid, nip, depan, nama, belakang in session.execute(
            select(
                Employee.id,
                Employee.nip,
                Employee.gelar_depan,
                Employee.nama,
                Employee.gelar_belakang,
            ).where(Employee.nip.in_(chunk), Employee.deleted_at.is_(None))
        ):
            out[nip] = (eid, nama, format_nama_lengkap(depan, nama, belakang))
    return out


def _stored(session: Session, employee_ids: set[int]) -> set[tuple[int, date]]:
    out: set[tuple[int, date]] = set()
    ordered = sorted(employee_ids)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        out.update(
            (eid, tanggal)
            for eid, tanggal in session.execute(
                select(Asesmen.employee_id, Asesmen.tanggal).where(
                    Asesmen.employee_id.in_(chunk), Asesmen.deleted_at.is_(None)
                )
            )
        )
    return out


def periksa(
    session: Session,
    found: Lembar,
    mapping: KolomImpor,
    katalog: Sequence[Katalog],
    today: date,
) -> list[BarisImpor]:
    """Every non-empty row below the header, checked against the register and what is
    already stored. ValidationFailed for a mapping that cannot be used."""
    _check_mapping(found, mapping, katalog)
    names = {k.kode: k.nama for k in katalog}
    drafts = _parse(found, mapping, names, today)
    register = _register(session, {d.nip for d in drafts if d.nip_ok})
    stored = _stored(session, {v[0] for v in register.values()})
    first_of: dict[tuple[str, date], int] = {}
    for d in drafts:
        if d.nip_ok:
            person = register.get(d.nip)
            if person is None:
                d.salah.insert(
                    0,
                    pesan(
                        "NIP {nip} tidak ada di data pegawai (atau pegawainya sudah dihapus).",
                        nip=d.nip,
                    ),
                )
            else:
                d.employee_id, nama, lengkap = person
                d.nama_terdaftar = lengkap
                if not _same_person(d.nama, nama, lengkap):
                    d.peringatan.append(
                        pesan(
                            "Nama '{nama}' berbeda dengan nama terdaftar untuk NIP ini "
                            "({lengkap}); periksa NIP-nya.",
                            nama=d.nama,
                            lengkap=lengkap,
                        )
                    )
        if d.tanggal is None or not d.nip_ok:
            continue
        key = (d.nip, d.tanggal)
        shown = format_tanggal_angka(d.tanggal)
        if key in first_of:
            d.salah.append(
                pesan(
                    "Sama dengan baris {first_of}: NIP {nip} tanggal {shown} muncul dua kali.",
                    first_of=first_of[key],
                    nip=d.nip,
                    shown=shown,
                )
            )
            continue
        first_of[key] = d.baris
        if d.employee_id is not None and (d.employee_id, d.tanggal) in stored:
            d.salah.append(
                pesan(
                    "Hasil asesmen NIP {nip} tanggal {shown} sudah tersimpan; hapus yang lama "
                    "dahulu bila ingin menggantinya.",
                    nip=d.nip,
                    shown=shown,
                )
            )
    return [
        BarisImpor(
            d.baris,
            d.nip,
            d.nama,
            d.tanggal,
            d.asesor,
            dict(d.nilai),
            d.employee_id,
            d.nama_terdaftar,
            tuple(d.salah),
            tuple(d.peringatan),
        )
        for d in drafts
    ]
