"""Reading a parsed export back into :class:`Contents`, every record checked first.

Each record goes through the domain's own validation and the type checks of
``export_checks``, and every link (a goal's values, a boundary's events, a revision's
review) must point at a record in the same file. Only when the whole file has passed is
anything handed to the vault to write, so an import is all of it or nothing. Errors say
where (``goals[3].steps``) and why, never what the person wrote.
"""

from __future__ import annotations

from typing import Any

from ..domain.boundaries import BoundaryEvent
from ..domain.journal import JournalEntry, check_mood
from ..domain.review import Review, Who5CheckIn
from ..domain.revisions import Revision
from ..domain.routines import CheckIn, Pause
from ..domain.safety_plan import SafetyPlan
from ..domain.text import check_length
from .export_checks import (
    ExportFormatError,
    at,
    day_text,
    exact_fields,
    obj,
    once,
    record_of,
    section,
    time_text,
    whole,
)
from .export_document import (
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


def read_contents(doc: dict[str, Any]) -> Contents:
    """The records of ``doc`` (from :func:`parse_export`), all checked, in file order.

    Raises :class:`ExportFormatError` at the first record that cannot be imported.
    """
    contents = Contents()
    _plan(doc, contents)
    _journal(doc, contents)
    _progress(doc, contents)
    _history(doc, contents)
    return contents


def _plan(doc: dict[str, Any], contents: Contents) -> None:
    value_ids: set[int] = set()
    for key, cls in PLAN:
        ids: set[int] = set()
        records: list[Stamped[Any]] = getattr(contents, key)
        for i, raw in enumerate(section(doc, key)):
            where = f"{key}[{i}]"
            record = record_of(cls, obj(raw, where), where, set(STAMPS))
            created = time_text(raw["created_at"], f"{where}.created_at")
            updated = time_text(raw["updated_at"], f"{where}.updated_at")
            archived = time_text(raw["archived_at"], f"{where}.archived_at", optional=True)
            record_id = whole(record.id, f"{where}.id")
            if record_id in ids:
                raise ExportFormatError(f"{where}.id", "this id is used twice.")
            ids.add(record_id)
            for value_id in getattr(record, "value_ids", ()):
                if value_id not in value_ids:
                    raise ExportFormatError(f"{where}.value_ids", "links to a value not exported.")
            records.append(Stamped(record, str(created), str(updated), archived))
        if key == "values":
            value_ids = ids


def _journal(doc: dict[str, Any], contents: Contents) -> None:
    seen: set[int] = set()
    for i, raw in enumerate(section(doc, "journal")):
        where = f"journal[{i}]"
        entry = record_of(JournalEntry, obj(raw, where), where, {"archived_at"})
        entry_id = whole(entry.id, f"{where}.id")
        if entry_id in seen:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        seen.add(entry_id)
        archived = time_text(raw["archived_at"], f"{where}.archived_at", optional=True)
        contents.journal.append(Archivable(entry, archived))


def _progress(doc: dict[str, Any], contents: Contents) -> None:
    boundary_ids = {s.record.id for s in contents.boundaries}
    routine_ids = {s.record.id for s in contents.routines}
    event_ids: set[int] = set()
    seen: set[tuple[Any, ...]] = set()
    for i, raw in enumerate(section(doc, "boundary_events")):
        where = f"boundary_events[{i}]"
        event = record_of(BoundaryEvent, obj(raw, where), where, {"created_at"})
        whole(event.id, f"{where}.id")
        if event.id in event_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        event_ids.add(event.id)
        if event.boundary_id not in boundary_ids:
            raise ExportFormatError(f"{where}.boundary_id", "no exported boundary has this id.")
        contents.boundary_events.append(
            BoundaryEventRow(
                event.id,
                event.boundary_id,
                event.on.isoformat(),
                event.outcome.value,
                event.note,
                str(time_text(raw["created_at"], f"{where}.created_at")),
            )
        )
    for i, raw in enumerate(section(doc, "check_ins")):
        where = f"check_ins[{i}]"
        check = record_of(CheckIn, obj(raw, where), where, set())
        if check.routine_id not in routine_ids:
            raise ExportFormatError(f"{where}.routine_id", "no exported routine has this id.")
        once(seen, ("check_in", check.routine_id, check.on), where, "routine and day")
        contents.check_ins.append(
            CheckInRow(check.routine_id, check.on.isoformat(), check.status.value, check.note)
        )
    for i, raw in enumerate(section(doc, "pauses")):
        where = f"pauses[{i}]"
        record = obj(raw, where)
        exact_fields(record, {"routine_id", "start", "end"}, where)
        pause = record_of(
            Pause, {k: v for k, v in record.items() if k != "routine_id"}, where, set()
        )
        if whole(record["routine_id"], f"{where}.routine_id") not in routine_ids:
            raise ExportFormatError(f"{where}.routine_id", "no exported routine has this id.")
        once(seen, ("pause", record["routine_id"], pause.start), where, "routine and start")
        contents.pauses.append(
            PauseRow(
                record["routine_id"],
                pause.start.isoformat(),
                None if pause.end is None else pause.end.isoformat(),
            )
        )
    for i, raw in enumerate(section(doc, "moods")):
        where = f"moods[{i}]"
        record = obj(raw, where)
        exact_fields(record, {"on", "mood", "note", "at"}, where)
        with at(where):
            check_mood(record["mood"])
            check_length(record["note"], 2000)
        if record["mood"] is None:
            raise ExportFormatError(f"{where}.mood", "a mood check-in needs a mood from 1 to 5.")
        on = str(day_text(record["on"], f"{where}.on"))
        once(seen, ("mood", on), where, "day")
        contents.moods.append(
            MoodRow(on, record["mood"], record["note"], str(time_text(record["at"], f"{where}.at")))
        )
    for i, raw in enumerate(section(doc, "who5")):
        where = f"who5[{i}]"
        record = obj(raw, where)
        exact_fields(record, {"on", "answers", "at"}, where)
        check = record_of(
            Who5CheckIn, {"on": record["on"], "answers": record["answers"]}, where, set()
        )
        once(seen, ("who5", check.on), where, "day")
        contents.who5.append(
            Who5Row(
                check.on.isoformat(), check.answers, str(time_text(record["at"], f"{where}.at"))
            )
        )
    plan_raw = doc.get("safety_plan", {})
    if plan_raw:
        contents.safety_plan = record_of(
            SafetyPlan, obj(plan_raw, "safety_plan"), "safety_plan", set()
        )


def _history(doc: dict[str, Any], contents: Contents) -> None:
    review_ids: set[int] = set()
    for i, raw in enumerate(section(doc, "reviews")):
        where = f"reviews[{i}]"
        review = record_of(Review, obj(raw, where), where, set())
        review_id = whole(review.id, f"{where}.id")
        if review_id in review_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        review_ids.add(review_id)
        time_text(raw["at"], f"{where}.at")  # a review in the vault has its time
        contents.reviews.append(review)
    revision_ids: set[int] = set()
    for i, raw in enumerate(section(doc, "revisions")):
        where = f"revisions[{i}]"
        revision = record_of(Revision, obj(raw, where), where, set())
        whole(revision.id, f"{where}.id")
        whole(revision.entity_id, f"{where}.entity_id")
        if revision.id in revision_ids:
            raise ExportFormatError(f"{where}.id", "this id is used twice.")
        revision_ids.add(revision.id)
        if revision.review_id is not None and revision.review_id not in review_ids:
            raise ExportFormatError(f"{where}.review_id", "no exported review has this id.")
        for side in ("before", "after"):
            value = getattr(revision, side)
            if value is not None and not isinstance(value, dict):
                raise ExportFormatError(f"{where}.{side}", "expected a JSON object or null.")
        with at(where):  # the snapshots must rebuild, or history would break later
            revision.record_before()
            revision.record_after()
        time_text(raw["at"], f"{where}.at")
        with at(where):
            check_length(revision.note, 20_000)
            check_length(revision.origin, 200)
        contents.revisions.append(revision)
    forgotten: set[int] = set()
    for i, raw in enumerate(section(doc, "forgotten")):
        where = f"forgotten[{i}]"
        record = obj(raw, where)
        exact_fields(record, {"id", "at", "before", "kind"}, where)
        if record["kind"] not in ("before", "one"):
            raise ExportFormatError(f"{where}.kind", "expected 'before' or 'one'.")
        before = record["before"]
        if before is not None and not isinstance(before, str):
            raise ExportFormatError(f"{where}.before", "expected text or null.")
        once(forgotten, whole(record["id"], f"{where}.id"), where, "id")
        contents.forgotten.append(
            ForgottenRow(
                record["id"], str(time_text(record["at"], f"{where}.at")), before, record["kind"]
            )
        )
