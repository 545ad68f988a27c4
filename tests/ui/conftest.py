"""GUI tests: Qt offscreen, settings/logs/backups under tmp, one demo database per session.

Creating a database costs about a second (the SIASN catalogues are loaded), so one is made
per session, filled with a demo agency plus one employee with a known NIP, and copied with
the SQLite backup API for every test that needs one.
"""

from __future__ import annotations

import gc
import os

# Before any QApplication exists (pytest-qt creates it lazily, in the qapp fixture).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TypeVar

import pytest
from accounts import TEST_PASSWORDS, open_as
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.demo import generate_demo
from asn_desktop.domain import EmployeeDraft
from asn_desktop.services.database import Database
from asn_desktop.services.employees import (
    EmployeeQuery,
    EmployeeService,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.services.reference import ReferenceService
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.employee_table_model import COLUMNS
from asn_desktop.ui.error_dialog import ErrorDialog
from asn_desktop.ui.login_dialog import AccountDialog, LoginDialog, SetupAdminDialog
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings
from asn_desktop.ui.tasks import TaskRunner

DEMO_EMPLOYEES = 150
KNOWN_NIP = "198503152010011002"
KNOWN_NAMA = "Asep Sunandar"
KNOWN_JABATAN = "Pranata Komputer Ahli Pertama"  # from the SIASN catalogue
TOTAL = DEMO_EMPLOYEES + 1


def known_draft(**changes: object) -> EmployeeDraft:
    draft = EmployeeDraft(
        nip=KNOWN_NIP,
        nama=KNOWN_NAMA,
        gelar_belakang="S.Kom.",
        tempat_lahir="Bandung",
        tanggal_lahir=date(1985, 3, 15),
        jenis_kelamin="L",
        status_kepegawaian="PNS",
        kedudukan_hukum="01",
        tmt_cpns=date(2010, 1, 1),
        tmt_pns=date(2011, 1, 1),
    )
    for name, value in changes.items():
        setattr(draft, name, value)
    return draft


def _run_deferred_deletes() -> None:
    if QApplication.instance() is not None:
        # pytest-qt's processEvents() outside an event loop leaves deferred deletes queued.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture(autouse=True)
def leftovers_freed_on_the_gui_thread() -> Iterator[None]:
    """What one test leaves behind is freed on the GUI thread, never in a worker of the next.

    The cyclic collector runs on whichever thread allocates when its threshold is crossed:
    a widget or TaskRunner in a cycle would otherwise die in the middle of a later test,
    often on its TaskRunner's worker, which then runs Qt disconnects and a thread-pool join
    (see the note above tasks._Relay). Defined first and requested by no fixture, this is
    set up before and torn down after every other function fixture of a test: after its
    fixtures shut their TaskRunners down and pytest-qt (before any fixture's teardown)
    closed and deleteLater()ed its widgets. pytest lets go of the test's arguments only
    after the teardown, so the collection runs at the next test's set-up, before that test
    starts a worker.

    What survives it is frozen (gc.freeze): out of reach of every later collection, this
    one's and the automatic ones, on any thread. A full collection of the session's heap
    costs some 130 ms, twice per test over 4,000 tests; a frozen heap leaves only what the
    last test made to scan.
    """
    _run_deferred_deletes()
    gc.collect()
    gc.freeze()
    yield
    _run_deferred_deletes()


@pytest.fixture(autouse=True)
def dialogs_shown(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Modal error dialogs and message boxes never block a test: they are recorded instead.

    A test that expects one takes this fixture, checks the list and clears it; any left over
    fails the test. Tests that answer a question patch QMessageBox themselves.
    """
    shown: list[str] = []

    def error_exec(dialog: ErrorDialog) -> int:
        shown.append(dialog.message_label.text())
        return int(QDialog.DialogCode.Rejected.value)

    def message_box(kind: str) -> Callable[..., QMessageBox.StandardButton]:
        def record(_parent: object, _title: str, text: str, *_args: object) -> object:
            shown.append(f"{kind}: {text}")
            return QMessageBox.StandardButton.NoButton

        return record

    monkeypatch.setattr(ErrorDialog, "exec", error_exec)
    for kind in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, message_box(kind))
    yield shown
    assert not shown, f"unexpected dialogs: {shown}"


@pytest.fixture(scope="session")
def ui_template(tmp_path_factory: pytest.TempPathFactory, initialised_template: Path) -> Path:
    """Catalogues + a demo agency of 150 employees + one employee with a known NIP."""
    folder = tmp_path_factory.mktemp("ui-template")
    path = folder / "template.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path, backup_dir=folder / "backups")
    try:
        generate_demo(db, employees=DEMO_EMPLOYEES, seed=1)
        service = EmployeeService(db)
        employee_id = service.create(known_draft())
        unit = OrgUnitService(db).tree()[1]
        service.add_rank(
            employee_id, RankEntry(golongan_id=31, tmt=date(2010, 1, 1), sk_nomor="813/001")
        )
        service.add_rank(
            employee_id, RankEntry(golongan_id=32, tmt=date(2014, 4, 1), sk_nomor="823/014")
        )
        jf = next(
            o for o in ReferenceService(db).search_jabatan(KNOWN_JABATAN) if o.nama == KNOWN_JABATAN
        )
        service.add_position(
            employee_id,
            PositionEntry(
                jenis_jabatan=jf.jenis_jabatan,
                jabatan_nama=jf.nama,
                tmt=date(2011, 1, 1),
                sk_nomor="821/011",
                ref_jabatan_id=jf.id,
                jenjang=jf.jenjang,
                usia_bup=jf.usia_bup,
            ),
        )
        service.add_unit(
            employee_id, UnitEntry(unit_id=unit.id, tmt=date(2010, 1, 1), sk_nomor="800/1")
        )
    finally:
        db.close()
    return path


@pytest.fixture
def db_file(ui_template: Path, tmp_path: Path) -> Path:
    """A private copy of the template for one test."""
    dest = tmp_path / "asn.sqlite"
    copy_database(ui_template, dest)
    return dest


@pytest.fixture
def db(db_file: Path, tmp_path: Path) -> Iterator[Database]:
    database = open_as(db_file, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> EmployeeService:
    return EmployeeService(db)


@pytest.fixture
def units(db: Database) -> list[UnitNode]:
    return OrgUnitService(db).tree()


@pytest.fixture
def known_id(service: EmployeeService) -> int:
    record = service.find_by_nip(KNOWN_NIP)
    assert record is not None
    return record.id


@pytest.fixture
def runner(qapp: object) -> Iterator[TaskRunner]:
    task_runner = TaskRunner()
    yield task_runner
    task_runner.wait()


def wait_for_ids(qtbot: QtBot, register: EmployeeRegister, expected: list[int]) -> None:
    """Until the register's model holds exactly `expected` (the worker answered)."""
    qtbot.waitUntil(lambda: register.model.ids() == expected, timeout=5000)


def header_query(register: EmployeeRegister, **filters: object) -> EmployeeQuery:
    """The query the register's header sort indicator asks for, plus `filters`."""
    header = register.table.horizontalHeader()
    return EmployeeQuery(
        sort=COLUMNS[header.sortIndicatorSection()][0],
        descending=header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder,
        **filters,  # type: ignore[arg-type]
    )


D = TypeVar("D", bound=AccountDialog)


def account_dialog(
    qtbot: QtBot,
    window: MainWindow,
    kind: type[D] = LoginDialog,  # type: ignore[assignment]
) -> D:
    """The sign-in (or set-up, or lock) dialog the window shows, once it is on screen."""
    qtbot.waitUntil(
        lambda: isinstance(window.login_dialog, kind) and window.login_dialog.isVisible(),
        timeout=10000,
    )
    dialog = window.login_dialog
    assert isinstance(dialog, kind)
    return dialog


def answer_login(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    """Type into the login dialog as a person would, and click Masuk."""
    if not dialog.username.isReadOnly():
        dialog.username.clear()
        qtbot.keyClicks(dialog.username, username)
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def opening_window(qtbot: QtBot, path: Path) -> MainWindow:
    """A shown window on fresh settings whose database the worker is opening."""
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    window.show()
    window.open_database(path)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, username: str = "admin") -> None:
    """Answer the window's login dialog as one of the test accounts and wait until the
    database is attached (the production path: the dialog, the worker, Argon2)."""
    answer_login(qtbot, account_dialog(qtbot, window), username, TEST_PASSWORDS[username])
    qtbot.waitUntil(lambda: window.db is not None and window.login_dialog is None, timeout=10000)
    assert window.db.user is not None and window.db.user.username == username


def set_up_admin(
    qtbot: QtBot, window: MainWindow, username: str = "kepala", password: str = "rahasia-kantor-1"
) -> None:
    """Answer the set-up dialog of a database without accounts: its first administrator."""
    dialog = account_dialog(qtbot, window, SetupAdminDialog)
    dialog.username.clear()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.full_name, "Kepala Subbagian Kepegawaian")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.repeat, password)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None and window.login_dialog is None, timeout=10000)


@pytest.fixture
def open_window(qtbot: QtBot, db_file: Path, service: EmployeeService) -> Callable[..., MainWindow]:
    """Make a shown MainWindow on fresh settings, sign in (admin unless told) and wait until
    its register is filled."""

    def make(username: str = "admin") -> MainWindow:
        window = MainWindow(AppSettings())
        qtbot.addWidget(window)
        window.show()
        window.open_database(db_file)
        sign_in(qtbot, window, username)
        # Whatever sort the header shows (restored from the settings) is what must be listed.
        wait_for_ids(qtbot, window.register, service.search_ids(header_query(window.register)))
        # And the rest of the opening (the day's backup comes after the first page): a test
        # that then holds the write lock must not hold it against the opening's own write.
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30000)
        return window

    return make


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    return open_window()
