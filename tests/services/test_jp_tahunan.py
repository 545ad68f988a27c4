"""The one query of credited JP: who is credited what, in which year."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan, TugasBelajar
from asn_desktop.domain.jp import hitung_jp, tahun_jp
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import Database
from asn_desktop.services.jp_tahunan import (
    jp_of_years,
    jp_per_employee,
    last_development_year,
    study_jp,
)
from asn_desktop.services.permissions import use_case

from .helpers import Register

AS_OF = date(2026, 12, 1)


def _activity(
    session: Session, jenis: str, mulai: date, selesai: date, jumlah: float | None = None
) -> Pelatihan:
    hasil = hitung_jp(jenis, mulai=mulai, selesai=selesai, jumlah=jumlah)
    row = Pelatihan(
        nama=f"Kegiatan {jenis} {mulai.isoformat()}",
        jenis_diklat=jenis,
        mulai=mulai,
        selesai=selesai,
        tahun=tahun_jp(mulai, selesai),
        satuan=hasil.satuan.value,
        jumlah=hasil.jumlah,
        jp=hasil.jp,
        aturan_versi=hasil.versi,
    )
    session.add(row)
    return row


def _enrol(session: Session, activity: Pelatihan, employee_id: int, **values: object) -> None:
    session.add(PesertaPelatihan(pelatihan=activity, employee_id=employee_id, **values))


class _Rows:
    """Rows written straight through the ORM: this tests the query, not the service."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.EDIT)
    def write(self, fill: Callable[[Session], None]) -> None:
        with self.db.unit_of_work() as session:
            fill(session)


@pytest.fixture
def filled(register_db: Database, register: Register) -> Iterator[tuple[Database, Register]]:
    ahmad, siti, budi = (register.people[k] for k in ("ahmad", "siti", "budi"))

    def fill(session: Session) -> None:
        seminar = _activity(session, "9", date(2026, 3, 2), date(2026, 3, 4))  # 3 days x 4 = 12
        teknis = _activity(session, "3", date(2026, 5, 4), date(2026, 5, 8), 40)
        # Across New Year: counted in the year it ends.
        kursus = _activity(session, "11", date(2025, 12, 29), date(2026, 1, 9), 30)
        future = _activity(session, "3", date(2026, 12, 14), date(2026, 12, 18), 24)
        old = _activity(session, "4", date(2023, 6, 5), date(2023, 6, 6))  # 2 days x 5 = 10
        removed = _activity(session, "3", date(2026, 2, 2), date(2026, 2, 3), 16)
        removed.deleted_at = datetime(2026, 2, 10, tzinfo=UTC)
        _enrol(session, seminar, ahmad)
        _enrol(session, teknis, ahmad)
        _enrol(session, kursus, ahmad)
        _enrol(session, future, ahmad)  # not ended by AS_OF
        _enrol(session, removed, ahmad)
        _enrol(session, seminar, siti, hasil="tidak_lulus")
        _enrol(session, teknis, siti, kehadiran=70)  # below the default minimum of 80
        _enrol(session, kursus, siti, kehadiran=80, hasil="lulus")
        _enrol(session, old, budi)
        gone = PesertaPelatihan(pelatihan=teknis, employee_id=budi)
        gone.deleted_at = datetime(2026, 6, 1, tzinfo=UTC)
        session.add(gone)
        # Degree study from 1 Aug 2025: semesters end 31 Jan 2026 and 31 Jul 2026.
        session.add(
            TugasBelajar(employee_id=budi, mulai=date(2025, 8, 1), selesai=date(2027, 7, 31))
        )

    _Rows(register_db).write(fill)
    yield register_db, register


def test_the_crediting_rule_and_the_year(filled: tuple[Database, Register]) -> None:
    db, register = filled
    with db.reading() as session:
        got = jp_per_employee(session, 2026, as_of=AS_OF)
    ahmad, siti, budi = (register.people[k] for k in ("ahmad", "siti", "budi"))
    assert got[ahmad] == 12 + 40 + 30  # not the future one, not the deleted activity
    assert got[siti] == 30  # failed and below-minimum not credited; exactly the minimum is
    assert got[budi] == 40  # two semesters of degree study; the removed enrolment not
    with db.reading() as session:
        assert jp_per_employee(session, 2025, as_of=AS_OF) == {}
        only = jp_per_employee(session, 2026, employee_ids=[siti], as_of=AS_OF)
    assert only == {siti: 30}


def test_the_future_activity_counts_once_it_has_ended(filled: tuple[Database, Register]) -> None:
    db, register = filled
    with db.reading() as session:
        later = jp_per_employee(session, 2026, as_of=date(2026, 12, 31))
    assert later[register.people["ahmad"]] == 12 + 40 + 30 + 24


def test_years_of_one_employee_and_the_last_year(filled: tuple[Database, Register]) -> None:
    db, register = filled
    ahmad, budi = register.people["ahmad"], register.people["budi"]
    with db.reading() as session:
        years = jp_of_years(session, budi, range(2022, 2027), as_of=AS_OF)
        last = last_development_year(session, as_of=AS_OF)
        study = study_jp(session, as_of=AS_OF)
    assert years == {2022: 0.0, 2023: 10.0, 2024: 0.0, 2025: 0.0, 2026: 40.0}
    assert last[ahmad] == 2026 and last[budi] == 2026
    assert register.people["dewi"] not in last  # never developed
    assert study == {budi: {2026: 40.0}}


def test_a_running_study_counts_only_semesters_ended_by_today(
    filled: tuple[Database, Register],
) -> None:
    db, register = filled
    with db.reading() as session:
        early = study_jp(session, as_of=date(2026, 7, 30))
    assert early == {register.people["budi"]: {2026: 20.0}}
