"""The entry point: version, GUI hand-over, usage errors, and a real process."""

from __future__ import annotations

import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from asn_desktop import __version__, cli

from .conftest import Run


@pytest.fixture
def fake_gui(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    calls: list[dict[str, Any]] = []

    def run_gui(**kwargs: Any) -> int:
        calls.append(kwargs)
        return 0

    module = types.ModuleType("asn_desktop.ui.app")
    module.run_gui = run_gui  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "asn_desktop.ui.app", module)
    return calls


def test_no_command_opens_the_gui(run: Run, fake_gui: list[dict[str, Any]]) -> None:
    assert run().code == 0
    assert run("--demo").code == 0
    assert run("--db", "kantor.sqlite", "--allow-network-share").code == 0
    assert fake_gui == [
        {"db": None, "demo": False, "allow_network_share": False},
        {"db": None, "demo": True, "allow_network_share": False},
        {"db": "kantor.sqlite", "demo": False, "allow_network_share": True},
    ]


def test_version(run: Run) -> None:
    result = run("--version")
    assert (result.code, result.out) == (0, f"asn-desktop {__version__}\n")


@pytest.mark.parametrize(
    "argv",
    [
        ["db"],
        ["frobnicate"],
        ["demo", "--db", "x.sqlite"],
        ["demo", "--employees", "5"],
        ["--demo", "db", "check"],
        ["--demo", "--db", "x.sqlite"],
        ["db", "restore", "--db", "x.sqlite"],
        ["db", "init", "--db", "x.sqlite", "--agency-code", " "],
    ],
)
def test_usage_errors_exit_2_with_one_line(
    run: Run,
    argv: list[str],
    fake_gui: list[dict[str, Any]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(*argv)
    assert result.code == 2
    assert result.out == ""
    result.reason  # noqa: B018  (exactly one "asn-desktop: ..." line)
    assert fake_gui == []
    assert not (tmp_path / "x.sqlite").exists()


def test_multi_line_messages_become_one_line() -> None:
    text = "Data belum benar:\nnip: NIP wajib diisi.\ntanggal_lahir: wajib diisi."
    assert cli.one_line(text) == (
        "Data belum benar: nip: NIP wajib diisi.; tanggal_lahir: wajib diisi."
    )
    assert cli.ribuan(20000) == "20.000"
    assert cli.desimal(1.25, 2) == "1,25"


def _asn(*argv: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, ASN_DESKTOP_HOME=str(home))
    return subprocess.run(
        [sys.executable, "-m", "asn_desktop", *argv],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_process_version(tmp_path: Path, asn_home: Path) -> None:
    done = _asn("--version", cwd=tmp_path, home=asn_home)
    assert (done.returncode, done.stdout, done.stderr) == (0, f"asn-desktop {__version__}\n", "")


def test_process_missing_database(tmp_path: Path, asn_home: Path) -> None:
    done = _asn("employees", "list", "--db", "missing.sqlite", cwd=tmp_path, home=asn_home)
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("asn-desktop: ") and "missing.sqlite" in lines[0]
    assert not (tmp_path / "missing.sqlite").exists()
