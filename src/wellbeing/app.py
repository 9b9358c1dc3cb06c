"""Composition root of the desktop app: QApplication, paths, services, the main window."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from .paths import vault_dir
from .services import operations
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
        self.copy_keeper = CrisisCopyKeeper(self.service, settings)
        self.data = DataService(self.service, settings)
        self.window = MainWindow(self.service, settings, data=self.data)
        self.copy_keeper.copy_checked.connect(self.window.show_notice)
        settings.changed.connect(self._setting_changed)
        self.service.created.connect(self._remember_folder)
        self.service.locked.connect(forget_file_dialog_history)
        #: Set by :func:`run_gui`: the real app ends its process after a lock.
        self.lock_ends_process: LockEndsProcess | None = None

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


def run_gui(
    argv: Sequence[str],
    *,
    restart_on_lock: bool = True,
    started: Callable[[App], None] | None = None,
) -> int:
    """The desktop app. ``restart_on_lock`` (the app's policy; off only for the test
    that shows what a lock without it leaves in memory) and ``started`` (a test driver's
    hook, called once the window is up) are for tests."""
    parser = argparse.ArgumentParser(prog="wellbeing")
    parser.add_argument("--vault", metavar="DIR")
    # Start, show the first window, then exit cleanly: for packaging checks and tests.
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    # Print a line on standard output once the window is shown ("shown unlock"): for
    # tests that drive a real app process, also across the restart after a lock.
    parser.add_argument("--report-state", action="store_true", help=argparse.SUPPRESS)
    args, qt_args = parser.parse_known_args(list(argv))
    QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    start = _locked_start()
    folder = vault_dir(args.vault) if args.vault else None
    if start is not None and isinstance(start.get("folder"), str):
        folder = Path(start["folder"])
    app = App(folder, Settings())
    if restart_on_lock:
        app.lock_ends_process = LockEndsProcess(app, argv)
    if start is not None:
        _come_back_locked(app, start)
    else:
        app.window.show()
    if args.report_state:
        QTimer.singleShot(0, lambda: _report_shown(app))
    if args.smoke_test:
        _smoke_test(app)
    if started is not None:
        QTimer.singleShot(0, lambda: started(app))
    code = app.qt.exec()
    app.close()
    return code


# Locking ends the process that held the vault

#: What a locking app hands to the fresh process it turns into: JSON in the
#: environment, read once and removed. Only what the unlock page needs to come back as
#: it was: the folder (and whether it was open), the window's place, the screen that
#: was shown, the unlock page's last words (a restore's date), minimised or not.
LOCKED_START_ENV = "WELLBEING_LOCKED_START"
#: How often a pending restart looks again whether the lock's own work is done.
RESTART_RETRY_MS = 200

Execute = Callable[[list[str], dict[str, str]], object]


class LockEndsProcess(QObject):
    """After a lock, the process that held the open vault ends; a fresh one shows the
    unlock page in its place.

    Python cannot wipe memory it has freed: the passphrase typed (a ``str`` from Qt),
    the data key in the text of SQLCipher's ``PRAGMA key``, the Argon2id output, and the
    decrypted text that went through the database, Python and every widget stay in freed
    memory until it happens to be reused. So when the vault locks (Ctrl+L, idle, sleep,
    quick exit), once the lock's own work is done (the clipboard cleared, dialogs closed,
    background work stopped; a restore or move that locked the vault finished and its
    message closed), the window is hidden and the process replaces itself with a fresh
    start of the app (``exec``: the same process id, nothing of the old memory kept).
    Quitting never restarts.

    Built by :func:`run_gui` only, so tests that lock and unlock in one process are not
    restarted; ``tests/gui/test_lock_ends_process.py`` drives a real process through it.
    """

    def __init__(self, app: App, argv: Sequence[str], execute: Execute | None = None) -> None:
        super().__init__(app.window)
        self._app = app
        self._argv = _without_vault(argv)
        self._execute = execute or _replace_process
        self._pending = False
        self._quitting = False
        self._retry = QTimer(self)
        self._retry.setInterval(RESTART_RETRY_MS)
        self._retry.timeout.connect(self._try)
        app.service.locked.connect(self._locked)
        app.service.unlocked.connect(self._cancel)
        app.qt.aboutToQuit.connect(self._quit)

    @property
    def pending(self) -> bool:
        return self._pending

    def _locked(self) -> None:
        if self._quitting:
            return
        self._pending = True
        QTimer.singleShot(0, self, self._try)  # after everything else that answers the lock
        self._retry.start()

    def _cancel(self) -> None:
        self._pending = False
        self._retry.stop()

    def _quit(self) -> None:
        self._quitting = True
        self._cancel()

    def _try(self) -> None:
        if not self._pending:
            return
        app = self._app
        if app.service.is_unlocked or not app.window.isVisible():
            self._cancel()  # unlocked again meanwhile, or the window closed: quitting
            return
        if app.service.is_busy or _work_pending() or _dialog_open():
            return  # a restore, a move, a backup at lock, an unlock: look again soon
        self._cancel()
        self.restart()

    def state(self) -> dict[str, Any]:
        window = self._app.window
        page = window.unlock_page
        showing_unlock = window.pages.currentWidget() is page
        return {
            "folder": str(self._app.service.folder),
            "opened": window.opened_folder == self._app.service.folder,
            "geometry": bytes(window.saveGeometry().toBase64().data()).decode("ascii"),
            "screen": window.sidebar.currentRow(),
            "message": page.message.text() if showing_unlock and not page.damaged else "",
            "minimised": window.left_quickly or window.isMinimized(),
        }

    def restart(self) -> None:
        env = dict(os.environ)
        env[LOCKED_START_ENV] = json.dumps(self.state())
        self._app.window.hide()
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
        self._execute(_command(self._argv), env)


def _work_pending() -> bool:
    """Background work not yet over, or over with its outcome still to be told (a move
    whose new folder is not yet in the settings)."""
    return bool(operations._alive) or QThreadPool.globalInstance().activeThreadCount() > 0


def _dialog_open() -> bool:
    return any(
        isinstance(widget, QDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def _without_vault(argv: Sequence[str]) -> list[str]:
    """The arguments without ``--vault DIR``: the fresh process is told the folder in
    use now (a move may have changed it)."""
    rest, out = list(argv), []
    while rest:
        arg = rest.pop(0)
        if arg == "--vault":
            rest = rest[1:]
        elif not arg.startswith("--vault="):
            out.append(arg)
    return out


def _command(argv: list[str]) -> list[str]:
    if getattr(sys, "frozen", False):  # the packaged app is its own executable
        return [sys.executable, *argv]
    return [sys.executable, "-m", "wellbeing", *argv]


def _replace_process(command: list[str], env: dict[str, str]) -> None:
    if sys.platform == "win32":  # no exec there: start the new one, end this one
        subprocess.Popen(command, env=env)
        os._exit(0)
    os.execve(command[0], command, env)


def _locked_start() -> dict[str, Any] | None:
    text = os.environ.pop(LOCKED_START_ENV, None)
    if not text:
        return None
    try:
        start = json.loads(text)
    except ValueError:
        return None
    return start if isinstance(start, dict) else None


def _come_back_locked(app: App, start: dict[str, Any]) -> None:
    """The fresh process after a lock: the unlock page as the person left it."""
    window = app.window
    if start.get("opened") is True:
        window.opened_before(app.service.folder)
    geometry = start.get("geometry")
    if isinstance(geometry, str):
        window.restoreGeometry(QByteArray.fromBase64(geometry.encode("ascii")))
    screen = start.get("screen")
    if isinstance(screen, int) and 0 <= screen < window.sidebar.count():
        window.sidebar.setCurrentRow(screen)  # shown again after the next unlock
    message = start.get("message")
    page = window.unlock_page
    showing = window.pages.currentWidget() is page and not page.damaged
    if isinstance(message, str) and message and showing:
        page.message.setText(message)
    if start.get("minimised") is True:
        window.showMinimized()  # a quick exit: out of sight, and stays so
    else:
        window.show()


def _report_shown(app: App) -> None:
    window = app.window
    page = {window.unlock_page: "unlock", window.welcome: "welcome"}.get(
        window.pages.currentWidget(), "other"
    )
    state = " minimised" if window.isMinimized() else ""
    print(f"shown {page}{state}", flush=True)


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
