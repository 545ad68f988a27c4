"""`trainings add|enroll|list`: the activity use cases from a script."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS

from .conftest import Run
from .helpers import AGUS, BUDI, SITI, populate

YEAR = date.today().year - 1
START, END = f"{YEAR}-05-05", f"{YEAR}-05-07"  # three days


@pytest.fixture
def register(db_file: Path) -> Path:
    populate(db_file)
    return db_file


def content(path: Path) -> list[str]:
    """Everything but the sign-ins: each command signs in, which the trail records."""
    conn = sqlite3.connect(path)
    try:
        lines = [
            line
            for line in conn.iterdump()
            if not line.startswith(('INSERT INTO "audit_log"', 'INSERT INTO "app_user"'))
            and "'audit_head'" not in line
        ]
        actions = conn.execute(
            "SELECT action, count(*) FROM audit_log WHERE action <> 'login' GROUP BY action"
        ).fetchall()
    finally:
        conn.close()
    return [*lines, repr(actions)]


def add(run: Run, register: Path, *extra: str) -> dict[str, object]:
    result = run(
        "trainings", "add", "--name", "Workshop Layanan Publik", "--jenis", "4",
        "--start", START, "--end", END, "--db", register, "--json", *extra,
    )  # fmt: skip
    assert result.code == 0, result.err
    data: dict[str, object] = result.json()
    return data


def test_add_prints_id_uuid_and_jp(run: Run, register: Path) -> None:
    data = add(run, register, "--provider", "BPSDM Jawa Barat", "--cost", "7.500.000")
    assert set(data) == {"id", "uuid", "jp"}
    assert data["jp"] == 15.0  # three days of 5 JP: the dates give the days
    assert isinstance(data["id"], int) and len(str(data["uuid"])) == 36
    two_days = add(run, register, "--days", "2")
    assert two_days["jp"] == 10.0
    shown = run(
        "trainings", "add", "--name", "Magang di Jepang", "--jenis", "10", "--start",
        f"{YEAR}-06-01", "--end", f"{YEAR}-08-31", "--international", "--funding", "apbn",
        "--db", register,
    )  # fmt: skip
    assert shown.code == 0, shown.err
    assert "24 JP per peserta" in shown.out and "(internasional)" in shown.out
    listed = run("trainings", "list", "--db", register, "--json").json()
    assert [r["name"] for r in listed] == [
        "Workshop Layanan Publik",
        "Workshop Layanan Publik",
        "Magang di Jepang",
    ]
    first = listed[0]
    assert (first["provider"], first["planned_cost"], first["funding"]) == (
        "BPSDM Jawa Barat",
        7_500_000,
        "APBD",
    )
    assert (first["unit"], first["amount"], first["year"], first["type"]) == (
        "hari",
        3.0,
        YEAR,
        "Workshop",
    )
    assert listed[2]["funding"] == "APBN" and listed[2]["international"] is True


def test_an_unconfirmed_rule_says_so(run: Run, register: Path) -> None:
    result = run(
        "trainings", "add", "--name", "Workshop di Singapura", "--jenis", "4", "--start", START,
        "--end", END, "--international", "--db", register,
    )  # fmt: skip
    assert result.code == 0, result.err
    assert "21 JP per peserta" in result.out
    assert "Catatan: Nilai internasional (7 JP per hari) belum dikonfirmasi" in result.out
    table = run("trainings", "list", "--db", register)
    assert "21*" in table.out and "belum dikonfirmasi" in table.out


@pytest.mark.parametrize(
    ("argv", "code", "words"),
    [
        pytest.param(
            ("--jenis", "4", "--jp", "20"),
            2,
            "Workshop dihitung per hari; gunakan --days, bukan --jp",
            id="jp-for-days",
        ),
        pytest.param(
            ("--jenis", "3"),
            2,
            "Diklat Teknis dihitung dengan JP yang tercantum pada sertifikat; isi --jp N",
            id="missing-jp",
        ),
        pytest.param(
            ("--jenis", "14", "--days", "2"),
            2,
            "Coaching dihitung per sesi; gunakan --sessions, bukan --days",
            id="days-for-sessions",
        ),
        pytest.param(
            ("--jenis", "10", "--days", "3"),
            2,
            "Magang dihitung per penempatan (satu penempatan per kegiatan); hapus --days",
            id="amount-for-placement",
        ),
        pytest.param(
            ("--jenis", "3", "--jp", "-8"),
            1,
            "Jumlah JP tidak boleh negatif; yang diisi -8.",
            id="negative-jp",
        ),
        pytest.param(
            ("--jenis", "4", "--days", "-1"),
            1,
            "Jumlah hari tidak boleh negatif",
            id="negative-days",
        ),
        pytest.param(
            ("--jenis", "4", "--days", "5"),
            1,
            "Jumlah hari (5) melebihi lama kegiatan",
            id="more-days-than-dates",
        ),
        pytest.param(
            ("--jenis", "99", "--jp", "8"),
            1,
            "Jenis pengembangan kompetensi '99' tidak dikenal",
            id="unknown-type",
        ),
        pytest.param(
            ("--jenis", "4", "--end", f"{YEAR}-05-01"),
            1,
            f"Tanggal selesai (01-05-{YEAR}) sebelum tanggal mulai (05-05-{YEAR})",
            id="end-before-start",
        ),
        pytest.param(
            ("--jenis", "4", "--end", f"{YEAR}-02-30"),
            2,
            f"tanggal '{YEAR}-02-30' bukan tanggal YYYY-MM-DD",
            id="no-such-day",
        ),
        pytest.param(
            ("--jenis", "4", "--start", "05-05-2024"),
            2,
            "bukan tanggal YYYY-MM-DD",
            id="not-iso",
        ),
        pytest.param(
            ("--jenis", "4", "--days", "dua"),
            2,
            "'dua' bukan angka",
            id="amount-not-number",
        ),
        pytest.param(
            ("--jenis", "4", "--cost", "1,5 juta"),
            2,
            "bukan bilangan bulat rupiah",
            id="cost-not-rupiah",
        ),
        pytest.param(
            ("--jenis", "4", "--cost", "-100"),
            1,
            "Biaya rencana tidak boleh negatif",
            id="negative-cost",
        ),
        pytest.param(
            ("--jenis", "4", "--funding", "DANA_DESA"),
            1,
            "Sumber dana 'DANA_DESA' tidak dikenal",
            id="unknown-funding",
        ),
        pytest.param(
            ("--jenis", "4", "--name", "Workshop\x1b[2J"),
            1,
            "Nama kegiatan berisi karakter kendali U+001B",
            id="escape",
        ),
        pytest.param(
            ("--jenis", "4", "--name", "A" * 100_000),
            1,
            "Nama kegiatan terlalu panjang: 100000 karakter",
            id="100k",
        ),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    run: Run, register: Path, argv: tuple[str, ...], code: int, words: str
) -> None:
    before = content(register)
    options = {"--name": "Kegiatan Uji", "--start": START, "--end": END}
    given = dict(zip(argv[::2], argv[1::2], strict=True))
    merged = [*sum(({**options, **given}).items(), ())]
    result = run("trainings", "add", *merged, "--db", register)
    assert result.code == code, (result.out, result.err)
    assert words in result.reason, result.reason
    assert "\x1b" not in result.err and len(result.err) < 1000
    assert content(register) == before


def test_enroll_is_all_or_nothing(run: Run, register: Path) -> None:
    pid = str(add(run, register)["id"])
    result = run(
        "trainings", "enroll", pid, "--nip", "19850315 201001 1 002", "--nip",
        "19900220.201503.2.001", "--db", register, "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    assert result.json() == {"id": int(pid), "enrolled": 2, "participants": 2}
    before = content(register)
    for nips, words in (
        ((AGUS, BUDI), "Budi Santoso (NIP 19850315 201001 1 002) sudah terdaftar sebagai peserta"),
        ((AGUS, "199901012020011099"), "Tidak ada pegawai dengan NIP 199901012020011099"),
        ((AGUS, "19781201 200501 1 003"), "NIP 19781201 200501 1 003 disebut lebih dari sekali"),
    ):
        argv = [a for nip in nips for a in ("--nip", nip)]
        refused = run("trainings", "enroll", pid, *argv, "--db", register)
        assert refused.code == 1, refused.out
        assert words in refused.reason, refused.reason
        assert content(register) == before  # Agus was not enrolled either
    missing = run("trainings", "enroll", "999", "--nip", AGUS, "--db", register)
    assert missing.code == 1 and "tidak ditemukan" in missing.reason
    assert content(register) == before
    shown = run("trainings", "enroll", pid, "--nip", AGUS, "--db", register)
    assert shown.code == 0, shown.err
    assert "1 peserta didaftarkan pada Workshop Layanan Publik (kini 3 peserta)" in shown.out
    assert run("trainings", "list", "--db", register, "--json").json()[0]["participants"] == 3


def test_list_by_year(run: Run, register: Path) -> None:
    add(run, register)
    older = run(
        "trainings", "add", "--name", "Seminar SPBE", "--jenis", "9", "--start",
        f"{YEAR - 1}-11-20", "--end", f"{YEAR - 1}-11-20", "--db", register, "--json",
    )  # fmt: skip
    assert older.code == 0, older.err
    assert [r["name"] for r in run("trainings", "list", "--year", str(YEAR - 1), "--db",
                                   register, "--json").json()] == ["Seminar SPBE"]  # fmt: skip
    text = run("trainings", "list", "--year", str(YEAR), "--db", register)
    assert text.code == 0 and "Workshop Layanan Publik" in text.out
    assert "Seminar SPBE" not in text.out and text.out.rstrip().endswith(f"1 kegiatan tahun {YEAR}")
    empty = run("trainings", "list", "--year", "2000", "--db", register)
    assert empty.code == 0 and empty.out.strip() == "0 kegiatan tahun 2000"
    bad = run("trainings", "list", "--year", "abad", "--db", register)
    assert bad.code == 2 and "bukan bilangan bulat" in bad.reason


def test_stored_control_characters_are_escaped_in_the_list(run: Run, register: Path) -> None:
    pid = add(run, register)["id"]
    conn = sqlite3.connect(register)
    conn.execute("UPDATE pelatihan SET nama = 'Workshop\x1b]0;pwned\x07' WHERE id = ?", (pid,))
    conn.commit()
    conn.close()
    result = run("trainings", "list", "--db", register)
    assert result.code == 0, result.err
    assert "\x1b" not in result.out and "\\x1b]0;pwned" in result.out
    raw = run("trainings", "list", "--db", register, "--json")
    assert "\x1b" not in raw.out and raw.json()[0]["name"].startswith("Workshop\x1b")


def test_a_viewer_may_list_but_not_add_or_enroll(
    run: Run, register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = str(add(run, register)["id"])
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    before = content(register)
    assert run("trainings", "list", "--db", register).code == 0
    for argv in (
        ("trainings", "add", "--name", "X", "--jenis", "4", "--start", START, "--end", END),
        ("trainings", "enroll", pid, "--nip", SITI),
    ):
        result = run(*argv, "--db", register)
        assert result.code == 1, argv
        assert "tidak berhak" in result.reason, result.reason
    assert content(register) == before
