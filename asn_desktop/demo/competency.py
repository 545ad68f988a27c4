"""The demo's competency standards, assessments and public satisfaction surveys.

Written after the development history, in the same bulk run. For today's year Y:

- the agency's own teknis competencies (5-8, named after its lines of work);
- standards for the named positions most of its staff hold (their teknis levels by
  jenjang, and for the heads of its technical units managerial levels above the shipped
  default), and the agency's own default for pelaksana on a few managerial competencies,
  which overrides the shipped one (resources/policy/standar_kompetensi.json);
- assessments of about 40% of the staff over Y-2 .. today (assessment centres for the
  managerial and sosial kultural competencies, competency tests for the teknis ones),
  levels around each one's standard with some gaps, a second assessment for some; the job
  person match (domain.kompetensi.jpm of services.profil_kompetensi's profile) spans all
  three mapping bands;
- an SKM (PermenPANRB 14/2017) per public service unit (UPT, the bidang that serve the
  public, kecamatan and kelurahan) for the last three years with a survey: nine element
  means (1-4), the index and mutu of domain.skm, every mutu A-D present.

The standards are resolved here as services.profil_kompetensi resolves them (named position,
then the agency's default for the kind of position, then the shipped default), so what is
checked while generating is what the pages show.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from asn_desktop.db.competency_models import (
    Asesmen,
    AsesmenNilai,
    KompetensiTeknis,
    Skm,
    StandarKompetensi,
)
from asn_desktop.demo.draw import Draw, Weighted
from asn_desktop.demo.training_texts import ASESOR
from asn_desktop.demo.trainings import Staf
from asn_desktop.demo.units import Unit, UnitTree
from asn_desktop.domain.kompetensi import (
    KelompokKompetensi,
    band_pemetaan,
    jpm,
    kesenjangan,
    kompetensi_baku,
    level_range,
    standar_bawaan,
)
from asn_desktop.domain.skm import indeks_skm, mutu_skm, unsur_skm
from asn_desktop.services.bulk import BulkWriter
from asn_desktop.services.profil_kompetensi import kunci_jabatan

__all__ = [
    "DEFAULT_OVERRIDE",
    "TEKNIS",
    "CompetencyCounts",
    "service_units",
    "write_competency",
]

Row = dict[str, Any]
# One assessment as planned: date, assessor, note, {kode: level}.
Visit = tuple[date, str, str, dict[str, int]]

# The agency's teknis competencies: (kode, nama, deskripsi).
TEKNIS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "DISKOMINFO": (
        ("keamanan_informasi", "Keamanan Informasi",
         "Pengamanan sistem elektronik, penanganan insiden siber dan manajemen risiko "
         "keamanan informasi."),
        ("pengelolaan_data", "Pengelolaan Data dan Statistik Sektoral",
         "Pengumpulan, pengolahan, standardisasi dan diseminasi data untuk Satu Data."),
        ("pengembangan_aplikasi", "Pengembangan Aplikasi",
         "Analisis kebutuhan, perancangan, pembangunan dan pemeliharaan aplikasi "
         "layanan pemerintahan."),
        ("manajemen_layanan_ti", "Manajemen Layanan TI",
         "Pengelolaan layanan TI, service desk, tingkat layanan dan manajemen proyek TI."),
        ("infrastruktur_jaringan", "Infrastruktur Jaringan dan Pusat Data",
         "Perancangan dan pengoperasian jaringan, pusat data dan komputasi awan."),
        ("kehumasan_digital", "Kehumasan Digital",
         "Komunikasi publik, pengelolaan media sosial dan produksi konten layanan."),
        ("tata_kelola_spbe", "Tata Kelola SPBE",
         "Arsitektur, evaluasi dan tata kelola Sistem Pemerintahan Berbasis Elektronik."),
        ("persandian", "Persandian", "Pengamanan informasi berklasifikasi dan layanan sandi."),
    ),
    "BKPSDM": (
        ("manajemen_asn", "Manajemen ASN", "Pengadaan, mutasi, kepangkatan dan pemberhentian."),
        ("penilaian_kinerja", "Penilaian Kinerja ASN",
         "Perencanaan, evaluasi dan pola distribusi predikat kinerja."),
        ("asesmen_kompetensi", "Asesmen Kompetensi", "Penilaian kompetensi dan potensi ASN."),
        ("pengembangan_kompetensi", "Pengembangan Kompetensi",
         "Analisis kebutuhan, rencana dan evaluasi pengembangan kompetensi."),
        ("sistem_informasi_kepegawaian", "Sistem Informasi Kepegawaian",
         "Pengelolaan data kepegawaian dan SIASN."),
    ),
    "DISHUB": (
        ("manajemen_lalu_lintas", "Manajemen dan Rekayasa Lalu Lintas",
         "Analisis dampak lalu lintas, rekayasa simpang dan ruas jalan."),
        ("angkutan_umum", "Penyelenggaraan Angkutan Umum",
         "Perencanaan trayek, pelayanan dan integrasi angkutan umum massal."),
        ("pengujian_kendaraan", "Pengujian Kendaraan Bermotor",
         "Uji berkala kendaraan bermotor dan kelaikan jalan."),
        ("perparkiran", "Pengelolaan Perparkiran", "Perparkiran elektronik dan retribusi."),
        ("keselamatan_transportasi", "Keselamatan Transportasi",
         "Keselamatan jalan, penegakan hukum dan audit keselamatan."),
        ("transportasi_cerdas", "Sistem Transportasi Cerdas",
         "Area traffic control system, pusat informasi lalu lintas dan data transportasi."),
    ),
    "*": (
        ("pelayanan_teknis", "Pelayanan Teknis Urusan",
         "Pelaksanaan tugas teknis urusan pemerintahan perangkat daerah."),
        ("pengelolaan_data", "Pengelolaan Data Sektoral",
         "Pengumpulan, pengolahan dan penyajian data sektoral perangkat daerah."),
        ("perencanaan_program", "Perencanaan Program dan Anggaran",
         "Perencanaan, penganggaran dan pelaporan kinerja perangkat daerah."),
        ("pengawasan_pengendalian", "Pengawasan dan Pengendalian",
         "Pengawasan pelaksanaan urusan dan pengendalian layanan."),
        ("administrasi_perkantoran", "Administrasi Perkantoran",
         "Tata naskah, kearsipan dan pengelolaan sarana kantor."),
    ),
}  # fmt: skip

# Teknis levels of named positions: (words in the position's name, {kode: offset from the
# level of the position's jenjang}); the first rule whose words match applies.
_RULES: dict[str, tuple[tuple[tuple[str, ...], dict[str, int]], ...]] = {
    "DISKOMINFO": (
        (("pranata komputer",), {"pengembangan_aplikasi": 0, "manajemen_layanan_ti": 0,
                                 "keamanan_informasi": -1}),
        (("sandiman",), {"persandian": 0, "keamanan_informasi": 0}),
        (("statistisi",), {"pengelolaan_data": 0}),
        (("pranata hubungan masyarakat",), {"kehumasan_digital": 0}),
        (("manggala informatika",), {"tata_kelola_spbe": 0, "manajemen_layanan_ti": -1}),
        (("analis sistem informasi", "pengelola teknologi informasi"),
         {"pengembangan_aplikasi": 0}),
        (("pengelola sistem dan jaringan", "teknisi jaringan"), {"infrastruktur_jaringan": 0}),
        (("analis data dan informasi", "pengolah data dan informasi"), {"pengelolaan_data": 0}),
        (("aplikasi", "e-government"), {"pengembangan_aplikasi": 0, "tata_kelola_spbe": 0}),
        (("keamanan informasi", "persandian"), {"keamanan_informasi": 0, "persandian": -1}),
        (("informasi publik", "komunikasi publik", "hubungan media"), {"kehumasan_digital": 0}),
        (("infrastruktur", "pusat data", "jaringan"), {"infrastruktur_jaringan": 0}),
        (("statistik",), {"pengelolaan_data": 0}),
    ),
    "BKPSDM": (
        (("analis sumber daya manusia", "analis kepegawaian"), {"manajemen_asn": 0,
                                                              "penilaian_kinerja": -1}),
        (("asesor",), {"asesmen_kompetensi": 0}),
        (("pranata sumber daya manusia", "pengelola kepegawaian"),
         {"manajemen_asn": 0, "sistem_informasi_kepegawaian": 0}),
        (("pengembangan kompetensi", "pelatihan"), {"pengembangan_kompetensi": 0}),
        (("penilaian kinerja",), {"penilaian_kinerja": 0}),
        (("mutasi", "pengadaan", "promosi"), {"manajemen_asn": 0}),
    ),
    "DISHUB": (
        (("pelayanan",), {"angkutan_umum": 0, "pengujian_kendaraan": -1}),
        (("pengendalian", "pengawasan"), {"keselamatan_transportasi": 0,
                                         "manajemen_lalu_lintas": 0}),
        (("pembinaan", "pengembangan"), {"angkutan_umum": 0, "perparkiran": -1}),
        (("data", "informasi", "pranata komputer"), {"transportasi_cerdas": 0}),
    ),
    "*": (
        (("pelayanan",), {"pelayanan_teknis": 0}),
        (("data", "informasi", "statistisi", "pranata komputer"), {"pengelolaan_data": 0}),
        (("perencana", "rencana", "program"), {"perencanaan_program": 0}),
        (("pengawasan", "pengendalian", "evaluasi"), {"pengawasan_pengendalian": 0}),
        (("arsiparis", "pengadministrasi"), {"administrasi_perkantoran": 0}),
    ),
}  # fmt: skip
# Named positions that get a standard: the staff's commonest, the heads of technical units.
NAMED_POSITIONS = 10
NAMED_HEADS = 12
_HEADS = ("JPT", "ADMINISTRATOR", "PENGAWAS")
# The agency's own default for one kind of position: what it expects of every functional
# expert above the shipped level 2 (the competencies its service relies on).
DEFAULT_OVERRIDE = (
    "FUNGSIONAL_KEAHLIAN",
    {"pelayanan_publik": 3, "orientasi_hasil": 3, "kerjasama": 3, "komunikasi": 3,
     "pengembangan_diri": 3},
)  # fmt: skip

# Share of the staff assessed, and who is assessed first (weights).
ASSESSED_SHARE = 0.4
_ASSESS_WEIGHT = {"JPT": 10, "ADMINISTRATOR": 9, "PENGAWAS": 8, "FUNGSIONAL_KEAHLIAN": 5,
                  "FUNGSIONAL_KETERAMPILAN": 3, "PELAKSANA": 3}  # fmt: skip
# How often someone falls a level short on a competency (drawn per person).
_SHORTFALL = Weighted(((0.0, 8), (0.2, 14), (0.35, 22), (0.5, 24), (0.7, 20), (0.9, 12)))

# SKM: bidang whose names say they serve the public; element offsets from a unit's mean
# (U1 .. U9: fees are usually free, complaints handling and waiting lag).
_SERVING = ("pelayanan", "informasi dan komunikasi publik", "aplikasi", "statistik",
            "pengadaan", "mutasi", "data dan informasi")  # fmt: skip
_UNSUR_OFFSET = (0.02, -0.04, -0.14, 0.28, 0.0, 0.05, 0.07, -0.2, -0.04)
# Target element means per mutu (within its index band after the offsets and noise).
_MUTU_MEAN = {"A": (3.6, 3.82), "B": (3.18, 3.46), "C": (2.72, 2.98), "D": (2.3, 2.52)}
_MUTU_START = ("B", "A", "D", "C", "B", "A", "B", "C", "B")


@dataclass
class CompetencyCounts:
    teknis: int = 0
    standar: int = 0
    asesmen: int = 0
    asesmen_nilai: int = 0
    skm: int = 0
    # The assessed gaps (kode, kelompok, levels short): next year's budget is set against
    # what closing them would cost.
    kebutuhan: list[tuple[str, str, int]] = field(default_factory=list)


def write_competency(
    writer: BulkWriter,
    draw: Draw,
    staff: Sequence[Staf],
    tree: UnitTree,
    *,
    agency_code: str,
    today: date,
    check: Callable[[], None] | None = None,
    advance: Callable[[float], None] | None = None,
) -> CompetencyCounts:
    """Write the competency catalogue, standards, assessments and SKM; ``check()`` is
    called between batches and may raise to cancel, ``advance(f)`` tells how much of this
    part (0-1) is done."""
    return _Competency(writer, draw, staff, tree, agency_code=agency_code, today=today).write(
        check, advance
    )


def service_units(tree: UnitTree) -> list[Unit]:
    """The units that serve the public and run an SKM: UPT, kecamatan, kelurahan and the
    bidang whose work is a public service."""
    return [
        u
        for u in tree.units
        if u.kind in ("upt", "kecamatan", "kelurahan")
        or (u.kind == "bidang" and any(w in u.nama.lower() for w in _SERVING))
    ]


def _jenjang_level(jenis: str, jabatan: str) -> int:
    """The level a position's jenjang asks for (teknis; managerial for named functional
    positions)."""
    name = jabatan.lower()
    for words, level in (("ahli utama", 5), ("ahli madya", 4), ("ahli muda", 3),
                         ("ahli pertama", 2), ("penyelia", 3), ("mahir", 2),
                         ("terampil", 2), ("pemula", 1)):  # fmt: skip
        if words in name:
            return level
    return {"JPT": 4, "ADMINISTRATOR": 3, "PENGAWAS": 3}.get(jenis, 2)


class _Competency:
    def __init__(
        self,
        writer: BulkWriter,
        draw: Draw,
        staff: Sequence[Staf],
        tree: UnitTree,
        *,
        agency_code: str,
        today: date,
    ) -> None:
        self.w = writer
        self.draw = draw
        self.rng = draw.rng
        self.staff = list(staff)
        self.tree = tree
        self.today = today
        self.code = agency_code
        self.teknis = TEKNIS.get(agency_code, TEKNIS["*"])
        self.rules = _RULES.get(agency_code, _RULES["*"])
        self.low, self.high = level_range(today)
        self.counts = CompetencyCounts()
        # kunci jabatan -> {kode: level}; jenis -> {kode: level}
        self.per_jabatan: dict[str, dict[str, int]] = {}
        self.per_jenis: dict[str, dict[str, int]] = {}
        self._bawaan: dict[str, dict[str, int]] = {}

    def write(
        self, check: Callable[[], None] | None, advance: Callable[[float], None] | None
    ) -> CompetencyCounts:
        def step(fraction: float) -> None:
            if check is not None:
                check()
            if advance is not None:
                advance(fraction)

        w = self.w
        new_uuid = self.draw.uuid
        self.counts.teknis = w.insert(
            KompetensiTeknis,
            [
                {"kode": kode, "nama": nama, "deskripsi": deskripsi, "uuid": new_uuid()}
                for kode, nama, deskripsi in self.teknis
            ],
        )
        self.counts.standar = w.insert(StandarKompetensi, self._standards())
        step(0.1)
        self._assessments(step)
        self.counts.skm = w.insert(Skm, self._skm())
        step(1.0)
        return self.counts

    # -- standards ------------------------------------------------------------------------

    def _clip(self, level: int) -> int:
        return max(self.low, min(self.high, level))

    def _standards(self) -> list[Row]:
        jenis, levels = DEFAULT_OVERRIDE
        self.per_jenis[jenis] = dict(levels)
        rows = [self._standar_row(jenis, "", "", kode, level) for kode, level in levels.items()]
        # The positions most of the staff hold first, then by name: the clerk sets the
        # standards of the big groups before the rare ones; then the heads of the units
        # whose work is technical.
        held: dict[tuple[str, str], int] = {}
        for p in self.staff:
            key = (p.jenis, p.jabatan)
            held[key] = held.get(key, 0) + 1
        ranked = sorted(held, key=lambda k: (-held[k], k[1], k[0]))
        staff_positions = [k for k in ranked if k[0] not in _HEADS][: NAMED_POSITIONS * 3]
        heads = [k for k in ranked if k[0] in _HEADS]
        for group, limit in ((staff_positions, NAMED_POSITIONS), (heads, NAMED_HEADS)):
            named = 0
            for jenis_jabatan, jabatan in group:
                if named >= limit:
                    break
                teknis = self._teknis_of(jenis_jabatan, jabatan)
                kunci = kunci_jabatan(jabatan)
                if not teknis or kunci in self.per_jabatan:
                    continue  # a name under two kinds of position: the first one
                levels_of = self._manajerial_of(jenis_jabatan, jabatan) | teknis
                self.per_jabatan[kunci] = levels_of
                named += 1
                rows += [
                    self._standar_row(jenis_jabatan, jabatan, kunci, kode, level)
                    for kode, level in levels_of.items()
                ]
        return rows

    def _standar_row(self, jenis: str, jabatan: str, kunci: str, kode: str, level: int) -> Row:
        return {
            "jenis_jabatan": jenis,
            "jabatan_nama": jabatan,
            "jabatan_kunci": kunci,
            "kompetensi_kode": kode,
            "level": level,
            "uuid": self.draw.uuid(),
        }

    def _manajerial_of(self, jenis: str, jabatan: str) -> dict[str, int]:
        """Managerial and sosial kultural levels of a named position where they are above
        the default (the agency's, else the shipped one): by jenjang for functional
        positions (Ahli Muda 3, Ahli Madya 4), one above it for the heads of technical
        units."""
        base = self.bawaan(jenis) | self.per_jenis.get(jenis, {})
        if jenis in _HEADS:
            return {kode: self._clip(level + 1) for kode, level in base.items()}
        wanted = _jenjang_level(jenis, jabatan)
        if not jenis.startswith("FUNGSIONAL"):
            return {}
        return {kode: wanted for kode, level in base.items() if wanted > level}

    def _teknis_of(self, jenis: str, jabatan: str) -> dict[str, int]:
        name = jabatan.lower()
        known = {kode for kode, _n, _d in self.teknis}
        for words, offsets in self.rules:
            if any(word in name for word in words):
                base = _jenjang_level(jenis, jabatan)
                return {
                    kode: self._clip(base + offset)
                    for kode, offset in offsets.items()
                    if kode in known
                }
        return {}

    def bawaan(self, jenis: str) -> dict[str, int]:
        """The shipped default standard of a kind of position (read once per kind)."""
        found = self._bawaan.get(jenis)
        if found is None:
            found = self._bawaan[jenis] = standar_bawaan(jenis, self.today)
        return found

    def standar_of(self, p: Staf) -> dict[str, int]:
        """The standard services.profil_kompetensi finds for the employee."""
        standar = dict(self.bawaan(p.jenis))
        standar.update(self.per_jenis.get(p.jenis, {}))
        standar.update(self.per_jabatan.get(kunci_jabatan(p.jabatan), {}))
        return standar

    # -- assessments ------------------------------------------------------------------------

    def _assessments(self, step: Callable[[float], None]) -> None:
        rng = self.rng
        y = self.today.year
        first = date(y - 2, 1, 15)
        last = self.today - timedelta(days=7)
        eligible = [
            p
            for p in self.staff
            if p.status != "CPNS" and p.start + timedelta(days=365) <= last and p.jenis
        ]
        # Weighted sampling without replacement (a key per person), reproducible.
        keyed = sorted(
            eligible,
            key=lambda p: -(rng.random() ** (1.0 / _ASSESS_WEIGHT.get(p.jenis, 3))),
        )
        chosen = keyed[: round(ASSESSED_SHARE * len(self.staff))]
        chosen.sort(key=lambda p: p.id)
        # employee -> [(date, asesor, catatan, levels)], oldest first
        plans: dict[int, list[Visit]] = {}
        for p in chosen:
            standar = self.standar_of(p)
            if not standar:
                continue
            lo = max(first, p.start + timedelta(days=365))
            day = self.draw.day(lo, last)
            shortfall = _SHORTFALL.pick(rng)
            visits = [(day, shortfall)]
            later = day + timedelta(days=rng.randint(330, 520))
            if later <= last and rng.random() < 0.22:
                visits.append((later, max(0.0, shortfall - 0.25)))  # developed since
            plans[p.id] = [
                self._visit(standar, when, share, teknis_rated=rng.random() < 0.88)
                for when, share in visits
            ]
        self._ensure_bands(chosen, plans)
        self.counts.kebutuhan = self._gaps(chosen, plans)
        step(0.4)
        ids = self.w.reserve_ids(Asesmen, sum(len(v) for v in plans.values()))
        asesmen: list[Row] = []
        nilai: list[Row] = []
        at = 0
        new_uuid = self.draw.uuid
        for p in chosen:
            for tanggal, asesor, catatan, levels in plans.get(p.id, ()):
                asesmen_id = ids[at]
                at += 1
                asesmen.append(
                    {
                        "id": asesmen_id,
                        "employee_id": p.id,
                        "tanggal": tanggal,
                        "asesor": asesor,
                        "catatan": catatan,
                        "uuid": new_uuid(),
                    }
                )
                nilai += [
                    {"asesmen_id": asesmen_id, "kompetensi_kode": kode, "level": level,
                     "uuid": new_uuid()}
                    for kode, level in levels.items()
                ]  # fmt: skip
        subjects = {p.id: p.subject for p in chosen}
        self.counts.asesmen = self.w.insert(Asesmen, asesmen, subjects=subjects)
        step(0.6)
        for start in range(0, len(nilai), 10000):
            self.counts.asesmen_nilai += self.w.insert(AsesmenNilai, nilai[start : start + 10000])
            step(0.6 + 0.35 * min(1.0, (start + 10000) / max(1, len(nilai))))

    def _gaps(
        self, chosen: Sequence[Staf], plans: Mapping[int, list[Visit]]
    ) -> list[tuple[str, str, int]]:
        """Every assessed competency below its standard: (kode, kelompok, levels short)."""
        teknis = {kode for kode, _n, _d in self.teknis}
        kelompok = {k.kode: k.kelompok.value for k in kompetensi_baku(self.today)}
        found = []
        for p in chosen:
            visits = plans.get(p.id)
            if not visits:
                continue
            aktual: dict[str, int] = {}
            for _day, _asesor, _catatan, levels in visits:
                aktual.update(levels)
            for gap in kesenjangan(self.standar_of(p), aktual):
                if gap.selisih:
                    group = (
                        KelompokKompetensi.TEKNIS.value
                        if gap.kode in teknis
                        else kelompok[gap.kode]
                    )
                    found.append((gap.kode, group, gap.selisih))
        return found

    def _visit(
        self, standar: Mapping[str, int], tanggal: date, shortfall: float, *, teknis_rated: bool
    ) -> Visit:
        """One assessment: its levels around the standard, a level short on some."""
        rng = self.rng
        teknis = {kode for kode, _n, _d in self.teknis}
        levels = {}
        for kode, std in standar.items():
            if kode in teknis and not teknis_rated:
                continue
            roll = rng.random()
            if roll < shortfall:
                # Two levels short happens where the standard is high.
                level = std - (2 if std >= 3 and rng.random() < 0.5 else 1)
            elif roll > 0.95:
                level = std + 1
            else:
                level = std
            levels[kode] = self._clip(level)
        asesor = self.draw.pick(ASESOR)
        rated_teknis = any(kode in teknis for kode in levels)
        catatan = (
            "Asesmen kompetensi manajerial, sosial kultural dan uji kompetensi teknis."
            if rated_teknis
            else "Asesmen kompetensi manajerial dan sosial kultural."
        )
        return tanggal, asesor, catatan, levels

    def _jpm_of(self, p: Staf, visits: Sequence[Visit]) -> float | None:
        aktual: dict[str, int] = {}
        for _day, _asesor, _catatan, levels in visits:  # oldest first: the newest stays
            aktual.update(levels)
        return jpm(self.standar_of(p), aktual, on=self.today)

    def _ensure_bands(self, chosen: Sequence[Staf], plans: dict[int, list[Visit]]) -> None:
        """Make sure every mapping band has someone (a small agency might miss one): the
        assessed nearest to a missing band get levels that put them in it."""
        found: dict[str, list[Staf]] = {}
        for p in chosen:
            if p.id not in plans:
                continue
            value = self._jpm_of(p, plans[p.id])
            if value is not None:
                found.setdefault(band_pemetaan(value, self.today).kode, []).append(p)
        bands = ("optimal", "cukup_optimal", "kurang_optimal")
        for band in bands:
            if found.get(band):
                continue
            donors = [p for b in bands if len(found.get(b, ())) > 1 for p in found[b]]
            for p in donors:
                if self._reshape(p, plans[p.id], band):
                    for b in bands:
                        if p in found.get(b, []):
                            found[b].remove(p)
                    found.setdefault(band, []).append(p)
                    break

    def _reshape(self, p: Staf, visits: list[Visit], band: str) -> bool:
        """Set the newest assessment's levels so the employee's JPM is in ``band``: all at
        the standard, then a level off one competency after another until it is."""
        standar = self.standar_of(p)
        levels = dict(standar)
        order = sorted(standar, key=lambda k: (-standar[k], k))

        def band_now() -> str | None:
            value = jpm(standar, levels, on=self.today)
            return None if value is None else band_pemetaan(value, self.today).kode

        while (now := band_now()) != band:
            if now is None or (band == "cukup_optimal" and now == "kurang_optimal"):
                return False
            lowerable = [kode for kode in order if levels[kode] > self.low]
            if not lowerable:
                return False
            # The competency furthest above the floor, so the shortfall spreads.
            kode = max(lowerable, key=lambda k: (levels[k] - self.low, -order.index(k)))
            levels[kode] -= 1
        tanggal, asesor, _catatan, _levels = visits[-1]
        catatan = "Asesmen kompetensi manajerial, sosial kultural dan uji kompetensi teknis."
        visits[-1] = (tanggal, asesor, catatan, levels)
        return True

    # -- SKM ------------------------------------------------------------------------------

    def _skm(self) -> list[Row]:
        rng = self.rng
        y = self.today.year
        years = [y - 2, y - 1, y] if self.today >= date(y, 7, 1) else [y - 3, y - 2, y - 1]
        unsur = unsur_skm(self.today)
        units = service_units(self.tree)
        plan: list[tuple[Unit, int, str]] = []
        for i, unit in enumerate(units):
            start = _MUTU_START[i % len(_MUTU_START)]
            grades = "DCBA"
            at = grades.index(start)
            for tahun in years:
                plan.append((unit, tahun, grades[at]))
                # Most units improve a band now and then; some slip back.
                roll = rng.random()
                if roll < 0.3 and at < 3:
                    at += 1
                elif roll > 0.9 and at > 0:
                    at -= 1
        # Every mutu present (a small agency's few units could miss one): the most common
        # grade gives way, the oldest surveys first.
        grades_of = [g for _u, _t, g in plan]
        for grade in "ABCD" if len(plan) >= 4 else "":
            if grade in grades_of:
                continue
            common = max("ABCD", key=grades_of.count)
            at = grades_of.index(common)
            grades_of[at] = grade
            plan[at] = (plan[at][0], plan[at][1], grade)
        rows = []
        for unit, tahun, grade in plan:
            on = date(tahun, 12, 31)
            for _attempt in range(20):
                lo, hi = _MUTU_MEAN[grade]
                mean = rng.uniform(lo, hi)
                values = [
                    round(min(4.0, max(1.0, mean + offset + rng.gauss(0.0, 0.05))), 2)
                    for offset in _UNSUR_OFFSET[: len(unsur)]
                ]
                indeks = indeks_skm(values, on)
                mutu = mutu_skm(indeks, on)
                if mutu.kode == grade:
                    break
            small = unit.kind == "kelurahan"
            responden = rng.randint(60, 150) if small else rng.randint(150, 420)
            semester = "semester I" if tahun == y else "semester I dan II"
            row: Row = {
                "unit_id": unit.id,
                "tahun": tahun,
                "indeks": indeks,
                "mutu": mutu.kode,
                "responden": responden,
                "catatan": f"Survei kepuasan masyarakat {semester} {tahun}, {responden} "
                "responden (PermenPANRB 14/2017).",
                "uuid": self.draw.uuid(),
            }
            for element, value in zip(unsur, values, strict=True):
                row[element.kode] = value
            rows.append(row)
        return rows
