"""The new-key change's own rules (``vault/rekey.py``); kills at every step are in
``test_rekey_kill.py``."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.errors import VaultError, WrongPassphraseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault import rekey
from wellbeing.vault import vault as vault_module
from wellbeing.vault.interrupted import recover
from wellbeing.vault.vault import Vault, read_key_file

NEW = "the passphrase after the change"
WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def _entry(title: str) -> JournalEntry:
    return JournalEntry(None, title, "a quiet day", created_at=WHEN)


def test_the_file_names_agree_with_the_vaults() -> None:
    assert (rekey.KEY_FILE, rekey.DB_FILE) == (vault_module.KEY_FILE, vault_module.DB_FILE)


def test_the_open_vault_goes_on_on_the_new_database(vault_dir: Path) -> None:
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    vault.journal.add(_entry("before"))
    key = vault.change_passphrase(PASSPHRASE, NEW, kdf=FAST_KDF)
    vault.journal.add(_entry("after"))
    assert vault.check().ok
    backup_key = vault.key_file_bytes()
    vault.close()
    assert backup_key == (vault_dir / "vault.key").read_bytes()
    with Vault.unlock(vault_dir, recovery_key=key) as reopened:
        assert {e.title for e in reopened.journal.recent(limit=10)} == {"before", "after"}


def test_a_save_by_another_connection_during_the_copy_refuses_the_change(vault_dir: Path) -> None:
    """The copy is one moment; a commit after it would be lost with the old file."""
    vault = Vault.unlock(vault_dir, PASSPHRASE)
    made = rekey.prepare_open(vault, PASSPHRASE, NEW, FAST_KDF)
    beside = vault.db.open_second(read_only=False)  # an import's connection
    Vault(vault_dir, beside, read_key_file(vault_dir), vault.clock).journal.add(_entry("late"))
    beside.close()
    with pytest.raises(VaultError, match="was not changed"):
        rekey.use_new_key(vault, made)
    assert [e.title for e in vault.journal.recent(limit=10)] == ["late"]  # still open
    vault.close()
    assert [p.name for p in vault_dir.iterdir() if p.name.startswith(".")] == []
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, NEW)
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_wrong_passphrase_leaves_nothing(vault_dir: Path) -> None:
    before = sorted(p.name for p in vault_dir.iterdir())
    with Vault.unlock(vault_dir, PASSPHRASE) as vault, pytest.raises(WrongPassphraseError):
        vault.change_passphrase("not it", NEW, kdf=FAST_KDF)
    assert sorted(p.name for p in vault_dir.iterdir()) == before


HOLDER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from wellbeing.vault.vault import Vault, read_key_file
    vault = Vault.unlock(Path(sys.argv[1]), sys.argv[2])
    print("open", flush=True)
    sys.stdin.readline()
    vault.close()
    """
)


def test_recovery_leaves_a_change_alone_while_another_process_has_the_vault(
    vault_dir: Path,
) -> None:
    """Another window changing the passphrase right now holds the vault's lock: its
    staging folder is not taken for a stopped change's."""
    staging = vault_dir / rekey.STAGING
    staging.mkdir()
    (staging / "vault.db").write_bytes(b"being written")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(vault_dir), PASSPHRASE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        assert recover(vault_dir) is None
        assert (staging / "vault.db").read_bytes() == b"being written"
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=20)
    said = recover(vault_dir)  # now it is a stopped change's: rolled back
    assert said is not None and "Nothing was changed" in str(said)
    assert not staging.exists()
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_a_committed_change_whose_files_do_not_pair_is_left_as_it_is(vault_dir: Path) -> None:
    staging = vault_dir / rekey.STAGING
    staging.mkdir()
    (staging / rekey.COMMIT).write_text("{}")
    (staging / "vault.db").write_bytes(b"\0" * 4096)  # not the key file's database
    key_before = (vault_dir / "vault.key").read_bytes()
    said = recover(vault_dir)
    assert said is not None and "could not be finished" in str(said)
    assert (staging / "vault.db").exists() and (vault_dir / "vault.key").read_bytes() == key_before
    Vault.unlock(vault_dir, PASSPHRASE).close()
