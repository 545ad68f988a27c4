"""AppraisalDocuments: the frozen snapshot a reprint uses, earlier versions, verify()."""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from accounts import open_as

from asn_desktop.db.backup import copy_database
from asn_desktop.domain.dokumen_kinerja import (
    canonical_json,
    content_hash,
    kode_dokumen,
    qr_text,
)
from asn_desktop.services.appraisal_documents import AppraisalDocuments, Printable
from asn_desktop.services.appraisals import AppraisalService, EvaluasiDraft, SkpDraft
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import AGENCY_NAME_KEY, Database
from asn_desktop.services.employees import EmployeeService, RankEntry, UnitEntry
from asn_desktop.services.errors import NotFound, PermissionDenied, ServiceError
from asn_desktop.services.org_units import OrgUnitService

from .appraisal_helpers import (
    AGENCY,
    TAHUN,
    TODAY,
    Tree,
    appraisal_template,
    fingerprint,
    full_evaluasi,
    rated_evaluasi,
)

REASON = "Umpan balik perilaku belum lengkap"
LATER = date(2026, 10, 1)


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
def documents(db: Database) -> AppraisalDocuments:
    return AppraisalDocuments(db)


@pytest.fixture
def finalised(service: AppraisalService, tree: Tree) -> tuple[int, str]:
    """Ahmad's year-end evaluation, finalised: (evaluation id, document code)."""
    eid = rated_evaluasi(service, tree.people["ahmad"])
    [code] = service.finalise([eid])
    return eid, code


def change_the_register(db: Database, tree: Tree) -> None:
    """Everything a reprint must not pick up: promotion, transfer, a renamed appraiser, a
    renamed unit and agency."""
    employees = EmployeeService(db)
    ahmad = tree.people["ahmad"]
    employees.add_rank(ahmad, RankEntry(34, LATER, "800/ahmad/KP-2026"))
    employees.add_unit(ahmad, UnitEntry(tree.units["BID-STA"], LATER, "862/ahmad/mutasi"))
    kasi = employees.get(tree.people["kasi"])
    employees.update(
        kasi.id,
        dataclasses.replace(kasi.draft, nama="Agus Salim Nugraha"),
        expected_revision=kasi.revision,
    )
    bidang = OrgUnitService(db).detail(tree.units["BIDANG"]).node
    OrgUnitService(db).rename(
        bidang.id, "Bidang Layanan E-Government", expected_revision=bidang.revision
    )
    db.set_meta(AGENCY_NAME_KEY, "Dinas Kominfo (nama baru)")
    assert employees.get(ahmad).golongan_id == 34
    assert employees.get(ahmad).unit_id == tree.units["BID-STA"]


# -- printing -------------------------------------------------------------------------------


def test_draft_prints_from_the_register_without_a_code(
    service: AppraisalService, documents: AppraisalDocuments, tree: Tree
) -> None:
    eid = rated_evaluasi(service, tree.people["dewi"], kode_periode="tw2")
    printable = documents.printable(eid)
    assert (printable.draft, printable.kode, printable.digest) == (True, None, None)
    d = printable.dokumen
    assert (d.periode_label, d.periode_rentang) == ("TRIWULAN II", "1 APRIL SD 30 JUNI 2026")
    # a PPPK prints no NIP and no pangkat
    assert (d.pegawai.nama, d.pegawai.nip, d.pegawai.pangkat) == ("Dewi Lestari", "", "")
    assert d.predikat == "Baik" and d.capaian_organisasi == "Istimewa"
    assert printable.file_stem == f"evaluasi-2026-triwulan-ii-{eid}"


def test_finalised_document_content(
    documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    eid, code = finalised
    printable = documents.printable(eid)
    assert (printable.draft, printable.kode) == (False, code)
    d = printable.dokumen
    assert (d.tahun, d.periode_label, d.periode_rentang) == (
        2026,
        "PERIODE: AKHIR",
        "1 JANUARI SD 31 DESEMBER 2026",
    )
    assert (d.pemerintah, d.instansi, d.tempat, d.tanggal) == (
        "PEMERINTAH KOTA BANDUNG",
        AGENCY,
        "Bandung",
        TODAY,
    )
    assert dataclasses.astuple(d.pegawai) == (
        "Ahmad Sutisna, S.T.",
        "198503152010011002",
        "Penata, III/c",
        "Pranata Komputer Ahli Muda",
        "Seksi Pengembangan Aplikasi",
    )
    assert (d.penilai.nama, d.penilai.pangkat) == ("Agus Salim, S.Kom.", "Penata Tingkat I, III/d")
    assert (d.atasan.nama, d.atasan.unit_kerja) == (
        "Rina Kartika, S.T., M.M.",
        "Bidang Aplikasi Informatika",
    )
    assert (d.capaian_organisasi, d.rating_hasil_kerja, d.rating_perilaku, d.predikat) == (
        "Istimewa",
        "Sesuai Ekspektasi",
        "Sesuai Ekspektasi",
        "Baik",
    )
    assert [(r.jenis, r.rhk) for r in d.hasil_kerja] == [
        ("UTAMA", "Terlaksananya pengembangan aplikasi layanan publik"),
        ("UTAMA", "Tersusunnya dokumentasi sistem"),
        ("TAMBAHAN", "Terlaksananya pendampingan magang"),
    ]
    assert dataclasses.astuple(d.hasil_kerja[0].indikator[1]) == (
        "Waktu",
        "Aplikasi selesai tepat waktu",
        "12 bulan",
        "realisasi 12 bulan",
        "bukti Aplikasi selesai tepat waktu",
    )
    assert d.hasil_kerja[0].rhk_atasan == "Meningkatnya layanan publik berbasis elektronik"
    assert [p.nama for p in d.perilaku][::6] == ["Berorientasi Pelayanan", "Kolaboratif"]
    assert (d.perilaku[6].ekspektasi, d.perilaku[6].umpan_balik) == (
        "Melibatkan tim lain sejak analisis kebutuhan",
        "Aktif dalam rapat koordinasi",
    )
    assert printable.digest == content_hash(d)
    uuid = printable_uuid(documents, eid)
    assert code == kode_dokumen(uuid, 1, content_hash(d))
    assert printable.file_stem == "evaluasi-2026-akhir-198503152010011002"


def printable_uuid(documents: AppraisalDocuments, eid: int) -> str:
    return AppraisalService(documents.db).evaluasi(eid).uuid


def test_reprint_after_promotion_transfer_and_renames_is_the_same_document(
    db: Database, documents: AppraisalDocuments, tree: Tree, finalised: tuple[int, str]
) -> None:
    eid, code = finalised
    first = documents.printable(eid)

    change_the_register(db, tree)

    again = documents.printable(eid)
    assert again == first
    assert (again.kode, again.digest) == (code, first.digest)
    assert again.dokumen.pegawai.pangkat == "Penata, III/c"
    assert again.dokumen.pegawai.unit_kerja == "Seksi Pengembangan Aplikasi"
    assert again.dokumen.penilai.nama == "Agus Salim, S.Kom."
    assert again.dokumen.atasan.unit_kerja == "Bidang Aplikasi Informatika"
    assert again.dokumen.instansi == AGENCY
    # ...while the register (and so a draft print) did move on
    skp = AppraisalService(db).skp_of(tree.people["ahmad"], TAHUN)
    assert skp is not None
    now = documents.skp_document(skp.id)
    assert (now.pegawai.pangkat, now.pegawai.unit_kerja) == (
        "Penata Tingkat I, III/d",
        "Bidang Statistik",
    )
    assert now.penilai.nama == "Agus Salim Nugraha, S.Kom."
    assert now.atasan.unit_kerja == "Bidang Layanan E-Government"
    assert now.instansi == "Dinas Kominfo (nama baru)"
    [only] = list(documents.iter_printables([eid]))
    assert only == first
    assert documents.verify(code).valid is True


def test_reopened_prints_a_draft_and_the_old_version_stays(
    db: Database,
    service: AppraisalService,
    documents: AppraisalDocuments,
    tree: Tree,
    finalised: tuple[int, str],
) -> None:
    eid, first_code = finalised
    first = documents.printable(eid)
    change_the_register(db, tree)
    service.reopen(eid, REASON, expected_revision=service.evaluasi(eid).revision)

    while_open = documents.printable(eid)
    assert (while_open.draft, while_open.kode) == (True, None)
    assert while_open.dokumen.pegawai.pangkat == "Penata Tingkat I, III/d"

    record = service.evaluasi(eid)
    draft = dataclasses.replace(full_evaluasi(service, record.skp_id), catatan="Catatan baru")
    service.save_evaluasi(record.skp_id, "akhir", draft, expected_revision=record.revision)
    [second_code] = service.finalise([eid])

    second = documents.printable(eid)
    assert (second.draft, second.kode) == (False, second_code)
    assert second.dokumen.catatan == "Catatan baru"
    # finalising again takes the register as it is now
    assert second.dokumen.pegawai.pangkat == "Penata Tingkat I, III/d"
    assert second.dokumen.pegawai.unit_kerja == "Bidang Statistik"
    assert second.dokumen.penilai.nama == "Agus Salim Nugraha, S.Kom."
    v1, v2 = service.evaluasi(eid).versions
    old = documents.printable_version(v1.id)
    assert old == first
    assert (old.kode, old.dokumen.catatan) == (first_code, first.dokumen.catatan)
    assert documents.printable_version(v2.id) == second
    with pytest.raises(NotFound):
        documents.printable_version(99_999)


def test_printing_is_audited(
    db: Database,
    documents: AppraisalDocuments,
    service: AppraisalService,
    tree: Tree,
    finalised: tuple[int, str],
) -> None:
    eid, code = finalised
    draft_id = rated_evaluasi(service, tree.people["siti"])
    documents.record_print([documents.printable(eid), documents.printable(draft_id)], where="PDF")
    entries = AuditService(db).entries(AuditQuery(action="print", newest_first=False))
    assert [(e.entity_type, e.entity_label, e.detail) for e in entries] == [
        (
            "evaluasi",
            "Ahmad Sutisna, S.T. — PERIODE: AKHIR 2026",
            f"Dokumen evaluasi kinerja (kode {code}): PDF",
        ),
        ("evaluasi", "Siti Aminah — PERIODE: AKHIR 2026", "Dokumen evaluasi kinerja (draf): PDF"),
    ]
    assert entries[0].entity_uuid == service.evaluasi(eid).uuid
    documents.record_print([])
    assert len(AuditService(db).entries(AuditQuery(action="print"))) == 2


def test_batch_ids_in_unit_tree_and_name_order(
    service: AppraisalService, documents: AppraisalDocuments, tree: Tree
) -> None:
    ids = {k: rated_evaluasi(service, tree.people[k]) for k in ("siti", "ahmad", "budi", "kasi")}
    service.finalise([ids["siti"], ids["ahmad"], ids["budi"]])
    # Bidang (budi) before its seksi; in the seksi Ahmad before Siti; kasi is a draft
    assert documents.batch_ids(TAHUN) == [ids["budi"], ids["ahmad"], ids["siti"]]
    assert documents.batch_ids(TAHUN, unit_id=tree.units["SEKSI"]) == [ids["ahmad"], ids["siti"]]
    assert documents.batch_ids(TAHUN, unit_id=tree.units["SEKSI"], only_final=False) == [
        ids["kasi"],  # Agus Salim
        ids["ahmad"],
        ids["siti"],
    ]
    assert documents.batch_ids(TAHUN, kode_periode="tw1") == []
    printed = list(documents.iter_printables(documents.batch_ids(TAHUN), chunk=2))
    assert [p.dokumen.pegawai.nama for p in printed] == [
        "Budi Santoso",
        "Ahmad Sutisna, S.T.",
        "Siti Aminah",
    ]


def test_viewer_may_print_but_pp46_history_has_no_document(
    db_file: Path, service: AppraisalService, tree: Tree, finalised: tuple[int, str]
) -> None:
    eid, code = finalised
    viewer_db = open_as(db_file, "viewer")
    try:
        viewer = AppraisalDocuments(viewer_db)
        assert viewer.printable(eid).kode == code
        assert viewer.verify(code).valid is True
        before = fingerprint(db_file)
        with pytest.raises(PermissionDenied):
            AppraisalService(viewer_db).finalise([eid])
        assert fingerprint(db_file) == before
    finally:
        viewer_db.close()
    # A PP 46/2011 history year: numbers only, no document.
    skp_id = service.create_skp(tree.people["siti"], SkpDraft(tahun=2019, skema="pp_46_2011"))
    legacy = service.save_evaluasi(skp_id, "akhir", EvaluasiDraft(nilai_skp=80, nilai_perilaku=80))
    with pytest.raises(ServiceError, match="PP 46/2011 adalah riwayat yang diimpor"):
        AppraisalDocuments(service.db).printable(legacy)


# -- verify ------------------------------------------------------------------------------


def test_verify_a_valid_code_however_typed(
    documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    eid, code = finalised
    digest = documents.printable(eid).digest
    assert digest is not None
    for typed in (code, code.lower(), code.replace("-", ""), f"  {code} ", qr_text(code, digest)):
        found = documents.verify(typed)
        assert (found.found, found.valid, found.amended) == (True, True, False), typed
        assert (found.kode, found.nama, found.nip, found.tahun) == (
            code,
            "Ahmad Sutisna, S.T.",
            "198503152010011002",
            2026,
        )
        assert (found.periode, found.predikat, found.versi) == ("PERIODE: AKHIR", "Baik", 1)
        assert found.message.startswith(
            "Dokumen sah dan masih berlaku: Ahmad Sutisna, S.T. (NIP 19850315 201001 1 002), "
            "PERIODE: AKHIR 2026, predikat Baik, versi 1 difinalkan "
        )
        assert found.message.endswith(" oleh admin.")


def test_verify_unknown_and_malformed_codes(
    documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    _, code = finalised
    other = "00000-00000" if code != "00000-00000" else "11111-11111"
    found = documents.verify(other)
    assert (found.found, found.valid, found.amended, found.kode) == (False, False, False, other)
    assert found.message == (
        f"Kode {other} tidak dikenal di basis data ini: dokumen itu tidak difinalkan di sini, "
        "atau kodenya salah ketik."
    )
    bad = documents.verify("ABC")
    assert (bad.found, bad.valid) == (False, False)
    assert bad.message.startswith("Kode dokumen 'ABC' tidak sah")


def test_verify_qr_text_with_a_wrong_hash(
    documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    _, code = finalised
    found = documents.verify(qr_text(code, "0" * 64))
    assert (found.found, found.valid, found.amended) == (True, False, False)
    assert found.message.startswith(f"Kode {code} ada (Ahmad Sutisna, S.T. (NIP ")
    assert found.message.endswith(
        "tetapi hash pada kode QR berbeda dengan dokumen yang tersimpan: cetakan ini bukan "
        "dokumen itu."
    )


def test_verify_after_reopen_and_refinalise(
    service: AppraisalService, documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    eid, first_code = finalised
    service.reopen(eid, REASON, expected_revision=service.evaluasi(eid).revision)

    found = documents.verify(first_code)
    assert (found.found, found.valid, found.amended) == (True, True, True)
    assert "Sejak itu dibuka kembali " in found.message
    assert found.message.endswith(f"oleh admin: {REASON}; perubahannya belum difinalkan.")

    record = service.evaluasi(eid)
    draft = full_evaluasi(service, record.skp_id, "di_atas", "sesuai")
    service.save_evaluasi(record.skp_id, "akhir", draft, expected_revision=record.revision)
    [second_code] = service.finalise([eid])

    old = documents.verify(first_code)
    assert (old.valid, old.amended, old.versi, old.predikat) == (True, True, 1, "Baik")
    assert old.message.endswith(f"{REASON}; versi terbaru 2 berkode {second_code}.")
    new = documents.verify(second_code)
    assert (new.valid, new.amended, new.versi) == (True, False, 2)
    assert new.message.startswith("Dokumen sah dan masih berlaku: ")


@pytest.mark.parametrize(
    "tamper",
    [
        'replace(snapshot, \'"predikat":"Baik"\', \'"predikat":"Sangat Baik"\')',
        "replace(snapshot, '\"Penata, III/c\"', '\"Pembina, IV/a\"')",
        "'{}'",
        "'bukan json'",
    ],
    ids=["predikat", "pangkat", "empty-object", "not-json"],
)
def test_verify_reports_a_snapshot_changed_outside_the_program(
    db_file: Path, documents: AppraisalDocuments, finalised: tuple[int, str], tamper: str
) -> None:
    _, code = finalised
    conn = sqlite3.connect(db_file)
    try:
        with conn:
            changed = conn.execute(
                f"UPDATE evaluasi_versi SET snapshot = {tamper} WHERE kode_dokumen = ?", (code,)
            ).rowcount
    finally:
        conn.close()
    assert changed == 1

    found = documents.verify(code)
    assert (found.found, found.valid) == (True, False)
    assert found.message == (
        f"Kode {code} ada, tetapi isi dokumen yang tersimpan tidak cocok dengan hash-nya: "
        "basis data ini mungkin telah diubah di luar program. Periksa dengan 'db check'."
    )


def test_the_stored_snapshot_is_the_canonical_json_of_the_document(
    db_file: Path, documents: AppraisalDocuments, finalised: tuple[int, str]
) -> None:
    eid, code = finalised
    conn = sqlite3.connect(db_file)
    try:
        snapshot, digest = conn.execute(
            "SELECT snapshot, content_hash FROM evaluasi_versi WHERE kode_dokumen = ?", (code,)
        ).fetchone()
    finally:
        conn.close()
    printable: Printable = documents.printable(eid)
    assert snapshot == canonical_json(printable.dokumen.to_dict())
    assert json.loads(snapshot)["pegawai"]["pangkat"] == "Penata, III/c"
    assert digest == printable.digest == content_hash(printable.dokumen)
