"""Two clerks setting the same competency standard at the same moment, on PostgreSQL.

Both transactions read the standard's rows (services.competency._standar_rows, the check
of what is set and at which revision) and then wait for each other at a barrier, so only
the database can stop the second: its unique rule for a new row, its "WHERE revision = N"
for a changed one. The loser is told who won; each race runs ROUNDS times.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from sqlalchemy import func, select

from asn_desktop.db.competency_models import StandarKompetensi
from asn_desktop.services import competency as competency_module
from asn_desktop.services.audit import AuditService
from asn_desktop.services.competency import CompetencyService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import StaleRecord

pytestmark = pytest.mark.postgres

ROUNDS = 20
RACE_TIMEOUT = 30.0
FK = "FUNGSIONAL_KEAHLIAN"
LEVEL = {"satu": 3, "dua": 4}


@pytest.fixture
def service(pg_db: Database) -> CompetencyService:
    return CompetencyService(pg_db)


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def race(
    monkeypatch: pytest.MonkeyPatch,
    first: Database,
    second: Database,
    write: Callable[[CompetencyService, str], Any],
) -> tuple[list[str], list[BaseException]]:
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    real = competency_module._standar_rows
    lock = threading.Lock()
    passed: list[str] = []

    def read_then_wait(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        name = threading.current_thread().name
        with lock:
            first_read = name not in passed
            passed.append(name)
        # Only the check inside the write meets; the loser reads again afterwards to say
        # who won.
        if first_read:
            barrier.wait()
        return found

    winners: list[str] = []
    errors: list[BaseException] = []

    def run(db: Database, label: str) -> None:
        try:
            write(CompetencyService(db), label)
        except BaseException as exc:
            with lock:
                errors.append(exc)
            barrier.abort()  # one that failed before the barrier frees the other
        else:
            with lock:
                winners.append(label)

    monkeypatch.setattr(competency_module, "_standar_rows", read_then_wait)
    try:
        threads = [
            threading.Thread(target=run, args=(first, "satu")),
            threading.Thread(target=run, args=(second, "dua")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(RACE_TIMEOUT * 2)
            assert not thread.is_alive(), "a writer hung"
    finally:
        monkeypatch.setattr(competency_module, "_standar_rows", real)
    assert len(set(passed[:2])) == 2, ("both should read before either writes", passed, errors)
    return winners, errors


def one_won(winners: list[str], errors: list[BaseException]) -> str:
    assert len(winners) == 1, (winners, errors)
    assert len(errors) == 1, errors
    assert isinstance(errors[0], StaleRecord), repr(errors[0])
    winner = winners[0]
    who = "admin" if winner == "satu" else "operator"
    message = str(errors[0])
    assert f"sudah diubah di tempat lain (oleh {who}" in message, message
    assert "perubahan Anda belum disimpan" in message, message
    return winner


def live_rows(db: Database, jabatan: str) -> list[int]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(StandarKompetensi.level).where(
                    StandarKompetensi.jabatan_nama == jabatan,
                    StandarKompetensi.deleted_at.is_(None),
                )
            )
        )


def test_two_clerks_setting_a_new_standard_at_once_one_wins(
    service: CompetencyService,
    pg_db: Database,
    second_clerk: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for round_no in range(ROUNDS):
        jabatan = f"Pranata Komputer Ahli Muda {round_no}"

        def write(svc: CompetencyService, label: str, jabatan: str = jabatan) -> None:
            svc.set_standar(FK, jabatan, {"integritas": LEVEL[label]})

        winners, errors = race(monkeypatch, pg_db, second_clerk, write)
        winner = one_won(winners, errors)
        # The loser's insert was refused whole: one row, the winner's level.
        assert live_rows(pg_db, jabatan) == [LEVEL[winner]], round_no
    assert AuditService(pg_db).verify() is None


def test_two_clerks_changing_one_standard_at_once_one_wins(
    service: CompetencyService,
    pg_db: Database,
    second_clerk: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    jabatan = "Statistisi Ahli Muda"
    service.set_standar(FK, jabatan, {"komunikasi": 2})
    for round_no in range(ROUNDS):
        [row] = [i for i in service.standar(FK, jabatan).item if i.kode == "komunikasi"]
        assert row.revision is not None
        # Two levels other than the current one, so both writes are real changes.
        others = [level for level in range(1, 6) if level != row.level]
        levels = {"satu": others[round_no % 2], "dua": others[2 + round_no % 2]}

        def write(
            svc: CompetencyService,
            label: str,
            revision: int = row.revision,
            levels: dict[str, int] = levels,
        ) -> None:
            svc.set_standar(
                FK,
                jabatan,
                {"komunikasi": levels[label]},
                expected_revisions={"komunikasi": revision},
            )

        winners, errors = race(monkeypatch, pg_db, second_clerk, write)
        winner = one_won(winners, errors)
        [after] = [i for i in service.standar(FK, jabatan).item if i.kode == "komunikasi"]
        assert (after.level, after.revision) == (levels[winner], row.revision + 1), round_no
    with pg_db.reading() as session:
        total = session.scalar(
            select(func.count())
            .select_from(StandarKompetensi)
            .where(StandarKompetensi.jabatan_nama == jabatan)
        )
    assert total == 1  # changed in place, never duplicated
    assert AuditService(pg_db).verify() is None
