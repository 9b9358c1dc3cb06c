"""Every control a person can reach has a name a screen reader can say."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.conftest import FAST_KDF
from wellbeing.app import App
from wellbeing.demo import PASSPHRASE, build_demo
from wellbeing.services.settings import Settings

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QAbstractSpinBox,
)


def _spoken_name(widget: QWidget, buddies: set[int]) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    if id(widget) in buddies:
        return "labelled"
    return ""


def _unnamed(root: QWidget) -> list[str]:
    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(
            widget.parent(), (QComboBox, QAbstractSpinBox)
        ):
            continue  # the editor inside a combo box or spin box: the parent is named
        if not _spoken_name(widget, buddies):
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} "
                f"in {type(widget.parent()).__name__}"
            )
    return missing


def test_every_reachable_control_on_every_screen_has_a_name(qtbot, tmp_path: Path) -> None:
    build_demo(tmp_path / "demo", days=30, kdf=FAST_KDF)
    app = App(tmp_path / "demo", Settings(tmp_path / "settings.ini"), kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    app.window.resize(1280, 800)
    app.window.show()
    problems = {"unlock": _unnamed(app.window.unlock_page)}
    loop = QEventLoop()
    app.service.unlocked.connect(loop.quit)
    app.service.unlock(PASSPHRASE)
    loop.exec()
    for index, screen in enumerate(app.window.screens):
        app.window.show_screen(index)
        problems[screen.key] = _unnamed(screen)
    problems["shell"] = _unnamed(app.window.statusBar()) + (
        [] if app.window.sidebar.accessibleName() else ["sidebar"]
    )
    app.close()
    assert {k: v for k, v in problems.items() if v} == {}
