"""Kenaikan pangkat (KP) periods: the months in which a promotion can take effect.

Which months count is policy data (resources/policy/kp_periode.json): April and October for
years, every month since 1 October 2025.
"""

from __future__ import annotations

from datetime import date

from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable


def _first_of_month_on_or_after(d: date) -> date:
    if d.day == 1:
        return d
    return date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)


def periode_kp(on_or_after: date, policy: PolicyTable) -> date:
    """The first KP period (first day of an allowed month) on or after the given date.

    Each candidate month is judged by the rule in force in that month, so a date just
    before a change of rule lands where the new rule says.
    """
    candidate = _first_of_month_on_or_after(on_or_after)
    for _ in range(25):
        months = policy.at(candidate).values.get("bulan")
        if not months:
            raise PolicyError(
                pesan('Tabel kebijakan "{name}" tidak berisi "bulan".', name=policy.name)
            )
        if candidate.month in months:
            return candidate
        candidate = _first_of_month_on_or_after(date(candidate.year, candidate.month, 2))
    raise PolicyError(
        pesan(
            'Tabel kebijakan "{name}" tidak memuat satu bulan pun yang sah.',
            name=policy.name,
        )
    )
