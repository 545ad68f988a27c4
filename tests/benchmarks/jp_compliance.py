"""`report jp` on a city-scale database against the same aggregate run raw.

The database: the demo register of 20,000 employees (asn_desktop.demo, register only) plus
5,000 development activities with 200,000 participations over five years and 300 degree
studies, bulk-inserted with sqlite3 (deterministic, seed 2026). Built once and cached in
build/benchmarks/jp-city-20000.sqlite; delete it to rebuild.

Ours: ComplianceService.laporan(year) (the service behind `asn-desktop report jp --format
json`) plus the JSON the command prints. Floor: one SELECT through sqlite3 of the employees
with their unit and the year's credited JP (the same conditions as services.jp_tahunan),
the first rank entry of those without a TMT CPNS, the degree studies, then the same domain
functions for targets (cached the same way), the same unit roll-up and the same json.dumps.
The two documents are checked to be identical. Run by run_benchmarks.py, or alone:

    python tests/benchmarks/jp_compliance.py [DB.sqlite]
"""

from __future__ import annotations

import json
import random
import sqlite3
import statistics
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 27)
TAHUN = 2025  # the last full year: every activity of it has ended by TODAY
EMPLOYEES = 20_000
PARTICIPATIONS = 200_000
ACTIVITIES = 5_000
YEARS = (2022, 2023, 2024, 2025, 2026)
STUDIES = 300
SEED = 2026

_JP = (2, 4, 8, 12, 16, 20, 24, 32, 40)
_JP_WEIGHTS = (4, 6, 14, 12, 16, 14, 12, 8, 6)
_PROVIDERS = (
    "BPSDM Provinsi Jawa Barat",
    "LAN RI",
    "BKPSDM Kota Bandung",
    "Kementerian Kominfo",
    "Universitas Padjadjaran",
    "Institut Teknologi Bandung",
    "Land Transport Authority Singapore",
)
_TOPICS = (
    "Pelayanan Publik Prima",
    "Digitalisasi Layanan",
    "Manajemen Proyek",
    "Keamanan Informasi",
    "Analisis Data",
    "Kepemimpinan Pengawas",
    "Pengelolaan Keuangan Daerah",
    "Penyusunan SKP",
)


def default_path(work: Path | None = None) -> Path:
    return (work or REPO / "build" / "benchmarks") / f"jp-city-{EMPLOYEES}.sqlite"


def _stamp() -> tuple[str, int, int, str, str, str, None]:
    # uuid, revision, change_seq, updated_at, updated_by, origin_agency, deleted_at
    return (str(uuid.uuid4()), 1, 0, f"{TODAY.isoformat()} 00:00:00.000000", "bench", "", None)


_STAMP_COLUMNS = "uuid, revision, change_seq, updated_at, updated_by, origin_agency, deleted_at"


def _fill(path: Path) -> None:
    """Activities, participations and degree studies for the register in ``path``."""
    rng = random.Random(SEED)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        # Whatever the demo itself wrote goes: the figures are this benchmark's own.
        for table in ("peserta_pelatihan", "pelatihan", "tugas_belajar"):
            conn.execute(f"DELETE FROM {table}")
        employees = [r[0] for r in conn.execute("SELECT id FROM employee ORDER BY id")]
        rng.shuffle(employees)
        # A quarter never takes part (the "resistant"); the rest by a skewed weight.
        active = employees[len(employees) // 4 :]
        per_year = ACTIVITIES // len(YEARS)
        sizes = [PARTICIPATIONS // ACTIVITIES] * ACTIVITIES
        for i in range(ACTIVITIES):  # spread the sizes (5-75) keeping the total exact
            j = rng.randrange(ACTIVITIES)
            shift = rng.randint(0, min(sizes[i] - 5, 75 - sizes[j]))
            sizes[i] -= shift
            sizes[j] += shift
        pelatihan, peserta = [], []
        pid = 0
        for tahun in YEARS:
            for _ in range(per_year):
                pid += 1
                mulai = date(tahun, 1, 6) + timedelta(days=rng.randrange(350))
                selesai = mulai + timedelta(days=rng.choice((0, 1, 2, 2, 4)))
                jp = rng.choices(_JP, _JP_WEIGHTS)[0]
                realised = selesai < TODAY and rng.random() < 0.7
                rencana = rng.randrange(2, 60) * 500_000
                pelatihan.append(
                    (
                        pid,
                        f"{rng.choice(_TOPICS)} Angkatan {pid}",
                        str(rng.choice((3, 3, 4, 8, 8, 9, 11, 14, 15))),
                        rng.choice(_PROVIDERS),
                        mulai.isoformat(),
                        selesai.isoformat(),
                        selesai.year,
                        "jp",
                        float(jp),
                        float(jp),
                        "konversi_jp@2019-02-01",
                        rencana,
                        int(rencana * rng.uniform(0.8, 1.05)) if realised else None,
                        rng.choice(("APBD", "APBD", "APBD", "APBN", "HIBAH")),
                        80,
                        *_stamp(),
                    )
                )
                for employee_id in rng.sample(active, sizes[pid - 1]):
                    roll = rng.random()
                    hasil = (
                        "tidak_lulus" if roll < 0.03 else "lulus" if roll < 0.65 else "mengikuti"
                    )
                    kehadiran = rng.randint(50, 79) if rng.random() < 0.05 else 100
                    peserta.append((pid, employee_id, kehadiran, hasil, *_stamp()))
        conn.executemany(
            "INSERT INTO pelatihan (id, nama, jenis_diklat, penyelenggara, mulai, selesai, tahun, "
            "satuan, jumlah, jp, aturan_versi, biaya_rencana, biaya_realisasi, sumber_dana, "
            f"min_kehadiran, latihan_struktural, klasikal, tempat, internasional, "
            f"aturan_dikonfirmasi, kompetensi_kode, catatan, {_STAMP_COLUMNS}) VALUES "
            f"({','.join('?' * 15)}, '', 1, 'Bandung', 0, 1, '', '', {','.join('?' * 7)})",
            pelatihan,
        )
        conn.executemany(
            "INSERT INTO peserta_pelatihan (pelatihan_id, employee_id, kehadiran, hasil, "
            f"sttp_nomor, catatan, {_STAMP_COLUMNS}) VALUES (?, ?, ?, ?, '', '', "
            f"{','.join('?' * 7)})",
            peserta,
        )
        studies = []
        for employee_id in rng.sample(employees, STUDIES):
            mulai = date(rng.choice((2021, 2022, 2023, 2024, 2025)), rng.choice((2, 8)), 1)
            done = rng.random() < 0.4
            selesai = mulai + timedelta(days=rng.choice((730, 912, 1095)))
            status = "lulus" if done and selesai < TODAY else "berjalan"
            studies.append((employee_id, mulai.isoformat(), selesai.isoformat(), status, *_stamp()))
        conn.executemany(
            "INSERT INTO tugas_belajar (employee_id, jenis, jenjang, program_studi, institusi, "
            "internasional, mulai, selesai, status, sk_nomor, biaya, sumber_dana, aturan_versi, "
            f"catatan, {_STAMP_COLUMNS}) VALUES (?, 'tugas_belajar', 'S2', 'Administrasi "
            "Publik', 'Universitas Padjadjaran', 0, ?, ?, ?, '', 0, '', '', '', "
            f"{','.join('?' * 7)})",
            studies,
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build(path: Path | None = None) -> tuple[Path, float]:
    """The cached benchmark database (built when missing) and the seconds building took."""
    from asn_desktop.services.database import Database

    path = path or default_path()
    if path.exists():
        Database.open(path).close()  # to this program's schema, outside any measurement
        return path, 0.0
    from asn_desktop.demo import generate_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    started = time.perf_counter()
    db = Database.open(tmp, create=True)
    try:
        generate_demo(db, employees=EMPLOYEES, seed=SEED, today=TODAY, appraisals=False)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    _fill(tmp)
    elapsed = time.perf_counter() - started
    tmp.rename(path)
    return path, elapsed


def counts(path: Path) -> tuple[int, int, int]:
    """(employees, participations, activities)."""
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT count(*) FROM employee WHERE deleted_at IS NULL").fetchone()[0],
            conn.execute("SELECT count(*) FROM peserta_pelatihan").fetchone()[0],
            conn.execute("SELECT count(*) FROM pelatihan").fetchone()[0],
        )
    finally:
        conn.close()


# -- the floor ------------------------------------------------------------------------------

_FLOOR_SQL = """
SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, e.status_kepegawaian,
       e.tmt_cpns, e.tanggal_lahir, e.jenis_jabatan, e.jenjang, e.usia_bup_jabatan,
       e.unit_id, u.kode, u.nama, coalesce(j.jp, 0)
FROM employee e
LEFT JOIN org_unit u ON u.id = e.unit_id
LEFT JOIN (
    SELECT p.employee_id, sum(k.jp) AS jp
    FROM peserta_pelatihan p JOIN pelatihan k ON k.id = p.pelatihan_id
    WHERE k.tahun = :tahun AND p.deleted_at IS NULL AND k.deleted_at IS NULL
      AND p.hasil != 'tidak_lulus' AND p.kehadiran >= k.min_kehadiran AND k.selesai <= :as_of
    GROUP BY p.employee_id
) j ON j.employee_id = e.id
WHERE e.deleted_at IS NULL
"""
_FIRST_RANK_SQL = """
SELECT r.employee_id, min(r.tmt) FROM rank_history r JOIN employee e ON e.id = r.employee_id
WHERE e.tmt_cpns IS NULL AND e.deleted_at IS NULL AND r.deleted_at IS NULL
GROUP BY r.employee_id
"""
_STUDY_SQL = (
    "SELECT employee_id, mulai, selesai, internasional FROM tugas_belajar WHERE deleted_at IS NULL"
)
_UNITS_SQL = "SELECT id, kode, nama, parent_id, path, urutan FROM org_unit WHERE deleted_at IS NULL"


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else round(value, 2)


def floor_document(conn: sqlite3.Connection, tahun: int, as_of: date) -> dict[str, Any]:
    from asn_desktop.domain import format_nama_lengkap
    from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional
    from asn_desktop.domain.jp import jp_tugas_belajar, target_jp
    from asn_desktop.domain.pensiun import tanggal_pensiun, usia_bup
    from asn_desktop.services.policies import policy

    awal_tahun, akhir_tahun = date(tahun, 1, 1), date(tahun, 12, 31)
    study: dict[int, float] = {}
    for eid, mulai, selesai, internasional in conn.execute(_STUDY_SQL):
        start = date.fromisoformat(mulai)
        end = min(date.fromisoformat(selesai), as_of) if selesai else as_of
        if end >= start:
            jp = jp_tugas_belajar(start, end, internasional=bool(internasional)).get(tahun)
            if jp:
                study[eid] = study.get(eid, 0.0) + jp
    first_rank = {e: date.fromisoformat(t) for e, t in conn.execute(_FIRST_RANK_SQL) if t}
    bup_cache: dict[tuple[str, str], int | None] = {}
    target_cache: dict[tuple[str, date | None, date | None], float] = {}
    people = []
    for r in conn.execute(_FLOOR_SQL, {"tahun": tahun, "as_of": as_of.isoformat()}):
        eid = r[0]
        mulai = _day(r[6]) or first_rank.get(eid)
        selesai = None
        bup = r[10] if r[10] else None
        if bup is None:
            key = (r[8], r[9])
            if key not in bup_cache:
                try:
                    bup_cache[key] = usia_bup(
                        policy("bup"),
                        JenisJabatan(r[8]),
                        JenjangFungsional(r[9]) if r[9] else None,
                        on=akhir_tahun,
                    )
                except ValueError:
                    bup_cache[key] = None
            bup = bup_cache[key]
        if bup is not None:
            selesai = tanggal_pensiun(date.fromisoformat(r[7]), bup) - timedelta(days=1)
        awal = mulai if mulai and mulai > awal_tahun else None
        akhir = selesai if selesai and selesai < akhir_tahun else None
        if (awal or awal_tahun) > (akhir or akhir_tahun):
            continue
        tkey = (r[5], awal, akhir)
        if tkey not in target_cache:
            target_cache[tkey] = target_jp(r[5], tahun, mulai_kerja=awal, selesai_kerja=akhir)
        target = target_cache[tkey]
        jp = round(float(r[14]) + study.get(eid, 0.0), 2)
        printed = format_nama_lengkap(r[2], r[3], r[4])
        people.append((r[11], r[3], eid, r[1], r[5], jp, target, printed))
    # The unit tree, parents first, siblings by urutan then name.
    rows = conn.execute(_UNITS_SQL).fetchall()
    children: dict[int | None, list[Any]] = {}
    for u in rows:
        children.setdefault(u[3], []).append(u)
    tree: list[Any] = []

    def walk(parent: int | None) -> None:
        for u in sorted(children.get(parent, []), key=lambda u: (u[5], u[2], u[0])):
            tree.append(u)
            walk(u[0])

    walk(None)
    order = {u[0]: i for i, u in enumerate(tree)}
    paths = {u[0]: u[4] for u in tree}
    people.sort(key=lambda p: (order.get(p[0], len(order)) if p[0] is not None else len(order) + 1,
                               p[1].casefold(), p[2]))  # fmt: skip
    staff = dict.fromkeys(order, 0)
    meeting = dict.fromkeys(order, 0)
    for unit_id, _, _, _, _, jp, target, _ in people:
        if unit_id not in paths:
            continue
        for a in paths[unit_id].strip("/").split("/"):
            if a and int(a) in staff:
                staff[int(a)] += 1
                meeting[int(a)] += 1 if jp >= target else 0
    return {
        "year": tahun,
        "employees": [
            {"nip": p[3], "name": p[7], "status": p[4], "jp": _number(p[5]),
             "target": _number(p[6]), "meets_target": p[5] >= p[6]}
            for p in people
        ],
        "units": [
            {"code": u[1], "name": u[2], "staff": staff[u[0]], "meeting_target": meeting[u[0]]}
            for u in tree
        ],
    }  # fmt: skip


def measure(path: Path, runs: int = 7) -> tuple[float, float, int]:
    """(ours s, floor s, employees in the report) as medians of interleaved runs."""
    from asn_desktop.cli.report_commands import jp_document
    from asn_desktop.services.database import Database
    from asn_desktop.services.jp_compliance import ComplianceService

    database = Database.open(path, read_only=True)
    database.assume_user("admin")
    service = ComplianceService(database)
    raw = sqlite3.connect(path)

    def ours() -> str:
        return json.dumps(jp_document(service.laporan(TAHUN, as_of=TODAY)), indent=1)

    def floor() -> str:
        return json.dumps(floor_document(raw, TAHUN, TODAY), indent=1)

    text = ours()
    assert floor() == text, "the floor must produce the same document"
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
    return statistics.median(ours_t), statistics.median(floor_t), len(json.loads(text)["employees"])


def profile(path: Path) -> None:
    """Where the service's time goes (python tests/benchmarks/jp_compliance.py --profile)."""
    import cProfile
    import pstats

    from asn_desktop.services.database import Database
    from asn_desktop.services.jp_compliance import ComplianceService

    database = Database.open(path, read_only=True)
    database.assume_user("admin")
    service = ComplianceService(database)
    service.laporan(TAHUN, as_of=TODAY)
    cProfile.runctx(
        "service.laporan(TAHUN, as_of=TODAY)", globals(), {"service": service}, "/tmp/jp.prof"
    )
    pstats.Stats("/tmp/jp.prof").sort_stats("cumulative").print_stats(25)
    database.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    db_path, built = build(Path(args[0]) if args else None)
    if built:
        print(f"built {db_path} in {built:.1f} s")
    if "--profile" in sys.argv:
        profile(db_path)
    else:
        print(counts(db_path), measure(db_path))
