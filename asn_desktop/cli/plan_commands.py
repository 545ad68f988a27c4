"""`asn-desktop plan generate|export`: the yearly competency development plan (AKPK).

`plan generate --year Y` drafts the plan of year Y within that year's training budget
(services/akpk.py), replacing an earlier draft of the year (the output says so); a plan
already approved is refused, it goes back to draft first. `plan export --year Y --out
FILE.xlsx` writes the spreadsheet (items, totals against the budget, the unfunded needs),
`--out FILE.pdf` the printable plan (landscape, A4 or F4 with --paper). The file appears
under its name only when complete. Generating needs the right to edit, the spreadsheet the
right to export; a viewer may print the PDF.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from asn_desktop.cli.base import (
    EXIT_OK,
    UsageError,
    _opened,
    _Parser,
    _print_json,
    ribuan,
    terminal,
)
from asn_desktop.cli.report_commands import checked_out, policy_refusal, tahun_arg

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.akpk import GenerateResult

# The names of reports.paper.PAPER_SIZES (not imported here: it loads ReportLab).
PAPERS = ("A4", "F4")
SUFFIXES = (".xlsx", ".pdf")


def register(commands: Subcommands, common: _Parser) -> None:
    plan = commands.add_parser(
        "plan", help="rencana pengembangan kompetensi tahunan (AKPK) dalam batas anggaran"
    )
    actions = plan.add_subparsers(dest="action", metavar="AKSI", required=True)

    generate = actions.add_parser(
        "generate",
        parents=[common],
        help="buat draf rencana satu tahun (menggantikan draf tahun itu yang sudah ada)",
    )
    generate.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    generate.set_defaults(handler=cmd_plan_generate)

    export = actions.add_parser(
        "export", parents=[common], help="tulis rencana satu tahun ke .xlsx atau .pdf"
    )
    export.add_argument("--year", metavar="TAHUN", type=tahun_arg, required=True)
    export.add_argument("--out", metavar="FILE.xlsx|FILE.pdf", required=True)
    export.add_argument(
        "--paper", type=lambda s: s.strip().upper(), choices=PAPERS, default="A4",
        help="ukuran kertas PDF: A4 (bawaan) atau F4 (folio); dicetak melintang",
    )  # fmt: skip
    export.set_defaults(handler=cmd_plan_export)


def rupiah(amount: int) -> str:
    sign = "-" if amount < 0 else ""
    return f"{sign}Rp {ribuan(abs(amount))}"


def _as_json(result: GenerateResult) -> dict[str, object]:
    return {
        "year": result.tahun,
        "plan_id": result.plan_id,
        "items": result.butir,
        "funded": result.butir_didanai,
        "unfunded": result.butir_tidak_didanai,
        "budget": result.anggaran,
        "funded_cost": result.biaya_didanai,
        "unfunded_cost": result.biaya_tidak_didanai,
        "remaining": result.sisa,
        "employees": result.pegawai,
        "employees_below_target": result.di_bawah_target,
        "below_target_covered": result.di_bawah_target_didanai,
        "replaced": result.menggantikan,
    }


def cmd_plan_generate(args: argparse.Namespace) -> int:
    from asn_desktop.services.akpk import PlanService

    with (
        _opened(args) as db,
        policy_refusal(f"rencana tahun {args.year} tidak dapat dibuat"),
    ):
        result = PlanService(db).generate(args.year, replace=True)
    if args.json:
        _print_json(_as_json(result))
        return EXIT_OK
    tahun = result.tahun
    if result.menggantikan:
        print(f"Draf rencana pengembangan kompetensi {tahun} yang lama diganti.")
    print(
        f"Draf rencana pengembangan kompetensi {tahun}: {ribuan(result.butir)} butir untuk "
        f"{ribuan(result.pegawai)} pegawai."
    )
    print(
        f"Didanai {ribuan(result.butir_didanai)} butir, {rupiah(result.biaya_didanai)} dari "
        f"anggaran {rupiah(result.anggaran)} (sisa {rupiah(result.sisa)})."
    )
    print(
        f"Belum didanai: {ribuan(result.butir_tidak_didanai)} butir; kebutuhan yang belum "
        f"didanai {rupiah(result.biaya_tidak_didanai)}."
    )
    print(
        f"Pegawai di bawah target JP: {ribuan(result.di_bawah_target)}, "
        f"{ribuan(result.di_bawah_target_didanai)} di antaranya mendapat kegiatan."
    )
    return EXIT_OK


def cmd_plan_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.akpk import PlanService

    suffix = args.out.strip().lower()
    if not suffix.endswith(SUFFIXES):
        raise UsageError(f"--out {terminal(args.out.strip())} harus berakhiran .xlsx atau .pdf")
    out = checked_out(args.out)
    pdf = out.suffix.lower() == ".pdf"
    with _opened(args) as db:
        service = PlanService(db)
        # The service writes beside `out` and renames when complete (nothing is left by a
        # failure or Ctrl+C), and names `out` in the audit entry.
        if pdf:
            count = service.render_pdf(args.year, out, paper=args.paper)
        else:
            count = service.export_xlsx(args.year, out)
        record = service.rencana(args.year)
    status = record.status_label if record is not None else ""
    if args.json:
        _print_json(
            {
                "out": str(out),
                "format": "pdf" if pdf else "xlsx",
                "year": args.year,
                "status": record.status if record is not None else None,
                ("pages" if pdf else "items"): count,
            }
        )
        return EXIT_OK
    what = f"{ribuan(count)} halaman {args.paper}" if pdf else f"{ribuan(count)} butir"
    print(
        f"Rencana pengembangan kompetensi {args.year} ({status.lower()}): {what} ditulis ke {out}."
    )
    return EXIT_OK
