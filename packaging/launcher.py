"""Entry script for the frozen application (PyInstaller needs a file, not a console_script)."""

import sys

from asn_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
