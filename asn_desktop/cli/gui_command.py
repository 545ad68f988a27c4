"""`asn-desktop` without a command: the window. Its options sit on the top-level parser."""

from __future__ import annotations

import argparse

from asn_desktop.cli.base import UsageError, _Parser


def register_top_level(parser: _Parser) -> None:
    """--demo, --db and --allow-network-share for the window (handler when no command)."""
    parser.add_argument(
        "--demo", action="store_true", help="buka jendela dengan basis data contoh sementara"
    )
    parser.add_argument(
        "--db",
        dest="gui_db",
        metavar="PATH_OR_URL",
        default=None,
        # A file that is not there is not made silently: the window offers to make a new
        # database at that place (with its agency and first administrator) or open another.
        help="buka jendela pada basis data ini; bila berkasnya belum ada, jendela "
        "menawarkan membuat basis data baru di sana",
    )
    parser.add_argument(
        "--allow-network-share", dest="gui_allow_network_share", action="store_true"
    )
    parser.set_defaults(handler=cmd_gui)


def check_usage(args: argparse.Namespace) -> None:
    """The window's options that do not go with a command, or with each other."""
    if args.command is not None and args.demo:
        raise UsageError("--demo hanya untuk membuka jendela, tanpa perintah")
    if args.command is None and args.demo and args.gui_db:
        raise UsageError("--demo dan --db tidak bisa dipakai bersama")


def cmd_gui(args: argparse.Namespace) -> int:
    from asn_desktop.ui.app import run_gui  # Qt is imported only here

    db = str(args.gui_db) if args.gui_db else None
    status = run_gui(db=db, demo=args.demo, allow_network_share=args.gui_allow_network_share)
    return int(status)
