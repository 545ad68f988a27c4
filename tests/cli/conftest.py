"""One initialised database per session, copied (SQLite backup API) for each test."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from accounts import TEST_PASSWORDS

from asn_desktop import cli
from asn_desktop.db.backup import copy_database


@pytest.fixture(scope="session")
def cli_template(initialised_template: Path) -> Path:
    """An initialised, empty database with the SIASN catalogues (shared, see tests/conftest)."""
    return initialised_template


@pytest.fixture
def db_file(cli_template: Path, tmp_path: Path) -> Path:
    """A private copy of the template (rollback-journal mode until first opened)."""
    dest = tmp_path / "asn.sqlite"
    copy_database(cli_template, dest)
    return dest


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code = code
        self.out = out
        self.err = err

    def json(self) -> Any:
        return json.loads(self.out)

    @property
    def reason(self) -> str:
        """The one-line refusal on stderr, checked to be exactly one line."""
        lines = self.err.splitlines()
        assert len(lines) == 1, self.err
        assert lines[0].startswith("asn-desktop: "), self.err
        return lines[0]


Run = Callable[..., Result]


@pytest.fixture
def run(capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*argv: str | Path) -> Result:
        capsys.readouterr()
        code = cli.main([str(a) for a in argv])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return invoke


@pytest.fixture(autouse=True)
def signed_in_as_admin(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test database has accounts (tests/accounts.py): commands act as admin unless a
    test says otherwise."""
    monkeypatch.setenv("ASN_USER", "admin")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["admin"])
    monkeypatch.delenv("ASN_NEW_PASSWORD", raising=False)
