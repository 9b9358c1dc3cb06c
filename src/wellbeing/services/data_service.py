"""The person's data, theirs to keep and take elsewhere: backups, exports, imports.

Everything slow runs off the GUI thread and never through the app's own connection: a
backup or an export reads one consistent moment through a second, read-only
connection, and an import writes its one transaction through a second connection, so
the app keeps reading and saving while they run (SQLite's WAL). The PDF of the plan is
laid out off the GUI thread too (Qt's text layout works in any thread); only the plan
itself, one small read, is read on it.

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

import gc
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from ..domain.errors import (
    ImportFormatError,
    ValidationError,
    VaultError,
    VaultLockedError,
    WellbeingError,
)
from ..formats.importing import ImportCancelled, parse_journal, read_journal_file
from ..vault.backup import (
    BackupInfo,
    backup_name,
    check_backup_folder,
    create_backup,
    daily_backups,
    peek_backup,
    rotate_backups,
)
from ..vault.db import Database
from ..vault.vault import Clock, Vault, read_key_file, system_clock
from .settings import Settings
from .tasks import run_in_background
from .vault_service import VaultService

EXPORT_FORMATS = ("json", "md", "pdf")
IMPORT_FORMATS = ("auto", "jsonl", "jrnl", "dayone")
#: How often, while unlocked, the service checks that today's automatic backup is there.
CHECK_EVERY_MS = 30 * 60 * 1000
#: How long after an unlock the first check waits (the screens load first).
AFTER_UNLOCK_MS = 3000
#: Progress reports reach the GUI at most this often.
_REPORT_EVERY_S = 0.05


@dataclass(eq=False)
class _Job:
    """One running operation. ``stop`` and ``done`` cross threads; the rest is written by
    the worker before ``done`` is set, and read on the GUI thread after."""

    kind: str  # "backup", "automatic", "export", "import"
    stop: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None
    reported: bool = False
    #: The second connection the worker uses, so a lock can close it under the worker.
    connection: Database | None = None


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the GUI hears (queued)."""

    progressed = Signal(object, int, int, str)


class DataService(QObject):
    busy_changed = Signal(bool)
    progress = Signal(int, int)
    working = Signal(str)
    finished = Signal(str)
    failed = Signal(str)
    stopped = Signal(str)
    last_backup_changed = Signal()
    automatic_backup_failed = Signal(str)

    #: How long a lock waits for a running operation to stop (it checks every few ms).
    LOCK_WAIT_S = 5.0

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
        self._job: _Job | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)
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
        return self._job is not None

    @property
    def running(self) -> str:
        """The kind of operation running ("backup", "automatic", "export", "import"), or ""."""
        return self._job.kind if self._job is not None else ""

    def today(self) -> date:
        return self._clock().astimezone().date()

    # Backing up now

    def back_up_to(self, out: Path) -> bool:
        """Write an encrypted backup of the vault to ``out``; False if it cannot start."""
        if not self._can_start():
            return False
        vault = self.service.vault
        out = Path(out)
        try:
            check_backup_folder(out.parent, vault.folder)
        except VaultError as err:
            self.failed.emit(self._couldnt_back_up(err))
            return False

        def work(job: _Job) -> BackupInfo:
            return self._on_second(
                vault, job, lambda db: create_backup(vault, out, db=db, stop=job.stop.is_set)
            )

        def done(info: BackupInfo) -> None:
            self._last_manual = info.created_at
            self._set_last_backup(self._newest(self.last_backup, info.created_at))
            self.finished.emit(
                self.tr(
                    "Backed up to {name}. The backup is encrypted: it opens with your "
                    "passphrase or your recovery key."
                ).format(name=info.path.name)
            )

        self._start("backup", work, done, self._couldnt_back_up)
        self.progress.emit(0, 0)
        self.working.emit(self.tr("Making the backup…"))
        return True

    def _couldnt_back_up(self, err: BaseException) -> str:
        return self.tr("The backup couldn't be made. {reason}").format(reason=_reason(self, err))

    # Automatic backups

    def set_backup_folder(self, folder: Path) -> str:
        """Remember ``folder`` for automatic backups; returns "" or why it was refused."""
        try:
            check_backup_folder(folder, self.service.folder)
        except VaultError as err:
            return str(err)
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
        if self._automatic_failed_on == today or self._job is not None:
            return  # said once today already; or busy: the next check will do it
        vault = self.service.vault

        def work(job: _Job) -> list[Path]:
            if (folder / backup_name(today)).is_file():  # (the folder may be on a slow drive)
                return []
            if not folder.exists() and not folder.parent.is_dir():
                raise VaultError(
                    f"The backup folder {folder} can't be reached. If it is on a drive "
                    "that is not connected now, connect it."
                )
            return self._on_second(
                vault,
                job,
                lambda db: rotate_backups(vault, folder, today, db=db, stop=job.stop.is_set),
            )

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

        self._start("automatic", work, done, failed, quiet=True)

    def refresh_last_backup(self) -> None:
        """Find the newest automatic backup in the folder (off the GUI thread: it may be
        on a slow drive); then ``last_backup_changed``."""
        folder = self.settings.backup_folder if self.settings.automatic_backups else None

        def newest() -> datetime | None:
            if folder is None:
                return None
            for _day, path in sorted(daily_backups(folder).items(), reverse=True):
                try:
                    return peek_backup(path).created_at
                except VaultError:
                    continue
            return None

        run_in_background(
            newest,
            lambda found: self._set_last_backup(self._newest(found, self._last_manual)),
            lambda _err: None,
        )

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
        if fmt == "pdf":
            return self._export_pdf(vault, out, coded)

        def work(job: _Job) -> Path:
            def write(db: Database) -> Path:
                beside = Vault(vault.folder, db, read_key_file(vault.folder), vault.clock)
                if fmt == "json":
                    from ..vault.exchange import write_json_export

                    write_json_export(beside, out)
                else:
                    from ..formats.markdown import write_markdown_export

                    write_markdown_export(beside, out)
                return out

            return self._on_second(vault, job, write, one_moment=True)

        self._start("export", work, lambda path: self._exported(path), self._couldnt_export)
        self.progress.emit(0, 0)
        self.working.emit(self.tr("Writing the export…"))
        return True

    def _export_pdf(self, vault: Vault, out: Path, coded: bool) -> bool:
        """The plan is read here (one small read); the page is laid out and written off
        the GUI thread: Qt lays text out in any thread, and the first PDF of a session
        spends some 80 ms loading fonts."""
        from ..printing.pdf import write_safety_plan_pdf

        try:
            plan = vault.safety_plan.get()
        except WellbeingError as err:
            self.failed.emit(self._couldnt_export(err))
            return False

        def work(_job: _Job) -> Path:
            write_safety_plan_pdf(plan, out, coded=coded)
            return out

        self._start("export", work, self._exported, self._couldnt_export)
        self.progress.emit(0, 0)
        self.working.emit(self.tr("Writing the export…"))
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
        vault = self.service.vault
        path = Path(path)

        def work(job: _Job) -> tuple[int, int]:
            reading = self._reporter(job, "read")
            text = read_journal_file(path, progress=reading)
            entries = parse_journal(text, fmt, progress=self._reporter(job, "check"))
            del text
            adding = self._reporter(job, "add")
            adding(0, len(entries))

            def add(db: Database) -> tuple[int, int]:
                beside = Vault(vault.folder, db, read_key_file(vault.folder), vault.clock)
                return beside.journal.add_new(entries, progress=adding)

            return self._on_second(vault, job, add, read_only=False)

        self._start("import", work, self._imported, self._couldnt_import)
        self.progress.emit(0, 0)
        self.working.emit(self.tr("Reading the file…"))
        return True

    def cancel(self) -> None:
        """Stop the running import or export; nothing of it is kept."""
        if self._job is not None and self._job.kind in ("import", "export"):
            self._job.stop.set()

    def _imported(self, counts: tuple[int, int]) -> None:
        self.finished.emit(self.imported_message(*counts))
        if counts[0]:
            self.service.journal_changed.emit()

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
            return str(err)
        return self.tr("Nothing was imported. {reason}").format(reason=_reason(self, err))

    # Running operations

    def _can_start(self) -> bool:
        if not self.service.is_unlocked:
            return False
        if self._job is not None:
            if self._job.kind != "automatic":
                return False
            # Today's automatic backup gives way to what the person asked for.
            self._abandon(self._job)
        return True

    def _start(
        self,
        kind: str,
        work: Callable[[_Job], Any],
        on_success: Callable[[Any], None],
        on_error: Callable[[BaseException], str],
        *,
        quiet: bool = False,
    ) -> None:
        """Run ``work(job)`` off the GUI thread; then ``on_success(result)``, or
        ``on_error(err)`` whose message (if any) goes out as ``failed``. ``quiet`` work
        (the automatic backup) does not make the service busy."""
        job = _Job(kind)
        self._job = job

        def run() -> Any:
            try:
                job.result = work(job)
                return job.result
            except BaseException as err:
                job.error = err
                raise
            finally:
                job.done.set()

        def succeeded(result: Any) -> None:
            if self._end(job):
                on_success(result)

        def errored(err: BaseException) -> None:
            if not self._end(job):
                return
            if isinstance(err, ImportCancelled):
                self.stopped.emit(str(err))
                return
            message = on_error(err)
            if message:
                self.failed.emit(message)

        if not quiet:
            self.busy_changed.emit(True)
        _responsive.enter()
        run_in_background(run, succeeded, errored)

    def _end(self, job: _Job) -> bool:
        """True when ``job``'s outcome is still to be told (not stopped by a lock)."""
        if job.reported:
            return False
        job.reported = True
        _responsive.leave()
        if self._job is job:
            self._job = None
            if job.kind != "automatic":
                self.busy_changed.emit(False)
        return True

    def _abandon(self, job: _Job) -> None:
        """Stop ``job`` and forget it: its worker removes what it started."""
        job.stop.set()
        if not job.reported:
            _responsive.leave()
        job.reported = True
        if self._job is job:
            self._job = None

    def _on_second(
        self,
        vault: Vault,
        job: _Job,
        use: Callable[[Database], Any],
        *,
        read_only: bool = True,
        one_moment: bool = False,
    ) -> Any:
        """Run ``use`` with a second connection to the vault, closed afterwards. With
        ``one_moment`` it reads inside one read transaction (an export is one moment
        even while the app saves)."""
        if job.stop.is_set():
            raise VaultLockedError("The vault was locked before this could start.")
        db = vault.db.open_second(read_only=read_only)
        job.connection = db
        try:
            if not one_moment:
                return use(db)
            db.execute("BEGIN")
            try:
                return use(db)
            finally:
                if not db.closed:
                    db.execute("COMMIT")
        finally:
            db.close()

    def _reporter(self, job: _Job, stage: str) -> Callable[[int, int], None]:
        """A progress callback for the worker: raises ImportCancelled once ``job`` is
        stopped, and passes progress on at most every 50 ms (and at each end)."""
        last = [0.0]

        def report(done: int, total: int) -> None:
            if job.stop.is_set():
                raise ImportCancelled()
            now = time.monotonic()
            if now - last[0] >= _REPORT_EVERY_S or done >= total:
                last[0] = now
                self._relay.progressed.emit(job, done, total, stage)

        return report

    def _progressed(self, job: _Job, done: int, total: int, stage: str) -> None:
        if job is not self._job or job.reported:
            return
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
        """Stop what runs and wait for it (briefly), before the connection closes."""
        self.daily_timer.stop()
        self.after_unlock.stop()
        job = self._job
        if job is None:
            return
        job.stop.set()
        connection = job.connection
        if not job.done.wait(0.25) and connection is not None:
            # Work that does not look at ``stop`` (an export's reads): closing its
            # connection waits for the statement running now; the next one fails.
            connection.close()
        job.done.wait(self.LOCK_WAIT_S)
        finished_first = job.done.is_set() and job.error is None
        self._end(job)
        if job.kind == "import":
            if finished_first:  # it was written just before the lock: say so
                self._imported(job.result)
            else:
                self.stopped.emit(
                    self.tr("The import stopped when Wellbeing locked. Nothing was imported.")
                )
        elif job.kind == "backup":
            if finished_first:
                self.finished.emit(self.tr("The backup was made just before Wellbeing locked."))
            else:
                self.stopped.emit(
                    self.tr(
                        "The backup stopped when Wellbeing locked, and no file was made. "
                        "Unlock and choose Back up now to make it."
                    )
                )
        elif job.kind == "export":
            self.stopped.emit(
                self.tr("The export stopped when Wellbeing locked, and no file was made.")
                if not finished_first
                else self.tr("The export was saved just before Wellbeing locked.")
            )


class _Responsive:
    """While work runs beside the GUI: a shorter GIL switch interval, and no cyclic
    garbage collection.

    An import's checking is Python code on the worker thread. Each time the GUI thread
    comes back from Qt (many times per event: PySide lets go of the GIL around Qt's
    calls) it waits for the worker to hand the GIL over, up to the switch interval
    (5 ms); 0.5 ms keeps a 10 ms timer on time. And the thousands of entries an import
    holds make Python's cyclic collector walk the whole heap now and then, with the GIL
    held (about 50 ms in a running app); nothing an import makes needs it, so it waits
    until the work is done (memory is freed by reference counting meanwhile).
    """

    INTERVAL = 0.0005

    def __init__(self) -> None:
        self._count = 0
        self._saved = sys.getswitchinterval()
        self._collecting = True

    def enter(self) -> None:
        if self._count == 0:
            self._saved = sys.getswitchinterval()
            sys.setswitchinterval(min(self._saved, self.INTERVAL))
            self._collecting = gc.isenabled()
            gc.disable()
        self._count += 1

    def leave(self) -> None:
        self._count = max(self._count - 1, 0)
        if self._count == 0:
            sys.setswitchinterval(self._saved)
            if self._collecting:
                gc.enable()


_responsive = _Responsive()


def _reason(owner: QObject, err: BaseException) -> str:
    """The error in words for the person: our own messages as they are; a file system
    error by its plain reason; anything else by its kind only (never a traceback)."""
    if isinstance(err, WellbeingError):
        return str(err)
    if isinstance(err, OSError):
        return owner.tr("The file system said: {reason}.").format(
            reason=err.strerror or type(err).__name__
        )
    return owner.tr("Something unexpected happened ({kind}); nothing was changed.").format(
        kind=type(err).__name__
    )
