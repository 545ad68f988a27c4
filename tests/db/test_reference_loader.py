"""The SIASN catalogues loaded into ref_* on creation, and reloaded when they change."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from asn_desktop.resources import SIASN_REFERENCE_VERSION

from asn_desktop.db.opening import OpenReport, open_engine
from asn_desktop.db.reference_loader import REFERENCE_VERSION_KEY

from .helpers import count

PELAKSANA = 70_899
FUNGSIONAL = 1_466
PENDIDIKAN = 28_155


def _query(path: Path, sql: str, *params: object) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _stored_version(path: Path) -> str:
    rows = _query(path, "SELECT value FROM app_meta WHERE key = ?", REFERENCE_VERSION_KEY)
    assert len(rows) == 1
    return str(rows[0][0])


def _assert_full_catalogues(path: Path) -> None:
    by_katalog = dict(_query(path, "SELECT katalog, count(*) FROM ref_jabatan GROUP BY katalog"))
    assert by_katalog == {"pelaksana": PELAKSANA, "fungsional": FUNGSIONAL}
    assert count(path, "ref_pendidikan") == PENDIDIKAN
    assert count(path, "ref_code", "catalogue = 'agama'") > 0
    assert count(path, "ref_code", "catalogue = 'kedudukanHukum' AND code = '01'") == 1


def test_new_database_has_the_catalogues(reference_template: tuple[Path, OpenReport]) -> None:
    path, report = reference_template
    assert report.created and report.reference_loaded
    _assert_full_catalogues(path)
    assert _stored_version(path) == SIASN_REFERENCE_VERSION


def test_search_finds_both_kinds(reference_template: tuple[Path, OpenReport]) -> None:
    path, _ = reference_template
    found = dict(
        _query(
            path,
            "SELECT katalog, count(*) FROM ref_jabatan WHERE nama LIKE '%analis%' GROUP BY katalog",
        )
    )
    assert found.get("pelaksana", 0) > 0 and found.get("fungsional", 0) > 0


def test_fungsional_rows_keep_their_details(reference_template: tuple[Path, OpenReport]) -> None:
    path, _ = reference_template
    utama = _query(
        path,
        "SELECT usia_bup, jenjang, jenis_jabatan FROM ref_jabatan"
        " WHERE katalog = 'fungsional' AND nama LIKE '%Ahli Utama'",
    )
    assert (65, "UT", "FUNGSIONAL_KEAHLIAN") in utama
    assert {row[1] for row in utama} <= {"UT", "PT", "MU", "MA"}
    # Pelaksana rows have no BUP of their own and no level.
    assert _query(
        path,
        "SELECT count(*) FROM ref_jabatan WHERE katalog = 'pelaksana'"
        " AND (usia_bup IS NOT NULL OR jenjang != '' OR jenis_jabatan != 'PELAKSANA')",
    ) == [(0,)]
    # SIASN's "0" means unknown, stored as NULL rather than a BUP of 0 years.
    assert count(path, "ref_jabatan", "usia_bup = 0") == 0
    assert count(path, "ref_jabatan", "katalog = 'fungsional' AND usia_bup IS NULL") > 0
    keterampilan = count(path, "ref_jabatan", "jenis_jabatan = 'FUNGSIONAL_KETERAMPILAN'")
    assert keterampilan > 0


def test_reopening_does_not_reload(ref_db_path: Path) -> None:
    engine, report = open_engine(ref_db_path)
    engine.dispose()
    assert not report.reference_loaded and not report.created


def test_changed_version_reloads(ref_db_path: Path) -> None:
    conn = sqlite3.connect(ref_db_path)
    with conn:
        conn.execute(
            "UPDATE app_meta SET value = 'siasn-old' WHERE key = ?", (REFERENCE_VERSION_KEY,)
        )
        conn.execute("DELETE FROM ref_jabatan WHERE katalog = 'fungsional'")
        conn.execute("UPDATE ref_pendidikan SET nama = 'usang'")
    conn.close()

    steps: list[str] = []
    engine, report = open_engine(ref_db_path, progress=steps.append)
    engine.dispose()

    assert report.reference_loaded
    assert any("katalog" in step for step in steps)
    _assert_full_catalogues(ref_db_path)  # replaced, not appended to
    assert count(ref_db_path, "ref_pendidikan", "nama = 'usang'") == 0
    assert _stored_version(ref_db_path) == SIASN_REFERENCE_VERSION


def test_load_reference_false_leaves_catalogues_empty(db_path: Path) -> None:
    engine, report = open_engine(db_path, load_reference=False)
    engine.dispose()
    assert not report.reference_loaded
    assert count(db_path, "ref_jabatan") == 0
