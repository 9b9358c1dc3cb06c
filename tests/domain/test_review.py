"""The review's plain-Python parts: periods, sample points, WHO-5 scoring, the record."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.domain.errors import ValidationError
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.review import (
    LOW_WELLBEING,
    WHO5_ANSWERS,
    WHO5_ITEMS,
    WHO5_SOURCE,
    Period,
    PeriodKind,
    Review,
    Sample,
    Who5CheckIn,
    bucket_start,
    goal_percent,
    is_low_wellbeing,
    sample_points,
    who5_score,
)

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
calendar_kinds = st.sampled_from(
    [PeriodKind.WEEK, PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR]
)

# Periods


@pytest.mark.parametrize(
    ("day", "kind", "start", "end"),
    [
        # 4 March 2026 is a Wednesday: its week runs Monday 2 to Sunday 8 March.
        (date(2026, 3, 4), "week", date(2026, 3, 2), date(2026, 3, 8)),
        (date(2026, 3, 2), "week", date(2026, 3, 2), date(2026, 3, 8)),  # a Monday
        (date(2026, 3, 8), "week", date(2026, 3, 2), date(2026, 3, 8)),  # a Sunday
        (date(2025, 12, 31), "week", date(2025, 12, 29), date(2026, 1, 4)),  # across years
        (date(2026, 2, 14), "month", date(2026, 2, 1), date(2026, 2, 28)),
        (date(2024, 2, 29), "month", date(2024, 2, 1), date(2024, 2, 29)),  # leap year
        (date(2026, 12, 31), "month", date(2026, 12, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), "quarter", date(2026, 1, 1), date(2026, 3, 31)),
        (date(2026, 5, 17), "quarter", date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 9, 30), "quarter", date(2026, 7, 1), date(2026, 9, 30)),
        (date(2026, 10, 1), "quarter", date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 7, 4), "year", date(2026, 1, 1), date(2026, 12, 31)),
    ],
)
def test_the_period_containing_a_day(day: date, kind: str, start: date, end: date) -> None:
    period = Period.containing(day, kind)
    assert (period.kind, period.start, period.end) == (PeriodKind(kind), start, end)
    assert day in period
    assert period.days == (end - start).days + 1


def test_days_counts_each_day_once() -> None:
    assert Period.containing(date(2026, 3, 4), "week").days == 7
    assert Period.containing(date(2026, 2, 4), "month").days == 28
    assert Period.containing(date(2024, 2, 4), "month").days == 29
    assert Period.containing(date(2026, 2, 4), "quarter").days == 90
    assert Period.containing(date(2024, 2, 4), "year").days == 366
    assert Period.custom(date(2026, 3, 1), date(2026, 3, 1)).days == 1
    period = Period.containing(date(2026, 3, 4), "week")
    assert list(period.each_day()) == [date(2026, 3, 2) + timedelta(days=i) for i in range(7)]


@pytest.mark.parametrize(
    ("kind", "day", "previous", "following"),
    [
        ("week", date(2026, 1, 1), (date(2025, 12, 22), date(2025, 12, 28)), None),
        ("month", date(2026, 3, 31), (date(2026, 2, 1), date(2026, 2, 28)), None),
        ("month", date(2026, 12, 5), None, (date(2027, 1, 1), date(2027, 1, 31))),
        ("quarter", date(2026, 2, 1), (date(2025, 10, 1), date(2025, 12, 31)), None),
        ("quarter", date(2026, 11, 1), None, (date(2027, 1, 1), date(2027, 3, 31))),
        ("year", date(2024, 6, 1), (date(2023, 1, 1), date(2023, 12, 31)), None),
    ],
)
def test_previous_and_next_move_by_one_whole_period(kind, day, previous, following) -> None:
    period = Period.containing(day, kind)
    if previous:
        assert (period.previous().start, period.previous().end) == previous
    if following:
        assert (period.next().start, period.next().end) == following
    assert period.previous().kind is period.kind
    assert period.previous().next() == period
    assert period.next().previous() == period


@given(days, calendar_kinds)
def test_periods_tile_the_calendar(day: date, kind: PeriodKind) -> None:
    period = Period.containing(day, kind)
    assert period.start <= day <= period.end
    assert period.previous().end + timedelta(days=1) == period.start
    assert period.next().start == period.end + timedelta(days=1)
    assert Period.containing(period.end, kind) == period
    assert Period.between(period.start, period.end) == period
    if kind is PeriodKind.WEEK:
        assert period.start.weekday() == 0 and period.days == 7


def test_a_custom_period_moves_by_its_own_length() -> None:
    period = Period.custom(date(2026, 3, 10), date(2026, 3, 19))  # ten days
    assert period.kind is PeriodKind.CUSTOM and period.days == 10
    assert period.previous() == Period.custom(date(2026, 2, 28), date(2026, 3, 9))
    assert period.next() == Period.custom(date(2026, 3, 20), date(2026, 3, 29))
    assert period.previous().next() == period
    one_day = Period.custom(date(2026, 3, 10), date(2026, 3, 10))
    assert one_day.next().start == date(2026, 3, 11) and one_day.next().days == 1


def test_between_recognises_calendar_periods_and_else_is_custom() -> None:
    assert Period.between(date(2026, 3, 2), date(2026, 3, 8)).kind is PeriodKind.WEEK
    assert Period.between(date(2026, 3, 1), date(2026, 3, 31)).kind is PeriodKind.MONTH
    assert Period.between(date(2026, 4, 1), date(2026, 6, 30)).kind is PeriodKind.QUARTER
    assert Period.between(date(2026, 1, 1), date(2026, 12, 31)).kind is PeriodKind.YEAR
    assert Period.between(date(2026, 3, 3), date(2026, 3, 9)).kind is PeriodKind.CUSTOM


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Period.custom(date(2026, 3, 9), date(2026, 3, 1)),
            "The period ends before it starts. Swap the two dates.",
        ),
        (
            lambda: Period(PeriodKind.WEEK, date(2026, 3, 3), date(2026, 3, 9)),
            "These dates are not one week.",
        ),
        (
            lambda: Period.containing(date(2026, 3, 3), "fortnight"),
            "Choose a week, a month, a quarter or a year.",
        ),
        (
            lambda: Period.containing(date(2026, 3, 3), "custom"),
            "Choose the first and last day of your own period.",
        ),
        (
            lambda: Period("decade", date(2026, 3, 3), date(2026, 3, 9)),  # type: ignore[arg-type]
            "Choose a week, a month, a quarter, a year, or your own dates.",
        ),
    ],
)
def test_periods_refuse_with_a_kind_sentence(make, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert str(caught.value) == message


def test_periods_in_words() -> None:
    assert Period.containing(date(2026, 3, 4), "week").describe() == "Week of 2 March 2026"
    assert Period.containing(date(2026, 3, 4), "month").describe() == "March 2026"
    assert Period.containing(date(2026, 3, 4), "quarter").describe() == "January to March 2026"
    assert Period.containing(date(2026, 3, 4), "year").describe() == "2026"
    custom = Period.custom(date(2026, 3, 4), date(2026, 4, 9))
    assert custom.describe() == "4 March 2026 to 9 April 2026"
    assert Period.custom(date(2026, 3, 4), date(2026, 3, 4)).describe() == "4 March 2026"


def test_default_chart_grain_per_period() -> None:
    day = date(2026, 3, 4)
    assert Period.containing(day, "week").sample is Sample.DAY
    assert Period.containing(day, "month").sample is Sample.DAY
    assert Period.containing(day, "quarter").sample is Sample.WEEK
    assert Period.containing(day, "year").sample is Sample.WEEK
    assert Period.custom(day, day + timedelta(days=61)).sample is Sample.DAY
    assert Period.custom(day, day + timedelta(days=400)).sample is Sample.WEEK
    assert Period.custom(day, day + timedelta(days=3650)).sample is Sample.MONTH


# Sample points and buckets


def test_sample_points_by_day_week_and_month() -> None:
    start, end = date(2026, 3, 2), date(2026, 3, 22)
    assert sample_points(start, end, "day") == [start + timedelta(days=i) for i in range(21)]
    # Weekly: the end and every seventh day before it, oldest first.
    assert sample_points(start, end, "week") == [
        date(2026, 3, 8),
        date(2026, 3, 15),
        date(2026, 3, 22),
    ]
    assert sample_points(date(2026, 3, 1), end, "week")[0] == date(2026, 3, 1)
    assert sample_points(date(2026, 1, 15), date(2026, 4, 10), "month") == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 10),
    ]
    assert sample_points(date(2026, 1, 15), date(2026, 1, 31), "month") == [date(2026, 1, 31)]
    assert sample_points(end, start, "day") == []


@given(st.integers(1900, 2200), st.sampled_from(list(Sample)))
def test_a_year_has_at_most_53_weekly_points_and_points_end_on_the_last_day(
    year: int, sample: Sample
) -> None:
    period = Period.containing(date(year, 6, 1), "year")
    points = sample_points(period.start, period.end, sample)
    assert points[-1] == period.end
    assert all(period.start <= p <= period.end for p in points)
    assert points == sorted(set(points))
    limit = {Sample.DAY: period.days, Sample.WEEK: 53, Sample.MONTH: 12}[sample]
    assert len(points) <= limit
    if sample is Sample.WEEK:
        assert len(points) >= 52


def test_bucket_start() -> None:
    wednesday = date(2026, 3, 4)
    assert bucket_start(wednesday, "day") == wednesday
    assert bucket_start(wednesday, "week") == date(2026, 3, 2)
    assert bucket_start(date(2026, 3, 8), "week") == date(2026, 3, 2)  # Sunday
    assert bucket_start(wednesday, "month") == date(2026, 3, 1)


# WHO-5


@pytest.mark.parametrize(
    ("answers", "score"),
    [
        ((5, 5, 5, 5, 5), 100),
        ((0, 0, 0, 0, 0), 0),
        ((3, 2, 4, 1, 0), 40),  # raw 10
        ((3, 3, 3, 3, 0), 48),
        ((3, 3, 3, 3, 1), 52),
        ([1, 2, 3, 4, 5], 60),
    ],
)
def test_who5_score_is_the_raw_score_times_four(answers, score: int) -> None:
    assert who5_score(answers) == score
    assert Who5CheckIn(date(2026, 3, 2), tuple(answers)).score == score


def test_fifty_or_below_suggests_low_wellbeing() -> None:
    assert LOW_WELLBEING == 50
    assert is_low_wellbeing(50) and is_low_wellbeing(0)
    assert not is_low_wellbeing(52)


@pytest.mark.parametrize(
    "answers",
    [
        (5, 5, 5, 5),
        (5, 5, 5, 5, 5, 5),
        (6, 0, 0, 0, 0),
        (-1, 0, 0, 0, 0),
        (2.5, 0, 0, 0, 0),
        (True, 0, 0, 0, 0),
        ("3", 0, 0, 0, 0),
        "33333",
        None,
        (),
    ],
)
def test_who5_refuses_anything_but_five_answers_from_0_to_5(answers) -> None:
    with pytest.raises(ValidationError) as caught:
        who5_score(answers)
    assert str(caught.value) == (
        "The WHO-5 check-in has five answers, each from 0 (at no time) to 5 (all of the "
        "time). Nothing was saved."
    )


def test_who5_items_answers_and_source() -> None:
    assert len(WHO5_ITEMS) == 5
    assert WHO5_ITEMS[0] == "I have felt cheerful and in good spirits."
    assert WHO5_ANSWERS[0] == "At no time" and WHO5_ANSWERS[5] == "All of the time"
    assert "WHO-5" in WHO5_SOURCE and "World Health Organization" in WHO5_SOURCE


# Goals: the percent from counts matches the Goal's own rule


@given(
    st.lists(st.booleans(), max_size=12),
    st.sampled_from(list(GoalStatus)),
    st.one_of(st.none(), st.integers(0, 100)),
)
def test_goal_percent_matches_goal_progress_percent(steps, status, progress) -> None:
    goal = Goal(
        id=1,
        title="Goal",
        status=status,
        progress=progress,
        steps=tuple(GoalStep(text=f"step {i}", done=done) for i, done in enumerate(steps)),
    )
    assert (
        goal_percent(progress, status is GoalStatus.ACHIEVED, sum(steps), len(steps))
        == goal.progress_percent
    )


# The review record


def test_a_review_record() -> None:
    period = Period.containing(date(2026, 3, 4), "month")
    review = Review.new(period, what_helped="Walks", what_to_change="Earlier nights")
    assert (review.id, review.at) == (None, None)
    assert (review.period_start, review.period_end) == (date(2026, 3, 1), date(2026, 3, 31))
    assert review.period == period
    assert not review.is_empty
    assert Review.new(period, what_helped="  ").is_empty


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda: Review(None, None, date(2026, 3, 9), date(2026, 3, 1)),
            "The period ends before it starts. Swap the two dates.",
        ),
        (
            lambda: Review(None, datetime(2026, 3, 9, 12), date(2026, 3, 1), date(2026, 3, 9)),
            "A review's time needs a time zone.",
        ),
        (
            lambda: Review(None, None, date(2026, 3, 1), date(2026, 3, 9), "x" * 20_001),
            "This is longer than the 20,000 characters it can hold.",
        ),
    ],
)
def test_a_review_refuses_with_a_kind_sentence(make, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert str(caught.value) == message


def test_a_review_time_with_a_zone_is_kept() -> None:
    at = datetime(2026, 3, 9, 12, tzinfo=UTC)
    assert Review(None, at, date(2026, 3, 1), date(2026, 3, 9)).at == at
