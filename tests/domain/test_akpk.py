"""The yearly development plan: routes, priority, budget allocation, months (DOMAIN.md 3, 10)."""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_desktop.domain.akpk import (
    Alokasi,
    HasilAlokasi,
    Kebutuhan,
    Rute,
    alokasikan,
    jadwal_bulan,
    kompetensi_perilaku,
    label_prioritas,
    pilih_rute,
    prioritas,
    rute_bawaan,
)
from asn_desktop.domain.kinerja import nilai_dasar
from asn_desktop.domain.kompetensi import KelompokKompetensi, kompetensi_baku
from asn_desktop.domain.policy import PolicyError, PolicyTable

ON = date(2026, 6, 30)
AKPK_JSON = Path(__file__).parents[2] / "resources" / "policy" / "akpk.json"


def rute(nama: str, biaya: int, menutup: float, *, jp: float = 8, murah: bool = False) -> Rute:
    return Rute("13", nama, "Penyelenggara uji", jp, biaya, menutup, murah)


KLASIKAL = rute("Klasikal", 3_000_000, 2)
SEDANG = rute("Workshop", 1_000_000, 2)
MURAH = rute("Belajar Mandiri", 200_000, 1, murah=True)
GRATIS = rute("Coaching", 0, 1, murah=True)


def akpk_table(**changes: Any) -> PolicyTable:
    data = json.loads(AKPK_JSON.read_text(encoding="utf-8"))
    data["versions"][0]["values"].update(changes)
    return PolicyTable.from_dict(data)


def need(
    employee_id: int,
    kode: str,
    gap: float,
    routes: tuple[Rute, ...],
    *,
    below: bool = False,
    kinerja: bool = False,
) -> Kebutuhan:
    return Kebutuhan(employee_id, kode, gap, routes, di_bawah_target=below, kinerja=kinerja)


def check_invariants(needs: list[Kebutuhan], hasil: HasilAlokasi, anggaran: int) -> None:
    """What must hold for every allocation, whatever the input."""
    assert hasil.anggaran == anggaran
    assert 0 <= hasil.terpakai <= anggaran
    assert hasil.sisa == anggaran - hasil.terpakai
    assert len(hasil.alokasi) == len(needs)
    spent = 0
    shortfall = 0
    got: set[int] = set()
    for k, a in zip(needs, hasil.alokasi, strict=True):
        assert a.kebutuhan is k  # input order kept, one allocation per need
        assert a.rute_ideal == pilih_rute(k.kesenjangan, k.rute)
        assert a.didanai is (a.rute is not None)
        assert a.alasan
        if a.rute is not None:
            assert a.rute in k.rute
            spent += a.rute.biaya
            got.add(k.employee_id)
            assert a.rute.biaya <= a.rute_ideal.biaya
        if a.rute != a.rute_ideal:
            shortfall += a.rute_ideal.biaya
    assert spent == hasil.terpakai
    assert shortfall == hasil.kebutuhan_tidak_didanai
    below = {k.employee_id for k in needs if k.di_bawah_target}
    assert set(hasil.tanpa_kegiatan) == below - got
    cheapest: dict[int, int] = defaultdict(lambda: 10**18)
    for k in needs:
        cheapest[k.employee_id] = min(cheapest[k.employee_id], *(r.biaya for r in k.rute))
    for employee in hasil.tanpa_kegiatan:
        # left out only when even the cheapest route no longer fitted
        assert cheapest[employee] > hasil.sisa
        assert cheapest[employee] > 0


def by_key(hasil: HasilAlokasi) -> dict[tuple[int, str], Alokasi]:
    return {(a.kebutuhan.employee_id, a.kebutuhan.kompetensi_kode): a for a in hasil.alokasi}


# -- the shipped table --------------------------------------------------------------------------


def test_shipped_json_loads() -> None:
    table = PolicyTable.from_dict(json.loads(AKPK_JSON.read_text(encoding="utf-8")))
    assert table.name == "akpk"
    version = table.at(ON)
    assert "perkiraan" in version.source.lower() and "PP 11/2017" in version.source
    assert dict(version.values["bulan"]) == {"mulai": 2, "selesai": 11}


@pytest.mark.parametrize(
    ("kelompok", "jenis", "nama"),
    [
        ("manajerial", "5", "Pelatihan Manajerial"),
        ("sosial_kultural", "6", "Pelatihan Sosial Kultural"),
        ("teknis", "3", "Diklat Teknis"),
        (KelompokKompetensi.TEKNIS, "3", "Diklat Teknis"),
    ],
)
def test_rute_bawaan(kelompok: str, jenis: str, nama: str) -> None:
    found = rute_bawaan(kelompok, ON)
    klasikal, *murah = found
    assert (klasikal.jenis_diklat, klasikal.nama, klasikal.biaya_rendah) == (jenis, nama, False)
    assert klasikal.biaya > 0 and klasikal.menutup == 2
    assert [r.jenis_diklat for r in murah] == ["14", "15", "16", "22", "23"]
    assert all(r.biaya_rendah and r.menutup == 1 and r.jp > 0 for r in murah)
    assert all(r.biaya < klasikal.biaya for r in murah)


def test_klasikal_costs_differ_per_kelompok() -> None:
    costs = {k: rute_bawaan(k, ON)[0].biaya for k in KelompokKompetensi}
    assert costs[KelompokKompetensi.MANAJERIAL] == 3_500_000
    assert len(set(costs.values())) == 3


def test_rute_bawaan_unknown_kelompok() -> None:
    with pytest.raises(ValueError) as info:
        rute_bawaan("umum", ON)
    assert str(info.value) == (
        "Kelompok kompetensi 'umum' tidak dikenal; gunakan manajerial, sosial_kultural, teknis."
    )


def test_kompetensi_perilaku_covers_every_core_value() -> None:
    kodes = {k.kode for k in kompetensi_baku(ON)}
    expected = {
        "berorientasi_pelayanan": "pelayanan_publik",
        "akuntabel": "integritas",
        "kompeten": "pengembangan_diri",
        "harmonis": "kerjasama",
        "loyal": "integritas",
        "adaptif": "mengelola_perubahan",
        "kolaboratif": "kerjasama",
    }
    assert {n.kode for n in nilai_dasar(on=ON)} == set(expected)
    for nilai, kode in expected.items():
        assert kompetensi_perilaku(nilai, ON) == kode
        assert kode in kodes
    assert kompetensi_perilaku("disiplin", ON) is None


# -- routes and priority ------------------------------------------------------------------------


def test_pilih_rute() -> None:
    routes = (KLASIKAL, SEDANG, MURAH, GRATIS)
    assert pilih_rute(2, routes) is SEDANG  # the cheapest that closes 2
    assert pilih_rute(1, routes) is GRATIS
    assert pilih_rute(0, routes) is GRATIS  # JP only: the cheapest
    assert pilih_rute(3, routes) is SEDANG  # none closes 3: the cheaper of those closing most
    assert pilih_rute(3, (MURAH, KLASIKAL)) is KLASIKAL
    twin = rute("Coaching kedua", 0, 1)
    assert pilih_rute(1, (GRATIS, twin)) is GRATIS  # ties keep the caller's order
    assert pilih_rute(1, (twin, GRATIS)) is twin
    with pytest.raises(ValueError):
        pilih_rute(1, ())


@pytest.mark.parametrize(
    ("gap", "kinerja", "expected", "label"),
    [
        (3, False, 1, "Tinggi"),
        (2, False, 1, "Tinggi"),
        (0, True, 1, "Tinggi"),
        (1, True, 1, "Tinggi"),
        (1, False, 2, "Sedang"),
        (0, False, 3, "Rendah"),
    ],
)
def test_prioritas(gap: float, kinerja: bool, expected: int, label: str) -> None:
    found = prioritas(need(1, "integritas", gap, (GRATIS,), kinerja=kinerja), ON)
    assert found == expected
    assert label_prioritas(found, ON) == label


def test_label_prioritas_unknown() -> None:
    with pytest.raises(ValueError, match="Prioritas 9"):
        label_prioritas(9, ON)


def test_validation_of_inputs() -> None:
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        need(1, "integritas", -1, (GRATIS,))
    with pytest.raises(ValueError, match="tidak memiliki rute"):
        need(1, "integritas", 1, ())
    with pytest.raises(ValueError, match="Biaya rute X"):
        rute("X", -1, 1)
    with pytest.raises(ValueError) as info:
        alokasikan([], -1000)
    assert str(info.value) == "Anggaran tidak boleh negatif; yang diisi Rp -1.000."
    # a list of routes is kept as a tuple so the need stays immutable
    k = Kebutuhan(1, "integritas", 1, [GRATIS])  # type: ignore[arg-type]
    assert k.rute == (GRATIS,)


# -- allocation ---------------------------------------------------------------------------------


def test_empty_plan() -> None:
    hasil = alokasikan([], 5_000_000)
    assert hasil == HasilAlokasi((), 5_000_000, 0, 5_000_000, 0, ())


def test_never_exceeds_budget_random_cases() -> None:
    rng = random.Random(20260630)
    pool = [
        KLASIKAL,
        SEDANG,
        MURAH,
        GRATIS,
        rute("Seminar", 450_000, 1),
        rute("Kursus", 2_250_000, 3),
        rute("Magang", 5_000_000, 2),
    ]
    checked = 0
    for _ in range(400):
        count = rng.randint(1, 40)
        needs = [
            need(
                rng.randint(1, 15),
                f"k{n}",
                rng.choice([0, 1, 2, 3, 1.5]),
                tuple(rng.sample(pool, rng.randint(1, 4))),
                below=rng.random() < 0.4,
                kinerja=rng.random() < 0.2,
            )
            for n in range(count)
        ]
        anggaran = rng.choice([0, 100_000, 500_000, 2_000_000, 10_000_000, 10**9])
        hasil = alokasikan(needs, anggaran)
        check_invariants(needs, hasil, anggaran)
        checked += 1
    assert checked == 400


def test_higher_gap_per_rupiah_funded_first() -> None:
    mahal = need(1, "komunikasi", 2, (rute("Mahal", 3_000_000, 2),))
    hemat = need(2, "komunikasi", 2, (rute("Hemat", 1_000_000, 2),))
    hasil = alokasikan([mahal, hemat], 3_000_000)
    first, second = hasil.alokasi
    assert second.didanai and second.alasan == "didanai: kesenjangan terbesar per rupiah"
    assert not first.didanai and first.rute is None
    assert (
        first.alasan == "tidak didanai: sisa anggaran Rp 2.000.000 tidak cukup (perlu Rp 3.000.000)"
    )
    assert (hasil.terpakai, hasil.sisa, hasil.kebutuhan_tidak_didanai) == (
        1_000_000,
        2_000_000,
        3_000_000,
    )


def test_ties_by_larger_gap_then_employee_then_kode() -> None:
    one = rute("Satu", 1_000_000, 1)
    two = rute("Dua", 2_000_000, 2)
    # equal gap per rupiah (1 level per Rp 1 juta); the larger gap goes first
    hasil = alokasikan([need(1, "a", 1, (one,)), need(2, "a", 2, (two,))], 2_000_000)
    assert [a.didanai for a in hasil.alokasi] == [False, True]
    # equal gaps: the lower employee id, then the code
    hasil = alokasikan([need(5, "b", 1, (one,)), need(3, "z", 1, (one,))], 1_000_000)
    assert [a.didanai for a in hasil.alokasi] == [False, True]
    hasil = alokasikan([need(3, "z", 1, (one,)), need(3, "b", 1, (one,))], 1_000_000)
    assert [a.didanai for a in hasil.alokasi] == [False, True]


def test_everyone_below_target_covered_when_budget_allows() -> None:
    routes = (rute("Pelatihan", 1_000_000, 2),)
    # employee 9 is not below target and has the best gap per rupiah
    needs = [
        need(9, "a", 3, (rute("Efisien", 500_000, 3),)),
        need(1, "a", 1, routes, below=True),
        need(2, "a", 1, routes, below=True),
        need(3, "a", 1, routes, below=True),
    ]
    hasil = alokasikan(needs, 3_000_000)
    check_invariants(needs, hasil, 3_000_000)
    assert [a.didanai for a in hasil.alokasi] == [False, True, True, True]
    assert hasil.tanpa_kegiatan == ()
    assert hasil.alokasi[1].alasan == "didanai: pegawai di bawah target JP, rute termurah"
    assert hasil.alokasi[0].alasan == "tidak didanai: anggaran habis (perlu Rp 500.000)"


def test_below_target_without_activity_listed() -> None:
    needs = [
        need(3, "a", 1, (rute("Pelatihan", 1_000_000, 2),), below=True),
        need(1, "a", 1, (rute("Pelatihan", 1_000_000, 2),), below=True),
        need(2, "a", 1, (rute("Kursus", 1_500_000, 2),), below=True),
        need(4, "a", 0, (GRATIS,), below=True),
    ]
    hasil = alokasikan(needs, 2_000_000)
    check_invariants(needs, hasil, 2_000_000)
    # the cheapest first, ties by employee id: 4 (free), 1 and 3; employee 2 does not fit
    assert [a.didanai for a in hasil.alokasi] == [True, True, False, True]
    assert hasil.tanpa_kegiatan == (2,)


def test_coverage_takes_the_cheapest_route_of_all_the_employees_needs() -> None:
    manajerial = rute_bawaan("manajerial", ON)
    needs = [
        need(1, "integritas", 2, manajerial, below=True),
        need(1, "jp", 0, (rute("Seminar", 400_000, 0),), below=True),
    ]
    hasil = alokasikan(needs, 400_000)
    check_invariants(needs, hasil, 400_000)
    integritas, jp = hasil.alokasi
    # the free coaching of the integritas need covers the employee; it is cheaper than the
    # ideal klasikal route, so the plan shows it as a low-cost route
    assert integritas.rute is not None and integritas.rute.nama == "Coaching"
    assert integritas.diturunkan
    assert integritas.alasan == (
        "pegawai di bawah target JP didahulukan; rute biaya rendah: anggaran tidak cukup untuk "
        "Pelatihan Manajerial (perlu Rp 3.500.000)"
    )
    assert jp.rute is not None and jp.alasan == "didanai: pemenuhan kewajiban JP"
    assert hasil.kebutuhan_tidak_didanai == 3_500_000


def test_coverage_prefers_a_route_that_is_the_ideal_one() -> None:
    manajerial = rute_bawaan("manajerial", ON)
    needs = [
        need(1, "integritas", 2, manajerial, below=True),
        need(1, "komunikasi", 1, manajerial, below=True),
    ]
    hasil = alokasikan(needs, 3_500_000)
    check_invariants(needs, hasil, 3_500_000)
    integritas, komunikasi = hasil.alokasi
    # coaching is ideal for the gap of 1, so it covers the employee and the klasikal
    # training stays available for the gap of 2
    assert komunikasi.rute is komunikasi.rute_ideal and komunikasi.rute.nama == "Coaching"
    assert integritas.rute is integritas.rute_ideal
    assert integritas.rute.nama == "Pelatihan Manajerial"
    assert hasil.terpakai == 3_500_000 and hasil.kebutuhan_tidak_didanai == 0


def test_covered_need_raised_to_ideal_when_budget_allows() -> None:
    needs = [need(1, "integritas", 2, rute_bawaan("manajerial", ON), below=True)]
    hasil = alokasikan(needs, 10_000_000)
    (only,) = hasil.alokasi
    assert only.rute is only.rute_ideal and not only.diturunkan
    assert only.alasan == "didanai: kesenjangan terbesar per rupiah (rute cakupan ditingkatkan)"
    assert (hasil.terpakai, hasil.kebutuhan_tidak_didanai) == (3_500_000, 0)


def test_zero_budget_funds_only_zero_cost_routes() -> None:
    manajerial = rute_bawaan("manajerial", ON)
    needs = [
        need(1, "integritas", 2, manajerial),
        need(2, "integritas", 1, (KLASIKAL, MURAH)),
        need(3, "integritas", 1, (GRATIS,)),
        need(4, "integritas", 2, (KLASIKAL,), below=True),
    ]
    hasil = alokasikan(needs, 0)
    check_invariants(needs, hasil, 0)
    assert hasil.terpakai == 0
    assert all(a.rute.biaya == 0 for a in hasil.alokasi if a.rute is not None)
    first, second, third, fourth = hasil.alokasi
    assert first.rute is not None and first.rute.nama == "Coaching" and first.diturunkan
    assert first.alasan == (
        "rute biaya rendah: anggaran tidak cukup untuk Pelatihan Manajerial (perlu Rp 3.500.000)"
    )
    assert not second.didanai
    assert second.alasan == "tidak didanai: anggaran habis (perlu Rp 200.000)"
    assert third.didanai and third.alasan == "didanai: rute tanpa biaya"
    assert not fourth.didanai
    assert hasil.tanpa_kegiatan == (4,)
    assert hasil.kebutuhan_tidak_didanai == 3_500_000 + 200_000 + 3_000_000


def test_downgrade_to_a_low_cost_route() -> None:
    needs = [need(1, "komunikasi", 2, (KLASIKAL, MURAH, rute("Seminar", 400_000, 1)))]
    hasil = alokasikan(needs, 1_000_000)
    (only,) = hasil.alokasi
    # both cheaper routes close one level; the cheaper one is taken
    assert only.rute is MURAH and only.rute_ideal is KLASIKAL
    assert only.didanai and only.diturunkan
    assert only.alasan == (
        "rute biaya rendah: anggaran tidak cukup untuk Klasikal (perlu Rp 3.000.000)"
    )
    assert (hasil.terpakai, hasil.sisa, hasil.kebutuhan_tidak_didanai) == (
        200_000,
        800_000,
        3_000_000,
    )


def test_downgrade_takes_the_route_closing_most_that_fits() -> None:
    kursus = rute("Kursus", 2_000_000, 3)
    needs = [need(1, "komunikasi", 3, (rute("Besar", 5_000_000, 3), kursus, MURAH))]
    assert alokasikan(needs, 2_500_000).alokasi[0].rute is kursus
    # a cheaper klasikal route is "rute lebih murah", not a low-cost one
    sedang = rute("Sedang", 2_000_000, 2)
    needs = [need(1, "komunikasi", 3, (rute("Besar", 5_000_000, 3), sedang, MURAH))]
    found = alokasikan(needs, 2_500_000).alokasi[0]
    assert found.rute is sedang
    assert found.alasan.startswith("rute lebih murah: anggaran tidak cukup untuk Besar")


def test_a_route_closing_nothing_is_no_downgrade() -> None:
    needs = [need(1, "komunikasi", 2, (KLASIKAL, rute("Sosialisasi", 100_000, 0)))]
    (only,) = alokasikan(needs, 500_000).alokasi
    assert not only.didanai


def test_deterministic_and_independent_of_input_order() -> None:
    rng = random.Random(7)
    routes = [rute_bawaan(k, ON) for k in KelompokKompetensi]
    needs = [
        need(e, kode, rng.choice([0, 1, 2]), rng.choice(routes), below=rng.random() < 0.3)
        for e in range(60)
        for kode in ("integritas", "komunikasi", "teknis")
    ]
    first = alokasikan(needs, 25_000_000)
    assert alokasikan(needs, 25_000_000) == first
    shuffled = needs[:]
    rng.shuffle(shuffled)
    again = alokasikan(shuffled, 25_000_000)
    assert [a.kebutuhan for a in again.alokasi] == shuffled
    assert by_key(again) == by_key(first)
    assert (again.terpakai, again.kebutuhan_tidak_didanai) == (
        first.terpakai,
        first.kebutuhan_tidak_didanai,
    )
    assert set(again.tanpa_kegiatan) == set(first.tanpa_kegiatan)


def test_priority_in_allocation() -> None:
    needs = [
        need(1, "a", 2, (GRATIS,)),
        need(1, "b", 1, (GRATIS,)),
        need(1, "c", 0, (GRATIS,)),
        need(1, "d", 0, (GRATIS,), kinerja=True),
    ]
    assert [a.prioritas for a in alokasikan(needs, 0).alokasi] == [1, 2, 3, 1]
    # the priority rule is policy data
    flat = akpk_table(prioritas=[{"nilai": 2, "label": "Sedang", "kesenjangan_min": 0}])
    assert {a.prioritas for a in alokasikan(needs, 0, on=ON, policy=flat).alokasi} == {2}


def test_large_plan_completes_and_sums_agree() -> None:
    rng = random.Random(100_000)
    routes = [rute_bawaan(k, ON) for k in KelompokKompetensi]
    needs = [
        Kebutuhan(
            n // 4,
            f"k{n % 4}",
            rng.choice((0, 1, 2, 3)),
            rng.choice(routes),
            di_bawah_target=rng.random() < 0.3,
            kinerja=rng.random() < 0.1,
        )
        for n in range(100_000)
    ]
    anggaran = 750_000_000
    hasil = alokasikan(needs, anggaran)
    assert len(hasil.alokasi) == 100_000
    assert 0 < hasil.terpakai <= anggaran
    assert hasil.terpakai + hasil.sisa == anggaran
    assert hasil.terpakai == sum(a.rute.biaya for a in hasil.alokasi if a.rute is not None)
    assert hasil.kebutuhan_tidak_didanai == sum(
        a.rute_ideal.biaya for a in hasil.alokasi if a.rute != a.rute_ideal
    )
    assert hasil.tanpa_kegiatan == ()  # free routes cover everyone below target
    assert len(jadwal_bulan(hasil.alokasi, ON)) == 100_000


# -- months -------------------------------------------------------------------------------------


def funded(prio: int, *, didanai: bool = True) -> Alokasi:
    k = need(1, "a", 1, (GRATIS,))
    return Alokasi(k, GRATIS if didanai else None, GRATIS, didanai, prio, "uji")


def test_jadwal_spreads_over_the_window() -> None:
    assert jadwal_bulan([funded(1) for _ in range(10)], ON) == tuple(range(2, 12))
    assert jadwal_bulan([funded(1) for _ in range(3)], ON) == (2, 5, 8)
    assert jadwal_bulan([funded(1)], ON) == (2,)
    assert jadwal_bulan([], ON) == ()
    months = jadwal_bulan([funded(2) for _ in range(25)], ON)
    assert min(months) == 2 and max(months) == 11
    assert all(2 <= months.count(m) <= 3 for m in range(2, 12))


def test_jadwal_priority_first_unfunded_last() -> None:
    plan = [funded(3), funded(1, didanai=False), funded(2), funded(1)]
    assert jadwal_bulan(plan, ON) == (8, 11, 5, 2)


def test_jadwal_window_is_policy_data() -> None:
    table = akpk_table(bulan={"mulai": 7, "selesai": 8})
    assert jadwal_bulan([funded(1), funded(1), funded(1, didanai=False)], ON, policy=table) == (
        7,
        8,
        8,
    )
    with pytest.raises(PolicyError, match="bulan mulai 9 dan selesai 3"):
        jadwal_bulan([], ON, policy=akpk_table(bulan={"mulai": 9, "selesai": 3}))
