"""Schema versions: which revision a database is at, upgrading it, checking it.

The list of revisions this program knows is plain data (db.revisions) so that start-up can
decide "up to date / needs upgrade / newer than me" with one SELECT, without importing
Alembic (which costs start-up time and is only needed when there is work to do).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import DBAPIError

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db.errors import DatabaseDamaged, NewerSchema, NotAnAsnDatabase

# Re-exported: the rest of the program asks schema for them.
from asn_desktop.db.revisions import ACCOUNTS_REVISION as ACCOUNTS_REVISION
from asn_desktop.db.revisions import HEAD_REVISION as HEAD_REVISION
from asn_desktop.db.revisions import SCHEMA_REVISIONS as SCHEMA_REVISIONS

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
            problems.append(_orphan(table, rowid, parent))
    return problems


@dataclass
class CheckReport:
    """What a database check looked at and what it found (Database.check).

    `checked` names each check made, in the words the CLI prints ("integrity_check");
    `problems` is one readable line per finding, [] when healthy; `schema_note` says when
    the schema is older than the program's (a read-only open leaves it so).
    """

    checked: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    schema_note: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


# The register's references, as (table, column, referenced table): on PostgreSQL the server
# enforces them, so a row breaking one means constraints were dropped or bypassed.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("rank_history", "employee_id", "employee"),
    ("position_history", "employee_id", "employee"),
    ("unit_history", "employee_id", "employee"),
    ("employee", "unit_id", "org_unit"),
    ("unit_history", "unit_id", "org_unit"),
    ("org_unit", "parent_id", "org_unit"),
)
CHECK_HISTORY = "rujukan riwayat ke pegawai"
CHECK_UNITS = "rujukan ke unit kerja"
CHECK_NIP = "NIP ganda di antara pegawai aktif"


def check_database(engine: Engine) -> CheckReport:
    """Check what can be checked of this database without writing anything.

    SQLite: integrity_check and foreign_key_check; a file too damaged for a check to finish
    is itself a finding. PostgreSQL enforces the CHECK and foreign-key constraints itself,
    so what is left to look for is what a dropped or bypassed constraint lets in: history
    rows without their employee, employees (and units, unit history) pointing to a missing
    unit, and one NIP on several live employees.
    """
    report = CheckReport()
    if engine.dialect.name == "sqlite":
        for pragma in ("integrity_check", "foreign_key_check"):
            report.checked.append(pragma)
            try:
                report.problems += _sqlite_pragma_problems(engine, pragma)
            except DBAPIError as exc:
                reason = str(exc.orig) if exc.orig is not None else str(exc)
                if "locked" in reason.lower() or "busy" in reason.lower():
                    raise
                report.problems.append(f"{pragma} tidak bisa diselesaikan: {reason}")
        return report
    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        report.checked += [CHECK_HISTORY, CHECK_UNITS]
        for table, column, parent in REFERENCES:
            if table in tables and parent in tables:
                orphans = conn.execute(
                    text(
                        f"SELECT c.id FROM {table} c WHERE c.{column} IS NOT NULL AND NOT "
                        f"EXISTS (SELECT 1 FROM {parent} p WHERE p.id = c.{column}) "
                        "ORDER BY c.id"
                    )
                ).scalars()
                report.problems += [_orphan(table, row_id, parent) for row_id in orphans]
        report.checked.append(CHECK_NIP)
        if "employee" in tables:
            duplicates = conn.execute(
                text(
                    "SELECT nip, count(*) FROM employee WHERE deleted_at IS NULL"
                    " GROUP BY nip HAVING count(*) > 1 ORDER BY nip"
                )
            ).all()
            report.problems += [
                f"NIP {nip} dipakai {n} pegawai aktif sekaligus." for nip, n in duplicates
            ]
    return report


def _orphan(table: str, row_id: object, parent: str) -> str:
    return f"Baris {row_id} di tabel {table} menunjuk ke {parent} yang tidak ada."


def _sqlite_pragma_problems(engine: Engine, pragma: str) -> list[str]:
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
    if pragma == "integrity_check":
        return [str(line) for (line,) in rows if line != "ok"]
    return [_orphan(table, rowid, parent) for table, rowid, parent, _fk in rows]
