"""The agencies, their unit trees and the city around them: static material of the demo.

Two agencies have a profile of their own (DISKOMINFO, BKPSDM); any other code gets a generic
one. Position names are SIASN's (matched against the catalogue when a database has it).
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "GENERAL_KEAHLIAN",
    "GENERAL_KETERAMPILAN",
    "KECAMATAN",
    "OTHER_ADMIN_TITLES",
    "OTHER_AGENCIES",
    "OTHER_PENGAWAS_TITLES",
    "PELAKSANA_D3",
    "PELAKSANA_PPPK_BARU",
    "PELAKSANA_S1",
    "PELAKSANA_SMA",
    "PROFILES",
    "SEKSI_KECAMATAN",
    "Profile",
    "generic_profile",
    "profile_of",
]


@dataclass(frozen=True)
class Profile:
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


SUBBAGIAN = (
    "Subbagian Umum dan Kepegawaian",
    "Subbagian Keuangan",
    "Subbagian Program dan Pelaporan",
)

PROFILES: dict[str, Profile] = {
    "DISKOMINFO": Profile(
        nama="Dinas Komunikasi dan Informatika Kota Bandung",
        kepala="Kepala Dinas Komunikasi dan Informatika",
        sekretaris="Sekretaris Dinas",
        subbagian=SUBBAGIAN,
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
    "BKPSDM": Profile(
        nama="Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Bandung",
        kepala="Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
        sekretaris="Sekretaris Badan",
        subbagian=SUBBAGIAN,
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
GENERAL_KEAHLIAN: tuple[tuple[str, int], ...] = (
    ("Analis Kebijakan", 3),
    ("Arsiparis", 1),
    ("Perencana", 2),
    ("Pranata Komputer", 1),
    ("Analis Hukum", 1),
    ("Analis Sumber Daya Manusia Aparatur", 1),
)
GENERAL_KETERAMPILAN: tuple[tuple[str, int], ...] = (
    ("Arsiparis", 2),
    ("Pranata Komputer", 1),
    ("Penata Laksana Barang", 1),
    ("Pranata Sumber Daya Manusia Aparatur", 1),
)


def generic_profile(code: str) -> Profile:
    return Profile(
        nama=f"Perangkat Daerah {code} Kota Bandung",
        kepala=f"Kepala Perangkat Daerah {code}",
        sekretaris="Sekretaris",
        subbagian=SUBBAGIAN,
        bidang=(
            ("Bidang Pelayanan", ("Seksi Pelayanan Umum", "Seksi Pelayanan Teknis")),
            ("Bidang Pembinaan", ("Seksi Pembinaan", "Seksi Pengembangan")),
            ("Bidang Pengendalian", ("Seksi Pengawasan", "Seksi Evaluasi")),
            ("Bidang Data dan Informasi", ("Seksi Data", "Seksi Informasi")),
        ),
        upt=(f"UPT Pelayanan {code.title()}",),
        keahlian=GENERAL_KEAHLIAN,
        keterampilan=GENERAL_KETERAMPILAN,
        pelaksana_s1=(),
        pelaksana_d3=(),
    )


# SIASN jabatanPelaksana names by education (matched case-insensitively in ref_jabatan).
PELAKSANA_SMA = (
    "PENGADMINISTRASI UMUM",
    "PENGADMINISTRASI PERSURATAN",
    "PENGADMINISTRASI KEUANGAN",
    "PENGADMINISTRASI PERKANTORAN",
    "PENGEMUDI",
    "PENGELOLA SARANA DAN PRASARANA KANTOR",
)
PELAKSANA_D3 = (
    "PENGOLAH DATA",
    "PENGELOLA DATA",
    "PENGELOLA KEUANGAN",
    "BENDAHARA",
    "PENGELOLA BARANG MILIK DAERAH",
    "PENGELOLA KEPEGAWAIAN",
)
PELAKSANA_S1 = (
    "ANALIS KEBIJAKAN",
    "ANALIS KEPEGAWAIAN",
    "PENYUSUN RENCANA KEGIATAN DAN ANGGARAN",
    "VERIFIKATOR KEUANGAN",
    "ANALIS PERENCANAAN, EVALUASI DAN PELAPORAN",
    "ANALIS DATA DAN INFORMASI",
)
# Names used for PPPK appointed from 2024 on.
PELAKSANA_PPPK_BARU = {
    "SMA": "OPERATOR LAYANAN OPERASIONAL",
    "D3": "PENGELOLA LAYANAN OPERASIONAL",
    "S1": "PENATA LAYANAN OPERASIONAL",
}

OTHER_AGENCIES = (
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
OTHER_PENGAWAS_TITLES = (
    "Kepala Subbagian Umum dan Kepegawaian",
    "Kepala Subbagian Keuangan",
    "Kepala Seksi Pengolahan Data dan Informasi",
    "Kepala Seksi Pelayanan",
)
OTHER_ADMIN_TITLES = ("Sekretaris", "Kepala Bidang Perencanaan dan Pengendalian")

# The 30 kecamatan of Kota Bandung with their kelurahan (used for addresses and, in large
# sets, as extra units).
KECAMATAN: tuple[tuple[str, tuple[str, ...]], ...] = (
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

SEKSI_KECAMATAN = (
    "Seksi Pemerintahan",
    "Seksi Ketenteraman dan Ketertiban Umum",
    "Seksi Ekonomi dan Pembangunan",
    "Seksi Kesejahteraan Sosial",
)


def profile_of(agency_code: str) -> Profile:
    return PROFILES.get(agency_code.upper()) or generic_profile(agency_code)
