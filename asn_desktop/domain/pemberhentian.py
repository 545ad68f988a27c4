"""Leaving the agency: retirement, transfer out, death, resignation, dismissal.

A person who leaves is not deleted: the record stays (histories, appraisals, trainings and
exports still need it), marked with how and when they left. The register shows active staff
by default and the leavers under "Pegawai nonaktif"; the active counts leave them out.

SIASN keeps the person's kedudukan hukum (legal position) beside it: a retirement is "99
Pensiun", a death, resignation or dismissal ends the service ("66 Diberhentikan", with the
jenisPemberhentian telling which). A transfer to another instansi ends the record here but
not the person's service, so the kedudukan hukum stays what it was.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from asn_desktop.domain.masukan import FieldProblem, check_text
from asn_desktop.domain.pesan import pesan

__all__ = [
    "KEDUDUKAN_AKTIF",
    "KELUAR_LABELS",
    "Keluar",
    "Pemberhentian",
    "kedudukan_setelah_keluar",
    "validate_pemberhentian",
]

KEDUDUKAN_AKTIF = "01"


class Keluar(StrEnum):
    PENSIUN = "pensiun"
    MUTASI_KELUAR = "mutasi_keluar"
    MENINGGAL = "meninggal"
    APS = "aps"  # berhenti atas permintaan sendiri
    DIBERHENTIKAN = "diberhentikan"


KELUAR_LABELS: dict[Keluar, str] = {
    Keluar.PENSIUN: "Pensiun",
    Keluar.MUTASI_KELUAR: "Mutasi keluar",
    Keluar.MENINGGAL: "Meninggal dunia",
    Keluar.APS: "Berhenti atas permintaan sendiri",
    Keluar.DIBERHENTIKAN: "Diberhentikan",
}

# SIASN kedudukanHukum after leaving; None keeps the current one (a transfer out).
_KEDUDUKAN: dict[Keluar, str | None] = {
    Keluar.PENSIUN: "99",
    Keluar.MUTASI_KELUAR: None,
    Keluar.MENINGGAL: "66",
    Keluar.APS: "66",
    Keluar.DIBERHENTIKAN: "66",
}


def kedudukan_setelah_keluar(jenis: Keluar, sekarang: str) -> str:
    baru = _KEDUDUKAN[jenis]
    return sekarang if baru is None else baru


@dataclass(frozen=True)
class Pemberhentian:
    """How and when a person left, by which decree."""

    jenis: str
    tanggal: date | None
    alasan: str
    sk_nomor: str
    sk_tanggal: date | None = None
    instansi_tujuan: str = ""


def validate_pemberhentian(
    entry: Pemberhentian, *, tanggal_lahir: date, mulai_bekerja: date | None, today: date
) -> list[FieldProblem]:
    """The problems of a leaving entry, at most one per field (Indonesian messages)."""
    problems: list[FieldProblem] = []
    try:
        jenis: Keluar | None = Keluar(entry.jenis)
    except ValueError:
        jenis = None
        problems.append(
            FieldProblem("jenis", pesan("Jenis keluar '{jenis}' tidak dikenal.", jenis=entry.jenis))
        )
    if entry.tanggal is None:
        problems.append(FieldProblem("tanggal", pesan("Tanggal keluar wajib diisi.")))
    elif entry.tanggal <= tanggal_lahir:
        problems.append(
            FieldProblem("tanggal", pesan("Tanggal keluar tidak mungkin sebelum tanggal lahir."))
        )
    elif mulai_bekerja is not None and entry.tanggal < mulai_bekerja:
        problems.append(
            FieldProblem(
                "tanggal",
                pesan(
                    "Tanggal keluar sebelum TMT CPNS ({mulai_bekerja:%d-%m-%Y}).",
                    mulai_bekerja=mulai_bekerja,
                ),
            )
        )
    elif entry.tanggal.year > today.year + 1:
        problems.append(
            FieldProblem("tanggal", pesan("Tanggal keluar lebih dari setahun ke depan."))
        )
    alasan = entry.alasan.strip()
    if not alasan:
        problems.append(FieldProblem("alasan", pesan("Alasan wajib diisi.")))
    else:
        # The shared input rules: column length, no control or bidi characters.
        problems.extend(check_text("keterangan", alasan, "Alasan", problem_field="alasan"))
    if not entry.sk_nomor.strip() and jenis is not Keluar.MENINGGAL:
        problems.append(FieldProblem("sk_nomor", pesan("Nomor SK wajib diisi.")))
    else:
        problems.extend(check_text("sk_nomor", entry.sk_nomor))
    if (
        entry.sk_tanggal is not None
        and entry.tanggal is not None
        and not tanggal_lahir < entry.sk_tanggal <= date(today.year + 1, 12, 31)
    ):
        problems.append(FieldProblem("sk_tanggal", pesan("Tanggal SK tidak masuk akal.")))
    if jenis is Keluar.MUTASI_KELUAR and not entry.instansi_tujuan.strip():
        problems.append(
            FieldProblem(
                "instansi_tujuan", pesan("Instansi tujuan wajib diisi untuk mutasi keluar.")
            )
        )
    else:
        problems.extend(
            check_text(
                "instansi_nama",
                entry.instansi_tujuan,
                "Instansi tujuan",
                problem_field="instansi_tujuan",
            )
        )
    return problems
