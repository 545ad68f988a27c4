import gzip
import json
from pathlib import Path

import pytest

from asn_desktop.domain.golongan import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    Golongan,
    GolonganError,
    golongan_by_id,
    golongan_by_ruang,
    golongan_label,
)

SIASN = Path(__file__).parents[2] / "resources" / "siasn"


def test_pns_matches_siasn_reference() -> None:
    with gzip.open(SIASN / "golonganPns.json.gz", "rt", encoding="utf-8") as fh:
        rows = json.load(fh)
    expected = [(int(r["id"]), r["nama"], r["namaPangkat"]) for r in rows]
    assert [(g.id, g.ruang, g.pangkat) for g in GOLONGAN_PNS] == expected


def test_pns_ids_and_ranks() -> None:
    assert [g.id for g in GOLONGAN_PNS] == [
        11, 12, 13, 14, 21, 22, 23, 24, 31, 32, 33, 34, 41, 42, 43, 44, 45,
    ]  # fmt: skip
    assert [g.rank for g in GOLONGAN_PNS] == list(range(1, 18))
    assert all(g.untuk == "PNS" for g in GOLONGAN_PNS)


def test_pppk_golongan() -> None:
    assert len(GOLONGAN_PPPK) == 17
    assert [g.id for g in GOLONGAN_PPPK] == list(range(101, 118))
    assert GOLONGAN_PPPK[0].ruang == "I"
    assert GOLONGAN_PPPK[8].ruang == "IX"
    assert GOLONGAN_PPPK[16].ruang == "XVII"
    assert all(g.pangkat is None and g.untuk == "PPPK" for g in GOLONGAN_PPPK)
    assert [g.rank for g in GOLONGAN_PPPK] == list(range(1, 18))


def test_rank_sorts_by_seniority() -> None:
    shuffled = [GOLONGAN_PNS[i] for i in (12, 0, 8, 16, 4)]
    assert [g.ruang for g in sorted(shuffled, key=lambda g: g.rank)] == [
        "I/a", "II/a", "III/a", "IV/a", "IV/e",
    ]  # fmt: skip


def test_by_id() -> None:
    assert golongan_by_id(31) == Golongan(31, "III/a", "Penata Muda", "PNS", 9)
    assert golongan_by_id("45").pangkat == "Pembina Utama"
    assert golongan_by_id(109).ruang == "IX"


def test_by_id_unknown() -> None:
    with pytest.raises(KeyError) as info:
        golongan_by_id(35)
    assert str(info.value) == "Golongan dengan id 35 tidak dikenal."
    with pytest.raises(GolonganError, match="bukan angka"):
        golongan_by_id("III/a")


@pytest.mark.parametrize(
    ("text", "ruang"),
    [
        ("III/a", "III/a"),
        ("iii/A", "III/a"),
        ("III.a", "III/a"),
        ("III-b", "III/b"),
        (" IV / e ", "IV/e"),
        ("IIc", "II/c"),
        ("3a", "III/a"),
        ("4D", "IV/d"),
        ("I/d", "I/d"),
    ],
)
def test_by_ruang_pns(text: str, ruang: str) -> None:
    g = golongan_by_ruang(text)
    assert g.untuk == "PNS" and g.ruang == ruang


@pytest.mark.parametrize(("text", "gid"), [("IX", 109), ("ix", 109), ("I", 101), ("XVII", 117)])
def test_by_ruang_pppk(text: str, gid: int) -> None:
    g = golongan_by_ruang(text)
    assert g.untuk == "PPPK" and g.id == gid


def test_by_ruang_unknown() -> None:
    with pytest.raises(KeyError) as info:
        golongan_by_ruang("I/e")
    assert str(info.value) == 'Golongan ruang "I/e" tidak ada; golongan I tidak memiliki ruang e.'
    with pytest.raises(GolonganError, match="tidak dikenali"):
        golongan_by_ruang("XVIII")
    with pytest.raises(GolonganError):
        golongan_by_ruang("")


def test_label() -> None:
    assert golongan_label(golongan_by_id(31)) == "Penata Muda (III/a)"
    assert golongan_label(golongan_by_id(109)) == "IX"
