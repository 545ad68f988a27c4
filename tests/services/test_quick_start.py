"""The window's fast opening path (services.quick_start): it takes only what the full path
would find nothing to do for, writes exactly what UserService.sign_in writes, and reads the
register exactly as EmployeeService does."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS, open_as
from argon2 import PasswordHasher, Type

from asn_desktop.db import holder, reference_loader
from asn_desktop.db.backup import copy_database
from asn_desktop.db.errors import DatabaseError
from asn_desktop.demo import generate_demo
from asn_desktop.domain.kata_sandi import normalize_username as kata_sandi_normalize
from asn_desktop.services import audit, quick_start
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import (
    SORT_KEYS,
    EmployeeQuery,
    EmployeeService,
    LeavingEntry,
)
from asn_desktop.services.quick_start import QuickStart
from asn_desktop.services.users import UserService

_AUDIT_COLUMNS = (
    "seq, username, action, entity_type, entity_uuid, subject_uuid, entity_label, changes, detail"
)
_USER_COLUMNS = (
    "id, username, full_name, role, password_hash, must_change_password, failed_logins, "
    "locked_at, revision"
)


@pytest.fixture(scope="module")
def quick_template(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo agency with some who left and some deleted: the register's first page must
    leave both out, as the service does."""
    folder = tmp_path_factory.mktemp("quick-template")
    path = folder / "template.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        generate_demo(db, employees=160, seed=5, appraisals=False, competency=False)
        service = EmployeeService(db)
        ids = service.search_ids(EmployeeQuery(sort="nip"))
        for employee_id in ids[:3]:
            service.record_leaving(
                employee_id,
                LeavingEntry(
                    "mutasi_keluar",
                    date(2026, 10, 1),
                    "Pindah",
                    "821/MUT/2026",
                    None,
                    "Dinas Kesehatan",
                ),
                expected_revision=service.get(employee_id).revision,
            )
        for employee_id in ids[3:5]:
            service.delete(
                employee_id, expected_revision=service.get(employee_id).revision, reason="salah"
            )
    finally:
        db.close()
    return path


@pytest.fixture
def quick_file(quick_template: Path, tmp_path: Path) -> Path:
    """A copy the program has opened before (a copy is made in rollback-journal mode; the
    first full opening switches it to WAL)."""
    dest = tmp_path / "asn.sqlite"
    copy_database(quick_template, dest)
    Database.open(dest).close()
    return dest


@pytest.fixture
def start(quick_file: Path) -> Iterator[QuickStart]:
    opened = QuickStart.probe(quick_file, program="test")
    assert opened is not None
    yield opened
    opened.close()


def _raw(path: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        with conn:
            return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def _fingerprint(path: Path) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    return (
        _raw(path, f"SELECT {_USER_COLUMNS}, last_login_at FROM app_user ORDER BY id"),
        _raw(path, "SELECT * FROM audit_log ORDER BY seq"),
    )


def test_its_copies_of_the_programs_rules_are_the_programs() -> None:
    assert quick_start.AUDIT_HEAD_KEY == audit.AUDIT_HEAD_KEY
    assert quick_start.REFERENCE_VERSION_KEY == reference_loader.REFERENCE_VERSION_KEY
    assert set(quick_start._SORT_SQL) == set(SORT_KEYS)
    for typed in ("  Admin ", "OPERATOR", "viewer", "Ärger\t"):
        assert quick_start.normalize_username(typed) == kata_sandi_normalize(typed)


def test_it_loads_no_sqlalchemy() -> None:
    code = (
        "import sys, asn_desktop.services.quick_start\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


# -- the probe ------------------------------------------------------------------------------


def test_a_copy_not_yet_opened_by_the_program_goes_the_full_way(
    quick_template: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.sqlite"
    copy_database(quick_template, copy)
    assert QuickStart.probe(copy, program="test") is None
    Database.open(copy).close()  # WAL from now on
    opened = QuickStart.probe(copy, program="test")
    assert opened is not None
    opened.close()


def test_the_probe_takes_a_current_database_and_holds_it_until_closed(quick_file: Path) -> None:
    opened = QuickStart.probe(quick_file, program="ASN Desktop")
    assert opened is not None
    try:
        held = holder.current_holder(quick_file)
        assert held is not None and held.program == "ASN Desktop"
    finally:
        opened.close()
    assert holder.current_holder(quick_file) is None
    with pytest.raises(DatabaseError, match="ditutup"):
        opened.rows([1])


def _older_revision(path: Path) -> None:
    _raw(path, "UPDATE alembic_version SET version_num = '0007_register_use'")


def _newer_revision(path: Path) -> None:
    _raw(path, "UPDATE alembic_version SET version_num = '0099_from_the_future'")


def _other_catalogue(path: Path) -> None:
    _raw(path, "UPDATE app_meta SET value = 'siasn-older' WHERE key = 'siasn_reference_version'")


def _rollback_journal(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
    finally:
        conn.close()


def _no_accounts(path: Path) -> None:
    _raw(path, "DELETE FROM app_user")


def _no_audit_head(path: Path) -> None:
    _raw(path, "DELETE FROM app_meta WHERE key = 'audit_head'")


def _no_application_id(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA application_id = 0")
    finally:
        conn.close()


@pytest.mark.parametrize(
    "spoil",
    [
        _older_revision,
        _newer_revision,
        _other_catalogue,
        _rollback_journal,
        _no_accounts,
        _no_audit_head,
        _no_application_id,
    ],
)
def test_the_probe_leaves_what_the_full_path_must_handle_untouched(
    quick_file: Path, spoil: Callable[[Path], None]
) -> None:
    spoil(quick_file)
    before = hashlib.sha256(quick_file.read_bytes()).hexdigest()
    assert QuickStart.probe(quick_file, program="test") is None
    assert holder.current_holder(quick_file) is None
    assert hashlib.sha256(quick_file.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("content", [None, b"", b"Not a database at all" * 20])
def test_the_probe_declines_a_missing_empty_or_foreign_file(
    tmp_path: Path, content: bytes | None
) -> None:
    path = tmp_path / "x.sqlite"
    if content is not None:
        path.write_bytes(content)
    assert QuickStart.probe(path, program="test") is None
    assert not path.exists() or path.read_bytes() == content
    assert QuickStart.probe(tmp_path, program="test") is None  # a folder


def test_the_probe_declines_a_server_address() -> None:
    url = "postgresql+psycopg://nobody@localhost:1/none"
    assert QuickStart.probe(url, program="test") is None


def test_the_probe_declines_a_database_another_program_holds(quick_file: Path) -> None:
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from asn_desktop.db import holder
        hold = holder.acquire(Path(sys.argv[1]), user="lain", program="asn-desktop lain")
        print("held", flush=True)
        sys.stdin.readline()
        hold.release()
        """
    )
    other = subprocess.Popen(
        [sys.executable, "-c", code, str(quick_file)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "held"
        assert QuickStart.probe(quick_file, program="test") is None
        held = holder.current_holder(quick_file)
        assert held is not None and held.program == "asn-desktop lain"
    finally:
        assert other.stdin is not None
        other.stdin.write("\n")
        other.stdin.close()
        other.wait(30)


# -- signing in -----------------------------------------------------------------------------


def test_a_sign_in_writes_what_the_accounts_service_writes(
    quick_file: Path, tmp_path: Path
) -> None:
    """One copy signed in the fast way, one through UserService: the same account row (but
    the time), the same audit entry (but the time and hash), and a whole chain."""
    slow_file = tmp_path / "slow.sqlite"
    copy_database(quick_file, slow_file)
    for path in (quick_file, slow_file):  # a failure before: the sign-in resets the count
        _raw(path, "UPDATE app_user SET failed_logins = 2 WHERE username = 'operator'")
    seq_before = _raw(quick_file, "SELECT max(seq) FROM audit_log")[0][0]

    opened = QuickStart.probe(quick_file, program="test")
    assert opened is not None
    try:
        fast = opened.sign_in(" Operator ", TEST_PASSWORDS["operator"])
    finally:
        opened.close()
    slow_db = Database.open(slow_file)
    try:
        slow = UserService(slow_db).sign_in(" Operator ", TEST_PASSWORDS["operator"])
    finally:
        slow_db.close()

    assert fast == slow
    row = f"SELECT {_USER_COLUMNS} FROM app_user WHERE username = 'operator'"
    assert _raw(quick_file, row) == _raw(slow_file, row)
    assert _raw(quick_file, row)[0][6] == 0  # failed_logins
    login_at = "SELECT last_login_at FROM app_user WHERE username = 'operator'"
    fast_at, slow_at = _raw(quick_file, login_at)[0][0], _raw(slow_file, login_at)[0][0]
    assert isinstance(fast_at, str) and isinstance(slow_at, str)
    assert len(fast_at) == len(slow_at) and fast_at[:10] == slow_at[:10]  # the same form
    entries = f"SELECT {_AUDIT_COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq"
    assert _raw(quick_file, entries, seq_before) == _raw(slow_file, entries, seq_before)
    assert [e[2] for e in _raw(quick_file, entries, seq_before)] == ["login"]

    check = open_as(quick_file)
    try:
        assert AuditService(check).verify() is None
        # What the ORM reads back from the fast path's text: the time in UTC.
        account = UserService(check).get("operator")
        assert account.last_login_at is not None and account.failed_logins == 0
        assert account.last_login_at.tzinfo is not None
    finally:
        check.close()


def _locked(path: Path) -> None:
    _raw(path, "UPDATE app_user SET locked_at = '2026-11-30 08:00:00.000000' WHERE id = 1")


def _must_change(path: Path) -> None:
    _raw(path, "UPDATE app_user SET must_change_password = 1 WHERE id = 1")


def _old_hash(path: Path) -> None:
    weaker = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID)
    stored = weaker.hash(TEST_PASSWORDS["admin"])
    _raw(path, "UPDATE app_user SET password_hash = ? WHERE id = 1", stored)


@pytest.mark.parametrize(
    ("username", "password", "spoil"),
    [
        ("admin", "bukan-sandinya", None),
        ("tidak-ada", TEST_PASSWORDS["admin"], None),
        ("admin", TEST_PASSWORDS["admin"], _locked),
        ("admin", TEST_PASSWORDS["admin"], _must_change),
        ("admin", TEST_PASSWORDS["admin"], _old_hash),
    ],
)
def test_what_the_fast_sign_in_declines_it_leaves_unwritten(
    quick_file: Path,
    username: str,
    password: str,
    spoil: Callable[[Path], None] | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The full path checks again, counts, records and answers: nothing of it here."""
    assert _raw(quick_file, "SELECT username FROM app_user WHERE id = 1") == [("admin",)]
    if spoil is not None:
        spoil(quick_file)
    before = _fingerprint(quick_file)
    checks: list[str] = []
    real = quick_start.verify_password
    monkeypatch.setattr(
        quick_start, "verify_password", lambda stored, pw: checks.append(stored) or real(stored, pw)
    )
    opened = QuickStart.probe(quick_file, program="test")
    assert opened is not None
    try:
        assert opened.sign_in(username, password) is None
        assert len(checks) == 1  # one Argon2 check, an unknown name included
        assert _fingerprint(quick_file) == before
        # Still usable: another account signs in.
        assert opened.sign_in("viewer", TEST_PASSWORDS["viewer"]) is not None
    finally:
        opened.close()


def test_an_account_changed_after_it_was_read_is_not_signed_in(start: QuickStart) -> None:
    """The UPDATE names the revision read, as the ORM's version counter does."""
    path = start.path
    before = _fingerprint(path)
    conn = start._connection()
    user_id, revision, stored = _raw(
        path, "SELECT id, revision, password_hash FROM app_user WHERE username = 'admin'"
    )[0]
    assert isinstance(user_id, int) and isinstance(revision, int) and isinstance(stored, str)
    assert not start._record_login(conn, user_id, "admin", revision - 1, stored)
    assert not start._record_login(conn, user_id, "admin", revision, stored + "x")
    assert not conn.in_transaction
    assert _fingerprint(path) == before


# -- the register's first page ------------------------------------------------------------


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", SORT_KEYS)
def test_the_first_page_is_the_registers_own(
    start: QuickStart, sort: str, descending: bool
) -> None:
    db = open_as(start.path)
    try:
        service = EmployeeService(db)
        expected = service.search_ids(EmployeeQuery(sort=sort, descending=descending))
        page = start.first_page(sort, descending, 100)
        assert page is not None
        assert page.ids == expected
        assert page.rows == service.rows(expected[:100])
        assert len(page.rows) == 100
        assert start.rows(expected[100:]) == service.rows(expected[100:])
        gone = service.search_ids(EmployeeQuery(keadaan="nonaktif"))
        assert len(gone) == 3 and not set(gone) & set(page.ids)
        assert len(page.ids) == service.count()
    finally:
        db.close()


def test_a_sort_it_does_not_know_is_left_to_the_service(start: QuickStart) -> None:
    assert start.first_page("tanggal_pensiun", False, 100) is None
    assert start.rows([]) == {}
