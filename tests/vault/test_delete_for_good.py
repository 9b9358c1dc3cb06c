"""Deleting for good: a journal entry or a plan record leaves the vault, and its words
leave the vault file, even for someone with the key (issue 13, item 4).

Proved as forgetting history is: every page of ``vault.db`` and every frame of
``vault.db-wal`` is decrypted with the data key and searched for a canary word, in the
rows, in the full-text index's pages, and for words edited out of an entry.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.conftest import PASSPHRASE
from wellbeing.domain.boundaries import Boundary, BoundaryEvent, Outcome
from wellbeing.domain.errors import NotFoundError
from wellbeing.domain.goals import Goal, GoalStep
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.revisions import Kind
from wellbeing.domain.values import Value
from wellbeing.vault import schema
from wellbeing.vault.db import Database
from wellbeing.vault.vault import DB_FILE, Vault, read_key_file

#: Lower case: the full-text index keeps its words folded to lower case.
CANARY = "quokkacanary"
EDITED_OUT = "marmosetword"
PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: a 16-byte IV and a 64-byte HMAC at the end of every page
WHEN = datetime(2026, 3, 1, 20, 0, tzinfo=UTC)


def _decrypt(key: bytes, page: bytes, first: bool) -> bytes:
    iv = page[PAGE_SIZE - RESERVE : PAGE_SIZE - RESERVE + 16]
    body = page[16 if first else 0 : PAGE_SIZE - RESERVE]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def _pages(folder: Path) -> Iterator[tuple[str, bytes]]:
    """Every page of vault.db and every WAL frame, decrypted."""
    key = read_key_file(folder).open_with_passphrase(PASSPHRASE)
    data = (folder / DB_FILE).read_bytes()
    for n in range(len(data) // PAGE_SIZE):
        plain = _decrypt(key, data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE], n == 0)
        if n == 0:
            assert plain[:2] == PAGE_SIZE.to_bytes(2, "big")  # the key and layout are right
        yield f"page {n + 1}", plain
    wal = folder / f"{DB_FILE}-wal"
    if wal.exists():
        data, position = wal.read_bytes(), 32
        while position + 24 + PAGE_SIZE <= len(data):
            number = int.from_bytes(data[position : position + 4], "big")
            frame = data[position + 24 : position + 24 + PAGE_SIZE]
            yield f"WAL frame of page {number}", _decrypt(key, frame, number == 1)
            position += 24 + PAGE_SIZE


def _holding(folder: Path, word: str) -> list[str]:
    needles = (word.encode(), word.encode("utf-16-le"), word.upper().encode())
    return [where for where, plain in _pages(folder) if any(n in plain for n in needles)]


def _rows_holding(vault: Vault, word: str) -> list[str]:
    found = []
    for (name,) in vault.db.all("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in vault.db.all(f'SELECT * FROM "{name}"'):
            cells = [c.encode() if isinstance(c, str) else c for c in row]
            if any(isinstance(c, bytes) and word.encode() in c.lower() for c in cells):
                found.append(name)
                break
    return found


def test_a_journal_entry_deleted_for_good_is_in_no_page(vault: Vault, vault_dir: Path) -> None:
    kept = vault.journal.add(JournalEntry(None, "Kept", "an ordinary day", created_at=WHEN))
    entry = vault.journal.add(
        JournalEntry(
            None,
            f"About {CANARY}",
            f"Words about {CANARY} and more",
            created_at=WHEN.replace(day=2),
            tags=(CANARY,),
        )
    )
    vault.journal.archive(entry.id)
    assert _holding(vault_dir, CANARY)  # the check sees it while it is there

    vault.journal.delete_for_good(entry.id)

    assert _rows_holding(vault, CANARY) == []
    assert _holding(vault_dir, CANARY) == []  # before locking: the delete did it
    assert (vault_dir / f"{DB_FILE}-wal").stat().st_size == 0
    assert vault.journal.search(CANARY) == []
    assert [e.id for e in vault.journal.recent()] == [kept.id]
    assert vault.journal.tags() == []
    assert vault.check().ok
    with pytest.raises(NotFoundError):
        vault.journal.delete_for_good(entry.id)


def test_words_edited_out_of_an_entry_leave_the_index(vault: Vault, vault_dir: Path) -> None:
    """Before: the full-text index only marked an edited-out word as deleted; the word
    stayed in its pages (issue 13, item 4)."""
    entry = vault.journal.add(
        JournalEntry(None, "Evening", f"I told {EDITED_OUT} about it", created_at=WHEN)
    )
    for n in range(30):  # more entries and edits, so the index has several segments
        vault.journal.add(JournalEntry(None, f"Day {n}", f"ordinary words {n}", created_at=WHEN))
    vault.journal.update(replace(entry, body="I told someone about it"))
    assert vault.journal.search(EDITED_OUT) == []
    vault.close()  # locking checkpoints: vault.db holds the newest pages only

    assert _holding(vault_dir, EDITED_OUT) == []


def test_a_plan_record_deleted_for_good_takes_its_history(vault: Vault, vault_dir: Path) -> None:
    rest = vault.values.add(Value(None, "Rest"))
    goal = vault.goals.add(
        Goal(None, "Sleep", specific=f"no {CANARY} after ten", steps=(GoalStep(f"{CANARY}"),))
    )
    goal = vault.goals.update(replace(goal, specific="phone away", value_ids=(rest.id,)))
    boundary = vault.boundaries.add(Boundary(None, "No calls after ten"))
    vault.boundaries.log_event(BoundaryEvent(None, boundary.id, WHEN.date(), Outcome.HELD))
    vault.goals.archive(goal.id)
    assert len(vault.revisions.list(Kind.GOAL, goal.id)) == 3
    assert _holding(vault_dir, CANARY)

    vault.goals.delete_for_good(goal.id)

    assert vault.revisions.list(Kind.GOAL, goal.id) == []
    assert vault.db.one("SELECT count(*) FROM value_links")[0] == 0
    assert vault.db.one("SELECT count(*) FROM goal_steps")[0] == 0
    assert _rows_holding(vault, CANARY) == []
    assert _holding(vault_dir, CANARY) == []
    assert vault.goals.list() == [] and vault.goals.list(archived=True) == []
    # Everything else is as it was.
    assert [v.name for v in vault.values.list()] == ["Rest"]
    assert len(vault.boundaries.events(boundary.id)) == 1
    assert vault.revisions.list(Kind.BOUNDARY, boundary.id)
    assert vault.check().ok


def test_a_value_deleted_for_good_leaves_the_records_linked_to_it(vault: Vault) -> None:
    rest = vault.values.add(Value(None, f"Rest {CANARY}"))
    goal = vault.goals.add(Goal(None, "Sleep", value_ids=(rest.id,)))
    vault.values.archive(rest.id)

    vault.values.delete_for_good(rest.id)

    assert vault.goals.get(goal.id).value_ids == ()
    assert vault.revisions.list(Kind.VALUE, rest.id) == []
    assert _rows_holding(vault, CANARY.lower()) == []
    with pytest.raises(NotFoundError):
        vault.values.delete_for_good(rest.id)


def test_deleting_for_good_runs_on_its_own(vault: Vault) -> None:
    goal = vault.goals.add(Goal(None, "Sleep"))
    with pytest.raises(RuntimeError), vault.transaction():
        vault.goals.delete_for_good(goal.id)
    assert vault.goals.get(goal.id).title == "Sleep"


def _fts_secure_delete(db: Database) -> int | None:
    row = db.one("SELECT v FROM journal_fts_config WHERE k = 'secure-delete'")
    return None if row is None else int(row[0])


def test_version_7_wipes_words_earlier_edits_left_in_the_index(tmp_path: Path) -> None:
    """A vault from before version 7 holds edited-out words in its index; migrating
    rebuilds the index, and from then on deletes remove words from its pages."""
    key = os.urandom(32)
    path = tmp_path / "x.db"
    db = Database(path, key, create=True)
    schema.migrate(db, 6)
    with db.transaction():
        db.execute(
            "INSERT INTO journal_entries (id, title, body, created_at, edited_at)"
            " VALUES (1, 'a', ?, 't', 't')",
            (f"told {EDITED_OUT} today",),
        )
    with db.transaction():
        db.execute("UPDATE journal_entries SET body = 'told someone today' WHERE id = 1")
    assert _fts_secure_delete(db) is None
    db.close()
    assert _raw_pages_holding(path, key, EDITED_OUT)  # the old index kept it

    db = Database(path, key)
    schema.migrate(db)
    assert _fts_secure_delete(db) == 1
    assert db.one("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'someone'")[0] == 1
    assert db.one(f"SELECT 1 FROM journal_fts WHERE journal_fts MATCH '{EDITED_OUT}'") is None
    assert db.integrity_errors() == []
    db.close()
    assert _raw_pages_holding(path, key, EDITED_OUT) == []


def _raw_pages_holding(path: Path, key: bytes, word: str) -> list[int]:
    data = path.read_bytes()
    found = []
    for n in range(len(data) // PAGE_SIZE):
        if word.encode() in _decrypt(key, data[n * PAGE_SIZE : (n + 1) * PAGE_SIZE], n == 0):
            found.append(n + 1)
    return found
