"""Employment status and sex codes."""

from __future__ import annotations

from enum import StrEnum

from asn_desktop.domain.pesan import pesan

__all__ = ["JenisKelamin", "StatusKepegawaian", "uses_nip"]


class StatusKepegawaian(StrEnum):
    CPNS = "CPNS"
    PNS = "PNS"
    PPPK = "PPPK"

    @property
    def label(self) -> str:
        return _STATUS_LABELS[self]


_STATUS_LABELS: dict[StatusKepegawaian, str] = {
    StatusKepegawaian.CPNS: pesan("Calon Pegawai Negeri Sipil"),
    StatusKepegawaian.PNS: pesan("Pegawai Negeri Sipil"),
    StatusKepegawaian.PPPK: pesan("Pegawai Pemerintah dengan Perjanjian Kerja"),
}


def uses_nip(status: StatusKepegawaian | str) -> bool:
    """True if the identifier is a NIP (CPNS, PNS); False if it is a NI PPPK.

    Raises ValueError for an unknown status, because guessing would pick the wrong parser.
    """
    try:
        parsed = StatusKepegawaian(str(status).strip().upper())
    except ValueError:
        raise ValueError(
            pesan(
                'Status kepegawaian harus CPNS, PNS, atau PPPK; yang diisi "{status}".',
                status=status,
            )
        ) from None
    return parsed is not StatusKepegawaian.PPPK


class JenisKelamin(StrEnum):
    L = "L"
    P = "P"

    @property
    def label(self) -> str:
        return pesan("Laki-laki") if self is JenisKelamin.L else pesan("Perempuan")
