"""The entry points open the window (and ``--smoke-test`` closes it cleanly)."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    "entry",
    [
        ["-m", "wellbeing"],
        ["-c", "import sys; from wellbeing.__main__ import main; sys.exit(main())"],
    ],
    ids=["python -m wellbeing", "wellbeing entry point"],
)
def test_no_subcommand_starts_the_window(entry: list[str], vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, *entry, "--vault", str(vault_dir), "--smoke-test"]
    done = subprocess.run(
        args, env=env, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )
    assert done.returncode == 0, done.stderr
    assert "shown: Wellbeing" in done.stdout


def test_smoke_test_unlocks_with_the_passphrase_on_standard_input(vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, "-m", "wellbeing", "--vault", str(vault_dir), "--smoke-test"]
    run = functools.partial(subprocess.run, args, env=env, capture_output=True, text=True)
    done = run(input=PASSPHRASE + "\n", timeout=60)
    assert done.returncode == 0, done.stderr
    assert "shown: Wellbeing (unlocked)" in done.stdout
    refused = run(input="not the passphrase\n", timeout=60)
    assert refused.returncode == 3
    assert "unlocked" not in refused.stdout


def test_ctrl_0_opens_the_tenth_screen_your_data(qtbot, service, settings) -> None:
    from PySide6.QtCore import Qt

    from tests.gui.helpers import show_active
    from wellbeing.ui.main_window import MainWindow

    window = MainWindow(service, settings)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.show_start_page()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen().key == "data"
    assert window.sidebar.item(9).toolTip() == "Ctrl+0"
    qtbot.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)
    assert window.current_screen().key == "settings"
