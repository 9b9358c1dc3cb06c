"""Changing the passphrase of the open vault while the person keeps their place: part of
``VaultService`` (mixed into it), which holds the state it uses.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..domain.errors import WellbeingError
from ..vault import rekey
from ..vault.rekey import ChangeUnfinished, NewKey
from . import vault_words
from .messages import error_text
from .ops import session as ops
from .write_queue import PENDING, Pending, Queued

if TYPE_CHECKING:
    from ..vault.keyfile import KdfParams
    from ..vault.vault import Vault
    from .write_queue import WriteQueue

    _Host = QObject  # the type checker sees the QObject it is mixed into
else:
    _Host = object


class PassphraseChange(_Host):
    """``VaultService.change_passphrase`` and what it holds while it runs: saves are
    kept (or refused at once) until the re-encrypted database is in place."""

    if TYPE_CHECKING:  # VaultService's, which this is mixed into
        _vault: Vault | None
        _kdf: KdfParams | None
        _queue: WriteQueue
        _writers_beside: int
        _rekeying: bool
        _lost: bool
        locking: Signal
        save_failed: Signal
        save_queued: Signal

        def flush(self) -> None: ...
        def lock(self) -> None: ...
        def busy_message(self) -> str: ...
        def _set_busy(self, busy: bool) -> None: ...
        def _write_queued(self, *, wait: bool = False) -> bool: ...

    def change_passphrase(
        self,
        current: str,
        new: str,
        on_done: Callable[[str, str], None],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """A new passphrase, a new data key and a new recovery key (``vault/rekey.py``);
        ``new`` may be ``current``, to make only a new recovery key. ``on_done("", key)``
        with the new recovery key (to show once), or ``on_done(message, "")``.

        The vault stays open and the person keeps their place: the new key and the
        re-encrypted copy are made off the GUI thread through a second connection while
        the screens keep reading; saves are held meanwhile (an editor's are kept and
        written into the new database after, :meth:`write`). Then, here on the GUI thread
        so nothing reads the vault meanwhile, the app's connection is closed, the new pair
        put in place and opened (a few renames; see the benchmark), and the old database
        is overwritten off the GUI thread again. Locking the vault was the other way, but
        a lock ends the process (``app.LockEndsProcess``): every screen and the
        passphrase typed again. A lock meanwhile stops the change; nothing is changed.
        """
        if self._vault is None or self._writers_beside or len(self._queue):
            on_done(self.busy_message() if self._vault is not None else "", "")
            return
        vault = self._vault
        self.flush()  # what is typed goes into the copy
        self._set_busy(True)
        self._rekeying = True

        def ended(message: str, recovery_key: str = "") -> None:
            self._rekeying = False
            self._write_queued()  # held while re-encrypting: into the vault as it is now
            on_done(message, recovery_key)

        def prepared(made: NewKey) -> None:
            try:
                rekey.use_new_key(vault, made)
            except ChangeUnfinished as err:
                self._rekeying = False
                self._set_busy(False)
                self.lock()  # its connection is gone; the next start finishes the change
                on_done(error_text(err), "")
                return
            except WellbeingError as err:
                self._set_busy(False)
                ended(error_text(err))
                return
            self._db_swapped()
            ended("", made.recovery_key)
            ops.finish_change(parent=self, folder=vault.folder).success(
                lambda _: self._set_busy(False)
            ).failure(lambda _err: self._set_busy(False)).run_in_background(initiator=self)

        def failed(err: BaseException) -> None:
            self._set_busy(False)
            ended(error_text(err) if isinstance(err, WellbeingError) else type(err).__name__)

        def locked(finished: bool, made: NewKey | None) -> None:
            if finished and made is not None:
                rekey.abandon(made)  # made, not yet in place: the vault is as it was
            self._rekeying = False
            self._set_busy(False)
            on_done(vault_words.rekeying_stopped_by_lock(), "")

        operation = ops.change_passphrase(
            parent=self, vault=vault, current=current, new=new, kdf=self._kdf
        )
        if progress is not None:
            operation.progress(lambda done, total, _stage: progress(done, total))
        operation.success(prepared).failure(failed).stopped(failed).stops_on(self.locking, locked)
        operation.run_in_background(initiator=self)

    def _db_swapped(self) -> None:
        """The open vault moved to its re-encrypted database: the folder watch starts over
        from the new file."""
        self._lost = False

    def _held_while_rekeying(self, item: Queued) -> Pending | None:
        """A save asked for while a passphrase change re-encrypts the vault: kept, to be
        written the moment it ends, or refused at once when it may not wait."""
        if item.later is None:
            self.save_failed.emit(vault_words.rekeying_refused())
            return None
        self._queue.add(item)
        self.save_queued.emit(vault_words.rekeying_kept())
        return PENDING
