"""CompetencyService: the catalogue, standards and their lookup order, assessments, the
profile with gaps and JPM, the mapping list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import func, select

from asn_desktop.db.competency_models import Asesmen, AsesmenNilai, StandarKompetensi
from asn_desktop.domain.kompetensi import KelompokKompetensi, kompetensi_baku
from asn_desktop.services.competency import (
    AsesmenDraft,
    CompetencyService,
    PemetaanQuery,
)
from asn_desktop.services.database import Database
from asn_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    StaleRecord,
    ValidationFailed,
)
from asn_desktop.services.profil_kompetensi import SUMBER_BAWAAN, SUMBER_JABATAN, SUMBER_JENIS

from .helpers import Register

FK = "FUNGSIONAL_KEAHLIAN"
ANALIS = "Analis Kebijakan Ahli Muda"  # ahmad (BID-APL) and hidayat (DINAS)
PRANATA = "Pranata Komputer Ahli Pertama"  # siti and budi (SEKSI-PGB)
KODES = [k.kode for k in kompetensi_baku()]  # the nine, in the policy's order
ASSESSED = date(2025, 3, 12)


@pytest.fixture
def service(register_db: Database) -> CompetencyService:
    return CompetencyService(register_db)


@pytest.fixture
def viewer(register_db: Database) -> Iterator[CompetencyService]:
    assert register_db.path is not None
    other = open_as(register_db.path, "viewer")
    yield CompetencyService(other)
    other.close()


def levels(*values: int) -> dict[str, int]:
    return dict(zip(KODES, values, strict=True))


def count(db: Database, model: Any) -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
        )


def item(view: Any, kode: str) -> Any:
    [found] = [i for i in view.item if i.kode == kode]
    return found


# -- the catalogue ----------------------------------------------------------------------------


def test_catalogue_is_the_nine_fixed_then_the_agency_teknis(service: CompetencyService) -> None:
    tid = service.add_teknis(" TK-01 ", "  Analisis   Data Statistik ", "Mengolah data")
    found = service.kompetensi()
    assert [k.kode for k in found] == [*KODES, "tk-01"]
    assert found[0].kelompok is KelompokKompetensi.MANAJERIAL
    assert found[8].kode == "perekat_bangsa"
    assert found[8].kelompok is KelompokKompetensi.SOSIAL_KULTURAL
    teknis = found[9]
    assert (teknis.nama, teknis.kelompok, teknis.id, teknis.revision) == (
        "Analisis Data Statistik",
        KelompokKompetensi.TEKNIS,
        tid,
        1,
    )
    assert all(k.id is None for k in found[:9])


def test_teknis_clashing_kode_or_name_is_refused(service: CompetencyService) -> None:
    service.add_teknis("tk-01", "Analisis Data")
    for kode, nama, field, says in (
        ("TK-01", "Lain", "kode", "'tk-01' sudah dipakai Analisis Data"),
        ("integritas", "Lain", "kode", "sudah dipakai Integritas"),
        ("tk-02", "analisis data", "nama", "bernama Analisis Data sudah ada"),
        ("tk 02", "Lain", "kode", "tidak sah"),
        ("", "Lain", "kode", "tidak sah"),
        ("tk-02", "  ", "nama", "Nama kompetensi wajib diisi"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            service.add_teknis(kode, nama)
        assert any(p.field == field and says in p.message for p in caught.value.problems), (
            kode,
            caught.value.problems,
        )
    assert [k.kode for k in service.kompetensi()][9:] == ["tk-01"]


def test_teknis_update_with_a_stale_revision_is_refused(service: CompetencyService) -> None:
    tid = service.add_teknis("tk-01", "Analisis Data")
    service.update_teknis(tid, "tk-01", "Analisis Data Statistik", expected_revision=1)
    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain"):
        service.update_teknis(tid, "tk-01", "Analisis Lain", expected_revision=1)
    [teknis] = [k for k in service.kompetensi() if k.id == tid]
    assert (teknis.nama, teknis.revision) == ("Analisis Data Statistik", 2)


def test_teknis_in_use_cannot_be_deleted_nor_change_its_kode(
    service: CompetencyService, register: Register
) -> None:
    tid = service.add_teknis("tk-01", "Analisis Data")
    service.set_standar(FK, ANALIS, {"tk-01": 3})
    service.set_standar(FK, "", {"tk-01": 2})
    aid = service.create_asesmen(
        register.people["siti"], AsesmenDraft(ASSESSED, nilai={"tk-01": 2})
    )
    with pytest.raises(ServiceError) as caught:
        service.delete_teknis(tid, expected_revision=1)
    assert str(caught.value) == (
        "Kompetensi teknis Analisis Data masih dipakai 2 standar kompetensi dan 1 hasil "
        "asesmen; hapus atau ubah standar dan hasil asesmen itu dahulu."
    )
    with pytest.raises(ValidationFailed, match="dipakai 2 standar kompetensi dan 1 hasil"):
        service.update_teknis(tid, "tk-99", "Analisis Data", expected_revision=1)

    for jabatan in (ANALIS, ""):
        revision = item(service.standar(FK, jabatan), "tk-01").revision
        assert revision == 1
        service.set_standar(FK, jabatan, {"tk-01": None}, expected_revisions={"tk-01": revision})
    with pytest.raises(ServiceError, match="0 standar kompetensi dan 1 hasil asesmen"):
        service.delete_teknis(tid, expected_revision=1)
    service.delete_asesmen(aid, expected_revision=service.asesmen(aid).revision)
    with pytest.raises(StaleRecord):
        service.delete_teknis(tid, expected_revision=0)
    service.delete_teknis(tid, expected_revision=1)
    assert [k.kode for k in service.kompetensi()] == KODES
    with pytest.raises(NotFound):
        service.delete_teknis(tid, expected_revision=2)
    # The tombstone does not block the kode.
    service.add_teknis("tk-01", "Analisis Data")


# -- standards and the lookup order -----------------------------------------------------------


def test_position_row_beats_kind_row_beats_shipped_default(
    service: CompetencyService, register: Register
) -> None:
    ahmad, siti, hidayat = (register.people[k] for k in ("ahmad", "siti", "hidayat"))
    shipped = service.profil(ahmad)
    assert {i.kode: (i.standar, i.sumber) for i in shipped.item} == dict.fromkeys(
        KODES, (2, SUMBER_BAWAAN)
    )

    service.set_standar(FK, "", {"integritas": 3, "komunikasi": 3})
    # Matched caselessly with spaces folded, as the register's spellings vary.
    service.set_standar(FK, "  analis  kebijakan AHLI muda", {"integritas": 4})
    # The same name under another kind of position is another position.
    service.set_standar("PELAKSANA", ANALIS, {"integritas": 5, "komunikasi": 5})

    for eid in (ahmad, hidayat):
        found = {i.kode: (i.standar, i.sumber) for i in service.profil(eid).item}
        assert found["integritas"] == (4, SUMBER_JABATAN)
        assert found["komunikasi"] == (3, SUMBER_JENIS)
        assert found["kerjasama"] == (2, SUMBER_BAWAAN)
    found = {i.kode: (i.standar, i.sumber) for i in service.profil(siti).item}
    assert found["integritas"] == (3, SUMBER_JENIS)
    assert found["perekat_bangsa"] == (2, SUMBER_BAWAAN)


def test_standard_view_says_where_each_level_comes_from(service: CompetencyService) -> None:
    service.set_standar(FK, "", {"integritas": 3})
    service.set_standar(FK, ANALIS, {"integritas": 4, "komunikasi": 1})
    view = service.standar(FK, "analis kebijakan ahli muda")
    assert (view.jenis_jabatan, view.jabatan_nama, view.bawaan_dikonfirmasi) == (
        FK,
        "analis kebijakan ahli muda",
        False,
    )
    assert "belum dikonfirmasi" in view.catatan_bawaan
    integritas, komunikasi, kerjasama = (
        item(view, k) for k in ("integritas", "komunikasi", "kerjasama")
    )
    assert (integritas.level, integritas.sumber, integritas.level_tanpa) == (4, SUMBER_JABATAN, 3)
    assert integritas.sumber_tanpa == SUMBER_JENIS
    assert (integritas.revision, integritas.belum_dikonfirmasi) == (1, False)
    assert (komunikasi.level, komunikasi.level_tanpa, komunikasi.sumber_tanpa) == (
        1,
        2,
        SUMBER_BAWAAN,
    )
    assert (kerjasama.level, kerjasama.sumber, kerjasama.id) == (2, SUMBER_BAWAAN, None)
    assert kerjasama.belum_dikonfirmasi is True

    kind = service.standar("fungsional_keahlian")
    assert (item(kind, "integritas").level, item(kind, "integritas").sumber) == (3, SUMBER_JENIS)
    assert item(kind, "integritas").level_tanpa == 2
    assert item(kind, "integritas").id is not None
    assert item(kind, "komunikasi").id is None

    # Administrator's default is marked confirmed in the policy table.
    admin = service.standar("ADMINISTRATOR")
    assert admin.bawaan_dikonfirmasi is True
    assert {i.level for i in admin.item} == {3}
    assert not any(i.belum_dikonfirmasi for i in admin.item)


def test_none_removes_the_override_and_the_level_below_applies_again(
    service: CompetencyService, register: Register
) -> None:
    ahmad = register.people["ahmad"]
    service.set_standar(FK, "", {"integritas": 3})
    service.set_standar(FK, ANALIS, {"integritas": 5})
    assert item(service.profil(ahmad), "integritas").standar == 5

    revision = item(service.standar(FK, ANALIS), "integritas").revision
    assert revision is not None
    service.set_standar(
        FK, ANALIS, {"integritas": None}, expected_revisions={"integritas": revision}
    )
    assert (item(service.profil(ahmad), "integritas").standar,) == (3,)
    assert item(service.standar(FK, ANALIS), "integritas").id is None

    revision = item(service.standar(FK), "integritas").revision
    assert revision is not None
    service.set_standar(FK, "", {"integritas": None}, expected_revisions={"integritas": revision})
    found = item(service.profil(ahmad), "integritas")
    assert (found.standar, found.sumber) == (2, SUMBER_BAWAAN)
    # Removing what is not set is nothing to do.
    service.set_standar(FK, "", {"integritas": None})
    assert count(service.db, StandarKompetensi) == 0
    assert not [j for j in service.jabatan() if j.punya_standar]


def test_changing_a_set_level_needs_its_current_revision(service: CompetencyService) -> None:
    service.set_standar(FK, ANALIS, {"integritas": 3})
    # Read as "not set here" by an editor opened before: refused, naming who set it.
    with pytest.raises(StaleRecord, match=r"standar Integritas Analis Kebijakan Ahli Muda .*admin"):
        service.set_standar(FK, ANALIS, {"integritas": 4})
    service.set_standar(FK, ANALIS, {"integritas": 4}, expected_revisions={"integritas": 1})
    with pytest.raises(StaleRecord, match="sudah diubah di tempat lain"):
        service.set_standar(FK, ANALIS, {"integritas": 2}, expected_revisions={"integritas": 1})
    # Read as set (revision 2), removed meanwhile by someone else.
    service.set_standar(FK, ANALIS, {"integritas": None}, expected_revisions={"integritas": 2})
    with pytest.raises(StaleRecord):
        service.set_standar(FK, ANALIS, {"integritas": 5}, expected_revisions={"integritas": 2})
    assert item(service.standar(FK, ANALIS), "integritas").level == 2


def test_bad_levels_kinds_and_kodes_save_nothing(service: CompetencyService) -> None:
    for jenis, values, field, says in (
        (
            FK,
            {"integritas": 6},
            "integritas",
            "Integritas: Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi '6'.",
        ),
        (FK, {"integritas": 0}, "integritas", "yang diisi '0'"),
        (FK, {"integritas": 2.5}, "integritas", "yang diisi '2.5'"),
        (FK, {"tidak_ada": 3}, "tidak_ada", "Kompetensi 'tidak_ada' tidak dikenal"),
        (FK, {"tidak_ada": None}, "tidak_ada", "tidak dikenal"),
        ("DIREKTUR", {"integritas": 3}, "jenis_jabatan", "Jenis jabatan DIREKTUR tidak dikenal"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            service.set_standar(jenis, ANALIS, {"komunikasi": 3, **values})  # type: ignore[dict-item]
        assert [(p.field, says in p.message) for p in caught.value.problems] == [(field, True)], (
            caught.value.problems
        )
    with pytest.raises(ValidationFailed, match="Nama jabatan berisi karakter kendali"):
        service.set_standar(FK, "Analis\x1bKebijakan", {"komunikasi": 3})
    assert count(service.db, StandarKompetensi) == 0


def test_positions_of_the_register(service: CompetencyService) -> None:
    service.set_standar(FK, PRANATA.upper(), {"integritas": 3})
    found = [
        (j.jenis_jabatan, j.jabatan_nama, j.pegawai, j.punya_standar) for j in service.jabatan()
    ]
    assert found == [
        (FK, ANALIS, 2, False),
        (FK, PRANATA, 2, True),
        ("PELAKSANA", "Pengelola Layanan Operasional", 1, False),
    ]


# -- assessments ----------------------------------------------------------------------------


def test_assessments_newest_first_update_and_delete_with_revisions(
    service: CompetencyService, register: Register
) -> None:
    siti = register.people["siti"]
    old = service.create_asesmen(
        siti,
        AsesmenDraft(date(2023, 5, 2), "UPT Asesmen", nilai={"integritas": 2, "komunikasi": 1}),
    )
    new = service.create_asesmen(
        siti,
        AsesmenDraft(ASSESSED, "BKPSDM", "Asesmen ulang", {"komunikasi": "3", "integritas": 3}),  # type: ignore[dict-item]
    )
    found = service.asesmen_of(siti)
    assert [a.id for a in found] == [new, old]
    assert found[0].nilai == {"integritas": 3, "komunikasi": 3}
    assert list(found[0].nilai) == ["integritas", "komunikasi"]  # catalogue order
    assert (found[0].asesor, found[0].catatan, found[0].revision) == ("BKPSDM", "Asesmen ulang", 1)

    record = service.asesmen(new)
    draft = AsesmenDraft(ASSESSED, "BKPSDM", "", {"integritas": 4, "kerjasama": 2})
    service.update_asesmen(new, draft, expected_revision=record.revision)
    updated = service.asesmen(new)
    assert updated.nilai == {"integritas": 4, "kerjasama": 2}
    assert updated.revision == 2
    with pytest.raises(StaleRecord, match="asesmen Siti Aminah sudah diubah"):
        service.update_asesmen(new, record.as_draft(), expected_revision=record.revision)
    assert service.asesmen(new).nilai == {"integritas": 4, "kerjasama": 2}
    # komunikasi comes back after having been removed: the tombstone does not block it.
    service.update_asesmen(
        new, AsesmenDraft(ASSESSED, nilai={"komunikasi": 2}), expected_revision=2
    )
    assert service.asesmen(new).nilai == {"komunikasi": 2}

    with pytest.raises(StaleRecord):
        service.delete_asesmen(new, expected_revision=2)
    service.delete_asesmen(new, expected_revision=3)
    assert [a.id for a in service.asesmen_of(siti)] == [old]
    with pytest.raises(NotFound):
        service.asesmen(new)
    with pytest.raises(NotFound):
        service.delete_asesmen(new, expected_revision=4)
    with pytest.raises(NotFound):
        service.asesmen_of(999_999)


def test_bad_assessments_save_nothing(service: CompetencyService, register: Register) -> None:
    siti = register.people["siti"]
    service.create_asesmen(siti, AsesmenDraft(ASSESSED, nilai={"integritas": 2}))
    before = (count(service.db, Asesmen), count(service.db, AsesmenNilai))
    tomorrow = date.today() + timedelta(days=1)
    for draft, field, says in (
        (AsesmenDraft(tomorrow, nilai={"integritas": 2}), "tanggal", "jatuh setelah hari ini"),
        (AsesmenDraft(None, nilai={"integritas": 2}), "tanggal", "Tanggal asesmen wajib diisi"),
        (AsesmenDraft(date(1999, 12, 31), nilai={"integritas": 2}), "tanggal", "terlalu awal"),
        (AsesmenDraft(date(2024, 1, 2)), "nilai", "paling sedikit satu kompetensi"),
        (AsesmenDraft(date(2024, 1, 2), nilai={"integritas": 9}), "integritas", "yang diisi '9'"),
        (AsesmenDraft(date(2024, 1, 2), nilai={"tk-x": 2}), "tk-x", "tidak dikenal"),
        (
            AsesmenDraft(date(2024, 1, 2), "A\x07B", nilai={"integritas": 2}),
            "asesor",
            "karakter kendali",
        ),
        (
            AsesmenDraft(ASSESSED, nilai={"integritas": 2}),
            "tanggal",
            "sudah memiliki hasil asesmen tanggal 12-03-2025",
        ),
    ):
        with pytest.raises(ValidationFailed) as caught:
            service.create_asesmen(siti, draft)
        assert [p.field for p in caught.value.problems] == [field]
        assert says in caught.value.problems[0].message, caught.value.problems
    with pytest.raises(NotFound):
        service.create_asesmen(999_999, AsesmenDraft(ASSESSED, nilai={"integritas": 2}))
    assert (count(service.db, Asesmen), count(service.db, AsesmenNilai)) == before


# -- the profile, JPM and bands ---------------------------------------------------------------


def test_jpm_and_band_through_the_service(service: CompetencyService, register: Register) -> None:
    ahmad = register.people["ahmad"]
    blank = service.profil(ahmad)
    assert (blank.jpm, blank.band, blank.asesmen_terakhir, blank.kesenjangan) == (
        None,
        None,
        None,
        0,
    )
    assert blank.nama == "Dr. H. Ahmad Sutisna, S.T., M.T."
    assert (blank.jabatan, blank.unit) == (ANALIS, "Bidang Aplikasi Informatika")

    # Standard: nine times level 2 (18). Assessed 2,2,2,2,2,2,2,1 and Perekat Bangsa not
    # at all: 15/18 = 83.33%, Cukup Optimal (78 to < 90).
    service.create_asesmen(
        ahmad,
        AsesmenDraft(date(2024, 6, 1), nilai=dict(zip(KODES[:8], [2] * 7 + [1], strict=True))),
    )
    found = service.profil(ahmad)
    assert found.jpm == 83.33
    assert found.band is not None and (found.band.kode, found.band.label) == (
        "cukup_optimal",
        "Cukup Optimal",
    )
    assert found.kesenjangan == 1
    pb = item(found, "perekat_bangsa")
    assert (pb.standar, pb.aktual, pb.selisih) == (2, None, None)
    pk = item(found, "pengambilan_keputusan")
    assert (pk.standar, pk.aktual, pk.selisih) == (2, 1, 1)

    # A newer assessment overrides only what it rates: 17/18 = 94.44%, Optimal.
    service.create_asesmen(ahmad, AsesmenDraft(ASSESSED, nilai={"perekat_bangsa": 2}))
    found = service.profil(ahmad)
    assert (found.jpm, found.band and found.band.kode, found.asesmen_terakhir) == (
        94.44,
        "optimal",
        ASSESSED,
    )
    # 14/18 = 77.78%: below 78, Kurang Optimal.
    service.create_asesmen(
        ahmad,
        AsesmenDraft(
            date(2025, 4, 1), nilai={"integritas": 1, "kerjasama": 1, "perekat_bangsa": 1}
        ),
    )
    found = service.profil(ahmad)
    assert (found.jpm, found.band and found.band.label, found.kesenjangan) == (
        77.78,
        "Kurang Optimal",
        4,
    )
    # Above the standard counts (uncapped, jpm.json), but JPM stops at 100.
    service.create_asesmen(ahmad, AsesmenDraft(date(2025, 5, 1), nilai=levels(*[5] * 9)))
    found = service.profil(ahmad)
    assert (found.jpm, found.kesenjangan) == (100.0, 0)


def test_assessed_teknis_outside_the_standard_is_shown_not_counted(
    service: CompetencyService, register: Register
) -> None:
    service.add_teknis("tk-01", "Analisis Data")
    dewi = register.people["dewi"]  # PELAKSANA: nine times level 1
    service.create_asesmen(dewi, AsesmenDraft(ASSESSED, nilai={"integritas": 1, "tk-01": 4}))
    found = service.profil(dewi)
    assert found.jpm == round(100 / 9, 2)
    teknis = item(found, "tk-01")
    assert (teknis.standar, teknis.aktual, teknis.kelompok) == (None, 4, KelompokKompetensi.TEKNIS)
    service.set_standar("PELAKSANA", "", {"tk-01": 3})
    found = service.profil(dewi)
    assert found.jpm == round(100 * 5 / 12, 2)
    assert item(found, "tk-01").selisih == 0


@pytest.fixture
def mapped(service: CompetencyService, register: Register) -> dict[str, int]:
    """ahmad 100% (Optimal), siti 83.33% (Cukup), budi 50% (Kurang), hidayat and dewi not
    assessed."""
    p = register.people
    service.create_asesmen(p["ahmad"], AsesmenDraft(ASSESSED, nilai=levels(*[2] * 9)))
    service.create_asesmen(p["siti"], AsesmenDraft(ASSESSED, nilai=levels(*[2] * 6, 1, 1, 1)))
    service.create_asesmen(p["budi"], AsesmenDraft(ASSESSED, nilai=levels(*[1] * 9)))
    return p


def test_mapping_list_filters(
    service: CompetencyService, mapped: dict[str, int], register: Register
) -> None:
    def ids(**query: Any) -> list[int]:
        return service.pemetaan_ids(PemetaanQuery(**query))

    p = mapped
    assert ids() == [p["hidayat"], p["ahmad"], p["budi"], p["dewi"], p["siti"]]  # by name
    assert ids(unit_id=register.units["BID-APL"]) == [p["ahmad"], p["budi"], p["siti"]]
    assert ids(jenis_jabatan="pelaksana") == [p["dewi"]]
    assert ids(band="optimal") == [p["ahmad"]]
    assert ids(band="kurang_optimal") == [p["budi"]]
    assert ids(belum_dinilai=True) == [p["hidayat"], p["dewi"]]
    assert ids(search="siti") == [p["siti"]]
    assert ids(search="1998 0101") == [p["budi"]]
    assert ids(unit_id=register.units["SEKSI-PGB"], band="cukup_optimal") == [p["siti"]]


def test_mapping_list_sorts(service: CompetencyService, mapped: dict[str, int]) -> None:
    p = mapped

    def ids(sort: str, descending: bool = False) -> list[int]:
        return service.pemetaan_ids(PemetaanQuery(), sort, descending)

    # Not assessed last in both directions, by name among themselves.
    assert ids("jpm") == [p["budi"], p["siti"], p["ahmad"], p["hidayat"], p["dewi"]]
    assert ids("jpm", True) == [p["ahmad"], p["siti"], p["budi"], p["hidayat"], p["dewi"]]
    assert ids("band", True) == [p["ahmad"], p["siti"], p["budi"], p["hidayat"], p["dewi"]]
    assert ids("kesenjangan", True) == [p["budi"], p["siti"], p["ahmad"], p["hidayat"], p["dewi"]]
    assert ids("nip") == sorted(p.values(), key=lambda e: service.pemetaan_rows([e])[e].nip)
    assert ids("unit")[0] == p["ahmad"]  # Bidang Aplikasi Informatika first
    with pytest.raises(ValueError, match="cannot sort by 'gaji'"):
        ids("gaji")


def test_mapping_rows(service: CompetencyService, mapped: dict[str, int]) -> None:
    p = mapped
    rows = service.pemetaan_rows([p["siti"], p["dewi"], 999_999])
    assert set(rows) == {p["siti"], p["dewi"]}
    siti = rows[p["siti"]]
    assert (siti.nip, siti.nama, siti.jabatan, siti.unit) == (
        "199002202015032001",
        "Siti Aminah, S.Kom.",
        PRANATA,
        "Seksi Pengembangan Aplikasi",
    )
    assert (siti.jpm, siti.band_kode, siti.band, siti.kesenjangan) == (
        83.33,
        "cukup_optimal",
        "Cukup Optimal",
        3,
    )
    assert siti.asesmen_terakhir == ASSESSED
    dewi = rows[p["dewi"]]
    assert (dewi.jpm, dewi.band, dewi.kesenjangan, dewi.asesmen_terakhir) == (None, "", 0, None)
    assert service.pemetaan_rows([]) == {}


# -- permissions ------------------------------------------------------------------------------


def test_a_viewer_reads_and_cannot_write(
    service: CompetencyService, viewer: CompetencyService, register: Register
) -> None:
    siti = register.people["siti"]
    aid = service.create_asesmen(siti, AsesmenDraft(ASSESSED, nilai={"integritas": 2}))
    tid = service.add_teknis("tk-01", "Analisis Data")
    assert [k.kode for k in viewer.kompetensi()][-1] == "tk-01"
    assert viewer.profil(siti).asesmen_terakhir == ASSESSED
    assert viewer.asesmen(aid).nilai == {"integritas": 2}
    assert len(viewer.standar(FK).item) == 10
    assert viewer.pemetaan_ids(PemetaanQuery(band="kurang_optimal")) == [siti]
    assert viewer.jabatan()
    for write in (
        lambda: viewer.add_teknis("tk-02", "Lain"),
        lambda: viewer.update_teknis(tid, "tk-01", "Lain", expected_revision=1),
        lambda: viewer.delete_teknis(tid, expected_revision=1),
        lambda: viewer.set_standar(FK, "", {"integritas": 3}),
        lambda: viewer.create_asesmen(
            siti, AsesmenDraft(date(2024, 1, 2), nilai={"integritas": 2})
        ),
        lambda: viewer.update_asesmen(
            aid, AsesmenDraft(ASSESSED, nilai={"integritas": 3}), expected_revision=1
        ),
        lambda: viewer.delete_asesmen(aid, expected_revision=1),
    ):
        with pytest.raises(PermissionDenied, match="tidak berhak"):
            write()
    assert count(service.db, StandarKompetensi) == 0
    assert service.asesmen(aid).revision == 1
    assert [k.kode for k in service.kompetensi()][9:] == ["tk-01"]
