"""The input policy: lengths, refused characters, date bounds, masa kerja, terminal escaping."""

import dataclasses
import unicodedata
from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asn_desktop.domain import (
    DATE_FIELDS,
    INT_FIELDS,
    TEXT_FIELDS,
    EmployeeDraft,
    FieldProblem,
    check_characters,
    check_date,
    check_fields,
    check_int_range,
    check_text,
    escape_for_terminal,
    pegawai,
    validate_employee,
)

TODAY = date(2026, 11, 27)

TERMINAL_ATTACK = "\x1b]0;pwned\x07\x1b[2J"
REFUSED = [
    "\x00",  # NUL: PostgreSQL refuses it with a driver error
    "\x07",
    "\x08",
    "\r",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",  # C1 CSI
    "\u2028",
    "\u2029",
    "\u061c",
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
    "\ud800",  # lone surrogates
    "\udfff",
]
# Neither controls nor bidi: allowed (joiners, soft hyphen, accents, emoji, other scripts).
ALLOWED = ["\u200b", "\u200c", "\u200d", "\u00ad", "é", "ñ", "\u0301", "😀", "ا", "中", "\\"]

refused_chars = st.sampled_from(REFUSED) | st.characters(max_codepoint=0x1F).filter(
    lambda ch: ch not in "\t\n"
)
# Hypothesis' text excludes surrogates already; leave out the other refused characters.
clean_text = st.text(
    st.characters(exclude_categories=("Cc", "Cs", "Zl", "Zp")).filter(lambda ch: ch not in REFUSED)
)


def one(problems: list[FieldProblem]) -> FieldProblem:
    assert len(problems) == 1, problems
    return problems[0]


# -- the table ----------------------------------------------------------------------------


def test_every_text_field_of_the_employee_form_has_a_rule() -> None:
    coded = {"status_kepegawaian", "jenis_kelamin", "kedudukan_hukum"}  # checked against lists
    for f in dataclasses.fields(EmployeeDraft):
        if f.type in ("str", str) and f.name not in coded:
            assert f.name in TEXT_FIELDS, f.name
        if "date" in str(f.type):
            assert f.name in DATE_FIELDS, f.name


def test_only_free_texts_are_multiline() -> None:
    assert {k for k, rule in TEXT_FIELDS.items() if rule.multiline} == {
        "alamat",
        "keterangan",
        "rhk",
        "rhk_atasan",
        "indikator",
        "realisasi",
        "bukti",
        "umpan_balik",
        "ekspektasi",
        "catatan",
        "alasan_buka",
        "kompetensi_deskripsi",
        "asesmen_catatan",
        "anggaran_keterangan",
        "rencana_catatan",
        "rencana_alasan_draf",
        "penurunan_alasan",
    }


def test_date_bounds() -> None:
    assert DATE_FIELDS["tanggal_lahir"].bounds(TODAY) == (date(1900, 1, 1), TODAY)
    for field in ("tmt_cpns", "tmt_pns", "tmt", "sk_tanggal"):
        assert DATE_FIELDS[field].bounds(TODAY) == (date(1950, 1, 1), date(2027, 11, 27))
    # A year ahead of 29 February is 28 February.
    assert DATE_FIELDS["tmt"].latest(date(2028, 2, 29)) == date(2029, 2, 28)


def test_unknown_field_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match="no input rule"):
        check_text("no_such_field", "x")


# The competency development fields: (key, label, length, multiline).
PENGEMBANGAN = [
    ("kompetensi_kode", "Kode kompetensi", 40, False),
    ("kompetensi_nama", "Nama kompetensi", 200, False),
    ("kompetensi_deskripsi", "Deskripsi kompetensi", 1000, True),
    ("asesor", "Asesor", 200, False),
    ("asesmen_catatan", "Catatan asesmen", 4000, True),
    ("anggaran_keterangan", "Keterangan anggaran", 1000, True),
    ("penyelenggara", "Penyelenggara", 200, False),
    ("rencana_rute", "Rute pengembangan", 200, False),
    ("rencana_catatan", "Catatan butir rencana", 4000, True),
    ("rencana_penyetuju", "Nama yang menyetujui", 200, False),
    ("rencana_alasan_draf", "Alasan mengembalikan ke draf", 1000, True),
]


@pytest.mark.parametrize(("field", "label", "limit", "multiline"), PENGEMBANGAN)
def test_competency_development_fields(field: str, label: str, limit: int, multiline: bool) -> None:
    rule = TEXT_FIELDS[field]
    assert (rule.label, rule.max_length, rule.multiline) == (label, limit, multiline)
    assert check_text(field, "Pelatihan Pengawas — BPSDM Jabar") == []
    assert check_text(field, "é" * limit) == []
    huge = one(check_text(field, "x" * 100_000, problem_field="isian"))
    assert huge == FieldProblem(
        "isian", f"{label} terlalu panjang: 100000 karakter; maksimal {limit}."
    )
    attack = one(check_text(field, "Bimtek" + TERMINAL_ATTACK))
    assert attack.message.startswith(f"{label} berisi karakter kendali U+001B (ESC) pada posisi 7;")
    assert "\x1b" not in attack.message and "\x07" not in attack.message
    assert one(check_text(field, "a\x00b")).message.startswith(
        f"{label} berisi karakter kendali U+0000 (NUL) pada posisi 2;"
    )
    assert "U+202E" in one(check_text(field, "BPSDM\u202eJabar")).message
    assert "karakter rusak U+DFFF" in one(check_text(field, "ok\udfff")).message
    lines = "Gelombang I\nGelombang II\tbila kuota ada"
    if multiline:
        assert check_text(field, lines) == []
        assert "U+000D (CR)" in one(check_text(field, "baris\r\nbaris")).message
    else:
        assert one(check_text(field, lines)).message == (
            f"{label} harus satu baris; hapus ganti baris U+000A (LF) pada posisi 12."
        )
        assert one(check_text(field, "\tBimtek")).message == (
            f"{label} berisi tab pada posisi 1; gunakan spasi."
        )


@given(text=clean_text)
def test_clean_competency_texts_within_their_limits_are_accepted(text: str) -> None:
    for field, _label, limit, multiline in PENGEMBANGAN:
        value = text[:limit]
        if not multiline:
            value = value.replace("\t", " ").replace("\n", " ")
        assert check_text(field, value) == [], field


def test_competency_development_rules_fit_their_columns() -> None:
    # The one domain test that reads the models: the lengths must be the columns'.
    from sqlalchemy import String, Text

    from asn_desktop.db import competency_models as cm

    columns = {
        "kompetensi_kode": cm.KompetensiTeknis.__table__.c.kode,
        "kompetensi_nama": cm.KompetensiTeknis.__table__.c.nama,
        "kompetensi_deskripsi": cm.KompetensiTeknis.__table__.c.deskripsi,
        "asesor": cm.Asesmen.__table__.c.asesor,
        "asesmen_catatan": cm.Asesmen.__table__.c.catatan,
        "anggaran_keterangan": cm.AnggaranPelatihan.__table__.c.keterangan,
        "penyelenggara": cm.Pelatihan.__table__.c.penyelenggara,
        "rencana_rute": cm.RencanaItem.__table__.c.rute,
        "rencana_catatan": cm.RencanaItem.__table__.c.catatan,
        "rencana_penyetuju": cm.RencanaPengembangan.__table__.c.ditetapkan_ppk_oleh,
        "rencana_alasan_draf": cm.RencanaPengembangan.__table__.c.catatan,
    }
    also = {
        "kompetensi_kode": [
            cm.StandarKompetensi.__table__.c.kompetensi_kode,
            cm.AsesmenNilai.__table__.c.kompetensi_kode,
            cm.RencanaItem.__table__.c.kompetensi_kode,
        ],
        "kompetensi_nama": [cm.RencanaItem.__table__.c.kompetensi_nama],
        "penyelenggara": [cm.RencanaItem.__table__.c.penyelenggara],
        "rencana_penyetuju": [
            cm.RencanaPengembangan.__table__.c.disetujui_atasan_oleh,
            cm.RencanaPengembangan.__table__.c.disetujui_pyb_oleh,
        ],
    }
    assert sorted(columns) == sorted(f for f, *_ in PENGEMBANGAN)
    for field, column in columns.items():
        rule = TEXT_FIELDS[field]
        for each in [column, *also.get(field, [])]:
            if isinstance(each.type, Text):
                assert rule.multiline, (field, each)
            else:
                assert isinstance(each.type, String), (field, each)
                assert (rule.max_length, rule.multiline) == (each.type.length, False), (field, each)


# -- text ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("field", "limit"), [(k, r.max_length) for k, r in TEXT_FIELDS.items()])
def test_length_limit_of_every_field(field: str, limit: int) -> None:
    assert check_text(field, "a" * limit) == []
    problem = one(check_text(field, "a" * (limit + 1)))
    assert problem.field == field
    label = TEXT_FIELDS[field].label
    assert problem.message == (f"{label} terlalu panjang: {limit + 1} karakter; maksimal {limit}.")


def test_hundred_thousand_characters() -> None:
    problem = one(check_text("gelar_depan", "x" * 100_000, "Gelar depan"))
    assert problem == FieldProblem(
        "gelar_depan", "Gelar depan terlalu panjang: 100000 karakter; maksimal 60."
    )


def test_length_counts_characters_not_bytes() -> None:
    assert check_text("gelar_depan", "é" * 60) == []  # 120 bytes in UTF-8
    assert check_text("gelar_depan", "😀" * 60) == []  # 120 UTF-16 code units


def test_terminal_escape_sequence_is_refused_naming_the_character() -> None:
    problem = one(check_text("tempat_lahir", "Bandung" + TERMINAL_ATTACK))
    assert problem.field == "tempat_lahir"
    assert problem.message.startswith(
        "Tempat lahir berisi karakter kendali U+001B (ESC) pada posisi 8;"
    )
    assert "\x1b" not in problem.message


def test_nul() -> None:
    message = one(check_text("email", "a\x00@b.id")).message
    assert "Alamat email berisi karakter kendali U+0000 (NUL) pada posisi 2" in message


def test_rtl_override() -> None:
    message = one(check_text("sk_nomor", "800/\u202eKP")).message
    assert message.startswith(
        "Nomor SK berisi karakter pengatur arah teks U+202E (RIGHT-TO-LEFT OVERRIDE) pada posisi 5;"
    )


def test_lone_surrogate() -> None:
    message = one(check_text("keterangan", "ok \ud800")).message
    assert "Keterangan berisi karakter rusak U+D800 pada posisi 4" in message


def test_line_breaks_and_tabs() -> None:
    assert "harus satu baris" in one(check_text("sk_nomor", "800/1\n2")).message
    assert "harus satu baris" in one(check_text("sk_nomor", "800/1\u2028")).message
    assert "berisi tab pada posisi 1" in one(check_text("sk_nomor", "\t800")).message
    assert check_text("alamat", "Jl. Asia Afrika No. 1\nBandung\t40111") == []
    assert check_text("keterangan", "baris satu\nbaris dua") == []
    # CR is a control character even where lines are allowed: the form stores LF only.
    assert "U+000D (CR)" in one(check_text("alamat", "Jl. Merdeka\r\nBandung")).message


def test_label_and_problem_field_can_be_given() -> None:
    problem = one(check_text("unit_nama", "x" * 201, problem_field="nama"))
    assert problem.field == "nama"
    assert problem.message.startswith("Nama unit terlalu panjang")
    assert one(check_text("nip", "1\x00", "NI PPPK")).message.startswith("NI PPPK berisi")


def test_none_is_empty_and_other_types_are_refused() -> None:
    assert check_text("gelar_depan", None) == []
    assert one(check_text("gelar_depan", 12)).message == "Gelar depan harus berupa teks."


@pytest.mark.parametrize("ch", ALLOWED)
def test_harmless_characters_are_allowed(ch: str) -> None:
    assert check_text("keterangan", f"a{ch}b") == []


@given(text=clean_text)
def test_clean_text_within_the_limit_is_accepted(text: str) -> None:
    assert check_text("keterangan", text[:1000]) == []
    assert check_text("jabatan_nama", text[:300]) == []


@given(before=clean_text, ch=refused_chars, after=st.text())
def test_a_refused_character_anywhere_is_found_at_its_position(
    before: str, ch: str, after: str
) -> None:
    text = (before + ch + after)[:1000]
    if len(before) >= 1000:
        return
    problem = one(check_text("keterangan", text))
    assert problem.field == "keterangan"
    assert f"pada posisi {len(before) + 1}" in problem.message
    assert one(check_characters("keterangan", text)) == problem


# -- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("tmt_pns", date(9999, 12, 31), "TMT PNS 31-12-9999 terlalu jauh ke depan; paling "
         "lambat 27-11-2027 (1 tahun dari hari ini)."),
        ("tmt", date(9999, 12, 31), "TMT 31-12-9999 terlalu jauh ke depan; paling lambat "
         "27-11-2027 (1 tahun dari hari ini)."),
        ("sk_tanggal", date(1, 1, 1), "Tanggal SK 01-01-0001 terlalu awal; paling awal "
         "01-01-1950."),
        ("tmt_cpns", date(1949, 12, 31), "TMT CPNS 31-12-1949 terlalu awal; paling awal "
         "01-01-1950."),
        ("tanggal_lahir", date(1, 1, 1), "Tanggal lahir 01-01-0001 terlalu awal; paling awal "
         "01-01-1900."),
        ("tanggal_lahir", date(2026, 11, 28), "Tanggal lahir 28-11-2026 jatuh setelah hari ini."),
    ],
)  # fmt: skip
def test_dates_out_of_bounds(field: str, value: date, message: str) -> None:
    assert check_date(field, value, today=TODAY) == [FieldProblem(field, message)]


def test_dates_on_the_bounds_and_empty_are_fine() -> None:
    assert check_date("tmt", date(2027, 11, 27), today=TODAY) == []
    assert check_date("tmt", date(1950, 1, 1), today=TODAY) == []
    assert check_date("tanggal_lahir", TODAY, today=TODAY) == []
    assert check_date("tmt", None, today=TODAY) == []


def test_odd_date_values() -> None:
    assert check_date("tmt", datetime(2020, 1, 1, 8), today=TODAY) == []
    assert one(check_date("tmt", "2020-01-01", today=TODAY)).message == (
        "TMT harus berupa tanggal."
    )


@given(st.dates())
def test_a_date_is_accepted_exactly_within_its_bounds(value: date) -> None:
    for field, rule in DATE_FIELDS.items():
        earliest, latest = rule.bounds(TODAY)
        accepted = check_date(field, value, today=TODAY) == []
        assert accepted == (earliest <= value <= latest)


# -- whole numbers ------------------------------------------------------------------------


def test_masa_kerja() -> None:
    assert check_int_range("masa_kerja_tahun", 0) == []
    assert check_int_range("masa_kerja_tahun", 60) == []
    assert check_int_range("masa_kerja_bulan", 11) == []
    assert one(check_int_range("masa_kerja_tahun", -1)).message == (
        "Masa kerja (tahun) -1 di luar batas; isi 0 sampai 60."
    )
    bulan = one(check_int_range("masa_kerja_bulan", 12)).message
    assert "12 bulan ditulis sebagai 1 tahun" in bulan
    assert one(check_int_range("masa_kerja_bulan", True)).message == (
        "Masa kerja (bulan) harus bilangan bulat."
    )
    assert one(check_int_range("masa_kerja_tahun", 2.5)).field == "masa_kerja_tahun"


@given(st.integers())
def test_masa_kerja_range(value: int) -> None:
    for field, rule in INT_FIELDS.items():
        assert (check_int_range(field, value) == []) == (rule.minimum <= value <= rule.maximum)


# -- several fields at once -----------------------------------------------------------------


def test_check_fields_checks_every_field_with_a_rule_once() -> None:
    found = check_fields(
        {
            "sk_nomor": "800\x00",
            "tmt": date(9999, 12, 31),
            "sk_tanggal": date(1, 1, 1),
            "masa_kerja_tahun": -3,
            "keterangan": "ok",
            "golongan_id": -1,  # no rule: not this policy's business
        },
        today=TODAY,
    )
    assert [p.field for p in found] == ["sk_nomor", "tmt", "sk_tanggal", "masa_kerja_tahun"]


# -- the employee form uses it ----------------------------------------------------------------


def pns(**changes: object) -> EmployeeDraft:
    draft = EmployeeDraft(
        nip="198503152010011002",
        nama="Ahmad Sutisna",
        tanggal_lahir=date(1985, 3, 15),
        jenis_kelamin="L",
        status_kepegawaian="PNS",
        tmt_pns=date(2011, 3, 1),
    )
    return dataclasses.replace(draft, **changes)  # type: ignore[arg-type]


def problems_of(draft: EmployeeDraft) -> dict[str, str]:
    found = validate_employee(draft, today=TODAY)
    assert len({p.field for p in found}) == len(found), "one message per field"
    return {p.field: p.message for p in found}


@pytest.mark.parametrize(
    ("field", "value", "says"),
    [
        ("gelar_depan", "x" * 100_000, "Gelar depan terlalu panjang: 100000 karakter"),
        ("gelar_belakang", "S.T." + TERMINAL_ATTACK, "Gelar belakang berisi karakter kendali"),
        ("tempat_lahir", "Bandung\x00", "Tempat lahir berisi karakter kendali U+0000"),
        ("email", "a\u202e@b.id", "Alamat email berisi karakter pengatur arah teks"),
        ("email", "a" * 120 + "@b.id", "Alamat email terlalu panjang"),
        ("alamat", "Jl. Braga\x1b[2J", "Alamat berisi karakter kendali U+001B"),
        ("alamat", "x" * 501, "Alamat terlalu panjang: 501 karakter; maksimal 500."),
        ("nama", "Ahmad\ud800", "Nama berisi karakter rusak U+D800"),
        ("nama", "A" * 100_000, "Nama terlalu panjang: 100000 karakter; maksimal 100."),
        ("nik", "3273\x1b011503850001", "NIK berisi karakter kendali U+001B"),
        ("telepon", "022\x07", "Nomor telepon berisi karakter kendali U+0007 (BEL)"),
        ("telepon", "0" + " " * 30 + "224234793", "Nomor telepon terlalu panjang"),
        ("nip", "198503152010011002\x1b", "NIP berisi karakter kendali U+001B"),
        ("tmt_pns", date(9999, 12, 31), "TMT PNS 31-12-9999 terlalu jauh ke depan"),
        ("tmt_cpns", date(9999, 12, 31), "TMT CPNS 31-12-9999 terlalu jauh ke depan"),
        ("tmt_cpns", date(1, 1, 1), "TMT CPNS 01-01-0001 terlalu awal"),
    ],
)
def test_validate_employee_applies_the_policy(field: str, value: object, says: str) -> None:
    found = problems_of(pns(**{field: value}))
    assert says in found[field]


def test_birth_date_bounds_when_the_nip_cannot_tell() -> None:
    # With a usable NIP the birth date must equal its digits 1-8, which says more.
    assert problems_of(pns(nip="", tanggal_lahir=date(1, 1, 1)))["tanggal_lahir"] == (
        "Tanggal lahir 01-01-0001 terlalu awal; paling awal 01-01-1900."
    )


def test_hostile_values_are_never_quoted_in_messages() -> None:
    found = problems_of(pns(nik="\x1b[2J", email="\x1b]0;x\x07@b.id", nip="\u202e19850315"))
    assert set(found) == {"nik", "email", "nip"}
    # Code fields quote what was typed: escaped, and cut short.
    found.update(
        problems_of(
            pns(status_kepegawaian=TERMINAL_ATTACK, jenis_kelamin="\u202eX", kedudukan_hukum="\x00")
        )
    )
    assert '"\\u202eX"' in found["jenis_kelamin"]
    assert '"\\x1b]0;PWNED\\x07\\x1b[2J"' in found["status_kepegawaian"]  # upper-cased
    long_email = problems_of(pns(email="a..b" + "c" * 100 + "@b.id"))["email"]
    assert '("a..bcccccccccccccccccccccccccccccccccccc…")' in long_email
    for message in found.values():
        assert escape_for_terminal(message) == message


def test_validate_employee_keeps_the_fields_own_wording() -> None:
    # Length rules of their own stay in their own words (checked before the column's).
    assert problems_of(pns(nik="3" * 17))["nik"] == "NIK harus 16 digit; yang diisi 17 digit."
    assert problems_of(pns(telepon="0" * 40))["telepon"] == (
        "Nomor telepon harus 8-15 digit; yang diisi 40 digit."
    )


def test_alamat_line_endings_are_normalised() -> None:
    normal = pegawai.normalize_employee(pns(alamat="Jl. Merdeka 1\r\nBandung\rJawa Barat"))
    assert normal.alamat == "Jl. Merdeka 1\nBandung\nJawa Barat"
    assert problems_of(pns(alamat="Jl. Merdeka 1\r\nBandung")) == {}


def test_field_problem_is_the_same_class_everywhere() -> None:
    assert pegawai.FieldProblem is FieldProblem


# -- terminal output ------------------------------------------------------------------------


def test_escape_for_terminal() -> None:
    assert escape_for_terminal(TERMINAL_ATTACK) == "\\x1b]0;pwned\\x07\\x1b[2J"
    assert escape_for_terminal("abc\u202edef") == "abc\\u202edef"
    assert escape_for_terminal("\ud800") == "\\ud800"
    assert escape_for_terminal("a\x00b\x7f\x9b") == "a\\x00b\\x7f\\x9b"
    assert escape_for_terminal("Jl. A\nNo. 1\tX\r") == "Jl. A\\nNo. 1\\tX\\r"
    assert escape_for_terminal("Jl. A\nNo. 1\tX\r", multiline=True) == "Jl. A\nNo. 1\tX\\r"
    assert escape_for_terminal("Dr. H. Ahmad, S.T. 800\\KP é 😀") == (
        "Dr. H. Ahmad, S.T. 800\\KP é 😀"
    )


def test_escaped_text_can_be_printed_in_utf8() -> None:
    escape_for_terminal("\ud800\udfff" + TERMINAL_ATTACK).encode("utf-8")  # no error


def _dangerous(ch: str) -> bool:
    return unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") or ch in REFUSED


@given(st.text(st.characters(exclude_categories=()) | refused_chars))
def test_escaped_text_holds_no_dangerous_character(text: str) -> None:
    escaped = escape_for_terminal(text)
    assert not any(_dangerous(ch) for ch in escaped)
    assert set(escape_for_terminal(text, multiline=True)) - set(escaped) <= {"\n", "\t"}


@given(clean_text)
def test_accepted_text_prints_unchanged(text: str) -> None:
    if check_text("keterangan", text[:1000]) == []:
        assert escape_for_terminal(text[:1000], multiline=True) == text[:1000]
    line = " ".join(text.split())[:300]
    if check_text("jabatan_nama", line) == []:
        assert escape_for_terminal(line) == line
