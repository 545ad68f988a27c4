"""Domain rules of ASN Desktop: identifiers, names, ranks, positions, appraisal, policy, dates.

This package is the stable API for the db, services and ui layers. It uses the standard
library only, so importing it is cheap and safe in any process (CLI, tests, workers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

# The names are resolved on first use (PEP 562), so that `from asn_desktop.domain import
# format_nip` loads nip.py and what it needs, not every domain module: the GUI imports a
# few names on its start-up path and the rest (kinerja, policy, ...) would delay the first
# window. Type checkers read the real imports below.
if TYPE_CHECKING:
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
        FieldProblem,
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

# Public name -> the submodule that defines it.
_SUBMODULE: dict[str, str] = {
    "GOLONGAN_PNS": "golongan",
    "GOLONGAN_PPPK": "golongan",
    "Golongan": "golongan",
    "GolonganError": "golongan",
    "golongan_by_id": "golongan",
    "golongan_by_ruang": "golongan",
    "golongan_label": "golongan",
    "JenisJabatan": "jabatan",
    "JenjangFungsional": "jabatan",
    "jenis_jabatan_of_jenjang": "jabatan",
    "JenisKelamin": "kepegawaian",
    "StatusKepegawaian": "kepegawaian",
    "uses_nip": "kepegawaian",
    "NilaiDasar": "kinerja",
    "Periode": "kinerja",
    "Predikat": "kinerja",
    "Rating": "kinerja",
    "Skema": "kinerja",
    "cek_pola_distribusi": "kinerja",
    "periode": "kinerja",
    "periode_tahun": "kinerja",
    "predikat_dari_rating": "kinerja",
    "predikat_kinerja": "kinerja",
    "DATE_FIELDS": "masukan",
    "INT_FIELDS": "masukan",
    "TEXT_FIELDS": "masukan",
    "DateRule": "masukan",
    "IntRule": "masukan",
    "TextRule": "masukan",
    "check_characters": "masukan",
    "check_date": "masukan",
    "check_fields": "masukan",
    "check_int_range": "masukan",
    "check_text": "masukan",
    "escape_for_terminal": "masukan",
    "format_nama_lengkap": "nama",
    "split_nama_bergelar": "nama",
    "validate_nama": "nama",
    "Nip": "nip",
    "NipError": "nip",
    "NiPppk": "nip",
    "format_nip": "nip",
    "normalize_nip_text": "nip",
    "parse_ni_pppk": "nip",
    "parse_nip": "nip",
    "EmployeeDraft": "pegawai",
    "FieldProblem": "masukan",
    "normalize_employee": "pegawai",
    "validate_employee": "pegawai",
    "masa_kerja": "pensiun",
    "tanggal_pensiun": "pensiun",
    "usia_bup": "pensiun",
    "PolicyError": "policy",
    "PolicyTable": "policy",
    "PolicyVersion": "policy",
    "TanggalError": "tanggal",
    "format_tanggal": "tanggal",
    "format_tanggal_angka": "tanggal",
    "parse_tanggal": "tanggal",
}

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


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise accept any name as Any

    def __getattr__(name: str) -> Any:
        """A public name, imported from its submodule on first use and kept in the package."""
        submodule = _SUBMODULE.get(name)
        if submodule is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        # __import__, not importlib.import_module: `python -X importtime` lists only the
        # former, and start-up is profiled with it.
        value = getattr(__import__(f"{__name__}.{submodule}", fromlist=[name]), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted(set(globals()) | set(__all__))
