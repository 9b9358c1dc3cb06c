"""The one runner for slow work: key derivation, backups, restores, imports, exports,
moving the vault, forgetting history.

``Operation(parent, work).success(cb).failure(cb).progress(cb).run_in_background()``
runs ``work(job)`` in Qt's thread pool and calls back on the GUI thread (Anki's
``CollectionOp`` in spirit); ``.run()`` does the same work on the GUI thread, for the few
that are quick enough (a save takes 1-6 ms and stays there: see ``VaultService.write``).
Nothing else in the app starts a thread.

What the work gets, the :class:`Job`:

- ``job.stopped()`` / ``job.check()``: a stop flag set by :meth:`Running.cancel` or by
  the vault locking; work that can stop looks at it and leaves nothing half-done;
- ``job.report(done, total, stage)``: progress, passed to the GUI at most every 50 ms
  (and at each end); it raises :class:`ImportCancelled` once the job is stopped, which
  the cores pass through (an import rolls back, see ``JournalRepository.add_new``);
- ``job.second_connection(vault)``: a second SQLCipher connection beside the app's own,
  so the app keeps reading and saving while a backup or export reads one moment, or an
  import writes its one transaction (SQLite's WAL).

``.stops_on(service.locking, on_locked)`` is the lock handshake: when the vault is about
to lock, the job is stopped and waited for (up to :data:`LOCK_WAIT_S`); work that does
not look at the flag has its second connection closed under it (the statement running
finishes, the next one fails), so nothing is left open when the vault closes. Then
``on_locked(finished, result)`` says whether the work got done just before the lock,
and none of the other callbacks run.
"""

from __future__ import annotations

import contextlib
import gc
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from shiboken6 import Shiboken

from ..domain.errors import VaultLockedError
from ..formats.importing import ImportCancelled
from ..vault.db import Database
from ..vault.vault import Vault, read_key_file
from ..vault.whole import one_moment as read_transaction

T = TypeVar("T")

#: Progress reports reach the GUI at most this often.
REPORT_EVERY_S = 0.05
#: How long a lock waits for a running operation to stop (it checks every few ms).
LOCK_WAIT_S = 5.0
#: How long a lock waits before closing the second connection under work that does not
#: look at the stop flag.
_CLOSE_AFTER_S = 0.25

Progress = Callable[[int, int, str], None]


class Job:
    """The running work's side of an operation. ``stop`` and ``done`` cross threads; the
    rest is written by the worker before ``done`` is set, and read on the GUI thread
    after."""

    def __init__(self, relay: _Relay | None = None) -> None:
        self.stop = threading.Event()
        self.done = threading.Event()
        self.result: Any = None
        self.error: BaseException | None = None
        #: The second connection open now, so a lock can close it under the worker.
        self.connection: Database | None = None
        self._relay = relay
        self._last_report = 0.0

    def stopped(self) -> bool:
        """True once cancelled, or the vault is locking (for ``stop=`` arguments)."""
        return self.stop.is_set()

    def check(self) -> None:
        """Raise :class:`ImportCancelled` once the job is stopped."""
        if self.stop.is_set():
            raise ImportCancelled()

    def report(self, done: int, total: int, stage: str = "") -> None:
        """Tell the GUI how far the work got (throttled); stops the work once stopped."""
        self.check()
        now = time.monotonic()
        if now - self._last_report >= REPORT_EVERY_S or done >= total:
            self._last_report = now
            if self._relay is not None:
                self._relay.progressed.emit(done, total, stage)

    def reporter(self, stage: str) -> Callable[[int, int], None]:
        """``report`` for one stage, in the ``progress(done, total)`` shape the cores take."""
        return lambda done, total: self.report(done, total, stage)

    @contextmanager
    def second_connection(
        self, vault: Vault, *, read_only: bool = True, one_moment: bool = False
    ) -> Iterator[Vault]:
        """A :class:`Vault` on a second connection to ``vault``'s database, closed after.

        With ``one_moment`` everything is read inside one read transaction (an export is
        one moment even while the app saves). Refused once the job is stopped.
        """
        if self.stop.is_set():
            raise VaultLockedError("The vault was locked before this could start.")
        db = vault.db.open_second(read_only=read_only)
        self.connection = db
        try:
            beside = Vault(vault.folder, db, read_key_file(vault.folder), vault.clock)
            if not one_moment:
                yield beside
                return
            with read_transaction(db):
                yield beside
        finally:
            self.connection = None
            db.close()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the GUI hears (queued)."""

    succeeded = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int, str)


class _Worker(QRunnable):
    def __init__(self, work: Callable[[], None]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        self._work()


class Running:
    """A started operation, for whoever started it: cancel it, or ask what it is."""

    def __init__(self, job: Job, initiator: object | None) -> None:
        self.job = job
        #: Who started it (a screen, a service); the callbacks do not see it.
        self.initiator = initiator
        #: Its outcome was told (or it was abandoned): no callback runs any more.
        self.reported = False
        self._on_end: Callable[[], None] = lambda: None

    @property
    def done(self) -> bool:
        return self.job.done.is_set()

    def cancel(self) -> None:
        """Ask the work to stop; it ends through ``stopped`` (or ``failure``)."""
        self.job.stop.set()

    def abandon(self) -> None:
        """Stop the work and forget it: it removes what it started; nothing is told."""
        self.job.stop.set()
        self._end()

    def wait(self, timeout_s: float) -> bool:
        """Block until the work is over (or ``timeout_s``); True when it is."""
        return self.job.done.wait(timeout_s)

    def _end(self) -> bool:
        """True the first time: the outcome is still to be told."""
        if self.reported:
            return False
        self.reported = True
        self._on_end()
        return True


class Operation(Generic[T]):
    """A piece of work and what to do with its outcome; see the module's docstring."""

    def __init__(self, parent: QObject | None, work: Callable[[Job], T]) -> None:
        #: Who the outcome is for (a dialog, a screen, a service): once it is gone (a
        #: dialog closed meanwhile), the callbacks are not called.
        self._parent = parent
        self._work = work
        self._on_success: Callable[[T], None] = lambda _result: None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._on_progress: Progress | None = None
        self._on_stopped: Callable[[ImportCancelled], None] | None = None
        self._locking: SignalInstance | None = None
        self._on_locked: Callable[[bool, Any], None] = lambda _finished, _result: None

    def success(self, callback: Callable[[T], None]) -> Operation[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> Operation[T]:
        """Called with the error (any exception the work raised). Without one, an error
        is raised again on the GUI thread, like any other bug."""
        self._on_failure = callback
        return self

    def progress(self, callback: Progress) -> Operation[T]:
        """``callback(done, total, stage)``; ``total`` 0 means "not known"."""
        self._on_progress = callback
        return self

    def stopped(self, callback: Callable[[ImportCancelled], None]) -> Operation[T]:
        """Called instead of ``failure`` when the work stopped because it was asked to."""
        self._on_stopped = callback
        return self

    def stops_on(
        self, locking: SignalInstance, on_locked: Callable[[bool, Any], None] | None = None
    ) -> Operation[T]:
        """The lock handshake (see the module's docstring): ``locking`` is the session's
        ``locking`` signal; ``on_locked(finished, result)`` runs inside it."""
        self._locking = locking
        if on_locked is not None:
            self._on_locked = on_locked
        return self

    # Running

    def run(self) -> T | None:
        """Do the work here, on the calling thread; the callbacks run before this returns.
        Returns the result, or None when it failed or stopped."""
        job = Job()
        try:
            job.result = self._work(job)
        except BaseException as err:
            self._fail(err)
            return None
        finally:
            job.done.set()
        self._on_success(job.result)
        return job.result  # type: ignore[no-any-return]

    def run_in_background(self, *, initiator: object | None = None) -> Running:
        """Start the work in the thread pool; the callbacks run on the GUI thread."""
        relay = _Relay()
        job = Job(relay)
        running = Running(job, initiator)
        _responsive.enter()
        _alive.add(relay)
        locking = self._locking
        if locking is not None:
            handshake = lambda: self._lock_handshake(running)  # noqa: E731
            locking.connect(handshake)

        def ended() -> None:
            _responsive.leave()
            if locking is not None:
                with contextlib.suppress(RuntimeError, TypeError):  # the session is gone
                    locking.disconnect(handshake)

        running._on_end = ended

        def succeeded(result: Any) -> None:
            _alive.discard(relay)  # the worker is done with it
            if running._end() and self._parent_alive():
                self._on_success(result)

        def failed(err: BaseException) -> None:
            _alive.discard(relay)
            if running._end() and self._parent_alive():
                self._fail(err)

        def progressed(done: int, total: int, stage: str) -> None:
            if not running.reported and self._on_progress is not None and self._parent_alive():
                self._on_progress(done, total, stage)

        relay.succeeded.connect(succeeded)
        relay.failed.connect(failed)
        relay.progressed.connect(progressed)

        def work() -> None:
            try:
                job.result = self._work(job)
            except BaseException as err:  # told on the GUI thread
                job.error = err
                job.done.set()
                relay.failed.emit(err)
            else:
                job.done.set()
                relay.succeeded.emit(job.result)

        QThreadPool.globalInstance().start(_Worker(work))
        return running

    def _parent_alive(self) -> bool:
        return self._parent is None or Shiboken.isValid(self._parent)

    def _fail(self, err: BaseException) -> None:
        if isinstance(err, ImportCancelled) and self._on_stopped is not None:
            self._on_stopped(err)
        elif self._on_failure is not None:
            self._on_failure(err)
        else:
            raise err

    def _lock_handshake(self, running: Running) -> None:
        """Stop the work and wait for it (briefly), before the vault's connection closes."""
        if running.reported:
            return
        job = running.job
        job.stop.set()
        connection = job.connection
        if not job.done.wait(_CLOSE_AFTER_S) and connection is not None:
            # Work that does not look at ``stop`` (an export's reads): closing its
            # connection waits for the statement running now; the next one fails.
            connection.close()
        job.done.wait(LOCK_WAIT_S)
        finished = job.done.is_set() and job.error is None
        running._end()
        if self._parent_alive():
            self._on_locked(finished, job.result if finished else None)


def wait_for_operations(timeout_ms: int = 30_000) -> bool:
    """Block until no operation runs (used at quit, so nothing half-done is abandoned)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


_alive: set[_Relay] = set()


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
