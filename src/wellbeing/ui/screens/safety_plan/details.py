"""Where the plan is kept, who has a copy, and when it was last looked over together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.safety_plan import SafetyPlan
from ...widgets.fields import day_format

#: The date edit's lowest date stands for "not reviewed yet".
_NOT_YET = QDate(2000, 1, 1)


class _DayEdit(QDateEdit):
    """A date box that Tab leaves at once (Left and Right move between day, month and
    year). Qt's own walks Tab through the parts, and with "Not yet" showing it never
    lets go: a keyboard trap. The mouse wheel changes it only once it has focus, so
    scrolling down the page over it never moves the date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)


class PlanDetails(QGroupBox):
    """Signals: ``edited(str)``: the person changed "kept_where", "shared_with" or
    "last_reviewed"."""

    edited = Signal(str)

    def __init__(self, today: Callable[[], date], parent: QWidget | None = None) -> None:
        super().__init__(self.tr("About this plan"), parent)
        self._today = today
        self._filling = False
        layout = QVBoxLayout(self)

        self.kept_where = QLineEdit()
        self.kept_where.setPlaceholderText(self.tr("For example: in this app, a card in my wallet"))
        self._row(layout, self.tr("&Where I keep my plan"), self.kept_where)
        self.shared_with = QLineEdit()
        self._row(layout, self.tr("W&ho I have shared it with"), self.shared_with)

        self.last_reviewed = _DayEdit()
        self.last_reviewed.setMinimumDate(_NOT_YET)
        self.last_reviewed.setSpecialValueText(self.tr("Not yet"))
        self.last_reviewed.setDisplayFormat(day_format())
        self.last_reviewed.setCalendarPopup(True)
        self.last_reviewed.setDate(_NOT_YET)
        self.last_reviewed.setAccessibleDescription(
            self.tr("Look it over after a hard time and at follow-ups.")
        )
        self.reviewed_today = QPushButton(self.tr("Reviewed today"))
        self.reviewed_today.setAccessibleName(self.tr("Reviewed today"))
        self.reviewed_today.setAccessibleDescription(self.tr("Sets the last review to today."))
        label = QLabel(self.tr("&Last reviewed"))
        label.setBuddy(self.last_reviewed)
        self.last_reviewed.setAccessibleName(self.tr("Last reviewed"))
        review = QHBoxLayout()
        review.setContentsMargins(0, 0, 0, 0)
        review.addWidget(self.last_reviewed)
        review.addWidget(self.reviewed_today)
        review.addStretch(1)
        layout.addWidget(label)
        layout.addLayout(review)

        self.kept_where.textChanged.connect(lambda: self._edited("kept_where"))
        self.shared_with.textChanged.connect(lambda: self._edited("shared_with"))
        self.last_reviewed.dateChanged.connect(lambda: self._edited("last_reviewed"))
        self.reviewed_today.clicked.connect(self._reviewed_today)

    @staticmethod
    def _row(layout: QVBoxLayout, text: str, field: QLineEdit) -> None:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        layout.addWidget(label)
        layout.addWidget(field)

    def focus_chain(self) -> list[QWidget]:
        return [self.kept_where, self.shared_with, self.last_reviewed, self.reviewed_today]

    def value(self, name: str) -> str | date | None:
        """The field's value as the plan stores it."""
        if name == "kept_where":
            return self.kept_where.text()
        if name == "shared_with":
            return self.shared_with.text()
        day = self.last_reviewed.date()
        return None if day == _NOT_YET else day.toPython()  # type: ignore[return-value]

    def set_plan(self, plan: SafetyPlan) -> None:
        """Show the stored details, touching only the fields that differ (the cursor stays)."""
        self._filling = True
        try:
            for field, text in (
                (self.kept_where, plan.kept_where),
                (self.shared_with, plan.shared_with),
            ):
                if field.text() != text:
                    field.setText(text)
            if self.value("last_reviewed") != plan.last_reviewed:
                self._set_day(plan.last_reviewed)
        finally:
            self._filling = False

    def clear(self) -> None:
        self._filling = True
        try:
            self.kept_where.setText("")  # setText also empties the undo history
            self.shared_with.setText("")
            self._set_day(None)
        finally:
            self._filling = False

    def _set_day(self, day: date | None) -> None:
        self.last_reviewed.setDate(_NOT_YET if day is None else QDate(day.year, day.month, day.day))

    def _reviewed_today(self) -> None:
        self._set_day(self._today())  # the date edit reports the change

    def _edited(self, name: str) -> None:
        if not self._filling:
            self.edited.emit(name)
