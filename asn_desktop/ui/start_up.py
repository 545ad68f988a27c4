"""Start-up speed: what the worker loads while the window appears (issue 7).

The window is on screen before SQLAlchemy and the services are imported (they take most of
the start-up). `preload()` imports them on the worker as the first job of a new window, so
that they load while the GUI thread builds and paints the window instead of after it; the
job that opens the database then finds them loaded. Nothing here reads or writes a database,
and the opening path (hold, migrations with the backup before them, sign-in) is unchanged.
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)


def preload() -> float:
    """Import what opening a database and signing in need, and configure the ORM's mappers
    (normally done by the first query); returns the seconds it took.

    A failure is only logged: the job that opens the database imports the same modules and
    reports the problem to the user there.
    """
    started = time.perf_counter()
    try:
        from sqlalchemy.orm import configure_mappers

        import asn_desktop.services.database
        import asn_desktop.services.employees
        import asn_desktop.services.org_units
        import asn_desktop.services.users  # noqa: F401  (argon2 with it)

        configure_mappers()
    except Exception:  # reported by the open that follows
        log.warning("preloading the services failed", exc_info=True)
    return time.perf_counter() - started
