"""How fast the review opens on ten years of data. A script, not a test.

Builds a vault in a temporary folder, deterministically from a seed: a daily journal with
moods, 12 daily routines with check-ins (and a few pauses), daily mood check-ins, a
WHO-5 check-in every two weeks, dozens of goals with steps, boundaries with a log of how
they went, hundreds of plan revisions, and a review a month. Plan records go through the
public repositories (so every change has its revision); the bulk progress data is
inserted with ``executemany``, all in one transaction.

Then it locks the vault, unlocks it again (the page cache starts empty) and times
opening the review (every aggregate of ``ProgressRepository.overview``) for the last full
calendar year and for all time: the first run, and the median of ``--runs`` runs.

    .venv/bin/python bench/review_bench.py [--years 10] [--runs 5] [--seed 7] [--keep DIR]

Prints JSON. The target is well under 0.25 s for ten years.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.review import Period, Review
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.values import Pile, Value
from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
from wellbeing.vault.vault import Vault

PASSPHRASE = "bench passphrase, not a secret"
KDF = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)
TODAY = date(2026, 3, 2)
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
WORDS = (  # noqa: SIM905 (a sentence reads better than 28 quoted words)
    "slept walked tired calm rain coffee friend work shift call sister bus park quiet "
    "anxious better tea music cooked laughed late early money rest cat book sun wind"
).split()


class Clock:
    """A clock the build moves by hand (UTC), so every run makes the same vault."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def micros(moment: datetime) -> int:
    return (moment - EPOCH) // timedelta(microseconds=1)


def text(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def build(folder: Path, years: int, seed: int) -> tuple[Vault, dict[str, int]]:
    rng = random.Random(seed)
    first = TODAY.replace(year=TODAY.year - years) + timedelta(days=1)
    days = [first + timedelta(days=i) for i in range((TODAY - first).days + 1)]
    clock = Clock(datetime.combine(first, datetime.min.time(), UTC) + timedelta(hours=8))
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=KDF, clock=clock)
    db = vault.db
    with vault.transaction():
        # The plan, through the repositories (each change writes its revision).
        values = [
            vault.values.add(Value(None, f"Value {i}", pile=Pile.VERY_IMPORTANT, rank=i + 1)).id
            for i in range(8)
        ]
        routines = [
            vault.routines.add(
                Routine(
                    None,
                    f"Routine {i}",
                    Schedule.daily(),
                    value_ids=(values[i % 8],),
                    started_on=first + timedelta(days=rng.randint(0, 400) if i >= 8 else 0),
                )
            )
            for i in range(12)
        ]
        goals = [
            vault.goals.add(
                Goal(
                    None,
                    f"Goal {i}",
                    specific=text(rng, 5, 15),
                    value_ids=(values[i % 8],),
                    steps=tuple(GoalStep(f"Step {j}") for j in range(rng.randint(3, 8))),
                )
            )
            for i in range(48)
        ]
        boundaries = [
            vault.boundaries.add(Boundary(None, f"Boundary {i}", script=text(rng, 5, 20)))
            for i in range(10)
        ]

        # Hundreds of revisions, spread over the years.
        revisions = 0
        for moment in sorted(rng.sample(days[30:], 600)):
            clock.now = datetime.combine(moment, datetime.min.time(), UTC) + timedelta(hours=12)
            pick = rng.random()
            if pick < 0.45:
                index = rng.randrange(len(goals))
                goal = goals[index]
                steps = list(goal.steps)
                undone = [j for j, s in enumerate(steps) if not s.done]
                if undone:
                    j = undone[0]
                    steps[j] = GoalStep(steps[j].text, True, moment)
                else:
                    steps.append(GoalStep(f"Step {len(steps)}"))
                status = GoalStatus.ACHIEVED if undone and len(undone) == 1 else goal.status
                goal = vault.goals.update(replace(goal, steps=tuple(steps), status=status))
                goals[index] = goal
            elif pick < 0.65:
                index = rng.randrange(len(boundaries))
                boundaries[index] = vault.boundaries.update(
                    replace(boundaries[index], script=text(rng, 5, 20))
                )
            elif pick < 0.85:
                index = rng.randrange(len(routines))
                routines[index] = vault.routines.update(
                    replace(routines[index], description=text(rng, 3, 12))
                )
            else:
                value_id = rng.choice(values)
                vault.values.update(replace(vault.values.get(value_id), why=text(rng, 5, 20)))
            revisions += 1
        # Two routines rest for a few weeks, once each.
        for index in (3, 7):
            rest = rng.choice(days[500:-400])
            clock.now = datetime.combine(rest, datetime.min.time(), UTC) + timedelta(hours=12)
            vault.routines.update(replace(routines[index], status=RoutineStatus.PAUSED))
            clock.now += timedelta(days=rng.randint(10, 40))
            vault.routines.update(replace(routines[index], status=RoutineStatus.ACTIVE))
            revisions += 2
        clock.now = datetime.combine(TODAY, datetime.min.time(), UTC) + timedelta(hours=9)

        # Progress data in bulk.
        check_ins = []
        for r in routines:
            keep = rng.uniform(0.55, 0.95)
            for day in days:
                if day < r.started_on:  # type: ignore[operator]
                    continue
                roll = rng.random()
                if roll < keep:
                    check_ins.append((r.id, day.isoformat(), "done"))
                elif roll < keep + 0.05:
                    check_ins.append((r.id, day.isoformat(), "skipped"))
                elif roll < keep + 0.08:
                    check_ins.append((r.id, day.isoformat(), "not_needed"))
        db.executemany(
            "INSERT INTO check_ins (routine_id, on_date, status) VALUES (?, ?, ?)", check_ins
        )

        entries = []
        for day in days:
            for _ in range(1 if rng.random() < 0.8 else 2):
                at = datetime.combine(day, datetime.min.time(), UTC) + timedelta(
                    seconds=rng.randint(6 * 3600, 23 * 3600)
                )
                mood = rng.choice((None, 1, 2, 3, 3, 4, 4, 4, 5))
                entries.append(
                    (micros(at), text(rng, 0, 6), text(rng, 30, 150), mood, iso(at), iso(at))
                )
        entries.sort()
        entries = [e for i, e in enumerate(entries) if i == 0 or e[0] != entries[i - 1][0]]
        db.executemany(
            "INSERT INTO journal_entries (id, title, body, mood, created_at, edited_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            entries,
        )

        moods = [
            (day.isoformat(), rng.randint(1, 5), iso(clock.now))
            for day in days
            if rng.random() < 0.7
        ]
        db.executemany("INSERT INTO mood_checkins (on_date, mood, at) VALUES (?, ?, ?)", moods)

        who5 = [
            (day.isoformat(), "".join(str(rng.randint(0, 5)) for _ in range(5)), iso(clock.now))
            for day in days[::14]
        ]
        db.executemany("INSERT INTO who5 (on_date, answers, at) VALUES (?, ?, ?)", who5)

        events = [
            (b.id, day.isoformat(), rng.choice(("held", "held", "held", "crossed", "renegotiated")))
            for b in boundaries
            for day in days
            if rng.random() < 0.12
        ]
        db.executemany(
            "INSERT INTO boundary_events (boundary_id, on_date, outcome, created_at)"
            " VALUES (?, ?, ?, '2026-03-02T09:00:00.000000+00:00')",
            events,
        )

        reviews = 0
        period = Period.containing(first, "month").next()
        while period.end < TODAY:
            at = datetime.combine(period.end, datetime.min.time(), UTC) + timedelta(hours=20)
            vault.reviews.add(Review(None, at, period.start, period.end, text(rng, 5, 30)))
            period = period.next()
            reviews += 1

    counts = {
        "days": len(days),
        "journal_entries": len(entries),
        "routines": len(routines),
        "check_ins": len(check_ins),
        "mood_checkins": len(moods),
        "who5": len(who5),
        "goals": len(goals),
        "boundaries": len(boundaries),
        "boundary_events": len(events),
        "revisions": int(db.one("SELECT count(*) FROM revisions")[0]),
        "reviews": reviews,
    }
    vault.close()
    return Vault.unlock(folder, PASSPHRASE, clock=clock), counts


PARTS = (
    "routine_counts",
    "routine_strengths",
    "goal_progress",
    "boundary_counts",
    "mood_trend",
    "who5_trend",
)


def time_period(vault: Vault, period: Period, runs: int) -> dict[str, object]:
    def once() -> float:
        began = time.perf_counter()
        vault.progress.overview(period)
        return time.perf_counter() - began

    first = once()
    totals = [once() for _ in range(runs)]
    parts: dict[str, float] = {}
    start, end, grain = period.start, period.end, period.sample
    calls = {
        "routine_counts": lambda: vault.progress.routine_counts(start, end),
        "routine_strengths": lambda: vault.progress.routine_strengths(start, end, grain),
        "goal_progress": lambda: vault.progress.goal_progress(start, end),
        "boundary_counts": lambda: vault.progress.boundary_counts(start, end),
        "mood_trend": lambda: vault.progress.mood_trend(start, end, grain),
        "who5_trend": lambda: vault.progress.who5_trend(start, end),
    }
    for name in PARTS:
        samples = []
        for _ in range(runs):
            began = time.perf_counter()
            calls[name]()
            samples.append(time.perf_counter() - began)
        parts[name] = round(statistics.median(samples), 5)
    data = vault.progress.overview(period)
    return {
        "period": period.describe(),
        "days": period.days,
        "sample": grain.value,
        "first_run_s": round(first, 5),
        "median_s": round(statistics.median(totals), 5),
        "runs_s": [round(t, 5) for t in totals],
        "median_parts_s": parts,
        "points": {
            "strength_per_routine": max(len(s) for s in data.routine_strengths.values()),
            "mood": len(data.mood),
            "who5": len(data.who5),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="build here (an empty folder) and keep it")
    args = parser.parse_args(argv)

    temp = None
    if args.keep:
        folder = args.keep
    else:
        temp = tempfile.mkdtemp(prefix="wellbeing-bench-")
        folder = Path(temp) / "vault"
    try:
        began = time.perf_counter()
        vault, counts = build(folder, args.years, args.seed)
        built = time.perf_counter() - began
        with vault:
            first_day = vault.progress.first_day() or TODAY
            year = Period.containing(TODAY, "year").previous()
            report = {
                "years": args.years,
                "seed": args.seed,
                "build_s": round(built, 2),
                "db_mib": round((folder / "vault.db").stat().st_size / 2**20, 1),
                "rows": counts,
                # Timed right after unlocking: the first run starts with a cold page cache.
                "last_year": time_period(vault, year, args.runs),
                "all_time": time_period(vault, Period.custom(first_day, TODAY), args.runs),
            }
    finally:
        if temp:
            shutil.rmtree(temp, ignore_errors=True)
    json.dump(report, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
