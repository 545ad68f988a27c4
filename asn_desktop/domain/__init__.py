"""Domain rules of ASN Desktop: identifiers, names, ranks, positions, appraisal, policy, dates.

This package is the stable API for the db, services and ui layers. It uses the standard
library only, so importing it is cheap and safe in any process (CLI, tests, workers).
"""

from asn_desktop.domain.golongan import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    Golongan,
    GolonganError,
    golongan_by_id,
    golongan_by_ruang,
    golongan_label,
)
from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional, jenis_jabatan_of_jenjang
from asn_desktop.domain.kepegawaian import JenisKelamin, StatusKepegawaian, uses_nip
from asn_desktop.domain.kinerja import (
    NilaiDasar,
    Periode,
    Predikat,
    Rating,
    Skema,
    cek_pola_distribusi,
    periode,
    periode_tahun,
    predikat_dari_rating,
    predikat_kinerja,
)
from asn_desktop.domain.masukan import (
    DATE_FIELDS,
    INT_FIELDS,
    TEXT_FIELDS,
    DateRule,
    IntRule,
    TextRule,
    check_characters,
    check_date,
    check_fields,
    check_int_range,
    check_text,
    escape_for_terminal,
)
from asn_desktop.domain.nama import format_nama_lengkap, split_nama_bergelar, validate_nama
from asn_desktop.domain.nip import (
    Nip,
    NipError,
    NiPppk,
    format_nip,
    normalize_nip_text,
    parse_ni_pppk,
    parse_nip,
)
from asn_desktop.domain.pegawai import (
    EmployeeDraft,
    FieldProblem,
    normalize_employee,
    validate_employee,
)
from asn_desktop.domain.pensiun import masa_kerja, tanggal_pensiun, usia_bup
from asn_desktop.domain.policy import PolicyError, PolicyTable, PolicyVersion
from asn_desktop.domain.tanggal import (
    TanggalError,
    format_tanggal,
    format_tanggal_angka,
    parse_tanggal,
)

__all__ = [
    "DATE_FIELDS",
    "GOLONGAN_PNS",
    "GOLONGAN_PPPK",
    "INT_FIELDS",
    "TEXT_FIELDS",
    "DateRule",
    "EmployeeDraft",
    "FieldProblem",
    "Golongan",
    "GolonganError",
    "IntRule",
    "JenisJabatan",
    "JenisKelamin",
    "JenjangFungsional",
    "NiPppk",
    "NilaiDasar",
    "Nip",
    "NipError",
    "Periode",
    "PolicyError",
    "PolicyTable",
    "PolicyVersion",
    "Predikat",
    "Rating",
    "Skema",
    "StatusKepegawaian",
    "TanggalError",
    "TextRule",
    "cek_pola_distribusi",
    "check_characters",
    "check_date",
    "check_fields",
    "check_int_range",
    "check_text",
    "escape_for_terminal",
    "format_nama_lengkap",
    "format_nip",
    "format_tanggal",
    "format_tanggal_angka",
    "golongan_by_id",
    "golongan_by_ruang",
    "golongan_label",
    "jenis_jabatan_of_jenjang",
    "masa_kerja",
    "normalize_employee",
    "normalize_nip_text",
    "parse_ni_pppk",
    "parse_nip",
    "parse_tanggal",
    "periode",
    "periode_tahun",
    "predikat_dari_rating",
    "predikat_kinerja",
    "split_nama_bergelar",
    "tanggal_pensiun",
    "uses_nip",
    "usia_bup",
    "validate_employee",
    "validate_nama",
]
