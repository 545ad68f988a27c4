"""Refusals of a use case, with messages for the user. Database-level problems are in
asn_desktop.db.errors and pass through unchanged."""

from __future__ import annotations

from asn_desktop.domain import FieldProblem


class ServiceError(Exception):
    """Base; str(e) is the user-facing message."""


class ValidationFailed(ServiceError):
    def __init__(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        self.problems = tuple(problems)
        # The messages are whole sentences naming the field in the user's words.
        lines = [f"- {p.message}" for p in self.problems]
        super().__init__("Data belum benar:\n" + "\n".join(lines))


class NotFound(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone (another window, an import) changed the record since it was read."""
