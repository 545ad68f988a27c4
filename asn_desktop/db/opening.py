"""Opening a database: the checks and upgrades that run before anything else touches it.

Order matters: refuse what we must not touch (missing file, foreign file, network share,
newer schema) before writing anything; back up before migrating; check integrity after.

Only an explicit create=True (db init, the window's "new database") makes a database: a
missing or empty (0-byte) file is otherwise refused, since a database truncated to nothing
must not come back as a healthy empty one. read_only=True (db check, employees list) looks
without writing anything: no migration, no WAL switch, no catalogue load, no creation.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db import reference_loader, schema
from asn_desktop.db.backup import BackupStore
from asn_desktop.db.engine import make_engine, sqlite_path, to_url
from asn_desktop.db.errors import (
    ConnectionRefused,
    DatabaseDamaged,
    DatabaseError,
    DatabaseLocked,
    DatabaseMissing,
    DatabaseReadOnly,
    NetworkShareRefused,
    NotAnAsnDatabase,
)
from asn_desktop.db.location import is_network_path

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


@dataclass
class OpenReport:
    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None
    reference_loaded: bool = False
    # A read-only open of an older schema leaves it as it is, at this revision.
    older_revision: str | None = None


def translate_dbapi_error(exc: DBAPIError, where: str) -> DatabaseError:
    """Turn a driver error into one of ours with a message a clerk understands."""
    text = str(exc.orig) if exc.orig is not None else str(exc)
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return DatabaseLocked(
            f"Basis data {where} sedang dikunci program lain (mungkin ASN Desktop di jendela "
            "lain). Tutup program itu lalu coba lagi."
        )
    if "readonly database" in lowered or "read-only" in lowered:
        return DatabaseReadOnly(
            f"Basis data {where} tidak bisa ditulis (berkas, folder atau medianya hanya-baca)."
        )
    if "not a database" in lowered or "malformed" in lowered:
        return NotAnAsnDatabase(f"{where} rusak atau bukan basis data SQLite ({text}).")
    if "password authentication failed" in lowered:
        return ConnectionRefused(f"Kata sandi untuk {where} salah (server menolak login).")
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered:
        return ConnectionRefused(f"Server basis data {where} tidak bisa dihubungi: {text}")
    if "unable to open" in lowered:
        return DatabaseMissing(f"Berkas basis data {where} tidak bisa dibuka: {text}")
    if isinstance(exc, IntegrityError):
        return DatabaseError(
            f"Penyimpanan ditolak basis data {where} karena bentrok dengan data yang ada "
            f"(mungkin baru disimpan dari jendela lain): {text}. Tidak ada yang tersimpan; "
            "muat ulang lalu coba lagi."
        )
    return DatabaseError(f"Basis data {where} menolak perintah: {text}")


def check_sqlite_file(
    path: Path, *, create: bool, allow_network_share: bool, allow_empty: bool = False
) -> bool:
    """Checks before connecting; returns True when the file will be created.

    An empty (0-byte) file is accepted only with `create` (it becomes a new database) or
    `allow_empty` (a restore, which overwrites it).
    """
    if not allow_network_share and is_network_path(path):
        raise NetworkShareRefused(
            f"{path} berada di folder jaringan. SQLite tidak aman dipakai bersama lewat "
            "jaringan dan berkas bisa rusak. Salin ke komputer ini, atau buka dengan "
            "--allow-network-share (di aplikasi: 'Tetap buka') bila Anda yakin."
        )
    if not path.exists():
        if not create:
            raise DatabaseMissing(f"Berkas basis data tidak ditemukan: {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
        return True
    if path.is_dir():
        raise DatabaseMissing(f"{path} adalah folder, bukan berkas basis data.")
    size = path.stat().st_size
    if size == 0:
        if create or allow_empty:
            return True
        raise DatabaseDamaged(
            f"{path} adalah berkas kosong (0 byte), bukan basis data: mungkin terpotong saat "
            "disalin atau saat disk penuh. Pulihkan dari cadangan ('asn-desktop db restore'), "
            "atau buat basis data baru dengan 'asn-desktop db init'."
        )
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(b"SQLite format 3\x00"):
        raise NotAnAsnDatabase(f"{path.name} bukan berkas basis data SQLite.")
    app_id = int.from_bytes(header[68:72], "big")
    if app_id not in (0, SQLITE_APPLICATION_ID):
        raise NotAnAsnDatabase(f"{path.name} adalah basis data program lain, bukan ASN Desktop.")
    return False


def open_engine(
    target: str | Path,
    *,
    create: bool = False,
    allow_network_share: bool = False,
    backups: BackupStore | None = None,
    load_reference: bool = True,
    progress: Progress | None = None,
    read_only: bool = False,
) -> tuple[Engine, OpenReport]:
    """Connect, refuse or upgrade, and return a ready engine.

    With read_only, connect without writing anything (see the module docstring); an older
    schema is then reported in OpenReport.older_revision instead of being upgraded.
    """
    if read_only and create:
        raise ValueError("a read-only open cannot create a database")
    say = progress or (lambda _msg: None)
    url = to_url(target)
    where = url.render_as_string(hide_password=True)
    path = sqlite_path(url)
    report = OpenReport()
    if path is not None:
        where = str(path)
        report.created = check_sqlite_file(
            path, create=create, allow_network_share=allow_network_share
        )

    engine = make_engine(url, read_only=read_only)
    try:
        with engine.connect() as conn:
            revision = schema.current_revision(conn)
            state = schema.classify(revision, conn)
        if state == "empty" and not create:
            raise DatabaseMissing(
                f"Basis data {where} kosong. Jalankan 'asn-desktop db init --db ...' dahulu."
            )
        if read_only:
            if state == "older":
                report.older_revision = revision
            return engine, report
        if state == "older":
            if path is not None and backups is not None:
                say("Membuat cadangan sebelum pembaruan skema")
                try:
                    report.backup = backups.create(path, "pre-migration").path
                except (OSError, sqlite3.Error) as exc:
                    raise DatabaseError(
                        "Cadangan sebelum pembaruan skema tidak bisa dibuat di "
                        f"{backups.folder}: {exc}. Basis data tidak diubah."
                    ) from exc
                except DatabaseError as exc:
                    if type(exc) is not DatabaseError:  # damaged, locked: as it is
                        raise
                    raise DatabaseError(
                        f"Cadangan sebelum pembaruan skema tidak bisa dibuat: {exc}. "
                        "Basis data tidak diubah."
                    ) from exc
            say("Memperbarui skema basis data")
            log.info("upgrading %s from %s to %s", where, revision, schema.HEAD_REVISION)
            schema.upgrade(engine)
            report.migrated_from = revision
        elif state == "empty":
            say("Membuat basis data baru")
            schema.upgrade(engine)
            report.created = True
        if state != "current":
            problems = schema.integrity_problems(engine)
            if problems:
                raise DatabaseDamaged(
                    f"Pemeriksaan basis data {where} menemukan {len(problems)} masalah: "
                    f"{problems[0]}"
                )
        if path is not None:
            # Only now, with the file accepted, switch it to WAL (stored in the file).
            with engine.connect() as conn:
                schema.run_outside_transaction(conn, "PRAGMA journal_mode = WAL")
        if load_reference:
            with engine.connect() as conn:
                current = reference_loader.reference_is_current(conn)
            if not current:
                with engine.begin() as conn:
                    reference_loader.load_reference(conn, say)
                report.reference_loaded = True
    except DBAPIError as exc:
        engine.dispose()
        raise translate_dbapi_error(exc, where) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine, report


__all__ = ["OpenReport", "OperationalError", "open_engine", "translate_dbapi_error"]
