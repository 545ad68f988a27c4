"""The window keeps working, and says what happened, when the database misbehaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asn_desktop.db.errors import DatabaseError, DatabaseLocked
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.ui import tasks
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings

from .conftest import TOTAL, set_up_admin, sign_in


def _opened(qtbot: QtBot, db_file: Path) -> MainWindow:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.open_database(db_file)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: window.register.model.rowCount() == TOTAL, timeout=10000)
    return window


def test_a_page_that_cannot_be_read_shows_empty_cells_and_one_message(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch, dialogs_shown: list[str]
) -> None:
    window = _opened(qtbot, db_file)
    model = window.register.model
    model.set_ids(model.ids())  # forget the cached pages

    def locked(_self: EmployeeService, _ids: object) -> object:
        raise DatabaseLocked("Basis data sedang dikunci program lain.")

    monkeypatch.setattr(EmployeeService, "rows", locked)
    for row in (0, 1, 150):  # several reads, as repaints would do
        assert model.data(model.index(row, 1)) == ""
    qtbot.waitUntil(lambda: bool(dialogs_shown), timeout=3000)
    assert dialogs_shown == ["Basis data sedang dikunci program lain."]
    dialogs_shown.clear()

    monkeypatch.undo()  # the lock is gone: the next repaint shows the rows again
    assert model.data(model.index(0, 1))


def test_cancelling_the_demo_is_quiet_and_leaves_no_database_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tasks.JobControl, "cancelled", lambda _self: True)
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.open_database(tmp_path / "demo.sqlite", create=True, demo_employees=500)
    qtbot.waitUntil(lambda: "Dibatalkan" in window.statusBar().currentMessage(), timeout=10000)
    assert window.db is None
    db = Database.open(tmp_path / "demo.sqlite")
    try:
        assert EmployeeService(db).count() == 0  # nothing half-written
    finally:
        db.close()


def test_a_failed_daily_backup_does_not_keep_the_clerk_from_working(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(_self: Database) -> None:
        raise DatabaseError("Cadangan tidak bisa ditulis ke D:\\cadangan: disk penuh")

    monkeypatch.setattr(Database, "daily_backup_if_due", full_disk)
    window = _opened(qtbot, db_file)
    assert window.db is not None
    # The backup runs after the register's first query (issue 7): its message comes later.
    qtbot.waitUntil(lambda: "disk penuh" in window.statusBar().currentMessage(), timeout=10000)


def test_demo_folders_left_by_a_killed_demo_are_removed_after_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import tempfile

    from asn_desktop.ui import app

    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path))
    old = tmp_path / f"{app.DEMO_PREFIX}old"
    fresh = tmp_path / f"{app.DEMO_PREFIX}fresh"
    other = tmp_path / "something-else"
    for folder in (old, fresh, other):
        folder.mkdir()
    now = 1_800_000_000.0
    os.utime(old, (now - 2 * 86400, now - 2 * 86400))
    os.utime(fresh, (now - 60, now - 60))
    os.utime(other, (now - 9 * 86400, now - 9 * 86400))
    assert app.remove_stale_demo_folders(now) == [old]
    assert not old.exists() and fresh.exists() and other.exists()


def test_a_new_database_tells_the_clerk_where_to_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.open_database(tmp_path / "baru.sqlite", create=True)
    set_up_admin(qtbot, window)
    assert "identitas instansi dan unit kerja" in window.statusBar().currentMessage()


def test_the_count_uses_indonesian_digit_grouping(qtbot: QtBot, db_file: Path) -> None:
    from PySide6.QtCore import QLocale

    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    try:
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        window.total = 20000
        window._update_count(1500)
        assert window.count_label.text() == "1.500 dari 20.000 pegawai"
    finally:
        QLocale.setDefault(previous)
