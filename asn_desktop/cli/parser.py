"""The whole parser, assembled from the command groups.

Each command group is a module of this package with a function
`register(subparsers, common)` that adds its commands to `subparsers` (giving each the
`common` options --db/--json/--allow-network-share as a parent) and sets a `handler` for
each. Adding a group is one line in COMMAND_GROUPS.
"""

from __future__ import annotations

import argparse
import importlib

from asn_desktop import __version__
from asn_desktop.cli import gui_command
from asn_desktop.cli.base import PROG, _common_options, _Parser

# The command groups, in the order `asn-desktop --help` lists them: one line each.
COMMAND_GROUPS = (
    "asn_desktop.cli.db_commands",
    "asn_desktop.cli.employees_commands",
    "asn_desktop.cli.demo_commands",
    "asn_desktop.cli.users_commands",
    "asn_desktop.cli.audit_commands",
    "asn_desktop.cli.print_commands",
    "asn_desktop.cli.report_commands",
    "asn_desktop.cli.training_commands",
    "asn_desktop.cli.verify_command",
    "asn_desktop.cli.plan_commands",
)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="ASN Desktop. Tanpa perintah: membuka jendela aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    gui_command.register_top_level(parser)
    common = _common_options()
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for name in COMMAND_GROUPS:
        importlib.import_module(name).register(commands, common)
    return parser
