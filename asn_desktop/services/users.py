"""Accounts: the first administrator, signing in, lockout, passwords and roles.

Passwords are hashed with Argon2id (services.password_hashing) and never leave this module
as text. A wrong user
name and a wrong password get the same message and take the same time.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from asn_desktop.db.access_models import AppUser
from asn_desktop.db.errors import DatabaseError, DatabaseReadOnly
from asn_desktop.domain import FieldProblem
from asn_desktop.domain.kata_sandi import (
    normalize_username,
    validate_password,
    validate_username,
)
from asn_desktop.domain.peran import ROLE_LABELS, Permission, Role
from asn_desktop.domain.pesan import pesan
from asn_desktop.services import audit
from asn_desktop.services.database import Database
from asn_desktop.services.errors import (
    LoginFailed,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from asn_desktop.services.password_hashing import (
    dummy_hash,
    hash_password,
    needs_rehash,
    verify_password,
)
from asn_desktop.services.permissions import SignedIn, authentication_use_case, use_case
from asn_desktop.services.policies import policy

WRONG_CREDENTIALS = "Nama pengguna atau kata sandi salah."
# Per failure beyond the limit, for the one administrator who is never locked.
LAST_ADMIN_PAUSE_SECONDS = 1.0
# Published in the README; used only by the demo generator on a throwaway database.
DEMO_PASSWORDS = {"admin": "demo-admin", "operator": "demo-operator", "viewer": "demo-viewer"}
_ENTITY = "app_user"


def max_failed_logins(on: datetime | None = None) -> int:
    day = (on or datetime.now(UTC)).date()
    return int(policy("login").at(day).values["gagal_maksimal"])


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: Role
    locked: bool
    must_change_password: bool
    failed_logins: int
    created_at: datetime
    last_login_at: datetime | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def _aware(moment: datetime | None) -> datetime | None:
    # Stored in UTC; SQLite hands it back without the zone.
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _info(user: AppUser) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        role=Role(user.role),
        locked=user.locked_at is not None,
        must_change_password=user.must_change_password,
        failed_logins=user.failed_logins,
        created_at=_aware(user.created_at) or user.created_at,
        last_login_at=_aware(user.last_login_at),
    )


def _signed_in(user: AppUser) -> SignedIn:
    return SignedIn(
        user.id,
        user.username,
        Role(user.role),
        user.full_name,
        must_change_password=user.must_change_password,
    )


def _role(role: str) -> Role:
    try:
        return Role(role.strip().lower())
    except ValueError:
        known = ", ".join(r.value for r in Role)
        raise ValidationFailed(
            [
                FieldProblem(
                    "role",
                    pesan(
                        "Peran '{role}' tidak dikenal; pilih salah satu: {known}.",
                        role=role,
                        known=known,
                    ),
                )
            ]
        ) from None


def _full_name(text: str) -> str:
    name = " ".join(text.split())
    if len(name) > 100:
        raise ValidationFailed(
            [FieldProblem("full_name", pesan("Nama lengkap paling banyak 100 karakter."))]
        )
    if any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 for c in name):
        raise ValidationFailed(
            [FieldProblem("full_name", pesan("Nama lengkap tidak boleh berisi karakter kendali."))]
        )
    return name


class UserService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------

    @use_case(Permission.MANAGE_USERS)
    def accounts(self) -> list[UserInfo]:
        """Every account with its lock and failure count: for administrators only (it
        tells which names exist)."""
        with self.db.reading() as session:
            return [_info(u) for u in session.scalars(select(AppUser).order_by(AppUser.username))]

    def get(self, username: str) -> UserInfo:
        with self.db.reading() as session:
            return _info(self._load(session, username))

    def count(self) -> int:
        with self.db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(AppUser)) or 0)

    # -- signing in ---------------------------------------------------------------------------

    @authentication_use_case
    def sign_in(self, username: str, password: str) -> SignedIn:
        """Check the password; on success the database acts as this user from now on.

        A failure is recorded (and counted towards the lockout) even though it raises.
        """
        name = normalize_username(username)
        if self.db.read_only:
            return self._verify_only(name, password)
        try:
            return self._sign_in(name, password)
        except DatabaseReadOnly:
            # A write-protected file (a backup on a CD, a read-only share) can still be
            # looked at; the sign-in just cannot be recorded there.
            return self._verify_only(name, password)

    def _sign_in(self, name: str, password: str) -> SignedIn:
        failure: str | None = None
        with self.db.unit_of_work() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == name))
            if user is None:
                verify_password(dummy_hash(), password)
                # What was typed may be a password in the wrong field, or control
                # characters: only a well-formed name is kept.
                shown = name if not validate_username(name) else "(nama tidak sah)"
                audit.record(
                    session,
                    "login_failed",
                    entity_type=_ENTITY,
                    label=shown,
                    detail="nama pengguna tidak dikenal",
                    username=shown,
                )
                failure = WRONG_CREDENTIALS
            elif not verify_password(user.password_hash, password):
                failure = self._count_failure(session, user)
            elif user.locked_at is not None:
                audit.record(
                    session,
                    "login_failed",
                    entity_type=_ENTITY,
                    label=user.username,
                    detail="akun terkunci",
                    username=user.username,
                )
                failure = self._locked_message(user.username)
            else:
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                user.failed_logins = 0
                user.last_login_at = datetime.now(UTC)
                signed = _signed_in(user)
                self.db.user = signed
                audit.record(session, "login", entity_type=_ENTITY, label=user.username)
        if failure is not None:
            self.db.user = None
            raise LoginFailed(failure)
        return signed

    def _verify_only(self, name: str, password: str) -> SignedIn:
        """Sign in on a database opened read-only (db check, employees list): a success
        writes nothing, since looking must never write; a failure still counts towards the
        lockout, recorded through a writable connection when the file allows one (else a
        read-only route would allow endless guessing)."""
        with self.db.reading() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == name))
        if user is not None and verify_password(user.password_hash, password):
            if user.locked_at is not None:
                raise LoginFailed(self._locked_message(user.username))
            self.db.user = _signed_in(user)
            return self.db.user
        if user is None:
            verify_password(dummy_hash(), password)
        if self.db.target is not None and self.db.report.older_revision is None:
            try:
                counting = Database.open(self.db.target, allow_network_share=True)
            except DatabaseError:
                pass  # cannot even be opened for writing: nothing to count in
            else:
                try:
                    UserService(counting).sign_in(name, password)
                finally:
                    counting.close()
        raise LoginFailed(WRONG_CREDENTIALS)

    def _count_failure(self, session: Session, user: AppUser) -> str:
        # One UPDATE ... RETURNING: two wrong passwords typed at once on PostgreSQL both count.
        failed = session.execute(
            update(AppUser)
            .where(AppUser.id == user.id)
            .values(failed_logins=AppUser.failed_logins + 1)
            .returning(AppUser.failed_logins)
            .execution_options(synchronize_session=False)
        ).scalar_one()
        audit.record(
            session,
            "login_failed",
            entity_type=_ENTITY,
            label=user.username,
            detail=f"kata sandi salah ({failed}x berturut-turut)",
            username=user.username,
        )
        limit = max_failed_logins()
        if user.locked_at is None and failed >= limit and self._is_last_admin(session, user):
            # Locking the only administrator would leave nobody to unlock anyone: the
            # guessing is slowed instead (Argon2 plus a growing pause) and recorded.
            time.sleep(min(failed - limit + 1, 10) * LAST_ADMIN_PAUSE_SECONDS)
            audit.record(
                session,
                "login_failed",
                entity_type=_ENTITY,
                label=user.username,
                detail="tidak dikunci: administrator aktif terakhir",
                username="sistem",
            )
            return (
                f"{WRONG_CREDENTIALS} Akun {user.username} tidak dikunci karena satu-satunya "
                "administrator aktif; setiap percobaan berikutnya diperlambat."
            )
        if user.locked_at is None and failed >= limit:
            session.execute(
                update(AppUser)
                .where(AppUser.id == user.id)
                .values(locked_at=datetime.now(UTC), revision=AppUser.revision + 1)
                .execution_options(synchronize_session=False)
            )
            audit.record(
                session,
                "lock",
                entity_type=_ENTITY,
                label=user.username,
                detail=f"otomatis setelah {failed} kali salah kata sandi",
                username="sistem",
            )
            return (
                f"{WRONG_CREDENTIALS} Akun {user.username} kini dikunci setelah {failed} kali "
                "gagal; minta administrator membukanya."
            )
        if user.locked_at is not None:
            return self._locked_message(user.username)
        left = limit - failed
        return f"{WRONG_CREDENTIALS} Sisa {left} kali percobaan sebelum akun dikunci."

    @staticmethod
    def _is_last_admin(session: Session, user: AppUser) -> bool:
        if user.role != Role.ADMIN.value:
            return False
        others = session.scalar(
            select(func.count())
            .select_from(AppUser)
            .where(
                AppUser.role == Role.ADMIN.value,
                AppUser.locked_at.is_(None),
                AppUser.id != user.id,
            )
        )
        return not others

    @staticmethod
    def _locked_message(username: str) -> str:
        return f"Akun {username} terkunci; minta administrator membukanya (menu Pengguna)."

    def sign_out(self) -> None:
        self.db.sign_out()

    @authentication_use_case
    def change_password(self, username: str, old_password: str, new_password: str) -> None:
        """A user changes their own password, proving the old one (also after a reset)."""
        name = normalize_username(username)
        problems = validate_password(new_password, username=name)
        if new_password == old_password:
            problems.append(
                FieldProblem("password", pesan("Kata sandi baru harus berbeda dari yang lama."))
            )
        if problems:
            raise ValidationFailed(problems)
        failure: str | None = None
        with self.db.unit_of_work() as session:
            user = session.scalar(select(AppUser).where(AppUser.username == name))
            if user is None:
                verify_password(dummy_hash(), old_password)
                failure = WRONG_CREDENTIALS
            elif not verify_password(user.password_hash, old_password):
                failure = self._count_failure(session, user)
            elif user.locked_at is not None:
                failure = self._locked_message(user.username)
            else:
                user.password_hash = hash_password(new_password)
                user.must_change_password = False
                user.failed_logins = 0
                audit.record(
                    session,
                    "password",
                    entity_type=_ENTITY,
                    label=user.username,
                    detail="diganti sendiri",
                )
                if self.db.user is not None and self.db.user.user_id == user.id:
                    self.db.user = _signed_in(user)
        if failure is not None:
            raise LoginFailed(failure)

    @authentication_use_case
    def create_first_admin(self, username: str, password: str, full_name: str = "") -> UserInfo:
        """The first account of a database, which has none: always an administrator."""
        name, clean_name = self._checked_new(username, password, full_name)
        with self.db.unit_of_work() as session:
            if session.scalar(select(AppUser.id).limit(1)) is not None:
                raise PermissionDenied(
                    pesan(
                        "Basis data ini sudah punya pengguna; administrator baru hanya bisa "
                        "ditambahkan oleh administrator yang sudah masuk.",
                    )
                )
            user = self._insert(session, name, Role.ADMIN, password, clean_name, must_change=False)
            # The set-up dialog and `users add` go straight on as this administrator.
            self.db.user = _signed_in(user)
            info = _info(user)
        return info

    @authentication_use_case
    def create_demo_accounts(self) -> list[UserInfo]:
        """admin, operator and viewer with the published demo passwords (README): only
        for a demo database, which holds no real person's data, and only when it has no
        accounts yet. Real databases never get a default password."""
        infos = [self.create_first_admin("admin", DEMO_PASSWORDS["admin"], "Administrator Demo")]
        for role in (Role.OPERATOR, Role.VIEWER):
            infos.append(
                self.add(
                    role.value,
                    role.value,
                    DEMO_PASSWORDS[role.value],
                    f"{role.value.capitalize()} Demo",
                    must_change_password=False,
                )
            )
        return infos

    # -- administration ----------------------------------------------------------------------

    @use_case(Permission.MANAGE_USERS)
    def add(
        self,
        username: str,
        role: str,
        password: str,
        full_name: str = "",
        *,
        must_change_password: bool = True,
    ) -> UserInfo:
        """A new account. By default its holder must choose their own password at first
        sign-in, since the administrator knows this one."""
        chosen = _role(role)
        name, clean_name = self._checked_new(username, password, full_name)
        with self.db.unit_of_work() as session:
            if session.scalar(select(AppUser.id).where(AppUser.username == name)) is not None:
                raise ValidationFailed(
                    [
                        FieldProblem(
                            "username", pesan("Nama pengguna '{name}' sudah dipakai.", name=name)
                        )
                    ]
                )
            user = self._insert(
                session, name, chosen, password, clean_name, must_change=must_change_password
            )
            return _info(user)

    @use_case(Permission.MANAGE_USERS)
    def lock(self, username: str) -> None:
        with self.db.unit_of_work() as session:
            user = self._load(session, username)
            # Refusing one's own account also keeps an administrator: the one acting.
            self._refuse_self(user, "mengunci")
            if user.locked_at is not None:
                return
            user.locked_at = datetime.now(UTC)
            audit.record(
                session,
                "lock",
                entity_type=_ENTITY,
                label=user.username,
                detail="oleh administrator",
            )

    @use_case(Permission.MANAGE_USERS)
    def unlock(self, username: str) -> None:
        with self.db.unit_of_work() as session:
            user = self._load(session, username)
            if user.locked_at is None and user.failed_logins == 0:
                return
            user.locked_at = None
            user.failed_logins = 0
            audit.record(session, "unlock", entity_type=_ENTITY, label=user.username)

    @use_case(Permission.MANAGE_USERS)
    def reset_password(self, username: str, new_password: str) -> None:
        """Set a temporary password; its holder must change it at the next sign-in."""
        name = normalize_username(username)
        problems = validate_password(new_password, username=name)
        if problems:
            raise ValidationFailed(problems)
        with self.db.unit_of_work() as session:
            user = self._load(session, name)
            user.password_hash = hash_password(new_password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_at = None
            audit.record(
                session,
                "password",
                entity_type=_ENTITY,
                label=user.username,
                detail="disetel ulang oleh administrator; wajib diganti",
            )

    @use_case(Permission.MANAGE_USERS)
    def set_role(self, username: str, role: str) -> None:
        chosen = _role(role)
        with self.db.unit_of_work() as session:
            user = self._load(session, username)
            if user.role == chosen.value:
                return
            if chosen is not Role.ADMIN:
                self._refuse_self(user, "menurunkan peran")
            before = user.role
            user.role = chosen.value
            audit.record(
                session,
                "update",
                entity_type=_ENTITY,
                label=user.username,
                changes={"role": [before, chosen.value]},
            )

    # -- internals -----------------------------------------------------------------------------

    @staticmethod
    def _checked_new(username: str, password: str, full_name: str) -> tuple[str, str]:
        name = normalize_username(username)
        problems = validate_username(name) + validate_password(password, username=name)
        if problems:
            raise ValidationFailed(problems)
        return name, _full_name(full_name)

    @staticmethod
    def _insert(
        session: Session, name: str, role: Role, password: str, full_name: str, *, must_change: bool
    ) -> AppUser:
        user = AppUser(
            username=name,
            full_name=full_name,
            role=role.value,
            password_hash=hash_password(password),
            must_change_password=must_change,
            failed_logins=0,
        )
        session.add(user)
        session.flush()
        audit.record(
            session,
            "create",
            entity_type=_ENTITY,
            label=name,
            changes={
                "username": [None, name],
                "role": [None, role.value],
                "full_name": [None, full_name],
            },
        )
        return user

    @staticmethod
    def _load(session: Session, username: str) -> AppUser:
        name = normalize_username(username)
        user = session.scalar(select(AppUser).where(AppUser.username == name))
        if user is None:
            raise NotFound(pesan("Pengguna '{name}' tidak ada.", name=name))
        return user

    def _refuse_self(self, user: AppUser, what: str) -> None:
        if self.db.user is not None and self.db.user.user_id == user.id:
            raise PermissionDenied(
                pesan("Administrator tidak bisa {what} akunnya sendiri.", what=what)
            )
