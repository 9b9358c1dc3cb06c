"""Habit strength: how well a routine has taken root, from 0 to 1.

Loop Habit Tracker (GPLv3) scoring, reimplemented from its public description (see
CARE.md, "Values, goals, boundaries, routines"). No code was copied.

The idea, in our own words:

* A schedule asks for ``num`` repetitions every ``den`` days, so ``f = num / den``
  repetitions a day. Each day the score moves a fixed fraction of the way towards how
  much of the recent work was done; that fraction is ``1 - m`` with
  ``m = 0.5 ** (sqrt(f) / 13)``. For a daily routine this gives a half-life of 13 days:
  kept perfectly, it reaches about 80 % in a month, and one missed day costs little.
* "How much of the recent work was done" is ``v = min(1, done / num)``, where ``done``
  counts the DONE check-ins in the last ``den`` days, today included. For schedules of
  less than once a day, the window is doubled (``2 num`` in ``2 den`` days) so that
  irregular timing (Monday one week, Thursday the next) is smoothed out.
* Walking the days in order from a start score of 0: ``score = score * m + v * (1 - m)``.
  A day with no check-in is simply a day on which nothing was done; it gently lowers the
  score only when the recent window is short of what was asked.

What a person can rely on, beyond Loop:

* A day inside a :class:`~.routines.Pause` leaves the score exactly as it was (a DONE
  check-in on it still counts in the window of the days that follow).
* A SKIPPED or NOT_NEEDED day never lowers the score. Loop freezes it; so do we, except
  when leaving the day blank would have *raised* the score (possible for non-daily
  schedules, where the window may already hold enough repetitions): then the day counts
  like a blank one. Marking a day is therefore never worse than leaving it blank, and a
  person who marks their rest days "not needed" is not slowed down for being thorough.
  For daily schedules this is exactly Loop's freeze.
* Only check-ins from ``start`` to ``end`` count; the score starts at 0 on ``start``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from math import sqrt

from .routines import CheckIn, CheckInStatus, Pause, Schedule

# What a day holds, besides whether it was done (a separate flag).
_COUNTS = 0  # an ordinary day: moves towards v
_MARKED = 1  # skipped / not needed: never lowers the score
_PAUSED = 2  # inside a pause: the score stays exactly as it was

_MARKED_STATUSES = frozenset({CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED})


def multiplier(schedule: Schedule) -> float:
    """How much of yesterday's score is kept each day: ``0.5 ** (sqrt(f) / 13)``."""
    return float(0.5 ** (sqrt(schedule.per_day()) / 13))


def window(schedule: Schedule) -> tuple[int, int]:
    """(repetitions asked, days looked back), doubled for less-than-daily schedules."""
    numerator, denominator = schedule.repetitions()
    if numerator < denominator:
        return 2 * numerator, 2 * denominator
    return numerator, denominator


def strength_series(
    schedule: Schedule,
    check_ins: Iterable[CheckIn] | Mapping[date, CheckInStatus],
    start: date,
    end: date,
    pauses: Iterable[Pause] = (),
) -> list[float]:
    """One score in [0, 1] per day from ``start`` to ``end`` inclusive ([] if end < start).

    ``check_ins`` is either CheckIn records (for one routine; a later one for the same
    day wins) or a mapping of day to status, as the vault returns it.
    """
    first = start.toordinal()
    days = end.toordinal() - first + 1
    if days <= 0:
        return []

    statuses = (
        check_ins.items()
        if isinstance(check_ins, Mapping)
        else ((check_in.on, check_in.status) for check_in in check_ins)
    )
    done = bytearray(days)
    hold = bytearray(days)
    for day, status in statuses:
        index = day.toordinal() - first
        if 0 <= index < days:
            done[index] = status == CheckInStatus.DONE
            hold[index] = _MARKED if status in _MARKED_STATUSES else _COUNTS
    for pause in pauses:
        low = max(pause.start.toordinal() - first, 0)
        high = min((pause.end or end).toordinal() - first, days - 1)
        if low <= high:
            hold[low : high + 1] = bytes([_PAUSED]) * (high - low + 1)

    m = multiplier(schedule)
    step = 1.0 - m
    numerator, denominator = window(schedule)
    # The pull of each possible count of repetitions in the window, worked out once.
    pull = [min(1.0, count / numerator) * step for count in range(denominator + 1)]

    scores = [0.0] * days
    score = 0.0
    rolling = 0
    for index in range(days):
        if done[index]:
            rolling += 1
        if index >= denominator and done[index - denominator]:
            rolling -= 1
        kind = hold[index]
        if kind == _COUNTS:
            score = score * m + pull[rolling]
        elif kind == _MARKED:
            moved = score * m + pull[rolling]
            if moved > score:
                score = moved
        scores[index] = score
    return scores


def strength(
    schedule: Schedule,
    check_ins: Iterable[CheckIn] | Mapping[date, CheckInStatus],
    start: date,
    end: date,
    pauses: Iterable[Pause] = (),
) -> float:
    """The score on ``end`` (0.0 if ``end`` is before ``start``)."""
    series = strength_series(schedule, check_ins, start, end, pauses)
    return series[-1] if series else 0.0


def strength_percent(
    schedule: Schedule,
    check_ins: Iterable[CheckIn] | Mapping[date, CheckInStatus],
    start: date,
    end: date,
    pauses: Iterable[Pause] = (),
) -> int:
    """The score on ``end`` as a whole percentage, 0–100."""
    value = strength(schedule, check_ins, start, end, pauses)
    return max(0, min(100, round(value * 100)))
