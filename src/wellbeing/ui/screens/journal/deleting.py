"""The journal's "Delete for good…": beside Undo in the "Moved to the archive." bar, it
deletes the entry Undo would bring back, after a plain question (``DeleteForGood``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....domain.changes import Kind
from ...widgets.delete_for_good import DeleteForGood

if TYPE_CHECKING:
    from .screen import JournalScreen


class JournalDeleter:
    """Wires the undo bar's delete button to a :class:`DeleteForGood` for entries."""

    def __init__(self, screen: JournalScreen) -> None:
        self._screen = screen
        self.asker = DeleteForGood(screen.service, Kind.JOURNAL, screen)
        screen.undo_bar.delete_requested.connect(self.ask)
        self.asker.deleted.connect(self._deleted)
        self.asker.finished.connect(self._finished)

    def ask(self) -> None:
        screen = self._screen
        if not screen._archived:
            return
        screen.autosave.flush()
        self.asker.ask(screen._archived[-1])

    def _deleted(self, entry_id: int) -> None:
        if entry_id in self._screen._archived:
            self._screen._archived.remove(entry_id)

    def _finished(self, message: str) -> None:
        bar = self._screen.undo_bar
        bar.say(message, more_archived=bool(self._screen._archived))
        bar.close_button.setFocus()
