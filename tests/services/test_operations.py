"""The operations runner: real work in Qt's thread pool, outcomes told on the GUI thread.

Success, failure and progress; a cancel half-way leaves nothing half-done; a lock during
an operation waits for it and closes its second connection; the synchronous mode.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from wellbeing.domain.journal import JournalEntry
from wellbeing.formats.importing import ImportCancelled
from wellbeing.services import operations, ops
from wellbeing.services.operations import Job, Operation
from wellbeing.services.vault_service import VaultService

pytestmark = pytest.mark.gui


@pytest.fixture
def service(qtbot, vault_dir: Path, clock: FakeClock) -> Iterator[VaultService]:
    svc = VaultService(vault_dir, clock=clock, kdf=FAST_KDF)
    with qtbot.waitSignal(svc.unlocked, timeout=20_000):
        svc.unlock(PASSPHRASE)
    yield svc
    svc.lock()


def _entries(count: int) -> list[JournalEntry]:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    return [
        JournalEntry(None, f"Day {n}", f"entry number {n}", start + timedelta(hours=n))
        for n in range(count)
    ]


def test_success_and_progress_are_told_on_the_gui_thread(qtbot) -> None:
    gui = threading.get_ident()
    seen: dict[str, Any] = {"progress": []}

    def work(job: Job) -> int:
        seen["worker"] = threading.get_ident()
        for done in range(1, 201):
            job.report(done, 200, "count")
            time.sleep(0.001)
        return 42

    def succeeded(result: int) -> None:
        seen["result"] = (result, threading.get_ident())

    def progressed(done: int, total: int, stage: str) -> None:
        seen["progress"].append((done, total, stage, threading.get_ident()))

    running = Operation(None, work).success(succeeded).progress(progressed).run_in_background()
    qtbot.waitUntil(lambda: "result" in seen, timeout=10_000)
    assert seen["result"] == (42, gui)
    assert seen["worker"] != gui
    assert running.done and running.reported
    reports = seen["progress"]
    assert reports and all(thread == gui for *_, thread in reports)
    assert reports[-1][:3] == (200, 200, "count")  # the end is always told
    assert len(reports) < 50  # ~200 ms of work, reported at most every 50 ms (and the end)


def test_a_failure_is_told_with_the_error_and_success_is_not(qtbot) -> None:
    told: list[Any] = []

    def work(_job: Job) -> None:
        raise OSError(28, "No space left on device")

    Operation(None, work).success(told.append).failure(
        lambda err: told.append(("failed", err, threading.get_ident()))
    ).run_in_background()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    qtbot.wait(20)
    assert len(told) == 1
    kind, err, thread = told[0]
    assert kind == "failed" and isinstance(err, OSError) and err.errno == 28
    assert thread == threading.get_ident()


def test_cancel_half_way_through_an_import_adds_nothing(qtbot, service) -> None:
    """The work writes through a second connection in one transaction; the stop flag,
    seen by its progress, rolls it back whole."""
    vault = service.vault
    before = vault.journal.count()
    half = threading.Event()
    told: list[Any] = []

    def work(job: Job) -> tuple[int, int]:
        def progress(done: int, total: int) -> None:
            if done >= 200:
                half.set()
                job.stop.wait(10)  # hold here, inside the transaction, until cancelled
            job.report(done, total, "add")

        with job.second_connection(vault, read_only=False) as beside:
            return beside.journal.add_new(_entries(1000), progress=progress, batch=100)

    running = (
        Operation(None, work)
        .success(lambda counts: told.append(("done", counts)))
        .failure(lambda err: told.append(("failed", err)))
        .stopped(lambda err: told.append(("stopped", err)))
        .run_in_background()
    )
    qtbot.waitUntil(half.is_set, timeout=10_000)
    running.cancel()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert told[0][0] == "stopped" and isinstance(told[0][1], ImportCancelled)
    assert vault.journal.count() == before  # not 200, not 1000: nothing
    assert service.vault.check().ok


def test_a_lock_waits_for_the_operation_and_closes_its_second_connection(
    qtbot, service, monkeypatch
) -> None:
    """Work that never looks at the stop flag (an export's reads): the lock closes its
    connection under it, the work fails on its next statement, the lock goes on.

    No clock: the lock may wait far longer than the work could run (``LOCK_WAIT_S``),
    so it can only have returned early because the work ended, and the work says how
    it ended: its connection closed under it, not its own 2,000 reads running out."""
    monkeypatch.setattr(operations, "LOCK_WAIT_S", 600.0)
    vault = service.vault
    reading = threading.Event()
    connections: list[Any] = []
    told: list[Any] = []
    ended: list[str] = []

    def work(job: Job) -> int:
        with job.second_connection(vault, one_moment=True) as beside:
            connections.append(beside.db)
            reading.set()
            try:
                for _ in range(2000):  # about 10 s of reads, unless the lock stops them
                    beside.db.one("SELECT count(*) FROM journal_entries")
                    time.sleep(0.005)
            except Exception:
                ended.append("its connection was closed")
                raise
            ended.append("its reads ran out")
        return 1

    def locked(finished: bool, _result: Any) -> None:
        told.append(("locked", finished, connections[0].closed, running.done, list(ended)))

    operation = Operation(None, work).success(lambda r: told.append(("done", r)))
    operation.failure(lambda err: told.append(("failed", err))).stops_on(service.locking, locked)
    running = operation.run_in_background()
    qtbot.waitUntil(reading.is_set, timeout=10_000)
    service.lock()
    # Told inside the lock (before the vault closed), with the second connection closed,
    # once the work had ended, and it ended because its connection was closed.
    once = [("locked", False, True, True, ["its connection was closed"])]
    assert told == once
    qtbot.wait(100)
    assert told == once  # the worker's own ending says nothing more


def test_work_done_just_before_the_lock_is_told_as_done(qtbot, service) -> None:
    finished = threading.Event()
    told: list[Any] = []

    def work(job: Job) -> str:
        with job.second_connection(service.vault) as beside:
            count = beside.journal.count()
        finished.set()
        return f"{count} entries"

    running = (
        Operation(None, work)
        .success(lambda r: told.append(("done", r)))
        .stops_on(service.locking, lambda done, result: told.append(("locked", done, result)))
        .run_in_background()
    )
    # Waited for without running the event loop: the success waits in the queue.
    assert running.wait(10) and finished.is_set()
    service.lock()
    assert told == [("locked", True, "0 entries")]
    qtbot.wait(50)
    assert len(told) == 1


def test_a_backup_stopped_by_a_lock_leaves_no_file(qtbot, service, tmp_path, monkeypatch) -> None:
    from wellbeing.services.ops import backups

    reached = threading.Event()
    original = backups.create_backup

    def slow(vault, out, *, db=None, stop=None):
        def asked() -> bool:
            reached.set()
            time.sleep(0.005)
            return stop()

        db.SNAPSHOT_STEP_PAGES = 1
        return original(vault, out, db=db, stop=asked)

    monkeypatch.setattr(backups, "create_backup", slow)
    folder = tmp_path / "copies"
    folder.mkdir()
    told: list[Any] = []
    ops.back_up(parent=None, service=service, out=folder / "b.wbbackup").success(
        told.append
    ).stops_on(service.locking, lambda done, _r: told.append(("locked", done))).run_in_background()
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    service.lock()
    assert told == [("locked", False)]
    assert operations.wait_for_operations(10_000)
    assert list(folder.iterdir()) == []  # no backup, no staging folder


def test_the_synchronous_mode_tells_before_it_returns() -> None:
    told: list[Any] = []
    result = Operation(None, lambda _job: 7).success(told.append).run()
    assert result == 7 and told == [7]

    def fails(_job: Job) -> int:
        raise ValueError("no")

    assert Operation(None, fails).failure(told.append).run() is None
    assert isinstance(told[-1], ValueError)


def test_nothing_is_told_to_a_parent_that_is_gone(qtbot) -> None:
    from PySide6.QtCore import QObject
    from shiboken6 import Shiboken

    parent = QObject()
    release = threading.Event()
    told: list[Any] = []
    running = (
        Operation(parent, lambda _job: release.wait(10))
        .success(told.append)
        .failure(told.append)
        .run_in_background()
    )
    Shiboken.delete(parent)  # a dialog closed while its work runs
    release.set()
    qtbot.waitUntil(lambda: running.reported, timeout=10_000)
    assert told == []
