"""The cli package: one module per command group, assembled by parser.py, and light to import."""

from __future__ import annotations

import importlib
import subprocess
import sys

from asn_desktop import cli
from asn_desktop.cli import parser as cli_parser


def test_entry_points_are_where_they_were() -> None:
    from asn_desktop.__main__ import main as module_main
    from asn_desktop.cli import build_parser, main

    assert main is cli.main and build_parser is cli_parser.build_parser
    assert callable(module_main)


def test_every_command_group_registers_its_commands() -> None:
    parser = cli.build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")
    names = list(commands.choices or ())
    assert names[:3] == ["db", "employees", "demo"]
    assert len(names) >= len(cli_parser.COMMAND_GROUPS)
    for name in cli_parser.COMMAND_GROUPS:
        assert name.startswith("asn_desktop.cli.")
        assert callable(importlib.import_module(name).register)


def test_importing_the_cli_and_building_its_parser_loads_no_orm_services_or_qt() -> None:
    """The window starts through this package: SQLAlchemy, the services and Qt must wait."""
    code = (
        "import sys; from asn_desktop.cli import build_parser; build_parser(); "
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'alembic', 'PySide6', 'psycopg') or m.startswith("
        "('asn_desktop.services.database', 'asn_desktop.services.employees', "
        "'asn_desktop.db.engine', 'asn_desktop.db.schema', 'asn_desktop.ui'))); "
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "[]", done.stdout
