"""What the appraisal documents print, as plain data: the snapshot frozen at finalisation.

`DokumenEvaluasi` is everything the Dokumen Evaluasi Kinerja Pegawai shows, already in words
(labels, names with titles, "Penata Muda Tingkat I, III/b"), so that a reprint needs nothing
but this object: the register may have moved on (a promotion, a transfer), the document has
not. Its canonical JSON is what the content hash covers; the short document code printed
with the QR code is derived from the evaluation's identity, version and that hash.

`DokumenSkp` is the SKP planning document signed at the start of the year.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from asn_desktop.domain.pesan import pesan

__all__ = [
    "QR_PREFIX",
    "BarisHasilKerja",
    "BarisPerilaku",
    "DokumenEvaluasi",
    "DokumenSkp",
    "IndikatorCetak",
    "OrangCetak",
    "canonical_json",
    "content_hash",
    "kode_dokumen",
    "orang_dari_pegawai",
    "parse_kode",
    "qr_text",
]

# The QR code carries "<prefix>:<code>:<content hash>"; the code alone is printed as text.
QR_PREFIX = "ASNEK1"


@dataclass(frozen=True)
class OrangCetak:
    """A person as the identity table prints them. NIP and pangkat are empty for PPPK and
    for appraisers who are not PNS."""

    nama: str
    nip: str = ""
    pangkat: str = ""
    jabatan: str = ""
    unit_kerja: str = ""


@dataclass(frozen=True)
class IndikatorCetak:
    aspek: str  # "Kuantitas"
    indikator: str
    target: str
    realisasi: str = ""
    bukti: str = ""


@dataclass(frozen=True)
class BarisHasilKerja:
    jenis: str  # "UTAMA" or "TAMBAHAN"
    rhk: str
    rhk_atasan: str
    indikator: tuple[IndikatorCetak, ...]
    umpan_balik: str = ""


@dataclass(frozen=True)
class BarisPerilaku:
    nama: str  # "Berorientasi Pelayanan"
    uraian: tuple[str, ...]
    ekspektasi: str
    umpan_balik: str = ""


@dataclass(frozen=True)
class DokumenEvaluasi:
    tahun: int
    periode_label: str  # "PERIODE: AKHIR", "TRIWULAN II"
    periode_rentang: str  # "1 JANUARI SD 31 DESEMBER 2026"
    pemerintah: str  # "PEMERINTAH KOTA BANDUNG"
    instansi: str  # the agency's name
    pegawai: OrangCetak
    penilai: OrangCetak
    atasan: OrangCetak
    capaian_organisasi: str  # "Baik"
    hasil_kerja: tuple[BarisHasilKerja, ...]
    rating_hasil_kerja: str  # "Sesuai Ekspektasi"
    perilaku: tuple[BarisPerilaku, ...]
    rating_perilaku: str
    predikat: str  # "Baik"
    catatan: str
    tempat: str  # "Bandung"
    tanggal: date  # printed above the signatures
    skema: str = "PermenPANRB 6/2022"

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["tanggal"] = self.tanggal.isoformat()
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DokumenEvaluasi:
        """The document back from its stored snapshot; KeyError/TypeError for a damaged one."""
        values = dict(data)
        for name in ("pegawai", "penilai", "atasan"):
            values[name] = OrangCetak(**values[name])
        values["hasil_kerja"] = tuple(
            BarisHasilKerja(
                jenis=row["jenis"],
                rhk=row["rhk"],
                rhk_atasan=row["rhk_atasan"],
                indikator=tuple(IndikatorCetak(**i) for i in row["indikator"]),
                umpan_balik=row.get("umpan_balik", ""),
            )
            for row in values["hasil_kerja"]
        )
        values["perilaku"] = tuple(
            BarisPerilaku(
                nama=row["nama"],
                uraian=tuple(row["uraian"]),
                ekspektasi=row["ekspektasi"],
                umpan_balik=row.get("umpan_balik", ""),
            )
            for row in values["perilaku"]
        )
        values["tanggal"] = date.fromisoformat(values["tanggal"])
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in values.items() if k in known})


@dataclass(frozen=True)
class DokumenSkp:
    """The SKP planning document: the year's RHK and expectations, signed by both."""

    tahun: int
    periode_rentang: str
    pemerintah: str
    instansi: str
    pegawai: OrangCetak
    penilai: OrangCetak
    atasan: OrangCetak
    hasil_kerja: tuple[BarisHasilKerja, ...]
    perilaku: tuple[BarisPerilaku, ...]
    tempat: str
    tanggal: date
    skema: str = "PermenPANRB 6/2022"


def canonical_json(data: dict[str, Any]) -> str:
    """One text per content: sorted keys, no spaces, non-ASCII kept as is."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(dokumen: DokumenEvaluasi) -> str:
    return hashlib.sha256(canonical_json(dokumen.to_dict()).encode("utf-8")).hexdigest()


# Crockford's base32 without I, L, O, U: read aloud and typed back without confusion.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_STANDARD = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_TO_CROCKFORD = str.maketrans(_STANDARD, _CROCKFORD)
_TYPED = str.maketrans({"O": "0", "I": "1", "L": "1"})


def kode_dokumen(evaluasi_uuid: str, versi: int, digest: str) -> str:
    """ "7F3KQ-9XM2A": 50 bits from the evaluation's identity, its version and content hash."""
    raw = hashlib.sha256(f"{evaluasi_uuid}|{versi}|{digest}".encode()).digest()
    text = base64.b32encode(raw).decode("ascii").translate(_TO_CROCKFORD)[:10]
    return f"{text[:5]}-{text[5:]}"


def parse_kode(typed: str) -> tuple[str, str | None]:
    """(code, content hash or None) from what a clerk typed or a scanner read.

    Accepts the printed code in any case, with or without its dash, with O/I/L typed for
    0/1/1, or the QR code's whole text ("ASNEK1:7F3KQ-9XM2A:<sha256>"). ValueError names
    what is wrong.
    """
    text = "".join(typed.split())
    digest: str | None = None
    if text.upper().startswith(QR_PREFIX + ":"):
        parts = text.split(":")
        if len(parts) != 3:
            raise ValueError(pesan("Isi kode QR tidak dikenal: seharusnya ASNEK1:KODE:HASH."))
        text, digest = parts[1], parts[2].lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            raise ValueError(
                pesan("Hash isi dokumen pada kode QR rusak (harus 64 digit heksadesimal).")
            )
    compact = text.upper().replace("-", "").translate(_TYPED)
    if len(compact) != 10 or any(c not in _CROCKFORD for c in compact):
        raise ValueError(
            pesan(
                "Kode dokumen '{strip}' tidak sah: seharusnya 10 huruf/angka seperti 7F3KQ-9XM2A.",
                strip=typed.strip()[:40],
            )
        )
    return f"{compact[:5]}-{compact[5:]}", digest


def qr_text(kode: str, digest: str) -> str:
    return f"{QR_PREFIX}:{kode}:{digest}"


def orang_dari_pegawai(
    *,
    nama: str,
    gelar_depan: str,
    gelar_belakang: str,
    nip: str,
    status_kepegawaian: str,
    golongan_id: int | None,
    jabatan: str,
    unit_kerja: str,
) -> OrangCetak:
    """An employee of the register as the identity table prints them.

    NIP and "Pangkat/Gol. Ruang" are PNS facts: a PPPK's NI PPPK and golongan (no pangkat)
    are left out, as the form leaves those cells empty for them.
    """
    from asn_desktop.domain.golongan import GolonganError, golongan_by_id
    from asn_desktop.domain.nama import format_nama_lengkap

    pns = status_kepegawaian in ("PNS", "CPNS")
    pangkat = ""
    if pns and golongan_id is not None:
        try:
            g = golongan_by_id(golongan_id)
        except GolonganError:
            g = None
        if g is not None and g.pangkat:
            pangkat = f"{g.pangkat}, {g.ruang}"
    return OrangCetak(
        nama=format_nama_lengkap(gelar_depan, nama, gelar_belakang),
        nip=nip if pns else "",
        pangkat=pangkat,
        jabatan=jabatan,
        unit_kerja=unit_kerja,
    )
