"""Dates between Qt's date fields and the vault's ``datetime.date``, and their words."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from ...words.dates import day_format, day_words, to_qdate

__all__ = ["date_field", "day_words", "from_qdate", "to_qdate"]


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def date_field(name: str, description: str = "") -> QDateEdit:
    """A date field with a calendar, in the locale's long format, named for screen readers."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(day_format())
    edit.setAccessibleName(name)
    if description:
        edit.setAccessibleDescription(description)
    return edit
