"""Saving while an import writes beside the app: part of ``VaultService`` (mixed into
it), which holds the state it uses. The kept changes themselves are in
``write_queue.py``, which says why an import is never split to let saves in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ..domain.changes import Changes, Kind
from ..domain.errors import WellbeingError
from ..vault.db import WriteLockHeld
from . import vault_words
from .write_queue import PENDING, Pending, Queued

if TYPE_CHECKING:
    from ..vault.vault import Vault
    from .write_queue import WriteQueue

    _Host = QObject  # the type checker sees the QObject it is mixed into
else:
    _Host = object

T = TypeVar("T")


class WritingBeside(_Host):
    """Changes kept while an import holds the vault's write lock, written, oldest first,
    the moment it ends; or refused at once, kindly, when they may not wait."""

    if TYPE_CHECKING:  # VaultService's, which this is mixed into
        _queue: WriteQueue
        _writers_beside: int
        _rekeying: bool
        _rescuing: bool
        _retry_queued: QTimer
        save_failed: Signal
        save_queued: Signal

        @property
        def is_unlocked(self) -> bool: ...
        def check_storage(self) -> bool: ...
        def _apply(
            self, change: Callable[[Vault], T], note: tuple[str, str, int | None], *, wait: bool
        ) -> T: ...
        def _written(self, changes: Changes | Kind, initiator: object | None) -> None: ...
        def _write_failed(self, err: WellbeingError) -> None: ...

    @property
    def writes_kept(self) -> int:
        """How many changes wait for an import to end."""
        return len(self._queue)

    def another_writer_started(self) -> None:
        """An import begins writing on a second connection: from now until
        :meth:`another_writer_ended`, no save waits for its write lock."""
        self._writers_beside += 1

    def another_writer_ended(self) -> None:
        """The import ended (finished, failed, cancelled, or stopped by a lock, its
        transaction committed or rolled back): the kept changes are written now."""
        self._writers_beside = max(self._writers_beside - 1, 0)
        self._write_queued()

    def _not_now(self, item: Queued) -> Pending | None:
        """The import holds the write lock: keep a change that may land later, refuse
        (kindly, at once) one that may not."""
        if item.later is None:
            self.save_failed.emit(self.busy_message())
            return None
        self._queue.add(item)
        self.save_queued.emit(self.queued_message())
        return PENDING

    def _write_queued(self, *, wait: bool = False) -> bool:
        """Write the kept changes, oldest first; True once none is left. Each is told
        (``saved``, ``changed``, its ``later``) as it lands, or said kindly when it
        cannot be. Stops, keeping the rest, while the write lock is still held."""
        if self._rekeying:
            return False  # into the re-encrypted database, once it is in place
        while self.is_unlocked and (self.check_storage() or self._rescuing):
            item = self._queue.take()
            if item is None:
                return True
            try:
                result = self._apply(item.change, item.note, wait=wait)
            except WriteLockHeld:
                self._queue.put_back(item)
                if not self._writers_beside:  # the import's connection is closing
                    self._retry_queued.start()
                return False
            except WellbeingError as err:
                self._write_failed(err)
                if item.later is not None:
                    item.later(None)
                continue
            self._written(item.changes, item.initiator)
            if item.later is not None:
                item.later(result)
        return not len(self._queue)

    def queued_message(self) -> str:
        return vault_words.queued_message()

    def busy_message(self) -> str:
        return vault_words.busy_message()
