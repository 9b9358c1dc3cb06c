"""The app, started in a process of its own and measured as a person would wait for it.

    python -m tools.bench.gui_probe cold --vault DIR
    python -m tools.bench.gui_probe session --vault DIR --out FILE [...]

``cold`` starts the app the way ``wellbeing`` does (``run_gui``: QApplication, ``App``,
the window shown) and prints ``painted <monotonic seconds>`` once the unlock page has
painted, then quits; the runner takes the time from just before it started the process.

``session`` unlocks through the unlock page, opens the journal, searches, scrolls to the
end, edits an entry and a goal, opens the review for last year and all time, makes a
backup and imports entries in the background, all on the real screens, offscreen, and
writes what it measured as JSON. "Painted" means: the widget that shows the result has
received its paint event, and the event loop has come round once after it.

Run with ``QT_QPA_PLATFORM=offscreen`` and ``WELLBEING_HOME`` pointing at a folder of
its own (the runner does both), so no real settings are touched.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

#: How long after the main window has painted the unlock is still watched.
SETTLE_S = 1.0


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _status_kib(field: str) -> int:
    """A ``VmRSS``/``VmHWM`` line of /proc/self/status, in KiB (0 where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> bool:
    """Start VmHWM again from the current RSS (Linux: /proc/self/clear_refs, value 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _start_app(vault: Path) -> Any:
    """As ``wellbeing.app.run_gui`` does, without the argument parsing."""
    from wellbeing.hardening import disable_core_dumps

    disable_core_dumps()
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([sys.argv[0]])
    from wellbeing.app import App
    from wellbeing.services.settings import Settings

    return App(vault, Settings())


class _PaintWatch:
    """Waits until one of the widgets given has painted, then for the event loop to come
    round: Qt paints every changed widget of a window in one pass, so by then all are."""

    def __init__(self, widgets: list[Any]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        watch = self
        self.at: float | None = None
        self._waiting = {id(w) for w in widgets}

        class Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint and id(obj) in watch._waiting:
                    watch._waiting.clear()
                    QTimer.singleShot(0, watch._stamp)
                return False

        self._filter = Filter()
        self._widgets = widgets
        for widget in widgets:
            widget.installEventFilter(self._filter)

    def _stamp(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()

    def wait(self, timeout_s: float = 20.0) -> float:
        from .monitor import wait_until

        wait_until(lambda: self.at is not None, timeout_s)
        for widget in self._widgets:
            widget.removeEventFilter(self._filter)
        if self.at is None:
            raise RuntimeError("a screen did not paint in time")
        return self.at


def _painted(widgets: list[Any], action: Any) -> float:
    """Seconds from ``action()`` until the window has painted what changed."""
    watch = _PaintWatch(widgets)
    began = time.perf_counter()
    action()
    return watch.wait() - began


def cold(vault: Path) -> int:
    app = _start_app(vault)
    watch = _PaintWatch([app.window.unlock_page])
    app.window.show()
    at = watch.wait()
    stamp = time.monotonic() - (time.perf_counter() - at)  # the same moment, system-wide
    print(f"painted {stamp:.6f}", flush=True)
    os._exit(0)


# The session

_PARTIAL: dict[str, Any] = {}  # what was measured before an error, for the report


def session(args: argparse.Namespace) -> dict[str, Any]:
    from .corpus import COMMON_WORD, PASSPHRASE, RARE_WORD

    out = _PARTIAL
    started = time.perf_counter()
    app = _start_app(args.vault)
    _fix_clock(app, args.today)
    window = app.window
    watch = _PaintWatch([window.unlock_page])
    window.show()
    watch.wait()
    out["start_to_unlock_painted_ms"] = _ms(time.perf_counter() - started)

    from wellbeing.vault.vault import read_key_file

    keyfile = read_key_file(args.vault)
    kdf = []
    for _ in range(3):
        began = time.perf_counter()
        keyfile.open_with_passphrase(PASSPHRASE)
        kdf.append(time.perf_counter() - began)
    out["key_derivation_ms"] = _ms(statistics.median(kdf))

    _unlock(app, out, PASSPHRASE)
    screens = {screen.key: (i, screen) for i, screen in enumerate(window.screens)}
    _journal(app, screens["journal"], out, (RARE_WORD, COMMON_WORD))
    _goal_edit(app, screens["goals"], out)
    out["peak_rss_journal_mib"] = round(_status_kib("VmHWM") / 1024, 1)
    _review(app, screens["review"], out, args.review_runs)
    # Since the unlock (the peak was reset then): the app's own memory, without the
    # key derivation's, with the journal scrolled to its end and the review at all time.
    out["peak_rss_app_mib"] = round(_status_kib("VmHWM") / 1024, 1)
    _background(app, out, args)
    out["rss_end_mib"] = round(_status_kib("VmRSS") / 1024, 1)
    out["peak_rss_after_unlock_mib"] = round(_status_kib("VmHWM") / 1024, 1)
    out["peak_rss_mib"] = max(out["peak_rss_after_unlock_mib"], out["peak_rss_unlock_mib"])
    app.service.lock()
    app.close()
    return out


def _fix_clock(app: Any, today: str | None) -> None:
    """The corpus ends on a fixed day; the app's clock is set to that evening so "today"
    and "this month" hold data. (The app has no clock option; the service keeps it.)"""
    if not today:
        return
    from datetime import UTC, datetime
    from datetime import time as day_time

    moment = datetime.combine(date.fromisoformat(today), day_time(21), UTC)
    app.service._clock = lambda: moment


def _unlock(app: Any, out: dict[str, Any], passphrase: str) -> None:
    from .monitor import BlockMonitor

    window = app.window
    today_screen = window.screens[0]
    marks: dict[str, float] = {}
    app.service.unlocked.connect(lambda: marks.setdefault("unlocked", time.perf_counter()))
    monitor = BlockMonitor()
    window.unlock_page.field.setText(passphrase)
    # The key derivation of this very unlock is timed where it runs (Argon2id's time
    # varies from one run to the next by more than everything else in an unlock).
    from wellbeing.vault.keyfile import KeyFile

    derive = KeyFile.open_with_passphrase
    derived: list[float] = []

    def timed_derive(keyfile: Any, text: str) -> bytes:
        began = time.perf_counter()
        try:
            return derive(keyfile, text)
        finally:
            derived.append(time.perf_counter() - began)

    KeyFile.open_with_passphrase = timed_derive  # type: ignore[method-assign]
    monitor.start()
    watch = _PaintWatch([today_screen])
    began = time.perf_counter()
    try:
        window.unlock_page.submit()  # what Enter in the passphrase field does
        ready = watch.wait()
    finally:
        KeyFile.open_with_passphrase = derive  # type: ignore[method-assign]
    # The window stays watched a moment longer: what the app does just after unlocking
    # (screens preparing themselves) counts as part of the unlock.
    from .monitor import wait_until

    wait_until(lambda: time.perf_counter() > ready + SETTLE_S)
    out["gui_block_unlock_ms"] = _ms(monitor.stop())
    if not app.service.is_unlocked:
        raise RuntimeError("the vault did not unlock")
    out["unlock_to_main_window_ms"] = _ms(ready - began)
    out["unlock_key_derivation_ms"] = _ms(derived[0]) if derived else None
    out["unlock_beyond_key_derivation_ms"] = _ms(ready - began - derived[0]) if derived else None
    out["unlock_background_ms"] = _ms(marks["unlocked"] - began)
    out["unlocked_to_painted_ms"] = _ms(ready - marks["unlocked"])
    out["rss_after_unlock_mib"] = round(_status_kib("VmRSS") / 1024, 1)
    out["peak_rss_unlock_mib"] = round(_status_kib("VmHWM") / 1024, 1)
    out["peak_reset"] = _reset_peak()


def _drain(rounds: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(rounds):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def _journal(app: Any, found: tuple[int, Any], out: dict[str, Any], words: tuple[str, str]) -> None:
    from PySide6.QtCore import QModelIndex

    index, screen = found
    window, view = app.window, screen.list_view
    out["journal_first_paint_ms"] = _ms(
        _painted([view.viewport()], lambda: window.show_screen(index))
    )
    out["journal_rows_first_page"] = screen.list_model.rowCount()

    def search(text: str) -> None:
        screen.search_field.setText(text)
        screen._apply_query()  # what the search timer runs once typing pauses

    for kind, word in zip(("rare", "common"), words, strict=True):
        samples = [_painted([view.viewport()], lambda w=word: search(w)) for _ in range(5)]
        out[f"ui_search_{kind}_ms"] = _ms(statistics.median(samples))
        _painted([view.viewport()], lambda: search(""))
    _drain()

    out["autosave_journal"] = _autosave(app, screen)

    model = screen.list_model
    worst, pages = 0.0, 0
    began = time.perf_counter()
    stuck = 0
    while model.canFetchMore(QModelIndex()):
        before = model.rowCount()
        step = time.perf_counter()
        view.scrollToBottom()  # as End in the list, or dragging the scroll bar down
        _drain(1)
        worst = max(worst, time.perf_counter() - step)
        pages += 1
        stuck = stuck + 1 if model.rowCount() == before else 0
        if stuck > 3:  # the view did not ask for more: ask as it would
            model.fetchMore(QModelIndex())
    end = _painted([view.viewport()], lambda: (view.scrollToBottom(), view.viewport().update()))
    out["journal_scroll_to_end_ms"] = _ms(time.perf_counter() - began)
    out["journal_scroll_rows"] = model.rowCount()
    out["journal_scroll_pages"] = pages
    out["journal_scroll_worst_step_ms"] = _ms(max(worst, end))
    out["autosave_journal_all_rows_loaded"] = _autosave(app, screen)


def _autosave(app: Any, screen: Any, edits: int = 5) -> dict[str, float]:
    """Type into an open entry, then time the save that the autosave timer starts:
    to the commit, and until the list has caught up (the event loop is idle again)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = screen.list_view
    view.setCurrentIndex(view.model().index(0, 0))
    _drain()
    body = screen.editor.body_edit
    commits, settled = [], []
    for _ in range(edits):
        body.moveCursor(body.textCursor().MoveOperation.End)
        QTest.keyClicks(body, " walk")
        QTest.keyClick(body, Qt.Key.Key_Period)
        if not screen.autosave.pending:
            raise RuntimeError("typing did not start the autosave timer")
        began = time.perf_counter()
        screen.flush()  # what the timer does when typing pauses
        commits.append(time.perf_counter() - began)
        _drain()
        settled.append(time.perf_counter() - began)
    return {
        "commit_ms": _ms(statistics.median(commits)),
        "until_idle_ms": _ms(statistics.median(settled)),
        "worst_until_idle_ms": _ms(max(settled)),
    }


def _goal_edit(app: Any, found: tuple[int, Any], out: dict[str, Any]) -> None:
    from dataclasses import replace

    from wellbeing.domain.changes import Kind

    index, _screen = found
    app.window.show_screen(index)
    _drain()
    service = app.service
    goal = service.vault.goals.list()[0]
    commits, settled = [], []
    for n in range(5):
        changed = replace(goal, specific=f"{goal.specific} ({n})")
        began = time.perf_counter()
        goal = service.write(lambda v, g=changed: v.goals.update(g), changes=Kind.GOAL) or goal
        commits.append(time.perf_counter() - began)
        _drain()
        settled.append(time.perf_counter() - began)
    out["autosave_goal"] = {
        "commit_ms": _ms(statistics.median(commits)),
        "until_idle_ms": _ms(statistics.median(settled)),
        "worst_until_idle_ms": _ms(max(settled)),
    }


def _review(app: Any, found: tuple[int, Any], out: dict[str, Any], runs: int) -> None:
    from datetime import timedelta

    from wellbeing.domain.review import Period

    index, screen = found
    window = app.window
    bar = screen.period_bar
    progress = screen.progress
    out["review_open_ms"] = _ms(_painted([screen], lambda: window.show_screen(index)))
    today = app.service.vault.today()
    last_year = Period.containing(today, "year").previous()
    shown = [bar.words, progress.routine_words]  # in view at the top, and both change
    first = app.service.vault.progress.first_day() or today
    decade = Period.custom(max(first, today - timedelta(days=3652)), today)
    year, ever, ten, month = [], [], [], []
    for _ in range(runs):  # each step shows another period, so each one paints
        year.append(_painted(shown, lambda: bar.set_period(last_year)))
        ever.append(_painted(shown, lambda: bar.set_kind("all")))
        ten.append(_painted(shown, lambda: bar.set_period(decade)))
        month.append(_painted(shown, lambda: bar.set_kind("month")))
    out["review_ten_years_ms"] = _ms(statistics.median(ten))
    out["review_ten_years_days"] = decade.days
    out["review_last_year_ms"] = _ms(statistics.median(year))
    out["review_all_time_ms"] = _ms(statistics.median(ever))
    out["review_this_month_ms"] = _ms(statistics.median(month))
    out["review_first_last_year_ms"] = _ms(year[0])
    out["review_first_all_time_ms"] = _ms(ever[0])


def _background(app: Any, out: dict[str, Any], args: argparse.Namespace) -> None:
    """The longest GUI-thread block while a backup, then an import, run in the background
    from the screen where a person starts them: through the app's
    ``DataService`` where there is one (else the operations runner with the same
    work); then how long the journal (scrolled to its end before) takes to catch up."""
    import tempfile

    window = app.window
    keys = [s.key for s in window.screens]
    where = next((k for k in ("data", "settings") if k in keys), keys[0])
    window.show_screen(keys.index(where))
    _drain()
    data = _data_service(app)
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as temp:
        folder = Path(temp)
        target = folder / "bench.wbbackup"
        if data is not None:
            block, took = _timed_by_service(data, lambda: data.back_up_to(target))
            out["backup_path"] = "DataService.back_up_to"
        else:
            from wellbeing.vault.backup import create_backup

            vault = app.service.vault
            block, took = _timed_in_pool(lambda: create_backup(vault, target))
            out["backup_path"] = "Operation.run_in_background(create_backup)"
        out["gui_block_backup_ms"] = _ms(block)
        out["backup_ms"] = _ms(took)
        if not args.import_entries:
            return
        from .corpus import generate_entries, write_jsonl

        entries = generate_entries(args.seed + 300, args.import_entries, end=args.last_day)
        if data is not None:
            source = folder / "import.jsonl"
            write_jsonl(entries, source)
            saves = _SavesDuringImport(app.service, data)
            block, took = _timed_by_service(data, lambda: data.import_journal(source, "jsonl"))
            saves.stop()
            path = "DataService.import_journal"
            out["save_during_import_ms"] = _ms(saves.longest)
            out["save_during_import_kept"] = saves.kept
        else:
            from wellbeing.domain.changes import Kind

            from .headless import import_function

            name, add = import_function()
            service = app.service
            block, took = _timed_in_pool(
                lambda: add(service.vault, entries), lambda _: service.announce(Kind.JOURNAL)
            )
            path = f"Operation.run_in_background({name})"
    out["gui_block_import_ms"] = _ms(block)
    out["import_in_background"] = {"path": path, "entries": len(entries), "ms": _ms(took)}
    index = keys.index("journal")
    journal = window.screens[index]
    out["journal_after_import_ms"] = _ms(
        _painted([journal.list_view.viewport()], lambda: window.show_screen(index))
    )


class _SavesDuringImport:
    """A journal save (``VaultService.write``, as the editor's autosave makes it) at each
    progress report of the import: how long the GUI thread spent in the longest, and
    whether one was kept for after the import (it held the write lock then)."""

    def __init__(self, service: Any, data: Any) -> None:
        self.service, self.data = service, data
        self.longest = 0.0
        self.kept = False
        recent = service.vault.journal.recent(limit=1)
        self._entry = recent[0] if recent else None
        data.progress.connect(self._save)

    def _save(self, _done: int, _total: int) -> None:
        if self._entry is None:
            return
        from dataclasses import replace

        from wellbeing.domain.changes import Kind

        edited = replace(self._entry, body=self._entry.body + " Written during the import.")
        began = time.perf_counter()
        try:
            result = self.service.write(
                lambda v: v.journal.update(edited), changes=Kind.JOURNAL, later=lambda _: None
            )
        except TypeError:  # a version whose write cannot keep a save for later
            result = self.service.write(lambda v: v.journal.update(edited), changes=Kind.JOURNAL)
        self.longest = max(self.longest, time.perf_counter() - began)
        self.kept = self.kept or type(result).__name__ == "Pending"

    def stop(self) -> None:
        self.data.progress.disconnect(self._save)


def _data_service(app: Any) -> Any:
    """The app's DataService, or one made like it; None while the app has none."""
    for name in ("data", "data_service"):
        if hasattr(app, name):
            return getattr(app, name)
    try:
        from wellbeing.services.data_service import DataService
    except ImportError:
        return None
    return DataService(app.service, app.settings)


def _timed_by_service(data: Any, start: Any) -> tuple[float, float]:
    from .monitor import BlockMonitor, wait_until

    ended: list[str] = []
    hooks = [
        (data.finished, lambda text: ended.append("")),
        (data.failed, lambda text: ended.append(text)),
        (data.stopped, lambda text: ended.append(text)),
    ]
    for signal, slot in hooks:
        signal.connect(slot)
    monitor = BlockMonitor()
    monitor.start()
    began = time.perf_counter()
    if not start():
        raise RuntimeError("the data service did not start")
    wait_until(lambda: bool(ended), 1800)
    _drain()
    took = time.perf_counter() - began
    block = monitor.stop()
    for signal, slot in hooks:
        signal.disconnect(slot)
    if ended[0]:
        raise RuntimeError(ended[0])
    return block, took


def _timed_in_pool(work: Any, after: Any = None) -> tuple[float, float]:
    try:
        from wellbeing.services.operations import Operation

        def run_in_background(fn: Any, on_success: Any, on_error: Any) -> None:
            Operation(None, lambda _job: fn()).success(on_success).failure(
                on_error
            ).run_in_background()
    except ImportError:  # a version from before the operations runner
        from wellbeing.services.tasks import run_in_background  # type: ignore[no-redef]

    from .monitor import BlockMonitor, wait_until

    results: list[Any] = []

    def finished(value: Any) -> None:
        if after is not None and not isinstance(value, BaseException):
            after(value)
        results.append(value)

    monitor = BlockMonitor()
    monitor.start()
    began = time.perf_counter()
    run_in_background(work, finished, finished)
    wait_until(lambda: bool(results), 1800)
    _drain()
    took = time.perf_counter() - began
    block = monitor.stop()
    if isinstance(results[0], BaseException):
        raise results[0]
    return block, took


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.bench.gui_probe")
    parser.add_argument("mode", choices=("cold", "session"))
    parser.add_argument("--vault", type=Path, required=True)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--today", help="the corpus's last day (YYYY-MM-DD)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--review-runs", type=int, default=3)
    parser.add_argument("--import-entries", type=int, default=0)
    args = parser.parse_args(argv)
    args.last_day = date.fromisoformat(args.today) if args.today else date.today()
    if args.mode == "cold":
        return cold(args.vault)
    try:
        result = session(args)
    except Exception as err:  # reported by the runner, with the probe's stderr
        result = {**_PARTIAL, "error": f"{type(err).__name__}: {err}"}
        import traceback

        traceback.print_exc()
    text = json.dumps(result, indent=2)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        print(text)
    sys.stdout.flush()
    os._exit(0 if "error" not in result else 1)  # skip Qt's slow teardown of a big model


if __name__ == "__main__":
    raise SystemExit(main())
