"""Writing the demo: its records through the services' bulk path, in batches, cancellable.

The same seed and day give the same records (identities, histories, UUIDs, ids and change
numbers on the same starting database); only the moment of writing differs: updated_at and
the audit entries' time, and with it their hashes. Every generated identity of the first
few hundred is checked with ``validate_employee`` while generating (the tests check whole
sets); histories are consistent with the identifiers and the employee row carries the
newest history entries, as the services keep it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from asn_desktop.db.models import Employee, OrgUnit, PositionHistory, RankHistory, UnitHistory
from asn_desktop.demo.appraisals import Pegawai, pegawai_of, write_appraisals
from asn_desktop.demo.careers import Career, Careers, Plan
from asn_desktop.demo.catalogue import Catalogue
from asn_desktop.demo.competency import write_competency
from asn_desktop.demo.draw import Draw
from asn_desktop.demo.people import EMAIL_DOMAIN, People
from asn_desktop.demo.profiles import profile_of
from asn_desktop.demo.trainings import Staf, staf_of, write_trainings
from asn_desktop.demo.units import UnitTree
from asn_desktop.domain import EmployeeDraft, StatusKepegawaian, validate_employee
from asn_desktop.services.bulk import BulkService, BulkWriter, employee_subject
from asn_desktop.services.database import (
    AGENCY_CODE,
    AGENCY_CODE_KEY,
    AGENCY_NAME_KEY,
    Database,
)
from asn_desktop.services.users import UserService

__all__ = ["BATCH_SIZE", "DemoCancelled", "DemoSummary", "generate_demo"]

Row = dict[str, Any]

# Employees per batch: between two batches the caller may cancel and hears of progress.
BATCH_SIZE = 1000
# Employees checked with validate_employee while generating (the tests check whole sets).
VALIDATE_FIRST = 300
# With appraisals or competency development the bar runs to twice the employees: the
# employees, then the rest, shared by what each part takes of the time (measured with 600
# and 20,000 employees: the appraisals about 85% of it, the activities and their
# participants about 80% of the competency part).
_SHARE_APPRAISALS = 0.85
_SHARE_TRAININGS = 0.8  # of what the competency part has


class DemoCancelled(Exception):
    """The caller cancelled; the transaction was rolled back and nothing was written."""

    def __init__(self) -> None:
        super().__init__("Pembuatan data demo dibatalkan; basis data tidak diubah.")


@dataclass
class DemoSummary:
    employees: int
    units: int
    rank_history: int
    position_history: int
    unit_history: int
    audit_entries: int
    seconds: float
    # Performance appraisals (asn_desktop.demo.appraisals); 0 with appraisals=False.
    skp: int = 0
    evaluasi: int = 0
    evaluasi_versi: int = 0
    appraisal_rows: int = 0  # every row of the appraisal tables
    # Competency development (asn_desktop.demo.trainings, .competency); 0 with
    # competency=False.
    pelatihan: int = 0
    peserta_pelatihan: int = 0
    tugas_belajar: int = 0
    anggaran_pelatihan: int = 0
    kompetensi_teknis: int = 0
    standar_kompetensi: int = 0
    asesmen: int = 0
    asesmen_nilai: int = 0
    skm: int = 0
    competency_rows: int = 0  # every row of the competency tables


def generate_demo(
    db: Database,
    *,
    employees: int,
    seed: int = 1,
    today: date | None = None,
    agency_code: str = "DISKOMINFO",
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    appraisals: bool = True,
    competency: bool = True,
) -> DemoSummary:
    """Fill an initialised, empty register with a demo agency of ``employees`` employees.

    With ``appraisals`` (the default) they also get their SKPs and evaluations of the last
    three full years (finalised, with their frozen documents), of this year (draft
    quarterly evaluations) and imported PP 46/2011 history (asn_desktop.demo.appraisals).
    With ``competency`` (the default) they also get five years of development activities,
    degree study and the training budget (asn_desktop.demo.trainings), the agency's teknis
    competencies, standards, assessments and SKM per service unit
    (asn_desktop.demo.competency).

    A database without accounts first gets the three demo accounts (admin, operator,
    viewer with the README's passwords) and is then written as admin; otherwise it is
    written as the signed-in user, who needs the import permission. Everything goes into
    one transaction of the bulk path: ``cancelled()`` returning True between batches
    raises DemoCancelled and leaves the register, the counter and the audit trail as they
    were (the accounts of a database that had none stay).

    Raises ValueError for a register that already has employees or units or for bad
    arguments, PermissionDenied for a user who may not import, and a
    asn_desktop.db.errors.DatabaseError (e.g. DatabaseLocked) for database trouble.
    """
    started = time.perf_counter()
    if employees < 0:
        raise ValueError(f"Jumlah pegawai demo tidak boleh negatif; yang diminta {employees}.")
    code = agency_code.strip().upper()
    if not code:
        raise ValueError("Kode instansi untuk data demo wajib diisi.")
    if not AGENCY_CODE.fullmatch(code):
        raise ValueError(
            f"Kode instansi '{code}' tidak sah: 2-40 huruf besar, angka, titik, garis bawah "
            "atau tanda hubung."
        )
    day = today if today is not None else date.today()
    with db.reading() as session:
        _refuse_filled(
            session.scalar(select(func.count()).select_from(Employee)) or 0,
            session.scalar(select(func.count()).select_from(OrgUnit)) or 0,
        )
    if not db.has_users():
        UserService(db).create_demo_accounts()  # signs in as admin

    def fill(writer: BulkWriter) -> DemoSummary:
        demo = _Demo(
            writer,
            seed=seed,
            today=day,
            agency_code=code,
            appraisals=appraisals,
            competency=competency,
            actor=db.actor,
        )
        return demo.fill(employees, progress, cancelled)

    summary = BulkService(db).run(fill, action_detail=f"Data demo (seed {seed})")
    summary.seconds = time.perf_counter() - started
    return summary


def _refuse_filled(employees: int, units: int) -> None:
    if employees:
        raise ValueError(
            f"Register pegawai sudah berisi {employees} pegawai. Data demo hanya dapat "
            "dibuat pada basis data baru yang masih kosong."
        )
    if units:
        raise ValueError(
            f"Basis data sudah memiliki {units} unit kerja. Data demo hanya dapat "
            "dibuat pada basis data baru yang masih kosong."
        )


class _Demo:
    def __init__(
        self,
        writer: BulkWriter,
        *,
        seed: int,
        today: date,
        agency_code: str,
        appraisals: bool = False,
        competency: bool = False,
        actor: str = "",
    ) -> None:
        self.writer = writer
        self.today = today
        self.agency_code = agency_code
        self.profile = profile_of(agency_code)
        self.draw = Draw(seed)
        self.appraisals = appraisals
        self.competency = competency
        self.actor = actor  # who "finalised" the demo's documents

    def fill(
        self,
        employees: int,
        progress: Callable[[int, int], None] | None,
        cancelled: Callable[[], bool] | None,
    ) -> DemoSummary:
        w = self.writer
        _refuse_filled(w.count(Employee), w.count(OrgUnit))  # again, inside the transaction
        # The agency first: its code is the origin of every record written after it.
        w.set_meta(AGENCY_CODE_KEY, self.agency_code)
        if not w.meta(AGENCY_NAME_KEY):  # keep the name given at `db init`
            w.set_meta(AGENCY_NAME_KEY, self.profile.nama)

        catalogue = Catalogue(w.read, self.profile, self.today)
        tree = UnitTree(self.profile, self.agency_code, employees)
        tree.assign_ids(w.reserve_ids(OrgUnit, len(tree.units)))
        w.insert(OrgUnit, tree.rows(self.draw.uuid))
        careers = Careers(
            self.draw, today=self.today, catalogue=catalogue, tree=tree, profile=self.profile
        )
        people = People(self.draw, self.today)
        plans = careers.plan(employees)

        counts = {"rank": 0, "position": 0, "unit": 0}
        staff: list[Pegawai] | None = [] if self.appraisals else None
        staf: list[Staf] | None = [] if self.competency else None
        total = employees * 2 if self.appraisals or self.competency else employees
        if progress is not None:
            progress(0, total)
        done = 0
        while done < employees:
            if cancelled is not None and cancelled():
                raise DemoCancelled()
            batch = plans[done : done + BATCH_SIZE]
            emp_rows: list[Row] = []
            rank_rows: list[Row] = []
            pos_rows: list[Row] = []
            unit_rows: list[Row] = []
            ids = w.reserve_ids(Employee, len(batch))
            for offset, (plan, emp_id) in enumerate(zip(batch, ids, strict=True)):
                row, ranks, positions, units = self._employee(careers, people, plan, emp_id)
                if done + offset < VALIDATE_FIRST:
                    problems = validate_employee(_draft_of(row), today=self.today)
                    if problems:
                        raise AssertionError(f"data demo tidak valid ({row['nip']}): {problems}")
                    _check_history(row, ranks, positions, units)
                emp_rows.append(row)
                if staff is not None:
                    staff.append(pegawai_of(row, ranks, units))
                if staf is not None:
                    staf.append(staf_of(row, ranks, units))
                rank_rows += ranks
                pos_rows += positions
                unit_rows += units
            # The histories' audit entries name their employee without a query.
            subjects = {row["id"]: employee_subject(row) for row in emp_rows}
            w.insert(Employee, emp_rows)
            counts["rank"] += w.insert(RankHistory, rank_rows, subjects=subjects)
            counts["position"] += w.insert(PositionHistory, pos_rows, subjects=subjects)
            counts["unit"] += w.insert(UnitHistory, unit_rows, subjects=subjects)
            done += len(batch)
            if progress is not None:
                progress(done, total)
        if cancelled is not None and cancelled():
            raise DemoCancelled()

        def check() -> None:
            if cancelled is not None and cancelled():
                raise DemoCancelled()

        summary = DemoSummary(
            employees=employees,
            units=len(tree.units),
            rank_history=counts["rank"],
            position_history=counts["position"],
            unit_history=counts["unit"],
            audit_entries=0,
            seconds=0.0,
        )
        # The rest of the bar: [employees, total), shared by the parts that run.
        rest = total - employees
        share_appraisals = 0
        if staff is not None:
            share_appraisals = round(rest * _SHARE_APPRAISALS) if staf is not None else rest
        bar = _Bar(progress, total, employees)
        if staff is not None:
            written = 0

            def advance(n: int) -> None:
                nonlocal written
                written += n
                bar.to(employees + share_appraisals * min(written, employees) // max(1, employees))

            done_appraisals = write_appraisals(
                w,
                self.draw,
                staff,
                tree,
                today=self.today,
                actor=self.actor,
                check=check,
                advance=advance,
            )
            summary.skp = done_appraisals.skp
            summary.evaluasi = done_appraisals.evaluasi
            summary.evaluasi_versi = done_appraisals.versi
            summary.appraisal_rows = done_appraisals.rows
        if staf is not None:
            begin = employees + share_appraisals
            size = total - begin
            share_competency = size - round(size * _SHARE_TRAININGS)
            # The standards and assessments first: next year's budget is set against
            # what closing their gaps would cost.
            kompetensi = write_competency(
                w,
                self.draw,
                staf,
                tree,
                agency_code=self.agency_code,
                today=self.today,
                check=check,
                advance=lambda f: bar.to(begin + round(share_competency * f)),
            )
            rest_begin = begin + share_competency
            trainings = write_trainings(
                w,
                self.draw,
                staf,
                tree,
                agency_code=self.agency_code,
                today=self.today,
                needs=kompetensi.kebutuhan,
                check=check,
                advance=lambda f: bar.to(rest_begin + round((total - rest_begin) * f)),
            )
            summary.pelatihan = trainings.pelatihan
            summary.peserta_pelatihan = trainings.peserta
            summary.tugas_belajar = trainings.tugas_belajar
            summary.anggaran_pelatihan = trainings.anggaran
            summary.kompetensi_teknis = kompetensi.teknis
            summary.standar_kompetensi = kompetensi.standar
            summary.asesmen = kompetensi.asesmen
            summary.asesmen_nilai = kompetensi.asesmen_nilai
            summary.skm = kompetensi.skm
            summary.competency_rows = (
                trainings.pelatihan
                + trainings.peserta
                + trainings.tugas_belajar
                + trainings.anggaran
                + kompetensi.teknis
                + kompetensi.standar
                + kompetensi.asesmen
                + kompetensi.asesmen_nilai
                + kompetensi.skm
            )
        bar.to(total)
        summary.audit_entries = w.audited
        return summary

    def _employee(
        self, careers: Careers, people: People, plan: Plan, emp_id: int
    ) -> tuple[Row, list[Row], list[Row], list[Row]]:
        career: Career
        if plan.head_unit is not None:
            career = careers.head(plan.head_unit)
        elif plan.status is StatusKepegawaian.PNS:
            career, _ = careers.regular_pns(plan)
        else:
            career, _ = careers.new(plan)
        career.ident = people.identifier(career)
        nama, email_local = people.name(career)
        gelar_depan, gelar_belakang = people.gelar(career)
        nik, alamat = people.nik_and_address(career)
        telepon = people.telepon()

        # Snapshot of the unit at each position's TMT.
        for p in career.positions:
            place = career.placements[0].place
            for pl in career.placements:
                if pl.tmt > p.tmt:
                    break
                place = pl.place
            p.unit_nama = place[1]

        rank = career.ranks[-1]
        position = career.positions[-1]
        placement = career.placements[-1]
        jabatan = position.jabatan
        new_uuid = self.draw.uuid
        employee: Row = {
            "id": emp_id,
            "nip": career.ident,
            "nama": nama,
            "gelar_depan": gelar_depan,
            "gelar_belakang": gelar_belakang,
            "tempat_lahir": people.tempat_lahir(),
            "tanggal_lahir": career.birth,
            "jenis_kelamin": career.sex,
            "status_kepegawaian": career.status.value,
            "kedudukan_hukum": careers.kedudukan(career, jabatan.usia_bup),
            "nik": nik,
            "email": f"{email_local}@{EMAIL_DOMAIN}",
            "telepon": telepon,
            "alamat": alamat,
            "tmt_cpns": career.tmt_cpns,
            "tmt_pns": career.tmt_pns,
            "golongan_id": rank.golongan_id,
            "tmt_golongan": rank.tmt,
            "jabatan_nama": jabatan.nama,
            "jenis_jabatan": jabatan.jenis.value,
            "jenjang": jabatan.jenjang,
            "usia_bup_jabatan": jabatan.usia_bup,
            "unit_id": placement.place[0],
            "uuid": new_uuid(),
        }
        ranks = [
            {
                "employee_id": emp_id,
                "golongan_id": r.golongan_id,
                "jenis_kp": r.jenis_kp,
                "masa_kerja_tahun": r.masa_kerja[0],
                "masa_kerja_bulan": r.masa_kerja[1],
                "tmt": r.tmt,
                "sk_nomor": r.sk[0],
                "sk_tanggal": r.sk[1],
                "keterangan": r.keterangan,
                "uuid": new_uuid(),
            }
            for r in career.ranks
        ]
        positions = [
            {
                "employee_id": emp_id,
                "jenis_jabatan": p.jabatan.jenis.value,
                "jabatan_nama": p.jabatan.nama,
                "ref_jabatan_id": p.jabatan.ref_id,
                "jenjang": p.jabatan.jenjang,
                "eselon": p.eselon,
                "jenis_penugasan": "D",
                "unit_nama": p.unit_nama,
                "usia_bup": p.jabatan.usia_bup,
                "tmt": p.tmt,
                "sk_nomor": p.sk[0],
                "sk_tanggal": p.sk[1],
                "keterangan": "",
                "uuid": new_uuid(),
            }
            for p in career.positions
        ]
        placements = [
            {
                "employee_id": emp_id,
                "unit_id": pl.place[0],
                "unit_nama": pl.place[1],
                "tmt": pl.tmt,
                "sk_nomor": pl.sk[0],
                "sk_tanggal": pl.sk[1],
                "keterangan": pl.keterangan,
                "uuid": new_uuid(),
            }
            for pl in career.placements
        ]
        return employee, ranks, positions, placements


class _Bar:
    """The caller's progress bar from ``done`` on: never going back, never past its total."""

    def __init__(self, progress: Callable[[int, int], None] | None, total: int, done: int) -> None:
        self.progress = progress
        self.total = total
        self.done = done

    def to(self, done: int) -> None:
        done = max(self.done, min(done, self.total))
        if done == self.done:
            return
        self.done = done
        if self.progress is not None:
            self.progress(done, self.total)


def _draft_of(row: Row) -> EmployeeDraft:
    return EmployeeDraft(
        nip=row["nip"],
        nama=row["nama"],
        gelar_depan=row["gelar_depan"],
        gelar_belakang=row["gelar_belakang"],
        tempat_lahir=row["tempat_lahir"],
        tanggal_lahir=row["tanggal_lahir"],
        jenis_kelamin=row["jenis_kelamin"],
        status_kepegawaian=row["status_kepegawaian"],
        kedudukan_hukum=row["kedudukan_hukum"],
        nik=row["nik"],
        email=row["email"],
        telepon=row["telepon"],
        alamat=row["alamat"],
        tmt_cpns=row["tmt_cpns"],
        tmt_pns=row["tmt_pns"],
    )


def _check_history(row: Row, ranks: list[Row], positions: list[Row], units: list[Row]) -> None:
    for label, rows in (("pangkat", ranks), ("jabatan", positions), ("unit", units)):
        dates = [r["tmt"] for r in rows]
        if not rows or dates != sorted(set(dates)):
            raise AssertionError(f"riwayat {label} {row['nip']} tidak berurutan: {dates}")
