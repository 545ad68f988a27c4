"""Signing in to the window: the login dialog, the first administrator, forced and own
password changes, what each role may do, switching user, the idle lock, the demo."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS, open_as
from PySide6.QtCore import QEvent, QLocale, QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from asn_desktop import paths
from asn_desktop.domain.peran import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import LoginFailed, PermissionDenied
from asn_desktop.services.permissions import SignedIn, denial
from asn_desktop.services.users import UserService
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.i18n import install_translators
from asn_desktop.ui.login_dialog import (
    _LOGIN_PATTERNS,
    PERMISSION_NAMES,
    ROLE_NAMES,
    ChangePasswordDialog,
    IdleWatcher,
    LockCover,
    LoginDialog,
    SetupAdminDialog,
    denial_text,
    login_message,
)
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import IDLE_LOCK_DEFAULT_MINUTES, SETTINGS_VERSION, AppSettings

from .conftest import (
    TOTAL,
    account_dialog,
    answer_login,
    header_query,
    set_up_admin,
    sign_in,
    wait_for_ids,
)

OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def unsigned(qtbot: QtBot, db_file: Path) -> Iterator[MainWindow]:
    """A shown window whose database has been opened by the worker: the login dialog is up."""
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_file)
    account_dialog(qtbot, window)
    yield window


def _error_shown(qtbot: QtBot, dialog: LoginDialog | ChangePasswordDialog, text: str) -> None:
    qtbot.waitUntil(lambda: text in dialog.error.text() and not dialog.busy, timeout=5000)
    assert dialog.error.isVisible()


def _covered(window: MainWindow) -> bool:
    covers = window.register.findChildren(LockCover)
    return any(c.isVisible() and c.geometry() == window.register.rect() for c in covers)


# -- the login dialog ---------------------------------------------------------------------


def test_a_wrong_password_is_said_in_the_dialog_and_nothing_is_attached(
    qtbot: QtBot, unsigned: MainWindow
) -> None:
    dialog = account_dialog(qtbot, unsigned)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.windowTitle() == "Masuk ke ASN Desktop"
    answer_login(qtbot, dialog, "operator", "bukan-sandinya")
    _error_shown(qtbot, dialog, "Nama pengguna atau kata sandi salah.")
    assert "Sisa 4 kali percobaan" in dialog.error.text()
    assert dialog.isVisible() and dialog.sign_in_button.isEnabled()
    assert dialog.cursor().shape() != Qt.CursorShape.BusyCursor
    assert dialog.password.text() == ""  # typed again, not kept
    assert unsigned.db is None and unsigned.register.model.rowCount() == 0
    assert not unsigned.new_action.isEnabled() and unsigned.user_label.text() == ""

    answer_login(qtbot, dialog, "tidak-ada", "apa-saja-123")  # an unknown name reads the same
    _error_shown(qtbot, dialog, "Nama pengguna atau kata sandi salah.")
    assert "Sisa" not in dialog.error.text()
    assert unsigned.db is None


def test_five_wrong_passwords_lock_the_account(qtbot: QtBot, unsigned: MainWindow) -> None:
    dialog = account_dialog(qtbot, unsigned)
    for attempt in range(1, 5):
        answer_login(qtbot, dialog, "viewer", f"salah-{attempt}-kali")
        _error_shown(qtbot, dialog, f"Sisa {5 - attempt} kali percobaan")
    answer_login(qtbot, dialog, "viewer", "salah-5-kali")
    _error_shown(qtbot, dialog, "kini dikunci setelah 5 kali gagal")
    answer_login(qtbot, dialog, "viewer", TEST_PASSWORDS["viewer"])  # too late
    _error_shown(qtbot, dialog, "Akun viewer terkunci; minta administrator membukanya")
    assert unsigned.db is None and unsigned.register.model.rowCount() == 0


def test_signing_in_attaches_the_register_and_shows_who(
    qtbot: QtBot, unsigned: MainWindow, service: EmployeeService, db_file: Path
) -> None:
    sign_in(qtbot, unsigned, "operator")
    wait_for_ids(qtbot, unsigned.register, service.search_ids(header_query(unsigned.register)))
    assert unsigned.register.model.rowCount() == TOTAL
    assert unsigned.user_label.text() == "Pengguna: operator — Operator (pengelola kepegawaian)"
    assert unsigned.windowTitle() == f"ASN Desktop — {db_file.name}"
    assert unsigned.settings.last_username == "operator"
    assert unsigned.settings.last_database == str(db_file)
    assert unsigned.new_action.isEnabled() and not unsigned.agency_action.isEnabled()

    # The next start offers the name, never the password (nothing like it is stored).
    unsigned.close()
    again = MainWindow(AppSettings())
    qtbot.addWidget(again)
    again.show()
    again.open_database(db_file)
    dialog = account_dialog(qtbot, again)
    assert dialog.username.text() == "operator" and dialog.password.text() == ""
    store = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    values = [str(store.value(key)) for key in store.allKeys()]
    assert not any(TEST_PASSWORDS["operator"] in value for value in values)


def test_the_password_is_checked_in_the_worker_with_masuk_off_meanwhile(
    qtbot: QtBot, unsigned: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    release = threading.Event()
    threads: list[bool] = []
    real = UserService.sign_in

    def held(self: UserService, username: str, password: str) -> SignedIn:
        threads.append(threading.current_thread() is threading.main_thread())
        assert release.wait(10)
        return real(self, username, password)

    monkeypatch.setattr(UserService, "sign_in", held)
    dialog = account_dialog(qtbot, unsigned)
    answer_login(qtbot, dialog, "admin", TEST_PASSWORDS["admin"])
    qtbot.waitUntil(lambda: threads == [False], timeout=5000)
    assert dialog.busy and not dialog.sign_in_button.isEnabled()
    assert not dialog.cancel_button.isEnabled()
    assert dialog.cursor().shape() == Qt.CursorShape.BusyCursor
    dialog.reject()  # Escape while checking: the answer must still find the dialog
    assert dialog.isVisible()
    release.set()
    qtbot.waitUntil(lambda: unsigned.db is not None, timeout=5000)


def test_cancelling_the_login_closes_the_database(
    qtbot: QtBot, unsigned: MainWindow, db_file: Path
) -> None:
    dialog = account_dialog(qtbot, unsigned)
    pending = unsigned._pending
    assert pending is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert unsigned.login_dialog is None and unsigned._pending is None
    assert unsigned.db is None and unsigned.register.model.rowCount() == 0
    assert unsigned.windowTitle() == "ASN Desktop"
    assert "tidak dibuka" in unsigned.statusBar().currentMessage()
    assert unsigned.settings.last_database == ""
    assert not unsigned.switch_user_action.isEnabled()


# -- the first administrator ----------------------------------------------------------------


def test_a_database_without_accounts_asks_for_its_administrator(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "baru.sqlite"
    window.open_database(target, create=True)
    dialog = account_dialog(qtbot, window, SetupAdminDialog)
    text = " ".join(label.text() for label in dialog.findChildren(type(dialog.error)))
    assert "Tidak ada kata sandi bawaan" in text and "baru.sqlite" in text

    dialog.full_name.setText("Kepala Subbagian Kepegawaian")
    dialog.password.setText("rahasia-kantor-1")
    dialog.repeat.setText("rahasia-kantor-2")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.rows["repeat"].problem() == "Kedua kata sandi tidak sama."
    dialog.password.setText("pendek")
    dialog.repeat.setText("pendek")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.rows["password"].problem()), timeout=5000)
    assert "paling sedikit 8 karakter" in dialog.rows["password"].problem()
    assert window.db is None and dialog.isVisible()
    dialog.close()  # Batal: no administrator, no database
    assert window.db is None and window.login_dialog is None

    window.open_database(target)
    set_up_admin(qtbot, window, "kepala", "rahasia-kantor-1")
    assert window.db is not None and window.db.user is not None
    assert (window.db.user.username, window.db.user.role) == ("kepala", Role.ADMIN)
    assert UserService(window.db).count() == 1
    assert window.users_action.isEnabled()
    assert window.settings.last_username == "kepala"


# -- passwords ------------------------------------------------------------------------------


def test_a_reset_password_must_be_changed_before_the_window_is_usable(
    qtbot: QtBot, db: Database, db_file: Path
) -> None:
    UserService(db).reset_password("operator", "sementara-123")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "operator", "sementara-123")
    qtbot.waitUntil(lambda: dialog.change_dialog is not None, timeout=5000)
    change = dialog.change_dialog
    assert change is not None and change.isVisible() and change.forced
    assert change.rows["old"].isHidden()  # just typed into the login dialog
    assert window.db is None  # not before the new password

    change.new.setText("pilihan-sendiri-1")
    change.repeat.setText("pilihan-sendiri-2")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    assert change.rows["repeat"].problem() == "Kedua kata sandi baru tidak sama."
    change.repeat.setText("pilihan-sendiri-1")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None, timeout=5000)
    assert window.db.user is not None and window.db.user.username == "operator"
    assert not window.db.user.must_change_password
    assert window.new_action.isEnabled()
    assert UserService(db).sign_in("operator", "pilihan-sendiri-1").username == "operator"


def test_declining_the_forced_change_leaves_the_database_shut(
    qtbot: QtBot, db: Database, db_file: Path
) -> None:
    UserService(db).reset_password("viewer", "sementara-456")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.open_database(db_file)
    dialog = account_dialog(qtbot, window)
    answer_login(qtbot, dialog, "viewer", "sementara-456")
    qtbot.waitUntil(lambda: dialog.change_dialog is not None, timeout=5000)
    change = dialog.change_dialog
    assert change is not None
    change.reject()
    assert "harus diganti dahulu" in dialog.error.text()
    assert dialog.isVisible() and window.db is None
    assert dialog.db.user is None  # signed out again


def test_changing_ones_own_password(qtbot: QtBot, window: MainWindow, db: Database) -> None:
    window.change_password_action.trigger()
    change = window.password_dialog
    assert isinstance(change, ChangePasswordDialog) and change.isVisible()
    assert not change.rows["old"].isHidden()
    change.old.setText("bukan-yang-lama")
    change.new.setText("admin-baru-2024")
    change.repeat.setText("admin-baru-2024")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "salah" in change.rows["old"].problem(), timeout=5000)
    assert change.isVisible()

    change.old.setText(TEST_PASSWORDS["admin"])
    change.new.setText("admin")
    change.repeat.setText("admin")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(change.rows["password"].problem()), timeout=5000)

    change.old.setText(TEST_PASSWORDS["admin"])
    change.new.setText("admin-baru-2024")
    change.repeat.setText("admin-baru-2024")
    qtbot.mouseClick(change.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.password_dialog is None, timeout=5000)
    assert window.statusBar().currentMessage() == "Kata sandi diganti."
    with pytest.raises(LoginFailed):
        UserService(db).sign_in("admin", TEST_PASSWORDS["admin"])
    assert UserService(db).sign_in("admin", "admin-baru-2024").role is Role.ADMIN


# -- roles ------------------------------------------------------------------------------------


def test_a_viewer_sees_why_the_editing_actions_are_off(
    open_window: OpenWindow,
) -> None:
    window = open_window("viewer")
    assert window.user_label.text() == "Pengguna: viewer — Pimpinan (lihat dan cetak)"
    user = window.db.user if window.db is not None else None
    assert user is not None
    off = {
        window.new_action: Permission.EDIT,
        window.edit_action: Permission.EDIT,
        window.delete_action: Permission.EDIT,
        window.agency_action: Permission.AGENCY,
        window.units_action: Permission.EDIT,
        window.users_action: Permission.MANAGE_USERS,
        window.backup_action: Permission.BACKUP,
        window.restore_action: Permission.RESTORE,
    }
    for action, permission in off.items():
        assert not action.isEnabled(), action.text()
        assert "tidak berhak" in action.toolTip(), action.text()
        assert action.toolTip() == denial(user, permission)  # the services' own sentence
        assert action.statusTip() == action.toolTip()
    for action in (
        window.find_action,
        window.refresh_action,
        window.check_action,
        window.switch_user_action,
        window.change_password_action,
        window.lock_action,
    ):
        assert action.isEnabled(), action.text()
        assert "tidak berhak" not in action.toolTip()
    assert window.action_permissions[window.users_action] is Permission.MANAGE_USERS


def test_an_operator_may_edit_but_not_manage(open_window: OpenWindow) -> None:
    window = open_window("operator")
    for action in (window.new_action, window.units_action, window.backup_action):
        assert action.isEnabled(), action.text()
        assert "tidak berhak" not in action.toolTip() and not action.statusTip()
    for action in (window.agency_action, window.users_action, window.restore_action):
        assert not action.isEnabled() and "tidak berhak" in action.toolTip()


def test_an_administrator_may_do_everything(window: MainWindow) -> None:
    assert all(action.isEnabled() for action in window.action_permissions)


def test_a_viewer_opening_an_employee_gets_a_read_only_dialog(
    qtbot: QtBot, open_window: OpenWindow, known_id: int, service: EmployeeService
) -> None:
    window = open_window("viewer")
    seen: dict[str, object] = {}

    def inspect() -> None:
        dialogs = [d for d in window.findChildren(EmployeeDialog) if d.isVisible()]
        assert len(dialogs) == 1
        dialog = dialogs[0]
        seen["title"] = dialog.windowTitle()
        seen["editable"] = [
            name
            for name, editor in dialog.edits.items()
            if editor.isEnabled()
            and not (isinstance(editor, (QLineEdit, QPlainTextEdit)) and editor.isReadOnly())
        ]
        seen["combos"] = [e.isEnabled() for e in dialog.edits.values() if isinstance(e, QComboBox)]
        seen["save"] = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
        seen["adds"] = [tab.add_button.isVisible() for tab in dialog.history_tabs.values()]
        seen["summary"] = dialog.summary.text()
        nama = dialog.edits["nama"]
        assert isinstance(nama, QLineEdit)
        nama.setText("Nama Lain")
        seen["saved"] = dialog.save()
        dialog.reject()

    QTimer.singleShot(0, inspect)
    window.register.openRequested.emit(known_id)  # Enter or a double click on the row
    assert seen["editable"] == [] and seen["combos"] and not any(seen["combos"])  # type: ignore[arg-type]
    assert seen["save"] is None and seen["saved"] is False
    assert seen["adds"] == [False, False, False]
    assert "(hanya baca)" in str(seen["title"]) and "tidak berhak" in str(seen["summary"])
    assert service.get(known_id).draft.nama != "Nama Lain"
    with pytest.raises(PermissionDenied, match="tidak berhak"):  # and the service agrees
        record = EmployeeService(window.db).get(known_id)  # type: ignore[arg-type]
        EmployeeService(window.db).update(  # type: ignore[arg-type]
            known_id, record.draft, expected_revision=record.revision
        )


def test_sign_in_refusals_are_known_to_the_translation(
    qtbot: QtBot, db: Database, qapp: QApplication
) -> None:
    users = UserService(db)
    said: list[str] = []
    for attempt in range(6):
        with pytest.raises(LoginFailed) as refused:
            users.sign_in("viewer", "salah" if attempt < 5 else TEST_PASSWORDS["viewer"])
        said.append(str(refused.value))
    with pytest.raises(LoginFailed) as refused:
        users.sign_in("tidak-ada", "apa-saja-123")
    said.append(str(refused.value))
    for text in said:  # each one a marked message, and the same sentence in Indonesian
        assert any(pattern.fullmatch(text) for pattern, _ in _LOGIN_PATTERNS), text
        assert login_message(text) == text
    assert login_message("Basis data sedang dikunci.") == "Basis data sedang dikunci."

    locale = QLocale()
    installed = install_translators(qapp, "en")
    try:
        english = [login_message(text) for text in said]
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert english[0].startswith("Wrong user name or password. 4 more attempts")
    assert "Account viewer is now locked after 5 failed attempts" in english[4]
    assert english[5].startswith("Account viewer is locked")
    assert english[6] == "Wrong user name or password."


def test_the_translated_labels_are_the_domains() -> None:
    assert set(ROLE_NAMES) == set(ROLE_LABELS.values())
    assert set(PERMISSION_NAMES) == set(PERMISSION_LABELS.values())
    viewer = SignedIn(3, "viewer", Role.VIEWER)
    for permission in Permission:
        assert denial_text(viewer, permission) == denial(viewer, permission)
    assert denial_text(None, Permission.EDIT) == denial(None, Permission.EDIT)


# -- switching user, locking ----------------------------------------------------------------


def test_switching_user_keeps_the_register_only_for_a_successful_sign_in(
    qtbot: QtBot, window: MainWindow, service: EmployeeService
) -> None:
    window.switch_user_action.trigger()
    dialog = account_dialog(qtbot, window)
    assert window.db is not None and window.db.user is None  # signed out at once
    assert _covered(window) and not window.new_action.isEnabled()
    assert dialog.username.text() == "" and not dialog.username.isReadOnly()
    answer_login(qtbot, dialog, "viewer", "salah-sekali")
    _error_shown(qtbot, dialog, "salah")
    answer_login(qtbot, dialog, "viewer", TEST_PASSWORDS["viewer"])
    qtbot.waitUntil(lambda: window.login_dialog is None, timeout=5000)
    assert window.db is not None and window.db.user is not None
    assert window.db.user.username == "viewer"
    assert not _covered(window) and window.register.model.rowCount() == TOTAL
    assert "viewer" in window.user_label.text() and not window.new_action.isEnabled()
    assert window.settings.last_username == "viewer"

    window.switch_user_action.trigger()
    dialog = account_dialog(qtbot, window)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert window.db is None and window.register.model.rowCount() == 0
    assert not _covered(window)
    assert window.user_label.text() == "" and window.windowTitle() == "ASN Desktop"


def test_the_window_locks_itself_when_idle_and_opens_for_the_same_user(
    qtbot: QtBot, open_window: OpenWindow
) -> None:
    window = open_window("operator")
    assert window.idle.armed and window.idle.interval_ms == IDLE_LOCK_DEFAULT_MINUTES * 60_000
    window.set_idle_interval_ms(150)
    dialog = account_dialog(qtbot, window)
    assert dialog.locked and dialog.windowTitle() == "ASN Desktop terkunci"
    assert dialog.username.text() == "operator" and dialog.username.isReadOnly()
    assert "tanpa aktivitas" in dialog.note.text()
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert _covered(window) and window.db is not None and window.db.user is None
    assert not window.idle.armed and not window.new_action.isEnabled()

    window.set_idle_interval_ms(60_000)  # not again while the test looks
    answer_login(qtbot, dialog, "operator", TEST_PASSWORDS["operator"])
    qtbot.waitUntil(lambda: window.login_dialog is None, timeout=5000)
    assert not _covered(window) and window.register.model.rowCount() == TOTAL
    assert window.db.user is not None and window.db.user.username == "operator"
    assert window.idle.armed and window.new_action.isEnabled()

    window.set_idle_lock_minutes(0)  # off
    assert window.settings.idle_lock_minutes == 0 and not window.idle.timer.isActive()
    checked = [a.data() for a in window.idle_group.actions() if a.isChecked()]
    assert checked == [0]


def test_input_puts_the_idle_lock_off(qtbot: QtBot, window: MainWindow) -> None:
    window.set_idle_interval_ms(60_000)
    window.idle._last_restart -= 59.995  # as if a minute had nearly passed
    window.idle.timer.start(5)
    qtbot.keyClick(window.register.search, Qt.Key.Key_A)
    assert window.idle.timer.remainingTime() > 5_000  # started again by the key press


def test_the_idle_watcher_sees_the_applications_events_only_while_armed(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """An application event filter in Python costs every event a call (and the first of
    each kind a PySide wrapper class): none before someone has signed in."""
    seen: list[QEvent.Type] = []

    class Counting(IdleWatcher):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            seen.append(event.type())
            return super().eventFilter(watched, event)

    watcher = Counting()
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.keyClick(edit, Qt.Key.Key_A)
    assert seen == []
    watcher.set_interval_ms(60_000)
    watcher.arm()
    qtbot.keyClick(edit, Qt.Key.Key_B)
    assert QEvent.Type.KeyPress in seen
    watcher.disarm()
    seen.clear()
    qtbot.keyClick(edit, Qt.Key.Key_C)
    assert seen == [] and edit.text() == "abc"


def test_a_lock_nobody_answers_closes_the_database_and_its_dialogs(
    qtbot: QtBot, window: MainWindow, known_id: int
) -> None:
    closed: list[bool] = []

    def lock_under_dialog() -> None:
        employee = next(d for d in window.findChildren(EmployeeDialog) if d.isVisible())
        window.lock_action.trigger()
        dialog = window.login_dialog
        assert isinstance(dialog, LoginDialog) and dialog.locked
        covers = employee.findChildren(LockCover)
        closed.append(bool(covers) and covers[0].isVisible())
        assert dialog.cancel_button.text() == "Tutup basis data"
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lock_under_dialog)
    window.edit_employee(known_id)  # returns when the lock closed the dialog
    assert closed == [True]
    assert window.db is None and window.login_dialog is None
    assert "tidak ada yang masuk" in window.statusBar().currentMessage()
    assert QApplication.activeModalWidget() is None


# -- the demo ---------------------------------------------------------------------------------


def test_the_demo_signs_in_as_its_administrator_and_says_so(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.demo_dir = tmp_path
    window.open_database(tmp_path / "demo.sqlite", create=True, demo_employees=20, remember=False)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20000)
    assert window.login_dialog is None
    assert window.windowTitle() == "ASN Desktop — DEMO — masuk sebagai admin"
    assert window.db.user is not None and window.db.user.role is Role.ADMIN
    assert window.users_action.isEnabled()
    assert {u.username for u in UserService(window.db).accounts()} == {
        "admin",
        "operator",
        "viewer",
    }
    assert window.settings.last_username == ""  # nobody typed it
    demo = open_as(tmp_path / "demo.sqlite", "viewer")
    try:
        for name, password in TEST_PASSWORDS.items():  # the published demo passwords
            assert UserService(demo).sign_in(name, password).username == name
    finally:
        demo.close()


# -- settings ---------------------------------------------------------------------------------


def test_login_settings_are_typed_and_upgraded(asn_home: Path) -> None:
    settings = AppSettings()
    assert settings.last_username == ""
    assert settings.idle_lock_minutes == IDLE_LOCK_DEFAULT_MINUTES
    settings.idle_lock_minutes = 5
    settings.last_username = "operator"
    with pytest.raises(ValueError, match="out of range"):
        settings.idle_lock_minutes = -1
    settings.store.setValue("login/idle_lock_minutes", "lima")  # a hand-edited file
    assert settings.idle_lock_minutes == IDLE_LOCK_DEFAULT_MINUTES
    settings.sync()

    store = QSettings(str(paths.settings_file()), QSettings.Format.IniFormat)
    store.clear()
    store.setValue("settings_version", 2)
    store.setValue("ui/language", "en")
    store.sync()
    upgraded = AppSettings()
    assert int(upgraded.store.value("settings_version")) == SETTINGS_VERSION == 3
    assert int(upgraded.store.value("login/idle_lock_minutes")) == IDLE_LOCK_DEFAULT_MINUTES
    assert upgraded.language == "en"
