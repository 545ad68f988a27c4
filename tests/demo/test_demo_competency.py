"""The demo's competency development: JP by rule, a skewed compliance, budgets that fall
short, standards and assessments whose JPM spans every band, SKM by the domain's index."""

from __future__ import annotations

import calendar
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import text

from asn_desktop.db.backup import copy_database
from asn_desktop.demo import DemoCancelled, DemoSummary, generate_demo
from asn_desktop.demo import writer as demo_writer
from asn_desktop.demo.competency import TEKNIS, service_units
from asn_desktop.demo.profiles import profile_of
from asn_desktop.demo.units import UnitTree
from asn_desktop.domain.jp import aturan_jp, hitung_jp, is_klasikal, tahun_jp, target_jp
from asn_desktop.domain.kinerja import default_policy
from asn_desktop.domain.kompetensi import band_pemetaan, jpm, kompetensi_baku
from asn_desktop.domain.skm import indeks_skm, mutu_skm
from asn_desktop.services.akpk import PlanService
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.jp_tahunan import jp_per_employee, last_development_year
from asn_desktop.services.profil_kompetensi import kunci_jabatan, profil
from asn_desktop.services.training_budget import BudgetService

from .conftest import MakeDb, rows, scalar

# Mid-May: this year's activities are partly over, partly still planned.
TODAY = date(2026, 5, 20)
YEARS = range(2022, 2027)
EMPLOYEES = 120
COMPETENCY = (
    "pelatihan",
    "peserta_pelatihan",
    "tugas_belajar",
    "anggaran_pelatihan",
    "kompetensi_teknis",
    "standar_kompetensi",
    "asesmen",
    "asesmen_nilai",
    "skm",
)
# When it was written, not what was written.
MOMENT = {"updated_at"}


@pytest.fixture(scope="module")
def demo(
    initialised_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary, Path]]:
    path = tmp_path_factory.mktemp("demo-competency") / "asn.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path)
    summary = generate_demo(db, employees=EMPLOYEES, seed=7, today=TODAY)
    yield db, summary, path
    db.close()


def _raw(path: Path, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    """The stored rows, read with the sqlite3 module (not through the program)."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _start_of_service(db: Database) -> dict[int, date]:
    """TMT CPNS, else the first rank entry (the PPPK appointment)."""
    found = rows(
        db,
        """SELECT e.id, coalesce(e.tmt_cpns, (SELECT min(r.tmt) FROM rank_history r
           WHERE r.employee_id = e.id)) FROM employee e""",
    )
    return {eid: date.fromisoformat(str(tmt)) for eid, tmt in found}


# -- what was written ---------------------------------------------------------------------


def test_summary_counts_what_was_written(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, summary, _ = demo
    counted = {
        "pelatihan": summary.pelatihan,
        "peserta_pelatihan": summary.peserta_pelatihan,
        "tugas_belajar": summary.tugas_belajar,
        "anggaran_pelatihan": summary.anggaran_pelatihan,
        "kompetensi_teknis": summary.kompetensi_teknis,
        "standar_kompetensi": summary.standar_kompetensi,
        "asesmen": summary.asesmen,
        "asesmen_nilai": summary.asesmen_nilai,
        "skm": summary.skm,
    }
    assert counted == {t: scalar(db, f"SELECT count(*) FROM {t}") for t in COMPETENCY}
    assert summary.competency_rows == sum(counted.values())
    assert all(counted.values()), counted


def test_every_activity_counts_the_jp_of_its_rule(demo: tuple[Database, DemoSummary, Path]) -> None:
    _, _, path = demo
    activities = _raw(
        path,
        """SELECT jenis_diklat, mulai, selesai, internasional, satuan, jumlah, jp, aturan_versi,
                  aturan_dikonfirmasi, tahun, klasikal FROM pelatihan""",
    )
    assert len(activities) > 100
    for (
        jenis,
        mulai,
        selesai,
        abroad,
        satuan,
        jumlah,
        jp,
        versi,
        confirmed,
        tahun,
        klasikal,
    ) in activities:
        start, end = date.fromisoformat(mulai), date.fromisoformat(selesai)
        hasil = hitung_jp(
            jenis, mulai=start, selesai=end, internasional=bool(abroad), jumlah=jumlah
        )
        assert (hasil.jp, hasil.satuan.value, hasil.versi, hasil.dikonfirmasi) == (
            jp,
            satuan,
            versi,
            bool(confirmed),
        ), (jenis, mulai, selesai, jumlah)
        assert tahun == tahun_jp(start, end)
        assert bool(klasikal) == is_klasikal(jenis, on=end)


def test_every_kind_of_development_and_realistic_providers(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    db, _, _ = demo
    kinds = {j for (j,) in rows(db, "SELECT DISTINCT jenis_diklat FROM pelatihan")}
    # diklat teknis, workshop, pelatihan manajerial, sosialisasi, bimtek, seminar, magang,
    # kursus, coaching, mentoring, e-learning, patok banding, belajar mandiri; leadership.
    assert {"1", "3", "4", "5", "7", "8", "9", "10", "11", "14", "15", "16", "20", "22"} <= kinds
    providers = {p for (p,) in rows(db, "SELECT DISTINCT penyelenggara FROM pelatihan")}
    expected = {
        "BPSDM Provinsi Jawa Barat",
        "LAN RI",
        "BSSN",
        "Pusdiklat BPS",
        "Diskominfo Kota Bandung",
        "ASN Unggul (LAN RI)",
        "LMS ASN Kota Bandung",
    }
    assert expected <= providers
    assert providers & {
        "Kementerian Komunikasi dan Informatika",
        "Kementerian Komunikasi dan Digital",
    }
    # Leadership training carries its SIASN latihanStruktural id and goes to unit heads.
    leaders = rows(
        db,
        """SELECT p.latihan_struktural, e.jenis_jabatan, e.status_kepegawaian
           FROM pelatihan p JOIN peserta_pelatihan q ON q.pelatihan_id = p.id
           JOIN employee e ON e.id = q.employee_id
           WHERE p.jenis_diklat = '1' AND p.latihan_struktural IN ('2', '3', '4')""",
    )
    assert leaders
    assert all(j in ("JPT", "ADMINISTRATOR", "PENGAWAS") and s == "PNS" for _, j, s in leaders)
    assert scalar(db, "SELECT count(*) FROM pelatihan WHERE jenis_diklat != '1' "
                      "AND latihan_struktural != ''") == 0  # fmt: skip
    # Some activities develop a named competency: one of the nine or a teknis one.
    codes = {k for (k,) in rows(db, "SELECT DISTINCT kompetensi_kode FROM pelatihan")}
    fixed = {k.kode for k in kompetensi_baku(TODAY)}
    teknis = {k for (k,) in rows(db, "SELECT kode FROM kompetensi_teknis")}
    assert codes - {""} <= fixed | teknis
    assert codes & fixed and codes & teknis
    # Funding mostly APBD, free routes without cost, magang abroad for a few.
    sources = Counter(dict(rows(db, "SELECT sumber_dana, count(*) FROM pelatihan GROUP BY 1")))
    assert sources.most_common(1)[0][0] == "APBD"
    assert scalar(db, "SELECT count(*) FROM pelatihan WHERE sumber_dana = 'TANPA_BIAYA' "
                      "AND biaya_rencana != 0") == 0  # fmt: skip
    assert 0 < scalar(db, "SELECT count(*) FROM pelatihan WHERE internasional") < 40


def test_results_scores_and_certificates(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, _ = demo
    today = TODAY.isoformat()
    ended = f"p.selesai <= '{today}'"
    # Reaction scores (1-4) on activities that have ended, differing between providers.
    scores = rows(
        db,
        f"""SELECT penyelenggara, avg(reaksi_penyelenggara) FROM pelatihan p
            WHERE {ended} AND reaksi_penyelenggara IS NOT NULL GROUP BY 1 HAVING count(*) >= 3""",
    )
    assert len(scores) >= 5 and max(s for _, s in scores) - min(s for _, s in scores) > 0.4
    assert scalar(db, "SELECT count(*) FROM pelatihan WHERE reaksi_fasilitas < 1 "
                      "OR reaksi_pengajar > 4") == 0  # fmt: skip
    participants = f"peserta_pelatihan q JOIN pelatihan p ON p.id = q.pelatihan_id WHERE {ended}"
    total = scalar(db, f"SELECT count(*) FROM {participants}")
    failed = scalar(db, f"SELECT count(*) FROM {participants} AND q.hasil = 'tidak_lulus'")
    absent = scalar(db, f"SELECT count(*) FROM {participants} AND q.kehadiran < p.min_kehadiran")
    tested = scalar(db, f"SELECT count(*) FROM {participants} AND q.nilai_post IS NOT NULL")
    assert 0 < failed < total * 0.08 and 0 < absent < total * 0.08 and tested > 0
    assert scalar(db, f"SELECT count(*) FROM {participants} AND q.nilai_post < q.nilai_pre") == 0
    # An STTP for every classroom participant credited, none for the others.
    sttp = f"""SELECT count(*) FROM {participants} AND p.klasikal AND q.hasil != 'tidak_lulus'
               AND q.kehadiran >= p.min_kehadiran"""
    assert scalar(db, sttp + " AND q.sttp_nomor = ''") == 0
    assert scalar(db, f"SELECT count(*) FROM {participants} AND q.sttp_nomor != '' "
                      "AND (NOT p.klasikal OR q.hasil = 'tidak_lulus')") == 0  # fmt: skip
    assert scalar(db, "SELECT count(*) FROM peserta_pelatihan q JOIN pelatihan p ON "
                      "p.id = q.pelatihan_id WHERE q.sttp_tanggal < p.selesai") == 0  # fmt: skip


def test_this_years_activities_are_partly_still_planned(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    db, _, _ = demo
    planned = rows(
        db,
        f"""SELECT p.biaya_realisasi, p.reaksi_penyelenggara, q.hasil, q.sttp_nomor, q.nilai_post
            FROM pelatihan p JOIN peserta_pelatihan q ON q.pelatihan_id = p.id
            WHERE p.selesai > '{TODAY.isoformat()}'""",
    )
    assert planned and scalar(db, f"SELECT count(*) FROM pelatihan WHERE tahun = {TODAY.year} "
                                  f"AND selesai <= '{TODAY.isoformat()}'")  # fmt: skip
    assert all(r == (None, None, "mengikuti", "", None) for r in planned)
    assert scalar(db, f"SELECT max(tahun) FROM pelatihan WHERE mulai <= '{TODAY.isoformat()}'") == (
        TODAY.year
    )


# -- JP: the one query and a hand count ------------------------------------------------------


def _add_months(day: date, months: int) -> tuple[date, bool]:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last)), day.day > last


def _study_by_hand(path: Path) -> dict[tuple[int, int], float]:
    """(employee, year) -> JP of degree study: 20 JP (the rule) per completed semester of
    six months, credited in the year it ends."""
    per_semester = aturan_jp("tugas_belajar", TODAY).nasional
    assert per_semester is not None
    out: dict[tuple[int, int], float] = defaultdict(float)
    for eid, mulai, selesai in _raw(
        path, "SELECT employee_id, mulai, selesai FROM tugas_belajar WHERE deleted_at IS NULL"
    ):
        start = date.fromisoformat(mulai)
        until = min(date.fromisoformat(selesai), TODAY) if selesai else TODAY
        k = 1
        while True:
            moved, clamped = _add_months(start, 6 * k)
            end = moved if clamped else moved - timedelta(days=1)
            if end > until:
                break
            out[(eid, end.year)] += per_semester
            k += 1
    return out


def test_jp_per_employee_is_a_hand_count(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, path = demo
    study = _study_by_hand(path)
    assert study, "no degree study credited"
    for tahun in YEARS:
        # Credited: not failed, attended at least the minimum, ended by today, not deleted.
        by_hand: dict[int, float] = defaultdict(float)
        for eid, jp in _raw(
            path,
            """SELECT q.employee_id, sum(p.jp) FROM peserta_pelatihan q
               JOIN pelatihan p ON p.id = q.pelatihan_id
               WHERE p.tahun = ? AND q.hasil != 'tidak_lulus' AND q.kehadiran >= p.min_kehadiran
               AND p.selesai <= ? AND q.deleted_at IS NULL AND p.deleted_at IS NULL
               GROUP BY q.employee_id""",
            tahun,
            TODAY.isoformat(),
        ):
            by_hand[eid] += jp
        for (eid, year), jp in study.items():
            if year == tahun:
                by_hand[eid] += jp
        with db.reading() as session:
            counted = jp_per_employee(session, tahun, as_of=TODAY)
        assert counted == {eid: round(jp, 2) for eid, jp in by_hand.items()}, tahun


def test_most_meet_the_target_many_do_not(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, _ = demo
    starts = _start_of_service(db)
    status = dict(rows(db, "SELECT id, status_kepegawaian FROM employee"))
    tahun = TODAY.year - 1
    with db.reading() as session:
        jp = jp_per_employee(session, tahun, as_of=TODAY)
    shares = {}
    for kind in ("PNS", "PPPK"):
        people = [e for e, s in status.items() if s == kind and starts[e] <= date(tahun, 1, 1)]
        target = target_jp(kind, tahun)
        meeting = [e for e in people if jp.get(e, 0.0) >= target]
        shares[kind] = len(meeting) / len(people)
        far_below = [e for e in people if jp.get(e, 0.0) < target / 2]
        assert far_below, kind
    assert 0.55 <= shares["PNS"] <= 0.9
    assert shares["PPPK"] < shares["PNS"]
    # PPPK take part, less often than PNS.
    per_head = dict(
        rows(
            db,
            """SELECT e.status_kepegawaian, 1.0 * count(q.id) / count(DISTINCT e.id)
               FROM employee e LEFT JOIN peserta_pelatihan q ON q.employee_id = e.id
               GROUP BY 1""",
        )
    )
    assert 0 < per_head["PPPK"] < per_head["PNS"]
    # The compliance report agrees: a sizeable share below target last year.
    laporan = ComplianceService(db).laporan(tahun, as_of=TODAY)
    below = [p for p in laporan.pegawai if not p.memenuhi]
    assert len(laporan.pegawai) * 0.1 < len(below) < len(laporan.pegawai) * 0.5


def test_no_development_for_one_two_three_and_more_years(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    db, _, _ = demo
    starts = _start_of_service(db)
    y = TODAY.year
    with db.reading() as session:
        last = last_development_year(session, as_of=TODAY)
    gaps = Counter(
        (y - last[e]) if e in last else "never"
        for e, start in starts.items()
        if start <= date(y - 4, 1, 1)
    )
    assert gaps[1] and gaps[2] and gaps[3] and gaps[4] and gaps["never"], gaps
    # The "resistant" list is not empty however long the span asked for.
    service = ComplianceService(db)
    sizes = [
        len(service.tanpa_pengembangan(y, minimal_tahun=n, as_of=TODAY)) for n in (1, 2, 3, 4, 5)
    ]
    assert all(sizes) and sizes == sorted(sizes, reverse=True), sizes


def test_degree_study(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, _ = demo
    found = rows(db, "SELECT jenis, status, internasional, institusi FROM tugas_belajar")
    assert {s for _, s, _, _ in found} == {"berjalan", "lulus", "berhenti"}
    assert {j for j, _, _, _ in found} == {"tugas_belajar", "izin_belajar"}
    assert sum(1 for _, _, abroad, _ in found if abroad) == 1
    # Someone whose kedudukan is tugas belajar is on one now.
    assert (
        scalar(
            db,
            """SELECT count(*) FROM employee e WHERE e.kedudukan_hukum = '03' AND NOT EXISTS
           (SELECT 1 FROM tugas_belajar t WHERE t.employee_id = e.id
            AND t.jenis = 'tugas_belajar' AND t.status = 'berjalan')""",
        )
        == 0
    )


# -- budget ---------------------------------------------------------------------------------


def test_budgets_fall_short(demo: tuple[Database, DemoSummary, Path], tmp_path: Path) -> None:
    db, _, path = demo
    y = TODAY.year
    budget = {(t, s): j for t, s, j in rows(db, "SELECT tahun, sumber_dana, jumlah FROM "
                                                "anggaran_pelatihan")}  # fmt: skip
    planned = dict(
        ((t, s), total)
        for t, s, total in rows(
            db, "SELECT tahun, sumber_dana, sum(biaya_rencana) FROM pelatihan GROUP BY 1, 2"
        )
    )
    assert {t for t, _ in budget} == {*YEARS, y + 1}
    for t in {*YEARS, y + 1}:
        assert sorted(s for t2, s in budget if t2 == t) == ["APBD", "APBD_PROVINSI"], t
    over = [t for t in YEARS if planned.get((t, "APBD"), 0) > budget[(t, "APBD")]]
    assert over and len(over) < len(YEARS)
    # The budget page sees it too: APBD planned beyond its budget, the other years not.
    for tahun in YEARS:
        apbd = next(s for s in BudgetService(db).ringkasan(tahun).sumber if s.sumber_dana == "APBD")
        assert (apbd.sisa_rencana < 0) == (tahun in over), tahun
        assert apbd.realisasi <= apbd.anggaran or tahun in over
    # Next year's is cut, and is less than the yearly plan's needs would cost.
    assert budget[(y + 1, "APBD")] < budget[(y, "APBD")]
    copy = tmp_path / "plan.sqlite"
    copy_database(path, copy)
    planning = open_as(copy)
    try:
        result = PlanService(planning).generate(y + 1, today=TODAY)
    finally:
        planning.close()
    assert result.anggaran == budget[(y + 1, "APBD")] + budget[(y + 1, "APBD_PROVINSI")]
    assert result.biaya_tidak_didanai > 0
    assert result.biaya_didanai <= result.anggaran


# -- competency -----------------------------------------------------------------------------


def test_teknis_competencies_and_standards(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, _ = demo
    teknis = rows(db, "SELECT kode, nama FROM kompetensi_teknis")
    assert 5 <= len(teknis) <= 10
    assert [k for k, _ in teknis] == [k for k, _, _ in TEKNIS["DISKOMINFO"]]
    standards = rows(
        db, "SELECT jenis_jabatan, jabatan_nama, jabatan_kunci, kompetensi_kode, level FROM "
            "standar_kompetensi"
    )  # fmt: skip
    defaults = [s for s in standards if s[1] == ""]
    assert defaults and {s[0] for s in defaults} == {"FUNGSIONAL_KEAHLIAN"}
    assert all(s[2] == "" for s in defaults)
    named = [s for s in standards if s[1]]
    assert len({s[1] for s in named}) >= 5
    assert all(kunci == kunci_jabatan(nama) for _, nama, kunci, _, _ in named)
    assert {s[3] for s in named} & {k for k, _ in teknis}
    assert all(1 <= s[4] <= 5 for s in standards)
    # The named positions are held by someone in the register.
    held = {kunci_jabatan(n) for (n,) in rows(db, "SELECT jabatan_nama FROM employee")}
    assert {s[2] for s in named} <= held


def test_assessments_give_every_jpm_band(demo: tuple[Database, DemoSummary, Path]) -> None:
    db, _, _ = demo
    assessed = scalar(db, "SELECT count(DISTINCT employee_id) FROM asesmen")
    assert EMPLOYEES * 0.3 <= assessed <= EMPLOYEES * 0.5
    first = scalar(db, "SELECT min(tanggal) FROM asesmen")
    assert date.fromisoformat(first) >= date(TODAY.year - 2, 1, 1)
    assert date.fromisoformat(scalar(db, "SELECT max(tanggal) FROM asesmen")) <= TODAY
    with db.reading() as session:
        found = profil(session, on=TODAY)
    bands: Counter[str] = Counter()
    gaps = 0
    for p in found.values():
        value = jpm(p.standar, p.aktual, on=TODAY)
        if value is not None:
            bands[band_pemetaan(value, TODAY).kode] += 1
            gaps += sum(1 for kode, level in p.standar.items() if p.aktual.get(kode, level) < level)
    pemetaan = default_policy("jpm").at(TODAY).values["pemetaan"]
    assert set(bands) == {b["kode"] for b in pemetaan}, bands
    assert sum(bands.values()) == assessed and gaps > 0
    # Levels around the standard: within two of it.
    assert scalar(db, "SELECT count(*) FROM asesmen_nilai WHERE level < 1 OR level > 5") == 0


def test_skm_per_service_unit_as_the_domain_counts(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    db, _, _ = demo
    found = rows(
        db, "SELECT unit_id, tahun, u1, u2, u3, u4, u5, u6, u7, u8, u9, indeks, mutu FROM skm"
    )
    tree = UnitTree(profile_of("DISKOMINFO"), "DISKOMINFO", EMPLOYEES)
    names = {u.nama for u in service_units(tree)}
    units = dict(rows(db, "SELECT id, nama FROM org_unit"))
    assert {units[r[0]] for r in found} == names
    assert {r[1] for r in found} == {TODAY.year - 3, TODAY.year - 2, TODAY.year - 1}
    for row in found:
        values = list(row[2:11])
        assert all(1 <= v <= 4 for v in values)
        indeks = indeks_skm(values, date(row[1], 12, 31))
        assert row[11] == indeks
        assert row[12] == mutu_skm(indeks, date(row[1], 12, 31)).kode
    assert {r[12] for r in found} == {"A", "B", "C", "D"}


# -- bookkeeping ---------------------------------------------------------------------------


def test_every_row_audited_once_about_its_employee(
    demo: tuple[Database, DemoSummary, Path],
) -> None:
    db, _, _ = demo
    audited = Counter(
        dict(rows(db, "SELECT entity_uuid, count(*) FROM audit_log WHERE action = 'create' "
                      "AND detail = 'Data demo (seed 7)' GROUP BY 1"))
    )  # fmt: skip
    for table in COMPETENCY:
        uuids = [u for (u,) in rows(db, f"SELECT uuid FROM {table}")]
        assert uuids and all(audited[u] == 1 for u in uuids), table
        bad = scalar(
            db,
            f"""SELECT count(*) FROM {table} WHERE revision != 1 OR updated_by != 'admin'
                OR origin_agency != 'DISKOMINFO' OR deleted_at IS NOT NULL OR change_seq < 1""",
        )
        assert bad == 0, table
    for table in ("peserta_pelatihan", "asesmen", "tugas_belajar"):
        wrong = scalar(
            db,
            f"""SELECT count(*) FROM {table} t JOIN employee m ON m.id = t.employee_id
                JOIN audit_log a ON a.entity_uuid = t.uuid WHERE a.subject_uuid != m.uuid""",
        )
        assert wrong == 0, table
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert AuditService(db).verify() is None


def _content(db: Database, table: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
        keep = [i for i, name in enumerate(result.keys()) if name not in MOMENT]
        return [tuple(r[i] for i in keep) for r in result]


def test_deterministic_for_a_seed(make_db: MakeDb) -> None:
    first, second, other = make_db(), make_db(), make_db()
    for db, seed in ((first, 4), (second, 4), (other, 5)):
        generate_demo(db, employees=60, seed=seed, today=TODAY)
    for table in COMPETENCY:
        assert _content(first, table) == _content(second, table), table
    assert _content(first, "peserta_pelatihan") != _content(other, "peserta_pelatihan")


def test_without_competency(make_db: MakeDb) -> None:
    db = make_db()
    summary = generate_demo(db, employees=30, seed=2, today=TODAY, competency=False)
    assert (summary.pelatihan, summary.asesmen, summary.competency_rows) == (0, 0, 0)
    assert all(scalar(db, f"SELECT count(*) FROM {t}") == 0 for t in COMPETENCY)
    assert scalar(db, "SELECT count(*) FROM skp") > 0


def test_competency_without_appraisals_runs_the_bar_to_its_end(make_db: MakeDb) -> None:
    calls: list[tuple[int, int]] = []
    db = make_db()
    summary = generate_demo(
        db, employees=50, today=TODAY, appraisals=False, progress=lambda d, t: calls.append((d, t))
    )
    assert summary.skp == 0 and summary.peserta_pelatihan > 0
    assert calls[0] == (0, 100) and calls[-1] == (100, 100)
    done = [d for d, _ in calls]
    assert done == sorted(done) and any(50 < d < 100 for d in done)


def test_cancelling_during_the_competency_phase_writes_nothing(make_db: MakeDb) -> None:
    db = make_db()
    bookkeeping = "SELECT key, value FROM app_meta WHERE key IN ('audit_head', 'change_seq')"
    counters = rows(db, bookkeeping)
    entries = scalar(db, "SELECT count(*) FROM audit_log")
    employees = 80
    # The bar's part after the employees and their appraisals.
    begin = employees + round(employees * demo_writer._SHARE_APPRAISALS)
    calls: list[int] = []

    def cancelled() -> bool:
        return bool(calls) and calls[-1] > begin

    with pytest.raises(DemoCancelled):
        generate_demo(
            db,
            employees=employees,
            today=TODAY,
            progress=lambda done, _total: calls.append(done),
            cancelled=cancelled,
        )
    assert begin < calls[-1] < 2 * employees
    assert scalar(db, "SELECT count(*) FROM employee") == 0
    for table in (*COMPETENCY, "skp", "org_unit"):
        assert scalar(db, f"SELECT count(*) FROM {table}") == 0, table
    assert rows(db, bookkeeping) == counters
    assert scalar(db, "SELECT count(*) FROM audit_log") == entries
    # Usable afterwards.
    assert generate_demo(db, employees=10, today=TODAY).employees == 10


# -- the transport agency ------------------------------------------------------------------


def test_dinas_perhubungan_sends_staff_abroad_on_transport(make_db: MakeDb) -> None:
    abroad = "SELECT count(*) FROM peserta_pelatihan q JOIN pelatihan p ON p.id = q.pelatihan_id "
    abroad += "WHERE p.internasional AND p.jenis_diklat = '10'"
    dishub, diskominfo = make_db(), make_db()
    generate_demo(dishub, employees=EMPLOYEES, seed=7, today=TODAY, agency_code="DISHUB",
                  appraisals=False)  # fmt: skip
    generate_demo(diskominfo, employees=EMPLOYEES, seed=7, today=TODAY, appraisals=False)
    assert scalar(dishub, abroad) > 2 * max(1, scalar(diskominfo, abroad))
    transport = {k for k, _, _ in TEKNIS["DISHUB"]}
    abroad_codes = "SELECT DISTINCT kompetensi_kode FROM pelatihan WHERE internasional"
    assert {k for (k,) in rows(dishub, abroad_codes)} <= transport
    on_transport = """SELECT count(*) FROM pelatihan WHERE kompetensi_kode IN
                      ('manajemen_lalu_lintas', 'angkutan_umum', 'transportasi_cerdas')"""
    assert scalar(dishub, on_transport) > 0
