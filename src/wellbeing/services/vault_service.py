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
from ..domain.errors import VaultLockedError, WellbeingError
from ..vault.keyfile import KdfParams
from ..vault.storage import Problem, problem_of
from ..vault.vault import Clock, Vault, system_clock, vault_exists
from .messages import error_text
from .ops import session as ops

T = TypeVar("T")


class VaultService(QObject):
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

    #: How often an unlocked vault checks that its folder is still there (a ``stat``).
    HEARTBEAT_MS = 3000

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
        self._lost = False
        self._rescuing = False
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
            signal.emit(self._unlock_message(problem))
        else:
            signal.emit(error_text(err))  # "Something went wrong … (kind)" for a bug

    def change_passphrase(self, current: str, new: str, on_done: Callable[[str], None]) -> None:
        """Rewrite the key file off the GUI thread; ``on_done('')`` or with a message."""
        folder, kdf = self._folder, self._kdf
        self._set_busy(True)

        def finished(message: str) -> None:
            self._set_busy(False)
            on_done(message)

        def failed(err: BaseException) -> None:
            finished(error_text(err) if isinstance(err, WellbeingError) else type(err).__name__)

        ops.change_passphrase(
            parent=self, folder=folder, current=current, new=new, kdf=kdf
        ).success(lambda _: finished("")).failure(failed).run_in_background(initiator=self)

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
    ) -> T | None:
        """Apply ``change`` in one transaction; announce it, or say kindly why not.

        ``changes`` names the kinds it changes (``Kind.GOAL``, or ``Changes.of(...)``
        for several); once saved they are announced by ``changed(changes, initiator)``,
        so the screen that asked (``initiator=self``) can tell its own change from
        another's. Returns the change's result, or None when it failed (nothing was
        changed).
        Refused while the vault folder is gone, so nothing is written into files that
        nobody can find again; editors keep what is on screen.
        """
        note, origin, review_id = self._revision_note
        if not self.check_storage() and not self._rescuing:
            self.save_failed.emit(self.storage_message(Problem.GONE))
            return None
        try:
            with self.vault.transaction(), self.vault.revision_context(note, origin, review_id):
                result = change(self.vault)
        except WellbeingError as err:
            self._write_failed(err)
            return None
        if not self._rescuing:  # saved into a copy-to-be, not yet where it belongs
            self.saved.emit()
        self.announce(changes, initiator)
        return result

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
        if problem is Problem.GONE:
            return self.tr(
                "Wellbeing can't find its vault folder any more (was a drive removed or the "
                "folder moved?). Nothing you can see has been lost: it is all still open "
                "here. Put the drive or folder back and saving goes on by itself, or save a "
                "copy of your vault somewhere else before you lock."
            )
        if problem is Problem.FULL:
            return self.tr(
                "There's no room left on the disk, so this change couldn't be saved. "
                "Everything saved before is safe, and what you see stays on screen. Free "
                "some space, and your next change saves as usual."
            )
        if problem is Problem.READ_ONLY:
            return self.tr(
                "Wellbeing can't write to its vault folder just now (it may have become "
                "read-only), so this change couldn't be saved. Everything saved before is "
                "safe, and what you see stays on screen."
            )
        return self.tr(
            "Wellbeing couldn't write to its vault files just now, so this change couldn't "
            "be saved. Everything saved before is safe, and what you see stays on screen. If "
            "the vault is on a removable drive, check that it is plugged in."
        )

    def _unlock_message(self, problem: Problem) -> str:
        if problem is Problem.FULL:
            return self.tr(
                "There's no room left on the disk, and Wellbeing needs a little to open your "
                "vault safely. Nothing was changed. Free some space, then unlock again."
            )
        if problem is Problem.READ_ONLY:
            return self.tr(
                "Wellbeing can't write in the vault folder (it may be read-only, on a "
                "write-protected drive, or belong to another account), and it needs to, to "
                "open your vault safely. Nothing was changed. Make the folder writable again, "
                "then unlock."
            )
        return self.tr(
            "Wellbeing couldn't read or write the vault files just now. Nothing was changed. "
            "If the vault is on a removable drive, check that it is plugged in, then try again."
        )

    # Locking

    def lock(self) -> None:
        """Save what is pending, then close the vault and tell every screen to forget."""
        if self._vault is None:
            return
        self.locking.emit()
        try:
            self.flush()
        finally:
            self._heartbeat.stop()
            vault, self._vault = self._vault, None
            self._lost = False
            vault.close()
            self.locked.emit()
