"""Run slow work (key derivation, import, backup) off the GUI thread.

``run_in_background(fn, on_success, on_error)`` runs ``fn()`` in Qt's thread pool and
calls back on the GUI thread by queued signal, so the window keeps painting and
responding (Anki's ``CollectionOp(...).run_in_background()`` in spirit).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its signals carry results back there."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as err:  # delivered to on_error on the GUI thread
            self._relay.failed.emit(err)
        else:
            self._relay.succeeded.emit(result)


_running: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_success: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> None:
    relay = _Relay()
    _running.add(relay)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.succeeded.connect(lambda value: finish(on_success, value))
    relay.failed.connect(lambda err: finish(on_error, err))
    QThreadPool.globalInstance().start(_Task(fn, relay))


def wait_for_background_work(timeout_ms: int = 30_000) -> bool:
    """Block until the pool is idle (used at quit, so nothing half-done is abandoned)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
