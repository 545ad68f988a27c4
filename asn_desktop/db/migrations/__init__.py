"""Alembic migration scripts; run through asn_desktop.db.schema, never by hand on a user's file."""
