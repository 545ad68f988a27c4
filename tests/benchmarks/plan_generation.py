"""Generating the yearly development plan (AKPK) for 20,000 employees, and where it goes.

The database: the city database of run_benchmarks.py (the demo register of 20,000 employees
with its appraisals, whose year-end evaluations of 2025 hold the performance gaps) copied,
plus its competency data, bulk-inserted with sqlite3 (deterministic, seed 2026): 4,000
classroom and nonklasikal activities 2022-2025 with 160,000 participations (a quarter of the
staff never takes part, so many are below 20 JP in 2025), each tied to a competency and a
provider with reaction scores; assessments of 55% of the staff on the nine manajerial and
sosial kultural competencies; the agency's own standards (fungsional keahlian 3,
keterampilan 2, pelaksana 2 on four competencies); and a budget for 2026 that falls short.
Built once and cached in build/benchmarks/plan-city-20000.sqlite; delete it to rebuild.

Ours: PlanService.generate(2026) as drafted on 15 December 2025, from no plan: reading the
inputs (register, profiles, the compliance report of 2025, the performance gaps of 2025,
the providers, the budget), the needs and the allocation (domain.akpk), writing the plan
(one executemany, stamped, one audit entry). Its GenerateResult says how long each phase
took. Floor: the same inputs read raw through sqlite3 (the SELECTs of the register, the
assessments, the credited JP, the evaluations' gaps) and the same item rows inserted raw
with executemany in one transaction (rolled back). The plans a run leaves are purged
(raw DELETE, outside the measurement) before the next run. Run by run_benchmarks.py, or
alone:

    python tests/benchmarks/plan_generation.py [CITY.sqlite]
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import sys
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

TAHUN = 2026  # the plan's year: it reads the appraisals and the JP of 2025
TODAY = date(2025, 12, 15)  # the day it is drafted
EMPLOYEES = 20_000
ACTIVITIES = 4_000
PARTICIPATIONS = 160_000
YEARS = (2022, 2023, 2024, 2025)
ASSESSED = 0.55
BUDGET = {"APBD": 2_500_000_000, "HIBAH": 250_000_000}
SEED = 2026

_PROVIDERS = (
    "BPSDM Provinsi Jawa Barat",
    "LAN RI",
    "BKPSDM Kota Bandung",
    "Kementerian Kominfo",
    "Universitas Padjadjaran",
    "Institut Teknologi Bandung",
    "Pusdiklat Kemendagri",
    "Lembaga Pelatihan Swasta Terakreditasi",
)
_KLASIKAL = ("3", "3", "4", "5", "6", "8", "8", "9", "11")
_NONKLASIKAL = ("14", "15", "16", "22", "23")
_JP = (4, 8, 12, 16, 20, 24, 32, 40)
_JP_WEIGHTS = (8, 14, 12, 16, 14, 12, 8, 6)


def default_path(work: Path | None = None) -> Path:
    return (work or REPO / "build" / "benchmarks") / f"plan-city-{EMPLOYEES}.sqlite"


def _stamp() -> tuple[str, int, int, str, str, str, None]:
    # uuid, revision, change_seq, updated_at, updated_by, origin_agency, deleted_at
    return (str(uuid.uuid4()), 1, 0, "2025-12-01 00:00:00.000000", "bench", "", None)


_STAMP_COLUMNS = "uuid, revision, change_seq, updated_at, updated_by, origin_agency, deleted_at"
_STAMP_MARKS = ",".join("?" * 7)


def _fill(path: Path) -> None:
    """The competency data of the copied city database in ``path``."""
    from asn_desktop.domain.kompetensi import kompetensi_baku, standar_bawaan

    rng = random.Random(SEED)
    codes = [k.kode for k in kompetensi_baku(date(TAHUN, 1, 1))]
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in (
            "rencana_item", "rencana_pengembangan", "asesmen_nilai", "asesmen",
            "standar_kompetensi", "peserta_pelatihan", "pelatihan", "anggaran_pelatihan",
        ):  # fmt: skip
            conn.execute(f"DELETE FROM {table}")
        people = conn.execute(
            "SELECT id, jenis_jabatan FROM employee WHERE deleted_at IS NULL ORDER BY id"
        ).fetchall()
        ids = [p[0] for p in people]
        rng.shuffle(ids)
        active = ids[len(ids) // 4 :]
        # The agency's own defaults per kind of position, above the shipped ones (fungsional
        # keahlian 2, pelaksana 1), so that many gaps need a classroom route.
        agency = {
            "FUNGSIONAL_KEAHLIAN": dict.fromkeys(codes, 3),
            "FUNGSIONAL_KETERAMPILAN": dict.fromkeys(codes, 2),
            "PELAKSANA": dict.fromkeys(
                ("integritas", "kerjasama", "komunikasi", "pelayanan_publik"), 2
            ),
        }
        conn.executemany(
            "INSERT INTO standar_kompetensi (jenis_jabatan, jabatan_nama, jabatan_kunci, "
            f"kompetensi_kode, level, {_STAMP_COLUMNS}) VALUES (?, '', '', ?, ?, "
            f"{_STAMP_MARKS})",
            [
                (jenis, kode, level, *_stamp())
                for jenis, levels in agency.items()
                for kode, level in levels.items()
            ],
        )
        asesmen, nilai = [], []
        sample = rng.sample(people, int(len(people) * ASSESSED))
        for aid, (employee_id, jenis) in enumerate(sample, 1):
            standard = {**standar_bawaan(jenis, date(TAHUN, 1, 1)), **agency.get(jenis, {})}
            tanggal = date(rng.choice((2023, 2024, 2025)), rng.randint(1, 11), rng.randint(1, 28))
            asesmen.append((aid, employee_id, tanggal.isoformat(), "UPT Asesmen BKPSDM", *_stamp()))
            for kode in codes:
                level = (
                    standard.get(kode, 1) - rng.choice((0, 0, 0, 1, 1, 2)) + rng.choice((0, 0, 1))
                )
                nilai.append((aid, kode, max(1, min(5, level)), *_stamp()))
        conn.executemany(
            f"INSERT INTO asesmen (id, employee_id, tanggal, asesor, catatan, {_STAMP_COLUMNS}) "
            f"VALUES (?, ?, ?, ?, '', {_STAMP_MARKS})",
            asesmen,
        )
        conn.executemany(
            "INSERT INTO asesmen_nilai (asesmen_id, kompetensi_kode, level, "
            f"{_STAMP_COLUMNS}) VALUES (?, ?, ?, {_STAMP_MARKS})",
            nilai,
        )
        pelatihan, peserta = [], []
        size = PARTICIPATIONS // ACTIVITIES
        per_year = ACTIVITIES // len(YEARS)
        pid = 0
        for tahun in YEARS:
            for _ in range(per_year):
                pid += 1
                klasikal = rng.random() < 0.75
                jenis = rng.choice(_KLASIKAL if klasikal else _NONKLASIKAL)
                mulai = date(tahun, 1, 6) + timedelta(days=rng.randrange(340))
                selesai = mulai + timedelta(days=rng.choice((0, 1, 2, 4)))
                jp = rng.choices(_JP, _JP_WEIGHTS)[0]
                rencana = rng.randrange(0, 40) * 250_000 * (1 if klasikal else 0)
                scored = rng.random() < 0.8
                reaksi = [round(rng.uniform(2.4, 4.0), 2) if scored else None for _ in range(3)]
                pelatihan.append(
                    (
                        pid,
                        f"Pengembangan {rng.choice(codes)} angkatan {pid}",
                        jenis,
                        int(klasikal),
                        rng.choice(_PROVIDERS) if klasikal else "Atasan langsung",
                        mulai.isoformat(),
                        selesai.isoformat(),
                        selesai.year,
                        float(jp),
                        float(jp),
                        rng.choice(codes) if rng.random() < 0.85 else "",
                        rencana * size,
                        *reaksi,
                        *_stamp(),
                    )
                )
                for employee_id in rng.sample(active, size):
                    hasil = "tidak_lulus" if rng.random() < 0.03 else "lulus"
                    peserta.append((pid, employee_id, hasil, *_stamp()))
        conn.executemany(
            "INSERT INTO pelatihan (id, nama, jenis_diklat, klasikal, penyelenggara, mulai, "
            "selesai, tahun, jumlah, jp, kompetensi_kode, biaya_rencana, reaksi_penyelenggara, "
            "reaksi_fasilitas, reaksi_pengajar, latihan_struktural, tempat, internasional, "
            "satuan, aturan_versi, aturan_dikonfirmasi, sumber_dana, min_kehadiran, catatan, "
            f"{_STAMP_COLUMNS}) VALUES ({','.join('?' * 15)}, '', 'Bandung', 0, 'jp', "
            f"'konversi_jp@2019-02-01', 1, 'APBD', 80, '', {_STAMP_MARKS})",
            pelatihan,
        )
        conn.executemany(
            "INSERT INTO peserta_pelatihan (pelatihan_id, employee_id, hasil, kehadiran, "
            f"sttp_nomor, catatan, {_STAMP_COLUMNS}) VALUES (?, ?, ?, 100, '', '', "
            f"{_STAMP_MARKS})",
            peserta,
        )
        conn.executemany(
            "INSERT INTO anggaran_pelatihan (tahun, sumber_dana, jumlah, keterangan, "
            f"{_STAMP_COLUMNS}) VALUES (?, ?, ?, '', {_STAMP_MARKS})",
            [(TAHUN, kode, jumlah, *_stamp()) for kode, jumlah in BUDGET.items()],
        )
        conn.execute("COMMIT")
        conn.execute("ANALYZE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build(city: Path, path: Path | None = None) -> tuple[Path, float]:
    """The cached benchmark database (built from ``city`` when missing) and the seconds
    building took."""
    from asn_desktop.services.database import Database

    path = path or default_path(city.parent)
    if path.exists():
        Database.open(path).close()  # to this program's schema, outside any measurement
        return path, 0.0
    if not city.exists():
        sys.path.insert(0, str(Path(__file__).resolve().parent))
        import run_benchmarks

        run_benchmarks.build_database(city, EMPLOYEES, appraisals=True)
    started = time.perf_counter()
    tmp = path.with_name(path.name + ".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    with sqlite3.connect(city) as source:  # the city file whole, its WAL folded in
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copyfile(city, tmp)
    Database.open(tmp).close()  # migrated to this program's schema (competency tables)
    _fill(tmp)
    tmp.rename(path)
    return path, time.perf_counter() - started


def counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        one = lambda sql: int(conn.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "employees": one("SELECT count(*) FROM employee WHERE deleted_at IS NULL"),
            "participations": one("SELECT count(*) FROM peserta_pelatihan"),
            "activities": one("SELECT count(*) FROM pelatihan"),
            "assessed": one("SELECT count(*) FROM asesmen"),
            "evaluations": one(
                "SELECT count(*) FROM evaluasi e JOIN skp s ON s.id = e.skp_id "
                f"WHERE s.tahun = {TAHUN - 1} AND e.status = 'final'"
            ),
        }
    finally:
        conn.close()


def _purge(path: Path) -> None:
    """The plans earlier runs left (benchmark artefacts), gone without a trace."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM rencana_item")
        conn.execute("DELETE FROM rencana_pengembangan")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


# -- the floor ------------------------------------------------------------------------------

_READS = (
    "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, e.jabatan_nama, "
    "e.jenis_jabatan, e.status_kepegawaian, e.tmt_cpns, e.unit_id, u.nama, u.path "
    "FROM employee e LEFT JOIN org_unit u ON u.id = e.unit_id WHERE e.deleted_at IS NULL",
    "SELECT jenis_jabatan, jabatan_kunci, kompetensi_kode, level FROM standar_kompetensi "
    "WHERE deleted_at IS NULL",
    "SELECT a.employee_id, a.tanggal, n.kompetensi_kode, n.level FROM asesmen a "
    "JOIN asesmen_nilai n ON n.asesmen_id = a.id WHERE a.deleted_at IS NULL "
    "AND n.deleted_at IS NULL ORDER BY a.tanggal, a.id",
    "SELECT p.employee_id, sum(k.jp) FROM peserta_pelatihan p JOIN pelatihan k "
    "ON k.id = p.pelatihan_id WHERE k.tahun = :prev AND p.deleted_at IS NULL "
    "AND k.deleted_at IS NULL AND p.hasil != 'tidak_lulus' AND p.kehadiran >= k.min_kehadiran "
    "AND k.selesai <= :as_of GROUP BY p.employee_id",
    "SELECT employee_id, min(tmt) FROM rank_history WHERE deleted_at IS NULL GROUP BY employee_id",
    "SELECT e.id, e.periode, e.rating_hasil_kerja, e.rating_perilaku, s.employee_id "
    "FROM evaluasi e JOIN skp s ON s.id = e.skp_id WHERE s.tahun = :prev "
    "AND s.deleted_at IS NULL AND e.deleted_at IS NULL AND e.status IN ('final', 'reopened')",
    "SELECT r.evaluasi_id, k.id, k.rhk, r.umpan_balik FROM evaluasi_rhk r "
    "JOIN skp_rhk k ON k.id = r.rhk_id JOIN evaluasi e ON e.id = r.evaluasi_id "
    "JOIN skp s ON s.id = e.skp_id WHERE s.tahun = :prev AND r.rating = 'di_bawah' "
    "AND r.deleted_at IS NULL AND k.deleted_at IS NULL",
    "SELECT p.evaluasi_id, p.kode, p.umpan_balik FROM evaluasi_perilaku p "
    "JOIN evaluasi e ON e.id = p.evaluasi_id JOIN skp s ON s.id = e.skp_id "
    "WHERE s.tahun = :prev AND p.rating = 'di_bawah' AND p.deleted_at IS NULL",
    "SELECT k.kompetensi_kode, k.penyelenggara, k.reaksi_penyelenggara, k.reaksi_fasilitas, "
    "k.reaksi_pengajar, coalesce(k.biaya_realisasi, k.biaya_rencana), count(p.id), k.jp "
    "FROM pelatihan k LEFT JOIN peserta_pelatihan p ON p.pelatihan_id = k.id "
    "WHERE k.klasikal = 1 AND k.kompetensi_kode != '' GROUP BY k.id",
    "SELECT sum(jumlah) FROM anggaran_pelatihan WHERE tahun = :tahun AND deleted_at IS NULL",
)


def floor(path: Path, plan_id: int) -> tuple[float, float, int]:
    """(seconds reading the inputs raw, seconds inserting the plan's rows raw, rows)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        params = {"prev": TAHUN - 1, "as_of": TODAY.isoformat(), "tahun": TAHUN}
        started = time.perf_counter()
        for sql in _READS:
            conn.execute(sql, {k: v for k, v in params.items() if f":{k}" in sql}).fetchall()
        read = time.perf_counter() - started
        columns = [r[1] for r in conn.execute("PRAGMA table_info(rencana_item)") if r[1] != "id"]
        rows: list[Any] = conn.execute(
            f"SELECT {', '.join(columns)} FROM rencana_item WHERE rencana_id = ?", (plan_id,)
        ).fetchall()
        at = columns.index("uuid")
        rows = [(*r[:at], str(uuid.uuid4()), *r[at + 1 :]) for r in rows]
        marks = ",".join("?" * len(columns))
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(f"INSERT INTO rencana_item ({', '.join(columns)}) VALUES ({marks})", rows)
        written = time.perf_counter() - started
        conn.execute("ROLLBACK")
        return read, written, len(rows)
    finally:
        conn.close()


def measure(path: Path) -> dict[str, Any]:
    """One generation from no plan, one replacing it, and the floor; seconds."""
    from asn_desktop.services.akpk import PlanService
    from asn_desktop.services.database import Database

    _purge(path)
    database = Database.open(path)
    try:
        database.assume_user("admin")
        plans = PlanService(database)
        started = time.perf_counter()
        fresh = plans.generate(TAHUN, today=TODAY)
        total = time.perf_counter() - started
        started = time.perf_counter()
        again = plans.generate(TAHUN, today=TODAY, replace=True)
        replace_total = time.perf_counter() - started
    finally:
        database.close()
    floor_read, floor_write, rows = floor(path, again.plan_id)
    _purge(path)
    return {
        "total_s": total,
        "phases_s": dict(fresh.waktu),
        "replace_s": replace_total,
        "replace_phases_s": dict(again.waktu),
        "floor_read_s": floor_read,
        "floor_write_s": floor_write,
        "items": fresh.butir,
        "funded": fresh.butir_didanai,
        "employees": fresh.pegawai,
        "below_target": fresh.di_bawah_target,
        "below_target_covered": fresh.di_bawah_target_didanai,
        "budget": fresh.anggaran,
        "funded_cost": fresh.biaya_didanai,
        "unfunded_cost": fresh.biaya_tidak_didanai,
        "rows": rows,
    }


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    city = Path(args[0]) if args else REPO / "build" / "benchmarks" / "city-20000-appraisals.sqlite"
    db_path, built = build(city)
    if built:
        print(f"built {db_path} in {built:.1f} s")
    print(counts(db_path))
    for key, value in measure(db_path).items():
        print(f"{key}: {value}")
