"""Safeguards found in review: stale finalising, the plan frozen with its year, a forged
snapshot with a recomputed hash, appraisers who left, history years end to end, the scheme
of a year, deleted employees out of lists and reports."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.dokumen_kinerja import DokumenEvaluasi, canonical_json, content_hash
from asn_desktop.reports.evaluasi_kinerja import render_evaluasi
from asn_desktop.services.appraisal_documents import AppraisalDocuments
from asn_desktop.services.appraisal_list import AppraisalListService
from asn_desktop.services.appraisals import (
    AppraisalService,
    EvaluasiDraft,
    PenilaiInput,
    SkpDraft,
)
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import NotFound, StaleRecord, ValidationFailed

from .appraisal_helpers import (
    AHMAD,
    TAHUN,
    Tree,
    appraisal_template,
    full_evaluasi,
    make_skp,
    rated_evaluasi,
    skp_draft,
)


@pytest.fixture(scope="session")
def template(lean_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tree]:
    return appraisal_template(lean_template, tmp_path_factory)


@pytest.fixture
def db_file(template: tuple[Path, Tree], tmp_path: Path) -> Path:
    dest = tmp_path / "asn.sqlite"
    copy_database(template[0], dest)
    return dest


@pytest.fixture
def service(db_file: Path) -> Iterator[AppraisalService]:
    database = open_as(db_file)
    yield AppraisalService(database)
    database.close()


@pytest.fixture
def tree(template: tuple[Path, Tree]) -> Tree:
    return template[1]


def test_finalising_what_another_clerk_changed_since_is_refused(
    service: AppraisalService, tree: Tree
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    seen = service.evaluasi(eid).revision
    skp_id = service.evaluasi(eid).skp_id
    # Another clerk lowers the rating meanwhile.
    service.save_evaluasi(
        skp_id,
        "akhir",
        full_evaluasi(service, skp_id, "di_bawah", "sesuai"),
        expected_revision=seen,
    )
    with pytest.raises(StaleRecord):
        service.finalise([eid], expected_revisions={eid: seen})
    assert service.evaluasi(eid).status == "draft"
    [code] = service.finalise([eid], expected_revisions={eid: service.evaluasi(eid).revision})
    assert code


def test_the_plan_read_before_the_year_end_was_finalised_cannot_be_saved(
    service: AppraisalService, tree: Tree
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    skp = service.skp(service.evaluasi(eid).skp_id)
    service.finalise([eid])
    changed = skp_draft(penilai=skp.penilai.as_input() if skp.penilai else None)
    with pytest.raises(StaleRecord):
        service.update_skp(skp.id, changed, expected_revision=skp.revision)


def test_a_snapshot_rewritten_with_a_recomputed_hash_does_not_verify(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    [code] = service.finalise([eid])
    documents = AppraisalDocuments(service.db)
    assert documents.verify(code).valid
    conn = sqlite3.connect(db_file)
    try:
        (raw,) = conn.execute("SELECT snapshot FROM evaluasi_versi").fetchone()
        forged = DokumenEvaluasi.from_dict(__import__("json").loads(raw))
        forged = DokumenEvaluasi(**{**forged.__dict__, "predikat": "Sangat Baik"})
        conn.execute(
            "UPDATE evaluasi_versi SET snapshot = ?, content_hash = ?",
            (canonical_json(forged.to_dict()), content_hash(forged)),
        )
        conn.commit()
    finally:
        conn.close()
    result = documents.verify(code)
    assert result.found and not result.valid
    assert "tidak cocok" in result.message


def test_copying_last_year_when_its_appraiser_has_left_proposes_a_new_one(
    service: AppraisalService, tree: Tree
) -> None:
    ahmad = tree.people["ahmad"]
    make_skp(service, ahmad, tahun=TAHUN - 1)
    last = service.skp_of(ahmad, TAHUN - 1)
    assert last is not None and last.penilai is not None
    assert last.penilai.employee_id == tree.people["kasi"]
    kasi = EmployeeService(service.db).get(tree.people["kasi"])
    EmployeeService(service.db).delete(kasi.id, expected_revision=kasi.revision)
    skp_id = service.copy_previous(ahmad, TAHUN)
    copied = service.skp(skp_id)
    assert copied.penilai is not None
    assert copied.penilai.employee_id == tree.people["kabid"]  # the next senior up
    assert [r.rhk for r in copied.rhk] == [r.rhk for r in last.rhk]


def test_a_2021_year_is_appraised_finalised_and_printed(
    service: AppraisalService, tree: Tree, tmp_path: Path
) -> None:
    ahmad = tree.people["ahmad"]
    service.set_capaian(2021, "baik")
    skp_id = make_skp(service, ahmad, tahun=2021, skema="permenpanrb_8_2021")
    eid = service.save_evaluasi(skp_id, "akhir", full_evaluasi(service, skp_id))
    [code] = service.finalise([eid], confirm_distribution=True)
    printable = AppraisalDocuments(service.db).printable(eid)
    assert printable.kode == code
    assert printable.dokumen.skema == "PermenPANRB 8/2021"
    assert printable.dokumen.capaian_organisasi == "Baik"
    assert len(printable.dokumen.perilaku) == 7
    assert render_evaluasi(printable.dokumen, tmp_path / "2021.pdf", kode=code) >= 1
    assert AppraisalDocuments(service.db).skp_document(skp_id).tahun == 2021


@pytest.mark.parametrize(
    ("tahun", "skema", "expected"),
    [
        (2019, "permenpanrb_6_2022", "PP 46/2011"),
        (2026, "pp_46_2011", "PermenPANRB 6/2022"),
        (2021, "permenpanrb_6_2022", "PermenPANRB 8/2021"),
    ],
)
def test_a_year_is_appraised_under_its_own_scheme(
    service: AppraisalService, tree: Tree, tahun: int, skema: str, expected: str
) -> None:
    with pytest.raises(ValidationFailed, match=f"dinilai dengan {expected}"):
        service.create_skp(tree.people["ahmad"], SkpDraft(tahun=tahun, skema=skema))
    assert service.skp_of(tree.people["ahmad"], tahun) is None


def test_ratings_on_a_pp46_year_are_refused(service: AppraisalService, tree: Tree) -> None:
    skp_id = service.create_skp(tree.people["ahmad"], SkpDraft(tahun=2019, skema="pp_46_2011"))
    with pytest.raises(ValidationFailed, match="nilai angka"):
        service.save_evaluasi(skp_id, "akhir", EvaluasiDraft("sesuai", "sesuai"))
    assert service.evaluasi_of(skp_id, "akhir") is None


def test_copying_into_a_history_year_takes_that_years_scheme(
    service: AppraisalService, tree: Tree
) -> None:
    skp_id = service.copy_previous(tree.people["ahmad"], 2020)
    assert service.skp(skp_id).skema == "pp_46_2011"
    assert service.skp(skp_id).ekspektasi == {}  # no BerAKHLAK before 2021


def test_capaian_of_an_unknown_unit_is_refused(service: AppraisalService) -> None:
    with pytest.raises(NotFound, match="Unit kerja tidak ditemukan"):
        service.set_capaian(TAHUN, "baik", unit_id=99_999)


def test_a_deleted_employee_leaves_the_list_the_report_and_the_batch(
    service: AppraisalService, tree: Tree
) -> None:
    for key in ("ahmad", "siti"):
        rated_evaluasi(service, tree.people[key])
    eids = [
        service.evaluasi_of(service.skp_of(tree.people[k], TAHUN).id, "akhir").id
        for k in ("ahmad", "siti")
    ]  # type: ignore[union-attr]
    service.finalise(eids, confirm_distribution=True)
    employees = EmployeeService(service.db)
    ahmad = employees.get(tree.people["ahmad"])
    employees.delete(ahmad.id, expected_revision=ahmad.revision)
    listing = AppraisalListService(service.db)
    assert AHMAD not in {r.nip for r in listing.report(TAHUN)}
    from asn_desktop.services.appraisal_list import AppraisalQuery

    rows = listing.rows(listing.search_ids(AppraisalQuery(TAHUN)))
    assert AHMAD not in {r.nip for r in rows.values()}
    assert eids[0] not in AppraisalDocuments(service.db).batch_ids(TAHUN)
    assert eids[1] in AppraisalDocuments(service.db).batch_ids(TAHUN)


def test_a_non_asn_appraiser_keeps_its_typed_facts(service: AppraisalService, tree: Tree) -> None:
    walikota = PenilaiInput(status="NON ASN", nama="Ir. H. Muhammad Farhan", jabatan="Wali Kota")
    skp_id = make_skp(service, tree.people["kadis"], penilai=walikota, atasan=walikota)
    skp = service.skp(skp_id)
    assert skp.penilai is not None and skp.penilai.nama == "Ir. H. Muhammad Farhan"
    assert (skp.penilai.nip, skp.penilai.pangkat) == ("", "")
