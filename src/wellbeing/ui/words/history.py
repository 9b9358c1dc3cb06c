"""The plan's history in the person's language.

The domain gives keys + parameters (``domain.history.HistoryLine``, ``TimelineLine``) and
the one rendering rule; this module supplies the words: the domain's template table
translated in its context, days through ``QLocale``, schedules and step titles from this
package. A translation that lost a placeholder falls back to the English template.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from ...domain.history import (
    HISTORY,
    MESSAGES,
    HistoryLine,
    TimelineLine,
    Words,
    ordinal,
    render,
    render_entry,
)
from ...domain.routines import Schedule
from ...domain.safety_plan import Step
from .dates import day_words
from .plan import step_title
from .schedule import schedule_text


class QtWords:
    """The history's words, translated by the installed Qt translators."""

    def template(self, key: str) -> str:
        return QCoreApplication.translate(HISTORY, MESSAGES[key])

    def day(self, day: date) -> str:
        return day_words(day)

    def schedule(self, schedule: Schedule) -> str:
        return schedule_text(schedule)

    def step_title(self, step: Step) -> str:
        return step_title(step)


WORDS: Words = QtWords()


def sentence(found: HistoryLine) -> str:
    """One change, in the person's language."""
    return render(found, WORDS)


def timeline_text(entry: TimelineLine) -> str:
    """One timeline line, dated: "2 March 2026 · Added the goal “Swim”."."""
    return render_entry(entry, WORDS)


def ordinal_text(n: int) -> str:
    """A rank in words ("1st", "1.º")."""
    return ordinal(n, WORDS)
