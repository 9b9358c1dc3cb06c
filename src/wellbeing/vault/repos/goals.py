"""Goals with their steps and linked values."""

from __future__ import annotations

from typing import Any

from ...domain.goals import Goal, GoalStatus, GoalStep
from ...domain.revisions import Kind
from .base import PlanRepository, day, parse_day

_FIELDS = ("title", "specific", "measurable", "achievable", "relevant", "time_bound")


class GoalRepository(PlanRepository[Goal]):
    kind = Kind.GOAL
    table = "goals"
    noun = "goal"

    def _load(self, row: Any) -> Goal:
        steps = self._db.all(
            "SELECT text, done, done_on FROM goal_steps WHERE goal_id = ? ORDER BY position",
            (row["id"],),
        )
        return Goal(
            id=row["id"],
            **{name: row[name] for name in _FIELDS},
            target_date=parse_day(row["target_date"]),
            status=GoalStatus(row["status"]),
            progress=row["progress"],
            value_ids=self._linked_values(row["id"]),
            steps=tuple(
                GoalStep(text=s["text"], done=bool(s["done"]), done_on=parse_day(s["done_on"]))
                for s in steps
            ),
        )

    def _columns(self, record: Goal) -> tuple[Any, ...]:
        return (
            *(getattr(record, name) for name in _FIELDS),
            day(record.target_date),
            record.status.value,
            record.progress,
        )

    def _insert(self, record: Goal, now: str) -> int:
        cursor = self._db.execute(
            f"INSERT INTO goals ({', '.join(_FIELDS)}, target_date, status, progress,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._columns(record), now, now),
        )
        goal_id = int(cursor.lastrowid)
        self._write_children(goal_id, record)
        return goal_id

    def _update(self, record: Goal, now: str) -> None:
        sets = ", ".join(f"{name} = ?" for name in _FIELDS)
        self._db.execute(
            f"UPDATE goals SET {sets}, target_date = ?, status = ?, progress = ?,"
            " updated_at = ? WHERE id = ?",
            (*self._columns(record), now, record.id),
        )
        self._write_children(record.id, record)  # type: ignore[arg-type]

    def _write_children(self, goal_id: int, record: Goal) -> None:
        self._db.execute("DELETE FROM goal_steps WHERE goal_id = ?", (goal_id,))
        self._db.executemany(
            "INSERT INTO goal_steps (goal_id, position, text, done, done_on)"
            " VALUES (?, ?, ?, ?, ?)",
            [(goal_id, i, s.text, int(s.done), day(s.done_on)) for i, s in enumerate(record.steps)],
        )
        self._set_linked_values(goal_id, record.value_ids)
