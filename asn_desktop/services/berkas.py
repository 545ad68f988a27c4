"""Files kept inside the database (table ``berkas``): signed scans, training certificates.

A file is stored by the SHA-256 of its bytes, so backups carry it and the same file attached
twice (to two evaluations, or by two clerks at once) is kept once. What a kind of attachment
accepts (its file types and size) is an :class:`UploadRule` of the service that uses it; this
module reads and checks a chosen file (:func:`read_upload`, before any transaction opens, so a
slow disk or a refusal never holds the database), stores it (:func:`store`), gives it back
(:func:`load`) and drops a file nothing refers to any more (:func:`discard_if_unused`).

The content is checked against the type its name claims: a Word document renamed to
``.pdf`` would otherwise be stored as a PDF and fail only when someone opens it years later.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Column, delete, exists, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

# Imported so that every column referring to berkas (the certificates) is in the metadata.
import asn_desktop.db.competency_models  # noqa: F401
from asn_desktop.db.appraisal_models import Berkas
from asn_desktop.db.base import Base, utc_now
from asn_desktop.domain import FieldProblem, check_text
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import NotFound

__all__ = [
    "JPG",
    "PDF",
    "PNG",
    "TIFF",
    "FileType",
    "Upload",
    "UploadRule",
    "discard_if_unused",
    "extension_of",
    "load",
    "read_upload",
    "store",
]

_MB = 1024 * 1024
# How many bytes of the head identify every type below.
_HEAD_BYTES = 16


@dataclass(frozen=True)
class FileType:
    """A type of file: its name in messages, the name endings that claim it, its MIME type
    and the bytes its content starts with (any of them)."""

    label: str
    suffixes: tuple[str, ...]
    mime: str
    signatures: tuple[bytes, ...]

    def matches(self, head: bytes) -> bool:
        return any(head.startswith(s) for s in self.signatures)


PDF = FileType("PDF", (".pdf",), "application/pdf", (b"%PDF-",))
JPG = FileType("JPG", (".jpg", ".jpeg"), "image/jpeg", (b"\xff\xd8\xff",))
PNG = FileType("PNG", (".png",), "image/png", (b"\x89PNG\r\n\x1a\n",))
TIFF = FileType("TIFF", (".tif", ".tiff"), "image/tiff", (b"II*\x00", b"MM\x00*"))
_ALL_TYPES = (PDF, JPG, PNG, TIFF)


@dataclass(frozen=True)
class UploadRule:
    """What one kind of attachment accepts. ``nama`` names the kind in messages
    ("Berkas pindaian harus PDF atau JPG")."""

    nama: str
    types: tuple[FileType, ...]
    max_bytes: int

    def type_of(self, name: str) -> FileType | None:
        suffix = Path(name).suffix.lower()
        return next((t for t in self.types if suffix in t.suffixes), None)

    @property
    def types_text(self) -> str:
        labels = [t.label for t in self.types]
        if len(labels) == 1:
            return labels[0]
        return f"{', '.join(labels[:-1])} atau {labels[-1]}"


@dataclass(frozen=True)
class Upload:
    """A chosen file, read and checked, ready to store."""

    name: str
    mime: str
    data: bytes
    sha256: str


def read_upload(
    path: Path, rule: UploadRule, *, field: str
) -> tuple[Upload | None, list[FieldProblem]]:
    """The file at ``path`` as ``rule`` accepts it, or the problems (reported on ``field``)
    that refuse it: a name that is no input, a type the rule does not take, too big, empty,
    unreadable, or content that is not what its name ending claims."""
    name = path.name
    problems = [FieldProblem(field, p.message) for p in check_text("nama_berkas", name)]
    kind = rule.type_of(name)
    if kind is None:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "Berkas {nama} harus {types_text}; yang dipilih {name}.",
                    nama=rule.nama,
                    types_text=rule.types_text,
                    name=name,
                ),
            )
        )
        return None, problems
    try:
        size = path.stat().st_size
        if size > rule.max_bytes:
            problems.append(
                FieldProblem(
                    field,
                    pesan(
                        "Berkas {name} berukuran {nilai} MB; paling besar {nilai2} MB.",
                        name=name,
                        nilai=size // _MB,
                        nilai2=rule.max_bytes // _MB,
                    ),
                )
            )
            return None, problems
        if size == 0:
            problems.append(FieldProblem(field, pesan("Berkas {name} kosong.", name=name)))
            return None, problems
        data = path.read_bytes()
    except OSError as exc:
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "Berkas {name} tidak dapat dibaca: {nilai}.",
                    name=name,
                    nilai=exc.strerror or exc,
                ),
            )
        )
        return None, problems
    if not kind.matches(data[:_HEAD_BYTES]):
        problems.append(
            FieldProblem(
                field,
                pesan(
                    "Berkas {name} bukan {label} yang sah: isinya tidak diawali penanda berkas "
                    "{label} (mungkin hanya akhiran namanya yang diganti). Pindai atau simpan "
                    "ulang sebagai {label}.",
                    name=name,
                    label=kind.label,
                ),
            )
        )
        return None, problems
    if problems:
        return None, problems
    return Upload(name, kind.mime, data, hashlib.sha256(data).hexdigest()), []


def store(session: Session, upload: Upload) -> str:
    """Keep ``upload`` in table berkas (once) inside the caller's transaction; its SHA-256.

    INSERT ... ON CONFLICT DO NOTHING rather than "look, then add": two clerks attaching the
    same file at the same moment on PostgreSQL must not make one of them fail on the key.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(
        insert(Berkas)
        .values(
            sha256=upload.sha256,
            ukuran=len(upload.data),
            mime=upload.mime,
            data=upload.data,
            created_at=utc_now(),
        )
        .on_conflict_do_nothing(index_elements=["sha256"])
    )
    return upload.sha256


def load(session: Session, sha256: str, *, missing: str) -> tuple[str, bytes]:
    """(mime, bytes) of a stored file; NotFound with the message ``missing`` if absent."""
    row = session.get(Berkas, sha256)
    if row is None:
        raise NotFound(missing)
    return row.mime, row.data


def extension_of(mime: str) -> str:
    """The name ending to save a stored file under: ".pdf" for "application/pdf"."""
    kind = next((t for t in _ALL_TYPES if t.mime == mime), None)
    return kind.suffixes[0] if kind is not None else ""


def _references() -> list[Column[Any]]:
    table = Berkas.__table__
    found: list[Column[Any]] = []
    for other in Base.metadata.tables.values():
        for fk in other.foreign_keys:
            if fk.column.table is table:
                found.append(fk.parent)
    return found


def discard_if_unused(session: Session, sha256: str) -> bool:
    """Delete a stored file no row refers to any more (a wrong certificate replaced or
    removed): personal data that nothing shows should not stay in every backup. A row
    that is only soft-deleted still refers to its file, which is then kept. True if
    deleted."""
    session.flush()
    for column in _references():
        if session.scalar(select(exists().where(column == sha256))):
            return False
    session.execute(delete(Berkas).where(Berkas.sha256 == sha256))
    return True
