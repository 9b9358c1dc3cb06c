"""A damaged database is called damaged, and a key file from another vault says so.

Each case spoils a real vault on disk as a disk, a careless copy or a sync tool would,
then unlocks it, runs ``wellbeing check`` on it, and makes sure nothing was written.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    VaultError,
    WrongPassphraseError,
)
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

OTHER_PASSPHRASE = "the other vault's own passphrase"


def _fill(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        vault.journal.add(
            JournalEntry(None, "Robin Example", "a quiet evening", datetime(2025, 5, 1, tzinfo=UTC))
        )


def _zeroed(folder: Path, tmp_path: Path) -> None:
    path = folder / DB_FILE
    path.write_bytes(bytes(path.stat().st_size))


def _random(folder: Path, tmp_path: Path) -> None:
    path = folder / DB_FILE
    path.write_bytes(os.urandom(path.stat().st_size))


def _plain_sqlite(folder: Path, tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE notes (body TEXT)")
        conn.execute("INSERT INTO notes VALUES ('Sam Placeholder')")
    conn.close()
    os.replace(plain, folder / DB_FILE)


def _first_16_bytes(folder: Path, tmp_path: Path) -> None:
    path = folder / DB_FILE
    data = bytearray(path.read_bytes())
    data[:16] = bytes(b ^ 0xA5 for b in data[:16])
    path.write_bytes(bytes(data))


SPOILS: dict[str, Callable[[Path, Path], None]] = {
    "zeroed": _zeroed,
    "random bytes": _random,
    "a plain SQLite file": _plain_sqlite,
    "first 16 bytes changed": _first_16_bytes,
}

#: What each says, in part: the person learns what happened to the file.
SAYS = {
    "zeroed": "overwritten with zeros",
    "random bytes": "damaged or was replaced",
    "a plain SQLite file": "not encrypted",
    "first 16 bytes changed": "beginning",
}


def _sums(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    }


def _check(folder: Path, typed: str = PASSPHRASE) -> subprocess.CompletedProcess[str]:
    """``wellbeing check`` as a shell runs it (inherits WELLBEING_KDF and the home)."""
    return subprocess.run(
        [sys.executable, "-m", "wellbeing", "check", "--vault", str(folder)],
        input=f"{typed}\n",
        text=True,
        capture_output=True,
        timeout=180,
    )


@pytest.mark.parametrize("spoil", list(SPOILS))
def test_a_spoiled_database_is_damaged_not_another_vault(
    vault_dir: Path, tmp_path: Path, spoil: str
) -> None:
    _fill(vault_dir)
    SPOILS[spoil](vault_dir, tmp_path)
    before = _sums(vault_dir)
    with pytest.raises(DatabaseDamagedError, match=SAYS[spoil]) as raised:
        Vault.unlock(vault_dir, PASSPHRASE)
    assert "different vaults" not in str(raised.value)
    checked = _check(vault_dir)
    assert checked.returncode == 4, checked.stderr
    assert checked.stdout == "" and checked.stderr.count("\n") == 1
    assert checked.stderr.startswith("wellbeing: ") and SAYS[spoil] in checked.stderr
    assert _sums(vault_dir) == before  # nothing was written, nothing "repaired"


@pytest.mark.parametrize("spoil", ["zeroed", "a plain SQLite file"])
def test_a_wiped_or_plain_database_is_damaged_whatever_is_typed(
    vault_dir: Path, tmp_path: Path, spoil: str
) -> None:
    """Told from the file alone: even a wrong passphrase hears that the file is damaged,
    not that the passphrase is wrong."""
    SPOILS[spoil](vault_dir, tmp_path)
    with pytest.raises(DatabaseDamagedError):
        Vault.unlock(vault_dir, "not the passphrase")


def _other_vaults_key(vault_dir: Path, tmp_path: Path, passphrase: str) -> None:
    other, _ = Vault.create(tmp_path / "other", passphrase, kdf=FAST_KDF)
    other.close()
    os.replace(tmp_path / "other" / KEY_FILE, vault_dir / KEY_FILE)


def test_a_key_file_from_another_vault_says_so_not_wrong_passphrase(
    vault_dir: Path, tmp_path: Path
) -> None:
    _fill(vault_dir)
    _other_vaults_key(vault_dir, tmp_path, OTHER_PASSPHRASE)
    before = _sums(vault_dir)
    with pytest.raises(KeyFileDamagedError, match="another vault") as raised:
        Vault.unlock(vault_dir, PASSPHRASE)  # this vault's passphrase
    assert not isinstance(raised.value, WrongPassphraseError)
    checked = _check(vault_dir)
    assert checked.returncode == 4 and "another vault" in checked.stderr, checked.stderr
    assert _sums(vault_dir) == before


def test_a_key_file_from_another_vault_with_the_same_passphrase(
    vault_dir: Path, tmp_path: Path
) -> None:
    """The key file opens, but not this database: both possibilities are named, and a
    backup (which holds the pair) is offered."""
    _other_vaults_key(vault_dir, tmp_path, PASSPHRASE)
    with pytest.raises(DatabaseDamagedError, match="another vault"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_a_wrong_passphrase_on_a_whole_vault_is_still_a_wrong_passphrase(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, "not the passphrase")
    checked = _check(vault_dir, "not the passphrase")
    assert checked.returncode == 3


def test_the_healthy_vault_still_opens_after_the_checks(vault_dir: Path) -> None:
    _fill(vault_dir)
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 1
    assert not issubclass(DatabaseDamagedError, WrongPassphraseError)
    assert issubclass(DatabaseDamagedError, VaultError)
