"""Public service satisfaction index (PermenPANRB 14/2017; DOMAIN.md section 11)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.domain.policy import PolicyTable
from asn_desktop.domain.skm import MutuSkm, SkmError, UnsurSkm, indeks_skm, mutu_skm, unsur_skm

ON = date(2026, 6, 30)
SKM_JSON = Path(__file__).parents[2] / "resources" / "policy" / "skm.json"


def test_shipped_json_loads() -> None:
    table = PolicyTable.from_dict(json.loads(SKM_JSON.read_text(encoding="utf-8")))
    assert table.name == "skm"
    version = table.at(ON)
    assert version.effective_from == date(2017, 6, 1)
    assert "14/2017" in version.source and "belum" in version.source


def test_unsur_in_order() -> None:
    found = unsur_skm(ON)
    assert [u.kode for u in found] == [f"u{n}" for n in range(1, 10)]
    assert [u.nama for u in found] == [
        "Persyaratan",
        "Sistem, Mekanisme dan Prosedur",
        "Waktu Penyelesaian",
        "Biaya/Tarif",
        "Produk Spesifikasi Jenis Pelayanan",
        "Kompetensi Pelaksana",
        "Perilaku Pelaksana",
        "Penanganan Pengaduan, Saran dan Masukan",
        "Sarana dan Prasarana",
    ]
    assert found[0] == UnsurSkm("u1", "Persyaratan")


# -- the index ----------------------------------------------------------------------------------


def test_index_extremes() -> None:
    assert indeks_skm([4] * 9, ON) == 100.0
    assert indeks_skm([1] * 9, ON) == 25.0
    assert indeks_skm((4.0,) * 9, ON) == 100.0


def test_index_mixed_hand_computed() -> None:
    # sum 29.63; 29.63 / 9 = 3.29222...; x 25 = 82.3055... -> 82.31
    values = [3.45, 3.12, 2.98, 3.67, 3.21, 3.55, 3.60, 2.75, 3.30]
    assert indeks_skm(values, ON) == 82.31
    # eight 3s and one 4: 28 / 9 x 25 = 77.777... -> 77.78
    assert indeks_skm([4, 3, 3, 3, 3, 3, 3, 3, 3], ON) == 77.78
    # a plain mean of 3.2 gives 80
    assert indeks_skm([3.2, 3.0, 2.8, 3.5, 3.1, 3.4, 3.6, 2.9, 3.3], ON) == 80.0


@pytest.mark.parametrize("count", [0, 1, 8, 10])
def test_index_needs_nine_values(count: int) -> None:
    with pytest.raises(SkmError) as info:
        indeks_skm([3] * count, ON)
    assert str(info.value) == (
        f"Indeks SKM memerlukan 9 nilai unsur (U1 sampai U9); yang diisi {count} nilai."
    )


@pytest.mark.parametrize(
    ("position", "value", "message"),
    [
        (2, 5, "Nilai unsur U3 (Waktu Penyelesaian) harus antara 1 dan 4; yang diisi 5."),
        (0, 0, "Nilai unsur U1 (Persyaratan) harus antara 1 dan 4; yang diisi 0."),
        (8, 0.99, "Nilai unsur U9 (Sarana dan Prasarana) harus antara 1 dan 4; yang diisi 0,99."),
        (3, 4.01, "Nilai unsur U4 (Biaya/Tarif) harus antara 1 dan 4; yang diisi 4,01."),
        (4, float("nan"), "Nilai unsur U5 (Produk Spesifikasi Jenis Pelayanan) harus antara 1 "
         "dan 4; yang diisi nan."),
        (6, "abc", "Nilai unsur U7 (Perilaku Pelaksana) harus berupa angka; yang diisi 'abc'."),
        (7, None, "Nilai unsur U8 (Penanganan Pengaduan, Saran dan Masukan) harus berupa angka; "
         "yang diisi 'None'."),
        (1, True, "Nilai unsur U2 (Sistem, Mekanisme dan Prosedur) harus berupa angka; yang "
         "diisi 'True'."),
    ],
)  # fmt: skip
def test_index_names_the_bad_element(position: int, value: object, message: str) -> None:
    values: list[object] = [3] * 9
    values[position] = value
    with pytest.raises(SkmError) as info:
        indeks_skm(values, ON)  # type: ignore[arg-type]
    assert str(info.value) == message


def test_index_rejects_text() -> None:
    with pytest.raises(SkmError, match="yang diisi teks"):
        indeks_skm("333333333", ON)  # type: ignore[arg-type]


# -- mutu ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("indeks", "kode", "label"),
    [
        (100, "A", "Sangat Baik"),
        (88.31, "A", "Sangat Baik"),
        (88.305, "B", "Baik"),
        (88.30, "B", "Baik"),
        (76.61, "B", "Baik"),
        (76.605, "C", "Kurang Baik"),
        (76.60, "C", "Kurang Baik"),
        (65.00, "C", "Kurang Baik"),
        (64.995, "D", "Tidak Baik"),
        (64.99, "D", "Tidak Baik"),
        (25, "D", "Tidak Baik"),
    ],
)
def test_mutu_boundaries(indeks: float, kode: str, label: str) -> None:
    assert mutu_skm(indeks, ON) == MutuSkm(kode, label)


@pytest.mark.parametrize(
    ("indeks", "shown"), [(24.99, "24,99"), (100.01, "100,01"), (0, "0"), (float("nan"), "nan")]
)
def test_mutu_out_of_range(indeks: float, shown: str) -> None:
    with pytest.raises(SkmError) as info:
        mutu_skm(indeks, ON)
    assert str(info.value) == f"Indeks SKM harus antara 25 dan 100; yang diisi {shown}."


def test_mutu_of_computed_index() -> None:
    assert mutu_skm(indeks_skm([4] * 9, ON), ON).kode == "A"
    assert mutu_skm(indeks_skm([1] * 9, ON), ON).kode == "D"
    assert mutu_skm(indeks_skm([4, 3, 3, 3, 3, 3, 3, 3, 3], ON), ON).label == "Baik"
