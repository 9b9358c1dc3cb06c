"""Plan revisions: every change to the plan, with what it was before and after.

Each revision holds a full snapshot of one plan record (a value, a goal with its steps,
a boundary, a routine, or the whole safety plan), so the plan as it stood on any date is
the newest snapshot of each record up to that date.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .boundaries import Boundary
from .changes import Kind as Kind  # kept here too: a revision's kind is a Kind
from .goals import Goal
from .routines import Routine
from .safety_plan import SafetyPlan
from .snapshot import from_dict
from .values import Value


class Action(StrEnum):
    CREATED = "created"
    UPDATED = "updated"
    ARCHIVED = "archived"
    RESTORED = "restored"


RECORD_TYPES: dict[Kind, type] = {
    Kind.VALUE: Value,
    Kind.GOAL: Goal,
    Kind.BOUNDARY: Boundary,
    Kind.ROUTINE: Routine,
    Kind.SAFETY_PLAN: SafetyPlan,
}

#: The safety plan is one record; its revisions all carry this entity id.
SAFETY_PLAN_ID = 1


@dataclass(frozen=True)
class Revision:
    """One change. ``before`` is None for a creation; ``after`` None for an archive."""

    id: int
    at: datetime
    kind: Kind
    entity_id: int
    action: Action
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    note: str = ""
    origin: str = ""
    review_id: int | None = None

    def record_after(self) -> Any:
        return None if self.after is None else from_dict(RECORD_TYPES[self.kind], self.after)

    def record_before(self) -> Any:
        return None if self.before is None else from_dict(RECORD_TYPES[self.kind], self.before)


@dataclass(frozen=True)
class PlanSnapshot:
    """The plan as it stood at ``at``: only records that existed and were not archived."""

    at: datetime
    values: tuple[Value, ...] = ()
    goals: tuple[Goal, ...] = ()
    boundaries: tuple[Boundary, ...] = ()
    routines: tuple[Routine, ...] = ()
    safety_plan: SafetyPlan = field(default_factory=SafetyPlan)


def build_snapshot(at: datetime, latest: list[Revision]) -> PlanSnapshot:
    """Assemble a snapshot from the newest revision of each record up to ``at``."""
    found: dict[Kind, list[Any]] = {kind: [] for kind in Kind}
    for revision in sorted(latest, key=lambda r: (r.kind, r.entity_id)):
        record = revision.record_after()
        if record is not None:
            found[revision.kind].append(record)
    plans = found[Kind.SAFETY_PLAN]
    return PlanSnapshot(
        at=at,
        values=tuple(found[Kind.VALUE]),
        goals=tuple(found[Kind.GOAL]),
        boundaries=tuple(found[Kind.BOUNDARY]),
        routines=tuple(found[Kind.ROUTINE]),
        safety_plan=plans[0] if plans else SafetyPlan(),
    )
