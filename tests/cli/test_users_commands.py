"""`asn-desktop users ...` and signing in on the command line."""

from __future__ import annotations

import os
import pty
import select
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS

from .conftest import Run
from .helpers import BUDI, populate


@pytest.fixture
def no_accounts(db_file: Path) -> Path:
    conn = sqlite3.connect(db_file)
    conn.execute("DELETE FROM app_user")
    conn.commit()
    conn.close()
    return db_file


def test_the_first_admin_on_a_database_without_accounts(
    run: Run, no_accounts: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASN_USER", raising=False)
    monkeypatch.delenv("ASN_PASSWORD", raising=False)
    monkeypatch.setenv("ASN_NEW_PASSWORD", "kepala-dinas-1")
    refused = run("users", "add", "clerk", "--role", "operator", "--db", no_accounts)
    assert refused.code == 1 and "administrator dahulu" in refused.reason
    made = run("users", "add", "kepala", "--role", "admin", "--db", no_accounts, "--json")
    assert made.code == 0, made.err
    assert made.json()["first_admin"] is True
    # From now on every command needs a user.
    listing = run("employees", "list", "--db", no_accounts)
    assert listing.code == 1 and "--user" in listing.reason
    monkeypatch.setenv("ASN_USER", "kepala")
    monkeypatch.setenv("ASN_PASSWORD", "kepala-dinas-1")
    assert run("employees", "list", "--db", no_accounts).code == 0


def test_a_database_without_accounts_refuses_writes(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As after upgrading a register from before accounts existed."""
    populate(db_file)
    conn = sqlite3.connect(db_file)
    conn.execute("DELETE FROM app_user")
    conn.commit()
    conn.close()
    monkeypatch.delenv("ASN_USER", raising=False)
    result = run("employees", "set", BUDI, "telepon=081234567890", "--db", db_file)
    assert result.code == 1
    assert "belum punya pengguna" in result.reason and "users add" in result.reason
    assert run("employees", "list", "--db", db_file).code == 0  # looking is fine


def test_wrong_password_is_one_line_and_exit_1(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_PASSWORD", "bukan-ini")
    result = run("employees", "list", "--db", db_file)
    assert result.code == 1
    assert "Nama pengguna atau kata sandi salah" in result.reason
    assert result.out == ""


def test_password_file_and_user_option(
    run: Run, db_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASN_PASSWORD", raising=False)
    secret = tmp_path / "pw.txt"
    secret.write_text(TEST_PASSWORDS["viewer"] + "\n", encoding="utf-8")
    result = run(
        "employees", "list", "--db", db_file, "--user", "viewer", "--password-file", secret
    )
    assert result.code == 0, result.err
    missing = run(
        "employees", "list", "--db", db_file, "--password-file", tmp_path / "none.txt"
    )
    assert missing.code == 2 and "tidak ada" in missing.reason


def test_no_password_and_no_terminal_is_refused(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("ASN_PASSWORD", raising=False)
    result = run("employees", "list", "--db", db_file)
    assert result.code == 1 and "ASN_PASSWORD" in result.reason


def test_the_password_is_not_accepted_as_an_argument(run: Run, db_file: Path) -> None:
    result = run("employees", "list", "--db", db_file, "--password", "demo-admin")
    assert result.code == 2


def test_lockout_then_unlock_by_an_admin(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", "salah-terus")
    # A command that may write counts the failures (one that only looks records nothing).
    for _ in range(4):
        assert "Sisa" in run("db", "backup", "--db", db_file).reason
    assert "kini dikunci" in run("db", "backup", "--db", db_file).reason
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    assert "terkunci" in run("employees", "list", "--db", db_file).reason
    monkeypatch.setenv("ASN_USER", "admin")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["admin"])
    listing = run("users", "list", "--db", db_file, "--json").json()
    assert {u["username"]: u["locked"] for u in listing}["viewer"] is True
    assert run("users", "unlock", "viewer", "--db", db_file).code == 0
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    assert run("employees", "list", "--db", db_file).code == 0


def test_reset_forces_a_change_then_passwd(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_NEW_PASSWORD", "sementara-99")
    assert run("users", "passwd", "operator", "--db", db_file).code == 0
    monkeypatch.setenv("ASN_USER", "operator")
    monkeypatch.setenv("ASN_PASSWORD", "sementara-99")
    forced = run("employees", "list", "--db", db_file)
    assert forced.code == 1 and "users passwd" in forced.reason
    monkeypatch.setenv("ASN_NEW_PASSWORD", "pilihan-sendiri-7")
    changed = run("users", "passwd", "--db", db_file)
    assert changed.code == 0, changed.err
    monkeypatch.setenv("ASN_PASSWORD", "pilihan-sendiri-7")
    assert run("employees", "list", "--db", db_file).code == 0


def test_role_add_and_viewer_refusals(
    run: Run, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_NEW_PASSWORD", "awal-clerk-1")
    added = run(
        "users", "add", "clerk", "--role", "viewer", "--full-name", "Clerk", "--db", db_file
    )
    assert added.code == 0, added.err
    assert run("users", "role", "clerk", "operator", "--db", db_file).code == 0
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    for argv in (
        ("users", "add", "lagi", "--role", "viewer"),
        ("users", "lock", "clerk"),
        ("users", "unlock", "clerk"),
        ("users", "role", "clerk", "admin"),
        ("users", "passwd", "clerk"),
    ):
        result = run(*argv, "--db", db_file)
        assert result.code == 1, argv
        assert "tidak berhak" in result.reason, (argv, result.reason)


@pytest.mark.skipif(sys.platform == "win32", reason="pty is POSIX")
def test_the_prompt_does_not_echo_the_password(db_file: Path, tmp_path: Path) -> None:
    """A person at a terminal types the password; it never appears on the screen."""
    env = {k: v for k, v in os.environ.items() if k not in ("ASN_USER", "ASN_PASSWORD")}
    env["ASN_DESKTOP_HOME"] = str(tmp_path / "home")
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [sys.executable, "-m", "asn_desktop", "employees", "list", "--db", str(db_file),
         "--user", "admin"],
        stdin=follower, stdout=follower, stderr=follower, env=env, close_fds=True,
    )
    os.close(follower)
    screen = b""
    deadline = time.monotonic() + 30
    while b"Kata sandi" not in screen and time.monotonic() < deadline:
        ready, _w, _x = select.select([leader], [], [], 1)
        if ready:
            screen += os.read(leader, 4096)
    assert b"Kata sandi admin" in screen, screen
    os.write(leader, TEST_PASSWORDS["admin"].encode() + b"\n")
    while child.poll() is None and time.monotonic() < deadline:
        ready, _w, _x = select.select([leader], [], [], 0.5)
        if ready:
            try:
                screen += os.read(leader, 4096)
            except OSError:
                break
    child.wait(30)
    try:
        while True:
            ready, _w, _x = select.select([leader], [], [], 0.2)
            if not ready:
                break
            chunk = os.read(leader, 4096)
            if not chunk:
                break
            screen += chunk
    except OSError:
        pass
    os.close(leader)
    assert child.returncode == 0, screen
    assert TEST_PASSWORDS["admin"].encode() not in screen
    assert b"pegawai" in screen


HOLD_AND_WAIT = """
import sys, time
from pathlib import Path
from asn_desktop.db.holder import acquire
acquire(Path(sys.argv[1]), user="siti", program="ASN Desktop")
print("HOLDING", flush=True)
time.sleep(120)
"""


def test_a_writing_command_is_told_who_holds_the_database(run: Run, db_file: Path) -> None:
    """One program per database: the window holds it; a writing command names it and
    writes nothing; a command that only looks still works."""
    populate(db_file)
    window = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WAIT, str(db_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert window.stdout is not None and window.stdout.readline().strip() == "HOLDING"
        before = db_file.read_bytes()
        refused = run("employees", "set", BUDI, "telepon=081234567890", "--db", db_file)
        assert refused.code == 1
        assert "sedang dipakai oleh siti" in refused.reason and "ASN Desktop" in refused.reason
        assert db_file.read_bytes() == before
        assert run("employees", "list", "--db", db_file).code == 0
    finally:
        window.kill()
        window.wait(10)
    # The killed window's hold is taken over.
    assert run("employees", "set", BUDI, "telepon=081234567890", "--db", db_file).code == 0
