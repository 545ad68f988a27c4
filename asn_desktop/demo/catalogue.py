"""The positions the demo hands out, found in the SIASN catalogue of the database.

Pelaksana names and functional families come from the agency's profile; each is looked up
in ref_jabatan (SIASN's own names, ids and retirement ages). A database without the
catalogue gets invented functional names, so the generator also runs on a bare schema.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Executable, Result, func, or_, select

from asn_desktop.db.reference_models import RefJabatan
from asn_desktop.demo.draw import Weighted
from asn_desktop.demo.profiles import (
    GENERAL_KEAHLIAN,
    GENERAL_KETERAMPILAN,
    PELAKSANA_D3,
    PELAKSANA_PPPK_BARU,
    PELAKSANA_S1,
    PELAKSANA_SMA,
    Profile,
)
from asn_desktop.domain import JenisJabatan, JenjangFungsional, PolicyTable, usia_bup
from asn_desktop.resources import policy_data

__all__ = ["KEAHLIAN_ORDER", "KETERAMPILAN_ORDER", "Catalogue", "Jabatan", "Reader"]

# Runs a SELECT in the generation's transaction (BulkWriter.read).
Reader = Callable[[Executable], Result[*tuple[Any, ...]]]

KEAHLIAN_ORDER = (JenjangFungsional.PT, JenjangFungsional.MU, JenjangFungsional.MA,
                  JenjangFungsional.UT)  # fmt: skip
KETERAMPILAN_ORDER = (JenjangFungsional.PM, JenjangFungsional.TR, JenjangFungsional.MH,
                      JenjangFungsional.PY)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Jabatan:
    nama: str
    ref_id: str
    jenis: JenisJabatan
    jenjang: str
    usia_bup: int


class Catalogue:
    """Pelaksana positions by education, functional families by kind, and their BUP."""

    def __init__(self, read: Reader, profile: Profile, today: date) -> None:
        self.today = today
        self.policy = PolicyTable.from_dict(policy_data("bup"))
        self._bup_cache: dict[tuple[JenisJabatan, str, int | None], int] = {}
        self._load(read, profile)

    def bup(self, jenis: JenisJabatan, jenjang: str, catalogue: int | None) -> int:
        """The retirement age of a position (the catalogue's own, else the policy's)."""
        key = (jenis, jenjang, catalogue)
        found = self._bup_cache.get(key)
        if found is None:
            found = usia_bup(
                self.policy,
                jenis,
                JenjangFungsional(jenjang) if jenjang else None,
                on=self.today,
                usia_bup_jabatan=catalogue,
            )
            self._bup_cache[key] = found
        return found

    def _load(self, read: Reader, profile: Profile) -> None:
        pelaksana_names = {
            *PELAKSANA_SMA, *PELAKSANA_D3, *PELAKSANA_S1,
            *profile.pelaksana_s1, *profile.pelaksana_d3, *PELAKSANA_PPPK_BARU.values(),
        }  # fmt: skip
        found: dict[str, tuple[str, str]] = {}
        for ref_id, nama in read(
            select(RefJabatan.id, RefJabatan.nama)
            .where(
                RefJabatan.katalog == "pelaksana",
                func.upper(RefJabatan.nama).in_(sorted(pelaksana_names)),
            )
            .order_by(RefJabatan.id)
        ):
            found.setdefault(nama.upper(), (ref_id, nama))

        def pelaksana(name: str) -> Jabatan:
            ref_id, nama = found.get(name, ("", name))
            return Jabatan(
                nama,
                ref_id,
                JenisJabatan.PELAKSANA,
                "",
                self.bup(JenisJabatan.PELAKSANA, "", None),
            )

        self.pelaksana: dict[str, tuple[Jabatan, ...]] = {
            "SMA": tuple(pelaksana(n) for n in PELAKSANA_SMA),
            "D3": tuple(pelaksana(n) for n in PELAKSANA_D3 + profile.pelaksana_d3),
            "S1": tuple(pelaksana(n) for n in PELAKSANA_S1 + profile.pelaksana_s1),
        }
        self.pelaksana["S2"] = self.pelaksana["S1"]
        self.pelaksana_general: dict[str, tuple[Jabatan, ...]] = {
            "SMA": self.pelaksana["SMA"],
            "D3": tuple(pelaksana(n) for n in PELAKSANA_D3),
            "S1": tuple(pelaksana(n) for n in PELAKSANA_S1),
        }
        self.pelaksana_general["S2"] = self.pelaksana_general["S1"]
        self.pelaksana_pppk = {k: pelaksana(v) for k, v in PELAKSANA_PPPK_BARU.items()}
        self.pelaksana_pppk["S2"] = self.pelaksana_pppk["S1"]

        families = {name for name, _ in profile.keahlian + profile.keterampilan}
        families |= {name for name, _ in GENERAL_KEAHLIAN + GENERAL_KETERAMPILAN}
        rows: dict[str, tuple[str, str, int | None]] = {}
        have_catalogue = bool(read(select(func.count()).select_from(RefJabatan)).scalar_one())
        for ref_id, nama, jenjang, bup in read(
            select(RefJabatan.id, RefJabatan.nama, RefJabatan.jenjang, RefJabatan.usia_bup)
            .where(
                RefJabatan.katalog == "fungsional",
                RefJabatan.jenis_jabatan.like("FUNGSIONAL%"),
                or_(*(RefJabatan.nama.like(f"{f}%") for f in sorted(families))),
            )
            .order_by(RefJabatan.id)
        ):
            rows.setdefault(f"{nama}|{jenjang}", (ref_id, nama, bup))

        def family(
            name: str, jenis: JenisJabatan, *, invent: bool = False
        ) -> dict[str, Jabatan] | None:
            """The levels of one functional family; names are invented only without a
            catalogue (a database opened without loading the SIASN reference)."""
            order = (
                KEAHLIAN_ORDER if jenis is JenisJabatan.FUNGSIONAL_KEAHLIAN else KETERAMPILAN_ORDER
            )
            levels: dict[str, Jabatan] = {}
            for jenjang in order:
                full = f"{name} {jenjang.label}"
                row = rows.get(f"{full}|{jenjang.value}")
                if row is not None:
                    ref_id, nama, bup = row
                    levels[jenjang.value] = Jabatan(
                        nama, ref_id, jenis, jenjang.value, self.bup(jenis, jenjang.value, bup)
                    )
                elif invent or not have_catalogue:
                    levels[jenjang.value] = Jabatan(
                        full, "", jenis, jenjang.value, self.bup(jenis, jenjang.value, None)
                    )
            if not levels:
                return None
            # A missing level borrows the nearest one (first upwards, then downwards).
            for i, jenjang in enumerate(order):
                if jenjang.value not in levels:
                    ahead = [j for j in order[i + 1 :] if j.value in levels]
                    behind = [j for j in reversed(order[:i]) if j.value in levels]
                    levels[jenjang.value] = levels[(ahead or behind)[0].value]
            return levels

        def pool(pairs: tuple[tuple[str, int], ...], jenis: JenisJabatan) -> Weighted:
            built = [(levels, w) for name, w in pairs if (levels := family(name, jenis))]
            if not built:
                built = [(family(name, jenis, invent=True) or {}, w) for name, w in pairs]
            return Weighted(built)

        keahlian = JenisJabatan.FUNGSIONAL_KEAHLIAN
        keterampilan = JenisJabatan.FUNGSIONAL_KETERAMPILAN
        self.families: dict[tuple[bool, JenisJabatan], Weighted] = {
            (False, keahlian): pool(profile.keahlian, keahlian),
            (False, keterampilan): pool(profile.keterampilan, keterampilan),
            (True, keahlian): pool(GENERAL_KEAHLIAN, keahlian),
            (True, keterampilan): pool(GENERAL_KETERAMPILAN, keterampilan),
        }
