"""Importing entries that share a time stays linear (it was quadratic: 20,000 entries
with one time took 14 s, a million lines with 60 times over 13 minutes).

Proved without a clock: SQLite's progress handler is called every 100 virtual-machine
instructions it runs, so its count is the work SQLite did (rows visited, pages read,
index entries written). Four times the entries must cost about four times the work,
not sixteen. How long an import takes is the benchmark's (``make bench``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.vault import Vault

AT = datetime(2024, 5, 1, 21, 30, tzinfo=UTC)
#: Linear work grows 4 times for 4 times the entries; quadratic work 16 times. The
#: margin covers a B-tree one level deeper, nothing more.
MOST = 4.6


def _entries(count: int, times: int = 1, offset: int = 0) -> list[JournalEntry]:
    return [
        JournalEntry(
            None,
            f"Day {i}",
            f"Robin Example wrote entry {i + offset}",
            AT + timedelta(hours=i % times),
        )
        for i in range(count)
    ]


def _work(vault: Vault, run: Callable[[], object]) -> int:
    """SQLite's instructions (in hundreds) while ``run`` runs on the vault's connection."""
    ticks = [0]

    def tick() -> int:
        ticks[0] += 1
        return 0  # go on

    conn = vault.db._conn  # the connection add_new writes through
    conn.set_progress_handler(tick, 100)
    try:
        run()
    finally:
        conn.set_progress_handler(None, 100)
    return ticks[0]


def _import_work(tmp_path: Path, name: str, entries: list[JournalEntry], again: bool) -> int:
    """The work to import ``entries`` into a new vault (``again``: a second time, when
    every one is already there)."""
    vault, _ = Vault.create(tmp_path / name, PASSPHRASE, kdf=FAST_KDF)
    with vault:
        if again:
            assert vault.journal.add_new(entries) == (len(entries), 0)
            expected = (0, len(entries))
        else:
            expected = (len(entries), 0)
        result: list[tuple[int, int]] = []
        work = _work(vault, lambda: result.append(vault.journal.add_new(entries)))
        assert result == [expected]
    return work


@pytest.mark.parametrize("times", [1, 60], ids=["one time", "60 times"])
@pytest.mark.parametrize("again", [False, True], ids=["new", "all already there"])
def test_four_times_the_entries_sharing_times_is_four_times_the_work(
    tmp_path: Path, times: int, again: bool
) -> None:
    small = _import_work(tmp_path, "small", _entries(1200, times), again)
    large = _import_work(tmp_path, "large", _entries(4800, times), again)
    assert large <= MOST * small, (small, large, large / small)


def test_repeats_and_new_texts_at_one_time_are_told_apart(vault: Vault) -> None:
    first = _entries(300)
    assert vault.journal.add_new(first) == (300, 0)
    vault.journal.archive(vault.journal.recent(limit=1)[0].id)  # archived still counts
    again = [*first[:100], *first[:100], *_entries(50, offset=1000), *_entries(50, offset=1000)]
    assert vault.journal.add_new(again) == (50, 250)
    assert vault.journal.count() == 349  # 350 stored, one archived
    same_text_other_time = JournalEntry(None, "x", first[0].body, AT + timedelta(seconds=1))
    assert vault.journal.add_new([same_text_other_time]) == (1, 0)


def test_entries_sharing_one_time_keep_their_own_ids_in_order(vault: Vault) -> None:
    vault.journal.add_new(_entries(2000))
    ids = [row[0] for row in vault.db.all("SELECT id FROM journal_entries ORDER BY id")]
    assert len(set(ids)) == 2000 and ids[-1] - ids[0] == 1999  # one microsecond apart
