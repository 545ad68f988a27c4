"""Fixtures every test folder shares: a private program home, one initialised database."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts import add_test_users

from asn_desktop.services.database import Database


@pytest.fixture(autouse=True)
def asn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings, data, logs and backups under tmp_path, never in the real user folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("ASN_DESKTOP_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def initialised_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database created the way the program creates one: head revision and all SIASN
    catalogues. Made once per session (~1 s); tests copy it with copy_database, never open it.
    """
    folder = tmp_path_factory.mktemp("template")
    path = folder / "template.sqlite"
    db = Database.open(path, create=True, backup_dir=folder / "backups")
    try:
        add_test_users(db)
    finally:
        db.close()
    return path
