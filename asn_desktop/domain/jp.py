"""JP (jam pelajaran) of competency development: conversion of activities and yearly targets.

Two policy tables in resources/policy hold the values, each with an effective-from date:
``konversi_jp`` (how many JP an activity of a SIASN jenisDiklat counts, DOMAIN.md 9) and
``kewajiban_jp`` (the yearly target per employment status, DOMAIN.md 3). This module holds
only the rules for reading them. An activity is counted with the version in force on the day
it ended, so a later rule change does not alter the JP of past years; callers store the
returned ``versi`` with the counted JP so a yearly report can be reproduced.

Arithmetic is done in Decimal: the tables hold values like 1.2 and 2.4, and float products
(24 × 1.2 = 28.799999...) must not leak into stored JP or printed explanations.
"""

from __future__ import annotations

import calendar
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from asn_desktop.domain.kinerja import default_policy
from asn_desktop.domain.pesan import GalatPesan, pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable, PolicyVersion
from asn_desktop.domain.tanggal import format_tanggal_angka

__all__ = [
    "AturanJp",
    "HasilJp",
    "JpError",
    "SatuanJp",
    "aturan_jp",
    "hitung_jp",
    "is_klasikal",
    "jenis_pengembangan",
    "jp_tugas_belajar",
    "tahun_jp",
    "target_dikonfirmasi",
    "target_jp",
]

_KONVERSI = "konversi_jp"
_KEWAJIBAN = "kewajiban_jp"
# The degree-study rule sits beside the jenisDiklat map: it is not a SIASN jenisDiklat id.
_TUGAS_BELAJAR = "tugas_belajar"
_SERATUS = Decimal(100)
_SEN = Decimal("0.01")


class JpError(GalatPesan, ValueError):
    """An activity or target cannot be counted; the message names the problem."""


class SatuanJp(StrEnum):
    """The unit an activity is measured in; "jp" means the JP stated on the certificate."""

    JP = "jp"
    HARI = "hari"
    SESI = "sesi"
    KUNJUNGAN = "kunjungan"
    PENEMPATAN = "penempatan"
    SEMESTER = "semester"

    @property
    def label(self) -> str:
        return _SATUAN_LABELS[self]


_SATUAN_LABELS = {
    SatuanJp.JP: pesan("JP"),
    SatuanJp.HARI: pesan("hari"),
    SatuanJp.SESI: pesan("sesi"),
    SatuanJp.KUNJUNGAN: pesan("kunjungan"),
    SatuanJp.PENEMPATAN: pesan("penempatan"),
    SatuanJp.SEMESTER: pesan("semester"),
}


@dataclass(frozen=True)
class AturanJp:
    """One conversion rule of one version of the konversi_jp table."""

    jenis: str
    nama: str
    klasikal: bool
    satuan: SatuanJp
    nasional: float | None  # JP per unit; None for satuan "jp" (the stated JP counts)
    internasional: float | None  # JP per unit abroad; None: nasional × faktor_internasional
    faktor_internasional: float | None
    maks_per_hari: float | None
    maks_per_hari_internasional: float | None
    maks_sesi_per_bulan: int | None
    dikonfirmasi: bool
    dikonfirmasi_internasional: bool
    catatan: str
    versi: str


@dataclass(frozen=True)
class HasilJp:
    """The JP an activity counts, with how it was reached (shown to the clerk and stored)."""

    jp: float
    satuan: SatuanJp
    jumlah: float
    versi: str
    dikonfirmasi: bool
    penjelasan: str
    peringatan: tuple[str, ...]


# -- reading the tables ----------------------------------------------------------------------


def _table(policy: PolicyTable | None, name: str) -> PolicyTable:
    return policy if policy is not None else default_policy(name)


def _versi(table: PolicyTable, version: PolicyVersion) -> str:
    return f"{table.name}@{version.effective_from.isoformat()}"


def _number(raw: Mapping[str, Any], key: str, where: str) -> float | None:
    value = raw.get(key)
    if value is None:
        return None
    # bool is an int in Python; a JSON true in a number field is a typing mistake.
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise PolicyError(
            pesan(
                "{where}: {key} harus berupa angka atau null; yang ada {value!r}.",
                where=where,
                key=key,
                value=value,
            )
        )
    if value < 0:
        raise PolicyError(
            pesan(
                "{where}: {key} tidak boleh negatif; yang ada {value!r}.",
                where=where,
                key=key,
                value=value,
            )
        )
    return float(value)


def _flag(raw: Mapping[str, Any], key: str, where: str, default: bool | None = None) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise PolicyError(
            pesan(
                "{where}: {key} harus true atau false; yang ada {value!r}.",
                where=where,
                key=key,
                value=value,
            )
        )
    return value


def _aturan(jenis: str, raw: Any, versi: str, where: str) -> AturanJp:
    if not isinstance(raw, Mapping):
        raise PolicyError(
            pesan(
                "{where} harus berupa objek JSON; yang ada {name}.",
                where=where,
                name=type(raw).__name__,
            )
        )
    nama = raw.get("nama")
    if not isinstance(nama, str) or not nama.strip():
        raise PolicyError(pesan("{where}: nama harus berupa teks yang tidak kosong.", where=where))
    try:
        satuan = SatuanJp(str(raw.get("satuan")))
    except ValueError:
        pilihan = ", ".join(s.value for s in SatuanJp)
        raise PolicyError(
            pesan(
                "{where}: satuan {get!r} tidak dikenal; gunakan {pilihan}.",
                where=where,
                get=raw.get("satuan"),
                pilihan=pilihan,
            )
        ) from None
    nasional = _number(raw, "nasional", where)
    if nasional is None and satuan is not SatuanJp.JP:
        raise PolicyError(
            pesan(
                "{where}: nasional (JP per {label}) wajib diisi.",
                where=where,
                label=satuan.label,
            )
        )
    maks_sesi = _number(raw, "maks_sesi_per_bulan", where)
    if maks_sesi is not None and not maks_sesi.is_integer():
        raise PolicyError(pesan("{where}: maks_sesi_per_bulan harus bilangan bulat.", where=where))
    if maks_sesi is not None and satuan is SatuanJp.JP:
        # With satuan "jp" the amount is JP, not sessions; a session cap there would be a
        # typing mistake in the table that silently cuts JP.
        raise PolicyError(
            pesan("{where}: maks_sesi_per_bulan tidak berlaku untuk satuan jp.", where=where)
        )
    catatan = raw.get("catatan", "")
    if not isinstance(catatan, str):
        raise PolicyError(pesan("{where}: catatan harus berupa teks.", where=where))
    dikonfirmasi = _flag(raw, "dikonfirmasi", where)
    return AturanJp(
        jenis=jenis,
        nama=nama.strip(),
        klasikal=_flag(raw, "klasikal", where, False),
        satuan=satuan,
        nasional=nasional,
        internasional=_number(raw, "internasional", where),
        faktor_internasional=_number(raw, "faktor_internasional", where),
        maks_per_hari=_number(raw, "maks_per_hari", where),
        maks_per_hari_internasional=_number(raw, "maks_per_hari_internasional", where),
        maks_sesi_per_bulan=None if maks_sesi is None else int(maks_sesi),
        dikonfirmasi=dikonfirmasi,
        # Missing: an international value is as certain as the national one it derives from.
        dikonfirmasi_internasional=_flag(raw, "dikonfirmasi_internasional", where, dikonfirmasi),
        catatan=catatan.strip(),
        versi=versi,
    )


def _jenis_map(table: PolicyTable, version: PolicyVersion) -> Mapping[str, Any]:
    found = version.values.get("jenis")
    if not isinstance(found, Mapping) or not found:
        raise PolicyError(pesan('Tabel kebijakan "{name}" tidak memuat "jenis".', name=table.name))
    return found


def _on(day: date | None) -> date:
    return day if day is not None else date.today()


def jenis_pengembangan(
    on: date | None = None, *, policy: PolicyTable | None = None
) -> tuple[AturanJp, ...]:
    """Every jenisDiklat rule of the version in force ``on`` (default today), by id."""
    table = _table(policy, _KONVERSI)
    version = table.at(_on(on))
    versi = _versi(table, version)
    rules = [
        _aturan(str(key), raw, versi, f'Tabel kebijakan "{table.name}", jenis "{key}"')
        for key, raw in _jenis_map(table, version).items()
    ]
    return tuple(sorted(rules, key=lambda r: _urutan(r.jenis)))


def _urutan(jenis: str) -> tuple[int, str]:
    # Ids are SIASN's numbers as text; "10" must sort after "9". A non-numeric key that an
    # agency adds goes last rather than breaking the list.
    return (int(jenis), "") if jenis.isdigit() else (1 << 30, jenis)


def aturan_jp(jenis: str, on: date | None = None, *, policy: PolicyTable | None = None) -> AturanJp:
    """The rule of SIASN jenisDiklat ``jenis`` ("9" Seminar) in force ``on`` (default today).

    ``"tugas_belajar"`` gives the degree-study rule (20 JP per semester, see
    :func:`jp_tugas_belajar`).
    """
    day = _on(on)
    table = _table(policy, _KONVERSI)
    version = table.at(day)
    versi = _versi(table, version)
    key = str(jenis).strip()
    if key == _TUGAS_BELAJAR:
        raw = version.values.get(_TUGAS_BELAJAR)
        if raw is None:
            raise PolicyError(
                pesan(
                    'Tabel kebijakan "{name}" tidak memuat "{tugas_belajar}".',
                    name=table.name,
                    tugas_belajar=_TUGAS_BELAJAR,
                )
            )
        return _aturan(key, raw, versi, f'Tabel kebijakan "{table.name}", {_TUGAS_BELAJAR}')
    rules = _jenis_map(table, version)
    if key not in rules:
        raise JpError(
            pesan(
                "Jenis pengembangan kompetensi '{jenis}' tidak dikenal pada tabel konversi JP "
                "yang berlaku {day}; gunakan kode jenisDiklat SIASN {daftar_kode}.",
                jenis=jenis,
                day=format_tanggal_angka(day),
                daftar_kode=_daftar_kode(rules),
            )
        )
    return _aturan(key, rules[key], versi, f'Tabel kebijakan "{table.name}", jenis "{key}"')


def _daftar_kode(rules: Mapping[str, Any]) -> str:
    keys = sorted((str(k) for k in rules), key=_urutan)
    numbers = [int(k) for k in keys if k.isdigit()]
    if len(numbers) == len(keys) and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return pesan("{numbers} sampai {numbers2}", numbers=numbers[0], numbers2=numbers[-1])
    return ", ".join(keys)


def is_klasikal(jenis: str, on: date | None = None, *, policy: PolicyTable | None = None) -> bool:
    return aturan_jp(jenis, on, policy=policy).klasikal


# -- numbers ---------------------------------------------------------------------------------


def _dec(value: float) -> Decimal:
    # Through str: Decimal(1.2) would carry the binary error that this module avoids.
    return Decimal(str(value))


def _bulat2(value: Decimal) -> Decimal:
    return value.quantize(_SEN, rounding=ROUND_HALF_UP)


def _angka(value: Decimal | float) -> str:
    """28,8 / 12 / 1.234,5: Indonesian digits, at most two decimals."""
    number = _bulat2(value if isinstance(value, Decimal) else _dec(value))
    text = f"{number:,.2f}".rstrip("0").rstrip(".")
    return text.replace(",", "_").replace(".", ",").replace("_", ".")


def _persen(faktor: Decimal) -> str:
    change = (faktor - 1) * _SERATUS
    sign = "+" if change >= 0 else "-"
    return f"{sign} {_angka(abs(change))}%"


def _jumlah(value: float | None, label: str) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, bool) or not math.isfinite(value):
        raise JpError(
            pesan(
                "Jumlah {label} harus berupa angka; yang diisi {value!r}.",
                label=label,
                value=value,
            )
        )
    if value < 0:
        raise JpError(
            pesan(
                "Jumlah {label} tidak boleh negatif; yang diisi {angka}.",
                label=label,
                angka=_angka(value),
            )
        )
    return _dec(value)


# -- dates -----------------------------------------------------------------------------------


def _cek_urutan(
    mulai: date, selesai: date, akhir: str = "selesai", awal: str = pesan("tanggal mulai")
) -> None:
    if selesai < mulai:
        raise JpError(
            pesan(
                "Tanggal {akhir} ({selesai}) sebelum {awal} ({mulai}).",
                akhir=akhir,
                selesai=format_tanggal_angka(selesai),
                awal=awal,
                mulai=format_tanggal_angka(mulai),
            )
        )


def _hari(mulai: date, selesai: date) -> int:
    return (selesai - mulai).days + 1


def _bulan(mulai: date, selesai: date) -> int:
    """Calendar months touched by the period, both ends inclusive (30 Jan - 2 Feb: 2)."""
    return (selesai.year - mulai.year) * 12 + selesai.month - mulai.month + 1


def _tambah_bulan(day: date, months: int) -> tuple[date, bool]:
    """``day`` moved ``months`` ahead and whether the day had to be clamped (31 Aug → Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last)), day.day > last


def _akhir_semester(mulai: date, ke: int) -> date:
    """The last day of semester ``ke`` (1-based) of a study that began on ``mulai``.

    A semester is six calendar months, so semester 1 of a study from 1 August ends on
    31 January; when the start day does not exist in the end month (31 August + 6 months),
    the semester ends on that month's last day.
    """
    moved, clamped = _tambah_bulan(mulai, 6 * ke)
    return moved if clamped else moved - timedelta(days=1)


def tahun_jp(mulai: date, selesai: date) -> int:
    """The year whose JP an activity counts for: the year it ends, with its certificate.

    A training from 28 December to 3 January counts in the new year.
    """
    _cek_urutan(mulai, selesai)
    return selesai.year


# -- counting an activity --------------------------------------------------------------------


def hitung_jp(
    jenis: str,
    *,
    mulai: date,
    selesai: date,
    internasional: bool = False,
    jumlah: float | None = None,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> HasilJp:
    """The JP one activity counts.

    ``jumlah`` is in the rule's unit: the JP stated on the certificate (satuan "jp", required),
    the sessions (required), the days (default: mulai to selesai inclusive, not more than
    that), the visits or placements (default 1), the completed semesters (default: from the
    dates). ``on`` picks the rule version; by default the one in force when the activity
    ended, so recounting an old activity gives the JP that was right at that time.
    """
    _cek_urutan(mulai, selesai)
    aturan = aturan_jp(jenis, on if on is not None else selesai, policy=policy)
    satuan = aturan.satuan
    hari = _hari(mulai, selesai)
    jumlah_dec = _jumlah(jumlah, satuan.label)

    if jumlah_dec is None:
        if satuan is SatuanJp.JP:
            raise JpError(
                pesan(
                    "Jumlah JP wajib diisi untuk {nama}: isi JP yang tercantum pada sertifikat "
                    "(STTP) atau jadwal kegiatan.",
                    nama=aturan.nama,
                )
            )
        if satuan is SatuanJp.SESI:
            raise JpError(pesan("Jumlah sesi wajib diisi untuk {nama}.", nama=aturan.nama))
        if satuan is SatuanJp.HARI:
            jumlah_dec = Decimal(hari)
        elif satuan is SatuanJp.SEMESTER:
            jumlah_dec = Decimal(_semester_selesai(mulai, selesai))
        else:
            jumlah_dec = Decimal(1)
    utuh = (SatuanJp.SESI, SatuanJp.KUNJUNGAN, SatuanJp.PENEMPATAN, SatuanJp.SEMESTER)
    if satuan in utuh and jumlah_dec != jumlah_dec.to_integral_value():
        raise JpError(
            pesan(
                "Jumlah {label} harus bilangan bulat; yang diisi {angka}.",
                label=satuan.label,
                angka=_angka(jumlah_dec),
            )
        )
    periode = f"{format_tanggal_angka(mulai)} s.d. {format_tanggal_angka(selesai)}"
    if satuan is SatuanJp.HARI and jumlah_dec > hari:
        raise JpError(
            pesan(
                "Jumlah hari ({angka}) melebihi lama kegiatan {periode}, yaitu {hari} hari.",
                angka=_angka(jumlah_dec),
                periode=periode,
                hari=hari,
            )
        )
    if satuan is SatuanJp.SEMESTER:
        selesai_semester = _semester_selesai(mulai, selesai)
        if jumlah_dec > selesai_semester:
            raise JpError(
                pesan(
                    "Jumlah semester ({angka}) melebihi semester yang selesai dalam {periode}, "
                    "yaitu {selesai_semester} semester.",
                    angka=_angka(jumlah_dec),
                    periode=periode,
                    selesai_semester=selesai_semester,
                )
            )

    peringatan: list[str] = []
    dikonfirmasi = aturan.dikonfirmasi and (not internasional or aturan.dikonfirmasi_internasional)
    if not dikonfirmasi:
        peringatan.append(
            aturan.catatan
            or pesan(
                "Nilai konversi JP untuk {nama} belum dikonfirmasi; periksa ketentuan instansi.",
                nama=aturan.nama,
            )
        )

    # Sessions beyond the monthly cap do not count (coaching and mentoring).
    satuan_dihitung = jumlah_dec
    teks_jumlah = f"{_angka(jumlah_dec)} {satuan.label}"
    if aturan.maks_sesi_per_bulan is not None:
        bulan = _bulan(mulai, selesai)
        batas = Decimal(aturan.maks_sesi_per_bulan * bulan)
        if jumlah_dec > batas:
            satuan_dihitung = batas
            teks_jumlah += (
                f", dibatasi {aturan.maks_sesi_per_bulan} {satuan.label} per bulan × {bulan} "
                f"bulan = {_angka(batas)} {satuan.label}"
            )
            peringatan.append(
                pesan(
                    "{nama} dibatasi paling banyak {maks_sesi_per_bulan} {label} per bulan: "
                    "{angka} {label} dalam {bulan} bulan dihitung {angka2} {label}.",
                    nama=aturan.nama,
                    maks_sesi_per_bulan=aturan.maks_sesi_per_bulan,
                    label=satuan.label,
                    angka=_angka(jumlah_dec),
                    bulan=bulan,
                    angka2=_angka(batas),
                )
            )

    faktor = _dec(aturan.faktor_internasional) if aturan.faktor_internasional else None
    if satuan is SatuanJp.JP:
        # The stated JP count one for one (or by the rule's multiplier); abroad they get the
        # rule's international multiplier or factor (+20%).
        nilai = _dec(aturan.nasional) if aturan.nasional is not None else Decimal(1)
        sama = internasional and aturan.internasional is None and faktor is None
        # Abroad without a value or factor of its own: only the label (and maybe the day cap)
        # differs, so say so instead of implying a conversion.
        penjelasan = f"{_angka(jumlah_dec)} JP (JP tercantum{', internasional' if sama else ''})"
        if internasional and aturan.internasional is not None:
            nilai = _dec(aturan.internasional)
            penjelasan += f" × {_angka(nilai)} (internasional)"
        elif nilai != 1:
            penjelasan += f" × {_angka(nilai)}"
        jp = satuan_dihitung * nilai
        if internasional and aturan.internasional is None and faktor is not None:
            jp *= faktor
            penjelasan += f" {_persen(faktor)} internasional"
        if jp != jumlah_dec:
            penjelasan += f" = {_angka(jp)} JP"
    else:
        assert aturan.nasional is not None  # _aturan requires it for every other unit
        per_satuan = _dec(aturan.nasional)
        keterangan = ""
        if internasional:
            if aturan.internasional is not None:
                per_satuan = _dec(aturan.internasional)
                keterangan = " (internasional)"
            elif faktor is not None:
                keterangan = (
                    f" (internasional: {_angka(per_satuan)} JP {_persen(faktor)}"
                    f" = {_angka(per_satuan * faktor)} JP)"
                )
                per_satuan *= faktor
            else:
                keterangan = pesan(" (internasional sama dengan nasional)")
        jp = satuan_dihitung * per_satuan
        penjelasan = f"{teks_jumlah} × {_angka(per_satuan)} JP{keterangan} = {_angka(jp)} JP"

    # The day cap comes last: it bounds what the activity counts, however it was reached.
    maks_hari = _maks_per_hari(aturan, internasional)
    if maks_hari is not None:
        batas = maks_hari * hari
        if jp > batas:
            untuk = pesan(" untuk kegiatan internasional") if internasional else ""
            peringatan.append(
                pesan(
                    "{nama} dibatasi paling banyak {angka} JP per hari{untuk}: {angka2} JP "
                    "dalam {hari} hari dihitung {angka3} JP.",
                    nama=aturan.nama,
                    angka=_angka(maks_hari),
                    untuk=untuk,
                    angka2=_angka(jp),
                    hari=hari,
                    angka3=_angka(batas),
                )
            )
            penjelasan += (
                f", dibatasi {_angka(maks_hari)} JP per hari × {hari} hari = {_angka(batas)} JP"
            )
            jp = batas

    return HasilJp(
        jp=float(_bulat2(jp)),
        satuan=satuan,
        jumlah=float(jumlah_dec),
        versi=aturan.versi,
        dikonfirmasi=dikonfirmasi,
        penjelasan=penjelasan,
        peringatan=tuple(peringatan),
    )


def _maks_per_hari(aturan: AturanJp, internasional: bool) -> Decimal | None:
    if aturan.maks_per_hari is None and aturan.maks_per_hari_internasional is None:
        return None
    if not internasional:
        return None if aturan.maks_per_hari is None else _dec(aturan.maks_per_hari)
    if aturan.maks_per_hari_internasional is not None:
        return _dec(aturan.maks_per_hari_internasional)
    assert aturan.maks_per_hari is not None
    # Without an international cap the national one grows with the factor, otherwise the
    # +20% of an activity at the cap would be cut off again.
    cap = _dec(aturan.maks_per_hari)
    if aturan.faktor_internasional:
        cap *= _dec(aturan.faktor_internasional)
    return cap


# -- degree study ----------------------------------------------------------------------------


def _semester_selesai(mulai: date, sampai: date) -> int:
    count = 0
    while _akhir_semester(mulai, count + 1) <= sampai:
        count += 1
    return count


def jp_tugas_belajar(
    mulai: date,
    sampai: date,
    *,
    internasional: bool = False,
    on: date | None = None,
    policy: PolicyTable | None = None,
) -> dict[int, float]:
    """JP of tugas belajar / izin belajar from ``mulai`` to ``sampai`` (inclusive), per year.

    Each completed semester (six calendar months from ``mulai``) counts the rule's JP in the
    year it ends. The rule is the one in force ``on``, by default at each semester's end.
    Years without a completed semester are absent.
    """
    _cek_urutan(mulai, sampai, "akhir tugas belajar")
    found: dict[int, Decimal] = {}
    # Semesters that ended before the first conversion table predate the JP obligation:
    # they count nothing (and must not make a yearly report fail for everyone).
    first = _table(policy, _KONVERSI).versions[0].effective_from
    ke = 1
    while (akhir := _akhir_semester(mulai, ke)) <= sampai:
        ke += 1
        if on is None and akhir < first:
            continue
        aturan = aturan_jp(_TUGAS_BELAJAR, on if on is not None else akhir, policy=policy)
        assert aturan.nasional is not None  # required for satuan semester
        nilai = _dec(aturan.nasional)
        if internasional:
            if aturan.internasional is not None:
                nilai = _dec(aturan.internasional)
            elif aturan.faktor_internasional:
                nilai *= _dec(aturan.faktor_internasional)
        found[akhir.year] = found.get(akhir.year, Decimal(0)) + nilai
    return {year: float(_bulat2(jp)) for year, jp in found.items()}


# -- yearly target ---------------------------------------------------------------------------


def _kewajiban(
    status: str, tahun: int, policy: PolicyTable | None
) -> tuple[str, Mapping[str, Any], PolicyTable]:
    table = _table(policy, _KEWAJIBAN)
    # The version in force at the end of the year: a rule set during the year governs it.
    values = table.at(date(tahun, 12, 31)).values
    target = values.get("target")
    if not isinstance(target, Mapping) or not target:
        raise PolicyError(pesan('Tabel kebijakan "{name}" tidak memuat "target".', name=table.name))
    key = str(status).strip().upper()
    if key not in target:
        raise JpError(
            pesan(
                'Status kepegawaian "{status}" tidak dikenal untuk target JP; gunakan {join}.',
                status=status,
                join=", ".join(str(k) for k in target),
            )
        )
    return key, values, table


def target_jp(
    status: str,
    tahun: int,
    *,
    mulai_kerja: date | None = None,
    selesai_kerja: date | None = None,
    policy: PolicyTable | None = None,
) -> float:
    """The JP target of ``tahun`` for a CPNS, PNS or PPPK.

    ``mulai_kerja`` is the first day in service (TMT), ``selesai_kerja`` the last (the day
    before TMT pensiun). When the table says "prorata", a partial year gets the target in
    proportion to the calendar months in service (a month counts when served any day of it),
    rounded up to a whole JP. Not in service that year at all: 0.
    """
    key, values, table = _kewajiban(status, tahun, policy)
    raw = values["target"][key]
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw < 0:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": target {key} harus angka tidak negatif; yang ada '
                "{raw!r}.",
                name=table.name,
                key=key,
                raw=raw,
            )
        )
    if mulai_kerja is not None and selesai_kerja is not None:
        _cek_urutan(mulai_kerja, selesai_kerja, "selesai kerja", pesan("tanggal mulai kerja"))
    awal_tahun, akhir_tahun = date(tahun, 1, 1), date(tahun, 12, 31)
    awal = max(mulai_kerja or awal_tahun, awal_tahun)
    akhir = min(selesai_kerja or akhir_tahun, akhir_tahun)
    if akhir < awal:
        return 0.0
    target = _dec(raw)
    prorata = values.get("prorata", False)
    if not isinstance(prorata, bool):
        raise PolicyError(
            pesan('Tabel kebijakan "{name}": prorata harus true atau false.', name=table.name)
        )
    bulan = _bulan(awal, akhir)
    if not prorata or bulan == 12:
        return float(target)
    return float((target * bulan / 12).to_integral_value(rounding=ROUND_CEILING))


def target_dikonfirmasi(
    status: str, tahun: int, *, policy: PolicyTable | None = None
) -> tuple[bool, str]:
    """Whether the target of ``status`` in ``tahun`` is confirmed, and the note to show."""
    key, values, _ = _kewajiban(status, tahun, policy)
    flags = values.get("dikonfirmasi")
    notes = values.get("catatan")
    confirmed = flags.get(key, False) if isinstance(flags, Mapping) else False
    note = notes.get(key, "") if isinstance(notes, Mapping) else ""
    return bool(confirmed), str(note)
