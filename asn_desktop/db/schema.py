"""Schema versions: which revision a database is at, upgrading it, checking it.

The list of revisions this program knows is kept here as plain data so that start-up can
decide "up to date / needs upgrade / newer than me" with one SELECT, without importing
Alembic (which costs start-up time and is only needed when there is work to do).
tests/db/test_migrations.py keeps this list equal to the scripts in migrations/versions.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db.errors import DatabaseDamaged, NewerSchema, NotAnAsnDatabase

SCHEMA_REVISIONS: tuple[str, ...] = ("0001_register", "0002_reference", "0003_register_sort")
HEAD_REVISION = SCHEMA_REVISIONS[-1]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def current_revision(conn: Connection) -> str | None:
    """The stored revision, or None for a database that has never been initialised."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(rows) != 1:
        raise DatabaseDamaged(f"Tabel versi skema rusak: berisi {len(rows)} baris, seharusnya 1.")
    return str(rows[0])


def classify(revision: str | None, conn: Connection) -> str:
    """'empty', 'current', 'older' or raise for a newer or foreign database."""
    if revision is None:
        tables = [t for t in inspect(conn).get_table_names() if not t.startswith("sqlite_")]
        if tables:
            raise NotAnAsnDatabase(
                "Berkas ini berisi tabel tetapi bukan basis data ASN Desktop "
                f"(tabel: {', '.join(sorted(tables)[:5])})."
            )
        return "empty"
    if revision == HEAD_REVISION:
        return "current"
    if revision in SCHEMA_REVISIONS:
        return "older"
    raise NewerSchema(
        f"Basis data ini memakai skema '{revision}' yang lebih baru dari program ini "
        f"(skema terbaru yang dikenal: '{HEAD_REVISION}'). Perbarui ASN Desktop; "
        "berkas tidak diubah."
    )


def run_outside_transaction(conn: Connection, pragma: str) -> None:
    """Run a pragma on the driver connection, bypassing SQLAlchemy's automatic BEGIN."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(pragma)


def upgrade(engine: Engine, to: str = HEAD_REVISION) -> None:
    """Run the Alembic scripts up to `to` in one transaction."""
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        if sqlite:
            # A batch ALTER rebuilds a table by dropping it; with foreign keys on, that would
            # fire ON DELETE CASCADE and silently empty the history tables. The pragma is a
            # no-op inside a transaction, so it goes first; the check below replaces it.
            run_outside_transaction(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, to)
                if sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise DatabaseDamaged(
                            f"Pembaruan skema dibatalkan: {len(broken)} baris kehilangan "
                            f"induknya (tabel {broken[0][0]}). Basis data tidak diubah."
                        )
                    conn.exec_driver_sql(f"PRAGMA application_id = {SQLITE_APPLICATION_ID}")
        finally:
            if sqlite:
                run_outside_transaction(conn, "PRAGMA foreign_keys = ON")


def integrity_problems(engine: Engine) -> list[str]:
    """SQLite's integrity_check and foreign_key_check, as readable lines; [] when healthy."""
    problems: list[str] = []
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            return problems
        for (line,) in conn.exec_driver_sql("PRAGMA integrity_check").fetchall():
            if line != "ok":
                problems.append(str(line))
        for table, rowid, parent, _fk in conn.exec_driver_sql("PRAGMA foreign_key_check"):
            problems.append(f"Baris {rowid} di tabel {table} menunjuk ke {parent} yang tidak ada.")
    return problems
