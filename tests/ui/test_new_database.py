"""Berkas -> Basis data baru (issue 7): a new database at a chosen place, with its agency and
first administrator, opened signed in; a missing --db offers to make one there."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Role
from asn_desktop.services.database import Database
from asn_desktop.services.users import UserService
from asn_desktop.ui import new_database_dialog as module
from asn_desktop.ui.error_dialog import ErrorDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.new_database_dialog import NewDatabaseDialog
from asn_desktop.ui.settings import AppSettings
from asn_desktop.ui.tasks import TaskRunner

from .conftest import sign_in

PASSWORD = "rahasia-kantor-1"


@pytest.fixture
def no_catalogues(monkeypatch: pytest.MonkeyPatch) -> None:
    """Databases made without the SIASN catalogues (seconds on a busy machine): the first
    test makes one the whole way; the others are about the dialog and the window."""
    from asn_desktop.db import reference_loader

    monkeypatch.setattr(reference_loader, "load_reference", lambda _conn, _say=None: None)


def _fill(
    qtbot: QtBot,
    dialog: NewDatabaseDialog,
    path: Path | None,
    *,
    kode: str = "1.03.01",
    nama: str = "Dinas Komunikasi dan Informatika",
    username: str = "kepala",
    password: str = PASSWORD,
    repeat: str | None = None,
) -> None:
    """Type into the form as a person would."""
    if path is not None:
        dialog.path_edit.setText(str(path))
    for edit, text in (
        (dialog.agency.kode, kode),
        (dialog.agency.nama, nama),
        (dialog.username, username),
        (dialog.full_name, "Kepala Subbagian Kepegawaian"),
        (dialog.password, password),
        (dialog.repeat, password if repeat is None else repeat),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def _click_create(qtbot: QtBot, dialog: NewDatabaseDialog) -> None:
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_dialog_makes_the_database_signed_in_as_its_administrator(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    target = tmp_path / "kantor" / "asn-diskominfo"  # no suffix, a folder not made yet
    dialog = NewDatabaseDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.password.text() == "" and dialog.repeat.text() == ""  # no default password
    _fill(qtbot, dialog, target)
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted.value, timeout=20000)
    created = dialog.created
    assert created is not None and dialog.open_instead is None
    db = created.db
    try:
        path = target.with_name("asn-diskominfo.sqlite")
        assert db.path == path and path.is_file()
        assert db.user is not None and db.user.username == "kepala"
        assert db.user.role == Role.ADMIN
        assert (db.agency_code, db.agency_name) == ("1.03.01", "Dinas Komunikasi dan Informatika")
        assert created.units == []
        db.sign_out()
        UserService(db).sign_in("kepala", PASSWORD)  # the password typed, nothing else
        assert [u.username for u in UserService(db).accounts()] == ["kepala"]
    finally:
        db.close()


@pytest.mark.usefixtures("no_catalogues")
def test_problems_are_shown_under_the_fields_and_nothing_is_written(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    target = tmp_path / "baru.sqlite"
    dialog = NewDatabaseDialog(runner, path=target)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.path_edit.text() == str(target)

    _fill(qtbot, dialog, None, password=PASSWORD, repeat=PASSWORD + "x")
    _click_create(qtbot, dialog)  # checked at once, before the worker
    assert "tidak sama" in dialog.rows["repeat"].problem()
    assert not dialog.busy

    _fill(qtbot, dialog, None, kode="dinas kominfo!", nama="", username="Ka Sub", password="pendek")
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.rows["kode"].problem()), timeout=10000)
    assert "tidak boleh berisi spasi, '!'" in dialog.rows["kode"].problem()
    assert "wajib diisi" in dialog.rows["nama"].problem()
    assert "Nama pengguna" in dialog.rows["username"].problem()
    assert "paling sedikit 8 karakter" in dialog.rows["password"].problem()
    assert dialog.result() != QDialog.DialogCode.Accepted.value
    assert list(tmp_path.iterdir()) == []  # not even the folder's companions


def test_an_existing_file_is_never_overwritten_but_offered_to_open(
    qtbot: QtBot, runner: TaskRunner, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = _sha(db_file)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.Cancel

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = NewDatabaseDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, db_file)
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert str(db_file) in asked[0]
    assert "sudah ada" in dialog.rows["path"].problem()  # Cancel: choose another name
    assert dialog.isVisible() and dialog.open_instead is None

    # Chosen in the file dialog: asked at once; Open closes the dialog with that file.
    answer = QMessageBox.StandardButton.Open
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args: (str(db_file), ""))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    assert dialog.open_instead == db_file and dialog.created is None
    assert dialog.result() == QDialog.DialogCode.Accepted.value
    assert _sha(db_file) == before


@pytest.mark.usefixtures("no_catalogues")
def test_a_failure_half_way_leaves_nothing_behind(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise DatabaseError("Disk penuh.")

    monkeypatch.setattr(UserService, "create_first_admin", refuse)
    target = tmp_path / "baru" / "dalam" / "asn.sqlite"
    dialog = NewDatabaseDialog(runner, path=target)
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, None)
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.busy and bool(dialog.rows["path"].problem()), timeout=20000)
    assert "Disk penuh" in dialog.rows["path"].problem()
    assert not target.exists() and not (tmp_path / "baru").exists()
    assert list(tmp_path.iterdir()) == []
    assert dialog.created is None and dialog.isVisible()


@pytest.mark.usefixtures("no_catalogues")
def test_cancel_is_refused_while_the_file_is_being_made(
    qtbot: QtBot, runner: TaskRunner, tmp_path: Path
) -> None:
    dialog = NewDatabaseDialog(runner, path=tmp_path / "asn.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    _fill(qtbot, dialog, None)
    _click_create(qtbot, dialog)
    assert dialog.busy and not dialog.cancel_button.isEnabled()
    dialog.reject()  # Esc
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.created is not None, timeout=20000)
    dialog.created.db.close()  # type: ignore[union-attr]


def _new_dialog(qtbot: QtBot, window: MainWindow) -> NewDatabaseDialog:
    qtbot.waitUntil(
        lambda: window.new_database_dialog is not None and window.new_database_dialog.isVisible(),
        timeout=10000,
    )
    dialog = window.new_database_dialog
    assert dialog is not None
    return dialog


@pytest.mark.usefixtures("no_catalogues")
def test_the_menu_makes_a_database_and_opens_it_signed_in(
    qtbot: QtBot, db_file: Path, tmp_path: Path
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_file)
    sign_in(qtbot, window)
    assert window.new_database_action.isEnabled()

    window.new_database_action.trigger()
    dialog = _new_dialog(qtbot, window)
    assert dialog.start_dir == db_file.parent
    target = tmp_path / "baru.sqlite"
    _fill(qtbot, dialog, target, kode="diskominfo")
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: window.db is not None and window.db.path == target, timeout=20000)
    assert window.new_database_dialog is None
    assert window.db.user is not None and window.db.user.username == "kepala"
    assert window.login_dialog is None  # signed in already: no login asked
    assert window.db.agency_code == "DISKOMINFO"
    assert window.windowTitle() == "ASN Desktop — baru.sqlite"
    assert window.new_action.isEnabled() and window.agency_action.isEnabled()
    assert window.settings.last_database == str(target)
    assert window.settings.last_username == "kepala"
    assert window.settings.recent_databases[:2] == [str(target), str(db_file)]


@pytest.mark.usefixtures("no_catalogues")
def test_a_missing_database_offers_to_make_one_there(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, list[str]]] = []

    def choose_create(dialog: ErrorDialog) -> int:
        texts = [b.text() for b in dialog.buttons.buttons()]
        shown.append((dialog.message_label.text(), texts))
        dialog.chosen = "create"
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ErrorDialog, "exec", choose_create)
    missing = tmp_path / "pindah" / "asn.sqlite"
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(missing)  # as --db does
    dialog = _new_dialog(qtbot, window)
    message, buttons = shown[0]
    assert str(missing) in message and "tidak ditemukan" in message
    assert "Buat basis data baru di sini…" in buttons and "Buka yang lain…" in buttons
    assert dialog.path_edit.text() == str(missing)
    assert dialog.agency.kode.hasFocus() or not window.isActiveWindow()

    _fill(qtbot, dialog, None)
    _click_create(qtbot, dialog)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20000)
    assert window.db.path == missing and missing.is_file()
    assert window.settings.recent_databases == [str(missing)]


def test_a_missing_database_can_open_another(
    qtbot: QtBot, tmp_path: Path, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def choose_open(dialog: ErrorDialog) -> int:
        dialog.chosen = "open"
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(ErrorDialog, "exec", choose_open)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_args: (str(db_file), ""))
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(tmp_path / "tidak-ada.sqlite")
    sign_in(qtbot, window)
    assert window.db is not None and window.db.path == db_file
    assert window.new_database_dialog is None


def test_the_work_function_refuses_an_existing_file(db_file: Path) -> None:
    spec = module.NewDatabase(db_file, "DISKOMINFO", "Dinas", "kepala", "", PASSWORD)
    before = _sha(db_file)
    with pytest.raises(module.DatabaseExists):
        module.create_database(spec)
    assert _sha(db_file) == before
    assert Database  # imported for the type of created.db
