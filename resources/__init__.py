"""Data files shipped with the program, installed as the package asn_desktop.resources.

- siasn/: SIASN reference catalogues (see siasn/ATTRIBUTION.md: MIT, Black Coffee 04).
- policy/: regulation values with effective-from dates (BUP ages, ...).
- i18n/: Qt translations (.ts sources and compiled .qm).
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

RESOURCE_DIR = Path(__file__).resolve().parent

# Bump when the files in siasn/ change: the database reloads its catalogues when the
# version it stored differs.
SIASN_REFERENCE_VERSION = "siasn-ws-siasn-php-9cb3548-2025-05-09"


def siasn_table(name: str) -> list[dict[str, Any]]:
    """One SIASN catalogue, e.g. siasn_table("golonganPns")."""
    with gzip.open(RESOURCE_DIR / "siasn" / f"{name}.json.gz", "rt", encoding="utf-8") as f:
        rows = json.load(f)
    if not isinstance(rows, list):
        raise ValueError(f"siasn/{name}.json.gz is not a JSON array")
    return rows


def policy_data(name: str) -> dict[str, Any]:
    """A policy table's JSON (see asn_desktop.domain.policy.PolicyTable.from_dict)."""
    with (RESOURCE_DIR / "policy" / f"{name}.json").open(encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict):
        raise ValueError(f"policy/{name}.json is not a JSON object")
    return data


def i18n_dir() -> Path:
    return RESOURCE_DIR / "i18n"
