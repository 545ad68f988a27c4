"""Versioned policy tables: rule values that change with regulations, kept as data.

A table is a list of versions, each effective from a date and citing the regulation it comes
from. Callers ask for the version in force on the day that matters (a retirement date, an
appraisal year), so recalculating an old record gives the answer that was right at that time.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Any

from asn_desktop.domain.pesan import GalatPesan, pesan
from asn_desktop.domain.tanggal import format_tanggal_angka

__all__ = ["PolicyError", "PolicyTable", "PolicyVersion"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TABLE_KEYS = ("name", "versions")
_VERSION_KEYS = ("effective_from", "source", "values")


class PolicyError(GalatPesan, ValueError):
    """A policy table is malformed or has no version for the requested day."""


def _freeze(value: Any) -> Any:
    # Versions are shared by every caller; a caller mutating a nested dict would silently
    # change the rule for everyone else.
    if isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list | tuple):
        return tuple(_freeze(v) for v in value)
    return value


@dataclass(frozen=True)
class PolicyVersion:
    effective_from: date
    values: Mapping[str, Any]
    source: str

    def __post_init__(self) -> None:
        object.__setattr__(self, "values", _freeze(self.values))


@dataclass(frozen=True)
class PolicyTable:
    """A named policy with its versions, kept sorted by ``effective_from``."""

    name: str
    versions: tuple[PolicyVersion, ...]

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise PolicyError(pesan("Nama tabel kebijakan wajib diisi."))
        ordered = tuple(sorted(self.versions, key=lambda v: v.effective_from))
        if not ordered:
            raise PolicyError(
                pesan('Tabel kebijakan "{name}" tidak memiliki versi.', name=self.name)
            )
        for earlier, later in itertools.pairwise(ordered):
            if earlier.effective_from == later.effective_from:
                raise PolicyError(
                    pesan(
                        'Tabel kebijakan "{name}" memiliki dua versi yang berlaku mulai '
                        "{isoformat}.",
                        name=self.name,
                        isoformat=later.effective_from.isoformat(),
                    )
                )
        object.__setattr__(self, "versions", ordered)

    def at(self, day: date) -> PolicyVersion:
        """The version in force on ``day``: the latest one effective on or before it."""
        starts = [v.effective_from for v in self.versions]
        index = bisect.bisect_right(starts, day)
        if index == 0:
            first = self.versions[0].effective_from
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}" belum berlaku pada {day}; versi paling awal '
                    "berlaku mulai {first}.",
                    name=self.name,
                    day=format_tanggal_angka(day),
                    first=format_tanggal_angka(first),
                )
            )
        return self.versions[index - 1]

    @classmethod
    def from_dict(cls, data: Any) -> PolicyTable:
        """Build a table from parsed JSON, naming exactly what is wrong if the shape is not::

            {"name": "bup", "versions": [{"effective_from": "2014-01-15",
              "source": "UU 5/2014 ...", "values": {...}}]}

        Keys starting with "_" are comments and ignored.
        """
        if not isinstance(data, Mapping):
            raise PolicyError(
                pesan(
                    "Data tabel kebijakan harus berupa objek JSON; yang ada: {name}.",
                    name=type(data).__name__,
                )
            )
        _reject_unknown_keys(data, _TABLE_KEYS, "Data tabel kebijakan")
        if "name" not in data:
            raise PolicyError(pesan('Data tabel kebijakan tidak memiliki kunci "name".'))
        name = data["name"]
        if not isinstance(name, str) or not name.strip():
            raise PolicyError(
                pesan('Kunci "name" tabel kebijakan harus berupa teks yang tidak kosong.')
            )
        where = f'Tabel kebijakan "{name}"'
        if "versions" not in data:
            raise PolicyError(pesan('{where} tidak memiliki kunci "versions".', where=where))
        raw_versions = data["versions"]
        if not isinstance(raw_versions, list) or not raw_versions:
            raise PolicyError(
                pesan('{where}: "versions" harus berupa daftar yang tidak kosong.', where=where)
            )

        versions: list[PolicyVersion] = []
        first_seen: dict[date, int] = {}
        for number, raw in enumerate(raw_versions, start=1):
            version = _version_from_dict(
                raw, pesan("{where}, versi ke-{number}", where=where, number=number)
            )
            if version.effective_from in first_seen:
                raise PolicyError(
                    pesan(
                        "{where}: versi ke-{first_seen} dan ke-{number} sama-sama berlaku "
                        "mulai {isoformat}.",
                        where=where,
                        first_seen=first_seen[version.effective_from],
                        number=number,
                        isoformat=version.effective_from.isoformat(),
                    )
                )
            first_seen[version.effective_from] = number
            versions.append(version)
        return cls(name=name, versions=tuple(versions))

    @classmethod
    def from_json(cls, text: str | bytes) -> PolicyTable:
        """Parse JSON text (for example a file's content) and build the table."""
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise PolicyError(
                pesan(
                    "Data tabel kebijakan bukan JSON yang sah: baris {lineno}, kolom {colno}: "
                    "{msg}.",
                    lineno=exc.lineno,
                    colno=exc.colno,
                    msg=exc.msg,
                )
            ) from exc
        return cls.from_dict(data)


def _reject_unknown_keys(data: Mapping[Any, Any], known: tuple[str, ...], where: str) -> None:
    for key in data:
        if isinstance(key, str) and key.startswith("_"):
            continue
        if key not in known:
            raise PolicyError(
                pesan(
                    '{where}: kunci "{key}" tidak dikenal; kunci yang dikenal: {join}.',
                    where=where,
                    key=key,
                    join=", ".join(known),
                )
            )


def _version_from_dict(raw: Any, where: str) -> PolicyVersion:
    if not isinstance(raw, Mapping):
        raise PolicyError(
            pesan(
                "{where} harus berupa objek JSON; yang ada: {name}.",
                where=where,
                name=type(raw).__name__,
            )
        )
    _reject_unknown_keys(raw, _VERSION_KEYS, where)
    for key in _VERSION_KEYS:
        if key not in raw:
            raise PolicyError(pesan('{where}: kunci "{key}" tidak ada.', where=where, key=key))

    text = raw["effective_from"]
    if not isinstance(text, str) or not _ISO_DATE.fullmatch(text):
        raise PolicyError(
            pesan(
                "{where}: effective_from harus tanggal berformat TTTT-BB-HH; yang ada: {text!r}.",
                where=where,
                text=text,
            )
        )
    try:
        effective_from = date.fromisoformat(text)
    except ValueError:
        raise PolicyError(
            pesan(
                '{where}: effective_from "{text}" bukan tanggal yang ada.',
                where=where,
                text=text,
            )
        ) from None

    source = raw["source"]
    if not isinstance(source, str) or not source.strip():
        raise PolicyError(
            pesan(
                "{where}: source (dasar hukum) harus berupa teks yang tidak kosong.",
                where=where,
            )
        )
    values = raw["values"]
    if not isinstance(values, Mapping):
        raise PolicyError(
            pesan(
                "{where}: values harus berupa objek JSON; yang ada: {name}.",
                where=where,
                name=type(values).__name__,
            )
        )
    return PolicyVersion(effective_from=effective_from, values=values, source=source.strip())
