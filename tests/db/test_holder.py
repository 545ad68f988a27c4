"""One program per database: a second is told who holds it; a killed holder is taken over."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from asn_desktop.db import holder
from asn_desktop.db.holder import DatabaseHeld, acquire, current_holder, holder_path

HOLD_AND_WAIT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from asn_desktop.db.holder import acquire
    acquire(Path(sys.argv[1]), user="siti", program="ASN Desktop (uji)")
    print("HOLDING", flush=True)
    time.sleep(120)
    """
)


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "dinas.sqlite"
    path.write_bytes(b"")
    return path


@pytest.fixture
def other_program(database: Path) -> Iterator[subprocess.Popen[str]]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_WAIT, str(database)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "HOLDING"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait(10)


def test_a_second_program_is_told_who_holds_it(
    database: Path, other_program: subprocess.Popen[str]
) -> None:
    with pytest.raises(DatabaseHeld) as refused:
        acquire(database, user="budi", program="asn-desktop employees set")
    message = str(refused.value)
    assert "siti" in message and "ASN Desktop (uji)" in message
    assert f"proses {other_program.pid}" in message and "sejak" in message
    info = current_holder(database)
    assert info is not None and info.user == "siti" and info.pid == other_program.pid


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_the_hold_of_a_killed_program_is_taken_over(
    database: Path, other_program: subprocess.Popen[str]
) -> None:
    os.kill(other_program.pid, signal.SIGKILL)
    other_program.wait(10)
    assert current_holder(database) is None  # the text is there, the lock is not
    hold = acquire(database, user="budi", program="ASN Desktop")
    try:
        assert hold.took_over is not None and hold.took_over.user == "siti"
        info = current_holder(database)
        assert info is not None and info.user == "budi" and info.pid == os.getpid()
    finally:
        hold.release()


def test_one_process_shares_its_hold_and_release_empties_the_file(database: Path) -> None:
    first = acquire(database, user="budi", program="ASN Desktop")
    second = acquire(database, user="budi", program="ASN Desktop")
    assert first is second
    first.release()
    assert holder_path(database).read_text(encoding="utf-8") != ""  # still held once
    second.release()
    assert holder_path(database).read_text(encoding="utf-8") == ""
    assert database.resolve() not in holder._registry
    # And it can be held again at once.
    acquire(database, user="budi", program="ASN Desktop").release()
