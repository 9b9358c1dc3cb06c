"""The review: looking back over a period, the WHO-5 check-in, and the review record.

Plain Python, no storage. The numbers a review shows are computed in the vault
(:mod:`wellbeing.vault.repos.progress`); the shapes they come back in are defined here.

WHO-5
-----
The WHO-5 Well-Being Index (WHO-5), World Health Organization, 1998: the Psychiatric
Research Unit, WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital,
Hillerød, Denmark. It is free to use with its source named; the source is
:data:`WHO5_SOURCE`, to be shown wherever the questions are. Five statements about the
last two weeks, each answered from 0 ("at no time") to 5 ("all of the time"); the raw
score (0–25) times 4 gives 0–100. A score of 50 or below suggests low well-being
(:data:`LOW_WELLBEING`). The check-in is optional and never required.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from .errors import ValidationError
from .history import day_words, month_name
from .text import QT_TRANSLATE_NOOP, check_length, translated

# Periods


class PeriodKind(StrEnum):
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"
    CUSTOM = "custom"


class Sample(StrEnum):
    """How finely a series over a period is shown: one point a day, a week or a month."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _bounds(day: date, kind: PeriodKind) -> tuple[date, date]:
    if kind is PeriodKind.WEEK:
        start = day - timedelta(days=day.weekday())  # Monday
        return start, start + timedelta(days=6)
    if kind is PeriodKind.MONTH:
        return day.replace(day=1), _month_end(day.year, day.month)
    if kind is PeriodKind.QUARTER:
        first = 3 * ((day.month - 1) // 3) + 1
        return date(day.year, first, 1), _month_end(day.year, first + 2)
    if kind is PeriodKind.YEAR:
        return date(day.year, 1, 1), date(day.year, 12, 31)
    raise ValidationError("Choose the first and last day of your own period.")


@dataclass(frozen=True)
class Period:
    """A stretch of days, ``start`` to ``end`` inclusive.

    Weeks start on Monday; quarters are January–March, April–June, July–September and
    October–December. A custom period is any two dates, in order.
    """

    kind: PeriodKind
    start: date
    end: date

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", PeriodKind(self.kind))
        except ValueError:
            raise ValidationError(
                "Choose a week, a month, a quarter, a year, or your own dates."
            ) from None
        if not isinstance(self.start, date) or not isinstance(self.end, date):
            raise ValidationError("A period needs a first and a last day.")
        if isinstance(self.start, datetime) or isinstance(self.end, datetime):
            raise ValidationError("A period is made of whole days.")
        if self.end < self.start:
            raise ValidationError("The period ends before it starts. Swap the two dates.")
        if self.kind is not PeriodKind.CUSTOM and _bounds(self.start, self.kind) != (
            self.start,
            self.end,
        ):
            raise ValidationError("These dates are not one {kind}.", kind=self.kind.value)

    @classmethod
    def containing(cls, day: date, kind: PeriodKind | str) -> Period:
        """The week (from Monday), month, quarter or year that ``day`` falls in."""
        try:
            kind = PeriodKind(kind)
        except ValueError:
            raise ValidationError("Choose a week, a month, a quarter or a year.") from None
        start, end = _bounds(day, kind)
        return cls(kind, start, end)

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        return cls(PeriodKind.CUSTOM, start, end)

    @classmethod
    def between(cls, start: date, end: date) -> Period:
        """The period from ``start`` to ``end``, recognised as a week, month, quarter or
        year when it is exactly one (as a saved review's dates are), else custom."""
        for kind in (PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR):
            if _bounds(start, kind) == (start, end):
                return cls(kind, start, end)
        return cls.custom(start, end)

    @property
    def days(self) -> int:
        """How many days the period holds (7 for a week)."""
        return (self.end - self.start).days + 1

    def each_day(self) -> Iterator[date]:
        for offset in range(self.days):
            yield self.start + timedelta(days=offset)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def previous(self) -> Period:
        """The period just before: last week, last month…; a custom period of the same
        length ending the day before this one starts."""
        if self.kind is PeriodKind.CUSTOM:
            return Period.custom(
                self.start - timedelta(days=self.days), self.start - timedelta(days=1)
            )
        return Period.containing(self.start - timedelta(days=1), self.kind)

    def next(self) -> Period:
        """The period just after (for a custom period, the same length again)."""
        if self.kind is PeriodKind.CUSTOM:
            return Period.custom(self.end + timedelta(days=1), self.end + timedelta(days=self.days))
        return Period.containing(self.end + timedelta(days=1), self.kind)

    @property
    def sample(self) -> Sample:
        """A readable grain for its charts: days for a week or a month (up to about two
        months), weeks up to about two years (a year has at most 53 points), else months."""
        if self.kind in (PeriodKind.WEEK, PeriodKind.MONTH) or self.days <= 62:
            return Sample.DAY
        if self.kind in (PeriodKind.QUARTER, PeriodKind.YEAR) or self.days <= 731:
            return Sample.WEEK
        return Sample.MONTH

    def describe(self) -> str:
        """In words: "Week of 2 March 2026", "March 2026", "January to March 2026",
        "2026", "2 March 2026 to 9 April 2026" (in the person's language once the UI
        installed a translator: "noviembre de 2026")."""
        if self.kind is PeriodKind.WEEK:
            return _say(QT_TRANSLATE_NOOP("Periods", "Week of {day}"), day=_words(self.start))
        if self.kind is PeriodKind.MONTH:
            template = QT_TRANSLATE_NOOP("Periods", "{month} {year}")
            return _say(template, month=month_name(self.start.month), year=self.start.year)
        if self.kind is PeriodKind.QUARTER:
            return _say(
                QT_TRANSLATE_NOOP("Periods", "{first} to {last} {year}"),
                first=month_name(self.start.month),
                last=month_name(self.end.month),
                year=self.start.year,
            )
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        if self.start == self.end:
            return _words(self.start)
        template = QT_TRANSLATE_NOOP("Periods", "{start} to {end}")
        return _say(template, start=_words(self.start), end=_words(self.end))


def _say(template: str, **parts: object) -> str:
    """``template`` translated and filled in (as written when a translation lost a part)."""
    try:
        return translated("Periods", template).format(**parts)
    except (KeyError, IndexError, ValueError):
        return template.format(**parts)


def _words(day: date) -> str:
    return day_words(day)


def sample_points(start: date, end: date, sample: Sample | str) -> list[date]:
    """The days on which a series from ``start`` to ``end`` is shown, oldest first.

    Always ends on ``end``. ``day``: every day. ``week``: ``end`` and every seventh day
    before it (so a year has at most 53 points). ``month``: the last day of each month,
    and ``end``.
    """
    sample = Sample(sample)
    if end < start:
        return []
    if sample is Sample.DAY:
        return [start + timedelta(days=i) for i in range((end - start).days + 1)]
    if sample is Sample.WEEK:
        count = (end - start).days // 7 + 1
        return [end - timedelta(days=7 * i) for i in reversed(range(count))]
    points = []
    year, month = start.year, start.month
    while True:
        last = _month_end(year, month)
        if last >= end:
            points.append(end)
            return points
        points.append(last)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def bucket_start(day: date, bucket: Sample | str) -> date:
    """The first day of the day, week (Monday) or month that ``day`` falls in."""
    bucket = Sample(bucket)
    if bucket is Sample.WEEK:
        return day - timedelta(days=day.weekday())
    if bucket is Sample.MONTH:
        return day.replace(day=1)
    return day


# What the review shows


class CheckInCounts(NamedTuple):
    """Check-ins of one routine in a period (days left blank are not counted)."""

    done: int = 0
    skipped: int = 0
    not_needed: int = 0

    @property
    def total(self) -> int:
        return self.done + self.skipped + self.not_needed


class BoundaryCounts(NamedTuple):
    """How a boundary went in a period: none of these is a failure."""

    held: int = 0
    crossed: int = 0
    renegotiated: int = 0

    @property
    def total(self) -> int:
        return self.held + self.crossed + self.renegotiated


class StrengthPoint(NamedTuple):
    day: date
    strength: float  # 0–1, as domain.scoring computes it


class GoalProgress(NamedTuple):
    goal_id: int
    title: str
    status: str  # a GoalStatus value
    percent: int  # as Goal.progress_percent
    steps_done: int
    steps_total: int
    steps_done_in_period: int


class MoodPoint(NamedTuple):
    """Mood (1–5) in one bucket: journal entries and daily check-ins together."""

    start: date  # the day, the Monday of the week, or the 1st of the month
    average: float
    count: int  # type: ignore[assignment]  # shadows tuple.count, which nobody calls here


class Who5Point(NamedTuple):
    day: date
    score: int  # 0–100


def goal_percent(progress: int | None, achieved: bool, steps_done: int, steps_total: int) -> int:
    """The same rule as :attr:`Goal.progress_percent`, from counts instead of a Goal."""
    if progress is not None:
        return progress
    if achieved:
        return 100
    if not steps_total:
        return 0
    return round(100 * steps_done / steps_total)


@dataclass(frozen=True)
class ReviewData:
    """Everything the review screen shows for one period."""

    period: Period
    sample: Sample
    routine_counts: dict[int, CheckInCounts] = field(default_factory=dict)
    routine_strengths: dict[int, list[StrengthPoint]] = field(default_factory=dict)
    goals: list[GoalProgress] = field(default_factory=list)
    boundary_counts: dict[int, BoundaryCounts] = field(default_factory=dict)
    mood: list[MoodPoint] = field(default_factory=list)
    who5: list[Who5Point] = field(default_factory=list)


# WHO-5

WHO5_SOURCE = (
    "WHO-5 Well-Being Index. World Health Organization, 1998 (Psychiatric Research Unit, "
    "WHO Collaborating Centre in Mental Health, Frederiksborg General Hospital)."
)
WHO5_INTRO = (
    "Please indicate for each of the five statements which is closest to how you have "
    "been feeling over the last two weeks."
)
#: The five statements, in the WHO-5's order.
WHO5_ITEMS = (
    "I have felt cheerful and in good spirits.",
    "I have felt calm and relaxed.",
    "I have felt active and vigorous.",
    "I woke up feeling fresh and rested.",
    "My daily life has been filled with things that interest me.",
)
#: The answers, from 0 to 5 (index = points).
WHO5_ANSWERS = (
    "At no time",
    "Some of the time",
    "Less than half of the time",
    "More than half of the time",
    "Most of the time",
    "All of the time",
)
#: 50 or below suggests low well-being (a prompt to talk it through, never a verdict).
LOW_WELLBEING = 50

_WHO5_INVALID = (
    "The WHO-5 check-in has five answers, each from 0 (at no time) to 5 (all of the "
    "time). Nothing was saved."
)


def check_who5(answers: object) -> tuple[int, int, int, int, int]:
    """The answers as a tuple of five whole numbers 0–5, or a kind ValidationError."""
    if isinstance(answers, (str, bytes)) or not isinstance(answers, Sequence):
        raise ValidationError(_WHO5_INVALID)
    values = tuple(answers)
    if len(values) != len(WHO5_ITEMS) or not all(
        isinstance(v, int) and not isinstance(v, bool) and 0 <= v <= 5 for v in values
    ):
        raise ValidationError(_WHO5_INVALID)
    a, b, c, d, e = values  # checked above: five whole numbers
    return (int(a), int(b), int(c), int(d), int(e))


def who5_score(answers: Sequence[int]) -> int:
    """0–100: the raw score (five answers 0–5, so 0–25) times 4."""
    return 4 * sum(check_who5(answers))


def is_low_wellbeing(score: int) -> bool:
    """True for 50 or below, which suggests low well-being."""
    return score <= LOW_WELLBEING


@dataclass(frozen=True)
class Who5CheckIn:
    on: date
    answers: tuple[int, int, int, int, int]

    def __post_init__(self) -> None:
        object.__setattr__(self, "answers", check_who5(self.answers))

    @property
    def score(self) -> int:
        return who5_score(self.answers)


# The review record

_REVIEW_TEXT_LIMIT = 20_000


@dataclass(frozen=True)
class Review:
    """A reflection on a period, in the person's own words. ``at`` is when it was made
    (timezone-aware; set on saving when None)."""

    id: int | None
    at: datetime | None
    period_start: date
    period_end: date
    what_helped: str = ""
    what_got_in_the_way: str = ""
    what_to_change: str = ""

    def __post_init__(self) -> None:
        Period.custom(self.period_start, self.period_end)  # the same checks on the dates
        if self.at is not None and (not isinstance(self.at, datetime) or self.at.tzinfo is None):
            raise ValidationError("A review's time needs a time zone.")
        for text in (self.what_helped, self.what_got_in_the_way, self.what_to_change):
            check_length(text, _REVIEW_TEXT_LIMIT)

    @classmethod
    def new(
        cls,
        period: Period,
        what_helped: str = "",
        what_got_in_the_way: str = "",
        what_to_change: str = "",
    ) -> Review:
        return cls(
            None, None, period.start, period.end, what_helped, what_got_in_the_way, what_to_change
        )

    @property
    def period(self) -> Period:
        return Period.between(self.period_start, self.period_end)

    @property
    def is_empty(self) -> bool:
        return not any(
            t.strip() for t in (self.what_helped, self.what_got_in_the_way, self.what_to_change)
        )
