"""Values: the person's sorted cards."""

from __future__ import annotations

from typing import Any

from ...domain.revisions import Kind
from ...domain.values import Pile, Value
from .base import PlanRepository


class ValueRepository(PlanRepository[Value]):
    kind = Kind.VALUE
    table = "plan_values"
    noun = "value"
    _order = "ORDER BY rank IS NULL, rank, id"

    def _load(self, row: Any) -> Value:
        return Value(
            id=row["id"],
            name=row["name"],
            description=row["description"],
            pile=Pile(row["pile"]),
            rank=row["rank"],
            why=row["why"],
            own_card=bool(row["own_card"]),
        )

    def _insert(self, record: Value, now: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO plan_values (name, description, pile, rank, why, own_card,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.name,
                record.description,
                record.pile.value,
                record.rank,
                record.why,
                int(record.own_card),
                now,
                now,
            ),
        )
        return int(cursor.lastrowid)

    def _update(self, record: Value, now: str) -> None:
        self._db.execute(
            "UPDATE plan_values SET name = ?, description = ?, pile = ?, rank = ?, why = ?,"
            " own_card = ?, updated_at = ? WHERE id = ?",
            (
                record.name,
                record.description,
                record.pile.value,
                record.rank,
                record.why,
                int(record.own_card),
                now,
                record.id,
            ),
        )
