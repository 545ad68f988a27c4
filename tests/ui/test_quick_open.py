"""The window's fast opening (ui.quick_open): the login dialog and the register's first page
come before the full database; whatever the fast sign-in does not take goes the full way;
and nothing is shown, or kept open, that the full path would not show or keep.

The full opening is held back here (an Event in front of main_window._open_work), so that
each test sees the moment between the fast sign-in and the full database for certain.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import TEST_PASSWORDS
from pytestqt.qtbot import QtBot

from asn_desktop.db import holder
from asn_desktop.db.errors import DatabaseDamaged
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeQuery, EmployeeService
from asn_desktop.services.quick_start import QuickStart
from asn_desktop.ui import main_window as main_window_module
from asn_desktop.ui.employee_table_model import PAGE_SIZE
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings

from .conftest import account_dialog, answer_login, opening_window


class HeldBack:
    """main_window._open_work, waiting for release() (or raising `error` then)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.started = threading.Event()
        self._release = threading.Event()
        self.error: BaseException | None = None
        real = main_window_module._open_work

        def held(*args: Any, **kwargs: Any) -> Any:
            self.started.set()
            if not self._release.wait(30):
                raise TimeoutError("the test never released the full opening")
            if self.error is not None:
                raise self.error
            return real(*args, **kwargs)

        monkeypatch.setattr(main_window_module, "_open_work", held)

    def release(self) -> None:
        self._release.set()


@pytest.fixture
def held_back(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldBack]:
    gate = HeldBack(monkeypatch)
    yield gate
    gate.release()  # never leave the worker waiting


@pytest.fixture
def wal_file(db_file: Path) -> Path:
    """A database the program has opened before (WAL), as every real one is."""
    conn = sqlite3.connect(db_file)
    try:
        assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    finally:
        conn.close()
    return db_file


def _count(path: Path, sql: str, *params: object) -> int:
    conn = sqlite3.connect(path)
    try:
        value = conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()
    assert isinstance(value, int)
    return value


def _logins(path: Path, action: str = "login") -> int:
    return _count(path, "SELECT count(*) FROM audit_log WHERE action = ?", action)


def _service(path: Path) -> Callable[[], EmployeeService]:
    def make() -> EmployeeService:
        db = Database.open(path)
        db.assume_user("admin")
        return EmployeeService(db)

    return make


def test_the_first_page_comes_before_the_full_database(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    logins_before = _logins(wal_file)
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    assert dialog.quick is not None and not dialog.has_db()  # the fast way was taken
    qtbot.waitUntil(held_back.started.is_set, timeout=10000)
    answer_login(qtbot, dialog, "admin", TEST_PASSWORDS["admin"])
    model = window.register.model
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10000)

    # Rows only: the full database has not arrived, so nothing else works yet.
    assert window.db is None and window.register.service is None
    assert window.login_dialog is None
    assert not window.new_action.isEnabled() and not window.refresh_action.isEnabled()
    assert "admin" in window.user_label.text()
    assert _logins(wal_file) == logins_before + 1  # recorded before anything was shown
    service = _service(wal_file)()
    try:
        expected = service.search_ids(EmployeeQuery())
        assert model.ids() == expected
        window.register.table.viewport().repaint()
        for row, employee_id in enumerate(expected[: PAGE_SIZE + 5]):  # past the first page
            assert model.item_at(row) == service.rows([employee_id])[employee_id]
    finally:
        service.db.close()

    shown = model.ids()
    held_back.release()
    qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
    assert window.db is not None and window.db.user is not None
    assert window.db.user.username == "admin"
    assert model.ids() is shown  # kept, not asked again
    qtbot.waitUntil(lambda: window.new_action.isEnabled(), timeout=5000)
    assert _logins(wal_file) == logins_before + 1
    assert AuditService(window.db).verify() is None
    assert window._quick is None
    held = holder.current_holder(wal_file)
    assert held is not None and held.program == "ASN Desktop"
    window.close()
    assert holder.current_holder(wal_file) is None


def test_a_wrong_password_is_answered_by_the_full_path(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    failures_before = _logins(wal_file, "login_failed")
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "admin", "bukan-sandinya")
    qtbot.wait(100)
    assert dialog.busy and not dialog.error.text()  # waiting for the full database
    held_back.release()
    qtbot.waitUntil(lambda: bool(dialog.error.text()) and not dialog.busy, timeout=10000)
    assert "Sisa" in dialog.error.text()  # counted, with the attempts left
    assert _logins(wal_file, "login_failed") == failures_before + 1
    assert _count(wal_file, "SELECT failed_logins FROM app_user WHERE username = 'admin'") == 1
    assert window.db is None and window.register.model.rowCount() == 0

    answer_login(qtbot, dialog, "admin", TEST_PASSWORDS["admin"])  # now the full way
    qtbot.waitUntil(lambda: window.db is not None and window.login_dialog is None, timeout=10000)
    assert window.db.user is not None and window.db.user.username == "admin"
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=10000)
    assert _count(wal_file, "SELECT failed_logins FROM app_user WHERE username = 'admin'") == 0


def test_a_password_to_be_replaced_is_asked_for(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    conn = sqlite3.connect(wal_file)
    try:
        with conn:
            conn.execute("UPDATE app_user SET must_change_password = 1 WHERE username = 'viewer'")
    finally:
        conn.close()
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "viewer", TEST_PASSWORDS["viewer"])
    held_back.release()
    qtbot.waitUntil(lambda: dialog.change_dialog is not None, timeout=10000)
    assert dialog.has_db() and window.db is None
    assert window.register.model.rowCount() == 0


def test_cancelling_the_login_lets_go_of_the_database(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    assert holder.current_holder(wal_file) is not None
    held_back.release()
    dialog.reject()
    qtbot.waitUntil(lambda: window.login_dialog is None, timeout=5000)
    # The full opening still arriving is closed as it comes in.
    qtbot.waitUntil(lambda: holder.current_holder(wal_file) is None, timeout=10000)
    assert window.db is None and window._quick is None
    assert "tidak dibuka" in window.statusBar().currentMessage()


def test_a_full_opening_that_fails_after_the_fast_sign_in_shows_nothing(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack, dialogs_shown: list[str]
) -> None:
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "operator", TEST_PASSWORDS["operator"])
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=10000)
    held_back.error = DatabaseDamaged("Pemeriksaan menemukan 1 masalah: halaman 7 rusak")
    held_back.release()
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=10000)
    assert "halaman 7 rusak" in dialogs_shown.pop()
    assert window.db is None and window.register.model.rowCount() == 0
    assert window.user_label.text() == ""
    assert holder.current_holder(wal_file) is None


def test_what_the_clerk_did_during_the_first_page_is_answered_after(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    """A search typed before the full database arrived is run when it does."""
    window = opening_window(qtbot, wal_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "admin", TEST_PASSWORDS["admin"])
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=10000)
    qtbot.keyClicks(window.register.search, "a")
    held_back.release()
    service = _service(wal_file)()
    try:
        expected = service.search_ids(EmployeeQuery(search="a"))
    finally:
        service.db.close()
    assert expected and len(expected) < window.total
    qtbot.waitUntil(lambda: window.register.model.ids() == expected, timeout=10000)


def test_the_first_page_follows_the_saved_sort(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    header = window.register.table.horizontalHeader()
    nip = window.register.model.column_of("nip")
    assert nip is not None
    header.setSortIndicator(nip, header.sortIndicatorOrder().DescendingOrder)
    assert window.register.unfiltered_sort() == ("nip", True)
    window.open_database(wal_file)
    answer_login(qtbot, account_dialog(qtbot, window), "admin", TEST_PASSWORDS["admin"])
    qtbot.waitUntil(lambda: window.register.model.rowCount() > 0, timeout=10000)
    service = _service(wal_file)()
    try:
        expected = service.search_ids(EmployeeQuery(sort="nip", descending=True))
    finally:
        service.db.close()
    assert window.register.model.ids() == expected
    held_back.release()
    qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
    assert window.register.model.ids() == expected


def test_a_first_page_that_cannot_be_read_is_asked_for_again_after_the_attach(
    qtbot: QtBot, wal_file: Path, held_back: HeldBack, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Signed in (and recorded) the fast way, the rows come the full way: one login entry."""

    def unreadable(*_args: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(QuickStart, "first_page", unreadable)
    logins_before = _logins(wal_file)
    window = opening_window(qtbot, wal_file)
    answer_login(qtbot, account_dialog(qtbot, window), "admin", TEST_PASSWORDS["admin"])
    qtbot.waitUntil(lambda: window.login_dialog is None, timeout=10000)
    assert window.register.model.rowCount() == 0 and window.db is None
    held_back.release()
    qtbot.waitUntil(lambda: window.db is not None, timeout=10000)
    service = _service(wal_file)()
    try:
        expected = service.search_ids(EmployeeQuery())
    finally:
        service.db.close()
    qtbot.waitUntil(lambda: window.register.model.ids() == expected, timeout=10000)
    assert _logins(wal_file) == logins_before + 1
