"""What every command shares: the parser class, exit codes, output helpers, opening.

The conventions (see the package docstring): a short summary in Indonesian on stdout, or
one JSON document with --json; a refusal is ONE line on stderr, "asn-desktop: <reason>",
and an exit code: EXIT_USAGE for a usage mistake (UsageError, argparse errors), EXIT_REFUSED
for a refusal by the program (CommandRefused, DatabaseError, ServiceError),
EXIT_INTERRUPTED after Ctrl+C.

Like every module of the package, this one imports no SQLAlchemy and no services at module
level (only under TYPE_CHECKING); the functions that need them import them.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from asn_desktop import paths
from asn_desktop.db.errors import DatabaseMissing
from asn_desktop.domain.pesan import pesan

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

PROG = "asn-desktop"
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


class CommandRefused(Exception):
    """A refusal decided by the command line itself; str(e) is the reason."""


class UsageError(Exception):
    """A usage mistake found after parsing; str(e) is the reason (exit 2)."""


class _ParserExit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports through main() (one line, exit 2) instead of sys.exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            pesan("{message} (lihat '{prog} --help')", message=message, prog=self.prog)
        )

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _ParserExit(status)


if TYPE_CHECKING:
    # What a command group's register(subparsers, common) receives first.
    Subcommands = argparse._SubParsersAction[_Parser]


# -- arguments -----------------------------------------------------------------------------


def _common_options() -> _Parser:
    """--db, --json, --allow-network-share, --user and --password-file: the parent of
    every command's parser."""
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="berkas SQLite atau URL postgresql+psycopg://... (bawaan: basis data pengguna)",
    )
    common.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    common.add_argument(
        "--allow-network-share",
        action="store_true",
        help="tetap buka berkas SQLite di folder jaringan (berisiko)",
    )
    from asn_desktop.cli.auth import add_options  # auth builds on this module

    add_options(common)
    return common


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            pesan("'{text}' bukan bilangan bulat", text=text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(
            pesan("harus paling sedikit 1, bukan {value}", value=value)
        )
    return value


# -- output helpers ------------------------------------------------------------------------


def ribuan(value: int) -> str:
    """20000 -> '20.000' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def desimal(value: float, digits: int = 1) -> str:
    """1.25 -> '1,3' (Indonesian decimal comma)."""
    return f"{value:.{digits}f}".replace(".", ",")


def _dan(items: list[str]) -> str:
    """['a', 'b', 'c'] -> 'a, b dan c'."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} dan {items[-1]}"


def one_line(message: str) -> str:
    """A possibly multi-line message (validation problems) joined onto one line."""
    lines = [" ".join(line.split()) for line in message.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return "kesalahan tanpa keterangan"
    head, rest = lines[0], lines[1:]
    if not rest:
        return head
    if head.endswith(":"):
        return f"{head} {'; '.join(rest)}"
    return "; ".join(lines)


def _fail(reason: str) -> None:
    # A refusal may quote stored text (a name already using a NIP): escape it too.
    print(f"{PROG}: {terminal(one_line(reason))}", file=sys.stderr)


def _print_json(data: Any) -> None:
    # ASCII escapes (\u202e, \u001b): the same JSON to a parser, inert on a terminal.
    print(json.dumps(data, ensure_ascii=True, indent=2, default=str))


def _progress() -> Callable[[str], None] | None:
    """Progress messages on stderr, only for a person watching a terminal."""
    if not sys.stderr.isatty():
        return None

    def say(message: str) -> None:
        print(f"{message}...", file=sys.stderr, flush=True)

    return say


def _size(num_bytes: int) -> str:
    if num_bytes >= 1024 * 1024:
        return f"{desimal(num_bytes / (1024 * 1024))} MB"
    return f"{desimal(num_bytes / 1024)} KB"


# -- opening -------------------------------------------------------------------------------


def _target(args: argparse.Namespace) -> str | Path:
    chosen = getattr(args, "db", None) or getattr(args, "gui_db", None)
    return chosen if chosen else paths.default_database()


def _allow_network_share(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "allow_network_share", False)) or bool(
        getattr(args, "gui_allow_network_share", False)
    )


@contextmanager
def _opened(
    args: argparse.Namespace,
    *,
    create: bool = False,
    read_only: bool = False,
    allow_older: bool = False,
    sign_in: bool = True,
) -> Iterator[Database]:
    """The database of --db, closed afterwards, signed in as the command's user.

    read_only: for commands that only look (nothing is written, not even a migration);
    an older schema is then refused with the advice to upgrade, unless `allow_older`.
    Any other command may write, so it holds the SQLite file for its whole run (one
    program per database: a window open on it is named in the refusal).
    sign_in: False for the few commands that authenticate themselves (the first
    administrator, changing one's own password).
    """
    from asn_desktop.cli import auth
    from asn_desktop.services.database import Database

    command = " ".join(str(p) for p in (getattr(args, "command", ""), getattr(args, "action", "")))
    try:
        db = Database.open(
            _target(args),
            create=create,
            allow_network_share=_allow_network_share(args),
            progress=_progress(),
            read_only=read_only,
            hold=None if read_only else f"{PROG} {command}".strip(),
        )
    except DatabaseMissing as exc:
        raise _missing_with_advice(args, exc) from exc
    try:
        older = db.report.older_revision
        if older is not None and not allow_older:
            raise CommandRefused(
                f"{db.where} memakai skema lama ({older}); jalankan 'asn-desktop db "
                "upgrade' dahulu (dengan cadangan otomatis)."
            )
        if sign_in and _has_accounts(db):
            auth.sign_in(db, args)
        yield db
    finally:
        db.close()


def _missing_with_advice(args: argparse.Namespace, exc: DatabaseMissing) -> DatabaseMissing:
    """A database file that is not there: the message names it and says how to make one
    (issue 7); any other "missing" (a folder, an empty server database) is left as it is."""
    from asn_desktop.db.engine import sqlite_path, to_url

    target = _target(args)
    path = sqlite_path(to_url(target))
    if path is None or path.exists():
        return exc
    given = getattr(args, "db", None) or getattr(args, "gui_db", None)
    init = f"{PROG} db init --db {shlex.quote(str(path))}" if given else f"{PROG} db init"
    return DatabaseMissing(
        f"Berkas basis data tidak ditemukan: {path}. Buat yang baru dengan: {init} "
        "(identitas instansi: --agency-code dan --agency-name)"
    )


def _has_accounts(db: Database) -> bool:
    """Accounts arrived with schema 0004; an older file (read-only check) has none."""
    from asn_desktop.db import schema

    older = db.report.older_revision
    if older is not None and schema.SCHEMA_REVISIONS.index(older) < schema.SCHEMA_REVISIONS.index(
        schema.ACCOUNTS_REVISION
    ):
        return False
    return db.has_users()


def terminal(text: str) -> str:
    """Text from the database made safe for a terminal: control and bidi characters are
    shown as escapes instead of moving the cursor, retitling or clearing the screen."""
    from asn_desktop.domain.masukan import escape_for_terminal

    return escape_for_terminal(text)


def _register_size(db: Database) -> tuple[int, int]:
    """(employees, org units) in the register."""
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.org_units import OrgUnitService

    return EmployeeService(db).count(), len(OrgUnitService(db).tree())
