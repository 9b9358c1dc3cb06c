"""The words the Routines screen uses for schedules, statuses and check-ins.

Kept in one place so the tone can be reviewed at a glance, and translated: the
domain's ``Schedule.describe()`` is plain English, so the same sentences are built here
through ``QCoreApplication.translate`` (in English they are identical).
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ....domain.routines import CheckInStatus, RoutineStatus, Schedule, ScheduleKind

CONTEXT = "Routines"

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
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def next_status(status: CheckInStatus | None) -> CheckInStatus | None:
    return _CYCLE[status]


def day_name(weekday: int, short: bool = True) -> str:
    """The person's locale's name for a weekday (0 = Monday)."""
    fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(weekday + 1, fmt)


def describe_schedule(schedule: Schedule) -> str:
    """Like ``Schedule.describe()``, in the person's language."""
    if schedule.kind is ScheduleKind.WEEKDAYS and len(schedule.weekdays) < 7:
        return ", ".join(day_name(day) for day in sorted(schedule.weekdays))
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        if schedule.times_per_week == 1:
            return _tr("Once a week")
        if schedule.times_per_week == 2:
            return _tr("Twice a week")
        return _tr("{n} times a week").format(n=schedule.times_per_week)
    return _tr("Every day")


def status_name(status: RoutineStatus) -> str:
    return {
        RoutineStatus.ACTIVE: _tr("Active"),
        RoutineStatus.PAUSED: _tr("Paused"),
        RoutineStatus.LET_GO: _tr("Let go"),
    }[status]


def check_in_name(status: CheckInStatus | None) -> str:
    return {
        CheckInStatus.DONE: _tr("done"),
        CheckInStatus.SKIPPED: _tr("skipped"),
        CheckInStatus.NOT_NEEDED: _tr("not needed"),
        None: _tr("nothing noted"),
    }[status]


def long_date(day: date) -> str:
    """ "Monday 2 March" in the person's locale (the year only when it is not obvious)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def short_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM")


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())
