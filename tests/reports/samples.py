"""Sample appraisal documents for the report tests and the print benchmark.

Indonesian texts as clerks type them, names with accents (the fonts must print them), a PPPK
employee and an appraiser who is not ASN (empty NIP and pangkat).
"""

from __future__ import annotations

import dataclasses
from datetime import date

from asn_desktop.domain.dokumen_kinerja import (
    BarisHasilKerja,
    BarisPerilaku,
    DokumenEvaluasi,
    DokumenSkp,
    IndikatorCetak,
    OrangCetak,
    content_hash,
    kode_dokumen,
)
from asn_desktop.domain.kinerja import nilai_dasar

PEGAWAI = OrangCetak(
    nama="Dr. H. Ahmad Sutisna, S.T., M.T.",
    nip="198503152010011002",
    pangkat="Penata Tingkat I, III/d",
    jabatan="Kepala Seksi Perencanaan Tata Ruang",
    unit_kerja="Bidang Tata Ruang, Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
)
PENILAI = OrangCetak(
    nama="Françoise Ñoño Şahin, S.H., M.Kn.",
    nip="197804222003122001",
    pangkat="Pembina Tingkat I, IV/b",
    jabatan="Kepala Bidang Tata Ruang",
    unit_kerja="Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
)
ATASAN = OrangCetak(
    nama="Ir. Rina Müller-Wijaya, M.Sc.",
    nip="196912101994032004",
    pangkat="Pembina Utama Muda, IV/c",
    jabatan="Kepala Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
    unit_kerja="Dinas Cipta Karya, Bina Konstruksi dan Tata Ruang",
)
PEGAWAI_PPPK = OrangCetak(
    nama="Siti Nurhaliza, A.Md.Kom.",
    nip="",
    pangkat="",
    jabatan="Pranata Komputer Terampil",
    unit_kerja="Sekretariat, Dinas Komunikasi dan Informatika",
)
PENILAI_NON_ASN = OrangCetak(
    nama="Bambang Hermawan, S.Kom.",
    nip="",
    pangkat="",
    jabatan="Tenaga Ahli Transformasi Digital",
    unit_kerja="Dinas Komunikasi dan Informatika",
)

TANGGAL = date(2026, 11, 27)
UUID = "3f1c2b9a-7d4e-4c1a-9b2f-5e6d7c8b9a01"

_RHK_TEKS = (
    "Tersusunnya dokumen rencana detail tata ruang kawasan yang sesuai ketentuan",
    "Terlaksananya pembinaan teknis penataan ruang bagi aparatur kecamatan",
    "Tersedianya data dan informasi pemanfaatan ruang yang mutakhir dan akurat",
    "Terselenggaranya koordinasi lintas perangkat daerah dalam pengendalian pemanfaatan ruang",
    "Tersusunnya laporan evaluasi kesesuaian kegiatan pemanfaatan ruang",
    "Meningkatnya kualitas layanan konsultasi tata ruang kepada masyarakat",
    "Terlaksananya verifikasi permohonan Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)",
    "Tersusunnya rancangan peraturan wali kota tentang zonasi kawasan strategis",
    "Terwujudnya basis data spasial terpadu yang dapat diakses perangkat daerah",
    "Terlaksananya sosialisasi rencana tata ruang di 30 kecamatan",
)
_RHK_ATASAN = (
    "Meningkatnya kesesuaian pemanfaatan ruang dengan rencana tata ruang kota",
    "Meningkatnya kualitas perencanaan dan pengendalian tata ruang",
)
_ASPEK = ("Kuantitas", "Kualitas", "Waktu")
_UMPAN_BALIK = (
    "Capaian sudah sesuai target; pertahankan ketepatan waktu pelaporan dan lengkapi bukti "
    "dukung dengan notulen rapat.",
    "Hasil kerja baik. Perlu peningkatan koordinasi dengan kecamatan agar data lebih cepat "
    "diterima.",
    "",
)


def indikator(i: int, j: int) -> IndikatorCetak:
    aspek = _ASPEK[j % 3]
    if aspek == "Kuantitas":
        return IndikatorCetak(
            aspek,
            f"Jumlah dokumen/kegiatan yang diselesaikan sesuai rencana ({i + 1}.{j + 1})",
            f"{(i % 4) + 2} dokumen",
            f"{(i % 4) + 2} dokumen",
            "Laporan kegiatan, daftar hadir, dan dokumentasi foto",
        )
    if aspek == "Kualitas":
        return IndikatorCetak(
            aspek,
            "Persentase dokumen yang disetujui tanpa revisi mayor oleh pimpinan",
            "90 %",
            "92 %",
            "Lembar persetujuan pimpinan",
        )
    return IndikatorCetak(
        aspek, "Ketepatan waktu penyelesaian", "Desember 2026", "November 2026", ""
    )


def baris(i: int, jenis: str = "UTAMA", indikator_count: int = 2) -> BarisHasilKerja:
    return BarisHasilKerja(
        jenis=jenis,
        rhk=_RHK_TEKS[i % len(_RHK_TEKS)],
        rhk_atasan=_RHK_ATASAN[i % 2] if i % 3 != 2 else "",
        indikator=tuple(indikator(i, j) for j in range(indikator_count)),
        umpan_balik=_UMPAN_BALIK[i % 3],
    )


def perilaku(umpan_balik: bool = True) -> tuple[BarisPerilaku, ...]:
    return tuple(
        BarisPerilaku(
            nama=n.nama,
            uraian=n.uraian,
            ekspektasi=f"Menunjukkan perilaku {n.nama.lower()} dalam setiap layanan kepada "
            "masyarakat dan rekan kerja.",
            umpan_balik="Sudah sesuai ekspektasi; terus tingkatkan." if umpan_balik else "",
        )
        for n in nilai_dasar(on=TANGGAL)
    )


def evaluasi(
    *,
    utama: int = 4,
    tambahan: int = 2,
    pegawai: OrangCetak = PEGAWAI,
    penilai: OrangCetak = PENILAI,
    atasan: OrangCetak = ATASAN,
    predikat: str = "Baik",
    catatan: str = "Pertahankan kinerja dan tingkatkan kompetensi teknis di bidang GIS.",
    periode_label: str = "PERIODE: AKHIR",
    indikator_count: int = 2,
) -> DokumenEvaluasi:
    rows = [baris(i, "UTAMA", indikator_count) for i in range(utama)]
    rows += [baris(utama + i, "TAMBAHAN", 1) for i in range(tambahan)]
    return DokumenEvaluasi(
        tahun=2026,
        periode_label=periode_label,
        periode_rentang="1 JANUARI SD 31 DESEMBER 2026",
        pemerintah="PEMERINTAH KOTA BANDUNG",
        instansi="DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG",
        pegawai=pegawai,
        penilai=penilai,
        atasan=atasan,
        capaian_organisasi="Baik",
        hasil_kerja=tuple(rows),
        rating_hasil_kerja="Sesuai Ekspektasi",
        perilaku=perilaku(),
        rating_perilaku="Di Atas Ekspektasi",
        predikat=predikat,
        catatan=catatan,
        tempat="Bandung",
        tanggal=TANGGAL,
    )


def evaluasi_pppk() -> DokumenEvaluasi:
    """A PPPK employee appraised by someone who is not ASN: empty NIP and pangkat."""
    return dataclasses.replace(
        evaluasi(utama=3, tambahan=0, predikat="Sangat Baik", periode_label="TRIWULAN II"),
        pegawai=PEGAWAI_PPPK,
        penilai=PENILAI_NON_ASN,
        instansi="DINAS KOMUNIKASI DAN INFORMATIKA",
        periode_rentang="1 APRIL SD 30 JUNI 2026",
    )


def kode_for(dokumen: DokumenEvaluasi, versi: int = 1) -> tuple[str, str]:
    """(kode, digest) as finalisation issues them."""
    digest = content_hash(dokumen)
    return kode_dokumen(UUID, versi, digest), digest


def skp(*, utama: int = 5, tambahan: int = 2, indikator_count: int = 2) -> DokumenSkp:
    rows = [baris(i, "UTAMA", indikator_count) for i in range(utama)]
    rows += [baris(utama + i, "TAMBAHAN", 1) for i in range(tambahan)]
    return DokumenSkp(
        tahun=2026,
        periode_rentang="1 JANUARI SD 31 DESEMBER 2026",
        pemerintah="PEMERINTAH KOTA BANDUNG",
        instansi="DINAS CIPTA KARYA, BINA KONSTRUKSI DAN TATA RUANG",
        pegawai=PEGAWAI,
        penilai=PENILAI,
        atasan=ATASAN,
        hasil_kerja=tuple(rows),
        perilaku=perilaku(umpan_balik=False),
        tempat="Bandung",
        tanggal=date(2026, 1, 5),
    )
