"""Every schema version migrates from a vault that version's own code made.

The vaults under tests/fixtures/schema/ were made by checking out the commit that
introduced each schema version and running tests/fixtures/schema/make_vault.py with its
code (see tests/fixtures/README.md). They are never regenerated. Each one must open with
the current code, migrate in one step, check clean, hold the same tables and indexes as a
vault made now, and read back every record it was given.
"""

from __future__ import annotations

import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from wellbeing.domain.boundaries import Outcome
from wellbeing.domain.routines import CheckInStatus
from wellbeing.domain.safety_plan import Step
from wellbeing.vault import schema
from wellbeing.vault.db import Database
from wellbeing.vault.layout import read_key_file
from wellbeing.vault.vault import DB_FILE, Vault

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schema"
PASSPHRASE = "fixture"
#: Folder → the schema version its code wrote (v1: the first release, 805a56f, whose
#: version 1 held journal_by_created; v1b: version 1 as f0d4166 redefined it).
MADE_AT = {"v1": 1, "v1b": 1, "v2": 2, "v3": 3, "v4": 4, "v5": 5, "v6": 6}


def _copy(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    shutil.copytree(FIXTURES / name / "vault", folder)
    return folder


def _raw(folder: Path) -> Database:
    """The database opened with its key, without migrating."""
    key = read_key_file(folder).open_with_passphrase(PASSPHRASE)
    return Database(folder / DB_FILE, key)


def _objects(db: Database) -> set[tuple[str, str, str]]:
    return {
        (row[0], row[1], row[2])
        for row in db.all("SELECT type, name, tbl_name FROM sqlite_master")
        if not str(row[1]).startswith("sqlite_autoindex")
    }


def test_every_earlier_schema_version_has_a_vault_made_by_its_code() -> None:
    # 1-6: every version released before issue 13. A newer version gets its folder once
    # a later one supersedes it (made from the commit that introduced it).
    assert set(range(1, 7)) <= set(MADE_AT.values())
    assert max(MADE_AT.values()) < schema.LATEST
    assert sorted(p.name for p in FIXTURES.iterdir() if p.is_dir()) == sorted(MADE_AT)


@pytest.mark.parametrize("name", sorted(MADE_AT))
def test_a_vault_made_by_an_earlier_version_migrates_and_reads_back(
    tmp_path: Path, name: str
) -> None:
    folder = _copy(tmp_path, name)
    db = _raw(folder)
    assert schema.version(db) == MADE_AT[name]
    db.close()

    with Vault.unlock(folder, PASSPHRASE) as vault:
        report = vault.check()
        assert report.ok and report.schema_version == schema.LATEST
        fresh = Database(tmp_path / "fresh.db", os.urandom(32), create=True)
        schema.migrate(fresh)
        assert _objects(vault.db) == _objects(fresh)
        fresh.close()
        _assert_records(vault, MADE_AT[name])


def _assert_records(vault: Vault, made_at: int) -> None:
    values = {v.name: v for v in vault.values.list()}
    assert sorted(values) == ["Curiosity", "Rest"]
    assert [v.name for v in vault.values.list(archived=True)] == ["Old card"]
    (goal,) = vault.goals.list()
    assert goal.title == "Fixture goal: a quiet evening"
    assert [(s.text, s.done) for s in goal.steps] == [("Phone away at ten", True), ("Tea", False)]
    assert goal.value_ids == (values["Rest"].id,)
    (boundary,) = vault.boundaries.list()
    (event,) = vault.boundaries.events(boundary.id)
    assert (event.outcome, event.note) == (Outcome.HELD, "fixture note")
    (routine,) = vault.routines.list()
    assert vault.routines.check_ins(routine.id) == {
        date(2026, 3, 1): CheckInStatus.DONE,
        date(2026, 3, 2): CheckInStatus.SKIPPED,
        date(2026, 3, 3): CheckInStatus.DONE,
    }
    plan = vault.safety_plan.get()
    assert [i.text for i in plan.section(Step.WARNING_SIGNS)] == ["Fixture sign: not sleeping"]
    assert [i.reach for i in plan.section(Step.PEOPLE_TO_ASK)] == ["555-0100"]

    assert vault.journal.count() == 2
    titles = [e.title for e in vault.journal.recent()]
    assert titles == ["Fixture entry two", "Fixture entry one"]
    (match,) = vault.journal.search("canal")
    assert match.entry.body == "A walk by the canal, fixture words, edited"
    assert match.entry.tags == ("walk", "fixture") and match.entry.mood == 4
    assert vault.journal.search("archived") == []  # the archived entry is not searched
    archived = vault.db.one("SELECT count(*) FROM journal_entries WHERE archived_at IS NOT NULL")
    assert archived[0] == 1
    assert vault.revisions.list()  # the plan's history came along

    if made_at >= 2:
        assert vault.moods.between(date(2026, 3, 1), date(2026, 3, 31)) == {
            date(2026, 3, 2): 4,
            date(2026, 3, 3): 2,
        }
    if made_at >= 3:
        assert plan.prompts == {Step.WARNING_SIGNS: "Fixture prompt: what tells me?"}
        assert vault.meta.get("fixture") == {"step": 1}
    if made_at >= 5:
        (review,) = vault.reviews.list()
        assert review.what_helped == "Fixture: the walks"
        assert vault.who5.get(date(2026, 3, 3)) is not None
        assert [f.kind for f in vault.history.forgotten()] == ["one"]
        assert values["Rest"].why == "Fixture: reviewed"


def test_the_first_releases_vault_opens_after_its_failed_migration(tmp_path: Path) -> None:
    """Issue 13, item 14: the first release's version 1 already had journal_by_created,
    so version 5 failed on it ("index journal_by_created already exists")."""
    folder = _copy(tmp_path, "v1")
    db = _raw(folder)
    names = {row[0] for row in db.all("SELECT name FROM sqlite_master WHERE type = 'index'")}
    db.close()
    assert "journal_by_created" in names and "journal_live" not in names
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check().ok
        plan = " ".join(
            str(row[-1])
            for row in vault.db.all(
                "EXPLAIN QUERY PLAN SELECT count(*) FROM journal_entries"
                " WHERE archived_at IS NULL AND mood = 4"
            )
        )
        assert "journal_live" in plan


@pytest.mark.parametrize("name", sorted(MADE_AT))
def test_a_failing_migration_leaves_an_earlier_vault_untouched(
    tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """All the steps of one opening are one transaction: a step that fails undoes the
    steps before it, so the version that made the vault still opens it."""
    folder = _copy(tmp_path, name)
    original = (folder / DB_FILE).read_bytes()
    db = _raw(folder)
    objects = _objects(db)
    db.close()

    def broken(database: Database) -> None:
        database.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("crash in the middle")

    # The last step fails, after every step before it ran.
    monkeypatch.setattr(schema, "MIGRATIONS", [*schema.MIGRATIONS[:-1], broken])
    with pytest.raises(RuntimeError, match="crash in the middle"):
        Vault.unlock(folder, PASSPHRASE)

    db = _raw(folder)
    assert schema.version(db) == MADE_AT[name]
    assert _objects(db) == objects
    assert db.integrity_errors() == []
    db.close()
    assert (folder / DB_FILE).read_bytes() == original

    monkeypatch.undo()
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check().ok
