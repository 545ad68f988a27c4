"""Two clerks at the same year's training budget or development plan at the same moment, on
two real PostgreSQL connections.

Each race lets both transactions pass the service's own look (no budget line of that year
and source yet; no plan of the year, or the same draft) and meet at a barrier before either
writes, so only the database can stop the second: the unique rule of the year's budget line
per source, the unique rule of the year's plan, the lock on the draft being replaced. The
loser is told who saved first and nothing of its write is kept; the winner's line or plan,
with every item, stays as written. Last, an approval and a budget cut at the same moment:
the approval decides on the budget it reads in its own transaction, and a cut made while it
decides waits for it. Each race runs ROUNDS times.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from services.helpers import Register, seed_register
from sqlalchemy import Engine, func, select, text
from sqlalchemy.engine import make_url

from asn_desktop.db.access_models import AuditEntry
from asn_desktop.db.competency_models import AnggaranPelatihan, RencanaItem, RencanaPengembangan
from asn_desktop.services import akpk as akpk_module
from asn_desktop.services import training_budget as budget_module
from asn_desktop.services.akpk import GenerateResult, ItemDraft, PlanService
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import ServiceError, StaleRecord
from asn_desktop.services.training_budget import BudgetService

pytestmark = pytest.mark.postgres

ROUNDS = 20
RACE_TIMEOUT = 30.0
SOURCE = "APBD"
SOURCE_NAME = "APBD Kota Bandung"
WHO = {"satu": "admin", "dua": "operator"}
BUDGET = 10_000_000
CUT = 1_000_000
# A classroom course the plan funds beyond what the cut leaves (domain.akpk's route).
COURSE = ItemDraft(
    "Pelatihan Manajerial", "5", "BPSDM Provinsi Jawa Barat", 3, 32, 3_500_000, 1, True
)


@pytest.fixture(scope="module")
def register(pg_db: Database) -> Register:
    return seed_register(pg_db)


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str, register: Register) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def race(
    monkeypatch: pytest.MonkeyPatch,
    owner: Any,
    name: str,
    meets_at: Callable[[dict[str, Any]], bool],
    first: Database,
    second: Database,
    write: Callable[[Database, str], Any],
) -> tuple[dict[str, Any], dict[str, BaseException]]:
    """write(first, "satu") and write(second, "dua") at once; each waits for the other
    after its first call of owner.<name> whose keyword arguments ``meets_at`` accepts
    (later calls, such as the loser's look at who won, pass straight through)."""
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    lock = threading.Lock()
    met: list[str] = []
    real = getattr(owner, name)
    original = vars(owner)[name]  # a staticmethod stays one

    def look_then_wait(*args: Any, **kwargs: Any) -> Any:
        found = real(*args, **kwargs)
        label = threading.current_thread().name
        if meets_at(kwargs):
            with lock:
                first_time = label not in met
                met.append(label)
            if first_time:
                barrier.wait()
        return found

    winners: dict[str, Any] = {}
    errors: dict[str, BaseException] = {}

    def run(db: Database, label: str) -> None:
        try:
            result = write(db, label)
        except BaseException as exc:
            with lock:
                errors[label] = exc
            barrier.abort()  # one that failed before the barrier frees the other
        else:
            with lock:
                winners[label] = result

    wrapper: Any = look_then_wait
    if isinstance(original, staticmethod):
        wrapper = staticmethod(look_then_wait)
    monkeypatch.setattr(owner, name, wrapper)
    try:
        threads = [
            threading.Thread(target=run, args=(first, "satu"), name="satu"),
            threading.Thread(target=run, args=(second, "dua"), name="dua"),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(RACE_TIMEOUT * 2)
            assert not thread.is_alive(), "a clerk hung"
    finally:
        monkeypatch.setattr(owner, name, original)
    assert sorted(set(met)) == ["dua", "satu"], ("both should look before either writes", met)
    return winners, errors


def one_won(winners: dict[str, Any], errors: dict[str, BaseException]) -> tuple[str, str]:
    """The winner's label and the loser's message."""
    assert len(winners) == 1 and len(errors) == 1, (winners, errors)
    [error] = errors.values()
    assert isinstance(error, StaleRecord), repr(error)
    [winner] = winners
    return winner, str(error)


def audit_count(db: Database, entity_type: str) -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity_type == entity_type)
            )
            or 0
        )


# -- the budget -------------------------------------------------------------------------------


def test_two_clerks_creating_one_budget_line_at_once(
    pg_db: Database, second_clerk: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = audit_count(pg_db, "anggaran_pelatihan")
    for round_no in range(ROUNDS):
        tahun = 2040 + round_no
        amounts = {"satu": 10_000_000 + round_no, "dua": 20_000_000 + round_no}

        def write(db: Database, label: str, tahun: int = tahun, amounts: Any = amounts) -> int:
            return BudgetService(db).set_anggaran(tahun, SOURCE, amounts[label], f"DPA {label}")

        winners, errors = race(
            monkeypatch,
            budget_module,
            "_anggaran_row",
            lambda _kw: True,
            pg_db,
            second_clerk,
            write,
        )
        winner, message = one_won(winners, errors)
        assert message.startswith(
            f"Anggaran pelatihan {SOURCE_NAME} tahun {tahun} baru saja disimpan oleh "
            f"{WHO[winner]} ("
        ), message
        assert message.endswith("Isian Anda belum disimpan."), message
        assert "bentrok" not in message
        with pg_db.reading() as session:
            lines = session.execute(
                select(
                    AnggaranPelatihan.id,
                    AnggaranPelatihan.jumlah,
                    AnggaranPelatihan.keterangan,
                    AnggaranPelatihan.revision,
                    AnggaranPelatihan.updated_by,
                    AnggaranPelatihan.deleted_at,
                ).where(AnggaranPelatihan.tahun == tahun)
            ).all()
        # Nothing of the loser's line: the winner's alone, as written.
        assert [tuple(line) for line in lines] == [
            (winners[winner], amounts[winner], f"DPA {winner}", 1, WHO[winner], None)
        ], round_no
    assert audit_count(pg_db, "anggaran_pelatihan") == entries + ROUNDS
    assert AuditService(pg_db).verify() is None


# -- the plan ---------------------------------------------------------------------------------


def drafting_day(tahun: int) -> date:
    # The last day of the year before: the whole year's JP (none) counts, so the employees
    # with a target are below it and have items.
    return date(tahun - 1, 12, 31)


def plan_rows(db: Database, tahun: int) -> list[tuple[int, bool]]:
    """(id, deleted) of every plan of the year, live or not, oldest first."""
    with db.reading() as session:
        return [
            (plan_id, deleted is not None)
            for plan_id, deleted in session.execute(
                select(RencanaPengembangan.id, RencanaPengembangan.deleted_at)
                .where(RencanaPengembangan.tahun == tahun)
                .order_by(RencanaPengembangan.id)
            )
        ]


def items_of(db: Database, plan_id: int) -> tuple[int, int]:
    """(live, deleted) items of a plan."""
    with db.reading() as session:
        live, gone = session.execute(
            select(
                func.count(RencanaItem.id).filter(RencanaItem.deleted_at.is_(None)),
                func.count(RencanaItem.id).filter(RencanaItem.deleted_at.is_not(None)),
            ).where(RencanaItem.rencana_id == plan_id)
        ).one()
    return int(live), int(gone)


def check_winner(
    db: Database, tahun: int, winner: GenerateResult, register: Register, message: str, who: str
) -> None:
    assert message.startswith(
        f"Rencana pengembangan kompetensi {tahun} baru saja disimpan oleh {who} ("
    ), message
    assert message.endswith("Rancangan Anda tidak disimpan."), message
    # Employees below their JP target (all but the one with no target yet) have items.
    assert 0 < winner.pegawai <= len(register.people) and winner.butir >= winner.pegawai
    record = PlanService(db).rencana(tahun)
    assert record is not None
    assert (record.id, record.butir, record.status) == (winner.plan_id, winner.butir, "draft")
    assert items_of(db, winner.plan_id) == (winner.butir, 0)


def test_two_clerks_drafting_one_years_plan_at_once(
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for round_no in range(ROUNDS):
        tahun = 2060 + round_no

        def write(db: Database, _label: str, tahun: int = tahun) -> GenerateResult:
            return PlanService(db).generate(tahun, today=drafting_day(tahun))

        # They meet after the look inside the write (no plan: nothing to lock).
        winners, errors = race(
            monkeypatch,
            PlanService,
            "_plan",
            lambda kw: bool(kw.get("lock")),
            pg_db,
            second_clerk,
            write,
        )
        label, message = one_won(winners, errors)
        winner = winners[label]
        check_winner(pg_db, tahun, winner, register, message, WHO[label])
        # The loser's plan was never kept, not even as a tombstone.
        assert plan_rows(pg_db, tahun) == [(winner.plan_id, False)], round_no
    assert AuditService(pg_db).verify() is None


def test_two_clerks_redrafting_one_draft_at_once(
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tahun = 2090
    day = drafting_day(tahun)
    current = PlanService(pg_db).generate(tahun, today=day)
    for round_no in range(ROUNDS):

        def write(db: Database, _label: str) -> GenerateResult:
            return PlanService(db).generate(tahun, replace=True, today=day)

        # They meet after reading the same draft; then one locks it and replaces it, the
        # other waits for that lock and finds its draft gone.
        winners, errors = race(
            monkeypatch,
            PlanService,
            "_plan",
            lambda kw: not kw.get("lock"),
            pg_db,
            second_clerk,
            write,
        )
        label, message = one_won(winners, errors)
        winner = winners[label]
        assert winner.menggantikan
        check_winner(pg_db, tahun, winner, register, message, WHO[label])
        # The draft both saw was replaced once: deleted with every item, by the winner.
        rows = plan_rows(pg_db, tahun)
        assert rows[-2:] == [(current.plan_id, True), (winner.plan_id, False)], round_no
        assert len(rows) == round_no + 2
        assert items_of(pg_db, current.plan_id) == (0, current.butir)
        current = winner
    assert AuditService(pg_db).verify() is None


# -- approving against the budget ---------------------------------------------------------------


def plan_with_a_course(db: Database, register: Register, tahun: int) -> None:
    """A draft of ``tahun`` whose funded items cost COURSE's 3.5 million, within BUDGET."""
    BudgetService(db).set_anggaran(tahun, SOURCE, BUDGET)
    plans = PlanService(db)
    plans.generate(tahun, today=drafting_day(tahun))
    plans.add_item(tahun, register.people["siti"], COURSE, kompetensi_kode="integritas")
    record = plans.rencana(tahun)
    assert record is not None and CUT < record.biaya_didanai <= BUDGET


def budget_revision(db: Database, tahun: int) -> int:
    (line,) = BudgetService(db).anggaran(tahun)
    return line.revision


def test_a_cut_saved_before_the_approval_began_is_decided_on(
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tahun = 2095
    plan_with_a_course(pg_db, register, tahun)
    plans = PlanService(pg_db)
    record = plans.rencana(tahun)
    assert record is not None
    real = pg_db.unit_of_work
    cuts: list[int] = []

    def cut_first() -> Any:
        # After the clerk pressed "approve", before the approval's transaction begins.
        if not cuts:
            cuts.append(
                BudgetService(second_clerk).set_anggaran(
                    tahun, SOURCE, CUT, expected_revision=budget_revision(second_clerk, tahun)
                )
            )
        return real()

    monkeypatch.setattr(pg_db, "unit_of_work", cut_first)
    with pytest.raises(ServiceError) as caught:
        plans.setujui(
            tahun, "atasan", oleh="Rina", tanggal=date.today(), expected_revision=record.revision
        )
    monkeypatch.setattr(pg_db, "unit_of_work", real)
    assert cuts
    assert "melebihi anggaran Rp 1.000.000" in str(caught.value), str(caught.value)
    after = plans.rencana(tahun)
    assert after is not None
    assert (after.status, after.revision, after.anggaran) == ("draft", record.revision, CUT)


def waiting_on_a_lock(admin: Engine, database: str) -> bool:
    with admin.connect() as conn:
        return bool(
            conn.execute(
                text(
                    "SELECT count(*) FROM pg_stat_activity WHERE datname = :name"
                    " AND wait_event_type = 'Lock'"
                ),
                {"name": database},
            ).scalar()
        )


def approve_while_cutting(
    monkeypatch: pytest.MonkeyPatch,
    approver: Database,
    cutter_db: Database,
    admin: Engine,
    database: str,
    tahun: int,
) -> tuple[list[str], list[BaseException]]:
    """The approval of ``tahun``'s draft by ``approver``; right after it has read the
    budget, ``cutter_db`` cuts the budget to CUT in a thread. Returns what was seen of the
    cut while the approval was still open ("waits" when it waited on a lock) and the cut's
    errors."""
    revision = budget_revision(cutter_db, tahun)
    seen: list[str] = []
    cut_errors: list[BaseException] = []

    def cut() -> None:
        try:
            BudgetService(cutter_db).set_anggaran(tahun, SOURCE, CUT, expected_revision=revision)
        except BaseException as exc:
            cut_errors.append(exc)

    cutter = threading.Thread(target=cut, name="cut")
    real = budget_module.anggaran_tahun  # as services.akpk imported it

    def read_then_a_cut(*args: Any, **kwargs: Any) -> int:
        found: int = real(*args, **kwargs)
        cutter.start()
        # Polled, not timed: the cut either waits on a lock held by this approval or is
        # saved while the approval is still deciding.
        deadline = time.monotonic() + RACE_TIMEOUT
        while not seen:
            if waiting_on_a_lock(admin, database):
                seen.append("waits")
            elif not cutter.is_alive():
                seen.append("saved while the approval was deciding")
            elif time.monotonic() > deadline:
                seen.append("neither waited nor finished")
            else:
                time.sleep(0.01)
        return found

    plans = PlanService(approver)
    record = plans.rencana(tahun)
    assert record is not None and record.anggaran == BUDGET
    monkeypatch.setattr(akpk_module, "anggaran_tahun", read_then_a_cut)
    try:
        plans.setujui(
            tahun, "atasan", oleh="Rina", tanggal=date.today(), expected_revision=record.revision
        )
    finally:
        monkeypatch.setattr(akpk_module, "anggaran_tahun", real)
        if cutter.is_alive() or cutter.ident is not None:
            cutter.join(RACE_TIMEOUT * 2)
    assert not cutter.is_alive(), "the cut hung"
    return seen, cut_errors


def test_a_cut_during_an_approval_waits_for_it(
    pg_db: Database,
    pg_url: str,
    pg_admin: Engine,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The approval has read the budget (and found the plan within it); a clerk cutting
    the budget now must wait until the approval is decided, or the plan would be approved
    beyond a budget that no longer exists."""
    tahun = 2096
    plan_with_a_course(pg_db, register, tahun)
    plans = PlanService(pg_db)
    database = make_url(pg_url).database
    assert database
    for round_no in range(ROUNDS):
        seen, cut_errors = approve_while_cutting(
            monkeypatch, pg_db, second_clerk, pg_admin, database, tahun
        )
        assert seen == ["waits"], (round_no, seen, cut_errors)
        assert cut_errors == [], cut_errors
        # Approved on the budget it read; the cut came after, as if made a moment later.
        approved = plans.rencana(tahun)
        assert approved is not None
        assert (approved.status, approved.anggaran) == ("disetujui_atasan", CUT), round_no
        # Back for the next round: the draft, the budget as it was.
        plans.kembali_ke_draft(tahun, "Anggaran dipotong", expected_revision=approved.revision)
        BudgetService(pg_db).set_anggaran(
            tahun, SOURCE, BUDGET, expected_revision=budget_revision(pg_db, tahun)
        )
    assert AuditService(pg_db).verify() is None
