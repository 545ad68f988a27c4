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


class ErrorDialog(QDialog):
    def __init__(self, message: str, details: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Terjadi masalah"))
        layout = QVBoxLayout(self)
        self.message_label = QLabel(message)
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message_label)
        self.details = QPlainTextEdit(
            f"ASN Desktop {__version__}\nLog: {paths.log_dir()}\n\n{details}".strip()
        )
        self.details.setReadOnly(True)
        self.details.setVisible(False)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.toggle_button = QPushButton(self.tr("Tampilkan rincian"))
        self.toggle_button.setEnabled(bool(details))
        self.copy_button = QPushButton(self.tr("Salin rincian"))
        buttons.addButton(self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.toggle_button.clicked.connect(self._toggle)
        self.copy_button.clicked.connect(self.copy_details)
        layout.addWidget(buttons)
        self.resize(520, 160)

    def _toggle(self) -> None:
        visible = not self.details.isVisible()
        self.details.setVisible(visible)
        self.toggle_button.setText(
            self.tr("Sembunyikan rincian") if visible else self.tr("Tampilkan rincian")
        )
        self.adjustSize()

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
