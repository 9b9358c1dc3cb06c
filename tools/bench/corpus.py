"""A deterministic corpus for the benchmark, and the vault built from it.

The same seed and size always give the same text, dates and plan. The journal has one
entry a day, ending on :data:`END`, of 80–200 words drawn from a vocabulary with a
Zipf-like spread (a few hundred everyday words and tens of thousands of rarer invented
ones, so the full-text index has the shape of a real journal's). :data:`RARE_WORD`
appears in exactly eight entries at any size; :data:`COMMON_WORD` in about a third.

Around the journal: 8 values, 12 daily routines with check-ins from the first day, 36
goals with steps, 24 boundaries with a log, a safety plan, daily moods, a WHO-5 every
two weeks, a review a month for the last ten years, and 600 plan changes (each with its
revision) spread over the years. Plan records go through the repositories; the bulk
rows are inserted with ``executemany`` in one transaction, so 100,000 entries build in
well under a minute or two.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from itertools import accumulate
from pathlib import Path

from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.goals import Goal, GoalStatus, GoalStep
from wellbeing.domain.journal import JournalEntry, utc
from wellbeing.domain.review import Period, Review
from wellbeing.domain.routines import Routine, RoutineStatus, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.values import Pile, Value
from wellbeing.formats.importing import parse_jsonl
from wellbeing.vault.keyfile import KdfParams
from wellbeing.vault.repos.base import iso
from wellbeing.vault.vault import Vault

#: Bump when the corpus or the build changes, so cached vaults are made again.
VERSION = 2
PASSPHRASE = "bench passphrase, not a secret"
END = date(2026, 3, 2)
RARE_WORD = "lighthouse"
COMMON_WORD = "today"
RARE_COUNT = 8

# Everyday words, most frequent first (all neutral; the tail below is invented).
_HEAD = (  # noqa: SIM905 (a sentence reads better than 270 quoted words)
    "the i and to a was it of my in that me for with on so but we just had at be "
    "about not felt day is today this have it's they all out up when after some then "
    "time got what like home work went more really one too little bit good tired still "
    "walk again morning night back think feel know much long did said there could "
    "because want new better going evening made rest quiet friend tea coffee sleep "
    "slept early late call called rain sun outside inside kitchen music book read "
    "cooked dinner lunch breakfast shift break money rent bus train park cat dog "
    "sister brother neighbour message messages phone laughed calm busy slow easy hard "
    "week weekend plan plans list wrote writing noticed glad proud grateful enough "
    "tomorrow yesterday afternoon window light warm cold wind tidy errands shopping "
    "market garden walked stretching shower bath nap film show podcast song songs "
    "chat talked listened helped asked answered finished started tried kept held "
    "boundary boundaries said no yes maybe okay fine lighter heavier steady low high "
    "energy body head hands feet small things moments pages chapter library canal "
    "river hill street corner shop cafe table chair bed blanket candle plant plants"
).split()

_SYLLABLES = (  # noqa: SIM905
    "ba be bi bo bu da de di do du fa fe fi fo ka ke ki ko ku la le li lo lu ma me mi "
    "mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va "
    "ve vi vo za ze zi zo an en in on ar er ir or al el il ol"
).split()

_TAGS = ("work", "rest", "friends", "health", "home", "money", "boundaries", "family")


def _vocabulary(size: int = 40_000) -> tuple[list[str], list[float]]:
    """The words and their cumulative weights (Zipf, s = 1.05)."""
    rng = random.Random(20260302)  # the same vocabulary for every seed
    words = list(_HEAD)
    seen = set(words) | {RARE_WORD}
    while len(words) < size:
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    # COMMON_WORD sits at rank 20 of the head: in about a third of the entries.
    weights = [1.0 / (rank**1.05) for rank in range(1, len(words) + 1)]
    return words, list(accumulate(weights))


def _sentences(rng: random.Random, count: int) -> list[tuple[str, int]]:
    """A pool of sentences (text, words) that entries are cut from."""
    words, cumulative = _vocabulary()
    pool = []
    for _ in range(count):
        n = rng.randint(5, 16)
        picked = rng.choices(words, cum_weights=cumulative, k=n)
        first = picked[0]
        picked[0] = "I" if first == "i" else first.capitalize()
        pool.append((" ".join(picked).replace(" i ", " I ") + ".", n))
    return pool


def generate_entries(seed: int, count: int, end: date = END) -> list[JournalEntry]:
    """``count`` entries, one a day up to ``end`` (oldest first), the same for a seed."""
    rng = random.Random(seed)
    pool = _sentences(rng, min(60_000, max(2_000, count * 2)))
    head = _HEAD[:60]
    first = end - timedelta(days=count - 1)
    rare = {round((k + 0.5) * count / RARE_COUNT) for k in range(RARE_COUNT)} if count else set()
    entries = []
    for index in range(count):
        day = first + timedelta(days=index)
        at = datetime.combine(day, time(), UTC) + timedelta(seconds=rng.randint(6 * 3600, 83000))
        wanted = rng.randint(80, 180)  # + a last sentence (≤ 15) + the rare one: ≤ 200
        start = rng.randrange(len(pool))
        parts, words = [], 0
        while words < wanted:
            text, n = pool[(start + len(parts)) % len(pool)]
            parts.append(text)
            words += n
        if index in rare:
            parts.insert(rng.randrange(len(parts) + 1), f"Walked to the {RARE_WORD} again.")
        paragraphs = [" ".join(parts[i : i + 4]) for i in range(0, len(parts), 4)]
        title = (
            " ".join(rng.choice(head) for _ in range(rng.randint(2, 6))).capitalize()
            if rng.random() < 0.7
            else ""
        )
        entries.append(
            JournalEntry(
                None,
                title,
                "\n\n".join(paragraphs),
                created_at=at,
                mood=rng.choice((None, 1, 2, 3, 3, 4, 4, 4, 5)),
                tags=tuple(rng.sample(_TAGS, rng.choice((0, 0, 1, 1, 2)))),
            )
        )
    return entries


# JSON Lines, the import format (domain/importing.py)


def entry_line(entry: JournalEntry) -> str:
    data: dict[str, object] = {
        "at": utc(entry.created_at).isoformat(),
        "title": entry.title,
        "body": entry.body,
    }
    if entry.mood is not None:
        data["mood"] = entry.mood
    if entry.tags:
        data["tags"] = list(entry.tags)
    return json.dumps(data, ensure_ascii=False)


def write_jsonl(entries: Iterable[JournalEntry], path: Path) -> int:
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for entry in entries:
            out.write(entry_line(entry) + "\n")
            count += 1
    return count


def read_jsonl(path: Path) -> list[JournalEntry]:
    """The entries of an import file, oldest first (ImportFormatError on a bad line)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        entries = list(parse_jsonl(handle))
    return sorted(entries, key=lambda e: utc(e.created_at))


# The vault


class Clock:
    """A clock the build moves by hand (UTC), so every build makes the same vault."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _micros(moment: datetime) -> int:
    return (utc(moment) - _EPOCH) // timedelta(microseconds=1)


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12), UTC)


@dataclass(frozen=True)
class BuildReport:
    rows: dict[str, int]
    first_day: date
    last_day: date


def build_vault(
    folder: Path, entries: Sequence[JournalEntry], *, seed: int, kdf: KdfParams
) -> BuildReport:
    """A new vault at ``folder`` holding ``entries`` and a plan over their days."""
    rng = random.Random(seed + 1)
    entries = sorted(entries, key=lambda e: utc(e.created_at))
    first = utc(entries[0].created_at).date() if entries else END
    last = max(utc(entries[-1].created_at).date(), first) if entries else END
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    clock = Clock(datetime.combine(first, time(8), UTC))
    vault, _ = Vault.create(folder, PASSPHRASE, kdf=kdf, clock=clock)
    rows: dict[str, int] = {}
    with vault, vault.transaction() as db:
        values, routines, goals, boundaries = _plan(vault, rng, first)
        rows["revisions_made"] = _changes(vault, rng, clock, days, routines, goals, boundaries)
        values_count = len(values)
        clock.now = datetime.combine(last, time(9), UTC)

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
        rows["journal_entries"] = _insert_entries(vault, entries)
        moods = [
            (d.isoformat(), rng.randint(1, 5), iso(_noon(d))) for d in days if rng.random() < 0.7
        ]
        db.executemany("INSERT INTO mood_checkins (on_date, mood, at) VALUES (?, ?, ?)", moods)
        who5 = [
            (d.isoformat(), "".join(str(rng.randint(0, 5)) for _ in range(5)), iso(_noon(d)))
            for d in days[::14]
        ]
        db.executemany("INSERT INTO who5 (on_date, answers, at) VALUES (?, ?, ?)", who5)
        events = [
            (
                rng.choice(boundaries).id,
                d.isoformat(),
                rng.choice(("held",) * 3 + ("crossed", "renegotiated")),
                iso(_noon(d)),
            )
            for d in days
            if rng.random() < 0.3
        ]
        db.executemany(
            "INSERT INTO boundary_events (boundary_id, on_date, outcome, created_at)"
            " VALUES (?, ?, ?, ?)",
            events,
        )
        reviews = 0
        period = Period.containing(max(first, last - timedelta(days=3652)), "month").next()
        while period.end < last:
            clock.now = datetime.combine(period.end, time(20), UTC)
            vault.reviews.add(Review(None, clock.now, period.start, period.end, _words(rng, 5, 30)))
            period = period.next()
            reviews += 1
        clock.now = datetime.combine(last, time(9), UTC)
        rows.update(
            values=values_count,
            routines=len(routines),
            check_ins=len(check_ins),
            goals=len(goals),
            boundaries=len(boundaries),
            boundary_events=len(events),
            mood_checkins=len(moods),
            who5=len(who5),
            reviews=reviews,
        )
        rows["revisions"] = int(db.one("SELECT count(*) FROM revisions")[0])
    return BuildReport(rows, first, last)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(_HEAD) for _ in range(rng.randint(low, high))).capitalize()


def _plan(
    vault: Vault, rng: random.Random, first: date
) -> tuple[list[int], list[Routine], list[Goal], list[Boundary]]:
    values = [
        vault.values.add(
            Value(
                None, f"Value {i + 1}", pile=Pile.VERY_IMPORTANT, rank=i + 1, why=_words(rng, 4, 12)
            )
        ).id
        for i in range(8)
    ]
    routines = [
        vault.routines.add(
            Routine(
                None,
                f"Routine {i + 1}",
                Schedule.daily(),
                description=_words(rng, 3, 10),
                value_ids=(values[i % 8],),  # type: ignore[arg-type]
                started_on=first,
            )
        )
        for i in range(12)
    ]
    goals = [
        vault.goals.add(
            Goal(
                None,
                f"Goal {i + 1}",
                specific=_words(rng, 5, 15),
                measurable=_words(rng, 3, 8),
                value_ids=(values[i % 8],),  # type: ignore[arg-type]
                steps=tuple(GoalStep(f"Step {j + 1}") for j in range(rng.randint(3, 8))),
            )
        )
        for i in range(36)
    ]
    boundaries = [
        vault.boundaries.add(
            Boundary(
                None,
                f"Boundary {i + 1}",
                context=rng.choice(("work", "home", "friends", "family")),
                script=_words(rng, 5, 20),
                if_crossed=_words(rng, 4, 12),
            )
        )
        for i in range(24)
    ]
    vault.safety_plan.save(_safety_plan(first))
    return values, routines, goals, boundaries  # type: ignore[return-value]


def _safety_plan(first: date) -> SafetyPlan:
    def items(*texts: str) -> tuple[SafetyItem, ...]:
        return tuple(SafetyItem(t, likelihood=3) for t in texts)

    return SafetyPlan(
        items={
            Step.WARNING_SIGNS: items("Not sleeping for two nights", "Cancelling plans"),
            Step.ON_MY_OWN: items("A hot shower and a playlist", "Drawing", "A slow walk"),
            Step.PEOPLE_AND_PLACES: items("The library reading room", "The cafe on the corner"),
            Step.PEOPLE_TO_ASK: (SafetyItem("A friend", reach="555-0100", coded_label="F."),),
            Step.PROFESSIONALS: (SafetyItem("My counsellor", reach="555-0199, weekdays"),),
            Step.SAFER_SURROUNDINGS: items("Ask a friend to keep the spare pills"),
            Step.REASONS_FOR_LIVING: items("My cat", "The trip to the sea"),
        },
        kept_where="In the app",
        shared_with="My counsellor",
        last_reviewed=first,
    )


def _changes(
    vault: Vault,
    rng: random.Random,
    clock: Clock,
    days: list[date],
    routines: list[Routine],
    goals: list[Goal],
    boundaries: list[Boundary],
) -> int:
    """600 plan changes (fewer on a tiny corpus) spread over the days, and two rests."""
    made = 0
    for moment in sorted(rng.sample(days, min(600, len(days)))):
        clock.now = _noon(moment)
        pick = rng.random()
        if pick < 0.45:
            index = rng.randrange(len(goals))
            goal = goals[index]
            steps = list(goal.steps)
            undone = [j for j, s in enumerate(steps) if not s.done]
            if undone:
                steps[undone[0]] = GoalStep(steps[undone[0]].text, True, moment)
            else:
                steps.append(GoalStep(f"Step {len(steps) + 1}"))
            status = GoalStatus.ACHIEVED if len(undone) == 1 else goal.status
            goals[index] = vault.goals.update(replace(goal, steps=tuple(steps), status=status))
        elif pick < 0.7:
            index = rng.randrange(len(boundaries))
            boundaries[index] = vault.boundaries.update(
                replace(boundaries[index], script=_words(rng, 5, 20))
            )
        else:
            index = rng.randrange(len(routines))
            routines[index] = vault.routines.update(
                replace(routines[index], description=_words(rng, 3, 12))
            )
        made += 1
    if len(days) > 120:
        for index in (3, 7):
            rest = rng.choice(days[30:-60])
            clock.now = _noon(rest)
            routines[index] = vault.routines.update(
                replace(routines[index], status=RoutineStatus.PAUSED)
            )
            clock.now += timedelta(days=rng.randint(10, 40))
            routines[index] = vault.routines.update(
                replace(routines[index], status=RoutineStatus.ACTIVE)
            )
            made += 2
    return made


def _insert_entries(vault: Vault, entries: Sequence[JournalEntry]) -> int:
    """Bulk insert (oldest first); ids follow the schema's rule: the creation time in
    microseconds, nudged forward on a tie."""
    rows, tags = [], []
    previous = None
    for entry in entries:
        entry_id = _micros(entry.created_at)
        if previous is not None and entry_id <= previous:
            entry_id = previous + 1
        previous = entry_id
        at = iso(entry.created_at)
        rows.append((entry_id, entry.title, entry.body, entry.mood, "\n".join(entry.tags), at, at))
        tags.extend((entry_id, tag) for tag in entry.tags)
    db = vault.db
    db.executemany(
        "INSERT INTO journal_entries (id, title, body, mood, tags, created_at, edited_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany("INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)", tags)
    return len(rows)
