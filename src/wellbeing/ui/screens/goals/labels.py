"""Gentle words for a goal's status, and how a goal reads in the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....domain.goals import Goal, GoalStatus
from ...words.plan import goal_status

#: The list shows active goals first, then resting ones, then the ones that are done.
STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED, GoalStatus.LET_GO)


def status_label(status: GoalStatus) -> str:
    return goal_status(status)


def sort_goals(goals: list[Goal]) -> list[Goal]:
    return sorted(goals, key=lambda g: (STATUS_ORDER.index(g.status), g.id or 0))


def goal_line(goal: Goal) -> str:
    """Two lines for the list: the title, then status and progress."""
    detail = QCoreApplication.translate("Goals", "{status} · {percent} %").format(
        status=status_label(goal.status), percent=goal.progress_percent
    )
    return f"{goal.title}\n{detail}"
