"""The goal editor: title, SMART fields, target date, status, values, steps, progress.

The editor knows nothing about saving: it fills itself from a goal, reports ``changed``
on each edit, and hands back its fields. The screen decides when and how to save.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ValidationError, VaultLockedError
from ....domain.goals import Goal, GoalStatus
from ...widgets.fields import TextBox, day_format, labelled
from ...widgets.value_links import ValueLinks
from .labels import STATUS_ORDER, status_label
from .steps import StepsEditor

#: What a cleared date field shows: no one's date.
_NEUTRAL_DATE = QDate(2000, 1, 1)


class GoalEditor(QWidget):
    changed = Signal()

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        layout = QVBoxLayout(self)

        self.title_edit = QLineEdit()
        labelled(layout, self.tr("&Goal, in a few words"), self.title_edit, self.tr("Goal title"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setAccessibleName(self.tr("Hint"))
        italic = QFont()  # only the style is set: the size still follows the screen
        italic.setItalic(True)
        self.hint_label.setFont(italic)
        self.hint_label.hide()
        layout.addWidget(self.hint_label)

        smart = QGroupBox(self.tr("In your own words"))
        smart_layout = QVBoxLayout(smart)
        self.specific = TextBox(3)
        self.measurable = TextBox(3)
        self.achievable = TextBox(3)
        self.relevant = TextBox(3)
        self.time_bound = TextBox(2)
        prompts = (
            (self.specific, self.tr("Specific — what exactly?"), self.tr("Specific")),
            (
                self.measurable,
                self.tr("Measurable — how will I notice progress?"),
                self.tr("Measurable"),
            ),
            (
                self.achievable,
                self.tr("Achievable — what makes it doable for me?"),
                self.tr("Achievable"),
            ),
            (self.relevant, self.tr("Relevant — why it matters to me"), self.tr("Relevant")),
            (self.time_bound, self.tr("Time-bound — by when, roughly?"), self.tr("Time-bound")),
        )
        for box, prompt, name in prompts:
            labelled(smart_layout, prompt, box, name, prompt)
        layout.addWidget(smart)

        when = QGroupBox(self.tr("When and how it stands"))
        when_layout = QVBoxLayout(when)
        self.has_date = QCheckBox(self.tr("Set a target date"))
        self.has_date.setAccessibleName(self.tr("Set a target date"))
        self.target_date = QDateEdit()
        self.target_date.setCalendarPopup(True)
        self.target_date.setDisplayFormat(day_format())
        self.target_date.setAccessibleName(self.tr("Target date"))
        self.target_date.setEnabled(False)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.target_date)
        date_row.addStretch(1)
        when_layout.addLayout(date_row)
        self.status = QComboBox()
        for status in STATUS_ORDER:
            self.status.addItem(status_label(status), status.value)
        labelled(
            when_layout,
            self.tr("&Where it stands"),
            self.status,
            self.tr("Status"),
            self.tr("Working on it, paused, achieved or let go."),
        )
        layout.addWidget(when)

        values = QGroupBox(self.tr("Values it serves"))
        values_layout = QVBoxLayout(values)
        self.value_links = ValueLinks()
        self.value_links.view.setAccessibleName(self.tr("Values it serves"))
        values_layout.addWidget(self.value_links)
        layout.addWidget(values)

        steps = QGroupBox(self.tr("Steps"))
        steps_layout = QVBoxLayout(steps)
        self.steps = StepsEditor(today)
        steps_layout.addWidget(self.steps)
        layout.addWidget(steps)

        progress = QGroupBox(self.tr("Progress"))
        progress_layout = QVBoxLayout(progress)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setFormat(self.tr("%p %"))
        self.progress_bar.setAccessibleName(self.tr("Progress"))
        progress_layout.addWidget(self.progress_bar)
        self.own_estimate = QCheckBox(self.tr("Set my own estimate"))
        self.own_estimate.setAccessibleName(self.tr("Set my own estimate"))
        self.own_estimate.setAccessibleDescription(
            self.tr("When this is off, progress comes from the steps done.")
        )
        self.estimate = QSpinBox()
        self.estimate.setRange(0, 100)
        self.estimate.setSuffix(self.tr(" %"))
        self.estimate.setAccessibleName(self.tr("My own estimate, in percent"))
        self.estimate.setEnabled(False)
        estimate_row = QHBoxLayout()
        estimate_row.addWidget(self.own_estimate)
        estimate_row.addWidget(self.estimate)
        estimate_row.addStretch(1)
        progress_layout.addLayout(estimate_row)
        layout.addWidget(progress)
        layout.addStretch(1)

        self.title_edit.textChanged.connect(self._edited)
        for box in (
            self.specific,
            self.measurable,
            self.achievable,
            self.relevant,
            self.time_bound,
        ):
            box.textChanged.connect(self._edited)
        self.has_date.toggled.connect(self._date_toggled)
        self.target_date.dateChanged.connect(self._edited)
        self.status.currentIndexChanged.connect(self._edited)
        self.value_links.changed.connect(self._edited)
        self.steps.changed.connect(self._edited)
        self.own_estimate.toggled.connect(self._estimate_toggled)
        self.estimate.valueChanged.connect(self._edited)
        self._update_progress()

    # Filling and reading

    def first_field(self) -> QWidget:
        return self.title_edit

    def set_record(self, goal: Goal | None) -> None:
        """Show ``goal``, or empty fields for a new one."""
        goal = goal or Goal(id=None, title="-")
        self.title_edit.setText(goal.title if goal.id is not None else "")
        for name in ("specific", "measurable", "achievable", "relevant", "time_bound"):
            getattr(self, name).setPlainText(getattr(goal, name))
        has_date = goal.target_date is not None
        self.has_date.setChecked(has_date)
        self.target_date.setDate(QDate(goal.target_date) if has_date else self._default_date())
        self.status.setCurrentIndex(max(0, self.status.findData(goal.status.value)))
        self.value_links.set_checked_ids(goal.value_ids)
        self.steps.set_steps(goal.steps)
        self.own_estimate.setChecked(goal.progress is not None)
        self.estimate.setValue(goal.progress if goal.progress is not None else 0)
        self.show_hint("")
        self._update_progress()

    def _default_date(self) -> QDate:
        """Today, for a date not chosen yet (a neutral date if the vault just locked)."""
        try:
            return QDate(self._today())
        except VaultLockedError:
            return _NEUTRAL_DATE

    def fields(self) -> dict[str, Any]:
        """The editor's content as ``Goal`` keyword arguments (without ``id``)."""
        return {
            "title": self.title_edit.text().strip(),
            "specific": self.specific.toPlainText(),
            "measurable": self.measurable.toPlainText(),
            "achievable": self.achievable.toPlainText(),
            "relevant": self.relevant.toPlainText(),
            "time_bound": self.time_bound.toPlainText(),
            "target_date": self.target_date.date().toPython()
            if self.has_date.isChecked()
            else None,
            "status": GoalStatus(self.status.currentData()),
            "progress": self.estimate.value() if self.own_estimate.isChecked() else None,
            "value_ids": self.value_links.checked_ids(),
            "steps": self.steps.steps(),
        }

    def has_content(self) -> bool:
        fields = self.fields()
        texts = ("title", "specific", "measurable", "achievable", "relevant", "time_bound")
        return any(fields[name].strip() for name in texts) or bool(fields["steps"])

    def show_hint(self, text: str) -> None:
        self.hint_label.setText(text)
        self.hint_label.setVisible(bool(text))

    def clear(self) -> None:
        """Forget everything shown (on lock)."""
        self.title_edit.setText("")  # no undo history left behind
        for box in (
            self.specific,
            self.measurable,
            self.achievable,
            self.relevant,
            self.time_bound,
        ):
            box.clear()
        self.has_date.setChecked(False)
        self.target_date.setDate(_NEUTRAL_DATE)
        self.status.setCurrentIndex(0)
        self.value_links.clear()
        self.steps.clear()
        self.own_estimate.setChecked(False)
        self.estimate.setValue(0)
        self.show_hint("")
        self.progress_bar.setValue(0)

    # Inside

    def _date_toggled(self, on: bool) -> None:
        self.target_date.setEnabled(on)
        self._edited()

    def _estimate_toggled(self, on: bool) -> None:
        self.estimate.setEnabled(on)
        if on:
            # Start the estimate where the steps put it, so nothing jumps.
            self.estimate.setValue(self._steps_percent())
        self._edited()

    def _steps_percent(self) -> int:
        return replace(Goal(id=None, title="-"), steps=self.steps.steps()).progress_percent

    def _update_progress(self) -> None:
        """The bar shows what the saved goal will say: ``Goal.progress_percent``."""
        fields = {**self.fields(), "title": "-"}
        try:
            percent = Goal(id=None, **fields).progress_percent
        except ValidationError:
            percent = self._steps_percent()
        self.progress_bar.setValue(percent)

    def _edited(self, *_: object) -> None:
        self._update_progress()
        self.changed.emit()
