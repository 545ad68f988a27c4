"""The yearly development plan (AKPK, PP 11/2017 Ps. 205-207): routes, priority, budget, months.

The routes with their estimated JP and cost, the mapping of BerAKHLAK behaviour to a
competency, the priority rule and the months in which activities are scheduled are the
agency's estimates in resources/policy/akpk.json (editable, with an effective-from date).

How the budget is shared (the help shows this text to the clerk)
-----------------------------------------------------------------
Every need (one employee, one competency) lists candidate routes. Its *ideal route* is the
cheapest route that closes the whole gap, or, if none does, the one closing the most.

a. Coverage first. Every employee below the yearly JP target gets one activity: the
   cheapest route among all of that employee's needs (preferring a route that is the need's
   ideal one), if it fits the remaining budget. Zero-cost routes always fit. Employees are
   served cheapest first, so a short budget reaches as many of them as possible.
b. Then the remaining needs are funded in order of gap closed per rupiah (levels closed
   divided by cost; zero-cost routes first; ties: the larger gap, then the lower employee
   id, then the competency code). Each gets its ideal route if it fits the remaining
   budget; if not, the cheaper route that fits and closes the most of the gap (marked
   "rute biaya rendah"); if none fits, it is not funded. A need that step a. covered with a
   cheaper route than its ideal one takes part here too, for the difference in cost, and is
   raised to its ideal route if that difference fits.
c. The budget is never exceeded, a need is funded at most once (with one route), and the
   plan lists the needs in the order they were entered.

"Kebutuhan tidak didanai" is the cost of the ideal routes of needs left unfunded or funded
with a cheaper route: what the budget would have to grow by to fund the plan as drafted.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from asn_desktop.domain.kinerja import default_policy
from asn_desktop.domain.kompetensi import KelompokKompetensi
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable

__all__ = [
    "Alokasi",
    "HasilAlokasi",
    "Kebutuhan",
    "Rute",
    "alokasikan",
    "jadwal_bulan",
    "kompetensi_perilaku",
    "label_prioritas",
    "pilih_rute",
    "prioritas",
    "rute_bawaan",
]

_NAME = "akpk"


@dataclass(frozen=True, slots=True)
class Rute:
    """One way of developing a competency: a SIASN jenisDiklat with its estimated JP and cost.

    ``biaya`` is rupiah per participant; ``menutup`` how many levels of gap it closes.
    """

    jenis_diklat: str
    nama: str
    penyelenggara: str
    jp: float
    biaya: int
    menutup: float
    biaya_rendah: bool

    def __post_init__(self) -> None:
        if isinstance(self.biaya, bool) or not isinstance(self.biaya, int) or self.biaya < 0:
            raise ValueError(
                pesan(
                    "Biaya rute {nama} harus rupiah bulat tidak negatif; yang diisi {biaya!r}.",
                    nama=self.nama,
                    biaya=self.biaya,
                )
            )
        for label, number in (("JP", self.jp), (pesan("kesenjangan yang ditutup"), self.menutup)):
            if math.isnan(number) or number < 0:
                raise ValueError(
                    pesan(
                        "{label} rute {nama} tidak boleh negatif; yang diisi {number!r}.",
                        label=label,
                        nama=self.nama,
                        number=number,
                    )
                )


@dataclass(frozen=True, slots=True)
class Kebutuhan:
    """One development need: an employee and a competency, with the candidate routes.

    ``kesenjangan`` is the gap in levels (> 0), or 0 for a need that only serves the yearly
    JP obligation.
    """

    employee_id: int
    kompetensi_kode: str
    kesenjangan: float
    rute: tuple[Rute, ...]
    di_bawah_target: bool = False
    kinerja: bool = False

    def __post_init__(self) -> None:
        if math.isnan(self.kesenjangan) or self.kesenjangan < 0:
            raise ValueError(
                pesan(
                    "Kesenjangan kompetensi {kompetensi_kode} pegawai {employee_id} tidak "
                    "boleh negatif; yang diisi {kesenjangan!r}.",
                    kompetensi_kode=self.kompetensi_kode,
                    employee_id=self.employee_id,
                    kesenjangan=self.kesenjangan,
                )
            )
        if not isinstance(self.rute, tuple):
            # A list from the caller would make the frozen need mutable and unhashable.
            object.__setattr__(self, "rute", tuple(self.rute))
        if not self.rute:
            raise ValueError(
                pesan(
                    "Kebutuhan kompetensi {kompetensi_kode} pegawai {employee_id} tidak "
                    "memiliki rute pengembangan.",
                    kompetensi_kode=self.kompetensi_kode,
                    employee_id=self.employee_id,
                )
            )


@dataclass(frozen=True, slots=True)
class Alokasi:
    """What the plan does for one need.

    ``rute`` is the funded route (None if unfunded); ``rute_ideal`` the one that would close
    the gap, which the plan lists as unfunded when ``rute`` is None or a cheaper route.
    """

    kebutuhan: Kebutuhan
    rute: Rute | None
    rute_ideal: Rute
    didanai: bool
    prioritas: int
    alasan: str

    @property
    def diturunkan(self) -> bool:
        """Funded, but with a cheaper route than the ideal one."""
        return self.rute is not None and self.rute != self.rute_ideal


@dataclass(frozen=True, slots=True)
class HasilAlokasi:
    alokasi: tuple[Alokasi, ...]
    anggaran: int
    terpakai: int
    sisa: int
    kebutuhan_tidak_didanai: int
    tanpa_kegiatan: tuple[int, ...]


def _rupiah(amount: int) -> str:
    return "Rp " + f"{amount:,}".replace(",", ".")


def _table(policy: PolicyTable | None) -> PolicyTable:
    return policy if policy is not None else default_policy(_NAME)


def _values(
    policy: PolicyTable | None, on: date | None
) -> tuple[PolicyTable, Mapping[str, object]]:
    table = _table(policy)
    return table, table.at(on if on is not None else date.today()).values


# -- routes -------------------------------------------------------------------------------------


def pilih_rute(kesenjangan: float, rute: Sequence[Rute]) -> Rute:
    """The ideal route: the cheapest one whose ``menutup`` covers the gap, else the one
    closing the most (the cheaper of equals). Ties keep the caller's order."""
    if not rute:
        raise ValueError(pesan("Tidak ada rute pengembangan untuk dipilih."))
    best: Rute | None = None
    for candidate in rute:
        if candidate.menutup >= kesenjangan and (best is None or candidate.biaya < best.biaya):
            best = candidate
    if best is not None:
        return best
    most = rute[0]
    for candidate in rute[1:]:
        if candidate.menutup > most.menutup or (
            candidate.menutup == most.menutup and candidate.biaya < most.biaya
        ):
            most = candidate
    return most


def _rute(table: PolicyTable, raw: object, biaya_rendah: bool) -> Rute:
    if not isinstance(raw, Mapping):
        raise PolicyError(
            pesan('Tabel kebijakan "{name}": setiap rute harus objek.', name=table.name)
        )
    try:
        return Rute(
            jenis_diklat=str(raw["jenis_diklat"]),
            nama=str(raw["nama"]),
            penyelenggara=str(raw["penyelenggara"]),
            jp=float(str(raw["jp"])),
            biaya=int(str(raw["biaya"])),
            menutup=float(str(raw["menutup"])),
            biaya_rendah=biaya_rendah,
        )
    except KeyError as exc:
        raise PolicyError(
            pesan('Tabel kebijakan "{name}": rute tanpa kunci {exc}.', name=table.name, exc=exc)
        ) from None
    except ValueError as exc:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": rute {get}: {exc}',
                name=table.name,
                get=raw.get("nama"),
                exc=exc,
            )
        ) from None


def rute_bawaan(
    kelompok: str, on: date | None = None, *, policy: PolicyTable | None = None
) -> tuple[Rute, ...]:
    """The klasikal route of a competency group followed by the low-cost routes."""
    table, values = _values(policy, on)
    try:
        key = KelompokKompetensi(str(kelompok).strip().lower()).value
    except ValueError:
        known = ", ".join(k.value for k in KelompokKompetensi)
        raise ValueError(
            pesan(
                "Kelompok kompetensi '{kelompok}' tidak dikenal; gunakan {known}.",
                kelompok=kelompok,
                known=known,
            )
        ) from None
    klasikal = values.get("rute")
    murah = values.get("rute_biaya_rendah")
    if not isinstance(klasikal, Mapping) or key not in klasikal:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat rute kelompok "{key}".',
                name=table.name,
                key=key,
            )
        )
    if not isinstance(murah, Sequence) or isinstance(murah, str):
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat "rute_biaya_rendah".',
                name=table.name,
            )
        )
    return (_rute(table, klasikal[key], False), *(_rute(table, r, True) for r in murah))


def kompetensi_perilaku(
    kode_nilai: str, on: date | None = None, *, policy: PolicyTable | None = None
) -> str | None:
    """The manajerial competency a BerAKHLAK core value's performance gap points to."""
    table, values = _values(policy, on)
    mapping = values.get("perilaku_ke_kompetensi")
    if not isinstance(mapping, Mapping):
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat "perilaku_ke_kompetensi".',
                name=table.name,
            )
        )
    found = mapping.get(str(kode_nilai).strip().lower())
    return None if found is None else str(found)


# -- priority -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Aturan:
    nilai: int
    label: str
    kesenjangan_min: float
    kinerja: bool


def _aturan(policy: PolicyTable | None, on: date | None) -> tuple[_Aturan, ...]:
    table, values = _values(policy, on)
    raw = values.get("prioritas")
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat daftar "prioritas".',
                name=table.name,
            )
        )
    rules = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}": setiap prioritas harus objek.',
                    name=table.name,
                )
            )
        rules.append(
            _Aturan(
                int(str(item["nilai"])),
                str(item["label"]),
                float(str(item.get("kesenjangan_min", 0))),
                bool(item.get("kinerja", False)),
            )
        )
    return tuple(rules)


def _prioritas(rules: tuple[_Aturan, ...], kebutuhan: Kebutuhan) -> int:
    for rule in rules:
        if kebutuhan.kesenjangan >= rule.kesenjangan_min or (rule.kinerja and kebutuhan.kinerja):
            return rule.nilai
    # A table whose last rule is not a catch-all: the lowest priority it knows.
    return max(rule.nilai for rule in rules)


def prioritas(
    kebutuhan: Kebutuhan, on: date | None = None, *, policy: PolicyTable | None = None
) -> int:
    """1 (tinggi) for a gap of 2 levels or more or a performance gap, 2 (sedang) for a gap of
    1, 3 (rendah) for a need that only serves the JP obligation: the first matching rule."""
    return _prioritas(_aturan(policy, on), kebutuhan)


def label_prioritas(
    nilai: int, on: date | None = None, *, policy: PolicyTable | None = None
) -> str:
    """ "Tinggi" for 1, as printed in the plan."""
    for rule in _aturan(policy, on):
        if rule.nilai == nilai:
            return rule.label
    raise ValueError(pesan("Prioritas {nilai} tidak dikenal.", nilai=nilai))


# -- the budget -----------------------------------------------------------------------------


def alokasikan(
    kebutuhan: Sequence[Kebutuhan],
    anggaran: int,
    *,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> HasilAlokasi:
    """Share ``anggaran`` (rupiah) over the needs by the rule in the module docstring.

    ``on`` and ``policy`` choose the priority rule printed with each allocation; the sharing
    itself does not depend on them.
    """
    if isinstance(anggaran, bool) or not isinstance(anggaran, int):
        raise ValueError(
            pesan("Anggaran harus rupiah bulat; yang diisi {anggaran!r}.", anggaran=anggaran)
        )
    if anggaran < 0:
        raise ValueError(
            pesan("Anggaran tidak boleh negatif; yang diisi {rupiah}.", rupiah=_rupiah(anggaran))
        )
    rules = _aturan(policy, on)
    needs = list(kebutuhan)
    # A plan has thousands of needs but few distinct (routes, gap) pairs: most needs share
    # the tuple rute_bawaan returned. Results are memoised by the tuple's identity, which
    # is stable while ``needs`` holds it.
    ideal_of: dict[tuple[int, float], Rute] = {}
    ideal = []
    for k in needs:
        key = (id(k.rute), k.kesenjangan)
        found = ideal_of.get(key)
        if found is None:
            found = ideal_of[key] = pilih_rute(k.kesenjangan, k.rute)
        ideal.append(found)
    funded: list[Rute | None] = [None] * len(needs)
    reasons = [""] * len(needs)
    sisa = anggaran

    # a. coverage: one activity for each employee below the JP target, cheapest first.
    below = list(dict.fromkeys(k.employee_id for k in needs if k.di_bawah_target))
    below_set = set(below)
    best_of: dict[int, tuple[int, bool, float, float, str, int, int]] = {}
    cheapest_of: dict[tuple[int, float], tuple[int, bool, float, int]] = {}
    for i, k in enumerate(needs):
        if k.employee_id in below_set:
            key = (id(k.rute), k.kesenjangan)
            cheap = cheapest_of.get(key)
            if cheap is None:
                cheap = cheapest_of[key] = _cheapest(k.rute, ideal[i], k.kesenjangan)
            cost, other, closes, j = cheap
            option = (cost, other, closes, -k.kesenjangan, k.kompetensi_kode, i, j)
            known = best_of.get(k.employee_id)
            if known is None or option < known:
                best_of[k.employee_id] = option
    choices = [(o[0], employee, o[5], o[6]) for employee, o in best_of.items()]
    choices.sort()
    covered_cheaper: set[int] = set()
    for cost, _employee, i, j in choices:
        if cost <= sisa:
            route = needs[i].rute[j]
            funded[i] = route
            sisa -= cost
            if route is ideal[i]:
                reasons[i] = "didanai: pegawai di bawah target JP, rute termurah"
            else:
                covered_cheaper.add(i)

    # b. the rest by gap closed per rupiah; covered needs compete for the upgrade's cost.
    order = []
    for i, k in enumerate(needs):
        gap = k.kesenjangan
        current = funded[i]
        if current is None:
            gain, cost = min(ideal[i].menutup, gap), ideal[i].biaya
        elif i in covered_cheaper:
            gain = min(ideal[i].menutup, gap) - min(current.menutup, gap)
            cost = ideal[i].biaya - current.biaya
        else:
            continue
        # Zero cost first (any gain per zero rupiah is unbeatable), then the highest ratio.
        ratio = 0.0 if cost == 0 else -gain / cost
        order.append((cost != 0, ratio, -gap, k.employee_id, k.kompetensi_kode, i))
    order.sort()
    for entry in order:
        i = entry[-1]
        k = needs[i]
        target = ideal[i]
        current = funded[i]
        if current is not None:
            extra = target.biaya - current.biaya
            if extra <= sisa:
                funded[i] = target
                sisa -= extra
                reasons[i] = "didanai: kesenjangan terbesar per rupiah (rute cakupan ditingkatkan)"
            continue
        if target.biaya <= sisa:
            funded[i] = target
            sisa -= target.biaya
            if target.biaya == 0:
                reasons[i] = "didanai: rute tanpa biaya"
            elif k.kesenjangan == 0:
                reasons[i] = "didanai: pemenuhan kewajiban JP"
            else:
                reasons[i] = "didanai: kesenjangan terbesar per rupiah"
            continue
        cheaper = _best_fitting(k, target, sisa)
        if cheaper is not None:
            funded[i] = cheaper
            sisa -= cheaper.biaya
            reasons[i] = _downgrade_reason(cheaper.biaya_rendah, target.nama, target.biaya)
        else:
            reasons[i] = _unfunded_reason(sisa, target.biaya)
    for i in covered_cheaper:
        taken = funded[i]
        if taken is not None and taken is not ideal[i]:
            reasons[i] = "pegawai di bawah target JP didahulukan; " + _downgrade_reason(
                taken.biaya_rendah, ideal[i].nama, ideal[i].biaya
            )

    shortfall = 0
    allocations = []
    priority_of: dict[tuple[float, bool], int] = {}
    for i, k in enumerate(needs):
        taken = funded[i]
        if taken is not ideal[i]:
            shortfall += ideal[i].biaya
        rank_key = (k.kesenjangan, k.kinerja)
        rank = priority_of.get(rank_key)
        if rank is None:
            rank = priority_of[rank_key] = _prioritas(rules, k)
        allocations.append(Alokasi(k, taken, ideal[i], taken is not None, rank, reasons[i]))
    got_something = {
        k.employee_id for k, taken in zip(needs, funded, strict=True) if taken is not None
    }
    terpakai = anggaran - sisa
    return HasilAlokasi(
        alokasi=tuple(allocations),
        anggaran=anggaran,
        terpakai=terpakai,
        sisa=sisa,
        kebutuhan_tidak_didanai=shortfall,
        tanpa_kegiatan=tuple(e for e in below if e not in got_something),
    )


def _cheapest(rute: tuple[Rute, ...], ideal: Rute, gap: float) -> tuple[int, bool, float, int]:
    """(cost, not the ideal route, -levels closed, position) of the route coverage takes:
    the cheapest, then one that is the ideal route (it needs no upgrade later), then the one
    closing more, then the caller's order."""
    best = -1
    best_cost = 0
    best_other = True
    best_closes = 0.0
    for j, candidate in enumerate(rute):
        cost = candidate.biaya
        if best >= 0 and cost > best_cost:
            continue
        other = candidate is not ideal
        closes = min(candidate.menutup, gap)
        if best < 0 or cost < best_cost or (other, -closes) < (best_other, -best_closes):
            best, best_cost, best_other, best_closes = j, cost, other, closes
    return best_cost, best_other, -best_closes, best


def _best_fitting(kebutuhan: Kebutuhan, ideal: Rute, sisa: int) -> Rute | None:
    """The cheaper route that fits ``sisa`` and closes the most of the gap (cheaper of
    equals, then the caller's order); None when none closes any of it."""
    gap = kebutuhan.kesenjangan
    best: Rute | None = None
    best_closes = 0.0
    limit = min(sisa, ideal.biaya - 1)
    for candidate in kebutuhan.rute:
        if candidate.biaya > limit:
            continue
        closes = min(candidate.menutup, gap)
        if closes > best_closes or (
            best is not None and closes == best_closes and candidate.biaya < best.biaya
        ):
            best, best_closes = candidate, closes
    return best


# The reasons are memoised: a large plan repeats a handful of them thousands of times.
@lru_cache(maxsize=1024)
def _downgrade_reason(biaya_rendah: bool, ideal_nama: str, ideal_biaya: int) -> str:
    kind = "rute biaya rendah" if biaya_rendah else "rute lebih murah"
    return pesan(
        "{kind}: anggaran tidak cukup untuk {ideal_nama} (perlu {rupiah})",
        kind=kind,
        ideal_nama=ideal_nama,
        rupiah=_rupiah(ideal_biaya),
    )


@lru_cache(maxsize=4096)
def _unfunded_reason(sisa: int, perlu: int) -> str:
    if sisa == 0:
        return pesan("tidak didanai: anggaran habis (perlu {rupiah})", rupiah=_rupiah(perlu))
    return pesan(
        "tidak didanai: sisa anggaran {rupiah} tidak cukup (perlu {rupiah2})",
        rupiah=_rupiah(sisa),
        rupiah2=_rupiah(perlu),
    )


# -- months -------------------------------------------------------------------------------------


def jadwal_bulan(
    alokasi: Sequence[Alokasi], on: date | None = None, *, policy: PolicyTable | None = None
) -> tuple[int, ...]:
    """A month (1-12) for each allocation, in the same order.

    Funded activities are spread evenly over the policy's window (February to November by
    default), priority 1 first, so the training load and the cash flow do not pile up in one
    month; unfunded needs get the window's last month, when a budget revision may fund them.
    """
    table, values = _values(policy, on)
    window = values.get("bulan")
    if not isinstance(window, Mapping):
        raise PolicyError(pesan('Tabel kebijakan "{name}" tidak memuat "bulan".', name=table.name))
    mulai = int(str(window.get("mulai")))
    selesai = int(str(window.get("selesai")))
    if not 1 <= mulai <= selesai <= 12:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": bulan mulai {mulai} dan selesai {selesai} harus 1 '
                "sampai 12, mulai tidak setelah selesai.",
                name=table.name,
                mulai=mulai,
                selesai=selesai,
            )
        )
    months = [selesai] * len(alokasi)
    funded = sorted((a.prioritas, i) for i, a in enumerate(alokasi) if a.didanai)
    width = selesai - mulai + 1
    count = len(funded)
    for position, (_, i) in enumerate(funded):
        months[i] = mulai + position * width // count
    return tuple(months)
