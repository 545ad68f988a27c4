"""Which agency this database belongs to (its code goes on every record it creates)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.services.database import Database
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.ui.form_fields import FieldRow


class AgencyDialog(QDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Identitas instansi"))
        self.kode = QLineEdit(db.agency_code)
        self.kode.setPlaceholderText("DISKOMINFO")
        self.nama = QLineEdit(db.agency_name)
        self.nama.setPlaceholderText(self.tr("Dinas Komunikasi dan Informatika Kota Bandung"))
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def save(self) -> bool:
        try:
            self.db.set_agency(self.kode.text(), self.nama.text())
        except ValidationFailed as exc:
            by_field = {p.field: p.message for p in exc.problems}
            for field, row in self.rows.items():
                row.set_problem(by_field.get(field))
            return False
        except DatabaseError as exc:
            self.rows["nama"].set_problem(str(exc))
            return False
        self.accept()
        return True
