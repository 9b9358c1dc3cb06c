"""Files the app did not make are never deleted (issue 13, item 9).

A restore used to rename the whole vault folder aside and then zero and delete
everything in it: a ``notes.txt`` the person kept beside the vault files was gone
without a word. Now a restore refuses while the folder holds anything that is not the
vault's, saying which files; and every removal (the old folder after a restore, the
source after a move to another drive) takes only the app's own files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import assert_failed, cli
from wellbeing.domain.errors import VaultExistsError
from wellbeing.domain.journal import JournalEntry
from wellbeing.files import remove_securely
from wellbeing.vault.backup import create_backup, restore_backup
from wellbeing.vault.move import move_vault
from wellbeing.vault.outside import is_vault_file
from wellbeing.vault.vault import Vault

NOTES = "my own notes, kept next to the vault"


def hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


@pytest.fixture
def backup(vault: Vault, tmp_path: Path) -> Path:
    vault.journal.add(JournalEntry(None, "in the backup", "x", created_at=datetime.now(UTC)))
    out = tmp_path / "before.wbbackup"
    create_backup(vault, out)
    vault.journal.add(JournalEntry(None, "after the backup", "y", created_at=datetime.now(UTC)))
    vault.close()
    return out


def titles(folder: Path) -> list[str]:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        return sorted(e.title for e in vault.journal.recent(limit=100))


def test_a_restore_refuses_and_names_the_persons_file(backup: Path, vault_dir: Path) -> None:
    (vault_dir / "notes.txt").write_text(NOTES)
    before = hashes(vault_dir)
    with pytest.raises(VaultExistsError, match=r"not part of the vault \(notes.txt\)"):
        restore_backup(backup, vault_dir, passphrase=PASSPHRASE)
    assert hashes(vault_dir) == before
    assert (vault_dir / "notes.txt").read_text() == NOTES
    assert titles(vault_dir) == ["after the backup", "in the backup"]
    assert [p.name for p in vault_dir.parent.iterdir() if p.name.startswith(".")] == []


def test_the_command_line_says_so_in_one_line(backup: Path, vault_dir: Path) -> None:
    (vault_dir / "notes.txt").write_text(NOTES)
    (vault_dir / "photos").mkdir()
    result = cli("restore", "--vault", vault_dir, backup)
    assert_failed(result, 7)
    assert "notes.txt, photos" in result.err and "nothing was changed" in result.err
    assert (vault_dir / "notes.txt").read_text() == NOTES and (vault_dir / "photos").is_dir()


def test_once_moved_away_the_restore_goes_ahead(backup: Path, vault_dir: Path) -> None:
    (vault_dir / "notes.txt").write_text(NOTES)
    assert cli("restore", "--vault", vault_dir, backup).code == 7
    (vault_dir / "notes.txt").rename(vault_dir.parent / "notes.txt")
    result = cli("restore", "--vault", vault_dir, backup)
    assert result.code == 0, result
    assert titles(vault_dir) == ["in the backup"]


def test_removing_a_vault_folder_takes_only_the_vaults_files(vault_dir: Path) -> None:
    (vault_dir / "notes.txt").write_text(NOTES)
    (vault_dir / ".vault.key.0a1b2c3d.tmp").write_bytes(b"half a key file")
    (vault_dir / "album").mkdir()
    (vault_dir / "album" / "a.jpg").write_bytes(b"\xff\xd8 a photo")
    assert remove_securely(vault_dir, is_vault_file) is False
    assert sorted(p.name for p in vault_dir.iterdir()) == ["album", "notes.txt"]
    assert (vault_dir / "notes.txt").read_text() == NOTES
    assert (vault_dir / "album" / "a.jpg").read_bytes() == b"\xff\xd8 a photo"


def test_a_move_to_another_drive_leaves_a_persons_folder_where_it_was(
    vault_dir: Path, tmp_path: Path
) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system to move to on this machine")
    (vault_dir / "album").mkdir()
    (vault_dir / "album" / "a.jpg").write_bytes(b"\xff\xd8 a photo")
    target = shm / f"wellbeing-test-{os.getpid()}-{tmp_path.name}"
    try:
        move_vault(vault_dir, target)
        assert (vault_dir / "album" / "a.jpg").read_bytes() == b"\xff\xd8 a photo"
        assert sorted(p.name for p in vault_dir.iterdir()) == ["album"]
        assert titles(target) == []
    finally:
        shutil.rmtree(target, ignore_errors=True)
