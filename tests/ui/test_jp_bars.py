"""The JP bars: what they say in words (tooltip, accessible text), what they paint (a met
year green, a short one amber, the dashed target line), the unconfirmed-target mark, and
the JP and percent texts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QLocale, QPoint
from PySide6.QtGui import QColor, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from asn_desktop.ui.jp_bars import (
    MARK,
    MET,
    NO_TARGET,
    SHORT,
    TARGET,
    BarTahun,
    JpBars,
    bar_text,
    format_jp,
    format_persen,
)

YEARS = (
    BarTahun(2022, 24.0, 20.0),
    BarTahun(2023, 8.5, 20.0),
    BarTahun(2024, 0.0, 20.0),
    BarTahun(2025, 30.0, 17.0),
    BarTahun(2026, 12.0, 20.0),
)
NOTE = "PP 49/2018 Ps. 40: target PPPK belum dikonfirmasi."


@pytest.fixture(autouse=True)
def indonesian() -> Iterator[None]:
    """The program's locale in Indonesian (ui.i18n sets it so): 8,5 and 1.234."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(before)


def make(qtbot: QtBot, bars: tuple[BarTahun, ...] = YEARS) -> JpBars:
    widget = JpBars()
    qtbot.addWidget(widget)
    widget.resize(520, 200)
    widget.set_years(bars)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def colours(image: QImage) -> set[str]:
    found = set()
    for x in range(0, image.width(), 2):
        for y in range(0, image.height(), 2):
            found.add(QColor(image.pixel(x, y)).name())
    return found


def column(image: QImage, x: int) -> set[str]:
    return {QColor(image.pixel(x, y)).name() for y in range(image.height())}


def test_numbers_are_written_the_way_the_locale_writes_them() -> None:
    assert format_jp(24.0) == "24"
    assert format_jp(0) == "0"
    assert format_jp(12.5) == "12,5"
    assert format_jp(12.25) == "12,25"
    assert format_jp(12.333333) == "12,33"
    assert format_jp(12.999) == "13"
    assert format_jp(1234) == "1.234"
    assert format_persen(None) == "–"
    assert format_persen(40.0) == "40%"
    assert format_persen(24.666) == "24,7%"


def test_each_year_in_words() -> None:
    assert bar_text(YEARS[0]) == "2022: 24 JP dari target 20, memenuhi"
    assert bar_text(YEARS[2]) == "2024: 0 JP dari target 20, kurang 20 JP"
    assert bar_text(BarTahun(2016, 8, None)) == "2016: 8 JP (belum ada kewajiban JP tahun itu)"
    assert bar_text(BarTahun(2027, 0, 0.0)) == "2027: 0 JP (tidak dalam masa kerja tahun itu)"
    assert bar_text(BarTahun(2026, 12, 20, False, NOTE)).endswith(
        "kurang 8 JP (target belum dikonfirmasi)"
    )


def test_the_summary_lists_every_year_and_is_the_tooltip_and_accessible_text(
    qtbot: QtBot,
) -> None:
    widget = make(qtbot)
    lines = widget.summary().splitlines()
    assert lines == [bar_text(b) for b in YEARS]
    assert lines[1] == "2023: 8,5 JP dari target 20, kurang 11,5 JP"
    assert widget.toolTip() == widget.summary()
    assert widget.accessibleDescription() == widget.summary()
    assert widget.accessibleName() == "JP pengembangan kompetensi per tahun"
    assert widget.bars() == YEARS


def test_an_unconfirmed_target_is_marked_and_its_note_given(qtbot: QtBot) -> None:
    pppk = tuple(BarTahun(b.tahun, b.jp, b.target, False, NOTE) for b in YEARS)
    widget = make(qtbot, pppk)
    summary = widget.summary()
    assert summary.count("(target belum dikonfirmasi)") == len(YEARS)
    assert summary.splitlines()[-1] == f"{MARK} {NOTE}"  # the note once, not per year
    confirmed = make(qtbot)
    assert MARK not in confirmed.summary()


def test_a_met_year_is_green_a_short_one_amber_and_the_target_is_drawn(qtbot: QtBot) -> None:
    widget = make(qtbot)
    image = widget.grab().toImage()
    # Through the middle of each slot: the bar's colour where a bar stands.
    slot = [widget._slot(i) for i in range(len(YEARS))]
    assert MET.name() in column(image, int(slot[0].center().x()))
    assert SHORT.name() not in column(image, int(slot[0].center().x()))
    assert SHORT.name() in column(image, int(slot[1].center().x()))
    assert MET.name() not in column(image, int(slot[2].center().x()))  # 0 JP: no bar
    assert SHORT.name() not in column(image, int(slot[2].center().x()))
    assert MET.name() in column(image, int(slot[3].center().x()))
    assert TARGET.name() in colours(image)


def test_no_target_that_year_draws_no_line(qtbot: QtBot) -> None:
    widget = make(qtbot, (BarTahun(2015, 10, None), BarTahun(2016, 4, None)))
    image = widget.grab().toImage()
    found = colours(image)
    assert NO_TARGET.name() in found
    assert TARGET.name() not in found
    assert MET.name() not in found


def test_a_message_instead_of_bars(qtbot: QtBot) -> None:
    widget = make(qtbot)
    widget.set_message("Riwayat pengembangan tidak dapat dibaca.")
    assert widget.bars() == ()
    assert widget.summary() == "Riwayat pengembangan tidak dapat dibaca."
    assert widget.toolTip() == widget.summary()
    found = colours(widget.grab().toImage())
    assert MET.name() not in found and SHORT.name() not in found


def test_hovering_a_bar_tells_that_year(qtbot: QtBot) -> None:
    widget = make(qtbot)
    centre = widget._slot(1).center().toPoint()
    assert widget.bar_at(centre) == YEARS[1]
    assert widget.bar_at(QPoint(widget.width() + 50, 5)) is None
    event = QHelpEvent(QEvent.Type.ToolTip, centre, widget.mapToGlobal(centre))
    QApplication.sendEvent(widget, event)
    qtbot.waitUntil(lambda: QToolTip.isVisible(), timeout=3000)
    assert QToolTip.text() == bar_text(YEARS[1])
    QToolTip.hideText()
