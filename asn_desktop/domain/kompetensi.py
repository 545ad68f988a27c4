"""Competency standards (PermenPANRB 38/2017), gaps and the job person match (JPM).

The competency dictionary, the level range, the default level per kind of position and the
JPM setting and bands are policy tables in resources/policy (standar_kompetensi.json,
jpm.json) with effective-from dates; this module holds only the rules for reading them.
Every function takes ``policy=`` so a caller (or a test) can bring its own table.

JPM, as the help explains it: the sum of the assessed levels divided by the sum of the
standard levels of the position, times 100, at most 100%. A competency of the standard that
was not assessed counts 0; competencies assessed but not in the standard are ignored. With
``batasi_per_item`` a level above its standard counts only as the standard, so a surplus in
one competency does not hide a shortfall in another (unconfirmed practice: off by default).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from asn_desktop.domain.kinerja import default_policy
from asn_desktop.domain.pesan import GalatPesan, pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable

__all__ = [
    "BandJpm",
    "KelompokKompetensi",
    "Kesenjangan",
    "Kompetensi",
    "KompetensiError",
    "band_pemetaan",
    "band_seleksi",
    "check_level",
    "jpm",
    "kesenjangan",
    "kompetensi_baku",
    "level_range",
    "standar_bawaan",
    "standar_bawaan_dikonfirmasi",
]

_STANDAR = "standar_kompetensi"
_JPM = "jpm"


class KompetensiError(GalatPesan, ValueError):
    """A competency level or JPM value that cannot be used, with the reason in Indonesian."""


class KelompokKompetensi(StrEnum):
    MANAJERIAL = "manajerial"
    SOSIAL_KULTURAL = "sosial_kultural"
    TEKNIS = "teknis"

    @property
    def label(self) -> str:
        return _KELOMPOK_LABELS[self]


_KELOMPOK_LABELS = {
    KelompokKompetensi.MANAJERIAL: pesan("Manajerial"),
    KelompokKompetensi.SOSIAL_KULTURAL: pesan("Sosial Kultural"),
    KelompokKompetensi.TEKNIS: pesan("Teknis"),
}


@dataclass(frozen=True)
class Kompetensi:
    kode: str
    nama: str
    kelompok: KelompokKompetensi


def _table(policy: PolicyTable | None, name: str) -> PolicyTable:
    return policy if policy is not None else default_policy(name)


def _on(day: date | None) -> date:
    return day if day is not None else date.today()


def _value(policy: PolicyTable, day: date, key: str) -> object:
    values = policy.at(day).values
    if key not in values:
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat "{key}".', name=policy.name, key=key)
        )
    return values[key]


def _mapping(policy: PolicyTable, day: date, key: str) -> Mapping[str, object]:
    found = _value(policy, day, key)
    if not isinstance(found, Mapping):
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": "{key}" harus berupa objek.',
                name=policy.name,
                key=key,
            )
        )
    return found


def _int(policy: PolicyTable, where: str, raw: object) -> int:
    # Policy files are edited by hand; a "3" or 3.0 is meant as 3, a 2.5 or "tiga" is a
    # mistake to report rather than to truncate.
    if isinstance(raw, bool):
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": {where} harus bilangan bulat.',
                name=policy.name,
                where=where,
            )
        )
    if isinstance(raw, int):
        return raw
    try:
        number = float(str(raw))
    except ValueError:
        number = math.nan
    if not number.is_integer():
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": {where} harus bilangan bulat; yang ada {raw!r}.',
                name=policy.name,
                where=where,
                raw=raw,
            )
        )
    return int(number)


# -- the competency dictionary and levels -----------------------------------------------------


def kompetensi_baku(
    on: date | None = None, *, policy: PolicyTable | None = None
) -> tuple[Kompetensi, ...]:
    """The manajerial and sosial kultural competencies in the order the table lists them."""
    table = _table(policy, _STANDAR)
    raw = _value(table, _on(on), "kompetensi")
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat daftar "kompetensi".',
                name=table.name,
            )
        )
    found = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}": setiap kompetensi harus objek.',
                    name=table.name,
                )
            )
        try:
            kelompok = KelompokKompetensi(str(item.get("kelompok", "")))
        except ValueError:
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}": kompetensi "{get}" berkelompok {get2!r}; '
                    "gunakan {join}.",
                    name=table.name,
                    get=item.get("kode"),
                    get2=item.get("kelompok"),
                    join=", ".join(k.value for k in KelompokKompetensi),
                )
            ) from None
        found.append(Kompetensi(str(item["kode"]), str(item["nama"]), kelompok))
    return tuple(found)


def level_range(on: date | None = None, *, policy: PolicyTable | None = None) -> tuple[int, int]:
    """(lowest, highest) competency level: (1, 5) under PermenPANRB 38/2017."""
    table = _table(policy, _STANDAR)
    level = _mapping(table, _on(on), "level")
    low = _int(table, "level.min", level.get("min"))
    high = _int(table, "level.max", level.get("max"))
    if low > high:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": level.min lebih besar dari level.max.',
                name=table.name,
            )
        )
    return low, high


def check_level(value: object, on: date | None = None, *, policy: PolicyTable | None = None) -> int:
    """The level typed or imported as ``value`` ("3", 3 or 3.0 give 3).

    KompetensiError naming the value for anything else: empty, not a number, a fraction, or
    outside the level range.
    """
    low, high = level_range(on, policy=policy)
    rule = pesan("Level kompetensi harus bilangan bulat {low} sampai {high}", low=low, high=high)
    if value is None or (isinstance(value, str) and not value.strip()):
        raise KompetensiError(pesan("{rule}; belum diisi.", rule=rule))
    number: float
    if isinstance(value, bool):
        # True is an int to Python but never a level someone meant.
        number = math.nan
    elif isinstance(value, int | float):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            number = math.nan
    if not number.is_integer() or not low <= number <= high:
        raise KompetensiError(pesan("{rule}; yang diisi '{value}'.", rule=rule, value=value))
    return int(number)


def _jenis(jenis_jabatan: str) -> str:
    return str(jenis_jabatan).strip().upper()


def standar_bawaan(
    jenis_jabatan: str, on: date | None = None, *, policy: PolicyTable | None = None
) -> dict[str, int]:
    """The default standard {kode: level} of a kind of position (a JenisJabatan value).

    Used only where the position's own standard (data of the position) is not entered yet;
    {} for an empty or unknown jenis jabatan, so the caller shows "standar belum diisi"
    rather than a made-up one.
    """
    table = _table(policy, _STANDAR)
    day = _on(on)
    bawaan = _mapping(table, day, "bawaan")
    jenis = _jenis(jenis_jabatan)
    if not jenis or jenis not in bawaan:
        return {}
    raw = bawaan[jenis]
    kodes = [k.kode for k in kompetensi_baku(day, policy=table)]
    if isinstance(raw, Mapping):
        # Per-competency levels; the dictionary's order is kept so reports list them alike.
        return {
            kode: _int(table, f"bawaan.{jenis}.{kode}", raw[kode]) for kode in kodes if kode in raw
        }
    level = _int(table, f"bawaan.{jenis}", raw)
    return dict.fromkeys(kodes, level)


def standar_bawaan_dikonfirmasi(
    jenis_jabatan: str, on: date | None = None, *, policy: PolicyTable | None = None
) -> tuple[bool, str]:
    """(confirmed?, note) of the default standard of a kind of position, for the UI to show."""
    table = _table(policy, _STANDAR)
    status = _mapping(table, _on(on), "dikonfirmasi")
    jenis = _jenis(jenis_jabatan)
    entry = status.get(jenis) if jenis else None
    if not isinstance(entry, Mapping):
        shown = jenis or "(kosong)"
        return False, pesan(
            "Jenis jabatan {shown} tidak memiliki standar kompetensi bawaan.", shown=shown
        )
    return bool(entry.get("terkonfirmasi", False)), str(entry.get("catatan", ""))


# -- gaps and JPM -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Kesenjangan:
    """One competency of a standard against the assessed level.

    ``selisih`` is how many levels are missing (never below 0); None when the competency was
    not assessed, because "not assessed" is not the same as "no gap" or "gap = standard".
    """

    kode: str
    standar: int
    aktual: int | None
    selisih: int | None = None

    @property
    def dinilai(self) -> bool:
        return self.aktual is not None


def _assessed(aktual: Mapping[str, int | None], kode: str) -> int | None:
    found = aktual.get(kode)
    return None if found is None else int(found)


def kesenjangan(standar: Mapping[str, int], aktual: Mapping[str, int | None]) -> list[Kesenjangan]:
    """The gap of every competency of ``standar``, in the standard's order."""
    found = []
    for kode, level in standar.items():
        std = int(level)
        act = _assessed(aktual, kode)
        gap = None if act is None else max(0, std - act)
        found.append(Kesenjangan(kode, std, act, gap))
    return found


def jpm(
    standar: Mapping[str, int],
    aktual: Mapping[str, int | None],
    *,
    batasi_per_item: bool | None = None,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> float | None:
    """The job person match in percent (0-100, two decimals), see the module docstring.

    None when the standard is empty (or all zero) or none of its competencies is assessed:
    there is nothing to compare, which the report shows as "belum dinilai", not as 0%.
    ``batasi_per_item`` None takes the setting of the jpm policy in force ``on``.
    """
    if batasi_per_item is None:
        table = _table(policy, _JPM)
        batasi_per_item = bool(_value(table, _on(on), "batasi_per_item"))
    total_standar = 0
    total_aktual = 0
    any_assessed = False
    for kode, level in standar.items():
        std = int(level)
        total_standar += std
        act = _assessed(aktual, kode)
        if act is None:
            continue
        any_assessed = True
        total_aktual += min(act, std) if batasi_per_item else act
    if total_standar <= 0 or not any_assessed:
        return None
    return round(min(100.0, 100.0 * total_aktual / total_standar), 2)


@dataclass(frozen=True)
class BandJpm:
    kode: str
    label: str


def _band(pct: float, key: str, on: date | None, policy: PolicyTable | None) -> BandJpm:
    if isinstance(pct, bool) or not isinstance(pct, int | float) or math.isnan(pct):
        raise KompetensiError(pesan("JPM harus berupa angka persen; yang diisi '{pct}'.", pct=pct))
    table = _table(policy, _JPM)
    raw = _value(table, _on(on), key)
    if not isinstance(raw, Sequence) or isinstance(raw, str) or not raw:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat daftar pita "{key}".',
                name=table.name,
                key=key,
            )
        )
    bands = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}": setiap pita "{key}" harus objek.',
                    name=table.name,
                    key=key,
                )
            )
        bands.append((float(str(item["min"])), str(item["kode"]), str(item["label"])))
    # Highest lower bound first: the first band whose min the value reaches is its band,
    # whatever order the file lists them in.
    bands.sort(key=lambda band: band[0], reverse=True)
    for low, kode, label in bands:
        if pct >= low:
            return BandJpm(kode, label)
    raise KompetensiError(
        pesan(
            "JPM {pct:g}% di bawah pita terendah ({bands:g}%); JPM tidak bisa negatif.",
            pct=pct,
            bands=bands[-1][0],
        )
    )


def band_pemetaan(
    pct: float, on: date | None = None, *, policy: PolicyTable | None = None
) -> BandJpm:
    """Mapping category of a JPM: Optimal, Cukup Optimal or Kurang Optimal."""
    return _band(pct, "pemetaan", on, policy)


def band_seleksi(
    pct: float, on: date | None = None, *, policy: PolicyTable | None = None
) -> BandJpm:
    """Selection category of a JPM: Memenuhi Syarat, Masih Memenuhi Syarat or Kurang ..."""
    return _band(pct, "seleksi", on, policy)
