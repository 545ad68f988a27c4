"""Persistence: SQLAlchemy models, engine set-up, migrations, backups.

Knows the domain's types but nothing of Qt. Nothing above `services/` imports this package
directly except `services/` itself.
"""
