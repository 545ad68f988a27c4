"""The policy tables shipped in resources/policy, parsed once per process."""

from __future__ import annotations

from functools import cache

from asn_desktop.domain import PolicyTable
from asn_desktop.resources import policy_data


@cache
def policy(name: str) -> PolicyTable:
    """e.g. policy("bup"); raises PolicyError for a malformed file."""
    return PolicyTable.from_dict(policy_data(name))
