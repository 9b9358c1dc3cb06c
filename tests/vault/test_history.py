"""Plan history: comparison sentences, the plan on a day, the timeline, and forgetting.

Forgetting is checked the hard way: after it, the canary text is in no table of the
decrypted database, in no decrypted page image of ``vault.db`` or frame of
``vault.db-wal`` (read with the vault's own key, so "encrypted anyway" does not count),
and in no byte of any file in the vault folder.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.conftest import PASSPHRASE, FakeClock
from wellbeing.domain.boundaries import Boundary, BoundaryStatus
from wellbeing.domain.errors import NotFoundError, ValidationError, VaultError
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.history import (
    Change,
    Forgotten,
    ForgottenKind,
    HistoryLine,
    Quoted,
    align,
    compare,
    day_words,
    ordinal,
    render_entry,
    shorten,
    timeline_entry,
)
from wellbeing.domain.revisions import Action, Kind, PlanSnapshot, Revision
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.snapshot import to_dict
from wellbeing.domain.values import Pile, Value
from wellbeing.vault.db import Database
from wellbeing.vault.vault import DB_FILE, Vault, read_key_file

CANARY = "Zyxwv-canary-Quokka-7731"
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _set_tz(value: str | None) -> None:
    if value is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = value
    time.tzset()


@pytest.fixture(autouse=True)
def utc_local_time() -> Iterator[None]:
    """Local time is UTC here (dates in sentences are local days); one test moves it."""
    old = os.environ.get("TZ")
    _set_tz("UTC0")
    yield
    _set_tz(old)


def snap(**parts: object) -> PlanSnapshot:
    return PlanSnapshot(at=AT, **parts)  # type: ignore[arg-type]


def sentences(before: PlanSnapshot, after: PlanSnapshot, **kw: object) -> list[str]:
    return [change.sentence for change in compare(before, after, **kw)]  # type: ignore[arg-type]


# compare(): one kind of change at a time, exact sentences


def test_values_added_sorted_ranked_and_why() -> None:
    before = snap(values=(Value(1, "Honesty"), Value(2, "Health", pile=Pile.VERY_IMPORTANT)))
    after = snap(
        values=(
            Value(1, "Honesty", pile=Pile.VERY_IMPORTANT, why="So people can trust me"),
            Value(2, "Health", pile=Pile.VERY_IMPORTANT, rank=2),
            Value(3, "Courage", own_card=True),
        )
    )
    assert sentences(before, after) == [
        "Moved “Honesty” to very important.",
        "Wrote why “Honesty” matters: “So people can trust me”.",
        "Ranked “Health” 2nd.",
        "Added the value “Courage”.",
    ]


def test_value_piles_rank_and_rename() -> None:
    before = snap(
        values=(
            Value(1, "Play", pile=Pile.IMPORTANT, rank=1, why="Fun"),
            Value(2, "Rest", pile=Pile.VERY_IMPORTANT),
            Value(3, "Order", pile=Pile.IMPORTANT),
        )
    )
    after = snap(
        values=(
            Value(1, "Playfulness", pile=Pile.LESS_IMPORTANT, why="Joy"),
            Value(2, "Rest", pile=Pile.UNSORTED, description="Sleep, mostly"),
            Value(3, "Order", pile=Pile.IMPORTANT, rank=3),
        )
    )
    assert sentences(before, after) == [
        "Renamed the value “Play” to “Playfulness”.",
        "Moved “Playfulness” to less important right now.",
        "Took “Playfulness” out of the ranking.",
        "Changed why “Playfulness” matters from “Fun” to “Joy”.",
        "Moved “Rest” back to not sorted yet.",
        "Wrote the description of the value “Rest”: “Sleep, mostly”.",
        "Ranked “Order” 3rd.",
    ]


def test_goal_added_and_status_changes_never_say_failed() -> None:
    goals = [Goal(i, f"Goal {i}") for i in range(1, 5)]
    before = snap(goals=tuple(goals[:3]))
    after = snap(
        goals=(
            replace(goals[0], status=GoalStatus.PAUSED),
            replace(goals[1], status=GoalStatus.LET_GO),
            replace(goals[2], status=GoalStatus.ACHIEVED),
            Goal(4, "Sleep before midnight"),
        )
    )
    assert sentences(before, after) == [
        "Paused the goal “Goal 1”.",
        "Let go of the goal “Goal 2”.",
        "Marked the goal “Goal 3” achieved.",
        "Added the goal “Sleep before midnight”.",
    ]
    back = sentences(after, before)
    assert back[:3] == [
        "Picked up the goal “Goal 1” again.",
        "Recommitted to the goal “Goal 2”.",
        "Went back to working on the goal “Goal 3”.",
    ]
    assert not any("fail" in s.lower() for s in sentences(before, after) + back)


def test_goal_steps_added_checked_changed_removed() -> None:
    goal = Goal(7, "Sleep before midnight", steps=(GoalStep("Phone out"), GoalStep("Tea at 10")))
    added = replace(goal, steps=(*goal.steps, GoalStep("Read in bed")))
    assert sentences(snap(goals=(goal,)), snap(goals=(added,))) == [
        "Added step 3 of the goal “Sleep before midnight”: “Read in bed”.",
    ]
    checked = replace(added, steps=(GoalStep("Phone out", done=True), *added.steps[1:]))
    assert sentences(snap(goals=(added,)), snap(goals=(checked,))) == [
        "Checked off “Phone out” in the goal “Sleep before midnight”.",
    ]
    assert sentences(snap(goals=(checked,)), snap(goals=(added,))) == [
        "Marked “Phone out” as not done yet in the goal “Sleep before midnight”.",
    ]
    edited = replace(added, steps=(GoalStep("Phone out"), GoalStep("Camomile at 10")))
    assert sentences(snap(goals=(added,)), snap(goals=(edited,))) == [
        "Changed step 2 of the goal “Sleep before midnight” from “Tea at 10” to “Camomile at 10”.",
        "Removed the step “Read in bed” from the goal “Sleep before midnight”.",
    ]
    reordered = replace(added, steps=tuple(reversed(added.steps)))
    assert sentences(snap(goals=(added,)), snap(goals=(reordered,))) == [
        "Reordered the steps of the goal “Sleep before midnight”.",
    ]


def test_goal_fields_dates_progress_and_links() -> None:
    values = (Value(1, "Health"), Value(2, "Rest"))
    goal = Goal(3, "Walk more", measurable="Steps", value_ids=(1,), progress=10)
    after = replace(
        goal,
        title="Walk every day",
        specific="A walk after lunch",
        measurable="",
        target_date=date(2026, 5, 1),
        progress=None,
        value_ids=(2,),
    )
    assert sentences(snap(values=values, goals=(goal,)), snap(values=values, goals=(after,))) == [
        "Renamed the goal “Walk more” to “Walk every day”.",
        "Wrote what makes the goal “Walk every day” specific: “A walk after lunch”.",
        "Cleared what makes the goal “Walk every day” measurable.",
        "Set a date for the goal “Walk every day”: 1 May 2026.",
        "Let the steps show the progress of the goal “Walk every day”.",
        "Linked the goal “Walk every day” to the value “Rest”.",
        "Unlinked the goal “Walk every day” from the value “Health”.",
    ]
    later = replace(after, target_date=date(2026, 6, 1), progress=40)
    assert sentences(snap(goals=(after,)), snap(goals=(later,))) == [
        "Moved the date of the goal “Walk every day” from 1 May 2026 to 1 June 2026.",
        "Set the progress of the goal “Walk every day” to 40 %.",
    ]


def test_boundaries() -> None:
    boundary = Boundary(4, "No calls after 10 pm", script="I'm off now, talk tomorrow.")
    after = replace(
        boundary,
        script="I don't take calls after ten.",
        context="Work",
        status=BoundaryStatus.PAUSED,
    )
    assert sentences(snap(), snap(boundaries=(boundary,))) == [
        "Added the boundary “No calls after 10 pm”.",
    ]
    assert sentences(snap(boundaries=(boundary,)), snap(boundaries=(after,))) == [
        "Paused the boundary “No calls after 10 pm”.",
        "Wrote where the boundary “No calls after 10 pm” applies: “Work”.",
        "Changed the script of the boundary “No calls after 10 pm” from “I'm off now, talk "
        "tomorrow.” to “I don't take calls after ten.”.",
    ]
    reworded = replace(after, statement="No calls after 9 pm", status=BoundaryStatus.LET_GO)
    assert sentences(snap(boundaries=(after,)), snap(boundaries=(reworded,))) == [
        "Reworded the boundary “No calls after 10 pm” to “No calls after 9 pm”.",
        "Let go of the boundary “No calls after 9 pm”.",
    ]


def test_routines() -> None:
    walk = Routine(5, "Evening walk", Schedule.daily())
    paused = replace(walk, status=RoutineStatus.PAUSED)
    assert sentences(snap(routines=(walk,)), snap(routines=(paused,))) == [
        "Paused the routine “Evening walk”.",
    ]
    some_days = replace(walk, schedule=Schedule.on_weekdays({0, 2, 4}))
    assert sentences(snap(routines=(walk,)), snap(routines=(some_days,))) == [
        "Changed the routine “Evening walk” from every day to Mon, Wed, Fri.",
    ]
    weekly = replace(walk, name="Walk", schedule=Schedule.times_a_week(3))
    assert sentences(snap(routines=(some_days,)), snap(routines=(weekly,))) == [
        "Renamed the routine “Evening walk” to “Walk”.",
        "Changed the routine “Walk” from Mon, Wed, Fri to 3 times a week.",
    ]
    # Seven chosen days mean every day: nothing changed.
    all_days = replace(walk, schedule=Schedule.on_weekdays(range(7)))
    assert sentences(snap(routines=(walk,)), snap(routines=(all_days,))) == []
    assert sentences(snap(routines=(paused,)), snap(routines=(walk,))) == [
        "Picked up the routine “Evening walk” again.",
    ]


def test_safety_plan_section_by_section() -> None:
    before = SafetyPlan(
        items={
            Step.WARNING_SIGNS: (
                SafetyItem("Not eating"),
                SafetyItem("Staying in"),
                SafetyItem("Not sleeping"),
            ),
            Step.ON_MY_OWN: (SafetyItem("Hot shower"),),
            Step.PEOPLE_TO_ASK: (SafetyItem("Sam", reach="Signal"), SafetyItem("Ari")),
        }
    )
    after = SafetyPlan(
        items={
            Step.WARNING_SIGNS: (
                SafetyItem("Not eating"),
                SafetyItem("Staying in"),
                SafetyItem("Lying awake past 3"),
            ),
            Step.ON_MY_OWN: (SafetyItem("Hot shower"), SafetyItem("Cold water on my face")),
            Step.PEOPLE_TO_ASK: (SafetyItem("Sam", reach="Call after 6", likelihood=4),),
            Step.REASONS_FOR_LIVING: (SafetyItem("My cat"),),
        },
        kept_where="In my bag",
    )
    assert sentences(snap(safety_plan=before), snap(safety_plan=after)) == [
        "Changed item 3 of step 1 of the safety plan (Warning signs) from “Not sleeping” to "
        "“Lying awake past 3”.",
        "Added “Cold water on my face” to step 2 of the safety plan (Things I can do on my own).",
        "Changed how to reach “Sam” in step 4 of the safety plan (People I can ask for help) "
        "from “Signal” to “Call after 6”.",
        "Set how likely I am to use “Sam” in step 4 of the safety plan (People I can ask for "
        "help) to 4 out of 5.",
        "Removed “Ari” from step 4 of the safety plan (People I can ask for help).",
        "Added “My cat” to the reasons for living in the safety plan.",
        "Wrote where the safety plan is kept: “In my bag”.",
    ]
    assert all(
        c.kind is Kind.SAFETY_PLAN and c.entity_id == 1
        for c in compare(snap(), snap(safety_plan=after))
    )


def test_safety_plan_reorder_is_one_sentence_not_removals() -> None:
    items = (SafetyItem("Music"), SafetyItem("A walk"), SafetyItem("Drawing"))
    before = SafetyPlan(items={Step.ON_MY_OWN: items})
    after = SafetyPlan(items={Step.ON_MY_OWN: (items[2], items[0], items[1])})
    assert sentences(snap(safety_plan=before), snap(safety_plan=after)) == [
        "Reordered step 2 of the safety plan (Things I can do on my own).",
    ]
    moved_and_added = SafetyPlan(
        items={Step.ON_MY_OWN: (items[1], items[0], items[2], SafetyItem("Baking"))}
    )
    assert sentences(snap(safety_plan=before), snap(safety_plan=moved_and_added)) == [
        "Added “Baking” to step 2 of the safety plan (Things I can do on my own).",
        "Reordered step 2 of the safety plan (Things I can do on my own).",
    ]


def test_safety_plan_prompts_sharing_and_review_day() -> None:
    before = SafetyPlan(prompts={Step.WARNING_SIGNS: "What tells me it's getting bad?"})
    after = SafetyPlan(
        prompts={Step.ON_MY_OWN: "What works at 2 a.m.?"},
        shared_with="My counsellor",
        last_reviewed=date(2026, 3, 2),
    )
    assert sentences(snap(safety_plan=before), snap(safety_plan=after)) == [
        "Went back to the app's prompt for step 1 of the safety plan (Warning signs).",
        "Reworded the prompt of step 2 of the safety plan (Things I can do on my own).",
        "Wrote who the safety plan is shared with: “My counsellor”.",
        "Marked the safety plan reviewed on 2 March 2026.",
    ]


def test_archive_and_bring_back() -> None:
    goal = Goal(2, "Learn to swim")
    assert sentences(snap(goals=(goal,)), snap()) == [
        "Moved the goal “Learn to swim” to the archive."
    ]
    assert sentences(snap(), snap(goals=(goal,))) == ["Added the goal “Learn to swim”."]
    assert sentences(snap(), snap(goals=(goal,)), known={(Kind.GOAL, 2)}) == [
        "Brought back the goal “Learn to swim”.",
    ]


def test_order_is_by_kind_then_id() -> None:
    after = snap(
        values=(Value(9, "Courage"), Value(3, "Care")),
        goals=(Goal(1, "Swim"),),
        boundaries=(Boundary(5, "No"),),
        routines=(Routine(2, "Walk", Schedule.daily()),),
        safety_plan=SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Tired"),)}),
    )
    changes = compare(snap(), after)
    assert [(c.kind, c.entity_id) for c in changes] == [
        (Kind.VALUE, 3),
        (Kind.VALUE, 9),
        (Kind.GOAL, 1),
        (Kind.BOUNDARY, 5),
        (Kind.ROUTINE, 2),
        (Kind.SAFETY_PLAN, 1),
    ]
    assert changes[0] == Change(Kind.VALUE, 3, HistoryLine("value.added", {"name": Quoted("Care")}))
    assert changes[0].sentence == "Added the value “Care”."
    assert compare(after, after) == []


def test_long_text_is_shortened_in_sentences() -> None:
    long = "I will say no calmly, leave the room, and text my friend Ari that I am safe and home"
    assert shorten(long) == "I will say no calmly, leave the room, and text my friend…"
    assert len(shorten(long)) <= 60
    assert shorten("Line one\n\nline   two") == "Line one line two"
    boundary = Boundary(1, "No calls")
    after = replace(boundary, if_crossed=long)
    assert sentences(snap(boundaries=(boundary,)), snap(boundaries=(after,))) == [
        "Wrote what to do if the boundary “No calls” is crossed: "
        "“I will say no calmly, leave the room, and text my friend…”.",
    ]


def test_words_for_days_and_ranks() -> None:
    assert day_words(date(2026, 3, 2)) == "2 March 2026"
    ranks = [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111)]
    assert ranks == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "101st",
        "111th",
    ]


def test_align_by_position() -> None:
    assert align("abc", "cba").reordered
    edit = align("abcd", "axcd")
    assert edit.changed == [(1, 1)] and not edit.reordered and not edit.added
    moved = align("abc", "bcaz")
    assert moved.reordered and moved.added == [3] and not moved.removed and not moved.changed
    dup = align("aab", "ab")
    assert len(dup.removed) == 1 and not dup.reordered and not dup.changed


# timeline_entry()


def _revision(
    kind: Kind,
    action: Action,
    before: object,
    after: object,
    *,
    origin: str = "",
    review_id: int | None = None,
    at: datetime = AT,
) -> Revision:
    return Revision(
        id=1,
        at=at,
        kind=kind,
        entity_id=getattr(after or before, "id", None) or 1,
        action=action,
        before=None if before is None else to_dict(before),
        after=None if after is None else to_dict(after),
        origin=origin,
        review_id=review_id,
    )


def test_timeline_entry_sentences() -> None:
    goal = Goal(3, "Sleep before midnight")
    added = _revision(Kind.GOAL, Action.CREATED, None, goal)
    assert timeline_entry(added) == "2 March 2026 · Added the goal “Sleep before midnight”."
    in_session = _revision(Kind.GOAL, Action.CREATED, None, goal, origin="session:4")
    assert timeline_entry(in_session) == (
        "2 March 2026 · Added the goal “Sleep before midnight” (in session)."
    )
    paused = replace(goal, status=GoalStatus.PAUSED, specific="Lights off at 11.30", value_ids=(1,))
    review = _revision(Kind.GOAL, Action.UPDATED, goal, paused, review_id=8)
    assert timeline_entry(review, {1: "Health"}) == (
        "2 March 2026 · Paused the goal “Sleep before midnight” (and 2 more changes; in a review)."
    )
    both = _revision(
        Kind.GOAL, Action.UPDATED, goal, replace(goal, status=GoalStatus.LET_GO), origin="session"
    )
    both = replace(both, review_id=2)
    assert timeline_entry(both) == (
        "2 March 2026 · Let go of the goal “Sleep before midnight” (in session; in a review)."
    )
    archived = _revision(Kind.GOAL, Action.ARCHIVED, goal, None)
    assert timeline_entry(archived) == (
        "2 March 2026 · Moved the goal “Sleep before midnight” to the archive."
    )
    restored = _revision(Kind.GOAL, Action.RESTORED, None, goal)
    assert (
        timeline_entry(restored) == "2 March 2026 · Brought back the goal “Sleep before midnight”."
    )


def test_timeline_entry_safety_plan_and_unnamed_links() -> None:
    plan = SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Not eating"),)})
    started = _revision(Kind.SAFETY_PLAN, Action.CREATED, None, plan)
    assert timeline_entry(started) == "2 March 2026 · Started the safety plan."
    changed = _revision(
        Kind.SAFETY_PLAN, Action.UPDATED, plan, plan.with_section(Step.WARNING_SIGNS, ())
    )
    assert timeline_entry(changed) == (
        "2 March 2026 · Removed “Not eating” from step 1 of the safety plan (Warning signs)."
    )
    routine = Routine(4, "Walk", Schedule.daily())
    linked = _revision(Kind.ROUTINE, Action.UPDATED, routine, replace(routine, value_ids=(9,)))
    assert timeline_entry(linked) == "2 March 2026 · Linked the routine “Walk” to a value."


def test_timeline_entry_uses_the_local_day() -> None:
    late = _revision(Kind.VALUE, Action.CREATED, None, Value(1, "Rest"), at=AT.replace(hour=23))
    _set_tz("XYZ-3")  # three hours ahead of UTC: 23:00 UTC is 02:00 the next day
    assert timeline_entry(late).startswith("3 March 2026 · ")


# The vault: plan on a day, comparing dates


def _plan_now(vault: Vault) -> tuple[object, ...]:
    """The plan as stored in its own tables, in the snapshot's order (by id)."""

    def by_id(records: list[object]) -> tuple[object, ...]:
        return tuple(sorted(records, key=lambda r: r.id))  # type: ignore[attr-defined]

    return (
        by_id(vault.values.list()),
        by_id(vault.goals.list()),
        by_id(vault.boundaries.list()),
        by_id(vault.routines.list()),
        vault.safety_plan.get(),
    )


def _content(plan: PlanSnapshot) -> tuple[object, ...]:
    return (plan.values, plan.goals, plan.boundaries, plan.routines, plan.safety_plan)


def _next_day(clock: FakeClock) -> date:
    """Move to 09:00 UTC on the next day; returns that (local) day."""
    clock.advance(days=1)
    return clock.now.astimezone().date()


def _build_three_days(vault: Vault, clock: FakeClock) -> dict[date, tuple[object, ...]]:
    """Three days of plan changes; the plan as stored at the end of each day."""
    saved: dict[date, tuple[object, ...]] = {}
    day1 = clock.now.astimezone().date()
    honesty = vault.values.add(Value(None, "Honesty"))
    play = vault.values.add(Value(None, "Play"))
    goal = vault.goals.add(Goal(None, "Sleep before midnight", steps=(GoalStep("Phone out"),)))
    vault.safety_plan.save(SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Not eating"),)}))
    saved[day1] = _plan_now(vault)

    day2 = _next_day(clock)
    vault.values.update(replace(honesty, pile=Pile.VERY_IMPORTANT, rank=1))
    vault.values.archive(play.id)
    vault.goals.update(replace(goal, steps=(GoalStep("Phone out", done=True),)))
    walk = vault.routines.add(Routine(None, "Evening walk", Schedule.daily()))
    boundary = vault.boundaries.add(Boundary(None, "No calls after 10 pm", script="Not now."))
    saved[day2] = _plan_now(vault)

    day3 = _next_day(clock)
    vault.goals.update(replace(vault.goals.get(goal.id), status=GoalStatus.PAUSED))
    vault.routines.update(replace(walk, schedule=Schedule.on_weekdays({0, 2, 4})))
    vault.boundaries.update(replace(boundary, script="I'll call you tomorrow."))
    vault.values.restore(play.id)
    plan = vault.safety_plan.get()
    vault.safety_plan.save(
        plan.with_section(Step.ON_MY_OWN, (SafetyItem("Hot shower"),)).with_section(
            Step.WARNING_SIGNS, (SafetyItem("Not eating or sleeping"),)
        )
    )
    saved[day3] = _plan_now(vault)
    return saved


def test_plan_on_each_day_is_what_was_saved_then(vault: Vault, clock: FakeClock) -> None:
    saved = _build_three_days(vault, clock)
    for day, plan in saved.items():
        assert _content(vault.history.plan_on(day)) == plan, day
    first = min(saved)
    empty = vault.history.plan_on(first - timedelta(days=1))
    assert _content(empty) == ((), (), (), (), SafetyPlan())
    assert _content(vault.history.plan_on(max(saved) + timedelta(days=30))) == saved[max(saved)]


def test_plan_on_means_the_end_of_the_local_day(vault_dir: Path) -> None:
    _set_tz("XYZ+5")  # five hours behind UTC
    clock = FakeClock(datetime(2026, 3, 3, 3, 0, tzinfo=UTC))  # 22:00 on 2 March, locally
    with Vault.unlock(vault_dir, PASSPHRASE, clock=clock) as vault:
        vault.values.add(Value(None, "Late-night value"))
        clock.advance(hours=2)  # 00:00 on 3 March, locally
        vault.values.add(Value(None, "Next-day value"))
        assert [v.name for v in vault.history.plan_on(date(2026, 3, 2)).values] == [
            "Late-night value"
        ]
        assert len(vault.history.plan_on(date(2026, 3, 3)).values) == 2
        assert vault.history.plan_on(date(2026, 3, 1)).values == ()


def test_compare_dates(vault: Vault, clock: FakeClock) -> None:
    saved = _build_three_days(vault, clock)
    day1, day2, day3 = sorted(saved)
    assert [c.sentence for c in vault.history.compare_dates(day1, day2)] == [
        "Moved “Honesty” to very important.",
        "Ranked “Honesty” 1st.",
        "Moved the value “Play” to the archive.",
        "Checked off “Phone out” in the goal “Sleep before midnight”.",
        "Added the boundary “No calls after 10 pm”.",
        "Added the routine “Evening walk”.",
    ]
    assert [c.sentence for c in vault.history.compare_dates(day2, day3)] == [
        "Brought back the value “Play”.",
        "Paused the goal “Sleep before midnight”.",
        "Changed the script of the boundary “No calls after 10 pm” from “Not now.” to "
        "“I'll call you tomorrow.”.",
        "Changed the routine “Evening walk” from every day to Mon, Wed, Fri.",
        "Changed item 1 of step 1 of the safety plan (Warning signs) from “Not eating” to "
        "“Not eating or sleeping”.",
        "Added “Hot shower” to step 2 of the safety plan (Things I can do on my own).",
    ]
    assert vault.history.compare_dates(day3, day3) == []


# The timeline


def test_timeline_is_newest_first_with_sentences(vault: Vault, clock: FakeClock) -> None:
    with vault.revision_context(note="Made together", origin="session:1"):
        courage = vault.values.add(Value(None, "Courage"))
    clock.advance(hours=1)
    goal = vault.goals.add(Goal(None, "Sleep before midnight"))
    clock.advance(days=1)
    vault.goals.update(replace(goal, status=GoalStatus.PAUSED))
    vault.values.archive(courage.id)

    timeline = vault.history.timeline()
    assert [render_entry(entry) for _, entry in timeline] == [
        "3 March 2026 · Moved the value “Courage” to the archive.",
        "3 March 2026 · Paused the goal “Sleep before midnight”.",
        "2 March 2026 · Added the goal “Sleep before midnight”.",
        "2 March 2026 · Added the value “Courage” (in session).",
    ]
    assert all(isinstance(item, Revision) for item, _ in timeline)

    # Pages: each starts after the last revision of the one before.
    first = vault.history.timeline(limit=3)
    rest = vault.history.timeline(limit=3, before_id=first[-1][0].id)  # type: ignore[union-attr]
    assert [t for _, t in first + rest] == [t for _, t in timeline]
    with pytest.raises(NotFoundError):
        vault.history.timeline(before_id=10_000)


def test_timeline_shows_marks_of_forgetting_in_time_order(vault: Vault, clock: FakeClock) -> None:
    goal = vault.goals.add(Goal(None, "Swim"))
    clock.advance(days=1)  # 3 March
    goal = vault.goals.update(replace(goal, title="Swim twice a week"))
    clock.advance(days=1)  # 4 March
    vault.goals.update(replace(goal, status=GoalStatus.ACHIEVED))
    clock.advance(days=1)  # 5 March
    vault.history.forget_before(date(2026, 3, 3))
    clock.advance(hours=1)
    vault.values.add(Value(None, "Rest"))
    clock.advance(hours=1)
    middle = vault.revisions.list(Kind.GOAL)[1]  # the rename on 3 March
    vault.history.forget_revision(middle.id)

    timeline = vault.history.timeline()
    assert [render_entry(entry) for _, entry in timeline] == [
        "5 March 2026 · One change was forgotten.",
        "5 March 2026 · Added the value “Rest”.",
        "5 March 2026 · History before 3 March 2026 was forgotten.",
        # The rename was forgotten, so the next change now carries it.
        "4 March 2026 · Renamed the goal “Swim” to “Swim twice a week” (and one more change).",
    ]
    marks = [item for item, _ in timeline if isinstance(item, Forgotten)]
    assert [(m.kind, m.before) for m in marks] == [
        (ForgottenKind.ONE, None),
        (ForgottenKind.BEFORE, date(2026, 3, 3)),
    ]
    # Paging keeps every mark exactly once.
    paged, before_id = [], None
    while True:
        page = vault.history.timeline(limit=1, before_id=before_id)
        revisions = [item for item, _ in page if isinstance(item, Revision)]
        paged += [text for _, text in page]
        if not revisions:
            break
        before_id = revisions[-1].id
    assert paged == [text for _, text in timeline]


# Forgetting: how the canary is looked for

PAGE_SIZE = 4096
#: SQLCipher 4 keeps a 16-byte IV and a 64-byte HMAC-SHA512 at the end of every page.
RESERVE = 80
NEEDLES = (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"))


def _decrypt_page(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE_SIZE - RESERVE]  # page 1 starts with the salt
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _page_images(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every page of vault.db and every frame in vault.db-wal, decrypted with the key."""
    key = read_key_file(folder).open_with_passphrase(PASSPHRASE)
    data = (folder / DB_FILE).read_bytes()
    for n in range(len(data) // PAGE_SIZE):
        plain = _decrypt_page(key, data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE], first=n == 0)
        if n == 0:
            # The decrypted header says 4096-byte pages: the key and the layout are right.
            assert plain[:2] == PAGE_SIZE.to_bytes(2, "big")
        yield f"{DB_FILE} page {n + 1}", plain
    wal = folder / f"{DB_FILE}-wal"
    if wal.exists():
        data = wal.read_bytes()
        position = 32  # WAL header; then 24-byte frame headers, each before one page
        while position + 24 + PAGE_SIZE <= len(data):
            page_number = int.from_bytes(data[position : position + 4], "big")
            frame = data[position + 24 : position + 24 + PAGE_SIZE]
            yield f"WAL frame of page {page_number}", _decrypt_page(key, frame, page_number == 1)
            position += 24 + PAGE_SIZE


def _decrypted_pages_holding(folder: Path) -> list[str]:
    return [where for where, plain in _page_images(folder) if any(n in plain for n in NEEDLES)]


def _tables_holding(vault: Vault) -> list[str]:
    """Tables (the FTS index's too) with a text or blob cell that holds the canary."""
    found = []
    for (name,) in vault.db.all("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in vault.db.all(f'SELECT * FROM "{name}"'):
            cells = [c.encode() if isinstance(c, str) else c for c in row]
            if any(isinstance(c, bytes) and CANARY.encode() in c for c in cells):
                found.append(name)
                break
    return found


def _files_holding(folder: Path) -> list[str]:
    """Files in the vault folder with the canary in their raw bytes."""
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files
    return [p.name for p in files if any(n in p.read_bytes() for n in NEEDLES)]


def _plans_by_day(vault: Vault, first: date, last: date) -> dict[date, tuple[object, ...]]:
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    return {day: _content(vault.history.plan_on(day)) for day in days}


# Forgetting one change


def test_forget_revision_removes_its_text_everywhere(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    vault.values.add(Value(None, "Honesty"))
    goal = vault.goals.add(Goal(None, "Sleep before midnight"))
    day1 = clock.now.astimezone().date()
    _next_day(clock)
    goal = vault.goals.update(replace(goal, specific=f"Text {CANARY} before bed"))
    secret = vault.revisions.list(Kind.GOAL, goal.id)[0]
    _next_day(clock)
    vault.goals.update(replace(goal, specific="Phone out of the bedroom"))
    day4 = _next_day(clock)
    vault.boundaries.add(Boundary(None, "No calls after 10 pm"))
    plans = _plans_by_day(vault, day1, day4)
    rows = len(vault.revisions.list())

    # The canary is findable before: the checks below can see it when it is there.
    assert _tables_holding(vault) == ["revisions"]
    assert _decrypted_pages_holding(vault_dir)

    clock.advance(hours=1)
    vault.history.forget_revision(secret.id)

    assert _tables_holding(vault) == []
    assert _decrypted_pages_holding(vault_dir) == []  # before closing: forget did it
    assert (vault_dir / f"{DB_FILE}-wal").stat().st_size == 0
    assert _files_holding(vault_dir) == []
    # Where the forgotten change was superseded, the plan is unchanged; on its own day
    # the goal reads as it did before the change.
    after = _plans_by_day(vault, day1, day4)
    day2 = day1 + timedelta(days=1)
    assert after[day1] == plans[day1] and after[day2] == plans[day1]
    assert {d: p for d, p in after.items() if d > day2} == {
        d: p for d, p in plans.items() if d > day2
    }
    assert len(vault.revisions.list()) == rows - 1
    # The next change now reads from the state before the forgotten one.
    newest = vault.revisions.list(Kind.GOAL, goal.id)[0]
    assert newest.before is not None and newest.before["specific"] == ""
    assert timeline_entry(newest).endswith(
        "Wrote what makes the goal “Sleep before midnight” specific: “Phone out of the bedroom”."
    )
    marks = vault.db.all("SELECT before, kind FROM forgotten")
    assert [tuple(m) for m in marks] == [(None, "one")]
    vault.close()
    assert _files_holding(vault_dir) == []
    assert _decrypted_pages_holding(vault_dir) == []


def test_forget_the_creation_makes_the_next_change_the_first(
    vault: Vault, clock: FakeClock
) -> None:
    goal = vault.goals.add(Goal(None, f"Goal {CANARY}"))
    clock.advance(days=1)
    vault.goals.update(replace(goal, title="Swim"))
    created = vault.revisions.list(Kind.GOAL)[1]
    vault.history.forget_revision(created.id)
    (only,) = vault.revisions.list(Kind.GOAL)
    assert only.action is Action.CREATED and only.before is None
    assert [render_entry(t) for _, t in vault.history.timeline()][1:] == [
        "3 March 2026 · Added the goal “Swim”."
    ]
    assert vault.history.plan_on(date(2026, 3, 2)).goals == ()
    assert _tables_holding(vault) == []


def test_forget_an_archive_that_was_undone(vault: Vault, clock: FakeClock) -> None:
    value = vault.values.add(Value(None, "Play"))
    clock.advance(hours=1)
    vault.values.archive(value.id)
    clock.advance(hours=1)
    vault.values.restore(value.id)
    clock.advance(hours=1)
    vault.values.update(replace(value, why="It keeps me going"))
    archived = vault.revisions.list(Kind.VALUE)[2]
    assert archived.action is Action.ARCHIVED
    vault.history.forget_revision(archived.id)
    # The bringing-back undid the archiving, so it goes with it: nothing is left to show.
    assert [r.action for r in vault.revisions.list(Kind.VALUE)] == [Action.UPDATED, Action.CREATED]
    assert vault.history.plan_on(date(2026, 3, 2)).values == (
        replace(value, why="It keeps me going"),
    )


def test_the_latest_change_stays(vault: Vault) -> None:
    value = vault.values.add(Value(None, "Rest"))
    latest = vault.revisions.list()[0]
    with pytest.raises(ValidationError, match="latest change to this value"):
        vault.history.forget_revision(latest.id)
    with pytest.raises(NotFoundError):
        vault.history.forget_revision(latest.id + 100)
    assert vault.revisions.list() == [latest]
    assert vault.db.all("SELECT * FROM forgotten") == []
    assert vault.values.get(value.id) == value


def test_forgetting_runs_on_its_own(vault: Vault) -> None:
    value = vault.values.add(Value(None, "Rest"))
    vault.values.update(replace(value, why="Sleep"))
    first = vault.revisions.list()[1]
    with pytest.raises(RuntimeError), vault.transaction():
        vault.history.forget_revision(first.id)
    assert len(vault.revisions.list()) == 2


def test_a_busy_reader_is_reported_and_lock_finishes_the_wipe(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    goal = vault.goals.add(Goal(None, f"Goal {CANARY}"))
    clock.advance(hours=1)
    vault.goals.update(replace(goal, title="Swim"))
    key = read_key_file(vault_dir).open_with_passphrase(PASSPHRASE)
    reader = Database(vault_dir / DB_FILE, key)
    try:
        reader.execute("BEGIN")
        reader.all("SELECT * FROM revisions")  # holds an older view of the database open
        vault.db.execute("PRAGMA busy_timeout = 50")  # not the usual 5 s wait for it
        with pytest.raises(VaultError, match="could not be wiped"):
            vault.history.forget_revision(vault.revisions.list()[1].id)
        assert _tables_holding(vault) == []  # the rows are gone all the same
        reader.execute("COMMIT")
    finally:
        reader.close()
    vault.close()
    assert _decrypted_pages_holding(vault_dir) == []
    assert _files_holding(vault_dir) == []


# Forgetting everything before a day


def test_forget_before_keeps_later_plans_exact_and_removes_older_text(
    vault: Vault, vault_dir: Path, clock: FakeClock
) -> None:
    day1 = clock.now.astimezone().date()  # 2 March
    vault.values.add(Value(None, "Honesty", why=f"Because of {CANARY}"))
    goal = vault.goals.add(Goal(None, f"Goal {CANARY}", steps=(GoalStep(CANARY),)))
    play = vault.values.add(Value(None, "Play"))
    vault.safety_plan.save(SafetyPlan(items={Step.PEOPLE_TO_ASK: (SafetyItem(CANARY),)}))
    _next_day(clock)  # 3 March
    honesty = vault.values.list()[0]
    vault.values.update(replace(honesty, why="So people can trust me"))
    goal = vault.goals.update(replace(goal, title="Sleep before midnight", steps=()))
    vault.values.archive(play.id)
    vault.safety_plan.save(SafetyPlan(items={Step.PEOPLE_TO_ASK: (SafetyItem("Sam"),)}))
    walk = vault.routines.add(Routine(None, "Evening walk", Schedule.daily()))
    day3 = _next_day(clock)  # 4 March: the day history is kept from
    clock.advance(hours=-8)  # 01:00, early that day
    vault.routines.update(replace(walk, status=RoutineStatus.PAUSED))
    clock.advance(hours=8)
    _next_day(clock)  # 5 March
    vault.values.restore(play.id)
    vault.goals.update(replace(goal, status=GoalStatus.ACHIEVED))
    day5 = _next_day(clock)  # 6 March
    vault.boundaries.add(Boundary(None, "No calls after 10 pm"))
    plans = _plans_by_day(vault, day1, day5)
    assert _tables_holding(vault) == ["revisions"]
    assert _decrypted_pages_holding(vault_dir)

    vault.history.forget_before(day3)

    after = _plans_by_day(vault, day1, day5)
    assert {d: p for d, p in after.items() if d >= day3} == {
        d: p for d, p in plans.items() if d >= day3
    }
    empty = ((), (), (), (), SafetyPlan())
    assert after[day1] == empty and after[day3 - timedelta(days=1)] == empty
    assert _content(vault.history.plan_on(day5)) == _plan_now(vault)
    assert vault.history.history_starts() == day3

    assert _tables_holding(vault) == []
    assert _decrypted_pages_holding(vault_dir) == []
    assert (vault_dir / f"{DB_FILE}-wal").stat().st_size == 0
    assert [tuple(r) for r in vault.db.all("SELECT before, kind FROM forgotten")] == [
        ("2026-03-04", "before")
    ]
    texts = [render_entry(entry) for _, entry in vault.history.timeline()]
    assert texts[0] == "6 March 2026 · History before 4 March 2026 was forgotten."
    assert texts[-1] == "4 March 2026 · Paused the routine “Evening walk”."
    assert not any("Added the value “Honesty”" in t for t in texts)
    # Only the baselines are left from the start of the day; nothing older at all.
    start = datetime(2026, 3, 4, tzinfo=UTC)
    assert all(r.at >= start for r in vault.revisions.list())
    baselines = {(r.kind, r.origin) for r in vault.revisions.list() if r.at == start}
    assert baselines == {
        (Kind.VALUE, "baseline"),
        (Kind.GOAL, "baseline"),
        (Kind.SAFETY_PLAN, "baseline"),
        (Kind.ROUTINE, "baseline"),
    }
    vault.close()
    assert _files_holding(vault_dir) == []
    assert _decrypted_pages_holding(vault_dir) == []


def test_forget_before_twice_and_refuses_the_future(vault: Vault, clock: FakeClock) -> None:
    value = vault.values.add(Value(None, "Rest"))
    _next_day(clock)
    value = vault.values.update(replace(value, why="Sleep"))
    _next_day(clock)
    vault.values.update(replace(value, why="Sleep and quiet"))
    today = clock.now.astimezone().date()
    before = _plans_by_day(vault, today - timedelta(days=1), today)
    with pytest.raises(ValidationError):
        vault.history.forget_before(today + timedelta(days=1))
    vault.history.forget_before(today - timedelta(days=1))
    vault.history.forget_before(today)
    assert _plans_by_day(vault, today, today) == {today: before[today]}
    assert vault.history.history_starts() == today
    assert [r.origin for r in vault.revisions.list()] == ["", "baseline"]
    assert len(vault.history.forgotten()) == 2
