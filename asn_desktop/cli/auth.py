"""Who a command acts as: --user or ASN_USER, the password never on the command line.

The password comes from ASN_PASSWORD, from --password-file FILE (its first line), or from
a prompt without echo when a person is at a terminal. A database that has no accounts yet
needs none (its first administrator is made with `users add NAME --role admin`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.cli.base import CommandRefused, UsageError

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.permissions import SignedIn

USER_ENV = "ASN_USER"
PASSWORD_ENV = "ASN_PASSWORD"
NEW_PASSWORD_ENV = "ASN_NEW_PASSWORD"


def add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--user", metavar="NAMA", default=None, help=f"nama pengguna (bawaan: ${USER_ENV})"
    )
    parser.add_argument(
        "--password-file",
        metavar="FILE",
        default=None,
        help=f"berkas berisi kata sandi (atau ${PASSWORD_ENV}; tanpa keduanya: ditanyakan)",
    )


def _read_password_file(path_text: str) -> str:
    path = Path(path_text).expanduser()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise UsageError(f"berkas kata sandi {path} tidak ada") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"berkas kata sandi {path} tidak bisa dibaca: {exc}") from None
    first = text.splitlines()[0] if text else ""
    if not first:
        raise UsageError(f"berkas kata sandi {path} kosong")
    return first


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CommandRefused(
            f"{label} tidak diberikan: pakai ${PASSWORD_ENV}, --password-file FILE, atau "
            "jalankan di terminal agar ditanyakan"
        )
    return getpass.getpass(f"{label}: ")


def username_of(args: argparse.Namespace) -> str:
    name = getattr(args, "user", None) or os.environ.get(USER_ENV, "")
    if not name.strip():
        raise CommandRefused(
            f"basis data ini memakai akun pengguna: sebutkan --user NAMA atau ${USER_ENV}"
        )
    return name.strip()


def password_of(args: argparse.Namespace, username: str) -> str:
    file = getattr(args, "password_file", None)
    if file:
        return _read_password_file(file)
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    return _prompt(f"Kata sandi {username}")


def new_password_of(args: argparse.Namespace, username: str) -> str:
    """A new password: --new-password-file, $ASN_NEW_PASSWORD, or asked twice."""
    file = getattr(args, "new_password_file", None)
    if file:
        return _read_password_file(file)
    from_env = os.environ.get(NEW_PASSWORD_ENV)
    if from_env:
        return from_env
    first = _prompt(f"Kata sandi baru untuk {username}")
    again = _prompt("Ulangi kata sandi baru")
    if first != again:
        raise CommandRefused("kedua kata sandi baru tidak sama; tidak ada yang diubah")
    return first


def sign_in(db: Database, args: argparse.Namespace, *, may_need_new_password: bool = False) -> (
    SignedIn | None
):
    """Sign in as the command's user; None for a database without accounts."""
    from asn_desktop.services.users import UserService

    if not db.has_users():
        return None
    username = username_of(args)
    signed = UserService(db).sign_in(username, password_of(args, username))
    if signed.must_change_password and not may_need_new_password:
        raise CommandRefused(
            f"kata sandi {signed.username} disetel ulang administrator dan harus diganti "
            f"dahulu: asn-desktop users passwd --user {signed.username}"
        )
    return signed
