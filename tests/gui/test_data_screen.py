"""'Your data': back up now, automatic daily backups, exports, and journal imports.

Driven as a person would: buttons clicked, choices made by mouse and keyboard; the file
dialogs are answered by ``screen.choose_path`` (replaced here). Every import and backup
runs off the GUI thread on a second connection, as in the app.
"""

from __future__ import annotations

import json
import stat
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt, QTimer
from PySide6.QtWidgets import QAbstractButton, QPushButton

from tests.conftest import FAST_KDF, PASSPHRASE, FakeClock
from tests.formats.test_journal_formats import DAYONE, JRNL
from tests.gui.helpers import focused, held_texts, pdf_text, tab_to
from tests.gui.test_accessibility import _unnamed
from tests.vault.test_backup import _tables
from tests.vault.test_exchange import _state, fill
from wellbeing.domain.changes import Kind
from wellbeing.domain.journal import JournalEntry
from wellbeing.services import operations
from wellbeing.services.data_service import DataService
from wellbeing.services.settings import Settings
from wellbeing.services.vault_service import VaultService
from wellbeing.ui.screens.data import DataScreen
from wellbeing.ui.screens.data.words import last_backup_words
from wellbeing.vault.backup import backup_name, days_to_keep, read_backup, restore_backup
from wellbeing.vault.exchange import import_export
from wellbeing.vault.repos.journal import JournalRepository
from wellbeing.vault.vault import Vault

pytestmark = pytest.mark.gui


class Answers:
    """Stands in for the file dialogs: each call takes the next answer (None: Cancel)."""

    def __init__(self) -> None:
        self.queue: list[Path | None] = []
        self.asked: list[tuple[str, str]] = []

    def __call__(self, mode: str, title: str, start: Path, filters: str) -> Path | None:
        self.asked.append((mode, title))
        assert self.queue, f"an unexpected {mode} dialog: {title!r}"
        return self.queue.pop(0)


@pytest.fixture
def data(service: VaultService, settings: Settings, clock: FakeClock) -> Iterator[DataService]:
    made = DataService(service, settings, clock=clock)
    made.after_unlock.setInterval(0)
    yield made
    made.cancel()


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def messages() -> list[str]:
    return []


@pytest.fixture
def screen(qtbot, service, data, answers, messages) -> DataScreen:
    made = DataScreen(service, data)
    made.choose_path = answers  # type: ignore[method-assign]
    made.show_message = messages.append  # type: ignore[method-assign]
    qtbot.addWidget(made)
    made.resize(1000, 800)
    made.show()
    made.load()
    return made


def click(qtbot, button) -> None:
    """A click where a person would click: check boxes and radio buttons on their mark
    (they may stretch far to the right of their words)."""
    assert button.isEnabled() and button.isVisible(), button.accessibleName()
    if isinstance(button, QAbstractButton) and not isinstance(button, QPushButton):
        at = QPoint(8, button.height() // 2)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=at)
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def ended(qtbot, data: DataService, action, timeout: int = 20_000) -> str:
    """Run ``action`` (a click) and wait for the service to say how it ended."""
    said: list[str] = []
    signals = [data.finished, data.failed, data.stopped]
    for signal in signals:
        signal.connect(said.append)
    try:
        action()
        qtbot.waitUntil(lambda: bool(said), timeout=timeout)
    finally:
        for signal in signals:
            signal.disconnect(said.append)
    qtbot.waitUntil(lambda: not data.is_busy, timeout=timeout)
    return said[0]


def add_entries(service: VaultService, count: int, start: datetime) -> None:
    with service.vault.transaction():
        for i in range(count):
            service.vault.journal.add(
                JournalEntry(None, f"Had {i}", f"Old words {i}", start + timedelta(hours=i))
            )


# Backing up now


def test_back_up_now_restores_to_an_equal_vault(
    qtbot, service, screen, answers, clock, tmp_path
) -> None:
    fill(service.vault, clock)
    out = tmp_path / "copies" / "mine"
    out.parent.mkdir()
    answers.queue.append(out)
    said = ended(qtbot, screen.data, lambda: click(qtbot, screen.backups.backup_button))

    made = out.with_name("mine.wbbackup")  # the suffix is added
    assert "Backed up to mine.wbbackup" in said and "encrypted" in said
    assert screen.backups.status.text() == said and screen.backups.status.isVisible()
    assert mode(made) == 0o600 and read_backup(made).created_at == clock.now
    assert [p.name for p in made.parent.iterdir()] == ["mine.wbbackup"]  # nothing else left
    target = tmp_path / "restored"
    restore_backup(made, target, passphrase=PASSPHRASE)
    with Vault.unlock(target, PASSPHRASE, clock=clock) as restored:
        assert restored.check().ok
        assert _tables(restored) == _tables(service.vault)
        assert _state(restored) == _state(service.vault)
    assert "today at" in screen.backups.last_label.text()


def test_the_app_keeps_saving_while_a_backup_is_made(qtbot, service, data, tmp_path) -> None:
    """The snapshot reads through a second connection: the GUI's own writes never wait,
    and the backup is the moment it began.

    No clock: the backup is held at its first step until the GUI's write has returned,
    so a write that waited for the backup could only return after the hold gave up."""
    add_entries(service, 300, datetime(2025, 1, 1, tzinfo=UTC))
    entered = threading.Event()
    release = threading.Event()
    left: list[str] = []
    from wellbeing.vault import backup as backup_module

    original = backup_module.create_backup

    def slow(vault, out, *, db=None, stop=None):
        def held() -> bool:  # the first step waits until the GUI has saved
            if not entered.is_set():
                entered.set()
                left.append("released" if release.wait(10) else "gave up waiting")
            return stop() if stop else False

        return original(vault, out, db=db, stop=held)

    import wellbeing.services.ops.backups as module

    module.create_backup, saved = slow, module.create_backup
    try:
        out = tmp_path / "b.wbbackup"
        assert data.back_up_to(out)
        qtbot.waitUntil(entered.is_set, timeout=10_000)
        service.write(
            lambda v: v.journal.add(
                JournalEntry(None, "During", "written while backing up", _now())
            ),
            changes=Kind.JOURNAL,
        )
        # The write returned while the backup was still held: it did not wait for it.
        assert left == [] and data.is_busy
        release.set()
        qtbot.waitUntil(lambda: not data.is_busy, timeout=20_000)
        assert left == ["released"]
    finally:
        module.create_backup = saved
        release.set()
    restored = tmp_path / "restored"
    restore_backup(out, restored, passphrase=PASSPHRASE)
    with Vault.unlock(restored, PASSPHRASE) as vault:
        assert vault.journal.count() == 300  # the moment the backup began
    assert service.vault.journal.count() == 301


def _now() -> datetime:
    return datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def test_a_backup_inside_the_vault_folder_is_refused(qtbot, service, screen, answers) -> None:
    answers.queue.append(service.folder / "inside.wbbackup")
    said = ended(qtbot, screen.data, lambda: click(qtbot, screen.backups.backup_button))
    assert "couldn't be made" in said and "outside" in said
    assert not (service.folder / "inside.wbbackup").exists()


# Automatic backups


def _auto(qtbot, screen, answers, folder: Path) -> None:
    answers.queue.append(folder)
    with qtbot.waitSignal(screen.data.last_backup_changed, timeout=20_000):
        click(qtbot, screen.backups.automatic)  # asks for the folder first


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_automatic_backup_after_unlock_once_a_day_with_rotation(
    qtbot, service, screen, answers, messages, settings, clock, tmp_path
) -> None:
    folder = tmp_path / "backups"
    _auto(qtbot, screen, answers, folder)
    assert settings.automatic_backups and settings.backup_folder == folder
    first = folder / backup_name(clock.now.date())
    qtbot.waitUntil(first.exists, timeout=20_000)
    assert mode(first) == 0o600 and mode(folder) == 0o700
    qtbot.waitUntil(lambda: "today at" in screen.backups.last_label.text(), timeout=5000)
    assert screen.backups.last_label.text() == last_backup_words(clock.now, clock.now.date())
    assert str(folder) in screen.backups.folder_label.text()
    made_at = first.stat().st_mtime_ns

    # Not twice the same day: the half-hourly check finds today's backup there.
    clock.advance(hours=3)
    screen.data.daily_timer.timeout.emit()
    qtbot.wait(200)
    assert not screen.data.is_busy and first.stat().st_mtime_ns == made_at
    assert _files(folder) == {first.name}

    # A new day: the timer makes it; 30 days later the rotation kept 7 + 3.
    start = clock.now.date()
    for _day in range(30):
        clock.advance(days=1)
        today = clock.now.date()
        screen.data.daily_timer.timeout.emit()
        qtbot.waitUntil((folder / backup_name(today)).exists, timeout=20_000)
        qtbot.waitUntil(lambda: screen.data.running == "", timeout=20_000)
    kept: set[date] = set()
    for n in range(31):  # the rotation, replayed day by day
        kept = days_to_keep({*kept, start + timedelta(days=n)}, start + timedelta(days=n))
    assert _files(folder) == {backup_name(d) for d in kept}
    assert len(kept) == 10  # 7 days, and one in each of the 3 weeks before
    assert messages == []  # all quiet

    # After the next unlock, a new day's backup comes by itself.
    service.lock()
    clock.advance(days=1)
    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    qtbot.waitUntil((folder / backup_name(clock.now.date())).exists, timeout=20_000)


def test_turning_automatic_backups_on_without_choosing_a_folder_leaves_them_off(
    qtbot, screen, answers, settings
) -> None:
    answers.queue.append(None)  # Cancel in the folder dialog
    click(qtbot, screen.backups.automatic)
    assert not screen.backups.automatic.isChecked() and not settings.automatic_backups
    assert not screen.backups.last_label.isVisible()  # no claim about backups made elsewhere


def test_a_backup_folder_inside_the_vault_is_refused(
    qtbot, service, screen, answers, settings
) -> None:
    answers.queue.append(service.folder / "backups")
    click(qtbot, screen.backups.folder_button)
    assert settings.backup_folder is None
    assert "inside the vault's own folder" in screen.backups.status.text()


def test_an_automatic_backup_that_cannot_be_made_says_so_once_kindly(
    qtbot, screen, answers, messages, settings, clock, tmp_path
) -> None:
    gone = tmp_path / "unplugged-drive" / "backups"
    answers.queue.append(gone)
    click(qtbot, screen.backups.automatic)
    qtbot.waitUntil(lambda: bool(messages), timeout=20_000)
    assert len(messages) == 1
    text = messages[0]
    assert "couldn't be made" in text and "nothing in it has changed" in text
    assert "fail" not in text.lower() and "error" not in text.lower()
    screen.data.daily_timer.timeout.emit()  # half an hour later: not said again
    qtbot.wait(200)
    assert len(messages) == 1 and not gone.exists()
    clock.advance(days=1)  # the next day it tries again (and says so again)
    screen.data.daily_timer.timeout.emit()
    qtbot.waitUntil(lambda: len(messages) == 2, timeout=20_000)


# Exports


def _export(qtbot, screen, answers, key: str, out: Path) -> str:
    radio = screen.export.format_buttons[key]
    click(qtbot, radio)
    assert radio.isChecked()
    warning = screen.export.warning
    assert warning.isVisible() and "NOT encrypted" in warning.text()
    assert "anyone who opens the file can read" in warning.text().lower()
    answers.queue.append(out)
    return ended(qtbot, screen.data, lambda: click(qtbot, screen.export.export_button))


def test_json_export_warns_and_imports_back_equal(
    qtbot, service, screen, answers, clock, tmp_path
) -> None:
    fill(service.vault, clock)
    out = tmp_path / "export"
    said = _export(qtbot, screen, answers, "json", out)
    written = tmp_path / "export.json"
    assert "NOT encrypted" in said and written.name in said
    assert mode(written) == 0o600
    assert "(it will NOT be encrypted)" in answers.asked[-1][1]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".export")]  # atomic
    with Vault.create(tmp_path / "fresh", PASSPHRASE, kdf=FAST_KDF, clock=clock)[0] as fresh:
        import_export(fresh, written.read_bytes())
        assert _state(fresh) == _state(service.vault)


def test_markdown_export_warns_and_writes(qtbot, service, screen, answers, clock, tmp_path):
    fill(service.vault, clock)
    said = _export(qtbot, screen, answers, "md", tmp_path / "plan.md")
    text = (tmp_path / "plan.md").read_text(encoding="utf-8")
    assert "NOT encrypted" in said and mode(tmp_path / "plan.md") == 0o600
    assert "Zorblat kindness" in text and "not encrypted" in text


def test_pdf_export_with_coded_labels(qtbot, service, screen, answers, clock, tmp_path):
    fill(service.vault, clock)
    assert not screen.export.coded.isEnabled()  # only for the PDF
    click(qtbot, screen.export.format_buttons["pdf"])
    assert screen.export.coded.isEnabled()
    screen.export.coded.setFocus()
    qtbot.keyClick(screen.export.coded, Qt.Key.Key_Space)
    assert screen.export.coded.isChecked()
    said = _export(qtbot, screen, answers, "pdf", tmp_path / "plan.pdf")
    text = pdf_text(tmp_path / "plan.pdf")
    assert "NOT encrypted" in said and mode(tmp_path / "plan.pdf") == 0o600
    assert "zorp" in text and "Aunt Fenwick" not in text

    click(qtbot, screen.export.coded)  # off again: the name is printed
    _export(qtbot, screen, answers, "pdf", tmp_path / "named.pdf")
    assert "Aunt Fenwick" in pdf_text(tmp_path / "named.pdf")


# Imports


def _import(qtbot, screen, answers, path: Path, fmt: str = "auto") -> str:
    box = screen.imports.format_box
    box.setFocus()
    while box.currentData() != fmt:
        qtbot.keyClick(box, Qt.Key.Key_Down)
    answers.queue.append(path)
    return ended(qtbot, screen.data, lambda: click(qtbot, screen.imports.import_button))


def _write(path: Path, doc: object) -> Path:
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("doc", "fmt"), [(JRNL, "auto"), (DAYONE, "auto"), (JRNL, "jrnl"), (DAYONE, "dayone")]
)
def test_jrnl_and_day_one_import_then_duplicates_are_counted(
    qtbot, service, screen, answers, tmp_path, doc, fmt
) -> None:
    path = _write(tmp_path / "journal.json", doc)
    seen: list[tuple[int, int]] = []
    screen.data.progress.connect(lambda done, total: seen.append((done, total)))
    changed: list[bool] = []
    service.changed.connect(
        lambda changes, _initiator: changed.append(True) if changes.touches(Kind.JOURNAL) else None
    )

    said = _import(qtbot, screen, answers, path, fmt)
    assert said == "Imported 2 entries."
    assert screen.imports.status.text() == said and not screen.imports.progress_row.isVisible()
    assert (2, 2) in seen  # the adding step reported its end
    assert changed and service.vault.journal.count() == 2

    again = _import(qtbot, screen, answers, path, fmt)
    assert (
        again == "Nothing new to import: the 2 entries in this file were already in your journal."
    )
    assert service.vault.journal.count() == 2


def test_jsonl_import_counts_what_was_already_there(qtbot, service, screen, answers, tmp_path):
    start = datetime(2024, 1, 1, tzinfo=UTC)
    lines = [
        json.dumps(
            {"at": (start + timedelta(hours=i)).isoformat(), "title": f"T{i}", "body": f"B{i}"}
        )
        for i in range(1241)
    ]
    path = tmp_path / "journal.jsonl"
    path.write_text("\n".join(lines[:37]) + "\n", encoding="utf-8")
    assert _import(qtbot, screen, answers, path) == "Imported 37 entries."
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert _import(qtbot, screen, answers, path) == (
        f"Imported {QLocale().toString(1204)} entries; 37 were already in your journal."
    )
    assert service.vault.journal.count() == 1241


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        (
            "bad.jsonl",
            '{"at": "2024-05-01T21:30:00Z", "title": "a", "body": "b"}\n'
            '{"at": "2024-05-02T21:30:00Z", "title": "c", "body": "d"}\n'
            '{"at": "2024-05-03T21:30:00Z", "title": "e"}\n',
            "Line 3: the field 'body' is missing.",
        ),
        (
            "broken.json",
            '{\n "entries": [\n {"title": "x", "date": "2024-05-01"},\n oops ]}',
            "Line 4",
        ),
        (
            "entry.json",
            json.dumps({"entries": [JRNL["entries"][0], {"title": "x", "date": "May 1"}]}),
            "Entry 2:",
        ),
    ],
)
def test_a_malformed_file_says_where_and_nothing_is_imported(
    qtbot, service, screen, answers, tmp_path, name, text, where
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    said = _import(qtbot, screen, answers, path, "jrnl" if name.endswith(".json") else "auto")
    assert said.startswith("Wellbeing couldn't import this file.") and where in said
    assert said.endswith("Nothing was imported.")
    assert service.vault.journal.count() == 0


def test_a_file_of_another_kind_is_explained(qtbot, service, screen, answers, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Dear diary,\nnot JSON at all.\n", encoding="utf-8")
    said = _import(qtbot, screen, answers, path)
    assert "couldn't tell what kind of file this is" in said and "Nothing was imported" in said


def _big_jsonl(path: Path, count: int) -> Path:
    start = datetime(2020, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as handle:
        for i in range(count):
            at = (start + timedelta(minutes=i)).isoformat()
            body = f"Entry {i}: walked by the river and wrote a little about the day."
            handle.write(json.dumps({"at": at, "title": f"Day {i}", "body": body}) + "\n")
    return path


class Pause:
    """Holds the import in its adding step, inside its transaction, after the first
    batch is written, asking the real progress callback (which stops it once stopped)
    2,000 times, about 10 s; ``ended`` says whether it was stopped or ran out."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.reached = threading.Event()
        self.ended: list[str] = []
        original = JournalRepository.add_new

        def add_new(repo, entries, *, progress=None, batch=200):
            def held(done: int, total: int) -> None:
                if done and not self.reached.is_set():
                    self.reached.set()
                    try:
                        for _ in range(2000):
                            progress(done, total)  # raises once the import is stopped
                            time.sleep(0.005)
                    except BaseException:
                        self.ended.append("stopped")
                        raise
                    self.ended.append("ran out")
                progress(done, total)

            return original(repo, entries, progress=held, batch=batch)

        monkeypatch.setattr(JournalRepository, "add_new", add_new)


def test_cancel_leaves_the_journal_unchanged(
    qtbot, service, screen, answers, tmp_path, monkeypatch
) -> None:
    add_entries(service, 3, datetime(2019, 1, 1, tzinfo=UTC))
    pause = Pause(monkeypatch)
    answers.queue.append(_big_jsonl(tmp_path / "big.jsonl", 2000))
    click(qtbot, screen.imports.import_button)
    qtbot.waitUntil(pause.reached.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: screen.imports.progress_row.isVisible(), timeout=5000)
    assert not screen.imports.import_button.isEnabled()  # one thing at a time
    assert not screen.backups.backup_button.isEnabled()
    cancel = screen.imports.cancel_button
    assert focused() is cancel  # Enter or Space cancels straight away
    said = ended(qtbot, screen.data, lambda: qtbot.keyClick(cancel, Qt.Key.Key_Space))
    assert said == "The import was stopped. Nothing was imported."
    assert service.vault.journal.count() == 3
    assert screen.imports.import_button.isEnabled() and focused() is screen.imports.import_button


def test_locking_during_an_import_imports_nothing(
    qtbot, service, screen, answers, tmp_path, monkeypatch
) -> None:
    """The lock stops the import; it does not wait it out. No clock: the lock may wait
    longer than the held import could run, so the import must say it was stopped."""
    monkeypatch.setattr(operations, "LOCK_WAIT_S", 600.0)
    pause = Pause(monkeypatch)
    big = _big_jsonl(tmp_path / "secret-diary.jsonl", 2000)
    answers.queue.append(big)
    stopped: list[str] = []
    screen.data.stopped.connect(stopped.append)
    click(qtbot, screen.imports.import_button)
    qtbot.waitUntil(pause.reached.is_set, timeout=20_000)

    service.lock()  # as the auto-lock or Ctrl+L would
    assert pause.ended == ["stopped"]  # by the lock, not by running out
    assert stopped == ["The import stopped when Wellbeing locked. Nothing was imported."]
    assert screen.imports.status.text() == stopped[0]  # kept: it names nothing
    assert not any("secret-diary" in text for text in held_texts(screen))
    assert not screen.data.is_busy
    qtbot.wait(100)  # the worker's own callbacks arrive late and say nothing more
    assert len(stopped) == 1

    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    assert service.vault.journal.count() == 0
    assert service.vault.check().ok


def test_locking_during_a_backup_leaves_no_file(
    qtbot, service, screen, answers, tmp_path, monkeypatch
) -> None:
    add_entries(service, 50, datetime(2025, 1, 1, tzinfo=UTC))
    import wellbeing.services.ops.backups as module

    reached = threading.Event()
    original = module.create_backup

    def slow(vault, out, *, db=None, stop=None):
        def asked() -> bool:  # the copy goes on, step by step, until it is stopped
            reached.set()
            time.sleep(0.005)
            return stop()

        db.SNAPSHOT_STEP_PAGES = 1
        return original(vault, out, db=db, stop=asked)

    monkeypatch.setattr(module, "create_backup", slow)
    folder = tmp_path / "copies"
    folder.mkdir()
    answers.queue.append(folder / "mine.wbbackup")
    stopped: list[str] = []
    screen.data.stopped.connect(stopped.append)
    click(qtbot, screen.backups.backup_button)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    service.lock()
    assert stopped and "no file was made" in stopped[0]
    assert list(folder.iterdir()) == []  # no backup, no staging folder


def test_locking_during_an_export_leaves_no_file(
    qtbot, service, screen, answers, clock, tmp_path, monkeypatch
) -> None:
    fill(service.vault, clock)
    from wellbeing.vault import exchange as json_export

    monkeypatch.setattr(operations, "LOCK_WAIT_S", 600.0)  # see the import's lock above
    reached = threading.Event()
    ended: list[str] = []
    original = json_export.build_export

    def slow(vault):
        reached.set()
        try:
            for _ in range(2000):  # reads on (about 10 s) until its connection is closed
                vault.db.one("SELECT count(*) FROM journal_entries")
                time.sleep(0.005)
        except Exception:
            ended.append("its connection was closed")
            raise
        ended.append("its reads ran out")
        return original(vault)

    monkeypatch.setattr(json_export, "build_export", slow)
    answers.queue.append(tmp_path / "out.json")
    stopped: list[str] = []
    screen.data.stopped.connect(stopped.append)
    click(qtbot, screen.export.export_button)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    service.lock()
    assert ended == ["its connection was closed"]  # by the lock, not by running out
    assert stopped == ["The export stopped when Wellbeing locked, and no file was made."]
    qtbot.wait(100)
    assert not (tmp_path / "out.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.json")]


def test_the_window_keeps_responding_during_a_big_import(
    qtbot, service, screen, answers, tmp_path, monkeypatch
) -> None:
    """20,000 entries are read, checked and added on the other thread: held in the middle
    of its adding, the import leaves the GUI thread free (a 10 ms timer fires, progress
    shows); a GUI thread doing the work could not tick until the hold let go. How long
    the GUI thread is ever blocked during an import is a number, so the benchmark
    measures it ("GUI thread, longest block: import", ``make bench``), not this test."""
    path = _big_jsonl(tmp_path / "big.jsonl", 20_000)
    state = ["not yet held"]
    release = threading.Event()
    original = JournalRepository.add_new

    def add_new(repo, entries, *, progress=None, batch=200):
        def held(done: int, total: int) -> None:
            progress(done, total)
            if done and state[0] == "not yet held":
                state[0] = "held"
                release.wait(60)  # let go by the GUI thread once it has ticked
                state[0] = "let go"

        return original(repo, entries, progress=held, batch=batch)

    monkeypatch.setattr(JournalRepository, "add_new", add_new)
    ticks: list[str] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(state[0]))
    answers.queue.append(path)
    try:
        with qtbot.waitSignal(screen.data.finished, timeout=60_000) as done:
            timer.start()
            click(qtbot, screen.imports.import_button)
            qtbot.waitUntil(lambda: ticks.count("held") >= 3, timeout=30_000)
            assert screen.data.is_busy and screen.imports.progress_row.isVisible()
            release.set()
    finally:
        release.set()
        timer.stop()
    said = done.args[0]
    assert said == f"Imported {QLocale().toString(20_000)} entries."
    assert state == ["let go"] and service.vault.journal.count() == 20_000


# Keyboard, busy state and what is left after a lock


def test_every_action_is_reachable_by_keyboard_and_named(qtbot, screen) -> None:
    assert _unnamed(screen) == []
    screen.activateWindow()
    screen.backups.backup_button.setFocus()
    for widget in (
        screen.backups.restore_button,
        screen.backups.automatic,
        screen.backups.folder_button,
        screen.export.format_buttons["json"],
        screen.export.export_button,
        screen.imports.format_box,
        screen.imports.import_button,
    ):
        tab_to(qtbot, widget)
        assert widget.accessibleName()


def test_restore_is_asked_for_not_done_here(qtbot, screen) -> None:
    with qtbot.waitSignal(screen.restore_requested, timeout=1000):
        click(qtbot, screen.backups.restore_button)


def test_nothing_naming_a_file_is_left_after_locking(
    qtbot, service, screen, answers, clock, tmp_path
) -> None:
    answers.queue.append(tmp_path / "private-name.wbbackup")
    ended(qtbot, screen.data, lambda: click(qtbot, screen.backups.backup_button))
    answers.queue.append(tmp_path / "other-name.json")
    ended(qtbot, screen.data, lambda: click(qtbot, screen.export.export_button))
    assert "private-name" in screen.backups.status.text()
    service.lock()
    texts = " ".join(held_texts(screen))
    assert "private-name" not in texts and "other-name" not in texts


def test_last_backup_words() -> None:
    today = date(2026, 3, 2)
    moment = datetime(2026, 3, 2, 9, 12, tzinfo=UTC)
    assert last_backup_words(None, today) == "No backup is in the backup folder yet."
    assert last_backup_words(moment, moment.astimezone().date()).startswith("Last backup: today at")
    day_after = moment.astimezone().date() + timedelta(days=1)
    assert last_backup_words(moment, day_after).startswith("Last backup: yesterday at")
    assert "2026" in last_backup_words(moment, day_after + timedelta(days=5))
