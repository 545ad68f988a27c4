"""The register's columns: which show (the header's context menu) and how wide they are.

The chooser lists every column with a check box; NIP and Nama always show. The widths follow
the window: NIP, Gol., Status and the dates keep the width of their content, Nama a width of
its own, and Jabatan and Unit kerja share what is left in proportion, so that the table fills
the view with neither a horizontal scroll bar nor an empty strip on the right. A column
resized by hand keeps its new width (a stretching one its new share); the stretching columns
to the right of it give or take the difference (else those to its left).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QDataStream, QEvent, QObject, Signal
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView, QWidget

from asn_desktop.domain import GOLONGAN_PNS, GOLONGAN_PPPK, StatusKepegawaian
from asn_desktop.ui.employee_table_model import ALL_COLUMNS, KELUAR_TITLES, keluar_title
from asn_desktop.ui.settings import REGISTER_FIXED_COLUMNS, register_columns_of

__all__ = [
    "CELL_PADDING",
    "MIN_STRETCH_WIDTH",
    "STRETCH_COLUMNS",
    "ColumnChooser",
    "ColumnFitter",
    "header_state_sections",
]

# The columns that take the spare width, with their shares when nobody has resized them.
STRETCH_COLUMNS: dict[str, int] = {"jabatan": 300, "unit": 260}
MIN_STRETCH_WIDTH = 110  # below this a stretching column stops shrinking (a scroll bar comes)
CELL_PADDING = 18  # the item view's margins around a cell's text, both sides together
NAMA_CHARACTERS = 30  # Nama's width in average characters (names vary too much to measure)


class ColumnChooser(QMenu):
    """Check boxes for every register column; `columnsChosen` carries the keys to show."""

    columnsChosen = Signal(list)

    def __init__(
        self,
        shown: Sequence[str],
        title_of: Callable[[str], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("columnChooser")
        self.actions_by_key: dict[str, QAction] = {}
        for key in ALL_COLUMNS:
            action = self.addAction(title_of(key))
            action.setCheckable(True)
            action.setChecked(key in shown or key in REGISTER_FIXED_COLUMNS)
            if key in REGISTER_FIXED_COLUMNS:
                action.setEnabled(False)  # always shown
            action.setData(key)
            action.toggled.connect(self._toggled)
            self.actions_by_key[key] = action

    def chosen(self) -> list[str]:
        return register_columns_of(
            [key for key, action in self.actions_by_key.items() if action.isChecked()]
        )

    def _toggled(self, _checked: bool) -> None:
        self.columnsChosen.emit(self.chosen())


def header_state_sections(state: QByteArray) -> int | None:
    """How many sections a QHeaderView.saveState() holds, None when it cannot be read
    (then the state is not to be restored). Qt's own restoreState() takes a state of another
    column count without complaint and leaves the header at odds with its model."""
    if state.isEmpty():
        return None
    stream = QDataStream(state)
    stream.setVersion(QDataStream.Version.Qt_5_0)  # what saveState() writes
    if stream.readInt32() != 0xFF or stream.readInt32() != 0:  # marker, version
        return None
    for _field in range(3):  # orientation, sort order, sort section
        stream.readInt32()
    stream.readBool()  # sort indicator shown
    for _list in range(2):  # visual and logical indices (empty unless moved)
        for _index in range(stream.readUInt32()):
            stream.readInt32()
    stream.skipRawData((stream.readUInt32() + 7) // 8)  # hidden sections, a bit array
    for _pair in range(2 * stream.readUInt32()):  # sizes of hidden sections
        stream.readInt32()
    stream.readInt32()  # length
    count = stream.readInt32()
    return count if stream.status() == QDataStream.Status.Ok and count >= 0 else None


def _content_samples() -> dict[str, list[str]]:
    """Texts as wide as the widest of each fixed-width column."""
    date_text = "88-88-8888"
    return {
        "nip": ["88888888 888888 8 888"],
        "golongan": [g.ruang for g in GOLONGAN_PNS + GOLONGAN_PPPK],
        "status": [s.value for s in StatusKepegawaian],
        "tanggal_lahir": [date_text],
        "usia": ["88 th 88 bl"],
        "tmt_golongan": [date_text],
        "masa_kerja": ["88 th 88 bl"],
        "tanggal_pensiun": [date_text],
        "kedudukan_hukum": ["Masa Persiapan Pensiun"],
        "keluar": [f"{keluar_title(value)}, {date_text}" for value in KELUAR_TITLES],
    }


class ColumnFitter(QObject):
    """Keeps a table's columns filling its viewport (see the module's docstring)."""

    def __init__(self, table: QTableView, key_of: Callable[[int], str | None]) -> None:
        super().__init__(table)
        self.table = table
        self.header = table.horizontalHeader()
        self.key_of = key_of
        self.widths: dict[str, int] = {}  # fixed columns resized by hand (or restored)
        self.shares: dict[str, float] = dict(STRETCH_COLUMNS)
        self._fitting = False
        self._samples = _content_samples()
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.header.setStretchLastSection(False)
        self.header.sectionResized.connect(self._resized_by_hand)
        table.viewport().installEventFilter(self)

    # -- what each column is --------------------------------------------------------------

    def keys(self) -> list[str]:
        found = (self.key_of(c) for c in range(self.header.count()))
        return [key for key in found if key is not None]

    def stretching(self, keys: Sequence[str]) -> list[str]:
        """The columns taking the spare width: Jabatan and Unit kerja, else Nama."""
        return [key for key in keys if key in STRETCH_COLUMNS] or ["nama"]

    def content_width(self, key: str) -> int:
        """The width a fixed column gets until it is resized by hand."""
        column = self.keys().index(key)
        header_width = self.header.sectionSizeHint(column)
        metrics = QFontMetrics(self.table.font())
        if key == "nama":
            text_width = metrics.averageCharWidth() * NAMA_CHARACTERS
        else:
            samples = self._samples.get(key, [])
            text_width = max((metrics.horizontalAdvance(text) for text in samples), default=0)
        return max(header_width, text_width + CELL_PADDING)

    def width_of(self, key: str) -> int:
        return self.widths.get(key) or self.content_width(key)

    # -- fitting ----------------------------------------------------------------------------

    def forget(self) -> None:
        """Back to the content widths and the default shares (new columns, say)."""
        self.widths.clear()
        self.shares = dict(STRETCH_COLUMNS)
        self.fit()

    @contextmanager
    def held(self) -> Iterator[None]:
        """Section sizes changed meanwhile are not the user's (a model reset, a restore)."""
        fitting, self._fitting = self._fitting, True
        try:
            yield
        finally:
            self._fitting = fitting

    def restore(self, state: QByteArray) -> bool:
        """The header's saved state (see header_state_sections first), its widths kept."""
        with self.held():
            restored = self.header.restoreState(state)
        if restored:
            self.take_current()
        return restored

    def take_current(self) -> None:
        """Keep the widths the header has now (restored from the settings) as if resized by
        hand: fixed columns keep them, the stretching ones share in their proportion."""
        keys = self.keys()
        stretching = self.stretching(keys)
        for column, key in enumerate(keys):
            size = self.header.sectionSize(column)
            if size <= 0:
                continue
            if key in stretching:
                self.shares[key] = float(size)
            else:
                self.widths[key] = size
        self.fit()

    def fit(self) -> None:
        """Give every column its width: the fixed ones theirs, the stretching ones their
        share of what is left, together exactly the viewport's width."""
        keys = self.keys()
        if not keys:
            return
        stretching = self.stretching(keys)
        fixed = {key: self.width_of(key) for key in keys if key not in stretching}
        spare = self.table.viewport().width() - sum(fixed.values())
        self._apply(keys, {**fixed, **self._share_out(stretching, spare)})

    def _share_out(self, stretching: Sequence[str], spare: int) -> dict[str, int]:
        total = sum(self.shares.get(key, 1.0) for key in stretching) or 1.0
        widths: dict[str, int] = {}
        left = spare
        for n, key in enumerate(stretching):
            if n == len(stretching) - 1:
                width = left  # the rounding goes to the last: no strip of a pixel or two
            else:
                width = int(spare * self.shares.get(key, 1.0) / total)
            widths[key] = max(width, MIN_STRETCH_WIDTH)
            left -= widths[key]
        return widths

    def _apply(self, keys: Sequence[str], widths: dict[str, int]) -> None:
        self._fitting = True
        try:
            for column, key in enumerate(keys):
                if self.header.sectionSize(column) != widths[key]:
                    self.header.resizeSection(column, widths[key])
        finally:
            self._fitting = False

    def _resized_by_hand(self, column: int, _old: int, new: int) -> None:
        if self._fitting:
            return
        keys = self.keys()
        key = self.key_of(column)
        if key is None or new <= 0:
            return
        stretching = self.stretching(keys)
        position = keys.index(key)
        takers = [k for k in stretching if keys.index(k) > position] or [
            k for k in stretching if k != key
        ]
        if not takers:  # the one stretching column: it keeps filling the view
            self.fit()
            return
        if key in stretching:
            self.shares[key] = float(new)
        else:
            self.widths[key] = new
        # What the takers have between them now; the other stretching columns keep theirs.
        current = {k: self.header.sectionSize(keys.index(k)) for k in stretching}
        if key in current:
            current[key] = new
        fixed = sum(self.width_of(k) for k in keys if k not in stretching)
        spare = self.table.viewport().width() - fixed
        room = spare - sum(w for k, w in current.items() if k not in takers)
        total = sum(self.shares.get(k, 1.0) for k in takers) or 1.0
        for taker in takers:
            self.shares[taker] = max(room * self.shares.get(taker, 1.0) / total, 1.0)
        for k in stretching:
            if k not in takers:
                self.shares[k] = float(current[k])
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        return False
