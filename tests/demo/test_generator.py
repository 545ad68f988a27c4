"""The demo data generator: valid identities, consistent histories, reproducible, atomic."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import Row, select, text

from asn_desktop.db.backup import copy_database
from asn_desktop.db.models import Employee
from asn_desktop.demo import DemoCancelled, DemoSummary, generate_demo
from asn_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    EmployeeDraft,
    parse_ni_pppk,
    parse_nip,
    tanggal_pensiun,
    validate_employee,
)
from asn_desktop.services.database import Database

from .conftest import MakeDb

TODAY = date(2026, 11, 27)
EXCHANGED = ("org_unit", "employee", "rank_history", "position_history", "unit_history")
# Written by the same run (asn_desktop.demo.appraisals; test_appraisals_demo checks them).
APPRAISAL = ("capaian_organisasi", "skp", "skp_rhk", "skp_indikator", "skp_perilaku",
             "evaluasi", "evaluasi_rhk", "evaluasi_indikator", "evaluasi_perilaku",
             "evaluasi_versi")  # fmt: skip
# And the competency data (asn_desktop.demo.trainings and .competency; test_demo_competency).
COMPETENCY = ("pelatihan", "peserta_pelatihan", "tugas_belajar", "anggaran_pelatihan",
              "kompetensi_teknis", "standar_kompetensi", "asesmen", "asesmen_nilai",
              "skm")  # fmt: skip
# When it was written, not what was written: differs between two runs of one seed.
MOMENT = {"updated_at", "at", "prev_hash", "hash"}


@pytest.fixture(scope="module")
def demo300(
    initialised_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary]]:
    """A 300-employee set shared by the read-only checks."""
    path = tmp_path_factory.mktemp("demo300") / "asn.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path)
    summary = generate_demo(db, employees=300, seed=11, today=TODAY)
    yield db, summary
    db.close()


def _rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def _scalar(db: Database, sql: str) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


def _employees(db: Database) -> Sequence[Row[Any]]:
    with db.engine.connect() as conn:
        return conn.execute(select(Employee.__table__).order_by(text("id"))).all()


def _content(db: Database, sql: str) -> list[tuple[Any, ...]]:
    """The rows of `sql` without the columns that say when they were written."""
    with db.engine.connect() as conn:
        result = conn.execute(text(sql))
        keep = [i for i, name in enumerate(result.keys()) if name not in MOMENT]
        return [tuple(r[i] for i in keep) for r in result]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    dump = {t: _content(db, f"SELECT * FROM {t} ORDER BY 1, 2") for t in EXCHANGED}
    dump["audit_log"] = _content(db, "SELECT * FROM audit_log ORDER BY seq")
    dump["app_meta"] = _content(db, "SELECT * FROM app_meta WHERE key != 'audit_head' ORDER BY 1")
    return dump


# -- reproducibility -------------------------------------------------------------------


def test_same_seed_gives_identical_data_and_another_seed_differs(make_db: MakeDb) -> None:
    first, second, other = make_db(), make_db(), make_db()
    generate_demo(first, employees=150, seed=5, today=TODAY)
    generate_demo(second, employees=150, seed=5, today=TODAY)
    generate_demo(other, employees=150, seed=6, today=TODAY)

    a, b, c = _dump(first), _dump(second), _dump(other)
    assert a == b  # records, change numbers and audit entries alike
    assert len(a["employee"]) == 150

    nips = "SELECT nip, nama, uuid FROM employee ORDER BY id"
    assert _rows(first, nips) == _rows(second, nips)
    other_rows = _rows(other, nips)
    assert [r[:2] for r in other_rows] != [r[:2] for r in _rows(first, nips)]
    assert {r[2] for r in other_rows}.isdisjoint({r[2] for r in _rows(first, nips)})
    assert a["employee"] != c["employee"]


# -- identities ------------------------------------------------------------------------


def test_every_employee_passes_validation(demo300: tuple[Database, DemoSummary]) -> None:
    db, summary = demo300
    assert summary.employees == 300
    employees = _employees(db)
    assert len(employees) == 300
    for e in employees:
        draft = EmployeeDraft(
            nip=e.nip,
            nama=e.nama,
            gelar_depan=e.gelar_depan,
            gelar_belakang=e.gelar_belakang,
            tempat_lahir=e.tempat_lahir,
            tanggal_lahir=e.tanggal_lahir,
            jenis_kelamin=e.jenis_kelamin,
            status_kepegawaian=e.status_kepegawaian,
            kedudukan_hukum=e.kedudukan_hukum,
            nik=e.nik,
            email=e.email,
            telepon=e.telepon,
            alamat=e.alamat,
            tmt_cpns=e.tmt_cpns,
            tmt_pns=e.tmt_pns,
        )
        assert validate_employee(draft, today=TODAY) == (), e.nip


def test_identifiers_match_the_person(demo300: tuple[Database, DemoSummary]) -> None:
    db, _ = demo300
    employees = _employees(db)
    pppk_ids = {g.id for g in GOLONGAN_PPPK}
    for e in employees:
        if e.status_kepegawaian == "PPPK":
            ni = parse_ni_pppk(e.nip, today=TODAY)
            assert ni.birth_date == e.tanggal_lahir
            assert 2019 <= ni.appointment_year <= 2025
            assert e.nip[12] == "2"
            assert e.nip[14] == ("1" if e.jenis_kelamin == "L" else "2")
            assert e.tmt_cpns is None and e.tmt_pns is None
            assert e.golongan_id in pppk_ids
        else:
            nip = parse_nip(e.nip, today=TODAY)
            assert nip.birth_date == e.tanggal_lahir
            assert nip.sex == e.jenis_kelamin
            assert e.tmt_cpns == nip.tmt_cpns  # first of the month in the NIP
            age_at_tmt = (nip.tmt_cpns - e.tanggal_lahir).days / 365.25
            assert 18 <= age_at_tmt <= 36
            if e.status_kepegawaian == "CPNS":
                assert e.tmt_pns is None
            else:
                assert e.tmt_pns is not None and e.tmt_cpns <= e.tmt_pns <= TODAY
        # NIK of Kota Bandung with the birth date (women: day + 40).
        day = e.tanggal_lahir.day + (40 if e.jenis_kelamin == "P" else 0)
        assert e.nik.startswith("3273")
        assert e.nik[6:12] == f"{day:02d}{e.tanggal_lahir:%m%y}"
        assert e.email.endswith("@bandung.go.id")
        assert e.telepon.startswith("08")
        # Nobody has passed the retirement age of their position.
        assert e.usia_bup_jabatan is not None
        assert tanggal_pensiun(e.tanggal_lahir, e.usia_bup_jabatan) > TODAY
    for column in ("nip", "nik", "email", "uuid"):
        values = [getattr(e, column) for e in employees]
        assert len(set(values)) == len(values), column


def test_status_mix(demo300: tuple[Database, DemoSummary]) -> None:
    db, _ = demo300
    mix = Counter(dict(_rows(db, "SELECT status_kepegawaian, count(*) FROM employee GROUP BY 1")))
    total = sum(mix.values())
    assert 0.75 <= mix["PNS"] / total <= 0.85
    assert 0.03 <= mix["CPNS"] / total <= 0.07
    assert 0.12 <= mix["PPPK"] / total <= 0.18
    kedudukan = dict(_rows(db, "SELECT kedudukan_hukum, count(*) FROM employee GROUP BY 1"))
    assert kedudukan["01"] > 0.9 * total
    assert set(kedudukan) <= {"01", "03", "20"}


# -- histories -------------------------------------------------------------------------


def test_current_columns_equal_newest_history(demo300: tuple[Database, DemoSummary]) -> None:
    db, _ = demo300
    mismatches = _rows(
        db,
        """
        SELECT e.nip FROM employee e
        JOIN rank_history r ON r.employee_id = e.id
         AND r.tmt = (SELECT max(tmt) FROM rank_history WHERE employee_id = e.id)
        JOIN position_history p ON p.employee_id = e.id
         AND p.tmt = (SELECT max(tmt) FROM position_history WHERE employee_id = e.id)
        JOIN unit_history u ON u.employee_id = e.id
         AND u.tmt = (SELECT max(tmt) FROM unit_history WHERE employee_id = e.id)
        WHERE r.golongan_id IS NOT e.golongan_id OR r.tmt IS NOT e.tmt_golongan
           OR p.jabatan_nama IS NOT e.jabatan_nama OR p.jenis_jabatan IS NOT e.jenis_jabatan
           OR p.jenjang IS NOT e.jenjang OR u.unit_id IS NOT e.unit_id
        """,
    )
    assert mismatches == []
    joined = _scalar(
        db,
        """
        SELECT count(*) FROM employee e WHERE
          (SELECT count(*) FROM rank_history WHERE employee_id = e.id) >= 1 AND
          (SELECT count(*) FROM position_history WHERE employee_id = e.id) BETWEEN 1 AND 4 AND
          (SELECT count(*) FROM unit_history WHERE employee_id = e.id) BETWEEN 1 AND 3
        """,
    )
    assert joined == 300
    # One entry per date, so "newest" is never ambiguous.
    for table in ("rank_history", "position_history", "unit_history"):
        duplicated = _rows(
            db,
            f"SELECT employee_id, tmt FROM {table} GROUP BY 1, 2 HAVING count(*) > 1",
        )
        assert duplicated == [], table
        assert _scalar(db, f"SELECT count(*) FROM {table} WHERE tmt > '{TODAY}'") == 0
        assert _scalar(db, f"SELECT count(*) FROM {table} WHERE sk_tanggal >= tmt") == 0


def test_rank_histories(demo300: tuple[Database, DemoSummary]) -> None:
    db, summary = demo300
    assert summary.rank_history == _scalar(db, "SELECT count(*) FROM rank_history")
    pns_ids = {g.id for g in GOLONGAN_PNS}
    rows = _rows(
        db,
        """
        SELECT e.id, e.status_kepegawaian, e.tmt_cpns, r.tmt, r.golongan_id, r.jenis_kp,
               r.sk_nomor
        FROM employee e JOIN rank_history r ON r.employee_id = e.id
        ORDER BY e.id, r.tmt
        """,
    )
    by_employee: dict[int, list[tuple[Any, ...]]] = {}
    for row in rows:
        by_employee.setdefault(row[0], []).append(row)
    for entries in by_employee.values():
        status, tmt_cpns = entries[0][1], entries[0][2]
        if status == "PPPK":
            assert len(entries) == 1
            continue
        assert entries[0][3] == tmt_cpns  # first appointment on TMT CPNS
        assert entries[0][4] in (21, 23, 31, 32)  # SMA, D3, S1, S2
        assert entries[0][5] == ""
        golongan = [r[4] for r in entries]
        assert all(g in pns_ids for g in golongan)
        assert golongan == sorted(golongan) and len(set(golongan)) == len(golongan)
        assert max(golongan) <= 44
        for r in entries[1:]:
            assert r[5] in ("101", "201", "202")
            assert str(r[6]).startswith("823.3/Kep.")
        if status == "CPNS":
            assert len(entries) == 1


def test_position_histories_use_the_catalogue(demo300: tuple[Database, DemoSummary]) -> None:
    db, _ = demo300
    fungsional = _rows(
        db,
        """
        SELECT p.jabatan_nama, p.jenjang, j.nama, j.jenjang, p.jenis_jabatan, j.jenis_jabatan
        FROM position_history p
        LEFT JOIN ref_jabatan j ON j.katalog = 'fungsional' AND j.id = p.ref_jabatan_id
        WHERE p.jenis_jabatan LIKE 'FUNGSIONAL%'
        """,
    )
    assert fungsional
    for nama, jenjang, ref_nama, ref_jenjang, jenis, ref_jenis in fungsional:
        assert (nama, jenjang, jenis) == (ref_nama, ref_jenjang, ref_jenis)
    pelaksana = _rows(
        db,
        """
        SELECT p.jabatan_nama, j.nama FROM position_history p
        LEFT JOIN ref_jabatan j ON j.katalog = 'pelaksana' AND j.id = p.ref_jabatan_id
        WHERE p.jenis_jabatan = 'PELAKSANA'
        """,
    )
    assert pelaksana and all(nama == ref for nama, ref in pelaksana)
    # The current BUP of a functional position is the catalogue's.
    wrong_bup = _scalar(
        db,
        """
        SELECT count(*) FROM employee e
        JOIN position_history p ON p.employee_id = e.id
         AND p.tmt = (SELECT max(tmt) FROM position_history WHERE employee_id = e.id)
        JOIN ref_jabatan j ON j.katalog = 'fungsional' AND j.id = p.ref_jabatan_id
        WHERE j.usia_bup IS NOT e.usia_bup_jabatan
        """,
    )
    assert wrong_bup == 0
    heads = _rows(
        db,
        """
        SELECT p.eselon, e.jenis_jabatan, e.unit_id FROM employee e
        JOIN position_history p ON p.employee_id = e.id
         AND p.tmt = (SELECT max(tmt) FROM position_history WHERE employee_id = e.id)
        WHERE p.eselon != ''
        """,
    )
    # Every unit has exactly one head, with the eselon of its kind.
    assert sorted(u for _, _, u in heads) == [
        r[0] for r in _rows(db, "SELECT id FROM org_unit ORDER BY id")
    ]
    expected = {"22": "JPT", "31": "ADMINISTRATOR", "32": "ADMINISTRATOR",
                "41": "PENGAWAS", "42": "PENGAWAS"}  # fmt: skip
    assert all(expected[str(eselon)] == jenis for eselon, jenis, _ in heads)
    assert Counter(str(e) for e, _, _ in heads)["22"] == 1  # one kepala dinas
    jpt = _rows(db, "SELECT jabatan_nama, unit_id FROM employee WHERE jenis_jabatan = 'JPT'")
    assert jpt == [("Kepala Dinas Komunikasi dan Informatika", 1)]
    snapshots = _scalar(
        db, "SELECT count(*) FROM position_history WHERE unit_nama = '' OR jabatan_nama = ''"
    )
    assert snapshots == 0


# -- structure and bookkeeping ---------------------------------------------------------


def test_unit_tree_is_consistent(demo300: tuple[Database, DemoSummary]) -> None:
    db, summary = demo300
    units = _rows(
        db,
        """
        SELECT c.id, c.path, c.kode, p.id, p.path, p.kode
        FROM org_unit c LEFT JOIN org_unit p ON p.id = c.parent_id
        """,
    )
    assert len(units) == summary.units
    roots = [u for u in units if u[3] is None]
    assert len(roots) == 1 and roots[0][1] == f"/{roots[0][0]}/" and roots[0][2] == "DISKOMINFO"
    for unit_id, path, kode, _parent_id, parent_path, parent_kode in units:
        if parent_path is None:
            continue
        assert str(path).startswith(str(parent_path))
        assert path == f"{parent_path}{unit_id}/"
        assert str(kode).startswith(f"{parent_kode}.")
    names = {r[0] for r in _rows(db, "SELECT nama FROM org_unit")}
    assert "Dinas Komunikasi dan Informatika Kota Bandung" in names
    assert "Sekretariat" in names


def test_foreign_keys_and_exchange_columns(demo300: tuple[Database, DemoSummary]) -> None:
    db, _ = demo300
    assert _rows(db, "PRAGMA foreign_key_check") == []
    seqs: list[int] = []
    for table in EXCHANGED + APPRAISAL + COMPETENCY:
        bad = _scalar(
            db,
            f"""SELECT count(*) FROM {table} WHERE revision != 1 OR updated_by != 'admin'
                OR origin_agency != 'DISKOMINFO' OR deleted_at IS NOT NULL
                OR length(uuid) != 36 OR change_seq < 1""",
        )
        assert bad == 0, table
        seqs += [r[0] for r in _rows(db, f"SELECT change_seq FROM {table}")]
    assert len(set(seqs)) == len(seqs)
    meta = dict(_rows(db, "SELECT key, value FROM app_meta"))
    assert meta["change_seq"] == str(max(int(str(s)) for s in seqs))
    assert meta["agency_code"] == "DISKOMINFO"
    assert meta["agency_name"] == "Dinas Komunikasi dan Informatika Kota Bandung"


def test_large_sets_get_more_units(make_db: MakeDb) -> None:
    db = make_db()
    summary = generate_demo(db, employees=3000, seed=2, today=TODAY, appraisals=False)
    assert 3000 / 150 <= summary.units <= 3000 / 60 + 15
    empty_units = _scalar(
        db, "SELECT count(*) FROM org_unit WHERE id NOT IN (SELECT unit_id FROM employee)"
    )
    assert empty_units == 0
    orphans = _scalar(
        db,
        """SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id
           WHERE substr(c.path, 1, length(p.path)) != p.path""",
    )
    assert orphans == 0


def test_progress_is_reported_per_batch(make_db: MakeDb) -> None:
    calls: list[tuple[int, int]] = []
    generate_demo(
        make_db(), employees=2500, today=TODAY, progress=lambda d, t: calls.append((d, t))
    )
    # The employees, then their appraisals: the bar runs to twice the employees.
    assert calls[0] == (0, 5000)
    assert calls[-1] == (5000, 5000)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(calls) >= 3
    assert any(2500 < d < 5000 for d in done), "no progress during the appraisals"


# -- refusals --------------------------------------------------------------------------


def test_refuses_a_register_that_is_not_empty(make_db: MakeDb) -> None:
    db = make_db()
    generate_demo(db, employees=20, today=TODAY)
    before = _dump(db)
    with pytest.raises(ValueError, match="sudah berisi"):
        generate_demo(db, employees=20, seed=2, today=TODAY)
    assert _dump(db) == before


def test_cancelling_writes_nothing(make_db: MakeDb) -> None:
    db = make_db()
    before = _dump(db)
    bookkeeping = "SELECT key, value FROM app_meta WHERE key IN ('audit_head', 'change_seq')"
    counters = _rows(db, bookkeeping)
    entries = _scalar(db, "SELECT count(*) FROM audit_log")
    calls: list[int] = []

    def progress(done: int, total: int) -> None:
        calls.append(done)

    with pytest.raises(DemoCancelled):
        generate_demo(
            db,
            employees=2500,
            today=TODAY,
            progress=progress,
            cancelled=lambda: len(calls) >= 2,  # after the first batch was written
        )
    assert calls[-1] > 0
    assert _scalar(db, "SELECT count(*) FROM employee") == 0
    assert _dump(db) == before  # no records, no audit entries, the same change counter
    assert _rows(db, bookkeeping) == counters
    assert _scalar(db, "SELECT count(*) FROM audit_log") == entries
    # The database is still usable afterwards.
    summary = generate_demo(db, employees=10, today=TODAY)
    assert summary.employees == 10


def test_rejects_negative_count(make_db: MakeDb) -> None:
    with pytest.raises(ValueError, match="negatif"):
        generate_demo(make_db(), employees=-1, today=TODAY)
