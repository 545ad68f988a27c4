"""Regression guard for the PySide6 6.12.0 None-reference bug.

In PySide6 6.12.0, every time C++ receives None from a Python model's data() one reference
to None is lost; on CPython 3.11 (where None is not immortal) the process aborts with
"Fatal Python error: none_dealloc" after a few thousand calls, i.e. as soon as a table
with empty cells is scrolled for a while. pyproject.toml pins 6.11.3 because of it.

The value must cross into C++: a view painting the cells (it asks for font, colours,
decoration, ... and gets None) and QModelIndex.data(), which goes through C++
QModelIndex::data() and the model's virtual data(). Calling model.data() from Python would
not exercise the conversion.
"""

from __future__ import annotations

import gc
import sys
from typing import Any

import PySide6
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

ROUNDS = 300
AnyIndex = QModelIndex | QPersistentModelIndex


class NoneModel(QAbstractTableModel):
    """Every cell and every role is None, counted so the test knows the calls happened."""

    def __init__(self) -> None:
        super().__init__()
        self.nones = 0

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.nones += 1
        return None


def test_pyside_is_not_the_release_that_loses_none_references() -> None:
    assert PySide6.__version__ != "6.12.0", (
        "PySide6 6.12.0 loses a reference to None whenever a model's data() returns None "
        "(Fatal Python error: none_dealloc); keep the pin in pyproject.toml"
    )


def _exercise(view: QTableView, model: NoneModel) -> None:
    index = model.index(3, 2)
    for _ in range(ROUNDS):
        view.viewport().grab()  # paints 32 cells, each asking for a dozen roles
        assert index.data() is None
        assert index.data(Qt.ItemDataRole.ToolTipRole) is None


def test_none_returned_by_a_model_to_cpp_keeps_its_reference(qtbot: QtBot) -> None:
    model = NoneModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)

    _exercise(view, model)  # warm up: caches, lazily created wrappers, interned objects
    gc.collect()
    gc.disable()  # a collection in between could free unrelated objects that hold None
    try:
        before = sys.getrefcount(None)
        calls_before = model.nones
        _exercise(view, model)
        after = sys.getrefcount(None)
    finally:
        gc.enable()

    calls = model.nones - calls_before
    assert calls > 10 * ROUNDS  # the painting really went through the Python data()
    # With the bug the count falls by one per call (thousands here); it may grow a little.
    assert after >= before, f"None lost {before - after} references in {calls} data() calls"
