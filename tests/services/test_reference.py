"""Look-ups in the SIASN catalogues as the jabatan/pendidikan completers use them."""

from __future__ import annotations

from collections import Counter

import pytest

from asn_desktop.services.reference import CodeOption, JabatanOption, ReferenceService


def test_search_jabatan_offers_pelaksana_and_fungsional(reference: ReferenceService) -> None:
    """The 153 mixed-case fungsional "Analis ..." must not drown in the 6,268 upper-case
    pelaksana "ANALIS ..." names (they did while both lists were sorted as one)."""
    options = reference.search_jabatan("analis")

    assert len(options) == 50
    per_list = Counter(o.katalog for o in options)
    assert per_list == {"fungsional": 25, "pelaksana": 25}  # half the limit each
    assert all(o.nama.lower().startswith("analis") for o in options)


def test_short_list_leaves_its_share_to_the_other(reference: ReferenceService) -> None:
    options = reference.search_jabatan("pranata komputer ahli")

    fungsional = [o for o in options if o.katalog == "fungsional"]
    assert [o.nama for o in fungsional] == [
        "Pranata Komputer Ahli Madya",
        "Pranata Komputer Ahli Muda",
        "Pranata Komputer Ahli Pertama",
        "Pranata Komputer Ahli Utama",
    ]
    pelaksana = [o.nama for o in options if o.katalog == "pelaksana"]
    assert "PRANATA KOMPUTER AHLI" in pelaksana
    assert options[len(fungsional) :] == [o for o in options if o.katalog == "pelaksana"]


def test_search_jabatan_both_catalogues_when_few_match(reference: ReferenceService) -> None:
    options = reference.search_jabatan("pranata komputer")

    assert {o.katalog for o in options} == {"pelaksana", "fungsional"}
    assert (
        JabatanOption(
            katalog="fungsional",
            id=next(o.id for o in options if o.nama == "Pranata Komputer Ahli Pertama"),
            nama="Pranata Komputer Ahli Pertama",
            jenis_jabatan="FUNGSIONAL_KEAHLIAN",
            jenjang="PT",
            usia_bup=58,
        )
        in options
    )
    pelaksana = next(o for o in options if o.nama == "PRANATA KOMPUTER")
    assert (pelaksana.jenis_jabatan, pelaksana.jenjang, pelaksana.usia_bup) == (
        "PELAKSANA",
        "",
        None,
    )


def test_search_jabatan_every_word_in_any_order_and_case(reference: ReferenceService) -> None:
    options = reference.search_jabatan("KEPEGAWAIAN analis", limit=500)

    assert options
    assert all("kepegawaian" in o.nama.lower() and "analis" in o.nama.lower() for o in options)
    names = {o.nama for o in options}
    assert "ANALIS KEPEGAWAIAN" in names
    assert "Analis Kepegawaian Muda / Ahli Muda" in names
    assert names == {o.nama for o in reference.search_jabatan("analis kepegawaian", limit=500)}


def test_names_starting_with_the_first_word_come_first(reference: ReferenceService) -> None:
    options = reference.search_jabatan("arsip", limit=200)

    for katalog in ("fungsional", "pelaksana"):
        names = [o.nama for o in options if o.katalog == katalog]
        starts = [n.lower().startswith("arsip") for n in names]
        assert starts == sorted(starts, reverse=True), katalog
    pelaksana = [o.nama for o in options if o.katalog == "pelaksana"]
    assert pelaksana[0].lower().startswith("arsip")
    # Plain alphabetical order would have put e.g. "ANALIS ARSIP ..." first.
    assert any(not n.lower().startswith("arsip") for n in pelaksana)
    assert pelaksana != sorted(pelaksana)


@pytest.mark.parametrize("limit", [1, 7, 50])
def test_search_jabatan_honours_limit(reference: ReferenceService, limit: int) -> None:
    assert len(reference.search_jabatan("analis", limit=limit)) == limit


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_text_returns_nothing(reference: ReferenceService, text: str) -> None:
    assert reference.search_jabatan(text) == []
    assert reference.search_pendidikan(text) == []


@pytest.mark.parametrize("text", ["%", "_", "ana%is", "anal_s"])
def test_wildcards_are_literal(reference: ReferenceService, text: str) -> None:
    assert reference.search_jabatan(text) == []
    assert reference.search_pendidikan(text) == []


def test_search_pendidikan(reference: ReferenceService) -> None:
    options = reference.search_pendidikan("informatika TEKNIK", limit=500)

    assert len(options) > 50
    assert all(isinstance(o, CodeOption) and o.code for o in options)
    assert all("teknik" in o.nama.lower() and "informatika" in o.nama.lower() for o in options)
    assert "D-IV/S-1 TEKNIK INFORMATIKA" in {o.nama for o in options}
    assert [o.nama for o in options] == sorted(o.nama for o in options)
    assert len(reference.search_pendidikan("teknik informatika", limit=5)) == 5
    assert len(reference.search_pendidikan("teknik informatika")) == 50


def test_codes_kedudukan_hukum(reference: ReferenceService) -> None:
    codes = reference.codes("kedudukanHukum")

    assert codes[0] == CodeOption("01", "Aktif")
    assert CodeOption("99", "Pensiun") in codes
    assert [c.code for c in codes] == sorted(c.code for c in codes)


def test_codes_of_unknown_catalogue_is_empty(reference: ReferenceService) -> None:
    assert reference.codes("tidakAda") == []
