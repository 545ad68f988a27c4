"""One line of the register as displayed, made from the columns of its page query.

No SQLAlchemy here: EmployeeService.rows (through Core) and the window's fast first page
(services.quick_start, through sqlite3 before the ORM has loaded) render rows with the same
function, so the two cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from asn_desktop.domain.golongan import GolonganError, golongan_by_id
from asn_desktop.domain.nama import format_nama_lengkap
from asn_desktop.domain.pensiun import tanggal_pensiun

# The columns of the page query, in order (services.employees.build_rows_query; the fast
# path's SQL in services.quick_start): employee columns, the unit's name from org_unit.
ROW_COLUMNS: tuple[str, ...] = (
    "id",
    "nip",
    "gelar_depan",
    "nama",
    "gelar_belakang",
    "golongan_id",
    "jabatan_nama",
    "unit.nama",
    "status_kepegawaian",
    "tanggal_lahir",
    "tmt_golongan",
    "tmt_cpns",
    "kedudukan_hukum",
    "usia_bup_jabatan",
    "keluar",
    "keluar_tanggal",
)


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the register, already rendered for display."""

    id: int
    nip: str
    nama_lengkap: str
    golongan: str
    jabatan: str
    unit: str
    status: str
    tanggal_lahir: date | None = None
    tmt_golongan: date | None = None
    tmt_cpns: date | None = None
    kedudukan_hukum: str = ""
    kedudukan_hukum_nama: str = ""
    tanggal_pensiun: date | None = None  # at the BUP of the current position; None if unknown
    keluar: str = ""  # "" while active, else a domain.pemberhentian.Keluar value
    keluar_tanggal: date | None = None


def golongan_text(golongan_id: int | None) -> str:
    if golongan_id is None:
        return ""
    try:
        return golongan_by_id(golongan_id).ruang
    except GolonganError:
        return f"? ({golongan_id})"


def tanggal_pensiun_of(born: date | None, bup: int | None) -> date | None:
    if born is None or bup is None or bup <= 0:
        return None
    return tanggal_pensiun(born, bup)


def employee_row(values: Sequence[Any], kedudukan: Mapping[str, str]) -> EmployeeRow:
    """The row for one result of the page query (ROW_COLUMNS, dates as date objects);
    `kedudukan`: the kedudukan hukum catalogue, code -> name."""
    return EmployeeRow(
        id=values[0],
        nip=values[1],
        nama_lengkap=format_nama_lengkap(values[2], values[3], values[4]),
        golongan=golongan_text(values[5]),
        jabatan=values[6],
        unit=values[7] or "",
        status=values[8],
        tanggal_lahir=values[9],
        tmt_golongan=values[10],
        tmt_cpns=values[11],
        kedudukan_hukum=values[12],
        kedudukan_hukum_nama=kedudukan.get(values[12], values[12]),
        tanggal_pensiun=tanggal_pensiun_of(values[9], values[13]),
        keluar=values[14],
        keluar_tanggal=values[15],
    )
