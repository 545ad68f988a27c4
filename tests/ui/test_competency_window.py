"""Pengembangan menu: every item opens the one competency window at its own tab; the window
goes with the database."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from asn_desktop.ui.competency_window import TABS, CompetencyWindow, competency_windows
from asn_desktop.ui.main_window import MainWindow


def _window_of(main: MainWindow) -> CompetencyWindow:
    (found,) = [w for w in competency_windows(main) if not w.closed]
    return found


def _idle(qtbot: QtBot, window: CompetencyWindow) -> None:
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=15000)


def test_every_item_opens_its_tab_in_one_window(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    main = open_window("operator")
    assert len(main.competency_actions) == len(TABS)
    for action, spec in zip(main.competency_actions, TABS, strict=True):
        assert action.isEnabled()
        action.trigger()
        window = _window_of(main)
        _idle(qtbot, window)
        assert window.tabs.currentIndex() == TABS.index(spec)
        assert window.page(spec.key) is not None
    # One window for all of them, every page built once.
    assert len([w for w in competency_windows(main) if not w.closed]) == 1
    assert set(_window_of(main).pages) == {spec.key for spec in TABS}


def test_a_viewer_may_open_it_and_it_closes_with_the_database(
    qtbot: QtBot, open_window: Callable[..., MainWindow]
) -> None:
    main = open_window("viewer")
    assert all(action.isEnabled() for action in main.competency_actions)
    main.competency_actions[0].trigger()
    window = _window_of(main)
    _idle(qtbot, window)
    assert window.isVisible()
    main._close_database()
    assert window.closed and not window.isVisible()
