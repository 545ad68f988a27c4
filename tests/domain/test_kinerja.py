"""The appraisal rules of PermenPANRB 6/2022: predikat matrix, periods, pola distribusi, PP 46."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from asn_desktop.domain import PolicyError, PolicyTable, Predikat, Rating, predikat_kinerja
from asn_desktop.domain import periode as facade_periode
from asn_desktop.domain.kinerja import (
    Pelanggaran,
    Skema,
    capaian_labels,
    cek_pola_distribusi,
    default_policy,
    nilai_dasar,
    nilai_prestasi_pp46,
    periode,
    periode_tahun,
    predikat_dari_rating,
    predikat_label,
    rating_label,
    sebutan_pp46,
    siasn_code,
)

ON = date(2026, 12, 31)
A, S, B = Rating.DI_ATAS, Rating.SESUAI, Rating.DI_BAWAH
SB, BA, BP, KU, SK = (
    Predikat.SANGAT_BAIK,
    Predikat.BAIK,
    Predikat.BUTUH_PERBAIKAN,
    Predikat.KURANG,
    Predikat.SANGAT_KURANG,
)

# DOMAIN.md 5: rows hasil kerja, columns perilaku kerja.
MATRIX = [
    (A, A, "Sangat Baik"),
    (A, S, "Baik"),
    (A, B, "Kurang/Misconduct"),
    (S, A, "Baik"),
    (S, S, "Baik"),
    (S, B, "Kurang/Misconduct"),
    (B, A, "Butuh Perbaikan"),
    (B, S, "Butuh Perbaikan"),
    (B, B, "Sangat Kurang"),
]


# -- the predikat matrix -------------------------------------------------------------------


@pytest.mark.parametrize(("hasil", "perilaku", "label"), MATRIX)
def test_matrix_cell_through_the_facade(hasil: Rating, perilaku: Rating, label: str) -> None:
    assert predikat_kinerja(hasil, perilaku, on=ON) == label
    # the stored string values work the same as the enum
    assert predikat_kinerja(hasil.value, perilaku.value, on=ON) == label


def test_whole_matrix_as_keys() -> None:
    found = {(h, p): predikat_dari_rating(h, p, on=ON) for h in Rating for p in Rating}
    assert found == {
        (A, A): SB, (A, S): BA, (A, B): KU,
        (S, A): BA, (S, S): BA, (S, B): KU,
        (B, A): BP, (B, S): BP, (B, B): SK,
    }  # fmt: skip


def test_default_day_is_today() -> None:
    assert predikat_kinerja(Rating.DI_ATAS, Rating.SESUAI) == "Baik"


def test_printed_labels() -> None:
    assert [predikat_label(p, on=ON) for p in Predikat] == [
        "Sangat Baik",
        "Baik",
        "Butuh Perbaikan",
        "Kurang/Misconduct",
        "Sangat Kurang",
    ]
    assert [rating_label(r, on=ON) for r in Rating] == [
        "Di Atas Ekspektasi",
        "Sesuai Ekspektasi",
        "Di Bawah Ekspektasi",
    ]
    assert Rating.DI_BAWAH.label == "Di Bawah Ekspektasi"
    assert Predikat.KURANG.label == "Kurang/Misconduct"
    assert Rating.SESUAI.value == "sesuai"


def test_unknown_rating_names_the_choices() -> None:
    with pytest.raises(ValueError) as caught:
        predikat_kinerja("luar_biasa", Rating.SESUAI, on=ON)
    assert "luar_biasa" in str(caught.value)
    assert "Di Atas, Sesuai atau Di Bawah Ekspektasi" in str(caught.value)


def test_siasn_codes() -> None:
    assert [siasn_code("siasn_rating", r, on=ON) for r in (A, S, B)] == [1, 2, 3]
    assert [siasn_code("siasn_kuadran", p, on=ON) for p in (SB, BA, BP, KU, SK)] == [
        1,
        2,
        3,
        4,
        5,
    ]


def test_matrix_before_the_regulation_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="belum berlaku pada 31-12-2020"):
        predikat_kinerja(A, A, on=date(2020, 12, 31))


def _later_matrix_table() -> PolicyTable:
    """The shipped table plus a (made-up) 2027 version: Di Atas/Di Bawah is Butuh Perbaikan
    and Kurang is printed "Kurang"."""
    shipped = default_policy("predikat_kinerja").versions[0]
    values: dict[str, Any] = {
        "rating_labels": dict(shipped.values["rating_labels"]),
        "predikat_labels": dict(shipped.values["predikat_labels"]) | {"kurang": "Kurang"},
        "matrix": {k: dict(v) for k, v in shipped.values["matrix"].items()},
    }
    values["matrix"]["di_atas"]["di_bawah"] = "butuh_perbaikan"
    return PolicyTable.from_dict(
        {
            "name": "predikat_kinerja",
            "versions": [
                {
                    "effective_from": "2022-01-01",
                    "source": "PermenPANRB 6/2022",
                    "values": {
                        k: shipped.values[k] for k in ("rating_labels", "predikat_labels", "matrix")
                    },
                },
                {"effective_from": "2027-01-01", "source": "Peraturan baru", "values": values},
            ],
        }
    )


def test_later_policy_version_applies_after_its_date() -> None:
    table = _later_matrix_table()
    before, after = date(2026, 12, 31), date(2027, 1, 1)
    assert predikat_kinerja(A, B, on=before, policy=table) == "Kurang/Misconduct"
    assert predikat_kinerja(A, B, on=after, policy=table) == "Butuh Perbaikan"
    assert predikat_dari_rating(A, B, on=after, policy=table) is BP
    # the label changed too, the other cells did not
    assert predikat_kinerja(S, B, on=before, policy=table) == "Kurang/Misconduct"
    assert predikat_kinerja(S, B, on=after, policy=table) == "Kurang"
    assert predikat_kinerja(A, A, on=after, policy=table) == "Sangat Baik"
    assert predikat_kinerja(B, B, on=after, policy=table) == "Sangat Kurang"


def test_matrix_missing_a_cell_names_it() -> None:
    table = PolicyTable.from_dict(
        {
            "name": "rusak",
            "versions": [
                {
                    "effective_from": "2022-01-01",
                    "source": "uji",
                    "values": {"matrix": {"di_atas": {"di_atas": "sangat_baik"}}},
                }
            ],
        }
    )
    with pytest.raises(PolicyError) as caught:
        predikat_dari_rating(A, S, on=ON, policy=table)
    assert str(caught.value) == 'Tabel kebijakan "rusak": matriks tidak memuat di_atas/sesuai.'


# -- periods -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kode", "mulai", "selesai", "label"),
    [
        ("tw1", date(2026, 1, 1), date(2026, 3, 31), "TRIWULAN I"),
        ("tw2", date(2026, 4, 1), date(2026, 6, 30), "TRIWULAN II"),
        ("tw3", date(2026, 7, 1), date(2026, 9, 30), "TRIWULAN III"),
        ("tw4", date(2026, 10, 1), date(2026, 12, 31), "TRIWULAN IV"),
        ("s1", date(2026, 1, 1), date(2026, 6, 30), "SEMESTER I"),
        ("s2", date(2026, 7, 1), date(2026, 12, 31), "SEMESTER II"),
        ("b01", date(2026, 1, 1), date(2026, 1, 31), "BULAN JANUARI"),
        ("b02", date(2026, 2, 1), date(2026, 2, 28), "BULAN FEBRUARI"),
        ("b04", date(2026, 4, 1), date(2026, 4, 30), "BULAN APRIL"),
        ("b12", date(2026, 12, 1), date(2026, 12, 31), "BULAN DESEMBER"),
        ("akhir", date(2026, 1, 1), date(2026, 12, 31), "PERIODE: AKHIR"),
    ],
)
def test_period_dates_and_label(kode: str, mulai: date, selesai: date, label: str) -> None:
    p = periode(kode, 2026)
    assert (p.kode, p.tahun, p.mulai, p.selesai, p.label) == (kode, 2026, mulai, selesai, label)
    assert p.is_akhir is (kode == "akhir")


def test_february_of_a_leap_year() -> None:
    assert periode("b02", 2024).selesai == date(2024, 2, 29)


def test_rentang_as_printed() -> None:
    assert periode("akhir", 2026).rentang == "1 JANUARI SD 31 DESEMBER 2026"
    assert periode("tw2", 2026).rentang == "1 APRIL SD 30 JUNI 2026"
    assert periode("s2", 2025).rentang == "1 JULI SD 31 DESEMBER 2025"
    assert periode("b11", 2026).rentang == "1 NOVEMBER SD 30 NOVEMBER 2026"


def test_codes_are_read_loosely() -> None:
    assert periode(" TW2 ", 2026).kode == "tw2"
    assert periode("AKHIR", 2026).kode == "akhir"
    assert facade_periode("B07", 2026).label == "BULAN JULI"


@pytest.mark.parametrize("kode", ["tw5", "tw0", "tw", "s3", "b13", "b00", "b1", "x", "", "akir"])
def test_bad_period_code(kode: str) -> None:
    with pytest.raises(ValueError) as caught:
        periode(kode, 2026)
    assert str(caught.value) == (
        f"Periode '{kode.strip().lower()}' tidak dikenal; gunakan akhir, tw1-tw4, s1-s2 atau "
        "b01-b12."
    )


def test_periods_of_a_year() -> None:
    assert [p.kode for p in periode_tahun(2026)] == ["tw1", "tw2", "tw3", "tw4", "akhir"]
    assert [p.kode for p in periode_tahun(2026, "semester")] == ["s1", "s2", "akhir"]
    monthly = periode_tahun(2026, "bulanan")
    assert [p.kode for p in monthly] == [f"b{m:02d}" for m in range(1, 13)] + ["akhir"]
    with pytest.raises(ValueError) as caught:
        periode_tahun(2026, "mingguan")
    assert str(caught.value) == (
        "Jenis periode 'mingguan' tidak dikenal; gunakan bulanan, triwulan, semester."
    )


def test_period_type_follows_the_policy_of_the_year() -> None:
    table = PolicyTable.from_dict(
        {
            "name": "periode_penilaian",
            "versions": [
                {"effective_from": "2022-01-01", "source": "a", "values": {"jenis": "triwulan"}},
                {"effective_from": "2027-01-01", "source": "b", "values": {"jenis": "semester"}},
            ],
        }
    )
    assert periode_tahun(2026, policy=table)[0].kode == "tw1"
    assert [p.kode for p in periode_tahun(2027, policy=table)] == ["s1", "s2", "akhir"]


# -- BerAKHLAK ----------------------------------------------------------------------------


def test_seven_core_values_in_order() -> None:
    values = nilai_dasar(on=ON)
    assert [v.nama for v in values] == [
        "Berorientasi Pelayanan",
        "Akuntabel",
        "Kompeten",
        "Harmonis",
        "Loyal",
        "Adaptif",
        "Kolaboratif",
    ]
    assert [v.kode for v in values][:2] == ["berorientasi_pelayanan", "akuntabel"]
    assert values[0].uraian[0] == "Memahami dan memenuhi kebutuhan masyarakat"
    assert [len(v.uraian) for v in values] == [3] * 7


# -- pola distribusi -----------------------------------------------------------------------


def check(capaian: str, **counts: int) -> list[Pelanggaran]:
    keys = {"sb": SB, "b": BA, "bp": BP, "k": KU, "sk": SK}
    return cek_pola_distribusi(capaian, {keys[k]: n for k, n in counts.items()}, on=ON)


def summary(found: list[Pelanggaran]) -> list[tuple[tuple[str, ...], str, int, int, int]]:
    return [(tuple(p.predikat), p.batas, p.jumlah, p.total, p.selisih) for p in found]


@pytest.mark.parametrize("capaian", list(capaian_labels(on=ON)))
def test_empty_set_breaks_nothing(capaian: str) -> None:
    assert cek_pola_distribusi(capaian, {}, on=ON) == []
    assert cek_pola_distribusi(capaian, {SB: 0, SK: 0}, on=ON) == []


def test_capaian_labels() -> None:
    assert capaian_labels(on=ON) == {
        "istimewa": "Istimewa",
        "baik": "Baik",
        "butuh_perbaikan": "Butuh Perbaikan",
        "kurang": "Kurang",
        "sangat_kurang": "Sangat Kurang",
    }


def test_unknown_capaian() -> None:
    with pytest.raises(ValueError) as caught:
        check("luar_biasa", b=1)
    assert str(caught.value) == (
        "Capaian kinerja organisasi 'luar_biasa' tidak dikenal; gunakan istimewa, baik, "
        "butuh_perbaikan, kurang, sangat_kurang."
    )


def test_istimewa_at_its_bound() -> None:
    assert check("istimewa", sb=7, b=3) == []
    found = check("istimewa", sb=8, b=2)
    assert summary(found) == [(("sangat_baik",), "max_pct", 8, 10, 1)]
    assert found[0].nilai_batas == 70.0
    assert found[0].pesan == (
        "Sangat Baik 80% (8 dari 10 pegawai); capaian organisasi Istimewa membolehkan paling "
        "banyak 70% (7 pegawai): lebih 1 pegawai."
    )
    # everyone Sangat Baik: 10 of 10, 3 too many
    assert summary(check("istimewa", sb=10)) == [(("sangat_baik",), "max_pct", 10, 10, 3)]
    # only the Sangat Baik share is bounded
    assert check("istimewa", sk=10) == []


def test_max_rounds_down_and_min_rounds_up() -> None:
    # 70% of 7 is 4.9: 4 allowed
    assert check("istimewa", sb=4, b=3) == []
    assert summary(check("istimewa", sb=5, b=2)) == [(("sangat_baik",), "max_pct", 5, 7, 1)]
    # 60% of 7 is 4.2: 5 needed
    assert summary(check("sangat_kurang", sk=4, b=3)) == [(("sangat_kurang",), "min_pct", 4, 7, 1)]
    assert check("sangat_kurang", sk=5, b=2) == []


def test_baik_at_its_bounds() -> None:
    assert check("baik", b=7, sb=2, bp=1) == []
    assert check("baik", b=7, sb=2, k=1) == []
    found = check("baik", b=8, sb=1, bp=1)
    assert summary(found) == [(("baik",), "max_pct", 8, 10, 1)]
    assert "membolehkan paling banyak 70% (7 pegawai): lebih 1 pegawai." in found[0].pesan
    # no Butuh Perbaikan or Kurang at all
    found = check("baik", b=7, sb=3)
    assert summary(found) == [(("butuh_perbaikan", "kurang"), "min_count", 0, 10, 1)]
    assert found[0].pesan == (
        "capaian organisasi Baik mensyaratkan ada pegawai berpredikat Butuh Perbaikan atau "
        "Kurang/Misconduct (paling sedikit 1); yang ada 0: kurang 1 pegawai."
    )
    # Sangat Kurang does not count as Butuh Perbaikan/Kurang
    assert summary(check("baik", b=7, sk=3)) == [
        (("butuh_perbaikan", "kurang"), "min_count", 0, 10, 1)
    ]
    # both broken at once, in the rule's order
    assert summary(check("baik", b=10)) == [
        (("baik",), "max_pct", 10, 10, 3),
        (("butuh_perbaikan", "kurang"), "min_count", 0, 10, 1),
    ]


def test_butuh_perbaikan_at_its_bounds() -> None:
    assert check("butuh_perbaikan", bp=6, sb=1, b=3) == []
    found = check("butuh_perbaikan", bp=5, sb=1, b=4)
    assert summary(found) == [(("butuh_perbaikan",), "min_pct", 5, 10, 1)]
    assert found[0].pesan == (
        "Butuh Perbaikan 50% (5 dari 10 pegawai); capaian organisasi Butuh Perbaikan "
        "mensyaratkan paling sedikit 60% (6 pegawai): kurang 1 pegawai."
    )
    found = check("butuh_perbaikan", bp=6, sb=2, b=2)
    assert summary(found) == [(("sangat_baik",), "max_pct", 2, 10, 1)]
    assert "paling banyak 10% (1 pegawai): lebih 1 pegawai." in found[0].pesan
    assert summary(check("butuh_perbaikan", sb=10)) == [
        (("butuh_perbaikan",), "min_pct", 0, 10, 6),
        (("sangat_baik",), "max_pct", 10, 10, 9),
    ]


def test_kurang_at_its_bounds() -> None:
    assert check("kurang", k=6, bp=1, sb=1, b=2) == []
    assert summary(check("kurang", k=5, bp=1, sb=1, b=3)) == [(("kurang",), "min_pct", 5, 10, 1)]
    found = check("kurang", k=6, sb=1, b=3)
    assert summary(found) == [(("butuh_perbaikan",), "min_pct", 0, 10, 1)]
    assert "paling sedikit 10% (1 pegawai): kurang 1 pegawai." in found[0].pesan
    assert summary(check("kurang", k=6, bp=1, sb=2, b=1)) == [
        (("sangat_baik",), "max_pct", 2, 10, 1)
    ]


def test_sangat_kurang_at_its_bounds() -> None:
    assert check("sangat_kurang", sk=6, b=4) == []
    found = check("sangat_kurang", sk=6, sb=1, b=3)
    assert summary(found) == [(("sangat_baik",), "max_pct", 1, 10, 1)]
    assert found[0].pesan == (
        "Sangat Baik 10% (1 dari 10 pegawai); capaian organisasi Sangat Kurang membolehkan "
        "paling banyak 0% (0 pegawai): lebih 1 pegawai."
    )
    assert summary(check("sangat_kurang", sk=5, b=5)) == [(("sangat_kurang",), "min_pct", 5, 10, 1)]


def test_scope_prefixes_the_message_and_string_keys_count() -> None:
    found = cek_pola_distribusi(
        "istimewa", {"sangat_baik": 2}, on=ON, scope="Bidang Aplikasi Informatika"
    )
    assert [p.pesan for p in found] == [
        "Bidang Aplikasi Informatika: Sangat Baik 100% (2 dari 2 pegawai); capaian organisasi "
        "Istimewa membolehkan paling banyak 70% (1 pegawai): lebih 1 pegawai."
    ]


# -- PP 46/2011 -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("nilai", "sebutan"),
    [
        (0, "Buruk"),
        (50, "Buruk"),
        (50.01, "Kurang"),
        (51, "Kurang"),
        (60, "Kurang"),
        (60.5, "Cukup"),
        (61, "Cukup"),
        (75, "Cukup"),
        (76, "Baik"),
        (90, "Baik"),
        (90.01, "Sangat Baik"),
        (91, "Sangat Baik"),
        (100, "Sangat Baik"),
    ],
)
def test_pp46_sebutan_bands(nilai: float, sebutan: str) -> None:
    assert sebutan_pp46(nilai, tahun=2018) == sebutan


def test_pp46_nilai_is_60_skp_40_perilaku() -> None:
    assert nilai_prestasi_pp46(80, 70, tahun=2018) == 76.0
    assert nilai_prestasi_pp46(85.5, 90.25, tahun=2018) == 87.4
    assert nilai_prestasi_pp46(100, 100, tahun=2014) == 100.0
    assert nilai_prestasi_pp46(0, 0, tahun=2020) == 0.0


@pytest.mark.parametrize(
    ("skp", "perilaku", "message"),
    [
        (101, 80, "Nilai skp harus antara 0 dan 100; yang ada 101."),
        (80, -1, "Nilai perilaku harus antara 0 dan 100; yang ada -1."),
        (float("nan"), 80, "Nilai skp harus antara 0 dan 100; yang ada nan."),
    ],
)
def test_pp46_nilai_out_of_range(skp: float, perilaku: float, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        nilai_prestasi_pp46(skp, perilaku, tahun=2018)
    assert str(caught.value) == message


def test_pp46_before_2014_is_a_policy_error() -> None:
    with pytest.raises(PolicyError, match="belum berlaku"):
        sebutan_pp46(80, tahun=2013)


def test_schemes() -> None:
    assert Skema.PP_46_2011.label == "PP 46/2011 (nilai angka)"
    assert Skema.PERMENPANRB_6_2022.label == "PermenPANRB 6/2022"
    assert [s.uses_ratings for s in Skema] == [True, True, False]
