"""Roles of the people who use the program and what each may do.

Three roles (admin, operator, viewer) are enough for an agency's HR office: the clerk
(operator) edits, the head of the agency (viewer, *pimpinan*) reads and prints, and one
administrator manages accounts, keys and restores. Every use case declares exactly one
permission; the service layer checks it before the use case touches the database.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

__all__ = [
    "PERMISSION_LABELS",
    "ROLE_LABELS",
    "ROLE_PERMISSIONS",
    "Permission",
    "Role",
    "role_allows",
]


class Role(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    VIEWER = "viewer"


class Permission(StrEnum):
    READ = "read"  # see the register, the audit trail; automatic daily backup
    PRINT = "print"
    EDIT = "edit"  # employees, histories, units, SKP and evaluations
    IMPORT = "import"
    EXPORT = "export"  # spreadsheets, dossiers, bundles
    BACKUP = "backup"  # a backup on request
    AGENCY = "agency"  # the agency's identity
    MANAGE_USERS = "manage_users"
    RESTORE = "restore"


_VIEWER = frozenset({Permission.READ, Permission.PRINT})
_OPERATOR = _VIEWER | {Permission.EDIT, Permission.IMPORT, Permission.EXPORT, Permission.BACKUP}
_ADMIN = frozenset(Permission)

ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType(
    {Role.ADMIN: _ADMIN, Role.OPERATOR: _OPERATOR, Role.VIEWER: _VIEWER}
)

ROLE_LABELS: Mapping[Role, str] = MappingProxyType(
    {
        Role.ADMIN: "Administrator",
        Role.OPERATOR: "Operator (pengelola kepegawaian)",
        Role.VIEWER: "Pimpinan (lihat dan cetak)",
    }
)

# Said in refusals: "Peran viewer tidak berhak <label>."
PERMISSION_LABELS: Mapping[Permission, str] = MappingProxyType(
    {
        Permission.READ: "melihat data",
        Permission.PRINT: "mencetak dokumen",
        Permission.EDIT: "mengubah data pegawai, unit, penilaian dan pengembangan kompetensi",
        Permission.IMPORT: "mengimpor data",
        Permission.EXPORT: "mengekspor data",
        Permission.BACKUP: "membuat cadangan",
        Permission.AGENCY: "mengubah identitas instansi",
        Permission.MANAGE_USERS: "mengelola pengguna",
        Permission.RESTORE: "memulihkan basis data dari cadangan",
    }
)


def role_allows(role: Role | str, permission: Permission) -> bool:
    try:
        return permission in ROLE_PERMISSIONS[Role(role)]
    except ValueError:  # a role this program does not know (newer database): nothing
        return False
