"""Exporting the whole register to .xlsx against openpyxl write-only writing the same cells.

Ours: services.register_export.RegisterExport.write (what Berkas -> Ekspor ke Excel and
`asn-desktop employees list --format xlsx --out FILE` run): the register's id query, the
rows read a page at a time through EmployeeService.rows, the default six columns, the
title, widths, NIP as text, progress callbacks, the file written beside the target and
renamed, and the audit entry. Floor: openpyxl in write-only mode writing the same cells
(the same title, header, widths, frozen pane and NIP cells with number format "@") from
values already read into memory, straight to its file. The two workbooks are checked to
hold the same values. Run by run_benchmarks.py on the stress database, or alone:

    python tests/benchmarks/register_export.py DB.sqlite [--employees N] [--runs N] [--profile]

(DB.sqlite is built with the demo generator when missing.)
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 27)


def _prepared(path: Path) -> tuple[Any, Any, Any]:
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeQuery
    from asn_desktop.services.register_export import RegisterExport

    database = Database.open(path)
    database.assume_user("admin")
    return database, RegisterExport(database), EmployeeQuery()


def floor_inputs(exporter: Any, query: Any) -> dict[str, Any]:
    """What the floor writes, read beforehand: the title, headers, widths and every row's
    values (the same as ours writes)."""
    from asn_desktop.services import register_export as rx

    chosen = rx._checked_columns(None)
    values = rx._Values([c for c, _h in chosen], TODAY)
    ids = exporter.employees.search_ids(query)
    rows = [values(r) for page in exporter._pages(ids) for r in page]
    widths = []
    for index, (column, header) in enumerate(chosen):
        sample = [row[index] for row in rows[: rx.WIDTH_SAMPLE]]
        widths.append(column.width or rx._fitted_width(header, sample))
    return {
        "title": exporter.title(query, TODAY),
        "headers": [h for _c, h in chosen],
        "widths": widths,
        "rows": rows,
    }


def write_floor(out: Path, inputs: dict[str, Any]) -> None:
    """openpyxl write-only mode writing the same cells, and nothing else."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=True)
    ws = book.create_sheet("Daftar pegawai")
    for index, width in enumerate(inputs["widths"], 1):
        ws.column_dimensions[get_column_letter(index)].width = width
    ws.freeze_panes = "A3"
    title = WriteOnlyCell(ws, value=inputs["title"])
    title.font = Font(bold=True, size=12)
    ws.append([title])
    bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
    headers = []
    for text in inputs["headers"]:
        cell = WriteOnlyCell(ws, value=text)
        cell.font, cell.alignment = bold, wrap
        headers.append(cell)
    ws.append(headers)
    for nip, *rest in inputs["rows"]:
        cell = WriteOnlyCell(ws, value=nip)
        cell.number_format = "@"
        ws.append([cell, *rest])
    book.save(str(out))


def digest(path: Path) -> tuple[int, str]:
    """(rows, sha256 of every cell value) of a workbook's first sheet."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    h = hashlib.sha256()
    count = 0
    for row in book.worksheets[0].iter_rows(values_only=True):
        h.update(repr(row).encode())
        count += 1
    book.close()
    return count - 2, h.hexdigest()


def measure(path: Path, runs: int = 5) -> dict[str, float]:
    """Medians of interleaved runs: ours_s, floor_s; rows, and the file's size in MB."""
    database, exporter, query = _prepared(path)
    folder = Path(tempfile.mkdtemp(prefix="register-export-"))
    try:
        inputs = floor_inputs(exporter, query)
        ours_out, floor_out = folder / "ours.xlsx", folder / "floor.xlsx"

        def ours() -> int:
            ours_out.unlink(missing_ok=True)
            return int(exporter.write(ours_out, query, progress=lambda _d, _t: True, today=TODAY))

        def floor() -> None:
            floor_out.unlink(missing_ok=True)
            write_floor(floor_out, inputs)

        rows = ours()
        floor()
        assert rows == len(inputs["rows"])
        assert digest(ours_out) == digest(floor_out), "the floor must write the same cells"
        ours_t, floor_t = [], []
        for _ in range(runs):
            t = time.perf_counter()
            floor()
            floor_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            ours()
            ours_t.append(time.perf_counter() - t)
        size = ours_out.stat().st_size / 1e6
    finally:
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
        database.close()
    return {
        "ours_s": statistics.median(ours_t),
        "floor_s": statistics.median(floor_t),
        "rows": rows,
        "size_mb": size,
    }


def profile(path: Path) -> None:
    import cProfile
    import pstats

    database, exporter, query = _prepared(path)
    out = Path(tempfile.mkdtemp(prefix="register-export-")) / "p.xlsx"
    try:
        cProfile.runctx(
            "exporter.write(out, query, today=TODAY)",
            globals(),
            {"exporter": exporter, "out": out, "query": query},
            "/tmp/register-export.prof",
        )
        pstats.Stats("/tmp/register-export.prof").sort_stats("tottime").print_stats(25)
    finally:
        out.unlink(missing_ok=True)
        out.parent.rmdir()
        database.close()


def _option(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import run_benchmarks

    positional = [a for a in sys.argv[1:] if not a.startswith("--") and not a.isdigit()]
    db_path = Path(positional[0]) if positional else REPO / "build" / "benchmarks" / "stress.sqlite"
    db_path.parent.mkdir(parents=True, exist_ok=True)
    built = run_benchmarks.build_database(
        db_path, _option("--employees", 200_000), appraisals=False
    )
    if built:
        print(f"built {db_path} in {built:.1f} s")
    if "--profile" in sys.argv:
        profile(db_path)
    else:
        m = measure(db_path, _option("--runs", 5))
        print(
            f"{m['rows']:,} rows ({m['size_mb']:.1f} MB): ours {m['ours_s']:.2f} s, floor "
            f"{m['floor_s']:.2f} s, ratio {m['ours_s'] / m['floor_s']:.2f}x"
        )
