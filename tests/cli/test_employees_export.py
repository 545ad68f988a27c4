"""`asn-desktop employees list --format csv|json|xlsx [--out FILE] [--columns ...]`."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS
from openpyxl import load_workbook

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate


@pytest.fixture
def register(db_file: Path) -> Path:
    populate(db_file)
    return db_file


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "keluar"
    folder.mkdir()
    return folder


def _exports(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT detail FROM audit_log WHERE action='export'")]
    finally:
        conn.close()


def test_xlsx_to_a_file_with_the_filters_of_the_listing(
    run: Run, register: Path, out_dir: Path
) -> None:
    out = out_dir / "pegawai.xlsx"
    result = run("employees", "list", "--db", register, "--unit", "BID-TI", "--sort", "nip",
                 "--format", "xlsx", "--out", out)  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith(f"2 pegawai diekspor ke {out}.")
    book = load_workbook(out, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert str(rows[0][0]).startswith("Daftar pegawai — ")
    assert "unit Bidang Teknologi Informasi" in str(rows[0][0])
    assert list(rows[1]) == ["NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "Status"]
    assert [r[0] for r in rows[2:]] == [BUDI, SITI]  # the 18 digits, as text
    assert rows[2][1:] == ("Budi Santoso", "III/c", "Pranata Komputer", "Seksi Jaringan", "PNS")
    assert _exports(register) == ["2 baris ke pegawai.xlsx"]
    # --json gives the summary as JSON; the suffix alone chooses the format.
    other = out_dir / "semua.xlsx"
    summary = run("employees", "list", "--db", register, "--out", other, "--json").json()
    assert summary == {"out": str(other), "format": "xlsx", "rows": 3}


def test_csv_and_json_to_stdout_or_a_file(run: Run, register: Path, out_dir: Path) -> None:
    shown = run("employees", "list", "--db", register, "--format", "csv", "--sort", "nip",
                "--columns", "nama,nip")  # fmt: skip
    assert shown.code == 0, shown.err
    lines = list(csv.reader(io.StringIO(shown.out)))
    assert lines[0] == ["Nama", "NIP"]
    assert lines[1:] == [
        ["Agus Setiawan", f'="{AGUS}"'],
        ["Budi Santoso", f'="{BUDI}"'],
        ["Siti Rahmawati", f'="{SITI}"'],
    ]
    data = run("employees", "list", "--db", register, "--format", "json", "--desc",
               "--limit", "2").json()  # fmt: skip
    assert [d["nama"] for d in data] == ["Siti Rahmawati", "Budi Santoso"]
    assert set(data[0]) == {"nip", "nama", "golongan", "jabatan", "unit", "status"}
    out = out_dir / "daftar.csv"
    saved = run("employees", "list", "--db", register, "--format", "csv", "--out", out)
    assert saved.code == 0, saved.err
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")  # for Excel
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 4
    assert len(_exports(register)) == 3
    # The listing itself is unchanged.
    text = run("employees", "list", "--db", register)
    assert text.code == 0 and text.out.strip().endswith("3 dari 3 pegawai")


@pytest.mark.parametrize(
    ("options", "says"),
    [
        (("--format", "xlsx"), "perlu --out"),
        (("--format", "csv", "--columns", "nip,gaji"), "kolom 'gaji' tidak dikenal"),
        (("--format", "csv", "--columns", "nip,nip"), "dua kali"),
        (("--out", "{dir}/tidak-ada/a.xlsx"), "tidak ada"),
        (("--out", "{dir}"), "adalah folder"),
        (("--out", "{dir}/a.pdf"), "tidak dikenal"),
        (("--format", "csv", "--out", "{dir}/a.xlsx"), "tetapi --format csv"),
        (("--columns", "nip"), "hanya untuk ekspor"),
    ],
)
def test_bad_requests_say_one_line_and_write_nothing(
    run: Run, register: Path, out_dir: Path, options: tuple[str, ...], says: str
) -> None:
    argv = [o.format(dir=out_dir) for o in options]
    result = run("employees", "list", "--db", register, *argv)
    assert result.code != 0
    assert says in result.reason
    assert result.out == ""
    assert list(out_dir.iterdir()) == []
    assert _exports(register) == []


def test_an_existing_file_is_not_overwritten(run: Run, register: Path, out_dir: Path) -> None:
    out = out_dir / "ada.xlsx"
    out.write_bytes(b"earlier")
    result = run("employees", "list", "--db", register, "--out", out)
    assert result.code == 1 and "sudah ada" in result.reason
    assert out.read_bytes() == b"earlier"


def test_a_viewer_lists_but_does_not_export(
    run: Run, register: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    assert run("employees", "list", "--db", register).code == 0
    assert run("employees", "list", "--db", register, "--json").code == 0
    for options in (
        ("--format", "xlsx", "--out", out_dir / "a.xlsx"),
        ("--format", "csv"),
        ("--format", "json", "--out", out_dir / "a.json"),
    ):
        result = run("employees", "list", "--db", register, *options)
        assert result.code == 1, options
        assert "tidak berhak mengekspor data" in result.reason
        assert result.out == ""
    assert list(out_dir.iterdir()) == []
    assert _exports(register) == []


def test_stored_control_characters_do_not_reach_the_terminal_as_they_are(
    run: Run, register: Path
) -> None:
    conn = sqlite3.connect(register)
    conn.execute("UPDATE employee SET nama = 'Siti\u202e\x1b[2J' WHERE nip = ?", (SITI,))
    conn.commit()
    conn.close()
    shown = run("employees", "list", "--db", register, "--format", "json", "--search", SITI)
    assert "\x1b" not in shown.out and "\u202e" not in shown.out
    assert json.loads(shown.out)[0]["nama"] == "Siti\u202e\x1b[2J"
    as_csv = run("employees", "list", "--db", register, "--format", "csv", "--search", SITI)
    assert "\x1b" not in as_csv.out  # spreadsheet.cell_safe
