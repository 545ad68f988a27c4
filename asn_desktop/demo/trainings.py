"""The demo's competency development: five years of activities, degree study, the budget.

Written after the appraisals, in the same bulk run (every row stamped and audited), so a
cancelled demo leaves nothing behind. For today's year Y:

- activities of Y-4 .. Y (asn_desktop.demo.training_texts: every SIASN jenisDiklat the
  agency uses, leadership training with its latihanStruktural id, the CPNS basic
  training), each with the JP domain.jp.hitung_jp counts from its stored amount and dates
  (and that rule's version), a cost and funding source, and for those that have ended the
  participants' reaction scores; the events of Y that have not ended yet are planned (no
  results, not credited);
- participants with attendance, pre/post tests where the activity has them, the result and
  an STTP number for the klasikal ones they passed; a few failed or attended less than the
  minimum. Each employee has a disposition: most PNS reach 20 JP in most years, a sizeable
  share stays below, some far below, and a "resistant" group stopped developing one, two,
  three, four years ago or never did (each of those present whenever the agency is big
  enough to have them); PPPK take part less;
- a few degree studies (tugas belajar, izin belajar) in Bandung and one abroad, running,
  finished or stopped; an employee whose kedudukan is tugas belajar is on one now;
- the agency's budget per funding source of each year and of next year, planned spending
  above the budget in some years and next year's budget cut.

Magang abroad is rare; the transport agency (DISHUB) sends several people a year.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from asn_desktop.db.competency_models import (
    AnggaranPelatihan,
    Pelatihan,
    PesertaPelatihan,
    TugasBelajar,
)
from asn_desktop.demo.draw import Draw, Weighted, add_months
from asn_desktop.demo.training_texts import (
    COMMON,
    INSTITUSI_LUAR_NEGERI,
    LATSAR,
    LEADERSHIP,
    PROGRAM_S2,
    PROVIDERS,
    SPECIFIC,
    Kegiatan,
    Reaksi,
    kominfo,
)
from asn_desktop.demo.units import Unit, UnitTree
from asn_desktop.domain.akpk import Rute, pilih_rute, rute_bawaan
from asn_desktop.domain.jp import aturan_jp, hitung_jp, tahun_jp
from asn_desktop.services.bulk import BulkWriter, Subject, employee_subject

__all__ = [
    "HISTORY_YEARS",
    "Staf",
    "TrainingCounts",
    "short_name",
    "staf_of",
    "write_trainings",
]

Row = dict[str, Any]

# Years of development history: today's and the four before it.
HISTORY_YEARS = 5
# Participant rows per insert (between two, the caller may cancel and hears of progress).
BATCH_PESERTA = 5000
_STRUKTURAL = ("JPT", "ADMINISTRATOR", "PENGAWAS")
# Kinds of activity that end with a pass or fail (the rest: "mengikuti").
_GRADUATING = frozenset({"1", "2", "3", "5", "6", "8", "11"})
# Kinds without an organiser survey (the superior or the employee runs them).
_NO_SURVEY = frozenset({"14", "15", "22"})
_INTERNAL = "{instansi}"
_KOMINFO = "Kementerian Komunikasi dan Informatika"
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")

# Dispositions: how much development someone seeks in a year.
_RAJIN, _SEDANG, _RENDAH, _RESISTEN = "rajin", "sedang", "rendah", "resisten"
_DISPOSITION_PNS = Weighted(((_RAJIN, 56), (_SEDANG, 28), (_RENDAH, 16)))
_DISPOSITION_HEAD = Weighted(((_RAJIN, 82), (_SEDANG, 18)))
_DISPOSITION_PPPK = Weighted(((_RAJIN, 25), (_SEDANG, 35), (_RENDAH, 40)))
# Share of the long-serving PNS who are resistant, and the years since their last
# development (None: nothing in the whole history).
_RESISTANT_SHARE = 0.09
_RESISTANT_GROUPS: tuple[int | None, ...] = (1, 2, 3, 4, None)
_LEADERSHIP_SHARE = {"PENGAWAS": 0.35, "ADMINISTRATOR": 0.3, "JPT": 0.5}
# Next year's budget (all sources) against what the assessed gaps would cost to close.
_NEXT_YEAR_SHARE = 0.65


@dataclass(slots=True, eq=False)
class Staf:
    """What the development history needs of one generated employee."""

    id: int
    nip: str
    status: str
    jenis: str
    jabatan: str
    unit_id: int
    start: date  # first day in service: TMT CPNS, or the PPPK appointment
    tmt_cpns: date | None
    lahir: date
    kedudukan: str
    gelar_belakang: str
    placements: tuple[tuple[date, int | None], ...]  # (tmt, unit id or None elsewhere)
    subject: Subject
    tags: tuple[str, ...] = ()
    disposition: str = ""
    resistant_since: int | None = None  # last year with development (resistant staff)
    study: list[tuple[date, date]] = field(default_factory=list)  # released from duty

    @property
    def struktural(self) -> bool:
        return self.jenis in _STRUKTURAL

    def here_on(self, day: date) -> bool:
        """Whether the employee worked in this agency on ``day``."""
        i = bisect.bisect_right([tmt for tmt, _ in self.placements], day)
        return bool(i) and self.placements[i - 1][1] is not None

    def studying(self, mulai: date, selesai: date) -> bool:
        return any(a <= selesai and mulai <= b for a, b in self.study)


def staf_of(row: Row, ranks: Sequence[Row], placements: Sequence[Row]) -> Staf:
    """The facts of an employee row with its rank and unit histories."""
    return Staf(
        id=row["id"],
        nip=row["nip"],
        status=row["status_kepegawaian"],
        jenis=row["jenis_jabatan"],
        jabatan=row["jabatan_nama"],
        unit_id=row["unit_id"],
        start=ranks[0]["tmt"],
        tmt_cpns=row["tmt_cpns"],
        lahir=row["tanggal_lahir"],
        kedudukan=row["kedudukan_hukum"],
        gelar_belakang=row["gelar_belakang"],
        placements=tuple((p["tmt"], p["unit_id"]) for p in placements),
        subject=employee_subject(row),
    )


def short_name(agency_code: str) -> str:
    """How the agency names itself as a provider ("Diskominfo Kota Bandung")."""
    known = {"DISKOMINFO": "Diskominfo", "BKPSDM": "BKPSDM", "DISHUB": "Dishub"}
    return f"{known.get(agency_code, agency_code.title())} Kota Bandung"


@dataclass
class TrainingCounts:
    pelatihan: int = 0
    peserta: int = 0
    tugas_belajar: int = 0
    anggaran: int = 0


def write_trainings(
    writer: BulkWriter,
    draw: Draw,
    staff: Sequence[Staf],
    tree: UnitTree,
    *,
    agency_code: str,
    today: date,
    needs: Sequence[tuple[str, str, int]] = (),
    check: Callable[[], None] | None = None,
    advance: Callable[[float], None] | None = None,
) -> TrainingCounts:
    """Write the development history of ``staff`` (all the demo's employees); ``needs``
    are the assessed competency gaps (kode, kelompok, levels short): next year's budget
    falls short of what closing them would cost. ``check()`` is called between batches
    and may raise to cancel the run, ``advance(f)`` tells how much of this part (0-1) is
    done."""
    trainings = _Trainings(writer, draw, staff, tree, agency_code=agency_code, today=today)
    trainings.needs = list(needs)
    return trainings.write(check, advance)


# -- who takes what ---------------------------------------------------------------------------

_IT = ("aplikasi", "infrastruktur", "command center", "jaringan", "pranata komputer",
       "sistem", "teknologi", "manggala informatika", "teknisi", "e-government", "domain",
       "pusat data", "integrasi")  # fmt: skip
_SANDI = ("persandian", "keamanan informasi", "sandiman")
_DATA = ("statistik", "statistisi", "data")
_HUMAS = ("informasi dan komunikasi publik", "hubungan masyarakat", "layanan informasi",
          "media", "komunikasi publik")  # fmt: skip
_UMUM = ("pengadministrasi", "keuangan", "bendahara", "arsiparis", "kepegawaian", "barang",
         "perencana", "rencana", "verifikator", "sumber daya manusia", "sarana")  # fmt: skip


def _chain(unit: Unit | None) -> list[Unit]:
    out = []
    while unit is not None:
        out.append(unit)
        unit = unit.parent
    return out


def tags_of(agency_code: str, p: Staf, unit: Unit | None) -> tuple[str, ...]:
    """The audience tags of training_texts that fit the employee's position and unit."""
    chain = _chain(unit)
    names = " ".join(u.nama.lower() for u in chain[:-1])  # not the agency's own name
    jabatan = p.jabatan.lower()
    both = f"{names} {jabatan}"
    tags = ["semua", p.jenis]
    if p.status == "CPNS":
        tags.append("CPNS")
    if p.struktural:
        tags.append("struktural")
    if p.jenis.startswith("FUNGSIONAL"):
        tags.append("fungsional")
    kinds = {u.kind for u in chain}
    if kinds & {"upt", "kecamatan", "kelurahan", "sekcam", "seksi_kec"} or "pelayanan" in names:
        tags.append("layanan")
    in_secretariat = bool(kinds & {"sekretariat", "subbagian", "upt_tu"})
    if in_secretariat or any(w in jabatan for w in _UMUM):
        tags.append("umum")
    if agency_code == "DISKOMINFO":
        for tag, words in (("it", _IT), ("sandi", _SANDI), ("data", _DATA), ("humas", _HUMAS)):
            if any(w in both for w in words):
                tags.append(tag)
    elif agency_code == "BKPSDM":
        if not in_secretariat or "kepegawaian" in jabatan or "sumber daya" in jabatan:
            tags.append("sdm")
    elif agency_code == "DISHUB" and not in_secretariat:
        tags.append("transport")
    if "data" not in tags and any(w in both for w in _DATA):
        tags.append("data")
    return tuple(tags)


# -- the events -----------------------------------------------------------------------------


@dataclass(slots=True, eq=False)
class _Event:
    kegiatan: Kegiatan
    nama: str
    penyelenggara: str
    mulai: date
    selesai: date
    tahun: int
    cap: int
    unit_id: int | None
    hasil_jp: Any  # domain.jp.HasilJp
    klasikal: bool
    members: dict[int, Row] = field(default_factory=dict)  # employee id -> participant row
    id: int = 0
    angkatan: int = 0
    rencana: int = 0
    realisasi: int | None = None
    reaksi: tuple[float | None, ...] = ()


def _clip(x: float, lo: float, hi: float) -> float:
    return lo if x < lo else hi if x > hi else x


def _weekday_on_or_after(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _ribuan(x: float) -> int:
    """Rupiah rounded to the thousand, as a budget line is written."""
    return round(x / 1000.0) * 1000


class _Trainings:
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
        self.units = {u.id: u for u in tree.units}
        self.today = today
        self.code = agency_code
        self.instansi = short_name(agency_code)
        y = today.year
        self.current = y
        self.years = list(range(y - HISTORY_YEARS + 1, y + 1))
        self.catalogue = COMMON + SPECIFIC.get(agency_code, SPECIFIC["*"])
        # Employees the caps of rare activities (magang abroad) are given for.
        self.scale = max(1.0, len(self.staff) / 600.0)
        self.instances: dict[tuple[str, int, int | None], list[_Event]] = {}
        self.taken: dict[tuple[str, int], int] = {}  # participants per (kegiatan, year)
        self.events: list[_Event] = []
        self.choices: dict[tuple[tuple[str, ...], int, bool], Weighted | None] = {}
        self.joined: dict[int, list[_Event]] = {}  # employee id -> events, in order
        self.studies: list[Row] = []
        self.needs: list[tuple[str, str, int]] = []
        self.counts = TrainingCounts()

    # -- the whole run ----------------------------------------------------------------------

    def write(
        self, check: Callable[[], None] | None, advance: Callable[[float], None] | None
    ) -> TrainingCounts:
        def step(fraction: float) -> None:
            if check is not None:
                check()
            if advance is not None:
                advance(fraction)

        if not self.staff:
            return self.counts
        for p in self.staff:
            p.tags = tags_of(self.code, p, self.units.get(p.unit_id))
        self._dispositions()
        self._degree_study()
        self._leadership_and_latsar()
        for i, tahun in enumerate(self.years):
            self._year(tahun)
            step(0.45 * (i + 1) / len(self.years))
        self._finish_events()
        w = self.w
        ids = w.reserve_ids(Pelatihan, len(self.events))
        for event, event_id in zip(self.events, ids, strict=True):
            event.id = event_id
        rows = [self._event_row(e) for e in self.events]
        self.counts.pelatihan = w.insert(Pelatihan, rows)
        step(0.55)
        subjects = {p.id: p.subject for p in self.staff}
        peserta = [row for e in self.events for row in self._peserta_rows(e)]
        for start in range(0, len(peserta), BATCH_PESERTA):
            chunk = peserta[start : start + BATCH_PESERTA]
            self.counts.peserta += w.insert(PesertaPelatihan, chunk, subjects=subjects)
            step(0.55 + 0.4 * min(1.0, (start + len(chunk)) / len(peserta)))
        self.counts.tugas_belajar = w.insert(TugasBelajar, self.studies, subjects=subjects)
        self.counts.anggaran = w.insert(AnggaranPelatihan, self._budget())
        step(1.0)
        return self.counts

    # -- dispositions -------------------------------------------------------------------------

    def _dispositions(self) -> None:
        rng = self.rng
        first = date(self.years[0], 1, 1)
        # The resistant: long-serving staff (not unit heads), spread evenly over the groups
        # so that each "no development for N years" list has people whenever there are
        # enough of them.
        candidates = [
            p
            for p in self.staff
            if p.status == "PNS" and not p.struktural and p.start < first and p.kedudukan == "01"
        ]
        rng.shuffle(candidates)
        wanted = min(len(candidates), max(len(_RESISTANT_GROUPS),
                                          round(_RESISTANT_SHARE * len(candidates))))  # fmt: skip
        for i, p in enumerate(candidates[:wanted]):
            p.disposition = _RESISTEN
            since = _RESISTANT_GROUPS[i % len(_RESISTANT_GROUPS)]
            p.resistant_since = None if since is None else self.current - since
        for p in self.staff:
            if p.disposition:
                continue
            if p.struktural:
                p.disposition = _DISPOSITION_HEAD.pick(rng)
            elif p.status == "PPPK":
                p.disposition = _DISPOSITION_PPPK.pick(rng)
            else:
                p.disposition = _DISPOSITION_PNS.pick(rng)

    def _desire(self, p: Staf, tahun: int) -> float:
        """The JP the employee seeks in ``tahun`` (0: nothing that year)."""
        rng = self.rng
        kind = p.disposition
        if kind == _RESISTEN:
            last = p.resistant_since
            if last is None or tahun > last:
                return 0.0
            return rng.uniform(6, 24)
        if kind == _RAJIN:
            wanted = rng.uniform(24, 52) if rng.random() < 0.84 else rng.uniform(6, 18)
        elif kind == _SEDANG:
            wanted = rng.uniform(6, 26)
        else:
            wanted = 0.0 if rng.random() < 0.45 else rng.uniform(2, 10)
        if p.status == "PPPK":
            wanted *= 0.65
        if p.start.year == tahun:  # joined during the year
            wanted *= (13 - p.start.month) / 12
        return wanted

    # -- degree study -------------------------------------------------------------------------

    def _degree_study(self) -> None:
        rng = self.rng
        y = self.current
        released = [p for p in self.staff if p.kedudukan == "03"]
        others = [
            p
            for p in self.staff
            if p.status == "PNS"
            and p.disposition != _RESISTEN
            and p.kedudukan == "01"
            and p.jenis in ("FUNGSIONAL_KEAHLIAN", "PENGAWAS", "PELAKSANA")
            and self.today.year - p.lahir.year < 46
            and p.start.year <= y - 5
        ]
        rng.shuffle(others)
        extra = max(4, round(len(self.staff) * 0.012))
        plans: list[tuple[Staf, str]] = [(p, "berjalan_tb") for p in released]
        shapes = ("izin_berjalan", "izin_lulus", "tb_lulus", "izin_berhenti", "izin_berjalan",
                  "tb_lulus", "izin_lulus")  # fmt: skip
        plans += [(p, shapes[i % len(shapes)]) for i, p in enumerate(others[:extra])]
        abroad_done = False
        for n, (p, shape) in enumerate(plans, start=1):
            abroad = False
            if not abroad_done and shape in ("berjalan_tb", "tb_lulus"):
                abroad = abroad_done = True
            self.studies.append(self._study(p, shape, abroad, n))

    def _study(self, p: Staf, shape: str, abroad: bool, n: int) -> Row:
        rng = self.rng
        y = self.current
        if shape in ("berjalan_tb", "izin_berjalan"):
            mulai = date(y - rng.choice((1, 1, 2)), rng.choice((8, 9)), 1)
            if mulai > self.today:
                mulai = date(mulai.year - 1, mulai.month, 1)
        else:
            mulai = date(y - rng.choice((4, 4, 3)), rng.choice((8, 9)), 1)
        planned_end = add_months(mulai, 24) - timedelta(days=1)
        if shape in ("izin_lulus", "tb_lulus"):
            status = "lulus"
            selesai: date | None = add_months(mulai, rng.choice((22, 24, 26))) - timedelta(days=1)
            if selesai is not None and selesai > self.today:
                selesai = self.today - timedelta(days=30)
        elif shape == "izin_berhenti":
            status = "berhenti"
            selesai = add_months(mulai, rng.choice((7, 12, 14)))
        else:
            status = "berjalan"
            selesai = planned_end
        jenis = "izin_belajar" if shape.startswith("izin") else "tugas_belajar"
        if abroad:
            program, institusi, negara = self.draw.pick(INSTITUSI_LUAR_NEGERI)
            institusi = f"{institusi}, {negara}"
            biaya, sumber = 0, "APBN"
            catatan = "Beasiswa LPDP (APBN); biaya kuliah dan hidup ditanggung pemberi beasiswa."
            jenjang = "S2"
        else:
            program, institusi = self.draw.pick(PROGRAM_S2)
            jenjang = "S2"
            if jenis == "tugas_belajar":
                biaya = rng.choice((48, 56, 64)) * 1_000_000
                sumber = "APBD"
                catatan = "Beasiswa tugas belajar Pemerintah Kota Bandung."
            else:
                biaya = 0
                sumber = "MANDIRI"
                catatan = "Izin belajar: kuliah di luar jam kerja, biaya sendiri."
        if status == "berhenti":
            catatan += " Dihentikan atas permintaan sendiri (beban kerja)."
        if jenis == "tugas_belajar":
            p.study.append((mulai, selesai if selesai is not None else planned_end))
        aturan = aturan_jp("tugas_belajar", on=min(self.today, selesai or self.today))
        return {
            "employee_id": p.id,
            "jenis": jenis,
            "jenjang": jenjang,
            "program_studi": program,
            "institusi": institusi,
            "internasional": abroad,
            "mulai": mulai,
            "selesai": selesai,
            "status": status,
            "sk_nomor": (
                f"800/{rng.randint(1000, 9999)}/BKPSDM/{mulai.year}"
                if jenis == "tugas_belajar"
                else f"IB.{n:03d}/BKPSDM/{mulai.year}"
            ),
            "biaya": biaya,
            "sumber_dana": sumber,
            "aturan_versi": aturan.versi,
            "catatan": catatan,
            "uuid": self.draw.uuid(),
        }

    # -- leadership training and the CPNS basic training ------------------------------------

    def _leadership_and_latsar(self) -> None:
        rng = self.rng
        for p in self.staff:
            k = LEADERSHIP.get(p.jenis)
            if (
                k is not None
                and p.status == "PNS"
                and p.disposition != _RESISTEN
                and rng.random() < _LEADERSHIP_SHARE[p.jenis]
            ):
                tahun = self.draw.pick(self.years)
                event = self._instance(k, tahun, p, months=(2, 6))
                if event is not None:
                    self._enrol(event, p)
            if p.tmt_cpns is not None and p.tmt_cpns.year >= self.years[0]:
                # Within the CPNS year, months after the appointment.
                start = _weekday_on_or_after(add_months(p.tmt_cpns, rng.randint(2, 5)))
                length = rng.randint(*LATSAR.hari)
                if start.year != (start + timedelta(days=length - 1)).year:
                    start = _weekday_on_or_after(date(start.year + 1, 2, 3))
                if start.year > self.current:
                    continue
                event = self._instance(LATSAR, start.year, p, fixed=start)
                if event is not None:
                    self._enrol(event, p, credited=True)

    # -- one year ---------------------------------------------------------------------------

    def _choices(self, p: Staf, tahun: int) -> Weighted | None:
        pns = p.status == "PNS"
        key = (p.tags, tahun, pns)
        found = self.choices.get(key, False)
        if found is not False:
            return found  # type: ignore[return-value]
        pairs = []
        for k in self.catalogue:
            if not k.tahun[0] <= tahun <= k.tahun[1] or (k.pns_saja and not pns):
                continue
            fit = [t for t in k.untuk if t in p.tags]
            if not fit:
                continue
            # Activities aimed at the employee's own line of work come first.
            pairs.append((k, k.bobot * (3 if any(t != "semua" for t in fit) else 1)))
        choice = Weighted(pairs) if pairs else None
        self.choices[key] = choice
        return choice

    def _year(self, tahun: int) -> None:
        rng = self.rng
        end = date(tahun, 12, 31)
        for p in self.staff:
            if p.start > end:
                continue
            wanted = self._desire(p, tahun)
            got = sum(m["_jp"] for e in self._own(p, tahun) for m in (e.members[p.id],) if m["_ok"])
            if wanted <= got:
                continue
            choices = self._choices(p, tahun)
            if choices is None:
                continue
            last_year = p.disposition == _RESISTEN and tahun == p.resistant_since
            tries = 0
            while got < wanted and tries < 14:
                tries += 1
                k: Kegiatan = choices.pick(rng)
                event = self._instance(k, tahun, p)
                if event is None or p.id in event.members:
                    continue
                row = self._enrol(event, p, credited=last_year)
                if row["_ok"]:
                    got += row["_jp"]
            if last_year and got == 0:
                # The last year of development of a resistant employee has some: an
                # e-learning course that always takes one more.
                for k in self.catalogue:
                    if k.jenis == "16" and "semua" in k.untuk and k.tahun[0] <= tahun <= k.tahun[1]:
                        event = self._instance(k, tahun, p, room=True)
                        if event is not None and p.id not in event.members:
                            self._enrol(event, p, credited=True)
                            break

    def _own(self, p: Staf, tahun: int) -> list[_Event]:
        """The events of ``tahun`` the employee is already in (leadership, Latsar)."""
        return [e for e in self.joined.get(p.id, ()) if e.tahun == tahun]

    # -- events ---------------------------------------------------------------------------

    def _instance(
        self,
        k: Kegiatan,
        tahun: int,
        p: Staf,
        *,
        months: tuple[int, int] = (1, 11),
        fixed: date | None = None,
        room: bool = False,
    ) -> _Event | None:
        """An event of ``k`` in ``tahun`` the employee can join: one with room whose dates
        suit them, else a new one. None when the activity's yearly quota is used up or no
        date in the year suits them."""
        if k.kuota:
            cap = max(1, round(k.kuota * self.scale))
            if self.taken.get((k.kode, tahun), 0) >= cap:
                return None
        unit_key = p.unit_id if k.per_unit else None
        found = self.instances.setdefault((k.kode, tahun, unit_key), [])
        for event in reversed(found):
            if (room or len(event.members) < event.cap) and self._suits(event, p):
                return event
        return self._new_event(k, tahun, p, unit_key, months, fixed)

    def _suits(self, event: _Event, p: Staf) -> bool:
        if event.mulai < p.start or p.studying(event.mulai, event.selesai):
            return False
        # The agency's own events are for those working in it then.
        return event.penyelenggara != self.instansi or p.here_on(event.mulai)

    def _new_event(
        self,
        k: Kegiatan,
        tahun: int,
        p: Staf,
        unit_key: int | None,
        months: tuple[int, int],
        fixed: date | None,
    ) -> _Event | None:
        rng = self.rng
        length = rng.randint(*k.hari)
        if fixed is not None:
            mulai = fixed
        else:
            lo = max(date(tahun, months[0], 6), p.start)
            hi = date(tahun, 12, 31) - timedelta(days=length - 1 + 7)
            hi = min(hi, date(tahun, months[1], 28))
            if k.jenis == "16" and tahun > self.years[0] and rng.random() < 0.04:
                # An online course open over New Year: it counts in the year it ends.
                lo = max(date(tahun - 1, 12, 16), p.start)
                hi = date(tahun - 1, 12, 28)
            if hi < lo:
                return None
            mulai = _weekday_on_or_after(self.draw.day(lo, hi))
            if length <= 5:
                # A short event keeps within one working week.
                mulai -= timedelta(days=max(0, mulai.weekday() + length - 5))
                if mulai < lo:
                    mulai = _weekday_on_or_after(mulai + timedelta(days=7))
        selesai = mulai + timedelta(days=length - 1)
        if tahun_jp(mulai, selesai) != tahun or mulai < p.start:
            return None
        amount: float | None = None
        if k.jumlah is not None:
            amount = float(rng.randint(*k.jumlah))
        hasil = hitung_jp(
            k.jenis, mulai=mulai, selesai=selesai, internasional=k.internasional, jumlah=amount
        )
        penyelenggara = k.penyelenggara
        if penyelenggara == _INTERNAL:
            penyelenggara = self.instansi
        elif penyelenggara == _KOMINFO:
            penyelenggara = kominfo(tahun)
        nama = k.nama
        if "{unit}" in nama:
            unit = self.units.get(p.unit_id)
            nama = nama.replace("{unit}", unit.nama if unit is not None else self.instansi)
        event = _Event(
            kegiatan=k,
            nama=nama,
            penyelenggara=penyelenggara,
            mulai=mulai,
            selesai=selesai,
            tahun=tahun,
            cap=rng.randint(*k.peserta),
            unit_id=unit_key,
            hasil_jp=hasil,
            klasikal=aturan_jp(k.jenis, on=selesai).klasikal,
        )
        self.instances.setdefault((k.kode, tahun, unit_key), []).append(event)
        self.events.append(event)
        return event

    # -- participants -----------------------------------------------------------------------

    def _enrol(self, event: _Event, p: Staf, *, credited: bool = False) -> Row:
        """Add the employee to the event with their attendance, tests and result;
        ``credited`` makes sure the JP counts (when the event has ended)."""
        rng = self.rng
        k = event.kegiatan
        ended = event.selesai <= self.today
        row: Row = {
            "pelatihan_id": 0,
            "employee_id": p.id,
            "kehadiran": 100,
            "nilai_pre": None,
            "nilai_post": None,
            "hasil": "mengikuti",
            "sttp_nomor": "",
            "sttp_tanggal": None,
            "catatan": "",
        }
        lulus = 70.0 if k.uji else None
        if ended:
            roll = rng.random()
            if roll < 0.8 or credited:
                kehadiran = 100
            elif roll < 0.965:
                kehadiran = rng.randint(max(k.min_kehadiran, 85), 99)
            else:
                kehadiran = rng.randint(k.min_kehadiran - 25, k.min_kehadiran - 1)
            row["kehadiran"] = kehadiran
            hasil = "lulus" if k.jenis in _GRADUATING else "mengikuti"
            if lulus is not None:
                pre = round(_clip(rng.gauss(63.0, 9.0), 25.0, 92.0), 1)
                post = round(_clip(pre + rng.gauss(19.0, 5.0), pre, 100.0), 1)
                if credited and post < lulus:
                    post = round(lulus + rng.uniform(1.0, 12.0), 1)
                row["nilai_pre"], row["nilai_post"] = pre, post
                if post < lulus:
                    hasil = "tidak_lulus"
                    row["catatan"] = f"Nilai akhir {post:g} di bawah nilai lulus {lulus:g}."
            if kehadiran < k.min_kehadiran:
                row["catatan"] = (
                    f"Kehadiran {kehadiran}% di bawah batas minimal {k.min_kehadiran}%."
                )
                if hasil == "lulus":
                    hasil = "tidak_lulus"
            row["hasil"] = hasil
        ok = row["hasil"] != "tidak_lulus" and row["kehadiran"] >= k.min_kehadiran
        row["_ok"] = ok
        row["_jp"] = event.hasil_jp.jp
        event.members[p.id] = row
        self.taken[(k.kode, event.tahun)] = self.taken.get((k.kode, event.tahun), 0) + 1
        self.joined.setdefault(p.id, []).append(event)
        return row

    # -- rows ---------------------------------------------------------------------------

    def _finish_events(self) -> None:
        """Number the batches (angkatan) of events that ran more than once a year."""
        for events in self.instances.values():
            used = [e for e in events if e.members]
            if len(used) > 1 and used[0].kegiatan.jenis not in ("14", "15", "16", "22", "23"):
                for n, e in enumerate(used, start=1):
                    e.angkatan = n
        self.events = [e for e in self.events if e.members]
        self.events.sort(key=lambda e: (e.mulai, e.selesai, e.kegiatan.kode, e.unit_id or 0))

    def _event_row(self, e: _Event) -> Row:
        rng = self.rng
        k = e.kegiatan
        h = e.hasil_jp
        n = len(e.members)
        ended = e.selesai <= self.today
        nama = e.nama
        if e.angkatan:
            nama += f" Angkatan {_ROMAN[e.angkatan - 1] if e.angkatan <= 10 else e.angkatan}"
        rencana = e.rencana = _ribuan((k.biaya * n + k.biaya_tetap) * rng.uniform(0.95, 1.05))
        realisasi: int | None = None
        if ended:
            realisasi = _ribuan(rencana * rng.uniform(0.84, 1.0)) if rencana else 0
        e.realisasi = realisasi
        reaksi: tuple[float | None, float | None, float | None] = (None, None, None)
        if ended and k.jenis not in _NO_SURVEY:
            base = PROVIDERS.get(k.penyelenggara) or PROVIDERS.get(e.penyelenggara)
            if base is None:
                base = Reaksi(3.1, 3.0, 3.1, "")
            shift = rng.gauss(0.0, 0.12)
            reaksi = tuple(  # type: ignore[assignment]
                round(_clip(v + shift + rng.gauss(0.0, 0.08), 1.0, 4.0), 2)
                for v in (base.penyelenggara, base.fasilitas, base.pengajar)
            )
        e.reaksi = reaksi
        catatan = k.catatan
        if not ended:
            catatan = (
                catatan + " " if catatan else ""
            ) + "Direncanakan; JP dihitung setelah kegiatan selesai dan hasil peserta dicatat."
        return {
            "id": e.id,
            "nama": nama,
            "jenis_diklat": k.jenis,
            "latihan_struktural": k.latihan_struktural,
            "klasikal": e.klasikal,
            "penyelenggara": e.penyelenggara,
            "tempat": k.tempat,
            "internasional": k.internasional,
            "mulai": e.mulai,
            "selesai": e.selesai,
            "tahun": e.tahun,
            "satuan": h.satuan.value,
            "jumlah": h.jumlah,
            "jp": h.jp,
            "aturan_versi": h.versi,
            "aturan_dikonfirmasi": h.dikonfirmasi,
            "kompetensi_kode": k.kompetensi,
            "biaya_rencana": rencana,
            "biaya_realisasi": realisasi,
            "sumber_dana": k.sumber,
            "min_kehadiran": k.min_kehadiran,
            "nilai_lulus": 70.0 if k.uji else None,
            "reaksi_penyelenggara": reaksi[0],
            "reaksi_fasilitas": reaksi[1],
            "reaksi_pengajar": reaksi[2],
            "catatan": catatan,
            "uuid": self.draw.uuid(),
        }

    def _peserta_rows(self, e: _Event) -> list[Row]:
        k = e.kegiatan
        ended = e.selesai <= self.today
        code = PROVIDERS.get(k.penyelenggara) or PROVIDERS.get(e.penyelenggara)
        kode = self.code if code is None or code.kode == "INTERNAL" else code.kode
        rows = []
        number = 0
        new_uuid = self.draw.uuid
        for member in e.members.values():
            row = {key: value for key, value in member.items() if not key.startswith("_")}
            row["pelatihan_id"] = e.id
            if ended and e.klasikal and member["_ok"]:
                number += 1
                row["sttp_nomor"] = f"{number:03d}/STTP/{kode}/{e.id % 10000:04d}/{e.selesai.year}"
                row["sttp_tanggal"] = min(
                    self.today, e.selesai + timedelta(days=self.rng.choice((0, 0, 3, 7, 14)))
                )
            row["uuid"] = new_uuid()
            rows.append(row)
        return rows

    def _needs_cost(self) -> int:
        """What a plan closing the assessed gaps would cost, priced as services.akpk
        prices a need: domain.akpk.pilih_rute over the routes of its group, the classroom
        route at the cost per participant of the agency's best classroom provider for that
        competency in its history (highest mean reaction score, then lowest cost per JP)."""
        # (kode, provider) -> [reaction sum, scored, cost, enrolled, JP credited]
        sums: dict[tuple[str, str], list[float]] = {}
        for e in self.events:
            kode = e.kegiatan.kompetensi
            if not e.klasikal or not kode or e.selesai > self.today:
                continue
            acc = sums.setdefault((kode, e.penyelenggara), [0.0, 0.0, 0.0, 0.0, 0.0])
            scores = [v for v in e.reaksi if v is not None]
            if scores:
                acc[0] += sum(scores) / len(scores)
                acc[1] += 1
            acc[2] += e.realisasi if e.realisasi is not None else e.rencana
            acc[3] += len(e.members)
            acc[4] += e.hasil_jp.jp * sum(1 for m in e.members.values() if m["_ok"])
        best: dict[str, tuple[tuple[Any, ...], int | None]] = {}
        for (kode, nama), (reaksi, scored, cost, n, jp) in sums.items():
            mean = reaksi / scored if scored else None
            per_jp = cost / jp if jp else None
            rank = (mean is None, -(mean or 0.0), per_jp is None, per_jp or 0.0, nama)
            if kode not in best or rank < best[kode][0]:
                best[kode] = (rank, round(cost / n) if n else None)
        routes: dict[tuple[str, str], tuple[Rute, ...]] = {}
        total = 0
        for kode, kelompok, selisih in self.needs:
            found = routes.get((kode, kelompok))
            if found is None:
                found = rute_bawaan(kelompok, self.today)
                price = best[kode][1] if kode in best else None
                if price is not None:
                    found = tuple(r if r.biaya_rendah else replace(r, biaya=price) for r in found)
                routes[(kode, kelompok)] = found
            total += pilih_rute(selisih, found).biaya
        return total

    # -- the budget -----------------------------------------------------------------------------

    def _budget(self) -> list[Row]:
        """APBD and the province's quota per year, next year's included: planned spending
        above the APBD budget in two years (one of them this year); next year's cut, to
        less than closing the assessed gaps would cost."""
        planned: dict[tuple[int, str], int] = {}
        for e in self.events:
            key = (e.tahun, e.kegiatan.sumber)
            planned[key] = planned.get(key, 0) + e.rencana
        y = self.current
        factors = {y - 4: 1.1, y - 3: 1.04, y - 2: 0.9, y - 1: 1.06, y: 0.94}
        step = 5_000_000
        rows: list[Row] = []
        apbd: dict[int, int] = {}
        provinsi: dict[int, int] = {}
        for tahun in self.years:
            want = planned.get((tahun, "APBD"), 0) * factors.get(tahun, 1.0)
            rounding = math.floor if factors.get(tahun, 1.0) < 1 else math.ceil
            apbd[tahun] = int(rounding(want / step)) * step
            prov = planned.get((tahun, "APBD_PROVINSI"), 0) * 1.15
            provinsi[tahun] = max(25_000_000, math.ceil(prov / 1_000_000) * 1_000_000)
        # Next year's ceilings after the spending cuts: below this year's, and together
        # about two thirds of what the plan's needs would cost (so it leaves some unfunded).
        apbd[y + 1] = math.floor(apbd[y] * 0.85 / step) * step
        provinsi[y + 1] = provinsi[y]
        needs = self._needs_cost()
        if needs:
            ceiling = needs * _NEXT_YEAR_SHARE
            provinsi[y + 1] = min(provinsi[y], math.floor(ceiling / 2 / 1_000_000) * 1_000_000)
            left = ceiling - provinsi[y + 1]
            apbd[y + 1] = max(0, min(apbd[y + 1], math.floor(left / step) * step))
        for tahun in [*self.years, y + 1]:
            dokumen = (
                f"Pagu indikatif KUA-PPAS {tahun} (efisiensi belanja)"
                if tahun > y
                else f"DPA {self.instansi} {tahun}"
            )
            rows.append(
                {
                    "tahun": tahun,
                    "sumber_dana": "APBD",
                    "jumlah": apbd[tahun],
                    "keterangan": f"{dokumen}: Program Pengembangan Kompetensi Aparatur.",
                    "uuid": self.draw.uuid(),
                }
            )
            rows.append(
                {
                    "tahun": tahun,
                    "sumber_dana": "APBD_PROVINSI",
                    "jumlah": provinsi[tahun],
                    "keterangan": f"Kuota pelatihan BPSDM Provinsi Jawa Barat {tahun} untuk "
                    f"{self.instansi}.",
                    "uuid": self.draw.uuid(),
                }
            )
        return rows
