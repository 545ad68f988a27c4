"""The administrator's list of accounts: add, lock, unlock, reset a password, change a role.

Every call runs in the worker; a refusal of the service (the last administrator, one's own
account, a name already taken) is shown in the dialog in the service's words.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import Role
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.ui.form_fields import ERROR_STYLE
from asn_desktop.ui.login_dialog import AccountDialog, role_label
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.users import UserInfo

OK_STYLE = "color: #1b5e20;"
NAME, FULL_NAME, ROLE, LOCKED, MUST_CHANGE, LAST_LOGIN = range(6)


def _when(moment: datetime | None) -> str:
    if moment is None:
        return ""
    if moment.tzinfo is None:  # stored in UTC; SQLite hands it back without a zone
        moment = moment.replace(tzinfo=UTC)
    return f"{moment.astimezone():%d-%m-%Y %H:%M}"


def temporary_password() -> str:
    """Twelve letters and digits, without the ones that are easily misread (l, 1, O, 0)."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(12))


def _temporary_password_field() -> tuple[QLineEdit, QWidget]:
    """A visible password field (the administrator hands it on) with a button that fills
    it with a random one."""
    edit = QLineEdit()
    edit.setObjectName("passwordField")
    edit.setMaxLength(256)
    button = QPushButton(QCoreApplication.translate("UsersDialog", "Buat acak"))
    button.setObjectName("generateButton")
    button.setAutoDefault(False)  # Enter in the dialog submits it, not this
    button.clicked.connect(lambda: edit.setText(temporary_password()))
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return edit, box


def _role_combo(current: Role | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setObjectName("roleField")
    for role in (Role.OPERATOR, Role.VIEWER, Role.ADMIN):
        combo.addItem(f"{role.value} — {role_label(role)}", role.value)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current.value), 0))
    return combo


class AddUserDialog(AccountDialog):
    """A new account, whose holder must choose their own password at first sign-in."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("addUserDialog")
        self.setWindowTitle(self.tr("Tambah pengguna"))
        self.created: str | None = None
        note = QLabel(
            self.tr(
                "Sampaikan kata sandi sementara kepada pemilik akun; ia wajib menggantinya "
                "saat pertama kali masuk."
            )
        )
        note.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setObjectName("usernameField")
        self.username.setMaxLength(40)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullNameField")
        self.full_name.setMaxLength(100)
        self.role = _role_combo()
        self.password, password_box = _temporary_password_field()
        self.add_row("username", self.tr("Nama pengguna"), self.username)
        self.add_row("full_name", self.tr("Nama lengkap"), self.full_name)
        self.add_row("role", self.tr("Peran"), self.role)
        row = self.add_row("password", self.tr("Kata sandi sementara"), password_box)
        row.editor = self.password  # the field to mark, not the box around it
        self.submit_button = self.buttons.addButton(
            self.tr("Tambah"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.lay_out(note)
        self.setMinimumWidth(480)

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        db = self.db
        username, full_name = self.username.text(), self.full_name.text()
        role, password = str(self.role.currentData()), self.password.text()

        def work() -> str:
            from asn_desktop.services.users import UserService

            return UserService(db).add(username, role, password, full_name).username

        self.run(work, self._added)

    def _added(self, username: str) -> None:
        self.created = username
        self.accept()

    def failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc, "username")
        else:
            super().failed(exc, trace)


class ResetPasswordDialog(AccountDialog):
    """A temporary password for someone who forgot theirs; they must change it at once."""

    def __init__(
        self, db: Database, runner: TaskRunner, username: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("resetPasswordDialog")
        self.username = username
        self.setWindowTitle(self.tr("Setel ulang kata sandi"))
        note = QLabel(
            self.tr(
                "Kata sandi sementara untuk {0}. Akun juga dibuka kuncinya; saat masuk "
                "berikutnya {0} wajib memilih kata sandi baru."
            ).format(username)
        )
        note.setWordWrap(True)
        self.password, password_box = _temporary_password_field()
        self.password.setText(temporary_password())
        row = self.add_row("password", self.tr("Kata sandi sementara"), password_box)
        row.editor = self.password
        self.submit_button = self.buttons.addButton(
            self.tr("Setel ulang"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.lay_out(note)
        self.setMinimumWidth(440)

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        db, username, password = self.db, self.username, self.password.text()

        def work() -> None:
            from asn_desktop.services.users import UserService

            UserService(db).reset_password(username, password)

        self.run(work, lambda _none: self.accept())

    def failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc, "password")
        else:
            super().failed(exc, trace)


class RoleDialog(AccountDialog):
    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        username: str,
        current: Role,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("roleDialog")
        self.username = username
        self.setWindowTitle(self.tr("Ubah peran {0}").format(username))
        self.role = _role_combo(current)
        self.add_row("role", self.tr("Peran"), self.role)
        self.submit_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.submit_button.setDefault(True)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.lay_out()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        db, username, role = self.db, self.username, str(self.role.currentData())

        def work() -> None:
            from asn_desktop.services.users import UserService

            UserService(db).set_role(username, role)

        self.run(work, lambda _none: self.accept())


class UsersDialog(QDialog):
    """Who may sign in to this database, and as what."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usersDialog")
        self.db, self.runner = db, runner
        self.accounts: list[UserInfo] = []
        self.form: AccountDialog | None = None  # the add/reset/role dialog on screen
        self.busy = False
        self.setWindowTitle(self.tr("Pengguna"))

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("usersTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Nama pengguna"),
                self.tr("Nama lengkap"),
                self.tr("Peran"),
                self.tr("Terkunci"),
                self.tr("Wajib ganti kata sandi"),
                self.tr("Terakhir masuk"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in range(6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(FULL_NAME, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.change_role())

        self.add_button = QPushButton(self.tr("Tambah…"))
        self.lock_button = QPushButton(self.tr("Kunci"))
        self.unlock_button = QPushButton(self.tr("Buka kunci"))
        self.reset_button = QPushButton(self.tr("Setel ulang kata sandi…"))
        self.role_button = QPushButton(self.tr("Ubah peran…"))
        self.add_button.clicked.connect(self.add_user)
        self.lock_button.clicked.connect(self.lock_selected)
        self.unlock_button.clicked.connect(self.unlock_selected)
        self.reset_button.clicked.connect(self.reset_selected)
        self.role_button.clicked.connect(self.change_role)
        actions = QHBoxLayout()
        for button in (
            self.add_button,
            self.lock_button,
            self.unlock_button,
            self.reset_button,
            self.role_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.message = QLabel()
        self.message.setObjectName("messageLabel")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.resize(900, 380)
        self._update_buttons()
        self.reload()

    # -- the list ---------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        db = self.db
        chosen = select or self.selected_name()

        def work() -> list[UserInfo]:
            from asn_desktop.services.users import UserService

            return UserService(db).accounts()

        self._run(work, lambda accounts: self._show(accounts, chosen), reload=False)

    def _show(self, accounts: list[UserInfo], select: str | None) -> None:
        self.accounts = accounts
        self.table.setRowCount(len(accounts))
        yes = self.tr("ya")
        for row, info in enumerate(accounts):
            locked = yes if info.locked else ""
            if not info.locked and info.failed_logins:
                locked = self.tr("{0}× salah").format(info.failed_logins)
            values = (
                info.username,
                info.full_name,
                role_label(info.role),
                locked,
                yes if info.must_change_password else "",
                _when(info.last_login_at) or self.tr("belum pernah"),
            )
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if info.username == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.accounts):
            return None
        return self.accounts[rows[0].row()]

    def selected_name(self) -> str | None:
        info = self.selected()
        return info.username if info is not None else None

    def _update_buttons(self) -> None:
        info = self.selected()
        idle = not self.busy and self.form is None
        self.add_button.setEnabled(idle)
        self.lock_button.setEnabled(idle and info is not None and not info.locked)
        self.unlock_button.setEnabled(
            idle and info is not None and (info.locked or info.failed_logins > 0)
        )
        self.reset_button.setEnabled(idle and info is not None)
        self.role_button.setEnabled(idle and info is not None)

    # -- running ------------------------------------------------------------------------------

    def say(self, text: str, *, error: bool = False) -> None:
        self.message.setStyleSheet(ERROR_STYLE if error else OK_STYLE)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _run(
        self, fn: Callable[[], Any], on_done: Callable[[Any], None], *, reload: bool = True
    ) -> None:
        """`fn` in the worker; a refusal is shown, then (`reload`) the list read afresh."""
        self.busy = True
        self.setCursor(Qt.CursorShape.BusyCursor)
        self._update_buttons()

        def finish() -> bool:
            if not shiboken6.isValid(self):
                return False
            self.busy = False
            self.unsetCursor()
            self._update_buttons()
            return True

        def done(result: Any) -> None:
            if finish():
                on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            if not finish():
                return
            if isinstance(exc, (ServiceError, DatabaseError)):
                self.say(str(exc), error=True)
            else:
                self.say(
                    self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), error=True
                )
            if reload:
                self.reload()

        self.runner.run(fn, done, failed)

    def _account_call(self, method: str, username: str, message: str) -> None:
        db = self.db

        def work() -> None:
            from asn_desktop.services.users import UserService

            getattr(UserService(db), method)(username)

        def done(_none: object) -> None:
            self.say(message)
            self.reload(username)

        self.say("")
        self._run(work, done)

    def lock_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self._account_call(
                "lock",
                info.username,
                self.tr("Akun {0} dikunci; ia tidak bisa masuk sampai dibuka kembali.").format(
                    info.username
                ),
            )

    def unlock_selected(self) -> None:
        info = self.selected()
        if info is not None:
            self._account_call(
                "unlock", info.username, self.tr("Akun {0} dibuka kuncinya.").format(info.username)
            )

    # -- the forms ----------------------------------------------------------------------------

    def _open_form(self, form: AccountDialog, on_accepted: Callable[[], None]) -> None:
        self.form = form
        self.say("")
        self._update_buttons()

        def finished(result: int) -> None:
            self.form = None
            form.deleteLater()
            if not shiboken6.isValid(self):
                return
            self._update_buttons()
            if result == QDialog.DialogCode.Accepted:
                on_accepted()

        form.finished.connect(finished)
        form.open()

    def add_user(self) -> None:
        form = AddUserDialog(self.db, self.runner, self)

        def added() -> None:
            self.say(
                self.tr(
                    "Pengguna {0} ditambahkan. Ia wajib mengganti kata sandi sementara saat "
                    "pertama kali masuk."
                ).format(form.created)
            )
            self.reload(form.created)

        self._open_form(form, added)

    def reset_selected(self) -> None:
        info = self.selected()
        if info is None:
            return
        username = info.username

        def reset() -> None:
            self.say(
                self.tr(
                    "Kata sandi {0} disetel ulang; {0} wajib menggantinya saat masuk berikutnya."
                ).format(username)
            )
            self.reload(username)

        self._open_form(ResetPasswordDialog(self.db, self.runner, username, self), reset)

    def change_role(self) -> None:
        info = self.selected()
        if info is None or self.busy or self.form is not None:
            return
        username = info.username

        def changed() -> None:
            self.say(self.tr("Peran {0} diubah.").format(username))
            self.reload(username)

        self._open_form(RoleDialog(self.db, self.runner, username, info.role, self), changed)

    def reject(self) -> None:
        if not self.busy:
            super().reject()
