import dataclasses
from datetime import date
from typing import Any

import pytest

from asn_desktop.domain.pegawai import (
    EmployeeDraft,
    FieldProblem,
    normalize_employee,
    validate_employee,
)

TODAY = date(2026, 11, 27)


def pns(**changes: Any) -> EmployeeDraft:
    draft = EmployeeDraft(
        nip="198503152010011002",
        nama="Ahmad Sutisna",
        gelar_depan="Dr. H.",
        gelar_belakang="S.T., M.T.",
        tempat_lahir="Bandung",
        tanggal_lahir=date(1985, 3, 15),
        jenis_kelamin="L",
        status_kepegawaian="PNS",
        tmt_cpns=date(2010, 1, 1),
        tmt_pns=date(2011, 3, 1),
    )
    return dataclasses.replace(draft, **changes)


def pppk(**changes: Any) -> EmployeeDraft:
    draft = EmployeeDraft(
        nip="199204172022212005",
        nama="Rina Marlina",
        tanggal_lahir=date(1992, 4, 17),
        jenis_kelamin="P",
        status_kepegawaian="PPPK",
    )
    return dataclasses.replace(draft, **changes)


def problems(draft: EmployeeDraft) -> dict[str, str]:
    found = validate_employee(draft, today=TODAY)
    fields = [p.field for p in found]
    assert len(fields) == len(set(fields)), "one message per field"
    return {p.field: p.message for p in found}


def test_valid_pns_and_pppk() -> None:
    assert validate_employee(pns(), today=TODAY) == ()
    assert validate_employee(pppk(), today=TODAY) == ()
    assert validate_employee(pns(status_kepegawaian="CPNS", tmt_pns=None), today=TODAY) == ()


def test_field_names_are_dataclass_fields() -> None:
    names = {f.name for f in dataclasses.fields(EmployeeDraft)}
    bad = EmployeeDraft(
        nip="x",
        nama="1",
        tanggal_lahir=None,
        jenis_kelamin="X",
        kedudukan_hukum="A",
        nik="1",
        email="x",
        telepon="1",
        tmt_cpns=date(2000, 1, 1),
        tmt_pns=date(1999, 1, 1),
    )
    found = validate_employee(bad, today=TODAY)
    assert {p.field for p in found} <= names
    assert all(isinstance(p, FieldProblem) and p.message for p in found)
    order = [p.field for p in found]
    all_names = [f.name for f in dataclasses.fields(EmployeeDraft)]
    assert order == sorted(order, key=all_names.index)


def test_status_must_be_known() -> None:
    assert problems(pns(status_kepegawaian="Honorer")) == {
        "status_kepegawaian": 'Status kepegawaian harus CPNS, PNS, atau PPPK; yang diisi "HONORER".'
    }
    assert "wajib diisi" in problems(pns(status_kepegawaian=" "))["status_kepegawaian"]
    assert problems(pns(status_kepegawaian="Honorer", nip=""))["nip"] == (
        "NIP atau NI PPPK wajib diisi."
    )


def test_status_case_and_spaces_are_tolerated() -> None:
    assert validate_employee(pns(status_kepegawaian=" pns "), today=TODAY) == ()


def test_nip_checked_by_status() -> None:
    assert problems(pns(nip="19850315201001100"))["nip"] == (
        "NIP harus 18 digit; yang diisi 17 digit."
    )
    assert "Excel" in problems(pns(nip="1.98503E+17"))["nip"]
    # A NIP is not a valid NI PPPK and vice versa.
    assert "NI PPPK" in problems(pns(nip=pppk().nip))["nip"]
    assert problems(pppk(nip="1.99204E+17"))["nip"].startswith("NI PPPK")


def test_nama() -> None:
    assert problems(pns(nama=""))["nama"] == "Nama wajib diisi."
    assert "gelar" in problems(pns(nama="Ahmad Sutisna, S.T."))["nama"]


def test_tanggal_lahir_required_and_matches_identifier() -> None:
    assert problems(pns(tanggal_lahir=None))["tanggal_lahir"] == "Tanggal lahir wajib diisi."
    assert problems(pns(tanggal_lahir=date(1985, 3, 16)))["tanggal_lahir"] == (
        "Tanggal lahir 16-03-1985 tidak sama dengan tanggal lahir pada NIP (digit 1-8: 15-03-1985)."
    )
    assert (
        "pada NI PPPK (digit 1-8: 17-04-1992)"
        in problems(pppk(tanggal_lahir=date(1992, 4, 18)))["tanggal_lahir"]
    )


def test_tanggal_lahir_in_future_when_nip_unusable() -> None:
    found = problems(pns(nip="", tanggal_lahir=date(2027, 1, 1)))
    assert found["tanggal_lahir"] == "Tanggal lahir 01-01-2027 jatuh setelah hari ini."


def test_jenis_kelamin() -> None:
    assert "wajib diisi" in problems(pns(jenis_kelamin=""))["jenis_kelamin"]
    assert problems(pns(jenis_kelamin="X"))["jenis_kelamin"] == (
        'Jenis kelamin harus L (Laki-laki) atau P (Perempuan); yang diisi "X".'
    )
    assert problems(pns(jenis_kelamin="P"))["jenis_kelamin"] == (
        "Jenis kelamin Perempuan tidak sesuai dengan digit 15 NIP (1 = Laki-laki)."
    )
    # NI PPPK does not encode sex reliably, so either is accepted.
    assert validate_employee(pppk(jenis_kelamin="L"), today=TODAY) == ()


@pytest.mark.parametrize("word", ["l", "Laki-laki", "PRIA"])
def test_jenis_kelamin_words_are_normalised(word: str) -> None:
    assert normalize_employee(pns(jenis_kelamin=word)).jenis_kelamin == "L"
    assert validate_employee(pns(jenis_kelamin=word), today=TODAY) == ()


def test_tmt_cpns_must_match_nip_month() -> None:
    assert validate_employee(pns(tmt_cpns=date(2010, 1, 15)), today=TODAY) == ()
    assert problems(pns(tmt_cpns=date(2010, 2, 1)))["tmt_cpns"] == (
        "TMT CPNS 01-02-2010 tidak sesuai dengan NIP: digit 9-14 menunjukkan TMT CPNS Januari 2010."
    )


def test_tmt_pns_rules() -> None:
    assert problems(pns(tmt_pns=date(2009, 12, 1)))["tmt_pns"] == (
        "TMT PNS 01-12-2009 lebih awal dari TMT CPNS 01-01-2010."
    )
    # Without tmt_cpns the NIP supplies it, so the comparison still happens.
    assert "lebih awal" in problems(pns(tmt_cpns=None, tmt_pns=date(2009, 12, 1)))["tmt_pns"]
    assert problems(pppk(tmt_pns=date(2023, 1, 1)))["tmt_pns"] == (
        "PPPK tidak memiliki TMT PNS; kosongkan TMT PNS."
    )
    assert "CPNS belum memiliki TMT PNS" in problems(pns(status_kepegawaian="CPNS"))["tmt_pns"]


@pytest.mark.parametrize(
    ("nik", "expected"),
    [
        ("", None),
        ("3273011503850001", None),
        ("3273 0115 0385 0001", None),
        ("327301150385000", "NIK harus 16 digit; yang diisi 15 digit."),
        ("32730115038500O1", 'karakter "O" pada posisi 15 bukan angka'),
        ("3.27301E+15", "Excel"),
    ],
)
def test_nik(nik: str, expected: str | None) -> None:
    message = problems(pns(nik=nik)).get("nik")
    if expected is None:
        assert message is None
    else:
        assert message is not None and expected in message


@pytest.mark.parametrize(
    ("email", "expected"),
    [
        ("", None),
        ("ahmad.sutisna@bandung.go.id", None),
        ("a+b@mail.example.com", None),
        ("ahmad sutisna@bandung.go.id", "tidak boleh berisi spasi"),
        ("ahmad.bandung.go.id", "tepat satu tanda @; yang diisi berisi 0"),
        ("a@b@c.id", "berisi 2"),
        ("@bandung.go.id", "tidak memiliki nama sebelum tanda @"),
        ("ahmad..s@bandung.go.id", 'sebelum tanda @ pada alamat email ("ahmad..s")'),
        ("ahmad@bandung", 'domain setelah tanda @ pada alamat email ("bandung")'),
        ("ahmad@-bandung.go.id", "domain"),
    ],
)
def test_email(email: str, expected: str | None) -> None:
    message = problems(pns(email=email)).get("email")
    if expected is None:
        assert message is None
    else:
        assert message is not None and expected in message


@pytest.mark.parametrize(
    ("telepon", "expected"),
    [
        ("", None),
        ("022-4234793", None),
        ("+62 812-2345-6789", None),
        ("(022) 423.4793", None),
        ("0224234", "harus 8-15 digit; yang diisi 7 digit"),
        ("+62 8123 4567 8901 23", "yang diisi 16 digit"),
        ("0812+3456789", 'karakter "+" pada posisi 5'),
        ("0812x3456789", 'karakter "x" pada posisi 5'),
    ],
)
def test_telepon(telepon: str, expected: str | None) -> None:
    message = problems(pns(telepon=telepon)).get("telepon")
    if expected is None:
        assert message is None
    else:
        assert message is not None and expected in message


def test_kedudukan_hukum_code() -> None:
    assert normalize_employee(pns(kedudukan_hukum="1")).kedudukan_hukum == "01"
    assert "kode SIASN 2 digit" in problems(pns(kedudukan_hukum="Aktif"))["kedudukan_hukum"]


def test_normalize_employee() -> None:
    draft = pns(
        nip=" 19850315 201001 1 002 ",
        nama="  Ahmad   Sutisna ",
        gelar_depan=" Dr.  H. ",
        tempat_lahir=" Bandung ",
        jenis_kelamin=" l ",
        status_kepegawaian="pns",
        nik="3273.0115.0385.0001",
        email=" a@b.id ",
        tmt_cpns=None,
    )
    normal = normalize_employee(draft)
    assert normal is not draft
    assert draft.nip == " 19850315 201001 1 002 "
    assert normal.nip == "198503152010011002"
    assert normal.nama == "Ahmad Sutisna"
    assert normal.gelar_depan == "Dr. H."
    assert normal.tempat_lahir == "Bandung"
    assert normal.jenis_kelamin == "L"
    assert normal.status_kepegawaian == "PNS"
    assert normal.nik == "3273011503850001"
    assert normal.email == "a@b.id"
    assert normal.tmt_cpns == date(2010, 1, 1)


def test_normalize_keeps_excel_numbers_recognisable() -> None:
    assert normalize_employee(pns(nip="1.98503E+17")).nip == "1.98503E+17"


def test_normalize_does_not_derive_tmt_for_pppk_or_bad_nip() -> None:
    assert normalize_employee(pppk()).tmt_cpns is None
    assert normalize_employee(pns(nip="123", tmt_cpns=None)).tmt_cpns is None


def test_normalize_keeps_given_tmt_cpns() -> None:
    assert normalize_employee(pns(tmt_cpns=date(2010, 2, 1))).tmt_cpns == date(2010, 2, 1)


def test_normalize_never_raises_on_odd_values() -> None:
    odd = EmployeeDraft(nip=1.98503152010011e17, nama=None)  # type: ignore[arg-type]
    normal = normalize_employee(odd)
    assert "Excel" in problems(normal)["nip"]
    assert normal.nama == ""
