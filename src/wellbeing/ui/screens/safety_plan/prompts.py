"""The app's words for the safety plan: default prompts, hints and suggestions.

Step titles are said once for every screen and printout, in ``ui.words.plan``
(re-exported here as :func:`step_title`).

One file of messages, so the tone can be read and reviewed in one place (CARE.md: plain,
warm, the person's own words first; never assume a service is safe for this person).
The structure is the Stanley–Brown Safety Planning Intervention; the wording is ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....domain.safety_plan import Step
from ...words.plan import step_title

__all__ = [
    "add_hint",
    "default_prompt",
    "details_hint",
    "likelihood_labels",
    "service_suggestions",
    "services_note",
    "step_title",
]


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def default_prompt(step: Step) -> str:
    """The app's prompt for a step, used until the person rewords it."""
    prompts = {
        Step.WARNING_SIGNS: _tr(
            "Warning signs: thoughts, images, moods, situations or behaviours that tell me "
            "a crisis may be building"
        ),
        Step.ON_MY_OWN: _tr(
            "Things I can do on my own to take my mind off my problems — ideas that work "
            "even at 2 a.m."
        ),
        Step.PEOPLE_AND_PLACES: _tr(
            "People and places that help me take my mind off things (to be with, not to tell)"
        ),
        Step.PEOPLE_TO_ASK: _tr("People I can ask for help, and how to reach them"),
        Step.PROFESSIONALS: _tr(
            "Professionals and services I can contact in a crisis — only ones I trust"
        ),
        Step.SAFER_SURROUNDINGS: step_title(Step.SAFER_SURROUNDINGS),  # says it all
        Step.REASONS_FOR_LIVING: _tr("The one thing most important to me, worth living for"),
    }
    return prompts[step]


def add_hint(step: Step) -> str:
    """Placeholder of the box that adds an item to a step."""
    hints = {
        Step.WARNING_SIGNS: _tr("Add a warning sign and press Enter"),
        Step.ON_MY_OWN: _tr("Add something that helps and press Enter"),
        Step.PEOPLE_AND_PLACES: _tr("Add a person or a place and press Enter"),
        Step.PEOPLE_TO_ASK: _tr("Add someone I can ask and press Enter"),
        Step.PROFESSIONALS: _tr("Add a professional or a service and press Enter"),
        Step.SAFER_SURROUNDINGS: _tr("Add one way to make things safer and press Enter"),
        Step.REASONS_FOR_LIVING: _tr("Add what matters to me and press Enter"),
    }
    return hints[step]


def details_hint(step: Step) -> str:
    """Beside a step's items while none is chosen: what choosing one offers."""
    if step.has_contacts:
        return _tr(
            "Choose an item to add how to reach them, how likely you are to use it, "
            "and what might get in the way."
        )
    return _tr("Choose an item to add how likely you are to use it and what might get in the way.")


def services_note() -> str:
    """Shown with step 5: suggestions are only suggestions."""
    return _tr(
        "Not every service is safe for everyone. Keep only the ones you trust; you can "
        "change or remove any of these."
    )


def service_suggestions() -> list[str]:
    """Step 5 suggestions; each button adds one as an item the person rewords and fills in."""
    return [
        _tr("My clinician and their after-hours number"),
        _tr("Urgent care near me"),
        _tr("A crisis line I choose"),
    ]


#: How likely am I to use this? Index = the stored 1–5 (0: not set).
def likelihood_labels() -> list[str]:
    return [
        _tr("Not set"),
        _tr("1 · not likely"),
        _tr("2 · not sure"),
        _tr("3 · maybe"),
        _tr("4 · likely"),
        _tr("5 · very likely"),
    ]
