"""Typed settings over QSettings, with numbered upgrade steps (Picard's habit).

Only plain types are stored (str, int, bytes); nothing is pickled.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings

from asn_desktop import paths

ORGANISATION = "Pemkot Bandung"
APPLICATION = "ASN Desktop"
SETTINGS_VERSION = 2
LANGUAGES = ("id", "en")


def _upgrade_1_to_2(store: QSettings) -> None:
    # Version 1 kept the language as "indonesia"/"english".
    old = store.value("language")
    if old is not None:
        store.setValue("ui/language", {"english": "en"}.get(str(old), "id"))
        store.remove("language")


UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_1_to_2}


def open_store() -> QSettings:
    file = paths.settings_file()
    if file is not None:
        return QSettings(str(file), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


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

    def sync(self) -> None:
        self.store.sync()
