"""`asn-desktop report appraisals` (the year's appraisals, one row per employee) and
`asn-desktop report jp` (the year's JP obligation per employee and per unit).

report appraisals: JSON (a list of objects), CSV or .xlsx (header row first).
report jp: JSON ``{"year": Y, "employees": [...], "units": [...]}``; CSV of the employees
(header row first, for scripts); .xlsx with a sheet of employees and one of units, each
under a title row (agency, year, date) with the header frozen. Also home to what the commands
that write a file share (print_commands uses them): the --year type, the check of --out
before anything is opened, and the atomic write (a temporary file in the same folder,
renamed over the name only when complete, so a failure or Ctrl+C leaves no half file).
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_desktop.cli.base import (
    EXIT_OK,
    CommandRefused,
    UsageError,
    _opened,
    _Parser,
    _print_json,
    one_line,
    ribuan,
    terminal,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.appraisal_list import ReportRow
    from asn_desktop.services.database import Database
    from asn_desktop.services.jp_compliance import LaporanJp

FORMATS = ("csv", "xlsx", "json")
# The columns of every format, in this order; JSON objects have exactly these keys.
REPORT_FIELDS = (
    "nip",
    "name",
    "unit",
    "rating_hasil_kerja",
    "rating_perilaku",
    "predikat",
    "status",
)
MIN_YEAR, MAX_YEAR = 1950, 2100
# The CSV of report jp is the employee table with the unit each is counted in.
JP_CSV_FIELDS = ("nip", "name", "status", "unit_code", "unit", "jp", "target", "meets_target")


def register(commands: Subcommands, common: _Parser) -> None:
    report = commands.add_parser("report", help="laporan (CSV, .xlsx atau JSON)")
    actions = report.add_subparsers(dest="action", metavar="AKSI", required=True)
    appraisals = actions.add_parser(
        "appraisals",
        parents=[common],
        help="penilaian kinerja akhir tahun: satu baris per pegawai yang memiliki SKP",
    )
    appraisals.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    appraisals.add_argument(
        "--unit", metavar="CODE", default=None, help="kode unit (dan di bawahnya)"
    )
    appraisals.add_argument(
        "--format",
        dest="report_format",
        type=str.lower,
        choices=FORMATS,
        default=None,
        help="bawaan: menurut akhiran --out, atau json dengan --json, selain itu csv",
    )
    appraisals.add_argument(
        "--out", metavar="FILE", default=None, help="berkas tujuan (tanpa ini: ke layar)"
    )
    appraisals.set_defaults(handler=cmd_report_appraisals)
    jp = actions.add_parser(
        "jp",
        parents=[common],
        help="pemenuhan JP pengembangan kompetensi: per pegawai dan per unit kerja",
    )
    jp.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    jp.add_argument("--unit", metavar="CODE", default=None, help="kode unit (dan di bawahnya)")
    jp.add_argument(
        "--format",
        dest="report_format",
        type=str.lower,
        choices=FORMATS,
        default=None,
        help="bawaan: menurut akhiran --out, atau json dengan --json, selain itu csv",
    )
    jp.add_argument(
        "--out", metavar="FILE", default=None, help="berkas tujuan (tanpa ini: ke layar)"
    )
    jp.set_defaults(handler=cmd_report_jp)


# -- shared by the commands that write a file ---------------------------------------------


def tahun_arg(text: str) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"tahun '{text}' bukan bilangan bulat") from None
    if not MIN_YEAR <= value <= MAX_YEAR:
        raise argparse.ArgumentTypeError(f"tahun {value} di luar rentang {MIN_YEAR}-{MAX_YEAR}")
    return value


def checked_out(text: str) -> Path:
    """--out as an absolute path, refused before the database is opened when it could not
    be written: the name exists already, or its folder is missing or read-only."""
    if not text.strip():
        raise UsageError("--out tidak boleh kosong")
    out = Path(text).expanduser().resolve()
    if out.is_dir():
        raise CommandRefused(f"{out} adalah folder; sebutkan nama berkas")
    if out.exists() or out.is_symlink():
        raise CommandRefused(f"{out} sudah ada; pilih nama berkas lain")
    folder = out.parent
    if not folder.is_dir():
        raise CommandRefused(f"folder {folder} tidak ada")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise CommandRefused(f"folder {folder} tidak bisa ditulisi")
    return out


def _fsync(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """A temporary path beside `out` to write to; renamed to `out` when the block ends
    normally, removed (with any "<name>.part" a writer left) when it ends by an exception,
    Ctrl+C included."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise CommandRefused(
            f"tidak bisa menulis di folder {out.parent}: {exc.strerror or exc}"
        ) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        _fsync(temp)
        os.replace(temp, out)
    except OSError as exc:
        raise CommandRefused(f"{out} tidak bisa ditulis: {exc.strerror or exc}") from None
    finally:
        for leftover in (temp, temp.with_name(temp.name + ".part")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


@contextlib.contextmanager
def policy_refusal(what: str) -> Iterator[None]:
    """A policy table with no version for the year asked about (a year of PP 46/2011
    history, say) as a one-line refusal instead of a traceback."""
    from asn_desktop.domain.policy import PolicyError

    try:
        yield
    except PolicyError as exc:
        raise CommandRefused(f"{what}: {one_line(str(exc))}") from None


def unit_of(db: Database, kode: str | None) -> tuple[int | None, str]:
    """(id, name) of the unit with this code, (None, "") without one; NotFound names it."""
    from asn_desktop.services.org_units import OrgUnitService

    if kode is None:
        return None, ""
    node = OrgUnitService(db).by_kode(kode.strip())
    return node.id, node.nama


# -- report appraisals -------------------------------------------------------------------


def _cell(value: str) -> str:
    """A cell a spreadsheet keeps as text (see services.audit: no formula injection, no
    characters .xlsx cannot hold)."""
    from asn_desktop.services.audit import _cell_safe

    return str(_cell_safe(value))


def _format_of(args: argparse.Namespace, out: Path | None) -> str:
    by_suffix = out.suffix.lower().lstrip(".") if out is not None else ""
    chosen: str | None = args.report_format
    if chosen is None:
        if out is not None:
            # --json then only makes the summary machine-readable.
            chosen = by_suffix if by_suffix in FORMATS else "csv"
        else:
            chosen = "json" if args.json else "csv"
    if out is not None and by_suffix in FORMATS and by_suffix != chosen:
        raise UsageError(f"--out {out.name} tidak cocok dengan --format {chosen}")
    if out is None:
        if chosen == "xlsx":
            raise UsageError("--format xlsx perlu --out FILE.xlsx")
        if args.json and chosen != "json":
            raise UsageError(f"--json tanpa --out mencetak JSON, bukan {chosen}")
    return chosen


def _records(rows: Sequence[ReportRow]) -> list[dict[str, str]]:
    out = []
    for row in rows:
        values = row.as_dict()
        out.append({key: values[key] for key in REPORT_FIELDS})
    return out


def _write_csv(handle: Any, rows: Sequence[ReportRow], *, escape: bool = False) -> None:
    writer = csv.writer(handle, lineterminator="\r\n" if not escape else "\n")
    writer.writerow(REPORT_FIELDS)
    for record in _records(rows):
        cells = [_cell(record[key]) for key in REPORT_FIELDS]
        writer.writerow([terminal(c) for c in cells] if escape else cells)


def _write_xlsx(path: Path, rows: Sequence[ReportRow], tahun: int) -> None:
    from openpyxl import Workbook  # only this export pays for openpyxl

    book = Workbook(write_only=True)
    sheet = book.create_sheet(f"Penilaian {tahun}")
    sheet.append(list(REPORT_FIELDS))
    for record in _records(rows):
        sheet.append([_cell(record[key]) for key in REPORT_FIELDS])
    book.save(str(path))


def _write_file(out: Path, fmt: str, rows: Sequence[ReportRow], tahun: int) -> None:
    with atomic_output(out) as temp:
        if fmt == "xlsx":
            _write_xlsx(temp, rows, tahun)
        elif fmt == "csv":
            # The BOM makes Excel read the names as UTF-8.
            with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                _write_csv(handle, rows)
        else:
            text = json.dumps(_records(rows), ensure_ascii=False, indent=2)
            temp.write_text(text + "\n", encoding="utf-8")


def cmd_report_appraisals(args: argparse.Namespace) -> int:
    from asn_desktop.services.appraisal_list import AppraisalListService

    out = checked_out(args.out) if args.out is not None else None
    fmt = _format_of(args, out)
    with _opened(args, read_only=True) as db:
        unit_id, unit_name = unit_of(db, args.unit)
        with policy_refusal(f"laporan penilaian tahun {args.year} tidak dapat dibuat"):
            rows = AppraisalListService(db).report(args.year, unit_id=unit_id)
    if out is None:
        if fmt == "json":
            _print_json(_records(rows))
        else:
            buffer = io.StringIO()
            _write_csv(buffer, rows, escape=sys.stdout.isatty())
            sys.stdout.write(buffer.getvalue())
        return EXIT_OK
    _write_file(out, fmt, rows, args.year)
    if args.json:
        _print_json(
            {
                "out": str(out),
                "format": fmt,
                "tahun": args.year,
                "unit": args.unit,
                "rows": len(rows),
            }
        )
    else:
        where = f" unit {terminal(unit_name)} dan di bawahnya" if unit_name else ""
        print(
            f"Laporan penilaian kinerja tahun {args.year}{where}: {ribuan(len(rows))} pegawai, "
            f"ditulis ke {out} ({fmt})."
        )
    return EXIT_OK


# -- report jp -----------------------------------------------------------------------------


def _jp_number(value: float) -> int | float:
    """24.0 -> 24, 8.5 -> 8.5: JP and targets as people write them."""
    return int(value) if float(value).is_integer() else round(value, 2)


def jp_document(laporan: LaporanJp) -> dict[str, Any]:
    """The JSON of `report jp` (public for the benchmark, which times this path): exactly
    these keys, in this order; scripts rely on them."""
    return {
        "year": laporan.tahun,
        "employees": [
            {
                "nip": p.nip,
                "name": p.nama,
                "status": p.status,
                "jp": _jp_number(p.jp),
                "target": _jp_number(p.target),
                "meets_target": p.memenuhi,
            }
            for p in laporan.pegawai
        ],
        "units": [
            {"code": u.kode, "name": u.nama, "staff": u.staff, "meeting_target": u.meeting_target}
            for u in laporan.unit
        ],
    }


def _jp_csv_rows(laporan: LaporanJp) -> Iterator[list[str]]:
    for p in laporan.pegawai:
        values = (
            p.nip,
            p.nama,
            p.status,
            p.unit_kode,
            p.unit_nama,
            str(_jp_number(p.jp)),
            str(_jp_number(p.target)),
            "true" if p.memenuhi else "false",
        )
        yield [_cell(v) for v in values]


def _write_jp_csv(handle: Any, laporan: LaporanJp, *, escape: bool = False) -> None:
    writer = csv.writer(handle, lineterminator="\r\n" if not escape else "\n")
    writer.writerow(JP_CSV_FIELDS)
    for cells in _jp_csv_rows(laporan):
        writer.writerow([terminal(c) for c in cells] if escape else cells)


def _jp_title(laporan: LaporanJp, agency: str, unit_name: str, what: str) -> str:
    from asn_desktop.domain.tanggal import format_tanggal_angka

    where = f", {unit_name} dan unit di bawahnya" if unit_name else ""
    return (
        f"{what} tahun {laporan.tahun}{where}: {agency or 'instansi'}; "
        f"dibuat {format_tanggal_angka(date.today())}"
    )


def _write_jp_xlsx(path: Path, laporan: LaporanJp, agency: str, unit_name: str) -> None:
    from asn_desktop.services.spreadsheet import Column, Sheet, write_xlsx

    what = "Pemenuhan JP pengembangan kompetensi"
    people = Sheet(
        "Pegawai",
        (
            Column("NIP", 21, text=True),
            Column("Nama", 36),
            Column("Status", 8),
            Column("Kode unit", 14, text=True),
            Column("Unit kerja", 36),
            Column("JP", 8),
            Column("Target JP", 10),
            Column("Memenuhi", 10),
        ),
        (
            (
                p.nip,
                p.nama,
                p.status,
                p.unit_kode,
                p.unit_nama,
                _jp_number(p.jp),
                _jp_number(p.target),
                "Ya" if p.memenuhi else "Tidak",
            )
            for p in laporan.pegawai
        ),
        title=_jp_title(laporan, agency, unit_name, f"{what} per pegawai"),
    )
    units = Sheet(
        "Unit",
        (
            Column("Kode unit", 14, text=True),
            Column("Unit kerja", 44),
            Column("Pegawai", 10),
            Column("Memenuhi target", 12),
            Column("Persentase memenuhi", 12, number_format="0.00"),
        ),
        (
            # Indented by depth, so the tree reads as the register shows it.
            (u.kode, "    " * u.tingkat + u.nama, u.staff, u.meeting_target, u.share)
            for u in laporan.unit
        ),
        title=_jp_title(laporan, agency, unit_name, f"{what} per unit kerja"),
    )
    write_xlsx(path, (people, units))


def cmd_report_jp(args: argparse.Namespace) -> int:
    from asn_desktop.services.jp_compliance import ComplianceService

    out = checked_out(args.out) if args.out is not None else None
    fmt = _format_of(args, out)
    with _opened(args, read_only=True) as db:
        unit_id, unit_name = unit_of(db, args.unit)
        with policy_refusal(f"laporan JP tahun {args.year} tidak dapat dibuat"):
            laporan = ComplianceService(db).laporan(args.year, unit_id=unit_id)
        agency = db.agency_name or db.agency_code
    if out is None:
        if fmt == "json":
            _print_json(jp_document(laporan))
        else:
            buffer = io.StringIO()
            _write_jp_csv(buffer, laporan, escape=sys.stdout.isatty())
            sys.stdout.write(buffer.getvalue())
        return EXIT_OK
    if fmt == "xlsx":
        # services.spreadsheet writes beside the name and renames when complete.
        _write_jp_xlsx(out, laporan, agency, unit_name)
    else:
        with atomic_output(out) as temp:
            if fmt == "csv":
                with temp.open("w", encoding="utf-8-sig", newline="") as handle:
                    _write_jp_csv(handle, laporan)
            else:
                text = json.dumps(jp_document(laporan), ensure_ascii=False, indent=2)
                temp.write_text(text + "\n", encoding="utf-8")
    meeting = sum(1 for p in laporan.pegawai if p.memenuhi)
    if args.json:
        _print_json(
            {
                "out": str(out),
                "format": fmt,
                "tahun": args.year,
                "unit": args.unit,
                "rows": len(laporan.pegawai),
                "meeting_target": meeting,
            }
        )
    else:
        where = f" unit {terminal(unit_name)} dan di bawahnya" if unit_name else ""
        print(
            f"Laporan JP tahun {args.year}{where}: {ribuan(len(laporan.pegawai))} pegawai, "
            f"{ribuan(meeting)} memenuhi target, ditulis ke {out} ({fmt})."
        )
    return EXIT_OK
