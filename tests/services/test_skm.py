"""SkmService: the survey of a service unit from its nine element means or its index, the
mutu bands, and the impact view beside JP compliance and training spend."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import Pelatihan, PesertaPelatihan, Skm
from asn_desktop.services.database import Database
from asn_desktop.services.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from asn_desktop.services.jp_compliance import ComplianceService
from asn_desktop.services.skm import SkmService

from .helpers import Register

TAHUN = 2026
AS_OF = date(2026, 11, 30)


@pytest.fixture
def service(register_db: Database) -> SkmService:
    return SkmService(register_db)


def live_rows(db: Database) -> int:
    with db.reading() as session:
        return int(
            session.scalar(select(func.count()).select_from(Skm).where(Skm.deleted_at.is_(None)))
            or 0
        )


def test_index_from_the_nine_element_means(service: SkmService, register: Register) -> None:
    unit = register.units["BID-APL"]
    means = [3.5, 3.2, 3.0, 4.0, 3.4, 3.6, 3.8, 2.9, 3.3]
    sid = service.set_skm(unit, 2025, nilai_unsur=means, responden=412, catatan="Semester I-II")
    [record] = service.skm(2025)
    # (3.5+3.2+3.0+4.0+3.4+3.6+3.8+2.9+3.3) / 9 * 25 = 30.7 / 9 * 25 = 85.28
    assert (record.id, record.unit_id, record.unit_nama, record.tahun) == (
        sid,
        unit,
        "Bidang Aplikasi Informatika",
        2025,
    )
    assert record.nilai_unsur == tuple(means)
    assert (record.indeks, record.mutu.kode, record.mutu.label) == (85.28, "B", "Baik")
    assert (record.responden, record.catatan, record.revision, record.dari_unsur) == (
        412,
        "Semester I-II",
        1,
        True,
    )
    assert service.skm(2024) == []


@pytest.mark.parametrize(
    ("indeks", "kode", "label"),
    [
        (100.0, "A", "Sangat Baik"),
        (88.31, "A", "Sangat Baik"),
        (88.30, "B", "Baik"),
        (88.305, "B", "Baik"),  # between two printed ranges: below A, stored as typed
        (76.61, "B", "Baik"),
        (76.60, "C", "Kurang Baik"),
        (65.00, "C", "Kurang Baik"),
        (64.99, "D", "Tidak Baik"),
        (25, "D", "Tidak Baik"),
    ],
)
def test_mutu_bands_through_the_service(
    service: SkmService, register: Register, indeks: float, kode: str, label: str
) -> None:
    service.set_skm(register.units["BID-STA"], 2025, indeks=indeks)
    [record] = service.skm(2025)
    assert (record.mutu.kode, record.mutu.label, record.dari_unsur) == (kode, label, False)
    assert record.nilai_unsur == (None,) * 9
    assert record.indeks == indeks


def test_nine_fours_give_exactly_one_hundred(service: SkmService, register: Register) -> None:
    service.set_skm(register.units["DINAS"], 2025, nilai_unsur=[4.0] * 9)
    assert service.skm(2025)[0].indeks == 100.0


def test_bad_values_are_refused_with_the_reason_and_save_nothing(
    service: SkmService, register: Register
) -> None:
    unit = register.units["BID-STA"]
    this_year = date.today().year
    for kwargs, field, says in (
        ({"indeks": 24.99}, "indeks", "Indeks SKM harus antara 25 dan 100; yang diisi 24,99."),
        ({"indeks": 100.01}, "indeks", "Indeks SKM harus antara 25 dan 100; yang diisi 100,01."),
        ({"indeks": float("nan")}, "indeks", "Indeks SKM harus berupa angka"),
        ({"indeks": "80"}, "indeks", "Indeks SKM harus berupa angka; yang diisi '80'."),
        ({}, "indeks", "Isi sembilan nilai unsur SKM atau indeksnya saja, salah satu."),
        (
            {"indeks": 80.0, "nilai_unsur": [3.0] * 9},
            "indeks",
            "Isi sembilan nilai unsur SKM atau indeksnya saja",
        ),
        (
            {"nilai_unsur": [3.0] * 8},
            "nilai_unsur",
            "Indeks SKM memerlukan 9 nilai unsur (U1 sampai U9); yang diisi 8 nilai.",
        ),
        (
            {"nilai_unsur": [3.0] * 3 + [4.5] + [3.0] * 5},
            "nilai_unsur",
            "Nilai unsur U4 (Biaya/Tarif) harus antara 1 dan 4; yang diisi 4,5.",
        ),
        ({"indeks": 80.0, "responden": -1}, "responden", "Jumlah responden -1 di luar batas"),
        ({"indeks": 80.0, "catatan": "a\x1bb"}, "catatan", "Catatan berisi karakter kendali"),
    ):
        with pytest.raises(ValidationFailed) as caught:
            service.set_skm(unit, 2025, **kwargs)
        assert [p.field for p in caught.value.problems] == [field], caught.value.problems
        assert says in caught.value.problems[0].message, caught.value.problems
    with pytest.raises(ValidationFailed, match=f"Tahun SKM {this_year + 1} di luar batas"):
        service.set_skm(unit, this_year + 1, indeks=80.0)
    with pytest.raises(ValidationFailed, match="Tahun 2010 tidak tercakup tabel SKM"):
        service.set_skm(unit, 2010, indeks=80.0)
    with pytest.raises(NotFound):
        service.set_skm(999_999, 2025, indeks=80.0)
    assert live_rows(service.db) == 0


def test_one_survey_per_unit_and_year_changed_with_its_revision(
    service: SkmService, register: Register
) -> None:
    unit = register.units["BID-STA"]
    sid = service.set_skm(unit, 2025, indeks=70.0, responden=100)
    with pytest.raises(ValidationFailed, match="sudah memiliki SKM tahun 2025"):
        service.set_skm(unit, 2025, indeks=90.0)
    assert service.set_skm(unit, 2025, indeks=90.0, expected_revision=1) == sid
    with pytest.raises(StaleRecord, match=r"SKM Bidang Statistik 2025 sudah diubah .*admin"):
        service.set_skm(unit, 2025, nilai_unsur=[3.0] * 9, expected_revision=1)
    # From the index to the nine means: the means are stored and the index follows them.
    service.set_skm(unit, 2025, nilai_unsur=[3.0] * 9, responden=250, expected_revision=2)
    [record] = service.skm(2025)
    assert (record.indeks, record.mutu.kode, record.responden, record.revision) == (
        75.0,
        "C",
        250,
        3,
    )
    with pytest.raises(StaleRecord):
        service.delete_skm(sid, expected_revision=2)
    service.delete_skm(sid, expected_revision=3)
    assert service.skm(2025) == []
    with pytest.raises(NotFound):
        service.delete_skm(sid, expected_revision=4)
    # Gone: the tombstone does not block a new survey, and an editor still holding the old
    # record is told it changed.
    with pytest.raises(StaleRecord):
        service.set_skm(unit, 2025, indeks=80.0, expected_revision=3)
    service.set_skm(unit, 2025, indeks=80.0)
    assert [r.indeks for r in service.skm(2025)] == [80.0]


def test_list_follows_the_unit_tree(service: SkmService, register: Register) -> None:
    for kode in ("BID-STA", "SEKSI-PGB", "DINAS", "BID-APL"):
        service.set_skm(register.units[kode], 2025, indeks=80.0)
    assert [r.unit_kode for r in service.skm(2025)] == ["DINAS", "BID-APL", "SEKSI-PGB", "BID-STA"]


# -- the impact view --------------------------------------------------------------------------


def activity(
    db: Database,
    nama: str,
    tahun: int,
    jp: float,
    peserta: list[int],
    *,
    rencana: int,
    realisasi: int | None = None,
    deleted: bool = False,
) -> None:
    """An activity with its participants, as rows (the activity editor is its own slice)."""
    with Session(db.engine) as session:
        row = Pelatihan(
            nama=nama,
            jenis_diklat="3",
            mulai=date(tahun, 3, 2),
            selesai=date(tahun, 3, 4),
            tahun=tahun,
            satuan="jp",
            jumlah=jp,
            jp=jp,
            aturan_versi="konversi_jp@2019-02-01",
            biaya_rencana=rencana,
            biaya_realisasi=realisasi,
            deleted_at=datetime.now(UTC) if deleted else None,
        )
        session.add(row)
        session.flush()
        for employee_id in peserta:
            session.add(PesertaPelatihan(pelatihan_id=row.id, employee_id=employee_id))
        session.commit()


@pytest.fixture
def impact(service: SkmService, register: Register) -> dict[str, Any]:
    """BID-APL (ahmad; siti and budi in its SEKSI-PGB) and BID-STA (dewi) surveyed in 2026,
    the head office (DINAS) only in 2025."""
    db, p = service.db, register.people
    # Realised 6,000,000 over three: 2,000,000 each; the planned 7,000,000 is not used.
    activity(db, "Pelatihan Pelayanan Publik", TAHUN, 24, [p["ahmad"], p["siti"], p["dewi"]],
             rencana=7_000_000, realisasi=6_000_000)  # fmt: skip
    # Not realised yet: the planned 900,000 over three, 300,000 each.
    activity(db, "Seminar Manajemen Proyek", TAHUN, 3, [p["budi"], p["siti"], p["hidayat"]],
             rencana=900_000)  # fmt: skip
    activity(db, "Diklat 2025", 2025, 20, [p["ahmad"]], rencana=5_000_000, realisasi=5_000_000)
    activity(db, "Dibatalkan", TAHUN, 20, [p["ahmad"]], rencana=8_000_000, deleted=True)
    service.set_skm(register.units["BID-APL"], TAHUN, indeks=82.5, responden=300)
    service.set_skm(register.units["BID-STA"], TAHUN, nilai_unsur=[3.6] * 9, responden=150)
    service.set_skm(register.units["DINAS"], 2025, indeks=70.0)
    return p


def test_impact_agrees_with_a_hand_count(
    service: SkmService, impact: dict[str, Any], register: Register
) -> None:
    found = {d.unit_kode: d for d in service.dampak(TAHUN, as_of=AS_OF)}
    assert list(found) == ["BID-APL", "BID-STA"]
    apl = found["BID-APL"]
    # Staff: ahmad, siti, budi (the seksi counts in its bidang). JP: ahmad 24, siti 24 + 3,
    # budi 3; target 20 each: ahmad and siti meet it.
    assert (apl.indeks, apl.mutu.kode, apl.responden) == (82.5, "B", 300)
    assert (apl.staff, apl.memenuhi_target, apl.persen_memenuhi, apl.jp_rata2) == (
        3,
        2,
        66.67,
        18.0,
    )
    # ahmad 2,000,000 + siti 2,000,000 + 300,000 + budi 300,000
    assert (apl.biaya, apl.biaya_per_pegawai) == (4_600_000, 1_533_333.33)
    sta = found["BID-STA"]
    assert (sta.indeks, sta.mutu.kode, sta.mutu.label) == (90.0, "A", "Sangat Baik")
    assert (sta.staff, sta.memenuhi_target, sta.persen_memenuhi, sta.jp_rata2) == (
        1,
        1,
        100.0,
        24.0,
    )
    assert (sta.biaya, sta.biaya_per_pegawai) == (2_000_000, 2_000_000.0)

    # The same figures as the compliance page's units.
    units = {u.kode: u for u in ComplianceService(service.db).laporan(TAHUN, as_of=AS_OF).unit}
    for kode, d in found.items():
        u = units[kode]
        assert (d.staff, d.memenuhi_target, d.persen_memenuhi, d.jp_rata2) == (
            u.staff,
            u.meeting_target,
            u.share,
            u.jp_rata2,
        )

    [dinas] = service.dampak(2025, as_of=AS_OF)
    # 2025: ahmad's Diklat (5,000,000) counts in the head office through its bidang.
    assert (dinas.unit_kode, dinas.indeks, dinas.mutu.kode, dinas.biaya) == (
        "DINAS",
        70.0,
        "C",
        5_000_000,
    )
    assert service.dampak(2024) == []


@pytest.fixture
def viewer(register_db: Database) -> Iterator[SkmService]:
    assert register_db.path is not None
    other = open_as(register_db.path, "viewer")
    yield SkmService(other)
    other.close()


def test_a_viewer_reads_and_cannot_write(
    service: SkmService, viewer: SkmService, register: Register
) -> None:
    sid = service.set_skm(register.units["BID-STA"], 2025, indeks=80.0)
    assert [r.id for r in viewer.skm(2025)] == [sid]
    assert [d.skm_id for d in viewer.dampak(2025)] == [sid]
    for write in (
        lambda: viewer.set_skm(register.units["BID-APL"], 2025, indeks=80.0),
        lambda: viewer.set_skm(register.units["BID-STA"], 2025, indeks=70.0, expected_revision=1),
        lambda: viewer.delete_skm(sid, expected_revision=1),
    ):
        with pytest.raises(PermissionDenied, match="tidak berhak"):
            write()
    [record] = service.skm(2025)
    assert (record.indeks, record.revision) == (80.0, 1)
