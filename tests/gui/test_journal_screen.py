"""The journal screen, driven as a person would: keyboard, clicks, search, filters, lock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QModelIndex, Qt, QTime
from PySide6.QtWidgets import QApplication

from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.journal import JournalEntry
from wellbeing.ui.screens.journal import JournalScreen
from wellbeing.ui.screens.journal.highlight import snippet_html
from wellbeing.ui.screens.journal.list_model import PAGE, EntryIdRole, SnippetRole

pytestmark = pytest.mark.gui

EVENING = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)
PERSONAL = ("Robin Example", "tulips", "Riverside", "allotment", "Sam Placeholder", "garden")


def entry(
    title: str, body: str, *, days: int = 0, mood: int | None = None, tags: tuple[str, ...] = ()
) -> JournalEntry:
    return JournalEntry(
        None, title, body, created_at=EVENING - timedelta(days=days), mood=mood, tags=tags
    )


SAMPLE = [
    entry(
        "Riverside walk",
        "Walked with Robin Example. Saw tulips by the water.",
        days=0,
        mood=4,
        tags=("walks", "garden"),
    ),
    entry("", "Quiet evening at the allotment.", days=1, mood=3, tags=("garden",)),
    entry("Call with Sam Placeholder", "We laughed a lot.", days=2, mood=4, tags=("friends",)),
    entry("Tired", "Slept early.", days=3, mood=2),
]


@pytest.fixture
def screen(qtbot, service) -> JournalScreen:
    widget = JournalScreen(service)
    qtbot.addWidget(widget)
    return show_active(qtbot, widget, size=(1100, 750))


def add(service, entries: list[JournalEntry]) -> None:
    service.vault.journal.add_many(entries)


class RowsRead:
    """Counts the statements run and the rows brought back to Python through ``db``
    (its ``one``, ``all``, and the cursors ``execute`` returns) while the block runs."""

    NAMES = ("one", "all", "execute")

    def __init__(self, db: Any) -> None:
        self.db = db
        self.rows = 0
        self.statements = 0

    def __enter__(self) -> RowsRead:
        for name in self.NAMES:
            setattr(self.db, name, self._spied(name, getattr(self.db, name)))
        return self

    def __exit__(self, *exc: object) -> None:
        for name in self.NAMES:
            delattr(self.db, name)  # the class's own method again

    def _spied(self, name: str, real: Any) -> Any:
        def call(sql: str, params: Any = ()) -> Any:
            self.statements += 1
            got = real(sql, params)
            if name == "one":
                self.rows += got is not None
            elif name == "all":
                self.rows += len(got)
            else:
                return _CountedCursor(got, self)
            return got

        return call


class _CountedCursor:
    """A cursor that adds the rows fetched through it to a :class:`RowsRead`."""

    def __init__(self, cursor: Any, read: RowsRead) -> None:
        self._cursor = cursor
        self._read = read

    def fetchone(self) -> Any:
        row = self._cursor.fetchone()
        self._read.rows += row is not None
        return row

    def fetchmany(self, *size: int) -> list[Any]:
        rows = self._cursor.fetchmany(*size)
        self._read.rows += len(rows)
        return rows

    def fetchall(self) -> list[Any]:
        rows = self._cursor.fetchall()
        self._read.rows += len(rows)
        return rows

    def __iter__(self) -> Iterator[Any]:
        for row in self._cursor:
            self._read.rows += 1
            yield row

    def __getattr__(self, name: str) -> Any:
        return getattr(self._cursor, name)


def ids_shown(screen: JournalScreen) -> list[int]:
    model = screen.list_view.model()
    return [model.index(row, 0).data(EntryIdRole) for row in range(model.rowCount())]


def select_row(screen: JournalScreen, row: int) -> None:
    screen.list_view.setCurrentIndex(screen.list_view.model().index(row, 0))


# Models


def test_list_and_search_models_pass_the_model_tester(
    qtmodeltester, qtbot, service, screen
) -> None:
    add(
        service,
        [
            entry(f"Day {i}", f"Note {i} about tulips", days=i, mood=i % 5 + 1)
            for i in range(PAGE + 50)
        ],
    )
    screen.load()
    assert screen.list_model.rowCount() == PAGE
    assert screen.list_model.canFetchMore(QModelIndex())
    qtmodeltester.check(screen.list_model)  # also fetches the next page
    assert screen.list_model.rowCount() == PAGE + 50

    screen.search_field.setText("tulips")
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.search_model, timeout=2000)
    assert screen.search_model.rowCount() == 100
    qtmodeltester.check(screen.search_model)
    assert screen.search_model.rowCount() > 100


def test_a_hundred_thousand_entries_open_one_page_at_a_time(qtbot, service, screen) -> None:
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    start = datetime(2015, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(100_000):
        moment = start + timedelta(hours=i)
        text = moment.isoformat(timespec="microseconds")
        key = (moment - epoch) // timedelta(microseconds=1)
        rows.append((key, f"Day {i}", f"Entry {i}: tea and a walk.", i % 5 + 1, "", text, text))
    with service.vault.transaction():
        service.vault.db.executemany(
            "INSERT INTO journal_entries (id, title, body, mood, tags, created_at, edited_at)"
            " VALUES (?,?,?,?,?,?,?)",
            rows,
        )

    with RowsRead(service.vault.db) as read:
        screen.load()
    # One page read, not the journal: a count and a page of rows come back to Python
    # (how long it takes is the benchmark's, ``make bench``).
    assert PAGE <= read.rows <= 2 * PAGE + 1 and read.statements <= 10, read.statements
    first = screen.list_model.rowCount()
    assert 0 < first <= 400
    assert f"{QLocale().toString(100_000)} entries" == screen.status_label.text()
    assert screen.list_model.entry(0).title == "Day 99999"  # newest first

    screen.list_model.fetchMore(QModelIndex())
    assert screen.list_model.rowCount() == 2 * first
    shown = ids_shown(screen)
    assert shown == sorted(shown, reverse=True)

    screen.search_field.setText("walk")
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.search_model, timeout=2000)
    assert 0 < screen.search_model.rowCount() <= 400


# Writing


def test_write_an_entry_by_keyboard_then_find_it_and_filter(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()

    qtbot.keyClick(screen.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.editor.title_edit
    qtbot.keyClicks(screen.editor.title_edit, "Planting day")
    qtbot.keyClick(screen.editor.title_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.editor.body_edit
    qtbot.keyClicks(screen.editor.body_edit, "Put the marigolds in with Robin Example.")
    qtbot.keyClick(screen.editor.body_edit, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.editor.mood.buttons[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert screen.editor.mood.buttons[4].isChecked()
    for _ in range(4):
        if QApplication.focusWidget() is screen.editor.tags_edit:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.editor.tags_edit
    qtbot.keyClicks(screen.editor.tags_edit, "garden, spring")

    def saved() -> JournalEntry | None:
        newest = service.vault.journal.recent(limit=1)
        return newest[0] if newest and newest[0].tags == ("garden", "spring") else None

    qtbot.waitUntil(lambda: saved() is not None, timeout=3000)
    written = saved()
    assert (written.title, written.body, written.mood) == (
        "Planting day",
        "Put the marigolds in with Robin Example.",
        4,
    )
    assert written.created_at == service.vault.now()
    assert service.vault.journal.count() == len(SAMPLE) + 1
    qtbot.waitUntil(lambda: "Planting day" in (screen.list_view.currentIndex().data() or ""))
    assert screen.list_view.currentIndex().data(EntryIdRole) == written.id

    # Search for a word from it, by typing.
    qtbot.keyClick(screen.editor.tags_edit, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is screen.search_field
    qtbot.keyClicks(screen.search_field, "marigolds")
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.search_model, timeout=2000)
    assert ids_shown(screen) == [written.id]
    snippet = screen.search_model.index(0, 0).data(SnippetRole)
    assert "[marigolds]" in snippet
    assert "<b>marigolds</b>" in snippet_html(snippet, "marigolds")
    assert screen.editor.highlighter.active
    assert "1 entry contains these words." in screen.status_label.text()

    # Esc clears the search and the whole list comes back.
    qtbot.keyClick(screen.search_field, Qt.Key.Key_Escape)
    assert screen.search_field.text() == ""
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.list_model, timeout=2000)
    assert len(ids_shown(screen)) == len(SAMPLE) + 1
    assert not screen.editor.highlighter.active

    # Filter by tag, then by mood as well.
    qtbot.mouseClick(screen.filters_button, Qt.MouseButton.LeftButton)
    assert screen.filter_bar.isVisible()
    screen.filter_bar.choose_tag("garden")
    titles = [screen.list_model.entry(r).title for r in range(screen.list_model.rowCount())]
    assert titles == ["Planting day", "Riverside walk", ""]
    qtbot.mouseClick(screen.filter_bar.mood_buttons[3], Qt.MouseButton.LeftButton)
    titles = [screen.list_model.entry(r).title for r in range(screen.list_model.rowCount())]
    assert titles == ["Planting day", "Riverside walk"]
    assert screen.status_label.text() == "2 entries match these filters."
    assert screen.filters_button.text() == "Filters (2)"

    # Filters apply to search too.
    screen.search_field.setText("walked")
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.search_model, timeout=2000)
    assert [screen.search_model.entry(0).title] == ["Riverside walk"]
    qtbot.mouseClick(screen.filter_bar.mood_buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.filter_bar.mood_buttons[1], Qt.MouseButton.LeftButton)
    assert screen.search_model.rowCount() == 0
    assert screen.list_stack.currentWidget() is screen.empty_label


def test_date_filter_has_an_any_date_state(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    assert screen.list_model.rowCount() == 4
    bar = screen.filter_bar
    bar.from_date.setDate(bar.from_date.date().addDays(-1))  # unticked: still any date
    assert screen.list_model.rowCount() == 4
    day = (EVENING - timedelta(days=1)).astimezone().date()
    bar.from_date.setDate(QDate(day.year, day.month, day.day))
    bar.until_date.setDate(QDate(day.year, day.month, day.day))
    bar.from_check.setChecked(True)
    bar.until_check.setChecked(True)
    assert [screen.list_model.entry(0).body] == ["Quiet evening at the allotment."]
    assert screen.list_model.rowCount() == 1
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert screen.list_model.rowCount() == 4


def test_changing_the_date_keeps_the_entry_selected(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    select_row(screen, 0)
    old_id = screen.editor.entry_id
    earlier = (EVENING - timedelta(days=2, hours=5)).astimezone()
    screen.editor.created_edit.setDateTime(
        QDateTime(QDate(earlier.year, earlier.month, earlier.day), QTime(earlier.hour, 0))
    )
    screen.flush()
    new_id = screen.editor.entry_id
    assert new_id != old_id
    assert service.vault.journal.get(new_id).title == "Riverside walk"
    qtbot.waitUntil(lambda: screen.list_view.currentIndex().data(EntryIdRole) == new_id)
    assert screen.list_view.currentIndex().row() == 2  # moved below two newer entries


def test_a_new_entry_left_blank_is_not_kept(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    assert service.vault.journal.count() == len(SAMPLE) + 1
    qtbot.waitUntil(lambda: screen.list_model.rowCount() == len(SAMPLE) + 1)
    select_row(screen, 2)
    assert service.vault.journal.count() == len(SAMPLE)
    qtbot.waitUntil(lambda: screen.list_model.rowCount() == len(SAMPLE))
    assert (
        screen.editor.title_edit.text() == ""
        and "allotment" in screen.editor.body_edit.toPlainText()
    )


def test_preview_renders_markdown_and_opens_no_links(qtbot, service, screen) -> None:
    add(service, [entry("Links", "# Heading\n\nSee [a page](https://example.org) *now*.")])
    screen.load()
    select_row(screen, 0)
    qtbot.mouseClick(screen.editor.preview_button, Qt.MouseButton.LeftButton)
    assert screen.editor.body_stack.currentWidget() is screen.editor.preview
    assert "Heading" in screen.editor.preview.toPlainText()
    assert "#" not in screen.editor.preview.toPlainText()
    assert not screen.editor.preview.openLinks()
    assert not screen.editor.preview.openExternalLinks()


# Changes from elsewhere, archive, lock


def test_an_entry_added_elsewhere_appears_and_the_selection_stays(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    select_row(screen, 1)
    chosen = screen.editor.entry_id
    service.write(
        lambda v: v.journal.add(entry("From Today", "A quick line.", days=-1)), changes=Kind.JOURNAL
    )
    qtbot.waitUntil(lambda: screen.list_model.rowCount() == len(SAMPLE) + 1)
    assert screen.list_model.entry(0).title == "From Today"
    assert screen.list_view.currentIndex().data(EntryIdRole) == chosen
    assert screen.editor.entry_id == chosen
    assert screen.status_label.text() == "5 entries"


def test_its_own_writes_do_not_reload_the_list_but_other_writes_do(qtbot, service, screen) -> None:
    from wellbeing.ui.screens.today import TodayScreen

    add(service, SAMPLE)
    screen.load()
    select_row(screen, 1)
    chosen = screen.editor.entry_id
    # A change announced as the screen's own is on screen already: no reload.
    service.write(
        lambda v: v.journal.add(entry("Own", "Not shown yet.", days=-2)),
        changes=Kind.JOURNAL,
        initiator=screen,
    )
    QApplication.processEvents()
    assert screen.list_model.rowCount() == len(SAMPLE)

    # Typing in the editor saves itself; the list keeps its row and the cursor its place.
    body = screen.editor.body_edit
    body.setFocus()
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, " More words.")
    qtbot.waitUntil(lambda: service.vault.journal.get(chosen).body.endswith("More words."))
    QApplication.processEvents()
    assert body.textCursor().position() == len(body.toPlainText())
    assert screen.list_view.currentIndex().data(EntryIdRole) == chosen

    # Today's quick line is another screen's change: the list follows at once.
    today = TodayScreen(service)
    qtbot.addWidget(today)
    today.load()
    today.note.setText("A quick line from Today.")
    today.add_note()
    qtbot.waitUntil(lambda: screen.list_model.rowCount() == len(SAMPLE) + 2)
    assert screen.list_view.currentIndex().data(EntryIdRole) == chosen
    assert screen.editor.entry_id == chosen
    assert body.hasFocus()


def test_archive_with_undo(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    select_row(screen, 0)
    first = screen.editor.entry_id
    qtbot.mouseClick(screen.editor.archive_button, Qt.MouseButton.LeftButton)
    assert service.vault.journal.count() == len(SAMPLE) - 1
    assert first not in ids_shown(screen)
    assert screen.undo_bar.isVisible()
    assert screen.undo_bar.label.text() == "Moved to the archive."
    qtbot.mouseClick(screen.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert service.vault.journal.count() == len(SAMPLE)
    assert screen.list_view.currentIndex().data(EntryIdRole) == first
    assert screen.editor.title_edit.text() == "Riverside walk"
    assert not screen.undo_bar.isVisible()

    # Delete in the list archives too, and selects the next entry.
    select_row(screen, 1)
    second = screen.editor.entry_id
    screen.list_view.setFocus()
    qtbot.keyClick(screen.list_view, Qt.Key.Key_Delete)
    assert service.vault.journal.count() == len(SAMPLE) - 1
    assert screen.list_view.currentIndex().row() == 1
    assert screen.editor.entry_id not in (None, second)
    assert screen.undo_bar.isVisible()
    qtbot.keyClick(screen.undo_bar.undo_button, Qt.Key.Key_Space)
    assert service.vault.journal.get(second).title == ""


def test_rows_grow_with_the_font_and_the_screen_fits_at_200_percent(service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    normal = screen.list_view.sizeHintForRow(0)
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    screen.filters_button.setChecked(True)
    select_row(screen, 0)
    assert screen.list_view.sizeHintForRow(0) >= 1.8 * normal
    assert screen.editor.title_edit.font().pointSizeF() > font.pointSizeF()
    hint = screen.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800


def test_empty_journal_speaks_kindly(service, screen) -> None:
    screen.load()
    assert screen.list_stack.currentWidget() is screen.empty_label
    assert screen.empty_label.text() == (
        "Nothing written yet. This is a private place; only you can open it."
    )


def test_lock_leaves_nothing_personal_on_screen(qtbot, service, screen) -> None:
    add(service, SAMPLE)
    screen.load()
    select_row(screen, 0)
    qtbot.mouseClick(screen.filters_button, Qt.MouseButton.LeftButton)
    screen.filter_bar.choose_tag("garden")
    screen.search_field.setText("tulips")
    qtbot.waitUntil(lambda: screen.list_view.model() is screen.search_model, timeout=2000)
    screen.editor.preview_button.setChecked(True)
    qtbot.keyClicks(screen.editor.tags_edit, ", allotment")
    everything = " ".join(held_texts(screen))
    assert "Robin Example" in everything and "garden" in everything  # the walk can see

    service.lock()
    assert service.vault_exists()
    everything = " ".join(held_texts(screen))
    for word in (*PERSONAL, "Riverside walk", "walks", "friends", "2026"):
        assert word not in everything
    assert screen.list_model.rowCount() == 0 and screen.search_model.rowCount() == 0
    assert not screen.editor.highlighter.active
    assert screen.editor.entry is None
    assert screen.status_label.text() == ""
