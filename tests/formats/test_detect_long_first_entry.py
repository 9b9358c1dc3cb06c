"""JSON Lines whose first entry is over 256 KB is still told to be JSON Lines (it was "a
file of unknown kind" unless ``--format jsonl`` was given), and whole exports written on
one long line are still told apart."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.test_cli import cli
from wellbeing.formats.importing import detect_format, parse_journal
from wellbeing.vault.vault import Vault

LONG = "Robin Example kept writing. " * 12_000  # about 330 KB, one entry


def _line(body: str, at: str = "2024-05-01T21:30:00Z") -> str:
    return json.dumps({"at": at, "title": "A long evening", "body": body}) + "\n"


def test_a_first_entry_over_256_kb_is_json_lines() -> None:
    text = _line(LONG) + _line("short", "2024-05-02T08:00:00Z")
    assert len(text.split("\n")[0]) > 256 * 1024
    assert detect_format(text) == "jsonl"
    assert [len(e.body) for e in parse_journal(text)] == [len(LONG), 5]


def test_a_file_of_one_long_entry_is_json_lines() -> None:
    assert detect_format(_line(LONG)) == "jsonl"
    starts_with_tags = json.dumps({"tags": ["walk"], "at": "2024-05-01T21:30:00Z", "title": "t"})
    assert detect_format(starts_with_tags[:-1] + f', "body": "{LONG}"}}') == "jsonl"


def test_whole_exports_on_one_long_line_are_still_day_one_and_jrnl() -> None:
    entries = [{"creationDate": "2024-05-01T21:30:00Z", "text": LONG}]
    assert detect_format(json.dumps({"metadata": {"version": "1.0"}, "entries": entries})) == (
        "dayone"
    )
    jrnl = {"tags": {}, "entries": [{"date": "2024-05-01", "time": "21:30", "title": LONG}]}
    assert detect_format(json.dumps(jrnl)) == "jrnl"
    # Entries first, and no telling key in the first 256 KB: read whole, still an export.
    late = {"entries": [{"title": LONG, "body": "", "date": "2024-05-01", "time": "21:30"}]}
    assert detect_format(json.dumps(late)) == "jrnl"


def test_the_command_line_imports_it_without_being_told_the_format(
    vault_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "long.jsonl"
    source.write_text(_line(LONG) + _line("short", "2024-05-02T08:00:00Z"), encoding="utf-8")
    result = cli("import", "--vault", vault_dir, source)
    assert (result.code, result.err) == (0, ""), result
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 2
