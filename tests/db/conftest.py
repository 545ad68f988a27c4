"""Initialised databases made once per session and copied (SQLite backup API) per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.db.backup import copy_database
from asn_desktop.db.opening import OpenReport, open_engine


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at the head revision, without the SIASN catalogues (fast)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    engine, _ = open_engine(path, create=True, load_reference=False)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def reference_template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, OpenReport]:
    """A database created the way the program creates one: head revision + catalogues."""
    path = tmp_path_factory.mktemp("reference") / "reference.sqlite"
    engine, report = open_engine(path, create=True)
    engine.dispose()
    return path, report


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    """A private copy of `template_db` (rollback-journal mode until first opened)."""
    dest = tmp_path / "data" / "asn.sqlite"
    dest.parent.mkdir()
    copy_database(template_db, dest)
    return dest


@pytest.fixture
def ref_db_path(reference_template: tuple[Path, OpenReport], tmp_path: Path) -> Path:
    dest = tmp_path / "data" / "asn.sqlite"
    dest.parent.mkdir()
    copy_database(reference_template[0], dest)
    return dest
