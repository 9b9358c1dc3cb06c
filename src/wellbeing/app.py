"""Composition root of the desktop app: QApplication, paths, the first window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .paths import vault_dir
from .ui.main_window import MainWindow


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="wellbeing")
    parser.add_argument("--vault", metavar="DIR")
    # Start, show the first window, then exit cleanly: for packaging checks and tests.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Wellbeing")
    app.setApplicationDisplayName("Wellbeing")
    window = MainWindow(vault_dir(args.vault))
    window.show()
    if args.smoke_test:
        QTimer.singleShot(0, lambda: (print(f"shown: {window.windowTitle()}"), app.quit()))
    return app.exec()
