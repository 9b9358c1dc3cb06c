"""The GUI's one door to the vault: create, unlock, lock, and every save.

Signals (past-tense events; screens subscribe, nobody polls):

- ``created(str)``: a new vault was made; the argument is the recovery key, to show once.
- ``unlocked()``: the vault is open; screens may load.
- ``unlock_failed(str)`` / ``create_failed(str)``: a message for the person.
- ``locking()``: about to lock; editors flush, screens empty their models after.
- ``locked()``: the vault is closed and every screen must hold nothing personal.
- ``changed(Changes, initiator)``: a write changed the kinds it names (one signal for
  every save). ``initiator`` is whoever asked for it (a screen, or None): a screen skips
  its own changes, which it already shows, and reloads for the kinds it shows.
- ``saved()``: a change is on disk (for the quiet "Saved" sign).
- ``save_failed(str)``: a change could not be saved; nothing was changed.
- ``storage_failed(str)``: a save could not reach the disk (full, read-only, I/O error);
  also announced by ``save_failed``. The storage alert offers a copy of the vault.
- ``storage_lost(str)``: the vault folder is gone (drive removed, folder moved or
  deleted); every write is refused until it is back, so nothing goes into files nobody
  can find. Checked before each write and on a slow heartbeat while unlocked.
- ``storage_found()``: the very same folder is back; pending edits are saved again.
- ``save_queued(str)``: while an import holds the vault's write lock, an editor's change
  is kept, to be written the moment the import ends (``write(..., later=...)``, see
  ``write_queue.py``); the message says so, for the quiet sign. ``saved`` and
  ``changed`` follow when it is written, ``save_failed`` if it cannot be.

Mixed in from their own modules: changing the passphrase (``rekeying.py``) and saving
beside an import (``writing_beside.py``); what it says is in ``vault_words.py``.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import Shiboken

from ..domain.changes import Changes, Kind
from ..domain.errors import Message, VaultLockedError, WellbeingError
from ..vault.db import WriteLockHeld
from ..vault.interrupted import recover
from ..vault.keyfile import KdfParams
from ..vault.storage import Problem, problem_of
from ..vault.vault import Clock, Vault, system_clock, vault_exists
from . import vault_words
from .messages import error_text
from .ops import session as ops
from .rekeying import PassphraseChange
from .write_queue import Pending, Queued, WriteQueue
from .writing_beside import WritingBeside

T = TypeVar("T")


class VaultService(PassphraseChange, WritingBeside, QObject):
    created = Signal(str)
    create_failed = Signal(str)
    unlocked = Signal()
    unlock_failed = Signal(str)
    locking = Signal()
    locked = Signal()
    changed = Signal(object, object)  # Changes, initiator (any object, or None)
    saved = Signal()
    save_failed = Signal(str)
    busy_changed = Signal(bool)
    storage_failed = Signal(str)
    storage_lost = Signal(str)
    storage_found = Signal()
    save_queued = Signal(str)

    #: How often an unlocked vault checks that its folder is still there (a ``stat``).
    HEARTBEAT_MS = 3000
    #: How soon kept changes are tried again when the write lock was still held at the
    #: end of the import (its connection closing a moment late).
    RETRY_QUEUED_MS = 200

    def __init__(
        self,
        folder: Path,
        *,
        clock: Clock = system_clock,
        kdf: KdfParams | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = Path(folder)
        self._clock = clock
        self._kdf = kdf
        self._vault: Vault | None = None
        self._busy = False
        self._flushers: list[Callable[[], Callable[[], None] | None]] = []
        self._revision_note: tuple[str, str, int | None] = ("", "", None)
        #: Why the last unlock or create failed (the error itself), for pages that offer
        #: a way out: a damaged vault's unlock page offers the newest verified backup.
        self.last_error: BaseException | None = None
        #: What :meth:`recover_interrupted` put right, for the unlock page to say once.
        self.recovered: Message | None = None
        self._lost = False
        self._rescuing = False
        #: Connections writing beside the app's own (imports), and the changes kept
        #: until they end (``write_queue.py``).
        self._writers_beside = 0
        self._queue = WriteQueue()
        #: A passphrase change is re-encrypting the vault: saves are held until it ends.
        self._rekeying = False
        self._retry_queued = QTimer(self)
        self._retry_queued.setSingleShot(True)
        self._retry_queued.setInterval(self.RETRY_QUEUED_MS)
        self._retry_queued.timeout.connect(self._write_queued)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(self.HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self.check_storage)

    # Where

    @property
    def folder(self) -> Path:
        return self._folder

    def set_folder(self, folder: Path) -> None:
        if self._vault is not None:
            raise RuntimeError("lock the vault before choosing another folder")
        self._folder = Path(folder)

    def vault_exists(self) -> bool:
        return vault_exists(self._folder)

    def recover_interrupted(self) -> None:
        """Finish or roll back a restore or a vault creation that was stopped part-way in
        this folder (``vault/interrupted.py``), before anything else looks at it; what was
        done waits in :attr:`recovered`."""
        if self._vault is not None:
            return
        try:
            said = recover(self._folder)
        except OSError:
            return  # a folder that can't be read: the unlock page says what is wrong
        if said is not None:
            self.recovered = said

    # State

    @property
    def is_unlocked(self) -> bool:
        return self._vault is not None

    @property
    def is_busy(self) -> bool:
        return self._busy

    @property
    def vault(self) -> Vault:
        if self._vault is None:
            raise VaultLockedError("The vault is locked. Unlock it to go on.")
        return self._vault

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_changed.emit(busy)

    # Creating and unlocking (key derivation runs off the GUI thread)

    def create(self, passphrase: str) -> None:
        folder, kdf, clock = self._folder, self._kdf, self._clock
        self._set_busy(True)

        def done(result: tuple[Vault, str]) -> None:
            self._set_busy(False)
            self._vault, recovery_key = result
            self._watch_storage()
            self.created.emit(recovery_key)
            self.unlocked.emit()

        operation = ops.create_vault(
            parent=self, folder=folder, passphrase=passphrase, kdf=kdf, clock=clock
        )
        operation.success(done).failure(lambda err: self._failed(err, self.create_failed))
        operation.run_in_background(initiator=self)

    def unlock(self, passphrase: str | None = None, *, recovery_key: str | None = None) -> None:
        folder, clock = self._folder, self._clock
        self._set_busy(True)

        def done(vault: Vault) -> None:
            self._set_busy(False)
            self._vault = vault
            self._watch_storage()
            self.unlocked.emit()

        operation = ops.unlock_vault(
            parent=self,
            folder=folder,
            passphrase=passphrase,
            recovery_key=recovery_key,
            clock=clock,
        )
        operation.success(done).failure(lambda err: self._failed(err, self.unlock_failed))
        operation.run_in_background(initiator=self)

    def _failed(self, err: BaseException, signal: Any) -> None:
        self._set_busy(False)
        self.last_error = err
        problem = problem_of(err, self._folder) if signal is self.unlock_failed else None
        if problem is not None:
            signal.emit(vault_words.unlock_message(problem))
        else:
            signal.emit(error_text(err))  # "Something went wrong … (kind)" for a bug

    # Saving

    def register_flusher(self, flush: Callable[[], None]) -> None:
        """Editors register a function that saves any edit still waiting for its timer.

        Held weakly when it is a widget's method: a screen that is gone (a session page
        closed mid-way) is simply no longer asked, and never keeps itself alive here.
        """
        ref = weakref.WeakMethod(flush) if inspect.ismethod(flush) else (lambda: flush)
        self._flushers.append(ref)

    def unregister_flusher(self, flush: Callable[[], None]) -> None:
        self._flushers = [ref for ref in self._flushers if ref() not in (None, flush)]

    def flush(self) -> None:
        alive = []
        for ref in list(self._flushers):
            flush = ref()
            owner = getattr(flush, "__self__", None)
            if flush is None or (isinstance(owner, QObject) and not Shiboken.isValid(owner)):
                continue  # its widget is gone
            alive.append(ref)
            flush()
        self._flushers = alive

    def write(
        self,
        change: Callable[[Vault], T],
        *,
        changes: Changes | Kind,
        initiator: object | None = None,
        later: Callable[[T | None], None] | None = None,
    ) -> T | Pending | None:
        """Apply ``change`` in one transaction; announce it, or say kindly why not.

        ``changes`` names the kinds it changes (``Kind.GOAL``, or ``Changes.of(...)``
        for several); once saved they are announced by ``changed(changes, initiator)``,
        so the screen that asked (``initiator=self``) can tell its own change from
        another's. Returns the change's result, or None when it failed (nothing was
        changed).
        Refused while the vault folder is gone, so nothing is written into files that
        nobody can find again; editors keep what is on screen.

        While an import writes beside the app (see ``write_queue.py``) nothing here waits
        for it. A change that may land later (an autosave) passes ``later``: when the
        import holds the write lock, the change is kept and :data:`PENDING` returned;
        ``later(result)`` follows once it is written (None: it could not be, and
        ``save_failed`` said why). A change whose result is needed now (a new record's
        id) passes no ``later``: it is written now if the lock is free, else refused at
        once with a kind word (None), never queued behind the person's back.
        """
        note = self._revision_note
        if not self.check_storage() and not self._rescuing:
            self.save_failed.emit(self.storage_message(Problem.GONE))
            return None
        if self._rekeying:  # a passphrase change is re-encrypting the vault
            return self._held_while_rekeying(
                Queued(change, Changes.coerce(changes), initiator, note, later)
            )
        beside = bool(self._writers_beside or len(self._queue))
        # Kept changes go first: a newer one never lands under an older one.
        if len(self._queue) and not self._write_queued():
            return self._not_now(Queued(change, Changes.coerce(changes), initiator, note, later))
        try:
            result = self._apply(change, note, wait=not beside)
        except WriteLockHeld:
            return self._not_now(Queued(change, Changes.coerce(changes), initiator, note, later))
        except WellbeingError as err:
            self._write_failed(err)
            return None
        self._written(changes, initiator)
        return result

    def _apply(
        self, change: Callable[[Vault], T], note: tuple[str, str, int | None], *, wait: bool
    ) -> T:
        vault = self.vault
        with vault.transaction(wait=wait), vault.revision_context(*note):
            return change(vault)

    def _written(self, changes: Changes | Kind, initiator: object | None) -> None:
        if not self._rescuing:  # saved into a copy-to-be, not yet where it belongs
            self.saved.emit()
        self.announce(changes, initiator)

    def announce(self, changes: Changes | Kind, initiator: object | None = None) -> None:
        """Say that ``changes`` were saved by a write that did not go through ``write``
        (an import on its own connection, say), so every screen follows it the same way."""
        changes = Changes.coerce(changes)
        if changes:
            self.changed.emit(changes, initiator)

    def _write_failed(self, err: WellbeingError) -> None:
        problem = problem_of(err, self._folder)
        if problem is None:
            self.save_failed.emit(error_text(err))
            return
        there = self.check_storage()  # announces storage_lost when the folder went
        if problem is Problem.GONE or not there:
            message = self.storage_message(Problem.GONE)
        else:
            message = self.storage_message(problem)
            self.storage_failed.emit(message)
        self.save_failed.emit(message)

    def set_revision_note(
        self, note: str = "", origin: str = "", review_id: int | None = None
    ) -> None:
        """From now on every plan change carries ``note`` and ``origin`` (a session's id)
        and the review it is made in, until set back to nothing."""
        self._revision_note = (note, origin, review_id)

    @contextmanager
    def revision_note(
        self, note: str, origin: str = "", review_id: int | None = None
    ) -> Iterator[None]:
        """``with service.revision_note(...):`` for a few writes, then the note that was in
        force before (a session's, say) comes back."""
        saved = self._revision_note
        self._revision_note = (note, origin, review_id)
        try:
            yield
        finally:
            self._revision_note = saved

    @property
    def revision_origin(self) -> str:
        return self._revision_note[1]

    # Where the vault lives

    @property
    def storage_is_lost(self) -> bool:
        """True while the open vault's folder is gone (writes are refused)."""
        return self._lost

    def check_storage(self) -> bool:
        """True when the vault's files are where they were opened (or it is locked).

        Announces a change: ``storage_lost`` when the folder went, ``storage_found`` when
        the very same folder came back (then pending edits are saved again).
        """
        if self._vault is None:
            return True
        there = self._vault.folder_is_there()
        if there == self._lost:  # a change
            self._lost = not there
            if there:
                self.storage_found.emit()
                # After the write that may be asking right now, never inside it.
                QTimer.singleShot(0, self, self._flush_if_unlocked)
            else:
                self.storage_lost.emit(self.storage_message(Problem.GONE))
        return there

    def _flush_if_unlocked(self) -> None:
        if self.is_unlocked:
            self.flush()
            self._write_queued()

    def _watch_storage(self) -> None:
        self._lost = False
        self._heartbeat.start()

    def save_copy(self, out: Path, on_done: Callable[[str], None]) -> None:
        """Write an encrypted copy of the open vault (a backup file) to ``out``, off the
        GUI thread; ``on_done('')`` when it is written and verified, or with a message.

        Works while the vault folder is gone: edits still waiting are first saved into
        the open files (where the copy takes them from), then the copy is made from the
        open connection. It opens with the same passphrase or recovery key.
        """
        vault = self.vault
        if self._lost:
            self._rescuing = True
            try:
                self.flush()
            finally:
                self._rescuing = False

        def failed(err: BaseException) -> None:
            if isinstance(err, WellbeingError):
                on_done(error_text(err))
            else:
                on_done(
                    self.tr("The copy couldn't be made, and nothing was written. ({kind})").format(
                        kind=type(err).__name__
                    )
                )

        ops.save_copy(parent=self, vault=vault, out=Path(out)).success(
            lambda _: on_done("")
        ).failure(failed).run_in_background(initiator=self)

    def storage_message(self, problem: Problem) -> str:
        """What a save that could not reach the disk says, for each kind of problem."""
        return vault_words.storage_message(problem)

    # Locking

    def lock(self) -> None:
        """Save what is pending, then close the vault and tell every screen to forget."""
        if self._vault is None:
            return
        self.locking.emit()  # a running import is stopped and rolled back, then ...
        try:
            self.flush()
            self._writers_beside = 0
            self._write_queued(wait=True)  # ... what was kept for it is written
        finally:
            self._retry_queued.stop()
            for item in self._queue.clear():  # could not be written: said kindly above
                if item.later is not None:
                    item.later(None)
            self._heartbeat.stop()
            vault, self._vault = self._vault, None
            self._lost = False
            vault.close()
            self.locked.emit()
