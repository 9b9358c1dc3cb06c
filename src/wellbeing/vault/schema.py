"""The database schema, versioned with ``PRAGMA user_version`` and migrated forward.

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``. Migrations only ever
move forward; all the steps an opening needs run in one transaction together with the
version bump, so a crash or a failing step mid-migration leaves the database at the
version it was, intact. Each one is tested from the version before it, and from a vault
made by that version's own code (tests/vault/test_migrations.py, tests/fixtures/schema/).
A step must also work on every vault an earlier release made at its starting version:
the first release's version 1 already held ``journal_by_created`` (see V5, V7).

Times are stored as UTC ISO-8601 text (``YYYY-MM-DDTHH:MM:SS.ffffff+00:00``, fixed width,
so text order is time order); calendar days as ``YYYY-MM-DD``.

Journal entry ids are chronological: an entry's id is its creation time in microseconds
since the epoch (nudged forward on a tie). Full-text search can then return matches
newest first straight from the FTS index (``ORDER BY rowid DESC LIMIT n``), without
loading and sorting every match, which keeps search fast at 100,000 entries.
"""

from __future__ import annotations

from collections.abc import Callable

from ..domain.errors import VaultError
from .db import Database

V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE plan_values (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    pile        TEXT NOT NULL DEFAULT 'unsorted',
    rank        INTEGER,
    why         TEXT NOT NULL DEFAULT '',
    own_card    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT
);

CREATE TABLE goals (
    id          INTEGER PRIMARY KEY,
    title       TEXT NOT NULL,
    specific    TEXT NOT NULL DEFAULT '',
    measurable  TEXT NOT NULL DEFAULT '',
    achievable  TEXT NOT NULL DEFAULT '',
    relevant    TEXT NOT NULL DEFAULT '',
    time_bound  TEXT NOT NULL DEFAULT '',
    target_date TEXT,
    status      TEXT NOT NULL DEFAULT 'active',
    progress    INTEGER,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT
);

CREATE TABLE goal_steps (
    goal_id  INTEGER NOT NULL REFERENCES goals(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    text     TEXT NOT NULL,
    done     INTEGER NOT NULL DEFAULT 0,
    done_on  TEXT,
    PRIMARY KEY (goal_id, position)
) WITHOUT ROWID;

CREATE TABLE boundaries (
    id          INTEGER PRIMARY KEY,
    statement   TEXT NOT NULL,
    context     TEXT NOT NULL DEFAULT '',
    script      TEXT NOT NULL DEFAULT '',
    if_crossed  TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    archived_at TEXT
);

CREATE TABLE boundary_events (
    id          INTEGER PRIMARY KEY,
    boundary_id INTEGER NOT NULL REFERENCES boundaries(id) ON DELETE CASCADE,
    on_date     TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('held', 'crossed', 'renegotiated')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
);
CREATE INDEX boundary_events_by_date ON boundary_events (on_date, boundary_id);

CREATE TABLE routines (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    schedule_kind  TEXT NOT NULL,
    weekdays       INTEGER NOT NULL DEFAULT 0,
    times_per_week INTEGER NOT NULL DEFAULT 0,
    status         TEXT NOT NULL DEFAULT 'active',
    started_on     TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    archived_at    TEXT
);

CREATE TABLE routine_pauses (
    routine_id INTEGER NOT NULL REFERENCES routines(id) ON DELETE CASCADE,
    start      TEXT NOT NULL,
    end        TEXT,
    PRIMARY KEY (routine_id, start)
) WITHOUT ROWID;

CREATE TABLE check_ins (
    routine_id INTEGER NOT NULL REFERENCES routines(id) ON DELETE CASCADE,
    on_date    TEXT NOT NULL,
    status     TEXT NOT NULL CHECK (status IN ('done', 'skipped', 'not_needed')),
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (routine_id, on_date)
) WITHOUT ROWID;
CREATE INDEX check_ins_by_date ON check_ins (on_date);

-- Links from goals, boundaries and routines to the values they serve.
CREATE TABLE value_links (
    kind     TEXT NOT NULL CHECK (kind IN ('goal', 'boundary', 'routine')),
    owner_id INTEGER NOT NULL,
    value_id INTEGER NOT NULL REFERENCES plan_values(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (kind, owner_id, value_id)
) WITHOUT ROWID;

CREATE TABLE journal_entries (
    id          INTEGER PRIMARY KEY,   -- creation time in microseconds: see module doc
    title       TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL DEFAULT '',
    mood        INTEGER CHECK (mood BETWEEN 1 AND 5),
    tags        TEXT NOT NULL DEFAULT '',   -- tags joined by newlines, for FTS
    created_at  TEXT NOT NULL,
    edited_at   TEXT NOT NULL,
    archived_at TEXT
);
CREATE INDEX journal_live ON journal_entries (archived_at, mood);

CREATE TABLE journal_tags (
    entry_id INTEGER NOT NULL REFERENCES journal_entries(id)
             ON DELETE CASCADE ON UPDATE CASCADE,
    tag      TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (tag, entry_id)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE journal_fts USING fts5(
    title, body, tags,
    content = 'journal_entries', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER journal_ai AFTER INSERT ON journal_entries BEGIN
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;
CREATE TRIGGER journal_ad AFTER DELETE ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
END;
CREATE TRIGGER journal_au AFTER UPDATE OF id, title, body, tags ON journal_entries BEGIN
    INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
    VALUES ('delete', old.id, old.title, old.body, old.tags);
    INSERT INTO journal_fts (rowid, title, body, tags)
    VALUES (new.id, new.title, new.body, new.tags);
END;

CREATE TABLE safety_plan (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    kept_where    TEXT NOT NULL DEFAULT '',
    shared_with   TEXT NOT NULL DEFAULT '',
    last_reviewed TEXT
);

CREATE TABLE safety_items (
    step        TEXT NOT NULL,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    reach       TEXT NOT NULL DEFAULT '',
    coded_label TEXT NOT NULL DEFAULT '',
    likelihood  INTEGER CHECK (likelihood BETWEEN 1 AND 5),
    obstacles   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (step, position)
) WITHOUT ROWID;

CREATE TABLE revisions (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    kind      TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    before    TEXT,            -- JSON snapshot, NULL for a creation
    after     TEXT,            -- JSON snapshot, NULL for an archive
    note      TEXT NOT NULL DEFAULT '',
    origin    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX revisions_by_entity ON revisions (kind, entity_id, at);
CREATE INDEX revisions_by_time ON revisions (at);
"""


# Version 2: the quick mood of the day (Today screen), apart from journal entries.
V2 = """
CREATE TABLE mood_checkins (
    on_date TEXT PRIMARY KEY,
    mood    INTEGER NOT NULL CHECK (mood BETWEEN 1 AND 5),
    note    TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
) WITHOUT ROWID;
"""


# Version 3: the person's own wording of safety plan prompts, and a small encrypted
# key-value store for app state that is personal (a session in progress).
V3 = """
CREATE TABLE safety_prompts (
    step TEXT PRIMARY KEY,
    text TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX revisions_by_origin ON revisions (origin, at);
"""


# Version 4: reviews (reflections over a period), WHO-5 check-ins, revisions linked to
# the review in which they were made, and the record that old history was forgotten.
V4 = """
CREATE TABLE reviews (
    id                  INTEGER PRIMARY KEY,
    at                  TEXT NOT NULL,
    period_start        TEXT NOT NULL,
    period_end          TEXT NOT NULL,
    what_helped         TEXT NOT NULL DEFAULT '',
    what_got_in_the_way TEXT NOT NULL DEFAULT '',
    what_to_change      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reviews_by_time ON reviews (at);

CREATE TABLE who5 (
    on_date TEXT PRIMARY KEY,
    answers TEXT NOT NULL,   -- five digits, each 0-5, in the WHO-5's order
    at      TEXT NOT NULL
) WITHOUT ROWID;

ALTER TABLE revisions ADD COLUMN review_id INTEGER REFERENCES reviews(id) ON DELETE SET NULL;

-- What forgetting leaves behind: only that history before a date (or one change) is gone.
CREATE TABLE forgotten (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    before TEXT,             -- "history before this date forgotten"; NULL for one change
    kind   TEXT NOT NULL CHECK (kind IN ('before', 'one'))
);
"""


# Version 5: finding a journal entry by its creation time, so an import recognises the
# entries already there (same time, same text) with an index lookup instead of reading
# every entry for each one imported (12 ms a lookup at 100,000 entries, 6 µs with this).
# "IF NOT EXISTS": the first release (805a56f) made this index in its version 1, so its
# vaults already hold it; without it their migration failed (issue 13, item 14).
V5 = """
CREATE INDEX IF NOT EXISTS journal_by_created ON journal_entries (created_at);
"""


# Version 6: a journal entry's tags found by the entry. Saving an entry rewrites its tags
# and removing one cascades to them; both looked through every tag of the journal (the
# key starts with the tag), 6 ms a save at 100,000 tagged entries.
V6 = """
CREATE INDEX journal_tags_by_entry ON journal_tags (entry_id);
"""


# Version 7: what is deleted leaves the full-text index. With FTS5's ``secure-delete``
# option a deleted or edited entry's old words are removed from the index's pages, not
# only marked as gone (they stayed readable to anyone with the key until a merge). The
# ``rebuild`` drops the words earlier edits and deletions left behind. And the index the
# first release's version 1 lacked (it had ``journal_by_created`` in its place).
V7 = """
INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);
INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');
CREATE INDEX IF NOT EXISTS journal_live ON journal_entries (archived_at, mood);
"""


def _v1(db: Database) -> None:
    db.executescript_in_transaction(V1)


def _v2(db: Database) -> None:
    db.executescript_in_transaction(V2)


def _v3(db: Database) -> None:
    db.executescript_in_transaction(V3)


def _v4(db: Database) -> None:
    db.executescript_in_transaction(V4)


def _v5(db: Database) -> None:
    db.executescript_in_transaction(V5)


def _v6(db: Database) -> None:
    db.executescript_in_transaction(V6)


def _v7(db: Database) -> None:
    db.executescript_in_transaction(V7)


#: MIGRATIONS[n] upgrades a database at version n to n + 1.
MIGRATIONS: list[Callable[[Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7]
LATEST = len(MIGRATIONS)


def version(db: Database) -> int:
    return int(db.one("PRAGMA user_version")[0])


def migrate(db: Database, target: int = LATEST) -> None:
    """Bring ``db`` up to ``target`` in ONE transaction: every step, or none.

    A step that fails rolls back the steps before it too, so the vault stays at the
    version it was, and the version of the app that made it still opens it; a vault left
    half-way (at a version no release of the app ever wrote) would open nowhere.
    """
    current = version(db)
    if current > LATEST:
        raise VaultError(
            "This vault was made by a newer version of Wellbeing. Please update the app."
        )
    if current >= target:
        return
    with db.transaction():
        while current < target:
            MIGRATIONS[current](db)
            current += 1
        db.execute(f"PRAGMA user_version = {current}")
