import pytest

from asn_desktop.domain.kepegawaian import JenisKelamin, StatusKepegawaian, uses_nip


def test_status_labels() -> None:
    assert StatusKepegawaian.PNS.label == "Pegawai Negeri Sipil"
    assert StatusKepegawaian.CPNS.label == "Calon Pegawai Negeri Sipil"
    assert "Perjanjian Kerja" in StatusKepegawaian.PPPK.label


def test_uses_nip() -> None:
    assert uses_nip(StatusKepegawaian.CPNS)
    assert uses_nip("PNS")
    assert uses_nip(" pns ")
    assert not uses_nip(StatusKepegawaian.PPPK)
    assert not uses_nip("pppk")


def test_uses_nip_unknown_status() -> None:
    with pytest.raises(ValueError, match='yang diisi "honorer"'):
        uses_nip("honorer")


def test_jenis_kelamin() -> None:
    assert JenisKelamin.L.label == "Laki-laki"
    assert JenisKelamin("P").label == "Perempuan"
