"""Schema versions: every migration runs from the version before it, and only forward."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from wellbeing.domain.errors import VaultError
from wellbeing.vault import schema
from wellbeing.vault.db import Database, IntegrityError

#: Versions that change settings or content only, no table or index of a new vault:
#: 7 turns on the full-text index's secure-delete (and adds an index only the first
#: release's vaults lack).
ONLY_SETTINGS = {7}


@pytest.mark.parametrize("target", range(1, schema.LATEST + 1))
def test_each_migration_from_the_previous_version(tmp_path: Path, target: int) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db, target - 1)
    assert schema.version(db) == target - 1
    tables_before = {r[0] for r in db.all("SELECT name FROM sqlite_master")}
    schema.migrate(db, target)
    assert schema.version(db) == target
    tables_after = {r[0] for r in db.all("SELECT name FROM sqlite_master")}
    if target in ONLY_SETTINGS:
        assert tables_after == tables_before
    else:
        assert tables_after > tables_before
    assert db.integrity_errors() == []
    db.close()


def test_migrating_twice_is_harmless(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db)
    schema.migrate(db)
    assert schema.version(db) == schema.LATEST


def test_a_newer_vault_is_refused_not_downgraded(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db)
    db.execute(f"PRAGMA user_version = {schema.LATEST + 1}")
    with pytest.raises(VaultError, match="newer version"):
        schema.migrate(db)
    assert schema.version(db) == schema.LATEST + 1


def test_a_failing_migration_leaves_the_previous_version(tmp_path: Path, monkeypatch) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db)

    def broken(database: Database) -> None:
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("crash in the middle")

    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        schema.migrate(db, schema.LATEST + 1)
    assert schema.version(db) == schema.LATEST
    assert db.one("SELECT 1 FROM sqlite_master WHERE name = 'half_done'") is None


def test_v2_keeps_everything_written_at_v1(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db, 1)
    with db.transaction():
        db.execute(
            "INSERT INTO plan_values (name, created_at, updated_at) VALUES ('Rest', 't', 't')"
        )
    schema.migrate(db, 2)
    assert db.one("SELECT name FROM plan_values")[0] == "Rest"
    with db.transaction():
        db.execute("INSERT INTO mood_checkins (on_date, mood, at) VALUES ('2026-01-01', 3, 't')")
    with pytest.raises(IntegrityError), db.transaction():
        db.execute("INSERT INTO mood_checkins (on_date, mood, at) VALUES ('2026-01-02', 9, 't')")


def test_an_entrys_tags_are_found_by_the_entry_not_by_reading_every_tag(tmp_path: Path) -> None:
    """Saving an entry rewrites its tags; without an index on entry_id that delete (and
    the cascade when an entry is removed) reads every tag in the journal."""
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db)
    plan = " ".join(
        str(row[-1])
        for row in db.all("EXPLAIN QUERY PLAN DELETE FROM journal_tags WHERE entry_id = ?", (1,))
    )
    assert "journal_tags_by_entry" in plan and "SCAN" not in plan
    db.close()
