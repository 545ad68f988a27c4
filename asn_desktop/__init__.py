"""ASN Desktop: competency records of the civil servants of a Bandung city agency."""

__version__ = "0.1.0"

# Stamped into every database as PRAGMA application_id so that a foreign SQLite file is
# recognised before anything writes to it. ASCII "ASND".
SQLITE_APPLICATION_ID = 0x41534E44
