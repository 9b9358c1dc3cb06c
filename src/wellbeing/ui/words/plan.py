"""The plan's shared words: step titles, statuses, how a boundary went, check-ins, piles.

Step titles are the domain's ``STEP_TITLES`` (English for the command line and Markdown),
translated here in their context. The rest is said only by the interface, so each
phrase is written once below, in the context ``PlanWords``. Status words stay kind:
"let go", never "failed"; "not today" is never a broken streak.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.boundaries import BoundaryStatus, Outcome
from ...domain.goals import GoalStatus
from ...domain.routines import CheckInStatus, RoutineStatus
from ...domain.safety_plan import STEP_CONTEXT, STEP_TITLES, Step, numbered
from ...domain.values import Pile


def step_title(step: Step) -> str:
    """A short, kind title for a step ("Warning signs")."""
    return QCoreApplication.translate(STEP_CONTEXT, STEP_TITLES[step])


def numbered_step_title(step: Step) -> str:
    """ "1. Warning signs", where a layout numbers the steps; reasons for living unnumbered."""
    return numbered(step, step_title(step))


# Spelled out in full: pyside6-lupdate reads a call named `tr` as self.tr(text, comment).


def goal_status(status: GoalStatus) -> str:
    return {
        GoalStatus.ACTIVE: QCoreApplication.translate("PlanWords", "Working on it"),
        GoalStatus.PAUSED: QCoreApplication.translate("PlanWords", "Paused"),
        GoalStatus.ACHIEVED: QCoreApplication.translate("PlanWords", "Achieved"),
        GoalStatus.LET_GO: QCoreApplication.translate("PlanWords", "Let go"),
    }[status]


def record_status(found: BoundaryStatus | RoutineStatus) -> str:
    """A boundary's or a routine's status (they share the words)."""
    return {
        "active": QCoreApplication.translate("PlanWords", "Active"),
        "paused": QCoreApplication.translate("PlanWords", "Paused"),
        "let_go": QCoreApplication.translate("PlanWords", "Let go"),
    }[found.value]


def outcome(found: Outcome) -> str:
    """How a boundary went: none of these is a failure."""
    return {
        Outcome.HELD: QCoreApplication.translate("PlanWords", "Held"),
        Outcome.CROSSED: QCoreApplication.translate("PlanWords", "Crossed"),
        Outcome.RENEGOTIATED: QCoreApplication.translate("PlanWords", "Renegotiated"),
    }[found]


def check_in(found: CheckInStatus | None) -> str:
    """A routine's check-in on a day, inside a sentence ("Mon 2 March: done.")."""
    return {
        CheckInStatus.DONE: QCoreApplication.translate("PlanWords", "done"),
        CheckInStatus.SKIPPED: QCoreApplication.translate("PlanWords", "skipped"),
        CheckInStatus.NOT_NEEDED: QCoreApplication.translate("PlanWords", "not needed"),
        None: QCoreApplication.translate("PlanWords", "nothing noted"),
    }[found]


def pile(found: Pile) -> str:
    """The words for a pile of value cards, as on the sort buttons."""
    return {
        Pile.VERY_IMPORTANT: QCoreApplication.translate("PlanWords", "Very important to me"),
        Pile.IMPORTANT: QCoreApplication.translate("PlanWords", "Important to me"),
        Pile.LESS_IMPORTANT: QCoreApplication.translate(
            "PlanWords", "Less important to me right now"
        ),
        Pile.UNSORTED: QCoreApplication.translate("PlanWords", "Not sorted yet"),
    }[found]
