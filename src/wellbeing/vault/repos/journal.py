"""Journal entries, their tags, and full-text search (FTS5, kept in step by triggers).

An entry's id is its creation time in microseconds since the epoch, nudged forward on a
tie (see vault/schema.py): newest-first listing and search walk the primary key
backwards and stop after ``limit`` rows, at any journal size.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ...domain.errors import NotFoundError, ValidationError
from ...domain.journal import JournalEntry, check_entry_time, fts_query, utc
from .base import iso
from .wiping import check_not_in_transaction, wipe_after_delete

if TYPE_CHECKING:
    from ..db import Database
    from ..vault import Vault

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICRO = timedelta(microseconds=1)
#: Up to this many ids, ``recent_ids`` walks the primary key; beyond, it reads the index.
_WALK_AT_MOST = 2000


def _time_key(moment: datetime) -> int:
    return (utc(moment) - _EPOCH) // _MICRO


def _digest(body: str) -> bytes:
    """A 128-bit digest of an entry's text: equal texts match, and two different texts
    match by chance once in 2**64 pairs (never in a journal's lifetime)."""
    return hashlib.blake2b(body.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass(frozen=True)
class JournalMatch:
    """A search hit: the entry and a short excerpt with matches between ``[`` and ``]``."""

    entry: JournalEntry
    snippet: str


@dataclass(frozen=True)
class JournalFilter:
    """Narrowing for listing and search; every field optional. Dates are inclusive."""

    tag: str | None = None
    moods: frozenset[int] | None = None
    start: datetime | None = None
    end: datetime | None = None


def _load(row: Any) -> JournalEntry:
    return JournalEntry(
        id=row["id"],
        title=row["title"],
        body=row["body"],
        mood=row["mood"],
        tags=tuple(t for t in row["tags"].split("\n") if t),
        created_at=datetime.fromisoformat(row["created_at"]),
        edited_at=datetime.fromisoformat(row["edited_at"]),
    )


class JournalRepository:
    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @property
    def _db(self) -> Database:
        return self._vault.db

    # Reading

    def get(self, entry_id: int) -> JournalEntry:
        row = self._db.one(
            "SELECT * FROM journal_entries WHERE id = ? AND archived_at IS NULL", (entry_id,)
        )
        if row is None:
            raise NotFoundError("That journal entry is no longer there.")
        return _load(row)

    def count(self, flt: JournalFilter | None = None) -> int:
        where, params = self._where(flt or JournalFilter(), "e", newest_first=False)
        return int(
            self._db.one(f"SELECT count(*) FROM journal_entries AS e WHERE {where}", params)[0]
        )

    def recent(
        self, limit: int = 100, before_id: int | None = None, flt: JournalFilter | None = None
    ) -> list[JournalEntry]:
        """Newest first, ``limit`` at a time; pass the last id seen to get the next page."""
        where, params = self._where(flt or JournalFilter(), "e")
        if before_id is not None:
            where += " AND e.id < ?"
            params.append(before_id)
        rows = self._db.all(
            f"SELECT * FROM journal_entries AS e WHERE {where} ORDER BY e.id DESC LIMIT ?",
            [*params, int(limit)],
        )
        return [_load(row) for row in rows]

    def recent_ids(
        self,
        flt: JournalFilter | None = None,
        *,
        down_to: int | None = None,
        before_id: int | None = None,
        limit: int | None = None,
    ) -> list[int]:
        """The ids ``recent`` would list, newest first: those below ``before_id``, down to
        ``down_to`` (inclusive), at most ``limit``.

        A few are found by walking the primary key back from ``before_id``. Many are read
        from the (archived_at, mood) index alone, never the entries' text, as one joined
        text sorted here: SQLite's own sort of 100,000 ids took three times as long. So a
        list can learn about, or check, 100,000 rows in a few tens of milliseconds.
        """
        flt = flt or JournalFilter()
        few = limit is not None and limit <= _WALK_AT_MOST
        where, params = self._where(flt, "e", newest_first=few)
        for term, value in (("e.id >= ?", down_to), ("e.id < ?", before_id)):
            if value is not None:
                where += f" AND {term}"
                params.append(value)
        if few:
            sql = f"SELECT e.id FROM journal_entries AS e WHERE {where} ORDER BY e.id DESC"
            rows = self._db.all(sql + " LIMIT ?", [*params, int(limit)])  # type: ignore[arg-type]
            return [row[0] for row in rows]
        joined = self._db.one(
            f"SELECT group_concat(e.id) FROM journal_entries AS e WHERE {where}", params
        )[0]
        ids = sorted(map(int, joined.split(",")), reverse=True) if joined else []
        return ids if limit is None else ids[: int(limit)]

    def search(
        self,
        text: str,
        *,
        limit: int = 100,
        flt: JournalFilter | None = None,
        before_id: int | None = None,
    ) -> list[JournalMatch]:
        """Entries matching every word typed (see ``fts_query``), newest first; pass the
        last id seen as ``before_id`` for the next ones."""
        query = fts_query(text)
        if not query:
            return []
        where, params = self._where(flt or JournalFilter(), "e")
        if before_id is not None:
            where += " AND journal_fts.rowid < ?"
            params.append(before_id)
        rows = self._db.all(
            f"""
            SELECT e.*, snippet(journal_fts, 1, '[', ']', '…', 16) AS excerpt
            FROM journal_fts JOIN journal_entries AS e ON e.id = journal_fts.rowid
            WHERE journal_fts MATCH ? AND {where}
            ORDER BY journal_fts.rowid DESC LIMIT ?
            """,
            [query, *params, int(limit)],
        )
        return [JournalMatch(_load(row), row["excerpt"]) for row in rows]

    def search_ids(
        self,
        text: str,
        *,
        flt: JournalFilter | None = None,
        down_to: int | None = None,
        before_id: int | None = None,
        limit: int | None = None,
    ) -> list[int]:
        """The ids ``search`` would find, newest first: those below ``before_id``, down to
        ``down_to`` (inclusive), at most ``limit``."""
        query = fts_query(text)
        if not query:
            return []
        where, params = self._where(flt or JournalFilter(), "e")
        for term, value in (
            ("journal_fts.rowid >= ?", down_to),
            ("journal_fts.rowid < ?", before_id),
        ):
            if value is not None:
                where += f" AND {term}"
                params.append(value)
        rows = self._db.all(
            f"""
            SELECT e.id FROM journal_fts JOIN journal_entries AS e ON e.id = journal_fts.rowid
            WHERE journal_fts MATCH ? AND {where} ORDER BY journal_fts.rowid DESC LIMIT ?
            """,
            [query, *params, -1 if limit is None else int(limit)],
        )
        return [row[0] for row in rows]

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        # Archived entries are few: leaving out their ids is one small list, where a
        # join looked every tag's entry up (341 ms against 6 ms at 100,000 entries).
        rows = self._db.all(
            "SELECT t.tag, count(*) FROM journal_tags AS t WHERE t.entry_id NOT IN"
            " (SELECT id FROM journal_entries WHERE archived_at IS NOT NULL)"
            " GROUP BY t.tag COLLATE NOCASE ORDER BY count(*) DESC, t.tag"
        )
        return [(row[0], row[1]) for row in rows]

    def _where(
        self, flt: JournalFilter, alias: str, *, newest_first: bool = True
    ) -> tuple[str, list[Any]]:
        """SQL conditions for ``flt``.

        For newest-first listings the archive and mood terms are written ``+col`` so the
        planner walks the primary key backwards and stops at the limit, instead of
        reading the whole (archived_at, mood) index and sorting; counts want that index.
        """
        plus = "+" if newest_first else ""
        where = [f"{plus}{alias}.archived_at IS NULL"]
        params: list[object] = []
        if flt.start is not None:
            where.append(f"{alias}.id >= ?")
            params.append(_time_key(flt.start))
        if flt.end is not None:
            where.append(f"{alias}.id <= ?")
            params.append(_time_key(flt.end))
        if flt.moods:
            marks = ", ".join("?" for _ in flt.moods)
            where.append(f"{plus}{alias}.mood IN ({marks})")
            params.extend(sorted(flt.moods))
        if flt.tag:
            where.append(
                f"EXISTS (SELECT 1 FROM journal_tags AS t WHERE t.entry_id = {alias}.id"
                " AND t.tag = ?)"
            )
            params.append(flt.tag)
        return " AND ".join(where), params

    # Writing

    def add(self, entry: JournalEntry) -> JournalEntry:
        with self._vault.transaction():
            return self._insert(entry)

    def add_many(self, entries: Iterable[JournalEntry]) -> int:
        """Add all of ``entries`` in one transaction: all of them, or none."""
        count = 0
        with self._vault.transaction():
            for entry in entries:
                self._insert(entry)
                count += 1
        return count

    def add_new(
        self,
        entries: Sequence[JournalEntry],
        *,
        progress: Callable[[int, int], None] | None = None,
        batch: int = 200,
    ) -> tuple[int, int]:
        """Add the entries not already in the journal, in one transaction: all, or none.

        An entry is already there when one with the same creation time and the same text
        (body) is, archived or not; a repeat within ``entries`` counts once. Returns
        ``(added, already there)``. ``progress(done, total)`` is called after every
        ``batch`` entries and at the end; it may raise to stop (a cancel, a lock), and
        then nothing is added.

        Linear whatever the times: the entries already stored at a time are read once,
        when the import first meets that time (the index on ``created_at`` finds them),
        and kept as digests of their text, so a thousand entries sharing one time cost
        one look each, not a walk past all the others (which made an import of entries
        with dates only quadratic).
        """
        total = len(entries)
        added = skipped = 0
        known: dict[str, set[bytes]] = {}
        stored = "SELECT body FROM journal_entries WHERE created_at = ?"
        with self._vault.transaction():
            for done, entry in enumerate(entries, start=1):
                if entry.id is not None:
                    raise ValidationError("This entry is already saved.")
                created_at = iso(entry.created_at)
                bodies = known.get(created_at)
                if bodies is None:
                    rows = self._db.execute(stored, (created_at,))
                    bodies = known[created_at] = {_digest(row[0]) for row in rows}
                digest = _digest(entry.body)
                if digest in bodies:
                    skipped += 1
                else:
                    bodies.add(digest)
                    self._insert_row(entry, created_at)
                    added += 1
                if progress is not None and (done % batch == 0 or done == total):
                    progress(done, total)
        return added, skipped

    def _insert(self, entry: JournalEntry) -> JournalEntry:
        if entry.id is not None:
            raise ValidationError("This entry is already saved.")
        return replace(entry, id=self._insert_row(entry, iso(entry.created_at)))

    def _insert_row(self, entry: JournalEntry, created_at: str) -> int:
        """Write a new entry (already checked by its dataclass); returns its id."""
        entry_id = self._free_id(_time_key(entry.created_at))
        self._db.execute(
            "INSERT INTO journal_entries (id, title, body, mood, tags, created_at, edited_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                entry_id,
                entry.title,
                entry.body,
                entry.mood,
                "\n".join(entry.tags),
                created_at,
                iso(entry.edited_at),  # type: ignore[arg-type]
            ),
        )
        # A new id has no tag rows yet: no need to look for old ones (journal_tags is
        # keyed by tag, so that look would read the whole table for every entry).
        if entry.tags:
            self._db.executemany(
                "INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)",
                [(entry_id, tag) for tag in entry.tags],
            )
        return entry_id

    def _free_id(self, wanted: int) -> int:
        """``wanted`` if free, else just after the entries crowding the same second.

        Many entries can share one time (an import with dates only): taking the largest
        id in the next second keeps each insert a couple of index lookups, not a walk.
        """
        exists = "SELECT 1 FROM journal_entries WHERE id = ?"
        if not self._db.one(exists, (wanted,)):
            return wanted
        # The newest id in the second, read from the top of the range (a ``max(id)``
        # over the range would walk all of it: quadratic for entries sharing a time).
        row = self._db.one(
            "SELECT id FROM journal_entries WHERE id BETWEEN ? AND ? ORDER BY id DESC LIMIT 1",
            (wanted, wanted + 999_999),
        )
        candidate = int(row[0]) + 1
        while self._db.one(exists, (candidate,)):
            candidate += 1
        return candidate

    def _write_tags(self, entry_id: int, tags: tuple[str, ...]) -> None:
        self._db.execute("DELETE FROM journal_tags WHERE entry_id = ?", (entry_id,))
        self._db.executemany(
            "INSERT INTO journal_tags (entry_id, tag) VALUES (?, ?)",
            [(entry_id, tag) for tag in tags],
        )

    def update(self, entry: JournalEntry) -> JournalEntry:
        """Save an edit. If the creation time changed, the entry's id changes with it."""
        if entry.id is None:
            raise ValidationError("This entry has not been saved yet.")
        with self._vault.transaction():
            before = self.get(entry.id)
            if (before.title, before.body, before.mood, before.tags, before.created_at) == (
                entry.title,
                entry.body,
                entry.mood,
                entry.tags,
                entry.created_at,
            ):
                return before
            entry_id = entry.id
            if entry.created_at != before.created_at:
                check_entry_time(entry.created_at)  # a new date: one the app can show
            if utc(entry.created_at) != utc(before.created_at):
                entry_id = self._free_id(_time_key(entry.created_at))
            edited_at = self._vault.now()
            saved = replace(entry, id=entry_id, edited_at=edited_at)
            self._db.execute(
                "UPDATE journal_entries SET id = ?, title = ?, body = ?, mood = ?, tags = ?,"
                " created_at = ?, edited_at = ? WHERE id = ?",
                (
                    entry_id,
                    saved.title,
                    saved.body,
                    saved.mood,
                    "\n".join(saved.tags),
                    iso(saved.created_at),
                    iso(edited_at),
                    entry.id,
                ),
            )
            self._write_tags(entry_id, saved.tags)
        return saved

    def archive(self, entry_id: int) -> None:
        """Move to the archive; :meth:`restore` undoes it."""
        with self._vault.transaction():
            self.get(entry_id)
            self._db.execute(
                "UPDATE journal_entries SET archived_at = ? WHERE id = ?",
                (iso(self._vault.now()), entry_id),
            )

    def restore(self, entry_id: int) -> JournalEntry:
        with self._vault.transaction():
            self._db.execute(
                "UPDATE journal_entries SET archived_at = NULL WHERE id = ?", (entry_id,)
            )
            return self.get(entry_id)

    def delete_for_good(self, entry_id: int) -> None:
        """Remove an entry (archived or not) for good, and wipe it from the vault file.

        The row, its tags and its words in the full-text index go (with the index's
        ``secure-delete``, schema version 7, the words are removed from the index's
        pages, not only marked), then the freed pages are wiped (``wiping.py``). Not
        undoable; runs on its own, off the GUI thread. Backups made before still hold it.
        """
        check_not_in_transaction(self._db)
        with self._vault.transaction() as db:
            if db.one("SELECT 1 FROM journal_entries WHERE id = ?", (entry_id,)) is None:
                raise NotFoundError("That journal entry is no longer there.")
            db.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))
        wipe_after_delete(self._db)

    def delete_forever(self, entry_id: int) -> None:
        """Remove for good (secure_delete overwrites the freed pages)."""
        with self._vault.transaction():
            row = self._db.one("SELECT 1 FROM journal_entries WHERE id = ?", (entry_id,))
            if row is None:
                raise NotFoundError("That journal entry is no longer there.")
            self._db.execute("DELETE FROM journal_entries WHERE id = ?", (entry_id,))
