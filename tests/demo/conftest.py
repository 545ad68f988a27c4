"""Demo tests: copies of initialised databases, opened as one of the test accounts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import text

from asn_desktop.db.backup import copy_database
from asn_desktop.services.database import Database

MakeDb = Callable[..., Database]


@pytest.fixture(scope="session")
def bare_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Initialised as the program initialises a database (catalogues), without accounts."""
    folder = tmp_path_factory.mktemp("demo-bare")
    path = folder / "bare.sqlite"
    Database.open(path, create=True, backup_dir=folder / "backups").close()
    return path


@pytest.fixture
def make_db(initialised_template: Path, tmp_path: Path) -> Iterator[MakeDb]:
    """A fresh copy of the template (catalogues + test accounts), open as `username`."""
    opened: list[Database] = []

    def make(username: str = "admin") -> Database:
        dest = tmp_path / f"asn-{len(opened)}.sqlite"
        copy_database(initialised_template, dest)
        db = open_as(dest, username)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


def rows(db: Database, sql: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(sql))]


def scalar(db: Database, sql: str) -> Any:
    with db.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()
