"""Habit strength (Loop Habit Tracker's scoring): what the person sees on the routine card."""

from __future__ import annotations

from datetime import date, timedelta
from math import sqrt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.domain.routines import CheckIn, CheckInStatus, Pause, Schedule
from wellbeing.domain.scoring import strength, strength_percent, strength_series

DONE, SKIPPED, NOT_NEEDED = CheckInStatus.DONE, CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED
START = date(2024, 1, 1)  # a Monday
DAILY = Schedule.daily()
M_DAILY = 0.5 ** (1 / 13)


def day(offset: int) -> date:
    return START + timedelta(days=offset)


def series(
    schedule: Schedule, marks: dict[int, CheckInStatus], days: int, pauses: tuple[Pause, ...] = ()
) -> list[float]:
    """Scores for ``days`` days from START, with check-ins given by day offset."""
    return strength_series(
        schedule, {day(i): s for i, s in marks.items()}, START, day(days - 1), pauses
    )


def test_a_perfect_daily_routine_reaches_80_percent_in_about_a_month() -> None:
    scores = series(DAILY, dict.fromkeys(range(40), DONE), 40)
    for n in (1, 2, 13, 25, 31, 40):  # after n perfect days: 1 - m ** n
        assert scores[n - 1] == pytest.approx(1 - M_DAILY**n, abs=1e-12)
    assert scores[12] == pytest.approx(0.5)  # half-life: 13 days
    assert 0.78 <= scores[30] <= 0.82
    assert scores[24] < 0.8
    assert strength_percent(DAILY, {day(i): DONE for i in range(31)}, START, day(30)) == 81


@pytest.mark.parametrize("mark", [SKIPPED, NOT_NEEDED])
def test_skipped_and_not_needed_days_leave_a_daily_score_exactly_unchanged(mark) -> None:
    marks = dict.fromkeys(range(10), DONE) | dict.fromkeys(range(10, 15), mark)
    marks[15] = DONE
    scores = series(DAILY, marks, 16)
    assert scores[10:15] == [scores[9]] * 5
    assert scores[15] == pytest.approx(scores[9] * M_DAILY + (1 - M_DAILY))


def test_a_missed_day_lowers_the_score_gently() -> None:
    scores = series(DAILY, dict.fromkeys(range(20), DONE), 21)  # day 20 has no check-in
    assert scores[20] == pytest.approx(scores[19] * M_DAILY)
    assert scores[19] - scores[20] < 0.05


def test_paused_days_leave_the_score_exactly_unchanged() -> None:
    marks = dict.fromkeys(range(10), DONE) | {12: DONE, 13: SKIPPED}  # check-ins in a pause
    scores = series(DAILY, marks, 25, (Pause(day(10), day(19)),))
    assert scores[10:20] == [scores[9]] * 10
    assert scores[20] == pytest.approx(scores[9] * M_DAILY)  # blank again after the pause
    still_paused = series(DAILY, dict.fromkeys(range(10), DONE), 30, (Pause(day(10), None),))
    assert still_paused[10:] == [still_paused[9]] * 20


def test_three_times_a_week_by_hand() -> None:
    m = 0.5 ** (sqrt(3 / 7) / 13)  # f = 3/7; the window doubles to 6 repetitions in 14 days
    scores = series(Schedule.times_a_week(3), {0: DONE, 2: DONE, 3: NOT_NEEDED, 4: DONE}, 6)
    expected = [(1 / 6) * (1 - m)]  # Mon: done, 1 of 6
    expected.append(expected[-1] * m + (1 / 6) * (1 - m))  # Tue: blank, still 1 of 6
    expected.append(expected[-1] * m + (2 / 6) * (1 - m))  # Wed: done, 2 of 6
    expected.append(expected[-1] * m + (2 / 6) * (1 - m))  # Thu: not needed, counts as blank
    expected.append(expected[-1] * m + (3 / 6) * (1 - m))  # Fri: done, 3 of 6
    expected.append(expected[-1] * m + (3 / 6) * (1 - m))  # Sat: blank
    assert scores == pytest.approx(expected, abs=1e-15)


def test_a_non_daily_skip_freezes_when_the_window_is_short() -> None:
    weekly = Schedule.times_a_week(3)
    marks = {i: DONE for i in range(70) if i % 7 in (0, 2, 4)} | {90: SKIPPED}
    scores = series(weekly, marks, 92)  # days 70–89 blank: the 14-day window empties
    assert scores[90] == scores[89]
    assert scores[91] < scores[90]


@pytest.mark.parametrize(
    ("schedule", "due"),
    [
        (Schedule.on_weekdays([0, 2, 4]), {0, 2, 4}),
        (Schedule.on_weekdays([5, 6]), {5, 6}),
        (Schedule.on_weekdays([0]), {0}),
        (Schedule.times_a_week(1), {2}),
        (Schedule.times_a_week(3), {0, 1, 5}),
        (Schedule.times_a_week(5), {0, 1, 2, 3, 4}),
    ],
)
@pytest.mark.parametrize("rest", [None, NOT_NEEDED, SKIPPED])
def test_doing_exactly_what_is_scheduled_converges_high(schedule, due, rest) -> None:
    """Ten weeks as planned; rest days left blank or marked must not hold anyone back."""
    marks = {i: DONE if i % 7 in due else rest for i in range(70)}
    scores = series(schedule, {i: s for i, s in marks.items() if s is not None}, 70)
    assert scores[-1] > 0.7
    assert scores[-1] > scores[35] > scores[7]


def test_empty_and_out_of_range_input() -> None:
    assert strength_series(DAILY, {}, START, day(-1)) == []
    assert strength(DAILY, {}, START, day(-1)) == 0.0
    assert strength_percent(DAILY, {}, START, day(-1)) == 0
    assert series(DAILY, {}, 3) == [0.0, 0.0, 0.0]
    outside = {-5: DONE, -1: DONE, 3: DONE, 10: DONE}  # before start or after end: ignored
    assert series(DAILY, outside, 3) == [0.0, 0.0, 0.0]
    assert strength(DAILY, {START: DONE}, START, START) == pytest.approx(1 - M_DAILY)


def test_check_in_records_and_a_mapping_give_the_same_scores() -> None:
    marks = {0: DONE, 1: SKIPPED, 3: DONE, 4: NOT_NEEDED, 6: DONE}
    records = [CheckIn(1, day(i), s) for i, s in marks.items()]
    assert strength_series(DAILY, records, START, day(9)) == series(DAILY, marks, 10)
    assert strength_series(DAILY, iter(records), START, day(9)) == series(DAILY, marks, 10)


def test_ten_years_of_daily_data() -> None:
    """Scored correctly over ten years (done every day, each fifth skipped, which holds
    no one back). How fast is the benchmark's to say: the review scores every routine
    over all time (``make bench``)."""
    marks = {day(i): DONE if i % 5 else SKIPPED for i in range(3650)}
    result = strength(DAILY, marks, START, day(3649))
    assert 0.0 < result <= 1.0
    assert result > 0.999


# Properties over arbitrary histories

STATUSES = st.sampled_from([None, DONE, SKIPPED, NOT_NEEDED])
SCHEDULES = st.one_of(
    st.just(DAILY),
    st.frozensets(st.integers(0, 6), min_size=1).map(Schedule.on_weekdays),
    st.integers(1, 7).map(Schedule.times_a_week),
)
PAUSES = st.lists(
    st.builds(
        lambda s, n: Pause(day(s), None if n is None else day(s + n)),
        st.integers(-5, 80),
        st.none() | st.integers(0, 15),
    ),
    max_size=2,
)


def _marks(history: list[CheckInStatus | None]) -> dict[int, CheckInStatus]:
    return {i: s for i, s in enumerate(history) if s is not None}


@given(SCHEDULES, st.lists(STATUSES, min_size=1, max_size=90), PAUSES)
def test_scores_stay_within_0_and_1_and_marks_never_lower_them(schedule, history, pauses) -> None:
    scores = series(schedule, _marks(history), len(history), tuple(pauses))
    assert len(scores) == len(history)
    assert all(0.0 <= s <= 1.0 for s in scores)
    previous = 0.0
    for i, score in enumerate(scores):
        if any(p.contains(day(i)) for p in pauses):
            assert score == previous
        elif history[i] in (SKIPPED, NOT_NEEDED):
            assert score >= previous
        previous = score
    marks = {day(i): status for i, status in _marks(history).items()}
    percent = strength_percent(schedule, marks, START, day(len(history) - 1), pauses)
    assert 0 <= percent <= 100


@given(SCHEDULES, st.lists(STATUSES, min_size=1, max_size=90), PAUSES, st.data())
def test_adding_a_done_check_in_never_lowers_any_score(schedule, history, pauses, data) -> None:
    blanks = [i for i, s in enumerate(history) if s is None]
    if not blanks:
        return
    chosen = data.draw(st.sampled_from(blanks))
    before = series(schedule, _marks(history), len(history), tuple(pauses))
    after = series(schedule, _marks(history) | {chosen: DONE}, len(history), tuple(pauses))
    assert after[:chosen] == before[:chosen]
    assert all(a >= b for a, b in zip(after, before, strict=True))


@given(
    SCHEDULES,
    st.lists(STATUSES, min_size=1, max_size=90),
    PAUSES,
    st.data(),
    st.sampled_from([SKIPPED, NOT_NEEDED]),
)
def test_marking_a_missed_day_never_lowers_the_score(schedule, history, pauses, data, mark) -> None:
    """Marking a day skipped or not needed is never worse than leaving it blank."""
    blanks = [i for i, s in enumerate(history) if s is None]
    if not blanks:
        return
    chosen = data.draw(st.sampled_from(blanks))
    before = series(schedule, _marks(history), len(history), tuple(pauses))
    after = series(schedule, _marks(history) | {chosen: mark}, len(history), tuple(pauses))
    assert all(a >= b for a, b in zip(after, before, strict=True))
    assert after[-1] >= before[-1]
