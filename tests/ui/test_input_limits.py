"""The forms take no more than the input policy allows: text lengths of the columns, and
dates within their bounds (shown under the field, nothing saved)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.org_units import UnitNode
from asn_desktop.ui.agency_dialog import AgencyDialog
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.form_fields import DateEdit
from asn_desktop.ui.history_dialogs import RankEntryDialog
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.unit_dialog import UnitEditDialog

TODAY = date(2026, 11, 27)
HUGE = "x" * 100_000

# The column lengths (asn_desktop/db/models.py); NIP and NIK leave room for typed separators.
EMPLOYEE_LIMITS = {
    "nip": 30,
    "gelar_depan": 60,
    "nama": 100,
    "gelar_belakang": 80,
    "tempat_lahir": 80,
    "nik": 30,
    "email": 120,
    "telepon": 30,
}


@pytest.fixture
def new_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode]
) -> EmployeeDialog:
    dialog = EmployeeDialog(db, runner, units, None, today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def _line(dialog: EmployeeDialog, name: str) -> QLineEdit:
    editor = dialog.edits[name]
    assert isinstance(editor, QLineEdit)
    return editor


def test_typing_or_pasting_a_long_text_stops_at_the_column_length(
    qtbot: QtBot, new_dialog: EmployeeDialog
) -> None:
    gelar = _line(new_dialog, "gelar_depan")
    qtbot.keyClicks(gelar, "D" * 75)
    assert gelar.text() == "D" * 60

    tempat = _line(new_dialog, "tempat_lahir")
    tempat.insert(HUGE)  # what a paste does
    assert tempat.text() == "x" * 80

    for name, limit in EMPLOYEE_LIMITS.items():
        assert _line(new_dialog, name).maxLength() == limit, name


def test_every_text_field_of_the_forms_follows_the_policy_table(
    new_dialog: EmployeeDialog,
) -> None:
    from asn_desktop.domain import TEXT_FIELDS

    for name, editor in new_dialog.edits.items():
        if isinstance(editor, QLineEdit) and not isinstance(editor, DateEdit):
            assert editor.maxLength() == TEXT_FIELDS[name].form_max_length, name


def test_the_address_box_stops_at_500_characters(qtbot: QtBot, new_dialog: EmployeeDialog) -> None:
    alamat = new_dialog.edits["alamat"]
    assert isinstance(alamat, QPlainTextEdit)
    alamat.insertPlainText("Jl. Braga\n")
    alamat.insertPlainText(HUGE)
    assert alamat.toPlainText() == "Jl. Braga\n" + "x" * 490
    qtbot.keyClicks(alamat, "more")
    assert len(alamat.toPlainText()) == 500


def test_a_date_beyond_its_bounds_is_shown_and_not_saved(
    new_dialog: EmployeeDialog, service: EmployeeService
) -> None:
    count = service.count()
    tmt_pns = new_dialog.edits["tmt_pns"]
    assert isinstance(tmt_pns, DateEdit)
    assert tmt_pns.date_range() == (date(1950, 1, 1), date(2027, 11, 27))
    values = {
        "nip": "199001012015032001",
        "nama": "Dewi Anggraeni",
        "tanggal_lahir": "01-01-1990",
        "tmt_cpns": "01-03-2015",
        "tmt_pns": "31-12-9999",
    }
    for name, text in values.items():
        _line(new_dialog, name).setText(text)
    sex = new_dialog.edits["jenis_kelamin"]
    sex.setCurrentIndex(sex.findData("P"))  # type: ignore[attr-defined]

    assert new_dialog.save() is False
    problem = new_dialog.rows["tmt_pns"].problem()
    assert problem.startswith("TMT PNS 31-12-9999 terlalu jauh ke depan; paling lambat")
    assert service.count() == count


def test_history_dialog_limits_the_decree_and_refuses_a_tmt_in_9999(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode], known_id: int
) -> None:
    service = EmployeeService(db)
    dialog = EmployeeDialog(db, runner, units, known_id)
    qtbot.addWidget(dialog)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    assert (rank.sk_nomor.maxLength(), rank.keterangan.maxLength()) == (100, 1000)
    rank.sk_nomor.insert(HUGE)
    assert len(rank.sk_nomor.text()) == 100

    rank.sk_nomor.setText("823/2020")
    rank.tmt.setText("31-12-9999")
    rank.save()
    assert "TMT 31-12-9999 terlalu jauh ke depan" in rank.rows["tmt"].problem()
    rank.tmt.setText("01-04-2018")
    rank.sk_tanggal.setText("01-01-0001")
    rank.save()
    assert "Tanggal SK 01-01-0001 terlalu awal" in rank.rows["sk_tanggal"].problem()
    assert rank.result() != QDialog.DialogCode.Accepted.value
    assert len(service.histories(known_id)["pangkat"]) == 2


def test_unit_and_agency_forms_stop_at_their_columns(
    qtbot: QtBot, db: Database, runner: TaskRunner
) -> None:
    unit = UnitEditDialog("Unit baru", "", "")
    agency = AgencyDialog(db, runner)
    for dialog in (unit, agency):
        qtbot.addWidget(dialog)
        dialog.kode.insert(HUGE)
        dialog.nama.insert(HUGE)
        assert (len(dialog.kode.text()), len(dialog.nama.text())) == (40, 200)
