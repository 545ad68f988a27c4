from datetime import date
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain.nip import (
    MIN_AGE_AT_TMT_YEARS,
    Nip,
    NipError,
    NiPppk,
    format_nip,
    looks_like_excel_number,
    normalize_nip_text,
    parse_ni_pppk,
    parse_nip,
)

TODAY = date(2026, 11, 27)
EXAMPLE = "198503152010011002"


def nip_error(value: object, **kwargs: date) -> str:
    with pytest.raises(NipError) as info:
        parse_nip(value, **kwargs)  # type: ignore[arg-type]
    return str(info.value)


def pppk_error(value: object) -> str:
    with pytest.raises(NipError) as info:
        parse_ni_pppk(value, today=TODAY)  # type: ignore[arg-type]
    return str(info.value)


# --- parse_nip: the happy path -------------------------------------------------------------


def test_parse_example_from_domain_reference() -> None:
    nip = parse_nip(EXAMPLE, today=TODAY)
    assert nip == Nip(
        digits=EXAMPLE,
        birth_date=date(1985, 3, 15),
        tmt_cpns=date(2010, 1, 1),
        sex="L",
        serial=2,
    )
    assert str(nip) == EXAMPLE
    assert nip.formatted == "19850315 201001 1 002"


def test_female_digit_gives_p() -> None:
    assert parse_nip("199001012015032001", today=TODAY).sex == "P"


@pytest.mark.parametrize(
    "typed",
    [
        "19850315 201001 1 002",
        "19850315.201001.1.002",
        "19850315-201001-1-002",
        "'198503152010011002",
        "\u2019198503152010011002",
        "  198503152010011002\t",
        "19850315\u00a0201001\u00a01\u00a0002",
        "1985.0315.2010.0110.02",
    ],
)
def test_separators_are_stripped(typed: str) -> None:
    assert parse_nip(typed, today=TODAY).digits == EXAMPLE


def test_int_input_is_accepted() -> None:
    assert parse_nip(198503152010011002, today=TODAY).digits == EXAMPLE


def test_nip_instance_is_revalidated() -> None:
    nip = parse_nip(EXAMPLE, today=TODAY)
    assert parse_nip(nip, today=TODAY) == nip
    # The same NIP is not acceptable on a day before its TMT.
    assert "belum terjadi" in nip_error(nip, today=date(2009, 12, 31))


def test_today_defaults_to_system_date() -> None:
    assert parse_nip(EXAMPLE).tmt_cpns == date(2010, 1, 1)


def test_tmt_in_current_month_is_accepted() -> None:
    assert parse_nip("199001012026111001", today=TODAY).tmt_cpns == date(2026, 11, 1)


def test_tmt_in_month_of_17th_birthday_is_accepted() -> None:
    nip = parse_nip("200003312017031001", today=TODAY)
    assert nip.tmt_cpns == date(2000 + MIN_AGE_AT_TMT_YEARS, 3, 1)


def test_leap_day_birth_date() -> None:
    assert parse_nip("200002292020011001", today=TODAY).birth_date == date(2000, 2, 29)


# --- parse_nip: rejections -----------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "   ", None, " . - ' "])
def test_empty_is_required(empty: object) -> None:
    assert nip_error(empty, today=TODAY) == "NIP wajib diisi."


@pytest.mark.parametrize(
    "excel",
    [
        "1.98503E+17",
        "1,98503E+17",
        "1.98503152010011E+17",
        "1.98503152010011e+17",
        " 1.98503E+17 ",
        "198503152010011002.0",
        "198.503.152.010.011.000",
        "198,503,152,010,011,000",
    ],
)
def test_excel_number_text_is_rejected_not_repaired(excel: str) -> None:
    message = nip_error(excel, today=TODAY)
    assert "Excel" in message
    assert "Teks" in message
    assert "ketik ulang" in message
    assert looks_like_excel_number(excel)


def test_python_float_is_rejected_as_excel_number() -> None:
    message = nip_error(1.98503152010011e17, today=TODAY)
    assert "Excel" in message and "Teks" in message


def test_dotted_grouping_is_not_mistaken_for_excel() -> None:
    assert not looks_like_excel_number("19850315.201001.1.002")
    assert not looks_like_excel_number(EXAMPLE)


def test_wrong_length_names_the_count() -> None:
    assert nip_error("19850315201001100", today=TODAY) == "NIP harus 18 digit; yang diisi 17 digit."
    assert "yang diisi 19 digit" in nip_error("1985031520100110021", today=TODAY)


def test_non_digit_names_character_and_position() -> None:
    message = nip_error("1985031520100110O2", today=TODAY)
    assert message == 'NIP hanya boleh berisi angka; karakter "O" pada posisi 17 bukan angka.'


def test_position_counts_after_stripping_separators() -> None:
    assert "posisi 9" in nip_error("19850315 x01001 1 002", today=TODAY)


def test_negative_int_is_rejected() -> None:
    assert '"-" pada posisi 1' in nip_error(-198503152010011002, today=TODAY)


def test_bool_is_rejected() -> None:
    assert "NIP" in nip_error(True, today=TODAY)


@pytest.mark.parametrize(
    ("value", "fragment"),
    [
        ("185003152010011002", "tahun lahir 1850"),
        ("198513152010011002", "bulan 13 tidak ada"),
        ("198502292010011002", "Februari 1985 hanya 28 hari"),
        ("198504002010011002", "tanggal 00 tidak ada"),
    ],
)
def test_birth_date_must_be_real(value: str, fragment: str) -> None:
    message = nip_error(value, today=TODAY)
    assert message.startswith(f"Digit 1-8 NIP ({value[:8]})")
    assert fragment in message


def test_tmt_month_must_be_real() -> None:
    message = nip_error("198503152010131002", today=TODAY)
    assert message.startswith("Digit 9-14 NIP (201013)")
    assert "bulan 13 tidak ada" in message


def test_ni_pppk_given_as_nip_gets_a_hint() -> None:
    assert "NI PPPK" in nip_error("198503152022211002", today=TODAY)


def test_tmt_in_future_is_rejected() -> None:
    message = nip_error("199001012026121001", today=TODAY)
    assert "Desember 2026" in message
    assert "belum terjadi" in message


def test_tmt_before_17th_birthday_month_is_rejected() -> None:
    message = nip_error("200003312017021001", today=TODAY)
    assert "Februari 2017" in message
    assert f"berusia {MIN_AGE_AT_TMT_YEARS} tahun" in message
    assert "31-03-2000" in message


def test_birth_after_tmt_is_rejected() -> None:
    message = nip_error("201005012010011001", today=TODAY)
    assert "jatuh setelah TMT CPNS" in message


@pytest.mark.parametrize("digit", "03456789")
def test_sex_digit_must_be_1_or_2(digit: str) -> None:
    message = nip_error(f"19850315201001{digit}002", today=TODAY)
    assert message == f"Digit 15 NIP harus 1 (laki-laki) atau 2 (perempuan); yang diisi {digit}."


def test_serial_000_is_rejected_with_excel_hint() -> None:
    message = nip_error("198503152010011000", today=TODAY)
    assert "digit 16-18" in message
    assert "Excel" in message


# --- format_nip ----------------------------------------------------------------------------


def test_format_groups_8_6_1_3() -> None:
    assert format_nip(EXAMPLE) == "19850315 201001 1 002"
    assert format_nip("19850315.201001.1.002") == "19850315 201001 1 002"
    assert format_nip(parse_nip(EXAMPLE, today=TODAY)) == "19850315 201001 1 002"


def test_format_does_not_validate_dates() -> None:
    assert format_nip("198599992022219000") == "19859999 202221 9 000"


def test_format_requires_18_digits() -> None:
    with pytest.raises(NipError, match="18 digit; yang diisi 3 digit"):
        format_nip("123")
    with pytest.raises(NipError, match="Excel"):
        format_nip("1.98503E+17")


def test_normalize_nip_text() -> None:
    assert normalize_nip_text(" '19850315 . 201001-1\u2013002 ") == EXAMPLE
    assert normalize_nip_text("abc") == "abc"


# --- NI PPPK -------------------------------------------------------------------------------


def test_parse_ni_pppk() -> None:
    ni = parse_ni_pppk("199204172022212005", today=TODAY)
    assert ni == NiPppk(
        digits="199204172022212005",
        birth_date=date(1992, 4, 17),
        appointment_year=2022,
        serial=5,
    )
    assert ni.formatted == "19920417 202221 2 005"
    assert str(ni) == "199204172022212005"
    assert parse_ni_pppk(ni, today=TODAY) == ni


def test_ni_pppk_does_not_judge_digits_13_to_15() -> None:
    # Published layouts disagree on these positions, so any digits are accepted.
    assert parse_ni_pppk("199204172022909001", today=TODAY).serial == 1


def test_ni_pppk_messages_say_ni_pppk() -> None:
    assert pppk_error("") == "NI PPPK wajib diisi."
    assert pppk_error("19920417202221200") == "NI PPPK harus 18 digit; yang diisi 17 digit."
    assert pppk_error("1.99204E+17").startswith('NI PPPK "1.99204E+17" sudah diubah Excel')
    assert pppk_error(1.99204172022212e17).startswith("NI PPPK")
    assert pppk_error("199213172022212005").startswith("Digit 1-8 NI PPPK (19921317)")


def test_ni_pppk_appointment_year_bounds() -> None:
    assert "belum terjadi" in pppk_error("199204172027212005")
    message = pppk_error("199204172008212005")
    assert "kurang dari 17 tahun" in message and "1992" in message
    assert parse_ni_pppk("199204172009212005", today=TODAY).appointment_year == 2009


def test_ni_pppk_serial_000_rejected() -> None:
    assert "digit 16-18" in pppk_error("199204172022212000")


# --- properties ----------------------------------------------------------------------------

_LAST_TMT_INDEX = TODAY.year * 12 + TODAY.month - 1


@st.composite
def valid_nips(draw: st.DrawFn) -> Nip:
    birth = draw(st.dates(min_value=date(1940, 1, 1), max_value=date(2009, 11, 30)))
    first_tmt_index = (birth.year + MIN_AGE_AT_TMT_YEARS) * 12 + birth.month - 1
    index = draw(st.integers(first_tmt_index, _LAST_TMT_INDEX))
    tmt = date(index // 12, index % 12 + 1, 1)
    sex: Literal["L", "P"] = "L" if draw(st.booleans()) else "P"
    serial = draw(st.integers(1, 999))
    digits = f"{birth:%Y%m%d}{tmt:%Y%m}{1 if sex == 'L' else 2}{serial:03d}"
    return Nip(digits=digits, birth_date=birth, tmt_cpns=tmt, sex=sex, serial=serial)


@given(valid_nips())
def test_valid_nip_round_trips_through_format(expected: Nip) -> None:
    parsed = parse_nip(format_nip(expected.digits), today=TODAY)
    assert parsed == expected
    assert parse_nip(parsed.formatted, today=TODAY) == parsed


@given(valid_nips(), st.sampled_from("03456789"))
def test_any_bad_sex_digit_is_rejected_naming_digit_15(nip: Nip, digit: str) -> None:
    corrupted = nip.digits[:14] + digit + nip.digits[15:]
    with pytest.raises(NipError, match="Digit 15") as info:
        parse_nip(corrupted, today=TODAY)
    assert f"yang diisi {digit}" in str(info.value)


_nip_like_text = st.text(alphabet="0123456789 .-'eE+,/", max_size=25)


@given(
    st.one_of(
        st.none(),
        st.text(),
        _nip_like_text,
        st.integers(),
        st.floats(allow_nan=True, allow_infinity=True),
        st.from_regex(r"\d{18}", fullmatch=True),
    )
)
def test_arbitrary_input_raises_only_nip_error(value: object) -> None:
    for parse in (parse_nip, parse_ni_pppk):
        try:
            result = parse(value, today=TODAY)  # type: ignore[arg-type]
        except NipError as exc:
            assert str(exc)
        else:
            assert len(result.digits) == 18 and result.digits.isdigit()
