"""A rotating log file in the user's log folder; the GUI's error dialog points to it."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from asn_desktop import paths

LOG_NAME = "asn-desktop.log"


def setup_logging(level: int = logging.INFO) -> Path:
    folder = paths.log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
