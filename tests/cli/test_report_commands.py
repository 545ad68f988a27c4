"""`asn-desktop report appraisals`: JSON, CSV and .xlsx of the year's appraisals."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.services.appraisals import AppraisalService
from asn_desktop.services.org_units import OrgUnitService

from .conftest import Run
from .helpers import AGUS, BUDI, SITI
from .test_print_commands import TAHUN, Appraisals, appraisal_register

KEYS = ["nip", "name", "unit", "rating_hasil_kerja", "rating_perilaku", "predikat", "status"]
# In the order of the unit tree (BID-TI, its SEKSI-JAR, then BID-UM), then by name.
EXPECTED = [
    {
        "nip": SITI,
        "name": "Siti Rahmawati",
        "unit": "Bidang Teknologi Informasi",
        "rating_hasil_kerja": "Sesuai Ekspektasi",
        "rating_perilaku": "Sesuai Ekspektasi",
        "predikat": "Baik",
        "status": "final",
    },
    {
        "nip": BUDI,
        "name": "Budi Santoso",
        "unit": "Seksi Jaringan",
        "rating_hasil_kerja": "Di Atas Ekspektasi",
        "rating_perilaku": "Di Atas Ekspektasi",
        "predikat": "Sangat Baik",
        "status": "final",
    },
    {
        "nip": AGUS,
        "name": "Agus Setiawan",
        "unit": "Bidang Umum",
        "rating_hasil_kerja": "Sesuai Ekspektasi",
        "rating_perilaku": "Di Bawah Ekspektasi",
        "predikat": "Kurang/Misconduct",
        "status": "draft",
    },
]


@pytest.fixture
def appraisals(cli_template: Path, tmp_path: Path) -> Appraisals:
    return appraisal_register(cli_template, tmp_path / "asn.sqlite")


def _report(run: Run, appraisals: Appraisals, *options: str | Path) -> list[dict[str, str]]:
    result = run("report", "appraisals", "--db", appraisals.path, "--year", TAHUN, *options)
    assert result.code == 0, result.err
    assert result.err == ""
    rows = result.json()
    assert isinstance(rows, list)
    return rows


def test_json_has_exactly_the_agreed_keys_and_values(run: Run, appraisals: Appraisals) -> None:
    rows = _report(run, appraisals, "--format", "json")
    assert rows == EXPECTED
    assert all(list(row) == KEYS for row in rows)
    assert _report(run, appraisals, "--json") == EXPECTED  # --json alone: the same list


def test_unit_filter_includes_the_units_below(run: Run, appraisals: Appraisals) -> None:
    assert _report(run, appraisals, "--json", "--unit", "BID-TI") == EXPECTED[:2]
    assert _report(run, appraisals, "--json", "--unit", "SEKSI-JAR") == EXPECTED[1:2]
    other_year = run("report", "appraisals", "--db", appraisals.path, "--year", "2024", "--json")
    assert other_year.code == 0 and other_year.json() == []


def test_amended_and_reopened(run: Run, appraisals: Appraisals) -> None:
    db = open_as(appraisals.path)
    try:
        service = AppraisalService(db)
        for key in ("budi", "siti"):
            record = service.evaluasi(appraisals.evaluasi[key])
            service.reopen(record.id, "Salah ketik realisasi", expected_revision=record.revision)
        service.finalise([appraisals.evaluasi["budi"]], confirm_distribution=True)
    finally:
        db.close()
    status = {row["nip"]: row["status"] for row in _report(run, appraisals, "--json")}
    assert status == {BUDI: "amended", SITI: "draft", AGUS: "draft"}


def test_csv_to_stdout_by_default(run: Run, appraisals: Appraisals) -> None:
    result = run("report", "appraisals", "--db", appraisals.path, "--year", TAHUN)
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == KEYS
    assert rows[1:] == [[row[k] for k in KEYS] for row in EXPECTED]


def test_csv_and_json_files(run: Run, appraisals: Appraisals, tmp_path: Path) -> None:
    out = tmp_path / "penilaian.csv"
    result = run("report", "appraisals", "--db", appraisals.path, "--year", TAHUN, "--out", out)
    assert result.code == 0, result.err
    assert result.out.strip() == (
        f"Laporan penilaian kinerja tahun {TAHUN}: 3 pegawai, ditulis ke {out} (csv)."
    )
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the names as UTF-8
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == KEYS and len(rows) == 4

    out_json = tmp_path / "penilaian.json"
    summary = run(
        "report", "appraisals", "--db", appraisals.path, "--year", TAHUN, "--unit", "BID-TI",
        "--out", out_json, "--json",
    )  # fmt: skip
    assert summary.code == 0, summary.err
    assert summary.json() == {
        "out": str(out_json),
        "format": "json",
        "tahun": TAHUN,
        "unit": "BID-TI",
        "rows": 2,
    }
    assert json.loads(out_json.read_text(encoding="utf-8")) == EXPECTED[:2]
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_xlsx_file(run: Run, appraisals: Appraisals, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "penilaian.xlsx"
    result = run(
        "report", "appraisals", "--db", appraisals.path, "--year", TAHUN, "--format", "xlsx",
        "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    book = load_workbook(out, read_only=True)
    sheet = book.worksheets[0]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    book.close()
    assert values[0] == KEYS
    assert values[1:] == [[row[k] for k in KEYS] for row in EXPECTED]
    assert isinstance(values[2][0], str)  # the NIP stays text, all 18 digits


def test_cells_cannot_become_formulas(run: Run, appraisals: Appraisals, tmp_path: Path) -> None:
    """A unit name (free text) that a spreadsheet would run stays text."""
    from openpyxl import load_workbook

    hostile = '=HYPERLINK("http://contoh.invalid","klik")'
    db = open_as(appraisals.path)
    try:
        org = OrgUnitService(db)
        bidang = org.by_kode("BID-UM")
        org.rename(bidang.id, hostile, expected_revision=bidang.revision)
    finally:
        db.close()
    csv_out, xlsx_out = tmp_path / "r.csv", tmp_path / "r.xlsx"
    for out in (csv_out, xlsx_out):
        done = run("report", "appraisals", "--db", appraisals.path, "--year", TAHUN, "--out", out)
        assert done.code == 0, done.err
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        units = [row[2] for row in csv.reader(handle)]
    assert units[3] == "'" + hostile
    book = load_workbook(xlsx_out)
    cell = book.worksheets[0].cell(row=4, column=3)
    assert cell.data_type == "s" and cell.value == "'" + hostile
    # JSON is data, not a spreadsheet: the name as stored.
    assert _report(run, appraisals, "--json")[2]["unit"] == hostile


@pytest.mark.parametrize(
    ("options", "code", "words"),
    [
        (["--unit", "NOPE"], 1, "NOPE"),
        (["--format", "xlsx"], 2, "xlsx perlu --out"),
        (["--format", "pdf"], 2, "--format"),
        (["--format", "csv", "--json"], 2, "--json"),
        (["--format", "csv", "--out", "{tmp}/x.xlsx"], 2, "tidak cocok"),
        (["--out", "{tmp}/tidak-ada/x.csv"], 1, "tidak-ada tidak ada"),
        (["--out", "{tmp}/ada.csv"], 1, "sudah ada"),
    ],
    ids=["unit", "xlsx-stdout", "format", "json-csv", "suffix", "folder", "exists"],
)
def test_bad_input(
    run: Run, appraisals: Appraisals, tmp_path: Path, options: list[str], code: int, words: str
) -> None:
    (tmp_path / "ada.csv").write_text("lama")
    options = [o.replace("{tmp}", str(tmp_path)) for o in options]
    result = run("report", "appraisals", "--db", appraisals.path, "--year", TAHUN, *options)
    assert result.code == code, result.err
    assert words in result.reason
    assert result.out == ""
    assert (tmp_path / "ada.csv").read_text() == "lama"
    assert not (tmp_path / "x.xlsx").exists()


def test_year_is_required(run: Run, appraisals: Appraisals) -> None:
    result = run("report", "appraisals", "--db", appraisals.path)
    assert result.code == 2
    assert "--year" in result.reason


def test_a_year_without_policy_is_one_line(
    run: Run, appraisals: Appraisals, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A year the policy tables do not cover (PP 46/2011 history) is refused, not a
    traceback."""
    from asn_desktop.domain.policy import PolicyError
    from asn_desktop.services.appraisal_list import AppraisalListService

    def report(self: object, tahun: int, **kwargs: object) -> None:
        raise PolicyError(f'Tabel kebijakan "predikat_kinerja" belum berlaku pada 31-12-{tahun}')

    monkeypatch.setattr(AppraisalListService, "report", report)
    result = run("report", "appraisals", "--db", appraisals.path, "--year", "2019")
    assert result.code == 1
    assert result.reason == (
        "asn-desktop: laporan penilaian tahun 2019 tidak dapat dibuat: Tabel kebijakan "
        '"predikat_kinerja" belum berlaku pada 31-12-2019'
    )
