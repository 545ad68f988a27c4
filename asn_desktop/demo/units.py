"""The demo agency's unit tree: its own bidang, seksi and UPT, and kecamatan for large sets.

The tree is built first with the units in parent-before-child order; their database ids
are reserved afterwards (BulkWriter.reserve_ids) and give each unit its path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from asn_desktop.demo.draw import Weighted
from asn_desktop.demo.profiles import KECAMATAN, SEKSI_KECAMATAN, Profile
from asn_desktop.domain import JenisJabatan

__all__ = [
    "ADMIN_KINDS",
    "EMPLOYEES_PER_UNIT",
    "HEAD_OF_KIND",
    "PENGAWAS_KINDS",
    "Unit",
    "UnitTree",
]

# About one unit per this many employees once the agency's own tree is too small.
EMPLOYEES_PER_UNIT = 100

# Head positions per unit kind: (jenis jabatan, SIASN eselon id).
HEAD_OF_KIND: dict[str, tuple[JenisJabatan, str]] = {
    "root": (JenisJabatan.JPT, "22"),
    "sekretariat": (JenisJabatan.ADMINISTRATOR, "31"),
    "bidang": (JenisJabatan.ADMINISTRATOR, "32"),
    "subbagian": (JenisJabatan.PENGAWAS, "41"),
    "seksi": (JenisJabatan.PENGAWAS, "41"),
    "upt": (JenisJabatan.PENGAWAS, "41"),
    "upt_tu": (JenisJabatan.PENGAWAS, "42"),
    "kecamatan": (JenisJabatan.ADMINISTRATOR, "31"),
    "sekcam": (JenisJabatan.ADMINISTRATOR, "32"),
    "seksi_kec": (JenisJabatan.PENGAWAS, "41"),
    "kelurahan": (JenisJabatan.PENGAWAS, "41"),
}
PENGAWAS_KINDS = frozenset({"subbagian", "seksi", "upt", "upt_tu", "seksi_kec", "kelurahan"})
ADMIN_KINDS = frozenset({"sekretariat", "bidang", "kecamatan", "sekcam"})


@dataclass(slots=True, eq=False)
class Unit:
    kode: str
    nama: str
    parent: Unit | None
    depth: int
    urutan: int
    kind: str
    head_title: str
    general: bool  # outside the agency's own tree (kecamatan-like units)
    id: int = 0  # given by UnitTree.assign_ids
    path: str = ""

    @property
    def head(self) -> tuple[JenisJabatan, str]:
        return HEAD_OF_KIND[self.kind]


class UnitTree:
    def __init__(self, profile: Profile, agency_code: str, employees: int) -> None:
        self.units: list[Unit] = []
        self._children: dict[int, int] = {}
        p = profile
        root = self._add(p.nama, None, "root", p.kepala, agency_code=agency_code)
        sekretariat = self._add("Sekretariat", root, "sekretariat", p.sekretaris)
        for nama in p.subbagian:
            self._add(nama, sekretariat, "subbagian", f"Kepala {nama}")
        for nama, seksi in p.bidang:
            bidang = self._add(nama, root, "bidang", f"Kepala {nama}")
            for s in seksi:
                self._add(s, bidang, "seksi", f"Kepala {s}")
        for nama in p.upt:
            upt = self._add(nama, root, "upt", f"Kepala {nama}")
            tu = f"Subbagian Tata Usaha {nama}"
            self._add(tu, upt, "upt_tu", f"Kepala {tu}")
        # Large sets: add kecamatan-like units until there is about one unit per
        # EMPLOYEES_PER_UNIT employees, so a city-wide register has a believable spread.
        for kecamatan, kelurahan in KECAMATAN:
            if len(self.units) * EMPLOYEES_PER_UNIT >= employees:
                break
            kec = self._add(
                f"Kecamatan {kecamatan}", root, "kecamatan", f"Camat {kecamatan}", general=True
            )
            self._add(
                f"Sekretariat Kecamatan {kecamatan}", kec, "sekcam",
                f"Sekretaris Kecamatan {kecamatan}", general=True,
            )  # fmt: skip
            for seksi_kec in SEKSI_KECAMATAN:
                nama = f"{seksi_kec} Kecamatan {kecamatan}"
                self._add(nama, kec, "seksi_kec", f"Kepala {nama}", general=True)
            for kel in kelurahan:
                self._add(f"Kelurahan {kel}", kec, "kelurahan", f"Lurah {kel}", general=True)

        self.root = root
        self.placeable = Weighted(
            [(u, 3 if u.kind in PENGAWAS_KINDS else 2) for u in self.units if u.parent]
            or [(root, 1)]
        )
        self.pengawas_units = [u for u in self.units if u.kind in PENGAWAS_KINDS] or [root]
        self.admin_units = [u for u in self.units if u.kind in ADMIN_KINDS] or [root]

    def _add(
        self,
        nama: str,
        parent: Unit | None,
        kind: str,
        head_title: str,
        *,
        general: bool = False,
        agency_code: str = "",
    ) -> Unit:
        if parent is None:
            unit = Unit(agency_code, nama, None, 0, 0, kind, head_title, general)
        else:
            key = id(parent)
            urutan = self._children.get(key, 0) + 1
            self._children[key] = urutan
            kode = f"{parent.kode}.{urutan:02d}"
            unit = Unit(kode, nama, parent, parent.depth + 1, urutan, kind, head_title, general)
        self.units.append(unit)
        return unit

    def assign_ids(self, ids: Sequence[int]) -> None:
        """Give the units their database ids (in tree order) and with them their paths."""
        if len(ids) != len(self.units):
            raise ValueError(f"{len(self.units)} units, {len(ids)} ids")
        for unit, unit_id in zip(self.units, ids, strict=True):
            unit.id = unit_id
            parent_path = unit.parent.path if unit.parent is not None else "/"
            unit.path = f"{parent_path}{unit_id}/"  # parents come first: theirs is set

    def by_depth(self) -> list[Unit]:
        return sorted(self.units, key=lambda u: u.depth)  # stable: tree order within a depth

    def rows(self, new_uuid: Callable[[], str]) -> list[dict[str, Any]]:
        return [
            {
                "id": u.id,
                "uuid": new_uuid(),
                "kode": u.kode,
                "nama": u.nama,
                "parent_id": u.parent.id if u.parent else None,
                "path": u.path,
                "urutan": u.urutan,
            }
            for u in self.units
        ]
