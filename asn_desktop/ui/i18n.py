"""Qt Linguist translations. Source strings are Indonesian; English comes from .qm files."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asn_desktop.domain import pesan
from asn_desktop.resources import i18n_dir


def interface_language() -> str:
    """ "en" while our English catalogue is installed, else "id": the language the domain's and
    services' messages (asn_desktop.domain.pesan) are made in, also in the worker thread."""
    return QCoreApplication.translate("Language", "id", "code of the interface language")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's own and our translators for `language`; keep the list alive.

    The domain's messages follow the installed translators (interface_language), so removing
    them brings Indonesian messages back."""
    pesan.atur_bahasa(None)  # a language fixed by the command line gives way to the GUI's
    pesan.atur_sumber_bahasa(interface_language)
    installed: list[QTranslator] = []
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        qt_base = QTranslator(app)
        if qt_base.load(
            QLocale(QLocale.Language.Indonesian),
            "qtbase",
            "_",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        ):
            app.installTranslator(qt_base)
            installed.append(qt_base)
        # Qt ships no Indonesian catalogue; ours covers the standard dialog buttons.
        buttons = QTranslator(app)
        if not buttons.load(str(i18n_dir() / "qt_id.qm")):
            raise FileNotFoundError("translation qt_id.qm is missing")
        app.installTranslator(buttons)
        installed.append(buttons)
        return installed  # our own source strings are already Indonesian
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    ours = QTranslator(app)
    if not ours.load(str(i18n_dir() / f"asn_desktop_{language}.qm")):
        raise FileNotFoundError(f"translation asn_desktop_{language}.qm is missing")
    app.installTranslator(ours)
    installed.append(ours)
    return installed
