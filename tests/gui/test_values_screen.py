"""The Values screen, driven by keyboard and mouse as a person would, checked in the vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.values import Pile, Value
from wellbeing.domain.values_deck import DECK
from wellbeing.ui.screens.values import ValuesScreen
from wellbeing.ui.screens.values.pile_model import PILES

pytestmark = pytest.mark.gui

VERY, IMPORTANT, LESS = Pile.VERY_IMPORTANT, Pile.IMPORTANT, Pile.LESS_IMPORTANT


@pytest.fixture
def screen(qtbot, service) -> ValuesScreen:
    widget = ValuesScreen(service)
    qtbot.addWidget(widget)
    show_active(qtbot, widget, size=(1280, 800))
    widget.load()
    return widget


def add_values(service, *values: Value) -> list[Value]:
    def change(v):
        return [v.values.add(value) for value in values]

    return service.write(change, changes=Kind.VALUE)


def stored(service) -> dict[str, Value]:
    return {value.name: value for value in service.vault.values.list()}


def shown(screen: ValuesScreen, pile: Pile) -> list[str]:
    model = screen.piles.models[PILES.index(pile)]
    return [model.data(model.index(row, 0)) for row in range(model.rowCount())]


def view_of(screen: ValuesScreen, pile: Pile) -> QAbstractItemView:
    return screen.piles.views[PILES.index(pile)]


def select(qtbot, screen: ValuesScreen, pile: Pile, row: int) -> None:
    """Click the card, as a person would; the list then has the keyboard focus."""
    view = view_of(screen, pile)
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.hasFocus()


def test_sorting_cards_with_the_keys_1_2_3_and_with_tab_and_space(qtbot, screen, service):
    panel = screen.card_panel
    assert panel.card_name.text() == "Acceptance"
    assert panel.card_description.text() == "to be accepted as I am"
    assert panel.progress_label.text() == "0 of 83 sorted"
    very = panel.sort_buttons[VERY]
    very.setFocus()
    qtbot.keyClick(very, Qt.Key.Key_1)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_3)
    # Tab from "Very important" reaches "Important"; Space presses it.
    assert QApplication.focusWidget() is very
    qtbot.keyClick(very, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is panel.sort_buttons[IMPORTANT]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    # Enter presses a focused button too.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    values = stored(service)
    assert {name: v.pile for name, v in values.items()} == {
        "Acceptance": VERY,
        "Accuracy": IMPORTANT,
        "Achievement": LESS,
        "Adventure": IMPORTANT,
        "Attractiveness": LESS,
    }
    assert values["Acceptance"].description == "to be accepted as I am"
    assert not any(v.own_card for v in values.values())
    assert panel.progress_label.text() == "5 of 83 sorted"
    assert panel.card_name.text() == "Authority"
    assert shown(screen, VERY) == ["Acceptance"]
    assert shown(screen, IMPORTANT) == ["Accuracy", "Adventure"]
    assert shown(screen, LESS) == ["Achievement", "Attractiveness"]
    assert "Attractiveness" in panel.note_label.text()


def test_skip_for_now_puts_the_card_at_the_end_of_this_session(qtbot, screen, service):
    panel = screen.card_panel
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert panel.card_name.text() == "Accuracy"
    assert service.vault.values.list() == []  # skipping stores nothing
    assert screen._queue[-1].name == "Acceptance"
    panel.sort_buttons[VERY].setFocus()
    qtbot.keyClick(panel.sort_buttons[VERY], Qt.Key.Key_1)
    assert stored(service)["Accuracy"].pile is VERY
    assert panel.card_name.text() == "Achievement"


def test_adding_my_own_card_offers_it_to_sort_at_once(qtbot, screen, service):
    panel = screen.card_panel
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert panel.own_form.isVisible() and panel.own_name.hasFocus()
    qtbot.keyClicks(panel.own_name, "Quiet mornings")
    qtbot.keyClick(panel.own_name, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "coffee before anyone needs me")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    own = stored(service)["Quiet mornings"]
    assert own.own_card and own.pile is Pile.UNSORTED
    assert own.description == "coffee before anyone needs me"
    assert not panel.own_form.isVisible()
    assert panel.card_name.text() == "Quiet mornings"
    assert panel.own_mark.isVisible()
    assert panel.progress_label.text() == "0 of 84 sorted"

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
    own = stored(service)["Quiet mornings"]
    assert own.pile is VERY and own.own_card
    assert len(service.vault.values.list()) == 1  # sorted in place, not added twice
    assert shown(screen, VERY) == ["Quiet mornings"]
    assert panel.progress_label.text() == "1 of 84 sorted"
    assert panel.card_name.text() == "Acceptance"

    # The same name again (any case or spacing) is not added twice.
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.own_name, "quiet   MORNINGS")
    qtbot.keyClick(panel.own_name, Qt.Key.Key_Return)
    assert "already have" in panel.own_note.text()
    assert len(service.vault.values.list()) == 1
    qtbot.keyClick(panel.own_name, Qt.Key.Key_Escape)
    assert not panel.own_form.isVisible()
    assert panel.own_name.text() == ""


def test_moving_a_card_between_piles_by_keyboard_and_menu(qtbot, screen, service):
    add_values(
        service,
        Value(None, "Honesty", pile=VERY),
        Value(None, "Fun", pile=IMPORTANT),
        Value(None, "Fame", pile=LESS),
    )
    assert shown(screen, VERY) == ["Honesty"]
    select(qtbot, screen, VERY, 0)
    assert screen.editor.name_edit.text() == "Honesty"

    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_3)
    assert stored(service)["Honesty"].pile is LESS
    assert shown(screen, LESS) == ["Honesty", "Fame"]  # stored order
    assert shown(screen, VERY) == []
    # The card stays selected, and the keyboard follows it to its new pile.
    assert view_of(screen, LESS).hasFocus()
    assert screen.piles.selected_value().name == "Honesty"
    assert screen.editor.where_label.text() == "In “Less important to me right now”"

    qtbot.keyClick(view_of(screen, LESS), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert stored(service)["Honesty"].pile is IMPORTANT
    assert view_of(screen, IMPORTANT).hasFocus()
    qtbot.keyClick(view_of(screen, IMPORTANT), Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert stored(service)["Honesty"].pile is VERY

    # The "Move to another pile" menu does the same.
    select(qtbot, screen, IMPORTANT, 0)
    assert screen.piles.selected_value().name == "Fun"
    screen.piles._prepare_move_menu()
    assert not screen.piles.move_actions[IMPORTANT].isEnabled()
    screen.piles.move_actions[LESS].trigger()
    assert stored(service)["Fun"].pile is LESS
    assert screen.editor.name_edit.text() == "Fun"


def test_ranking_the_very_important_pile_saves_ranks_in_one_change(qtbot, screen, service):
    add_values(
        service, *(Value(None, name, pile=VERY) for name in ("Ash", "Birch", "Cedar", "Dogwood"))
    )
    add_values(service, Value(None, "Elm", pile=IMPORTANT))
    assert shown(screen, VERY) == ["Ash", "Birch", "Cedar", "Dogwood"]  # not ranked yet
    saves: list[int] = []
    service.saved.connect(lambda: saves.append(1))

    select(qtbot, screen, VERY, 3)
    view = view_of(screen, VERY)
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert len(saves) == 1  # the whole reorder is one write
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    ranks = {name: v.rank for name, v in stored(service).items()}
    assert ranks == {"Ash": 1, "Dogwood": 2, "Birch": 3, "Cedar": 4, "Elm": None}
    assert shown(screen, VERY) == ["1. Ash", "2. Dogwood", "3. Birch", "4. Cedar"]
    assert screen.piles.selected_value().name == "Dogwood"
    assert view.hasFocus()

    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(screen.piles.up_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.piles.up_button, Qt.MouseButton.LeftButton)
    assert not screen.piles.up_button.isEnabled()  # already first
    ranks = {name: v.rank for name, v in stored(service).items()}
    assert ranks == {"Dogwood": 1, "Ash": 2, "Birch": 3, "Cedar": 4, "Elm": None}
    assert len(saves) == 5

    # Ctrl+Up does nothing in the other piles; moving a card out clears its rank.
    select(qtbot, screen, IMPORTANT, 0)
    qtbot.keyClick(view_of(screen, IMPORTANT), Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert len(saves) == 5
    select(qtbot, screen, VERY, 0)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert stored(service)["Dogwood"].rank is None
    assert stored(service)["Dogwood"].pile is IMPORTANT
    assert shown(screen, VERY) == ["1. Ash", "2. Birch", "3. Cedar"]


def test_why_it_matters_saves_itself(qtbot, screen, service):
    add_values(
        service,
        Value(None, "Honesty", "to be truthful", pile=VERY),
        Value(None, "Safety", pile=VERY),
    )
    select(qtbot, screen, VERY, 0)
    editor = screen.editor
    assert editor.form.isVisible() and not editor.empty_label.isVisible()
    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert editor.why_edit.hasFocus()  # the label's buddy
    qtbot.keyClicks(editor.why_edit, "Robin Example showed me why.")
    assert stored(service)["Honesty"].why == ""  # not yet: typing is still going on
    qtbot.waitUntil(
        lambda: stored(service)["Honesty"].why == "Robin Example showed me why.", timeout=3000
    )

    # Renaming, then switching cards at once: the switch saves what was typed.
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Truth")
    assert screen.autosave.pending
    select(qtbot, screen, VERY, 1)
    assert "Truth" in stored(service)
    assert editor.name_edit.text() == "Safety"
    assert shown(screen, VERY) == ["Truth", "Safety"]

    # An emptied name keeps the old one rather than losing the card's name.
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Delete)
    screen.flush()
    assert "Safety" in stored(service)


def test_archive_with_undo(qtbot, screen, service):
    add_values(
        service,
        Value(None, "Acceptance", pile=VERY),
        Value(None, "Fame", pile=LESS),
        Value(None, "Power", pile=LESS),
    )
    select(qtbot, screen, LESS, 0)
    qtbot.keyClick(view_of(screen, LESS), Qt.Key.Key_Delete)
    assert "Fame" not in stored(service)
    assert [v.name for v in service.vault.values.list(archived=True)] == ["Fame"]
    assert screen.piles.undo_bar.isVisible()
    assert "Fame" in screen.piles.undo_label.text()
    assert shown(screen, LESS) == ["Power"]
    assert screen.piles.selected_value().name == "Power"  # the next card, for the keyboard
    # An archived deck card does not come back to be sorted again.
    assert "Fame" not in [card.name for card in screen._queue]

    qtbot.mouseClick(screen.piles.undo_button, Qt.MouseButton.LeftButton)
    assert stored(service)["Fame"].pile is LESS
    assert not screen.piles.undo_bar.isVisible()
    assert screen.piles.selected_value().name == "Fame"

    # The button, then Ctrl+Z.
    select(qtbot, screen, VERY, 0)
    qtbot.mouseClick(screen.piles.archive_button, Qt.MouseButton.LeftButton)
    assert "Acceptance" not in stored(service)
    assert screen.editor.value_id is None and screen.editor.empty_label.isVisible()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Acceptance" in stored(service)


def test_other_changes_to_values_show_at_once(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", pile=VERY))
    select(qtbot, screen, VERY, 0)
    honesty = stored(service)["Honesty"]
    # Another screen (or session) writes: this one follows.
    service.write(
        lambda v: v.values.update(
            honesty.__class__(**{**honesty.__dict__, "why": "from elsewhere"})
        ),
        changes=Kind.VALUE,
    )
    assert screen.editor.why_edit.toPlainText() == "from elsewhere"
    service.write(lambda v: v.values.add(Value(None, "Fun", pile=IMPORTANT)), changes=Kind.VALUE)
    assert shown(screen, IMPORTANT) == ["Fun"]
    assert screen.card_panel.progress_label.text() == "2 of 83 sorted"


def test_its_own_saves_leave_the_words_being_typed_but_others_refresh_them(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", pile=VERY))
    select(qtbot, screen, VERY, 0)
    name = screen.editor.name_edit
    name.setFocus()
    name.end(False)
    qtbot.keyClicks(name, " and  ")  # on the way to "Honesty and  care"
    screen.flush()  # saved as "Honesty and" (spaces tidied), as the timer would
    assert "Honesty and" in stored(service)
    # The screen's own change does not write the tidied name back under the cursor.
    assert name.text() == "Honesty and  " and name.cursorPosition() == len("Honesty and  ")
    assert shown(screen, VERY) == ["Honesty and"]

    # The same change made elsewhere does show.
    honesty = stored(service)["Honesty and"]
    service.write(
        lambda v: v.values.update(honesty.__class__(**{**honesty.__dict__, "name": "Candour"})),
        changes=Kind.VALUE,
        initiator=object(),
    )
    assert name.text() == "Candour"
    assert shown(screen, VERY) == ["Candour"]


def test_a_stored_unsorted_card_is_sorted_in_place(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", "imported"))
    assert screen.card_panel.card_name.text() == "Honesty"
    screen.card_panel.sort_buttons[IMPORTANT].click()
    values = service.vault.values.list()
    assert [(v.name, v.pile, v.description) for v in values] == [("Honesty", IMPORTANT, "imported")]
    assert screen.card_panel.card_name.text() == "Acceptance"


def test_when_every_card_is_sorted_it_says_so_kindly(qtbot, screen, service):
    add_values(service, *(Value(None, card.name, pile=PILES[i % 3]) for i, card in enumerate(DECK)))
    panel = screen.card_panel
    assert panel.done_label.isVisible()
    assert panel.done_label.text() == "All cards sorted. You can change any of this at any time."
    assert panel.progress_label.text() == "83 of 83 sorted"
    assert not any(b.isVisible() or b.isEnabled() for b in panel.sort_buttons.values())
    assert not panel.skip_button.isVisible()
    assert panel.add_button.isVisible() and panel.add_button.isEnabled()
    # Keys do nothing then (and nothing breaks).
    qtbot.keyClick(panel, Qt.Key.Key_1)
    assert len(service.vault.values.list()) == 83


def test_empty_piles_and_editor_say_what_to_do(screen):
    assert all(view.placeholder == "Nothing here yet." for view in screen.piles.views)
    assert all(model.rowCount() == 0 for model in screen.piles.models)
    assert screen.editor.empty_label.isVisible()
    assert not screen.editor.form.isVisible()
    assert not screen.piles.archive_button.isEnabled()


def test_pile_models_pass_the_model_tester(qtmodeltester, screen, service):
    add_values(
        service,
        Value(None, "Honesty", "to be truthful", pile=VERY, rank=1),
        Value(None, "Safety", pile=VERY),
        Value(None, "Fun", pile=IMPORTANT),
    )
    for model in screen.piles.models:
        qtmodeltester.check(model)


def test_clear_on_lock_leaves_no_personal_text(qtbot, screen, service):
    add_values(
        service,
        Value(None, "Robin's garden", "where I breathe", pile=VERY, own_card=True),
        Value(None, "Zebra crossing", "a card of my own", own_card=True),
    )
    panel = screen.card_panel
    assert panel.card_name.text() == "Zebra crossing"
    select(qtbot, screen, VERY, 0)
    qtbot.keyClicks(screen.editor.why_edit, "Secret sunflower")
    qtbot.mouseClick(screen.piles.archive_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(panel.own_name, "Half-typed hush")
    before = " ".join(held_texts(screen))
    assert "Robin's garden" in before and "Zebra crossing" in before

    service.lock()
    after = " ".join(held_texts(screen))
    for secret in (
        "Robin",
        "garden",
        "breathe",
        "Zebra",
        "Secret",
        "sunflower",
        "hush",
        "Acceptance",
    ):
        assert secret not in after
    assert all(model.rowCount() == 0 for model in screen.piles.models)
    assert screen.editor.value_id is None
    # Undo history of the fields is gone too.
    panel.own_name.undo()
    screen.editor.name_edit.undo()
    screen.editor.why_edit.undo()
    assert panel.own_name.text() == screen.editor.name_edit.text() == ""
    assert screen.editor.why_edit.toPlainText() == ""


def test_headings_grow_with_a_doubled_font(screen):
    before = screen.card_panel.card_name.font().pointSizeF()
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    assert screen.card_panel.card_name.font().pointSizeF() == pytest.approx(before * 2)
    assert screen.piles.views[0].font().pointSizeF() == pytest.approx(font.pointSizeF())


def test_every_control_has_an_accessible_name(screen):
    for child in screen.findChildren(QWidget):
        if isinstance(child, QAbstractButton | QLineEdit | QPlainTextEdit | QAbstractItemView):
            assert child.accessibleName(), child


def test_ranks_stay_1_to_n_when_a_ranked_card_leaves_and_comes_back(qtbot, screen, service):
    add_values(
        service,
        Value(None, "Cedar", pile=VERY, rank=2),
        Value(None, "Ash", pile=VERY, rank=1),
        Value(None, "Birch", pile=VERY, rank=3),
    )
    assert shown(screen, VERY) == ["1. Ash", "2. Cedar", "3. Birch"]
    select(qtbot, screen, VERY, 1)
    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_Delete)
    assert {n: v.rank for n, v in stored(service).items()} == {"Ash": 1, "Birch": 2}
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {n: v.rank for n, v in stored(service).items()} == {"Ash": 1, "Cedar": 2, "Birch": 3}
    assert shown(screen, VERY) == ["1. Ash", "2. Cedar", "3. Birch"]
    # Moving a ranked card to another pile closes the gap too.
    select(qtbot, screen, VERY, 0)
    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert {n: v.rank for n, v in stored(service).items()} == {
        "Ash": None,
        "Cedar": 1,
        "Birch": 2,
    }


# A popup menu on the offscreen platform (test-only noise, not the screen's).
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_context_menu_opens_from_the_keyboard(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", pile=VERY), Value(None, "Safety", pile=VERY))
    select(qtbot, screen, VERY, 1)
    seen: list[list[str]] = []

    def use_menu() -> None:
        menu = QApplication.activePopupWidget()
        texts = [action.text() for action in menu.actions() if action.text()]
        seen.append(texts)
        next(a for a in menu.actions() if a.text() == "Move to “Important to me”").trigger()
        menu.close()

    QTimer.singleShot(0, use_menu)
    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert seen == [
        [
            "Move to “Important to me”",
            "Move to “Less important to me right now”",
            "Move up",
            "Move down",
            "Move to the archive",
        ]
    ]
    assert stored(service)["Safety"].pile is IMPORTANT


def test_tabbing_through_the_piles_keeps_the_card_being_edited(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", pile=VERY), Value(None, "Fun", pile=IMPORTANT))
    select(qtbot, screen, VERY, 0)
    qtbot.keyClick(view_of(screen, VERY), Qt.Key.Key_Tab)
    assert view_of(screen, IMPORTANT).hasFocus()
    assert screen.editor.name_edit.text() == "Honesty"
    qtbot.keyClick(view_of(screen, IMPORTANT), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.piles.move_button
    assert screen.piles.selected_value().name == "Honesty"
    # A key in a list acts on the card with the focus frame there.
    qtbot.keyClick(view_of(screen, IMPORTANT), Qt.Key.Key_3)
    assert stored(service)["Fun"].pile is LESS
    assert stored(service)["Honesty"].pile is VERY
    assert screen.editor.name_edit.text() == "Fun"


def test_keys_in_the_card_sort_never_move_a_card_selected_in_the_piles(qtbot, screen, service):
    add_values(service, Value(None, "Honesty", pile=VERY))
    select(qtbot, screen, VERY, 0)
    button = screen.card_panel.sort_buttons[LESS]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_3)
    assert stored(service)["Honesty"].pile is VERY
    assert stored(service)["Acceptance"].pile is LESS
    assert screen.piles.selected_value().name == "Honesty"
