"""The agency's unit tree: view it, add a unit under another, rename one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

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

from asn_desktop.services.errors import NotFound, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner


class UnitEditDialog(QDialog):
    """Code and name of one unit; problems are shown under the field."""

    def __init__(self, title: str, kode: str, nama: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.kode = QLineEdit(kode)
        self.kode.setPlaceholderText(self.tr("mis. DISKOMINFO.02.01"))
        self.nama = QLineEdit(nama)
        limit_input(self.kode, "unit_kode")
        limit_input(self.nama, "unit_nama")
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
        self.operation: Operation[Any] | None = None

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def show_problems(self, exc: ValidationFailed) -> None:
        by_field = {p.field: p.message for p in exc.problems}
        for field, row in self.rows.items():
            row.set_problem(by_field.get(field))


class UnitDialog(QDialog):
    def __init__(
        self, service: OrgUnitService, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
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

    def _run(self, editor: UnitEditDialog, save: Callable[[str, str], int]) -> int | None:
        """Show the editor until it saves or is cancelled; returns the unit id saved.

        save(kode, nama) is the service call; it runs in the worker (see ui.operations).
        """
        result: list[int] = []

        def saved(unit_id: int, _changes: Changes) -> None:
            result.append(unit_id)
            editor.accept()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ValidationFailed):
                editor.show_problems(exc)
                return True
            if isinstance(exc, NotFound):  # the unit went meanwhile
                editor.rows["nama"].set_problem(str(exc))
                return True
            return False  # a message box on the editor

        def attempt() -> None:
            if editor.saving:
                return
            kode, nama = editor.kode.text(), editor.nama.text()
            editor.operation = Operation(
                self.runner,
                editor,
                lambda: (save(kode, nama), Changes(units=True)),
                on_success=saved,
                on_failure=failed,
                buttons=editor.buttons,
            ).run()

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
        service, parent_id = self.service, parent.id if parent else None
        saved = self._run(editor, lambda kode, nama: service.create(kode, nama, parent_id))
        if saved is not None:
            self.changed = True
            self.reload(saved)

    def rename_unit(self) -> None:
        node = self.selected()
        if node is None:
            return
        editor = UnitEditDialog(self.tr("Ubah unit kerja"), node.kode, node.nama, self)
        service, unit_id = self.service, node.id

        def save(kode: str, nama: str) -> int:
            service.rename(unit_id, nama, kode)
            return unit_id

        saved = self._run(editor, save)
        if saved is not None:
            self.changed = True
            self.reload(saved)
