"""The document preview: rendered in the worker and shown with QtPdf, the paper switched,
pages navigated, saved as a PDF (atomically) and printed, each print recorded in the audit
trail; drafts are marked; the SKP planning document and earlier versions are shown too."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts import open_as
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from asn_desktop.services.appraisals import AppraisalService
from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.ui.pdf_preview import (
    PdfPreviewDialog,
    open_document_preview,
    page_size,
    write_atomically,
)
from asn_desktop.ui.tasks import TaskRunner

from .editor_data import (
    NAMES,
    TAHUN,
    Agency,
    agency_template,
    copy_agency,
    final_evaluation,
    make_skp,
    rated,
)

Open = Callable[..., PdfPreviewDialog]
A4_HEIGHT, F4_HEIGHT = 297 / 25.4 * 72, 330 / 25.4 * 72  # points


@pytest.fixture
def agency(
    tmp_path_factory: pytest.TempPathFactory, initialised_template: Path, tmp_path: Path
) -> Agency:
    return copy_agency(
        agency_template(initialised_template, tmp_path_factory.mktemp("editors")), tmp_path
    )


@pytest.fixture
def adb(agency: Agency, tmp_path: Path) -> Iterator[Database]:
    database = open_as(agency.path, backup_dir=tmp_path / "backups")
    yield database
    database.close()


@pytest.fixture
def appraisals(adb: Database) -> AppraisalService:
    return AppraisalService(adb)


@pytest.fixture
def final(appraisals: AppraisalService, agency: Agency) -> tuple[int, int]:
    """(skp id, evaluation id) of Ahmad's finalised year-end evaluation."""
    return final_evaluation(appraisals, agency.people["ahmad"])


@pytest.fixture
def open_preview(qtbot: QtBot, adb: Database, runner: TaskRunner) -> Open:
    def make(**kwargs: Any) -> PdfPreviewDialog:
        dialog = open_document_preview(adb, runner, None, **kwargs)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.renders > 0, timeout=20000)
        return dialog

    return make


def done(qtbot: QtBot, dialog: PdfPreviewDialog) -> None:
    qtbot.waitUntil(
        lambda: dialog.operation is not None and not dialog.operation.running, timeout=20000
    )


def prints(adb: Database) -> list[str]:
    return [row.detail for row in AuditService(adb).entries(AuditQuery(action="print"))]


def pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdfinfo(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return dict(
        (key.strip(), value.strip())
        for key, _sep, value in (line.partition(":") for line in out.stdout.splitlines())
    )


def points(info: dict[str, str]) -> tuple[float, float]:
    found = re.match(r"([\d.]+) x ([\d.]+) pts", info["Page size"])
    assert found is not None, info["Page size"]
    return float(found.group(1)), float(found.group(2))


def test_a_final_evaluation_is_shown_page_by_page_with_its_code(
    open_preview: Open, final: tuple[int, int], appraisals: AppraisalService
) -> None:
    _skp_id, evaluasi_id = final
    dialog = open_preview(evaluasi_id=evaluasi_id)
    count = dialog.page_count()
    assert count > 0 and dialog.document.pageCount() == count
    assert dialog.windowTitle() == (
        f"Dokumen Evaluasi Kinerja — {NAMES['ahmad']}, PERIODE: AKHIR {TAHUN}"
    )
    assert not dialog.draft_label.isVisibleTo(dialog)
    assert dialog.page_label.text() == f"Halaman 1 dari {count}"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert abs(dialog.document.pagePointSize(0).height() - A4_HEIGHT) < 1
    assert dialog.pdf_bytes.startswith(b"%PDF") and dialog.rendered_paper == "A4"
    kode = appraisals.evaluasi(evaluasi_id).versions[-1].kode_dokumen
    assert dialog.source is not None and dialog.source.printable is not None
    assert dialog.source.printable.kode == kode
    assert not dialog.previous_button.isEnabled()
    if count > 1:
        dialog.next_page()
        assert dialog.page_label.text() == f"Halaman 2 dari {count}"
        assert dialog.previous_button.isEnabled()
        dialog.previous_page()
        assert dialog.page_label.text() == f"Halaman 1 dari {count}"


def test_switching_to_f4_renders_again_on_the_taller_paper(
    qtbot: QtBot, open_preview: Open, final: tuple[int, int]
) -> None:
    dialog = open_preview(evaluasi_id=final[1])
    a4_bytes = dialog.pdf_bytes
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("F4"))
    assert not dialog.print_button.isEnabled()  # until the new pages are there
    qtbot.waitUntil(lambda: dialog.renders == 2, timeout=20000)
    assert dialog.rendered_paper == "F4" and dialog.pdf_bytes != a4_bytes
    assert abs(dialog.document.pagePointSize(0).height() - F4_HEIGHT) < 1
    assert abs(dialog.document.pagePointSize(0).width() - 215 / 25.4 * 72) < 1
    assert dialog.page_label.text().endswith(f"dari {dialog.page_count()}")
    dialog.paper_combo.setCurrentIndex(dialog.paper_combo.findData("A4"))
    qtbot.waitUntil(lambda: dialog.renders == 3, timeout=20000)
    assert abs(dialog.document.pagePointSize(0).height() - A4_HEIGHT) < 1


def test_a_draft_is_marked_in_the_title_and_the_dialog(
    open_preview: Open, appraisals: AppraisalService, agency: Agency, adb: Database
) -> None:
    skp_id = make_skp(appraisals, agency.people["siti"])
    evaluasi_id = rated(appraisals, skp_id)
    dialog = open_preview(evaluasi_id=evaluasi_id, paper="f4")
    assert dialog.windowTitle().startswith("DRAF — Dokumen Evaluasi Kinerja — Siti Aminah")
    assert dialog.draft_label.isVisibleTo(dialog)
    assert dialog.paper_combo.currentData() == "F4" and dialog.rendered_paper == "F4"
    assert dialog.source is not None and dialog.source.draft


def test_save_pdf_writes_the_file_atomically_and_records_the_print(
    qtbot: QtBot,
    open_preview: Open,
    final: tuple[int, int],
    adb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_preview(evaluasi_id=final[1])
    offered: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        offered.append(suggested)
        return str(tmp_path / "evaluasi-ahmad"), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    before = prints(adb)
    assert dialog.save_pdf() is True
    done(qtbot, dialog)
    assert offered and offered[0].endswith(f"evaluasi-{TAHUN}-akhir-198503152010011002-a4.pdf")
    saved = tmp_path / "evaluasi-ahmad.pdf"  # the suffix is added
    assert dialog.saved_path == saved and saved.read_bytes() == dialog.pdf_bytes
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []
    text = pdftotext(saved)
    assert "Ahmad Sutisna" in text and "EVALUASI KINERJA" in text.upper()
    assert pdfinfo(saved)["Pages"] == str(dialog.page_count())
    entries = prints(adb)
    assert len(entries) == len(before) + 1
    assert "kode" in entries[0] and str(saved) in entries[0]
    assert "Disimpan" in dialog.status.text()


def test_a_pdf_that_cannot_be_written_is_said_and_nothing_recorded(
    qtbot: QtBot,
    open_preview: Open,
    final: tuple[int, int],
    adb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    dialogs_shown: list[str],
) -> None:
    dialog = open_preview(evaluasi_id=final[1])
    missing = tmp_path / "tidak-ada" / "dokumen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(missing), "PDF"))
    before = prints(adb)
    dialog.save_pdf()
    done(qtbot, dialog)
    assert len(dialogs_shown) == 1 and dialogs_shown.pop().startswith("PDF tidak dapat disimpan")
    assert prints(adb) == before and not missing.exists()


def test_cancelling_the_file_dialog_saves_nothing(
    open_preview: Open, final: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(evaluasi_id=final[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert dialog.save_pdf() is False and dialog.operation is None


def test_printing_paints_every_page_on_the_documents_paper_and_records_it(
    qtbot: QtBot,
    open_preview: Open,
    final: tuple[int, int],
    adb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    dialog = open_preview(evaluasi_id=final[1], paper="F4")
    out = tmp_path / "printed.pdf"
    seen: list[tuple[str, bool]] = []

    def print_to_file(print_dialog: QPrintDialog) -> int:
        printer = print_dialog.printer()
        seen.append((printer.pageLayout().pageSize().name(), printer.fullPage()))
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    before = prints(adb)
    assert dialog.print_document() is True
    done(qtbot, dialog)
    assert seen == [("F4", True)]
    info = pdfinfo(out)
    assert info["Pages"] == str(dialog.page_count())
    width, height = points(info)
    assert abs(width - 215 / 25.4 * 72) < 1 and abs(height - F4_HEIGHT) < 1
    assert len(prints(adb)) == len(before) + 1
    assert "dikirim ke pencetak" in dialog.status.text()


def test_a_cancelled_print_dialog_prints_nothing(
    open_preview: Open, final: tuple[int, int], adb: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_preview(evaluasi_id=final[1])
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: int(QDialog.DialogCode.Rejected.value))
    before = prints(adb)
    assert dialog.print_document() is False and dialog.operation is None
    assert prints(adb) == before


def test_an_earlier_version_and_the_planning_document_are_shown(
    open_preview: Open,
    final: tuple[int, int],
    appraisals: AppraisalService,
) -> None:
    skp_id, evaluasi_id = final
    versi = appraisals.evaluasi(evaluasi_id).versions[0]
    version = open_preview(versi_id=versi.id)
    assert version.page_count() > 0 and not version.source.draft  # type: ignore[union-attr]
    plan = open_preview(skp_id=skp_id)
    assert plan.page_count() > 0
    assert plan.windowTitle() == f"Rencana SKP {TAHUN} — {NAMES['ahmad']}"
    assert not plan.draft_label.isVisibleTo(plan)
    assert plan.default_path().name == f"rencana-skp-{TAHUN}-198503152010011002-a4.pdf"


def test_saving_the_planning_document_records_an_skp_print(
    qtbot: QtBot,
    open_preview: Open,
    appraisals: AppraisalService,
    agency: Agency,
    adb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    skp_id = make_skp(appraisals, agency.people["siti"])
    dialog = open_preview(skp_id=skp_id)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "rencana.pdf"), "PDF")
    )
    dialog.save_pdf()
    done(qtbot, dialog)
    assert "RENCANA" in pdftotext(tmp_path / "rencana.pdf").upper()
    entries = AuditService(adb).entries(AuditQuery(action="print"))
    assert entries[0].entity_type == "skp" and entries[0].detail.startswith("Rencana SKP")
    assert "Siti Aminah" in entries[0].entity_label


def test_the_skp_editor_prints_its_plan_through_the_preview(
    qtbot: QtBot,
    adb: Database,
    runner: TaskRunner,
    appraisals: AppraisalService,
    agency: Agency,
) -> None:
    from asn_desktop.ui.skp_editor import open_skp_editor

    skp_id = make_skp(appraisals, agency.people["ahmad"])
    editor = open_skp_editor(adb, runner, None, skp_id=skp_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    editor.print_button.click()
    preview = editor.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.skp_id == skp_id
    qtbot.waitUntil(lambda: preview.renders > 0, timeout=20000)
    assert preview.page_count() > 0
    preview.reject()


def test_the_evaluation_editor_previews_the_stored_evaluation(
    qtbot: QtBot, adb: Database, runner: TaskRunner, final: tuple[int, int]
) -> None:
    from asn_desktop.ui.evaluation_editor import open_evaluation_editor

    skp_id, evaluasi_id = final
    editor = open_evaluation_editor(adb, runner, None, skp_id=skp_id)
    qtbot.addWidget(editor)
    qtbot.waitUntil(lambda: editor.loaded, timeout=10000)
    editor.preview_button.click()
    preview = editor.preview
    assert isinstance(preview, PdfPreviewDialog) and preview.evaluasi_id == evaluasi_id
    qtbot.waitUntil(lambda: preview.renders > 0, timeout=20000)
    editor.version_preview_button.click()
    version = editor.preview
    assert isinstance(version, PdfPreviewDialog) and version.versi_id is not None
    qtbot.waitUntil(lambda: version.renders > 0, timeout=20000)


def test_a_viewer_may_preview_and_save(
    qtbot: QtBot,
    open_preview: Open,
    final: tuple[int, int],
    adb: Database,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    adb.assume_user("viewer")
    dialog = open_preview(evaluasi_id=final[1])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *_a: (str(tmp_path / "v.pdf"), "PDF")
    )
    dialog.save_pdf()
    done(qtbot, dialog)
    assert (tmp_path / "v.pdf").exists()
    assert AuditService(adb).entries(AuditQuery(action="print"))[0].username == "viewer"


def test_a_missing_evaluation_is_said_in_the_dialog(
    qtbot: QtBot, adb: Database, runner: TaskRunner
) -> None:
    dialog = open_document_preview(adb, runner, None, evaluasi_id=999_999)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "tidak ditemukan" in dialog.status.text(), timeout=10000)
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


def test_page_sizes_and_the_atomic_write(tmp_path: Path) -> None:
    assert page_size("A4").name() == "A4"
    f4 = page_size(" f4 ").sizePoints()
    assert (f4.width(), f4.height()) == (609, 935)
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")

    with pytest.raises(TypeError):
        write_atomically(target, "not bytes")  # type: ignore[arg-type]
    assert target.read_bytes() == b"old" and len(list(tmp_path.iterdir())) == 1
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and len(list(tmp_path.iterdir())) == 1


def test_open_needs_exactly_one_document(adb: Database, runner: TaskRunner) -> None:
    with pytest.raises(ValueError, match="one of"):
        PdfPreviewDialog(adb, runner)
    with pytest.raises(ValueError, match="one of"):
        PdfPreviewDialog(adb, runner, evaluasi_id=1, skp_id=1)
