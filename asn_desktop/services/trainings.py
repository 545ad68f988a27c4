"""Competency development activities (pelatihan), their participants, and degree study.

An activity is counted once, by the JP rule of its type (resources/policy/konversi_jp.json,
domain.jp.hitung_jp), and stores the raw amount, the counted JP and the rule version; each
participant is credited that JP when services.jp_tahunan.credited says so (not failed,
attended at least the activity's minimum, the activity has ended). Degree study (tugas
belajar / izin belajar) is its own record and counts 20 JP per completed semester.

Public API of ``TrainingService(db, *, konversi=None)`` (``konversi``: the JP conversion
table, by default the shipped one):

reading (Permission.READ)
    pelatihan(pelatihan_id) -> PelatihanRecord
    search_ids(query: PelatihanQuery, sort="mulai", descending=False) -> list[int]
    rows(ids) -> dict[int, PelatihanRow]                 one page of the list
    peserta(pelatihan_id) -> list[PesertaRecord]
    peserta_record(peserta_id) -> PesertaRecord
    preview_jp(draft: PelatihanDraft) -> HasilJp          the editor's "JP dihitung"
    jenis_options(on=None) -> list[JenisOption]
    latihan_struktural_options() -> list[CodeOption]
    sumber_dana_options(on=None) -> list[SumberDanaOption]
    penyelenggara_list() -> list[str]
    riwayat(employee_id) -> list[RiwayatItem]              newest first, with credited JP
    sertifikat(peserta_id) -> (filename, mime, bytes)
    tugas_belajar(tugas_belajar_id) -> TugasBelajarRecord
    tugas_belajar_of(employee_id) -> list[TugasBelajarRecord]

exporting (Permission.EXPORT)
    export_xlsx(path, query, sort="mulai", descending=False, *, progress=None) -> count
        the activity list as the page shows it (EXPORT_COLUMNS, export_cells), audited

editing (Permission.EDIT); every change of a record takes the revision it was read at
    create(draft) -> id
    update(pelatihan_id, draft, *, expected_revision) -> new revision
    save(pelatihan_id, draft, *, expected_revision, peserta={peserta_id: (draft, revision)})
        -> the activity's revision: the editor's Simpan, the activity and the edits of its
        participants in one transaction (draft None: the participants only)
    delete(pelatihan_id, *, expected_revision)             soft, with its participants
    enroll(pelatihan_id, employee_ids) -> count             all or nothing
    enroll_nips(pelatihan_id, nips) -> count                all or nothing
    update_peserta(peserta_id, draft, *, expected_revision) -> new revision
    set_hasil(peserta_ids, hasil, *, expected_revisions) -> count changed
    remove_peserta(peserta_id, *, expected_revision)
    attach_sertifikat(peserta_id, path, *, expected_revision) -> new revision
    remove_sertifikat(peserta_id, *, expected_revision) -> new revision
    create_tugas_belajar(employee_id, draft) -> id
    update_tugas_belajar(tugas_belajar_id, draft, *, expected_revision) -> new revision
    delete_tugas_belajar(tugas_belajar_id, *, expected_revision)

Bad input raises ValidationFailed naming each field (the draft's field names; a
participant's problem in ``save`` under ``peserta_field(peserta_id, field)``, its message
naming the person); a missing or deleted record NotFound; a record changed elsewhere since
it was read StaleRecord.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Select, case, func, literal, or_, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import (
    HASIL_PESERTA,
    KompetensiTeknis,
    Pelatihan,
    PesertaPelatihan,
    TugasBelajar,
)
from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.db.reference_models import RefCode
from asn_desktop.domain import (
    DateRule,
    FieldProblem,
    NipError,
    PolicyError,
    PolicyTable,
    check_text,
    format_nama_lengkap,
    format_nip,
    format_tanggal_angka,
    normalize_nip_text,
)
from asn_desktop.domain.jp import (
    HasilJp,
    JpError,
    SatuanJp,
    aturan_jp,
    hitung_jp,
    jenis_pengembangan,
    jp_tugas_belajar,
    tahun_jp,
)
from asn_desktop.domain.kompetensi import kompetensi_baku
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import audit, berkas
from asn_desktop.services.database import Database, fetch_column, stale_record_error, stamp_change
from asn_desktop.services.employees import contains
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.jp_tahunan import credited
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy
from asn_desktop.services.reference import CodeOption
from asn_desktop.services.spreadsheet import Column, ExportCancelled, Sheet, write_xlsx

__all__ = [
    "EXPORT_COLUMNS",
    "HASIL_LABELS",
    "JENIS_TUGAS_BELAJAR",
    "MAX_BIAYA",
    "MAX_SERTIFIKAT_BYTES",
    "SORT_KEYS",
    "STATUS_TUGAS_BELAJAR",
    "JenisOption",
    "PelatihanDraft",
    "PelatihanQuery",
    "PelatihanRecord",
    "PelatihanRow",
    "PesertaDraft",
    "PesertaRecord",
    "RiwayatItem",
    "SumberDanaOption",
    "TrainingService",
    "TugasBelajarDraft",
    "TugasBelajarRecord",
    "build_id_query",
    "export_cells",
    "export_columns",
    "export_title",
    "indeks_reaksi",
    "peserta_field",
    "peserta_of_field",
]

# Whole rupiah; ten trillion is far above any agency's yearly budget yet fits BigInteger.
MAX_BIAYA = 10**13
# A certificate (STTP) is one or two pages; a phone photo of one fits easily.
MAX_SERTIFIKAT_BYTES = 10 * 1024 * 1024
_SERTIFIKAT = berkas.UploadRule(
    "sertifikat", (berkas.PDF, berkas.JPG, berkas.PNG), MAX_SERTIFIKAT_BYTES
)
# Activities are entered after the fact or planned up to the next budget years.
_TANGGAL = DateRule("Tanggal", date(1950, 1, 1), 2)
# The SIASN latihanStruktural ids apply to leadership training only (jenisDiklat 1).
_JENIS_STRUKTURAL = "1"
_LATIHAN_STRUKTURAL = "latihanStruktural"
_CHUNK = 900
_NAMES_SHOWN = 10

HASIL_LABELS = {"mengikuti": "Mengikuti", "lulus": "Lulus", "tidak_lulus": "Tidak lulus"}
JENIS_TUGAS_BELAJAR = {"tugas_belajar": "Tugas belajar", "izin_belajar": "Izin belajar"}
STATUS_TUGAS_BELAJAR = {"berjalan": "Berjalan", "lulus": "Lulus", "berhenti": "Berhenti"}
# A study that ended (graduated or stopped) has the day it ended.
_STATUS_SELESAI = frozenset({"lulus", "berhenti"})
# The words of the export's yes/no and form cells.
_YA_TIDAK = {True: "Ya", False: "Tidak"}
_BENTUK = {True: "Klasikal", False: "Nonklasikal"}
# Activities read per query while an export streams its rows.
_EXPORT_CHUNK = 500
# A participant's problem in save(): "peserta.<id>.<field of PesertaDraft>".
_PESERTA_FIELD = re.compile(r"peserta\.(\d+)\.(\w+)")

# The input rule (domain.masukan) of each text field, with the label its messages use.
# Fields without a rule of their own in masukan borrow the rule of a field whose column has
# the same length and kind (tests/services/test_trainings.py checks every length against
# this module's column).
_TEXT_RULES: Mapping[str, tuple[str, str]] = {
    "nama": ("jabatan_nama", pesan(pesan("Nama kegiatan"))),  # String(300)
    "penyelenggara": ("penyelenggara", "Penyelenggara"),  # String(200)
    "tempat": ("unit_nama", "Tempat"),  # String(200)
    "kompetensi_kode": ("kompetensi_kode", "Kode kompetensi"),  # String(40)
    "catatan": ("catatan", "Catatan"),  # Text
    "sttp_nomor": ("sk_nomor", pesan("Nomor STTP")),  # String(100)
    "jenjang": ("jenis_kp", "Jenjang pendidikan"),  # String(10)
    "program_studi": ("unit_nama", "Program studi"),  # String(200)
    "institusi": ("unit_nama", "Institusi pendidikan"),  # String(200)
    "sk_nomor": ("sk_nomor", pesan("Nomor SK")),  # String(100)
}


# -- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PelatihanDraft:
    """An activity as the editor or the command line gives it. ``jumlah`` is the raw amount
    in the unit of the type's rule (stated JP, days, sessions, visits, placements); None
    takes the rule's default (days from the dates, one visit or placement)."""

    nama: str
    jenis_diklat: str
    mulai: date
    selesai: date
    latihan_struktural: str = ""
    penyelenggara: str = ""
    tempat: str = ""
    internasional: bool = False
    jumlah: float | None = None
    kompetensi_kode: str = ""
    biaya_rencana: int = 0
    biaya_realisasi: int | None = None
    sumber_dana: str = "APBD"
    min_kehadiran: int = 80
    nilai_lulus: float | None = None
    # The participants' survey (Kirkpatrick level 1): mean score 1-4 per aspect.
    reaksi_penyelenggara: float | None = None
    reaksi_fasilitas: float | None = None
    reaksi_pengajar: float | None = None
    catatan: str = ""


@dataclass(frozen=True)
class PesertaDraft:
    kehadiran: int = 100  # percent attended
    nilai_pre: float | None = None
    nilai_post: float | None = None
    hasil: str = "mengikuti"
    sttp_nomor: str = ""
    sttp_tanggal: date | None = None
    catatan: str = ""


@dataclass(frozen=True)
class TugasBelajarDraft:
    jenis: str  # tugas_belajar | izin_belajar
    jenjang: str  # D3, S1, S2...
    program_studi: str
    institusi: str
    mulai: date
    selesai: date | None = None  # planned end while running; the real end when it ended
    status: str = "berjalan"
    internasional: bool = False
    sk_nomor: str = ""
    biaya: int = 0
    sumber_dana: str = ""
    catatan: str = ""


@dataclass(frozen=True)
class PelatihanQuery:
    """The filters of the activity list; None or "" means no filter. ``teks`` must occur
    (every word) in the name, provider or place."""

    tahun: int | None = None
    jenis_diklat: str | None = None
    klasikal: bool | None = None
    penyelenggara: str | None = None
    sumber_dana: str | None = None
    teks: str = ""


# -- what is read back ---------------------------------------------------------------------------


@dataclass(frozen=True)
class JenisOption:
    id: str  # SIASN jenisDiklat
    label: str
    satuan: SatuanJp
    klasikal: bool
    dikonfirmasi: bool
    catatan: str

    @property
    def satuan_label(self) -> str:
        return self.satuan.label


@dataclass(frozen=True)
class SumberDanaOption:
    kode: str
    nama: str


@dataclass(frozen=True)
class PelatihanRecord:
    id: int
    uuid: str
    revision: int
    updated_at: datetime
    updated_by: str
    nama: str
    jenis_diklat: str
    jenis_label: str
    latihan_struktural: str
    klasikal: bool
    penyelenggara: str
    tempat: str
    internasional: bool
    mulai: date
    selesai: date
    tahun: int
    satuan: SatuanJp
    jumlah: float
    jp: float  # counted: what each credited participant gets
    aturan_versi: str
    aturan_dikonfirmasi: bool
    penjelasan: str  # how the JP was reached
    peringatan: tuple[str, ...]
    kompetensi_kode: str
    biaya_rencana: int
    biaya_realisasi: int | None
    sumber_dana: str
    min_kehadiran: int
    nilai_lulus: float | None
    reaksi_penyelenggara: float | None
    reaksi_fasilitas: float | None
    reaksi_pengajar: float | None
    catatan: str
    jumlah_peserta: int

    @property
    def satuan_label(self) -> str:
        return self.satuan.label

    @property
    def indeks_reaksi(self) -> float | None:
        return indeks_reaksi(self.reaksi_penyelenggara, self.reaksi_fasilitas, self.reaksi_pengajar)

    def as_draft(self) -> PelatihanDraft:
        return PelatihanDraft(
            nama=self.nama,
            jenis_diklat=self.jenis_diklat,
            mulai=self.mulai,
            selesai=self.selesai,
            latihan_struktural=self.latihan_struktural,
            penyelenggara=self.penyelenggara,
            tempat=self.tempat,
            internasional=self.internasional,
            jumlah=self.jumlah,
            kompetensi_kode=self.kompetensi_kode,
            biaya_rencana=self.biaya_rencana,
            biaya_realisasi=self.biaya_realisasi,
            sumber_dana=self.sumber_dana,
            min_kehadiran=self.min_kehadiran,
            nilai_lulus=self.nilai_lulus,
            reaksi_penyelenggara=self.reaksi_penyelenggara,
            reaksi_fasilitas=self.reaksi_fasilitas,
            reaksi_pengajar=self.reaksi_pengajar,
            catatan=self.catatan,
        )


@dataclass(frozen=True)
class PelatihanRow:
    """One line of the activity list."""

    id: int
    uuid: str
    revision: int
    nama: str
    jenis_diklat: str
    jenis_label: str
    klasikal: bool
    penyelenggara: str
    tempat: str
    internasional: bool
    mulai: date
    selesai: date
    tahun: int
    satuan: SatuanJp
    jumlah: float
    jp: float
    aturan_dikonfirmasi: bool
    jumlah_peserta: int
    biaya_rencana: int
    biaya_realisasi: int | None
    sumber_dana: str
    indeks_reaksi: float | None

    @property
    def biaya(self) -> int:
        """What the list shows and sorts by: the realised cost once known, else the plan."""
        return self.biaya_realisasi if self.biaya_realisasi is not None else self.biaya_rencana


@dataclass(frozen=True)
class PesertaRecord:
    id: int
    uuid: str
    revision: int
    pelatihan_id: int
    employee_id: int
    nip: str
    nama: str  # printed, with titles
    unit: str
    status_kepegawaian: str
    pegawai_dihapus: bool  # the employee left the register; the participation stays history
    kehadiran: int
    nilai_pre: float | None
    nilai_post: float | None
    hasil: str
    sttp_nomor: str
    sttp_tanggal: date | None
    sertifikat_sha256: str | None
    catatan: str
    jp_dikreditkan: float  # what services.jp_tahunan credits this person today

    @property
    def ada_sertifikat(self) -> bool:
        return self.sertifikat_sha256 is not None

    @property
    def hasil_label(self) -> str:
        return HASIL_LABELS.get(self.hasil, self.hasil)

    def as_draft(self) -> PesertaDraft:
        return PesertaDraft(
            kehadiran=self.kehadiran,
            nilai_pre=self.nilai_pre,
            nilai_post=self.nilai_post,
            hasil=self.hasil,
            sttp_nomor=self.sttp_nomor,
            sttp_tanggal=self.sttp_tanggal,
            catatan=self.catatan,
        )


@dataclass(frozen=True)
class TugasBelajarRecord:
    id: int
    uuid: str
    revision: int
    employee_id: int
    nip: str
    nama: str
    jenis: str
    jenjang: str
    program_studi: str
    institusi: str
    mulai: date
    selesai: date | None
    status: str
    internasional: bool
    sk_nomor: str
    biaya: int
    sumber_dana: str
    aturan_versi: str
    catatan: str
    jp_per_tahun: Mapping[int, float]  # completed semesters, by the year each ended

    @property
    def jp(self) -> float:
        return round(sum(self.jp_per_tahun.values()), 2)

    @property
    def jenis_label(self) -> str:
        return JENIS_TUGAS_BELAJAR.get(self.jenis, self.jenis)

    def as_draft(self) -> TugasBelajarDraft:
        return TugasBelajarDraft(
            jenis=self.jenis,
            jenjang=self.jenjang,
            program_studi=self.program_studi,
            institusi=self.institusi,
            mulai=self.mulai,
            selesai=self.selesai,
            status=self.status,
            internasional=self.internasional,
            sk_nomor=self.sk_nomor,
            biaya=self.biaya,
            sumber_dana=self.sumber_dana,
            catatan=self.catatan,
        )


@dataclass(frozen=True)
class RiwayatItem:
    """One line of an employee's development history: an activity taken part in
    (``jenis`` "pelatihan", ``peserta_id`` set) or a degree study ("tugas_belajar")."""

    jenis: str
    id: int  # the activity's or the study's id
    peserta_id: int | None
    nama: str
    uraian: str  # the type of activity, or "Tugas belajar S2"
    penyelenggara: str  # the provider, or the institution
    mulai: date
    selesai: date | None
    tahun: int | None  # the year the JP is credited to (a study: the last semester's)
    jp: float  # credited to this employee (as of today)
    status: str  # the participant's hasil, or the study's status
    ada_sertifikat: bool = False


def indeks_reaksi(*scores: float | None) -> float | None:
    """The reaction index: the mean of the given 1-4 scores × 25 (25-100), None if none."""
    given = [s for s in scores if s is not None]
    if not given:
        return None
    return round(sum(given) / len(given) * 25, 2)


def peserta_field(peserta_id: int, field: str) -> str:
    """The FieldProblem field of a participant's ``field`` (of PesertaDraft) in save()."""
    return f"peserta.{peserta_id}.{field}"


def peserta_of_field(field: str) -> tuple[int, str] | None:
    """(participant id, field of PesertaDraft) of a save() problem about a participant;
    None for a problem of the activity's own fields."""
    found = _PESERTA_FIELD.fullmatch(field)
    return (int(found[1]), found[2]) if found else None


# -- the export of the list --------------------------------------------------------------------

# (header, width, Column options) of the .xlsx, in export_cells' order: every fact of an
# activity the list shows, with the SIASN type code and both costs beside it.
EXPORT_COLUMNS: tuple[tuple[str, float, Mapping[str, Any]], ...] = (
    ("Mulai", 12, {}),
    ("Selesai", 12, {}),
    (pesan(pesan("Nama kegiatan")), 44, {}),
    ("Kode jenis (SIASN)", 10, {"text": True}),
    ("Jenis", 24, {}),
    ("Bentuk", 13, {}),
    ("Penyelenggara", 30, {}),
    ("Tempat", 22, {}),
    ("Internasional", 13, {}),
    ("Jumlah", 9, {"number_format": "0.##"}),
    ("Satuan", 11, {}),
    ("JP", 8, {"number_format": "0.##"}),
    ("Konversi dikonfirmasi", 13, {}),
    ("Peserta", 9, {"number_format": "#,##0"}),
    ("Biaya rencana (Rp)", 16, {"number_format": "#,##0"}),
    ("Biaya realisasi (Rp)", 16, {"number_format": "#,##0"}),
    ("Sumber dana", 12, {}),
    ("Indeks reaksi", 11, {"number_format": "0.##"}),
)


def export_columns() -> list[Column]:
    return [Column(header, width, **options) for header, width, options in EXPORT_COLUMNS]


def export_cells(row: PelatihanRow) -> tuple[Any, ...]:
    """One activity as a row of the .xlsx (EXPORT_COLUMNS)."""
    return (
        row.mulai,
        row.selesai,
        row.nama,
        row.jenis_diklat,
        row.jenis_label,
        _BENTUK[row.klasikal],
        row.penyelenggara,
        row.tempat,
        _YA_TIDAK[row.internasional],
        row.jumlah,
        row.satuan.label,
        row.jp,
        _YA_TIDAK[row.aturan_dikonfirmasi],
        row.jumlah_peserta,
        row.biaya_rencana,
        row.biaya_realisasi,
        row.sumber_dana,
        row.indeks_reaksi,
    )


def export_title(query: PelatihanQuery, on: date | None = None) -> str:
    """The title row: the year listed and the day of the export."""
    scope = f"tahun {query.tahun}" if query.tahun is not None else "semua tahun"
    return (
        f"Kegiatan pengembangan kompetensi {scope} "
        f"(diekspor {format_tanggal_angka(on or date.today())})"
    )


def _query_text(query: PelatihanQuery) -> str:
    """The filters of an export, for its audit entry."""
    parts = [f"tahun {query.tahun}" if query.tahun is not None else "semua tahun"]
    if query.jenis_diklat:
        parts.append(f"jenis {query.jenis_diklat}")
    if query.klasikal is not None:
        parts.append(_BENTUK[query.klasikal].lower())
    if query.penyelenggara:
        parts.append(f"penyelenggara {_shown_input(query.penyelenggara)}")
    if query.sumber_dana:
        parts.append(f"sumber dana {_shown_input(query.sumber_dana)}")
    if query.teks.strip():
        parts.append(f"teks '{_shown_input(query.teks)}'")
    return ", ".join(parts)


# -- small helpers -----------------------------------------------------------------------------


def _angka(value: float) -> str:
    """12 / 12,5: Indonesian decimals for messages."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",")


def _rupiah(value: int) -> str:
    return "Rp" + f"{value:,}".replace(",", ".")


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _nip_text(nip: str) -> str:
    try:
        return format_nip(nip)
    except (NipError, ValueError):
        return nip


def _person(employee: Employee) -> str:
    return f"{employee.nama} (NIP {_nip_text(employee.nip)})"


def _names(labels: Sequence[str]) -> str:
    """ "A, B dan C", at most _NAMES_SHOWN of them and how many more."""
    shown = list(labels[:_NAMES_SHOWN])
    rest = len(labels) - len(shown)
    if rest:
        return f"{', '.join(shown)} dan {rest} lainnya"
    if len(shown) <= 1:
        return "".join(shown)
    return f"{', '.join(shown[:-1])} dan {shown[-1]}"


def _shown_input(text: str, limit: int = 40) -> str:
    text = _one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _chunks(items: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]


def _check_revision(row: Any, expected: int, label: str) -> None:
    """Refuse a record changed since it was read (the database refuses it again on write:
    the version column, see db.base.ExchangedRecord)."""
    if row.revision != expected:
        raise stale_record_error(label, row.updated_by, row.updated_at)


def _text(
    problems: list[FieldProblem], field: str, value: object, *, required: bool = False
) -> None:
    key, label = _TEXT_RULES[field]
    found = check_text(key, value, label, problem_field=field)
    problems.extend(found)
    if required and not found and isinstance(value, str) and not value.strip():
        problems.append(FieldProblem(field, pesan("{label} wajib diisi.", label=label)))


def _number(
    problems: list[FieldProblem],
    field: str,
    label: str,
    value: object,
    low: float,
    high: float,
    *,
    whole: bool = False,
    optional: bool = True,
) -> None:
    if value is None:
        if not optional:
            problems.append(FieldProblem(field, pesan("{label} wajib diisi.", label=label)))
        return
    if isinstance(value, bool) or not isinstance(value, int | float):
        problems.append(FieldProblem(field, pesan("{label} harus berupa angka.", label=label)))
        return
    if whole and not isinstance(value, int):
        problems.append(FieldProblem(field, pesan("{label} harus bilangan bulat.", label=label)))
        return
    if not math.isfinite(value):
        problems.append(FieldProblem(field, pesan("{label} harus berupa angka.", label=label)))
        return
    if not low <= value <= high:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "{label} {angka} di luar batas; isi {angka2} sampai {angka3}.",
                    label=label,
                    angka=_angka(value),
                    angka2=_angka(low),
                    angka3=_angka(high),
                ),
            )
        )


def _biaya(problems: list[FieldProblem], field: str, label: str, value: object) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        problems.append(
            FieldProblem(field, pesan("{label} harus berupa bilangan bulat rupiah.", label=label))
        )
    elif value < 0:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "{label} tidak boleh negatif ({rupiah}).", label=label, rupiah=_rupiah(value)
                ),
            )
        )
    elif value > MAX_BIAYA:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "{label} {rupiah} terlalu besar; paling besar {rupiah2}.",
                    label=label,
                    rupiah=_rupiah(value),
                    rupiah2=_rupiah(MAX_BIAYA),
                ),
            )
        )


def _tanggal(
    problems: list[FieldProblem], field: str, label: str, value: object, today: date
) -> bool:
    """Whether ``value`` is a usable date (a problem is added when not)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        problems.append(
            FieldProblem(field, pesan("{label} wajib diisi dengan tanggal.", label=label))
        )
        return False
    earliest, latest = _TANGGAL.bounds(today)
    if value < earliest:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "{label} {value} terlalu awal; paling awal {earliest}.",
                    label=label,
                    value=format_tanggal_angka(value),
                    earliest=format_tanggal_angka(earliest),
                ),
            )
        )
        return False
    if value > latest:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "{label} {value} terlalu jauh ke depan; paling lambat {latest}.",
                    label=label,
                    value=format_tanggal_angka(value),
                    latest=format_tanggal_angka(latest),
                ),
            )
        )
        return False
    return True


def _sumber_dana(on: date) -> list[SumberDanaOption]:
    """The funding sources of the version in force ``on`` (before the first version: the
    first, so that an old activity can still be entered)."""
    table = policy("sumber_dana")
    try:
        version = table.at(on)
    except PolicyError:
        version = table.versions[0]
    raw = version.values.get("sumber")
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        raise PolicyError(pesan('Tabel kebijakan "sumber_dana" tidak memuat daftar "sumber".'))
    found: list[SumberDanaOption] = []
    for item in raw:
        if not isinstance(item, Mapping) or not item.get("kode") or not item.get("nama"):
            raise PolicyError(
                pesan('Tabel kebijakan "sumber_dana": setiap sumber perlu kode dan nama.')
            )
        found.append(SumberDanaOption(str(item["kode"]), str(item["nama"])))
    return found


def _check_sumber_dana(
    problems: list[FieldProblem], value: object, on: date, *, optional: bool
) -> None:
    if optional and value == "":
        return
    options = _sumber_dana(on)
    if value not in {o.kode for o in options}:
        shown = _shown_input(str(value)) if isinstance(value, str) else repr(value)
        problems.append(
            FieldProblem(
                "sumber_dana",
                pesan(
                    "Sumber dana '{shown}' tidak dikenal; gunakan {join}.",
                    shown=shown,
                    join=", ".join(o.kode for o in options),
                ),
            )
        )


def _reaksi_expression() -> Any:
    """The reaction index in SQL (the mean of the given scores × 25), for sorting."""
    scores = (
        Pelatihan.reaksi_penyelenggara,
        Pelatihan.reaksi_fasilitas,
        Pelatihan.reaksi_pengajar,
    )
    given: Any = sum(case((s.is_(None), 0), else_=1) for s in scores)
    total: Any = sum(func.coalesce(s, 0.0) for s in scores)
    return case((given == 0, None), else_=total * 25.0 / given)


def _biaya_expression() -> Any:
    return func.coalesce(Pelatihan.biaya_realisasi, Pelatihan.biaya_rencana)


def _peserta_counts() -> Any:
    return (
        select(PesertaPelatihan.pelatihan_id, func.count().label("n"))
        .where(PesertaPelatihan.deleted_at.is_(None))
        .group_by(PesertaPelatihan.pelatihan_id)
        .subquery()
    )


SORT_KEYS = (
    "mulai",
    "selesai",
    "nama",
    "jenis",
    "penyelenggara",
    "tempat",
    "jp",
    "peserta",
    "biaya",
    "sumber_dana",
    "reaksi",
)


def build_id_query(
    query: PelatihanQuery,
    sort: str,
    descending: bool,
    *,
    dialect: str,
    jenis_labels: Mapping[str, str],
) -> Select[Any]:
    """The SELECT of the activity list's ids; public so a benchmark can time the same SQL."""
    stmt = select(Pelatihan.id).where(Pelatihan.deleted_at.is_(None))
    if query.tahun is not None:
        stmt = stmt.where(Pelatihan.tahun == query.tahun)
    if query.jenis_diklat:
        stmt = stmt.where(Pelatihan.jenis_diklat == query.jenis_diklat)
    if query.klasikal is not None:
        stmt = stmt.where(Pelatihan.klasikal.is_(query.klasikal))
    if query.penyelenggara:
        stmt = stmt.where(
            func.lower(Pelatihan.penyelenggara) == _one_line(query.penyelenggara).lower()
        )
    if query.sumber_dana:
        stmt = stmt.where(Pelatihan.sumber_dana == query.sumber_dana)
    for word in query.teks.split():
        stmt = stmt.where(
            or_(
                contains(Pelatihan.nama, word, dialect),
                contains(Pelatihan.penyelenggara, word, dialect),
                contains(Pelatihan.tempat, word, dialect),
            )
        )
    column: Any
    if sort == "peserta":
        counts = _peserta_counts()
        stmt = stmt.outerjoin(counts, counts.c.pelatihan_id == Pelatihan.id)
        column = func.coalesce(counts.c.n, 0)
    elif sort == "jenis":
        # By the label the list shows, not the SIASN number.
        column = func.lower(
            case(jenis_labels, value=Pelatihan.jenis_diklat, else_=Pelatihan.jenis_diklat)
            if jenis_labels
            else Pelatihan.jenis_diklat
        )
    else:
        columns: dict[str, Any] = {
            "mulai": Pelatihan.mulai,
            "selesai": Pelatihan.selesai,
            "nama": func.lower(Pelatihan.nama),
            "penyelenggara": func.lower(Pelatihan.penyelenggara),
            "tempat": func.lower(Pelatihan.tempat),
            "jp": Pelatihan.jp,
            "biaya": _biaya_expression(),
            "sumber_dana": Pelatihan.sumber_dana,
            "reaksi": _reaksi_expression(),
        }
        if sort not in columns:
            raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_KEYS)}")
        column = columns[sort]
    order: list[Any] = []
    if sort == "reaksi":
        # Activities without a survey go last either way: they are not "the worst".
        order.append(case((column.is_(None), 1), else_=0))
    order.append(column.desc() if descending else column.asc())
    order.append(Pelatihan.id.desc() if descending else Pelatihan.id.asc())
    return stmt.order_by(*order)


# -- the service ---------------------------------------------------------------------------------


class TrainingService:
    def __init__(self, db: Database, *, konversi: PolicyTable | None = None) -> None:
        self.db = db
        self._konversi = konversi if konversi is not None else policy("konversi_jp")

    # -- options ---------------------------------------------------------------------------

    @use_case(Permission.READ)
    def jenis_options(self, on: date | None = None) -> list[JenisOption]:
        """The types of activity (SIASN jenisDiklat) with their JP rule in force ``on``."""
        return [
            JenisOption(a.jenis, a.nama, a.satuan, a.klasikal, a.dikonfirmasi, a.catatan)
            for a in jenis_pengembangan(on, policy=self._konversi)
        ]

    @use_case(Permission.READ)
    def latihan_struktural_options(self) -> list[CodeOption]:
        """The SIASN leadership-training list (PIM, PKP, PKA, PKN...), by its number."""
        with self.db.reading() as session:
            return [CodeOption(c, n) for c, n in _latihan_struktural(session).items()]

    @use_case(Permission.READ)
    def sumber_dana_options(self, on: date | None = None) -> list[SumberDanaOption]:
        return _sumber_dana(on or date.today())

    @use_case(Permission.READ)
    def penyelenggara_list(self) -> list[str]:
        """The providers already used (for the editor's completer), A to Z."""
        with self.db.reading() as session:
            found = session.scalars(
                select(Pelatihan.penyelenggara)
                .where(Pelatihan.deleted_at.is_(None), Pelatihan.penyelenggara != "")
                .distinct()
            ).all()
        return sorted(found, key=lambda p: (p.casefold(), p))

    # -- activities: reading ---------------------------------------------------------------

    @use_case(Permission.READ)
    def pelatihan(self, pelatihan_id: int) -> PelatihanRecord:
        with self.db.reading() as session:
            row = _live_pelatihan(session, pelatihan_id)
            return self._record(session, row)

    @use_case(Permission.READ)
    def search_ids(
        self, query: PelatihanQuery, sort: str = "mulai", descending: bool = False
    ) -> list[int]:
        """Ids of the activity list, filtered and ordered in SQL (ties by id)."""
        return self._ids(query, sort, descending)

    def _ids(self, query: PelatihanQuery, sort: str, descending: bool) -> list[int]:
        stmt = build_id_query(
            query,
            sort,
            descending,
            dialect=self.db.engine.dialect.name,
            jenis_labels=self._jenis_labels(),
        )
        try:
            with self.db.engine.connect() as conn:
                return fetch_column(conn, stmt)
        except DBAPIError as exc:
            raise translate_dbapi_error(exc, self.db.where) from exc

    @use_case(Permission.READ)
    def rows(self, ids: Sequence[int]) -> dict[int, PelatihanRow]:
        """The list's rows of ``ids`` (one page); deleted ones are absent."""
        return self._rows(ids)

    def _rows(self, ids: Sequence[int]) -> dict[int, PelatihanRow]:
        if not ids:
            return {}
        labels = self._jenis_labels()
        counts = _peserta_counts()
        found: dict[int, PelatihanRow] = {}
        with self.db.reading() as session:
            for chunk in _chunks(list(ids)):
                stmt = (
                    select(Pelatihan, func.coalesce(counts.c.n, 0))
                    .outerjoin(counts, counts.c.pelatihan_id == Pelatihan.id)
                    .where(Pelatihan.id.in_(chunk), Pelatihan.deleted_at.is_(None))
                )
                for row, n in session.execute(stmt):
                    found[row.id] = PelatihanRow(
                        id=row.id,
                        uuid=row.uuid,
                        revision=row.revision,
                        nama=row.nama,
                        jenis_diklat=row.jenis_diklat,
                        jenis_label=labels.get(row.jenis_diklat, row.jenis_diklat),
                        klasikal=row.klasikal,
                        penyelenggara=row.penyelenggara,
                        tempat=row.tempat,
                        internasional=row.internasional,
                        mulai=row.mulai,
                        selesai=row.selesai,
                        tahun=row.tahun,
                        satuan=SatuanJp(row.satuan),
                        jumlah=row.jumlah,
                        jp=row.jp,
                        aturan_dikonfirmasi=row.aturan_dikonfirmasi,
                        jumlah_peserta=int(n),
                        biaya_rencana=row.biaya_rencana,
                        biaya_realisasi=row.biaya_realisasi,
                        sumber_dana=row.sumber_dana,
                        indeks_reaksi=indeks_reaksi(
                            row.reaksi_penyelenggara, row.reaksi_fasilitas, row.reaksi_pengajar
                        ),
                    )
        return found

    @use_case(Permission.READ)
    def preview_jp(self, draft: PelatihanDraft) -> HasilJp:
        """The JP the draft would count now, with how (the editor's live label); the
        problems of the type, the dates and the amount as ValidationFailed."""
        problems: list[FieldProblem] = []
        hasil = self._count(draft, problems, date.today())
        if hasil is None:
            raise ValidationFailed(problems)
        return hasil

    # -- activities: exporting -------------------------------------------------------------

    @use_case(Permission.EXPORT)
    def export_xlsx(
        self,
        path: Path,
        query: PelatihanQuery,
        sort: str = "mulai",
        descending: bool = False,
        *,
        progress: Callable[[int, int], bool] | None = None,
    ) -> int:
        """Write the activity list (``query`` in the order of ``sort``, as the page lists
        it) to the .xlsx ``path`` with EXPORT_COLUMNS; the number of activities written.
        ``progress(done, total)`` is told as rows are written and cancels by returning
        False (ExportCancelled; no file is left). The export is recorded in the audit trail.
        """
        path = Path(path)
        ids = self._ids(query, sort, descending)
        total = len(ids)
        if progress is not None and not progress(0, total):
            raise ExportCancelled()

        def rows() -> Iterator[tuple[Any, ...]]:
            for start in range(0, total, _EXPORT_CHUNK):
                chunk = ids[start : start + _EXPORT_CHUNK]
                found = self._rows(chunk)
                for item_id in chunk:
                    # One deleted since the ids were read is left out.
                    if (row := found.get(item_id)) is not None:
                        yield export_cells(row)

        def written(done: int) -> bool:
            return progress is None or progress(done, total)

        sheet = Sheet("Kegiatan", export_columns(), rows(), export_title(query))
        count = write_xlsx(path, [sheet], progress=written)
        with self.db.unit_of_work() as session:
            audit.record(
                session,
                "export",
                entity_type="pelatihan",
                label="Daftar kegiatan pengembangan kompetensi",
                detail=f"{count} kegiatan ({_query_text(query)}) ke {path.name}",
            )
        return count

    # -- activities: editing ---------------------------------------------------------------

    @use_case(Permission.EDIT)
    def create(self, draft: PelatihanDraft) -> int:
        today = date.today()
        with self.db.unit_of_work() as session:
            hasil = self._validated(session, draft, today)
            assert hasil is not None  # counted: ValidationFailed otherwise
            row = Pelatihan(**_pelatihan_values(draft), **self._jp_values(draft, hasil))
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            return row.id

    @use_case(Permission.EDIT)
    def update(self, pelatihan_id: int, draft: PelatihanDraft, *, expected_revision: int) -> int:
        """Save the edited activity; its new revision."""
        today = date.today()
        with self.db.unit_of_work() as session:
            row = _live_pelatihan(session, pelatihan_id)
            _check_revision(row, expected_revision, f"kegiatan {row.nama}")
            problems: list[FieldProblem] = []
            values = self._edited_values(session, row, draft, today, problems)
            if values is None:
                raise ValidationFailed(problems)
            if _assign(row, values):
                stamp_change(session, self.db.actor, row)
            return row.revision

    @use_case(Permission.EDIT)
    def save(
        self,
        pelatihan_id: int,
        draft: PelatihanDraft | None,
        *,
        expected_revision: int,
        peserta: Mapping[int, tuple[PesertaDraft, int]] | None = None,
    ) -> int:
        """The editor's Simpan: the edited activity and the edits of its participants
        (``peserta``: participant id -> (draft, the revision it was read at)) in one
        transaction, all or nothing; the activity's revision afterwards.

        ``draft`` None saves the participants alone: the activity is then neither changed
        nor asked to be unchanged (``expected_revision`` is its revision when ``draft`` is
        given). Every problem of the activity and of each participant is reported at once
        (a participant's under ``peserta_field``, named in its message); a participant
        removed or changed since it was read refuses the whole save, naming everyone so.
        """
        edits = dict(peserta or {})
        today = date.today()
        with self.db.unit_of_work() as session:
            row = _live_pelatihan(session, pelatihan_id)
            if draft is not None:
                _check_revision(row, expected_revision, f"kegiatan {row.nama}")
            rows = _edited_peserta(session, row, edits)
            problems: list[FieldProblem] = []
            values = None
            mulai = row.mulai
            if draft is not None:
                values = self._edited_values(session, row, draft, today, problems)
                if values is not None:
                    # The certificates' dates are judged by the activity as saved now.
                    mulai = draft.mulai
            for peserta_id, (peserta_draft, _revision) in edits.items():
                who = _person(rows[peserta_id].employee)
                problems.extend(
                    FieldProblem(
                        peserta_field(peserta_id, p.field),
                        pesan("Peserta {who}: {message}", who=who, message=p.message),
                    )
                    for p in _check_peserta(peserta_draft, mulai, today)
                )
            if problems:
                raise ValidationFailed(problems)
            if values is not None and _assign(row, values):
                stamp_change(session, self.db.actor, row)
            for peserta_id, (peserta_draft, _revision) in edits.items():
                participant = rows[peserta_id]
                if _assign(participant, _peserta_values(peserta_draft)):
                    stamp_change(session, self.db.actor, participant)
            return row.revision

    @use_case(Permission.EDIT)
    def delete(self, pelatihan_id: int, *, expected_revision: int) -> None:
        """Mark the activity and its participants deleted (tombstones for the exchange)."""
        with self.db.unit_of_work() as session:
            row = _live_pelatihan(session, pelatihan_id)
            _check_revision(row, expected_revision, f"kegiatan {row.nama}")
            now = datetime.now(UTC)
            row.deleted_at = now
            # Stamping takes the change counter, which every writer holds until it commits:
            # the participants read below include those of an enrolment that committed just
            # now, and one that starts later finds the activity deleted (_add_peserta).
            stamp_change(session, self.db.actor, row)
            for peserta in session.scalars(
                select(PesertaPelatihan).where(
                    PesertaPelatihan.pelatihan_id == pelatihan_id,
                    PesertaPelatihan.deleted_at.is_(None),
                )
            ):
                peserta.deleted_at = now
                stamp_change(session, self.db.actor, peserta)

    # -- participants ----------------------------------------------------------------------

    @use_case(Permission.READ)
    def peserta(self, pelatihan_id: int) -> list[PesertaRecord]:
        """The activity's participants by name, with the JP each is credited today."""
        with self.db.reading() as session:
            _live_pelatihan(session, pelatihan_id)
            stmt = _peserta_query(date.today()).where(PesertaPelatihan.pelatihan_id == pelatihan_id)
            return [_peserta_record(r) for r in session.execute(stmt)]

    @use_case(Permission.READ)
    def peserta_record(self, peserta_id: int) -> PesertaRecord:
        with self.db.reading() as session:
            found = session.execute(
                _peserta_query(date.today()).where(PesertaPelatihan.id == peserta_id)
            ).first()
            if found is None:
                raise NotFound(pesan(pesan("Peserta tidak ditemukan (mungkin sudah dihapus).")))
            return _peserta_record(found)

    @use_case(Permission.EDIT)
    def enroll(self, pelatihan_id: int, employee_ids: Iterable[int]) -> int:
        """Enrol employees as participants, all or nothing; how many were enrolled.

        An employee already enrolled, deleted or unknown refuses the whole list (each
        named). One participant row, and so one audit entry, per person.
        """
        ids = list(employee_ids)
        with self.db.unit_of_work() as session:
            pelatihan = _live_pelatihan(session, pelatihan_id)
            problems: list[FieldProblem] = []
            if not ids:
                problems.append(
                    FieldProblem("employee_ids", pesan("Pilih paling sedikit satu pegawai."))
                )
            found: dict[int, Employee] = {}
            for chunk in _chunks(sorted(set(ids))):
                found.update(
                    (e.id, e)
                    for e in session.scalars(select(Employee).where(Employee.id.in_(chunk)))
                )
            unknown = sorted({i for i in ids if i not in found})
            if unknown:
                problems.append(
                    FieldProblem(
                        "employee_ids",
                        pesan(
                            "Pegawai dengan id {ids} tidak ada di daftar pegawai.",
                            ids=_names([str(i) for i in unknown]),
                        ),
                    )
                )
            chosen = [found[i] for i in dict.fromkeys(ids) if i in found]
            times = Counter(ids)
            twice = [e for e in chosen if times[e.id] > 1]
            if twice:
                problems.append(
                    FieldProblem(
                        "employee_ids",
                        pesan(
                            "{names} dipilih lebih dari sekali.",
                            names=_names([_person(e) for e in twice]),
                        ),
                    )
                )
            problems += self._enrolment_problems(session, pelatihan, chosen, "employee_ids")
            if problems:
                raise ValidationFailed(problems)
            return self._add_peserta(session, pelatihan, chosen)

    @use_case(Permission.EDIT)
    def enroll_nips(self, pelatihan_id: int, nips: Iterable[str]) -> int:
        """Enrol by NIP (typed with spaces or dots is fine), all or nothing."""
        typed = list(nips)
        with self.db.unit_of_work() as session:
            pelatihan = _live_pelatihan(session, pelatihan_id)
            problems: list[FieldProblem] = []
            if not typed:
                problems.append(FieldProblem("nip", pesan("Sebutkan paling sedikit satu NIP.")))
            wanted: dict[str, str] = {}  # normalised -> as typed
            repeated: list[str] = []
            for text in typed:
                nip = normalize_nip_text(text) if isinstance(text, str) else ""
                if not nip:
                    problems.append(FieldProblem("nip", pesan("Ada NIP yang kosong.")))
                elif nip in wanted:
                    repeated.append(nip)
                else:
                    wanted[nip] = text
            if repeated:
                problems.append(
                    FieldProblem(
                        "nip",
                        pesan(
                            "NIP {names} disebut lebih dari sekali.",
                            names=_names([_nip_text(n) for n in dict.fromkeys(repeated)]),
                        ),
                    )
                )
            by_nip: dict[str, Employee] = {}
            for chunk in _chunks(list(wanted)):
                by_nip.update(
                    (e.nip, e)
                    for e in session.scalars(select(Employee).where(Employee.nip.in_(chunk)))
                )
            unknown = [wanted[n] for n in wanted if n not in by_nip]
            if unknown:
                problems.append(
                    FieldProblem(
                        "nip",
                        pesan(
                            "Tidak ada pegawai dengan NIP {nips}.",
                            nips=_names([_shown_input(t) for t in unknown]),
                        ),
                    )
                )
            chosen = [by_nip[n] for n in wanted if n in by_nip]
            problems += self._enrolment_problems(session, pelatihan, chosen, "nip")
            if problems:
                raise ValidationFailed(problems)
            return self._add_peserta(session, pelatihan, chosen)

    @use_case(Permission.EDIT)
    def update_peserta(
        self, peserta_id: int, draft: PesertaDraft, *, expected_revision: int
    ) -> int:
        today = date.today()
        with self.db.unit_of_work() as session:
            row = _live_peserta(session, peserta_id)
            _check_revision(row, expected_revision, f"peserta {row.employee.nama}")
            problems = _check_peserta(draft, row.pelatihan.mulai, today)
            if problems:
                raise ValidationFailed(problems)
            if _assign(row, _peserta_values(draft)):
                stamp_change(session, self.db.actor, row)
            return row.revision

    @use_case(Permission.EDIT)
    def set_hasil(
        self, peserta_ids: Iterable[int], hasil: str, *, expected_revisions: Mapping[int, int]
    ) -> int:
        """Mark many participants at once (lulus, tidak_lulus, mengikuti), all or nothing;
        how many changed. ``expected_revisions`` holds the revision each was read at."""
        ids = list(dict.fromkeys(peserta_ids))
        if hasil not in HASIL_PESERTA:
            raise ValidationFailed([_hasil_problem(hasil)])
        missing = [i for i in ids if i not in expected_revisions]
        if missing:
            raise ValueError(f"no expected revision for participants {missing}")
        changed = 0
        with self.db.unit_of_work() as session:
            for peserta_id in ids:
                row = _live_peserta(session, peserta_id)
                _check_revision(row, expected_revisions[peserta_id], f"peserta {row.employee.nama}")
                if row.hasil != hasil:
                    row.hasil = hasil
                    stamp_change(session, self.db.actor, row)
                    changed += 1
        return changed

    @use_case(Permission.EDIT)
    def remove_peserta(self, peserta_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = _live_peserta(session, peserta_id)
            _check_revision(row, expected_revision, f"peserta {row.employee.nama}")
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)

    @use_case(Permission.EDIT)
    def attach_sertifikat(self, peserta_id: int, path: Path, *, expected_revision: int) -> int:
        """Keep the scanned certificate (PDF, JPG or PNG) by its SHA-256 in the database;
        replaces an earlier one. The participant's new revision."""
        upload, problems = berkas.read_upload(path, _SERTIFIKAT, field="sertifikat")
        if upload is None:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            row = _live_peserta(session, peserta_id)
            _check_revision(row, expected_revision, f"peserta {row.employee.nama}")
            earlier = row.sertifikat_sha256
            digest = berkas.store(session, upload)
            if earlier != digest:
                row.sertifikat_sha256 = digest
                stamp_change(session, self.db.actor, row)
                if earlier is not None:
                    berkas.discard_if_unused(session, earlier)
            return row.revision

    @use_case(Permission.EDIT)
    def remove_sertifikat(self, peserta_id: int, *, expected_revision: int) -> int:
        with self.db.unit_of_work() as session:
            row = _live_peserta(session, peserta_id)
            _check_revision(row, expected_revision, f"peserta {row.employee.nama}")
            earlier = row.sertifikat_sha256
            if earlier is not None:
                row.sertifikat_sha256 = None
                stamp_change(session, self.db.actor, row)
                berkas.discard_if_unused(session, earlier)
            return row.revision

    @use_case(Permission.READ)
    def sertifikat(self, peserta_id: int) -> tuple[str, str, bytes]:
        """(file name to save as, mime, bytes) of a participant's certificate."""
        with self.db.reading() as session:
            row = _live_peserta(session, peserta_id)
            if row.sertifikat_sha256 is None:
                raise NotFound(
                    pesan("Sertifikat {nama} belum dilampirkan.", nama=row.employee.nama)
                )
            mime, data = berkas.load(
                session, row.sertifikat_sha256, missing=pesan("Berkas sertifikat tidak ditemukan.")
            )
            name = f"sttp-{row.employee.nip}-{_slug(row.pelatihan.nama)}"
            return name + berkas.extension_of(mime), mime, data

    # -- an employee's history -------------------------------------------------------------

    @use_case(Permission.READ)
    def riwayat(self, employee_id: int) -> list[RiwayatItem]:
        """Every activity taken part in and every degree study, newest first, with the JP
        credited to this employee. Shown for a deleted employee too (the dossier)."""
        today = date.today()
        labels = self._jenis_labels()
        with self.db.reading() as session:
            if session.get(Employee, employee_id) is None:
                raise NotFound(pesan("Pegawai tidak ditemukan."))
            items: list[RiwayatItem] = []
            stmt = (
                select(
                    PesertaPelatihan,
                    Pelatihan,
                    case((credited(today), Pelatihan.jp), else_=literal(0.0)),
                )
                .join(Pelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
                .where(
                    PesertaPelatihan.employee_id == employee_id,
                    PesertaPelatihan.deleted_at.is_(None),
                    Pelatihan.deleted_at.is_(None),
                )
            )
            for peserta, pelatihan, jp in session.execute(stmt):
                items.append(
                    RiwayatItem(
                        jenis="pelatihan",
                        id=pelatihan.id,
                        peserta_id=peserta.id,
                        nama=pelatihan.nama,
                        uraian=labels.get(pelatihan.jenis_diklat, pelatihan.jenis_diklat),
                        penyelenggara=pelatihan.penyelenggara,
                        mulai=pelatihan.mulai,
                        selesai=pelatihan.selesai,
                        tahun=pelatihan.tahun,
                        jp=float(jp or 0),
                        status=peserta.hasil,
                        ada_sertifikat=peserta.sertifikat_sha256 is not None,
                    )
                )
            for study in _studies_of(session, employee_id):
                per_year = self._study_jp(study, today)
                items.append(
                    RiwayatItem(
                        jenis="tugas_belajar",
                        id=study.id,
                        peserta_id=None,
                        nama=f"{study.jenjang} {study.program_studi}".strip(),
                        uraian=f"{JENIS_TUGAS_BELAJAR.get(study.jenis, study.jenis)} "
                        f"{study.jenjang}".strip(),
                        penyelenggara=study.institusi,
                        mulai=study.mulai,
                        selesai=study.selesai,
                        tahun=max(per_year) if per_year else None,
                        jp=round(sum(per_year.values()), 2),
                        status=study.status,
                    )
                )
        items.sort(key=lambda i: (i.mulai, i.selesai or date.max, i.id), reverse=True)
        return items

    # -- degree study ----------------------------------------------------------------------

    @use_case(Permission.READ)
    def tugas_belajar(self, tugas_belajar_id: int) -> TugasBelajarRecord:
        with self.db.reading() as session:
            row = _live_study(session, tugas_belajar_id)
            return self._study_record(row, date.today())

    @use_case(Permission.READ)
    def tugas_belajar_of(self, employee_id: int) -> list[TugasBelajarRecord]:
        """The employee's degree studies, newest first."""
        today = date.today()
        with self.db.reading() as session:
            return [self._study_record(r, today) for r in _studies_of(session, employee_id)]

    @use_case(Permission.EDIT)
    def create_tugas_belajar(self, employee_id: int, draft: TugasBelajarDraft) -> int:
        today = date.today()
        problems = self._check_study(draft, today)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            employee = session.get(Employee, employee_id)
            if employee is None or employee.deleted_at is not None:
                raise NotFound(pesan("Pegawai tidak ditemukan (mungkin sudah dihapus)."))
            row = TugasBelajar(employee=employee, **self._study_values(draft, today))
            stamp_change(session, self.db.actor, row, first=True)
            session.add(row)
            session.flush()
            return row.id

    @use_case(Permission.EDIT)
    def update_tugas_belajar(
        self, tugas_belajar_id: int, draft: TugasBelajarDraft, *, expected_revision: int
    ) -> int:
        today = date.today()
        problems = self._check_study(draft, today)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            row = _live_study(session, tugas_belajar_id)
            _check_revision(row, expected_revision, f"tugas belajar {row.employee.nama}")
            if _assign(row, self._study_values(draft, today)):
                stamp_change(session, self.db.actor, row)
            return row.revision

    @use_case(Permission.EDIT)
    def delete_tugas_belajar(self, tugas_belajar_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = _live_study(session, tugas_belajar_id)
            _check_revision(row, expected_revision, f"tugas belajar {row.employee.nama}")
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)

    # -- internals -------------------------------------------------------------------------

    def _jenis_labels(self) -> dict[str, str]:
        try:
            return {a.jenis: a.nama for a in jenis_pengembangan(policy=self._konversi)}
        except PolicyError:
            return {}

    def _jenis_label(self, jenis: str, on: date) -> str:
        try:
            return aturan_jp(jenis, on, policy=self._konversi).nama
        except (JpError, PolicyError):
            return self._jenis_labels().get(jenis, f"Jenis {jenis}")

    def _count(
        self, draft: PelatihanDraft, problems: list[FieldProblem], today: date
    ) -> HasilJp | None:
        """The JP of the draft's type, dates and amount, or None with the problems added."""
        dates_ok = _tanggal(
            problems, "mulai", pesan(pesan(pesan("Tanggal mulai"))), draft.mulai, today
        )
        dates_ok = _tanggal(
            problems, "selesai", pesan(pesan(pesan("Tanggal selesai"))), draft.selesai, today
        ) and (dates_ok)
        jenis = draft.jenis_diklat.strip() if isinstance(draft.jenis_diklat, str) else ""
        if not jenis:
            problems.append(FieldProblem("jenis_diklat", pesan("Jenis kegiatan wajib dipilih.")))
            return None
        on = draft.selesai if dates_ok else today
        try:
            aturan_jp(jenis, on, policy=self._konversi)
        except JpError as exc:
            problems.append(FieldProblem("jenis_diklat", str(exc)))
            return None
        except PolicyError as exc:
            problems.append(
                FieldProblem("selesai", pesan("JP tidak dapat dihitung: {exc}", exc=exc))
            )
            return None
        if not dates_ok:
            return None
        try:
            tahun_jp(draft.mulai, draft.selesai)
        except JpError as exc:
            problems.append(FieldProblem("selesai", str(exc)))
            return None
        jumlah = draft.jumlah
        if jumlah is not None and (isinstance(jumlah, bool) or not isinstance(jumlah, int | float)):
            problems.append(FieldProblem("jumlah", pesan("Jumlah harus berupa angka.")))
            return None
        try:
            return hitung_jp(
                jenis,
                mulai=draft.mulai,
                selesai=draft.selesai,
                internasional=bool(draft.internasional),
                jumlah=None if jumlah is None else float(jumlah),
                policy=self._konversi,
            )
        except JpError as exc:
            problems.append(FieldProblem("jumlah", str(exc)))
        except PolicyError as exc:
            problems.append(
                FieldProblem("selesai", pesan("JP tidak dapat dihitung: {exc}", exc=exc))
            )
        return None

    def _jp_values(self, draft: PelatihanDraft, hasil: HasilJp) -> dict[str, Any]:
        """The JP columns from a count; klasikal comes from the same rule (the version in
        force at the activity's end), so the list's filter agrees with the count."""
        aturan = aturan_jp(draft.jenis_diklat.strip(), draft.selesai, policy=self._konversi)
        return {
            "tahun": tahun_jp(draft.mulai, draft.selesai),
            "klasikal": aturan.klasikal,
            "satuan": hasil.satuan.value,
            "jumlah": hasil.jumlah,
            "jp": hasil.jp,
            "aturan_versi": hasil.versi,
            "aturan_dikonfirmasi": hasil.dikonfirmasi,
        }

    def _validated(
        self, session: Session, draft: PelatihanDraft, today: date, *, count: bool = True
    ) -> HasilJp | None:
        """The draft's JP (None when ``count`` is False), or ValidationFailed with every
        problem of the draft."""
        problems: list[FieldProblem] = []
        hasil = self._draft_problems(session, draft, today, problems, count=count)
        if problems:
            raise ValidationFailed(problems)
        return hasil

    def _edited_values(
        self,
        session: Session,
        row: Pelatihan,
        draft: PelatihanDraft,
        today: date,
        problems: list[FieldProblem],
    ) -> dict[str, Any] | None:
        """The columns of ``row`` as ``draft`` has them, or None with its problems added."""
        # JP is recounted only when what it is counted from changed (type, dates, amount,
        # abroad). Correcting the cost or the provider of a past activity must not move it
        # to a rule version made since, nor change last year's report.
        recount = _counted_facts_changed(row, draft)
        before = len(problems)
        hasil = self._draft_problems(
            session, draft, today, problems, count=recount or draft.jumlah is None
        )
        if len(problems) > before:
            return None
        if not recount and hasil is not None and hasil.jumlah != row.jumlah:
            # No amount given: the rule's default (the days of the dates) differs from what
            # was stored, so the amount did change.
            recount = True
        values = _pelatihan_values(draft)
        if recount:
            assert hasil is not None
            values.update(self._jp_values(draft, hasil))
        return values

    def _draft_problems(
        self,
        session: Session,
        draft: PelatihanDraft,
        today: date,
        problems: list[FieldProblem],
        *,
        count: bool = True,
    ) -> HasilJp | None:
        """Add every problem of the draft to ``problems``; its JP (None when ``count`` is
        False or it cannot be counted)."""
        _text(problems, "nama", draft.nama, required=True)
        _text(problems, "penyelenggara", draft.penyelenggara)
        _text(problems, "tempat", draft.tempat)
        _text(problems, "kompetensi_kode", draft.kompetensi_kode)
        _text(problems, "catatan", draft.catatan)
        if count:
            hasil = self._count(draft, problems, today)
        else:
            hasil = None
            # The counted facts are unchanged, so only the dates' sanity needs a look.
            _tanggal(problems, "mulai", pesan(pesan(pesan("Tanggal mulai"))), draft.mulai, today)
            _tanggal(
                problems, "selesai", pesan(pesan(pesan("Tanggal selesai"))), draft.selesai, today
            )
        if not isinstance(draft.internasional, bool):
            problems.append(
                FieldProblem("internasional", pesan(pesan("Internasional harus ya atau tidak.")))
            )
        self._check_latihan_struktural(session, draft, problems)
        self._check_kompetensi(session, draft, problems)
        _biaya(problems, "biaya_rencana", "Biaya rencana", draft.biaya_rencana)
        _biaya(problems, "biaya_realisasi", "Biaya realisasi", draft.biaya_realisasi)
        if draft.biaya_rencana is None:
            problems.append(
                FieldProblem(
                    "biaya_rencana", pesan("Biaya rencana wajib diisi (0 bila tanpa biaya).")
                )
            )
        on = draft.mulai if isinstance(draft.mulai, date) else today
        _check_sumber_dana(problems, draft.sumber_dana, on, optional=False)
        _number(
            problems, "min_kehadiran", "Kehadiran minimal (%)", draft.min_kehadiran, 0, 100,
            whole=True, optional=False,
        )  # fmt: skip
        _number(problems, "nilai_lulus", "Nilai lulus", draft.nilai_lulus, 0, 100)
        for field, label in (
            ("reaksi_penyelenggara", "Nilai reaksi penyelenggara"),
            ("reaksi_fasilitas", "Nilai reaksi fasilitas"),
            ("reaksi_pengajar", "Nilai reaksi pengajar"),
        ):
            _number(problems, field, label, getattr(draft, field), 1, 4)
        return hasil

    def _check_latihan_struktural(
        self, session: Session, draft: PelatihanDraft, problems: list[FieldProblem]
    ) -> None:
        value = draft.latihan_struktural
        if not isinstance(value, str):
            problems.append(
                FieldProblem("latihan_struktural", pesan("Latihan struktural harus kode."))
            )
            return
        value = value.strip()
        if not value:
            return
        if draft.jenis_diklat != _JENIS_STRUKTURAL:
            problems.append(
                FieldProblem(
                    "latihan_struktural",
                    pesan(
                        "Jenis latihan struktural (PIM, PKP, PKA, PKN) hanya untuk Diklat "
                        "Struktural (jenis {jenis_struktural}); kosongkan untuk jenis kegiatan "
                        "lain.",
                        jenis_struktural=_JENIS_STRUKTURAL,
                    ),
                )
            )
            return
        known = _latihan_struktural(session)
        if value not in known:
            problems.append(
                FieldProblem(
                    "latihan_struktural",
                    pesan(
                        "Jenis latihan struktural '{shown_input}' tidak dikenal; gunakan kode "
                        "SIASN {join}.",
                        shown_input=_shown_input(value),
                        join=", ".join(known),
                    ),
                )
            )

    def _check_kompetensi(
        self, session: Session, draft: PelatihanDraft, problems: list[FieldProblem]
    ) -> None:
        kode = draft.kompetensi_kode.strip() if isinstance(draft.kompetensi_kode, str) else ""
        if not kode or any(p.field == "kompetensi_kode" for p in problems):
            return
        if kode in {k.kode for k in kompetensi_baku()}:
            return
        teknis = session.scalar(
            select(KompetensiTeknis.id).where(
                KompetensiTeknis.kode == kode, KompetensiTeknis.deleted_at.is_(None)
            )
        )
        if teknis is None:
            problems.append(
                FieldProblem(
                    "kompetensi_kode",
                    pesan(
                        "Kompetensi '{shown_input}' tidak dikenal: bukan kompetensi "
                        "manajerial/sosial kultural dan tidak ada di daftar kompetensi teknis.",
                        shown_input=_shown_input(kode),
                    ),
                )
            )

    def _record(self, session: Session, row: Pelatihan) -> PelatihanRecord:
        count = session.scalar(
            select(func.count())
            .select_from(PesertaPelatihan)
            .where(PesertaPelatihan.pelatihan_id == row.id, PesertaPelatihan.deleted_at.is_(None))
        )
        penjelasan, peringatan = self._explain(row)
        return PelatihanRecord(
            id=row.id,
            uuid=row.uuid,
            revision=row.revision,
            updated_at=row.updated_at,
            updated_by=row.updated_by,
            nama=row.nama,
            jenis_diklat=row.jenis_diklat,
            jenis_label=self._jenis_label(row.jenis_diklat, row.selesai),
            latihan_struktural=row.latihan_struktural,
            klasikal=row.klasikal,
            penyelenggara=row.penyelenggara,
            tempat=row.tempat,
            internasional=row.internasional,
            mulai=row.mulai,
            selesai=row.selesai,
            tahun=row.tahun,
            satuan=SatuanJp(row.satuan),
            jumlah=row.jumlah,
            jp=row.jp,
            aturan_versi=row.aturan_versi,
            aturan_dikonfirmasi=row.aturan_dikonfirmasi,
            penjelasan=penjelasan,
            peringatan=peringatan,
            kompetensi_kode=row.kompetensi_kode,
            biaya_rencana=row.biaya_rencana,
            biaya_realisasi=row.biaya_realisasi,
            sumber_dana=row.sumber_dana,
            min_kehadiran=row.min_kehadiran,
            nilai_lulus=row.nilai_lulus,
            reaksi_penyelenggara=row.reaksi_penyelenggara,
            reaksi_fasilitas=row.reaksi_fasilitas,
            reaksi_pengajar=row.reaksi_pengajar,
            catatan=row.catatan,
            jumlah_peserta=int(count or 0),
        )

    def _explain(self, row: Pelatihan) -> tuple[str, tuple[str, ...]]:
        """How the stored JP was reached. The explanation is not stored: it is the count
        again by the rule in force at the activity's end, when that still gives the stored
        version and JP; otherwise (the table was changed retroactively) what is stored."""
        try:
            again = hitung_jp(
                row.jenis_diklat,
                mulai=row.mulai,
                selesai=row.selesai,
                internasional=row.internasional,
                jumlah=row.jumlah,
                policy=self._konversi,
            )
        except (JpError, PolicyError):
            again = None
        if again is not None and again.versi == row.aturan_versi and again.jp == row.jp:
            return again.penjelasan, again.peringatan
        warnings = [
            pesan(
                "Tabel konversi JP yang berlaku sekarang menghitung kegiatan ini lain; JP yang "
                "tersimpan tetap dipakai sampai jenis, tanggal, jumlah atau status "
                "internasionalnya diubah.",
            )
        ]
        if not row.aturan_dikonfirmasi:
            warnings.append(pesan("Nilai konversi JP untuk kegiatan ini belum dikonfirmasi."))
        satuan = SatuanJp(row.satuan)
        return (
            f"{_angka(row.jumlah)} {satuan.label}: {_angka(row.jp)} JP menurut {row.aturan_versi}",
            tuple(warnings),
        )

    def _enrolment_problems(
        self, session: Session, pelatihan: Pelatihan, chosen: list[Employee], field: str
    ) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        deleted = [e for e in chosen if e.deleted_at is not None]
        if deleted:
            problems.append(
                FieldProblem(
                    field,
                    pesan(
                        "{names} sudah dihapus dari daftar pegawai, jadi tidak dapat didaftarkan.",
                        names=_names([_person(e) for e in deleted]),
                    ),
                )
            )
        live = [e for e in chosen if e.deleted_at is None]
        return problems + _already_enrolled(session, pelatihan, live, field)

    def _add_peserta(self, session: Session, pelatihan: Pelatihan, chosen: list[Employee]) -> int:
        # Read before the flush: a refused flush expires the session's objects and leaves
        # it unable to load them again.
        labels = {e.id: _person(e) for e in chosen}
        pelatihan_id, nama = pelatihan.id, pelatihan.nama
        rows = []
        for employee in chosen:
            # The id, not the relationship: assigning it would put the row into the session
            # (through pelatihan.peserta) before it is stamped.
            row = PesertaPelatihan(pelatihan_id=pelatihan.id, employee=employee)
            stamp_change(session, self.db.actor, row, first=True)
            rows.append(row)
        # Stamping took the change counter, which a concurrent writer holds until it commits
        # (services.database.reserve_change_seqs): read afresh, a deletion of the activity
        # committed meanwhile is seen here, and a later one waits for this enrolment.
        deleted = session.scalar(select(Pelatihan.deleted_at).where(Pelatihan.id == pelatihan.id))
        if deleted is not None:
            raise NotFound(
                pesan(
                    "Kegiatan {nama} baru saja dihapus oleh pengguna lain.",
                    nama=pelatihan.nama,
                )
            )
        session.add_all(rows)
        try:
            session.flush()
        except IntegrityError as exc:
            if not _is_duplicate_enrolment(exc):
                raise
            # Another clerk enrolled some of them between our check and our insert (only
            # possible on PostgreSQL, where the unique index is the last word).
            raise self._enrolled_meanwhile(pelatihan_id, nama, labels) from exc
        return len(chosen)

    def _enrolled_meanwhile(
        self, pelatihan_id: int, nama: str, labels: Mapping[int, str]
    ) -> ValidationFailed:
        # This transaction is aborted; what the other clerk committed is read afresh.
        with self.db.engine.connect() as conn:
            now = set(
                conn.execute(
                    select(PesertaPelatihan.employee_id).where(
                        PesertaPelatihan.pelatihan_id == pelatihan_id,
                        PesertaPelatihan.deleted_at.is_(None),
                        PesertaPelatihan.employee_id.in_(list(labels)),
                    )
                ).scalars()
            )
        who = [label for eid, label in labels.items() if eid in now] or list(labels.values())
        return ValidationFailed(
            [
                FieldProblem(
                    "employee_ids",
                    pesan(
                        "{names} baru saja didaftarkan sebagai peserta {nama} oleh pengguna "
                        "lain; tidak ada yang didaftarkan dari daftar Anda. Muat ulang daftar "
                        "peserta lalu coba lagi.",
                        names=_names(who),
                        nama=nama,
                    ),
                )
            ]
        )

    def _study_jp(self, row: TugasBelajar, today: date) -> dict[int, float]:
        """JP of a degree study per year, by the rule of services.jp_tahunan.study_jp:
        completed semesters up to the end of the study, or up to today while it runs."""
        sampai = min(row.selesai, today) if row.selesai is not None else today
        if sampai < row.mulai:
            return {}
        try:
            return jp_tugas_belajar(
                row.mulai, sampai, internasional=row.internasional, policy=self._konversi
            )
        except (JpError, PolicyError):
            return {}

    def _study_record(self, row: TugasBelajar, today: date) -> TugasBelajarRecord:
        employee = row.employee
        return TugasBelajarRecord(
            id=row.id,
            uuid=row.uuid,
            revision=row.revision,
            employee_id=row.employee_id,
            nip=employee.nip,
            nama=format_nama_lengkap(employee.gelar_depan, employee.nama, employee.gelar_belakang),
            jenis=row.jenis,
            jenjang=row.jenjang,
            program_studi=row.program_studi,
            institusi=row.institusi,
            mulai=row.mulai,
            selesai=row.selesai,
            status=row.status,
            internasional=row.internasional,
            sk_nomor=row.sk_nomor,
            biaya=row.biaya,
            sumber_dana=row.sumber_dana,
            aturan_versi=row.aturan_versi,
            catatan=row.catatan,
            jp_per_tahun=self._study_jp(row, today),
        )

    def _check_study(self, draft: TugasBelajarDraft, today: date) -> list[FieldProblem]:
        problems: list[FieldProblem] = []
        if draft.jenis not in JENIS_TUGAS_BELAJAR:
            problems.append(
                FieldProblem(
                    "jenis",
                    pesan(
                        "Jenis '{shown_input}' tidak dikenal; gunakan tugas_belajar atau "
                        "izin_belajar.",
                        shown_input=_shown_input(str(draft.jenis)),
                    ),
                )
            )
        _text(problems, "jenjang", draft.jenjang, required=True)
        _text(problems, "program_studi", draft.program_studi, required=True)
        _text(problems, "institusi", draft.institusi, required=True)
        _text(problems, "sk_nomor", draft.sk_nomor)
        _text(problems, "catatan", draft.catatan)
        if draft.status not in STATUS_TUGAS_BELAJAR:
            problems.append(
                FieldProblem(
                    "status",
                    pesan(
                        "Status '{shown_input}' tidak dikenal; gunakan {join}.",
                        shown_input=_shown_input(str(draft.status)),
                        join=", ".join(STATUS_TUGAS_BELAJAR),
                    ),
                )
            )
        if not isinstance(draft.internasional, bool):
            problems.append(
                FieldProblem("internasional", pesan(pesan("Internasional harus ya atau tidak.")))
            )
        _biaya(problems, "biaya", "Biaya", draft.biaya)
        if draft.biaya is None:
            problems.append(FieldProblem("biaya", pesan("Biaya wajib diisi (0 bila tanpa biaya).")))
        mulai_ok = _tanggal(
            problems, "mulai", pesan(pesan(pesan("Tanggal mulai"))), draft.mulai, today
        )
        selesai_ok = draft.selesai is None or _tanggal(
            problems, "selesai", pesan(pesan(pesan("Tanggal selesai"))), draft.selesai, today
        )
        _check_sumber_dana(
            problems, draft.sumber_dana, draft.mulai if mulai_ok else today, optional=True
        )
        if draft.status in _STATUS_SELESAI and draft.selesai is None:
            problems.append(
                FieldProblem(
                    "selesai",
                    pesan(
                        "Tugas belajar yang {lower} perlu tanggal selesainya.",
                        lower=STATUS_TUGAS_BELAJAR[draft.status].lower(),
                    ),
                )
            )
        if not (mulai_ok and selesai_ok):
            return problems
        if draft.selesai is not None and draft.selesai < draft.mulai:
            problems.append(
                FieldProblem(
                    "selesai",
                    pesan(
                        "Tanggal selesai ({selesai}) sebelum tanggal mulai ({mulai}).",
                        selesai=format_tanggal_angka(draft.selesai),
                        mulai=format_tanggal_angka(draft.mulai),
                    ),
                )
            )
            return problems
        # Saved only if its semesters can be counted: services.jp_tahunan counts every
        # study of everyone, and one it cannot count would break every JP report.
        sampai = min(draft.selesai, today) if draft.selesai is not None else today
        try:
            if sampai >= draft.mulai:
                jp_tugas_belajar(
                    draft.mulai, sampai, internasional=draft.internasional, policy=self._konversi
                )
            self._study_rule_version(draft, today)
        except (JpError, PolicyError) as exc:
            problems.append(
                FieldProblem(
                    "mulai", pesan("JP tugas belajar tidak dapat dihitung: {exc}", exc=exc)
                )
            )
        return problems

    def _study_rule_version(self, draft: TugasBelajarDraft, today: date) -> str:
        """The rule that counts the latest semester ("" for a study that ended before the
        first conversion table: it predates the JP obligation and counts nothing, but is
        still part of the employee's history). Every semester is counted by the version in
        force when it ended (domain.jp.jp_tugas_belajar)."""
        sampai = min(draft.selesai, today) if draft.selesai is not None else today
        day = max(draft.mulai, min(sampai, today))
        if day < self._konversi.versions[0].effective_from:
            return ""
        return aturan_jp("tugas_belajar", day, policy=self._konversi).versi

    def _study_values(self, draft: TugasBelajarDraft, today: date) -> dict[str, Any]:
        versi = self._study_rule_version(draft, today)
        return {
            "jenis": draft.jenis,
            "jenjang": _one_line(draft.jenjang),
            "program_studi": _one_line(draft.program_studi),
            "institusi": _one_line(draft.institusi),
            "mulai": draft.mulai,
            "selesai": draft.selesai,
            "status": draft.status,
            "internasional": draft.internasional,
            "sk_nomor": draft.sk_nomor.strip(),
            "biaya": draft.biaya,
            "sumber_dana": draft.sumber_dana,
            "aturan_versi": versi,
            "catatan": draft.catatan.strip(),
        }


# -- module helpers ------------------------------------------------------------------------------


def _live_pelatihan(session: Session, pelatihan_id: int) -> Pelatihan:
    row = session.get(Pelatihan, pelatihan_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(
            pesan("Kegiatan pengembangan kompetensi tidak ditemukan (mungkin sudah dihapus).")
        )
    return row


def _live_peserta(session: Session, peserta_id: int) -> PesertaPelatihan:
    row = session.get(PesertaPelatihan, peserta_id)
    if row is None or row.deleted_at is not None or row.pelatihan.deleted_at is not None:
        raise NotFound(pesan(pesan("Peserta tidak ditemukan (mungkin sudah dihapus).")))
    return row


def _live_study(session: Session, tugas_belajar_id: int) -> TugasBelajar:
    row = session.get(TugasBelajar, tugas_belajar_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(pesan("Tugas belajar tidak ditemukan (mungkin sudah dihapus)."))
    return row


def _studies_of(session: Session, employee_id: int) -> list[TugasBelajar]:
    return list(
        session.scalars(
            select(TugasBelajar)
            .where(TugasBelajar.employee_id == employee_id, TugasBelajar.deleted_at.is_(None))
            .order_by(TugasBelajar.mulai.desc(), TugasBelajar.id.desc())
        )
    )


def _latihan_struktural(session: Session) -> dict[str, str]:
    rows = session.execute(
        select(RefCode.code, RefCode.nama).where(RefCode.catalogue == _LATIHAN_STRUKTURAL)
    ).all()
    ordered = sorted(rows, key=lambda r: (int(r[0]) if r[0].isdigit() else 1 << 30, r[0]))
    return {code: nama for code, nama in ordered}


def _already_enrolled(
    session: Session, pelatihan: Pelatihan, employees: Collection[Employee], field: str
) -> list[FieldProblem]:
    """The problem naming whoever of ``employees`` is a live participant already."""
    ids = sorted(e.id for e in employees)
    enrolled: set[int] = set()
    for chunk in _chunks(ids):
        enrolled.update(
            session.scalars(
                select(PesertaPelatihan.employee_id).where(
                    PesertaPelatihan.pelatihan_id == pelatihan.id,
                    PesertaPelatihan.employee_id.in_(chunk),
                    PesertaPelatihan.deleted_at.is_(None),
                )
            )
        )
    if not enrolled:
        return []
    who = [_person(e) for e in employees if e.id in enrolled]
    return [
        FieldProblem(
            field,
            pesan(
                "{names} sudah terdaftar sebagai peserta {nama}; tidak ada yang didaftarkan.",
                names=_names(who),
                nama=pelatihan.nama,
            ),
        )
    ]


def _is_duplicate_enrolment(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "uq_peserta_pelatihan_employee" in text or (
        "peserta_pelatihan.pelatihan_id" in text and "peserta_pelatihan.employee_id" in text
    )


def _counted_facts_changed(row: Pelatihan, draft: PelatihanDraft) -> bool:
    """Whether what the JP is counted from differs from what is stored (an amount left
    empty is judged by the caller, after counting it)."""
    jumlah = draft.jumlah
    if jumlah is not None and (isinstance(jumlah, bool) or not isinstance(jumlah, int | float)):
        return True  # not a number: counting it reports the problem
    return (
        draft.jenis_diklat != row.jenis_diklat
        or draft.mulai != row.mulai
        or draft.selesai != row.selesai
        or bool(draft.internasional) != row.internasional
        or (jumlah is not None and float(jumlah) != row.jumlah)
    )


def _pelatihan_values(draft: PelatihanDraft) -> dict[str, Any]:
    """The columns a draft sets directly (the JP columns come from the count)."""
    return {
        "nama": _one_line(draft.nama),
        "jenis_diklat": draft.jenis_diklat.strip(),
        "latihan_struktural": draft.latihan_struktural.strip(),
        "penyelenggara": _one_line(draft.penyelenggara),
        "tempat": _one_line(draft.tempat),
        "mulai": draft.mulai,
        "selesai": draft.selesai,
        "internasional": draft.internasional,
        "kompetensi_kode": draft.kompetensi_kode.strip(),
        "biaya_rencana": draft.biaya_rencana,
        "biaya_realisasi": draft.biaya_realisasi,
        "sumber_dana": draft.sumber_dana,
        "min_kehadiran": draft.min_kehadiran,
        "nilai_lulus": _float_or_none(draft.nilai_lulus),
        "reaksi_penyelenggara": _float_or_none(draft.reaksi_penyelenggara),
        "reaksi_fasilitas": _float_or_none(draft.reaksi_fasilitas),
        "reaksi_pengajar": _float_or_none(draft.reaksi_pengajar),
        "catatan": draft.catatan.strip(),
    }


def _assign(row: Any, values: Mapping[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def _float_or_none(value: float | None) -> float | None:
    return None if value is None else float(value)


def _peserta_values(draft: PesertaDraft) -> dict[str, Any]:
    """The columns a participant's (checked) draft sets."""
    return {
        "kehadiran": draft.kehadiran,
        "nilai_pre": _float_or_none(draft.nilai_pre),
        "nilai_post": _float_or_none(draft.nilai_post),
        "hasil": draft.hasil,
        "sttp_nomor": draft.sttp_nomor.strip(),
        "sttp_tanggal": draft.sttp_tanggal,
        "catatan": draft.catatan.strip(),
    }


def _edited_peserta(
    session: Session, pelatihan: Pelatihan, edits: Mapping[int, tuple[PesertaDraft, int]]
) -> dict[int, PesertaPelatihan]:
    """The participants ``edits`` change, each still of ``pelatihan`` and at the revision
    it was read at: NotFound naming those removed meanwhile, StaleRecord naming those
    changed meanwhile (nothing of the save is written either way)."""
    ids = sorted(edits)
    found: dict[int, PesertaPelatihan] = {}
    for chunk in _chunks(ids):
        found.update(
            (r.id, r)
            for r in session.scalars(select(PesertaPelatihan).where(PesertaPelatihan.id.in_(chunk)))
        )
    foreign = [i for i in ids if i not in found or found[i].pelatihan_id != pelatihan.id]
    if foreign:
        raise NotFound(
            pesan(
                "Peserta dengan id {names} bukan peserta kegiatan {nama}; tidak ada yang disimpan.",
                names=_names([str(i) for i in foreign]),
                nama=pelatihan.nama,
            )
        )
    removed = [found[i] for i in ids if found[i].deleted_at is not None]
    if removed:
        raise NotFound(
            pesan(
                "{names} sudah dihapus dari peserta {nama} sejak Anda membukanya; tidak ada "
                "yang disimpan. Muat ulang kegiatan ini lalu coba lagi.",
                names=_names([_person(r.employee) for r in removed]),
                nama=pelatihan.nama,
            )
        )
    stale = [found[i] for i in ids if found[i].revision != edits[i][1]]
    if stale:
        latest = max(stale, key=lambda r: r.updated_at)
        raise stale_record_error(
            f"peserta {_names([r.employee.nama for r in stale])}",
            latest.updated_by,
            latest.updated_at,
        )
    return found


def _hasil_problem(hasil: object) -> FieldProblem:
    return FieldProblem(
        "hasil",
        pesan(
            "Hasil '{shown_input}' tidak dikenal; gunakan {join}.",
            shown_input=_shown_input(str(hasil)),
            join=", ".join(HASIL_PESERTA),
        ),
    )


def _check_peserta(draft: PesertaDraft, mulai: date, today: date) -> list[FieldProblem]:
    """The problems of a participant's draft, in an activity that starts on ``mulai``."""
    problems: list[FieldProblem] = []
    _number(
        problems, "kehadiran", "Kehadiran (%)", draft.kehadiran, 0, 100, whole=True,
        optional=False,
    )  # fmt: skip
    _number(problems, "nilai_pre", "Nilai pre-test", draft.nilai_pre, 0, 100)
    _number(problems, "nilai_post", "Nilai post-test", draft.nilai_post, 0, 100)
    if draft.hasil not in HASIL_PESERTA:
        problems.append(_hasil_problem(draft.hasil))
    _text(problems, "sttp_nomor", draft.sttp_nomor)
    _text(problems, "catatan", draft.catatan)
    tanggal = draft.sttp_tanggal
    if tanggal is not None:
        if isinstance(tanggal, datetime) or not isinstance(tanggal, date):
            problems.append(
                FieldProblem("sttp_tanggal", pesan("Tanggal STTP harus berupa tanggal."))
            )
        elif tanggal < mulai:
            problems.append(
                FieldProblem(
                    "sttp_tanggal",
                    pesan(
                        "Tanggal STTP {tanggal} sebelum kegiatan dimulai ({mulai}).",
                        tanggal=format_tanggal_angka(tanggal),
                        mulai=format_tanggal_angka(mulai),
                    ),
                )
            )
        elif tanggal > today:
            problems.append(
                FieldProblem(
                    "sttp_tanggal",
                    pesan(
                        "Tanggal STTP {tanggal} jatuh setelah hari ini.",
                        tanggal=format_tanggal_angka(tanggal),
                    ),
                )
            )
    return problems


def _peserta_query(today: date) -> Select[Any]:
    return (
        select(
            PesertaPelatihan,
            Employee,
            OrgUnit.nama,
            case((credited(today), Pelatihan.jp), else_=literal(0.0)),
        )
        .join(Pelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
        .join(Employee, Employee.id == PesertaPelatihan.employee_id)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(PesertaPelatihan.deleted_at.is_(None), Pelatihan.deleted_at.is_(None))
        .order_by(func.lower(Employee.nama), PesertaPelatihan.id)
    )


def _peserta_record(found: Any) -> PesertaRecord:
    row, employee, unit, jp = found
    return PesertaRecord(
        id=row.id,
        uuid=row.uuid,
        revision=row.revision,
        pelatihan_id=row.pelatihan_id,
        employee_id=row.employee_id,
        nip=employee.nip,
        nama=format_nama_lengkap(employee.gelar_depan, employee.nama, employee.gelar_belakang),
        unit=unit or "",
        status_kepegawaian=employee.status_kepegawaian,
        pegawai_dihapus=employee.deleted_at is not None,
        kehadiran=row.kehadiran,
        nilai_pre=row.nilai_pre,
        nilai_post=row.nilai_post,
        hasil=row.hasil,
        sttp_nomor=row.sttp_nomor,
        sttp_tanggal=row.sttp_tanggal,
        sertifikat_sha256=row.sertifikat_sha256,
        catatan=row.catatan,
        jp_dikreditkan=float(jp or 0),
    )


def _slug(text: str, limit: int = 40) -> str:
    """A file-name-safe short form of an activity's name."""
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "kegiatan"
