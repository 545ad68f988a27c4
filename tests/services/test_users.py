"""Accounts: sign-in, lockout, password changes and resets, roles, the first admin."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS, open_as
from sqlalchemy import select

from asn_desktop.db.access_models import AppUser, AuditEntry
from asn_desktop.db.backup import copy_database
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import LoginFailed, PermissionDenied, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.users import WRONG_CREDENTIALS, UserService, max_failed_logins


@pytest.fixture
def fresh(db_path: Path) -> Iterator[Database]:
    """Signed in as nobody."""
    db = Database.open(db_path)
    yield db
    db.close()


def test_sign_in_with_the_right_password(fresh: Database) -> None:
    signed = UserService(fresh).sign_in("Operator ", TEST_PASSWORDS["operator"])
    assert signed.username == "operator" and signed.role.value == "operator"
    assert fresh.user == signed
    entries = AuditService(fresh).entries(AuditQuery(action="login"))
    assert [e.username for e in entries] == ["operator"]


def test_wrong_password_and_unknown_user_read_the_same(fresh: Database) -> None:
    users = UserService(fresh)
    with pytest.raises(LoginFailed) as wrong:
        users.sign_in("operator", "tebak-tebak")
    with pytest.raises(LoginFailed) as unknown:
        users.sign_in("siapa", "tebak-tebak")
    assert str(wrong.value).startswith(WRONG_CREDENTIALS)
    assert str(unknown.value) == WRONG_CREDENTIALS
    assert fresh.user is None
    failed = AuditService(fresh).entries(AuditQuery(action="login_failed", newest_first=False))
    assert [(e.username, e.detail) for e in failed] == [
        ("operator", "kata sandi salah (1x berturut-turut)"),
        ("siapa", "nama pengguna tidak dikenal"),
    ]


def test_lockout_after_the_policy_number_of_failures_and_unlock(fresh: Database) -> None:
    users = UserService(fresh)
    limit = max_failed_logins()
    assert limit == 5  # resources/policy/login.json
    for attempt in range(1, limit):
        with pytest.raises(LoginFailed, match=f"Sisa {limit - attempt} kali"):
            users.sign_in("operator", "salah-terus")
    with pytest.raises(LoginFailed, match="kini dikunci"):
        users.sign_in("operator", "salah-terus")
    # Locked: even the right password does not open it.
    with pytest.raises(LoginFailed, match="terkunci"):
        users.sign_in("operator", TEST_PASSWORDS["operator"])
    assert users.get("operator").locked
    fresh.assume_user("admin")
    users.unlock("operator")
    assert users.sign_in("operator", TEST_PASSWORDS["operator"]).username == "operator"
    actions = [e.action for e in AuditService(fresh).entries(AuditQuery(newest_first=False))]
    assert actions.count("lock") == 1 and actions.count("unlock") == 1


def test_a_success_resets_the_failure_count(fresh: Database) -> None:
    users = UserService(fresh)
    for _ in range(max_failed_logins() - 1):
        with pytest.raises(LoginFailed):
            users.sign_in("viewer", "salah")
    users.sign_in("viewer", TEST_PASSWORDS["viewer"])
    with pytest.raises(LoginFailed, match="Sisa 4 kali"):
        users.sign_in("viewer", "salah")


def test_reset_forces_a_change_before_any_write(fresh: Database) -> None:
    users = UserService(fresh)
    fresh.assume_user("admin")
    users.reset_password("operator", "sementara-123")
    signed = users.sign_in("operator", "sementara-123")
    assert signed.must_change_password
    with pytest.raises(PermissionDenied, match="harus diganti"):
        OrgUnitService(fresh).create("X1", "Unit X")
    with pytest.raises(ValidationFailed, match="berbeda"):
        users.change_password("operator", "sementara-123", "sementara-123")
    users.change_password("operator", "sementara-123", "milik-sendiri-99")
    assert OrgUnitService(fresh).create("X1", "Unit X") > 0
    with pytest.raises(LoginFailed):
        users.sign_in("operator", "sementara-123")
    assert users.sign_in("operator", "milik-sendiri-99").must_change_password is False


def test_change_password_needs_the_old_one(fresh: Database) -> None:
    with pytest.raises(LoginFailed):
        UserService(fresh).change_password("viewer", "bukan-ini", "baru-sekali-1")


def test_passwords_are_argon2id_and_never_in_the_audit(fresh: Database, db_path: Path) -> None:
    users = UserService(fresh)
    fresh.assume_user("admin")
    users.add("clerk2", "operator", "awal-sekali-1", "Clerk Dua")
    users.reset_password("clerk2", "kedua-sekali-2")
    with fresh.reading() as session:
        stored = session.scalar(select(AppUser.password_hash).where(AppUser.username == "clerk2"))
        trail = [(e.changes, e.detail) for e in session.scalars(select(AuditEntry))]
    assert stored is not None and stored.startswith("$argon2id$v=19$m=19456,t=2,p=1$")
    text = json.dumps(trail)
    for secret in ("awal-sekali-1", "kedua-sekali-2", stored):
        assert secret not in text
    assert "password_hash" not in text


def test_weak_passwords_and_bad_names_are_refused(fresh: Database) -> None:
    users = UserService(fresh)
    fresh.assume_user("admin")
    with pytest.raises(ValidationFailed, match="paling sedikit 8"):
        users.add("baru", "viewer", "pendek")
    with pytest.raises(ValidationFailed, match="sama dengan nama pengguna"):
        users.add("panjangsekali", "viewer", "PanjangSekali")
    with pytest.raises(ValidationFailed, match="Nama pengguna"):
        users.add("1\x1b[2J", "viewer", "cukup-panjang")
    with pytest.raises(ValidationFailed, match="tidak dikenal"):
        users.add("baru", "superuser", "cukup-panjang")
    with pytest.raises(ValidationFailed, match="sudah dipakai"):
        users.add("viewer", "viewer", "cukup-panjang")


def test_an_admin_cannot_lock_or_demote_themselves(fresh: Database) -> None:
    """So there is always an administrator left: the one acting."""
    users = UserService(fresh)
    fresh.assume_user("admin")
    with pytest.raises(PermissionDenied, match="akunnya sendiri"):
        users.lock("admin")
    with pytest.raises(PermissionDenied, match="akunnya sendiri"):
        users.set_role("admin", "viewer")
    users.add("admin2", "admin", "admin-kedua-2", must_change_password=False)
    fresh.assume_user("admin2")
    users.lock("admin")
    fresh.assume_user("admin")  # locked now: refused even for a session already open
    with pytest.raises(PermissionDenied, match="dikunci"):
        users.unlock("admin")
    fresh.assume_user("admin2")
    users.unlock("admin")
    users.set_role("admin", "viewer")
    assert users.get("admin").role.value == "viewer"


def test_a_role_change_applies_to_a_user_already_signed_in(db_path: Path) -> None:
    operator = open_as(db_path, "operator")
    admin = open_as(db_path, "admin")
    try:
        OrgUnitService(operator).create("U1", "Unit Satu")
        UserService(admin).set_role("operator", "viewer")
        with pytest.raises(PermissionDenied, match="tidak berhak"):
            OrgUnitService(operator).create("U2", "Unit Dua")
    finally:
        operator.close()
        admin.close()


def test_the_first_admin_only_on_a_database_without_accounts(
    fresh: Database, lean_template: Path, tmp_path: Path
) -> None:
    with pytest.raises(PermissionDenied, match="sudah punya pengguna"):
        UserService(fresh).create_first_admin("kepala", "rahasia-kepala")
    empty = tmp_path / "empty.sqlite"
    copy_database(lean_template, empty)
    import sqlite3

    conn = sqlite3.connect(empty)
    conn.execute("DELETE FROM app_user")
    conn.commit()
    conn.close()
    db = Database.open(empty)
    try:
        assert not db.has_users()
        info = UserService(db).create_first_admin("kepala", "rahasia-kepala", "Kepala Dinas")
        assert info.role.value == "admin" and db.user is not None
        assert db.user.username == "kepala"
    finally:
        db.close()
