"""Encrypted backups: round trip, damage refused, nothing readable, rotation, CLI."""

from __future__ import annotations

import hashlib
import json
import os
import stat
import struct
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.test_cli import assert_failed, cli
from tests.vault.test_vault import CANARY, _write_canary_everywhere
from wellbeing.domain.errors import VaultExistsError, WrongPassphraseError
from wellbeing.domain.journal import JournalEntry
from wellbeing.vault.backup import (
    MAGIC,
    BackupDamagedError,
    backup_name,
    create_backup,
    days_to_keep,
    read_backup,
    restore_backup,
    rotate_backups,
)
from wellbeing.vault.vault import DB_FILE, KEY_FILE, Vault

_PREFIX = struct.Struct(">8sHI")


def _tables(vault: Vault) -> dict[str, list[tuple[object, ...]]]:
    names = [
        str(row[0])
        for row in vault.db.all("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1")
    ]
    return {
        name: sorted((tuple(row) for row in vault.db.all(f'SELECT * FROM "{name}"')), key=repr)
        for name in names
    }


def _hashes(folder: Path) -> dict[str, str]:
    if not folder.exists():
        return {}
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _siblings(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.parent.iterdir())


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def filled(vault: Vault) -> Vault:
    _write_canary_everywhere(vault)
    for i in range(20):
        vault.journal.add(
            JournalEntry(None, f"entry {i}", f"text {i} " * 30, created_at=datetime.now(UTC))
        )
    return vault


@pytest.fixture
def backup(filled: Vault, tmp_path: Path) -> Path:
    out = tmp_path / "out.wbbackup"
    create_backup(filled, out)
    return out


# Round trip


def test_round_trip_equals_the_original_wal_included(filled: Vault, tmp_path: Path) -> None:
    wal = filled.folder / f"{DB_FILE}-wal"
    assert wal.exists() and wal.stat().st_size > 0, "committed changes should still be in the WAL"
    out = tmp_path / "b.wbbackup"
    info = create_backup(filled, out)
    assert _mode(out) == 0o600
    assert info.db_length % 4096 == 0 and info.key_file_length > 0
    assert read_backup(out) == info

    target = tmp_path / "restored" / "vault"
    restore_backup(out, target, passphrase=PASSPHRASE)
    assert _mode(target) == 0o700
    assert {p.name for p in target.iterdir()} == {KEY_FILE, DB_FILE}
    assert all(_mode(p) == 0o600 for p in target.iterdir())
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert restored.check().ok
        assert _tables(restored) == _tables(filled)
    assert [n for n in _siblings(target) if n.startswith(".")] == []


def test_backup_opens_with_the_recovery_key(
    backup: Path, tmp_path: Path, recovery_key: str
) -> None:
    target = tmp_path / "by-recovery"
    restore_backup(backup, target, recovery_key=recovery_key)
    Vault.unlock(target, recovery_key=recovery_key).close()
    Vault.unlock(target, PASSPHRASE).close()


def test_restore_replaces_an_existing_vault(
    filled: Vault, backup: Path, tmp_path: Path, vault_dir: Path
) -> None:
    expected = _tables(filled)
    filled.journal.add(JournalEntry(None, "after", "written after", created_at=datetime.now(UTC)))
    filled.close()
    restore_backup(backup, vault_dir, passphrase=PASSPHRASE)
    with Vault.unlock(vault_dir, PASSPHRASE) as restored:
        assert _tables(restored) == expected
    assert [n for n in _siblings(vault_dir) if n.startswith(".vault")] == []


def test_restore_refuses_a_folder_of_other_files(backup: Path, tmp_path: Path) -> None:
    target = tmp_path / "other"
    target.mkdir()
    (target / "notes.txt").write_text("mine")
    before = _hashes(target)
    with pytest.raises(VaultExistsError):
        restore_backup(backup, target, passphrase=PASSPHRASE)
    assert _hashes(target) == before


# Nothing readable


def test_only_the_header_is_plaintext_and_no_canary(backup: Path) -> None:
    data = backup.read_bytes()
    for needle in (CANARY.encode("utf-8"), CANARY.encode("utf-16-le"), CANARY.lower().encode()):
        assert needle not in data
    magic, version, head_len = _PREFIX.unpack_from(data)
    assert (magic, version) == (MAGIC, 1)
    header = json.loads(data[_PREFIX.size : _PREFIX.size + head_len])
    assert set(header) == {
        "created_at",
        "vault_id",
        "schema_version",
        "key_file_length",
        "db_length",
        "payload_sha256",
    }
    db_start = _PREFIX.size + head_len + header["key_file_length"]
    assert not data[db_start : db_start + 16].startswith(b"SQLite format 3")


# Damage refused, nothing touched


def _assert_refused(bad: Path, target: Path, words: str) -> None:
    before, siblings = _hashes(target), _siblings(target)
    with pytest.raises(BackupDamagedError, match=words):
        read_backup(bad)
    with pytest.raises(BackupDamagedError, match=words) as caught:
        restore_backup(bad, target, passphrase=PASSPHRASE)
    assert "Nothing was changed" in str(caught.value)
    assert CANARY not in str(caught.value)
    assert _hashes(target) == before
    assert _siblings(target) == siblings


@pytest.fixture
def target(vault_dir: Path, filled: Vault) -> Path:
    filled.close()  # the vault about to be replaced, settled on disk
    return vault_dir


@pytest.mark.parametrize("keep", [0, 5, 13, 100, 1000, -33, -32, -1])
def test_truncated_backup_refused(backup: Path, target: Path, keep: int) -> None:
    data = backup.read_bytes()
    backup.write_bytes(data[:keep] if keep >= 0 else data[: len(data) + keep])
    _assert_refused(backup, target, "damaged")


def test_flipped_byte_anywhere_refused(backup: Path, target: Path, tmp_path: Path) -> None:
    data = backup.read_bytes()
    _, _, head_len = _PREFIX.unpack_from(data)
    key_len = json.loads(data[_PREFIX.size : _PREFIX.size + head_len])["key_file_length"]
    payload = _PREFIX.size + head_len
    offsets = {
        0,
        7,
        8,  # version
        10,
        13,  # header length
        _PREFIX.size,
        _PREFIX.size + head_len // 2,
        payload - 1,
        payload,
        payload + key_len // 2,
        payload + key_len,
        payload + key_len + 5000,
        len(data) // 2,
        len(data) - 33,
        len(data) - 32,
        len(data) - 1,
    }
    bad = tmp_path / "bad.wbbackup"
    for offset in sorted(offsets):
        altered = bytearray(data)
        altered[offset] ^= 0x01
        bad.write_bytes(bytes(altered))
        _assert_refused(bad, target, "damaged")


def test_wrong_magic_and_newer_version_refused(backup: Path, target: Path) -> None:
    data = backup.read_bytes()
    backup.write_bytes(b"NOTABACK" + data[8:])
    _assert_refused(backup, target, "not a Wellbeing backup")
    newer = data[:8] + struct.pack(">H", 2) + data[10:-32]
    backup.write_bytes(newer + hashlib.sha256(newer).digest())  # intact, just newer
    _assert_refused(backup, target, "newer version")


def test_checksums_fixed_but_content_altered_is_refused(backup: Path, target: Path) -> None:
    """An attacker who recomputes both checksums still meets SQLCipher's page HMACs."""
    from wellbeing.formats.backup_file import decode_backup, encode_backup

    info, key_bytes, db_bytes = decode_backup(backup.read_bytes(), backup)
    altered = bytearray(db_bytes)
    altered[4096 + 100] ^= 0xFF
    header = {
        "created_at": info.created_at.isoformat(),
        "vault_id": info.vault_id,
        "schema_version": info.schema_version,
    }
    backup.write_bytes(encode_backup(header, key_bytes, bytes(altered)))
    read_backup(backup)  # the checksums agree...
    before = _hashes(target)
    with pytest.raises(BackupDamagedError, match="damaged"):  # ...the database does not
        restore_backup(backup, target, passphrase=PASSPHRASE)
    assert _hashes(target) == before
    assert [n for n in _siblings(target) if n.startswith(".")] == []


def test_wrong_passphrase_changes_nothing(backup: Path, target: Path) -> None:
    before, siblings = _hashes(target), _siblings(target)
    with pytest.raises(WrongPassphraseError):
        restore_backup(backup, target, passphrase="not it")
    assert _hashes(target) == before and _siblings(target) == siblings


# Rotation

START = date(2026, 1, 1)


def test_days_to_keep_over_forty_days() -> None:
    have: set[date] = set()
    for n in range(40):
        today = START + timedelta(days=n)
        have.add(today)
        have = days_to_keep(have, today)
        ages = {(today - d).days for d in have}
        assert set(range(min(n, 6) + 1)) <= ages  # every one of the last 7 days
        assert all(age < 28 for age in ages)
        for week in (1, 2, 3):  # at most one per older week, and one if there could be
            in_week = [a for a in ages if week * 7 <= a < week * 7 + 7]
            assert len(in_week) == (1 if n >= week * 7 else 0)
    assert have == {START + timedelta(days=d) for d in (*range(33, 40), 28, 21, 14)}


def test_days_to_keep_with_gaps() -> None:
    today = date(2026, 3, 31)
    days = [today - timedelta(days=a) for a in (0, 2, 9, 10, 12, 30, 40)]
    assert days_to_keep(days, today) == {today - timedelta(days=a) for a in (0, 2, 12)}


def test_rotate_backups_keeps_the_expected_files(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    for n in range(40):
        kept = rotate_backups(vault, folder, START + timedelta(days=n))
    (folder / "mine.txt").write_text("left alone")
    kept = rotate_backups(vault, folder, START + timedelta(days=39))
    expected = [
        folder / backup_name(START + timedelta(days=d))
        for d in (39, 38, 37, 36, 35, 34, 33, 28, 21, 14)
    ]
    assert kept == expected
    assert sorted(folder.iterdir()) == sorted([*expected, folder / "mine.txt"])
    assert _mode(folder) == 0o700
    for path in expected:
        assert _mode(path) == 0o600
        read_backup(path)


# Command line


def test_cli_backup_and_restore(filled: Vault, vault_dir: Path, tmp_path: Path) -> None:
    expected = _tables(filled)
    filled.close()
    out = tmp_path / "cli.wbbackup"
    result = cli("backup", "--vault", vault_dir, out)
    assert result.code == 0, result
    assert "encrypted backup" in result.out
    assert _mode(out) == 0o600

    again = cli("backup", "--vault", vault_dir, out)  # never overwrites
    assert_failed(again, 6)

    target = tmp_path / "new-computer" / "vault"
    result = cli("restore", out, "--vault", target)
    assert result.code == 0, result
    assert "Restored" in result.out
    with Vault.unlock(target, PASSPHRASE) as restored:
        assert _tables(restored) == expected


def test_cli_restore_refusals_change_nothing(
    filled: Vault, vault_dir: Path, tmp_path: Path, recovery_key: str
) -> None:
    out = tmp_path / "cli.wbbackup"
    create_backup(filled, out)
    filled.close()
    before = _hashes(vault_dir)

    assert_failed(cli("restore", out, "--vault", vault_dir, lines=["wrong"]), 3)
    assert _hashes(vault_dir) == before

    data = out.read_bytes()
    out.write_bytes(data[:-100])
    result = cli("restore", out, "--vault", vault_dir, lines=[])  # refused before asking
    assert_failed(result, 4)
    assert "damaged" in result.err
    assert _hashes(vault_dir) == before

    out.write_bytes(data)
    result = cli("restore", out, "--vault", vault_dir, "--recovery", lines=[recovery_key])
    assert result.code == 0, result
    Vault.unlock(vault_dir, PASSPHRASE).close()


def test_cli_backup_needs_the_passphrase(vault_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.wbbackup"
    assert_failed(cli("backup", "--vault", vault_dir, out, lines=["wrong"]), 3)
    assert not out.exists()
    assert [p for p in tmp_path.iterdir() if p.name.startswith(".x.wbbackup")] == []
    assert os.listdir(vault_dir)  # still there


def test_restore_refuses_a_vault_that_is_open(vault_dir: Path, tmp_path: Path) -> None:
    from wellbeing.domain.errors import VaultInUseError

    with Vault.unlock(vault_dir, PASSPHRASE) as open_vault:
        backup = tmp_path / "b.wbbackup"
        create_backup(open_vault, backup)
        before = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
        with pytest.raises(VaultInUseError):
            restore_backup(backup, vault_dir, passphrase=PASSPHRASE)
        assert open_vault.journal.count() == 0
    after = {p.name: p.read_bytes() for p in vault_dir.iterdir() if p.is_file()}
    assert after["vault.key"] == before["vault.key"]


def test_a_backup_sweeps_what_a_killed_one_of_the_same_name_left(
    filled: Vault, tmp_path: Path
) -> None:
    out = tmp_path / "b" / "wellbeing-2026-03-02.wbbackup"
    out.parent.mkdir()
    staging = out.parent / f".{out.name}.k1ll3d"
    staging.mkdir()
    (staging / DB_FILE).write_bytes(b"an old encrypted snapshot")
    temp = out.parent / f".{out.name}.0badf00d.tmp"
    temp.write_bytes(b"half a backup")
    other = out.parent / ".someone-elses-file"
    other.write_bytes(b"not ours")
    create_backup(filled, out)
    assert sorted(p.name for p in out.parent.iterdir()) == [other.name, out.name]


def test_restore_copies_exactly_the_bytes_it_verified(backup: Path, tmp_path: Path) -> None:
    """Verification and the copy read the file separately (a chunk at a time); a backup
    altered in between is caught by the copy's own checksum, not restored."""
    from wellbeing.formats.backup_file import BackupDamagedError, copy_database, read_backup_key

    info, key_bytes = read_backup_key(backup)
    good = tmp_path / "good.db"
    copy_database(backup, info, key_bytes, good)
    assert good.stat().st_size == info.db_length and _mode(good) == 0o600
    data = bytearray(backup.read_bytes())
    data[-100] ^= 0x01  # inside the database part
    backup.write_bytes(bytes(data))
    with pytest.raises(BackupDamagedError, match="changed while it was being restored"):
        copy_database(backup, info, key_bytes, tmp_path / "bad.db")
