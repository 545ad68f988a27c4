"""Form rows that show their own problem under the input, in the user's words."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from asn_desktop.domain import TanggalError, format_tanggal_angka, parse_tanggal

ERROR_STYLE = "color: #b00020;"
INVALID_STYLE = "border: 1px solid #b00020;"


class FieldRow(QWidget):
    """An input with an error label below it, hidden while the value is fine."""

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_problem(self, message: str | None) -> None:
        if message:
            self.error.setText(message)
            self.error.show()
            self.editor.setStyleSheet(INVALID_STYLE)
        else:
            self.error.clear()
            self.error.hide()
            self.editor.setStyleSheet("")

    def problem(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""


class DateEdit(QLineEdit):
    """Typed dates (15-03-1985, 15 Maret 1985, 1985-03-15): clerks type faster than they click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("HH-BB-TTTT"))

    def set_date(self, value: date | None) -> None:
        self.setText(format_tanggal_angka(value) if value else "")

    def parsed(self) -> date | None:
        """The date, None when empty; raises TanggalError with the problem otherwise."""
        text = self.text().strip()
        return parse_tanggal(text) if text else None


__all__ = ["DateEdit", "FieldRow", "TanggalError"]
