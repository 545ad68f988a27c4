"""Every write use case refuses a viewer, found by introspection so new ones are covered.

A use case is a method decorated with services.permissions.use_case; Database.unit_of_work
refuses a write outside one, so an undecorated write fails its own tests instead.
"""

from __future__ import annotations

import hashlib
import importlib
import inspect
import pkgutil
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as

import asn_desktop.services
from asn_desktop.domain.peran import Permission, Role, role_allows
from asn_desktop.services.database import Database
from asn_desktop.services.errors import PermissionDenied


def _service_modules() -> Iterator[Any]:
    for info in pkgutil.iter_modules(asn_desktop.services.__path__):
        yield importlib.import_module(f"asn_desktop.services.{info.name}")


def _use_cases() -> list[tuple[str, type, str, Any]]:
    found: dict[tuple[type, str], Any] = {}
    for module in _service_modules():
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            if not cls.__module__.startswith("asn_desktop.services"):
                continue
            for attr, fn in inspect.getmembers(cls, inspect.isfunction):
                permission = getattr(fn, "__permission__", None)
                if permission is not None and not attr.startswith("_"):
                    found[(cls, attr)] = permission
        # A use case may also be a module function taking the Database first.
        for attr, fn in inspect.getmembers(module, inspect.isfunction):
            permission = getattr(fn, "__permission__", None)
            if permission is not None and fn.__module__ == module.__name__:
                found[(_ModuleFunction, f"{module.__name__.rsplit('.', 1)[-1]}.{attr}")] = (
                    permission
                )
    return sorted(
        ((f"{cls.__name__}.{attr}", cls, attr, perm) for (cls, attr), perm in found.items()),
        key=lambda item: item[0],
    )


class _ModuleFunction:
    """Stands for "a module-level use case" in the (class, name) keys."""


USE_CASES = _use_cases()
VIEWER_REFUSED = [
    item for item in USE_CASES
    if isinstance(item[3], Permission) and not role_allows(Role.VIEWER, item[3])
]


def test_the_introspection_finds_the_known_write_use_cases() -> None:
    names = {name for name, *_ in VIEWER_REFUSED}
    # A floor, not the list: new use cases join automatically.
    assert {
        "EmployeeService.create",
        "EmployeeService.update",
        "EmployeeService.delete",
        "EmployeeService.add_rank",
        "OrgUnitService.create",
        "UserService.add",
        "Database.set_agency",
    } <= names


def _fingerprint(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def _bound(cls: type, attr: str, db: Database) -> Callable[..., Any]:
    if cls is _ModuleFunction:
        module, name = attr.split(".")
        fn = getattr(importlib.import_module(f"asn_desktop.services.{module}"), name)
        return lambda *args, **kwargs: fn(db, *args, **kwargs)
    return getattr(db if cls is Database else cls(db), attr)


def _dummy_call(fn: Callable[..., Any]) -> Callable[[], Any]:
    signature = inspect.signature(fn)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in signature.parameters.values():
        if parameter.default is not inspect.Parameter.empty:
            continue
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = None
        elif parameter.kind in (
            inspect.Parameter.POSITIONAL_ONLY,
            inspect.Parameter.POSITIONAL_OR_KEYWORD,
        ):
            args.append(None)
    return lambda: fn(*args, **kwargs)


@pytest.fixture
def viewer_db(db_path: Path) -> Iterator[Database]:
    db = open_as(db_path, "viewer")
    yield db
    db.close()


@pytest.mark.parametrize(
    ("name", "cls", "attr", "permission"), VIEWER_REFUSED, ids=[u[0] for u in VIEWER_REFUSED]
)
def test_a_viewer_is_refused_and_nothing_is_written(
    viewer_db: Database, db_path: Path, name: str, cls: type, attr: str, permission: Permission
) -> None:
    before = _fingerprint(db_path)
    method = _bound(cls, attr, viewer_db)
    with pytest.raises(PermissionDenied, match="tidak berhak"):
        _dummy_call(method)()
    assert _fingerprint(db_path) == before, f"{name} wrote as a viewer"


@pytest.mark.parametrize(
    ("name", "cls", "attr", "permission"), VIEWER_REFUSED, ids=[u[0] for u in VIEWER_REFUSED]
)
def test_nobody_signed_in_is_refused(
    db_path: Path, name: str, cls: type, attr: str, permission: Permission
) -> None:
    db = Database.open(db_path)
    try:
        before = _fingerprint(db_path)
        with pytest.raises(PermissionDenied, match="belum masuk"):
            _dummy_call(_bound(cls, attr, db))()
        assert _fingerprint(db_path) == before
    finally:
        db.close()
