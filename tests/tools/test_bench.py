"""The benchmark's machinery on a tiny corpus: the same corpus for a seed, the vault built
from it, the cache, ``--corpus FILE`` in the import format, and the JSON it reports.
Timings are never asserted: speed is the benchmark's business, not the tests'."""

from __future__ import annotations

import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from tools.bench.cli import main
from tools.bench.corpus import (
    PASSPHRASE,
    RARE_COUNT,
    RARE_WORD,
    build_vault,
    generate_entries,
    read_jsonl,
    write_jsonl,
)
from tools.bench.report import markdown
from tools.bench.runner import medians
from tools.bench.store import discard, file_vault, generated_vault

from wellbeing.domain.errors import ImportFormatError
from wellbeing.domain.safety_plan import Step
from wellbeing.vault.keyfile import MIN_MEMORY_KIB, KdfParams
from wellbeing.vault.vault import Vault

FAST = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)


def test_the_corpus_is_the_same_for_a_seed_and_another_for_another_seed() -> None:
    first, again, other = generate_entries(7, 40), generate_entries(7, 40), generate_entries(8, 40)
    assert first == again
    assert [e.body for e in first] != [e.body for e in other]


def test_one_entry_a_day_of_80_to_200_words_and_the_rare_word_eight_times() -> None:
    entries = generate_entries(3, 400)
    days = [e.created_at.date() for e in entries]
    assert days == [days[0] + timedelta(days=i) for i in range(400)]
    assert all(80 <= len(e.body.split()) <= 200 for e in entries)
    assert sum(RARE_WORD in e.body for e in entries) == RARE_COUNT


def test_the_vault_holds_the_journal_and_a_whole_plan(tmp_path: Path) -> None:
    entries = generate_entries(5, 150)
    report = build_vault(tmp_path / "vault", entries, seed=5, kdf=FAST)
    with Vault.unlock(tmp_path / "vault", PASSPHRASE) as vault:
        assert vault.journal.count() == 150 == report.rows["journal_entries"]
        assert len(vault.routines.list()) == 12
        assert len(vault.goals.list()) == 36 and len(vault.boundaries.list()) == 24
        assert vault.safety_plan.get().section(Step.REASONS_FOR_LIVING)
        assert vault.routines.check_ins(vault.routines.list()[0].id)
        assert report.rows["revisions"] > 150  # every plan change kept its revision
        assert vault.journal.search(RARE_WORD)
        assert vault.check().ok


def test_a_generated_vault_is_built_once_then_taken_from_the_cache(tmp_path: Path) -> None:
    built = generated_vault(tmp_path / "cache", 7, 60, "minimum")
    assert not built.cached and built.build_s is not None
    again = generated_vault(tmp_path / "cache", 7, 60, "minimum")
    assert again.cached and again.folder == built.folder and again.rows == built.rows
    other = generated_vault(tmp_path / "cache", 8, 60, "minimum")
    assert other.folder != built.folder


def test_a_corpus_file_is_read_in_the_import_format_and_never_kept(tmp_path: Path) -> None:
    path = tmp_path / "mine.jsonl"
    written = generate_entries(11, 30)
    write_jsonl(reversed(written), path)  # any order in the file: oldest first after
    assert read_jsonl(path) == written
    built = file_vault(path, 11, "minimum")
    try:
        assert built.private and built.entries == 30
        with Vault.unlock(built.vault, PASSPHRASE) as vault:
            assert [e.body for e in vault.journal.recent(limit=100)] == [
                e.body for e in reversed(written)
            ]
    finally:
        discard(built)
    assert not built.folder.exists()


def test_a_corpus_file_with_a_bad_line_says_which(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"at": "2024-05-01T21:30:00", "title": "", "body": "x"}\n{"tag": 1}\n')
    with pytest.raises(ImportFormatError, match="Line 2"):
        read_jsonl(path)


def test_medians_are_taken_per_figure_across_runs() -> None:
    runs = [{"a_ms": 1.0, "b": {"c_ms": 5}}, {"a_ms": 3.0, "b": {"c_ms": 7}}, {"a_ms": 2.0}]
    assert medians(runs) == {"a_ms": 2.0, "b.c_ms": 6.0}


def test_bench_with_a_corpus_file_prints_json_with_the_machine_and_every_figure(
    tmp_path: Path,
) -> None:
    """End to end, once: the real app starts offscreen in its own processes."""
    path = tmp_path / "corpus.jsonl"
    write_jsonl(generate_entries(13, 120), path)
    out, err = io.StringIO(), io.StringIO()
    saved = tmp_path / "bench.json"
    args = ["--corpus", str(path), "--runs", "1", "--kdf", "minimum", "--json", "--out"]
    code = main([*args, str(saved)], stdout=out, stderr=err)
    assert code == 0, err.getvalue()
    report = json.loads(out.getvalue())
    assert json.loads(saved.read_text()) == report
    machine = report["machine"]
    for key in ("cpu", "cores", "ram_gib", "os", "python", "qt", "pyside6", "sqlcipher"):
        assert machine[key], key
    assert machine["timestamp"]
    (size,) = report["sizes"]
    assert size["entries"] == 120 and size["session_errors"] == []
    assert size["search"]["rare"]["vault"]["hits"] == RARE_COUNT
    assert size["search"]["rare"]["plain"]["hits"] == RARE_COUNT
    assert size["import"]["into_new_vault"]["entries"] == 120
    for key in ("app_total_s", "gui_thread_ms", "cli_s"):  # changing the passphrase
        assert isinstance(size["passwd"][key], int | float), key
    session = size["session"]
    for key in (
        "unlock_key_derivation_ms",
        "unlock_to_main_window_ms",
        "unlock_beyond_key_derivation_ms",
        "journal_first_paint_ms",
        "journal_scroll_to_end_ms",
        "review_last_year_ms",
        "review_all_time_ms",
        "autosave_journal.commit_ms",
        "autosave_goal.commit_ms",
        "peak_rss_mib",
        "gui_block_unlock_ms",
        "gui_block_backup_ms",
        "gui_block_import_ms",
        "save_during_import_ms",
    ):
        assert isinstance(session[key], int | float), key
    assert session["journal_scroll_rows"] == 120
    assert size["cold_start_to_unlock_painted_ms"] > 0
    assert size["experiments"]["tags_ms"] >= 0
    table = markdown(report)
    assert "Cold start" in table and "120 entries" in table
    assert str(path) not in json.dumps(report)  # nothing of where the person keeps it
