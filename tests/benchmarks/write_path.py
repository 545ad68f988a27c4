"""Benchmarks of the write path: audited edits against the same edits unaudited, and
signing in (Argon2id) against a bare argon2-cffi verify. Used by run_benchmarks.py."""

from __future__ import annotations

import dataclasses
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

EDITS = 1_000
TODAY = date(2026, 11, 27)
PASSWORD = "bench-admin-1"


def _nip(index: int) -> tuple[str, date]:
    born = date(1960, 1, 1) + timedelta(days=index * 3)
    return f"{born:%Y%m%d}199501{1 + index % 2}{1 + index % 999:03d}", born


def _nama(index: int) -> str:
    # Names are letters only: "Pegawai Uji Bcd" for 123.
    return "Pegawai Uji " + "".join("abcdefghij"[int(d)] for d in str(index)).capitalize()


def _seeded(folder: Path, people: int):  # type: ignore[no-untyped-def]
    from asn_desktop.domain import EmployeeDraft
    from asn_desktop.services.database import Database
    from asn_desktop.services.employees import EmployeeService
    from asn_desktop.services.users import UserService

    db = Database.open(folder / "bench.sqlite", create=True, backup_dir=folder / "backups")
    UserService(db).create_first_admin("admin", PASSWORD)
    service = EmployeeService(db)
    ids = []
    for index in range(people):
        nip, born = _nip(index)
        ids.append(
            service.create(
                EmployeeDraft(
                    nip=nip,
                    nama=_nama(index),
                    tanggal_lahir=born,
                    jenis_kelamin="L" if nip[14] == "1" else "P",
                ),
                today=TODAY,
            )
        )
    return db, service, ids


def _edit_all(service, ids: list[int], round_no: int) -> float:  # type: ignore[no-untyped-def]
    records = [service.get(i) for i in ids]
    started = time.perf_counter()
    for number, record in enumerate(records):
        service.update(
            record.id,
            dataclasses.replace(record.draft, telepon=f"08{round_no:02d}{number:08d}"),
            expected_revision=record.revision,
            today=TODAY,
        )
    return time.perf_counter() - started


def measure_edits(runs: int = 3) -> tuple[float, float, int]:
    """(audited seconds, unaudited seconds, audit rows written per run) for EDITS edits."""
    from sqlalchemy import event

    from asn_desktop.services import audit

    with tempfile.TemporaryDirectory() as tmp:
        db, service, ids = _seeded(Path(tmp), EDITS)
        try:
            before = len(audit.AuditService(db).entries(audit.AuditQuery()))
            audited, bare = [], []
            for run in range(runs):
                audited.append(_edit_all(service, ids, 2 * run))
                # The floor: the same use cases with the capture and the chain insert removed.
                event.remove(db._sessions, "after_flush", audit._after_flush)
                real = audit.write_pending
                audit.write_pending = lambda session, username, now=None: 0  # type: ignore[assignment]
                try:
                    bare.append(_edit_all(service, ids, 2 * run + 1))
                finally:
                    audit.write_pending = real
                    event.listen(db._sessions, "after_flush", audit._after_flush)
            written = len(audit.AuditService(db).entries(audit.AuditQuery())) - before
        finally:
            db.close()
    return statistics.median(audited), statistics.median(bare), written // runs


def measure_login(runs: int = 15) -> tuple[float, float]:
    """(UserService.sign_in seconds, bare PasswordHasher.verify seconds), medians."""
    from asn_desktop.services.users import UserService, _hasher

    with tempfile.TemporaryDirectory() as tmp:
        db, _service, _ids = _seeded(Path(tmp), 0)
        try:
            users = UserService(db)
            stored = _hasher().hash(PASSWORD)
            signs, bare = [], []
            for _ in range(runs):
                started = time.perf_counter()
                users.sign_in("admin", PASSWORD)
                signs.append(time.perf_counter() - started)
                started = time.perf_counter()
                _hasher().verify(stored, PASSWORD)
                bare.append(time.perf_counter() - started)
        finally:
            db.close()
    return statistics.median(signs), statistics.median(bare)


if __name__ == "__main__":
    a, b, rows = measure_edits()
    print(f"edits: audited {a:.3f}s, bare {b:.3f}s, ratio {a / b:.2f}x, audit rows {rows}")
    s, v = measure_login()
    print(f"login: sign_in {s * 1000:.1f} ms, verify {v * 1000:.1f} ms")
