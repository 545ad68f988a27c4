"""The administrator's Pengguna dialog: the list, adding, locking, resetting, roles; every
call in the worker, every refusal of the service shown in the dialog."""

from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from accounts import TEST_PASSWORDS
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from asn_desktop.domain.peran import Role
from asn_desktop.services.database import Database
from asn_desktop.services.errors import LoginFailed
from asn_desktop.services.users import UserInfo, UserService
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.users_dialog import (
    FULL_NAME,
    LAST_LOGIN,
    LOCKED,
    MUST_CHANGE,
    NAME,
    ROLE,
    AddUserDialog,
    ResetPasswordDialog,
    RoleDialog,
    UsersDialog,
)

ACCOUNTS = ["admin", "operator", "viewer"]


def _open(qtbot: QtBot, window: MainWindow) -> UsersDialog:
    window.users_action.trigger()
    dialog = window.users_dialog
    assert isinstance(dialog, UsersDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: _names(dialog) == ACCOUNTS and not dialog.busy, timeout=5000)
    return dialog


def _names(dialog: UsersDialog) -> list[str]:
    return [_cell(dialog, row, NAME) for row in range(dialog.table.rowCount())]


def _cell(dialog: UsersDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    return item.text() if item is not None else ""


def _row(dialog: UsersDialog, username: str) -> int:
    return _names(dialog).index(username)


def _select(dialog: UsersDialog, username: str) -> None:
    dialog.table.selectRow(_row(dialog, username))
    assert dialog.selected_name() == username


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def _settled(qtbot: QtBot, dialog: UsersDialog, check: Callable[[], bool]) -> None:
    qtbot.waitUntil(lambda: not dialog.busy and check(), timeout=5000)


@pytest.fixture
def users(qtbot: QtBot, window: MainWindow) -> UsersDialog:
    return _open(qtbot, window)


def test_the_list_shows_every_account(users: UsersDialog) -> None:
    assert _cell(users, _row(users, "operator"), ROLE) == "Operator (pengelola kepegawaian)"
    assert _cell(users, _row(users, "viewer"), ROLE) == "Pimpinan (lihat dan cetak)"
    assert _cell(users, _row(users, "admin"), FULL_NAME) == "Admin Uji"
    assert _cell(users, _row(users, "viewer"), LAST_LOGIN) == "belum pernah"
    assert _cell(users, _row(users, "admin"), LAST_LOGIN)[2] == "-"  # signed in just now
    assert all(_cell(users, r, LOCKED) == "" for r in range(3))
    # Nothing chosen, nothing to do to it.
    assert users.add_button.isEnabled()
    assert not any(
        b.isEnabled()
        for b in (users.lock_button, users.unlock_button, users.reset_button, users.role_button)
    )


def test_the_list_is_read_in_the_worker(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []
    real = UserService.accounts

    def traced(self: UserService) -> list[UserInfo]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self)

    monkeypatch.setattr(UserService, "accounts", traced)
    _open(qtbot, window)
    assert threads == [False]


def test_adding_an_account_with_a_temporary_password(
    qtbot: QtBot, users: UsersDialog, db: Database
) -> None:
    _click(qtbot, users.add_button)
    form = users.form
    assert isinstance(form, AddUserDialog) and form.isVisible()
    assert not users.add_button.isEnabled()  # one form at a time
    form.username.setText("Staf Satu")  # not a user name
    form.password.setText("sementara-1")
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: bool(form.rows["username"].problem()), timeout=5000)
    assert "huruf kecil" in form.rows["username"].problem()
    assert form.isVisible()

    form.username.setText("staf1")
    form.full_name.setText("Staf Kepegawaian")
    form.role.setCurrentIndex(form.role.findData("viewer"))
    generate = form.findChild(QPushButton, "generateButton")
    assert generate is not None
    _click(qtbot, generate)
    temporary = form.password.text()
    assert len(temporary) == 12
    _click(qtbot, form.submit_button)
    _settled(qtbot, users, lambda: "staf1" in _names(users))
    assert users.form is None and users.selected_name() == "staf1"
    assert "staf1 ditambahkan" in users.message.text()
    assert _cell(users, _row(users, "staf1"), MUST_CHANGE) == "ya"
    info = UserService(db).get("staf1")
    assert info.role is Role.VIEWER and info.must_change_password
    assert UserService(db).sign_in("staf1", temporary).must_change_password


def test_a_taken_name_is_refused_in_the_form(qtbot: QtBot, users: UsersDialog) -> None:
    _click(qtbot, users.add_button)
    form = users.form
    assert isinstance(form, AddUserDialog)
    form.username.setText("operator")
    form.password.setText("sementara-1")
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: "sudah dipakai" in form.rows["username"].problem(), timeout=5000)
    form.reject()
    assert users.form is None and users.add_button.isEnabled()


def test_locking_and_unlocking(qtbot: QtBot, users: UsersDialog, db: Database) -> None:
    _select(users, "viewer")
    assert users.lock_button.isEnabled() and not users.unlock_button.isEnabled()
    _click(qtbot, users.lock_button)
    _settled(qtbot, users, lambda: _cell(users, _row(users, "viewer"), LOCKED) == "ya")
    assert "viewer dikunci" in users.message.text()
    assert users.selected_name() == "viewer" and users.unlock_button.isEnabled()
    with pytest.raises(LoginFailed, match="terkunci"):
        UserService(db).sign_in("viewer", TEST_PASSWORDS["viewer"])

    _click(qtbot, users.unlock_button)
    _settled(qtbot, users, lambda: _cell(users, _row(users, "viewer"), LOCKED) == "")
    assert "dibuka kuncinya" in users.message.text()
    assert UserService(db).sign_in("viewer", TEST_PASSWORDS["viewer"]).username == "viewer"


def test_failed_sign_ins_show_and_can_be_cleared(
    qtbot: QtBot, users: UsersDialog, db: Database
) -> None:
    with pytest.raises(LoginFailed):
        UserService(db).sign_in("operator", "salah-sekali")
    users.reload()
    _settled(qtbot, users, lambda: _cell(users, _row(users, "operator"), LOCKED) == "1× salah")
    _select(users, "operator")
    assert users.unlock_button.isEnabled()


def test_the_services_refusal_is_shown_in_the_dialog(qtbot: QtBot, users: UsersDialog) -> None:
    _select(users, "admin")
    _click(qtbot, users.lock_button)  # one's own account
    _settled(qtbot, users, lambda: users.message.isVisible())
    assert "tidak bisa mengunci akunnya sendiri" in users.message.text()
    assert "b00020" in users.message.styleSheet()  # said as an error
    assert _cell(users, _row(users, "admin"), LOCKED) == ""


def test_resetting_a_password_forces_a_change(
    qtbot: QtBot, users: UsersDialog, db: Database
) -> None:
    _select(users, "operator")
    _click(qtbot, users.reset_button)
    form = users.form
    assert isinstance(form, ResetPasswordDialog) and form.username == "operator"
    temporary = form.password.text()
    assert len(temporary) == 12  # offered, may be replaced
    form.password.setText("kurang")
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: bool(form.rows["password"].problem()), timeout=5000)
    form.password.setText(temporary)
    _click(qtbot, form.submit_button)
    _settled(qtbot, users, lambda: _cell(users, _row(users, "operator"), MUST_CHANGE) == "ya")
    assert "disetel ulang" in users.message.text()
    signed = UserService(db).sign_in("operator", temporary)
    assert signed.must_change_password


def test_changing_a_role(qtbot: QtBot, users: UsersDialog, db: Database) -> None:
    _select(users, "operator")
    _click(qtbot, users.role_button)
    form = users.form
    assert isinstance(form, RoleDialog)
    assert form.role.currentData() == "operator"
    form.role.setCurrentIndex(form.role.findData("viewer"))
    _click(qtbot, form.submit_button)
    _settled(
        qtbot,
        users,
        lambda: _cell(users, _row(users, "operator"), ROLE) == "Pimpinan (lihat dan cetak)",
    )
    assert UserService(db).get("operator").role is Role.VIEWER

    _select(users, "admin")  # demoting oneself is refused, in the form
    _click(qtbot, users.role_button)
    form = users.form
    assert isinstance(form, RoleDialog)
    form.role.setCurrentIndex(form.role.findData("operator"))
    _click(qtbot, form.submit_button)
    qtbot.waitUntil(lambda: "menurunkan peran" in form.error.text(), timeout=5000)
    assert form.isVisible()
    form.reject()
    assert UserService(db).get("admin").role is Role.ADMIN


def test_only_an_administrator_gets_the_menu(open_window: Callable[..., MainWindow]) -> None:
    window = open_window("operator")
    assert not window.users_action.isEnabled()
    assert "tidak berhak mengelola pengguna" in window.users_action.toolTip()
