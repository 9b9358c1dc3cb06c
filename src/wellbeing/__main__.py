"""Entry point: ``wellbeing`` (the window) and ``wellbeing COMMAND`` (headless)."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from .hardening import harden

GUI_OPTIONS = {"--smoke-test", "--report-state"}


def _wants_cli(args: list[str]) -> bool:
    """The window opens when nothing but ``--vault DIR`` (and GUI options) is given;
    anything else is a command line for the CLI (``--vault DIR check`` included), which
    also answers unknown commands with a usage error."""
    rest = list(args)
    while rest:
        if rest[0] == "--vault":
            rest = rest[2:]
        elif rest[0].startswith("--vault=") or rest[0] in GUI_OPTIONS:
            rest = rest[1:]
        else:
            return True
    return False


def main(argv: Sequence[str] | None = None) -> int:
    harden()  # before any passphrase or key is in memory
    args = list(sys.argv[1:] if argv is None else argv)
    if not _wants_cli(args):
        from .app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args)
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
