"""The Today screen: one-click check-ins, a quick mood, a journal line, next steps."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.routines import CheckIn, CheckInStatus, Routine, RoutineStatus, Schedule
from wellbeing.ui.screens.today import TodayScreen

pytestmark = pytest.mark.gui

DONE, SKIPPED, NOT_NEEDED = CheckInStatus.DONE, CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED


def add_routine(service, name: str, schedule: Schedule | None = None, **kw) -> Routine:
    routine = Routine(None, name, schedule or Schedule.daily(), **kw)
    return service.write(lambda v: v.routines.add(routine), changes=Kind.ROUTINE)


def make_screen(qtbot, service, *, show: bool = False) -> TodayScreen:
    screen = TodayScreen(service)
    qtbot.addWidget(screen)
    screen.resize(1000, 700)
    screen.load()
    if show:
        show_active(qtbot, screen, size=(1000, 700))
    return screen


def stored(service, routine: Routine) -> CheckInStatus | None:
    today = service.vault.today()
    return service.vault.routines.check_ins(routine.id, today, today).get(today)


def test_check_in_with_one_click_then_change_to_not_today(qtbot, service) -> None:
    walk = add_routine(service, "Short walk by the canal")
    screen = make_screen(qtbot, service)
    row = screen.routine_rows[walk.id]
    assert row.name.text() == "Short walk by the canal"
    assert row.state.text() == "Nothing noted yet"

    qtbot.mouseClick(row.buttons[DONE], Qt.MouseButton.LeftButton)
    assert stored(service, walk) is DONE
    assert row.buttons[DONE].isChecked() and not row.buttons[NOT_NEEDED].isChecked()
    assert row.state.text() == "Done today"

    qtbot.mouseClick(row.buttons[NOT_NEEDED], Qt.MouseButton.LeftButton)
    assert stored(service, walk) is NOT_NEEDED
    assert row.buttons[NOT_NEEDED].isChecked() and not row.buttons[DONE].isChecked()
    assert "✓" in row.buttons[NOT_NEEDED].text()
    assert row.state.text() == "Not needed today"

    # Pressing the chosen answer again takes it back.
    qtbot.mouseClick(row.buttons[NOT_NEEDED], Qt.MouseButton.LeftButton)
    assert stored(service, walk) is None
    assert not any(b.isChecked() for b in row.buttons.values())


def test_check_in_by_keyboard_keeps_focus(qtbot, service) -> None:
    walk = add_routine(service, "Short walk by the canal")
    screen = make_screen(qtbot, service, show=True)
    row = screen.routine_rows[walk.id]
    row.buttons[DONE].setFocus()
    qtbot.keyClick(row.buttons[DONE], Qt.Key.Key_Space)
    assert stored(service, walk) is DONE

    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    assert screen.focusWidget() is row.buttons[SKIPPED]
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert stored(service, walk) is SKIPPED

    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    assert screen.focusWidget() is row.buttons[NOT_NEEDED]
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert stored(service, walk) is NOT_NEEDED
    # The row was updated in place: the person's place is kept.
    assert screen.focusWidget() is row.buttons[NOT_NEEDED]
    assert row.buttons[NOT_NEEDED].isChecked()


def test_only_active_routines_due_today_are_listed(qtbot, service) -> None:
    today = service.vault.today()
    due = add_routine(service, "Stretch", Schedule.on_weekdays([today.weekday()]))
    other = add_routine(service, "Swim", Schedule.on_weekdays([(today.weekday() + 1) % 7]))
    weekly = add_routine(service, "Call Robin Example", Schedule.times_a_week(2))
    resting = add_routine(service, "Evening tea", status=RoutineStatus.PAUSED)
    screen = make_screen(qtbot, service)
    assert list(screen.routine_rows) == [due.id, weekly.id]
    assert other.id not in screen.routine_rows and resting.id not in screen.routine_rows
    names = [label.text() for label in screen.findChildren(QLabel)]
    assert "Swim" not in names and "Evening tea" not in names
    assert screen.routines_empty.isHidden()


def test_reloads_when_other_screens_change_things(qtbot, service) -> None:
    screen = make_screen(qtbot, service)
    assert "No routines yet" in screen.routines_empty.text()
    walk = add_routine(service, "Short walk by the canal")
    assert list(screen.routine_rows) == [walk.id]
    today = service.vault.today()
    service.write(
        lambda v: v.routines.check_in(CheckIn(walk.id, today, SKIPPED)), changes=Kind.CHECK_INS
    )
    assert screen.routine_rows[walk.id].buttons[SKIPPED].isChecked()
    paused = Routine(
        walk.id, walk.name, walk.schedule, status=RoutineStatus.PAUSED, started_on=walk.started_on
    )
    service.write(lambda v: v.routines.update(paused), changes=Kind.ROUTINE)
    assert screen.routine_rows == {}
    assert screen.routines_empty.text() == "Nothing planned for today. That is fine too."


def test_quick_mood_by_click_and_keyboard(qtbot, service) -> None:
    screen = make_screen(qtbot, service, show=True)
    today = service.vault.today()
    assert "Nothing noted yet" in screen.mood_state.text()
    qtbot.mouseClick(screen.mood.buttons[3], Qt.MouseButton.LeftButton)
    assert service.vault.moods.get(today) == 3
    assert screen.mood.buttons[3].isChecked()
    assert "3 · okay" in screen.mood_state.text()

    screen.mood.buttons[3].setFocus()
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)
    assert service.vault.moods.get(today) == 4
    assert [m for m, b in screen.mood.buttons.items() if b.isChecked()] == [4]

    qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Space)  # again: taken back
    assert service.vault.moods.get(today) is None


def test_stored_mood_is_shown(qtbot, service) -> None:
    service.write(lambda v: v.moods.set(v.today(), 5), changes=Kind.MOOD)
    screen = make_screen(qtbot, service)
    assert screen.mood.buttons[5].isChecked()
    assert "5 · very good" in screen.mood_state.text()


def test_quick_journal_line_becomes_an_entry(qtbot, service, clock) -> None:
    screen = make_screen(qtbot, service, show=True)
    screen.note.setFocus()
    qtbot.keyClicks(screen.note, "Slept well after the walk")
    qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    entries = service.vault.journal.recent(10)
    assert [e.body for e in entries] == ["Slept well after the walk"]
    assert entries[0].title == ""
    assert entries[0].created_at == service.vault.now()
    assert screen.note.text() == ""
    assert screen.note_done.text() == "Added to your journal."

    # An empty line adds nothing.
    qtbot.keyClick(screen.note, Qt.Key.Key_Return)
    assert service.vault.journal.count() == 1


def test_next_goal_steps_are_shown_and_can_be_ticked(qtbot, service) -> None:
    flat = Goal(
        None,
        "Find a new flat share",
        steps=(
            GoalStep("Ask Sam Example about the room", done=True),
            GoalStep("Write a list of what I need"),
            GoalStep("Visit two flats"),
        ),
    )
    flat = service.write(lambda v: v.goals.add(flat), changes=Kind.GOAL)
    resting = Goal(
        None, "Learn to swim", status=GoalStatus.PAUSED, steps=(GoalStep("Find a pool"),)
    )
    service.write(lambda v: v.goals.add(resting), changes=Kind.GOAL)
    screen = make_screen(qtbot, service, show=True)
    assert list(screen.step_rows) == [flat.id]
    row = screen.step_rows[flat.id]
    assert row.step.text() == "Write a list of what I need"
    assert "Find a new flat share" in row.goal.text()
    texts = [label.text() for label in screen.findChildren(QLabel)]
    assert "Find a pool" not in texts

    qtbot.mouseClick(row.box, Qt.MouseButton.LeftButton)
    steps = service.vault.goals.get(flat.id).steps
    assert steps[1].done and steps[1].done_on == service.vault.today()
    assert not steps[2].done
    assert screen.step_rows[flat.id].step.text() == "Visit two flats"
    assert not screen.step_rows[flat.id].box.isChecked()


def test_empty_states_are_kind(qtbot, service) -> None:
    screen = make_screen(qtbot, service)
    assert screen.routines_empty.text().startswith("No routines yet.")
    assert screen.steps_empty.text().startswith("No next steps waiting.")
    assert screen.title() == "Today"
    assert screen.key == "today"


def test_clear_leaves_no_personal_text(qtbot, service) -> None:
    walk = add_routine(service, "Short walk by the canal")
    service.write(
        lambda v: v.goals.add(
            Goal(None, "Find a new flat share", steps=(GoalStep("Ask Sam Example about the room"),))
        ),
        changes=Kind.GOAL,
    )
    service.write(lambda v: v.moods.set(v.today(), 2), changes=Kind.MOOD)
    screen = make_screen(qtbot, service)
    qtbot.keyClicks(screen.note, "A half-typed private line")
    assert "Short walk by the canal" in screen.routine_rows[walk.id].name.text()

    kept: list[str] = []
    service.changed.connect(
        lambda changes, _initiator: (
            kept.extend(e.body for e in service.vault.journal.recent(5))
            if changes.touches(Kind.JOURNAL)
            else None
        )
    )
    service.lock()  # the real path: flush, close, then every screen clears
    assert kept == ["A half-typed private line"]  # locking never loses typed words
    texts = "\n".join(held_texts(screen))
    for secret in (
        "Short walk",
        "flat share",
        "Sam Example",
        "half-typed",
        "March",
        "Noted for today",
    ):
        assert secret not in texts
    assert not any(b.isChecked() for b in screen.mood.buttons.values())
    assert screen.routine_rows == {} and screen.step_rows == {}
    assert all(not field.text() for field in screen.findChildren(QLineEdit))
    for kind in (QPlainTextEdit, QTextEdit):
        assert all(not box.toPlainText() for box in screen.findChildren(kind))
    assert not [b for b in screen.findChildren(QAbstractButton) if b.isChecked()]


def test_survives_double_font_and_a_day_passing(qtbot, service, clock) -> None:
    walk = add_routine(service, "Short walk by the canal")
    screen = make_screen(qtbot, service, show=True)
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    row = screen.routine_rows[walk.id]
    # Nothing is squeezed below the size its (doubled) text needs.
    qtbot.waitUntil(lambda: all(b.width() >= b.sizeHint().width() for b in row.buttons.values()))
    assert row.buttons[DONE].sizeHint().height() > row.buttons[DONE].fontMetrics().height()
    assert row.name.height() >= row.name.fontMetrics().height()
    qtbot.mouseClick(row.buttons[DONE], Qt.MouseButton.LeftButton)
    clock.advance(days=1)
    screen.check_day()  # what the page's minute timer does
    assert screen.routine_rows[walk.id].status is None
    new_day = service.vault.today()
    shown = QLocale().toString(QDate(new_day.year, new_day.month, new_day.day), "dddd d MMMM")
    assert shown in screen.date_label.text()
    yesterday = service.vault.today() - timedelta(days=1)
    assert service.vault.routines.check_ins(walk.id)[yesterday] is DONE


def test_tab_order_follows_the_page(qtbot, service) -> None:
    walk = add_routine(service, "Short walk by the canal")
    flat = service.write(
        lambda v: v.goals.add(Goal(None, "Find a new flat share", steps=(GoalStep("Ask Sam"),))),
        changes=Kind.GOAL,
    )
    screen = make_screen(qtbot, service, show=True)
    row = screen.routine_rows[walk.id]
    add_routine(service, "Glass of water")  # a row added later still sits in page order
    later = list(screen.routine_rows.values())[1]
    qtbot.waitUntil(later.isVisible)
    row.buttons[DONE].setFocus()
    seen: list[QWidget] = []
    for _ in range(20):
        seen.append(screen.focusWidget())
        qtbot.keyClick(screen.focusWidget(), Qt.Key.Key_Tab)
    expected = [
        *row.buttons.values(),
        *later.buttons.values(),
        *screen.mood.buttons.values(),
        screen.note,
        screen.add_button,
        screen.step_rows[flat.id].box,
    ]
    assert seen[: len(expected)] == expected
