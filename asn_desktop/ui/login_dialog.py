"""Signing in: the login dialog, choosing a new password, the first administrator, and
locking the window when nobody is at the keyboard.

Every password check runs in the worker (Argon2 costs tens of milliseconds, and the
database may be busy); while it runs the dialog's buttons are off and the cursor is busy.
The services' messages (a wrong password, the attempts left, a locked account) are shown
inline, under the fields, never in a separate box.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain.peran import PERMISSION_LABELS, ROLE_LABELS, Permission, Role
from asn_desktop.services.errors import LoginFailed, ServiceError, ValidationFailed
from asn_desktop.services.permissions import SignedIn, denial
from asn_desktop.ui.form_fields import ERROR_STYLE, FieldRow
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the services load in the worker, after the window is on screen
    from asn_desktop.services.database import Database
    from asn_desktop.ui.quick_open import QuickOpening

log = logging.getLogger(__name__)

# The domain's labels, marked for Qt Linguist (tests check that these match ROLE_LABELS and
# PERMISSION_LABELS exactly).
ROLE_NAMES = (
    QT_TRANSLATE_NOOP("Roles", "Administrator"),
    QT_TRANSLATE_NOOP("Roles", "Operator (pengelola kepegawaian)"),
    QT_TRANSLATE_NOOP("Roles", "Pimpinan (lihat dan cetak)"),
)
PERMISSION_NAMES = (
    QT_TRANSLATE_NOOP("Permissions", "melihat data"),
    QT_TRANSLATE_NOOP("Permissions", "mencetak dokumen"),
    QT_TRANSLATE_NOOP(
        "Permissions", "mengubah data pegawai, unit, penilaian dan pengembangan kompetensi"
    ),
    QT_TRANSLATE_NOOP("Permissions", "mengimpor data"),
    QT_TRANSLATE_NOOP("Permissions", "mengekspor data"),
    QT_TRANSLATE_NOOP("Permissions", "membuat cadangan"),
    QT_TRANSLATE_NOOP("Permissions", "mengubah identitas instansi"),
    QT_TRANSLATE_NOOP("Permissions", "mengelola pengguna"),
    QT_TRANSLATE_NOOP("Permissions", "memulihkan basis data dari cadangan"),
)


# The refusals of UserService.sign_in / change_password (services.users), marked for Qt
# Linguist so that an English window does not answer a typo in Indonesian. Matched whole;
# anything else is shown as the service said it (tests hold these to the service's words).
LOGIN_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "LoginMessages",
        "Nama pengguna atau kata sandi salah. Sisa {0} kali percobaan sebelum akun dikunci.",
    ),
    QT_TRANSLATE_NOOP(
        "LoginMessages",
        "Nama pengguna atau kata sandi salah. Akun {0} kini dikunci setelah {1} kali gagal; "
        "minta administrator membukanya.",
    ),
    QT_TRANSLATE_NOOP(
        "LoginMessages", "Akun {0} terkunci; minta administrator membukanya (menu Pengguna)."
    ),
    QT_TRANSLATE_NOOP("LoginMessages", "Nama pengguna atau kata sandi salah."),
)


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{\d\}", template)
    return re.compile("(.+?)".join(re.escape(part) for part in parts))


_LOGIN_PATTERNS = [(_pattern(str(text)), str(text)) for text in LOGIN_MESSAGES]


def login_message(text: str) -> str:
    """A sign-in refusal of the services in the interface's language."""
    for pattern, template in _LOGIN_PATTERNS:
        match = pattern.fullmatch(text)
        if match is not None:
            return QCoreApplication.translate("LoginMessages", template).format(*match.groups())
    return text


def role_label(role: Role | str) -> str:
    """The role's name in the interface's language."""
    try:
        label = ROLE_LABELS[Role(role)]
    except ValueError:  # a role this program does not know (a newer database)
        return str(role)
    return QCoreApplication.translate("Roles", label)


def denial_text(user: SignedIn | None, permission: Permission) -> str | None:
    """services.permissions.denial in the interface's language (the same sentence in
    Indonesian): why `user` may not do `permission`, None when allowed."""
    reason = denial(user, permission)
    if reason is None or user is None or user.locked or user.must_change_password:
        return reason
    return QCoreApplication.translate(
        "Permissions", "Pengguna {0} (peran {1}) tidak berhak {2}. Tidak ada yang diubah."
    ).format(
        user.username,
        user.role.value,
        QCoreApplication.translate("Permissions", PERMISSION_LABELS[permission]),
    )


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)  # domain.kata_sandi.MAX_PASSWORD_LENGTH
    return edit


class AccountDialog(QDialog):
    """A small form whose work runs in the worker: busy while it runs, problems inline.

    `db` is None only for a login dialog of the window's fast opening (ui.quick_open),
    whose database is still being opened in full behind it."""

    signed_in: SignedIn | None = None  # who signed in, once accepted

    def __init__(
        self, db: Database | None, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._db, self.runner = db, runner
        self.busy = False
        self.rows: dict[str, FieldRow] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox()
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    @property
    def db(self) -> Database:
        if self._db is None:
            raise RuntimeError("the database of this dialog is still being opened")
        return self._db

    def has_db(self) -> bool:
        return self._db is not None

    def add_row(self, field: str, label: str, editor: QWidget) -> FieldRow:
        row = FieldRow(editor)
        self.rows[field] = row
        self.form.addRow(label, row)
        return row

    def lay_out(self, *top: QWidget) -> None:
        layout = QVBoxLayout(self)
        for widget in top:
            layout.addWidget(widget)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.fit()

    def set_problem(self, field: str, message: str | None) -> None:
        self.rows[field].set_problem(message)
        self.fit()

    def fit(self) -> None:
        """Grow to show a message that just appeared (a wrapped label's height depends on
        the width, which the dialog's minimum size does not follow by itself)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = max(self.sizeHint().height(), layout.totalHeightForWidth(self.width()))
        if needed > self.height():
            self.resize(self.width(), needed)

    def clear_problems(self) -> None:
        for row in self.rows.values():
            row.set_problem(None)
        self.show_error("")

    def show_problems(self, exc: ValidationFailed, fallback: str) -> None:
        """Each problem under its field; those of fields this form lacks under `fallback`."""
        by_field: dict[str, list[str]] = {}
        for problem in exc.problems:
            field = problem.field if problem.field in self.rows else fallback
            by_field.setdefault(field, []).append(problem.message)
        for field, row in self.rows.items():
            messages = by_field.get(field)
            row.set_problem("\n".join(messages) if messages else None)
        self.fit()
        first = next((f for f in self.rows if f in by_field), None)
        if first is not None:
            self.rows[first].editor.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        for button in self.buttons.buttons():
            button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def run(self, fn: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """`fn` in the worker; `on_done(result)` here, or the failure shown inline."""
        self.set_busy(True)

        def done(result: Any) -> None:
            if not shiboken6.isValid(self):
                return
            self.set_busy(False)
            on_done(result)

        def failed(exc: BaseException, trace: str) -> None:
            if not shiboken6.isValid(self):
                return
            self.set_busy(False)
            self.failed(exc, trace)

        self.runner.run(fn, done, failed)

    def failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, LoginFailed):
            self.show_error(login_message(str(exc)))
        elif isinstance(exc, (ServiceError, DatabaseError)):
            self.show_error(str(exc))
        else:
            log.error("account operation failed:\n%s", trace)
            self.show_error(self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc))

    def submit(self) -> None:
        raise NotImplementedError

    def reject(self) -> None:
        if not self.busy:  # the worker's answer must find the dialog still waiting for it
            super().reject()

    def done(self, result: int) -> None:
        if not self.busy or result == QDialog.DialogCode.Accepted:
            super().done(result)


class LoginDialog(AccountDialog):
    """Nama pengguna + kata sandi. On success `signed_in` is the user (and the database acts
    as them); a password an administrator reset must be replaced before that."""

    def __init__(
        self,
        db: Database | None,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        username: str = "",
        note: str = "",
        locked: bool = False,
        cancel_text: str = "",
        quick: QuickOpening | None = None,
    ) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("loginDialog")
        self.signed_in = None
        self.quick = quick  # with db None: sign in through it until the database is open
        self.locked = locked
        self.change_dialog: ChangePasswordDialog | None = None
        self.setWindowTitle(
            self.tr("ASN Desktop terkunci") if locked else self.tr("Masuk ke ASN Desktop")
        )
        self.note = QLabel(note or self.tr("Masukkan nama pengguna dan kata sandi Anda."))
        self.note.setWordWrap(True)
        self.username = QLineEdit(username)
        self.username.setObjectName("usernameField")
        self.username.setMaxLength(40)
        self.username.setReadOnly(locked)
        self.password = password_edit()
        self.password.setObjectName("passwordField")
        self.add_row("username", self.tr("Nama pengguna"), self.username)
        self.add_row("password", self.tr("Kata sandi"), self.password)
        self.sign_in_button = self.buttons.addButton(
            self.tr("Masuk"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(
            cancel_text or self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.sign_in_button.setDefault(True)
        self.lay_out(self.note)
        self.setMinimumWidth(420)
        (self.password if username else self.username).setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.set_problem("username", self.tr("Isi nama pengguna."))
            self.username.setFocus()
            return
        if not password:
            self.set_problem("password", self.tr("Isi kata sandi."))
            self.password.setFocus()
            return
        if self.quick is not None and not self.has_db():
            self._quick_sign_in(self.quick, username, password)
            return
        self._sign_in(username, password)

    def _sign_in(self, username: str, password: str) -> None:
        db = self.db

        def work() -> SignedIn:
            from asn_desktop.services.users import UserService

            return UserService(db).sign_in(username, password)

        self.run(work, lambda user: self._signed_in(user, password))

    def _quick_sign_in(self, quick: QuickOpening, username: str, password: str) -> None:
        """Through the fast opening; anything it does not take (a wrong password, a locked
        account, a password to be replaced) goes to UserService.sign_in once the database
        is open, which checks again, counts, records and answers as always."""

        def declined() -> None:
            def opened(db: Database) -> None:
                if not shiboken6.isValid(self):
                    return
                self._db = db
                self.set_busy(False)
                self._sign_in(username, password)

            quick.when_open(opened)  # a failure to open closes this dialog (MainWindow)

        def done(user: SignedIn | None) -> None:
            if not shiboken6.isValid(self):
                return
            if user is None:
                declined()
                return
            self.set_busy(False)
            self.signed_in = user
            self.accept()

        def failed(exc: BaseException, trace: str) -> None:
            if not shiboken6.isValid(self):
                return
            log.warning("fast sign-in failed; the full path takes over:\n%s", trace)
            declined()

        self.set_busy(True)
        quick.sign_in(username, password, done, failed)

    def failed(self, exc: BaseException, trace: str) -> None:
        super().failed(exc, trace)
        if isinstance(exc, LoginFailed):
            self.password.clear()
            self.password.setFocus()

    def _signed_in(self, user: SignedIn, password: str) -> None:
        if not user.must_change_password:
            self.signed_in = user
            self.accept()
            return
        # The administrator knows this password: a new one first, then the window.
        dialog = ChangePasswordDialog(
            self.db, self.runner, user.username, self, forced=True, old_password=password
        )
        self.change_dialog = dialog
        dialog.finished.connect(lambda result: self._password_changed(dialog, result))
        dialog.open()

    def _password_changed(self, dialog: ChangePasswordDialog, result: int) -> None:
        self.change_dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.signed_in = self.db.user
            self.accept()
            return
        self.db.sign_out()
        self.password.clear()
        self.password.setFocus()
        self.show_error(
            self.tr("Kata sandi harus diganti dahulu sebelum Anda bisa bekerja. Masuk lagi.")
        )


class ChangePasswordDialog(AccountDialog):
    """A user chooses a new password, proving the old one (also after a reset, `forced`,
    when the old one was just typed into the login dialog)."""

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        username: str,
        parent: QWidget | None = None,
        *,
        forced: bool = False,
        old_password: str = "",
    ) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("changePasswordDialog")
        self.username = username
        self.forced = forced
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        if forced:
            text = self.tr(
                "Kata sandi {0} disetel ulang administrator. Pilih kata sandi baru yang hanya "
                "Anda ketahui (paling sedikit 8 karakter)."
            ).format(username)
        else:
            text = self.tr(
                "Kata sandi baru untuk {0}: paling sedikit 8 karakter, berbeda dari nama "
                "pengguna dan dari kata sandi lama."
            ).format(username)
        note = QLabel(text)
        note.setWordWrap(True)
        self.old = password_edit()
        self.old.setObjectName("oldPasswordField")
        self.old.setText(old_password)
        self.new = password_edit()
        self.new.setObjectName("newPasswordField")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeatPasswordField")
        old_row = self.add_row("old", self.tr("Kata sandi lama"), self.old)
        self.add_row("password", self.tr("Kata sandi baru"), self.new)
        self.add_row("repeat", self.tr("Ulangi kata sandi baru"), self.repeat)
        if forced and old_password:
            old_row.hide()
            label = self.form.labelForField(old_row)
            if label is not None:
                label.hide()
        self.save_button = self.buttons.addButton(
            self.tr("Simpan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.lay_out(note)
        self.setMinimumWidth(440)
        (self.new if old_row.isHidden() else self.old).setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        old, new = self.old.text(), self.new.text()
        if not old:
            self.set_problem("old", self.tr("Isi kata sandi lama."))
            return
        if new != self.repeat.text():
            self.set_problem("repeat", self.tr("Kedua kata sandi baru tidak sama."))
            self.repeat.setFocus()
            return
        db, username = self.db, self.username

        def work() -> None:
            from asn_desktop.services.users import UserService

            UserService(db).change_password(username, old, new)

        self.run(work, lambda _none: self.accept())

    def failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc, "password")
        elif isinstance(exc, LoginFailed) and not self.rows["old"].isHidden():
            self.set_problem("old", login_message(str(exc)))
            self.old.clear()
            self.old.setFocus()
        else:
            super().failed(exc, trace)


class SetupAdminDialog(AccountDialog):
    """The first account of a database that has none: its administrator."""

    def __init__(
        self, db: Database, runner: TaskRunner, parent: QWidget | None = None, *, where: str = ""
    ) -> None:
        super().__init__(db, runner, parent)
        self.setObjectName("setupAdminDialog")
        self.signed_in = None
        self.setWindowTitle(self.tr("Administrator pertama"))
        intro = QLabel(
            self.tr(
                "Basis data {0} belum punya pengguna. Buat akun administrator: ia yang "
                "menambahkan akun operator dan pimpinan (menu Berkas → Pengguna)."
            ).format(where or db.where)
            + "\n\n"
            + self.tr(
                "Tidak ada kata sandi bawaan. Pilih kata sandi paling sedikit 8 karakter dan "
                "simpan baik-baik: tanpa kata sandi administrator, pengguna tidak bisa "
                "dikelola."
            )
        )
        intro.setWordWrap(True)
        self.username = QLineEdit("admin")
        self.username.setObjectName("usernameField")
        self.username.setMaxLength(40)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullNameField")
        self.full_name.setMaxLength(100)
        self.password = password_edit()
        self.password.setObjectName("passwordField")
        self.repeat = password_edit()
        self.repeat.setObjectName("repeatPasswordField")
        self.add_row("username", self.tr("Nama pengguna"), self.username)
        self.add_row("full_name", self.tr("Nama lengkap"), self.full_name)
        self.add_row("password", self.tr("Kata sandi"), self.password)
        self.add_row("repeat", self.tr("Ulangi kata sandi"), self.repeat)
        self.create_button = self.buttons.addButton(
            self.tr("Buat administrator"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.create_button.setDefault(True)
        self.lay_out(intro)
        self.setMinimumWidth(480)
        self.full_name.setFocus()

    def submit(self) -> None:
        if self.busy:
            return
        self.clear_problems()
        password = self.password.text()
        if password != self.repeat.text():
            self.set_problem("repeat", self.tr("Kedua kata sandi tidak sama."))
            self.repeat.setFocus()
            return
        db = self.db
        username, full_name = self.username.text(), self.full_name.text()

        def work() -> SignedIn | None:
            from asn_desktop.services.users import UserService

            UserService(db).create_first_admin(username, password, full_name)
            return db.user

        self.run(work, self._created)

    def _created(self, user: SignedIn | None) -> None:
        self.signed_in = user
        self.accept()

    def failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc, "username")
        else:
            super().failed(exc, trace)


# What counts as someone at the keyboard (a repaint or a timer does not).
_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `interval_ms` without keyboard or mouse input anywhere in the
    application, while armed. An application event filter restarts a single-shot timer.

    The filter is installed only while armed: every event of the application passes through
    it, and the first of each kind costs PySide a wrapper class (some 50 ms on the window's
    first paint, before anyone has signed in)."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = 0  # 0: never
        self.armed = False
        self._last_restart = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._timed_out)
        self._filtering = False

    def set_interval_ms(self, interval_ms: int) -> None:
        self.interval_ms = max(0, interval_ms)
        if self.armed:
            self._restart()

    def arm(self) -> None:
        self.armed = True
        self._filter(True)
        self._restart()

    def disarm(self) -> None:
        self.armed = False
        self._filter(False)
        self.timer.stop()

    def _filter(self, on: bool) -> None:
        app = QApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def _restart(self) -> None:
        self._last_restart = time.monotonic()
        if self.interval_ms > 0:
            self.timer.start(self.interval_ms)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # One mouse move reaches several objects: restart at most every 1/10 interval.
        if (
            self.armed
            and event.type() in _INPUT_EVENTS
            and (time.monotonic() - self._last_restart) * 10000 >= self.interval_ms
        ):
            self._restart()
        return False

    def _timed_out(self) -> None:
        if self.armed:
            self.disarm()
            self.idle.emit()


class LockCover(QWidget):
    """An opaque sheet over a window's contents while the program is locked."""

    def __init__(self, target: QWidget, text: str) -> None:
        super().__init__(target)
        self.setObjectName("lockCover")
        self.target = target
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, palette.color(QPalette.ColorRole.Mid))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.label = QLabel(text)
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.label.setWordWrap(True)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 48, 24, 24)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.setGeometry(target.rect())
        target.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.target.rect())
        return False

    def remove(self) -> None:
        if shiboken6.isValid(self):
            if shiboken6.isValid(self.target):
                self.target.removeEventFilter(self)
            self.hide()
            self.deleteLater()
