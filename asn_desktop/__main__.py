"""Entry point: `asn-desktop` opens the window; `asn-desktop <command>` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from asn_desktop import cli

    return cli.main(args)


if __name__ == "__main__":
    sys.exit(main())
