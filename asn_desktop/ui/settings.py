"""Typed settings over QSettings, with numbered upgrade steps (Picard's habit).

Only plain types are stored (str, int, bytes); nothing is pickled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings

from asn_desktop import paths

ORGANISATION = "Pemkot Bandung"
APPLICATION = "ASN Desktop"
SETTINGS_VERSION = 3
LANGUAGES = ("id", "en")
IDLE_LOCK_DEFAULT_MINUTES = 15
IDLE_LOCK_MAX_MINUTES = 24 * 60
# The register's column keys (services.employees.REGISTER_COLUMNS, not imported here: it loads
# SQLAlchemy; tests/ui/test_register_view.py keeps the two equal). The first six show by
# default; NIP and Nama always show.
REGISTER_COLUMN_KEYS = (
    "nip",
    "nama",
    "golongan",
    "jabatan",
    "unit",
    "status",
    "tanggal_lahir",
    "usia",
    "tmt_golongan",
    "masa_kerja",
    "tanggal_pensiun",
    "kedudukan_hukum",
    "keluar",
)
REGISTER_DEFAULT_COLUMNS = REGISTER_COLUMN_KEYS[:6]
REGISTER_FIXED_COLUMNS = ("nip", "nama")


def register_columns_of(keys: object) -> list[str]:
    """Known column keys of `keys`, in the register's order, NIP and Nama always among them."""
    wanted = {str(k) for k in keys} if isinstance(keys, (list, tuple)) else set()
    wanted.update(REGISTER_FIXED_COLUMNS)
    return [key for key in REGISTER_COLUMN_KEYS if key in wanted]


def _upgrade_1_to_2(store: QSettings) -> None:
    # Version 1 kept the language as "indonesia"/"english".
    old = store.value("language")
    if old is not None:
        store.setValue("ui/language", {"english": "en"}.get(str(old), "id"))
        store.remove("language")


def _upgrade_2_to_3(store: QSettings) -> None:
    # Version 3 signs people in and locks the window when idle. The idle time has no
    # dialog of its own beyond the menu's choices: write it out so that it can also be
    # seen (and set to any number of minutes) in the file.
    if store.value("login/idle_lock_minutes") is None:
        store.setValue("login/idle_lock_minutes", IDLE_LOCK_DEFAULT_MINUTES)


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_1_to_2, 2: _upgrade_2_to_3}


def open_store() -> QSettings:
    file = paths.settings_file()
    if file is not None:
        return QSettings(str(file), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


RECENT_DATABASES_MAX = 8


def _recent_list(raw: object) -> list[str]:
    items = [raw] if isinstance(raw, str) else raw if isinstance(raw, list) else []
    seen: list[str] = []
    for item in items:
        if isinstance(item, str) and item.strip() and item not in seen:
            seen.append(item)
    return seen[:RECENT_DATABASES_MAX]


class AppSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else open_store()
        self._upgrade()

    def _upgrade(self) -> None:
        raw = self.store.value("settings_version")
        version = int(raw) if raw is not None else (1 if self.store.allKeys() else SETTINGS_VERSION)
        while version < SETTINGS_VERSION:
            UPGRADES[version](self.store)
            version += 1
        self.store.setValue("settings_version", SETTINGS_VERSION)

    def _str(self, key: str, default: str = "") -> str:
        value = self.store.value(key)
        return default if value is None else str(value)

    def _bytes(self, key: str) -> QByteArray:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    @property
    def language(self) -> str:
        value = self._str("ui/language", "id")
        return value if value in LANGUAGES else "id"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}")
        self.store.setValue("ui/language", value)

    @property
    def last_database(self) -> str:
        return self._str("database/last")

    @last_database.setter
    def last_database(self, value: str) -> None:
        self.store.setValue("database/last", value)

    @property
    def last_username(self) -> str:
        """Who signed in last (offered in the login dialog); never a password."""
        return self._str("login/last_username")

    @last_username.setter
    def last_username(self, value: str) -> None:
        self.store.setValue("login/last_username", value)

    @property
    def idle_lock_minutes(self) -> int:
        """Lock the window after this many minutes without keyboard or mouse; 0: never."""
        try:
            value = int(self._str("login/idle_lock_minutes", str(IDLE_LOCK_DEFAULT_MINUTES)))
        except ValueError:  # a hand-edited file
            return IDLE_LOCK_DEFAULT_MINUTES
        return value if 0 <= value <= IDLE_LOCK_MAX_MINUTES else IDLE_LOCK_DEFAULT_MINUTES

    @idle_lock_minutes.setter
    def idle_lock_minutes(self, value: int) -> None:
        if not 0 <= value <= IDLE_LOCK_MAX_MINUTES:
            raise ValueError(f"idle lock minutes out of range: {value!r}")
        self.store.setValue("login/idle_lock_minutes", int(value))

    @property
    def main_geometry(self) -> QByteArray:
        return self._bytes("main_window/geometry")

    @main_geometry.setter
    def main_geometry(self, value: QByteArray) -> None:
        self.store.setValue("main_window/geometry", value)

    @property
    def main_state(self) -> QByteArray:
        return self._bytes("main_window/state")

    @main_state.setter
    def main_state(self, value: QByteArray) -> None:
        self.store.setValue("main_window/state", value)

    @property
    def employee_header(self) -> QByteArray:
        return self._bytes("employee_table/header")

    @employee_header.setter
    def employee_header(self, value: QByteArray) -> None:
        self.store.setValue("employee_table/header", value)

    # -- recent databases ---------------------------------------------------------------------

    @property
    def recent_databases(self) -> list[str]:
        """The database files opened last, newest first (at most RECENT_DATABASES_MAX).

        Validated on read: a hand-edited or foreign value gives only the non-empty strings
        in it, each once (an INI file reads a one-item list back as a plain string)."""
        return _recent_list(self.store.value("database/recent"))

    @recent_databases.setter
    def recent_databases(self, value: list[str]) -> None:
        if not all(isinstance(item, str) for item in value):
            raise ValueError(f"recent databases must be strings: {value!r}")
        self.store.setValue("database/recent", _recent_list(list(value)))

    def remember_database(self, path: str) -> None:
        """`path` to the front of the recent databases (once, the oldest dropping off)."""
        self.recent_databases = [path, *(p for p in self.recent_databases if p != path)]

    @property
    def register_columns(self) -> list[str]:
        """The register's columns shown (keys of REGISTER_COLUMN_KEYS, in that order);
        unknown keys in the file are dropped, NIP and Nama are always there."""
        value = self.store.value("employee_table/columns")
        if value is None:
            return list(REGISTER_DEFAULT_COLUMNS)
        if isinstance(value, str):  # one key, or a hand-edited "a, b" line
            value = [part.strip() for part in value.split(",") if part.strip()]
        return register_columns_of(value)

    @register_columns.setter
    def register_columns(self, value: list[str]) -> None:
        unknown = [key for key in value if key not in REGISTER_COLUMN_KEYS]
        if unknown:
            raise ValueError(f"unknown register columns: {unknown!r}")
        self.store.setValue("employee_table/columns", register_columns_of(value))

    def sync(self) -> None:
        self.store.sync()
