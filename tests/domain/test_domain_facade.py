import subprocess
import sys
from datetime import date

import asn_desktop.domain as domain


def test_facade_exports_the_stable_api() -> None:
    required = {
        "parse_nip", "format_nip", "NipError", "Nip", "parse_ni_pppk", "NiPppk",
        "format_nama_lengkap", "Golongan", "GOLONGAN_PNS", "GOLONGAN_PPPK", "golongan_by_id",
        "JenisJabatan", "JenjangFungsional", "StatusKepegawaian", "PolicyTable", "PolicyError",
        "usia_bup", "tanggal_pensiun", "format_tanggal", "parse_tanggal", "TanggalError",
        "EmployeeDraft", "FieldProblem", "validate_employee", "normalize_employee",
    }  # fmt: skip
    assert required <= set(domain.__all__)
    for name in domain.__all__:
        assert getattr(domain, name) is not None


def test_facade_works_end_to_end() -> None:
    nip = domain.parse_nip("198503152010011002", today=date(2026, 11, 27))
    assert domain.tanggal_pensiun(nip.birth_date, 58) == date(2043, 4, 1)
    assert domain.format_tanggal(domain.tanggal_pensiun(nip.birth_date, 58)) == "1 April 2043"


def test_import_is_light() -> None:
    code = (
        "import sys, asn_desktop.domain; "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'alembic', 'asn_desktop.db')"
        " or m.startswith(('asn_desktop.db', 'asn_desktop.services', 'asn_desktop.ui'))]; "
        "print(heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_every_public_name_comes_from_the_submodule_that_defines_it() -> None:
    assert sorted(domain._SUBMODULE) == sorted(domain.__all__)
    assert set(domain.__all__) <= set(dir(domain))
    for name, submodule in domain._SUBMODULE.items():
        value = getattr(domain, name)  # imports the submodule if nothing has yet
        assert value is getattr(sys.modules[f"asn_desktop.domain.{submodule}"], name)


def test_the_package_loads_a_submodule_only_when_one_of_its_names_is_used() -> None:
    """Start-up speed: the GUI's first window needs a few names, not every domain rule."""
    code = (
        "import sys, asn_desktop.domain as d; "
        "loaded = lambda: sorted(m for m in sys.modules if m.startswith('asn_desktop.domain.')); "
        "print(loaded()); d.format_tanggal; print(loaded()); "
        "from asn_desktop.domain import pesan; print(type(pesan).__name__); "
        "print(hasattr(d, 'no_such_name'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split("\n")[:4] == [
        "[]",
        "['asn_desktop.domain.pesan', 'asn_desktop.domain.tanggal']",
        "module",
        "False",
    ]
