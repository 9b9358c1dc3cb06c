"""The revision log: one row per change to the plan, written in the change's transaction."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from ...domain.revisions import Action, Kind, PlanSnapshot, Revision, build_snapshot
from ...domain.snapshot import to_dict
from .base import iso

if TYPE_CHECKING:
    from ..vault import Vault


def _json(record: Any) -> str | None:
    if record is None:
        return None
    return json.dumps(to_dict(record), ensure_ascii=False, sort_keys=True)


def row_to_revision(row: Any) -> Revision:
    return Revision(
        id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        kind=Kind(row["kind"]),
        entity_id=row["entity_id"],
        action=Action(row["action"]),
        before=None if row["before"] is None else json.loads(row["before"]),
        after=None if row["after"] is None else json.loads(row["after"]),
        note=row["note"],
        origin=row["origin"],
        review_id=row["review_id"],
    )


class RevisionLog:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault
        self._note = ""
        self._origin = ""
        self._review_id: int | None = None

    @contextmanager
    def context(self, note: str, origin: str, review_id: int | None = None) -> Iterator[None]:
        saved = self._note, self._origin, self._review_id
        self._note, self._origin, self._review_id = note, origin, review_id
        try:
            yield
        finally:
            self._note, self._origin, self._review_id = saved

    def record(self, kind: Kind, entity_id: int, action: Action, before: Any, after: Any) -> None:
        """Append a revision. Must run inside the transaction that made the change."""
        db = self._vault.db
        if not db.in_transaction:
            raise RuntimeError("a revision must be written in the change's transaction")
        db.execute(
            "INSERT INTO revisions (at, kind, entity_id, action, before, after, note, origin,"
            " review_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                iso(self._vault.now()),
                kind.value,
                entity_id,
                action.value,
                _json(before),
                _json(after),
                self._note,
                self._origin,
                self._review_id,
            ),
        )

    def list(
        self,
        kind: Kind | None = None,
        entity_id: int | None = None,
        limit: int | None = None,
        origin: str | None = None,
    ) -> list[Revision]:
        """Newest first; optionally only one record's, or only those of one origin."""
        where: list[str] = []
        params: list[object] = []
        if origin is not None:
            where.append("origin = ?")
            params.append(origin)
        if kind is not None:
            where.append("kind = ?")
            params.append(kind.value)
        if entity_id is not None:
            where.append("entity_id = ?")
            params.append(entity_id)
        sql = "SELECT * FROM revisions"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY at DESC, id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row_to_revision(r) for r in self._vault.db.all(sql, params)]

    def plan_as_of(self, moment: datetime) -> PlanSnapshot:
        """The whole plan as it stood at ``moment``, rebuilt from revisions alone."""
        if moment.tzinfo is None:
            moment = moment.astimezone()
        at = iso(moment.astimezone(UTC))
        rows = self._vault.db.all(
            """
            SELECT r.* FROM revisions AS r
            JOIN (
                SELECT kind, entity_id, max(id) AS last_id FROM revisions
                WHERE at <= ? GROUP BY kind, entity_id
            ) AS newest ON newest.last_id = r.id
            """,
            (at,),
        )
        return build_snapshot(moment, [row_to_revision(r) for r in rows])
