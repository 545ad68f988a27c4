"""Starting the GUI: application object, logging, translations, crash dialog, first window."""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from asn_desktop import __version__, paths
from asn_desktop.logging_setup import setup_logging
from asn_desktop.ui.error_dialog import install_excepthook
from asn_desktop.ui.i18n import install_translators
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import APPLICATION, ORGANISATION, AppSettings

log = logging.getLogger(__name__)

# An agency of this size (a dinas has a few hundred to 1,500 staff) with four years of
# appraisals is generated in a few seconds; every employee gets SKPs and evaluations.
DEMO_EMPLOYEES = 600
DEMO_PREFIX = "asn-desktop-demo-"
STALE_DEMO_SECONDS = 24 * 3600


def remove_stale_demo_folders(now: float | None = None) -> list[Path]:
    """Demo folders left behind by a demo that was killed rather than closed."""
    moment = time.time() if now is None else now
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(f"{DEMO_PREFIX}*"):
        try:
            stale = moment - folder.stat().st_mtime > STALE_DEMO_SECONDS
        except OSError:
            continue
        if stale and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def build_main_window(*, db: str | None, demo: bool, allow_network_share: bool) -> MainWindow:
    """The window, already opening its database in the background."""
    settings = AppSettings()
    window = MainWindow(settings)
    if demo:
        # A throwaway folder: the demo must never touch the user's real database.
        remove_stale_demo_folders()
        demo_dir = Path(tempfile.mkdtemp(prefix=DEMO_PREFIX))
        window.demo_dir = demo_dir
        window.destroyed.connect(lambda *_: shutil.rmtree(demo_dir, ignore_errors=True))
        window.open_database(
            demo_dir / "demo.sqlite", create=True, demo_employees=DEMO_EMPLOYEES, remember=False
        )
    elif db:
        window.open_database(db, allow_network_share=allow_network_share)
    else:
        target = settings.last_database or str(paths.default_database())
        is_default = target == str(paths.default_database())
        window.open_database(target, create=is_default, allow_network_share=allow_network_share)
    return window


def run_gui(*, db: str | None, demo: bool, allow_network_share: bool) -> int:
    log_file = setup_logging()
    app = create_application()
    settings = AppSettings()
    translators = install_translators(app, settings.language)
    install_excepthook()
    log.info("ASN Desktop %s starting (log %s)", __version__, log_file)
    window = build_main_window(db=db, demo=demo, allow_network_share=allow_network_share)
    window.show()
    code = app.exec()
    demo_dir = window.demo_dir
    del window, translators
    if demo_dir is not None:
        shutil.rmtree(demo_dir, ignore_errors=True)
    return int(code)
