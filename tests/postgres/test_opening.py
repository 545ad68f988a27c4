"""Opening a PostgreSQL database: schema through the Alembic migrations, catalogues, refusals."""

from __future__ import annotations

import traceback

import pytest
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from asn_desktop.db import schema
from asn_desktop.db.base import Base
from asn_desktop.db.engine import make_engine
from asn_desktop.db.errors import (
    ConnectionRefused,
    DatabaseError,
    DatabaseMissing,
    NewerSchema,
)
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
        assert database.check() == []
    finally:
        database.close()


def test_backup_on_postgres_points_to_pg_dump(
    pg_url: str, created: tuple[OpenReport, list[str]]
) -> None:
    database = Database.open(pg_url)
    try:
        assert database.backups is None
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
