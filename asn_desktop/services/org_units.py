"""The agency's unit tree (dinas > bidang > seksi/UPT)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from asn_desktop.db.models import Employee, OrgUnit
from asn_desktop.domain import FieldProblem, check_text
from asn_desktop.domain.peran import Permission
from asn_desktop.services.database import Database, stamp_change
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.permissions import use_case


@dataclass(frozen=True)
class UnitNode:
    id: int
    kode: str
    nama: str
    parent_id: int | None
    depth: int


class OrgUnitService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def tree(self) -> list[UnitNode]:
        """All live units, parents before children, siblings by urutan then name."""
        with self.db.reading() as session:
            units = session.scalars(select(OrgUnit).where(OrgUnit.deleted_at.is_(None))).all()
        children: dict[int | None, list[OrgUnit]] = {}
        for unit in units:
            children.setdefault(unit.parent_id, []).append(unit)
        ordered: list[UnitNode] = []

        def walk(parent: int | None, depth: int) -> None:
            for unit in sorted(children.get(parent, []), key=lambda u: (u.urutan, u.nama)):
                ordered.append(UnitNode(unit.id, unit.kode, unit.nama, unit.parent_id, depth))
                walk(unit.id, depth + 1)

        walk(None, 0)
        return ordered

    def by_kode(self, kode: str) -> UnitNode:
        with self.db.reading() as session:
            unit = session.scalar(
                select(OrgUnit).where(OrgUnit.kode == kode, OrgUnit.deleted_at.is_(None))
            )
            if unit is None:
                raise NotFound(f"Unit kerja dengan kode '{kode}' tidak ada.")
            depth = unit.path.count("/") - 2
            return UnitNode(unit.id, unit.kode, unit.nama, unit.parent_id, max(depth, 0))

    @use_case(Permission.EDIT)
    def create(self, kode: str, nama: str, parent_id: int | None = None, urutan: int = 0) -> int:
        kode, nama = kode.strip(), " ".join(nama.split())
        problems = []
        if not kode:
            problems.append(FieldProblem("kode", "Kode unit wajib diisi."))
        if not nama:
            problems.append(FieldProblem("nama", "Nama unit wajib diisi."))
        problems += check_text("unit_kode", kode, problem_field="kode")
        problems += check_text("unit_nama", nama, problem_field="nama")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            if session.scalar(select(func.count()).where(OrgUnit.kode == kode)):
                raise ValidationFailed([FieldProblem("kode", f"Kode unit '{kode}' sudah ada.")])
            parent_path = "/"
            if parent_id is not None:
                parent = session.get(OrgUnit, parent_id)
                if parent is None or parent.deleted_at is not None:
                    raise ValidationFailed([FieldProblem("parent_id", "Unit induk tidak ada.")])
                parent_path = parent.path
            unit = OrgUnit(kode=kode, nama=nama, parent_id=parent_id, urutan=urutan)
            stamp_change(session, self.db.actor, unit, first=True)
            session.add(unit)
            session.flush()
            unit.path = f"{parent_path}{unit.id}/"
            return unit.id

    @use_case(Permission.EDIT)
    def rename(self, unit_id: int, nama: str, kode: str | None = None) -> None:
        """Change a unit's name (and code). History rows keep the name they had."""
        nama = " ".join(nama.split())
        if not nama:
            raise ValidationFailed([FieldProblem("nama", "Nama unit wajib diisi.")])
        problems = check_text("unit_nama", nama, problem_field="nama")
        if kode is not None:
            problems += check_text("unit_kode", kode.strip(), problem_field="kode")
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            unit = session.get(OrgUnit, unit_id)
            if unit is None or unit.deleted_at is not None:
                raise NotFound("Unit kerja itu tidak ada lagi.")
            if kode is not None:
                kode = kode.strip()
                if not kode:
                    raise ValidationFailed([FieldProblem("kode", "Kode unit wajib diisi.")])
                clash = session.scalar(
                    select(OrgUnit.id).where(OrgUnit.kode == kode, OrgUnit.id != unit_id)
                )
                if clash is not None:
                    raise ValidationFailed([FieldProblem("kode", f"Kode unit '{kode}' sudah ada.")])
            changed = unit.nama != nama or (kode is not None and unit.kode != kode)
            if kode is not None:
                unit.kode = kode
            unit.nama = nama
            if changed:  # saving the same values is not a change to export
                stamp_change(session, self.db.actor, unit)

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
