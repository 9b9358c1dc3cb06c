"""The GUI's one door to the vault: create, unlock, lock, and every save.

Signals (past-tense events; screens subscribe, nobody polls):

- ``created(str)``: a new vault was made; the argument is the recovery key, to show once.
- ``unlocked()``: the vault is open; screens may load.
- ``unlock_failed(str)`` / ``create_failed(str)``: a message for the person.
- ``locking()``: about to lock; editors flush, screens empty their models after.
- ``locked()``: the vault is closed and every screen must hold nothing personal.
- ``plan_changed(str)``: a plan record of that kind ("value", "goal"…) was saved.
- ``journal_changed()``, ``check_ins_changed()``, ``boundary_logged()``.
- ``saved()``: a change is on disk (for the quiet "Saved" sign).
- ``save_failed(str)``: a change could not be saved; nothing was changed.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal
from shiboken6 import Shiboken

from ..domain.errors import VaultLockedError, WellbeingError
from ..vault.keyfile import KdfParams
from ..vault.vault import Clock, Vault, change_passphrase, system_clock, vault_exists
from .tasks import run_in_background

T = TypeVar("T")


class VaultService(QObject):
    created = Signal(str)
    create_failed = Signal(str)
    unlocked = Signal()
    unlock_failed = Signal(str)
    locking = Signal()
    locked = Signal()
    plan_changed = Signal(str)
    journal_changed = Signal()
    check_ins_changed = Signal()
    boundary_logged = Signal()
    saved = Signal()
    save_failed = Signal(str)
    busy_changed = Signal(bool)

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
            self.created.emit(recovery_key)
            self.unlocked.emit()

        run_in_background(
            lambda: Vault.create(folder, passphrase, kdf=kdf, clock=clock),
            done,
            lambda err: self._failed(err, self.create_failed),
        )

    def unlock(self, passphrase: str | None = None, *, recovery_key: str | None = None) -> None:
        folder, clock = self._folder, self._clock
        self._set_busy(True)

        def done(vault: Vault) -> None:
            self._set_busy(False)
            self._vault = vault
            self.unlocked.emit()

        run_in_background(
            lambda: Vault.unlock(folder, passphrase, recovery_key=recovery_key, clock=clock),
            done,
            lambda err: self._failed(err, self.unlock_failed),
        )

    def _failed(self, err: BaseException, signal: Any) -> None:
        self._set_busy(False)
        self.last_error = err
        if isinstance(err, WellbeingError):
            signal.emit(str(err))
        else:
            signal.emit(
                self.tr("Something went wrong and nothing was changed. ({kind})").format(
                    kind=type(err).__name__
                )
            )

    def change_passphrase(self, current: str, new: str, on_done: Callable[[str], None]) -> None:
        """Rewrite the key file off the GUI thread; ``on_done('')`` or with a message."""
        folder, kdf = self._folder, self._kdf
        self._set_busy(True)

        def finished(message: str) -> None:
            self._set_busy(False)
            on_done(message)

        def failed(err: BaseException) -> None:
            finished(str(err) if isinstance(err, WellbeingError) else type(err).__name__)

        run_in_background(
            lambda: change_passphrase(folder, current, new, kdf=kdf),
            lambda _: finished(""),
            failed,
        )

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

    def write(self, change: Callable[[Vault], T], *, changed: str = "") -> T | None:
        """Apply ``change`` in one transaction; announce it, or say kindly why not.

        ``changed`` names what changed: a plan kind ("value", "goal", "boundary",
        "routine", "safety_plan"), or "journal", "check_ins", "boundary_log".
        Returns the change's result, or None when it failed (nothing was changed).
        """
        note, origin, review_id = self._revision_note
        try:
            with self.vault.transaction(), self.vault.revision_context(note, origin, review_id):
                result = change(self.vault)
        except WellbeingError as err:
            self.save_failed.emit(str(err))
            return None
        self.saved.emit()
        if changed == "journal":
            self.journal_changed.emit()
        elif changed == "check_ins":
            self.check_ins_changed.emit()
        elif changed == "boundary_log":
            self.boundary_logged.emit()
        elif changed:
            self.plan_changed.emit(changed)
        return result

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

    # Locking

    def lock(self) -> None:
        """Save what is pending, then close the vault and tell every screen to forget."""
        if self._vault is None:
            return
        self.locking.emit()
        try:
            self.flush()
        finally:
            vault, self._vault = self._vault, None
            vault.close()
            self.locked.emit()
