"""Refusals of a use case, with messages for the user. Database-level problems are in
asn_desktop.db.errors and pass through unchanged."""

from __future__ import annotations

from typing import TYPE_CHECKING

from asn_desktop.domain.pesan import GalatPesan, gabung, pesan

if TYPE_CHECKING:  # an annotation only; domain.masukan would slow the GUI's start-up
    from asn_desktop.domain import FieldProblem


class ServiceError(GalatPesan):
    """Base; str(e) is the user-facing message (a domain.pesan.Pesan when raised with one)."""


class ValidationFailed(ServiceError):
    def __init__(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        # The messages are whole sentences naming the field in the user's words.
        lines = gabung("\n", (pesan("- {isi}", isi=p.message) for p in self.problems))
        super().__init__(pesan("Data belum benar:\n{daftar}", daftar=lines))


class NotFound(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone (another window, an import) changed the record since it was read."""


class PermissionDenied(ServiceError):
    """The signed-in user's role may not do this ("tidak berhak"), or nobody signed in."""


class LoginFailed(ServiceError):
    """Wrong user name or password, or a locked account; the message says which it may
    tell (a wrong user name and a wrong password read the same)."""


class PasswordChangeRequired(ServiceError):
    """Signed in with a password an administrator reset: a new one must be chosen first."""


class NeedsConfirmation(ServiceError):
    """The change is possible but unusual (a history entry dated before the newest one): the
    message asks the question; the caller asks the user and calls again with the confirmation
    (e.g. ``confirm_earlier=True``)."""
