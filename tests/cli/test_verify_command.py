"""`asn-desktop verify CODE`: 0 valid, 3 valid but amended since, 1 unknown or not valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.domain.dokumen_kinerja import qr_text
from asn_desktop.services.appraisals import AppraisalService

from .conftest import Run
from .helpers import BUDI
from .test_print_commands import TAHUN, Appraisals, appraisal_register


@pytest.fixture
def appraisals(cli_template: Path, tmp_path: Path) -> Appraisals:
    return appraisal_register(cli_template, tmp_path / "asn.sqlite")


def _digest(appraisals: Appraisals, key: str) -> str:
    db = open_as(appraisals.path)
    try:
        record = AppraisalService(db).evaluasi(appraisals.evaluasi[key])
    finally:
        db.close()
    return record.versions[-1].content_hash


def _reopen(appraisals: Appraisals, key: str, *, finalise_again: bool = False) -> str | None:
    db = open_as(appraisals.path)
    try:
        service = AppraisalService(db)
        record = service.evaluasi(appraisals.evaluasi[key])
        service.reopen(record.id, "Realisasi salah diketik", expected_revision=record.revision)
        if finalise_again:
            return service.finalise([record.id], confirm_distribution=True)[0]
        return None
    finally:
        db.close()


def test_a_valid_code_exits_0_with_the_message(run: Run, appraisals: Appraisals) -> None:
    kode = appraisals.kode["budi"]
    result = run("verify", "--db", appraisals.path, kode)
    assert result.code == 0, result.err
    assert result.err == ""
    assert result.out.startswith("Dokumen sah dan masih berlaku: Budi Santoso (NIP 19850315")
    assert f"PERIODE: AKHIR {TAHUN}, predikat Sangat Baik, versi 1" in result.out
    # As typed by a person: lower case, no dash, O for 0 and I/L for 1.
    typed = kode.lower().replace("-", "").replace("0", "o").replace("1", "l")
    assert run("verify", "--db", appraisals.path, typed).code == 0


def test_json_prints_the_fields(run: Run, appraisals: Appraisals) -> None:
    kode = appraisals.kode["siti"]
    result = run("verify", "--db", appraisals.path, "--json", kode)
    assert result.code == 0, result.err
    data = result.json()
    assert data.pop("message").startswith("Dokumen sah dan masih berlaku")
    assert data.pop("finalised_at").startswith("20")
    assert data == {
        "found": True,
        "valid": True,
        "amended": False,
        "kode": kode,
        "nama": "Siti Rahmawati",
        "nip": "199002202015032001",
        "tahun": TAHUN,
        "periode": "PERIODE: AKHIR",
        "predikat": "Baik",
        "versi": 1,
    }


def test_the_qr_text_checks_the_hash_too(run: Run, appraisals: Appraisals) -> None:
    kode, digest = appraisals.kode["budi"], _digest(appraisals, "budi")
    assert run("verify", "--db", appraisals.path, qr_text(kode, digest)).code == 0
    forged = run("verify", "--db", appraisals.path, qr_text(kode, "0" * 64))
    assert forged.code == 1
    assert forged.out == ""
    assert "hash pada kode QR berbeda" in forged.reason


def test_reopened_since_exits_3(run: Run, appraisals: Appraisals) -> None:
    _reopen(appraisals, "budi")
    result = run("verify", "--db", appraisals.path, appraisals.kode["budi"])
    assert result.code == 3, result.err
    assert result.out.startswith("Dokumen sah: Budi Santoso")
    assert "dibuka kembali" in result.out and "Realisasi salah diketik" in result.out
    data = run("verify", "--db", appraisals.path, "--json", appraisals.kode["budi"])
    assert data.code == 3
    assert data.json()["valid"] is True and data.json()["amended"] is True


def test_finalised_again_old_code_3_new_code_0(run: Run, appraisals: Appraisals) -> None:
    new = _reopen(appraisals, "budi", finalise_again=True)
    assert new is not None and new != appraisals.kode["budi"]
    old = run("verify", "--db", appraisals.path, appraisals.kode["budi"])
    assert old.code == 3
    assert f"versi terbaru 2 berkode {new}" in old.out
    current = run("verify", "--db", appraisals.path, "--json", new)
    assert current.code == 0
    assert current.json()["versi"] == 2 and current.json()["nip"] == BUDI


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("ZZZZZ-ZZZZZ", "tidak dikenal di basis data ini"),
        ("12345", "tidak sah"),
        ("ASNEK1:ZZZZZ-ZZZZZ", "Isi kode QR tidak dikenal"),
    ],
    ids=["unknown", "malformed", "bad-qr"],
)
def test_unknown_or_malformed_exits_1(
    run: Run, appraisals: Appraisals, typed: str, words: str
) -> None:
    result = run("verify", "--db", appraisals.path, typed)
    assert result.code == 1
    assert result.out == ""
    assert words in result.reason
    data = run("verify", "--db", appraisals.path, "--json", typed)
    assert data.code == 1 and data.err == ""
    assert data.json()["found"] is False and data.json()["valid"] is False


def test_verifying_changes_nothing(run: Run, appraisals: Appraisals) -> None:
    before = appraisals.path.read_bytes()
    assert run("verify", "--db", appraisals.path, appraisals.kode["budi"]).code == 0
    assert appraisals.path.read_bytes() == before


def test_a_code_is_required(run: Run, appraisals: Appraisals) -> None:
    result = run("verify", "--db", appraisals.path)
    assert result.code == 2
    assert "KODE" in result.reason
