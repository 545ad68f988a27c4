"""Berkas -> Basis data baru: a new SQLite file at a chosen place, with its agency identity
and its first administrator, made in the worker and opened signed in as that administrator.

A real database never gets a default password: the administrator's is typed twice here and
checked by the same rules as the users dialog (domain.kata_sandi via services.users). The
file is only made once every field is fine; if making it fails half-way, what was made is
removed again. An existing file is never touched: the dialog offers to open it instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import FieldProblem
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.ui.agency_dialog import AgencyFields, hint_label
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import FieldRow
from asn_desktop.ui.tasks import JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.org_units import UnitNode

log = logging.getLogger(__name__)

SUFFIX = ".sqlite"
# What a file of the holder, SQLite's journal or WAL is called beside the database.
_BESIDE = ("-wal", "-shm", "-journal", ".holder")


class DatabaseExists(Exception):
    """The chosen file is there already: it is opened, never overwritten."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"Berkas {path} sudah ada.")
        self.path = path


@dataclass(frozen=True)
class NewDatabase:
    """What the dialog asks for."""

    path: Path
    agency_code: str
    agency_name: str
    username: str
    full_name: str
    password: str


@dataclass
class Created:
    """A database just made, open and signed in as its administrator."""

    db: Database
    units: list[UnitNode]


def check_new_database(spec: NewDatabase) -> list[FieldProblem]:
    """Every problem of `spec` before anything is written: the agency as the agency dialog
    and `db init` check it, the account as services.users does (fields kode, nama,
    username, password, full_name; path for the file)."""
    from asn_desktop.domain.kata_sandi import (
        normalize_username,
        validate_password,
        validate_username,
    )
    from asn_desktop.services.database import (
        AGENCY_CODE_KEY,
        AGENCY_NAME_KEY,
        check_agency_value,
    )

    problems: list[FieldProblem] = []
    path = spec.path
    if not path.is_absolute():
        problems.append(FieldProblem("path", "Pilih tempat berkas basis data (tombol Pilih…)."))
    elif path.parent.exists() and not path.parent.is_dir():
        problems.append(FieldProblem("path", f"{path.parent} bukan folder."))
    code = spec.agency_code.strip().upper()
    name = " ".join(spec.agency_name.split())
    problems += check_agency_value(AGENCY_CODE_KEY, code)
    problems += check_agency_value(AGENCY_NAME_KEY, name)
    username = normalize_username(spec.username)
    problems += validate_username(username)
    problems += validate_password(spec.password, username=username)
    full_name = " ".join(spec.full_name.split())
    if len(full_name) > 100:
        problems.append(FieldProblem("full_name", "Nama lengkap paling banyak 100 karakter."))
    return problems


def _remove_partial(path: Path, made_folders: list[Path]) -> None:
    """What a failed creation left: the file and its companions, the folders it made."""
    for candidate in (path, *(path.with_name(path.name + s) for s in _BESIDE)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError as exc:  # logged; the message of the failure itself is what counts
            log.warning("could not remove %s after a failed creation: %s", candidate, exc)
    for folder in made_folders:  # innermost first
        try:
            folder.rmdir()
        except OSError:
            break


def create_database(spec: NewDatabase, control: JobControl | None = None) -> Created:
    """Make the database of `spec` (in the worker): checked first, then the file, the
    agency, the administrator, who is then signed in. Nothing is left if it fails."""
    from asn_desktop.services.database import Database
    from asn_desktop.services.org_units import OrgUnitService
    from asn_desktop.services.users import UserService

    problems = check_new_database(spec)
    if problems:
        raise ValidationFailed(problems)
    path = spec.path
    if path.exists():
        raise DatabaseExists(path)
    made_folders = [p for p in path.parents if not p.exists()]
    db: Database | None = None
    try:
        db = Database.open(
            path,
            create=True,
            progress=(lambda message: control.progress(0, 0, message)) if control else None,
            hold="ASN Desktop",
        )
        db.initialise_agency(spec.agency_code, spec.agency_name)
        UserService(db).create_first_admin(spec.username, spec.password, spec.full_name)
        return Created(db, OrgUnitService(db).tree())
    except BaseException:
        if db is not None:
            db.close()
        _remove_partial(path, made_folders)
        raise


def with_suffix(text: str) -> Path | None:
    """The path typed or chosen, with .sqlite when it has no suffix; None when empty."""
    text = text.strip()
    if not text:
        return None
    path = Path(text).expanduser()
    return path if path.suffix else path.with_name(path.name + SUFFIX)


class NewDatabaseDialog(QDialog):
    """The form; `created` holds the new database once it is made (the dialog accepted),
    `open_instead` the existing file the user chose to open rather than create."""

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        path: Path | None = None,
        start_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newDatabaseDialog")
        self.runner = runner
        self.start_dir = start_dir
        self.created: Created | None = None
        self.open_instead: Path | None = None
        self.busy = False
        self.setWindowTitle(self.tr("Basis data baru"))

        intro = QLabel(
            self.tr(
                "Basis data baru berisi katalog SIASN, identitas instansi dan satu akun "
                "administrator. Tidak ada kata sandi bawaan: pilih kata sandi paling sedikit "
                "8 karakter dan simpan baik-baik."
            )
        )
        intro.setWordWrap(True)

        self.path_edit = QLineEdit(str(path) if path is not None else "")
        self.path_edit.setObjectName("newDatabasePath")
        self.path_edit.setPlaceholderText(self.tr("contoh: D:\\Kepegawaian\\asn-diskominfo.sqlite"))
        self.choose_button = QPushButton(self.tr("&Pilih…"))
        self.choose_button.setObjectName("choosePath")
        self.choose_button.clicked.connect(self.choose_path)
        path_box = QWidget()
        path_row = QHBoxLayout(path_box)
        path_row.setContentsMargins(0, 0, 0, 0)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)

        self.agency = AgencyFields()
        self.username = QLineEdit("admin")
        self.username.setObjectName("usernameField")
        self.username.setMaxLength(40)
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullNameField")
        self.full_name.setMaxLength(100)
        self.full_name.setPlaceholderText(self.tr("contoh: Kepala Subbagian Kepegawaian"))
        self.password = self._password_edit("passwordField")
        self.repeat = self._password_edit("repeatPasswordField")

        self.rows: dict[str, FieldRow] = {
            "path": FieldRow(path_box),
            **self.agency.rows,
            "username": FieldRow(self.username),
            "full_name": FieldRow(self.full_name),
            "password": FieldRow(self.password),
            "repeat": FieldRow(self.repeat),
        }
        file_form = QFormLayout()
        file_form.addRow(self.tr("Berkas"), self.rows["path"])
        agency_box = QGroupBox(self.tr("Instansi"))
        agency_form = QFormLayout(agency_box)
        self.agency.add_to(agency_form)
        admin_box = QGroupBox(self.tr("Administrator pertama"))
        admin_form = QFormLayout(admin_box)
        admin_form.addRow(self.tr("Nama pengguna"), self.rows["username"])
        admin_form.addRow(self.tr("Nama lengkap"), self.rows["full_name"])
        admin_form.addRow(self.tr("Kata sandi"), self.rows["password"])
        admin_form.addRow(self.tr("Ulangi kata sandi"), self.rows["repeat"])
        admin_form.addRow(
            "",
            hint_label(
                self.tr(
                    "Administrator menambahkan akun operator dan pimpinan (menu Berkas → "
                    "Pengguna). Tanpa kata sandinya, pengguna tidak bisa dikelola."
                )
            ),
        )

        self.status = QLabel()
        self.status.setObjectName("newDatabaseStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        self.buttons = QDialogButtonBox()
        self.create_button = self.buttons.addButton(
            self.tr("&Buat basis data"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("createDatabase")
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(
            self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(file_form)
        layout.addWidget(agency_box)
        layout.addWidget(admin_box)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        (self.agency.kode if path is not None else self.path_edit).setFocus()

    @staticmethod
    def _password_edit(name: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        edit.setMaxLength(256)  # domain.kata_sandi.MAX_PASSWORD_LENGTH
        return edit

    # -- the file -------------------------------------------------------------------------

    def choose_path(self) -> None:
        current = with_suffix(self.path_edit.text())
        start = str(current) if current is not None else str(self.start_dir or Path.home())
        if current is None and self.start_dir is not None:
            start = str(self.start_dir / ("asn-desktop" + SUFFIX))
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Tempat basis data baru"),
            start,
            self.tr("Basis data ASN Desktop (*.sqlite)"),
            "",
            # An existing file is not replaced: the question below offers to open it.
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = with_suffix(name)
        if path is None:
            return
        self.path_edit.setText(str(path))
        self.rows["path"].set_problem(None)
        if path.exists():
            self._offer_to_open(path)

    def _offer_to_open(self, path: Path) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Berkas sudah ada"),
            self.tr(
                "{0} sudah ada; basis data baru tidak pernah menimpa berkas. Buka berkas itu?"
            ).format(path),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open:
            self.open_instead = path
            self.accept()
        else:
            self.rows["path"].set_problem(self.tr("Berkas ini sudah ada: pilih nama lain."))
            self.path_edit.setFocus()

    # -- creating -------------------------------------------------------------------------

    def spec(self) -> NewDatabase:
        path = with_suffix(self.path_edit.text())
        return NewDatabase(
            path=path if path is not None else Path(),
            agency_code=self.agency.kode.text(),
            agency_name=self.agency.nama.text(),
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
        )

    def submit(self) -> None:
        if self.busy:
            return
        for row in self.rows.values():
            row.set_problem(None)
        spec = self.spec()
        if self.password.text() != self.repeat.text():
            self.show_problems([FieldProblem("repeat", self.tr("Kedua kata sandi tidak sama."))])
            return
        self.path_edit.setText(str(spec.path) if spec.path != Path() else "")
        self._set_busy(True, self.tr("Membuat basis data baru…"))

        def progress(_done: int, _total: int, message: str) -> None:
            if shiboken6.isValid(self) and message:
                self.status.setText(QCoreApplication.translate("Progress", message) + "…")

        self.runner.run_controlled(
            lambda control: create_database(spec, control), self._done, self._failed, progress
        )

    def _done(self, created: Created) -> None:
        if not shiboken6.isValid(self):  # closed with the window meanwhile
            created.db.close()
            return
        self._set_busy(False)
        self.created = created
        self.accept()

    def _failed(self, exc: BaseException, trace: str) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        if isinstance(exc, ValidationFailed):
            self.show_problems(list(exc.problems))
        elif isinstance(exc, DatabaseExists):
            self._offer_to_open(exc.path)
        elif isinstance(exc, (DatabaseError, ServiceError, OSError)):
            # A network share, a folder that cannot be written, a file held elsewhere.
            self.rows["path"].set_problem(str(exc))
            self.path_edit.setFocus()
        else:
            log.error("creating a database failed:\n%s", trace)
            show_error(self, self.tr("Basis data tidak bisa dibuat: {0}").format(exc), trace)

    def show_problems(self, problems: list[FieldProblem]) -> None:
        """Each problem under its field (those of fields not here under the file)."""
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            field = problem.field if problem.field in self.rows else "path"
            by_field.setdefault(field, []).append(problem.message)
        for field, row in self.rows.items():
            messages = by_field.get(field)
            row.set_problem("\n".join(messages) if messages else None)
        self.agency.kode_hint.setVisible("kode" not in by_field)  # the problem says the rule
        first = next((f for f in self.rows if f in by_field), None)
        if first is not None:
            editor = self.rows[first].editor
            (self.path_edit if first == "path" else editor).setFocus()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        for widget in (self.create_button, self.cancel_button, self.choose_button):
            widget.setEnabled(not busy)
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def reject(self) -> None:
        if self.busy:  # the worker is making the file: it is not left half-made
            return
        super().reject()


def open_new_database_dialog(
    runner: TaskRunner,
    parent: QWidget,
    *,
    path: Path | None,
    start_dir: Path | None,
    on_finished: Callable[[NewDatabaseDialog, int], None],
) -> NewDatabaseDialog:
    """Show the dialog window-modal (not blocking); `on_finished(dialog, result)` after."""
    dialog = NewDatabaseDialog(runner, parent, path=path, start_dir=start_dir)

    def finished(result: int) -> None:
        on_finished(dialog, result)
        dialog.deleteLater()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
