"""PostgreSQL tests: a throw-away database on the server named by ASN_TEST_POSTGRES_URL.

BKPSDM consolidates the agencies on PostgreSQL, so the same models and migrations must work
there. Locally these tests are skipped without a server; in CI (CI=true) a missing URL is
an error, so they can never be skipped silently there. .ci/run starts the server.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from accounts import add_test_users
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from asn_desktop.services.database import Database

URL_VARIABLE = "ASN_TEST_POSTGRES_URL"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get(URL_VARIABLE, "").strip()
    if not url:
        if os.environ.get("CI") == "true":
            pytest.fail(
                f"{URL_VARIABLE} is not set but CI=true: the PostgreSQL tests must run in CI. "
                f"Export {URL_VARIABLE}=postgresql+psycopg://user:password@host:5432/db "
                "(.ci/run does) with a role that may CREATE DATABASE.",
                pytrace=False,
            )
        pytest.skip(f"{URL_VARIABLE} not set; no PostgreSQL server to test against")
    return url


@pytest.fixture(autouse=True)
def _requires_postgres(pg_server_url: str) -> None:
    """Every test here needs the server: skip or fail them all the same way."""


@pytest.fixture(autouse=True)
def asn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASN_DESKTOP_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture(scope="session")
def pg_admin(pg_server_url: str) -> Iterator[Engine]:
    """AUTOCOMMIT connection to the server (CREATE/DROP DATABASE cannot run in a transaction)."""
    engine = create_engine(pg_server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect():
            pass
    except DBAPIError as exc:
        shown = make_url(pg_server_url).render_as_string(hide_password=True)
        pytest.fail(
            f"PostgreSQL at {shown} ({URL_VARIABLE}) is unusable: {exc.orig}", pytrace=False
        )
    yield engine
    engine.dispose()


@contextmanager
def temporary_database(admin: Engine) -> Iterator[str]:
    """CREATE DATABASE asn_t_<hex>, yield its URL (with password), DROP it afterwards."""
    name = f"asn_t_{uuid.uuid4().hex}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield admin.url.set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(admin, name)


def drop_database(admin: Engine, name: str) -> None:
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    except DBAPIError:
        # PostgreSQL 15 refuses FORCE when an autovacuum worker (started by the catalogue
        # load, not owned by this role) is in the database. A plain DROP cancels autovacuum
        # by itself once this role's own sessions are gone.
        with admin.connect() as conn:
            conn.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    " WHERE datname = :name AND usename = current_user"
                    " AND pid <> pg_backend_pid()"
                ),
                {"name": name},
            )
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.fixture(scope="module")
def pg_url(pg_admin: Engine) -> Iterator[str]:
    """A fresh, empty database shared by the tests of one module."""
    with temporary_database(pg_admin) as url:
        yield url


@pytest.fixture
def fresh_pg_url(pg_admin: Engine) -> Iterator[str]:
    """A fresh, empty database for one test."""
    with temporary_database(pg_admin) as url:
        yield url


@pytest.fixture(scope="module")
def pg_db(pg_url: str) -> Iterator[Database]:
    """The module's database initialised as the program does it (migrations + catalogues)."""
    database = Database.open(pg_url, create=True)
    add_test_users(database)
    database.assume_user("admin")
    yield database
    database.close()
