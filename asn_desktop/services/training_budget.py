"""The training budget: the agency's yearly budget by funding source against the planned and
realised cost of the year's activities, what a JP and a participant cost, which providers
are worth the money.

Public API (``BudgetService(db)``):

- READ ``anggaran(tahun) -> list[AnggaranRecord]``: the budget records of the year, one per
  funding source, with id and revision for editing.
- READ ``ringkasan(tahun) -> RingkasanAnggaran``: per funding source budget, planned,
  realised and what remains, the totals, and ``peringatan``: one message per source whose
  planned spending exceeds its budget (or that has planned spending and no budget), and one
  for the total.
- READ ``biaya_kegiatan(tahun, *, as_of=None) -> list[BiayaKegiatan]``: per activity its
  participants (employees deleted from the register not counted), JP, planned and realised
  cost, cost per JP and per participant.
- READ ``penyelenggara(tahun=None, *, as_of=None) -> list[Penyelenggara]``: per provider its
  activities, participants, JP, cost, cost per JP and mean reaction score.
- READ ``total_anggaran(tahun) -> int``: the limit of the year's plan (AKPK).
- READ ``sumber_dana(tahun) -> list[SumberDana]``: the funding sources to choose from.
- EDIT ``set_anggaran(tahun, sumber_dana, jumlah, keterangan="", *, expected_revision=None)
  -> int``: creates the year's record of that source, or updates it (refusing a stale one).
  A create (``expected_revision`` None) finding the line saved by someone else since the
  form was opened empty, or losing to another clerk saving it at the same moment, is
  refused with StaleRecord naming the year, the source and who saved it; nothing is saved.
- EDIT ``delete_anggaran(anggaran_id, *, expected_revision)``.

For other services, in their own transaction: ``anggaran_tahun(session, tahun, *,
lock=False) -> int``, the year's total (``lock``: the lines held until it ends).

An activity's cost belongs to its year (``Pelatihan.tahun``, the year it ends, as its JP).
Its cost is the realised cost once recorded, else the planned one. Cost per JP is the cost
over the JP actually credited (the activity's JP times the participants credited by
services.jp_tahunan.credited): a participant who failed cost money and earned no JP.
Degree study (tugas belajar) is funded apart (scholarships) and is not in these sums.
Funding sources are policy data (resources/policy/sumber_dana.json); a source marked
``"dianggarkan": false`` there (self-funded, free) needs no budget and is not warned about.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import AnggaranPelatihan, Pelatihan, PesertaPelatihan
from asn_desktop.db.models import Employee
from asn_desktop.db.opening import translate_dbapi_error
from asn_desktop.domain import FieldProblem, PolicyError, check_text
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.database import Database, stale_record_error, stamp_change
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed
from asn_desktop.services.jp_tahunan import credited
from asn_desktop.services.permissions import use_case
from asn_desktop.services.policies import policy

__all__ = [
    "AnggaranRecord",
    "AnggaranSumber",
    "BiayaKegiatan",
    "BudgetService",
    "Penyelenggara",
    "RingkasanAnggaran",
    "SumberDana",
    "anggaran_tahun",
    "format_rupiah",
]

TAHUN_MIN, TAHUN_MAX = 1970, 2100  # the table's check constraint
# A whole city's yearly budget is some 10^13 rupiah; more is a typing mistake.
JUMLAH_MAX = 10**15


def format_rupiah(amount: int | float) -> str:
    """12500000 -> "Rp 12.500.000" (whole rupiah, Indonesian thousands separator)."""
    value = round(amount)
    sign = "-" if value < 0 else ""
    return f"{sign}Rp {abs(value):,}".replace(",", ".")


@dataclass(frozen=True)
class SumberDana:
    kode: str
    nama: str
    dianggarkan: bool  # False: needs no budget (self-funded, free)


@dataclass(frozen=True)
class AnggaranRecord:
    id: int
    tahun: int
    sumber_dana: str
    nama_sumber: str
    jumlah: int
    keterangan: str
    revision: int
    updated_by: str
    updated_at: datetime | None


@dataclass(frozen=True)
class AnggaranSumber:
    sumber_dana: str
    nama: str
    anggaran: int
    rencana: int  # sum of the planned cost of the year's activities from this source
    realisasi: int  # sum of the realised cost recorded so far
    sisa: int  # anggaran - realisasi
    sisa_rencana: int  # anggaran - rencana (negative: planned beyond the budget)
    kegiatan: int
    belum_realisasi: int  # activities without a realised cost yet
    ada_anggaran: bool  # a budget record exists (it may be 0)
    dianggarkan: bool = True  # False: self-funded or free, no budget to set it against


@dataclass(frozen=True)
class RingkasanAnggaran:
    tahun: int
    sumber: list[AnggaranSumber]
    anggaran: int
    rencana: int
    realisasi: int
    sisa: int
    sisa_rencana: int
    peringatan: list[str]


@dataclass(frozen=True)
class BiayaKegiatan:
    pelatihan_id: int
    nama: str
    jenis_diklat: str
    penyelenggara: str
    mulai: date
    selesai: date
    sumber_dana: str
    peserta: int  # enrolled (not deleted)
    peserta_dihitung: int  # credited with the JP (ended, not failed, attended enough)
    jp: float  # the JP each credited participant gets
    jp_total: float  # jp × peserta_dihitung
    biaya_rencana: int
    biaya_realisasi: int | None
    biaya: int  # realised when recorded, else planned
    biaya_per_jp: float | None  # None without credited JP
    biaya_per_peserta: float | None  # None without participants
    indeks_reaksi: float | None  # mean of the three reaction scores given (1-4)


@dataclass(frozen=True)
class Penyelenggara:
    nama: str  # "" for activities without a provider
    kegiatan: int
    peserta: int
    jp_total: float
    biaya: int
    biaya_per_jp: float | None
    biaya_per_peserta: float | None
    indeks_reaksi: float | None  # mean over its activities with a reaction score
    kegiatan_dinilai: int


def _version_values(tahun: int) -> Mapping[str, Any]:
    table = policy("sumber_dana")
    try:
        return table.at(date(min(max(tahun, 1), 9999), 12, 31)).values
    except PolicyError:
        # A year before the first version (old history): the oldest list is the best known.
        return table.versions[0].values


def _sources(tahun: int) -> list[SumberDana]:
    raw = _version_values(tahun).get("sumber")
    # The policy table freezes JSON arrays into tuples.
    if not isinstance(raw, list | tuple) or not raw:
        raise PolicyError(pesan('Tabel kebijakan "sumber_dana" tidak memuat daftar "sumber".'))
    out = []
    for item in raw:
        if not isinstance(item, Mapping) or not isinstance(item.get("kode"), str):
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "sumber_dana": entri {item!r} tanpa "kode".',
                    item=item,
                )
            )
        dianggarkan = item.get("dianggarkan", True)
        if not isinstance(dianggarkan, bool):
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "sumber_dana": dianggarkan untuk {item} harus true atau '
                    "false.",
                    item=item["kode"],
                )
            )
        out.append(SumberDana(item["kode"], str(item.get("nama") or item["kode"]), dianggarkan))
    return out


def _ratio(amount: int | float, per: float) -> float | None:
    return round(amount / per, 2) if per > 0 else None


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 2) if values else None


class BudgetService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ---------------------------------------------------------------------------

    @use_case(Permission.READ)
    def sumber_dana(self, tahun: int) -> list[SumberDana]:
        """The funding sources of the year's version of the policy table, in its order."""
        return _sources(tahun)

    @use_case(Permission.READ)
    def anggaran(self, tahun: int) -> list[AnggaranRecord]:
        names = {s.kode: s.nama for s in _sources(tahun)}
        order = {s.kode: i for i, s in enumerate(_sources(tahun))}
        with self.db.reading() as session:
            rows = session.scalars(
                select(AnggaranPelatihan).where(
                    AnggaranPelatihan.tahun == tahun, AnggaranPelatihan.deleted_at.is_(None)
                )
            ).all()
            out = [
                AnggaranRecord(
                    id=r.id,
                    tahun=r.tahun,
                    sumber_dana=r.sumber_dana,
                    nama_sumber=names.get(r.sumber_dana, r.sumber_dana),
                    jumlah=r.jumlah,
                    keterangan=r.keterangan,
                    revision=r.revision,
                    updated_by=r.updated_by,
                    updated_at=r.updated_at,
                )
                for r in rows
            ]
        out.sort(key=lambda a: (order.get(a.sumber_dana, len(order)), a.sumber_dana))
        return out

    @use_case(Permission.READ)
    def total_anggaran(self, tahun: int) -> int:
        """The year's budget over every funding source: the limit of the yearly plan."""
        with self.db.reading() as session:
            return anggaran_tahun(session, tahun)

    @use_case(Permission.READ)
    def ringkasan(self, tahun: int) -> RingkasanAnggaran:
        sources = _sources(tahun)
        known = {s.kode: s for s in sources}
        with self.db.reading() as session:
            budgets: dict[str, int] = {}
            for kode, jumlah in session.execute(
                select(AnggaranPelatihan.sumber_dana, AnggaranPelatihan.jumlah).where(
                    AnggaranPelatihan.tahun == tahun, AnggaranPelatihan.deleted_at.is_(None)
                )
            ):
                budgets[kode] = budgets.get(kode, 0) + int(jumlah)
            spent: dict[str, tuple[int, int, int, int]] = {}
            for kode, rencana, realisasi, n, realised in session.execute(
                select(
                    Pelatihan.sumber_dana,
                    func.coalesce(func.sum(Pelatihan.biaya_rencana), 0),
                    func.coalesce(func.sum(Pelatihan.biaya_realisasi), 0),
                    func.count(),
                    func.count(Pelatihan.biaya_realisasi),
                )
                .where(Pelatihan.tahun == tahun, Pelatihan.deleted_at.is_(None))
                .group_by(Pelatihan.sumber_dana)
            ):
                spent[kode] = (int(rencana), int(realisasi or 0), int(n), int(realised))
        # The policy's sources in its order, then any other code found in the data.
        codes = [s.kode for s in sources if s.kode in budgets or s.kode in spent]
        codes += sorted((set(budgets) | set(spent)) - set(known))
        rows = []
        warnings: list[str] = []
        for kode in codes:
            source = known.get(kode, SumberDana(kode, kode, True))
            anggaran = budgets.get(kode, 0)
            rencana, realisasi, n, realised = spent.get(kode, (0, 0, 0, 0))
            rows.append(
                AnggaranSumber(
                    sumber_dana=kode,
                    nama=source.nama,
                    anggaran=anggaran,
                    rencana=rencana,
                    realisasi=realisasi,
                    sisa=anggaran - realisasi,
                    sisa_rencana=anggaran - rencana,
                    kegiatan=n,
                    belum_realisasi=n - realised,
                    ada_anggaran=kode in budgets,
                    dianggarkan=source.dianggarkan,
                )
            )
            if not source.dianggarkan or rencana <= anggaran:
                continue
            if kode not in budgets:
                warnings.append(
                    pesan(
                        "Rencana biaya kegiatan dari {nama} tahun {tahun} {rencana} tanpa "
                        "anggaran: belum ada anggaran pelatihan untuk sumber dana ini.",
                        nama=source.nama,
                        tahun=tahun,
                        rencana=format_rupiah(rencana),
                    )
                )
            else:
                warnings.append(
                    pesan(
                        "Rencana biaya kegiatan dari {nama} tahun {tahun} {rencana} melebihi "
                        "anggaran {anggaran} (lebih {nilai}).",
                        nama=source.nama,
                        tahun=tahun,
                        rencana=format_rupiah(rencana),
                        anggaran=format_rupiah(anggaran),
                        nilai=format_rupiah(rencana - anggaran),
                    )
                )
        total_anggaran = sum(r.anggaran for r in rows)
        total_rencana = sum(r.rencana for r in rows)
        total_realisasi = sum(r.realisasi for r in rows)
        dianggarkan = [
            r for r in rows if known.get(r.sumber_dana, SumberDana("", "", True)).dianggarkan
        ]
        rencana_dianggarkan = sum(r.rencana for r in dianggarkan)
        if rencana_dianggarkan > total_anggaran:
            warnings.append(
                f"Total rencana biaya kegiatan tahun {tahun} {format_rupiah(rencana_dianggarkan)} "
                f"melebihi total anggaran pelatihan {format_rupiah(total_anggaran)} (lebih "
                f"{format_rupiah(rencana_dianggarkan - total_anggaran)})."
            )
        return RingkasanAnggaran(
            tahun=tahun,
            sumber=rows,
            anggaran=total_anggaran,
            rencana=total_rencana,
            realisasi=total_realisasi,
            sisa=total_anggaran - total_realisasi,
            sisa_rencana=total_anggaran - total_rencana,
            peringatan=warnings,
        )

    @use_case(Permission.READ)
    def biaya_kegiatan(self, tahun: int, *, as_of: date | None = None) -> list[BiayaKegiatan]:
        """The year's activities with what they cost, by start date then name."""
        with self.db.reading() as session:
            return _kegiatan(session, tahun, as_of or date.today())

    @use_case(Permission.READ)
    def penyelenggara(
        self, tahun: int | None = None, *, as_of: date | None = None
    ) -> list[Penyelenggara]:
        """Per provider (of one year, or of all years), by name; cost per JP over the JP
        credited, the reaction score the mean of its scored activities."""
        with self.db.reading() as session:
            activities = _kegiatan(session, tahun, as_of or date.today())
        groups: dict[str, list[BiayaKegiatan]] = {}
        for a in activities:
            groups.setdefault(" ".join(a.penyelenggara.split()), []).append(a)
        out = []
        for nama, items in groups.items():
            peserta = sum(a.peserta for a in items)
            jp_total = round(sum(a.jp_total for a in items), 2)
            biaya = sum(a.biaya for a in items)
            scores = [a.indeks_reaksi for a in items if a.indeks_reaksi is not None]
            out.append(
                Penyelenggara(
                    nama=nama,
                    kegiatan=len(items),
                    peserta=peserta,
                    jp_total=jp_total,
                    biaya=biaya,
                    biaya_per_jp=_ratio(biaya, jp_total),
                    biaya_per_peserta=_ratio(biaya, peserta),
                    indeks_reaksi=_mean(scores),
                    kegiatan_dinilai=len(scores),
                )
            )
        out.sort(key=lambda p: (p.nama == "", p.nama.casefold()))
        return out

    # -- editing ---------------------------------------------------------------------------

    @use_case(Permission.EDIT)
    def set_anggaran(
        self,
        tahun: int,
        sumber_dana: str,
        jumlah: int,
        keterangan: str = "",
        *,
        expected_revision: int | None = None,
    ) -> int:
        """The budget of ``tahun`` from ``sumber_dana``: created when there is none (then
        ``expected_revision`` is None), else updated when ``expected_revision`` is the
        revision read. Returns the record's id."""
        problems: list[FieldProblem] = []
        if isinstance(tahun, bool) or not isinstance(tahun, int):
            problems.append(FieldProblem("tahun", pesan("Tahun anggaran harus bilangan bulat.")))
        elif not TAHUN_MIN <= tahun <= TAHUN_MAX:
            problems.append(
                FieldProblem(
                    "tahun",
                    pesan(
                        "Tahun anggaran {tahun} di luar batas; isi {tahun_min} sampai {tahun_max}.",
                        tahun=tahun,
                        tahun_min=TAHUN_MIN,
                        tahun_max=TAHUN_MAX,
                    ),
                )
            )
        kode = sumber_dana.strip().upper() if isinstance(sumber_dana, str) else ""
        sources = {s.kode: s for s in _sources(tahun if isinstance(tahun, int) else TAHUN_MAX)}
        if kode not in sources:
            problems.append(
                FieldProblem(
                    "sumber_dana",
                    pesan(
                        "Sumber dana '{sumber_dana}' tidak dikenal; gunakan {join}.",
                        sumber_dana=sumber_dana,
                        join=", ".join(sources),
                    ),
                )
            )
        if isinstance(jumlah, bool) or not isinstance(jumlah, int):
            problems.append(
                FieldProblem(
                    "jumlah",
                    pesan(
                        "Jumlah anggaran harus rupiah bulat; yang diisi {jumlah!r}.",
                        jumlah=jumlah,
                    ),
                )
            )
        elif jumlah < 0:
            problems.append(
                FieldProblem(
                    "jumlah",
                    pesan(
                        "Jumlah anggaran tidak boleh negatif; yang diisi {jumlah}.",
                        jumlah=format_rupiah(jumlah),
                    ),
                )
            )
        elif jumlah > JUMLAH_MAX:
            problems.append(
                FieldProblem(
                    "jumlah",
                    pesan(
                        "Jumlah anggaran {jumlah} melebihi batas {jumlah_max}; periksa jumlah "
                        "digitnya.",
                        jumlah=format_rupiah(jumlah),
                        jumlah_max=format_rupiah(JUMLAH_MAX),
                    ),
                )
            )
        text = keterangan.strip() if isinstance(keterangan, str) else keterangan
        problems += check_text("anggaran_keterangan", text, problem_field="keterangan")
        if problems:
            raise ValidationFailed(problems)
        assert isinstance(text, str)
        nama = sources[kode].nama
        label = f"anggaran pelatihan {nama} tahun {tahun}"
        try:
            with self.db.unit_of_work() as session:
                row = _anggaran_row(session, tahun, kode)
                if row is None:
                    if expected_revision is not None:
                        raise StaleRecord(
                            pesan(
                                "Data {label} sudah dihapus di tempat lain sejak Anda "
                                "membukanya. Tutup lalu buka kembali; perubahan Anda belum "
                                "disimpan.",
                                label=label,
                            )
                        )
                    row = AnggaranPelatihan(
                        tahun=tahun, sumber_dana=kode, jumlah=jumlah, keterangan=text
                    )
                    stamp_change(session, self.db.actor, row, first=True)
                    session.add(row)
                    try:
                        session.flush()
                    except IntegrityError as exc:
                        # The year's line of this source was inserted by another clerk
                        # after the look above (PostgreSQL: their transaction was still
                        # open); the unique index refused this one. Nothing is kept.
                        raise _Bentrok from exc
                    return row.id
                if expected_revision is None:
                    # Someone entered this year's budget of this source since the form was
                    # opened empty; writing over it would lose their figure.
                    raise _saved_meanwhile(nama, tahun, row)
                if row.revision != expected_revision:
                    raise stale_record_error(label, row.updated_by, row.updated_at)
                if row.jumlah != jumlah or row.keterangan != text:
                    row.jumlah = jumlah
                    row.keterangan = text
                    stamp_change(session, self.db.actor, row)
                return row.id
        except _Bentrok as clash:
            raise self._saved_by_other(nama, tahun, kode, clash) from None

    def _saved_by_other(self, nama: str, tahun: int, kode: str, clash: _Bentrok) -> Exception:
        """The refusal of an insert that lost to another clerk's insert of the same line:
        who saved it, read afresh now that their transaction has committed."""
        with self.db.reading() as session:
            row = _anggaran_row(session, tahun, kode)
        if row is not None:
            return _saved_meanwhile(nama, tahun, row)
        # Refused for another reason than the year's line (none is there): say what the
        # database said.
        cause = clash.__cause__
        assert isinstance(cause, IntegrityError)
        return translate_dbapi_error(cause, self.db.where)

    @use_case(Permission.EDIT)
    def delete_anggaran(self, anggaran_id: int, *, expected_revision: int) -> None:
        with self.db.unit_of_work() as session:
            row = session.get(AnggaranPelatihan, anggaran_id)
            if row is None or row.deleted_at is not None:
                raise NotFound(
                    pesan(
                        "Anggaran pelatihan dengan id {anggaran_id} tidak ditemukan.",
                        anggaran_id=anggaran_id,
                    )
                )
            if row.revision != expected_revision:
                raise stale_record_error(
                    f"anggaran pelatihan {row.sumber_dana} tahun {row.tahun}",
                    row.updated_by,
                    row.updated_at,
                )
            row.deleted_at = datetime.now(UTC)
            stamp_change(session, self.db.actor, row)


class _Bentrok(Exception):
    """Another clerk's line of the same year and source won the unique index."""


def _anggaran_row(session: Session, tahun: int, kode: str) -> AnggaranPelatihan | None:
    """The live budget line of ``tahun`` from the source ``kode``."""
    return session.scalar(
        select(AnggaranPelatihan).where(
            AnggaranPelatihan.tahun == tahun,
            AnggaranPelatihan.sumber_dana == kode,
            AnggaranPelatihan.deleted_at.is_(None),
        )
    )


def _saved_meanwhile(nama: str, tahun: int, row: AnggaranPelatihan) -> StaleRecord:
    when = ""
    if row.updated_at is not None:
        # Stored in UTC (SQLite hands it back without a zone); shown in local time.
        at = row.updated_at
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        when = f" ({at.astimezone():%d-%m-%Y %H:%M})"
    return StaleRecord(
        pesan(
            "Anggaran pelatihan {nama} tahun {tahun} baru saja disimpan oleh {nilai}{when} "
            "setelah Anda membuka isian kosong; buka kembali anggaran tahun {tahun} untuk "
            "melihat jumlah itu dan mengubahnya. Isian Anda belum disimpan.",
            nama=nama,
            tahun=tahun,
            nilai=row.updated_by or "pengguna lain",
            when=when,
        )
    )


def anggaran_tahun(session: Session, tahun: int, *, lock: bool = False) -> int:
    """The year's budget over every funding source, read in the caller's transaction: the
    limit of the yearly plan (services.akpk). ``lock`` holds the lines read (FOR SHARE on
    PostgreSQL) until the caller's transaction ends, so they cannot change under a
    decision taken on them."""
    if not lock:
        total = session.scalar(
            select(func.coalesce(func.sum(AnggaranPelatihan.jumlah), 0)).where(
                AnggaranPelatihan.tahun == tahun, AnggaranPelatihan.deleted_at.is_(None)
            )
        )
        return int(total or 0)
    # FOR SHARE takes no aggregate: the lines, summed here.
    amounts = session.scalars(
        select(AnggaranPelatihan.jumlah)
        .where(AnggaranPelatihan.tahun == tahun, AnggaranPelatihan.deleted_at.is_(None))
        .with_for_update(read=True)
    )
    return sum(int(a) for a in amounts)


def _kegiatan(session: Session, tahun: int | None, as_of: date) -> list[BiayaKegiatan]:
    joined = and_(
        PesertaPelatihan.pelatihan_id == Pelatihan.id, PesertaPelatihan.deleted_at.is_(None)
    )
    stmt = (
        select(
            Pelatihan.id,
            Pelatihan.nama,
            Pelatihan.jenis_diklat,
            Pelatihan.penyelenggara,
            Pelatihan.mulai,
            Pelatihan.selesai,
            Pelatihan.sumber_dana,
            func.count(Employee.id),
            func.coalesce(
                func.sum(case((and_(credited(as_of), Employee.id.is_not(None)), 1), else_=0)),
                0,
            ),
            Pelatihan.jp,
            Pelatihan.biaya_rencana,
            Pelatihan.biaya_realisasi,
            Pelatihan.reaksi_penyelenggara,
            Pelatihan.reaksi_fasilitas,
            Pelatihan.reaksi_pengajar,
        )
        .outerjoin(PesertaPelatihan, joined)
        # A participant whose employee was deleted from the register is not counted, as in
        # the compliance report.
        .outerjoin(
            Employee,
            and_(Employee.id == PesertaPelatihan.employee_id, Employee.deleted_at.is_(None)),
        )
        .where(Pelatihan.deleted_at.is_(None))
        .group_by(Pelatihan.id)
        .order_by(Pelatihan.mulai, Pelatihan.nama, Pelatihan.id)
    )
    if tahun is not None:
        stmt = stmt.where(Pelatihan.tahun == tahun)
    out = []
    for r in session.execute(stmt):
        peserta, dihitung = int(r[7]), int(r[8])
        jp_total = round(float(r[9]) * dihitung, 2)
        biaya = int(r[11]) if r[11] is not None else int(r[10])
        scores = [float(v) for v in r[12:15] if v is not None]
        out.append(
            BiayaKegiatan(
                pelatihan_id=r[0],
                nama=r[1],
                jenis_diklat=r[2],
                penyelenggara=r[3],
                mulai=r[4],
                selesai=r[5],
                sumber_dana=r[6],
                peserta=peserta,
                peserta_dihitung=dihitung,
                jp=float(r[9]),
                jp_total=jp_total,
                biaya_rencana=int(r[10]),
                biaya_realisasi=None if r[11] is None else int(r[11]),
                biaya=biaya,
                biaya_per_jp=_ratio(biaya, jp_total),
                biaya_per_peserta=_ratio(biaya, peserta),
                indeks_reaksi=_mean(scores),
            )
        )
    return out
