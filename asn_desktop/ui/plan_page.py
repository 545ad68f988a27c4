"""Rencana pengembangan kompetensi (AKPK): the yearly plan that fits the budget. A tab of
the competency window.

The year (next year unless told) is drafted with "Buat rancangan" (PlanService.generate,
in the worker: the needs from the competency and performance gaps and the JP of the year
before, funded until the budget runs out); a draft that exists is replaced only when the
clerk agrees, a plan past draft is refused with the service's message. The banner always
sets the plan's funded total against the year's budget (what is left, what stays unfunded
and what it would cost) and turns red when an edit takes the funded total over the
budget, saying by how much; under it the plan's status with one button for the next
approval (atasan, then PyB, then PPK: who approves and on which day) and "Kembalikan ke
draf" with a reason.

The items are an id model (ui.plan_table_model): every filter (unit, priority, funded or
not, words) and every header click is a new query in SQL in the worker; a page of rows is
rendered when shown. A double click opens the item (ui.plan_item_dialog), editable only
while the plan is a draft. "Tidak didanai" lists what the budget does not cover with what
it would cost. Ekspor ke Excel… writes the service's workbook in the worker; Pratinjau
shows the plan's PDF (ui.pdf_preview) to print or save. Every write is an Operation that
announces Changes(competency={"rencana"}); the page re-reads on those and on budget changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import FieldProblem, PolicyError, TanggalError, format_tanggal_angka
from asn_desktop.domain.akpk import label_prioritas
from asn_desktop.domain.peran import Permission
from asn_desktop.services.akpk import (
    GenerateResult,
    ItemQuery,
    ItemRow,
    PlanService,
    RencanaRecord,
)
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.services.training_budget import BudgetService, format_rupiah
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.plan_item_dialog import PRIORITAS, PlanItemDialog
from asn_desktop.ui.plan_table_model import (
    URUTAN,
    PlanTableModel,
    UnfundedTableModel,
    status_text,
)
from asn_desktop.ui.skp_editor import Person
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.xlsx_export import ask_xlsx_path

if TYPE_CHECKING:
    from asn_desktop.services.database import Database
    from asn_desktop.ui.pdf_preview import PdfPreviewDialog

__all__ = [
    "NEXT_STEP",
    "ApprovalDialog",
    "PlanPage",
    "PlanState",
    "ReturnToDraftDialog",
    "read_plan",
]

log = logging.getLogger(__name__)

CONTEXT = "PlanPage"
# The areas whose changes move what the page shows: the plan, and the budget it is set
# against.
PLAN_AREAS = frozenset({"rencana", "anggaran"})
SEARCH_DELAY_MS = 250
SEARCH_MAX_LENGTH = 100
COLUMN_WIDTHS = (44, 172, 200, 170, 170, 40, 40, 170, 150, 170, 80, 46, 110, 72, 100)
UNFUNDED_WIDTHS = (172, 200, 170, 170, 170, 72, 170, 150, 120)

# status -> the approval step that follows (services.akpk.LANGKAH)
NEXT_STEP: dict[str, str] = {
    "draft": "atasan",
    "disetujui_atasan": "pyb",
    "disetujui_pyb": "ppk",
}
STEP_BUTTONS: dict[str, Any] = {
    "atasan": QT_TRANSLATE_NOOP("PlanPage", "Set&ujui (atasan)…"),
    "pyb": QT_TRANSLATE_NOOP("PlanPage", "Set&ujui (PyB)…"),
    "ppk": QT_TRANSLATE_NOOP("PlanPage", "T&etapkan (PPK)…"),
}
STEP_WHO: dict[str, Any] = {
    "atasan": QT_TRANSLATE_NOOP("PlanPage", "atasan"),
    "pyb": QT_TRANSLATE_NOOP("PlanPage", "Pejabat yang Berwenang (PyB)"),
    "ppk": QT_TRANSLATE_NOOP("PlanPage", "Pejabat Pembina Kepegawaian (PPK)"),
}

BANNER_STYLE = (
    "QFrame#planBanner { background: #eef4fb; border: 1px solid #b6cde6; border-radius: 4px; }"
)
OVER_BUDGET_STYLE = (
    "QFrame#planBanner { background: #fdecea; border: 1px solid #e57373; border-radius: 4px; }"
)
OVER_TEXT_STYLE = "color: #8a1c1c; font-weight: bold;"
NOTE_TEXT_STYLE = "color: #7a4f00;"


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


def _count(value: int) -> str:
    return QLocale().toString(value)


def _open(dialog: QWidget | None) -> bool:
    """Shown now (the page's dialogs delete themselves once closed)."""
    return dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible()


@dataclass(frozen=True)
class PlanState:
    """What the page shows of a year apart from the items, read together in the worker."""

    tahun: int
    rencana: RencanaRecord | None
    anggaran: int  # the year's budget now
    tidak_didanai: list[ItemRow]


def read_plan(service: PlanService, budget: BudgetService, tahun: int) -> PlanState:
    rencana = service.rencana(tahun)
    if rencana is None:
        return PlanState(tahun, None, budget.total_anggaran(tahun), [])
    return PlanState(tahun, rencana, rencana.anggaran, service.tidak_didanai(tahun))


def not_draft_reason(record: RencanaRecord) -> str:
    return _tr(
        QT_TRANSLATE_NOOP(
            "PlanPage",
            "Rencana {0} berstatus {1}: butirnya tidak dapat diubah. Kembalikan ke draf dahulu.",
        )
    ).format(record.tahun, status_text(record.status))


def approvals_text(record: RencanaRecord) -> str:
    """ "Disetujui PyB — atasan: Rina, 05-01-2027; PyB: Agus, 12-01-2027"."""
    parts = []
    for who, oleh, pada in (
        (_tr(QT_TRANSLATE_NOOP("PlanPage", "atasan")), record.disetujui_atasan_oleh,
         record.disetujui_atasan_pada),
        ("PyB", record.disetujui_pyb_oleh, record.disetujui_pyb_pada),
        ("PPK", record.ditetapkan_ppk_oleh, record.ditetapkan_ppk_pada),
    ):  # fmt: skip
        if pada is not None:
            parts.append(f"{who}: {oleh}, {format_tanggal_angka(pada)}")
    text = status_text(record.status)
    return f"{text} — {'; '.join(parts)}" if parts else text


# -- the approval dialogs ---------------------------------------------------------------------


class _PlanDialog(QDialog):
    """A small form whose OK runs one write of the plan as an Operation; it closes when the
    write is done. The service's problems go under the fields; any other refusal (over the
    budget, out of order, a plan changed elsewhere) is a message box over the dialog, which
    stays open with what was typed."""

    def __init__(self, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.rows: dict[str, FieldRow] = {}
        self.operation: Operation[Any] | None = None
        self.refused = False  # the last save was refused by the service
        self.problem = QLabel()
        self.problem.setObjectName("planDialogProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def work(self) -> Callable[[], tuple[None, Changes]] | None:
        """Read the form (on the GUI thread) and return the write, or None after showing
        what is wrong with it."""
        raise NotImplementedError

    def show_problems(self, problems: list[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for p in problems:
            by_field.setdefault(p.field, p.message)
        for name, row in self.rows.items():
            row.set_problem(by_field.get(name))
        others = [m for f, m in by_field.items() if f not in self.rows]
        self.problem.setText("\n".join(others))
        self.problem.setVisible(bool(others))

    def accept(self) -> None:
        if self.saving:
            return
        work = self.work()
        if work is None:
            return
        self.refused = False
        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=lambda _result, _changes: super(_PlanDialog, self).accept(),
            on_failure=self._failed,
            buttons=self.buttons,
        ).run()

    def _failed(self, exc: BaseException) -> bool:
        self.refused = True
        if isinstance(exc, ValidationFailed):
            self.show_problems(list(exc.problems))
            return True
        return False


class ApprovalDialog(_PlanDialog):
    """The next approval of the plan: who approves (atasan, PyB, PPK) and on which day."""

    def __init__(
        self,
        service: PlanService,
        runner: TaskRunner,
        record: RencanaRecord,
        step: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service, self.record, self.step = service, record, step
        self.setObjectName("planApprovalDialog")
        who = _tr(STEP_WHO[step])
        if step == "ppk":
            self.setWindowTitle(self.tr("Penetapan rencana {0}").format(record.tahun))
        else:
            self.setWindowTitle(self.tr("Persetujuan rencana {0}").format(record.tahun))
        intro = QLabel(
            self.tr(
                "Catat persetujuan {0} atas rencana pengembangan kompetensi {1} ({2} butir, "
                "didanai {3} dari anggaran {4})."
            ).format(
                who,
                record.tahun,
                _count(record.butir),
                format_rupiah(record.biaya_didanai),
                format_rupiah(record.anggaran),
            )
        )
        intro.setWordWrap(True)
        self.oleh = QLineEdit()
        self.oleh.setObjectName("approvalOleh")
        self.oleh.setPlaceholderText(self.tr("Nama dan gelar pejabat"))
        limit_input(self.oleh, "rencana_penyetuju")
        self.tanggal = DateEdit()
        self.tanggal.setObjectName("approvalTanggal")
        self.tanggal.set_date(date.today())
        self.tanggal.setMaximumWidth(160)
        self.rows = {"oleh": FieldRow(self.oleh), "tanggal": FieldRow(self.tanggal)}
        form = QFormLayout()
        form.addRow(self.tr("&Disetujui oleh:"), self.rows["oleh"])
        form.addRow(self.tr("&Tanggal:"), self.rows["tanggal"])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Tetapkan") if step == "ppk" else self.tr("Setujui"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(500, self.sizeHint().height())

    def work(self) -> Callable[[], tuple[None, Changes]] | None:
        try:
            tanggal = self.tanggal.parsed()
        except TanggalError as exc:
            self.show_problems([FieldProblem("tanggal", str(exc))])
            return None
        if tanggal is None:
            self.show_problems(
                [FieldProblem("tanggal", self.tr("Tanggal persetujuan wajib diisi."))]
            )
            return None
        self.show_problems([])
        service, step, oleh = self.service, self.step, self.oleh.text()
        tahun, revision = self.record.tahun, self.record.revision

        def save() -> tuple[None, Changes]:
            service.setujui(tahun, step, oleh=oleh, tanggal=tanggal, expected_revision=revision)
            return None, Changes(competency={"rencana"})

        return save


class ReturnToDraftDialog(_PlanDialog):
    """Kembalikan ke draf: every approval is cleared; the reason joins the plan's notes."""

    def __init__(
        self,
        service: PlanService,
        runner: TaskRunner,
        record: RencanaRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(runner, parent)
        self.service, self.record = service, record
        self.setObjectName("planReturnDialog")
        self.setWindowTitle(self.tr("Kembalikan rencana {0} ke draf").format(record.tahun))
        intro = QLabel(
            self.tr(
                "Rencana {0} berstatus {1}. Dikembalikan ke draf, semua persetujuannya "
                "dibatalkan dan butirnya dapat diubah lagi; alasannya dicatat pada rencana."
            ).format(record.tahun, status_text(record.status))
        )
        intro.setWordWrap(True)
        self.alasan = QPlainTextEdit()
        self.alasan.setObjectName("returnAlasan")
        self.alasan.setTabChangesFocus(True)
        self.alasan.setFixedHeight(80)
        limit_input(self.alasan, "rencana_alasan_draf")
        self.rows = {"alasan": FieldRow(self.alasan)}
        form = QFormLayout()
        form.addRow(self.tr("&Alasan:"), self.rows["alasan"])
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Kembalikan ke draf"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def work(self) -> Callable[[], tuple[None, Changes]] | None:
        self.show_problems([])
        service, alasan = self.service, self.alasan.toPlainText()
        tahun, revision = self.record.tahun, self.record.revision

        def save() -> tuple[None, Changes]:
            service.kembali_ke_draft(tahun, alasan, expected_revision=revision)
            return None, Changes(competency={"rencana"})

        return save


# -- the page ---------------------------------------------------------------------------------


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class PlanPage(QWidget):
    """The yearly development plan; a tab of the competency window (CompetencyTab)."""

    pageFailed = Signal(object)  # a page read failed inside a repaint (queued to a dialog)

    def __init__(
        self,
        db: Database,
        runner: TaskRunner,
        parent: QWidget | None = None,
        *,
        tahun: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner = db, runner
        self.service = PlanService(db)
        self.budget = BudgetService(db)
        self.employees = EmployeeService(db)
        self.shown: PlanState | None = None
        self.operation: Operation[Any] | None = None
        self.item_dialog: PlanItemDialog | None = None
        self.plan_dialog: _PlanDialog | None = None
        self.preview_dialog: PdfPreviewDialog | None = None
        self.last_export: Path | None = None
        self.last_generated: GenerateResult | None = None
        self._opening = False  # an item is being read to open it
        self._plan_generation = 0
        self._ids_generation = 0
        self._ids_loaded_for: int | None = None  # the year the id list is of
        self._closed = False
        self._sort: tuple[str, bool] = ("urutan", False)
        self._edit_refusal: str | None = None
        self._export_refusal: str | None = None
        self._print_refusal: str | None = None
        self.setObjectName("planPage")

        # -- the year and the draft -------------------------------------------------------
        this_year = date.today().year
        self.tahun = QSpinBox()
        self.tahun.setObjectName("planTahun")
        # Next year's plan is drafted this year (DOMAIN.md: by the end of the year before).
        self.tahun.setRange(2000, this_year + 2)
        self.tahun.setValue(min(max(tahun or this_year + 1, 2000), this_year + 2))
        self.tahun.setKeyboardTracking(False)
        tahun_label = QLabel(self.tr("&Tahun rencana:"))
        tahun_label.setBuddy(self.tahun)
        self.generate_button = QPushButton(self.tr("&Buat rancangan…"))
        self.generate_button.setObjectName("planGenerate")
        self.refresh_button = QPushButton(self.tr("Muat ulan&g"))
        self.refresh_button.setObjectName("planRefresh")
        self.refresh_button.setToolTip(self.tr("Baca ulang rencana dari basis data (F5)."))
        top = QHBoxLayout()
        top.addWidget(tahun_label)
        top.addWidget(self.tahun)
        top.addSpacing(12)
        top.addWidget(self.generate_button)
        top.addStretch(1)
        top.addWidget(self.refresh_button)

        # -- the banner: the plan against the budget, status and approvals ----------------
        self.banner = QFrame()
        self.banner.setObjectName("planBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.headline = _bold(QLabel())
        self.headline.setObjectName("planHeadline")
        self.headline.setWordWrap(True)
        self.budget_label = QLabel()
        self.budget_label.setObjectName("planBudget")
        self.budget_label.setWordWrap(True)
        self.budget_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("planWarning")
        self.warning_label.setWordWrap(True)
        self.warning_label.hide()
        self.jp_label = QLabel()
        self.jp_label.setObjectName("planJp")
        self.jp_label.setWordWrap(True)
        self.status_label = QLabel()
        self.status_label.setObjectName("planStatus")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.approve_button = QPushButton(_tr(STEP_BUTTONS["atasan"]))
        self.approve_button.setObjectName("planApprove")
        self.return_button = QPushButton(self.tr("Kembalikan ke dra&f…"))
        self.return_button.setObjectName("planReturn")
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(self.headline)
        texts.addWidget(self.budget_label)
        texts.addWidget(self.warning_label)
        texts.addWidget(self.jp_label)
        texts.addWidget(self.status_label)
        approvals = QVBoxLayout()
        approvals.addWidget(self.approve_button)
        approvals.addWidget(self.return_button)
        approvals.addStretch(1)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_layout.addLayout(texts, 1)
        banner_layout.addSpacing(12)
        banner_layout.addLayout(approvals)

        # -- the items --------------------------------------------------------------------
        self.unit_filter = QLineEdit()
        self.unit_filter.setObjectName("planUnitFilter")
        self.unit_filter.setPlaceholderText(self.tr("Semua unit (ketik sebagian nama)"))
        self.unit_filter.setClearButtonEnabled(True)
        self.unit_filter.setMaxLength(SEARCH_MAX_LENGTH)
        unit_label = QLabel(self.tr("U&nit:"))
        unit_label.setBuddy(self.unit_filter)
        self.prioritas_filter = QComboBox()
        self.prioritas_filter.setObjectName("planPrioritasFilter")
        self.prioritas_filter.addItem(self.tr("Semua"), None)
        prioritas_label = QLabel(self.tr("Pri&oritas:"))
        prioritas_label.setBuddy(self.prioritas_filter)
        self._fill_prioritas()
        self.didanai_filter = QComboBox()
        self.didanai_filter.setObjectName("planDidanaiFilter")
        self.didanai_filter.addItem(self.tr("Semua"), None)
        self.didanai_filter.addItem(self.tr("Didanai"), True)
        self.didanai_filter.addItem(self.tr("Tidak didanai"), False)
        didanai_label = QLabel(self.tr("Pembia&yaan:"))
        didanai_label.setBuddy(self.didanai_filter)
        self.search = QLineEdit()
        self.search.setObjectName("planSearch")
        self.search.setPlaceholderText(
            self.tr("Cari NIP, nama, jabatan, kompetensi, rute atau penyelenggara… (Ctrl+F)")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)
        filters = QHBoxLayout()
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_filter, 2)
        filters.addWidget(prioritas_label)
        filters.addWidget(self.prioritas_filter)
        filters.addWidget(didanai_label)
        filters.addWidget(self.didanai_filter)
        filters.addSpacing(8)
        filters.addWidget(self.search, 3)

        self.fetcher: GuardedFetcher[ItemRow] = GuardedFetcher.of(
            self,
            lambda page, ids: page.service.item_rows(ids),
            lambda page, exc: page.pageFailed.emit(exc),
            (DatabaseError, ServiceError),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = PlanTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("planTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, COLUMN_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(URUTAN, Qt.SortOrder.AscendingOrder)

        self.add_button = QPushButton(self.tr("Ta&mbah butir…"))
        self.add_button.setObjectName("planAddItem")
        self.open_button = QPushButton(self.tr("&Lihat / ubah butir…"))
        self.open_button.setObjectName("planOpenItem")
        self.delete_button = QPushButton(self.tr("&Hapus butir"))
        self.delete_button.setObjectName("planDeleteItem")
        self.count_label = QLabel()
        self.count_label.setObjectName("planCount")
        self.count_label.setContentsMargins(0, 0, 6, 0)
        item_buttons = QHBoxLayout()
        item_buttons.addWidget(self.add_button)
        item_buttons.addWidget(self.open_button)
        item_buttons.addWidget(self.delete_button)
        item_buttons.addStretch(1)
        item_buttons.addWidget(self.count_label)
        items_page = QWidget()
        items_layout = QVBoxLayout(items_page)
        items_layout.setContentsMargins(0, 4, 0, 0)
        items_layout.addLayout(filters)
        items_layout.addWidget(self.table, 1)
        items_layout.addLayout(item_buttons)

        # -- what stays unfunded ----------------------------------------------------------
        self.unfunded_model = UnfundedTableModel(self)
        self.unfunded_table = QTableView()
        self.unfunded_table.setObjectName("planUnfundedTable")
        self.unfunded_table.setModel(self.unfunded_model)
        configure_list_table(self.unfunded_table, UNFUNDED_WIDTHS)
        # No column first: the list keeps the service's order (priority, then plan order)
        # until a header is clicked.
        self.unfunded_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.unfunded_table.setSortingEnabled(True)
        self.unfunded_total = _bold(QLabel())
        self.unfunded_total.setObjectName("planUnfundedTotal")
        self.unfunded_total.setWordWrap(True)
        unfunded_note = QLabel(
            self.tr(
                "Kebutuhan yang tidak terdanai anggaran tahun ini, atau didanai dengan rute yang "
                "lebih murah daripada yang dibutuhkan, dengan biaya rute yang dibutuhkan; urut "
                "prioritas. Dasar usulan tambahan anggaran."
            )
        )
        unfunded_note.setWordWrap(True)
        unfunded_page = QWidget()
        unfunded_layout = QVBoxLayout(unfunded_page)
        unfunded_layout.setContentsMargins(0, 4, 0, 0)
        unfunded_layout.addWidget(unfunded_note)
        unfunded_layout.addWidget(self.unfunded_table, 1)
        unfunded_layout.addWidget(self.unfunded_total)

        self.views = QTabWidget()
        self.views.setObjectName("planViews")
        self.views.addTab(items_page, self.tr("Butir ren&cana"))
        self.views.addTab(unfunded_page, self.tr("T&idak didanai"))

        # -- export, print, messages --------------------------------------------------------
        self.message = QLabel()
        self.message.setObjectName("planMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Ekspor ke E&xcel…"))
        self.export_button.setObjectName("planExport")
        self.preview_button = QPushButton(self.tr("&Pratinjau / cetak PDF…"))
        self.preview_button.setObjectName("planPreview")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.preview_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        # -- wiring -----------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_items)
        for edit in (self.search, self.unit_filter):
            edit.textChanged.connect(lambda _text: self._debounce.start())
            edit.returnPressed.connect(self.refresh_items)
        for combo in (self.prioritas_filter, self.didanai_filter):
            combo.currentIndexChanged.connect(lambda _index: self.refresh_items())
        self.tahun.valueChanged.connect(self._tahun_changed)
        self.generate_button.clicked.connect(lambda _checked=False: self.generate())
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.approve_button.clicked.connect(lambda _checked=False: self.approve())
        self.return_button.clicked.connect(lambda _checked=False: self.return_to_draft())
        self.add_button.clicked.connect(lambda _checked=False: self.add_item())
        self.open_button.clicked.connect(lambda _checked=False: self.open_item())
        self.delete_button.clicked.connect(lambda _checked=False: self.delete_item())
        self.export_button.clicked.connect(lambda _checked=False: self.export_excel())
        self.preview_button.clicked.connect(lambda _checked=False: self.preview())
        self.table.activated.connect(lambda _index: self.open_item())
        self.table.selectionModel().currentChanged.connect(lambda *_a: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.model.sortRequested.connect(self._sort_requested)
        for key, slot in (
            (QKeySequence(QKeySequence.StandardKey.Find), self._focus_search),
            (QKeySequence("F5"), self.refresh),
        ):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_item)
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self._show_state()
        self.refresh()

    # -- CompetencyTab --------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """A viewer reads, opens the items read-only and prints; drafting, editing and
        approving need EDIT, the workbook EXPORT."""
        self._edit_refusal = denial_text(self.db.user, Permission.EDIT)
        self._export_refusal = denial_text(self.db.user, Permission.EXPORT)
        self._print_refusal = denial_text(self.db.user, Permission.PRINT)
        self._update_actions()

    def shutdown(self) -> None:
        self._closed = True  # answers still on their way are for nobody
        self._debounce.stop()
        for dialog in (self.item_dialog, self.plan_dialog, self.preview_dialog):
            if dialog is not None and _open(dialog):
                dialog.reject()

    # -- what may be done now ---------------------------------------------------------------

    @property
    def record(self) -> RencanaRecord | None:
        """The plan of the year shown (None before it is read, or without a plan)."""
        shown = self.shown
        if shown is None or shown.tahun != self.tahun.value():
            return None
        return shown.rencana

    @property
    def loaded(self) -> bool:
        return self.shown is not None and self.shown.tahun == self.tahun.value()

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def _update_actions(self) -> None:
        record, loaded, busy = self.record, self.loaded, self.busy
        tahun = self.tahun.value()
        chosen = self.current_id() is not None
        edit_refusal = self._edit_refusal
        no_plan = self.tr("Belum ada rencana tahun {0}; buat rancangan dahulu.").format(tahun)
        not_draft = not_draft_reason(record) if record is not None and not record.draft else None

        def set_state(button: QPushButton, refusal: str | None, tip: str) -> None:
            button.setEnabled(refusal is None and not busy)
            button.setToolTip(refusal or tip)

        # Drafting: an approved plan is refused by the service, with its own words.
        set_state(
            self.generate_button,
            edit_refusal or (None if loaded else self.tr("Rencana sedang dibaca…")),
            self.tr(
                "Susun draf rencana {0} dari kesenjangan kompetensi, kinerja dan JP tahun "
                "sebelumnya, didanai sampai anggaran {0} habis."
            ).format(tahun),
        )
        step = NEXT_STEP.get(record.status) if record is not None else None
        self.approve_button.setText(_tr(STEP_BUTTONS[step or "ppk"]))
        approve_refusal = edit_refusal
        if approve_refusal is None and record is None:
            approve_refusal = no_plan
        if approve_refusal is None and step is None:
            approve_refusal = self.tr(
                "Rencana {0} sudah ditetapkan PPK; kembalikan ke draf untuk mengubahnya."
            ).format(tahun)
        set_state(
            self.approve_button,
            approve_refusal,
            self.tr("Catat persetujuan {0}.").format(_tr(STEP_WHO[step])) if step else "",
        )
        return_refusal = edit_refusal
        if return_refusal is None and record is None:
            return_refusal = no_plan
        if return_refusal is None and record is not None and record.draft:
            return_refusal = self.tr("Rencana {0} masih berupa draf.").format(tahun)
        set_state(
            self.return_button,
            return_refusal,
            self.tr("Batalkan semua persetujuan agar butirnya dapat diubah lagi."),
        )
        change_refusal = edit_refusal or (no_plan if record is None else not_draft)
        set_state(
            self.add_button,
            change_refusal,
            self.tr("Tambahkan kebutuhan pengembangan yang tidak terlihat pada rancangan."),
        )
        set_state(
            self.delete_button,
            change_refusal or (None if chosen else self.tr("Pilih butir dahulu.")),
            self.tr("Hapus butir terpilih dari rencana."),
        )
        set_state(
            self.open_button,
            None if chosen else self.tr("Pilih butir dahulu."),
            not_draft
            or edit_refusal
            or self.tr("Buka butir terpilih untuk mengubah rute, bulan, biaya atau pendanaannya."),
        )
        set_state(
            self.export_button,
            self._export_refusal or (no_plan if record is None else None),
            self.tr("Simpan rencana, jumlahnya dan daftar yang tidak didanai ke .xlsx."),
        )
        set_state(
            self.preview_button,
            self._print_refusal or (no_plan if record is None else None),
            self.tr("Tampilkan rencana seperti akan dicetak, lalu cetak atau simpan PDF."),
        )

    def _fill_prioritas(self) -> None:
        """The priority levels named as the policy of the year shown names them."""
        chosen = self.prioritas_filter.currentData()
        day = date(self.tahun.value(), 1, 1)
        self.prioritas_filter.blockSignals(True)
        while self.prioritas_filter.count() > 1:
            self.prioritas_filter.removeItem(1)
        for level in PRIORITAS:
            try:
                label = label_prioritas(level, day)
            except (PolicyError, ValueError):
                label = str(level)
            self.prioritas_filter.addItem(f"{level} — {label}", level)
        self.prioritas_filter.setCurrentIndex(max(self.prioritas_filter.findData(chosen), 0))
        self.prioritas_filter.blockSignals(False)

    # -- reading ----------------------------------------------------------------------------

    def query(self) -> ItemQuery:
        return ItemQuery(
            unit=self.unit_filter.text(),
            prioritas=self.prioritas_filter.currentData(),
            didanai=self.didanai_filter.currentData(),
            search=self.search.text(),
        )

    def refresh(self) -> None:
        """Read the year's plan (totals, status, the unfunded list) and its item ids."""
        if self._closed:
            return
        self._plan_generation += 1
        generation = self._plan_generation
        service, budget, tahun = self.service, self.budget, self.tahun.value()
        self.runner.run(
            lambda: read_plan(service, budget, tahun),
            lambda state: self._plan_read(generation, state),
            self._failed,
        )
        self.refresh_items()

    def refresh_items(self) -> None:
        """Ask the worker for the ids the filters let through, in the order asked for."""
        self._debounce.stop()
        if self._closed:
            return
        self._ids_generation += 1
        generation = self._ids_generation
        service, tahun, query = self.service, self.tahun.value(), self.query()
        sort, descending = self._sort
        self.runner.run(
            lambda: service.item_ids(tahun, query, sort, descending),
            lambda ids: self._ids_read(generation, tahun, ids),
            self._failed,
        )

    def _plan_read(self, generation: int, state: PlanState) -> None:
        if self._closed or generation != self._plan_generation:
            return  # closed, or asked again since
        self.shown = state
        self.unfunded_model.set_rows(state.tidak_didanai)
        self._show_state()

    def _ids_read(self, generation: int, tahun: int, ids: list[int]) -> None:
        if self._closed or generation != self._ids_generation:
            return
        current = self.current_id()
        self.fetcher.new_query()
        self.model.set_ids(ids)
        self._ids_loaded_for = tahun
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_count()
        self._update_actions()

    def _show_state(self) -> None:
        """The banner, the unfunded total and the actions for what was read."""
        tahun = self.tahun.value()
        shown = self.shown if self.loaded else None
        record = shown.rencana if shown is not None else None
        over = record is not None and record.melebihi_anggaran
        self.banner.setStyleSheet(OVER_BUDGET_STYLE if over else BANNER_STYLE)
        self.warning_label.hide()
        if shown is None:
            self.headline.setText(self.tr("Membaca rencana {0}…").format(tahun))
            for label in (self.budget_label, self.jp_label, self.status_label):
                label.clear()
        elif record is None:
            self.headline.setText(
                self.tr("Belum ada rencana pengembangan kompetensi {0}.").format(tahun)
            )
            if shown.anggaran > 0:
                self.budget_label.setText(
                    self.tr(
                        "Anggaran pelatihan {0}: {1}. Buat rancangan: kebutuhan dari kesenjangan "
                        "kompetensi, kinerja dan JP tahun {2} didanai sampai anggaran habis."
                    ).format(tahun, format_rupiah(shown.anggaran), tahun - 1)
                )
            else:
                self.budget_label.setText(
                    self.tr(
                        "Anggaran pelatihan {0} belum diisi (tab Anggaran): rancangan hanya "
                        "akan mendanai rute tanpa biaya."
                    ).format(tahun)
                )
            self.jp_label.clear()
            self.status_label.clear()
        else:
            self._show_record(record)
        self._update_unfunded()
        self._update_count()
        self._update_actions()

    def _show_record(self, record: RencanaRecord) -> None:
        self.headline.setText(
            self.tr(
                "Rencana pengembangan kompetensi {0} — {1} · {2} butir untuk {3} pegawai"
            ).format(
                record.tahun,
                status_text(record.status),
                _count(record.butir),
                _count(record.pegawai),
            )
        )
        self.budget_label.setText(
            self.tr(
                "Anggaran {0} · didanai {1} ({2} butir) · sisa {3} · kebutuhan belum didanai "
                "{4} ({5} butir)"
            ).format(
                format_rupiah(record.anggaran),
                format_rupiah(record.biaya_didanai),
                _count(record.butir_didanai),
                format_rupiah(record.sisa_anggaran),
                format_rupiah(record.biaya_tidak_didanai),
                _count(len(self.shown.tidak_didanai) if self.shown is not None else 0),
            )
        )
        warnings = []
        if record.melebihi_anggaran:
            warnings.append(
                self.tr(
                    "Melebihi anggaran sebesar {0}: kurangi butir yang didanai atau tambah "
                    "anggaran sebelum rencana disetujui."
                ).format(format_rupiah(record.kelebihan))
            )
            self.warning_label.setStyleSheet(OVER_TEXT_STYLE)
        elif record.anggaran != record.anggaran_saat_dibuat:
            self.warning_label.setStyleSheet(NOTE_TEXT_STYLE)
        if record.anggaran != record.anggaran_saat_dibuat:
            warnings.append(
                self.tr(
                    "Anggaran berubah sejak rancangan dibuat ({0} saat itu); buat ulang "
                    "rancangan atau sesuaikan butir yang didanai."
                ).format(format_rupiah(record.anggaran_saat_dibuat))
            )
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        if record.di_bawah_target:
            self.jp_label.setText(
                self.tr(
                    "Di bawah target JP {0}: {1} pegawai, {2} di antaranya mendapat kegiatan "
                    "yang didanai."
                ).format(
                    record.tahun - 1,
                    _count(record.di_bawah_target),
                    _count(record.di_bawah_target_didanai),
                )
            )
        else:
            self.jp_label.setText(
                self.tr("Tidak ada pegawai dalam rencana yang di bawah target JP {0}.").format(
                    record.tahun - 1
                )
            )
        self.status_label.setText(self.tr("Status: {0}").format(approvals_text(record)))
        self.status_label.setToolTip(record.catatan)

    def _update_unfunded(self) -> None:
        rows = self.unfunded_model.rowCount()
        if self.record is None:
            self.unfunded_total.clear()
            return
        self.unfunded_total.setText(
            self.tr("Jumlah kebutuhan yang belum didanai: {0} ({1} butir)").format(
                format_rupiah(self.unfunded_model.total()), _count(rows)
            )
        )

    def _update_count(self) -> None:
        record = self.record
        listed = self.model.rowCount()
        if record is None or self._ids_loaded_for != self.tahun.value():
            self.count_label.clear()
        elif listed == record.butir:
            self.count_label.setText(self.tr("{0} butir").format(_count(listed)))
        else:
            self.count_label.setText(
                self.tr("{0} dari {1} butir").format(_count(listed), _count(record.butir))
            )

    def _tahun_changed(self, _tahun: int) -> None:
        self._fill_prioritas()
        self.fetcher.new_query()
        self.model.set_ids([])  # the rows shown are another year's
        self.unfunded_model.set_rows([])
        self._show_state()
        self.refresh()

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh_items()

    def _changes_announced(self, changes: Changes) -> None:
        if not self._closed and set(changes.competency) & PLAN_AREAS:
            self.refresh()

    def _focus_search(self) -> None:
        self.views.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    # -- the chosen item --------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def current_item(self) -> ItemRow | None:
        index = self.table.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def open_item(self) -> None:
        """The chosen item in its dialog, read again first (the rows shown may be older)."""
        item_id = self.current_id()
        if item_id is None or self._opening or self._closed:
            return
        if self.item_dialog is not None and _open(self.item_dialog):
            self.item_dialog.raise_()
            self.item_dialog.activateWindow()
            return
        self._opening = True
        service = self.service

        def opened(rows: dict[int, ItemRow]) -> None:
            self._opening = False
            if self._closed:
                return
            item = rows.get(item_id)
            if item is None:
                self.message.setText(self.tr("Butir itu sudah dihapus; daftar dibaca ulang."))
                self.refresh()
                return
            self._open_dialog(item)

        def failed(exc: BaseException, trace: str) -> None:
            self._opening = False
            self._failed(exc, trace)

        self.runner.run(lambda: service.item_rows([item_id]), opened, failed)

    def add_item(self) -> None:
        if not self.add_button.isEnabled() or self.record is None:
            return
        chosen = self.current_item()
        person = None
        if chosen is not None and chosen.employee_id is not None:
            person = Person(
                chosen.employee_id, chosen.nama, chosen.nip, chosen.jabatan, chosen.unit
            )
        self._open_dialog(None, person)

    def _open_dialog(self, item: ItemRow | None, person: Person | None = None) -> None:
        record = self.record
        reason = self._edit_refusal
        if reason is None and record is not None and not record.draft:
            reason = not_draft_reason(record)
        dialog = PlanItemDialog(
            self.service,
            self.runner,
            tahun=self.tahun.value(),
            item=item,
            read_only=reason,
            employees=self.employees,
            person=person,
            parent=self,
        )
        dialog.saved.connect(self._item_saved)
        dialog.outdated.connect(lambda: self.refresh())
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.item_dialog = dialog
        dialog.open()  # window-modal; the save announces Changes, which refresh the page

    def _item_saved(self, item_id: int) -> None:
        if not self._closed:
            self.model.refresh_id(item_id)

    # -- writes ---------------------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], tuple[Any, Changes]],
        done: Callable[[Any], None],
        saving_text: str,
    ) -> None:
        """One write of the page in the worker: the page waits with a note saying what goes
        on; the service's refusal is shown as it comes, and the plan read again."""

        def succeeded(result: Any, _changes: Changes) -> None:
            self._update_actions()
            if not self._closed:
                done(result)

        def failed(_exc: BaseException) -> bool:
            self._update_actions()
            self.refresh()  # changed elsewhere, approved meanwhile: show what there is
            return False  # the Operation shows the message

        self.operation = Operation(
            self.runner,
            self,
            work,
            on_success=succeeded,
            on_failure=failed,
            saving_text=saving_text,
        ).run()
        self._update_actions()

    def generate(self) -> None:
        """Draft the plan of the year (asking first when a draft would be replaced)."""
        if not self.generate_button.isEnabled() or not self.loaded:
            return
        tahun, record = self.tahun.value(), self.record
        replace = False
        if record is not None and record.draft:
            answer = QMessageBox.question(
                self,
                self.tr("Buat rancangan"),
                self.tr(
                    "Draf rencana {0} sudah ada ({1} butir). Buat ulang dari data terbaru? "
                    "Draf itu, dengan semua perubahan padanya, diganti."
                ).format(tahun, _count(record.butir)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        service = self.service

        def work() -> tuple[GenerateResult, Changes]:
            return service.generate(tahun, replace=replace), Changes(competency={"rencana"})

        self.message.clear()
        self._run(
            work,
            self._generated,
            self.tr("Menyusun rancangan rencana {0} dari kesenjangan dan anggaran…").format(tahun),
        )

    def _generated(self, result: GenerateResult) -> None:
        self.last_generated = result
        self.message.setText(
            self.tr(
                "Rancangan {0} disusun: {1} butir untuk {2} pegawai; didanai {3} dari anggaran "
                "{4}; kebutuhan yang belum didanai {5} (tab Tidak didanai)."
            ).format(
                result.tahun,
                _count(result.butir),
                _count(result.pegawai),
                format_rupiah(result.biaya_didanai),
                format_rupiah(result.anggaran),
                format_rupiah(result.biaya_tidak_didanai),
            )
        )

    def approve(self) -> None:
        record = self.record
        if not self.approve_button.isEnabled() or record is None:
            return
        step = NEXT_STEP.get(record.status)
        if step is None:
            return
        self._open_plan_dialog(ApprovalDialog(self.service, self.runner, record, step, self))

    def return_to_draft(self) -> None:
        record = self.record
        if not self.return_button.isEnabled() or record is None:
            return
        self._open_plan_dialog(ReturnToDraftDialog(self.service, self.runner, record, self))

    def _open_plan_dialog(self, dialog: _PlanDialog) -> None:
        def finished(_result: int) -> None:
            if dialog.refused:
                self.refresh()  # refused: the plan may have changed meanwhile
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self.plan_dialog = dialog
        dialog.open()

    def delete_item(self) -> None:
        item = self.current_item()
        if item is None or not self.delete_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus butir"),
            self.tr('Hapus butir "{0}" untuk {1} dari rencana {2}?').format(
                item.kompetensi_nama, item.nama, self.tahun.value()
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, item_id, revision = self.service, item.id, item.revision

        def work() -> tuple[None, Changes]:
            service.delete_item(item_id, expected_revision=revision)
            return None, Changes(competency={"rencana"})

        self._run(
            work,
            lambda _none: self.message.setText(
                self.tr("Butir {0} untuk {1} dihapus.").format(item.kompetensi_nama, item.nama)
            ),
            self.tr("Menghapus butir…"),
        )

    # -- export and print -------------------------------------------------------------------

    def export_excel(self) -> None:
        if not self.export_button.isEnabled() or self.record is None:
            return
        tahun = self.tahun.value()
        path = ask_xlsx_path(
            self,
            self.tr("Ekspor rencana ke Excel"),
            f"rencana-pengembangan-kompetensi-{tahun}.xlsx",
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The service's workbook of the plan (items, totals, the unfunded list) at
        ``path``, written in the worker (beside it first: a failure leaves nothing)."""
        if self.record is None or self.busy:
            return
        service, tahun = self.service, self.tahun.value()

        def done(count: int) -> None:
            self.last_export = path
            self.message.setText(
                self.tr("{0} butir rencana {1} diekspor ke {2}").format(_count(count), tahun, path)
            )

        self.message.clear()
        self._run(
            lambda: (service.export_xlsx(tahun, path), Changes()),
            done,
            self.tr("Mengekspor rencana {0} ke Excel…").format(tahun),
        )

    def preview(self) -> None:
        if not self.preview_button.isEnabled() or self.record is None:
            return
        from asn_desktop.ui.pdf_preview import open_document_preview

        self.preview_dialog = open_document_preview(
            self.db, self.runner, self, rencana_tahun=self.tahun.value()
        )

    # -- errors ---------------------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("plan page job failed after closing: %s", exc)
            return
        self._update_actions()
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            log.error("plan page job failed:\n%s", trace)
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")
