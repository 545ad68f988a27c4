"""The demo's appraisals: SKPs, evaluations and frozen documents as the services make them."""

from __future__ import annotations

import io
import json
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import select, text

from asn_desktop.db.appraisal_models import Evaluasi, Skp
from asn_desktop.db.backup import copy_database
from asn_desktop.db.models import Employee
from asn_desktop.demo import DemoSummary, generate_demo
from asn_desktop.demo.appraisals import SHARES, _quotas
from asn_desktop.domain.dokumen_kinerja import DokumenEvaluasi, content_hash, kode_dokumen
from asn_desktop.domain.kinerja import (
    Predikat,
    cek_pola_distribusi,
    default_policy,
    periode,
    predikat_dari_rating,
)
from asn_desktop.reports.evaluasi_kinerja import render_evaluasi
from asn_desktop.services.appraisal_documents import AppraisalDocuments, build_dokumen
from asn_desktop.services.appraisals import AppraisalService, _register_person
from asn_desktop.services.audit import AuditService
from asn_desktop.services.database import Database

from .conftest import MakeDb, rows, scalar

TODAY = date(2026, 12, 2)
FULL = (2023, 2024, 2025)
LEGACY = (2019, 2020)
APPRAISAL = ("capaian_organisasi", "skp", "skp_rhk", "skp_indikator", "skp_perilaku",
             "evaluasi", "evaluasi_rhk", "evaluasi_indikator", "evaluasi_perilaku",
             "evaluasi_versi")  # fmt: skip
# When it was written, not what was written.
MOMENT = {"updated_at"}


@pytest.fixture(scope="module")
def demo(
    initialised_template: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, DemoSummary]]:
    path = tmp_path_factory.mktemp("demo-appraisals") / "asn.sqlite"
    copy_database(initialised_template, path)
    db = open_as(path)
    summary = generate_demo(db, employees=160, seed=7, today=TODAY)
    yield db, summary
    db.close()


def _counts(db: Database, tahun: int) -> dict[str, int]:
    return dict(
        rows(
            db,
            f"""SELECT e.predikat, count(*) FROM evaluasi e JOIN skp s ON s.id = e.skp_id
                WHERE s.tahun = {tahun} AND e.periode = 'akhir' GROUP BY 1""",
        )
    )


# -- what was written -------------------------------------------------------------------


def test_years_schemes_and_statuses(demo: tuple[Database, DemoSummary]) -> None:
    db, summary = demo
    per_year = dict(rows(db, "SELECT tahun, group_concat(DISTINCT skema) FROM skp GROUP BY 1"))
    assert per_year == {
        **dict.fromkeys(LEGACY, "pp_46_2011"),
        **dict.fromkeys((*FULL, 2026), "permenpanrb_6_2022"),
    }
    # One SKP per employee and year, for nearly everybody in the last full year.
    assert scalar(db, "SELECT count(*) FROM (SELECT 1 FROM skp GROUP BY employee_id, tahun "
                      "HAVING count(*) > 1)") == 0  # fmt: skip
    assert scalar(db, "SELECT count(*) FROM skp WHERE tahun = 2026") > 150
    assert scalar(db, "SELECT count(*) FROM skp WHERE tahun = 2025") > 130
    statuses = set(
        rows(
            db,
            """SELECT s.tahun, e.periode, e.status, e.versi FROM evaluasi e
               JOIN skp s ON s.id = e.skp_id""",
        )
    )
    assert statuses == {
        *((t, "akhir", "final", 0) for t in LEGACY),
        *((t, "akhir", "final", 1) for t in FULL),
        # This year: the latest quarter that has ended, still a draft.
        (2026, "tw3", "draft", 0),
    }
    # Every PermenPANRB SKP of a full year has its year-end evaluation.
    missing = scalar(
        db,
        """SELECT count(*) FROM skp s WHERE s.tahun BETWEEN 2023 AND 2025 AND NOT EXISTS
           (SELECT 1 FROM evaluasi e WHERE e.skp_id = s.id AND e.periode = 'akhir')""",
    )
    assert missing == 0
    assert summary.skp == scalar(db, "SELECT count(*) FROM skp")
    assert summary.evaluasi == scalar(db, "SELECT count(*) FROM evaluasi")
    assert summary.evaluasi_versi == scalar(db, "SELECT count(*) FROM evaluasi_versi")
    assert summary.appraisal_rows == sum(scalar(db, f"SELECT count(*) FROM {t}") for t in APPRAISAL)
    capaian = rows(db, "SELECT tahun, unit_id, capaian FROM capaian_organisasi ORDER BY 1")
    assert capaian == [(2023, None, "baik"), (2024, None, "istimewa"), (2025, None, "baik"),
                       (2026, None, "baik")]  # fmt: skip


def test_every_predikat_within_the_pola_distribusi(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    for tahun in FULL:
        counts = _counts(db, tahun)
        assert set(counts) == {p.value for p in Predikat}, tahun
        capaian = scalar(db, f"SELECT capaian FROM capaian_organisasi WHERE tahun = {tahun}")
        assert cek_pola_distribusi(capaian, counts, on=date(tahun, 12, 31)) == [], tahun
        total = sum(counts.values())
        for predikat, share in SHARES[capaian].items():
            assert abs(100.0 * counts[predikat.value] / total - share) <= 3.0, (tahun, predikat)
    # Performance gaps: single RHK and core values Di Bawah inside good evaluations.
    for table in ("evaluasi_rhk", "evaluasi_perilaku"):
        gaps = scalar(
            db,
            f"""SELECT count(DISTINCT e.id) FROM evaluasi e JOIN {table} r ON r.evaluasi_id = e.id
                WHERE r.rating = 'di_bawah' AND e.predikat IN ('baik', 'sangat_baik')""",
        )
        assert gaps >= 5, table


@pytest.mark.parametrize("n", [0, 1, 4, 5, 7, 12, 33, 160, 2000])
@pytest.mark.parametrize("capaian", sorted(SHARES))
def test_quotas_keep_the_rule_for_any_size(n: int, capaian: str) -> None:
    counts = _quotas(n, SHARES[capaian])
    assert sum(counts.values()) == n
    if n >= 5:
        assert all(counts.values())
        tally: dict[Predikat | str, int] = {p: k for p, k in counts.items()}
        assert cek_pola_distribusi(capaian, tally, on=date(2025, 12, 31)) == []


def test_predikat_from_the_matrix(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    rated = rows(
        db,
        """SELECT s.tahun, e.periode, e.rating_hasil_kerja, e.rating_perilaku, e.predikat
           FROM evaluasi e JOIN skp s ON s.id = e.skp_id WHERE s.skema = 'permenpanrb_6_2022'""",
    )
    assert rated
    for tahun, kode, hasil, perilaku, predikat in rated:
        if hasil is None:
            assert kode == "tw3" and predikat == ""  # a draft still being filled in
            continue
        end = periode(kode, tahun).selesai
        assert predikat == predikat_dari_rating(hasil, perilaku, on=end).value


def test_skp_contents(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    sizes = [n for (n,) in rows(db, "SELECT count(*) FROM skp_rhk GROUP BY skp_id")]
    assert max(sizes) >= 25  # the head of the agency's and the secretary's span pages
    assert sum(1 for n in sizes if n > 10) <= 12
    assert min(sizes) >= 4
    long_texts = scalar(db, "SELECT count(*) FROM skp_rhk WHERE length(rhk) BETWEEN 300 AND 600")
    assert long_texts >= 20
    per_rhk = {n for (n,) in rows(db, "SELECT count(*) FROM skp_indikator GROUP BY rhk_id")}
    assert per_rhk <= {1, 2, 3}
    assert scalar(db, "SELECT count(*) FROM skp_rhk r WHERE NOT EXISTS "
                      "(SELECT 1 FROM skp_indikator i WHERE i.rhk_id = r.id)") == 0  # fmt: skip
    aspek = {a for (a,) in rows(db, "SELECT DISTINCT aspek FROM skp_indikator")}
    assert aspek == {"kuantitas", "kualitas", "waktu"}
    assert {j for (j,) in rows(db, "SELECT DISTINCT jenis FROM skp_rhk")} == {"utama", "tambahan"}
    # The seven BerAKHLAK values with an expectation, on every PermenPANRB SKP.
    kodes = [n["kode"] for n in default_policy("berakhlak").at(TODAY).values["nilai"]]
    per_skp = rows(
        db,
        """SELECT s.id, group_concat(p.kode, ',') FROM skp s
           JOIN skp_perilaku p ON p.skp_id = s.id AND p.ekspektasi != ''
           WHERE s.skema = 'permenpanrb_6_2022' GROUP BY s.id ORDER BY s.id""",
    )
    assert len(per_skp) == scalar(db, "SELECT count(*) FROM skp WHERE skema = 'permenpanrb_6_2022'")
    assert all(sorted(k.split(",")) == sorted(kodes) for _, k in per_skp)
    # Every indicator of a year-end evaluation has its realisasi with evidence, every RHK
    # its feedback and rating.
    no_realisasi = scalar(
        db,
        """SELECT count(*) FROM skp_indikator i JOIN skp_rhk r ON r.id = i.rhk_id
           JOIN evaluasi e ON e.skp_id = r.skp_id AND e.periode = 'akhir'
           WHERE NOT EXISTS (SELECT 1 FROM evaluasi_indikator x WHERE x.evaluasi_id = e.id
                             AND x.indikator_id = i.id AND x.realisasi != '' AND x.bukti != '')""",
    )
    no_feedback = scalar(
        db,
        """SELECT count(*) FROM skp_rhk r JOIN evaluasi e ON e.skp_id = r.skp_id
           AND e.periode = 'akhir'
           WHERE NOT EXISTS (SELECT 1 FROM evaluasi_rhk x WHERE x.evaluasi_id = e.id
                             AND x.rhk_id = r.id AND x.umpan_balik != '' AND x.rating != '')""",
    )
    assert (no_realisasi, no_feedback) == (0, 0)


def test_pp46_history(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    legacy = rows(
        db,
        """SELECT s.id, e.nilai_skp, e.nilai_perilaku, e.predikat, e.rating_hasil_kerja,
                  e.tanggal_penetapan, m.status_kepegawaian
           FROM skp s JOIN evaluasi e ON e.skp_id = s.id JOIN employee m ON m.id = s.employee_id
           WHERE s.skema = 'pp_46_2011'""",
    )
    assert len(legacy) > 50
    for _id, nilai_skp, nilai_perilaku, predikat, rating, tanggal, status in legacy:
        assert 0 < nilai_skp <= 100 and 0 < nilai_perilaku <= 100
        assert predikat == "" and rating is None and tanggal is not None
        assert status == "PNS"
    for table in ("skp_rhk", "skp_perilaku"):
        assert scalar(db, f"SELECT count(*) FROM {table} x JOIN skp s ON s.id = x.skp_id "
                          "WHERE s.skema = 'pp_46_2011'") == 0  # fmt: skip
    assert scalar(db, "SELECT count(*) FROM evaluasi_versi v JOIN evaluasi e ON e.id = "
                      "v.evaluasi_id JOIN skp s ON s.id = e.skp_id "
                      "WHERE s.skema = 'pp_46_2011'") == 0  # fmt: skip


# -- appraisers ---------------------------------------------------------------------------


def test_appraisers_follow_the_unit_tree(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    service = AppraisalService(db)
    skps = rows(
        db,
        "SELECT employee_id, penilai_id, atasan_id FROM skp WHERE tahun = 2026 ORDER BY 1",
    )
    for employee_id, penilai_id, atasan_id in skps:
        penilai, atasan = service.propose_penilai(employee_id)
        assert penilai_id == (penilai.employee_id if penilai else None), employee_id
        assert atasan_id == (atasan.employee_id if atasan else None), employee_id
    # The same appraisers every year (today's tree), never oneself.
    pairs = "SELECT count(DISTINCT employee_id || ':' || coalesce(penilai_id, '-')) FROM skp"
    assert scalar(db, pairs) == scalar(db, "SELECT count(DISTINCT employee_id) FROM skp")
    assert scalar(db, "SELECT count(*) FROM skp WHERE penilai_id = employee_id") == 0


def test_register_appraisers_as_the_service_fills_them(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    with db.reading() as session:
        for skp in session.scalars(select(Skp).where(Skp.tahun == 2025)):
            for prefix in ("penilai", "atasan"):
                person_id = getattr(skp, f"{prefix}_id")
                if person_id is None:
                    continue
                person = session.get(Employee, person_id)
                assert person is not None
                expected = _register_person(person)
                got = {k: getattr(skp, f"{prefix}_{k}") for k in expected}
                assert got == expected


def test_non_asn_appraisers(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    kepala = rows(
        db,
        """SELECT s.tahun, s.penilai_status, s.penilai_nama, s.penilai_nip, s.penilai_pangkat,
                  s.penilai_jabatan, s.atasan_status, s.atasan_jabatan
           FROM skp s JOIN employee m ON m.id = s.employee_id WHERE m.jenis_jabatan = 'JPT'
           AND s.skema = 'permenpanrb_6_2022' ORDER BY 1""",
    )
    assert [r[0] for r in kepala] == [*FULL, 2026]
    for _tahun, status, nama, nip, pangkat, jabatan, atasan_status, atasan_jabatan in kepala:
        assert (status, nip, pangkat, jabatan) == ("NON ASN", "", "", "Wali Kota Bandung")
        assert nama.strip() and (atasan_status, atasan_jabatan) == (
            "NON ASN",
            "Gubernur Jawa Barat",
        )
    # Administrators: appraised by the head of the agency, the Wali Kota above.
    admins = rows(
        db,
        """SELECT DISTINCT s.penilai_status, s.penilai_jabatan, s.atasan_status,
                  s.atasan_jabatan, s.atasan_nip
           FROM skp s JOIN employee m ON m.id = s.employee_id
           WHERE m.jenis_jabatan = 'ADMINISTRATOR' AND s.tahun = 2025""",
    )
    assert admins and all(a[0] == "ASN" and a[2:] == ("NON ASN", "Wali Kota Bandung", "")
                          for a in admins)  # fmt: skip
    # Everybody else: appraisers of the register.
    others = scalar(
        db,
        """SELECT count(*) FROM skp s JOIN employee m ON m.id = s.employee_id
           WHERE m.jenis_jabatan NOT IN ('JPT', 'ADMINISTRATOR')
           AND (s.penilai_status != 'ASN' OR s.penilai_id IS NULL)""",
    )
    assert others == 0


def test_rhk_linked_to_the_appraisers_rhk(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    links = rows(
        db,
        """SELECT r.rhk_atasan, a.rhk, s.tahun, sa.tahun, s.penilai_id, sa.employee_id
           FROM skp_rhk r JOIN skp s ON s.id = r.skp_id
           JOIN skp_rhk a ON a.id = r.rhk_atasan_id JOIN skp sa ON sa.id = a.skp_id""",
    )
    assert len(links) > 300
    for text_atasan, linked, tahun, tahun_atasan, penilai_id, owner in links:
        assert text_atasan == linked and tahun == tahun_atasan and penilai_id == owner
    # Utama RHK always say which RHK above they support; typed for appraisers outside.
    assert scalar(db, "SELECT count(*) FROM skp_rhk WHERE jenis = 'utama' AND rhk_atasan = ''") == 0


# -- documents ----------------------------------------------------------------------------


def test_versions_are_hashed_and_coded_as_finalise_does(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    versions = rows(
        db,
        """SELECT e.uuid, v.versi, v.kode_dokumen, v.content_hash, v.snapshot, v.predikat,
                  e.predikat, v.finalised_by, v.finalised_at, e.tanggal_penetapan
           FROM evaluasi_versi v JOIN evaluasi e ON e.id = v.evaluasi_id""",
    )
    finals = scalar(db, "SELECT count(*) FROM evaluasi WHERE status = 'final' AND versi = 1")
    assert len(versions) == finals > 300
    for uuid, versi, kode, digest, snapshot, predikat, current, by, at, tanggal in versions:
        dokumen = DokumenEvaluasi.from_dict(json.loads(snapshot))
        assert content_hash(dokumen) == digest
        assert kode == kode_dokumen(uuid, versi, digest)
        assert predikat == current and by == "admin"
        assert str(at).startswith(str(tanggal)) and dokumen.tanggal.isoformat() == str(tanggal)


def test_snapshots_are_what_the_service_builds(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    documents = AppraisalDocuments(db)
    with db.reading() as session:
        finals = session.scalars(
            select(Evaluasi).where(Evaluasi.status == "final", Evaluasi.versi == 1)
        ).all()
        assert finals
        for evaluasi in finals:
            printable = documents.printable(evaluasi.id)
            assert not printable.draft and printable.kode == evaluasi.versions[-1].kode_dokumen
            assert printable.dokumen == build_dokumen(session, evaluasi), evaluasi.id
    # A printed code verifies.
    kode = scalar(db, "SELECT kode_dokumen FROM evaluasi_versi ORDER BY id DESC LIMIT 1")
    assert documents.verify(kode).valid


def test_long_documents_span_pages(demo: tuple[Database, DemoSummary]) -> None:
    db, _ = demo
    biggest = scalar(
        db,
        """SELECT e.id FROM evaluasi e JOIN skp s ON s.id = e.skp_id
           JOIN skp_rhk r ON r.skp_id = s.id WHERE s.tahun = 2025 AND e.periode = 'akhir'
           GROUP BY e.id ORDER BY count(*) DESC LIMIT 1""",
    )
    printable = AppraisalDocuments(db).printable(biggest)
    pages = render_evaluasi(printable.dokumen, io.BytesIO(), kode=printable.kode,
                            digest=printable.digest)  # fmt: skip
    assert pages >= 4


# -- bookkeeping --------------------------------------------------------------------------


def test_every_row_audited_once_and_the_chain_verifies(
    demo: tuple[Database, DemoSummary],
) -> None:
    db, _ = demo
    audited = Counter(
        dict(rows(db, "SELECT entity_uuid, count(*) FROM audit_log WHERE action = 'create' "
                      "AND detail = 'Data demo (seed 7)' GROUP BY 1"))
    )  # fmt: skip
    for table in APPRAISAL:
        uuids = [u for (u,) in rows(db, f"SELECT uuid FROM {table}")]
        assert uuids and all(audited[u] == 1 for u in uuids), table
        bad = scalar(
            db,
            f"""SELECT count(*) FROM {table} WHERE revision != 1 OR updated_by != 'admin'
                OR origin_agency != 'DISKOMINFO' OR deleted_at IS NOT NULL OR change_seq < 1""",
        )
        assert bad == 0, table
    # SKP entries are about their employee.
    wrong = scalar(
        db,
        """SELECT count(*) FROM skp s JOIN employee m ON m.id = s.employee_id
           JOIN audit_log a ON a.entity_uuid = s.uuid WHERE a.subject_uuid != m.uuid""",
    )
    assert wrong == 0
    assert rows(db, "PRAGMA foreign_key_check") == []
    assert AuditService(db).verify() is None


def _content(db: Database, table: str) -> list[tuple[Any, ...]]:
    with db.engine.connect() as conn:
        result = conn.execute(text(f"SELECT * FROM {table} ORDER BY id"))
        keep = [i for i, name in enumerate(result.keys()) if name not in MOMENT]
        return [tuple(r[i] for i in keep) for r in result]


def test_deterministic_for_a_seed(make_db: MakeDb) -> None:
    first, second, other = make_db(), make_db(), make_db()
    for db, seed in ((first, 4), (second, 4), (other, 5)):
        generate_demo(db, employees=40, seed=seed, today=TODAY)
    for table in APPRAISAL:
        assert _content(first, table) == _content(second, table), table
    assert _content(first, "evaluasi_versi") != _content(other, "evaluasi_versi")
    snapshots = "SELECT content_hash FROM evaluasi_versi ORDER BY id"
    assert {h for (h,) in rows(first, snapshots)}.isdisjoint(h for (h,) in rows(other, snapshots))


def test_without_appraisals(make_db: MakeDb) -> None:
    db = make_db()
    summary = generate_demo(db, employees=30, seed=2, today=TODAY, appraisals=False)
    assert (summary.skp, summary.evaluasi, summary.appraisal_rows) == (0, 0, 0)
    assert all(scalar(db, f"SELECT count(*) FROM {t}") == 0 for t in APPRAISAL)
    assert scalar(db, "SELECT count(*) FROM employee") == 30
