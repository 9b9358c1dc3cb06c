"""Boundaries, their linked values, and the log of how they went."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.boundaries import Boundary, BoundaryEvent, BoundaryStatus, Outcome
from ...domain.revisions import Kind
from .base import PlanRepository, iso, parse_day

_FIELDS = ("statement", "context", "script", "if_crossed")


class BoundaryRepository(PlanRepository[Boundary]):
    kind = Kind.BOUNDARY
    table = "boundaries"
    noun = "boundary"

    def _load(self, row: Any) -> Boundary:
        return Boundary(
            id=row["id"],
            **{name: row[name] for name in _FIELDS},
            status=BoundaryStatus(row["status"]),
            value_ids=self._linked_values(row["id"]),
        )

    def _insert(self, record: Boundary, now: str) -> int:
        cursor = self._db.execute(
            f"INSERT INTO boundaries ({', '.join(_FIELDS)}, status, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (*(getattr(record, n) for n in _FIELDS), record.status.value, now, now),
        )
        boundary_id = int(cursor.lastrowid)
        self._set_linked_values(boundary_id, record.value_ids)
        return boundary_id

    def _update(self, record: Boundary, now: str) -> None:
        sets = ", ".join(f"{name} = ?" for name in _FIELDS)
        self._db.execute(
            f"UPDATE boundaries SET {sets}, status = ?, updated_at = ? WHERE id = ?",
            (*(getattr(record, n) for n in _FIELDS), record.status.value, now, record.id),
        )
        self._set_linked_values(record.id, record.value_ids)  # type: ignore[arg-type]

    # The log of how it went (progress data, not a plan change: no revision)

    def log_event(self, event: BoundaryEvent) -> BoundaryEvent:
        with self._vault.transaction():
            self.get(event.boundary_id)  # refuses a boundary that is not there
            cursor = self._db.execute(
                "INSERT INTO boundary_events (boundary_id, on_date, outcome, note, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    event.boundary_id,
                    event.on.isoformat(),
                    event.outcome.value,
                    event.note,
                    iso(self._vault.now()),
                ),
            )
        return BoundaryEvent(
            int(cursor.lastrowid), event.boundary_id, event.on, event.outcome, event.note
        )

    def events(
        self, boundary_id: int | None = None, start: date | None = None, end: date | None = None
    ) -> list[BoundaryEvent]:
        """Events, newest first, optionally for one boundary and a date range (inclusive)."""
        where = ["1"]
        params: list[object] = []
        if boundary_id is not None:
            where.append("boundary_id = ?")
            params.append(boundary_id)
        if start is not None:
            where.append("on_date >= ?")
            params.append(start.isoformat())
        if end is not None:
            where.append("on_date <= ?")
            params.append(end.isoformat())
        rows = self._db.all(
            f"SELECT * FROM boundary_events WHERE {' AND '.join(where)}"
            " ORDER BY on_date DESC, id DESC",
            params,
        )
        return [
            BoundaryEvent(
                r["id"],
                r["boundary_id"],
                parse_day(r["on_date"]),  # type: ignore[arg-type]
                Outcome(r["outcome"]),
                r["note"],
            )
            for r in rows
        ]

    def delete_event(self, event_id: int) -> None:
        with self._vault.transaction():
            self._db.execute("DELETE FROM boundary_events WHERE id = ?", (event_id,))
