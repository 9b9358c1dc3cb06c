"""Routine records: schedule validation, storage bits, due days and plain descriptions."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.domain.errors import ValidationError
from wellbeing.domain.routines import (
    CheckIn,
    CheckInStatus,
    Pause,
    Routine,
    RoutineStatus,
    Schedule,
    ScheduleKind,
)
from wellbeing.domain.snapshot import from_dict, to_dict

MONDAY = date(2024, 1, 1)  # a Monday
day_sets = st.frozensets(st.integers(0, 6), min_size=1)


def test_enum_values_are_the_stored_strings() -> None:
    assert [k.value for k in ScheduleKind] == ["daily", "weekdays", "times_per_week"]
    assert [s.value for s in CheckInStatus] == ["done", "skipped", "not_needed"]
    assert [s.value for s in RoutineStatus] == ["active", "paused", "let_go"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Schedule.on_weekdays([]), "Choose at least one day of the week."),
        (lambda: Schedule(ScheduleKind.WEEKDAYS), "Choose at least one day of the week."),
        (lambda: Schedule.on_weekdays([0, 7]), "Choose days of the week from Monday to Sunday."),
        (lambda: Schedule.on_weekdays([-1]), "Choose days of the week from Monday to Sunday."),
        (lambda: Schedule.times_a_week(0), "Choose between 1 and 7 times a week."),
        (lambda: Schedule.times_a_week(8), "Choose between 1 and 7 times a week."),
        (lambda: Schedule(ScheduleKind.TIMES_PER_WEEK), "Choose between 1 and 7 times a week."),
        (
            lambda: Schedule("fortnightly"),  # type: ignore[arg-type]
            "Choose how often: every day, on chosen days, or a number of times a week.",
        ),
    ],
)
def test_schedule_refuses_with_a_kind_sentence(make, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make()
    assert str(caught.value) == message


def test_fields_that_do_not_belong_to_the_kind_are_cleared() -> None:
    assert Schedule(ScheduleKind.DAILY, frozenset({1, 2}), 3) == Schedule.daily()
    assert Schedule(ScheduleKind.WEEKDAYS, frozenset({1}), 3).times_per_week == 0
    assert Schedule(ScheduleKind.TIMES_PER_WEEK, frozenset({1}), 3).weekdays == frozenset()
    assert Schedule("weekdays", {2, 0}).kind is ScheduleKind.WEEKDAYS  # type: ignore[arg-type]
    assert Schedule.on_weekdays([4, 0, 4]).weekdays == frozenset({0, 4})


def test_repetitions_and_per_day() -> None:
    assert Schedule.daily().repetitions() == (1, 1)
    assert Schedule.on_weekdays([0, 2, 4]).repetitions() == (3, 7)
    assert Schedule.times_a_week(2).repetitions() == (2, 7)
    assert Schedule.daily().per_day() == 1.0
    assert Schedule.times_a_week(7).per_day() == 1.0
    assert Schedule.on_weekdays([5, 6]).per_day() == pytest.approx(2 / 7)


@given(day_sets)
def test_weekday_bits_round_trip(days: frozenset[int]) -> None:
    schedule = Schedule.on_weekdays(days)
    bits = schedule.to_bits()
    assert 1 <= bits <= 127
    assert Schedule(ScheduleKind.WEEKDAYS, Schedule.from_bits(bits)) == schedule


def test_bits_layout_and_other_kinds() -> None:
    assert Schedule.on_weekdays([0]).to_bits() == 1  # bit 0 is Monday
    assert Schedule.on_weekdays([6]).to_bits() == 64
    assert Schedule.on_weekdays([0, 2, 4]).to_bits() == 0b10101
    assert Schedule.daily().to_bits() == 0
    assert Schedule.times_a_week(3).to_bits() == 0
    assert Schedule.from_bits(0) == frozenset()  # how a daily schedule is stored
    for bad in (-1, 128):
        with pytest.raises(ValidationError):
            Schedule.from_bits(bad)


def test_storage_columns_rebuild_every_kind() -> None:
    """What the vault stores (kind, bits, times) brings back the same schedule."""
    for schedule in (Schedule.daily(), Schedule.on_weekdays([1, 3]), Schedule.times_a_week(4)):
        again = Schedule(
            ScheduleKind(schedule.kind.value),
            Schedule.from_bits(schedule.to_bits()),
            schedule.times_per_week,
        )
        assert again == schedule


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), day_sets)
def test_is_due(day: date, days: frozenset[int]) -> None:
    assert Schedule.daily().is_due(day)
    assert Schedule.times_a_week(2).is_due(day)  # can be done on any day
    assert Schedule.on_weekdays(days).is_due(day) == (day.weekday() in days)


def test_is_due_on_named_days() -> None:
    mwf = Schedule.on_weekdays([0, 2, 4])
    week = [MONDAY + timedelta(days=i) for i in range(7)]
    assert [mwf.is_due(d) for d in week] == [True, False, True, False, True, False, False]


@pytest.mark.parametrize(
    ("schedule", "text"),
    [
        (Schedule.daily(), "Every day"),
        (Schedule.on_weekdays([4, 0, 2]), "Mon, Wed, Fri"),
        (Schedule.on_weekdays([6]), "Sun"),
        (Schedule.on_weekdays(range(7)), "Every day"),
        (Schedule.times_a_week(1), "Once a week"),
        (Schedule.times_a_week(2), "Twice a week"),
        (Schedule.times_a_week(3), "3 times a week"),
    ],
)
def test_describe_in_plain_english(schedule: Schedule, text: str) -> None:
    assert schedule.describe() == text


def test_routine_needs_a_name_and_keeps_it_as_written() -> None:
    for name in ("", "   ", "\n\t"):
        with pytest.raises(ValidationError) as caught:
            Routine(None, name, Schedule.daily())
        assert str(caught.value) == "Give the routine a short name."
    assert Routine(None, "  Walk ", Schedule.daily()).name == "  Walk "
    assert Routine(None, "x" * 200, Schedule.daily()).name == "x" * 200
    with pytest.raises(ValidationError):
        Routine(None, "x" * 201, Schedule.daily())


def test_routine_defaults_and_normalising() -> None:
    ids: list[int] = [2, 5]
    weekly = Schedule.times_a_week(3)
    routine = Routine(1, "Stretch", weekly, value_ids=ids)  # type: ignore[arg-type]
    assert routine.status is RoutineStatus.ACTIVE
    assert routine.value_ids == (2, 5)
    assert routine.started_on is None and routine.description == ""
    paused = Routine(1, "Stretch", Schedule.daily(), status="paused")  # type: ignore[arg-type]
    assert paused.status is RoutineStatus.PAUSED
    with pytest.raises(ValidationError):
        Routine(1, "Stretch", Schedule.daily(), status="gone")  # type: ignore[arg-type]


@given(
    name=st.text(min_size=1, max_size=40).filter(str.strip),
    schedule=st.one_of(
        st.just(Schedule.daily()),
        day_sets.map(Schedule.on_weekdays),
        st.integers(1, 7).map(Schedule.times_a_week),
    ),
    status=st.sampled_from(RoutineStatus),
    started=st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)),
    value_ids=st.lists(st.integers(1, 50), max_size=4),
)
def test_routine_snapshot_round_trips(name, schedule, status, started, value_ids) -> None:
    """Revisions store routines through snapshot; they must come back identical."""
    routine = Routine(3, name, schedule, "why", status, tuple(value_ids), started)
    assert from_dict(Routine, to_dict(routine)) == routine


def test_check_in_status_and_note() -> None:
    check_in = CheckIn(1, MONDAY, "not_needed")  # type: ignore[arg-type]
    assert check_in.status is CheckInStatus.NOT_NEEDED and check_in.note == ""
    with pytest.raises(ValidationError) as caught:
        CheckIn(1, MONDAY, "maybe")  # type: ignore[arg-type]
    assert str(caught.value) == "Choose done, skipped or not needed."


def test_pause_is_inclusive_and_may_be_open() -> None:
    pause = Pause(date(2024, 3, 1), date(2024, 3, 3))
    assert pause.contains(date(2024, 3, 1)) and pause.contains(date(2024, 3, 3))
    assert not pause.contains(date(2024, 2, 29)) and not pause.contains(date(2024, 3, 4))
    assert Pause(date(2024, 3, 1), None).contains(date(2030, 1, 1))
    assert Pause(date(2024, 3, 1), date(2024, 3, 1)).contains(date(2024, 3, 1))
    with pytest.raises(ValidationError) as caught:
        Pause(date(2024, 3, 2), date(2024, 3, 1))
    assert str(caught.value) == "A pause cannot end before it starts."
