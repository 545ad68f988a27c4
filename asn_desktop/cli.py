"""The command line: `asn-desktop` opens the window, `asn-desktop <command>` runs headless.

Headless commands use the same services as the GUI and never import Qt. Each prints a short
summary in Indonesian, or one JSON document with --json, and on a refusal exits non-zero with
ONE line on stderr, "asn-desktop: <reason>" (2 for a usage mistake, 1 for a refusal by the
program, 130 when interrupted).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from asn_desktop import __version__, paths
from asn_desktop.db.errors import DatabaseError, DatabaseMissing
from asn_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

# SQLAlchemy and the services are imported by the commands that use them, not here: the
# plain `asn-desktop` (the window) must not pay for them before its window is on screen.

PROG = "asn-desktop"
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

STATUSES = ("PNS", "CPNS", "PPPK")
LIST_SORTS = ("nama", "nip", "golongan", "jabatan", "unit", "status")
# Ids per rows() call: well under SQLite's limit on bound parameters.
ROW_BATCH = 500

Handler = Callable[[argparse.Namespace], int]


class CommandRefused(Exception):
    """A refusal decided by the command line itself; str(e) is the reason."""


class _UsageError(Exception):
    pass


class _ParserExit(Exception):
    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse that reports through main() (one line, exit 2) instead of sys.exit."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(f"{message} (lihat '{self.prog} --help')")

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            sys.stderr.write(message)
        raise _ParserExit(status)


# -- output helpers ------------------------------------------------------------------------


def ribuan(value: int) -> str:
    """20000 -> '20.000' (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def desimal(value: float, digits: int = 1) -> str:
    """1.25 -> '1,3' (Indonesian decimal comma)."""
    return f"{value:.{digits}f}".replace(".", ",")


def one_line(message: str) -> str:
    """A possibly multi-line message (validation problems) joined onto one line."""
    lines = [" ".join(line.split()) for line in message.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return "kesalahan tanpa keterangan"
    head, rest = lines[0], lines[1:]
    if not rest:
        return head
    if head.endswith(":"):
        return f"{head} {'; '.join(rest)}"
    return "; ".join(lines)


def _fail(reason: str) -> None:
    print(f"{PROG}: {one_line(reason)}", file=sys.stderr)


def _print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _progress() -> Callable[[str], None] | None:
    """Progress messages on stderr, only for a person watching a terminal."""
    if not sys.stderr.isatty():
        return None

    def say(message: str) -> None:
        print(f"{message}...", file=sys.stderr, flush=True)

    return say


def _size(num_bytes: int) -> str:
    if num_bytes >= 1024 * 1024:
        return f"{desimal(num_bytes / (1024 * 1024))} MB"
    return f"{desimal(num_bytes / 1024)} KB"


# -- opening -------------------------------------------------------------------------------


def _target(args: argparse.Namespace) -> str | Path:
    chosen = getattr(args, "db", None) or getattr(args, "gui_db", None)
    return chosen if chosen else paths.default_database()


def _allow_network_share(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "allow_network_share", False)) or bool(
        getattr(args, "gui_allow_network_share", False)
    )


@contextmanager
def _opened(args: argparse.Namespace, *, create: bool = False) -> Iterator[Database]:
    from asn_desktop.services.database import Database

    db = Database.open(
        _target(args),
        create=create,
        allow_network_share=_allow_network_share(args),
        progress=_progress(),
    )
    try:
        yield db
    finally:
        db.close()


def _register_size(db: Database) -> tuple[int, int]:
    """(employees, org units) in the register."""
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.org_units import OrgUnitService

    return EmployeeService(db).count(), len(OrgUnitService(db).tree())


# -- db ------------------------------------------------------------------------------------


def cmd_db_init(args: argparse.Namespace) -> int:
    from asn_desktop.db import schema
    from asn_desktop.services.database import AGENCY_CODE_KEY, AGENCY_NAME_KEY

    code = args.agency_code.strip().upper() if args.agency_code is not None else None
    name = " ".join(args.agency_name.split()) if args.agency_name is not None else None
    if code == "" or name == "":
        raise _UsageError("--agency-code dan --agency-name tidak boleh kosong")
    with _opened(args, create=True) as db:
        created = db.report.created
        if not created:
            employees, units = _register_size(db)
            if employees or units:
                raise CommandRefused(
                    f"Basis data {db.where} sudah ada dan berisi {ribuan(employees)} pegawai "
                    f"dan {ribuan(units)} unit kerja; 'db init' hanya untuk basis data baru "
                    "atau yang masih kosong."
                )
        if code is not None or name is not None:
            # The same validation as the GUI's agency dialog.
            db.set_agency(
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
    with _opened(args) as db:
        problems = db.check()
        where = db.where
    if args.json:
        _print_json({"database": where, "ok": not problems, "problems": problems})
    elif problems:
        for problem in problems:
            print(problem)
    else:
        print(f"{where}: tidak ada masalah (integrity_check dan foreign_key_check).")
    if problems:
        _fail(f"pemeriksaan {where} menemukan {ribuan(len(problems))} masalah")
        return EXIT_REFUSED
    return EXIT_OK


def cmd_db_backup(args: argparse.Namespace) -> int:
    from asn_desktop.db.backup import copy_database

    out = Path(args.out).expanduser().resolve() if args.out else None
    if out is not None:
        if out.exists():
            raise CommandRefused(f"{out} sudah ada; pilih nama berkas lain untuk cadangan.")
        if not out.parent.is_dir():
            raise CommandRefused(f"Folder {out.parent} tidak ada.")
    with _opened(args) as db:
        if out is None:
            made = db.backup("manual")
            path = made.path
        else:
            if db.path is None:
                raise CommandRefused(
                    "Cadangan hanya untuk berkas SQLite lokal; server PostgreSQL dicadangkan "
                    "dengan pg_dump oleh pengelolanya."
                )
            copy_database(db.path, out)
            path = out
        where = db.where
    size = path.stat().st_size
    if args.json:
        _print_json({"database": where, "backup": str(path), "size": size})
    else:
        print(f"Cadangan dibuat: {path} ({_size(size)}).")
    return EXIT_OK


def cmd_db_restore(args: argparse.Namespace) -> int:
    from asn_desktop.db.backup import verify_backup
    from asn_desktop.db.engine import sqlite_path, to_url
    from asn_desktop.db.opening import check_sqlite_file
    from asn_desktop.services.database import restore_database

    database = sqlite_path(to_url(_target(args)))
    if database is None:
        raise CommandRefused(
            "Pemulihan dari cadangan hanya untuk berkas SQLite lokal; server PostgreSQL "
            "dipulihkan oleh pengelolanya."
        )
    backup = Path(args.backup_from).expanduser().resolve()
    if not database.exists():
        raise DatabaseMissing(f"Berkas basis data tidak ditemukan: {database}")
    # Refuse a foreign file or a network share before anything is written.
    check_sqlite_file(database, create=False, allow_network_share=_allow_network_share(args))
    if backup.exists() and backup.samefile(database):
        raise CommandRefused("Berkas cadangan dan basis data tujuan adalah berkas yang sama.")
    revision = verify_backup(backup)
    safety = restore_database(database, backup)
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


# -- employees -----------------------------------------------------------------------------


def _nip_text(nip: str) -> str:
    from asn_desktop.domain import NipError, format_nip

    try:
        return format_nip(nip)
    except NipError:
        return nip


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    rule = "  ".join("-" * w for w in widths)
    return [line(header), rule, *(line(r) for r in rows)]


def cmd_employees_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.employees import EmployeeQuery, EmployeeRow, EmployeeService
    from asn_desktop.services.org_units import OrgUnitService

    with _opened(args) as db:
        unit_id = OrgUnitService(db).by_kode(args.unit.strip()).id if args.unit else None
        service = EmployeeService(db)
        query = EmployeeQuery(
            search=args.search or "",
            unit_id=unit_id,
            status=args.status,
            sort=args.sort,
            descending=args.desc,
        )
        ids = service.search_ids(query)
        matched = len(ids)
        shown_ids = ids if args.limit is None else ids[: args.limit]
        rows: list[EmployeeRow] = []
        for start in range(0, len(shown_ids), ROW_BATCH):
            batch = shown_ids[start : start + ROW_BATCH]
            found = service.rows(batch)
            rows.extend(found[i] for i in batch if i in found)
        total = service.count()
    if args.json:
        _print_json(
            [
                {
                    "nip": r.nip,
                    "nama_lengkap": r.nama_lengkap,
                    "golongan": r.golongan,
                    "jabatan": r.jabatan,
                    "unit": r.unit,
                    "status": r.status,
                }
                for r in rows
            ]
        )
        return EXIT_OK
    if rows:
        header = ("NIP", "Nama", "Gol.", "Jabatan", "Unit kerja")
        cells = [(_nip_text(r.nip), r.nama_lengkap, r.golongan, r.jabatan, r.unit) for r in rows]
        for text in _table(header, cells):
            print(text)
        print()
    summary = f"{ribuan(matched)} dari {ribuan(total)} pegawai"
    if len(rows) < matched:
        summary += f" (ditampilkan {ribuan(len(rows))} pertama)"
    print(summary)
    return EXIT_OK


# -- demo ----------------------------------------------------------------------------------


def cmd_demo(args: argparse.Namespace) -> int:
    from asn_desktop.services.demo import generate_demo

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
            summary = generate_demo(db.engine, employees=args.employees, seed=args.seed, **options)
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
        f"{ribuan(summary.unit_history)} riwayat unit ({desimal(summary.seconds)} detik)."
    )
    return EXIT_OK


def _demo_progress(say: Callable[[str], None]) -> Callable[[int, int], None]:
    def report(done: int, total: int) -> None:
        say(f"Membuat pegawai contoh {ribuan(done)}/{ribuan(total)}")

    return report


# -- GUI -----------------------------------------------------------------------------------


def cmd_gui(args: argparse.Namespace) -> int:
    from asn_desktop.ui.app import run_gui  # Qt is imported only here

    db = str(args.gui_db) if args.gui_db else None
    status = run_gui(db=db, demo=args.demo, allow_network_share=args.gui_allow_network_share)
    return int(status)


# -- parser --------------------------------------------------------------------------------


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' bukan bilangan bulat") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"harus paling sedikit 1, bukan {value}")
    return value


def _common_options() -> _Parser:
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        default=None,
        help="berkas SQLite atau URL postgresql+psycopg://... (bawaan: basis data pengguna)",
    )
    common.add_argument("--json", action="store_true", help="keluaran JSON untuk mesin")
    common.add_argument(
        "--allow-network-share",
        action="store_true",
        help="tetap buka berkas SQLite di folder jaringan (berisiko)",
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog=PROG,
        description="ASN Desktop. Tanpa perintah: membuka jendela aplikasi.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="buka jendela dengan basis data contoh sementara"
    )
    parser.add_argument("--db", dest="gui_db", metavar="PATH_OR_URL", default=None)
    parser.add_argument(
        "--allow-network-share", dest="gui_allow_network_share", action="store_true"
    )
    parser.set_defaults(handler=cmd_gui)
    common = _common_options()
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")

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

    employees = commands.add_parser("employees", help="daftar pegawai")
    emp_actions = employees.add_subparsers(dest="action", metavar="AKSI", required=True)
    listing = emp_actions.add_parser("list", parents=[common], help="cari dan tampilkan pegawai")
    listing.add_argument("--search", metavar="TEXT", default="", help="nama atau digit NIP")
    listing.add_argument("--unit", metavar="CODE", default=None, help="kode unit (dan di bawahnya)")
    listing.add_argument("--status", type=str.upper, choices=STATUSES, default=None)
    listing.add_argument("--sort", choices=LIST_SORTS, default="nama")
    listing.add_argument("--desc", action="store_true", help="urutan menurun")
    listing.add_argument("--limit", metavar="N", type=_positive_int, default=None)
    listing.set_defaults(handler=cmd_employees_list)

    demo = commands.add_parser(
        "demo", parents=[common], help="isi basis data baru dengan pegawai contoh"
    )
    demo.add_argument("--employees", metavar="N", type=_positive_int, required=True)
    demo.add_argument("--seed", metavar="S", type=int, default=1)
    demo.set_defaults(handler=cmd_demo)
    return parser


def main(argv: list[str]) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is not None and args.demo:
            raise _UsageError("--demo hanya untuk membuka jendela, tanpa perintah")
        if args.command is None and args.demo and args.gui_db:
            raise _UsageError("--demo dan --db tidak bisa dipakai bersama")
        if args.command == "demo" and not (args.db or args.gui_db):
            raise _UsageError("demo memerlukan --db PATH (basis data baru untuk data contoh)")
    except _ParserExit as exc:
        return exc.status
    except _UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    handler: Handler = args.handler
    try:
        return handler(args)
    except _UsageError as exc:
        _fail(str(exc))
        return EXIT_USAGE
    except (DatabaseError, ServiceError, CommandRefused) as exc:
        _fail(str(exc))
        return EXIT_REFUSED
    except KeyboardInterrupt:
        _fail("dibatalkan")
        return EXIT_INTERRUPTED
    finally:
        sys.stdout.flush()


__all__ = ["build_parser", "main"]
