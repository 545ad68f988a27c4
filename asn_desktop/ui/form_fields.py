"""Form rows that show their own problem under the input, in the user's words."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from asn_desktop.domain.tanggal import TanggalError, format_tanggal_angka, parse_tanggal

# The input policy (domain.masukan: DATE_FIELDS, TEXT_FIELDS, check_date) is imported where it
# is used: the sign-in dialog, on the start-up path, has FieldRow only and needs none of it.

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


# "30 Nopember 1985" and the like; nothing longer is a date.
DATE_TEXT_MAX_LENGTH = 32


class DateEdit(QLineEdit):
    """Typed dates (15-03-1985, 15 Maret 1985, 1985-03-15): clerks type faster than they click."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("HH-BB-TTTT"))
        self.setMaxLength(DATE_TEXT_MAX_LENGTH)
        self.policy_field: str | None = None
        self.today: date | None = None

    def limit_to(self, field: str, today: date | None = None) -> None:
        """Accept only the dates the input policy allows for ``field`` (as of ``today``,
        default the day it is read)."""
        self.policy_field, self.today = field, today

    def date_range(self) -> tuple[date, date] | None:
        """(earliest, latest) date this edit accepts, None when it has no policy field."""
        if self.policy_field is None:
            return None
        from asn_desktop.domain.masukan import DATE_FIELDS

        return DATE_FIELDS[self.policy_field].bounds(self.today or date.today())

    def set_date(self, value: date | None) -> None:
        self.setText(format_tanggal_angka(value) if value else "")

    def parsed(self) -> date | None:
        """The date, None when empty; raises TanggalError with the problem otherwise
        (unreadable, or outside the range of its policy field)."""
        text = self.text().strip()
        value = parse_tanggal(text) if text else None
        if value is not None and self.policy_field is not None:
            from asn_desktop.domain.masukan import check_date

            today = self.today or date.today()
            if problems := check_date(self.policy_field, value, today=today):
                raise TanggalError(problems[0].message)
        return value


def _cap_plain_text(edit: QPlainTextEdit, limit: int) -> None:
    """QPlainTextEdit has no maxLength: drop what goes over ``limit`` from what was just
    typed or pasted (it ends at the cursor), as QLineEdit does."""

    def trim() -> None:
        excess = len(edit.toPlainText()) - limit
        if excess <= 0:
            return
        cursor = edit.textCursor()
        if cursor.position() < excess:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, excess)
        cursor.removeSelectedText()  # emits textChanged again: trims until it fits

    edit.textChanged.connect(trim)


def limit_input(editor: QWidget, field: str, *, today: date | None = None) -> None:
    """Make ``editor`` take no more than the input policy (domain.masukan) allows for
    ``field``: a text's length, a date's range. Editors without a rule (combo boxes, ids)
    are left alone."""
    from asn_desktop.domain.masukan import DATE_FIELDS, TEXT_FIELDS

    if isinstance(editor, DateEdit):
        if field in DATE_FIELDS:
            editor.limit_to(field, today)
        return
    rule = TEXT_FIELDS.get(field)
    if rule is None:
        return
    if isinstance(editor, QLineEdit):
        editor.setMaxLength(rule.form_max_length)
    elif isinstance(editor, QPlainTextEdit):
        _cap_plain_text(editor, rule.form_max_length)


__all__ = ["DateEdit", "FieldRow", "TanggalError", "limit_input"]
