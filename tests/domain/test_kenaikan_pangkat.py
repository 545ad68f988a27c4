from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.domain import PolicyError, PolicyTable
from asn_desktop.domain.kenaikan_pangkat import periode_kp

POLICY = PolicyTable.from_dict(
    json.loads((Path(__file__).parents[2] / "resources" / "policy" / "kp_periode.json").read_text())
)


@pytest.mark.parametrize(
    ("given", "period"),
    [
        (date(2014, 1, 15), date(2014, 4, 1)),
        (date(2014, 4, 1), date(2014, 4, 1)),
        (date(2014, 4, 2), date(2014, 10, 1)),
        (date(2014, 11, 3), date(2015, 4, 1)),
        (date(2025, 5, 20), date(2025, 10, 1)),  # the last April/October period
        (date(2025, 10, 2), date(2025, 11, 1)),  # monthly from then on
        (date(2026, 2, 1), date(2026, 2, 1)),
        (date(2026, 12, 9), date(2027, 1, 1)),
    ],
)
def test_first_period_on_or_after(given: date, period: date) -> None:
    assert periode_kp(given, POLICY) == period


def test_before_the_first_rule_is_refused_with_a_message() -> None:
    with pytest.raises(PolicyError, match="belum berlaku"):
        periode_kp(date(1975, 1, 1), POLICY)
