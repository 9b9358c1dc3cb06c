"""The open JSON export of a whole vault, and reading it back into an empty vault.

The file is UTF-8 JSON, one object (see also ``docs/export-format.md``)::

    {
      "format": "wellbeing-export",        # always this name
      "version": 1,                         # newer versions are refused, never guessed at
      "exported_at": "2026-03-02T09:00:00+00:00",
      "values":          [Value + created_at, updated_at, archived_at],
      "goals":           [Goal (steps, value_ids) + created_at, updated_at, archived_at],
      "boundaries":      [Boundary (value_ids) + created_at, updated_at, archived_at],
      "boundary_events": [{id, boundary_id, on, outcome, note, created_at}],
      "routines":        [Routine (schedule, value_ids) + created_at, updated_at, archived_at],
      "check_ins":       [{routine_id, on, status, note}],
      "pauses":          [{routine_id, start, end}],
      "journal":         [JournalEntry (id, title, body, created_at, edited_at, mood, tags)
                          + archived_at],
      "moods":           [{on, mood, note, at}],
      "safety_plan":     {items: {step: [SafetyItem]}, kept_where, shared_with,
                          last_reviewed, prompts: {step: text}},
      "revisions":       [Revision (id, at, kind, entity_id, action, before, after, note,
                          origin, review_id)],
      "reviews":         [Review (id, at, period_start, period_end, what_helped,
                          what_got_in_the_way, what_to_change)],
      "who5":            [{on, answers: [5 numbers 0-5], at}],
      "forgotten":       [{id, at, before, kind}]
    }

Every record keeps its id, so links (a goal's values, a boundary's events, a revision's
review) survive the trip. Records use the field names of the domain dataclasses
(:func:`wellbeing.domain.snapshot.to_dict`): enums as their values, dates ``YYYY-MM-DD``,
times ISO-8601 with their offset (UTC). Archived records are included, with
``archived_at`` set. Lists are in id (or date) order, so exporting the same vault twice
gives the same bytes apart from ``exported_at``.

Reading back (:func:`import_export`) goes only into an empty vault, checks every record
with the domain's own validation before writing anything, and writes everything in one
transaction: all of it, or nothing. Errors say where (``goals[3].steps``) and why, never
what the person wrote.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.boundaries import Boundary, BoundaryEvent
from ..domain.errors import ValidationError, WellbeingError
from ..domain.goals import Goal
from ..domain.journal import JournalEntry, check_mood
from ..domain.review import Review, Who5CheckIn
from ..domain.revisions import Revision
from ..domain.routines import CheckIn, Pause, Routine
from ..domain.safety_plan import SafetyPlan
from ..domain.snapshot import from_dict, to_dict
from ..domain.text import check_length
from ..domain.values import Value
from ..files import write_atomic
from .db import IntegrityError
from .repos.base import iso
from .repos.revisions import row_to_revision

if TYPE_CHECKING:
    from .db import Database
    from .vault import Vault

FORMAT = "wellbeing-export"
VERSION = 1

NOT_ENCRYPTED = "This file is not encrypted: anyone who can open it can read it."

#: Plan record lists: key, domain type, table, value-link kind (None: no links).
_PLAN: list[tuple[str, type, str]] = [
    ("values", Value, "plan_values"),
    ("goals", Goal, "goals"),
    ("boundaries", Boundary, "boundaries"),
    ("routines", Routine, "routines"),
]
_STAMPS = ("created_at", "updated_at", "archived_at")

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

KEYS = (
    "values",
    "goals",
    "boundaries",
    "boundary_events",
    "routines",
    "check_ins",
    "pauses",
    "journal",
    "moods",
    "safety_plan",
    "revisions",
    "reviews",
    "who5",
    "forgotten",
)


class ExportFormatError(ValidationError):
    """A JSON export that cannot be read back; says where and why. Nothing was imported."""

    def __init__(self, where: str, reason: str) -> None:
        place = f"In {where}: " if where else ""
        super().__init__(f"{place}{reason} Nothing was imported.")
        self.where = where
        self.reason = reason


# Writing


def build_export(vault: Vault) -> dict[str, Any]:
    """Everything in the vault as one JSON-ready dict (see the module docstring)."""
    db = vault.db
    out: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": vault.now().isoformat(),
    }
    repos = {
        "values": vault.values,
        "goals": vault.goals,
        "boundaries": vault.boundaries,
        "routines": vault.routines,
    }
    for key, _cls, table in _PLAN:
        records = []
        for row in db.all(f"SELECT id, {', '.join(_STAMPS)} FROM {table} ORDER BY id"):
            record = to_dict(repos[key].get(row["id"]))
            record.update({name: row[name] for name in _STAMPS})
            records.append(record)
        out[key] = records
    out["boundary_events"] = [
        {
            "id": r["id"],
            "boundary_id": r["boundary_id"],
            "on": r["on_date"],
            "outcome": r["outcome"],
            "note": r["note"],
            "created_at": r["created_at"],
        }
        for r in db.all("SELECT * FROM boundary_events ORDER BY id")
    ]
    out["check_ins"] = [
        {
            "routine_id": r["routine_id"],
            "on": r["on_date"],
            "status": r["status"],
            "note": r["note"],
        }
        for r in db.all("SELECT * FROM check_ins ORDER BY routine_id, on_date")
    ]
    out["pauses"] = [
        {"routine_id": r["routine_id"], "start": r["start"], "end": r["end"]}
        for r in db.all("SELECT * FROM routine_pauses ORDER BY routine_id, start")
    ]
    journal = []
    for r in db.all("SELECT id, archived_at FROM journal_entries ORDER BY id"):
        entry = _journal_row(db, r["id"])
        journal.append({**to_dict(entry), "archived_at": r["archived_at"]})
    out["journal"] = journal
    out["moods"] = [
        {"on": r["on_date"], "mood": r["mood"], "note": r["note"], "at": r["at"]}
        for r in db.all("SELECT * FROM mood_checkins ORDER BY on_date")
    ]
    out["safety_plan"] = to_dict(vault.safety_plan.get())
    out["revisions"] = [
        to_dict(row_to_revision(r)) for r in db.all("SELECT * FROM revisions ORDER BY id")
    ]
    out["reviews"] = [
        to_dict(vault.reviews.get(r["id"])) for r in db.all("SELECT id FROM reviews ORDER BY id")
    ]
    out["who5"] = [
        {"on": r["on_date"], "answers": [int(ch) for ch in r["answers"]], "at": r["at"]}
        for r in db.all("SELECT * FROM who5 ORDER BY on_date")
    ]
    out["forgotten"] = [
        {"id": r["id"], "at": r["at"], "before": r["before"], "kind": r["kind"]}
        for r in db.all("SELECT * FROM forgotten ORDER BY id")
    ]
    return out


def _journal_row(db: Database, entry_id: int) -> JournalEntry:
    r = db.one("SELECT * FROM journal_entries WHERE id = ?", (entry_id,))
    return JournalEntry(
        id=r["id"],
        title=r["title"],
        body=r["body"],
        mood=r["mood"],
        tags=tuple(t for t in r["tags"].split("\n") if t),
        created_at=datetime.fromisoformat(r["created_at"]),
        edited_at=datetime.fromisoformat(r["edited_at"]),
    )


def dumps(export: dict[str, Any]) -> bytes:
    return (json.dumps(export, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def write_json_export(vault: Vault, out: Path) -> None:
    """Write the export to ``out`` atomically, readable by this user only (0600)."""
    write_atomic(Path(out), dumps(build_export(vault)))


# Reading


@dataclass(frozen=True)
class ImportCounts:
    values: int
    goals: int
    boundaries: int
    routines: int
    journal: int
    revisions: int
    reviews: int

    def describe(self) -> str:
        parts = [f"{getattr(self, f.name)} {f.name}" for f in fields(self)]
        return "Imported " + ", ".join(parts) + "."


@contextmanager
def _at(where: str) -> Iterator[None]:
    """Turn any failure to read a record into an ExportFormatError naming the place."""
    try:
        yield
    except ExportFormatError:
        raise
    except WellbeingError as err:
        raise ExportFormatError(where, str(err)) from None
    except (TypeError, ValueError, KeyError, AttributeError, OverflowError, RecursionError):
        raise ExportFormatError(
            where, "a field is missing, misspelt or holds the wrong kind of value."
        ) from None


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ExportFormatError(where, "expected a JSON object here.")
    return value


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise ExportFormatError(key, "expected a list here.")
    return value


def _once(seen: set[Any], key: Any, where: str, same: str) -> None:
    """The database keeps one record per ``key``: a second one is refused before writing."""
    if key in seen:
        raise ExportFormatError(where, f"a second record for the same {same}.")
    seen.add(key)


def _shown(name: str) -> str:
    """A field name from the file, quoted and kept short (it may be anything at all)."""
    return repr(name if len(name) <= 40 else name[:40] + "…")


def _fields(record: dict[str, Any], allowed: set[str], where: str) -> None:
    unknown = sorted(set(record) - allowed)
    if unknown:
        raise ExportFormatError(where, f"unknown field {_shown(unknown[0])}.")
    missing = sorted(allowed - set(record))
    if missing:
        raise ExportFormatError(where, f"the field {missing[0]!r} is missing.")


_OUT_OF_RANGE = "this time is outside the years the vault can hold (1 to 9999)."


def _time(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ExportFormatError(where, "expected an ISO-8601 date and time.")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ExportFormatError(where, "this is not an ISO-8601 date and time.") from None
    if moment.tzinfo is None:
        raise ExportFormatError(where, "this time has no time zone.")
    try:
        return iso(moment)
    except OverflowError:  # 0001-01-01T00:00+14:00 is before the first UTC day
        raise ExportFormatError(where, _OUT_OF_RANGE) from None


def _day(value: Any, where: str, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str):
        raise ExportFormatError(where, "expected a date (YYYY-MM-DD).")
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ExportFormatError(where, "this is not a date (YYYY-MM-DD).") from None


#: SQLite keeps whole numbers in 64 bits; JSON allows any size.
_INT_RANGE = range(-(2**63), 2**63)


def _int(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ExportFormatError(where, "expected a whole number.")
    if value not in _INT_RANGE:
        raise ExportFormatError(where, "this number is too large.")
    return value


def _check_types(value: Any, hint: Any, where: str) -> None:
    """``value`` has the type its field declares, all the way down.

    The domain checks what a person can get wrong; a file can hold anything, and the
    database would refuse a null where it keeps text, or store 2.5 where it keeps whole
    numbers, halfway through the import.
    """
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is not None:
            inner = [a for a in args if a is not type(None)]
            _check_types(value, inner[0] if len(inner) == 1 else Any, where)
    elif hint is str:
        if not isinstance(value, str):
            raise ExportFormatError(where, "expected text.")
        with _at(where):
            check_length(value)  # a lone surrogate cannot be stored
    elif hint is bool:
        if not isinstance(value, bool):
            raise ExportFormatError(where, "expected true or false.")
    elif hint is int:
        _int(value, where)
    elif origin in (tuple, frozenset):
        if not isinstance(value, origin):
            raise ExportFormatError(where, "expected a list.")
        same = len(args) == 2 and args[1] is Ellipsis
        for i, item in enumerate(value):
            _check_types(item, args[0] if same or origin is frozenset else args[i], f"{where}[{i}]")
    elif origin is dict and args and args[1] is not Any:
        for key, item in value.items():
            _check_types(item, args[1], f"{where}.{getattr(key, 'value', key)}")
    elif hint is datetime and isinstance(value, datetime):
        _time(value.isoformat(), where)  # kept in UTC: it must fit there
    elif isinstance(hint, type) and not isinstance(value, hint):  # dates, choices, records
        raise ExportFormatError(where, "a field is missing or holds the wrong kind of value.")
    elif is_dataclass(hint):
        hints = typing.get_type_hints(hint)
        for f in fields(hint):
            _check_types(getattr(value, f.name), hints[f.name], f"{where}.{f.name}")


def _domain(cls: type, record: dict[str, Any], where: str, extra: set[str]) -> Any:
    names = {f.name for f in fields(cls)}
    _fields(record, names | extra, where)
    with _at(where):
        made = from_dict(cls, {k: v for k, v in record.items() if k in names})
    _check_types(made, cls, where)
    return made


def parse_export(data: bytes | str) -> dict[str, Any]:
    """Parse and check the header; raises ExportFormatError (nothing read further)."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        doc = json.loads(text)
    except UnicodeDecodeError:
        raise ExportFormatError("", "The file is not UTF-8 text.") from None
    except json.JSONDecodeError as err:
        raise ExportFormatError(
            f"line {err.lineno}, column {err.colno}", f"this is not valid JSON ({err.msg})."
        ) from None
    except RecursionError:
        raise ExportFormatError("", "This JSON is nested too deeply to read.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExportFormatError("", f"This is not a Wellbeing export (no format {FORMAT!r}).")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExportFormatError("version", "the version must be a whole number from 1.")
    if version > VERSION:
        raise ExportFormatError(
            "",
            # A huge number from a damaged file is not repeated back in full.
            (
                f"This export is version {version}, made"
                if version < 10_000
                else "This export was made"
            )
            + f" by a newer Wellbeing; this one reads up to version {VERSION}. "
            "Please update the app.",
        )
    unknown = sorted(set(doc) - {"format", "version", "exported_at", *KEYS})
    if unknown:
        raise ExportFormatError("", f"unknown section {_shown(unknown[0])}.")
    return doc


def is_empty(vault: Vault) -> bool:
    """True when the vault holds no personal data at all (a new vault)."""
    db = vault.db
    return all(db.one(f"SELECT 1 FROM {table} LIMIT 1") is None for table in DATA_TABLES)


def import_export(vault: Vault, data: bytes | str) -> ImportCounts:
    """Read a JSON export into ``vault``, which must be empty. All of it, or nothing."""
    doc = parse_export(data)
    if not is_empty(vault):
        raise ValidationError(
            "This vault already holds entries or a plan, so the export was not imported: "
            "an export can only be read into a new, empty vault. Nothing was changed."
        )
    writes: list[Callable[[Database], None]] = []
    counts = _plan(doc, writes)
    counts["journal"] = _journal(doc, writes)
    _progress(doc, writes, counts["_ids"])
    counts["reviews"], counts["revisions"] = _history(doc, writes)
    try:
        with vault.transaction() as db:
            for write in writes:
                write(db)
    except (IntegrityError, OverflowError, UnicodeEncodeError):  # checked above; never half
        raise ExportFormatError(
            "", "Two of its records clash, or one holds a value the vault cannot store."
        ) from None
    return ImportCounts(
        values=len(counts["_ids"]["values"]),
        goals=len(counts["_ids"]["goals"]),
        boundaries=len(counts["_ids"]["boundaries"]),
        routines=len(counts["_ids"]["routines"]),
        journal=counts["journal"],
        revisions=counts["revisions"],
        reviews=counts["reviews"],
    )


def _stamps(record: dict[str, Any], where: str) -> tuple[str | None, ...]:
    return (
        _time(record["created_at"], f"{where}.created_at"),
        _time(record["updated_at"], f"{where}.updated_at"),
        _time(record["archived_at"], f"{where}.archived_at", optional=True),
    )


def _plan(doc: dict[str, Any], writes: list[Callable[[Database], None]]) -> dict[str, Any]:
    ids: dict[str, set[int]] = {}
    for key, cls, _table in _PLAN:
        ids[key] = set()
        for i, raw in enumerate(_list(doc, key)):
            where = f"{key}[{i}]"
            record = _domain(cls, _obj(raw, where), where, set(_STAMPS))
            stamps = _stamps(raw, where)
            record_id = _int(record.id, f"{where}.id")
            if record_id in ids[key]:
                raise ExportFormatError(f"{where}.id", "this id is used twice.")
            ids[key].add(record_id)
            for value_id in getattr(record, "value_ids", ()):
                if value_id not in ids["values"]:
                    raise ExportFormatError(f"{where}.value_ids", "links to a value not exported.")
            writes.append(_plan_writer(key, record, stamps))
    return {"_ids": ids}


def _links(db: Database, kind: str, owner: int, value_ids: tuple[int, ...]) -> None:
    db.executemany(
        "INSERT INTO value_links (kind, owner_id, value_id, position) VALUES (?, ?, ?, ?)",
        [(kind, owner, v, i) for i, v in enumerate(dict.fromkeys(value_ids))],
    )


def _plan_writer(key: str, r: Any, stamps: tuple[str | None, ...]) -> Callable[[Database], None]:
    def write(db: Database) -> None:
        if key == "values":
            db.execute(
                "INSERT INTO plan_values (id, name, description, pile, rank, why, own_card,"
                " created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    r.id,
                    r.name,
                    r.description,
                    r.pile.value,
                    r.rank,
                    r.why,
                    int(r.own_card),
                    *stamps,
                ),
            )
        elif key == "goals":
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
                    *stamps,
                ),
            )
            db.executemany(
                "INSERT INTO goal_steps (goal_id, position, text, done, done_on)"
                " VALUES (?, ?, ?, ?, ?)",
                [
                    (
                        r.id,
                        i,
                        s.text,
                        int(s.done),
                        None if s.done_on is None else s.done_on.isoformat(),
                    )
                    for i, s in enumerate(r.steps)
                ],
            )
            _links(db, "goal", r.id, r.value_ids)
        elif key == "boundaries":
            db.execute(
                "INSERT INTO boundaries (id, statement, context, script, if_crossed, status,"
                " created_at, updated_at, archived_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (r.id, r.statement, r.context, r.script, r.if_crossed, r.status.value, *stamps),
            )
            _links(db, "boundary", r.id, r.value_ids)
        else:
            started = r.started_on or date.fromisoformat(str(stamps[0])[:10])
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
                    *stamps,
                ),
            )
            _links(db, "routine", r.id, r.value_ids)

    return write


def _journal(doc: dict[str, Any], writes: list[Callable[[Database], None]]) -> int:
    seen: set[int] = set()
    rows = []
    for i, raw in enumerate(_list(doc, "journal")):
        where = f"journal[{i}]"
        entry = _domain(JournalEntry, _obj(raw, where), where, {"archived_at"})
        entry_id = _int(entry.id, f"{where}.id")
        if entry_id in seen:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        seen.add(entry_id)
        archived = _time(raw["archived_at"], f"{where}.archived_at", optional=True)
        rows.append((entry, archived))

    def write(db: Database) -> None:
        for entry, archived in rows:
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
                    archived,
                ),
            )
            db.executemany(
                "INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)",
                [(entry.id, tag) for tag in entry.tags],
            )

    writes.append(write)
    return len(rows)


def _progress(
    doc: dict[str, Any], writes: list[Callable[[Database], None]], ids: dict[str, set[int]]
) -> None:
    rows: list[tuple[str, tuple[Any, ...]]] = []
    event_ids: set[int] = set()
    seen: set[tuple[Any, ...]] = set()
    for i, raw in enumerate(_list(doc, "boundary_events")):
        where = f"boundary_events[{i}]"
        event = _domain(BoundaryEvent, _obj(raw, where), where, {"created_at"})
        _int(event.id, f"{where}.id")
        if event.id in event_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        event_ids.add(event.id)
        if event.boundary_id not in ids["boundaries"]:
            raise ExportFormatError(f"{where}.boundary_id", "no exported boundary has this id.")
        rows.append(
            (
                "INSERT INTO boundary_events (id, boundary_id, on_date, outcome, note, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event.id,
                    event.boundary_id,
                    event.on.isoformat(),
                    event.outcome.value,
                    event.note,
                    _time(raw["created_at"], f"{where}.created_at"),
                ),
            )
        )
    for i, raw in enumerate(_list(doc, "check_ins")):
        where = f"check_ins[{i}]"
        check = _domain(CheckIn, _obj(raw, where), where, set())
        if check.routine_id not in ids["routines"]:
            raise ExportFormatError(f"{where}.routine_id", "no exported routine has this id.")
        _once(seen, ("check_in", check.routine_id, check.on), where, "routine and day")
        rows.append(
            (
                "INSERT INTO check_ins (routine_id, on_date, status, note) VALUES (?, ?, ?, ?)",
                (check.routine_id, check.on.isoformat(), check.status.value, check.note),
            )
        )
    for i, raw in enumerate(_list(doc, "pauses")):
        where = f"pauses[{i}]"
        record = _obj(raw, where)
        _fields(record, {"routine_id", "start", "end"}, where)
        pause = _domain(Pause, {k: v for k, v in record.items() if k != "routine_id"}, where, set())
        if _int(record["routine_id"], f"{where}.routine_id") not in ids["routines"]:
            raise ExportFormatError(f"{where}.routine_id", "no exported routine has this id.")
        _once(seen, ("pause", record["routine_id"], pause.start), where, "routine and start")
        rows.append(
            (
                "INSERT INTO routine_pauses (routine_id, start, end) VALUES (?, ?, ?)",
                (
                    record["routine_id"],
                    pause.start.isoformat(),
                    None if pause.end is None else pause.end.isoformat(),
                ),
            )
        )
    for i, raw in enumerate(_list(doc, "moods")):
        where = f"moods[{i}]"
        record = _obj(raw, where)
        _fields(record, {"on", "mood", "note", "at"}, where)
        with _at(where):
            check_mood(record["mood"])
            check_length(record["note"], 2000)
        if record["mood"] is None:
            raise ExportFormatError(f"{where}.mood", "a mood check-in needs a mood from 1 to 5.")
        _once(seen, ("mood", _day(record["on"], f"{where}.on")), where, "day")
        rows.append(
            (
                "INSERT INTO mood_checkins (on_date, mood, note, at) VALUES (?, ?, ?, ?)",
                (
                    _day(record["on"], f"{where}.on"),
                    record["mood"],
                    record["note"],
                    _time(record["at"], f"{where}.at"),
                ),
            )
        )
    for i, raw in enumerate(_list(doc, "who5")):
        where = f"who5[{i}]"
        record = _obj(raw, where)
        _fields(record, {"on", "answers", "at"}, where)
        check = _domain(
            Who5CheckIn, {"on": record["on"], "answers": record["answers"]}, where, set()
        )
        _once(seen, ("who5", check.on), where, "day")
        rows.append(
            (
                "INSERT INTO who5 (on_date, answers, at) VALUES (?, ?, ?)",
                (
                    check.on.isoformat(),
                    "".join(map(str, check.answers)),
                    _time(record["at"], f"{where}.at"),
                ),
            )
        )
    plan_raw = doc.get("safety_plan", {})
    plan = (
        _domain(SafetyPlan, _obj(plan_raw, "safety_plan"), "safety_plan", set())
        if plan_raw
        else SafetyPlan()
    )
    if plan != SafetyPlan():
        rows.append(
            (
                "INSERT INTO safety_plan (id, kept_where, shared_with, last_reviewed)"
                " VALUES (1, ?, ?, ?)",
                (
                    plan.kept_where,
                    plan.shared_with,
                    None if plan.last_reviewed is None else plan.last_reviewed.isoformat(),
                ),
            )
        )
        for step, section in plan.items.items():
            for position, it in enumerate(section):
                rows.append(
                    (
                        "INSERT INTO safety_items (step, position, text, reach, coded_label,"
                        " likelihood, obstacles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (
                            step.value,
                            position,
                            it.text,
                            it.reach,
                            it.coded_label,
                            it.likelihood,
                            it.obstacles,
                        ),
                    )
                )
        for step, text in plan.prompts.items():
            rows.append(
                ("INSERT INTO safety_prompts (step, text) VALUES (?, ?)", (step.value, text))
            )

    def write(db: Database) -> None:
        for sql, params in rows:
            db.execute(sql, params)

    writes.append(write)


def _history(doc: dict[str, Any], writes: list[Callable[[Database], None]]) -> tuple[int, int]:
    rows: list[tuple[str, tuple[Any, ...]]] = []
    review_ids: set[int] = set()
    for i, raw in enumerate(_list(doc, "reviews")):
        where = f"reviews[{i}]"
        review = _domain(Review, _obj(raw, where), where, set())
        review_id = _int(review.id, f"{where}.id")
        if review_id in review_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        review_ids.add(review_id)
        rows.append(
            (
                "INSERT INTO reviews (id, at, period_start, period_end, what_helped,"
                " what_got_in_the_way, what_to_change) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    review.id,
                    _time(raw["at"], f"{where}.at"),
                    review.period_start.isoformat(),
                    review.period_end.isoformat(),
                    review.what_helped,
                    review.what_got_in_the_way,
                    review.what_to_change,
                ),
            )
        )
    revision_ids: set[int] = set()
    for i, raw in enumerate(_list(doc, "revisions")):
        where = f"revisions[{i}]"
        revision = _domain(Revision, _obj(raw, where), where, set())
        _int(revision.id, f"{where}.id")
        _int(revision.entity_id, f"{where}.entity_id")
        if revision.id in revision_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        revision_ids.add(revision.id)
        if revision.review_id is not None and revision.review_id not in review_ids:
            raise ExportFormatError(f"{where}.review_id", "no exported review has this id.")
        for side in ("before", "after"):
            value = getattr(revision, side)
            if value is not None and not isinstance(value, dict):
                raise ExportFormatError(f"{where}.{side}", "expected a JSON object or null.")
        with _at(where):  # the snapshots must rebuild, or history would break later
            revision.record_before()
            revision.record_after()
        rows.append(
            (
                "INSERT INTO revisions (id, at, kind, entity_id, action, before, after, note,"
                " origin, review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    revision.id,
                    _time(raw["at"], f"{where}.at"),
                    revision.kind.value,
                    revision.entity_id,
                    revision.action.value,
                    _snapshot(revision.before),
                    _snapshot(revision.after),
                    revision.note,
                    revision.origin,
                    revision.review_id,
                ),
            )
        )
        with _at(where):
            check_length(revision.note, 20_000)
            check_length(revision.origin, 200)
    forgotten: set[int] = set()
    for i, raw in enumerate(_list(doc, "forgotten")):
        where = f"forgotten[{i}]"
        record = _obj(raw, where)
        _fields(record, {"id", "at", "before", "kind"}, where)
        if record["kind"] not in ("before", "one"):
            raise ExportFormatError(f"{where}.kind", "expected 'before' or 'one'.")
        before = record["before"]
        if before is not None and not isinstance(before, str):
            raise ExportFormatError(f"{where}.before", "expected text or null.")
        _once(forgotten, _int(record["id"], f"{where}.id"), where, "id")
        rows.append(
            (
                "INSERT INTO forgotten (id, at, before, kind) VALUES (?, ?, ?, ?)",
                (
                    _int(record["id"], f"{where}.id"),
                    _time(record["at"], f"{where}.at"),
                    before,
                    record["kind"],
                ),
            )
        )

    def write(db: Database) -> None:
        for sql, params in rows:
            db.execute(sql, params)

    writes.append(write)
    return len(review_ids), len(revision_ids)


def _snapshot(value: dict[str, Any] | None) -> str | None:
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def export_keys() -> tuple[str, ...]:
    """The sections of a version-1 export, in file order."""
    return KEYS


__all__ = [
    "FORMAT",
    "NOT_ENCRYPTED",
    "VERSION",
    "ExportFormatError",
    "ImportCounts",
    "build_export",
    "dumps",
    "import_export",
    "is_empty",
    "parse_export",
    "write_json_export",
]
