"""The agency's unit tree (dinas > bidang > seksi/UPT).

A unit is moved under another parent (its materialised path and its whole subtree's follow),
retired when empty (kept for the histories and exports, no longer offered by filters and
pickers; it can be reactivated), and renamed with its former names kept. Every write checks
the revision the clerk read (expected_revision); the version column catches two clerks who
read the same revision at once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, literal, select, update
from sqlalchemy.orm import Session

from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.domain import FieldProblem, check_text
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.database import Database, stale_record_error, stamp_change
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.permissions import use_case


@dataclass(frozen=True)
class UnitNode:
    id: int
    kode: str
    nama: str
    parent_id: int | None
    depth: int
    # Retired (tidak aktif): listed only by tree(include_retired=True) and by_kode.
    retired: bool = False
    # The revision read, to pass as expected_revision; not part of what the node is.
    revision: int = field(default=0, compare=False)


@dataclass(frozen=True)
class FormerName:
    """A name (and code) the unit had until `sampai`, the day it was renamed."""

    nama: str
    kode: str
    sampai: date


@dataclass(frozen=True)
class UnitDetail:
    node: UnitNode
    nonaktif_sejak: date | None
    former_names: tuple[FormerName, ...]  # oldest first
    # Employees still in the agency placed in the unit or in any unit below it.
    active_employees: int
    # Units directly below it that are in use (not retired).
    live_children: int


def _node(unit: OrgUnit, depth: int | None = None) -> UnitNode:
    if depth is None:
        depth = max(unit.path.count("/") - 2, 0)
    return UnitNode(
        unit.id,
        unit.kode,
        unit.nama,
        unit.parent_id,
        depth,
        unit.nonaktif_sejak is not None,
        unit.revision,
    )


def former_names(unit: OrgUnit) -> tuple[FormerName, ...]:
    if not unit.nama_sebelumnya:
        return ()
    return tuple(
        FormerName(item["nama"], item.get("kode", ""), date.fromisoformat(item["sampai"]))
        for item in json.loads(unit.nama_sebelumnya)
    )


def _check_revision(unit: OrgUnit, expected: int) -> None:
    # The early, friendly refusal; the database's own "WHERE revision = ..." (the version
    # column) catches the writer that read the same revision at the same time.
    if unit.revision != expected:
        raise stale_record_error(f"unit kerja {unit.nama}", unit.updated_by, unit.updated_at)


def _locked(session: Session, *unit_ids: int | None) -> dict[int, OrgUnit]:
    """The live units of these ids, read afresh and locked (PostgreSQL: FOR UPDATE) until
    the transaction ends, in id order so that two writers never wait for each other."""
    ids = sorted({i for i in unit_ids if i is not None})
    stmt = (
        select(OrgUnit)
        .where(OrgUnit.id.in_(ids), OrgUnit.deleted_at.is_(None))
        .order_by(OrgUnit.id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    return {unit.id: unit for unit in session.scalars(stmt)}


def _subtree(unit: OrgUnit) -> Any:
    """The ids of the unit and of every unit below it (its path is their prefix)."""
    return select(OrgUnit.id).where(OrgUnit.path.like(f"{unit.path}%"))


def _active_employees(session: Session, unit: OrgUnit) -> int:
    """Employees still in the agency (not left, not deleted) in the unit or below it."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Employee)
            .where(
                Employee.unit_id.in_(_subtree(unit)),
                Employee.deleted_at.is_(None),
                Employee.keluar == "",
            )
        )
        or 0
    )


def _live_children(session: Session, unit: OrgUnit) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(OrgUnit)
            .where(
                OrgUnit.parent_id == unit.id,
                OrgUnit.deleted_at.is_(None),
                OrgUnit.nonaktif_sejak.is_(None),
            )
        )
        or 0
    )


class OrgUnitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tree(self, include_retired: bool = False) -> list[UnitNode]:
        """All live units, parents before children, siblings by urutan then name.

        Retired units (and so everything below them, which is retired too) only with
        include_retired: filters and pickers offer the units in use."""
        stmt = select(OrgUnit).where(OrgUnit.deleted_at.is_(None))
        if not include_retired:
            stmt = stmt.where(OrgUnit.nonaktif_sejak.is_(None))
        with self.db.reading() as session:
            units = session.scalars(stmt).all()
        children: dict[int | None, list[OrgUnit]] = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        ordered: list[UnitNode] = []

        def walk(parent: int | None, depth: int) -> None:
            for unit in sorted(children.get(parent, []), key=lambda u: (u.urutan, u.nama)):
                ordered.append(_node(unit, depth))
                walk(unit.id, depth + 1)

        walk(None, 0)
        return ordered

    def by_kode(self, kode: str) -> UnitNode:
        with self.db.reading() as session:
            unit = session.scalar(
                select(OrgUnit).where(OrgUnit.kode == kode, OrgUnit.deleted_at.is_(None))
            )
            if unit is None:
                raise NotFound(pesan("Unit kerja dengan kode '{kode}' tidak ada.", kode=kode))
            return _node(unit)

    def detail(self, unit_id: int) -> UnitDetail:
        """One unit (retired ones too) with its former names and what keeps it in use."""
        with self.db.reading() as session:
            unit = session.get(OrgUnit, unit_id)
            if unit is None or unit.deleted_at is not None:
                raise NotFound(pesan(pesan(pesan(pesan(pesan("Unit kerja itu tidak ada lagi."))))))
            return UnitDetail(
                _node(unit),
                unit.nonaktif_sejak,
                former_names(unit),
                _active_employees(session, unit),
                _live_children(session, unit),
            )

    @use_case(Permission.EDIT)
    def create(self, kode: str, nama: str, parent_id: int | None = None, urutan: int = 0) -> int:
        kode, nama = kode.strip(), " ".join(nama.split())
        problems = []
        if not kode:
            problems.append(FieldProblem("kode", pesan(pesan("Kode unit wajib diisi."))))
        if not nama:
            problems.append(FieldProblem("nama", pesan(pesan("Nama unit wajib diisi."))))
        problems += check_text("unit_kode", kode, problem_field="kode")
        problems += check_text("unit_nama", nama, problem_field="nama")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            if session.scalar(select(func.count()).where(OrgUnit.kode == kode)):
                raise ValidationFailed(
                    [FieldProblem("kode", pesan("Kode unit '{kode}' sudah ada.", kode=kode))]
                )
            parent_path = "/"
            if parent_id is not None:
                # Locked: a unit being retired meanwhile must not get a new child.
                parent = _locked(session, parent_id).get(parent_id)
                if parent is None:
                    raise ValidationFailed(
                        [FieldProblem("parent_id", pesan(pesan("Unit induk tidak ada.")))]
                    )
                if parent.nonaktif_sejak is not None:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "parent_id",
                                pesan("Unit induk {nama} tidak aktif.", nama=parent.nama),
                            )
                        ]
                    )
                parent_path = parent.path
            unit = OrgUnit(kode=kode, nama=nama, parent_id=parent_id, urutan=urutan)
            stamp_change(session, self.db.actor, unit, first=True)
            session.add(unit)
            session.flush()
            unit.path = f"{parent_path}{unit.id}/"
            return unit.id

    @use_case(Permission.EDIT)
    def rename(
        self,
        unit_id: int,
        nama: str,
        kode: str | None = None,
        *,
        expected_revision: int,
        today: date | None = None,
    ) -> int:
        """Change a unit's name (and code); returns the unit's revision afterwards.

        The former name and code are kept with the day they changed (former_names). History
        rows keep the name they had; the employees placed in the unit now show the new one
        (employee.unit_nama, derived data: their revisions do not move)."""
        nama = " ".join(nama.split())
        if not nama:
            raise ValidationFailed([FieldProblem("nama", pesan(pesan("Nama unit wajib diisi.")))])
        problems = check_text("unit_nama", nama, problem_field="nama")
        if kode is not None:
            problems += check_text("unit_kode", kode.strip(), problem_field="kode")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            unit = session.get(OrgUnit, unit_id)
            if unit is None or unit.deleted_at is not None:
                raise NotFound(pesan(pesan(pesan(pesan(pesan("Unit kerja itu tidak ada lagi."))))))
            _check_revision(unit, expected_revision)
            if kode is not None:
                kode = kode.strip()
                if not kode:
                    raise ValidationFailed(
                        [FieldProblem("kode", pesan(pesan("Kode unit wajib diisi.")))]
                    )
                clash = session.scalar(
                    select(OrgUnit.id).where(OrgUnit.kode == kode, OrgUnit.id != unit_id)
                )
                if clash is not None:
                    raise ValidationFailed(
                        [FieldProblem("kode", pesan("Kode unit '{kode}' sudah ada.", kode=kode))]
                    )
            new_kode = unit.kode if kode is None else kode
            if unit.nama == nama and unit.kode == new_kode:
                return unit.revision  # saving the same values is not a change to export
            history = [
                {"nama": f.nama, "kode": f.kode, "sampai": f.sampai.isoformat()}
                for f in former_names(unit)
            ]
            day = today or date.today()
            history.append({"nama": unit.nama, "kode": unit.kode, "sampai": day.isoformat()})
            renamed = unit.nama != nama
            unit.nama, unit.kode = nama, new_kode
            unit.nama_sebelumnya = json.dumps(history, ensure_ascii=False)
            stamp_change(session, self.db.actor, unit)
            # The unit's row first: of two clerks renaming it at once the second waits here
            # and is refused before it touches the employees.
            session.flush()
            if renamed:
                session.execute(
                    update(Employee)
                    .where(Employee.unit_id == unit_id)
                    .values(unit_nama=nama)
                    .execution_options(synchronize_session=False)
                )
            return unit.revision

    @use_case(Permission.EDIT)
    def move(self, unit_id: int, parent_id: int | None, *, expected_revision: int) -> int:
        """Put the unit (with everything below it) under another parent, or at the top
        (parent_id None); returns the unit's revision afterwards."""
        with self.db.unit_of_work() as session:
            # Every unit locked, in id order: two moves at once cannot make a cycle or leave
            # a subtree's paths behind, and a parent cannot be retired meanwhile.
            units = {
                u.id: u
                for u in session.scalars(
                    select(OrgUnit)
                    .where(OrgUnit.deleted_at.is_(None))
                    .order_by(OrgUnit.id)
                    .with_for_update()
                    .execution_options(populate_existing=True)
                )
            }
            unit = units.get(unit_id)
            if unit is None:
                raise NotFound(pesan(pesan(pesan(pesan(pesan("Unit kerja itu tidak ada lagi."))))))
            _check_revision(unit, expected_revision)
            if unit.nonaktif_sejak is not None:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "parent_id",
                            pesan(
                                "Unit {nama} tidak aktif; aktifkan kembali dahulu sebelum "
                                "memindahkannya.",
                                nama=unit.nama,
                            ),
                        )
                    ]
                )
            parent_path = "/"
            if parent_id is not None:
                parent = units.get(parent_id)
                if parent is None:
                    raise ValidationFailed(
                        [FieldProblem("parent_id", pesan(pesan("Unit induk tidak ada.")))]
                    )
                if parent.path.startswith(unit.path):
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "parent_id",
                                f"Unit {unit.nama} tidak dapat dipindahkan ke bawah "
                                + (
                                    "dirinya sendiri."
                                    if parent.id == unit.id
                                    else f"unit di bawahnya sendiri ({parent.nama})."
                                ),
                            )
                        ]
                    )
                if parent.nonaktif_sejak is not None:
                    raise ValidationFailed(
                        [
                            FieldProblem(
                                "parent_id",
                                pesan("Unit induk {nama} tidak aktif.", nama=parent.nama),
                            )
                        ]
                    )
                parent_path = parent.path
            if unit.parent_id == parent_id:
                return unit.revision  # already there: not a change
            old_path, new_path = unit.path, f"{parent_path}{unit.id}/"
            # The paths below follow in one statement (derived data: no revision, no audit
            # entry of their own; the unit's new parent is the change).
            session.execute(
                update(OrgUnit)
                .where(OrgUnit.path.like(f"{old_path}%"), OrgUnit.id != unit.id)
                .values(path=literal(new_path) + func.substr(OrgUnit.path, len(old_path) + 1))
                .execution_options(synchronize_session=False)
            )
            unit.parent_id, unit.path = parent_id, new_path
            stamp_change(session, self.db.actor, unit)
            session.flush()
            return unit.revision

    @use_case(Permission.EDIT)
    def retire(self, unit_id: int, *, expected_revision: int, today: date | None = None) -> int:
        """Retire an empty unit (tidak aktif sejak today); returns its revision afterwards.

        Refused while employees still in the agency are placed in it or below it, or while
        units in use are below it. The unit stays for the histories and exports."""
        with self.db.unit_of_work() as session:
            # Locked first: a unit created under it meanwhile waits, then sees it retired.
            unit = _locked(session, unit_id).get(unit_id)
            if unit is None:
                raise NotFound(pesan(pesan(pesan(pesan(pesan("Unit kerja itu tidak ada lagi."))))))
            _check_revision(unit, expected_revision)
            if unit.nonaktif_sejak is not None:
                return unit.revision
            problems = []
            staff = _active_employees(session, unit)
            if staff:
                problems.append(
                    FieldProblem(
                        "unit",
                        pesan(
                            "Unit {nama} masih ditempati {staff} pegawai aktif (di unit ini "
                            "atau unit di bawahnya); pindahkan mereka ke unit lain dahulu.",
                            nama=unit.nama,
                            staff=staff,
                        ),
                    )
                )
            children = _live_children(session, unit)
            if children:
                problems.append(
                    FieldProblem(
                        "unit",
                        pesan(
                            "Di bawah unit {nama} masih ada {children} unit aktif; pindahkan "
                            "atau nonaktifkan unit itu dahulu.",
                            nama=unit.nama,
                            children=children,
                        ),
                    )
                )
            if problems:
                raise ValidationFailed(problems)
            unit.nonaktif_sejak = today or date.today()
            stamp_change(session, self.db.actor, unit)
            session.flush()
            return unit.revision

    @use_case(Permission.EDIT)
    def reactivate(self, unit_id: int, *, expected_revision: int) -> int:
        """Put a retired unit back in use; refused while its parent is retired."""
        with self.db.unit_of_work() as session:
            found = session.get(OrgUnit, unit_id)
            # The unit and its parent locked together, in id order (see _locked); a move
            # meanwhile changes the unit's revision and is refused below.
            locked = _locked(session, unit_id, found.parent_id if found is not None else None)
            unit = locked.get(unit_id)
            if unit is None:
                raise NotFound(pesan(pesan(pesan(pesan(pesan("Unit kerja itu tidak ada lagi."))))))
            _check_revision(unit, expected_revision)
            if unit.nonaktif_sejak is None:
                return unit.revision
            parent = locked.get(unit.parent_id) if unit.parent_id is not None else None
            if parent is not None and parent.nonaktif_sejak is not None:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "unit",
                            pesan(
                                "Unit induknya ({nama}) tidak aktif; aktifkan unit induk dahulu.",
                                nama=parent.nama,
                            ),
                        )
                    ]
                )
            unit.nonaktif_sejak = None
            stamp_change(session, self.db.actor, unit)
            session.flush()
            return unit.revision

    def employee_count(self, unit_id: int) -> int:
        with self.db.reading() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(Employee)
                    .where(Employee.unit_id == unit_id, Employee.deleted_at.is_(None))
                )
                or 0
            )
