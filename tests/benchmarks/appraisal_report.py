"""`report appraisals` on a city-scale database against the same query run raw.

Ours: AppraisalListService.report(year) (the service behind `asn-desktop report appraisals
--format json`) plus the JSON text the command prints. Floor: the same SELECT through
sqlite3, the same label lookups and the same json.dumps. Run by run_benchmarks.py, or alone:

    python tests/benchmarks/appraisal_report.py DB.sqlite
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any


def _raw_sql(stmt: Any) -> str:
    from sqlalchemy.dialects import sqlite

    return str(stmt.compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}))


def counts(db: Path) -> tuple[int, int, int]:
    """(employees, evaluations, the year with most year-end evaluations)."""
    conn = sqlite3.connect(db)
    try:
        employees = conn.execute(
            "SELECT count(*) FROM employee WHERE deleted_at IS NULL"
        ).fetchone()[0]
        evaluations = conn.execute(
            "SELECT count(*) FROM evaluasi WHERE deleted_at IS NULL"
        ).fetchone()[0]
        row = conn.execute(
            "SELECT s.tahun FROM evaluasi e JOIN skp s ON s.id = e.skp_id "
            "WHERE e.periode = 'akhir' GROUP BY s.tahun ORDER BY count(*) DESC, s.tahun DESC "
            "LIMIT 1"
        ).fetchone()
        return employees, evaluations, row[0] if row else date.today().year - 1
    finally:
        conn.close()


def measure(db: Path, runs: int = 7) -> tuple[float, float, int]:
    """(ours s, floor s, rows) as medians of interleaved runs."""
    from asn_desktop.domain.kinerja import Predikat, Rating, predikat_label, rating_label
    from asn_desktop.services.appraisal_list import (
        AppraisalListService,
        build_report_query,
        report_status,
    )
    from asn_desktop.services.database import Database

    _, _, tahun = counts(db)
    database = Database.open(db, read_only=True)
    database.assume_user("admin")
    service = AppraisalListService(database)
    sql = _raw_sql(build_report_query(tahun, None, "akhir"))
    raw = sqlite3.connect(db)
    day = date(tahun, 12, 31)

    def ours() -> int:
        rows = service.report(tahun)
        text = json.dumps([r.as_dict() for r in rows], ensure_ascii=True, indent=1)
        return len(rows) + 0 * len(text)

    def floor() -> int:
        ratings = {r.value: rating_label(r, on=day) for r in Rating}
        predikat = {p.value: predikat_label(p, on=day) for p in Predikat}
        out = []
        for r in raw.execute(sql):
            name = " ".join(p for p in (r[1], r[2]) if p)
            out.append({
                "nip": r[0],
                "name": f"{name}, {r[3]}" if r[3] else name,
                "unit": r[4] or "",
                "rating_hasil_kerja": ratings.get(r[5] or "", ""),
                "rating_perilaku": ratings.get(r[6] or "", ""),
                "predikat": predikat.get(r[7] or "", ""),
                "status": report_status(r[8], r[9] or 0),
            })
        text = json.dumps(out, ensure_ascii=True, indent=1)
        return len(out) + 0 * len(text)

    n = ours()
    assert floor() == n, "the floor must produce the same rows"
    ours_t, floor_t = [], []
    for _ in range(runs):
        t = time.perf_counter()
        floor()
        floor_t.append(time.perf_counter() - t)
        t = time.perf_counter()
        ours()
        ours_t.append(time.perf_counter() - t)
    raw.close()
    database.close()
    return statistics.median(ours_t), statistics.median(floor_t), n


if __name__ == "__main__":
    path = Path(sys.argv[1])
    print(counts(path), measure(path))
