import json
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional
from asn_desktop.domain.pensiun import masa_kerja, tanggal_pensiun, usia_bup
from asn_desktop.domain.policy import PolicyError, PolicyTable

BUP = PolicyTable.from_dict(
    json.loads((Path(__file__).parents[2] / "resources" / "policy" / "bup.json").read_text("utf-8"))
)
TODAY = date(2026, 11, 27)
J = JenisJabatan
F = JenjangFungsional


@pytest.mark.parametrize(
    ("jenis", "jenjang", "expected"),
    [
        (J.PELAKSANA, None, 58),
        (J.PENGAWAS, None, 58),
        (J.ADMINISTRATOR, None, 58),
        (J.JPT, None, 60),
        (J.FUNGSIONAL_KEAHLIAN, F.PT, 58),
        (J.FUNGSIONAL_KEAHLIAN, F.MU, 58),
        (J.FUNGSIONAL_KEAHLIAN, F.MA, 60),
        (J.FUNGSIONAL_KEAHLIAN, F.UT, 65),
        (J.FUNGSIONAL_KETERAMPILAN, F.PM, 58),
        (J.FUNGSIONAL_KETERAMPILAN, F.TR, 58),
        (J.FUNGSIONAL_KETERAMPILAN, F.MH, 58),
        (J.FUNGSIONAL_KETERAMPILAN, F.PY, 58),
    ],
)
def test_usia_bup_from_policy(
    jenis: JenisJabatan, jenjang: JenjangFungsional | None, expected: int
) -> None:
    assert usia_bup(BUP, jenis, jenjang, on=TODAY) == expected


def test_catalogue_value_wins_when_positive() -> None:
    assert usia_bup(BUP, J.FUNGSIONAL_KEAHLIAN, F.MA, on=TODAY, usia_bup_jabatan=62) == 62
    assert usia_bup(BUP, J.FUNGSIONAL_KEAHLIAN, None, on=TODAY, usia_bup_jabatan=70) == 70
    # SIASN writes 0 when the position has no own BUP.
    assert usia_bup(BUP, J.FUNGSIONAL_KEAHLIAN, F.MA, on=TODAY, usia_bup_jabatan=0) == 60


def test_fungsional_needs_jenjang() -> None:
    with pytest.raises(ValueError, match="Jenjang jabatan wajib diisi"):
        usia_bup(BUP, J.FUNGSIONAL_KEAHLIAN, None, on=TODAY)


def test_jenjang_must_match_jenis() -> None:
    with pytest.raises(ValueError, match="Terampil termasuk Fungsional Keterampilan"):
        usia_bup(BUP, J.FUNGSIONAL_KEAHLIAN, F.TR, on=TODAY)
    with pytest.raises(ValueError, match="bukan Pelaksana"):
        usia_bup(BUP, J.PELAKSANA, F.PT, on=TODAY)


def test_policy_not_yet_in_force() -> None:
    with pytest.raises(PolicyError, match="belum berlaku"):
        usia_bup(BUP, J.PELAKSANA, None, on=date(2013, 12, 31))


def test_policy_missing_entry() -> None:
    table = PolicyTable.from_dict(
        {
            "name": "bup",
            "versions": [
                {"effective_from": "2014-01-15", "source": "s", "values": {"jabatan": {}}}
            ],
        }
    )
    with pytest.raises(PolicyError, match='tidak memuat BUP untuk jabatan "JPT"'):
        usia_bup(table, J.JPT, None, on=TODAY)
    with pytest.raises(PolicyError, match='fungsional "UT"'):
        usia_bup(table, J.FUNGSIONAL_KEAHLIAN, F.UT, on=TODAY)


@pytest.mark.parametrize(
    ("birth", "bup", "expected"),
    [
        (date(1985, 3, 15), 58, date(2043, 4, 1)),
        (date(1985, 3, 1), 58, date(2043, 4, 1)),
        (date(1985, 3, 31), 58, date(2043, 4, 1)),
        (date(1968, 12, 10), 58, date(2027, 1, 1)),
        (date(1968, 2, 29), 58, date(2026, 3, 1)),
        (date(1964, 2, 29), 60, date(2024, 3, 1)),
        (date(1970, 7, 4), 65, date(2035, 8, 1)),
    ],
)
def test_tanggal_pensiun(birth: date, bup: int, expected: date) -> None:
    assert tanggal_pensiun(birth, bup) == expected


def test_tanggal_pensiun_rejects_non_positive_bup() -> None:
    with pytest.raises(ValueError, match="BUP harus bilangan bulat positif"):
        tanggal_pensiun(date(1985, 3, 15), 0)


@pytest.mark.parametrize(
    ("tmt", "on", "expected"),
    [
        (date(2010, 1, 1), date(2010, 1, 1), (0, 0)),
        (date(2010, 1, 1), date(2010, 1, 31), (0, 0)),
        (date(2010, 1, 1), date(2010, 2, 1), (0, 1)),
        (date(2010, 1, 1), date(2026, 11, 27), (16, 10)),
        (date(2010, 3, 15), date(2026, 3, 14), (15, 11)),
        (date(2010, 3, 15), date(2026, 3, 15), (16, 0)),
        (date(2020, 1, 31), date(2020, 2, 28), (0, 0)),
        (date(2020, 1, 31), date(2020, 2, 29), (0, 1)),
    ],
)
def test_masa_kerja(tmt: date, on: date, expected: tuple[int, int]) -> None:
    assert masa_kerja(tmt, on) == expected


def test_masa_kerja_before_tmt() -> None:
    with pytest.raises(ValueError, match="Tanggal hitung 31-12-2009 sebelum TMT 01-01-2010"):
        masa_kerja(date(2010, 1, 1), date(2009, 12, 31))
