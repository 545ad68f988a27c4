"""The yearly JP obligation: who meets it, per employee, per unit, and who has had nothing.

Public API (``ComplianceService(db)``, every method READ):

- ``laporan(tahun, *, unit_id=None, status=None, as_of=None) -> LaporanJp``: per employee
  (``JpPegawai``) and per unit of the register's tree (``JpUnit``, a unit counting the staff
  of its sub-units too); what `asn-desktop report jp` prints.
- ``search_ids(query: JpQuery, sort="nama", descending=False) -> list[int]`` and
  ``rows(tahun, ids, *, as_of=None) -> dict[int, JpPegawai]``: the compliance page's table
  (employee ids filtered and ordered in SQL, a page of rows at a time). Sort keys: nama,
  nip, unit, status, jp; ties by name, then id.
- ``tanpa_pengembangan(tahun, *, minimal_tahun=1, unit_id=None, as_of=None) ->
  list[TanpaPengembangan]``: staff with no credited development for ``minimal_tahun`` or
  more years up to ``tahun`` (the "resistant" list), longest first.
- ``riwayat_jp(employee_id, tahun_terakhir, jumlah_tahun=5, *, as_of=None) ->
  list[JpTahun]``: (tahun, jp, target) per year, oldest first: the bars of the detail.
- ``ringkasan(tahun, unit_id=None, *, as_of=None) -> RingkasanJp``: the page header.

Every JP figure comes from services.jp_tahunan; every target from domain.jp.target_jp with
the employee's months in service that year: from the TMT CPNS (for PPPK, who have no TMT
CPNS, the TMT of the first rank entry, their appointment) to the day before the TMT pensiun
(domain.pensiun: the position's BUP). Someone not in service at all in a year (appointed
later, retired before it) is not part of that year's report: their target would be 0 and
they would "meet" it, which would flatter the unit's share. Deleted employees never count.
An employee counts in the unit they are in now.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Literal, NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from asn_desktop.db.models import Employee, OrgUnit, RankHistory
from asn_desktop.domain import FieldProblem, PolicyError, format_nama_lengkap
from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional
from asn_desktop.domain.jp import JpError, target_dikonfirmasi, target_jp
from asn_desktop.domain.pensiun import tanggal_pensiun, usia_bup
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import format_tanggal_angka
from asn_desktop.services.database import Database
from asn_desktop.services.employees import _nip_digits, _words, contains, sort_expression
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.jp_tahunan import (
    activity_jp,
    jp_of_years,
    jp_per_employee,
    last_development_year,
)
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy

__all__ = [
    "KATEGORI",
    "SORT_KEYS",
    "ComplianceService",
    "JpPegawai",
    "JpQuery",
    "JpTahun",
    "JpUnit",
    "LaporanJp",
    "RingkasanJp",
    "TanpaPengembangan",
]

# The compliance page's filter: everyone, those meeting the target, those below it, and
# those with no JP at all this year (a subset of "below").
Kategori = Literal["semua", "memenuhi", "di_bawah", "nihil"]
KATEGORI: tuple[str, ...] = ("semua", "memenuhi", "di_bawah", "nihil")
SortKey = Literal["nama", "nip", "unit", "status", "jp"]
SORT_KEYS: tuple[str, ...] = ("nama", "nip", "unit", "status", "jp")
STATUSES = ("CPNS", "PNS", "PPPK")

# Above this many employees the year's JP is read for everyone in one query and picked
# from in Python, instead of IN lists of 900 ids.
_ALL_AT_ONCE = 2000
_MAX_YEARS = 50


@dataclass(frozen=True)
class JpQuery:
    """What the compliance page shows; ``text`` matches the NIP when it holds only digits,
    else every word must occur in the name. ``unit_id`` includes the units below it."""

    tahun: int
    unit_id: int | None = None
    status: str | None = None  # CPNS, PNS, PPPK; None for all
    text: str = ""
    kategori: str = "semua"
    as_of: date | None = None  # activities ended by this day count (default today)


@dataclass(frozen=True)
class JpPegawai:
    employee_id: int
    nip: str
    nama: str  # printed, with gelar
    status: str
    unit_id: int | None
    unit_kode: str
    unit_nama: str
    jp: float
    target: float
    memenuhi: bool
    kekurangan: float  # JP still missing, 0 when met
    target_dikonfirmasi: bool
    catatan_target: str  # why the target is unconfirmed (PPPK), "" otherwise
    # The part of the year in service when it is not all of it (prorated target), else None.
    mulai_kerja: date | None
    selesai_kerja: date | None


@dataclass(frozen=True)
class JpUnit:
    """One unit of the tree with everyone in it and in its sub-units."""

    unit_id: int
    kode: str
    nama: str
    parent_id: int | None
    tingkat: int  # depth in the tree (0: top)
    staff: int
    meeting_target: int
    below_target: int
    nihil: int  # no JP at all this year
    share: float | None  # percent of staff meeting the target; None without staff
    jp_total: float
    jp_rata2: float | None
    staff_langsung: int  # placed in this unit itself, not below it


@dataclass(frozen=True)
class LaporanJp:
    tahun: int
    pegawai: list[JpPegawai]
    unit: list[JpUnit]
    as_of: date


@dataclass(frozen=True)
class RingkasanJp:
    tahun: int
    staff: int
    meeting_target: int
    below_target: int
    nihil: int
    share: float | None


@dataclass(frozen=True)
class TanpaPengembangan:
    employee_id: int
    nip: str
    nama: str
    status: str
    unit_kode: str
    unit_nama: str
    tahun_terakhir: int | None  # the last year with credited JP; None: never
    # Years up to ``tahun`` without any; for the never-trained, their years in service
    # (None when the start of service is not known).
    tahun_tanpa: int | None


class JpTahun(NamedTuple):
    tahun: int
    jp: float
    target: float | None  # None: no target rule for that year (before PP 11/2017)


# -- months in service and targets -------------------------------------------------------


class _Targets:
    """Targets of one year, with the lookups that repeat for thousands of employees cached:
    the BUP per position kind, the target per (status, first and last day in the year)."""

    def __init__(self, tahun: int) -> None:
        self.tahun = tahun
        self.awal = date(tahun, 1, 1)
        self.akhir = date(tahun, 12, 31)
        self._bup: dict[tuple[str, str], int | None] = {}
        self._target: dict[tuple[str, date | None, date | None], float] = {}
        self._konfirmasi: dict[str, tuple[bool, str]] = {}

    def bup(self, jenis: str, jenjang: str, usia_bup_jabatan: int | None) -> int | None:
        if usia_bup_jabatan is not None and usia_bup_jabatan > 0:
            return usia_bup_jabatan
        key = (jenis, jenjang)
        if key not in self._bup:
            found: int | None = None
            try:
                found = usia_bup(
                    policy("bup"),
                    JenisJabatan(jenis),
                    JenjangFungsional(jenjang) if jenjang else None,
                    on=max(self.akhir, policy("bup").versions[0].effective_from),
                )
            except (ValueError, PolicyError):
                # No position, or a fungsional one typed without jenjang: the retirement
                # date is unknown, so the year counts whole.
                found = None
            self._bup[key] = found
        return self._bup[key]

    def masa(
        self,
        mulai: date | None,
        lahir: date | None,
        jenis: str,
        jenjang: str,
        usia_bup_jabatan: int | None,
        keluar: date | None = None,
    ) -> tuple[date | None, date | None] | None:
        """(first, last) day in service within the year, None for a bound that is the
        year's own; None when not in service at all that year. ``keluar`` is the day the
        person left the agency (domain.pemberhentian), when they did."""
        selesai: date | None = None
        if lahir is not None:
            bup = self.bup(jenis, jenjang, usia_bup_jabatan)
            if bup is not None:
                selesai = tanggal_pensiun(lahir, bup) - timedelta(days=1)
        if keluar is not None:
            last_day = keluar - timedelta(days=1)
            selesai = last_day if selesai is None else min(selesai, last_day)
        awal = mulai if mulai is not None and mulai > self.awal else None
        akhir = selesai if selesai is not None and selesai < self.akhir else None
        if (awal or self.awal) > (akhir or self.akhir):
            return None
        return awal, akhir

    def target(self, status: str, awal: date | None, akhir: date | None) -> float:
        key = (status, awal, akhir)
        found = self._target.get(key)
        if found is None:
            found = target_jp(status, self.tahun, mulai_kerja=awal, selesai_kerja=akhir)
            self._target[key] = found
        return found

    def konfirmasi(self, status: str) -> tuple[bool, str]:
        found = self._konfirmasi.get(status)
        if found is None:
            found = target_dikonfirmasi(status, self.tahun)
            self._konfirmasi[status] = found
        return found


def _targets_of(tahun: int) -> _Targets:
    """The year's targets; a year the kewajiban_jp table does not cover is refused."""
    targets = _Targets(tahun)
    try:
        targets.konfirmasi("PNS")
    except (PolicyError, JpError):
        first = policy("kewajiban_jp").versions[0].effective_from
        raise ValidationFailed(
            [
                FieldProblem(
                    "tahun",
                    pesan(
                        "Tahun {tahun} tidak memiliki target JP: tabel kewajiban JP berlaku "
                        "sejak {first}.",
                        tahun=tahun,
                        first=format_tanggal_angka(first),
                    ),
                )
            ]
        ) from None
    return targets


def _check_status(status: str | None) -> None:
    if status is not None and status not in STATUSES:
        raise ValidationFailed(
            [
                FieldProblem(
                    "status",
                    pesan(
                        "Status kepegawaian harus CPNS, PNS, atau PPPK; yang dipilih '{status}'.",
                        status=status,
                    ),
                )
            ]
        )


def _appointments(session: Session, employee_ids: Collection[int]) -> dict[int, date]:
    """employee id -> TMT of the first rank entry: the start of service of those without a
    TMT CPNS (PPPK, whose appointment is their first rank entry)."""
    out: dict[int, date] = {}
    ordered = sorted(employee_ids)
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        stmt = (
            select(RankHistory.employee_id, func.min(RankHistory.tmt))
            .where(RankHistory.employee_id.in_(chunk), RankHistory.deleted_at.is_(None))
            .group_by(RankHistory.employee_id)
        )
        out.update((e, t) for e, t in session.execute(stmt) if t is not None)
    return out


def _all_appointments(session: Session) -> dict[int, date]:
    stmt = (
        select(RankHistory.employee_id, func.min(RankHistory.tmt))
        .join(Employee, Employee.id == RankHistory.employee_id)
        .where(
            Employee.tmt_cpns.is_(None),
            Employee.deleted_at.is_(None),
            RankHistory.deleted_at.is_(None),
        )
        .group_by(RankHistory.employee_id)
    )
    return {e: t for e, t in session.execute(stmt) if t is not None}


def _jp_of(
    session: Session, tahun: int, ids: Collection[int], as_of: date, *, everyone: bool = False
) -> dict[int, float]:
    if everyone or len(ids) > _ALL_AT_ONCE:
        return jp_per_employee(session, tahun, as_of=as_of)
    return jp_per_employee(session, tahun, employee_ids=ids, as_of=as_of)


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 2) if whole else None


# -- units --------------------------------------------------------------------------------


@dataclass
class _Node:
    id: int
    kode: str
    nama: str
    parent_id: int | None
    path: str
    depth: int


def _tree(session: Session, path: str | None) -> list[_Node]:
    """Live units, parents before children, siblings by urutan then name (as the register's
    tree, OrgUnitService.tree); only those under ``path`` when given."""
    rows = session.execute(
        select(
            OrgUnit.id,
            OrgUnit.kode,
            OrgUnit.nama,
            OrgUnit.parent_id,
            OrgUnit.path,
            OrgUnit.urutan,
        ).where(OrgUnit.deleted_at.is_(None))
    ).all()
    children: dict[int | None, list[Any]] = {}
    for r in rows:
        children.setdefault(r.parent_id, []).append(r)
    ordered: list[_Node] = []

    def walk(parent: int | None, depth: int) -> None:
        for r in sorted(children.get(parent, []), key=lambda u: (u.urutan, u.nama, u.id)):
            ordered.append(_Node(r.id, r.kode, r.nama, r.parent_id, r.path, depth))
            walk(r.id, depth + 1)

    walk(None, 0)
    if path is None:
        return ordered
    inside = [n for n in ordered if n.path.startswith(path)]
    top = min((n.depth for n in inside), default=0)
    for n in inside:
        n.depth -= top
    return inside


def _unit_path(session: Session, unit_id: int | None) -> str | None:
    if unit_id is None:
        return None
    unit = session.get(OrgUnit, unit_id)
    if unit is None or unit.deleted_at is not None:
        raise NotFound(pesan("Unit kerja dengan id {unit_id} tidak ditemukan.", unit_id=unit_id))
    return unit.path


def _units(nodes: Sequence[_Node], pegawai: Iterable[JpPegawai]) -> list[JpUnit]:
    index = {n.id: n for n in nodes}
    own: dict[int, list[JpPegawai]] = {}
    for p in pegawai:
        if p.unit_id is not None and p.unit_id in index:
            own.setdefault(p.unit_id, []).append(p)
    # Totals of a unit and everything under it: each employee is added to their unit and
    # to every unit on its path that is in the scope.
    totals: dict[int, list[float]] = {n.id: [0, 0, 0, 0.0] for n in nodes}
    for unit_id, people in own.items():
        ancestors = [int(p) for p in index[unit_id].path.strip("/").split("/") if p]
        for a in ancestors:
            t = totals.get(a)
            if t is None:
                continue
            for p in people:
                t[0] += 1
                t[1] += 1 if p.memenuhi else 0
                t[2] += 1 if p.jp == 0 else 0
                t[3] += p.jp
    out = []
    for n in nodes:
        staff, meeting, nihil, jp_total = totals[n.id]
        staff_i, meeting_i = int(staff), int(meeting)
        out.append(
            JpUnit(
                unit_id=n.id,
                kode=n.kode,
                nama=n.nama,
                parent_id=n.parent_id,
                tingkat=n.depth,
                staff=staff_i,
                meeting_target=meeting_i,
                below_target=staff_i - meeting_i,
                nihil=int(nihil),
                share=_percent(meeting_i, staff_i),
                jp_total=round(jp_total, 2),
                jp_rata2=round(jp_total / staff_i, 2) if staff_i else None,
                staff_langsung=len(own.get(n.id, [])),
            )
        )
    return out


# -- the service ----------------------------------------------------------------------------

_FAKTA = (
    Employee.id,
    Employee.nip,
    Employee.gelar_depan,
    Employee.nama,
    Employee.gelar_belakang,
    Employee.status_kepegawaian,
    Employee.tmt_cpns,
    Employee.tanggal_lahir,
    Employee.jenis_jabatan,
    Employee.jenjang,
    Employee.usia_bup_jabatan,
    Employee.unit_id,
    OrgUnit.kode,
    OrgUnit.nama,
    Employee.keluar_tanggal,
)


def _facts(unit_path: str | None, status: str | None) -> Select[*tuple[Any, ...]]:
    stmt = (
        select(*_FAKTA)
        .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
        .where(Employee.deleted_at.is_(None))
    )
    if unit_path is not None:
        stmt = stmt.where(OrgUnit.path.startswith(unit_path))
    if status is not None:
        stmt = stmt.where(Employee.status_kepegawaian == status)
    return stmt


def _pegawai(
    rows: Iterable[Any],
    targets: _Targets,
    appointments: dict[int, date],
    jp: dict[int, float],
) -> list[JpPegawai]:
    """JpPegawai of the rows of _FAKTA that were in service in the year."""
    out = []
    for r in rows:
        (eid, nip, depan, nama, belakang, status, tmt, lahir, jenis, jenjang, bup) = r[:11]
        masa = targets.masa(tmt or appointments.get(eid), lahir, jenis, jenjang, bup, r[14])
        if masa is None:
            continue
        awal, akhir = masa
        target = targets.target(status, awal, akhir)
        confirmed, note = targets.konfirmasi(status)
        value = jp.get(eid, 0.0)
        out.append(
            JpPegawai(
                employee_id=eid,
                nip=nip,
                nama=format_nama_lengkap(depan, nama, belakang),
                status=status,
                unit_id=r[11],
                unit_kode=r[12] or "",
                unit_nama=r[13] or "",
                jp=value,
                target=target,
                memenuhi=value >= target,
                kekurangan=round(max(target - value, 0.0), 2),
                target_dikonfirmasi=confirmed,
                catatan_target="" if confirmed else note,
                mulai_kerja=awal,
                selesai_kerja=akhir,
            )
        )
    return out


def _kategori_ok(kategori: str, jp: float, target: float) -> bool:
    if kategori == "memenuhi":
        return jp >= target
    if kategori == "di_bawah":
        return jp < target
    if kategori == "nihil":
        return jp == 0
    return True


class ComplianceService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- the report ---------------------------------------------------------------------

    def _laporan(
        self,
        session: Session,
        tahun: int,
        unit_id: int | None,
        status: str | None,
        as_of: date,
        *,
        order: Callable[[Any], Any] | None = None,
    ) -> tuple[list[JpPegawai], str | None]:
        _check_status(status)
        targets = _targets_of(tahun)
        path = _unit_path(session, unit_id)
        rows: list[Any] = list(session.execute(_facts(path, status)))
        if order is not None:
            rows.sort(key=order)
        everyone = path is None and status is None
        if everyone or len(rows) > _ALL_AT_ONCE:
            appointments = _all_appointments(session)
        else:
            appointments = _appointments(session, [r[0] for r in rows if r[6] is None])
        jp = _jp_of(session, tahun, [r[0] for r in rows], as_of, everyone=everyone)
        return _pegawai(rows, targets, appointments, jp), path

    @use_case(Permission.READ)
    def laporan(
        self,
        tahun: int,
        *,
        unit_id: int | None = None,
        status: str | None = None,
        as_of: date | None = None,
    ) -> LaporanJp:
        """Every employee in service in ``tahun`` (of the unit and those below it) with
        their JP and target, in the order of the unit tree, then by name; and every unit of
        the scope with the share of its staff (sub-units included) meeting the target."""
        day = as_of or date.today()
        with self.db.reading() as session:
            path = _unit_path(session, unit_id)
            nodes = _tree(session, path)
            order = {n.id: i for i, n in enumerate(nodes)}
            # By the name without its gelar: "Dr. H. Ahmad" files under A, as in the register.
            pegawai, _ = self._laporan(
                session,
                tahun,
                unit_id,
                status,
                day,
                order=lambda r: (
                    order.get(r[11], len(order)) if r[11] is not None else len(order) + 1,
                    r[3].casefold(),
                    r[0],
                ),
            )
        return LaporanJp(tahun, pegawai, _units(nodes, pegawai), day)

    @use_case(Permission.READ)
    def ringkasan(
        self, tahun: int, unit_id: int | None = None, *, as_of: date | None = None
    ) -> RingkasanJp:
        """Totals for the compliance page's header: staff, meeting, below, with none."""
        with self.db.reading() as session:
            pegawai, _ = self._laporan(session, tahun, unit_id, None, as_of or date.today())
        meeting = sum(1 for p in pegawai if p.memenuhi)
        return RingkasanJp(
            tahun=tahun,
            staff=len(pegawai),
            meeting_target=meeting,
            below_target=len(pegawai) - meeting,
            nihil=sum(1 for p in pegawai if p.jp == 0),
            share=_percent(meeting, len(pegawai)),
        )

    # -- the page's table ---------------------------------------------------------------

    @use_case(Permission.READ)
    def search_ids(self, query: JpQuery, sort: str = "nama", descending: bool = False) -> list[int]:
        """Employee ids of the compliance page, filtered and ordered in SQL (the JP column
        by the year's activity JP outer-joined as a subquery); the category filter and the
        degree-study JP, which need the target and the semesters, are applied after."""
        if sort not in SORT_KEYS:
            raise ValueError(f"cannot sort by {sort!r}; use one of {', '.join(SORT_KEYS)}")
        if query.kategori not in KATEGORI:
            raise ValueError(f"unknown kategori {query.kategori!r}; use {', '.join(KATEGORI)}")
        _check_status(query.status)
        as_of = query.as_of or date.today()
        dialect = self.db.engine.dialect.name
        with self.db.reading() as session:
            targets = _targets_of(query.tahun)
            path = _unit_path(session, query.unit_id)
            sub = activity_jp(query.tahun, as_of).subquery()
            activity = func.coalesce(sub.c.jp, 0.0)
            stmt = (
                select(
                    Employee.id,
                    Employee.nama,
                    Employee.status_kepegawaian,
                    Employee.tmt_cpns,
                    Employee.tanggal_lahir,
                    Employee.jenis_jabatan,
                    Employee.jenjang,
                    Employee.usia_bup_jabatan,
                    activity,
                    Employee.keluar_tanggal,
                )
                .outerjoin(OrgUnit, OrgUnit.id == Employee.unit_id)
                .outerjoin(sub, sub.c.employee_id == Employee.id)
                .where(Employee.deleted_at.is_(None))
            )
            if path is not None:
                stmt = stmt.where(OrgUnit.path.startswith(path))
            if query.status is not None:
                stmt = stmt.where(Employee.status_kepegawaian == query.status)
            text = query.text.strip()
            if text:
                digits = _nip_digits(text)
                if digits is not None:
                    stmt = stmt.where(Employee.nip.like(f"%{digits}%"))
                else:
                    for word in _words(text):
                        stmt = stmt.where(contains(Employee.nama, word, dialect))
            column = activity if sort == "jp" else sort_expression(sort, dialect)
            name = sort_expression("nama", dialect)
            if descending:
                stmt = stmt.order_by(column.desc(), name.desc(), Employee.id.desc())
            else:
                stmt = stmt.order_by(column.asc(), name.asc(), Employee.id.asc())
            rows = session.execute(stmt).all()
            ids = [r[0] for r in rows]
            appointments = _appointments(session, [r[0] for r in rows if r[3] is None])
            jp = _jp_of(session, query.tahun, ids, as_of)
        kept: list[tuple[int, str, float]] = []
        study = False
        for eid, nama, status, tmt, lahir, jenis, jenjang, bup, from_activities, keluar in rows:
            masa = targets.masa(tmt or appointments.get(eid), lahir, jenis, jenjang, bup, keluar)
            if masa is None:
                continue
            value = jp.get(eid, 0.0)
            if not _kategori_ok(query.kategori, value, targets.target(status, *masa)):
                continue
            study = study or abs(value - float(from_activities or 0)) > 0.005
            kept.append((eid, nama, value))
        if sort == "jp" and study:
            # Degree study adds JP SQL does not see: those few rows move to their place.
            kept.sort(key=lambda k: (k[2], k[1].casefold(), k[0]), reverse=descending)
        return [k[0] for k in kept]

    @use_case(Permission.READ)
    def rows(
        self, tahun: int, ids: Sequence[int], *, as_of: date | None = None
    ) -> dict[int, JpPegawai]:
        """The rows of one page; an id deleted meanwhile, or not in service that year, is
        absent."""
        if not ids:
            return {}
        day = as_of or date.today()
        with self.db.reading() as session:
            targets = _targets_of(tahun)
            found: list[Any] = []
            wanted = sorted(set(ids))
            for start in range(0, len(wanted), 900):
                chunk = wanted[start : start + 900]
                found.extend(session.execute(_facts(None, None).where(Employee.id.in_(chunk))))
            appointments = _appointments(session, [r[0] for r in found if r[6] is None])
            jp = _jp_of(session, tahun, wanted, day)
        return {p.employee_id: p for p in _pegawai(found, targets, appointments, jp)}

    # -- the "resistant" list --------------------------------------------------------------

    @use_case(Permission.READ)
    def tanpa_pengembangan(
        self,
        tahun: int,
        *,
        minimal_tahun: int = 1,
        unit_id: int | None = None,
        as_of: date | None = None,
    ) -> list[TanpaPengembangan]:
        """Staff in service in ``tahun`` whose last credited development (activities or
        degree study) is ``minimal_tahun`` or more years back, never-trained included;
        longest first, then by name. Nothing after ``tahun`` counts, so last year's list
        stays what it was."""
        if isinstance(minimal_tahun, bool) or not 1 <= minimal_tahun <= _MAX_YEARS:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "minimal_tahun",
                        pesan(
                            "Lama tanpa pengembangan harus 1 sampai {max_years} tahun; yang "
                            "dipilih {minimal_tahun}.",
                            max_years=_MAX_YEARS,
                            minimal_tahun=minimal_tahun,
                        ),
                    )
                ]
            )
        day = min(as_of or date.today(), date(tahun, 12, 31))
        with self.db.reading() as session:
            targets = _targets_of(tahun)
            path = _unit_path(session, unit_id)
            rows: list[Any] = list(session.execute(_facts(path, None)))
            if len(rows) > _ALL_AT_ONCE or path is None:
                appointments = _all_appointments(session)
                last = last_development_year(session, as_of=day)
            else:
                appointments = _appointments(session, [r[0] for r in rows if r[6] is None])
                last = last_development_year(session, employee_ids=[r[0] for r in rows], as_of=day)
        out = []
        # Longest first; never-trained with an unknown start before everyone (nobody can say
        # how long it has been); then by the name without its gelar.
        rows.sort(key=lambda r: (r[3].casefold(), r[0]))
        for r in rows:
            eid, nip, depan, nama, belakang, status, tmt, lahir, jenis, jenjang, bup = r[:11]
            mulai = tmt or appointments.get(eid)
            if targets.masa(mulai, lahir, jenis, jenjang, bup, r[14]) is None:
                continue
            terakhir = last.get(eid)
            if terakhir is not None:
                tanpa: int | None = tahun - terakhir
            elif mulai is not None:
                tanpa = tahun - max(mulai.year, 1) + 1
            else:
                tanpa = None
            if tanpa is not None and tanpa < minimal_tahun:
                continue
            out.append(
                TanpaPengembangan(
                    employee_id=eid,
                    nip=nip,
                    nama=format_nama_lengkap(depan, nama, belakang),
                    status=status,
                    unit_kode=r[12] or "",
                    unit_nama=r[13] or "",
                    tahun_terakhir=terakhir,
                    tahun_tanpa=tanpa,
                )
            )
        out.sort(key=lambda t: -(t.tahun_tanpa if t.tahun_tanpa is not None else 1 << 30))
        return out

    # -- one employee's bars ---------------------------------------------------------------

    @use_case(Permission.READ)
    def riwayat_jp(
        self,
        employee_id: int,
        tahun_terakhir: int,
        jumlah_tahun: int = 5,
        *,
        as_of: date | None = None,
    ) -> list[JpTahun]:
        """(tahun, jp, target) for the ``jumlah_tahun`` years up to ``tahun_terakhir``,
        oldest first. A year outside the employee's service has target 0; a year before
        the target rule (PP 11/2017) has target None."""
        if isinstance(jumlah_tahun, bool) or not 1 <= jumlah_tahun <= _MAX_YEARS:
            raise ValidationFailed(
                [
                    FieldProblem(
                        "jumlah_tahun",
                        pesan(
                            "Jumlah tahun harus 1 sampai {max_years}; yang diminta {jumlah_tahun}.",
                            max_years=_MAX_YEARS,
                            jumlah_tahun=jumlah_tahun,
                        ),
                    )
                ]
            )
        years = list(range(tahun_terakhir - jumlah_tahun + 1, tahun_terakhir + 1))
        with self.db.reading() as session:
            r = session.execute(_facts(None, None).where(Employee.id == employee_id)).first()
            if r is None:
                raise NotFound(
                    pesan(
                        "Pegawai dengan id {employee_id} tidak ditemukan.",
                        employee_id=employee_id,
                    )
                )
            mulai = r[6]
            if mulai is None:
                mulai = _appointments(session, [employee_id]).get(employee_id)
            jp = jp_of_years(session, employee_id, years, as_of=as_of)
        out = []
        for tahun in years:
            targets = _Targets(tahun)
            target: float | None
            masa = targets.masa(mulai, r[7], r[8], r[9], r[10], r[14])
            try:
                target = 0.0 if masa is None else targets.target(r[5], *masa)
            except PolicyError:
                target = None
            out.append(JpTahun(tahun, jp[tahun], target))
        return out
