"""Small things that cost a clerk time (issue 7): recent databases, the log folder's path,
the error dialog's details, the backup message, the agency dialog's examples and messages,
the CLI's advice for a missing database."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asn_desktop import cli, paths
from asn_desktop.db.backup import copy_database
from asn_desktop.services.database import Database
from asn_desktop.ui.agency_dialog import AgencyDialog
from asn_desktop.ui.error_dialog import ErrorDialog
from asn_desktop.ui.folder_dialog import FileNotice, FolderDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import RECENT_DATABASES_MAX, AppSettings
from asn_desktop.ui.tasks import TaskRunner

from .conftest import sign_in

TRACE = 'Traceback (most recent call last):\n  File "x.py", line 1\nOSError: disk penuh'


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """QDesktopServices.openUrl recorded (and answered False: no file manager here)."""
    urls: list[str] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url.toLocalFile())
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


# -- recent databases -------------------------------------------------------------------------


def test_recent_databases_are_validated_on_read(asn_home: Path) -> None:
    settings = AppSettings()
    assert settings.recent_databases == []
    store = settings.store
    store.setValue("database/recent", "/satu.sqlite")  # how an INI gives back one item
    assert settings.recent_databases == ["/satu.sqlite"]
    store.setValue("database/recent", ["/a.sqlite", 7, "", "  ", "/a.sqlite", "/b.sqlite"])
    assert settings.recent_databases == ["/a.sqlite", "/b.sqlite"]
    store.setValue("database/recent", 42)
    assert settings.recent_databases == []

    for number in range(RECENT_DATABASES_MAX + 3):
        settings.remember_database(f"/db{number}.sqlite")
    settings.remember_database("/db5.sqlite")  # again: to the front, once
    recent = settings.recent_databases
    assert len(recent) == RECENT_DATABASES_MAX
    assert recent[:2] == ["/db5.sqlite", f"/db{RECENT_DATABASES_MAX + 2}.sqlite"]
    assert recent.count("/db5.sqlite") == 1
    with pytest.raises(ValueError):
        settings.recent_databases = ["/a.sqlite", 3]  # type: ignore[list-item]

    settings.sync()  # and back from the file, in a fresh store
    again = AppSettings(QSettings(str(asn_home / "settings.ini"), QSettings.Format.IniFormat))
    assert again.recent_databases == recent


def _recent_actions(window: MainWindow) -> list[tuple[str, bool]]:
    window.recent_menu.aboutToShow.emit()
    return [
        (str(action.data()), action.isEnabled())
        for action in window.recent_menu.actions()
        if action.data()
    ]


def test_every_open_goes_to_the_front_of_the_recent_menu(
    qtbot: QtBot, db_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "lain.sqlite"
    copy_database(db_file, other)
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    assert _recent_actions(window) == []
    assert [a.text() for a in window.recent_menu.actions()] == ["(belum ada)"]

    for path in (db_file, other):
        window.open_database(path)
        sign_in(qtbot, window)
    assert _recent_actions(window) == [(str(other), True), (str(db_file), True)]
    assert window.recent_menu.actions()[0].text().startswith("&1 lain.sqlite")

    # The first entry opens it again (and it moves to the front).
    first_db = next(a for a in window.recent_menu.actions() if a.data() == str(db_file))
    first_db.trigger()
    sign_in(qtbot, window)
    assert window.db is not None and window.db.path == db_file
    assert window.settings.recent_databases == [str(db_file), str(other)]

    other.unlink()  # moved away: shown, but cannot be chosen
    assert _recent_actions(window) == [(str(db_file), True), (str(other), False)]
    assert "tidak ada lagi" in window.recent_menu.actions()[1].toolTip()

    clear = next(a for a in window.recent_menu.actions() if a.text() == "&Kosongkan daftar")
    clear.trigger()
    assert window.settings.recent_databases == [] and _recent_actions(window) == []


# -- the log folder ---------------------------------------------------------------------------


def test_the_log_folder_is_shown_with_its_path_to_copy(
    qtbot: QtBot, opened_urls: list[str]
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_log_folder()
    dialog = window.folder_dialog
    assert isinstance(dialog, FolderDialog) and dialog.isVisible()
    folder = paths.log_dir()
    assert folder.is_dir()
    assert dialog.path_edit.text() == str(folder) and dialog.path_edit.isReadOnly()
    assert opened_urls == []  # nothing is tried before the clerk asks

    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(folder)

    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [str(folder)]
    assert dialog.status.isVisibleTo(dialog)
    assert "tidak bisa dibuka" in dialog.status.text() and "di atas" in dialog.status.text()
    dialog.close()


# -- the error dialog -------------------------------------------------------------------------


def test_showing_the_details_makes_the_error_dialog_readable(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Cadangan gagal dibuat.", TRACE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    compact = dialog.size()

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert dialog.details.isVisible()
    assert dialog.width() >= 640 and dialog.height() >= 320, dialog.size()
    assert dialog.details.width() >= 600 and dialog.details.height() >= 200

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    assert not dialog.details.isVisible()
    assert dialog.size() == compact  # back as it was, not a narrow box

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)  # and once more
    QApplication.processEvents()
    assert dialog.width() >= 640 and dialog.height() >= 320


def test_a_choice_closes_the_error_dialog_with_its_key(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Berkas basis data tidak ditemukan: /x.sqlite")
    qtbot.addWidget(dialog)
    button = dialog.add_choice("create", "Buat basis data baru di sini…", default=True)
    dialog.show()
    assert not dialog.toggle_button.isVisible()  # no details: no button for them
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.chosen == "create"
    assert dialog.result() == ErrorDialog.DialogCode.Accepted.value


# -- the backup message -----------------------------------------------------------------------


def test_the_backup_message_names_the_file_and_opens_its_folder(
    qtbot: QtBot, db_file: Path, opened_urls: list[str]
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_file)
    sign_in(qtbot, window)
    window.backup_action.trigger()
    qtbot.waitUntil(
        lambda: window.file_notice is not None and window.file_notice.isVisible(), timeout=20000
    )
    notice = window.file_notice
    assert isinstance(notice, FileNotice)
    backup = notice.path
    assert backup.is_file() and backup.parent == window.db.backups.folder  # type: ignore[union-attr]
    text = notice.label.text()
    assert text.startswith(f"Cadangan dibuat: {backup.name} di ")
    assert notice.label.toolTip() == str(backup)
    shown_folder = text.split(" di ", 1)[1]
    assert "…" in shown_folder or shown_folder == str(backup.parent)  # elided in the middle

    # No file manager: the folder's path is offered to copy instead.
    qtbot.mouseClick(notice.open_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [str(backup.parent)]
    dialog = window.findChild(FolderDialog)
    assert dialog is not None and dialog.path_edit.text() == str(backup.parent)
    assert "tidak bisa dibuka" in dialog.status.text()
    dialog.close()

    window.backup_action.trigger()  # a second backup replaces the notice
    qtbot.waitUntil(
        lambda: window.file_notice is not notice and window.file_notice is not None,
        timeout=20000,
    )
    QApplication.processEvents()
    assert len(window.statusBar().findChildren(FileNotice)) == 1
    qtbot.mouseClick(window.file_notice.close_button, Qt.MouseButton.LeftButton)
    assert not window.file_notice.isVisible()


# -- the agency dialog ------------------------------------------------------------------------


def test_agency_examples_say_they_are_examples_and_a_bad_code_says_why(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    dialog = AgencyDialog(db, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    for edit in (dialog.kode, dialog.nama):
        assert edit.placeholderText().startswith("contoh: ")
    assert dialog.fields.kode_hint.isVisible()
    assert "1.03.01" in dialog.fields.kode_hint.text()

    for code, words in (
        ("1.03.01 ", None),  # the example is a valid code (spaces around are trimmed)
        ("DIS KOMINFO", "tidak boleh berisi spasi"),
        ("DISKOMINFO/2", "tidak boleh berisi '/'"),
        ("X", "terlalu pendek"),
        ("-DISKOMINFO", "harus diawali huruf atau angka"),
        ("", "wajib diisi"),
    ):
        dialog.kode.setText(code)
        dialog.nama.setText("Dinas Komunikasi dan Informatika")
        assert dialog.save() is True
        if words is None:
            qtbot.waitUntil(
                lambda: dialog.result() == dialog.DialogCode.Accepted.value, timeout=10000
            )
            assert db.agency_code == "1.03.01"
            dialog.setResult(0)
            continue
        qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)
        problem = dialog.rows["kode"].problem()
        assert words in problem, (code, problem)
        assert ("wajib diisi" in problem) == (code == "")
        assert not dialog.fields.kode_hint.isVisibleTo(dialog)  # the problem says the rule


# -- the CLI ----------------------------------------------------------------------------------


def test_the_cli_says_how_to_make_a_missing_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "tidak ada" / "asn.sqlite"
    assert cli.main(["employees", "list", "--db", str(missing)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "tidak ditemukan" in err[0] and str(missing) in err[0]
    assert f"asn-desktop db init --db '{missing}'" in err[0]

    assert cli.main(["db", "check"]) == 1  # the default database, not made yet
    err = capsys.readouterr().err.strip()
    assert str(paths.default_database()) in err and "asn-desktop db init " in err
    assert "--db" not in err.split("db init", 1)[1].split("(")[0]
    assert not missing.parent.exists()
