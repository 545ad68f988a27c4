import gzip
import json
from pathlib import Path

import pytest

from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional, jenis_jabatan_of_jenjang

SIASN = Path(__file__).parents[2] / "resources" / "siasn"


def test_jenis_labels() -> None:
    assert JenisJabatan.JPT.label == "Jabatan Pimpinan Tinggi"
    assert JenisJabatan.FUNGSIONAL_KETERAMPILAN.label == "Fungsional Keterampilan"
    assert all(j.label for j in JenisJabatan)
    assert JenisJabatan("PELAKSANA") is JenisJabatan.PELAKSANA
    assert JenisJabatan.FUNGSIONAL_KEAHLIAN.is_fungsional
    assert not JenisJabatan.PENGAWAS.is_fungsional


@pytest.mark.parametrize(
    ("code", "label", "jenis"),
    [
        ("PT", "Ahli Pertama", JenisJabatan.FUNGSIONAL_KEAHLIAN),
        ("MU", "Ahli Muda", JenisJabatan.FUNGSIONAL_KEAHLIAN),
        ("MA", "Ahli Madya", JenisJabatan.FUNGSIONAL_KEAHLIAN),
        ("UT", "Ahli Utama", JenisJabatan.FUNGSIONAL_KEAHLIAN),
        ("PM", "Pemula", JenisJabatan.FUNGSIONAL_KETERAMPILAN),
        ("TR", "Terampil", JenisJabatan.FUNGSIONAL_KETERAMPILAN),
        ("MH", "Mahir", JenisJabatan.FUNGSIONAL_KETERAMPILAN),
        ("PY", "Penyelia", JenisJabatan.FUNGSIONAL_KETERAMPILAN),
    ],
)
def test_jenjang(code: str, label: str, jenis: JenisJabatan) -> None:
    jenjang = JenjangFungsional(code)
    assert jenjang.label == label
    assert jenjang.jenis is jenis
    assert jenis_jabatan_of_jenjang(code) is jenis
    assert jenis_jabatan_of_jenjang(code.lower()) is jenis


def test_unknown_jenjang() -> None:
    with pytest.raises(ValueError, match='"XX" tidak dikenal'):
        jenis_jabatan_of_jenjang("XX")


def test_siasn_catalogue_uses_known_codes() -> None:
    with gzip.open(SIASN / "jabatanFungsional.json.gz", "rt", encoding="utf-8") as fh:
        codes = {row["jenjang"] for row in json.load(fh)}
    # "XX" marks a handful of unclassified SIASN positions; everything else must be ours.
    assert codes - {"XX"} == {j.value for j in JenjangFungsional}
