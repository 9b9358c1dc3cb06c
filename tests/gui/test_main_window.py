"""The placeholder window: opens, says where the vault is, never shows content in its title."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wellbeing.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_window_without_a_vault_says_how_to_make_one(qtbot, tmp_path: Path) -> None:
    window = MainWindow(tmp_path / "vault")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Wellbeing"
    assert "wellbeing init" in window.status_label.text()
    assert str(tmp_path / "vault") in window.status_label.text()


def test_window_with_a_vault_shows_only_where_it_is(qtbot, vault_dir: Path) -> None:
    window = MainWindow(vault_dir)
    qtbot.addWidget(window)
    window.show()
    assert str(vault_dir) in window.status_label.text()
    assert window.windowTitle() == "Wellbeing"



@pytest.mark.parametrize(
    "entry",
    [["-m", "wellbeing"], ["-c", "import sys; from wellbeing.__main__ import main; sys.exit(main())"]],
    ids=["python -m wellbeing", "wellbeing entry point"],
)
def test_no_subcommand_starts_the_window(entry: list[str], vault_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    args = [sys.executable, *entry, "--vault", str(vault_dir), "--smoke-test"]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "shown: Wellbeing" in done.stdout
