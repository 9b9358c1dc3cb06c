"""Routines, their check-ins and pauses."""

from __future__ import annotations

from datetime import date
from typing import Any

from ...domain.errors import ValidationError
from ...domain.revisions import Kind
from ...domain.routines import (
    CheckIn,
    CheckInStatus,
    Pause,
    Routine,
    RoutineStatus,
    Schedule,
    ScheduleKind,
)
from ...domain.scoring import strength
from .base import PlanRepository, parse_day


class RoutineRepository(PlanRepository[Routine]):
    kind = Kind.ROUTINE
    table = "routines"
    noun = "routine"

    def _load(self, row: Any) -> Routine:
        return Routine(
            id=row["id"],
            name=row["name"],
            description=row["description"],
            schedule=Schedule(
                kind=ScheduleKind(row["schedule_kind"]),
                weekdays=Schedule.from_bits(row["weekdays"]),
                times_per_week=row["times_per_week"],
            ),
            status=RoutineStatus(row["status"]),
            value_ids=self._linked_values(row["id"]),
            started_on=parse_day(row["started_on"]),
        )

    def _columns(self, record: Routine) -> tuple[Any, ...]:
        s = record.schedule
        return (
            record.name,
            record.description,
            s.kind.value,
            s.to_bits(),
            s.times_per_week,
            record.status.value,
            (record.started_on or self._vault.today()).isoformat(),
        )

    def _insert(self, record: Routine, now: str) -> int:
        cursor = self._db.execute(
            "INSERT INTO routines (name, description, schedule_kind, weekdays, times_per_week,"
            " status, started_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._columns(record), now, now),
        )
        routine_id = int(cursor.lastrowid)
        self._set_linked_values(routine_id, record.value_ids)
        if record.status is RoutineStatus.PAUSED:
            self._open_pause(routine_id)
        return routine_id

    def _update(self, record: Routine, now: str) -> None:
        before = self.get(record.id)  # type: ignore[arg-type]
        self._db.execute(
            "UPDATE routines SET name = ?, description = ?, schedule_kind = ?, weekdays = ?,"
            " times_per_week = ?, status = ?, started_on = ?, updated_at = ? WHERE id = ?",
            (*self._columns(record), now, record.id),
        )
        self._set_linked_values(record.id, record.value_ids)  # type: ignore[arg-type]
        paused_now = record.status is not RoutineStatus.ACTIVE
        paused_before = before.status is not RoutineStatus.ACTIVE
        if paused_now and not paused_before:
            self._open_pause(record.id)  # type: ignore[arg-type]
        elif paused_before and not paused_now:
            self._db.execute(
                "UPDATE routine_pauses SET end = ? WHERE routine_id = ? AND end IS NULL",
                (self._vault.today().isoformat(), record.id),
            )

    def _open_pause(self, routine_id: int) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO routine_pauses (routine_id, start, end) VALUES (?, ?, NULL)",
            (routine_id, self._vault.today().isoformat()),
        )

    # Check-ins: progress data, not plan changes (no revision)

    def check_in(self, check_in: CheckIn) -> CheckIn:
        """Record (or replace) the check-in of one routine on one day."""
        if check_in.on > self._vault.today():
            raise ValidationError("A check-in cannot be for a day that has not come yet.")
        with self._vault.transaction():
            self.get(check_in.routine_id)
            self._db.execute(
                "INSERT INTO check_ins (routine_id, on_date, status, note) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (routine_id, on_date) DO UPDATE SET status = excluded.status,"
                " note = excluded.note",
                (
                    check_in.routine_id,
                    check_in.on.isoformat(),
                    check_in.status.value,
                    check_in.note,
                ),
            )
        return check_in

    def clear_check_in(self, routine_id: int, on: date) -> None:
        with self._vault.transaction():
            self._db.execute(
                "DELETE FROM check_ins WHERE routine_id = ? AND on_date = ?",
                (routine_id, on.isoformat()),
            )

    def check_ins(
        self, routine_id: int, start: date | None = None, end: date | None = None
    ) -> dict[date, CheckInStatus]:
        rows = self._db.all(
            "SELECT on_date, status FROM check_ins WHERE routine_id = ?"
            " AND on_date >= ? AND on_date <= ? ORDER BY on_date",
            (routine_id, (start or date.min).isoformat(), (end or date.max).isoformat()),
        )
        return {date.fromisoformat(r[0]): CheckInStatus(r[1]) for r in rows}

    def pauses(self, routine_id: int) -> list[Pause]:
        rows = self._db.all(
            "SELECT start, end FROM routine_pauses WHERE routine_id = ? ORDER BY start",
            (routine_id,),
        )
        return [Pause(date.fromisoformat(r[0]), parse_day(r[1])) for r in rows]

    def strength(self, routine_id: int, on: date | None = None) -> float:
        """Habit strength (0–1) on ``on`` (default today), as in CARE.md."""
        routine = self.get(routine_id)
        end = on or self._vault.today()
        start = routine.started_on or end
        return strength(
            routine.schedule,
            self.check_ins(routine_id, start, end),
            start,
            end,
            self.pauses(routine_id),
        )
