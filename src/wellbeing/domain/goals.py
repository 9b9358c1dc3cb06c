"""Goals: SMART fields, the values they serve, steps and progress."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .text import require_text


class GoalStatus(StrEnum):
    """A goal can rest or be let go; neither is a failure."""

    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    LET_GO = "let_go"


@dataclass(frozen=True)
class GoalStep:
    text: str
    done: bool = False
    done_on: date | None = None

    def __post_init__(self) -> None:
        require_text(self.text, "A step needs a few words.", limit=1000)


@dataclass(frozen=True)
class Goal:
    """A goal. ``progress`` is the person's own 0–100 estimate; None means "from steps"."""

    id: int | None
    title: str
    specific: str = ""
    measurable: str = ""
    achievable: str = ""
    relevant: str = ""
    time_bound: str = ""
    target_date: date | None = None
    status: GoalStatus = GoalStatus.ACTIVE
    progress: int | None = None
    value_ids: tuple[int, ...] = ()
    steps: tuple[GoalStep, ...] = ()

    def __post_init__(self) -> None:
        require_text(self.title, "Give the goal a short title.", limit=300)
        if self.progress is not None and not 0 <= self.progress <= 100:
            raise ValidationError("Progress is a number from 0 to 100.")

    @property
    def progress_percent(self) -> int:
        """The person's estimate if given; 100 once achieved; else the share of steps done."""
        if self.progress is not None:
            return self.progress
        if self.status is GoalStatus.ACHIEVED:
            return 100
        if not self.steps:
            return 0
        return round(100 * sum(step.done for step in self.steps) / len(self.steps))

    @property
    def next_step(self) -> GoalStep | None:
        return next((step for step in self.steps if not step.done), None)
