"""Two clerks at the same activity at the same moment, on two real PostgreSQL connections.

Each race lets both transactions pass the service's own check (nobody enrolled yet, the
revision read is current) and meet at a barrier before either writes, so only the database
can stop the second: the partial unique index on (activity, employee) for enrolments, the
version column for edits, the change counter for an enrolment against a deletion, the
conflict clause for one certificate file attached twice. Each race runs ROUNDS times. Last,
the activity list's SQL on PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from services.helpers import Register, seed_register
from sqlalchemy import func, select

from asn_desktop.db.appraisal_models import Berkas
from asn_desktop.db.competency_models import PesertaPelatihan
from asn_desktop.services import trainings as trainings_module
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed
from asn_desktop.services.trainings import (
    SORT_KEYS,
    PelatihanDraft,
    PelatihanQuery,
    TrainingService,
)

pytestmark = pytest.mark.postgres

ROUNDS = 20
RACE_TIMEOUT = 30.0
YEAR = date.today().year - 1


@pytest.fixture(scope="module")
def register(pg_db: Database) -> Register:
    return seed_register(pg_db)


@pytest.fixture
def service(pg_db: Database, register: Register) -> TrainingService:
    return TrainingService(pg_db)


@pytest.fixture
def second_clerk(pg_db: Database, pg_url: str) -> Iterator[Database]:
    other = Database.open(pg_url)
    other.assume_user("operator")
    yield other
    other.close()


def new_activity(service: TrainingService, round_no: int) -> int:
    return service.create(
        PelatihanDraft(
            nama=f"Workshop Manajemen Proyek angkatan {round_no}",
            jenis_diklat="4",
            mulai=date(YEAR, 6, 2),
            selesai=date(YEAR, 6, 4),
            penyelenggara="BPSDM Provinsi Jawa Barat",
        )
    )


def race(
    monkeypatch: pytest.MonkeyPatch,
    checks: tuple[str, ...],
    first: Database,
    second: Database,
    write: Callable[[TrainingService, str], Any],
) -> tuple[list[str], list[BaseException]]:
    """write(service, "satu") on `first` and write(service, "dua") on `second` at once;
    each waits for the other after passing one of trainings.<checks>."""
    barrier = threading.Barrier(2, timeout=RACE_TIMEOUT)
    lock = threading.Lock()
    passed: list[str] = []
    real = {name: getattr(trainings_module, name) for name in checks}

    def waiting(name: str) -> Callable[..., Any]:
        def check_then_wait(*args: Any, **kwargs: Any) -> Any:
            result = real[name](*args, **kwargs)
            with lock:
                passed.append(threading.current_thread().name)
            barrier.wait()
            return result

        return check_then_wait

    winners: list[str] = []
    errors: list[BaseException] = []

    def run(db: Database, label: str) -> None:
        try:
            write(TrainingService(db), label)
        except BaseException as exc:
            with lock:
                errors.append(exc)
            barrier.abort()  # one that failed before the barrier frees the other
        else:
            with lock:
                winners.append(label)

    for name in checks:
        monkeypatch.setattr(trainings_module, name, waiting(name))
    try:
        threads = [
            threading.Thread(target=run, args=(first, "satu"), name="satu"),
            threading.Thread(target=run, args=(second, "dua"), name="dua"),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(RACE_TIMEOUT * 2)
            assert not thread.is_alive(), "a writer hung"
    finally:
        for name, function in real.items():
            monkeypatch.setattr(trainings_module, name, function)
    assert sorted(passed) == ["dua", "satu"], ("both should pass the check", passed, errors)
    return winners, errors


def live_participants(db: Database, pelatihan_id: int) -> list[int]:
    with db.reading() as session:
        return sorted(
            session.scalars(
                select(PesertaPelatihan.employee_id).where(
                    PesertaPelatihan.pelatihan_id == pelatihan_id,
                    PesertaPelatihan.deleted_at.is_(None),
                )
            )
        )


def test_two_clerks_enrolling_the_same_person_exactly_one_wins(
    service: TrainingService,
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    people = register.people
    # Both lists hold Siti; the loser's other person is not enrolled either.
    lists = {
        "satu": [people["ahmad"], people["siti"]],
        "dua": [people["siti"], people["budi"]],
    }
    for round_no in range(ROUNDS):
        pid = new_activity(service, round_no)

        def write(svc: TrainingService, label: str, pid: int = pid) -> None:
            svc.enroll(pid, lists[label])

        winners, errors = race(monkeypatch, ("_already_enrolled",), pg_db, second_clerk, write)
        assert len(winners) == 1 and len(errors) == 1, (winners, errors)
        error = errors[0]
        assert isinstance(error, ValidationFailed), repr(error)
        message = str(error)
        assert "Siti Aminah (NIP 19900220 201503 2 001) baru saja didaftarkan" in message
        assert "oleh pengguna lain; tidak ada yang didaftarkan" in message
        assert live_participants(pg_db, pid) == sorted(lists[winners[0]]), round_no
    assert AuditService(pg_db).verify() is None


def test_two_edits_of_one_activity_the_second_is_stale(
    service: TrainingService,
    pg_db: Database,
    second_clerk: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pid = new_activity(service, 0)
    places = {"satu": "Bandung", "dua": "Cimahi"}
    for round_no in range(ROUNDS):
        opened = service.pelatihan(pid)
        base_draft = opened.as_draft()

        def write(
            svc: TrainingService,
            label: str,
            base: PelatihanDraft = base_draft,
            revision: int = opened.revision,
            n: int = round_no,
        ) -> None:
            draft = dataclasses.replace(base, tempat=places[label], catatan=f"putaran {n} {label}")
            svc.update(pid, draft, expected_revision=revision)

        winners, errors = race(monkeypatch, ("_check_revision",), pg_db, second_clerk, write)
        assert len(winners) == 1 and len(errors) == 1, (winners, errors)
        assert isinstance(errors[0], StaleRecord), repr(errors[0])
        winner = winners[0]
        who = "admin" if winner == "satu" else "operator"
        assert f"sudah diubah di tempat lain (oleh {who}" in str(errors[0])
        after = service.pelatihan(pid)
        assert after.revision == opened.revision + 1, round_no
        assert (after.tempat, after.catatan) == (places[winner], f"putaran {round_no} {winner}")
        assert after.jp == 15.0
    assert AuditService(pg_db).verify() is None


def test_enrolling_while_the_activity_is_deleted_leaves_no_live_participant(
    service: TrainingService,
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Whichever commits first, no participant stays live under a deleted activity: the
    deletion sees an enrolment committed before it, an enrolment after it is refused."""
    for round_no in range(ROUNDS):
        pid = new_activity(service, 100 + round_no)

        def write(svc: TrainingService, label: str, pid: int = pid) -> None:
            if label == "satu":
                svc.delete(pid, expected_revision=1)
            else:
                svc.enroll(pid, [register.people["dewi"], register.people["hidayat"]])

        winners, errors = race(
            monkeypatch, ("_check_revision", "_already_enrolled"), pg_db, second_clerk, write
        )
        assert "satu" in winners, errors  # the deletion always goes through
        if errors:  # the enrolment came second
            assert isinstance(errors[0], NotFound), repr(errors[0])
            assert "baru saja dihapus oleh pengguna lain" in str(errors[0])
        assert live_participants(pg_db, pid) == [], round_no
        with pytest.raises(NotFound):
            service.pelatihan(pid)
    assert AuditService(pg_db).verify() is None


def test_two_clerks_attaching_the_same_certificate_store_it_once(
    service: TrainingService,
    pg_db: Database,
    second_clerk: Database,
    register: Register,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    """One scan of a group certificate attached to two participants at the same moment:
    both succeed, and the file is kept once (INSERT ... ON CONFLICT DO NOTHING)."""
    for round_no in range(ROUNDS):
        pid = new_activity(service, 200 + round_no)
        service.enroll(pid, [register.people["ahmad"], register.people["siti"]])
        by_label = dict(zip(("satu", "dua"), (p.id for p in service.peserta(pid)), strict=True))
        scan = tmp_path / f"sttp-{round_no}.pdf"
        scan.write_bytes(b"%PDF-1.4\n% sertifikat bersama, putaran " + str(round_no).encode())

        def write(
            svc: TrainingService,
            label: str,
            scan: Path = scan,
            by_label: dict[str, int] = by_label,
        ) -> None:
            svc.attach_sertifikat(by_label[label], scan, expected_revision=1)

        winners, errors = race(monkeypatch, ("_check_revision",), pg_db, second_clerk, write)
        assert sorted(winners) == ["dua", "satu"] and errors == [], errors
        digest = hashlib.sha256(scan.read_bytes()).hexdigest()
        with pg_db.reading() as session:
            stored = session.scalar(
                select(func.count()).select_from(Berkas).where(Berkas.sha256 == digest)
            )
        assert stored == 1
        assert {service.peserta_record(i).sertifikat_sha256 for i in by_label.values()} == {digest}


def test_the_list_sorts_and_filters_in_postgresql(
    service: TrainingService, register: Register
) -> None:
    """The list's SQL (case-insensitive text, the reaction index, counts) on PostgreSQL."""
    a = service.create(
        PelatihanDraft(
            nama="Bimtek SPBE Kota", jenis_diklat="8", mulai=date(YEAR - 5, 3, 1),
            selesai=date(YEAR - 5, 3, 2), jumlah=16, penyelenggara="Kominfo Jabar",
            reaksi_penyelenggara=3.0,
        )
    )  # fmt: skip
    b = service.create(
        PelatihanDraft(
            nama="Coaching pelayanan", jenis_diklat="14", mulai=date(YEAR - 5, 4, 1),
            selesai=date(YEAR - 5, 5, 31), jumlah=3, tempat="Balai Kota",
            reaksi_pengajar=4.0, biaya_realisasi=1_000_000,
        )
    )  # fmt: skip
    service.enroll(b, [register.people["ahmad"]])
    year = PelatihanQuery(tahun=YEAR - 5)
    assert service.search_ids(year) == [a, b]
    assert service.search_ids(PelatihanQuery(tahun=YEAR - 5, teks="SPBE")) == [a]
    assert service.search_ids(PelatihanQuery(teks="balai kota")) == [b]
    assert service.search_ids(PelatihanQuery(penyelenggara="KOMINFO JABAR")) == [a]
    assert service.search_ids(PelatihanQuery(tahun=YEAR - 5, klasikal=False)) == [b]
    for key in SORT_KEYS:
        assert sorted(service.search_ids(year, key, True)) == [a, b], key
    assert service.search_ids(year, "reaksi", True) == [b, a]  # 100 before 75
    assert service.search_ids(year, "peserta", True) == [b, a]
    assert service.search_ids(year, "jenis") == [a, b]  # Bimbingan Teknis, Coaching
    rows = service.rows([a, b])
    assert (rows[b].jp, rows[b].jumlah_peserta, rows[b].indeks_reaksi) == (6.0, 1, 100.0)
    assert service.penyelenggara_list()[:1] == ["BPSDM Provinsi Jawa Barat"]
