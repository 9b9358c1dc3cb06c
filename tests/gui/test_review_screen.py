"""The review screen: periods, progress in words and numbers, WHO-5, reflection, and plan
changes made from a review (each one a revision linked to the review)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.boundaries import Boundary, BoundaryEvent, BoundaryStatus, Outcome
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.review import Period, PeriodKind
from wellbeing.domain.revisions import Kind
from wellbeing.domain.routines import CheckIn, CheckInStatus, Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.values import Value
from wellbeing.ui.screens.review import ReviewScreen
from wellbeing.ui.screens.review.words import times

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)  # the FakeClock's day (a Monday)


@pytest.fixture
def data(service) -> dict:
    """Invented data through the vault: Robin Example's routine, goal, boundary, moods."""
    v = service.vault
    value = v.values.add(Value(None, "Honesty Robin"))
    walk = v.routines.add(
        Routine(None, "Evening walk Robin", Schedule.daily(), started_on=date(2025, 12, 1))
    )
    day = date(2025, 12, 1)
    n = 0
    while day <= TODAY:
        status = CheckInStatus.SKIPPED if n % 5 == 4 else CheckInStatus.DONE
        if n % 7 != 6:
            v.routines.check_in(CheckIn(walk.id, day, status))
        day += timedelta(days=1)
        n += 1
    goal = v.goals.add(
        Goal(
            None,
            "Library card Robin",
            steps=(GoalStep("Find the form", True, TODAY), GoalStep("Go")),
        )
    )
    boundary = v.boundaries.add(Boundary(None, "No calls after nine Robin"))
    for offset, outcome in ((0, Outcome.HELD), (3, Outcome.CROSSED), (40, Outcome.RENEGOTIATED)):
        v.boundaries.log_event(
            BoundaryEvent(None, boundary.id, TODAY - timedelta(days=offset), outcome)
        )
    for offset in range(0, 60, 3):
        v.moods.set(TODAY - timedelta(days=offset), 1 + offset % 5)
    v.who5.set(TODAY - timedelta(days=20), (3, 3, 4, 2, 3))
    v.safety_plan.save(SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Not sleeping Robin"),)}))
    return {"value": value, "routine": walk, "goal": goal, "boundary": boundary}


@pytest.fixture
def screen(qtbot, service, data) -> ReviewScreen:
    widget = ReviewScreen(service)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    widget.load()
    return widget


def table(model) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def expected_period(kind: str, service) -> Period:
    v = service.vault
    if kind == "all":
        return Period.custom(v.progress.first_day(), TODAY)
    if kind == "custom":
        return Period.custom(date(2026, 1, 10), date(2026, 2, 20))
    return Period.containing(TODAY, PeriodKind(kind))


# Periods


def test_opens_on_this_month_and_steps_with_alt_arrows(qtbot, screen, service) -> None:
    assert screen.period_bar.period() == Period.containing(TODAY, PeriodKind.MONTH)
    assert screen.period_bar.words.text() == "March 2026 (this month, so far)"
    qtbot.keyClick(screen, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert screen.period_bar.period() == Period.containing(date(2026, 2, 1), PeriodKind.MONTH)
    assert screen.period_bar.words.text() == "February 2026"
    done = service.vault.progress.routine_counts(date(2026, 2, 1), date(2026, 2, 28))
    assert table(screen.progress.counts_model)[0][1] == str(next(iter(done.values())).done)
    qtbot.keyClick(screen, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert screen.period_bar.words.text() == "March 2026 (this month, so far)"


@pytest.mark.parametrize("kind", ["week", "month", "quarter", "year", "all", "custom"])
def test_each_period_shows_what_the_vault_counts(qtbot, screen, service, data, kind) -> None:
    qtbot.mouseClick(screen.period_bar.buttons[kind], Qt.MouseButton.LeftButton)
    if kind == "custom":
        screen.period_bar.start_edit.setDate(QDate(2026, 1, 10))
        screen.period_bar.end_edit.setDate(QDate(2026, 2, 20))
    period = expected_period(kind, service)
    assert screen.period_bar.period() == period
    overview = service.vault.progress.overview(period)
    counts = overview.routine_counts[data["routine"].id]

    rows = table(screen.progress.counts_model)
    assert rows[0][:4] == [
        "Evening walk Robin",
        str(counts.done),
        str(counts.skipped),
        str(counts.not_needed),
    ]
    assert f"done {times(counts.done)}" in screen.progress.routine_words.text()
    boundary = overview.boundary_counts[data["boundary"].id]
    words = screen.progress.boundaries_words.text()
    assert ("held once" in words) == (boundary.held == 1)
    assert ("renegotiated once" in words) == (boundary.renegotiated == 1)
    assert len(table(screen.progress.mood_chart.model)) == len(overview.mood)
    who5 = table(screen.progress.who5_chart.model)
    assert [int(r[1]) for r in who5] == [p.score for p in overview.who5]
    assert screen.progress.who5_chart.view.accessibleDescription()
    if overview.mood:
        count = sum(p.count for p in overview.mood)
        assert f"from {count} moods noted" in screen.progress.mood_chart.summary.text()
    goal = next(g for g in overview.goals if g.goal_id == data["goal"].id)
    steps = [w.text() for w in screen.progress.goals_box.findChildren(QLabel)]
    assert f"Steps done in this period: {goal.steps_done_in_period}. In all: 1 of 2." in steps


def test_show_as_numbers_tables_pass_the_model_tester(qtbot, qtmodeltester, screen) -> None:
    chart = screen.progress.strength_chart
    assert chart.table.isHidden()
    qtbot.mouseClick(chart.toggle, Qt.MouseButton.LeftButton)
    assert chart.table.isVisible() and chart.toggle.text() == "Hide the numbers"
    assert table(chart.model)[-1][0] == "2 Mar 2026"
    for model in (
        chart.model,
        screen.progress.mood_chart.model,
        screen.progress.who5_chart.model,
        screen.progress.counts_model,
        screen.changes.model,
        screen.reflection.past_model,
    ):
        qtmodeltester.check(model)


# WHO-5


def test_who5_by_keyboard_stores_today_and_shows_the_score(qtbot, screen, service) -> None:
    screen.tabs.setCurrentIndex(1)
    answers = [2, 3, 2, 1, 2]  # 10 of 25: 40 of 100
    first = screen.who5.choices[0]
    first.setFocus()
    for combo, points in zip(screen.who5.choices, answers, strict=True):
        assert combo.hasFocus()
        for _ in range(points + 1):  # from "Choose an answer" down to the answer
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert screen.who5.save_button.hasFocus()
    qtbot.keyClick(screen.who5.save_button, Qt.Key.Key_Space)
    stored = service.vault.who5.get(TODAY)
    assert stored is not None and list(stored.answers) == answers and stored.score == 40
    assert "40 out of 100" in screen.who5.result.text()
    assert "World Health Organization" in screen.who5.result.text()
    assert screen.who5.gentle.isVisible() and "F1" in screen.who5.gentle.text()
    # Its trend on the progress page now holds today's score too.
    assert table(screen.progress.who5_chart.model)[-1] == ["2 Mar 2026", "40"]


def test_who5_is_never_required_and_a_high_score_has_no_warning(qtbot, screen, service) -> None:
    assert not screen.who5.save_button.isEnabled()
    for combo in screen.who5.choices:
        combo.setCurrentIndex(5)
    qtbot.mouseClick(screen.who5.save_button, Qt.MouseButton.LeftButton)
    assert service.vault.who5.get(TODAY).score == 100
    assert "100 out of 100" in screen.who5.result.text()
    assert screen.who5.gentle.isHidden()


# Reflection


def test_reflection_saves_itself_and_past_reviews_open_read_only(qtbot, screen, service) -> None:
    screen.tabs.setCurrentIndex(1)
    helped = screen.reflection.fields[0]
    helped.setFocus()
    qtbot.keyClicks(helped, "Walking with Robin")
    march = Period.containing(TODAY, PeriodKind.MONTH)

    def saved() -> bool:
        found = service.vault.reviews.list()
        return bool(found) and found[0].what_helped == "Walking with Robin"

    qtbot.waitUntil(saved, timeout=3000)
    review = service.vault.reviews.list()[0]
    assert (review.period_start, review.period_end) == (march.start, march.end)
    qtbot.keyClicks(screen.reflection.fields[2], "Earlier nights")
    screen.flush()
    assert service.vault.reviews.get(review.id).what_to_change == "Earlier nights"
    assert len(service.vault.reviews.list()) == 1  # updated, not added again

    # Another period has its own (empty) reflection; March's is listed and readable.
    screen.period_bar.go_previous()
    assert helped.toPlainText() == ""
    past = screen.reflection.past
    assert "March 2026" in screen.reflection.past_model.index(0).data()
    past.setFocus()
    past.setCurrentIndex(screen.reflection.past_model.index(0))
    qtbot.keyClick(past, Qt.Key.Key_Return)
    reader = screen.reflection.reader
    assert reader.isVisible() and reader.isReadOnly()
    assert "Walking with Robin" in reader.toPlainText()


# Changing the plan from the review


def review_of_this_month(service):
    march = Period.containing(TODAY, PeriodKind.MONTH)
    found = [
        r
        for r in service.vault.reviews.list()
        if (r.period_start, r.period_end) == (march.start, march.end)
    ]
    assert len(found) == 1
    return found[0]


def last_revision(service, kind: Kind, entity_id: int):
    return service.vault.revisions.list(kind, entity_id, limit=1)[0]


def choose(screen, kind: str, record_id) -> None:
    screen.tabs.setCurrentIndex(2)
    screen.changes.select(kind, record_id)
    screen.changes.view.setFocus()


def test_pause_a_routine_is_linked_to_the_review(qtbot, screen, service, data) -> None:
    routine = data["routine"]
    choose(screen, "routine", routine.id)
    qtbot.mouseClick(screen.changes.pause_button, Qt.MouseButton.LeftButton)
    assert service.vault.routines.get(routine.id).status is RoutineStatus.PAUSED
    review = review_of_this_month(service)
    revision = last_revision(service, Kind.ROUTINE, routine.id)
    assert revision.review_id == review.id and revision.origin == f"review:{review.id}"
    assert screen.changes.confirmation.text() == "Paused the routine “Evening walk Robin”."
    assert service.revision_origin == ""  # the note does not leak into other screens
    # Undo puts it back, still in the review.
    qtbot.mouseClick(screen.changes.undo_button, Qt.MouseButton.LeftButton)
    assert service.vault.routines.get(routine.id).status is RoutineStatus.ACTIVE
    assert last_revision(service, Kind.ROUTINE, routine.id).review_id == review.id


def test_let_go_of_a_goal_and_a_value(qtbot, screen, service, data) -> None:
    choose(screen, "goal", data["goal"].id)
    qtbot.mouseClick(screen.changes.let_go_button, Qt.MouseButton.LeftButton)
    assert service.vault.goals.get(data["goal"].id).status is GoalStatus.LET_GO
    review = review_of_this_month(service)
    assert last_revision(service, Kind.GOAL, data["goal"].id).review_id == review.id
    assert "Let go of the goal “Library card Robin”." in screen.changes.confirmation.text()

    choose(screen, "value", data["value"].id)
    assert not screen.changes.pause_button.isEnabled()  # a value has nothing to pause
    qtbot.mouseClick(screen.changes.let_go_button, Qt.MouseButton.LeftButton)
    assert service.vault.values.is_archived(data["value"].id)
    assert last_revision(service, Kind.VALUE, data["value"].id).review_id == review.id


def test_recommit_to_a_paused_boundary(qtbot, screen, service, data) -> None:
    boundary = data["boundary"]
    service.vault.boundaries.update(
        service.vault.boundaries.get(boundary.id).__class__(
            boundary.id, boundary.statement, status=BoundaryStatus.PAUSED
        )
    )
    screen.refresh()
    choose(screen, "boundary", boundary.id)
    assert not screen.changes.pause_button.isEnabled()
    qtbot.mouseClick(screen.changes.recommit_button, Qt.MouseButton.LeftButton)
    assert service.vault.boundaries.get(boundary.id).status is BoundaryStatus.ACTIVE
    review = review_of_this_month(service)
    assert last_revision(service, Kind.BOUNDARY, boundary.id).review_id == review.id
    row = screen.changes.model.row_of("boundary", boundary.id)
    assert screen.changes.model.index(row, 2).data() == "Active"


def test_adjust_by_keyboard_inside_the_review(qtbot, screen, service, data) -> None:
    goal = data["goal"]
    choose(screen, "goal", goal.id)
    qtbot.keyClick(screen.changes.view, Qt.Key.Key_Return)
    editor = screen.changes.editor_text
    assert screen.changes.editor.isVisible() and editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Join the library Robin")
    screen.changes.editor_status.setCurrentIndex(screen.changes.editor_status.findData("paused"))
    qtbot.mouseClick(screen.changes.editor_save, Qt.MouseButton.LeftButton)
    stored = service.vault.goals.get(goal.id)
    assert stored.title == "Join the library Robin" and stored.status is GoalStatus.PAUSED
    assert stored.steps == goal.steps  # nothing else touched
    review = review_of_this_month(service)
    assert last_revision(service, Kind.GOAL, goal.id).review_id == review.id
    assert screen.changes.editor.isHidden()

    # A safety plan section, one item a line.
    screen.changes.select("safety_plan", None, Step.WARNING_SIGNS)
    qtbot.mouseClick(screen.changes.adjust_button, Qt.MouseButton.LeftButton)
    assert editor.toPlainText() == "Not sleeping Robin"
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Skipping meals Robin")
    qtbot.mouseClick(screen.changes.editor_save, Qt.MouseButton.LeftButton)
    plan = service.vault.safety_plan.get()
    assert [i.text for i in plan.section(Step.WARNING_SIGNS)] == [
        "Not sleeping Robin",
        "Skipping meals Robin",
    ]
    assert last_revision(service, Kind.SAFETY_PLAN, 1).review_id == review.id


@pytest.mark.parametrize(
    ("label", "kind", "repo"),
    [
        ("A goal", Kind.GOAL, "goals"),
        ("A boundary", Kind.BOUNDARY, "boundaries"),
        ("A routine", Kind.ROUTINE, "routines"),
        ("A value", Kind.VALUE, "values"),
    ],
)
def test_add_to_the_plan_from_the_review(qtbot, screen, service, label, kind, repo) -> None:
    screen.tabs.setCurrentIndex(2)
    changes = screen.changes
    changes.add_kind.setCurrentIndex(changes.add_kind.findText(label))
    changes.add_name.setFocus()
    qtbot.keyClicks(changes.add_name, "Something new Robin")
    qtbot.keyClick(changes.add_name, Qt.Key.Key_Return)
    added = [r for r in getattr(service.vault, repo).list() if "Something new Robin" in str(r)]
    assert len(added) == 1
    review = review_of_this_month(service)
    assert last_revision(service, kind, added[0].id).review_id == review.id
    assert "Something new Robin" in changes.confirmation.text()
    assert changes.current().id == added[0].id  # chosen in the list, ready for more
    qtbot.mouseClick(changes.undo_button, Qt.MouseButton.LeftButton)
    assert getattr(service.vault, repo).is_archived(added[0].id)


def test_a_change_reuses_the_review_already_written(qtbot, screen, service, data) -> None:
    qtbot.keyClicks(screen.reflection.fields[0], "Robin helped")
    screen.flush()
    review = review_of_this_month(service)
    choose(screen, "routine", data["routine"].id)
    qtbot.mouseClick(screen.changes.pause_button, Qt.MouseButton.LeftButton)
    assert review_of_this_month(service).id == review.id
    assert last_revision(service, Kind.ROUTINE, data["routine"].id).review_id == review.id


def test_follows_changes_made_elsewhere(qtbot, screen, service, data) -> None:
    service.write(
        lambda v: v.routines.check_in(CheckIn(data["routine"].id, TODAY, CheckInStatus.SKIPPED)),
        changes=Kind.CHECK_INS,
    )
    counts = service.vault.progress.routine_counts(date(2026, 3, 1), date(2026, 3, 31))
    assert table(screen.progress.counts_model)[0][2] == str(counts[data["routine"].id].skipped)
    service.write(lambda v: v.goals.add(Goal(None, "Made elsewhere Robin")), changes=Kind.GOAL)
    assert any(row[1] == "Made elsewhere Robin" for row in table(screen.changes.model))


# Forgetting and looks


def test_lock_leaves_no_personal_text(qtbot, screen, service, data) -> None:
    screen.progress.strength_chart.toggle.setChecked(True)
    qtbot.keyClicks(screen.reflection.fields[1], "Tired Robin")
    choose(screen, "goal", data["goal"].id)
    qtbot.mouseClick(screen.changes.adjust_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.changes.editor_text, " typed")
    qtbot.keyClicks(screen.changes.add_name, "Unsaved Robin")
    screen.reflection.load_past()
    screen.reflection.open_past(0)
    service.lock()
    texts = held_texts(screen)
    assert not [t for t in texts if "Robin" in t or "Library" in t]
    assert screen.progress.strength_chart.series.count() == 0
    assert screen.progress.counts_model.rowCount() == 0
    assert screen.changes.model.rowCount() == 0
    assert screen.period_bar.words.text() == ""


def test_layout_holds_at_double_font(qtbot, screen) -> None:
    normal = screen.progress.strength_chart.view.height()
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    for index in range(3):
        screen.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        page = screen.tabs.currentWidget().widget()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                assert button.width() >= button.sizeHint().width() - 1, button.text()
    assert screen.progress.strength_chart.view.height() > 1.6 * normal
    words = screen.period_bar.words
    assert words.height() >= words.heightForWidth(words.width()) - 1


def test_a_change_from_the_review_shows_in_its_history(qtbot, screen, service, data) -> None:
    """Change the plan in the review, then see it on the review's history tab."""
    routine = data["routine"]
    choose(screen, "routine", routine.id)
    qtbot.mouseClick(screen.changes.pause_button, Qt.MouseButton.LeftButton)
    from wellbeing.ui.screens.history import HistoryView

    (history,) = screen.findChildren(HistoryView)
    history.load()
    model = history.timeline.model()
    first = model.index(0, 0).data()
    assert "Paused the routine “Evening walk Robin”" in first and "in a review" in first
