"""Kepatuhan JP: who meets the yearly JP obligation, per employee and per unit, and who has
had no development for years (the "resistant" list). A tab of the competency window.

Every figure is the ComplianceService's (which reads services.jp_tahunan): the header and
the units from `laporan` of the scope (year, unit with its sub-units, status), the table's
ids from `search_ids` (filtered and ordered in SQL, in the worker) and its rows a page at a
time from `rows` (ComplianceTableModel), the resistant list from `tanpa_pengembangan`,
read when its tab is shown. A double click on an employee opens the employee dialog at the
development tab. "Ekspor ke Excel…" writes the table of the tab shown through
services.spreadsheet, in the worker, with a progress dialog that can cancel.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.db.errors import DatabaseError
from asn_desktop.domain import format_tanggal_angka
from asn_desktop.domain.peran import Permission
from asn_desktop.services.errors import ServiceError
from asn_desktop.services.jp_compliance import (
    ComplianceService,
    JpPegawai,
    JpQuery,
    JpUnit,
    LaporanJp,
    TanpaPengembangan,
)
from asn_desktop.services.org_units import OrgUnitService, UnitNode
from asn_desktop.services.policies import policy
from asn_desktop.services.spreadsheet import Column, Sheet
from asn_desktop.ui.compliance_table_model import (
    COLUMNS,
    NAMA,
    ComplianceTableModel,
    TanpaPengembanganModel,
    UnitComplianceModel,
    count_text,
    target_tooltip,
)
from asn_desktop.ui.error_dialog import show_error
from asn_desktop.ui.id_table_model import GuardedFetcher
from asn_desktop.ui.jp_bars import format_persen
from asn_desktop.ui.list_table import configure_list_table
from asn_desktop.ui.login_dialog import denial_text
from asn_desktop.ui.operations import Changes, hub
from asn_desktop.ui.tasks import TaskRunner
from asn_desktop.ui.xlsx_export import XlsxExport, ask_xlsx_path

if TYPE_CHECKING:
    from asn_desktop.services.database import Database

__all__ = [
    "KATEGORI_TEXTS",
    "CompliancePage",
]

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 250  # one query when the typing pauses, not per letter
SEARCH_MAX_LENGTH = 100
EXPORT_PAGE = 500  # rows read per service call while exporting
EMPLOYEE_WIDTHS = (170, 260, 330, 70, 70, 80, 100)  # Memenuhi takes the rest
UNIT_WIDTHS = (330, 80, 90, 100, 120, 120)
RESISTANT_WIDTHS = (170, 240, 240, 70, 110)
STATUSES = ("PNS", "PPPK", "CPNS")
# The service's filter keys, in the words of the page.
KATEGORI_TEXTS: dict[str, Any] = {
    "semua": QT_TRANSLATE_NOOP("CompliancePage", "Semua"),
    "memenuhi": QT_TRANSLATE_NOOP("CompliancePage", "Memenuhi target"),
    "di_bawah": QT_TRANSLATE_NOOP("CompliancePage", "Di bawah target"),
    "nihil": QT_TRANSLATE_NOOP("CompliancePage", "Tanpa kegiatan tahun ini"),
}
RESISTANT_YEARS = (
    (1, QT_TRANSLATE_NOOP("CompliancePage", "1 tahun atau lebih")),
    (2, QT_TRANSLATE_NOOP("CompliancePage", "2 tahun atau lebih")),
    (3, QT_TRANSLATE_NOOP("CompliancePage", "3 tahun atau lebih")),
)
# The competency areas whose changes move JP (activities, participants, degree study).
JP_AREAS = frozenset({"pelatihan"})
TAB_PEGAWAI, TAB_UNIT, TAB_TANPA = range(3)


def _report(parent: QWidget, exc: BaseException, trace: str) -> None:
    if isinstance(exc, DatabaseError | ServiceError):
        show_error(parent, str(exc), trace)
    else:
        log.error("competency page job failed:\n%s", trace)
        show_error(
            parent,
            QCoreApplication.translate(
                "CompliancePage", "Terjadi kesalahan yang tidak terduga: {0}"
            ).format(exc),
            trace,
        )


def fill_units(combo: QComboBox, units: Sequence[UnitNode], first: tuple[str, Any]) -> None:
    """The unit tree as an indented list, keeping the unit chosen (if it is still there)."""
    chosen = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first[0], first[1])
    for unit in units:
        combo.addItem("    " * unit.depth + unit.nama, unit.id)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)


def first_target_year() -> int:
    """The first year with a JP obligation (the kewajiban_jp table's first version)."""
    return policy("kewajiban_jp").versions[0].effective_from.year


# -- exporting a page's table --------------------------------------------------------------


def _yes_no(value: bool) -> str:
    return (
        QCoreApplication.translate("CompliancePage", "Ya")
        if value
        else QCoreApplication.translate("CompliancePage", "Tidak")
    )


def employee_sheet(
    service: ComplianceService,
    tahun: int,
    ids: Sequence[int],
    title: str,
) -> Sheet:
    """The employees of the table in its order, read a page at a time as they are written."""

    def rows() -> Iterator[list[Any]]:
        for start in range(0, len(ids), EXPORT_PAGE):
            chunk = ids[start : start + EXPORT_PAGE]
            found = service.rows(tahun, chunk)
            for employee_id in chunk:
                p = found.get(employee_id)
                if p is None:
                    continue  # deleted since the list was read
                yield [
                    p.nip,
                    p.nama,
                    p.unit_kode,
                    p.unit_nama,
                    p.status,
                    p.jp,
                    p.target,
                    p.kekurangan,
                    _yes_no(p.memenuhi),
                    target_tooltip(p).replace("\n", " "),
                ]

    return Sheet(
        name=QCoreApplication.translate("CompliancePage", "Kepatuhan JP {0}").format(tahun),
        title=title,
        columns=(
            Column(QCoreApplication.translate("CompliancePage", "NIP"), 21, text=True),
            Column(QCoreApplication.translate("CompliancePage", "Nama"), 34),
            Column(QCoreApplication.translate("CompliancePage", "Kode unit"), 18, text=True),
            Column(QCoreApplication.translate("CompliancePage", "Unit kerja"), 34),
            Column(QCoreApplication.translate("CompliancePage", "Status"), 9),
            Column(QCoreApplication.translate("CompliancePage", "JP"), 8, number_format="0.##"),
            Column(
                QCoreApplication.translate("CompliancePage", "Target JP"), 10, number_format="0.##"
            ),
            Column(
                QCoreApplication.translate("CompliancePage", "Kekurangan JP"),
                12,
                number_format="0.##",
            ),
            Column(QCoreApplication.translate("CompliancePage", "Memenuhi"), 10),
            Column(QCoreApplication.translate("CompliancePage", "Keterangan target"), 50),
        ),
        rows=rows(),
    )


def unit_sheet(tahun: int, units: Sequence[JpUnit], title: str) -> Sheet:
    return Sheet(
        name=QCoreApplication.translate("CompliancePage", "Per unit {0}").format(tahun),
        title=title,
        columns=(
            Column(QCoreApplication.translate("CompliancePage", "Kode unit"), 18, text=True),
            Column(QCoreApplication.translate("CompliancePage", "Unit kerja"), 44),
            Column(QCoreApplication.translate("CompliancePage", "Pegawai"), 10, number_format="0"),
            Column(
                QCoreApplication.translate("CompliancePage", "Memenuhi target"),
                12,
                number_format="0",
            ),
            Column(
                QCoreApplication.translate("CompliancePage", "Persentase memenuhi"),
                12,
                number_format="0.0",
            ),
            Column(
                QCoreApplication.translate("CompliancePage", "Di bawah target"),
                12,
                number_format="0",
            ),
            Column(
                QCoreApplication.translate("CompliancePage", "Tanpa kegiatan"),
                12,
                number_format="0",
            ),
            Column(
                QCoreApplication.translate("CompliancePage", "Rata-rata JP"),
                12,
                number_format="0.0",
            ),
        ),
        rows=[
            [
                u.kode,
                "    " * u.tingkat + u.nama,
                u.staff,
                u.meeting_target,
                u.share,
                u.below_target,
                u.nihil,
                u.jp_rata2,
            ]
            for u in units
        ],
    )


def resistant_sheet(
    tahun: int, minimal: int, people: Sequence[TanpaPengembangan], title: str
) -> Sheet:
    return Sheet(
        name=QCoreApplication.translate("CompliancePage", "Tanpa pengembangan {0}").format(tahun),
        title=title,
        columns=(
            Column(QCoreApplication.translate("CompliancePage", "NIP"), 21, text=True),
            Column(QCoreApplication.translate("CompliancePage", "Nama"), 34),
            Column(QCoreApplication.translate("CompliancePage", "Kode unit"), 18, text=True),
            Column(QCoreApplication.translate("CompliancePage", "Unit kerja"), 34),
            Column(QCoreApplication.translate("CompliancePage", "Status"), 9),
            Column(QCoreApplication.translate("CompliancePage", "Terakhir mengikuti"), 14),
            Column(
                QCoreApplication.translate("CompliancePage", "Tahun tanpa pengembangan"),
                14,
                number_format="0",
            ),
        ),
        rows=[
            [
                t.nip,
                t.nama,
                t.unit_kode,
                t.unit_nama,
                t.status,
                t.tahun_terakhir
                if t.tahun_terakhir is not None
                else QCoreApplication.translate("CompliancePage", "belum pernah"),
                t.tahun_tanpa,
            ]
            for t in people
        ],
    )


# -- the page -------------------------------------------------------------------------------


class CompliancePage(QWidget):
    """The JP compliance of a year; a tab of the competency window (CompetencyTab)."""

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
        self.db = db
        self.runner = runner
        self.service = ComplianceService(db)
        self.units: list[UnitNode] = []
        self.laporan: LaporanJp | None = None
        # The (tahun, unit, status) the report shown is of, and whether it is still true
        # (nothing saved since): typing a name then asks only for ids.
        self._report_scope: tuple[int, int | None, str | None] | None = None
        self._report_fresh = False
        self._shown_tahun = 0  # the year of the ids in the table (set by _show)
        self._resistant_shown = (0, 0)  # (tahun, minimal years) of the list shown
        self._generation = 0
        self._resistant_generation = 0
        self._resistant_stale = True
        self._closed = False
        self._sort: tuple[str, bool] = ("nama", False)
        self._sort_section = NAMA
        self._refusal: str | None = None
        self.employee_dialog: QWidget | None = None
        self.setObjectName("compliancePage")

        # -- filters ----------------------------------------------------------------------
        self.tahun = QSpinBox()
        self.tahun.setObjectName("complianceTahun")
        this_year = date.today().year
        self.tahun.setRange(first_target_year(), this_year + 1)
        self.tahun.setValue(min(max(tahun or this_year, self.tahun.minimum()), this_year + 1))
        self.tahun.setKeyboardTracking(False)  # not 2, 20, 202 while typing 2026
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("complianceUnit")
        self.unit_filter.setMinimumContentsLength(24)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.setToolTip(self.tr("Unit yang dipilih termasuk unit di bawahnya."))
        fill_units(self.unit_filter, [], (self.tr("Semua unit"), None))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("complianceStatus")
        self.status_filter.addItem(self.tr("Semua status"), None)
        for status in STATUSES:
            self.status_filter.addItem(status, status)
        self.kategori = QComboBox()
        self.kategori.setObjectName("complianceKategori")
        for key, text in KATEGORI_TEXTS.items():
            self.kategori.addItem(QCoreApplication.translate("CompliancePage", str(text)), key)
        self.search = QLineEdit()
        self.search.setObjectName("complianceSearch")
        self.search.setPlaceholderText(self.tr("Cari NIP atau nama…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(SEARCH_MAX_LENGTH)

        filters = QHBoxLayout()
        tahun_label = QLabel(self.tr("Ta&hun:"))
        tahun_label.setBuddy(self.tahun)
        unit_label = QLabel(self.tr("&Unit:"))
        unit_label.setBuddy(self.unit_filter)
        status_label = QLabel(self.tr("S&tatus:"))
        status_label.setBuddy(self.status_filter)
        kategori_label = QLabel(self.tr("Tam&pilkan:"))
        kategori_label.setBuddy(self.kategori)
        filters.addWidget(tahun_label)
        filters.addWidget(self.tahun)
        filters.addSpacing(8)
        filters.addWidget(unit_label)
        filters.addWidget(self.unit_filter, 3)
        filters.addWidget(status_label)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(kategori_label)
        filters.addWidget(self.kategori, 2)
        filters.addSpacing(8)
        filters.addWidget(self.search, 3)

        # -- the header: the scope's totals -------------------------------------------------
        self.title_label = QLabel()
        self.title_label.setObjectName("complianceTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.staff_label = QLabel()
        self.staff_label.setObjectName("complianceStaff")
        self.meeting_label = QLabel()
        self.meeting_label.setObjectName("complianceMeeting")
        self.share_label = QLabel()
        self.share_label.setObjectName("complianceShare")
        share_font = self.share_label.font()
        share_font.setBold(True)
        self.share_label.setFont(share_font)
        self.below_label = QLabel()
        self.below_label.setObjectName("complianceBelow")
        self.nihil_label = QLabel()
        self.nihil_label.setObjectName("complianceNihil")
        counts = QHBoxLayout()
        counts.setSpacing(18)
        counts.addWidget(self.title_label)
        for label in (
            self.staff_label,
            self.meeting_label,
            self.share_label,
            self.below_label,
            self.nihil_label,
        ):
            counts.addWidget(label)
        counts.addStretch(1)
        panel = QFrame()
        panel.setObjectName("compliancePanel")
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(8, 6, 8, 6)
        panel_layout.addLayout(counts)

        # -- the employees ------------------------------------------------------------------
        self.fetcher: GuardedFetcher[JpPegawai] = GuardedFetcher.of(
            self,
            # The year of the ids shown, not the one being typed into the filter.
            lambda page, ids: page.service.rows(page._shown_tahun, ids),
            lambda page, exc: page.pageFailed.emit(exc),
            (DatabaseError, ServiceError),
        )
        self.pageFailed.connect(self._page_failed, Qt.ConnectionType.QueuedConnection)
        self.model = ComplianceTableModel(self.fetcher, self)
        self.table = QTableView()
        self.table.setObjectName("complianceTable")
        self.table.setModel(self.model)
        configure_list_table(self.table, EMPLOYEE_WIDTHS)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(NAMA, Qt.SortOrder.AscendingOrder)
        self.table.setToolTip(self.tr("Klik dua kali untuk membuka data pegawai."))
        self.legend = QLabel(
            self.tr(
                "* target belum dikonfirmasi peraturan (PPPK); arahkan penunjuk ke targetnya "
                "untuk keterangan. Target pegawai yang mulai bekerja atau pensiun di tengah "
                "tahun sebanding bulan masa kerjanya."
            )
        )
        self.legend.setObjectName("complianceLegend")
        self.legend.setWordWrap(True)
        employees = QWidget()
        employees_layout = QVBoxLayout(employees)
        employees_layout.setContentsMargins(0, 4, 0, 0)
        employees_layout.addWidget(self.table, 1)
        employees_layout.addWidget(self.legend)

        # -- the units ----------------------------------------------------------------------
        self.unit_model = UnitComplianceModel(self)
        self.unit_table = QTableView()
        self.unit_table.setObjectName("complianceUnitTable")
        self.unit_table.setModel(self.unit_model)
        configure_list_table(self.unit_table, UNIT_WIDTHS)
        # No order of its own until a header is clicked: the service's order.
        self.unit_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.unit_table.setSortingEnabled(True)
        self.unit_table.setToolTip(
            self.tr("Klik dua kali untuk menampilkan pegawai unit itu (dan unit di bawahnya).")
        )
        units_note = QLabel(
            self.tr(
                "Setiap unit menghitung pegawainya sendiri dan pegawai unit di bawahnya; "
                "persentase adalah bagian pegawai yang memenuhi target JP."
            )
        )
        units_note.setWordWrap(True)
        units = QWidget()
        units_layout = QVBoxLayout(units)
        units_layout.setContentsMargins(0, 4, 0, 0)
        units_layout.addWidget(self.unit_table, 1)
        units_layout.addWidget(units_note)

        # -- the resistant list ---------------------------------------------------------------
        self.resistant_group = QButtonGroup(self)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Tanpa pengembangan selama:")))
        self.resistant_buttons: dict[int, QRadioButton] = {}
        for years, text in RESISTANT_YEARS:
            button = QRadioButton(QCoreApplication.translate("CompliancePage", str(text)))
            button.setObjectName(f"complianceTanpa{years}")
            self.resistant_group.addButton(button, years)
            self.resistant_buttons[years] = button
            choices.addWidget(button)
        self.resistant_buttons[3].setChecked(True)
        choices.addStretch(1)
        self.resistant_count = QLabel()
        self.resistant_count.setObjectName("complianceTanpaCount")
        choices.addWidget(self.resistant_count)
        self.resistant_model = TanpaPengembanganModel(self)
        self.resistant_table = QTableView()
        self.resistant_table.setObjectName("complianceTanpaTable")
        self.resistant_table.setModel(self.resistant_model)
        configure_list_table(self.resistant_table, RESISTANT_WIDTHS)
        # No order of its own until a header is clicked: the service's order.
        self.resistant_table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.resistant_table.setSortingEnabled(True)
        self.resistant_table.setToolTip(self.tr("Klik dua kali untuk membuka data pegawai."))
        self.resistant_note = QLabel()
        self.resistant_note.setObjectName("complianceTanpaNote")
        self.resistant_note.setWordWrap(True)
        resistant = QWidget()
        resistant_layout = QVBoxLayout(resistant)
        resistant_layout.setContentsMargins(0, 4, 0, 0)
        resistant_layout.addLayout(choices)
        resistant_layout.addWidget(self.resistant_table, 1)
        resistant_layout.addWidget(self.resistant_note)

        self.views = QTabWidget()
        self.views.setObjectName("complianceViews")
        self.views.addTab(employees, self.tr("Pe&gawai"))
        self.views.addTab(units, self.tr("Per u&nit"))
        self.views.addTab(resistant, self.tr("Tanpa pengem&bangan"))

        # -- the bottom row ---------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("complianceCount")
        self.message = QLabel()
        self.message.setObjectName("complianceMessage")
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("&Ekspor ke Excel…"))
        self.export_button.setObjectName("complianceExport")
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setObjectName("complianceRefresh")
        self.refresh_button.setShortcut("F5")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(12)
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.refresh_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(filters)
        layout.addWidget(panel)
        layout.addWidget(self.views, 1)
        layout.addLayout(bottom)

        self.export = XlsxExport(db, runner, self)
        self.export.done.connect(self._exported)
        self.export.failed.connect(self._failed)
        self.export.cancelled.connect(self._export_cancelled)

        # -- wiring -------------------------------------------------------------------------
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self.refresh)
        self.tahun.valueChanged.connect(lambda _value: self.refresh())
        for combo in (self.unit_filter, self.status_filter, self.kategori):
            combo.currentIndexChanged.connect(lambda _index: self.refresh())
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.model.sortRequested.connect(self._sort_requested)
        self.model.modelReset.connect(self._update_count)
        self.table.activated.connect(lambda index: self._open_row(self.model.id_at(index.row())))
        self.resistant_table.activated.connect(self._resistant_activated)
        self.unit_table.activated.connect(self._unit_activated)
        self.resistant_group.idToggled.connect(self._resistant_choice)
        self.views.currentChanged.connect(self._view_changed)
        self.refresh_button.clicked.connect(lambda _checked=False: self.reload())
        self.export_button.clicked.connect(lambda _checked=False: self.export_shown())
        hub(runner).changed.connect(self._changes_announced)
        self.apply_permissions()
        self._show_totals(None)
        self.load_units()
        self.refresh()

    # -- CompetencyTab ------------------------------------------------------------------------

    def apply_permissions(self) -> None:
        """Reading is what the page does; exporting needs EXPORT (a viewer reads only)."""
        self._refusal = denial_text(self.db.user, Permission.EXPORT)
        self._update_export()

    def _update_export(self) -> None:
        allowed = self._refusal is None and not self.export.running
        self.export_button.setEnabled(allowed)
        self.export_button.setToolTip(
            self._refusal or self.tr("Simpan tabel yang tampil ke buku kerja Excel (.xlsx).")
        )

    def shutdown(self) -> None:
        self._closed = True  # answers still on their way are for nobody
        self.export.closed = True
        self._debounce.stop()
        self.export.cancel()

    # -- querying -----------------------------------------------------------------------------

    def query(self) -> JpQuery:
        return JpQuery(
            tahun=self.tahun.value(),
            unit_id=self.unit_filter.currentData(),
            status=self.status_filter.currentData(),
            text=self.search.text(),
            kategori=str(self.kategori.currentData()),
        )

    def scope_text(self) -> str:
        unit = (
            self.unit_filter.currentText().strip()
            if self.unit_filter.currentData() is not None
            else self.tr("semua unit")
        )
        status = self.status_filter.currentData()
        return f"{unit}, {status}" if status else unit

    def scope(self) -> tuple[int, int | None, str | None]:
        """What the header, the units and the resistant list depend on."""
        return (
            self.tahun.value(),
            self.unit_filter.currentData(),
            self.status_filter.currentData(),
        )

    def reload(self) -> None:
        """Muat ulang: the units, the list, the totals and the resistant list afresh."""
        self._report_fresh = False
        self._resistant_stale = True
        self.load_units()
        self.refresh()

    def refresh(self) -> None:
        """Ask the worker for the ids the filters let through and the scope's report."""
        self._debounce.stop()
        if self._closed:
            return
        self._generation += 1
        generation = self._generation
        scope = self.scope()
        report = not self._report_fresh or self._report_scope != scope
        if self._report_scope != scope:
            self._resistant_stale = True
        service, query, sort = self.service, self.query(), self._sort

        def work() -> tuple[list[int], LaporanJp | None]:
            ids = service.search_ids(query, sort=sort[0], descending=sort[1])
            if not report:
                return ids, None
            laporan = service.laporan(query.tahun, unit_id=query.unit_id, status=query.status)
            return ids, laporan

        self.runner.run(work, lambda result: self._show(generation, scope, *result), self._failed)
        if self.views.currentIndex() == TAB_TANPA and self._resistant_stale:
            self.refresh_resistant()

    def _show(
        self,
        generation: int,
        scope: tuple[int, int | None, str | None],
        ids: list[int],
        laporan: LaporanJp | None,
    ) -> None:
        if self._closed or generation != self._generation:
            return  # closed, or a newer filter already asked again
        current = self.current_id()
        self._shown_tahun = scope[0]
        self.fetcher.new_query()
        self.model.set_ids(ids)
        if current is not None and (row := self.model.row_of(current)) is not None:
            self.table.selectRow(row)
        if laporan is not None:
            self._report_scope, self._report_fresh = scope, True
            self.unit_model.set_records(laporan.unit)
            self._show_totals(laporan)
        self._update_count()

    def _show_totals(self, laporan: LaporanJp | None) -> None:
        """The scope's staff, those meeting the target and their share, those below, and
        those with no JP at all, counted over the report's employees."""
        self.laporan = laporan
        tahun = laporan.tahun if laporan is not None else self.tahun.value()
        self.title_label.setText(
            self.tr("Kepatuhan JP {0} — {1}:").format(tahun, self.scope_text())
        )
        if laporan is None:
            for label in (
                self.staff_label,
                self.meeting_label,
                self.share_label,
                self.below_label,
                self.nihil_label,
            ):
                label.clear()
            return
        staff = len(laporan.pegawai)
        meeting = sum(1 for p in laporan.pegawai if p.memenuhi)
        nihil = sum(1 for p in laporan.pegawai if p.jp == 0)
        share = round(100.0 * meeting / staff, 2) if staff else None
        self.staff_label.setText(self.tr("{0} pegawai").format(count_text(staff)))
        self.meeting_label.setText(self.tr("{0} memenuhi target").format(count_text(meeting)))
        self.share_label.setText(format_persen(share))
        self.share_label.setToolTip(self.tr("Bagian pegawai yang memenuhi target JP."))
        self.below_label.setText(self.tr("{0} di bawah target").format(count_text(staff - meeting)))
        self.nihil_label.setText(self.tr("{0} tanpa kegiatan").format(count_text(nihil)))
        self.nihil_label.setToolTip(
            self.tr("Pegawai tanpa JP sama sekali tahun {0} (termasuk di bawah target).").format(
                tahun
            )
        )

    def _update_count(self) -> None:
        index = self.views.currentIndex()
        if index == TAB_UNIT:
            text = self.tr("{0} unit").format(count_text(self.unit_model.rowCount()))
        elif index == TAB_TANPA:
            text = self.tr("{0} pegawai").format(count_text(self.resistant_model.rowCount()))
        else:
            text = self.tr("{0} pegawai ditampilkan").format(count_text(len(self.model.ids())))
        self.count_label.setText(text)

    def load_units(self) -> None:
        if self._closed:
            return
        service = OrgUnitService(self.db)
        self.runner.run(service.tree, self._set_units, self._failed)

    def _set_units(self, units: list[UnitNode]) -> None:
        if self._closed:
            return
        chosen = self.unit_filter.currentData()
        self.units = units
        fill_units(self.unit_filter, units, (self.tr("Semua unit"), None))
        if self.unit_filter.currentData() != chosen:
            self.refresh()  # the unit chosen is gone: the list is of all units now

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        """Target, shortfall and "meets" do not sort: the click keeps order and indicator."""
        if COLUMNS[section][0] is None:
            header = self.table.horizontalHeader()
            order = Qt.SortOrder.DescendingOrder if self._sort[1] else Qt.SortOrder.AscendingOrder
            header.blockSignals(True)
            header.setSortIndicator(self._sort_section, order)
            header.blockSignals(False)
        else:
            self._sort_section = section

    def _sort_requested(self, key: str, descending: bool) -> None:
        if (key, descending) != self._sort:
            self._sort = (key, descending)
            self.refresh()

    def _changes_announced(self, changes: Changes) -> None:
        """Activities, participants or degree study saved anywhere move JP; employees and
        units change who is counted where."""
        if self._closed:
            return
        if changes.units:
            self.load_units()
        if set(changes.competency) & JP_AREAS or changes.register_rows:
            self._report_fresh = False
            self._resistant_stale = True
            self.refresh()

    # -- the resistant list -------------------------------------------------------------------

    def minimal_years(self) -> int:
        return max(self.resistant_group.checkedId(), 1)

    def _view_changed(self, index: int) -> None:
        if index == TAB_TANPA and self._resistant_stale:
            self.refresh_resistant()
        self._update_count()

    def _resistant_choice(self, _years: int, checked: bool) -> None:
        if checked:
            self.refresh_resistant()

    def refresh_resistant(self) -> None:
        if self._closed:
            return
        self._resistant_generation += 1
        generation = self._resistant_generation
        self._resistant_stale = False
        service, tahun = self.service, self.tahun.value()
        unit_id, minimal = self.unit_filter.currentData(), self.minimal_years()
        status = self.status_filter.currentData()

        def work() -> list[TanpaPengembangan]:
            people = service.tanpa_pengembangan(tahun, minimal_tahun=minimal, unit_id=unit_id)
            # The service lists every status; the page's status filter narrows it here.
            return [p for p in people if status is None or p.status == status]

        self.runner.run(
            work,
            lambda people: self._show_resistant(generation, tahun, minimal, people),
            self._failed,
        )

    def _show_resistant(
        self, generation: int, tahun: int, minimal: int, people: list[TanpaPengembangan]
    ) -> None:
        if self._closed or generation != self._resistant_generation:
            return
        self.resistant_model.set_records(people)
        self._resistant_shown = (tahun, minimal)
        never = sum(1 for p in people if p.tahun_terakhir is None)
        self.resistant_count.setText(
            self.tr("{0} pegawai, {1} belum pernah").format(
                count_text(len(people)), count_text(never)
            )
        )
        self.resistant_note.setText(
            self.tr(
                "Pegawai {0} yang tidak mendapat JP pengembangan kompetensi selama {1} tahun "
                "atau lebih sampai tahun {2}, terlama di atas. Yang belum pernah dihitung "
                "dari awal masa kerjanya."
            ).format(self.scope_text(), minimal, tahun)
        )
        self._update_count()

    # -- opening an employee ------------------------------------------------------------------

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def _resistant_activated(self, index: Any) -> None:
        person = self.resistant_model.record_at(index.row())
        if person is not None:
            self._open_row(person.employee_id)

    def _unit_activated(self, index: Any) -> None:
        """A unit's row: its employees (and those of the units below it) in the table."""
        unit = self.unit_model.record_at(index.row())
        if unit is None:
            return
        position = self.unit_filter.findData(unit.unit_id)
        if position >= 0:
            self.views.setCurrentIndex(TAB_PEGAWAI)
            self.unit_filter.setCurrentIndex(position)

    def _open_row(self, employee_id: int | None) -> None:
        if employee_id is not None:
            self.open_employee(employee_id)

    def open_employee(self, employee_id: int) -> None:
        """The employee dialog, as the register opens it, at the development tab."""
        from asn_desktop.ui.employee_dialog import EmployeeDialog

        try:
            dialog = EmployeeDialog(self.db, self.runner, self.units, employee_id, self)
        except (ServiceError, DatabaseError) as exc:  # deleted meanwhile, say
            show_error(self, str(exc))
            self.refresh()
            return
        if dialog.development_tab is not None:
            dialog.tabs.setCurrentWidget(dialog.development_tab)
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        self.employee_dialog = dialog
        dialog.open()  # window-modal; what it saves comes back as Changes

    # -- export -------------------------------------------------------------------------------

    def export_shown(self) -> None:
        """The table of the tab shown to .xlsx, with the filters in its title."""
        if self._refusal is not None or self.export.running:
            return
        tahun = self.tahun.value()
        index = self.views.currentIndex()
        names = ("kepatuhan-jp", "kepatuhan-jp-unit", "tanpa-pengembangan")
        path = ask_xlsx_path(self, self.tr("Ekspor ke Excel"), f"{names[index]}-{tahun}.xlsx")
        if path is None:
            return
        self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Write the table of the tab shown to ``path`` (the file dialog answered), with
        the year of what it shows (a filter just changed may not have answered yet)."""
        index = self.views.currentIndex()
        printed = format_tanggal_angka(date.today())
        scope = self.scope_text()
        sheets: Callable[[], Sequence[Sheet]]
        if index == TAB_UNIT:
            units = self.unit_model.records()
            tahun = self.laporan.tahun if self.laporan is not None else self.tahun.value()
            title = self.tr("Kepatuhan JP {0} per unit — {1} (dicetak {2})").format(
                tahun, scope, printed
            )
            total, label = len(units), self.tr("Kepatuhan JP {0} per unit").format(tahun)

            def sheets() -> Sequence[Sheet]:
                return [unit_sheet(tahun, units, title)]

        elif index == TAB_TANPA:
            people = self.resistant_model.records()
            tahun, minimal = self._resistant_shown
            title = self.tr(
                "Tanpa pengembangan {0} tahun atau lebih sampai {1} — {2} (dicetak {3})"
            ).format(minimal, tahun, scope, printed)
            total, label = len(people), self.tr("Tanpa pengembangan {0}").format(tahun)

            def sheets() -> Sequence[Sheet]:
                return [resistant_sheet(tahun, minimal, people, title)]

        else:
            ids, service, tahun = list(self.model.ids()), self.service, self._shown_tahun
            kategori = self.kategori.currentText()
            title = self.tr("Kepatuhan JP {0} — {1}, {2} (dicetak {3})").format(
                tahun, scope, kategori.casefold(), printed
            )
            total, label = len(ids), self.tr("Kepatuhan JP {0}").format(tahun)

            def sheets() -> Sequence[Sheet]:
                return [employee_sheet(service, tahun, ids, title)]

        self.message.setText(self.tr("Mengekspor…"))
        self.export.start(path, sheets, total=total, label=label)
        self._update_export()

    def _export_cancelled(self) -> None:
        self._update_export()
        self.message.setText(self.tr("Ekspor dibatalkan; berkas tidak dibuat."))

    def _exported(self, path: Path, rows: int) -> None:
        self._update_export()
        self.message.setText(self.tr("{0} baris diekspor ke {1}").format(count_text(rows), path))

    # -- errors ---------------------------------------------------------------------------

    def _failed(self, exc: BaseException, trace: str) -> None:
        if self._closed:
            log.info("compliance page job failed after closing: %s", exc)
            return
        self._update_export()
        if self.message.text() == self.tr("Mengekspor…"):
            self.message.clear()
        _report(self, exc, trace)

    def _page_failed(self, exc: BaseException) -> None:
        self._failed(exc, "")
