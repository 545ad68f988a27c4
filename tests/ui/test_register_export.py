"""Berkas -> Ekspor ke Excel: the register's filtered view, its visible columns, in the
worker, with Batal leaving no file, a closing message that opens the folder, and a viewer
refused."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from asn_desktop.services.audit import AuditQuery, AuditService
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService
from asn_desktop.services.register_export import RegisterExport
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.register_export_dialog import RegisterExportFlow, shown_columns

from .conftest import KNOWN_NIP, wait_for_ids


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Callable[[str], Path]:
    """The file dialog answers with this name (without the suffix: it is added)."""
    folder = tmp_path / "ekspor"
    folder.mkdir(exist_ok=True)

    def answer(name: str) -> Path:
        path = folder / name
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(path)[:-5], "")
        )
        return path

    return answer


def _sheet(path: Path) -> list[tuple[object, ...]]:
    book = load_workbook(path, read_only=True)
    try:
        return list(book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def _export(qtbot: QtBot, window: MainWindow) -> tuple[RegisterExportFlow, Path, int]:
    """Trigger the menu action and wait for the closing message."""
    with qtbot.waitSignal(_flow_signal(window), timeout=30000) as blocker:
        window.export_action.trigger()
    flow = window.register_export  # type: ignore[attr-defined]
    assert isinstance(flow, RegisterExportFlow)
    path, rows = blocker.args
    return flow, path, rows


def _flow_signal(window: MainWindow) -> object:
    flow = getattr(window, "register_export", None)
    if not isinstance(flow, RegisterExportFlow):
        flow = RegisterExportFlow(window)
        window.register_export = flow  # type: ignore[attr-defined]
    return flow.finished


def _close_message(qtbot: QtBot, flow: RegisterExportFlow) -> None:
    box = flow.message
    assert isinstance(box, QMessageBox) and box.isVisible()
    box.reject()
    qtbot.waitUntil(lambda: flow.message is None, timeout=5000)


def test_the_action_exports_the_filtered_view(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    save_as: Callable[[str], Path],
    db: Database,
) -> None:
    register = window.register
    register.status_filter.setCurrentIndex(register.status_filter.findData("PNS"))
    expected = service.search_ids(register.query())
    wait_for_ids(qtbot, register, expected)
    assert 0 < len(expected) < service.count()  # the filter narrows the register
    path = save_as("pegawai.xlsx")
    assert window.export_action.isEnabled()
    flow, written, rows = _export(qtbot, window)
    assert written == path and rows == len(expected)
    data = _sheet(path)
    assert str(data[0][0]).startswith("Daftar pegawai")
    assert "status PNS" in str(data[0][0])
    assert list(data[1]) == [header for _key, header in shown_columns(register)]
    shown = service.rows(expected)
    assert [r[0] for r in data[2:]] == [shown[i].nip for i in expected]  # the register's order
    assert all(isinstance(r[0], str) and len(r[0]) == 18 for r in data[2:])
    assert {r[5] for r in data[2:]} == {"PNS"}
    # The closing message: the count and the path, and the folder opens.
    box = flow.message
    assert isinstance(box, QMessageBox)
    assert f"{rows} baris diekspor" in box.text() and str(path) in box.text()
    assert window.statusBar().currentMessage().endswith(str(path))
    _close_message(qtbot, flow)
    entries = AuditService(db).entries(AuditQuery(action="export"))
    assert [e.detail for e in entries] == [f"{rows} baris ke pegawai.xlsx"]


def test_the_visible_columns_in_their_order_and_headers(
    qtbot: QtBot,
    window: MainWindow,
    service: EmployeeService,
    save_as: Callable[[str], Path],
) -> None:
    register = window.register
    if not hasattr(register, "set_columns"):
        pytest.skip("the register has no column chooser")
    register.set_columns(["nip", "nama", "tanggal_lahir", "usia", "kedudukan_hukum"])
    register.search.setText(KNOWN_NIP)
    register.refresh()
    wait_for_ids(qtbot, register, service.search_ids(register.query()))
    assert register.model.rowCount() == 1
    columns = shown_columns(register)
    assert [k for k, _h in columns] == ["nip", "nama", "tanggal_lahir", "usia", "kedudukan_hukum"]
    path = save_as("kolom.xlsx")
    flow, _path, rows = _export(qtbot, window)
    assert rows == 1
    data = _sheet(path)
    assert list(data[1]) == [h for _k, h in columns]
    assert data[1][2] == register.model.headerData(2, Qt.Orientation.Horizontal)
    nip, nama, lahir, usia, kedudukan = data[2]
    assert nip == KNOWN_NIP and "Asep Sunandar" in str(nama)
    assert isinstance(lahir, datetime) and lahir.date().isoformat() == "1985-03-15"
    assert str(usia).endswith(" bl") and kedudukan
    _close_message(qtbot, flow)


def test_the_folder_button_opens_the_folder(
    qtbot: QtBot,
    window: MainWindow,
    save_as: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    opened: list[QUrl] = []
    answer = [True]

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return answer[0]

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    path = save_as("folder.xlsx")
    flow, _path, _rows = _export(qtbot, window)
    button = flow.open_folder_button
    assert isinstance(button, QPushButton)
    button.click()
    qtbot.waitUntil(lambda: flow.message is None, timeout=5000)
    assert [u.toLocalFile() for u in opened] == [str(path.parent)]
    # Where no file manager answers, the path is shown to copy.
    answer[0] = False
    flow.open_folder(path.parent)
    assert dialogs_shown == [f"information: Folder tidak bisa dibuka otomatis di komputer ini. "
                             f"Foldernya:\n{path.parent}"]  # fmt: skip
    dialogs_shown.clear()


def test_the_rows_are_written_in_the_worker(
    qtbot: QtBot,
    window: MainWindow,
    save_as: Callable[[str], Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    write = RegisterExport.write

    def recorded(self: RegisterExport, *args: object, **kwargs: object) -> int:
        threads.append(threading.current_thread())
        return write(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(RegisterExport, "write", recorded)
    save_as("thread.xlsx")
    flow, _path, _rows = _export(qtbot, window)
    assert threads and threads[0] is not threading.main_thread()
    _close_message(qtbot, flow)


def test_batal_leaves_no_file(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "batal.xlsx"
    flow = RegisterExportFlow(window)
    # The worker is held so that the cancel comes before the export reads its first page.
    release = threading.Event()
    window.runner.run(lambda: release.wait(10), lambda _r: None)
    flow.export_to(path)
    assert flow.running
    with qtbot.waitSignal(flow.cancelled, timeout=10000):
        flow.cancel()
        release.set()
    assert not flow.running and flow.message is None
    assert window.statusBar().currentMessage() == "Ekspor dibatalkan; berkas tidak dibuat."
    assert list(tmp_path.glob("*batal.xlsx*")) == []


def test_a_viewer_cannot_export(
    open_window: Callable[..., MainWindow],
    monkeypatch: pytest.MonkeyPatch,
    dialogs_shown: list[str],
) -> None:
    window = open_window("viewer")
    assert not window.export_action.isEnabled()
    assert "tidak berhak mengekspor data" in window.export_action.toolTip()
    asked: list[object] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a))
    window.export_register()  # a stray call: refused before the question
    assert asked == []
    assert len(dialogs_shown) == 1 and "tidak berhak mengekspor data" in dialogs_shown[0]
    dialogs_shown.clear()
