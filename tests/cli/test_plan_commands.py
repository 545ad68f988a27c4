"""`asn-desktop plan generate|export`: the yearly development plan from the command line."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS, open_as
from openpyxl import load_workbook

from asn_desktop.db.competency_models import (
    AnggaranPelatihan,
    Asesmen,
    AsesmenNilai,
    Pelatihan,
    PesertaPelatihan,
    StandarKompetensi,
)
from asn_desktop.services.akpk import PlanService
from asn_desktop.services.bulk import BulkService, BulkWriter

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate

TAHUN = 2027
BUDGET = 5_000_000
JSON_KEYS = {
    "year", "plan_id", "items", "funded", "unfunded", "budget", "funded_cost",
    "unfunded_cost", "remaining", "employees", "employees_below_target",
    "below_target_covered", "replaced",
}  # fmt: skip


def _competency_data(path: Path, people: dict[str, int]) -> None:
    """Budi's integritas 1 against a standard of 3 for Pranata Komputer (a costly gap of
    2), Siti with no JP in 2026 (below target), Budi and Agus with 30 JP, a budget."""
    db = open_as(path)

    def fill(w: BulkWriter) -> None:
        w.insert(AnggaranPelatihan, [{"tahun": TAHUN, "sumber_dana": "APBD", "jumlah": BUDGET}])
        w.insert(
            StandarKompetensi,
            [
                {
                    "jenis_jabatan": "PELAKSANA",
                    "jabatan_nama": "Pranata Komputer",
                    "jabatan_kunci": "pranata komputer",
                    "kompetensi_kode": "integritas",
                    "level": 3,
                }
            ],
        )
        (asesmen,) = w.reserve_ids(Asesmen, 1)
        w.insert(
            Asesmen, [{"id": asesmen, "employee_id": people[BUDI], "tanggal": date(2026, 2, 1)}]
        )
        w.insert(
            AsesmenNilai, [{"asesmen_id": asesmen, "kompetensi_kode": "integritas", "level": 1}]
        )
        (kegiatan,) = w.reserve_ids(Pelatihan, 1)
        w.insert(
            Pelatihan,
            [
                {
                    "id": kegiatan,
                    "nama": "Bimtek Layanan Digital",
                    "jenis_diklat": "8",
                    "mulai": date(2026, 5, 4),
                    "selesai": date(2026, 5, 8),
                    "tahun": 2026,
                    "jumlah": 30,
                    "jp": 30,
                }
            ],
        )
        w.insert(
            PesertaPelatihan,
            [
                {"pelatihan_id": kegiatan, "employee_id": people[nip], "hasil": "lulus"}
                for nip in (BUDI, AGUS)
            ],
        )

    try:
        BulkService(db).run(fill, action_detail="Uji rencana")
    finally:
        db.close()


@pytest.fixture
def register(db_file: Path) -> Path:
    _competency_data(db_file, populate(db_file))
    return db_file


def test_generate_prints_the_plan_and_replaces_a_draft(run: Run, register: Path) -> None:
    made = run("plan", "generate", "--year", str(TAHUN), "--db", register, "--json")
    assert made.code == 0, made.err
    data = made.json()
    assert set(data) == JSON_KEYS
    assert (data["year"], data["budget"], data["replaced"]) == (TAHUN, BUDGET, False)
    # Budi's integritas (Rp 3.5 M, fits) and Siti's "Pemenuhan JP" (free).
    assert (data["items"], data["funded"], data["unfunded"]) == (2, 2, 0)
    assert (data["funded_cost"], data["unfunded_cost"]) == (3_500_000, 0)
    assert data["remaining"] == BUDGET - 3_500_000
    assert (data["employees_below_target"], data["below_target_covered"]) == (1, 1)

    again = run("plan", "generate", "--year", str(TAHUN), "--db", register)
    assert again.code == 0, again.err
    lines = again.out.splitlines()
    assert lines[0] == f"Draf rencana pengembangan kompetensi {TAHUN} yang lama diganti."
    assert f"Draf rencana pengembangan kompetensi {TAHUN}: 2 butir untuk 2 pegawai." in lines
    assert "Didanai 2 butir, Rp 3.500.000 dari anggaran Rp 5.000.000 (sisa Rp 1.500.000)." in lines
    assert "Pegawai di bawah target JP: 1, 1 di antaranya mendapat kegiatan." in lines
    third = run("plan", "generate", "--year", str(TAHUN), "--db", register, "--json").json()
    assert third["replaced"] is True and third["plan_id"] != data["plan_id"]


def test_an_approved_plan_is_refused_in_one_line(run: Run, register: Path) -> None:
    assert run("plan", "generate", "--year", str(TAHUN), "--db", register).code == 0
    db = open_as(register)
    try:
        plans = PlanService(db)
        record = plans.rencana(TAHUN)
        assert record is not None
        plans.setujui(
            TAHUN, "atasan", oleh="Agus", tanggal=date.today(), expected_revision=record.revision
        )
    finally:
        db.close()
    refused = run("plan", "generate", "--year", str(TAHUN), "--db", register)
    assert refused.code == 1
    assert "berstatus Disetujui atasan" in refused.reason
    assert "Kembalikan ke draf dahulu" in refused.reason


def test_export_writes_xlsx_and_pdf(run: Run, register: Path, tmp_path: Path) -> None:
    from reports.pdftools import flow_text, page_sizes

    assert run("plan", "generate", "--year", str(TAHUN), "--db", register).code == 0
    out = tmp_path / "rencana.xlsx"
    done = run("plan", "export", "--year", str(TAHUN), "--out", out, "--db", register, "--json")
    assert done.code == 0, done.err
    assert done.json() == {
        "out": str(out), "format": "xlsx", "year": TAHUN, "status": "draft", "items": 2,
    }  # fmt: skip
    sheet = load_workbook(out)[f"Rencana {TAHUN}"]
    assert {sheet.cell(row, 1).value for row in (3, 4)} == {BUDI, SITI}

    pdf = tmp_path / "rencana.pdf"
    printed = run(
        "plan", "export", "--year", str(TAHUN), "--out", pdf, "--paper", "f4", "--db", register
    )
    assert printed.code == 0, printed.err
    assert printed.out.startswith(f"Rencana pengembangan kompetensi {TAHUN} (draf): ")
    assert "halaman F4 ditulis ke" in printed.out
    assert all(w > h for w, h in page_sizes(pdf))
    text = flow_text(pdf)
    assert "RENCANA PENGEMBANGAN KOMPETENSI PEGAWAI" in text and "Budi Santoso" in text
    # No part file left beside them.
    assert sorted(p.name for p in tmp_path.glob("rencana*")) == ["rencana.pdf", "rencana.xlsx"]


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        (("plan", "generate", "--year", "dua ribu"), 2, "bukan bilangan bulat"),
        (("plan", "generate", "--year", "1800"), 2, "di luar rentang"),
        (("plan", "generate"), 2, "--year"),
        (("plan", "export", "--year", str(TAHUN), "--out", "{tmp}/x.csv"), 2, ".xlsx atau .pdf"),
        (("plan", "export", "--year", "2030", "--out", "{tmp}/x.xlsx"), 1, "Belum ada rencana"),
        (("plan", "export", "--year", str(TAHUN), "--out", "{tmp}"), 2, ".xlsx atau .pdf"),
        (("plan", "export", "--year", "2030", "--out", "{tmp}/x.pdf", "--paper", "A3"), 2, "A3"),
    ],
)
def test_bad_input_exits_with_one_line(
    run: Run, register: Path, tmp_path: Path, argv: tuple[str, ...], code: int, words: str
) -> None:
    result = run(*(a.format(tmp=tmp_path) for a in argv), "--db", register)
    assert result.code == code, (result.out, result.err)
    assert words in result.reason
    assert not list(tmp_path.glob("x.*"))


def test_an_existing_file_is_not_overwritten(run: Run, register: Path, tmp_path: Path) -> None:
    assert run("plan", "generate", "--year", str(TAHUN), "--db", register).code == 0
    out = tmp_path / "ada.xlsx"
    out.write_bytes(b"milik orang lain")
    result = run("plan", "export", "--year", str(TAHUN), "--out", out, "--db", register)
    assert result.code == 1 and "sudah ada" in result.reason
    assert out.read_bytes() == b"milik orang lain"


def test_a_viewer_may_print_the_plan_but_not_make_or_export_it(
    run: Run, register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("plan", "generate", "--year", str(TAHUN), "--db", register).code == 0
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    made = run("plan", "generate", "--year", str(TAHUN), "--db", register)
    assert made.code == 1 and "tidak berhak" in made.reason
    xlsx = run(
        "plan", "export", "--year", str(TAHUN), "--out", tmp_path / "p.xlsx", "--db", register
    )
    assert xlsx.code == 1 and "tidak berhak" in xlsx.reason
    assert not list(tmp_path.glob("p.xlsx*"))
    pdf = run("plan", "export", "--year", str(TAHUN), "--out", tmp_path / "p.pdf", "--db", register)
    assert pdf.code == 0, pdf.err
    assert (tmp_path / "p.pdf").stat().st_size > 0
