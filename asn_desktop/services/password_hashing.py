"""Argon2id hashing of passwords, shared by the accounts service and the fast sign-in.

OWASP's recommended parameters (19 MiB, 2 passes, 1 lane: about 30-60 ms on an office PC).
No SQLAlchemy here: the window's fast opening path (services.quick_start) checks a password
before the ORM has loaded.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError


@cache
def hasher() -> PasswordHasher:
    return PasswordHasher(
        time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID
    )


@cache
def dummy_hash() -> str:
    # Verified against for an unknown user name, so that it costs what a real check costs.
    return hasher().hash("asn-desktop-no-such-user")


def hash_password(password: str) -> str:
    return hasher().hash(password)


def verify_password(stored: str, password: str) -> bool:
    try:
        return hasher().verify(stored, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Hashed with other parameters than today's (the next sign-in hashes it again)."""
    try:
        return hasher().check_needs_rehash(stored)
    except InvalidHashError:
        return True
