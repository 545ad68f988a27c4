"""`asn-desktop trainings add|enroll|list`: development activities and their participants.

The same use cases as the activity editor (services.trainings): an activity is counted by
the JP rule of its type, and the amount is given in that rule's unit (--jp for the JP on the
certificate, --days, --sessions; visits and placements count one each). A refusal writes
nothing: enrolling is all or nothing.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from asn_desktop.cli.base import (
    EXIT_OK,
    UsageError,
    _opened,
    _Parser,
    _positive_int,
    _print_json,
    desimal,
    ribuan,
    terminal,
)
from asn_desktop.cli.report_commands import tahun_arg

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.trainings import JenisOption, PelatihanRow, TrainingService

# Ids per rows() call: well under SQLite's limit on bound parameters.
ROW_BATCH = 500
# The amount flags and the dest each fills.
AMOUNT_FLAGS = {"--jp": "jp", "--days": "days", "--sessions": "sessions"}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_RUPIAH = re.compile(r"-?(\d+|\d{1,3}([._]\d{3})+)")


def register(commands: Subcommands, common: _Parser) -> None:
    trainings = commands.add_parser("trainings", help="kegiatan pengembangan kompetensi")
    actions = trainings.add_subparsers(dest="action", metavar="AKSI", required=True)

    add = actions.add_parser(
        "add",
        parents=[common],
        help="catat kegiatan; JP dihitung menurut aturan jenisnya",
    )
    add.add_argument("--name", metavar="TEXT", required=True, help="nama kegiatan")
    add.add_argument(
        "--jenis", metavar="ID", required=True, help="jenisDiklat SIASN (1-25, mis. 4 Workshop)"
    )
    add.add_argument("--start", metavar="YYYY-MM-DD", type=_date_arg, required=True)
    add.add_argument("--end", metavar="YYYY-MM-DD", type=_date_arg, required=True)
    add.add_argument("--jp", metavar="N", type=_amount_arg, default=None, help="JP tercantum")
    add.add_argument("--days", metavar="N", type=_amount_arg, default=None, help="jumlah hari")
    add.add_argument("--sessions", metavar="N", type=_amount_arg, default=None, help="jumlah sesi")
    add.add_argument("--international", action="store_true", help="kegiatan internasional")
    add.add_argument("--provider", metavar="TEXT", default="", help="penyelenggara")
    add.add_argument(
        "--cost", metavar="RUPIAH", type=_rupiah_arg, default=0, help="biaya rencana (rupiah)"
    )
    add.add_argument("--funding", metavar="CODE", default="APBD", help="sumber dana (bawaan: APBD)")
    add.set_defaults(handler=cmd_trainings_add)

    enroll = actions.add_parser(
        "enroll", parents=[common], help="daftarkan peserta (semua atau tidak sama sekali)"
    )
    enroll.add_argument("pelatihan_id", metavar="ID", type=_positive_int)
    enroll.add_argument(
        "--nip", metavar="NIP", action="append", required=True, help="boleh diulang"
    )
    enroll.set_defaults(handler=cmd_trainings_enroll)

    listing = actions.add_parser("list", parents=[common], help="daftar kegiatan")
    listing.add_argument("--year", metavar="TAHUN", type=tahun_arg, default=None)
    listing.set_defaults(handler=cmd_trainings_list)


# -- argument types ------------------------------------------------------------------------


def _date_arg(text: str) -> date:
    value = text.strip()
    if _ISO_DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"tanggal '{text}' bukan tanggal YYYY-MM-DD yang sah")


def _amount_arg(text: str) -> float:
    """A number; "2,5" (decimal comma) too. Negative numbers pass, for the rule's message."""
    value = text.strip().replace(",", ".")
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan angka") from None
    if number != number or number in (float("inf"), float("-inf")):
        raise argparse.ArgumentTypeError(f"'{text}' bukan angka")
    return number


def _rupiah_arg(text: str) -> int:
    """Whole rupiah: 1500000, 1.500.000 or 1_500_000."""
    value = text.strip()
    if not _RUPIAH.fullmatch(value):
        raise argparse.ArgumentTypeError(f"biaya '{text}' bukan bilangan bulat rupiah")
    return int(value.replace(".", "").replace("_", ""))


# -- add --------------------------------------------------------------------------------------


def _amount(args: argparse.Namespace, rule: JenisOption | None) -> float | None:
    """The amount flag the type's rule needs, or a refusal naming the right flag."""
    from asn_desktop.domain.jp import SatuanJp

    given = [flag for flag, dest in AMOUNT_FLAGS.items() if getattr(args, dest) is not None]
    if rule is None:
        # An unknown type: the service names it (and the known ones).
        return getattr(args, AMOUNT_FLAGS[given[0]]) if len(given) == 1 else None
    wanted = {SatuanJp.JP: "--jp", SatuanJp.HARI: "--days", SatuanJp.SESI: "--sessions"}.get(
        rule.satuan
    )
    how = (
        "dengan JP yang tercantum pada sertifikat"
        if rule.satuan is SatuanJp.JP
        else f"per {rule.satuan.label}"
    )
    wrong = [flag for flag in given if flag != wanted]
    if wrong and wanted is None:
        raise UsageError(
            f"{rule.label} dihitung {how} (satu {rule.satuan.label} per kegiatan); "
            f"hapus {', '.join(wrong)}"
        )
    if wrong:
        raise UsageError(f"{rule.label} dihitung {how}; gunakan {wanted}, bukan {wrong[0]}")
    if wanted in ("--jp", "--sessions") and wanted not in given:
        raise UsageError(f"{rule.label} dihitung {how}; isi {wanted} N")
    return getattr(args, AMOUNT_FLAGS[wanted]) if wanted in given else None


def _rule(service: TrainingService, jenis: str, end: date) -> JenisOption | None:
    from asn_desktop.domain.policy import PolicyError

    try:
        options = service.jenis_options(end)
    except PolicyError:
        return None  # no table for that day: the service says so
    return next((o for o in options if o.id == jenis), None)


def cmd_trainings_add(args: argparse.Namespace) -> int:
    from asn_desktop.services.trainings import PelatihanDraft, TrainingService

    jenis = args.jenis.strip()
    with _opened(args) as db:
        service = TrainingService(db)
        amount = _amount(args, _rule(service, jenis, args.end))
        draft = PelatihanDraft(
            nama=args.name,
            jenis_diklat=jenis,
            mulai=args.start,
            selesai=args.end,
            penyelenggara=args.provider,
            internasional=args.international,
            jumlah=amount,
            biaya_rencana=args.cost,
            sumber_dana=args.funding.strip().upper(),
        )
        pelatihan_id = service.create(draft)
        record = service.pelatihan(pelatihan_id)
    if args.json:
        _print_json({"id": record.id, "uuid": record.uuid, "jp": record.jp})
        return EXIT_OK
    kind = f" ({terminal(record.jenis_label)})" if record.jenis_label != record.nama else ""
    print(
        f"Kegiatan {terminal(record.nama)}{kind} disimpan dengan id {record.id}: "
        f"{_jp(record.jp)} JP per peserta ({terminal(record.penjelasan)})."
    )
    for warning in record.peringatan:
        print(f"Catatan: {terminal(warning)}")
    return EXIT_OK


def _jp(value: float) -> str:
    return desimal(value, 2).rstrip("0").rstrip(",") if value % 1 else ribuan(int(value))


# -- enroll ---------------------------------------------------------------------------------


def cmd_trainings_enroll(args: argparse.Namespace) -> int:
    from asn_desktop.services.trainings import TrainingService

    with _opened(args) as db:
        service = TrainingService(db)
        enrolled = service.enroll_nips(args.pelatihan_id, args.nip)
        record = service.pelatihan(args.pelatihan_id)
    if args.json:
        _print_json({"id": record.id, "enrolled": enrolled, "participants": record.jumlah_peserta})
        return EXIT_OK
    print(
        f"{ribuan(enrolled)} peserta didaftarkan pada {terminal(record.nama)} (kini "
        f"{ribuan(record.jumlah_peserta)} peserta); masing-masing mendapat {_jp(record.jp)} JP "
        f"bila tidak gagal dan hadir paling sedikit {record.min_kehadiran}%."
    )
    return EXIT_OK


# -- list -------------------------------------------------------------------------------------


def _row_json(row: PelatihanRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "uuid": row.uuid,
        "name": row.nama,
        "jenis": row.jenis_diklat,
        "type": row.jenis_label,
        "klasikal": row.klasikal,
        "start": row.mulai.isoformat(),
        "end": row.selesai.isoformat(),
        "year": row.tahun,
        "unit": row.satuan.value,
        "amount": row.jumlah,
        "jp": row.jp,
        "confirmed": row.aturan_dikonfirmasi,
        "international": row.internasional,
        "provider": row.penyelenggara,
        "place": row.tempat,
        "participants": row.jumlah_peserta,
        "planned_cost": row.biaya_rencana,
        "realised_cost": row.biaya_realisasi,
        "funding": row.sumber_dana,
        "reaction": row.indeks_reaksi,
    }


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in rows)]


def cmd_trainings_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.trainings import PelatihanQuery, TrainingService

    with _opened(args, read_only=True) as db:
        service = TrainingService(db)
        ids = service.search_ids(PelatihanQuery(tahun=args.year), "mulai")
        rows: list[PelatihanRow] = []
        for start in range(0, len(ids), ROW_BATCH):
            batch = ids[start : start + ROW_BATCH]
            found = service.rows(batch)
            rows.extend(found[i] for i in batch if i in found)
    if args.json:
        _print_json([_row_json(r) for r in rows])
        return EXIT_OK
    if rows:
        header = ("ID", "Mulai", "Selesai", "Nama", "Jenis", "JP", "Peserta", "Penyelenggara")
        cells = [
            (
                str(r.id),
                f"{r.mulai:%d-%m-%Y}",
                f"{r.selesai:%d-%m-%Y}",
                terminal(r.nama),
                terminal(r.jenis_label),
                _jp(r.jp) + ("" if r.aturan_dikonfirmasi else "*"),
                ribuan(r.jumlah_peserta),
                terminal(r.penyelenggara),
            )
            for r in rows
        ]
        for text in _table(header, cells):
            print(text)
        print()
        if not all(r.aturan_dikonfirmasi for r in rows):
            print("* nilai konversi JP belum dikonfirmasi")
    where = f" tahun {args.year}" if args.year is not None else ""
    print(f"{ribuan(len(rows))} kegiatan{where}")
    return EXIT_OK
