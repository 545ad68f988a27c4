"""Public service satisfaction index (Survei Kepuasan Masyarakat, PermenPANRB 14/2017).

The nine elements, the scale, the multiplier and the quality bands are the policy table
resources/policy/skm.json with an effective-from date; this module holds only the rules.

The index of a service unit: every element's value is the respondents' mean score (1-4);
the index is the weighted mean of the nine values, each weighing 1/9, times 25, so it lies
between 25 and 100. Its quality (mutu) is the band with the highest lower bound the index
reaches: A Sangat Baik from 88.31, B Baik from 76.61, C Kurang Baik from 65.00, D Tidak Baik
from 25.00. The printed ranges (B is 76.61-88.30) leave gaps between two decimals; a value in
such a gap (88.305) falls in the lower band because it does not reach the higher bound.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from asn_desktop.domain.kinerja import default_policy
from asn_desktop.domain.pesan import GalatPesan, pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable

__all__ = ["MutuSkm", "SkmError", "UnsurSkm", "indeks_skm", "mutu_skm", "unsur_skm"]

_NAME = "skm"


class SkmError(GalatPesan, ValueError):
    """SKM values that cannot give an index, with the reason in Indonesian."""


@dataclass(frozen=True)
class UnsurSkm:
    kode: str
    nama: str


@dataclass(frozen=True)
class MutuSkm:
    kode: str
    label: str


def _table(policy: PolicyTable | None) -> PolicyTable:
    return policy if policy is not None else default_policy(_NAME)


def _values(
    policy: PolicyTable | None, on: date | None
) -> tuple[PolicyTable, Mapping[str, object]]:
    table = _table(policy)
    return table, table.at(on if on is not None else date.today()).values


def _number(table: PolicyTable, where: str, raw: object) -> float:
    try:
        return float(str(raw))
    except ValueError:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": {where} harus berupa angka; yang ada {raw!r}.',
                name=table.name,
                where=where,
                raw=raw,
            )
        ) from None


def _range(table: PolicyTable, values: Mapping[str, object], key: str) -> tuple[float, float]:
    found = values.get(key)
    if not isinstance(found, Mapping):
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat "{key}".', name=table.name, key=key)
        )
    return (
        _number(table, f"{key}.min", found.get("min")),
        _number(table, f"{key}.max", found.get("max")),
    )


def _unsur(table: PolicyTable, values: Mapping[str, object]) -> tuple[UnsurSkm, ...]:
    raw = values.get("unsur")
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat daftar "unsur".', name=table.name)
        )
    found = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan('Tabel kebijakan "{name}": setiap unsur harus objek.', name=table.name)
            )
        found.append(UnsurSkm(str(item["kode"]), str(item["nama"])))
    return tuple(found)


def unsur_skm(on: date | None = None, *, policy: PolicyTable | None = None) -> tuple[UnsurSkm, ...]:
    """The survey's elements (U1 Persyaratan ... U9 Sarana dan Prasarana), in order."""
    table, values = _values(policy, on)
    return _unsur(table, values)


def _fmt(value: float) -> str:
    # Indonesian decimal comma, as the clerk typed or read it on the form.
    return f"{value:g}".replace(".", ",")


def indeks_skm(
    nilai_unsur: Sequence[float], on: date | None = None, *, policy: PolicyTable | None = None
) -> float:
    """The SKM index (25-100, two decimals) of the nine element values, in element order.

    SkmError naming the element when a value is missing, not a number or outside the scale.
    """
    table, values = _values(policy, on)
    unsur = _unsur(table, values)
    low, high = _range(table, values, "skala")
    pengali = _number(table, "pengali", values.get("pengali"))
    if isinstance(nilai_unsur, str | bytes) or len(nilai_unsur) != len(unsur):
        given = "teks" if isinstance(nilai_unsur, str | bytes) else f"{len(nilai_unsur)} nilai"
        raise SkmError(
            pesan(
                "Indeks SKM memerlukan {n_unsur} nilai unsur ({upper} sampai {upper2}); yang "
                "diisi {given}.",
                n_unsur=len(unsur),
                upper=unsur[0].kode.upper(),
                upper2=unsur[-1].kode.upper(),
                given=given,
            )
        )
    checked = []
    for element, raw in zip(unsur, nilai_unsur, strict=True):
        name = f"{element.kode.upper()} ({element.nama})"
        if isinstance(raw, bool) or not isinstance(raw, int | float):
            raise SkmError(
                pesan(
                    "Nilai unsur {name} harus berupa angka; yang diisi '{raw}'.",
                    name=name,
                    raw=raw,
                )
            )
        if math.isnan(raw) or not low <= raw <= high:
            raise SkmError(
                pesan(
                    "Nilai unsur {name} harus antara {fmt} dan {fmt2}; yang diisi {fmt3}.",
                    name=name,
                    fmt=_fmt(low),
                    fmt2=_fmt(high),
                    fmt3=_fmt(float(raw)),
                )
            )
        checked.append(float(raw))
    # Equal weights 1/n: the weighted mean is the plain mean. fsum keeps the sum exact enough
    # that nine 4s give exactly 100.
    return round(math.fsum(checked) / len(checked) * pengali, 2)


def mutu_skm(
    indeks: float, on: date | None = None, *, policy: PolicyTable | None = None
) -> MutuSkm:
    """The quality band of an index (see the module docstring); SkmError outside 25-100."""
    table, values = _values(policy, on)
    low, high = _range(table, values, "rentang_indeks")
    if isinstance(indeks, bool) or not isinstance(indeks, int | float):
        raise SkmError(
            pesan("Indeks SKM harus berupa angka; yang diisi '{indeks}'.", indeks=indeks)
        )
    if math.isnan(indeks) or not low <= indeks <= high:
        raise SkmError(
            pesan(
                "Indeks SKM harus antara {fmt} dan {fmt2}; yang diisi {fmt3}.",
                fmt=_fmt(low),
                fmt2=_fmt(high),
                fmt3=_fmt(float(indeks)),
            )
        )
    raw = values.get("mutu")
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat daftar "mutu".', name=table.name)
        )
    bands = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan('Tabel kebijakan "{name}": setiap mutu harus objek.', name=table.name)
            )
        bands.append((_number(table, "mutu.min", item.get("min")), item))
    bands.sort(key=lambda band: band[0], reverse=True)
    for minimum, item in bands:
        if indeks >= minimum:
            return MutuSkm(str(item["kode"]), str(item["label"]))
    raise PolicyError(
        pesan(
            'Tabel kebijakan "{name}": tidak ada mutu untuk indeks {fmt}.',
            name=table.name,
            fmt=_fmt(float(indeks)),
        )
    )
