"""A demo vault of invented data, for a first look and for showing the app in session.

Everything here is made up: the people are "Robin Example", "Sam Placeholder" and
friends, the journal is stitched from neutral sentences. Deterministic (seeded), so
screenshots and benchmarks are repeatable. Passphrase: ``demo``.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from .domain.boundaries import Boundary, BoundaryEvent, Outcome
from .domain.goals import Goal, GoalStatus, GoalStep
from .domain.journal import JournalEntry
from .domain.routines import CheckIn, CheckInStatus, Routine, Schedule
from .domain.safety_plan import SafetyItem, SafetyPlan, Step
from .domain.values import Pile, Value
from .vault.keyfile import KdfParams
from .vault.vault import Vault

PASSPHRASE = "demo"

_OPENINGS = [
    "Slow start today.",
    "Woke up early and watched the light come in.",
    "A busy day, but a good kind of busy.",
    "Tired, and that is okay.",
    "Spent the morning on errands.",
    "Quiet day at home.",
    "Saw Sam Placeholder for coffee.",
    "Long walk by the canal.",
    "Rain all day.",
    "Cooked something new for dinner.",
]
_MIDDLES = [
    "I noticed I held my boundary about late messages and it felt steady.",
    "Work was long; I took my breaks like I planned.",
    "I did my stretching even though I did not feel like it.",
    "Talked with Robin Example about the plan for next month.",
    "Read a few chapters of a library book.",
    "I said no to an extra shift and did not explain myself.",
    "Felt a bit low in the afternoon and went outside for a while.",
    "Tidied the kitchen and put music on.",
    "Wrote down three things that went fine today.",
    "Sorted out the rent and felt lighter afterwards.",
]
_CLOSINGS = [
    "Early night.",
    "Grateful for small things.",
    "Tomorrow can be slower.",
    "Proud of that.",
    "Enough for today.",
    "Going to try again tomorrow.",
]
_TAGS = ["work", "rest", "friends", "health", "home", "money", "boundaries"]


class _Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


def build_demo(
    folder: Path,
    *,
    today: date | None = None,
    days: int = 365,
    kdf: KdfParams | None = None,
    seed: int = 2026,
) -> None:
    """Create a demo vault at ``folder`` covering the ``days`` before ``today``."""
    rng = random.Random(seed)
    today = today or date.today()
    start = today - timedelta(days=days)
    clock = _Clock(datetime.combine(start, time(9), tzinfo=UTC))
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=kdf, clock=clock)
    with vault:
        values = _values(vault)
        goals = _goals(vault, values, start)
        boundaries = _boundaries(vault, values)
        routines = _routines(vault, start)
        _safety_plan(vault, today)
        with vault.transaction():
            for offset in range(days + 1):
                day = start + timedelta(days=offset)
                clock.now = datetime.combine(day, time(21, rng.randint(0, 59)), tzinfo=UTC)
                _day(vault, rng, day, routines, boundaries)
        _progress_goals(vault, goals, today)


def _values(vault: Vault) -> list[Value]:
    sorted_cards = [
        ("Honesty", Pile.VERY_IMPORTANT, 1, "I want the people close to me to know me."),
        ("Autonomy", Pile.VERY_IMPORTANT, 2, "Deciding for myself how I live and work."),
        ("Health", Pile.VERY_IMPORTANT, 3, "So I have energy for what I love."),
        ("Friendship", Pile.VERY_IMPORTANT, 4, ""),
        ("Safety", Pile.VERY_IMPORTANT, 5, "Feeling safe at home and at work."),
        ("Creativity", Pile.IMPORTANT, None, ""),
        ("Humor", Pile.IMPORTANT, None, ""),
        ("Knowledge", Pile.IMPORTANT, None, ""),
        ("Leisure", Pile.IMPORTANT, None, ""),
        ("Fame", Pile.LESS_IMPORTANT, None, ""),
        ("Tradition", Pile.LESS_IMPORTANT, None, ""),
    ]
    saved = [
        vault.values.add(Value(None, name, pile=pile, rank=rank, why=why))
        for name, pile, rank, why in sorted_cards
    ]
    saved.append(
        vault.values.add(
            Value(
                None,
                "Rest without guilt",
                own_card=True,
                pile=Pile.VERY_IMPORTANT,
                rank=6,
                why="My own card: rest is not something I earn.",
            )
        )
    )
    return saved


def _goals(vault: Vault, values: list[Value], start: date) -> list[Goal]:
    by_name = {v.name: v.id for v in values}
    specs = [
        (
            "Save a cushion of two months' rent",
            [
                "Open a separate savings account",
                "Set up an automatic transfer",
                "Reach one month",
                "Reach two months",
            ],
            ("Autonomy", "Safety"),
            GoalStatus.ACTIVE,
        ),
        (
            "Sleep before midnight most nights",
            ["Phone out of the bedroom", "Wind-down playlist", "Track for two weeks"],
            ("Health",),
            GoalStatus.ACTIVE,
        ),
        (
            "Take a short course in illustration",
            ["Choose a course", "Enrol", "Finish the first module"],
            ("Creativity",),
            GoalStatus.PAUSED,
        ),
        (
            "See friends twice a month",
            ["Make a list of people", "Suggest a regular day"],
            ("Friendship",),
            GoalStatus.ACHIEVED,
        ),
        ("Run a half marathon", ["Couch to 5k"], ("Health",), GoalStatus.LET_GO),
    ]
    goals = []
    for title, steps, linked, status in specs:
        goals.append(
            vault.goals.add(
                Goal(
                    None,
                    title,
                    status=status,
                    value_ids=tuple(by_name[n] for n in linked),
                    specific=f"{title}.",
                    measurable="I will notice it in my week.",
                    target_date=start + timedelta(days=400),
                    steps=tuple(GoalStep(s) for s in steps),
                )
            )
        )
    return goals


def _boundaries(vault: Vault, values: list[Value]) -> list[Boundary]:
    autonomy = next(v.id for v in values if v.name == "Autonomy")
    specs = [
        (
            "I don't answer work messages after 10 pm.",
            "work",
            "I'll reply tomorrow morning.",
            "Mute notifications and reply the next day.",
        ),
        (
            "I choose who I tell about my work.",
            "friends and family",
            "That's not something I talk about, but thanks for asking.",
            "Change the subject.",
        ),
        (
            "I take one full day off each week.",
            "work",
            "I'm not available on Sundays.",
            "Move the day, not skip it.",
        ),
    ]
    return [
        vault.boundaries.add(
            Boundary(None, s, context=c, script=sc, if_crossed=ic, value_ids=(autonomy,))
        )
        for s, c, sc, ic in specs
    ]


def _routines(vault: Vault, start: date) -> list[Routine]:
    specs = [
        ("Morning stretch", Schedule.daily()),
        ("Walk outside", Schedule.times_a_week(4)),
        ("Evening wind-down", Schedule.on_weekdays([0, 1, 2, 3, 6])),
        ("Call someone I like", Schedule.times_a_week(2)),
        ("Drink water with lunch", Schedule.daily()),
    ]
    return [
        vault.routines.add(Routine(None, name, schedule, started_on=start))
        for name, schedule in specs
    ]


def _day(
    vault: Vault, rng: random.Random, day: date, routines: list[Routine], boundaries: list[Boundary]
) -> None:
    keen = 0.55 + 0.35 * (day.toordinal() % 90) / 90  # a gentle rhythm over seasons
    for routine in routines:
        if not routine.schedule.is_due(day):
            continue
        roll = rng.random()
        if routine.schedule.kind.value == "times_per_week" and roll > 0.6:
            continue
        status = (
            CheckInStatus.DONE
            if roll < keen
            else CheckInStatus.SKIPPED
            if roll < keen + 0.1
            else None
        )
        if status is not None:
            vault.routines.check_in(CheckIn(routine.id, day, status))  # type: ignore[arg-type]
    if rng.random() < 0.15:
        outcome = rng.choices(list(Outcome), weights=[6, 2, 1])[0]
        vault.boundaries.log_event(BoundaryEvent(None, rng.choice(boundaries).id, day, outcome))  # type: ignore[arg-type]
    mood = max(1, min(5, round(rng.gauss(3.4, 0.9))))
    if rng.random() < 0.7:
        vault.moods.set(day, mood)
    if rng.random() < 0.85:
        body = " ".join(
            [
                rng.choice(_OPENINGS),
                rng.choice(_MIDDLES),
                rng.choice(_MIDDLES),
                rng.choice(_CLOSINGS),
            ]
        )
        tags = tuple(rng.sample(_TAGS, rng.randint(0, 2)))
        vault.journal.add(
            JournalEntry(
                None,
                f"{day:%A} {day.day} {day:%B}",
                body,
                created_at=vault.now(),
                mood=mood,
                tags=tags,
            )
        )


def _progress_goals(vault: Vault, goals: list[Goal], today: date) -> None:
    first = goals[0]
    steps = tuple(
        replace(s, done=i < 2, done_on=today - timedelta(days=40 - 10 * i) if i < 2 else None)
        for i, s in enumerate(first.steps)
    )
    vault.goals.update(replace(first, steps=steps))


def _safety_plan(vault: Vault, today: date) -> None:
    plan = SafetyPlan(
        items={
            Step.WARNING_SIGNS: (
                SafetyItem("Not sleeping for two nights"),
                SafetyItem("Cancelling on everyone"),
            ),
            Step.ON_MY_OWN: (
                SafetyItem("A hot shower and my comfort playlist", likelihood=4),
                SafetyItem("Drawing, even badly", likelihood=3),
            ),
            Step.PEOPLE_AND_PLACES: (
                SafetyItem("The library reading room"),
                SafetyItem("Sam Placeholder", reach="Text first", coded_label="S."),
            ),
            Step.PEOPLE_TO_ASK: (
                SafetyItem("Robin Example", reach="555-0100 (invented)", coded_label="R."),
            ),
            Step.PROFESSIONALS: (
                SafetyItem("My counsellor, Alex Sample", reach="555-0199 (invented), weekdays"),
                SafetyItem("A crisis line I trust", reach="Add the number you choose"),
            ),
            Step.SAFER_SURROUNDINGS: (SafetyItem("Ask Robin to keep the spare pills"),),
            Step.REASONS_FOR_LIVING: (
                SafetyItem("My cat, Biscuit"),
                SafetyItem("The trip to the sea next summer"),
            ),
        },
        kept_where="In the app, and a printed card in my wallet",
        shared_with="Robin Example and my counsellor",
        last_reviewed=today - timedelta(days=30),
    )
    vault.safety_plan.save(plan)
