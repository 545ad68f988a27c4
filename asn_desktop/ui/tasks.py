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


# Who lets go of what, and where: a JobControl must die on the GUI thread. Its death tears down
# the PySide connections made to its bound methods (main_window wires the progress dialog's
# Cancel to it), and a disconnect on the worker deadlocks against the GUI thread emitting that
# signal. The TaskRunner's `_controls` dict keeps the control alive until the job's outcome
# has been delivered, on the GUI thread; so the worker must be holding *nothing* that can reach
# the control by the time it signals -- otherwise the GUI thread may finish first and the
# worker's reference becomes the last one. Everything the worker holds can reach it:
#   - the job's closure (`lambda: fn(control)`), kept in _Job.fn, which lives until the pool
#     auto-deletes the QRunnable on the worker;
#   - the result, and the exception with its traceback, whose frames hold `control` (and our
#     own `run` frame, which holds the _Job);
#   - the arguments of the emit itself, alive on the worker's stack until emit() returns.
# (`control._report` is no way back: it holds only the relay and the ticket.)
# Hence the hand-over: `run` takes the closure out of the job, calls it, lets go of it, puts
# the outcome in the relay's outbox, lets go of that too, and only then emits the bare ticket.
# The GUI thread takes the outcome out of the outbox; from then on it holds the only
# references. Whatever the worker releases before signalling cannot be the last reference,
# since `_controls` still holds the control then. Reference cycles (say, an exception kept in
# a local of a frame in its own traceback) would leave the control to the cyclic collector,
# which runs on whichever thread allocates; so after delivery the traceback's frames are
# cleared on the GUI thread, and the control dies there by reference counting.


def _clear_frames(error: BaseException) -> None:
    """Drop the locals of the finished frames behind an exception and its causes/contexts."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        exc = pending.pop()
        if exc is None or id(exc) in seen:
            continue
        seen.add(id(exc))
        traceback.clear_frames(exc.__traceback__)
        pending += [exc.__cause__, exc.__context__]


class _Relay(QObject):
    """Carries a finished job's ticket, and its progress, to the GUI thread."""

    finished = Signal(int)
    progressed = Signal(int, int, int, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # ticket -> (result, exception, traceback text); filled by the worker before it emits
        # finished(ticket), emptied by the GUI thread (dict item access is atomic).
        self.outbox: dict[int, tuple[Any, BaseException | None, str]] = {}


class _Job(QRunnable):
    def __init__(self, ticket: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.ticket, self.relay = ticket, relay
        self.fn: Callable[[], Any] | None = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        fn, self.fn = self.fn, None  # the job (deleted on the worker) keeps nothing of it
        assert fn is not None
        result: Any = None
        error: BaseException | None = None
        trace = ""
        try:
            result = fn()
        except BaseException as exc:  # handed to the GUI thread, which shows or logs it
            trace = traceback.format_exc()
            # Start the traceback at the job's function: this frame (and the _Job) stay here.
            error = exc.with_traceback(exc.__traceback__.tb_next if exc.__traceback__ else None)
        del fn
        self.relay.outbox[self.ticket] = (result, error, trace)
        del result, error
        self.relay.finished.emit(self.ticket)


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
        # never by the worker, where PySide would tear down its signal connections. This only
        # works because the worker hands everything over before it signals (see _Job.run).
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

    def _deliver(self, ticket: int) -> None:
        result, error, trace = self._relay.outbox.pop(ticket)
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
            if error is not None:
                # Break cycles through the finished frames' locals (see the note above _Relay);
                # the traceback text has been made already, the frames stay for their lines.
                _clear_frames(error)
            # Last: the control dies here, or with the traceback, on the GUI thread.
            del result, error, control

    def _deliver_progress(self, ticket: int, done: int, total: int, message: str) -> None:
        callback = self._progress.get(ticket)
        if callback is not None:
            callback(done, total, message)
