"""The .xlsx of an assessment centre: header found below title rows and merged cells, the
mapping proposed, every row checked, all or nothing unless bad rows are skipped."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from openpyxl import Workbook
from sqlalchemy import func, select

from asn_desktop.db.competency_models import Asesmen, AsesmenNilai
from asn_desktop.domain.kompetensi import kompetensi_baku
from asn_desktop.services.assessment_import import ImportFileError, KolomImpor
from asn_desktop.services.competency import CompetencyService
from asn_desktop.services.database import Database
from asn_desktop.services.errors import PermissionDenied, ValidationFailed

from .helpers import AHMAD, BUDI, DEWI, HIDAYAT, SITI, Register

KODES = [k.kode for k in kompetensi_baku()]
ASSESSED = date(2025, 3, 12)
UNKNOWN = "198001012005011099"
# The nine columns as a centre writes them: names, abbreviations, another spelling.
NINE = [
    "Integritas",
    "Kerja Sama",
    "KOM",
    "Orientasi pada Hasil",
    "PP",
    "PDOL",
    "Mengelola Perubahan",
    "PK",
]
OK = [3, 3, "3 (Cukup)", 2, 2, 2, 2, 2, 3]


def messy_workbook(path: Path) -> Path:
    """Two title rows, a two-row header with merged cells, an extra column, a first sheet of
    instructions, and rows with every kind of problem (see EXPECTED)."""
    book = Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Petunjuk"
    notes["A1"] = "Isi satu baris per pegawai. NIP ditulis sebagai teks."
    notes["A2"] = "Level 1 sampai 5."
    sheet = book.create_sheet("Hasil Asesmen")
    sheet["A1"] = "LAPORAN HASIL ASESMEN KOMPETENSI MANAJERIAL DAN SOSIAL KULTURAL"
    sheet.merge_cells("A1:O1")
    sheet["A2"] = "UPT Asesmen Kompetensi BKPSDM Kota Bandung, Maret 2025"
    sheet.merge_cells("A2:O2")
    for column, text in zip(
        "ABCDE", ["No", "NIP", "Nama Pegawai", "Tanggal Asesmen", "Asesor"], strict=True
    ):
        sheet[f"{column}4"] = text
        sheet.merge_cells(f"{column}4:{column}5")
    sheet["F4"] = "Kompetensi Manajerial"
    sheet.merge_cells("F4:M4")
    sheet["N4"] = "Sosial Kultural"
    sheet["O4"] = "Keterangan"
    sheet.merge_cells("O4:O5")
    for offset, text in enumerate(NINE):
        sheet.cell(row=5, column=6 + offset, value=text)
    sheet["N5"] = "Perekat Bangsa"

    def put(
        row: int,
        no: Any,
        nip: Any,
        nama: Any,
        tanggal: Any,
        asesor: Any,
        nilai: list[Any],
        note: str = "",
    ) -> None:
        for column, value in enumerate([no, nip, nama, tanggal, asesor, *nilai, note], start=1):
            sheet.cell(row=row, column=column, value=value)

    put(
        6,
        1,
        AHMAD,
        "Dr. H. Ahmad Sutisna, S.T., M.T.",
        datetime(2025, 3, 12),
        "Tim Asesor A",
        OK,
        "lengkap",
    )
    put(
        7,
        2,
        "19900220 201503 2 001",
        "Siti Aminah",
        "12-03-2025",
        None,
        [2, 6, 2, "Baik", 2, 2, 2, 2, 2],
    )
    # row 8 blank
    put(9, 3, 1.99801012025021e17, "Budi Santoso", "2025-03-12", None, [1] * 9)
    put(10, 4, DEWI, "dewi lestari", "12/03/2025", None, [1, 1, 1, 1, "2", 1, 1, 1, 1.0])
    put(11, 5, UNKNOWN, "Orang Lain", "12-03-2025", None, [2] * 9)
    put(12, 6, AHMAD, "Ahmad Sutisna", datetime(2025, 3, 12), None, [4] * 9)
    put(13, 7, HIDAYAT, "Budi Hartono", "12-03-2025", None, [2, 2, 2, 2, 2, 2, 2, 2, None])
    # rows 14 and 15 blank, 15 numbered only (an empty template row)
    sheet.cell(row=15, column=1, value=8)
    put(16, 9, AHMAD, "Ahmad Sutisna", "31-02-2025", None, [2] * 9)
    put(17, 10, SITI, "Siti Aminah", "2099-01-01", None, [2] * 9)
    put(18, 11, HIDAYAT, "Ahmad Hidayat", "2025-04-01", None, [None] * 9)
    put(19, 12, "1985031520100110", "Ahmad", "2025-04-02", None, [2] * 9)
    put(20, 13, BUDI, "Budi Santoso", "2025-04-02", None, [2, "3,5", "-", 2, 2, 2, 2, 2, 2])
    book.save(path)
    return path


EXCEL_NIP = (
    "NIP tersimpan sebagai angka (1.99801e+17) sehingga digitnya hilang; format kolom "
    "sebagai teks lalu ketik ulang NIP 18 digit."
)
LEVEL = "Level kompetensi harus bilangan bulat 1 sampai 5; yang diisi"
EXPECTED_ERRORS = {
    7: [f"Kerja Sama: {LEVEL} '6'.", f"Orientasi pada Hasil: {LEVEL} 'Baik'."],
    9: [EXCEL_NIP],
    11: [f"NIP {UNKNOWN} tidak ada di data pegawai (atau pegawainya sudah dihapus)."],
    12: [f"Sama dengan baris 6: NIP {AHMAD} tanggal 12-03-2025 muncul dua kali."],
    16: ["Tanggal asesmen: Tanggal 31-02-2025 tidak ada: Februari 2025 hanya 28 hari."],
    17: ["Tanggal asesmen 01-01-2099 jatuh setelah hari ini."],
    18: ["Tidak ada level kompetensi yang diisi di baris ini."],
    19: ["NIP harus 18 digit; yang diisi 16 digit (1985031520100110)."],
    20: [f"Kerja Sama: {LEVEL} '3,5'.", f"Komunikasi: {LEVEL} '-'."],
}
GOOD_ROWS = [6, 10, 13]


@pytest.fixture
def service(register_db: Database) -> CompetencyService:
    return CompetencyService(register_db)


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    return messy_workbook(tmp_path / "hasil asesmen.xlsx")


def stored(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        return (
            int(session.scalar(select(func.count()).select_from(Asesmen)) or 0),
            int(session.scalar(select(func.count()).select_from(AsesmenNilai)) or 0),
        )


def test_header_below_titles_and_merged_cells_is_found_and_mapped(
    service: CompetencyService, messy: Path
) -> None:
    sheet = service.baca_impor(messy)
    assert sheet.sheets == ("Petunjuk", "Hasil Asesmen")
    assert sheet.sheet == "Hasil Asesmen"  # the first sheet with a NIP and a competency
    mapping = sheet.mapping
    assert (mapping.baris_judul, mapping.nip, mapping.nama, mapping.tanggal, mapping.asesor) == (
        5,
        1,
        2,
        3,
        4,
    )
    assert mapping.kompetensi == {kode: 5 + i for i, kode in enumerate(KODES)}
    assert sheet.headers[:6] == (
        "No",
        "NIP",
        "Nama Pegawai",
        "Tanggal Asesmen",
        "Asesor",
        "Integritas",
    )
    assert sheet.headers[13:] == ("Perekat Bangsa", "Keterangan")
    assert sheet.tidak_dipetakan == ("No", "Keterangan")
    assert sheet.baris_data == 13  # every non-empty row below the header, 15 numbered only


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        (
            [
                "INT",
                "KS",
                "Kom",
                "OPH",
                "Pelayanan Publik",
                "Pengembangan Diri dan Orang Lain",
                "MP",
                "Pengambilan Keputusan",
                "PB",
            ],
            KODES,
        ),
        (
            [
                "1. Integritas (INT)",
                "Kerjasama",
                "Level Komunikasi",
                "Orientasi Pada Hasil",
                "nilai pelayanan publik",
                "PDOL",
                "MENGELOLA PERUBAHAN",
                "PK",
                "Perekat  Bangsa",
            ],
            KODES,
        ),
    ],
)
def test_competency_columns_by_name_or_abbreviation(
    service: CompetencyService, tmp_path: Path, headers: list[str], expected: list[str]
) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIP Baru", "Nama", "Tgl. Asesmen", "Lembaga Asesor", *headers, "Analisis Data"])
    book.save(tmp_path / "a.xlsx")
    service.add_teknis("tk-01", "Analisis Data")
    mapping = service.baca_impor(tmp_path / "a.xlsx").mapping
    assert (mapping.baris_judul, mapping.nip, mapping.nama, mapping.tanggal, mapping.asesor) == (
        1,
        0,
        1,
        2,
        3,
    )
    assert mapping.kompetensi == {
        **{kode: 4 + i for i, kode in enumerate(expected)},
        "tk-01": 4 + len(expected),
    }


def test_preview_lists_every_rows_problems_and_warnings(
    service: CompetencyService, messy: Path, register: Register
) -> None:
    mapping = service.baca_impor(messy).mapping
    preview = service.pratinjau_impor(messy, mapping)
    assert preview.sheet == "Hasil Asesmen"
    by_row = {r.baris: r for r in preview.rows}
    # Blank rows (8, 14) and the numbered empty row (15) are skipped.
    assert sorted(by_row) == sorted([*GOOD_ROWS, *EXPECTED_ERRORS])
    assert {n: list(r.salah) for n, r in by_row.items() if r.salah} == EXPECTED_ERRORS
    assert (preview.ok, preview.salah, preview.peringatan) == (3, 9, 1)

    ahmad = by_row[6]
    assert (ahmad.nip, ahmad.tanggal, ahmad.asesor, ahmad.employee_id) == (
        AHMAD,
        ASSESSED,
        "Tim Asesor A",
        register.people["ahmad"],
    )
    assert ahmad.nilai == dict(zip(KODES, [3, 3, 3, 2, 2, 2, 2, 2, 3], strict=True))
    assert ahmad.peringatan == ()  # titles and case do not make another name
    assert by_row[10].nilai["pelayanan_publik"] == 2 and by_row[10].nilai["perekat_bangsa"] == 1
    assert by_row[10].peringatan == ()
    hidayat = by_row[13]
    assert "perekat_bangsa" not in hidayat.nilai
    assert hidayat.peringatan == (
        "Nama 'Budi Hartono' berbeda dengan nama terdaftar untuk NIP ini (Ahmad Hidayat); "
        "periksa NIP-nya.",
    )
    siti = by_row[7]
    assert (siti.nip, siti.employee_id, siti.tanggal) == (SITI, register.people["siti"], ASSESSED)
    assert stored(service.db) == (0, 0)


def test_import_with_errors_is_refused_whole_naming_every_row(
    service: CompetencyService, messy: Path
) -> None:
    mapping = service.baca_impor(messy).mapping
    with pytest.raises(ValidationFailed) as caught:
        service.impor_asesmen(messy, mapping)
    messages = [p.message for p in caught.value.problems]
    assert messages == [
        f"Baris {n}: {m}" for n in sorted(EXPECTED_ERRORS) for m in EXPECTED_ERRORS[n]
    ]
    assert stored(service.db) == (0, 0)


def test_import_skipping_bad_rows_saves_only_the_good_ones(
    service: CompetencyService, messy: Path, register: Register
) -> None:
    mapping = service.baca_impor(messy).mapping
    result = service.impor_asesmen(
        messy, mapping, lewati_baris_salah=True, asesor="UPT Asesmen BKPSDM"
    )
    assert result.imported == 3
    assert [(s.baris, list(s.alasan)) for s in result.skipped] == sorted(EXPECTED_ERRORS.items())
    assert stored(service.db) == (3, 9 + 9 + 8)

    [ahmad] = service.asesmen_of(register.people["ahmad"])
    assert (ahmad.tanggal, ahmad.asesor) == (ASSESSED, "Tim Asesor A")
    assert ahmad.nilai["komunikasi"] == 3  # "3 (Cukup)"
    [dewi] = service.asesmen_of(register.people["dewi"])
    assert (dewi.tanggal, dewi.asesor) == (ASSESSED, "UPT Asesmen BKPSDM")
    assert service.profil(register.people["ahmad"]).jpm == 100.0  # 22/18 capped
    assert not service.asesmen_of(register.people["siti"])

    # The same file again: its good rows are already stored.
    again = service.pratinjau_impor(messy, mapping)
    for n in GOOD_ROWS:
        [row] = [r for r in again.rows if r.baris == n]
        assert row.salah[-1].endswith(
            "sudah tersimpan; hapus yang lama dahulu bila ingin menggantinya."
        )
    assert again.ok == 0


def test_a_nip_in_a_number_cell_is_refused_even_when_whole(
    service: CompetencyService, tmp_path: Path
) -> None:
    # An .xlsx cell holds a number as a double: an integer written by a program is stored
    # as 1.99002202015032e+17 all the same, its last digits gone.
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["NIP", "Tanggal", "INT"])
    sheet.append([int(SITI), date(2025, 3, 12), 3])
    sheet.append([12345, date(2025, 3, 12), 3])
    book.save(tmp_path / "int.xlsx")
    found = tmp_path / "int.xlsx"
    preview = service.pratinjau_impor(found, service.baca_impor(found).mapping)
    assert [r.salah for r in preview.rows] == [
        (
            f"NIP tersimpan sebagai angka ({shown}) sehingga digitnya hilang; format kolom "
            "sebagai teks lalu ketik ulang NIP 18 digit.",
        )
        for shown in ("1.99002e+17", "12345")
    ]


def test_unusable_mappings_are_refused(service: CompetencyService, messy: Path) -> None:
    good = service.baca_impor(messy).mapping
    for mapping, says in (
        (KolomImpor(5, nip=None, tanggal=3, kompetensi={"integritas": 5}), "Pilih kolom NIP."),
        (
            KolomImpor(5, nip=1, tanggal=None, kompetensi={"integritas": 5}),
            "Pilih kolom tanggal asesmen.",
        ),
        (KolomImpor(5, nip=1, tanggal=3), "Pilih paling sedikit satu kolom kompetensi."),
        (
            KolomImpor(5, nip=1, tanggal=3, kompetensi={"integritas": 40}),
            "Kolom AO untuk Integritas tidak ada di lembar Hasil Asesmen.",
        ),
        (
            KolomImpor(5, nip=1, tanggal=1, kompetensi={"integritas": 5}),
            "Kolom B (NIP) dipilih untuk NIP dan juga untuk tanggal.",
        ),
        (
            KolomImpor(5, nip=1, tanggal=3, kompetensi={"gaib": 5}),
            "Kompetensi 'gaib' tidak dikenal",
        ),
        (
            KolomImpor(99, nip=1, tanggal=3, kompetensi={"integritas": 5}),
            "Baris judul 99 tidak ada",
        ),
    ):
        with pytest.raises(ValidationFailed) as caught:
            service.impor_asesmen(messy, mapping)
        assert any(says in p.message for p in caught.value.problems), caught.value.problems
    with pytest.raises(ImportFileError, match=r"Lembar 'Rekap' tidak ada di hasil asesmen\.xlsx"):
        service.pratinjau_impor(messy, good, sheet="Rekap")
    assert stored(service.db) == (0, 0)


@pytest.mark.parametrize("kind", ["text", "truncated", "csv", "empty"])
def test_a_file_that_is_not_a_whole_xlsx_gives_one_clear_message(
    service: CompetencyService, messy: Path, tmp_path: Path, kind: str
) -> None:
    if kind == "text":
        bad = tmp_path / "hasil.xlsx"
        bad.write_text("NIP;Nama\n198503152010011002;Ahmad\n", encoding="utf-8")
    elif kind == "truncated":
        bad = tmp_path / "hasil.xlsx"
        data = messy.read_bytes()
        bad.write_bytes(data[: len(data) * 2 // 3])
    elif kind == "csv":
        bad = tmp_path / "hasil.csv"
        bad.write_text("NIP,Nama\n", encoding="utf-8")
    else:
        bad = tmp_path / "hasil.xlsx"
        bad.write_bytes(b"")
    expected = (
        f"Berkas {bad.name} tidak bisa dibaca sebagai buku kerja Excel .xlsx (rusak, terpotong, "
        "atau format lain seperti .xls/.csv); buka di Excel lalu simpan ulang sebagai .xlsx."
    )
    with pytest.raises(ImportFileError) as caught:
        service.baca_impor(bad)
    assert str(caught.value) == expected
    mapping = KolomImpor(1, nip=0, tanggal=1, kompetensi={"integritas": 2})
    with pytest.raises(ImportFileError) as caught:
        service.impor_asesmen(bad, mapping, lewati_baris_salah=True)
    assert str(caught.value) == expected
    assert stored(service.db) == (0, 0)


def test_a_missing_file_or_a_sheet_without_header(
    service: CompetencyService, tmp_path: Path
) -> None:
    with pytest.raises(ImportFileError, match=r"Berkas tidak-ada.xlsx tidak ditemukan"):
        service.baca_impor(tmp_path / "tidak-ada.xlsx")
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Daftar hadir"])
    sheet.append(["Ahmad", "Siti"])
    book.save(tmp_path / "lain.xlsx")
    with pytest.raises(ImportFileError, match="tidak memiliki baris judul kolom yang dikenali"):
        service.baca_impor(tmp_path / "lain.xlsx")


@pytest.fixture
def viewer(register_db: Database) -> Iterator[CompetencyService]:
    assert register_db.path is not None
    other = open_as(register_db.path, "viewer")
    yield CompetencyService(other)
    other.close()


def test_a_viewer_cannot_import(
    service: CompetencyService, viewer: CompetencyService, messy: Path
) -> None:
    mapping = service.baca_impor(messy).mapping
    for attempt in (
        lambda: viewer.baca_impor(messy),
        lambda: viewer.pratinjau_impor(messy, mapping),
        lambda: viewer.impor_asesmen(messy, mapping, lewati_baris_salah=True),
    ):
        with pytest.raises(PermissionDenied, match="tidak berhak mengimpor data"):
            attempt()
    assert stored(service.db) == (0, 0)
