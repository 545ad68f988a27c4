"""BudgetService: the yearly training budget by funding source, planned and realised cost,
cost per JP and per participant, providers, warnings; editing the budget."""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, date, datetime
from typing import Any

import pytest
from accounts import open_as
from sqlalchemy.orm import Session

from asn_desktop.db.competency_models import AnggaranPelatihan, Pelatihan
from asn_desktop.domain import PolicyTable
from asn_desktop.services import training_budget
from asn_desktop.services.database import Database
from asn_desktop.services.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from asn_desktop.services.training_budget import BudgetService, format_rupiah

from .helpers import Register, change_seq
from .test_jp_compliance import GONE, activity, add_employee, delete_employee

TAHUN = 2026
AS_OF = date(2026, 11, 27)


def budget(db: Database) -> BudgetService:
    return BudgetService(db)


def delete_activity(db: Database, pelatihan_id: int) -> None:
    with Session(db.engine) as session:
        row = session.get(Pelatihan, pelatihan_id)
        assert row is not None
        row.deleted_at = datetime.now(UTC)
        session.commit()


@pytest.fixture
def spending(register_db: Database, register: Register) -> dict[str, int]:
    """The year's activities: APBD planned 12.5 million against a 10 million budget, APBN
    planned without a budget, BLUD within its budget."""
    db = register_db
    p = register.people
    s = budget(db)
    s.set_anggaran(TAHUN, "APBD", 10_000_000, "DPA Bidang Pengembangan SDM")
    s.set_anggaran(TAHUN, "BLUD", 5_000_000)
    s.set_anggaran(2025, "APBD", 99_000_000)  # another year: not in 2026's sums
    # Enrolled, then deleted from the register: not a participant any more.
    gone = add_employee(db, GONE, "Gone Away", "PNS", register.units["BID-STA"], date(2016, 1, 1))
    ids: dict[str, int] = {
        "pelayanan": activity(
            db,
            "Pelatihan Pelayanan Publik",
            date(2026, 3, 2),
            date(2026, 3, 4),
            24,
            {p["ahmad"]: {}, p["siti"]: {}, p["budi"]: {"hasil": "tidak_lulus"}},
            penyelenggara="BPSDM Jawa Barat",
            sumber_dana="APBD",
            biaya_rencana=7_500_000,
            biaya_realisasi=7_200_000,
            reaksi_penyelenggara=3.5,
            reaksi_fasilitas=3.0,
            reaksi_pengajar=4.0,
        ),
        "proyek": activity(
            db,
            "Manajemen Proyek TI",
            date(2026, 9, 7),
            date(2026, 9, 11),
            40,
            {p["hidayat"]: {}, p["dewi"]: {"kehadiran": 60}, gone: {}},
            penyelenggara="BPSDM  Jawa Barat",  # the same provider, typed with two spaces
            sumber_dana="APBD",
            biaya_rencana=5_000_000,
            reaksi_penyelenggara=3.0,
        ),
        "magang": activity(
            db,
            "Magang Transportasi Cerdas",
            date(2026, 10, 5),
            date(2026, 10, 30),
            0,
            {},
            jenis_diklat="10",
            penyelenggara="Land Transport Authority",
            sumber_dana="APBN",
            biaya_rencana=3_000_000,
        ),
        "blud": activity(
            db,
            "Bimtek Keuangan BLUD",
            date(2026, 5, 4),
            date(2026, 5, 5),
            8,
            {p["siti"]: {}},
            penyelenggara="",
            sumber_dana="BLUD",
            biaya_rencana=1_000_000,
            biaya_realisasi=900_000,
        ),
    }
    delete_employee(db, gone)
    deleted = activity(
        db, "Dibatalkan", date(2026, 4, 1), date(2026, 4, 2), 8, {p["siti"]: {}},
        sumber_dana="APBD", biaya_rencana=50_000_000,
    )  # fmt: skip
    delete_activity(db, deleted)
    activity(db, "Tahun lalu", date(2025, 4, 1), date(2025, 4, 2), 8, {p["siti"]: {}},
             sumber_dana="APBD", biaya_rencana=1_000_000)  # fmt: skip
    return ids


def test_rupiah_format() -> None:
    assert format_rupiah(12_500_000) == "Rp 12.500.000"
    assert format_rupiah(0) == "Rp 0"
    assert format_rupiah(-2_500) == "-Rp 2.500"


def test_ringkasan_sums_per_source_and_total(
    register_db: Database, spending: dict[str, int]
) -> None:
    r = budget(register_db).ringkasan(TAHUN)
    per = {
        s.sumber_dana: (s.anggaran, s.rencana, s.realisasi, s.sisa, s.sisa_rencana, s.kegiatan,
                        s.belum_realisasi, s.ada_anggaran)
        for s in r.sumber
    }  # fmt: skip
    assert per == {
        "APBD": (10_000_000, 12_500_000, 7_200_000, 2_800_000, -2_500_000, 2, 1, True),
        "APBN": (0, 3_000_000, 0, 0, -3_000_000, 1, 1, False),
        "BLUD": (5_000_000, 1_000_000, 900_000, 4_100_000, 4_000_000, 1, 0, True),
    }
    assert [s.sumber_dana for s in r.sumber] == ["APBD", "APBN", "BLUD"]  # the policy's order
    assert r.sumber[0].nama == "APBD Kota Bandung"
    assert (r.anggaran, r.rencana, r.realisasi, r.sisa, r.sisa_rencana) == (
        15_000_000,
        16_500_000,
        8_100_000,
        6_900_000,
        -1_500_000,
    )
    assert budget(register_db).total_anggaran(TAHUN) == 15_000_000
    assert budget(register_db).total_anggaran(2024) == 0


def test_warnings_name_the_amounts(register_db: Database, spending: dict[str, int]) -> None:
    warnings = budget(register_db).ringkasan(TAHUN).peringatan
    assert warnings == [
        "Rencana biaya kegiatan dari APBD Kota Bandung tahun 2026 Rp 12.500.000 melebihi "
        "anggaran Rp 10.000.000 (lebih Rp 2.500.000).",
        "Rencana biaya kegiatan dari APBN tahun 2026 Rp 3.000.000 tanpa anggaran: belum ada "
        "anggaran pelatihan untuk sumber dana ini.",
        "Total rencana biaya kegiatan tahun 2026 Rp 16.500.000 melebihi total anggaran "
        "pelatihan Rp 15.000.000 (lebih Rp 1.500.000).",
    ]


def test_no_warning_within_the_budget(register_db: Database, spending: dict[str, int]) -> None:
    s = budget(register_db)
    apbd = next(a for a in s.anggaran(TAHUN) if a.sumber_dana == "APBD")
    s.set_anggaran(TAHUN, "APBD", 12_500_000, expected_revision=apbd.revision)
    s.set_anggaran(TAHUN, "APBN", 3_000_000)
    assert s.ringkasan(TAHUN).peringatan == []
    assert s.ringkasan(2024).sumber == [] and s.ringkasan(2024).peringatan == []


def test_a_source_needing_no_budget_is_not_warned_about(
    register_db: Database, spending: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    table = PolicyTable.from_dict(
        {
            "name": "sumber_dana",
            "versions": [
                {
                    "effective_from": "2017-03-30",
                    "source": "uji",
                    "values": {
                        "sumber": [
                            {"kode": "APBD", "nama": "APBD Kota Bandung"},
                            {"kode": "APBN", "nama": "APBN", "dianggarkan": False},
                            {"kode": "BLUD", "nama": "BLUD"},
                        ]
                    },
                }
            ],
        }
    )
    monkeypatch.setattr(training_budget, "policy", lambda name: table)
    warnings = budget(register_db).ringkasan(TAHUN).peringatan
    # APBD still exceeds; APBN needs no budget; the total of budgeted sources (13.5 million)
    # is within 15 million.
    assert len(warnings) == 1 and warnings[0].startswith("Rencana biaya kegiatan dari APBD")


def test_cost_per_activity(register_db: Database, spending: dict[str, int]) -> None:
    rows = {r.pelatihan_id: r for r in budget(register_db).biaya_kegiatan(TAHUN, as_of=AS_OF)}
    assert list(rows) == [spending[k] for k in ("pelayanan", "blud", "proyek", "magang")]
    pelayanan = rows[spending["pelayanan"]]
    # Three enrolled, Budi failed: 2 × 24 JP credited; the realised cost counts.
    assert (pelayanan.peserta, pelayanan.peserta_dihitung, pelayanan.jp_total) == (3, 2, 48.0)
    assert (pelayanan.biaya, pelayanan.biaya_per_jp, pelayanan.biaya_per_peserta) == (
        7_200_000,
        150_000.0,
        2_400_000.0,
    )
    assert pelayanan.indeks_reaksi == 3.5
    proyek = rows[spending["proyek"]]
    # Dewi attended 60%: one of two credited; not realised yet: the planned cost counts.
    assert (proyek.peserta_dihitung, proyek.jp_total, proyek.biaya_realisasi) == (1, 40.0, None)
    assert (proyek.biaya, proyek.biaya_per_jp, proyek.biaya_per_peserta) == (
        5_000_000,
        125_000.0,
        2_500_000.0,
    )
    magang = rows[spending["magang"]]
    assert (magang.peserta, magang.biaya_per_jp, magang.biaya_per_peserta) == (0, None, None)
    assert magang.indeks_reaksi is None
    # Not ended by the day asked about: nobody is credited yet, so no cost per JP.
    early = {
        r.pelatihan_id: r for r in budget(register_db).biaya_kegiatan(TAHUN, as_of=date(2026, 6, 1))
    }
    assert early[spending["proyek"]].biaya_per_jp is None
    assert early[spending["proyek"]].biaya_per_peserta == 2_500_000.0


def test_providers(register_db: Database, spending: dict[str, int]) -> None:
    found = {p.nama: p for p in budget(register_db).penyelenggara(TAHUN, as_of=AS_OF)}
    assert list(found) == ["BPSDM Jawa Barat", "Land Transport Authority", ""]
    bpsdm = found["BPSDM Jawa Barat"]
    assert (bpsdm.kegiatan, bpsdm.peserta, bpsdm.jp_total, bpsdm.biaya) == (2, 5, 88.0, 12_200_000)
    assert bpsdm.biaya_per_jp == round(12_200_000 / 88, 2)
    assert bpsdm.biaya_per_peserta == 2_440_000.0
    # Mean of the activities' indexes (3.5 and 3.0).
    assert (bpsdm.indeks_reaksi, bpsdm.kegiatan_dinilai) == (3.25, 2)
    assert found["Land Transport Authority"].indeks_reaksi is None
    # Every year: last year's APBD activity had no provider.
    every = {p.nama: p for p in budget(register_db).penyelenggara(as_of=AS_OF)}
    assert every[""].kegiatan == 2


# -- editing --------------------------------------------------------------------------------


def test_set_creates_updates_and_deletes(register_db: Database) -> None:
    s = budget(register_db)
    new_id = s.set_anggaran(TAHUN, "apbd", 10_000_000, "  DPA murni  ")
    (record,) = s.anggaran(TAHUN)
    assert (record.id, record.sumber_dana, record.jumlah, record.keterangan) == (
        new_id,
        "APBD",
        10_000_000,
        "DPA murni",
    )
    assert (record.revision, record.updated_by, record.nama_sumber) == (
        1,
        "admin",
        "APBD Kota Bandung",
    )
    assert s.set_anggaran(TAHUN, "APBD", 12_000_000, "DPA perubahan", expected_revision=1) == new_id
    (changed,) = s.anggaran(TAHUN)
    assert (changed.jumlah, changed.keterangan, changed.revision) == (
        12_000_000,
        "DPA perubahan",
        2,
    )
    before = change_seq(register_db)
    s.set_anggaran(TAHUN, "APBD", 12_000_000, "DPA perubahan", expected_revision=2)
    assert change_seq(register_db) == before  # nothing changed, nothing stamped
    s.delete_anggaran(new_id, expected_revision=2)
    assert s.anggaran(TAHUN) == [] and s.total_anggaran(TAHUN) == 0
    # The tombstone does not block entering it again.
    assert s.set_anggaran(TAHUN, "APBD", 1_000_000) != new_id
    with pytest.raises(NotFound):
        s.delete_anggaran(new_id, expected_revision=3)


def test_the_trail_records_the_budget(register_db: Database) -> None:
    budget(register_db).set_anggaran(TAHUN, "APBD", 10_000_000)
    assert trail(register_db) == [("anggaran_pelatihan", "create")]


def test_stale_edits_are_refused(register_db: Database) -> None:
    s = budget(register_db)
    other = open_as(register_db.path or "", "operator")
    try:
        anggaran_id = s.set_anggaran(TAHUN, "APBD", 10_000_000)
        BudgetService(other).set_anggaran(TAHUN, "APBD", 11_000_000, expected_revision=1)
        with pytest.raises(StaleRecord, match="operator"):
            s.set_anggaran(TAHUN, "APBD", 9_000_000, expected_revision=1)
        # Opened empty while someone else entered it: not written over, and told who.
        with pytest.raises(StaleRecord) as caught:
            s.set_anggaran(TAHUN, "APBD", 9_000_000)
        message = str(caught.value)
        assert message.startswith(
            f"Anggaran pelatihan APBD Kota Bandung tahun {TAHUN} baru saja disimpan oleh operator ("
        ), message
        assert message.endswith(
            f"buka kembali anggaran tahun {TAHUN} untuk melihat jumlah itu dan mengubahnya. "
            "Isian Anda belum disimpan."
        ), message
        with pytest.raises(StaleRecord):
            s.delete_anggaran(anggaran_id, expected_revision=1)
        BudgetService(other).delete_anggaran(anggaran_id, expected_revision=2)
        with pytest.raises(StaleRecord, match="dihapus"):
            s.set_anggaran(TAHUN, "APBD", 9_000_000, expected_revision=2)
    finally:
        other.close()
    assert s.anggaran(TAHUN) == []


def test_two_clerks_entering_one_new_line_at_once(register_db: Database) -> None:
    """On SQLite the write lock makes one wait for the other: the second finds the first's
    line and is told who saved it; one line, the winner's figure, one audit entry."""
    path = register_db.path
    assert path is not None
    other = open_as(path, "operator")
    barrier = threading.Barrier(2, timeout=30)
    lock = threading.Lock()
    winners: list[str] = []
    errors: list[BaseException] = []
    amounts = {"admin": 10_000_000, "operator": 20_000_000}

    def run(db: Database) -> None:
        try:
            barrier.wait()
            budget(db).set_anggaran(2027, "APBD", amounts[db.actor])
        except BaseException as exc:
            with lock:
                errors.append(exc)
        else:
            with lock:
                winners.append(db.actor)

    try:
        threads = [threading.Thread(target=run, args=(db,)) for db in (register_db, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(60)
            assert not thread.is_alive(), "a clerk hung"
    finally:
        other.close()
    assert len(winners) == 1 and len(errors) == 1, (winners, errors)
    assert isinstance(errors[0], StaleRecord), repr(errors[0])
    assert str(errors[0]).startswith(
        f"Anggaran pelatihan APBD Kota Bandung tahun 2027 baru saja disimpan oleh {winners[0]} ("
    ), str(errors[0])
    (line,) = budget(register_db).anggaran(2027)
    assert (line.jumlah, line.revision, line.updated_by) == (amounts[winners[0]], 1, winners[0])
    assert trail(register_db) == [("anggaran_pelatihan", "create")]


def test_a_line_the_check_missed_is_refused_by_the_unique_index(
    register_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As on PostgreSQL when the other clerk's insert was not yet committed at the look:
    the year's unique rule refuses the second line, and the clerk is told who saved the
    first, not shown the database's error."""
    path = register_db.path
    assert path is not None
    other = open_as(path, "operator")
    try:
        budget(other).set_anggaran(2027, "APBD", 5_000_000, "DPA murni")
    finally:
        other.close()
    real = training_budget._anggaran_row
    looks: list[int] = []

    def missed_once(*args: Any, **kwargs: Any) -> Any:
        looks.append(1)
        return None if len(looks) == 1 else real(*args, **kwargs)

    monkeypatch.setattr(training_budget, "_anggaran_row", missed_once)
    before = change_seq(register_db)
    with pytest.raises(StaleRecord) as caught:
        budget(register_db).set_anggaran(2027, "apbd", 9_000_000)
    message = str(caught.value)
    assert message.startswith(
        "Anggaran pelatihan APBD Kota Bandung tahun 2027 baru saja disimpan oleh operator ("
    ), message
    assert "bentrok" not in message and "UNIQUE" not in message
    assert len(looks) == 2  # the look that missed, and the one naming who saved it
    assert change_seq(register_db) == before
    (line,) = budget(register_db).anggaran(2027)
    assert (line.jumlah, line.keterangan, line.updated_by) == (5_000_000, "DPA murni", "operator")
    assert trail(register_db) == [("anggaran_pelatihan", "create")]


def trail(db: Database) -> list[tuple[str, str]]:
    assert db.path is not None
    conn = sqlite3.connect(db.path)
    try:
        return conn.execute(
            "SELECT entity_type, action FROM audit_log WHERE entity_type = 'anggaran_pelatihan'"
            " ORDER BY id"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("args", "field", "words"),
    [
        ((TAHUN, "DANA_DESA", 1_000), "sumber_dana", "DANA_DESA"),
        ((TAHUN, "APBD", -5_000), "jumlah", "Rp 5.000"),
        ((TAHUN, "APBD", 1.5), "jumlah", "rupiah bulat"),
        ((TAHUN, "APBD", True), "jumlah", "rupiah bulat"),
        ((TAHUN, "APBD", 10**16), "jumlah", "melebihi batas"),
        ((1969, "APBD", 1_000), "tahun", "1969"),
        ((TAHUN, "APBD", 1_000, "DPA\x1b[2J"), "keterangan", "Keterangan anggaran berisi"),
        ((TAHUN, "APBD", 1_000, "x" * 1001), "keterangan", "1001"),
        ((TAHUN, "APBD", 1_000, "x" * 100_000), "keterangan", "100000 karakter; maksimal 1000"),
        ((TAHUN, "APBD", 1_000, "DPA\u202e"), "keterangan", "pengatur arah teks U+202E"),
    ],
)
def test_bad_input_saves_nothing(
    register_db: Database, args: tuple[Any, ...], field: str, words: str
) -> None:
    before = change_seq(register_db)
    with pytest.raises(ValidationFailed) as caught:
        budget(register_db).set_anggaran(*args)
    assert [p.field for p in caught.value.problems] == [field]
    assert words in caught.value.problems[0].message
    assert change_seq(register_db) == before
    with Session(register_db.engine) as session:
        assert session.query(AnggaranPelatihan).count() == 0


def test_a_viewer_reads_everything_and_sets_nothing(
    register_db: Database, spending: dict[str, int]
) -> None:
    path = register_db.path
    assert path is not None
    viewer = open_as(path, "viewer")
    try:
        s = BudgetService(viewer)
        (apbd, blud) = s.anggaran(TAHUN)
        assert (apbd.sumber_dana, blud.sumber_dana) == ("APBD", "BLUD")
        assert s.ringkasan(TAHUN).anggaran == 15_000_000
        assert len(s.biaya_kegiatan(TAHUN, as_of=AS_OF)) == 4
        assert s.penyelenggara(TAHUN, as_of=AS_OF)
        assert s.total_anggaran(TAHUN) == 15_000_000
        assert [x.kode for x in s.sumber_dana(TAHUN)][:2] == ["APBD", "APBD_PROVINSI"]
        before = change_seq(viewer)
        with pytest.raises(PermissionDenied, match="tidak berhak"):
            s.set_anggaran(TAHUN, "APBN", 1_000_000)
        with pytest.raises(PermissionDenied):
            s.set_anggaran(TAHUN, "APBD", 1, expected_revision=apbd.revision)
        with pytest.raises(PermissionDenied):
            s.delete_anggaran(apbd.id, expected_revision=apbd.revision)
        assert change_seq(viewer) == before
        assert [a.jumlah for a in s.anggaran(TAHUN)] == [10_000_000, 5_000_000]
    finally:
        viewer.close()
