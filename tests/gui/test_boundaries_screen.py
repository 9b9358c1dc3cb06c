"""The Boundaries screen, driven by keyboard as a person would, checked against the vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from tests.gui.helpers import focused, held_texts, show_active, tab_to
from wellbeing.domain.boundaries import Boundary, BoundaryEvent, BoundaryStatus, Outcome
from wellbeing.domain.revisions import Kind
from wellbeing.domain.values import Value
from wellbeing.ui.screens.boundaries import BoundariesScreen
from wellbeing.ui.screens.boundaries.labels import month_summary

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)  # the FakeClock's day


@pytest.fixture
def screen(qtbot, service) -> BoundariesScreen:
    widget = BoundariesScreen(service)
    qtbot.addWidget(widget)
    return show_active(qtbot, widget, size=(1100, 800))


def log_lines(screen: BoundariesScreen) -> list[str]:
    model = screen.editor.log.model
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def test_a_boundary_written_by_keyboard_then_a_log_entry(
    qtbot, service, screen: BoundariesScreen
) -> None:
    honesty = service.vault.values.add(Value(None, "Honesty"))
    screen.load()
    editor, log = screen.editor, screen.editor.log
    assert log.waiting_label.isVisibleTo(screen) is False  # nothing chosen yet: no editor

    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.statement.hasFocus()
    assert log.waiting_label.isVisible() and not log.entry.isVisible()
    qtbot.keyClicks(editor.statement, "I don't talk about my work at family dinners.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert editor.context.hasFocus()
    qtbot.keyClicks(focused(), "family dinners")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert editor.script.hasFocus()
    qtbot.keyClicks(editor.script, "That's mine to keep. How was the trip?")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert editor.if_crossed.hasFocus()
    qtbot.keyClicks(editor.if_crossed, "I step outside and call Robin Example.")
    tab_to(qtbot, editor.value_links.view)
    qtbot.keyClick(editor.value_links.view, Qt.Key.Key_Space)

    screen.flush()
    [stored] = service.vault.boundaries.list()
    assert stored.statement == "I don't talk about my work at family dinners."
    assert stored.context == "family dinners"
    assert stored.script == "That's mine to keep. How was the trip?"
    assert stored.if_crossed == "I step outside and call Robin Example."
    assert stored.value_ids == (honesty.id,)
    assert stored.status is BoundaryStatus.ACTIVE
    assert screen.list_model.data(screen.list_model.index(0, 0)).endswith(
        "\nActive · family dinners"
    )

    # Log how it went, by keyboard: the log opens once the boundary is saved
    assert log.entry.isVisible() and not log.waiting_label.isVisible()
    assert log.day.date() == QDate(TODAY)
    tab_to(qtbot, log.outcome)
    qtbot.keyClick(log.outcome, Qt.Key.Key_Down)
    qtbot.keyClick(log.outcome, Qt.Key.Key_Down)
    assert log.outcome.currentText() == "Renegotiated"
    tab_to(qtbot, log.day)
    qtbot.keyClick(log.day, Qt.Key.Key_Down)  # the day before
    tab_to(qtbot, log.note)
    qtbot.keyClicks(log.note, "We agreed on a shorter visit")
    qtbot.keyClick(log.note, Qt.Key.Key_Return)

    expected = BoundaryEvent(
        1, stored.id, date(2026, 3, 1), Outcome.RENEGOTIATED, "We agreed on a shorter visit"
    )
    assert service.vault.boundaries.events(stored.id) == [expected]
    assert log.note.text() == ""
    assert len(log_lines(screen)) == 1
    assert "Renegotiated" in log_lines(screen)[0]
    assert "We agreed on a shorter visit" in log_lines(screen)[0]
    assert log.summary.text() == "Renegotiated once this month."

    # …and take a mistaken one away again
    tab_to(qtbot, log.view)
    qtbot.keyClick(log.view, Qt.Key.Key_Delete)
    assert service.vault.boundaries.events(stored.id) == []
    assert log_lines(screen) == []
    assert log.summary.text() == "Nothing logged this month yet."
    qtbot.mouseClick(log.undo_button, Qt.MouseButton.LeftButton)
    [back] = service.vault.boundaries.events(stored.id)
    assert (back.on, back.outcome, back.note) == (expected.on, expected.outcome, expected.note)


def test_the_log_is_newest_first_and_counted_kindly(qtbot, service, screen) -> None:
    boundary = service.vault.boundaries.add(Boundary(None, "No calls after ten"))
    other = service.vault.boundaries.add(Boundary(None, "Breaks are mine"))
    for day, outcome in ((1, Outcome.HELD), (2, Outcome.HELD), (2, Outcome.CROSSED)):
        service.vault.boundaries.log_event(
            BoundaryEvent(None, boundary.id, date(2026, 3, day), outcome)
        )
    service.vault.boundaries.log_event(
        BoundaryEvent(None, boundary.id, date(2026, 2, 27), Outcome.HELD, "last month")
    )
    service.vault.boundaries.log_event(BoundaryEvent(None, other.id, TODAY, Outcome.HELD))
    screen.load()
    assert screen.current.id == boundary.id
    lines = log_lines(screen)
    assert [line.split(" · ")[1].split("\n")[0] for line in lines] == [
        "Crossed",
        "Held",
        "Held",
        "Held",
    ]
    assert "27 February 2026" in lines[-1]
    assert screen.editor.log.summary.text() == "Held twice, crossed once this month."
    # an entry logged elsewhere (the Today screen) shows up at once
    service.write(
        lambda v: v.boundaries.log_event(
            BoundaryEvent(None, boundary.id, TODAY, Outcome.RENEGOTIATED)
        ),
        changes=Kind.BOUNDARY_LOG,
    )
    assert len(log_lines(screen)) == 5
    assert screen.editor.log.summary.text() == (
        "Held twice, crossed once, renegotiated once this month."
    )


def test_month_summary_words() -> None:
    def events(*outcomes: Outcome) -> list[BoundaryEvent]:
        return [BoundaryEvent(None, 1, TODAY, o) for o in outcomes]

    assert month_summary(events(*[Outcome.HELD] * 5, Outcome.RENEGOTIATED)) == (
        "Held 5 times, renegotiated once this month."
    )
    assert month_summary([]) == "Nothing logged this month yet."
    assert "fail" not in month_summary(events(Outcome.CROSSED)).lower()


def test_status_and_context_suggestions(qtbot, service, screen: BoundariesScreen) -> None:
    saved = service.vault.boundaries.add(Boundary(None, "I rest on Sundays"))
    screen.load()
    before = len(service.vault.revisions.list(Kind.BOUNDARY))
    suggestions = [screen.editor.context.itemText(i) for i in range(screen.editor.context.count())]
    assert {"work", "home", "a relationship"} <= set(suggestions)
    screen.editor.context.setFocus()
    qtbot.keyClick(screen.editor.context, Qt.Key.Key_Down)  # take a suggestion…
    assert screen.editor.context.currentText() == "work"
    screen.editor.status.setFocus()
    qtbot.keyClick(screen.editor.status, Qt.Key.Key_End)
    assert screen.editor.status.currentText() == "Let go"
    qtbot.waitUntil(
        lambda: service.vault.boundaries.get(saved.id).status is BoundaryStatus.LET_GO, timeout=3000
    )
    assert service.vault.boundaries.get(saved.id).context == "work"
    assert len(service.vault.revisions.list(Kind.BOUNDARY)) > before
    # …or change it into one's own words
    screen.editor.context.lineEdit().selectAll()
    qtbot.keyClicks(screen.editor.context.lineEdit(), "the studio")
    screen.flush()
    assert service.vault.boundaries.get(saved.id).context == "the studio"
    assert screen.editor.context.count() == len(suggestions)  # own words stay private


def test_archive_and_undo_keeps_the_log(qtbot, service, screen: BoundariesScreen) -> None:
    saved = service.vault.boundaries.add(Boundary(None, "Cash first"))
    service.vault.boundaries.log_event(BoundaryEvent(None, saved.id, TODAY, Outcome.HELD))
    screen.load()
    screen.pane.archive_button.setFocus()
    qtbot.keyClick(screen.pane.archive_button, Qt.Key.Key_Space)
    assert service.vault.boundaries.list() == []
    assert screen.editor.log.model.rowCount() == 0
    screen.pane.undo_button.setFocus()
    qtbot.keyClick(screen.pane.undo_button, Qt.Key.Key_Space)
    assert [b.id for b in service.vault.boundaries.list()] == [saved.id]
    assert len(log_lines(screen)) == 1


def test_models_pass_the_model_tester(qtmodeltester, service, screen) -> None:
    saved = service.vault.boundaries.add(Boundary(None, "Phone off at night", context="home"))
    for outcome in Outcome:
        service.vault.boundaries.log_event(BoundaryEvent(None, saved.id, TODAY, outcome, "n"))
    screen.load()
    qtmodeltester.check(screen.list_model)
    qtmodeltester.check(screen.editor.log.model)


def test_lock_leaves_no_personal_text(qtbot, service, screen: BoundariesScreen) -> None:
    service.vault.values.add(Value(None, "Privacy"))
    saved = service.vault.boundaries.add(
        Boundary(
            None,
            "Secret boundary",
            context="Hidden place",
            script="Private script",
            if_crossed="Quiet plan",
            value_ids=(1,),
        )
    )
    service.vault.boundaries.log_event(
        BoundaryEvent(None, saved.id, TODAY, Outcome.HELD, "Personal note")
    )
    screen.load()
    qtbot.keyClicks(screen.editor.log.note, "typed note")
    service.lock()
    personal = ("Secret", "Hidden", "Private", "Quiet", "Privacy", "Personal", "typed")
    texts = held_texts(screen)
    assert not [t for t in texts if any(word in t for word in personal)]
    assert "Held" not in screen.editor.log.summary.text()
    assert screen.editor.log.model.rowCount() == 0
