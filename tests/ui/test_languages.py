"""One language at a time (issue 7): the services' messages follow the interface language,
and Qt's own file dialog speaks Indonesian in the Indonesian interface."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeView,
)
from pytestqt.qtbot import QtBot

from asn_desktop.domain import pesan
from asn_desktop.services.database import Database
from asn_desktop.services.employees import EmployeeService, LeavingEntry
from asn_desktop.services.errors import ValidationFailed
from asn_desktop.services.org_units import OrgUnitService
from asn_desktop.services.reference import ReferenceService
from asn_desktop.ui.employee_dialog import EmployeeDialog
from asn_desktop.ui.error_dialog import ErrorDialog
from asn_desktop.ui.history_dialogs import PositionEntryDialog
from asn_desktop.ui.i18n import install_translators, interface_language
from asn_desktop.ui.tasks import TaskRunner

from .conftest import known_draft


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    installed: list[QTranslator] = []
    locale = QLocale()

    def install(code: str) -> None:
        installed.extend(install_translators(qapp, code))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(locale)


def _refusal(service: EmployeeService) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        service.create(known_draft(nip="12345", email="budi@@bandung"))
    return caught.value


def test_the_english_interface_shows_the_services_messages_in_english(
    qtbot: QtBot, service: EmployeeService, language: Callable[[str], None]
) -> None:
    indonesian = _refusal(service)
    assert "NIP harus 18 digit; yang diisi 5 digit." in str(indonesian)
    language("en")
    assert interface_language() == "en" and pesan.bahasa() == "en"
    english = _refusal(service)
    text = str(english)
    assert text.startswith("The data are not right yet:\n- NIP must be 18 digits; 5 digits")
    assert "The email address must contain exactly one @ sign" in text
    assert "harus" not in text and "Data belum" not in text
    assert [p.field for p in english.problems] == [p.field for p in indonesian.problems]
    # Made in the worker thread, it follows the interface too.
    made: list[str] = []
    worker = threading.Thread(target=lambda: made.append(str(_refusal(service))))
    worker.start()
    worker.join()
    assert made == [text]
    # What the error dialog shows; a message made before the switch is rendered again.
    dialog = ErrorDialog(text)
    qtbot.addWidget(dialog)
    assert dialog.message_label.text() == text
    assert pesan.terjemahkan(indonesian) == text


def test_the_language_goes_back_with_the_translators(
    service: EmployeeService, language: Callable[[str], None], qapp: QApplication
) -> None:
    installed = install_translators(qapp, "en")
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert pesan.bahasa() == "id"
    assert "NIP harus 18 digit" in str(_refusal(service))


def test_qts_file_dialog_is_indonesian_in_the_indonesian_interface(
    qtbot: QtBot, language: Callable[[str], None]
) -> None:
    language("id")
    dialog = QFileDialog(None, "Buka basis data", "", "Basis data (*.sqlite)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
    assert {"&Lihat di:", "&Nama berkas:", "&Jenis berkas:"} <= labels
    buttons = {button.text() for button in dialog.findChildren(QPushButton)}
    assert {"&Buka", "Batal"} <= buttons
    view = next(v for v in dialog.findChildren(QTreeView) if v.model().columnCount() >= 4)
    model = view.model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal diubah"]
    tips = {b.toolTip() for b in dialog.findChildren(QPushButton)} | {
        w.toolTip() for w in dialog.findChildren(QLabel)
    }
    assert not any("Look in" in t or "File name" in t for t in tips)
    save = QFileDialog(None, "Simpan")
    save.setOption(QFileDialog.Option.DontUseNativeDialog)
    save.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(save)
    assert "&Simpan" in {b.text() for b in save.findChildren(QPushButton)}


def test_the_employee_dialog_says_how_someone_left_in_english(
    qtbot: QtBot,
    db: Database,
    service: EmployeeService,
    known_id: int,
    runner: TaskRunner,
    language: Callable[[str], None],
) -> None:
    service.record_leaving(
        known_id,
        LeavingEntry("aps", date(2026, 11, 1), "Atas permintaan sendiri", "800/APS/2026"),
        expected_revision=service.get(known_id).revision,
    )
    language("en")
    dialog = EmployeeDialog(db, runner, OrgUnitService(db).tree(), known_id)
    qtbot.addWidget(dialog)
    text = dialog.keluar_label.text()
    assert text.startswith("Left: Resigned at own request, 01-11-2026"), text
    assert "Berhenti" not in text


def test_the_domains_labels_in_the_forms_are_in_english(
    qtbot: QtBot,
    db: Database,
    service: EmployeeService,
    known_id: int,
    runner: TaskRunner,
    language: Callable[[str], None],
) -> None:
    """The status and the kind of position are the domain's labels (made in Indonesian when
    the module loaded); the forms show them in the window's language."""
    language("en")
    dialog = EmployeeDialog(db, runner, OrgUnitService(db).tree(), known_id)
    qtbot.addWidget(dialog)
    combo = dialog.rows["status_kepegawaian"].editor
    assert isinstance(combo, QComboBox)
    statuses = [combo.itemText(i) for i in range(combo.count())]
    assert "PNS — Civil Servant (PNS)" in statuses, statuses
    position = PositionEntryDialog(service, known_id, ReferenceService(db), runner)
    qtbot.addWidget(position)
    kinds = [position.jenis.itemText(i) for i in range(position.jenis.count())]
    assert "Senior Executive Position (JPT)" in kinds, kinds
    assert not any("Jabatan Pimpinan" in k for k in kinds)
