"""The agency's unit tree: view it, add a unit under another, rename one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.ui.form_fields import FieldRow


class UnitEditDialog(QDialog):
    """Code and name of one unit; problems are shown under the field."""

    def __init__(self, title: str, kode: str, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kode = QLineEdit(kode)
        self.kode.setPlaceholderText(self.tr("mis. DISKOMINFO.02.01"))
        self.nama = QLineEdit(nama)
        self.rows = {"kode": FieldRow(self.kode), "nama": FieldRow(self.nama)}
        form = QFormLayout()
        form.addRow(self.tr("Kode"), self.rows["kode"])
        form.addRow(self.tr("Nama unit"), self.rows["nama"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def show_problems(self, exc: ValidationFailed) -> None:
        by_field = {p.field: p.message for p in exc.problems}
        for field, row in self.rows.items():
            row.set_problem(by_field.get(field))


class UnitDialog(QDialog):
    def __init__(self, service: OrgUnitService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.changed = False
        self.setWindowTitle(self.tr("Unit kerja"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Nama unit"), self.tr("Kode")])
        self.tree.setColumnWidth(0, 380)
        self.add_button = QPushButton(self.tr("Tambah unit…"))
        self.rename_button = QPushButton(self.tr("Ubah…"))
        self.hint = QLabel(
            self.tr(
                "Unit baru ditambahkan di bawah unit yang dipilih (tanpa pilihan: unit teratas)."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.rename_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.add_button.clicked.connect(self.add_unit)
        self.rename_button.clicked.connect(self.rename_unit)
        self.resize(640, 520)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for node in self.service.tree():
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            item = QTreeWidgetItem([node.nama, node.kode])
            item.setData(0, Qt.ItemDataRole.UserRole, node)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[node.id] = item
            if node.id == select_id:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self.rename_button.setEnabled(bool(items))

    def selected(self) -> UnitNode | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        node = item.data(0, Qt.ItemDataRole.UserRole)
        return node if isinstance(node, UnitNode) else None

    def _run(self, editor: UnitEditDialog, save: object) -> int | None:
        """Show the editor until it saves or is cancelled; returns the unit id saved."""
        result: list[int] = []

        def attempt() -> None:
            try:
                result.append(save())  # type: ignore[operator]
            except ValidationFailed as exc:
                editor.show_problems(exc)
                return
            except (NotFound, DatabaseError) as exc:
                editor.rows["nama"].set_problem(str(exc))
                return
            editor.accept()

        editor.buttons.accepted.connect(attempt)
        editor.exec()
        editor.deleteLater()
        return result[0] if result else None

    def add_unit(self) -> None:
        parent = self.selected()
        title = (
            self.tr("Unit baru di bawah {0}").format(parent.nama)
            if parent
            else self.tr("Unit teratas baru")
        )
        editor = UnitEditDialog(title, f"{parent.kode}." if parent else "", "", self)
        saved = self._run(
            editor,
            lambda: self.service.create(
                editor.kode.text(), editor.nama.text(), parent.id if parent else None
            ),
        )
        if saved is not None:
            self.changed = True
            self.reload(saved)

    def rename_unit(self) -> None:
        node = self.selected()
        if node is None:
            return
        editor = UnitEditDialog(self.tr("Ubah unit kerja"), node.kode, node.nama, self)

        def save() -> int:
            self.service.rename(node.id, editor.nama.text(), editor.kode.text())
            return node.id

        saved = self._run(editor, save)
        if saved is not None:
            self.changed = True
            self.reload(saved)
