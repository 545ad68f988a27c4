"""Refresh the English Qt translation of the GUI (Indonesian is the source language).

Usage, from anywhere, with the project's virtualenv active (PySide6 ships the tools):

    python packaging/update_translations.py           # refresh .ts, then compile .qm
    python packaging/update_translations.py --check   # exit 1 if anything is out of date

Without options the script

1. runs ``pyside6-lupdate`` over ``asn_desktop/ui/*.py`` into
   ``resources/i18n/asn_desktop_en.ts`` (source language id_ID, target en_GB,
   ``-no-obsolete``, no source locations so that edits elsewhere in a file do not churn the
   .ts). New strings arrive as ``type="unfinished"`` with an empty translation; strings that
   left the code are dropped. Translate the new ones (Qt Linguist, or a script over the XML),
   then run the script again.
2. runs ``pyside6-lrelease`` to compile ``resources/i18n/asn_desktop_en.qm`` next to it.

``--check`` writes nothing in the repository. It exits 1, listing the problems, when

- a fresh lupdate of the sources (into a temporary file) finds messages that the committed
  .ts lacks, or the .ts holds messages the sources no longer have (run without --check);
- a message in the .ts is unfinished, empty, obsolete or vanished (translate it);
- the committed .qm differs from what lrelease makes of the .ts (run without --check).

Messages are compared by (context, source text, disambiguation comment).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "asn_desktop" / "ui"
I18N_DIR = ROOT / "resources" / "i18n"
TS_FILE = I18N_DIR / "asn_desktop_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
SOURCE_LANGUAGE = "id_ID"
TARGET_LANGUAGE = "en_GB"

MessageKey = tuple[str, str, str]  # context, source, disambiguation comment


def tool(name: str) -> str:
    """A PySide6 tool: next to this Python (the virtualenv's bin/Scripts), else on PATH."""
    here = Path(sys.executable).parent
    found = shutil.which(name, path=str(here)) or shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this Python's environment")
    return found


def sources() -> list[Path]:
    files = sorted(UI_DIR.glob("*.py"))
    if not files:
        raise SystemExit(f"no Python sources in {UI_DIR}")
    return files


def lupdate(ts_file: Path) -> None:
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *(str(p.relative_to(ROOT)) for p in sources()),
            "-source-language",
            SOURCE_LANGUAGE,
            "-target-language",
            TARGET_LANGUAGE,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(ts_file),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(ts_file), "-qm", str(qm_file)],
        cwd=ROOT,
        check=True,
    )


def read_messages(ts_file: Path) -> dict[MessageKey, ET.Element]:
    """Every <message> of a .ts file, by (context, source, comment)."""
    messages: dict[MessageKey, ET.Element] = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            messages[key] = message
    return messages


def translation_problem(message: ET.Element) -> str | None:
    """Why a message does not count as translated, or None when it does."""
    translation = message.find("translation")
    if translation is None:
        return "no translation"
    kind = translation.get("type")
    if kind in ("unfinished", "obsolete", "vanished"):
        return kind
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    if not all(t.strip() for t in texts):
        return "empty translation"
    return None


def describe(key: MessageKey) -> str:
    context, source, comment = key
    text = f"{context}: {source!r}"
    return f"{text} ({comment})" if comment else text


def check() -> list[str]:
    """Problems that make the committed .ts/.qm out of date (empty list: all fine)."""
    if not TS_FILE.exists():
        return [f"{TS_FILE.relative_to(ROOT)} does not exist"]
    problems: list[str] = []
    committed = read_messages(TS_FILE)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_ts = Path(tmp) / TS_FILE.name
        lupdate(fresh_ts)
        fresh = read_messages(fresh_ts)
        fresh_qm = Path(tmp) / QM_FILE.name
        lrelease(TS_FILE, fresh_qm)
        qm_bytes = fresh_qm.read_bytes()
    for key in sorted(fresh.keys() - committed.keys()):
        problems.append(f"new in the sources, missing from the .ts: {describe(key)}")
    for key in sorted(committed.keys() - fresh.keys()):
        problems.append(f"in the .ts, no longer in the sources: {describe(key)}")
    for key, message in sorted(committed.items()):
        reason = translation_problem(message)
        if reason is not None:
            problems.append(f"not translated ({reason}): {describe(key)}")
    if not QM_FILE.exists():
        problems.append(f"{QM_FILE.relative_to(ROOT)} does not exist")
    elif QM_FILE.read_bytes() != qm_bytes:
        problems.append(f"{QM_FILE.relative_to(ROOT)} is not compiled from the current .ts")
    return problems


def update() -> None:
    I18N_DIR.mkdir(parents=True, exist_ok=True)
    lupdate(TS_FILE)
    lrelease(TS_FILE, QM_FILE)
    messages = read_messages(TS_FILE)
    todo = [key for key, message in messages.items() if translation_problem(message)]
    print(f"{TS_FILE.relative_to(ROOT)}: {len(messages)} messages, {len(todo)} to translate")
    for key in todo:
        print(f"  {describe(key)}")
    print(f"{QM_FILE.relative_to(ROOT)}: compiled")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Refresh resources/i18n/asn_desktop_en.ts from asn_desktop/ui and compile "
        "the .qm (see the module docstring)."
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="change nothing; exit 1 if the .ts or .qm is out of date or not fully translated",
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        if problems:
            print(
                f"{len(problems)} translation problem(s); run "
                "python packaging/update_translations.py and translate the new messages",
                file=sys.stderr,
            )
            return 1
        print("translations are up to date")
        return 0
    update()
    return 0


if __name__ == "__main__":
    sys.exit(main())
