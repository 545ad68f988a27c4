"""The people of the demo: names of West Java, degrees, NIP, NIK, address and contacts.

A NIP (or NI PPPK) is built from the person's birth date, appointment and sex, as BKN
builds it; a NIK from the kecamatan of Kota Bandung and the birth date (women: day + 40).
"""

from __future__ import annotations

from datetime import date

from asn_desktop.demo.careers import Career
from asn_desktop.demo.draw import Draw, Weighted
from asn_desktop.demo.profiles import KECAMATAN
from asn_desktop.domain import StatusKepegawaian

__all__ = ["EMAIL_DOMAIN", "People"]

EMAIL_DOMAIN = "bandung.go.id"

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


class People:
    """Identities drawn from one random source; NIP, NIK and e-mail unique per set."""

    def __init__(self, draw: Draw, today: date) -> None:
        self.draw = draw
        self.rng = draw.rng
        self.today = today
        self._nip_serial: dict[str, int] = {}
        self._nik_serial: dict[str, int] = {}
        self._emails: set[str] = set()
        self._tempat = Weighted(_TEMPAT_LAHIR)
        self._s1 = Weighted(_S1)
        self._d3 = Weighted(_D3)

    def tempat_lahir(self) -> str:
        return str(self._tempat.pick(self.rng))

    def telepon(self) -> str:
        telepon = f"{self.draw.pick(_TELEPON_PREFIX)}{self.rng.randint(0, 10**8 - 1):08d}"
        return telepon[:-1] if self.rng.random() < 0.3 else telepon

    def identifier(self, c: Career) -> str:
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

    def name(self, c: Career) -> tuple[str, str]:
        """(nama, email local part)."""
        rng = self.rng
        young = c.birth.year >= 1985
        if c.sex == "L":
            first = self.draw.pick(_LAKI_MUDA if young else _LAKI_LAMA)
            last = self.draw.pick(_NAMA_BELAKANG_L)
            prefix = "Muhammad" if young else "Mochamad"
            if rng.random() < 0.08:
                first = f"{prefix} {first}"
        else:
            first = self.draw.pick(_PEREMPUAN_MUDA if young else _PEREMPUAN_LAMA)
            last = self.draw.pick(_NAMA_BELAKANG_P if rng.random() < 0.8 else _NAMA_BELAKANG_L)
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

    def gelar(self, c: Career) -> tuple[str, str]:
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
                belakang.append(self.draw.pick(_S2_AFTER[s1]))
            if edu == "S3":
                depan.insert(0, "Dr.")
        age = self.today.year - c.birth.year
        if age >= 38 and rng.random() < (0.35 if c.head else 0.14):
            depan.append("H." if c.sex == "L" else "Hj.")
        return " ".join(depan), ", ".join(belakang)

    def nik_and_address(self, c: Career) -> tuple[str, str]:
        rng = self.rng
        kec_index = rng.randrange(len(KECAMATAN))
        kecamatan, kelurahan = KECAMATAN[kec_index]
        day = c.birth.day + (40 if c.sex == "P" else 0)
        prefix = f"3273{kec_index + 1:02d}{day:02d}{c.birth.month:02d}{c.birth.year % 100:02d}"
        serial = self._nik_serial.get(prefix, 0) + 1
        self._nik_serial[prefix] = serial
        alamat = (
            f"{self.draw.pick(_JALAN)} No. {rng.randint(1, 250)}, RT {rng.randint(1, 12):03d}/"
            f"RW {rng.randint(1, 15):03d}, Kel. {self.draw.pick(kelurahan)}, Kec. {kecamatan}, "
            "Kota Bandung"
        )
        return f"{prefix}{serial:04d}", alamat
