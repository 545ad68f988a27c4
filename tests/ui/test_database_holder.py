"""The window and another program on one database: told who holds it, nothing opened."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asn_desktop.ui import main_window as main_window_module
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings

HOLD_AND_WAIT = """
import sys, time
from pathlib import Path
from asn_desktop.db.holder import acquire
acquire(Path(sys.argv[1]), user="budi", program="asn-desktop employees set")
print("HOLDING", flush=True)
time.sleep(120)
"""


def test_a_database_held_by_another_program_is_refused_with_its_holder(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        main_window_module,
        "show_error",
        lambda _parent, message, _details="": shown.append(message),
    )
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WAIT, str(db_file)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "HOLDING"
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        window.open_database(db_file)
        qtbot.waitUntil(lambda: bool(shown), timeout=10000)
        assert "sedang dipakai oleh budi" in shown[0]
        assert "asn-desktop employees set" in shown[0]
        assert window.db is None and window.login_dialog is None
    finally:
        other.kill()
        other.wait(10)
    assert window.runner.wait()
