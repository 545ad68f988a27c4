"""Appraisals on PostgreSQL: the finalise/reopen flow, and two clerks at the same evaluation.

The races let both transactions pass the service's own check (the revision, or "is it
still a draft?") before either writes, with a barrier in between, so only the database's
"WHERE revision = N" can stop the second. Each race runs ROUNDS times.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from services.appraisal_helpers import (
    TAHUN,
    Tree,
    full_evaluasi,
    make_skp,
    rated_evaluasi,
    seed_tree,
)
from sqlalchemy import func, select

from asn_desktop.db.appraisal_models import EvaluasiVersi
from asn_desktop.services import appraisals as appraisals_module
from asn_desktop.services.appraisal_documents import AppraisalDocuments
from asn_desktop.services.appraisal_list import AppraisalListService
from asn_desktop.services.appraisals import AppraisalService, EvaluasiDraft
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, RankEntry
from asn_desktop.services.errors import StaleRecord

pytestmark = pytest.mark.postgres

ROUNDS = 20
RACE_TIMEOUT = 30.0
REASON = "Koreksi realisasi setelah klarifikasi"


@pytest.fixture(scope="module")
def tree(pg_db: Database) -> Tree:
    return seed_tree(pg_db)


@pytest.fixture
def service(pg_db: Database, tree: Tree) -> AppraisalService:
    return AppraisalService(pg_db)


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def version_rows(db: Database, evaluasi_id: int) -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(EvaluasiVersi)
                .where(EvaluasiVersi.evaluasi_id == evaluasi_id)
            )
            or 0
        )


def race(
    monkeypatch: pytest.MonkeyPatch,
    meet_after: str,
    first: Database,
    second: Database,
    write: Callable[[AppraisalService, str], Any],
) -> tuple[list[str], list[BaseException]]:
    """write(service, "satu") on `first` and write(service, "dua") on `second` at once:
    both pass appraisals.<meet_after> (the check) and then wait for each other, so the
    loser is stopped by the database, never by the check (asserted)."""
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    real = getattr(appraisals_module, meet_after)
    lock = threading.Lock()
    passed: list[str] = []

    def check_then_wait(*args: Any, **kwargs: Any) -> Any:
        result = real(*args, **kwargs)
        with lock:
            passed.append(threading.current_thread().name)
        barrier.wait()
        return result

    winners: list[str] = []
    errors: list[BaseException] = []

    def run(db: Database, label: str) -> None:
        try:
            write(AppraisalService(db), label)
        except BaseException as exc:
            with lock:
                errors.append(exc)
            barrier.abort()  # one that failed before the barrier frees the other
        else:
            with lock:
                winners.append(label)

    monkeypatch.setattr(appraisals_module, meet_after, check_then_wait)
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
        monkeypatch.setattr(appraisals_module, meet_after, real)
    assert len(passed) == 2, ("both writers should pass the check", passed, errors)
    return winners, errors


def assert_one_stale(winners: list[str], errors: list[BaseException]) -> str:
    assert len(winners) == 1, (winners, errors)
    assert len(errors) == 1, errors
    assert isinstance(errors[0], StaleRecord), repr(errors[0])
    winner = "admin" if winners == ["satu"] else "operator"
    assert f"sudah diubah di tempat lain (oleh {winner}" in str(errors[0]), str(errors[0])
    return winners[0]


# -- the flow --------------------------------------------------------------------------------


def test_finalise_reopen_refinalise_on_postgres(
    pg_db: Database, service: AppraisalService, tree: Tree
) -> None:
    documents = AppraisalDocuments(pg_db)
    eid = rated_evaluasi(service, tree.people["ahmad"])
    [first_code] = service.finalise([eid])
    first = documents.printable(eid)
    assert (first.draft, first.kode) == (False, first_code)
    assert first.dokumen.pegawai.pangkat == "Penata, III/c"

    EmployeeService(pg_db).add_rank(tree.people["ahmad"], RankEntry(34, date(2026, 10, 1), "KP"))
    assert documents.printable(eid) == first
    verified = documents.verify(first_code.lower().replace("-", ""))
    assert (verified.found, verified.valid, verified.amended) == (True, True, False)

    record = service.evaluasi(eid)
    service.reopen(eid, REASON, expected_revision=record.revision)
    reopened = documents.verify(first_code)
    assert (reopened.valid, reopened.amended) == (True, True)
    assert reopened.message.endswith(f"{REASON}; perubahannya belum difinalkan.")

    record = service.evaluasi(eid)
    assert record.status == "reopened"
    draft = full_evaluasi(service, record.skp_id, "di_atas", "sesuai")
    service.save_evaluasi(record.skp_id, "akhir", draft, expected_revision=record.revision)
    [second_code] = service.finalise([eid])

    amended = service.evaluasi(eid)
    assert (amended.status, amended.versi) == ("final", 2)
    assert [v.kode_dokumen for v in amended.versions] == [first_code, second_code]
    assert amended.versions[0].alasan_buka == REASON
    assert documents.printable_version(amended.versions[0].id) == first
    latest = documents.printable(eid)
    assert latest.dokumen.pegawai.pangkat == "Penata Tingkat I, III/d"
    assert documents.verify(first_code).message.endswith(f"versi terbaru 2 berkode {second_code}.")
    [row] = [r for r in AppraisalListService(pg_db).report(TAHUN) if r.name.startswith("Ahmad S")]
    assert (row.predikat, row.status) == ("Baik", "amended")
    reopen_entries = AuditService(pg_db).entries(
        AuditQuery(entity_type="evaluasi_versi", action="update")
    )
    assert [e.changes["alasan_buka"] for e in reopen_entries] == [["", REASON]]
    assert AuditService(pg_db).verify() is None


# -- races -------------------------------------------------------------------------------


def test_two_clerks_saving_one_revision_exactly_one_wins(
    service: AppraisalService,
    pg_db: Database,
    second_clerk: Database,
    tree: Tree,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    eid = rated_evaluasi(service, tree.people["siti"])
    skp_id = service.evaluasi(eid).skp_id
    base = full_evaluasi(service, skp_id)
    rating = {"satu": "di_atas", "dua": "di_bawah"}
    for round_no in range(ROUNDS):
        opened = service.evaluasi(eid)

        def write(
            svc: AppraisalService,
            label: str,
            revision: int = opened.revision,
            round_no: int = round_no,
        ) -> None:
            draft = dataclasses.replace(
                base, rating_hasil_kerja=rating[label], catatan=f"putaran {round_no} {label}"
            )
            svc.save_evaluasi(skp_id, "akhir", draft, expected_revision=revision)

        winners, errors = race(monkeypatch, "_check_revision", pg_db, second_clerk, write)
        winner = assert_one_stale(winners, errors)
        after = service.evaluasi(eid)
        assert after.revision == opened.revision + 1, round_no
        assert (after.catatan, after.rating_hasil_kerja) == (
            f"putaran {round_no} {winner}",
            rating[winner],
        )
    assert AuditService(pg_db).verify() is None


def test_save_from_a_revision_read_before_the_others_save(
    service: AppraisalService, second_clerk: Database, tree: Tree
) -> None:
    """The same without threads: both read revision N, the operator saves, then admin."""
    eid = rated_evaluasi(service, tree.people["dewi"])
    skp_id = service.evaluasi(eid).skp_id
    theirs = AppraisalService(second_clerk)
    for round_no in range(ROUNDS):
        mine, their_view = service.evaluasi(eid), theirs.evaluasi(eid)
        assert mine.revision == their_view.revision
        theirs.save_evaluasi(
            skp_id,
            "akhir",
            EvaluasiDraft(rating_perilaku="sesuai", catatan=f"operator {round_no}"),
            expected_revision=their_view.revision,
        )
        with pytest.raises(StaleRecord, match="oleh operator"):
            service.save_evaluasi(
                skp_id,
                "akhir",
                EvaluasiDraft(rating_perilaku="di_atas", catatan=f"admin {round_no}"),
                expected_revision=mine.revision,
            )
        after = service.evaluasi(eid)
        assert (after.catatan, after.rating_perilaku) == (f"operator {round_no}", "sesuai")


def test_two_clerks_finalising_one_evaluation_make_one_version(
    service: AppraisalService,
    pg_db: Database,
    second_clerk: Database,
    tree: Tree,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Monthly SKPs: 12 periodic evaluations each, none held to the pola distribusi.
    periods = [f"b{m:02d}" for m in range(1, 13)]
    evaluations: list[int] = []
    for key in ("budi", "kasi"):
        skp_id = make_skp(service, tree.people[key], jenis_periode="bulanan")
        for kode in periods:
            evaluations.append(service.save_evaluasi(skp_id, kode, full_evaluasi(service, skp_id)))
    assert len(evaluations) >= ROUNDS

    for round_no, eid in enumerate(evaluations[:ROUNDS]):
        codes: dict[str, list[str]] = {}

        def write(
            svc: AppraisalService,
            label: str,
            eid: int = eid,
            codes: dict[str, list[str]] = codes,
        ) -> None:
            codes[label] = svc.finalise([eid])

        winners, errors = race(monkeypatch, "_finalise_problems", pg_db, second_clerk, write)
        assert_one_stale(winners, errors)
        assert version_rows(pg_db, eid) == 1, round_no
        record = service.evaluasi(eid)
        assert (record.status, record.versi) == ("final", 1)
        assert [v.kode_dokumen for v in record.versions] == codes[winners[0]]
        assert record.versions[0].finalised_by == ("admin" if winners == ["satu"] else "operator")
    assert AuditService(pg_db).verify() is None
