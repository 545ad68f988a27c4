"""`asn-desktop print appraisal|batch|skp`: PDFs of the appraisal documents.

Also home of `appraisal_register`, the small appraisal database the report and verify tests
use too: built once per session through the services, copied for each test.
"""

from __future__ import annotations

import signal
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.services.appraisals import (
    AppraisalService,
    EvaluasiDraft,
    IndikatorInput,
    PenilaiInput,
    RealisasiInput,
    RhkInput,
    SkpDraft,
    UmpanBalikInput,
)
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.employees import EmployeeService

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate

TAHUN = 2025
FINALISED_ON = date(2026, 1, 15)
WALI_KOTA = PenilaiInput(status="NON ASN", nama="Muhammad Farhan", jabatan="Wali Kota Bandung")
SEKDA = PenilaiInput(status="NON ASN", nama="Ema Sumarna", jabatan="Sekretaris Daerah")
RHK_BUDI = "Jaringan kantor terkelola"  # short: one line in its cell


# -- the appraisal register --------------------------------------------------------------------


@dataclass(frozen=True)
class Appraisals:
    """What appraisal_register made: final year-end evaluations of Budi (Sangat Baik) and
    Siti (Baik), a draft year-end one of Agus, a draft tw1 of Budi; no SKP in TAHUN - 1."""

    path: Path
    evaluasi: dict[str, int]  # "budi", "siti", "agus", "budi-tw1" -> evaluasi id
    kode: dict[str, str]  # "budi", "siti" -> printed code


def _skp(service: AppraisalService, employee_id: int, penilai: PenilaiInput, rhk: str) -> int:
    draft = SkpDraft(
        tahun=TAHUN,
        penilai=penilai,
        atasan=WALI_KOTA,
        rhk=(
            RhkInput(
                rhk,
                (IndikatorInput("Persentase waktu layanan tersedia", "99%", "kualitas"),),
                "utama",
                rhk_atasan="Meningkatnya layanan publik berbasis elektronik",
            ),
            RhkInput(
                "Terlaksananya pendampingan magang",
                (IndikatorInput("Peserta magang yang didampingi", "2 orang", "kuantitas"),),
                "tambahan",
            ),
        ),
        ekspektasi={"berorientasi_pelayanan": "Menanggapi permintaan dalam 2 hari kerja"},
    )
    return service.create_skp(employee_id, draft)


def _evaluasi(service: AppraisalService, skp_id: int, kode: str, hasil: str, perilaku: str) -> int:
    skp = service.skp(skp_id)
    draft = EvaluasiDraft(
        rating_hasil_kerja=hasil,
        rating_perilaku=perilaku,
        realisasi=tuple(
            RealisasiInput(i.id, f"tercapai {i.target}", "laporan bulanan")
            for r in skp.rhk
            for i in r.indikator
        ),
        umpan_balik=(UmpanBalikInput("Cepat menanggapi", None, kode="berorientasi_pelayanan"),),
        catatan="Pertahankan kinerja.",
        tanggal_penetapan=FINALISED_ON,
    )
    return service.save_evaluasi(skp_id, kode, draft)


def _build(path: Path) -> Appraisals:
    people = populate(path)
    db = open_as(path)
    try:
        service = AppraisalService(db)
        service.set_capaian(TAHUN, "baik")
        agus_as_penilai = PenilaiInput(employee_id=people[AGUS])
        budi = _skp(service, people[BUDI], agus_as_penilai, RHK_BUDI)
        siti = _skp(service, people[SITI], agus_as_penilai, "Tersedianya analisis data")
        agus = _skp(service, people[AGUS], SEKDA, "Terselenggaranya layanan umum")
        ids = {
            "budi": _evaluasi(service, budi, "akhir", "di_atas", "di_atas"),
            "siti": _evaluasi(service, siti, "akhir", "sesuai", "sesuai"),
            "agus": _evaluasi(service, agus, "akhir", "sesuai", "di_bawah"),
            "budi-tw1": _evaluasi(service, budi, "tw1", "sesuai", "sesuai"),
        }
        codes = service.finalise(
            [ids["budi"], ids["siti"]], confirm_distribution=True, tanggal=FINALISED_ON
        )
    finally:
        db.close()
    return Appraisals(path, ids, {"budi": codes[0], "siti": codes[1]})


_BUILT: dict[Path, Appraisals] = {}


def appraisal_register(cli_template: Path, dest: Path) -> Appraisals:
    """A copy at `dest` of the appraisal database (built once per session)."""
    if cli_template not in _BUILT:
        source = cli_template.with_name("appraisals.sqlite")
        copy_database(cli_template, source)
        _BUILT[cli_template] = _build(source)
    built = _BUILT[cli_template]
    copy_database(built.path, dest)
    return Appraisals(dest, built.evaluasi, built.kode)


def pdf_text(path: Path) -> str:
    """The text of the PDF in reading order, whitespace (and line breaks in cells) as one
    space."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(done.stdout.split())


def pdf_info(path: Path) -> dict[str, str]:
    done = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    info = {}
    for line in done.stdout.splitlines():
        key, _, value = line.partition(":")
        info[key.strip()] = value.strip()
    return info


def page_mm(path: Path) -> tuple[int, int]:
    """The first page's size in whole millimetres, e.g. (210, 297)."""
    width, _, height = pdf_info(path)["Page size"].split(" pts")[0].partition(" x ")
    return round(float(width) * 25.4 / 72), round(float(height) * 25.4 / 72)


def print_entries(path: Path) -> list[Any]:
    db = open_as(path)
    try:
        return AuditService(db).entries(AuditQuery(action="print"))
    finally:
        db.close()


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part", ".pdf")))


# -- fixtures ---------------------------------------------------------------------------------


@pytest.fixture
def appraisals(cli_template: Path, tmp_path: Path) -> Appraisals:
    return appraisal_register(cli_template, tmp_path / "asn.sqlite")


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "cetak"
    folder.mkdir()
    return folder


# -- print appraisal ----------------------------------------------------------------------------


def test_final_appraisal_prints_its_snapshot_with_code_and_audit_entry(
    run: Run, appraisals: Appraisals, out_dir: Path
) -> None:
    out = out_dir / "budi.pdf"
    result = run(
        "print", "appraisal", "--db", appraisals.path, "--nip", BUDI, "--year", TAHUN,
        "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    kode = appraisals.kode["budi"]
    lines = result.out.splitlines()
    assert (
        lines[0] == f"Dokumen evaluasi kinerja Budi Santoso, PERIODE: AKHIR {TAHUN}, kode {kode}."
    )
    assert lines[1].endswith(f"halaman A4 ditulis ke {out}.")
    text = pdf_text(out)
    for expected in (
        "DOKUMEN EVALUASI KINERJA PEGAWAI",
        "Budi Santoso",
        "Agus Setiawan",  # the appraiser, from the register
        "Muhammad Farhan",  # the superior, non-ASN
        "PREDIKAT KINERJA PEGAWAI",
        "Sangat Baik",
        RHK_BUDI,
        kode,
    ):
        assert expected in text, expected
    assert "DRAF" not in text
    assert page_mm(out) == (210, 297)
    assert leftovers(out_dir) == ["budi.pdf"]
    [entry] = print_entries(appraisals.path)
    assert entry.username == "admin"
    assert "Budi Santoso" in entry.entity_label
    assert kode in entry.detail and "budi.pdf" in entry.detail


def test_json_summary_and_f4_paper(run: Run, appraisals: Appraisals, out_dir: Path) -> None:
    out = out_dir / "siti.pdf"
    result = run(
        "print", "appraisal", "--db", appraisals.path, "--json", "--nip", "19900220 201503 2 001",
        "--year", TAHUN, "--paper", "f4", "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    pages = data.pop("pages")
    assert pages == int(pdf_info(out)["Pages"]) >= 1
    assert data == {
        "out": str(out),
        "nip": SITI,
        "nama": "Siti Rahmawati",
        "tahun": TAHUN,
        "periode": "akhir",
        "periode_label": "PERIODE: AKHIR",
        "draft": False,
        "kode": appraisals.kode["siti"],
        "predikat": "Baik",
        "paper": "F4",
    }
    assert page_mm(out) == (215, 330)


def test_a_draft_prints_marked_as_draft_without_code(
    run: Run, appraisals: Appraisals, out_dir: Path
) -> None:
    out = out_dir / "budi-tw1.pdf"
    result = run(
        "print", "appraisal", "--db", appraisals.path, "--nip", BUDI, "--year", TAHUN,
        "--period", "TW1", "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith("DRAF dokumen evaluasi kinerja Budi Santoso, TRIWULAN I 2025")
    assert "belum final" in result.out and "tanpa kode verifikasi" in result.out
    text = pdf_text(out)
    assert "DRAF" in text and "TRIWULAN I" in text
    assert appraisals.kode["budi"] not in text
    [entry] = print_entries(appraisals.path)
    assert "draf" in entry.detail


# The commands of print_commands, report_commands and verify_command that a viewer (the
# head of the agency: look and print) may run: all of them. A print writes nothing but its
# audit entry.
VIEWER_MAY = {
    ("print", "appraisal"): ("--nip", AGUS, "--year", str(TAHUN), "--out", "{out}/a.pdf"),
    ("print", "batch"): ("--year", str(TAHUN), "--out", "{out}/b.pdf"),
    ("print", "skp"): ("--nip", BUDI, "--year", str(TAHUN), "--out", "{out}/s.pdf"),
    ("report", "appraisals"): ("--year", str(TAHUN), "--out", "{out}/r.xlsx"),
    ("verify",): ("{kode}",),
}


def test_a_viewer_may_print_report_and_verify(
    run: Run, appraisals: Appraisals, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from accounts import TEST_PASSWORDS

    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    for command, extra in VIEWER_MAY.items():
        argv = [a.format(out=out_dir, kode=appraisals.kode["budi"]) for a in extra]
        result = run(*command, "--db", appraisals.path, *argv)
        assert result.code == 0, (command, result.err)
    assert "Kurang/Misconduct" in pdf_text(out_dir / "a.pdf")
    entries = print_entries(appraisals.path)
    assert len(entries) == 4  # a.pdf (Agus), b.pdf (Budi, Siti) and the SKP plan
    assert {e.username for e in entries} == {"viewer"}


@pytest.mark.parametrize(
    ("options", "code", "words"),
    [
        (["--nip", "199912312020121001"], 1, "tidak ada pegawai dengan NIP 199912312020121001"),
        (["--nip", BUDI, "--year", str(TAHUN - 1)], 1, f"tidak memiliki SKP tahun {TAHUN - 1}"),
        (
            ["--nip", SITI, "--period", "tw2"],
            1,
            f"tidak memiliki evaluasi TRIWULAN II tahun {TAHUN} (yang ada: akhir)",
        ),
        (["--nip", BUDI, "--period", "q3"], 2, "Periode 'q3' tidak dikenal"),
        (["--nip", BUDI, "--paper", "A5"], 2, "--paper"),
        (["--nip", BUDI, "--year", "dua ribu"], 2, "bukan bilangan bulat"),
    ],
    ids=["unknown-nip", "no-skp", "no-evaluation", "bad-period", "bad-paper", "bad-year"],
)
def test_bad_input_is_one_line_and_writes_nothing(
    run: Run, appraisals: Appraisals, out_dir: Path, options: list[str], code: int, words: str
) -> None:
    if "--year" not in options:
        options = [*options, "--year", str(TAHUN)]
    result = run(
        "print", "appraisal", "--db", appraisals.path, *options, "--out", out_dir / "x.pdf"
    )
    assert result.code == code, result.err
    assert words in result.reason
    assert result.out == ""
    assert leftovers(out_dir) == []
    assert print_entries(appraisals.path) == []


def test_unwritable_or_existing_out_is_refused_before_anything(
    run: Run, appraisals: Appraisals, out_dir: Path
) -> None:
    base = ["print", "appraisal", "--db", appraisals.path, "--nip", BUDI, "--year", str(TAHUN)]
    missing = run(*base, "--out", out_dir / "tidak-ada" / "x.pdf")
    assert missing.code == 1
    assert "tidak-ada tidak ada" in missing.reason
    (out_dir / "ada.pdf").write_bytes(b"lama")
    existing = run(*base, "--out", out_dir / "ada.pdf")
    assert existing.code == 1 and "sudah ada" in existing.reason
    assert (out_dir / "ada.pdf").read_bytes() == b"lama"
    folder = run(*base, "--out", out_dir)
    assert folder.code == 1 and "folder" in folder.reason
    assert leftovers(out_dir) == ["ada.pdf"]


def test_a_failing_renderer_leaves_no_file_and_no_audit_entry(
    run: Run, appraisals: Appraisals, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asn_desktop.reports import evaluasi_kinerja

    def broken(dokumen: Any, out: Path, **kwargs: Any) -> int:
        out.write_bytes(b"%PDF-1.4 setengah")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(evaluasi_kinerja, "render_evaluasi", broken)
    out = out_dir / "budi.pdf"
    result = run(
        "print", "appraisal", "--db", appraisals.path, "--nip", BUDI, "--year", TAHUN,
        "--out", out,
    )  # fmt: skip
    assert result.code == 1
    assert "No space left on device" in result.reason
    assert leftovers(out_dir) == []
    assert print_entries(appraisals.path) == []


def test_the_paper_choices_are_the_renderers() -> None:
    from asn_desktop.cli.print_commands import PAPERS
    from asn_desktop.reports.paper import PAPER_SIZES

    assert tuple(PAPER_SIZES) == PAPERS


# -- print batch --------------------------------------------------------------------------------


def test_batch_prints_the_final_year_end_documents_in_one_pdf(
    run: Run, appraisals: Appraisals, out_dir: Path
) -> None:
    out = out_dir / "semua.pdf"
    result = run(
        "print", "batch", "--db", appraisals.path, "--year", TAHUN, "--paper", "F4", "--out", out
    )
    assert result.code == 0, result.err
    assert result.err == ""  # no progress when stderr is not a terminal
    assert result.out.startswith(f"2 dokumen evaluasi kinerja akhir tahun {TAHUN}: ")
    assert result.out.rstrip().endswith(f"halaman F4 ditulis ke {out}.")
    text = pdf_text(out)
    assert "Budi Santoso" in text and "Siti Rahmawati" in text
    assert "Agus Setiawan" in text  # as Budi's and Siti's appraiser ...
    assert "Kurang/Misconduct" not in text  # ... but not his own draft evaluation
    assert appraisals.kode["budi"] in text and appraisals.kode["siti"] in text
    assert text.count("PREDIKAT KINERJA PEGAWAI") == 2
    assert page_mm(out) == (215, 330)
    entries = print_entries(appraisals.path)
    assert sorted(e.entity_label.split(" — ")[0] for e in entries) == [
        "Budi Santoso",
        "Siti Rahmawati",
    ]


def test_batch_progress_on_a_terminal(
    run: Run, appraisals: Appraisals, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    result = run(
        "print", "batch", "--db", appraisals.path, "--year", TAHUN, "--out", out_dir / "b.pdf"
    )
    assert result.code == 0, result.err
    assert "\rMencetak 1 dari 2 dokumen\rMencetak 2 dari 2 dokumen\n" in result.err


def test_batch_of_a_unit_includes_the_units_below(
    run: Run, appraisals: Appraisals, out_dir: Path
) -> None:
    out = out_dir / "ti.pdf"
    result = run(
        "print", "batch", "--db", appraisals.path, "--json", "--year", TAHUN, "--unit", "BID-TI",
        "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["documents"] == 2 and data["drafts"] == 0 and data["unit"] == "BID-TI"
    assert data["pages"] == int(pdf_info(out)["Pages"])
    only_seksi = run(
        "print", "batch", "--db", appraisals.path, "--json", "--year", TAHUN, "--unit",
        "SEKSI-JAR", "--out", out_dir / "seksi.pdf",
    )  # fmt: skip
    assert only_seksi.json()["documents"] == 1
    assert "Siti Rahmawati" not in pdf_text(out_dir / "seksi.pdf")


def test_batch_with_drafts_marks_them(run: Run, appraisals: Appraisals, out_dir: Path) -> None:
    out = out_dir / "um.pdf"
    plain = run(
        "print", "batch", "--db", appraisals.path, "--year", TAHUN, "--unit", "BID-UM",
        "--out", out,
    )  # fmt: skip
    assert plain.code == 1
    assert "--include-drafts" in plain.reason
    result = run(
        "print", "batch", "--db", appraisals.path, "--year", TAHUN, "--unit", "BID-UM",
        "--include-drafts", "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "1 dokumen evaluasi kinerja" in result.out and "1 di antaranya DRAF" in result.out
    text = pdf_text(out)
    assert "Agus Setiawan" in text and "Kurang/Misconduct" in text
    [entry] = print_entries(appraisals.path)
    assert "draf" in entry.detail
    assert "DRAF" in text


def test_batch_refusals(run: Run, appraisals: Appraisals, out_dir: Path) -> None:
    base = ["print", "batch", "--db", appraisals.path, "--out", out_dir / "x.pdf"]
    unknown = run(*base, "--year", str(TAHUN), "--unit", "NOPE")
    assert unknown.code == 1 and "NOPE" in unknown.reason
    empty = run(*base, "--year", str(TAHUN - 1))
    assert empty.code == 1
    assert f"tidak ada evaluasi akhir tahun {TAHUN - 1}" in empty.reason
    assert leftovers(out_dir) == []


@pytest.fixture
def interrupt_after_first_document(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Ctrl+C (a real SIGINT) while the batch is being printed."""
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    original = AppraisalDocuments.iter_printables

    def iter_printables(self: AppraisalDocuments, ids: Any, **kwargs: Any) -> Iterator[Any]:
        for number, item in enumerate(original(self, ids, **kwargs)):
            if number == 1:
                signal.raise_signal(signal.SIGINT)
            yield item

    monkeypatch.setattr(AppraisalDocuments, "iter_printables", iter_printables)
    before = signal.getsignal(signal.SIGINT)
    yield
    assert signal.getsignal(signal.SIGINT) is before  # the handler is put back


def test_ctrl_c_during_a_batch_leaves_no_file(
    run: Run, appraisals: Appraisals, out_dir: Path, interrupt_after_first_document: None
) -> None:
    result = run(
        "print", "batch", "--db", appraisals.path, "--year", TAHUN, "--out", out_dir / "b.pdf"
    )
    assert result.code == 130
    assert result.reason == "asn-desktop: dibatalkan"
    assert leftovers(out_dir) == []
    assert print_entries(appraisals.path) == []


# -- print skp ----------------------------------------------------------------------------------


def test_skp_planning_document(run: Run, appraisals: Appraisals, out_dir: Path) -> None:
    out = out_dir / "skp.pdf"
    result = run(
        "print", "skp", "--db", appraisals.path, "--nip", BUDI, "--year", TAHUN, "--paper", "F4",
        "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.out.startswith(f"SKP Budi Santoso tahun {TAHUN}: ")
    text = pdf_text(out)
    assert "SASARAN KINERJA PEGAWAI" in text
    assert "Budi Santoso" in text and RHK_BUDI in text and "Agus Setiawan" in text
    assert page_mm(out) == (215, 330)
    no_skp = run(
        "print", "skp", "--db", appraisals.path, "--nip", SITI, "--year", TAHUN - 1,
        "--out", out_dir / "lain.pdf",
    )  # fmt: skip
    assert no_skp.code == 1
    assert no_skp.reason == f"asn-desktop: Siti Rahmawati tidak memiliki SKP tahun {TAHUN - 1}"
    assert leftovers(out_dir) == ["skp.pdf"]


def test_snapshot_survives_a_promotion(run: Run, appraisals: Appraisals, out_dir: Path) -> None:
    """A reprint after the register changed prints what was finalised."""
    db = open_as(appraisals.path)
    try:
        employees = EmployeeService(db)
        record = employees.find_by_nip(BUDI)
        assert record is not None
        import dataclasses

        employees.update(
            record.id,
            dataclasses.replace(record.draft, nama="Budi Santoso Baru"),
            expected_revision=record.revision,
        )
    finally:
        db.close()
    out = out_dir / "ulang.pdf"
    result = run(
        "print", "appraisal", "--db", appraisals.path, "--nip", BUDI, "--year", TAHUN,
        "--out", out,
    )  # fmt: skip
    assert result.code == 0, result.err
    text = pdf_text(out)
    assert "Budi Santoso" in text and "Baru" not in text
