"""Text selected with the mouse (the X11 PRIMARY selection) does not survive a lock.

The headless test platform has no selection, so the clipboard here is a stand-in that
behaves as X11's does: the app owns the selection after text is selected in it, and
owns the clipboard only after a copy.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QClipboard, QGuiApplication

from wellbeing.services import lock_guard
from wellbeing.services.lock_guard import LockGuard

pytestmark = pytest.mark.gui

Mode = QClipboard.Mode


class X11Clipboard(QObject):
    dataChanged = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.texts = {Mode.Clipboard: "someone else's words", Mode.Selection: ""}
        self.owned = {Mode.Clipboard: False, Mode.Selection: False}

    def supportsSelection(self) -> bool:
        return True

    def ownsClipboard(self) -> bool:
        return self.owned[Mode.Clipboard]

    def ownsSelection(self) -> bool:
        return self.owned[Mode.Selection]

    def text(self, mode: Mode = Mode.Clipboard) -> str:
        return self.texts[mode]

    def clear(self, mode: Mode = Mode.Clipboard) -> None:
        self.texts[mode] = ""
        self.owned[mode] = False

    def select_in_app(self, text: str) -> None:
        self.texts[Mode.Selection] = text
        self.owned[Mode.Selection] = True


@pytest.fixture
def x11_clipboard(monkeypatch: pytest.MonkeyPatch) -> X11Clipboard:
    fake = X11Clipboard()

    class Shim:
        instance = staticmethod(QGuiApplication.instance)
        focusWindow = staticmethod(QGuiApplication.focusWindow)
        clipboard = staticmethod(lambda: fake)

    monkeypatch.setattr(lock_guard, "QGuiApplication", Shim)
    return fake


def test_a_mouse_selection_made_in_the_app_is_cleared_on_lock(
    qtbot, service, x11_clipboard: X11Clipboard
) -> None:
    guard = LockGuard(service, 5)
    x11_clipboard.select_in_app("Robin Example, 07700 900123")
    service.lock()
    assert x11_clipboard.text(Mode.Selection) == ""
    # The clipboard the app does not own, holding another program's words, is left alone.
    assert x11_clipboard.text(Mode.Clipboard) == "someone else's words"
    del guard


def test_a_selection_another_program_owns_is_left_alone(
    qtbot, service, x11_clipboard: X11Clipboard
) -> None:
    guard = LockGuard(service, 5)
    x11_clipboard.texts[Mode.Selection] = "selected in a browser"
    service.lock()
    assert x11_clipboard.text(Mode.Selection) == "selected in a browser"
    del guard
