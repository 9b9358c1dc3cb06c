"""Domain records: kind validation, derived values, and snapshots that round-trip."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wellbeing.domain.boundaries import Boundary, BoundaryStatus
from wellbeing.domain.errors import ValidationError
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.journal import JournalEntry, normalise_tags
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.snapshot import from_dict, to_dict
from wellbeing.domain.values import Pile, Value

text = st.text(min_size=1, max_size=40).filter(str.strip)
optional_day = st.none() | st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


@given(
    title=text,
    status=st.sampled_from(GoalStatus),
    target=optional_day,
    progress=st.none() | st.integers(0, 100),
    steps=st.lists(
        st.builds(GoalStep, text=text, done=st.booleans(), done_on=optional_day), max_size=5
    ),
    value_ids=st.lists(st.integers(1, 50), max_size=4),
)
def test_goal_snapshot_round_trips(title, status, target, progress, steps, value_ids) -> None:
    goal = Goal(
        7,
        title,
        target_date=target,
        status=status,
        progress=progress,
        steps=tuple(steps),
        value_ids=tuple(value_ids),
    )
    assert from_dict(Goal, to_dict(goal)) == goal


@given(
    st.dictionaries(
        st.sampled_from(Step),
        st.lists(
            st.builds(
                SafetyItem,
                text=text,
                reach=st.text(max_size=20),
                likelihood=st.none() | st.integers(1, 5),
            ),
            max_size=3,
        ),
    )
)
def test_safety_plan_snapshot_round_trips(sections) -> None:
    plan = SafetyPlan(
        items={k: tuple(v) for k, v in sections.items()},
        kept_where="wallet",
        last_reviewed=date(2026, 1, 5),
    )
    assert from_dict(SafetyPlan, to_dict(plan)) == plan


def test_snapshot_from_an_older_version_still_loads() -> None:
    old = {"id": 3, "name": "Kindness", "retired_field": 1}  # fields added later: defaults
    assert from_dict(Value, old) == Value(3, "Kindness")


def test_goal_progress_comes_from_steps_unless_given() -> None:
    steps = (GoalStep("a", done=True), GoalStep("b"), GoalStep("c"), GoalStep("d", done=True))
    goal = Goal(None, "Move house", steps=steps)
    assert goal.progress_percent == 50 and goal.next_step == GoalStep("b")
    assert Goal(None, "x", progress=30, steps=steps).progress_percent == 30
    assert Goal(None, "x", status=GoalStatus.ACHIEVED).progress_percent == 100


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda: Value(None, " "), "name"),
        (lambda: Value(None, "x", rank=0), "rank"),
        (lambda: Goal(None, ""), "title"),
        (lambda: Goal(None, "x", progress=101), "0 to 100"),
        (lambda: GoalStep("  "), "step"),
        (lambda: Boundary(None, ""), "boundary"),
        (lambda: SafetyItem(""), "of your own"),
        (lambda: SafetyItem("x", likelihood=0), "1 to 5"),
        (lambda: normalise_tags("work"), "list"),
    ],
)
def test_refusals_say_what_to_do(make, message) -> None:
    with pytest.raises(ValidationError, match=message):
        make()


def test_tags_are_trimmed_and_deduplicated_keeping_order() -> None:
    assert normalise_tags(["  rest ", "Work", "work", "", "two  words"]) == (
        "rest",
        "Work",
        "two words",
    )


def test_safety_plan_has_every_step_in_order() -> None:
    plan = SafetyPlan()
    assert list(plan.items) == list(Step)
    assert [s.number for s in Step] == [1, 2, 3, 4, 5, 6, 7]
    assert {s for s in Step if s.has_contacts} == {
        Step.PEOPLE_AND_PLACES,
        Step.PEOPLE_TO_ASK,
        Step.PROFESSIONALS,
    }
    assert plan.is_empty


def test_enums_hold_the_gentle_states() -> None:
    assert {s.value for s in GoalStatus} >= {"paused", "let_go"}
    assert BoundaryStatus.LET_GO.value == "let_go"
    assert [p.value for p in Pile][1:] == ["very_important", "important", "less_important"]


def test_journal_entry_defaults_edited_to_created() -> None:
    from datetime import UTC, datetime

    at = datetime(2026, 1, 1, tzinfo=UTC)
    assert JournalEntry(None, "", "", created_at=at).edited_at == at
