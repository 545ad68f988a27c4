"""`asn-desktop print appraisal|batch|skp`: the appraisal documents as PDF files.

A finalised evaluation prints from its frozen snapshot with its verification code; a draft
(or a reopened one) prints from the register as it is now, marked as a draft and without a
code. Every printed document is recorded in the audit trail ("Cetak"), as the window's
print does. The file appears under its name only when complete (written beside it, then
renamed), so a failure or Ctrl+C leaves nothing half-written. A viewer may print.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from asn_desktop.cli.base import (
    EXIT_OK,
    CommandRefused,
    _opened,
    _Parser,
    _print_json,
    ribuan,
    terminal,
)
from asn_desktop.cli.report_commands import (
    atomic_output,
    checked_out,
    policy_refusal,
    tahun_arg,
    unit_of,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.domain.dokumen_kinerja import DokumenEvaluasi
    from asn_desktop.services.appraisal_documents import Printable
    from asn_desktop.services.appraisals import SkpRecord
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeRecord

# The names of reports.paper.PAPER_SIZES (not imported here: it loads ReportLab).
PAPERS = ("A4", "F4")


def _periode_kode(text: str) -> str:
    from asn_desktop.domain.kinerja import periode

    try:
        return periode(text, 2000).kode  # the code's form only; the year comes later
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _paper_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--paper", type=lambda s: s.strip().upper(), choices=PAPERS, default="A4",
        help="ukuran kertas: A4 (bawaan) atau F4 (folio, 215 x 330 mm)",
    )  # fmt: skip


def register(commands: Subcommands, common: _Parser) -> None:
    printing = commands.add_parser("print", help="cetak dokumen penilaian kinerja ke PDF")
    actions = printing.add_subparsers(dest="action", metavar="AKSI", required=True)

    one = actions.add_parser(
        "appraisal", parents=[common], help="dokumen evaluasi kinerja satu pegawai"
    )
    one.add_argument("--nip", metavar="NIP", required=True)
    one.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    one.add_argument(
        "--period", metavar="PERIODE", type=_periode_kode, default="akhir",
        help="akhir (bawaan), tw1-tw4, s1-s2 atau b01-b12",
    )  # fmt: skip
    _paper_option(one)
    one.add_argument("--out", metavar="FILE.pdf", required=True)
    one.set_defaults(handler=cmd_print_appraisal)

    batch = actions.add_parser(
        "batch",
        parents=[common],
        help="dokumen evaluasi akhir tahun yang final dari satu unit (dan di bawahnya), "
        "dalam satu PDF",
    )
    batch.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    batch.add_argument("--unit", metavar="CODE", default=None, help="kode unit (bawaan: semua)")
    _paper_option(batch)
    batch.add_argument(
        "--include-drafts", action="store_true",
        help="sertakan evaluasi yang belum final (dicetak bertanda DRAF)",
    )  # fmt: skip
    batch.add_argument("--out", metavar="FILE.pdf", required=True)
    batch.set_defaults(handler=cmd_print_batch)

    skp = actions.add_parser("skp", parents=[common], help="dokumen rencana SKP satu pegawai")
    skp.add_argument("--nip", metavar="NIP", required=True)
    skp.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    _paper_option(skp)
    skp.add_argument("--out", metavar="FILE.pdf", required=True)
    skp.set_defaults(handler=cmd_print_skp)


# -- finding what to print -------------------------------------------------------------------


def _employee(db: Database, nip: str) -> EmployeeRecord:
    from asn_desktop.domain import normalize_nip_text
    from asn_desktop.services.employees import EmployeeService

    found = EmployeeService(db).find_by_nip(normalize_nip_text(nip))
    if found is None:
        raise CommandRefused(f"tidak ada pegawai dengan NIP {terminal(nip.strip())}")
    return found


def _skp(db: Database, employee: EmployeeRecord, tahun: int) -> SkpRecord:
    from asn_desktop.services.appraisals import AppraisalService

    skp = AppraisalService(db).skp_of(employee.id, tahun)
    if skp is None:
        raise CommandRefused(f"{terminal(employee.draft.nama)} tidak memiliki SKP tahun {tahun}")
    return skp


def _evaluasi_id(db: Database, employee: EmployeeRecord, tahun: int, kode: str) -> int:
    from asn_desktop.domain.kinerja import periode

    skp = _skp(db, employee, tahun)
    found = next((e for e in skp.evaluasi if e.periode == kode), None)
    if found is None:
        label = "akhir" if kode == "akhir" else periode(kode, tahun).label
        have = ", ".join(e.periode for e in skp.evaluasi)
        raise CommandRefused(
            f"{terminal(employee.draft.nama)} tidak memiliki evaluasi {label} tahun {tahun}"
            + (f" (yang ada: {have})" if have else " (belum ada evaluasi)")
        )
    return found.id


# -- writing -----------------------------------------------------------------------------------


def _summary_of(item: Printable) -> Printable:
    """The same printable without its tables: all record_print reads, kept for the audit
    entry once the whole batch is written (so memory stays small for thousands)."""
    slim = dataclasses.replace(item.dokumen, hasil_kerja=(), perilaku=())
    return dataclasses.replace(item, dokumen=slim)


@contextlib.contextmanager
def _ctrl_c_cancels() -> Iterator[threading.Event]:
    """While printing a batch, the first Ctrl+C asks the renderer to stop after the
    current document (it then removes its partial file); a second one interrupts at once."""
    cancelled = threading.Event()
    if threading.current_thread() is not threading.main_thread():
        yield cancelled
        return

    def on_interrupt(signum: int, frame: Any) -> None:
        cancelled.set()
        signal.signal(signal.SIGINT, restore)

    previous = signal.signal(signal.SIGINT, on_interrupt)
    # None: a handler not installed from Python; the default one is the closest.
    restore = previous if previous is not None else signal.SIG_DFL
    try:
        yield cancelled
    finally:
        signal.signal(signal.SIGINT, restore)


def _progress(total: int, cancelled: threading.Event) -> Callable[[int], bool]:
    show = sys.stderr.isatty()

    def progress(done: int) -> bool:
        stop = cancelled.is_set()
        if show:
            end = "\n" if stop or done >= total else ""
            print(f"\rMencetak {ribuan(done)} dari {ribuan(total)} dokumen", end=end,
                  file=sys.stderr, flush=True)  # fmt: skip
        return not stop

    return progress


def _cannot_print(tahun: int) -> str:
    return f"dokumen tahun {tahun} tidak dapat dicetak"


def _where(out: Path) -> str:
    return f"berkas {out.name} (asn-desktop print)"


def cmd_print_appraisal(args: argparse.Namespace) -> int:
    from asn_desktop.reports.evaluasi_kinerja import render_evaluasi
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    out = checked_out(args.out)
    with _opened(args) as db:
        employee = _employee(db, args.nip)
        evaluasi_id = _evaluasi_id(db, employee, args.year, args.period)
        documents = AppraisalDocuments(db)
        with policy_refusal(_cannot_print(args.year)):
            item = documents.printable(evaluasi_id)
        with atomic_output(out) as temp:
            pages = render_evaluasi(
                item.dokumen, temp, paper=args.paper, kode=item.kode, digest=item.digest,
                draft=item.draft,
            )  # fmt: skip
            documents.record_print([item], where=_where(out))
    dokumen = item.dokumen
    if args.json:
        _print_json(
            {
                "out": str(out),
                "nip": dokumen.pegawai.nip,
                "nama": dokumen.pegawai.nama,
                "tahun": dokumen.tahun,
                "periode": args.period,
                "periode_label": dokumen.periode_label,
                "draft": item.draft,
                "kode": item.kode,
                "predikat": dokumen.predikat,
                "pages": pages,
                "paper": args.paper,
            }
        )
        return EXIT_OK
    what = f"{terminal(dokumen.pegawai.nama)}, {dokumen.periode_label} {dokumen.tahun}"
    if item.draft:
        print(
            f"DRAF dokumen evaluasi kinerja {what}: evaluasinya belum final, jadi dicetak "
            "bertanda DRAF dan tanpa kode verifikasi."
        )
    else:
        print(f"Dokumen evaluasi kinerja {what}, kode {item.kode}.")
    print(f"{ribuan(pages)} halaman {args.paper} ditulis ke {out}.")
    return EXIT_OK


def cmd_print_batch(args: argparse.Namespace) -> int:
    from asn_desktop.reports.evaluasi_kinerja import PrintCancelled, render_evaluasi_batch
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    out = checked_out(args.out)
    with _opened(args) as db:
        unit_id, unit_name = unit_of(db, args.unit)
        documents = AppraisalDocuments(db)
        only_final = not args.include_drafts
        ids = documents.batch_ids(args.year, unit_id=unit_id, only_final=only_final)
        where = f" di unit {terminal(unit_name)} dan di bawahnya" if unit_name else ""
        if not ids:
            reason = f"tidak ada evaluasi akhir tahun {args.year}{where}"
            if only_final and documents.batch_ids(args.year, unit_id=unit_id, only_final=False):
                reason = (
                    f"belum ada evaluasi akhir tahun {args.year} yang final{where}; "
                    "--include-drafts mencetak drafnya"
                )
            raise CommandRefused(reason)
        printed: list[Printable] = []

        def items() -> Iterable[tuple[DokumenEvaluasi, str | None, str | None]]:
            for item in documents.iter_printables(ids):
                printed.append(_summary_of(item))
                yield item.dokumen, item.kode, item.digest

        with policy_refusal(_cannot_print(args.year)), atomic_output(out) as temp:
            with _ctrl_c_cancels() as cancelled:
                try:
                    pages = render_evaluasi_batch(
                        items(), temp, paper=args.paper, progress=_progress(len(ids), cancelled)
                    )
                except PrintCancelled:
                    cancelled.set()
            if cancelled.is_set():
                raise KeyboardInterrupt  # "dibatalkan", exit 130, and no file
            documents.record_print(printed, where=_where(out))
    drafts = sum(1 for p in printed if p.draft)
    if args.json:
        _print_json(
            {
                "out": str(out),
                "tahun": args.year,
                "unit": args.unit,
                "documents": len(printed),
                "drafts": drafts,
                "pages": pages,
                "paper": args.paper,
            }
        )
        return EXIT_OK
    print(
        f"{ribuan(len(printed))} dokumen evaluasi kinerja akhir tahun {args.year}{where}"
        + (f" ({ribuan(drafts)} di antaranya DRAF, belum final)" if drafts else "")
        + f": {ribuan(pages)} halaman {args.paper} ditulis ke {out}."
    )
    return EXIT_OK


def cmd_print_skp(args: argparse.Namespace) -> int:
    from asn_desktop.domain.kinerja import Skema
    from asn_desktop.reports.skp_rencana import render_skp
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    out = checked_out(args.out)
    with _opened(args) as db:
        employee = _employee(db, args.nip)
        skp = _skp(db, employee, args.year)
        if skp.skema == Skema.PP_46_2011.value:
            raise CommandRefused(
                f"SKP {args.year} {terminal(employee.draft.nama)} adalah riwayat PP 46/2011 yang "
                "diimpor; tidak ada dokumen rencana SKP untuk dicetak"
            )
        documents = AppraisalDocuments(db)
        with policy_refusal(_cannot_print(args.year)):
            dokumen = documents.skp_document(skp.id)
        with atomic_output(out) as temp:
            pages = render_skp(dokumen, temp, paper=args.paper)
            # Recorded before the file gets its name, as the evaluations are.
            documents.record_print_skp(skp.id, where=_where(out))
    if args.json:
        _print_json(
            {
                "out": str(out),
                "nip": dokumen.pegawai.nip,
                "nama": dokumen.pegawai.nama,
                "tahun": dokumen.tahun,
                "pages": pages,
                "paper": args.paper,
            }
        )
        return EXIT_OK
    print(
        f"SKP {terminal(dokumen.pegawai.nama)} tahun {dokumen.tahun}: {ribuan(pages)} halaman "
        f"{args.paper} ditulis ke {out}."
    )
    return EXIT_OK
