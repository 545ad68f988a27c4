"""The printed appraisal document as data: snapshot round trip, content hash, document code."""

from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import pytest

from asn_desktop.domain.dokumen_kinerja import (
    QR_PREFIX,
    BarisHasilKerja,
    BarisPerilaku,
    DokumenEvaluasi,
    IndikatorCetak,
    OrangCetak,
    canonical_json,
    content_hash,
    kode_dokumen,
    orang_dari_pegawai,
    parse_kode,
    qr_text,
)

UUID = "3f2b8c1e-5d4a-4e7b-9c0d-1a2b3c4d5e6f"
DIGEST = "a" * 64
CODE_SHAPE = re.compile(r"[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}-[0-9ABCDEFGHJKMNPQRSTVWXYZ]{5}")


def dokumen(**overrides: object) -> DokumenEvaluasi:
    values: dict[str, object] = {
        "tahun": 2026,
        "periode_label": "PERIODE: AKHIR",
        "periode_rentang": "1 JANUARI SD 31 DESEMBER 2026",
        "pemerintah": "PEMERINTAH KOTA BANDUNG",
        "instansi": "Dinas Komunikasi dan Informatika",
        "pegawai": OrangCetak(
            "Ahmad Sutisna, S.T.",
            "198503152010011002",
            "Penata, III/c",
            "Pranata Komputer Ahli Muda",
            "Seksi Pengembangan Aplikasi",
        ),
        "penilai": OrangCetak(
            "Agus Salim, S.Kom.", "198001012005011003", "Penata Tingkat I, III/d"
        ),
        "atasan": OrangCetak("Drs. Ujang Sopandi", jabatan="Sekretaris Daerah"),
        "capaian_organisasi": "Baik",
        "hasil_kerja": (
            BarisHasilKerja(
                "UTAMA",
                "Terlaksananya pengembangan aplikasi",
                "Meningkatnya layanan elektronik",
                (
                    IndikatorCetak("Kuantitas", "Jumlah aplikasi", "3 aplikasi", "3", "BA uji"),
                    IndikatorCetak("Waktu", "Selesai tepat waktu", "12 bulan"),
                ),
                "Bagus — lanjutkan",
            ),
            BarisHasilKerja("TAMBAHAN", "Pendampingan magang", "", ()),
        ),
        "rating_hasil_kerja": "Sesuai Ekspektasi",
        "perilaku": (
            BarisPerilaku(
                "Berorientasi Pelayanan",
                ("Memahami dan memenuhi kebutuhan masyarakat", "Ramah, cekatan"),
                "Menanggapi dalam 2 hari",
                "Cepat",
            ),
            BarisPerilaku("Akuntabel", ("Jujur",), ""),
        ),
        "rating_perilaku": "Di Atas Ekspektasi",
        "predikat": "Baik",
        "catatan": "Ikuti pelatihan.\nBaris kedua.",
        "tempat": "Bandung",
        "tanggal": date(2026, 11, 27),
    }
    values.update(overrides)
    return DokumenEvaluasi(**values)


# -- snapshot ----------------------------------------------------------------------------


def test_to_dict_from_dict_round_trip() -> None:
    original = dokumen()
    data = original.to_dict()
    assert data["tanggal"] == "2026-11-27"
    assert data["pegawai"]["pangkat"] == "Penata, III/c"
    assert data["hasil_kerja"][0]["indikator"][1] == {
        "aspek": "Waktu",
        "indikator": "Selesai tepat waktu",
        "target": "12 bulan",
        "realisasi": "",
        "bukti": "",
    }
    back = DokumenEvaluasi.from_dict(data)
    assert back == original
    assert isinstance(back.hasil_kerja, tuple)
    assert isinstance(back.hasil_kerja[0].indikator[0], IndikatorCetak)
    assert isinstance(back.perilaku[0].uraian, tuple)
    assert back.tanggal == date(2026, 11, 27)


def test_round_trip_through_stored_json() -> None:
    original = dokumen()
    text = canonical_json(original.to_dict())
    back = DokumenEvaluasi.from_dict(json.loads(text))
    assert back == original
    assert content_hash(back) == content_hash(original)


def test_unknown_keys_of_a_newer_snapshot_are_ignored() -> None:
    data = dokumen().to_dict() | {"kolom_baru": "x"}
    assert DokumenEvaluasi.from_dict(data) == dokumen()


def test_damaged_snapshot_raises_key_error() -> None:
    data = dokumen().to_dict()
    del data["pegawai"]
    with pytest.raises(KeyError):
        DokumenEvaluasi.from_dict(data)


def test_canonical_json_sorted_compact_non_ascii_kept() -> None:
    assert canonical_json({"b": 1, "a": "Bagus — é"}) == '{"a":"Bagus — é","b":1}'


def test_content_hash_is_stable_and_sensitive() -> None:
    digest = content_hash(dokumen())
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert content_hash(dokumen()) == digest
    assert content_hash(DokumenEvaluasi.from_dict(dokumen().to_dict())) == digest
    changed = [
        dokumen(predikat="Sangat Baik"),
        dokumen(tanggal=date(2026, 11, 28)),
        dokumen(pegawai=dataclasses.replace(dokumen().pegawai, pangkat="Penata Tingkat I, III/d")),
        dokumen(catatan="Ikuti pelatihan.\nBaris kedua. "),
    ]
    assert len({content_hash(d) for d in changed} | {digest}) == 5


# -- the document code ----------------------------------------------------------------------


def test_kode_shape_and_determinism() -> None:
    kode = kode_dokumen(UUID, 1, DIGEST)
    assert CODE_SHAPE.fullmatch(kode), kode
    assert kode_dokumen(UUID, 1, DIGEST) == kode
    others = {kode_dokumen(UUID, 2, DIGEST), kode_dokumen(UUID, 1, "b" * 64)}
    others.add(kode_dokumen("00000000-0000-0000-0000-000000000000", 1, DIGEST))
    assert kode not in others and len(others) == 3


def test_no_confusable_letters_in_many_codes() -> None:
    codes = [kode_dokumen(UUID, n, DIGEST) for n in range(1, 300)]
    assert len(set(codes)) == 299
    bad = [c for c in codes if not CODE_SHAPE.fullmatch(c)]
    assert bad == []


def test_parse_kode_as_printed_and_typed() -> None:
    kode = kode_dokumen(UUID, 1, DIGEST)
    compact = kode.replace("-", "")
    assert parse_kode(kode) == (kode, None)
    assert parse_kode(kode.lower()) == (kode, None)
    assert parse_kode(compact) == (kode, None)
    assert parse_kode(compact.lower()) == (kode, None)
    assert parse_kode(f"  {kode[:5]} - {kode[6:]} \n") == (kode, None)


def test_parse_kode_reads_o_i_l_as_digits() -> None:
    assert parse_kode("O1234-56789") == ("01234-56789", None)
    assert parse_kode("i0000-l0000") == ("10000-10000", None)
    assert parse_kode("OIL00-00000") == ("01100-00000", None)


def test_parse_kode_qr_text() -> None:
    kode = kode_dokumen(UUID, 3, DIGEST)
    text = qr_text(kode, DIGEST)
    assert text == f"{QR_PREFIX}:{kode}:{DIGEST}"
    assert text.startswith("ASNEK1:")
    assert parse_kode(text) == (kode, DIGEST)
    assert parse_kode(text.lower()) == (kode, DIGEST)
    assert parse_kode(f"ASNEK1:{kode}:{DIGEST.upper()}") == (kode, DIGEST)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Kode dokumen '' tidak sah: seharusnya 10 huruf/angka seperti 7F3KQ-9XM2A."),
        ("7F3KQ-9XM2", "Kode dokumen '7F3KQ-9XM2' tidak sah"),
        ("7F3KQ-9XM2AB", "Kode dokumen '7F3KQ-9XM2AB' tidak sah"),
        ("7F3KU-9XM2A", "Kode dokumen '7F3KU-9XM2A' tidak sah"),  # U is not Crockford
        ("7F3K!-9XM2A", "tidak sah"),
        ("ASNEK1:7F3KQ-9XM2A", "Isi kode QR tidak dikenal: seharusnya ASNEK1:KODE:HASH."),
        ("ASNEK1:7F3KQ-9XM2A:abc:def", "Isi kode QR tidak dikenal"),
        (f"ASNEK1:7F3KQ-9XM2A:{'a' * 63}", "Hash isi dokumen pada kode QR rusak"),
        (f"ASNEK1:7F3KQ-9XM2A:{'g' * 64}", "(harus 64 digit heksadesimal)"),
        (f"ASNEK1:7F3K-9XM2A:{'a' * 64}", "Kode dokumen"),
    ],
)
def test_parse_kode_bad_input(typed: str, words: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_kode(typed)
    assert words in str(caught.value)


def test_parse_kode_quotes_at_most_40_characters() -> None:
    with pytest.raises(ValueError) as caught:
        parse_kode("X" * 500)
    assert f"'{'X' * 40}'" in str(caught.value)
    assert "X" * 41 not in str(caught.value)


# -- people of the register -------------------------------------------------------------------


def person(**overrides: object) -> OrangCetak:
    values: dict[str, object] = {
        "nama": "Ahmad Sutisna",
        "gelar_depan": "Dr.",
        "gelar_belakang": "S.T., M.T.",
        "nip": "198503152010011002",
        "status_kepegawaian": "PNS",
        "golongan_id": 33,
        "jabatan": "Pranata Komputer Ahli Muda",
        "unit_kerja": "Seksi Pengembangan Aplikasi",
    }
    values.update(overrides)
    return orang_dari_pegawai(**values)


def test_orang_pns() -> None:
    assert person() == OrangCetak(
        nama="Dr. Ahmad Sutisna, S.T., M.T.",
        nip="198503152010011002",
        pangkat="Penata, III/c",
        jabatan="Pranata Komputer Ahli Muda",
        unit_kerja="Seksi Pengembangan Aplikasi",
    )


def test_orang_cpns_has_pangkat_and_nip() -> None:
    found = person(status_kepegawaian="CPNS", golongan_id=31, gelar_depan="", gelar_belakang="")
    assert (found.nama, found.nip, found.pangkat) == (
        "Ahmad Sutisna",
        "198503152010011002",
        "Penata Muda, III/a",
    )


def test_orang_pppk_leaves_nip_and_pangkat_empty() -> None:
    found = person(
        nama="Dewi Lestari",
        gelar_depan="",
        gelar_belakang="",
        nip="199105052023212004",
        status_kepegawaian="PPPK",
        golongan_id=109,
        jabatan="Pengelola Layanan Operasional",
        unit_kerja="Bidang Statistik",
    )
    assert found == OrangCetak(
        nama="Dewi Lestari",
        nip="",
        pangkat="",
        jabatan="Pengelola Layanan Operasional",
        unit_kerja="Bidang Statistik",
    )


def test_orang_without_or_with_unknown_golongan() -> None:
    assert person(golongan_id=None).pangkat == ""
    assert person(golongan_id=99).pangkat == ""
    # a PPPK golongan on a PNS (bad data) prints no pangkat rather than failing
    assert person(golongan_id=109).pangkat == ""
