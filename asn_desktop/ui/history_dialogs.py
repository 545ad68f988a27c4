"""Dialogs that add one entry to a history: rank, position or unit, each with its decree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    FieldProblem,
    JenisJabatan,
    TanggalError,
)
from asn_desktop.services.employees import (
    EmployeeService,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import UnitNode
from asn_desktop.services.reference import JabatanOption, ReferenceService
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.jabatan_completer import JabatanCompleter
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner


class _DecreeDialog(QDialog):
    """The part every history entry shares: TMT, decree number and date, a note."""

    def __init__(
        self,
        title: str,
        service: EmployeeService,
        employee_id: int,
        runner: TaskRunner,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.service, self.employee_id, self.runner = service, employee_id, runner
        self.saved_id: int | None = None
        self.operation: Operation[Any] | None = None
        self.form = QFormLayout()
        self.rows: dict[str, FieldRow] = {}
        self.tmt = DateEdit()
        self.sk_nomor = QLineEdit()
        self.sk_tanggal = DateEdit()
        self.keterangan = QLineEdit()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add_row(self, field: str, label: str, editor: QWidget) -> None:
        limit_input(editor, field)
        row = FieldRow(editor)
        self.rows[field] = row
        self.form.addRow(label, row)

    def add_decree_rows(self) -> None:
        self.add_row("tmt", self.tr("TMT"), self.tmt)
        self.add_row("sk_nomor", self.tr("Nomor SK"), self.sk_nomor)
        self.add_row("sk_tanggal", self.tr("Tanggal SK"), self.sk_tanggal)
        self.add_row("keterangan", self.tr("Keterangan"), self.keterangan)

    def decree(self, problems: list[FieldProblem]) -> tuple[date | None, date | None]:
        dates: list[date | None] = []
        for field, edit in (("tmt", self.tmt), ("sk_tanggal", self.sk_tanggal)):
            try:
                dates.append(edit.parsed())
            except TanggalError as exc:
                problems.append(FieldProblem(field, str(exc)))
                dates.append(None)
        if dates[0] is None and not any(p.field == "tmt" for p in problems):
            problems.append(FieldProblem("tmt", self.tr("TMT wajib diisi.")))
        return dates[0], dates[1]

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        by_field = {p.field: p.message for p in problems}
        for field, row in self.rows.items():
            row.set_problem(by_field.get(field))

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self) -> bool:
        """Check the entry, then add it in the worker (see ui.operations); False when it was
        refused before that. Saved, the dialog closes; the service's refusals come back under
        the fields, anything else in a message box, with the entry left as it was typed."""
        if self.saving:
            return False
        problems: list[FieldProblem] = []
        add = self.request(problems)
        if add is None:
            self.show_problems(problems)
            return False
        employee_id = self.employee_id

        def work() -> tuple[int, Changes]:
            # The employee's current rank, position or unit may follow the new entry.
            return add(), Changes(employees={employee_id})

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
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return True
        return False

    def request(self, problems: list[FieldProblem]) -> Callable[[], int] | None:
        """The service call adding the entry as the form has it (run in the worker), or
        None with `problems` filled."""
        raise NotImplementedError  # pragma: no cover - abstract


class RankEntryDialog(_DecreeDialog):
    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        status: str,
        kp_codes: list[tuple[str, str]],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tambah riwayat pangkat"), service, employee_id, runner, parent)
        self.golongan = QComboBox()
        for g in GOLONGAN_PPPK if status == "PPPK" else GOLONGAN_PNS:
            self.golongan.addItem(f"{g.ruang} {g.pangkat or ''}".strip(), g.id)
        self.jenis_kp = QComboBox()
        self.jenis_kp.addItem(self.tr("(pengangkatan pertama)"), "")
        for code, nama in kp_codes:
            self.jenis_kp.addItem(" ".join(nama.split()), code)
        self.add_row("golongan_id", self.tr("Golongan"), self.golongan)
        self.add_row("jenis_kp", self.tr("Jenis kenaikan"), self.jenis_kp)
        self.add_decree_rows()

    def request(self, problems: list[FieldProblem]) -> Callable[[], int] | None:
        tmt, sk_tanggal = self.decree(problems)
        if problems or tmt is None:
            return None
        service, employee_id = self.service, self.employee_id
        entry = RankEntry(
            golongan_id=int(self.golongan.currentData()),
            tmt=tmt,
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=sk_tanggal,
            jenis_kp=str(self.jenis_kp.currentData() or ""),
            keterangan=self.keterangan.text().strip(),
        )
        return lambda: service.add_rank(employee_id, entry)


class PositionEntryDialog(_DecreeDialog):
    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        reference: ReferenceService,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tambah riwayat jabatan"), service, employee_id, runner, parent)
        self.chosen: JabatanOption | None = None
        self.jenis = QComboBox()
        for jenis in JenisJabatan:
            self.jenis.addItem(jenis.label, jenis.value)
        self.jenis.setCurrentIndex(self.jenis.findData(JenisJabatan.PELAKSANA.value))
        self.nama = QLineEdit()
        self.nama.setObjectName("jabatanNama")
        self.nama.setPlaceholderText(self.tr("Ketik minimal 3 huruf, mis. 'analis'"))
        self.completer = JabatanCompleter(self.nama, reference, runner)
        self.completer.optionChosen.connect(self._option_chosen)
        self.nama.textEdited.connect(self._typed)
        self.eselon = QComboBox()
        self.eselon.addItem(self.tr("(tanpa eselon)"), "")
        for code in reference.codes("eselon"):
            if code.nama:
                self.eselon.addItem(f"{code.nama} ({code.code})", code.code)
        self.penugasan = QComboBox()
        for code in reference.codes("jenisPenugasan"):
            self.penugasan.addItem(code.nama, code.code)
        self.penugasan.setCurrentIndex(max(self.penugasan.findData("D"), 0))
        self.add_row("jenis_jabatan", self.tr("Jenis jabatan"), self.jenis)
        self.add_row("jabatan_nama", self.tr("Nama jabatan"), self.nama)
        self.add_row("eselon", self.tr("Eselon"), self.eselon)
        self.add_row("jenis_penugasan", self.tr("Penugasan"), self.penugasan)
        self.add_decree_rows()
        self.resize(560, self.sizeHint().height())

    def _typed(self, _text: str) -> None:
        self.chosen = None  # the name no longer comes from the catalogue

    def _option_chosen(self, option: JabatanOption) -> None:
        self.chosen = option
        index = self.jenis.findData(option.jenis_jabatan)
        if index >= 0:
            self.jenis.setCurrentIndex(index)

    def request(self, problems: list[FieldProblem]) -> Callable[[], int] | None:
        tmt, sk_tanggal = self.decree(problems)
        if problems or tmt is None:
            return None
        chosen = self.chosen
        service, employee_id = self.service, self.employee_id
        entry = PositionEntry(
            jenis_jabatan=str(self.jenis.currentData()),
            jabatan_nama=self.nama.text().strip(),
            tmt=tmt,
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=sk_tanggal,
            ref_jabatan_id=chosen.id if chosen else "",
            jenjang=chosen.jenjang if chosen else "",
            usia_bup=chosen.usia_bup if chosen else None,
            eselon=str(self.eselon.currentData() or ""),
            jenis_penugasan=str(self.penugasan.currentData() or "D"),
            keterangan=self.keterangan.text().strip(),
        )
        return lambda: service.add_position(employee_id, entry)


class UnitEntryDialog(_DecreeDialog):
    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        units: list[UnitNode],
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Tambah riwayat unit kerja"), service, employee_id, runner, parent)
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem("    " * unit.depth + unit.nama, unit.id)
        self.add_row("unit_id", self.tr("Unit kerja"), self.unit)
        self.add_decree_rows()

    def request(self, problems: list[FieldProblem]) -> Callable[[], int] | None:
        tmt, sk_tanggal = self.decree(problems)
        if self.unit.currentData() is None:
            problems.append(FieldProblem("unit_id", self.tr("Pilih unit kerja.")))
        if problems or tmt is None:
            return None
        service, employee_id = self.service, self.employee_id
        entry = UnitEntry(
            unit_id=int(self.unit.currentData()),
            tmt=tmt,
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=sk_tanggal,
            keterangan=self.keterangan.text().strip(),
        )
        return lambda: service.add_unit(employee_id, entry)
