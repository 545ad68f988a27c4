"""Schema revisions, upgrades, refusals and connection rules, on real SQLite files."""

from __future__ import annotations

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db import schema
from asn_desktop.db.backup import BackupStore, verify_backup
from asn_desktop.db.base import Base
from asn_desktop.db.engine import make_engine
from asn_desktop.db.errors import (
    DatabaseError,
    DatabaseMissing,
    NewerSchema,
    NotAnAsnDatabase,
)
from asn_desktop.db.opening import open_engine

from .helpers import (
    count,
    insert_employee,
    insert_org_unit,
    insert_rank,
    journal_mode_bytes,
    sha256,
)

NIP = "199001012015031001"


def _script_directory(location: Path = schema.MIGRATIONS_DIR) -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(location))
    return ScriptDirectory.from_config(config)


def _stored_revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _set_revision(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


# -- the list of revisions --------------------------------------------------------------


def test_schema_revisions_equal_the_alembic_chain() -> None:
    scripts = _script_directory()
    assert scripts.get_heads() == [schema.HEAD_REVISION], "exactly one head, the known one"
    chain = [s.revision for s in scripts.walk_revisions("base", "heads")]
    chain.reverse()  # walk_revisions goes head -> base
    assert tuple(chain) == schema.SCHEMA_REVISIONS
    first = scripts.get_revision(chain[0])
    assert first is not None and first.down_revision is None


def test_fresh_database_matches_the_models(template_db: Path) -> None:
    engine = make_engine(template_db)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names()) - {"alembic_version"}
            assert tables == set(Base.metadata.tables)
            context = MigrationContext.configure(
                conn,
                opts={"compare_type": True, "include_object": _not_an_expression_index},
            )
            assert compare_metadata(context, Base.metadata) == []
            assert schema.current_revision(conn) == schema.HEAD_REVISION
    finally:
        engine.dispose()


def _not_an_expression_index(obj: object, name: str | None, kind: str, *_rest: object) -> bool:
    # The register's sort indexes (0007) are partial and partly expressions that differ per
    # dialect; they live only in the migration, and Alembic cannot compare them.
    return not (kind == "index" and name is not None and name.startswith("ix_employee_sort_"))


_SORT_INDEX = {
    "nama": "ix_employee_sort_nama",
    "nip": "ix_employee_sort_nip",
    "golongan": "ix_employee_sort_golongan_id",
    "jabatan": "ix_employee_sort_jabatan_nama",
    "unit": "ix_employee_sort_unit_nama",
    "status": "ix_employee_sort_status_kepegawaian",
    "tanggal_lahir": "ix_employee_sort_tanggal_lahir",
    "tmt_golongan": "ix_employee_sort_tmt_golongan",
    "tmt_cpns": "ix_employee_sort_tmt_cpns",
    "kedudukan_hukum": "ix_employee_sort_kedudukan_hukum",
    "keluar_tanggal": "ix_employee_sort_keluar_tanggal",
}


def test_every_sort_key_has_its_index() -> None:
    from asn_desktop.services.employees import SORT_KEYS

    assert set(SORT_KEYS) == set(_SORT_INDEX)


@pytest.mark.parametrize("keadaan", ["aktif", "nonaktif", "semua"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize(("sort", "index"), sorted(_SORT_INDEX.items()))
def test_register_sorts_are_served_by_an_index(
    template_db: Path, sort: str, index: str, descending: bool, keadaan: str
) -> None:
    from sqlalchemy.dialects import sqlite

    from asn_desktop.services.employees import EmployeeQuery, build_id_query

    query = EmployeeQuery(sort=sort, descending=descending, keadaan=keadaan)
    sql = str(
        build_id_query(query).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
        )
    )
    conn = sqlite3.connect(template_db)
    try:
        plan = " ".join(row[-1] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    finally:
        conn.close()
    assert f"COVERING INDEX {index}" in plan
    # Ties by name and id come from the index too: nothing is left to sort.
    assert "TEMP B-TREE" not in plan


def test_application_id_is_set_after_init(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    engine, report = open_engine(path, create=True, load_reference=False)
    engine.dispose()
    assert report.created
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == SQLITE_APPLICATION_ID
    assert verify_backup(path) == schema.HEAD_REVISION


# -- upgrading ----------------------------------------------------------------------------


@pytest.mark.parametrize("start", schema.SCHEMA_REVISIONS[:-1])
def test_upgrade_from_every_earlier_revision_keeps_data(tmp_path: Path, start: str) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    with engine.begin() as conn:
        insert_org_unit(conn, 1, "DISDIK")
        insert_employee(conn, 1, NIP, unit_id=1)
    if start != schema.SCHEMA_REVISIONS[0]:
        schema.upgrade(engine, to=start)
    engine.dispose()
    assert _stored_revision(path) == start

    store = BackupStore(tmp_path / "backups")
    steps: list[str] = []
    engine, report = open_engine(path, backups=store, load_reference=False, progress=steps.append)
    try:
        with engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD_REVISION
            assert conn.execute(text("SELECT kode FROM org_unit")).scalars().all() == ["DISDIK"]
            assert conn.execute(text("SELECT nip, unit_id FROM employee")).all() == [(NIP, 1)]
        assert schema.integrity_problems(engine) == []
    finally:
        engine.dispose()

    assert report.migrated_from == start
    assert not report.created
    assert report.backup is not None and report.backup.is_file()
    assert [b.reason for b in store.list()] == ["pre-migration"]
    assert verify_backup(report.backup) == start
    assert count(report.backup, "employee") == 1
    assert steps and steps[0].startswith("Membuat cadangan")


def test_unwritable_backup_folder_is_reported_and_nothing_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    schema.upgrade(engine, to=schema.SCHEMA_REVISIONS[0])
    engine.dispose()
    blocked = tmp_path / "backups"
    blocked.write_text("a file where the backup folder should be")
    try:
        with pytest.raises(DatabaseError, match="adangan"):
            open_engine(path, backups=BackupStore(blocked), load_reference=False)
    finally:
        assert _stored_revision(path) == schema.SCHEMA_REVISIONS[0]


def test_current_database_is_not_migrated_or_backed_up(db_path: Path, tmp_path: Path) -> None:
    store = BackupStore(tmp_path / "backups")
    engine, report = open_engine(db_path, backups=store, load_reference=False)
    engine.dispose()
    assert report.migrated_from is None and report.backup is None and not report.created
    assert store.list() == []


def _migrations_with_extra_script(tmp_path: Path, body: str) -> Path:
    """A copy of the real migrations plus a test revision 9000_test on top of the head."""
    location = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS_DIR, location, ignore=shutil.ignore_patterns("__pycache__"))
    upgrade_body = textwrap.indent(textwrap.dedent(body).strip(), "    ")
    script = (
        '"""Test-only revision."""\n'
        "import sqlalchemy as sa\n"
        "from alembic import op\n\n"
        'revision = "9000_test"\n'
        f"down_revision = {schema.HEAD_REVISION!r}\n"
        "branch_labels = None\n"
        "depends_on = None\n\n\n"
        f"def upgrade() -> None:\n{upgrade_body}\n\n\n"
        "def downgrade() -> None:\n    pass\n"
    )
    (location / "versions" / "9000_test.py").write_text(script)
    return location


def test_failed_migration_leaves_no_trace(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    location = _migrations_with_extra_script(
        tmp_path,
        """
        op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
        raise RuntimeError("migration failed half-way")
        """,
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", location)
    engine = make_engine(db_path)
    try:
        with pytest.raises(RuntimeError, match="half-way"):
            schema.upgrade(engine, to="9000_test")
        with engine.connect() as conn:
            assert schema.current_revision(conn) == schema.HEAD_REVISION
            assert not inspect(conn).has_table("half_done")
    finally:
        engine.dispose()


def test_batch_table_rebuild_keeps_child_rows(
    db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every future ALTER on SQLite is a table rebuild; it must not touch other tables."""
    conn = sqlite3.connect(db_path)
    with conn:
        insert_org_unit(conn, 1, "DISDIK")
        insert_employee(conn, 1, NIP, unit_id=1)
        insert_rank(conn, 1, 1)
    conn.close()
    location = _migrations_with_extra_script(
        tmp_path,
        """
        with op.batch_alter_table("employee", recreate="always") as batch_op:
            batch_op.add_column(sa.Column("catatan", sa.Text(), nullable=True))
        """,
    )
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", location)
    engine = make_engine(db_path)
    try:
        schema.upgrade(engine, to="9000_test")
    finally:
        engine.dispose()
    assert count(db_path, "employee") == 1
    assert count(db_path, "rank_history") == 1


# -- refusals -----------------------------------------------------------------------------


def test_newer_schema_is_refused_and_file_untouched(db_path: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(db_path)  # WAL, as a database the program has used
    assert conn.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
    conn.close()
    _set_revision(db_path, "9999_future")
    assert journal_mode_bytes(db_path) == b"\x02\x02"
    before = sha256(db_path)
    store = BackupStore(tmp_path / "backups")
    with pytest.raises(NewerSchema, match="9999_future"):
        open_engine(db_path, backups=store)
    assert sha256(db_path) == before
    assert store.list() == []


def test_newer_schema_in_rollback_mode_is_left_untouched(db_path: Path) -> None:
    _set_revision(db_path, "9999_future")  # e.g. a backup written by a newer version
    assert journal_mode_bytes(db_path) == b"\x01\x01"
    before = sha256(db_path)
    with pytest.raises(NewerSchema):
        open_engine(db_path)
    assert sha256(db_path) == before


def test_non_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"hello")
    with pytest.raises(NotAnAsnDatabase, match=r"notes\.sqlite"):
        open_engine(path, create=True)
    assert path.read_bytes() == b"hello"


def _foreign_database(path: Path, application_id: int = 0) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
        conn.execute("INSERT INTO songs VALUES ('Bengawan Solo')")
        conn.execute(f"PRAGMA application_id = {application_id}")
    conn.close()


def test_sqlite_file_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "music.sqlite"
    _foreign_database(path)
    with pytest.raises(NotAnAsnDatabase, match="songs"):
        open_engine(path, create=True)
    assert count(path, "songs") == 1


def test_sqlite_file_with_foreign_application_id_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    _foreign_database(path, application_id=0x12345678)
    before = sha256(path)
    with pytest.raises(NotAnAsnDatabase, match="program lain"):
        open_engine(path, create=True)
    assert sha256(path) == before


def test_sqlite_file_of_another_program_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "music.sqlite"
    _foreign_database(path)
    before = sha256(path)
    with pytest.raises(NotAnAsnDatabase):
        open_engine(path)
    assert sha256(path) == before


def test_missing_file_without_create(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "asn.sqlite"
    with pytest.raises(DatabaseMissing, match="tidak ditemukan"):
        open_engine(path)
    assert not path.exists() and not path.parent.exists()


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing, match="folder"):
        open_engine(tmp_path, create=True)


# -- connection rules ----------------------------------------------------------------------


def test_pragmas_on_every_pooled_connection(db_path: Path) -> None:
    engine, _ = open_engine(db_path, load_reference=False)
    try:
        with engine.connect() as first, engine.connect() as second:
            assert first.connection.dbapi_connection is not second.connection.dbapi_connection
            for conn in (first, second):
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
                assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 8000
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(db_path: Path) -> None:
    engine, _ = open_engine(db_path, load_reference=False)
    try:
        with pytest.raises(IntegrityError), engine.begin() as conn:
            insert_employee(conn, 1, NIP, unit_id=999)
        with engine.begin() as conn:
            insert_org_unit(conn, 1, "DISDIK")
            insert_employee(conn, 1, NIP, unit_id=1)
            insert_rank(conn, 1, 1)
        with pytest.raises(IntegrityError), engine.begin() as conn:  # ON DELETE RESTRICT
            conn.execute(text("DELETE FROM org_unit WHERE id = 1"))
        with engine.begin() as conn:  # ON DELETE CASCADE
            conn.execute(text("DELETE FROM employee WHERE id = 1"))
            assert conn.execute(text("SELECT count(*) FROM rank_history")).scalar() == 0
    finally:
        engine.dispose()
