"""Locking when the person is away: idle time, system sleep, and the clipboard.

- Idle: any key press, click or wheel inside the app restarts the countdown.
- Sleep: Qt has no portable "system is going to sleep" signal (and listening on D-Bus
  would mean opening a socket), so a heartbeat timer watches the wall clock: if far more
  time passed between two beats than the timer's interval, the computer was asleep or
  suspended, and the vault locks on waking before anything is painted.
- Clipboard: text copied from the app is remembered by hash only; on lock, if the
  clipboard still holds it (or the app owns the clipboard), it is cleared.
"""

from __future__ import annotations

import hashlib
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication, QInputEvent

from .vault_service import VaultService

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
HEARTBEAT_MS = 5_000
SLEEP_GAP_S = 30.0


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class LockGuard(QObject):
    def __init__(self, service: VaultService, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.timeout.connect(service.lock)
        self.set_minutes(minutes)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = time.time()
        self._copied: set[bytes] = set()
        app = QGuiApplication.instance()
        app.installEventFilter(self)
        QGuiApplication.clipboard().dataChanged.connect(self._clipboard_changed)
        service.unlocked.connect(self._start)
        service.locked.connect(self._stop)

    def set_minutes(self, minutes: int) -> None:
        self._idle.setInterval(max(1, int(minutes)) * 60_000)
        if self._idle.isActive():
            self._idle.start()

    @property
    def idle_interval_ms(self) -> int:
        return self._idle.interval()

    def _start(self) -> None:
        self._idle.start()
        self._last_beat = time.time()
        self._heartbeat.start()

    def _stop(self) -> None:
        self._idle.stop()
        self._heartbeat.stop()
        self.clear_clipboard()

    def _beat(self) -> None:
        now = time.time()
        gap, self._last_beat = now - self._last_beat, now
        if gap > SLEEP_GAP_S:
            self._service.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the app passes here: a cheap isinstance first, since reading
        # event.type() costs an enum conversion in PySide (measured: 13 ms of a scroll).
        if not isinstance(event, QInputEvent):
            return False
        if event.type() in _ACTIVITY and self._idle.isActive():
            self._idle.start()
        return False

    def _clipboard_changed(self) -> None:
        clipboard = QGuiApplication.clipboard()
        focused = QGuiApplication.focusWindow() is not None
        if self._service.is_unlocked and (focused or clipboard.ownsClipboard()):
            text = clipboard.text(QClipboard.Mode.Clipboard)
            if text:
                self._copied.add(_digest(text))

    def clear_clipboard(self) -> None:
        """The clipboard, and on X11 the PRIMARY selection (text selected with the mouse,
        pasted with the middle button): each is cleared when it holds what was copied
        from the app, or when the app owns it (ownership is asked of each one: owning the
        selection says nothing about the clipboard)."""
        clipboard = QGuiApplication.clipboard()
        owned = {
            QClipboard.Mode.Clipboard: clipboard.ownsClipboard,
            QClipboard.Mode.Selection: clipboard.ownsSelection,
        }
        for mode, owns in owned.items():
            if mode is QClipboard.Mode.Selection and not clipboard.supportsSelection():
                continue
            if owns():
                clipboard.clear(mode)
                continue
            text = clipboard.text(mode)
            if text and _digest(text) in self._copied:
                clipboard.clear(mode)
        self._copied.clear()
