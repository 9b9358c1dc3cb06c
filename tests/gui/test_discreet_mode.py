"""Discreet mode: a neutral name and icon everywhere the app names itself, a vault folder
the person can move and name, and file dialogs that leave no trace in recent files."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.conftest import FAST_KDF, PASSPHRASE
from tests.gui.helpers import show_active
from wellbeing import resources
from wellbeing.app import App
from wellbeing.services.settings import Settings
from wellbeing.ui import file_dialogs
from wellbeing.vault.vault import Vault, vault_exists

pytestmark = pytest.mark.gui

SRC = Path(__file__).resolve().parents[2] / "src" / "wellbeing"


@pytest.fixture
def make_app(qtbot, tmp_path: Path):
    made: list[App] = []

    def make(folder: Path) -> App:
        app = App(folder, Settings(tmp_path / "config" / "settings.ini"), kdf=FAST_KDF)
        qtbot.addWidget(app.window)
        show_active(qtbot, app.window, size=(1100, 720))
        made.append(app)
        return app

    yield make
    for app in made:
        app.close()
    QGuiApplication.setApplicationDisplayName("Wellbeing")


def _unlock(qtbot, app: App) -> None:
    page = app.window.unlock_page
    qtbot.keyClicks(page.field, PASSPHRASE)
    with qtbot.waitSignal(app.service.unlocked, timeout=20_000):
        qtbot.keyClick(page.field, Qt.Key.Key_Return)


def _image(icon: QIcon) -> QImage:
    return icon.pixmap(32, 32).toImage()


def _settings_screen(app: App):
    index = next(i for i, s in enumerate(app.window.screens) if s.key == "settings")
    app.window.show_screen(index)
    return app.window.screens[index]


def test_discreet_mode_renames_the_window_and_changes_the_icon(
    qtbot, make_app, vault_dir: Path
) -> None:
    app = make_app(vault_dir)
    assert app.window.windowTitle() == "Wellbeing"
    assert QGuiApplication.desktopFileName() == "org.example.Wellbeing"
    normal = _image(QGuiApplication.windowIcon())
    assert not normal.isNull()
    _unlock(qtbot, app)
    screen = _settings_screen(app)
    screen.discreet.click()
    assert app.window.windowTitle() == "Notes"
    assert QGuiApplication.applicationDisplayName() == "Notes"
    assert QGuiApplication.desktopFileName() == ""  # no link to Wellbeing's desktop entry
    assert _image(QGuiApplication.windowIcon()) == _image(
        QIcon(str(resources.icon_path(discreet=True)))
    )
    assert _image(QGuiApplication.windowIcon()) != normal

    screen.discreet_name.setFocus()
    screen.discreet_name.selectAll()
    qtbot.keyClicks(screen.discreet_name, "Recipes")
    qtbot.keyClick(screen.discreet_name, Qt.Key.Key_Return)
    assert app.window.windowTitle() == "Recipes"

    screen.discreet.click()
    assert app.window.windowTitle() == "Wellbeing"
    assert _image(QGuiApplication.windowIcon()) == normal


def test_a_discreet_app_starts_with_the_neutral_name_before_unlocking(
    qtbot, make_app, vault_dir: Path, tmp_path: Path
) -> None:
    settings = Settings(tmp_path / "config" / "settings.ini")
    settings.discreet = True
    settings.discreet_name = "  Shopping   list "
    app = make_app(vault_dir)
    assert app.window.windowTitle() == "Shopping list"
    assert app.window.pages.currentWidget() is app.window.unlock_page
    # The page anyone glancing at the screen sees says the neutral name, not the app's.
    assert app.window.unlock_page.heading.text() == "Shopping list is locked"
    shown = [w.text() for w in app.window.unlock_page.findChildren(QLabel) if w.isVisible()]
    assert not any("Wellbeing" in text for text in shown), shown


def test_moving_the_vault_locks_moves_and_unlocks_from_the_new_place(
    qtbot, make_app, vault_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    target = tmp_path / "elsewhere" / "old receipts"
    monkeypatch.setattr(file_dialogs, "chooser", lambda *a: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Ok)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    screen = _settings_screen(app)
    qtbot.mouseClick(screen.move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.service.folder == target, timeout=10_000)
    assert not app.service.is_unlocked
    assert app.settings.vault_folder == target
    assert not vault_exists(vault_dir) and vault_exists(target)
    assert told and "old receipts" in told[0]
    assert app.window.pages.currentWidget() is app.window.unlock_page
    _unlock(qtbot, app)
    assert app.service.vault.check().ok


def test_a_refused_move_keeps_the_vault_where_it_was(
    qtbot, make_app, vault_dir: Path, tmp_path: Path, monkeypatch
) -> None:
    app = make_app(vault_dir)
    _unlock(qtbot, app)
    taken = tmp_path / "taken"
    taken.mkdir()
    monkeypatch.setattr(file_dialogs, "chooser", lambda *a: taken)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Ok)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(_settings_screen(app).move_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert "nothing was moved" in told[0].lower()
    assert app.service.folder == vault_dir and vault_exists(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.check().ok


def test_every_file_dialog_is_qts_own_which_writes_no_recent_files() -> None:
    """GTK's dialogs add what they save to recently-used.xbel; only file_dialogs.py may
    open a dialog, and it always asks for Qt's own."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr.startswith(
                ("getSaveFileName", "getOpenFileName", "getExistingDirectory")
            ):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
    assert file_dialogs.OPTIONS & file_dialogs.QFileDialog.Option.DontUseNativeDialog
