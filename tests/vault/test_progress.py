"""The review's numbers, from small vaults built through the public repositories.

Every expected value here is worked out by hand (or, for habit strength, by calling
domain/scoring directly), never by running the code under test a second way.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.conftest import FakeClock
from wellbeing.domain.boundaries import Boundary, BoundaryEvent, Outcome
from wellbeing.domain.errors import NotFoundError, ValidationError
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.review import (
    BoundaryCounts,
    CheckInCounts,
    GoalProgress,
    MoodPoint,
    Period,
    Review,
    Sample,
    StrengthPoint,
    Who5Point,
)
from wellbeing.domain.routines import (
    CheckIn,
    CheckInStatus,
    Pause,
    Routine,
    RoutineStatus,
    Schedule,
)
from wellbeing.domain.scoring import strength, strength_series
from wellbeing.vault.vault import Vault

DONE, SKIPPED, NOT_NEEDED = CheckInStatus.DONE, CheckInStatus.SKIPPED, CheckInStatus.NOT_NEEDED
M_DAILY = 0.5 ** (1 / 13)
# The FakeClock starts on Monday 2 March 2026, 09:00 UTC.
MARCH = Period.containing(date(2026, 3, 2), "month")
FEB = Period.containing(date(2026, 2, 1), "month")
# A North American zone with summer time (POSIX rules, no tz database needed): UTC-5 in
# winter, UTC-4 from the second Sunday of March (8 March 2026) at 02:00.
NEW_YORK = "EST5EDT,M3.2.0,M11.1.0"


@pytest.fixture(autouse=True)
def local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test runs in UTC unless it chooses a zone with ``set_zone``."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def set_zone(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    monkeypatch.setenv("TZ", zone)
    time.tzset()


def d(month: int, day: int, year: int = 2026) -> date:
    return date(year, month, day)


def routine(vault: Vault, name: str, started: date, schedule: Schedule | None = None) -> int:
    saved = vault.routines.add(
        Routine(None, name, schedule or Schedule.daily(), started_on=started)
    )
    assert saved.id is not None
    return saved.id


def check(vault: Vault, routine_id: int, status: CheckInStatus, *days: date) -> None:
    for on in days:
        vault.routines.check_in(CheckIn(routine_id, on, status))


def span(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def entry(vault: Vault, when: datetime, mood: int | None, body: str = "") -> JournalEntry:
    return vault.journal.add(JournalEntry(None, "", body or "words", when, mood=mood))


# Routines: counts


def test_routine_counts_per_routine_in_the_period(vault: Vault) -> None:
    walk = routine(vault, "Walk", d(1, 1))
    read = routine(vault, "Read", d(1, 1))
    quiet = routine(vault, "Quiet", d(1, 1))  # in the plan, nothing in the period
    check(vault, walk, DONE, d(2, 1), d(2, 2), d(2, 3), d(2, 28))
    check(vault, walk, SKIPPED, d(2, 10))
    check(vault, walk, NOT_NEEDED, d(2, 11), d(2, 12))
    check(vault, walk, DONE, d(1, 31), d(3, 1))  # either side of February: not counted
    check(vault, read, SKIPPED, d(2, 14))
    check(vault, read, DONE, d(2, 15))
    check(vault, quiet, DONE, d(1, 20))

    counts = vault.progress.routine_counts(FEB.start, FEB.end)
    assert counts == {
        walk: CheckInCounts(done=4, skipped=1, not_needed=2),
        read: CheckInCounts(done=1, skipped=1, not_needed=0),
        quiet: CheckInCounts(0, 0, 0),
    }
    assert counts[walk].total == 7
    # Replacing a check-in changes the count; one day, one check-in.
    check(vault, walk, SKIPPED, d(2, 1))
    assert vault.progress.routine_counts(d(2, 1), d(2, 1)) == {
        walk: CheckInCounts(0, 1, 0),
        read: CheckInCounts(),
        quiet: CheckInCounts(),
    }


def test_archived_routines_show_only_when_they_have_check_ins_in_the_period(
    vault: Vault,
) -> None:
    old = routine(vault, "Old", d(1, 1))
    gone = routine(vault, "Gone", d(1, 1))
    check(vault, old, DONE, d(2, 5), d(2, 6))
    check(vault, gone, DONE, d(1, 5))
    vault.routines.archive(old)
    vault.routines.archive(gone)
    assert vault.progress.routine_counts(FEB.start, FEB.end) == {old: CheckInCounts(2, 0, 0)}
    assert vault.progress.routine_counts(MARCH.start, MARCH.end) == {}


# Routines: strength


def test_strength_of_a_perfect_daily_routine_by_hand(vault: Vault) -> None:
    walk = routine(vault, "Walk", d(2, 1))
    check(vault, walk, DONE, *span(d(2, 1), d(2, 28)))
    series = vault.progress.routine_strengths(d(2, 1), d(2, 28), "week")[walk]
    # Weekly points end on the last day: 7, 14, 21 and 28 days of perfect practice.
    assert [p.day for p in series] == [d(2, 7), d(2, 14), d(2, 21), d(2, 28)]
    for point, n in zip(series, (7, 14, 21, 28), strict=True):
        assert point.strength == pytest.approx(1 - M_DAILY**n, abs=1e-12)
    assert isinstance(series[0], StrengthPoint)


def test_strength_series_matches_domain_scoring_directly(
    vault: Vault, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A mix of done, skipped, not needed, blank days, a pause, and a weekday schedule,
    started long before the period: the points equal domain/scoring's own series."""
    mwf = Schedule.on_weekdays([0, 2, 4])
    started = d(10, 1, 2025)
    walk = routine(vault, "Walk", started)
    gym = routine(vault, "Gym", started, mwf)
    marks: dict[int, dict[date, CheckInStatus]] = {walk: {}, gym: {}}
    for i, on in enumerate(span(started, d(3, 1))):
        if i % 5 == 4:
            continue  # a blank day
        status = DONE if i % 7 else (SKIPPED if i % 2 else NOT_NEEDED)
        check(vault, walk, status, on)
        marks[walk][on] = status
        if mwf.is_due(on) and i % 3:
            check(vault, gym, DONE, on)
            marks[gym][on] = DONE
    # Walk rests from 10 to 20 January 2026.
    clock.now = datetime(2026, 1, 10, 12, tzinfo=UTC)
    record = vault.routines.get(walk)
    vault.routines.update(replace(record, status=RoutineStatus.PAUSED))
    clock.now = datetime(2026, 1, 20, 12, tzinfo=UTC)
    vault.routines.update(record)
    clock.now = datetime(2026, 3, 2, 9, tzinfo=UTC)
    pauses = {walk: [Pause(d(1, 10), d(1, 20))], gym: []}
    assert vault.routines.pauses(walk) == pauses[walk]

    schedules = {walk: Schedule.daily(), gym: mwf}
    for period, sample in (
        (Period.containing(d(1, 15), "month"), Sample.DAY),
        (Period.containing(d(2, 15), "quarter"), Sample.WEEK),
        (Period.custom(started, d(3, 1)), Sample.MONTH),
    ):
        got = vault.progress.routine_strengths(period.start, period.end, sample)
        assert set(got) == {walk, gym}
        for rid in (walk, gym):
            expected = strength_series(schedules[rid], marks[rid], started, period.end, pauses[rid])
            points = got[rid]
            assert points[-1].day == period.end
            for point in points:
                assert point.strength == expected[(point.day - started).days]
            # The last point is the routine card's own number for that day.
            assert points[-1].strength == vault.routines.strength(rid, period.end)
            assert points[-1].strength == strength(
                schedules[rid], marks[rid], started, period.end, pauses[rid]
            )
    # Inside the pause the score stays exactly as it was.
    january = vault.progress.routine_strengths(d(1, 9), d(1, 20), "day")[walk]
    assert {p.strength for p in january} == {january[0].strength}


def test_strength_starts_with_the_routine_and_a_year_has_at_most_53_points(
    vault: Vault,
) -> None:
    early = routine(vault, "Early", d(1, 1, 2020))
    late = routine(vault, "Late", d(2, 11))  # a Wednesday, within the period
    future = routine(vault, "Future", d(3, 2))  # after the period
    check(vault, late, DONE, d(2, 11), d(2, 12))
    got = vault.progress.routine_strengths(FEB.start, FEB.end, "day")
    assert set(got) == {early, late}
    assert [p.day for p in got[late]] == span(d(2, 11), d(2, 28))
    assert got[late][0].strength == pytest.approx(1 - M_DAILY)
    assert got[late][1].strength == pytest.approx(1 - M_DAILY**2)
    assert all(p.strength == 0.0 for p in got[early])
    year = Period.containing(d(6, 1, 2024), "year")  # a leap year
    weekly = vault.progress.routine_strengths(year.start, year.end)[early]
    assert len(weekly) == 53 and weekly[-1].day == year.end
    assert future not in vault.progress.routine_strengths(year.start, year.end)


# Goals


def test_goal_progress_and_steps_done_in_the_period(vault: Vault) -> None:
    steps = (
        GoalStep("Find a course", done=True, done_on=d(1, 20)),
        GoalStep("Sign up", done=True, done_on=d(2, 3)),
        GoalStep("First class", done=True, done_on=d(2, 28)),
        GoalStep("Second class"),
    )
    course = vault.goals.add(Goal(None, "Learn to swim", steps=steps)).id
    own = vault.goals.add(Goal(None, "Rest more", progress=30)).id
    achieved = vault.goals.add(
        Goal(None, "Move house", status=GoalStatus.ACHIEVED, steps=(GoalStep("Pack"),))
    ).id
    empty = vault.goals.add(Goal(None, "Someday")).id
    thirds = vault.goals.add(
        Goal(
            None, "Three steps", steps=(GoalStep("a", True, d(3, 1)), GoalStep("b"), GoalStep("c"))
        )
    ).id
    archived = vault.goals.add(Goal(None, "Old", steps=(GoalStep("x", True, d(2, 9)),))).id
    hidden = vault.goals.add(Goal(None, "Older", steps=(GoalStep("y", True, d(1, 9)),))).id
    vault.goals.archive(archived)
    vault.goals.archive(hidden)

    assert vault.progress.goal_progress(FEB.start, FEB.end) == [
        GoalProgress(course, "Learn to swim", "active", 75, 3, 4, 2),
        GoalProgress(own, "Rest more", "active", 30, 0, 0, 0),
        GoalProgress(achieved, "Move house", "achieved", 100, 0, 1, 0),
        GoalProgress(empty, "Someday", "active", 0, 0, 0, 0),
        GoalProgress(thirds, "Three steps", "active", 33, 1, 3, 0),
        GoalProgress(archived, "Old", "active", 100, 1, 1, 1),
    ]
    march = vault.progress.goal_progress(MARCH.start, MARCH.end)
    assert [(g.goal_id, g.steps_done_in_period) for g in march] == [
        (course, 0),
        (own, 0),
        (achieved, 0),
        (empty, 0),
        (thirds, 1),
    ]
    # The percent is the goal card's own.
    for progress in march:
        assert progress.percent == vault.goals.get(progress.goal_id).progress_percent


# Boundaries


def test_boundary_counts(vault: Vault) -> None:
    no_calls = vault.boundaries.add(Boundary(None, "No work calls after 8")).id
    rates = vault.boundaries.add(Boundary(None, "My rates are my rates")).id
    calm = vault.boundaries.add(Boundary(None, "Nothing logged yet")).id
    old = vault.boundaries.add(Boundary(None, "An old one")).id
    log = vault.boundaries.log_event
    for on, outcome in (
        (d(2, 1), Outcome.HELD),
        (d(2, 1), Outcome.HELD),  # twice in a day counts twice
        (d(2, 14), Outcome.CROSSED),
        (d(2, 28), Outcome.RENEGOTIATED),
        (d(3, 1), Outcome.HELD),  # after February
        (d(1, 31), Outcome.CROSSED),  # before February
    ):
        log(BoundaryEvent(None, no_calls, on, outcome))
    log(BoundaryEvent(None, rates, d(2, 20), Outcome.CROSSED))
    log(BoundaryEvent(None, old, d(2, 2), Outcome.HELD))
    vault.boundaries.archive(old)

    counts = vault.progress.boundary_counts(FEB.start, FEB.end)
    assert counts == {
        no_calls: BoundaryCounts(held=2, crossed=1, renegotiated=1),
        rates: BoundaryCounts(0, 1, 0),
        calm: BoundaryCounts(0, 0, 0),
        old: BoundaryCounts(1, 0, 0),
    }
    assert counts[no_calls].total == 4
    assert vault.progress.boundary_counts(MARCH.start, MARCH.end) == {
        no_calls: BoundaryCounts(1, 0, 0),
        rates: BoundaryCounts(),
        calm: BoundaryCounts(),
    }


# Mood


def _moods_fixture(vault: Vault) -> None:
    """February 2026 (UTC): journal entries and daily check-ins."""
    at = lambda m, day, h: datetime(2026, m, day, h, tzinfo=UTC)  # noqa: E731
    entry(vault, at(2, 2, 8), 2)  # Mon 2 Feb
    entry(vault, at(2, 2, 20), 4)
    vault.moods.set(d(2, 2), 3)  # day 2 Feb: (2 + 4 + 3) / 3 = 3.0
    entry(vault, at(2, 4, 10), 5)  # Wed 4 Feb: 5 and check-in 4 -> 4.5
    vault.moods.set(d(2, 4), 4)
    entry(vault, at(2, 5, 10), None)  # no mood: not counted
    gone = entry(vault, at(2, 6, 10), 1)  # archived: not counted
    vault.journal.archive(gone.id)  # type: ignore[arg-type]
    vault.moods.set(d(2, 9), 1)  # Mon 9 Feb, the next week
    entry(vault, at(2, 15, 23), 2)  # Sun 15 Feb, still that week
    entry(vault, at(3, 1, 0), 5)  # 1 March: outside February
    vault.moods.set(d(1, 31), 5)  # outside February


def test_mood_trend_per_day_week_and_month(vault: Vault) -> None:
    _moods_fixture(vault)
    trend = vault.progress.mood_trend
    assert trend(FEB.start, FEB.end, "day") == [
        MoodPoint(d(2, 2), 3.0, 3),
        MoodPoint(d(2, 4), 4.5, 2),
        MoodPoint(d(2, 9), 1.0, 1),
        MoodPoint(d(2, 15), 2.0, 1),
    ]
    assert trend(FEB.start, FEB.end, "week") == [
        MoodPoint(d(2, 2), 3.6, 5),  # (2 + 4 + 3 + 5 + 4) / 5
        MoodPoint(d(2, 9), 1.5, 2),  # (1 + 2) / 2
    ]
    assert trend(FEB.start, FEB.end, "month") == [MoodPoint(d(2, 1), 3.0, 7)]  # 21 / 7
    # A week bucket is the calendar week, even when the period starts mid-week: only the
    # days inside the period count.
    assert trend(d(2, 4), d(2, 9), "week") == [
        MoodPoint(d(2, 2), 4.5, 2),
        MoodPoint(d(2, 9), 1.0, 1),
    ]
    assert trend(d(3, 2), d(3, 8), "day") == []


def test_journal_moods_fall_on_the_local_day(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    set_zone(monkeypatch, NEW_YORK)
    # 03:00 UTC on 3 Feb is 22:00 on 2 Feb in New York (UTC-5).
    entry(vault, datetime(2026, 2, 3, 3, tzinfo=UTC), 1)
    # 04:30 UTC on 9 March is 00:30 on 9 March in New York (summer time, UTC-4);
    # at winter time it would have been 23:30 on the 8th.
    entry(vault, datetime(2026, 3, 9, 4, 30, tzinfo=UTC), 5)
    # 04:30 UTC on 8 March is 23:30 on 7 March (still winter time, UTC-5).
    entry(vault, datetime(2026, 3, 8, 4, 30, tzinfo=UTC), 3)
    trend = vault.progress.mood_trend
    assert trend(d(2, 1), d(3, 31), "day") == [
        MoodPoint(d(2, 2), 1.0, 1),
        MoodPoint(d(3, 7), 3.0, 1),
        MoodPoint(d(3, 9), 5.0, 1),
    ]
    # The period's edges are local days too.
    assert trend(d(2, 3), d(3, 8), "day") == [MoodPoint(d(3, 7), 3.0, 1)]
    assert trend(d(3, 9), d(3, 9), "day") == [MoodPoint(d(3, 9), 5.0, 1)]
    # 02:00 UTC on 1 March is 21:00 on 28 February: February's bucket, in week 23 Feb.
    entry(vault, datetime(2026, 3, 1, 2, tzinfo=UTC), 4)
    assert trend(d(2, 1), d(3, 31), "month") == [
        MoodPoint(d(2, 1), 2.5, 2),
        MoodPoint(d(3, 1), 4.0, 2),
    ]
    assert trend(d(2, 23), d(3, 15), "week") == [
        MoodPoint(d(2, 23), 4.0, 1),
        MoodPoint(d(3, 2), 3.0, 1),  # Saturday 7 March
        MoodPoint(d(3, 9), 5.0, 1),
    ]
    set_zone(monkeypatch, "UTC0")
    assert trend(d(2, 1), d(3, 31), "day") == [
        MoodPoint(d(2, 3), 1.0, 1),
        MoodPoint(d(3, 1), 4.0, 1),
        MoodPoint(d(3, 8), 3.0, 1),
        MoodPoint(d(3, 9), 5.0, 1),
    ]


# WHO-5


def test_who5_check_ins_and_trend(vault: Vault, clock: FakeClock) -> None:
    saved = vault.who5.set(d(2, 1), (3, 2, 4, 1, 0))
    assert saved.score == 40
    vault.who5.set(d(2, 15), [5, 5, 5, 5, 5])
    vault.who5.set(d(3, 1), (0, 0, 0, 0, 0))
    vault.who5.set(d(2, 15), (3, 3, 3, 3, 1))  # the same day again replaces it
    assert vault.who5.get(d(2, 15)).answers == (3, 3, 3, 3, 1)  # type: ignore[union-attr]
    assert vault.who5.get(d(2, 16)) is None
    assert [c.on for c in vault.who5.between(FEB.start, FEB.end)] == [d(2, 1), d(2, 15)]
    assert vault.progress.who5_trend(FEB.start, FEB.end) == [
        Who5Point(d(2, 1), 40),
        Who5Point(d(2, 15), 52),
    ]
    assert vault.progress.who5_trend(d(2, 2), d(3, 2)) == [
        Who5Point(d(2, 15), 52),
        Who5Point(d(3, 1), 0),
    ]
    vault.who5.clear(d(3, 1))
    assert vault.who5.get(d(3, 1)) is None


@pytest.mark.parametrize("answers", [(5, 5, 5, 5), (6, 0, 0, 0, 0), (1, 2, 3, 4, -1), "12345"])
def test_who5_refuses_invalid_answers_and_saves_nothing(vault: Vault, answers) -> None:
    with pytest.raises(ValidationError, match="five answers, each from 0"):
        vault.who5.set(d(2, 1), answers)
    assert vault.who5.between(date.min, date.max) == []


def test_who5_refuses_a_day_that_has_not_come(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="has not come yet"):
        vault.who5.set(d(3, 3), (1, 1, 1, 1, 1))


# Reviews


def test_reviews_add_get_update_list_and_delete(vault: Vault, clock: FakeClock) -> None:
    first = vault.reviews.add(Review.new(FEB, what_helped="Walking with Sam"))
    assert first.id is not None and first.at == clock.now
    assert vault.reviews.get(first.id) == first
    clock.advance(days=7)
    week = Period.containing(d(3, 4), "week")
    second = vault.reviews.add(Review.new(week, what_got_in_the_way="Late shifts"))
    clock.advance(hours=1)
    changed = vault.reviews.update(
        Review(
            first.id,
            first.at,
            FEB.start,
            FEB.end,
            "Walking with Sam",
            "Rain",
            "Ask for Sundays off",
        )
    )
    assert changed.at == first.at  # keeps the time it was made
    assert (changed.what_got_in_the_way, changed.what_to_change) == ("Rain", "Ask for Sundays off")
    assert changed.period == FEB
    assert [r.id for r in vault.reviews.list()] == [second.id, first.id]  # newest first
    assert [r.id for r in vault.reviews.list(limit=1)] == [second.id]

    vault.reviews.delete(first.id)
    with pytest.raises(NotFoundError, match="That review is no longer there"):
        vault.reviews.get(first.id)
    with pytest.raises(NotFoundError):
        vault.reviews.update(changed)
    with pytest.raises(NotFoundError):
        vault.reviews.delete(first.id)
    with pytest.raises(ValidationError, match="already saved"):
        vault.reviews.add(second)
    with pytest.raises(ValidationError, match="not been saved"):
        vault.reviews.update(Review.new(FEB))


def test_a_review_keeps_a_time_it_was_given(vault: Vault) -> None:
    at = datetime(2026, 2, 28, 18, 30, tzinfo=UTC)
    saved = vault.reviews.add(Review(None, at, FEB.start, FEB.end, "Rest"))
    assert vault.reviews.get(saved.id).at == at  # type: ignore[arg-type]


# Everything together


def test_overview_and_first_day(vault: Vault) -> None:
    assert vault.progress.first_day() is None
    walk = routine(vault, "Walk", d(1, 5))
    check(vault, walk, DONE, d(2, 1))
    _moods_fixture(vault)
    vault.who5.set(d(2, 1), (3, 2, 4, 1, 0))
    assert vault.progress.first_day() == d(1, 5)
    entry(vault, datetime(2025, 12, 24, 12, tzinfo=UTC), 4)
    assert vault.progress.first_day() == d(12, 24, 2025)

    data = vault.progress.overview(FEB)
    assert data.period == FEB and data.sample is Sample.DAY
    assert data.routine_counts == {walk: CheckInCounts(1, 0, 0)}
    assert [p.day for p in data.routine_strengths[walk]] == list(FEB.each_day())
    assert data.mood == vault.progress.mood_trend(FEB.start, FEB.end, "day")
    assert data.who5 == [Who5Point(d(2, 1), 40)]
    assert data.goals == [] and data.boundary_counts == {}
    weekly = vault.progress.overview(FEB, "week")
    assert weekly.sample is Sample.WEEK and len(weekly.routine_strengths[walk]) == 4


def test_the_review_runs_on_indexes(vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    """No query the review makes reads a whole table of check-ins, journal entries,
    events or moods: each is a range search on a key or an index. (The one walk allowed
    is first_day's: journal entries in id order, stopping at the first one kept.)"""
    seen: list[tuple[str, object]] = []
    db = vault.db
    real_all, real_one, real_execute = db.all, db.one, db.execute

    def spy(real):
        def call(sql, params=()):
            seen.append((sql, params))
            return real(sql, params)

        return call

    monkeypatch.setattr(db, "all", spy(real_all))
    monkeypatch.setattr(db, "one", spy(real_one))
    monkeypatch.setattr(db, "execute", spy(real_execute))
    routine(vault, "Walk", d(1, 5))
    seen.clear()
    vault.progress.overview(Period.containing(d(2, 1), "year"))
    vault.progress.first_day()
    assert seen
    monkeypatch.undo()
    big = ("check_ins", "journal_entries", "boundary_events", "mood_checkins", "who5")
    for sql, params in seen:
        plan = " | ".join(row[3] for row in vault.db.all("EXPLAIN QUERY PLAN " + sql, params))
        if "ORDER BY id LIMIT 1" in sql:
            plan = plan.replace("SCAN journal_entries", "", 1)
        for table in (*big, "c", "e"):
            assert f"SCAN {table}" not in plan, (sql, plan)
