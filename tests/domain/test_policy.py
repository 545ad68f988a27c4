import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from asn_desktop.domain.policy import PolicyError, PolicyTable, PolicyVersion

BUP_JSON = Path(__file__).parents[2] / "resources" / "policy" / "bup.json"


def table_data(*versions: dict[str, Any]) -> dict[str, Any]:
    return {"name": "contoh", "versions": list(versions)}


def version(effective_from: str, value: int, source: str = "Perwal 1/2020") -> dict[str, Any]:
    return {"effective_from": effective_from, "source": source, "values": {"x": value}}


def error_of(data: Any) -> str:
    with pytest.raises(PolicyError) as info:
        PolicyTable.from_dict(data)
    return str(info.value)


def test_bup_json_loads() -> None:
    table = PolicyTable.from_dict(json.loads(BUP_JSON.read_text(encoding="utf-8")))
    assert table.name == "bup"
    current = table.at(date(2026, 11, 27))
    assert current.effective_from == date(2014, 1, 15)
    assert "UU 5/2014" in current.source and "PP 11/2017" in current.source
    assert dict(current.values["jabatan"]) == {
        "JPT": 60,
        "ADMINISTRATOR": 58,
        "PENGAWAS": 58,
        "PELAKSANA": 58,
    }
    assert dict(current.values["fungsional"]) == {
        "PT": 58, "MU": 58, "MA": 60, "UT": 65, "PM": 58, "TR": 58, "MH": 58, "PY": 58,
    }  # fmt: skip


def test_at_picks_latest_version_in_force() -> None:
    table = PolicyTable.from_dict(
        table_data(version("2025-10-01", 3), version("2014-01-15", 1), version("2020-01-01", 2))
    )
    assert [v.effective_from.year for v in table.versions] == [2014, 2020, 2025]
    assert table.at(date(2014, 1, 15)).values["x"] == 1
    assert table.at(date(2019, 12, 31)).values["x"] == 1
    assert table.at(date(2020, 1, 1)).values["x"] == 2
    assert table.at(date(2025, 9, 30)).values["x"] == 2
    assert table.at(date(2030, 1, 1)).values["x"] == 3


def test_at_before_first_version() -> None:
    table = PolicyTable.from_dict(table_data(version("2014-01-15", 1)))
    with pytest.raises(PolicyError) as info:
        table.at(date(2014, 1, 14))
    assert str(info.value) == (
        'Tabel kebijakan "contoh" belum berlaku pada 14-01-2014; '
        "versi paling awal berlaku mulai 15-01-2014."
    )


def test_values_are_read_only() -> None:
    table = PolicyTable.from_dict(
        table_data({"effective_from": "2014-01-15", "source": "x", "values": {"a": {"b": [1, 2]}}})
    )
    values = table.at(date(2020, 1, 1)).values
    with pytest.raises(TypeError):
        values["a"]["b"] = 3
    assert values["a"]["b"] == (1, 2)


def test_comment_keys_are_ignored() -> None:
    data = table_data(version("2014-01-15", 1) | {"_note": "x"}) | {"_comment": "y"}
    assert PolicyTable.from_dict(data).name == "contoh"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "Data tabel kebijakan harus berupa objek JSON; yang ada: list."),
        ({"versions": []}, 'Data tabel kebijakan tidak memiliki kunci "name".'),
        ({"name": " ", "versions": []}, 'Kunci "name" tabel kebijakan harus berupa teks'),
        ({"name": "bup"}, 'Tabel kebijakan "bup" tidak memiliki kunci "versions".'),
        ({"name": "bup", "versions": []}, '"versions" harus berupa daftar yang tidak kosong'),
        ({"name": "bup", "versi": []}, 'kunci "versi" tidak dikenal'),
        ({"name": "bup", "versions": ["x"]}, "versi ke-1 harus berupa objek JSON"),
    ],
)
def test_malformed_table(data: Any, expected: str) -> None:
    assert expected in error_of(data)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ({"source": "s", "values": {}}, 'versi ke-1: kunci "effective_from" tidak ada.'),
        ({"effective_from": "2014-01-15", "values": {}}, 'kunci "source" tidak ada.'),
        ({"effective_from": "2014-01-15", "source": "s"}, 'kunci "values" tidak ada.'),
        (
            {"effective_from": "15-01-2014", "source": "s", "values": {}},
            "effective_from harus tanggal berformat TTTT-BB-HH; yang ada: '15-01-2014'.",
        ),
        (
            {"effective_from": "2014-02-30", "source": "s", "values": {}},
            'effective_from "2014-02-30" bukan tanggal yang ada.',
        ),
        ({"effective_from": 2014, "source": "s", "values": {}}, "yang ada: 2014."),
        ({"effective_from": "2014-01-15", "source": "", "values": {}}, "source (dasar hukum)"),
        ({"effective_from": "2014-01-15", "source": "s", "values": [1]}, "values harus berupa"),
        (
            {"effective_from": "2014-01-15", "source": "s", "values": {}, "sumber": "x"},
            'kunci "sumber" tidak dikenal',
        ),
    ],
)
def test_malformed_version(raw: dict[str, Any], expected: str) -> None:
    message = error_of(table_data(raw))
    assert message.startswith('Tabel kebijakan "contoh", versi ke-1')
    assert expected in message


def test_duplicate_effective_from() -> None:
    message = error_of(
        table_data(version("2014-01-15", 1), version("2020-01-01", 2), version("2014-01-15", 3))
    )
    assert message == (
        'Tabel kebijakan "contoh": versi ke-1 dan ke-3 sama-sama berlaku mulai 2014-01-15.'
    )


def test_constructor_checks_too() -> None:
    v = PolicyVersion(date(2014, 1, 15), {"x": 1}, "s")
    with pytest.raises(PolicyError, match="dua versi"):
        PolicyTable("t", (v, PolicyVersion(date(2014, 1, 15), {"x": 2}, "s")))
    with pytest.raises(PolicyError, match="tidak memiliki versi"):
        PolicyTable("t", ())


def test_from_json() -> None:
    table = PolicyTable.from_json(json.dumps(table_data(version("2014-01-15", 1))))
    assert table.at(date(2015, 1, 1)).values["x"] == 1
    with pytest.raises(PolicyError, match="bukan JSON yang sah: baris 1"):
        PolicyTable.from_json("{name: 1}")
