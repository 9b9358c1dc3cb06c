"""Review records (reflections over a period) and WHO-5 check-ins.

Neither is a plan change, so neither writes a revision; plan changes made *from* a review
carry its id instead (``Vault.revision_context(review_id=...)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ...domain.errors import NotFoundError, ValidationError
from ...domain.review import Review, Who5CheckIn, check_who5
from .base import iso

if TYPE_CHECKING:
    from ..db import Database
    from ..vault import Vault

_TEXTS = ("what_helped", "what_got_in_the_way", "what_to_change")
_GONE = "That review is no longer there."


def _load(row: Any) -> Review:
    return Review(
        id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        period_start=date.fromisoformat(row["period_start"]),
        period_end=date.fromisoformat(row["period_end"]),
        **{name: row[name] for name in _TEXTS},
    )


class ReviewRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Database:
        return self._vault.db

    def add(self, review: Review) -> Review:
        """Save a new review; its time is now unless it carries one."""
        if review.id is not None:
            raise ValidationError("This review is already saved.")
        at = review.at or self._vault.now()
        with self._vault.transaction() as db:
            cursor = db.execute(
                "INSERT INTO reviews (at, period_start, period_end, what_helped,"
                " what_got_in_the_way, what_to_change) VALUES (?, ?, ?, ?, ?, ?)",
                (
                    iso(at),
                    review.period_start.isoformat(),
                    review.period_end.isoformat(),
                    *(getattr(review, name) for name in _TEXTS),
                ),
            )
            return self.get(int(cursor.lastrowid))

    def get(self, review_id: int) -> Review:
        row = self._db.one("SELECT * FROM reviews WHERE id = ?", (review_id,))
        if row is None:
            raise NotFoundError(_GONE)
        return _load(row)

    def update(self, review: Review) -> Review:
        """Save changed words or dates; the review keeps the time it was first made."""
        if review.id is None:
            raise ValidationError("This review has not been saved yet.")
        with self._vault.transaction() as db:
            cursor = db.execute(
                "UPDATE reviews SET period_start = ?, period_end = ?, what_helped = ?,"
                " what_got_in_the_way = ?, what_to_change = ? WHERE id = ?",
                (
                    review.period_start.isoformat(),
                    review.period_end.isoformat(),
                    *(getattr(review, name) for name in _TEXTS),
                    review.id,
                ),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(_GONE)
            return self.get(review.id)

    def list(self, limit: int | None = None) -> list[Review]:
        """Newest first."""
        sql = "SELECT * FROM reviews ORDER BY at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [_load(row) for row in self._db.all(sql)]

    def delete(self, review_id: int) -> None:
        """Remove for good (secure_delete overwrites the freed pages). Plan changes made
        in it stay in the history, no longer linked to a review."""
        with self._vault.transaction() as db:
            cursor = db.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            if cursor.rowcount == 0:
                raise NotFoundError(_GONE)


class Who5Repository:
    """One WHO-5 check-in a day at most; saving again on the same day replaces it."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    def set(self, on: date, answers: Sequence[int]) -> Who5CheckIn:
        values = check_who5(answers)
        if on > self._vault.today():
            raise ValidationError("A check-in cannot be for a day that has not come yet.")
        with self._vault.transaction() as db:
            db.execute(
                "INSERT INTO who5 (on_date, answers, at) VALUES (?, ?, ?)"
                " ON CONFLICT (on_date) DO UPDATE SET answers = excluded.answers,"
                " at = excluded.at",
                (on.isoformat(), "".join(map(str, values)), iso(self._vault.now())),
            )
        return Who5CheckIn(on, values)

    def get(self, on: date) -> Who5CheckIn | None:
        row = self._vault.db.one("SELECT answers FROM who5 WHERE on_date = ?", (on.isoformat(),))
        return None if row is None else Who5CheckIn(on, _answers(row[0]))

    def between(self, start: date, end: date) -> list[Who5CheckIn]:
        """Check-ins from ``start`` to ``end`` inclusive, oldest first."""
        rows = self._vault.db.all(
            "SELECT on_date, answers FROM who5 WHERE on_date BETWEEN ? AND ? ORDER BY on_date",
            (start.isoformat(), end.isoformat()),
        )
        return [Who5CheckIn(date.fromisoformat(r[0]), _answers(r[1])) for r in rows]

    def clear(self, on: date) -> None:
        with self._vault.transaction() as db:
            db.execute("DELETE FROM who5 WHERE on_date = ?", (on.isoformat(),))


def _answers(text: str) -> tuple[int, int, int, int, int]:
    return check_who5(tuple(int(ch) for ch in text))
