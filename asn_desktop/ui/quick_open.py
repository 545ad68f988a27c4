"""The window's fast opening of a database: the login dialog and the register's first page
before SQLAlchemy and the services have loaded (issue 7, start-up).

MainWindow.open_database asks services.quick_start to probe the file (in the worker). When
the probe takes it, the login dialog appears at once and the window's worker opens the
database in full behind it (Database.open, the unit tree, the count: half a second, most of
it imports). A sign-in typed before that is done runs here, on a worker of its own, through
sqlite3; on success its job also reads the id list and the first page of the register, which
the window shows until the full database arrives and is attached.

Everything the fast sign-in does not take goes to the full path, once it is open: the login
dialog waits for it (when_open) and signs in through UserService as always.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from asn_desktop.db.errors import DatabaseError
from asn_desktop.ui.id_table_model import PAGE_SIZE
from asn_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

# How long the window has to paint the first page before the full opening starts.
PAINT_MS = 50

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.services.permissions import SignedIn
    from asn_desktop.services.quick_start import FirstPage, QuickStart


class QuickOpening:
    """One fast opening, from the probe until the full database is attached (or given up).

    GUI thread only; the jobs it starts run on `runner`, which is not the window's worker
    (that one is loading the full database meanwhile).
    """

    def __init__(
        self,
        start: QuickStart,
        runner: TaskRunner,
        register_sort: Callable[[], tuple[str, bool] | None],
        open_full: Callable[[], None],
    ) -> None:
        self.start = start
        self.runner = runner
        # The register's sort while nothing filters it (EmployeeRegister.unfiltered_sort).
        self.register_sort = register_sort
        # Starts the full opening (once; later calls do nothing). Called when a fast sign-in
        # has finished: the two would share the interpreter's lock, and the imports of the
        # full opening would slow the sign-in and the first page by half.
        self.open_full = open_full
        self.signing_in = False
        self.signed: SignedIn | None = None  # signed in through `start`
        # The register as the sign-in found it: which sort it was read in, its ids and the
        # first page's rows (None: the register was filtered, or the sort is not known here).
        self.page: FirstPage | None = None
        self.page_sort: tuple[str, bool] | None = None
        self.db: Database | None = None  # the full database, once open
        self._waiting: list[Callable[[Database], None]] = []
        self.closed = False

    def sign_in(
        self,
        username: str,
        password: str,
        on_done: Callable[[SignedIn | None], None],
        on_error: Callable[[BaseException, str], None],
    ) -> None:
        """Sign in through sqlite3 in `runner`; on success also read the register as it is
        sorted now (unless it is filtered: the full path will ask then)."""
        start, sort = self.start, self.register_sort()

        def work() -> tuple[SignedIn | None, FirstPage | None]:
            user = start.sign_in(username, password)
            if user is None or sort is None:
                return user, None
            try:
                return user, start.first_page(sort[0], sort[1], PAGE_SIZE)
            except (sqlite3.Error, DatabaseError) as exc:
                # Signed in and recorded already: the full path asks for the rows (and says
                # what is wrong, if it still is).
                log.warning("fast first page not read: %s", exc)
                return user, None

        def done(result: tuple[SignedIn | None, FirstPage | None]) -> None:
            self.signing_in = False
            if self.closed:
                return
            user, page = result
            if user is None:
                self.open_full()  # needed now: the full path answers
            else:
                self.signed, self.page, self.page_sort = user, page, sort
                # After the first page is on screen, which the imports would slow.
                QTimer.singleShot(PAINT_MS, self.open_full)
            on_done(user)

        def failed(exc: BaseException, trace: str) -> None:
            self.signing_in = False
            if not self.closed:
                self.open_full()
                on_error(exc, trace)

        self.signing_in = True
        self.runner.run(work, done, failed)

    def when_open(self, callback: Callable[[Database], None]) -> None:
        """`callback(db)` once the full database is open (now, when it is)."""
        if self.db is not None:
            callback(self.db)
        else:
            self._waiting.append(callback)

    def opened(self, db: Database) -> None:
        self.db = db
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(db)

    def close(self) -> None:
        """Give up the fast connection and its hold (the full database holds its own)."""
        self.closed = True
        self._waiting.clear()
        self.runner.wait(-1)  # a sign-in still running uses the connection
        self.start.close()
