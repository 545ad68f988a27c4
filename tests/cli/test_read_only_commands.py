"""`db check` and `employees list` only look; empty, damaged and foreign targets get one line.

Issues 4 (checking and listing changed the file they read), 5 (a 0-byte file was silently
initialised) and 6 (tracebacks for a damaged file and for unsupported URL schemes).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from asn_desktop import paths
from asn_desktop.db import schema
from asn_desktop.db.backup import copy_database
from asn_desktop.db.engine import make_engine

from .conftest import Run
from .helpers import BUDI, populate

ROLLBACK_JOURNAL = b"\x01\x01"  # header bytes 18-19; WAL is b"\x02\x02"


def _fingerprint(path: Path) -> tuple[str, int, int, bytes]:
    """Content hash, modification time, size and journal mode of the file."""
    data = path.read_bytes()
    stat = path.stat()
    return hashlib.sha256(data).hexdigest(), stat.st_mtime_ns, stat.st_size, data[18:20]


def _older_database(path: Path) -> None:
    engine = make_engine(path)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    engine.dispose()


@pytest.fixture
def old_backup(db_file: Path, tmp_path: Path) -> Path:
    """A populated database as a backup file is: rollback-journal mode, never opened."""
    populate(db_file)
    copy = tmp_path / "cadangan-lama.sqlite"
    copy_database(db_file, copy)
    assert _fingerprint(copy)[3] == ROLLBACK_JOURNAL
    return copy


def test_check_and_list_leave_the_file_exactly_as_it_was(run: Run, old_backup: Path) -> None:
    before = _fingerprint(old_backup)
    check = run("db", "check", "--db", old_backup)
    assert check.code == 0, check.err
    assert "tidak ada masalah (integrity_check, foreign_key_check dan rantai jejak" in check.out
    listed = run("employees", "list", "--db", old_backup, "--json")
    assert listed.code == 0, listed.err
    assert BUDI in [row["nip"] for row in listed.json()]
    assert run("employees", "list", "--db", old_backup).code == 0
    # Not switched to WAL, not touched at all, and no backup of the backup.
    assert _fingerprint(old_backup) == before
    assert not paths.backup_dir_for(old_backup).exists()


def test_check_of_an_older_schema_says_so_and_changes_nothing(run: Run, tmp_path: Path) -> None:
    old = tmp_path / "lama.sqlite"
    _older_database(old)
    before = _fingerprint(old)

    result = run("db", "check", "--db", old)
    assert result.code == 0, result.err
    first = result.out.splitlines()[0]
    assert f"skema lama ({schema.SCHEMA_REVISIONS[0]})" in first
    assert "jalankan 'asn-desktop db upgrade'" in first
    assert "tidak ada masalah" in result.out  # and what could be checked was checked

    data = run("db", "check", "--db", old, "--json").json()
    assert data["ok"] is True
    assert data["checked"] == ["integrity_check", "foreign_key_check"]
    assert schema.SCHEMA_REVISIONS[0] in data["schema_note"]

    assert _fingerprint(old) == before
    assert not paths.backup_dir_for(old).exists()


def test_list_on_an_older_schema_refuses_with_the_advice_to_upgrade(
    run: Run, tmp_path: Path
) -> None:
    old = tmp_path / "lama.sqlite"
    _older_database(old)
    before = _fingerprint(old)
    result = run("employees", "list", "--db", old, "--json")
    assert result.code == 1
    assert result.out == ""
    assert "skema lama" in result.reason and "db upgrade" in result.reason
    assert _fingerprint(old) == before
    assert not paths.backup_dir_for(old).exists()
    # The advice works: upgrade (with its backup), then list.
    assert run("db", "upgrade", "--db", old).code == 0
    assert run("employees", "list", "--db", old, "--json").json() == []


@pytest.mark.parametrize(
    "command",
    [["db", "check"], ["employees", "list"], ["db", "upgrade"], ["db", "backup"]],
    ids=lambda c: " ".join(c),
)
def test_an_empty_file_is_refused_not_initialised(
    run: Run, tmp_path: Path, command: list[str]
) -> None:
    empty = tmp_path / "terpotong.sqlite"
    empty.write_bytes(b"")
    result = run(*command, "--db", empty)
    assert result.code == 1, result.out
    assert "berkas kosong (0 byte)" in result.reason
    assert empty.stat().st_size == 0
    assert not paths.backup_dir_for(empty).exists()


def test_db_init_may_turn_an_empty_file_into_a_database(run: Run, tmp_path: Path) -> None:
    empty = tmp_path / "baru.sqlite"
    empty.write_bytes(b"")
    result = run("db", "init", "--db", empty, "--json")
    assert result.code == 0, result.err
    assert result.json()["created"] is True
    assert run("db", "check", "--db", empty).code == 0


def test_restore_over_an_empty_file_is_allowed(run: Run, db_file: Path, tmp_path: Path) -> None:
    """A database truncated to 0 bytes is what a restore is for."""
    populate(db_file)
    made = run("db", "backup", "--db", db_file, "--json")
    assert made.code == 0, made.err
    empty = tmp_path / "terpotong.sqlite"
    empty.write_bytes(b"")
    restored = run("db", "restore", "--db", empty, "--from", made.json()["backup"])
    assert restored.code == 0, restored.err
    listed = run("employees", "list", "--db", empty, "--json")
    assert BUDI in [row["nip"] for row in listed.json()]


def _damage_middle_pages(path: Path) -> None:
    """Overwrite pages in the middle of the file: it opens, but its b-trees are broken."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 100
    for number in range(pages // 2, pages // 2 + 20):
        data[number * page : (number + 1) * page] = b"\x55" * page
    path.write_bytes(bytes(data))


def test_check_of_a_damaged_file_reports_it_in_one_line(run: Run, old_backup: Path) -> None:
    _damage_middle_pages(old_backup)
    result = run("db", "check", "--db", old_backup)
    assert result.code == 1
    assert "Traceback" not in result.err
    assert "masalah" in result.reason
    assert result.out.strip()  # the findings themselves, on stdout
    data = run("db", "check", "--db", old_backup, "--json")
    assert data.code == 1
    assert data.json()["ok"] is False and data.json()["problems"]


@pytest.mark.parametrize(
    "url",
    [
        "mysql://clerk:rahasia@localhost/asn",
        "foo://x",
        "postgresql+asyncpg://clerk:rahasia@localhost/asn",
    ],
)
@pytest.mark.parametrize(
    "command",
    [["db", "check"], ["employees", "list"], ["db", "upgrade"], ["db", "restore", "--from", "x"]],
    ids=lambda c: " ".join(c[:2]),
)
def test_unsupported_url_is_one_line(run: Run, url: str, command: list[str]) -> None:
    result = run(*command[:2], "--db", url, *command[2:])
    assert result.code == 1
    assert result.out == ""
    reason = result.reason
    assert "tidak didukung" in reason or "tidak terpasang" in reason or "hanya untuk" in reason
    assert "rahasia" not in result.err
