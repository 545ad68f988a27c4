"""Development activities, participants, certificates and degree study (services.trainings)."""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from asn_desktop.resources import policy_data
from sqlalchemy import String, Text, func, select

from asn_desktop.db import competency_models as cm
from asn_desktop.db.access_models import AuditEntry
from asn_desktop.domain import TEXT_FIELDS, PolicyTable
from asn_desktop.domain.jp import SatuanJp
from asn_desktop.services import trainings as trainings_module
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import NotFound, PermissionDenied, StaleRecord, ValidationFailed
from asn_desktop.services.jp_tahunan import jp_of_years, jp_per_employee
from asn_desktop.services.spreadsheet import ExportCancelled
from asn_desktop.services.trainings import (
    EXPORT_COLUMNS,
    MAX_BIAYA,
    MAX_SERTIFIKAT_BYTES,
    SORT_KEYS,
    PelatihanDraft,
    PelatihanQuery,
    PesertaDraft,
    TrainingService,
    TugasBelajarDraft,
    indeks_reaksi,
    peserta_field,
    peserta_of_field,
)

from .appraisal_helpers import fingerprint
from .helpers import AHMAD, SITI, TODAY, Register, make_draft

TODAY_REAL = date.today()
LAST_YEAR = TODAY_REAL.year - 1
PDF_BYTES = b"%PDF-1.4\n% STTP\n" * 50
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 100


def workshop(**changes: Any) -> PelatihanDraft:
    """A three-day national workshop of last year (5 JP a day: 15 JP)."""
    values: dict[str, Any] = {
        "nama": "Workshop Digitalisasi Layanan Publik",
        "jenis_diklat": "4",
        "mulai": date(LAST_YEAR, 5, 5),
        "selesai": date(LAST_YEAR, 5, 7),
        "penyelenggara": "BPSDM Provinsi Jawa Barat",
        "tempat": "Bandung",
        "biaya_rencana": 15_000_000,
    }
    values.update(changes)
    return PelatihanDraft(**values)


@pytest.fixture
def service(register_db: Database) -> TrainingService:
    return TrainingService(register_db)


@pytest.fixture
def db_file(register_db: Database) -> Path:
    assert register_db.path is not None
    return register_db.path


@pytest.fixture
def viewer(db_file: Path) -> Iterator[TrainingService]:
    database = open_as(db_file, "viewer")
    yield TrainingService(database)
    database.close()


def refused_unchanged(
    db_file: Path, call: Callable[[], Any], error: type[Exception] = ValidationFailed
) -> BaseException:
    before = fingerprint(db_file)
    with pytest.raises(error) as caught:
        call()
    assert fingerprint(db_file) == before, "a refused call wrote to the database"
    return caught.value


def problem(exc: BaseException, field: str) -> str:
    assert isinstance(exc, ValidationFailed), exc
    messages = [p.message for p in exc.problems if p.field == field]
    assert messages, (field, exc.problems)
    return messages[0]


def audit_count(db: Database, entity_type: str, action: str = "create") -> int:
    with db.reading() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(AuditEntry.entity_type == entity_type, AuditEntry.action == action)
            )
            or 0
        )


# -- counting and storing ------------------------------------------------------------------------


def test_an_activity_stores_its_amount_counted_jp_and_rule_version(
    service: TrainingService,
) -> None:
    pid = service.create(
        workshop(
            nama="  Workshop   Digitalisasi  ",
            reaksi_penyelenggara=3.5,
            reaksi_fasilitas=3.0,
            reaksi_pengajar=None,
        )
    )
    record = service.pelatihan(pid)
    assert record.nama == "Workshop Digitalisasi"  # one line, single spaces
    assert (record.satuan, record.jumlah, record.jp) == (SatuanJp.HARI, 3.0, 15.0)
    assert record.satuan_label == "hari"
    assert record.aturan_versi == "konversi_jp@2019-02-01" and record.aturan_dikonfirmasi
    assert record.jenis_label == "Workshop" and record.klasikal
    assert record.tahun == LAST_YEAR and record.revision == 1
    assert record.penjelasan == "3 hari × 5 JP = 15 JP" and record.peringatan == ()
    assert record.indeks_reaksi == 81.25  # (3.5 + 3.0) / 2 × 25
    assert record.jumlah_peserta == 0 and record.updated_by == "admin"
    assert record.as_draft().jumlah == 3.0


@pytest.mark.parametrize(
    ("changes", "jp", "satuan", "confirmed", "warning"),
    [
        ({"jenis_diklat": "3", "jumlah": 32}, 32.0, SatuanJp.JP, True, None),
        ({"jenis_diklat": "3", "jumlah": 30, "internasional": True}, 36.0, SatuanJp.JP, False,
         "20%"),
        ({"internasional": True}, 21.0, SatuanJp.HARI, False, "7 JP per hari"),
        ({"jenis_diklat": "14", "jumlah": 5}, 4.0, SatuanJp.SESI, True, "2 sesi per bulan"),
        ({"jenis_diklat": "20"}, 10.0, SatuanJp.KUNJUNGAN, True, None),
        ({"jenis_diklat": "10", "internasional": True}, 24.0, SatuanJp.PENEMPATAN, True, None),
        ({"jenis_diklat": "16", "jumlah": 20}, 9.0, SatuanJp.JP, True, "3 JP per hari"),
        ({"jenis_diklat": "4", "jumlah": 2}, 10.0, SatuanJp.HARI, True, None),
    ],
    ids=["stated-jp", "abroad+20%", "workshop-abroad", "coaching-cap", "benchmarking",
         "internship-abroad", "elearning-day-cap", "two-of-three-days"],
)  # fmt: skip
def test_each_kind_of_rule_is_counted_in_its_unit(
    service: TrainingService,
    changes: dict[str, Any],
    jp: float,
    satuan: SatuanJp,
    confirmed: bool,
    warning: str | None,
) -> None:
    record = service.pelatihan(service.create(workshop(**changes)))
    assert (record.jp, record.satuan, record.aturan_dikonfirmasi) == (jp, satuan, confirmed)
    if warning is None:
        assert record.peringatan == ()
    else:
        assert any(warning in w for w in record.peringatan), record.peringatan
    nonklasikal = changes.get("jenis_diklat") in ("14", "20", "16")
    assert record.klasikal is not nonklasikal


def test_an_activity_across_new_year_counts_in_the_year_it_ends(
    service: TrainingService,
) -> None:
    pid = service.create(workshop(mulai=date(LAST_YEAR - 1, 12, 30), selesai=date(LAST_YEAR, 1, 2)))
    record = service.pelatihan(pid)
    assert (record.tahun, record.jumlah, record.jp) == (LAST_YEAR, 4.0, 20.0)
    assert service.search_ids(PelatihanQuery(tahun=LAST_YEAR)) == [pid]
    assert service.search_ids(PelatihanQuery(tahun=LAST_YEAR - 1)) == []


def test_preview_counts_without_saving_and_names_the_problem(
    service: TrainingService, viewer: TrainingService, db_file: Path
) -> None:
    before = fingerprint(db_file)
    hasil = viewer.preview_jp(workshop(jenis_diklat="9", internasional=True))
    assert (hasil.jp, hasil.satuan) == (18.0, SatuanJp.HARI)  # seminar abroad: 6 a day
    assert "6 JP" in hasil.penjelasan
    error = refused_unchanged(db_file, lambda: service.preview_jp(workshop(jenis_diklat="3")))
    assert "Jumlah JP wajib diisi untuk Diklat Teknis" in problem(error, "jumlah")
    assert fingerprint(db_file) == before


def _changed_table() -> PolicyTable:
    """The shipped conversion table plus a version from 2020 that counts workshops 6 JP a
    day: as if the city set its own rule, effective retroactively."""
    raw = copy.deepcopy(policy_data("konversi_jp"))
    newer = copy.deepcopy(raw["versions"][-1])
    newer["effective_from"] = "2020-01-01"
    newer["source"] = "Uji: aturan kota"
    newer["values"]["jenis"]["4"]["nasional"] = 6
    raw["versions"].append(newer)
    return PolicyTable.from_dict(raw)


def test_editing_the_cost_keeps_the_jp_and_rule_version_of_a_past_activity(
    register_db: Database, service: TrainingService
) -> None:
    pid = service.create(workshop())
    later = TrainingService(register_db, konversi=_changed_table())
    record = later.pelatihan(pid)
    assert record.jp == 15.0  # stored, not recounted on reading
    assert any("menghitung kegiatan ini lain" in w for w in record.peringatan)

    draft = dataclasses.replace(record.as_draft(), biaya_realisasi=14_500_000)
    revision = later.update(pid, draft, expected_revision=record.revision)
    after = later.pelatihan(pid)
    assert after.revision == revision == 2 and after.biaya_realisasi == 14_500_000
    assert (after.jp, after.aturan_versi) == (15.0, "konversi_jp@2019-02-01")

    # No amount given and the dates' days unchanged: not a change of what is counted.
    draft = dataclasses.replace(after.as_draft(), jumlah=None, catatan="tanpa jumlah")
    later.update(pid, draft, expected_revision=after.revision)
    assert later.pelatihan(pid).jp == 15.0

    # The dates change: counted again, by the rule now in force at the end.
    moved = later.pelatihan(pid)
    draft = dataclasses.replace(moved.as_draft(), jumlah=None, selesai=date(LAST_YEAR, 5, 8))
    later.update(pid, draft, expected_revision=moved.revision)
    recounted = later.pelatihan(pid)
    assert (recounted.jumlah, recounted.jp) == (4.0, 24.0)
    assert recounted.aturan_versi == "konversi_jp@2020-01-01"
    assert recounted.penjelasan == "4 hari × 6 JP = 24 JP" and recounted.peringatan == ()


def test_an_update_without_changes_keeps_the_revision(
    service: TrainingService, db_file: Path
) -> None:
    pid = service.create(workshop())
    record = service.pelatihan(pid)
    assert service.update(pid, record.as_draft(), expected_revision=1) == 1
    assert service.pelatihan(pid).revision == 1
    typed = dataclasses.replace(record.as_draft(), jumlah="tiga")  # type: ignore[arg-type]
    error = refused_unchanged(db_file, lambda: service.update(pid, typed, expected_revision=1))
    assert problem(error, "jumlah") == "Jumlah harus berupa angka."


def test_a_stale_edit_is_refused_and_saves_nothing(service: TrainingService, db_file: Path) -> None:
    pid = service.create(workshop())
    draft = service.pelatihan(pid).as_draft()
    service.update(pid, dataclasses.replace(draft, tempat="Jakarta"), expected_revision=1)
    error = refused_unchanged(
        db_file,
        lambda: service.update(
            pid, dataclasses.replace(draft, tempat="Cimahi"), expected_revision=1
        ),
        StaleRecord,
    )
    assert "sudah diubah di tempat lain (oleh admin" in str(error)
    assert service.pelatihan(pid).tempat == "Jakarta"


HUGE = "A" * 100_000


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"nama": "  "}, "nama", "Nama kegiatan wajib diisi."),
        ({"nama": HUGE}, "nama", "Nama kegiatan terlalu panjang: 100000 karakter; maksimal 300"),
        ({"nama": "Work\x00shop"}, "nama", "Nama kegiatan berisi karakter kendali U+0000"),
        ({"penyelenggara": "BPSDM \u202eJabar"}, "penyelenggara", "pengatur arah teks"),
        ({"tempat": "Band\nung"}, "tempat", "Tempat harus satu baris"),
        ({"catatan": HUGE}, "catatan", "Catatan terlalu panjang"),
        ({"jenis_diklat": "99"}, "jenis_diklat", "'99' tidak dikenal"),
        ({"jenis_diklat": ""}, "jenis_diklat", "Jenis kegiatan wajib dipilih."),
        ({"selesai": date(LAST_YEAR, 5, 1)}, "selesai", "sebelum tanggal mulai (05-05-"),
        ({"jenis_diklat": "3"}, "jumlah", "Jumlah JP wajib diisi"),
        ({"jenis_diklat": "14"}, "jumlah", "Jumlah sesi wajib diisi"),
        ({"jumlah": -3}, "jumlah", "tidak boleh negatif"),
        ({"jumlah": 4}, "jumlah", "melebihi lama kegiatan"),
        ({"jumlah": float("nan")}, "jumlah", "harus berupa angka"),
        ({"mulai": date(2017, 3, 1), "selesai": date(2017, 3, 2)}, "selesai", "belum berlaku"),
        ({"selesai": TODAY_REAL + timedelta(days=3 * 366)}, "selesai", "terlalu jauh ke depan"),
        ({"latihan_struktural": "2"}, "latihan_struktural", "hanya untuk Diklat Struktural"),
        ({"jenis_diklat": "1", "jumlah": 40, "latihan_struktural": "99"}, "latihan_struktural",
         "'99' tidak dikenal"),
        ({"biaya_rencana": -1}, "biaya_rencana", "Biaya rencana tidak boleh negatif"),
        ({"biaya_realisasi": MAX_BIAYA + 1}, "biaya_realisasi", "terlalu besar"),
        ({"biaya_rencana": 1.5}, "biaya_rencana", "bilangan bulat rupiah"),
        ({"sumber_dana": "DANA_DESA"}, "sumber_dana", "Sumber dana 'DANA_DESA' tidak dikenal"),
        ({"min_kehadiran": 101}, "min_kehadiran", "Kehadiran minimal (%) 101 di luar batas"),
        ({"nilai_lulus": 120}, "nilai_lulus", "di luar batas"),
        ({"reaksi_pengajar": 5}, "reaksi_pengajar", "isi 1 sampai 4"),
        ({"reaksi_fasilitas": 0.5}, "reaksi_fasilitas", "0,5 di luar batas"),
        ({"kompetensi_kode": "sulap"}, "kompetensi_kode", "'sulap' tidak dikenal"),
    ],
)  # fmt: skip
def test_bad_activities_are_refused_naming_the_field_and_save_nothing(
    service: TrainingService, db_file: Path, changes: dict[str, Any], field: str, words: str
) -> None:
    error = refused_unchanged(db_file, lambda: service.create(workshop(**changes)))
    assert words in problem(error, field)
    assert len(str(error)) < 1000


def test_a_known_competency_and_a_leadership_course_are_accepted(
    service: TrainingService,
) -> None:
    pid = service.create(
        workshop(jenis_diklat="1", jumlah=180, latihan_struktural="2", kompetensi_kode="integritas")
    )
    record = service.pelatihan(pid)
    assert (record.latihan_struktural, record.kompetensi_kode, record.jp) == (
        "2",
        "integritas",
        180,
    )


def test_delete_takes_the_participants_along(
    service: TrainingService, register: Register, db_file: Path
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["ahmad"], register.people["siti"]])
    refused_unchanged(db_file, lambda: service.delete(pid, expected_revision=9), StaleRecord)
    service.delete(pid, expected_revision=1)
    assert service.search_ids(PelatihanQuery()) == []
    assert service.rows([pid]) == {}
    with pytest.raises(NotFound):
        service.pelatihan(pid)
    with pytest.raises(NotFound):
        service.peserta(pid)
    with service.db.reading() as session:
        left = session.scalars(
            select(cm.PesertaPelatihan).where(cm.PesertaPelatihan.pelatihan_id == pid)
        ).all()
        assert len(left) == 2 and all(p.deleted_at is not None for p in left)
    assert service.riwayat(register.people["ahmad"]) == []
    assert audit_count(service.db, "peserta_pelatihan", "delete") == 2


# -- the list -----------------------------------------------------------------------------------


@pytest.fixture
def three(service: TrainingService, register: Register) -> list[int]:
    """A workshop (2 participants), an e-learning (nobody) and a seminar (1), of last year."""
    a = service.create(workshop(nama="Workshop Layanan", reaksi_penyelenggara=3.0))
    b = service.create(
        workshop(
            nama="Kursus daring Python",
            jenis_diklat="16",
            jumlah=2,
            mulai=date(LAST_YEAR, 2, 1),
            selesai=date(LAST_YEAR, 2, 1),
            penyelenggara="LAN RI",
            tempat="Daring",
            biaya_rencana=0,
            sumber_dana="TANPA_BIAYA",
        )
    )
    c = service.create(
        workshop(
            nama="Seminar Manajemen Proyek",
            jenis_diklat="9",
            mulai=date(LAST_YEAR, 9, 1),
            selesai=date(LAST_YEAR, 9, 1),
            penyelenggara="bpsdm provinsi jawa barat",
            biaya_rencana=2_000_000,
            biaya_realisasi=20_000_000,
            reaksi_pengajar=4.0,
        )
    )
    service.enroll(a, [register.people["ahmad"], register.people["siti"]])
    service.enroll(c, [register.people["budi"]])
    return [a, b, c]


def test_the_list_filters_in_sql(service: TrainingService, three: list[int]) -> None:
    a, b, c = three
    ids = service.search_ids
    assert ids(PelatihanQuery(tahun=LAST_YEAR)) == [b, a, c]
    assert ids(PelatihanQuery(tahun=LAST_YEAR + 1)) == []
    assert ids(PelatihanQuery(jenis_diklat="16")) == [b]
    assert ids(PelatihanQuery(klasikal=False)) == [b]
    assert ids(PelatihanQuery(klasikal=True)) == [a, c]
    assert ids(PelatihanQuery(penyelenggara="BPSDM Provinsi  Jawa Barat")) == [a, c]
    assert ids(PelatihanQuery(sumber_dana="TANPA_BIAYA")) == [b]
    assert ids(PelatihanQuery(teks="daring")) == [b]  # the place
    assert ids(PelatihanQuery(teks="bpsdm proyek")) == [c]  # every word, any column
    assert ids(PelatihanQuery(teks="100%_")) == []


@pytest.mark.parametrize(
    ("sort", "ascending"),
    [
        ("mulai", "bac"),
        ("selesai", "bac"),
        ("nama", "bca"),  # Kursus, Seminar, Workshop
        ("jenis", "bca"),  # E-Learning, Seminar, Workshop: by the label
        ("penyelenggara", "acb"),  # a and c: one provider typed in two cases, by id
        ("tempat", "acb"),  # Bandung, Bandung, Daring
        ("jp", "bca"),  # 2, 4, 15
        ("peserta", "bca"),  # 0, 1, 2
        ("biaya", "bac"),  # 0, 15 M planned, 20 M realised
        ("sumber_dana", "acb"),
        ("reaksi", "acb"),  # 75, 100, none last
    ],
)
def test_the_list_sorts_in_sql_with_ties_by_id(
    service: TrainingService, three: list[int], sort: str, ascending: str
) -> None:
    by_letter = dict(zip("abc", three, strict=True))
    expected = [by_letter[x] for x in ascending]
    assert service.search_ids(PelatihanQuery(), sort) == expected
    down = service.search_ids(PelatihanQuery(), sort, descending=True)
    if sort == "reaksi":
        assert down == [by_letter["c"], by_letter["a"], by_letter["b"]]  # unrated still last
    else:
        assert down == expected[::-1]  # ties too: by id descending


def test_every_sort_key_runs(service: TrainingService, three: list[int]) -> None:
    for key in SORT_KEYS:
        assert sorted(service.search_ids(PelatihanQuery(), key)) == sorted(three)
    with pytest.raises(ValueError, match="cannot sort by"):
        service.search_ids(PelatihanQuery(), "gaji")


def test_rows_render_a_page(service: TrainingService, three: list[int]) -> None:
    a, _, c = three
    rows = service.rows([c, a, 999])
    assert set(rows) == {a, c}
    row = rows[c]
    assert (row.jenis_label, row.jp, row.jumlah_peserta) == ("Seminar", 4.0, 1)
    assert (row.biaya_rencana, row.biaya_realisasi, row.biaya) == (
        2_000_000,
        20_000_000,
        20_000_000,
    )
    assert row.indeks_reaksi == 100.0 and rows[a].indeks_reaksi == 75.0
    assert rows[a].biaya == 15_000_000 and rows[a].satuan is SatuanJp.HARI
    assert service.rows([]) == {}


def test_options_for_the_editor(service: TrainingService, three: list[int]) -> None:
    jenis = service.jenis_options()
    assert [j.id for j in jenis] == [str(i) for i in range(1, 26)]
    workshop_rule = jenis[3]
    assert (workshop_rule.label, workshop_rule.satuan, workshop_rule.klasikal) == (
        "Workshop",
        SatuanJp.HARI,
        True,
    )
    assert not jenis[16].dikonfirmasi  # pelatihan jarak jauh
    structural = service.latihan_struktural_options()
    assert [o.code for o in structural][:3] == ["1", "2", "3"] and len(structural) == 8
    funding = service.sumber_dana_options()
    assert [f.kode for f in funding][:3] == ["APBD", "APBD_PROVINSI", "APBN"]
    assert funding[0].nama == "APBD Kota Bandung" and len(funding) == 7
    assert service.penyelenggara_list() == [
        "BPSDM Provinsi Jawa Barat",
        "bpsdm provinsi jawa barat",
        "LAN RI",
    ]


# -- the export of the list ------------------------------------------------------------------


def _export_entries(db: Database) -> list[tuple[str, str, str]]:
    with db.reading() as session:
        return [
            (e.entity_type, e.entity_label, e.detail)
            for e in session.scalars(
                select(AuditEntry).where(AuditEntry.action == "export").order_by(AuditEntry.seq)
            )
        ]


def test_the_list_is_exported_as_filtered_and_sorted_and_the_export_audited(
    service: TrainingService, three: list[int], tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    told: list[tuple[int, int]] = []
    path = tmp_path / "kegiatan.xlsx"
    query = PelatihanQuery(tahun=LAST_YEAR, klasikal=True)

    def progress(done: int, total: int) -> bool:
        told.append((done, total))
        return True

    assert service.export_xlsx(path, query, "biaya", True, progress=progress) == 2
    assert told[0] == (0, 2)
    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    assert rows[0][0] == (
        f"Kegiatan pengembangan kompetensi tahun {LAST_YEAR} (diekspor {TODAY_REAL:%d-%m-%Y})"
    )
    assert list(rows[1]) == [header for header, _width, _options in EXPORT_COLUMNS]
    # The seminar's 20 M realised before the workshop's 15 M planned; no e-learning.
    assert [r[2] for r in rows[2:]] == ["Seminar Manajemen Proyek", "Workshop Layanan"]
    seminar = dict(zip(rows[1], rows[2], strict=True))
    assert (seminar["Kode jenis (SIASN)"], seminar["Jenis"], seminar["Bentuk"]) == (
        "9",
        "Seminar",
        "Klasikal",
    )
    assert (seminar["Jumlah"], seminar["Satuan"], seminar["JP"], seminar["Peserta"]) == (
        1,
        "hari",
        4,
        1,
    )
    assert (seminar["Biaya rencana (Rp)"], seminar["Biaya realisasi (Rp)"]) == (
        2_000_000,
        20_000_000,
    )
    assert (seminar["Internasional"], seminar["Indeks reaksi"]) == ("Tidak", 100)
    assert _export_entries(service.db) == [
        (
            "pelatihan",
            "Daftar kegiatan pengembangan kompetensi",
            f"2 kegiatan (tahun {LAST_YEAR}, klasikal) ke kegiatan.xlsx",
        )
    ]
    # The whole list, by default oldest first, without a progress callback.
    assert service.export_xlsx(tmp_path / "semua.xlsx", PelatihanQuery()) == 3
    rows = list(load_workbook(tmp_path / "semua.xlsx").active.iter_rows(values_only=True))
    assert rows[0][0].startswith("Kegiatan pengembangan kompetensi semua tahun (diekspor ")
    assert [r[2] for r in rows[2:]] == [
        "Kursus daring Python",
        "Workshop Layanan",
        "Seminar Manajemen Proyek",
    ]
    assert len(_export_entries(service.db)) == 2


def test_a_cancelled_export_leaves_no_file_and_no_audit_entry(
    service: TrainingService,
    three: list[int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = tmp_path / "ekspor"
    folder.mkdir()
    told: list[tuple[int, int]] = []

    def cancel_at_two(done: int, total: int) -> bool:
        told.append((done, total))
        return done < 2

    # Asked after every row instead of every 500, so three activities can be cancelled
    # halfway through.
    monkeypatch.setattr("asn_desktop.services.spreadsheet.PROGRESS_EVERY", 1)
    with pytest.raises(ExportCancelled):
        service.export_xlsx(folder / "kegiatan.xlsx", PelatihanQuery(), progress=cancel_at_two)
    assert told == [(0, 3), (1, 3), (2, 3)]
    with pytest.raises(ExportCancelled):  # before the first row
        service.export_xlsx(folder / "kegiatan.xlsx", PelatihanQuery(), progress=lambda *_: False)
    assert list(folder.iterdir()) == []
    assert _export_entries(service.db) == []


def test_a_viewer_may_not_export(
    service: TrainingService, viewer: TrainingService, three: list[int], tmp_path: Path,
    db_file: Path,
) -> None:  # fmt: skip
    path = tmp_path / "kegiatan.xlsx"
    error = refused_unchanged(
        db_file, lambda: viewer.export_xlsx(path, PelatihanQuery()), PermissionDenied
    )
    assert "tidak berhak" in str(error)
    assert not path.exists() and _export_entries(service.db) == []


def test_reaction_index() -> None:
    assert indeks_reaksi(None, None, None) is None
    assert indeks_reaksi(4, 4, 4) == 100.0
    assert indeks_reaksi(1, None, 2) == 37.5


# -- participants -------------------------------------------------------------------------------


def test_enrolling_writes_one_row_and_one_audit_entry_per_person(
    service: TrainingService, register: Register
) -> None:
    pid = service.create(workshop())
    assert service.enroll(pid, register.people.values()) == 5
    people = service.peserta(pid)
    assert [p.nama for p in people] == [
        "Ahmad Hidayat",
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        "Budi Santoso",
        "Dewi Lestari",
        "Siti Aminah, S.Kom.",
    ]
    first = people[1]
    assert (first.nip, first.unit, first.status_kepegawaian) == (
        AHMAD,
        "Bidang Aplikasi Informatika",
        "PNS",
    )
    assert (first.hasil, first.kehadiran, first.jp_dikreditkan) == ("mengikuti", 100, 15.0)
    assert not first.ada_sertifikat and not first.pegawai_dihapus
    assert audit_count(service.db, "peserta_pelatihan") == 5
    assert service.pelatihan(pid).jumlah_peserta == 5


def _forty_more(db: Database) -> list[int]:
    """35 more employees, so that with the register's five there are forty."""
    employees = EmployeeService(db)
    first = ("Asep", "Dadang", "Euis", "Neneng", "Ujang", "Yayan", "Cecep")
    last = ("Sunarya", "Permana", "Rahayu", "Kurnia", "Gunawan")
    ids = []
    for number, (given, family) in enumerate(((g, f) for g in first for f in last), start=1):
        nip = f"19900101201503{1 + number % 2}{number:03d}"
        ids.append(employees.create(make_draft(nip, f"{given} {family}"), today=TODAY))
    assert len(ids) == 35
    return ids


def test_forty_at_once_is_one_transaction(
    register_db: Database, service: TrainingService, register: Register, db_file: Path
) -> None:
    everyone = list(register.people.values()) + _forty_more(register_db)
    pid = service.create(workshop())
    service.enroll(pid, [register.people["dewi"]])
    # One of the forty is enrolled already: nobody is.
    error = refused_unchanged(db_file, lambda: service.enroll(pid, everyone))
    assert "Dewi Lestari (NIP 19910505 202321 2 004) sudah terdaftar" in problem(
        error, "employee_ids"
    )
    others = [e for e in everyone if e != register.people["dewi"]]
    with register_db.reading() as session:
        seq_before = session.scalar(select(func.max(AuditEntry.seq)))
    assert service.enroll(pid, others) == 39
    with register_db.reading() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.seq > (seq_before or 0))
        ).all()
    assert len(entries) == 39
    assert {e.entity_type for e in entries} == {"peserta_pelatihan"}
    assert len({e.at for e in entries}) == 1  # one transaction, one time
    assert len(service.peserta(pid)) == 40


def test_enrolment_refuses_unknown_deleted_repeated_and_empty(
    register_db: Database, service: TrainingService, register: Register, db_file: Path
) -> None:
    pid = service.create(workshop())
    employees = EmployeeService(register_db)
    gone = register.people["hidayat"]
    employees.delete(gone, expected_revision=employees.get(gone).revision)
    cases = [
        ([register.people["ahmad"], 9999], "id 9999 tidak ada di daftar pegawai"),
        (
            [register.people["siti"], gone],
            "Ahmad Hidayat (NIP 19850315 201212 1 005) sudah dihapus",
        ),
        ([register.people["siti"], register.people["siti"]], "dipilih lebih dari sekali"),
        ([], "Pilih paling sedikit satu pegawai."),
    ]
    for ids, words in cases:
        error = refused_unchanged(db_file, partial(service.enroll, pid, ids))
        assert words in problem(error, "employee_ids")
    refused_unchanged(db_file, lambda: service.enroll(9999, [gone]), NotFound)


def test_enrolling_by_nip_accepts_grouped_nips_and_names_unknown_ones(
    register_db: Database, service: TrainingService, register: Register, db_file: Path
) -> None:
    pid = service.create(workshop())
    cases = [
        (["19850315 201001 1 002", "199901012020011099"],
         "Tidak ada pegawai dengan NIP 199901012020011099."),
        (["19850315.201001.1.002", AHMAD], "NIP 19850315 201001 1 002 disebut lebih dari sekali."),
        ([" "], "Ada NIP yang kosong."),
        (["9" * 100_000], "Tidak ada pegawai dengan NIP 9999"),
    ]  # fmt: skip
    for nips, words in cases:
        error = refused_unchanged(db_file, partial(service.enroll_nips, pid, nips))
        message = problem(error, "nip")
        assert words in message and len(message) < 300
    assert service.enroll_nips(pid, ["19850315 201001 1 002", "19900220.201503.2.001"]) == 2
    assert {p.nip for p in service.peserta(pid)} == {AHMAD, SITI}
    error = refused_unchanged(db_file, lambda: service.enroll_nips(pid, [SITI]))
    assert "Siti Aminah (NIP 19900220 201503 2 001) sudah terdaftar" in problem(error, "nip")


def test_a_removed_participant_may_be_enrolled_again(
    service: TrainingService, register: Register
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["ahmad"]])
    (ahmad,) = service.peserta(pid)
    service.remove_peserta(ahmad.id, expected_revision=ahmad.revision)
    assert service.peserta(pid) == []
    assert service.enroll(pid, [register.people["ahmad"]]) == 1
    with pytest.raises(NotFound):
        service.peserta_record(ahmad.id)


def test_a_deleted_employee_stays_in_the_activity_history(
    register_db: Database, service: TrainingService, register: Register
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["siti"]])
    employees = EmployeeService(register_db)
    siti = register.people["siti"]
    employees.delete(siti, expected_revision=employees.get(siti).revision)
    (row,) = service.peserta(pid)
    assert row.pegawai_dihapus and row.nama == "Siti Aminah, S.Kom."
    assert service.peserta_record(row.id).nama == "Siti Aminah, S.Kom."
    assert [r.nama for r in service.riwayat(siti)] == ["Workshop Digitalisasi Layanan Publik"]


def test_credited_jp_agrees_with_the_yearly_query(
    register_db: Database, service: TrainingService, register: Register
) -> None:
    past = service.create(workshop(min_kehadiran=75))
    future = service.create(
        workshop(
            nama="Workshop tahun depan",
            mulai=date(TODAY_REAL.year + 1, 3, 2),
            selesai=date(TODAY_REAL.year + 1, 3, 3),
        )
    )
    people = register.people
    service.enroll(past, people.values())
    service.enroll(future, [people["ahmad"]])
    marks = {
        "ahmad": PesertaDraft(hasil="lulus"),
        "siti": PesertaDraft(hasil="tidak_lulus"),
        "budi": PesertaDraft(kehadiran=70),
        "dewi": PesertaDraft(kehadiran=75, nilai_pre=40, nilai_post=85.5),
    }
    by_employee = {p.employee_id: p for p in service.peserta(past)}
    for key, draft in marks.items():
        row = by_employee[people[key]]
        service.update_peserta(row.id, draft, expected_revision=row.revision)
    credited = {p.employee_id: p.jp_dikreditkan for p in service.peserta(past)}
    assert credited == {
        people["ahmad"]: 15.0,
        people["siti"]: 0.0,
        people["budi"]: 0.0,
        people["dewi"]: 15.0,
        people["hidayat"]: 15.0,
    }
    assert [p.jp_dikreditkan for p in service.peserta(future)] == [0.0]
    with register_db.reading() as session:
        yearly = jp_per_employee(session, LAST_YEAR)
        next_year = jp_per_employee(session, TODAY_REAL.year + 1)
    assert yearly == {e: jp for e, jp in credited.items() if jp}
    assert next_year == {}


def test_participant_input_is_checked_and_nothing_saved(
    service: TrainingService, register: Register, db_file: Path
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["ahmad"]])
    (row,) = service.peserta(pid)
    cases = [
        (PesertaDraft(kehadiran=101), "kehadiran", "Kehadiran (%) 101 di luar batas"),
        (PesertaDraft(kehadiran=True), "kehadiran", "harus berupa angka"),
        (PesertaDraft(nilai_pre=-1), "nilai_pre", "Nilai pre-test -1 di luar batas"),
        (PesertaDraft(nilai_post=float("inf")), "nilai_post", "harus berupa angka"),
        (PesertaDraft(hasil="cumlaude"), "hasil", "'cumlaude' tidak dikenal"),
        (PesertaDraft(sttp_nomor=HUGE), "sttp_nomor", "Nomor STTP terlalu panjang"),
        (PesertaDraft(sttp_nomor="STTP\x1b[2J"), "sttp_nomor", "karakter kendali"),
        (PesertaDraft(sttp_tanggal=date(LAST_YEAR, 5, 4)), "sttp_tanggal",
         "sebelum kegiatan dimulai (05-05-"),
        (PesertaDraft(sttp_tanggal=TODAY_REAL + timedelta(days=1)), "sttp_tanggal",
         "setelah hari ini"),
    ]  # fmt: skip
    for draft, field, words in cases:
        error = refused_unchanged(
            db_file,
            partial(service.update_peserta, row.id, draft, expected_revision=1),
        )
        assert words in problem(error, field)
    good = PesertaDraft(
        kehadiran=90, nilai_pre=55, nilai_post=80, hasil="lulus", sttp_nomor="  STTP/12/2025 ",
        sttp_tanggal=date(LAST_YEAR, 5, 7), catatan="Peserta terbaik",
    )  # fmt: skip
    assert service.update_peserta(row.id, good, expected_revision=1) == 2
    after = service.peserta_record(row.id)
    assert after.as_draft() == dataclasses.replace(good, sttp_nomor="STTP/12/2025")
    assert after.hasil_label == "Lulus"
    refused_unchanged(
        db_file, lambda: service.update_peserta(row.id, good, expected_revision=1), StaleRecord
    )


def test_marking_many_at_once_is_all_or_nothing(
    service: TrainingService, register: Register, db_file: Path
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, register.people.values())
    rows = service.peserta(pid)
    revisions = {r.id: r.revision for r in rows}
    stale = dict(revisions) | {rows[-1].id: 7}
    refused_unchanged(
        db_file,
        lambda: service.set_hasil(revisions, "lulus", expected_revisions=stale),
        StaleRecord,
    )
    error = refused_unchanged(
        db_file, lambda: service.set_hasil(revisions, "juara", expected_revisions=revisions)
    )
    assert "'juara' tidak dikenal" in problem(error, "hasil")
    assert service.set_hasil(revisions, "lulus", expected_revisions=revisions) == 5
    assert {r.hasil for r in service.peserta(pid)} == {"lulus"}
    again = {r.id: r.revision for r in service.peserta(pid)}
    assert service.set_hasil(again, "lulus", expected_revisions=again) == 0


# -- the editor's save: the activity and its participants, all or nothing -------------------------


@pytest.fixture
def coached(service: TrainingService, register: Register) -> tuple[int, dict[str, int]]:
    """A workshop with ahmad, siti and budi: (its id, participant id by person)."""
    pid = service.create(workshop())
    people = [register.people[k] for k in ("ahmad", "siti", "budi")]
    service.enroll(pid, people)
    by_employee = {p.employee_id: p.id for p in service.peserta(pid)}
    return pid, {k: by_employee[register.people[k]] for k in ("ahmad", "siti", "budi")}


def _stored(service: TrainingService, pid: int) -> tuple[Any, ...]:
    return (service.pelatihan(pid), tuple(service.peserta(pid)))


def test_the_activity_and_its_participants_are_saved_in_one_call(
    service: TrainingService, coached: tuple[int, dict[str, int]]
) -> None:
    pid, peserta = coached
    draft = dataclasses.replace(service.pelatihan(pid).as_draft(), tempat="Cimahi")
    lulus = PesertaDraft(kehadiran=95, hasil="lulus", sttp_nomor=" STTP/1 ")
    edits = {peserta["ahmad"]: (lulus, 1), peserta["siti"]: (PesertaDraft(kehadiran=70), 1)}
    assert service.save(pid, draft, expected_revision=1, peserta=edits) == 2
    assert service.pelatihan(pid).tempat == "Cimahi"
    ahmad = service.peserta_record(peserta["ahmad"])
    assert (ahmad.revision, ahmad.hasil, ahmad.sttp_nomor, ahmad.jp_dikreditkan) == (
        2,
        "lulus",
        "STTP/1",
        15.0,
    )
    siti = service.peserta_record(peserta["siti"])
    assert (siti.revision, siti.kehadiran, siti.jp_dikreditkan) == (2, 70, 0.0)
    assert service.peserta_record(peserta["budi"]).revision == 1
    # An edit equal to what is stored changes nothing and bumps nothing.
    again = {peserta["ahmad"]: (service.peserta_record(peserta["ahmad"]).as_draft(), 2)}
    assert service.save(pid, draft, expected_revision=2, peserta=again) == 2
    assert service.peserta_record(peserta["ahmad"]).revision == 2


def test_the_participants_alone_are_saved_whatever_the_activitys_revision(
    service: TrainingService, coached: tuple[int, dict[str, int]]
) -> None:
    pid, peserta = coached
    record = service.pelatihan(pid)
    service.update(pid, dataclasses.replace(record.as_draft(), tempat="Aula"), expected_revision=1)
    edits = {peserta["budi"]: (PesertaDraft(hasil="tidak_lulus"), 1)}
    # draft None: the activity is neither written nor asked to be as it was read.
    assert service.save(pid, None, expected_revision=1, peserta=edits) == 2
    assert service.pelatihan(pid).tempat == "Aula"
    assert service.peserta_record(peserta["budi"]).hasil == "tidak_lulus"
    assert service.save(pid, None, expected_revision=2) == 2  # nothing at all: nothing done


def test_a_refused_participant_saves_nothing_and_every_problem_is_named_at_once(
    service: TrainingService, coached: tuple[int, dict[str, int]], db_file: Path
) -> None:
    pid, peserta = coached
    before = _stored(service, pid)
    draft = dataclasses.replace(before[0].as_draft(), tempat="Cimahi", biaya_rencana=-5)
    edits = {
        peserta["ahmad"]: (PesertaDraft(kehadiran=90, hasil="lulus"), 1),  # fine
        peserta["siti"]: (PesertaDraft(kehadiran=120, hasil="juara"), 1),
        peserta["budi"]: (PesertaDraft(sttp_tanggal=TODAY_REAL + timedelta(days=1)), 1),
    }
    error = refused_unchanged(
        db_file, lambda: service.save(pid, draft, expected_revision=1, peserta=edits)
    )
    assert isinstance(error, ValidationFailed)
    assert [p.field for p in error.problems] == [
        "biaya_rencana",
        peserta_field(peserta["siti"], "kehadiran"),
        peserta_field(peserta["siti"], "hasil"),
        peserta_field(peserta["budi"], "sttp_tanggal"),
    ]
    siti = problem(error, peserta_field(peserta["siti"], "kehadiran"))
    assert (
        siti.startswith("Peserta Siti Aminah (NIP ") and "Kehadiran (%) 120 di luar batas" in siti
    )
    budi = problem(error, peserta_field(peserta["budi"], "sttp_tanggal"))
    assert budi.startswith("Peserta Budi Santoso (NIP ") and "setelah hari ini" in budi
    # The activity alone fine: still nothing of it is saved while a participant is refused.
    draft = dataclasses.replace(draft, biaya_rencana=15_000_000)
    error = refused_unchanged(
        db_file, lambda: service.save(pid, draft, expected_revision=1, peserta=edits)
    )
    assert isinstance(error, ValidationFailed)
    assert {peserta_of_field(p.field) for p in error.problems} == {
        (peserta["siti"], "kehadiran"),
        (peserta["siti"], "hasil"),
        (peserta["budi"], "sttp_tanggal"),
    }
    assert _stored(service, pid) == before


def test_a_certificate_date_is_judged_by_the_start_saved_with_it(
    service: TrainingService, coached: tuple[int, dict[str, int]], db_file: Path
) -> None:
    pid, peserta = coached
    record = service.pelatihan(pid)
    on_the_first_day = {peserta["ahmad"]: (PesertaDraft(sttp_tanggal=record.mulai), 1)}
    later = dataclasses.replace(
        record.as_draft(), mulai=record.mulai + timedelta(days=1), jumlah=None
    )
    error = refused_unchanged(
        db_file,
        lambda: service.save(pid, later, expected_revision=1, peserta=on_the_first_day),
    )
    assert "sebelum kegiatan dimulai" in problem(
        error, peserta_field(peserta["ahmad"], "sttp_tanggal")
    )
    assert service.save(pid, None, expected_revision=1, peserta=on_the_first_day) == 1


def test_a_save_with_a_participant_changed_or_removed_elsewhere_saves_nothing(
    register_db: Database,
    service: TrainingService,
    coached: tuple[int, dict[str, int]],
    db_file: Path,
) -> None:
    pid, peserta = coached
    draft = dataclasses.replace(service.pelatihan(pid).as_draft(), tempat="Cimahi")
    register_db.assume_user("operator")
    service.update_peserta(peserta["siti"], PesertaDraft(kehadiran=60), expected_revision=1)
    register_db.assume_user("admin")
    edits = {
        peserta["ahmad"]: (PesertaDraft(hasil="lulus"), 1),
        peserta["siti"]: (PesertaDraft(hasil="lulus"), 1),
    }
    error = refused_unchanged(
        db_file,
        lambda: service.save(pid, draft, expected_revision=1, peserta=edits),
        StaleRecord,
    )
    assert str(error).startswith(
        "Data peserta Siti Aminah sudah diubah di tempat lain (oleh operator"
    )
    # The activity read at an older revision refuses too, before anything else.
    service.update(pid, draft, expected_revision=1)
    error = refused_unchanged(
        db_file, lambda: service.save(pid, draft, expected_revision=1), StaleRecord
    )
    assert "Data kegiatan Workshop Digitalisasi Layanan Publik sudah diubah" in str(error)
    # Someone removed meanwhile, or a participant of another activity: nothing either.
    service.remove_peserta(peserta["budi"], expected_revision=1)
    removed = {
        peserta["ahmad"]: (PesertaDraft(hasil="lulus"), 1),
        peserta["budi"]: (PesertaDraft(), 1),
    }
    error = refused_unchanged(
        db_file, lambda: service.save(pid, None, expected_revision=2, peserta=removed), NotFound
    )
    assert str(error).startswith("Budi Santoso (NIP ")
    assert "sudah dihapus dari peserta Workshop Digitalisasi Layanan Publik" in str(error)
    other = service.create(workshop(nama="Seminar Lain"))
    refused_unchanged(
        db_file,
        lambda: service.save(
            other, None, expected_revision=1, peserta={peserta["ahmad"]: (PesertaDraft(), 1)}
        ),
        NotFound,
    )
    assert service.peserta_record(peserta["ahmad"]).hasil == "mengikuti"


def test_a_participant_field_names_the_participant() -> None:
    assert peserta_of_field(peserta_field(12, "sttp_tanggal")) == (12, "sttp_tanggal")
    assert peserta_of_field("sttp_tanggal") is None
    assert peserta_of_field("peserta.x.hasil") is None


# -- certificates ---------------------------------------------------------------------------------


@pytest.fixture
def two_participants(service: TrainingService, register: Register) -> tuple[int, int]:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["ahmad"], register.people["siti"]])
    by_employee = {p.employee_id: p.id for p in service.peserta(pid)}
    return by_employee[register.people["ahmad"]], by_employee[register.people["siti"]]


def _berkas_count(db_file: Path) -> int:
    conn = sqlite3.connect(db_file)
    try:
        return int(conn.execute("SELECT count(*) FROM berkas").fetchone()[0])
    finally:
        conn.close()


def test_a_certificate_is_stored_once_by_its_hash_and_given_back(
    service: TrainingService,
    viewer: TrainingService,
    two_participants: tuple[int, int],
    tmp_path: Path,
    db_file: Path,
) -> None:
    ahmad, siti = two_participants
    scan = tmp_path / "sttp-ahmad.PDF"
    scan.write_bytes(PDF_BYTES)
    assert service.attach_sertifikat(ahmad, scan, expected_revision=1) == 2
    assert service.attach_sertifikat(siti, scan, expected_revision=1) == 2
    assert _berkas_count(db_file) == 1
    record = service.peserta_record(ahmad)
    assert record.ada_sertifikat
    assert record.sertifikat_sha256 == hashlib.sha256(PDF_BYTES).hexdigest()
    name, mime, data = viewer.sertifikat(ahmad)
    assert (mime, data) == ("application/pdf", PDF_BYTES)
    assert name == f"sttp-{AHMAD}-workshop-digitalisasi-layanan-publik.pdf"
    assert [r.ada_sertifikat for r in service.riwayat(service.peserta_record(siti).employee_id)]

    # Replaced by a photo: the PDF stays while Siti's certificate still is that PDF.
    photo = tmp_path / "sttp.png"
    photo.write_bytes(PNG_BYTES)
    service.attach_sertifikat(ahmad, photo, expected_revision=2)
    assert _berkas_count(db_file) == 2
    assert service.sertifikat(ahmad)[1:] == ("image/png", PNG_BYTES)
    service.remove_sertifikat(siti, expected_revision=2)
    assert _berkas_count(db_file) == 1  # nothing refers to the PDF any more
    with pytest.raises(NotFound, match="belum dilampirkan"):
        service.sertifikat(siti)
    assert service.remove_sertifikat(siti, expected_revision=3) == 3  # nothing to remove


def test_bad_certificates_are_refused_and_nothing_saved(
    service: TrainingService, two_participants: tuple[int, int], tmp_path: Path, db_file: Path
) -> None:
    ahmad, _ = two_participants
    big = tmp_path / "besar.pdf"
    with big.open("wb") as handle:
        handle.truncate(MAX_SERTIFIKAT_BYTES + 1)  # sparse
    empty = tmp_path / "kosong.jpg"
    empty.write_bytes(b"")
    word = tmp_path / "sttp.docx"
    word.write_bytes(b"PK\x03\x04")
    renamed = tmp_path / "sttp.pdf"
    renamed.write_bytes(b"PK\x03\x04 a word document")
    tiff = tmp_path / "sttp.tif"
    tiff.write_bytes(b"II*\x00" + b"\x00" * 20)
    cases = [
        (big, "Berkas besar.pdf berukuran 10 MB; paling besar 10 MB."),
        (empty, "Berkas kosong.jpg kosong."),
        (word, "Berkas sertifikat harus PDF, JPG atau PNG; yang dipilih sttp.docx."),
        (tiff, "Berkas sertifikat harus PDF, JPG atau PNG; yang dipilih sttp.tif."),
        (renamed, "Berkas sttp.pdf bukan PDF yang sah"),
        (tmp_path / "hilang.png", "Berkas hilang.png tidak dapat dibaca"),
    ]
    for path, words in cases:
        error = refused_unchanged(
            db_file,
            partial(service.attach_sertifikat, ahmad, path, expected_revision=1),
        )
        assert words in problem(error, "sertifikat")
    good = tmp_path / "sttp-benar.jpg"
    good.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 50)
    refused_unchanged(
        db_file, lambda: service.attach_sertifikat(ahmad, good, expected_revision=5), StaleRecord
    )
    assert _berkas_count(db_file) == 0


# -- degree study and the employee's history ------------------------------------------------------


def study(**changes: Any) -> TugasBelajarDraft:
    values: dict[str, Any] = {
        "jenis": "tugas_belajar",
        "jenjang": "S2",
        "program_studi": "Magister Informatika",
        "institusi": "Institut Teknologi Bandung",
        "mulai": date(2021, 8, 1),
        "selesai": date(2023, 7, 31),
        "status": "lulus",
        "sk_nomor": "800/TB/2021",
        "biaya": 60_000_000,
        "sumber_dana": "APBD",
    }
    values.update(changes)
    return TugasBelajarDraft(**values)


def test_degree_study_counts_its_semesters_like_the_yearly_query(
    register_db: Database, service: TrainingService, register: Register
) -> None:
    siti = register.people["siti"]
    sid = service.create_tugas_belajar(siti, study())
    record = service.tugas_belajar(sid)
    assert record.jp_per_tahun == {2022: 40.0, 2023: 40.0} and record.jp == 80.0
    assert (record.nama, record.jenis_label, record.revision) == (
        "Siti Aminah, S.Kom.",
        "Tugas belajar",
        1,
    )
    assert record.aturan_versi == "konversi_jp@2019-02-01"
    pid = service.create(workshop(mulai=date(2023, 3, 1), selesai=date(2023, 3, 2)))
    service.enroll(pid, [siti])
    history = service.riwayat(siti)
    assert [(h.jenis, h.jp, h.tahun) for h in history] == [
        ("pelatihan", 10.0, 2023),
        ("tugas_belajar", 80.0, 2023),
    ]
    assert history[1].uraian == "Tugas belajar S2" and history[1].status == "lulus"
    with register_db.reading() as session:
        yearly = jp_of_years(session, siti, [2021, 2022, 2023])
    assert yearly == {2021: 0.0, 2022: 40.0, 2023: 50.0}
    assert service.tugas_belajar_of(siti) == [record]

    changed = dataclasses.replace(record.as_draft(), status="berhenti", selesai=date(2022, 3, 1))
    assert service.update_tugas_belajar(sid, changed, expected_revision=1) == 2
    assert service.tugas_belajar(sid).jp_per_tahun == {2022: 20.0}
    with pytest.raises(StaleRecord):
        service.update_tugas_belajar(sid, changed, expected_revision=1)
    service.delete_tugas_belajar(sid, expected_revision=2)
    assert service.tugas_belajar_of(siti) == []
    with pytest.raises(NotFound):
        service.tugas_belajar(sid)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"status": "lulus", "selesai": None}, "selesai", "yang lulus perlu tanggal selesainya"),
        ({"selesai": date(2021, 7, 1)}, "selesai", "sebelum tanggal mulai"),
        ({"jenis": "kursus"}, "jenis", "'kursus' tidak dikenal"),
        ({"status": "cuti"}, "status", "'cuti' tidak dikenal"),
        ({"program_studi": " "}, "program_studi", "Program studi wajib diisi."),
        ({"institusi": HUGE}, "institusi", "Institusi pendidikan terlalu panjang"),
        ({"jenjang": "Magister Terapan"}, "jenjang", "Jenjang pendidikan terlalu panjang"),
        ({"biaya": -5}, "biaya", "Biaya tidak boleh negatif"),
        ({"sumber_dana": "ARISAN"}, "sumber_dana", "'ARISAN' tidak dikenal"),
    ],
)  # fmt: skip
def test_bad_degree_study_is_refused_and_saves_nothing(
    service: TrainingService,
    register: Register,
    db_file: Path,
    changes: dict[str, Any],
    field: str,
    words: str,
) -> None:
    error = refused_unchanged(
        db_file,
        lambda: service.create_tugas_belajar(register.people["siti"], study(**changes)),
    )
    assert words in problem(error, field)


def test_a_running_study_without_funding_is_fine(
    service: TrainingService, register: Register
) -> None:
    sid = service.create_tugas_belajar(
        register.people["budi"],
        study(jenis="izin_belajar", status="berjalan", selesai=None, sumber_dana="", biaya=0),
    )
    record = service.tugas_belajar(sid)
    assert record.status == "berjalan" and record.jp > 0
    with pytest.raises(NotFound):
        service.create_tugas_belajar(9999, study())
    with pytest.raises(NotFound):
        service.riwayat(9999)


# -- who may do what ------------------------------------------------------------------------------


def test_every_public_method_declares_its_permission() -> None:
    public = [
        name
        for name, value in vars(TrainingService).items()
        if callable(value) and not name.startswith("_")
    ]
    assert len(public) >= 27
    for name in public:
        assert hasattr(getattr(TrainingService, name), "__permission__"), name


def test_a_viewer_can_read_everything_and_write_nothing(
    service: TrainingService,
    viewer: TrainingService,
    register: Register,
    tmp_path: Path,
    db_file: Path,
) -> None:
    pid = service.create(workshop())
    service.enroll(pid, [register.people["ahmad"]])
    (peserta,) = service.peserta(pid)
    scan = tmp_path / "sttp.pdf"
    scan.write_bytes(PDF_BYTES)
    service.attach_sertifikat(peserta.id, scan, expected_revision=1)
    sid = service.create_tugas_belajar(register.people["siti"], study())

    assert viewer.pelatihan(pid).jp == 15.0
    assert viewer.search_ids(PelatihanQuery()) == [pid]
    assert set(viewer.rows([pid])) == {pid}
    assert [p.id for p in viewer.peserta(pid)] == [peserta.id]
    assert viewer.peserta_record(peserta.id).ada_sertifikat
    assert viewer.sertifikat(peserta.id)[2] == PDF_BYTES
    assert viewer.jenis_options() and viewer.sumber_dana_options()
    assert viewer.latihan_struktural_options() and viewer.penyelenggara_list()
    assert viewer.riwayat(register.people["ahmad"])
    assert viewer.tugas_belajar(sid).jp == 80.0 and viewer.tugas_belajar_of(register.people["siti"])

    draft = workshop()
    writes: list[Callable[[], Any]] = [
        lambda: viewer.create(draft),
        lambda: viewer.update(pid, draft, expected_revision=1),
        lambda: viewer.save(pid, draft, expected_revision=1),
        lambda: viewer.save(
            pid, None, expected_revision=1, peserta={peserta.id: (PesertaDraft(), 2)}
        ),
        lambda: viewer.delete(pid, expected_revision=1),
        lambda: viewer.enroll(pid, [register.people["siti"]]),
        lambda: viewer.enroll_nips(pid, [SITI]),
        lambda: viewer.update_peserta(peserta.id, PesertaDraft(), expected_revision=2),
        lambda: viewer.set_hasil([peserta.id], "lulus", expected_revisions={peserta.id: 2}),
        lambda: viewer.remove_peserta(peserta.id, expected_revision=2),
        lambda: viewer.attach_sertifikat(peserta.id, scan, expected_revision=2),
        lambda: viewer.remove_sertifikat(peserta.id, expected_revision=2),
        lambda: viewer.create_tugas_belajar(register.people["budi"], study()),
        lambda: viewer.update_tugas_belajar(sid, study(), expected_revision=1),
        lambda: viewer.delete_tugas_belajar(sid, expected_revision=1),
    ]
    for write in writes:
        error = refused_unchanged(db_file, write, PermissionDenied)
        assert "tidak berhak" in str(error)


# -- the input rules the text fields borrow ---------------------------------------------------


def test_borrowed_text_rules_fit_their_columns() -> None:
    columns = {
        **cm.Pelatihan.__table__.columns,
        **{f"peserta.{c.name}": c for c in cm.PesertaPelatihan.__table__.columns},
        **cm.TugasBelajar.__table__.columns,
    }
    where = {"sttp_nomor": "peserta.sttp_nomor"}
    for field, (key, _label) in trainings_module._TEXT_RULES.items():
        column = columns[where.get(field, field)]
        rule = TEXT_FIELDS[key]
        if isinstance(column.type, Text):
            assert rule.multiline, field
        else:
            assert isinstance(column.type, String)
            assert rule.max_length == column.type.length and not rule.multiline, field


def test_a_degree_study_before_the_jp_obligation_is_kept_as_history(
    service: TrainingService, register: Register
) -> None:
    study = service.create_tugas_belajar(
        register.people["ahmad"],
        TugasBelajarDraft(
            jenis="tugas_belajar",
            jenjang="S2",
            program_studi="Magister Administrasi Publik",
            institusi="Universitas Padjadjaran",
            mulai=date(2012, 9, 1),
            selesai=date(2014, 8, 31),
            status="lulus",
        ),
    )
    record = service.tugas_belajar(study)
    assert record.aturan_versi == "" and record.jp == 0 and not record.jp_per_tahun
