"""TaskRunner: jobs on one worker thread, results and errors back on the GUI thread."""

from __future__ import annotations

import gc
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asn_desktop.ui import tasks
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner


def _on_gui_thread() -> bool:
    app = QApplication.instance()
    assert app is not None
    return QThread.currentThread() is app.thread()


def test_a_result_arrives_on_the_gui_thread(qtbot: QtBot, runner: TaskRunner) -> None:
    ran_on_gui: list[bool] = []
    results: list[tuple[Any, bool]] = []

    def job() -> list[int]:
        ran_on_gui.append(_on_gui_thread())
        return [1, 2, 3]

    runner.run(job, lambda result: results.append((result, _on_gui_thread())))
    assert runner.busy()
    qtbot.waitUntil(lambda: bool(results))
    assert ran_on_gui == [False]
    assert results == [([1, 2, 3], True)]
    assert not runner.busy()


def test_jobs_run_one_after_another_in_order(qtbot: QtBot, runner: TaskRunner) -> None:
    threads: set[int] = set()
    done: list[int] = []
    for n in range(5):

        def job(n: int = n) -> int:
            threads.add(threading.get_ident())
            time.sleep(0.002)
            return n

        runner.run(job, done.append)
    qtbot.waitUntil(lambda: len(done) == 5)
    assert done == [0, 1, 2, 3, 4]
    assert len(threads) == 1 and threading.get_ident() not in threads


def test_an_exception_goes_to_on_error_with_its_traceback(qtbot: QtBot, runner: TaskRunner) -> None:
    errors: list[tuple[BaseException, str, bool]] = []
    successes: list[object] = []

    def broken() -> None:
        raise LookupError("pegawai hilang")

    runner.run(
        broken, successes.append, lambda exc, trace: errors.append((exc, trace, _on_gui_thread()))
    )
    qtbot.waitUntil(lambda: bool(errors))
    exc, trace, on_gui = errors[0]
    assert isinstance(exc, LookupError) and str(exc) == "pegawai hilang"
    assert trace.startswith("Traceback (most recent call last):")
    assert "in broken" in trace and "LookupError: pegawai hilang" in trace
    assert on_gui
    assert successes == []


def test_an_unhandled_exception_is_signalled(qtbot: QtBot, runner: TaskRunner) -> None:
    with qtbot.waitSignal(runner.failed_without_handler) as failed:
        runner.run(lambda: 1 / 0, lambda _result: None)
    exc, trace = failed.args
    assert isinstance(exc, ZeroDivisionError)
    assert "ZeroDivisionError" in trace


def test_run_controlled_reports_progress_and_honours_cancel(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    progress: list[tuple[int, int, str, bool]] = []
    errors: list[BaseException] = []
    done: list[object] = []
    steps: list[int] = []

    def long_job(control: JobControl) -> str:
        for step in range(10_000):
            if control.cancelled():
                raise Cancelled()
            steps.append(step)
            control.progress(step, 10_000, "Membuat data contoh")
            time.sleep(0.001)
        return "selesai"

    control: JobControl | None = None

    def on_progress(current: int, total: int, message: str) -> None:
        progress.append((current, total, message, _on_gui_thread()))
        if len(progress) == 3 and control is not None:
            control.cancel()  # the user presses Batal

    control = runner.run_controlled(
        long_job, done.append, lambda exc, _t: errors.append(exc), on_progress
    )
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], Cancelled)
    assert done == []
    assert control.cancelled()
    assert progress[:3] == [(n, 10_000, "Membuat data contoh", True) for n in range(3)]
    assert len(steps) < 10_000  # stopped early
    assert not runner.busy()


def test_run_controlled_without_cancel_returns_and_check_raises(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    done: list[object] = []
    runner.run_controlled(lambda control: control.check() or "ok", done.append)
    qtbot.waitUntil(lambda: bool(done))
    assert done == ["ok"]

    control = JobControl()
    control.progress(1, 2, "tanpa pelapor")  # no receiver: ignored
    control.cancel()
    try:
        control.check()
    except Cancelled:
        pass
    else:
        raise AssertionError("check() did not raise after cancel()")


def test_wait_blocks_until_the_worker_is_idle(runner: TaskRunner) -> None:
    finished = threading.Event()

    def slow() -> None:
        time.sleep(0.05)
        finished.set()

    runner.run(slow, lambda _r: None)
    assert runner.wait(5000)
    assert finished.is_set()


def _returns(control: JobControl) -> str:
    control.progress(1, 1, "selesai")
    return "ok"


def _returns_the_control(control: JobControl) -> dict[str, JobControl]:
    return {"control": control}  # the result itself reaches the control


def _raises(control: JobControl) -> None:
    control.check()
    raise LookupError("pegawai hilang")  # the traceback's frames hold `control`


def _raises_in_a_cycle(control: JobControl) -> None:
    try:
        raise LookupError("pegawai hilang")
    except LookupError as exc:
        kept = exc  # this frame holds its own exception: a cycle through `control`'s frame
        raise kept from ValueError("sebab")


@pytest.fixture
def no_cyclic_gc() -> Iterator[None]:
    """The control must die by reference counting; no collector pass may free it (on either
    thread) and hide a reference the worker kept."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("job", "outcome"),
    [
        (_returns, "str"),
        (_returns_the_control, "dict"),
        (_raises, "LookupError"),
        (_raises_in_a_cycle, "LookupError"),
    ],
    ids=["returns", "returns-the-control", "raises", "raises-in-a-cycle"],
)
def test_a_controlled_jobs_control_is_freed_on_the_gui_thread_not_the_worker(
    qtbot: QtBot,
    runner: TaskRunner,
    monkeypatch: pytest.MonkeyPatch,
    no_cyclic_gc: None,
    job: Callable[[JobControl], Any],
    outcome: str,
) -> None:
    """A JobControl dying on the worker tears down its PySide connections there (a deadlock
    against the GUI thread, see tasks.py). The worker is held inside the job after it has
    signalled, until the control is gone: the GUI thread certainly finishes with the job first,
    so any reference the worker still held (the job's closure, the result, the exception and
    its frames) would be the last one and the control would die on the worker."""
    freed_on_gui_thread: list[bool] = []
    gone = threading.Event()

    class TracedControl(tasks.JobControl):
        def __del__(self) -> None:
            freed_on_gui_thread.append(threading.current_thread() is threading.main_thread())
            gone.set()

    monkeypatch.setattr(tasks, "JobControl", TracedControl)
    lingered: list[tuple[bool, bool]] = []  # (control gone meanwhile, on the worker)

    def linger(*_args: object) -> None:
        lingered.append((gone.wait(2), not _on_gui_thread()))

    runner._relay.finished.connect(linger, Qt.ConnectionType.DirectConnection)
    outcomes: list[str] = []  # names only: keeping the result or the error would keep the control
    runner.run_controlled(
        job,
        lambda result: outcomes.append(type(result).__name__),
        lambda exc, _trace: outcomes.append(type(exc).__name__),
        lambda _done, _total, _message: None,
    )
    qtbot.waitUntil(lambda: bool(outcomes), timeout=5000)
    assert outcomes == [outcome]
    assert runner.wait(5000)
    assert lingered == [(True, True)], "the control outlived the GUI thread's references"
    assert freed_on_gui_thread == [True], "the JobControl died on the worker thread"
    assert not runner.busy()
    assert not runner._controls and not runner._relay.outbox
