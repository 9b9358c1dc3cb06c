"""The person's data, theirs to keep and take elsewhere: backups, exports, imports.

A thin QObject over the operations runner (``services/operations.py``) and the use
cases in ``services/ops/``: it starts them one at a time and turns their outcomes into
words. Everything slow runs off the GUI thread and never through the app's own
connection (see ``ops/backups.py`` and ``ops/exchange.py``).

Signals (past-tense events):

- ``busy_changed(bool)``: an operation started or ended (one at a time).
- ``progress(int done, int total)``: how far the running operation got; ``total`` 0
  means "not known" (a busy bar).
- ``working(str)``: what it is doing now, in words ("Adding entries: 300 of 1,204…").
- ``finished(str)``: it ended well; the message says what happened.
- ``failed(str)``: it could not be done; the message says that nothing was changed and
  what to do.
- ``stopped(str)``: it was stopped (Cancel, or the vault locking); nothing was changed.
- ``last_backup_changed()``: :attr:`last_backup` may be different.
- ``automatic_backup_failed(str)``: today's automatic backup could not be made (the one
  thing about automatic backups worth interrupting the person for, kindly).

Automatic backups: with ``settings.automatic_backups`` on, a few seconds after each
unlock and then every half hour while unlocked, the service looks for today's backup in
``settings.backup_folder`` and, when it is not there, writes it with the rotation of
:func:`rotate_backups` (the last 7 days, and one a week for the 3 weeks before). A
failure is reported once a day (again after the next unlock), never every half hour.

On ``service.locking`` a running operation is stopped and waited for (briefly) before
the vault's connection closes: an import rolls back, a backup removes its unfinished
copy, so nothing is ever half-imported or half-written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from ..domain.changes import Kind
from ..domain.errors import ImportFormatError, ValidationError, VaultError, WellbeingError
from ..formats.importing import ImportCancelled
from ..vault.backup import BackupInfo, check_backup_folder
from ..vault.journal_import import IMPORT_FORMATS
from ..vault.vault import Clock, system_clock
from . import operations, ops
from .messages import error_text
from .operations import Operation, Running
from .settings import Settings
from .vault_service import VaultService

EXPORT_FORMATS = ("json", "md", "pdf")
__all__ = ["EXPORT_FORMATS", "IMPORT_FORMATS", "DataService"]
#: How often, while unlocked, the service checks that today's automatic backup is there.
CHECK_EVERY_MS = 30 * 60 * 1000
#: How long after an unlock the first check waits (the screens load first).
AFTER_UNLOCK_MS = 3000


class DataService(QObject):
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    working = Signal(str)
    finished = Signal(str)
    failed = Signal(str)
    stopped = Signal(str)
    last_backup_changed = Signal()
    automatic_backup_failed = Signal(str)

    #: How long a lock waits for a running operation to stop (see ``operations``).
    LOCK_WAIT_S = operations.LOCK_WAIT_S

    def __init__(
        self,
        service: VaultService,
        settings: Settings,
        clock: Clock = system_clock,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self._clock = clock
        self._running: Running | None = None
        self._kind = ""
        #: When the newest backup known was made (automatic folder, or "Back up now").
        self.last_backup: datetime | None = None
        self._last_manual: datetime | None = None
        self._automatic_failed_on: date | None = None
        self.daily_timer = QTimer(self)
        self.daily_timer.setInterval(CHECK_EVERY_MS)
        self.daily_timer.timeout.connect(self.check_automatic_backup)
        self.after_unlock = QTimer(self)
        self.after_unlock.setSingleShot(True)
        self.after_unlock.setInterval(AFTER_UNLOCK_MS)
        self.after_unlock.timeout.connect(self.check_automatic_backup)
        service.unlocked.connect(self._unlocked)
        service.locking.connect(self._locking)
        settings.changed.connect(self._setting_changed)
        if service.is_unlocked:
            self._unlocked()

    # State

    @property
    def is_busy(self) -> bool:
        return self._running is not None

    @property
    def running(self) -> str:
        """The kind of operation running ("backup", "automatic", "export", "import"), or ""."""
        return self._kind if self._running is not None else ""

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Backing up now

    def back_up_to(self, out: Path) -> bool:
        """Write an encrypted backup of the vault to ``out``; False if it cannot start."""
        if not self._can_start():
            return False
        out = Path(out)
        try:
            check_backup_folder(out.parent, self.service.vault.folder)
        except VaultError as err:
            self.failed.emit(self._couldnt_back_up(err))
            return False

        def done(info: BackupInfo) -> None:
            self._last_manual = info.created_at
            self._set_last_backup(self._newest(self.last_backup, info.created_at))
            self.finished.emit(
                self.tr(
                    "Backed up to {name}. The backup is encrypted: it opens with your "
                    "passphrase or your recovery key."
                ).format(name=info.path.name)
            )

        operation = ops.back_up(parent=self, service=self.service, out=out)
        self._start("backup", operation, done, self._couldnt_back_up, self.tr("Making the backup…"))
        return True

    def _couldnt_back_up(self, err: BaseException) -> str:
        return self.tr("The backup couldn't be made. {reason}").format(reason=_reason(self, err))

    # Automatic backups

    def set_backup_folder(self, folder: Path) -> str:
        """Remember ``folder`` for automatic backups; returns "" or why it was refused."""
        try:
            check_backup_folder(folder, self.service.folder)
        except VaultError as err:
            return error_text(err)
        self.settings.backup_folder = Path(folder)
        return ""

    def check_automatic_backup(self) -> None:
        """Make today's automatic backup unless it is there (or automatic backups are off)."""
        if not (self.settings.automatic_backups and self.service.is_unlocked):
            return
        folder = self.settings.backup_folder
        if folder is None:
            return
        today = self.today()
        if self._automatic_failed_on == today or self._running is not None:
            return  # said once today already; or busy: the next check will do it

        def done(kept: list[Path]) -> None:
            if kept:
                self.refresh_last_backup()

        def failed(err: BaseException) -> str:
            self._automatic_failed_on = today
            self.automatic_backup_failed.emit(
                self.tr(
                    "Today's automatic backup couldn't be made. {reason} Your vault itself "
                    "is fine and nothing in it has changed. Wellbeing will try again "
                    "tomorrow, or the next time you unlock it."
                ).format(reason=_reason(self, err))
            )
            return ""

        operation = ops.automatic_backup(
            parent=self,
            service=self.service,
            folder=folder,
            today=today,
            discreet=self.settings.discreet,
        )
        self._start("automatic", operation, done, failed)

    def refresh_last_backup(self) -> None:
        """Find the newest automatic backup in the folder (off the GUI thread: it may be
        on a slow drive); then ``last_backup_changed``."""
        folder = self.settings.backup_folder if self.settings.automatic_backups else None
        ops.newest_automatic_backup(parent=self, folder=folder).success(
            lambda found: self._set_last_backup(self._newest(found, self._last_manual))
        ).failure(lambda _err: None).run_in_background(initiator=self)

    @staticmethod
    def _newest(*moments: datetime | None) -> datetime | None:
        return max((m for m in moments if m is not None), default=None)

    def _set_last_backup(self, moment: datetime | None) -> None:
        self.last_backup = moment
        self.last_backup_changed.emit()

    # Exporting

    def export(self, fmt: str, out: Path, *, coded: bool = False) -> bool:
        """Write an (unencrypted) export: "json" or "md" of everything, off the GUI thread,
        or "pdf" of the safety plan (``coded``: contacts by their coded labels)."""
        if fmt not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {fmt!r}")
        if not self._can_start():
            return False
        vault = self.service.vault
        out = Path(out)
        try:
            check_backup_folder(out.parent, vault.folder)
        except VaultError:
            self.failed.emit(
                self.tr(
                    "An export can't be saved in the vault's own folder. Choose another "
                    "place; nothing was written."
                )
            )
            return False
        operation: Operation[Path]
        if fmt == "pdf":
            try:
                plan = vault.safety_plan.get()  # one small read, here; the layout is not
            except WellbeingError as err:
                self.failed.emit(self._couldnt_export(err))
                return False
            operation = ops.export_plan_pdf(
                parent=self, plan=plan, out=out, vault_folder=vault.folder, coded=coded
            )
        elif fmt == "json":
            operation = ops.export_json(parent=self, service=self.service, out=out)
        else:
            operation = ops.export_markdown(parent=self, service=self.service, out=out)
        said = self.tr("Writing the export…")
        self._start("export", operation, self._exported, self._couldnt_export, said)
        return True

    def _exported(self, out: Path) -> None:
        self.finished.emit(
            self.tr(
                "Saved the export as {name}. It is NOT encrypted: keep it somewhere private, "
                "and delete it when you no longer need it."
            ).format(name=out.name)
        )

    def _couldnt_export(self, err: BaseException) -> str:
        return self.tr("The export couldn't be written, and no file was made. {reason}").format(
            reason=_reason(self, err)
        )

    # Importing journal entries

    def import_journal(self, path: Path, fmt: str = "auto") -> bool:
        """Add the entries of ``path`` to the journal: all new ones in one transaction,
        or none. ``fmt`` is "auto" (told from the file) or one of "jsonl", "jrnl",
        "dayone"."""
        if fmt not in IMPORT_FORMATS:
            raise ValueError(f"unknown import format {fmt!r}")
        if not self._can_start():
            return False
        operation = ops.import_journal(parent=self, service=self.service, path=Path(path), fmt=fmt)
        said = self.tr("Reading the file…")
        self._start("import", operation, self._imported, self._couldnt_import, said)
        return True

    def cancel(self) -> None:
        """Stop the running import or export; nothing of it is kept."""
        if self._running is not None and self._kind in ("import", "export"):
            self._running.cancel()

    def _imported(self, counts: tuple[int, int]) -> None:
        self.finished.emit(self.imported_message(*counts))
        if counts[0]:
            self.service.announce(Kind.JOURNAL, self)

    def imported_message(self, added: int, already: int) -> str:
        if not added and not already:
            return self.tr("The file holds no journal entries, so nothing was imported.")
        if not added:
            return self.tr(
                "Nothing new to import: the {entries} in this file were already in your journal."
            ).format(entries=self._entries(already))
        said = self.tr("Imported {entries}.").format(entries=self._entries(added))
        if already == 1:
            said = self.tr("Imported {entries}; 1 was already in your journal.")
        elif already:
            said = self.tr("Imported {entries}; {count} were already in your journal.")
        return said.format(entries=self._entries(added), count=QLocale().toString(already))

    def _entries(self, n: int) -> str:
        if n == 1:
            return self.tr("1 entry")
        return self.tr("{count} entries").format(count=QLocale().toString(n))

    def _couldnt_import(self, err: BaseException) -> str:
        if isinstance(err, ImportFormatError):
            return self.tr("Wellbeing couldn't import this file. {reason}").format(reason=err)
        if isinstance(err, ValidationError):
            return error_text(err)
        return self.tr("Nothing was imported. {reason}").format(reason=_reason(self, err))

    # Running operations, one at a time

    def _can_start(self) -> bool:
        if not self.service.is_unlocked:
            return False
        if self._running is not None:
            if self._kind != "automatic":
                return False
            # Today's automatic backup gives way to what the person asked for: it stops
            # and removes what it started, and says nothing.
            self._running.abandon()
            self._running = None
        return True

    def _start(
        self,
        kind: str,
        operation: Operation[Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], str],
        working: str = "",
    ) -> None:
        """Run ``operation``; then ``on_success(result)``, or ``on_error(err)`` whose
        message (if any) goes out as ``failed``. Quiet work (the automatic backup, which
        says nothing while ``working``) does not make the service busy."""
        quiet = not working
        # An import writes beside the app's connection: until it ends, saves never wait
        # for its write lock (they are kept and written after it; see write_queue.py).
        beside = [kind == "import"]
        if beside[0]:
            self.service.another_writer_started()

        def end() -> None:
            if beside[0]:
                beside[0] = False
                self.service.another_writer_ended()
            if self._running is running:
                self._running = None
                if not quiet:
                    self.busy_changed.emit(False)

        def succeeded(result: Any) -> None:
            end()
            on_success(result)

        def errored(err: BaseException) -> None:
            end()
            message = on_error(err)
            if message:
                self.failed.emit(message)

        def stopped(err: ImportCancelled) -> None:
            end()
            self.stopped.emit(error_text(err))

        def locked(finished: bool, result: Any) -> None:
            end()
            self._said_at_lock(kind, finished, result)

        operation.success(succeeded).failure(errored).stopped(stopped)
        operation.progress(self._progressed).stops_on(self.service.locking, locked)
        if not quiet:
            self.busy_changed.emit(True)
        self._kind = kind
        running = operation.run_in_background(initiator=self)
        self._running = running
        if working:
            self.progress.emit(0, 0)
            self.working.emit(working)

    def _progressed(self, done: int, total: int, stage: str) -> None:
        self.progress.emit(done, total)
        if stage == "read":
            self.working.emit(self.tr("Reading the file…"))
        elif stage == "check":
            self.working.emit(self.tr("Checking the entries…"))
        else:
            self.working.emit(
                self.tr("Adding entries: {done} of {total}…").format(
                    done=QLocale().toString(done), total=QLocale().toString(total)
                )
            )

    # Unlock and lock

    def _unlocked(self) -> None:
        self._automatic_failed_on = None
        self.daily_timer.start()
        self.after_unlock.start()
        self.refresh_last_backup()

    def _setting_changed(self, key: str) -> None:
        if key.startswith("backup/"):
            self.refresh_last_backup()
            if self.settings.automatic_backups and self.service.is_unlocked:
                self._automatic_failed_on = None
                self.after_unlock.start()

    def _locking(self) -> None:
        """No more checks while locked; the running operation's own lock handshake (see
        ``operations``) stops it and waits for it."""
        self.daily_timer.stop()
        self.after_unlock.stop()

    def _said_at_lock(self, kind: str, finished_first: bool, result: Any) -> None:
        """What a lock during an operation leaves to say: whether it got done first."""
        if kind == "import":
            if finished_first:  # it was written just before the lock: say so
                self._imported(result)
            else:
                self.stopped.emit(
                    self.tr("The import stopped when Wellbeing locked. Nothing was imported.")
                )
        elif kind == "backup":
            if finished_first:
                self.finished.emit(self.tr("The backup was made just before Wellbeing locked."))
            else:
                self.stopped.emit(
                    self.tr(
                        "The backup stopped when Wellbeing locked, and no file was made. "
                        "Unlock and choose Back up now to make it."
                    )
                )
        elif kind == "export":
            self.stopped.emit(
                self.tr("The export stopped when Wellbeing locked, and no file was made.")
                if not finished_first
                else self.tr("The export was saved just before Wellbeing locked.")
            )


def _reason(owner: QObject, err: BaseException) -> str:
    """The error in words for the person: our own messages as they are; a file system
    error by its plain reason; anything else by its kind only (never a traceback)."""
    if isinstance(err, WellbeingError):
        return error_text(err)
    if isinstance(err, OSError):
        return owner.tr("The file system said: {reason}.").format(
            reason=err.strerror or type(err).__name__
        )
    return owner.tr("Something unexpected happened ({kind}); nothing was changed.").format(
        kind=type(err).__name__
    )
