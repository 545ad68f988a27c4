"""Performance appraisal (PermenPANRB 6/2022): ratings, predikat, periods, distribution rule.

Every value that a regulation sets (the predikat matrix and its printed labels, the pola
distribusi, the period type of a year, the BerAKHLAK descriptions, the PP 46/2011 bands) is a
policy table in resources/policy with an effective-from date; this module holds only the
rules for reading them. The tables are passed in by callers that have their own (a reference
bundle from BKPSDM); `default_policy(name)` reads the shipped ones.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable

__all__ = [
    "JENIS_PERIODE",
    "NilaiDasar",
    "Pelanggaran",
    "Periode",
    "Predikat",
    "Rating",
    "Skema",
    "capaian_labels",
    "cek_pola_distribusi",
    "default_policy",
    "nilai_dasar",
    "nilai_prestasi_pp46",
    "periode",
    "periode_tahun",
    "predikat_dari_rating",
    "predikat_kinerja",
    "predikat_label",
    "rating_label",
    "sebutan_pp46",
    "siasn_code",
]


class Rating(StrEnum):
    """Rating hasil kerja or rating perilaku kerja."""

    DI_ATAS = "di_atas"
    SESUAI = "sesuai"
    DI_BAWAH = "di_bawah"

    @property
    def label(self) -> str:
        return rating_label(self)


class Predikat(StrEnum):
    SANGAT_BAIK = "sangat_baik"
    BAIK = "baik"
    BUTUH_PERBAIKAN = "butuh_perbaikan"
    KURANG = "kurang"
    SANGAT_KURANG = "sangat_kurang"

    @property
    def label(self) -> str:
        return predikat_label(self)


class Skema(StrEnum):
    """The appraisal scheme of a year's record; imported history carries the older ones."""

    PERMENPANRB_6_2022 = "permenpanrb_6_2022"
    PERMENPANRB_8_2021 = "permenpanrb_8_2021"
    PP_46_2011 = "pp_46_2011"

    @property
    def label(self) -> str:
        return _SKEMA_LABELS[self]

    @property
    def uses_ratings(self) -> bool:
        """Rated with Di Atas / Sesuai / Di Bawah (and a predikat), not with numbers."""
        return self is not Skema.PP_46_2011


_SKEMA_LABELS = {
    Skema.PERMENPANRB_6_2022: pesan("PermenPANRB 6/2022"),
    Skema.PERMENPANRB_8_2021: pesan("PermenPANRB 8/2021"),
    Skema.PP_46_2011: pesan("PP 46/2011 (nilai angka)"),
}


@cache
def default_policy(name: str) -> PolicyTable:
    """A policy table shipped with the program (resources/policy/<name>.json)."""
    # Imported here: the resources package is data, and reading it is only needed by callers
    # that do not bring their own table.
    from asn_desktop.resources import policy_data

    return PolicyTable.from_dict(policy_data(name))


def _table(policy: PolicyTable | None, name: str) -> PolicyTable:
    return policy if policy is not None else default_policy(name)


def _on(day: date | None) -> date:
    return day if day is not None else date.today()


def _values(policy: PolicyTable, day: date, key: str) -> Mapping[str, object]:
    values = policy.at(day).values
    found = values.get(key)
    if not isinstance(found, Mapping):
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat "{key}".', name=policy.name, key=key)
        )
    return found


# -- ratings and the predikat matrix ---------------------------------------------------------


def rating_label(
    rating: Rating | str, *, on: date | None = None, policy: PolicyTable | None = None
) -> str:
    """ "Di Atas Ekspektasi" for Rating.DI_ATAS, as printed."""
    table = _table(policy, "predikat_kinerja")
    labels = _values(table, _on(on), "rating_labels")
    return str(labels[Rating(rating).value])


def predikat_label(
    predikat: Predikat | str, *, on: date | None = None, policy: PolicyTable | None = None
) -> str:
    table = _table(policy, "predikat_kinerja")
    labels = _values(table, _on(on), "predikat_labels")
    return str(labels[Predikat(predikat).value])


def predikat_dari_rating(
    hasil_kerja: Rating | str,
    perilaku: Rating | str,
    *,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> Predikat:
    """The predikat of the matrix in force ``on`` (default today)."""
    table = _table(policy, "predikat_kinerja")
    matrix = _values(table, _on(on), "matrix")
    try:
        row = Rating(hasil_kerja)
        column = Rating(perilaku)
    except ValueError as exc:
        raise ValueError(
            pesan(
                "Rating tidak dikenal: {exc}. Gunakan Di Atas, Sesuai atau Di Bawah Ekspektasi.",
                exc=exc,
            )
        ) from exc
    cells = matrix.get(row.value)
    if not isinstance(cells, Mapping) or column.value not in cells:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": matriks tidak memuat {value}/{value2}.',
                name=table.name,
                value=row.value,
                value2=column.value,
            )
        )
    return Predikat(str(cells[column.value]))


def predikat_kinerja(
    hasil_kerja: Rating | str,
    perilaku: Rating | str,
    *,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> str:
    """The predikat's label as printed: predikat_kinerja(Rating.DI_ATAS, Rating.SESUAI)
    is "Baik"."""
    found = predikat_dari_rating(hasil_kerja, perilaku, on=on, policy=policy)
    return predikat_label(found, on=on, policy=policy)


def siasn_code(
    kind: str,
    key: Rating | Predikat | str,
    *,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> int:
    """SIASN's code of a rating ("siasn_rating") or a predikat ("siasn_kuadran")."""
    table = _table(policy, "predikat_kinerja")
    codes = _values(table, _on(on), kind)
    return int(str(codes[str(key)]))


# -- periods ---------------------------------------------------------------------------------

JENIS_PERIODE = ("bulanan", "triwulan", "semester")
_ROMAN = ("I", "II", "III", "IV")
_BULAN = (
    "JANUARI",
    "FEBRUARI",
    "MARET",
    "APRIL",
    "MEI",
    "JUNI",
    "JULI",
    "AGUSTUS",
    "SEPTEMBER",
    "OKTOBER",
    "NOVEMBER",
    "DESEMBER",
)


@dataclass(frozen=True)
class Periode:
    """One evaluation period of a year: "tw2" (Triwulan II), "b03", "s1" or "akhir"."""

    kode: str
    tahun: int
    mulai: date
    selesai: date
    label: str  # as printed: "TRIWULAN II", "PERIODE: AKHIR"

    @property
    def is_akhir(self) -> bool:
        return self.kode == "akhir"

    @property
    def rentang(self) -> str:
        """ "1 JANUARI SD 31 DESEMBER 2026", the assessment period as printed."""
        return (
            f"{self.mulai.day} {_BULAN[self.mulai.month - 1]} SD "
            f"{self.selesai.day} {_BULAN[self.selesai.month - 1]} {self.selesai.year}"
        )


def _last_day(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date.fromordinal(date(year, month + 1, 1).toordinal() - 1)


def periode(kode: str, tahun: int) -> Periode:
    """The period ``kode`` of ``tahun``; ValueError naming the codes for an unknown one."""
    kode = kode.strip().lower()
    if kode == "akhir":
        return Periode("akhir", tahun, date(tahun, 1, 1), date(tahun, 12, 31), "PERIODE: AKHIR")
    if len(kode) == 3 and kode.startswith("tw") and kode[2] in "1234":
        n = int(kode[2])
        return Periode(
            kode,
            tahun,
            date(tahun, 3 * n - 2, 1),
            _last_day(tahun, 3 * n),
            f"TRIWULAN {_ROMAN[n - 1]}",
        )
    if len(kode) == 2 and kode[0] == "s" and kode[1] in "12":
        n = int(kode[1])
        return Periode(
            kode,
            tahun,
            date(tahun, 6 * n - 5, 1),
            _last_day(tahun, 6 * n),
            f"SEMESTER {_ROMAN[n - 1]}",
        )
    if len(kode) == 3 and kode[0] == "b" and kode[1:].isdigit() and 1 <= int(kode[1:]) <= 12:
        m = int(kode[1:])
        return Periode(
            kode, tahun, date(tahun, m, 1), _last_day(tahun, m), f"BULAN {_BULAN[m - 1]}"
        )
    raise ValueError(
        pesan(
            "Periode '{kode}' tidak dikenal; gunakan akhir, tw1-tw4, s1-s2 atau b01-b12.",
            kode=kode,
        )
    )


def periode_tahun(
    tahun: int, jenis: str | None = None, *, policy: PolicyTable | None = None
) -> list[Periode]:
    """The periodic evaluations of a year followed by the year-end one.

    ``jenis`` is the year's period type (bulanan, triwulan, semester); by default the one the
    policy in force on 1 January of that year names.
    """
    if jenis is None:
        table = _table(policy, "periode_penilaian")
        jenis = str(table.at(date(tahun, 1, 1)).values.get("jenis", ""))
    if jenis == "bulanan":
        codes = [f"b{m:02d}" for m in range(1, 13)]
    elif jenis == "triwulan":
        codes = [f"tw{n}" for n in range(1, 5)]
    elif jenis == "semester":
        codes = ["s1", "s2"]
    else:
        raise ValueError(
            pesan(
                "Jenis periode '{jenis}' tidak dikenal; gunakan {join}.",
                jenis=jenis,
                join=", ".join(JENIS_PERIODE),
            )
        )
    return [periode(code, tahun) for code in codes] + [periode("akhir", tahun)]


# -- BerAKHLAK -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NilaiDasar:
    """One of the seven core values, with the behaviours printed under its name."""

    kode: str
    nama: str
    uraian: tuple[str, ...]


def nilai_dasar(*, on: date | None = None, policy: PolicyTable | None = None) -> list[NilaiDasar]:
    table = _table(policy, "berakhlak")
    raw = table.at(_on(on)).values.get("nilai")
    if not isinstance(raw, Sequence) or not raw:
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat daftar "nilai".', name=table.name)
        )
    found = []
    for item in raw:
        if not isinstance(item, Mapping):
            raise PolicyError(
                pesan('Tabel kebijakan "{name}": setiap nilai harus objek.', name=table.name)
            )
        found.append(
            NilaiDasar(
                str(item["kode"]),
                str(item["nama"]),
                tuple(str(u) for u in item.get("uraian", ())),
            )
        )
    return found


# -- the distribution rule (pola distribusi) ---------------------------------------------------


@dataclass(frozen=True)
class Pelanggaran:
    """One bound of the pola distribusi that a set of predikat breaks, and by how much."""

    predikat: tuple[Predikat, ...]
    batas: str  # "min_pct", "max_pct" or "min_count"
    nilai_batas: float
    jumlah: int
    total: int
    selisih: int  # how many employees too many (max) or too few (min)
    pesan: str


def _names(predikat: Sequence[Predikat], day: date, policy: PolicyTable | None) -> str:
    return pesan(" atau ").join(predikat_label(p, on=day, policy=policy) for p in predikat)


def cek_pola_distribusi(
    capaian: str,
    counts: Mapping[Predikat | str, int],
    *,
    on: date | None = None,
    policy: PolicyTable | None = None,
    predikat_policy: PolicyTable | None = None,
    scope: str = "",
) -> list[Pelanggaran]:
    """Where the predikat of a set of employees break the rule of the organisation's capaian.

    ``counts`` maps predikat to how many employees got it; ``scope`` ("Bidang Pendidikan")
    prefixes the messages. An empty set breaks nothing. Percentages are of all employees
    counted; a bound of 70% over 7 employees allows 4 (rounded down), a minimum of 60%
    needs 5 (rounded up), so a set that passes really is within the percentage.
    """
    day = _on(on)
    table = _table(policy, "pola_distribusi")
    values = table.at(day).values
    rules_by_capaian = values.get("rules")
    capaian_labels = values.get("capaian_labels")
    if not isinstance(rules_by_capaian, Mapping) or not isinstance(capaian_labels, Mapping):
        raise PolicyError(pesan('Tabel kebijakan "{name}" tidak memuat "rules".', name=table.name))
    if capaian not in rules_by_capaian:
        raise ValueError(
            pesan(
                "Capaian kinerja organisasi '{capaian}' tidak dikenal; gunakan {join}.",
                capaian=capaian,
                join=", ".join(str(k) for k in rules_by_capaian),
            )
        )
    tally = {Predikat(k): int(v) for k, v in counts.items()}
    total = sum(tally.values())
    if total == 0:
        return []
    prefix = f"{scope}: " if scope else ""
    capaian_label = capaian_labels[capaian]
    found: list[Pelanggaran] = []
    for rule in rules_by_capaian[capaian]:
        group = tuple(Predikat(p) for p in rule["predikat"])
        count = sum(tally.get(p, 0) for p in group)
        names = _names(group, day, predikat_policy)
        pct = 100.0 * count / total
        if "max_pct" in rule:
            bound = float(rule["max_pct"])
            allowed = math.floor(total * bound / 100.0 + 1e-9)
            if count > allowed:
                extra = count - allowed
                found.append(
                    Pelanggaran(
                        group,
                        "max_pct",
                        bound,
                        count,
                        total,
                        extra,
                        pesan(
                            "{prefix}{names} {pct:.0f}% ({count} dari {total} pegawai); "
                            "capaian organisasi {capaian_label} membolehkan paling banyak "
                            "{bound:g}% ({allowed} pegawai): lebih {extra} pegawai.",
                            prefix=prefix,
                            names=names,
                            pct=pct,
                            count=count,
                            total=total,
                            capaian_label=capaian_label,
                            bound=bound,
                            allowed=allowed,
                            extra=extra,
                        ),
                    )
                )
        if "min_pct" in rule:
            bound = float(rule["min_pct"])
            needed = math.ceil(total * bound / 100.0 - 1e-9)
            if count < needed:
                short = needed - count
                found.append(
                    Pelanggaran(
                        group,
                        "min_pct",
                        bound,
                        count,
                        total,
                        short,
                        pesan(
                            "{prefix}{names} {pct:.0f}% ({count} dari {total} pegawai); "
                            "capaian organisasi {capaian_label} mensyaratkan paling sedikit "
                            "{bound:g}% ({needed} pegawai): kurang {short} pegawai.",
                            prefix=prefix,
                            names=names,
                            pct=pct,
                            count=count,
                            total=total,
                            capaian_label=capaian_label,
                            bound=bound,
                            needed=needed,
                            short=short,
                        ),
                    )
                )
        if "min_count" in rule:
            needed = int(rule["min_count"])
            if count < needed:
                short = needed - count
                found.append(
                    Pelanggaran(
                        group,
                        "min_count",
                        float(needed),
                        count,
                        total,
                        short,
                        pesan(
                            "{prefix}capaian organisasi {capaian_label} mensyaratkan ada "
                            "pegawai berpredikat {names} (paling sedikit {needed}); yang ada "
                            "{count}: kurang {short} pegawai.",
                            prefix=prefix,
                            capaian_label=capaian_label,
                            names=names,
                            needed=needed,
                            count=count,
                            short=short,
                        ),
                    )
                )
    return found


def capaian_labels(*, on: date | None = None, policy: PolicyTable | None = None) -> dict[str, str]:
    """{"istimewa": "Istimewa", ...}: the organisation's possible capaian, in order."""
    table = _table(policy, "pola_distribusi")
    labels = _values(table, _on(on), "capaian_labels")
    return {str(k): str(v) for k, v in labels.items()}


# -- PP 46/2011 (legacy, numeric) ------------------------------------------------------------


def nilai_prestasi_pp46(
    nilai_skp: float, nilai_perilaku: float, *, tahun: int, policy: PolicyTable | None = None
) -> float:
    """Nilai prestasi kerja = bobot SKP x nilai SKP + bobot perilaku x nilai perilaku."""
    for name, value in (("nilai SKP", nilai_skp), ("nilai perilaku", nilai_perilaku)):
        if not (0 <= value <= 100) or math.isnan(value):
            raise ValueError(
                pesan(
                    "{capitalize} harus antara 0 dan 100; yang ada {value}.",
                    capitalize=name.capitalize(),
                    value=value,
                )
            )
    table = _table(policy, "pp46_2011")
    values = table.at(date(tahun, 1, 1)).values
    bobot_skp = float(str(values["bobot_skp"]))
    bobot_perilaku = float(str(values["bobot_perilaku"]))
    return round((bobot_skp * nilai_skp + bobot_perilaku * nilai_perilaku) / 100.0, 2)


def sebutan_pp46(nilai: float, *, tahun: int, policy: PolicyTable | None = None) -> str:
    """ "Baik" for 82.5: the first band whose lower bound the value is above."""
    table = _table(policy, "pp46_2011")
    bands = table.at(date(tahun, 1, 1)).values.get("sebutan")
    if not isinstance(bands, Sequence):
        raise PolicyError(
            pesan('Tabel kebijakan "{name}" tidak memuat "sebutan".', name=table.name)
        )
    for band in bands:
        above = band["lebih_dari"]
        if above is None or nilai > float(above):
            return str(band["label"])
    raise PolicyError(
        pesan(
            'Tabel kebijakan "{name}": tidak ada sebutan untuk nilai {nilai}.',
            name=table.name,
            nilai=nilai,
        )
    )
