"""Every plan change is a revision; the plan as it stood on any date can be rebuilt."""

from __future__ import annotations

from dataclasses import replace

from tests.conftest import FakeClock
from wellbeing.domain.boundaries import Boundary, BoundaryStatus
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.revisions import Action, Kind
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.values import Pile, Value
from wellbeing.vault.vault import Vault


def test_plan_as_of_earlier_dates(vault: Vault, clock: FakeClock) -> None:
    day1 = clock.now
    honesty = vault.values.add(Value(None, "Honesty", pile=Pile.VERY_IMPORTANT, rank=1))
    goal = vault.goals.add(
        Goal(
            None,
            "Sleep before midnight",
            value_ids=(honesty.id,),
            steps=(GoalStep("Phone out of the bedroom"),),
        )
    )
    vault.safety_plan.save(SafetyPlan(items={Step.WARNING_SIGNS: (SafetyItem("Not eating"),)}))

    day2 = clock.advance(days=1)
    vault.goals.update(
        replace(
            goal, steps=(GoalStep("Phone out of the bedroom", done=True),), status=GoalStatus.PAUSED
        )
    )
    boundary = vault.boundaries.add(Boundary(None, "No calls after 10 pm"))
    routine = vault.routines.add(Routine(None, "Evening walk", Schedule.daily()))
    plan = vault.safety_plan.get()
    vault.safety_plan.save(
        plan.with_section(
            Step.WARNING_SIGNS, (SafetyItem("Not eating"), SafetyItem("Staying in bed all day"))
        )
    )

    clock.advance(days=1)
    vault.values.archive(honesty.id)
    vault.boundaries.update(replace(boundary, status=BoundaryStatus.LET_GO))
    vault.routines.update(replace(routine, status=RoutineStatus.PAUSED))

    before_anything = vault.revisions.plan_as_of(day1.replace(hour=8))
    assert before_anything.values == () and before_anything.safety_plan.is_empty

    first = vault.revisions.plan_as_of(day1.replace(hour=23))
    assert [v.name for v in first.values] == ["Honesty"]
    assert first.goals[0].status is GoalStatus.ACTIVE
    assert first.goals[0].steps[0].done is False
    assert first.goals[0].value_ids == (honesty.id,)
    assert first.boundaries == () and first.routines == ()
    assert [i.text for i in first.safety_plan.section(Step.WARNING_SIGNS)] == ["Not eating"]

    second = vault.revisions.plan_as_of(day2.replace(hour=23))
    assert second.goals[0].status is GoalStatus.PAUSED and second.goals[0].steps[0].done
    assert second.boundaries[0].status is BoundaryStatus.ACTIVE
    assert second.routines[0].schedule == Schedule.daily()
    assert len(second.safety_plan.section(Step.WARNING_SIGNS)) == 2

    now = vault.revisions.plan_as_of(clock.now)
    assert now.values == ()  # archived
    assert now.boundaries[0].status is BoundaryStatus.LET_GO
    assert now.routines[0].status is RoutineStatus.PAUSED
    # The rebuilt plan is the stored plan.
    assert list(now.goals) == vault.goals.list()
    assert now.safety_plan == vault.safety_plan.get()


def test_revision_records_before_and_after(vault: Vault) -> None:
    value = vault.values.add(Value(None, "Rest"))
    vault.values.update(replace(value, why="So I can keep going"))
    latest, created = vault.revisions.list(Kind.VALUE, value.id)
    assert created.action is Action.CREATED and created.before is None
    assert latest.action is Action.UPDATED
    assert latest.before["why"] == "" and latest.after["why"] == "So I can keep going"


def test_an_unchanged_save_records_nothing(vault: Vault) -> None:
    value = vault.values.add(Value(None, "Rest"))
    vault.values.update(value)
    vault.safety_plan.save(SafetyPlan(kept_where="In my bag"))
    vault.safety_plan.save(SafetyPlan(kept_where="In my bag"))
    assert len(vault.revisions.list()) == 2


def test_revision_context_note_and_origin(vault: Vault) -> None:
    with vault.revision_context(note="Made in session", origin="session"):
        vault.values.add(Value(None, "Courage"))
    vault.values.add(Value(None, "Play"))
    notes = [(r.note, r.origin) for r in vault.revisions.list()]
    assert notes == [("", ""), ("Made in session", "session")]


def test_archive_and_restore_come_back_in_the_plan(vault: Vault, clock: FakeClock) -> None:
    value = vault.values.add(Value(None, "Curiosity"))
    clock.advance(hours=1)
    vault.values.archive(value.id)
    assert vault.values.list() == [] and vault.values.list(archived=True) == [value]
    clock.advance(hours=1)
    vault.values.restore(value.id)
    assert vault.values.list() == [value]
    assert vault.revisions.plan_as_of(clock.now).values == (value,)


def test_a_failed_change_leaves_no_revision(vault: Vault) -> None:
    goal = vault.goals.add(Goal(None, "Learn to swim"))
    try:
        with vault.transaction():
            vault.goals.update(replace(goal, title="Learn to dive"))
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    assert vault.goals.get(goal.id).title == "Learn to swim"
    assert len(vault.revisions.list()) == 1


def test_revisions_by_origin(vault: Vault) -> None:
    with vault.revision_context(note="Made in session", origin="session:1"):
        vault.values.add(Value(None, "Courage"))
        vault.safety_plan.save(SafetyPlan(kept_where="Phone"))
    vault.values.add(Value(None, "Play"))
    made = vault.revisions.list(origin="session:1")
    assert [r.kind for r in made] == [Kind.SAFETY_PLAN, Kind.VALUE]
    assert all(r.note == "Made in session" for r in made)


def test_safety_plan_keeps_the_persons_own_prompts(vault: Vault) -> None:
    plan = SafetyPlan(prompts={Step.ON_MY_OWN: "What calms me at 2 a.m.?", Step.WARNING_SIGNS: " "})
    saved = vault.safety_plan.save(plan)
    assert saved.prompts == {Step.ON_MY_OWN: "What calms me at 2 a.m.?"}
    assert vault.safety_plan.get() == saved


def test_meta_keeps_app_state_encrypted(vault: Vault) -> None:
    vault.meta.set("session", {"step": 2, "started": "2026-03-02"})
    assert vault.meta.get("session") == {"step": 2, "started": "2026-03-02"}
    vault.meta.delete("session")
    assert vault.meta.get("session", "gone") == "gone"


def test_a_change_made_in_a_review_is_linked_to_it(vault: Vault) -> None:
    from wellbeing.domain.review import Period, Review

    review = vault.reviews.add(Review.new(Period.containing(vault.today(), "month")))
    with vault.revision_context(note="From the review", review_id=review.id):
        value = vault.values.add(Value(None, "Patience"))
    vault.values.update(replace(value, why="It helps"))
    linked, plain = vault.revisions.list(Kind.VALUE)[::-1]
    assert (linked.review_id, plain.review_id) == (review.id, None)
