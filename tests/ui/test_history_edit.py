"""History entries in the employee dialog (issue 7): changed with Ubah… or a double click,
Tambah starting at the next golongan, a lower one only as a demotion with its reason, an
earlier TMT asked for, future entries marked, and the note that these save at once."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from asn_desktop.domain import format_tanggal_angka
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, RankEntry
from asn_desktop.services.org_units import UnitNode
from asn_desktop.ui.employee_dialog import EmployeeDialog, HistoryTab
from asn_desktop.ui.history_dialogs import (
    PositionEntryDialog,
    RankEntryDialog,
    UnitEntryDialog,
    _DecreeDialog,
)
from asn_desktop.ui.tasks import TaskRunner

from .conftest import KNOWN_JABATAN

ACCEPTED = QDialog.DialogCode.Accepted.value
MakeDialog = Callable[[int | None], EmployeeDialog]


@pytest.fixture
def make_dialog(
    qtbot: QtBot, db: Database, runner: TaskRunner, units: list[UnitNode]
) -> MakeDialog:
    def make(employee_id: int | None) -> EmployeeDialog:
        dialog = EmployeeDialog(db, runner, units, employee_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _saved(qtbot: QtBot, dialog: _DecreeDialog | EmployeeDialog) -> None:
    qtbot.waitUntil(lambda: dialog.operation is not None and not dialog.saving, timeout=10000)


def _double_click_row(qtbot: QtBot, tab: HistoryTab, row: int) -> None:
    table = tab.table
    rect = table.visualRect(tab.model.index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_each_history_tab_says_its_changes_are_saved_at_once(
    make_dialog: MakeDialog, known_id: int
) -> None:
    dialog = make_dialog(known_id)
    for tab in dialog.history_tabs.values():
        assert tab.note.text() == "Perubahan riwayat langsung tersimpan."
        assert tab.edit_button.text() == "Ubah…"
        assert not tab.edit_button.isEnabled() and not tab.remove_button.isEnabled()
        tab.table.selectRow(0)
        assert tab.edit_button.isEnabled() and tab.remove_button.isEnabled()


def test_ubah_opens_the_rank_filled_in_and_saves_the_change(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: dict[str, object] = {}

    def change(rank: RankEntryDialog) -> int:
        seen["title"] = rank.windowTitle()
        seen["filled"] = (
            rank.golongan.currentData(),
            rank.tmt.text(),
            rank.sk_nomor.text(),
            rank.rows["penurunan_alasan"].isVisibleTo(rank),
        )
        rank.sk_nomor.setText("823/014/KP")
        rank.keterangan.setText("Nomor SK dibetulkan")
        assert rank.save() is True
        _saved(qtbot, rank)
        return rank.result()

    monkeypatch.setattr(RankEntryDialog, "exec", change)
    dialog = make_dialog(known_id)
    tab = dialog.history_tabs["pangkat"]
    dialog.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)  # the newest: III/b from 01-04-2014
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)

    assert seen["title"] == "Ubah riwayat pangkat"
    assert seen["filled"] == (32, "01-04-2014", "823/014", False)
    newest = service.histories(known_id)["pangkat"][0]
    assert (newest.sk_nomor, newest.keterangan, newest.revision) == (
        "823/014/KP",
        "Nomor SK dibetulkan",
        2,
    )
    assert tab.model.items[0].sk_nomor == "823/014/KP"  # the tab shows it at once
    assert len(tab.model.items) == 2
    assert re.fullmatch(r"Riwayat tersimpan \d\d:\d\d\.", dialog.summary.text())
    assert dialog.saved_id == known_id  # the register refreshes the row


def test_a_double_click_opens_the_entry_too(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[tuple[str, object, str]] = []

    def record(kind: type[_DecreeDialog]) -> Callable[[_DecreeDialog], int]:
        def exec_(entry: _DecreeDialog) -> int:
            assert entry.item is not None
            opened.append((entry.windowTitle(), entry.item.id, entry.tmt.text()))
            return int(QDialog.DialogCode.Rejected.value)

        return exec_

    for kind in (RankEntryDialog, PositionEntryDialog, UnitEntryDialog):
        monkeypatch.setattr(kind, "exec", record(kind))
    dialog = make_dialog(known_id)
    for key in ("pangkat", "jabatan", "unit"):
        tab = dialog.history_tabs[key]
        dialog.tabs.setCurrentWidget(tab)
        _double_click_row(qtbot, tab, 0)
        qtbot.waitUntil(lambda k=key: len(opened) == ("pangkat", "jabatan", "unit").index(k) + 1)
    assert [(title, tmt) for title, _id, tmt in opened] == [
        ("Ubah riwayat pangkat", "01-04-2014"),
        ("Ubah riwayat jabatan", "01-01-2011"),
        ("Ubah riwayat unit kerja", "01-01-2010"),
    ]


def test_a_position_is_changed_keeping_its_catalogue_entry(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = service.histories(known_id)["jabatan"][0].entry

    def change(position: PositionEntryDialog) -> int:
        assert position.nama.text() == KNOWN_JABATAN
        position.tmt.setText("02-01-2011")
        assert position.save() is True
        _saved(qtbot, position)
        return position.result()

    monkeypatch.setattr(PositionEntryDialog, "exec", change)
    dialog = make_dialog(known_id)
    tab = dialog.history_tabs["jabatan"]
    tab.table.selectRow(0)
    dialog.edit_history("jabatan")
    after = service.histories(known_id)["jabatan"][0].entry
    assert after is not None and before is not None
    assert after.tmt == date(2011, 1, 2)
    assert (after.ref_jabatan_id, after.jenjang, after.usia_bup) == (  # type: ignore[union-attr]
        before.ref_jabatan_id,  # type: ignore[union-attr]
        before.jenjang,  # type: ignore[union-attr]
        before.usia_bup,  # type: ignore[union-attr]
    )
    assert service.get(known_id).jabatan_nama == KNOWN_JABATAN


def test_a_stale_entry_is_refused_and_the_entry_dialog_stays(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog(known_id)
    tab = dialog.history_tabs["pangkat"]
    tab.table.selectRow(0)
    item = tab.selected()
    assert item is not None and isinstance(item.entry, RankEntry)
    service.update_rank(  # someone else, meanwhile
        item.id, RankEntry(32, date(2014, 4, 1), "823/014/LAIN"), expected_revision=item.revision
    )
    rank = dialog.history_dialog("pangkat", item)
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    rank.keterangan.setText("dari dialog")
    assert rank.save() is True
    _saved(qtbot, rank)
    assert len(dialogs_shown) == 1 and "sudah diubah di tempat lain" in dialogs_shown.pop()
    assert rank.result() != ACCEPTED
    assert service.histories(known_id)["pangkat"][0].sk_nomor == "823/014/LAIN"


# -- Tambah -------------------------------------------------------------------------------------


def test_tambah_starts_at_the_next_golongan(
    make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    dialog = make_dialog(known_id)  # III/b now
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    assert rank.windowTitle() == "Tambah riwayat pangkat"
    assert rank.golongan.currentData() == 33  # III/c
    assert rank.jenis_kp.currentData() == "101"  # Reguler
    assert not rank.rows["penurunan_alasan"].isVisibleTo(rank)
    rank.deleteLater()

    service.add_rank(known_id, RankEntry(41, date(2022, 4, 1), "823/KP/2022"))  # IV/a
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    assert rank.golongan.currentData() == 42  # IV/b, not I/a
    rank.deleteLater()


def test_the_first_rank_is_chosen_not_defaulted(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    for item in service.histories(known_id)["pangkat"]:
        service.remove_history("pangkat", item.id)
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    assert rank.golongan.currentIndex() == -1
    rank.tmt.setText("01-01-2010")
    rank.sk_nomor.setText("813/001")
    assert rank.save() is False
    assert rank.rows["golongan_id"].problem() == "Pilih golongan."


def test_a_lower_golongan_asks_for_the_reason_of_the_demotion(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    service.add_rank(known_id, RankEntry(41, date(2022, 4, 1), "823/KP/2022"))  # IV/a
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    rank.show()
    reason = rank.rows["penurunan_alasan"]
    rank.golongan.setCurrentIndex(rank.golongan.findData(11))  # what the issue saw saved: I/a
    assert reason.isVisibleTo(rank)  # a lower golongan: the reason is asked for
    rank.tmt.setText("01-04-2024")
    rank.sk_nomor.setText("800/HD/2024")
    assert rank.save() is True
    _saved(qtbot, rank)
    assert "hukuman disiplin penurunan pangkat" in reason.problem()
    assert rank.result() != ACCEPTED
    assert service.get(known_id).golongan_id == 41

    rank.golongan.setCurrentIndex(rank.golongan.findData(34))  # III/d, one lower
    rank.penurunan_alasan.setText("PP 94/2021: penurunan pangkat setingkat selama 12 bulan")
    assert rank.save() is True
    _saved(qtbot, rank)
    assert rank.result() == ACCEPTED
    assert service.get(known_id).golongan_id == 34
    dialog.reload_histories()
    assert dialog.history_tabs["pangkat"].model.items[0].uraian == (
        "Penata Tingkat I (III/d), penurunan pangkat"
    )


def test_an_earlier_tmt_is_asked_for_and_saved_only_when_confirmed(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    rank.golongan.setCurrentIndex(rank.golongan.findData(24))  # II/d, before III/a of 2010
    rank.jenis_kp.setCurrentIndex(0)
    rank.tmt.setText("01-04-2008")
    rank.sk_nomor.setText("823/2008")

    assert rank.save() is True
    _saved(qtbot, rank)
    assert asked == [
        "TMT 01-04-2008 lebih awal daripada TMT riwayat pangkat terakhir (Penata Muda "
        "Tingkat I (III/b), TMT 01-04-2014, SK 823/014). Simpan sebagai riwayat yang lebih "
        "lama?"
    ]
    assert rank.result() != ACCEPTED  # Tidak: nothing saved, the entry still there
    assert len(service.histories(known_id)["pangkat"]) == 2
    assert rank.tmt.text() == "01-04-2008"

    assert rank.save() is True  # asked again, and this time confirmed
    _saved(qtbot, rank)
    assert len(asked) == 2
    assert rank.result() == ACCEPTED
    assert [h.tmt for h in service.histories(known_id)["pangkat"]][-1] == date(2008, 4, 1)
    assert service.get(known_id).golongan_id == 32  # the current rank stays


def test_an_overlapping_entry_is_refused_under_the_tmt(
    qtbot: QtBot, make_dialog: MakeDialog, service: EmployeeService, known_id: int
) -> None:
    dialog = make_dialog(known_id)
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog)
    qtbot.addWidget(rank)
    rank.tmt.setText("01-04-2014")  # the TMT of III/b
    rank.sk_nomor.setText("823/2014/B")
    assert rank.save() is True
    _saved(qtbot, rank)
    assert (
        rank.rows["tmt"]
        .problem()
        .startswith(
            "TMT 01-04-2014 sudah dipakai riwayat pangkat lain: Penata Muda Tingkat I (III/b)"
        )
    )
    assert len(service.histories(known_id)["pangkat"]) == 2


def test_a_future_rank_is_marked_and_not_yet_current(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ahead = date.today() + timedelta(days=60)

    def add(rank: RankEntryDialog) -> int:
        rank.tmt.setText(format_tanggal_angka(ahead))
        rank.sk_nomor.setText("823/KP/depan")
        assert rank.save() is True
        _saved(qtbot, rank)
        return rank.result()

    monkeypatch.setattr(RankEntryDialog, "exec", add)
    dialog = make_dialog(known_id)
    tab = dialog.history_tabs["pangkat"]
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(tab.model.items) == 3
    first = tab.model.index(0, 1)
    assert first.data() == "Penata (III/c) (belum berlaku)"
    assert first.data(Qt.ItemDataRole.ToolTipRole) == (
        f"Belum berlaku: mulai {format_tanggal_angka(ahead)}"
    )
    assert tab.model.index(1, 1).data() == "Penata Muda Tingkat I (III/b)"
    assert service.get(known_id).golongan_id == 32
    # The next Tambah still starts after the golongan in force.
    rank = dialog.history_dialog("pangkat")
    assert isinstance(rank, RankEntryDialog) and rank.golongan.currentData() == 33
    rank.deleteLater()


def test_a_history_change_keeps_the_identity_save_possible(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    service: EmployeeService,
    known_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new rank moves the employee's revision (its current golongan); the identity edited
    in the same dialog is still saved afterwards, not refused as changed elsewhere."""

    def add(rank: RankEntryDialog) -> int:
        rank.tmt.setText("01-04-2018")
        rank.sk_nomor.setText("823/KP/2018")
        rank.save()
        _saved(qtbot, rank)
        return rank.result()

    monkeypatch.setattr(RankEntryDialog, "exec", add)
    dialog = make_dialog(known_id)
    telepon = dialog.edits["telepon"]
    telepon.setText("022-4234567")  # type: ignore[attr-defined]
    dialog.add_history("pangkat")
    assert service.get(known_id).golongan_id == 33
    assert dialog.revision == service.get(known_id).revision
    assert dialog.modified()  # the identity edit is still to be saved
    assert dialog.save() is True
    _saved(qtbot, dialog)
    assert dialog.result() == ACCEPTED
    assert service.get(known_id).draft.telepon == "022-4234567"
