"""The item dialog of the plan (AKPK): an item shown with why it is there, the policy's routes
of its competency group filling the form, problems under their fields with nothing saved, a
stale item refused with the message, a new item for someone found in the register, and the
read-only item of an approved plan or of a viewer. On the agency of test_plan_page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from pytestqt.qtbot import QtBot

from asn_desktop.db.backup import copy_database
from asn_desktop.services.akpk import KODE_PEMENUHAN_JP, ItemDraft, ItemRow, PlanService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.training_budget import format_rupiah
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.plan_item_dialog import PlanItemDialog, routes_for
from asn_desktop.ui.skp_editor import Person
from asn_desktop.ui.tasks import TaskRunner

from .appraisal_data import BY_KEY, Facts
from .test_plan_page import KLASIKAL, TAHUN, PlanData, closed, item_of, plan_template

DAY = date(TAHUN, 1, 1)


@pytest.fixture(scope="session")
def plan_data(initialised_template: Path, tmp_path_factory: pytest.TempPathFactory) -> PlanData:
    return plan_template(initialised_template, tmp_path_factory.mktemp("plan-item-ui"))


@pytest.fixture
def facts(plan_data: PlanData) -> Facts:
    return plan_data.facts


@pytest.fixture
def pdb(plan_data: PlanData, tmp_path: Path) -> Iterator[Database]:
    dest = tmp_path / "plan.sqlite"
    copy_database(plan_data.path, dest)
    database = open_as(dest, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def plans(pdb: Database) -> PlanService:
    service = PlanService(pdb)
    service.generate(TAHUN)
    return service


@pytest.fixture
def announced(runner: TaskRunner) -> list[Changes]:
    seen: list[Changes] = []
    hub(runner).changed.connect(seen.append)
    return seen


@pytest.fixture
def make_dialog(
    qtbot: QtBot, plans: PlanService, runner: TaskRunner, pdb: Database
) -> Iterator[Callable[..., PlanItemDialog]]:
    def make(item: ItemRow | None, **kwargs: Any) -> PlanItemDialog:
        dialog = PlanItemDialog(
            plans, runner, tahun=TAHUN, item=item, employees=EmployeeService(pdb), **kwargs
        )
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    yield make
    runner.wait()


def save_and_wait(qtbot: QtBot, dialog: PlanItemDialog) -> None:
    assert dialog.save()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=10000)


def test_an_item_is_shown_with_why_it_is_there(
    make_dialog: Callable[..., PlanItemDialog], plans: PlanService, facts: Facts
) -> None:
    item = item_of(plans, facts, "kabid", "orientasi_hasil")
    dialog = make_dialog(item)
    assert dialog.windowTitle() == f"Butir rencana {TAHUN} — {item.nama}"
    context = dialog.context_label.text()
    assert item.nama in context and "standar 3, aktual 1" in context
    assert item.penyebab in context and item.alasan in context
    # Funded with a cheaper route: what the need asks is said.
    assert item.biaya_ideal == KLASIKAL.biaya
    assert f"Rute yang dibutuhkan berbiaya {format_rupiah(KLASIKAL.biaya)}" in context
    assert dialog.rute.currentText() == item.rute
    assert dialog.jenis.currentData() == item.jenis_diklat
    assert dialog.penyelenggara.text() == item.penyelenggara
    assert dialog.bulan.currentData() == item.bulan
    assert dialog.jp.value() == item.jp and dialog.biaya.value() == item.biaya
    assert dialog.prioritas.currentData() == item.prioritas
    assert dialog.didanai.isChecked() == item.didanai
    assert dialog.read_only is None and dialog.save_button() is not None
    assert dialog.pegawai_edit is None and dialog.kompetensi is None  # not changed here


def test_the_routes_offered_are_those_of_the_competency_group() -> None:
    manajerial = routes_for("integritas", DAY)
    assert manajerial[0].nama == "Pelatihan Manajerial" and not manajerial[0].biaya_rendah
    assert routes_for("perekat_bangsa", DAY)[0].nama == "Pelatihan Sosial Kultural"
    assert routes_for("analisis_data", DAY)[0].nama == "Diklat Teknis"
    # The JP-only need gets the low-cost routes, as the generator gives it.
    low = routes_for(KODE_PEMENUHAN_JP, DAY)
    assert low and all(r.biaya_rendah for r in low)


def test_a_route_of_the_list_fills_the_form_and_saves(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    facts: Facts,
    qtbot: QtBot,
    announced: list[Changes],
) -> None:
    item = item_of(plans, facts, "kadis", "integritas")
    dialog = make_dialog(item)
    names = [dialog.rute.itemText(i) for i in range(dialog.rute.count())]
    assert names[0] == f"Pelatihan Manajerial ({format_rupiah(KLASIKAL.biaya)})"
    assert "Coaching (tanpa biaya)" in names
    coaching = names.index("Coaching (tanpa biaya)")
    dialog.rute.setCurrentIndex(coaching)
    dialog.rute.activated.emit(coaching)
    route = dialog.routes[coaching]
    assert dialog.rute.currentText() == "Coaching"
    assert dialog.jenis.currentData() == route.jenis_diklat == "14"
    assert dialog.penyelenggara.text() == route.penyelenggara
    assert (dialog.jp.value(), dialog.biaya.value()) == (route.jp, 0)
    dialog.bulan.setCurrentIndex(dialog.bulan.findData(9))
    dialog.prioritas.setCurrentIndex(dialog.prioritas.findData(2))
    saved: list[int] = []
    dialog.saved.connect(saved.append)
    save_and_wait(qtbot, dialog)
    assert closed(dialog) and saved == [item.id]
    assert announced == [Changes(competency={"rencana"})]
    after = item_of(plans, facts, "kadis", "integritas")
    assert (after.rute, after.jenis_diklat, after.jalur, after.bulan, after.prioritas) == (
        "Coaching",
        "14",
        "nonklasikal",
        9,
        2,
    )
    assert after.biaya == 0 and after.revision == item.revision + 1


def test_problems_are_shown_under_their_fields_and_nothing_is_saved(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    facts: Facts,
    qtbot: QtBot,
    announced: list[Changes],
) -> None:
    item = item_of(plans, facts, "kadis", "kerjasama")
    dialog = make_dialog(item)
    # Rupiah that cannot be read: said before anything goes to the worker.
    dialog.biaya.setText("tiga juta")
    assert not dialog.save()
    assert "bukan jumlah rupiah bulat" in dialog.rows["biaya"].problem()
    assert dialog.summary.text() == "Belum disimpan: 1 isian perlu diperbaiki."
    dialog.biaya.set_value(1_000_000)
    # What the service refuses comes back under its field.
    dialog.rute.setEditText("   ")
    save_and_wait(qtbot, dialog)
    assert dialog.rows["rute"].problem() == "Rute pengembangan wajib diisi."
    assert dialog.rows["biaya"].problem() == ""
    assert not closed(dialog) and announced == []
    assert item_of(plans, facts, "kadis", "kerjasama") == item


def test_a_stale_item_is_refused_with_the_message_and_the_edit_kept(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    facts: Facts,
    qtbot: QtBot,
    pdb: Database,
    dialogs_shown: list[str],
) -> None:
    item = item_of(plans, facts, "ahmad", "pengembangan_diri")
    dialog = make_dialog(item)
    outdated: list[bool] = []
    dialog.outdated.connect(lambda: outdated.append(True))
    pdb.assume_user("operator")
    plans.update_item(
        item.id,
        ItemDraft(**{**item.draft().__dict__, "catatan": "oleh operator"}),
        expected_revision=item.revision,
    )
    pdb.assume_user("admin")
    dialog.catatan.setPlainText("oleh admin")
    save_and_wait(qtbot, dialog)
    [message] = dialogs_shown
    dialogs_shown.clear()
    assert message.startswith(
        f"Data butir rencana {item.nama} {item.kompetensi_nama} sudah diubah di tempat lain "
        "(oleh operator, "
    )
    assert outdated == [True]
    assert not closed(dialog) and dialog.catatan.toPlainText() == "oleh admin"
    assert item_of(plans, facts, "ahmad", "pengembangan_diri").catatan == "oleh operator"


def test_an_item_is_added_for_someone_found_in_the_register(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    facts: Facts,
    qtbot: QtBot,
    announced: list[Changes],
) -> None:
    dialog = make_dialog(None)
    assert dialog.windowTitle() == f"Tambah butir rencana {TAHUN}"
    assert dialog.pegawai_edit is not None and dialog.completer is not None
    assert dialog.kompetensi is not None
    # Nobody chosen, no competency: both said, nothing saved.
    assert not dialog.save()
    assert dialog.rows["employee_id"].problem() == (
        "Pilih pegawai dari daftar yang muncul saat nama diketik."
    )
    assert dialog.rows["kompetensi_nama"].problem() == "Kompetensi wajib diisi."
    completer = dialog.completer
    qtbot.keyClicks(dialog.pegawai_edit, "Siti")
    qtbot.waitUntil(lambda: completer.searches > 0, timeout=5000)
    [label] = completer.labels()
    completer.activated[str].emit(label)  # type: ignore[index]
    siti = BY_KEY["siti"]
    assert dialog.person is not None and dialog.person.employee_id == facts.people["siti"]
    assert siti.nama in dialog.pegawai_label.text()  # type: ignore[union-attr]
    # A competency of the catalogue: its group's routes, the first one chosen.
    index = dialog.kompetensi.findData("komunikasi")
    dialog.kompetensi.setCurrentIndex(index)
    assert dialog.rute.currentText() == "Pelatihan Manajerial"
    assert dialog.biaya.value() == KLASIKAL.biaya
    dialog.didanai.setChecked(False)
    save_and_wait(qtbot, dialog)
    assert closed(dialog) and dialog.saved_id is not None
    assert announced == [Changes(competency={"rencana"})]
    added = plans.item_rows([dialog.saved_id])[dialog.saved_id]
    assert (added.employee_id, added.kompetensi_kode, added.kompetensi_nama) == (
        facts.people["siti"],
        "komunikasi",
        "Komunikasi",
    )
    assert (added.rute, added.biaya, added.didanai) == (
        "Pelatihan Manajerial",
        KLASIKAL.biaya,
        False,
    )
    assert added.penyebab == "ditambahkan pengelola"


def test_typing_again_forgets_the_person_chosen(
    make_dialog: Callable[..., PlanItemDialog], facts: Facts, qtbot: QtBot
) -> None:
    siti = BY_KEY["siti"]
    person = Person(facts.people["siti"], siti.nama, siti.nip)
    dialog = make_dialog(None, person=person)
    assert dialog.person == person and dialog.pegawai_edit is not None
    assert dialog.pegawai_edit.text() == siti.nama
    qtbot.keyClicks(dialog.pegawai_edit, "x")
    assert dialog.pegawai_label is not None
    assert dialog.person is None and dialog.pegawai_label.text() == ""


def test_a_typed_competency_keeps_a_typed_route(
    make_dialog: Callable[..., PlanItemDialog],
) -> None:
    dialog = make_dialog(None)
    assert dialog.kompetensi is not None
    dialog.kompetensi.setEditText("Pengelolaan Jaringan")
    assert dialog.rute.currentText() == "Diklat Teknis"  # a teknis one: the teknis routes
    dialog.rute.setEditText("Sertifikasi jaringan vendor")
    dialog.kompetensi.setEditText("Pengelolaan Jaringan Lanjut")
    assert dialog.rute.currentText() == "Sertifikasi jaringan vendor"


def test_an_item_of_an_approved_plan_or_for_a_viewer_is_read_only(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    facts: Facts,
) -> None:
    item = item_of(plans, facts, "kadis", "integritas")
    reason = "Rencana 2027 berstatus Disetujui atasan: butirnya tidak dapat diubah."
    dialog = make_dialog(item, read_only=reason)
    assert dialog.windowTitle().endswith("(hanya baca)")
    assert dialog.notice.isVisible() and dialog.notice.text() == reason
    assert dialog.save_button() is None
    assert not dialog.save()
    assert dialog.penyelenggara.isReadOnly() and dialog.catatan.isReadOnly()
    for widget in (dialog.rute, dialog.jenis, dialog.bulan, dialog.jp, dialog.prioritas):
        assert not widget.isEnabled()
    assert not dialog.didanai.isEnabled()
    assert dialog.penyelenggara.text() == item.penyelenggara


def test_adding_to_an_approved_plan_is_refused_with_the_message(
    make_dialog: Callable[..., PlanItemDialog],
    plans: PlanService,
    qtbot: QtBot,
    facts: Facts,
    dialogs_shown: list[str],
) -> None:
    dialog = make_dialog(None, person=Person(facts.people["siti"], BY_KEY["siti"].nama))
    assert dialog.kompetensi is not None
    dialog.kompetensi.setCurrentIndex(dialog.kompetensi.findData("komunikasi"))
    plans.setujui(TAHUN, "atasan", oleh="Rina", tanggal=date.today(), expected_revision=1)
    save_and_wait(qtbot, dialog)
    assert dialogs_shown == [
        f"Rencana pengembangan kompetensi {TAHUN} berstatus Disetujui atasan: butir tidak "
        "dapat ditambah. Kembalikan ke draf dahulu."
    ]
    dialogs_shown.clear()
    assert not closed(dialog)
    assert len(plans.item_ids(TAHUN)) == 5
