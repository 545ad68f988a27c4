"""Find a position among the 72,000 SIASN positions while typing, without freezing.

The search runs in SQL on the worker (a LIKE over the catalogue, a few ms); a keystroke
only restarts a short timer. Results that arrive after a newer keystroke are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit

from asn_desktop.services.reference import JabatanOption, ReferenceService
from asn_desktop.ui.tasks import TaskRunner

DELAY_MS = 120
MIN_CHARS = 3


class JabatanCompleter(QCompleter):
    optionChosen = Signal(object)  # JabatanOption

    def __init__(self, edit: QLineEdit, service: ReferenceService, runner: TaskRunner) -> None:
        self._model = QStringListModel()
        super().__init__(self._model, edit)
        self.edit, self.service, self.runner = edit, service, runner
        self._options: dict[str, JabatanOption] = {}
        self._generation = 0
        # Filtering already happened in SQL; show exactly what came back.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(12)
        edit.setCompleter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self._search)
        edit.textEdited.connect(lambda _text: self._timer.start())
        self.activated[str].connect(self._chosen)  # type: ignore[index]

    def _search(self) -> None:
        text = self.edit.text().strip()
        if len(text) < MIN_CHARS:
            return
        self._generation += 1
        generation = self._generation
        service = self.service
        self.runner.run(lambda: service.search_jabatan(text), lambda r: self._show(generation, r))

    def _label(self, option: JabatanOption) -> str:
        kind = self.tr("JF") if option.katalog == "fungsional" else self.tr("Pelaksana")
        return f"{option.nama}  [{kind}]"

    def _show(self, generation: int, options: list[JabatanOption]) -> None:
        if generation != self._generation:
            return
        self._options = {self._label(o): o for o in options}
        self._model.setStringList(list(self._options))
        if options and self.edit.hasFocus():
            self.complete()

    def _chosen(self, label: str) -> None:
        option = self._options.get(label)
        if option is not None:
            self.edit.setText(option.nama)
            self.optionChosen.emit(option)

    def pathFromIndex(self, index):  # type: ignore[no-untyped-def]
        # Keep the bare position name in the line edit, not the "[JF]" label.
        option = self._options.get(str(index.data()))
        return option.nama if option is not None else super().pathFromIndex(index)
