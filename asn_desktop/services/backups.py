"""The backups of an open database as the restore dialog shows them, and the restore's
audit entry.

Each backup is looked at read-only (SQLite `mode=ro`: nothing is ever written to it, not even
a journal): its schema revision, how many employees it holds, and whether it can be
restored. A backup that passed verification when it was made (BackupFile.verified, the
".verified" mark in its name) gets a quick look now: a SQLite file of this program, as long
as its header says (a truncated copy fails here), with a schema this program knows and a
readable register. Any other backup -- from before backups were verified, or a file chosen
elsewhere -- gets the full check a restore makes (db.backup.verify_backup, SQLite's
integrity_check: about a second for a city-scale database), so the dialog lists the backups
first and checks those later, in the worker, one at a time (`check_backup`). The backup
chosen for a restore gets the full check before the dialog asks for confirmation (a page
damaged since the backup was made shows only there), and restore_database verifies it once
more before anything is replaced.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db.backup import BackupFile, BackupStore, verify_backup
from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.schema import SCHEMA_REVISIONS
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = [
    "OTHER_FILE_LABEL",
    "REASON_LABELS",
    "BackupInfo",
    "check_backup",
    "describe_file",
    "inspect_backup",
    "list_backups",
    "note_restore",
]

REASON_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "daily": "harian",
        "pre-migration": "sebelum pembaruan skema",
        "pre-restore": "sebelum pemulihan",
        "pre-import": "sebelum impor",
        "manual": "manual",
    }
)
OTHER_FILE_LABEL = "berkas lain"
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # aware (UTC); a file chosen elsewhere: when it was last written
    reason: str  # BackupStore's reason ("daily", ...), "" for a file chosen elsewhere
    reason_label: str
    size: int  # bytes
    employees: int | None  # not deleted; None when the file cannot be read
    schema_revision: str
    verified: bool  # fit to be restored, as far as it has been checked
    problem: str = ""  # why not, in Indonesian, when it is not
    verified_when_made: bool = False  # BackupFile.verified
    pending: bool = False  # the full check has not run yet (check_backup); verified is False
    fully_checked: bool = False  # the full check ran now (verify_backup), not only at making

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def restorable(self) -> bool:
        return self.verified and not self.pending and not self.problem


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _bytes(count: int) -> str:
    return f"{count:,}".replace(",", ".")  # Indonesian digit grouping


def _connect_ro(path: Path) -> sqlite3.Connection:
    # mode=ro: SQLite opens the file read-only, so looking at a backup can never change it.
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)


def _read_facts(path: Path, shown: str) -> tuple[str, int]:
    """(schema revision, employees) of a backup, with the quick checks; raises DatabaseError
    or ServiceError with a message for the clerk."""
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as exc:
        raise ServiceError(
            pesan("{shown} tidak bisa dibuka: {nilai}", shown=shown, nilai=exc.strerror or exc)
        ) from exc
    if header[:16] != _SQLITE_HEADER:
        raise ServiceError(pesan("{shown} bukan berkas basis data SQLite.", shown=shown))
    size = path.stat().st_size
    try:
        conn = _connect_ro(path)
    except sqlite3.Error as exc:
        raise ServiceError(pesan("{shown} tidak bisa dibuka: {exc}", shown=shown, exc=exc)) from exc
    try:
        (app_id,) = conn.execute("PRAGMA application_id").fetchone()
        if app_id != SQLITE_APPLICATION_ID:
            raise ServiceError(pesan("{shown} bukan basis data ASN Desktop.", shown=shown))
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
        (page_count,) = conn.execute("PRAGMA page_count").fetchone()
        if page_size * page_count > size:
            raise ServiceError(
                pesan(
                    "{shown} terpotong: {bytes} dari {bytes2} bita.",
                    shown=shown,
                    bytes=_bytes(size),
                    bytes2=_bytes(page_size * page_count),
                )
            )
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else ""
        (employees,) = conn.execute(
            "SELECT count(*) FROM employee WHERE deleted_at IS NULL"
        ).fetchone()
    except sqlite3.Error as exc:
        raise ServiceError(pesan("{shown} tidak bisa dibaca: {exc}", shown=shown, exc=exc)) from exc
    finally:
        conn.close()
    if revision not in SCHEMA_REVISIONS:
        raise ServiceError(
            pesan(
                "{shown} memakai skema '{revision}' yang tidak dikenal program ini.",
                shown=shown,
                revision=revision,
            )
        )
    return revision, int(employees)


def _size_of(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def inspect_backup(
    path: Path,
    *,
    created: datetime | None = None,
    reason: str | None = None,
    verified_when_made: bool = False,
    full: bool | None = None,
) -> BackupInfo:
    """What the restore dialog shows of one backup file (read-only).

    `full` runs the restore's own check (integrity_check); by default only for a file that
    was not verified when it was made. `full=False` on such a file gives a pending entry.
    """
    if reason is None:
        reason = ""
    label = REASON_LABELS.get(reason, reason) if reason else OTHER_FILE_LABEL
    if created is None:
        try:
            created = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        except OSError:
            created = datetime.now(UTC)
    info = BackupInfo(
        path=path,
        created=_aware(created),
        reason=reason,
        reason_label=label,
        size=_size_of(path),
        employees=None,
        schema_revision="",
        verified=False,
        verified_when_made=verified_when_made,
    )
    try:
        revision, employees = _read_facts(path, path.name)
    except (ServiceError, DatabaseError) as exc:
        return replace(info, problem=str(exc))
    info = replace(info, schema_revision=revision, employees=employees)
    if full is None:
        full = not verified_when_made
    if not full:
        return replace(info, verified=verified_when_made, pending=not verified_when_made)
    try:
        verify_backup(path)
    except DatabaseError as exc:
        return replace(info, problem=str(exc), fully_checked=True)
    return replace(info, verified=True, fully_checked=True)


def check_backup(info: BackupInfo) -> BackupInfo:
    """The full check of a listed backup, now (the dialog runs it in the worker: for the
    backups not verified when made, one by one, and for the one chosen before it asks)."""
    return inspect_backup(
        info.path,
        created=info.created,
        reason=info.reason,
        verified_when_made=info.verified_when_made,
        full=True,
    )


def _backup_files(db: Database) -> list[BackupFile]:
    if db.path is None or db.backups is None:
        raise ServiceError(
            pesan(
                "Cadangan hanya untuk berkas SQLite lokal; server PostgreSQL dicadangkan "
                "dengan pg_dump oleh pengelolanya.",
            )
        )
    return db.backups.list()


def list_backups(db: Database, *, full_checks: bool = True) -> list[BackupInfo]:
    """The database's backups, newest first, each looked at read-only.

    With full_checks=False, backups that were not verified when made come back pending
    (quick facts only; verify them with check_backup).
    """
    return [
        inspect_backup(
            backup.path,
            created=backup.created,
            reason=backup.reason,
            verified_when_made=getattr(backup, "verified", False),
            full=None if full_checks else False,
        )
        for backup in sorted(_backup_files(db), key=lambda b: b.created, reverse=True)
    ]


def describe_file(path: Path) -> BackupInfo:
    """A file chosen elsewhere ("Pilih berkas lain…"), fully checked. A file named like a
    backup keeps its date and reason."""
    for backup in BackupStore(path.parent).list():
        if backup.path.name == path.name:
            return inspect_backup(
                path,
                created=backup.created,
                reason=backup.reason,
                verified_when_made=getattr(backup, "verified", False),
                full=True,
            )
    return inspect_backup(path, full=True)


def _local(moment: datetime) -> str:
    return f"{moment.astimezone():%d-%m-%Y %H:%M}"


def note_restore(
    database: Path,
    username: str,
    backup: BackupInfo,
    *,
    safety: Path | None = None,
    backup_dir: Path | None = None,
) -> str:
    """Record the restore in the database just restored: which backup it now holds, who
    restored it (`username`, whose RESTORE permission was checked against the database as
    it was) and where the state before it went. "" or why it could not be recorded.
    """
    from asn_desktop.services.database import Database

    detail = f"Dipulihkan dari cadangan {backup.name} ({backup.reason_label}, dibuat " + (
        f"{_local(backup.created)})"
    )
    if safety is not None:
        detail += f"; keadaan sebelumnya disimpan di {safety.name}"
    try:
        # The database was open in this program a moment ago, network share or not.
        restored = Database.open(database, allow_network_share=True, backup_dir=backup_dir)
    except DatabaseError as exc:
        return str(exc)
    try:
        restored.record_restore(backup.name, by=username, detail=detail + ".")
    except (ServiceError, DatabaseError) as exc:
        return str(exc)
    finally:
        restored.close()
    return ""
