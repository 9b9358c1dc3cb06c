"""Boundaries in the person's own words, and a log of how they went."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .text import check_length, require_text


class BoundaryStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    LET_GO = "let_go"


class Outcome(StrEnum):
    """How holding a boundary went. None of these is a failure to be shamed for."""

    HELD = "held"
    CROSSED = "crossed"
    RENEGOTIATED = "renegotiated"


@dataclass(frozen=True)
class Boundary:
    id: int | None
    statement: str
    context: str = ""
    script: str = ""
    if_crossed: str = ""
    status: BoundaryStatus = BoundaryStatus.ACTIVE
    value_ids: tuple[int, ...] = ()

    def __post_init__(self) -> None:
        require_text(self.statement, "Write the boundary in a few words of your own.", limit=2000)


@dataclass(frozen=True)
class BoundaryEvent:
    id: int | None
    boundary_id: int
    on: date
    outcome: Outcome
    note: str = ""

    def __post_init__(self) -> None:
        if not isinstance(self.outcome, Outcome):
            raise ValidationError("Choose held, crossed or renegotiated.")
        check_length(self.note, 20_000)
