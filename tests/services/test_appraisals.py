"""AppraisalService: SKP, evaluations, finalising, reopening, distribution, signed copies."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as

from asn_desktop.db.appraisal_models import SkpIndikator, SkpRhk
from asn_desktop.db.backup import copy_database
from asn_desktop.services.appraisals import (
    MAX_SCAN_BYTES,
    AppraisalService,
    DistribusiMelanggar,
    EvaluasiDraft,
    IndikatorInput,
    PenilaiInput,
    RealisasiInput,
    RhkInput,
    SkpDraft,
    UmpanBalikInput,
)
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import (
    NotFound,
    PermissionDenied,
    ServiceError,
    StaleRecord,
    ValidationFailed,
)

from .appraisal_helpers import (
    EKSPEKTASI,
    TAHUN,
    TODAY,
    Tree,
    appraisal_template,
    fingerprint,
    full_evaluasi,
    make_skp,
    rated_evaluasi,
    skp_draft,
)
from .helpers import row

REASON = "Realisasi indikator kedua salah ketik"


@pytest.fixture(scope="session")
def template(lean_template: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Tree]:
    return appraisal_template(lean_template, tmp_path_factory)


@pytest.fixture
def db_file(template: tuple[Path, Tree], tmp_path: Path) -> Path:
    dest = tmp_path / "asn.sqlite"
    copy_database(template[0], dest)
    return dest


@pytest.fixture
def db(db_file: Path) -> Iterator[Database]:
    database = open_as(db_file)
    yield database
    database.close()


@pytest.fixture
def tree(template: tuple[Path, Tree]) -> Tree:
    return template[1]


@pytest.fixture
def service(db: Database) -> AppraisalService:
    return AppraisalService(db)


@pytest.fixture
def other_clerk(db_file: Path, db: Database) -> Iterator[Database]:
    """A second program on the same file, signed in as the operator."""
    database = open_as(db_file, "operator")
    yield database
    database.close()


def refused_unchanged(db_file: Path, call: Any, error: type[Exception] = ValidationFailed) -> str:
    """Run call(), expect `error`, and check the file is exactly as before; the message."""
    before = fingerprint(db_file)
    with pytest.raises(error) as caught:
        call()
    assert fingerprint(db_file) == before, "a refused call wrote to the database"
    return str(caught.value)


def names(tree: Tree, person: PenilaiInput | None) -> str | None:
    if person is None:
        return None
    by_id = {v: k for k, v in tree.people.items()}
    assert person.employee_id is not None
    return by_id[person.employee_id]


# -- appraiser proposal ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "penilai", "atasan"),
    [
        ("ahmad", "kasi", "kabid"),  # fungsional: the seksi head, then the bidang head
        ("siti", "kasi", "kabid"),
        ("dewi", "kasi", "kabid"),  # PPPK pelaksana
        ("kasi", "kabid", "kadis"),  # pengawas: administrator, then JPT
        ("budi", "kabid", "kadis"),  # no pengawas in the bidang: its administrator
        ("kabid", "kadis", None),  # the JPT's own appraiser is outside the agency
        ("hidayat", "kadis", None),  # nobody structural in Bidang Statistik: up to the JPT
        ("kadis", None, None),
    ],
)
def test_propose_penilai_from_the_unit_tree(
    service: AppraisalService, tree: Tree, key: str, penilai: str | None, atasan: str | None
) -> None:
    proposed, superior = service.propose_penilai(tree.people[key])
    assert (names(tree, proposed), names(tree, superior)) == (penilai, atasan)


def test_propose_for_a_missing_employee(service: AppraisalService) -> None:
    with pytest.raises(NotFound, match="Pegawai tidak ditemukan"):
        service.propose_penilai(9999)


# -- the SKP -------------------------------------------------------------------------------


def test_create_skp_stores_appraisers_rhk_and_expectations(
    service: AppraisalService, tree: Tree
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    skp = service.skp(skp_id)

    assert (skp.tahun, skp.skema, skp.jenis_periode) == (2026, "permenpanrb_6_2022", "triwulan")
    assert skp.employee_label == "Ahmad Sutisna (198503152010011002)"
    assert skp.unit_id == tree.units["SEKSI"]
    assert skp.revision == 1
    assert skp.penilai is not None and skp.atasan is not None
    assert dataclasses.astuple(skp.penilai) == (
        tree.people["kasi"],
        "ASN",
        "Agus Salim, S.Kom.",
        "198001012005011003",
        "Penata Tingkat I, III/d",
        "Kepala Seksi Pengembangan Aplikasi",
        "Seksi Pengembangan Aplikasi",
    )
    assert dataclasses.astuple(skp.atasan) == (
        tree.people["kabid"],
        "ASN",
        "Rina Kartika, S.T., M.M.",
        "197508172000122002",
        "Pembina, IV/a",
        "Kepala Bidang Aplikasi Informatika",
        "Bidang Aplikasi Informatika",
    )
    assert [(r.jenis, r.rhk, r.rhk_atasan) for r in skp.rhk] == [
        (
            "utama",
            "Terlaksananya pengembangan aplikasi layanan publik",
            "Meningkatnya layanan publik berbasis elektronik",
        ),
        ("utama", "Tersusunnya dokumentasi sistem", ""),
        ("tambahan", "Terlaksananya pendampingan magang", ""),
    ]
    assert [(i.aspek, i.indikator, i.target) for i in skp.rhk[0].indikator] == [
        ("kuantitas", "Jumlah aplikasi yang dikembangkan", "3 aplikasi"),
        ("waktu", "Aplikasi selesai tepat waktu", "12 bulan"),
    ]
    assert dict(skp.ekspektasi) == {
        "berorientasi_pelayanan": EKSPEKTASI["berorientasi_pelayanan"],
        "akuntabel": "",
        "kompeten": "",
        "harmonis": "",
        "loyal": "",
        "adaptif": "",
        "kolaboratif": EKSPEKTASI["kolaboratif"],
    }
    assert skp.evaluasi == ()
    assert service.skp_of(tree.people["ahmad"], TAHUN) == skp
    assert service.skp_of(tree.people["ahmad"], 2025) is None


def test_second_skp_of_the_year_is_refused(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    make_skp(service, tree.people["ahmad"])
    message = refused_unchanged(db_file, lambda: make_skp(service, tree.people["ahmad"]))
    assert "Ahmad Sutisna sudah memiliki SKP tahun 2026" in message


def test_non_asn_appraiser_typed_in(service: AppraisalService, tree: Tree) -> None:
    sekda = PenilaiInput(
        status="NON ASN", nama=" Drs. Ujang Sopandi ", jabatan="Sekretaris Daerah", unit="Setda"
    )
    skp_id = make_skp(
        service,
        tree.people["kabid"],
        penilai=PenilaiInput(employee_id=tree.people["kadis"]),
        atasan=sekda,
    )
    atasan = service.skp(skp_id).atasan
    assert atasan is not None
    assert dataclasses.astuple(atasan) == (
        None,
        "NON ASN",
        "Drs. Ujang Sopandi",
        "",
        "",
        "Sekretaris Daerah",
        "Setda",
    )


@pytest.mark.parametrize(
    ("overrides", "words"),
    [
        ({"tahun": 1999}, "Tahun SKP harus antara 2000 dan"),
        ({"tahun": date.today().year + 2}, "Tahun SKP harus antara 2000 dan"),
        ({"skema": "dp3"}, "Skema penilaian 'dp3' tidak dikenal."),
        ({"jenis_periode": "mingguan"}, "Jenis periode harus salah satu dari"),
        ({"rhk": (RhkInput("  "),)}, "RHK ke-1 belum diisi."),
        ({"rhk": (RhkInput("Laporan", jenis="pokok"),)}, "RHK ke-1: jenis harus utama atau"),
        (
            {"rhk": (RhkInput("Laporan", (IndikatorInput("x", "1", "jumlah"),)),)},
            "RHK ke-1: aspek harus kuantitas, kualitas, waktu, biaya.",
        ),
        (
            {"rhk": (RhkInput("Laporan", (IndikatorInput(" ", "1"),)),)},
            "RHK ke-1: ada indikator yang belum diisi.",
        ),
        ({"rhk": (RhkInput("Laporan\x1b[2J"),)}, "RHK ke-1: Rencana hasil kerja"),
        ({"rhk": (RhkInput("x" * 100_000),)}, "100000 karakter; maksimal 2000"),
        ({"rhk": (RhkInput("Laporan", rhk_atasan="a\u202eb"),)}, "RHK atasan yang diintervensi"),
        (
            {"rhk": (RhkInput("Laporan", (IndikatorInput("y" * 100_000, "1"),)),)},
            "Indikator kinerja individu terlalu panjang",
        ),
        ({"ekspektasi": {"kolaboratif": "z\x00"}}, "kolaboratif: Ekspektasi khusus pimpinan"),
        (
            {"penilai": PenilaiInput(status="NON ASN", nama="")},
            "Nama pejabat penilai wajib diisi.",
        ),
        ({"penilai": PenilaiInput(status="HONORER", nama="X")}, "harus ASN atau NON ASN"),
        (
            {"atasan": PenilaiInput(status="NON ASN", nama="Nama\x07")},
            "Nama penilai",
        ),
    ],
)
def test_bad_skp_draft_is_refused_and_nothing_is_written(
    service: AppraisalService,
    tree: Tree,
    db_file: Path,
    overrides: dict[str, Any],
    words: str,
) -> None:
    draft = skp_draft(**overrides)
    message = refused_unchanged(db_file, lambda: service.create_skp(tree.people["siti"], draft))
    assert words in message
    assert service.skp_of(tree.people["siti"], draft.tahun) is None


def test_employee_cannot_appraise_themself(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    me = PenilaiInput(employee_id=tree.people["siti"])
    message = refused_unchanged(
        db_file, lambda: service.create_skp(tree.people["siti"], skp_draft(penilai=me))
    )
    assert "Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri." in message


def test_update_keeps_adds_and_removes_rhk_and_indicators(
    db: Database, service: AppraisalService, tree: Tree
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    before = service.skp(skp_id)
    first, second, tambahan = before.rhk
    kept_ind, dropped_ind = first.indikator
    dropped_rhk_ind = second.indikator[0]

    draft = before.as_draft()
    new_rhk = (
        dataclasses.replace(
            draft.rhk[0],
            rhk="Terlaksananya pengembangan aplikasi layanan publik terpadu",
            indikator=(
                dataclasses.replace(draft.rhk[0].indikator[0], target="4 aplikasi"),
                IndikatorInput("Pengguna aplikasi puas", "80%", "kualitas"),
            ),
        ),
        draft.rhk[2],
        RhkInput("Terselenggaranya bimbingan teknis", (IndikatorInput("Peserta", "30 orang"),)),
    )
    ekspektasi = {"adaptif": "Mencoba kerangka kerja baru"}
    service.update_skp(
        skp_id,
        dataclasses.replace(draft, rhk=new_rhk, ekspektasi=ekspektasi),
        expected_revision=before.revision,
    )

    after = service.skp(skp_id)
    assert after.revision == before.revision + 1
    assert [(r.jenis, r.rhk) for r in after.rhk] == [
        ("utama", "Terlaksananya pengembangan aplikasi layanan publik terpadu"),
        ("utama", "Terselenggaranya bimbingan teknis"),
        ("tambahan", "Terlaksananya pendampingan magang"),
    ]
    assert after.rhk[0].id == first.id  # kept, changed in place
    assert after.rhk[2].id == tambahan.id
    assert after.rhk[1].id not in {first.id, second.id, tambahan.id}
    kept_now = after.rhk[0].indikator[0]
    assert (kept_now.id, kept_now.target) == (kept_ind.id, "4 aplikasi")
    assert [i.indikator for i in after.rhk[0].indikator] == [
        "Jumlah aplikasi yang dikembangkan",
        "Pengguna aplikasi puas",
    ]
    assert after.rhk[0].indikator[1].id not in {kept_ind.id, dropped_ind.id}
    # removed rows keep a tombstone (for the exchange), with their indicators
    assert row(db, SkpRhk, second.id).deleted_at is not None
    assert row(db, SkpIndikator, dropped_rhk_ind.id).deleted_at is not None
    assert row(db, SkpIndikator, dropped_ind.id).deleted_at is not None
    assert row(db, SkpIndikator, kept_ind.id).deleted_at is None
    assert after.ekspektasi["adaptif"] == "Mencoba kerangka kerja baru"
    assert after.ekspektasi["kolaboratif"] == ""
    assert len(after.ekspektasi) == 7


def test_update_with_a_stale_revision_is_refused(
    service: AppraisalService, tree: Tree, other_clerk: Database, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    opened = service.skp(skp_id)
    theirs = AppraisalService(other_clerk)
    # both windows opened revision 1; the operator saves first
    theirs.update_skp(
        skp_id,
        dataclasses.replace(opened.as_draft(), ekspektasi={"loyal": "Operator"}),
        expected_revision=opened.revision,
    )
    mine = dataclasses.replace(opened.as_draft(), ekspektasi={"loyal": "Admin"})
    message = refused_unchanged(
        db_file,
        lambda: service.update_skp(skp_id, mine, expected_revision=opened.revision),
        StaleRecord,
    )
    assert "sudah diubah di tempat lain (oleh operator" in message
    assert service.skp(skp_id).ekspektasi["loyal"] == "Operator"


def test_update_cannot_change_the_year_or_use_a_gone_rhk(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    opened = service.skp(skp_id)
    other_year = dataclasses.replace(opened.as_draft(), tahun=2025)
    message = refused_unchanged(
        db_file, lambda: service.update_skp(skp_id, other_year, expected_revision=1)
    )
    assert "Tahun SKP tidak dapat diubah" in message
    gone = dataclasses.replace(opened.as_draft(), rhk=(RhkInput("Hilang", id=99_999),))
    message = refused_unchanged(
        db_file, lambda: service.update_skp(skp_id, gone, expected_revision=1)
    )
    assert "Sebuah RHK yang diubah sudah tidak ada di SKP ini" in message


def test_copy_previous_year(service: AppraisalService, tree: Tree) -> None:
    ahmad = tree.people["ahmad"]
    old_id = make_skp(service, ahmad, tahun=2025)
    old = service.skp(old_id)

    new_id = service.copy_previous(ahmad, 2026)

    new = service.skp(new_id)
    assert new.tahun == 2026 and new.id != old_id
    assert [(r.jenis, r.rhk, r.rhk_atasan) for r in new.rhk] == [
        (r.jenis, r.rhk, r.rhk_atasan) for r in old.rhk
    ]
    assert [[(i.aspek, i.indikator, i.target) for i in r.indikator] for r in new.rhk] == [
        [(i.aspek, i.indikator, i.target) for i in r.indikator] for r in old.rhk
    ]

    def row_ids(skp: Any) -> set[tuple[str, int]]:
        return {("rhk", r.id) for r in skp.rhk} | {
            ("ind", i.id) for r in skp.rhk for i in r.indikator
        }

    old_ids, new_ids = row_ids(old), row_ids(new)
    assert len(new_ids) == 7 and not (old_ids & new_ids)
    assert dict(new.ekspektasi) == dict(old.ekspektasi)
    assert new.penilai is not None and new.penilai.employee_id == tree.people["kasi"]
    assert new.atasan is not None and new.atasan.employee_id == tree.people["kabid"]
    assert service.skp(old_id) == old  # last year's SKP is untouched

    with pytest.raises(ValidationFailed, match="sudah memiliki SKP tahun 2026"):
        service.copy_previous(ahmad, 2026)


def test_copy_without_a_previous_year_starts_from_the_proposal(
    service: AppraisalService, tree: Tree
) -> None:
    new = service.skp(service.copy_previous(tree.people["siti"], 2026))
    assert new.rhk == ()
    assert new.penilai is not None and new.penilai.nama == "Agus Salim, S.Kom."
    assert new.atasan is not None and new.atasan.nama == "Rina Kartika, S.T., M.M."


def test_create_for_a_whole_unit(service: AppraisalService, tree: Tree) -> None:
    make_skp(service, tree.people["ahmad"])  # already has one
    make_skp(service, tree.people["siti"], tahun=2025)  # will be copied

    result = service.create_for_unit(tree.units["SEKSI"], 2026)

    assert (result.created, result.copied) == (3, 1)
    assert result.skipped == ("Ahmad Sutisna: sudah memiliki SKP 2026",)
    for key, rhk_count, penilai in [("siti", 3, "kasi"), ("dewi", 0, "kasi"), ("kasi", 0, "kabid")]:
        skp = service.skp_of(tree.people[key], 2026)
        assert skp is not None, key
        assert len(skp.rhk) == rhk_count, key
        assert skp.penilai is not None and skp.penilai.employee_id == tree.people[penilai]
    assert service.skp_of(tree.people["kabid"], 2026) is None  # above the unit


def test_create_for_unit_with_or_without_subunits(service: AppraisalService, tree: Tree) -> None:
    only = service.create_for_unit(tree.units["BIDANG"], 2026, include_subunits=False)
    assert (only.created, only.copied, only.skipped) == (2, 0, ())
    assert service.skp_of(tree.people["ahmad"], 2026) is None
    everyone = service.create_for_unit(tree.units["BIDANG"], 2026)
    assert (everyone.created, everyone.copied) == (4, 0)
    assert everyone.skipped == (
        "Budi Santoso: sudah memiliki SKP 2026",
        "Rina Kartika: sudah memiliki SKP 2026",
    )
    assert service.skp_of(tree.people["hidayat"], 2026) is None  # Bidang Statistik


def test_delete_draft_skp_but_not_a_finalised_one(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["siti"])
    service.delete_skp(skp_id, expected_revision=1)
    assert service.skp_of(tree.people["siti"], TAHUN) is None
    # the tombstone does not block a new one
    assert make_skp(service, tree.people["siti"]) != skp_id

    eid = rated_evaluasi(service, tree.people["ahmad"])
    service.finalise([eid])
    final_skp = service.skp_of(tree.people["ahmad"], TAHUN)
    assert final_skp is not None
    message = refused_unchanged(
        db_file,
        lambda: service.delete_skp(final_skp.id, expected_revision=final_skp.revision),
        ServiceError,
    )
    assert "sudah difinalkan dan dicetak" in message


# -- evaluations ------------------------------------------------------------------------------


def test_save_evaluation_and_the_predikat_follows_the_ratings(
    service: AppraisalService, tree: Tree
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    draft = full_evaluasi(service, skp_id)
    eid = service.save_evaluasi(skp_id, "akhir", draft)

    record = service.evaluasi(eid)
    assert (record.status, record.versi, record.periode) == ("draft", 0, "akhir")
    assert (record.rating_hasil_kerja, record.rating_perilaku, record.predikat) == (
        "sesuai",
        "sesuai",
        "baik",
    )
    skp = service.skp(skp_id)
    first_ind = skp.rhk[0].indikator[0]
    assert record.realisasi[first_ind.id] == (
        "realisasi 3 aplikasi",
        "bukti Jumlah aplikasi yang dikembangkan",
    )
    assert len(record.realisasi) == 4
    assert record.umpan_balik_rhk[skp.rhk[1].id] == (
        "umpan balik Tersusunnya dokumentasi sistem",
        None,
    )
    assert dict(record.umpan_balik_perilaku) == {
        "berorientasi_pelayanan": ("Cepat menanggapi permintaan", None),
        "kolaboratif": ("Aktif dalam rapat koordinasi", None),
    }
    assert record.tanggal_penetapan == TODAY
    assert service.evaluasi_of(skp_id, "akhir") == record
    assert [(e.id, e.periode, e.predikat) for e in service.skp(skp_id).evaluasi] == [
        (eid, "akhir", "baik")
    ]

    for hasil, perilaku, predikat in [
        ("di_atas", "di_atas", "sangat_baik"),
        ("di_atas", "di_bawah", "kurang"),
        ("di_bawah", "di_atas", "butuh_perbaikan"),
        ("di_bawah", "di_bawah", "sangat_kurang"),
        ("sesuai", None, ""),
        ("di_atas", "sesuai", "baik"),
    ]:
        revision = service.evaluasi(eid).revision
        changed = dataclasses.replace(draft, rating_hasil_kerja=hasil, rating_perilaku=perilaku)
        assert service.save_evaluasi(skp_id, "akhir", changed, expected_revision=revision) == eid
        after = service.evaluasi(eid)
        assert (after.rating_hasil_kerja, after.rating_perilaku, after.predikat) == (
            hasil,
            perilaku,
            predikat,
        )
        assert after.revision == revision + 1


def test_periodic_evaluations_of_the_year_type(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    ids = [service.save_evaluasi(skp_id, k, EvaluasiDraft()) for k in ("TW2", "tw1", "akhir")]
    assert sorted(e.periode for e in service.skp(skp_id).evaluasi) == ["akhir", "tw1", "tw2"]
    assert len(set(ids)) == 3
    assert service.evaluasi(ids[0]).periode == "tw2"
    message = refused_unchanged(
        db_file, lambda: service.save_evaluasi(skp_id, "s1", EvaluasiDraft())
    )
    assert "SKP 2026 dievaluasi per triwulan; periode 's1' bukan salah satunya." in message
    message = refused_unchanged(
        db_file, lambda: service.save_evaluasi(skp_id, "tw5", EvaluasiDraft())
    )
    assert "Periode 'tw5' tidak dikenal" in message


def test_skp_lists_its_evaluations_in_period_order(service: AppraisalService, tree: Tree) -> None:
    """As periode_tahun lists them: the periodic ones, then the year-end evaluation (which
    also starts on 1 January)."""
    skp_id = make_skp(service, tree.people["ahmad"])
    for kode in ("tw2", "akhir", "tw1", "tw4"):
        service.save_evaluasi(skp_id, kode, EvaluasiDraft())
    assert [e.periode for e in service.skp(skp_id).evaluasi] == ["tw1", "tw2", "tw4", "akhir"]


def test_save_needs_the_revision_of_an_existing_evaluation(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["ahmad"])
    message = refused_unchanged(
        db_file,
        lambda: service.save_evaluasi(skp_id, "akhir", EvaluasiDraft(), expected_revision=3),
        StaleRecord,
    )
    assert "sudah diubah di tempat lain" in message
    service.save_evaluasi(skp_id, "akhir", EvaluasiDraft())
    message = refused_unchanged(
        db_file, lambda: service.save_evaluasi(skp_id, "akhir", EvaluasiDraft())
    )
    assert "Evaluasi periode ini sudah ada untuk Ahmad Sutisna" in message


def test_two_clerks_saving_one_revision(
    service: AppraisalService, tree: Tree, other_clerk: Database, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    opened = service.evaluasi(eid)
    draft = full_evaluasi(service, opened.skp_id)
    AppraisalService(other_clerk).save_evaluasi(
        opened.skp_id,
        "akhir",
        dataclasses.replace(draft, rating_hasil_kerja="di_atas"),
        expected_revision=opened.revision,
    )
    mine = dataclasses.replace(draft, rating_hasil_kerja="di_bawah")
    message = refused_unchanged(
        db_file,
        lambda: service.save_evaluasi(
            opened.skp_id, "akhir", mine, expected_revision=opened.revision
        ),
        StaleRecord,
    )
    assert "oleh operator" in message
    assert service.evaluasi(eid).rating_hasil_kerja == "di_atas"


def test_a_save_changing_only_realisasi_moves_the_revision(
    service: AppraisalService, tree: Tree, other_clerk: Database, db_file: Path
) -> None:
    """The other clerk's save of realisasi alone must make my window's revision stale;
    otherwise my save (from the same revision) silently overwrites it."""
    eid = rated_evaluasi(service, tree.people["ahmad"])
    opened = service.evaluasi(eid)
    indikator_id = sorted(opened.realisasi)[0]
    draft = full_evaluasi(service, opened.skp_id)

    def with_realisasi(text: str) -> EvaluasiDraft:
        return dataclasses.replace(draft, realisasi=(RealisasiInput(indikator_id, text),))

    AppraisalService(other_clerk).save_evaluasi(
        opened.skp_id, "akhir", with_realisasi("4 aplikasi"), expected_revision=opened.revision
    )
    assert service.evaluasi(eid).revision > opened.revision
    with pytest.raises(StaleRecord):
        service.save_evaluasi(
            opened.skp_id, "akhir", with_realisasi("2 aplikasi"), expected_revision=opened.revision
        )
    assert service.evaluasi(eid).realisasi[indikator_id][0] == "4 aplikasi"


def _draft_without_target(service: AppraisalService, skp_id: int) -> EvaluasiDraft:
    skp = service.skp(skp_id)
    no_target = skp.rhk[-1].indikator[-1]
    return EvaluasiDraft(realisasi=(RealisasiInput(no_target.id, "2 orang"),))


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda s, k: EvaluasiDraft(rating_hasil_kerja="luar_biasa"), "Rating 'luar_biasa'"),
        (lambda s, k: EvaluasiDraft(catatan="Catatan\x1b]0;judul\x07"), "Catatan/rekomendasi"),
        (lambda s, k: EvaluasiDraft(catatan="c" * 100_000), "100000 karakter; maksimal 4000"),
        (
            lambda s, k: EvaluasiDraft(realisasi=(RealisasiInput(99_999, "x"),)),
            "Realisasi untuk indikator yang sudah tidak ada",
        ),
        (
            lambda s, k: EvaluasiDraft(umpan_balik=(UmpanBalikInput("x", None, kode="jujur"),)),
            "Perilaku kerja 'jujur' tidak dikenal.",
        ),
        (
            lambda s, k: EvaluasiDraft(umpan_balik=(UmpanBalikInput("x", None, rhk_id=99_999),)),
            "Umpan balik untuk RHK yang sudah tidak ada",
        ),
        (
            lambda s, k: EvaluasiDraft(
                umpan_balik=(UmpanBalikInput("u\u2028b", None, kode="loyal"),)
            ),
            "Umpan balik",
        ),
        (lambda s, k: EvaluasiDraft(nilai_skp=80.0), "Nilai angka hanya untuk penilaian PP 46"),
        (lambda s, k: EvaluasiDraft(nilai_perilaku=101.0), "Nilai harus antara 0 dan 100."),
        (
            lambda s, k: EvaluasiDraft(tanggal_penetapan=date.today() + timedelta(days=400)),
            "Tanggal penilaian",
        ),
        (
            _draft_without_target,
            'Indikator "Peserta magang" belum memiliki target; isi targetnya pada SKP',
        ),
    ],
    ids=[
        "rating",
        "catatan-control",
        "catatan-100k",
        "gone-indicator",
        "unknown-core-value",
        "gone-rhk",
        "line-separator",
        "nilai-on-2022",
        "nilai-range",
        "future-date",
        "no-target",
    ],
)
def test_bad_evaluation_is_refused_and_nothing_is_written(
    service: AppraisalService, tree: Tree, db_file: Path, make: Any, words: str
) -> None:
    rhk = (
        RhkInput("Laporan bulanan", (IndikatorInput("Laporan", "12 laporan"),)),
        RhkInput("Pendampingan", (IndikatorInput("Peserta magang", ""),), "tambahan"),
    )
    skp_id = make_skp(service, tree.people["ahmad"], rhk=rhk)
    draft = make(service, skp_id)

    message = refused_unchanged(db_file, lambda: service.save_evaluasi(skp_id, "akhir", draft))
    assert words in message
    assert service.evaluasi_of(skp_id, "akhir") is None

    # the same on an evaluation that exists: it stays as it was
    eid = service.save_evaluasi(skp_id, "akhir", EvaluasiDraft(rating_perilaku="sesuai"))
    record = service.evaluasi(eid)
    message = refused_unchanged(
        db_file,
        lambda: service.save_evaluasi(skp_id, "akhir", draft, expected_revision=record.revision),
    )
    assert words in message
    assert service.evaluasi(eid) == record


def test_a_viewer_can_read_but_not_write(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    viewer_db = open_as(db_file, "viewer")
    try:
        viewer = AppraisalService(viewer_db)
        assert viewer.evaluasi(eid).predikat == "baik"
        for call in (
            lambda: viewer.finalise([eid]),
            lambda: viewer.save_evaluasi(1, "akhir", EvaluasiDraft(), expected_revision=1),
            lambda: viewer.create_skp(tree.people["siti"], skp_draft()),
            lambda: viewer.set_capaian(TAHUN, "baik"),
        ):
            message = refused_unchanged(db_file, call, PermissionDenied)
            assert message.startswith("Pengguna viewer (peran viewer) tidak berhak mengubah")
        service.finalise([eid])
        message = refused_unchanged(
            db_file,
            lambda: viewer.reopen(eid, REASON, expected_revision=service.evaluasi(eid).revision),
            PermissionDenied,
        )
        assert "tidak berhak" in message
    finally:
        viewer_db.close()
    assert service.evaluasi(eid).status == "final"


# -- finalising ---------------------------------------------------------------------------


def test_finalise_without_appraiser_says_why(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["kadis"])  # nobody proposed for the JPT
    message = refused_unchanged(db_file, lambda: service.finalise([eid]))
    assert message == (
        "Data belum benar:\n"
        "- Bambang Hermawan (PERIODE: AKHIR): pejabat penilai belum dipilih.\n"
        "- Bambang Hermawan (PERIODE: AKHIR): atasan pejabat penilai belum dipilih."
    )
    assert service.evaluasi(eid).status == "draft"


def test_finalise_names_every_missing_piece(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    skp_id = make_skp(service, tree.people["siti"], tahun=2025, rhk=())  # no capaian for 2025
    eid = service.save_evaluasi(skp_id, "tw3", EvaluasiDraft())
    with pytest.raises(ValidationFailed) as caught:
        service.finalise([eid])
    assert [p.field for p in caught.value.problems] == [
        "rhk",
        "rating_hasil_kerja",
        "rating_perilaku",
        "capaian",
    ]
    assert str(caught.value) == (
        "Data belum benar:\n"
        "- Siti Aminah (TRIWULAN III): SKP belum memiliki rencana hasil kerja.\n"
        "- Siti Aminah (TRIWULAN III): rating hasil kerja belum diisi.\n"
        "- Siti Aminah (TRIWULAN III): rating perilaku kerja belum diisi.\n"
        "- Siti Aminah (TRIWULAN III): capaian kinerja organisasi tahun 2025 belum diisi "
        "(Penilaian > Capaian organisasi)."
    )
    refused_unchanged(db_file, lambda: service.finalise([]))


def test_finalise_is_all_or_nothing(service: AppraisalService, tree: Tree, db_file: Path) -> None:
    good = rated_evaluasi(service, tree.people["ahmad"])
    bad = rated_evaluasi(service, tree.people["kadis"])
    message = refused_unchanged(db_file, lambda: service.finalise([good, bad]))
    assert "Bambang Hermawan" in message and "Ahmad" not in message
    assert service.evaluasi(good).status == "draft"


def test_finalise_freezes_a_version(service: AppraisalService, tree: Tree, db: Database) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    [code] = service.finalise([eid, eid])  # the same id twice is one evaluation

    record = service.evaluasi(eid)
    assert (record.status, record.versi, record.is_final) == ("final", 1, True)
    [version] = record.versions
    assert (version.versi, version.kode_dokumen, version.predikat) == (1, code, "baik")
    assert version.finalised_by == "admin"
    assert (version.reopened_at, version.reopened_by, version.alasan_buka) == (None, "", "")
    assert version.signed == ()
    assert len(version.content_hash) == 64
    entries = AuditService(db).entries(AuditQuery(entity_type="evaluasi_versi"))
    assert [(e.action, e.changes["kode_dokumen"][1]) for e in entries] == [("create", code)]


def test_finalising_twice_and_saving_a_final_one_are_refused(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    service.finalise([eid])
    message = refused_unchanged(db_file, lambda: service.finalise([eid]))
    assert "Ahmad Sutisna (PERIODE: AKHIR): Evaluasi ini sudah final (versi 1, " in message
    assert "oleh admin). Untuk mengubahnya, buka kembali dengan alasan" in message
    record = service.evaluasi(eid)
    message = refused_unchanged(
        db_file,
        lambda: service.save_evaluasi(
            record.skp_id, "akhir", EvaluasiDraft(), expected_revision=record.revision
        ),
        ServiceError,
    )
    assert message.startswith("Evaluasi ini sudah final (versi 1, ")
    skp = service.skp(record.skp_id)
    message = refused_unchanged(
        db_file,
        lambda: service.update_skp(skp.id, skp.as_draft(), expected_revision=skp.revision),
        ServiceError,
    )
    assert "Evaluasi akhir SKP 2026 sudah final; SKP tidak dapat diubah lagi." in message


@pytest.mark.parametrize(
    ("alasan", "words"),
    [
        ("", "paling sedikit 10 huruf"),
        ("   salah  ", "paling sedikit 10 huruf"),
        ("Salah ketik\x1b[31m", "Alasan membuka kembali"),
        ("a" * 100_000, "Alasan membuka kembali terlalu panjang"),
    ],
)
def test_reopen_needs_a_reason(
    service: AppraisalService, tree: Tree, db_file: Path, alasan: str, words: str
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    service.finalise([eid])
    revision = service.evaluasi(eid).revision
    message = refused_unchanged(
        db_file, lambda: service.reopen(eid, alasan, expected_revision=revision)
    )
    assert words in message
    assert service.evaluasi(eid).status == "final"


def test_reopen_a_draft_or_with_a_stale_revision(
    service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    revision = service.evaluasi(eid).revision
    message = refused_unchanged(
        db_file, lambda: service.reopen(eid, REASON, expected_revision=revision), ServiceError
    )
    assert message == "Evaluasi ini belum final; ubah saja lalu finalkan."
    service.finalise([eid])
    refused_unchanged(
        db_file, lambda: service.reopen(eid, REASON, expected_revision=revision), StaleRecord
    )


def test_reopen_and_amend_are_audited_and_keep_the_old_version(
    db: Database, service: AppraisalService, tree: Tree
) -> None:
    audit = AuditService(db)
    eid = rated_evaluasi(service, tree.people["ahmad"])
    [first_code] = service.finalise([eid])
    record = service.evaluasi(eid)

    service.reopen(eid, f"  {REASON} ", expected_revision=record.revision)

    reopened = service.evaluasi(eid)
    assert (reopened.status, reopened.versi) == ("reopened", 1)
    [v1] = reopened.versions
    assert (v1.kode_dokumen, v1.reopened_by, v1.alasan_buka) == (first_code, "admin", REASON)
    assert v1.reopened_at is not None
    [versi_entry] = audit.entries(AuditQuery(entity_type="evaluasi_versi", action="update"))
    assert versi_entry.changes["alasan_buka"] == ["", REASON]
    assert versi_entry.changes["reopened_by"] == ["", "admin"]
    assert versi_entry.username == "admin"
    assert versi_entry.entity_label == "Ahmad Sutisna (NIP 19850315 201001 1 002) — SKP 2026"
    status_changes = [
        e.changes["status"]
        for e in audit.entries(
            AuditQuery(entity_type="evaluasi", action="update", newest_first=False)
        )
        if "status" in e.changes
    ]
    assert status_changes == [["draft", "final"], ["final", "reopened"]]

    # amend and finalise again: a second version, the first one kept as it was
    draft = full_evaluasi(service, reopened.skp_id, "di_atas", "di_atas")
    service.save_evaluasi(reopened.skp_id, "akhir", draft, expected_revision=reopened.revision)
    assert service.evaluasi(eid).predikat == "sangat_baik"
    [second_code] = service.finalise([eid], confirm_distribution=True)

    amended = service.evaluasi(eid)
    assert (amended.status, amended.versi) == ("final", 2)
    assert [(v.versi, v.kode_dokumen, v.predikat) for v in amended.versions] == [
        (1, first_code, "baik"),
        (2, second_code, "sangat_baik"),
    ]
    assert second_code != first_code
    assert amended.versions[0].alasan_buka == REASON
    assert amended.versions[1].reopened_at is None
    created = audit.entries(
        AuditQuery(entity_type="evaluasi_versi", action="create", newest_first=False)
    )
    assert [e.changes["versi"][1] for e in created] == [1, 2]
    status_changes = [
        e.changes["status"]
        for e in audit.entries(
            AuditQuery(entity_type="evaluasi", action="update", newest_first=False)
        )
        if "status" in e.changes
    ]
    assert status_changes[-1] == ["reopened", "final"]
    assert AuditService(db).verify() is None


# -- pola distribusi ---------------------------------------------------------------------------


def test_distribution_breach_stops_finalising_until_confirmed(
    db: Database, service: AppraisalService, tree: Tree, db_file: Path
) -> None:
    service.set_capaian(TAHUN, "baik")
    first = rated_evaluasi(service, tree.people["ahmad"])
    second = rated_evaluasi(service, tree.people["siti"])

    before = fingerprint(db_file)
    with pytest.raises(DistribusiMelanggar) as caught:
        service.finalise([first, second])
    assert fingerprint(db_file) == before
    assert [p.pesan for p in caught.value.pelanggaran] == [
        "Instansi: Baik 100% (2 dari 2 pegawai); capaian organisasi Baik membolehkan paling "
        "banyak 70% (1 pegawai): lebih 1 pegawai.",
        "Instansi: capaian organisasi Baik mensyaratkan ada pegawai berpredikat Butuh "
        "Perbaikan atau Kurang/Misconduct (paling sedikit 1); yang ada 0: kurang 1 pegawai.",
    ]
    assert str(caught.value).startswith("Pola distribusi predikat tidak terpenuhi:\n- Instansi: ")
    assert isinstance(caught.value, ServiceError)

    codes = service.finalise([first, second], confirm_distribution=True)
    assert len(codes) == 2
    assert [service.evaluasi(e).status for e in (first, second)] == ["final", "final"]
    # One entry per evaluation finalised past the rule, naming it, its code and the breach.
    noted = [
        e
        for e in AuditService(db).entries(AuditQuery(entity_type="evaluasi"))
        if "walau pola distribusi tidak terpenuhi" in e.detail
    ]
    assert len(noted) == 2
    assert {e.entity_uuid for e in noted} == {service.evaluasi(e).uuid for e in (first, second)}
    for entry, code in zip(sorted(noted, key=lambda e: e.seq), codes, strict=True):
        assert entry.action == "update"
        assert entry.detail.startswith(
            f"Difinalkan ({code}) walau pola distribusi tidak terpenuhi: Instansi:"
        )
        assert "lebih 1 pegawai." in entry.detail and "kurang 1 pegawai." in entry.detail


def test_distribution_counts_those_final_already(service: AppraisalService, tree: Tree) -> None:
    service.set_capaian(TAHUN, "baik")
    bp = rated_evaluasi(service, tree.people["siti"], "di_bawah", "sesuai")
    baik = rated_evaluasi(service, tree.people["dewi"])
    with pytest.raises(DistribusiMelanggar):
        service.finalise([baik])  # alone: 1 of 1 Baik, and no Butuh Perbaikan
    service.finalise([bp], confirm_distribution=True)
    # now 1 Baik of 2 is 50%, and the Butuh Perbaikan exists
    assert len(service.finalise([baik])) == 1


def test_unit_capaian_is_checked_for_its_subtree(service: AppraisalService, tree: Tree) -> None:
    service.set_capaian(TAHUN, "butuh_perbaikan", unit_id=tree.units["SEKSI"])
    assert service.capaian(TAHUN, tree.units["SEKSI"]) == "butuh_perbaikan"
    assert service.capaian(TAHUN, tree.units["BIDANG"]) == "istimewa"  # the agency's
    inside = rated_evaluasi(service, tree.people["ahmad"])
    outside = rated_evaluasi(service, tree.people["budi"])
    assert len(service.finalise([outside])) == 1  # Bidang: the agency's Istimewa holds
    with pytest.raises(DistribusiMelanggar) as caught:
        service.finalise([inside])
    assert [p.pesan for p in caught.value.pelanggaran] == [
        "Seksi Pengembangan Aplikasi: Butuh Perbaikan 0% (0 dari 1 pegawai); capaian "
        "organisasi Butuh Perbaikan mensyaratkan paling sedikit 60% (1 pegawai): kurang 1 "
        "pegawai."
    ]


def test_periodic_evaluations_are_not_held_to_the_distribution(
    service: AppraisalService, tree: Tree
) -> None:
    service.set_capaian(TAHUN, "sangat_kurang")
    eid = rated_evaluasi(service, tree.people["ahmad"], "di_atas", "di_atas", kode_periode="tw4")
    assert len(service.finalise([eid])) == 1


def test_unknown_capaian_is_refused(service: AppraisalService, db_file: Path) -> None:
    message = refused_unchanged(db_file, lambda: service.set_capaian(TAHUN, "hebat"))
    assert "Capaian 'hebat' tidak dikenal; pilih Istimewa, Baik, Butuh Perbaikan" in message


# -- signed copies --------------------------------------------------------------------------


@pytest.fixture
def final_version(service: AppraisalService, tree: Tree) -> tuple[int, int]:
    eid = rated_evaluasi(service, tree.people["ahmad"])
    service.finalise([eid])
    return eid, service.evaluasi(eid).versions[0].id


def _berkas_count(db_file: Path) -> int:
    conn = sqlite3.connect(db_file)
    try:
        return int(conn.execute("SELECT count(*) FROM berkas").fetchone()[0])
    finally:
        conn.close()


def test_register_signed_scan_stored_once(
    service: AppraisalService, final_version: tuple[int, int], tmp_path: Path, db_file: Path
) -> None:
    eid, versi_id = final_version
    content = b"%PDF-1.4 ditandatangani\n" * 100
    scan = tmp_path / "ttd-ahmad.PDF"
    scan.write_bytes(content)
    copy = tmp_path / "salinan.pdf"
    copy.write_bytes(content)
    today = date.today()

    first = service.register_signed(versi_id, today, scan, catatan=" asli ")
    second = service.register_signed(versi_id, today, copy)

    assert first != second
    assert _berkas_count(db_file) == 1
    digest = hashlib.sha256(content).hexdigest()
    assert service.scan(digest) == ("application/pdf", content)
    assert service.evaluasi(eid).versions[0].signed == (
        (today, "ttd-ahmad.PDF"),
        (today, "salinan.pdf"),
    )
    # without a scan: just the date
    service.register_signed(versi_id, today)
    assert len(service.evaluasi(eid).versions[0].signed) == 3
    with pytest.raises(NotFound):
        service.scan("0" * 64)


def test_register_signed_refuses_bad_scans(
    service: AppraisalService, final_version: tuple[int, int], tmp_path: Path, db_file: Path
) -> None:
    _, versi_id = final_version
    today = date.today()
    big = tmp_path / "besar.pdf"
    with big.open("wb") as f:
        f.truncate(MAX_SCAN_BYTES + 1)  # sparse: nothing is written to the disk
    empty = tmp_path / "kosong.png"
    empty.write_bytes(b"")
    word = tmp_path / "ttd.docx"
    word.write_bytes(b"PK\x03\x04")
    cases = [
        (big, "Berkas besar.pdf berukuran 20 MB; paling besar 20 MB."),
        (empty, "Berkas kosong.png kosong."),
        (word, "Berkas pindaian harus PDF, JPG, PNG atau TIFF; yang dipilih ttd.docx."),
        (tmp_path / "hilang.jpg", "Berkas hilang.jpg tidak dapat dibaca"),
    ]
    for scan, words in cases:
        message = refused_unchanged(
            db_file, lambda scan=scan: service.register_signed(versi_id, today, scan)
        )
        assert words in message, message
    message = refused_unchanged(
        db_file, lambda: service.register_signed(versi_id, today - timedelta(days=1))
    )
    assert "Tanggal tanda tangan tidak boleh sebelum dokumen difinalkan" in message
    message = refused_unchanged(
        db_file, lambda: service.register_signed(versi_id, today + timedelta(days=2))
    )
    assert "Tanggal tanda tangan" in message
    refused_unchanged(db_file, lambda: service.register_signed(99_999, today), NotFound)
    assert _berkas_count(db_file) == 0


# -- legacy schemes --------------------------------------------------------------------------


def _typed(nama: str) -> PenilaiInput:
    return PenilaiInput(status="NON ASN", nama=nama)


def test_pp46_history_year_stores_nilai(service: AppraisalService, tree: Tree) -> None:
    """An imported 2019 record (PP 46/2011, numeric): no BerAKHLAK, no predikat matrix."""
    skp_id = service.create_skp(
        tree.people["siti"],
        SkpDraft(
            tahun=2019,
            skema="pp_46_2011",
            penilai=_typed("Drs. Asep"),
            atasan=_typed("Dr. Cecep"),
        ),
    )
    eid = service.save_evaluasi(skp_id, "akhir", EvaluasiDraft(nilai_skp=85.0, nilai_perilaku=80.0))
    record = service.evaluasi(eid)
    assert (record.nilai_skp, record.nilai_perilaku, record.predikat) == (85.0, 80.0, "")
    with pytest.raises(ValidationFailed, match="PP 46/2011 adalah riwayat"):
        service.finalise([eid])


def test_permenpanrb_8_2021_year_gets_a_predikat(service: AppraisalService, tree: Tree) -> None:
    """2021 was rated with the same Di Atas/Sesuai/Di Bawah ratings (PermenPANRB 8/2021)."""
    skp_id = service.create_skp(
        tree.people["siti"], SkpDraft(tahun=2021, skema="permenpanrb_8_2021")
    )
    eid = service.save_evaluasi(
        skp_id, "akhir", EvaluasiDraft(rating_hasil_kerja="sesuai", rating_perilaku="di_atas")
    )
    assert service.evaluasi(eid).predikat == "baik"
