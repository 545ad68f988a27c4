"""`asn-desktop demo`: a new database filled with a reproducible demo agency."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from asn_desktop.cli.base import (
    EXIT_OK,
    CommandRefused,
    UsageError,
    _opened,
    _Parser,
    _positive_int,
    _print_json,
    _progress,
    _register_size,
    desimal,
    ribuan,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands


def register(commands: Subcommands, common: _Parser) -> None:
    demo = commands.add_parser(
        "demo", parents=[common], help="isi basis data baru dengan pegawai contoh"
    )
    demo.add_argument("--employees", metavar="N", type=_positive_int, required=True)
    demo.add_argument("--seed", metavar="S", type=int, default=1)
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    if not (args.db or args.gui_db):
        raise UsageError("demo memerlukan --db PATH (basis data baru untuk data contoh)")
    from asn_desktop.demo import generate_demo

    with _opened(args, create=True) as db:
        employees, _units = _register_size(db)
        if employees:
            raise CommandRefused(
                f"{db.where} sudah berisi {ribuan(employees)} pegawai; data contoh hanya "
                "diisikan ke basis data baru atau kosong."
            )
        options: dict[str, Any] = {}
        if db.agency_code:
            options["agency_code"] = db.agency_code
        say = _progress()
        if say is not None:
            options["progress"] = _demo_progress(say)
        try:
            summary = generate_demo(db, employees=args.employees, seed=args.seed, **options)
        except ValueError as exc:
            raise CommandRefused(str(exc)) from exc
        where = db.where
    data = dataclasses.asdict(summary)
    if args.json:
        _print_json({"database": where, "seed": args.seed, **data})
        return EXIT_OK
    print(
        f"Data contoh dibuat di {where}: {ribuan(summary.employees)} pegawai, "
        f"{ribuan(summary.units)} unit kerja, {ribuan(summary.rank_history)} riwayat pangkat, "
        f"{ribuan(summary.position_history)} riwayat jabatan, "
        f"{ribuan(summary.unit_history)} riwayat unit, {ribuan(summary.skp)} SKP, "
        f"{ribuan(summary.evaluasi)} evaluasi kinerja ({ribuan(summary.evaluasi_versi)} final), "
        f"{ribuan(summary.pelatihan)} kegiatan pengembangan kompetensi "
        f"({ribuan(summary.peserta_pelatihan)} peserta), {ribuan(summary.asesmen)} asesmen "
        f"kompetensi, {ribuan(summary.skm)} SKM ({desimal(summary.seconds)} detik)."
    )
    return EXIT_OK


def _demo_progress(say: Callable[[str], None]) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        say(f"Membuat pegawai contoh {ribuan(done)}/{ribuan(total)}")

    return report
