"""The audit chain on PostgreSQL: tampering with SQL is found, concurrent writers keep
one unbroken chain."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from accounts import add_test_users
from sqlalchemy import create_engine, text

from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.org_units import OrgUnitService

pytestmark = pytest.mark.postgres


@pytest.fixture
def chained(fresh_pg_url: str) -> Iterator[tuple[Database, str]]:
    db = Database.open(fresh_pg_url, create=True)
    add_test_users(db)
    db.assume_user("admin")
    units = OrgUnitService(db)
    for n in range(6):
        units.create(f"U{n}", f"Unit {n}")
    yield db, fresh_pg_url
    db.close()


def _tamper(url: str, *statements: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
    finally:
        engine.dispose()


def test_an_intact_chain_verifies(chained: tuple[Database, str]) -> None:
    db, _url = chained
    assert AuditService(db).verify() is None


@pytest.mark.slow  # a fresh database with its catalogues per case
@pytest.mark.parametrize(
    ("statements", "seq", "kind"),
    [
        (["UPDATE audit_log SET detail = 'diam-diam' WHERE seq = 4"], 4, "edited"),
        (["DELETE FROM audit_log WHERE seq = 5"], 5, "deleted"),
        (
            [
                "UPDATE audit_log SET seq = 1000 WHERE seq = 5",
                "UPDATE audit_log SET seq = 5 WHERE seq = 6",
                "UPDATE audit_log SET seq = 6 WHERE seq = 1000",
            ],
            5,
            "reordered",
        ),
        (["DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)"], None, "truncated"),
    ],
    ids=["edit", "delete", "swap", "truncate"],
)
def test_tampering_with_sql_is_named(
    chained: tuple[Database, str], statements: list[str], seq: int | None, kind: str
) -> None:
    db, url = chained
    total = len(AuditService(db).entries(AuditQuery()))
    _tamper(url, *statements)
    found = AuditService(db).verify()
    assert found is not None
    assert found.kind == kind
    assert found.seq == (seq if seq is not None else total)


def test_concurrent_writers_keep_one_chain(chained: tuple[Database, str]) -> None:
    db, url = chained
    others = [Database.open(url) for _ in range(3)]
    for other in others:
        other.assume_user("operator")
    errors: list[BaseException] = []

    def write(index: int, other: Database) -> None:
        try:
            units = OrgUnitService(other)
            for n in range(8):
                units.create(f"W{index}-{n}", f"Unit paralel {index}.{n}")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(i, o)) for i, o in enumerate(others)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for other in others:
        other.close()
    assert not errors, errors
    assert AuditService(db).verify() is None
    seqs = [e.seq for e in AuditService(db).entries(AuditQuery(newest_first=False))]
    assert seqs == list(range(1, len(seqs) + 1))
