"""The plan on a date: a date field bounded by where history starts, and the plan as text."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ....services.vault_service import VaultService
from .dates import date_field, day_words, from_qdate, to_qdate
from .plan_text import plan_html

#: Without forgotten history, any day can be chosen; days before the first change show an
#: empty plan, which says so.
EARLIEST = QDate(2000, 1, 1)


class PlanOnDatePane(QWidget):
    """A read-only view of the whole plan at the end of the chosen day."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._loaded = False

        self.day = date_field(
            self.tr("Day to look at"),
            self.tr("The plan is shown as it stood at the end of this day."),
        )
        label = QLabel(self.tr("Show the plan as it stood &on"))
        label.setBuddy(self.day)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("The plan on the chosen day"))
        self.text.setAccessibleDescription(
            self.tr("Read only. Values, goals, boundaries, routines and the safety plan.")
        )

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.day)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)

        self.day.dateChanged.connect(lambda _day: self.show_day())

    def set_range(self, starts: date | None, today: date) -> None:
        """Bound the field to days with history, and say kindly what the bounds are."""
        self.day.blockSignals(True)
        first = to_qdate(starts) if starts is not None else EARLIEST
        was_empty = not self._loaded
        self.day.setDateRange(first, to_qdate(today))
        if was_empty:
            self.day.setDate(to_qdate(today))
        self.day.blockSignals(False)
        if starts is not None:
            self.hint.setText(
                self.tr(
                    "History starts on {start}: what changed before then was forgotten, "
                    "as you asked. Choose any day from then until today."
                ).format(start=day_words(starts))
            )
        else:
            self.hint.setText(
                self.tr("Choose any day up to today to see the whole plan as it stood then.")
            )
        self._loaded = True

    def show_day(self) -> None:
        if not self._loaded or not self._service.is_unlocked:
            return
        plan = self._service.vault.history.plan_on(from_qdate(self.day.date()))
        self.text.setHtml(plan_html(plan))

    def clear(self) -> None:
        self._loaded = False
        self.text.clear()
        self.text.document().clearUndoRedoStacks()
        self.hint.clear()
        self.day.blockSignals(True)
        self.day.setDateRange(EARLIEST, QDate.currentDate())
        self.day.setDate(QDate.currentDate())
        self.day.blockSignals(False)
