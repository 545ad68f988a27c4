"""ASN_DESKTOP_LANG=en: the services' messages in English on the command line (issue 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from asn_desktop.cli import cli_language
from asn_desktop.domain import pesan

from .conftest import Run
from .helpers import BUDI, populate


@pytest.fixture
def register(db_file: Path) -> Path:
    populate(db_file)
    return db_file


def test_the_language_comes_from_asn_desktop_lang_only() -> None:
    assert cli_language({}) == "id"
    assert cli_language({"ASN_DESKTOP_LANG": "en"}) == "en"
    assert cli_language({"ASN_DESKTOP_LANG": "EN_gb"}) == "en"
    assert cli_language({"ASN_DESKTOP_LANG": "id"}) == "id"
    assert cli_language({"ASN_DESKTOP_LANG": "fr"}) == "id"
    assert cli_language({"LANG": "en_US.UTF-8"}) == "id"  # the machine's locale is not followed


def test_a_bad_nip_is_refused_in_english_with_asn_desktop_lang_en(
    run: Run, register: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    indonesian = run("employees", "set", BUDI, "nip=12345", "--db", register)
    assert indonesian.code == 1
    assert "Data belum benar: - NIP harus 18 digit; yang diisi 5 digit." in indonesian.reason
    monkeypatch.setenv("ASN_DESKTOP_LANG", "en")
    english = run("employees", "set", BUDI, "nip=12345", "--db", register)
    assert english.code == 1
    assert english.err.count("\n") == 1  # still one line
    assert "The data are not right yet: - NIP must be 18 digits; 5 digits were entered." in (
        english.reason
    )
    assert "harus" not in english.reason
    assert pesan.bahasa() == "id"  # only for that command
