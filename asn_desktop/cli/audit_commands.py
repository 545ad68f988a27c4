"""`asn-desktop audit list|export`: the audit trail, filtered like the window's page."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.cli.base import (
    EXIT_OK,
    CommandRefused,
    _opened,
    _Parser,
    _positive_int,
    _print_json,
    ribuan,
    terminal,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.audit import AuditQuery, AuditRow


def _day(text: str) -> date:
    from asn_desktop.domain import TanggalError, parse_tanggal

    try:
        return parse_tanggal(text)
    except TanggalError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def register(commands: Subcommands, common: _Parser) -> None:
    audit = commands.add_parser("audit", help="jejak audit: siapa mengubah apa")
    actions = audit.add_subparsers(dest="action", metavar="AKSI", required=True)
    listing = actions.add_parser("list", parents=[common], help="tampilkan catatan audit")
    _filters(listing)
    listing.add_argument("--limit", metavar="N", type=_positive_int, default=None)
    listing.set_defaults(handler=cmd_audit_list)
    export = actions.add_parser("export", parents=[common], help="ekspor ke .xlsx atau .csv")
    _filters(export)
    export.add_argument("--out", metavar="FILE", required=True)
    export.set_defaults(handler=cmd_audit_export)


def _filters(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--since", metavar="TANGGAL", type=_day, default=None)
    parser.add_argument("--until", metavar="TANGGAL", type=_day, default=None)
    parser.add_argument("--by", dest="by_user", metavar="NAMA", default=None,
                        help="hanya catatan oleh pengguna ini")
    parser.add_argument("--action", dest="audit_action", metavar="AKSI", default=None)
    parser.add_argument("--entity", metavar="JENIS", default=None)


def _query(args: argparse.Namespace) -> AuditQuery:
    from asn_desktop.services.audit import ACTIONS, ENTITY_LABELS, AuditQuery

    if args.audit_action and args.audit_action not in ACTIONS:
        raise CommandRefused(
            f"aksi '{args.audit_action}' tidak dikenal; pilih: {', '.join(ACTIONS)}"
        )
    if args.entity and args.entity not in ENTITY_LABELS:
        raise CommandRefused(
            f"jenis data '{args.entity}' tidak dikenal; pilih: {', '.join(ENTITY_LABELS)}"
        )
    if args.since and args.until and args.until < args.since:
        raise CommandRefused("--until lebih awal dari --since")
    return AuditQuery(
        username=args.by_user.strip().lower() if args.by_user else None,
        since=args.since,
        until=args.until,
        entity_type=args.entity,
        action=args.audit_action,
    )


def _json(row: AuditRow) -> dict[str, object]:
    return {
        "seq": row.seq,
        "at": row.at.isoformat(),
        "user": row.username,
        "action": row.action,
        "entity_type": row.entity_type,
        "entity_uuid": row.entity_uuid,
        "entity": row.entity_label,
        "changes": row.changes,
        "detail": row.detail,
    }


def cmd_audit_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.audit import AuditService

    query = _query(args)
    with _opened(args, read_only=True) as db:
        rows = AuditService(db).entries(query, limit=args.limit)
    if args.json:
        _print_json([_json(r) for r in rows])
        return EXIT_OK
    for row in rows:
        when = row.at.astimezone().strftime("%d-%m-%Y %H:%M:%S")
        what = " ".join(p for p in (row.entity_label_text, row.entity_label) if p)
        line = f"#{row.seq} {when} {row.username} {row.action_label}: {what}"
        details = "; ".join(p for p in (row.changes_text(), row.detail) if p)
        print(terminal(f"{line} — {details}" if details else line))
    print(f"{ribuan(len(rows))} catatan")
    return EXIT_OK


def cmd_audit_export(args: argparse.Namespace) -> int:
    from asn_desktop.services.audit import AuditService

    out = Path(args.out).expanduser().resolve()
    if out.exists():
        raise CommandRefused(f"{out} sudah ada; pilih nama berkas lain")
    if not out.parent.is_dir():
        raise CommandRefused(f"folder {out.parent} tidak ada")
    query = _query(args)
    with _opened(args) as db:
        count = AuditService(db).export(out, query)
    if args.json:
        _print_json({"out": str(out), "entries": count})
    else:
        print(f"{ribuan(count)} catatan audit diekspor ke {out}.")
    return EXIT_OK
