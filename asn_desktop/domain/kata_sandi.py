"""Rules for user names and passwords (checked before anything is hashed or stored)."""

from __future__ import annotations

import re
import unicodedata

from asn_desktop.domain.pegawai import FieldProblem
from asn_desktop.domain.pesan import pesan

__all__ = ["normalize_username", "validate_password", "validate_username"]

_USERNAME = re.compile(r"[a-z][a-z0-9._-]{1,39}")
MIN_PASSWORD_LENGTH = 8
# Argon2 hashes any length; a cap keeps a pasted novel from costing seconds.
MAX_PASSWORD_LENGTH = 256


def normalize_username(text: str) -> str:
    return text.strip().lower()


def validate_username(username: str) -> list[FieldProblem]:
    if not _USERNAME.fullmatch(username):
        return [
            FieldProblem(
                "username",
                pesan(
                    "Nama pengguna: 2-40 huruf kecil, angka, titik, garis bawah atau tanda "
                    "hubung, diawali huruf (mis. operator1).",
                ),
            )
        ]
    return []


def validate_password(password: str, *, username: str = "") -> list[FieldProblem]:
    problems = []
    if len(password) < MIN_PASSWORD_LENGTH:
        problems.append(
            FieldProblem(
                "password",
                pesan(
                    "Kata sandi paling sedikit {min_password_length} karakter.",
                    min_password_length=MIN_PASSWORD_LENGTH,
                ),
            )
        )
    elif len(password) > MAX_PASSWORD_LENGTH:
        problems.append(
            FieldProblem(
                "password",
                pesan(
                    "Kata sandi paling banyak {max_password_length} karakter.",
                    max_password_length=MAX_PASSWORD_LENGTH,
                ),
            )
        )
    elif username and password.strip().lower() == username.lower():
        problems.append(
            FieldProblem("password", pesan("Kata sandi tidak boleh sama dengan nama pengguna."))
        )
    if any(unicodedata.category(c) == "Cc" for c in password):
        problems.append(
            FieldProblem("password", pesan("Kata sandi tidak boleh berisi karakter kendali."))
        )
    return problems
