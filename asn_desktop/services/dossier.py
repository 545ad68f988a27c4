"""Everything held about one person, for their request under UU 27/2022 (PDP).

The dossier is one JSON document: the employee record with every column, every history
entry (deleted ones too, marked so), and every audit entry about them. Producing it is an
export of personal data, so it needs Permission.EXPORT and is itself audited.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from asn_desktop import __version__
from asn_desktop.db.access_models import AuditEntry
from asn_desktop.db.models import Employee, PositionHistory, RankHistory, UnitHistory
from asn_desktop.domain import FieldProblem, normalize_nip_text
from asn_desktop.domain.peran import Permission
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import audit
from asn_desktop.services.database import Database
from asn_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from asn_desktop.services.permissions import use_case

DOSSIER_FORMAT = "asn-desktop-dossier/1"
_HISTORIES: tuple[tuple[str, Any], ...] = (
    ("riwayat_pangkat", RankHistory),
    ("riwayat_jabatan", PositionHistory),
    ("riwayat_unit", UnitHistory),
)
# Local keys mean nothing outside this database.
_LOCAL = frozenset({"id", "employee_id"})


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=UTC)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _columns(row: Any) -> dict[str, Any]:
    return {
        column.key: _plain(getattr(row, column.key))
        for column in row.__table__.columns
        if column.key not in _LOCAL
    }


@dataclass(frozen=True)
class DossierSummary:
    path: Path
    nip: str
    nama: str
    histories: int
    audit_entries: int


class DossierService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def build(self, nip: str) -> dict[str, Any]:
        """The dossier as a JSON-ready dict (also for showing it before saving)."""
        digits = normalize_nip_text(nip)
        with self.db.reading() as session:
            employee = session.scalar(select(Employee).where(Employee.nip == digits))
            if employee is None:
                raise NotFound(
                    pesan(
                        "Tidak ada pegawai dengan NIP {strip} di basis data ini.",
                        strip=nip.strip(),
                    )
                )
            return self._build(session, employee)

    def _build(self, session: Session, employee: Employee) -> dict[str, Any]:
        record = _columns(employee)
        record["unit_nama"] = employee.unit.nama if employee.unit else ""
        histories: dict[str, list[dict[str, Any]]] = {}
        for key, model in _HISTORIES:
            rows = session.scalars(
                select(model).where(model.employee_id == employee.id).order_by(model.tmt, model.id)
            ).all()
            histories[key] = [_columns(r) for r in rows]
        # Entries about the person and their histories all carry the person as subject.
        entries = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.subject_uuid == employee.uuid)
            .order_by(AuditEntry.seq)
        ).all()
        trail = []
        for entry in entries:
            row = audit.row_of(entry)
            trail.append(
                {
                    "no": row.seq,
                    "waktu": row.at.isoformat(),
                    "pengguna": row.username,
                    "aksi": row.action,
                    "jenis_data": row.entity_type,
                    "uuid_data": row.entity_uuid,
                    "perubahan": row.changes,
                    "keterangan": row.detail,
                }
            )
        label, _subject = audit.describe(employee)
        return {
            "format": DOSSIER_FORMAT,
            "label": label,
            "dibuat": datetime.now(UTC).isoformat(),
            "program": f"ASN Desktop {__version__}",
            "instansi": self.db.agency_code,
            "dasar": "UU 27/2022 tentang Pelindungan Data Pribadi: hak subjek data atas "
            "salinan datanya",
            "pegawai": record,
            **histories,
            "jejak_audit": trail,
        }

    @use_case(Permission.EXPORT)
    def export(self, nip: str, path: Path) -> DossierSummary:
        """Write the dossier to `path` (atomically) and record the export."""
        if path.suffix.lower() != ".json":
            raise ValidationFailed(
                [
                    FieldProblem(
                        "path", pesan("Berkas dosir harus .json, bukan '{name}'.", name=path.name)
                    )
                ]
            )
        data = self.build(nip)
        text = json.dumps(data, ensure_ascii=False, indent=2)
        tmp = path.with_name(path.name + ".part")
        person = data["pegawai"]
        histories = sum(len(data[key]) for key, _model in _HISTORIES)
        try:
            with tmp.open("w", encoding="utf-8") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            # The file gets its name inside the transaction that records the export: data
            # that leaves is always in the trail (only a failed commit after the rename,
            # which is rare, could leave a file without its entry).
            with self.db.unit_of_work() as session:
                audit.record(
                    session,
                    "export",
                    entity_type="employee",
                    entity_uuid=person["uuid"],
                    subject_uuid=person["uuid"],
                    label=data["label"],
                    detail=f"dosir data pribadi ke {path.name}",
                )
                audit.write_pending(session, self.db.actor)  # the entry first, then the name
                os.replace(tmp, path)
        except OSError as exc:
            raise ServiceError(
                pesan(
                    "Berkas {path} tidak bisa ditulis: {nilai}",
                    path=path,
                    nilai=exc.strerror or exc,
                )
            ) from exc
        finally:
            tmp.unlink(missing_ok=True)
        return DossierSummary(
            path, person["nip"], person["nama"], histories, len(data["jejak_audit"])
        )
