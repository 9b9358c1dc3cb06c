"""Saves kept for a moment while an import holds the vault's write lock.

An import adds its entries in one transaction on a second connection (all or none: see
``vault/journal_import.py``), and SQLite lets one connection write at a time. While it
runs, ``VaultService.write`` never waits for it on the GUI thread: it tries to begin its
transaction without waiting, and when the import holds the lock, a save that may land
later (an editor's autosave, which passes ``later=``) is kept here, in order, and written
as soon as the import ends: finished, failed, cancelled, or stopped by a lock (which rolls
the import back first, then writes these, then closes the vault).

Why not let the import commit in small batches, so saves slip in between? Then a cancel,
a lock or a crash would leave half a file imported; the import stays all or nothing.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain.changes import Changes
from ..vault.vault import Vault


class Pending:
    """What ``write(..., later=...)`` returns when the change is kept for later: the
    editor keeps its text as saved-soon; ``later(result)`` is called once it is written
    (with None if it could not be, after ``save_failed`` said why)."""

    def __repr__(self) -> str:
        return "PENDING"


PENDING = Pending()


@dataclass(frozen=True)
class Queued:
    """One kept change, with everything ``write`` was given when it was asked."""

    change: Callable[[Vault], Any]
    changes: Changes
    initiator: object | None
    note: tuple[str, str, int | None]
    #: Called with the result once written (None: it could not be); None for a change
    #: that may not wait (it is refused instead of kept).
    later: Callable[[Any], None] | None


class WriteQueue:
    """The kept changes, oldest first."""

    def __init__(self) -> None:
        self._items: deque[Queued] = deque()

    def __len__(self) -> int:
        return len(self._items)

    def add(self, item: Queued) -> None:
        self._items.append(item)

    def take(self) -> Queued | None:
        """The oldest kept change, taken out (put it back with :meth:`put_back`)."""
        return self._items.popleft() if self._items else None

    def put_back(self, item: Queued) -> None:
        self._items.appendleft(item)

    def clear(self) -> list[Queued]:
        items = list(self._items)
        self._items.clear()
        return items
