"""Service tests: initialised databases built once per session, copied for each test.

Most use cases never read the two big SIASN catalogues (72,365 positions, 28,155 education
entries, ~20 MB), so most tests get a copy of `lean_template`, where those two tables are
emptied; the catalogue version stays stamped, so opening does not reload them. The code
lists (kedudukanHukum, ...) that validation does read are kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.reference import ReferenceService

from .helpers import Register, seed_register


@pytest.fixture(scope="session")
def full_template(initialised_template: Path) -> Path:
    """Head revision + all SIASN catalogues (shared, see tests/conftest)."""
    return initialised_template


@pytest.fixture(scope="session")
def lean_template(full_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("services-lean") / "lean.sqlite"
    copy_database(full_template, path)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("DELETE FROM ref_jabatan")
        conn.execute("DELETE FROM ref_pendidikan")
        conn.execute("VACUUM")
    finally:
        conn.close()
    return path


@pytest.fixture(scope="session")
def register_template(
    lean_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, Register]:
    """The template plus the small register of helpers.PEOPLE."""
    folder = tmp_path_factory.mktemp("services-register")
    path = folder / "register.sqlite"
    copy_database(lean_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        register = seed_register(db)
    finally:
        db.close()
    return path, register


@pytest.fixture
def db_path(lean_template: Path, tmp_path: Path) -> Path:
    dest = tmp_path / "asn.sqlite"
    copy_database(lean_template, dest)
    return dest


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_as(db_path)
    yield database
    database.close()


@pytest.fixture
def register_db(register_template: tuple[Path, Register], tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "register.sqlite"
    copy_database(register_template[0], dest)
    database = open_as(dest)
    yield database
    database.close()


@pytest.fixture
def register(register_template: tuple[Path, Register]) -> Register:
    return register_template[1]


@pytest.fixture
def employees(db: Database) -> EmployeeService:
    return EmployeeService(db)


@pytest.fixture
def units(db: Database) -> OrgUnitService:
    return OrgUnitService(db)


@pytest.fixture
def full_db(full_template: Path, tmp_path: Path) -> Iterator[Database]:
    """A copy with every SIASN catalogue loaded."""
    dest = tmp_path / "full.sqlite"
    copy_database(full_template, dest)
    database = open_as(dest)
    yield database
    database.close()


@pytest.fixture
def reference(full_db: Database) -> ReferenceService:
    return ReferenceService(full_db)
