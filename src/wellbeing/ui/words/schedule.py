"""How often a routine is meant to happen, in the person's language.

The rule for which words a schedule takes is ``domain.routines.schedule_words``, and the
phrases are its ``SCHEDULE_WORDS`` table; this module translates the same source strings
in their context and names weekdays through ``QLocale``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.routines import SCHEDULE_CONTEXT, Schedule, schedule_words
from .dates import weekday_name


def _translate(text: str) -> str:
    return QCoreApplication.translate(SCHEDULE_CONTEXT, text)


def schedule_text(schedule: Schedule) -> str:
    """Words that fit in a sentence: "every day", "Mon, Wed", "3 times a week"."""
    return schedule_words(schedule, translate=_translate, day_name=weekday_name)


def schedule_label(schedule: Schedule) -> str:
    """The same words on their own, with a capital: "Every day", "3 times a week"."""
    return schedule_words(schedule, translate=_translate, day_name=weekday_name, capital=True)
