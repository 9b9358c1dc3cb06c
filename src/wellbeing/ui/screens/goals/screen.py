"""The Goals screen: the person's goals on the left, the one they chose on the right."""

from __future__ import annotations

from typing import Any

from ....domain.changes import Kind
from ....domain.goals import Goal
from ...widgets.plan_screen import PlanScreen, PlanTexts
from .editor import GoalEditor
from .labels import goal_line, sort_goals


class GoalsScreen(PlanScreen):
    """Goals with SMART fields, linked values, steps and progress.

    Needs a ``VaultService``; ``load()`` is called once it is unlocked. Follows
    goal and value changes made elsewhere (the service's ``changed``). Every edit saves
    itself; a new goal is added once it has a title; archiving offers Undo.
    """

    key = "goals"
    kind = Kind.GOAL
    record_type = Goal
    required = "title"

    def make_editor(self) -> GoalEditor:
        return GoalEditor(lambda: self.service.vault.today())

    def texts(self) -> PlanTexts:
        return PlanTexts(
            heading=self.tr("Goals"),
            intro=self.tr(
                "Goals in your own words, the values they serve, and small steps. "
                "Changes save themselves, encrypted, on this computer only."
            ),
            new=self.tr("New goal"),
            list_name=self.tr("Your goals"),
            empty=self.tr("No goals yet. “New goal” starts one."),
            archived=self.tr("The goal is in the archive now."),
            choose=self.tr("Choose a goal, or start a new one."),
            editor_name=self.tr("Goal"),
            needs_words=self.tr("Give the goal a short title and it will save itself."),
            keeps_old=self.tr(
                "A goal needs a short title. Until you write a new one, it keeps the old one."
            ),
            untitled=self.tr("A goal without a title yet"),
        )

    def title(self) -> str:
        return self.tr("Goals")

    def sort(self, records: list[Any]) -> list[Any]:
        return sort_goals(records)

    def line(self, record: Any) -> str:
        return goal_line(record)

    def new_goal(self) -> None:
        self.new_record()
