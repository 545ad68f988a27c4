"""Reading the PDFs back with poppler-utils and zbar, as a person checking a printout would.

The binaries are installed here and in CI (.ci installs poppler-utils and zbar-tools); a
machine without them skips these tests with the reason rather than failing obscurely.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest


def need(*tools: str) -> None:
    missing = [t for t in tools if shutil.which(t) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (poppler-utils / zbar-tools)")


def _run(*args: str) -> str:
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def layout_text(pdf: Path, page: int | None = None) -> str:
    """pdftotext -layout: lines as printed (labels and values side by side)."""
    need("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run("pdftotext", "-layout", *pages, str(pdf), "-")


def flow_text(pdf: Path, page: int | None = None) -> str:
    """pdftotext in reading order with all whitespace collapsed to single spaces, so that a
    heading wrapped inside its table cell reads as one phrase."""
    need("pdftotext")
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return " ".join(_run("pdftotext", *pages, str(pdf), "-").split())


def info(pdf: Path) -> dict[str, str]:
    need("pdfinfo")
    out = _run("pdfinfo", str(pdf))
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def page_count(pdf: Path) -> int:
    return int(info(pdf)["Pages"])


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    need("pdfinfo")
    n = page_count(pdf)
    out = _run("pdfinfo", "-f", "1", "-l", str(n), str(pdf))
    return [
        (float(w), float(h))
        for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", out, re.M)
    ]


def fonts(pdf: Path) -> list[dict[str, str]]:
    """pdffonts rows as dicts with name, type, emb."""
    need("pdffonts")
    lines = _run("pdffonts", str(pdf)).splitlines()
    rows = []
    for line in lines[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the last five columns are fixed.
        rows.append({"name": parts[0], "emb": parts[-5], "line": line})
    return rows


def qr_codes(pdf: Path, page: int, tmp: Path) -> list[str]:
    """The QR codes zbarimg reads on a page rendered at 200 dpi (a plain office scan)."""
    need("pdftoppm", "zbarimg")
    prefix = tmp / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
        check=True,
    )
    (image,) = tmp.glob(f"page{page}-*.png")
    result = subprocess.run(["zbarimg", "--raw", "-q", str(image)], capture_output=True, text=True)
    image.unlink()
    # Exit status 4: no symbol found.
    assert result.returncode in (0, 4), result.stderr
    return [line for line in result.stdout.splitlines() if line.strip()]


def word_boxes(pdf: Path) -> list[tuple[int, float, float, str]]:
    """(page, xMin, xMax, word) of every word, from pdftotext -bbox."""
    need("pdftotext")
    out = _run("pdftotext", "-bbox", str(pdf), "-")
    boxes: list[tuple[int, float, float, str]] = []
    page = 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        m = re.search(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>(.*)</word>', line)
        if m:
            boxes.append((page, float(m.group(1)), float(m.group(2)), m.group(3)))
    return boxes
