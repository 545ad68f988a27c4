"""One declared permission per use case, checked before the use case runs.

Every public write method of a service is decorated with `@use_case(Permission.X)`. The
decorator checks the signed-in user's role and marks the call as a declared use case;
`Database.unit_of_work` refuses to open a write transaction outside one, so a write that
forgot its declaration fails in its first test instead of skipping the check.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, Protocol, TypeVar

from asn_desktop.domain.peran import PERMISSION_LABELS, Permission, Role, role_allows
from asn_desktop.domain.pesan import pesan
from asn_desktop.services.errors import PermissionDenied

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

P = ParamSpec("P")
R = TypeVar("R")

# The permission of the use case running in this thread (None: none declared). A
# ContextVar rather than a thread-local so that it is also right inside asyncio tasks.
_declared: ContextVar[Permission | str | None] = ContextVar("asn_use_case", default=None)

AUTHENTICATION = "authentication"  # sign-in and the first administrator: no one signed in yet


@dataclass(frozen=True)
class SignedIn:
    user_id: int
    username: str
    role: Role
    full_name: str = ""
    must_change_password: bool = False
    locked: bool = False

    def may(self, permission: Permission) -> bool:
        return role_allows(self.role, permission)


class _HasDb(Protocol):
    db: Database


def declared_use_case() -> Permission | str | None:
    return _declared.get()


def denial(user: SignedIn | None, permission: Permission) -> str | None:
    """Why `user` may not do `permission`, or None when allowed."""
    if user is None:
        return pesan(
            "Anda belum masuk (login), jadi tidak berhak {permission_labels}. Masuk dahulu "
            "dengan nama pengguna dan kata sandi.",
            permission_labels=PERMISSION_LABELS[permission],
        )
    if user.locked:
        return pesan(
            "Akun {username} dikunci administrator; tidak ada yang diubah.",
            username=user.username,
        )
    if user.must_change_password:
        return pesan(
            "Kata sandi {username} disetel ulang administrator dan harus diganti dahulu "
            "(Ganti kata sandi, atau 'asn-desktop users passwd').",
            username=user.username,
        )
    if not user.may(permission):
        return pesan(
            "Pengguna {username} (peran {value}) tidak berhak {permission_labels}. Tidak "
            "ada yang diubah.",
            username=user.username,
            value=user.role.value,
            permission_labels=PERMISSION_LABELS[permission],
        )
    return None


def _database_of(owner: Any) -> Database:
    db = getattr(owner, "db", owner)
    return db  # type: ignore[no-any-return]


def use_case(
    permission: Permission,
) -> Callable[[Callable[Concatenate[Any, P], R]], Callable[Concatenate[Any, P], R]]:
    """Declare the permission a use case needs; checked before the method body runs."""

    def decorate(fn: Callable[Concatenate[Any, P], R]) -> Callable[Concatenate[Any, P], R]:
        @functools.wraps(fn)
        def wrapper(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
            # Read afresh: an administrator may have changed the role or locked the
            # account since this person signed in.
            db = _database_of(self)
            reason = denial(db.refreshed_user(), permission)
            if reason is not None:
                if db.user is None and not db.has_users():
                    reason = pesan(
                        "Basis data ini belum punya pengguna, jadi belum ada yang berhak "
                        "{permission_labels}. Buat administrator dahulu (di aplikasi saat "
                        "membuka, atau 'asn-desktop users add NAMA --role admin').",
                        permission_labels=PERMISSION_LABELS[permission],
                    )
                raise PermissionDenied(reason)
            token = _declared.set(permission)
            try:
                return fn(self, *args, **kwargs)
            finally:
                _declared.reset(token)

        wrapper.__permission__ = permission  # type: ignore[attr-defined]
        return wrapper

    return decorate


def authentication_use_case(
    fn: Callable[Concatenate[Any, P], R],
) -> Callable[Concatenate[Any, P], R]:
    """For signing in (and creating the very first administrator): no one is signed in,
    and the method checks its own preconditions inside its transaction."""

    @functools.wraps(fn)
    def wrapper(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
        token = _declared.set(AUTHENTICATION)
        try:
            return fn(self, *args, **kwargs)
        finally:
            _declared.reset(token)

    wrapper.__permission__ = AUTHENTICATION  # type: ignore[attr-defined]
    return wrapper
