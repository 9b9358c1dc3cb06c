"""When the app ends its process after a lock, and what the fresh process is told.

``app.LockEndsProcess`` with its ``execute`` replaced by a recorder, in one process; the
real ``exec`` is driven in tests/gui/test_lock_ends_process.py.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import show_active
from wellbeing import app as app_module
from wellbeing.app import LOCKED_START_ENV, App, LockEndsProcess
from wellbeing.services.settings import Settings

pytestmark = pytest.mark.gui


@pytest.fixture
def running(qtbot, tmp_path: Path, vault_dir: Path):
    """The app as ``run_gui`` builds it, with ``exec`` recorded instead of done."""
    app = App(vault_dir, Settings(tmp_path / "config" / "settings.ini"), kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    show_active(qtbot, app.window, size=(900, 640))
    execs: list[tuple[list[str], dict[str, str]]] = []
    policy = LockEndsProcess(
        app,
        ["--vault", str(vault_dir), "-style", "fusion"],
        execute=lambda c, e: execs.append((c, e)),
    )
    yield app, policy, execs
    app.close()


def _unlock(qtbot, app: App) -> None:
    page = app.window.unlock_page
    qtbot.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(app.service.unlocked, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)


def test_a_lock_restarts_with_the_folder_and_the_window_but_nothing_else(
    qtbot, running, vault_dir: Path
) -> None:
    app, _policy, execs = running
    _unlock(qtbot, app)
    app.window.show_screen(5)
    qtbot.keyClick(app.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(execs), timeout=5000)
    command, env = execs[0]
    assert command[1:] == ["-m", "wellbeing", "-style", "fusion"]  # --vault goes privately
    start = json.loads(env[LOCKED_START_ENV])
    assert start["folder"] == str(vault_dir)
    assert start["opened"] is True and start["screen"] == 5 and start["minimised"] is False
    assert not app.window.isVisible()  # hidden before the exec


def test_a_quick_exit_restarts_minimised(qtbot, running) -> None:
    app, _policy, execs = running
    _unlock(qtbot, app)
    app.window.quick_exit()
    qtbot.waitUntil(lambda: bool(execs), timeout=5000)
    assert json.loads(execs[0][1][LOCKED_START_ENV])["minimised"] is True


class _StayingBox(QMessageBox):
    """A message that only the test closes: every lock closes all dialogs of the
    application, and a window left over from an earlier test in the same process may
    auto-lock during this one (the real app has one window)."""

    stay = True

    def done(self, result: int) -> None:
        if not self.stay:
            super().done(result)


def test_the_restart_waits_for_an_open_dialog_and_work_still_running(
    qtbot, running, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, policy, execs = running
    _unlock(qtbot, app)
    pending = [True]
    monkeypatch.setattr(app_module, "_work_pending", lambda: pending[0])
    app.service.lock()  # as a move does, before its work runs in the background
    qtbot.wait(3 * app_module.RESTART_RETRY_MS)
    assert not execs and policy.pending
    box = _StayingBox(QMessageBox.Icon.Information, "Moved", "Your vault is now elsewhere.")
    box.show()  # the move's message, opened once its work is done
    pending[0] = False
    qtbot.wait(3 * app_module.RESTART_RETRY_MS)
    assert box.isVisible() and not execs
    box.stay = False
    box.accept()
    qtbot.waitUntil(lambda: bool(execs), timeout=5000)


def test_unlocking_again_or_quitting_never_restarts(qtbot, running) -> None:
    app, policy, execs = running
    _unlock(qtbot, app)
    app.window.close()  # quitting locks first
    qtbot.wait(3 * app_module.RESTART_RETRY_MS)
    assert not execs and not policy.pending


def test_the_fresh_process_shows_the_unlock_page_even_for_a_vault_that_went(
    qtbot, tmp_path: Path, vault_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A drive pulled out while unlocked, then a lock: the fresh process must not offer
    to make a new vault there (the welcome page), and it shows a restore's words."""
    shutil.rmtree(vault_dir)
    start = {"folder": str(vault_dir), "opened": True, "screen": 2, "minimised": True}
    monkeypatch.setenv(LOCKED_START_ENV, json.dumps(start))
    app = App(vault_dir, Settings(tmp_path / "config" / "settings.ini"), kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    assert app_module._locked_start() == start
    assert app_module._locked_start() is None  # read once, gone from the environment
    app_module._come_back_locked(app, start)
    assert app.window.pages.currentWidget() is app.window.unlock_page
    assert app.window.sidebar.currentRow() == 2
    assert app.window.isMinimized()
    app.close()
