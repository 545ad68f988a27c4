"""JP conversion (DOMAIN.md 9), the yearly JP target (DOMAIN.md 3) and their policy tables."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from asn_desktop.resources import siasn_table

from asn_desktop.domain.jp import (
    AturanJp,
    HasilJp,
    JpError,
    SatuanJp,
    aturan_jp,
    hitung_jp,
    is_klasikal,
    jenis_pengembangan,
    jp_tugas_belajar,
    tahun_jp,
    target_dikonfirmasi,
    target_jp,
)
from asn_desktop.domain.policy import PolicyError, PolicyTable

POLICY_DIR = Path(__file__).parents[2] / "resources" / "policy"
VERSI_2019 = "konversi_jp@2019-02-01"
# A two-day activity inside one month: day caps are 2 × the daily cap, session caps 1 × monthly.
MULAI, SELESAI = date(2026, 3, 10), date(2026, 3, 11)


def shipped(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((POLICY_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def konversi_dengan(*extra_versions: dict[str, Any]) -> PolicyTable:
    data = shipped("konversi_jp")
    data["versions"].extend(extra_versions)
    return PolicyTable.from_dict(data)


def versi_baru(effective_from: str, ubah: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A copy of the shipped version with some jenis rules changed."""
    version: dict[str, Any] = copy.deepcopy(shipped("konversi_jp")["versions"][0])
    version["effective_from"] = effective_from
    version["source"] = "Perwal Kota Bandung (contoh)"
    for jenis, changes in ubah.items():
        # tugas_belajar sits beside the jenisDiklat map, not in it.
        rules = version["values"] if jenis == "tugas_belajar" else version["values"]["jenis"]
        rules[jenis].update(changes)
    return version


def hitung(jenis: str, **kwargs: Any) -> HasilJp:
    kwargs.setdefault("mulai", MULAI)
    kwargs.setdefault("selesai", SELESAI)
    return hitung_jp(jenis, **kwargs)


def jp_error(func: Any, *args: Any, **kwargs: Any) -> str:
    with pytest.raises(JpError) as info:
        func(*args, **kwargs)
    return str(info.value)


# -- the shipped tables ----------------------------------------------------------------------


def test_shipped_konversi_loads_with_source_and_date() -> None:
    table = PolicyTable.from_dict(shipped("konversi_jp"))
    assert table.name == "konversi_jp"
    assert len(table.versions) == 2
    early, version = table.versions
    # Before the 2019 circular no table was found: the same values, all unconfirmed.
    assert early.effective_from == date(2017, 3, 30)
    assert early.values["jenis"].keys() == version.values["jenis"].keys()
    assert not any(rule["dikonfirmasi"] for rule in early.values["jenis"].values())
    assert version.effective_from == date(2019, 2, 1)
    assert "B-031/BPS/2600/02/2019" in version.source and "Magelang" in version.source
    assert version.values["menit_per_jp"] == 45


def test_shipped_kewajiban_loads() -> None:
    table = PolicyTable.from_dict(shipped("kewajiban_jp"))
    assert table.name == "kewajiban_jp"
    version = table.at(date(2026, 12, 31))
    assert version.effective_from == date(2017, 3, 30)
    assert "PP 11/2017" in version.source and "PP 17/2020" in version.source
    assert dict(version.values["target"]) == {"PNS": 20, "CPNS": 20, "PPPK": 20}
    assert dict(version.values["dikonfirmasi"]) == {"PNS": True, "CPNS": True, "PPPK": False}
    assert version.values["prorata"] is True


def test_every_siasn_jenis_diklat_has_a_rule() -> None:
    rules = jenis_pengembangan(date(2026, 1, 1))
    assert [r.jenis for r in rules] == [str(i) for i in range(1, 26)]
    assert {r.jenis for r in rules} == {row["id"] for row in siasn_table("jenisDiklat")}
    for rule in rules:
        assert isinstance(rule, AturanJp)
        assert rule.versi == VERSI_2019
        assert rule.nama
        assert rule.klasikal is (int(rule.jenis) <= 13)
        # An unconfirmed value must come with the note the UI shows.
        if not rule.dikonfirmasi or not rule.dikonfirmasi_internasional:
            assert "belum dikonfirmasi" in rule.catatan


def test_names_follow_siasn() -> None:
    names = {r.jenis: r.nama for r in jenis_pengembangan(date(2026, 1, 1))}
    assert names["4"] == "Workshop"
    assert names["9"] == "Seminar"
    assert names["14"] == "Coaching"
    assert names["20"] == "Patok Banding (Benchmarking)"


def test_default_day_is_today_and_tables_are_the_shipped_ones() -> None:
    assert aturan_jp("9").versi == VERSI_2019
    assert len(jenis_pengembangan()) == 25


# -- every rule of the table -----------------------------------------------------------------

AKTUAL_KLASIKAL = ["1", "2", "3", "5", "6", "8", "11", "12", "13"]

# jenis: satuan, nasional, internasional, faktor, maks/hari, maks/hari internasional,
# maks sesi/bulan, dikonfirmasi, dikonfirmasi internasional (DOMAIN.md 9).
RULES: dict[str, tuple[Any, ...]] = {
    **{j: ("jp", None, None, 1.2, None, None, None, True, False) for j in AKTUAL_KLASIKAL},
    "4": ("hari", 5, 7, None, None, None, None, True, False),
    "7": ("hari", 4, 6, None, None, None, None, True, False),
    "9": ("hari", 4, 6, None, None, None, None, True, False),
    "10": ("penempatan", 20, 24, None, None, None, None, True, True),
    "14": ("sesi", 2, 4, None, None, None, 2, True, True),
    "15": ("sesi", 2, 4, None, None, None, 2, True, True),
    "16": ("jp", None, None, None, 3, 4, None, True, True),
    "17": ("jp", None, None, 1.2, None, None, None, False, False),
    "18": ("penempatan", 20, 24, None, None, None, None, True, True),
    "19": ("jp", None, None, 1.2, None, None, None, False, False),
    "20": ("kunjungan", 10, 20, None, None, None, None, True, True),
    "21": ("penempatan", 20, 24, None, None, None, None, True, True),
    "22": ("jp", None, None, 1.2, 2, 2.4, None, True, True),
    "23": ("jp", None, None, 1.2, 2, 2.4, None, True, True),
    "24": ("jp", None, None, None, None, None, None, False, False),
    "25": ("jp", None, None, None, None, None, None, False, False),
}


@pytest.mark.parametrize("jenis", [str(i) for i in range(1, 26)])
def test_rule_values(jenis: str) -> None:
    rule = aturan_jp(jenis, date(2026, 6, 1))
    assert (
        rule.satuan.value,
        rule.nasional,
        rule.internasional,
        rule.faktor_internasional,
        rule.maks_per_hari,
        rule.maks_per_hari_internasional,
        rule.maks_sesi_per_bulan,
        rule.dikonfirmasi,
        rule.dikonfirmasi_internasional,
    ) == RULES[jenis]


# jenis: jumlah (None: the default), JP national, JP international, for MULAI-SELESAI (2 days).
COUNTS: dict[str, tuple[float | None, float, float]] = {
    **{j: (24, 24, 28.8) for j in AKTUAL_KLASIKAL},
    "4": (None, 10, 14),
    "7": (None, 8, 12),
    "9": (None, 8, 12),
    "10": (None, 20, 24),
    "14": (2, 4, 8),
    "15": (2, 4, 8),
    "16": (5, 5, 5),
    "17": (24, 24, 28.8),
    "18": (None, 20, 24),
    "19": (24, 24, 28.8),
    "20": (None, 10, 20),
    "21": (None, 20, 24),
    "22": (3, 3, 3.6),
    "23": (3, 3, 3.6),
    "24": (24, 24, 24),
    "25": (24, 24, 24),
}


@pytest.mark.parametrize("jenis", [str(i) for i in range(1, 26)])
def test_every_rule_national_and_international(jenis: str) -> None:
    jumlah, nasional, internasional = COUNTS[jenis]
    _, _, _, _, _, _, _, ok, ok_int = RULES[jenis]
    dalam = hitung(jenis, jumlah=jumlah)
    luar = hitung(jenis, jumlah=jumlah, internasional=True)
    assert dalam.jp == nasional
    assert luar.jp == internasional
    assert dalam.versi == luar.versi == VERSI_2019
    assert dalam.satuan is luar.satuan is SatuanJp(RULES[jenis][0])
    assert dalam.dikonfirmasi is ok
    assert luar.dikonfirmasi is (ok and ok_int)
    # The note is shown exactly when the value used is unconfirmed.
    catatan = aturan_jp(jenis, SELESAI).catatan
    assert (catatan in dalam.peringatan) is (not ok)
    assert (catatan in luar.peringatan) is (not (ok and ok_int))


def test_international_plus_20_percent_is_exact() -> None:
    hasil = hitung("1", jumlah=24, internasional=True)
    assert hasil.jp == 28.8  # not 28.799999999999997
    assert hasil.jumlah == 24
    assert hasil.penjelasan == "24 JP (JP tercantum) + 20% internasional = 28,8 JP"
    assert hasil.dikonfirmasi is False
    assert any("satu sumber" in p for p in hasil.peringatan)


def test_national_actual_jp_is_confirmed_without_warnings() -> None:
    hasil = hitung("3", jumlah=32)
    assert hasil == HasilJp(32.0, SatuanJp.JP, 32.0, VERSI_2019, True, "32 JP (JP tercantum)", ())


def test_decimal_jp_stated_is_kept_and_printed_with_comma() -> None:
    hasil = hitung("8", jumlah=7.5, internasional=True)
    assert hasil.jp == 9.0
    assert hasil.penjelasan == "7,5 JP (JP tercantum) + 20% internasional = 9 JP"


def test_per_day_explanation() -> None:
    hasil = hitung("9", mulai=date(2026, 5, 4), selesai=date(2026, 5, 6))
    assert hasil.jp == 12
    assert hasil.jumlah == 3
    assert hasil.penjelasan == "3 hari × 4 JP = 12 JP"
    assert hasil.peringatan == ()


def test_per_day_international_is_flagged_unconfirmed() -> None:
    hasil = hitung("4", mulai=date(2026, 5, 4), selesai=date(2026, 5, 6), internasional=True)
    assert hasil.jp == 21
    assert hasil.penjelasan == "3 hari × 7 JP (internasional) = 21 JP"
    assert hasil.dikonfirmasi is False
    assert hasil.peringatan == (aturan_jp("4", SELESAI).catatan,)


def test_visit_and_placement() -> None:
    assert hitung("20").penjelasan == "1 kunjungan × 10 JP = 10 JP"
    assert hitung("20", jumlah=2, internasional=True).jp == 40
    hasil = hitung("18", internasional=True)
    assert hasil.penjelasan == "1 penempatan × 24 JP (internasional) = 24 JP"
    assert hasil.satuan is SatuanJp.PENEMPATAN


def test_unconfirmed_rule_without_international_value_counts_the_same() -> None:
    hasil = hitung("24", jumlah=10, internasional=True)
    assert hasil.jp == 10
    assert hasil.penjelasan == "10 JP (JP tercantum, internasional)"
    assert hasil.dikonfirmasi is False
    assert "Instansi dapat mengubah" in hasil.peringatan[0]


def test_unconfirmed_distance_learning_names_the_conflict() -> None:
    hasil = hitung("17", jumlah=8)
    assert hasil.dikonfirmasi is False
    assert "4 JP per hari" in hasil.peringatan[0]


# -- caps ------------------------------------------------------------------------------------


def test_day_cap_e_learning_national() -> None:
    hasil = hitung("16", mulai=date(2026, 3, 20), selesai=date(2026, 3, 24), jumlah=30)
    assert hasil.jp == 15
    assert hasil.jumlah == 30
    assert hasil.penjelasan == "30 JP (JP tercantum), dibatasi 3 JP per hari × 5 hari = 15 JP"
    assert hasil.peringatan == (
        "E-Learning dibatasi paling banyak 3 JP per hari: 30 JP dalam 5 hari dihitung 15 JP.",
    )
    assert hasil.dikonfirmasi is True


def test_day_cap_e_learning_international() -> None:
    hasil = hitung("16", jumlah=10, internasional=True)
    assert hasil.jp == 8
    assert hasil.penjelasan == (
        "10 JP (JP tercantum, internasional), dibatasi 4 JP per hari × 2 hari = 8 JP"
    )
    assert "untuk kegiatan internasional" in hasil.peringatan[0]


def test_day_cap_not_reached_leaves_no_warning() -> None:
    hasil = hitung("16", jumlah=6)
    assert hasil.jp == 6
    assert hasil.peringatan == ()


def test_day_cap_self_study_international_after_20_percent() -> None:
    hasil = hitung("22", mulai=date(2026, 3, 20), selesai=date(2026, 3, 24), jumlah=30)
    assert hasil.jp == 10  # 2 JP × 5 days
    luar = hitung(
        "22", mulai=date(2026, 3, 20), selesai=date(2026, 3, 24), jumlah=30, internasional=True
    )
    assert luar.jp == 12  # 2,4 JP × 5 days
    assert luar.penjelasan == (
        "30 JP (JP tercantum) + 20% internasional = 36 JP, dibatasi 2,4 JP per hari × 5 hari = "
        "12 JP"
    )


def test_international_day_cap_defaults_to_national_cap_with_factor() -> None:
    version = versi_baru("2027-01-01", {"23": {"maks_per_hari_internasional": None}})
    table = konversi_dengan(version)
    hasil = hitung_jp(
        "23",
        mulai=date(2027, 3, 1),
        selesai=date(2027, 3, 1),
        jumlah=10,
        internasional=True,
        policy=table,
    )
    assert hasil.jp == 2.4


def test_session_cap_within_one_month() -> None:
    hasil = hitung("14", mulai=date(2026, 3, 2), selesai=date(2026, 3, 30), jumlah=3)
    assert hasil.jp == 4
    assert hasil.jumlah == 3
    assert hasil.penjelasan == "3 sesi, dibatasi 2 sesi per bulan × 1 bulan = 2 sesi × 2 JP = 4 JP"
    assert hasil.peringatan == (
        "Coaching dibatasi paling banyak 2 sesi per bulan: 3 sesi dalam 1 bulan dihitung 2 sesi.",
    )


def test_session_cap_spanning_two_months() -> None:
    # 30 January - 2 February touches two calendar months: up to 4 sessions count.
    hasil = hitung("15", mulai=date(2026, 1, 30), selesai=date(2026, 2, 2), jumlah=5)
    assert hasil.jp == 8
    assert hasil.penjelasan == "5 sesi, dibatasi 2 sesi per bulan × 2 bulan = 4 sesi × 2 JP = 8 JP"
    empat = hitung("15", mulai=date(2026, 1, 30), selesai=date(2026, 2, 2), jumlah=4)
    assert empat.jp == 8
    assert empat.peringatan == ()


def test_session_cap_international() -> None:
    hasil = hitung("14", jumlah=3, internasional=True)
    assert hasil.jp == 8
    assert hasil.penjelasan == (
        "3 sesi, dibatasi 2 sesi per bulan × 1 bulan = 2 sesi × 4 JP (internasional) = 8 JP"
    )


def test_sessions_across_new_year_touch_both_months() -> None:
    hasil = hitung("14", mulai=date(2026, 12, 15), selesai=date(2027, 1, 15), jumlah=4)
    assert hasil.jp == 8
    assert hasil.peringatan == ()


# -- defaults and amounts --------------------------------------------------------------------


def test_days_default_from_dates_inclusive() -> None:
    assert hitung("7", mulai=date(2026, 3, 10), selesai=date(2026, 3, 10)).jp == 4
    hasil = hitung("9", mulai=date(2026, 2, 27), selesai=date(2026, 3, 2))  # 4 days over month end
    assert hasil.jumlah == 4
    assert hasil.jp == 16


def test_fewer_days_than_the_dates() -> None:
    hasil = hitung("9", mulai=date(2026, 5, 4), selesai=date(2026, 5, 6), jumlah=2)
    assert hasil.jp == 8
    assert hasil.penjelasan == "2 hari × 4 JP = 8 JP"


def test_half_day_seminar() -> None:
    hasil = hitung("9", mulai=date(2026, 5, 4), selesai=date(2026, 5, 4), jumlah=0.5)
    assert hasil.jp == 2
    assert hasil.penjelasan == "0,5 hari × 4 JP = 2 JP"


def test_zero_amount_counts_zero() -> None:
    for jenis in ("1", "9", "14", "20"):
        assert hitung(jenis, jumlah=0).jp == 0
    assert hitung("1", jumlah=0, internasional=True).jp == 0


def test_rule_in_force_when_the_activity_ended_by_default() -> None:
    table = konversi_dengan(versi_baru("2027-01-01", {"9": {"nasional": 8}}))
    across = hitung_jp("9", mulai=date(2026, 12, 31), selesai=date(2027, 1, 1), policy=table)
    assert across.versi == "konversi_jp@2027-01-01"
    assert across.jp == 16
    pinned = hitung_jp(
        "9", mulai=date(2026, 12, 31), selesai=date(2027, 1, 1), on=date(2026, 12, 31), policy=table
    )
    assert pinned.versi == VERSI_2019
    assert pinned.jp == 8


# -- errors ----------------------------------------------------------------------------------


def test_end_before_start() -> None:
    message = jp_error(hitung_jp, "9", mulai=date(2026, 3, 10), selesai=date(2026, 3, 9))
    assert message == "Tanggal selesai (09-03-2026) sebelum tanggal mulai (10-03-2026)."


def test_negative_amount() -> None:
    message = jp_error(hitung, "1", jumlah=-3)
    assert message == "Jumlah JP tidak boleh negatif; yang diisi -3."
    assert "Jumlah hari tidak boleh negatif" in jp_error(hitung, "9", jumlah=-1)


def test_amount_not_a_number() -> None:
    assert "harus berupa angka" in jp_error(hitung, "1", jumlah=float("nan"))
    assert "harus berupa angka" in jp_error(hitung, "1", jumlah=float("inf"))


def test_jp_required_for_actual_jp_rules() -> None:
    message = jp_error(hitung, "3")
    assert message.startswith("Jumlah JP wajib diisi untuk Diklat Teknis")
    assert "sertifikat" in message
    assert "E-Learning" in jp_error(hitung, "16")


def test_sessions_required() -> None:
    assert jp_error(hitung, "14") == "Jumlah sesi wajib diisi untuk Coaching."
    assert jp_error(hitung, "15") == "Jumlah sesi wajib diisi untuk Mentoring."


def test_days_more_than_the_dates() -> None:
    message = jp_error(hitung, "9", mulai=date(2026, 5, 4), selesai=date(2026, 5, 6), jumlah=4)
    assert message == (
        "Jumlah hari (4) melebihi lama kegiatan 04-05-2026 s.d. 06-05-2026, yaitu 3 hari."
    )


def test_whole_units_only_for_sessions_visits_placements() -> None:
    assert jp_error(hitung, "14", jumlah=2.5) == (
        "Jumlah sesi harus bilangan bulat; yang diisi 2,5."
    )
    assert "Jumlah kunjungan harus bilangan bulat" in jp_error(hitung, "20", jumlah=1.5)
    assert "Jumlah penempatan harus bilangan bulat" in jp_error(hitung, "10", jumlah=0.5)


def test_unknown_jenis() -> None:
    message = jp_error(aturan_jp, "99", date(2026, 1, 1))
    assert message.startswith("Jenis pengembangan kompetensi '99' tidak dikenal")
    assert "1 sampai 25" in message
    assert "'0'" in jp_error(hitung, "0", jumlah=1)
    assert "'abc'" in jp_error(is_klasikal, "abc")


def test_before_the_first_version() -> None:
    with pytest.raises(PolicyError, match="belum berlaku pada 29-03-2017"):
        hitung_jp("9", mulai=date(2017, 3, 28), selesai=date(2017, 3, 29))


def test_before_the_2019_circular_the_same_values_are_unconfirmed() -> None:
    hasil = hitung_jp("9", mulai=date(2018, 5, 7), selesai=date(2018, 5, 8))
    assert hasil.jp == 8 and hasil.versi == "konversi_jp@2017-03-30"
    assert not hasil.dikonfirmasi
    assert any("sebelum Februari 2019" in p for p in hasil.peringatan)


# -- classical or not ------------------------------------------------------------------------


@pytest.mark.parametrize("jenis", [str(i) for i in range(1, 26)])
def test_is_klasikal(jenis: str) -> None:
    assert is_klasikal(jenis, date(2026, 1, 1)) is (int(jenis) <= 13)


def test_satuan_labels() -> None:
    assert [s.label for s in SatuanJp] == [
        "JP",
        "hari",
        "sesi",
        "kunjungan",
        "penempatan",
        "semester",
    ]
    assert SatuanJp("hari") is SatuanJp.HARI


# -- the year credited -----------------------------------------------------------------------


def test_training_across_new_year_counts_in_the_year_it_ends() -> None:
    mulai, selesai = date(2026, 12, 28), date(2027, 1, 3)
    assert tahun_jp(mulai, selesai) == 2027
    assert tahun_jp(date(2026, 3, 1), date(2026, 3, 5)) == 2026
    # Seven days: counted with the rule in force on 3 January 2027.
    assert hitung_jp("4", mulai=mulai, selesai=selesai).jp == 35


def test_tahun_jp_rejects_end_before_start() -> None:
    assert "sebelum tanggal mulai" in jp_error(tahun_jp, date(2027, 1, 3), date(2026, 12, 28))


# -- degree study ----------------------------------------------------------------------------


def test_tugas_belajar_rule() -> None:
    rule = aturan_jp("tugas_belajar", date(2026, 1, 1))
    assert rule.satuan is SatuanJp.SEMESTER
    assert rule.nasional == rule.internasional == 20
    assert rule.dikonfirmasi is False
    assert "belum dikonfirmasi" in rule.catatan
    assert rule.klasikal is False
    assert rule.versi == VERSI_2019


def test_tugas_belajar_semesters_across_years() -> None:
    # SK: 1 August 2025 to 31 July 2027, four semesters ending 31 Jan / 31 Jul of 2026 and 2027.
    assert jp_tugas_belajar(date(2025, 8, 1), date(2027, 7, 31)) == {2026: 40.0, 2027: 40.0}
    # From 1 July the first semester ends on 31 December and is credited to that year.
    assert jp_tugas_belajar(date(2025, 7, 1), date(2027, 6, 30)) == {
        2025: 20.0,
        2026: 40.0,
        2027: 20.0,
    }


def test_tugas_belajar_incomplete_semester_does_not_count() -> None:
    assert jp_tugas_belajar(date(2025, 7, 1), date(2025, 12, 30)) == {}
    assert jp_tugas_belajar(date(2025, 7, 1), date(2025, 12, 31)) == {2025: 20.0}
    assert jp_tugas_belajar(date(2025, 7, 1), date(2026, 11, 30)) == {2025: 20.0, 2026: 20.0}


def test_tugas_belajar_start_on_a_day_missing_six_months_later() -> None:
    # 31 August + 6 months has no 31st: the semester ends on the last day of February.
    assert jp_tugas_belajar(date(2025, 8, 31), date(2026, 2, 27)) == {}
    assert jp_tugas_belajar(date(2025, 8, 31), date(2026, 2, 28)) == {2026: 20.0}


def test_tugas_belajar_international_and_rule_versions() -> None:
    assert jp_tugas_belajar(date(2025, 1, 1), date(2025, 12, 31), internasional=True) == {
        2025: 40.0
    }
    table = konversi_dengan(versi_baru("2027-01-01", {"tugas_belajar": {"nasional": 25}}))
    per_year = jp_tugas_belajar(date(2025, 7, 1), date(2027, 6, 30), policy=table)
    # Each semester with the rule in force when it ended.
    assert per_year == {2025: 20.0, 2026: 40.0, 2027: 25.0}
    pinned = jp_tugas_belajar(
        date(2025, 7, 1), date(2027, 6, 30), on=date(2026, 1, 1), policy=table
    )
    assert pinned == {2025: 20.0, 2026: 40.0, 2027: 20.0}


def test_tugas_belajar_through_hitung_jp() -> None:
    hasil = hitung_jp("tugas_belajar", mulai=date(2025, 8, 1), selesai=date(2027, 7, 31))
    assert hasil.jp == 80
    assert hasil.jumlah == 4
    assert hasil.penjelasan == "4 semester × 20 JP = 80 JP"
    assert hasil.dikonfirmasi is False
    message = jp_error(
        hitung_jp, "tugas_belajar", mulai=date(2025, 8, 1), selesai=date(2026, 1, 31), jumlah=2
    )
    assert "melebihi semester yang selesai" in message and "1 semester" in message


def test_tugas_belajar_end_before_start() -> None:
    message = jp_error(jp_tugas_belajar, date(2025, 8, 1), date(2025, 7, 31))
    assert message == (
        "Tanggal akhir tugas belajar (31-07-2025) sebelum tanggal mulai (01-08-2025)."
    )


# -- yearly target ---------------------------------------------------------------------------


@pytest.mark.parametrize("status", ["PNS", "CPNS", "PPPK", "pns", " Pppk "])
def test_target_full_year(status: str) -> None:
    assert target_jp(status, 2026) == 20
    assert target_jp(status, 2026, mulai_kerja=date(2010, 1, 1)) == 20


def test_target_prorated_joining_1_july() -> None:
    assert target_jp("CPNS", 2026, mulai_kerja=date(2026, 7, 1)) == 10
    # Joining on the last day of June: June counts, 7 months, 11,67 rounded up.
    assert target_jp("CPNS", 2026, mulai_kerja=date(2026, 6, 30)) == 12


def test_target_prorated_retiring_in_march() -> None:
    # TMT pensiun 1 April 2026: the last day in service is 31 March.
    assert target_jp("PNS", 2026, selesai_kerja=date(2026, 3, 31)) == 5
    assert target_jp("PNS", 2026, selesai_kerja=date(2026, 3, 1)) == 5


def test_target_prorated_rounds_up_to_whole_jp() -> None:
    assert target_jp("PPPK", 2026, mulai_kerja=date(2026, 2, 15)) == 19  # 20 × 11/12 = 18,33
    assert target_jp("PNS", 2026, mulai_kerja=date(2026, 12, 31)) == 2  # 20 × 1/12 = 1,67


def test_target_joining_and_leaving_in_the_same_year() -> None:
    assert (
        target_jp("PPPK", 2026, mulai_kerja=date(2026, 3, 1), selesai_kerja=date(2026, 8, 31)) == 10
    )


def test_target_zero_when_not_in_service() -> None:
    assert target_jp("CPNS", 2026, mulai_kerja=date(2027, 1, 1)) == 0
    assert target_jp("PNS", 2026, selesai_kerja=date(2025, 12, 31)) == 0


def test_target_unknown_status_and_bad_dates() -> None:
    message = jp_error(target_jp, "Honorer", 2026)
    assert message == (
        'Status kepegawaian "Honorer" tidak dikenal untuk target JP; gunakan PNS, CPNS, PPPK.'
    )
    assert "tidak dikenal" in jp_error(target_dikonfirmasi, "THL", 2026)
    message = jp_error(
        target_jp, "PNS", 2026, mulai_kerja=date(2026, 5, 1), selesai_kerja=date(2026, 4, 30)
    )
    assert message == (
        "Tanggal selesai kerja (30-04-2026) sebelum tanggal mulai kerja (01-05-2026)."
    )


def test_target_dikonfirmasi() -> None:
    assert target_dikonfirmasi("PNS", 2026) == (True, "")
    assert target_dikonfirmasi("CPNS", 2026) == (True, "")
    ok, note = target_dikonfirmasi("PPPK", 2026)
    assert ok is False
    assert "PP 49/2018 Ps. 40" in note and "24 JP" in note


def kewajiban_dengan(*versions: dict[str, Any]) -> PolicyTable:
    data = shipped("kewajiban_jp")
    data["versions"].extend(versions)
    return PolicyTable.from_dict(data)


def test_target_uses_the_version_in_force_at_year_end() -> None:
    values = copy.deepcopy(shipped("kewajiban_jp")["versions"][0]["values"])
    values["target"]["PPPK"] = 24
    values["dikonfirmasi"]["PPPK"] = True
    table = kewajiban_dengan(
        {"effective_from": "2026-07-01", "source": "Perwal (contoh)", "values": values}
    )
    assert target_jp("PPPK", 2025, policy=table) == 20
    assert target_jp("PPPK", 2026, policy=table) == 24
    assert target_jp("PPPK", 2026, mulai_kerja=date(2026, 7, 1), policy=table) == 12
    assert target_dikonfirmasi("PPPK", 2026, policy=table) == (True, values["catatan"]["PPPK"])


def test_target_without_prorata_gives_the_full_target() -> None:
    values = copy.deepcopy(shipped("kewajiban_jp")["versions"][0]["values"])
    values["prorata"] = False
    table = kewajiban_dengan(
        {"effective_from": "2026-01-01", "source": "Perwal (contoh)", "values": values}
    )
    assert target_jp("PNS", 2026, mulai_kerja=date(2026, 7, 1), policy=table) == 20
    assert target_jp("PNS", 2026, mulai_kerja=date(2027, 1, 1), policy=table) == 0


# -- a rule change does not alter past years -------------------------------------------------


def test_rule_change_does_not_alter_past_years() -> None:
    table = konversi_dengan(versi_baru("2027-01-01", {"9": {"nasional": 8}}))
    lama = hitung_jp("9", mulai=date(2026, 5, 4), selesai=date(2026, 5, 6), policy=table)
    assert lama.jp == 12
    assert lama.penjelasan == "3 hari × 4 JP = 12 JP"
    assert lama.versi == VERSI_2019
    baru = hitung_jp("9", mulai=date(2027, 5, 4), selesai=date(2027, 5, 6), policy=table)
    assert baru.jp == 24
    assert baru.penjelasan == "3 hari × 8 JP = 24 JP"
    assert baru.versi == "konversi_jp@2027-01-01"
    assert aturan_jp("9", date(2026, 12, 31), policy=table).nasional == 4
    assert aturan_jp("9", date(2027, 1, 1), policy=table).nasional == 8


# -- malformed tables ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"satuan": "jam"}, "satuan 'jam' tidak dikenal"),
        ({"nasional": None}, "nasional (JP per hari) wajib diisi"),
        ({"nasional": "4"}, "nasional harus berupa angka"),
        ({"nasional": True}, "nasional harus berupa angka"),
        ({"nasional": -4}, "nasional tidak boleh negatif"),
        ({"dikonfirmasi": "ya"}, "dikonfirmasi harus true atau false"),
        ({"nama": ""}, "nama harus berupa teks"),
        ({"maks_sesi_per_bulan": 1.5}, "maks_sesi_per_bulan harus bilangan bulat"),
    ],
)
def test_malformed_rule_is_named(changes: dict[str, Any], expected: str) -> None:
    table = konversi_dengan(versi_baru("2027-01-01", {"9": changes}))
    with pytest.raises(PolicyError, match=r'Tabel kebijakan "konversi_jp", jenis "9"') as info:
        aturan_jp("9", date(2027, 1, 1), policy=table)
    assert expected in str(info.value)


def test_session_cap_on_actual_jp_rule_is_rejected() -> None:
    table = konversi_dengan(versi_baru("2027-01-01", {"1": {"maks_sesi_per_bulan": 2}}))
    with pytest.raises(PolicyError, match="tidak berlaku untuk satuan jp"):
        aturan_jp("1", date(2027, 1, 1), policy=table)


def test_table_without_jenis_map() -> None:
    table = PolicyTable.from_dict(
        {
            "name": "konversi_jp",
            "versions": [{"effective_from": "2019-02-01", "source": "x", "values": {}}],
        }
    )
    with pytest.raises(PolicyError, match='tidak memuat "jenis"'):
        jenis_pengembangan(date(2026, 1, 1), policy=table)
    with pytest.raises(PolicyError, match='tidak memuat "tugas_belajar"'):
        jp_tugas_belajar(date(2025, 1, 1), date(2025, 12, 31), policy=table)


def test_semesters_before_the_first_table_count_nothing_and_do_not_fail() -> None:
    # A study begun in 2015: the semesters that ended before the table (30 March 2017)
    # predate the JP obligation; later ones count as usual.
    per_year = jp_tugas_belajar(date(2015, 8, 1), date(2018, 7, 31))
    assert per_year == {2017: 20.0, 2018: 40.0}  # from the semester ending 31 July 2017
