"""The rules of the histories (issue 7): no impossible rank history, entries dated before the
newest asked for, overlaps refused, future-dated entries current only from their TMT, and
entries changed with the checks of adding them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from asn_desktop.db.models import AppMeta, Employee
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import (
    DUE_CHECKED_KEY,
    EmployeeService,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.errors import (
    NeedsConfirmation,
    NotFound,
    ServiceError,
    StaleRecord,
    ValidationFailed,
)
from asn_desktop.services.org_units import OrgUnitService

from .helpers import DEWI, TODAY, change_seq, make_draft, row

III_A, III_B, III_C, III_D, IV_A = 31, 32, 33, 34, 41


@pytest.fixture
def ahmad(employees: EmployeeService) -> int:
    return employees.create(make_draft(), today=TODAY)


@pytest.fixture
def units(db: Database) -> dict[str, int]:
    org = OrgUnitService(db)
    dinas = org.create("DINAS", "Dinas Komunikasi dan Informatika")
    bidang = org.create("BID-APL", "Bidang Aplikasi Informatika", dinas, 1)
    return {"DINAS": dinas, "BID-APL": bidang}


def _golongan(db: Database, employee_id: int) -> tuple[int | None, date | None]:
    e = row(db, Employee, employee_id)
    return e.golongan_id, e.tmt_golongan


def _refused(caught: pytest.ExceptionInfo[ValidationFailed]) -> dict[str, str]:
    return {p.field: p.message for p in caught.value.problems}


def test_needs_confirmation_is_a_service_error() -> None:
    assert issubclass(NeedsConfirmation, ServiceError)


# -- ranks in order ---------------------------------------------------------------------------


def test_a_lower_golongan_is_refused_without_the_reason_of_a_demotion(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(IV_A, date(2020, 4, 1), "823/KP/2020"))
    seq = change_seq(db)

    # The issue: on a IV/a employee the dialog's default I/a was saved and shown as current.
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(ahmad, RankEntry(11, date(2024, 4, 1), "823/KP/2024"))
    problems = _refused(caught)
    assert list(problems) == ["penurunan_alasan"]
    assert "I/a lebih rendah daripada golongan sebelumnya, IV/a" in problems["penurunan_alasan"]
    assert "hukuman disiplin penurunan pangkat" in problems["penurunan_alasan"]
    assert _golongan(db, ahmad) == (IV_A, date(2020, 4, 1))
    assert change_seq(db) == seq
    assert len(employees.histories(ahmad)["pangkat"]) == 1


def test_a_demotion_with_its_reason_is_kept_and_becomes_current(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_D, date(2020, 4, 1), "823/KP/2020"))
    reason = "Hukuman disiplin berat: penurunan pangkat setingkat lebih rendah selama 12 bulan"
    entry = RankEntry(III_C, date(2024, 2, 1), "800/HD/2024", penurunan_alasan=f"  {reason} ")
    employees.add_rank(ahmad, entry)

    assert _golongan(db, ahmad) == (III_C, date(2024, 2, 1))
    newest = employees.histories(ahmad)["pangkat"][0]
    assert newest.uraian == "Penata (III/c), penurunan pangkat"
    assert isinstance(newest.entry, RankEntry) and newest.entry.penurunan_alasan == reason

    # Restored after the punishment: III/d again follows III/c, which is not twice in a row.
    employees.add_rank(ahmad, RankEntry(III_D, date(2025, 2, 1), "823/PM/2025"))
    assert _golongan(db, ahmad) == (III_D, date(2025, 2, 1))


def test_a_reason_of_demotion_on_a_promotion_is_refused(
    employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(
            ahmad, RankEntry(III_B, date(2014, 4, 1), "823/2014", penurunan_alasan="salah isi")
        )
    assert "hanya diisi bila golongannya lebih rendah" in _refused(caught)["penurunan_alasan"]


def test_the_same_golongan_twice_in_a_row_is_refused_naming_the_other_entry(
    employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/KP/2014"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(ahmad, RankEntry(III_B, date(2018, 4, 1), "823/KP/2018"))
    message = _refused(caught)["golongan_id"]
    assert "III/b sudah tercatat pada riwayat sebelumnya" in message
    assert "Penata Muda Tingkat I (III/b), TMT 01-04-2014, SK 823/KP/2014" in message

    # ... also when the entry goes before the one of the same golongan.
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(
            ahmad, RankEntry(III_B, date(2012, 4, 1), "823/KP/2012"), confirm_earlier=True
        )
    assert "III/b sudah tercatat pada riwayat sesudahnya" in _refused(caught)["golongan_id"]
    assert len(employees.histories(ahmad)["pangkat"]) == 2


@pytest.mark.parametrize("golongan_id", [III_A, III_B, III_C])
def test_two_ranks_with_the_same_tmt_overlap(
    employees: EmployeeService, ahmad: int, golongan_id: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/KP/2014"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(
            ahmad, RankEntry(golongan_id, date(2014, 4, 1), "823/KP/2014-B"), confirm_earlier=True
        )
    message = _refused(caught)["tmt"]
    assert message.startswith("TMT 01-04-2014 sudah dipakai riwayat pangkat lain")
    assert "SK 823/KP/2014" in message
    assert len(employees.histories(ahmad)["pangkat"]) == 1


def test_an_earlier_entry_higher_than_the_next_one_is_refused(
    employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/KP/2014"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(
            ahmad, RankEntry(IV_A, date(2010, 1, 1), "813/2010"), confirm_earlier=True
        )
    message = _refused(caught)["golongan_id"]
    assert "lebih tinggi daripada golongan riwayat sesudahnya, III/b" in message


def test_pppk_golongan_follow_their_own_scale(employees: EmployeeService) -> None:
    dewi = employees.create(
        make_draft(DEWI, "Dewi Lestari", status_kepegawaian="PPPK"), today=TODAY
    )
    employees.add_rank(dewi, RankEntry(109, date(2023, 3, 1), "PPPK/2023"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_rank(dewi, RankEntry(107, date(2025, 3, 1), "PPPK/2025"))
    assert (
        "VII lebih rendah daripada golongan sebelumnya, IX" in _refused(caught)["penurunan_alasan"]
    )
    employees.add_rank(dewi, RankEntry(110, date(2025, 3, 1), "PPPK/2025"))
    assert employees.get(dewi).golongan_id == 110


# -- entries dated before the newest -----------------------------------------------------------


def test_a_rank_before_the_newest_asks_for_confirmation(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_C, date(2018, 4, 1), "823/KP/2018"))
    seq = change_seq(db)
    with pytest.raises(NeedsConfirmation) as caught:
        employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    assert str(caught.value) == (
        "TMT 01-01-2010 lebih awal daripada TMT riwayat pangkat terakhir (Penata (III/c), "
        "TMT 01-04-2018, SK 823/KP/2018). Simpan sebagai riwayat yang lebih lama?"
    )
    assert change_seq(db) == seq

    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"), confirm_earlier=True)
    assert [h.tmt for h in employees.histories(ahmad)["pangkat"]] == [
        date(2018, 4, 1),
        date(2010, 1, 1),
    ]
    assert _golongan(db, ahmad) == (III_C, date(2018, 4, 1))


def test_a_problem_is_reported_before_the_question(employees: EmployeeService, ahmad: int) -> None:
    employees.add_rank(ahmad, RankEntry(III_C, date(2018, 4, 1), "823/KP/2018"))
    with pytest.raises(ValidationFailed):  # not NeedsConfirmation: it cannot be saved anyway
        employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), ""))


def test_positions_and_units_before_the_newest_ask_too(
    employees: EmployeeService, ahmad: int, units: dict[str, int]
) -> None:
    employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengolah Data", date(2016, 1, 4), "821/2016")
    )
    older_position = PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/11")
    with pytest.raises(NeedsConfirmation, match="riwayat jabatan terakhir"):
        employees.add_position(ahmad, older_position)
    employees.add_position(ahmad, older_position, confirm_earlier=True)

    employees.add_unit(ahmad, UnitEntry(units["BID-APL"], date(2016, 7, 1), "862/2016"))
    older_unit = UnitEntry(units["DINAS"], date(2010, 1, 1), "862/2010")
    with pytest.raises(NeedsConfirmation, match="riwayat unit kerja terakhir"):
        employees.add_unit(ahmad, older_unit)
    employees.add_unit(ahmad, older_unit, confirm_earlier=True)
    record = employees.get(ahmad)
    assert (record.jabatan_nama, record.unit_id) == ("Pengolah Data", units["BID-APL"])


def test_positions_and_units_at_the_same_tmt_overlap(
    employees: EmployeeService, ahmad: int, units: dict[str, int]
) -> None:
    employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengolah Data", date(2016, 1, 4), "821/2016")
    )
    with pytest.raises(ValidationFailed) as caught:
        employees.add_position(
            ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2016, 1, 4), "821/B")
        )
    assert "sudah dipakai riwayat jabatan lain: Pengolah Data" in _refused(caught)["tmt"]
    # An acting assignment may begin on the day of a definitive position.
    employees.add_position(
        ahmad,
        PositionEntry(
            "PENGAWAS", "Kepala Seksi Aplikasi", date(2016, 1, 4), "821/PLT", jenis_penugasan="PLT"
        ),
    )

    employees.add_unit(ahmad, UnitEntry(units["DINAS"], date(2016, 7, 1), "862/2016"))
    with pytest.raises(ValidationFailed) as caught:
        employees.add_unit(ahmad, UnitEntry(units["BID-APL"], date(2016, 7, 1), "862/B"))
    assert "sudah dipakai riwayat unit kerja lain: Dinas Komunikasi" in _refused(caught)["tmt"]


# -- future-dated entries -----------------------------------------------------------------------


def test_a_future_rank_becomes_current_on_its_tmt(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    today = date.today()
    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    ahead = today + timedelta(days=120)
    employees.add_rank(ahmad, RankEntry(III_B, ahead, "823/KP/ahead", sk_tanggal=today))

    assert _golongan(db, ahmad) == (III_A, date(2010, 1, 1))
    pangkat = employees.histories(ahmad)["pangkat"]
    assert [(h.tmt, h.berlaku) for h in pangkat] == [(ahead, False), (date(2010, 1, 1), True)]
    assert employees.histories(ahmad, today=ahead)["pangkat"][0].berlaku

    revision = employees.get(ahmad).revision
    assert employees.apply_due_histories(today=ahead - timedelta(days=1)) == 0
    assert _golongan(db, ahmad) == (III_A, date(2010, 1, 1))
    assert employees.apply_due_histories(today=ahead) == 1
    assert _golongan(db, ahmad) == (III_B, ahead)
    assert employees.get(ahmad).revision == revision + 1
    # Once a day: the second call that day finds nothing more to do and writes nothing.
    seq = change_seq(db)
    assert employees.apply_due_histories(today=ahead) == 0
    assert change_seq(db) == seq

    entries = AuditService(db).entries(AuditQuery(entity_type="employee", action="update"))
    due = [e for e in entries if "mulai berlaku" in e.detail]
    assert len(due) == 1
    assert due[0].changes["golongan_id"] == [III_A, III_B]


def test_future_positions_and_units_wait_for_their_tmt_too(
    db: Database, employees: EmployeeService, ahmad: int, units: dict[str, int]
) -> None:
    today = date.today()
    ahead = today + timedelta(days=30)
    employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengolah Data", date(2016, 1, 4), "1")
    )
    employees.add_position(ahmad, PositionEntry("PELAKSANA", "Analis Data", ahead, "2"))
    employees.add_unit(ahmad, UnitEntry(units["DINAS"], date(2016, 1, 4), "3"))
    employees.add_unit(ahmad, UnitEntry(units["BID-APL"], ahead, "4"))
    record = employees.get(ahmad)
    assert (record.jabatan_nama, record.unit_id) == ("Pengolah Data", units["DINAS"])

    assert employees.apply_due_histories(today=ahead + timedelta(days=3)) == 1
    record = employees.get(ahmad)
    assert (record.jabatan_nama, record.unit_id) == ("Analis Data", units["BID-APL"])


def test_apply_due_histories_looks_only_after_the_day_it_last_ran(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    today = date.today()
    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    assert employees.apply_due_histories(today=today) == 0
    with db.reading() as session:
        marker = session.get(AppMeta, DUE_CHECKED_KEY)
        assert marker is not None and marker.value == today.isoformat()
    ahead = today + timedelta(days=10)
    employees.add_rank(ahmad, RankEntry(III_B, ahead, "823/ahead"))
    assert employees.apply_due_histories(today=today + timedelta(days=5)) == 0
    assert employees.apply_due_histories(today=today + timedelta(days=20)) == 1
    assert _golongan(db, ahmad) == (III_B, ahead)


# -- changing an entry ------------------------------------------------------------------------


def test_a_rank_entry_is_changed_with_a_new_revision(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    newest = employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/KP/2014"))
    item = employees.histories(ahmad)["pangkat"][0]
    assert (item.id, item.revision) == (newest, 1)
    assert item.entry == RankEntry(III_B, date(2014, 4, 1), "823/KP/2014")

    revision = employees.update_rank(
        newest,
        RankEntry(III_C, date(2014, 4, 1), "823/KP/2014", keterangan="salah ketik golongan"),
        expected_revision=item.revision,
    )
    assert revision == 2
    changed = employees.histories(ahmad)["pangkat"][0]
    assert (changed.uraian, changed.keterangan, changed.revision) == (
        "Penata (III/c)",
        "salah ketik golongan",
        2,
    )
    assert _golongan(db, ahmad) == (III_C, date(2014, 4, 1))  # the current follows

    # Changing nothing changes nothing.
    assert employees.update_rank(newest, changed.entry, expected_revision=2) == 2  # type: ignore[arg-type]


def test_a_changed_entry_is_checked_like_a_new_one_but_not_against_itself(
    employees: EmployeeService, ahmad: int
) -> None:
    first = employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    second = employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/2014"))
    # Its own TMT and golongan are no overlap.
    employees.update_rank(
        second, RankEntry(III_B, date(2014, 4, 1), "823/KP/2014"), expected_revision=1
    )
    with pytest.raises(ValidationFailed) as caught:  # but another entry's TMT is
        employees.update_rank(
            second, RankEntry(III_B, date(2010, 1, 1), "823/KP/2014"), expected_revision=2
        )
    assert "sudah dipakai riwayat pangkat lain: Penata Muda (III/a)" in _refused(caught)["tmt"]
    with pytest.raises(ValidationFailed) as caught:  # and a golongan below the one before
        employees.update_rank(
            second, RankEntry(21, date(2014, 4, 1), "823/KP/2014"), expected_revision=2
        )
    assert "penurunan_alasan" in _refused(caught)
    with pytest.raises(ValidationFailed) as caught:  # or the same as the one before
        employees.update_rank(
            first, RankEntry(III_B, date(2010, 1, 1), "813/2010"), expected_revision=1
        )
    assert "sudah tercatat pada riwayat sesudahnya" in _refused(caught)["golongan_id"]


def test_moving_the_newest_entry_behind_another_asks_correcting_an_old_one_does_not(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    old = employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    new = employees.add_rank(ahmad, RankEntry(III_B, date(2014, 4, 1), "823/2014"))
    # An old entry's TMT corrected: no question.
    employees.update_rank(old, RankEntry(III_A, date(2010, 3, 1), "813/2010"), expected_revision=1)
    # The newest moved before the other: III/b before III/a would make III/a a demotion.
    with pytest.raises(ValidationFailed):
        employees.update_rank(
            new, RankEntry(III_B, date(2008, 4, 1), "823/2014"), expected_revision=1
        )

    first = employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2011, 1, 3), "821/11")
    )
    second = employees.add_position(
        ahmad, PositionEntry("PELAKSANA", "Pengolah Data", date(2016, 1, 4), "821/16")
    )
    employees.update_position(
        first,
        PositionEntry("PELAKSANA", "Pengadministrasi Umum", date(2012, 1, 3), "821/11"),
        expected_revision=1,
    )
    moved = PositionEntry("PELAKSANA", "Pengolah Data", date(2010, 1, 4), "821/16")
    with pytest.raises(NeedsConfirmation, match="riwayat jabatan terakhir"):
        employees.update_position(second, moved, expected_revision=1)
    assert employees.get(ahmad).jabatan_nama == "Pengolah Data"
    employees.update_position(second, moved, expected_revision=1, confirm_earlier=True)
    assert employees.get(ahmad).jabatan_nama == "Pengadministrasi Umum"


def test_a_stale_change_of_an_entry_is_refused(
    db: Database, employees: EmployeeService, ahmad: int
) -> None:
    entry_id = employees.add_rank(ahmad, RankEntry(III_A, date(2010, 1, 1), "813/2010"))
    employees.update_rank(
        entry_id, RankEntry(III_A, date(2010, 1, 1), "813/2010/A"), expected_revision=1
    )
    seq = change_seq(db)
    with pytest.raises(StaleRecord) as caught:
        employees.update_rank(
            entry_id, RankEntry(III_A, date(2010, 1, 1), "813/2010/B"), expected_revision=1
        )
    assert "riwayat pangkat Ahmad Sutisna (TMT 01-01-2010) sudah diubah di tempat lain" in str(
        caught.value
    )
    assert change_seq(db) == seq
    assert employees.histories(ahmad)["pangkat"][0].sk_nomor == "813/2010/A"

    employees.remove_history("pangkat", entry_id)
    with pytest.raises(NotFound):
        employees.update_rank(
            entry_id, RankEntry(III_A, date(2010, 1, 1), "813/2010/C"), expected_revision=2
        )


def test_positions_and_units_are_changed_too(
    db: Database, employees: EmployeeService, ahmad: int, units: dict[str, int]
) -> None:
    position = employees.add_position(
        ahmad,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN",
            "Pranata Komputer Ahli Pertama",
            date(2016, 1, 4),
            "821/2016",
            jenjang="PT",
            usia_bup=58,
        ),
    )
    item = employees.histories(ahmad)["jabatan"][0]
    assert isinstance(item.entry, PositionEntry) and item.entry.usia_bup == 58
    employees.update_position(
        position,
        PositionEntry(
            "FUNGSIONAL_KEAHLIAN",
            "Pranata Komputer Ahli Pertama",
            date(2016, 2, 1),
            "821/2016",
            jenjang="PT",
            usia_bup=58,
        ),
        expected_revision=item.revision,
    )
    assert employees.histories(ahmad)["jabatan"][0].tmt == date(2016, 2, 1)

    placement = employees.add_unit(ahmad, UnitEntry(units["DINAS"], date(2016, 1, 4), "862/1"))
    employees.update_unit(
        placement, UnitEntry(units["BID-APL"], date(2016, 1, 4), "862/1"), expected_revision=1
    )
    record = employees.get(ahmad)
    assert (record.unit_id, record.unit_nama) == (units["BID-APL"], "Bidang Aplikasi Informatika")
    assert employees.histories(ahmad)["unit"][0].uraian == "Bidang Aplikasi Informatika"
    with pytest.raises(ValidationFailed) as caught:
        employees.update_unit(
            placement, UnitEntry(999, date(2016, 1, 4), "862/1"), expected_revision=2
        )
    assert list(_refused(caught)) == ["unit_id"]
