"""A short message for the user, with the technical details one click away to copy."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop import __version__, paths

log = logging.getLogger(__name__)

# The dialog's size at least while its details are shown (width, height in pixels): a
# traceback needs some 80 columns and a dozen lines to be read.
DETAILS_SIZE = (720, 440)


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi masalah"))
        layout = QVBoxLayout(self)
        self._layout = layout
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(
            f"ASN Desktop {__version__}\nLog: {paths.log_dir()}\n\n{details}".strip()
        )
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumHeight(160)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons = buttons
        # add_choice: what the user chose instead of just closing (None: closed).
        self.chosen: str | None = None
        self.toggle_button = QPushButton(self.tr("Tampilkan rincian"))
        self.toggle_button.setEnabled(bool(details))
        self.copy_button = QPushButton(self.tr("Salin rincian"))
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.toggle_button.setVisible(bool(details))  # after addButton, which shows it
        buttons.rejected.connect(self.reject)
        self.toggle_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self.copy_details)
        layout.addWidget(buttons)
        self.resize(520, 160)
        self._compact_size = self.size()

    def _toggle(self) -> None:
        """Show or hide the details. adjustSize() would shrink the dialog to its word-wrapped
        label's narrow hint; shown, the details get a readable box (DETAILS_SIZE at least,
        within the screen), hidden, the dialog returns to the size it had before."""
        visible = not self.details.isVisible()
        if visible:
            self._compact_size = self.size()
        self.details.setVisible(visible)
        self._layout.activate()  # the minimum size without (or with) the details, now
        self.toggle_button.setText(
            self.tr("Sembunyikan rincian") if visible else self.tr("Tampilkan rincian")
        )
        if visible:
            width, height = DETAILS_SIZE
            screen = self.screen().availableGeometry() if self.screen() is not None else None
            if screen is not None:
                width = min(width, screen.width() - 40)
                height = min(height, screen.height() - 80)
            self.resize(max(self.width(), width), max(self.height(), height))
        else:
            self.resize(self._compact_size)

    def add_choice(self, key: str, text: str, *, default: bool = False) -> QPushButton:
        """A button that closes the dialog with `chosen` set to `key` (a way out of the
        problem, say "Buat basis data baru di sini…")."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)

        def choose() -> None:
            self.chosen = key
            self.accept()

        button.clicked.connect(choose)
        if default:
            button.setDefault(True)
            button.setFocus()
        return button

    def copy_details(self) -> None:
        text = f"{self.message_label.text()}\n\n{self.details.toPlainText()}"
        QGuiApplication.clipboard().setText(text)


def show_error(parent: QWidget | None, message: str, details: str = "") -> None:
    dialog = ErrorDialog(message, details, parent)
    dialog.exec()


def install_excepthook() -> None:
    """Unexpected errors are logged and shown, instead of silently killing the window."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, value, tb))
        log.critical("unhandled exception:\n%s", details)
        if QApplication.instance() is None:
            sys.__excepthook__(kind, value, tb)
            return
        show_error(
            QApplication.activeWindow(),
            QApplication.translate(
                "ErrorDialog",
                "Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman; "
                "langkah terakhir mungkin belum tersimpan. Kirim rincian ini ke pengelola.",
            ),
            details,
        )

    sys.excepthook = hook
