"""Session mode: walked step by step as a person and their therapist would, checked in the
vault, in the summary, and for anything from outside the session showing on screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import PASSPHRASE
from tests.gui.helpers import focused, held_texts, pdf_text, show_active
from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.goals import Goal, GoalStep
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.revisions import Kind
from wellbeing.domain.routines import Routine, Schedule
from wellbeing.domain.safety_plan import SafetyItem, Step
from wellbeing.domain.values import Pile, Value
from wellbeing.ui import file_dialogs
from wellbeing.ui.screens.session import SessionPage, has_saved_session
from wellbeing.ui.screens.session.looks import page_point_size
from wellbeing.ui.screens.session.prompts import FINISH
from wellbeing.ui.screens.session.summary import day_text

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 2)  # the FakeClock's day
CANARY = "Zanzibar-canary"
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def page(qtbot, service) -> SessionPage:
    widget = SessionPage(service)
    qtbot.addWidget(widget)
    return show_active(qtbot, widget)


def session_meta(service) -> dict | None:
    return service.vault.meta.get("session")


def before_the_session(service) -> None:
    """A plan made on another day, outside any session."""

    def change(v):
        v.values.add(Value(None, "Courage", pile=Pile.VERY_IMPORTANT, rank=1, why="old why"))
        v.goals.add(Goal(None, "Learn Portuguese", steps=(GoalStep("Find a class"),)))
        v.boundaries.add(Boundary(None, "Old boundary about weekends"))
        v.routines.add(Routine(None, "Old morning walk", Schedule.daily()))
        plan = v.safety_plan.get()
        v.safety_plan.save(plan.with_section(Step.WARNING_SIGNS, (SafetyItem("Old sign"),)))

    service.write(change, changes=Kind.VALUE)


def add_journal_canaries(service) -> None:
    def change(v):
        for n in range(3):
            v.journal.add(
                JournalEntry(
                    None,
                    f"{CANARY} title {n}",
                    f"Private words {CANARY} {n}",
                    datetime(2026, 2, 20 + n, 20, 0, tzinfo=UTC),
                    mood=3,
                    tags=(CANARY.lower(),),
                )
            )

    service.write(change, changes=Kind.JOURNAL)


def step_text(page: SessionPage) -> str:
    return page.header.step_label.text()


def go_next(qtbot, page: SessionPage) -> None:
    qtbot.mouseClick(page.header.next_button, Qt.MouseButton.LeftButton)


# Walking the whole session


def do_values(qtbot, page: SessionPage) -> None:
    values = page.step_screen(0)
    assert values.card_panel.card_name.text() == "Acceptance"
    very = values.card_panel.sort_buttons[Pile.VERY_IMPORTANT]
    very.setFocus()
    qtbot.keyClick(very, Qt.Key.Key_1)  # the key 1 sorts into "very important"


def do_goals(qtbot, page: SessionPage) -> None:
    goals = page.step_screen(1)
    qtbot.mouseClick(goals.pane.new_button, Qt.MouseButton.LeftButton)
    assert goals.editor.title_edit.hasFocus()
    qtbot.keyClicks(goals.editor.title_edit, "Find steadier hours")
    qtbot.keyClicks(goals.editor.steps.new_step, "Ask Robin Example about Tuesdays")
    qtbot.keyClick(goals.editor.steps.new_step, Qt.Key.Key_Return)


def do_boundaries(qtbot, page: SessionPage) -> None:
    boundaries = page.step_screen(2)
    qtbot.mouseClick(boundaries.pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(boundaries.editor.statement, "I keep Sundays for myself")
    qtbot.keyClicks(boundaries.editor.script, "Sunday is mine, see you Monday.")


def do_routines(qtbot, page: SessionPage) -> None:
    routines = page.step_screen(3)
    qtbot.mouseClick(routines.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(routines.editor.name, "Evening tea")


def do_safety_plan(qtbot, page: SessionPage) -> bool:
    screen = page.step_screen(4)
    sections = getattr(screen, "sections", None)
    if sections is None:  # this version has no safety plan screen yet
        return False
    field = sections[Step.WARNING_SIGNS].new_item
    qtbot.keyClicks(field, "Skipping meals")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    return True


def test_a_whole_session_step_by_step_and_its_summary(qtbot, service, page) -> None:
    before_the_session(service)
    assert not has_saved_session(service.vault)
    page.begin()
    state = page.state
    assert state is not None and page.current_step == 0
    meta = session_meta(service)
    assert meta["id"] == state.id and meta["step"] == 0 and meta["visited"] == [0]
    assert datetime.fromisoformat(meta["started_at"]) == datetime(2026, 3, 2, 9, tzinfo=UTC)
    assert has_saved_session(service.vault)
    assert step_text(page) == "Step 1 of 5 · Values"
    assert page.header.progress.value() == 1 and page.header.progress.maximum() == 5
    assert page.header.progress.accessibleDescription() == "Step 1 of 5: Values"
    assert not page.header.back_button.isEnabled()

    do_values(qtbot, page)
    go_next(qtbot, page)
    assert step_text(page) == "Step 2 of 5 · Goals"
    assert session_meta(service)["step"] == 1
    do_goals(qtbot, page)
    go_next(qtbot, page)  # leaving the step saves what was typed, without waiting
    assert [g.title for g in service.vault.goals.list()] == [
        "Learn Portuguese",
        "Find steadier hours",
    ]
    do_boundaries(qtbot, page)
    go_next(qtbot, page)
    do_routines(qtbot, page)
    go_next(qtbot, page)
    assert step_text(page) == "Step 5 of 5 · Safety plan"
    has_safety_plan = do_safety_plan(qtbot, page)
    go_next(qtbot, page)

    assert page.current_step == FINISH
    assert step_text(page) == "Last · Summary"
    assert not page.header.next_button.isEnabled()
    assert not page.header.skip_button.isEnabled()
    expected = [
        ("Values: Very important to me", ["Acceptance"]),
        ("Goals", ["Find steadier hours — steps: Ask Robin Example about Tuesdays"]),
        (
            "Boundaries",
            ["I keep Sundays for myself — what I can say: Sunday is mine, see you Monday."],
        ),
        ("Routines", ["Evening tea — Every day"]),
    ]
    if has_safety_plan:
        expected.append(("Safety plan: Warning signs", ["Skipping meals"]))
    assert page.summary_sections() == expected
    shown = page.finish.texts()
    assert shown == [line for title, lines in expected for line in (title, *lines)]
    summary = "\n".join(held_texts(page.finish))
    for old in ("Courage", "old why", "Portuguese", "Old boundary", "Old morning", "Old sign"):
        assert old not in summary

    # Every change made in the session carries its note and origin; the earlier ones don't.
    note = f"Made in session on {day_text(TODAY)}"
    in_session = service.vault.revisions.list(origin=state.origin)
    kinds = {r.kind for r in in_session}
    assert {Kind.VALUE, Kind.GOAL, Kind.BOUNDARY, Kind.ROUTINE} <= kinds
    assert has_safety_plan is (Kind.SAFETY_PLAN in kinds)
    assert all(r.note == note for r in in_session)
    earlier = service.vault.revisions.list(origin="")
    assert len(earlier) == 5 and all(r.note == "" for r in earlier)
    meta = session_meta(service)
    assert meta["step"] == FINISH and meta["visited"] == [0, 1, 2, 3, 4, 5]
    assert meta["skipped"] == []


def test_records_archived_in_the_session_and_old_safety_plan_lines_stay_out(
    qtbot, service, page
) -> None:
    before_the_session(service)
    page.begin()
    # Made and archived in the session: not part of what was made together.
    goal = service.write(lambda v: v.goals.add(Goal(None, "Changed my mind")), changes=Kind.GOAL)
    service.write(lambda v: v.goals.archive(goal.id), changes=Kind.GOAL)
    # An old goal changed in the session is in, as it stands now.
    old = next(g for g in service.vault.goals.list() if g.title == "Learn Portuguese")
    service.write(
        lambda v: v.goals.update(replace(old, title="Learn Portuguese, slowly")), changes=Kind.GOAL
    )
    plan = service.vault.safety_plan.get()
    plan = plan.with_section(Step.WARNING_SIGNS, (*plan.section(Step.WARNING_SIGNS),))
    plan = plan.with_section(Step.REASONS_FOR_LIVING, (SafetyItem("My cat, Biscuit"),))
    service.write(lambda v: v.safety_plan.save(plan), changes=Kind.SAFETY_PLAN)
    page.go_to(FINISH)
    sections = dict(page.summary_sections())
    assert sections.pop("Goals") == ["Learn Portuguese, slowly — steps: Find a class"]
    [(title, lines)] = sections.items()
    assert title.startswith("Safety plan: ") and lines == ["My cat, Biscuit"]


def test_skip_and_back_with_the_keyboard(qtbot, service, page) -> None:
    page.begin()
    header = page.header
    qtbot.mouseClick(header.skip_button, Qt.MouseButton.LeftButton)
    assert page.current_step == 1
    assert session_meta(service)["skipped"] == [0]
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)
    assert page.current_step == 2
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)
    assert page.current_step == 0
    qtbot.keyClick(focused(), Qt.Key.Key_Left, ALT)  # nothing before the first step
    assert page.current_step == 0
    for _ in range(5):
        qtbot.mouseClick(header.skip_button, Qt.MouseButton.LeftButton)
    assert page.current_step == FINISH
    assert session_meta(service)["skipped"] == [0, 1, 2, 3, 4]
    assert page.finish.skipped_label.text() == (
        "Skipped for today: Values, Goals, Boundaries, Routines, Safety plan. "
        "They are there whenever you like."
    )
    assert page.finish.empty_label.isVisible()
    assert not page.finish.save_button.isEnabled()
    qtbot.keyClick(focused(), Qt.Key.Key_Right, ALT)  # nothing after the summary
    assert page.current_step == FINISH


def test_a_session_cut_short_is_carried_on_with_everything_kept(qtbot, service) -> None:
    page = SessionPage(service)  # not handed to qtbot: this test destroys it itself
    show_active(qtbot, page)
    page.begin()
    first_id = page.state.id
    do_values(qtbot, page)
    go_next(qtbot, page)
    goals = page.step_screen(1)
    qtbot.mouseClick(goals.pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(goals.editor.title_edit, "Find steadier hours")
    # Cut short: the window goes away mid-step, without "End session".
    page.close()
    page.deleteLater()
    qtbot.waitUntil(lambda: service.revision_origin == "")
    assert [g.title for g in service.vault.goals.list()] == ["Find steadier hours"]
    assert has_saved_session(service.vault)

    again = SessionPage(service)
    qtbot.addWidget(again)
    show_active(qtbot, again)
    again.begin()
    assert again.stack.currentWidget() is again.offer
    assert again.offer.question.text() == f"Carry on with the session from {day_text(TODAY)}?"
    assert "step 2 of 5, Goals" in again.offer.detail.text()
    assert again.offer.carry_on_button.hasFocus()
    assert again.current_step is None and service.revision_origin == ""
    qtbot.keyClick(again.offer.carry_on_button, Qt.Key.Key_Return)

    assert again.current_step == 1 and again.state.id == first_id
    assert service.revision_origin == f"session:{first_id}"
    shown = again.step_screen(1)
    assert shown.list_model.records()[0].title == "Find steadier hours"
    again.back()
    values = again.step_screen(0)
    assert [v.name for v in values.piles.models[0].values()] == ["Acceptance"]
    # A change after carrying on joins the same session.
    again.go_to(FINISH)
    assert [title for title, _ in again.summary_sections()] == [
        "Values: Very important to me",
        "Goals",
    ]


def test_start_a_new_one_instead(qtbot, service, page) -> None:
    page.begin()
    old_id = page.state.id
    page.go_to(3)
    page.clear()
    assert service.revision_origin == ""
    page.begin()
    qtbot.mouseClick(page.offer.new_button, Qt.MouseButton.LeftButton)
    assert page.state.id != old_id and page.current_step == 0
    assert session_meta(service)["id"] == page.state.id


def test_not_now_leaves_the_saved_session_for_later(qtbot, service, page) -> None:
    page.begin()
    page.go_to(2)
    page.clear()
    page.begin()
    with qtbot.waitSignal(page.ended):
        qtbot.mouseClick(page.offer.not_now_button, Qt.MouseButton.LeftButton)
    assert session_meta(service)["step"] == 2
    assert page.current_step is None


def test_end_session_asks_gently_mid_way_then_forgets_the_session(qtbot, service, page) -> None:
    page.begin()
    go_next(qtbot, page)
    header = page.header
    qtbot.mouseClick(header.end_button, Qt.MouseButton.LeftButton)
    assert header.end_bar.isVisible()
    assert header.end_question.text() == "End the session now? Everything so far is saved."
    assert header.end_now_button.hasFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not header.end_bar.isVisible() and page.current_step == 1
    assert session_meta(service) is not None

    goals = page.step_screen(1)
    qtbot.mouseClick(goals.pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(goals.editor.title_edit, "Typed just before the end")
    qtbot.mouseClick(header.end_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(page.ended):
        qtbot.mouseClick(header.end_now_button, Qt.MouseButton.LeftButton)
    assert session_meta(service) is None
    assert not has_saved_session(service.vault)
    assert service.revision_origin == ""
    assert [g.title for g in service.vault.goals.list()] == ["Typed just before the end"]
    assert page.state is None and page.stack.currentWidget() is page.blank
    assert "Typed just before the end" not in held_texts(page)
    # Changes after the session are no longer marked as made in it.
    service.write(lambda v: v.goals.add(Goal(None, "Later")), changes=Kind.GOAL)
    assert service.vault.revisions.list(limit=1)[0].origin == ""


def test_end_from_the_summary_needs_no_question(qtbot, service, page) -> None:
    page.begin()
    page.go_to(FINISH)
    with qtbot.waitSignal(page.ended):
        qtbot.mouseClick(page.header.end_button, Qt.MouseButton.LeftButton)
    assert session_meta(service) is None


def test_nothing_from_the_journal_shows_at_any_step(qtbot, service, page) -> None:
    add_journal_canaries(service)
    service.vault.moods.set(TODAY, 2, note=f"mood note {CANARY}")

    def check() -> None:
        texts = held_texts(page)
        assert texts, "the walker found nothing at all"
        leaked = [text for text in texts if CANARY.casefold() in text.casefold()]
        assert not leaked, f"step {page.current_step}: {leaked}"
        for widget in [page, *page.findChildren(QWidget)]:
            assert CANARY not in widget.windowTitle()

    page.begin()
    check()
    do_values(qtbot, page)
    for step in range(1, FINISH + 1):
        go_next(qtbot, page)
        assert page.current_step == step
        check()
    page.clear()
    page.begin()  # the offer to carry on
    check()


def test_lock_saves_forgets_and_the_session_carries_on_after_unlock(qtbot, service, page) -> None:
    page.begin()
    session_id = page.state.id
    page.go_to(2)
    boundaries = page.step_screen(2)
    qtbot.mouseClick(boundaries.pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(boundaries.editor.statement, "Robin Example's secret boundary")
    service.lock()  # saves the typing first, then every screen forgets

    assert service.revision_origin == ""
    assert page.current_step is None and page.stack.currentWidget() is page.blank
    assert not any("Robin Example" in text for text in held_texts(page))
    assert not page.prompts.prompts()

    with qtbot.waitSignal(service.unlocked, timeout=20_000):
        service.unlock(PASSPHRASE)
    assert [b.statement for b in service.vault.boundaries.list()] == [
        "Robin Example's secret boundary"
    ]
    page.begin()
    qtbot.mouseClick(page.offer.carry_on_button, Qt.MouseButton.LeftButton)
    assert page.current_step == 2 and page.state.id == session_id
    assert page.step_screen(2).editor.statement.toPlainText() == "Robin Example's secret boundary"


def test_the_prompts_stand_apart_from_the_answers(qtbot, service, page) -> None:
    page.begin()
    prompts = page.prompts
    assert prompts.isVisible()
    assert prompts.accessibleName() == "Prompts for the conversation"
    assert prompts.frame.backgroundRole() == QPalette.ColorRole.AlternateBase
    assert prompts.frame.autoFillBackground()
    for step in range(FINISH + 1):
        screen = page.stack.currentWidget()
        assert not prompts.isAncestorOf(screen) and not screen.isAncestorOf(prompts)
        assert 3 <= len(prompts.prompts()) <= 5
        assert all(text.endswith("?") or text.endswith(".") for text in prompts.prompts())
        if step == 0:
            assert "Which of these cards feel most like you right now?" in prompts.prompts()
        if step == 4:
            joined = " ".join(prompts.prompts())
            assert "It is fine to leave out any that don't." in joined
            assert "just to be around?" in joined
        if step < FINISH:
            page.next()
    qtbot.mouseClick(page.header.prompts_button, Qt.MouseButton.LeftButton)
    assert not prompts.isVisible()
    assert page.header.prompts_button.text().replace("&", "") == "Show prompts"
    page.back()
    assert not prompts.isVisible()  # stays hidden until shown again
    qtbot.mouseClick(page.header.prompts_button, Qt.MouseButton.LeftButton)
    assert prompts.isVisible()


def test_every_control_has_a_spoken_name(qtbot, service, page) -> None:
    page.begin()
    page.request_end()
    own = [page.header, page.finish, page.offer, page.prompts]
    for root in own:
        for widget in [root, *root.findChildren(QWidget)]:
            if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and widget.isEnabled():
                assert widget.accessibleName(), f"{type(widget).__name__} has no name"


def test_large_text_follows_the_app(qtbot, service, page) -> None:
    app = QApplication.instance()
    original = QFont(app.font())
    page.begin()
    try:
        assert page.font().pointSizeF() == pytest.approx(page_point_size(original.pointSizeF()))
        assert page.font().pointSizeF() > original.pointSizeF() * 1.3
        bigger = QFont(original)
        bigger.setPointSizeF(original.pointSizeF() * 1.25)
        app.setFont(bigger)
        qtbot.waitUntil(
            lambda: page.font().pointSizeF() == pytest.approx(page_point_size(bigger.pointSizeF()))
        )
        label = page.header.end_question
        assert label.font().pointSizeF() == page.font().pointSizeF()
        heading = page.header.step_label
        qtbot.waitUntil(
            lambda: heading.font().pointSizeF() == pytest.approx(page.font().pointSizeF() * 1.2)
        )
    finally:
        app.setFont(original)
    # Never beyond the largest size the app offers (200 %), where screens still fit.
    assert page_point_size(original.pointSizeF() * 2) == pytest.approx(original.pointSizeF() * 2)


def test_the_summary_saves_as_a_pdf_with_only_the_session(
    qtbot, service, page, tmp_path: Path, monkeypatch
) -> None:
    before_the_session(service)
    page.begin()
    do_values(qtbot, page)
    page.go_to(FINISH)
    out = tmp_path / "summary"
    monkeypatch.setattr(file_dialogs, "chooser", lambda *a: out)
    qtbot.mouseClick(page.finish.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "summary.pdf"
    assert page.finish.save_note.text() == "Saved as “summary.pdf”."
    text = pdf_text(saved)
    assert "What we made together" in text and "Acceptance" in text
    assert "Courage" not in text and "Learn Portuguese" not in text
