"""Debounced autosave: edits save themselves shortly after the person stops typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

AUTOSAVE_MS = 700


class Autosave(QObject):
    """Call ``touch()`` on every edit; ``save`` runs once typing pauses, or on ``flush()``.

    ``flush()`` runs a pending save at once (on lock, on switching records or screens,
    on quit), so an edit shown on screen is never left unsaved. A ``save`` that returns
    False could not save (the service said why): the edit stays pending, and the next
    ``flush()`` tries again; so does :meth:`mark_unsaved`, for a save kept while an
    import ran that could not be written after it.
    """

    def __init__(
        self,
        save: Callable[[], bool | None],
        parent: QObject | None = None,
        delay_ms: int = AUTOSAVE_MS,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._run)
        self._suspended = 0
        self._unsaved = False

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._unsaved

    def touch(self) -> None:
        if not self._suspended:
            self._timer.start()

    def flush(self) -> None:
        if self.pending:
            self._timer.stop()
            self._run()

    def cancel(self) -> None:
        self._timer.stop()
        self._unsaved = False

    def mark_unsaved(self) -> None:
        """What is on screen is not in the vault after all: the next flush saves it."""
        self._unsaved = True

    def suspend(self) -> _Suspended:
        """``with autosave.suspend():`` while filling fields from the vault."""
        return _Suspended(self)

    def _run(self) -> None:
        self._unsaved = False
        if self._save() is False:
            self._unsaved = True


class _Suspended:
    def __init__(self, autosave: Autosave) -> None:
        self._autosave = autosave

    def __enter__(self) -> None:
        self._autosave._suspended += 1

    def __exit__(self, *exc: object) -> None:
        self._autosave._suspended -= 1
