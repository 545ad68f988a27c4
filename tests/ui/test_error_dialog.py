"""The error dialog: a short message, details one click away, copyable."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from asn_desktop import __version__
from asn_desktop.ui.error_dialog import ErrorDialog, install_excepthook, show_error

TRACE = 'Traceback (most recent call last):\n  File "x.py", line 1\nOSError: disk penuh'


def test_details_are_hidden_until_asked_for(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Cadangan gagal dibuat.", TRACE)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.message_label.text() == "Cadangan gagal dibuat."
    assert not dialog.details.isVisible()
    assert dialog.toggle_button.text() == "Tampilkan rincian"
    assert dialog.toggle_button.isEnabled()

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert dialog.details.isVisible()
    assert dialog.toggle_button.text() == "Sembunyikan rincian"
    text = dialog.details.toPlainText()
    assert text.startswith(f"ASN Desktop {__version__}\nLog: ")
    assert text.endswith(TRACE)
    assert dialog.details.isReadOnly()

    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert not dialog.details.isVisible()
    assert dialog.toggle_button.text() == "Tampilkan rincian"


def test_copy_puts_message_and_details_on_the_clipboard(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Cadangan gagal dibuat.", TRACE)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Cadangan gagal dibuat.\n\nASN Desktop ")
    assert copied.endswith(TRACE)


def test_without_details_there_is_nothing_to_show(qtbot: QtBot) -> None:
    dialog = ErrorDialog("Basis data tidak ditemukan.")
    qtbot.addWidget(dialog)
    assert not dialog.toggle_button.isEnabled()


def test_show_error_and_the_excepthook_open_the_dialog(
    dialogs_shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    show_error(None, "Pesan singkat", TRACE)
    assert dialogs_shown == ["Pesan singkat"]
    dialogs_shown.clear()

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook()
    try:
        raise RuntimeError("tak terduga")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(dialogs_shown) == 1 and "Data yang sudah disimpan aman" in dialogs_shown[0]
    dialogs_shown.clear()
