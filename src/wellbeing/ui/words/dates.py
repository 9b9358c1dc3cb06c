"""Days and weekdays in the person's language, through ``QLocale`` (the UI's locale).

``i18n.install`` sets the default locale to the chosen language, so month and day names
come from Qt's locale data: no list of names is written here.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QDate, QLocale


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_format() -> str:
    """The locale's long date without the weekday ("2 March 2026", "March 2, 2026").

    Month names never mix up day and month, and without a weekday section every part
    of a date field steps with the arrow keys.
    """
    long = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    without = re.sub(r"[\s,.]*d{4}[\s,.]*", " ", long).strip(" ,")
    return without if "d" in without and "M" in without else "d MMMM yyyy"


def day_words(day: date) -> str:
    """A day in words, the way the date fields show it ("2 March 2026", "2 de marzo de
    2026")."""
    return QLocale().toString(to_qdate(day), day_format())


def weekday_name(weekday: int, short: bool = True) -> str:
    """The locale's name for a weekday (0 is Monday): "Mon" or "Monday"."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, fmt)


def weekday_and_day(day: date) -> str:
    """ "Monday 2 March": a day this week or nearby, where the year goes without saying."""
    return QLocale().toString(to_qdate(day), "dddd d MMMM")


def short_day_month(day: date) -> str:
    """ "2 Mar": a day in a compact row."""
    return QLocale().toString(to_qdate(day), "d MMM")
