"""The English translation: complete, consistent with its sources, compiled, and used."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QMenu

from asn_desktop import resources
from asn_desktop.ui.i18n import install_translators
from asn_desktop.ui.main_window import MainWindow
from asn_desktop.ui.settings import AppSettings

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "update_translations.py"
PLACEHOLDER = re.compile(r"\{\d+\}")
HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&([^&\s])")


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _load_script()
TS_FILE: Path = tools.TS_FILE
QM_FILE: Path = tools.QM_FILE
MESSAGES = tools.read_messages(TS_FILE)
IDS = [f"{context}:{source[:40]}" for context, source, _comment in MESSAGES]


def _accelerators(text: str) -> list[str]:
    return ACCELERATOR.findall(text.replace("&&", ""))


@pytest.fixture(autouse=True)
def asn_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ASN_DESKTOP_HOME", str(tmp_path))
    return tmp_path


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """install_translators(app, code) for one test; removed (and the locale restored) after."""
    installed: list[QTranslator] = []
    locale = QLocale()

    def install(code: str) -> None:
        installed.extend(install_translators(qapp, code))

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


# -- the files ----------------------------------------------------------------------------


def test_ts_and_qm_are_shipped_with_the_resources() -> None:
    assert TS_FILE.parent == resources.i18n_dir()
    assert TS_FILE.exists() and QM_FILE.exists()
    assert len(MESSAGES) > 50


def test_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    tools.lrelease(TS_FILE, fresh)
    assert fresh.read_bytes() == QM_FILE.read_bytes(), (
        "run python packaging/update_translations.py to recompile the .qm"
    )


def test_ts_covers_every_marked_string_in_the_ui() -> None:
    problems = tools.check()
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("key", list(MESSAGES), ids=IDS)
def test_message_is_translated(key: tuple[str, str, str]) -> None:
    message = MESSAGES[key]
    translation = message.find("translation")
    assert translation is not None
    assert translation.get("type") is None, f"{key} is {translation.get('type')}"
    assert (translation.text or "").strip(), f"{key} has an empty translation"


@pytest.mark.parametrize("key", list(MESSAGES), ids=IDS)
def test_markup_survives_translation(key: tuple[str, str, str]) -> None:
    source = key[1]
    english = MESSAGES[key].findtext("translation") or ""
    assert Counter(PLACEHOLDER.findall(source)) == Counter(PLACEHOLDER.findall(english))
    assert Counter(HTML_TAG.findall(source)) == Counter(HTML_TAG.findall(english))
    assert len(_accelerators(source)) == len(_accelerators(english))
    assert source.endswith(" ") == english.endswith(" ")  # text glued to other text


# -- the running GUI ----------------------------------------------------------------------


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _assert_accelerators_unique(window: MainWindow) -> None:
    menus: list[QMenu] = [a.menu() for a in window.menuBar().actions()]  # type: ignore[misc]
    keys = [_accelerators(t)[0].lower() for t in _menu_titles(window) if _accelerators(t)]
    assert len(keys) == len(set(keys)), _menu_titles(window)
    while menus:
        menu = menus.pop()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = [_accelerators(t)[0].lower() for t in texts if _accelerators(t)]
        assert len(keys) == len(set(keys)), texts
        menus.extend(a.menu() for a in menu.actions() if a.menu() is not None)


def test_english_main_window(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("en")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    titles = ["&File", "&Employees", "A&ppraisal", "&Development", "&Agency", "&View", "&Help"]
    assert _menu_titles(window) == titles
    header = window.register.model.headerData(1, Qt.Orientation.Horizontal)
    assert header == "Name"
    assert window.register.search.placeholderText().startswith("Search")
    _assert_accelerators_unique(window)


def test_english_reaches_labels_of_a_base_class(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    """self.tr() in _DecreeDialog runs with a subclass as self; PySide walks the MRO."""
    from asn_desktop.ui.history_dialogs import RankEntryDialog
    from asn_desktop.ui.tasks import TaskRunner

    language("en")
    dialog = RankEntryDialog(None, 1, "PNS", [], TaskRunner())  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add rank history entry"
    label = dialog.form.labelForField(dialog.rows["tmt"])
    assert label is not None
    assert label.text() == "Effective date (TMT)"


def test_indonesian_main_window(qtbot, language) -> None:  # type: ignore[no-untyped-def]
    language("id")
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    assert _menu_titles(window)[0] == "&Berkas"
    assert window.register.model.headerData(1, Qt.Orientation.Horizontal) == "Nama"
    _assert_accelerators_unique(window)


def test_translators_are_removed_after_an_english_test(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(AppSettings())
    qtbot.addWidget(window)
    assert _menu_titles(window)[0] == "&Berkas"
