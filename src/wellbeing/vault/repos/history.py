"""Plan history: the timeline, the plan on any day, comparisons, and forgetting.

Reading is built on the revision log (:class:`~.revisions.RevisionLog`): the plan on a day
is the newest snapshot of each record up to the end of that local day.

Forgetting is permanent. Old history can itself be a risk (a boundary someone once needed,
a name in an old safety plan), so :meth:`HistoryRepository.forget_revision` and
:meth:`HistoryRepository.forget_before` remove the revision rows and leave behind only a
row in ``forgotten`` that says *that* something was forgotten ("History before 1 March
2026 was forgotten.", "One change was forgotten."), never what it was or what it said.

How the text really leaves the vault folder
-------------------------------------------
Deleting a row is not enough on its own. Three things happen, in this order:

1. **The delete, with ``secure_delete = ON``** (set on every connection in ``db.py``).
   SQLite overwrites the deleted cells, and every page it frees, with zeros instead of
   only marking the space reusable. But in WAL mode those zeroed pages are written as
   *new frames* at the end of ``vault.db-wal``: the older frames that still hold the
   text stay in the WAL file, and ``vault.db`` keeps its old page images until the next
   checkpoint.
2. **``VACUUM``** rebuilds the database from its live rows alone, so no page keeps a
   stale fragment in unused or free space, whatever path SQLite took to leave it there
   (secure_delete is documented to zero *deleted* content; it makes no promise about
   copies a b-tree rebalance left in a page's unallocated area). It is belt and braces:
   in our tests secure_delete alone already left nothing, but forgetting is rare and
   deliberate, and this is the step that does not depend on SQLite internals. It costs
   one rewrite of the file (about a second per hundred MB; run it off the UI thread) and
   free disk space for a second copy while it runs. ``temp_store = MEMORY`` keeps the
   rebuild in memory, not in a temporary file.
3. **``PRAGMA wal_checkpoint(TRUNCATE)``** copies the newest frame of every page into
   ``vault.db`` and then truncates ``vault.db-wal`` to zero bytes. This is the step that
   actually removes the old page images: an ordinary (PASSIVE) checkpoint, or the
   automatic one, copies the pages but leaves the old frames in the WAL file until they
   happen to be overwritten. The result is checked; if another connection's read blocks
   it, :class:`VaultError` says so (locking the vault checkpoints again).

``vault.db-shm`` holds only the WAL's index (page and frame numbers), never content.
Everything on disk is SQLCipher-encrypted anyway, so the text was never readable in the
files without the key; these steps make sure it is gone *even for someone who has the
key* (a coerced passphrase), which the tests check by decrypting every page and every
WAL frame. What no database can promise: copies outside the vault folder (backups,
exports, a synced or snapshotted folder) and blocks the file system or an SSD keeps
after a rewrite.

``forget_before`` keeps the plan rebuildable from the day onward: before deleting, each
record that was in the plan at the start of the day gets a *baseline* revision at that
moment holding its state then (origin :data:`~wellbeing.domain.history.BASELINE_ORIGIN`,
not shown in the timeline). The baseline reuses the id of the record's newest revision
before the day, because ``plan_as_of`` takes the newest revision by id: a fresh, larger
id would outrank that record's later changes.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ...domain.errors import Message, NotFoundError, ValidationError, VaultError
from ...domain.history import (
    BASELINE_ORIGIN,
    Change,
    Forgotten,
    ForgottenKind,
    TimelineLine,
    compare,
    forgotten_timeline,
    timeline_line,
)
from ...domain.revisions import Action, Kind, PlanSnapshot, Revision
from .base import iso
from .revisions import row_to_revision
from .wiping import wipe_freed

if TYPE_CHECKING:
    from ..db import Database
    from ..vault import Vault

TimelineItem = tuple[Revision | Forgotten, TimelineLine]

_NOUNS = {
    Kind.VALUE: "value",
    Kind.GOAL: "goal",
    Kind.BOUNDARY: "boundary",
    Kind.ROUTINE: "routine",
    Kind.SAFETY_PLAN: "safety plan",
}
_GONE = "That change is no longer in the history."
_LATEST = (
    "This is the latest change to this {noun}, so it shows how the {noun} stands now and "
    "stays in the history. Once the {noun} changes again, this change can be forgotten."
)
_FUTURE = "Choose a day up to today: the plan as it stands now is always kept."
_NOT_WIPED = (
    "The history was forgotten, but its old copy could not be wiped from the vault file "
    "yet because the vault is busy. Locking the vault finishes it."
)


def day_start(day: date) -> datetime:
    """The first moment of ``day`` in local time."""
    return datetime.combine(day, time.min).astimezone()


def day_end(day: date) -> datetime:
    """The last moment (to the microsecond) of ``day`` in local time."""
    return day_start(day + timedelta(days=1)) - timedelta(microseconds=1)


def _forgotten(row: Any) -> Forgotten:
    return Forgotten(
        id=row["id"],
        at=datetime.fromisoformat(row["at"]),
        kind=ForgottenKind(row["kind"]),
        before=None if row["before"] is None else date.fromisoformat(row["before"]),
    )


def _same_json(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return bool(json.loads(a) == json.loads(b))


class HistoryRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Database:
        return self._vault.db

    # Reading

    def timeline(self, limit: int = 200, before_id: int | None = None) -> list[TimelineItem]:
        """Newest first: up to ``limit`` revisions with their timeline line, and the marks of
        forgetting that fall among them (these do not count towards ``limit``).

        ``before_id``: the last revision already shown; the next page starts after it.
        """
        where = ["origin != ?"]
        params: list[Any] = [BASELINE_ORIGIN]
        upper: str | None = None
        if before_id is not None:
            row = self._db.one("SELECT at FROM revisions WHERE id = ?", (before_id,))
            if row is None:
                raise NotFoundError(_GONE)
            upper = row["at"]
            where.append("(at, id) < (?, ?)")
            params += [upper, before_id]
        rows = self._db.all(
            f"SELECT * FROM revisions WHERE {' AND '.join(where)}"
            " ORDER BY at DESC, id DESC LIMIT ?",
            (*params, int(limit)),
        )
        revisions = [row_to_revision(row) for row in rows]
        # A mark sorts just after the revisions at its own moment (it happened later).
        lower = rows[-1]["at"] if len(rows) == limit and rows else None
        mark_where, mark_params = [], []
        if upper is not None:
            mark_where.append("at < ?")
            mark_params.append(upper)
        if lower is not None:
            mark_where.append("at >= ?")
            mark_params.append(lower)
        sql = "SELECT * FROM forgotten"
        if mark_where:
            sql += " WHERE " + " AND ".join(mark_where)
        marks = [_forgotten(row) for row in self._db.all(sql, mark_params)]

        names = self._value_names()
        items: list[tuple[tuple[str, int, int], TimelineItem]] = []
        for revision, row in zip(revisions, rows, strict=True):
            items.append(((row["at"], 0, revision.id), (revision, timeline_line(revision, names))))
        for mark in marks:
            items.append(((iso(mark.at), 1, mark.id), (mark, forgotten_timeline(mark))))
        items.sort(key=lambda item: item[0], reverse=True)
        return [item for _, item in items]

    def _value_names(self) -> dict[int, str]:
        """Every value's name, archived ones too, so old links can still be named."""
        return {row[0]: row[1] for row in self._db.all("SELECT id, name FROM plan_values")}

    def plan_on(self, day: date) -> PlanSnapshot:
        """The whole plan as it stood at the end of ``day`` (local time)."""
        return self._vault.revisions.plan_as_of(day_end(day))

    def compare_dates(self, a: date, b: date) -> list[Change]:
        """What changed in the plan from the end of day ``a`` to the end of day ``b``."""
        first, second = self.plan_on(a), self.plan_on(b)
        rows = self._db.all(
            "SELECT DISTINCT kind, entity_id FROM revisions WHERE at <= ?",
            (iso(first.at),),
        )
        known = {(Kind(row[0]), int(row[1])) for row in rows}
        return compare(first, second, known=known)

    def history_starts(self) -> date | None:
        """The day before which history was forgotten (the latest such day), if any."""
        row = self._db.one("SELECT max(before) FROM forgotten WHERE kind = 'before'")
        return None if row is None or row[0] is None else date.fromisoformat(row[0])

    def forgotten(self) -> list[Forgotten]:
        """The marks of forgetting, newest first."""
        rows = self._db.all("SELECT * FROM forgotten ORDER BY at DESC, id DESC")
        return [_forgotten(row) for row in rows]

    # Forgetting

    def forget_revision(self, revision_id: int) -> None:
        """Permanently forget one change.

        The record's history then goes straight from the state before this change to the
        state after its next one: the next revision takes over this one's ``before``
        (and becomes an addition or a bringing-back if this one was). The latest change
        to a record cannot be forgotten (it is how the record stands now); the change
        that brought a text in can, and with it that text leaves the history.
        """
        self._check_not_in_transaction()
        with self._vault.transaction() as db:
            row = db.one("SELECT * FROM revisions WHERE id = ?", (revision_id,))
            if row is None:
                raise NotFoundError(_GONE)
            kind, entity_id = row["kind"], row["entity_id"]
            nxt = db.one(
                "SELECT * FROM revisions WHERE kind = ? AND entity_id = ? AND id > ?"
                " ORDER BY id LIMIT 1",
                (kind, entity_id, revision_id),
            )
            if nxt is None:
                raise ValidationError(_LATEST, noun=Message(_NOUNS[Kind(kind)]))
            earlier = db.one(
                "SELECT 1 FROM revisions WHERE kind = ? AND entity_id = ? AND id < ? LIMIT 1",
                (kind, entity_id, revision_id),
            )
            db.execute("DELETE FROM revisions WHERE id = ?", (revision_id,))
            before, after = row["before"], nxt["after"]
            if _same_json(before, after):
                # The two changes undo each other: nothing is left to show.
                db.execute("DELETE FROM revisions WHERE id = ?", (nxt["id"],))
            else:
                db.execute(
                    "UPDATE revisions SET before = ?, action = ? WHERE id = ?",
                    (before, _action(before, after, earlier is not None).value, nxt["id"]),
                )
            db.execute(
                "INSERT INTO forgotten (at, before, kind) VALUES (?, NULL, 'one')",
                (iso(self._vault.now()),),
            )
        self._wipe()

    def forget_before(self, day: date) -> None:
        """Permanently forget every change before ``day`` (local time).

        The plan as of ``day`` and later rebuilds exactly as before; earlier days now
        show an empty plan (see :meth:`history_starts`). Only a mark with the day stays.
        """
        if day > self._vault.today():
            raise ValidationError(_FUTURE)
        self._check_not_in_transaction()
        start = iso(day_start(day).astimezone(UTC))
        with self._vault.transaction() as db:
            newest = db.all(
                """
                SELECT r.id, r.kind, r.entity_id, r.after FROM revisions AS r
                JOIN (
                    SELECT max(id) AS last_id FROM revisions
                    WHERE at < ? GROUP BY kind, entity_id
                ) AS n ON n.last_id = r.id
                """,
                (start,),
            )
            db.execute("DELETE FROM revisions WHERE at < ?", (start,))
            db.executemany(
                "INSERT INTO revisions"
                " (id, at, kind, entity_id, action, before, after, note, origin, review_id)"
                " VALUES (?, ?, ?, ?, ?, NULL, ?, '', ?, NULL)",
                [
                    (
                        row["id"],
                        start,
                        row["kind"],
                        row["entity_id"],
                        Action.CREATED.value,
                        row["after"],
                        BASELINE_ORIGIN,
                    )
                    for row in newest
                    if row["after"] is not None  # archived then: not in the plan
                ],
            )
            db.execute(
                "INSERT INTO forgotten (at, before, kind) VALUES (?, ?, 'before')",
                (iso(self._vault.now()), day.isoformat()),
            )
        self._wipe()

    def _check_not_in_transaction(self) -> None:
        if self._db.in_transaction:
            # VACUUM and the checkpoint cannot run inside a transaction.
            raise RuntimeError("forgetting runs on its own, not inside another change")

    def _wipe(self) -> None:
        """Rebuild the file from live rows and empty the WAL (see the module docstring)."""
        if not wipe_freed(self._db):
            raise VaultError(_NOT_WIPED)


def _action(before: str | None, after: str | None, has_earlier: bool) -> Action:
    if before is None:
        return Action.RESTORED if has_earlier else Action.CREATED
    if after is None:
        return Action.ARCHIVED
    return Action.UPDATED
