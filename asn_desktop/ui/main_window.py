"""Main window: menus, the register, the status bar, and the open database's lifecycle."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from asn_desktop import __version__, paths
from asn_desktop.db.errors import DatabaseError, DatabaseMissing, NetworkShareRefused
from asn_desktop.domain.peran import Permission
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.error_dialog import ErrorDialog, show_error
from asn_desktop.ui.login_dialog import (
    AccountDialog,
    ChangePasswordDialog,
    IdleWatcher,
    LockCover,
    LoginDialog,
    SetupAdminDialog,
    denial_text,
    role_label,
)
from asn_desktop.ui.operations import Changes, Operation, hub, stop_waiting
from asn_desktop.ui.settings import AppSettings
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.org_units import UnitNode
    from asn_desktop.services.permissions import SignedIn
    from asn_desktop.services.quick_start import QuickStart
    from asn_desktop.ui.folder_dialog import FileNotice, FolderDialog
    from asn_desktop.ui.new_database_dialog import Created, NewDatabaseDialog
    from asn_desktop.ui.quick_open import QuickOpening
    from asn_desktop.ui.users_dialog import UsersDialog

# SQLAlchemy and the services are imported by the worker when the first database opens, so
# the window is on screen before they load (they take about a quarter of a second).

log = logging.getLogger(__name__)


@dataclass
class _Opened:
    db: Database
    units: list[UnitNode]
    total: int
    has_users: bool = True
    demo: bool = False  # signed in as the demo administrator already
    remember_as: str = ""  # last_database, once someone has signed in


IDLE_LOCK_CHOICES = (0, 5, 10, 15, 30, 60)  # minutes, offered in the menu


# Progress messages come from the services in Indonesian; these marks let Qt Linguist
# collect them for translation in the "Progress" context.
DEMO_PROGRESS = "Membuat data contoh"
PROGRESS_MESSAGES = (
    QT_TRANSLATE_NOOP("Progress", "Membuat data contoh"),
    QT_TRANSLATE_NOOP("Progress", "Membuat cadangan sebelum pembaruan skema"),
    QT_TRANSLATE_NOOP("Progress", "Memperbarui skema basis data"),
    QT_TRANSLATE_NOOP("Progress", "Membuat basis data baru"),
    QT_TRANSLATE_NOOP("Progress", "Memuat katalog jabatan"),
    QT_TRANSLATE_NOOP("Progress", "Memuat katalog pendidikan"),
    QT_TRANSLATE_NOOP("Progress", "Memuat daftar kode SIASN"),
)


PROGRAM = "ASN Desktop"  # who holds the database (db.holder), as the refused are told
# After the fast opening's login dialog appears, the full opening waits this long for a
# sign-in before it starts anyway (ui.quick_open).
FULL_OPEN_DELAY_MS = 300


def _open_work(
    control: JobControl,
    target: str | Path,
    *,
    create: bool = False,
    allow_network_share: bool = False,
    demo_employees: int = 0,
    remember: bool = True,
) -> _Opened:
    """In the worker: open (create, upgrade, fill with demo data) and read what the window
    shows first."""
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.org_units import OrgUnitService

    db = Database.open(
        target,
        create=create,
        allow_network_share=allow_network_share,
        progress=lambda message: control.progress(0, 0, message),
        hold=PROGRAM,
    )
    try:
        if demo_employees:
            from asn_desktop.demo import DemoCancelled, generate_demo

            try:
                generate_demo(
                    db,
                    employees=demo_employees,
                    progress=lambda done, total: control.progress(done, total, DEMO_PROGRESS),
                    cancelled=control.cancelled,
                )
            except DemoCancelled as exc:
                raise Cancelled() from exc
            # A demo database has the published demo accounts (README); --demo works as its
            # administrator, and the title says so.
            if not db.has_users():
                from asn_desktop.services.users import UserService

                UserService(db).create_demo_accounts()
            db.assume_user("admin")
        return _Opened(
            db,
            OrgUnitService(db).tree(),
            EmployeeService(db).count(),
            has_users=db.has_users(),
            demo=bool(demo_employees),
            remember_as=str(target) if remember and not demo_employees else "",
        )
    except BaseException:
        db.close()
        raise


class MainWindow(QMainWindow):
    databaseOpened = Signal(str)
    # The dialogs and the status bar's notice of a file just made.
    new_database_dialog: NewDatabaseDialog | None = None
    folder_dialog: FolderDialog | None = None
    file_notice: FileNotice | None = None

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(self)
        self.runner.failed_without_handler.connect(self._background_failed)
        self.db: Database | None = None
        self.employees: EmployeeService | None = None
        self.units: list[UnitNode] = []
        self.total = 0
        self._shown = 0  # rows the register shows (for the count in the status bar)
        self.demo_dir: Path | None = None
        self._open_generation = 0
        # The sign-in, set-up or lock dialog on screen, and the database it is for while no
        # one has signed in to it yet (nothing of it is shown until then).
        self.login_dialog: AccountDialog | None = None
        self._pending: _Opened | None = None
        # A fast opening (ui.quick_open) under way, its own worker, and the full database
        # once it has opened behind the login dialog (until attached).
        self._quick: QuickOpening | None = None
        self._quick_tasks: TaskRunner | None = None
        self._quick_full: _Opened | None = None
        self._covers: list[LockCover] = []
        self._demo_title = False
        self.password_dialog: ChangePasswordDialog | None = None
        self.users_dialog: UsersDialog | None = None
        self.idle = IdleWatcher(self)
        self.idle.set_interval_ms(self.settings.idle_lock_minutes * 60_000)
        self.idle.idle.connect(self._idle_timeout)

        self.setWindowTitle("ASN Desktop")
        self.register = EmployeeRegister(self.runner, self, settings=self.settings)
        self.register.openRequested.connect(self.edit_employee)
        self.register.countChanged.connect(self._update_count)
        # Queued: a page read can fail inside a repaint, where no dialog may open.
        self.register.queryFailed.connect(
            self._background_failed, Qt.ConnectionType.QueuedConnection
        )
        self.setCentralWidget(self.register)
        # What GUI writes changed (ui.operations): the count and the unit tree here; the
        # register refreshes its rows itself.
        hub(self.runner).changed.connect(self._apply_changes)

        self.count_label = QLabel()
        self.db_label = QLabel()
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setContentsMargins(0, 0, 12, 0)
        self.statusBar().addWidget(self.count_label)
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_menus()
        self._set_database_actions(False)

        if not self.settings.main_geometry.isEmpty():
            self.restoreGeometry(self.settings.main_geometry)
        else:
            self.resize(1200, 720)
        if not self.settings.main_state.isEmpty():
            self.restoreState(self.settings.main_state)
        header_state = self.settings.employee_header
        if not header_state.isEmpty():
            self.register.restore_header(header_state)  # not one saved for other columns

    # -- menus --------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: object,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        berkas = bar.addMenu(self.tr("&Berkas"))
        self.open_action = self._action(
            self.tr("&Buka basis data…"), self.choose_database, QKeySequence.StandardKey.Open
        )
        self.switch_user_action = self._action(self.tr("&Ganti pengguna…"), self.switch_user)
        self.change_password_action = self._action(
            self.tr("Ganti kata &sandi…"), self.change_password
        )
        self.lock_action = self._action(self.tr("Kunci &layar sekarang"), self.lock, "Ctrl+L")
        self.users_action = self._action(self.tr("Pengg&una…"), self.manage_users)
        self.backup_action = self._action(
            self.tr("&Cadangkan sekarang"), self.backup_now, "Ctrl+Shift+B"
        )
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"), self.restore_backup)
        self.check_action = self._action(self.tr("P&eriksa basis data"), self.check_database)
        berkas.addAction(self.open_action)
        # A new database at a chosen place, and the recent ones.
        self.new_database_action = self._action(
            self.tr("Basis data ba&ru…"), lambda: self.new_database()
        )
        berkas.addAction(self.new_database_action)
        self.recent_menu = berkas.addMenu(self.tr("Basis data &terakhir"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        berkas.addSeparator()
        berkas.addAction(self.switch_user_action)
        berkas.addAction(self.change_password_action)
        berkas.addAction(self.lock_action)
        self._idle_menu(berkas)
        berkas.addAction(self.users_action)
        berkas.addSeparator()
        berkas.addAction(self.backup_action)
        berkas.addAction(self.restore_action)
        berkas.addAction(self.check_action)
        # The register as shown to .xlsx (ui/register_export_dialog.py).
        berkas.addSeparator()
        self.export_action = self._action(
            self.tr("Ekspor ke E&xcel…"), self.export_register, "Ctrl+Shift+E"
        )
        berkas.addAction(self.export_action)
        berkas.addSeparator()
        berkas.addAction(
            self._action(self.tr("&Keluar"), self.close, QKeySequence.StandardKey.Quit)
        )

        pegawai = bar.addMenu(self.tr("&Pegawai"))
        self.new_action = self._action(
            self.tr("&Tambah pegawai…"), self.new_employee, QKeySequence.StandardKey.New
        )
        self.edit_action = self._action(self.tr("&Ubah pegawai…"), self._edit_current, "Ctrl+E")
        self.delete_action = self._action(
            self.tr("&Hapus pegawai"), self.delete_current, QKeySequence.StandardKey.Delete
        )
        self.find_action = self._action(
            self.tr("&Cari"), self._focus_search, QKeySequence.StandardKey.Find
        )
        self.refresh_action = self._action(
            self.tr("&Muat ulang"),
            lambda: self.register.refresh(),
            QKeySequence.StandardKey.Refresh,
        )
        # Leaving the agency is not deletion: the person stays, under "Pegawai nonaktif".
        self.leaving_action = self._action(
            self.tr("Catat &keluar dari instansi…"), self.record_leaving_current
        )
        self.cancel_leaving_action = self._action(
            self.tr("&Batalkan catatan keluar…"), self.cancel_leaving_current
        )
        self.leaving_dialog: QDialog | None = None
        for action in (self.new_action, self.edit_action, self.delete_action):
            pegawai.addAction(action)
        pegawai.addSeparator()
        pegawai.addAction(self.leaving_action)
        pegawai.addAction(self.cancel_leaving_action)
        pegawai.addSeparator()
        pegawai.addAction(self.find_action)
        pegawai.addAction(self.refresh_action)
        # Which of the two fits the row chosen (see _update_selection_actions).
        self.register.table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._update_selection_actions()
        )
        self.register.countChanged.connect(lambda _shown: self._update_selection_actions())

        # "P&enilaian": P is taken by Pegawai (and A of the English title by Agency).
        penilaian = bar.addMenu(self.tr("P&enilaian"))
        self.appraisal_action = self._action(
            self.tr("&Penilaian kinerja…"), self.show_appraisals, "Ctrl+K"
        )
        self.verify_document_action = self._action(
            self.tr("&Verifikasi dokumen…"), self.verify_document
        )
        penilaian.addAction(self.appraisal_action)
        penilaian.addAction(self.verify_document_action)

        # "Pen&gembangan": P and e are taken by Pegawai and Penilaian.
        pengembangan = bar.addMenu(self.tr("Pen&gembangan"))
        self.competency_actions: list[QAction] = []
        for text, tab, shortcut in (
            (self.tr("&Kegiatan pengembangan kompetensi…"), "kegiatan", "Ctrl+G"),
            (self.tr("Kepatuhan &JP…"), "kepatuhan", None),
            (self.tr("&Anggaran pelatihan…"), "anggaran", None),
            (self.tr("&Standar dan asesmen kompetensi…"), "standar", None),
            (self.tr("&Rencana pengembangan (AKPK)…"), "rencana", None),
            (self.tr("&Dampak layanan (SKM)…"), "dampak", None),
        ):
            action = self._action(
                text, lambda _checked=False, tab=tab: self.show_competency(tab), shortcut
            )
            self.competency_actions.append(action)
            pengembangan.addAction(action)

        instansi = bar.addMenu(self.tr("&Instansi"))
        self.agency_action = self._action(self.tr("&Identitas instansi…"), self.edit_agency)
        self.units_action = self._action(self.tr("&Unit kerja…"), self.edit_units)
        instansi.addAction(self.agency_action)
        instansi.addAction(self.units_action)
        self.audit_action = self._action(self.tr("&Jejak audit…"), self.show_audit_trail)
        instansi.addAction(self.audit_action)

        tampilan = bar.addMenu(self.tr("&Tampilan"))
        bahasa = tampilan.addMenu(self.tr("&Bahasa"))
        for code, label in (("id", "Bahasa Indonesia"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            bahasa.addAction(action)

        bantuan = bar.addMenu(self.tr("Ba&ntuan"))
        bantuan.addAction(self._action(self.tr("Buka folder &log"), self.open_log_folder))
        bantuan.addAction(self._action(self.tr("&Tentang ASN Desktop"), self.about))

        # What each action needs: a permission of the signed-in user's role (the services
        # check it again), or None for "someone is signed in". See _set_database_actions.
        self.action_permissions: dict[QAction, Permission | None] = {
            self.switch_user_action: None,
            self.change_password_action: None,
            self.lock_action: None,
            self.users_action: Permission.MANAGE_USERS,
            self.backup_action: Permission.BACKUP,
            self.restore_action: Permission.RESTORE,
            self.check_action: Permission.READ,
            self.new_action: Permission.EDIT,
            self.edit_action: Permission.EDIT,
            self.delete_action: Permission.EDIT,
            self.refresh_action: Permission.READ,
            self.agency_action: Permission.AGENCY,
            self.units_action: Permission.EDIT,
            self.audit_action: Permission.READ,
            self.appraisal_action: Permission.READ,
            self.verify_document_action: Permission.READ,
            **dict.fromkeys(self.competency_actions, Permission.READ),
        }
        self.action_permissions[self.export_action] = Permission.EXPORT
        for menu in (berkas, pegawai, penilaian, pengembangan, instansi):
            menu.setToolTipsVisible(True)  # a disabled action says why

    def export_register(self) -> None:
        """Berkas -> Ekspor ke Excel: the register's view (query, visible columns) to .xlsx
        in the worker, with progress and Batal."""
        from asn_desktop.ui.register_export_dialog import export_register

        export_register(self)

    def _idle_menu(self, berkas: QMenu) -> None:
        menu = berkas.addMenu(self.tr("Kunci &otomatis"))
        self.idle_group = QActionGroup(self)
        current = self.settings.idle_lock_minutes
        choices = sorted({*IDLE_LOCK_CHOICES, current})
        for minutes in choices:
            text = (
                self.tr("Tidak pernah")
                if minutes == 0
                else self.tr("Setelah {0} menit tanpa aktivitas").format(minutes)
            )
            action = QAction(text, self.idle_group)
            action.setCheckable(True)
            action.setChecked(minutes == current)
            action.setData(minutes)
            action.triggered.connect(
                lambda _checked=False, m=minutes: self.set_idle_lock_minutes(m)
            )
            menu.addAction(action)

    def _set_database_actions(self, enabled: bool) -> None:
        """Enable what the signed-in user's role allows (`enabled`: a database is attached);
        a disabled action's tooltip says why."""
        user = self.db.user if enabled and self.db is not None else None
        for action, permission in self.action_permissions.items():
            reason: str | None = None
            if not enabled:
                allowed = False
            elif permission is None:
                allowed = user is not None
            else:
                reason = denial_text(user, permission) if user is not None else None
                allowed = user is not None and reason is None
            action.setEnabled(allowed)
            action.setToolTip(reason or "")  # empty: the menus show no tooltip
            action.setStatusTip(reason or "")
        if self.db is not None and self.db.path is None:
            for action in (self.backup_action, self.restore_action):
                action.setEnabled(False)
                action.setToolTip(self.tr("Cadangan hanya untuk berkas SQLite lokal."))
        self._update_selection_actions()

    # -- opening a database ---------------------------------------------------------------

    def open_database(
        self,
        target: str | Path,
        *,
        create: bool = False,
        allow_network_share: bool = False,
        demo_employees: int = 0,
        remember: bool = True,
    ) -> None:
        """Open (and if needed create, upgrade, fill with demo data) in the worker.

        An existing local file goes the fast way first (ui.quick_open): the login dialog
        and the first page come before the full database has loaded."""
        self._close_database()
        self._open_generation += 1
        generation = self._open_generation
        if not create and not demo_employees and "://" not in str(target):
            self._open_quickly(
                target, generation, allow_network_share=allow_network_share, remember=remember
            )
            return
        self._open_fully(
            target,
            generation,
            create=create,
            allow_network_share=allow_network_share,
            demo_employees=demo_employees,
            remember=remember,
        )

    def _open_fully(
        self,
        target: str | Path,
        generation: int,
        *,
        create: bool = False,
        allow_network_share: bool = False,
        demo_employees: int = 0,
        remember: bool = True,
    ) -> None:
        progress = QProgressDialog(self.tr("Membuka basis data…"), self.tr("Batal"), 0, 0, self)
        progress.setWindowTitle("ASN Desktop")
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)

        def work(control: JobControl) -> _Opened:
            return _open_work(
                control,
                target,
                create=create,
                allow_network_share=allow_network_share,
                demo_employees=demo_employees,
                remember=remember,
            )

        def on_progress(done: int, total: int, message: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done)
            if message:
                progress.setLabelText(QCoreApplication.translate("Progress", message))

        def on_done(opened: _Opened) -> None:
            progress.close()
            progress.deleteLater()
            if generation != self._open_generation:  # another open was asked for since
                opened.db.close()
                return
            self._sign_in_to(opened)

        def on_error(exc: BaseException, trace: str) -> None:
            progress.close()
            progress.deleteLater()
            if generation != self._open_generation:
                return
            self._open_failed(
                exc,
                trace,
                target,
                create=create,
                demo_employees=demo_employees,
                remember=remember,
            )

        control = self.runner.run_controlled(work, on_done, on_error, on_progress)
        # Not the bound method control.cancel: PySide holds that weakly and disconnects when
        # `control` dies, and a disconnect on the worker deadlocks with the GUI thread emitting
        # canceled from progress.close(). The runner sees to it that the worker never holds the
        # last reference (tasks._Job.run); the lambda keeps `control` alive as long as the
        # dialog, so it dies with the dialog, on the GUI thread.
        progress.canceled.connect(lambda: control.cancel())

    def _open_failed(
        self,
        exc: BaseException,
        trace: str,
        target: str | Path,
        *,
        create: bool,
        demo_employees: int,
        remember: bool,
    ) -> None:
        if isinstance(exc, NetworkShareRefused):
            answer = QMessageBox.warning(
                self,
                self.tr("Basis data di folder jaringan"),
                str(exc) + "\n\n" + self.tr("Tetap buka?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.open_database(
                    target,
                    create=create,
                    allow_network_share=True,
                    demo_employees=demo_employees,
                    remember=remember,
                )
            return
        if isinstance(exc, Cancelled):
            self.statusBar().showMessage(self.tr("Dibatalkan."), 5000)
            return
        if isinstance(exc, DatabaseMissing) and not create and self._offer_missing(target):
            return
        if isinstance(exc, (DatabaseError, ServiceError, ValueError)):
            show_error(self, str(exc), trace)
        else:
            self._background_failed(exc, trace)

    # -- the fast opening (ui.quick_open) ------------------------------------------------

    def _open_quickly(
        self, target: str | Path, generation: int, *, allow_network_share: bool, remember: bool
    ) -> None:
        def probe() -> QuickStart | None:
            from asn_desktop.services.quick_start import QuickStart

            return QuickStart.probe(
                target, program=PROGRAM, allow_network_share=allow_network_share
            )

        def full() -> None:
            self._open_fully(
                target, generation, allow_network_share=allow_network_share, remember=remember
            )

        def probed(start: QuickStart | None) -> None:
            if generation != self._open_generation:
                if start is not None:
                    start.close()
            elif start is None:
                full()  # not for the fast way: the full path opens it, or says why not
            else:
                self._start_quick(start, target, generation, remember=remember)

        def failed(exc: BaseException, trace: str) -> None:
            # The probe declines what it does not expect; anything else is a bug of its own,
            # which must not keep the clerk from the database.
            log.error("fast opening failed; opening in full:\n%s", trace)
            if generation == self._open_generation:
                full()

        self.runner.run(probe, probed, failed)

    def _quick_runner(self) -> TaskRunner:
        if self._quick_tasks is None:
            self._quick_tasks = TaskRunner(self)
        return self._quick_tasks

    def _start_quick(
        self, start: QuickStart, target: str | Path, generation: int, *, remember: bool
    ) -> None:
        from asn_desktop.ui.quick_open import QuickOpening

        full_started = False

        def open_full() -> None:
            nonlocal full_started
            if full_started or not current():
                return
            full_started = True
            self.runner.run_controlled(
                lambda control: _open_work(control, target, remember=remember),
                full_opened,
                full_failed,
            )

        def open_full_unless_signing_in() -> None:
            if not quick.signing_in:  # else when the sign-in is done
                open_full()

        quick = QuickOpening(start, self._quick_runner(), self.register.unfiltered_sort, open_full)
        self._quick = quick
        name = start.path.name

        def current() -> bool:
            return generation == self._open_generation and self._quick is quick

        def full_opened(opened: _Opened) -> None:
            if not current():
                opened.db.close()
                return
            self._quick_full = opened
            quick.opened(opened.db)
            if quick.signed is not None and self.login_dialog is None:
                self._finish_quick(quick, opened)  # the register showed the first page

        def full_failed(exc: BaseException, trace: str) -> None:
            if not current():
                return
            self._close_database()
            self._open_failed(exc, trace, target, create=False, demo_employees=0, remember=remember)

        # Nobody types a password this fast: the full opening runs while they do.
        QTimer.singleShot(FULL_OPEN_DELAY_MS, self, open_full_unless_signing_in)
        dialog = LoginDialog(
            None,
            self.runner,
            self,
            username=self.settings.last_username,
            note=self.tr("Masuk untuk membuka basis data {0}.").format(name),
            quick=quick,
        )

        def signed_in() -> None:
            opened = self._quick_full
            if dialog.has_db() and opened is not None:
                # Signed in through the full path (the fast one declined): as always.
                self._quick_full = None
                self._end_quick()
                self._attach(opened)
            elif opened is not None:
                self._finish_quick(quick, opened)  # it arrived during the sign-in
            else:
                self._preview_quick(quick, name)

        def cancelled() -> None:
            self._close_database()
            self.statusBar().showMessage(
                self.tr("Basis data {0} tidak dibuka: belum ada yang masuk.").format(name), 15000
            )

        self._show_account_dialog(dialog, signed_in, cancelled)

    def _preview_quick(self, quick: QuickOpening, name: str) -> None:
        """The first page while the full database is still opening: rows only; the menus
        and the rest wait for it (a fraction of a second)."""
        page, user = quick.page, quick.signed
        if page is not None and quick.page_sort == self.register.unfiltered_sort():
            self.total = len(page.ids)
            self.register.preview(page.ids, page.rows, quick.start.rows)
        self.setWindowTitle(f"ASN Desktop — {name}")
        self._show_user(user)

    def _finish_quick(self, quick: QuickOpening, opened: _Opened) -> None:
        """Attach the full database as the fast path's user; the rows shown stay."""
        self._quick_full = None
        opened.db.user = quick.signed
        self._attach(opened, keep_preview=True)
        self._end_quick()

    def _end_quick(self) -> None:
        quick, self._quick = self._quick, None
        if quick is not None:
            quick.close()

    def _attach(self, opened: _Opened, *, keep_preview: bool = False) -> None:
        from asn_desktop.services.employees import EmployeeService

        self.db = opened.db
        self.employees = EmployeeService(opened.db)
        self.units = opened.units
        self.total = opened.total
        where = opened.db.where
        if (
            self.demo_dir is not None
            and opened.db.path is not None
            and self.demo_dir in opened.db.path.parents
        ):
            where = self.tr("DATA CONTOH (sementara): ") + where
        self.db_label.setText(where)
        self._demo_title = opened.demo
        self.register.attach(self.employees, self.units, keep_preview=keep_preview)
        if opened.db.path is not None and not opened.demo:
            # After the register's first query in the worker's queue (issue 7, start-up): the
            # day's first start does not wait for a copy of the whole file to show its first
            # page; any write still comes after the backup.
            self._daily_backup(opened.db)
        if self.employees is not None and denial_text(opened.db.user, Permission.EDIT) is None:
            self._apply_due_histories(self.employees)
        self._signed_in_changed()
        if opened.remember_as:
            self.settings.last_database = opened.remember_as
            self._remember_recent(opened.db.path)
        report = opened.db.report
        if report.created and opened.total == 0 and not opened.units:
            self.statusBar().showMessage(
                self.tr(
                    "Basis data baru. Isi identitas instansi dan unit kerja (menu Instansi), "
                    "lalu tambahkan pegawai (Ctrl+N)."
                )
            )
        if report.migrated_from:
            self.statusBar().showMessage(
                self.tr("Skema diperbarui dari {0}; cadangan: {1}").format(
                    report.migrated_from, report.backup
                ),
                15000,
            )
        self.databaseOpened.emit(where)

    def _apply_due_histories(self, employees: EmployeeService) -> None:
        """A rank, position or placement entered ahead of its TMT becomes current when the
        day comes: checked once a day, in the worker, by someone who may edit."""

        def done(changed: int) -> None:
            if changed:
                self.register.refresh()
                self.statusBar().showMessage(
                    self.tr("Riwayat {0} pegawai yang TMT-nya tiba kini berlaku.").format(changed),
                    10000,
                )

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, (DatabaseError, ServiceError)):
                self.statusBar().showMessage(
                    self.tr("Riwayat yang TMT-nya tiba belum bisa diberlakukan: {0}").format(exc)
                )
            else:
                self._background_failed(exc, trace)

        self.runner.run(employees.apply_due_histories, done, failed)

    def _daily_backup(self, db: Database) -> None:
        """The day's automatic backup, in the worker, once someone has signed in (it is
        theirs to make). A backup that cannot be made must not keep the clerk from working:
        the status bar says so."""

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, (DatabaseError, ServiceError)):
                self.statusBar().showMessage(
                    self.tr("Cadangan harian gagal dibuat: {0}").format(exc)
                )
            else:
                self._background_failed(exc, trace)

        self.runner.run(db.daily_backup_if_due, lambda _backup: None, failed)

    def _close_database(self) -> None:
        self.idle.disarm()
        for window in self._appraisal_windows():  # they hold this database
            window.close()
            window.deleteLater()
        dialog, self.login_dialog = self.login_dialog, None
        if dialog is not None:  # its answer, should one still come, is not waited for
            dialog.hide()
            dialog.deleteLater()
        self._remove_covers()
        self.register.attach(None, [])
        self._set_database_actions(False)
        pending, self._pending = self._pending, None
        quick_full, self._quick_full = self._quick_full, None
        if self.db is not None or pending is not None or self._quick is not None:
            stop_waiting(self.runner)  # a save waiting for another program's lock gives up
            self.runner.wait(-1)  # the worker may be using this database; let it finish
        self._end_quick()
        if quick_full is not None:
            quick_full.db.close()
        if pending is not None:
            pending.db.close()
        if self.db is not None:
            self.db.close()
        self.db = None
        self.employees = None
        self._signed_in_changed()

    # -- who is signed in -------------------------------------------------------------------

    def _sign_in_to(self, opened: _Opened) -> None:
        """Attach `opened` once someone has signed in to it: the demo administrator at
        once; else the first administrator, made in the set-up dialog; else whoever the
        login dialog lets in. Cancelled, the database is closed again."""
        if opened.demo and opened.db.user is not None:
            self._attach(opened)
            return
        self._pending = opened
        name = opened.db.path.name if opened.db.path is not None else opened.db.where
        dialog: AccountDialog
        if not opened.has_users:
            dialog = SetupAdminDialog(opened.db, self.runner, self, where=name)
        else:
            dialog = LoginDialog(
                opened.db,
                self.runner,
                self,
                username=self.settings.last_username,
                note=self.tr("Masuk untuk membuka basis data {0}.").format(name),
            )

        def signed_in() -> None:
            self._pending = None
            self._attach(opened)

        def cancelled() -> None:
            self._pending = None
            self.runner.wait(-1)
            opened.db.close()
            self.statusBar().showMessage(
                self.tr("Basis data {0} tidak dibuka: belum ada yang masuk.").format(name), 15000
            )

        self._show_account_dialog(dialog, signed_in, cancelled)

    def _show_account_dialog(
        self,
        dialog: AccountDialog,
        on_signed_in: Callable[[], None],
        on_cancelled: Callable[[], None],
        *,
        application_modal: bool = False,
    ) -> None:
        self.login_dialog = dialog

        def finished(result: int) -> None:
            if self.login_dialog is not dialog:  # the database was closed meanwhile
                return
            self.login_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted and dialog.signed_in is not None:
                self.settings.last_username = dialog.signed_in.username
                on_signed_in()
            else:
                on_cancelled()

        dialog.finished.connect(finished)
        if application_modal:
            # Above any dialog left open under the cover, which must not take input meanwhile.
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.show()
        else:
            dialog.open()

    def _show_user(self, user: SignedIn | None) -> None:
        """Who is signed in, on the right of the status bar."""
        if user is None:
            self.user_label.clear()
            self.user_label.setToolTip("")
        else:
            self.user_label.setText(
                self.tr("Pengguna: {0} — {1}").format(user.username, role_label(user.role))
            )
            self.user_label.setToolTip(user.full_name)

    def _signed_in_changed(self) -> None:
        """Status bar, title, actions and the idle lock after someone signed in or out."""
        user = self.db.user if self.db is not None else None
        self._show_user(user)
        if self.db is None:
            self.setWindowTitle("ASN Desktop")
        elif self._demo_title and user is not None:
            self.setWindowTitle(
                "ASN Desktop — " + self.tr("DEMO — masuk sebagai {0}").format(user.username)
            )
        else:
            name = self.db.path.name if self.db.path is not None else self.db.where
            self.setWindowTitle(f"ASN Desktop — {name}")
        self._set_database_actions(self.db is not None)
        if self._appraisal_windows():
            # Loaded already, since one of its windows is open.
            from asn_desktop.ui.appraisal_page import refresh_appraisal_permissions
            from asn_desktop.ui.competency_window import refresh_competency_permissions

            refresh_appraisal_permissions(self)
            refresh_competency_permissions(self)
        if user is not None and self.login_dialog is None:
            self.idle.arm()
        else:
            self.idle.disarm()

    def _suspend(self, cover_text: str) -> None:
        """Nobody is signed in until the login dialog says so: the data is covered."""
        if self.db is not None:
            self.db.sign_out()
        targets: list[QWidget] = [self.register]
        for widget in QApplication.topLevelWidgets():
            if (
                widget is not self
                and widget.isVisible()
                and widget.windowType() in (Qt.WindowType.Dialog, Qt.WindowType.Window)
            ):
                targets.append(widget)  # an employee dialog left open, say
        self._covers += [LockCover(target, cover_text) for target in targets]
        self._signed_in_changed()

    def _remove_covers(self) -> None:
        covers, self._covers = self._covers, []
        for cover in covers:
            cover.remove()

    def _resume(self) -> None:
        self._remove_covers()
        self._signed_in_changed()
        if self.db is not None and self.db.user is not None:
            self.statusBar().showMessage(
                self.tr("Masuk sebagai {0}.").format(self.db.user.username), 5000
            )

    def _closed_for_want_of_a_user(self) -> None:
        # Dialogs left open under the cover go first: they hold this database.
        for cover in self._covers:
            target = cover.target
            if target is not self.register and isinstance(target, QDialog):
                target.reject()
        self._close_database()
        self.statusBar().showMessage(
            self.tr("Basis data ditutup karena tidak ada yang masuk."), 15000
        )

    def switch_user(self) -> None:
        """Sign out; the register stays only if someone signs in again."""
        db = self.db
        if db is None or self.login_dialog is not None:
            return
        self._suspend(self.tr("Ganti pengguna: masuk dahulu untuk melihat data."))
        dialog = LoginDialog(
            db,
            self.runner,
            self,
            note=self.tr("Masuk sebagai pengguna lain. Batal menutup basis data."),
        )
        self._show_account_dialog(dialog, self._resume, self._closed_for_want_of_a_user)

    def lock(self, note: str = "") -> None:
        """Cover the data until the same person signs in again."""
        db = self.db
        if db is None or db.user is None or self.login_dialog is not None:
            return
        username = db.user.username
        self._suspend(self.tr("ASN Desktop terkunci."))
        dialog = LoginDialog(
            db,
            self.runner,
            self,
            username=username,
            locked=True,
            note=note
            or self.tr("ASN Desktop dikunci. Masukkan kata sandi {0} untuk melanjutkan.").format(
                username
            ),
            cancel_text=self.tr("Tutup basis data"),
        )
        self._show_account_dialog(
            dialog, self._resume, self._closed_for_want_of_a_user, application_modal=True
        )

    def _idle_timeout(self) -> None:
        if self.db is None or self.db.user is None:
            return
        minutes = self.settings.idle_lock_minutes
        self.lock(
            self.tr(
                "Dikunci setelah {0} menit tanpa aktivitas. Masukkan kata sandi {1} untuk "
                "melanjutkan."
            ).format(minutes, self.db.user.username)
        )

    def set_idle_lock_minutes(self, minutes: int) -> None:
        self.settings.idle_lock_minutes = minutes
        self.idle.set_interval_ms(minutes * 60_000)
        for action in self.idle_group.actions():
            action.setChecked(action.data() == minutes)

    def set_idle_interval_ms(self, interval_ms: int) -> None:
        """The idle lock's interval in milliseconds, not saved (tests use a short one)."""
        self.idle.set_interval_ms(interval_ms)

    def change_password(self) -> None:
        db = self.db
        if db is None or db.user is None or self.login_dialog is not None:
            return
        dialog = ChangePasswordDialog(db, self.runner, db.user.username, self)
        self.password_dialog = dialog

        def finished(result: int) -> None:
            self.password_dialog = None
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.statusBar().showMessage(self.tr("Kata sandi diganti."), 10000)

        dialog.finished.connect(finished)
        dialog.open()

    def manage_users(self) -> None:
        if self.db is None or self.login_dialog is not None:
            return
        from asn_desktop.ui.users_dialog import UsersDialog

        dialog = UsersDialog(self.db, self.runner, self)
        self.users_dialog = dialog

        def finished(_result: int) -> None:
            self.users_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- a new database, the recent ones, a missing one ------------------------------------

    def new_database(self, path: str | Path | None = None) -> None:
        """Berkas -> Basis data baru: the dialog (window-modal); the database it makes is
        opened here, signed in as its first administrator."""
        from asn_desktop.ui.new_database_dialog import open_new_database_dialog

        if self.new_database_dialog is not None:
            self.new_database_dialog.raise_()
            return
        if self.db is not None and self.db.path is not None:
            start = self.db.path.parent
        else:
            start = paths.data_dir()

        def finished(dialog: NewDatabaseDialog, _result: int) -> None:
            self.new_database_dialog = None
            if dialog.open_instead is not None:
                self.open_database(dialog.open_instead)
            elif dialog.created is not None:
                self._open_created(dialog.created)

        self.new_database_dialog = open_new_database_dialog(
            self.runner,
            self,
            path=Path(path) if path is not None else None,
            start_dir=start,
            on_finished=finished,
        )

    def _open_created(self, created: Created) -> None:
        db = created.db
        self._close_database()
        self._open_generation += 1  # an open still under way is not shown
        if db.user is not None:
            self.settings.last_username = db.user.username
        self._attach(
            _Opened(db, created.units, 0, has_users=True, remember_as=str(db.path or db.where))
        )

    def _remember_recent(self, path: Path | None) -> None:
        """A local file opened: first in Basis data terakhir (a server URL is not kept)."""
        if path is None or (self.demo_dir is not None and self.demo_dir in path.parents):
            return
        self.settings.remember_database(str(path))
        self._fill_recent_menu()

    def _fill_recent_menu(self) -> None:
        """Basis data terakhir: the files opened last, those no longer there disabled."""
        menu = self.recent_menu
        menu.clear()
        recent = self.settings.recent_databases
        for number, name in enumerate(recent, start=1):
            path = Path(name)
            exists = path.is_file()
            action = menu.addAction(f"&{number} {path.name}  —  {path.parent}")
            action.setData(name)
            action.setEnabled(exists)
            action.setToolTip(name if exists else self.tr("{0} tidak ada lagi.").format(name))
            action.triggered.connect(lambda _checked=False, n=name: self.open_database(n))
        if not recent:
            empty = menu.addAction(self.tr("(belum ada)"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("&Kosongkan daftar"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.recent_databases = []
        self._fill_recent_menu()

    def _offer_missing(self, target: str | Path) -> bool:
        """A database file that is not there (--db, or the last one, moved or deleted):
        say so and offer to make a new one at that place, or to open another. False when
        `target` is not a local file that is missing (the caller shows the error)."""
        text = str(target)
        if "://" in text:
            return False
        path = Path(text).expanduser().absolute()
        if path.exists():
            return False
        dialog = ErrorDialog(
            self.tr("Berkas basis data tidak ditemukan: {0}").format(path)
            + "\n\n"
            + self.tr(
                "Mungkin berkasnya dipindahkan, diganti namanya, atau berada di drive yang "
                "tidak terpasang. Buat basis data baru di tempat ini, atau buka yang lain."
            ),
            "",
            self,
        )
        dialog.setWindowTitle(self.tr("Basis data tidak ditemukan"))
        dialog.add_choice("create", self.tr("Buat basis data baru di sini…"), default=True)
        dialog.add_choice("open", self.tr("Buka yang lain…"))
        dialog.exec()
        chosen = dialog.chosen
        dialog.deleteLater()
        if chosen == "create":
            self.new_database(path)
        elif chosen == "open":
            self.choose_database()
        return True

    def choose_database(self) -> None:
        start = str(self.db.path.parent) if self.db and self.db.path else str(paths.data_dir())
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Buka basis data"),
            start,
            self.tr("Basis data ASN Desktop (*.sqlite *.db);;Semua berkas (*)"),
        )
        if name:
            self.open_database(name)

    # -- employees ------------------------------------------------------------------------

    def _update_count(self, shown: int) -> None:
        self._shown = shown
        # The locale's own digit grouping: 20.000 in Indonesian, 20,000 in English. The
        # total is of active staff (those who left are not counted).
        shown_text, total_text = QLocale().toString(shown), QLocale().toString(self.total)
        keadaan = self.register.keadaan()
        if keadaan == "nonaktif":
            text = self.tr("{0} pegawai nonaktif; {1} pegawai aktif").format(shown_text, total_text)
        elif keadaan == "semua":
            text = self.tr("{0} pegawai aktif dan nonaktif; {1} pegawai aktif").format(
                shown_text, total_text
            )
        else:
            text = self.tr("{0} dari {1} pegawai").format(shown_text, total_text)
        self.count_label.setText(text)

    def _update_selection_actions(self) -> None:
        """Catat keluar for an active employee, Batalkan catatan keluar for one who left;
        both only where the role may edit (the tooltip of a refused one says why). Not in
        action_permissions: they follow the row chosen as well."""
        user = self.db.user if self.db is not None else None
        reason = denial_text(user, Permission.EDIT) if user is not None else None
        allowed = user is not None and reason is None
        row = self.register.table.currentIndex().row()
        item = self.register.model.item_at(row) if allowed and row >= 0 else None
        for action, fits in (
            (self.leaving_action, item is not None and not item.keluar),
            (self.cancel_leaving_action, item is not None and bool(item.keluar)),
        ):
            action.setEnabled(allowed and fits)
            action.setToolTip(reason or "")
            action.setStatusTip(reason or "")

    def _focus_search(self) -> None:
        self.register.search.setFocus()
        self.register.search.selectAll()

    def _edit_current(self) -> None:
        employee_id = self.register.current_id()
        if employee_id is not None:
            self.edit_employee(employee_id)

    def new_employee(self) -> None:
        self._open_dialog(None)

    def edit_employee(self, employee_id: int) -> None:
        self._open_dialog(employee_id)

    def _open_dialog(self, employee_id: int | None) -> None:
        if self.db is None:
            return
        from asn_desktop.ui.employee_dialog import EmployeeDialog

        try:
            dialog = EmployeeDialog(self.db, self.runner, self.units, employee_id, self)
        except (ServiceError, DatabaseError) as exc:  # e.g. deleted from another window
            show_error(self, str(exc))
            self.register.refresh()
            return
        # What it saves reaches the register and the count as Changes (_apply_changes).
        dialog.exec()
        dialog.deleteLater()

    def delete_current(self) -> None:
        employee_id = self.register.current_id()
        if employee_id is None or self.employees is None:
            return
        try:
            record = self.employees.get(employee_id)
        except (ServiceError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        from asn_desktop.ui import leaving_dialog

        # Deletion is for records made in error; the default button is Batal.
        reason = leaving_dialog.ask_reason(
            self,
            self.tr("Hapus pegawai"),
            self.tr(
                "Hapus {0} ({1}) dari daftar pegawai?\n\nHapus hanya data yang salah dibuat. "
                "Pegawai yang pensiun, mutasi keluar, meninggal atau berhenti dicatat dengan "
                "Pegawai → Catat keluar dari instansi, dan datanya tetap tersimpan."
            ).format(record.draft.nama, record.draft.nip),
            self.tr("Hapus"),
        )
        if reason is None:
            return
        employees, revision, nama = self.employees, record.revision, record.draft.nama

        def work() -> tuple[None, Changes]:
            employees.delete(employee_id, expected_revision=revision, reason=reason)
            return None, Changes(removed={employee_id})

        def deleted(_result: None, _changes: Changes) -> None:
            self.statusBar().showMessage(
                self.tr("{0} dihapus dari daftar pegawai.").format(nama), 10000
            )

        Operation(
            self.runner,
            self,
            work,
            on_success=deleted,
            actions=[self.delete_action],
            saving_text=self.tr("Menghapus…"),
        ).run()

    def record_leaving_current(self) -> None:
        """The leaving dialog for the employee chosen (pensiun, mutasi keluar, ...)."""
        employee_id = self.register.current_id()
        if employee_id is None or self.employees is None or self.leaving_dialog is not None:
            return
        try:
            record = self.employees.get(employee_id)
        except (ServiceError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        from asn_desktop.ui.leaving_dialog import LeavingDialog

        nama = record.draft.nama
        dialog = LeavingDialog(
            self.runner, self.employees, employee_id, record.revision, nama, self
        )
        self.leaving_dialog = dialog

        def saved(_revision: int) -> None:
            self.statusBar().showMessage(
                self.tr("{0} dicatat keluar; ada di daftar Pegawai nonaktif.").format(nama),
                10000,
            )

        def finished(_result: int) -> None:
            self.leaving_dialog = None
            dialog.deleteLater()

        dialog.saved.connect(saved)
        dialog.finished.connect(finished)
        dialog.open()

    def cancel_leaving_current(self) -> None:
        """Undo a leaving recorded in error (asks why; the reason goes to the audit)."""
        employee_id = self.register.current_id()
        if employee_id is None or self.employees is None:
            return
        try:
            record = self.employees.get(employee_id)
        except (ServiceError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        if not record.keluar:
            self.statusBar().showMessage(
                self.tr("{0} tidak tercatat keluar.").format(record.draft.nama), 10000
            )
            return
        from asn_desktop.ui import leaving_dialog
        from asn_desktop.ui.employee_table_model import keluar_title

        nama = record.draft.nama
        reason = leaving_dialog.ask_reason(
            self,
            self.tr("Batalkan catatan keluar"),
            self.tr(
                "Batalkan catatan keluar {0} ({1}, {2})? {0} kembali menjadi pegawai aktif."
            ).format(
                nama,
                keluar_title(record.keluar),
                record.keluar_tanggal.strftime("%d-%m-%Y") if record.keluar_tanggal else "",
            ),
            self.tr("Batalkan catatan keluar"),
        )
        if reason is None:
            return
        employees, revision = self.employees, record.revision

        def work() -> tuple[int, Changes]:
            new = employees.cancel_leaving(employee_id, expected_revision=revision, reason=reason)
            return new, Changes(employees={employee_id})

        def done(_revision: int, _changes: Changes) -> None:
            self.statusBar().showMessage(
                self.tr("Catatan keluar {0} dibatalkan; kembali aktif.").format(nama), 10000
            )

        Operation(
            self.runner,
            self,
            work,
            on_success=done,
            actions=[self.cancel_leaving_action],
            saving_text=self.tr("Menyimpan…"),
        ).run()

    def _recount(self, db: Database) -> None:
        """Active staff, read again: leaving, its cancellation and deleting a leaver change
        it in ways the Changes do not tell."""
        employees = self.employees
        if employees is None:
            return

        def show(total: int) -> None:
            if self.db is db:
                self.total = total
                self._update_count(self._shown)

        self.runner.run(employees.count, show, lambda _exc, _trace: None)

    def _apply_changes(self, changes: Changes) -> None:
        """The count and the unit tree after an operation changed them; the register
        refreshes its rows itself (EmployeeRegister.apply_changes)."""
        db = self.db
        if db is None:  # closed meanwhile: nothing of it is shown any more
            return
        self.total += len(changes.added) - len(changes.removed)
        if changes.employees or changes.removed:
            self._recount(db)
        if changes.units:
            from asn_desktop.services.org_units import OrgUnitService

            def show(units: list[UnitNode]) -> None:
                if self.db is db:
                    self.units = units
                    self.register.set_units(units)

            self.runner.run(OrgUnitService(db).tree, show)

    # -- the agency ---------------------------------------------------------------------------

    def edit_agency(self) -> None:
        if self.db is None:
            return
        from asn_desktop.ui.agency_dialog import AgencyDialog

        dialog = AgencyDialog(self.db, self.runner, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_units(self) -> None:
        if self.db is None:
            return
        from asn_desktop.services.org_units import OrgUnitService
        from asn_desktop.ui.unit_dialog import UnitDialog

        # What it changes reaches the unit filter and the register as Changes.
        dialog = UnitDialog(OrgUnitService(self.db), self.runner, self)
        dialog.exec()
        dialog.deleteLater()

    # -- backups ----------------------------------------------------------------------------

    def backup_now(self) -> None:
        db = self.db
        if db is None:
            return
        from asn_desktop.db.backup import BackupFile  # loaded with the open database

        def done(backup: BackupFile, _changes: Changes) -> None:
            self._show_file_notice(self.tr("Cadangan dibuat"), backup.path)

        Operation(
            self.runner,
            self,
            lambda: (db.backup("manual"), Changes()),
            on_success=done,
            actions=[self.backup_action],
            saving_text=self.tr("Membuat cadangan…"),
        ).run()

    def restore_backup(self) -> None:
        """Administrators: choose a backup in the restore dialog; then close the database,
        restore in the worker (a pre-restore backup is made first), record the restore in
        the restored database's audit trail, and reopen (and sign in) as usual."""
        db = self.db
        if db is None or db.path is None or db.backups is None:
            return
        refusal = denial_text(db.user, Permission.RESTORE)
        if refusal is not None or db.user is None:
            show_error(self, refusal or "")
            return
        from asn_desktop.ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(db, self.runner, self)
        dialog.exec()
        dialog.deleteLater()
        chosen = dialog.chosen
        if chosen is None or self.db is not db or db.user is None:
            return  # cancelled, or the database was closed or locked meanwhile
        database, backup_dir, username = db.path, db.backups.folder, db.user.username
        self._close_database()

        def work() -> tuple[Path, str]:
            from asn_desktop.services.backups import note_restore
            from asn_desktop.services.database import restore_database

            safety = restore_database(database, chosen.path, backup_dir=backup_dir)
            problem = note_restore(
                database, username, chosen, safety=safety.path, backup_dir=backup_dir
            )
            return safety.path, problem

        def done(result: tuple[Path, str]) -> None:
            safety, problem = result
            message = self.tr("Cadangan {0} dipulihkan; keadaan sebelumnya di {1}.").format(
                chosen.name, safety.name
            )
            if problem:
                log.warning("restore of %s not in the audit trail: %s", chosen.path, problem)
                message += " " + self.tr("Catatan audit tidak dibuat: {0}").format(problem)
            self.statusBar().showMessage(message, 30000)
            self.open_database(database)

        def failed(exc: BaseException, trace: str) -> None:
            show_error(self, str(exc), trace)
            self.open_database(database)

        self.runner.run(work, done, failed)

    def show_audit_trail(self) -> None:
        from asn_desktop.ui.audit_page import open_audit_page

        open_audit_page(self.db, self.runner, self)

    def show_appraisals(self) -> None:
        from asn_desktop.ui.appraisal_page import open_appraisal_page

        open_appraisal_page(self.db, self.runner, self)

    def show_competency(self, tab: str) -> None:
        from asn_desktop.ui.competency_window import open_competency_window

        open_competency_window(self.db, self.runner, self, tab)

    def verify_document(self) -> None:
        from asn_desktop.ui.appraisal_page import open_verify_dialog

        open_verify_dialog(self.db, self.runner, self)

    def _appraisal_windows(self) -> list[QWidget]:
        """The appraisal page, the verify dialog and the competency window open beside this
        window, found by name:
        closing a database must not import them (and the services) on the GUI thread."""
        found: list[QWidget] = []
        for kind, name in (
            (QMainWindow, "appraisalPage"),
            (QDialog, "verifyDialog"),
            (QMainWindow, "competencyWindow"),
        ):
            found += self.findChildren(kind, name, Qt.FindChildOption.FindDirectChildrenOnly)
        return found

    def check_database(self) -> None:
        db = self.db
        if db is None:
            return
        from asn_desktop.db.schema import CheckReport  # loaded with the open database

        def done(report: CheckReport) -> None:
            problems = report.problems
            if problems:
                show_error(
                    self,
                    self.tr("Basis data bermasalah ({0} temuan). Pulihkan dari cadangan.").format(
                        len(problems)
                    ),
                    "\n".join(problems),
                )
            else:
                QMessageBox.information(self, "ASN Desktop", self.tr("Basis data sehat."))

        self.runner.run(db.check, done, lambda exc, trace: show_error(self, str(exc), trace))

    # -- misc -------------------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.settings.language = code
        # Said in the language chosen, which is the one the user is looking for.
        QMessageBox.information(
            self,
            "ASN Desktop",
            "Bahasa akan berganti saat aplikasi dibuka kembali."
            if code == "id"
            else "The language changes the next time the application starts.",
        )

    def open_log_folder(self) -> None:
        """The log folder's path to copy, and a try at opening it: where no file manager
        exists, opening does nothing (or says it cannot), and the path is what is left."""
        from asn_desktop.ui.folder_dialog import show_folder

        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        self.folder_dialog = show_folder(
            self,
            folder,
            title=self.tr("Folder log"),
            note=self.tr(
                "Catatan kerja ASN Desktop (log) ada di folder ini. Kirim berkasnya ke "
                "pengelola bila diminta."
            ),
        )

    def _show_file_notice(self, what: str, path: Path) -> None:
        """A file just made, in the status bar until closed or replaced: its name, its
        folder (elided in the middle, the full path in the tooltip) and "Buka folder"."""
        from asn_desktop.ui.folder_dialog import FileNotice

        bar = self.statusBar()
        for old in bar.findChildren(FileNotice):
            bar.removeWidget(old)
            old.deleteLater()
        bar.clearMessage()
        self.file_notice = FileNotice(what, path, self, folder_title=self.tr("Folder cadangan"))
        bar.addWidget(self.file_notice)
        self.file_notice.show()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Tentang ASN Desktop"),
            self.tr(
                "<b>ASN Desktop {0}</b><br>Pengelolaan data kompetensi ASN perangkat daerah "
                "Pemerintah Kota Bandung.<br><br>Katalog referensi SIASN dari "
                "black-coffee04/ws-siasn-php (MIT)."
            ).format(__version__),
        )

    def _background_failed(self, exc: BaseException, trace: str) -> None:
        if isinstance(exc, (DatabaseError, ServiceError)):
            show_error(self, str(exc), trace)
        else:
            log.error("unexpected failure in background job:\n%s", trace)
            show_error(
                self,
                self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc),
                trace,
            )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.main_geometry = self.saveGeometry()
        self.settings.main_state = self.saveState()
        self.settings.employee_header = self.register.table.horizontalHeader().saveState()
        self.settings.sync()
        self._close_database()
        event.accept()
        app = QApplication.instance()
        if app is not None:
            log.info("main window closed")
