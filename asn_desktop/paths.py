"""Where the program keeps its files, per user, through platformdirs.

ASN_DESKTOP_HOME overrides the root (tests and portable installs): then data, logs and
backups all live under that one folder.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "ASN Desktop"
APP_AUTHOR = "Pemkot Bandung"


def _home_override() -> Path | None:
    value = os.environ.get("ASN_DESKTOP_HOME")
    return Path(value) if value else None


def data_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    override = _home_override()
    if override is not None:
        return override / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, APP_AUTHOR)


def default_database() -> Path:
    return data_dir() / "asn-desktop.sqlite"


def backup_dir_for(database: Path) -> Path:
    """Each database file gets its own backup folder, named after it and its location."""
    import hashlib  # here, not at the top: OpenSSL's _hashlib slows the GUI's start-up

    resolved = str(database.expanduser().resolve())
    digest = hashlib.sha1(resolved.encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{database.stem}-{digest}"


def settings_file() -> Path | None:
    """An INI file under ASN_DESKTOP_HOME, or None for the platform's native settings store."""
    override = _home_override()
    return None if override is None else override / "settings.ini"
