"""The accounts every test database has, and opening a database as one of them.

Importable from every test folder as `accounts` (tests/ is on sys.path for its conftest).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from asn_desktop.services.database import Database

# Accounts of every test database (the same as a demo database's; see README).
TEST_PASSWORDS = {"admin": "demo-admin", "operator": "demo-operator", "viewer": "demo-viewer"}


def add_test_users(db: Database) -> None:
    """admin, operator and viewer, none of them forced to change the password."""
    from asn_desktop.services.users import UserService

    users = UserService(db)
    users.create_first_admin("admin", TEST_PASSWORDS["admin"], "Admin Uji")
    users.add("operator", "operator", TEST_PASSWORDS["operator"], must_change_password=False)
    users.add("viewer", "viewer", TEST_PASSWORDS["viewer"], must_change_password=False)
    db.sign_out()


def open_as(path: Path | str, username: str = "admin", **kwargs: Any) -> Database:
    """Database.open, then act as `username` (no Argon2 cost per test)."""
    db = Database.open(path, **kwargs)
    db.assume_user(username)
    return db
