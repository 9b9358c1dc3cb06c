"""The safety plan: one record, saved whole, with a revision for every change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.revisions import SAFETY_PLAN_ID, Action, Kind
from ...domain.safety_plan import SafetyItem, SafetyPlan, Step
from .base import day, parse_day

if TYPE_CHECKING:
    from ..vault import Vault


class SafetyPlanRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def get(self) -> SafetyPlan:
        db = self._vault.db
        head = db.one("SELECT * FROM safety_plan WHERE id = 1")
        items: dict[Step, list[SafetyItem]] = {}
        for row in db.all("SELECT * FROM safety_items ORDER BY step, position"):
            items.setdefault(Step(row["step"]), []).append(
                SafetyItem(
                    text=row["text"],
                    reach=row["reach"],
                    coded_label=row["coded_label"],
                    likelihood=row["likelihood"],
                    obstacles=row["obstacles"],
                )
            )
        prompts = {Step(r[0]): r[1] for r in db.all("SELECT step, text FROM safety_prompts")}
        return SafetyPlan(
            items={step: tuple(found) for step, found in items.items()},
            prompts=prompts,
            kept_where=head["kept_where"] if head else "",
            shared_with=head["shared_with"] if head else "",
            last_reviewed=parse_day(head["last_reviewed"]) if head else None,
        )

    def exists(self) -> bool:
        return self._vault.db.one("SELECT 1 FROM safety_plan WHERE id = 1") is not None

    def save(self, plan: SafetyPlan) -> SafetyPlan:
        """Replace the stored plan with ``plan`` (a no-op when nothing changed)."""
        with self._vault.transaction() as db:
            existed = self.exists()
            before = self.get()
            if existed and before == plan:
                return before
            db.execute(
                "INSERT INTO safety_plan (id, kept_where, shared_with, last_reviewed)"
                " VALUES (1, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " kept_where = excluded.kept_where, shared_with = excluded.shared_with,"
                " last_reviewed = excluded.last_reviewed",
                (plan.kept_where, plan.shared_with, day(plan.last_reviewed)),
            )
            db.execute("DELETE FROM safety_items")
            db.executemany(
                "INSERT INTO safety_items (step, position, text, reach, coded_label,"
                " likelihood, obstacles) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (step.value, i, it.text, it.reach, it.coded_label, it.likelihood, it.obstacles)
                    for step, section in plan.items.items()
                    for i, it in enumerate(section)
                ],
            )
            db.execute("DELETE FROM safety_prompts")
            db.executemany(
                "INSERT INTO safety_prompts (step, text) VALUES (?, ?)",
                [(step.value, text) for step, text in plan.prompts.items()],
            )
            after = self.get()
            action = Action.UPDATED if existed else Action.CREATED
            self._vault.revisions.record(
                Kind.SAFETY_PLAN, SAFETY_PLAN_ID, action, before if existed else None, after
            )
        return after
