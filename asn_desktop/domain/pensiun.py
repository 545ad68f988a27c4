"""Retirement age (BUP), retirement date and length of service."""

from __future__ import annotations

import calendar
from datetime import date

from asn_desktop.domain.jabatan import JenisJabatan, JenjangFungsional
from asn_desktop.domain.pesan import pesan
from asn_desktop.domain.policy import PolicyError, PolicyTable
from asn_desktop.domain.tanggal import format_tanggal_angka

__all__ = ["masa_kerja", "tanggal_pensiun", "usia_bup"]


def usia_bup(
    policy: PolicyTable,
    jenis: JenisJabatan,
    jenjang: JenjangFungsional | None,
    *,
    on: date,
    usia_bup_jabatan: int | None = None,
) -> int:
    """Retirement age in years for a position, per the policy version in force ``on``.

    ``usia_bup_jabatan`` is the position catalogue's own value (SIASN jabatanFungsional.usiaBup).
    When positive it wins: some functional positions have their own BUP (62, 70) set by their
    specific regulation, which a per-jenjang table cannot express. SIASN uses 0 for "unknown".
    """
    if jenjang is not None and jenjang.jenis is not jenis:
        raise ValueError(
            pesan(
                "Jenjang {label} termasuk {label2}, bukan {label3}.",
                label=jenjang.label,
                label2=jenjang.jenis.label,
                label3=jenis.label,
            )
        )
    if usia_bup_jabatan is not None and usia_bup_jabatan > 0:
        return usia_bup_jabatan

    values = policy.at(on).values
    if jenis.is_fungsional:
        if jenjang is None:
            raise ValueError(
                pesan(
                    "Jenjang jabatan wajib diisi untuk menentukan BUP {label}.",
                    label=jenis.label,
                )
            )
        group, key = "fungsional", jenjang.value
    else:
        group, key = "jabatan", jenis.value

    table = values.get(group)
    if table is None or key not in table:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}" tidak memuat BUP untuk {group} "{key}".',
                name=policy.name,
                group=group,
                key=key,
            )
        )
    age = table[key]
    if isinstance(age, bool) or not isinstance(age, int) or age <= 0:
        raise PolicyError(
            pesan(
                'Tabel kebijakan "{name}": BUP untuk {group} "{key}" harus bilangan bulat '
                "positif; yang ada: {age!r}.",
                name=policy.name,
                group=group,
                key=key,
                age=age,
            )
        )
    return age


def tanggal_pensiun(birth_date: date, bup: int) -> date:
    """First day of the month after the month in which the person reaches ``bup``.

    Only the birth month matters, so a 29 February birthday needs no special case.
    """
    if bup <= 0:
        raise ValueError(pesan("BUP harus bilangan bulat positif; yang diisi {bup}.", bup=bup))
    year = birth_date.year + bup
    if birth_date.month == 12:
        return date(year + 1, 1, 1)
    return date(year, birth_date.month + 1, 1)


def _add_months(start: date, months: int) -> date:
    total = start.year * 12 + start.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    # Clamped to month end: a month that starts on 31 January is complete on 29 February.
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


def masa_kerja(tmt: date, on: date) -> tuple[int, int]:
    """Completed (years, months) of service from ``tmt`` as of ``on``."""
    if on < tmt:
        raise ValueError(
            pesan(
                "Tanggal hitung {on} sebelum TMT {tmt}.",
                on=format_tanggal_angka(on),
                tmt=format_tanggal_angka(tmt),
            )
        )
    months = (on.year - tmt.year) * 12 + on.month - tmt.month
    if _add_months(tmt, months) > on:
        months -= 1
    return divmod(months, 12)
