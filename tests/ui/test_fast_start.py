"""Start-up speed (issue 7) without a shortcut: the first page a window shows is the
register's own first page, nothing of the database is shown before someone has signed in,
a failed or cancelled sign-in shows no data, and the opening path loads less."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.ui.employee_table_model import PAGE_SIZE
from asn_desktop.ui.main_window import MainWindow

from .conftest import account_dialog, answer_login, opening_window, sign_in


def _nothing_shown(window: MainWindow) -> None:
    register = window.register
    assert window.db is None and window.employees is None
    assert register.service is None
    assert register.model.rowCount() == 0 and register.model.ids() == []
    assert window.user_label.text() == ""
    assert not window.new_action.isEnabled() and not window.refresh_action.isEnabled()


def test_the_first_page_shown_is_the_registers_first_page(
    qtbot: QtBot, db_file: Path, service: EmployeeService
) -> None:
    """Same rows, same order, same cells as the register's full query and its row read."""
    window = opening_window(qtbot, db_file)
    sign_in(qtbot, window)
    expected_ids = service.search_ids(EmployeeQuery())  # the default: active staff by name
    model = window.register.model
    qtbot.waitUntil(lambda: model.ids() == expected_ids, timeout=10000)
    header = window.register.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    # As the benchmark does: the view paints its first rows (the page read on the way).
    window.register.table.viewport().repaint()
    page = expected_ids[:PAGE_SIZE]
    rows = service.rows(page)
    assert len(page) > 1
    for row, employee_id in enumerate(page):
        item = model.item_at(row)
        assert item == rows[employee_id]
        for column in range(model.columnCount()):
            shown = model.data(model.index(row, column))
            assert shown == model.cell(rows[employee_id], column, Qt.ItemDataRole.DisplayRole)


def test_nothing_is_shown_before_the_sign_in(qtbot: QtBot, db_file: Path) -> None:
    window = opening_window(qtbot, db_file)
    dialog = account_dialog(qtbot, window)
    window.runner.wait()  # the probe and the full open are done: still nothing of the data
    qtbot.wait(50)  # any queued delivery is in
    _nothing_shown(window)
    assert window.login_dialog is dialog and dialog.isVisible()


def test_a_failed_sign_in_shows_no_data(qtbot: QtBot, db_file: Path) -> None:
    window = opening_window(qtbot, db_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "admin", "bukan-sandinya")
    qtbot.waitUntil(lambda: bool(dialog.error.text()) and not dialog.busy, timeout=10000)
    assert "salah" in dialog.error.text()
    window.runner.wait()
    _nothing_shown(window)

    dialog.reject()  # given up: the database is closed again, still nothing shown
    qtbot.waitUntil(lambda: window.login_dialog is None, timeout=5000)
    _nothing_shown(window)
    assert "tidak dibuka" in window.statusBar().currentMessage()


def test_the_first_page_does_not_wait_for_the_days_backup(
    qtbot: QtBot, db_file: Path, service: EmployeeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first start of a day copies the whole file; the register's first query is ahead
    of that copy in the worker's queue."""
    started, release = threading.Event(), threading.Event()
    real = Database.daily_backup_if_due

    def slow_backup(self: Database) -> object:
        started.set()
        release.wait(30)
        return real(self)

    monkeypatch.setattr(Database, "daily_backup_if_due", slow_backup)
    window = opening_window(qtbot, db_file)
    try:
        sign_in(qtbot, window)
        expected_ids = service.search_ids(EmployeeQuery())
        qtbot.waitUntil(lambda: window.register.model.ids() == expected_ids, timeout=10000)
        window.register.table.viewport().repaint()
        assert window.register.model.item_at(0) is not None
        qtbot.waitUntil(started.is_set, timeout=10000)  # the backup is still being made
    finally:
        release.set()
    window.runner.wait()


def test_opening_and_signing_in_do_not_import_the_appraisal_models(db_file: Path) -> None:
    """They (and the PostgreSQL dialect their partial indexes load) wait until a page of
    theirs is opened; a fresh interpreter shows what start-up imports: the open, the sign-in
    with its audit entry, the unit tree, the count and the first page."""
    code = (
        "import sys\n"
        "from asn_desktop.services.database import Database\n"
        "from asn_desktop.services.employees import EmployeeQuery, EmployeeService\n"
        "from asn_desktop.services.org_units import OrgUnitService\n"
        "from asn_desktop.services.users import UserService\n"
        "db = Database.open(sys.argv[1], hold='test')\n"
        "OrgUnitService(db).tree(); EmployeeService(db).count()\n"
        "UserService(db).sign_in('admin', sys.argv[2])\n"
        "service = EmployeeService(db)\n"
        "assert service.rows(service.search_ids(EmployeeQuery())[:100])\n"
        "db.close()\n"
        "late = [m for m in ('asn_desktop.db.appraisal_models', "
        "'asn_desktop.db.competency_models') if m in sys.modules]\n"
        "print(','.join(late))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(db_file), TEST_PASSWORDS["admin"]],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.stdout.strip() == ""
    raw = sqlite3.connect(db_file)  # the sign-in was recorded as usual
    try:
        newest = raw.execute(
            "SELECT action, username FROM audit_log ORDER BY seq DESC LIMIT 1"
        ).fetchone()
    finally:
        raw.close()
    assert newest == ("login", "admin")


def test_the_window_module_loads_only_the_domain_rules_it_shows() -> None:
    """The appraisal, policy and input rules (asn_desktop.domain is lazy) load with the
    services on the worker, not before the window is on screen."""
    code = (
        "import sys\n"
        "from asn_desktop.ui.app import create_application\n"
        "from asn_desktop.ui.main_window import MainWindow\n"
        "late = [m for m in ('kinerja', 'policy', 'masukan', 'pegawai', 'pensiun', 'jabatan')"
        " if 'asn_desktop.domain.' + m in sys.modules]\n"
        "print(','.join(late))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("username", ["operator", "viewer"])
def test_every_role_sees_the_same_first_page(
    qtbot: QtBot, db_file: Path, db: Database, username: str
) -> None:
    service = EmployeeService(db)
    window = opening_window(qtbot, db_file)
    sign_in(qtbot, window, username)
    expected_ids = service.search_ids(EmployeeQuery())
    qtbot.waitUntil(lambda: window.register.model.ids() == expected_ids, timeout=10000)
