"""The placeholder window: opens, says where the vault is, never shows content in its title."""

from __future__ import annotations

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
