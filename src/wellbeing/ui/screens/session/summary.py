"""The session's summary: what was made or changed together, and nothing else.

Built from the revision log alone (``origin == "session:<id>"``): for each plan record
touched in the session, its newest state after the session's changes. Records moved to
the archive during the session are left out. The safety plan is one record, so only its
items written or changed in the session are listed, never the lines it held before.
The journal, moods, check-ins and boundary logs are not revisions and cannot appear.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from ....domain.boundaries import Boundary
from ....domain.goals import Goal, GoalStatus
from ....domain.revisions import Kind, Revision
from ....domain.routines import Routine, RoutineStatus
from ....domain.safety_plan import SafetyPlan, Step
from ....domain.values import Pile, Value
from ...words import plan as words
from ...words.dates import day_words
from ...words.schedule import schedule_label

if TYPE_CHECKING:
    from ....vault.vault import Vault

Section = tuple[str, list[str]]
_PILES = (Pile.VERY_IMPORTANT, Pile.IMPORTANT, Pile.LESS_IMPORTANT, Pile.UNSORTED)


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def day_text(day: date) -> str:
    """A date in the person's locale, without the weekday ("2 March 2026")."""
    return day_words(day)


def session_summary(vault: Vault, origin: str) -> list[Section]:
    """Sections (title, lines) in the order of the session's steps; empty ones left out."""
    latest: dict[tuple[Kind, int], Revision] = {}
    earliest: dict[tuple[Kind, int], Revision] = {}
    for revision in vault.revisions.list(origin=origin):  # newest first
        key = (revision.kind, revision.entity_id)
        latest.setdefault(key, revision)
        earliest[key] = revision
    found: dict[Kind, list[Any]] = {kind: [] for kind in Kind}
    for key, revision in latest.items():
        record = _rebuild(revision.record_after)
        if record is not None:  # None: archived during the session
            found[key[0]].append((record, earliest[key]))
    sections: list[Section] = []
    sections += _values([record for record, _ in found[Kind.VALUE]])
    sections += _simple(_tr("Goals"), found[Kind.GOAL], goal_line)
    sections += _simple(_tr("Boundaries"), found[Kind.BOUNDARY], boundary_line)
    sections += _simple(_tr("Routines"), found[Kind.ROUTINE], routine_line)
    for plan, first in found[Kind.SAFETY_PLAN]:
        sections += _safety_plan(plan, _rebuild(first.record_before))
    return sections


def _rebuild(read: Any) -> Any:
    """A record from a revision; None if it was archived (or cannot be read any more)."""
    try:
        return read()
    except (KeyError, TypeError, ValueError):
        return None


def _simple(title: str, found: list[tuple[Any, Revision]], line: Any) -> list[Section]:
    records = sorted((record for record, _ in found), key=lambda r: r.id or 0)
    return [(title, [line(record) for record in records])] if records else []


# Values


def _values(values: list[Value]) -> list[Section]:
    sections: list[Section] = []
    for pile in _PILES:
        cards = [value for value in values if value.pile is pile]
        cards.sort(key=lambda v: (v.rank is None, v.rank or 0, v.name.casefold()))
        if cards:
            title = _tr("Values: {pile}").format(pile=words.pile(pile))
            sections.append((title, [value_line(value) for value in cards]))
    return sections


def value_line(value: Value) -> str:
    if value.why.strip():
        return _tr("{name} — why it matters: {why}").format(name=value.name, why=value.why)
    return value.name


# Goals, boundaries, routines


def goal_line(goal: Goal) -> str:
    parts = [goal.title]
    if goal.target_date is not None:
        parts.append(_tr("by {day}").format(day=day_text(goal.target_date)))
    if goal.status is not GoalStatus.ACTIVE:
        parts.append(words.goal_status(goal.status))
    if goal.steps:
        steps = "; ".join(
            _tr("{step} (done)").format(step=step.text) if step.done else step.text
            for step in goal.steps
        )
        parts.append(_tr("steps: {steps}").format(steps=steps))
    return " — ".join(parts)


def boundary_line(boundary: Boundary) -> str:
    parts = [boundary.statement]
    if boundary.context.strip():
        parts.append(_tr("where: {context}").format(context=boundary.context))
    if boundary.script.strip():
        parts.append(_tr("what I can say: {script}").format(script=boundary.script))
    if boundary.if_crossed.strip():
        parts.append(_tr("if it is crossed: {plan}").format(plan=boundary.if_crossed))
    return " — ".join(parts)


def routine_line(routine: Routine) -> str:
    parts = [routine.name, schedule_label(routine.schedule)]
    if routine.status is not RoutineStatus.ACTIVE:
        parts.append(words.record_status(routine.status))
    return " — ".join(parts)


# The safety plan


def _safety_plan(plan: SafetyPlan, before: SafetyPlan | None) -> list[Section]:
    """Only the lines written or changed in the session (each item's own words)."""
    before = before or SafetyPlan()
    sections: list[Section] = []
    for step in Step:
        old = set(before.section(step))
        lines = [item.text for item in plan.section(step) if item not in old]
        if lines:
            title = _tr("Safety plan: {step}").format(step=words.step_title(step))
            sections.append((title, lines))
    for text, old, title in (
        (plan.kept_where, before.kept_where, _tr("Safety plan: where it is kept")),
        (plan.shared_with, before.shared_with, _tr("Safety plan: who it is shared with")),
    ):
        if text.strip() and text != old:
            sections.append((title, [text]))
    return sections
