"""The backup container on its own: bytes in, bytes out, damage found (no vault)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wellbeing.formats.backup_file import (
    MAGIC,
    BackupDamagedError,
    backup_stream,
    decode_backup,
    encode_backup,
    peek_backup,
    read_backup,
    read_backup_key,
)

HEADER = {"created_at": "2026-03-02T09:00:00+00:00", "vault_id": "ab12", "schema_version": 5}
BACKUP = Path(__file__).resolve().parents[1] / "fixtures" / "v0.1" / "backup.wbbackup"


def test_encoded_bytes_decode_to_what_went_in(tmp_path: Path) -> None:
    data = encode_backup(HEADER, b"key file", b"database " * 1000)
    assert data.startswith(MAGIC)
    info, key, db = decode_backup(data, tmp_path / "b.wbbackup")
    assert (key, bytes(db)) == (b"key file", b"database " * 1000)
    assert info.vault_id == "ab12" and info.schema_version == 5 and info.db_length == 9000


def test_the_stream_from_a_file_is_the_same_bytes(tmp_path: Path) -> None:
    db = tmp_path / "db"
    db.write_bytes(bytes(range(256)) * 9000)  # more than one chunk
    with db.open("rb") as handle:
        streamed = b"".join(backup_stream(HEADER, b"key", handle))
    assert streamed == encode_backup(HEADER, b"key", db.read_bytes())
    out = tmp_path / "b.wbbackup"
    out.write_bytes(streamed)
    assert read_backup(out) == peek_backup(out)
    assert read_backup_key(out)[1] == b"key"


@pytest.mark.parametrize("where", [0, 9, 20, -40, -1])
def test_any_changed_byte_is_damage(tmp_path: Path, where: int) -> None:
    data = bytearray(encode_backup(HEADER, b"key", b"db" * 100))
    data[where] ^= 0x01
    with pytest.raises(BackupDamagedError, match="damaged"):
        decode_backup(bytes(data), tmp_path / "b.wbbackup")


def test_the_previous_versions_backup_verifies() -> None:
    info = read_backup(BACKUP)
    assert info.format_version == 1 and info.key_file_length > 0 and info.db_length > 0
