"""The quick mood of the day (1–5), one per day; the latest check-in of a day wins."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...domain.journal import check_mood
from ...domain.text import check_length
from .base import iso

if TYPE_CHECKING:
    from ..vault import Vault


class MoodRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def set(self, on: date, mood: int, note: str = "") -> None:
        check_mood(mood)
        check_length(note, 2000)
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO mood_checkins (on_date, mood, note, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (on_date) DO UPDATE SET mood = excluded.mood,"
                " note = excluded.note, at = excluded.at",
                (on.isoformat(), mood, note, iso(self._vault.now())),
            )

    def clear(self, on: date) -> None:
        with self._vault.transaction() as db:
            db.execute("DELETE FROM mood_checkins WHERE on_date = ?", (on.isoformat(),))

    def get(self, on: date) -> int | None:
        row = self._vault.db.one(
            "SELECT mood FROM mood_checkins WHERE on_date = ?", (on.isoformat(),)
        )
        return None if row is None else int(row[0])

    def between(self, start: date, end: date) -> dict[date, int]:
        rows = self._vault.db.all(
            "SELECT on_date, mood FROM mood_checkins WHERE on_date BETWEEN ? AND ?"
            " ORDER BY on_date",
            (start.isoformat(), end.isoformat()),
        )
        return {date.fromisoformat(r[0]): int(r[1]) for r in rows}
