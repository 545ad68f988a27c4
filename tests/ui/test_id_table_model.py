"""GuardedFetcher.of holds its page weakly, so a page with no parent is freed by reference
counting, on the GUI thread, as soon as it is dropped: no reference cycle is left for the
collector to free later on whichever thread allocates then, often a TaskRunner's worker
(see the note above tasks._Relay)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Callable, Iterator, Sequence
from datetime import date

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.trainings import TrainingService
from asn_desktop.ui.appraisal_page import AppraisalPage
from asn_desktop.ui.audit_page import AuditPage
from asn_desktop.ui.competency_page import CompetencyPage
from asn_desktop.ui.compliance_page import CompliancePage
from asn_desktop.ui.employee_register import EmployeeRegister
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.participant_picker import ParticipantPicker
from asn_desktop.ui.plan_page import PlanPage
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.training_page import TrainingPage

from .training_data import recent_workshop


class ReadError(Exception):
    pass


class Owner:
    """A page's part in a fetcher: its rows, and the errors it was told of."""

    def __init__(self) -> None:
        self.rows: dict[int, str] = {1: "satu", 2: "dua"}
        self.failing = False
        self.reported: list[BaseException] = []

    def read(self, ids: Sequence[int]) -> dict[int, str]:
        if self.failing:
            raise ReadError("locked")
        return {i: self.rows[i] for i in ids if i in self.rows}


def fetcher_of(owner: Owner) -> GuardedFetcher[str]:
    return GuardedFetcher.of(
        owner,
        lambda o, ids: o.read(ids),
        lambda o, exc: o.reported.append(exc),
        (ReadError,),
    )


@pytest.fixture
def no_collection() -> Iterator[None]:
    """Only reference counting frees anything: a cycle stays until the test is over."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# -- the fetcher -----------------------------------------------------------------------------


def test_the_fetcher_reads_the_owners_rows() -> None:
    owner = Owner()
    fetch = fetcher_of(owner)
    assert fetch([2, 1, 3]) == {1: "satu", 2: "dua"}


def test_a_read_error_is_reported_once_per_query() -> None:
    owner = Owner()
    fetch = fetcher_of(owner)
    owner.failing = True
    assert fetch([1]) is None
    assert fetch([2]) is None
    assert [str(e) for e in owner.reported] == ["locked"]
    fetch.new_query()
    assert fetch([1]) is None
    assert len(owner.reported) == 2
    owner.failing = False
    assert fetch([1]) == {1: "satu"}


@pytest.mark.usefixtures("no_collection")
def test_the_fetcher_does_not_keep_its_owner_and_then_has_no_rows() -> None:
    owner = Owner()
    fetch = fetcher_of(owner)
    alive = weakref.ref(owner)
    del owner
    assert alive() is None  # freed by reference counting: the fetcher did not hold it
    assert fetch([1, 2]) is None
    fetch.new_query()
    assert fetch([1, 2]) is None  # and nothing to report to


def test_rows_or_report_that_hold_the_owner_are_refused() -> None:
    owner = Owner()
    with pytest.raises(ValueError, match="holds the fetcher's owner"):
        GuardedFetcher.of(owner, lambda _o, ids: owner.read(ids), lambda _o, _e: None, ())
    with pytest.raises(ValueError, match="holds the fetcher's owner"):
        GuardedFetcher.of(
            owner, lambda o, ids: o.read(ids), lambda _o, exc: owner.reported.append(exc), ()
        )
    with pytest.raises(ValueError, match="holds the fetcher's owner"):
        GuardedFetcher.of(owner, owner.read, lambda _o, _e: None, ())  # type: ignore[arg-type]


# -- the pages -------------------------------------------------------------------------------


def _compliance(db: Database, runner: TaskRunner) -> QWidget:
    return CompliancePage(db, runner, tahun=date.today().year - 1)


def _picker(db: Database, runner: TaskRunner) -> QWidget:
    return ParticipantPicker(db, runner, TrainingService(db).create(recent_workshop()))


def _register(db: Database, runner: TaskRunner) -> QWidget:
    register = EmployeeRegister(runner)
    register.attach(EmployeeService(db), OrgUnitService(db).tree())
    return register


PAGES: dict[str, Callable[[Database, TaskRunner], QWidget]] = {
    "register": _register,
    "compliance": _compliance,
    "competency": CompetencyPage,
    "appraisal": AppraisalPage,
    "training": TrainingPage,
    "participant_picker": _picker,
    "audit": AuditPage,
    "plan": PlanPage,
}


@pytest.mark.usefixtures("no_collection")
@pytest.mark.parametrize("kind", list(PAGES))
def test_a_dropped_page_is_freed_without_the_collector(
    kind: str, qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    page = PAGES[kind](db, runner)
    try:
        page.show()
        qtbot.waitUntil(lambda: not runner.busy(), timeout=15000)
        getattr(page, "shutdown", lambda: None)()  # not kept in a local: it holds the page
    finally:
        # What pytest-qt does with a test's widgets at its end (not through addWidget: it
        # would close the page again, after its C++ object is gone, if this test fails).
        page.close()
        page.deleteLater()
    # Every answer delivered: a pending callback holds its page until then.
    qtbot.waitUntil(lambda: not runner.busy(), timeout=15000)
    alive = weakref.ref(page)
    del page
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert alive() is None, f"{kind}: a reference cycle keeps the page for the collector"
