"""The window's fast opening path: sign in and read the register's first page through
sqlite3 while SQLAlchemy and the services load in the background (issue 7, start-up).

Importing SQLAlchemy, the models and the services takes about half a second, three times
what a bare Qt window takes to appear. Nothing of it is needed to check a password and to
show the first hundred rows of the register, so the window does that first, through the
driver, and opens the database in full (Database.open) behind it.

The path is only for the ordinary case and says no (None) to anything else, so that the full
path handles it as it always has, messages included:
- `probe` accepts only a local SQLite file of this program, held by no other program, at the
  newest schema with today's SIASN catalogue, in WAL mode, with at least one account;
- `sign_in` accepts only a correct password of an unlocked account that needs no new
  password and no new hash. A wrong password or an unknown name returns None after one
  Argon2 check (the full path then checks, counts and records the failure), so both still
  take the same time.

A successful sign-in writes what UserService.sign_in writes, in one IMMEDIATE transaction:
the account's failure count, last login and revision (the ORM's version counter), and the
"login" entry of the audit trail with its link in the hash chain (domain.jejak_audit).
tests/services/test_quick_start.py holds both paths to the same rows.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from asn_desktop import SQLITE_APPLICATION_ID
from asn_desktop.db import holder
from asn_desktop.db.errors import DatabaseError
from asn_desktop.db.location import is_network_path
from asn_desktop.db.lock_wait import BUSY_TIMEOUT_MS
from asn_desktop.db.revisions import HEAD_REVISION
from asn_desktop.domain.jejak_audit import canonical_changes, canonical_content, entry_hash
from asn_desktop.domain.peran import Role
from asn_desktop.resources import SIASN_REFERENCE_VERSION
from asn_desktop.services.employee_rows import EmployeeRow, employee_row
from asn_desktop.services.password_hashing import dummy_hash, needs_rehash, verify_password
from asn_desktop.services.permissions import SignedIn

log = logging.getLogger(__name__)

# app_meta keys (services.audit.AUDIT_HEAD_KEY, db.reference_loader.REFERENCE_VERSION_KEY;
# a test keeps them equal).
AUDIT_HEAD_KEY = "audit_head"
REFERENCE_VERSION_KEY = "siasn_reference_version"
_HEADER = b"SQLite format 3\x00"

# services.employees.order_by for the sqlite dialect: the sort column (without regard to
# case for text typed by clerks), then ties by name, then by id.
_SORT_SQL: dict[str, str] = {
    "nip": "nip",
    "nama": "nama COLLATE NOCASE",
    "golongan": "golongan_id",
    "jabatan": "jabatan_nama COLLATE NOCASE",
    "unit": "unit_nama COLLATE NOCASE",
    "status": "status_kepegawaian",
    "tanggal_lahir": "tanggal_lahir",
    "tmt_golongan": "tmt_golongan",
    "tmt_cpns": "tmt_cpns",
    "kedudukan_hukum": "kedudukan_hukum",
    "keluar_tanggal": "keluar_tanggal",
}
# services.employees.build_rows_query (employee_rows.ROW_COLUMNS).
_ROWS_SQL = (
    "SELECT e.id, e.nip, e.gelar_depan, e.nama, e.gelar_belakang, e.golongan_id, "
    "e.jabatan_nama, u.nama, e.status_kepegawaian, e.tanggal_lahir, e.tmt_golongan, "
    "e.tmt_cpns, e.kedudukan_hukum, e.usia_bup_jabatan, e.keluar, e.keluar_tanggal "
    "FROM employee AS e LEFT OUTER JOIN org_unit AS u ON u.id = e.unit_id "
    "WHERE e.id IN ({marks}) AND e.deleted_at IS NULL"
)
_DATE_COLUMNS = (9, 10, 11, 15)


def normalize_username(text: str) -> str:
    # domain.kata_sandi.normalize_username (a test keeps them equal), without the 40 ms of
    # the input rules that module loads.
    return text.strip().lower()


def first_ids_sql(sort: str, descending: bool) -> str | None:
    """The SELECT of the unfiltered register (active staff) in this sort; None for a sort
    this path does not know."""
    column = _SORT_SQL.get(sort)
    if column is None:
        return None
    terms = [column]
    if sort not in ("nama", "nip"):  # a NIP has no ties
        terms.append("nama COLLATE NOCASE")
    if sort != "nip":
        terms.append("id")
    direction = " DESC" if descending else " ASC"
    order = ", ".join(term + direction for term in terms)
    return f"SELECT id FROM employee WHERE deleted_at IS NULL AND keluar = '' ORDER BY {order}"


def _date(text: str | None) -> date | None:
    # SQLAlchemy's Date on SQLite stores ISO text.
    return date.fromisoformat(text) if text else None


def _stored_time(moment: datetime) -> str:
    # SQLAlchemy's DateTime on SQLite: the UTC wall time, without the zone.
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


@dataclass(frozen=True)
class FirstPage:
    ids: list[int]  # the whole register in its sort
    rows: dict[int, EmployeeRow]  # of the first `size` ids


class QuickStart:
    """A held database, opened through sqlite3 for the first minute of a window."""

    def __init__(self, path: Path, conn: sqlite3.Connection, hold: holder.Hold) -> None:
        self.path = path
        self._conn: sqlite3.Connection | None = conn
        self._hold: holder.Hold | None = hold
        # The sign-in runs on a worker, the pages are read on the GUI thread: never at once,
        # but the connection is shared, so each use holds the lock.
        self._lock = threading.Lock()
        self._kedudukan: dict[str, str] | None = None

    @classmethod
    def probe(
        cls, target: str | Path, *, program: str, allow_network_share: bool = False
    ) -> QuickStart | None:
        """The database, held for this process, when the fast path may open it; else None
        (and nothing held)."""
        text = str(target)
        if "://" in text:
            return None  # PostgreSQL: the full path
        try:
            path = Path(text).expanduser().resolve()
            if not path.is_file() or path.stat().st_size < 100:
                return None
            if not allow_network_share and is_network_path(path):
                return None  # refused or confirmed by the full path
            with path.open("rb") as handle:
                header = handle.read(100)
            if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
                return None  # read-only: the full path says what it can do there
        except OSError:
            return None
        if not header.startswith(_HEADER):
            return None
        if int.from_bytes(header[68:72], "big") != SQLITE_APPLICATION_ID:
            return None
        try:
            hold = holder.acquire(path, user=holder.current_user(), program=program)
        except DatabaseError:
            return None  # held elsewhere: the full path names who holds it
        conn: sqlite3.Connection | None = None
        try:
            conn = sqlite3.connect(
                str(path),
                isolation_level=None,  # BEGIN and COMMIT as written below
                check_same_thread=False,
            )
            # db.engine's pragmas for every connection.
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            if _ready(conn):
                return cls(path, conn, hold)
        except sqlite3.Error as exc:
            log.info("fast opening of %s declined: %s", path, exc)
        if conn is not None:
            conn.close()
        hold.release()
        return None

    # -- signing in ---------------------------------------------------------------------------

    def sign_in(self, username: str, password: str) -> SignedIn | None:
        """The signed-in user, with the sign-in recorded; None: not for this path (nothing
        was written, and the full path must check the password again)."""
        name = normalize_username(username)
        with self._lock:
            conn = self._connection()
            try:
                found = conn.execute(
                    "SELECT id, username, full_name, role, password_hash, "
                    "must_change_password, locked_at, revision FROM app_user WHERE username = ?",
                    (name,),
                ).fetchone()
            except sqlite3.Error as exc:
                log.info("fast sign-in declined: %s", exc)
                return None
            if found is None:
                verify_password(dummy_hash(), password)
                return None
            user_id, stored_name, full_name, role_text, stored_hash = found[:5]
            must_change, locked_at, revision = found[5:]
            if not verify_password(stored_hash, password):
                return None
            if locked_at is not None or must_change or needs_rehash(stored_hash):
                return None
            try:
                role = Role(role_text)
            except ValueError:
                return None
            try:
                if not self._record_login(conn, user_id, stored_name, revision, stored_hash):
                    return None
            except sqlite3.Error as exc:
                log.info("fast sign-in declined: %s", exc)
                return None
        return SignedIn(user_id, stored_name, role, full_name)

    @staticmethod
    def _record_login(
        conn: sqlite3.Connection, user_id: int, username: str, revision: int, stored_hash: str
    ) -> bool:
        """UserService._sign_in's writes for a success; False (and nothing written) when the
        account changed since it was read."""
        at = datetime.now(UTC)
        conn.execute("BEGIN IMMEDIATE")
        try:
            updated = conn.execute(
                "UPDATE app_user SET failed_logins = 0, last_login_at = ?, "
                "revision = revision + 1 WHERE id = ? AND revision = ? AND password_hash = ? "
                "AND locked_at IS NULL",
                (_stored_time(at), user_id, revision, stored_hash),
            ).rowcount
            head = conn.execute(
                "SELECT value FROM app_meta WHERE key = ?", (AUDIT_HEAD_KEY,)
            ).fetchone()
            if updated != 1 or head is None:
                conn.execute("ROLLBACK")
                return False
            seq_text, _, prev = str(head[0]).partition(":")
            seq = int(seq_text) + 1
            who = username[:40]
            changes = canonical_changes({})
            content = canonical_content(
                at=at,
                username=who,
                action="login",
                entity_type="app_user",
                entity_uuid="",
                subject_uuid="",
                entity_label=username,
                changes=changes,
                detail="",
            )
            digest = entry_hash(prev, content)
            conn.execute(
                "INSERT INTO audit_log (seq, at, username, action, entity_type, entity_uuid, "
                "subject_uuid, entity_label, changes, detail, prev_hash, hash) "
                "VALUES (?, ?, ?, 'login', 'app_user', '', '', ?, ?, '', ?, ?)",
                (seq, _stored_time(at), who, username, changes, prev, digest),
            )
            conn.execute(
                "UPDATE app_meta SET value = ? WHERE key = ?", (f"{seq}:{digest}", AUDIT_HEAD_KEY)
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return True

    # -- the register's first page ---------------------------------------------------------

    def first_page(self, sort: str, descending: bool, size: int) -> FirstPage | None:
        """Every active employee's id in the register's sort, and the rows of the first
        `size`; None for a sort this path does not know."""
        sql = first_ids_sql(sort, descending)
        if sql is None:
            return None
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN")  # one snapshot for the ids and their rows
            try:
                ids = [row[0] for row in conn.execute(sql)]
                rows = self._rows(conn, ids[:size])
            finally:
                conn.execute("COMMIT")
        return FirstPage(ids, rows)

    def rows(self, ids: Sequence[int]) -> dict[int, EmployeeRow]:
        """EmployeeService.rows through this connection (further pages, until the full
        database is attached)."""
        with self._lock:
            try:
                return self._rows(self._connection(), ids)
            except sqlite3.Error as exc:
                raise DatabaseError(
                    f"Basis data {self.path.name} tidak bisa dibaca: {exc}"
                ) from exc

    def _rows(self, conn: sqlite3.Connection, ids: Sequence[int]) -> dict[int, EmployeeRow]:
        if not ids:
            return {}
        if self._kedudukan is None:
            self._kedudukan = dict(
                conn.execute(
                    "SELECT code, nama FROM ref_code WHERE catalogue = 'kedudukanHukum'"
                ).fetchall()
            )
        sql = _ROWS_SQL.format(marks=", ".join("?" * len(ids)))
        result: dict[int, EmployeeRow] = {}
        for found in conn.execute(sql, list(ids)):
            values = list(found)
            for column in _DATE_COLUMNS:
                values[column] = _date(values[column])
            result[values[0]] = employee_row(values, self._kedudukan)
        return result

    # -- the end ----------------------------------------------------------------------------

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            raise DatabaseError(f"Basis data {self.path.name} sudah ditutup.")
        return self._conn

    def close(self) -> None:
        """Close the connection and give up this hold (the full database holds its own)."""
        with self._lock:
            conn, self._conn = self._conn, None
            hold, self._hold = self._hold, None
        if conn is not None:
            conn.close()
        if hold is not None:
            hold.release()


def _ready(conn: sqlite3.Connection) -> bool:
    """Whether the full opening would find nothing to do: the newest schema, today's SIASN
    catalogue, WAL already on, the audit chain's head, and an account to sign in to."""
    mode = conn.execute("PRAGMA journal_mode").fetchone()
    if mode is None or str(mode[0]).lower() != "wal":
        return False
    versions = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if versions != [(HEAD_REVISION,)]:
        return False
    meta = dict(
        conn.execute(
            "SELECT key, value FROM app_meta WHERE key IN (?, ?)",
            (REFERENCE_VERSION_KEY, AUDIT_HEAD_KEY),
        ).fetchall()
    )
    if meta.get(REFERENCE_VERSION_KEY) != SIASN_REFERENCE_VERSION or AUDIT_HEAD_KEY not in meta:
        return False
    return conn.execute("SELECT 1 FROM app_user LIMIT 1").fetchone() is not None
