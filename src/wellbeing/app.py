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
from .services.data_service import DataService
from .services.lock_guard import LockGuard
from .services.operations import wait_for_operations
from .services.qt_traces import forget_file_dialog_history, redirect_qt_settings
from .services.settings import Settings
from .services.vault_service import VaultService
from .ui import i18n
from .ui.identity import apply_identity
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
        self.settings = settings
        # Before any widget is built: screens take their words when they are made.
        self.language = i18n.install(self.qt, i18n.resolve(settings.language))
        apply_identity(self.qt, settings)
        redirect_qt_settings(settings.path.parent / "qt")
        forget_file_dialog_history()
        apply_look(self.qt, settings.theme, settings.text_scale)
        self.service = VaultService(folder or settings.vault_folder, kdf=kdf)
        self.guard = LockGuard(self.service, settings.auto_lock_minutes)
        self.copy_keeper = CrisisCopyKeeper(self.service)
        self.data = DataService(self.service, settings)
        self.window = MainWindow(self.service, settings, data=self.data)
        settings.changed.connect(self._setting_changed)
        self.service.created.connect(self._remember_folder)
        self.service.locked.connect(forget_file_dialog_history)

    def _setting_changed(self, key: str) -> None:
        if key.startswith("discreet/"):
            self.window.setWindowTitle(apply_identity(self.qt, self.settings))
        elif key.startswith("look/"):
            apply_look(self.qt, self.settings.theme, self.settings.text_scale)
        elif key == "vault/folder" and not self.service.is_unlocked:
            if self.settings.vault_folder != self.service.folder:
                self.service.set_folder(self.settings.vault_folder)  # moved in Settings
                self.window.show_start_page()
        elif key == "lock/auto_lock_minutes":
            self.guard.set_minutes(self.settings.auto_lock_minutes)

    def _remember_folder(self) -> None:
        self.settings.vault_folder = self.service.folder

    def close(self) -> None:
        self.window.close()
        wait_for_operations()


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
        _smoke_test(app)
    code = app.qt.exec()
    app.close()
    return code


def _smoke_test(app: App) -> None:
    """Show the first window and quit; with a passphrase on standard input (the packaged
    app's check feeds the demo vault's), unlock first and quit once the main window is
    ready. Exit code 3 when the passphrase is refused."""
    stdin = sys.stdin
    passphrase = "" if stdin is None or stdin.isatty() else stdin.readline().rstrip("\r\n")

    def finish(note: str = "") -> None:
        print(f"shown: {app.window.windowTitle()}{note}", flush=True)
        app.qt.quit()

    if passphrase and app.service.vault_exists():
        app.service.unlocked.connect(lambda: QTimer.singleShot(0, lambda: finish(" (unlocked)")))
        app.service.unlock_failed.connect(lambda m: (print(m, file=sys.stderr), app.qt.exit(3)))
        QTimer.singleShot(0, lambda: app.service.unlock(passphrase))
    else:
        QTimer.singleShot(0, finish)
