"""The schema revisions this program knows, as plain data.

Kept apart from schema.py, which needs SQLAlchemy: the window's fast opening path
(services.quick_start) reads the stored revision with sqlite3 alone and compares it here.
tests/db/test_migrations.py keeps this list equal to the scripts in migrations/versions.
"""

from __future__ import annotations

SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_register",
    "0002_reference",
    "0003_register_sort",
    "0004_users_audit",
    "0005_appraisal",
    "0006_competency",
    "0007_register_use",
    "0008_units",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]
# The first revision with accounts (app_user) and the audit trail.
ACCOUNTS_REVISION = "0004_users_audit"
