"""GUI writes as operations in the worker, all of one shape (like Anki's CollectionOp).

    Operation(runner, dialog, work, on_success=..., on_failure=..., buttons=dialog.buttons).run()

- `work` runs in the worker (the TaskRunner's one thread) and returns (result, Changes). It
  must not touch widgets: read the form on the GUI thread first and close over plain values.
- Meanwhile the dialog shows that it is saving: the buttons of its button box are disabled,
  the cursor over it is busy, and a transparent layer over the form keeps input away (what was
  typed stays as it is); after SHOW_AFTER_MS an OperationNote takes the buttons' row and says
  "Menyimpan…". An operation of the main window disables the actions it was given, shows a
  busy arrow and its note in the status bar, and leaves the register usable.
- A write lock held by another program is waited for in short steps (db.lock_wait): the note
  then says so and offers Batal (Esc does the same), which stops waiting; nothing is saved and
  the dialog stays open with the user's edits. After lock_wait.PATIENCE_S it gives up with
  DatabaseLocked, shown like any other error.
- On success the Changes are announced first (`hub(runner).changed`, whether or not the dialog
  is still open: the register and the main window refresh from them), then on_success runs.
- On failure on_failure(exc) may show the error itself and return True (ValidationFailed under
  the fields); anything else is shown in a message box on the dialog, which stays open.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, fields
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QColor, QCursor, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from asn_desktop.db import lock_wait
from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.lock_wait import LockWait, WriteCancelled, patient_writes
from asn_desktop.services.errors import ServiceError
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.tasks import Cancelled, JobControl, TaskRunner

log = logging.getLogger(__name__)

T = TypeVar("T")

SHOW_AFTER_MS = 400  # a save quicker than this shows only the busy cursor
CANCELLED_NOTE_MS = 6000  # how long "Dibatalkan" stays above the buttons

CONTEXT = "Operation"
SAVING = QT_TRANSLATE_NOOP("Operation", "Menyimpan…")
WAITING = QT_TRANSLATE_NOOP("Operation", "Menunggu basis data yang sedang dipakai program lain…")
CANCELLING = QT_TRANSLATE_NOOP("Operation", "Membatalkan…")
CANCELLED = QT_TRANSLATE_NOOP("Operation", "Dibatalkan; tidak ada yang diubah.")
CANCEL = QT_TRANSLATE_NOOP("Operation", "Batal")
UNEXPECTED = QT_TRANSLATE_NOOP("Operation", "Terjadi kesalahan yang tidak terduga: {0}")
# The progress message the worker sends while it waits for the lock (never shown as is).
_LOCK_WAIT = "lock-wait"


def _nothing() -> None:
    return None


def _tr(text: object) -> str:
    """One of the texts above (marked for Qt Linguist), translated."""
    return QCoreApplication.translate(CONTEXT, str(text))


@dataclass(frozen=True)
class Changes:
    """What an operation changed, for the views to refresh (Anki's OpChanges).

    employees: register rows whose content changed (identity, or the current rank, position or
    unit through a history entry); added / removed: employees created / deleted; units: the
    unit tree (names and codes, which register rows show too); agency: the agency's identity;
    appraisals: SKPs whose content, evaluations or documents changed (the appraisal page
    re-reads its list); competency: the competency-development areas whose records changed
    ("pelatihan", "anggaran", "standar", "asesmen", "rencana", "skm"), each page re-reading
    what it shows of them.
    A new kind of record adds a field here and a view that reads it.
    """

    employees: Collection[int] = frozenset()
    added: Collection[int] = frozenset()
    removed: Collection[int] = frozenset()
    units: bool = False
    agency: bool = False
    appraisals: Collection[int] = frozenset()
    competency: Collection[str] = frozenset()

    def __post_init__(self) -> None:
        for name in ("employees", "added", "removed", "appraisals", "competency"):
            object.__setattr__(self, name, frozenset(getattr(self, name)))

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, Any] = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine | theirs) if isinstance(mine, frozenset) else mine or theirs
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def register_rows(self) -> bool:
        """Whether the register may show something else now."""
        return bool(self.employees or self.added or self.removed or self.units)


class OperationHub(QObject):
    """One per TaskRunner (see hub()): announces what finished operations changed."""

    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("operationHub")
        self.running: list[Operation[Any]] = []


def hub(runner: TaskRunner) -> OperationHub:
    """The hub of the operations run by `runner`: connect views to its `changed`."""
    found = runner.findChild(OperationHub, "operationHub")
    if isinstance(found, OperationHub):
        return found
    return OperationHub(runner)


def stop_waiting(runner: TaskRunner) -> None:
    """Cancel the lock waits of every running operation (the database is being closed): a
    write that has not got the lock yet ends with nothing saved; one that has, finishes."""
    for operation in list(hub(runner).running):
        operation.cancel()


class OperationNote(QWidget):
    """A row above a dialog's buttons (or a corner of the status bar) saying "Menyimpan…",
    with Batal while the operation waits for a lock. One per window, reused."""

    def __init__(self, parent: QWidget | None = None, *, in_status_bar: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("operationNote")
        self.label = QLabel()
        self.label.setObjectName("operationNoteText")
        self.label.setWordWrap(not in_status_bar)  # a status bar keeps to one line
        self.cancel_button = QPushButton(_tr(CANCEL))
        self.cancel_button.setObjectName("operationCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setCursor(Qt.CursorShape.ArrowCursor)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12 if in_status_bar else 0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.cancel_button)
        if not in_status_bar:
            # As tall with Batal as without: the dialog does not jump when Batal goes.
            self.setMinimumHeight(self.cancel_button.sizeHint().height())
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # The operation speaking through the note (None when idle), and what Batal does.
        self.owner: object | None = None
        self.on_cancel: Callable[[], None] | None = None
        self._hide_later = QTimer(self)
        self._hide_later.setSingleShot(True)
        self._hide_later.timeout.connect(self.hide)
        self.hide()

    def say(self, text: str, *, cancellable: bool = False, for_ms: int = 0) -> None:
        self._hide_later.stop()
        self.label.setText(text)
        self.cancel_button.setVisible(cancellable)
        self.show()
        if for_ms:
            self._hide_later.start(for_ms)

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _cancel_clicked(self) -> None:
        if self.on_cancel is not None:
            self.on_cancel()


class BusyLayer(QWidget):
    """Transparent, over a dialog while it saves: a busy cursor, no input (Esc asks to stop
    waiting), and the dialog cannot be closed; a light wash once the note shows. The note
    (raised above it) stays usable."""

    def __init__(self, dialog: QWidget, on_escape: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.setObjectName("operationBusyLayer")
        self.dialog, self.on_escape = dialog, on_escape
        self.washed = False
        self.setCursor(Qt.CursorShape.WaitCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        dialog.installEventFilter(self)
        self.setGeometry(dialog.rect())
        self.raise_()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def wash(self) -> None:
        if not self.washed:
            self.washed = True
            self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog:
            kind = event.type()
            if kind == QEvent.Type.Resize:
                self.setGeometry(self.dialog.rect())
            elif kind == QEvent.Type.Close:
                event.ignore()  # not while saving: the outcome needs its dialog
                return True
            elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
                # What the note's Batal button leaves to the dialog: Esc would reject it.
                if event.key() == Qt.Key.Key_Escape:
                    self.on_escape()
                    return True
                return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        return False

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            if (
                kind == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() == Qt.Key.Key_Escape
            ):
                self.on_escape()
            event.accept()  # typing, Tab and shortcuts wait until the form is back
            return True
        if kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.Wheel,
        ):
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, _event: QPaintEvent) -> None:
        if self.washed:
            painter = QPainter(self)
            color = QColor(self.palette().window().color())
            color.setAlpha(120)
            painter.fillRect(self.rect(), color)
            painter.end()

    def remove(self) -> None:
        if shiboken6.isValid(self.dialog):
            self.dialog.removeEventFilter(self)
        self.hide()
        self.deleteLater()


def _note_for(parent: QWidget, buttons: QDialogButtonBox | None) -> OperationNote | None:
    """The note of this window, made the first time: a row just above the dialog's buttons
    (else at the end of its layout), or in the main window's status bar."""
    host: QWidget = parent.statusBar() if isinstance(parent, QMainWindow) else parent
    found = host.findChild(
        OperationNote, "operationNote", Qt.FindChildOption.FindDirectChildrenOnly
    )
    if isinstance(found, OperationNote):
        return found
    if isinstance(parent, QMainWindow):
        note = OperationNote(host, in_status_bar=True)
        parent.statusBar().addPermanentWidget(note)  # never hidden by a status message
        return note
    layout = parent.layout()
    if not isinstance(layout, QBoxLayout):
        return None
    note = OperationNote(parent)
    index = layout.indexOf(buttons) if buttons is not None else -1
    if index >= 0:
        layout.insertWidget(index, note)
    else:
        layout.addWidget(note)
    return note


@dataclass
class _Busy:
    """A window's busy cursor, shared by the operations running on it at once."""

    count: int
    had_cursor: bool
    cursor: QCursor


_busy: weakref.WeakKeyDictionary[QWidget, _Busy] = weakref.WeakKeyDictionary()


def _set_busy(widget: QWidget, shape: Qt.CursorShape) -> None:
    busy = _busy.get(widget)
    if busy is None:
        had = widget.testAttribute(Qt.WidgetAttribute.WA_SetCursor)
        busy = _busy[widget] = _Busy(0, had, QCursor(widget.cursor()))
    busy.count += 1
    widget.setCursor(shape)


def _unset_busy(widget: QWidget) -> None:
    busy = _busy.get(widget)
    if busy is None:
        return
    busy.count -= 1
    if busy.count > 0:
        return
    del _busy[widget]
    if busy.had_cursor:
        widget.setCursor(busy.cursor)
    else:
        widget.unsetCursor()


class _Feedback:
    """What the user sees of one running operation, and putting it all back afterwards."""

    def __init__(
        self,
        parent: QWidget,
        buttons: QDialogButtonBox | None,
        actions: Sequence[QAction],
        saving_text: str,
        on_cancel: Callable[[], None],
    ) -> None:
        self.parent, self.buttons = parent, buttons
        self.saving_text = saving_text
        self.waiting = False
        self._on_cancel = on_cancel
        self._buttons_hidden = False
        window_mode = isinstance(parent, QMainWindow)
        self.controls: list[tuple[QWidget | QAction, bool]] = []
        for button in buttons.buttons() if buttons is not None else ():
            self.controls.append((button, button.isEnabled()))
        for action in actions:
            self.controls.append((action, action.isEnabled()))
        for control, _enabled in self.controls:
            control.setEnabled(False)
        # A window's operation leaves the register usable (the arrow with a clock); a
        # dialog's form takes no input until its save is done.
        _set_busy(parent, Qt.CursorShape.BusyCursor if window_mode else Qt.CursorShape.WaitCursor)
        focused = QApplication.focusWidget()
        self.focus = focused if focused is not None and parent.isAncestorOf(focused) else None
        self.layer = None if window_mode else BusyLayer(parent, self._escape)
        self.note = _note_for(parent, buttons)
        if self.note is not None:
            if self.note.owner is None:
                self.note.hide()  # an earlier "Dibatalkan" is old news now
            self.note.raise_()  # above the layer: its Batal can be clicked
        self.timer = QTimer()
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.saving)
        self.timer.start(SHOW_AFTER_MS)

    def _escape(self) -> None:
        if self.waiting:
            self._on_cancel()

    def alive(self) -> bool:
        return shiboken6.isValid(self.parent)

    def _note(self) -> OperationNote | None:
        note = self.note
        return note if note is not None and shiboken6.isValid(note) else None

    def _say(self, text: str, *, cancellable: bool = False) -> OperationNote | None:
        """The note in place of the dialog's (disabled) buttons: the row says what goes on,
        and only one Batal is to be seen."""
        if self.layer is not None:
            self.layer.wash()
        note = self._note()
        if note is None:
            return None
        note.owner, note.on_cancel = self, self._on_cancel  # the latest to speak has it
        note.say(text, cancellable=cancellable)
        box = self.buttons
        dialog = self.layer is not None
        if dialog and box is not None and shiboken6.isValid(box) and box.isVisible():
            self._buttons_hidden = True
            box.hide()
        return note

    def saving(self) -> None:
        """Still saving after SHOW_AFTER_MS, or the lock came free after a wait."""
        self.waiting = False
        if self.alive():
            self._say(self.saving_text)

    def waiting_for_lock(self) -> None:
        was_waiting, self.waiting = self.waiting, True
        self.timer.stop()
        if was_waiting or not self.alive():
            return
        note = self._say(_tr(WAITING), cancellable=True)
        if note is not None and self.layer is not None:  # a dialog: Space presses Batal
            note.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def cancelling(self) -> None:
        self.waiting = False
        if self.alive():
            self._say(_tr(CANCELLING))

    def stop(self, message: str = "") -> None:
        self.timer.stop()
        self.timer.timeout.disconnect(self.saving)
        self.waiting = False
        self._on_cancel = _nothing  # no way back to the Operation (see Operation._release)
        if not self.alive():
            return
        for control, enabled in self.controls:
            if shiboken6.isValid(control):
                control.setEnabled(enabled)
        box = self.buttons
        if self._buttons_hidden and box is not None and shiboken6.isValid(box):
            box.show()
        _unset_busy(self.parent)
        note = self._note()
        focused = QApplication.focusWidget()
        lost = (
            focused is None
            or focused is self.layer
            or (note is not None and note.isAncestorOf(focused))
        )
        if self.layer is not None:
            self.layer.on_escape = _nothing
            self.layer.remove()
            self.layer = None
        if note is not None and note.owner is self:  # not another operation's words
            note.owner, note.on_cancel = None, None
            if message:
                note.say(message, for_ms=CANCELLED_NOTE_MS)
            else:
                note.hide()
        elif note is not None and message and note.owner is None:
            note.say(message, for_ms=CANCELLED_NOTE_MS)
        focus = self.focus
        if lost and focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)


class Operation(Generic[T]):
    """One GUI write, run in the worker; see the module docstring. Make one, then run()."""

    def __init__(
        self,
        runner: TaskRunner,
        parent: QWidget,
        work: Callable[[], tuple[T, Changes]],
        *,
        on_success: Callable[[T, Changes], None] | None = None,
        on_failure: Callable[[BaseException], bool] | None = None,
        buttons: QDialogButtonBox | None = None,
        actions: Sequence[QAction] = (),
        saving_text: str = "",
        patience_s: float | None = None,
    ) -> None:
        self.runner = runner
        self._parent = weakref.ref(parent)  # a dialog keeps its last Operation: no cycle
        # Kept until the operation is done: the worker then never holds the last reference
        # to what the work closes over (which may be a widget's service).
        self._work: Callable[[], tuple[T, Changes]] | None = work
        self.on_success, self.on_failure = on_success, on_failure
        self.buttons, self.actions = buttons, tuple(actions)
        self.saving_text = saving_text or _tr(SAVING)
        # How long to wait for another program's lock (None: lock_wait.PATIENCE_S).
        self.patience_s = patience_s
        self.control: JobControl | None = None
        self.started = False
        self.waiting = False
        self.done = False
        self._feedback: _Feedback | None = None

    @property
    def running(self) -> bool:
        return self.started and not self.done

    # The JobControl, like everything the work touched, must die on the GUI thread
    # (ui.tasks, the note above _Relay). A dialog keeps its last Operation, whose callbacks
    # are the dialog's methods: kept, they would make a cycle for the cyclic collector, which
    # runs on any thread. So _release lets go of all of it on the GUI thread once the outcome
    # is delivered; the control then dies with the runner's own reference, at the end of
    # that delivery.
    def _release(self) -> None:
        self.control = None
        self._work = None
        self.on_success = self.on_failure = None
        self._feedback = None

    @property
    def parent(self) -> QWidget | None:
        """The dialog (or window) it runs for; None once Python let go of it."""
        widget = self._parent()
        return widget if widget is not None and shiboken6.isValid(widget) else None

    @property
    def note(self) -> OperationNote | None:
        return self._feedback.note if self._feedback is not None else None

    def run(self) -> Operation[T]:
        if self.started:
            raise RuntimeError("an Operation runs once")
        parent = self.parent
        if parent is None:
            raise RuntimeError("the window of this Operation is gone")
        self._feedback = _Feedback(
            parent, self.buttons, self.actions, self.saving_text, self.cancel
        )
        work = self._work
        assert work is not None
        patience = self.patience_s if self.patience_s is not None else lock_wait.PATIENCE_S

        def job(control: JobControl) -> tuple[T, Changes]:
            wait = LockWait(
                cancelled=control.cancelled,
                waiting=lambda waited: control.progress(
                    int(waited * 1000), int(patience * 1000), _LOCK_WAIT
                ),
                resumed=lambda: control.progress(0, 0, ""),
                patience_s=patience,
            )
            with patient_writes(wait):
                return work()

        self.control = self.runner.run_controlled(
            job, self._succeeded, self._failed, self._progress
        )
        self.started = True
        hub(self.runner).running.append(self)
        return self

    def cancel(self) -> None:
        """Stop waiting for the lock (Batal): the write ends with nothing saved. A write that
        already holds the lock finishes."""
        if not self.running or self.control is None:
            return
        self.control.cancel()
        if self.waiting and self._feedback is not None:
            self._feedback.cancelling()
        self.waiting = False

    def _progress(self, _done: int, _total: int, message: str) -> None:
        if self.done or self._feedback is None:
            return
        if message == _LOCK_WAIT:
            if self.control is not None and self.control.cancelled():
                return  # "Membatalkan…" stays until the worker notices
            self.waiting = True
            self._feedback.waiting_for_lock()
        else:
            self.waiting = False
            self._feedback.saving()

    def _finish(self, note: str = "") -> None:
        self.done = True
        self.waiting = False
        running = hub(self.runner).running
        if self in running:
            running.remove(self)
        if self._feedback is not None:
            self._feedback.stop(note)
        self._release()

    def _succeeded(self, outcome: tuple[T, Changes]) -> None:
        result, changes = outcome
        on_success, parent = self.on_success, self.parent
        self._finish()
        if changes:
            hub(self.runner).changed.emit(changes)
        if on_success is not None and parent is not None:
            on_success(result, changes)

    def _failed(self, exc: BaseException, trace: str) -> None:
        cancelled = isinstance(exc, (WriteCancelled, Cancelled))
        on_failure, parent = self.on_failure, self.parent
        self._finish(_tr(CANCELLED) if cancelled else "")
        if cancelled:
            return
        if parent is None:
            log.warning("operation failed after its window closed: %s", exc)
            return
        if on_failure is not None and on_failure(exc):
            return
        where = parent if parent.isVisible() else QApplication.activeWindow()
        if isinstance(exc, (ServiceError, DatabaseError)):
            show_error(where, str(exc))
        else:
            log.error("operation failed:\n%s", trace)
            show_error(where, _tr(UNEXPECTED).format(exc), trace)
