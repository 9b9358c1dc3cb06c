"""A whole vault read into the export's :class:`Contents`, and written from one.

The SQL side of the JSON export (the document itself is ``formats/export_document.py``):
every table of personal data read in id (or date) order, and the checked records of an
export written back with their own ids and times, into an empty vault, in one
transaction. Journal entries and revisions are read with their repositories' own row
mapping.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.safety_plan import SafetyPlan
from ..formats.export_document import (
    PLAN,
    STAMPS,
    Archivable,
    BoundaryEventRow,
    CheckInRow,
    Contents,
    ForgottenRow,
    MoodRow,
    PauseRow,
    Stamped,
    Who5Row,
)
from .repos.base import iso
from .repos.journal import _load as journal_entry
from .repos.revisions import row_to_revision

if TYPE_CHECKING:
    from .db import Database
    from .vault import Vault

#: The table of each plan record list.
_PLAN_TABLES = {
    "values": "plan_values",
    "goals": "goals",
    "boundaries": "boundaries",
    "routines": "routines",
}

#: Every table that holds personal data: an "empty vault" has none of these rows.
DATA_TABLES = (
    "plan_values",
    "goals",
    "goal_steps",
    "boundaries",
    "boundary_events",
    "routines",
    "routine_pauses",
    "check_ins",
    "value_links",
    "journal_entries",
    "safety_plan",
    "safety_items",
    "safety_prompts",
    "revisions",
    "mood_checkins",
    "reviews",
    "who5",
    "forgotten",
)


def is_empty(vault: Vault) -> bool:
    """True when the vault holds no personal data at all (a new vault)."""
    db = vault.db
    return all(db.one(f"SELECT 1 FROM {table} LIMIT 1") is None for table in DATA_TABLES)


@contextmanager
def one_moment(db: Database) -> Iterator[Database]:
    """Read through ``db`` inside one read transaction: everything read is the vault at
    one moment, even while another connection saves (an export, a second connection)."""
    db.execute("BEGIN")
    try:
        yield db
    finally:
        if not db.closed:
            db.execute("COMMIT")


# Reading


def read_whole(vault: Vault) -> Contents:
    """Everything in the vault, archived records included, in the export's order."""
    db = vault.db
    contents = Contents()
    repos: dict[str, Any] = {
        "values": vault.values,
        "goals": vault.goals,
        "boundaries": vault.boundaries,
        "routines": vault.routines,
    }
    for key, _cls in PLAN:
        records: list[Stamped[Any]] = getattr(contents, key)
        sql = f"SELECT id, {', '.join(STAMPS)} FROM {_PLAN_TABLES[key]} ORDER BY id"
        for row in db.all(sql):
            record = repos[key].get(row["id"])
            records.append(
                Stamped(record, row["created_at"], row["updated_at"], row["archived_at"])
            )
    contents.boundary_events = [
        BoundaryEventRow(
            r["id"], r["boundary_id"], r["on_date"], r["outcome"], r["note"], r["created_at"]
        )
        for r in db.all("SELECT * FROM boundary_events ORDER BY id")
    ]
    contents.check_ins = [
        CheckInRow(r["routine_id"], r["on_date"], r["status"], r["note"])
        for r in db.all("SELECT * FROM check_ins ORDER BY routine_id, on_date")
    ]
    contents.pauses = [
        PauseRow(r["routine_id"], r["start"], r["end"])
        for r in db.all("SELECT * FROM routine_pauses ORDER BY routine_id, start")
    ]
    contents.journal = [
        Archivable(journal_entry(r), r["archived_at"])
        for r in db.all("SELECT * FROM journal_entries ORDER BY id")
    ]
    contents.moods = [
        MoodRow(r["on_date"], r["mood"], r["note"], r["at"])
        for r in db.all("SELECT * FROM mood_checkins ORDER BY on_date")
    ]
    contents.safety_plan = vault.safety_plan.get()
    contents.revisions = [row_to_revision(r) for r in db.all("SELECT * FROM revisions ORDER BY id")]
    contents.reviews = [
        vault.reviews.get(r["id"]) for r in db.all("SELECT id FROM reviews ORDER BY id")
    ]
    contents.who5 = [
        Who5Row(r["on_date"], [int(ch) for ch in r["answers"]], r["at"])
        for r in db.all("SELECT * FROM who5 ORDER BY on_date")
    ]
    contents.forgotten = [
        ForgottenRow(r["id"], r["at"], r["before"], r["kind"])
        for r in db.all("SELECT * FROM forgotten ORDER BY id")
    ]
    return contents


# Writing


def write_whole(db: Database, contents: Contents) -> None:
    """Write checked ``contents`` (``formats.export_reading``) with their own ids and
    times. The caller holds the transaction and knows the vault was empty."""
    for value in contents.values:
        _value(db, value)
    for goal in contents.goals:
        _goal(db, goal)
    for boundary in contents.boundaries:
        _boundary(db, boundary)
    for routine in contents.routines:
        _routine(db, routine)
    for archivable in contents.journal:
        _journal_entry(db, archivable)
    _progress(db, contents)
    _history(db, contents)


def _stamps(s: Stamped[Any]) -> tuple[str, str, str | None]:
    return (s.created_at, s.updated_at, s.archived_at)


def _links(db: Database, kind: str, owner: int, value_ids: tuple[int, ...]) -> None:
    db.executemany(
        "INSERT INTO value_links (kind, owner_id, value_id, position) VALUES (?, ?, ?, ?)",
        [(kind, owner, v, i) for i, v in enumerate(dict.fromkeys(value_ids))],
    )


def _value(db: Database, s: Stamped[Any]) -> None:
    r = s.record
    db.execute(
        "INSERT INTO plan_values (id, name, description, pile, rank, why, own_card,"
        " created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.name, r.description, r.pile.value, r.rank, r.why, int(r.own_card), *_stamps(s)),
    )


def _goal(db: Database, s: Stamped[Any]) -> None:
    r = s.record
    db.execute(
        "INSERT INTO goals (id, title, specific, measurable, achievable, relevant,"
        " time_bound, target_date, status, progress, created_at, updated_at,"
        " archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r.id,
            r.title,
            r.specific,
            r.measurable,
            r.achievable,
            r.relevant,
            r.time_bound,
            None if r.target_date is None else r.target_date.isoformat(),
            r.status.value,
            r.progress,
            *_stamps(s),
        ),
    )
    db.executemany(
        "INSERT INTO goal_steps (goal_id, position, text, done, done_on) VALUES (?, ?, ?, ?, ?)",
        [
            (r.id, i, st.text, int(st.done), None if st.done_on is None else st.done_on.isoformat())
            for i, st in enumerate(r.steps)
        ],
    )
    _links(db, "goal", r.id, r.value_ids)


def _boundary(db: Database, s: Stamped[Any]) -> None:
    r = s.record
    db.execute(
        "INSERT INTO boundaries (id, statement, context, script, if_crossed, status,"
        " created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (r.id, r.statement, r.context, r.script, r.if_crossed, r.status.value, *_stamps(s)),
    )
    _links(db, "boundary", r.id, r.value_ids)


def _routine(db: Database, s: Stamped[Any]) -> None:
    r = s.record
    started = r.started_on or date.fromisoformat(s.created_at[:10])
    db.execute(
        "INSERT INTO routines (id, name, description, schedule_kind, weekdays,"
        " times_per_week, status, started_on, created_at, updated_at, archived_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            r.id,
            r.name,
            r.description,
            r.schedule.kind.value,
            r.schedule.to_bits(),
            r.schedule.times_per_week,
            r.status.value,
            started.isoformat(),
            *_stamps(s),
        ),
    )
    _links(db, "routine", r.id, r.value_ids)


def _journal_entry(db: Database, a: Archivable[Any]) -> None:
    entry = a.record
    db.execute(
        "INSERT INTO journal_entries (id, title, body, mood, tags, created_at,"
        " edited_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            entry.id,
            entry.title,
            entry.body,
            entry.mood,
            "\n".join(entry.tags),
            iso(entry.created_at),
            iso(entry.edited_at),
            a.archived_at,
        ),
    )
    db.executemany(
        "INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)",
        [(entry.id, tag) for tag in entry.tags],
    )


def _progress(db: Database, contents: Contents) -> None:
    db.executemany(
        "INSERT INTO boundary_events (id, boundary_id, on_date, outcome, note, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        contents.boundary_events,
    )
    db.executemany(
        "INSERT INTO check_ins (routine_id, on_date, status, note) VALUES (?, ?, ?, ?)",
        contents.check_ins,
    )
    db.executemany(
        "INSERT INTO routine_pauses (routine_id, start, end) VALUES (?, ?, ?)", contents.pauses
    )
    db.executemany(
        "INSERT INTO mood_checkins (on_date, mood, note, at) VALUES (?, ?, ?, ?)", contents.moods
    )
    db.executemany(
        "INSERT INTO who5 (on_date, answers, at) VALUES (?, ?, ?)",
        [(r.on, "".join(map(str, r.answers)), r.at) for r in contents.who5],
    )
    plan = contents.safety_plan
    if plan == SafetyPlan():
        return
    db.execute(
        "INSERT INTO safety_plan (id, kept_where, shared_with, last_reviewed) VALUES (1, ?, ?, ?)",
        (
            plan.kept_where,
            plan.shared_with,
            None if plan.last_reviewed is None else plan.last_reviewed.isoformat(),
        ),
    )
    db.executemany(
        "INSERT INTO safety_items (step, position, text, reach, coded_label,"
        " likelihood, obstacles) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (step.value, position, it.text, it.reach, it.coded_label, it.likelihood, it.obstacles)
            for step, section in plan.items.items()
            for position, it in enumerate(section)
        ],
    )
    db.executemany(
        "INSERT INTO safety_prompts (step, text) VALUES (?, ?)",
        [(step.value, text) for step, text in plan.prompts.items()],
    )


def _history(db: Database, contents: Contents) -> None:
    db.executemany(
        "INSERT INTO reviews (id, at, period_start, period_end, what_helped,"
        " what_got_in_the_way, what_to_change) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                review.id,
                None if review.at is None else iso(review.at),  # checked: never None
                review.period_start.isoformat(),
                review.period_end.isoformat(),
                review.what_helped,
                review.what_got_in_the_way,
                review.what_to_change,
            )
            for review in contents.reviews
        ],
    )
    db.executemany(
        "INSERT INTO revisions (id, at, kind, entity_id, action, before, after, note,"
        " origin, review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                revision.id,
                iso(revision.at),
                revision.kind.value,
                revision.entity_id,
                revision.action.value,
                _snapshot(revision.before),
                _snapshot(revision.after),
                revision.note,
                revision.origin,
                revision.review_id,
            )
            for revision in contents.revisions
        ],
    )
    db.executemany(
        "INSERT INTO forgotten (id, at, before, kind) VALUES (?, ?, ?, ?)", contents.forgotten
    )


def _snapshot(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
