"""Raw-SQL helpers shared by the database tests (columns as of revision 0001_register)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

_STAMP = "2025-01-01 00:00:00.000000"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(conn: Any, sql: str, params: tuple[Any, ...]) -> None:
    """`conn` is a sqlite3 connection or a SQLAlchemy Connection (errors stay SQLAlchemy's)."""
    if hasattr(conn, "exec_driver_sql"):
        conn.exec_driver_sql(sql, params)
    else:
        conn.execute(sql, params)


def insert_org_unit(conn: Any, unit_id: int, kode: str, nama: str = "Dinas") -> None:
    _run(
        conn,
        "INSERT INTO org_unit (id, kode, nama, parent_id, path, urutan, uuid, revision,"
        " change_seq, updated_at, updated_by, origin_agency)"
        " VALUES (?, ?, ?, NULL, ?, 0, ?, 1, 0, ?, '', '')",
        (unit_id, kode, nama, f"/{unit_id}/", f"unit-{unit_id}", _STAMP),
    )


def insert_employee(
    conn: Any, employee_id: int, nip: str, unit_id: int | None, nama: str = "Budi"
) -> None:
    _run(
        conn,
        "INSERT INTO employee (id, nip, nama, gelar_depan, gelar_belakang, tempat_lahir,"
        " tanggal_lahir, jenis_kelamin, status_kepegawaian, kedudukan_hukum, nik, email,"
        " telepon, alamat, jabatan_nama, jenis_jabatan, jenjang, unit_id, uuid, revision,"
        " change_seq, updated_at, updated_by, origin_agency)"
        " VALUES (?, ?, ?, '', '', '', '1990-01-01', 'L', 'PNS', '01', '', '', '', '', '', '',"
        " '', ?, ?, 1, 0, ?, '', '')",
        (employee_id, nip, nama, unit_id, f"emp-{employee_id}", _STAMP),
    )


def insert_rank(conn: Any, rank_id: int, employee_id: int) -> None:
    _run(
        conn,
        "INSERT INTO rank_history (id, employee_id, golongan_id, jenis_kp, masa_kerja_tahun,"
        " masa_kerja_bulan, uuid, revision, change_seq, updated_at, updated_by,"
        " origin_agency, tmt, sk_nomor, keterangan)"
        " VALUES (?, ?, 31, '', 0, 0, ?, 1, 0, ?, '', '', '2015-03-01', '', '')",
        (rank_id, employee_id, f"rank-{rank_id}", _STAMP),
    )


def count(path: Path, table: str, where: str = "1") -> int:
    """Row count read through a fresh, read-only sqlite3 connection."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])
    finally:
        conn.close()


def journal_mode_bytes(path: Path) -> bytes:
    """Header bytes 18-19: b'\\x01\\x01' rollback journal, b'\\x02\\x02' WAL."""
    with path.open("rb") as handle:
        return handle.read(20)[18:20]
