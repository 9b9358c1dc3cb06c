"""Values: cards from the Personal Values Card Sort and the person's own cards."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .errors import ValidationError
from .text import require_text


class Pile(StrEnum):
    """Where a card was sorted. ``UNSORTED`` cards have not been placed yet."""

    UNSORTED = "unsorted"
    VERY_IMPORTANT = "very_important"
    IMPORTANT = "important"
    LESS_IMPORTANT = "less_important"


@dataclass(frozen=True)
class Value:
    """One value card. ``rank`` orders the top cards (1 is first); None when unranked."""

    id: int | None
    name: str
    description: str = ""
    pile: Pile = Pile.UNSORTED
    rank: int | None = None
    why: str = ""
    own_card: bool = False

    def __post_init__(self) -> None:
        require_text(self.name, "Give the value a name.", limit=200)
        if self.rank is not None and not 1 <= self.rank <= 1000:
            raise ValidationError("A rank is a number from 1 upwards.")
