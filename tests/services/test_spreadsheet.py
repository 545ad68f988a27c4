"""The shared .xlsx writer: what Excel shows, and nothing half-written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from asn_desktop.services.errors import ServiceError
from asn_desktop.services.spreadsheet import Column, ExportCancelled, Sheet, write_xlsx

NIP = "198503172010011002"
COLUMNS = (
    Column("NIP", 21, text=True),
    Column("Nama", 30),
    Column("JP", 8, number_format="0.0"),
    Column("Tanggal", 12),
)


def _rows(n: int) -> list[tuple[object, ...]]:
    return [(NIP, f"Pegawai {i}", 20.5, date(2026, 3, 1)) for i in range(n)]


def test_title_header_text_nip_and_frozen_header(tmp_path: Path) -> None:
    out = tmp_path / "jp.xlsx"
    footer = (("Jumlah", 2),)
    written = write_xlsx(
        out, [Sheet("Kepatuhan JP 2026", COLUMNS, _rows(2), "Judul laporan", footer)]
    )
    assert written == 2
    book = load_workbook(out)
    ws = book["Kepatuhan JP 2026"]
    assert ws["A1"].value == "Judul laporan"
    assert [c.value for c in ws[2]] == ["NIP", "Nama", "JP", "Tanggal"]
    assert ws["A3"].value == NIP and ws["A3"].data_type == "s" and ws["A3"].number_format == "@"
    assert ws["C3"].value == 20.5 and ws["C3"].number_format == "0.0"
    assert ws["D3"].value.date() == date(2026, 3, 1)
    assert ws.freeze_panes == "A3"
    assert ws.column_dimensions["A"].width == 21
    assert ws["A6"].value == "Jumlah" and ws["B6"].value == 2


def test_formulas_and_control_characters_stay_text(tmp_path: Path) -> None:
    out = tmp_path / "x.xlsx"
    rows = [(NIP, '=HYPERLINK("http://x")', None, None), (NIP, "a\x00b\x1fc", None, None)]
    write_xlsx(out, [Sheet("Data", COLUMNS, rows)])
    ws = load_workbook(out)["Data"]
    assert ws["B2"].value == '\'=HYPERLINK("http://x")'
    assert ws["B3"].value == "a\ufffdb\ufffdc"


def test_a_cancel_leaves_the_earlier_file_and_no_temporary(tmp_path: Path) -> None:
    out = tmp_path / "big.xlsx"
    out.write_bytes(b"earlier")
    asked: list[int] = []

    def progress(done: int) -> bool:
        asked.append(done)
        return done < 1000

    with pytest.raises(ExportCancelled):
        write_xlsx(out, [Sheet("Data", COLUMNS, _rows(5000))], progress=progress)
    assert asked == [500, 1000]
    assert out.read_bytes() == b"earlier"
    assert [p.name for p in tmp_path.iterdir()] == ["big.xlsx"]


def test_a_missing_folder_is_one_clear_message(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="Tidak bisa menulis di folder"):
        write_xlsx(tmp_path / "nope" / "x.xlsx", [Sheet("Data", COLUMNS, _rows(1))])


def test_sheet_names_follow_excels_rules(tmp_path: Path) -> None:
    out = tmp_path / "n.xlsx"
    write_xlsx(out, [Sheet("Rencana/AKPK: 2027 [draft] dan yang sangat panjang", COLUMNS, [])])
    (name,) = load_workbook(out).sheetnames
    assert len(name) <= 31 and not set(name) & set("[]:*?/\\")
