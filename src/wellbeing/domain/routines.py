"""Routines: self-care practices with a schedule, check-ins and pauses.

How strong a routine has become is computed in :mod:`.scoring`; this module only holds
the records and the schedule arithmetic the score needs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .text import QT_TRANSLATE_NOOP, check_length, require_text

#: Short English day names, Monday first (``date.weekday()`` order), for the command
#: line and Markdown; the UI says them through QLocale.
DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

#: The translation context of :data:`SCHEDULE_WORDS` (``wellbeing.ui.words.schedule``).
SCHEDULE_CONTEXT = "Schedule"
#: How often, in words that fit inside a sentence ("from every day to 3 times a week");
#: a label on its own starts with a capital (:func:`capitalized`).
SCHEDULE_WORDS: dict[str, str] = {
    "daily": QT_TRANSLATE_NOOP("Schedule", "every day"),
    "once": QT_TRANSLATE_NOOP("Schedule", "once a week"),
    "twice": QT_TRANSLATE_NOOP("Schedule", "twice a week"),
    "times": QT_TRANSLATE_NOOP("Schedule", "{n} times a week"),
}
_ALL_DAYS_BITS = 0b111_1111


class ScheduleKind(StrEnum):
    DAILY = "daily"
    WEEKDAYS = "weekdays"
    TIMES_PER_WEEK = "times_per_week"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class Schedule:
    """How often a routine is meant to happen.

    ``weekdays`` (0 = Monday … 6 = Sunday) belongs only to ``WEEKDAYS`` and
    ``times_per_week`` (1–7) only to ``TIMES_PER_WEEK``; a field that does not belong to
    the kind is cleared, so two schedules that mean the same thing compare equal.
    """

    kind: ScheduleKind
    weekdays: frozenset[int] = frozenset()
    times_per_week: int = 0

    def __post_init__(self) -> None:
        try:
            kind = ScheduleKind(self.kind)
        except ValueError:
            raise ValidationError(
                "Choose how often: every day, on chosen days, or a number of times a week."
            ) from None
        object.__setattr__(self, "kind", kind)
        weekdays: frozenset[int] = frozenset()
        times = 0
        if kind is ScheduleKind.WEEKDAYS:
            try:
                weekdays = frozenset(self.weekdays)
            except TypeError:
                raise ValidationError("Choose at least one day of the week.") from None
            if not weekdays:
                raise ValidationError("Choose at least one day of the week.")
            if not all(_is_int(day) and 0 <= day <= 6 for day in weekdays):
                raise ValidationError("Choose days of the week from Monday to Sunday.")
        elif kind is ScheduleKind.TIMES_PER_WEEK:
            times = self.times_per_week
            if not _is_int(times) or not 1 <= times <= 7:
                raise ValidationError("Choose between 1 and 7 times a week.")
        object.__setattr__(self, "weekdays", weekdays)
        object.__setattr__(self, "times_per_week", times)

    @classmethod
    def daily(cls) -> Schedule:
        return cls(ScheduleKind.DAILY)

    @classmethod
    def on_weekdays(cls, days: Iterable[int]) -> Schedule:
        return cls(ScheduleKind.WEEKDAYS, weekdays=frozenset(days))

    @classmethod
    def times_a_week(cls, n: int) -> Schedule:
        return cls(ScheduleKind.TIMES_PER_WEEK, times_per_week=n)

    def repetitions(self) -> tuple[int, int]:
        """(numerator, denominator): how many repetitions are meant per how many days."""
        if self.kind is ScheduleKind.WEEKDAYS:
            return len(self.weekdays), 7
        if self.kind is ScheduleKind.TIMES_PER_WEEK:
            return self.times_per_week, 7
        return 1, 1

    def per_day(self) -> float:
        numerator, denominator = self.repetitions()
        return numerator / denominator

    def is_due(self, day: date) -> bool:
        """Whether the routine is meant for ``day``.

        A times-a-week routine can be done on any day, so every day counts as due.
        """
        if self.kind is ScheduleKind.WEEKDAYS:
            return day.weekday() in self.weekdays
        return True

    def to_bits(self) -> int:
        """The weekdays as a bitmask for storage: bit 0 is Monday; 0 for other kinds."""
        return sum(1 << day for day in self.weekdays)

    @staticmethod
    def from_bits(bits: int) -> frozenset[int]:
        """The weekdays stored by :meth:`to_bits` (an empty set for 0)."""
        if not _is_int(bits) or not 0 <= bits <= _ALL_DAYS_BITS:
            raise ValidationError("The saved days of the week could not be read.")
        return frozenset(day for day in range(7) if bits >> day & 1)

    def describe(self) -> str:
        """Plain English: "Every day", "Mon, Wed, Fri", "3 times a week"."""
        return schedule_words(self, capital=True)


class CheckInStatus(StrEnum):
    """How a day went. Only DONE counts towards strength; the others never lower it."""

    DONE = "done"
    SKIPPED = "skipped"
    NOT_NEEDED = "not_needed"


class RoutineStatus(StrEnum):
    """A routine can rest or be let go; neither is a failure."""

    ACTIVE = "active"
    PAUSED = "paused"
    LET_GO = "let_go"


@dataclass(frozen=True)
class Routine:
    id: int | None
    name: str
    schedule: Schedule
    description: str = ""
    status: RoutineStatus = RoutineStatus.ACTIVE
    value_ids: tuple[int, ...] = ()
    started_on: date | None = None

    def __post_init__(self) -> None:
        require_text(self.name, "Give the routine a short name.", limit=200)
        check_length(self.description, 20_000)
        if not isinstance(self.schedule, Schedule):
            raise ValidationError(
                "Choose how often: every day, on chosen days, or a number of times a week."
            )
        try:
            object.__setattr__(self, "status", RoutineStatus(self.status))
        except ValueError:
            raise ValidationError("Choose active, paused or let go.") from None
        object.__setattr__(self, "value_ids", tuple(self.value_ids))


@dataclass(frozen=True)
class CheckIn:
    """How one routine went on one day."""

    routine_id: int
    on: date
    status: CheckInStatus
    note: str = ""

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "status", CheckInStatus(self.status))
        except ValueError:
            raise ValidationError("Choose done, skipped or not needed.") from None
        check_length(self.note, 20_000)


@dataclass(frozen=True)
class Pause:
    """A period in which the routine rested, ``start`` to ``end`` inclusive.

    ``end`` is None while the routine is still paused.
    """

    start: date
    end: date | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end < self.start:
            raise ValidationError("A pause cannot end before it starts.")

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def schedule_words(
    schedule: Schedule,
    *,
    translate: Callable[[str], str] = str,
    day_name: Callable[[int], str] = DAY_NAMES.__getitem__,
    capital: bool = False,
) -> str:
    """ "every day", "Mon, Wed, Fri", "once a week", "3 times a week": the one rule for
    which words a schedule takes. ``translate`` turns an entry of :data:`SCHEDULE_WORDS`
    into the reader's language and ``day_name`` names a weekday (0 is Monday); both stay
    English by default. ``capital``: a label on its own (day names are left as named)."""
    if schedule.kind is ScheduleKind.WEEKDAYS and len(schedule.weekdays) < 7:
        return ", ".join(day_name(day) for day in sorted(schedule.weekdays))
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK and schedule.times_per_week == 1:
        text = translate(SCHEDULE_WORDS["once"])
    elif schedule.kind is ScheduleKind.TIMES_PER_WEEK and schedule.times_per_week == 2:
        text = translate(SCHEDULE_WORDS["twice"])
    elif schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        text = translate(SCHEDULE_WORDS["times"]).format(n=schedule.times_per_week)
    else:
        text = translate(SCHEDULE_WORDS["daily"])
    return capitalized(text) if capital else text


def capitalized(text: str) -> str:
    """``text`` with a capital first letter, the rest as written ("Every day")."""
    return text[:1].upper() + text[1:]
