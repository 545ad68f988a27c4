"""The demo's performance appraisals: SKPs, evaluations and frozen documents of recent years.

Written after the employees, in the same bulk run (BulkWriter: every row stamped and
audited), so a cancelled demo leaves nothing behind. For today's year Y:

- Y-3 .. Y-1: an SKP per employee who was in the agency that year (PermenPANRB 6/2022),
  its year-end evaluation finalised, with the EvaluasiVersi snapshot that
  services.appraisals.finalise would freeze (built here from the generated data, without
  the ORM: the same dict DokumenEvaluasi.to_dict gives, hashed and coded the same way);
- Y: the SKPs and the draft quarterly evaluations of the quarters that have ended;
- 2019 and 2020 (before Y-3): imported PP 46/2011 history, numeric, for the PNS of then;
- a capaian kinerja organisasi for the agency per PermenPANRB year; the year-end predikat
  follow its pola distribusi (every predikat present), with some single RHK and core
  values rated Di Bawah Ekspektasi (performance gaps) inside otherwise good years.

Appraisers follow the rule of services.appraisals._senior_of on the register as written
(today's unit tree and positions), for every year; the head of the agency is appraised by
the Wali Kota and administrators have the Wali Kota as atasan pejabat penilai (NON ASN,
typed in). The documents print today's facts of the people in the register, as
build_dokumen does for them, so a snapshot equals what the service would freeze now.
"""

from __future__ import annotations

import bisect
import hashlib
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from asn_desktop.db.appraisal_models import (
    CapaianOrganisasi,
    Evaluasi,
    EvaluasiIndikator,
    EvaluasiPerilaku,
    EvaluasiRhk,
    EvaluasiVersi,
    Skp,
    SkpIndikator,
    SkpPerilaku,
    SkpRhk,
)
from asn_desktop.demo.draw import Draw, Weighted
from asn_desktop.demo.rhk_texts import (
    BESAR_KEPALA,
    BESAR_SEKRETARIS,
    CATATAN,
    EKSPEKTASI,
    HEAD_TOPIC,
    RHK_KEPALA_DAERAH,
    TAMBAHAN,
    TOPICS,
    UMPAN_BALIK_PERILAKU,
    UMPAN_BALIK_RHK,
    Ind,
    Rhk,
    staff_topic,
)
from asn_desktop.demo.units import Unit, UnitTree
from asn_desktop.domain.dokumen_kinerja import (
    DokumenEvaluasi,
    canonical_json,
    kode_dokumen,
    orang_dari_pegawai,
)
from asn_desktop.domain.kinerja import (
    Predikat,
    Rating,
    Skema,
    capaian_labels,
    nilai_dasar,
    periode,
    predikat_dari_rating,
    predikat_label,
    rating_label,
)
from asn_desktop.services.appraisal_documents import _ASPEK, PEMERINTAH, TEMPAT
from asn_desktop.services.appraisals import _SENIORITY
from asn_desktop.services.bulk import BulkWriter, Subject, employee_subject
from asn_desktop.services.database import AGENCY_NAME_KEY

__all__ = [
    "LEGACY_YEARS",
    "AppraisalCounts",
    "Pegawai",
    "pegawai_of",
    "write_appraisals",
]

Row = dict[str, Any]

# Imported history under PP 46/2011 (its years are 2014-2020), when before the full years.
LEGACY_YEARS = (2019, 2020)
# Employees per batch of the staff (heads come first, in one batch).
BATCH_EMPLOYEES = 500
# Snapshots checked against DokumenEvaluasi.from_dict(...).to_dict() while generating.
CHECK_FIRST = 40

# The agency's capaian per year, oldest full year first; the current year is "baik".
_CAPAIAN_FULL = ("baik", "istimewa", "baik")
# Shares (per cent) of the year-end predikat per capaian, inside its pola distribusi.
SHARES: dict[str, dict[Predikat, float]] = {
    "istimewa": {
        Predikat.SANGAT_BAIK: 40.0,
        Predikat.BAIK: 50.0,
        Predikat.BUTUH_PERBAIKAN: 6.0,
        Predikat.KURANG: 3.0,
        Predikat.SANGAT_KURANG: 1.0,
    },
    "baik": {
        Predikat.SANGAT_BAIK: 17.0,
        Predikat.BAIK: 68.0,
        Predikat.BUTUH_PERBAIKAN: 9.0,
        Predikat.KURANG: 4.0,
        Predikat.SANGAT_KURANG: 2.0,
    },
}
_GOOD = (Predikat.SANGAT_BAIK, Predikat.BAIK)

# Appraisers from outside the register: (from year, name) of the Wali Kota, the Gubernur.
WALI_KOTA = ((0, "H. Rahmat Sugiharto, S.E., M.Si."), (2025, "Dr. H. Andri Kusumawijaya, M.T."))
WALI_KOTA_JABATAN = "Wali Kota Bandung"
WALI_KOTA_UNIT = "Pemerintah Kota Bandung"
GUBERNUR = "Dr. H. Iwan Setiawan Natapraja, M.Si."
GUBERNUR_JABATAN = "Gubernur Jawa Barat"
GUBERNUR_UNIT = "Pemerintah Daerah Provinsi Jawa Barat"
ASN, NON_ASN = "ASN", "NON ASN"

_BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
          "September", "Oktober", "November", "Desember")  # fmt: skip
_SHORTER_IS_BETTER = ("hari kerja", "hari", "jam", "menit")
_UNIT_PREFIXES = ("Subbagian ", "Subbidang ", "Seksi ", "Bidang ", "Sekretariat ")
_PLACE_WORDS = frozenset({"Kecamatan", "Kelurahan", "Kota", "UPT"})
_HEAD_POOLS_SUBBAGIAN = (("keuangan", "kasubbag_keuangan"), ("program", "kasubbag_program"))


@dataclass(slots=True, eq=False)
class Pegawai:
    """What the appraisals need of one generated employee (taken from the rows written)."""

    id: int
    uuid: str
    nip: str
    nama: str
    gelar_depan: str
    gelar_belakang: str
    status: str
    golongan_id: int | None
    jabatan: str
    jenis: str
    unit_id: int
    start: date
    placements: tuple[tuple[date, int | None], ...]  # (tmt, unit id or None elsewhere)
    subject: Subject
    level: int = 0
    orang: dict[str, str] = field(default_factory=dict)  # as the document prints them


def pegawai_of(row: Row, ranks: Sequence[Row], placements: Sequence[Row]) -> Pegawai:
    """The facts of an employee row with its rank and unit histories."""
    return Pegawai(
        id=row["id"],
        uuid=row["uuid"],
        nip=row["nip"],
        nama=row["nama"],
        gelar_depan=row["gelar_depan"],
        gelar_belakang=row["gelar_belakang"],
        status=row["status_kepegawaian"],
        golongan_id=row["golongan_id"],
        jabatan=row["jabatan_nama"],
        jenis=row["jenis_jabatan"],
        unit_id=row["unit_id"],
        start=ranks[0]["tmt"],
        placements=tuple((p["tmt"], p["unit_id"]) for p in placements),
        subject=employee_subject(row),
        level=_SENIORITY.get(row["jenis_jabatan"], 0),
    )


@dataclass
class AppraisalCounts:
    skp: int = 0
    evaluasi: int = 0
    versi: int = 0
    rows: int = 0  # every appraisal row written (the tables of db.appraisal_models)


def write_appraisals(
    writer: BulkWriter,
    draw: Draw,
    staff: Sequence[Pegawai],
    tree: UnitTree,
    *,
    today: date,
    actor: str,
    check: Callable[[], None] | None = None,
    advance: Callable[[int], None] | None = None,
) -> AppraisalCounts:
    """Write the appraisals of ``staff`` (all the demo's employees); ``check()`` is called
    between batches and may raise to cancel the run, ``advance(n)`` after each batch with
    the number of employees whose appraisals it wrote."""
    return _Appraisals(writer, draw, staff, tree, today=today, actor=actor).write(check, advance)


# -- targets and what was achieved --------------------------------------------------------


def _ribuan(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _desimal(x: float, places: int) -> str:
    return f"{x:.{places}f}".replace(".", ",")


class Target:
    """A target spec of rhk_texts, printed for a year and realised at a rating."""

    __slots__ = ("better", "cap", "kind", "places", "suffix", "unit", "value", "worse")

    def __init__(self, spec: str) -> None:
        self.unit = self.suffix = self.better = self.worse = ""
        self.places = 0
        self.cap = 100.0
        self.value: float = 0
        if spec.startswith("@"):
            self.kind = "bulan"
            self.value = int(spec[1:])
        elif spec.startswith("~"):
            self.kind = "grade"
            self.unit, self.better, self.worse = spec[1:].split("|")
        elif spec.startswith("="):
            self.kind = "nilai"
            number, _, rest = spec[1:].partition(" ")
            self.places = len(number.partition(",")[2])
            self.value = float(number.replace(",", "."))
            self.suffix = f" {rest}" if rest else ""
            if "skala " in rest:
                self.cap = float(rest.split("skala ")[1].rstrip(")"))
        elif spec.endswith("%"):
            self.kind = "pct"
            self.value = int(spec[:-1])
        else:
            number, _, self.unit = spec.partition(" ")
            self.value = int(number.replace(".", ""))
            self.kind = "durasi" if self.unit in _SHORTER_IS_BETTER else "jumlah"

    def text(self, tahun: int) -> str:
        kind = self.kind
        if kind == "bulan":
            return f"{_BULAN[int(self.value) - 1]} {tahun}"
        if kind == "grade":
            return self.unit
        if kind == "nilai":
            return _desimal(self.value, self.places) + self.suffix
        if kind == "pct":
            return f"{int(self.value)}%"
        return f"{_ribuan(int(self.value))} {self.unit}"

    def akhir(self, rating: str, tahun: int, rng: Any) -> str:
        """The year's realisasi of an indicator whose RHK got ``rating``."""
        kind, v = self.kind, self.value
        if kind == "bulan":
            m = int(v) + (-1 if rating == "di_atas" else 1 if rating == "di_bawah" else 0)
            if m < 1:
                m = 1
            return f"{_BULAN[m - 1]} {tahun}" if m <= 12 else f"Januari {tahun + 1}"
        if kind == "grade":
            return {"di_atas": self.better, "di_bawah": self.worse}.get(rating, self.unit)
        if kind == "nilai":
            factor = {"di_atas": rng.uniform(1.02, 1.07), "di_bawah": rng.uniform(0.85, 0.95)}
            x = min(self.cap, v * factor.get(rating, rng.uniform(1.0, 1.015)))
            return _desimal(x, self.places) + self.suffix
        if kind == "pct":
            if rating == "di_atas":
                return f"{min(100, int(v) + rng.randint(2, 6))}%"
            if rating == "di_bawah":
                return f"{int(v) - rng.randint(8, 20)}%"
            return f"{min(100, int(v) + rng.randint(0, 1))}%"
        n = int(v)
        if kind == "durasi":
            if rating == "di_atas":
                got = n - 1 if n > 1 else n
            elif rating == "di_bawah":
                got = n + rng.randint(1, 3)
            else:
                got = n
            return f"{got} {self.unit}"
        if rating == "di_atas":
            got = n + max(1, round(n * rng.uniform(0.05, 0.25)))
        elif rating == "di_bawah":
            got = min(n - 1, round(n * rng.uniform(0.6, 0.9))) if n > 1 else 0
        else:
            got = n
        return f"{_ribuan(got)} {self.unit}"

    def triwulan(self, q: int, tahun: int, rng: Any) -> str:
        """The realisasi up to the end of quarter ``q`` (a periodic evaluation)."""
        kind, v = self.kind, self.value
        if kind == "bulan":
            if int(v) <= 3 * q:
                return self.akhir("sesuai", tahun, rng)
            return f"Dalam proses, sesuai jadwal ({25 * q}%)"
        if kind == "grade":
            return "Dinilai pada akhir tahun"
        if kind in ("nilai", "pct", "durasi"):
            return self.akhir("sesuai" if rng.random() < 0.85 else "di_bawah", tahun, rng)
        got = round(v * q / 4 * rng.uniform(0.85, 1.1))
        return f"{_ribuan(max(0, got))} {self.unit}"


_TARGETS: dict[int, Target] = {}


def _target(ind: Ind) -> Target:
    found = _TARGETS.get(id(ind))
    if found is None:
        found = _TARGETS[id(ind)] = Target(ind.target)
    return found


# -- per-year facts from the policy tables -------------------------------------------------


class _Year:
    """Labels and matrices of one appraisal year, read once."""

    def __init__(self, tahun: int) -> None:
        self.tahun = tahun
        end = date(tahun, 12, 31)
        self.end = end
        self.rating = {r.value: rating_label(r, on=end) for r in Rating}
        self.predikat = {p.value: predikat_label(p, on=end) for p in Predikat}
        self.capaian = capaian_labels(on=end)
        self.nilai = [(n.kode, n.nama, list(n.uraian)) for n in nilai_dasar(on=end)]
        akhir = periode("akhir", tahun)
        self.akhir_label, self.akhir_rentang = akhir.label, akhir.rentang
        # predikat of each (hasil kerja, perilaku) at the year's end, and back
        self.matrix = {
            (h.value, p.value): predikat_dari_rating(h, p, on=end).value
            for h in Rating
            for p in Rating
        }
        self.cells: dict[str, Weighted] = {}
        for predikat in Predikat:
            cells = [
                (cell, 1 + 2 * cell.count(Rating.SESUAI.value))
                for cell, found in self.matrix.items()
                if found == predikat.value
            ]
            if cells:
                self.cells[predikat.value] = Weighted(cells)
        self.quarters = {f"tw{q}": (periode(f"tw{q}", tahun).selesai, q) for q in range(1, 5)}
        self.quarter_matrix = {
            kode: {
                (h.value, p.value): predikat_dari_rating(h, p, on=end_q).value
                for h in Rating
                for p in Rating
            }
            for kode, (end_q, _q) in self.quarters.items()
        }
        self.context = {"tahun": tahun, "tahun_lalu": tahun - 1}


def _periode_text(tahun: int, last_month: int) -> str:
    return f"Januari s.d. {_BULAN[last_month - 1]} {tahun}"


def _urusan(nama: str) -> str:
    """ "pengembangan aplikasi" of "Seksi Pengembangan Aplikasi"; place names (from
    Kecamatan, Kelurahan, Kota or UPT on) and acronyms keep their capitals."""
    for prefix in _UNIT_PREFIXES:
        if nama.startswith(prefix):
            nama = nama[len(prefix) :]
            break
    words = nama.split()
    for i, word in enumerate(words):
        if word in _PLACE_WORDS:
            break
        if word[:1].isupper() and word[1:].islower():
            words[i] = word.lower()
    return " ".join(words)


# One RHK of a person's plan: jenis, template, the unit its text is about, how many of the
# template's indicators the SKP uses.
Planned = tuple[str, Rhk, Unit, int]
# Indicators per RHK of a staff member's SKP (at most the template's).
_STAFF_INDICATORS = Weighted(((1, 60), (2, 35), (3, 5)))


class _Ids:
    """Primary keys reserved in chunks (gaps at the end of a run are harmless)."""

    def __init__(self, writer: BulkWriter, model: type[Any]) -> None:
        self.writer, self.model = writer, model
        self.pool: list[int] = []
        self.at = 0

    def next(self) -> int:
        if self.at >= len(self.pool):
            self.pool = self.writer.reserve_ids(self.model, 4096)
            self.at = 0
        value = self.pool[self.at]
        self.at += 1
        return value


@dataclass
class _Batch:
    skp: list[Row] = field(default_factory=list)
    rhk: list[Row] = field(default_factory=list)
    indikator: list[Row] = field(default_factory=list)
    perilaku: list[Row] = field(default_factory=list)
    evaluasi: list[Row] = field(default_factory=list)
    e_rhk: list[Row] = field(default_factory=list)
    e_indikator: list[Row] = field(default_factory=list)
    e_perilaku: list[Row] = field(default_factory=list)
    versi: list[Row] = field(default_factory=list)


class _Appraisals:
    def __init__(
        self,
        writer: BulkWriter,
        draw: Draw,
        staff: Sequence[Pegawai],
        tree: UnitTree,
        *,
        today: date,
        actor: str,
    ) -> None:
        self.w = writer
        self.draw = draw
        self.rng = draw.rng
        self.today = today
        self.actor = actor
        self.staff = list(staff)
        self.tree = tree
        self.units = {u.id: u for u in tree.units}
        self.instansi = writer.meta(AGENCY_NAME_KEY)
        y = today.year
        self.full = [y - 3, y - 2, y - 1]
        self.current = y
        self.legacy = [t for t in LEGACY_YEARS if t < self.full[0]]
        self.capaian = dict(zip(self.full, _CAPAIAN_FULL, strict=True)) | {y: "baik"}
        self.years = {t: _Year(t) for t in [*self.full, y]}
        self.ids = {
            m: _Ids(writer, m)
            for m in (Skp, SkpRhk, SkpIndikator, SkpPerilaku, Evaluasi, EvaluasiRhk,
                      EvaluasiIndikator, EvaluasiPerilaku, EvaluasiVersi)
        }  # fmt: skip
        self.counts = AppraisalCounts()
        self.checked = 0
        self._tambahan = list(TAMBAHAN)
        # Filled by write(): each person's appraiser and the appraiser's superior (None:
        # outside the register), the full years' predikat, what each SKP holds, and the
        # heads' own RHK per (person id, year) for their staff to link to.
        self.penilai: dict[int, Pegawai | None] = {}
        self.atasan: dict[int, Pegawai | None] = {}
        self.predikat: dict[int, dict[Pegawai, str]] = {}
        self.plans: dict[int, list[Planned]] = {}
        self.linkable: dict[tuple[int, int], list[tuple[int, str, Unit]]] = {}

    # -- who appraises whom -----------------------------------------------------------------

    def _seniors(self) -> dict[int, list[Pegawai]]:
        by_unit: dict[int, list[Pegawai]] = {}
        for p in self.staff:
            if p.level > 0:
                by_unit.setdefault(p.unit_id, []).append(p)
        for people in by_unit.values():
            people.sort(key=lambda c: (c.level, c.nip))
        return by_unit

    def _senior_of(self, p: Pegawai, seniors: dict[int, list[Pegawai]]) -> Pegawai | None:
        """services.appraisals._senior_of on the rows written: up the units from the
        person's own, the nearest level above, then by NIP."""
        unit: Unit | None = self.units.get(p.unit_id)
        while unit is not None:
            for c in seniors.get(unit.id, ()):
                if c.level > p.level and c is not p:
                    return c
            unit = unit.parent
        return None

    # -- the whole run ----------------------------------------------------------------------

    def write(
        self, check: Callable[[], None] | None, advance: Callable[[int], None] | None = None
    ) -> AppraisalCounts:
        w = self.w
        if not self.staff:
            return self.counts
        seniors = self._seniors()
        for p in self.staff:
            found = self.penilai[p.id] = self._senior_of(p, seniors)
            self.atasan[p.id] = self._senior_of(found, seniors) if found is not None else None
            p.orang = self._orang(p)

        rows = [
            {
                "tahun": t,
                "unit_id": None,
                "capaian": self.capaian[t],
                "keterangan": self._capaian_keterangan(t),
                "uuid": self.draw.uuid(),
            }
            for t in [*self.full, self.current]
        ]
        self.counts.rows += w.insert(CapaianOrganisasi, rows)

        for t in self.full:
            eligible = [p for p in self.staff if self._eligible(p, t)]
            self.predikat[t] = self._predikat_of_year(t, eligible)
        self.plans = {p.id: self._plan(p) for p in self.staff}

        heads = sorted((p for p in self.staff if p.level > 0), key=lambda p: (-p.level, p.id))
        others = [p for p in self.staff if p.level == 0]
        batches = [heads] + [
            others[i : i + BATCH_EMPLOYEES] for i in range(0, len(others), BATCH_EMPLOYEES)
        ]
        for people in batches:
            if check is not None:
                check()
            if people:
                self._write_batch(people)
                if advance is not None:
                    advance(len(people))
        return self.counts

    def _write_batch(self, people: Sequence[Pegawai]) -> None:
        b = _Batch()
        for p in people:
            for t in self.legacy:
                if self._eligible_legacy(p, t):
                    self._legacy(b, p, t)
            for t in self.full:
                if p in self.predikat[t]:
                    self._year(b, p, t, final=True)
            if self._eligible_current(p):
                self._year(b, p, self.current, final=False)
        w = self.w
        subjects = {p.id: p.subject for p in people}
        n = w.insert(Skp, b.skp, subjects=subjects)
        n += w.insert(SkpRhk, b.rhk)
        n += w.insert(SkpIndikator, b.indikator)
        n += w.insert(SkpPerilaku, b.perilaku)
        n += w.insert(Evaluasi, b.evaluasi)
        n += w.insert(EvaluasiRhk, b.e_rhk)
        n += w.insert(EvaluasiIndikator, b.e_indikator)
        n += w.insert(EvaluasiPerilaku, b.e_perilaku)
        n += w.insert(EvaluasiVersi, b.versi)
        c = self.counts
        c.skp += len(b.skp)
        c.evaluasi += len(b.evaluasi)
        c.versi += len(b.versi)
        c.rows += n

    # -- who has an SKP when -----------------------------------------------------------------

    @staticmethod
    def _here_on(p: Pegawai, day: date) -> bool:
        """Whether the person worked in this agency on ``day`` (not yet, or elsewhere)."""
        i = bisect.bisect_right([tmt for tmt, _ in p.placements], day)
        return bool(i) and p.placements[i - 1][1] is not None

    def _eligible(self, p: Pegawai, tahun: int) -> bool:
        day = date(tahun, 7, 1)
        return p.start <= day and self._here_on(p, day)

    def _eligible_legacy(self, p: Pegawai, tahun: int) -> bool:
        return (
            p.status == "PNS"
            and p.start <= date(tahun, 1, 1)
            and self._here_on(p, date(tahun, 7, 1))
        )

    def _eligible_current(self, p: Pegawai) -> bool:
        return p.start + timedelta(days=30) <= self.today

    # -- the year's predikat, inside the pola distribusi ----------------------------------

    def _predikat_of_year(self, tahun: int, people: Sequence[Pegawai]) -> dict[Pegawai, str]:
        n = len(people)
        shares = SHARES[self.capaian[tahun]]
        counts = _quotas(n, shares)
        labels = [p.value for p, k in counts.items() for _ in range(k)]
        self.rng.shuffle(labels)
        assigned = dict(zip(people, labels, strict=True))
        # Heads of units keep a good predikat: swap theirs with a staff member's.
        good_staff = [p for p in people if p.level == 0 and assigned[p] in _GOOD]
        for p in people:
            if p.level > 0 and assigned[p] not in _GOOD and good_staff:
                other = good_staff.pop(self.rng.randrange(len(good_staff)))
                assigned[p], assigned[other] = assigned[other], assigned[p]
        return assigned

    # -- plans: what each person's SKP holds, the same every year -------------------------

    def _plan(self, p: Pegawai) -> list[Planned]:
        rng = self.rng
        unit = self.units[p.unit_id]
        pick = self.draw.pick
        if p.level > 0 and (unit.parent is None or unit.kind == "sekretariat"):
            return self._big_plan(p, unit)
        if p.level > 0:
            topic = HEAD_TOPIC.get(unit.kind, "kasi")
            if unit.kind == "subbagian":
                topic = next(
                    (t for key, t in _HEAD_POOLS_SUBBAGIAN if key in unit.nama.lower()),
                    "kasubbag_umum",
                )
        else:
            topic = staff_topic(p.jabatan, general_unit=unit.general)
        pool = list(TOPICS[topic])
        utama_n = min(len(pool), rng.choice((3, 3, 4, 4, 4, 5, 5, 6)))
        tambahan_n = max(rng.choice((1, 1, 1, 2, 2, 3)), 4 - utama_n)
        chosen = rng.sample(pool, utama_n)
        if p.level == 0 and rng.random() < 0.25:  # a second line of work, general
            extra = pick(TOPICS["umum"] if topic != "umum" else TOPICS["arsip"])
            if all(extra is not r for r in chosen) and len(chosen) < 6:
                chosen.append(extra)
        plan: list[Planned] = [("utama", r, unit, self._indicators(p, r)) for r in chosen]
        plan += [
            ("tambahan", r, unit, self._indicators(p, r))
            for r in rng.sample(self._tambahan, tambahan_n)
        ]
        return plan[:10]

    def _indicators(self, p: Pegawai, r: Rhk) -> int:
        if p.level > 0:
            return len(r.ind)
        return min(len(r.ind), int(_STAFF_INDICATORS.pick(self.rng)))

    def _big_plan(self, p: Pegawai, unit: Unit) -> list[Planned]:
        """The long SKP of the head of the agency or the secretary: 25-40 RHK."""
        rng = self.rng
        size = rng.randint(25, 40) if unit.parent is None else rng.randint(25, 34)
        planned: list[Planned] = []
        if unit.parent is None:
            planned += [("utama", r, unit, min(2, len(r.ind))) for r in TOPICS[BESAR_KEPALA[0]]]
            steered = [u for u in self.tree.units if u.parent is unit]
            for child in steered:
                if child.kind == "bidang":
                    pool = TOPICS[BESAR_KEPALA[1]]
                elif child.kind == "upt":
                    pool = TOPICS[BESAR_KEPALA[2]]
                elif child.kind == "kecamatan":
                    pool = TOPICS["camat"]
                else:
                    continue
                for r in rng.sample(list(pool), min(len(pool), rng.randint(2, 3))):
                    planned.append(("utama", r, child, min(2, len(r.ind))))
        else:
            subbagian = [u for u in self.tree.units if u.parent is unit] or [unit]
            for topic in BESAR_SEKRETARIS:
                pool = TOPICS[topic]
                take = len(pool) if topic == "sekretaris" else min(len(pool), rng.randint(2, 4))
                where = unit if topic == "sekretaris" else self.draw.pick(subbagian)
                planned += [
                    ("utama", r, where, min(2, len(r.ind))) for r in rng.sample(list(pool), take)
                ]
        tambahan = rng.randint(2, 4)
        planned = planned[: max(1, size - tambahan)]
        planned += [("tambahan", r, unit, 1) for r in rng.sample(self._tambahan, tambahan)]
        return planned

    # -- one year of one person -------------------------------------------------------------

    def _penilai_columns(self, p: Pegawai, tahun: int) -> Row:
        cols: Row = {}
        found = self.penilai[p.id]
        top = self.atasan[p.id]
        wali = _wali_kota(tahun)
        for prefix, person, typed in (
            ("penilai", found, None if found else (wali, WALI_KOTA_JABATAN, WALI_KOTA_UNIT)),
            (
                "atasan",
                top,
                None
                if top
                else (
                    (GUBERNUR, GUBERNUR_JABATAN, GUBERNUR_UNIT)
                    if found is None
                    else (wali, WALI_KOTA_JABATAN, WALI_KOTA_UNIT)
                ),
            ),
        ):
            if person is not None:
                o = person.orang
                cols |= {
                    f"{prefix}_id": person.id,
                    f"{prefix}_status": ASN,
                    f"{prefix}_nama": o["nama"],
                    f"{prefix}_nip": o["nip"],
                    f"{prefix}_pangkat": o["pangkat"],
                    f"{prefix}_jabatan": o["jabatan"],
                    f"{prefix}_unit": o["unit_kerja"],
                }
            else:
                assert typed is not None
                cols |= {
                    f"{prefix}_id": None,
                    f"{prefix}_status": NON_ASN,
                    f"{prefix}_nama": typed[0],
                    f"{prefix}_nip": "",
                    f"{prefix}_pangkat": "",
                    f"{prefix}_jabatan": typed[1],
                    f"{prefix}_unit": typed[2],
                }
        return cols

    def _skp_row(self, p: Pegawai, tahun: int, skema: str) -> Row:
        row: Row = {
            "id": self.ids[Skp].next(),
            "employee_id": p.id,
            "tahun": tahun,
            "skema": skema,
            "jenis_periode": "triwulan",
            "unit_id": p.unit_id,
            "uuid": self.draw.uuid(),
        }
        row |= self._penilai_columns(p, tahun)
        return row

    def _legacy(self, b: _Batch, p: Pegawai, tahun: int) -> None:
        """An imported PP 46/2011 year: the numbers only."""
        rng = self.rng
        skp = self._skp_row(p, tahun, Skema.PP_46_2011.value)
        b.skp.append(skp)
        nilai_skp = round(min(99.0, max(62.0, rng.gauss(83.0, 5.0))), 2)
        nilai_perilaku = round(min(99.0, max(60.0, rng.gauss(81.0, 5.5))), 2)
        b.evaluasi.append(
            {
                "id": self.ids[Evaluasi].next(),
                "skp_id": skp["id"],
                "periode": "akhir",
                "status": "final",
                "versi": 0,
                "rating_hasil_kerja": None,
                "rating_perilaku": None,
                "predikat": "",
                "capaian_organisasi": "",
                "catatan": "",
                "tanggal_penetapan": date(tahun + 1, 1, rng.randint(6, 28)),
                "nilai_skp": nilai_skp,
                "nilai_perilaku": nilai_perilaku,
                "uuid": self.draw.uuid(),
            }
        )

    def _year(self, b: _Batch, p: Pegawai, tahun: int, *, final: bool) -> None:
        pick = self.draw.pick
        year = self.years[tahun]
        skp = self._skp_row(p, tahun, Skema.PERMENPANRB_6_2022.value)
        b.skp.append(skp)
        skp_id = skp["id"]
        rhk_ids = self.ids[SkpRhk]
        ind_ids = self.ids[SkpIndikator]
        new_uuid = self.draw.uuid
        ctx = year.context
        appraiser = self.penilai[p.id]
        links = self.linkable.get((appraiser.id, tahun)) if appraiser is not None else None
        plan = self.plans[p.id]
        # (rhk row, [(indikator row, template)]) in the document's order
        written: list[tuple[Row, list[tuple[Row, Ind]], dict[str, Any]]] = []
        own_links: list[tuple[int, str, Unit]] = []
        order = {"utama": 0, "tambahan": 0}
        for jenis, template, about, n_ind in plan:
            order[jenis] += 1
            fmt = ctx | {"unit": about.nama, "urusan": _urusan(about.nama),
                         "instansi": self.instansi}  # fmt: skip
            text = template.teks.format(**fmt)
            atasan_id: int | None = None
            atasan_text = ""
            if jenis == "utama":
                if links:
                    near = [lk for lk in links if _within(about, lk[2])] or links
                    atasan_id, atasan_text, _ = pick(near)
                elif appraiser is None:
                    atasan_text = pick(RHK_KEPALA_DAERAH)
                else:
                    atasan_text = self._plan_text(appraiser, tahun)
            rhk = {
                "id": rhk_ids.next(),
                "skp_id": skp_id,
                "jenis": jenis,
                "urutan": order[jenis],
                "rhk": text,
                "rhk_atasan_id": atasan_id,
                "rhk_atasan": atasan_text,
                "uuid": new_uuid(),
            }
            b.rhk.append(rhk)
            if jenis == "utama" and p.level > 0:
                own_links.append((rhk["id"], text, about))
            inds = []
            for number, ind in enumerate(template.ind[:n_ind], start=1):
                row = {
                    "id": ind_ids.next(),
                    "rhk_id": rhk["id"],
                    "urutan": number,
                    "aspek": ind.aspek,
                    "indikator": ind.teks.format(**fmt),
                    "target": _target(ind).text(tahun),
                    "uuid": new_uuid(),
                }
                b.indikator.append(row)
                inds.append((row, ind))
            written.append((rhk, inds, fmt))
        if own_links:
            self.linkable[(p.id, tahun)] = own_links
        ekspektasi = {}
        for number, (kode, _nama, _uraian) in enumerate(year.nilai, start=1):
            text = pick(EKSPEKTASI.get(kode, ("",)))
            ekspektasi[kode] = text
            b.perilaku.append(
                {
                    "id": self.ids[SkpPerilaku].next(),
                    "skp_id": skp_id,
                    "kode": kode,
                    "urutan": number,
                    "ekspektasi": text,
                    "uuid": new_uuid(),
                }
            )
        if final:
            self._akhir(b, p, skp, year, written, ekspektasi)
        else:
            # This year's latest quarter that has ended is the draft being worked on; the
            # earlier ones would triple the demo's rows (and minutes) for little to show.
            ended = [
                (end_q, kode, q)
                for kode, (end_q, q) in year.quarters.items()
                if end_q < self.today and end_q >= p.start
            ]
            if ended:
                _end, kode, q = max(ended)
                self._triwulan(b, p, skp, year, kode, q, written)

    def _plan_text(self, appraiser: Pegawai, tahun: int) -> str:
        """An RHK of an appraiser who has no SKP of the year here, as the staff typed it."""
        utama = [(r, u) for jenis, r, u, _n in self.plans[appraiser.id] if jenis == "utama"]
        template, about = self.draw.pick(utama)
        fmt = self.years[tahun].context | {
            "unit": about.nama, "urusan": _urusan(about.nama), "instansi": self.instansi
        }  # fmt: skip
        return template.teks.format(**fmt)

    # -- evaluations -----------------------------------------------------------------------

    def _akhir(
        self,
        b: _Batch,
        p: Pegawai,
        skp: Row,
        year: _Year,
        written: list[tuple[Row, list[tuple[Row, Ind]], dict[str, Any]]],
        ekspektasi: dict[str, str],
    ) -> None:
        """The year-end evaluation, finalised, with its frozen version."""
        rng = self.rng
        pick = self.draw.pick
        tahun = year.tahun
        predikat = self.predikat[tahun][p]
        # A cell of the matrix (predikat_dari_rating at the year's end) with that predikat.
        hasil, perilaku = year.cells[predikat].pick(rng)
        new_uuid = self.draw.uuid
        evaluasi_uuid = new_uuid()
        evaluasi_id = self.ids[Evaluasi].next()
        day = min(self.today, date(tahun + 1, 1, rng.randint(5, 27)))
        catatan = pick(CATATAN[predikat])
        b.evaluasi.append(
            {
                "id": evaluasi_id,
                "skp_id": skp["id"],
                "periode": "akhir",
                "status": "final",
                "versi": 1,
                "rating_hasil_kerja": hasil,
                "rating_perilaku": perilaku,
                "predikat": predikat,
                "capaian_organisasi": self.capaian[tahun],
                "catatan": catatan,
                "tanggal_penetapan": day,
                "nilai_skp": None,
                "nilai_perilaku": None,
                "uuid": evaluasi_uuid,
            }
        )
        periode_text = _periode_text(tahun, 12)
        ratings = _spread(rng, hasil, len(written), gap=0.04)
        hasil_kerja = []
        for (rhk, inds, fmt), rating in zip(written, ratings, strict=True):
            feedback = pick(UMPAN_BALIK_RHK[rating])
            b.e_rhk.append(
                {
                    "id": self.ids[EvaluasiRhk].next(),
                    "evaluasi_id": evaluasi_id,
                    "rhk_id": rhk["id"],
                    "umpan_balik": feedback,
                    "rating": rating,
                    "uuid": new_uuid(),
                }
            )
            printed = []
            for ind_row, ind in inds:
                realisasi = _target(ind).akhir(rating, tahun, rng)
                bukti = ind.bukti.format(periode=periode_text, **fmt)
                b.e_indikator.append(
                    {
                        "id": self.ids[EvaluasiIndikator].next(),
                        "evaluasi_id": evaluasi_id,
                        "indikator_id": ind_row["id"],
                        "realisasi": realisasi,
                        "bukti": bukti,
                        "uuid": new_uuid(),
                    }
                )
                printed.append(
                    {
                        "aspek": _ASPEK.get(ind_row["aspek"], ind_row["aspek"]),
                        "indikator": ind_row["indikator"],
                        "target": ind_row["target"],
                        "realisasi": realisasi,
                        "bukti": bukti,
                    }
                )
            hasil_kerja.append(
                {
                    "jenis": rhk["jenis"].upper(),
                    "rhk": rhk["rhk"],
                    "rhk_atasan": rhk["rhk_atasan"],
                    "indikator": printed,
                    "umpan_balik": feedback,
                }
            )
        values = _spread(rng, perilaku, len(year.nilai), gap=0.04)
        # Feedback on some core values (always on those rated apart from the rest).
        noted = set(rng.sample(range(len(values)), rng.randint(3, len(values))))
        noted |= {i for i, v in enumerate(values) if v != perilaku}
        perilaku_printed = []
        for i, ((kode, nama, uraian), rating) in enumerate(zip(year.nilai, values, strict=True)):
            feedback = ""
            if i not in noted:
                perilaku_printed.append(
                    {"nama": nama, "uraian": uraian, "ekspektasi": ekspektasi[kode],
                     "umpan_balik": ""}
                )  # fmt: skip
                continue
            feedback = pick(UMPAN_BALIK_PERILAKU[rating])
            b.e_perilaku.append(
                {
                    "id": self.ids[EvaluasiPerilaku].next(),
                    "evaluasi_id": evaluasi_id,
                    "kode": kode,
                    "umpan_balik": feedback,
                    "rating": rating,
                    "uuid": new_uuid(),
                }
            )
            perilaku_printed.append(
                {
                    "nama": nama,
                    "uraian": uraian,
                    "ekspektasi": ekspektasi[kode],
                    "umpan_balik": feedback,
                }
            )
        dokumen = {
            "tahun": tahun,
            "periode_label": year.akhir_label,
            "periode_rentang": year.akhir_rentang,
            "pemerintah": PEMERINTAH,
            "instansi": self.instansi,
            "pegawai": p.orang,
            "penilai": _printed_person(skp, "penilai", self.penilai[p.id]),
            "atasan": _printed_person(skp, "atasan", self.atasan[p.id]),
            "capaian_organisasi": year.capaian.get(self.capaian[tahun], ""),
            "hasil_kerja": hasil_kerja,
            "rating_hasil_kerja": year.rating[hasil],
            "perilaku": perilaku_printed,
            "rating_perilaku": year.rating[perilaku],
            "predikat": year.predikat[predikat],
            "catatan": catatan,
            "tempat": TEMPAT,
            "tanggal": day.isoformat(),
            "skema": _SKEMA_PRINTED,
        }
        snapshot = canonical_json(dokumen)
        if self.checked < CHECK_FIRST:
            # What the service hashes: the document rebuilt as DokumenEvaluasi.
            again = canonical_json(DokumenEvaluasi.from_dict(dokumen).to_dict())
            if again != snapshot:
                raise AssertionError("snapshot data demo berbeda dari DokumenEvaluasi.to_dict")
            self.checked += 1
        digest = hashlib.sha256(snapshot.encode("utf-8")).hexdigest()
        at = datetime.combine(day, time(rng.randint(1, 8), rng.randint(0, 59)), tzinfo=UTC)
        b.versi.append(
            {
                "id": self.ids[EvaluasiVersi].next(),
                "evaluasi_id": evaluasi_id,
                "versi": 1,
                "kode_dokumen": kode_dokumen(evaluasi_uuid, 1, digest),
                "content_hash": digest,
                "snapshot": snapshot,
                "predikat": predikat,
                "finalised_at": at,
                "finalised_by": self.actor,
                "reopened_at": None,
                "reopened_by": "",
                "alasan_buka": "",
                "uuid": new_uuid(),
            }
        )

    def _triwulan(
        self,
        b: _Batch,
        p: Pegawai,
        skp: Row,
        year: _Year,
        kode: str,
        q: int,
        written: list[tuple[Row, list[tuple[Row, Ind]], dict[str, Any]]],
    ) -> None:
        """A draft periodic evaluation: what was achieved so far, some feedback, ratings
        (not yet for some of the latest quarter)."""
        rng = self.rng
        pick = self.draw.pick
        tahun = year.tahun
        latest = all(end_q >= self.today for k, (end_q, _) in year.quarters.items() if k > kode)
        rated = not (latest and rng.random() < 0.25)
        hasil = perilaku = None
        predikat = ""
        if rated:
            hasil = _QUARTER_HASIL.pick(rng)
            perilaku = _QUARTER_PERILAKU.pick(rng)
            predikat = year.quarter_matrix[kode][(hasil, perilaku)]
        evaluasi_id = self.ids[Evaluasi].next()
        new_uuid = self.draw.uuid
        b.evaluasi.append(
            {
                "id": evaluasi_id,
                "skp_id": skp["id"],
                "periode": kode,
                "status": "draft",
                "versi": 0,
                "rating_hasil_kerja": hasil,
                "rating_perilaku": perilaku,
                "predikat": predikat,
                "capaian_organisasi": "",
                "catatan": "",
                "tanggal_penetapan": None,
                "nilai_skp": None,
                "nilai_perilaku": None,
                "uuid": new_uuid(),
            }
        )
        periode_text = _periode_text(tahun, 3 * q)
        for rhk, inds, fmt in written:
            if rated and rng.random() < 0.4:
                rating = "di_bawah" if hasil == "di_bawah" and rng.random() < 0.5 else "sesuai"
                b.e_rhk.append(
                    {
                        "id": self.ids[EvaluasiRhk].next(),
                        "evaluasi_id": evaluasi_id,
                        "rhk_id": rhk["id"],
                        "umpan_balik": pick(UMPAN_BALIK_RHK[rating]),
                        "rating": rating,
                        "uuid": new_uuid(),
                    }
                )
            for ind_row, ind in inds:
                if not rated and rng.random() < 0.5:
                    continue  # still being filled in
                b.e_indikator.append(
                    {
                        "id": self.ids[EvaluasiIndikator].next(),
                        "evaluasi_id": evaluasi_id,
                        "indikator_id": ind_row["id"],
                        "realisasi": _target(ind).triwulan(q, tahun, rng),
                        "bukti": ind.bukti.format(periode=periode_text, **fmt),
                        "uuid": new_uuid(),
                    }
                )

    # -- small facts --------------------------------------------------------------------------

    def _orang(self, p: Pegawai) -> dict[str, str]:
        unit = self.units.get(p.unit_id)
        o = orang_dari_pegawai(
            nama=p.nama,
            gelar_depan=p.gelar_depan,
            gelar_belakang=p.gelar_belakang,
            nip=p.nip,
            status_kepegawaian=p.status,
            golongan_id=p.golongan_id,
            jabatan=p.jabatan,
            unit_kerja=unit.nama if unit is not None else "",
        )
        return {
            "nama": o.nama,
            "nip": o.nip,
            "pangkat": o.pangkat,
            "jabatan": o.jabatan,
            "unit_kerja": o.unit_kerja,
        }

    def _capaian_keterangan(self, tahun: int) -> str:
        if tahun == self.current:
            return (
                f"Capaian sementara berdasarkan pengendalian kinerja sampai dengan triwulan "
                f"terakhir tahun {tahun}; ditetapkan kembali setelah LKjIP {tahun} tersusun."
            )
        grade = {"istimewa": "A", "baik": "BB"}.get(self.capaian[tahun], "B")
        return (
            f"Capaian kinerja {self.instansi} tahun {tahun} menurut Laporan Kinerja Instansi "
            f"Pemerintah (LKjIP) {tahun}; nilai evaluasi SAKIP {grade}."
        )


_SKEMA_PRINTED = DokumenEvaluasi.__dataclass_fields__["skema"].default
_QUARTER_HASIL = Weighted(((Rating.SESUAI.value, 75), (Rating.DI_ATAS.value, 15),
                           (Rating.DI_BAWAH.value, 10)))  # fmt: skip
_QUARTER_PERILAKU = Weighted(((Rating.SESUAI.value, 85), (Rating.DI_ATAS.value, 10),
                              (Rating.DI_BAWAH.value, 5)))  # fmt: skip


def _wali_kota(tahun: int) -> str:
    name = WALI_KOTA[0][1]
    for since, who in WALI_KOTA:
        if tahun >= since:
            name = who
    return name


def _within(unit: Unit, about: Unit) -> bool:
    """Whether ``unit`` is ``about`` or below it."""
    node: Unit | None = unit
    while node is not None:
        if node is about:
            return True
        node = node.parent
    return False


def _printed_person(skp: Row, prefix: str, person: Pegawai | None) -> dict[str, str]:
    """The appraiser as build_dokumen prints them: the register's facts of a person in it,
    else the typed columns."""
    if person is not None:
        return person.orang
    return {
        "nama": skp[f"{prefix}_nama"],
        "nip": skp[f"{prefix}_nip"],
        "pangkat": skp[f"{prefix}_pangkat"],
        "jabatan": skp[f"{prefix}_jabatan"],
        "unit_kerja": skp[f"{prefix}_unit"],
    }


def _spread(rng: Any, overall: str, n: int, *, gap: float) -> list[str]:
    """Ratings of ``n`` RHK or core values under an overall rating: mostly alike, with a
    rare Di Bawah inside a good one (a performance gap) and at least one Di Bawah in a bad
    one."""
    if overall == Rating.DI_ATAS.value:
        out = ["di_atas" if rng.random() < 0.6 else "sesuai" for _ in range(n)]
        if "di_atas" not in out and n:
            out[rng.randrange(n)] = "di_atas"
    elif overall == Rating.DI_BAWAH.value:
        out = ["di_bawah" if rng.random() < 0.55 else "sesuai" for _ in range(n)]
        if "di_bawah" not in out and n:
            out[rng.randrange(n)] = "di_bawah"
    else:
        out = []
        for _ in range(n):
            roll = rng.random()
            out.append("di_bawah" if roll < gap else "di_atas" if roll < gap + 0.08 else "sesuai")
    return out


def _quotas(n: int, shares: dict[Predikat, float]) -> dict[Predikat, int]:
    """How many of ``n`` get each predikat: the shares by largest remainder, every predikat
    at least once when there are five or more, Baik never above 70%."""
    raw = {p: n * s / 100.0 for p, s in shares.items()}
    counts = {p: math.floor(v) for p, v in raw.items()}
    rest = n - sum(counts.values())
    for p in sorted(raw, key=lambda p: (counts[p] - raw[p], list(raw).index(p)))[:rest]:
        counts[p] += 1
    if n >= len(shares):
        for p in shares:
            while counts[p] == 0:
                donor = max(counts, key=lambda k: counts[k])
                counts[donor] -= 1
                counts[p] += 1
    cap = math.floor(n * 0.7 + 1e-9)
    if counts.get(Predikat.BAIK, 0) > cap:
        counts[Predikat.SANGAT_BAIK] += counts[Predikat.BAIK] - cap
        counts[Predikat.BAIK] = cap
    return counts
