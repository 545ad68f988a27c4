"""`asn-desktop report jp`: the year's JP obligation per employee and unit, as JSON, CSV
and .xlsx, every figure against a hand count."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import TEST_PASSWORDS, open_as
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan
from asn_desktop.domain import EmployeeDraft, golongan_by_ruang
from asn_desktop.services.employees import EmployeeService, PositionEntry, RankEntry, UnitEntry

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate

TAHUN = "2025"
RINA = "199801012025072001"  # CPNS from 1 July 2025: 6 months, target 10
AGENCY = "Dinas Komunikasi dan Informatika Kota Bandung"

# The activities of 2025 (every one has ended by any day this test runs):
# (name, start, end, JP, {NIP: hasil})
ACTIVITIES = (
    ("Workshop Pelayanan Publik", date(2025, 3, 3), date(2025, 3, 5), 24, {SITI: "lulus"}),
    ("Seminar Digitalisasi", date(2025, 5, 12), date(2025, 5, 12), 8, {BUDI: "mengikuti"}),
    ("Bimtek Jaringan", date(2025, 6, 2), date(2025, 6, 4), 16, {BUDI: "tidak_lulus"}),
    ("Kursus Dasar ASN", date(2025, 8, 4), date(2025, 8, 6), 12, {RINA: "lulus"}),
    # Ends in 2026: not part of 2025.
    ("Diklat Akhir Tahun", date(2025, 12, 29), date(2026, 1, 2), 30, {AGUS: "lulus"}),
)

# The hand count: Siti 24; Budi 8 (the Bimtek failed); Agus nothing in 2025; Rina 12 of 10.
# In the order of the unit tree (BID-TI, its SEKSI-JAR, BID-UM), then by name.
EMPLOYEES = [
    {"nip": SITI, "name": "Siti Rahmawati", "status": "PNS", "jp": 24, "target": 20,
     "meets_target": True},
    {"nip": BUDI, "name": "Budi Santoso", "status": "PNS", "jp": 8, "target": 20,
     "meets_target": False},
    {"nip": RINA, "name": "Rina Marlina, S.Kom.", "status": "CPNS", "jp": 12, "target": 10,
     "meets_target": True},
    {"nip": AGUS, "name": "Agus Setiawan", "status": "PNS", "jp": 0, "target": 20,
     "meets_target": False},
]  # fmt: skip
UNITS = [
    {"code": "DINAS", "name": "Dinas Komunikasi dan Informatika", "staff": 4, "meeting_target": 2},
    {"code": "BID-TI", "name": "Bidang Teknologi Informasi", "staff": 3, "meeting_target": 2},
    {"code": "SEKSI-JAR", "name": "Seksi Jaringan", "staff": 2, "meeting_target": 1},
    {"code": "BID-UM", "name": "Bidang Umum", "staff": 1, "meeting_target": 0},
]
EMPLOYEE_KEYS = ["nip", "name", "status", "jp", "target", "meets_target"]
UNIT_KEYS = ["code", "name", "staff", "meeting_target"]


def build(path: Path) -> None:
    ids = populate(path)
    db = open_as(path)
    try:
        db.set_agency("DISKOMINFO", AGENCY)
        service = EmployeeService(db)
        rina = service.create(
            EmployeeDraft(
                nip=RINA,
                nama="Rina Marlina",
                gelar_belakang="S.Kom.",
                tanggal_lahir=date(1998, 1, 1),
                jenis_kelamin="P",
                status_kepegawaian="CPNS",
            )
        )
        tmt = date(2025, 7, 1)
        service.add_rank(rina, RankEntry(golongan_by_ruang("III/a").id, tmt, "SK/R1"))
        service.add_position(rina, PositionEntry("PELAKSANA", "Pranata Komputer", tmt, "SK/R2"))
        unit = next(u for u in _units(db) if u[0] == "SEKSI-JAR")[1]
        service.add_unit(rina, UnitEntry(unit, tmt, "SK/R3"))
        ids[RINA] = rina
        with Session(db.engine) as session:
            for nama, mulai, selesai, jp, peserta in ACTIVITIES:
                row = Pelatihan(
                    nama=nama,
                    jenis_diklat="3",
                    mulai=mulai,
                    selesai=selesai,
                    tahun=selesai.year,
                    jumlah=jp,
                    jp=jp,
                )
                session.add(row)
                session.flush()
                for nip, hasil in peserta.items():
                    session.add(
                        PesertaPelatihan(pelatihan_id=row.id, employee_id=ids[nip], hasil=hasil)
                    )
            session.commit()
    finally:
        db.close()


def _units(db: Any) -> list[tuple[str, int]]:
    from asn_desktop.services.org_units import OrgUnitService

    return [(u.kode, u.id) for u in OrgUnitService(db).tree()]


@pytest.fixture(scope="module")
def register_file(cli_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    from asn_desktop.db.backup import copy_database

    path = tmp_path_factory.mktemp("report-jp") / "asn.sqlite"
    copy_database(cli_template, path)
    build(path)
    return path


@pytest.fixture
def register(register_file: Path, tmp_path: Path) -> Path:
    from asn_desktop.db.backup import copy_database

    dest = tmp_path / "asn.sqlite"
    copy_database(register_file, dest)
    return dest


def _report(run: Run, db: Path, *options: str | Path) -> Any:
    result = run("report", "jp", "--db", db, "--year", TAHUN, *options)
    assert result.code == 0, result.err
    assert result.err == ""
    return result.json()


def test_json_has_exactly_the_agreed_keys_and_the_hand_count(run: Run, register: Path) -> None:
    data = _report(run, register, "--format", "json")
    assert list(data) == ["year", "employees", "units"]
    assert data == {"year": 2025, "employees": EMPLOYEES, "units": UNITS}
    assert all(list(e) == EMPLOYEE_KEYS for e in data["employees"])
    assert all(list(u) == UNIT_KEYS for u in data["units"])
    assert all(isinstance(e["meets_target"], bool) for e in data["employees"])
    assert _report(run, register, "--json") == data  # --json alone: the same object


def test_unit_filter_includes_the_units_below(run: Run, register: Path) -> None:
    data = _report(run, register, "--json", "--unit", "BID-TI")
    assert data["employees"] == EMPLOYEES[:3]
    assert data["units"] == UNITS[1:3]
    leaf = _report(run, register, "--json", "--unit", "SEKSI-JAR")
    assert [e["nip"] for e in leaf["employees"]] == [BUDI, RINA]


def test_the_year_after_counts_the_training_across_new_year(run: Run, register: Path) -> None:
    result = run("report", "jp", "--db", register, "--year", "2026", "--json")
    assert result.code == 0, result.err
    agus = next(e for e in result.json()["employees"] if e["nip"] == AGUS)
    assert (agus["jp"], agus["meets_target"]) == (30, True)


def test_csv_to_stdout_by_default(run: Run, register: Path) -> None:
    result = run("report", "jp", "--db", register, "--year", TAHUN)
    assert result.code == 0, result.err
    rows = list(csv.reader(io.StringIO(result.out)))
    assert rows[0] == [
        "nip", "name", "status", "unit_code", "unit", "jp", "target", "meets_target",
    ]  # fmt: skip
    units = ["BID-TI", "SEKSI-JAR", "SEKSI-JAR", "BID-UM"]
    assert [r[:3] for r in rows[1:]] == [[e["nip"], e["name"], e["status"]] for e in EMPLOYEES]
    assert [r[3] for r in rows[1:]] == units
    assert [r[5:] for r in rows[1:]] == [
        [str(e["jp"]), str(e["target"]), str(e["meets_target"]).lower()] for e in EMPLOYEES
    ]


def test_json_and_csv_files(run: Run, register: Path, tmp_path: Path) -> None:
    out = tmp_path / "jp.json"
    summary = run("report", "jp", "--db", register, "--year", TAHUN, "--out", out, "--json")
    assert summary.code == 0, summary.err
    assert summary.json() == {
        "out": str(out),
        "format": "json",
        "tahun": 2025,
        "unit": None,
        "rows": 4,
        "meeting_target": 2,
    }
    assert json.loads(out.read_text(encoding="utf-8")) == {
        "year": 2025,
        "employees": EMPLOYEES,
        "units": UNITS,
    }
    out_csv = tmp_path / "jp.csv"
    done = run("report", "jp", "--db", register, "--year", TAHUN, "--out", out_csv)
    assert done.code == 0, done.err
    assert done.out.strip() == (
        f"Laporan JP tahun 2025: 4 pegawai, 2 memenuhi target, ditulis ke {out_csv} (csv)."
    )
    assert out_csv.read_bytes().startswith(b"\xef\xbb\xbf")
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 5


def test_xlsx_file(run: Run, register: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "jp.xlsx"
    result = run("report", "jp", "--db", register, "--year", TAHUN, "--out", out)
    assert result.code == 0, result.err
    book = load_workbook(out)
    people, units = book["Pegawai"], book["Unit"]
    title = people.cell(row=1, column=1).value
    assert AGENCY in title and "tahun 2025" in title and "dibuat" in title
    assert people.freeze_panes == "A3" and units.freeze_panes == "A3"
    values = [list(r) for r in people.iter_rows(min_row=3, values_only=True)]
    assert [v[0] for v in values] == [e["nip"] for e in EMPLOYEES]
    assert all(isinstance(v[0], str) for v in values)  # the NIP stays text, all 18 digits
    assert people.cell(row=3, column=1).number_format == "@"
    assert [(v[5], v[6], v[7]) for v in values] == [
        (e["jp"], e["target"], "Ya" if e["meets_target"] else "Tidak") for e in EMPLOYEES
    ]
    unit_rows = [list(r) for r in units.iter_rows(min_row=3, values_only=True)]
    assert [(r[0], r[2], r[3]) for r in unit_rows] == [
        (u["code"], u["staff"], u["meeting_target"]) for u in UNITS
    ]
    assert [r[4] for r in unit_rows] == [50.0, 66.67, 50.0, 0.0]
    assert unit_rows[2][1] == "        Seksi Jaringan"  # two levels down the tree
    book.close()


def test_a_viewer_may_read_the_report(
    run: Run, register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    assert _report(run, register, "--json")["employees"] == EMPLOYEES


@pytest.mark.parametrize(
    ("options", "code", "words"),
    [
        (["--year", TAHUN, "--unit", "NOPE"], 1, "NOPE"),
        (["--year", "1900"], 2, "1900"),
        (["--year", "dua ribu"], 2, "dua ribu"),
        (["--year", "2016"], 1, "2016"),
        (["--year", TAHUN, "--format", "xlsx"], 2, "xlsx perlu --out"),
        (["--year", TAHUN, "--format", "pdf"], 2, "--format"),
        (["--year", TAHUN, "--out", "{tmp}/ada.csv"], 1, "sudah ada"),
    ],
    ids=["unit", "year-range", "year-text", "year-without-target", "xlsx-stdout", "format",
         "exists"],
)  # fmt: skip
def test_bad_input(
    run: Run, register: Path, tmp_path: Path, options: list[str], code: int, words: str
) -> None:
    (tmp_path / "ada.csv").write_text("lama")
    options = [o.replace("{tmp}", str(tmp_path)) for o in options]
    result = run("report", "jp", "--db", register, *options)
    assert result.code == code, result.err
    assert words in result.reason
    assert result.out == ""
    assert (tmp_path / "ada.csv").read_text() == "lama"


def test_cells_cannot_become_formulas(run: Run, register: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from asn_desktop.services.org_units import OrgUnitService

    hostile = '=HYPERLINK("http://contoh.invalid","klik")'
    db = open_as(register)
    try:
        org = OrgUnitService(db)
        bidang = org.by_kode("BID-UM")
        org.rename(bidang.id, hostile, expected_revision=bidang.revision)
    finally:
        db.close()
    csv_out, xlsx_out = tmp_path / "r.csv", tmp_path / "r.xlsx"
    for out in (csv_out, xlsx_out):
        done = run("report", "jp", "--db", register, "--year", TAHUN, "--out", out)
        assert done.code == 0, done.err
    with csv_out.open(encoding="utf-8-sig", newline="") as handle:
        assert [row[4] for row in csv.reader(handle)][4] == "'" + hostile
    book = load_workbook(xlsx_out)
    cell = book["Pegawai"].cell(row=6, column=5)
    assert cell.data_type == "s" and cell.value == "'" + hostile
    book.close()
    # JSON is data, not a spreadsheet: the name as stored.
    assert _report(run, register, "--json")["units"][3]["name"] == hostile
