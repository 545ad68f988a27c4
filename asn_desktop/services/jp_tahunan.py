"""The JP an employee is credited in a year: one query that every figure uses.

The compliance report, the employee's bars, the plan's "below target" and the demo's
checks all read these functions, so they cannot disagree. A participant is credited the
activity's counted JP (stored with the activity, with its rule version) when the activity
has ended by ``as_of``, the participant did not fail it and attended at least the
activity's minimum. The year is the year the activity ends. Degree study adds 20 JP per
completed semester (resources/policy/konversi_jp.json, credited in the semester's year).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan, TugasBelajar
from asn_desktop.domain.jp import jp_tugas_belajar

__all__ = [
    "activity_jp",
    "credited",
    "jp_of_years",
    "jp_per_employee",
    "last_development_year",
    "study_jp",
]

# A placeholder list longer than this goes to SQL as a join-free IN over chunks.
_CHUNK = 900


def credited(as_of: date) -> ColumnElement[bool]:
    """The condition on a (PesertaPelatihan join Pelatihan) row for its JP to count."""
    return and_(
        PesertaPelatihan.deleted_at.is_(None),
        Pelatihan.deleted_at.is_(None),
        PesertaPelatihan.hasil != "tidak_lulus",
        PesertaPelatihan.kehadiran >= Pelatihan.min_kehadiran,
        Pelatihan.selesai <= as_of,
    )


def _chunks(ids: Collection[int]) -> Iterable[list[int]]:
    ordered = sorted(ids)
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def activity_jp(tahun: int, as_of: date) -> Select[int, float]:
    """(employee_id, jp): the JP of activities credited in ``tahun``, one row per employee
    with any. The part of :func:`jp_per_employee` that SQL can do (degree study is counted
    in Python), public so a list can outer-join it as a subquery and sort by it."""
    return (
        select(PesertaPelatihan.employee_id, func.sum(Pelatihan.jp).label("jp"))
        .join(Pelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
        .where(Pelatihan.tahun == tahun, credited(as_of))
        .group_by(PesertaPelatihan.employee_id)
    )


def jp_per_employee(
    session: Session,
    tahun: int,
    *,
    employee_ids: Collection[int] | None = None,
    as_of: date | None = None,
) -> dict[int, float]:
    """employee id -> JP credited in ``tahun`` (activities and degree study); employees
    with nothing are absent."""
    as_of = as_of or date.today()
    stmt = activity_jp(tahun, as_of)
    out: dict[int, float] = defaultdict(float)
    if employee_ids is None:
        for employee_id, total in session.execute(stmt):
            out[employee_id] += float(total or 0)
    else:
        for chunk in _chunks(employee_ids):
            for employee_id, total in session.execute(
                stmt.where(PesertaPelatihan.employee_id.in_(chunk))
            ):
                out[employee_id] += float(total or 0)
    for employee_id, per_year in study_jp(session, employee_ids=employee_ids, as_of=as_of).items():
        if tahun in per_year:
            out[employee_id] += per_year[tahun]
    return {k: round(v, 2) for k, v in out.items()}


def jp_of_years(
    session: Session, employee_id: int, years: Iterable[int], *, as_of: date | None = None
) -> dict[int, float]:
    """year -> JP credited to one employee, 0.0 for a year with nothing (the detail bars)."""
    as_of = as_of or date.today()
    wanted = sorted(set(years))
    out = dict.fromkeys(wanted, 0.0)
    if not wanted:
        return out
    rows = session.execute(
        select(Pelatihan.tahun, func.sum(Pelatihan.jp))
        .join(PesertaPelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
        .where(
            PesertaPelatihan.employee_id == employee_id,
            Pelatihan.tahun.in_(wanted),
            credited(as_of),
        )
        .group_by(Pelatihan.tahun)
    )
    for tahun, total in rows:
        out[tahun] += float(total or 0)
    for tahun, jp in (
        study_jp(session, employee_ids=[employee_id], as_of=as_of).get(employee_id, {}).items()
    ):
        if tahun in out:
            out[tahun] += jp
    return {k: round(v, 2) for k, v in out.items()}


def study_jp(
    session: Session, *, employee_ids: Collection[int] | None = None, as_of: date | None = None
) -> dict[int, dict[int, float]]:
    """employee id -> {year: JP} from degree study: semesters completed by the end of the
    study (lulus, berhenti) or by ``as_of`` while it runs."""
    as_of = as_of or date.today()
    stmt = select(
        TugasBelajar.employee_id,
        TugasBelajar.mulai,
        TugasBelajar.selesai,
        TugasBelajar.internasional,
    ).where(TugasBelajar.deleted_at.is_(None))
    rows: list[Any] = []
    if employee_ids is None:
        rows = list(session.execute(stmt))
    else:
        for chunk in _chunks(employee_ids):
            rows.extend(session.execute(stmt.where(TugasBelajar.employee_id.in_(chunk))))
    out: dict[int, dict[int, float]] = {}
    for employee_id, mulai, selesai, internasional in rows:
        # Running: up to today or the planned end; ended (lulus, berhenti, which the
        # service requires an end date for): up to that end.
        sampai = min(selesai, as_of) if selesai is not None else as_of
        if sampai < mulai:
            continue
        per_year = out.setdefault(employee_id, {})
        for tahun, jp in jp_tugas_belajar(mulai, sampai, internasional=internasional).items():
            per_year[tahun] = per_year.get(tahun, 0.0) + jp
    return out


def last_development_year(
    session: Session, *, employee_ids: Collection[int] | None = None, as_of: date | None = None
) -> dict[int, int]:
    """employee id -> the last year with credited JP (activities or degree study); employees
    who never had any are absent. The "no development for N years" list reads this."""
    as_of = as_of or date.today()
    stmt = (
        select(PesertaPelatihan.employee_id, func.max(Pelatihan.tahun))
        .join(Pelatihan, Pelatihan.id == PesertaPelatihan.pelatihan_id)
        .where(credited(as_of), Pelatihan.jp > 0)
        .group_by(PesertaPelatihan.employee_id)
    )
    out: dict[int, int] = {}
    if employee_ids is None:
        out.update((e, y) for e, y in session.execute(stmt))
    else:
        for chunk in _chunks(employee_ids):
            out.update(
                (e, y)
                for e, y in session.execute(stmt.where(PesertaPelatihan.employee_id.in_(chunk)))
            )
    for employee_id, per_year in study_jp(session, employee_ids=employee_ids, as_of=as_of).items():
        years = [y for y, jp in per_year.items() if jp > 0]
        if years:
            out[employee_id] = max(out.get(employee_id, 0), max(years))
    return out
