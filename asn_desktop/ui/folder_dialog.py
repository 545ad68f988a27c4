"""A folder for the user to reach: its path to read and copy, and a try at opening it.

Opening a folder needs a file manager, which a thin client or a bare desktop may lack
(QDesktopServices.openUrl then returns False, or seems to succeed and nothing opens): the
path is therefore always there to select and copy.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# How wide a folder may be shown in the status bar's notice before its middle is elided.
NOTICE_FOLDER_WIDTH = 360


def try_open_folder(folder: Path) -> bool:
    """Ask the desktop to show `folder`; False when it says it cannot."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))


class FolderDialog(QDialog):
    """The path of a folder in a read-only line to select, "Salin" and "Buka folder"."""

    def __init__(
        self, folder: Path, parent: QWidget | None = None, *, title: str = "", note: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("folderDialog")
        self.folder = folder
        self.setWindowTitle(title or self.tr("Folder"))
        layout = QVBoxLayout(self)
        self._layout = layout
        if note:
            intro = QLabel(note)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        self.path_edit = QLineEdit(str(folder))
        self.path_edit.setObjectName("folderPath")
        self.path_edit.setReadOnly(True)
        self.path_edit.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("&Salin"))
        self.copy_button.setObjectName("copyPath")
        self.open_button = QPushButton(self.tr("&Buka folder"))
        self.open_button.setObjectName("openFolder")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.copy_button)
        row.addWidget(self.open_button)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("folderStatus")
        self.status.setWordWrap(True)
        self.status.hide()
        layout.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.copy_button.clicked.connect(self.copy_path)
        self.open_button.clicked.connect(self.open_folder)
        width = QFontMetrics(self.path_edit.font()).horizontalAdvance(str(folder)) + 260
        self._fit(max(520, min(width, 900)))
        self.path_edit.setFocus()

    def copy_path(self) -> None:
        QGuiApplication.clipboard().setText(str(self.folder))
        self.say(self.tr("Jalur folder disalin."))

    def open_folder(self) -> bool:
        opened = try_open_folder(self.folder)
        if not opened:
            self.say_cannot_open()
        return opened

    def say_cannot_open(self) -> None:
        self.say(
            self.tr(
                "Folder tidak bisa dibuka di komputer ini (tidak ada pengelola berkas). "
                "Jalurnya ada di atas: salin, lalu buka sendiri."
            )
        )

    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
        self._fit(self.width())

    def _fit(self, width: int) -> None:
        """`width` wide, tall enough for the wrapped lines at that width."""
        layout = self._layout
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        self.resize(width, max(height, self.sizeHint().height()))


def show_folder(
    parent: QWidget, folder: Path, *, title: str = "", note: str = "", cannot_open: bool = False
) -> FolderDialog:
    """Show a FolderDialog (not modal; it deletes itself when closed)."""
    dialog = FolderDialog(folder, parent, title=title, note=note)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if cannot_open:
        dialog.say_cannot_open()
    dialog.show()
    return dialog


class FileNotice(QWidget):
    """For the status bar: "<what>: <file name> di <folder>" (the folder elided in the middle,
    the full path in the tooltip and selectable), a "Buka folder" button and a close button."""

    def __init__(
        self, what: str, path: Path, parent: QWidget | None = None, *, folder_title: str = ""
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fileNotice")
        self.path = path
        self.folder_title = folder_title
        folder = str(path.parent)
        metrics = QFontMetrics(self.font())
        shown = metrics.elidedText(folder, Qt.TextElideMode.ElideMiddle, NOTICE_FOLDER_WIDTH)
        self.label = QLabel(self.tr("{0}: {1} di {2}").format(what, path.name, shown))
        self.label.setObjectName("fileNoticeText")
        self.label.setToolTip(str(path))
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Buka folder"))
        self.open_button.setObjectName("fileNoticeOpen")
        self.open_button.setToolTip(folder)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(self.tr("Tutup pesan ini"))
        self.close_button.setAutoRaise(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.open_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(self.open_folder)
        self.close_button.clicked.connect(self.dismiss)

    def open_folder(self) -> None:
        folder = self.path.parent
        if not try_open_folder(folder):
            window = self.window()
            show_folder(
                window,
                folder,
                title=self.folder_title,
                note=self.tr("Berkas {0} ada di folder ini:").format(self.path.name),
                cannot_open=True,
            )

    def dismiss(self) -> None:
        self.hide()
        self.deleteLater()
