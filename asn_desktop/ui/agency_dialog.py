"""Which agency this database belongs to (its code goes on every record it creates)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services.database import Database
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner


class AgencyDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Identitas instansi"))
        self.kode = QLineEdit(db.agency_code)
        self.kode.setPlaceholderText("DISKOMINFO")
        self.nama = QLineEdit(db.agency_name)
        self.nama.setPlaceholderText(self.tr("Dinas Komunikasi dan Informatika Kota Bandung"))
        limit_input(self.kode, "instansi_kode")
        limit_input(self.nama, "instansi_nama")
        self.rows = {"kode": FieldRow(self.kode), "nama": FieldRow(self.nama)}
        note = QLabel(
            self.tr(
                "Kode instansi menandai setiap data yang dibuat di basis data ini saat "
                "dikirim ke BKPSDM. Gunakan kode yang diberikan BKPSDM."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Kode instansi"), self.rows["kode"])
        form.addRow(self.tr("Nama instansi"), self.rows["nama"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def save(self) -> bool:
        """Save in the worker (see ui.operations); the dialog closes once it is saved, the
        problems come back under the fields, anything else in a message box."""
        if self.saving:
            return False
        db, kode, nama = self.db, self.kode.text(), self.nama.text()

        def work() -> tuple[None, Changes]:
            db.set_agency(kode, nama)
            return None, Changes(agency=True)

        def failed(exc: BaseException) -> bool:
            if not isinstance(exc, ValidationFailed):
                return False
            by_field = {p.field: p.message for p in exc.problems}
            for field, row in self.rows.items():
                row.set_problem(by_field.get(field))
            return True

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=lambda _result, _changes: self.accept(),
            on_failure=failed,
            buttons=self.buttons,
        ).run()
        return True
