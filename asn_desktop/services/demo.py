"""Demo data: a believable Bandung agency with its employees and their career histories.

Everything is drawn from one ``random.Random(seed)`` (UUIDs included) and the timestamps are
derived from ``today``, so the same seed and day give the same database content. Rows are
built as plain dicts and written with SQLAlchemy Core in batches inside one transaction:
cancelling or failing half-way leaves the database as it was.

The generator fills a freshly initialised database only. Every generated identity passes
``validate_employee`` (checked for the first few hundred while generating, and by the tests
for whole sets); histories are consistent with the identifiers (first rank entry on TMT CPNS,
promotions every four years on the KP periods) and the employee row carries the newest
history entries, as the services keep it.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import random
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, delete, func, insert, or_, select
from sqlalchemy.exc import DBAPIError

from asn_desktop.db.models import (
    AppMeta,
    Employee,
    OrgUnit,
    PositionHistory,
    RankHistory,
    UnitHistory,
)
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.db.reference_models import RefJabatan
from asn_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    EmployeeDraft,
    JenisJabatan,
    JenjangFungsional,
    PolicyTable,
    StatusKepegawaian,
    masa_kerja,
    tanggal_pensiun,
    usia_bup,
    validate_employee,
)
from asn_desktop.domain.kenaikan_pangkat import periode_kp
from asn_desktop.resources import policy_data
from asn_desktop.services.database import AGENCY_CODE_KEY, AGENCY_NAME_KEY, CHANGE_SEQ_KEY

__all__ = ["DemoCancelled", "DemoSummary", "generate_demo"]

T = TypeVar("T")
Row = dict[str, Any]

BATCH_SIZE = 1000
# Employees checked with validate_employee while generating (the tests check whole sets).
VALIDATE_FIRST = 300
UPDATED_BY = "demo"
EMAIL_DOMAIN = "bandung.go.id"
# About one unit per this many employees once the agency's own tree is too small.
EMPLOYEES_PER_UNIT = 100

# Kenaikan pangkat periods: April and October until September 2025, monthly since
# 1 October 2025 (see DOMAIN.md section 6).
PPPK_YEARS = (2019, 2020, 2021, 2022, 2023, 2024, 2025)
PPPK_YEAR_WEIGHTS = (6, 3, 10, 20, 24, 22, 15)


class DemoCancelled(Exception):
    """The caller cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("Pembuatan data demo dibatalkan; basis data tidak diubah.")


@dataclass
class DemoSummary:
    employees: int
    units: int
    rank_history: int
    position_history: int
    unit_history: int
    seconds: float


# --------------------------------------------------------------------------------------
# Static material: agencies, places, names
# --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Profile:
    nama: str  # the root unit
    kepala: str  # title of the head of the agency
    sekretaris: str
    subbagian: tuple[str, ...]
    bidang: tuple[tuple[str, tuple[str, ...]], ...]
    upt: tuple[str, ...]
    keahlian: tuple[tuple[str, int], ...]  # functional position families with weights
    keterampilan: tuple[tuple[str, int], ...]
    pelaksana_s1: tuple[str, ...]  # agency-specific pelaksana names (SIASN catalogue)
    pelaksana_d3: tuple[str, ...]


_SUBBAGIAN = (
    "Subbagian Umum dan Kepegawaian",
    "Subbagian Keuangan",
    "Subbagian Program dan Pelaporan",
)

_PROFILES: dict[str, _Profile] = {
    "DISKOMINFO": _Profile(
        nama="Dinas Komunikasi dan Informatika Kota Bandung",
        kepala="Kepala Dinas Komunikasi dan Informatika",
        sekretaris="Sekretaris Dinas",
        subbagian=_SUBBAGIAN,
        bidang=(
            (
                "Bidang Informasi dan Komunikasi Publik",
                (
                    "Seksi Pengelolaan Informasi Publik",
                    "Seksi Pengelolaan Komunikasi Publik",
                    "Seksi Layanan Hubungan Media",
                ),
            ),
            (
                "Bidang Aplikasi Informatika",
                (
                    "Seksi Pengembangan Aplikasi",
                    "Seksi Layanan E-Government",
                    "Seksi Pengelolaan Nama Domain dan Situs",
                ),
            ),
            (
                "Bidang Infrastruktur Teknologi Informasi dan Komunikasi",
                (
                    "Seksi Infrastruktur Jaringan",
                    "Seksi Pusat Data",
                    "Seksi Integrasi Sistem",
                ),
            ),
            (
                "Bidang Persandian dan Keamanan Informasi",
                ("Seksi Persandian", "Seksi Keamanan Informasi"),
            ),
            (
                "Bidang Statistik",
                ("Seksi Pengelolaan Data Statistik", "Seksi Diseminasi Data"),
            ),
        ),
        upt=("UPT Bandung Command Center", "UPT Pengelolaan Jaringan dan Menara Telekomunikasi"),
        keahlian=(
            ("Pranata Komputer", 8),
            ("Pranata Hubungan Masyarakat", 5),
            ("Statistisi", 3),
            ("Sandiman", 3),
            ("Manggala Informatika", 2),
            ("Arsiparis", 1),
            ("Perencana", 2),
            ("Analis Sumber Daya Manusia Aparatur", 1),
            ("Pengelola Pengadaan Barang/Jasa", 1),
            ("Analis Kebijakan", 2),
        ),
        keterampilan=(
            ("Pranata Komputer", 6),
            ("Pranata Hubungan Masyarakat", 3),
            ("Statistisi", 1),
            ("Sandiman", 2),
            ("Arsiparis", 2),
            ("Pranata Sumber Daya Manusia Aparatur", 1),
        ),
        pelaksana_s1=(
            "ANALIS SISTEM INFORMASI",
            "PENGELOLA SISTEM DAN JARINGAN",
            "PENGELOLA TEKNOLOGI INFORMASI",
            "PENGELOLA LAYANAN INFORMASI",
            "ANALIS DATA DAN INFORMASI",
        ),
        pelaksana_d3=("TEKNISI JARINGAN", "PENGOLAH DATA DAN INFORMASI"),
    ),
    "BKPSDM": _Profile(
        nama="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung",
        kepala="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        sekretaris="Sekretaris Badan",
        subbagian=_SUBBAGIAN,
        bidang=(
            (
                "Bidang Pengadaan, Pemberhentian dan Informasi",
                ("Subbidang Pengadaan dan Pemberhentian", "Subbidang Data dan Informasi"),
            ),
            (
                "Bidang Mutasi dan Promosi",
                ("Subbidang Mutasi", "Subbidang Promosi dan Kepangkatan"),
            ),
            (
                "Bidang Pengembangan Kompetensi Aparatur",
                ("Subbidang Pendidikan Formal", "Subbidang Pelatihan Teknis dan Fungsional"),
            ),
            (
                "Bidang Penilaian Kinerja Aparatur dan Penghargaan",
                (
                    "Subbidang Penilaian Kinerja",
                    "Subbidang Penghargaan, Disiplin dan Kesejahteraan",
                ),
            ),
        ),
        upt=("UPT Asesmen Kompetensi Aparatur",),
        keahlian=(
            ("Analis Sumber Daya Manusia Aparatur", 8),
            ("Asesor Sumber Daya Manusia Aparatur", 3),
            ("Auditor Kepegawaian", 1),
            ("Arsiparis", 1),
            ("Pranata Komputer", 2),
            ("Perencana", 1),
            ("Analis Kebijakan", 1),
        ),
        keterampilan=(
            ("Pranata Sumber Daya Manusia Aparatur", 6),
            ("Arsiparis", 2),
            ("Pranata Komputer", 2),
        ),
        pelaksana_s1=("ANALIS KEPEGAWAIAN", "ANALIS DATA DAN INFORMASI"),
        pelaksana_d3=("PENGELOLA KEPEGAWAIAN", "PENGADMINISTRASI KEPEGAWAIAN"),
    ),
}

# Functional families for units outside the agency's own tree (the kecamatan-like units
# added for large sets) and for agency codes without a profile.
_GENERAL_KEAHLIAN: tuple[tuple[str, int], ...] = (
    ("Analis Kebijakan", 3),
    ("Arsiparis", 1),
    ("Perencana", 2),
    ("Pranata Komputer", 1),
    ("Analis Hukum", 1),
    ("Analis Sumber Daya Manusia Aparatur", 1),
)
_GENERAL_KETERAMPILAN: tuple[tuple[str, int], ...] = (
    ("Arsiparis", 2),
    ("Pranata Komputer", 1),
    ("Penata Laksana Barang", 1),
    ("Pranata Sumber Daya Manusia Aparatur", 1),
)


def _generic_profile(code: str) -> _Profile:
    return _Profile(
        nama=f"Perangkat Daerah {code} Kota Bandung",
        kepala=f"Kepala Perangkat Daerah {code}",
        sekretaris="Sekretaris",
        subbagian=_SUBBAGIAN,
        bidang=(
            ("Bidang Pelayanan", ("Seksi Pelayanan Umum", "Seksi Pelayanan Teknis")),
            ("Bidang Pembinaan", ("Seksi Pembinaan", "Seksi Pengembangan")),
            ("Bidang Pengendalian", ("Seksi Pengawasan", "Seksi Evaluasi")),
            ("Bidang Data dan Informasi", ("Seksi Data", "Seksi Informasi")),
        ),
        upt=(f"UPT Pelayanan {code.title()}",),
        keahlian=_GENERAL_KEAHLIAN,
        keterampilan=_GENERAL_KETERAMPILAN,
        pelaksana_s1=(),
        pelaksana_d3=(),
    )


# SIASN jabatanPelaksana names by education (matched case-insensitively in ref_jabatan).
_PELAKSANA_SMA = (
    "PENGADMINISTRASI UMUM",
    "PENGADMINISTRASI PERSURATAN",
    "PENGADMINISTRASI KEUANGAN",
    "PENGADMINISTRASI PERKANTORAN",
    "PENGEMUDI",
    "PENGELOLA SARANA DAN PRASARANA KANTOR",
)
_PELAKSANA_D3 = (
    "PENGOLAH DATA",
    "PENGELOLA DATA",
    "PENGELOLA KEUANGAN",
    "BENDAHARA",
    "PENGELOLA BARANG MILIK DAERAH",
    "PENGELOLA KEPEGAWAIAN",
)
_PELAKSANA_S1 = (
    "ANALIS KEBIJAKAN",
    "ANALIS KEPEGAWAIAN",
    "PENYUSUN RENCANA KEGIATAN DAN ANGGARAN",
    "VERIFIKATOR KEUANGAN",
    "ANALIS PERENCANAAN, EVALUASI DAN PELAPORAN",
    "ANALIS DATA DAN INFORMASI",
)
# Names used for PPPK appointed from 2024 on.
_PELAKSANA_PPPK_BARU = {
    "SMA": "OPERATOR LAYANAN OPERASIONAL",
    "D3": "PENGELOLA LAYANAN OPERASIONAL",
    "S1": "PENATA LAYANAN OPERASIONAL",
}

_OTHER_AGENCIES = (
    "Sekretariat Daerah Kota Bandung",
    "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Kota Bandung",
    "Badan Keuangan dan Aset Daerah Kota Bandung",
    "Dinas Kependudukan dan Pencatatan Sipil Kota Bandung",
    "Dinas Perhubungan Kota Bandung",
    "Dinas Pendidikan Kota Bandung",
    "Dinas Kesehatan Kota Bandung",
    "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung",
    "Satuan Polisi Pamong Praja Kota Bandung",
    "Dinas Lingkungan Hidup Kota Bandung",
    "Inspektorat Kota Bandung",
    "Dinas Sosial Kota Bandung",
    "Dinas Komunikasi dan Informatika Kota Bandung",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung",
)
_OTHER_PENGAWAS_TITLES = (
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Keuangan",
    "Kepala Seksi Pengolahan Data dan Informasi",
    "Kepala Seksi Pelayanan",
)
_OTHER_ADMIN_TITLES = ("Sekretaris", "Kepala Bidang Perencanaan dan Pengendalian")

# The 30 kecamatan of Kota Bandung with their kelurahan (used for addresses and, in large
# sets, as extra units).
_KECAMATAN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Andir", ("Campaka", "Ciroyom", "Dungus Cariang", "Garuda", "Kebon Jeruk", "Maleber")),
    ("Antapani", ("Antapani Kidul", "Antapani Kulon", "Antapani Tengah", "Antapani Wetan")),
    ("Arcamanik", ("Cisaranten Bina Harapan", "Cisaranten Endah", "Cisaranten Kulon",
                   "Sukamiskin")),
    ("Astanaanyar", ("Cibadak", "Karanganyar", "Karasak", "Nyengseret", "Panjunan",
                     "Pelindung Hewan")),
    ("Babakan Ciparay", ("Babakan", "Babakan Ciparay", "Cirangrang", "Margahayu Utara",
                         "Margasuka", "Sukahaji")),
    ("Bandung Kidul", ("Batununggal", "Kujangsari", "Mengger", "Wates")),
    ("Bandung Kulon", ("Caringin", "Cibuntu", "Cigondewah Kaler", "Cigondewah Kidul",
                       "Cigondewah Rahayu", "Cijerah", "Gempolsari", "Warung Muncang")),
    ("Bandung Wetan", ("Cihapit", "Citarum", "Tamansari")),
    ("Batununggal", ("Binong", "Cibangkong", "Gumuruh", "Kacapiring", "Kebon Gedang",
                     "Kebonwaru", "Maleer", "Samoja")),
    ("Bojongloa Kaler", ("Babakan Asih", "Babakan Tarogong", "Jamika", "Kopo", "Suka Asih")),
    ("Bojongloa Kidul", ("Cibaduyut", "Cibaduyut Kidul", "Cibaduyut Wetan", "Kebon Lega",
                         "Mekarwangi", "Situsaeur")),
    ("Buahbatu", ("Cijawura", "Jatisari", "Margasari", "Sekejati")),
    ("Cibeunying Kaler", ("Cigadung", "Cihaurgeulis", "Neglasari", "Sukaluyu")),
    ("Cibeunying Kidul", ("Cicadas", "Cikutra", "Padasuka", "Pasirlayung", "Sukamaju",
                          "Sukapada")),
    ("Cibiru", ("Cipadung", "Cisurupan", "Palasari", "Pasirbiru")),
    ("Cicendo", ("Arjuna", "Husen Sastranegara", "Pajajaran", "Pamoyanan", "Pasirkaliki",
                 "Sukaraja")),
    ("Cidadap", ("Ciumbuleuit", "Hegarmanah", "Ledeng")),
    ("Cinambo", ("Babakan Penghulu", "Cisaranten Wetan", "Pakemitan", "Sukamulya")),
    ("Coblong", ("Cipaganti", "Dago", "Lebak Gede", "Lebak Siliwangi", "Sadang Serang",
                 "Sekeloa")),
    ("Gedebage", ("Cimincrang", "Cisaranten Kidul", "Rancabolang", "Rancanumpang")),
    ("Kiaracondong", ("Babakan Sari", "Babakan Surabaya", "Cicaheum", "Kebon Kangkung",
                      "Kebun Jayanti", "Sukapura")),
    ("Lengkong", ("Burangrang", "Cijagra", "Cikawao", "Lingkar Selatan", "Malabar",
                  "Paledang", "Turangga")),
    ("Mandalajati", ("Jatihandap", "Karang Pamulang", "Pasir Impun", "Sindangjaya")),
    ("Panyileukan", ("Cipadung Kidul", "Cipadung Kulon", "Cipadung Wetan", "Mekarmulya")),
    ("Rancasari", ("Cipamokolan", "Darwati", "Manjahlega", "Mekar Jaya")),
    ("Regol", ("Ancol", "Balonggede", "Ciateul", "Cigereleng", "Ciseureuh", "Pasirluyu",
               "Pungkur")),
    ("Sukajadi", ("Cipedes", "Pasteur", "Sukabungah", "Sukagalih", "Sukawarna")),
    ("Sukasari", ("Gegerkalong", "Isola", "Sarijadi", "Sukarasa")),
    ("Sumur Bandung", ("Babakan Ciamis", "Braga", "Kebon Pisang", "Merdeka")),
    ("Ujungberung", ("Cigending", "Pasanggrahan", "Pasir Endah", "Pasirjati", "Pasirwangi")),
)  # fmt: skip

_SEKSI_KECAMATAN = (
    "Seksi Pemerintahan",
    "Seksi Ketenteraman dan Ketertiban Umum",
    "Seksi Ekonomi dan Pembangunan",
    "Seksi Kesejahteraan Sosial",
)

_JALAN = (
    "Jl. Soekarno-Hatta", "Jl. Cibaduyut Raya", "Jl. Terusan Jakarta", "Jl. Ir. H. Juanda",
    "Jl. Buah Batu", "Jl. Pasteur", "Jl. Dr. Setiabudi", "Jl. Cijerah", "Jl. Kiaracondong",
    "Jl. Ciumbuleuit", "Jl. Sukajadi", "Jl. Gegerkalong Hilir", "Jl. Cigadung Raya",
    "Jl. A.H. Nasution", "Jl. Rumah Sakit", "Jl. Holis", "Jl. Kopo", "Jl. Moh. Toha",
    "Jl. Cikutra", "Jl. Sarijadi Raya", "Jl. Antapani Lama", "Jl. Pelajar Pejuang 45",
    "Jl. Turangga", "Jl. Sekeloa", "Jl. Cibiru Hilir", "Jl. Rancabolang",
    "Gg. Sukamulya", "Komp. Margahayu Raya", "Komp. Griya Caraka", "Perum Bumi Asri",
)  # fmt: skip

_TEMPAT_LAHIR = (
    ("Bandung", 45), ("Cimahi", 5), ("Garut", 6), ("Tasikmalaya", 5), ("Sumedang", 5),
    ("Cianjur", 4), ("Sukabumi", 3), ("Ciamis", 4), ("Subang", 3), ("Kuningan", 2),
    ("Majalengka", 3), ("Purwakarta", 2), ("Bogor", 2), ("Cirebon", 3), ("Indramayu", 2),
    ("Karawang", 1), ("Bekasi", 1), ("Banjar", 1), ("Soreang", 1), ("Lembang", 1),
    ("Pangandaran", 1),
)  # fmt: skip

_LAKI_LAMA = (
    "Asep", "Dadang", "Ujang", "Cecep", "Yayan", "Agus", "Budi", "Hendra", "Iwan", "Deden",
    "Dodi", "Jajang", "Ade", "Endang", "Usep", "Tatang", "Wawan", "Rudi", "Dedi", "Yudi",
    "Aep", "Ayi", "Dadan", "Nana", "Oman", "Engkus", "Tedi", "Heri", "Eko", "Bambang",
    "Ahmad", "Yusuf", "Hadi", "Ridwan", "Taufik", "Yana", "Irfan", "Rahmat", "Dede", "Encep",
)  # fmt: skip
_LAKI_MUDA = (
    "Rizky", "Fajar", "Gilang", "Ilham", "Fikri", "Rangga", "Dimas", "Aditya", "Yoga", "Reza",
    "Arief", "Galih", "Bayu", "Rendy", "Andika", "Fauzan", "Hilman", "Rifqi", "Ikhsan", "Zaki",
    "Ginanjar", "Firman", "Asep", "Agus", "Dede", "Cecep", "Hendra", "Irfan",
)  # fmt: skip
_PEREMPUAN_LAMA = (
    "Euis", "Neneng", "Rina", "Siti", "Dewi", "Nurul", "Tati", "Yati", "Iis", "Imas",
    "Entin", "Eti", "Lilis", "Ratna", "Rini", "Yuyun", "Nining", "Popon", "Cucu", "Elis",
    "Nia", "Wulan", "Sri", "Ani", "Yanti", "Dian", "Tuti", "Heni", "Evi", "Nenden", "Teti",
    "Enok", "Dedeh", "Nani",
)  # fmt: skip
_PEREMPUAN_MUDA = (
    "Fitri", "Rika", "Desi", "Intan", "Ayu", "Citra", "Putri", "Nadia", "Anisa", "Rizka",
    "Gina", "Shinta", "Vina", "Mega", "Sarah", "Tiara", "Dinda", "Resti", "Silvi", "Siti",
    "Dewi", "Nurul", "Rina", "Euis", "Neneng",
)  # fmt: skip
_NAMA_BELAKANG_L = (
    "Sutisna", "Suryana", "Hidayat", "Permana", "Kurniawan", "Setiawan", "Nugraha", "Saputra",
    "Gunawan", "Ramdhani", "Firmansyah", "Mulyana", "Sopandi", "Supriatna", "Hermawan",
    "Somantri", "Sudrajat", "Wijaya", "Ruhimat", "Kusnadi", "Rukmana", "Maulana", "Prasetyo",
    "Rusmana", "Suherman", "Hendrayana", "Sukmana", "Iskandar", "Hamdani", "Gumilar",
    "Nurdin", "Santosa", "Syarif", "Fauzi", "Ramadhan", "Pratama", "Kusuma", "Hakim",
    "Darmawan", "Komarudin",
)  # fmt: skip
_NAMA_BELAKANG_P = (
    "Rahmawati", "Lestari", "Nurhayati", "Kurniasih", "Handayani", "Sulastri", "Komalasari",
    "Purnamasari", "Rosmiati", "Suryani", "Herawati", "Mulyani", "Fitriani", "Wulandari",
    "Setiawati", "Nurjanah", "Kartika", "Anggraeni", "Rahayu", "Maryani", "Sumiati",
    "Marlina", "Susanti", "Novianti", "Puspitasari", "Agustina", "Permatasari", "Oktaviani",
    "Yuliani", "Hasanah",
)  # fmt: skip

# Academic degrees: S1 degree -> the S2 degrees that usually follow it.
_S1 = (("S.Kom.", 6), ("S.T.", 5), ("S.Sos.", 3), ("S.I.Kom.", 2), ("S.E.", 3),
       ("S.H.", 2), ("S.AP.", 2), ("S.Si.", 1))  # fmt: skip
_S2_AFTER = {
    "S.Kom.": ("M.Kom.", "M.T.", "M.M."),
    "S.T.": ("M.T.", "M.Kom.", "M.M."),
    "S.Sos.": ("M.Si.", "M.AP.", "M.M."),
    "S.I.Kom.": ("M.I.Kom.", "M.Si."),
    "S.E.": ("M.M.", "M.Si.", "M.Ak."),
    "S.H.": ("M.H.", "M.Si."),
    "S.AP.": ("M.AP.", "M.Si."),
    "S.Si.": ("M.Si.", "M.T."),
}
_D3 = (("A.Md.", 5), ("A.Md.Kom.", 3), ("A.Md.Ak.", 2))
# Older graduates carry the pre-1990s front title instead of the S1 back title.
_OLD_FRONT_FOR = {"S.T.": "Ir.", "S.Si.": "Drs.", "S.Sos.": "Drs.", "S.E.": "Drs.",
                  "S.AP.": "Drs."}  # fmt: skip

_TELEPON_PREFIX = ("0811", "0812", "0813", "0821", "0822", "0823", "0852", "0853", "0857",
                   "0858", "0877", "0878", "0881", "0895", "0896", "0897", "0898")  # fmt: skip

# Head positions per unit kind: (jenis jabatan, SIASN eselon id).
_HEAD_OF_KIND: dict[str, tuple[JenisJabatan, str]] = {
    "root": (JenisJabatan.JPT, "22"),
    "sekretariat": (JenisJabatan.ADMINISTRATOR, "31"),
    "bidang": (JenisJabatan.ADMINISTRATOR, "32"),
    "subbagian": (JenisJabatan.PENGAWAS, "41"),
    "seksi": (JenisJabatan.PENGAWAS, "41"),
    "upt": (JenisJabatan.PENGAWAS, "41"),
    "upt_tu": (JenisJabatan.PENGAWAS, "42"),
    "kecamatan": (JenisJabatan.ADMINISTRATOR, "31"),
    "sekcam": (JenisJabatan.ADMINISTRATOR, "32"),
    "seksi_kec": (JenisJabatan.PENGAWAS, "41"),
    "kelurahan": (JenisJabatan.PENGAWAS, "41"),
}
_PENGAWAS_KINDS = frozenset({"subbagian", "seksi", "upt", "upt_tu", "seksi_kec", "kelurahan"})
_ADMIN_KINDS = frozenset({"sekretariat", "bidang", "kecamatan", "sekcam"})

# Golongan a head holds at most (weighted) and needs at least when appointed, per eselon.
_HEAD_TARGET: dict[str, tuple[tuple[int, int], ...]] = {
    "22": ((43, 6), (42, 2), (44, 1)),
    "31": ((41, 5), (42, 4)),
    "32": ((34, 4), (41, 5)),
    "41": ((33, 4), (34, 5), (41, 1)),
    "42": ((32, 4), (33, 5)),
}
_HEAD_MIN: dict[str, int] = {"22": 42, "31": 34, "32": 34, "41": 32, "42": 32}

_GOL_INDEX: dict[int, int] = {g.id: i for i, g in enumerate(GOLONGAN_PNS)}
_ENTRY_GOLONGAN = {"SMA": 21, "D3": 23, "S1": 31, "S2": 32}
_PPPK_BY_RUANG = {g.ruang: g.id for g in GOLONGAN_PPPK}
_PPPK_GOLONGAN = {
    "SMA": _PPPK_BY_RUANG["V"],
    "D3": _PPPK_BY_RUANG["VII"],
    "S1": _PPPK_BY_RUANG["IX"],
    "S2": _PPPK_BY_RUANG["X"],
}
_PELAKSANA_CAP = {"SMA": 32, "D3": 33, "S1": 34, "S2": 34}
# Ahli madya usually ends at IV/a-IV/c; few reach IV/c.
_KEAHLIAN_CAPS = ((41, 35), (42, 40), (43, 25))
# Most functional positions of a Pemda came with the 2008-2019 regulations and the
# 2021-2022 penyetaraan; nobody moves into one before this.
_FUNGSIONAL_FROM = date(2008, 1, 1)
_KETERAMPILAN_CAP = 34
# Share of PNS (regular, i.e. not unit heads) by kind of position.
_KIND_WEIGHTS_PNS = ((JenisJabatan.PELAKSANA, 62), (JenisJabatan.FUNGSIONAL_KEAHLIAN, 28),
                     (JenisJabatan.FUNGSIONAL_KETERAMPILAN, 10))  # fmt: skip
_KIND_WEIGHTS_NEW = ((JenisJabatan.PELAKSANA, 38), (JenisJabatan.FUNGSIONAL_KEAHLIAN, 45),
                     (JenisJabatan.FUNGSIONAL_KETERAMPILAN, 17))  # fmt: skip
# Delay (months) of a regular promotion beyond the four years.
_KP_DELAYS = ((0, 55), (6, 20), (12, 12), (24, 8), (48, 5))
_AGE_BANDS_PNS = ((24, 29, 7), (30, 34, 10), (35, 39, 14), (40, 44, 16), (45, 49, 18),
                  (50, 54, 22), (55, 57, 13))  # fmt: skip
_AGE_BANDS_PPPK = ((24, 29, 15), (30, 39, 35), (40, 49, 35), (50, 56, 15))
_ENTRY_AGE = {"SMA": (19, 30), "D3": (21, 32), "S1": (22, 35), "S2": (25, 35)}

_KEAHLIAN_ORDER = (JenjangFungsional.PT, JenjangFungsional.MU, JenjangFungsional.MA,
                   JenjangFungsional.UT)  # fmt: skip
_KETERAMPILAN_ORDER = (JenjangFungsional.PM, JenjangFungsional.TR, JenjangFungsional.MH,
                       JenjangFungsional.PY)  # fmt: skip


def _jenjang_for_golongan(jenis: JenisJabatan, golongan_id: int) -> JenjangFungsional:
    if jenis is JenisJabatan.FUNGSIONAL_KEAHLIAN:
        if golongan_id <= 32:
            return JenjangFungsional.PT
        if golongan_id <= 34:
            return JenjangFungsional.MU
        if golongan_id <= 43:
            return JenjangFungsional.MA
        return JenjangFungsional.UT
    if golongan_id <= 21:
        return JenjangFungsional.PM
    if golongan_id <= 24:
        return JenjangFungsional.TR
    if golongan_id <= 32:
        return JenjangFungsional.MH
    return JenjangFungsional.PY


# --------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------


def _month_index(d: date) -> int:
    return d.year * 12 + d.month - 1


def _month_start(index: int) -> date:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


def _add_months(d: date, months: int) -> date:
    year, month = divmod(_month_index(d) + months, 12)
    day = min(d.day, calendar.monthrange(year, month + 1)[1])
    return date(year, month + 1, day)


def _next_month_start(d: date) -> date:
    """``d`` itself if it is the first of a month, else the first of the next month."""
    return d if d.day == 1 else _month_start(_month_index(d) + 1)


# --------------------------------------------------------------------------------------
# Working structures
# --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Unit:
    id: int
    kode: str
    nama: str
    parent: _Unit | None
    path: str
    urutan: int
    kind: str
    head_title: str
    general: bool  # outside the agency's own tree (kecamatan-like units)

    @property
    def head(self) -> tuple[JenisJabatan, str]:
        return _HEAD_OF_KIND[self.kind]


@dataclass(frozen=True, slots=True)
class _Jabatan:
    nama: str
    ref_id: str
    jenis: JenisJabatan
    jenjang: str
    usia_bup: int


# A place of work: (org_unit id or None for another agency, name as it was).
_Place = tuple[int | None, str]


@dataclass(slots=True)
class _Rank:
    tmt: date
    golongan_id: int
    jenis_kp: str
    keterangan: str
    sk: tuple[str, date]
    masa_kerja: tuple[int, int]


@dataclass(slots=True)
class _Position:
    tmt: date
    jabatan: _Jabatan
    eselon: str
    sk: tuple[str, date]
    unit_nama: str = ""


@dataclass(slots=True)
class _Placement:
    tmt: date
    place: _Place
    keterangan: str
    sk: tuple[str, date]


@dataclass(slots=True)
class _Career:
    status: StatusKepegawaian
    sex: str
    birth: date
    edu_entry: str
    edu_final: str
    ident: str = ""
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    ranks: list[_Rank] = field(default_factory=list)
    positions: list[_Position] = field(default_factory=list)
    placements: list[_Placement] = field(default_factory=list)
    head: bool = False


@dataclass(frozen=True, slots=True)
class _Plan:
    status: StatusKepegawaian
    kind: JenisJabatan
    head_unit: _Unit | None = None


class _Weighted:
    """A weighted choice with precomputed cumulative weights."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


# --------------------------------------------------------------------------------------
# The generator
# --------------------------------------------------------------------------------------


class _Generator:
    def __init__(
        self,
        conn: Connection,
        *,
        seed: int,
        today: date,
        agency_code: str,
        first_change_seq: int,
    ) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.agency_code = agency_code
        self.profile = _PROFILES.get(agency_code.upper()) or _generic_profile(agency_code)
        self.seq = first_change_seq - 1
        self.stamp = datetime(today.year, today.month, today.day, 7, 30, tzinfo=UTC)
        self.policy = PolicyTable.from_dict(policy_data("bup"))
        self.kp_policy = PolicyTable.from_dict(policy_data("kp_periode"))
        self._bup_cache: dict[tuple[JenisJabatan, str, int | None], int] = {}
        self.units: list[_Unit] = []
        self._children: dict[int, int] = {}
        self._nip_serial: dict[str, int] = {}
        self._nik_serial: dict[str, int] = {}
        self._emails: set[str] = set()
        self._load_catalogue(conn)
        self._tempat = _Weighted(_TEMPAT_LAHIR)
        self._s1 = _Weighted(_S1)
        self._d3 = _Weighted(_D3)
        self._kp_delay = _Weighted(_KP_DELAYS)
        self._age_pns = _Weighted([((lo, hi), w) for lo, hi, w in _AGE_BANDS_PNS])
        self._age_pppk = _Weighted([((lo, hi), w) for lo, hi, w in _AGE_BANDS_PPPK])
        self._kind_pns = _Weighted(_KIND_WEIGHTS_PNS)
        self._kind_new = _Weighted(_KIND_WEIGHTS_NEW)
        self._edu_pelaksana_pns = _Weighted((("SMA", 35), ("D3", 20), ("S1", 42), ("S2", 3)))
        self._edu_pelaksana_new = _Weighted((("SMA", 40), ("D3", 25), ("S1", 35)))
        self._keahlian_cap = _Weighted(_KEAHLIAN_CAPS)
        self._head_targets = {k: _Weighted(v) for k, v in _HEAD_TARGET.items()}
        self._pppk_year = _Weighted(
            [(y, w) for y, w in zip(PPPK_YEARS, PPPK_YEAR_WEIGHTS, strict=True)
             if y <= today.year]
        )  # fmt: skip
        self.other_agencies = tuple(a for a in _OTHER_AGENCIES if a != self.profile.nama)

    # -- helpers ------------------------------------------------------------------------

    def _pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def _uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def exchange(self) -> Row:
        self.seq += 1
        return {
            "uuid": self._uuid(),
            "revision": 1,
            "change_seq": self.seq,
            "updated_at": self.stamp,
            "updated_by": UPDATED_BY,
            "origin_agency": self.agency_code,
            "deleted_at": None,
        }

    def _random_day(self, lo: date, hi: date) -> date:
        if hi <= lo:
            return lo
        return date.fromordinal(self.rng.randint(lo.toordinal(), hi.toordinal()))

    def _random_month_start(self, lo: date, hi: date) -> date:
        """A first-of-month in [lo, hi] (lo rounded up); lo's month start if none fits."""
        first = _month_index(_next_month_start(lo))
        last = _month_index(hi)
        if last < first:
            return _month_start(first)
        return _month_start(self.rng.randint(first, last))

    def _sk(self, kode: str, tmt: date) -> tuple[str, date]:
        tanggal = tmt - timedelta(days=self.rng.randint(12, 55))
        year = tanggal.year
        issuer = "BKD" if year < 2008 else ("BKPP" if year < 2017 else "BKPSDM")
        return f"{kode}/Kep.{self.rng.randint(101, 4999)}-{issuer}/{year}", tanggal

    def _bup(self, jenis: JenisJabatan, jenjang: str, catalogue: int | None) -> int:
        key = (jenis, jenjang, catalogue)
        found = self._bup_cache.get(key)
        if found is None:
            found = usia_bup(
                self.policy,
                jenis,
                JenjangFungsional(jenjang) if jenjang else None,
                on=self.today,
                usia_bup_jabatan=catalogue,
            )
            self._bup_cache[key] = found
        return found

    # -- catalogue ----------------------------------------------------------------------

    def _load_catalogue(self, conn: Connection) -> None:
        profile = self.profile
        pelaksana_names = {
            *_PELAKSANA_SMA, *_PELAKSANA_D3, *_PELAKSANA_S1,
            *profile.pelaksana_s1, *profile.pelaksana_d3, *_PELAKSANA_PPPK_BARU.values(),
        }  # fmt: skip
        found: dict[str, tuple[str, str]] = {}
        for ref_id, nama in conn.execute(
            select(RefJabatan.id, RefJabatan.nama)
            .where(
                RefJabatan.katalog == "pelaksana",
                func.upper(RefJabatan.nama).in_(sorted(pelaksana_names)),
            )
            .order_by(RefJabatan.id)
        ):
            found.setdefault(nama.upper(), (ref_id, nama))

        def pelaksana(name: str) -> _Jabatan:
            ref_id, nama = found.get(name, ("", name))
            return _Jabatan(
                nama,
                ref_id,
                JenisJabatan.PELAKSANA,
                "",
                self._bup(JenisJabatan.PELAKSANA, "", None),
            )

        self.pelaksana: dict[str, tuple[_Jabatan, ...]] = {
            "SMA": tuple(pelaksana(n) for n in _PELAKSANA_SMA),
            "D3": tuple(pelaksana(n) for n in _PELAKSANA_D3 + profile.pelaksana_d3),
            "S1": tuple(pelaksana(n) for n in _PELAKSANA_S1 + profile.pelaksana_s1),
        }
        self.pelaksana["S2"] = self.pelaksana["S1"]
        self.pelaksana_general: dict[str, tuple[_Jabatan, ...]] = {
            "SMA": self.pelaksana["SMA"],
            "D3": tuple(pelaksana(n) for n in _PELAKSANA_D3),
            "S1": tuple(pelaksana(n) for n in _PELAKSANA_S1),
        }
        self.pelaksana_general["S2"] = self.pelaksana_general["S1"]
        self.pelaksana_pppk = {k: pelaksana(v) for k, v in _PELAKSANA_PPPK_BARU.items()}
        self.pelaksana_pppk["S2"] = self.pelaksana_pppk["S1"]

        families = {name for name, _ in profile.keahlian + profile.keterampilan}
        families |= {name for name, _ in _GENERAL_KEAHLIAN + _GENERAL_KETERAMPILAN}
        rows: dict[str, tuple[str, str, int | None]] = {}
        have_catalogue = bool(
            conn.execute(select(func.count()).select_from(RefJabatan)).scalar_one()
        )
        for ref_id, nama, jenjang, bup in conn.execute(
            select(RefJabatan.id, RefJabatan.nama, RefJabatan.jenjang, RefJabatan.usia_bup)
            .where(
                RefJabatan.katalog == "fungsional",
                RefJabatan.jenis_jabatan.like("FUNGSIONAL%"),
                or_(*(RefJabatan.nama.like(f"{f}%") for f in sorted(families))),
            )
            .order_by(RefJabatan.id)
        ):
            rows.setdefault(f"{nama}|{jenjang}", (ref_id, nama, bup))

        def family(
            name: str, jenis: JenisJabatan, *, invent: bool = False
        ) -> dict[str, _Jabatan] | None:
            """The levels of one functional family; names are invented only without a
            catalogue (a database opened without loading the SIASN reference)."""
            order = (
                _KEAHLIAN_ORDER
                if jenis is JenisJabatan.FUNGSIONAL_KEAHLIAN
                else _KETERAMPILAN_ORDER
            )
            levels: dict[str, _Jabatan] = {}
            for jenjang in order:
                full = f"{name} {jenjang.label}"
                row = rows.get(f"{full}|{jenjang.value}")
                if row is not None:
                    ref_id, nama, bup = row
                    levels[jenjang.value] = _Jabatan(
                        nama, ref_id, jenis, jenjang.value, self._bup(jenis, jenjang.value, bup)
                    )
                elif invent or not have_catalogue:
                    levels[jenjang.value] = _Jabatan(
                        full, "", jenis, jenjang.value, self._bup(jenis, jenjang.value, None)
                    )
            if not levels:
                return None
            # A missing level borrows the nearest one (first upwards, then downwards).
            for i, jenjang in enumerate(order):
                if jenjang.value not in levels:
                    ahead = [j for j in order[i + 1 :] if j.value in levels]
                    behind = [j for j in reversed(order[:i]) if j.value in levels]
                    levels[jenjang.value] = levels[(ahead or behind)[0].value]
            return levels

        def pool(pairs: tuple[tuple[str, int], ...], jenis: JenisJabatan) -> _Weighted:
            built = [(levels, w) for name, w in pairs if (levels := family(name, jenis))]
            if not built:
                built = [(family(name, jenis, invent=True) or {}, w) for name, w in pairs]
            return _Weighted(built)

        keahlian = JenisJabatan.FUNGSIONAL_KEAHLIAN
        keterampilan = JenisJabatan.FUNGSIONAL_KETERAMPILAN
        self.families: dict[tuple[bool, JenisJabatan], _Weighted] = {
            (False, keahlian): pool(profile.keahlian, keahlian),
            (False, keterampilan): pool(profile.keterampilan, keterampilan),
            (True, keahlian): pool(_GENERAL_KEAHLIAN, keahlian),
            (True, keterampilan): pool(_GENERAL_KETERAMPILAN, keterampilan),
        }

    # -- units --------------------------------------------------------------------------

    def _add_unit(self, nama: str, parent: _Unit | None, kind: str, head_title: str,
                  general: bool = False) -> _Unit:  # fmt: skip
        unit_id = len(self.units) + 1
        if parent is None:
            urutan, kode, path = 0, self.agency_code, f"/{unit_id}/"
        else:
            urutan = self._children.get(parent.id, 0) + 1
            self._children[parent.id] = urutan
            kode = f"{parent.kode}.{urutan:02d}"
            path = f"{parent.path}{unit_id}/"
        unit = _Unit(unit_id, kode, nama, parent, path, urutan, kind, head_title, general)
        self.units.append(unit)
        return unit

    def build_units(self, employees: int) -> None:
        p = self.profile
        root = self._add_unit(p.nama, None, "root", p.kepala)
        sekretariat = self._add_unit("Sekretariat", root, "sekretariat", p.sekretaris)
        for nama in p.subbagian:
            self._add_unit(nama, sekretariat, "subbagian", f"Kepala {nama}")
        for nama, seksi in p.bidang:
            bidang = self._add_unit(nama, root, "bidang", f"Kepala {nama}")
            for s in seksi:
                self._add_unit(s, bidang, "seksi", f"Kepala {s}")
        for nama in p.upt:
            upt = self._add_unit(nama, root, "upt", f"Kepala {nama}")
            tu = f"Subbagian Tata Usaha {nama}"
            self._add_unit(tu, upt, "upt_tu", f"Kepala {tu}")
        # Large sets: add kecamatan-like units until there is about one unit per
        # EMPLOYEES_PER_UNIT employees, so a city-wide register has a believable spread.
        for kecamatan, kelurahan in _KECAMATAN:
            if len(self.units) * EMPLOYEES_PER_UNIT >= employees:
                break
            kec = self._add_unit(
                f"Kecamatan {kecamatan}", root, "kecamatan", f"Camat {kecamatan}", True
            )
            self._add_unit(
                f"Sekretariat Kecamatan {kecamatan}", kec, "sekcam",
                f"Sekretaris Kecamatan {kecamatan}", True,
            )  # fmt: skip
            for seksi_kec in _SEKSI_KECAMATAN:
                nama = f"{seksi_kec} Kecamatan {kecamatan}"
                self._add_unit(nama, kec, "seksi_kec", f"Kepala {nama}", True)
            for kel in kelurahan:
                self._add_unit(f"Kelurahan {kel}", kec, "kelurahan", f"Lurah {kel}", True)

        self.placeable = _Weighted(
            [(u, 3 if u.kind in _PENGAWAS_KINDS else 2) for u in self.units if u.parent]
            or [(root, 1)]
        )
        self.pengawas_units = [u for u in self.units if u.kind in _PENGAWAS_KINDS] or [root]
        self.admin_units = [u for u in self.units if u.kind in _ADMIN_KINDS] or [root]

    def unit_rows(self) -> list[Row]:
        return [
            {
                "id": u.id,
                "kode": u.kode,
                "nama": u.nama,
                "parent_id": u.parent.id if u.parent else None,
                "path": u.path,
                "urutan": u.urutan,
                **self.exchange(),
            }
            for u in self.units
        ]

    # -- plan ---------------------------------------------------------------------------

    def plan(self, employees: int) -> list[_Plan]:
        n_pppk = round(employees * 0.15) if len(self._pppk_year.items) else 0
        n_cpns = round(employees * 0.05)
        n_pns = employees - n_pppk - n_cpns
        if n_pns < 0:
            n_cpns += n_pns
            n_pns = 0
        # Heads first by depth, so that a tiny set still has a kepala and a sekretaris.
        by_depth = sorted(self.units, key=lambda u: (u.path.count("/"), u.id))
        heads = by_depth[:n_pns]
        plans = [_Plan(StatusKepegawaian.PNS, u.head[0], u) for u in heads]
        plans += [
            _Plan(StatusKepegawaian.PNS, self._kind_pns.pick(self.rng))
            for _ in range(n_pns - len(heads))
        ]
        plans += [_Plan(StatusKepegawaian.CPNS, self._kind_new.pick(self.rng))
                  for _ in range(n_cpns)]  # fmt: skip
        plans += [_Plan(StatusKepegawaian.PPPK, self._kind_new.pick(self.rng))
                  for _ in range(n_pppk)]  # fmt: skip
        self.rng.shuffle(plans)
        return plans

    # -- careers ------------------------------------------------------------------------

    def _birth_in_month(self, index: int) -> date:
        first = _month_start(index)
        return first.replace(
            day=self.rng.randint(1, calendar.monthrange(first.year, first.month)[1])
        )

    def _birth_for_age(self, age: int) -> date:
        """A birth date of someone exactly ``age`` years old today."""
        latest = _add_months(self.today, -12 * age)
        earliest = _add_months(self.today, -12 * (age + 1)) + timedelta(days=1)
        return self._random_day(earliest, latest)

    def _rank_path(self, entry: int, tmt_cpns: date, cap: int, *, regular: bool) -> list[_Rank]:
        sk = self._sk("813.3", tmt_cpns)
        ranks = [_Rank(tmt_cpns, entry, "", "Pengangkatan CPNS", sk, (0, 0))]
        index = _GOL_INDEX[entry]
        cap_index = _GOL_INDEX[cap]
        tmt = tmt_cpns
        while index < cap_index:
            delay = int(self._kp_delay.pick(self.rng)) if regular else 0
            tmt = periode_kp(_add_months(tmt, 48 + delay), self.kp_policy)
            if tmt > self.today:
                break
            index += 1
            ranks.append(
                _Rank(
                    tmt,
                    GOLONGAN_PNS[index].id,
                    "101",
                    "Kenaikan pangkat reguler",
                    self._sk("823.3", tmt),
                    masa_kerja(tmt_cpns, tmt),
                )
            )
        return ranks

    @staticmethod
    def _rank_at(ranks: list[_Rank], d: date) -> int:
        current = ranks[0].golongan_id
        for r in ranks:
            if r.tmt > d:
                break
            current = r.golongan_id
        return current

    @staticmethod
    def _reached(ranks: list[_Rank], golongan_id: int) -> date | None:
        for r in ranks:
            if _GOL_INDEX.get(r.golongan_id, -1) >= _GOL_INDEX[golongan_id]:
                return r.tmt
        return None

    def _final_education(self, entry: str, chance_up: float) -> str:
        if self.rng.random() >= chance_up:
            return entry
        return {"SMA": "S1", "D3": "S1", "S1": "S2", "S2": "S2"}[entry]

    def _pelaksana_for(self, edu: str, unit: _Unit | None) -> _Jabatan:
        table = self.pelaksana_general if unit is not None and unit.general else self.pelaksana
        return self._pick(table[edu])

    def _fungsional_family(self, kind: JenisJabatan, unit: _Unit) -> dict[str, _Jabatan]:
        levels: dict[str, _Jabatan] = self.families[(unit.general, kind)].pick(self.rng)
        return levels

    def _place_of(self, unit: _Unit) -> _Place:
        return (unit.id, unit.nama)

    def _other_place(self) -> _Place:
        return (None, self._pick(self.other_agencies))

    def _pns_dates(self, entry_edu: str, age: int) -> tuple[date, date]:
        """Birth date and TMT CPNS of a PNS who is ``age`` today and has served a year."""
        lo, hi = _ENTRY_AGE[entry_edu]
        if age - 2 < lo:
            age = lo + 2 + self.rng.randint(0, 3)
        birth = self._birth_for_age(age)
        entry_age = self.rng.randint(lo, min(hi, age - 2))
        tmt_index = _month_index(birth) + entry_age * 12 + self.rng.randint(1, 11)
        latest = _month_index(self.today) - 13
        earliest = _month_index(birth) + 18 * 12 + 1
        tmt_index = max(earliest, min(tmt_index, latest))
        return birth, _month_start(tmt_index)

    def _tmt_pns(self, tmt_cpns: date) -> date:
        months = 12 + int(self.rng.random() ** 2 * 12)
        return min(_add_months(tmt_cpns, months), _month_start(_month_index(self.today)))

    def career_regular_pns(self, plan: _Plan) -> tuple[_Career, _Unit]:
        rng = self.rng
        kind = plan.kind
        if kind is JenisJabatan.FUNGSIONAL_KEAHLIAN:
            entry = "S2" if rng.random() < 0.12 else "S1"
            cap = int(self._keahlian_cap.pick(rng))
        elif kind is JenisJabatan.FUNGSIONAL_KETERAMPILAN:
            entry = "SMA" if rng.random() < 0.25 else "D3"
            cap = _KETERAMPILAN_CAP
        else:
            entry = self._edu_pelaksana_pns.pick(rng)
            cap = _PELAKSANA_CAP[entry]
        final = self._final_education(entry, 0.15 if entry in ("SMA", "D3") else 0.22)
        lo, hi = self._age_pns.pick(rng)
        birth, tmt_cpns = self._pns_dates(entry, rng.randint(lo, hi))
        career = _Career(StatusKepegawaian.PNS, rng.choice("LP"), birth, entry, final)
        career.tmt_cpns = tmt_cpns
        career.tmt_pns = self._tmt_pns(tmt_cpns)
        career.ranks = self._rank_path(_ENTRY_GOLONGAN[entry], tmt_cpns, cap, regular=True)

        unit: _Unit = self.placeable.pick(rng)
        cpns_sk = career.ranks[0].sk
        today = self.today
        latest = _add_months(today, -1)
        positions: list[_Position] = []
        if kind is JenisJabatan.PELAKSANA:
            current = self._pelaksana_for(entry, unit)
            positions.append(_Position(tmt_cpns, current, "", cpns_sk))
            changes = 0
            while changes < 2 and rng.random() < (0.4 if changes == 0 else 0.3):
                lo_d = _add_months(positions[-1].tmt, 24)
                if lo_d > latest:
                    break
                other = self._pelaksana_for(final, unit)
                if other.nama == current.nama:
                    break
                d = self._random_month_start(lo_d, latest)
                positions.append(_Position(d, other, "", self._sk("821.2", d)))
                current = other
                changes += 1
        else:
            levels = self._fungsional_family(kind, unit)
            direct = tmt_cpns.year >= 2010 and rng.random() < 0.45
            if direct:
                moved = tmt_cpns
            else:
                positions.append(_Position(tmt_cpns, self._pelaksana_for(entry, unit), "", cpns_sk))
                # Many were moved into functional positions by the 2021-2022 penyetaraan.
                lo_d = max(_add_months(tmt_cpns, 24), _FUNGSIONAL_FROM)
                if rng.random() < 0.35 and lo_d <= date(2022, 1, 1) <= latest:
                    moved = date(2022, 1, 1)
                else:
                    moved = self._random_month_start(lo_d, latest)
                    if moved > latest or moved <= tmt_cpns:
                        moved = _month_start(_month_index(tmt_cpns) + 1)
            jenjang = _jenjang_for_golongan(kind, self._rank_at(career.ranks, moved)).value
            sk = cpns_sk if direct else self._sk("821.2", moved)
            positions.append(_Position(moved, levels[jenjang], "", sk))
            for r in career.ranks:
                if r.tmt <= moved:
                    continue
                step = _jenjang_for_golongan(kind, r.golongan_id).value
                if step != jenjang and levels[step].nama != levels[jenjang].nama:
                    jenjang = step
                    positions.append(_Position(r.tmt, levels[step], "", self._sk("821.2", r.tmt)))
            # Promotions while in a functional position: kenaikan pangkat pilihan (JFT).
            for r in career.ranks[1:]:
                if r.tmt > moved:
                    r.jenis_kp = "202"
                    r.keterangan = "Kenaikan pangkat pilihan (jabatan fungsional)"
        if len(positions) > 4:
            positions = positions[:1] + positions[-3:]
        career.positions = positions
        career.placements = self._regular_placements(career, unit)
        return career, unit

    def _regular_placements(self, career: _Career, unit: _Unit) -> list[_Placement]:
        rng = self.rng
        start = career.positions[0].tmt
        first_sk = career.ranks[0].sk
        latest = _add_months(self.today, -1)
        service = _month_index(latest) - _month_index(start)
        count = 1
        if service >= 36:
            roll = rng.random()
            count = 1 if roll < 0.5 else (2 if roll < 0.85 else 3)
        dates: list[date] = []
        position_dates = [p.tmt for p in career.positions[1:]]
        for _ in range(count - 1):
            if position_dates and rng.random() < 0.6:
                d = position_dates.pop(rng.randrange(len(position_dates)))
            else:
                d = self._random_month_start(_add_months(start, 12), latest)
            if start < d <= latest and d not in dates:
                dates.append(d)
        dates.sort()
        places: list[_Place] = []
        for i in range(len(dates)):
            if i == 0 and career.status is StatusKepegawaian.PNS and rng.random() < 0.3:
                places.append(self._other_place())
            else:
                places.append(self._place_of(self.placeable.pick(rng)))
        places.append(self._place_of(unit))
        dates.insert(0, start)
        result: list[_Placement] = []
        for i, (d, place) in enumerate(zip(dates, places, strict=True)):
            if result and result[-1].place == place:
                continue
            if i == 0:
                keterangan = "Pengangkatan CPNS" if career.tmt_cpns else "Pengangkatan PPPK"
                sk = first_sk
            else:
                previous = result[-1].place
                keterangan = (
                    "Pindah dari instansi lain" if previous[0] is None else "Mutasi antar unit"
                )
                sk = self._sk("824", d)
            result.append(_Placement(d, place, keterangan, sk))
        return result

    def career_head(self, unit: _Unit) -> _Career:
        rng = self.rng
        jenis, eselon = unit.head
        target = int(self._head_targets[eselon].pick(rng))
        entry = "S2" if rng.random() < 0.2 else "S1"
        entry_gid = _ENTRY_GOLONGAN[entry]
        if _GOL_INDEX[target] < _GOL_INDEX[entry_gid]:
            target = entry_gid
        max_age = 59 if jenis is JenisJabatan.JPT else 57
        entry_age = rng.randint(23, 29) if entry == "S1" else rng.randint(26, 31)
        # Service beyond the minimum: kepala bidang and up are usually in their fifties.
        extra = rng.randint(36, 150) if eselon in ("22", "31", "32") else rng.randint(18, 110)
        birth_extra = rng.randint(0, 11)
        while True:
            steps = _GOL_INDEX[target] - _GOL_INDEX[entry_gid]
            service = max(36, steps * 54 + extra)
            if entry_age * 12 + birth_extra + service < (max_age + 1) * 12 - 1:
                break
            if extra > 6:
                extra = 6
            elif birth_extra > 0:
                birth_extra = 0
            elif entry_age > 22:
                entry_age -= 1
            else:
                target = GOLONGAN_PNS[_GOL_INDEX[target] - 1].id
        today_index = _month_index(self.today)
        tmt_cpns = _month_start(today_index - service)
        birth = self._birth_in_month(_month_index(tmt_cpns) - entry_age * 12 - birth_extra)
        chance = {"22": 0.85, "31": 0.7, "32": 0.6}.get(eselon, 0.35)
        final = "S2" if entry == "S2" or rng.random() < chance else "S1"
        if final == "S2" and eselon == "22" and rng.random() < 0.15:
            final = "S3"
        career = _Career(StatusKepegawaian.PNS, rng.choice("LP"), birth, entry, final, head=True)
        career.tmt_cpns = tmt_cpns
        career.tmt_pns = self._tmt_pns(tmt_cpns)
        career.ranks = self._rank_path(entry_gid, tmt_cpns, target, regular=False)

        # The ladder up to this unit: (place, title, jenis, eselon, minimum golongan).
        own = self._place_of(unit)
        ladder: list[tuple[_Place, str, JenisJabatan, str, int]] = []
        if eselon in ("22", "31", "32"):
            if rng.random() < 0.2:
                place = self._other_place()
                title = self._pick(_OTHER_PENGAWAS_TITLES)
            else:
                earlier = self._pick(self.pengawas_units)
                place, title = self._place_of(earlier), earlier.head_title
            ladder.append((place, title, JenisJabatan.PENGAWAS, "41", 33))
        if eselon == "22":
            if rng.random() < 0.4:
                place = self._other_place()
                title = self._pick(_OTHER_ADMIN_TITLES)
                adm_eselon = "31" if title == "Sekretaris" else "32"
            else:
                earlier = self._pick(self.admin_units)
                place, title = self._place_of(earlier), earlier.head_title
                adm_eselon = earlier.head[1]
            ladder.append((place, title, JenisJabatan.ADMINISTRATOR, adm_eselon, 34))
        ladder.append((own, unit.head_title, jenis, eselon, _HEAD_MIN[eselon]))

        first_place: _Place
        if len(ladder) > 1:
            first_place = ladder[0][0]
        elif rng.random() < 0.15:
            first_place = self._other_place()
        elif rng.random() < 0.4:
            first_place = own
        else:
            first_place = self._place_of(self.placeable.pick(rng))

        cpns_sk = career.ranks[0].sk
        positions = [_Position(tmt_cpns, self._pick(self.pelaksana[entry]), "", cpns_sk)]
        placements = [_Placement(tmt_cpns, first_place, "Pengangkatan CPNS", cpns_sk)]
        prev = tmt_cpns
        final_latest = self.today - timedelta(days=15)
        for i, (place, title, kind, esl, minimum) in enumerate(ladder):
            remaining = len(ladder) - 1 - i
            reached = self._reached(career.ranks, minimum) or career.ranks[-1].tmt
            earliest = max(_add_months(prev, 12), reached)
            if remaining:
                latest = _add_months(final_latest, -18 * remaining)
                if earliest > latest:
                    continue
                d = self._random_day(earliest, min(latest, _add_months(earliest, 42)))
            else:
                latest = final_latest
                if earliest > latest:
                    d = max(prev + timedelta(days=1), latest)
                else:
                    d = self._random_day(max(earliest, _add_months(latest, -66)), latest)
            jabatan = _Jabatan(title, "", kind, "", self._bup(kind, "", None))
            sk = self._sk("821.2", d)
            positions.append(_Position(d, jabatan, esl, sk))
            if placements[-1].place != place:
                placements.append(_Placement(d, place, "Mutasi dan pengangkatan dalam jabatan", sk))
            prev = d
        # Promotions while in a structural position count as kenaikan pangkat pilihan.
        structural_from = positions[1].tmt
        for r in career.ranks[1:]:
            if r.tmt >= structural_from and rng.random() < 0.5:
                r.jenis_kp = "201"
                r.keterangan = "Kenaikan pangkat pilihan (jabatan struktural)"
        career.positions = positions
        career.placements = placements
        return career

    def career_new(self, plan: _Plan) -> tuple[_Career, _Unit]:
        """A CPNS (appointed within the last year) or a PPPK: one entry per history."""
        rng = self.rng
        kind = plan.kind
        if kind is JenisJabatan.FUNGSIONAL_KEAHLIAN:
            entry = "S2" if rng.random() < 0.08 else "S1"
        elif kind is JenisJabatan.FUNGSIONAL_KETERAMPILAN:
            entry = "D3"
        else:
            entry = self._edu_pelaksana_new.pick(rng)
        unit: _Unit = self.placeable.pick(rng)
        today_index = _month_index(self.today)
        if plan.status is StatusKepegawaian.CPNS:
            lo, hi = _ENTRY_AGE[entry]
            tmt = _month_start(today_index - rng.randint(0, 11))
            birth = self._birth_in_month(_month_index(tmt) - rng.randint(lo, hi) * 12
                                         - rng.randint(0, 11))  # fmt: skip
            career = _Career(plan.status, rng.choice("LP"), birth, entry, entry)
            career.tmt_cpns = tmt
            gid = _ENTRY_GOLONGAN[entry]
            sk = self._sk("813.3", tmt)
            career.ranks = [_Rank(tmt, gid, "", "Pengangkatan CPNS", sk, (0, 0))]
        else:
            year = int(self._pppk_year.pick(rng))
            lo, hi = self._age_pppk.pick(rng)
            age = rng.randint(lo, hi)
            birth = self._birth_for_age(age)
            if year - birth.year < 20:
                birth = self._birth_for_age(age + 20 - (year - birth.year))
            last_month = 12 if year < self.today.year else self.today.month
            tmt = date(year, rng.randint(1, last_month), 1)
            career = _Career(plan.status, rng.choice("LP"), birth, entry, entry)
            gid = _PPPK_GOLONGAN[entry]
            sk = self._sk("813.3", tmt)
            career.ranks = [_Rank(tmt, gid, "", "Pengangkatan PPPK", sk, (0, 0))]
        if kind is JenisJabatan.PELAKSANA:
            if plan.status is StatusKepegawaian.PPPK and tmt.year >= 2024:
                jabatan = self.pelaksana_pppk[entry]
            else:
                jabatan = self._pelaksana_for(entry, unit)
        else:
            levels = self._fungsional_family(kind, unit)
            jenjang = "PT" if kind is JenisJabatan.FUNGSIONAL_KEAHLIAN else "TR"
            jabatan = levels[jenjang]
        career.positions = [_Position(tmt, jabatan, "", sk)]
        career.placements = self._regular_placements(career, unit)
        return career, unit

    # -- identity -----------------------------------------------------------------------

    def identifier(self, c: _Career) -> str:
        birth = c.birth.strftime("%Y%m%d")
        sex_digit = "1" if c.sex == "L" else "2"
        if c.status is StatusKepegawaian.PPPK:
            contract = "2" if self.rng.random() < 0.05 else "1"
            prefix = f"{birth}{c.ranks[0].tmt.year:04d}2{contract}{sex_digit}"
        else:
            assert c.tmt_cpns is not None
            prefix = f"{birth}{c.tmt_cpns.strftime('%Y%m')}{sex_digit}"
        serial = self._nip_serial.get(prefix, 0) + 1
        self._nip_serial[prefix] = serial
        return f"{prefix}{serial:03d}"

    def _name(self, c: _Career) -> tuple[str, str]:
        """(nama, email local part)."""
        rng = self.rng
        young = c.birth.year >= 1985
        if c.sex == "L":
            first = self._pick(_LAKI_MUDA if young else _LAKI_LAMA)
            last = self._pick(_NAMA_BELAKANG_L)
            prefix = "Muhammad" if young else "Mochamad"
            if rng.random() < 0.08:
                first = f"{prefix} {first}"
        else:
            first = self._pick(_PEREMPUAN_MUDA if young else _PEREMPUAN_LAMA)
            last = self._pick(_NAMA_BELAKANG_P if rng.random() < 0.8 else _NAMA_BELAKANG_L)
            if rng.random() < 0.05 and not first.startswith("Siti"):
                first = f"Siti {first}"
        nama = f"{first} {last}"
        words = nama.lower().split()
        local = f"{words[-2] if len(words) > 2 else words[0]}.{words[-1]}"
        candidate, n = local, 1
        while candidate in self._emails:
            n += 1
            candidate = f"{local}{n}"
        self._emails.add(candidate)
        return nama, candidate

    def _gelar(self, c: _Career) -> tuple[str, str]:
        rng = self.rng
        depan: list[str] = []
        belakang: list[str] = []
        edu = c.edu_final
        if edu == "D3":
            belakang.append(str(self._d3.pick(rng)))
        elif edu in ("S1", "S2", "S3"):
            s1 = str(self._s1.pick(rng))
            old_front = _OLD_FRONT_FOR.get(s1)
            if old_front and c.birth.year < 1968 and rng.random() < 0.6:
                if old_front == "Drs." and c.sex == "P":
                    old_front = "Dra."
                depan.append(old_front)
            else:
                belakang.append(s1)
            if edu in ("S2", "S3"):
                belakang.append(self._pick(_S2_AFTER[s1]))
            if edu == "S3":
                depan.insert(0, "Dr.")
        age = self.today.year - c.birth.year
        if age >= 38 and rng.random() < (0.35 if c.head else 0.14):
            depan.append("H." if c.sex == "L" else "Hj.")
        return " ".join(depan), ", ".join(belakang)

    def _nik_and_address(self, c: _Career) -> tuple[str, str]:
        rng = self.rng
        kec_index = rng.randrange(len(_KECAMATAN))
        kecamatan, kelurahan = _KECAMATAN[kec_index]
        day = c.birth.day + (40 if c.sex == "P" else 0)
        prefix = f"3273{kec_index + 1:02d}{day:02d}{c.birth.month:02d}{c.birth.year % 100:02d}"
        serial = self._nik_serial.get(prefix, 0) + 1
        self._nik_serial[prefix] = serial
        alamat = (
            f"{self._pick(_JALAN)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 12):03d}/"
            f"RW {rng.randint(1, 15):03d}, Kel. {self._pick(kelurahan)}, Kec. {kecamatan}, "
            "Kota Bandung"
        )
        return f"{prefix}{serial:04d}", alamat

    def _kedudukan(self, c: _Career, usia_bup_jabatan: int) -> str:
        if c.status is not StatusKepegawaian.PNS or c.head:
            return "01"
        retire = tanggal_pensiun(c.birth, usia_bup_jabatan)
        if retire - self.today <= timedelta(days=365) and self.rng.random() < 0.45:
            return "20"  # masa persiapan pensiun
        age = self.today.year - c.birth.year
        if c.edu_final in ("S1", "S2") and age < 40 and self.rng.random() < 0.015:
            return "03"  # tugas belajar
        return "01"

    # -- rows ---------------------------------------------------------------------------

    def employee(self, plan: _Plan, emp_id: int) -> tuple[Row, list[Row], list[Row], list[Row]]:
        if plan.head_unit is not None:
            career = self.career_head(plan.head_unit)
        elif plan.status is StatusKepegawaian.PNS:
            career, _ = self.career_regular_pns(plan)
        else:
            career, _ = self.career_new(plan)
        career.ident = self.identifier(career)
        nama, email_local = self._name(career)
        gelar_depan, gelar_belakang = self._gelar(career)
        nik, alamat = self._nik_and_address(career)
        telepon = f"{self._pick(_TELEPON_PREFIX)}{self.rng.randint(0, 10**8 - 1):08d}"
        if self.rng.random() < 0.3:
            telepon = telepon[:-1]

        # Snapshot of the unit at each position's TMT.
        for p in career.positions:
            place = career.placements[0].place
            for pl in career.placements:
                if pl.tmt > p.tmt:
                    break
                place = pl.place
            p.unit_nama = place[1]

        rank = career.ranks[-1]
        position = career.positions[-1]
        placement = career.placements[-1]
        jabatan = position.jabatan
        employee: Row = {
            "id": emp_id,
            "nip": career.ident,
            "nama": nama,
            "gelar_depan": gelar_depan,
            "gelar_belakang": gelar_belakang,
            "tempat_lahir": str(self._tempat.pick(self.rng)),
            "tanggal_lahir": career.birth,
            "jenis_kelamin": career.sex,
            "status_kepegawaian": career.status.value,
            "kedudukan_hukum": self._kedudukan(career, jabatan.usia_bup),
            "nik": nik,
            "email": f"{email_local}@{EMAIL_DOMAIN}",
            "telepon": telepon,
            "alamat": alamat,
            "tmt_cpns": career.tmt_cpns,
            "tmt_pns": career.tmt_pns,
            "golongan_id": rank.golongan_id,
            "tmt_golongan": rank.tmt,
            "jabatan_nama": jabatan.nama,
            "jenis_jabatan": jabatan.jenis.value,
            "jenjang": jabatan.jenjang,
            "usia_bup_jabatan": jabatan.usia_bup,
            "unit_id": placement.place[0],
            **self.exchange(),
        }
        ranks = [
            {
                "employee_id": emp_id,
                "golongan_id": r.golongan_id,
                "jenis_kp": r.jenis_kp,
                "masa_kerja_tahun": r.masa_kerja[0],
                "masa_kerja_bulan": r.masa_kerja[1],
                "tmt": r.tmt,
                "sk_nomor": r.sk[0],
                "sk_tanggal": r.sk[1],
                "keterangan": r.keterangan,
                **self.exchange(),
            }
            for r in career.ranks
        ]
        positions = [
            {
                "employee_id": emp_id,
                "jenis_jabatan": p.jabatan.jenis.value,
                "jabatan_nama": p.jabatan.nama,
                "ref_jabatan_id": p.jabatan.ref_id,
                "jenjang": p.jabatan.jenjang,
                "eselon": p.eselon,
                "jenis_penugasan": "D",
                "unit_nama": p.unit_nama,
                "usia_bup": p.jabatan.usia_bup,
                "tmt": p.tmt,
                "sk_nomor": p.sk[0],
                "sk_tanggal": p.sk[1],
                "keterangan": "",
                **self.exchange(),
            }
            for p in career.positions
        ]
        placements = [
            {
                "employee_id": emp_id,
                "unit_id": pl.place[0],
                "unit_nama": pl.place[1],
                "tmt": pl.tmt,
                "sk_nomor": pl.sk[0],
                "sk_tanggal": pl.sk[1],
                "keterangan": pl.keterangan,
                **self.exchange(),
            }
            for pl in career.placements
        ]
        return employee, ranks, positions, placements


def _draft_of(row: Row) -> EmployeeDraft:
    return EmployeeDraft(
        nip=row["nip"],
        nama=row["nama"],
        gelar_depan=row["gelar_depan"],
        gelar_belakang=row["gelar_belakang"],
        tempat_lahir=row["tempat_lahir"],
        tanggal_lahir=row["tanggal_lahir"],
        jenis_kelamin=row["jenis_kelamin"],
        status_kepegawaian=row["status_kepegawaian"],
        kedudukan_hukum=row["kedudukan_hukum"],
        nik=row["nik"],
        email=row["email"],
        telepon=row["telepon"],
        alamat=row["alamat"],
        tmt_cpns=row["tmt_cpns"],
        tmt_pns=row["tmt_pns"],
    )


def _check_history(row: Row, ranks: list[Row], positions: list[Row], units: list[Row]) -> None:
    for label, rows in (("pangkat", ranks), ("jabatan", positions), ("unit", units)):
        dates = [r["tmt"] for r in rows]
        if not rows or dates != sorted(set(dates)):
            raise AssertionError(f"riwayat {label} {row['nip']} tidak berurutan: {dates}")


def _set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute(delete(AppMeta).where(AppMeta.key == key))
    conn.execute(insert(AppMeta).values(key=key, value=value))


def generate_demo(
    engine: Engine,
    *,
    employees: int,
    seed: int = 1,
    today: date | None = None,
    agency_code: str = "DISKOMINFO",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> DemoSummary:
    """Fill an initialised, empty database with a demo agency of ``employees`` employees.

    Raises ValueError if the register already has employees or units, DemoCancelled if
    ``cancelled()`` returns True between batches (nothing is written then), and a
    asn_desktop.db.errors.DatabaseError (e.g. DatabaseLocked) for database trouble.
    """
    try:
        return _generate_demo(
            engine,
            employees=employees,
            seed=seed,
            today=today,
            agency_code=agency_code,
            progress=progress,
            cancelled=cancelled,
        )
    except DBAPIError as exc:
        where = engine.url.render_as_string(hide_password=True)
        raise translate_dbapi_error(exc, engine.url.database or where) from exc


def _generate_demo(
    engine: Engine,
    *,
    employees: int,
    seed: int,
    today: date | None,
    agency_code: str,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
) -> DemoSummary:
    started = time.perf_counter()
    if employees < 0:
        raise ValueError(f"Jumlah pegawai demo tidak boleh negatif; yang diminta {employees}.")
    code = agency_code.strip().upper()
    if not code:
        raise ValueError("Kode instansi untuk data demo wajib diisi.")
    day = today if today is not None else date.today()
    counts = {"rank": 0, "position": 0, "unit": 0}

    with engine.begin() as conn:
        existing = conn.execute(select(func.count()).select_from(Employee)).scalar_one()
        if existing:
            raise ValueError(
                f"Register pegawai sudah berisi {existing} pegawai. Data demo hanya dapat "
                "dibuat pada basis data baru yang masih kosong."
            )
        units_existing = conn.execute(select(func.count()).select_from(OrgUnit)).scalar_one()
        if units_existing:
            raise ValueError(
                f"Basis data sudah memiliki {units_existing} unit kerja. Data demo hanya dapat "
                "dibuat pada basis data baru yang masih kosong."
            )
        raw_seq = conn.execute(
            select(AppMeta.value).where(AppMeta.key == CHANGE_SEQ_KEY)
        ).scalar_one_or_none()
        start_seq = int(raw_seq or "0") + 1

        gen = _Generator(conn, seed=seed, today=day, agency_code=code, first_change_seq=start_seq)
        gen.build_units(employees)
        conn.execute(insert(OrgUnit), gen.unit_rows())
        plans = gen.plan(employees)

        if progress is not None:
            progress(0, employees)
        done = 0
        while done < employees:
            if cancelled is not None and cancelled():
                raise DemoCancelled()
            batch = plans[done : done + BATCH_SIZE]
            emp_rows: list[Row] = []
            rank_rows: list[Row] = []
            pos_rows: list[Row] = []
            unit_rows: list[Row] = []
            for offset, plan in enumerate(batch):
                index = done + offset
                row, ranks, positions, units = gen.employee(plan, index + 1)
                if index < VALIDATE_FIRST:
                    problems = validate_employee(_draft_of(row), today=day)
                    if problems:
                        raise AssertionError(f"data demo tidak valid ({row['nip']}): {problems}")
                    _check_history(row, ranks, positions, units)
                emp_rows.append(row)
                rank_rows += ranks
                pos_rows += positions
                unit_rows += units
            conn.execute(insert(Employee), emp_rows)
            conn.execute(insert(RankHistory), rank_rows)
            conn.execute(insert(PositionHistory), pos_rows)
            conn.execute(insert(UnitHistory), unit_rows)
            counts["rank"] += len(rank_rows)
            counts["position"] += len(pos_rows)
            counts["unit"] += len(unit_rows)
            done += len(batch)
            if progress is not None:
                progress(done, employees)
        if cancelled is not None and cancelled():
            raise DemoCancelled()

        _set_meta(conn, AGENCY_CODE_KEY, code)
        named = conn.execute(
            select(AppMeta.value).where(AppMeta.key == AGENCY_NAME_KEY)
        ).scalar_one_or_none()
        if not named:  # keep the name given at `db init`
            _set_meta(conn, AGENCY_NAME_KEY, gen.profile.nama)
        _set_meta(conn, CHANGE_SEQ_KEY, str(gen.seq))

    return DemoSummary(
        employees=employees,
        units=len(gen.units),
        rank_history=counts["rank"],
        position_history=counts["position"],
        unit_history=counts["unit"],
        seconds=time.perf_counter() - started,
    )
