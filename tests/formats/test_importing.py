"""Journal imports for the app, without Qt: reading files, telling formats apart, progress
and stopping, duplicates by index (schema v5), and the second connection that backups
and imports use beside the app's own."""

from __future__ import annotations

import json
import os
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import PASSPHRASE
from tests.formats.test_journal_formats import DAYONE, JRNL
from wellbeing.domain.errors import (
    ImportFormatError,
    ValidationError,
    VaultError,
    VaultLockedError,
)
from wellbeing.domain.journal import JournalEntry
from wellbeing.formats import importing
from wellbeing.formats.importing import (
    ImportCancelled,
    detect_format,
    parse_journal,
    read_journal_file,
)
from wellbeing.formats.journal_formats import _load, parse_dayone, parse_jrnl
from wellbeing.vault import schema
from wellbeing.vault.backup import (
    check_backup_folder,
    create_backup,
    peek_backup,
    read_backup,
    restore_backup,
    rotate_backups,
)
from wellbeing.vault.db import Database
from wellbeing.vault.vault import DB_FILE, Vault

START = datetime(2024, 1, 1, tzinfo=UTC)


def jsonl(count: int, start: datetime = START) -> str:
    return "".join(
        json.dumps(
            {"at": (start + timedelta(hours=i)).isoformat(), "title": f"T{i}", "body": f"B{i}"}
        )
        + "\n"
        for i in range(count)
    )


def entry(i: int, body: str | None = None) -> JournalEntry:
    return JournalEntry(None, f"T{i}", body or f"B{i}", START + timedelta(hours=i))


# Telling the format from the text


@pytest.mark.parametrize(
    ("text", "fmt"),
    [
        (jsonl(2), "jsonl"),
        ("\ufeff\n" + jsonl(1), "jsonl"),
        ('{"at": "nope"}\n', "jsonl"),  # a bad first line is still JSON Lines: it says why
        (json.dumps(JRNL), "jrnl"),
        (json.dumps(JRNL, indent=2), "jrnl"),
        (json.dumps(DAYONE), "dayone"),
        (json.dumps(DAYONE, indent=4), "dayone"),
        (json.dumps({"entries": []}), "jrnl"),
    ],
)
def test_the_format_is_told_from_the_text(text: str, fmt: str) -> None:
    assert detect_format(text) == fmt


@pytest.mark.parametrize("text", ["", "Dear diary", "[1, 2]", '{\n "something": "else"\n}'])
def test_an_unknown_kind_of_file_is_explained(text: str) -> None:
    with pytest.raises(ValidationError, match="couldn't tell what kind") as err:
        detect_format(text)
    assert "Nothing was imported" in str(err.value)


@pytest.mark.parametrize(("doc", "fmt"), [(JRNL, "jrnl"), (DAYONE, "dayone")])
def test_parse_journal_detects_and_matches_the_format_parsers(doc: dict, fmt: str) -> None:
    text = json.dumps(doc)
    expected = parse_jrnl(text) if fmt == "jrnl" else parse_dayone(text)
    assert parse_journal(text) == expected == parse_journal(text, fmt)


# Progress and stopping


@pytest.mark.parametrize("fmt", ["jsonl", "jrnl", "dayone"])
def test_progress_rises_to_its_end_and_can_stop_the_parse(fmt: str) -> None:
    count = 1000
    if fmt == "jsonl":
        text = jsonl(count)
    elif fmt == "jrnl":
        one = JRNL["entries"][0]
        text = json.dumps({"entries": [dict(one, title=f"t{i}") for i in range(count)]})
    else:
        text = json.dumps({"entries": [DAYONE["entries"][1]] * count})
    seen: list[tuple[int, int]] = []
    entries = parse_journal(text, fmt, progress=lambda d, t: seen.append((d, t)))
    assert len(entries) == count and len(seen) > 3
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert seen[-1][0] == seen[-1][1]  # ends at its total

    def stop(done: int, total: int) -> None:
        if done * 2 > total:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled, match="Nothing was imported"):
        parse_journal(text, fmt, progress=stop)


# The streaming decoder is json.loads, one entry at a time


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=5),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=3), children, max_size=3)
    ),
    max_leaves=8,
)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(
    entries=st.lists(_json, max_size=4),
    other=st.dictionaries(st.sampled_from(["tags", "metadata", "x"]), _json, max_size=2),
    indent=st.sampled_from([None, 1, "\t"]),
    cut=st.integers(min_value=0, max_value=400),
    insert=st.sampled_from(["", ",", "]", "}", '"', "x", "\n", " "]),
)
def test_the_streaming_decoder_agrees_with_json_loads(entries, other, indent, cut, insert):
    text = json.dumps({**other, "entries": entries}, indent=indent)
    if insert or cut % 3 == 0:  # damaged: cut short, or a character slipped in
        at = min(cut, len(text))
        text = text[:at] + insert + text[at + (0 if insert else 1) :]
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        with pytest.raises(ImportFormatError) as got:
            _load(text)
        assert got.value.line == err.lineno
        return
    if isinstance(data, dict) and isinstance(data.get("entries"), list):
        assert _load(text) == data["entries"]
    else:
        with pytest.raises(ImportFormatError, match="entries"):
            _load(text)


# Reading files


def test_reading_a_file_in_chunks_with_progress(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(importing, "_CHUNK", 1000)
    path = tmp_path / "j.jsonl"
    path.write_bytes("\ufeff".encode() + jsonl(300).encode("utf-8"))
    seen: list[tuple[int, int]] = []
    text = read_journal_file(path, progress=lambda d, t: seen.append((d, t)))
    assert text == jsonl(300) and len(seen) > 10 and seen[-1] == (path.stat().st_size,) * 2


def test_a_day_one_zip_is_read_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Journal.json", json.dumps(DAYONE))
        archive.writestr("photos/a.jpeg", b"\xff\xd8not really")
    before = set(tmp_path.iterdir())
    assert parse_journal(read_journal_file(path)) == parse_dayone(json.dumps(DAYONE))
    assert set(tmp_path.iterdir()) == before  # nothing unpacked anywhere


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p.write_bytes(b"\xff\xfe not utf-8 \x80"), "not UTF-8"),
        (lambda p: p.write_bytes(b"PK\x03\x04 cut short"), "zip file is damaged"),
        (lambda p: p.mkdir(), "no file"),
    ],
)
def test_unreadable_files_are_explained(tmp_path: Path, make, why: str) -> None:
    path = tmp_path / "f"
    make(path)
    with pytest.raises(ValidationError, match=why) as err:
        read_journal_file(path)
    assert "Nothing was imported" in str(err.value)


def test_a_zip_of_several_journals_and_a_huge_file_are_refused(tmp_path, monkeypatch) -> None:
    path = tmp_path / "two.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Work.json", "{}")
        archive.writestr("Home.json", "{}")
    with pytest.raises(ValidationError, match="more than one journal") as err:
        read_journal_file(path)
    assert "Work" not in str(err.value)  # a journal's name is the person's own
    monkeypatch.setattr(importing, "MAX_IMPORT_BYTES", 100)
    big = tmp_path / "big.jsonl"
    big.write_text(jsonl(10), encoding="utf-8")
    with pytest.raises(ValidationError, match="larger than Wellbeing can import"):
        read_journal_file(big)


def test_jsonl_lines_are_split_as_a_file_would_split_them() -> None:
    body = "one\u2028two\x85three"  # line separators inside a JSON string stay inside
    line = json.dumps({"at": START.isoformat(), "title": "t", "body": body}, ensure_ascii=False)
    text = "\r\n".join([line, line.replace('"t"', '"u"')])
    assert [e.body for e in parse_journal(text)] == [body, body]


# Adding: duplicates by index, one transaction, stopping


def test_add_new_counts_duplicates_in_the_journal_and_in_the_file(vault: Vault) -> None:
    vault.journal.add(entry(0))
    vault.journal.add(entry(1))
    vault.journal.archive(vault.journal.recent(limit=1)[0].id)  # archived counts too
    same_time_other_words = entry(0, body="other words")
    added, already = vault.journal.add_new(
        [entry(0), entry(1), entry(2), entry(2), same_time_other_words]
    )
    assert (added, already) == (2, 3)
    assert vault.journal.count() == 3  # 0, 2 and "other words" live; 1 archived
    texts = sorted(e.body for e in vault.journal.recent(limit=10))
    assert texts == ["B0", "B2", "other words"]


def test_add_new_reports_progress_and_a_stop_adds_nothing(vault: Vault) -> None:
    entries = [entry(i) for i in range(1000)]
    seen: list[tuple[int, int]] = []
    assert vault.journal.add_new(entries[:500], progress=lambda d, t: seen.append((d, t))) == (
        500,
        0,
    )
    assert seen == [(200, 500), (400, 500), (500, 500)]

    def stop(done: int, total: int) -> None:
        if done >= 600:
            raise ImportCancelled()

    with pytest.raises(ImportCancelled):
        vault.journal.add_new(entries, progress=stop)
    assert vault.journal.count() == 500  # the 100 new ones before the stop are gone too
    assert vault.journal.search("T700") == []


def test_tags_of_imported_entries_are_written(vault: Vault) -> None:
    tagged = JournalEntry(None, "t", "b", START, tags=("walk", "Evening"))
    vault.journal.add_new([tagged])
    assert dict(vault.journal.tags()) == {"walk": 1, "Evening": 1}


# Schema v5: the index that makes the duplicate check one lookup


def test_v5_adds_the_index_and_keeps_what_was_there(tmp_path: Path) -> None:
    db = Database(tmp_path / "x.db", os.urandom(32), create=True)
    schema.migrate(db, 4)
    with db.transaction():
        db.execute(
            "INSERT INTO journal_entries (id, title, body, created_at, edited_at)"
            " VALUES (1, 'a', 'b', '2024-01-01T00:00:00.000000+00:00', 'x')"
        )
    schema.migrate(db, 5)
    assert schema.version(db) == 5 and schema.LATEST >= 5
    assert db.one("SELECT 1 FROM sqlite_master WHERE name = 'journal_by_created'")
    assert db.one("SELECT body FROM journal_entries")[0] == "b"
    plan = db.all(
        "EXPLAIN QUERY PLAN SELECT 1 FROM journal_entries WHERE created_at = ? AND body = ?",
        ("x", "y"),
    )
    assert "journal_by_created" in " ".join(str(row[3]) for row in plan)
    assert db.integrity_errors() == []
    db.close()


def test_the_duplicate_check_at_100000_entries_uses_the_index(vault: Vault) -> None:
    """Every look-up ``add_new`` makes in a 100,000-entry journal is a search by index,
    never a scan (a scan reads every entry for each entry imported). Shown by SQLite's
    query plan for the statements it really ran, not by a clock: how fast an import is
    belongs to the benchmark (``make bench``)."""
    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(100_000):
        moment = START + timedelta(hours=i)
        text = moment.isoformat(timespec="microseconds")
        rows.append(((moment - epoch) // timedelta(microseconds=1), "t", f"b{i}", text, text))
    with vault.transaction() as db:
        db.executemany(
            "INSERT INTO journal_entries (id, title, body, created_at, edited_at)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
    new = [entry(i + 200_000) for i in range(1000)]
    there = [entry(i, body=f"b{i}") for i in range(0, 100_000, 100)]
    looked: dict[str, tuple] = {}

    def watched(real):
        def run(sql: str, params=()):
            if sql.lstrip().upper().startswith("SELECT"):
                looked.setdefault(sql, tuple(params))
            return real(sql, params)

        return run

    vault.db.one = watched(vault.db.one)  # type: ignore[method-assign]
    vault.db.execute = watched(vault.db.execute)  # type: ignore[method-assign]
    try:
        added, already = vault.journal.add_new(there + new)
    finally:
        del vault.db.one, vault.db.execute
    assert (added, already) == (1000, 1000)

    def plan(sql: str, params: tuple) -> str:
        steps = vault.db.all(f"EXPLAIN QUERY PLAN {sql}", params)
        return " | ".join(str(step[3]) for step in steps)

    plans = {sql: plan(sql, params) for sql, params in looked.items()}
    duplicate = next(sql for sql in plans if "created_at = ?" in sql)
    assert "USING INDEX journal_by_created" in plans[duplicate], plans[duplicate]
    assert not [p for p in plans.values() if "SCAN" in p], plans
    with vault.transaction():  # the check can fail: without the index, a scan
        vault.db.execute("DROP INDEX journal_by_created")
        # (A new text: the statement cache would give back the plan made with the index.)
        assert "SCAN journal_entries" in plan(duplicate + " ", looked[duplicate])
        vault.db.execute("CREATE INDEX journal_by_created ON journal_entries (created_at)")


# The second connection: snapshots and imports beside the app's own


def test_a_second_connection_reads_while_the_first_writes(vault: Vault) -> None:
    reader = vault.db.open_second()
    try:
        with pytest.raises(VaultError):
            reader.execute("DELETE FROM journal_entries")
        vault.journal.add(entry(0))
        assert reader.one("SELECT count(*) FROM journal_entries")[0] == 1
    finally:
        reader.close()
    assert reader.closed and not vault.db.closed


def test_a_second_connection_needs_an_open_vault(vault: Vault) -> None:
    db = vault.db
    vault.close()
    with pytest.raises(VaultLockedError):
        db.open_second()


def test_a_backup_from_a_second_connection_is_one_moment(vault: Vault, tmp_path: Path) -> None:
    for i in range(50):
        vault.journal.add(entry(i, body="x" * 20_000))  # a few hundred pages
    second = vault.db.open_second()
    steps = [0]

    def between() -> bool:  # the app saves while the pages are copied
        steps[0] += 1
        if steps[0] == 2:
            vault.journal.add(entry(999))
        return False

    second.SNAPSHOT_STEP_PAGES = 16  # type: ignore[misc]
    try:
        create_backup(vault, tmp_path / "b.wbbackup", db=second, stop=between)
    finally:
        second.close()
    assert steps[0] > 3
    restore_backup(tmp_path / "b.wbbackup", tmp_path / "restored", passphrase=PASSPHRASE)
    with Vault.unlock(tmp_path / "restored", PASSPHRASE) as restored:
        assert restored.check().ok and restored.journal.count() == 50


def test_a_stopped_backup_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    for i in range(30):
        vault.journal.add(entry(i, body="y" * 20_000))
    second = vault.db.open_second()
    second.SNAPSHOT_STEP_PAGES = 8  # type: ignore[misc]
    calls = [0]

    def stop() -> bool:
        calls[0] += 1
        return calls[0] > 3

    try:
        with pytest.raises(VaultLockedError, match="no file was made"):
            create_backup(vault, tmp_path / "b.wbbackup", db=second, stop=stop)
    finally:
        second.close()
    assert list(tmp_path.iterdir()) == [vault.folder]  # no backup, no staging folder


def test_the_app_connection_closes_at_once_after_a_second_one_closed(vault: Vault) -> None:
    """A reader left open would make the close's checkpoint wait (busy_timeout)."""
    second = vault.db.open_second()
    second.execute("BEGIN")
    second.one("SELECT count(*) FROM journal_entries")
    vault.journal.add(entry(0))
    second.close()  # what the data service does before the lock closes the vault
    # No clock: the close may not wait at all (no busy timeout), so its checkpoint can
    # only have emptied the WAL if no reader was left to wait for.
    vault.db.execute("PRAGMA busy_timeout = 0")
    vault.close()
    wal = vault.folder / f"{DB_FILE}-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # checkpointed


# Backup folders


def test_a_backup_folder_inside_the_vault_is_refused(vault: Vault, tmp_path: Path) -> None:
    for inside in (vault.folder, vault.folder / "backups", vault.folder / "a" / ".." / "b"):
        with pytest.raises(VaultError, match="inside the vault's own folder"):
            check_backup_folder(inside, vault.folder)
        with pytest.raises(VaultError):
            rotate_backups(vault, inside, START.date())
    assert sorted(p.name for p in vault.folder.iterdir() if not p.name.startswith(DB_FILE)) == [
        "vault.key"
    ]
    check_backup_folder(tmp_path / "elsewhere", vault.folder)  # fine


def test_peek_reads_only_the_header(vault: Vault, tmp_path: Path) -> None:
    out = tmp_path / "b.wbbackup"
    info = create_backup(vault, out)
    assert peek_backup(out) == info == read_backup(out)
    data = bytearray(out.read_bytes())
    data[-1] ^= 1  # damage at the end: the header still reads, the full check does not
    out.write_bytes(bytes(data))
    assert peek_backup(out).created_at == info.created_at
    with pytest.raises(VaultError):
        read_backup(out)
    (tmp_path / "junk.wbbackup").write_bytes(b"hello")
    with pytest.raises(VaultError, match=r"too short|not a Wellbeing backup"):
        peek_backup(tmp_path / "junk.wbbackup")


def test_a_locked_service_error_is_plain(vault: Vault) -> None:
    second = vault.db.open_second(read_only=False)
    try:
        with second.transaction():
            second.execute("DELETE FROM meta WHERE key = 'nothing'")
            second.execute("INSERT INTO meta (key, value) VALUES ('probe', 'x')")
            vault.db.execute("PRAGMA busy_timeout = 50")
            with (
                pytest.raises(VaultError, match="busy adding imported entries"),
                vault.transaction(),
            ):
                vault.db.execute("INSERT INTO meta (key, value) VALUES ('other', 'y')")
    finally:
        second.close()
        vault.db.execute("PRAGMA busy_timeout = 5000")
