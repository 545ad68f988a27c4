"""The command line: `asn-desktop` opens the window, `asn-desktop <command>` runs headless.

Headless commands use the same services as the GUI and never import Qt. Each prints a short
summary in Indonesian, or one JSON document with --json, and on a refusal exits non-zero with
ONE line on stderr, "asn-desktop: <reason>" (2 for a usage mistake, 1 for a refusal by the
program, 130 when interrupted).

One module per command group (db_commands, employees_commands, demo_commands, ...), each
contributing its commands through `register(subparsers, common)`; parser.py assembles them,
base.py holds what they share (parser class, exit codes, output helpers, opening).

SQLAlchemy and the services are imported inside the command functions that use them, never
at module import, in every module of this package: the plain `asn-desktop` (the window)
imports this package and must not pay for them before its window is on screen.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from asn_desktop.cli.base import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CommandRefused,
    Handler,
    UsageError,
    _fail,
    _ParserExit,
    desimal,
    one_line,
    ribuan,
)
from asn_desktop.cli.gui_command import check_usage
from asn_desktop.cli.parser import build_parser
from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.pesan import BAHASA, dalam_bahasa
from asn_desktop.services.errors import ServiceError


def cli_language(environ: Mapping[str, str] | None = None) -> str:
    """The language of the messages from the services: ASN_DESKTOP_LANG=en gives English,
    anything else Indonesian (the program's language). LANG/LC_* are not followed: servers
    and most Windows and Linux installations say en_US whatever their clerks read, and a
    script's output must not change with the machine. The CLI's own help stays Indonesian."""
    env = os.environ if environ is None else environ
    chosen = env.get("ASN_DESKTOP_LANG", "").strip().lower()[:2]
    return chosen if chosen in BAHASA else "id"


def main(argv: list[str]) -> int:
    # The services' messages (domain.pesan) in the chosen language, for this command only.
    with dalam_bahasa(cli_language()):
        return _main(argv)


def _main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        check_usage(args)
    except _ParserExit as exc:
        return exc.status
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    handler: Handler = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except (DatabaseError, ServiceError, CommandRefused) as exc:
        _fail(str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _fail("dibatalkan")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `... | head` closed the pipe: the reader has what it wanted. Point stdout at
        # devnull so the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    finally:
        sys.stdout.flush()


__all__ = ["build_parser", "desimal", "main", "one_line", "ribuan"]
