"""How the plan changed, in plain sentences: a comparison of two snapshots, and a timeline.

:func:`compare` matches the records of two :class:`PlanSnapshot` by id and says what
changed, one short sentence per change ("Paused the routine “Evening walk”."). The safety
plan is compared section by section, by position, so an edit reads as "Changed item 2 of
…", not as a removal and an addition, and a section whose items only moved reads as
"Reordered …". :func:`timeline_entry` gives one line per revision for the timeline.

Every sentence is made from :data:`MESSAGES`, one table of whole-sentence templates, so
the wording can be read in one place and translated later. The words are kind: a goal
set aside is "let go of", never "failed"; nothing here judges.

The person's own text is quoted and shortened (:func:`shorten`), so a long script or a
paragraph of "why it matters" never floods a sentence.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date, datetime
from difflib import SequenceMatcher
from enum import StrEnum
from string import Formatter
from typing import Any, TypeVar

from .boundaries import Boundary
from .goals import Goal, GoalStep
from .revisions import SAFETY_PLAN_ID, Action, Kind, PlanSnapshot, Revision
from .routines import Routine, Schedule, ScheduleKind
from .safety_plan import SafetyItem, SafetyPlan, Step
from .text import QT_TRANSLATE_NOOP, translated
from .values import Pile, Value

#: The ``origin`` of the revisions that hold the plan as it stood when older history was
#: forgotten (see ``HistoryRepository.forget_before``). They are not changes the person
#: made, so the timeline leaves them out.
BASELINE_ORIGIN = "baseline"

#: How long a quoted piece of the person's text may be in a sentence.
QUOTE_LIMIT = 60

# The message table, marked for translation under HISTORY and translated by message().
# Placeholders: {name}, {old}, {new}, {text} are quoted text already;
# {step} is a step phrase ("step 2 of the safety plan (things I can do on my own)").
HISTORY = "History"
MESSAGES: dict[str, str] = {
    # Records coming and going (one set per kind, so a translation can agree in gender)
    "value.added": QT_TRANSLATE_NOOP("History", "Added the value {name}."),
    "value.archived": QT_TRANSLATE_NOOP("History", "Moved the value {name} to the archive."),
    "value.restored": QT_TRANSLATE_NOOP("History", "Brought back the value {name}."),
    "value.changed": QT_TRANSLATE_NOOP("History", "Changed the value {name}."),
    "goal.added": QT_TRANSLATE_NOOP("History", "Added the goal {name}."),
    "goal.archived": QT_TRANSLATE_NOOP("History", "Moved the goal {name} to the archive."),
    "goal.restored": QT_TRANSLATE_NOOP("History", "Brought back the goal {name}."),
    "goal.changed": QT_TRANSLATE_NOOP("History", "Changed the goal {name}."),
    "boundary.added": QT_TRANSLATE_NOOP("History", "Added the boundary {name}."),
    "boundary.archived": QT_TRANSLATE_NOOP("History", "Moved the boundary {name} to the archive."),
    "boundary.restored": QT_TRANSLATE_NOOP("History", "Brought back the boundary {name}."),
    "boundary.changed": QT_TRANSLATE_NOOP("History", "Changed the boundary {name}."),
    "routine.added": QT_TRANSLATE_NOOP("History", "Added the routine {name}."),
    "routine.archived": QT_TRANSLATE_NOOP("History", "Moved the routine {name} to the archive."),
    "routine.restored": QT_TRANSLATE_NOOP("History", "Brought back the routine {name}."),
    "routine.changed": QT_TRANSLATE_NOOP("History", "Changed the routine {name}."),
    "safety_plan.added": QT_TRANSLATE_NOOP("History", "Started the safety plan."),
    "safety_plan.changed": QT_TRANSLATE_NOOP("History", "Changed the safety plan."),
    "plan.changed": QT_TRANSLATE_NOOP("History", "Changed the plan."),
    # A text field: {what} is one of the field phrases below
    "text.changed": QT_TRANSLATE_NOOP("History", "Changed {what} from {old} to {new}."),
    "text.written": QT_TRANSLATE_NOOP("History", "Wrote {what}: {new}."),
    "text.cleared": QT_TRANSLATE_NOOP("History", "Cleared {what}."),
    # Values
    "value.renamed": QT_TRANSLATE_NOOP("History", "Renamed the value {old} to {new}."),
    "value.pile.very_important": QT_TRANSLATE_NOOP("History", "Moved {name} to very important."),
    "value.pile.important": QT_TRANSLATE_NOOP("History", "Moved {name} to important."),
    "value.pile.less_important": QT_TRANSLATE_NOOP(
        "History", "Moved {name} to less important right now."
    ),
    "value.pile.unsorted": QT_TRANSLATE_NOOP("History", "Moved {name} back to not sorted yet."),
    "value.ranked": QT_TRANSLATE_NOOP("History", "Ranked {name} {ordinal}."),
    "value.unranked": QT_TRANSLATE_NOOP("History", "Took {name} out of the ranking."),
    "value.field.description": QT_TRANSLATE_NOOP("History", "the description of the value {name}"),
    "value.field.why": QT_TRANSLATE_NOOP("History", "why {name} matters"),
    # Goals
    "goal.renamed": QT_TRANSLATE_NOOP("History", "Renamed the goal {old} to {new}."),
    "goal.status.paused": QT_TRANSLATE_NOOP("History", "Paused the goal {name}."),
    "goal.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the goal {name}."),
    "goal.status.achieved": QT_TRANSLATE_NOOP("History", "Marked the goal {name} achieved."),
    "goal.status.active": QT_TRANSLATE_NOOP("History", "Picked up the goal {name} again."),
    "goal.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the goal {name}."
    ),
    "goal.status.active.from_achieved": QT_TRANSLATE_NOOP(
        "History", "Went back to working on the goal {name}."
    ),
    "goal.field.smart": QT_TRANSLATE_NOOP("History", "what makes the goal {name} {aspect}"),
    "goal.aspect.specific": QT_TRANSLATE_NOOP("History", "specific"),
    "goal.aspect.measurable": QT_TRANSLATE_NOOP("History", "measurable"),
    "goal.aspect.achievable": QT_TRANSLATE_NOOP("History", "achievable"),
    "goal.aspect.relevant": QT_TRANSLATE_NOOP("History", "relevant"),
    "goal.aspect.time_bound": QT_TRANSLATE_NOOP("History", "time-bound"),
    "goal.date.set": QT_TRANSLATE_NOOP("History", "Set a date for the goal {name}: {new}."),
    "goal.date.changed": QT_TRANSLATE_NOOP(
        "History", "Moved the date of the goal {name} from {old} to {new}."
    ),
    "goal.date.cleared": QT_TRANSLATE_NOOP("History", "Took the date off the goal {name}."),
    "goal.progress.set": QT_TRANSLATE_NOOP(
        "History", "Set the progress of the goal {name} to {percent} %."
    ),
    "goal.progress.steps": QT_TRANSLATE_NOOP(
        "History", "Let the steps show the progress of the goal {name}."
    ),
    "goal.step.added": QT_TRANSLATE_NOOP("History", "Added step {n} of the goal {name}: {text}."),
    "goal.step.removed": QT_TRANSLATE_NOOP(
        "History", "Removed the step {text} from the goal {name}."
    ),
    "goal.step.changed": QT_TRANSLATE_NOOP(
        "History", "Changed step {n} of the goal {name} from {old} to {new}."
    ),
    "goal.step.done": QT_TRANSLATE_NOOP("History", "Checked off {text} in the goal {name}."),
    "goal.step.undone": QT_TRANSLATE_NOOP(
        "History", "Marked {text} as not done yet in the goal {name}."
    ),
    "goal.steps.reordered": QT_TRANSLATE_NOOP("History", "Reordered the steps of the goal {name}."),
    # Links from goals, boundaries and routines to values
    "goal.linked": QT_TRANSLATE_NOOP("History", "Linked the goal {name} to the value {value}."),
    "goal.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the goal {name} from the value {value}."
    ),
    "goal.linked.unnamed": QT_TRANSLATE_NOOP("History", "Linked the goal {name} to a value."),
    "goal.unlinked.unnamed": QT_TRANSLATE_NOOP("History", "Unlinked the goal {name} from a value."),
    "boundary.linked": QT_TRANSLATE_NOOP(
        "History", "Linked the boundary {name} to the value {value}."
    ),
    "boundary.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the boundary {name} from the value {value}."
    ),
    "boundary.linked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Linked the boundary {name} to a value."
    ),
    "boundary.unlinked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Unlinked the boundary {name} from a value."
    ),
    "routine.linked": QT_TRANSLATE_NOOP(
        "History", "Linked the routine {name} to the value {value}."
    ),
    "routine.unlinked": QT_TRANSLATE_NOOP(
        "History", "Unlinked the routine {name} from the value {value}."
    ),
    "routine.linked.unnamed": QT_TRANSLATE_NOOP("History", "Linked the routine {name} to a value."),
    "routine.unlinked.unnamed": QT_TRANSLATE_NOOP(
        "History", "Unlinked the routine {name} from a value."
    ),
    # Boundaries
    "boundary.reworded": QT_TRANSLATE_NOOP("History", "Reworded the boundary {old} to {new}."),
    "boundary.status.paused": QT_TRANSLATE_NOOP("History", "Paused the boundary {name}."),
    "boundary.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the boundary {name}."),
    "boundary.status.active": QT_TRANSLATE_NOOP("History", "Picked up the boundary {name} again."),
    "boundary.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the boundary {name}."
    ),
    "boundary.field.context": QT_TRANSLATE_NOOP("History", "where the boundary {name} applies"),
    "boundary.field.script": QT_TRANSLATE_NOOP("History", "the script of the boundary {name}"),
    "boundary.field.if_crossed": QT_TRANSLATE_NOOP(
        "History", "what to do if the boundary {name} is crossed"
    ),
    # Routines
    "routine.renamed": QT_TRANSLATE_NOOP("History", "Renamed the routine {old} to {new}."),
    "routine.status.paused": QT_TRANSLATE_NOOP("History", "Paused the routine {name}."),
    "routine.status.let_go": QT_TRANSLATE_NOOP("History", "Let go of the routine {name}."),
    "routine.status.active": QT_TRANSLATE_NOOP("History", "Picked up the routine {name} again."),
    "routine.status.active.from_let_go": QT_TRANSLATE_NOOP(
        "History", "Recommitted to the routine {name}."
    ),
    "routine.schedule": QT_TRANSLATE_NOOP(
        "History", "Changed the routine {name} from {old} to {new}."
    ),
    "routine.field.description": QT_TRANSLATE_NOOP(
        "History", "the description of the routine {name}"
    ),
    "routine.started.set": QT_TRANSLATE_NOOP(
        "History", "Set the routine {name} to start on {new}."
    ),
    "routine.started.changed": QT_TRANSLATE_NOOP(
        "History", "Changed when the routine {name} started from {old} to {new}."
    ),
    "routine.started.cleared": QT_TRANSLATE_NOOP(
        "History", "Took the start date off the routine {name}."
    ),
    "schedule.daily": QT_TRANSLATE_NOOP("History", "every day"),
    "schedule.once": QT_TRANSLATE_NOOP("History", "once a week"),
    "schedule.twice": QT_TRANSLATE_NOOP("History", "twice a week"),
    "schedule.times": QT_TRANSLATE_NOOP("History", "{n} times a week"),
    "schedule.days_separator": QT_TRANSLATE_NOOP("History", ", "),
    # The safety plan
    "safety.item.added": QT_TRANSLATE_NOOP("History", "Added {text} to {step}."),
    "safety.item.removed": QT_TRANSLATE_NOOP("History", "Removed {text} from {step}."),
    "safety.item.changed": QT_TRANSLATE_NOOP(
        "History", "Changed item {n} of {step} from {old} to {new}."
    ),
    "safety.section.reordered": QT_TRANSLATE_NOOP("History", "Reordered {step}."),
    "safety.likelihood.set": QT_TRANSLATE_NOOP(
        "History", "Set how likely I am to use {text} in {step} to {n} out of 5."
    ),
    "safety.likelihood.cleared": QT_TRANSLATE_NOOP(
        "History", "Cleared how likely I am to use {text} in {step}."
    ),
    "safety.field.reach": QT_TRANSLATE_NOOP("History", "how to reach {text} in {step}"),
    "safety.field.coded_label": QT_TRANSLATE_NOOP("History", "the coded label of {text} in {step}"),
    "safety.field.obstacles": QT_TRANSLATE_NOOP(
        "History", "what might get in the way of {text} in {step}"
    ),
    "safety.field.kept_where": QT_TRANSLATE_NOOP("History", "where the safety plan is kept"),
    "safety.field.shared_with": QT_TRANSLATE_NOOP("History", "who the safety plan is shared with"),
    "safety.reviewed.set": QT_TRANSLATE_NOOP(
        "History", "Marked the safety plan reviewed on {date}."
    ),
    "safety.reviewed.cleared": QT_TRANSLATE_NOOP(
        "History", "Cleared when the safety plan was last reviewed."
    ),
    "safety.prompt.reworded": QT_TRANSLATE_NOOP("History", "Reworded the prompt of {step}."),
    "safety.prompt.default": QT_TRANSLATE_NOOP(
        "History", "Went back to the app's prompt for {step}."
    ),
    "safety.step": QT_TRANSLATE_NOOP("History", "step {n} of the safety plan ({title})"),
    "safety.step.reasons_for_living": QT_TRANSLATE_NOOP(
        "History", "the reasons for living in the safety plan"
    ),
    "safety.title.warning_signs": QT_TRANSLATE_NOOP("History", "warning signs"),
    "safety.title.on_my_own": QT_TRANSLATE_NOOP("History", "things I can do on my own"),
    "safety.title.people_and_places": QT_TRANSLATE_NOOP("History", "people and places that help"),
    "safety.title.people_to_ask": QT_TRANSLATE_NOOP("History", "people I can ask for help"),
    "safety.title.professionals": QT_TRANSLATE_NOOP("History", "professionals and services"),
    "safety.title.safer_surroundings": QT_TRANSLATE_NOOP("History", "making my surroundings safer"),
    # The timeline
    "timeline.entry": QT_TRANSLATE_NOOP("History", "{date} · {sentence}"),
    "timeline.notes": QT_TRANSLATE_NOOP("History", "{sentence} ({notes})."),
    "timeline.notes_separator": QT_TRANSLATE_NOOP("History", "; "),
    "timeline.more_one": QT_TRANSLATE_NOOP("History", "and one more change"),
    "timeline.more": QT_TRANSLATE_NOOP("History", "and {count} more changes"),
    "timeline.in_session": QT_TRANSLATE_NOOP("History", "in session"),
    "timeline.in_review": QT_TRANSLATE_NOOP("History", "in a review"),
    "forgotten.before": QT_TRANSLATE_NOOP("History", "History before {date} was forgotten."),
    "forgotten.one": QT_TRANSLATE_NOOP("History", "One change was forgotten."),
    # Dates and numbers
    "date": QT_TRANSLATE_NOOP("History", "{day} {month} {year}"),
    "quote": QT_TRANSLATE_NOOP("History", "“{text}”"),
    "ellipsis": QT_TRANSLATE_NOOP("History", "…"),
    "ordinal.1": QT_TRANSLATE_NOOP("History", "{n}st"),
    "ordinal.2": QT_TRANSLATE_NOOP("History", "{n}nd"),
    "ordinal.3": QT_TRANSLATE_NOOP("History", "{n}rd"),
    "ordinal.other": QT_TRANSLATE_NOOP("History", "{n}th"),
}

# Month and day names, marked for translation under CALENDAR and shown through
# month_name() and day_name(), which translate them once the UI installed a translator.
CALENDAR = "Calendar"
MONTHS = (
    QT_TRANSLATE_NOOP("Calendar", "January"),
    QT_TRANSLATE_NOOP("Calendar", "February"),
    QT_TRANSLATE_NOOP("Calendar", "March"),
    QT_TRANSLATE_NOOP("Calendar", "April"),
    QT_TRANSLATE_NOOP("Calendar", "May"),
    QT_TRANSLATE_NOOP("Calendar", "June"),
    QT_TRANSLATE_NOOP("Calendar", "July"),
    QT_TRANSLATE_NOOP("Calendar", "August"),
    QT_TRANSLATE_NOOP("Calendar", "September"),
    QT_TRANSLATE_NOOP("Calendar", "October"),
    QT_TRANSLATE_NOOP("Calendar", "November"),
    QT_TRANSLATE_NOOP("Calendar", "December"),
)
DAYS = (
    QT_TRANSLATE_NOOP("Calendar", "Mon"),
    QT_TRANSLATE_NOOP("Calendar", "Tue"),
    QT_TRANSLATE_NOOP("Calendar", "Wed"),
    QT_TRANSLATE_NOOP("Calendar", "Thu"),
    QT_TRANSLATE_NOOP("Calendar", "Fri"),
    QT_TRANSLATE_NOOP("Calendar", "Sat"),
    QT_TRANSLATE_NOOP("Calendar", "Sun"),
)
# The date template, translatable on its own ("{day} de {month} de {year}").
DATE = QT_TRANSLATE_NOOP("Calendar", "{day} {month} {year}")


def month_name(month: int) -> str:
    """The name of ``month`` (1–12) in the person's language."""
    return translated(CALENDAR, MONTHS[month - 1])


def day_name(weekday: int) -> str:
    """The short name of ``weekday`` (0 is Monday) in the person's language."""
    return translated(CALENDAR, DAYS[weekday])


def message(key: str, **values: Any) -> str:
    """The sentence ``key`` in the person's language, filled in with ``values``.

    A translation that lost, renamed or broke a placeholder is not used: the English
    template is, so a sentence never drops the person's words or fails to appear.
    """
    english = MESSAGES[key]
    template = translated(HISTORY, english)
    if template != english and _fields(template) == _fields(english):
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    return english.format(**values)


def _fields(template: str) -> set[str] | None:
    """The placeholder names of ``template``, or None when its braces are malformed."""
    try:
        return {name for _, name, _, _ in Formatter().parse(template) if name is not None}
    except ValueError:
        return None


@dataclass(frozen=True)
class Change:
    """One change between two plans, said in one sentence."""

    kind: Kind
    entity_id: int
    sentence: str


class ForgottenKind(StrEnum):
    BEFORE = "before"
    ONE = "one"


@dataclass(frozen=True)
class Forgotten:
    """The only trace forgetting leaves: that history before a day, or one change, is gone."""

    id: int
    at: datetime
    kind: ForgottenKind
    before: date | None = None


# Words for dates, numbers, quotes


def day_words(day: date) -> str:
    """ "2 March 2026"."""
    return translated(CALENDAR, DATE).format(
        day=day.day, month=month_name(day.month), year=day.year
    )


def ordinal(n: int) -> str:
    """ "1st", "2nd", "3rd", "4th", "11th", "21st"."""
    if n % 100 in (11, 12, 13) or n % 10 not in (1, 2, 3):
        return message("ordinal.other", n=n)
    return message(f"ordinal.{n % 10}", n=n)


def shorten(text: str, limit: int = QUOTE_LIMIT) -> str:
    """The text on one line, cut at a word near ``limit`` characters with an ellipsis."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    ellipsis = MESSAGES["ellipsis"]
    cut = flat[: limit - len(ellipsis)]
    space = cut.rfind(" ")
    if space >= limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–—") + ellipsis


def quote(text: str) -> str:
    return message("quote", text=shorten(text))


def schedule_words(schedule: Schedule) -> str:
    """ "every day", "Mon, Wed, Fri", "once a week", "3 times a week"."""
    if schedule.kind is ScheduleKind.WEEKDAYS and len(schedule.weekdays) < 7:
        return MESSAGES["schedule.days_separator"].join(
            day_name(d) for d in sorted(schedule.weekdays)
        )
    if schedule.kind is ScheduleKind.TIMES_PER_WEEK:
        if schedule.times_per_week == 1:
            return message("schedule.once")
        if schedule.times_per_week == 2:
            return message("schedule.twice")
        return message("schedule.times", n=schedule.times_per_week)
    return message("schedule.daily")


def step_words(step: Step) -> str:
    """ "step 2 of the safety plan (things I can do on my own)"."""
    if step is Step.REASONS_FOR_LIVING:
        return message("safety.step.reasons_for_living")
    return message("safety.step", n=step.number, title=message(f"safety.title.{step.value}"))


# Comparing two plans


def compare(
    before: PlanSnapshot,
    after: PlanSnapshot,
    *,
    known: AbstractSet[tuple[Kind, int]] = frozenset(),
) -> list[Change]:
    """What changed from ``before`` to ``after``, one sentence per change.

    Records are matched by id. A record only in ``after`` was added, or brought back from
    the archive when ``(kind, id)`` is in ``known`` (records that already existed by
    ``before.at``); a record only in ``before`` was moved to the archive (plan records
    are archived, never deleted). Changes come values first, then goals, boundaries,
    routines and the safety plan, each kind by id.
    """
    names = {v.id: v.name for v in (*before.values, *after.values) if v.id is not None}
    changes: list[Change] = []
    pairs: list[tuple[Kind, Sequence[Any], Sequence[Any]]] = [
        (Kind.VALUE, before.values, after.values),
        (Kind.GOAL, before.goals, after.goals),
        (Kind.BOUNDARY, before.boundaries, after.boundaries),
        (Kind.ROUTINE, before.routines, after.routines),
    ]
    for kind, old_records, new_records in pairs:
        old = {r.id: r for r in old_records}
        new = {r.id: r for r in new_records}
        for record_id in sorted(old.keys() | new.keys(), key=_id_order):
            if record_id not in old:
                restored = (kind, record_id) in known
                sentences = [_came(kind, new[record_id], restored)]
            elif record_id not in new:
                sentences = [message(f"{kind.value}.archived", name=_name(old[record_id]))]
            else:
                sentences = record_changes(kind, old[record_id], new[record_id], names)
            changes.extend(Change(kind, record_id, s) for s in sentences)
    changes.extend(
        Change(Kind.SAFETY_PLAN, SAFETY_PLAN_ID, s)
        for s in _safety_plan_changes(before.safety_plan, after.safety_plan)
    )
    return changes


def _id_order(record_id: int | None) -> int:
    return -1 if record_id is None else record_id


def _name(record: Any) -> str:
    """The quoted name a record goes by: a value's name, a goal's title…"""
    if isinstance(record, Value | Routine):
        return quote(record.name)
    if isinstance(record, Goal):
        return quote(record.title)
    if isinstance(record, Boundary):
        return quote(record.statement)
    raise TypeError(f"no name for {type(record).__name__}")


def _came(kind: Kind, record: Any, restored: bool) -> str:
    return message(f"{kind.value}.{'restored' if restored else 'added'}", name=_name(record))


def record_changes(
    kind: Kind, old: Any, new: Any, value_names: Mapping[int, str] | None = None
) -> list[str]:
    """The sentences for one record that is in both plans (empty when nothing changed)."""
    names = value_names or {}
    if kind is Kind.VALUE:
        return _value_changes(old, new)
    if kind is Kind.GOAL:
        return _goal_changes(old, new, names)
    if kind is Kind.BOUNDARY:
        return _boundary_changes(old, new, names)
    if kind is Kind.ROUTINE:
        return _routine_changes(old, new, names)
    return _safety_plan_changes(old, new)


def _text_change(what: str, old: str, new: str) -> list[str]:
    """ "Changed …", "Wrote …" or "Cleared …" for a free-text field; nothing if equal."""
    if old == new:
        return []
    if not old.strip():
        return [message("text.written", what=what, new=quote(new))]
    if not new.strip():
        return [message("text.cleared", what=what)]
    return [message("text.changed", what=what, old=quote(old), new=quote(new))]


def _links(
    kind: Kind, name: str, old: Iterable[int], new: Iterable[int], names: Mapping[int, str]
) -> list[str]:
    old_ids, new_ids = list(old), list(new)
    out = []
    for verb, ids in (
        ("linked", [i for i in new_ids if i not in old_ids]),
        ("unlinked", [i for i in old_ids if i not in new_ids]),
    ):
        for value_id in ids:
            if value_id in names:
                out.append(message(f"{kind.value}.{verb}", name=name, value=quote(names[value_id])))
            else:
                out.append(message(f"{kind.value}.{verb}.unnamed", name=name))
    return out


def _status(kind: Kind, name: str, old: StrEnum, new: StrEnum) -> list[str]:
    if old == new:
        return []
    key = f"{kind.value}.status.{new.value}"
    specific = f"{key}.from_{old.value}"
    return [message(specific if specific in MESSAGES else key, name=name)]


def _value_changes(old: Value, new: Value) -> list[str]:
    out = []
    name = quote(new.name)
    if old.name != new.name:
        out.append(message("value.renamed", old=quote(old.name), new=name))
    if old.pile != new.pile:
        out.append(message(f"value.pile.{Pile(new.pile).value}", name=name))
    if old.rank != new.rank:
        if new.rank is None:
            out.append(message("value.unranked", name=name))
        else:
            out.append(message("value.ranked", name=name, ordinal=ordinal(new.rank)))
    out += _text_change(
        message("value.field.description", name=name), old.description, new.description
    )
    out += _text_change(message("value.field.why", name=name), old.why, new.why)
    return out


_SMART = ("specific", "measurable", "achievable", "relevant", "time_bound")


def _goal_changes(old: Goal, new: Goal, names: Mapping[int, str]) -> list[str]:
    out = []
    name = quote(new.title)
    if old.title != new.title:
        out.append(message("goal.renamed", old=quote(old.title), new=name))
    out += _status(Kind.GOAL, name, old.status, new.status)
    for field in _SMART:
        what = message("goal.field.smart", name=name, aspect=message(f"goal.aspect.{field}"))
        out += _text_change(what, getattr(old, field), getattr(new, field))
    out += _dates("goal.date", name, old.target_date, new.target_date)
    if old.progress != new.progress:
        if new.progress is None:
            out.append(message("goal.progress.steps", name=name))
        else:
            out.append(message("goal.progress.set", name=name, percent=new.progress))
    out += _links(Kind.GOAL, name, old.value_ids, new.value_ids, names)
    out += _goal_steps(name, old.steps, new.steps)
    return out


def _dates(prefix: str, name: str, old: date | None, new: date | None) -> list[str]:
    if old == new:
        return []
    if new is None:
        return [message(f"{prefix}.cleared", name=name)]
    if old is None:
        return [message(f"{prefix}.set", name=name, new=day_words(new))]
    return [message(f"{prefix}.changed", name=name, old=day_words(old), new=day_words(new))]


def _goal_steps(name: str, old: Sequence[GoalStep], new: Sequence[GoalStep]) -> list[str]:
    def done(step: GoalStep, before: GoalStep | None = None) -> list[str]:
        was = before.done if before is not None else False
        if step.done == was:
            return []
        key = "goal.step.done" if step.done else "goal.step.undone"
        return [message(key, text=quote(step.text), name=name)]

    match = align([s.text for s in old], [s.text for s in new])
    edits: list[tuple[int, list[str]]] = []
    for i, j in match.same:
        edits.append((j, done(new[j], old[i])))
    for i, j in match.changed:
        text = message(
            "goal.step.changed", n=j + 1, name=name, old=quote(old[i].text), new=quote(new[j].text)
        )
        edits.append((j, [text, *done(new[j], old[i])]))
    out = [s for _, found in sorted(edits, key=lambda e: e[0]) for s in found]
    out += [message("goal.step.removed", text=quote(old[i].text), name=name) for i in match.removed]
    for j in match.added:
        out.append(message("goal.step.added", n=j + 1, name=name, text=quote(new[j].text)))
        out += done(new[j])
    if match.reordered:
        out.append(message("goal.steps.reordered", name=name))
    return out


def _boundary_changes(old: Boundary, new: Boundary, names: Mapping[int, str]) -> list[str]:
    out = []
    name = quote(new.statement)
    if old.statement != new.statement:
        out.append(message("boundary.reworded", old=quote(old.statement), new=name))
    out += _status(Kind.BOUNDARY, name, old.status, new.status)
    for field in ("context", "script", "if_crossed"):
        what = message(f"boundary.field.{field}", name=name)
        out += _text_change(what, getattr(old, field), getattr(new, field))
    out += _links(Kind.BOUNDARY, name, old.value_ids, new.value_ids, names)
    return out


def _routine_changes(old: Routine, new: Routine, names: Mapping[int, str]) -> list[str]:
    out = []
    name = quote(new.name)
    if old.name != new.name:
        out.append(message("routine.renamed", old=quote(old.name), new=name))
    out += _status(Kind.ROUTINE, name, old.status, new.status)
    if schedule_words(old.schedule) != schedule_words(new.schedule):
        out.append(
            message(
                "routine.schedule",
                name=name,
                old=schedule_words(old.schedule),
                new=schedule_words(new.schedule),
            )
        )
    what = message("routine.field.description", name=name)
    out += _text_change(what, old.description, new.description)
    out += _dates("routine.started", name, old.started_on, new.started_on)
    out += _links(Kind.ROUTINE, name, old.value_ids, new.value_ids, names)
    return out


def _safety_plan_changes(old: SafetyPlan, new: SafetyPlan) -> list[str]:
    out = []
    for step in Step:
        out += _section_changes(step, old.section(step), new.section(step))
    for step in Step:
        was, now = old.prompts.get(step), new.prompts.get(step)
        if was != now:
            key = "safety.prompt.default" if now is None else "safety.prompt.reworded"
            out.append(message(key, step=step_words(step)))
    for field in ("kept_where", "shared_with"):
        what = message(f"safety.field.{field}")
        out += _text_change(what, getattr(old, field), getattr(new, field))
    if old.last_reviewed != new.last_reviewed:
        if new.last_reviewed is None:
            out.append(message("safety.reviewed.cleared"))
        else:
            out.append(message("safety.reviewed.set", date=day_words(new.last_reviewed)))
    return out


def _section_changes(step: Step, old: Sequence[SafetyItem], new: Sequence[SafetyItem]) -> list[str]:
    where = step_words(step)

    def details(before: SafetyItem, now: SafetyItem) -> list[str]:
        text = quote(now.text)
        out = []
        for field in ("reach", "coded_label", "obstacles"):
            what = message(f"safety.field.{field}", text=text, step=where)
            out += _text_change(what, getattr(before, field), getattr(now, field))
        if before.likelihood != now.likelihood:
            if now.likelihood is None:
                out.append(message("safety.likelihood.cleared", text=text, step=where))
            else:
                out.append(
                    message("safety.likelihood.set", text=text, step=where, n=now.likelihood)
                )
        return out

    match = align([item.text for item in old], [item.text for item in new])
    edits: list[tuple[int, list[str]]] = []
    for i, j in match.same:
        edits.append((j, details(old[i], new[j])))
    for i, j in match.changed:
        text = message(
            "safety.item.changed",
            n=j + 1,
            step=where,
            old=quote(old[i].text),
            new=quote(new[j].text),
        )
        edits.append((j, [text, *details(old[i], new[j])]))
    out = [s for _, found in sorted(edits, key=lambda e: e[0]) for s in found]
    out += [
        message("safety.item.removed", text=quote(old[i].text), step=where) for i in match.removed
    ]
    out += [message("safety.item.added", text=quote(new[j].text), step=where) for j in match.added]
    if match.reordered:
        out.append(message("safety.section.reordered", step=where))
    return out


# Lining up two lists by position


@dataclass(frozen=True)
class Alignment:
    """How the items of an old list map onto a new one (indexes into each).

    ``same``: the same text, in place or moved; ``changed``: one item's text edited in
    place; ``removed`` and ``added``: the rest. ``reordered``: some items changed order.
    """

    same: list[tuple[int, int]]
    changed: list[tuple[int, int]]
    removed: list[int]
    added: list[int]
    reordered: bool


T = TypeVar("T")


def align(old: Sequence[T], new: Sequence[T]) -> Alignment:
    """Line up ``old`` and ``new`` by position, the way a person reads an edited list.

    Runs of equal items stay matched; an item that disappears in one place and appears
    in another was moved (a reorder, not a removal and an addition); what is left in a
    run that differs is paired up in order as edits, and the rest was removed or added.
    """
    matcher = SequenceMatcher(a=list(old), b=list(new), autojunk=False)
    same: list[tuple[int, int]] = []
    runs: list[tuple[list[int], list[int]]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            same += [(i1 + k, j1 + k) for k in range(i2 - i1)]
        else:
            runs.append((list(range(i1, i2)), list(range(j1, j2))))
    waiting: dict[T, list[int]] = {}
    for _, js in runs:
        for j in js:
            waiting.setdefault(new[j], []).append(j)
    moved: list[tuple[int, int]] = []
    for dels, _ in runs:
        for i in dels:
            if waiting.get(old[i]):
                moved.append((i, waiting[old[i]].pop(0)))
    moved_old = {i for i, _ in moved}
    moved_new = {j for _, j in moved}
    changed: list[tuple[int, int]] = []
    removed: list[int] = []
    added: list[int] = []
    for dels, ins in runs:
        left = [i for i in dels if i not in moved_old]
        right = [j for j in ins if j not in moved_new]
        paired = min(len(left), len(right))
        changed += zip(left[:paired], right[:paired], strict=True)
        removed += left[paired:]
        added += right[paired:]
    return Alignment(
        same=sorted(same + moved, key=lambda p: p[1]),
        changed=changed,
        removed=removed,
        added=added,
        reordered=bool(moved),
    )


# The timeline


def describe_revision(
    revision: Revision, value_names: Mapping[int, str] | None = None
) -> list[str]:
    """All the sentences for one revision, by comparing its before and after."""
    kind = revision.kind
    before, after = revision.record_before(), revision.record_after()
    if kind is Kind.SAFETY_PLAN:
        if before is None:
            return [message("safety_plan.added")]
        return _safety_plan_changes(before, after or SafetyPlan()) or [
            message("safety_plan.changed")
        ]
    if before is None and after is not None:
        return [_came(kind, after, revision.action is Action.RESTORED)]
    if after is None:
        if before is None:
            return []
        return [message(f"{kind.value}.archived", name=_name(before))]
    return record_changes(kind, before, after, value_names) or [
        message(f"{kind.value}.changed", name=_name(after))
    ]


def timeline_entry(revision: Revision, value_names: Mapping[int, str] | None = None) -> str:
    """One line for the timeline: "2 March 2026 · Added the goal “Sleep before midnight”."

    A revision that changed several things shows the first and how many more; one made in
    session or in a review says so. ``value_names`` (id to name) lets a link to a value
    name it. The date is the local day of the change.
    """
    sentences = describe_revision(revision, value_names) or [message("plan.changed")]
    notes = []
    if len(sentences) == 2:
        notes.append(message("timeline.more_one"))
    elif len(sentences) > 2:
        notes.append(message("timeline.more", count=len(sentences) - 1))
    if revision.origin.startswith("session"):
        notes.append(message("timeline.in_session"))
    if revision.review_id is not None:
        notes.append(message("timeline.in_review"))
    sentence = sentences[0]
    if notes:
        sentence = message(
            "timeline.notes",
            sentence=sentence.removesuffix("."),
            notes=MESSAGES["timeline.notes_separator"].join(notes),
        )
    return message(
        "timeline.entry", date=day_words(revision.at.astimezone().date()), sentence=sentence
    )


def forgotten_sentence(mark: Forgotten) -> str:
    """ "History before 1 March 2026 was forgotten." or "One change was forgotten."."""
    if mark.kind is ForgottenKind.BEFORE and mark.before is not None:
        return message("forgotten.before", date=day_words(mark.before))
    return message("forgotten.one")


def forgotten_entry(mark: Forgotten) -> str:
    """The timeline line for a forgetting, dated with the day it was done."""
    return message(
        "timeline.entry",
        date=day_words(mark.at.astimezone().date()),
        sentence=forgotten_sentence(mark),
    )
