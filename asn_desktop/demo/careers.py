"""Careers of the demo's employees: rank, position and unit histories up to today.

Histories are consistent with the identifiers and the rules: the first rank entry is on TMT
CPNS, regular promotions come every four years (plus a drawn delay) on the KP periods of the
policy, functional positions follow the rank, unit heads climb a ladder of positions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from asn_desktop.demo.catalogue import Catalogue, Jabatan
from asn_desktop.demo.draw import Draw, Weighted, add_months, month_index, month_start
from asn_desktop.demo.profiles import (
    OTHER_ADMIN_TITLES,
    OTHER_AGENCIES,
    OTHER_PENGAWAS_TITLES,
    Profile,
)
from asn_desktop.demo.units import Unit, UnitTree
from asn_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    JenisJabatan,
    JenjangFungsional,
    PolicyTable,
    StatusKepegawaian,
    masa_kerja,
    tanggal_pensiun,
)
from asn_desktop.domain.kenaikan_pangkat import periode_kp
from asn_desktop.resources import policy_data

__all__ = ["Career", "Careers", "Place", "Placement", "Plan", "Position", "Rank"]

# PPPK were appointed from 2019 on, most in the large 2023-2024 rounds.
PPPK_YEARS = (2019, 2020, 2021, 2022, 2023, 2024, 2025)
PPPK_YEAR_WEIGHTS = (6, 3, 10, 20, 24, 22, 15)

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


# A place of work: (org_unit id or None for another agency, name as it was).
Place = tuple[int | None, str]


@dataclass(slots=True)
class Rank:
    tmt: date
    golongan_id: int
    jenis_kp: str
    keterangan: str
    sk: tuple[str, date]
    masa_kerja: tuple[int, int]


@dataclass(slots=True)
class Position:
    tmt: date
    jabatan: Jabatan
    eselon: str
    sk: tuple[str, date]
    unit_nama: str = ""


@dataclass(slots=True)
class Placement:
    tmt: date
    place: Place
    keterangan: str
    sk: tuple[str, date]


@dataclass(slots=True)
class Career:
    status: StatusKepegawaian
    sex: str
    birth: date
    edu_entry: str
    edu_final: str
    ident: str = ""
    tmt_cpns: date | None = None
    tmt_pns: date | None = None
    ranks: list[Rank] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    head: bool = False


@dataclass(frozen=True, slots=True)
class Plan:
    status: StatusKepegawaian
    kind: JenisJabatan
    head_unit: Unit | None = None


class Careers:
    """Careers drawn from one random source: ranks, positions and placements to today."""

    def __init__(
        self, draw: Draw, *, today: date, catalogue: Catalogue, tree: UnitTree, profile: Profile
    ) -> None:
        self.draw = draw
        self.rng = draw.rng
        self.today = today
        self.catalogue = catalogue
        self.tree = tree
        self.kp_policy = PolicyTable.from_dict(policy_data("kp_periode"))
        self.other_agencies = tuple(a for a in OTHER_AGENCIES if a != profile.nama)
        self._kp_delay = Weighted(_KP_DELAYS)
        self._age_pns = Weighted([((lo, hi), w) for lo, hi, w in _AGE_BANDS_PNS])
        self._age_pppk = Weighted([((lo, hi), w) for lo, hi, w in _AGE_BANDS_PPPK])
        self._kind_pns = Weighted(_KIND_WEIGHTS_PNS)
        self._kind_new = Weighted(_KIND_WEIGHTS_NEW)
        self._edu_pelaksana_pns = Weighted((("SMA", 35), ("D3", 20), ("S1", 42), ("S2", 3)))
        self._edu_pelaksana_new = Weighted((("SMA", 40), ("D3", 25), ("S1", 35)))
        self._keahlian_cap = Weighted(_KEAHLIAN_CAPS)
        self._head_targets = {k: Weighted(v) for k, v in _HEAD_TARGET.items()}
        self._pppk_year = Weighted(
            [(y, w) for y, w in zip(PPPK_YEARS, PPPK_YEAR_WEIGHTS, strict=True)
             if y <= today.year]
        )  # fmt: skip

    def _sk(self, kode: str, tmt: date) -> tuple[str, date]:
        tanggal = tmt - timedelta(days=self.rng.randint(12, 55))
        year = tanggal.year
        issuer = "BKD" if year < 2008 else ("BKPP" if year < 2017 else "BKPSDM")
        return f"{kode}/Kep.{self.rng.randint(101, 4999)}-{issuer}/{year}", tanggal

    def plan(self, employees: int) -> list[Plan]:
        n_pppk = round(employees * 0.15) if len(self._pppk_year.items) else 0
        n_cpns = round(employees * 0.05)
        n_pns = employees - n_pppk - n_cpns
        if n_pns < 0:
            n_cpns += n_pns
            n_pns = 0
        # Heads first by depth, so that a tiny set still has a kepala and a sekretaris.
        by_depth = self.tree.by_depth()
        heads = by_depth[:n_pns]
        plans = [Plan(StatusKepegawaian.PNS, u.head[0], u) for u in heads]
        plans += [
            Plan(StatusKepegawaian.PNS, self._kind_pns.pick(self.rng))
            for _ in range(n_pns - len(heads))
        ]
        plans += [Plan(StatusKepegawaian.CPNS, self._kind_new.pick(self.rng))
                  for _ in range(n_cpns)]  # fmt: skip
        plans += [Plan(StatusKepegawaian.PPPK, self._kind_new.pick(self.rng))
                  for _ in range(n_pppk)]  # fmt: skip
        self.rng.shuffle(plans)
        return plans

    def _birth_for_age(self, age: int) -> date:
        """A birth date of someone exactly ``age`` years old today."""
        latest = add_months(self.today, -12 * age)
        earliest = add_months(self.today, -12 * (age + 1)) + timedelta(days=1)
        return self.draw.day(earliest, latest)

    def _rank_path(self, entry: int, tmt_cpns: date, cap: int, *, regular: bool) -> list[Rank]:
        sk = self._sk("813.3", tmt_cpns)
        ranks = [Rank(tmt_cpns, entry, "", "Pengangkatan CPNS", sk, (0, 0))]
        index = _GOL_INDEX[entry]
        cap_index = _GOL_INDEX[cap]
        tmt = tmt_cpns
        while index < cap_index:
            delay = int(self._kp_delay.pick(self.rng)) if regular else 0
            tmt = periode_kp(add_months(tmt, 48 + delay), self.kp_policy)
            if tmt > self.today:
                break
            index += 1
            ranks.append(
                Rank(
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
    def _rank_at(ranks: list[Rank], d: date) -> int:
        current = ranks[0].golongan_id
        for r in ranks:
            if r.tmt > d:
                break
            current = r.golongan_id
        return current

    @staticmethod
    def _reached(ranks: list[Rank], golongan_id: int) -> date | None:
        for r in ranks:
            if _GOL_INDEX.get(r.golongan_id, -1) >= _GOL_INDEX[golongan_id]:
                return r.tmt
        return None

    def _final_education(self, entry: str, chance_up: float) -> str:
        if self.rng.random() >= chance_up:
            return entry
        return {"SMA": "S1", "D3": "S1", "S1": "S2", "S2": "S2"}[entry]

    def _pelaksana_for(self, edu: str, unit: Unit | None) -> Jabatan:
        catalogue = self.catalogue
        general = unit is not None and unit.general
        table = catalogue.pelaksana_general if general else catalogue.pelaksana
        return self.draw.pick(table[edu])

    def _fungsional_family(self, kind: JenisJabatan, unit: Unit) -> dict[str, Jabatan]:
        levels: dict[str, Jabatan] = self.catalogue.families[(unit.general, kind)].pick(self.rng)
        return levels

    def _place_of(self, unit: Unit) -> Place:
        return (unit.id, unit.nama)

    def _other_place(self) -> Place:
        return (None, self.draw.pick(self.other_agencies))

    def _pns_dates(self, entry_edu: str, age: int) -> tuple[date, date]:
        """Birth date and TMT CPNS of a PNS who is ``age`` today and has served a year."""
        lo, hi = _ENTRY_AGE[entry_edu]
        if age - 2 < lo:
            age = lo + 2 + self.rng.randint(0, 3)
        birth = self._birth_for_age(age)
        entry_age = self.rng.randint(lo, min(hi, age - 2))
        tmt_index = month_index(birth) + entry_age * 12 + self.rng.randint(1, 11)
        latest = month_index(self.today) - 13
        earliest = month_index(birth) + 18 * 12 + 1
        tmt_index = max(earliest, min(tmt_index, latest))
        return birth, month_start(tmt_index)

    def _tmt_pns(self, tmt_cpns: date) -> date:
        months = 12 + int(self.rng.random() ** 2 * 12)
        return min(add_months(tmt_cpns, months), month_start(month_index(self.today)))

    def regular_pns(self, plan: Plan) -> tuple[Career, Unit]:
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
        career = Career(StatusKepegawaian.PNS, rng.choice("LP"), birth, entry, final)
        career.tmt_cpns = tmt_cpns
        career.tmt_pns = self._tmt_pns(tmt_cpns)
        career.ranks = self._rank_path(_ENTRY_GOLONGAN[entry], tmt_cpns, cap, regular=True)

        unit: Unit = self.tree.placeable.pick(rng)
        cpns_sk = career.ranks[0].sk
        today = self.today
        latest = add_months(today, -1)
        positions: list[Position] = []
        if kind is JenisJabatan.PELAKSANA:
            current = self._pelaksana_for(entry, unit)
            positions.append(Position(tmt_cpns, current, "", cpns_sk))
            changes = 0
            while changes < 2 and rng.random() < (0.4 if changes == 0 else 0.3):
                lo_d = add_months(positions[-1].tmt, 24)
                if lo_d > latest:
                    break
                other = self._pelaksana_for(final, unit)
                if other.nama == current.nama:
                    break
                d = self.draw.month_start(lo_d, latest)
                positions.append(Position(d, other, "", self._sk("821.2", d)))
                current = other
                changes += 1
        else:
            levels = self._fungsional_family(kind, unit)
            direct = tmt_cpns.year >= 2010 and rng.random() < 0.45
            if direct:
                moved = tmt_cpns
            else:
                positions.append(Position(tmt_cpns, self._pelaksana_for(entry, unit), "", cpns_sk))
                # Many were moved into functional positions by the 2021-2022 penyetaraan.
                lo_d = max(add_months(tmt_cpns, 24), _FUNGSIONAL_FROM)
                if rng.random() < 0.35 and lo_d <= date(2022, 1, 1) <= latest:
                    moved = date(2022, 1, 1)
                else:
                    moved = self.draw.month_start(lo_d, latest)
                    if moved > latest or moved <= tmt_cpns:
                        moved = month_start(month_index(tmt_cpns) + 1)
            jenjang = _jenjang_for_golongan(kind, self._rank_at(career.ranks, moved)).value
            sk = cpns_sk if direct else self._sk("821.2", moved)
            positions.append(Position(moved, levels[jenjang], "", sk))
            for r in career.ranks:
                if r.tmt <= moved:
                    continue
                step = _jenjang_for_golongan(kind, r.golongan_id).value
                if step != jenjang and levels[step].nama != levels[jenjang].nama:
                    jenjang = step
                    positions.append(Position(r.tmt, levels[step], "", self._sk("821.2", r.tmt)))
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

    def _regular_placements(self, career: Career, unit: Unit) -> list[Placement]:
        rng = self.rng
        start = career.positions[0].tmt
        first_sk = career.ranks[0].sk
        latest = add_months(self.today, -1)
        service = month_index(latest) - month_index(start)
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
                d = self.draw.month_start(add_months(start, 12), latest)
            if start < d <= latest and d not in dates:
                dates.append(d)
        dates.sort()
        places: list[Place] = []
        for i in range(len(dates)):
            if i == 0 and career.status is StatusKepegawaian.PNS and rng.random() < 0.3:
                places.append(self._other_place())
            else:
                places.append(self._place_of(self.tree.placeable.pick(rng)))
        places.append(self._place_of(unit))
        dates.insert(0, start)
        result: list[Placement] = []
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
            result.append(Placement(d, place, keterangan, sk))
        return result

    def head(self, unit: Unit) -> Career:
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
        today_index = month_index(self.today)
        tmt_cpns = month_start(today_index - service)
        birth = self.draw.day_in_month(month_index(tmt_cpns) - entry_age * 12 - birth_extra)
        chance = {"22": 0.85, "31": 0.7, "32": 0.6}.get(eselon, 0.35)
        final = "S2" if entry == "S2" or rng.random() < chance else "S1"
        if final == "S2" and eselon == "22" and rng.random() < 0.15:
            final = "S3"
        career = Career(StatusKepegawaian.PNS, rng.choice("LP"), birth, entry, final, head=True)
        career.tmt_cpns = tmt_cpns
        career.tmt_pns = self._tmt_pns(tmt_cpns)
        career.ranks = self._rank_path(entry_gid, tmt_cpns, target, regular=False)

        # The ladder up to this unit: (place, title, jenis, eselon, minimum golongan).
        own = self._place_of(unit)
        ladder: list[tuple[Place, str, JenisJabatan, str, int]] = []
        if eselon in ("22", "31", "32"):
            if rng.random() < 0.2:
                place = self._other_place()
                title = self.draw.pick(OTHER_PENGAWAS_TITLES)
            else:
                earlier = self.draw.pick(self.tree.pengawas_units)
                place, title = self._place_of(earlier), earlier.head_title
            ladder.append((place, title, JenisJabatan.PENGAWAS, "41", 33))
        if eselon == "22":
            if rng.random() < 0.4:
                place = self._other_place()
                title = self.draw.pick(OTHER_ADMIN_TITLES)
                adm_eselon = "31" if title == "Sekretaris" else "32"
            else:
                earlier = self.draw.pick(self.tree.admin_units)
                place, title = self._place_of(earlier), earlier.head_title
                adm_eselon = earlier.head[1]
            ladder.append((place, title, JenisJabatan.ADMINISTRATOR, adm_eselon, 34))
        ladder.append((own, unit.head_title, jenis, eselon, _HEAD_MIN[eselon]))

        first_place: Place
        if len(ladder) > 1:
            first_place = ladder[0][0]
        elif rng.random() < 0.15:
            first_place = self._other_place()
        elif rng.random() < 0.4:
            first_place = own
        else:
            first_place = self._place_of(self.tree.placeable.pick(rng))

        cpns_sk = career.ranks[0].sk
        first = self.draw.pick(self.catalogue.pelaksana[entry])
        positions = [Position(tmt_cpns, first, "", cpns_sk)]
        placements = [Placement(tmt_cpns, first_place, "Pengangkatan CPNS", cpns_sk)]
        prev = tmt_cpns
        final_latest = self.today - timedelta(days=15)
        for i, (place, title, kind, esl, minimum) in enumerate(ladder):
            remaining = len(ladder) - 1 - i
            reached = self._reached(career.ranks, minimum) or career.ranks[-1].tmt
            earliest = max(add_months(prev, 12), reached)
            if remaining:
                latest = add_months(final_latest, -18 * remaining)
                if earliest > latest:
                    continue
                d = self.draw.day(earliest, min(latest, add_months(earliest, 42)))
            else:
                latest = final_latest
                if earliest > latest:
                    d = max(prev + timedelta(days=1), latest)
                else:
                    d = self.draw.day(max(earliest, add_months(latest, -66)), latest)
            jabatan = Jabatan(title, "", kind, "", self.catalogue.bup(kind, "", None))
            sk = self._sk("821.2", d)
            positions.append(Position(d, jabatan, esl, sk))
            if placements[-1].place != place:
                placements.append(Placement(d, place, "Mutasi dan pengangkatan dalam jabatan", sk))
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

    def new(self, plan: Plan) -> tuple[Career, Unit]:
        """A CPNS (appointed within the last year) or a PPPK: one entry per history."""
        rng = self.rng
        kind = plan.kind
        if kind is JenisJabatan.FUNGSIONAL_KEAHLIAN:
            entry = "S2" if rng.random() < 0.08 else "S1"
        elif kind is JenisJabatan.FUNGSIONAL_KETERAMPILAN:
            entry = "D3"
        else:
            entry = self._edu_pelaksana_new.pick(rng)
        unit: Unit = self.tree.placeable.pick(rng)
        today_index = month_index(self.today)
        if plan.status is StatusKepegawaian.CPNS:
            lo, hi = _ENTRY_AGE[entry]
            tmt = month_start(today_index - rng.randint(0, 11))
            birth = self.draw.day_in_month(month_index(tmt) - rng.randint(lo, hi) * 12
                                         - rng.randint(0, 11))  # fmt: skip
            career = Career(plan.status, rng.choice("LP"), birth, entry, entry)
            career.tmt_cpns = tmt
            gid = _ENTRY_GOLONGAN[entry]
            sk = self._sk("813.3", tmt)
            career.ranks = [Rank(tmt, gid, "", "Pengangkatan CPNS", sk, (0, 0))]
        else:
            year = int(self._pppk_year.pick(rng))
            lo, hi = self._age_pppk.pick(rng)
            age = rng.randint(lo, hi)
            birth = self._birth_for_age(age)
            if year - birth.year < 20:
                birth = self._birth_for_age(age + 20 - (year - birth.year))
            last_month = 12 if year < self.today.year else self.today.month
            tmt = date(year, rng.randint(1, last_month), 1)
            career = Career(plan.status, rng.choice("LP"), birth, entry, entry)
            gid = _PPPK_GOLONGAN[entry]
            sk = self._sk("813.3", tmt)
            career.ranks = [Rank(tmt, gid, "", "Pengangkatan PPPK", sk, (0, 0))]
        if kind is JenisJabatan.PELAKSANA:
            if plan.status is StatusKepegawaian.PPPK and tmt.year >= 2024:
                jabatan = self.catalogue.pelaksana_pppk[entry]
            else:
                jabatan = self._pelaksana_for(entry, unit)
        else:
            levels = self._fungsional_family(kind, unit)
            jenjang = "PT" if kind is JenisJabatan.FUNGSIONAL_KEAHLIAN else "TR"
            jabatan = levels[jenjang]
        career.positions = [Position(tmt, jabatan, "", sk)]
        career.placements = self._regular_placements(career, unit)
        return career, unit

    def kedudukan(self, c: Career, usia_bup_jabatan: int) -> str:
        if c.status is not StatusKepegawaian.PNS or c.head:
            return "01"
        retire = tanggal_pensiun(c.birth, usia_bup_jabatan)
        if retire - self.today <= timedelta(days=365) and self.rng.random() < 0.45:
            return "20"  # masa persiapan pensiun
        age = self.today.year - c.birth.year
        if c.edu_final in ("S1", "S2") and age < 40 and self.rng.random() < 0.015:
            return "03"  # tugas belajar
        return "01"
