"""Moving or renaming a locked vault: the same vault opens from its new place, the old
place is gone, and every refusal leaves the vault where and as it was."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.errors import VaultError, VaultExistsError, VaultInUseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.files import remove_securely
from wellbeing.vault import move
from wellbeing.vault.move import move_vault
from wellbeing.vault.vault import Vault, vault_exists

CANARY = "Quill-Marmoset-5521"


def _vault(folder: Path) -> Path:
    with Vault.create(folder, PASSPHRASE, kdf=FAST_KDF)[0] as vault, vault.transaction():
        vault.journal.add(JournalEntry(None, "Moving day", f"About {CANARY}", vault.now()))
    return folder


def _hashes(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def _opens_with_the_entry(folder: Path) -> None:
    with Vault.unlock(folder, PASSPHRASE) as vault:
        assert vault.check().ok
        assert CANARY in vault.journal.recent(10)[0].body


def test_renaming_keeps_the_vault_whole(tmp_path: Path) -> None:
    source = _vault(tmp_path / "vault")
    before = _hashes(source)
    moved = move_vault(source, tmp_path / "elsewhere" / "tax papers 2019")
    assert not source.exists()
    assert _hashes(moved) == before
    assert oct(moved.stat().st_mode & 0o777) == "0o700"
    _opens_with_the_entry(moved)


def test_across_drives_copies_checks_then_removes(tmp_path: Path) -> None:
    source = _vault(tmp_path / "vault")
    before = _hashes(source)
    target = tmp_path / "drive" / "notes"
    target.parent.mkdir()
    move._copy_across(source, target)
    assert _hashes(target) == before
    assert not list(target.parent.glob(".*moving*"))
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in target.iterdir())
    remove_securely(source)
    assert not source.exists()
    _opens_with_the_entry(target)


def test_a_real_second_file_system_when_there_is_one(tmp_path: Path) -> None:
    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tmp_path).st_dev:
        pytest.skip("no second file system to move to on this machine")
    source = _vault(tmp_path / "vault")
    target = shm / f"wellbeing-test-{os.getpid()}-{tmp_path.name}"
    try:
        move_vault(source, target)
        assert not source.exists()
        _opens_with_the_entry(target)
    finally:
        import shutil

        shutil.rmtree(target, ignore_errors=True)


def test_an_open_vault_is_not_moved(tmp_path: Path) -> None:
    source = _vault(tmp_path / "vault")
    before = _hashes(source)
    with Vault.unlock(source, PASSPHRASE), pytest.raises(VaultInUseError):
        move_vault(source, tmp_path / "new")
    assert _hashes(source) == before
    assert not (tmp_path / "new").exists()


def test_refusals_change_nothing(tmp_path: Path) -> None:
    source = _vault(tmp_path / "vault")
    before = _hashes(source)
    (tmp_path / "taken").mkdir()
    with pytest.raises(VaultExistsError, match="Choose a new name"):
        move_vault(source, tmp_path / "taken")
    with pytest.raises(VaultError, match="its own folder"):
        move_vault(source, source / "inner")
    assert _hashes(source) == before and vault_exists(source)


def test_a_failed_copy_leaves_the_old_vault_and_no_staging(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = _vault(tmp_path / "vault")
    before = _hashes(source)
    real = move._sha256
    calls = iter(range(100))
    monkeypatch.setattr(move, "_sha256", lambda p: real(p) + ("x" if next(calls) == 1 else ""))
    with pytest.raises(VaultError, match="did not match"):
        move._copy_across(source, tmp_path / "new")
    assert _hashes(source) == before
    assert not (tmp_path / "new").exists() and not list(tmp_path.glob(".new.moving-*"))
