"""Month names and a day in words for the domain's own descriptions (a review's period).

The history itself leaves days as dates for the UI to say through ``QLocale``
(``wellbeing.ui.words.dates``); :func:`english_day` is how the command line and the
tests read them. :func:`day_words` and :func:`month_name` translate through the domain's
translator and serve ``domain.review.Period.describe`` until that moves to the UI.
"""

from __future__ import annotations

from datetime import date

from ..text import QT_TRANSLATE_NOOP, translated

CALENDAR = "Calendar"
MONTHS = (
    QT_TRANSLATE_NOOP("Calendar", "January"),
    QT_TRANSLATE_NOOP("Calendar", "February"),
    QT_TRANSLATE_NOOP("Calendar", "March"),
    QT_TRANSLATE_NOOP("Calendar", "April"),
    QT_TRANSLATE_NOOP("Calendar", "May"),
    QT_TRANSLATE_NOOP("Calendar", "June"),
    QT_TRANSLATE_NOOP("Calendar", "July"),
    QT_TRANSLATE_NOOP("Calendar", "August"),
    QT_TRANSLATE_NOOP("Calendar", "September"),
    QT_TRANSLATE_NOOP("Calendar", "October"),
    QT_TRANSLATE_NOOP("Calendar", "November"),
    QT_TRANSLATE_NOOP("Calendar", "December"),
)
# The date template, translatable on its own ("{day} de {month} de {year}").
DATE = QT_TRANSLATE_NOOP("Calendar", "{day} {month} {year}")


def month_name(month: int) -> str:
    """The name of ``month`` (1–12) in the person's language."""
    return translated(CALENDAR, MONTHS[month - 1])


def day_words(day: date) -> str:
    """ "2 March 2026", in the person's language once the UI installed a translator."""
    return translated(CALENDAR, DATE).format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def english_day(day: date) -> str:
    """ "2 March 2026", always as written."""
    return DATE.format(day=day.day, month=MONTHS[day.month - 1], year=day.year)
