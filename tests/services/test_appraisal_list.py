"""AppraisalListService: the list page, the yearly report, the distribution, the gaps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.services.appraisal_list import (
    AppraisalListService,
    AppraisalQuery,
    KesenjanganKinerja,
    report_status,
)
from asn_desktop.services.appraisals import (
    AppraisalService,
    EvaluasiDraft,
    SkpDraft,
    UmpanBalikInput,
)
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, UnitEntry
from asn_desktop.services.errors import NotFound

from .appraisal_helpers import (
    AHMAD,
    BUDI,
    DEWI,
    KASI,
    SITI,
    TAHUN,
    Tree,
    appraisal_template,
    full_evaluasi,
    make_skp,
    rated_evaluasi,
)

REASON = "Koreksi rating setelah keberatan"
SEKSI = "Seksi Pengembangan Aplikasi"
BIDANG = "Bidang Aplikasi Informatika"


@pytest.fixture(scope="session")
def template(lean_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tree]:
    return appraisal_template(lean_template, tmp_path_factory)


@pytest.fixture
def db(template: tuple[Path, Tree], tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "asn.sqlite"
    copy_database(template[0], dest)
    database = open_as(dest)
    yield database
    database.close()


@pytest.fixture
def tree(template: tuple[Path, Tree]) -> Tree:
    return template[1]


@pytest.fixture
def service(db: Database) -> AppraisalService:
    return AppraisalService(db)


@pytest.fixture
def listing(db: Database) -> AppraisalListService:
    return AppraisalListService(db)


@pytest.fixture
def year(service: AppraisalService, tree: Tree) -> dict[str, int]:
    """A year in every state; the evaluation id of each (budi has an SKP, no evaluation).

    ahmad: final, Baik. siti: draft, Sangat Baik. dewi: finalised then reopened.
    kasi: finalised, reopened and finalised again (amended), Baik.
    """
    ids = {
        "ahmad": rated_evaluasi(service, tree.people["ahmad"]),
        "siti": rated_evaluasi(service, tree.people["siti"], "di_atas", "di_atas"),
        "dewi": rated_evaluasi(service, tree.people["dewi"]),
        "kasi": rated_evaluasi(service, tree.people["kasi"], "sesuai", "di_atas"),
    }
    make_skp(service, tree.people["budi"])
    service.finalise([ids["ahmad"], ids["dewi"], ids["kasi"]])
    for key in ("dewi", "kasi"):
        service.reopen(ids[key], REASON, expected_revision=service.evaluasi(ids[key]).revision)
    kasi = service.evaluasi(ids["kasi"])
    service.save_evaluasi(
        kasi.skp_id,
        "akhir",
        full_evaluasi(service, kasi.skp_id, "di_atas", "sesuai"),
        expected_revision=kasi.revision,
    )
    service.finalise([ids["kasi"]])
    return ids


# -- the report -------------------------------------------------------------------------------


def test_report_status_words() -> None:
    assert [report_status(s, v) for s, v in [
        (None, 0), ("draft", 0), ("reopened", 1), ("reopened", 3), ("final", 1), ("final", 2),
    ]] == ["draft", "draft", "draft", "draft", "final", "amended"]  # fmt: skip


def test_report_rows(listing: AppraisalListService, year: dict[str, int]) -> None:
    rows = [r.as_dict() for r in listing.report(TAHUN)]
    assert rows == [
        {"nip": BUDI, "name": "Budi Santoso", "unit": BIDANG, "rating_hasil_kerja": "",
         "rating_perilaku": "", "predikat": "", "status": "draft"},
        {"nip": KASI, "name": "Agus Salim, S.Kom.", "unit": SEKSI,
         "rating_hasil_kerja": "Di Atas Ekspektasi", "rating_perilaku": "Sesuai Ekspektasi",
         "predikat": "Baik", "status": "amended"},
        {"nip": AHMAD, "name": "Ahmad Sutisna, S.T.", "unit": SEKSI,
         "rating_hasil_kerja": "Sesuai Ekspektasi", "rating_perilaku": "Sesuai Ekspektasi",
         "predikat": "Baik", "status": "final"},
        {"nip": DEWI, "name": "Dewi Lestari", "unit": SEKSI,
         "rating_hasil_kerja": "Sesuai Ekspektasi", "rating_perilaku": "Sesuai Ekspektasi",
         "predikat": "Baik", "status": "draft"},
        {"nip": SITI, "name": "Siti Aminah", "unit": SEKSI,
         "rating_hasil_kerja": "Di Atas Ekspektasi", "rating_perilaku": "Di Atas Ekspektasi",
         "predikat": "Sangat Baik", "status": "draft"},
    ]  # fmt: skip


def test_report_of_a_unit_a_period_and_an_empty_year(
    listing: AppraisalListService, tree: Tree, year: dict[str, int]
) -> None:
    assert [r.nip for r in listing.report(TAHUN, unit_id=tree.units["SEKSI"])] == [
        KASI,
        AHMAD,
        DEWI,
        SITI,
    ]
    assert listing.report(TAHUN, unit_id=tree.units["BID-STA"]) == []
    quarter = listing.report(TAHUN, kode_periode="tw1")
    assert [(r.predikat, r.status) for r in quarter] == [("", "draft")] * 5
    assert listing.report(2025) == []
    with pytest.raises(NotFound):
        listing.report(TAHUN, unit_id=999)


def test_report_keeps_the_unit_of_the_skp_year(
    db: Database, listing: AppraisalListService, tree: Tree, year: dict[str, int]
) -> None:
    EmployeeService(db).add_unit(
        tree.people["ahmad"], UnitEntry(tree.units["BID-STA"], date(2026, 11, 1), "862/mutasi")
    )
    [ahmad] = [r for r in listing.report(TAHUN) if r.nip == AHMAD]
    assert ahmad.unit == SEKSI


# -- the list page ---------------------------------------------------------------------------


def ids_of(listing: AppraisalListService, **query: object) -> list[str]:
    """The employees' NIPs of a search, in its order."""
    found = listing.search_ids(AppraisalQuery(tahun=TAHUN, **query))
    rows = listing.rows(found)
    return [rows[i].nip for i in found]


def test_list_filters_by_status_and_predikat(
    listing: AppraisalListService, year: dict[str, int]
) -> None:
    assert ids_of(listing) == [KASI, AHMAD, BUDI, DEWI, SITI]  # by name
    assert ids_of(listing, status="none") == [BUDI]
    assert ids_of(listing, status="draft") == [SITI]
    assert ids_of(listing, status="reopened") == [DEWI]
    assert ids_of(listing, status="final") == [AHMAD]
    assert ids_of(listing, status="amended") == [KASI]
    assert ids_of(listing, predikat="sangat_baik") == [SITI]
    assert ids_of(listing, predikat="baik") == [KASI, AHMAD, DEWI]
    assert ids_of(listing, predikat="kurang") == []


def test_list_search_and_sort(
    listing: AppraisalListService, tree: Tree, year: dict[str, int]
) -> None:
    assert ids_of(listing, search="siti") == [SITI]
    assert ids_of(listing, search="  aMINAH ") == [SITI]
    assert ids_of(listing, search="ahmad sutisna") == [AHMAD]
    assert ids_of(listing, search="19850315") == [AHMAD]
    assert ids_of(listing, search="1985 0315") == [AHMAD]
    assert ids_of(listing, search="%") == []
    assert ids_of(listing, search="_") == []
    assert ids_of(listing, sort="nama", descending=True) == [SITI, DEWI, BUDI, AHMAD, KASI]
    assert ids_of(listing, sort="nip") == sorted([KASI, AHMAD, BUDI, DEWI, SITI])
    assert ids_of(listing, unit_id=tree.units["BIDANG"], status="none") == [BUDI]
    assert ids_of(listing, unit_id=tree.units["BID-STA"]) == []
    with pytest.raises(ValueError, match="cannot sort by 'gaji'"):
        listing.search_ids(AppraisalQuery(tahun=TAHUN, sort="gaji"))


def test_list_rows(listing: AppraisalListService, tree: Tree, year: dict[str, int]) -> None:
    found = listing.search_ids(AppraisalQuery(tahun=TAHUN))
    rows = listing.rows(found)
    by_nip = {r.nip: r for r in rows.values()}
    kasi, budi, siti = by_nip[KASI], by_nip[BUDI], by_nip[SITI]
    assert (kasi.nama, kasi.unit, kasi.penilai, kasi.status, kasi.predikat) == (
        "Agus Salim, S.Kom.",
        SEKSI,
        "Rina Kartika, S.T., M.M.",
        "amended",
        "Baik",
    )
    assert kasi.status_label == "Final (diubah)"
    assert kasi.evaluasi_id == year["kasi"] and kasi.employee_id == tree.people["kasi"]
    assert (budi.evaluasi_id, budi.status, budi.status_label, budi.predikat) == (
        None,
        "none",
        "Belum dievaluasi",
        "",
    )
    assert budi.penilai == "Rina Kartika, S.T., M.M."
    assert (siti.status_label, siti.predikat) == ("Draf", "Sangat Baik")
    assert by_nip[DEWI].status_label == "Dibuka kembali"
    assert by_nip[AHMAD].status_label == "Final"
    assert listing.rows([]) == {}
    # a periodic view: nobody evaluated yet
    quarter = listing.rows(found, kode_periode="tw3")
    assert {r.status for r in quarter.values()} == {"none"}


# -- the distribution --------------------------------------------------------------------------


def test_distribution_of_the_agency(
    service: AppraisalService, listing: AppraisalListService, year: dict[str, int]
) -> None:
    found = listing.distribusi(TAHUN)
    assert (found.scope, found.capaian) == ("Instansi", "istimewa")
    assert found.counts == {"baik": 3, "sangat_baik": 1}
    assert found.final_counts == {"baik": 2}
    assert found.pelanggaran == ()

    service.set_capaian(TAHUN, "baik")
    found = listing.distribusi(TAHUN)
    assert found.capaian == "baik"
    assert [p.pesan for p in found.pelanggaran] == [
        "Instansi: Baik 100% (2 dari 2 pegawai); capaian organisasi Baik membolehkan paling "
        "banyak 70% (1 pegawai): lebih 1 pegawai.",
        "Instansi: capaian organisasi Baik mensyaratkan ada pegawai berpredikat Butuh "
        "Perbaikan atau Kurang/Misconduct (paling sedikit 1); yang ada 0: kurang 1 pegawai.",
    ]


def test_distribution_of_a_unit(
    service: AppraisalService, listing: AppraisalListService, tree: Tree, year: dict[str, int]
) -> None:
    budi = service.skp_of(tree.people["budi"], TAHUN)
    assert budi is not None
    draft = full_evaluasi(service, budi.id, "di_atas", "di_atas")
    sb = service.save_evaluasi(budi.id, "akhir", draft)
    service.finalise([sb], confirm_distribution=True)
    bidang = listing.distribusi(TAHUN, unit_id=tree.units["BIDANG"])  # with its seksi
    assert (bidang.scope, bidang.capaian) == (BIDANG, "istimewa")  # the agency's
    assert bidang.counts == {"baik": 3, "sangat_baik": 2}
    assert bidang.final_counts == {"baik": 2, "sangat_baik": 1}
    assert bidang.pelanggaran == ()

    service.set_capaian(TAHUN, "sangat_kurang", unit_id=tree.units["SEKSI"])
    seksi = listing.distribusi(TAHUN, unit_id=tree.units["SEKSI"])
    assert (seksi.scope, seksi.capaian) == (SEKSI, "sangat_kurang")
    assert seksi.final_counts == {"baik": 2}
    assert [(p.batas, p.selisih) for p in seksi.pelanggaran] == [("min_pct", 2)]
    assert seksi.pelanggaran[0].pesan.startswith(f"{SEKSI}: Sangat Kurang 0% (0 dari 2 pegawai)")

    assert listing.distribusi(2025).capaian is None
    assert listing.distribusi(2025).pelanggaran == ()


# -- performance gaps -------------------------------------------------------------------------


def test_gaps_of_final_evaluations_only(
    service: AppraisalService, listing: AppraisalListService, tree: Tree
) -> None:
    ahmad_skp = make_skp(service, tree.people["ahmad"])
    rhk = service.skp(ahmad_skp).rhk
    draft = full_evaluasi(service, ahmad_skp, "di_bawah", "sesuai")
    draft = EvaluasiDraft(
        rating_hasil_kerja="di_bawah",
        rating_perilaku="sesuai",
        realisasi=draft.realisasi,
        umpan_balik=(
            UmpanBalikInput("Aplikasi kedua belum selesai", "di_bawah", rhk_id=rhk[0].id),
            UmpanBalikInput("Dokumentasi lengkap", "sesuai", rhk_id=rhk[1].id),
            UmpanBalikInput("Perlu pelatihan keamanan", "di_bawah", kode="kompeten"),
            UmpanBalikInput("Baik", "di_atas", kode="kolaboratif"),
        ),
    )
    ahmad = service.save_evaluasi(ahmad_skp, "akhir", draft)
    quarter = rated_evaluasi(service, tree.people["budi"], "sesuai", "di_bawah", kode_periode="tw1")
    # a draft with Di Bawah ratings, and a final one without any
    rated_evaluasi(service, tree.people["siti"], "di_bawah", "di_bawah")
    fine = rated_evaluasi(service, tree.people["dewi"])
    service.finalise([ahmad, quarter, fine])

    ahmad_id, budi_id = tree.people["ahmad"], tree.people["budi"]
    assert listing.kesenjangan(TAHUN) == [
        KesenjanganKinerja(ahmad_id, AHMAD, "Ahmad Sutisna", TAHUN, "akhir",
                           "hasil_kerja", "", "Rating hasil kerja", ""),
        KesenjanganKinerja(ahmad_id, AHMAD, "Ahmad Sutisna", TAHUN, "akhir", "hasil_kerja",
                           f"rhk:{rhk[0].id}", rhk[0].rhk, "Aplikasi kedua belum selesai"),
        KesenjanganKinerja(ahmad_id, AHMAD, "Ahmad Sutisna", TAHUN, "akhir", "perilaku",
                           "kompeten", "Kompeten", "Perlu pelatihan keamanan"),
        KesenjanganKinerja(budi_id, BUDI, "Budi Santoso", TAHUN, "tw1",
                           "perilaku", "", "Rating perilaku kerja", ""),
    ]  # fmt: skip
    assert [g.kode for g in listing.kesenjangan(TAHUN, employee_id=budi_id)] == [""]
    assert listing.kesenjangan(TAHUN, employee_id=tree.people["siti"]) == []
    assert listing.kesenjangan(TAHUN, employee_id=tree.people["dewi"]) == []
    assert listing.kesenjangan(2025) == []


# -- PP 46/2011 ---------------------------------------------------------------------------------


def test_pp46_record_reports_its_sebutan(
    service: AppraisalService, listing: AppraisalListService, tree: Tree
) -> None:
    """The numeric scheme's report: nilai prestasi = 60% SKP + 40% perilaku, then its band."""
    cases = {"siti": (95.0, 85.0), "dewi": (70.0, 60.0), "ahmad": (50.0, 50.0)}
    for key, (skp, perilaku) in cases.items():
        skp_id = service.create_skp(tree.people[key], SkpDraft(tahun=2019, skema="pp_46_2011"))
        eid = service.save_evaluasi(
            skp_id, "akhir", EvaluasiDraft(nilai_skp=skp, nilai_perilaku=perilaku)
        )
        assert (service.evaluasi(eid).nilai_skp, service.evaluasi(eid).nilai_perilaku) == (
            skp,
            perilaku,
        )
    by_nip = {r.nip: r for r in listing.report(2019)}
    # 91.0, 66.0 and 50.0
    assert by_nip[SITI].predikat == "Sangat Baik"
    assert by_nip[DEWI].predikat == "Cukup"
    assert by_nip[AHMAD].predikat == "Buruk"
    assert {r.rating_hasil_kerja for r in by_nip.values()} == {""}


@pytest.mark.parametrize("tahun", [2019, 2021])
def test_report_and_gaps_of_a_history_year(listing: AppraisalListService, tahun: int) -> None:
    """Years before PermenPANRB 6/2022 (imported history) must list, not crash."""
    assert listing.report(tahun) == []
    assert listing.kesenjangan(tahun) == []
