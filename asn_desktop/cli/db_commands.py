"""`asn-desktop db init|upgrade|check|backup|restore`: the database file itself."""

from __future__ import annotations

import argparse
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.cli.base import (
    EXIT_OK,
    EXIT_REFUSED,
    PROG,
    CommandRefused,
    UsageError,
    _allow_network_share,
    _dan,
    _fail,
    _has_accounts,
    _opened,
    _Parser,
    _print_json,
    _register_size,
    _size,
    _target,
    ribuan,
)
from asn_desktop.db.errors import DatabaseDamaged, DatabaseMissing, NotAnAsnDatabase

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.database import Database


def register(commands: Subcommands, common: _Parser) -> None:
    db = commands.add_parser("db", help="membuat, memperbarui, memeriksa, mencadangkan")
    db_actions = db.add_subparsers(dest="action", metavar="AKSI", required=True)
    init = db_actions.add_parser("init", parents=[common], help="buat basis data baru")
    init.add_argument("--agency-code", metavar="CODE", default=None)
    init.add_argument("--agency-name", metavar="NAME", default=None)
    init.set_defaults(handler=cmd_db_init)
    db_actions.add_parser(
        "upgrade", parents=[common], help="perbarui skema (dengan cadangan)"
    ).set_defaults(handler=cmd_db_upgrade)
    db_actions.add_parser(
        "check", parents=[common], help="integrity_check dan foreign_key_check"
    ).set_defaults(handler=cmd_db_check)
    backup = db_actions.add_parser("backup", parents=[common], help="buat cadangan")
    backup.add_argument("--out", metavar="FILE", default=None, help="berkas cadangan tujuan")
    backup.set_defaults(handler=cmd_db_backup)
    restore = db_actions.add_parser("restore", parents=[common], help="pulihkan dari cadangan")
    restore.add_argument("--from", dest="backup_from", metavar="BACKUP", required=True)
    restore.set_defaults(handler=cmd_db_restore)


def _refuse_if_filled(db: Database) -> None:
    employees, units = _register_size(db)
    if employees or units:
        raise CommandRefused(
            f"Basis data {db.where} sudah ada dan berisi {ribuan(employees)} pegawai "
            f"dan {ribuan(units)} unit kerja; 'db init' hanya untuk basis data baru "
            "atau yang masih kosong."
        )


def _refuse_filled(args: argparse.Namespace) -> None:
    """Refuse a filled database before signing in, which would already write to it."""
    from asn_desktop.db.engine import sqlite_path, to_url

    path = sqlite_path(to_url(_target(args)))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return
    with _opened(args, read_only=True, allow_older=True, sign_in=False) as db:
        if db.report.older_revision is None:
            _refuse_if_filled(db)


def cmd_db_init(args: argparse.Namespace) -> int:
    from asn_desktop.db import schema
    from asn_desktop.services.database import AGENCY_CODE_KEY, AGENCY_NAME_KEY

    code = args.agency_code.strip().upper() if args.agency_code is not None else None
    name = " ".join(args.agency_name.split()) if args.agency_name is not None else None
    if code == "" or name == "":
        raise UsageError("--agency-code dan --agency-name tidak boleh kosong")
    _refuse_filled(args)
    with _opened(args, create=True) as db:
        created = db.report.created
        if not created:
            _refuse_if_filled(db)
        if code is not None or name is not None:
            # The same validation as the GUI's agency dialog. A database without accounts
            # yet is still being made: its identity needs no administrator.
            store = db.set_agency if db.user is not None else db.initialise_agency
            store(
                code if code is not None else db.agency_code,
                name if name is not None else (db.agency_name or code or ""),
            )
        agency_code = db.meta(AGENCY_CODE_KEY)
        agency_name = db.meta(AGENCY_NAME_KEY)
        where = db.where
        report = db.report
    if args.json:
        _print_json(
            {
                "database": where,
                "created": created,
                "schema": schema.HEAD_REVISION,
                "migrated_from": report.migrated_from,
                "backup": str(report.backup) if report.backup else None,
                "reference_loaded": report.reference_loaded,
                "agency_code": agency_code,
                "agency_name": agency_name,
            }
        )
        return EXIT_OK
    if created:
        print(f"Basis data baru dibuat: {where} (skema {schema.HEAD_REVISION}).")
    else:
        print(f"Basis data {where} sudah ada dan masih kosong; siap dipakai.")
    if agency_code or agency_name:
        print(f"Instansi: {agency_code or '-'} {agency_name}".rstrip())
    return EXIT_OK


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from asn_desktop.db import schema

    with _opened(args) as db:
        report, where = db.report, db.where
    upgraded = report.migrated_from is not None
    backup = str(report.backup) if report.backup else None
    if args.json:
        _print_json(
            {
                "database": where,
                "upgraded": upgraded,
                "from": report.migrated_from if upgraded else schema.HEAD_REVISION,
                "to": schema.HEAD_REVISION,
                "backup": backup,
                "reference_loaded": report.reference_loaded,
            }
        )
        return EXIT_OK
    if upgraded:
        print(f"Skema {where} diperbarui dari {report.migrated_from} ke {schema.HEAD_REVISION}.")
        print(f"Cadangan sebelum pembaruan: {backup or '-'}")
    else:
        print(f"Skema {where} sudah terbaru ({schema.HEAD_REVISION}); tidak ada yang diubah.")
    if report.reference_loaded:
        print("Katalog SIASN dimuat ulang.")
    return EXIT_OK


def cmd_db_check(args: argparse.Namespace) -> int:
    # Read-only: checking never changes the file (no migration, no WAL switch), and an
    # older schema is checked as it is, with a note.
    with _opened(args, read_only=True, allow_older=True) as db:
        report = db.check()
        where = db.where
    checked = _dan(report.checked)
    if args.json:
        _print_json(
            {
                "database": where,
                "ok": report.ok,
                "problems": report.problems,
                "checked": report.checked,
                "schema_note": report.schema_note,
            }
        )
    else:
        if report.schema_note:
            print(f"{where}: {report.schema_note}.")
        if report.problems:
            for problem in report.problems:
                print(problem)
        else:
            print(f"{where}: tidak ada masalah ({checked}).")
    if report.problems:
        _fail(f"pemeriksaan {where} menemukan {ribuan(len(report.problems))} masalah ({checked})")
        return EXIT_REFUSED
    return EXIT_OK


def _write_protected(args: argparse.Namespace) -> bool:
    from asn_desktop.db.engine import sqlite_path, to_url

    path = sqlite_path(to_url(_target(args)))
    if path is None or not path.exists():
        return False
    return not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def cmd_db_backup(args: argparse.Namespace) -> int:
    out = Path(args.out).expanduser().resolve() if args.out else None
    if out is not None:
        if out.exists():
            raise CommandRefused(f"{out} sudah ada; pilih nama berkas lain untuk cadangan.")
        if not out.parent.is_dir():
            raise CommandRefused(f"Folder {out.parent} tidak ada.")
    # A backup only reads its source: a write-protected database is opened read-only
    # (then the backup cannot be recorded in its audit trail).
    with _opened(args, read_only=_write_protected(args)) as db:
        if out is None:
            made = db.backup("manual")
            path = made.path
        else:
            path = db.backup_to(out).path
        where = db.where
    size = path.stat().st_size
    if args.json:
        _print_json({"database": where, "backup": str(path), "size": size})
    else:
        print(f"Cadangan dibuat: {path} ({_size(size)}).")
    return EXIT_OK


def _restorer(args: argparse.Namespace) -> str:
    """Who restores: an administrator of the database as it is now. A database too damaged
    to open (what a restore is often for) cannot say who may, so the OS user is named."""
    from asn_desktop.cli import auth
    from asn_desktop.domain.peran import Permission
    from asn_desktop.services.database import Database, current_user
    from asn_desktop.services.errors import PermissionDenied
    from asn_desktop.services.permissions import denial

    try:
        current = Database.open(
            _target(args), read_only=True, allow_network_share=_allow_network_share(args)
        )
    except (DatabaseDamaged, NotAnAsnDatabase) as exc:
        log.warning("restoring over an unreadable database (%s); no sign-in possible", exc)
        return f"{current_user()} (OS)"
    try:
        if not _has_accounts(current):
            return f"{current_user()} (OS)"
        signed = auth.sign_in(current, args)
        reason = denial(signed, Permission.RESTORE)
        if reason is not None:
            raise PermissionDenied(reason)
        assert signed is not None
        return signed.username
    finally:
        current.close()


def cmd_db_restore(args: argparse.Namespace) -> int:
    from asn_desktop.db.backup import verify_backup
    from asn_desktop.db.engine import sqlite_path, to_url
    from asn_desktop.db.holder import acquire
    from asn_desktop.db.opening import check_sqlite_file
    from asn_desktop.services.database import Database, current_user, restore_database

    database = sqlite_path(to_url(_target(args)))
    if database is None:
        raise CommandRefused(
            "Pemulihan dari cadangan hanya untuk berkas SQLite lokal; server PostgreSQL "
            "dipulihkan oleh pengelolanya."
        )
    backup = Path(args.backup_from).expanduser().resolve()
    if not database.exists():
        raise DatabaseMissing(f"Berkas basis data tidak ditemukan: {database}")
    # Refuse a foreign file or a network share before anything is written; an empty
    # (truncated) database is just what a restore is for.
    check_sqlite_file(
        database, create=False, allow_network_share=_allow_network_share(args), allow_empty=True
    )
    if backup.exists() and backup.samefile(database):
        raise CommandRefused("Berkas cadangan dan basis data tujuan adalah berkas yang sama.")
    revision = verify_backup(backup)
    by = _restorer(args)
    # Nobody else may have the file open while it is replaced under them.
    hold = acquire(database, user=current_user(), program=f"{PROG} db restore")
    try:
        safety = restore_database(database, backup)
        restored = Database.open(database, allow_network_share=_allow_network_share(args))
        try:
            restored.record_restore(backup.name, by=by)
        finally:
            restored.close()
    finally:
        hold.release()
    if args.json:
        _print_json(
            {
                "database": str(database),
                "restored_from": str(backup),
                "schema": revision,
                "safety_backup": str(safety.path),
            }
        )
    else:
        print(f"Basis data {database} dipulihkan dari {backup} (skema {revision}).")
        print(f"Cadangan sebelum pemulihan: {safety.path}")
    return EXIT_OK
