"""`asn-desktop verify CODE`: is a printed appraisal document one finalised here?

CODE is the code printed on the document ("7F3KQ-9XM2A", any case, with or without the dash)
or the whole text of its QR code ("ASNEK1:KODE:HASH"). Exit 0: valid and still in force;
3: valid, but the evaluation was reopened or finalised again since; 1: unknown, or not the
stored document. The message says which, and with --json all the fields are printed.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from asn_desktop.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    _fail,
    _opened,
    _Parser,
    _print_json,
    terminal,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.appraisal_documents import Verification

EXIT_AMENDED = 3


def register(commands: Subcommands, common: _Parser) -> None:
    verify = commands.add_parser(
        "verify",
        parents=[common],
        help="periksa kode pada dokumen evaluasi kinerja yang dicetak",
        description=(
            "Keluar 0: dokumen sah dan masih berlaku; 3: sah, tetapi evaluasinya telah "
            "dibuka kembali atau difinalkan ulang sejak itu; 1: kode tidak dikenal atau "
            "dokumen tidak cocok."
        ),
    )
    verify.add_argument("code", metavar="KODE", help="kode dokumen atau isi kode QR")
    verify.set_defaults(handler=cmd_verify)


def exit_code(result: Verification) -> int:
    if not (result.found and result.valid):
        return EXIT_REFUSED
    return EXIT_AMENDED if result.amended else EXIT_OK


def _json(result: Verification) -> dict[str, Any]:
    return {
        "found": result.found,
        "valid": result.valid,
        "amended": result.amended,
        "message": result.message,
        "kode": result.kode,
        "nama": result.nama,
        "nip": result.nip,
        "tahun": result.tahun,
        "periode": result.periode,
        "predikat": result.predikat,
        "versi": result.versi,
        "finalised_at": result.finalised_at.isoformat() if result.finalised_at else None,
    }


def cmd_verify(args: argparse.Namespace) -> int:
    from asn_desktop.services.appraisal_documents import AppraisalDocuments

    with _opened(args, read_only=True) as db:
        result = AppraisalDocuments(db).verify(args.code)
    code = exit_code(result)
    if args.json:
        _print_json(_json(result))
    elif code == EXIT_REFUSED:
        _fail(result.message)  # one line on stderr, like every refusal
    else:
        print(terminal(result.message))
    return code
