"""Composition root of the desktop app: QApplication, paths, services, the main window."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .paths import vault_dir
from .services.crisis_copy_keeper import CrisisCopyKeeper
from .services.lock_guard import LockGuard
from .services.qt_traces import forget_file_dialog_history, redirect_qt_settings
from .services.settings import Settings
from .services.tasks import wait_for_background_work
from .services.vault_service import VaultService
from .ui.main_window import MainWindow
from .ui.theme import apply_look
from .vault.keyfile import KdfParams


class App:
    """Everything the running app is made of, wired together once."""

    def __init__(
        self, folder: Path | None, settings: Settings, kdf: KdfParams | None = None
    ) -> None:
        self.qt = QApplication.instance() or QApplication([sys.argv[0]])
        self.qt.setApplicationName("Wellbeing")
        self.qt.setApplicationDisplayName("Wellbeing")
        self.settings = settings
        redirect_qt_settings(settings.path.parent / "qt")
        forget_file_dialog_history()
        apply_look(self.qt, settings.theme, settings.text_scale)
        self.service = VaultService(folder or settings.vault_folder, kdf=kdf)
        self.guard = LockGuard(self.service, settings.auto_lock_minutes)
        self.copy_keeper = CrisisCopyKeeper(self.service)
        self.window = MainWindow(self.service, settings)
        settings.changed.connect(self._setting_changed)
        self.service.created.connect(self._remember_folder)
        self.service.locked.connect(forget_file_dialog_history)

    def _setting_changed(self, key: str) -> None:
        if key.startswith("look/"):
            apply_look(self.qt, self.settings.theme, self.settings.text_scale)
        elif key == "lock/auto_lock_minutes":
            self.guard.set_minutes(self.settings.auto_lock_minutes)

    def _remember_folder(self) -> None:
        self.settings.vault_folder = self.service.folder

    def close(self) -> None:
        self.window.close()
        wait_for_background_work()


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="wellbeing")
    parser.add_argument("--vault", metavar="DIR")
    # Start, show the first window, then exit cleanly: for packaging checks and tests.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(list(argv))
    QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    app = App(vault_dir(args.vault) if args.vault else None, Settings())
    app.window.show()
    if args.smoke_test:
        QTimer.singleShot(0, lambda: (print(f"shown: {app.window.windowTitle()}"), app.qt.quit()))
    code = app.qt.exec()
    app.close()
    return code
