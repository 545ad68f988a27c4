"""One employee's JP per year as bars against the yearly target (the employee's detail).

A small painted widget, not a QtCharts chart: five bars and a dashed target line per year
need no axes library, and painting them keeps the detail quick to open. Each bar is the JP
credited that year (services.jp_compliance.riwayat_jp, which reads services.jp_tahunan);
its colour says whether the target was met. A target that the policy marks unconfirmed
(PPPK) carries an asterisk and a note. What is drawn is also said in words: the tooltip of
each bar, and the widget's accessible description and `summary()` list every year.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

__all__ = ["BarTahun", "JpBars", "bar_text", "format_jp", "format_persen"]

CONTEXT = "JpBars"

MET = QColor("#2e7d32")  # green: the target was met
SHORT = QColor("#e08a00")  # amber: some JP, below the target
NO_TARGET = QColor("#607d8b")  # grey-blue: no target that year
TARGET = QColor("#b71c1c")  # the dashed target line
MARK = "*"  # after a target the policy has not confirmed


def format_jp(value: float) -> str:
    """12 -> "12", 12.5 -> "12,5" (in the interface's locale), at most two decimals."""
    locale = QLocale()
    rounded = round(value, 2)
    if abs(rounded - round(rounded)) < 1e-9:
        return locale.toString(round(rounded))
    text = locale.toString(rounded, "f", 2)
    point = locale.decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def format_persen(value: float | None) -> str:
    """45.46 -> "45,5%" (one decimal), 40.0 -> "40%"; None (nobody to count) -> "–"."""
    if value is None:
        return "–"
    return f"{format_jp(round(value, 1))}%"


@dataclass(frozen=True)
class BarTahun:
    """One bar: the JP of a year, its target (None: no target rule that year; 0: not in
    service that year), and whether the policy has confirmed that target."""

    tahun: int
    jp: float
    target: float | None
    dikonfirmasi: bool = True
    catatan: str = ""  # why the target is unconfirmed


def bar_text(bar: BarTahun) -> str:
    """The bar in words: "2025: 12 JP dari target 20, kurang 8 JP"."""
    jp = format_jp(bar.jp)
    if bar.target is None:
        text = QCoreApplication.translate(
            "JpBars", "{0}: {1} JP (belum ada kewajiban JP tahun itu)"
        ).format(bar.tahun, jp)
    elif bar.target <= 0:
        text = QCoreApplication.translate(
            "JpBars", "{0}: {1} JP (tidak dalam masa kerja tahun itu)"
        ).format(bar.tahun, jp)
    elif bar.jp >= bar.target:
        text = QCoreApplication.translate("JpBars", "{0}: {1} JP dari target {2}, memenuhi").format(
            bar.tahun, jp, format_jp(bar.target)
        )
    else:
        text = QCoreApplication.translate(
            "JpBars", "{0}: {1} JP dari target {2}, kurang {3} JP"
        ).format(bar.tahun, jp, format_jp(bar.target), format_jp(bar.target - bar.jp))
    if bar.target is not None and bar.target > 0 and not bar.dikonfirmasi:
        text += " " + QCoreApplication.translate("JpBars", "(target belum dikonfirmasi)")
    return text


class JpBars(QWidget):
    """Bars of JP per year, oldest left, with each year's target as a dashed line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jpBars")
        self._bars: tuple[BarTahun, ...] = ()
        self._message = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumHeight(170)
        self.setAccessibleName(self.tr("JP pengembangan kompetensi per tahun"))
        self.set_message(self.tr("Memuat…"))

    # -- data ----------------------------------------------------------------------------

    def set_years(self, bars: Sequence[BarTahun]) -> None:
        self._bars = tuple(bars)
        self._message = ""
        summary = self.summary()
        self.setToolTip(summary)
        self.setAccessibleDescription(summary)
        self.update()

    def set_message(self, text: str) -> None:
        """No bars, a sentence instead (loading, or why they cannot be shown)."""
        self._bars = ()
        self._message = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.update()

    def bars(self) -> tuple[BarTahun, ...]:
        return self._bars

    def summary(self) -> str:
        """Every year in words, one per line, and what the asterisk means when used."""
        if not self._bars:
            return self._message
        lines = [bar_text(bar) for bar in self._bars]
        notes = sorted({b.catatan for b in self._bars if self._unconfirmed(b) and b.catatan})
        lines += [f"{MARK} {note}" for note in notes]
        return "\n".join(lines)

    @staticmethod
    def _unconfirmed(bar: BarTahun) -> bool:
        return bar.target is not None and bar.target > 0 and not bar.dikonfirmasi

    # -- geometry ------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(460, 190)

    def _legend_height(self) -> int:
        return QFontMetrics(self.font()).height() + 6

    def _plot(self) -> QRectF:
        """The area the bars stand in: room above for the values, below for the years and
        the legend, at the right for the target's value."""
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        return QRectF(
            8.0,
            line + 6.0,
            max(self.width() - 16.0 - metrics.horizontalAdvance("000*") - 6, 40.0),
            max(self.height() - 2.0 * line - 18.0 - self._legend_height(), 30.0),
        )

    def _scale(self) -> float:
        highest = max([b.jp for b in self._bars] + [b.target or 0.0 for b in self._bars] + [20.0])
        return highest * 1.12

    def _slot(self, index: int) -> QRectF:
        plot = self._plot()
        width = plot.width() / max(len(self._bars), 1)
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def bar_at(self, pos: QPoint) -> BarTahun | None:
        for index, bar in enumerate(self._bars):
            if self._slot(index).adjusted(0, -20, 0, 30).contains(pos.toPointF()):
                return bar
        return None

    # -- painting ------------------------------------------------------------------------

    def _height_of(self, value: float) -> float:
        return self._plot().height() * min(max(value, 0.0), self._scale()) / self._scale()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        if not self._bars:
            painter.setPen(text_color)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._message
            )
            painter.end()
            return
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        bottom = plot.bottom()
        # The baseline.
        painter.setPen(QPen(text_color, 1))
        painter.drawLine(int(plot.left()), int(bottom), int(plot.right()), int(bottom))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() * 0.9, 7.0))
        any_unconfirmed = False
        for index, bar in enumerate(self._bars):
            slot = self._slot(index)
            width = min(slot.width() * 0.55, 70.0)
            left = slot.center().x() - width / 2
            height = self._height_of(bar.jp)
            if bar.target is None or bar.target <= 0:
                color = NO_TARGET
            elif bar.jp >= bar.target:
                color = MET
            else:
                color = SHORT
            if height > 0:
                painter.fillRect(QRectF(left, bottom - height, width, height), color)
            # The value above the bar, the year below it.
            painter.setPen(text_color)
            painter.setFont(self.font())
            value_box = QRectF(slot.left(), bottom - height - metrics.height() - 2, slot.width(), 0)
            value_box.setHeight(metrics.height())
            outside = bar.target is not None and bar.target <= 0 and bar.jp == 0
            # Not in service that year: nothing was due, "0" would read as a shortfall.
            value = "–" if outside else format_jp(bar.jp)
            painter.drawText(value_box, Qt.AlignmentFlag.AlignCenter, value)
            year_box = QRectF(slot.left(), bottom + 3, slot.width(), metrics.height())
            painter.drawText(year_box, Qt.AlignmentFlag.AlignCenter, str(bar.tahun))
            # The target of the year across its slot, its value at the right end.
            if bar.target is not None and bar.target > 0:
                y = bottom - self._height_of(bar.target)
                pen = QPen(TARGET, 2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                painter.drawLine(int(slot.left() + 4), round(y), int(slot.right() - 4), round(y))
                unconfirmed = self._unconfirmed(bar)
                any_unconfirmed = any_unconfirmed or unconfirmed
                last = index == len(self._bars) - 1
                changed = index == 0 or self._bars[index - 1].target != bar.target
                if last or changed:
                    painter.setFont(small)
                    painter.setPen(TARGET)
                    label = format_jp(bar.target) + (MARK if unconfirmed else "")
                    x = slot.right() - 2 if last else slot.left() + 4
                    painter.drawText(
                        QRectF(x, y - metrics.height() - 1, 60, metrics.height()),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                        label,
                    )
        # The legend: what the line is, and the asterisk.
        painter.setFont(small)
        painter.setPen(text_color)
        legend = self.tr("Garis putus-putus: target JP tahun itu")
        if any_unconfirmed:
            legend += "   " + self.tr("{0} target belum dikonfirmasi").format(MARK)
        legend_box = QRectF(
            8, self.height() - self._legend_height(), self.width() - 16, self._legend_height()
        )
        painter.drawText(
            legend_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, legend
        )
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(event.pos())
            if bar is not None:
                text = bar_text(bar)
                if self._unconfirmed(bar) and bar.catatan:
                    text += "\n" + bar.catatan
                QToolTip.showText(event.globalPos(), text, self)
                return True
        return super().event(event)
