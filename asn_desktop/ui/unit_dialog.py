"""The agency's unit tree: view it, add a unit under another, rename one (its former
names are kept and shown), move one under another parent, retire an empty one and put it
back. Every write runs as an Operation in the worker and announces Changes(units=True), so
the main window refills the register's unit filter (MainWindow._apply_changes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.services.errors import NotFound, ServiceError, ValidationFailed
from asn_desktop.services.org_units import OrgUnitService, UnitDetail, UnitNode
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner


class _Editor(Protocol):
    """What UnitDialog._run needs of an editor dialog."""

    buttons: QDialogButtonBox
    operation: Operation[Any] | None

    @property
    def saving(self) -> bool: ...

    def show_problems(self, exc: ValidationFailed) -> None: ...

    def show_refusal(self, message: str) -> None: ...

    def accept(self) -> None: ...

    def exec(self) -> int: ...

    def deleteLater(self) -> None: ...


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

    def show_refusal(self, message: str) -> None:
        self.rows["nama"].set_problem(message)


class UnitMoveDialog(QDialog):
    """Choose the new parent of a unit: any unit in use outside its own subtree, or the top."""

    def __init__(
        self, node: UnitNode, units: list[UnitNode], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pindahkan {0}").format(node.nama))
        self.parent_choice = QComboBox()
        self.parent_choice.addItem(self.tr("(unit teratas)"), None)
        below: set[int] = {node.id}
        for unit in units:  # parents come before children
            if unit.id in below or unit.parent_id in below:
                below.add(unit.id)
                continue
            self.parent_choice.addItem("    " * unit.depth + unit.nama, unit.id)
        self.parent_choice.setCurrentIndex(max(self.parent_choice.findData(node.parent_id), 0))
        self.rows = {"parent_id": FieldRow(self.parent_choice)}
        hint = QLabel(self.tr("Unit ini dipindahkan bersama semua unit di bawahnya."))
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Unit induk baru"), self.rows["parent_id"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.operation: Operation[Any] | None = None

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def chosen(self) -> int | None:
        data = self.parent_choice.currentData()
        return data if isinstance(data, int) else None

    def show_problems(self, exc: ValidationFailed) -> None:
        self.show_refusal("\n".join(p.message for p in exc.problems))

    def show_refusal(self, message: str) -> None:
        self.rows["parent_id"].set_problem(message)


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
        self.show_retired = QCheckBox(self.tr("Tampilkan unit tidak aktif"))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("Tambah unit…"))
        self.rename_button = QPushButton(self.tr("Ubah…"))
        self.move_button = QPushButton(self.tr("Pindahkan…"))
        self.retire_button = QPushButton(self.tr("Nonaktifkan…"))
        self.reactivate_button = QPushButton(self.tr("Aktifkan kembali"))
        self.hint = QLabel(
            self.tr(
                "Unit baru ditambahkan di bawah unit yang dipilih (tanpa pilihan: unit teratas)."
            )
        )
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.rename_button,
            self.move_button,
            self.retire_button,
            self.reactivate_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(self.show_retired)
        layout.addWidget(self.details)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.close_buttons)
        self.add_button.clicked.connect(self.add_unit)
        self.rename_button.clicked.connect(self.rename_unit)
        self.move_button.clicked.connect(self.move_unit)
        self.retire_button.clicked.connect(self.retire_unit)
        self.reactivate_button.clicked.connect(self.reactivate_unit)
        self.show_retired.toggled.connect(lambda _on: self.reload(self._selected_id()))
        self.tree.currentItemChanged.connect(lambda *_items: self._show_selected())
        self.operation: Operation[Any] | None = None
        self.resize(720, 560)
        self.reload()

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def reload(self, select_id: int | None = None) -> None:
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        retired_color = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        for node in self.service.tree(include_retired=self.show_retired.isChecked()):
            parent = items.get(node.parent_id) if node.parent_id is not None else None
            nama = node.nama
            if node.retired:
                nama = self.tr("{0} (tidak aktif)").format(nama)
            item = QTreeWidgetItem([nama, node.kode])
            item.setData(0, Qt.ItemDataRole.UserRole, node)
            if node.retired:
                for column in (0, 1):
                    item.setForeground(column, retired_color)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            items[node.id] = item
            if node.id == select_id:
                self.tree.setCurrentItem(item)
        self.tree.expandAll()
        self._show_selected()

    def selected(self) -> UnitNode | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        node = item.data(0, Qt.ItemDataRole.UserRole)
        return node if isinstance(node, UnitNode) else None

    def _selected_id(self) -> int | None:
        node = self.selected()
        return node.id if node is not None else None

    def item_of(self, unit_id: int) -> QTreeWidgetItem | None:
        """The tree's item of a unit (None while it is not shown)."""
        found = [
            item
            for item in self.tree.findItems(
                "", Qt.MatchFlag.MatchContains | Qt.MatchFlag.MatchRecursive
            )
            if getattr(item.data(0, Qt.ItemDataRole.UserRole), "id", None) == unit_id
        ]
        return found[0] if found else None

    def _show_selected(self) -> None:
        """The selected unit's state and former names; the buttons that apply to it."""
        node = self.selected()
        detail: UnitDetail | None = None
        if node is not None:
            try:
                detail = self.service.detail(node.id)
            except NotFound:
                detail = None
        live = node is not None and not node.retired
        busy = self.saving
        self.rename_button.setEnabled(node is not None and not busy)
        self.move_button.setEnabled(live and not busy)
        self.retire_button.setEnabled(live and not busy)
        self.reactivate_button.setEnabled(node is not None and node.retired and not busy)
        self.add_button.setEnabled(not busy and (node is None or live))
        self.details.setText(self._detail_text(detail))
        self.details.setVisible(bool(self.details.text()))

    def _detail_text(self, detail: UnitDetail | None) -> str:
        if detail is None:
            return ""
        lines: list[str] = []
        if detail.nonaktif_sejak is not None:
            lines.append(
                self.tr("Tidak aktif sejak {0}.").format(f"{detail.nonaktif_sejak:%d-%m-%Y}")
            )
        if detail.former_names:
            lines.append(self.tr("Nama sebelumnya:"))
            for former in reversed(detail.former_names):  # the latest first
                lines.append(
                    self.tr("• {0} ({1}), sampai {2}").format(
                        former.nama, former.kode, f"{former.sampai:%d-%m-%Y}"
                    )
                )
        return "\n".join(lines)

    def _run(self, editor: _Editor, save: Callable[[], Callable[[], int]]) -> int | None:
        """Show the editor until it saves or is cancelled; returns the unit id saved.

        save() reads the form (on the GUI thread) and returns the service call, which runs
        in the worker (see ui.operations) and closes over those plain values only.
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
                editor.show_refusal(str(exc))
                return True
            return False  # a message box on the editor (a stale revision, among others)

        def attempt() -> None:
            if editor.saving:
                return
            work = save()  # reads the form here, on the GUI thread
            editor.operation = Operation(
                self.runner,
                editor,  # type: ignore[arg-type]
                lambda: (work(), Changes(units=True)),
                on_success=saved,
                on_failure=failed,
                buttons=editor.buttons,
            ).run()

        editor.buttons.accepted.connect(attempt)
        editor.exec()
        editor.deleteLater()
        if result:
            self.changed = True
            self.reload(result[0])
        return result[0] if result else None

    def add_unit(self) -> None:
        parent = self.selected()
        if parent is not None and parent.retired:
            return
        title = (
            self.tr("Unit baru di bawah {0}").format(parent.nama)
            if parent
            else self.tr("Unit teratas baru")
        )
        editor = UnitEditDialog(title, f"{parent.kode}." if parent else "", "", self)
        service, parent_id = self.service, parent.id if parent else None

        def save() -> Callable[[], int]:
            kode, nama = editor.kode.text(), editor.nama.text()
            return lambda: service.create(kode, nama, parent_id)

        self._run(editor, save)

    def rename_unit(self) -> None:
        node = self.selected()
        if node is None:
            return
        editor = UnitEditDialog(self.tr("Ubah unit kerja"), node.kode, node.nama, self)
        service, unit_id, revision = self.service, node.id, node.revision

        def save() -> Callable[[], int]:
            kode, nama = editor.kode.text(), editor.nama.text()

            def work() -> int:
                service.rename(unit_id, nama, kode, expected_revision=revision)
                return unit_id

            return work

        self._run(editor, save)

    def move_unit(self) -> None:
        node = self.selected()
        if node is None or node.retired:
            return
        editor = UnitMoveDialog(node, self.service.tree(), self)
        service, unit_id, revision = self.service, node.id, node.revision

        def save() -> Callable[[], int]:
            parent_id = editor.chosen()

            def work() -> int:
                service.move(unit_id, parent_id, expected_revision=revision)
                return unit_id

            return work

        self._run(editor, save)

    def retire_unit(self) -> None:
        node = self.selected()
        if node is None or node.retired or self.saving:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Nonaktifkan unit kerja"),
            self.tr(
                "Nonaktifkan {0}? Unit ini tetap tercatat di riwayat dan ekspor, tetapi tidak "
                "lagi ditawarkan di filter dan pilihan unit. Unit dapat diaktifkan kembali."
            ).format(node.nama),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, unit_id, revision = self.service, node.id, node.revision
        self._write(lambda: service.retire(unit_id, expected_revision=revision), unit_id)

    def reactivate_unit(self) -> None:
        node = self.selected()
        if node is None or not node.retired or self.saving:
            return
        service, unit_id, revision = self.service, node.id, node.revision
        self._write(lambda: service.reactivate(unit_id, expected_revision=revision), unit_id)

    def _write(self, call: Callable[[], int], unit_id: int) -> None:
        """A write without an editor (retire, reactivate): a refusal in a message box."""

        def saved(_revision: int, _changes: Changes) -> None:
            self.changed = True
            self.reload(unit_id)

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, ServiceError):
                message = (
                    "\n".join(p.message for p in exc.problems)
                    if isinstance(exc, ValidationFailed)
                    else str(exc)
                )
                QMessageBox.warning(self, self.tr("Unit kerja"), message)
                self.reload(unit_id)  # what is true now (another clerk may have changed it)
                return True
            return False

        self.operation = Operation(
            self.runner,
            self,
            lambda: (call(), Changes(units=True)),
            on_success=saved,
            on_failure=failed,
            buttons=self.close_buttons,
        ).run()
        self._show_selected()
