"""Anggaran pelatihan: the year's training budget by funding source against the planned and
realised cost of its activities, what a JP and a participant cost, and which providers are
worth the money. A tab of the competency window.

Every figure is the BudgetService's: the budget records (with their revisions, for the
editor), the summary per source and in total with its warnings (planned spending over the
budget, shown above everything else), the cost per activity and per provider. All of it is
read in the worker in one job; the budget is changed through Operations that take the
revision read (a budget changed elsewhere meanwhile is refused with the service's message)
and announce Changes(competency={"anggaran"}). Money is shown as "Rp 12.500.000".
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
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
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import FieldProblem, format_tanggal_angka
from asn_desktop.domain.peran import Permission
from asn_desktop.services.errors import ServiceError, ValidationFailed
from asn_desktop.services.spreadsheet import Column, Sheet
from asn_desktop.services.training_budget import (
    JUMLAH_MAX,
    AnggaranRecord,
    AnggaranSumber,
    BiayaKegiatan,
    BudgetService,
    Penyelenggara,
    RingkasanAnggaran,
    SumberDana,
    format_rupiah,
)
from asn_desktop.ui.compliance_table_model import (
    BELOW,
    RecordColumn,
    RecordTableModel,
    count_text,
)
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.form_fields import FieldRow, limit_input
from asn_desktop.ui.jp_bars import format_jp
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, Operation, hub
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.xlsx_export import XlsxExport, ask_xlsx_path

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = [
    "BudgetDialog",
    "BudgetPage",
    "RupiahEdit",
    "parse_rupiah",
]

log = logging.getLogger(__name__)

CONTEXT = "BudgetPage"
# The areas whose changes move the page's figures: the budget, and the activities' costs.
BUDGET_AREAS = frozenset({"anggaran", "pelatihan"})
WARNING_STYLE = (
    "QLabel { color: #8a1c1c; background: #fdecea; border: 1px solid #e57373;"
    " border-radius: 3px; padding: 6px; font-weight: bold; }"
)
BUDGET_WIDTHS = (260, 160, 330, 140)
SUMMARY_WIDTHS = (240, 150, 150, 150, 150, 150, 80)
ACTIVITY_WIDTHS = (260, 190, 170, 90, 80, 60, 70, 130, 130, 110, 120)
PROVIDER_WIDTHS = (260, 80, 80, 80, 140, 120, 130)
_DIGITS = re.compile(r"[0-9]+")
SOURCE_ROWS = 8  # the tables of funding sources are this tall (the policy lists 7)


# -- rupiah ---------------------------------------------------------------------------------


def parse_rupiah(text: str) -> int | None:
    """ "Rp 12.500.000", "12.500.000" or "12500000" -> 12500000; "" -> None. Raises
    ValueError with the sentence to show when it is not whole rupiah."""
    cleaned = text.strip()
    if not cleaned:
        return None
    body = re.sub(r"^rp\.?\s*", "", cleaned, flags=re.IGNORECASE).replace(" ", "")
    if body.startswith("-"):
        raise ValueError(
            QCoreApplication.translate(
                "BudgetPage", "Jumlah rupiah tidak boleh negatif; yang diisi '{0}'."
            ).format(text)
        )
    # Thousands separated by dots (or commas); a decimal part is not whole rupiah.
    groups = re.fullmatch(r"[0-9]{1,3}([.,][0-9]{3})+|[0-9]+", body)
    if groups is None:
        raise ValueError(
            QCoreApplication.translate(
                "BudgetPage", "'{0}' bukan jumlah rupiah bulat; tulis mis. 12.500.000."
            ).format(text)
        )
    return int("".join(_DIGITS.findall(body)))


class RupiahEdit(QLineEdit):
    """Whole rupiah typed as a clerk writes them ("12.500.000"), shown back formatted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("mis. 12.500.000"))
        self.setMaxLength(30)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.editingFinished.connect(self._tidy)

    def set_value(self, value: int | None) -> None:
        self.setText(format_rupiah(value) if value is not None else "")

    def value(self) -> int | None:
        """The amount, None when empty; raises ValueError naming the problem."""
        return parse_rupiah(self.text())

    def _tidy(self) -> None:
        try:
            value = self.value()
        except ValueError:
            return  # left as typed: the save says what is wrong
        self.set_value(value)


def _rupiah_or_dash(value: float | None) -> str:
    return format_rupiah(value) if value is not None else "–"


def _reaction(value: float | None) -> str:
    return format_jp(value) if value is not None else "–"


# -- the tables -----------------------------------------------------------------------------


def _when(record: AnggaranRecord) -> str:
    if record.updated_at is None:
        return record.updated_by
    return f"{record.updated_by}, {format_tanggal_angka(record.updated_at.date())}"


BUDGET_COLUMNS: tuple[RecordColumn[AnggaranRecord], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Sumber dana"),
        lambda a: a.nama_sumber,
        key=lambda a: a.nama_sumber,
        tooltip=lambda a: a.sumber_dana,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Anggaran"),
        lambda a: format_rupiah(a.jumlah),
        key=lambda a: a.jumlah,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Keterangan"),
        lambda a: " ".join(a.keterangan.split()),
        tooltip=lambda a: a.keterangan,
    ),
    RecordColumn(QT_TRANSLATE_NOOP("BudgetPage", "Diubah oleh"), _when),
)


def _over(s: AnggaranSumber) -> Any:
    return BELOW if s.dianggarkan and s.sisa_rencana < 0 else None


def _remaining(value: int, s: AnggaranSumber) -> str:
    # A self-funded or free source has no budget: nothing remains of it, nothing is over.
    return format_rupiah(value) if s.dianggarkan else "–"


def _summary_tooltip(s: AnggaranSumber) -> str:
    if not s.sumber_dana:
        return ""
    lines = [
        QCoreApplication.translate(
            "BudgetPage", "{0} kegiatan, {1} belum ada realisasi biayanya."
        ).format(count_text(s.kegiatan), count_text(s.belum_realisasi))
    ]
    if not s.ada_anggaran:
        lines.append(
            QCoreApplication.translate(
                "BudgetPage", "Belum ada anggaran untuk sumber dana ini tahun ini."
            )
        )
    return "\n".join(lines)


SUMMARY_COLUMNS: tuple[RecordColumn[AnggaranSumber], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Sumber dana"), lambda s: s.nama, tooltip=_summary_tooltip
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Anggaran"),
        lambda s: (
            format_rupiah(s.anggaran)
            if s.ada_anggaran
            else QCoreApplication.translate("BudgetPage", "(belum ada)")
            if s.dianggarkan
            else QCoreApplication.translate("BudgetPage", "(tanpa anggaran)")
        ),
        number=True,
        tooltip=_summary_tooltip,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Rencana"),
        lambda s: format_rupiah(s.rencana),
        number=True,
        color=_over,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Realisasi"),
        lambda s: format_rupiah(s.realisasi),
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Sisa"),
        lambda s: _remaining(s.sisa, s),
        number=True,
        tooltip=lambda _s: QCoreApplication.translate(
            "BudgetPage", "Anggaran dikurangi realisasi."
        ),
        color=lambda s: BELOW if s.dianggarkan and s.sisa < 0 else None,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Sisa setelah rencana"),
        lambda s: _remaining(s.sisa_rencana, s),
        number=True,
        tooltip=lambda _s: QCoreApplication.translate(
            "BudgetPage", "Anggaran dikurangi rencana biaya; negatif: rencana melebihi."
        ),
        color=_over,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Kegiatan"),
        lambda s: count_text(s.kegiatan),
        number=True,
        tooltip=_summary_tooltip,
    ),
)


def _peserta_text(k: BiayaKegiatan) -> str:
    if k.peserta_dihitung == k.peserta:
        return count_text(k.peserta)
    return f"{count_text(k.peserta_dihitung)}/{count_text(k.peserta)}"


def _peserta_tooltip(k: BiayaKegiatan) -> str:
    return QCoreApplication.translate(
        "BudgetPage", "{0} peserta terdaftar, {1} mendapat JP-nya."
    ).format(count_text(k.peserta), count_text(k.peserta_dihitung))


def _activity_dates(k: BiayaKegiatan) -> str:
    if k.mulai == k.selesai:
        return format_tanggal_angka(k.mulai)
    return f"{format_tanggal_angka(k.mulai)} – {format_tanggal_angka(k.selesai)}"


ACTIVITY_COLUMNS: tuple[RecordColumn[BiayaKegiatan], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Kegiatan"),
        lambda k: k.nama,
        key=lambda k: k.nama,
        tooltip=lambda k: k.nama,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Penyelenggara"),
        lambda k: k.penyelenggara,
        key=lambda k: k.penyelenggara,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Tanggal"), _activity_dates, key=lambda k: k.mulai
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Sumber dana"),
        lambda k: k.sumber_dana,
        key=lambda k: k.sumber_dana,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Peserta"),
        _peserta_text,
        key=lambda k: k.peserta,
        number=True,
        tooltip=_peserta_tooltip,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "JP"),
        lambda k: format_jp(k.jp),
        key=lambda k: k.jp,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "JP total"),
        lambda k: format_jp(k.jp_total),
        key=lambda k: k.jp_total,
        number=True,
        tooltip=lambda _k: QCoreApplication.translate(
            "BudgetPage", "JP kegiatan kali peserta yang mendapat JP-nya."
        ),
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Rencana biaya"),
        lambda k: format_rupiah(k.biaya_rencana),
        key=lambda k: k.biaya_rencana,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Realisasi"),
        lambda k: _rupiah_or_dash(k.biaya_realisasi),
        key=lambda k: k.biaya_realisasi,
        number=True,
        tooltip=lambda k: (
            ""
            if k.biaya_realisasi is not None
            else QCoreApplication.translate("BudgetPage", "Belum dicatat.")
        ),
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Biaya per JP"),
        lambda k: _rupiah_or_dash(k.biaya_per_jp),
        key=lambda k: k.biaya_per_jp,
        number=True,
        tooltip=lambda _k: QCoreApplication.translate(
            "BudgetPage",
            "Biaya (realisasi, atau rencana bila belum ada) dibagi JP total yang dikreditkan.",
        ),
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Biaya per peserta"),
        lambda k: _rupiah_or_dash(k.biaya_per_peserta),
        key=lambda k: k.biaya_per_peserta,
        number=True,
    ),
)


PROVIDER_COLUMNS: tuple[RecordColumn[Penyelenggara], ...] = (
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Penyelenggara"),
        lambda p: p.nama or QCoreApplication.translate("BudgetPage", "(tanpa penyelenggara)"),
        key=lambda p: p.nama,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Kegiatan"),
        lambda p: count_text(p.kegiatan),
        key=lambda p: p.kegiatan,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Peserta"),
        lambda p: count_text(p.peserta),
        key=lambda p: p.peserta,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "JP total"),
        lambda p: format_jp(p.jp_total),
        key=lambda p: p.jp_total,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Biaya"),
        lambda p: format_rupiah(p.biaya),
        key=lambda p: p.biaya,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Biaya per JP"),
        lambda p: _rupiah_or_dash(p.biaya_per_jp),
        key=lambda p: p.biaya_per_jp,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Biaya per peserta"),
        lambda p: _rupiah_or_dash(p.biaya_per_peserta),
        key=lambda p: p.biaya_per_peserta,
        number=True,
    ),
    RecordColumn(
        QT_TRANSLATE_NOOP("BudgetPage", "Indeks reaksi"),
        lambda p: _reaction(p.indeks_reaksi),
        key=lambda p: p.indeks_reaksi,
        number=True,
        tooltip=lambda p: QCoreApplication.translate(
            "BudgetPage",
            "Rata-rata penilaian peserta (penyelenggara, fasilitas, pengajar; skala 1–4) "
            "dari {0} kegiatan yang dinilai.",
        ).format(count_text(p.kegiatan_dinilai)),
    ),
)


class _Model(RecordTableModel[Any]):
    CONTEXT = CONTEXT


def _fit_rows(table: QTableView, rows: int) -> None:
    """As tall as ``rows`` rows and no taller: a list of funding sources is short, and the
    space below is the next table's."""
    header = table.horizontalHeader().sizeHint().height()
    row = table.verticalHeader().defaultSectionSize()
    table.setMaximumHeight(header + rows * row + 2 * table.frameWidth() + 2)


def _table(
    name: str, model: RecordTableModel[Any], widths: Sequence[int], sortable: bool
) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    configure_list_table(table, widths)
    if sortable:
        # No order of its own until a header is clicked: the service's order.
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
    return table


# -- the budget editor ----------------------------------------------------------------------


class BudgetDialog(QDialog):
    """Add (``record`` None: a source chosen from those without a budget this year) or
    change one funding source's budget of the year; saved in the worker with the
    revision read."""

    def __init__(
        self,
        service: BudgetService,
        runner: TaskRunner,
        tahun: int,
        record: AnggaranRecord | None,
        sources: Sequence[SumberDana],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.runner, self.tahun, self.record = service, runner, tahun, record
        self.operation: Operation[Any] | None = None
        self.saved_id: int | None = None
        self.setObjectName("budgetDialog")
        self.setWindowTitle(
            self.tr("Ubah anggaran {0}").format(tahun)
            if record is not None
            else self.tr("Tambah anggaran {0}").format(tahun)
        )
        self.sumber = QComboBox()
        self.sumber.setObjectName("budgetSumber")
        if record is not None:
            self.sumber.addItem(record.nama_sumber, record.sumber_dana)
            self.sumber.setEnabled(False)
        else:
            for source in sources:
                self.sumber.addItem(source.nama, source.kode)
        self.jumlah = RupiahEdit()
        self.jumlah.setObjectName("budgetJumlah")
        self.keterangan = QPlainTextEdit()
        self.keterangan.setObjectName("budgetKeterangan")
        self.keterangan.setTabChangesFocus(True)
        self.keterangan.setFixedHeight(70)
        limit_input(self.keterangan, "keterangan")
        if record is not None:
            self.jumlah.set_value(record.jumlah)
            self.keterangan.setPlainText(record.keterangan)
        self.rows = {
            "sumber_dana": FieldRow(self.sumber),
            "jumlah": FieldRow(self.jumlah),
            "keterangan": FieldRow(self.keterangan),
        }
        for row in self.rows.values():
            row.setFocusProxy(row.editor)  # the label's accelerator reaches the editor
        self.tahun_problem = QLabel()
        self.tahun_problem.setStyleSheet("color: #b00020;")
        self.tahun_problem.setWordWrap(True)
        self.tahun_problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Sumber &dana:"), self.rows["sumber_dana"])
        form.addRow(self.tr("&Jumlah:"), self.rows["jumlah"])
        form.addRow(self.tr("&Keterangan:"), self.rows["keterangan"])
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.tahun_problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for p in problems:
            by_field.setdefault(p.field, p.message)
        for name, row in self.rows.items():
            row.set_problem(by_field.get(name))
        others = [m for f, m in by_field.items() if f not in self.rows]
        self.tahun_problem.setText("\n".join(others))
        self.tahun_problem.setVisible(bool(others))

    def save(self) -> bool:
        """Check the amount, then save in the worker; False when refused before that."""
        if self.saving:
            return False
        problems: list[FieldProblem] = []
        try:
            jumlah = self.jumlah.value()
        except ValueError as exc:
            problems.append(FieldProblem("jumlah", str(exc)))
            jumlah = None
        else:
            if jumlah is None:
                problems.append(
                    FieldProblem(
                        "jumlah", self.tr("Jumlah anggaran wajib diisi (0 bila tidak ada).")
                    )
                )
            elif jumlah > JUMLAH_MAX:
                problems.append(
                    FieldProblem(
                        "jumlah",
                        self.tr("Jumlah anggaran {0} melebihi batas {1}; periksa digitnya.").format(
                            format_rupiah(jumlah), format_rupiah(JUMLAH_MAX)
                        ),
                    )
                )
        kode = self.sumber.currentData()
        if kode is None:
            problems.append(
                FieldProblem("sumber_dana", self.tr("Semua sumber dana sudah punya anggaran."))
            )
        if problems:
            self.show_problems(problems)
            return False
        assert jumlah is not None
        service, tahun = self.service, self.tahun
        keterangan = self.keterangan.toPlainText().strip()
        revision = self.record.revision if self.record is not None else None

        def work() -> tuple[int, Changes]:
            saved = service.set_anggaran(
                tahun, str(kode), jumlah, keterangan, expected_revision=revision
            )
            return saved, Changes(competency={"anggaran"})

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
        """Problems of the form under its fields; a stale record, a permission or a lock
        in a message box (ui.operations), with what was typed left as it is."""
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return True
        return False


# -- the page -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Anggaran:
    """What the page shows of a year, read together in the worker."""

    tahun: int
    records: list[AnggaranRecord]
    ringkasan: RingkasanAnggaran
    kegiatan: list[BiayaKegiatan]
    penyelenggara: list[Penyelenggara]
    sources: list[SumberDana]
    semua_tahun: bool


def read_budget(service: BudgetService, tahun: int, semua_tahun: bool) -> Anggaran:
    return Anggaran(
        tahun=tahun,
        records=service.anggaran(tahun),
        ringkasan=service.ringkasan(tahun),
        kegiatan=service.biaya_kegiatan(tahun),
        penyelenggara=service.penyelenggara(None if semua_tahun else tahun),
        sources=service.sumber_dana(tahun),
        semua_tahun=semua_tahun,
    )


def total_row(ringkasan: RingkasanAnggaran) -> AnggaranSumber:
    """The totals as one more line of the summary."""
    return AnggaranSumber(
        sumber_dana="",
        nama=QCoreApplication.translate("BudgetPage", "Jumlah"),
        anggaran=ringkasan.anggaran,
        rencana=ringkasan.rencana,
        realisasi=ringkasan.realisasi,
        sisa=ringkasan.sisa,
        sisa_rencana=ringkasan.sisa_rencana,
        kegiatan=sum(s.kegiatan for s in ringkasan.sumber),
        belum_realisasi=sum(s.belum_realisasi for s in ringkasan.sumber),
        ada_anggaran=True,
    )


class BudgetPage(QWidget):
    """The training budget of a year; a tab of the competency window (CompetencyTab)."""

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
        self.service = BudgetService(db)
        self.shown: Anggaran | None = None
        self.operation: Operation[Any] | None = None
        self.dialog: BudgetDialog | None = None
        self._generation = 0
        self._closed = False
        self._edit_refusal: str | None = None
        self._export_refusal: str | None = None
        self.setObjectName("budgetPage")

        self.tahun = QSpinBox()
        self.tahun.setObjectName("budgetTahun")
        this_year = date.today().year
        self.tahun.setRange(2000, this_year + 2)  # next year's budget is planned now
        self.tahun.setValue(min(max(tahun or this_year, 2000), this_year + 2))
        self.tahun.setKeyboardTracking(False)
        tahun_label = QLabel(self.tr("&Tahun anggaran:"))
        tahun_label.setBuddy(self.tahun)
        self.totals = QLabel()
        self.totals.setObjectName("budgetTotals")
        font = self.totals.font()
        font.setBold(True)
        self.totals.setFont(font)
        top = QHBoxLayout()
        top.addWidget(tahun_label)
        top.addWidget(self.tahun)
        top.addSpacing(16)
        top.addWidget(self.totals, 1)

        self.warnings = QLabel()
        self.warnings.setObjectName("budgetWarnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.hide()

        # -- the budget and its summary -----------------------------------------------------
        self.budget_model = _Model(BUDGET_COLUMNS, self)
        self.budget_table = _table("budgetTable", self.budget_model, BUDGET_WIDTHS, False)
        self.add_button = QPushButton(self.tr("Tambah s&umber dana…"))
        self.add_button.setObjectName("budgetAdd")
        self.edit_button = QPushButton(self.tr("U&bah…"))
        self.edit_button.setObjectName("budgetEdit")
        self.remove_button = QPushButton(self.tr("&Hapus"))
        self.remove_button.setObjectName("budgetRemove")
        budget_buttons = QHBoxLayout()
        budget_buttons.addWidget(self.add_button)
        budget_buttons.addWidget(self.edit_button)
        budget_buttons.addWidget(self.remove_button)
        budget_buttons.addStretch(1)
        self.summary_model = _Model(
            SUMMARY_COLUMNS,
            self,
            bold=lambda s: not s.sumber_dana,  # the total
        )
        self.summary_table = _table("budgetSummary", self.summary_model, SUMMARY_WIDTHS, False)
        budget_title = QLabel(self.tr("Anggaran per sumber dana"))
        summary_title = QLabel(self.tr("Anggaran, rencana dan realisasi biaya kegiatan"))
        for label in (budget_title, summary_title):
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        summary_note = QLabel(
            self.tr(
                "Biaya kegiatan dihitung pada tahun kegiatan itu selesai. Tugas belajar "
                "dibiayai terpisah dan tidak termasuk."
            )
        )
        summary_note.setWordWrap(True)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 4, 0, 0)
        overview_layout.addWidget(budget_title)
        overview_layout.addWidget(self.budget_table)
        overview_layout.addLayout(budget_buttons)
        overview_layout.addSpacing(6)
        overview_layout.addWidget(summary_title)
        overview_layout.addWidget(self.summary_table)
        overview_layout.addWidget(summary_note)
        overview_layout.addStretch(1)
        _fit_rows(self.budget_table, SOURCE_ROWS)
        _fit_rows(self.summary_table, SOURCE_ROWS + 1)

        # -- activities and providers ---------------------------------------------------
        self.activity_model = _Model(ACTIVITY_COLUMNS, self)
        self.activity_table = _table("budgetActivities", self.activity_model, ACTIVITY_WIDTHS, True)
        self.provider_model = _Model(PROVIDER_COLUMNS, self)
        self.provider_table = _table("budgetProviders", self.provider_model, PROVIDER_WIDTHS, True)
        self.all_years = QCheckBox(self.tr("Semua tahu&n"))
        self.all_years.setObjectName("budgetAllYears")
        self.all_years.setToolTip(
            self.tr("Bandingkan penyelenggara atas seluruh kegiatan, bukan setahun.")
        )
        provider_note = QLabel(
            self.tr(
                "Biaya per JP yang rendah dengan indeks reaksi yang tinggi: penyelenggara yang "
                "sepadan dengan biayanya. Klik judul kolom untuk mengurutkan."
            )
        )
        provider_note.setWordWrap(True)
        providers = QWidget()
        providers_layout = QVBoxLayout(providers)
        providers_layout.setContentsMargins(0, 4, 0, 0)
        providers_layout.addWidget(self.all_years)
        providers_layout.addWidget(self.provider_table, 1)
        providers_layout.addWidget(provider_note)

        self.views = QTabWidget()
        self.views.setObjectName("budgetViews")
        self.views.addTab(overview, self.tr("Anggaran dan rea&lisasi"))
        self.views.addTab(self.activity_table, self.tr("Biaya per ke&giatan"))
        self.views.addTab(providers, self.tr("&Penyelenggara"))

        self.message = QLabel()
        self.message.setObjectName("budgetMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("budgetRefresh")
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.export_button.setObjectName("budgetExport")
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.warnings)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        self.export = XlsxExport(db, runner, self)
        self.export.done.connect(self._exported)
        self.export.failed.connect(self._failed)
        self.export.cancelled.connect(self._export_cancelled)

        self.tahun.valueChanged.connect(lambda _value: self.refresh())
        self.all_years.toggled.connect(lambda _checked: self.refresh())
        self.add_button.clicked.connect(lambda _checked=False: self.add_budget())
        self.edit_button.clicked.connect(lambda _checked=False: self.edit_budget())
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_budget())
        self.refresh_button.clicked.connect(lambda _checked=False: self.refresh())
        self.export_button.clicked.connect(lambda _checked=False: self.export_shown())
        self.budget_table.activated.connect(lambda _index: self.edit_budget())
        self.budget_table.selectionModel().currentChanged.connect(
            lambda *_a: self._update_actions()
        )
        self.budget_model.modelReset.connect(self._update_actions)
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self.refresh()

    # -- CompetencyTab --------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """A viewer reads everything; changing the budget needs EDIT, exporting EXPORT."""
        self._edit_refusal = denial_text(self.db.user, Permission.EDIT)
        self._export_refusal = denial_text(self.db.user, Permission.EXPORT)
        self._update_actions()

    def shutdown(self) -> None:
        self._closed = True
        self.export.closed = True
        self.export.cancel()

    def _update_actions(self) -> None:
        busy = self.operation is not None and self.operation.running
        loaded = self.shown is not None and self.shown.tahun == self.tahun.value()
        chosen = self.current_record() is not None
        free = self._free_sources()
        edit_ok = self._edit_refusal is None and not busy and loaded
        self.add_button.setEnabled(edit_ok and bool(free))
        self.edit_button.setEnabled(edit_ok and chosen)
        self.remove_button.setEnabled(edit_ok and chosen)
        if self._edit_refusal is not None:
            for button in (self.add_button, self.edit_button, self.remove_button):
                button.setToolTip(self._edit_refusal)
        else:
            self.add_button.setToolTip(
                self.tr("Isi anggaran pelatihan tahun ini dari sumber dana lain.")
                if free or not loaded
                else self.tr("Semua sumber dana sudah punya anggaran tahun ini.")
            )
            tip = "" if chosen else self.tr("Pilih baris anggaran dahulu.")
            self.edit_button.setToolTip(tip)
            self.remove_button.setToolTip(tip)
        self.export_button.setEnabled(
            self._export_refusal is None and not self.export.running and loaded
        )
        self.export_button.setToolTip(
            self._export_refusal
            or self.tr("Simpan anggaran, ringkasan, biaya kegiatan dan penyelenggara ke .xlsx.")
        )

    def _free_sources(self) -> list[SumberDana]:
        if self.shown is None:
            return []
        used = {r.sumber_dana for r in self.shown.records}
        return [s for s in self.shown.sources if s.kode not in used]

    def current_record(self) -> AnggaranRecord | None:
        index = self.budget_table.currentIndex()
        return self.budget_model.record_at(index.row()) if index.isValid() else None

    # -- reading ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        service, tahun, semua = self.service, self.tahun.value(), self.all_years.isChecked()
        self._update_actions()  # the year shown is not the year chosen until it comes
        self.runner.run(
            lambda: read_budget(service, tahun, semua),
            lambda shown: self._show(generation, shown),
            self._failed,
        )

    def _show(self, generation: int, shown: Anggaran) -> None:
        if self._closed or generation != self._generation:
            return
        chosen = self.current_record()
        self.shown = shown
        ringkasan = shown.ringkasan
        self.budget_model.set_records(shown.records)
        if chosen is not None:
            for row, record in enumerate(shown.records):
                if record.id == chosen.id:
                    self.budget_table.selectRow(row)
        self.summary_model.set_records([*ringkasan.sumber, total_row(ringkasan)])
        self.activity_model.set_records(shown.kegiatan)
        self.provider_model.set_records(shown.penyelenggara)
        self.totals.setText(
            self.tr("Anggaran {0} · rencana {1} · realisasi {2} · sisa {3}").format(
                format_rupiah(ringkasan.anggaran),
                format_rupiah(ringkasan.rencana),
                format_rupiah(ringkasan.realisasi),
                format_rupiah(ringkasan.sisa),
            )
        )
        if ringkasan.peringatan:
            self.warnings.setText("\n".join(f"⚠ {w}" for w in ringkasan.peringatan))
            self.warnings.show()
        else:
            self.warnings.clear()
            self.warnings.hide()
        self._update_actions()

    def _changes_announced(self, changes: Changes) -> None:
        if not self._closed and set(changes.competency) & BUDGET_AREAS:
            self.refresh()

    # -- writes ---------------------------------------------------------------------------

    def _open_dialog(self, record: AnggaranRecord | None) -> None:
        assert self.shown is not None
        dialog = BudgetDialog(
            self.service, self.runner, self.shown.tahun, record, self._free_sources(), self
        )
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.dialog = dialog
        dialog.open()  # window-modal; the save announces Changes, which refresh the page

    def add_budget(self) -> None:
        if self.add_button.isEnabled():
            self._open_dialog(None)

    def edit_budget(self) -> None:
        record = self.current_record()
        if record is not None and self.edit_button.isEnabled():
            self._open_dialog(record)

    def remove_budget(self) -> None:
        record = self.current_record()
        if record is None or not self.remove_button.isEnabled():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Hapus anggaran"),
            self.tr("Hapus anggaran {0} tahun {1} ({2})?").format(
                record.nama_sumber, record.tahun, format_rupiah(record.jumlah)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        service, anggaran_id, revision = self.service, record.id, record.revision

        def work() -> tuple[None, Changes]:
            service.delete_anggaran(anggaran_id, expected_revision=revision)
            return None, Changes(competency={"anggaran"})

        def failed(_exc: BaseException) -> bool:
            self.refresh()  # changed or removed meanwhile: the message box says which
            return False

        self.operation = Operation(
            self.runner, self, work, on_failure=failed, saving_text=self.tr("Menghapus…")
        ).run()
        self._update_actions()

    # -- export -------------------------------------------------------------------------

    def export_shown(self) -> None:
        if not self.export_button.isEnabled() or self.shown is None:
            return
        path = ask_xlsx_path(
            self, self.tr("Ekspor ke Excel"), f"anggaran-pelatihan-{self.shown.tahun}.xlsx"
        )
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """The year shown, four sheets: budget, summary, activities, providers."""
        shown = self.shown
        if shown is None or self.export.running:
            return
        sheets = budget_sheets(shown, format_tanggal_angka(date.today()))
        total = sum(len(list(s.rows)) for s in sheets)

        def build() -> Sequence[Sheet]:
            return sheets

        self.message.setText(self.tr("Mengekspor…"))
        self.export.start(
            path, build, total=total, label=self.tr("Anggaran pelatihan {0}").format(shown.tahun)
        )
        self._update_actions()

    def _exported(self, path: Path, rows: int) -> None:
        self._update_actions()
        self.message.setText(self.tr("{0} baris diekspor ke {1}").format(count_text(rows), path))

    def _export_cancelled(self) -> None:
        self._update_actions()
        self.message.setText(self.tr("Ekspor dibatalkan; berkas tidak dibuat."))

    # -- errors ---------------------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("budget page job failed after closing: %s", exc)
            return
        self._update_actions()
        if self.message.text() == self.tr("Mengekspor…"):
            self.message.clear()
        if isinstance(exc, DatabaseError | ServiceError):
            show_error(self, str(exc), trace)
        else:
            log.error("budget page job failed:\n%s", trace)
            show_error(
                self, self.tr("Terjadi kesalahan yang tidak terduga: {0}").format(exc), trace
            )


def budget_sheets(shown: Anggaran, printed: str) -> list[Sheet]:
    """The year's budget as a workbook: rupiah as numbers (summable in Excel)."""
    tahun, r = shown.tahun, shown.ringkasan
    rupiah = "#,##0"
    title = QCoreApplication.translate("BudgetPage", "Anggaran pelatihan {0} (dicetak {1})").format(
        tahun, printed
    )
    budget = Sheet(
        name=QCoreApplication.translate("BudgetPage", "Anggaran {0}").format(tahun),
        title=title,
        columns=(
            Column(QCoreApplication.translate("BudgetPage", "Kode sumber"), 16, text=True),
            Column(QCoreApplication.translate("BudgetPage", "Sumber dana"), 30),
            Column(
                QCoreApplication.translate("BudgetPage", "Anggaran (Rp)"), 18, number_format=rupiah
            ),
            Column(QCoreApplication.translate("BudgetPage", "Keterangan"), 50),
        ),
        rows=[[a.sumber_dana, a.nama_sumber, a.jumlah, a.keterangan] for a in shown.records],
    )
    summary_columns = (
        Column(QCoreApplication.translate("BudgetPage", "Sumber dana"), 30),
        Column(QCoreApplication.translate("BudgetPage", "Anggaran (Rp)"), 18, number_format=rupiah),
        Column(QCoreApplication.translate("BudgetPage", "Rencana (Rp)"), 18, number_format=rupiah),
        Column(
            QCoreApplication.translate("BudgetPage", "Realisasi (Rp)"), 18, number_format=rupiah
        ),
        Column(QCoreApplication.translate("BudgetPage", "Sisa (Rp)"), 18, number_format=rupiah),
        Column(
            QCoreApplication.translate("BudgetPage", "Sisa setelah rencana (Rp)"),
            20,
            number_format=rupiah,
        ),
        Column(QCoreApplication.translate("BudgetPage", "Kegiatan"), 10, number_format="0"),
        Column(QCoreApplication.translate("BudgetPage", "Belum realisasi"), 12, number_format="0"),
    )
    summary = Sheet(
        name=QCoreApplication.translate("BudgetPage", "Ringkasan {0}").format(tahun),
        title=title,
        columns=summary_columns,
        rows=[
            [
                s.nama,
                s.anggaran,
                s.rencana,
                s.realisasi,
                s.sisa,
                s.sisa_rencana,
                s.kegiatan,
                s.belum_realisasi,
            ]
            for s in [*r.sumber, total_row(r)]
        ],
        footer=[[w] for w in r.peringatan],
    )
    activities = Sheet(
        name=QCoreApplication.translate("BudgetPage", "Biaya kegiatan {0}").format(tahun),
        title=title,
        columns=(
            Column(QCoreApplication.translate("BudgetPage", "Kegiatan"), 40),
            Column(QCoreApplication.translate("BudgetPage", "Penyelenggara"), 28),
            Column(QCoreApplication.translate("BudgetPage", "Mulai"), 12),
            Column(QCoreApplication.translate("BudgetPage", "Selesai"), 12),
            Column(QCoreApplication.translate("BudgetPage", "Sumber dana"), 14, text=True),
            Column(QCoreApplication.translate("BudgetPage", "Peserta"), 10, number_format="0"),
            Column(
                QCoreApplication.translate("BudgetPage", "Peserta mendapat JP"),
                12,
                number_format="0",
            ),
            Column(QCoreApplication.translate("BudgetPage", "JP"), 8, number_format="0.##"),
            Column(QCoreApplication.translate("BudgetPage", "JP total"), 10, number_format="0.##"),
            Column(
                QCoreApplication.translate("BudgetPage", "Rencana biaya (Rp)"),
                18,
                number_format=rupiah,
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Realisasi (Rp)"), 18, number_format=rupiah
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Biaya per JP (Rp)"),
                16,
                number_format=rupiah,
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Biaya per peserta (Rp)"),
                18,
                number_format=rupiah,
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Indeks reaksi"), 10, number_format="0.00"
            ),
        ),
        rows=[
            [
                k.nama,
                k.penyelenggara,
                k.mulai,
                k.selesai,
                k.sumber_dana,
                k.peserta,
                k.peserta_dihitung,
                k.jp,
                k.jp_total,
                k.biaya_rencana,
                k.biaya_realisasi,
                k.biaya_per_jp,
                k.biaya_per_peserta,
                k.indeks_reaksi,
            ]
            for k in shown.kegiatan
        ],
    )
    providers = Sheet(
        name=QCoreApplication.translate("BudgetPage", "Penyelenggara"),
        title=QCoreApplication.translate(
            "BudgetPage", "Penyelenggara, semua tahun (dicetak {0})"
        ).format(printed)
        if shown.semua_tahun
        else QCoreApplication.translate("BudgetPage", "Penyelenggara {0} (dicetak {1})").format(
            tahun, printed
        ),
        columns=(
            Column(QCoreApplication.translate("BudgetPage", "Penyelenggara"), 36),
            Column(QCoreApplication.translate("BudgetPage", "Kegiatan"), 10, number_format="0"),
            Column(QCoreApplication.translate("BudgetPage", "Peserta"), 10, number_format="0"),
            Column(QCoreApplication.translate("BudgetPage", "JP total"), 10, number_format="0.##"),
            Column(
                QCoreApplication.translate("BudgetPage", "Biaya (Rp)"), 18, number_format=rupiah
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Biaya per JP (Rp)"),
                16,
                number_format=rupiah,
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Biaya per peserta (Rp)"),
                18,
                number_format=rupiah,
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Indeks reaksi"), 10, number_format="0.00"
            ),
            Column(
                QCoreApplication.translate("BudgetPage", "Kegiatan dinilai"), 10, number_format="0"
            ),
        ),
        rows=[
            [
                p.nama,
                p.kegiatan,
                p.peserta,
                p.jp_total,
                p.biaya,
                p.biaya_per_jp,
                p.biaya_per_peserta,
                p.indeks_reaksi,
                p.kegiatan_dinilai,
            ]
            for p in shown.penyelenggara
        ],
    )
    return [budget, summary, activities, providers]
