"""AppSettings: an INI file under ASN_DESKTOP_HOME, numbered upgrades, plain types only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from asn_desktop import paths
from asn_desktop.ui.settings import SETTINGS_VERSION, AppSettings


def _raw_store() -> QSettings:
    file = paths.settings_file()
    assert file is not None
    return QSettings(str(file), QSettings.Format.IniFormat)


def test_settings_live_in_the_test_home(asn_home: Path) -> None:
    settings = AppSettings()
    settings.last_database = "/data/asn.sqlite"
    settings.sync()
    assert settings.store.fileName() == str(asn_home / "settings.ini")
    assert "asn.sqlite" in (asn_home / "settings.ini").read_text()


def test_new_settings_start_at_the_current_version_with_defaults() -> None:
    settings = AppSettings()
    assert int(settings.store.value("settings_version")) == SETTINGS_VERSION
    assert settings.language == "id"
    assert settings.last_database == ""
    assert settings.main_geometry.isEmpty()


@pytest.mark.parametrize(("old", "new"), [("english", "en"), ("indonesia", "id")])
def test_version_1_language_is_upgraded(old: str, new: str) -> None:
    store = _raw_store()
    store.setValue("language", old)
    store.setValue("database/last", "/data/lama.sqlite")
    store.sync()

    settings = AppSettings()
    assert settings.language == new
    assert settings.store.value("language") is None
    assert settings.store.value("ui/language") == new
    assert int(settings.store.value("settings_version")) == SETTINGS_VERSION
    assert settings.last_database == "/data/lama.sqlite"  # other keys untouched
    settings.sync()
    assert AppSettings().language == new  # persisted, and not upgraded twice


def test_language_is_validated() -> None:
    settings = AppSettings()
    settings.language = "en"
    assert settings.language == "en"
    with pytest.raises(ValueError, match="unsupported language"):
        settings.language = "fr"
    settings.store.setValue("ui/language", "klingon")  # a hand-edited file
    assert settings.language == "id"


def test_bytes_round_trip_through_the_file() -> None:
    blob = QByteArray(bytes(range(256)) + b"\x00=;[]\n")
    settings = AppSettings()
    settings.main_geometry = blob
    settings.main_state = QByteArray(b"state")
    settings.employee_header = QByteArray()
    settings.sync()

    again = AppSettings()
    assert again.main_geometry == blob
    assert bytes(again.main_geometry.data()) == bytes(blob.data())
    assert again.main_state == QByteArray(b"state")
    assert again.employee_header.isEmpty()


def test_a_non_bytes_value_reads_as_empty() -> None:
    settings = AppSettings()
    settings.store.setValue("main_window/geometry", "not bytes")
    assert settings.main_geometry.isEmpty()


def test_indonesian_ui_translates_qt_standard_buttons(qtbot) -> None:  # type: ignore[no-untyped-def]
    """PySide6 has no qtbase_id.qm; our qt_id.qm gives the dialog buttons Indonesian text."""
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from asn_desktop.ui.i18n import install_translators

    app = QApplication.instance()
    installed = install_translators(app, "id")
    try:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        qtbot.addWidget(box)
        texts = {b.text() for b in box.buttons()}
        assert texts == {"Simpan", "Tutup"}
    finally:
        for translator in installed:
            app.removeTranslator(translator)
