"""Dialogs that add or change one entry of a history: rank, position or unit, each with its
decree. Saved at once, in the worker, apart from the employee dialog's Simpan."""

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
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import (
    GOLONGAN_PNS,
    GOLONGAN_PPPK,
    FieldProblem,
    JenisJabatan,
    TanggalError,
    golongan_by_id,
)
from asn_desktop.domain.golongan import Golongan, GolonganError
from asn_desktop.domain.pesan import terjemahkan
from asn_desktop.services.employees import (
    EmployeeService,
    HistoryItem,
    PositionEntry,
    RankEntry,
    UnitEntry,
)
from asn_desktop.services.errors import NeedsConfirmation, ValidationFailed
from asn_desktop.services.org_units import UnitNode
from asn_desktop.services.reference import JabatanOption, ReferenceService
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.jabatan_completer import JabatanCompleter
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner


class _DecreeDialog(QDialog):
    """The part every history entry shares: TMT, decree number and date, a note.

    With `item` it changes that entry (filled in from it), else it adds one. An entry dated
    before the newest is asked about (the service's NeedsConfirmation) and, confirmed, saved.
    """

    def __init__(
        self,
        title: str,
        service: EmployeeService,
        employee_id: int,
        runner: TaskRunner,
        parent: QWidget | None,
        item: HistoryItem | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.service, self.employee_id, self.runner = service, employee_id, runner
        self.item = item
        self.saved_id: int | None = None
        self.asked: list[str] = []  # the confirmations asked for, last one last
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

    def fill_decree(self, item: HistoryItem) -> None:
        entry = item.entry
        assert entry is not None
        self.tmt.set_date(entry.tmt)
        self.sk_nomor.setText(entry.sk_nomor)
        self.sk_tanggal.set_date(entry.sk_tanggal)
        self.keterangan.setText(entry.keterangan)

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        by_field = {p.field: p.message for p in problems}
        for field, row in self.rows.items():
            row.set_problem(by_field.get(field))

    def submit(
        self, add: Callable[[], int], change: Callable[[int, int], int]
    ) -> Callable[[], int]:
        """The work of saving: `add` for a new entry, else `change(id, revision)`; both
        answer the entry's id."""
        if self.item is None:
            return add
        history_id, revision = self.item.id, self.item.revision

        def changed() -> int:
            change(history_id, revision)
            return history_id

        return changed

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self, *, confirm_earlier: bool = False) -> bool:
        """Check the entry, then save it in the worker (see ui.operations); False when it was
        refused before that. Saved, the dialog closes; the service's refusals come back under
        the fields, its question (an entry dated before the newest) in a question box, and
        anything else in a message box, with the entry left as it was typed."""
        if self.saving:
            return False
        problems: list[FieldProblem] = []
        add = self.request(problems, confirm_earlier)
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
        if isinstance(exc, NeedsConfirmation):
            self.show_problems([])
            self.asked.append(str(exc))
            answer = QMessageBox.question(
                self,
                self.windowTitle(),
                str(exc),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.save(confirm_earlier=True)
            return True
        return False

    def request(
        self, problems: list[FieldProblem], confirm_earlier: bool
    ) -> Callable[[], int] | None:
        """The service call saving the entry as the form has it (run in the worker), or
        None with `problems` filled."""
        raise NotImplementedError  # pragma: no cover - abstract


def _golongan_of(golongan_id: int | None) -> Golongan | None:
    if golongan_id is None:
        return None
    try:
        return golongan_by_id(golongan_id)
    except GolonganError:
        return None


REGULER = "101"  # SIASN kenaikanPangkat: kenaikan pangkat reguler


class RankEntryDialog(_DecreeDialog):
    """A rank entry. A new one starts at the golongan after `current_golongan_id` (the
    employee's current one) on the employee's scale; a golongan below it asks for the reason
    of the demotion (hukuman disiplin penurunan pangkat), the only way it is accepted."""

    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        status: str,
        kp_codes: list[tuple[str, str]],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        current_golongan_id: int | None = None,
        item: HistoryItem | None = None,
    ) -> None:
        title = self.tr("Ubah riwayat pangkat") if item else self.tr("Tambah riwayat pangkat")
        super().__init__(title, service, employee_id, runner, parent, item)
        self.current = _golongan_of(current_golongan_id)
        self.golongan = QComboBox()
        self.golongan.setPlaceholderText(self.tr("(pilih golongan)"))
        scale = GOLONGAN_PPPK if status == "PPPK" else GOLONGAN_PNS
        for g in scale:
            self.golongan.addItem(f"{g.ruang} {g.pangkat or ''}".strip(), g.id)
        self.jenis_kp = QComboBox()
        self.jenis_kp.addItem(self.tr("(pengangkatan pertama)"), "")
        for code, nama in kp_codes:
            self.jenis_kp.addItem(" ".join(nama.split()), code)
        self.penurunan_alasan = QLineEdit()
        self.penurunan_alasan.setObjectName("penurunanAlasan")
        self.penurunan_alasan.setPlaceholderText(
            self.tr("Hukuman disiplin penurunan pangkat: dasar dan alasannya")
        )
        self.add_row("golongan_id", self.tr("Golongan"), self.golongan)
        self.add_row("penurunan_alasan", self.tr("Alasan penurunan"), self.penurunan_alasan)
        self.add_row("jenis_kp", self.tr("Jenis kenaikan"), self.jenis_kp)
        self.add_decree_rows()
        if item is not None and isinstance(item.entry, RankEntry):
            entry = item.entry
            self.golongan.setCurrentIndex(self.golongan.findData(entry.golongan_id))
            self.jenis_kp.setCurrentIndex(max(self.jenis_kp.findData(entry.jenis_kp), 0))
            self.penurunan_alasan.setText(entry.penurunan_alasan)
            self.fill_decree(item)
        else:
            self.golongan.setCurrentIndex(self._next_index(scale))
            if self.current is not None:
                self.jenis_kp.setCurrentIndex(max(self.jenis_kp.findData(REGULER), 0))
        self.golongan.currentIndexChanged.connect(self._golongan_changed)
        self._golongan_changed()

    def _next_index(self, scale: tuple[Golongan, ...]) -> int:
        """The golongan after the current one (the current one at the top of the scale);
        none chosen for the first rank of an employee."""
        current = self.current
        if current is None or current not in scale:
            return -1
        return min(scale.index(current) + 1, len(scale) - 1)

    def demotion(self) -> bool:
        """Whether the chosen golongan lies below the employee's current one."""
        chosen, current = _golongan_of(self.golongan.currentData()), self.current
        return (
            chosen is not None
            and current is not None
            and chosen.untuk == current.untuk
            and chosen.rank < current.rank
        )

    def _golongan_changed(self) -> None:
        row = self.rows["penurunan_alasan"]
        shown = self.demotion() or bool(self.penurunan_alasan.text()) or bool(row.problem())
        self.form.setRowVisible(row, shown)

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        super().show_problems(problems)
        if any(p.field == "penurunan_alasan" for p in problems):
            self.form.setRowVisible(self.rows["penurunan_alasan"], True)

    def request(
        self, problems: list[FieldProblem], confirm_earlier: bool
    ) -> Callable[[], int] | None:
        tmt, sk_tanggal = self.decree(problems)
        if self.golongan.currentData() is None:
            problems.append(FieldProblem("golongan_id", self.tr("Pilih golongan.")))
        if problems or tmt is None:
            return None
        service, employee_id = self.service, self.employee_id
        kept = self.item.entry if self.item is not None else None
        entry = RankEntry(
            golongan_id=int(self.golongan.currentData()),
            tmt=tmt,
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=sk_tanggal,
            jenis_kp=str(self.jenis_kp.currentData() or ""),
            masa_kerja_tahun=kept.masa_kerja_tahun if isinstance(kept, RankEntry) else 0,
            masa_kerja_bulan=kept.masa_kerja_bulan if isinstance(kept, RankEntry) else 0,
            keterangan=self.keterangan.text().strip(),
            penurunan_alasan=self.penurunan_alasan.text().strip(),
        )
        return self.submit(
            lambda: service.add_rank(employee_id, entry, confirm_earlier=confirm_earlier),
            lambda history_id, revision: service.update_rank(
                history_id, entry, expected_revision=revision, confirm_earlier=confirm_earlier
            ),
        )


class PositionEntryDialog(_DecreeDialog):
    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        reference: ReferenceService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        item: HistoryItem | None = None,
    ) -> None:
        title = self.tr("Ubah riwayat jabatan") if item else self.tr("Tambah riwayat jabatan")
        super().__init__(title, service, employee_id, runner, parent, item)
        self.chosen: JabatanOption | None = None
        self.jenis = QComboBox()
        for jenis in JenisJabatan:
            self.jenis.addItem(terjemahkan(jenis.label), jenis.value)
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
        if item is not None and isinstance(item.entry, PositionEntry):
            entry = item.entry
            self.jenis.setCurrentIndex(max(self.jenis.findData(entry.jenis_jabatan), 0))
            self.nama.setText(entry.jabatan_nama)
            if entry.ref_jabatan_id:  # from the catalogue: kept unless the name is retyped
                self.chosen = JabatanOption(
                    katalog="",
                    id=entry.ref_jabatan_id,
                    nama=entry.jabatan_nama,
                    jenis_jabatan=entry.jenis_jabatan,
                    jenjang=entry.jenjang,
                    usia_bup=entry.usia_bup,
                )
            self.eselon.setCurrentIndex(max(self.eselon.findData(entry.eselon), 0))
            self.penugasan.setCurrentIndex(max(self.penugasan.findData(entry.jenis_penugasan), 0))
            self.fill_decree(item)
        self.resize(560, self.sizeHint().height())

    def _typed(self, _text: str) -> None:
        self.chosen = None  # the name no longer comes from the catalogue

    def _option_chosen(self, option: JabatanOption) -> None:
        self.chosen = option
        index = self.jenis.findData(option.jenis_jabatan)
        if index >= 0:
            self.jenis.setCurrentIndex(index)

    def request(
        self, problems: list[FieldProblem], confirm_earlier: bool
    ) -> Callable[[], int] | None:
        tmt, sk_tanggal = self.decree(problems)
        if problems or tmt is None:
            return None
        chosen = self.chosen
        kept = self.item.entry if self.item is not None else None
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
            unit_nama=kept.unit_nama if isinstance(kept, PositionEntry) else "",
            keterangan=self.keterangan.text().strip(),
        )
        return self.submit(
            lambda: service.add_position(employee_id, entry, confirm_earlier=confirm_earlier),
            lambda history_id, revision: service.update_position(
                history_id, entry, expected_revision=revision, confirm_earlier=confirm_earlier
            ),
        )


class UnitEntryDialog(_DecreeDialog):
    def __init__(
        self,
        service: EmployeeService,
        employee_id: int,
        units: list[UnitNode],
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        item: HistoryItem | None = None,
    ) -> None:
        title = self.tr("Ubah riwayat unit kerja") if item else self.tr("Tambah riwayat unit kerja")
        super().__init__(title, service, employee_id, runner, parent, item)
        self.unit = QComboBox()
        for unit in units:
            self.unit.addItem("    " * unit.depth + unit.nama, unit.id)
        self.add_row("unit_id", self.tr("Unit kerja"), self.unit)
        self.add_decree_rows()
        if item is not None and isinstance(item.entry, UnitEntry):
            index = self.unit.findData(item.entry.unit_id)
            if index < 0:  # a unit no longer in the tree: kept as it was
                self.unit.addItem(item.uraian, item.entry.unit_id)
                index = self.unit.count() - 1
            self.unit.setCurrentIndex(index)
            self.fill_decree(item)

    def request(
        self, problems: list[FieldProblem], confirm_earlier: bool
    ) -> Callable[[], int] | None:
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
        return self.submit(
            lambda: service.add_unit(employee_id, entry, confirm_earlier=confirm_earlier),
            lambda history_id, revision: service.update_unit(
                history_id, entry, expected_revision=revision, confirm_earlier=confirm_earlier
            ),
        )
