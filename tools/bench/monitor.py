"""How long the GUI thread goes without running its event loop.

A precise 2 ms ``QTimer`` ticks on the GUI thread while an operation runs; the longest
gap between two ticks, less the interval, is the longest stretch in which the window
could neither paint nor answer a key. (A Python thread holding the GIL shows up here
too, as it should: the window cannot paint then either.)
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer

TICK_MS = 2


class BlockMonitor(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest = 0.0
        self.ticks = 0

    def start(self) -> None:
        self.longest, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self._timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        self.ticks += 1

    def stop(self) -> float:
        """Stop; the longest block in seconds (the gap beyond one tick)."""
        self._tick()
        self._timer.stop()
        return max(0.0, self.longest - TICK_MS / 1000)


def wait_until(done: Callable[[], bool], timeout_s: float = 600.0) -> bool:
    """Run the event loop until ``done()`` (checked every few milliseconds)."""
    loop = QEventLoop()
    deadline = time.perf_counter() + timeout_s
    check = QTimer()
    check.setInterval(1)

    def poll() -> None:
        if done() or time.perf_counter() > deadline:
            loop.quit()

    check.timeout.connect(poll)
    check.start()
    if not done():
        loop.exec()
    check.stop()
    return done()
