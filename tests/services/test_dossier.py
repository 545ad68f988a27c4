"""The personal-data dossier (UU 27/2022): everything about one person, and its export."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.dossier import DOSSIER_FORMAT, DossierService
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import NotFound, PermissionDenied, ValidationFailed

from .helpers import AHMAD, SITI, TODAY, Register


def test_the_dossier_holds_the_record_histories_and_audit(
    register_db: Database, register: Register, tmp_path: Path
) -> None:
    service = EmployeeService(register_db)
    ahmad = register.people["ahmad"]
    record = service.get(ahmad)
    service.update(
        ahmad,
        dataclasses.replace(record.draft, alamat="Jl. Wastukencana 2"),
        expected_revision=record.revision,
        today=TODAY,
    )
    rank = service.histories(ahmad)["pangkat"][0]
    service.remove_history("pangkat", rank.id)

    out = tmp_path / "dosir.json"
    summary = DossierService(register_db).export(AHMAD[:8] + " " + AHMAD[8:], out)
    data = json.loads(out.read_text(encoding="utf-8"))

    assert data["format"] == DOSSIER_FORMAT
    assert data["pegawai"]["nip"] == AHMAD and data["pegawai"]["alamat"] == "Jl. Wastukencana 2"
    assert "id" not in data["pegawai"]
    assert len(data["riwayat_pangkat"]) == 1 and data["riwayat_pangkat"][0]["deleted_at"]
    assert len(data["riwayat_jabatan"]) == 1 and len(data["riwayat_unit"]) == 1
    actions = [(e["aksi"], e["jenis_data"]) for e in data["jejak_audit"]]
    assert ("create", "employee") in actions and ("delete", "rank_history") in actions
    assert any(
        e["perubahan"].get("alamat") == ["", "Jl. Wastukencana 2"] for e in data["jejak_audit"]
    )
    # Nobody else's data.
    siti_uuid = service.get(register.people["siti"]).uuid
    assert siti_uuid not in out.read_text(encoding="utf-8")
    assert SITI not in out.read_text(encoding="utf-8")
    assert summary.audit_entries == len(data["jejak_audit"])
    # The export is itself recorded, about Ahmad.
    last = AuditService(register_db).entries(AuditQuery(action="export"))[0]
    assert last.entity_uuid == data["pegawai"]["uuid"] and "dosir" in last.detail


def test_unknown_nip_and_wrong_suffix(register_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotFound, match="Tidak ada pegawai"):
        DossierService(register_db).export("199901012020011001", out / "x.json")
    with pytest.raises(ValidationFailed, match=r"\.json"):
        DossierService(register_db).export(AHMAD, out / "x.txt")
    assert not list(out.iterdir())


def test_a_viewer_may_not_export_a_dossier(register_db: Database, tmp_path: Path) -> None:
    register_db.assume_user("viewer")
    with pytest.raises(PermissionDenied, match="tidak berhak"):
        DossierService(register_db).export(AHMAD, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()
