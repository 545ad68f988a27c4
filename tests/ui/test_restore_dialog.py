"""The restore dialog and the restore from the main window, on real backups."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from accounts import open_as
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import VERIFIED_MARK
from asn_desktop.db.schema import HEAD_REVISION
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.ui import restore_dialog as restore_dialog_module
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.restore_dialog import (
    ALASAN,
    DAMAGED_MARK,
    PEGAWAI,
    SKEMA,
    TANGGAL,
    TERVERIFIKASI,
    UKURAN,
    RestoreDialog,
)
from asn_desktop.ui.restore_dialog import (
    VERIFIED_MARK as SHOWN_VERIFIED,
)
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_NAMA, TOTAL, sign_in

START = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
REASONS = ("daily", "pre-migration", "pre-restore", "pre-import", "manual")
LABELS = ("harian", "sebelum pembaruan skema", "sebelum pemulihan", "sebelum impor", "manual")


def make_backups(db: Database) -> list[Path]:
    """One backup of every kind, an hour apart, oldest (daily) first."""
    assert db.path is not None and db.backups is not None
    return [
        db.backups.create(db.path, reason, now=START + timedelta(hours=n)).path
        for n, reason in enumerate(REASONS)
    ]


def later_copy(path: Path, hours: int, *, marked: bool) -> Path:
    """A copy of a backup named as a later one of the same kind."""
    stem = f"asn-{START + timedelta(hours=hours):%Y%m%d-%H%M%S-%f}-manual"
    name = stem + (VERIFIED_MARK if marked else "") + ".asnbak.sqlite"
    copy = path.with_name(name)
    shutil.copyfile(path, copy)
    return copy


def damage_a_page(path: Path, table: str = "org_unit") -> None:
    """Overwrite one table's root page: only a full integrity check notices."""
    conn = sqlite3.connect(path)
    try:
        (root,) = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    finally:
        conn.close()
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xa5" * page_size)


def texts(dialog: RestoreDialog, column: int) -> list[str]:
    return [dialog.table.item(r, column).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]


def settle(qtbot: QtBot, dialog: RestoreDialog) -> None:
    qtbot.waitUntil(lambda: dialog.loaded and not dialog.runner.busy(), timeout=10000)


class Answers:
    """QMessageBox.warning answered (Yes unless told), remembering what it said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.asked: list[str] = []
        self.answer = QMessageBox.StandardButton.Yes
        monkeypatch.setattr(QMessageBox, "warning", self._warning)

    def _warning(self, _parent: object, _title: str, text: str, *_args: object) -> object:
        self.asked.append(text)
        return self.answer


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> Iterator[Callable[[], RestoreDialog]]:
    dialogs: list[RestoreDialog] = []

    def make() -> RestoreDialog:
        dialog = RestoreDialog(db, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)
        settle(qtbot, dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.close()
    runner.wait()


def test_lists_the_backups_newest_first_with_their_reasons(
    make_dialog: Callable[[], RestoreDialog], db: Database
) -> None:
    made = make_backups(db)
    dialog = make_dialog()

    assert [b.path for b in dialog.backups] == list(reversed(made))
    assert texts(dialog, ALASAN) == list(reversed(LABELS))
    assert texts(dialog, TANGGAL) == [
        f"{(START + timedelta(hours=n)).astimezone():%d-%m-%Y %H:%M}" for n in range(4, -1, -1)
    ]
    assert texts(dialog, PEGAWAI) == [QLocale().toString(TOTAL)] * 5
    assert texts(dialog, SKEMA) == [HEAD_REVISION] * 5
    assert texts(dialog, TERVERIFIKASI) == [SHOWN_VERIFIED] * 5
    assert all(t.endswith("MB") or t.endswith("KB") for t in texts(dialog, UKURAN))
    assert dialog.selected() is dialog.backups[0]
    assert dialog.restore_button.isEnabled()
    assert dialog.status.text() == str(made[-1])


def test_damaged_copies_are_marked_and_cannot_be_restored(
    qtbot: QtBot, make_dialog: Callable[[], RestoreDialog], db: Database
) -> None:
    made = make_backups(db)
    truncated = later_copy(made[-1], 10, marked=True)
    data = truncated.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    overwritten = later_copy(made[-1], 9, marked=False)  # as from before verification
    damage_a_page(overwritten)

    dialog = make_dialog()

    assert [b.path for b in dialog.backups[:2]] == [truncated, overwritten]
    assert texts(dialog, TERVERIFIKASI) == [DAMAGED_MARK, DAMAGED_MARK] + [SHOWN_VERIFIED] * 5
    for row, path in enumerate((truncated, overwritten)):
        dialog.table.selectRow(row)
        assert not dialog.restore_button.isEnabled()
        assert dialog.status.text().startswith(f"Tidak bisa dipulihkan: {path.name}")
        assert path.name in dialog.table.item(row, TERVERIFIKASI).toolTip()  # type: ignore[union-attr]
        dialog.restore_selected()  # a double click, say: nothing happens
        assert dialog.chosen is None and dialog.isVisible()
    assert texts(dialog, PEGAWAI)[:2] == ["—", QLocale().toString(TOTAL)]
    dialog.table.selectRow(2)
    assert dialog.restore_button.isEnabled()


def test_a_backup_not_verified_when_made_is_checked_while_listed(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    made = make_backups(db)
    plain = made[-1].with_name(made[-1].name.replace(VERIFIED_MARK, ""))
    made[-1].rename(plain)
    dialog = RestoreDialog(db, runner)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    seen = texts(dialog, TERVERIFIKASI)[0]
    assert seen in ("memeriksa…", SHOWN_VERIFIED)  # the check may already have answered
    settle(qtbot, dialog)
    assert texts(dialog, TERVERIFIKASI)[0] == SHOWN_VERIFIED
    assert dialog.backups[0].fully_checked and dialog.restore_button.isEnabled()
    dialog.close()


def test_restoring_checks_fully_then_asks_naming_the_backup(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_dialog: Callable[[], RestoreDialog],
    db: Database,
) -> None:
    made = make_backups(db)
    answers = Answers(monkeypatch)
    answers.answer = QMessageBox.StandardButton.No
    dialog = make_dialog()

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert len(answers.asked) == 1
    question = answers.asked[0]
    assert made[-1].name in question and "manual" in question
    assert "cadangan keamanan" in question and QLocale().toString(TOTAL) in question
    assert dialog.chosen is None and dialog.isVisible()  # "No": nothing chosen

    answers.answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert len(answers.asked) == 2
    assert dialog.chosen is not None and dialog.chosen.path == made[-1]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_page_damaged_since_the_backup_was_made_is_found_before_asking(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_dialog: Callable[[], RestoreDialog],
    db: Database,
) -> None:
    made = make_backups(db)
    damage_a_page(made[-1])  # verified when made; its header and register still read
    answers = Answers(monkeypatch)
    dialog = make_dialog()
    assert texts(dialog, TERVERIFIKASI)[0] == SHOWN_VERIFIED

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    assert answers.asked == []
    assert texts(dialog, TERVERIFIKASI)[0] == DAMAGED_MARK
    assert not dialog.restore_button.isEnabled() and dialog.chosen is None
    assert dialog.status.text().startswith(f"Tidak bisa dipulihkan: {made[-1].name}")


def test_a_file_chosen_elsewhere_is_listed_checked_and_restorable(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_dialog: Callable[[], RestoreDialog],
    db: Database,
    tmp_path: Path,
) -> None:
    made = make_backups(db)
    elsewhere = tmp_path / "usb" / "salinan-kantor.sqlite"
    elsewhere.parent.mkdir()
    shutil.copyfile(made[0], elsewhere)
    asked: list[tuple[object, ...]] = []

    def fake_open(*args: object) -> tuple[str, str]:
        asked.append(args)
        return str(elsewhere), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    answers = Answers(monkeypatch)
    dialog = make_dialog()
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)

    assert len(asked) == 1
    assert dialog.backups[0].path == elsewhere
    assert texts(dialog, ALASAN)[0] == "berkas lain"
    assert texts(dialog, TERVERIFIKASI)[0] == SHOWN_VERIFIED
    assert dialog.selected() is dialog.backups[0] and dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)  # checked: asks at once
    assert len(answers.asked) == 1 and "salinan-kantor.sqlite" in answers.asked[0]
    assert dialog.chosen is not None and dialog.chosen.path == elsewhere


def test_no_backups_yet_says_where_they_would_be(
    make_dialog: Callable[[], RestoreDialog], db: Database
) -> None:
    dialog = make_dialog()
    assert dialog.table.rowCount() == 0
    assert str(db.backups.folder) in dialog.status.text()  # type: ignore[union-attr]
    assert not dialog.restore_button.isEnabled()


# -- from the main window ----------------------------------------------------------------------


def test_restore_as_admin_end_to_end_with_its_audit_entry(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    open_window: Callable[..., MainWindow],
    db_file: Path,
    service: EmployeeService,
    known_id: int,
) -> None:
    window = open_window()
    assert window.restore_action.isEnabled()
    assert window.db is not None and window.db.backups is not None
    folder = window.db.backups.folder
    saved = window.db.backup("manual")
    # Work after the backup, which the restore must undo.
    record = service.get(known_id)
    service.update(
        known_id, replace(record.draft, gelar_depan="Drs."), expected_revision=record.revision
    )
    answers = Answers(monkeypatch)
    shown: list[RestoreDialog] = []

    def choose_saved(dialog: RestoreDialog) -> int:
        shown.append(dialog)
        settle(qtbot, dialog)
        row = next(r for r, b in enumerate(dialog.backups) if b.path == saved.path)
        dialog.table.selectRow(row)
        dialog.restore_selected()
        qtbot.waitUntil(lambda: dialog.chosen is not None, timeout=10000)
        return dialog.result()

    monkeypatch.setattr(restore_dialog_module.RestoreDialog, "exec", choose_saved)
    window.restore_backup()

    assert len(shown) == 1 and len(answers.asked) == 1
    assert saved.path.name in answers.asked[0]
    sign_in(qtbot, window)  # the restored database is signed in to afresh
    qtbot.waitUntil(lambda: window.register.model.rowCount() == TOTAL, timeout=10000)
    message = window.statusBar().currentMessage()
    assert f"Cadangan {saved.path.name} dipulihkan" in message
    assert "Catatan audit" not in message
    safety = [b for b in window.db.backups.list() if b.reason == "pre-restore"]
    assert len(safety) == 1 and safety[0].path.name in message
    assert safety[0].path.parent == folder

    check = open_as(db_file, backup_dir=folder)
    try:
        employee = EmployeeService(check).get(known_id)
        assert employee.draft.gelar_depan in ("", None)  # the edit is undone
        assert employee.draft.nama == KNOWN_NAMA
        entries = AuditService(check).entries(AuditQuery(action="restore_backup"))
        assert [(e.username, e.entity_type, e.entity_label) for e in entries] == [
            ("admin", "database", saved.path.name)
        ]
        assert safety[0].path.name in entries[0].detail
        assert AuditService(check).verify() is None
    finally:
        check.close()


def test_an_operator_may_not_restore(
    open_window: Callable[..., MainWindow], dialogs_shown: list[str]
) -> None:
    window = open_window("operator")
    assert not window.restore_action.isEnabled()
    assert "tidak berhak" in window.restore_action.toolTip()
    window.restore_backup()  # the action is off; called anyway, it refuses
    assert len(dialogs_shown) == 1 and "tidak berhak memulihkan" in dialogs_shown[0]
    dialogs_shown.clear()
