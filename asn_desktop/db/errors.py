"""Problems with the database file itself, each with a message a clerk can act on."""

from __future__ import annotations


class DatabaseError(Exception):
    """Base for every database-level refusal; str(e) is the user-facing message."""


class DatabaseMissing(DatabaseError):
    pass


class NotAnAsnDatabase(DatabaseError):
    pass


class NewerSchema(DatabaseError):
    pass


class DatabaseLocked(DatabaseError):
    pass


class DatabaseDamaged(DatabaseError):
    pass


class NetworkShareRefused(DatabaseError):
    pass


class ConnectionRefused(DatabaseError):
    """The server could not be reached or refused the credentials (PostgreSQL)."""


class DatabaseReadOnly(DatabaseError):
    """The file (or its folder, or the medium) cannot be written."""
