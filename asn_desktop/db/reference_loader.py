"""Fill the ref_* tables from the SIASN catalogues shipped in resources/siasn."""

from __future__ import annotations

import json
from collections.abc import Callable

from sqlalchemy import Connection, delete, insert, select

from asn_desktop.db.models import AppMeta
from asn_desktop.db.reference_models import RefCode, RefJabatan, RefPendidikan
from asn_desktop.resources import SIASN_REFERENCE_VERSION, siasn_table

REFERENCE_VERSION_KEY = "siasn_reference_version"

# Small code lists kept in ref_code: SIASN file name -> (id field, name field).
CODE_LISTS: dict[str, tuple[str, str]] = {
    "agama": ("id", "nama"),
    "kedudukanHukum": ("id", "nama"),
    "jenisDiklat": ("id", "jenis"),
    "latihanStruktural": ("id", "nama"),
    "eselon": ("id", "nama"),
    "jenisJabatan": ("id", "nama"),
    "jenisPenugasan": ("id", "nama"),
    "kenaikanPangkat": ("id", "nama"),
    "jenisPegawai": ("id", "nama"),
    "kawin": ("id", "nama"),
    "kuadranNilai": ("id", "nama"),
    "perilakuDanKinerja": ("id", "nama"),
    "golonganPns": ("id", "nama"),
    "jenisKursus": ("id", "nama"),
    "kompetensi": ("id", "nama"),
    "jenisHukuman": ("id", "nama"),
    "penghargaan": ("id", "nama"),
}

# SIASN jabatanFungsional.jenjang -> our jenis jabatan. XX marks rows without a level.
_KEAHLIAN = {"PT", "MU", "MA", "UT"}
_KETERAMPILAN = {"PM", "TR", "MH", "PY"}

Progress = Callable[[str], None]


def stored_reference_version(conn: Connection) -> str | None:
    return conn.execute(
        select(AppMeta.value).where(AppMeta.key == REFERENCE_VERSION_KEY)
    ).scalar_one_or_none()


def reference_is_current(conn: Connection) -> bool:
    return bool(stored_reference_version(conn) == SIASN_REFERENCE_VERSION)


def _jenis_fungsional(jenjang: str) -> str:
    if jenjang in _KEAHLIAN:
        return "FUNGSIONAL_KEAHLIAN"
    if jenjang in _KETERAMPILAN:
        return "FUNGSIONAL_KETERAMPILAN"
    return "FUNGSIONAL"


def load_reference(conn: Connection, progress: Progress | None = None) -> dict[str, int]:
    """Replace the catalogues with the shipped ones, inside the caller's transaction."""
    say = progress or (lambda _msg: None)
    counts: dict[str, int] = {}

    say("Memuat katalog jabatan")
    conn.execute(delete(RefJabatan))
    jabatan = [
        {
            "katalog": "pelaksana",
            "id": row["id"],
            "nama": row["nama"].strip(),
            "jenis_jabatan": "PELAKSANA",
            "jenjang": "",
            "usia_bup": None,
            "kode_cepat": row.get("kodeCepat") or "",
        }
        for row in siasn_table("jabatanPelaksana")
    ]
    for row in siasn_table("jabatanFungsional"):
        usia = int(row["usiaBup"]) if str(row.get("usiaBup") or "0").isdigit() else 0
        jenjang = row.get("jenjang") or ""
        jabatan.append(
            {
                "katalog": "fungsional",
                "id": row["id"],
                "nama": row["nama"].strip(),
                "jenis_jabatan": _jenis_fungsional(jenjang),
                "jenjang": jenjang if jenjang != "XX" else "",
                "usia_bup": usia or None,
                "kode_cepat": row.get("kodeCepat") or "",
            }
        )
    conn.execute(insert(RefJabatan), jabatan)
    counts["ref_jabatan"] = len(jabatan)

    say("Memuat katalog pendidikan")
    conn.execute(delete(RefPendidikan))
    pendidikan = [
        {"id": r["id"], "nama": r["nama"].strip(), "tingkat_id": r.get("tingkatPendidikanId") or ""}
        for r in siasn_table("pendidikan")
    ]
    conn.execute(insert(RefPendidikan), pendidikan)
    counts["ref_pendidikan"] = len(pendidikan)

    say("Memuat daftar kode SIASN")
    conn.execute(delete(RefCode))
    codes = []
    for catalogue, (id_field, name_field) in CODE_LISTS.items():
        for row in siasn_table(catalogue):
            extra = {k: v for k, v in row.items() if k not in (id_field, name_field)}
            codes.append(
                {
                    "catalogue": catalogue,
                    "code": str(row[id_field]),
                    "nama": str(row.get(name_field) or ""),
                    "extra": json.dumps(extra, ensure_ascii=False),
                }
            )
    conn.execute(insert(RefCode), codes)
    counts["ref_code"] = len(codes)

    conn.execute(delete(AppMeta).where(AppMeta.key == REFERENCE_VERSION_KEY))
    conn.execute(insert(AppMeta).values(key=REFERENCE_VERSION_KEY, value=SIASN_REFERENCE_VERSION))
    return counts
