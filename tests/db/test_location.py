"""Network-share detection and the refusal to open a database there."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from asn_desktop.db import opening
from asn_desktop.db.errors import NetworkShareRefused
from asn_desktop.db.location import filesystem_type, is_network_path
from asn_desktop.db.opening import open_engine

MOUNTS = """\
sysfs /sys sysfs rw,nosuid,nodev,noexec,relatime 0 0
/dev/sda2 / ext4 rw,relatime 0 0
//nas/pegawai /mnt/nas cifs rw,relatime,vers=3.0 0 0
/dev/sdb1 /mnt/nas/lokal ext4 rw,relatime 0 0
server:/export/asn /srv/asn nfs4 rw,relatime 0 0
//nas/data\\040bersama /mnt/data\\040bersama cifs rw 0 0
/dev/sdc1 /media/usb\\040stick vfat rw 0 0
broken line
"""


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/home/budi/asn.sqlite", "ext4"),
        ("/mnt/nas/asn.sqlite", "cifs"),
        ("/mnt/nas", "cifs"),
        ("/mnt/nas/lokal/asn.sqlite", "ext4"),  # longest mount prefix wins
        ("/mnt/nas2/asn.sqlite", "ext4"),  # a prefix of the name is not a parent folder
        ("/srv/asn/kantor/asn.sqlite", "nfs4"),
        ("/mnt/data bersama/asn.sqlite", "cifs"),  # \040 is a space in /proc/mounts
        ("/media/usb stick/asn.sqlite", "vfat"),
    ],
)
def test_filesystem_type(path: str, expected: str) -> None:
    assert filesystem_type(Path(path), MOUNTS) == expected


def test_filesystem_type_unknown_without_root_mount() -> None:
    assert filesystem_type(Path("/home/a.sqlite"), "tmpfs /tmp tmpfs rw 0 0\n") is None


@pytest.mark.parametrize(
    ("path", "network"),
    [
        ("/home/budi/asn.sqlite", False),
        ("/mnt/nas/asn.sqlite", True),
        ("/mnt/nas/lokal/asn.sqlite", False),
        ("/srv/asn/asn.sqlite", True),
        ("/mnt/data bersama/asn.sqlite", True),
        ("/media/usb stick/asn.sqlite", False),
    ],
)
def test_is_network_path_from_mounts(path: str, network: bool) -> None:
    assert is_network_path(Path(path), mounts_text=MOUNTS) is network


def test_relative_path_is_resolved_against_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    mounts = f"/dev/sda2 / ext4 rw 0 0\n//nas/x {tmp_path} cifs rw 0 0\n"
    assert is_network_path(Path("asn.sqlite"), mounts_text=mounts)


def test_unc_path_is_network() -> None:
    local_only = "/dev/sda2 / ext4 rw 0 0\n"
    assert is_network_path(Path("//server/share/asn.sqlite"), mounts_text=local_only)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        assert is_network_path(Path(r"\\server\share\asn.sqlite"), mounts_text=local_only)


def test_open_engine_refuses_network_share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Path] = []

    def on_share(path: Path, **_kw: object) -> bool:
        seen.append(path)
        return True

    monkeypatch.setattr(opening, "is_network_path", on_share)
    path = tmp_path / "share" / "asn.sqlite"
    with pytest.raises(NetworkShareRefused, match="jaringan") as caught:
        open_engine(path, create=True, load_reference=False)
    assert "--allow-network-share" in str(caught.value)
    assert seen == [path.resolve()]
    assert not path.exists(), "nothing is written before the refusal"

    engine, report = open_engine(path, create=True, allow_network_share=True, load_reference=False)
    engine.dispose()
    assert report.created and path.is_file()


def test_existing_database_on_share_is_refused_too(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(opening, "is_network_path", lambda _path, **_kw: True)
    with pytest.raises(NetworkShareRefused):
        open_engine(db_path, load_reference=False)
    engine, report = open_engine(db_path, allow_network_share=True, load_reference=False)
    engine.dispose()
    assert not report.created


def test_local_path_is_not_refused(db_path: Path) -> None:
    """The real check (reading /proc/mounts) passes for pytest's temporary folder."""
    if is_network_path(db_path):  # pragma: no cover - unusual CI machine
        pytest.skip("tmp_path itself is on a network filesystem here")
    engine, _ = open_engine(db_path, load_reference=False)
    engine.dispose()
