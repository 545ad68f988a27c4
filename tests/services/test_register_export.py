"""The register view exported: the register's rows in its order, the columns asked, NIP as
text, a title with the agency, nothing left behind by a cancel, and a viewer refused."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asn_desktop.services import register_export, spreadsheet
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.errors import PermissionDenied, ServiceError, ValidationFailed
from asn_desktop.services.register_export import (
    DEFAULT_COLUMNS,
    RegisterExport,
    available_columns,
)
from asn_desktop.services.spreadsheet import ExportCancelled

from .helpers import AHMAD, PEOPLE, SITI, TODAY, Register

AGENCY = "Dinas Komunikasi dan Informatika Kota Contoh"
HEADERS = ["NIP", "Nama", "Gol.", "Jabatan", "Unit kerja", "Status"]


@pytest.fixture
def exporter(register_db: Database) -> RegisterExport:
    register_db.set_agency("DISKOMINFO", AGENCY)
    return RegisterExport(register_db)


def _sheet_rows(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def _nips(register_db: Database, query: EmployeeQuery) -> list[str]:
    service = EmployeeService(register_db)
    ids = service.search_ids(query)
    rows = service.rows(ids)
    return [rows[i].nip for i in ids]


def _exports(db: Database) -> list[str]:
    return [e.detail for e in AuditService(db).entries(AuditQuery(action="export"))]


def test_xlsx_has_title_header_nip_text_and_the_registers_order(
    exporter: RegisterExport, register_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "daftar.xlsx"
    query = EmployeeQuery(sort="golongan", descending=True)
    written = exporter.write(out, query, today=TODAY)
    assert written == len(PEOPLE)
    rows = _sheet_rows(out)
    title = str(rows[0][0])
    assert title.startswith(f"Daftar pegawai — {AGENCY}")
    assert title.endswith("(dicetak 27-11-2026)")
    assert list(rows[1]) == HEADERS
    data = rows[2:]
    assert [r[0] for r in data] == _nips(register_db, query)
    for line in data:
        assert isinstance(line[0], str) and len(line[0]) == 18 and line[0].isdigit()
    ahmad = next(r for r in data if r[0] == AHMAD)
    assert ahmad[1:] == (
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        "III/c",
        "Analis Kebijakan Ahli Muda",
        "Bidang Aplikasi Informatika",
        "PNS",
    )
    # What Excel is told: text format for NIP, a frozen header, widths for the content.
    book = load_workbook(out)
    ws = book.worksheets[0]
    assert ws.title == "Daftar pegawai"
    assert ws["A3"].data_type == "s" and ws["A3"].number_format == "@"
    assert ws.freeze_panes == "A3"
    assert ws["A2"].font.b and ws["A1"].font.b
    widths = {letter: ws.column_dimensions[letter].width for letter in "ABCDEF"}
    assert widths["A"] >= 18
    assert widths["B"] >= len("Dr. H. Ahmad Sutisna, S.T., M.T.")
    assert widths["D"] >= len("Pengelola Layanan Operasional")
    assert widths["C"] < 12 and widths["F"] < 12
    assert _exports(register_db) == [f"{written} baris ke daftar.xlsx"]


def test_filters_order_and_columns_are_those_asked(
    exporter: RegisterExport, register_db: Database, register: Register, tmp_path: Path
) -> None:
    out = tmp_path / "pns.xlsx"
    query = EmployeeQuery(unit_id=register.units["BID-APL"], status="PNS", sort="nama")
    columns = [("nama", "Nama lengkap"), ("nip", "NIP"), ("status", "Status")]
    assert exporter.write(out, query, columns, today=TODAY) == 2  # Ahmad in BID-APL, Siti below
    rows = _sheet_rows(out)
    assert "unit Bidang Aplikasi Informatika" in str(rows[0][0])
    assert "status PNS" in str(rows[0][0])
    assert list(rows[1]) == ["Nama lengkap", "NIP", "Status"]
    assert [r[1] for r in rows[2:]] == _nips(register_db, query) == [AHMAD, SITI]
    assert all(r[2] == "PNS" for r in rows[2:])
    # A search and a limit, as the CLI passes them.
    searched = tmp_path / "cari.xlsx"
    assert exporter.write(searched, EmployeeQuery(search="ahmad"), limit=1) == 1
    assert len(_sheet_rows(searched)) == 3


def test_csv_is_utf8_with_bom_and_keeps_the_nip_as_text(
    exporter: RegisterExport, register_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "daftar.csv"
    query = EmployeeQuery(sort="nip")
    assert exporter.write(out, query) == len(PEOPLE)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0] == HEADERS
    assert [line[0] for line in lines[1:]] == [f'="{n}"' for n in _nips(register_db, query)]
    assert lines[1][1] and len(lines) == len(PEOPLE) + 1


def test_json_is_a_list_of_objects_keyed_by_column(
    exporter: RegisterExport, register_db: Database, tmp_path: Path
) -> None:
    out = tmp_path / "daftar.json"
    query = EmployeeQuery(sort="unit")
    exporter.write(out, query, [("nip", "NIP"), ("unit", "Unit")])
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [d["nip"] for d in data] == _nips(register_db, query)
    assert all(set(d) == {"nip", "unit"} for d in data)
    empty = tmp_path / "kosong.json"
    assert exporter.write(empty, EmployeeQuery(search="tidak ada orang ini")) == 0
    assert json.loads(empty.read_text(encoding="utf-8")) == []
    stream = io.StringIO()
    assert exporter.write_stream(stream, query, fmt="json") == len(PEOPLE)
    assert [d["nip"] for d in json.loads(stream.getvalue())] == _nips(register_db, query)
    assert _exports(register_db)[0] == f"{len(PEOPLE)} baris ke keluaran standar (stdout)"


def test_dates_are_real_dates_and_every_column_exports(
    exporter: RegisterExport, tmp_path: Path
) -> None:
    keys = [c.key for c in available_columns()]
    out = tmp_path / "lahir.xlsx"
    exporter.write(out, EmployeeQuery(sort="nip"), [("nip", "NIP"), ("tanggal_lahir", "Lahir")])
    book = load_workbook(out)
    ws = book.worksheets[0]
    cell = ws["B3"]
    assert cell.is_date and cell.number_format.upper() == "DD-MM-YYYY"
    assert cell.value.date() == date(int(ws["A3"].value[:4]), int(ws["A3"].value[4:6]),
                                     int(ws["A3"].value[6:8]))  # fmt: skip
    csv_out = tmp_path / "lahir.csv"
    exporter.write(csv_out, EmployeeQuery(sort="nip"), [("tanggal_lahir", "Lahir")])
    first = csv_out.read_text(encoding="utf-8-sig").splitlines()[1]
    assert len(first) == 10 and first[2] == "-" and first[5] == "-"
    every = [(k, k) for k in keys]
    assert exporter.write(tmp_path / "semua.xlsx", EmployeeQuery(), every) == len(PEOPLE)
    assert exporter.write(tmp_path / "semua.json", EmployeeQuery(), every) == len(PEOPLE)


def test_formulas_stay_text(
    exporter: RegisterExport, register_db: Database, tmp_path: Path
) -> None:
    conn = sqlite3.connect(register_db.where)
    conn.execute(
        "UPDATE employee SET jabatan_nama = '=HYPERLINK(\"http://x\")', nama = '@Siti\x1b' "
        "WHERE nip = ?",
        (SITI,),
    )
    conn.commit()
    conn.close()
    query = EmployeeQuery(search=SITI)
    exporter.write(tmp_path / "x.xlsx", query)
    line = _sheet_rows(tmp_path / "x.xlsx")[2]
    assert line[3] == '\'=HYPERLINK("http://x")'
    assert str(line[1]).startswith("'@Siti\ufffd")
    exporter.write(tmp_path / "x.csv", query)
    text = (tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "\x1b" not in text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_a_cancel_leaves_no_file(
    exporter: RegisterExport,
    register_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    from openpyxl.worksheet import _writer

    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    # Small pages, so that the cancel comes in the middle of the rows.
    monkeypatch.setattr(register_export, "ROW_BATCH", 2)
    monkeypatch.setattr(spreadsheet, "PROGRESS_EVERY", 2)
    temp_before = list(_writer.ALL_TEMP_FILES)
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 2

    out = tmp_path / f"batal{suffix}"
    with pytest.raises(ExportCancelled):
        exporter.write(out, EmployeeQuery(), progress=progress)
    assert seen[0] == (0, len(PEOPLE)) and seen[-1][0] == 2
    assert list(tmp_path.iterdir()) == []
    assert temp_before == _writer.ALL_TEMP_FILES  # openpyxl's own sheet file removed too
    # Cancelled before the first row: the earlier file stays as it was.
    out.write_bytes(b"earlier")
    with pytest.raises(ExportCancelled):
        exporter.write(out, EmployeeQuery(), progress=lambda _d, _t: False)
    assert out.read_bytes() == b"earlier" and len(list(tmp_path.iterdir())) == 1
    assert _exports(register_db) == []
    # Not cancelled: progress reaches the end.
    seen.clear()
    exporter.write(out, EmployeeQuery(), progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[0] == (0, len(PEOPLE)) and seen[-1] == (len(PEOPLE), len(PEOPLE))


def test_bad_requests_write_nothing(exporter: RegisterExport, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationFailed, match="gaji"):
        exporter.write(tmp_path / "a.xlsx", EmployeeQuery(), [("nip", "NIP"), ("gaji", "Gaji")])
    with pytest.raises(ValidationFailed, match=r"\.xlsx, \.csv atau \.json"):
        exporter.write(tmp_path / "a.pdf", EmployeeQuery())
    with pytest.raises(ServiceError, match="Tidak bisa menulis"):
        exporter.write(tmp_path / "tidak-ada" / "a.xlsx", EmployeeQuery())
    assert list(tmp_path.iterdir()) == []


def test_a_viewer_may_not_export(register_db: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    register_db.assume_user("viewer")
    exporter = RegisterExport(register_db)
    for name in ("a.xlsx", "a.csv", "a.json"):
        with pytest.raises(PermissionDenied, match="tidak berhak mengekspor data"):
            exporter.write(tmp_path / name, EmployeeQuery())
    with pytest.raises(PermissionDenied):
        exporter.write_stream(io.StringIO(), EmployeeQuery(), fmt="csv")
    assert list(tmp_path.iterdir()) == []
    register_db.assume_user("admin")
    assert _exports(register_db) == []


def test_the_columns_are_the_registers() -> None:
    from asn_desktop.services.employees import DEFAULT_COLUMNS as SHOWN
    from asn_desktop.services.employees import REGISTER_COLUMNS

    assert tuple(c.key for c in available_columns()) == REGISTER_COLUMNS
    assert DEFAULT_COLUMNS == SHOWN


def test_leavers_are_exported_under_nonaktif_with_how_they_left(
    exporter: RegisterExport, register_db: Database, register: Register, tmp_path: Path
) -> None:
    from asn_desktop.services.employees import LeavingEntry

    service = EmployeeService(register_db)
    siti = register.people["siti"]
    service.record_leaving(
        siti,
        LeavingEntry("aps", date(2026, 6, 1), "Pindah ke luar negeri", "800/APS/2026"),
        expected_revision=service.get(siti).revision,
        today=TODAY,
    )
    columns = [("nip", "NIP"), ("keluar", "Keluar")]
    out = tmp_path / "nonaktif.json"
    assert exporter.write(out, EmployeeQuery(keadaan="nonaktif"), columns) == 1
    assert json.loads(out.read_text(encoding="utf-8")) == [
        {"nip": SITI, "keluar": "Berhenti atas permintaan sendiri, 01-06-2026"}
    ]
    active = tmp_path / "aktif.json"
    exporter.write(active, EmployeeQuery(), columns)
    assert SITI not in {d["nip"] for d in json.loads(active.read_text(encoding="utf-8"))}
    labels = {"aps": "Resigned"}
    english = tmp_path / "en.xlsx"
    exporter.write(english, EmployeeQuery(keadaan="semua"), columns, keluar_labels=labels)
    rows = _sheet_rows(english)
    assert "aktif dan nonaktif" in str(rows[0][0])
    assert (SITI, "Resigned, 01-06-2026") in rows
