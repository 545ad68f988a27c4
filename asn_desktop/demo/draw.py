"""Drawing from one seeded random source, and the month arithmetic the careers need.

Everything the generator makes comes from one ``random.Random(seed)`` (UUIDs included), so
the same seed and day give the same records.
"""

from __future__ import annotations

import bisect
import calendar
import itertools
import random
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

# The domain's own month arithmetic (clamped to the month's end; first of a month).
from asn_desktop.domain.kenaikan_pangkat import _first_of_month_on_or_after as next_month_start
from asn_desktop.domain.pensiun import _add_months as add_months

__all__ = [
    "Draw",
    "Weighted",
    "add_months",
    "month_index",
    "month_start",
    "next_month_start",
]

T = TypeVar("T")


def month_index(d: date) -> int:
    """Months since year 0: differences of two are whole months apart."""
    return d.year * 12 + d.month - 1


def month_start(index: int) -> date:
    year, month = divmod(index, 12)
    return date(year, month + 1, 1)


class Weighted:
    """A weighted choice with precomputed cumulative weights."""

    __slots__ = ("cum", "items", "total")

    def __init__(self, pairs: Sequence[tuple[Any, int]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cum = list(itertools.accumulate(w for _, w in pairs))
        self.total = self.cum[-1]

    def pick(self, rng: random.Random) -> Any:
        return self.items[bisect.bisect_right(self.cum, rng.random() * self.total)]


class Draw:
    """The one random source of a generation, with the draws every part needs."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, items: Sequence[T]) -> T:
        return items[self.rng.randrange(len(items))]

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def day(self, lo: date, hi: date) -> date:
        """A day in [lo, hi]; lo if the range is empty."""
        if hi <= lo:
            return lo
        return date.fromordinal(self.rng.randint(lo.toordinal(), hi.toordinal()))

    def month_start(self, lo: date, hi: date) -> date:
        """A first-of-month in [lo, hi] (lo rounded up); lo's month start if none fits."""
        first = month_index(next_month_start(lo))
        last = month_index(hi)
        if last < first:
            return month_start(first)
        return month_start(self.rng.randint(first, last))

    def day_in_month(self, index: int) -> date:
        first = month_start(index)
        return first.replace(
            day=self.rng.randint(1, calendar.monthrange(first.year, first.month)[1])
        )
