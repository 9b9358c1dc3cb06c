"""The fields of one routine: name, description, how often, status, started on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ValidationError
from ....domain.routines import Routine, RoutineStatus, Schedule, ScheduleKind
from ...widgets.fields import day_format
from ...widgets.value_links import ValueLinks
from .texts import day_name, describe_schedule, status_name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class _Notes(QPlainTextEdit):
    """A few lines tall, whatever the font size; grows no taller than it needs to."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        lines = self.fontMetrics().lineSpacing()
        return QSize(hint.width(), lines * 4 + 2 * self.frameWidth() + 8)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing()
        return QSize(hint.width(), lines * 2 + 2 * self.frameWidth() + 8)


class RoutineEditor(QWidget):
    """Edits a copy of a routine; ``build()`` gives the routine as the fields hold it.

    Signals: ``edited()`` after any change the person makes (not while filling).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self._routine: Routine | None = None

        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the routine"))
        self.name.setPlaceholderText(self.tr("For example: a short walk"))
        self.description = _Notes()
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setAccessibleDescription(
            self.tr("What the routine is, and why it helps, in your own words.")
        )
        self.description.setTabChangesFocus(True)

        self.every_day = QRadioButton(self.tr("&Every day"))
        self.on_days = QRadioButton(self.tr("On &chosen days"))
        self.per_week = QRadioButton(self.tr("A number of times a &week"))
        self.kind_group = QButtonGroup(self)
        for button, kind, name in (
            (self.every_day, ScheduleKind.DAILY, describe_schedule(Schedule.daily())),
            (self.on_days, ScheduleKind.WEEKDAYS, self.tr("On chosen days")),
            (self.per_week, ScheduleKind.TIMES_PER_WEEK, self.tr("A number of times a week")),
        ):
            button.setAccessibleName(name)
            button.setProperty("kind", kind.value)
            self.kind_group.addButton(button)

        self.day_buttons: list[QToolButton] = []
        days_row = QHBoxLayout()
        days_row.setContentsMargins(0, 0, 0, 0)
        for weekday in range(7):
            button = QToolButton()
            button.setText(day_name(weekday))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(day_name(weekday, short=False))
            button.setAccessibleDescription(self.tr("Press Space to choose or unchoose this day."))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self._changed)
            self.day_buttons.append(button)
            days_row.addWidget(button)
        days_row.addStretch(1)

        self.times = QSpinBox()
        self.times.setRange(1, 7)
        self.times.setValue(3)
        self.times.setAccessibleName(self.tr("Times a week"))
        self.times_label = QLabel(self.tr("times a week"))
        self.times_label.setBuddy(self.times)
        times_row = QHBoxLayout()
        times_row.setContentsMargins(0, 0, 0, 0)
        times_row.addWidget(self.times)
        times_row.addWidget(self.times_label)
        times_row.addStretch(1)

        self.schedule_hint = QLabel()
        self.schedule_hint.setWordWrap(True)
        self.schedule_hint.setAccessibleName(self.tr("About the schedule"))
        self.schedule_hint.hide()

        how_often = QWidget()
        how_often.setAccessibleName(self.tr("How often"))
        how_layout = QVBoxLayout(how_often)
        how_layout.setContentsMargins(0, 0, 0, 0)
        how_layout.addWidget(self.every_day)
        how_layout.addWidget(self.on_days)
        days_indent = QHBoxLayout()
        days_indent.setContentsMargins(self.fontMetrics().height() * 2, 0, 0, 0)
        days_indent.addLayout(days_row)
        how_layout.addLayout(days_indent)
        how_layout.addWidget(self.per_week)
        times_indent = QHBoxLayout()
        times_indent.setContentsMargins(self.fontMetrics().height() * 2, 0, 0, 0)
        times_indent.addLayout(times_row)
        how_layout.addLayout(times_indent)
        how_layout.addWidget(self.schedule_hint)

        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setAccessibleDescription(
            self.tr("Active, paused or let go. Pausing keeps the strength as it is.")
        )
        for status in RoutineStatus:
            self.status.addItem(status_name(status), status.value)

        self.started_on = QDateEdit()
        self.started_on.setCalendarPopup(True)
        self.started_on.setAccessibleName(self.tr("Started on"))
        self.started_on.setDisplayFormat(day_format())

        self.value_links = ValueLinks()
        self.value_links.changed.connect(self._changed)

        self.name_hint = QLabel()
        self.name_hint.setWordWrap(True)
        self.name_hint.setAccessibleName(self.tr("About the name"))
        self.name_hint.hide()

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._row(form, self.tr("&Name"), self.name)
        form.addRow("", self.name_hint)
        self._row(form, self.tr("&Description"), self.description)
        how_label = QLabel(self.tr("How &often"))
        how_label.setBuddy(self.every_day)
        form.addRow(how_label, how_often)
        self._row(form, self.tr("&Status"), self.status)
        self._row(form, self.tr("St&arted on"), self.started_on)
        self._row(form, self.tr("&Values it serves"), self.value_links)

        self.name.textEdited.connect(self._changed)
        self.description.textChanged.connect(self._changed)
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.times.valueChanged.connect(self._changed)
        self.status.currentIndexChanged.connect(self._changed)
        self.started_on.dateChanged.connect(self._changed)

        order = [
            self.name,
            self.description,
            self.every_day,
            self.on_days,
            *self.day_buttons,
            self.per_week,
            self.times,
            self.status,
            self.started_on,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self._enable_schedule_parts()

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    # Filling and reading

    def show_routine(self, routine: Routine) -> None:
        self._filling = True
        try:
            self._routine = routine
            self.name.setText(routine.name)
            if self.description.toPlainText() != routine.description:
                self.description.setPlainText(routine.description)
            schedule = routine.schedule
            {
                ScheduleKind.DAILY: self.every_day,
                ScheduleKind.WEEKDAYS: self.on_days,
                ScheduleKind.TIMES_PER_WEEK: self.per_week,
            }[schedule.kind].setChecked(True)
            for weekday, button in enumerate(self.day_buttons):
                button.setChecked(weekday in schedule.weekdays)
            self.times.setValue(schedule.times_per_week or 3)
            self.status.setCurrentIndex(max(0, self.status.findData(routine.status.value)))
            self.started_on.setDate(_qdate(routine.started_on or date.today()))
            self.value_links.set_checked_ids(routine.value_ids)
            self._enable_schedule_parts()
            self._update_hints()
        finally:
            self._filling = False

    def stored_routine(self) -> Routine | None:
        return self._routine

    def remember(self, routine: Routine) -> None:
        """The vault now holds ``routine`` (after a save); the fields stay as they are."""
        self._routine = routine

    def build(self) -> Routine | None:
        """The routine as the fields hold it. A field that cannot be saved yet (an empty
        name, no chosen day) keeps its stored value, and a hint says what it needs."""
        routine = self._routine
        if routine is None:
            return None
        name = self.name.text().strip() or routine.name
        schedule = self.schedule() or routine.schedule
        qd = self.started_on.date()
        return replace(
            routine,
            name=name,
            description=self.description.toPlainText(),
            schedule=schedule,
            status=RoutineStatus(self.status.currentData()),
            started_on=date(qd.year(), qd.month(), qd.day()),
            value_ids=self.value_links.checked_ids(),
        )

    def schedule(self) -> Schedule | None:
        """The schedule chosen, or None while it is not complete (no day chosen)."""
        checked = self.kind_group.checkedButton()
        kind = ScheduleKind(checked.property("kind")) if checked else ScheduleKind.DAILY
        try:
            if kind is ScheduleKind.WEEKDAYS:
                return Schedule.on_weekdays(
                    day for day, button in enumerate(self.day_buttons) if button.isChecked()
                )
            if kind is ScheduleKind.TIMES_PER_WEEK:
                return Schedule.times_a_week(self.times.value())
        except ValidationError:
            return None
        return Schedule.daily()

    def clear(self) -> None:
        self._filling = True
        try:
            self._routine = None
            self.name.setText("")  # no undo history left behind
            self.description.clear()
            self.every_day.setChecked(True)
            for button in self.day_buttons:
                button.setChecked(False)
            self.times.setValue(3)
            self.status.setCurrentIndex(0)
            self.started_on.setDate(QDate(2000, 1, 1))
            self.value_links.clear()
            self.name_hint.clear()
            self.name_hint.hide()
            self.schedule_hint.clear()
            self.schedule_hint.hide()
        finally:
            self._filling = False

    # Reacting

    def _kind_toggled(self, _button: object, checked: bool) -> None:
        if checked:
            self._enable_schedule_parts()
            self._changed()

    def _enable_schedule_parts(self) -> None:
        for button in self.day_buttons:
            button.setEnabled(self.on_days.isChecked())
        self.times.setEnabled(self.per_week.isChecked())
        self.times_label.setEnabled(self.per_week.isChecked())

    def _update_hints(self) -> None:
        if self.name.text().strip():
            self.name_hint.hide()
        else:
            self.name_hint.setText(
                self.tr("A routine needs a short name; until then it keeps the one it had.")
            )
            self.name_hint.show()
        if self.schedule() is None:
            self.schedule_hint.setText(self.tr("Choose at least one day."))
            self.schedule_hint.show()
        else:
            self.schedule_hint.hide()

    def _changed(self) -> None:
        if self._filling:
            return
        self._update_hints()
        self.edited.emit()
