"""The Safety plan screen, driven by keyboard as a person would, checked against the vault.

Everyone named here is invented ("Robin Example", "Sam Placeholder", 555-01xx numbers).
"""

from __future__ import annotations

import sys
import types
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from tests.gui.helpers import focused, held_texts, pdf_text, show_active, tab_to
from wellbeing.domain.revisions import Kind
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.ui import file_dialogs
from wellbeing.ui.screens.safety_plan import SafetyPlanScreen
from wellbeing.ui.screens.safety_plan.prompts import (
    default_prompt,
    service_suggestions,
    step_title,
)

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def screen(qtbot, service) -> SafetyPlanScreen:
    widget = SafetyPlanScreen(service)
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def stored(service) -> SafetyPlan:
    return service.vault.safety_plan.get()


def store(service, plan: SafetyPlan) -> None:
    service.vault.safety_plan.save(plan)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def type_and_enter(qtbot, screen: SafetyPlanScreen, step: Step, text: str) -> None:
    section = screen.sections[step]
    tab_to(qtbot, section.new_item)
    qtbot.keyClicks(section.new_item, text)
    press(qtbot, Qt.Key.Key_Return)
    assert section.new_item.text() == ""  # ready for the next one


def rows(screen: SafetyPlanScreen, step: Step) -> list[str]:
    model = screen.sections[step].model
    return [
        model.data(model.index(r, 0), Qt.ItemDataRole.EditRole) for r in range(model.rowCount())
    ]


# Writing the whole plan


def test_a_whole_plan_written_by_keyboard_is_stored_as_typed(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    screen.load()
    screen.crisis_button.setFocus()
    words = {
        Step.WARNING_SIGNS: ["Not sleeping for two nights", "Cancelling on everyone"],
        Step.ON_MY_OWN: ["A hot shower and loud music"],
        Step.PEOPLE_AND_PLACES: ["The library reading room"],
        Step.PEOPLE_TO_ASK: ["Robin Example"],
        Step.PROFESSIONALS: ["My counsellor, Sam Placeholder"],
        Step.SAFER_SURROUNDINGS: ["Ask Robin to keep the spare pills"],
        Step.REASONS_FOR_LIVING: ["My cat, Biscuit"],
    }
    for step, items in words.items():
        section = screen.sections[step]
        if step is Step.ON_MY_OWN:  # reword this step's prompt first: it comes first
            tab_to(qtbot, section.prompt.edit_button)
            press(qtbot, Qt.Key.Key_Space)
            assert section.prompt.edit.hasFocus()
            qtbot.keyClicks(section.prompt.edit, "What calms me when I am alone at night")
            tab_to(qtbot, section.prompt.done_button)
            press(qtbot, Qt.Key.Key_Space)
            assert section.prompt.label.text() == "What calms me when I am alone at night"
            assert section.prompt.original_button.isVisible()
        for text in items:
            type_and_enter(qtbot, screen, step, text)
        if step is Step.PEOPLE_TO_ASK:  # the new item is chosen: its details come next
            editor = section.editor
            assert editor.isVisible() and editor.text.toPlainText() == "Robin Example"
            tab_to(qtbot, editor.reach)
            qtbot.keyClicks(editor.reach, "555-0100, evenings")
            press(qtbot, Qt.Key.Key_Tab)
            assert editor.coded_label.hasFocus()
            qtbot.keyClicks(editor.coded_label, "R.")
            press(qtbot, Qt.Key.Key_Tab)
            assert editor.likelihood.hasFocus()
            for _ in range(4):
                press(qtbot, Qt.Key.Key_Down)
            assert editor.likelihood.currentText() == "4 · likely"
            press(qtbot, Qt.Key.Key_Tab)
            assert editor.obstacles.hasFocus()
            qtbot.keyClicks(editor.obstacles, "Robin works late on Fridays")
            assert rows(screen, step) == ["Robin Example"]
            shown = section.model.data(section.model.index(0, 0))
            assert shown == "Robin Example\n555-0100, evenings"

    details = screen.details
    tab_to(qtbot, details.kept_where)
    qtbot.keyClicks(details.kept_where, "In this app and a card in my wallet")
    press(qtbot, Qt.Key.Key_Tab)
    assert details.shared_with.hasFocus()
    qtbot.keyClicks(details.shared_with, "Robin Example and my counsellor")
    tab_to(qtbot, details.reviewed_today)
    press(qtbot, Qt.Key.Key_Space)
    screen.flush()

    plan = stored(service)
    expected = SafetyPlan(
        items={step: tuple(SafetyItem(text) for text in items) for step, items in words.items()},
        kept_where="In this app and a card in my wallet",
        shared_with="Robin Example and my counsellor",
        last_reviewed=service.vault.today(),
        prompts={Step.ON_MY_OWN: "What calms me when I am alone at night"},
    ).with_section(
        Step.PEOPLE_TO_ASK,
        (
            SafetyItem(
                "Robin Example",
                reach="555-0100, evenings",
                coded_label="R.",
                likelihood=4,
                obstacles="Robin works late on Fridays",
            ),
        ),
    )
    assert plan == expected
    # …and the screen shows it: titles, numbers, prompts (the reworded one and the others)
    for step, section in screen.sections.items():
        assert section.heading.text() == f"{step.number}. {step_title(step)}"
        if step is not Step.ON_MY_OWN:
            assert section.prompt.label.text() == default_prompt(step)
        assert rows(screen, step) == [item.text for item in plan.section(step)]
    assert details.last_reviewed.date().toPython() == service.vault.today()


def test_edits_save_themselves_after_a_pause(qtbot, service, screen: SafetyPlanScreen) -> None:
    screen.load()
    section = screen.sections[Step.WARNING_SIGNS]
    section.new_item.setFocus()
    qtbot.keyClicks(section.new_item, "Skipping meals")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: stored(service).section(Step.WARNING_SIGNS) == (SafetyItem("Skipping meals"),),
        timeout=3000,
    )


def test_prompts_are_kind_and_the_original_wording_comes_back(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    assert step_title(Step.WARNING_SIGNS) == "Warning signs"
    assert default_prompt(Step.ON_MY_OWN).endswith("ideas that work even at 2 a.m.")
    assert "to be with, not to tell" in default_prompt(Step.PEOPLE_AND_PLACES)
    store(service, SafetyPlan(prompts={Step.WARNING_SIGNS: "When things start to slide"}))
    screen.load()
    prompt = screen.sections[Step.WARNING_SIGNS].prompt
    assert prompt.label.text() == "When things start to slide"
    assert prompt.original_button.isVisible()
    prompt.original_button.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    screen.flush()
    assert stored(service).prompts == {}
    assert prompt.label.text() == default_prompt(Step.WARNING_SIGNS)
    assert not prompt.original_button.isVisible()
    assert prompt.edit_button.hasFocus()
    # emptying the box while rewording also means the original wording
    press(qtbot, Qt.Key.Key_Space)
    qtbot.keyClicks(prompt.edit, "My own words")
    screen.flush()
    assert stored(service).prompts == {Step.WARNING_SIGNS: "My own words"}
    prompt.edit.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    screen.flush()
    assert stored(service).prompts == {}


# Order, removal, rewording


def test_reorder_remove_and_undo(qtbot, service, screen: SafetyPlanScreen) -> None:
    three = tuple(SafetyItem(t) for t in ("One", "Two", "Three"))
    store(service, SafetyPlan(items={Step.ON_MY_OWN: three}))
    screen.load()
    section = screen.sections[Step.ON_MY_OWN]
    view = section.view
    view.setFocus()
    section.select_row(2)
    press(qtbot, Qt.Key.Key_Up, CTRL)  # Three above Two
    assert rows(screen, Step.ON_MY_OWN) == ["One", "Three", "Two"]
    assert section.current_row() == 1
    press(qtbot, Qt.Key.Key_Up, CTRL)
    screen.flush()
    assert [i.text for i in stored(service).section(Step.ON_MY_OWN)] == ["Three", "One", "Two"]
    qtbot.mouseClick(section.down_button, Qt.MouseButton.LeftButton)
    screen.flush()
    assert [i.text for i in stored(service).section(Step.ON_MY_OWN)] == ["One", "Three", "Two"]

    view.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # Three goes…
    screen.flush()
    assert [i.text for i in stored(service).section(Step.ON_MY_OWN)] == ["One", "Two"]
    assert section.undo_bar.isVisible()
    assert view.hasFocus() and section.current_item() == SafetyItem("Two")
    press(qtbot, Qt.Key.Key_Delete)  # …and Two
    press(qtbot, Qt.Key.Key_Z, CTRL)  # Two comes back…
    assert section.undo_bar.isVisible()
    tab_to(qtbot, section.undo_button)
    press(qtbot, Qt.Key.Key_Space)  # …and Three, where they were
    screen.flush()
    assert [i.text for i in stored(service).section(Step.ON_MY_OWN)] == ["One", "Three", "Two"]
    assert section.undo_bar.isHidden()


def test_an_item_is_reworded_with_f2_or_in_its_details(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    store(service, SafetyPlan(items={Step.REASONS_FOR_LIVING: (SafetyItem("My cat"),)}))
    screen.load()
    section = screen.sections[Step.REASONS_FOR_LIVING]
    section.view.setFocus()
    section.select_row(0)
    press(qtbot, Qt.Key.Key_F2)
    line = focused()
    line.selectAll()
    qtbot.keyClicks(line, "My cat, Biscuit")
    press(qtbot, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: rows(screen, Step.REASONS_FOR_LIVING) == ["My cat, Biscuit"])
    assert section.editor.text.toPlainText() == "My cat, Biscuit"  # the details follow
    screen.flush()
    assert stored(service).section(Step.REASONS_FOR_LIVING) == (SafetyItem("My cat, Biscuit"),)

    # emptied words keep the old ones (Remove is how an item goes), with a kind hint
    section.editor.text.setFocus()
    section.editor.text.selectAll()
    press(qtbot, Qt.Key.Key_Delete)
    assert section.editor.hint_label.isVisible()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Down)  # likelihood 1
    screen.flush()
    assert stored(service).section(Step.REASONS_FOR_LIVING) == (
        SafetyItem("My cat, Biscuit", likelihood=1),
    )
    qtbot.keyClicks(section.editor.text, "Biscuit")
    assert section.editor.hint_label.isHidden()
    screen.flush()
    assert stored(service).section(Step.REASONS_FOR_LIVING)[0].text == "Biscuit"


def test_one_items_details_at_a_time(qtbot, service, screen: SafetyPlanScreen) -> None:
    store(
        service,
        SafetyPlan(
            items={
                Step.WARNING_SIGNS: (SafetyItem("Racing thoughts"),),
                Step.PEOPLE_TO_ASK: (SafetyItem("Sam Placeholder", reach="555-0102"),),
            }
        ),
    )
    screen.load()
    first, fourth = screen.sections[Step.WARNING_SIGNS], screen.sections[Step.PEOPLE_TO_ASK]
    assert first.editor.isHidden() and fourth.editor.isHidden()
    assert first.details_hint.isVisible()  # says what choosing an item offers
    assert first.editor.reach.isHidden()  # contact fields only where they belong
    first.select_row(0)
    assert first.editor.isVisible() and first.details_hint.isHidden()
    fourth.select_row(0)
    assert fourth.editor.isVisible() and fourth.editor.reach.text() == "555-0102"
    assert first.editor.isHidden() and first.current_row() == -1


def _wheel(widget: QWidget, steps: int) -> None:
    """Turn the mouse wheel over ``widget``: negative steps down, positive up."""
    point = QPointF(5, 5)
    event = QWheelEvent(
        point,
        widget.mapToGlobal(point),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_page_not_an_answer_without_focus(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    store(service, SafetyPlan(items={Step.ON_MY_OWN: (SafetyItem("Knitting"),)}))
    screen.load()
    screen.sections[Step.ON_MY_OWN].select_row(0)
    likelihood = screen.sections[Step.ON_MY_OWN].editor.likelihood
    screen.crisis_button.setFocus()
    _wheel(likelihood, -1)
    _wheel(screen.details.last_reviewed, +1)
    assert likelihood.currentIndex() == 0
    assert screen.details.last_reviewed.text() == "Not yet"
    likelihood.setFocus()
    _wheel(likelihood, -1)
    assert likelihood.currentIndex() == 1


# Suggestions for professionals and services


def test_suggestions_add_editable_items_only_when_clicked(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    screen.load()
    section = screen.sections[Step.PROFESSIONALS]
    assert section.note_label is not None and section.note_label.isVisible()
    assert section.note_label.text() == (
        "Not every service is safe for everyone. Keep only the ones you trust; you can "
        "change or remove any of these."
    )
    assert [b.text() for b in section.suggestion_buttons] == [
        f"Add: {text}" for text in service_suggestions()
    ]
    assert service_suggestions() == [
        "My clinician and their after-hours number",
        "Urgent care near me",
        "A crisis line I choose",
    ]
    screen.flush()
    assert section.model.rowCount() == 0
    assert stored(service).section(Step.PROFESSIONALS) == ()  # nothing pre-filled silently
    for other in Step:
        if other is not Step.PROFESSIONALS:
            assert screen.sections[other].suggestion_buttons == []

    qtbot.mouseClick(section.suggestion_buttons[0], Qt.MouseButton.LeftButton)
    assert section.current_item() == SafetyItem("My clinician and their after-hours number")
    assert section.editor.text.hasFocus()  # ready to be put in the person's own words
    section.editor.text.selectAll()
    qtbot.keyClicks(section.editor.text, "Alex Sample, my counsellor")
    press(qtbot, Qt.Key.Key_Tab)
    assert section.editor.reach.hasFocus() and section.editor.reach.text() == ""
    qtbot.keyClicks(section.editor.reach, "555-0199 (after hours)")
    section.suggestion_buttons[2].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    screen.flush()
    assert stored(service).section(Step.PROFESSIONALS) == (
        SafetyItem("Alex Sample, my counsellor", reach="555-0199 (after hours)"),
        SafetyItem("A crisis line I choose"),
    )
    section.view.setFocus()
    press(qtbot, Qt.Key.Key_Delete)  # a suggestion goes like any other item
    screen.flush()
    assert [i.text for i in stored(service).section(Step.PROFESSIONALS)] == [
        "Alex Sample, my counsellor"
    ]


# Saving: revisions, changes made elsewhere, the cursor


def test_every_change_is_a_revision(qtbot, service, screen: SafetyPlanScreen) -> None:
    screen.load()
    before = len(service.vault.revisions.list(Kind.SAFETY_PLAN))
    type_and_enter(qtbot, screen, Step.WARNING_SIGNS, "Not answering the phone")
    screen.flush()
    assert len(service.vault.revisions.list(Kind.SAFETY_PLAN)) == before + 1
    tab_to(qtbot, screen.details.kept_where)
    qtbot.keyClicks(screen.details.kept_where, "Top drawer")
    screen.flush()
    revisions = service.vault.revisions.list(Kind.SAFETY_PLAN)
    assert len(revisions) == before + 2
    assert revisions[0].record_after().kept_where == "Top drawer"
    screen.flush()  # nothing new, no revision
    assert len(service.vault.revisions.list(Kind.SAFETY_PLAN)) == before + 2


def test_a_change_made_elsewhere_is_shown_and_nothing_pending_is_lost(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    store(service, SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Racing thoughts"),)}))
    screen.load()
    section = screen.sections[Step.WARNING_SIGNS]
    section.select_row(0)
    editor = section.editor
    editor.text.setFocus()
    editor.text.moveCursor(editor.text.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor.text, " at night")  # not saved yet when the change comes
    elsewhere = stored(service).with_section(Step.ON_MY_OWN, (SafetyItem("Call Robin"),))
    service.write(lambda v: v.safety_plan.save(elsewhere), changes=Kind.SAFETY_PLAN)
    assert rows(screen, Step.ON_MY_OWN) == ["Call Robin"]
    plan = stored(service)
    assert plan.section(Step.WARNING_SIGNS) == (SafetyItem("Racing thoughts at night"),)
    assert plan.section(Step.ON_MY_OWN) == (SafetyItem("Call Robin"),)
    # the person's own saves leave the cursor where it was
    qtbot.keyClicks(editor.text, " and dawn")
    screen.flush()
    assert editor.text.toPlainText() == "Racing thoughts at night and dawn"
    assert editor.text.textCursor().position() == len("Racing thoughts at night and dawn")
    assert editor.text.hasFocus() and section.current_row() == 0
    # a change elsewhere to the item being worked on shows in its details
    changed = stored(service).with_section(
        Step.WARNING_SIGNS, (SafetyItem("Racing thoughts at night and dawn", likelihood=5),)
    )
    service.write(lambda v: v.safety_plan.save(changed), changes=Kind.SAFETY_PLAN)
    assert editor.likelihood.currentIndex() == 5
    assert editor.text.textCursor().position() == len("Racing thoughts at night and dawn")


def test_reviewed_today_uses_the_vaults_day(qtbot, service, clock, screen: SafetyPlanScreen):
    screen.load()
    assert screen.details.last_reviewed.text() == "Not yet"
    clock.advance(days=3)
    qtbot.mouseClick(screen.details.reviewed_today, Qt.MouseButton.LeftButton)
    screen.flush()
    assert stored(service).last_reviewed == service.vault.today()
    assert service.vault.today().day == 5


# Buttons that reach other parts of the app


def test_crisis_button_saves_first_then_asks_for_the_crisis_view(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    screen.load()
    section = screen.sections[Step.PEOPLE_TO_ASK]
    section.new_item.setFocus()
    qtbot.keyClicks(section.new_item, "Robin Example")
    press(qtbot, Qt.Key.Key_Return)
    screen.crisis_button.setFocus()
    with qtbot.waitSignal(screen.crisis_requested, timeout=1000):
        press(qtbot, Qt.Key.Key_Space)
    assert stored(service).section(Step.PEOPLE_TO_ASK) == (SafetyItem("Robin Example"),)
    assert "F1" in screen.crisis_button.text()


class _FakePdf:
    def __init__(self) -> None:
        self.calls: list[tuple[SafetyPlan, Path, bool, bool]] = []

    def write_safety_plan_pdf(
        self, plan: SafetyPlan, out: Path, *, card: bool = False, coded: bool = False
    ) -> None:
        self.calls.append((plan, out, card, coded))
        out.write_bytes(b"%PDF-1.4 fake")


def _choose_file(monkeypatch, chosen: str) -> list[str]:
    asked: list[str] = []

    def fake(mode: str, parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
        asked.append(str(start))
        return Path(chosen) if chosen else None

    monkeypatch.setattr(file_dialogs, "chooser", fake)
    return asked


def test_pdf_buttons_call_the_pdf_writer_with_the_stored_plan(
    qtbot, service, screen: SafetyPlanScreen, monkeypatch, tmp_path: Path
) -> None:
    fake = _FakePdf()
    module = types.ModuleType("wellbeing.printing.pdf")
    module.write_safety_plan_pdf = fake.write_safety_plan_pdf  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wellbeing.printing.pdf", module)
    store(service, SafetyPlan(items={Step.PEOPLE_TO_ASK: (SafetyItem("Sam", coded_label="S."),)}))
    screen.load()
    actions = screen.keep_actions

    _choose_file(monkeypatch, "")  # cancelled: nothing written
    qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
    assert fake.calls == []

    asked = _choose_file(monkeypatch, str(tmp_path / "my plan"))
    qtbot.mouseClick(actions.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.writing is None)  # written off the GUI thread
    actions.coded.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    qtbot.mouseClick(actions.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.writing is None)
    assert asked[0].endswith("safety-plan.pdf") and asked[1].endswith("safety-plan-card.pdf")
    out = tmp_path / "my plan.pdf"
    assert fake.calls == [(stored(service), out, False, False), (stored(service), out, True, True)]
    assert actions.status.isVisible() and "my plan.pdf" in actions.status.text()


def test_the_real_pdf_holds_the_plan(
    qtbot, service, screen: SafetyPlanScreen, monkeypatch, tmp_path: Path
) -> None:
    store(service, SafetyPlan(items={Step.REASONS_FOR_LIVING: (SafetyItem("Biscuit the cat"),)}))
    screen.load()
    _choose_file(monkeypatch, str(tmp_path / "plan.pdf"))
    qtbot.mouseClick(screen.keep_actions.pdf_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.keep_actions.writing is None, timeout=20_000)
    text = pdf_text(tmp_path / "plan.pdf")
    assert "Biscuit the cat" in text


def test_readable_without_the_passphrase_opens_the_copy_dialog(
    qtbot, service, screen: SafetyPlanScreen, monkeypatch
) -> None:
    opened: list[Any] = []

    class FakeCopyDialog(QDialog):
        def __init__(self, svc, parent, *, settings=None) -> None:
            super().__init__(parent)
            opened.append((svc, parent, self))

    module = types.ModuleType("wellbeing.ui.screens.crisis.copy_dialog")
    module.CrisisCopyDialog = FakeCopyDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "wellbeing.ui.screens.crisis.copy_dialog", module)
    screen.load()
    qtbot.mouseClick(screen.keep_actions.copy_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    svc, parent, dialog = opened[0]
    assert svc is service and parent is screen
    assert dialog.isVisible()
    service.lock()  # locking closes it, and it is no longer part of the screen
    assert not dialog.isVisible()
    assert dialog not in screen.findChildren(QDialog)


def test_the_real_copy_dialog_opens_and_goes_on_lock(
    qtbot, service, screen: SafetyPlanScreen
) -> None:
    from wellbeing.ui.screens.crisis import copy_dialog

    store(service, SafetyPlan(items={Step.PEOPLE_TO_ASK: (SafetyItem("Robin Example"),)}))
    screen.load()
    qtbot.mouseClick(screen.keep_actions.copy_button, Qt.MouseButton.LeftButton)
    dialogs = screen.findChildren(copy_dialog.CrisisCopyDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    service.lock()
    assert screen.findChildren(copy_dialog.CrisisCopyDialog) == []
    assert [t for t in held_texts(screen) if "Robin" in t] == []


# Models, forgetting, text size


def test_models_pass_the_model_tester(qtmodeltester, service, screen: SafetyPlanScreen) -> None:
    store(
        service,
        SafetyPlan(
            items={
                Step.WARNING_SIGNS: (SafetyItem("a"), SafetyItem("b", likelihood=2)),
                Step.PEOPLE_TO_ASK: (SafetyItem("Robin", reach="555-0100", coded_label="R."),),
            }
        ),
    )
    screen.load()
    for section in screen.sections.values():
        qtmodeltester.check(section.model)
    model = screen.sections[Step.WARNING_SIGNS].model
    model.move(0, +1)
    model.remove(0)
    qtmodeltester.check(model)


def test_lock_leaves_no_personal_text(qtbot, service, screen: SafetyPlanScreen) -> None:
    store(
        service,
        SafetyPlan(
            items={
                Step.WARNING_SIGNS: (SafetyItem("Secret sign"), SafetyItem("Hidden mood")),
                Step.PEOPLE_TO_ASK: (
                    SafetyItem(
                        "Robin Example", reach="555-0100", coded_label="Rx", obstacles="Xyz"
                    ),
                ),
            },
            prompts={Step.ON_MY_OWN: "Private prompt"},
            kept_where="Drawer by the bed",
            shared_with="Sam Placeholder",
        ),
    )
    screen.load()
    people = screen.sections[Step.PEOPLE_TO_ASK]
    people.select_row(0)
    signs = screen.sections[Step.WARNING_SIGNS]
    signs.select_row(1)
    signs.remove_current()  # "Hidden mood" waits in the undo stack
    qtbot.keyClicks(signs.new_item, "Unsent typing")
    prompt = screen.sections[Step.REASONS_FOR_LIVING].prompt
    prompt.start_editing()
    qtbot.keyClicks(prompt.edit, "Reworded privately")
    qtbot.keyClicks(screen.details.kept_where, " mine")
    screen.keep_actions._say("Saved as robin-plan.pdf.")
    service.lock()  # flushes, then the screen forgets

    personal = ("Secret", "Hidden", "Robin", "555-0100", "Rx", "Xyz", "Private", "Drawer")
    personal += ("Sam", "Unsent", "Reworded", "mine", "robin")
    texts = held_texts(screen)
    assert [t for t in texts if any(word in t for word in personal)] == []
    for section in screen.sections.values():
        assert section.model.rowCount() == 0
        assert section.undo_bar.isHidden() and section._removed == []
        assert section.editor.isHidden() and section.editor.item is None
        assert section.own_prompt() is None
    assert screen.details.last_reviewed.text() == "Not yet"
    # nothing typed was lost either: it was saved before the screen forgot it
    assert screen.sections[Step.WARNING_SIGNS].prompt.label.text() == default_prompt(
        Step.WARNING_SIGNS
    )


def test_typed_before_lock_is_saved_first(qtbot, service, vault_dir, screen) -> None:
    screen.load()
    type_and_enter(qtbot, screen, Step.SAFER_SURROUNDINGS, "Knives in the locked box")
    service.lock()
    from tests.conftest import PASSPHRASE
    from wellbeing.vault.vault import Vault

    vault = Vault.unlock(vault_dir, PASSPHRASE)
    try:
        assert vault.safety_plan.get().section(Step.SAFER_SURROUNDINGS) == (
            SafetyItem("Knives in the locked box"),
        )
    finally:
        vault.close()


def test_the_layout_holds_at_double_text_size(qtbot, service, screen: SafetyPlanScreen) -> None:
    store(
        service,
        SafetyPlan(
            items={step: (SafetyItem(f"An item for {step.value}"),) for step in Step},
            prompts={Step.WARNING_SIGNS: "A long prompt in my own words " * 6},
        ),
    )
    screen.load()
    screen.sections[Step.PROFESSIONALS].select_row(0)
    normal_box = screen.sections[Step.PROFESSIONALS].editor.obstacles.sizeHint().height()
    normal_button = screen.crisis_button.sizeHint().width()
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    QApplication.processEvents()
    assert screen.crisis_button.sizeHint().width() > 1.6 * normal_button
    assert screen.sections[Step.PROFESSIONALS].editor.obstacles.sizeHint().height() > (
        1.6 * normal_box
    )
    assert screen.minimumSizeHint().width() <= 1280
    assert screen.scroll.horizontalScrollBar().maximum() == 0  # nothing runs off the side
    for step, section in screen.sections.items():  # details go under the list
        assert section.body.direction() == section.body.Direction.TopToBottom, step
    for button in screen.findChildren(QPushButton):
        if button.isVisibleTo(screen):  # every button shows its whole text
            assert button.width() >= button.sizeHint().width(), button.text()
    for section in screen.sections.values():
        label = section.prompt.label
        assert label.height() >= label.heightForWidth(label.width()), "prompt clipped"
