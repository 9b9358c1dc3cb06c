"""The safety plan: the six Stanley–Brown steps and reasons for living.

Every item is in the person's own words. Steps 3–5 hold people and services, so an
item can carry how to reach them and a coded label to print instead of the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from .errors import ValidationError
from .text import QT_TRANSLATE_NOOP, check_length, require_text


class Step(StrEnum):
    WARNING_SIGNS = "warning_signs"
    ON_MY_OWN = "on_my_own"
    PEOPLE_AND_PLACES = "people_and_places"
    PEOPLE_TO_ASK = "people_to_ask"
    PROFESSIONALS = "professionals"
    SAFER_SURROUNDINGS = "safer_surroundings"
    REASONS_FOR_LIVING = "reasons_for_living"

    @property
    def number(self) -> int:
        """1–6 for the Stanley–Brown steps; 7 for reasons for living, shown last."""
        return list(Step).index(self) + 1

    @property
    def has_contacts(self) -> bool:
        return self in CONTACT_STEPS


CONTACT_STEPS = frozenset({Step.PEOPLE_AND_PLACES, Step.PEOPLE_TO_ASK, Step.PROFESSIONALS})

#: The translation context of :data:`STEP_TITLES` (``wellbeing.ui.words.plan`` and the
#: PDF translate the same source strings in it, so lupdate and run time agree).
STEP_CONTEXT = "SafetyPlan"
#: Each step's short title, once for every screen, printout and file (CARE.md's wording).
#: In English as written here for the command line and Markdown.
STEP_TITLES: dict[Step, str] = {
    Step.WARNING_SIGNS: QT_TRANSLATE_NOOP("SafetyPlan", "Warning signs"),
    Step.ON_MY_OWN: QT_TRANSLATE_NOOP("SafetyPlan", "Things I can do on my own"),
    Step.PEOPLE_AND_PLACES: QT_TRANSLATE_NOOP("SafetyPlan", "People and places that help"),
    Step.PEOPLE_TO_ASK: QT_TRANSLATE_NOOP("SafetyPlan", "People I can ask for help"),
    Step.PROFESSIONALS: QT_TRANSLATE_NOOP("SafetyPlan", "Professionals and services"),
    Step.SAFER_SURROUNDINGS: QT_TRANSLATE_NOOP("SafetyPlan", "Making my surroundings safer"),
    Step.REASONS_FOR_LIVING: QT_TRANSLATE_NOOP("SafetyPlan", "Reasons for living"),
}


def numbered(step: Step, title: str) -> str:
    """ "1. Warning signs" for the six steps, where a layout numbers them; reasons for
    living stay unnumbered. ``title`` is the step's title in the reader's language."""
    return title if step is Step.REASONS_FOR_LIVING else f"{step.number}. {title}"


@dataclass(frozen=True)
class SafetyItem:
    """One line of the plan. ``likelihood``: how likely am I to use this, 1–5."""

    text: str
    reach: str = ""
    coded_label: str = ""
    likelihood: int | None = None
    obstacles: str = ""

    def __post_init__(self) -> None:
        require_text(self.text, "Write this item in a few words of your own.", limit=2000)
        for value in (self.reach, self.coded_label, self.obstacles):
            check_length(value, 2000)
        if self.likelihood is not None and (
            isinstance(self.likelihood, bool) or self.likelihood not in range(1, 6)
        ):
            raise ValidationError("How likely is a number from 1 to 5, or left empty.")


@dataclass(frozen=True)
class SafetyPlan:
    """The whole plan. ``items`` maps each step to its items, in the person's order."""

    items: dict[Step, tuple[SafetyItem, ...]] = field(default_factory=dict)
    kept_where: str = ""
    shared_with: str = ""
    last_reviewed: date | None = None
    #: The person's own wording of a step's prompt; steps not here use the app's prompt.
    prompts: dict[Step, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        full = {step: tuple(self.items.get(step, ())) for step in Step}
        object.__setattr__(self, "items", full)
        own = {Step(step): text for step, text in self.prompts.items() if text.strip()}
        object.__setattr__(self, "prompts", own)
        check_length(self.kept_where, 2000)
        check_length(self.shared_with, 2000)
        for text in own.values():
            check_length(text, 2000)

    def section(self, step: Step) -> tuple[SafetyItem, ...]:
        return self.items[step]

    def with_section(self, step: Step, items: tuple[SafetyItem, ...]) -> SafetyPlan:
        return replace(self, items={**self.items, step: tuple(items)})

    @property
    def is_empty(self) -> bool:
        return not any(self.items.values()) and not self.kept_where and not self.shared_with
