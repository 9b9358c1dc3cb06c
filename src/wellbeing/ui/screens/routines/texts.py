"""The words the Routines screen uses for schedules, statuses and check-ins.

The phrases other screens say too (schedules, statuses, check-ins, weekdays) live once
in ``ui.words``; these names keep the screen's own calls short.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from ....domain.routines import CheckInStatus, RoutineStatus, Schedule
from ...words import plan as words
from ...words.dates import short_day_month, weekday_and_day, weekday_name
from ...words.schedule import schedule_label

#: What a check-in looks like in the history: a sign, never a colour alone.
SYMBOLS = {
    CheckInStatus.DONE: "✓",
    CheckInStatus.SKIPPED: "–",
    CheckInStatus.NOT_NEEDED: "○",
}

#: Space (or a click) on a day moves it along this ring; None is "nothing noted".
_CYCLE: dict[CheckInStatus | None, CheckInStatus | None] = {
    None: CheckInStatus.DONE,
    CheckInStatus.DONE: CheckInStatus.SKIPPED,
    CheckInStatus.SKIPPED: CheckInStatus.NOT_NEEDED,
    CheckInStatus.NOT_NEEDED: None,
}


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text, disambiguation, n)


def next_status(status: CheckInStatus | None) -> CheckInStatus | None:
    return _CYCLE[status]


def day_name(weekday: int, short: bool = True) -> str:
    """The person's locale's name for a weekday (0 = Monday)."""
    return weekday_name(weekday, short)


def describe_schedule(schedule: Schedule) -> str:
    """Like ``Schedule.describe()``, in the person's language."""
    return schedule_label(schedule)


def status_name(status: RoutineStatus) -> str:
    return words.record_status(status)


def check_in_name(status: CheckInStatus | None) -> str:
    return words.check_in(status)


def long_date(day: date) -> str:
    """ "Monday 2 March" in the person's locale (the year only when it is not obvious)."""
    return weekday_and_day(day)


def short_date(day: date) -> str:
    return short_day_month(day)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
