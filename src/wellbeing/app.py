"""Composition root of the desktop app: QApplication, paths, the first window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtWidgets import QApplication

from .paths import vault_dir
from .ui.main_window import MainWindow


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="wellbeing")
    parser.add_argument("--vault", metavar="DIR")
    args, qt_args = parser.parse_known_args(list(argv))
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("Wellbeing")
    app.setApplicationDisplayName("Wellbeing")
    window = MainWindow(vault_dir(args.vault))
    window.show()
    return app.exec()
