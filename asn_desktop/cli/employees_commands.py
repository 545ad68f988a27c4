"""`asn-desktop employees list|show|set|dossier`: the register, one employee, edits, dossier."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from asn_desktop.cli.base import (
    EXIT_OK,
    CommandRefused,
    UsageError,
    _opened,
    _Parser,
    _positive_int,
    _print_json,
    ribuan,
    terminal,
)

if TYPE_CHECKING:
    from asn_desktop.cli.base import Subcommands
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeQuery, EmployeeRecord, EmployeeRow

STATUSES = ("PNS", "CPNS", "PPPK")
# services.employees.SORT_KEYS (not imported here: the parser is built without SQLAlchemy).
LIST_SORTS = (
    "nama",
    "nip",
    "golongan",
    "jabatan",
    "unit",
    "status",
    "tanggal_lahir",
    "tmt_golongan",
    "tmt_cpns",
    "kedudukan_hukum",
    "keluar_tanggal",
)
KEADAAN = ("aktif", "nonaktif", "semua")
LIST_FORMATS = ("text", "csv", "json", "xlsx")
# Ids per rows() call: well under SQLite's limit on bound parameters.
ROW_BATCH = 500


def register(commands: Subcommands, common: _Parser) -> None:
    employees = commands.add_parser("employees", help="daftar pegawai")
    emp_actions = employees.add_subparsers(dest="action", metavar="AKSI", required=True)
    listing = emp_actions.add_parser("list", parents=[common], help="cari dan tampilkan pegawai")
    listing.add_argument("--search", metavar="TEXT", default="", help="nama atau digit NIP")
    listing.add_argument("--unit", metavar="CODE", default=None, help="kode unit (dan di bawahnya)")
    listing.add_argument("--status", type=str.upper, choices=STATUSES, default=None)
    listing.add_argument("--sort", choices=LIST_SORTS, default="nama")
    listing.add_argument("--desc", action="store_true", help="urutan menurun")
    listing.add_argument(
        "--keadaan",
        choices=KEADAAN,
        default="aktif",
        help="aktif (bawaan), nonaktif (sudah keluar dari instansi) atau semua",
    )
    listing.add_argument("--limit", metavar="N", type=_positive_int, default=None)
    listing.add_argument(
        "--format",
        choices=LIST_FORMATS,
        default=None,
        help="text (bawaan), atau ekspor: csv, json, xlsx (xlsx perlu --out); "
        "tanpa --format, --out memakai akhiran berkasnya",
    )
    listing.add_argument(
        "--out", metavar="FILE", default=None, help="tulis ekspor ke berkas ini (bukan stdout)"
    )
    listing.add_argument(
        "--columns",
        metavar="KOLOM,...",
        default=None,
        help="kolom ekspor, urut, dipisah koma (bawaan: nip,nama,golongan,jabatan,unit,status)",
    )
    listing.set_defaults(handler=cmd_employees_list)

    show = emp_actions.add_parser("show", parents=[common], help="data satu pegawai")
    show.add_argument("nip", metavar="NIP")
    show.set_defaults(handler=cmd_employees_show)

    change = emp_actions.add_parser(
        "set",
        parents=[common],
        help="ubah data identitas/kontak: FIELD=VALUE ... (nama field seperti di formulir)",
    )
    change.add_argument("nip", metavar="NIP")
    change.add_argument("assignments", metavar="FIELD=VALUE", nargs="+")
    change.set_defaults(handler=cmd_employees_set)

    dossier = emp_actions.add_parser(
        "dossier",
        parents=[common],
        help="semua data tentang satu pegawai, dengan jejak auditnya (UU 27/2022)",
    )
    dossier.add_argument("nip", metavar="NIP")
    dossier.add_argument("--out", metavar="FILE.json", required=True)
    dossier.set_defaults(handler=cmd_employees_dossier)


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


def _list_query(db: Database, args: argparse.Namespace) -> EmployeeQuery:
    from asn_desktop.services.employees import EmployeeQuery
    from asn_desktop.services.org_units import OrgUnitService

    unit_id = OrgUnitService(db).by_kode(args.unit.strip()).id if args.unit else None
    return EmployeeQuery(
        search=args.search or "",
        unit_id=unit_id,
        status=args.status,
        sort=args.sort,
        descending=args.desc,
        keadaan=args.keadaan,
    )


def _export_format(args: argparse.Namespace) -> str:
    """The --format asked, or the one --out's suffix names; "text" for the listing. An
    --out that could not be written is refused here, before the database is opened."""
    if args.out is not None:
        from asn_desktop.cli.report_commands import checked_out

        args.out = checked_out(args.out)
    suffix = args.out.suffix.lower().lstrip(".") if args.out else ""
    fmt: str = args.format or (suffix if args.out else "text")
    if args.out and fmt == "text":
        raise UsageError("--out hanya untuk ekspor: --format csv, json atau xlsx")
    if fmt not in LIST_FORMATS:
        raise UsageError(
            f"akhiran berkas '.{terminal(suffix)}' tidak dikenal; pakai .xlsx, .csv atau "
            ".json, atau sebutkan --format"
        )
    if fmt == "xlsx" and not args.out:
        raise UsageError("--format xlsx perlu --out FILE.xlsx (buku kerja tidak ke stdout)")
    if args.out and suffix != fmt:
        raise UsageError(f"--out berakhiran '.{terminal(suffix)}' tetapi --format {fmt}")
    if args.columns is not None and fmt == "text":
        raise UsageError("--columns hanya untuk ekspor (--format csv, json atau xlsx)")
    return fmt


def _export_columns(text: str | None) -> list[tuple[str, str]] | None:
    """--columns as (key, header) pairs, checked before the database is opened."""
    from asn_desktop.services.register_export import available_columns

    if text is None:
        return None
    known = {c.key: c.header for c in available_columns()}
    keys = [k.strip().lower() for k in text.split(",") if k.strip()]
    if not keys:
        raise UsageError("--columns kosong; yang ada: " + ",".join(known))
    for key in keys:
        if key not in known:
            raise UsageError(f"kolom '{terminal(key)}' tidak dikenal; yang ada: " + ",".join(known))
    if len(set(keys)) < len(keys):
        raise UsageError("--columns menyebut satu kolom dua kali")
    return [(key, known[key]) for key in keys]


def _export_list(args: argparse.Namespace, fmt: str) -> int:
    import sys

    from asn_desktop.services.register_export import RegisterExport

    columns = _export_columns(args.columns)
    out: Path | None = args.out  # checked by _export_format
    # Not read-only: an export is recorded in the audit trail (EXPORT, refused to a viewer).
    with _opened(args) as db:
        query = _list_query(db, args)
        exporter = RegisterExport(db)
        if out is None:
            # On a terminal, control and bidi characters are shown escaped (JSON escapes
            # them itself); into a pipe the data goes as it is.
            text = terminal if fmt == "csv" and sys.stdout.isatty() else None
            exporter.write_stream(sys.stdout, query, columns, fmt=fmt, limit=args.limit, text=text)
            sys.stdout.flush()
            return EXIT_OK
        count = exporter.write(out, query, columns, fmt=fmt, limit=args.limit)
    if args.json:
        _print_json({"out": str(out), "format": fmt, "rows": count})
    else:
        print(
            f"{ribuan(count)} pegawai diekspor ke {out}. Berisi data pribadi: simpan dan "
            "serahkan dengan aman."
        )
    return EXIT_OK


def cmd_employees_list(args: argparse.Namespace) -> int:
    from asn_desktop.services.employees import EmployeeService

    fmt = _export_format(args)
    if fmt != "text":
        return _export_list(args, fmt)
    # Read-only: listing never changes the file; an older schema is refused with the
    # advice to upgrade rather than upgraded behind the clerk's back.
    with _opened(args, read_only=True) as db:
        query = _list_query(db, args)
        service = EmployeeService(db)
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
        cells = [
            tuple(
                terminal(c)
                for c in (_nip_text(r.nip), r.nama_lengkap, r.golongan, r.jabatan, r.unit)
            )
            for r in rows
        ]
        for text in _table(header, cells):
            print(text)
        print()
    summary = f"{ribuan(matched)} dari {ribuan(total)} pegawai"
    if len(rows) < matched:
        summary += f" (ditampilkan {ribuan(len(rows))} pertama)"
    print(summary)
    return EXIT_OK


# -- one employee ------------------------------------------------------------------------

# The fields of the employee dialog's identity and contact part, in its order.
EDITABLE_FIELDS = (
    "status_kepegawaian",
    "nip",
    "gelar_depan",
    "nama",
    "gelar_belakang",
    "tempat_lahir",
    "tanggal_lahir",
    "jenis_kelamin",
    "kedudukan_hukum",
    "tmt_cpns",
    "tmt_pns",
    "nik",
    "email",
    "telepon",
    "alamat",
)
_DATE_FIELDS = frozenset({"tanggal_lahir", "tmt_cpns", "tmt_pns"})
_OPTIONAL_DATES = frozenset({"tmt_cpns", "tmt_pns"})


def _label(field: str) -> str:
    from asn_desktop.domain.masukan import DATE_FIELDS, TEXT_FIELDS

    rule = TEXT_FIELDS.get(field) or DATE_FIELDS.get(field)
    if rule is not None:
        return rule.label
    return {
        "status_kepegawaian": "Status kepegawaian",
        "jenis_kelamin": "Jenis kelamin",
        "kedudukan_hukum": "Kedudukan hukum",
    }.get(field, field)


def _find(db: Database, nip: str) -> EmployeeRecord:
    from asn_desktop.domain import normalize_nip_text
    from asn_desktop.services.employees import EmployeeService

    found = EmployeeService(db).find_by_nip(normalize_nip_text(nip))
    if found is None:
        raise CommandRefused(f"tidak ada pegawai dengan NIP {terminal(nip.strip())}")
    return found


def _record_json(record: EmployeeRecord) -> dict[str, object]:
    from asn_desktop.services.employees import golongan_text

    draft = record.draft
    return {
        **{name: getattr(draft, name) for name in EDITABLE_FIELDS},
        "uuid": record.uuid,
        "revision": record.revision,
        "updated_at": record.updated_at,
        "updated_by": record.updated_by,
        "golongan": golongan_text(record.golongan_id),
        "jabatan": record.jabatan_nama,
        "jenis_jabatan": record.jenis_jabatan,
        "unit": record.unit_nama,
    }


def cmd_employees_show(args: argparse.Namespace) -> int:
    with _opened(args, read_only=True) as db:
        record = _find(db, args.nip)
    data = _record_json(record)
    if args.json:
        _print_json(data)
        return EXIT_OK
    rows = [(_label(name), data[name]) for name in EDITABLE_FIELDS]
    rows += [
        ("Golongan", data["golongan"]),
        ("Jabatan", data["jabatan"]),
        ("Unit kerja", data["unit"]),
        ("Revisi", f"{record.revision} (oleh {record.updated_by})"),
    ]
    width = max(len(label) for label, _value in rows)
    for label, value in rows:
        text = "-" if value in (None, "") else str(value)
        if isinstance(value, date):
            text = f"{value:%d-%m-%Y}"
        print(f"{label:<{width}}  {terminal(text)}")
    return EXIT_OK


def _parse_assignments(assignments: Sequence[str]) -> dict[str, str]:
    changes: dict[str, str] = {}
    for item in assignments:
        field, sep, value = item.partition("=")
        field = field.strip().lower()
        if not sep or not field:
            raise UsageError(f"'{terminal(item)}' bukan FIELD=VALUE")
        if field not in EDITABLE_FIELDS:
            raise UsageError(
                f"field '{terminal(field)}' tidak dikenal; yang bisa diubah: "
                + ", ".join(EDITABLE_FIELDS)
            )
        if field in changes:
            raise UsageError(f"field '{field}' disebut dua kali")
        changes[field] = value
    return changes


def _value_of(field: str, text: str) -> object:
    from asn_desktop.domain import TanggalError, parse_tanggal
    from asn_desktop.domain.pegawai import FieldProblem
    from asn_desktop.services.errors import ValidationFailed

    if field not in _DATE_FIELDS:
        return text
    if not text.strip() and field in _OPTIONAL_DATES:
        return None
    try:
        return parse_tanggal(text)
    except TanggalError as exc:
        raise ValidationFailed([FieldProblem(field, f"{_label(field)}: {exc}")]) from None


def cmd_employees_set(args: argparse.Namespace) -> int:
    import dataclasses

    from asn_desktop.services.employees import EmployeeService

    changes = _parse_assignments(args.assignments)
    with _opened(args) as db:
        record = _find(db, args.nip)
        values = {field: _value_of(field, text) for field, text in changes.items()}
        draft = dataclasses.replace(record.draft, **values)  # type: ignore[arg-type]
        service = EmployeeService(db)
        # The same use case, validation and messages as the window's Simpan; the revision
        # read just now makes a concurrent change elsewhere a refusal, not an overwrite.
        revision = service.update(record.id, draft, expected_revision=record.revision)
        after = service.get(record.id)
    changed = [
        name
        for name in EDITABLE_FIELDS
        if getattr(record.draft, name) != getattr(after.draft, name)
    ]
    if args.json:
        _print_json({**_record_json(after), "changed": changed})
        return EXIT_OK
    if not changed:
        print(f"Tidak ada perubahan pada data {terminal(after.draft.nama)}.")
    else:
        names = ", ".join(_label(n).lower() for n in changed)
        print(f"Data {terminal(after.draft.nama)} disimpan (revisi {revision}): {names}.")
    return EXIT_OK


def cmd_employees_dossier(args: argparse.Namespace) -> int:
    from asn_desktop.services.dossier import DossierService

    out = Path(args.out).expanduser().resolve()
    if out.exists():
        raise CommandRefused(f"{out} sudah ada; pilih nama berkas lain")
    if not out.parent.is_dir():
        raise CommandRefused(f"folder {out.parent} tidak ada")
    with _opened(args) as db:
        summary = DossierService(db).export(args.nip, out)
    if args.json:
        _print_json(
            {
                "out": str(summary.path),
                "nip": summary.nip,
                "histories": summary.histories,
                "audit_entries": summary.audit_entries,
            }
        )
    else:
        print(
            f"Dosir {terminal(summary.nama)} ditulis ke {summary.path} "
            f"({ribuan(summary.histories)} riwayat, {ribuan(summary.audit_entries)} catatan "
            "audit). Berisi data pribadi: simpan dan serahkan dengan aman."
        )
    return EXIT_OK
