from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.tanggal import (
    NAMA_BULAN,
    TanggalError,
    format_bulan_tahun,
    format_tanggal,
    format_tanggal_angka,
    parse_tanggal,
)


def error_of(text: str) -> str:
    with pytest.raises(TanggalError) as info:
        parse_tanggal(text)
    return str(info.value)


def test_month_names() -> None:
    assert len(NAMA_BULAN) == 12
    assert NAMA_BULAN[2] == "Maret" and NAMA_BULAN[7] == "Agustus"


def test_format() -> None:
    assert format_tanggal(date(1985, 3, 15)) == "15 Maret 1985"
    assert format_tanggal(date(2026, 1, 1)) == "1 Januari 2026"
    assert format_tanggal(date(2025, 12, 31)) == "31 Desember 2025"
    assert format_tanggal_angka(date(1985, 3, 5)) == "05-03-1985"
    assert format_bulan_tahun(date(2010, 1, 1)) == "Januari 2010"


@pytest.mark.parametrize(
    "text",
    [
        "15-03-1985",
        "15/03/1985",
        "15.03.1985",
        "1985-03-15",
        "15 Maret 1985",
        "15 maret 1985",
        "15 MARET 1985",
        "15 Mar 1985",
        "15 mar. 1985",
        "15-Mar-1985",
        "15-3-1985",
        "  15  Maret   1985 ",
    ],
)
def test_parse_accepted_forms(text: str) -> None:
    assert parse_tanggal(text) == date(1985, 3, 15)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("17 Agustus 1945", date(1945, 8, 17)),
        ("17 Agt 1945", date(1945, 8, 17)),
        ("10 Nopember 1945", date(1945, 11, 10)),
        ("1 Pebruari 2000", date(2000, 2, 1)),
        ("1 Mei 2000", date(2000, 5, 1)),
        ("1 May 2000", date(2000, 5, 1)),
        ("1 Okt 2000", date(2000, 10, 1)),
        ("29-02-2020", date(2020, 2, 29)),
    ],
)
def test_parse_month_variants(text: str, expected: date) -> None:
    assert parse_tanggal(text) == expected


def test_impossible_day_names_month_length() -> None:
    assert error_of("31-02-2020") == "Tanggal 31-02-2020 tidak ada: Februari 2020 hanya 29 hari."
    assert error_of("29/02/2021") == "Tanggal 29-02-2021 tidak ada: Februari 2021 hanya 28 hari."
    assert error_of("31 April 2024") == "Tanggal 31-04-2024 tidak ada: April 2024 hanya 30 hari."
    assert error_of("2024-04-31") == "Tanggal 31-04-2024 tidak ada: April 2024 hanya 30 hari."


def test_impossible_month_and_day_zero() -> None:
    assert error_of("15-13-1985") == (
        "Tanggal 15-13-1985 tidak ada: bulan harus 01-12; yang diisi 13."
    )
    assert error_of("00-03-1985") == "Tanggal 00-03-1985 tidak ada: hari harus 01-31."


def test_unrecognised_format() -> None:
    assert error_of("kemarin") == (
        'Format tanggal tidak dikenali: "kemarin"; gunakan HH-BB-TTTT (contoh 15-03-1985).'
    )
    assert error_of("15-03/1985").startswith("Format tanggal tidak dikenali")
    assert error_of("") == "Tanggal wajib diisi."


def test_two_digit_year_is_refused() -> None:
    assert 'harus 4 digit; yang diisi "85"' in error_of("15-03-85")


def test_unknown_month_word() -> None:
    assert 'Nama bulan tidak dikenali: "Maretz"' in error_of("15 Maretz 1985")


@given(st.dates(min_value=date(1000, 1, 1)))
def test_format_round_trips(d: date) -> None:
    assert parse_tanggal(format_tanggal(d)) == d
    assert parse_tanggal(format_tanggal_angka(d)) == d
    assert parse_tanggal(d.isoformat()) == d


@given(st.text(max_size=30))
def test_arbitrary_text_raises_only_tanggal_error(text: str) -> None:
    try:
        parse_tanggal(text)
    except TanggalError as exc:
        assert str(exc)


def test_hari_lokal_is_the_day_in_the_local_zone(monkeypatch: pytest.MonkeyPatch) -> None:
    import time
    from datetime import UTC, datetime

    from asn_desktop.domain.tanggal import hari_lokal

    monkeypatch.setenv("TZ", "Asia/Jakarta")
    time.tzset()
    try:
        late = datetime(2026, 11, 30, 19, 30)  # stored UTC, naive as SQLite returns it
        assert hari_lokal(late) == date(2026, 12, 1)  # 02:30 WIB
        assert hari_lokal(late.replace(tzinfo=UTC)) == date(2026, 12, 1)
        assert hari_lokal(datetime(2026, 11, 30, 16, 59)) == date(2026, 11, 30)
    finally:
        monkeypatch.undo()
        time.tzset()
