"""Alembic environment: always run with a connection handed over by asn_desktop.db.schema."""

from __future__ import annotations

from alembic import context

from asn_desktop.db import (  # noqa: F401  (registers)
    access_models,
    appraisal_models,
    competency_models,
    models,
    reference_models,
)
from asn_desktop.db.base import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through asn_desktop.db.schema.upgrade(), not alembic's CLI.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table inside the transaction.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
