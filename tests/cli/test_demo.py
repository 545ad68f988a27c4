"""`asn-desktop demo`: a reproducible register in a new database, never over real data."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from asn_desktop.db import engine as engine_module
from asn_desktop.services.database import Database

from .conftest import Run
from .helpers import populate


@pytest.mark.slow
def test_same_seed_gives_the_same_register(run: Run, tmp_path: Path) -> None:
    outputs = []
    for name in ("satu.sqlite", "dua.sqlite"):
        target = tmp_path / name
        made = run("demo", "--db", target, "--employees", "60", "--seed", "7", "--json")
        assert made.code == 0, made.err
        summary = made.json()
        assert summary["employees"] == 60 and summary["units"] > 0
        assert summary["seconds"] >= 0
        listed = run("employees", "list", "--db", target, "--json", "--sort", "nip")
        assert listed.code == 0, listed.err
        assert len(listed.json()) == 60
        outputs.append(listed.out)
    assert outputs[0] == outputs[1]

    other = tmp_path / "lain.sqlite"
    assert run("demo", "--db", other, "--employees", "60", "--seed", "8").code == 0
    assert run("employees", "list", "--db", other, "--json", "--sort", "nip").out != outputs[0]


def test_human_summary_and_refusal_of_a_filled_database(run: Run, tmp_path: Path) -> None:
    # A new database: it gets the demo accounts and the demo is written as their admin.
    db_file = tmp_path / "baru.sqlite"
    made = run("demo", "--db", db_file, "--employees", "5")
    assert made.code == 0, made.err
    assert made.err == ""  # no progress when stderr is not a terminal
    assert "5 pegawai" in made.out and "detik" in made.out
    again = run("demo", "--db", db_file, "--employees", "5")
    assert again.code == 1
    assert "sudah berisi 5 pegawai" in again.reason


def test_refuses_a_database_with_real_employees(run: Run, db_file: Path) -> None:
    populate(db_file)
    result = run("demo", "--db", db_file, "--employees", "5", "--json")
    assert result.code == 1
    assert result.out == ""
    assert "sudah berisi 3 pegawai" in result.reason


def test_locked_database_while_writing(
    run: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file = tmp_path / "baru.sqlite"  # no accounts yet: the demo makes its own
    # WAL, as in use: readers pass, the writer must wait
    Database.open(db_file, create=True).close()
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(db_file, isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        result = run("demo", "--db", db_file, "--employees", "5")
    finally:
        holder.close()
    assert result.code == 1
    assert "dikunci" in result.reason


def test_briefly_locked_database_is_waited_for(run: Run, tmp_path: Path) -> None:
    """Like every other write, demo waits (busy timeout) for a lock that is soon released."""
    db_file = tmp_path / "baru.sqlite"
    Database.open(db_file, create=True).close()  # WAL, as in use
    holder = sqlite3.connect(db_file, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")  # another program is writing
    released = threading.Event()

    def release_soon() -> None:
        holder.execute("ROLLBACK")
        released.set()

    timers: list[threading.Timer] = []

    def on_statement(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        # The demo has reached the point where it needs the write lock: let go shortly
        # (the busy timeout is 8 s). Before the fix its first INSERT failed at once here.
        if not timers and statement.startswith(("BEGIN IMMEDIATE", "INSERT")):
            timers.append(threading.Timer(0.3, release_soon))
            timers[0].start()

    event.listen(Engine, "before_cursor_execute", on_statement)
    try:
        result = run("demo", "--db", db_file, "--employees", "5", "--json")
    finally:
        event.remove(Engine, "before_cursor_execute", on_statement)
        for timer in timers:
            timer.join()
        if not released.is_set():
            holder.execute("ROLLBACK")
        holder.close()
    assert released.is_set()
    assert result.code == 0, result.err
    assert result.json()["employees"] == 5
