"""Tugas belajar / izin belajar of one employee: programme, institution, dates, status.

Add (``study`` None) or change a degree study; saved in the worker through
TrainingService.create_tugas_belajar / update_tugas_belajar (the latter with the revision
read, so a study changed elsewhere meanwhile is refused with the service's message). The
service's problems come back under their fields. Its JP (20 per completed semester) is the
service's; the dialog shows what the saved record counts. A role that may not edit sees
the study with every field read-only and no Save.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from asn_desktop.domain import FieldProblem, TanggalError
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.trainings import TrainingService, TugasBelajarDraft, TugasBelajarRecord
from asn_desktop.ui.budget_page import RupiahEdit
from asn_desktop.ui.form_fields import DateEdit, FieldRow, limit_input
from asn_desktop.ui.jp_bars import format_jp
from asn_desktop.ui.operations import Changes, Operation
from asn_desktop.ui.tasks import TaskRunner

__all__ = ["JENJANG", "DegreeStudyDialog"]

CONTEXT = "DegreeStudyDialog"
# Offered in the list; another level (Sp1, profesi) can be typed.
JENJANG = ("D3", "D4", "S1", "S2", "S3", "Profesi", "Sp1", "Sp2")
JENIS_TEXTS: dict[str, Any] = {
    "tugas_belajar": QT_TRANSLATE_NOOP(
        "DegreeStudyDialog", "Tugas belajar (dibebaskan dari tugas)"
    ),
    "izin_belajar": QT_TRANSLATE_NOOP("DegreeStudyDialog", "Izin belajar (di luar jam kerja)"),
}
STATUS_TEXTS: dict[str, Any] = {
    "berjalan": QT_TRANSLATE_NOOP("DegreeStudyDialog", "Berjalan"),
    "lulus": QT_TRANSLATE_NOOP("DegreeStudyDialog", "Lulus"),
    "berhenti": QT_TRANSLATE_NOOP("DegreeStudyDialog", "Berhenti"),
}
# The service's text fields and the input rule (domain.masukan) of a column of the same
# length each borrows (services.trainings._TEXT_RULES).
_TEXT_LIMITS = {
    "program_studi": "unit_nama",
    "institusi": "unit_nama",
    "sk_nomor": "sk_nomor",
    "catatan": "catatan",
}


def _tr(text: object) -> str:
    return QCoreApplication.translate(CONTEXT, str(text))


class DegreeStudyDialog(QDialog):
    def __init__(
        self,
        service: TrainingService,
        runner: TaskRunner,
        employee_id: int,
        study: TugasBelajarRecord | None,
        parent: QWidget | None = None,
        *,
        read_only: str | None = None,
        sumber_dana: Sequence[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self.employee_id, self.study = employee_id, study
        self.read_only = read_only
        self.operation: Operation[Any] | None = None
        self.saved_id: int | None = None
        self.setObjectName("degreeStudyDialog")
        self.setWindowTitle(
            self.tr("Tugas belajar baru") if study is None else self.tr("Tugas belajar")
        )

        self.jenis = QComboBox()
        for key, text in JENIS_TEXTS.items():
            self.jenis.addItem(_tr(text), key)
        self.jenjang = QComboBox()
        self.jenjang.setEditable(True)
        self.jenjang.addItems(JENJANG)
        self.jenjang.setCurrentIndex(JENJANG.index("S2"))
        line = self.jenjang.lineEdit()
        assert line is not None
        limit_input(line, "jenis_kp")  # String(10), as the service's rule
        self.program_studi = QLineEdit()
        self.institusi = QLineEdit()
        self.internasional = QCheckBox(self.tr("Di luar negeri"))
        self.mulai = DateEdit()
        self.selesai = DateEdit()
        self.selesai.setToolTip(
            self.tr(
                "Rencana selesai selama masih berjalan; tanggal selesainya bila lulus atau "
                "berhenti."
            )
        )
        self.status = QComboBox()
        for key, text in STATUS_TEXTS.items():
            self.status.addItem(_tr(text), key)
        self.sk_nomor = QLineEdit()
        self.biaya = RupiahEdit()
        self.sumber_dana = QComboBox()
        self.sumber_dana.addItem(self.tr("(tidak dicatat)"), "")
        for kode, nama in sumber_dana or ():
            self.sumber_dana.addItem(nama, kode)
        self.catatan = QPlainTextEdit()
        self.catatan.setTabChangesFocus(True)
        self.catatan.setFixedHeight(60)
        self.edits: dict[str, QWidget] = {
            "jenis": self.jenis,
            "jenjang": self.jenjang,
            "program_studi": self.program_studi,
            "institusi": self.institusi,
            "internasional": self.internasional,
            "mulai": self.mulai,
            "selesai": self.selesai,
            "status": self.status,
            "sk_nomor": self.sk_nomor,
            "biaya": self.biaya,
            "sumber_dana": self.sumber_dana,
            "catatan": self.catatan,
        }
        for name, editor in self.edits.items():
            editor.setObjectName(f"study_{name}")
            if name in _TEXT_LIMITS:
                limit_input(editor, _TEXT_LIMITS[name])
        labels = {
            "jenis": self.tr("&Jenis:"),
            "jenjang": self.tr("Je&njang:"),
            "program_studi": self.tr("&Program studi:"),
            "institusi": self.tr("&Institusi:"),
            "internasional": "",
            "mulai": self.tr("&Mulai:"),
            "selesai": self.tr("S&elesai:"),
            "status": self.tr("S&tatus:"),
            "sk_nomor": self.tr("Nomor S&K:"),
            "biaya": self.tr("&Biaya:"),
            "sumber_dana": self.tr("Sumber &dana:"),
            "catatan": self.tr("&Catatan:"),
        }
        self.rows: dict[str, FieldRow] = {}
        form = QFormLayout()
        for name, editor in self.edits.items():
            row = FieldRow(editor)
            row.setFocusProxy(editor)  # the label's accelerator reaches the editor
            self.rows[name] = row
            form.addRow(labels[name], row)
        self.jp_label = QLabel()
        self.jp_label.setObjectName("studyJp")
        self.jp_label.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("studySummary")
        self.summary.setWordWrap(True)
        self.summary.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.jp_label)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        if study is not None:
            self._fill(study)
        else:
            self.jp_label.setText(
                self.tr(
                    "JP dihitung 20 untuk setiap semester yang selesai, pada tahun semesternya."
                )
            )
        if read_only is not None:
            self._make_read_only(read_only)
        self.resize(520, self.sizeHint().height())

    def _fill(self, study: TugasBelajarRecord) -> None:
        self.jenis.setCurrentIndex(max(self.jenis.findData(study.jenis), 0))
        self.jenjang.setCurrentText(study.jenjang)
        self.program_studi.setText(study.program_studi)
        self.institusi.setText(study.institusi)
        self.internasional.setChecked(study.internasional)
        self.mulai.set_date(study.mulai)
        self.selesai.set_date(study.selesai)
        self.status.setCurrentIndex(max(self.status.findData(study.status), 0))
        self.sk_nomor.setText(study.sk_nomor)
        self.biaya.set_value(study.biaya)
        index = self.sumber_dana.findData(study.sumber_dana)
        if index < 0 and study.sumber_dana:
            self.sumber_dana.addItem(study.sumber_dana, study.sumber_dana)
            index = self.sumber_dana.count() - 1
        self.sumber_dana.setCurrentIndex(max(index, 0))
        self.catatan.setPlainText(study.catatan)
        per_year = ", ".join(
            f"{tahun}: {format_jp(jp)}" for tahun, jp in sorted(study.jp_per_tahun.items())
        )
        self.jp_label.setText(
            self.tr("JP dihitung sampai hari ini: {0} ({1}).").format(
                format_jp(study.jp), per_year or self.tr("belum ada semester yang selesai")
            )
        )

    def _make_read_only(self, reason: str) -> None:
        for editor in self.edits.values():
            if isinstance(editor, (QLineEdit, QPlainTextEdit)):
                editor.setReadOnly(True)
                palette = editor.palette()
                palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
                editor.setPalette(palette)
            else:
                editor.setEnabled(False)
        # Nothing to save or to cancel: Save goes, Cancel becomes Close.
        for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Cancel):
            button = self.buttons.button(kind)
            if button is not None:
                self.buttons.removeButton(button)
                button.deleteLater()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.setWindowTitle(self.tr("{0} (hanya baca)").format(self.windowTitle()))
        self.summary.setText(reason)
        self.summary.show()

    # -- saving ------------------------------------------------------------------------

    @property
    def saving(self) -> bool:
        return self.operation is not None and self.operation.running

    def draft(self) -> tuple[TugasBelajarDraft | None, list[FieldProblem]]:
        """The form as a draft, with what cannot even be read (dates, rupiah)."""
        problems: list[FieldProblem] = []
        dates: dict[str, date | None] = {}
        for name, edit in (("mulai", self.mulai), ("selesai", self.selesai)):
            try:
                dates[name] = edit.parsed()
            except TanggalError as exc:
                problems.append(FieldProblem(name, str(exc)))
                dates[name] = None
        if dates["mulai"] is None and not any(p.field == "mulai" for p in problems):
            problems.append(FieldProblem("mulai", self.tr("Tanggal mulai wajib diisi.")))
        try:
            biaya = self.biaya.value()
        except ValueError as exc:
            problems.append(FieldProblem("biaya", str(exc)))
            biaya = 0
        if problems:
            return None, problems
        mulai = dates["mulai"]
        assert mulai is not None
        return (
            TugasBelajarDraft(
                jenis=str(self.jenis.currentData()),
                jenjang=self.jenjang.currentText().strip(),
                program_studi=self.program_studi.text(),
                institusi=self.institusi.text(),
                mulai=mulai,
                selesai=dates["selesai"],
                status=str(self.status.currentData()),
                internasional=self.internasional.isChecked(),
                sk_nomor=self.sk_nomor.text(),
                biaya=biaya or 0,
                sumber_dana=str(self.sumber_dana.currentData() or ""),
                catatan=self.catatan.toPlainText(),
            ),
            [],
        )

    def show_problems(self, problems: Sequence[FieldProblem]) -> None:
        by_field: dict[str, str] = {}
        for p in problems:
            by_field.setdefault(p.field, p.message)
        for name, row in self.rows.items():
            row.set_problem(by_field.get(name))
        others = [m for f, m in by_field.items() if f not in self.rows]
        if by_field:
            text = self.tr("Belum disimpan: {0} isian perlu diperbaiki.").format(len(by_field))
            self.summary.setText("\n".join([text, *others]))
            self.summary.setStyleSheet("color: #b00020;")
            self.summary.show()
            first = next((n for n in self.edits if n in by_field), None)
            if first is not None:
                self.edits[first].setFocus()
        else:
            self.summary.hide()

    def save(self) -> bool:
        """Save in the worker; False when refused before that (problems under the fields)."""
        if self.read_only is not None or self.saving:
            return False
        draft, problems = self.draft()
        if draft is None:
            self.show_problems(problems)
            return False
        service, employee_id, study = self.service, self.employee_id, self.study

        def work() -> tuple[int, Changes]:
            if study is None:
                saved = service.create_tugas_belajar(employee_id, draft)
            else:
                service.update_tugas_belajar(study.id, draft, expected_revision=study.revision)
                saved = study.id
            return saved, Changes(competency={"pelatihan"})

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
        if isinstance(exc, ValidationFailed):
            self.show_problems(exc.problems)
            return True
        return False
