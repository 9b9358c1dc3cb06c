"""Gentle words for a goal's status, and how a goal reads in the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ....domain.goals import Goal, GoalStatus

#: The list shows active goals first, then resting ones, then the ones that are done.
STATUS_ORDER = (GoalStatus.ACTIVE, GoalStatus.PAUSED, GoalStatus.ACHIEVED, GoalStatus.LET_GO)


def status_label(status: GoalStatus) -> str:
    # Spelled out in full: pyside6-lupdate reads a call named `tr` as self.tr(text, comment).
    return {
        GoalStatus.ACTIVE: QCoreApplication.translate("Goals", "Working on it"),
        GoalStatus.PAUSED: QCoreApplication.translate("Goals", "Paused"),
        GoalStatus.ACHIEVED: QCoreApplication.translate("Goals", "Achieved"),
        GoalStatus.LET_GO: QCoreApplication.translate("Goals", "Let go"),
    }[status]


def sort_goals(goals: list[Goal]) -> list[Goal]:
    return sorted(goals, key=lambda g: (STATUS_ORDER.index(g.status), g.id or 0))


def goal_line(goal: Goal) -> str:
    """Two lines for the list: the title, then status and progress."""
    detail = QCoreApplication.translate("Goals", "{status} · {percent} %").format(
        status=status_label(goal.status), percent=goal.progress_percent
    )
    return f"{goal.title}\n{detail}"
