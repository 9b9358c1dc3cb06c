"""``wellbeing import`` says how far it got on standard error: a line that updates itself
on a terminal (a real pseudo-terminal here), a line every so many entries in a log, and
nothing at all for a small import in a script."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import cli
from wellbeing.cli import terminal as cli_terminal
from wellbeing.vault.vault import Vault


def _jsonl(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            line = {"at": "2024-05-01T21:30:00Z", "title": f"Day {i}", "body": f"Sam {i}"}
            out.write(json.dumps(line) + "\n")
    return path


def test_a_log_hears_every_so_many_entries(
    vault_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_terminal, "IMPORT_PROGRESS_EVERY", 1000)
    result = cli("import", "--vault", vault_dir, _jsonl(tmp_path / "many.jsonl", 2500))
    assert result.code == 0 and result.out == "Imported 2500 journal entries.\n"
    assert result.err.splitlines() == [
        "Checking the entries: 1,000 of 2,500",
        "Checking the entries: 2,000 of 2,500",
        "Adding: 1,000 of 2,500",
        "Adding: 2,000 of 2,500",
    ]


def test_a_small_import_in_a_script_stays_quiet(vault_dir: Path, tmp_path: Path) -> None:
    result = cli("import", "--vault", vault_dir, _jsonl(tmp_path / "few.jsonl", 300))
    assert (result.code, result.err) == (0, "")


def test_a_terminal_sees_one_line_per_stage_that_updates_itself(
    vault_dir: Path, tmp_path: Path
) -> None:
    source = _jsonl(tmp_path / "many.jsonl", 3000)
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [sys.executable, "-m", "wellbeing", "import", "--vault", vault_dir, source],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=follower,
            text=True,
        )
        os.close(follower)
        out, _ = process.communicate(f"{PASSPHRASE}\n", timeout=180)
        seen = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the process ended and the terminal closed
                break
            if not chunk:
                break
            seen += chunk
    finally:
        os.close(leader)
    assert process.returncode == 0 and out == "Imported 3000 journal entries.\n"
    shown = seen.decode().replace("\r\n", "\n")
    lines = [line.split("\r")[-1] for line in shown.split("\n") if line]
    assert lines == ["Reading the file… 100%", "Checking the entries… 100%", "Adding… 100%"]
    assert "\rChecking the entries… 6%" in shown  # it moved on while it worked
    assert "\rAdding… 6%" in shown
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 3000
