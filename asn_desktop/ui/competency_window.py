"""Pengembangan kompetensi: one window with a tab per area (activities, JP compliance,
budget, standards and assessments, the yearly plan, impact on public service).

Each tab is a page of its own module, built the first time it is shown, so opening the
window for the activities does not read the budget or import the plan's services. A page
is any QWidget with the methods of `CompetencyTab`; the window forwards to it what concerns
every page: a new sign-in (permissions) and what finished operations changed (through the
OperationHub, which each page may also read itself).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Protocol, cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QTabWidget, QVBoxLayout, QWidget

from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import Database
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.tasks import TaskRunner

__all__ = [
    "TABS",
    "CompetencyTab",
    "CompetencyWindow",
    "close_competency_windows",
    "competency_windows",
    "open_competency_window",
    "refresh_competency_permissions",
]

OBJECT_NAME = "competencyWindow"
CONTEXT = "CompetencyWindow"


class CompetencyTab(Protocol):
    """What the window asks of a page."""

    def apply_permissions(self) -> None:
        """The signed-in user changed: enable what their role allows."""

    def shutdown(self) -> None:
        """The window closes: stop timers, cancel jobs; late answers go to nobody."""


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: object  # a str marked with QT_TRANSLATE_NOOP(CONTEXT, ...)
    module: str
    factory: str  # a callable (db, runner, parent) -> QWidget page


TABS: tuple[TabSpec, ...] = (
    TabSpec(
        "kegiatan",
        QT_TRANSLATE_NOOP("CompetencyWindow", "&Kegiatan"),
        "asn_desktop.ui.training_page",
        "TrainingPage",
    ),
    TabSpec(
        "kepatuhan",
        QT_TRANSLATE_NOOP("CompetencyWindow", "Kepatuhan &JP"),
        "asn_desktop.ui.compliance_page",
        "CompliancePage",
    ),
    TabSpec(
        "anggaran",
        QT_TRANSLATE_NOOP("CompetencyWindow", "&Anggaran"),
        "asn_desktop.ui.budget_page",
        "BudgetPage",
    ),
    TabSpec(
        "standar",
        QT_TRANSLATE_NOOP("CompetencyWindow", "&Standar dan asesmen"),
        "asn_desktop.ui.competency_page",
        "CompetencyPage",
    ),
    TabSpec(
        "rencana",
        QT_TRANSLATE_NOOP("CompetencyWindow", "&Rencana (AKPK)"),
        "asn_desktop.ui.plan_page",
        "PlanPage",
    ),
    TabSpec(
        "dampak",
        QT_TRANSLATE_NOOP("CompetencyWindow", "&Dampak layanan (SKM)"),
        "asn_desktop.ui.impact_page",
        "ImpactPage",
    ),
)
_KEYS = tuple(spec.key for spec in TABS)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class CompetencyWindow(QMainWindow):
    """Open while its database is; the main window closes it with the database."""

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = runner
        self.closed = False
        self.pages: dict[str, QWidget] = {}
        self._holders: list[QVBoxLayout] = []
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Pengembangan kompetensi"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("competencyTabs")
        self.tabs.setDocumentMode(True)
        for spec in TABS:
            # An empty holder per tab: the page is built when the tab is first shown.
            holder = QWidget()
            holder.setObjectName(f"competencyTab_{spec.key}")
            layout = QVBoxLayout(holder)
            layout.setContentsMargins(0, 0, 0, 0)
            self._holders.append(layout)
            self.tabs.addTab(holder, _tr(spec.title))
        self.tabs.currentChanged.connect(self._ensure_page)
        self.setCentralWidget(self.tabs)
        self.resize(1240, 780)

    def show_tab(self, key: str) -> QWidget:
        """Select the tab ``key`` (one of TABS) and return its page."""
        index = _KEYS.index(key)
        page = self._ensure_page(index)
        self.tabs.setCurrentIndex(index)
        return page

    def page(self, key: str) -> QWidget | None:
        """The page of ``key`` if it has been built."""
        return self.pages.get(key)

    def _ensure_page(self, index: int) -> QWidget:
        spec = TABS[index]
        page = self.pages.get(spec.key)
        if page is not None:
            return page
        factory = getattr(importlib.import_module(spec.module), spec.factory)
        page = cast(QWidget, factory(self.db, self.runner, self))
        self.pages[spec.key] = page
        self._holders[index].addWidget(page)
        return page

    def apply_permissions(self) -> None:
        for page in self.pages.values():
            cast(CompetencyTab, page).apply_permissions()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed = True
        for page in self.pages.values():
            cast(CompetencyTab, page).shutdown()
        super().closeEvent(event)


def competency_windows(parent: QWidget) -> list[CompetencyWindow]:
    return parent.findChildren(
        CompetencyWindow, OBJECT_NAME, Qt.FindChildOption.FindDirectChildrenOnly
    )


def open_competency_window(
    db: Database | None, runner: TaskRunner, parent: QWidget, tab: str = "kegiatan"
) -> CompetencyWindow | None:
    """Pengembangan → any of its items: one window per main window, raised at ``tab``."""
    if db is None:
        return None
    refusal = denial_text(db.user, Permission.READ)
    if refusal is not None:
        show_error(parent, refusal)
        return None
    window: CompetencyWindow | None = None
    for existing in competency_windows(parent):
        if existing.db is db and not existing.closed:
            window = existing
            break
        existing.close()
        existing.deleteLater()  # a closed window, or one of an earlier database
    if window is None:
        window = CompetencyWindow(db, runner, parent)
    window.show_tab(tab)
    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    return window


def refresh_competency_permissions(parent: QWidget) -> None:
    """Someone else signed in: the open pages enable what their role allows."""
    for window in competency_windows(parent):
        if not window.closed:
            window.apply_permissions()


def close_competency_windows(parent: QWidget) -> None:
    for window in competency_windows(parent):
        window.close()
        window.deleteLater()
