"""Competency standards, gaps and JPM (PermenPANRB 38/2017; DOMAIN.md sections 4 and 10)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.kompetensi import (
    BandJpm,
    KelompokKompetensi,
    Kesenjangan,
    Kompetensi,
    KompetensiError,
    band_pemetaan,
    band_seleksi,
    check_level,
    jpm,
    kesenjangan,
    kompetensi_baku,
    level_range,
    standar_bawaan,
    standar_bawaan_dikonfirmasi,
)
from asn_desktop.domain.policy import PolicyError, PolicyTable

ON = date(2026, 6, 30)
POLICY_DIR = Path(__file__).parents[2] / "resources" / "policy"
MANAJERIAL = [
    "integritas",
    "kerjasama",
    "komunikasi",
    "orientasi_hasil",
    "pelayanan_publik",
    "pengembangan_diri",
    "mengelola_perubahan",
    "pengambilan_keputusan",
]


def shipped(name: str) -> dict[str, Any]:
    data = json.loads((POLICY_DIR / f"{name}.json").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def table_with(name: str, **changes: Any) -> PolicyTable:
    """The shipped table with some values of its (only) version replaced."""
    data = shipped(name)
    data["versions"][0]["values"].update(changes)
    return PolicyTable.from_dict(data)


# -- the shipped tables -------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["standar_kompetensi", "jpm"])
def test_shipped_json_loads(name: str) -> None:
    table = PolicyTable.from_dict(shipped(name))
    assert table.name == name
    version = table.at(ON)
    assert version.effective_from == date(2017, 7, 25)
    assert "38/2017" in version.source
    # the date is a stand-in and the file says so
    assert "belum" in version.source


def test_kompetensi_baku_in_policy_order() -> None:
    found = kompetensi_baku(ON)
    assert [k.kode for k in found] == [*MANAJERIAL, "perekat_bangsa"]
    assert found[0] == Kompetensi("integritas", "Integritas", KelompokKompetensi.MANAJERIAL)
    assert found[5].nama == "Pengembangan Diri dan Orang Lain"
    assert found[-1] == Kompetensi(
        "perekat_bangsa", "Perekat Bangsa", KelompokKompetensi.SOSIAL_KULTURAL
    )
    assert all(k.kelompok is KelompokKompetensi.MANAJERIAL for k in found[:8])


def test_kelompok_labels() -> None:
    assert [k.label for k in KelompokKompetensi] == ["Manajerial", "Sosial Kultural", "Teknis"]
    assert KelompokKompetensi("sosial_kultural") is KelompokKompetensi.SOSIAL_KULTURAL


def test_unknown_kelompok_in_policy_is_named() -> None:
    bad = table_with(
        "standar_kompetensi", kompetensi=[{"kode": "x", "nama": "X", "kelompok": "umum"}]
    )
    with pytest.raises(PolicyError, match="'umum'"):
        kompetensi_baku(ON, policy=bad)


def test_before_the_regulation_there_is_no_table() -> None:
    with pytest.raises(PolicyError, match="belum berlaku"):
        kompetensi_baku(date(2017, 7, 24))


# -- levels -------------------------------------------------------------------------------------


def test_level_range() -> None:
    assert level_range(ON) == (1, 5)
    assert level_range(ON, policy=table_with("standar_kompetensi", level={"min": 0, "max": 4})) == (
        0,
        4,
    )


@pytest.mark.parametrize(
    ("value", "level"), [("3", 3), (3, 3), (3.0, 3), (" 4 ", 4), ("5", 5), (1, 1), ("2,0", 2)]
)
def test_check_level_accepts(value: object, level: int) -> None:
    assert check_level(value, ON) == level


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "Level kompetensi harus bilangan bulat 1 sampai 5; belum diisi."),
        ("  ", "Level kompetensi harus bilangan bulat 1 sampai 5; belum diisi."),
        (None, "Level kompetensi harus bilangan bulat 1 sampai 5; belum diisi."),
        ("abc", "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi 'abc'."),
        (0, "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '0'."),
        (6, "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '6'."),
        ("7", "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '7'."),
        (2.5, "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '2.5'."),
        ("2,5", "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '2,5'."),
        (True, "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi 'True'."),
        (float("nan"), "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi 'nan'."),
        (float("inf"), "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi 'inf'."),
    ],
)
def test_check_level_rejects_naming_the_value(value: object, message: str) -> None:
    with pytest.raises(KompetensiError) as info:
        check_level(value, ON)
    assert str(info.value) == message
    assert isinstance(info.value, ValueError)


# -- default standards --------------------------------------------------------------------------

BAWAAN = {
    JenisJabatan.JPT: 4,
    JenisJabatan.ADMINISTRATOR: 3,
    JenisJabatan.PENGAWAS: 2,
    JenisJabatan.PELAKSANA: 1,
    JenisJabatan.FUNGSIONAL_KEAHLIAN: 2,
    JenisJabatan.FUNGSIONAL_KETERAMPILAN: 1,
}


@pytest.mark.parametrize(("jenis", "level"), list(BAWAAN.items()))
def test_standar_bawaan_every_jenis(jenis: JenisJabatan, level: int) -> None:
    found = standar_bawaan(jenis, ON)
    assert list(found) == [*MANAJERIAL, "perekat_bangsa"]
    assert set(found.values()) == {level}
    # the stored text value works the same as the enum, whatever its case
    assert standar_bawaan(jenis.value.lower(), ON) == found


def test_every_jenis_jabatan_has_a_default() -> None:
    assert {j.value for j in JenisJabatan} == {j.value for j in BAWAAN}


@pytest.mark.parametrize("jenis", ["", "  ", "LAINNYA", "PPPK"])
def test_standar_bawaan_unknown_is_empty(jenis: str) -> None:
    assert standar_bawaan(jenis, ON) == {}
    confirmed, note = standar_bawaan_dikonfirmasi(jenis, ON)
    assert confirmed is False
    assert "tidak memiliki standar kompetensi bawaan" in note


def test_standar_bawaan_per_competency_from_policy() -> None:
    table = table_with(
        "standar_kompetensi", bawaan={"PENGAWAS": {"komunikasi": 3, "integritas": 2}}
    )
    # the dictionary's order, not the file's
    assert standar_bawaan("PENGAWAS", ON, policy=table) == {"integritas": 2, "komunikasi": 3}


def test_only_administrator_default_is_confirmed() -> None:
    for jenis in JenisJabatan:
        confirmed, note = standar_bawaan_dikonfirmasi(jenis, ON)
        assert confirmed is (jenis is JenisJabatan.ADMINISTRATOR)
        assert note, jenis
        if not confirmed:
            assert "belum dikonfirmasi" in note


# -- gaps ---------------------------------------------------------------------------------------


def test_kesenjangan_in_standard_order() -> None:
    standar = {"komunikasi": 3, "integritas": 3, "kerjasama": 2}
    aktual = {"integritas": 1, "kerjasama": 4, "lain": 5}
    assert kesenjangan(standar, aktual) == [
        Kesenjangan("komunikasi", 3, None, None),
        Kesenjangan("integritas", 3, 1, 2),
        Kesenjangan("kerjasama", 2, 4, 0),
    ]
    found = kesenjangan(standar, aktual)
    assert [g.dinilai for g in found] == [False, True, True]


def test_kesenjangan_of_empty_standard() -> None:
    assert kesenjangan({}, {"integritas": 3}) == []


# -- JPM ----------------------------------------------------------------------------------------


def test_jpm_plain_ratio() -> None:
    assert jpm({"a": 3, "b": 3, "c": 2}, {"a": 3, "b": 2, "c": 2}, on=ON) == 87.5


def test_jpm_capped_at_100() -> None:
    assert jpm({"a": 2, "b": 2}, {"a": 5, "b": 5}, on=ON) == 100.0


def test_jpm_per_item_cap_both_ways() -> None:
    standar = {"a": 3, "b": 3}
    aktual = {"a": 5, "b": 1}
    # uncapped: the surplus in a hides the shortfall in b
    assert jpm(standar, aktual, batasi_per_item=False) == 100.0
    assert jpm(standar, aktual, batasi_per_item=True) == 66.67
    # the shipped default is uncapped ...
    assert jpm(standar, aktual, on=ON) == 100.0
    # ... and a policy can turn the cap on
    capped = table_with("jpm", batasi_per_item=True)
    assert jpm(standar, aktual, on=ON, policy=capped) == 66.67
    # an explicit argument wins over the policy
    assert jpm(standar, aktual, batasi_per_item=False, on=ON, policy=capped) == 100.0


def test_jpm_missing_items_count_zero() -> None:
    assert jpm({"a": 3, "b": 3}, {"a": 3}, on=ON) == 50.0
    assert jpm({"a": 3, "b": 3}, {"a": 3, "b": None}, on=ON) == 50.0
    # competencies outside the standard do not count
    assert jpm({"a": 3, "b": 3}, {"a": 3, "x": 5}, on=ON) == 50.0


@pytest.mark.parametrize(
    ("standar", "aktual"),
    [
        ({}, {}),
        ({}, {"a": 3}),
        ({"a": 3, "b": 3}, {}),
        ({"a": 3}, {"x": 3}),
        ({"a": 3}, {"a": None}),
        ({"a": 0}, {"a": 2}),
    ],
)
def test_jpm_none_when_nothing_to_compare(
    standar: dict[str, int], aktual: dict[str, int | None]
) -> None:
    assert jpm(standar, aktual, on=ON) is None


def test_jpm_rounds_to_two_decimals() -> None:
    assert jpm({"a": 3, "b": 3, "c": 3}, {"a": 1, "b": 0, "c": 0}, on=ON) == 11.11
    assert jpm({"a": 3, "b": 3, "c": 3}, {"a": 2, "b": 2, "c": 2}, on=ON) == 66.67
    assert jpm({"a": 3}, {"a": 1}, on=ON) == 33.33
    assert jpm({"a": 3, "b": 3, "c": 3}, {"a": 3, "b": 3, "c": 2}, on=ON) == 88.89


# -- bands --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pct", "kode", "label"),
    [
        (100, "optimal", "Optimal"),
        (90, "optimal", "Optimal"),
        (89.99, "cukup_optimal", "Cukup Optimal"),
        (78, "cukup_optimal", "Cukup Optimal"),
        (77.99, "kurang_optimal", "Kurang Optimal"),
        (0, "kurang_optimal", "Kurang Optimal"),
    ],
)
def test_band_pemetaan_boundaries(pct: float, kode: str, label: str) -> None:
    assert band_pemetaan(pct, ON) == BandJpm(kode, label)


@pytest.mark.parametrize(
    ("pct", "kode", "label"),
    [
        (100, "memenuhi_syarat", "Memenuhi Syarat"),
        (80, "memenuhi_syarat", "Memenuhi Syarat"),
        (79.99, "masih_memenuhi_syarat", "Masih Memenuhi Syarat"),
        (68, "masih_memenuhi_syarat", "Masih Memenuhi Syarat"),
        (67.99, "kurang_memenuhi_syarat", "Kurang Memenuhi Syarat"),
        (0, "kurang_memenuhi_syarat", "Kurang Memenuhi Syarat"),
    ],
)
def test_band_seleksi_boundaries(pct: float, kode: str, label: str) -> None:
    assert band_seleksi(pct, ON) == BandJpm(kode, label)


def test_bands_do_not_depend_on_file_order() -> None:
    bands = shipped("jpm")["versions"][0]["values"]["pemetaan"]
    reordered = table_with("jpm", pemetaan=list(reversed(bands)))
    assert band_pemetaan(78, ON, policy=reordered).kode == "cukup_optimal"
    assert band_pemetaan(95, ON, policy=reordered).kode == "optimal"


@pytest.mark.parametrize("pct", [-0.01, float("nan")])
def test_band_rejects_impossible_jpm(pct: float) -> None:
    with pytest.raises(KompetensiError):
        band_pemetaan(pct, ON)
    with pytest.raises(KompetensiError):
        band_seleksi(pct, ON)


def test_jpm_and_band_together() -> None:
    standar = standar_bawaan(JenisJabatan.ADMINISTRATOR, ON)
    aktual = dict.fromkeys(standar, 3)
    aktual["integritas"] = 1
    pct = jpm(standar, aktual, on=ON)
    assert pct == round(100 * 25 / 27, 2) == 92.59
    assert band_pemetaan(pct, ON).label == "Optimal"
