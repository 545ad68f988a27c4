"""The version is written in several files that Windows packaging reads; they must agree."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import asn_desktop

ROOT = Path(__file__).resolve().parents[1]


def test_version_agrees_everywhere() -> None:
    version = asn_desktop.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == version
    info = (ROOT / "packaging" / "version_info.txt").read_text(encoding="utf-8")
    numbers = tuple(int(p) for p in version.split("."))
    padded = numbers + (0,) * (4 - len(numbers))
    assert f"filevers={padded!r}".replace(" ", "") in info.replace(" ", "")
    assert f"StringStruct('ProductVersion', '{version}')" in info
    iss = (ROOT / "packaging" / "asn-desktop.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{version}"' in iss


def test_installer_has_a_valid_app_id() -> None:
    iss = (ROOT / "packaging" / "asn-desktop.iss").read_text(encoding="utf-8")
    assert re.search(
        r"AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", iss
    )


def test_spec_bundles_every_data_folder_that_exists() -> None:
    spec = (ROOT / "packaging" / "asn-desktop.spec").read_text(encoding="utf-8")
    for folder in ("siasn", "policy", "i18n", "fonts"):
        source = f'str(PACKAGE / "resources" / "{folder}")'
        assert f'({source}, "asn_desktop/resources/{folder}")' in spec
        assert any((ROOT / "resources" / folder).iterdir())
    assert '(str(PACKAGE / "db" / "migrations"), "asn_desktop/db/migrations")' in spec
    assert "upx=False" in spec


def test_installed_resources_are_found_through_the_package() -> None:
    from asn_desktop.resources import RESOURCE_DIR, policy_data, siasn_table

    assert (RESOURCE_DIR / "siasn" / "ATTRIBUTION.md").is_file()
    assert len(siasn_table("golonganPns")) == 17
    assert policy_data("bup")["name"] == "bup"
