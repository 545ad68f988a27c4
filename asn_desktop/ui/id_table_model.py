"""The base of the big tables: a list of ids plus a small cache of rendered rows.

Like Anki's browser table, a model never holds the whole table: sorting and filtering are a
new id list from SQL (computed off the GUI thread by the model's owner, through the
TaskRunner), and rows are rendered a page at a time when the view first asks for them (one
primary-key lookup of PAGE_SIZE rows, about a millisecond, well under the 50 ms that would
send it to the worker). At most CACHED_PAGES pages are kept, least recently used first out.

A subclass says what its columns are (`COLUMNS`: sort key or None, header text marked with
QT_TRANSLATE_NOOP in its `CONTEXT`) and how an item is shown (`cell`). Clicking a header
emits sortRequested(key, descending); the owner answers with set_ids() from a sorted query.
"""

from __future__ import annotations

import logging
import weakref
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

log = logging.getLogger(__name__)

PAGE_SIZE = 100
CACHED_PAGES = 30

Item = TypeVar("Item")
Owner = TypeVar("Owner")
# Returns None when the page cannot be read now (the owner has told the user); the model then
# shows empty cells and asks again on the next repaint.
RowFetcher = Callable[[Sequence[int]], dict[int, Item] | None]
AnyIndex = QModelIndex | QPersistentModelIndex
_UNAVAILABLE = object()
_SHOWN_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)


class IdTableModel(QAbstractTableModel, Generic[Item]):
    """Rows are ids; items are fetched and cached by page; sort() asks the owner."""

    sortRequested = Signal(str, bool)
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    # Per column: (sort key for the service or None when it cannot be sorted, header text
    # marked with QT_TRANSLATE_NOOP(CONTEXT, ...), anything else the subclass wants).
    COLUMNS: ClassVar[tuple[tuple[Any, ...], ...]] = ()
    CONTEXT: ClassVar[str] = "IdTable"  # translation context of the headers

    def __init__(self, fetch_rows: RowFetcher[Item], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Item]] = OrderedDict()

    # -- what a subclass provides ---------------------------------------------------------

    def cell(self, item: Item, column: int, role: int) -> Any:
        """Display (or tooltip) value of one cell of a rendered item."""
        raise NotImplementedError

    def missing_text(self) -> str:
        """First cell of a row whose item was deleted since the id list was made."""
        return ""

    # -- feeding --------------------------------------------------------------------------

    def set_ids(self, ids: list[int], first_page: dict[int, Item] | None = None) -> None:
        """Show `ids`; `first_page`: the rows of the first PAGE_SIZE of them, when the owner
        has read them already (the window's fast opening reads them beside the ids)."""
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = dict(first_page)
        self.endResetModel()

    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def item_at(self, row: int) -> Item | None:
        """The rendered item of a row (fetched if need be); None if gone or unreadable."""
        if not 0 <= row < len(self._ids):
            return None
        item = self._row(row)
        return None if item is _UNAVAILABLE else item  # type: ignore[return-value]

    def refresh_id(self, item_id: int) -> None:
        """Forget the cached rendering of one item (after an edit) and repaint its row."""
        row = self.row_of(item_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _row(self, row: int) -> Item | object | None:
        """The rendered item, None if it was deleted, _UNAVAILABLE on a read error."""
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * PAGE_SIZE
            fetched = self._fetch_rows(self._ids[start : start + PAGE_SIZE])
            if fetched is None:
                return _UNAVAILABLE
            page = fetched
            self._pages[page_no] = page
            while len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page.get(self._ids[row])

    # -- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == self.ID_ROLE:
            return self._ids[index.row()]
        if role not in _SHOWN_ROLES:
            return None
        item = self._row(index.row())
        if item is _UNAVAILABLE:
            return ""
        if item is None:  # deleted by someone else since the id list was made
            return "" if index.column() else self.missing_text()
        return self.cell(item, index.column(), role)  # type: ignore[arg-type]

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, str(self.COLUMNS[section][1]))
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.COLUMNS):
            key = self.COLUMNS[column][0]
            if key is not None:
                self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)


class GuardedFetcher(Generic[Item]):
    """A service's rows(ids) for a model: a read error becomes None (empty cells), and is
    reported once per query (`new_query()`), not on every repaint.

    Report through a queued connection: a page read fails inside a repaint, where no dialog
    may open.

    A page builds its fetcher with `of(page, ...)`, which holds the page weakly: the page
    holds its model, the model the fetcher, so a fetcher holding the page would make them
    a reference cycle, freed only by the cyclic collector -- on whichever thread allocates
    then, often a TaskRunner's worker, where Qt objects must not die (see the note above
    tasks._Relay).
    """

    def __init__(
        self,
        rows: Callable[[Sequence[int]], dict[int, Item] | None],
        report: Callable[[BaseException], None],
        errors: tuple[type[BaseException], ...],
    ) -> None:
        self.rows = rows
        self.report = report
        self.errors = errors
        self._reported = False

    @classmethod
    def of(
        cls,
        owner: Owner,
        rows: Callable[[Owner, Sequence[int]], dict[int, Item]],
        report: Callable[[Owner, BaseException], None],
        errors: tuple[type[BaseException], ...],
    ) -> GuardedFetcher[Item]:
        """A fetcher for `owner` that does not keep it alive: `rows(owner, ids)` and
        `report(owner, exc)` are given the owner at each call; once it is gone there are no
        rows (None) and nothing to report.

        `rows` and `report` must not hold the owner themselves: pass lambdas over their
        first argument, not bound methods of the owner or closures over it.
        """
        for fn in (rows, report):
            if _holds(fn, owner):
                raise ValueError(f"{fn!r} holds the fetcher's owner, which must be weak")
        alive = weakref.ref(owner)

        def owned_rows(ids: Sequence[int]) -> dict[int, Item] | None:
            found = alive()
            return None if found is None else rows(found, ids)

        def owned_report(exc: BaseException) -> None:
            found = alive()
            if found is not None:
                report(found, exc)

        return cls(owned_rows, owned_report, errors)

    def new_query(self) -> None:
        self._reported = False

    def __call__(self, ids: Sequence[int]) -> dict[int, Item] | None:
        try:
            return self.rows(ids)
        except self.errors as exc:
            if not self._reported:
                self._reported = True
                self.report(exc)
            else:
                log.info("page read failed again: %s", exc)
            return None


def _holds(fn: Callable[..., object], owner: object) -> bool:
    """Whether `fn` is a bound method of `owner` or a closure over it."""
    if getattr(fn, "__self__", None) is owner:
        return True
    for cell in getattr(fn, "__closure__", None) or ():
        try:
            if cell.cell_contents is owner:
                return True
        except ValueError:  # a cell not filled yet holds nothing
            continue
    return False
