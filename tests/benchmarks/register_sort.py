"""Every sortable column of the register, on SQLite and PostgreSQL, at stress scale.

The issue's goal: the slowest sortable column at most 2x the fastest. Each sort is the
register's own path: EmployeeService.search_ids (the id list in SQL order) plus the table
model rendering the first page, as the view paints it. The floor of a database is its
fastest column in the same run, so the figure is "slowest column / fastest column".

PostgreSQL gets the employee and unit rows of the SQLite stress database copied into a
fresh schema made by the program's own migrations (the register reads nothing else), so
both engines sort the same 200,000 people. Set ASN_BENCH_POSTGRES_URL (or
ASN_TEST_POSTGRES_URL) to a database that may be wiped; without it PostgreSQL is skipped.
Run by run_benchmarks.py, or alone:

    python tests/benchmarks/register_sort.py STRESS.sqlite [RUNS]
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
BATCH = 5_000


@dataclass
class SortTimes:
    engine: str
    employees: int
    ms: dict[str, float]  # sort key (ascending) -> median ms

    @property
    def fastest(self) -> tuple[str, float]:
        return min(self.ms.items(), key=lambda kv: kv[1])

    @property
    def slowest(self) -> tuple[str, float]:
        return max(self.ms.items(), key=lambda kv: kv[1])


def postgres_url() -> str | None:
    return os.environ.get("ASN_BENCH_POSTGRES_URL") or os.environ.get("ASN_TEST_POSTGRES_URL")


def _time_sorts(database: Any, runs: int) -> SortTimes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from asn_desktop.services.employees import SORT_KEYS, EmployeeQuery, EmployeeService
    from asn_desktop.ui.employee_table_model import PAGE_SIZE, EmployeeTableModel

    _app = QApplication.instance() or QApplication([])
    service = EmployeeService(database)
    model = EmployeeTableModel(service.rows)
    # Sorting by the leaving date only makes sense among those who left; the register
    # offers it on every view, so it is timed like the others, on all active staff.
    cases: dict[str, Callable[[], None]] = {}
    for key in SORT_KEYS:
        query = EmployeeQuery(sort=key)

        def run(query: EmployeeQuery = query) -> None:
            ids = service.search_ids(query)
            model.set_ids(ids)
            for row in range(min(PAGE_SIZE, len(ids))):
                model.data(model.index(row, 1))

        cases[key] = run
    for run in cases.values():
        run()  # warm the page cache
    times: dict[str, list[float]] = {key: [] for key in cases}
    for _ in range(runs):
        for key, run in cases.items():  # interleaved, so drift hits every column alike
            t = time.perf_counter()
            run()
            times[key].append(time.perf_counter() - t)
    count = len(service.search_ids(EmployeeQuery()))
    return SortTimes(
        database.engine.dialect.name,
        count,
        {key: statistics.median(v) * 1000 for key, v in times.items()},
    )


def measure_sqlite(stress: Path, runs: int) -> SortTimes:
    from asn_desktop.services.database import Database

    database = Database.open(stress)
    database.assume_user("admin")
    try:
        return _time_sorts(database, runs)
    finally:
        database.close()


def copy_to_postgres(stress: Path, url: str) -> float:
    """A fresh schema on `url` with the stress database's units and employees; seconds."""
    from sqlalchemy import create_engine, text

    from asn_desktop.services.database import Database

    started = time.perf_counter()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    Database.open(url, create=True).close()
    src = sqlite3.connect(str(stress))
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            for table in ("app_meta", "app_user", "org_unit", "employee"):
                columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
                if table == "app_meta":
                    conn.execute(text("DELETE FROM app_meta"))
                names = ", ".join(columns)
                cursor = src.execute(f"SELECT {names} FROM {table} ORDER BY 1")
                with raw.cursor() as pg, pg.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    while rows := cursor.fetchmany(BATCH):
                        for row in rows:
                            copy.write_row(row)
            conn.execute(text("ANALYZE"))
    finally:
        src.close()
        engine.dispose()
    return time.perf_counter() - started


def measure_postgres(stress: Path, url: str, runs: int) -> tuple[SortTimes, float]:
    from asn_desktop.services.database import Database

    copied = copy_to_postgres(stress, url)
    database = Database.open(url)
    database.assume_user("admin")
    try:
        return _time_sorts(database, runs), copied
    finally:
        database.close()


def main() -> int:
    stress = Path(sys.argv[1])
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    results = [measure_sqlite(stress, runs)]
    url = postgres_url()
    if url:
        results.append(measure_postgres(stress, url, runs)[0])
    for r in results:
        print(f"{r.engine} ({r.employees:,} active employees)")
        for key, ms in sorted(r.ms.items(), key=lambda kv: kv[1]):
            print(f"  {key:16} {ms:8.1f} ms")
        (fk, fast), (sk, slow) = r.fastest, r.slowest
        print(f"  slowest {sk} / fastest {fk} = {slow / fast:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
