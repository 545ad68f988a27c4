"""Which agency this database belongs to (its code goes on every record it creates)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services.errors import ValidationFailed
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

# The hint under the code field says the rule that services.database.AGENCY_CODE checks
# (this module loads without SQLAlchemy: the new-database dialog uses it before any opens).


def hint_label(text: str) -> QLabel:
    """A wrapped line of help under a field, in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    palette = label.palette()
    palette.setColor(
        QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText)
    )
    label.setPalette(palette)
    return label


class AgencyFields:
    """The agency's code and name with their rule and example below them: for the agency
    dialog and the new-database dialog. The examples say "contoh" so that they cannot be
    taken for values already filled in."""

    def __init__(self, kode: str = "", nama: str = "") -> None:
        self.kode = QLineEdit(kode)
        self.kode.setObjectName("agencyCodeField")
        self.kode.setPlaceholderText(
            QCoreApplication.translate("AgencyDialog", "contoh: DISKOMINFO")
        )
        self.nama = QLineEdit(nama)
        self.nama.setObjectName("agencyNameField")
        self.nama.setPlaceholderText(
            QCoreApplication.translate(
                "AgencyDialog", "contoh: Dinas Komunikasi dan Informatika Kota Bandung"
            )
        )
        limit_input(self.kode, "instansi_kode")
        limit_input(self.nama, "instansi_nama")
        self.rows = {"kode": FieldRow(self.kode), "nama": FieldRow(self.nama)}
        self.kode_hint = hint_label(
            QCoreApplication.translate(
                "AgencyDialog",
                "2-40 huruf, angka, titik, garis bawah atau tanda hubung, diawali huruf "
                "atau angka (contoh: DISKOMINFO atau 1.03.01). Diberikan oleh BKPSDM.",
            )
        )
        self.kode_hint.setObjectName("agencyCodeHint")
        code_box = QWidget()
        box = QVBoxLayout(code_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.rows["kode"])
        box.addWidget(self.kode_hint)
        self.kode_box = code_box

    def add_to(self, form: QFormLayout) -> None:
        form.addRow(QCoreApplication.translate("AgencyDialog", "Kode instansi"), self.kode_box)
        form.addRow(QCoreApplication.translate("AgencyDialog", "Nama instansi"), self.rows["nama"])

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each field's problem (by "kode"/"nama") under it; the others cleared."""
        for field, row in self.rows.items():
            row.set_problem(problems.get(field))
        # A problem with the code repeats the rule: the hint would only say it twice.
        self.kode_hint.setVisible("kode" not in problems)


class AgencyDialog(QDialog):
    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.operation: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Identitas instansi"))
        self.fields = AgencyFields(db.agency_code, db.agency_name)
        self.kode, self.nama, self.rows = self.fields.kode, self.fields.nama, self.fields.rows
        note = QLabel(
            self.tr(
                "Kode instansi menandai setiap data yang dibuat di basis data ini saat "
                "dikirim ke BKPSDM. Gunakan kode yang diberikan BKPSDM."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        self.fields.add_to(form)
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
            self.fields.show_problems({p.field: p.message for p in exc.problems})
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
