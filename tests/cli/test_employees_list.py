"""`asn-desktop employees list`: search, unit subtree, status, sort, limit, JSON."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate


@pytest.fixture
def register(db_file: Path) -> Path:
    populate(db_file)
    return db_file


def _nips(run: Run, db: Path, *options: str) -> list[str]:
    result = run("employees", "list", "--db", db, "--json", *options)
    assert result.code == 0, result.err
    assert result.err == ""
    return [row["nip"] for row in result.json()]


def test_json_is_the_only_output_and_has_the_agreed_fields(run: Run, register: Path) -> None:
    result = run("employees", "list", "--db", register, "--json")
    assert result.code == 0
    rows = result.json()  # stdout is JSON and nothing else: no summary line
    assert [r["nama_lengkap"] for r in rows] == ["Agus Setiawan", "Budi Santoso", "Siti Rahmawati"]
    assert rows[1] == {
        "nip": BUDI,
        "nama_lengkap": "Budi Santoso",
        "golongan": "III/c",
        "jabatan": "Pranata Komputer",
        "unit": "Seksi Jaringan",
        "status": "PNS",
    }


def test_search_by_name_part_and_by_nip_digits(run: Run, register: Path) -> None:
    assert _nips(run, register, "--search", "santo") == [BUDI]
    assert _nips(run, register, "--search", "siti rahma") == [SITI]
    assert _nips(run, register, "--search", "19850315") == [BUDI]
    assert _nips(run, register, "--search", "19781201 200501") == [AGUS]
    assert _nips(run, register, "--search", "tidak ada") == []


def test_unit_filter_includes_sub_units(run: Run, register: Path) -> None:
    assert _nips(run, register, "--unit", "BID-TI") == [BUDI, SITI]  # Budi sits in a seksi
    assert _nips(run, register, "--unit", "SEKSI-JAR") == [BUDI]
    assert len(_nips(run, register, "--unit", "DINAS")) == 3


def test_status_sort_desc_and_limit(run: Run, register: Path) -> None:
    assert _nips(run, register, "--sort", "nip", "--desc") == [SITI, BUDI, AGUS]
    assert _nips(run, register, "--sort", "golongan", "--limit", "1") == [SITI]
    assert _nips(run, register, "--status", "pppk") == []
    assert len(_nips(run, register, "--status", "PNS")) == 3


def test_human_table_with_grouped_nip_and_summary(run: Run, register: Path) -> None:
    result = run("employees", "list", "--db", register, "--unit", "BID-TI")
    assert result.code == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0].split() == ["NIP", "Nama", "Gol.", "Jabatan", "Unit", "kerja"]
    assert lines[2].startswith("19850315 201001 1 002  Budi Santoso")
    assert "Seksi Jaringan" in lines[2]
    assert lines[-1] == "2 dari 3 pegawai"
    limited = run("employees", "list", "--db", register, "--limit", "1")
    assert limited.out.splitlines()[-1] == "3 dari 3 pegawai (ditampilkan 1 pertama)"


def test_unknown_unit_code_is_refused(run: Run, register: Path) -> None:
    result = run("employees", "list", "--db", register, "--unit", "NOPE", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "NOPE" in result.reason


def test_bad_options_are_usage_errors(run: Run, register: Path) -> None:
    for options in (["--status", "HONORER"], ["--sort", "umur"], ["--limit", "0"]):
        result = run("employees", "list", "--db", register, *options)
        assert result.code == 2, options
        assert result.out == ""
        result.reason  # noqa: B018  (one line on stderr)


def test_headless_commands_never_import_qt(
    run: Run, register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # None in sys.modules makes any import of these fail loudly.
    for name in ("PySide6", "asn_desktop.ui", "asn_desktop.ui.app"):
        monkeypatch.setitem(sys.modules, name, None)
    assert run("employees", "list", "--db", register).code == 0
    assert run("db", "check", "--db", register).code == 0
