"""`employees show`, `employees set` and `employees dossier`: scripting through the services."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from accounts import TEST_PASSWORDS

from .conftest import Run
from .helpers import BUDI, SITI, populate


@pytest.fixture
def register(db_file: Path) -> Path:
    populate(db_file)
    return db_file


def test_show_prints_the_fields_and_json(run: Run, register: Path) -> None:
    shown = run("employees", "show", "19850315 201001 1 002", "--db", register)
    assert shown.code == 0, shown.err
    assert "Budi Santoso" in shown.out and "15-03-1985" in shown.out
    data = run("employees", "show", BUDI, "--db", register, "--json").json()
    assert data["nip"] == BUDI and data["tanggal_lahir"] == "1985-03-15"
    assert data["golongan"] == "III/c" and data["unit"] == "Seksi Jaringan"
    missing = run("employees", "show", "199901012020011009", "--db", register)
    assert missing.code == 1 and "tidak ada pegawai" in missing.reason


def test_set_changes_fields_through_the_service(run: Run, register: Path) -> None:
    before = run("employees", "show", BUDI, "--db", register, "--json").json()
    result = run(
        "employees", "set", BUDI, "telepon=081234567890", "alamat=Jl. Merdeka 1",
        "tmt_pns=01-01-2011", "--db", register, "--json",
    )  # fmt: skip
    assert result.code == 0, result.err
    data = result.json()
    assert data["changed"] == ["tmt_pns", "telepon", "alamat"]
    assert data["revision"] == before["revision"] + 1
    assert data["tmt_pns"] == "2011-01-01" and data["updated_by"] == "admin"
    again = run("employees", "set", BUDI, "telepon=081234567890", "--db", register)
    assert again.code == 0 and "Tidak ada perubahan" in again.out
    audit = run("audit", "list", "--db", register, "--json", "--action", "update").json()
    assert audit[0]["changes"]["alamat"] == ["", "Jl. Merdeka 1"]


def test_set_gives_the_validation_messages_of_the_form(run: Run, register: Path) -> None:
    bad = run("employees", "set", BUDI, "email=bukan-email", "telepon=12", "--db", register)
    assert bad.code == 1
    assert bad.reason.startswith("asn-desktop: Data belum benar:")
    assert "email" in bad.reason.lower() and "telepon" in bad.reason.lower()
    date = run("employees", "set", BUDI, "tanggal_lahir=31-02-1985", "--db", register)
    assert date.code == 1 and "Tanggal lahir" in date.reason
    unknown = run("employees", "set", BUDI, "gaji=100", "--db", register)
    assert unknown.code == 2 and "tidak dikenal" in unknown.reason
    shape = run("employees", "set", BUDI, "telepon", "--db", register)
    assert shape.code == 2 and "FIELD=VALUE" in shape.reason


@pytest.mark.parametrize(
    "value",
    [
        "A" * 100_000,
        "Bandung\x00",
        "\x1b]0;pwned\x07\x1b[2J",
        "Band\u202eung",
        "Bandung\ud800",
    ],
    ids=["100k", "nul", "escape", "rtl-override", "lone-surrogate"],
)
def test_hostile_text_is_refused_and_nothing_saved(run: Run, register: Path, value: str) -> None:
    before = run("employees", "show", BUDI, "--db", register, "--json").json()
    result = run("employees", "set", BUDI, f"tempat_lahir={value}", "--db", register)
    assert result.code == 1
    assert "Tempat lahir" in result.reason
    assert "\x1b" not in result.err and "\u202e" not in result.err and "\x00" not in result.err
    assert len(result.err) < 1000
    assert run("employees", "show", BUDI, "--db", register, "--json").json() == before


def test_stored_control_characters_are_escaped_on_the_terminal(
    run: Run, register: Path
) -> None:
    import sqlite3

    conn = sqlite3.connect(register)
    conn.execute(
        "UPDATE employee SET nama = 'Siti\x1b]0;pwned\x07\x1b[2J' WHERE nip = ?", (SITI,)
    )
    conn.commit()
    conn.close()
    for argv in (("employees", "list"), ("employees", "show", SITI)):
        result = run(*argv, "--db", register)
        assert result.code == 0, result.err
        assert "\x1b" not in result.out and "\x07" not in result.out
        assert "\\x1b]0;pwned" in result.out
    raw = run("employees", "show", SITI, "--db", register, "--json")
    assert "\x1b" not in raw.out and raw.json()["nama"].startswith("Siti\x1b]0;")


def test_a_viewer_can_show_but_not_set_or_export(
    run: Run, register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    before = register.read_bytes()
    assert run("employees", "show", BUDI, "--db", register).code == 0
    for argv in (
        ("employees", "set", BUDI, "telepon=081234567890"),
        ("employees", "dossier", BUDI, "--out", str(tmp_path / "d.json")),
        ("audit", "export", "--out", str(tmp_path / "a.csv")),
        ("db", "backup"),
    ):
        result = run(*argv, "--db", register)
        assert result.code == 1, argv
        assert "tidak berhak" in result.reason, (argv, result.reason)
    assert not (tmp_path / "d.json").exists() and not (tmp_path / "a.csv").exists()
    monkeypatch.setenv("ASN_USER", "admin")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["admin"])
    show = run("employees", "show", BUDI, "--db", register, "--json").json()
    assert show["telepon"] == "" and show["revision"] >= 1
    del before


def test_dossier_writes_the_persons_data(run: Run, register: Path, tmp_path: Path) -> None:
    out = tmp_path / "dosir.json"
    result = run("employees", "dossier", BUDI, "--out", out, "--db", register)
    assert result.code == 0, result.err
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["pegawai"]["nip"] == BUDI and data["riwayat_pangkat"]
    assert any(e["aksi"] == "create" for e in data["jejak_audit"])
    again = run("employees", "dossier", BUDI, "--out", out, "--db", register)
    assert again.code == 1 and "sudah ada" in again.reason


def test_audit_list_filters_and_export(run: Run, register: Path, tmp_path: Path) -> None:
    everything = run("audit", "list", "--db", register, "--json").json()
    assert everything and all(e["user"] == "admin" for e in everything)
    units = run("audit", "list", "--db", register, "--json", "--entity", "org_unit").json()
    assert units and {e["entity_type"] for e in units} == {"org_unit"}
    nobody = run("audit", "list", "--db", register, "--json", "--by", "viewer").json()
    assert nobody == []
    future = run("audit", "list", "--db", register, "--json", "--since", "01-01-2099").json()
    assert future == []
    text = run("audit", "list", "--db", register, "--limit", "3")
    assert text.code == 0 and text.out.strip().endswith("3 catatan")
    out = tmp_path / "audit.csv"
    exported = run("audit", "export", "--db", register, "--out", out)
    assert exported.code == 0, exported.err
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("No.,Waktu,Pengguna") and len(lines) >= len(everything) + 1
    bad = run("audit", "list", "--db", register, "--action", "hack")
    assert bad.code == 1 and "tidak dikenal" in bad.reason


# Every command, as a viewer: what it may do, and the writing ones refused with nothing
# written. A new command must join one of the two lists (the first test fails otherwise).
VIEWER_MAY = {
    ("employees", "list"): (),
    ("employees", "show"): (BUDI,),
    ("audit", "list"): (),
    ("db", "check"): (),
    ("trainings", "list"): (),
    ("report", "jp"): ("--year", "2025"),
}
VIEWER_REFUSED = {
    ("employees", "set"): (BUDI, "telepon=081234567890"),
    ("employees", "dossier"): (BUDI, "--out", "{tmp}/d.json"),
    ("audit", "export"): ("--out", "{tmp}/a.xlsx"),
    ("users", "list"): (),
    ("users", "add"): ("baru", "--role", "viewer"),
    ("users", "lock"): ("operator",),
    ("users", "unlock"): ("operator",),
    ("users", "passwd"): ("operator",),
    ("users", "role"): ("operator", "admin"),
    ("db", "backup"): (),
    ("db", "backup", "--out", "{tmp}/copy.sqlite"): (),
    ("db", "restore"): ("--from", "{backup}"),
    ("db", "init"): ("--agency-code", "LAIN"),
    ("demo",): ("--employees", "5"),
    ("trainings", "add"): (
        "--name", "Workshop", "--jenis", "4", "--start", "2025-05-05", "--end", "2025-05-07"
    ),
    ("trainings", "enroll"): ("1", "--nip", BUDI),
    ("plan", "generate"): ("--year", "2027"),
    ("plan", "export"): ("--year", "2027", "--out", "{tmp}/p.xlsx"),
}
# db upgrade writes only the schema, which the window also does on opening for anyone.
# Printing and verifying are a viewer's right too, on a database with appraisals: see
# tests/cli/test_print_commands.py::test_a_viewer_may_print_report_and_verify.
NEITHER = {
    ("db", "upgrade"),
    ("print", "appraisal"),
    ("print", "batch"),
    ("print", "skp"),
    ("report", "appraisals"),
    ("verify",),
}


def _commands() -> set[tuple[str, ...]]:
    import argparse

    from asn_desktop.cli import build_parser

    found: set[tuple[str, ...]] = set()

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> None:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            found.add(path)
            return
        for sub in subs:
            for name, child in sub.choices.items():
                walk(child, (*path, name))

    walk(build_parser(), ())
    return found


def test_every_command_is_classified_for_the_viewer() -> None:
    commands = {c for c in set(VIEWER_MAY) | set(VIEWER_REFUSED) if "--out" not in c}
    assert _commands() == commands | NEITHER


def test_a_viewer_is_refused_every_writing_command(
    run: Run, register: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hashlib
    import sqlite3

    made = run("db", "backup", "--db", register, "--json")
    assert made.code == 0, made.err
    backup = made.json()["backup"]
    monkeypatch.setenv("ASN_USER", "viewer")
    monkeypatch.setenv("ASN_PASSWORD", TEST_PASSWORDS["viewer"])
    monkeypatch.setenv("ASN_NEW_PASSWORD", "apa-saja-123")

    def content() -> str:
        """Everything but the sign-ins themselves: the viewer's logins are recorded (who
        looked is part of the trail); nothing else may change."""
        conn = sqlite3.connect(register)
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
            users = conn.execute(
                "SELECT username, role, password_hash, locked_at, failed_logins FROM app_user"
            ).fetchall()
            lines += [repr(sorted(actions)), repr(sorted(users))]
            return hashlib.sha256("\n".join(lines).encode()).hexdigest()
        finally:
            conn.close()

    before = content()
    for command, extra in VIEWER_REFUSED.items():
        argv = [a.format(tmp=tmp_path, backup=backup) for a in (*command, *extra)]
        result = run(*argv, "--db", register)
        assert result.code == 1, (command, result.out, result.err)
        # db init and demo refuse a filled register whoever asks (tests/demo covers a
        # viewer's demo on an empty one).
        assert "tidak berhak" in result.reason or "sudah berisi" in result.reason or (
            "dan berisi" in result.reason
        ), (
            command,
            result.reason,
        )
        assert content() == before, f"{command} wrote as a viewer"
    for command, extra in VIEWER_MAY.items():
        assert run(*command, *extra, "--db", register).code == 0, command
    assert not list(tmp_path.glob("*.json")) and not list(tmp_path.glob("*.xlsx"))
    assert not (tmp_path / "copy.sqlite").exists()
