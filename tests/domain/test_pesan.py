"""domain.pesan: messages that are Indonesian text and carry what English needs (issue 7)."""

from __future__ import annotations

import ast
import json
import string
from datetime import date
from pathlib import Path

import pytest

from asn_desktop.domain import EmployeeDraft, StatusKepegawaian, validate_employee
from asn_desktop.domain.jabatan import JenisJabatan
from asn_desktop.domain.masukan import check_text
from asn_desktop.domain.nip import NipError, parse_nip
from asn_desktop.domain.pesan import (
    Pesan,
    bahasa,
    catalogue_path,
    dalam_bahasa,
    gabung,
    pesan,
    terjemahkan,
)

ROOT = Path(__file__).resolve().parents[2]


def _templates() -> dict[str, str]:
    """Every pesan("...") template in asn_desktop/, with where it is."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "asn_desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "pesan"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.setdefault(node.args[0].value, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name is not None}


CATALOGUE = json.loads(catalogue_path("en").read_text(encoding="utf-8"))


def test_every_message_in_the_sources_has_an_english_text() -> None:
    templates = _templates()
    assert len(templates) > 400
    missing = [f"{where}: {t!r}" for t, where in templates.items() if t not in CATALOGUE]
    assert not missing, "no English in resources/i18n/pesan_en.json for:\n" + "\n".join(missing)


def test_english_texts_use_the_same_placeholders() -> None:
    wrong = []
    for template, entry in CATALOGUE.items():
        forms = [entry] if isinstance(entry, str) else [entry["one"], entry["other"]]
        if not isinstance(entry, str):
            assert entry.get("count", "n") in _fields(template), template
        for form in forms:
            if _fields(form) != _fields(template) or not form.strip():
                wrong.append(f"{template!r} -> {form!r}")
    assert not wrong, "\n".join(wrong)


def test_a_message_is_its_indonesian_text_byte_for_byte() -> None:
    label = pesan("Nama")
    made = pesan(
        "{label} terlalu panjang: {n} karakter; maksimal {maks}.", label=label, n=3, maks=2
    )
    assert isinstance(made, Pesan) and isinstance(made, str)
    assert made == "Nama terlalu panjang: 3 karakter; maksimal 2."
    assert type(str(made)) is str and str(made) == made
    assert terjemahkan(made, "id") == made
    assert terjemahkan("teks biasa", "en") == "teks biasa"
    assert bahasa() == "id"
    # The converted validators say exactly what the f-strings said.
    [problem] = check_text("nama", "x" * 101)
    assert problem.message == "Nama terlalu panjang: 101 karakter; maksimal 100."


def test_english_rendering_translates_nested_messages_and_plural_forms() -> None:
    [problem] = check_text("nama", "x" * 101)
    assert terjemahkan(problem.message, "en") == "Name is too long: 101 characters; at most 100."
    with pytest.raises(NipError) as caught:
        parse_nip("1985031520100110")
    assert str(caught.value) == "NIP harus 18 digit; yang diisi 16 digit."
    assert terjemahkan(caught.value, "en") == "NIP must be 18 digits; 16 digits were entered."
    one = pesan(
        "{label} harus {nip_length} digit; yang diisi {n_text} digit.",
        label=pesan("NIK"),
        nip_length=16,
        n_text=1,
    )
    assert terjemahkan(one, "en") == "NIK must be 16 digits; 1 digit was entered."
    joined = gabung("\n", [pesan("Tanggal wajib diisi."), "teks"])
    assert joined == "Tanggal wajib diisi.\nteks"
    assert terjemahkan(joined, "en") == "The date is required.\nteks"
    assert terjemahkan(JenisJabatan.PENGAWAS.label, "en") == "Supervisor"
    assert JenisJabatan.PENGAWAS.label == "Pengawas"  # as printed in documents


def test_messages_are_made_in_the_fixed_language() -> None:
    draft = EmployeeDraft(
        nip="12345",
        nama="Budi",
        tanggal_lahir=date(1985, 3, 15),
        jenis_kelamin="L",
        status_kepegawaian=StatusKepegawaian.PNS.value,
    )
    with dalam_bahasa("en"):
        english = [p.message for p in validate_employee(draft, today=date(2026, 1, 1))]
    indonesian = [p.message for p in validate_employee(draft, today=date(2026, 1, 1))]
    assert "NIP must be 18 digits; 5 digits were entered." in english
    assert "NIP harus 18 digit; yang diisi 5 digit." in indonesian
    assert bahasa() == "id"
