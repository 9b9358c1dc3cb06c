"""The crisis view, its readable copy, the keeper, and the unlock page's way in."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tests.conftest import FAST_KDF
from tests.gui.helpers import focused, held_texts, show_active, tab_to
from wellbeing.app import App
from wellbeing.domain.changes import Kind
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.formats.crisis_copy import (
    COPY_FILE,
    CopyChoice,
    copy_exists,
    read_copy,
    write_copy,
)
from wellbeing.services.crisis_copy_keeper import CrisisCopyKeeper
from wellbeing.services.settings import Settings
from wellbeing.ui.screens.crisis import CrisisView
from wellbeing.ui.screens.crisis.copy_dialog import CrisisCopyDialog
from wellbeing.ui.screens.crisis.view import TEXT_SCALE, step_heading
from wellbeing.ui.screens.unlock import UnlockPage
from wellbeing.vault.vault import read_key_file

pytestmark = pytest.mark.gui

PLAN = SafetyPlan(
    items={
        Step.WARNING_SIGNS: (SafetyItem("Staying in bed past noon"),),
        Step.ON_MY_OWN: (
            SafetyItem("Cold water on my face", obstacles="Hidden-obstacle"),
            SafetyItem("The playlist called still here"),
        ),
        Step.PEOPLE_TO_ASK: (
            SafetyItem("Robin Example", reach="07700 900123", coded_label="Sunflower"),
            SafetyItem("Sam Placeholder", reach="sam@example.org"),
        ),
        Step.PROFESSIONALS: (SafetyItem("Dr Alex Sample", reach="01632 960000"),),
        Step.REASONS_FOR_LIVING: (SafetyItem("My cat, Biscuit"),),
    },
    kept_where="Hidden-kept-where",
)
PERSONAL = (
    "Staying in bed",
    "Cold water",
    "playlist",
    "Robin",
    "07700",
    "Sam Placeholder",
    "sam@example.org",
    "Alex",
    "01632",
    "Biscuit",
    "Sunflower",
)


def _view(qtbot, size: tuple[int, int] = (900, 700), **kwargs) -> CrisisView:
    view = CrisisView(**kwargs)
    qtbot.addWidget(view)
    return show_active(qtbot, view, size)


def _personal(root: QWidget) -> list[str]:
    return [text for text in held_texts(root) if any(p in text for p in PERSONAL)]


def _save_plan(service, plan: SafetyPlan = PLAN) -> None:
    service.write(lambda v: v.safety_plan.save(plan), changes=Kind.SAFETY_PLAN)


# The view


def test_every_non_empty_step_and_contact_is_shown_in_order(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN)
    texts = view.texts()
    expected = [
        f"1. {step_heading(Step.WARNING_SIGNS)}",
        "Staying in bed past noon",
        f"2. {step_heading(Step.ON_MY_OWN)}",
        "Cold water on my face",
        "The playlist called still here",
        f"4. {step_heading(Step.PEOPLE_TO_ASK)}",
        "Robin Example",
        "07700 900123",
        "Sam Placeholder",
        "sam@example.org",
        f"5. {step_heading(Step.PROFESSIONALS)}",
        "Dr Alex Sample",
        "01632 960000",
        step_heading(Step.REASONS_FOR_LIVING),
        "My cat, Biscuit",
    ]
    assert texts[-len(expected) :] == expected  # after the heading and a calm first line
    for step in (Step.PEOPLE_AND_PLACES, Step.SAFER_SURROUNDINGS):  # empty: left out
        assert not any(step_heading(step) in text for text in texts)
    shown = " ".join(texts)
    for hidden in ("Hidden-obstacle", "Hidden-kept-where", "Sunflower"):
        assert hidden not in shown
    reach = next(label for label in view.findChildren(QLabel) if label.text() == "07700 900123")
    assert reach.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert reach.accessibleName() == "How to reach Robin Example: 07700 900123"


def test_coded_shows_labels_instead_of_names(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN, coded=True)
    shown = view.plain_text()
    assert "Sunflower" in shown and "Contact 2" in shown and "Contact 3" in shown
    for name in ("Robin", "Sam Placeholder", "Alex"):
        assert name not in shown
    assert "07700 900123" in shown  # how to reach them stays


def test_an_empty_plan_gets_a_kind_line(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(SafetyPlan())
    assert any("Your safety plan is empty for now" in text for text in view.texts())
    assert not any(text.startswith("1. ") for text in view.texts())


def test_back_and_esc_emit_closed(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN)
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    line = next(label for label in view.findChildren(QLabel) if label.text() == "Robin Example")
    line.setFocus()
    with qtbot.waitSignal(view.closed, timeout=1000):
        qtbot.keyClick(line, Qt.Key.Key_Escape)
    preview = _view(qtbot, closable=False)
    preview.show_plan(PLAN)
    assert not preview.back_button.isVisible()
    with qtbot.assertNotEmitted(preview.closed):
        qtbot.keyClick(preview, Qt.Key.Key_Escape)


def test_keyboard_reaches_every_line_and_the_scroll_follows(qtbot) -> None:
    view = _view(qtbot, size=(500, 300))
    view.show_plan(PLAN)
    qtbot.waitUntil(lambda: view.scroll.verticalScrollBar().maximum() > 0)  # laid out
    view.back_button.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if isinstance(focused(), QLabel):
            seen.append(focused().text())
    assert seen[:3] == [
        "Staying in bed past noon",
        "Cold water on my face",
        "The playlist called still here",
    ]
    assert "sam@example.org" in seen and "My cat, Biscuit" in seen
    reasons = next(
        label for label in view.findChildren(QLabel) if label.text() == "My cat, Biscuit"
    )
    tab_to(qtbot, reasons)
    assert view.scroll.verticalScrollBar().value() > 0  # Tab brought the line into view
    assert reasons.visibleRegion().boundingRect().height() == reasons.height()


def test_clear_leaves_nothing_personal(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN)
    assert _personal(view)
    view.clear()
    assert _personal(view) == []
    assert view.texts() == ["Your safety plan"]


def test_text_is_large_and_follows_the_text_size(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN)
    line = next(
        label for label in view.findChildren(QLabel) if label.text() == "Cold water on my face"
    )
    base = view.font().pointSizeF()
    assert line.font().pointSizeF() == pytest.approx(base * TEXT_SCALE)
    font = view.font()
    font.setPointSizeF(base * 2)
    view.setFont(font)
    assert line.font().pointSizeF() == pytest.approx(base * 2 * TEXT_SCALE)
    view.resize(1280, 800)

    def wrapped_and_whole() -> None:  # at 200 %: every line wraps, nothing is cut off
        for label in view.findChildren(QLabel):
            if label.text():
                assert label.width() <= view.scroll.viewport().width()
                assert label.heightForWidth(label.width()) <= label.height() + 1

    qtbot.waitUntil(wrapped_and_whole, timeout=2000)


def test_text_follows_the_app_text_size(qtbot) -> None:
    view = _view(qtbot)
    view.show_plan(PLAN)
    line = next(label for label in view.findChildren(QLabel) if label.text() == "My cat, Biscuit")
    app_font = QApplication.font()
    bigger = QFont(app_font)
    bigger.setPointSizeF(app_font.pointSizeF() * 1.5)
    try:
        QApplication.setFont(bigger)
        qtbot.waitUntil(
            lambda: line.font().pointSizeF() == pytest.approx(bigger.pointSizeF() * TEXT_SCALE)
        )
    finally:
        QApplication.setFont(app_font)
    qtbot.waitUntil(
        lambda: line.font().pointSizeF() == pytest.approx(app_font.pointSizeF() * TEXT_SCALE)
    )


# The dialog that turns the copy on and off


def _dialog(qtbot, service) -> CrisisCopyDialog:
    dialog = CrisisCopyDialog(service)  # the default settings file (in this test's home)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_copy_is_off_by_default(qtbot, service) -> None:
    _save_plan(service)
    dialog = _dialog(qtbot, service)
    assert "off" in dialog.status.text()
    assert not dialog.off_button.isEnabled()
    assert dialog.cancel_button.isDefault()
    assert "without encryption" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not copy_exists(service.folder)
    assert service.vault.meta.get("crisis_copy") is None


def test_turning_on_writes_exactly_the_preview(qtbot, service) -> None:
    _save_plan(service)
    dialog = _dialog(qtbot, service)
    assert dialog.coded_box.isChecked()  # a first choice leans private
    assert "Robin" not in dialog.preview.plain_text()
    qtbot.mouseClick(dialog.coded_box, Qt.MouseButton.LeftButton)  # show the names
    assert "Robin Example" in dialog.preview.plain_text()
    previewed = dialog.preview.texts()
    with qtbot.waitSignal(dialog.copy_changed, timeout=1000) as changed:
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    assert changed.args == [True]
    assert copy_exists(service.folder)
    choice = Settings().crisis_copy(service.vault.vault_id)
    assert choice is not None and not choice.coded
    assert service.vault.meta.get("crisis_copy") == {
        "enabled": True,
        "coded": False,
        "hide_numbers": False,
        "token": choice.token,
    }
    reopened = CrisisView()
    qtbot.addWidget(reopened)
    plan, coded = read_copy(service.folder)
    reopened.show_plan(plan, coded=coded)
    assert reopened.texts() == previewed
    raw = (service.folder / COPY_FILE).read_text("utf-8")
    personal = [text for text in previewed if any(p in text for p in PERSONAL)]
    assert personal and all(text in raw for text in personal)
    assert _personal(dialog) == []  # closed: the preview holds nothing any more


def test_coded_preview_matches_the_coded_file(qtbot, service) -> None:
    _save_plan(service)
    dialog = _dialog(qtbot, service)
    previewed = dialog.preview.texts()
    qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    raw = (service.folder / COPY_FILE).read_bytes()
    for name in ("Robin", "Sam Placeholder", "Alex"):
        assert name.encode() not in raw
    plan, coded = read_copy(service.folder)
    assert coded
    reopened = CrisisView()
    qtbot.addWidget(reopened)
    reopened.show_plan(plan, coded=coded)
    assert reopened.texts() == previewed


def test_turning_off_deletes_the_copy(qtbot, service) -> None:
    _save_plan(service)
    first = _dialog(qtbot, service)
    qtbot.mouseClick(first.keep_button, Qt.MouseButton.LeftButton)
    assert copy_exists(service.folder)
    dialog = _dialog(qtbot, service)
    assert "on" in dialog.status.text() and dialog.off_button.isEnabled()
    with qtbot.waitSignal(dialog.copy_changed, timeout=1000) as changed:
        qtbot.mouseClick(dialog.off_button, Qt.MouseButton.LeftButton)
    assert changed.args == [False]
    assert not copy_exists(service.folder)
    assert list(service.folder.glob("*copy*")) == []
    assert service.vault.meta.get("crisis_copy")["enabled"] is False
    assert Settings().crisis_copy(service.vault.vault_id) is None


def test_locking_closes_the_dialog_and_empties_the_preview(qtbot, service) -> None:
    _save_plan(service)
    dialog = _dialog(qtbot, service)
    assert _personal(dialog)
    service.lock()
    assert not dialog.isVisible()
    assert _personal(dialog) == []


# The keeper


def test_the_keeper_rewrites_the_copy_after_a_plan_change(qtbot, service, settings) -> None:
    keeper = CrisisCopyKeeper(service, settings)
    _save_plan(service)
    assert not copy_exists(service.folder)  # off: nothing is written
    vault_id = service.vault.vault_id
    settings.set_crisis_copy(vault_id, CopyChoice.new(coded=False))
    changed = PLAN.with_section(Step.SAFER_SURROUNDINGS, (SafetyItem("Pills kept by Robin"),))
    with qtbot.waitSignal(keeper.copy_written, timeout=1000):
        _save_plan(service, changed)
    plan, coded = read_copy(service.folder)
    assert not coded
    assert plan.section(Step.SAFER_SURROUNDINGS) == (SafetyItem("Pills kept by Robin"),)
    settings.set_crisis_copy(vault_id, CopyChoice.new(coded=True))
    _save_plan(service, changed.with_section(Step.SAFER_SURROUNDINGS, ()))
    plan, coded = read_copy(service.folder)
    assert coded and plan.section(Step.SAFER_SURROUNDINGS) == ()
    assert b"Robin" not in (service.folder / COPY_FILE).read_bytes()
    settings.set_crisis_copy(vault_id, None)
    before = (service.folder / COPY_FILE).read_bytes()
    _save_plan(service, PLAN)
    assert (service.folder / COPY_FILE).read_bytes() == before  # off: left alone


# The unlock page


def _turned_on(folder: Path, settings: Settings, *, coded: bool) -> None:
    """As the dialog leaves it: the choice in the settings, the copy written with it."""
    choice = CopyChoice.new(coded=coded)
    vault_id = read_key_file(folder).vault_id
    settings.set_crisis_copy(vault_id, choice)
    write_copy(folder, PLAN, coded=coded, vault_id=vault_id, token=choice.token)


def _unlock_page(qtbot, locked_service, settings=None) -> UnlockPage:
    page = UnlockPage(locked_service, copy_choice=(settings or Settings()).crisis_copy)
    qtbot.addWidget(page)
    show_active(qtbot, page, (1000, 700))
    page.prepare()
    return page


def test_unlock_page_offers_the_plan_only_when_there_is_a_copy(
    qtbot, locked_service, vault_dir: Path
) -> None:
    page = _unlock_page(qtbot, locked_service)
    assert not page.crisis_button.isVisible()
    _turned_on(vault_dir, Settings(), coded=True)
    page.prepare()
    assert page.crisis_button.isVisible()
    assert page.crisis_button.accessibleName() == "Open my safety plan"


def test_unlock_page_opens_the_copy_without_the_passphrase(
    qtbot, locked_service, vault_dir: Path
) -> None:
    _turned_on(vault_dir, Settings(), coded=False)
    page = _unlock_page(qtbot, locked_service)
    assert "not protected" in page.crisis_note.text()
    qtbot.mouseClick(page.crisis_button, Qt.MouseButton.LeftButton)
    assert not locked_service.is_unlocked
    assert page.views.currentWidget() is page.crisis_view
    assert "Robin Example" in page.crisis_view.texts()
    assert "07700 900123" in page.crisis_view.texts()
    assert not page.field.isVisible()
    qtbot.keyClick(page.crisis_view.back_button, Qt.Key.Key_Escape)
    assert page.views.currentWidget() is page.form
    assert page.field.isVisible() and page.field.hasFocus()
    assert _personal(page) == []
    qtbot.mouseClick(page.crisis_button, Qt.MouseButton.LeftButton)
    page.prepare()  # shown again, e.g. after locking: back to the passphrase, nothing held
    assert page.views.currentWidget() is page.form
    assert _personal(page) == []


def test_a_damaged_copy_is_explained_kindly(qtbot, locked_service, vault_dir: Path) -> None:
    _turned_on(vault_dir, Settings(), coded=False)
    page = _unlock_page(qtbot, locked_service)
    (vault_dir / COPY_FILE).write_text("{ not json", encoding="utf-8")  # damaged since
    qtbot.mouseClick(page.crisis_button, Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.form
    assert "still safe inside your vault" in page.message.text()


def test_the_app_offers_the_copy_on_its_unlock_page(qtbot, vault_dir: Path, tmp_path: Path):
    settings = Settings(tmp_path / "config" / "settings.ini")
    _turned_on(vault_dir, settings, coded=True)
    app = App(vault_dir, settings, kdf=FAST_KDF)
    qtbot.addWidget(app.window)
    try:
        show_active(qtbot, app.window, (1100, 720))
        page = app.window.unlock_page
        assert app.window.pages.currentWidget() is page
        assert page.crisis_button.isVisible()
        qtbot.mouseClick(page.crisis_button, Qt.MouseButton.LeftButton)
        assert "Sunflower" in page.crisis_view.texts()
        assert not any("Robin" in text for text in held_texts(app.window))
        assert not app.service.is_unlocked
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
        assert page.views.currentWidget() is page.form
        assert _personal(app.window) == []
    finally:
        app.close()
