"""What every plan repository shares: load, add, update, archive, each with its revision."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ...domain.errors import Message, NotFoundError, ValidationError
from ...domain.revisions import Action, Kind
from .wiping import check_not_in_transaction, wipe_after_delete

if TYPE_CHECKING:
    from ..db import Database
    from ..vault import Vault

T = TypeVar("T")


def iso(moment: datetime) -> str:
    """Fixed-width UTC text, so that text order is time order."""
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class PlanRepository(Generic[T]):
    """A table of plan records (values, goals, boundaries, routines).

    Subclasses say how one record is read (``_load``) and written (``_insert``,
    ``_update``); this class wraps each change in a transaction with its revision.
    """

    kind: Kind
    table: str
    noun: str  # for messages: "value", "goal"…

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Database:
        return self._vault.db

    # Subclass hooks

    def _load(self, row: Any) -> T:
        raise NotImplementedError

    def _insert(self, record: T, now: str) -> int:
        raise NotImplementedError

    def _update(self, record: T, now: str) -> None:
        raise NotImplementedError

    # Reading

    def get(self, record_id: int) -> T:
        row = self._db.one(f"SELECT * FROM {self.table} WHERE id = ?", (record_id,))
        if row is None:
            raise NotFoundError("That {noun} is no longer there.", noun=Message(self.noun))
        return self._load(row)

    def list(self, *, archived: bool = False) -> list[T]:
        """Current records (or only archived ones), in the order the person sees them."""
        condition = "archived_at IS NOT NULL" if archived else "archived_at IS NULL"
        rows = self._db.all(f"SELECT * FROM {self.table} WHERE {condition} {self._order}")
        return [self._load(row) for row in rows]

    _order = "ORDER BY id"

    def is_archived(self, record_id: int) -> bool:
        row = self._db.one(f"SELECT archived_at FROM {self.table} WHERE id = ?", (record_id,))
        if row is None:
            raise NotFoundError("That {noun} is no longer there.", noun=Message(self.noun))
        return row[0] is not None

    # Changing

    def add(self, record: T) -> T:
        if getattr(record, "id", None) is not None:
            raise ValidationError("This {noun} is already saved.", noun=Message(self.noun))
        with self._vault.transaction():
            new_id = self._insert(record, iso(self._vault.now()))
            saved = self.get(new_id)
            self._vault.revisions.record(self.kind, new_id, Action.CREATED, None, saved)
        return saved

    def update(self, record: T) -> T:
        record_id = getattr(record, "id", None)
        if record_id is None:
            raise ValidationError("This {noun} has not been saved yet.", noun=Message(self.noun))
        with self._vault.transaction():
            before = self.get(record_id)
            if before == record:
                return before
            self._update(record, iso(self._vault.now()))
            after = self.get(record_id)
            self._vault.revisions.record(self.kind, record_id, Action.UPDATED, before, after)
        return after

    def archive(self, record_id: int) -> None:
        """Move to the archive (the person can restore it); the plan no longer holds it."""
        with self._vault.transaction():
            before = self.get(record_id)
            if self.is_archived(record_id):
                return
            self._db.execute(
                f"UPDATE {self.table} SET archived_at = ? WHERE id = ?",
                (iso(self._vault.now()), record_id),
            )
            self._vault.revisions.record(self.kind, record_id, Action.ARCHIVED, before, None)

    def restore(self, record_id: int) -> T:
        with self._vault.transaction():
            record = self.get(record_id)
            if not self.is_archived(record_id):
                return record
            self._db.execute(
                f"UPDATE {self.table} SET archived_at = NULL WHERE id = ?", (record_id,)
            )
            self._vault.revisions.record(self.kind, record_id, Action.RESTORED, None, record)
        return record

    def delete_for_good(self, record_id: int) -> None:
        """Remove the record and its whole history from the vault, and wipe the freed
        pages from the file (``wiping.py``): nothing of it is left to find, even with the
        key. What it leaves: links from other records to it (a value) go; their own
        history then reads "unlinked a value" without its name. Not undoable, and runs
        on its own (not inside another change); it rewrites the file, so off the GUI
        thread. Backups made before still hold it."""
        check_not_in_transaction(self._db)
        with self._vault.transaction() as db:
            self.get(record_id)  # NotFoundError when it is gone already
            if self.kind is not Kind.VALUE:
                db.execute(
                    "DELETE FROM value_links WHERE kind = ? AND owner_id = ?",
                    (self.kind.value, record_id),
                )
            db.execute(
                "DELETE FROM revisions WHERE kind = ? AND entity_id = ?",
                (self.kind.value, record_id),
            )
            # Steps, events, pauses, check-ins and links to a value go with it (cascades).
            db.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
        wipe_after_delete(self._db)

    # Value links shared by goals, boundaries and routines

    def _linked_values(self, owner_id: int) -> tuple[int, ...]:
        rows = self._db.all(
            "SELECT value_id FROM value_links WHERE kind = ? AND owner_id = ? ORDER BY position",
            (self.kind.value, owner_id),
        )
        return tuple(row[0] for row in rows)

    def _set_linked_values(self, owner_id: int, value_ids: tuple[int, ...]) -> None:
        self._db.execute(
            "DELETE FROM value_links WHERE kind = ? AND owner_id = ?", (self.kind.value, owner_id)
        )
        unique = list(dict.fromkeys(value_ids))
        for position, value_id in enumerate(unique):
            if self._db.one("SELECT 1 FROM plan_values WHERE id = ?", (value_id,)) is None:
                raise ValidationError("One of the linked values is no longer there.")
            self._db.execute(
                "INSERT INTO value_links (kind, owner_id, value_id, position) VALUES (?, ?, ?, ?)",
                (self.kind.value, owner_id, value_id, position),
            )


def with_id(record: T, record_id: int) -> T:
    return replace(record, id=record_id)  # type: ignore[type-var]
