"""The open JSON export of a whole vault: the document, written and parsed.

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

This module knows the document and nothing of where its records come from: a vault
reads itself into :class:`Contents` (``vault/whole.py``), :func:`to_document` turns that
into the document, and :func:`wellbeing.formats.export_reading.read_contents` turns a
parsed document back into checked :class:`Contents` for the vault to write.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, NamedTuple, TypeVar

from ..domain.boundaries import Boundary
from ..domain.errors import Message
from ..domain.goals import Goal
from ..domain.journal import JournalEntry
from ..domain.review import Review
from ..domain.revisions import Revision
from ..domain.routines import Routine
from ..domain.safety_plan import SafetyPlan
from ..domain.snapshot import to_dict
from ..domain.values import Value
from .export_checks import ExportFormatError, shown

FORMAT = "wellbeing-export"
VERSION = 1

NOT_ENCRYPTED = "This file is not encrypted: anyone who can open it can read it."

#: The sections of a version-1 export, in file order.
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

#: The plan's record lists, each with its domain type, in the order they are read.
PLAN: tuple[tuple[str, type], ...] = (
    ("values", Value),
    ("goals", Goal),
    ("boundaries", Boundary),
    ("routines", Routine),
)
#: The times a plan record carries besides its own fields.
STAMPS = ("created_at", "updated_at", "archived_at")

T = TypeVar("T")


class Stamped(NamedTuple, Generic[T]):
    """A plan record with the times the vault keeps beside it (stored UTC text)."""

    record: T
    created_at: str
    updated_at: str
    archived_at: str | None


class Archivable(NamedTuple, Generic[T]):
    """A record and when it was archived (stored UTC text), or None."""

    record: T
    archived_at: str | None


# The records kept as rows: field names as in the document, dates and times as text.


class BoundaryEventRow(NamedTuple):
    id: int
    boundary_id: int
    on: str
    outcome: str
    note: str
    created_at: str


class CheckInRow(NamedTuple):
    routine_id: int
    on: str
    status: str
    note: str


class PauseRow(NamedTuple):
    routine_id: int
    start: str
    end: str | None


class MoodRow(NamedTuple):
    on: str
    mood: int
    note: str
    at: str


class Who5Row(NamedTuple):
    on: str
    answers: Sequence[int]
    at: str


class ForgottenRow(NamedTuple):
    id: int
    at: str
    before: str | None
    kind: str


@dataclass
class Contents:
    """Everything a vault holds, as the export carries it; lists in file order."""

    values: list[Stamped[Value]] = field(default_factory=list)
    goals: list[Stamped[Goal]] = field(default_factory=list)
    boundaries: list[Stamped[Boundary]] = field(default_factory=list)
    boundary_events: list[BoundaryEventRow] = field(default_factory=list)
    routines: list[Stamped[Routine]] = field(default_factory=list)
    check_ins: list[CheckInRow] = field(default_factory=list)
    pauses: list[PauseRow] = field(default_factory=list)
    journal: list[Archivable[JournalEntry]] = field(default_factory=list)
    moods: list[MoodRow] = field(default_factory=list)
    safety_plan: SafetyPlan = field(default_factory=SafetyPlan)
    revisions: list[Revision] = field(default_factory=list)
    reviews: list[Review] = field(default_factory=list)
    who5: list[Who5Row] = field(default_factory=list)
    forgotten: list[ForgottenRow] = field(default_factory=list)


# Writing


def to_document(contents: Contents, exported_at: str) -> dict[str, Any]:
    """The export document of ``contents`` (JSON-ready; see the module docstring).

    The plan comes first, then the rest as in ``KEYS``: the order exports have always
    had, so their bytes do not change.
    """
    out: dict[str, Any] = {"format": FORMAT, "version": VERSION, "exported_at": exported_at}
    for key, _cls in PLAN:
        stamped: list[Stamped[Any]] = getattr(contents, key)
        out[key] = [
            {
                **to_dict(s.record),
                "created_at": s.created_at,
                "updated_at": s.updated_at,
                "archived_at": s.archived_at,
            }
            for s in stamped
        ]
    out["boundary_events"] = [r._asdict() for r in contents.boundary_events]
    out["check_ins"] = [r._asdict() for r in contents.check_ins]
    out["pauses"] = [r._asdict() for r in contents.pauses]
    out["journal"] = [{**to_dict(a.record), "archived_at": a.archived_at} for a in contents.journal]
    out["moods"] = [r._asdict() for r in contents.moods]
    out["safety_plan"] = to_dict(contents.safety_plan)
    out["revisions"] = [to_dict(r) for r in contents.revisions]
    out["reviews"] = [to_dict(r) for r in contents.reviews]
    out["who5"] = [{"on": r.on, "answers": list(r.answers), "at": r.at} for r in contents.who5]
    out["forgotten"] = [r._asdict() for r in contents.forgotten]
    return out


def dumps(export: dict[str, Any]) -> bytes:
    """The file's bytes: indented UTF-8 JSON, not ASCII-escaped, ending in a newline."""
    return (json.dumps(export, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


# Reading


def parse_export(data: bytes | str) -> dict[str, Any]:
    """Parse and check the header; raises ExportFormatError (nothing read further)."""
    try:
        text = data.decode("utf-8-sig") if isinstance(data, bytes) else data
        doc = json.loads(text)
    except UnicodeDecodeError:
        raise ExportFormatError("", "The file is not UTF-8 text.") from None
    except json.JSONDecodeError as err:
        raise ExportFormatError(
            Message("line {lineno}, column {colno}", lineno=err.lineno, colno=err.colno),
            Message("this is not valid JSON ({msg}).", msg=err.msg),
        ) from None
    except RecursionError:
        raise ExportFormatError("", "This JSON is nested too deeply to read.") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExportFormatError(
            "", Message("This is not a Wellbeing export (no format {FORMAT}).", FORMAT=repr(FORMAT))
        )
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ExportFormatError("version", "the version must be a whole number from 1.")
    if version > VERSION:
        # A huge number from a damaged file is not repeated back in full.
        newer = (
            Message(
                "This export is version {version}, made by a newer Wellbeing; this one reads "
                "up to version {newest}. Please update the app.",
                version=version,
                newest=VERSION,
            )
            if version < 10_000
            else Message(
                "This export was made by a newer Wellbeing; this one reads up to version "
                "{newest}. Please update the app.",
                newest=VERSION,
            )
        )
        raise ExportFormatError("", newer)
    unknown = sorted(set(doc) - {"format", "version", "exported_at", *KEYS})
    if unknown:
        raise ExportFormatError(
            "", Message("unknown section {section}.", section=shown(unknown[0]))
        )
    return doc


def export_keys() -> tuple[str, ...]:
    """The sections of a version-1 export, in file order."""
    return KEYS


__all__ = [
    "FORMAT",
    "KEYS",
    "NOT_ENCRYPTED",
    "PLAN",
    "STAMPS",
    "VERSION",
    "Archivable",
    "BoundaryEventRow",
    "CheckInRow",
    "Contents",
    "ExportFormatError",
    "ForgottenRow",
    "MoodRow",
    "PauseRow",
    "Stamped",
    "Who5Row",
    "dumps",
    "export_keys",
    "parse_export",
    "to_document",
]
