"""The backup file: one file holding a vault's key file and encrypted database.

Layout (all integers big-endian)::

    magic     8 bytes   b"WBBACKUP"
    version   2 bytes   format version, 1
    length    4 bytes   length of the header JSON
    header    length    UTF-8 JSON: {"created_at": ISO-8601 UTC, "vault_id": hex,
                        "schema_version": int, "key_file_length": int, "db_length": int,
                        "payload_sha256": hex}
    payload             the key file's bytes (``key_file_length``), then the encrypted
                        database snapshot's bytes (``db_length``)
    checksum  32 bytes  SHA-256 of everything before it

Nothing is in plaintext but the header, which holds no personal text. Like the key
file's, the checksums tell accidental damage (a bad disk, a truncated copy) from a wrong
passphrase; tampering is caught by the key file's AEAD and SQLCipher's per-page HMAC,
both checked on restore (``vault/backup.py``) before anything is replaced.

This module writes and verifies the container and nothing else: making the snapshot
from an open vault, restoring and rotation are ``vault/backup.py``'s.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import struct
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import VaultError

MAGIC = b"WBBACKUP"
VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_CHECKSUM_LEN = 32
#: The header is a few hundred bytes; a larger length field means damage.
MAX_HEADER_LEN = 64 * 1024
SUFFIX = ".wbbackup"

_DAMAGED = "The backup {name} is damaged ({why}) and cannot be used. Nothing was changed."
_CHUNK = 1 << 20


class BackupDamagedError(VaultError):
    """A backup file that is truncated, altered or not a backup at all."""


@dataclass(frozen=True)
class BackupInfo:
    """What a verified backup holds (from its header)."""

    path: Path
    format_version: int
    created_at: datetime
    vault_id: str
    schema_version: int
    key_file_length: int
    db_length: int
    payload_sha256: str


# Writing


def _stream(header: dict[str, Any], key_bytes: bytes, db: _Bytes | _File) -> Iterator[bytes]:
    """The backup's bytes a chunk at a time, never joined: a 300 MB vault is neither held
    in memory nor copied (each copy would hold Python's GIL and the window would stutter
    while a backup runs). ``header`` gets the lengths and the payload checksum; hashlib
    releases the GIL while it hashes."""
    payload_sha = hashlib.sha256(key_bytes)
    for block in _chunks(db):
        payload_sha.update(block)
    header = {
        **header,
        "key_file_length": len(key_bytes),
        "db_length": db.size,
        "payload_sha256": payload_sha.hexdigest(),
    }
    head = json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
    start = _PREFIX.pack(MAGIC, VERSION, len(head)) + head
    whole = hashlib.sha256(start)
    whole.update(key_bytes)
    yield start
    yield key_bytes
    for block in _chunks(db):
        whole.update(block)
        yield block
    yield whole.digest()


def _chunks(db: _Bytes | _File) -> Iterator[bytes]:
    for offset in range(0, db.size, _CHUNK):
        yield db.read(offset, min(_CHUNK, db.size - offset))


def encode_backup(header: dict[str, Any], key_bytes: bytes, db_bytes: bytes) -> bytes:
    """The backup's bytes in one piece (for small data and tests)."""
    return b"".join(_stream(header, key_bytes, _Bytes(db_bytes)))


def backup_stream(header: dict[str, Any], key_bytes: bytes, db: BinaryIO) -> Iterator[bytes]:
    """The bytes of a backup of ``key_bytes`` and the database file open as ``db``, a
    chunk at a time (for :func:`wellbeing.files.write_atomic`). ``header`` holds
    ``created_at``, ``vault_id`` and ``schema_version``; lengths and checksums are added."""
    return _stream(header, key_bytes, _File(db))


# Reading


def damaged(path: Path, why: str) -> BackupDamagedError:
    """The error for a damaged backup at ``path``, saying ``why``."""
    return BackupDamagedError(_DAMAGED, name=path.name, why=why)


class _Bytes:
    """A backup held in memory (small ones, tests)."""

    def __init__(self, data: bytes) -> None:
        self.view = memoryview(data)
        self.size = len(data)

    def read(self, start: int, length: int) -> bytes:
        return bytes(self.view[start : start + length])

    def sha256(self, start: int, end: int) -> hashlib._Hash:
        return hashlib.sha256(self.view[start:end])


class _File:
    """A backup on disk, read a chunk at a time: a 300 MB backup is verified in 1 MiB
    of memory."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.size = os.fstat(handle.fileno()).st_size

    def read(self, start: int, length: int) -> bytes:
        self.handle.seek(start)
        return self.handle.read(length)

    def sha256(self, start: int, end: int) -> hashlib._Hash:
        digest = hashlib.sha256()
        self.handle.seek(start)
        remaining = end - start
        while remaining > 0:
            block = self.handle.read(min(_CHUNK, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
        return digest


def _verify(source: _Bytes | _File, path: Path) -> tuple[BackupInfo, int]:
    """Check magic, whole-file checksum, version, header and payload checksum, in that
    order; returns the info and where the payload starts."""
    if source.size < _PREFIX.size + _CHECKSUM_LEN:
        raise damaged(path, "it is too short")
    magic, version, head_len = _PREFIX.unpack(source.read(0, _PREFIX.size))
    if magic != MAGIC:
        raise damaged(path, "it is not a Wellbeing backup")
    end = source.size - _CHECKSUM_LEN
    if not secrets.compare_digest(source.sha256(0, end).digest(), source.read(end, _CHECKSUM_LEN)):
        # Checked before the version, so a damaged version field is called damage.
        raise damaged(path, "its checksum does not match: it was cut short or altered")
    if version > VERSION:
        raise BackupDamagedError(
            "The backup {name} was made by a newer version of Wellbeing. Please update the "
            "app. Nothing was changed.",
            name=path.name,
        )
    if version < 1:
        raise damaged(path, "its format version is unknown")
    if head_len > MAX_HEADER_LEN or _PREFIX.size + head_len > end:
        raise damaged(path, "its header length is wrong")
    try:
        header = json.loads(source.read(_PREFIX.size, head_len).decode("utf-8"))
        created_at = datetime.fromisoformat(str(header["created_at"]))
        key_len, db_len = header["key_file_length"], header["db_length"]
        numbers = (header["schema_version"], key_len, db_len)
        if not all(type(n) is int and n >= 0 for n in numbers):
            raise ValueError("lengths")
        if not str(header["payload_sha256"]).isascii():  # compare_digest needs ASCII
            raise ValueError("checksum")
        info = BackupInfo(
            path=path,
            format_version=version,
            created_at=created_at,
            vault_id=str(header["vault_id"]),
            schema_version=header["schema_version"],
            key_file_length=key_len,
            db_length=db_len,
            payload_sha256=str(header["payload_sha256"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise damaged(path, "its header cannot be read") from None
    start = _PREFIX.size + head_len
    if end - start != key_len + db_len or key_len == 0 or db_len == 0:
        raise damaged(path, "its parts do not add up")
    if not secrets.compare_digest(source.sha256(start, end).hexdigest(), info.payload_sha256):
        raise damaged(path, "the checksum of its contents does not match")
    return info, start


def decode_backup(data: bytes, path: Path) -> tuple[BackupInfo, bytes, memoryview]:
    """Verify a backup's bytes; returns its info, key file bytes and database bytes
    (a view into ``data``: nothing of a large backup is copied)."""
    source = _Bytes(data)
    info, start = _verify(source, path)
    key_end = start + info.key_file_length
    return info, source.read(start, info.key_file_length), source.view[key_end:-_CHECKSUM_LEN]


def read_backup(path: Path) -> BackupInfo:
    """Verify the backup at ``path`` (magic, version, lengths, both checksums), reading
    it a chunk at a time."""
    path = Path(path)
    if not path.is_file():
        raise VaultError("There is no backup at {path}.", path=path)
    with path.open("rb") as handle:
        return _verify(_File(handle), path)[0]


def peek_backup(path: Path) -> BackupInfo:
    """What the header of the backup at ``path`` says, reading only its first bytes.

    Quick, for lists and "Last backup: today at 09:12"; it verifies nothing else, so
    call :func:`read_backup` before trusting the file.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(_PREFIX.size + MAX_HEADER_LEN)
    except OSError:
        raise VaultError("The backup {name} cannot be read.", name=path.name) from None
    if len(head) < _PREFIX.size:
        raise damaged(path, "it is too short")
    magic, version, head_len = _PREFIX.unpack_from(head)
    if magic != MAGIC:
        raise damaged(path, "it is not a Wellbeing backup")
    if not 1 <= version <= VERSION or head_len > len(head) - _PREFIX.size:
        raise damaged(path, "its header cannot be read")
    try:
        header = json.loads(head[_PREFIX.size : _PREFIX.size + head_len].decode("utf-8"))
        return BackupInfo(
            path=path,
            format_version=version,
            created_at=datetime.fromisoformat(str(header["created_at"])),
            vault_id=str(header["vault_id"]),
            schema_version=int(header["schema_version"]),
            key_file_length=int(header["key_file_length"]),
            db_length=int(header["db_length"]),
            payload_sha256=str(header["payload_sha256"]),
        )
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, OverflowError):
        raise damaged(path, "its header cannot be read") from None


def read_backup_key(path: Path) -> tuple[BackupInfo, bytes]:
    """Verify the backup at ``path`` a chunk at a time; its info and key file bytes."""
    path = Path(path)
    if not path.is_file():
        raise VaultError("There is no backup at {path}.", path=path)
    with path.open("rb") as handle:
        source = _File(handle)
        info, start = _verify(source, path)
        return info, source.read(start, info.key_file_length)


def copy_database(path: Path, info: BackupInfo, key_bytes: bytes, out: Path) -> None:
    """Copy the backup's database into ``out`` (new, 0600) a chunk at a time, hashing as
    it goes: the bytes written are exactly the ones verified, even if the backup file
    changed since."""
    payload = hashlib.sha256(key_bytes)
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with path.open("rb") as source, os.fdopen(fd, "wb") as target:
        end = source.seek(0, os.SEEK_END) - _CHECKSUM_LEN
        source.seek(end - info.db_length)
        remaining = info.db_length
        while remaining > 0:
            block = source.read(min(_CHUNK, remaining))
            if not block:
                break
            payload.update(block)
            target.write(block)
            remaining -= len(block)
        target.flush()
        os.fsync(target.fileno())
    if remaining or not secrets.compare_digest(payload.hexdigest(), info.payload_sha256):
        raise damaged(path, "it changed while it was being restored")


__all__ = [
    "MAGIC",
    "MAX_HEADER_LEN",
    "SUFFIX",
    "VERSION",
    "BackupDamagedError",
    "BackupInfo",
    "backup_stream",
    "copy_database",
    "damaged",
    "decode_backup",
    "encode_backup",
    "peek_backup",
    "read_backup",
    "read_backup_key",
]
