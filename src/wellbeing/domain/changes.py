"""What a write touched: the kinds of record it changed, as one small typed value.

Every save names the kinds it changed (``Changes.of(Kind.GOAL)``), and the session
announces them once, with who asked for the write. A screen then reloads only for the
kinds it shows, and skips the changes it made itself: it already shows them, and
reloading under the person's cursor would move the cursor, the selection or the sort.

:class:`Kind` also names the plan records in the plan's history (a revision's kind); its
first five values are stored there, so they never change.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    """One kind of record in the vault."""

    # Plan records: each change is kept as a revision under this stored name.
    VALUE = "value"
    GOAL = "goal"
    BOUNDARY = "boundary"
    ROUTINE = "routine"
    SAFETY_PLAN = "safety_plan"
    # The rest of the vault.
    JOURNAL = "journal"
    CHECK_INS = "check_ins"  # a routine done, skipped or not needed on a day
    MOOD = "mood"  # the mood of a day
    WHO5 = "who5"  # the WHO-5 wellbeing answers of a day
    BOUNDARY_LOG = "boundary_log"  # a moment a boundary was held or crossed
    REVIEW = "review"  # a review's reflection
    HISTORY = "history"  # part of the plan's history forgotten
    SESSION = "session"  # a guided session's progress, kept to go on later
    CRISIS_COPY = "crisis_copy"  # the wish for a readable copy on the locked screen


#: The kinds whose changes are kept in the plan's history.
PLAN_KINDS = frozenset({Kind.VALUE, Kind.GOAL, Kind.BOUNDARY, Kind.ROUTINE, Kind.SAFETY_PLAN})


@dataclass(frozen=True)
class Changes:
    """The kinds one write changed; empty when it changed nothing anyone shows.

    Combine with ``|`` (``Changes.of(Kind.GOAL) | Kind.VALUE``); ask with
    :meth:`touches`. Only :class:`Kind` members are accepted, never their names as text.
    """

    kinds: frozenset[Kind] = frozenset()

    def __post_init__(self) -> None:
        for kind in self.kinds:
            if not isinstance(kind, Kind):
                raise TypeError(f"Changes holds Kind members, not {kind!r}")

    @classmethod
    def of(cls, *kinds: Kind) -> Changes:
        return cls(frozenset(kinds))

    @classmethod
    def coerce(cls, value: Changes | Kind) -> Changes:
        """``value`` itself, or a lone kind as the changes of that kind."""
        return value if isinstance(value, Changes) else cls.of(value)

    def touches(self, *kinds: Kind) -> bool:
        """True when any of ``kinds`` changed."""
        for kind in kinds:
            if not isinstance(kind, Kind):  # "goal" would match Kind.GOAL: say so
                raise TypeError(f"touches() takes Kind members, not {kind!r}")
        return not self.kinds.isdisjoint(kinds)

    @property
    def plan(self) -> bool:
        """True when a plan record changed (and so the plan's history did too)."""
        return not self.kinds.isdisjoint(PLAN_KINDS)

    def __or__(self, other: Changes | Kind) -> Changes:
        if isinstance(other, (Changes, Kind)):
            return Changes(self.kinds | Changes.coerce(other).kinds)
        return NotImplemented

    __ror__ = __or__

    def __bool__(self) -> bool:
        return bool(self.kinds)

    def __contains__(self, kind: object) -> bool:
        return isinstance(kind, Kind) and kind in self.kinds

    def __iter__(self) -> Iterator[Kind]:
        """The kinds in the order :class:`Kind` lists them (stable, for tests and logs)."""
        return (kind for kind in Kind if kind in self.kinds)

    def __repr__(self) -> str:
        return f"Changes({', '.join(kind.name for kind in self)})"


#: A write that changed nothing another screen shows.
NOTHING = Changes()
