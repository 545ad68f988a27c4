"""Main window: menus, the register, the status bar, and the open database's lifecycle."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from asn_desktop import __version__, paths
from asn_desktop.db.errors import DatabaseError, NetworkShareRefused
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.settings import AppSettings
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.org_units import UnitNode

# SQLAlchemy and the services are imported by the worker when the first database opens, so
# the window is on screen before they load (they take about a quarter of a second).

log = logging.getLogger(__name__)


@dataclass
class _Opened:
    db: Database
    units: list[UnitNode]
    total: int
    backup_problem: str = ""


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


class MainWindow(QMainWindow):
    databaseOpened = Signal(str)

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.runner = TaskRunner(self)
        self.runner.failed_without_handler.connect(self._background_failed)
        self.db: Database | None = None
        self.employees: EmployeeService | None = None
        self.units: list[UnitNode] = []
        self.total = 0
        self.demo_dir: Path | None = None
        self._open_generation = 0

        self.setWindowTitle("ASN Desktop")
        self.register = EmployeeRegister(self.runner, self)
        self.register.openRequested.connect(self.edit_employee)
        self.register.countChanged.connect(self._update_count)
        # Queued: a page read can fail inside a repaint, where no dialog may open.
        self.register.queryFailed.connect(
            self._background_failed, Qt.ConnectionType.QueuedConnection
        )
        self.setCentralWidget(self.register)

        self.count_label = QLabel()
        self.db_label = QLabel()
        self.statusBar().addWidget(self.count_label)
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
            self.register.table.horizontalHeader().restoreState(header_state)

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
        self.backup_action = self._action(
            self.tr("&Cadangkan sekarang"), self.backup_now, "Ctrl+Shift+B"
        )
        self.restore_action = self._action(self.tr("&Pulihkan dari cadangan…"), self.restore_backup)
        self.check_action = self._action(self.tr("P&eriksa basis data"), self.check_database)
        berkas.addAction(self.open_action)
        berkas.addSeparator()
        berkas.addAction(self.backup_action)
        berkas.addAction(self.restore_action)
        berkas.addAction(self.check_action)
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
        for action in (self.new_action, self.edit_action, self.delete_action):
            pegawai.addAction(action)
        pegawai.addSeparator()
        pegawai.addAction(self.find_action)
        pegawai.addAction(self.refresh_action)

        instansi = bar.addMenu(self.tr("&Instansi"))
        self.agency_action = self._action(self.tr("&Identitas instansi…"), self.edit_agency)
        self.units_action = self._action(self.tr("&Unit kerja…"), self.edit_units)
        instansi.addAction(self.agency_action)
        instansi.addAction(self.units_action)

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

    def _set_database_actions(self, enabled: bool) -> None:
        for action in (
            self.backup_action,
            self.restore_action,
            self.check_action,
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.refresh_action,
            self.agency_action,
            self.units_action,
        ):
            action.setEnabled(enabled)
        if self.db is not None and self.db.path is None:
            self.backup_action.setEnabled(False)
            self.restore_action.setEnabled(False)

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
        """Open (and if needed create, upgrade, fill with demo data) in the worker."""
        self._close_database()
        self._open_generation += 1
        generation = self._open_generation
        progress = QProgressDialog(self.tr("Membuka basis data…"), self.tr("Batal"), 0, 0, self)
        progress.setWindowTitle("ASN Desktop")
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)

        def work(control: JobControl) -> _Opened:
            from asn_desktop.services.database import Database
            from asn_desktop.services.employees import EmployeeService
            from asn_desktop.services.org_units import OrgUnitService

            db = Database.open(
                target,
                create=create,
                allow_network_share=allow_network_share,
                progress=lambda message: control.progress(0, 0, message),
            )
            backup_problem = ""
            try:
                if demo_employees:
                    from asn_desktop.services.demo import DemoCancelled, generate_demo

                    try:
                        generate_demo(
                            db.engine,
                            employees=demo_employees,
                            progress=lambda done, total: control.progress(
                                done, total, DEMO_PROGRESS
                            ),
                            cancelled=control.cancelled,
                        )
                    except DemoCancelled as exc:
                        raise Cancelled() from exc
                elif db.path is not None:
                    # A backup that cannot be made must not keep the clerk from working.
                    try:
                        db.daily_backup_if_due()
                    except DatabaseError as exc:
                        backup_problem = str(exc)
                return _Opened(
                    db, OrgUnitService(db).tree(), EmployeeService(db).count(), backup_problem
                )
            except BaseException:
                db.close()
                raise

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
            self._attach(opened)
            if remember and not demo_employees:
                self.settings.last_database = str(target)

        def on_error(exc: BaseException, trace: str) -> None:
            progress.close()
            progress.deleteLater()
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
            if isinstance(exc, (DatabaseError, ServiceError, ValueError)):
                show_error(self, str(exc), trace)
            else:
                self._background_failed(exc, trace)

        control = self.runner.run_controlled(work, on_done, on_error, on_progress)
        # Not the bound method control.cancel: PySide holds that weakly and disconnects when
        # `control` dies, which is in the worker (it owns the job) -- a disconnect there
        # deadlocks with the GUI thread emitting canceled from progress.close(). The lambda
        # keeps `control` alive as long as the dialog, so it dies on the GUI thread.
        progress.canceled.connect(lambda: control.cancel())

    def _attach(self, opened: _Opened) -> None:
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
        self.setWindowTitle(f"ASN Desktop — {opened.db.path.name if opened.db.path else where}")
        self.register.attach(self.employees, self.units)
        self._set_database_actions(True)
        report = opened.db.report
        if report.created and opened.total == 0 and not opened.units:
            self.statusBar().showMessage(
                self.tr(
                    "Basis data baru. Isi identitas instansi dan unit kerja (menu Instansi), "
                    "lalu tambahkan pegawai (Ctrl+N)."
                )
            )
        if opened.backup_problem:
            self.statusBar().showMessage(
                self.tr("Cadangan harian gagal dibuat: {0}").format(opened.backup_problem)
            )
        if report.migrated_from:
            self.statusBar().showMessage(
                self.tr("Skema diperbarui dari {0}; cadangan: {1}").format(
                    report.migrated_from, report.backup
                ),
                15000,
            )
        self.databaseOpened.emit(where)

    def _close_database(self) -> None:
        self.register.attach(None, [])
        self._set_database_actions(False)
        if self.db is not None:
            self.runner.wait(-1)  # the worker may be using this database; let it finish
            self.db.close()
        self.db = None
        self.employees = None

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
        self.count_label.setText(
            # The locale's own digit grouping: 20.000 in Indonesian, 20,000 in English.
            self.tr("{0} dari {1} pegawai").format(
                QLocale().toString(shown), QLocale().toString(self.total)
            )
        )

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
        dialog.exec()
        dialog.deleteLater()
        if dialog.saved_id is not None:
            if employee_id is None:
                self.total += 1
            self.register.model.refresh_employee(dialog.saved_id)
            self.register.refresh(keep_id=dialog.saved_id)

    def delete_current(self) -> None:
        employee_id = self.register.current_id()
        if employee_id is None or self.employees is None:
            return
        try:
            record = self.employees.get(employee_id)
        except (ServiceError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus pegawai"),
            self.tr("Hapus {0} ({1}) dari daftar pegawai?").format(
                record.draft.nama, record.draft.nip
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.employees.delete(employee_id, expected_revision=record.revision)
        except (ServiceError, DatabaseError) as exc:
            show_error(self, str(exc))
            return
        self.total -= 1
        self.register.refresh()

    # -- the agency ---------------------------------------------------------------------------

    def edit_agency(self) -> None:
        if self.db is None:
            return
        from asn_desktop.ui.agency_dialog import AgencyDialog

        dialog = AgencyDialog(self.db, self)
        dialog.exec()
        dialog.deleteLater()

    def edit_units(self) -> None:
        if self.db is None:
            return
        from asn_desktop.services.org_units import OrgUnitService
        from asn_desktop.ui.unit_dialog import UnitDialog

        service = OrgUnitService(self.db)
        dialog = UnitDialog(service, self)
        dialog.exec()
        if dialog.changed:
            self.units = service.tree()
            self.register.set_units(self.units)
            self.register.refresh()
        dialog.deleteLater()

    # -- backups ----------------------------------------------------------------------------

    def backup_now(self) -> None:
        db = self.db
        if db is None:
            return
        self.statusBar().showMessage(self.tr("Membuat cadangan…"))
        self.runner.run(
            lambda: db.backup("manual"),
            lambda backup: self.statusBar().showMessage(
                self.tr("Cadangan dibuat: {0}").format(backup.path), 15000
            ),
            lambda exc, trace: show_error(self, str(exc), trace),
        )

    def restore_backup(self) -> None:
        if self.db is None or self.db.path is None or self.db.backups is None:
            return
        database = self.db.path
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Pilih cadangan yang akan dipulihkan"),
            str(self.db.backups.folder),
            self.tr("Cadangan ASN Desktop (*.sqlite);;Semua berkas (*)"),
        )
        if not name:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Pulihkan cadangan"),
            self.tr(
                "Isi basis data sekarang akan diganti dengan isi cadangan {0}. Salinan "
                "keadaan sekarang dibuat dulu. Lanjutkan?"
            ).format(Path(name).name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        backup_dir = self.db.backups.folder
        self._close_database()

        def done(safety: object) -> None:
            self.statusBar().showMessage(self.tr("Cadangan dipulihkan."), 15000)
            self.open_database(database)

        def failed(exc: BaseException, trace: str) -> None:
            show_error(self, str(exc), trace)
            self.open_database(database)

        from asn_desktop.services.database import restore_database

        self.runner.run(
            lambda: restore_database(database, Path(name), backup_dir=backup_dir), done, failed
        )

    def check_database(self) -> None:
        db = self.db
        if db is None:
            return

        def done(problems: list[str]) -> None:
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
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

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
