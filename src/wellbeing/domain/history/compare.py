"""What changed between two states of the plan, one :class:`HistoryLine` per change.

:func:`compare` matches the records of two :class:`PlanSnapshot` by id and says what
changed ("Paused the routine “Evening walk”."). The safety plan is compared section by
section, by position, so an edit reads as "Changed item 2 of …", not as a removal and an
addition, and a section whose items only moved reads as "Reordered …".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from ..boundaries import Boundary
from ..goals import Goal, GoalStep
from ..revisions import SAFETY_PLAN_ID, Kind, PlanSnapshot
from ..routines import Routine, schedule_words
from ..safety_plan import SafetyItem, SafetyPlan, Step
from ..values import Pile, Value
from .align import align
from .lines import HistoryLine, Ordinal, Param, Quoted, english, line
from .messages import MESSAGES


@dataclass(frozen=True)
class Change:
    """One change between two plans: which record, and the line that says it."""

    kind: Kind
    entity_id: int
    line: HistoryLine

    @property
    def sentence(self) -> str:
        """The change in English, as written (the UI renders :attr:`line` itself)."""
        return english(self.line)


def compare(
    before: PlanSnapshot,
    after: PlanSnapshot,
    *,
    known: AbstractSet[tuple[Kind, int]] = frozenset(),
) -> list[Change]:
    """What changed from ``before`` to ``after``, one line per change.

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
                found = [came(kind, new[record_id], restored)]
            elif record_id not in new:
                found = [went(kind, old[record_id])]
            else:
                found = record_changes(kind, old[record_id], new[record_id], names)
            changes.extend(Change(kind, record_id, f) for f in found)
    changes.extend(
        Change(Kind.SAFETY_PLAN, SAFETY_PLAN_ID, f)
        for f in safety_plan_changes(before.safety_plan, after.safety_plan)
    )
    return changes


def _id_order(record_id: int | None) -> int:
    return -1 if record_id is None else record_id


def name_of(record: Any) -> Quoted:
    """The name a record goes by: a value's name, a goal's title…"""
    if isinstance(record, Value | Routine):
        return Quoted(record.name)
    if isinstance(record, Goal):
        return Quoted(record.title)
    if isinstance(record, Boundary):
        return Quoted(record.statement)
    raise TypeError(f"no name for {type(record).__name__}")


def came(kind: Kind, record: Any, restored: bool) -> HistoryLine:
    return line(f"{kind.value}.{'restored' if restored else 'added'}", name=name_of(record))


def went(kind: Kind, record: Any) -> HistoryLine:
    return line(f"{kind.value}.archived", name=name_of(record))


def record_changes(
    kind: Kind, old: Any, new: Any, value_names: Mapping[int, str] | None = None
) -> list[HistoryLine]:
    """The lines for one record that is in both plans (empty when nothing changed)."""
    names = value_names or {}
    if kind is Kind.VALUE:
        return _value_changes(old, new)
    if kind is Kind.GOAL:
        return _goal_changes(old, new, names)
    if kind is Kind.BOUNDARY:
        return _boundary_changes(old, new, names)
    if kind is Kind.ROUTINE:
        return _routine_changes(old, new, names)
    return safety_plan_changes(old, new)


def _text_change(what: HistoryLine, old: str, new: str) -> list[HistoryLine]:
    """ "Changed …", "Wrote …" or "Cleared …" for a free-text field; nothing if equal."""
    if old == new:
        return []
    if not old.strip():
        return [line("text.written", what=what, new=Quoted(new))]
    if not new.strip():
        return [line("text.cleared", what=what)]
    return [line("text.changed", what=what, old=Quoted(old), new=Quoted(new))]


def _links(
    kind: Kind, name: Quoted, old: Iterable[int], new: Iterable[int], names: Mapping[int, str]
) -> list[HistoryLine]:
    old_ids, new_ids = list(old), list(new)
    out = []
    for verb, ids in (
        ("linked", [i for i in new_ids if i not in old_ids]),
        ("unlinked", [i for i in old_ids if i not in new_ids]),
    ):
        for value_id in ids:
            if value_id in names:
                out.append(line(f"{kind.value}.{verb}", name=name, value=Quoted(names[value_id])))
            else:
                out.append(line(f"{kind.value}.{verb}.unnamed", name=name))
    return out


def _status(kind: Kind, name: Quoted, old: StrEnum, new: StrEnum) -> list[HistoryLine]:
    if old == new:
        return []
    key = f"{kind.value}.status.{new.value}"
    specific = f"{key}.from_{old.value}"
    return [line(specific if specific in MESSAGES else key, name=name)]


def _value_changes(old: Value, new: Value) -> list[HistoryLine]:
    out = []
    name = Quoted(new.name)
    if old.name != new.name:
        out.append(line("value.renamed", old=Quoted(old.name), new=name))
    if old.pile != new.pile:
        out.append(line(f"value.pile.{Pile(new.pile).value}", name=name))
    if old.rank != new.rank:
        if new.rank is None:
            out.append(line("value.unranked", name=name))
        else:
            out.append(line("value.ranked", name=name, ordinal=Ordinal(new.rank)))
    out += _text_change(
        line("value.field.description", name=name), old.description, new.description
    )
    out += _text_change(line("value.field.why", name=name), old.why, new.why)
    return out


_SMART = ("specific", "measurable", "achievable", "relevant", "time_bound")


def _goal_changes(old: Goal, new: Goal, names: Mapping[int, str]) -> list[HistoryLine]:
    out = []
    name = Quoted(new.title)
    if old.title != new.title:
        out.append(line("goal.renamed", old=Quoted(old.title), new=name))
    out += _status(Kind.GOAL, name, old.status, new.status)
    for part in _SMART:
        what = line("goal.field.smart", name=name, aspect=line(f"goal.aspect.{part}"))
        out += _text_change(what, getattr(old, part), getattr(new, part))
    out += _dates("goal.date", name, old.target_date, new.target_date)
    if old.progress != new.progress:
        if new.progress is None:
            out.append(line("goal.progress.steps", name=name))
        else:
            out.append(line("goal.progress.set", name=name, percent=new.progress))
    out += _links(Kind.GOAL, name, old.value_ids, new.value_ids, names)
    out += _goal_steps(name, old.steps, new.steps)
    return out


def _dates(prefix: str, name: Quoted, old: date | None, new: date | None) -> list[HistoryLine]:
    if old == new:
        return []
    if new is None:
        return [line(f"{prefix}.cleared", name=name)]
    if old is None:
        return [line(f"{prefix}.set", name=name, new=new)]
    return [line(f"{prefix}.changed", name=name, old=old, new=new)]


def _goal_steps(
    name: Quoted, old: Sequence[GoalStep], new: Sequence[GoalStep]
) -> list[HistoryLine]:
    def done(step: GoalStep, before: GoalStep | None = None) -> list[HistoryLine]:
        was = before.done if before is not None else False
        if step.done == was:
            return []
        key = "goal.step.done" if step.done else "goal.step.undone"
        return [line(key, text=Quoted(step.text), name=name)]

    match = align([s.text for s in old], [s.text for s in new])
    edits: list[tuple[int, list[HistoryLine]]] = []
    for i, j in match.same:
        edits.append((j, done(new[j], old[i])))
    for i, j in match.changed:
        changed = line(
            "goal.step.changed",
            n=j + 1,
            name=name,
            old=Quoted(old[i].text),
            new=Quoted(new[j].text),
        )
        edits.append((j, [changed, *done(new[j], old[i])]))
    out = [f for _, found in sorted(edits, key=lambda e: e[0]) for f in found]
    out += [line("goal.step.removed", text=Quoted(old[i].text), name=name) for i in match.removed]
    for j in match.added:
        out.append(line("goal.step.added", n=j + 1, name=name, text=Quoted(new[j].text)))
        out += done(new[j])
    if match.reordered:
        out.append(line("goal.steps.reordered", name=name))
    return out


def _boundary_changes(old: Boundary, new: Boundary, names: Mapping[int, str]) -> list[HistoryLine]:
    out = []
    name = Quoted(new.statement)
    if old.statement != new.statement:
        out.append(line("boundary.reworded", old=Quoted(old.statement), new=name))
    out += _status(Kind.BOUNDARY, name, old.status, new.status)
    for part in ("context", "script", "if_crossed"):
        what = line(f"boundary.field.{part}", name=name)
        out += _text_change(what, getattr(old, part), getattr(new, part))
    out += _links(Kind.BOUNDARY, name, old.value_ids, new.value_ids, names)
    return out


def _routine_changes(old: Routine, new: Routine, names: Mapping[int, str]) -> list[HistoryLine]:
    out = []
    name = Quoted(new.name)
    if old.name != new.name:
        out.append(line("routine.renamed", old=Quoted(old.name), new=name))
    out += _status(Kind.ROUTINE, name, old.status, new.status)
    if schedule_words(old.schedule) != schedule_words(new.schedule):  # 7 days is every day
        out.append(line("routine.schedule", name=name, old=old.schedule, new=new.schedule))
    what = line("routine.field.description", name=name)
    out += _text_change(what, old.description, new.description)
    out += _dates("routine.started", name, old.started_on, new.started_on)
    out += _links(Kind.ROUTINE, name, old.value_ids, new.value_ids, names)
    return out


def safety_plan_changes(old: SafetyPlan, new: SafetyPlan) -> list[HistoryLine]:
    out = []
    for step in Step:
        out += _section_changes(step, old.section(step), new.section(step))
    for step in Step:
        was, now = old.prompts.get(step), new.prompts.get(step)
        if was != now:
            key = "safety.prompt.default" if now is None else "safety.prompt.reworded"
            out.append(line(key, step=step))
    for part in ("kept_where", "shared_with"):
        what = line(f"safety.field.{part}")
        out += _text_change(what, getattr(old, part), getattr(new, part))
    if old.last_reviewed != new.last_reviewed:
        if new.last_reviewed is None:
            out.append(line("safety.reviewed.cleared"))
        else:
            out.append(line("safety.reviewed.set", date=new.last_reviewed))
    return out


def _section_changes(
    step: Step, old: Sequence[SafetyItem], new: Sequence[SafetyItem]
) -> list[HistoryLine]:
    def details(before: SafetyItem, now: SafetyItem) -> list[HistoryLine]:
        text = Quoted(now.text)
        out = []
        for part in ("reach", "coded_label", "obstacles"):
            what = line(f"safety.field.{part}", text=text, step=step)
            out += _text_change(what, getattr(before, part), getattr(now, part))
        if before.likelihood != now.likelihood:
            if now.likelihood is None:
                out.append(line("safety.likelihood.cleared", text=text, step=step))
            else:
                out.append(line("safety.likelihood.set", text=text, step=step, n=now.likelihood))
        return out

    match = align([item.text for item in old], [item.text for item in new])
    edits: list[tuple[int, list[HistoryLine]]] = []
    for i, j in match.same:
        edits.append((j, details(old[i], new[j])))
    for i, j in match.changed:
        params: dict[str, Param] = {
            "n": j + 1,
            "step": step,
            "old": Quoted(old[i].text),
            "new": Quoted(new[j].text),
        }
        edits.append((j, [HistoryLine("safety.item.changed", params), *details(old[i], new[j])]))
    out = [f for _, found in sorted(edits, key=lambda e: e[0]) for f in found]
    out += [line("safety.item.removed", text=Quoted(old[i].text), step=step) for i in match.removed]
    out += [line("safety.item.added", text=Quoted(new[j].text), step=step) for j in match.added]
    if match.reordered:
        out.append(line("safety.section.reordered", step=step))
    return out
