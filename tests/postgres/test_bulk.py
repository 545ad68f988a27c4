"""Two bulk writers at once on one PostgreSQL database (two imports, two offices).

Each run reserves its change numbers with one UPDATE ... RETURNING of the counter, which
holds the counter's row until the run commits, and appends to the audit chain under the
lock on its head: the second run waits, then takes the numbers after the first's. (The
module's database is new, so the first of these tests also races the counter's creation.)
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from asn_desktop.db.models import AppMeta, OrgUnit
from asn_desktop.demo import generate_demo
from asn_desktop.services.audit import AuditService
from asn_desktop.services.bulk import BulkService, BulkWriter
from asn_desktop.services.database import CHANGE_SEQ_KEY, Database, reserve_change_seqs
from asn_desktop.services.org_units import OrgUnitService

pytestmark = pytest.mark.postgres

BATCH = 40


@pytest.fixture
def second_office(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def _units(prefix: str, start: int) -> list[dict[str, Any]]:
    return [{"kode": f"{prefix}.{start + i:03d}", "nama": f"Unit {prefix}"} for i in range(BATCH)]


def _seqs_of(db: Database, prefix: str) -> list[int]:
    with db.reading() as session:
        return sorted(
            session.scalars(select(OrgUnit.change_seq).where(OrgUnit.kode.like(f"{prefix}.%")))
        )


def _run_in_thread(fn: Callable[[], Any], errors: list[BaseException]) -> threading.Thread:
    def target() -> None:
        try:
            fn()
        except BaseException as exc:  # reported by the test, not lost in the thread
            errors.append(exc)

    thread = threading.Thread(target=target)
    thread.start()
    return thread


def test_concurrent_bulk_runs_get_disjoint_ranges_and_one_chain(
    pg_db: Database, second_office: Database
) -> None:
    first_inside, second_inside = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def first(w: BulkWriter) -> None:
        w.insert(OrgUnit, _units("PA", 0))  # holds the counter's row from here to commit
        first_inside.set()
        assert second_inside.wait(10), "the second run never started"
        time.sleep(0.5)  # the second run is inside its transaction, waiting for the counter
        w.insert(OrgUnit, _units("PA", BATCH))

    def second(w: BulkWriter) -> None:
        second_inside.set()
        w.insert(OrgUnit, _units("PB", 0))
        w.insert(OrgUnit, _units("PB", BATCH))

    one = _run_in_thread(lambda: BulkService(pg_db).run(first, action_detail="A"), errors)
    assert first_inside.wait(10)
    two = _run_in_thread(lambda: BulkService(second_office).run(second, action_detail="B"), errors)
    one.join(30)
    two.join(30)
    assert not one.is_alive() and not two.is_alive()
    assert errors == []

    a, b = _seqs_of(pg_db, "PA"), _seqs_of(pg_db, "PB")
    assert len(a) == len(b) == 2 * BATCH
    assert set(a).isdisjoint(b)
    # The first run's numbers come before the second's: the second waited for them.
    assert a == list(range(a[0], a[0] + 2 * BATCH))
    assert b == list(range(b[0], b[0] + 2 * BATCH))
    assert max(a) < min(b)
    with pg_db.reading() as session:
        counter = session.scalar(select(AppMeta.value).where(AppMeta.key == CHANGE_SEQ_KEY))
    assert counter is not None and int(counter) >= max(b)
    # One unbroken chain, both runs' entries in it.
    assert AuditService(pg_db).verify() is None
    with pg_db.engine.connect() as conn:
        by_run = dict(
            conn.execute(
                text("SELECT detail, count(*) FROM audit_log WHERE detail IN ('A', 'B') GROUP BY 1")
            ).all()
        )
    assert by_run == {"A": 2 * BATCH, "B": 2 * BATCH}


def test_two_first_reservations_race_for_the_counter(fresh_pg_url: str) -> None:
    """A new database has no counter yet: both writers try to create it; the loser waits
    for the winner's commit and takes the range after it."""
    engine = create_engine(fresh_pg_url, poolclass=NullPool)
    AppMeta.__table__.create(engine)
    got: dict[str, list[int]] = {}
    meet = threading.Barrier(2)
    errors: list[BaseException] = []

    def reserve(label: str) -> None:
        with Session(engine) as session, session.begin():
            meet.wait(10)
            first = reserve_change_seqs(session, 10)
            time.sleep(0.2)
            got[label] = [first, reserve_change_seqs(session, 5)]

    threads = [_run_in_thread(lambda label=label: reserve(label), errors) for label in "ab"]
    for thread in threads:
        thread.join(30)
    engine.dispose()
    assert errors == []
    ranges = sorted((first, first + 9, second, second + 4) for first, second in got.values())
    assert ranges == [(1, 10, 11, 15), (16, 25, 26, 30)]


def test_reserved_ids_come_from_the_sequence(pg_db: Database, second_office: Database) -> None:
    def fill(w: BulkWriter) -> list[int]:
        ids = w.reserve_ids(OrgUnit, 3)
        parent = ids[0]
        w.insert(
            OrgUnit,
            [
                {
                    "id": unit_id,
                    "kode": f"SEQ.{n}",
                    "nama": "Unit",
                    "parent_id": None if unit_id == parent else parent,
                    "path": f"/{parent}/" if unit_id == parent else f"/{parent}/{unit_id}/",
                }
                for n, unit_id in enumerate(ids)
            ],
        )
        return ids

    first = BulkService(pg_db).run(fill, action_detail="ids")
    with pg_db.reading() as session:
        stored = sorted(session.scalars(select(OrgUnit.id).where(OrgUnit.kode.like("SEQ.%"))))
    assert stored == first
    # The database numbers on after them: an ordinary create does not collide.
    after = OrgUnitService(second_office).create("SEQ-NEXT", "Unit berikutnya")
    assert after > max(first)


def test_demo_on_postgresql(fresh_pg_url: str) -> None:
    db = Database.open(fresh_pg_url, create=True)
    try:
        summary = generate_demo(db, employees=60, seed=4, today=date(2026, 11, 27))
        assert db.user is not None and db.user.username == "admin"
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM employee")).scalar_one() == 60
            bad_paths = conn.execute(
                text(
                    "SELECT count(*) FROM org_unit c JOIN org_unit p ON p.id = c.parent_id "
                    "WHERE c.path != p.path || c.id || '/'"
                )
            ).scalar_one()
        assert bad_paths == 0
        assert summary.audit_entries > 60
        assert AuditService(db).verify() is None
    finally:
        db.close()
