"""The vault on disk: encryption at rest, unlocking, damage, passphrase change."""

from __future__ import annotations

import hashlib
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import FAST_KDF, PASSPHRASE
from wellbeing.domain.boundaries import Boundary
from wellbeing.domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    ValidationError,
    VaultExistsError,
    VaultNotFoundError,
    WrongPassphraseError,
)
from wellbeing.domain.goals import Goal, GoalStep
from wellbeing.domain.journal import JournalEntry
from wellbeing.domain.routines import Routine, Schedule
from wellbeing.domain.safety_plan import SafetyItem, SafetyPlan, Step
from wellbeing.domain.values import Value
from wellbeing.vault.db import PAGE_SIZE
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault, change_passphrase

CANARY = "Zyxwv-canary-Quokka-7731"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _assert_canary_absent(folder: Path) -> None:
    needles = [CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.lower().encode()]
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert files, "expected vault files to scan"
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"plaintext found in {path.name}"


def _write_canary_everywhere(vault: Vault) -> None:
    value = vault.values.add(Value(None, f"Value {CANARY}", why=CANARY))
    vault.goals.add(Goal(None, f"Goal {CANARY}", value_ids=(value.id,), steps=(GoalStep(CANARY),)))
    vault.boundaries.add(Boundary(None, CANARY, script=CANARY))
    vault.routines.add(Routine(None, CANARY, Schedule.daily()))
    vault.safety_plan.save(
        SafetyPlan(
            items={Step.PEOPLE_TO_ASK: (SafetyItem(CANARY, reach=CANARY),)}, kept_where=CANARY
        )
    )
    vault.journal.add(
        JournalEntry(
            None, CANARY, f"body {CANARY} " * 50, created_at=datetime.now(UTC), tags=(CANARY,)
        )
    )


def test_canary_never_reaches_disk_in_plaintext(vault: Vault, vault_dir: Path) -> None:
    _write_canary_everywhere(vault)
    _assert_canary_absent(vault_dir)
    vault.close()
    _assert_canary_absent(vault_dir)


def test_canary_absent_while_a_transaction_is_open(vault: Vault, vault_dir: Path) -> None:
    with vault.transaction():
        for i in range(300):  # enough to spill pages out of the cache into the WAL
            vault.journal.add(
                JournalEntry(None, CANARY, f"{CANARY} {i} " * 40, created_at=datetime.now(UTC))
            )
        _assert_canary_absent(vault_dir)
    _assert_canary_absent(vault_dir)


def test_files_are_private(vault_dir: Path) -> None:
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    for name in (KEY_FILE, DB_FILE):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600


def test_data_survives_lock_and_unlock(vault: Vault, vault_dir: Path) -> None:
    entry = vault.journal.add(
        JournalEntry(
            None, "A quiet day", "Walked by the canal.", created_at=datetime.now(UTC), mood=4
        )
    )
    vault.close()
    with Vault.unlock(vault_dir, PASSPHRASE) as again:
        assert again.journal.get(entry.id) == entry


def test_wrong_passphrase_is_refused(vault_dir: Path) -> None:
    with pytest.raises(WrongPassphraseError, match="passphrase does not open"):
        Vault.unlock(vault_dir, "not the passphrase")


def test_recovery_key_opens(vault_dir: Path, recovery_key: str) -> None:
    with Vault.unlock(vault_dir, recovery_key=recovery_key) as opened:
        assert opened.journal.count() == 0


def test_unlocking_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(VaultNotFoundError):
        Vault.unlock(missing, PASSPHRASE)
    assert not missing.exists()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(VaultNotFoundError):
        Vault.unlock(empty, PASSPHRASE)
    assert list(empty.iterdir()) == []


def test_missing_database_is_its_own_error(vault_dir: Path) -> None:
    (vault_dir / DB_FILE).unlink()
    with pytest.raises(VaultNotFoundError, match="lost its database"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert not (vault_dir / DB_FILE).exists()


def test_missing_key_file_is_its_own_error(vault_dir: Path) -> None:
    (vault_dir / KEY_FILE).unlink()
    with pytest.raises(VaultNotFoundError, match="lost its key file"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_damaged_key_file(vault_dir: Path) -> None:
    raw = bytearray((vault_dir / KEY_FILE).read_bytes())
    raw[len(raw) // 2] ^= 0x40
    (vault_dir / KEY_FILE).write_bytes(bytes(raw))
    with pytest.raises(KeyFileDamagedError, match="checksum"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_zero_byte_key_file(vault_dir: Path) -> None:
    (vault_dir / KEY_FILE).write_bytes(b"")
    with pytest.raises(KeyFileDamagedError, match="empty"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_zero_byte_database(vault_dir: Path) -> None:
    (vault_dir / DB_FILE).write_bytes(b"")
    with pytest.raises(DatabaseDamagedError, match="empty"):
        Vault.unlock(vault_dir, PASSPHRASE)
    assert (vault_dir / DB_FILE).stat().st_size == 0


def _fill(vault_dir: Path, entries: int = 400) -> None:
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        vault.journal.add_many(
            JournalEntry(
                None,
                f"Entry {i}",
                "Lorem ipsum dolor sit amet. " * 20,
                created_at=datetime(2020, 1, 1, tzinfo=UTC).replace(microsecond=i),
            )
            for i in range(entries)
        )


@pytest.mark.parametrize("keep", [0.5, 1 / 3])
def test_truncated_database(vault_dir: Path, keep: float) -> None:
    _fill(vault_dir)
    path = vault_dir / DB_FILE
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.truncate(int(size * keep) // PAGE_SIZE * PAGE_SIZE)
    with pytest.raises(DatabaseDamagedError, match="cut short"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_truncated_mid_page(vault_dir: Path) -> None:
    path = vault_dir / DB_FILE
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 100)
    with pytest.raises(DatabaseDamagedError, match="cut short"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_bit_flip_in_first_page_is_damage_not_wrong_passphrase(vault_dir: Path) -> None:
    path = vault_dir / DB_FILE
    raw = bytearray(path.read_bytes())
    raw[PAGE_SIZE // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamagedError, match="damaged"):
        Vault.unlock(vault_dir, PASSPHRASE)


def test_bit_flip_in_a_later_page_is_found_by_check(vault_dir: Path) -> None:
    _fill(vault_dir)
    path = vault_dir / DB_FILE
    raw = bytearray(path.read_bytes())
    raw[len(raw) - PAGE_SIZE // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        report = vault.check()
    assert not report.ok
    assert report.cipher_errors


def test_check_passes_on_a_healthy_vault(vault: Vault) -> None:
    _write_canary_everywhere(vault)
    report = vault.check()
    assert report.ok, (report.cipher_errors, report.integrity_errors)


def test_passphrase_change_makes_a_new_data_key_and_recovery_key(
    vault_dir: Path, recovery_key: str
) -> None:
    """Re-wrapping the old data key left every earlier key file (a backup's) able to open
    the database with the old passphrase; now the database is re-encrypted (rekey.py)."""
    _fill(vault_dir, 50)
    before = _sha(vault_dir / DB_FILE)
    new_recovery = change_passphrase(vault_dir, PASSPHRASE, "a brand new passphrase", kdf=FAST_KDF)
    assert new_recovery != recovery_key
    assert _sha(vault_dir / DB_FILE) != before
    for name in (KEY_FILE, DB_FILE):
        assert stat.S_IMODE((vault_dir / name).stat().st_mode) == 0o600
    assert sorted(p.name for p in vault_dir.iterdir()) == sorted([KEY_FILE, DB_FILE])
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, PASSPHRASE)
    with pytest.raises(WrongPassphraseError):  # the recovery key seen before: no more
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    with Vault.unlock(vault_dir, "a brand new passphrase") as vault:
        assert vault.journal.count() == 50 and vault.check().ok
    with Vault.unlock(vault_dir, recovery_key=new_recovery) as vault:
        assert vault.journal.count() == 50


def test_a_new_recovery_key_keeps_the_passphrase(vault_dir: Path, recovery_key: str) -> None:
    _fill(vault_dir, 5)
    new_recovery = change_passphrase(vault_dir, PASSPHRASE, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    with Vault.unlock(vault_dir, recovery_key=new_recovery) as vault:
        assert vault.journal.count() == 5
    with Vault.unlock(vault_dir, PASSPHRASE) as vault:
        assert vault.journal.count() == 5


def test_a_change_by_recovery_key_makes_a_new_one(vault_dir: Path, recovery_key: str) -> None:
    _fill(vault_dir, 5)
    new_recovery = change_passphrase(
        vault_dir, "", "chosen after forgetting", recovery_key=recovery_key, kdf=FAST_KDF
    )
    with pytest.raises(WrongPassphraseError):
        Vault.unlock(vault_dir, recovery_key=recovery_key)
    with Vault.unlock(vault_dir, recovery_key=new_recovery) as vault:
        assert vault.journal.count() == 5


def test_passphrase_change_with_wrong_current_changes_nothing(vault_dir: Path) -> None:
    before = _sha(vault_dir / KEY_FILE)
    with pytest.raises(WrongPassphraseError):
        change_passphrase(vault_dir, "wrong", "new one", kdf=FAST_KDF)
    assert _sha(vault_dir / KEY_FILE) == before


def test_create_refuses_an_existing_vault_or_a_busy_folder(vault_dir: Path, tmp_path: Path) -> None:
    before = _sha(vault_dir / DB_FILE)
    with pytest.raises(VaultExistsError):
        Vault.create(vault_dir, "another", kdf=FAST_KDF)
    assert _sha(vault_dir / DB_FILE) == before
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("someone's file")
    with pytest.raises(VaultExistsError, match="not empty"):
        Vault.create(busy, "another", kdf=FAST_KDF)


def test_key_file_from_another_vault_is_refused(vault_dir: Path, tmp_path: Path) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    os.replace(tmp_path / "other" / KEY_FILE, vault_dir / KEY_FILE)
    with pytest.raises(DatabaseDamagedError, match="another vault"):  # same passphrase
        Vault.unlock(vault_dir, PASSPHRASE)


def test_bad_input_changes_nothing(vault: Vault) -> None:
    with pytest.raises(ValidationError):
        vault.values.add(Value(None, "   "))
    with pytest.raises(ValidationError):
        vault.goals.add(Goal(None, "Linked to nothing", value_ids=(999,)))
    assert vault.values.list() == [] and vault.goals.list() == []
    assert vault.revisions.list() == []


def test_work_that_outlives_a_lock_fails_cleanly(vault: Vault) -> None:
    from wellbeing.domain.errors import VaultLockedError

    db = vault.db
    vault.close()
    with pytest.raises(VaultLockedError):
        db.execute("SELECT 1")
    with pytest.raises(VaultLockedError):
        vault.journal.count()


def test_passphrase_change_removes_a_key_file_left_half_written(vault_dir: Path) -> None:
    """A change killed between writing the temp file and renaming it leaves stale key
    material (encrypted, but an old slot); the next change sweeps it away."""
    stale = vault_dir / ".vault.key.deadbeef.tmp"
    stale.write_bytes((vault_dir / "vault.key").read_bytes())
    change_passphrase(vault_dir, PASSPHRASE, "a new one for sure", kdf=FAST_KDF)
    assert not stale.exists()
    assert sorted(p.name for p in vault_dir.iterdir() if p.name.startswith(".")) == []
