"""Messages of the domain and the services in the user's language, without Qt.

A message is written once, in Indonesian, as a template with named arguments::

    pesan("{label} terlalu panjang: {n} karakter; maksimal {maks}.", label=..., n=..., maks=...)

and returns a :class:`Pesan`: a ``str`` holding the text in the current language (see
:func:`bahasa`; Indonesian unless the program chose English), which also keeps its template
and arguments, so :func:`terjemahkan` can render it in the other language later. Every caller
that treats a message as a string (tests, logs, ``str.join``, comparisons) keeps working, and
in Indonesian the text is exactly what an f-string of the same template would give.

The English templates are in ``resources/i18n/pesan_en.json`` (Indonesian template ->
English template). An entry may be a mapping of plural forms, ``{"one": ..., "other": ...}``
chosen by the count argument (``"count"`` names it, default ``"n"``). Arguments that are
themselves :class:`Pesan` (field labels, enum labels, nested messages) are rendered in the
same language; other arguments (numbers, names, dates as text) are used as they are.
tests/domain/test_pesan.py checks that every ``pesan(...)`` template in the sources has an
English entry with the same placeholders.

Labels defined once at import time (enum labels, field labels) are Pesan too: their ``str``
value is Indonesian, and whoever shows them calls :func:`terjemahkan` (the ``label``
properties of the domain enums do).

The current language is a process setting: the command line fixes it (:func:`atur_bahasa`,
from ASN_DESKTOP_LANG or the locale), the GUI gives a function that reads it from the
installed Qt translators (:func:`atur_sumber_bahasa`), so that messages made in the worker
thread follow the interface. Only "id" and "en" exist.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

__all__ = [
    "BAHASA",
    "GalatPesan",
    "Pesan",
    "atur_bahasa",
    "atur_sumber_bahasa",
    "bahasa",
    "dalam_bahasa",
    "gabung",
    "katalog",
    "pesan",
    "teks_galat",
    "terjemahkan",
]

log = logging.getLogger(__name__)

BAHASA = ("id", "en")

_fixed: str | None = None
_source: Callable[[], str] | None = None


def bahasa() -> str:
    """The language messages are made in now: "id" or "en"."""
    if _fixed is not None:
        return _fixed
    source = _source
    if source is not None:
        try:
            code = source()
        except Exception:  # a GUI shutting down; never fail a message over its language
            return "id"
        return code if code in BAHASA else "id"
    return "id"


def atur_bahasa(code: str | None) -> None:
    """Fix the language of the process ("id" or "en"); None goes back to the source given
    by :func:`atur_sumber_bahasa` (or Indonesian)."""
    global _fixed
    if code is not None and code not in BAHASA:
        raise ValueError(f"unsupported language {code!r}")
    _fixed = code


def atur_sumber_bahasa(source: Callable[[], str] | None) -> None:
    """Where the language comes from when none is fixed (the GUI: its translators)."""
    global _source
    _source = source


@contextmanager
def dalam_bahasa(code: str | None) -> Iterator[None]:
    """The language fixed to `code` inside the block, restored after (the CLI, tests)."""
    global _fixed
    before = _fixed
    atur_bahasa(code)
    try:
        yield
    finally:
        _fixed = before


class Pesan(str):
    """A message: the text in the language it was made in, with its template and arguments.

    ``parts``/``separator`` are set instead of a template for a joined list (:func:`gabung`).
    """

    template: str | None
    args: Mapping[str, object]
    parts: tuple[object, ...]
    separator: str

    def __format__(self, spec: str) -> str:
        # "{status:lower}" in a template: the label in lower case, in either language.
        if spec == "lower":
            return str(self).lower()
        return super().__format__(spec)


class GalatPesan(Exception):
    """Base (or mixin, before ValueError/KeyError) of the exceptions whose message is a
    Pesan: ``str(e)`` returns the Pesan itself, so it can still be translated."""

    def __str__(self) -> str:
        if len(self.args) == 1 and isinstance(self.args[0], Pesan):
            return self.args[0]
        return super().__str__()


def pesan(template: str, /, **args: object) -> Pesan:
    """The message `template` (Indonesian, ``str.format`` syntax) with `args`, in the
    current language."""
    made = Pesan(_render(template, args, bahasa()))
    made.template = template
    made.args = args
    made.parts = ()
    made.separator = ""
    return made


def gabung(separator: str, parts: Iterable[object]) -> Pesan:
    """``separator.join(parts)`` that stays translatable when the parts are messages."""
    items = tuple(parts)
    code = bahasa()
    made = Pesan(separator.join(str(_arg(p, code)) for p in items))
    made.template = None
    made.args = {}
    made.parts = items
    made.separator = separator
    return made


def terjemahkan(text: object, language: str | None = None) -> str:
    """`text` in `language` (default: the current one) when it is a :class:`Pesan` or an
    exception carrying one; anything else as ``str(text)``."""
    code = language or bahasa()
    if isinstance(text, BaseException):
        text = teks_galat(text)
    if isinstance(text, Pesan):
        if text.template is None:
            return text.separator.join(str(_arg(p, code)) for p in text.parts)
        return _render(text.template, text.args, code)
    return str(text)


def teks_galat(exc: BaseException) -> str:
    """The message of an exception, the Pesan itself when it was raised with one (``str()``
    of a ValueError copies it into a plain str)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], Pesan):
        return exc.args[0]
    return str(exc)


def _arg(value: object, code: str) -> object:
    if isinstance(value, Pesan):
        return terjemahkan(value, code)
    return value


def _render(template: str, args: Mapping[str, object], code: str) -> str:
    if code != "id":
        entry = katalog(code).get(template)
        if entry is None:
            _warn_missing(template, code)
        else:
            template = _form(entry, args)
    return template.format(**{name: _arg(value, code) for name, value in args.items()})


def _form(entry: str | Mapping[str, str], args: Mapping[str, object]) -> str:
    if isinstance(entry, str):
        return entry
    count = args.get(entry.get("count", "n"), 0)
    if count == 1 and "one" in entry:
        return entry["one"]
    return entry["other"]


_catalogues: dict[str, dict[str, Any]] = {}
_missing: set[tuple[str, str]] = set()
_lock = threading.Lock()


def catalogue_path(code: str) -> Path:
    # asn_desktop.resources is plain Python (no Qt): the package of the data files.
    from asn_desktop.resources import i18n_dir

    return Path(i18n_dir()) / f"pesan_{code}.json"


def katalog(code: str) -> Mapping[str, Any]:
    """The templates of `code` (template -> template or plural forms), loaded once."""
    found = _catalogues.get(code)
    if found is not None:
        return found
    with _lock:
        found = _catalogues.get(code)
        if found is None:
            try:
                with catalogue_path(code).open(encoding="utf-8") as f:
                    data = json.load(f)
            except FileNotFoundError:
                log.warning("message catalogue pesan_%s.json is missing", code)
                data = {}
            found = _catalogues[code] = {k: v for k, v in data.items() if not k.startswith("#")}
    return found


def _warn_missing(template: str, code: str) -> None:
    if (template, code) not in _missing:
        _missing.add((template, code))
        log.warning("no %s text for the message %r", code, template)
