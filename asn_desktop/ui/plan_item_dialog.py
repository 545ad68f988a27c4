"""One item of the yearly development plan (AKPK): change it, or add one the draft missed.

Change (``item`` given): the route, its jenis diklat, provider, month, estimated JP and
cost, the priority, whether it is funded, and a note; the employee, the competency and why
the item is there (its gaps, the allocation's reason) are shown, not edited. Add (``item``
None): the same for an employee found in the register by name or NIP and a competency
chosen from the catalogue or typed. Choosing one of the policy's routes for the
competency's group fills its jenis diklat, provider, JP and cost.

Saved in the worker through PlanService.update_item (with the revision read: an item
changed elsewhere meanwhile is refused with the service's message, naming who changed it)
or add_item, announcing Changes(competency={"rencana"}); the service's problems come back
under their fields. Only a draft plan's items can change: otherwise, and for a role that
may not edit, the dialog shows the item read-only with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import FieldProblem, PolicyError
from asn_desktop.domain.akpk import Rute, label_prioritas, rute_bawaan
from asn_desktop.domain.jp import jenis_pengembangan
from asn_desktop.domain.kompetensi import KelompokKompetensi, kompetensi_baku
from asn_desktop.services.akpk import KODE_PEMENUHAN_JP, ItemDraft, ItemRow, PlanService
from asn_desktop.services.errors import NotFound, ServiceError, StaleRecord, ValidationFailed
from asn_desktop.services.training_budget import format_rupiah
from asn_desktop.ui.budget_page import RupiahEdit
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.plan_table_model import bulan_text
from asn_desktop.ui.skp_editor import (
    EmployeeCompleter,
    Person,
    apply_read_only,
    fit_to_screen,
    nip_text,
    plain_edit,
)
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.employees import EmployeeService

__all__ = ["PRIORITAS", "PlanItemDialog"]

PRIORITAS = (1, 2, 3)  # the levels the service accepts; their labels are policy data
JP_MAX = 9999.0
# The input rule (domain.masukan.TEXT_FIELDS) the service checks each typed field with
# (services.akpk._RULES).
_TEXT_LIMITS = {
    "rute": "rencana_rute",
    "penyelenggara": "penyelenggara",
    "kompetensi": "kompetensi_nama",
    "catatan": "rencana_catatan",
}
PROBLEM_STYLE = "color: #b00020;"
READ_ONLY_STYLE = (
    "QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d;"
    " border-radius: 3px; padding: 6px; }"
)
CONTEXT_STYLE = "QFrame#itemContext { background: palette(alternate-base); border-radius: 4px; }"


def _kelompok(kode: str, on: date) -> str:
    """The competency group whose routes serve ``kode``: the catalogue's for the manajerial
    and sosial kultural ones; everything else (the agency's teknis competencies, the
    position's technical competency, "Pemenuhan JP") is teknis."""
    for k in kompetensi_baku(on):
        if k.kode == kode:
            return k.kelompok.value
    return KelompokKompetensi.TEKNIS.value


def routes_for(kode: str, on: date) -> tuple[Rute, ...]:
    """The policy's routes offered for a competency: the JP-only need gets the low-cost
    ones, as the generator gives it."""
    try:
        routes = rute_bawaan(_kelompok(kode, on), on)
    except (PolicyError, ValueError):
        return ()
    if kode == KODE_PEMENUHAN_JP:
        return tuple(r for r in routes if r.biaya_rendah)
    return routes


class PlanItemDialog(QDialog):
    """See the module docstring."""

    saved = Signal(int)  # the item's id, once saved
    outdated = Signal()  # refused because the item or the plan changed elsewhere

    def __init__(
        self,
        service: PlanService,
        runner: TaskRunner,
        *,
        tahun: int,
        item: ItemRow | None,
        read_only: str | None = None,
        employees: EmployeeService | None = None,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if item is None and employees is None:
            raise ValueError("adding an item needs the employee service to choose someone")
        self.service, self.runner, self.tahun, self.item = service, runner, tahun, item
        self.read_only = read_only
        self.day = date(tahun, 1, 1)
        self.person: Person | None = person
        self.operation: Operation[Any] | None = None
        self.saved_id: int | None = None
        self.routes: tuple[Rute, ...] = ()
        self.setObjectName("planItemDialog")
        if item is None:
            self.setWindowTitle(self.tr("Tambah butir rencana {0}").format(tahun))
        else:
            self.setWindowTitle(
                self.tr("Butir rencana {0} — {1}").format(tahun, item.nama or item.nip)
            )

        self.notice = QLabel()
        self.notice.setObjectName("itemReadOnly")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(READ_ONLY_STYLE)
        self.notice.hide()

        # -- who and why (shown, not edited) ------------------------------------------------
        self.context = QFrame()
        self.context.setObjectName("itemContext")
        self.context.setStyleSheet(CONTEXT_STYLE)
        self.context_label = QLabel()
        self.context_label.setObjectName("itemContextText")
        self.context_label.setWordWrap(True)
        self.context_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        context_layout = QVBoxLayout(self.context)
        context_layout.setContentsMargins(8, 6, 8, 6)
        context_layout.addWidget(self.context_label)

        # -- the form ---------------------------------------------------------------------
        self.form_widget = QWidget()
        form = QFormLayout(self.form_widget)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rows: dict[str, FieldRow] = {}
        self.pegawai_edit: QLineEdit | None = None
        self.pegawai_label: QLabel | None = None
        self.completer: EmployeeCompleter | None = None
        self.kompetensi: QComboBox | None = None
        if item is None:
            assert employees is not None
            self.pegawai_edit = QLineEdit()
            self.pegawai_edit.setObjectName("itemPegawai")
            self.pegawai_edit.setPlaceholderText(self.tr("Ketik nama atau NIP pegawai…"))
            self.pegawai_edit.setMaxLength(100)
            self.pegawai_label = QLabel()
            self.pegawai_label.setObjectName("itemPegawaiChosen")
            self.pegawai_label.setWordWrap(True)
            self.completer = EmployeeCompleter(self.pegawai_edit, employees, runner)
            self.completer.personChosen.connect(self.choose_person)
            self.pegawai_edit.textEdited.connect(lambda _text: self._person_cleared())
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.setSpacing(2)
            holder_layout.addWidget(self.pegawai_edit)
            holder_layout.addWidget(self.pegawai_label)
            self.rows["employee_id"] = FieldRow(holder)
            form.addRow(self.tr("&Pegawai:"), self.rows["employee_id"])
            self.kompetensi = QComboBox()
            self.kompetensi.setObjectName("itemKompetensi")
            self.kompetensi.setEditable(True)
            self.kompetensi.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            self.kompetensi.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            for k in kompetensi_baku(self.day):
                self.kompetensi.addItem(k.nama, k.kode)
            self.kompetensi.addItem(self.tr("Pemenuhan JP"), KODE_PEMENUHAN_JP)
            line = self.kompetensi.lineEdit()
            assert line is not None
            limit_input(line, _TEXT_LIMITS["kompetensi"])
            line.setPlaceholderText(self.tr("Pilih, atau ketik nama kompetensi teknis"))
            self.kompetensi.setCurrentIndex(-1)
            self.kompetensi.currentTextChanged.connect(lambda _text: self._load_routes())
            self.rows["kompetensi_nama"] = FieldRow(self.kompetensi)
            form.addRow(self.tr("&Kompetensi:"), self.rows["kompetensi_nama"])

        self.rute = QComboBox()
        self.rute.setObjectName("itemRute")
        self.rute.setEditable(True)
        self.rute.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        rute_line = self.rute.lineEdit()
        assert rute_line is not None
        limit_input(rute_line, _TEXT_LIMITS["rute"])
        self.rute.activated.connect(self._route_chosen)
        self.rute.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.jenis = QComboBox()
        self.jenis.setObjectName("itemJenis")
        for rule in jenis_pengembangan(self.day):
            jalur = self.tr("klasikal") if rule.klasikal else self.tr("nonklasikal")
            self.jenis.addItem(f"{rule.jenis} — {rule.nama} ({jalur})", rule.jenis)
        self.penyelenggara = QLineEdit()
        self.penyelenggara.setObjectName("itemPenyelenggara")
        limit_input(self.penyelenggara, _TEXT_LIMITS["penyelenggara"])
        self.bulan = QComboBox()
        self.bulan.setObjectName("itemBulan")
        for number in range(1, 13):
            self.bulan.addItem(bulan_text(number), number)
        self.jp = QDoubleSpinBox()
        self.jp.setObjectName("itemJp")
        self.jp.setRange(0.0, JP_MAX)
        self.jp.setDecimals(1)
        self.jp.setSingleStep(1.0)
        self.jp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.jp.setMaximumWidth(120)
        self.biaya = RupiahEdit()
        self.biaya.setObjectName("itemBiaya")
        self.biaya.setMaximumWidth(220)
        self.prioritas = QComboBox()
        self.prioritas.setObjectName("itemPrioritas")
        for level in PRIORITAS:
            try:
                label = label_prioritas(level, self.day)
            except (PolicyError, ValueError):
                label = str(level)
            self.prioritas.addItem(f"{level} — {label}", level)
        self.didanai = QCheckBox(self.tr("&Didanai dari anggaran tahun {0}").format(tahun))
        self.didanai.setObjectName("itemDidanai")
        self.catatan = plain_edit(_TEXT_LIMITS["catatan"], 3)
        self.catatan.setObjectName("itemCatatan")

        self.edits: dict[str, QWidget] = {
            "rute": self.rute,
            "jenis_diklat": self.jenis,
            "penyelenggara": self.penyelenggara,
            "bulan": self.bulan,
            "jp": self.jp,
            "biaya": self.biaya,
            "prioritas": self.prioritas,
            "didanai": self.didanai,
            "catatan": self.catatan,
        }
        labels = {
            "rute": self.tr("&Rute:"),
            "jenis_diklat": self.tr("&Jenis diklat:"),
            "penyelenggara": self.tr("Pen&yelenggara:"),
            "bulan": self.tr("&Bulan:"),
            "jp": self.tr("Perkiraan J&P:"),
            "biaya": self.tr("B&iaya:"),
            "prioritas": self.tr("Pri&oritas:"),
            "didanai": "",
            "catatan": self.tr("&Catatan:"),
        }
        for name, editor in self.edits.items():
            row = FieldRow(editor)
            self.rows[name] = row
            form.addRow(labels[name], row)

        self.summary = QLabel()
        self.summary.setObjectName("itemSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(PROBLEM_STYLE)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(self.context)
        layout.addWidget(self.form_widget)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if item is not None:
            self._fill(item)
        else:
            self.context.hide()
            self.bulan.setCurrentIndex(0)
            self.prioritas.setCurrentIndex(len(PRIORITAS) - 1)
            self.didanai.setChecked(True)
            self.biaya.set_value(0)
            if person is not None:
                self.choose_person(person)
            self._load_routes()
        if read_only is not None:
            self._make_read_only(read_only)
        fit_to_screen(self, 620, self.sizeHint().height())

    # -- filling ----------------------------------------------------------------------------

    def _fill(self, item: ItemRow) -> None:
        self._set_context(item)
        self.routes = routes_for(item.kompetensi_kode, self.day)
        self._offer_routes()
        self.rute.setEditText(item.rute)
        index = self.jenis.findData(item.jenis_diklat)
        if index < 0:  # a jenis the rules of this year no longer list: kept as it is
            self.jenis.addItem(item.jenis_diklat, item.jenis_diklat)
            index = self.jenis.count() - 1
        self.jenis.setCurrentIndex(index)
        self.penyelenggara.setText(item.penyelenggara)
        self.bulan.setCurrentIndex(max(self.bulan.findData(item.bulan), 0))
        self.jp.setValue(item.jp)
        self.biaya.set_value(item.biaya)
        index = self.prioritas.findData(item.prioritas)
        if index < 0:
            self.prioritas.addItem(item.prioritas_label or str(item.prioritas), item.prioritas)
            index = self.prioritas.count() - 1
        self.prioritas.setCurrentIndex(index)
        self.didanai.setChecked(item.didanai)
        self.catatan.setPlainText(item.catatan)

    def _set_context(self, item: ItemRow) -> None:
        lines = [
            self.tr("<b>{0}</b> — NIP {1}").format(_html(item.nama), _html(nip_text(item.nip)))
        ]
        where = " — ".join(_html(p) for p in (item.jabatan, item.unit) if p)
        if where:
            lines.append(where)
        if item.standar is not None or item.aktual is not None:
            lines.append(
                self.tr("Kompetensi: <b>{0}</b> (standar {1}, aktual {2})").format(
                    _html(item.kompetensi_nama), _level(item.standar), _level(item.aktual)
                )
            )
        else:
            lines.append(self.tr("Kompetensi: <b>{0}</b>").format(_html(item.kompetensi_nama)))
        if item.penyebab:
            lines.append(self.tr("Penyebab: {0}").format(_html(item.penyebab)))
        if item.kesenjangan_kinerja:
            lines.append(
                self.tr("Kesenjangan kinerja: {0}").format(_html(item.kesenjangan_kinerja))
            )
        if item.alasan:
            lines.append(self.tr("Alokasi: {0}").format(_html(item.alasan)))
        if item.biaya_ideal > 0:
            lines.append(
                self.tr("Rute yang dibutuhkan berbiaya {0}; belum didanai.").format(
                    format_rupiah(item.biaya_ideal)
                )
            )
        self.context_label.setText("<br>".join(lines))

    def choose_person(self, person: Person) -> None:
        """The employee the new item is for (chosen from the completer, or given)."""
        self.person = person
        if self.pegawai_edit is not None and self.pegawai_label is not None:
            self.pegawai_edit.setText(person.nama)
            detail = " — ".join(p for p in (person.label(), person.detail()) if p)
            self.pegawai_label.setText(detail)
            self.rows["employee_id"].set_problem(None)

    def _person_cleared(self) -> None:
        # Typing again means someone else is being looked for.
        self.person = None
        if self.pegawai_label is not None:
            self.pegawai_label.clear()

    def _kompetensi_choice(self) -> tuple[str, str]:
        """(kode, nama) of the competency of a new item: the catalogue's when one of its
        names is chosen, else the typed name without a code."""
        combo = self.kompetensi
        if combo is None:
            return "", ""
        text = " ".join(combo.currentText().split())
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(combo.itemData(index)), combo.itemText(index)
        return "", text

    def _load_routes(self) -> None:
        """The routes of the new item's competency group."""
        kode, _nama = self._kompetensi_choice()
        typed = " ".join(self.rute.currentText().split())
        offered = {r.nama for r in self.routes}
        self.routes = routes_for(kode, self.day)
        self._offer_routes()
        if typed and typed not in offered:
            self.rute.setEditText(typed)  # a route typed by hand stays
        elif self.routes:
            self.rute.setCurrentIndex(0)
            self._route_chosen(0)

    def _offer_routes(self) -> None:
        self.rute.blockSignals(True)
        self.rute.clear()
        for route in self.routes:
            cost = format_rupiah(route.biaya) if route.biaya else self.tr("tanpa biaya")
            self.rute.addItem(f"{route.nama} ({cost})", route.nama)
        self.rute.blockSignals(False)

    def _route_chosen(self, index: int) -> None:
        """A route of the list: its name in the field, its jenis, provider, JP and cost."""
        if not 0 <= index < len(self.routes):
            return
        route = self.routes[index]
        self.rute.setEditText(route.nama)
        found = self.jenis.findData(route.jenis_diklat)
        if found >= 0:
            self.jenis.setCurrentIndex(found)
        self.penyelenggara.setText(route.penyelenggara)
        self.jp.setValue(route.jp)
        self.biaya.set_value(route.biaya)

    def _make_read_only(self, reason: str) -> None:
        apply_read_only(self.form_widget)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            self.buttons.removeButton(save)
            save.deleteLater()
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if cancel is not None:
            cancel.setText(self.tr("Tutup"))
        self.setWindowTitle(self.tr("{0} (hanya baca)").format(self.windowTitle()))
        self.notice.setText(reason)
        self.notice.show()

    # -- saving -----------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save_button(self) -> QPushButton | None:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def draft(self) -> tuple[ItemDraft | None, list[FieldProblem]]:
        """The form as the service's draft, with what cannot even be read (the rupiah)."""
        problems: list[FieldProblem] = []
        try:
            biaya = self.biaya.value()
        except ValueError as exc:
            problems.append(FieldProblem("biaya", str(exc)))
            biaya = None
        else:
            if biaya is None:
                problems.append(
                    FieldProblem("biaya", self.tr("Biaya wajib diisi (0 bila tanpa biaya)."))
                )
        if self.item is None:
            if self.person is None:
                problems.append(
                    FieldProblem(
                        "employee_id",
                        self.tr("Pilih pegawai dari daftar yang muncul saat nama diketik."),
                    )
                )
            if not self._kompetensi_choice()[1]:
                problems.append(FieldProblem("kompetensi_nama", self.tr("Kompetensi wajib diisi.")))
        if problems:
            return None, problems
        assert biaya is not None
        return (
            ItemDraft(
                rute=" ".join(self.rute.currentText().split()),
                jenis_diklat=str(self.jenis.currentData()),
                penyelenggara=self.penyelenggara.text(),
                bulan=int(self.bulan.currentData()),
                jp=round(self.jp.value(), 1),
                biaya=biaya,
                prioritas=int(self.prioritas.currentData()),
                didanai=self.didanai.isChecked(),
                catatan=self.catatan.toPlainText(),
            ),
            [],
        )

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for p in problems:
            by_field.setdefault(
                "kompetensi_nama" if p.field == "kompetensi_kode" else p.field, p.message
            )
        for name, row in self.rows.items():
            row.set_problem(by_field.get(name))
        others = [m for f, m in by_field.items() if f not in self.rows]
        if by_field:
            text = self.tr("Belum disimpan: {0} isian perlu diperbaiki.").format(len(by_field))
            self.summary.setText("\n".join([text, *others]))
            self.summary.show()
            first = next((n for n in self.rows if n in by_field), None)
            if first is not None:
                self.rows[first].editor.setFocus()
        else:
            self.summary.hide()

    def save(self) -> bool:
        """Save in the worker; False when refused before that (problems under the fields)."""
        if self.read_only is not None or self.saving:
            return False
        draft, problems = self.draft()
        if draft is None:
            self.show_problems(problems)
            return False
        self.show_problems([])
        service, tahun, item = self.service, self.tahun, self.item
        employee_id = self.person.employee_id if self.person is not None else None
        kode, nama = self._kompetensi_choice()

        def work() -> tuple[int, Changes]:
            if item is None:
                assert employee_id is not None
                saved = service.add_item(
                    tahun, employee_id, draft, kompetensi_kode=kode, kompetensi_nama=nama
                )
            else:
                service.update_item(item.id, draft, expected_revision=item.revision)
                saved = item.id
            return saved, Changes(competency={"rencana"})

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=self._saved,
            on_failure=self._failed,
            buttons=self.buttons,
        ).run()
        return True

    def _saved(self, saved_id: int, _changes: Changes) -> None:
        self.saved_id = saved_id
        self.saved.emit(saved_id)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        """Problems of the form under its fields; a stale item, a plan no longer a draft,
        a permission or a lock in a message box (ui.operations), what was typed kept."""
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return True
        if isinstance(exc, StaleRecord | NotFound) or (
            isinstance(exc, ServiceError) and self.item is not None
        ):
            self.outdated.emit()
        return False


def _level(value: int | None) -> str:
    return str(value) if value is not None else "–"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
