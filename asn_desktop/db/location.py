"""Is a database path on a network share?

SQLite's locking (and WAL in particular) is unreliable over SMB/NFS: two clerks opening the
same file on a shared drive can corrupt it. We warn and refuse unless the user insists.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "fuse.sshfs",
        "9p",
        "afs",
        "ncpfs",
        "fuse.rclone",
        "davfs",
        "fuse.davfs2",
    }
)


def filesystem_type(path: Path, mounts_text: str) -> str | None:
    """The fstype of the longest mount point containing `path`, from /proc/mounts text."""
    best: tuple[int, str] | None = None
    target = str(path)
    for line in mounts_text.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and (best is None or len(mount_point) > best[0]):
            best = (len(mount_point), parts[2])
    return best[1] if best else None


def is_network_path(path: Path, *, mounts_text: str | None = None) -> bool:
    path = Path(os.path.abspath(path))
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True  # UNC path: \\server\share\...
    if sys.platform == "win32":
        return _windows_drive_is_remote(text)
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return False
    fstype = filesystem_type(path, mounts_text)
    return fstype in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(text: str) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive_remote = 4
    root = text[:3] if len(text) >= 3 and text[1] == ":" else text
    kernel32 = ctypes.WinDLL("kernel32")  # type: ignore[attr-defined]
    return bool(kernel32.GetDriveTypeW(root) == drive_remote)
