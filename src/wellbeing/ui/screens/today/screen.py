"""Today: the routines due, a quick mood, a line for the journal, the next steps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....domain.goals import GoalStatus
from ....domain.journal import JournalEntry
from ....domain.routines import CheckIn, CheckInStatus, RoutineStatus
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...words.dates import weekday_and_day
from ..base import Screen
from .mood import MoodPicker
from .routine_row import RoutineCheckRow
from .steps import NextStepRow

#: How long the gentle "Added to your journal" stays.
CONFIRM_MS = 5000
#: How often the page checks whether midnight has passed.
DAY_CHECK_MS = 60_000


def _section(text: str) -> QLabel:
    label = QLabel(text)
    font = QFont()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _quiet(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _Column(QWidget):
    """The page's content, kept to a readable width that grows with the font."""

    def __init__(self) -> None:
        super().__init__()
        self._fit()

    def _fit(self) -> None:
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit()
        super().changeEvent(event)


class TodayScreen(Screen):
    """The day at a glance. Check-ins are saved as ``Kind.CHECK_INS``, the mood as
    ``Kind.MOOD``, quick journal lines as ``Kind.JOURNAL``, ticked steps as ``Kind.GOAL``,
    each with ``initiator=self``."""

    key = "today"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(service, parent)
        self.routine_rows: dict[int, RoutineCheckRow] = {}
        self.step_rows: dict[int, NextStepRow] = {}

        self.date_label = QLabel()
        self.date_label.setAccessibleName(self.tr("Today's date"))
        self.date_label.setTextFormat(Qt.TextFormat.RichText)

        # Routines due today
        self.routines_box = QVBoxLayout()
        self.routines_empty = _quiet()
        self.routines_empty.setAccessibleName(self.tr("About today's routines"))

        # Mood
        self.mood = MoodPicker()
        self.mood.chosen.connect(self._set_mood)
        self.mood_state = _quiet()
        self.mood_state.setAccessibleName(self.tr("Today's mood"))

        # Journal line
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("A line for your journal"))
        self.note.setAccessibleDescription(
            self.tr("Press Enter to add it to your journal as a new entry.")
        )
        self.note.setPlaceholderText(self.tr("Write a line and press Enter"))
        self.note.returnPressed.connect(self.add_note)
        self.add_button = QPushButton(self.tr("&Add to journal"))
        self.add_button.setAccessibleName(self.tr("Add to journal"))
        self.add_button.clicked.connect(self.add_note)
        note_label = _section(self.tr("A &line for your journal"))
        note_label.setBuddy(self.note)
        self.note_done = _quiet()
        self.note_done.setAccessibleName(self.tr("Journal line status"))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(CONFIRM_MS)
        self._note_timer.timeout.connect(self.note_done.clear)

        # Next steps
        self.steps_box = QVBoxLayout()
        self.steps_empty = _quiet()
        self.steps_empty.setAccessibleName(self.tr("About next steps"))
        self.steps_done = _quiet()
        self.steps_done.setAccessibleName(self.tr("Next step status"))

        column = _Column()
        layout = QVBoxLayout(column)
        gap = self.fontMetrics().height()
        layout.addWidget(self.date_label)
        layout.addWidget(
            _quiet(self.tr("Everything here saves itself, encrypted, on this computer only."))
        )
        layout.addSpacing(gap)
        layout.addWidget(_section(self.tr("Routines for today")))
        layout.addLayout(self.routines_box)
        layout.addWidget(self.routines_empty)
        layout.addSpacing(gap)
        mood_label = _section(self.tr("How are you today?"))
        layout.addWidget(mood_label)
        layout.addWidget(self.mood)
        layout.addWidget(self.mood_state)
        layout.addSpacing(gap)
        layout.addWidget(note_label)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.add_button)
        layout.addLayout(note_row)
        layout.addWidget(self.note_done)
        layout.addSpacing(gap)
        layout.addWidget(_section(self.tr("Next steps")))
        layout.addLayout(self.steps_box)
        layout.addWidget(self.steps_empty)
        layout.addWidget(self.steps_done)
        layout.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus moves on to the fields
        content = QWidget()
        content_layout = QHBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addWidget(column, 1)
        content_layout.addStretch(0)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        service.changed.connect(self._changed)
        # A line typed but not yet added is kept as an entry when the vault locks, so
        # locking (or a quick exit) never loses words.
        service.locking.connect(self.add_note)

        # Past midnight the page turns to the new day by itself.
        self._shown_day: date | None = None
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self.check_day)

    # Screen

    def title(self) -> str:
        return self.tr("Today")

    def load(self) -> None:
        if not self.service.is_unlocked:
            return
        today = self._shown_day = self.service.vault.today()
        self._day_timer.start()
        when = weekday_and_day(today)
        self.date_label.setText(f"<span style='font-size: x-large; font-weight: 600'>{when}</span>")
        self._load_routines()
        self._load_mood()
        self._load_steps()

    def check_day(self) -> None:
        """Reload when the date has changed since the page was filled."""
        if self.service.is_unlocked and self.service.vault.today() != self._shown_day:
            self.load()

    def clear(self) -> None:
        self._note_timer.stop()
        self._day_timer.stop()
        self._shown_day = None
        for rows in (self.routine_rows, self.step_rows):
            for row in rows.values():
                row.hide()
                row.deleteLater()
                row.setParent(None)
            rows.clear()
        self.date_label.clear()
        self.routines_empty.clear()
        self.mood.show_mood(None)
        self.mood_state.clear()
        self.note.setText("")  # setText, unlike clear(), leaves no undo history
        self.note_done.clear()
        self.steps_empty.clear()
        self.steps_done.clear()

    def flush(self) -> None:
        """Nothing waits: every answer here is saved the moment it is given. A journal
        line still being typed stays in its field when the person moves to another
        screen (Enter adds it); on lock it is added (see ``locking`` above)."""

    # Writing

    def _write(self, change: Callable[[Vault], Any], kind: Kind) -> Any:
        return self.service.write(change, changes=kind, initiator=self)

    def _check_in(self, routine_id: int, status: str) -> None:
        today = self.service.vault.today()
        if status:
            check_in = CheckIn(routine_id, today, CheckInStatus(status))
            self._write(lambda v: v.routines.check_in(check_in), Kind.CHECK_INS)
        else:
            self._write(lambda v: v.routines.clear_check_in(routine_id, today), Kind.CHECK_INS)

    def _set_mood(self, mood: int) -> None:
        today = self.service.vault.today()
        if mood:
            self._write(lambda v: v.moods.set(today, mood), Kind.MOOD)
        else:
            self._write(lambda v: v.moods.clear(today), Kind.MOOD)

    def add_note(self) -> None:
        line = self.note.text().strip()
        if not line or not self.service.is_unlocked:
            return
        entry = JournalEntry(id=None, title="", body=line, created_at=self.service.vault.now())
        if self._write(lambda v: v.journal.add(entry), Kind.JOURNAL) is None:
            return
        self.note.setText("")  # setText, unlike clear(), leaves no undo history
        self.note_done.setText(self.tr("Added to your journal."))
        self._note_timer.start()

    def _tick_step(self, goal_id: int, step_index: int) -> None:
        vault = self.service.vault
        goal = vault.goals.get(goal_id)
        if not 0 <= step_index < len(goal.steps):
            return
        steps = list(goal.steps)
        steps[step_index] = replace(steps[step_index], done=True, done_on=vault.today())
        updated = replace(goal, steps=tuple(steps))
        if self._write(lambda v: v.goals.update(updated), Kind.GOAL) is not None:
            self.steps_done.setText(self.tr("Ticked off. Well done."))
            row = self.step_rows.get(goal_id)
            focus = row.box if row is not None else self.note
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # Keeping in step

    def _changed(self, changes: Changes, _initiator: object) -> None:
        """Its own changes too: the page reads back what it just saved (a ticked step
        leaves the list, a check-in shows its new state)."""
        if not self.service.is_unlocked:
            return
        if changes.touches(Kind.ROUTINE, Kind.CHECK_INS):
            self._load_routines()
        if changes.touches(Kind.GOAL):
            self._load_steps()
        # The mood of the day can also be set from the journal.
        if changes.touches(Kind.MOOD, Kind.CHECK_INS, Kind.JOURNAL):
            self._load_mood()

    def _load_routines(self) -> None:
        vault = self.service.vault
        today = vault.today()
        routines = vault.routines.list()
        due = [r for r in routines if r.status is RoutineStatus.ACTIVE and r.schedule.is_due(today)]
        statuses = {
            r.id: vault.routines.check_ins(r.id, today, today).get(today)  # type: ignore[arg-type]
            for r in due
        }
        self._sync_rows(
            self.routine_rows,
            self.routines_box,
            [r.id for r in due],  # type: ignore[misc]
            make=lambda i: self._routine_row(next(r for r in due if r.id == i), statuses[i]),
            update=lambda row, i: row.show_routine(next(r for r in due if r.id == i), statuses[i]),
        )
        if due:
            self.routines_empty.clear()
            self.routines_empty.hide()
        else:
            self.routines_empty.setText(
                self.tr("Nothing planned for today. That is fine too.")
                if routines
                else self.tr(
                    "No routines yet. You can add small things you do for yourself on "
                    "the Routines screen."
                )
            )
            self.routines_empty.show()

    def _routine_row(self, routine: Any, status: CheckInStatus | None) -> RoutineCheckRow:
        row = RoutineCheckRow(routine, status)
        row.chosen.connect(self._check_in)
        return row

    def _load_mood(self) -> None:
        vault = self.service.vault
        mood = vault.moods.get(vault.today())
        self.mood.show_mood(mood)
        if mood is None:
            self.mood_state.setText(
                self.tr("Nothing noted yet. Any answer is fine, and so is none.")
            )
        else:
            self.mood_state.setText(
                self.tr("Noted for today: {n} · {word}. Press it again to take it back.").format(
                    n=mood, word=self.mood.words[mood]
                )
            )

    def _load_steps(self) -> None:
        goals = [
            g
            for g in self.service.vault.goals.list()
            if g.status is GoalStatus.ACTIVE and g.next_step is not None
        ]
        by_id = {g.id: g for g in goals}
        self._sync_rows(
            self.step_rows,
            self.steps_box,
            list(by_id),  # type: ignore[arg-type]
            make=lambda i: self._step_row(by_id[i]),
            update=lambda row, i: row.show_goal(by_id[i]),
        )
        if goals:
            self.steps_empty.clear()
            self.steps_empty.hide()
        else:
            self.steps_empty.setText(
                self.tr("No next steps waiting. Goals and their steps live on the Goals screen.")
            )
            self.steps_empty.show()

    def _step_row(self, goal: Any) -> NextStepRow:
        row = NextStepRow(goal)
        row.ticked.connect(self._tick_step)
        return row

    def _sync_rows(
        self,
        rows: dict[int, Any],
        box: QVBoxLayout,
        ids: list[int],
        make: Callable[[int], QWidget],
        update: Callable[[Any, int], None],
    ) -> None:
        """Keep one row widget per id, in order; rows that stay are updated in place so
        keyboard focus is not lost when a check-in is saved."""
        for gone in [i for i in rows if i not in ids]:
            row = rows.pop(gone)
            box.removeWidget(row)
            row.hide()
            row.deleteLater()
            row.setParent(None)
        for position, item_id in enumerate(ids):
            row = rows.get(item_id)
            if row is None:
                row = rows[item_id] = make(item_id)
            else:
                update(row, item_id)
            if box.indexOf(row) != position:
                box.removeWidget(row)
                box.insertWidget(position, row)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab follows the page from top to bottom, whenever rows come and go."""
        chain: list[QWidget] = []
        for i in range(self.routines_box.count()):
            row = self.routines_box.itemAt(i).widget()
            if isinstance(row, RoutineCheckRow):
                chain.extend(row.buttons.values())
        chain.extend(self.mood.buttons.values())
        chain += [self.note, self.add_button]
        for i in range(self.steps_box.count()):
            row = self.steps_box.itemAt(i).widget()
            if isinstance(row, NextStepRow):
                chain.append(row.box)
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
