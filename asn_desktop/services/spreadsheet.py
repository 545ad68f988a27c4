"""Tables written to .xlsx the way a clerk expects: a title row, a frozen header, column
widths, identifiers (NIP) as text so Excel keeps all 18 digits, and nothing half-written.

openpyxl's write-only mode streams rows, so 200,000 rows never sit in memory as cells. The
file is written beside the target under a temporary name and renamed only when complete:
a failure, a cancel or a full disk leaves the old file (or none), never a torn one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.permissions import use_case

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = [
    "Column",
    "ExportCancelled",
    "Sheet",
    "SpreadsheetExport",
    "cell_safe",
    "write_xlsx",
    "written_beside",
]

# The characters XML 1.0 cannot carry (what openpyxl refuses), without importing openpyxl.
_ILLEGAL = {c for c in range(0x20) if c not in (0x09, 0x0A, 0x0D)}
_TRANSLATE = dict.fromkeys(_ILLEGAL, "\ufffd")
# What Excel runs as a formula when a cell starts with it.
_FORMULA_START = frozenset(("=", "+", "-", "@", "\t", "\r"))
# How often the progress callback is asked (and may cancel).
PROGRESS_EVERY = 500


class ExportCancelled(ServiceError):
    """The clerk cancelled an export; no file was written."""

    def __init__(self) -> None:
        super().__init__("Ekspor dibatalkan; berkas tidak dibuat.")


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 14
    text: bool = False  # identifiers: stored as text, shown left-aligned, never 1.98E+17
    number_format: str | None = None  # e.g. "#,##0" for rupiah, "0.0" for JP


@dataclass(frozen=True)
class Sheet:
    name: str
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    title: str = ""  # the first row, e.g. "Kepatuhan JP 2026 — Dinas ... (dicetak 2 Des 2026)"
    footer: Sequence[Sequence[Any]] = ()  # rows after a blank one: totals, budget


def cell_safe(value: Any) -> Any:
    """A value that Excel stores as it is: no illegal XML characters, and no text that
    Excel would run as a formula (an imported name "=HYPERLINK(...)" stays text)."""
    if isinstance(value, str):
        # Every illegal character is unprintable: the common, printable text skips the
        # translation (a 200,000-row export calls this a million times).
        if not value.isprintable():
            value = value.translate(_TRANSLATE)
        if value[:1] in _FORMULA_START:
            return "'" + value
    return value


def _sheet_title(name: str) -> str:
    # Excel's limits for a sheet name: 31 characters, none of []:*?/\
    cleaned = "".join("_" if c in "[]:*?/\\" else c for c in name).strip() or "Data"
    return cleaned[:31]


def _column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _write_sheet(book: Any, sheet: Sheet, progress: Callable[[int], bool] | None) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    ws = book.create_sheet(_sheet_title(sheet.name))
    for index, column in enumerate(sheet.columns):
        ws.column_dimensions[_column_letter(index)].width = column.width
    bold = Font(bold=True)
    header_row = 2 if sheet.title else 1
    # Write-only sheets write their view with the first row: freeze before appending.
    ws.freeze_panes = f"A{header_row + 1}"
    if sheet.title:
        title = WriteOnlyCell(ws, value=cell_safe(sheet.title))
        title.font = Font(bold=True, size=12)
        ws.append([title])
    headers = []
    for column in sheet.columns:
        cell = WriteOnlyCell(ws, value=cell_safe(column.header))
        cell.font = bold
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        headers.append(cell)
    ws.append(headers)
    count = 0
    for row in sheet.rows:
        cells: list[Any] = []
        for column, value in zip(sheet.columns, row, strict=False):
            if isinstance(value, str) and not column.text:
                cells.append(cell_safe(value))  # the most common cell first
            elif column.text:
                cell = WriteOnlyCell(ws, value=cell_safe("" if value is None else str(value)))
                cell.number_format = "@"
                cells.append(cell)
            elif column.number_format and isinstance(value, int | float):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = column.number_format
                cells.append(cell)
            elif isinstance(value, date | datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "DD-MM-YYYY"
                cells.append(cell)
            else:
                cells.append(cell_safe(value))
        ws.append(cells)
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(count):
            ws.close()  # ends openpyxl's row writer now, not at garbage collection
            raise ExportCancelled()
    if sheet.footer:
        ws.append([])
        for extra in sheet.footer:
            ws.append([cell_safe(v) for v in extra])
    return count


@contextlib.contextmanager
def written_beside(out: Path) -> Iterator[Path]:
    """A temporary path in ``out``'s folder; renamed to ``out`` when the block ends
    normally, removed when it ends by an exception (a cancel included)."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    except OSError as exc:
        raise ServiceError(
            pesan(
                "Tidak bisa menulis di folder {parent}: {nilai}",
                parent=out.parent,
                nilai=exc.strerror or exc,
            )
        ) from None
    os.close(fd)
    temp = Path(name)
    try:
        yield temp
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, out)
    except OSError as exc:
        raise ServiceError(
            pesan("{out} tidak bisa ditulis: {nilai}", out=out, nilai=exc.strerror or exc)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def write_xlsx(
    out: Path, sheets: Sequence[Sheet], *, progress: Callable[[int], bool] | None = None
) -> int:
    """Write ``sheets`` to ``out`` (replacing it only when complete); the number of data rows
    written. ``progress(rows_so_far)`` returning False cancels (ExportCancelled)."""
    from openpyxl import Workbook  # only an export pays for openpyxl

    book = Workbook(write_only=True)
    total = 0
    with written_beside(out) as temp:
        try:
            for sheet in sheets:
                total += _write_sheet(book, sheet, progress)
            book.save(str(temp))
        except BaseException:
            _discard(book)
            raise
    return total


def _discard(book: Any) -> None:
    """End a write-only book that will not be saved: openpyxl keeps each sheet's rows in a
    temporary file of its own until save (or the process's end); remove them now, so that
    a cancelled 200,000-row export leaves nothing in the temp folder."""
    for ws in book.worksheets:
        with contextlib.suppress(Exception):
            ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None:
            with contextlib.suppress(Exception):
                writer.cleanup()


class SpreadsheetExport:
    """The export of a table a page shows, as a use case: the EXPORT permission (read
    afresh in the worker, as every use case does) and an entry in the audit trail."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.EXPORT)
    def write(
        self,
        path: Path,
        sheets: Sequence[Sheet],
        *,
        label: str,
        progress: Callable[[int], bool] | None = None,
    ) -> int:
        from asn_desktop.services.audit import record

        count = write_xlsx(path, sheets, progress=progress)
        with self.db.unit_of_work() as session:
            record(session, "export", label=label, detail=f"{count} baris ke {path.name}")
        return count
