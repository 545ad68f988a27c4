"""The appraisal documents as data: building the snapshot, reading it back, verifying a code.

A finalised evaluation prints from its stored snapshot only, so a reprint after the
employee's promotion or transfer is the same page. A draft (or a reopened evaluation)
prints from the register as it is now and is marked as a draft without a code. The
"Cetak" action records a print entry in the audit trail for each document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop.db.appraisal_models import Evaluasi, EvaluasiVersi, Skp
from asn_desktop.db.models import AppMeta, Employee, OrgUnit
from asn_desktop.domain.dokumen_kinerja import (
    BarisHasilKerja,
    BarisPerilaku,
    DokumenEvaluasi,
    DokumenSkp,
    IndikatorCetak,
    OrangCetak,
    content_hash,
    kode_dokumen,
    parse_kode,
)
from asn_desktop.domain.kinerja import (
    Skema,
    capaian_labels,
    nilai_dasar,
    periode,
    predikat_label,
    rating_label,
)
from asn_desktop.domain.nip import NipError, format_nip
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.tanggal import format_tanggal, hari_lokal
from asn_desktop.services import audit

# appraisals imports this module only inside finalise(), so this import is not circular.
from asn_desktop.services.appraisals import _capaian_for, orang_of
from asn_desktop.services.database import AGENCY_NAME_KEY, Database
from asn_desktop.services.errors import NotFound, ServiceError
from asn_desktop.services.permissions import use_case

__all__ = [
    "PEMERINTAH",
    "TEMPAT",
    "AppraisalDocuments",
    "Printable",
    "Verification",
    "build_dokumen",
    "build_dokumen_skp",
]

# Printed on every document of this program; Bandung city's agencies are its users.
PEMERINTAH = "PEMERINTAH KOTA BANDUNG"
TEMPAT = "Bandung"
_ASPEK = {"kuantitas": "Kuantitas", "kualitas": "Kualitas", "waktu": "Waktu", "biaya": "Biaya"}


@dataclass(frozen=True)
class Printable:
    """One document ready for reports.render_evaluasi."""

    evaluasi_id: int
    dokumen: DokumenEvaluasi
    kode: str | None
    digest: str | None
    draft: bool

    @property
    def file_stem(self) -> str:
        """ "evaluasi-2026-akhir-198503152010011002" for a saved PDF's name."""
        nip = "".join(c for c in self.dokumen.pegawai.nip if c.isdigit()) or str(self.evaluasi_id)
        kode = self.dokumen.periode_label.replace("PERIODE: ", "").lower().replace(" ", "-")
        return f"evaluasi-{self.dokumen.tahun}-{kode}-{nip}"


@dataclass(frozen=True)
class Verification:
    """What a printed code says about the document in this database."""

    found: bool
    valid: bool  # found, and the printed hash (if any) and the stored content agree
    amended: bool  # reopened or finalised again since this version
    message: str
    kode: str = ""
    nama: str = ""
    nip: str = ""
    tahun: int | None = None
    periode: str = ""
    predikat: str = ""
    versi: int | None = None
    finalised_at: datetime | None = None


def _live(rows: Sequence[object]) -> list[object]:
    return [r for r in rows if getattr(r, "deleted_at", None) is None]


def _person(session: Session, skp: Skp, prefix: str) -> OrangCetak:
    """The appraiser (or superior) as the SKP holds them; for people of the register the
    register's facts as they are now (a draft) — finalising copies them first."""
    employee_id = getattr(skp, f"{prefix}_id")
    if employee_id is not None:
        person = session.get(Employee, employee_id)
        if person is not None:
            return orang_of(person)
    return OrangCetak(
        nama=getattr(skp, f"{prefix}_nama"),
        nip=getattr(skp, f"{prefix}_nip"),
        pangkat=getattr(skp, f"{prefix}_pangkat"),
        jabatan=getattr(skp, f"{prefix}_jabatan"),
        unit_kerja=getattr(skp, f"{prefix}_unit"),
    )


def _instansi(session: Session) -> str:
    row = session.get(AppMeta, AGENCY_NAME_KEY)
    return row.value if row is not None else ""


def _hasil_kerja(skp: Skp, evaluasi: Evaluasi | None) -> tuple[BarisHasilKerja, ...]:
    realisasi = (
        {r.indikator_id: r for r in evaluasi.realisasi if r.deleted_at is None}
        if evaluasi is not None
        else {}
    )
    umpan = (
        {h.rhk_id: h for h in evaluasi.hasil if h.deleted_at is None}
        if evaluasi is not None
        else {}
    )
    rows = []
    for rhk in sorted(
        (r for r in skp.rhk if r.deleted_at is None),
        key=lambda r: (r.jenis != "utama", r.urutan, r.id),
    ):
        indikator = tuple(
            IndikatorCetak(
                aspek=_ASPEK.get(i.aspek, i.aspek),
                indikator=i.indikator,
                target=i.target,
                realisasi=realisasi[i.id].realisasi if i.id in realisasi else "",
                bukti=realisasi[i.id].bukti if i.id in realisasi else "",
            )
            for i in rhk.indikator
            if i.deleted_at is None
        )
        feedback = umpan.get(rhk.id)
        rows.append(
            BarisHasilKerja(
                jenis=rhk.jenis.upper(),
                rhk=rhk.rhk,
                rhk_atasan=rhk.rhk_atasan,
                indikator=indikator,
                umpan_balik=feedback.umpan_balik if feedback is not None else "",
            )
        )
    return tuple(rows)


def _perilaku(skp: Skp, evaluasi: Evaluasi | None, day: date) -> tuple[BarisPerilaku, ...]:
    ekspektasi = {p.kode: p.ekspektasi for p in skp.perilaku if p.deleted_at is None}
    umpan = (
        {p.kode: p.umpan_balik for p in evaluasi.perilaku if p.deleted_at is None}
        if evaluasi is not None
        else {}
    )
    return tuple(
        BarisPerilaku(
            nama=n.nama,
            uraian=n.uraian,
            ekspektasi=ekspektasi.get(n.kode, ""),
            umpan_balik=umpan.get(n.kode, ""),
        )
        for n in nilai_dasar(on=day)
    )


def build_dokumen(session: Session, evaluasi: Evaluasi) -> DokumenEvaluasi:
    """The document of an evaluation from the database as it is now (the snapshot that
    finalising freezes, or a draft's print)."""
    skp = evaluasi.skp
    p = periode(evaluasi.periode, skp.tahun)
    end = p.selesai
    employee = skp.employee
    capaian = evaluasi.capaian_organisasi
    if not capaian:
        capaian = _capaian_for(session, skp.tahun, skp.unit_id) or ""
    return DokumenEvaluasi(
        tahun=skp.tahun,
        periode_label=p.label,
        periode_rentang=p.rentang,
        pemerintah=PEMERINTAH,
        instansi=_instansi(session),
        pegawai=orang_of(employee),
        penilai=_person(session, skp, "penilai"),
        atasan=_person(session, skp, "atasan"),
        capaian_organisasi=capaian_labels(on=end).get(capaian, ""),
        hasil_kerja=_hasil_kerja(skp, evaluasi),
        rating_hasil_kerja=(
            rating_label(evaluasi.rating_hasil_kerja, on=end) if evaluasi.rating_hasil_kerja else ""
        ),
        # BerAKHLAK as the year knows it (it began in August 2021, mid-way through that year).
        perilaku=_perilaku(skp, evaluasi, date(skp.tahun, 12, 31)),
        rating_perilaku=(
            rating_label(evaluasi.rating_perilaku, on=end) if evaluasi.rating_perilaku else ""
        ),
        predikat=predikat_label(evaluasi.predikat, on=end) if evaluasi.predikat else "",
        catatan=evaluasi.catatan,
        tempat=TEMPAT,
        tanggal=evaluasi.tanggal_penetapan or date.today(),
        skema=Skema(skp.skema).label,
    )


def build_dokumen_skp(session: Session, skp: Skp, *, tanggal: date | None = None) -> DokumenSkp:
    day = date(skp.tahun, 12, 31)
    p = periode("akhir", skp.tahun)
    return DokumenSkp(
        tahun=skp.tahun,
        periode_rentang=p.rentang,
        pemerintah=PEMERINTAH,
        instansi=_instansi(session),
        pegawai=orang_of(skp.employee),
        penilai=_person(session, skp, "penilai"),
        atasan=_person(session, skp, "atasan"),
        hasil_kerja=_hasil_kerja(skp, None),
        perilaku=_perilaku(skp, None, day),
        tempat=TEMPAT,
        tanggal=tanggal or date.today(),
    )


def _printable(session: Session, evaluasi: Evaluasi) -> Printable:
    if evaluasi.status == "final" and evaluasi.versions:
        latest = evaluasi.versions[-1]
        dokumen = DokumenEvaluasi.from_dict(json.loads(latest.snapshot))
        return Printable(evaluasi.id, dokumen, latest.kode_dokumen, latest.content_hash, False)
    return Printable(evaluasi.id, build_dokumen(session, evaluasi), None, None, True)


class AppraisalDocuments:
    def __init__(self, db: Database) -> None:
        self.db = db

    @use_case(Permission.PRINT)
    def printable(self, evaluasi_id: int) -> Printable:
        """The document to print: the frozen snapshot of a final evaluation, else a draft."""
        with self.db.reading() as session:
            return _printable(session, _load(session, evaluasi_id))

    @use_case(Permission.PRINT)
    def printable_version(self, versi_id: int) -> Printable:
        """An earlier finalised version exactly as it was printed (for the personnel file)."""
        with self.db.reading() as session:
            row = session.get(EvaluasiVersi, versi_id)
            if row is None:
                raise NotFound(pesan("Versi dokumen tidak ditemukan."))
            dokumen = DokumenEvaluasi.from_dict(json.loads(row.snapshot))
            return Printable(row.evaluasi_id, dokumen, row.kode_dokumen, row.content_hash, False)

    @use_case(Permission.PRINT)
    def skp_document(self, skp_id: int, *, tanggal: date | None = None) -> DokumenSkp:
        with self.db.reading() as session:
            skp = session.get(Skp, skp_id)
            if skp is None or skp.deleted_at is not None:
                raise NotFound(pesan(pesan("SKP tidak ditemukan (mungkin sudah dihapus).")))
            if skp.skema == "pp_46_2011":
                raise ServiceError(
                    pesan(
                        "SKP PP 46/2011 adalah riwayat yang diimpor; rencana SKP-nya tidak "
                        "dicetak.",
                    )
                )
            return build_dokumen_skp(session, skp, tanggal=tanggal)

    @use_case(Permission.PRINT)
    def record_print_skp(self, skp_id: int, *, where: str = "") -> None:
        """The "Cetak" entry for an SKP planning document."""
        with self.db.unit_of_work() as session:
            skp = session.get(Skp, skp_id)
            if skp is None or skp.deleted_at is not None:
                raise NotFound(pesan(pesan("SKP tidak ditemukan (mungkin sudah dihapus).")))
            audit.record(
                session,
                "print",
                entity_type="skp",
                entity_uuid=skp.uuid,
                subject_uuid=skp.employee.uuid,
                label=f"{skp.employee.nama} — SKP {skp.tahun}",
                detail=f"Rencana SKP{': ' + where if where else ''}",
            )

    @use_case(Permission.PRINT)
    def batch_ids(
        self,
        tahun: int,
        *,
        unit_id: int | None = None,
        kode_periode: str = "akhir",
        only_final: bool = True,
    ) -> list[int]:
        """The evaluations a unit's batch print takes, in the order of the unit tree and
        the employees' names."""
        with self.db.reading() as session:
            stmt = (
                select(Evaluasi.id)
                .join(Skp, Skp.id == Evaluasi.skp_id)
                .join(Employee, Employee.id == Skp.employee_id)
                .outerjoin(OrgUnit, OrgUnit.id == Skp.unit_id)
                .where(
                    Skp.tahun == tahun,
                    Skp.deleted_at.is_(None),
                    Evaluasi.deleted_at.is_(None),
                    Evaluasi.periode == kode_periode,
                    # PP 46/2011 years are imported history without a document.
                    Skp.skema != "pp_46_2011",
                    Employee.deleted_at.is_(None),
                )
            )
            if only_final:
                stmt = stmt.where(Evaluasi.status == "final")
            if unit_id is not None:
                unit = session.get(OrgUnit, unit_id)
                if unit is None:
                    raise NotFound(pesan("Unit kerja tidak ditemukan."))
                stmt = stmt.where(OrgUnit.path.startswith(unit.path))
            stmt = stmt.order_by(OrgUnit.path, Employee.nama, Employee.id)
            return list(session.scalars(stmt))

    @use_case(Permission.PRINT)
    def iter_printables(self, ids: Sequence[int], *, chunk: int = 200) -> Iterator[Printable]:
        """The documents of ``ids`` in that order, read ``chunk`` at a time (batch printing:
        memory stays bounded however many there are)."""
        for start in range(0, len(ids), chunk):
            part = list(ids[start : start + chunk])
            with self.db.reading() as session:
                rows = {
                    e.id: e for e in session.scalars(select(Evaluasi).where(Evaluasi.id.in_(part)))
                }
                found = [_printable(session, rows[i]) for i in part if i in rows]
            yield from found

    @use_case(Permission.PRINT)
    def record_print(self, printed: Sequence[Printable], *, where: str = "") -> None:
        """One "Cetak" entry per document in the audit trail (who printed what, when)."""
        if not printed:
            return
        with self.db.unit_of_work() as session:
            uuids = {
                eid: (euuid, puuid)
                for eid, euuid, puuid in session.execute(
                    select(Evaluasi.id, Evaluasi.uuid, Employee.uuid)
                    .join(Skp, Skp.id == Evaluasi.skp_id)
                    .join(Employee, Employee.id == Skp.employee_id)
                    .where(Evaluasi.id.in_([p.evaluasi_id for p in printed]))
                )
            }
            for item in printed:
                d = item.dokumen
                what = "draf" if item.draft else f"kode {item.kode}"
                entity, subject = uuids.get(item.evaluasi_id, ("", ""))
                audit.record(
                    session,
                    "print",
                    entity_type="evaluasi",
                    entity_uuid=entity,
                    subject_uuid=subject,
                    label=f"{d.pegawai.nama} — {d.periode_label} {d.tahun}",
                    detail=f"Dokumen evaluasi kinerja ({what}){': ' + where if where else ''}",
                )

    @use_case(Permission.READ)
    def verify(self, typed: str) -> Verification:
        """Whether a printed code (or a scanned QR text) is a finalised document here."""
        try:
            kode, printed_hash = parse_kode(typed)
        except ValueError as exc:
            return Verification(False, False, False, str(exc))
        with self.db.reading() as session:
            row = session.scalars(
                select(EvaluasiVersi).where(EvaluasiVersi.kode_dokumen == kode)
            ).first()
            if row is None:
                return Verification(
                    False,
                    False,
                    False,
                    pesan(
                        "Kode {kode} tidak dikenal di basis data ini: dokumen itu tidak "
                        "difinalkan di sini, atau kodenya salah ketik.",
                        kode=kode,
                    ),
                    kode=kode,
                )
            try:
                dokumen = DokumenEvaluasi.from_dict(json.loads(row.snapshot))
                # The code is derived from the evaluation, the version and the hash: a
                # snapshot rewritten together with a recomputed hash no longer matches it.
                stored_ok = content_hash(dokumen) == row.content_hash and (
                    kode_dokumen(row.evaluasi.uuid, row.versi, row.content_hash) == kode
                )
            except (ValueError, KeyError, TypeError):
                stored_ok = False
                dokumen = None
            evaluasi = row.evaluasi
            newer = [v for v in evaluasi.versions if v.versi > row.versi]
            amended = row.reopened_at is not None or bool(newer)
            hash_ok = printed_hash is None or printed_hash == row.content_hash
            facts = {
                "kode": kode,
                "versi": row.versi,
                "finalised_at": row.finalised_at,
            }
            if dokumen is not None:
                facts |= {
                    "nama": dokumen.pegawai.nama,
                    "nip": dokumen.pegawai.nip,
                    "tahun": dokumen.tahun,
                    "periode": dokumen.periode_label,
                    "predikat": dokumen.predikat,
                }
            if not stored_ok:
                return Verification(
                    True,
                    False,
                    amended,
                    pesan(
                        "Kode {kode} ada, tetapi isi dokumen yang tersimpan tidak cocok dengan "
                        "hash-nya: basis data ini mungkin telah diubah di luar program. "
                        "Periksa dengan 'db check'.",
                        kode=kode,
                    ),
                    **facts,  # type: ignore[arg-type]
                )
            assert dokumen is not None
            who = f"{dokumen.pegawai.nama}"
            if dokumen.pegawai.nip:
                try:
                    who += f" (NIP {format_nip(dokumen.pegawai.nip)})"
                except NipError:
                    who += f" (NIP {dokumen.pegawai.nip})"
            described = (
                f"{who}, {dokumen.periode_label} {dokumen.tahun}, predikat {dokumen.predikat}, "
                f"versi {row.versi} difinalkan {format_tanggal(hari_lokal(row.finalised_at))} oleh "
                f"{row.finalised_by}"
            )
            if not hash_ok:
                return Verification(
                    True,
                    False,
                    amended,
                    pesan(
                        "Kode {kode} ada ({described}), tetapi hash pada kode QR berbeda "
                        "dengan dokumen yang tersimpan: cetakan ini bukan dokumen itu.",
                        kode=kode,
                        described=described,
                    ),
                    **facts,  # type: ignore[arg-type]
                )
            if amended:
                latest = evaluasi.versions[-1]
                since = (
                    f"dibuka kembali {format_tanggal(hari_lokal(row.reopened_at))} oleh "
                    f"{row.reopened_by}: {row.alasan_buka}"
                    if row.reopened_at is not None
                    else "diubah"
                )
                now = (
                    f"; versi terbaru {latest.versi} berkode {latest.kode_dokumen}"
                    if latest.versi > row.versi
                    else pesan("; perubahannya belum difinalkan")
                )
                message = pesan(
                    "Dokumen sah: {described}. Sejak itu {since}{now}.",
                    described=described,
                    since=since,
                    now=now,
                )
            else:
                message = pesan("Dokumen sah dan masih berlaku: {described}.", described=described)
            return Verification(True, True, amended, message, **facts)  # type: ignore[arg-type]


def _load(session: Session, evaluasi_id: int) -> Evaluasi:
    row = session.get(Evaluasi, evaluasi_id)
    if row is None or row.deleted_at is not None:
        raise NotFound(pesan("Evaluasi tidak ditemukan (mungkin sudah dihapus)."))
    if row.skp.skema == "pp_46_2011":
        raise ServiceError(
            pesan(
                "Penilaian PP 46/2011 adalah riwayat yang diimpor; tidak ada dokumen untuk "
                "dicetak.",
            )
        )
    return row
