"""The register view exported: exactly the rows of an EmployeeQuery, in the register's order
(the same SQL: EmployeeService.search_ids, then the rows a page at a time), and exactly the
columns shown, to .xlsx, .csv or .json.

- .xlsx (services.spreadsheet, openpyxl write-only): a title row with the agency and the
  date, the header row, frozen below it, widths fitted to the content, NIP as text (all 18
  digits, number format "@"), dates as real dates shown dd-mm-yyyy.
- .csv: UTF-8 with a byte order mark (Excel then reads it as UTF-8), NIP written as
  ="198503152010011002" so Excel keeps it as text instead of 1.98503E+17, dates dd-mm-yyyy.
- .json: a list of objects keyed by column key; dates ISO (yyyy-mm-dd).

Exporting personal data is the EXPORT use case (a viewer reads but does not export), with
an entry in the audit trail. Every text cell passes spreadsheet.cell_safe (no formula
injection). A file is written beside the target and renamed only when complete: a cancel
(ExportCancelled) or a failure leaves no file behind.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from asn_desktop.domain import FieldProblem, format_tanggal_angka
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.permissions import use_case
from asn_desktop.services.spreadsheet import (
    Column,
    ExportCancelled,
    Sheet,
    cell_safe,
    write_xlsx,
    written_beside,
)

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeQuery, EmployeeRow

__all__ = [
    "DEFAULT_COLUMNS",
    "FORMATS",
    "ExportColumn",
    "Progress",
    "RegisterExport",
    "available_columns",
    "default_header",
    "format_of",
]

FORMATS = ("xlsx", "csv", "json")
# What the register shows before the clerk chooses columns.
DEFAULT_COLUMNS = ("nip", "nama", "golongan", "jabatan", "unit", "status")
# Ids per EmployeeService.rows call: a register page, well under SQLite's bound-parameter
# limit.
ROW_BATCH = 500
# Rows read before the sheet is begun, to fit the column widths (write-only sheets take
# their widths before the first row).
WIDTH_SAMPLE = 2000
MAX_WIDTH = 60
SHEET_NAME = "Daftar pegawai"
AUDIT_LABEL = "Daftar pegawai"

# (rows done, rows in all) -> False to cancel.
Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ExportColumn:
    """How one register column is exported. ``kind``: "nip" (18 digits, always text),
    "text", or "date" (a real date)."""

    key: str
    header: str
    kind: str
    attr: str  # the EmployeeRow attribute (usia, masa kerja and keluar are computed)
    width: float | None = None  # fixed; None: fitted to the content


# Every column the register can show, in services.employees.REGISTER_COLUMNS order
# (tests/services/test_register_export.py keeps the two equal).
_COLUMNS = (
    ExportColumn("nip", "NIP", "nip", "nip", 21),
    ExportColumn("nama", "Nama", "text", "nama_lengkap"),
    ExportColumn("golongan", "Gol.", "text", "golongan"),
    ExportColumn("jabatan", "Jabatan", "text", "jabatan"),
    ExportColumn("unit", "Unit kerja", "text", "unit"),
    ExportColumn("status", "Status", "text", "status"),
    ExportColumn("tanggal_lahir", "Tanggal lahir", "date", "tanggal_lahir", 13),
    ExportColumn("usia", "Usia", "text", ""),
    ExportColumn("tmt_golongan", "TMT golongan", "date", "tmt_golongan", 13),
    ExportColumn("masa_kerja", "Masa kerja", "text", ""),
    ExportColumn("tanggal_pensiun", "Tanggal pensiun (BUP)", "date", "tanggal_pensiun", 13),
    ExportColumn("kedudukan_hukum", "Kedudukan hukum", "text", "kedudukan_hukum_nama"),
    ExportColumn("keluar", "Keluar", "text", "keluar"),
)
_BY_KEY = {c.key: c for c in _COLUMNS}


def available_columns() -> tuple[ExportColumn, ...]:
    """Every column the register can show, in its order (services.employees.REGISTER_COLUMNS)."""
    return _COLUMNS


def default_header(key: str) -> str:
    return _BY_KEY[key].header


def format_of(path: Path) -> str | None:
    """The format a file name asks for (by its suffix), or None."""
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def _checked_columns(columns: Sequence[tuple[str, str]] | None) -> list[tuple[ExportColumn, str]]:
    known = {c.key: c for c in available_columns()}
    if columns is None:
        return [(known[k], known[k].header) for k in DEFAULT_COLUMNS]
    chosen: list[tuple[ExportColumn, str]] = []
    unknown = [key for key, _header in columns if key not in known]
    if unknown:
        raise ValidationFailed(
            [
                FieldProblem(
                    "columns",
                    f"Kolom {', '.join(unknown)} tidak dikenal; yang ada: "
                    + ", ".join(known)
                    + ".",
                )
            ]
        )
    if not columns:
        raise ValidationFailed([FieldProblem("columns", pesan("Pilih setidaknya satu kolom."))])
    for key, header in columns:
        chosen.append((known[key], header or known[key].header))
    return chosen


class _Values:
    """The exported value of each column for one row (typed: dates stay dates)."""

    def __init__(
        self,
        columns: Sequence[ExportColumn],
        today: date,
        keluar_labels: Mapping[str, str] | None = None,
    ) -> None:
        from asn_desktop.services.employees import masa_kerja_text, usia_text

        def usia(row: EmployeeRow) -> str:
            return usia_text(row, today)

        def masa_kerja(row: EmployeeRow) -> str:
            return masa_kerja_text(row, today)

        def keluar(row: EmployeeRow) -> str:
            return _keluar_text(row, keluar_labels)

        computed: dict[str, Callable[[EmployeeRow], Any]] = {
            "usia": usia,
            "masa_kerja": masa_kerja,
            "keluar": keluar,
        }
        self.getters = [computed.get(c.key) or _attr_getter(c.attr) for c in columns]

    def __call__(self, row: EmployeeRow) -> list[Any]:
        return [get(row) for get in self.getters]


def _attr_getter(attr: str) -> Callable[[EmployeeRow], Any]:
    def get(row: EmployeeRow) -> Any:
        value = getattr(row, attr)
        return "" if value is None else value

    return get


def _keluar_text(row: EmployeeRow, labels: Mapping[str, str] | None) -> str:
    """'Pensiun, 01-04-2026' for a leaver (as the register shows it), '' for active staff.
    ``labels``: the kinds of leaving in the window's language (default: Indonesian)."""
    jenis = row.keluar
    if not jenis:
        return ""
    if labels is not None and jenis in labels:
        label = labels[jenis]
    else:
        from asn_desktop.domain.pemberhentian import KELUAR_LABELS, Keluar

        try:
            label = KELUAR_LABELS[Keluar(jenis)]
        except (KeyError, ValueError):
            label = jenis
    tanggal = row.keluar_tanggal
    return f"{label}, {format_tanggal_angka(tanggal)}" if tanggal else label


def _fitted_width(header: str, values: Sequence[Any]) -> float:
    longest = max((len(v) for v in values if isinstance(v, str)), default=0)
    return float(min(max(len(header), longest, 4) + 2, MAX_WIDTH))


class RegisterExport:
    """The register view to a file (or a stream), as the EXPORT use case."""

    def __init__(self, db: Database) -> None:
        from asn_desktop.services.employees import EmployeeService

        self.db = db
        self.employees = EmployeeService(db)

    # -- the use cases ------------------------------------------------------------------------

    @use_case(Permission.EXPORT)
    def write(
        self,
        path: Path,
        query: EmployeeQuery,
        columns: Sequence[tuple[str, str]] | None = None,
        *,
        fmt: str | None = None,
        limit: int | None = None,
        progress: Progress | None = None,
        today: date | None = None,
        keluar_labels: Mapping[str, str] | None = None,
    ) -> int:
        """Write the rows of ``query`` (the first ``limit``) with ``columns`` ((key,
        header) pairs; default: the register's six) to ``path`` in ``fmt`` (default: by
        the suffix). The number of rows written. ``progress(done, total)`` returning
        False cancels: ExportCancelled, and no file is left. ``keluar_labels``: how the
        Keluar column names each kind of leaving (the window passes its language's)."""
        fmt = fmt or format_of(path)
        if fmt not in FORMATS:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "path",
                        pesan(
                            "Jenis berkas '{nilai}' tidak dikenal; pilih .xlsx, .csv atau .json.",
                            nilai=path.suffix or path.name,
                        ),
                    )
                ]
            )
        chosen = _checked_columns(columns)
        today = today or date.today()
        ids = self._ids(query, limit)
        total = len(ids)
        if progress is not None and not progress(0, total):
            raise ExportCancelled()
        values = _Values([c for c, _h in chosen], today, keluar_labels)
        if fmt == "xlsx":
            count = self._write_xlsx(path, query, chosen, values, ids, progress, today)
        else:
            with (
                written_beside(path) as temp,
                temp.open(
                    "w", encoding="utf-8-sig" if fmt == "csv" else "utf-8", newline=""
                ) as handle,
            ):
                count = self._write_text(handle, fmt, chosen, values, ids, progress)
        self._audit(count, path.name)
        if progress is not None:
            progress(count, total)
        return count

    @use_case(Permission.EXPORT)
    def write_stream(
        self,
        stream: TextIO,
        query: EmployeeQuery,
        columns: Sequence[tuple[str, str]] | None = None,
        *,
        fmt: str,
        limit: int | None = None,
        text: Callable[[str], str] | None = None,
        today: date | None = None,
    ) -> int:
        """CSV or JSON to ``stream`` (the CLI's stdout; no byte order mark there);
        ``text`` filters every string (the CLI escapes control characters for a
        terminal). The number of rows written."""
        if fmt not in ("csv", "json"):
            raise ValueError(f"cannot stream {fmt!r}")
        chosen = _checked_columns(columns)
        ids = self._ids(query, limit)
        values = _Values([c for c, _h in chosen], today or date.today())
        count = self._write_text(stream, fmt, chosen, values, ids, None, text=text, ascii_json=True)
        self._audit(count, "keluaran standar (stdout)")
        return count

    # -- reading ------------------------------------------------------------------------------

    def _ids(self, query: EmployeeQuery, limit: int | None) -> list[int]:
        ids = self.employees.search_ids(query)
        return ids if limit is None else ids[:limit]

    def _pages(self, ids: Sequence[int]) -> Iterator[list[EmployeeRow]]:
        """The rows of ``ids`` in that order, a page at a time (rows deleted meanwhile
        are left out, as the register shows them no longer)."""
        rows = self.employees.rows
        for start in range(0, len(ids), ROW_BATCH):
            batch = ids[start : start + ROW_BATCH]
            found = rows(batch)
            yield [found[i] for i in batch if i in found]

    def title(self, query: EmployeeQuery, today: date) -> str:
        """'Daftar pegawai — <agency> — <filters> (dicetak dd-mm-yyyy)'."""
        parts = [SHEET_NAME]
        agency = self.db.agency_name
        if agency:
            parts.append(agency)
        scope = self.scope(query)
        if scope:
            parts.append(scope)
        return " — ".join(parts) + f" (dicetak {format_tanggal_angka(today)})"

    def scope(self, query: EmployeeQuery) -> str:
        """The filters of ``query`` in words ('' for the whole register)."""
        from sqlalchemy import select

        from asn_desktop.db.models import OrgUnit
        from asn_desktop.services.employees import golongan_text

        bits: list[str] = []
        keadaan = getattr(query, "keadaan", "aktif")
        if keadaan == "nonaktif":
            bits.append("pegawai nonaktif")
        elif keadaan == "semua":
            bits.append("aktif dan nonaktif")
        if query.unit_id is not None:
            with self.db.reading() as session:
                nama = session.scalar(select(OrgUnit.nama).where(OrgUnit.id == query.unit_id))
            bits.append(f"unit {nama or query.unit_id}")
        if query.golongan_id is not None:
            bits.append(f"golongan {golongan_text(query.golongan_id)}")
        if query.status:
            bits.append(f"status {query.status}")
        if query.jenis_jabatan:
            bits.append(f"jenis jabatan {query.jenis_jabatan}")
        if query.search.strip():
            bits.append(f"pencarian “{' '.join(query.search.split())}”")
        return ", ".join(bits)

    # -- writing ------------------------------------------------------------------------------

    def _write_xlsx(
        self,
        path: Path,
        query: EmployeeQuery,
        chosen: Sequence[tuple[ExportColumn, str]],
        values: _Values,
        ids: Sequence[int],
        progress: Progress | None,
        today: date,
    ) -> int:
        pages = self._pages(ids)
        # The first rows are read before the sheet begins: the widths come from them.
        sample: list[list[Any]] = []
        for page in pages:
            sample.extend(values(r) for r in page)
            if len(sample) >= WIDTH_SAMPLE:
                break
        columns = []
        for index, (column, header) in enumerate(chosen):
            width = column.width
            if width is None:
                width = _fitted_width(header, [row[index] for row in sample])
            columns.append(Column(header, width, text=column.kind == "nip"))

        def rows() -> Iterator[list[Any]]:
            yield from sample
            for page in pages:
                for row in page:
                    yield values(row)

        total = len(ids)
        written: Callable[[int], bool] | None = None
        if progress is not None:
            report = progress

            def written(done: int) -> bool:
                return report(done, total)

        sheet = Sheet(SHEET_NAME, columns, rows(), title=self.title(query, today))
        return write_xlsx(path, [sheet], progress=written)

    def _write_text(
        self,
        handle: TextIO,
        fmt: str,
        chosen: Sequence[tuple[ExportColumn, str]],
        values: _Values,
        ids: Sequence[int],
        progress: Progress | None,
        *,
        text: Callable[[str], str] | None = None,
        ascii_json: bool = False,
    ) -> int:
        kinds = [c.kind for c, _h in chosen]
        keys = [c.key for c, _h in chosen]
        total = len(ids)
        count = 0
        writer = csv.writer(handle) if fmt == "csv" else None
        if writer is not None:
            writer.writerow([_csv_cell(h, "text", text) for _c, h in chosen])
        else:
            handle.write("[")
        for page in self._pages(ids):
            for row in page:
                cells = values(row)
                if writer is not None:
                    writer.writerow(
                        [_csv_cell(v, k, text) for v, k in zip(cells, kinds, strict=True)]
                    )
                else:
                    item = {key: _json_value(v, text) for key, v in zip(keys, cells, strict=True)}
                    handle.write(",\n " if count else "\n ")
                    handle.write(json.dumps(item, ensure_ascii=ascii_json))
                count += 1
            if progress is not None and not progress(count, total):
                raise ExportCancelled()
        if writer is None:
            handle.write("\n]\n" if count else "]\n")
        return count

    def _audit(self, count: int, where: str) -> None:
        from asn_desktop.services.audit import record

        with self.db.unit_of_work() as session:
            record(
                session,
                "export",
                label=AUDIT_LABEL,
                detail=f"{count} baris ke {where}",
            )


def _csv_cell(value: Any, kind: str, text: Callable[[str], str] | None) -> Any:
    if isinstance(value, date):
        return format_tanggal_angka(value)
    if kind == "nip" and isinstance(value, str) and value.isdigit():
        # Excel reads ="..." as text: all 18 digits, not 1.98503E+17.
        return f'="{value}"'
    if isinstance(value, str):
        value = cell_safe(value)
        return text(value) if text is not None else value
    return value


def _json_value(value: Any, text: Callable[[str], str] | None) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and text is not None:
        return text(value)
    return value
