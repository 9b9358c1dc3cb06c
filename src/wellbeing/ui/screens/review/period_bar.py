"""Which stretch of days the review looks at: a week, a month… all time, or own dates."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import ValidationError
from ....domain.review import Period, PeriodKind
from ....services.messages import error_text
from ...widgets.fields import day_format
from ...widgets.flow_layout import FlowLayout

ALL_TIME = "all"
#: The choices, in the order shown.
KINDS = ("week", "month", "quarter", "year", ALL_TIME, "custom")


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class PeriodBar(QWidget):
    """Choose the period; says it in words. Emits ``period_changed()`` on every change.

    Call :meth:`set_days` with today and the first recorded day before use.
    """

    period_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = date.today()
        self._first: date | None = None
        self._kind = "month"
        self._period = Period.containing(self._today, PeriodKind.MONTH)

        names = {
            "week": (self.tr("Week"), self.tr("Week")),
            "month": (self.tr("Month"), self.tr("Month")),
            "quarter": (self.tr("Quarter"), self.tr("Quarter")),
            "year": (self.tr("Year"), self.tr("Year")),
            ALL_TIME: (self.tr("All time"), self.tr("All time")),
            "custom": (self.tr("Your own dates"), self.tr("Your own dates")),
        }
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        kinds = FlowLayout()
        for kind in KINDS:
            text, name = names[kind]
            button = QPushButton(text)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Look back over: {kind}").format(kind=name))
            button.clicked.connect(lambda _=False, k=kind: self.set_kind(k))
            self.group.addButton(button)
            self.buttons[kind] = button
            kinds.addWidget(button)
        self.buttons["month"].setChecked(True)

        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.previous_button.setAccessibleName(self.tr("Previous period"))
        self.previous_button.setAccessibleDescription(self.tr("Shortcut: Alt+Left"))
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.next_button.setAccessibleName(self.tr("Next period"))
        self.next_button.setAccessibleDescription(self.tr("Shortcut: Alt+Right"))
        self.next_button.clicked.connect(self.go_next)

        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setAccessibleName(self.tr("Period shown"))
        self.words.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._size_words()

        self.start_edit = QDateEdit()
        self.end_edit = QDateEdit()
        for edit, name in (
            (self.start_edit, self.tr("First day")),
            (self.end_edit, self.tr("Last day")),
        ):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(day_format())
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._custom_dates_changed)
        start_label = QLabel(self.tr("From"))
        start_label.setBuddy(self.start_edit)
        end_label = QLabel(self.tr("to"))
        end_label.setBuddy(self.end_edit)
        self.custom_row = QWidget()
        custom = QHBoxLayout(self.custom_row)
        custom.setContentsMargins(0, 0, 0, 0)
        for widget in (start_label, self.start_edit, end_label, self.end_edit):
            custom.addWidget(widget)
        custom.addStretch(1)
        self.custom_row.hide()

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.hide()

        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.words, 1)
        steps.addWidget(self.next_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addLayout(steps)
        layout.addWidget(self.custom_row)
        layout.addWidget(self.problem)
        self.setTabOrder(self.buttons["custom"], self.previous_button)
        self.setTabOrder(self.previous_button, self.next_button)
        self.setTabOrder(self.next_button, self.start_edit)
        self.setTabOrder(self.start_edit, self.end_edit)

    def _size_words(self) -> None:
        """The period in words, a little larger than the bar's font (and growing with it)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.words.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._size_words()

    # State

    @property
    def kind(self) -> str:
        return self._kind

    def period(self) -> Period:
        return self._period

    def set_days(self, today: date, first: date | None) -> None:
        """Today (the person's local day) and the first day anything was recorded."""
        self._today, self._first = today, first
        if self._kind == ALL_TIME:
            self._period = self._all_time()
        self._show()

    def reset(self) -> None:
        """Back to this month (on opening after unlock)."""
        self._kind = "month"
        self.buttons["month"].setChecked(True)
        self._period = Period.containing(self._today, PeriodKind.MONTH)
        self._show()

    def _all_time(self) -> Period:
        first = min(self._first or self._today, self._today)
        return Period.custom(first, self._today)

    # Changing

    def set_kind(self, kind: str) -> None:
        self._kind = kind
        self.buttons[kind].setChecked(True)
        anchor = min(self._period.end, self._today) if self._period else self._today
        if kind == ALL_TIME:
            self._period = self._all_time()
        elif kind == "custom":
            self._period = Period.custom(self._period.start, self._period.end)
        else:
            self._period = Period.containing(anchor, PeriodKind(kind))
        self._changed()

    def set_period(self, period: Period) -> None:
        self._period = period
        self._kind = period.kind.value
        self.buttons[self._kind].setChecked(True)
        self._changed()

    def go_previous(self) -> None:
        if self._kind != ALL_TIME:
            self._period = self._period.previous()
            self._changed()

    def go_next(self) -> None:
        if self._kind != ALL_TIME:
            self._period = self._period.next()
            self._changed()

    def _custom_dates_changed(self) -> None:
        if self._kind != "custom" or getattr(self, "_filling", False):
            return
        try:
            period = Period.custom(_pydate(self.start_edit.date()), _pydate(self.end_edit.date()))
        except ValidationError as err:
            self.problem.setText(error_text(err))
            self.problem.show()
            return
        self.problem.hide()
        self._period = period
        self._changed()

    def _changed(self) -> None:
        self._show()
        self.period_changed.emit()

    def _show(self) -> None:
        period = self._period
        custom = self._kind == "custom"
        self.custom_row.setVisible(custom)
        if custom:
            self._filling = True
            try:
                self.start_edit.setDate(_qdate(period.start))
                self.end_edit.setDate(_qdate(period.end))
            finally:
                self._filling = False
        else:
            self.problem.hide()
        stepping = self._kind != ALL_TIME
        self.previous_button.setEnabled(stepping)
        self.next_button.setEnabled(stepping)
        self.words.setText(self.describe())

    def describe(self) -> str:
        """The period in words, saying so when it is the current one."""
        period = self._period
        if self._kind == ALL_TIME:
            return self.tr("All time: {dates}").format(
                dates=Period.custom(period.start, period.end).describe()
            )
        words = period.describe()
        if self._today in period:
            now = {
                "week": self.tr("this week"),
                "month": self.tr("this month"),
                "quarter": self.tr("this quarter"),
                "year": self.tr("this year"),
            }.get(self._kind)
            if now:
                words = self.tr("{period} ({now}, so far)").format(period=words, now=now)
        elif period.start > self._today:
            words = self.tr("{period} (not here yet)").format(period=words)
        return words
