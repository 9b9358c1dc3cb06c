"""Entry point: ``wellbeing`` (the window) and ``wellbeing COMMAND`` (headless)."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("--vault", "--smoke-test") or args[0].startswith("--vault="):
        from .app import run_gui  # Qt is imported only when the window is wanted

        return run_gui(args)
    from .cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
