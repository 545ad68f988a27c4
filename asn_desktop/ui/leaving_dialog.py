"""Recording that a person left the agency, and the reason asked before a deletion.

A person who retires, moves to another instansi, dies, resigns or is dismissed is not deleted:
LeavingDialog records how and when, by which decree (services.employees.record_leaving), and
the register lists them under "Pegawai nonaktif". ReasonDialog asks why before a deletion (for
records made in error) or before a leaving recorded in error is cancelled; its default
button is Batal, so that Enter never deletes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import FieldProblem, TanggalError
from asn_desktop.ui.employee_table_model import KELUAR_TITLES, keluar_title
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # loaded with the open database
    from asn_desktop.services.employees import EmployeeService

__all__ = ["LeavingDialog", "ReasonDialog", "ask_reason"]

MUTASI_KELUAR = "mutasi_keluar"
MENINGGAL = "meninggal"


class LeavingDialog(QDialog):
    """Jenis, tanggal, alasan, the decree, and for a transfer the instansi it goes to; saved
    in the worker as an Operation, the service's problems shown under their fields.
    `saved(revision)` carries the employee's new revision; then the dialog closes."""

    saved = Signal(int)

    def __init__(
        self,
        runner: TaskRunner,
        service: EmployeeService,
        employee_id: int,
        expected_revision: int,
        nama: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leavingDialog")
        self.setWindowTitle(self.tr("Catat keluar dari instansi"))
        self.runner, self.service = runner, service
        self.employee_id, self.expected_revision = employee_id, expected_revision
        self.revision: int | None = None  # the new one, once saved
        self.operation: Operation[Any] | None = None

        intro = QLabel(
            self.tr(
                "{0} tetap tersimpan beserta riwayatnya dan tampil di daftar "
                '"Pegawai nonaktif". Hapus pegawai hanya untuk data yang salah dibuat.'
            ).format(nama)
        )
        intro.setWordWrap(True)
        self.jenis = QComboBox()
        self.jenis.setObjectName("leavingKind")
        for value in KELUAR_TITLES:
            self.jenis.addItem(keluar_title(value), value)
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("leavingDate")
        self.alasan = QPlainTextEdit()
        self.alasan.setObjectName("leavingReason")
        self.alasan.setTabChangesFocus(True)
        self.alasan.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.sk_nomor = QLineEdit()
        self.sk_nomor.setObjectName("leavingDecree")
        self.sk_tanggal = DateEdit()
        self.sk_tanggal.setObjectName("leavingDecreeDate")
        self.instansi_tujuan = QLineEdit()
        self.instansi_tujuan.setObjectName("leavingDestination")

        self.form = QFormLayout()
        self.rows: dict[str, FieldRow] = {}
        self.labels: dict[str, QLabel] = {}
        self._add_row("jenis", self.tr("Jenis"), self.jenis)
        self._add_row("tanggal", self.tr("Tanggal (TMT)"), self.tanggal, "tmt")
        self._add_row("alasan", self.tr("Alasan"), self.alasan, "keterangan")
        self._add_row("sk_nomor", self.tr("Nomor SK"), self.sk_nomor)
        self._add_row("sk_tanggal", self.tr("Tanggal SK"), self.sk_tanggal)
        self._add_row(
            "instansi_tujuan", self.tr("Instansi tujuan"), self.instansi_tujuan, "instansi_nama"
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Simpan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Batal"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)
        self.jenis.currentIndexChanged.connect(lambda _index: self._jenis_changed())
        self._jenis_changed()
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())

    def _add_row(self, field: str, label: str, editor: QWidget, policy: str = "") -> None:
        limit_input(editor, policy or field)
        row = FieldRow(editor)
        row.setObjectName(f"row_{field}")
        self.rows[field] = row
        self.labels[field] = QLabel(label)
        self.form.addRow(self.labels[field], row)

    def _jenis_changed(self) -> None:
        """Instansi tujuan only for a transfer out; a death needs no decree number."""
        transfer = self.jenis.currentData() == MUTASI_KELUAR
        self.form.setRowVisible(self.rows["instansi_tujuan"], transfer)
        self.sk_nomor.setPlaceholderText(
            self.tr("(boleh kosong)") if self.jenis.currentData() == MENINGGAL else ""
        )

    # -- saving -------------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def show_problems(self, problems: tuple[FieldProblem, ...] | list[FieldProblem]) -> None:
        by_field = {p.field: p.message for p in problems}
        for field, row in self.rows.items():
            row.set_problem(by_field.get(field))
        first = next((f for f in self.rows if f in by_field), None)
        if first is not None:
            self.rows[first].editor.setFocus(Qt.FocusReason.OtherFocusReason)

    def _dates(self, problems: list[FieldProblem]) -> tuple[date | None, date | None]:
        found: list[date | None] = []
        for field, edit in (("tanggal", self.tanggal), ("sk_tanggal", self.sk_tanggal)):
            try:
                found.append(edit.parsed())
            except TanggalError as exc:
                problems.append(FieldProblem(field, str(exc)))
                found.append(None)
        return found[0], found[1]

    def save(self) -> bool:
        """Record the leaving in the worker; False when the form was refused before that."""
        if self.saving:
            return False
        from asn_desktop.services.employees import LeavingEntry
        from asn_desktop.services.errors import ValidationFailed

        problems: list[FieldProblem] = []
        tanggal, sk_tanggal = self._dates(problems)
        if problems:
            self.show_problems(problems)
            return False
        transfer = self.jenis.currentData() == MUTASI_KELUAR
        entry = LeavingEntry(
            jenis=str(self.jenis.currentData()),
            tanggal=tanggal,
            alasan=self.alasan.toPlainText().strip(),
            sk_nomor=self.sk_nomor.text().strip(),
            sk_tanggal=sk_tanggal,
            instansi_tujuan=self.instansi_tujuan.text().strip() if transfer else "",
        )
        service, employee_id, revision = self.service, self.employee_id, self.expected_revision

        def work() -> tuple[int, Changes]:
            new = service.record_leaving(employee_id, entry, expected_revision=revision)
            return new, Changes(employees={employee_id})

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ValidationFailed):
                self.show_problems(exc.problems)
                return True
            return False

        self.show_problems([])
        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=self._saved,
            on_failure=failed,
            buttons=self.buttons,
        ).run()
        return True

    def _saved(self, revision: int, _changes: Changes) -> None:
        self.revision = revision
        self.saved.emit(revision)
        self.accept()


class ReasonDialog(QDialog):
    """A question with a required reason. The confirming button is enabled once a reason is
    typed; the default button is Batal, so Enter (in the reason's field or anywhere) never
    confirms."""

    def __init__(
        self,
        title: str,
        question: str,
        confirm_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reasonDialog")
        self.setWindowTitle(title)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(self.tr("Alasan (wajib diisi)"))
        limit_input(self.reason, "keterangan")
        self.buttons = QDialogButtonBox()
        self.confirm_button = QPushButton(confirm_text)
        self.confirm_button.setObjectName("reasonConfirm")
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setEnabled(False)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setObjectName("reasonCancel")
        self.cancel_button.setDefault(True)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda text: self.confirm_button.setEnabled(bool(text.strip()))
        )
        # Enter in the field goes to the default button (Batal), never to the confirmation.
        self.reason.returnPressed.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(QLabel(self.tr("Alasan:")))
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(max(self.sizeHint().width(), 440), self.sizeHint().height())

    def accept(self) -> None:
        if self.reason.text().strip():  # the button is off without one; Enter never comes here
            super().accept()

    def text(self) -> str:
        return " ".join(self.reason.text().split())


# The dialog's run, replaceable in tests (a modal dialog would wait for a person).
def ask_reason(
    parent: QWidget,
    title: str,
    question: str,
    confirm_text: str,
    on_dialog: Callable[[ReasonDialog], None] | None = None,
) -> str | None:
    """The reason typed and confirmed, None when cancelled."""
    dialog = ReasonDialog(title, question, confirm_text, parent)
    if on_dialog is not None:
        on_dialog(dialog)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text() or None
    finally:
        dialog.deleteLater()
