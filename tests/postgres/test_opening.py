"""Opening a PostgreSQL database: schema through the Alembic migrations, catalogues, refusals."""

from __future__ import annotations

import traceback
from datetime import date

import pytest
from accounts import add_test_users
from sqlalchemy import func, insert, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from asn_desktop import cli
from asn_desktop.db import schema
from asn_desktop.db.base import Base
from asn_desktop.db.engine import make_engine
from asn_desktop.db.errors import (
    ConnectionRefused,
    DatabaseError,
    DatabaseMissing,
    NewerSchema,
)
from asn_desktop.db.models import Employee, OrgUnit, RankHistory
from asn_desktop.db.opening import OpenReport
from asn_desktop.db.reference_models import RefCode, RefJabatan, RefPendidikan
from asn_desktop.services.database import Database

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def created(pg_url: str) -> tuple[OpenReport, list[str]]:
    """Database.open(create=True) on the module's empty database, with its progress lines."""
    said: list[str] = []
    database = Database.open(pg_url, create=True, progress=said.append)
    database.close()
    return database.report, said


def test_create_runs_the_migrations_and_loads_the_catalogues(
    pg_url: str, created: tuple[OpenReport, list[str]]
) -> None:
    report, said = created
    assert report.created is True
    assert report.reference_loaded is True
    assert report.backup is None
    assert said  # the progress callback was told what happened

    engine = make_engine(pg_url)
    try:
        with engine.connect() as conn:
            assert conn.dialect.name == "postgresql"
            versions = conn.execute(text("SELECT version_num FROM alembic_version")).scalars()
            assert versions.all() == [schema.HEAD_REVISION]
            tables = set(inspect(conn).get_table_names())
            assert tables == set(Base.metadata.tables) | {"alembic_version"}
            assert conn.scalar(select(func.count()).select_from(RefJabatan)) == 72_365
            assert conn.scalar(select(func.count()).select_from(RefPendidikan)) == 28_155
            aktif = conn.scalar(
                select(RefCode.nama).where(
                    RefCode.catalogue == "kedudukanHukum", RefCode.code == "01"
                )
            )
            assert aktif == "Aktif"
    finally:
        engine.dispose()


def test_reopen_neither_migrates_nor_reloads(
    pg_url: str, created: tuple[OpenReport, list[str]]
) -> None:
    said: list[str] = []
    database = Database.open(pg_url, progress=said.append)
    try:
        report = database.report
        assert (report.created, report.migrated_from, report.reference_loaded) == (
            False,
            None,
            False,
        )
        assert said == []
        assert database.path is None
        assert database.where == make_url(pg_url).render_as_string(hide_password=True)
        checked = database.check()
        assert checked.problems == [] and checked.schema_note is None
    finally:
        database.close()


def test_backup_on_postgres_points_to_pg_dump(
    pg_url: str, created: tuple[OpenReport, list[str]]
) -> None:
    database = Database.open(pg_url)
    try:
        assert database.backups is None
        add_test_users(database)
        database.assume_user("admin")
        with pytest.raises(DatabaseError, match="pg_dump"):
            database.backup()
        with pytest.raises(DatabaseError, match="pg_dump"):
            database.daily_backup_if_due()
    finally:
        database.close()


def test_empty_database_without_create_is_missing(fresh_pg_url: str) -> None:
    with pytest.raises(DatabaseMissing, match="db init"):
        Database.open(fresh_pg_url)
    engine = make_engine(fresh_pg_url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("create", [False, True])
def test_newer_schema_is_refused_and_left_alone(fresh_pg_url: str, create: bool) -> None:
    engine = make_engine(fresh_pg_url)
    try:
        schema.upgrade(engine)  # the real tables, without the (slow) catalogues
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099_masa_depan'"))

        with pytest.raises(NewerSchema, match="0099_masa_depan"):
            Database.open(fresh_pg_url, create=create)

        with engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
                "0099_masa_depan"
            )
            assert conn.scalar(select(func.count()).select_from(RefJabatan)) == 0
    finally:
        engine.dispose()


def test_wrong_password_is_refused_without_showing_it(pg_url: str) -> None:
    secret = "Salah-Sandi-8471"
    wrong = make_url(pg_url).set(password=secret).render_as_string(hide_password=False)

    with pytest.raises(ConnectionRefused) as caught:
        Database.open(wrong)

    message = str(caught.value)
    assert "Kata sandi" in message
    assert secret not in message
    assert "***" in message
    # Nor anywhere in the chain that ends up in the log file.
    assert secret not in "".join(traceback.format_exception(caught.value))


def test_check_says_what_it_checked(pg_url: str, created: tuple[OpenReport, list[str]]) -> None:
    database = Database.open(pg_url, read_only=True)
    try:
        report = database.check()
    finally:
        database.close()
    assert report.checked[:3] == [schema.CHECK_HISTORY, schema.CHECK_UNITS, schema.CHECK_NIP]
    assert report.checked[3].startswith("rantai jejak audit (")
    assert report.problems == [] and report.ok


def _broken_register(url: str) -> None:
    """What dropped constraints let in: orphans and one NIP on two live employees."""
    engine = make_engine(url)
    try:
        schema.upgrade(engine)  # the real tables, without the (slow) catalogues
        with engine.begin() as conn:
            for table, constraint in (
                ("rank_history", "fk_rank_history_employee_id_employee"),
                ("employee", "fk_employee_unit_id_org_unit"),
                ("employee", "uq_employee_nip"),
            ):
                conn.execute(text(f"ALTER TABLE {table} DROP CONSTRAINT {constraint}"))
            conn.execute(insert(OrgUnit), [{"id": 1, "kode": "DINAS", "nama": "Dinas"}])
            person = {"tanggal_lahir": date(1985, 3, 15), "jenis_kelamin": "L"}
            conn.execute(
                insert(Employee),
                [
                    {"id": 1, "nip": NIP, "nama": "Budi", "status_kepegawaian": "PNS",
                     "unit_id": 1, **person},
                    {"id": 2, "nip": NIP, "nama": "Budi Lagi", "status_kepegawaian": "PNS",
                     "unit_id": 1, **person},
                    {"id": 3, "nip": OTHER_NIP, "nama": "Agus", "status_kepegawaian": "PNS",
                     "unit_id": 77, **person},
                ],
            )  # fmt: skip
            conn.execute(
                insert(RankHistory),
                [{"id": 5, "employee_id": 99, "golongan_id": 31, "tmt": date(2015, 3, 1)}],
            )
    finally:
        engine.dispose()


NIP = "198503152010011002"
OTHER_NIP = "197812012005011003"


def test_check_finds_orphans_and_duplicate_nips(
    fresh_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _broken_register(fresh_pg_url)
    database = Database.open(fresh_pg_url, read_only=True)
    try:
        report = database.check()
    finally:
        database.close()
    assert report.problems == [
        "Baris 5 di tabel rank_history menunjuk ke employee yang tidak ada.",
        "Baris 3 di tabel employee menunjuk ke org_unit yang tidak ada.",
        f"NIP {NIP} dipakai 2 pegawai aktif sekaligus.",
    ]

    assert cli.main(["db", "check", "--db", fresh_pg_url]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines() == report.problems
    assert err.startswith("asn-desktop: ") and "3 masalah" in err and len(err.splitlines()) == 1
    assert schema.CHECK_NIP in err  # and what was checked


def test_read_only_open_leaves_an_older_schema_and_cannot_write(fresh_pg_url: str) -> None:
    engine = make_engine(fresh_pg_url)
    try:
        schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
        database = Database.open(fresh_pg_url, read_only=True)
        try:
            assert database.report.older_revision == schema.SCHEMA_REVISIONS[0]
            report = database.check()
            assert report.problems == []
            assert report.schema_note is not None
            assert f"skema lama ({schema.SCHEMA_REVISIONS[0]})" in report.schema_note
            with pytest.raises(DBAPIError, match="read-only"), database.engine.begin() as conn:
                conn.execute(text("INSERT INTO app_meta (key, value) VALUES ('x', 'y')"))
        finally:
            database.close()
        with engine.connect() as conn:
            assert (
                conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                == (schema.SCHEMA_REVISIONS[0])
            )
            assert conn.execute(text("SELECT count(*) FROM app_meta")).scalar() == 0
    finally:
        engine.dispose()
