"""Measurements without Qt: full-text search against an unencrypted copy, and import.

Search runs the repository's own query (``JournalRepository.search``, the one the
journal screen uses, 100 matches at a time) on the open vault, then the very same code
on an unencrypted copy of the same database (``sqlcipher_export`` into a plain SQLite
file, opened through the same SQLite build with the same settings, only without a key),
so the ratio is the price of encryption alone.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.db import CACHE_KIB, Database
from wellbeing.vault.repos.journal import JournalRepository
from wellbeing.vault.vault import Vault

from .corpus import COMMON_WORD, PASSPHRASE, RARE_WORD, generate_entries, read_jsonl, write_jsonl
from .store import BuiltVault, kdf_for

SEARCH_LIMIT = 100  # the journal screen's SEARCH_PAGE
WORDS = {"rare": RARE_WORD, "common": COMMON_WORD}


class PlainDatabase(Database):
    """An unencrypted SQLite file through the same connection code and settings."""

    def _configure(self, data_key: bytes) -> None:
        conn = self._conn
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")


class _Holder:
    """Just enough of a vault for a repository: its ``db``."""

    def __init__(self, db: Database) -> None:
        self.db = db


def plain_copy(built: BuiltVault) -> Path:
    """An unencrypted copy of the vault's database beside it (made once per build)."""
    target = built.folder / "plain.db"
    if target.exists():
        return target
    partial = built.folder / "plain.db.partial"
    partial.unlink(missing_ok=True)
    with Vault.unlock(built.vault, PASSPHRASE) as vault:
        vault.db.execute("ATTACH DATABASE ? AS plain KEY ''", (str(partial),))
        try:
            vault.db.execute("SELECT sqlcipher_export('plain')").fetchall()
        finally:
            vault.db.execute("DETACH DATABASE plain")
    partial.rename(target)
    return target


def _time(fn: Callable[[], Any]) -> tuple[float, Any]:
    began = time.perf_counter()
    result = fn()
    return time.perf_counter() - began, result


def measure_search(built: BuiltVault, runs: int = 41) -> dict[str, Any]:
    """Search latency for a rare and a common word: vault, plain copy, and the ratio.

    The two are timed in turn, query by query (after a first, cold, run of each), so a
    busy moment of the machine weighs on both alike."""
    plain_path = plain_copy(built)
    result: dict[str, Any] = {"limit": SEARCH_LIMIT}
    plain_db = PlainDatabase(plain_path, b"")
    try:
        plain_repo = JournalRepository(_Holder(plain_db))  # type: ignore[arg-type]
        with Vault.unlock(built.vault, PASSPHRASE) as vault:
            for kind, word in WORDS.items():
                times: dict[str, list[float]] = {"vault": [], "plain": []}
                hits = {}
                for _ in range(runs + 1):
                    for name, repo in (("vault", vault.journal), ("plain", plain_repo)):
                        took, found = _time(lambda r=repo, w=word: r.search(w, limit=SEARCH_LIMIT))
                        times[name].append(took)
                        hits[name] = len(found)
                found_in = vault.db.one(
                    "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?", (word,)
                )[0]
                medians = {k: statistics.median(v[1:]) * 1000 for k, v in times.items()}
                result[kind] = {
                    "word": word,
                    "entries_with_word": int(found_in),
                    **{
                        name: {
                            "hits": hits[name],
                            "first_ms": round(times[name][0] * 1000, 3),
                            "median_ms": round(medians[name], 3),
                        }
                        for name in times
                    },
                    "ratio": round(medians["vault"] / medians["plain"], 2),
                }
    finally:
        plain_db.close()
    return result


# Experiments on a copy: what an index would change


EXTRA_INDEX = "CREATE INDEX journal_by_state ON journal_entries (archived_at)"


def _median_ms(fn: Callable[[], Any], runs: int) -> float:
    samples = [_time(fn)[0] for _ in range(runs)]
    return round(statistics.median(samples) * 1000, 2)


def measure_experiments(built: BuiltVault, runs: int = 7) -> dict[str, Any]:
    """On a copy of the vault (the cached one is never changed): the tag counts the
    journal's filters show; and every live entry's id (what the journal list reads to
    catch up with a change), before and after an index on ``archived_at`` alone, which
    keeps ids in order so SQLite need not sort them."""
    result: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as temp:
        copy = Path(temp) / "vault"
        shutil.copytree(built.vault, copy)
        with Vault.unlock(copy, PASSPHRASE) as vault:
            journal, db = vault.journal, vault.db
            result["tags_ms"] = _median_ms(journal.tags, runs)
            result["all_ids_ms"] = _median_ms(journal.recent_ids, runs)
            with vault.transaction():
                began = time.perf_counter()
                db.execute(EXTRA_INDEX)
                result["extra_index_build_ms"] = round((time.perf_counter() - began) * 1000)
            result["all_ids_with_index_ms"] = _median_ms(journal.recent_ids, runs)
            result["extra_index"] = EXTRA_INDEX
    return result


# Import


def import_function() -> tuple[str, Callable[[Vault, list[JournalEntry]], Any]]:
    """The app's import of journal entries (duplicates skipped): ``journal.add_new``
    where it exists, else the command line's ``add_new_entries``."""
    if hasattr(JournalRepository, "add_new"):
        return "journal.add_new", lambda vault, entries: vault.journal.add_new(entries)
    from wellbeing.cli import add_new_entries

    return "cli.add_new_entries", add_new_entries


def _import_file(entries: list[JournalEntry], into: Vault, folder: Path) -> tuple[float, int]:
    """Write ``entries`` as JSON Lines, then time reading the file and adding them."""
    path = folder / "import.jsonl"
    write_jsonl(entries, path)
    _, add = import_function()
    began = time.perf_counter()
    parsed = read_jsonl(path)
    add(into, parsed)
    return time.perf_counter() - began, len(parsed)


#: Entries sharing one time (a journal with dates only): the import that was quadratic.
SAME_TIME = 20_000
_ONE_TIME = datetime(2024, 5, 1, 21, 30, tzinfo=UTC)


def measure_import(
    built: BuiltVault, seed: int, into_empty: int = 10_000, into_full: int = 1_000
) -> dict[str, Any]:
    """Entries a second, importing a JSON Lines file: into a new vault (the journal
    moving in), and a thousand more into a copy of this vault (the duplicate check
    then looks among every entry already there). Where the first 50 of those take more
    than five seconds, the rate is taken from them alone, so a slow path cannot hold
    the benchmark up for minutes. Last, :data:`SAME_TIME` entries that all share one
    time, into a new vault and then again (every one already there)."""
    name, _ = import_function()
    result: dict[str, Any] = {"path": name}
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as temp:
        work = Path(temp)
        count = min(into_empty, built.entries) or into_full
        entries = generate_entries(seed + 100, count)
        vault, _ = Vault.create(work / "empty", PASSPHRASE, kdf=kdf_for("minimum"))
        with vault:
            took, n = _import_file(entries, vault, work)
        result["into_new_vault"] = {"entries": n, "s": round(took, 3), "per_s": round(n / took)}
        shutil.copytree(built.vault, work / "copy")
        more = generate_entries(seed + 200, into_full, end=built.last_day)
        with Vault.unlock(work / "copy", PASSPHRASE) as vault:
            took, n = _import_file(more[:50], vault, work)
            sampled = took > 5.0
            if not sampled:
                rest, m = _import_file(more[50:], vault, work)
                took, n = took + rest, n + m
        result["into_this_vault"] = {
            "entries": n,
            "already_there": built.entries,
            "s": round(took, 3),
            "per_s": round(n / took),
            "sampled": sampled,
        }
        result["same_time"] = _measure_same_time(work)
    return result


def _measure_same_time(work: Path) -> dict[str, Any]:
    entries = [
        JournalEntry(None, f"Day {i}", f"Written on a day with no time, number {i}", _ONE_TIME)
        for i in range(SAME_TIME)
    ]
    vault, _ = Vault.create(work / "same-time", PASSPHRASE, kdf=kdf_for("minimum"))
    with vault:
        took, n = _import_file(entries, vault, work)
        again, _ = _import_file(entries, vault, work)
    return {
        "entries": n,
        "s": round(took, 3),
        "per_s": round(n / took),
        "again_s": round(again, 3),
    }


# Changing the passphrase: a new data key, the whole database re-encrypted


def measure_change_passphrase(built: BuiltVault) -> dict[str, Any]:
    """On a copy of the vault, the app's own steps (``Vault.change_passphrase``, split as
    ``services/ops/session.py`` runs them): the new key and the re-encrypted copy (off
    the GUI thread), putting the pair in place and opening it (on the GUI thread), and
    overwriting the old database (off it again). Then the command line's
    ``change_passphrase`` once more, from the top (it derives the current key as well)."""
    from wellbeing.vault import rekey
    from wellbeing.vault.keyfile import KdfParams
    from wellbeing.vault.vault import change_passphrase

    kdf = KdfParams(**built.kdf)
    new = PASSPHRASE + ", changed"
    with tempfile.TemporaryDirectory(prefix="wellbeing-bench-") as temp:
        copy = Path(temp) / "vault"
        shutil.copytree(built.vault, copy)
        with Vault.unlock(copy, PASSPHRASE) as vault:
            prepare_s, made = _time(lambda: rekey.prepare_open(vault, PASSPHRASE, new, kdf))
            swap_s, _ = _time(lambda: rekey.use_new_key(vault, made))
            finish_s, _ = _time(lambda: rekey.finish(copy))
            assert vault.journal.count() >= 0  # the vault goes on, on the new database
        cli_s, _ = _time(lambda: change_passphrase(copy, new, PASSPHRASE, kdf=kdf))
    return {
        "app_total_s": round(prepare_s + swap_s + finish_s, 2),
        "prepare_s": round(prepare_s, 2),
        "gui_thread_ms": round(swap_s * 1000, 1),
        "wipe_old_s": round(finish_s, 2),
        "cli_s": round(cli_s, 2),
    }
