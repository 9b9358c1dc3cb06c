"""The key file: wrapping, the recovery key, and telling damage from a wrong passphrase."""

from __future__ import annotations

import os

import pytest

from wellbeing.domain.errors import KeyFileDamagedError, ValidationError, WrongPassphraseError
from wellbeing.vault.keyfile import (
    MIN_MEMORY_KIB,
    KdfParams,
    KeyFile,
    new_recovery_key,
    parse_recovery_key,
)

FAST = KdfParams(memory_kib=MIN_MEMORY_KIB, iterations=1)


@pytest.fixture(scope="module")
def made() -> tuple[KeyFile, bytes, str]:
    data_key = os.urandom(32)
    recovery = new_recovery_key()
    return KeyFile.create(data_key, "river stone lantern", recovery, FAST), data_key, recovery


def test_passphrase_and_recovery_key_both_unwrap_the_data_key(made) -> None:
    keyfile, data_key, recovery = made
    parsed = KeyFile.from_bytes(keyfile.to_bytes())
    assert parsed.open_with_passphrase("river stone lantern") == data_key
    assert parsed.open_with_recovery_key(recovery) == data_key


def test_passphrase_is_normalised_so_the_same_typed_text_opens(made) -> None:
    data_key = os.urandom(32)
    keyfile = KeyFile.create(data_key, "cafe\u0301 au lait", new_recovery_key(), FAST)
    assert keyfile.open_with_passphrase("caf\u00e9 au lait") == data_key


def test_wrong_passphrase_is_refused_as_wrong_not_damaged(made) -> None:
    keyfile, _, _ = made
    with pytest.raises(WrongPassphraseError):
        KeyFile.from_bytes(keyfile.to_bytes()).open_with_passphrase("river stone lantern ")


def test_key_file_holds_no_key_material_in_the_clear(made) -> None:
    keyfile, data_key, recovery = made
    raw = keyfile.to_bytes()
    assert data_key not in raw and data_key.hex().encode() not in raw
    assert b"river stone" not in raw
    assert parse_recovery_key(recovery).encode() not in raw


def test_every_byte_flip_is_reported_as_damage(made) -> None:
    raw = bytearray(made[0].to_bytes())
    for offset in range(0, len(raw), 7):
        damaged = bytearray(raw)
        damaged[offset] ^= 0x01
        with pytest.raises(KeyFileDamagedError):
            KeyFile.from_bytes(bytes(damaged))


@pytest.mark.parametrize("cut", [0, 5, 20, -1, -33])
def test_truncated_key_file_is_damaged(made, cut: int) -> None:
    raw = made[0].to_bytes()
    with pytest.raises(KeyFileDamagedError):
        KeyFile.from_bytes(raw[:cut])


def test_slot_edited_with_valid_checksum_fails_to_open(made) -> None:
    """Lowering the stored Argon2id cost (and fixing the checksum) cannot open the vault."""
    keyfile, _, _ = made
    tampered = KeyFile(keyfile.vault_id, [dict(s) for s in keyfile.slots])
    slot = next(s for s in tampered.slots if s["type"] == "passphrase")
    slot["kdf"] = {**slot["kdf"], "iterations": 2}
    with pytest.raises(WrongPassphraseError):
        KeyFile.from_bytes(tampered.to_bytes()).open_with_passphrase("river stone lantern")


def test_slot_moved_to_another_vault_fails(made) -> None:
    keyfile, _, _ = made
    other = KeyFile("0" * 32, keyfile.slots)
    with pytest.raises(WrongPassphraseError):
        other.open_with_passphrase("river stone lantern")


def test_recovery_key_is_readable_and_forgiving_of_format() -> None:
    key = new_recovery_key()
    groups = key.split("-")
    assert len(groups) == 8 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(key.lower().replace("-", " ")) == parse_recovery_key(key)
    assert parse_recovery_key(key.replace("0", "o")) == parse_recovery_key(key)


def test_recovery_key_typo_is_caught_before_unlocking() -> None:
    key = new_recovery_key()
    body = key.replace("-", "")
    typo = ("1" if body[3] != "1" else "2").join([body[:3], body[4:]])
    with pytest.raises(ValidationError, match="typo"):
        parse_recovery_key(typo)
    with pytest.raises(ValidationError, match="32 characters"):
        parse_recovery_key(key[:-1])


def test_kdf_floor_is_enforced() -> None:
    with pytest.raises(ValueError):
        KdfParams(memory_kib=MIN_MEMORY_KIB - 1, iterations=3)


def test_newer_format_version_asks_for_an_update(made) -> None:
    raw = bytearray(made[0].to_bytes())
    raw[8:10] = (99).to_bytes(2, "big")
    with pytest.raises(KeyFileDamagedError, match="newer version"):
        KeyFile.from_bytes(bytes(raw))
