import pytest

from asn_desktop.domain.nama import (
    NAMA_MAX_LENGTH,
    format_nama_lengkap,
    split_nama_bergelar,
    validate_nama,
)


def test_format_full_example() -> None:
    assert format_nama_lengkap("Dr. H.", "Ahmad Sutisna", "S.T., M.T.") == (
        "Dr. H. Ahmad Sutisna, S.T., M.T."
    )


@pytest.mark.parametrize(
    ("depan", "nama", "belakang", "expected"),
    [
        (None, "Ahmad Sutisna", None, "Ahmad Sutisna"),
        ("", "Ahmad Sutisna", "S.Kom.", "Ahmad Sutisna, S.Kom."),
        ("Hj.", "Siti  Aminah", "", "Hj. Siti Aminah"),
        ("  Dr.  H. ", " Ahmad\tSutisna ", " , S.T.,, M.T. ,", "Dr. H. Ahmad Sutisna, S.T., M.T."),
        ("Ir.", "Budi,", ",M.Si.", "Ir. Budi, M.Si."),
    ],
)
def test_format_tidies_whitespace_and_commas(
    depan: str | None, nama: str, belakang: str | None, expected: str
) -> None:
    assert format_nama_lengkap(depan, nama, belakang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dr. H. Ahmad Sutisna, S.T., M.T.", ("Dr. H.", "Ahmad Sutisna", "S.T., M.T.")),
        ("Ahmad Sutisna", ("", "Ahmad Sutisna", "")),
        ("Ahmad Sutisna, S.Kom.", ("", "Ahmad Sutisna", "S.Kom.")),
        ("dr. Rina Marlina, Sp.A.", ("dr.", "Rina Marlina", "Sp.A.")),
        ("Hj. Siti Aminah", ("Hj.", "Siti Aminah", "")),
        ("Prof. Dr. Ir. H. Dede, M.Si.", ("Prof. Dr. Ir. H.", "Dede", "M.Si.")),
        ("DRS. H. ASEP SUNANDAR,  M.SI", ("DRS. H.", "ASEP SUNANDAR", "M.SI")),
        ("drg.Nina", ("drg.", "Nina", "")),
        ("K.H. Ahmad", ("K.H.", "Ahmad", "")),
        ("Ns. Dewi, S.Kep.", ("Ns.", "Dewi", "S.Kep.")),
        ("apt. Yuni, S.Farm.", ("apt.", "Yuni", "S.Farm.")),
        ("Irwan Hidayat", ("", "Irwan Hidayat", "")),
        ("Drajat", ("", "Drajat", "")),
        ("H.", ("", "H.", "")),
        ("", ("", "", "")),
    ],
)
def test_split(text: str, expected: tuple[str, str, str]) -> None:
    assert split_nama_bergelar(text) == expected


def test_split_then_format_round_trips() -> None:
    text = "Dr. H. Ahmad Sutisna, S.T., M.T."
    assert format_nama_lengkap(*split_nama_bergelar(text)) == text


@pytest.mark.parametrize(
    "nama",
    ["Ahmad Sutisna", "Siti Nur'aini", "R. Dewi Sartika", "Anne-Marie", "José Müller", "Ɓ"],
)
def test_valid_names(nama: str) -> None:
    assert validate_nama(nama) is None


def test_decomposed_accent_is_accepted() -> None:
    assert validate_nama("Jose\u0301") is None


@pytest.mark.parametrize("nama", ["", "   ", None])
def test_name_required(nama: str | None) -> None:
    assert validate_nama(nama) == "Nama wajib diisi."


def test_name_too_long() -> None:
    assert validate_nama("a" * NAMA_MAX_LENGTH) is None
    assert validate_nama("a" * 101) == "Nama terlalu panjang: 101 karakter; maksimal 100."


def test_bad_character_is_named_with_position() -> None:
    message = validate_nama("Ahmad 2")
    assert message is not None
    assert message.startswith('Nama berisi karakter "2" pada posisi 7;')


def test_comma_hints_at_title_fields() -> None:
    message = validate_nama("Ahmad, S.T.")
    assert message is not None
    assert "gelar" in message


def test_punctuation_only_is_rejected() -> None:
    assert validate_nama("...") == "Nama harus berisi huruf."
