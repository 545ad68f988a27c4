"""`db backup` (and the window's daily backup, the same path) under bad conditions.

Issues 2 (a backup of a read-only WAL database spun for ever), 3 (backups of a damaged
database were never verified, and pushed good ones out of retention) and 7 (partial .part
copies leaked after a kill or a full disk, which was reported as damage).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

import asn_desktop
from asn_desktop import paths
from asn_desktop.db.backup import BackupStore, verify_backup

from .conftest import Run
from .helpers import populate

SOURCE_TREE = Path(asn_desktop.__file__).resolve().parents[1]


def _child_env() -> dict[str, str]:
    """The test's environment (ASN_DESKTOP_HOME), importing this very source tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SOURCE_TREE), env.get("PYTHONPATH")]))
    return env


def _partial_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.part*")) if folder.is_dir() else []


def _damage_middle_pages(path: Path) -> None:
    """Overwrite pages in the middle: the file opens, but its b-trees are broken."""
    data = bytearray(path.read_bytes())
    page = 4096
    pages = len(data) // page
    assert pages > 100
    for number in range(pages // 2, pages // 2 + 20):
        data[number * page : (number + 1) * page] = b"\x55" * page
    path.write_bytes(bytes(data))


# -- issue 2: read-only WAL database ------------------------------------------------------

# SQLite maps the -shm of a WAL database read-only when it cannot open it for writing (a
# read-only file, folder or medium). Then, with no writer attached, every read transaction
# has to assume the database changed, and a backup restarts on every step. Running as root
# ignores file permissions, so the child asks SQLite for exactly that state (readonly_shm)
# on every connection to the database, as the read-only file would force it to.
READ_ONLY_SHM_CHILD = r"""
import os, sqlite3, sqlite3.dbapi2, sys
from pathlib import Path

source = Path(sys.argv[1]).resolve()
real_connect = sqlite3.connect

def connect(database, *args, **kwargs):
    name = os.fspath(database)
    if kwargs.get("uri"):
        if name.startswith(source.as_uri()):
            name += ("&" if "?" in name else "?") + "readonly_shm=1"
    elif os.path.abspath(name) == str(source):
        name, kwargs["uri"] = source.as_uri() + "?readonly_shm=1", True
    return real_connect(name, *args, **kwargs)

sqlite3.connect = sqlite3.dbapi2.connect = connect  # the latter is SQLAlchemy's
if sys.argv[2] == "daily":
    from asn_desktop.services.database import Database

    db = Database.open(source)
    db.assume_user("viewer")  # the day's backup is anyone's
    try:
        made = db.daily_backup_if_due()
    finally:
        db.close()
    print(f"daily {made.path}")
else:
    from asn_desktop.cli import main

    sys.exit(main(sys.argv[2:]))
"""


def _read_only_wal_database(source: Path, dest: Path) -> None:
    """A WAL database as left on a read-only medium: its -shm present, the -wal empty."""
    conn = sqlite3.connect(source)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        for suffix in ("", "-wal", "-shm"):  # copied while open: the -shm is kept
            shutil.copyfile(f"{source}{suffix}", f"{dest}{suffix}")
    finally:
        conn.close()
    assert Path(f"{dest}-wal").stat().st_size == 0
    for suffix in ("", "-wal", "-shm"):
        os.chmod(f"{dest}{suffix}", 0o444)


def test_backup_of_a_read_only_wal_database_finishes(db_file: Path, tmp_path: Path) -> None:
    database = tmp_path / "baca-saja.sqlite"
    _read_only_wal_database(db_file, database)
    assert database.stat().st_size > 4 * 1024 * 4096  # several backup steps' worth
    for command in (["db", "backup", "--db", str(database)], ["daily"]):
        # Before the fix this never returned (100% CPU): the timeout is the failure.
        done = subprocess.run(
            [sys.executable, "-c", READ_ONLY_SHM_CHILD, str(database), *command],
            cwd=tmp_path,
            env=_child_env(),
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith(("Cadangan dibuat: ", "daily ")), done.stdout
    backups = BackupStore(paths.backup_dir_for(database)).list()
    assert sorted(b.reason for b in backups) == ["daily", "manual"]
    for backup in backups:
        assert backup.verified
        verify_backup(backup.path)


# -- issue 3: verification ------------------------------------------------------------------


def test_backup_of_a_damaged_database_is_refused_and_good_ones_kept(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    populate(db_file)
    good = run("db", "backup", "--db", db_file, "--json")
    assert good.code == 0, good.err
    good_path = Path(good.json()["backup"])
    _damage_middle_pages(db_file)

    refused = run("db", "backup", "--db", db_file)
    assert refused.code == 1
    assert refused.out == ""
    assert "tidak dibuat" in refused.reason and "gagal diperiksa" in refused.reason
    out = tmp_path / "salinan.sqlite"
    refused_out = run("db", "backup", "--db", db_file, "--out", out)
    assert refused_out.code == 1 and "gagal diperiksa" in refused_out.reason
    assert not out.exists()

    folder = paths.backup_dir_for(db_file)
    assert [b.path for b in BackupStore(folder).list()] == [good_path]
    assert _partial_files(folder) == [] and _partial_files(tmp_path) == []
    verify_backup(good_path)


# -- issue 7: partial copies ------------------------------------------------------------------

# A backup that stops mid-copy (after its first step) and waits there to be killed.
PAUSE_MID_COPY_CHILD = r"""
import sqlite3, sys

class Pausing(sqlite3.Connection):
    def backup(self, target, *, pages=-1, progress=None, name="main", sleep=0.25):
        def step(status, remaining, total):
            if progress is not None:
                progress(status, remaining, total)
            print("copying", flush=True)
            sys.stdin.readline()  # never answered: the test kills us here

        return super().backup(target, pages=pages, progress=step, name=name, sleep=sleep)

real_connect = sqlite3.connect

def connect(*args, **kwargs):
    kwargs.setdefault("factory", Pausing)
    return real_connect(*args, **kwargs)

sqlite3.connect = connect
from asn_desktop.cli import main

sys.exit(main(sys.argv[1:]))
"""


def _killed_mid_backup(database: Path, folder: Path) -> int:
    """Start `db backup`, SIGKILL it in the middle of the copy; the .part bytes it left."""
    child = subprocess.Popen(
        [sys.executable, "-c", PAUSE_MID_COPY_CHILD, "db", "backup", "--db", str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_child_env(),
        text=True,
    )
    guard = threading.Timer(120, child.kill)  # a child that never pauses must not hang us
    guard.start()
    try:
        assert child.stdout is not None and child.stderr is not None
        line = child.stdout.readline()
        if line != "copying\n":
            child.kill()
            pytest.fail(f"the backup did not start copying: {line!r} {child.stderr.read()}")
        left = sum(p.stat().st_size for p in _partial_files(folder))
    finally:
        child.kill()  # SIGKILL: no clean-up of any kind runs
        child.wait(timeout=60)
        guard.cancel()
        for stream in (child.stdin, child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode != 0
    return left


def test_partial_copies_of_killed_backups_are_removed_by_the_next(run: Run, db_file: Path) -> None:
    folder = paths.backup_dir_for(db_file)
    for _ in range(3):
        assert _killed_mid_backup(db_file, folder) > 0  # a real, partly written copy
        # Each backup starts by removing what killed ones left: never more than the last.
        assert len([p for p in _partial_files(folder) if p.name.endswith(".part")]) == 1

    made = run("db", "backup", "--db", db_file, "--json")
    assert made.code == 0, made.err
    assert _partial_files(folder) == []
    assert [b.path for b in BackupStore(folder).list()] == [Path(made.json()["backup"])]


@pytest.fixture
def disk_fills_after_64_pages(db_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every backup copy (.part) can hold only 64 pages: SQLite then reports SQLITE_FULL,
    "database or disk is full", exactly as when the disk itself is full. (After db_file,
    which is itself made by a copy.)"""
    real_connect = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn: sqlite3.Connection = real_connect(database, *args, **kwargs)
        if str(database).endswith(".part"):
            conn.execute("PRAGMA max_page_count = 64")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.mark.usefixtures("disk_fills_after_64_pages")
def test_full_disk_says_so_and_leaves_no_partial_copy(
    run: Run, db_file: Path, tmp_path: Path
) -> None:
    folder = paths.backup_dir_for(db_file)
    result = run("db", "backup", "--db", db_file)
    assert result.code == 1
    assert "disk penuh" in result.reason
    assert "rusak" not in result.reason and "tidak bisa disalin" not in result.reason
    assert _partial_files(folder) == [] and BackupStore(folder).list() == []

    out = tmp_path / "salinan.sqlite"
    chosen = run("db", "backup", "--db", db_file, "--out", out)
    assert chosen.code == 1 and "disk penuh" in chosen.reason
    assert not out.exists() and _partial_files(tmp_path) == []


def _user_and_mount_namespaces_work(tmp_path: Path) -> bool:
    if sys.platform != "linux" or shutil.which("unshare") is None:
        return False
    probe = tmp_path / "probe"
    probe.mkdir()
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount -t tmpfs -o size=64k tmpfs '{probe}'"],
        capture_output=True,
        timeout=60,
        check=False,
    )
    return done.returncode == 0


def test_a_really_full_disk(db_file: Path, tmp_path: Path) -> None:
    """The backup folder on a 2 MB file system (a private tmpfs): ENOSPC for real."""
    if not _user_and_mount_namespaces_work(tmp_path):
        pytest.skip("needs unshare with user and mount namespaces (Linux)")
    home = tmp_path / "kecil"
    home.mkdir()
    script = (
        'mount -t tmpfs -o size=2m tmpfs "$ASN_DESKTOP_HOME" || exit 99; '
        '"$0" -m asn_desktop db backup --db "$1"; echo "exit=$?"; '
        'find "$ASN_DESKTOP_HOME" -name "*.part*"'
    )
    env = _child_env()
    env["ASN_DESKTOP_HOME"] = str(home)
    done = subprocess.run(
        ["unshare", "-rm", "sh", "-c", script, sys.executable, str(db_file)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["exit=1"], done.stdout  # and no .part file listed
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("asn-desktop: "), done.stderr
    assert "disk penuh" in lines[0]
