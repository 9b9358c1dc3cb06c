"""Typing in the journal while the app's own import holds the vault's write lock.

A real import (a real file, read, checked and added on its second connection, as in the
app) is held inside its one transaction, after its first batch is written, until the
test lets it go. Whatever the GUI thread does meanwhile must come back while the import
is still held: it could not have come back if it waited for the write lock, because the
hold is let go only afterwards. Then the words typed must be in the vault, whether the
import finished or a lock stopped it (and rolled it back) first.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from tests.conftest import PASSPHRASE
from tests.gui.helpers import show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.errors import Problem, StorageError
from wellbeing.domain.journal import JournalEntry
from wellbeing.services import operations
from wellbeing.services.data_service import DataService
from wellbeing.services.write_queue import PENDING
from wellbeing.ui.screens.journal import JournalScreen
from wellbeing.ui.widgets.saved_sign import SavedSign
from wellbeing.vault.repos.journal import JournalRepository

pytestmark = pytest.mark.gui

IMPORTED = 1000
WRITTEN = datetime(2026, 2, 20, 21, 0, tzinfo=UTC)


class Hold:
    """Holds the import inside its transaction, after its first batch, until
    :meth:`let_go` (or until it is stopped: it keeps asking the real progress callback,
    which raises once the import is cancelled or the vault locks). A hang guard gives
    up after about a minute; ``ended`` says how the hold ended."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self._release = threading.Event()
        self.ended: list[str] = []
        original = JournalRepository.add_new

        def add_new(repo, entries, *, progress=None, batch=200):
            def held(done: int, total: int) -> None:
                progress(done, total)
                if not done or self.reached.is_set():
                    return
                self.reached.set()
                try:
                    for _ in range(12_000):
                        if self._release.wait(0.005):
                            self.ended.append("let go")
                            return
                        progress(done, total)  # raises once the import is stopped
                except BaseException:
                    self.ended.append("stopped")
                    raise
                self.ended.append("gave up")

            return original(repo, entries, progress=held, batch=batch)

        monkeypatch.setattr(JournalRepository, "add_new", add_new)

    @property
    def holding(self) -> bool:
        return self.reached.is_set() and not self.ended

    def let_go(self) -> None:
        self._release.set()


def big_file(path: Path, count: int = IMPORTED) -> Path:
    start = datetime(2018, 1, 1, 8, 0, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            at = (start + timedelta(hours=i)).isoformat()
            handle.write(json.dumps({"at": at, "title": f"Day {i}", "body": f"Old day {i}."}))
            handle.write("\n")
    return path


@pytest.fixture
def data(service, settings, clock) -> Iterator[DataService]:
    made = DataService(service, settings, clock=clock)
    made.after_unlock.stop()
    yield made
    made.cancel()


@pytest.fixture
def screen(qtbot, service) -> JournalScreen:
    service.vault.journal.add(JournalEntry(None, "Tuesday", "Planted beans.", created_at=WRITTEN))
    widget = JournalScreen(service)
    qtbot.addWidget(widget)
    show_active(qtbot, widget, size=(1100, 750))
    widget.load()
    widget.list_view.setCurrentIndex(widget.list_view.model().index(0, 0))
    assert widget.editor.entry is not None and widget.editor.entry.title == "Tuesday"
    return widget


@pytest.fixture
def said(service) -> dict[str, list]:
    heard: dict[str, list] = {"queued": [], "failed": [], "changed": []}
    service.save_queued.connect(heard["queued"].append)
    service.save_failed.connect(heard["failed"].append)
    service.changed.connect(lambda changes, initiator: heard["changed"].append(initiator))
    return heard


def type_at_end(qtbot, screen: JournalScreen, words: str) -> None:
    body = screen.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, words)


def start_held_import(qtbot, data: DataService, hold: Hold, tmp_path: Path) -> None:
    assert data.import_journal(big_file(tmp_path / "diary.jsonl"))
    qtbot.waitUntil(hold.reached.is_set, timeout=30_000)


def stored_body(service) -> str:
    (entry,) = [e for e in service.vault.journal.recent(limit=5) if e.title == "Tuesday"]
    return entry.body


def test_typing_during_an_import_returns_at_once_and_is_saved_when_it_ends(
    qtbot, service, data, screen, said, tmp_path, monkeypatch
) -> None:
    sign = SavedSign()
    service.save_queued.connect(sign.show_pending)
    service.saved.connect(sign.show_saved)
    hold = Hold(monkeypatch)
    try:
        start_held_import(qtbot, data, hold, tmp_path)
        type_at_end(qtbot, screen, " Then rain, so I read by the window.")
        screen.flush()  # what the 700 ms pause (or switching entries) would do
        # Back on the GUI thread while the import still holds its transaction: the save
        # did not wait for the write lock (the hold is let go only below).
        assert hold.holding
        assert said["queued"] == [service.queued_message()] and said["failed"] == []
        assert sign.text() == service.queued_message()
        assert service.writes_kept == 1
        assert stored_body(service) == "Planted beans."  # not yet: the import holds it
        assert screen.editor.body_edit.toPlainText().endswith("read by the window.")

        type_at_end(qtbot, screen, " Tea.")  # typing goes on, kept behind the first
        screen.flush()
        assert hold.holding and service.writes_kept == 2
        screen.flush()  # nothing new: the same words are not kept twice
        assert service.writes_kept == 2
    finally:
        hold.let_go()
    with qtbot.waitSignal(data.finished, timeout=60_000) as done:
        pass
    assert done.args[0] == f"Imported {QLocale().toString(IMPORTED)} entries."
    assert hold.ended == ["let go"]
    assert service.writes_kept == 0
    assert stored_body(service) == "Planted beans. Then rain, so I read by the window. Tea."
    assert service.vault.journal.count() == IMPORTED + 1
    assert said["failed"] == []
    assert said["changed"][:2] == [screen, screen]  # announced as they landed, as its own
    assert sign.text() == "Saved, encrypted, on this computer only"
    assert not screen.autosave.pending
    screen.flush()
    assert service.vault.journal.count() == IMPORTED + 1


def test_locking_during_an_import_rolls_it_back_then_saves_what_was_typed(
    qtbot, service, data, screen, said, tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(operations, "LOCK_WAIT_S", 600.0)  # the lock stops it, never waits out
    hold = Hold(monkeypatch)
    stopped: list[str] = []
    data.stopped.connect(stopped.append)
    try:
        start_held_import(qtbot, data, hold, tmp_path)
        type_at_end(qtbot, screen, " Kept while importing.")
        screen.flush()
        assert hold.holding and service.writes_kept == 1
        type_at_end(qtbot, screen, " And more, still waiting for its pause.")
        assert screen.autosave.pending
        service.lock()  # Ctrl+L, the idle lock or quick exit
    finally:
        hold.let_go()
    assert hold.ended == ["stopped"]  # by the lock, not let go
    assert stopped == ["The import stopped when Wellbeing locked. Nothing was imported."]
    assert said["failed"] == []
    assert screen.editor.body_edit.toPlainText() == ""  # the screen holds nothing now

    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    assert service.vault.journal.count() == 1  # the import rolled back
    assert stored_body(service) == (
        "Planted beans. Kept while importing. And more, still waiting for its pause."
    )
    assert service.vault.check().ok


def test_a_kept_save_that_fails_later_says_so_and_the_editor_keeps_the_words(
    qtbot, service, data, screen, said, tmp_path, monkeypatch
) -> None:
    hold = Hold(monkeypatch)
    original = JournalRepository.update
    full = [True]

    def update(repo, entry):
        if full[0]:
            raise StorageError(
                "The disk is full. Nothing was lost; free some space and try again.",
                problem=Problem.FULL,
            )
        return original(repo, entry)

    try:
        start_held_import(qtbot, data, hold, tmp_path)
        type_at_end(qtbot, screen, " Words for a full disk.")
        screen.flush()
        assert hold.holding and service.writes_kept == 1
        monkeypatch.setattr(JournalRepository, "update", update)
    finally:
        hold.let_go()
    qtbot.waitUntil(lambda: not data.is_busy, timeout=60_000)
    assert said["failed"] == [service.storage_message(Problem.FULL)]
    assert screen.editor.body_edit.toPlainText() == "Planted beans. Words for a full disk."
    assert stored_body(service) == "Planted beans."
    assert screen.autosave.pending  # the next flush (a switch, a lock) tries again

    full[0] = False  # some space was freed
    screen.flush()
    assert stored_body(service) == "Planted beans. Words for a full disk."
    assert not screen.autosave.pending


def test_a_change_that_cannot_wait_is_refused_at_once_and_kindly(
    qtbot, service, data, screen, said, tmp_path, monkeypatch
) -> None:
    """A new entry needs its id now: while the import holds the lock it is not kept
    behind the person's back, but refused at once, with a word; nothing was changed."""
    hold = Hold(monkeypatch)
    try:
        start_held_import(qtbot, data, hold, tmp_path)
        got = service.write(
            lambda v: v.journal.add(JournalEntry(None, "New", "", created_at=WRITTEN)),
            changes=Kind.JOURNAL,
        )
        assert hold.holding
        assert got is None and said["failed"] == [service.busy_message()]
        assert service.writes_kept == 0
        kept = service.write(
            lambda v: v.journal.count(), changes=Kind.JOURNAL, later=lambda _result: None
        )
        assert kept is PENDING and hold.holding
    finally:
        hold.let_go()
    qtbot.waitUntil(lambda: not data.is_busy, timeout=60_000)
    assert service.vault.journal.count() == IMPORTED + 1
