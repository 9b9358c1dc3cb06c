"""The Routines screen: list with strength, editor, check-in history, archive with undo."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.gui.helpers import held_texts, show_active
from wellbeing.domain.changes import Kind
from wellbeing.domain.routines import CheckIn, CheckInStatus, Routine, RoutineStatus, Schedule
from wellbeing.ui.screens.routines import RoutinesScreen
from wellbeing.ui.screens.routines.list_model import PercentRole, ScheduleRole

pytestmark = pytest.mark.gui

DONE, SKIPPED, NOT_NEEDED = CheckInStatus.DONE, CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED


def add_routine(service, name: str, schedule: Schedule | None = None, **kw) -> Routine:
    routine = Routine(None, name, schedule or Schedule.daily(), **kw)
    return service.write(lambda v: v.routines.add(routine), changes=Kind.ROUTINE)


def make_screen(qtbot, service, *, show: bool = True) -> RoutinesScreen:
    screen = RoutinesScreen(service)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.load()
    if show:
        show_active(qtbot, screen, size=(1280, 800))
    return screen


def press(screen: QWidget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.keyClick(screen.focusWidget(), key, modifier)


def list_rows(screen: RoutinesScreen) -> list[tuple[str, str, int]]:
    model = screen.model
    return [
        (model.index(r).data(), model.index(r).data(ScheduleRole), model.index(r).data(PercentRole))
        for r in range(model.rowCount())
    ]


def test_create_a_routine_by_keyboard_with_chosen_days(qtbot, service) -> None:
    screen = make_screen(qtbot, service)
    assert screen.stack.currentWidget() is screen.empty
    screen.new_button.setFocus()
    press(screen, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = screen.editor
    assert screen.focusWidget() is editor.name
    qtbot.keyClicks(editor.name, "Glass of water before work")
    press(screen, Qt.Key.Key_Tab)
    assert screen.focusWidget() is editor.description
    qtbot.keyClicks(editor.description, "Keep a glass by the door.")
    press(screen, Qt.Key.Key_Tab)
    assert screen.focusWidget() is editor.every_day
    press(screen, Qt.Key.Key_Down)  # arrows move between the choices
    assert screen.focusWidget() is editor.on_days and editor.on_days.isChecked()
    assert editor.schedule_hint.text() == "Choose at least one day."
    press(screen, Qt.Key.Key_Tab)
    assert screen.focusWidget() is editor.day_buttons[0]
    press(screen, Qt.Key.Key_Space)  # Monday
    press(screen, Qt.Key.Key_Tab)
    press(screen, Qt.Key.Key_Tab)
    assert screen.focusWidget() is editor.day_buttons[2]
    press(screen, Qt.Key.Key_Space)  # Wednesday
    assert editor.schedule_hint.isHidden()
    screen.flush()

    routines = service.vault.routines.list()
    assert [r.name for r in routines] == ["Glass of water before work"]
    assert routines[0].description == "Keep a glass by the door."
    assert routines[0].schedule == Schedule.on_weekdays([0, 2])
    assert routines[0].started_on == service.vault.today()
    assert list_rows(screen) == [("Glass of water before work", "Mon, Wed", 0)]
    assert screen.model.index(0).data(ScheduleRole) == routines[0].schedule.describe()


def test_edits_save_themselves(qtbot, service) -> None:
    walk = add_routine(service, "Walk")
    screen = make_screen(qtbot, service)
    editor = screen.editor
    editor.name.setFocus()
    editor.name.selectAll()
    qtbot.keyClicks(editor.name, "Short walk by the canal")
    qtbot.waitUntil(
        lambda: service.vault.routines.get(walk.id).name == "Short walk by the canal", timeout=3000
    )
    editor.per_week.setFocus()
    press(screen, Qt.Key.Key_Space)
    editor.times.setFocus()
    editor.times.selectAll()
    qtbot.keyClicks(editor.times, "4")
    editor.status.setCurrentIndex(editor.status.findData(RoutineStatus.PAUSED.value))
    screen.flush()
    saved = service.vault.routines.get(walk.id)
    assert saved.schedule == Schedule.times_a_week(4)
    assert saved.status is RoutineStatus.PAUSED
    assert list_rows(screen)[0][:2] == ("Short walk by the canal", "4 times a week")


def test_list_orders_active_then_paused_then_let_go(qtbot, service) -> None:
    add_routine(service, "Running at dawn", status=RoutineStatus.LET_GO)
    add_routine(service, "Evening stretch", status=RoutineStatus.PAUSED)
    add_routine(service, "Call Robin Example", Schedule.times_a_week(2))
    screen = make_screen(qtbot, service, show=False)
    assert [name for name, _, _ in list_rows(screen)] == [
        "Call Robin Example",
        "Evening stretch",
        "Running at dawn",
    ]
    assert list_rows(screen)[0][1] == "Twice a week"


def test_a_name_left_empty_keeps_the_old_one_and_says_so(qtbot, service) -> None:
    walk = add_routine(service, "Walk", Schedule.on_weekdays([4]))
    screen = make_screen(qtbot, service)
    screen.editor.name.setFocus()
    screen.editor.name.selectAll()
    press(screen, Qt.Key.Key_Backspace)
    screen.editor.day_buttons[4].click()  # no day chosen now
    screen.flush()
    assert "short name" in screen.editor.name_hint.text()
    assert not screen.editor.schedule_hint.isHidden()
    assert service.vault.routines.get(walk.id).name == "Walk"
    assert service.vault.routines.get(walk.id).schedule == Schedule.on_weekdays([4])


def test_link_values_by_keyboard(qtbot, service) -> None:
    from wellbeing.domain.values import Value

    care = service.write(lambda v: v.values.add(Value(None, "Self-care")), changes=Kind.VALUE)
    walk = add_routine(service, "Walk")
    screen = make_screen(qtbot, service)
    links = screen.editor.value_links
    assert links.model.rowCount() == 1
    friends = service.write(lambda v: v.values.add(Value(None, "Friendship")), changes=Kind.VALUE)
    assert links.model.rowCount() == 2  # the list follows the Values screen
    links.view.setFocus()
    links.view.setCurrentIndex(links.model.index(0, 0))
    press(screen, Qt.Key.Key_Space)
    screen.flush()
    assert service.vault.routines.get(walk.id).value_ids == (care.id,)
    assert friends.id not in service.vault.routines.get(walk.id).value_ids


def test_days_off_the_schedule_read_as_not_planned(qtbot, service) -> None:
    today = service.vault.today()
    add_routine(
        service,
        "Swim",
        Schedule.on_weekdays([today.weekday()]),
        started_on=today - timedelta(days=30),
    )
    screen = make_screen(qtbot, service, show=False)
    off = screen.shown_day(today - timedelta(days=1))
    on = screen.shown_day(today - timedelta(days=7))
    assert "not planned" in off.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "nothing noted" in on.data(Qt.ItemDataRole.AccessibleTextRole)
    before_start = screen.shown_day(today - timedelta(days=35))
    assert "not planned" in before_start.data(Qt.ItemDataRole.AccessibleTextRole)


def cell_text(screen: RoutinesScreen, day) -> str:
    return screen.shown_day(day).data() or ""


def test_change_a_past_day_in_the_history_by_keyboard(qtbot, service) -> None:
    today = service.vault.today()
    walk = add_routine(service, "Walk", started_on=today - timedelta(days=20))
    screen = make_screen(qtbot, service)
    screen.history.setFocus()
    assert screen.history.currentIndex() == screen.shown_day(today)
    press(screen, Qt.Key.Key_Left)
    yesterday = today - timedelta(days=1)
    assert screen.history.currentIndex() == screen.shown_day(yesterday)

    seen = []
    for _ in range(4):
        press(screen, Qt.Key.Key_Space)
        seen.append(
            (service.vault.routines.check_ins(walk.id).get(yesterday), cell_text(screen, yesterday))
        )
    assert seen == [(DONE, "✓"), (SKIPPED, "–"), (NOT_NEEDED, "○"), (None, "")]
    assert "nothing noted" in screen.day_status.text()
    # A click moves a day on too.
    rect = screen.history.visualRect(screen.shown_day(yesterday))
    qtbot.mouseClick(screen.history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert service.vault.routines.check_ins(walk.id) == {yesterday: DONE}


def test_its_own_check_in_reads_back_once_and_one_made_elsewhere_shows(qtbot, service) -> None:
    today = service.vault.today()
    walk = add_routine(service, "Walk", started_on=today - timedelta(days=20))
    screen = make_screen(qtbot, service)
    redraws: list[int] = []
    screen.model.dataChanged.connect(lambda *_: redraws.append(1))
    screen.history.setFocus()
    press(screen, Qt.Key.Key_Space)
    assert service.vault.routines.check_ins(walk.id) == {today: DONE}
    assert cell_text(screen, today) == "✓"
    assert len(redraws) == 1  # read back once, after the write; never inside it

    # A check-in made elsewhere (Today, say) shows here too.
    redraws.clear()
    service.write(
        lambda v: v.routines.check_in(CheckIn(walk.id, today, SKIPPED)),
        changes=Kind.CHECK_INS,
        initiator=object(),
    )
    assert cell_text(screen, today) == "–"
    assert len(redraws) == 1
    assert screen.history.currentIndex() == screen.shown_day(today)


def test_a_future_day_cannot_be_changed(qtbot, service) -> None:
    today = service.vault.today()
    walk = add_routine(service, "Walk", started_on=today - timedelta(days=3))
    screen = make_screen(qtbot, service)
    tomorrow = screen.shown_day(today + timedelta(days=1))
    assert tomorrow.isValid(), "the clock fixture is a Monday: the week's later days show"
    assert not tomorrow.flags() & Qt.ItemFlag.ItemIsEditable
    assert screen.shown_day(today).flags() & Qt.ItemFlag.ItemIsEditable
    assert "still to come" in tomorrow.data(Qt.ItemDataRole.AccessibleTextRole)
    rect = screen.history.visualRect(tomorrow)
    qtbot.mouseClick(screen.history.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.history.currentIndex() == tomorrow  # it can be read, not changed
    screen.history.setFocus()
    screen.history.setCurrentIndex(screen.shown_day(today))
    press(screen, Qt.Key.Key_Right)
    assert screen.history.currentIndex() == tomorrow
    assert "still to come" in screen.day_status.text()
    press(screen, Qt.Key.Key_Space)
    press(screen, Qt.Key.Key_Return)
    assert service.vault.routines.check_ins(walk.id) == {}
    assert cell_text(screen, today + timedelta(days=1)) == ""


def test_a_skipped_day_leaves_the_shown_strength_as_it_was(qtbot, service) -> None:
    today = service.vault.today()
    walk = add_routine(service, "Walk", started_on=today - timedelta(days=14))
    for back in range(1, 15):
        service.vault.routines.check_in(CheckIn(walk.id, today - timedelta(days=back), DONE))
    screen = make_screen(qtbot, service)
    before = screen.strength.value()
    assert before > 0
    assert list_rows(screen)[0][2] == before
    assert before == round(100 * service.vault.routines.strength(walk.id, today - timedelta(1)))

    screen.history.setFocus()
    press(screen, Qt.Key.Key_Space)  # today: done
    assert service.vault.routines.check_ins(walk.id)[today] is DONE
    assert screen.strength.value() > before
    assert list_rows(screen)[0][2] == screen.strength.value()
    press(screen, Qt.Key.Key_Space)  # today: skipped
    assert service.vault.routines.check_ins(walk.id)[today] is SKIPPED
    assert screen.strength.value() == before
    assert list_rows(screen)[0][2] == before
    press(screen, Qt.Key.Key_Space)  # today: not needed
    assert screen.strength.value() == before


def test_archive_then_undo(qtbot, service) -> None:
    add_routine(service, "Walk")
    tea = add_routine(service, "Evening tea")
    screen = make_screen(qtbot, service)
    screen.list.setCurrentIndex(screen.model.index(1))
    assert screen.current_routine_id() == tea.id
    assert screen.editor.name.text() == "Evening tea"
    qtbot.mouseClick(screen.archive_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in service.vault.routines.list()] == ["Walk"]
    assert [r.name for r in service.vault.routines.list(archived=True)] == ["Evening tea"]
    assert [name for name, _, _ in list_rows(screen)] == ["Walk"]
    assert screen.undo_bar.isVisible()
    assert screen.editor.name.text() == "Walk"

    qtbot.mouseClick(screen.undo_button, Qt.MouseButton.LeftButton)
    assert [r.name for r in service.vault.routines.list()] == ["Walk", "Evening tea"]
    assert screen.current_routine_id() == tea.id
    assert screen.editor.name.text() == "Evening tea"
    assert not screen.undo_bar.isVisible()


def test_archive_by_keyboard_from_the_list(qtbot, service) -> None:
    add_routine(service, "Walk")
    screen = make_screen(qtbot, service)
    screen.list.setFocus()
    press(screen, Qt.Key.Key_Delete)
    assert service.vault.routines.list() == []
    assert screen.stack.currentWidget() is screen.empty
    assert screen.focusWidget() is screen.undo_button
    press(screen, Qt.Key.Key_Space)
    assert [r.name for r in service.vault.routines.list()] == ["Walk"]


def test_models_pass_the_model_tester(qtbot, qtmodeltester, service) -> None:
    screen = make_screen(qtbot, service, show=False)
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.history_model)
    today = service.vault.today()
    walk = add_routine(
        service, "Walk", Schedule.on_weekdays([0, 3]), started_on=today - timedelta(days=30)
    )
    add_routine(service, "Evening tea", status=RoutineStatus.PAUSED)
    service.vault.routines.check_in(CheckIn(walk.id, today - timedelta(days=4), SKIPPED))
    screen.load()
    assert screen.history_model.rowCount() == 12 and screen.history_model.columnCount() == 7
    qtmodeltester.check(screen.model)
    qtmodeltester.check(screen.history_model)


def test_clear_leaves_no_personal_text(qtbot, service) -> None:
    today = service.vault.today()
    walk = add_routine(
        service,
        "Short walk by the canal",
        description="Twenty minutes, no phone",
        started_on=today - timedelta(days=5),
    )
    service.vault.routines.check_in(CheckIn(walk.id, today, DONE))
    screen = make_screen(qtbot, service)
    screen.archive_current()
    screen.undo_archive()
    qtbot.keyClicks(screen.editor.name, " at noon")
    assert "Short walk" in "\n".join(held_texts(screen))

    service.lock()
    assert service.vault_exists()
    texts = "\n".join(held_texts(screen))
    for secret in ("Short walk", "Twenty minutes", "noon", "March"):
        assert secret not in texts
    assert screen.model.rowCount() == 0 and screen.history_model.rowCount() == 0
    assert screen.strength.value() == 0
    assert screen.current_routine_id() is None


def test_holds_at_double_font(qtbot, service) -> None:
    add_routine(service, "Short walk by the canal")
    screen = make_screen(qtbot, service)
    font = screen.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    screen.setFont(font)
    qtbot.waitUntil(lambda: screen.editor.name.height() >= screen.editor.name.sizeHint().height())
    history = screen.history
    rows = history.model().rowCount()
    assert history.sizeHint().height() >= sum(history.rowHeight(r) for r in range(rows))
    assert history.rowHeight(0) >= 2 * history.fontMetrics().height()


def test_tab_order_follows_the_page(qtbot, service) -> None:
    from wellbeing.domain.values import Value

    service.write(lambda v: v.values.add(Value(None, "Health")), changes=Kind.VALUE)
    add_routine(service, "Walk")
    screen = make_screen(qtbot, service)
    screen.new_button.setFocus()
    seen: list[QWidget] = []
    for _ in range(60):
        widget = screen.focusWidget()
        if seen and widget is seen[-1]:  # a date field steps through day, month, year
            press(screen, Qt.Key.Key_Tab)
            continue
        if widget in seen:
            break
        seen.append(widget)
        press(screen, Qt.Key.Key_Tab)
    editor = screen.editor
    expected = [
        screen.new_button,
        screen.list,
        editor.name,
        editor.description,
        editor.every_day,
        editor.status,
        editor.started_on,
        editor.value_links.view,
        screen.history,
        screen.archive_button,
    ]
    assert [w for w in seen if w in expected] == expected
