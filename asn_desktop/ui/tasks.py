"""Database work off the GUI thread: one worker, results back through signals.

Like Anki's TaskManager: a single background thread runs the jobs one after another (SQLite
has one writer anyway, and ordering keeps "search, then page" sensible); each job's result
or exception is delivered to its callback on the GUI thread. Jobs never touch widgets.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException, str], None]


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel; delivered as a quiet failure."""


@dataclass
class JobControl:
    """Handed to long jobs: report progress, check for cancellation (thread-safe)."""

    _cancel: threading.Event = field(default_factory=threading.Event)
    _report: Callable[[int, int, str], None] | None = None

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self._report is not None:
            self._report(done, total, message)


class _Relay(QObject):
    finished = Signal(int, object, object, str)
    progressed = Signal(int, int, int, str)


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.ticket, self.fn, self.relay = ticket, fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the GUI thread, which shows or logs it
            self.relay.finished.emit(self.ticket, None, exc, traceback.format_exc())
        else:
            self.relay.finished.emit(self.ticket, result, None, "")


class TaskRunner(QObject):
    """Owns the worker thread. Create one per main window, on the GUI thread."""

    failed_without_handler = Signal(object, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self._relay.progressed.connect(self._deliver_progress)
        self._pending: dict[int, tuple[Done, Failed | None]] = {}
        self._progress: dict[int, Callable[[int, int, str], None]] = {}
        # A JobControl is released here, on the GUI thread, after its job was delivered:
        # never by the worker, where PySide would tear down its signal connections.
        self._controls: dict[int, JobControl] = {}
        self._next = 0

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None = None,
    ) -> int:
        return self._start(self._allocate(), fn, on_done, on_error)

    def _allocate(self) -> int:
        self._next += 1
        return self._next

    def _start(
        self, ticket: int, fn: Callable[[], Any], on_done: Done, on_error: Failed | None
    ) -> int:
        self._pending[ticket] = (on_done, on_error)
        self._pool.start(_Job(ticket, fn, self._relay))
        return ticket

    def run_controlled(
        self,
        fn: Callable[[JobControl], Any],
        on_done: Done,
        on_error: Failed | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> JobControl:
        """Run a long job that reports progress and can be cancelled."""
        control = JobControl()
        ticket = self._allocate()
        self._controls[ticket] = control
        if on_progress is not None:
            self._progress[ticket] = on_progress
            relay = self._relay
            control._report = lambda d, t, m: relay.progressed.emit(ticket, d, t, m)
        self._start(ticket, lambda: fn(control), on_done, on_error)
        return control

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = 30000) -> bool:
        """Block until the worker is idle (shutdown, tests); pending callbacks still queue."""
        return bool(self._pool.waitForDone(msecs))

    def _deliver(self, ticket: int, result: Any, error: BaseException | None, trace: str) -> None:
        on_done, on_error = self._pending.pop(ticket, (None, None))
        self._progress.pop(ticket, None)
        control = self._controls.pop(ticket, None)
        try:
            if error is None:
                if on_done is not None:
                    on_done(result)
            elif on_error is not None:
                on_error(error, trace)
            else:
                log.error("background job failed:\n%s", trace)
                self.failed_without_handler.emit(error, trace)
        finally:
            del control

    def _deliver_progress(self, ticket: int, done: int, total: int, message: str) -> None:
        callback = self._progress.get(ticket)
        if callback is not None:
            callback(done, total, message)
