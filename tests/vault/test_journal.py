"""Journal storage and search: what a person relies on when writing and finding entries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from wellbeing.domain.errors import NotFoundError, ValidationError
from wellbeing.domain.journal import JournalEntry, fts_query
from wellbeing.vault.repos.journal import JournalFilter
from wellbeing.vault.vault import Vault

BASE = datetime(2025, 6, 1, 20, 0, tzinfo=UTC)


def _entry(day: int, title: str, body: str = "", **kw) -> JournalEntry:
    return JournalEntry(None, title, body, created_at=BASE + timedelta(days=day), **kw)


def test_search_finds_every_word_newest_first_whatever_order_added(vault: Vault) -> None:
    # Added out of order: an import of old entries after newer ones.
    vault.journal.add(_entry(5, "Later", "the garden was quiet"))
    vault.journal.add(_entry(1, "Early", "garden work, quiet morning"))
    vault.journal.add(_entry(3, "Middle", "a loud garden party"))
    titles = [m.entry.title for m in vault.journal.search("quiet garden")]
    assert titles == ["Later", "Early"]
    assert [m.entry.title for m in vault.journal.search("garden", limit=2)] == ["Later", "Middle"]


def test_search_ignores_case_and_accents_and_marks_matches(vault: Vault) -> None:
    vault.journal.add(_entry(0, "Café", "Met at the CAFÉ near work"))
    (match,) = vault.journal.search("cafe")
    assert "[CAFÉ]" in match.snippet


def test_phrase_and_prefix(vault: Vault) -> None:
    vault.journal.add(_entry(0, "a", "self-care is not selfish"))
    vault.journal.add(_entry(1, "b", "care for myself"))
    assert [m.entry.title for m in vault.journal.search('"self care"')] == ["a"]
    assert [m.entry.title for m in vault.journal.search("self-care")] == ["a"]
    assert {m.entry.title for m in vault.journal.search("car*")} == {"a", "b"}
    assert [m.entry.title for m in vault.journal.search("sel*")] == ["a"]


@pytest.mark.parametrize("typed", ['AND OR NOT ( ) " * :', "title:foo", "^x", "NEAR(a b)", ""])
def test_any_typed_query_is_safe(vault: Vault, typed: str) -> None:
    vault.journal.add(_entry(0, "foo", "x a b"))
    vault.journal.search(typed)  # never a syntax error


def test_fts_query_quotes_everything() -> None:
    assert fts_query('walk OR "by the sea" tide*') == '"walk" "OR" "by the sea" "tide"*'
    assert fts_query("  ") == ""


def test_tags_are_searchable_and_filterable(vault: Vault) -> None:
    vault.journal.add(_entry(0, "one", "plain", tags=("Work", "rest")))
    vault.journal.add(_entry(1, "two", "plain", tags=("rest",)))
    assert [m.entry.title for m in vault.journal.search("work")] == ["one"]
    assert vault.journal.count(JournalFilter(tag="REST")) == 2
    assert dict(vault.journal.tags()) == {"rest": 2, "Work": 1}


def test_filters_by_mood_and_dates(vault: Vault) -> None:
    for day, mood in enumerate([1, 3, 5, 4, None]):
        vault.journal.add(_entry(day, f"d{day}", "same words", mood=mood))
    flt = JournalFilter(
        moods=frozenset({4, 5}),
        start=BASE + timedelta(days=1),
        end=BASE + timedelta(days=3, hours=1),
    )
    assert [m.entry.title for m in vault.journal.search("words", flt=flt)] == ["d3", "d2"]
    assert [e.title for e in vault.journal.recent(flt=flt)] == ["d3", "d2"]


def test_paging_walks_every_entry_once(vault: Vault) -> None:
    vault.journal.add_many(_entry(i % 7, f"e{i}") for i in range(50))  # many ties
    seen, last = [], None
    while page := vault.journal.recent(limit=8, before_id=last):
        seen.extend(page)
        last = page[-1].id
    assert len(seen) == 50 and len({e.id for e in seen}) == 50
    times = [e.created_at for e in seen]
    assert times == sorted(times, reverse=True)


def test_editing_keeps_the_index_in_step(vault: Vault, clock) -> None:
    entry = vault.journal.add(_entry(0, "Draft", "thinking about moving"))
    clock.advance(minutes=5)
    edited = vault.journal.update(replace(entry, body="decided to stay", tags=("home",)))
    assert vault.journal.search("moving") == []
    assert [m.entry.id for m in vault.journal.search("stay")] == [edited.id]
    assert edited.edited_at == clock.now and edited.created_at == entry.created_at


def test_changing_the_date_moves_the_entry_in_time(vault: Vault) -> None:
    a = vault.journal.add(_entry(5, "A", "word", tags=("t",)))
    vault.journal.add(_entry(3, "B", "word"))
    moved = vault.journal.update(replace(a, created_at=BASE))
    assert [m.entry.title for m in vault.journal.search("word")] == ["B", "A"]
    assert vault.journal.get(moved.id).tags == ("t",)
    with pytest.raises(NotFoundError):
        vault.journal.get(a.id)


def test_archive_hides_and_restore_brings_back(vault: Vault) -> None:
    entry = vault.journal.add(_entry(0, "gone for now", "findable"))
    vault.journal.archive(entry.id)
    assert vault.journal.search("findable") == [] and vault.journal.count() == 0
    vault.journal.restore(entry.id)
    assert [m.entry.id for m in vault.journal.search("findable")] == [entry.id]


def test_delete_forever_removes_from_the_index(vault: Vault) -> None:
    entry = vault.journal.add(_entry(0, "x", "ephemeral"))
    vault.journal.delete_forever(entry.id)
    assert vault.journal.search("ephemeral") == []
    raw = vault.db.all("SELECT rowid FROM journal_fts WHERE journal_fts MATCH 'ephemeral'")
    assert raw == []


def test_bad_entries_are_refused_kindly(vault: Vault) -> None:
    with pytest.raises(ValidationError, match="1 to 5"):
        vault.journal.add(_entry(0, "x", mood=6))
    with pytest.raises(ValidationError, match="time zone"):
        JournalEntry(None, "x", "y", created_at=datetime(2025, 1, 1))
    with pytest.raises(ValidationError):
        vault.journal.add_many([_entry(0, "ok"), replace(_entry(1, "saved"), id=5)])
    assert vault.journal.count() == 0


def test_mood_of_the_day_latest_wins(vault: Vault) -> None:
    day = BASE.date()
    vault.moods.set(day, 2)
    vault.moods.set(day, 4, "after a walk")
    vault.moods.set(day + timedelta(days=1), 3)
    assert vault.moods.get(day) == 4
    assert vault.moods.between(day, day + timedelta(days=5)) == {day: 4, day + timedelta(days=1): 3}
    with pytest.raises(ValidationError):
        vault.moods.set(day, 0)
    vault.moods.clear(day)
    assert vault.moods.get(day) is None


def test_many_entries_sharing_one_time_cost_a_few_statements_each(vault: Vault) -> None:
    """An import with dates only puts thousands of entries on one instant: adding one
    more must cost the same few statements as the second did, not a walk over the rest."""

    def statements_to_add(title: str) -> int:
        seen: list[str] = []
        vault.db._conn.set_trace_callback(seen.append)
        try:
            vault.journal.add(_entry(0, title))
        finally:
            vault.db._conn.set_trace_callback(None)
        return len(seen)

    vault.journal.add(_entry(0, "first"))
    second = statements_to_add("second")
    vault.journal.add_many(_entry(0, f"same {i}") for i in range(500))
    assert statements_to_add("last") <= second + 2
    assert vault.journal.count() == 503
