"""The Goals screen, driven by keyboard as a person would, checked against the vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.gui.helpers import focused, held_texts, show_active, tab_to
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.revisions import Kind
from wellbeing.domain.values import Value
from wellbeing.ui.screens.goals import GoalsScreen

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)  # the FakeClock's day


@pytest.fixture
def screen(qtbot, service) -> GoalsScreen:
    widget = GoalsScreen(service)
    qtbot.addWidget(widget)
    return show_active(qtbot, widget, size=(1100, 800))


def add_values(service) -> list[Value]:
    return [service.vault.values.add(Value(None, name)) for name in ("Honesty", "Rest")]


def only_goal(service) -> Goal:
    goals = service.vault.goals.list()
    assert len(goals) == 1
    return goals[0]


def test_a_goal_written_entirely_by_keyboard_is_stored_with_steps_and_progress(
    qtbot, service, screen: GoalsScreen
) -> None:
    honesty, rest = add_values(service)
    screen.load()
    editor = screen.editor
    assert screen.stack.currentWidget() is screen.placeholder

    qtbot.keyClick(focused(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.title_edit.hasFocus()
    qtbot.keyClicks(editor.title_edit, "Find steadier hours")
    answers = {
        editor.specific: "Three set evenings a week",
        editor.measurable: "I check my calendar on Sundays",
        editor.achievable: "Robin Example covers one shift",
        editor.relevant: "Rest matters to me",
        editor.time_bound: "By the summer",
    }
    for box, words in answers.items():
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert box.hasFocus()  # the SMART fields follow each other, in order
        qtbot.keyClicks(box, words)

    tab_to(qtbot, editor.has_date)
    qtbot.keyClick(editor.has_date, Qt.Key.Key_Space)
    tab_to(qtbot, editor.value_links.view)
    qtbot.keyClick(editor.value_links.view, Qt.Key.Key_Space)  # Honesty
    qtbot.keyClick(editor.value_links.view, Qt.Key.Key_Down)
    qtbot.keyClick(editor.value_links.view, Qt.Key.Key_Space)  # Rest

    tab_to(qtbot, editor.steps.new_step)
    for step in ("Ask about the schedule", "Talk it over with Sam"):
        qtbot.keyClicks(editor.steps.new_step, step)
        qtbot.keyClick(editor.steps.new_step, Qt.Key.Key_Return)
    assert editor.steps.new_step.text() == ""
    tab_to(qtbot, editor.steps.view)
    qtbot.keyClick(editor.steps.view, Qt.Key.Key_Home)
    qtbot.keyClick(editor.steps.view, Qt.Key.Key_Space)  # the first step is done

    screen.flush()
    goal = only_goal(service)
    assert goal.title == "Find steadier hours"
    assert (
        goal.specific,
        goal.measurable,
        goal.achievable,
        goal.relevant,
        goal.time_bound,
    ) == tuple(answers.values())
    assert goal.target_date == TODAY
    assert goal.status is GoalStatus.ACTIVE
    assert goal.value_ids == (honesty.id, rest.id)
    assert goal.steps == (
        GoalStep("Ask about the schedule", done=True, done_on=TODAY),
        GoalStep("Talk it over with Sam", done=False, done_on=None),
    )
    assert goal.progress is None and goal.progress_percent == 50
    # …and the screen shows it
    assert editor.progress_bar.value() == 50
    assert screen.list_model.rowCount() == 1
    assert screen.list_model.data(screen.list_model.index(0, 0)) == (
        "Find steadier hours\nWorking on it · 50 %"
    )
    assert screen.pane.current_id() == goal.id
    assert editor.steps.done_label.text() == "1 of 2 steps done"


def test_a_new_goal_waits_for_its_title_and_keeps_what_was_written(
    qtbot, service, screen: GoalsScreen
) -> None:
    screen.load()
    qtbot.mouseClick(screen.pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(screen.editor.specific, "Something about rest")
    screen._autosave.flush()  # the debounced save: nothing stored without a title
    assert service.vault.goals.list() == []
    assert screen.editor.hint_label.isVisible()
    screen.flush()  # locking or switching away: nothing written is lost
    goal = only_goal(service)
    assert goal.specific == "Something about rest"
    assert goal.title == "A goal without a title yet"


def test_status_change_is_stored_and_shown_with_gentle_words(
    qtbot, service, screen: GoalsScreen
) -> None:
    saved = service.vault.goals.add(Goal(None, "Learn to swim"))
    screen.load()
    assert screen.pane.current_id() == saved.id
    before = len(service.vault.revisions.list(Kind.GOAL))
    screen.editor.status.setFocus()
    qtbot.keyClick(screen.editor.status, Qt.Key.Key_Down)
    assert screen.editor.status.currentText() == "Paused"
    qtbot.waitUntil(
        lambda: service.vault.goals.get(saved.id).status is GoalStatus.PAUSED, timeout=3000
    )
    assert "Paused" in screen.list_model.data(screen.list_model.index(0, 0))
    assert len(service.vault.revisions.list(Kind.GOAL)) == before + 1
    labels = [screen.editor.status.itemText(i) for i in range(screen.editor.status.count())]
    assert labels == ["Working on it", "Paused", "Achieved", "Let go"]
    assert not any("fail" in label.lower() for label in labels)


def test_edits_record_revisions(qtbot, service, screen: GoalsScreen) -> None:
    service.vault.goals.add(Goal(None, "Read more"))
    screen.load()
    before = len(service.vault.revisions.list(Kind.GOAL))
    qtbot.keyClicks(screen.editor.measurable, "A book a month")
    screen.flush()
    qtbot.keyClicks(screen.editor.steps.new_step, "Library card")
    qtbot.keyClick(screen.editor.steps.new_step, Qt.Key.Key_Return)
    screen.flush()
    revisions = service.vault.revisions.list(Kind.GOAL)
    assert len(revisions) == before + 2
    assert revisions[0].record_after().steps == (GoalStep("Library card"),)


def test_archive_with_delete_then_undo(qtbot, service, screen: GoalsScreen) -> None:
    first = service.vault.goals.add(Goal(None, "Walk by the river"))
    service.vault.goals.add(Goal(None, "Call my sister"))
    screen.load()
    screen.pane.view.setFocus()
    assert screen.pane.current_id() == first.id
    qtbot.keyClick(screen.pane.view, Qt.Key.Key_Delete)
    assert [g.title for g in service.vault.goals.list()] == ["Call my sister"]
    assert [g.id for g in service.vault.goals.list(archived=True)] == [first.id]
    assert screen.pane.undo_bar.isVisible()
    assert screen.list_model.rowCount() == 1
    assert screen.stack.currentWidget() is screen.placeholder

    qtbot.mouseClick(screen.pane.undo_button, Qt.MouseButton.LeftButton)
    assert {g.id for g in service.vault.goals.list()} == {first.id, first.id + 1}
    assert not screen.pane.undo_bar.isVisible()
    assert screen.pane.current_id() == first.id
    assert screen.editor.title_edit.text() == "Walk by the river"


def test_steps_reorder_remove_bring_back_and_untick(qtbot, service, screen: GoalsScreen) -> None:
    steps = (GoalStep("One", True, date(2026, 2, 1)), GoalStep("Two"), GoalStep("Three"))
    saved = service.vault.goals.add(Goal(None, "Tidy the flat", steps=steps))
    screen.load()
    view = screen.editor.steps.view
    view.setFocus()
    view.setCurrentIndex(screen.editor.steps.model.index(2, 0))
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Three above Two
    qtbot.keyClick(view, Qt.Key.Key_Home)
    qtbot.keyClick(view, Qt.Key.Key_Space)  # One is not done after all
    qtbot.keyClick(view, Qt.Key.Key_End)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # Two goes…
    screen.flush()
    assert service.vault.goals.get(saved.id).steps == (GoalStep("One"), GoalStep("Three"))
    qtbot.mouseClick(screen.editor.steps.undo_button, Qt.MouseButton.LeftButton)  # …and back
    screen.flush()
    assert [s.text for s in service.vault.goals.get(saved.id).steps] == ["One", "Three", "Two"]


def test_own_estimate_and_back_to_steps(qtbot, service, screen: GoalsScreen) -> None:
    saved = service.vault.goals.add(
        Goal(
            None,
            "Sleep earlier",
            steps=(
                GoalStep("Phone out of the room", True, TODAY),
                GoalStep("Lights out by eleven"),
            ),
        )
    )
    screen.load()
    editor = screen.editor
    editor.own_estimate.setFocus()
    qtbot.keyClick(editor.own_estimate, Qt.Key.Key_Space)
    assert editor.estimate.isEnabled() and editor.estimate.value() == 50  # starts from steps
    editor.estimate.setFocus()
    editor.estimate.selectAll()
    qtbot.keyClicks(editor.estimate, "70")
    screen.flush()
    assert service.vault.goals.get(saved.id).progress == 70
    assert editor.progress_bar.value() == 70
    qtbot.keyClick(editor.own_estimate, Qt.Key.Key_Space)
    screen.flush()
    assert service.vault.goals.get(saved.id).progress is None
    assert editor.progress_bar.value() == 50


def test_an_emptied_title_keeps_the_old_one(qtbot, service, screen: GoalsScreen) -> None:
    saved = service.vault.goals.add(Goal(None, "Swim"))
    screen.load()
    screen.editor.title_edit.selectAll()
    qtbot.keyClick(screen.editor.title_edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(screen.editor.relevant, "Water calms me")
    screen.flush()
    stored = service.vault.goals.get(saved.id)
    assert (stored.title, stored.relevant) == ("Swim", "Water calms me")
    assert screen.editor.hint_label.isVisible()


def test_follows_changes_made_elsewhere(qtbot, service, screen: GoalsScreen) -> None:
    saved = service.vault.goals.add(Goal(None, "Paint"))
    screen.load()
    changed = Goal(saved.id, "Paint the hallway", status=GoalStatus.ACHIEVED)
    service.write(lambda v: v.goals.update(changed), changes=Kind.GOAL)
    assert screen.editor.title_edit.text() == "Paint the hallway"
    assert screen.editor.status.currentText() == "Achieved"
    service.write(lambda v: v.values.add(Value(None, "Creativity")), changes=Kind.VALUE)
    assert screen.editor.value_links.model.rowCount() == 1
    # the screen's own saves do not reload the editor under the person's cursor
    qtbot.keyClicks(screen.editor.title_edit, " blue")
    screen.flush()
    assert screen.editor.title_edit.text() == "Paint the hallway blue"
    assert screen.editor.title_edit.cursorPosition() == len("Paint the hallway blue")


def test_models_pass_the_model_tester(qtmodeltester, service, screen: GoalsScreen) -> None:
    add_values(service)
    service.vault.goals.add(Goal(None, "A", steps=(GoalStep("a"), GoalStep("b", True, TODAY))))
    service.vault.goals.add(Goal(None, "B", status=GoalStatus.LET_GO))
    screen.load()
    screen.editor.value_links.set_checked_ids([1])
    qtmodeltester.check(screen.list_model)
    qtmodeltester.check(screen.editor.steps.model)
    qtmodeltester.check(screen.editor.value_links.model)


def test_sorted_active_paused_achieved_let_go(service, screen: GoalsScreen) -> None:
    for title, status in (
        ("D", GoalStatus.LET_GO),
        ("C", GoalStatus.ACHIEVED),
        ("B", GoalStatus.PAUSED),
        ("A", GoalStatus.ACTIVE),
    ):
        service.vault.goals.add(Goal(None, title, status=status))
    screen.load()
    lines = [screen.list_model.data(screen.list_model.index(r, 0)) for r in range(4)]
    assert [line.split("\n")[1].split(" · ")[0] for line in lines] == [
        "Working on it",
        "Paused",
        "Achieved",
        "Let go",
    ]


def test_lock_leaves_no_personal_text(qtbot, service, screen: GoalsScreen) -> None:
    add_values(service)
    service.vault.goals.add(
        Goal(
            None,
            "Secret plan Robin",
            specific="Hidden words",
            value_ids=(1,),
            steps=(GoalStep("Private step"),),
        )
    )
    screen.load()
    qtbot.keyClicks(screen.editor.achievable, " unsaved typing")
    screen.pane.show_undo(1)
    service.lock()  # flushes, then the screen forgets
    personal = ("Secret", "Hidden", "Private", "Honesty", "Rest", "unsaved", "Robin")
    texts = held_texts(screen)
    assert not [t for t in texts if any(word in t for word in personal)]
    assert screen.list_model.rowCount() == 0
    assert screen.editor.steps.model.rowCount() == 0
    assert screen.editor.value_links.model.rowCount() == 0
    assert screen.pane.undo_bar.isHidden()


def test_doubled_font_gives_the_fields_room(qtbot, screen: GoalsScreen) -> None:
    normal = screen.editor.specific.sizeHint().height()
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    assert screen.editor.specific.sizeHint().height() > 1.6 * normal


def test_archive_by_button_keeps_undo_in_reach_of_the_keyboard(
    qtbot, service, screen: GoalsScreen
) -> None:
    first = service.vault.goals.add(Goal(None, "Walk by the river"))
    service.vault.goals.add(Goal(None, "Call my sister"))
    screen.load()
    screen.pane.archive_button.setFocus()
    qtbot.keyClick(screen.pane.archive_button, Qt.Key.Key_Space)
    assert screen.pane.view.hasFocus()  # back on the list, on the next goal
    assert screen.editor.title_edit.text() == "Call my sister"
    assert screen.pane.undo_bar.isVisible()
    tab_to(qtbot, screen.pane.undo_button)
    qtbot.keyClick(screen.pane.undo_button, Qt.Key.Key_Space)
    assert first.id in {g.id for g in service.vault.goals.list()}
    assert screen.editor.title_edit.text() == "Walk by the river"


def test_a_linked_value_moved_to_the_archive_stays_visible(
    qtbot, service, screen: GoalsScreen
) -> None:
    _, rest = add_values(service)
    goal = service.vault.goals.add(Goal(None, "Say no more often", value_ids=(rest.id,)))
    service.vault.values.archive(rest.id)
    screen.load()
    model = screen.editor.value_links.model
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Honesty", "Rest (in the archive)"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    view = screen.editor.value_links.view
    view.setFocus()
    view.setCurrentIndex(model.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)  # unlink it
    screen.flush()
    assert service.vault.goals.get(goal.id).value_ids == ()


def test_a_step_is_reworded_with_f2(qtbot, service, screen: GoalsScreen) -> None:
    saved = service.vault.goals.add(Goal(None, "Garden", steps=(GoalStep("Buy seeds"),)))
    screen.load()
    view = screen.editor.steps.view
    view.setFocus()
    view.setCurrentIndex(screen.editor.steps.model.index(0, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    line = focused()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Buy tomato seeds")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: screen.editor.steps.steps()[0].text == "Buy tomato seeds")
    screen.flush()
    assert service.vault.goals.get(saved.id).steps == (GoalStep("Buy tomato seeds"),)
    # an emptied step keeps its words ("Remove step" is how a step goes)
    assert not screen.editor.steps.model.setData(screen.editor.steps.model.index(0, 0), "  ")


def test_showing_the_screen_again_keeps_a_new_goal_new(qtbot, service, screen) -> None:
    screen.load()
    screen.new_goal()
    qtbot.keyClicks(screen.editor.relevant, "Because")
    screen.load()  # the main window does this each time the screen is shown
    assert service.vault.goals.list() == []
    qtbot.keyClicks(screen.editor.title_edit, "Swim")
    screen.flush()
    assert [(g.title, g.relevant) for g in service.vault.goals.list()] == [("Swim", "Because")]
