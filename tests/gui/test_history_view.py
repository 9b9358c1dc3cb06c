"""The history section: timeline, the plan on a date, two dates compared, forgetting.

Changes are made on different days with the FakeClock; forgetting is driven as a person
would (select, press the button or Delete, confirm by keyboard) and then checked in the
decrypted database itself.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget

from tests.conftest import FakeClock
from tests.gui.helpers import focused, held_texts, show_active
from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.changes import Kind
from wellbeing.domain.goals import Goal, GoalStep
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.values import Pile, Value
from wellbeing.services.operations import wait_for_operations
from wellbeing.services.vault_service import VaultService
from wellbeing.ui.screens.history import HistoryView
from wellbeing.ui.screens.history.dates import to_qdate
from wellbeing.ui.screens.history.timeline_model import RevisionIdRole, TimelineModel

pytestmark = pytest.mark.gui

CANARY = "Zyxwv-canary-Quokka-7731"
DAY1 = date(2026, 3, 2)


@pytest.fixture(autouse=True)
def utc_local_time() -> Iterator[None]:
    """Local days are UTC days here, so the FakeClock's days are the sentences' days."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC0"
    time.tzset()
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def make_view(qtbot, service: VaultService, page_size: int = 200) -> HistoryView:
    view = HistoryView(service, page_size=page_size)
    qtbot.addWidget(view)
    show_active(qtbot, view)
    view.load()
    return view


def plan_over_days(service: VaultService, clock: FakeClock) -> dict[str, object]:
    """Day 1: a value, a goal and a routine; day 2: the routine paused; day 3: a boundary."""
    s = service
    value = s.write(
        lambda v: v.values.add(Value(None, "Honesty", pile=Pile.VERY_IMPORTANT)), changes=Kind.VALUE
    )
    goal = s.write(
        lambda v: v.goals.add(Goal(None, "Sleep before midnight", steps=(GoalStep("Dim"),))),
        changes=Kind.GOAL,
    )
    routine = s.write(
        lambda v: v.routines.add(Routine(None, "Evening walk", Schedule.daily())),
        changes=Kind.ROUTINE,
    )
    clock.advance(days=1)
    s.write(
        lambda v: v.routines.update(replace(routine, status=RoutineStatus.PAUSED)),
        changes=Kind.ROUTINE,
    )
    clock.advance(days=1)
    s.write(
        lambda v: v.boundaries.add(Boundary(None, "No calls after 10 pm")), changes=Kind.BOUNDARY
    )
    return {"value": value, "goal": goal, "routine": routine}


def rows(view: HistoryView) -> list[str]:
    return view.timeline_model.texts()


def confirm_by_keyboard(qtbot, view: HistoryView) -> None:
    """The confirmation starts on Cancel; Tab to "Forget for good" and press Space."""
    box = view.forgetter.box
    assert isinstance(box, QMessageBox) and box.isVisible()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert box.defaultButton() is cancel
    qtbot.waitUntil(lambda: cancel.hasFocus())
    forget = next(b for b in box.buttons() if b is not cancel)
    for _ in range(4):
        if forget.hasFocus():
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert forget.hasFocus()
    qtbot.keyClick(forget, Qt.Key.Key_Space)


def wait_forgotten(qtbot, view: HistoryView) -> None:
    qtbot.waitUntil(lambda: not view.forgetter.busy, timeout=20_000)
    assert wait_for_operations(20_000)
    QApplication.processEvents()


# The timeline


def test_timeline_says_each_change_newest_first_and_fetches_more(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service, page_size=2)
    assert rows(view) == [
        "4 March 2026 · Added the boundary “No calls after 10 pm”.",
        "3 March 2026 · Paused the routine “Evening walk”.",
    ]
    assert view.timeline_model.canFetchMore(view.timeline.rootIndex())
    view.timeline_model.fetchMore(view.timeline.rootIndex())
    view.timeline_model.fetchMore(view.timeline.rootIndex())
    assert rows(view) == [
        "4 March 2026 · Added the boundary “No calls after 10 pm”.",
        "3 March 2026 · Paused the routine “Evening walk”.",
        "2 March 2026 · Added the routine “Evening walk”.",
        "2 March 2026 · Added the goal “Sleep before midnight”.",
        "2 March 2026 · Added the value “Honesty”.",
    ]
    assert not view.timeline_model.canFetchMore(view.timeline.rootIndex())


def test_timeline_scrolls_into_the_next_page_by_itself(qtbot, service, clock) -> None:
    for n in range(30):
        service.write(lambda v, n=n: v.values.add(Value(None, f"Card {n:02d}")), changes=Kind.VALUE)
    view = make_view(qtbot, service, page_size=5)
    qtbot.keyClick(view.timeline, Qt.Key.Key_End)
    qtbot.waitUntil(lambda: view.timeline_model.rowCount() > 5)
    assert rows(view)[0].endswith("Added the value “Card 29”.")


def test_timeline_reloads_when_the_plan_changes_and_notes_a_session(qtbot, service, clock) -> None:
    view = make_view(qtbot, service)
    assert rows(view) == []
    service.set_revision_note("", "session-1")
    service.write(lambda v: v.goals.add(Goal(None, "Walk by the river")), changes=Kind.GOAL)
    service.set_revision_note()
    assert rows(view) == ["2 March 2026 · Added the goal “Walk by the river” (in session)."]


def test_timeline_model_passes_the_model_tester(qtbot, qtmodeltester, service, clock) -> None:
    plan_over_days(service, clock)
    service.vault.history.forget_before(DAY1 + timedelta(days=1))  # a mark among the rows
    model = TimelineModel(service, page_size=1)  # no view: the tester hears every signal first
    model.reload()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())  # each page watched by the tester
    assert model.rowCount() == 3
    assert model.data(model.index(0, 0), RevisionIdRole) is None  # the mark
    model.clear()  # a reset (the tester's own check on reset would fetch during a reload)
    assert model.rowCount() == 0


# The plan on a date, and comparing


def test_plan_on_a_date_shows_what_was_stored_then(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service)
    pane = view.plan_pane
    shown = pane.text.toPlainText()  # today (day 3): everything
    assert "No calls after 10 pm" in shown and "Paused" in shown
    pane.day.setFocus()
    pane.day.setDate(to_qdate(DAY1))
    shown = pane.text.toPlainText()
    assert "Honesty" in shown and "Very important to me" in shown
    assert "Sleep before midnight · Working on it" in shown and "Dim" in shown
    assert "Evening walk · Every day · Active" in shown
    assert "No calls after 10 pm" not in shown
    pane.day.setDate(to_qdate(DAY1 - timedelta(days=1)))
    assert pane.text.toPlainText() == "Nothing was in the plan yet on this day."
    assert pane.day.maximumDate() == to_qdate(DAY1 + timedelta(days=2))
    assert "up to today" in pane.hint.text()


def test_plan_text_is_escaped_and_opens_no_links(qtbot, service, clock) -> None:
    service.write(
        lambda v: v.goals.add(Goal(None, '<a href="https://example.org">Tap</a> & <b>me</b>')),
        changes=Kind.GOAL,
    )
    view = make_view(qtbot, service)
    text = view.plan_pane.text
    assert '<a href="https://example.org">Tap</a> & <b>me</b>' in text.toPlainText()
    assert "https://example.org" not in text.document().toHtml().split("<body")[1].replace(
        "&lt;a href=&quot;https://example.org", ""
    )
    assert not text.openLinks() and not text.openExternalLinks() and text.isReadOnly()


def test_compare_two_dates_lists_what_changed(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service)
    pane = view.compare_pane
    view.tabs.setCurrentWidget(pane)
    pane.first.setDate(to_qdate(DAY1))
    pane.second.setDate(to_qdate(DAY1 + timedelta(days=2)))
    pane.compare_button.setFocus()
    qtbot.keyClick(pane.compare_button, Qt.Key.Key_Space)
    assert pane.model.sentences() == [
        "Added the boundary “No calls after 10 pm”.",
        "Paused the routine “Evening walk”.",
    ]
    assert pane.summary.text() == "From the end of 2 March 2026 to the end of 4 March 2026:"
    pane.first.setDate(to_qdate(DAY1 + timedelta(days=2)))
    pane.second.setDate(to_qdate(DAY1 + timedelta(days=1)))
    qtbot.mouseClick(pane.compare_button, Qt.MouseButton.LeftButton)
    assert pane.model.sentences() == ["Added the boundary “No calls after 10 pm”."]
    assert pane.first.date() == to_qdate(DAY1 + timedelta(days=1))  # read forwards in time
    pane.first.setDate(to_qdate(DAY1 + timedelta(days=2)))
    pane.second.setDate(to_qdate(DAY1 + timedelta(days=2)))
    qtbot.mouseClick(pane.compare_button, Qt.MouseButton.LeftButton)
    assert pane.model.sentences() == []
    assert pane.summary.text() == "Nothing changed between these dates."


# Forgetting


def test_forget_a_change_through_the_ui_removes_its_text_from_the_vault(
    qtbot, service, clock
) -> None:
    goal = service.write(
        lambda v: v.goals.add(Goal(None, "Sleep before midnight")), changes=Kind.GOAL
    )
    clock.advance(days=1)
    goal = service.write(
        lambda v: v.goals.update(replace(goal, specific=f"Text {CANARY} before bed")),
        changes=Kind.GOAL,
    )
    clock.advance(days=1)
    service.write(
        lambda v: v.goals.update(replace(goal, specific="Phone out of the bedroom")),
        changes=Kind.GOAL,
    )
    view = make_view(qtbot, service)
    secret_row = next(i for i, t in enumerate(rows(view)) if t.startswith("3 March 2026"))
    assert CANARY in rows(view)[secret_row]
    assert any(CANARY in str(tuple(r)) for r in service.vault.db.all("SELECT * FROM revisions"))

    view.timeline.setFocus()
    view.select_row(secret_row)
    assert view.forget_one.isEnabled()
    qtbot.keyClick(view.timeline, Qt.Key.Key_Delete)  # same as "Forget this change…"
    assert "permanently" in view.forgetter.box.text()
    assert "one change was forgotten" in view.forgetter.box.text()
    confirm_by_keyboard(qtbot, view)
    assert view.forgetter.busy and view.busy_bar.isVisible() and not view.forget_one.isEnabled()
    wait_forgotten(qtbot, view)

    assert not any(CANARY in t for t in rows(view))
    assert "One change was forgotten." in rows(view)
    assert rows(view)[-1] == "2 March 2026 · Added the goal “Sleep before midnight”."
    table = service.vault.db.all("SELECT * FROM revisions")
    assert table and not any(CANARY in str(tuple(r)) for r in table)
    assert view.busy_bar.isHidden() and view.status.text().startswith("Forgotten.")


def test_cancel_keeps_the_change_and_the_latest_change_cannot_be_forgotten(
    qtbot, service, clock
) -> None:
    service.write(lambda v: v.goals.add(Goal(None, "Sleep before midnight")), changes=Kind.GOAL)
    view = make_view(qtbot, service)
    view.select_row(0)
    qtbot.mouseClick(view.forget_one, Qt.MouseButton.LeftButton)
    box = view.forgetter.box
    qtbot.waitUntil(lambda: box.button(QMessageBox.StandardButton.Cancel).hasFocus())
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert view.forgetter.box is None and not view.forgetter.busy
    assert len(rows(view)) == 1

    view.select_row(0)
    qtbot.mouseClick(view.forget_one, Qt.MouseButton.LeftButton)
    confirm_by_keyboard(qtbot, view)
    wait_forgotten(qtbot, view)
    assert view.status.text().startswith("This is the latest change to this goal")
    assert rows(view) == ["2 March 2026 · Added the goal “Sleep before midnight”."]


def test_forget_everything_before_a_day_leaves_only_the_marker(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service)
    view.before_day.setDate(to_qdate(DAY1 + timedelta(days=1)))
    view.forget_before.setFocus()
    qtbot.keyClick(view.forget_before, Qt.Key.Key_Space)
    text = view.forgetter.box.text()
    assert "permanently" in text and "“History before 3 March 2026 was forgotten.”" in text
    confirm_by_keyboard(qtbot, view)
    wait_forgotten(qtbot, view)

    assert rows(view) == [
        "History before 3 March 2026 was forgotten.",
        "4 March 2026 · Added the boundary “No calls after 10 pm”.",
        "3 March 2026 · Paused the routine “Evening walk”.",
    ]
    mark = view.timeline_model.index(0, 0)
    assert not view.timeline_model.flags(mark) & Qt.ItemFlag.ItemIsSelectable
    assert view.plan_pane.day.minimumDate() == to_qdate(DAY1 + timedelta(days=1))
    assert "History starts on 3 March 2026" in view.plan_pane.hint.text()
    assert view.compare_pane.first.minimumDate() == to_qdate(DAY1 + timedelta(days=1))


# Lock, layout


def test_clear_leaves_nothing_personal(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service)
    view.compare_pane.first.setDate(to_qdate(DAY1))
    view.compare_pane.compare()
    view.select_row(0)
    view.ask_forget_selected()  # a confirmation left open holds a sentence too
    personal = ("Honesty", "Sleep before midnight", "Evening walk", "No calls")
    assert any(any(p in t for p in personal) for t in held_texts(view))
    view.clear()
    QApplication.processEvents()
    left = [t for t in held_texts(view) if any(p in t for p in personal)]
    assert left == []
    assert view.timeline_model.rowCount() == 0 and view.compare_pane.model.rowCount() == 0
    assert view.forgetter.box is None
    assert not any(isinstance(w, QMessageBox) for w in view.findChildren(QWidget))


def test_layout_holds_at_double_font(qtbot, service, clock) -> None:
    plan_over_days(service, clock)
    view = make_view(qtbot, service)
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    for page in range(view.tabs.count()):
        view.tabs.setCurrentIndex(page)
        QApplication.processEvents()
        assert view.minimumSizeHint().width() <= view.width()
        assert view.minimumSizeHint().height() <= view.height()
        for widget in view.tabs.currentWidget().findChildren(QWidget):
            if widget.isVisible() and isinstance(widget, QPushButton | QLabel):
                if isinstance(widget, QLabel) and widget.wordWrap():
                    continue
                assert widget.width() >= widget.minimumSizeHint().width(), widget.text()
