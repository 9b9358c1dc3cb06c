"""Backups killed half-way (SIGKILL, for real) leave hidden leftovers at the destination;
the next backup, whatever its name, sweeps them, and never a person's own file or a
backup that is still being written."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.vault.test_vault import _fill
from wellbeing.vault.backup import STALE_SECONDS, create_backup, read_backup
from wellbeing.vault.vault import Vault

#: Runs a real backup in a child process and kills it with SIGKILL at ``where``:
#: "snapshot" while the pages are copied, "write" after the first chunk of the file.
KILLED_BACKUP = """
import os, signal, sys
from pathlib import Path
from wellbeing.vault import backup
from wellbeing.vault.vault import Vault

folder, out, where = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if where == "write":
    stream = backup.backup_stream
    def dying_stream(*args, **kwargs):
        for number, chunk in enumerate(stream(*args, **kwargs)):
            if number == 1:
                die()
            yield chunk
    backup.backup_stream = dying_stream

vault = Vault.unlock(folder, sys.argv[4])
db = vault.db.open_second()
backup.create_backup(vault, out, db=db, stop=(lambda: die()) if where == "snapshot" else None)
"""


def _killed_backup(vault_dir: Path, out: Path, where: str) -> None:
    run = subprocess.run(
        [sys.executable, "-c", KILLED_BACKUP, vault_dir, out, where, PASSPHRASE],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == -9, run.stderr  # killed, not failed


def _hidden(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    for item in [*path.rglob("*"), path] if path.is_dir() else [path]:
        os.utime(item, (then, then), follow_symlinks=False)


@pytest.mark.parametrize("where", ["snapshot", "write"])
def test_the_next_days_backup_sweeps_what_a_killed_one_left(
    vault_dir: Path, tmp_path: Path, where: str
) -> None:
    _fill(vault_dir, 40)
    backups = tmp_path / "backups"
    backups.mkdir()
    _killed_backup(vault_dir, backups / "wellbeing-2026-03-01.wbbackup", where)
    left = _hidden(backups)
    assert left and all(name.startswith(".wellbeing-2026-03-01.wbbackup.") for name in left)
    assert (len(left) == 2) is (where == "write")  # the staging folder, and the temp file
    for name in left:
        _age(backups / name, STALE_SECONDS + 60)  # the killed one was yesterday
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        made = create_backup(vault, backups / "wellbeing-2026-03-02.wbbackup")
    assert _hidden(backups) == []
    assert sorted(p.name for p in backups.iterdir()) == ["wellbeing-2026-03-02.wbbackup"]
    assert read_backup(backups / "wellbeing-2026-03-02.wbbackup") == made


def test_a_fresh_leftover_and_a_persons_files_are_left_alone(
    vault_dir: Path, tmp_path: Path
) -> None:
    """A leftover written to a moment ago may be a backup still running in another
    window; a hidden folder or file of the person's own that happens to look alike is
    not what a backup writes."""
    backups = tmp_path / "backups"
    backups.mkdir()
    _killed_backup(vault_dir, backups / "wellbeing-2026-03-01.wbbackup", "write")
    running = _hidden(backups)
    theirs = backups / ".holiday.wbbackup.photos12"
    theirs.mkdir()
    (theirs / "beach.jpg").write_bytes(b"\xff\xd8 a photo")
    notes = backups / ".plans.wbbackup.0123abcd.tmp"
    notes.write_text("Robin's own notes")
    for item in (theirs, notes):
        _age(item, STALE_SECONDS + 60)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        create_backup(vault, backups / "wellbeing-2026-03-02.wbbackup")
    assert _hidden(backups) == sorted([*running, theirs.name, notes.name])
    assert (theirs / "beach.jpg").read_bytes() == b"\xff\xd8 a photo"
    assert notes.read_text() == "Robin's own notes"
