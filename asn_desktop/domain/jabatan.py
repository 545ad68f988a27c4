"""Kinds of position (jenis jabatan) and functional levels (jenjang jabatan fungsional)."""

from __future__ import annotations

from enum import StrEnum

from asn_desktop.domain.pesan import pesan

__all__ = ["JenisJabatan", "JenjangFungsional", "jenis_jabatan_of_jenjang"]


class JenisJabatan(StrEnum):
    JPT = "JPT"
    ADMINISTRATOR = "ADMINISTRATOR"
    PENGAWAS = "PENGAWAS"
    PELAKSANA = "PELAKSANA"
    FUNGSIONAL_KEAHLIAN = "FUNGSIONAL_KEAHLIAN"
    FUNGSIONAL_KETERAMPILAN = "FUNGSIONAL_KETERAMPILAN"

    @property
    def label(self) -> str:
        return _JENIS_LABELS[self]

    @property
    def is_fungsional(self) -> bool:
        return self in (JenisJabatan.FUNGSIONAL_KEAHLIAN, JenisJabatan.FUNGSIONAL_KETERAMPILAN)


_JENIS_LABELS: dict[JenisJabatan, str] = {
    JenisJabatan.JPT: pesan("Jabatan Pimpinan Tinggi"),
    JenisJabatan.ADMINISTRATOR: pesan("Administrator"),
    JenisJabatan.PENGAWAS: pesan("Pengawas"),
    JenisJabatan.PELAKSANA: pesan("Pelaksana"),
    JenisJabatan.FUNGSIONAL_KEAHLIAN: pesan("Fungsional Keahlian"),
    JenisJabatan.FUNGSIONAL_KETERAMPILAN: pesan("Fungsional Keterampilan"),
}


class JenjangFungsional(StrEnum):
    """Values are the ``jenjang`` codes of SIASN jabatanFungsional."""

    PT = "PT"
    MU = "MU"
    MA = "MA"
    UT = "UT"
    PM = "PM"
    TR = "TR"
    MH = "MH"
    PY = "PY"

    @property
    def label(self) -> str:
        return _JENJANG_INFO[self][0]

    @property
    def jenis(self) -> JenisJabatan:
        return _JENJANG_INFO[self][1]


_JENJANG_INFO: dict[JenjangFungsional, tuple[str, JenisJabatan]] = {
    JenjangFungsional.PT: (pesan("Ahli Pertama"), JenisJabatan.FUNGSIONAL_KEAHLIAN),
    JenjangFungsional.MU: (pesan("Ahli Muda"), JenisJabatan.FUNGSIONAL_KEAHLIAN),
    JenjangFungsional.MA: (pesan("Ahli Madya"), JenisJabatan.FUNGSIONAL_KEAHLIAN),
    JenjangFungsional.UT: (pesan("Ahli Utama"), JenisJabatan.FUNGSIONAL_KEAHLIAN),
    JenjangFungsional.PM: (pesan("Pemula"), JenisJabatan.FUNGSIONAL_KETERAMPILAN),
    JenjangFungsional.TR: (pesan("Terampil"), JenisJabatan.FUNGSIONAL_KETERAMPILAN),
    JenjangFungsional.MH: (pesan("Mahir"), JenisJabatan.FUNGSIONAL_KETERAMPILAN),
    JenjangFungsional.PY: (pesan("Penyelia"), JenisJabatan.FUNGSIONAL_KETERAMPILAN),
}


def jenis_jabatan_of_jenjang(code: str | JenjangFungsional) -> JenisJabatan:
    """Keahlian or keterampilan for a SIASN jenjang code; ValueError for unknown codes.

    SIASN also has a few positions with jenjang "XX"; those are rejected rather than guessed.
    """
    key = str(code).strip().upper()
    try:
        return JenjangFungsional(key).jenis
    except ValueError:
        known = ", ".join(j.value for j in JenjangFungsional)
        raise ValueError(
            pesan(
                'Kode jenjang jabatan fungsional "{code}" tidak dikenal; kode yang dikenal: '
                "{known}.",
                code=code,
                known=known,
            )
        ) from None
