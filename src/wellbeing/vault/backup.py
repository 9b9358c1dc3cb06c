"""Encrypted backups: one file holding the key file and an encrypted database snapshot.

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

Nothing is in plaintext but the header, which holds no personal text. The key file is
stored exactly as in the vault (the data key wrapped by the passphrase and the recovery
key), so the backup opens with the same passphrase or recovery key. The snapshot is made
with SQLite's backup API from the open connection, encrypted to encrypted with the same
key and salt (committed WAL content included), and verified before it is written.

Like the key file's, the checksums tell accidental damage (a bad disk, a truncated copy)
from a wrong passphrase; tampering is caught by the key file's AEAD and SQLCipher's
per-page HMAC, both checked on restore before anything is replaced.

Restoring verifies the whole backup first, then that the key file opens with what was
given and that the database decrypts and passes its integrity checks, in a staging
folder next to the target; only then is the vault folder swapped (old folder renamed
aside, new one renamed into place, parent fsynced, old one overwritten and removed).
A crash between the two renames leaves the old vault and the restored one side by side
as hidden folders next to the target (``.NAME.old-*`` / ``.NAME.restore-*``), never a
half-restored vault.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import os
import re
import secrets
import shutil
import stat
import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from ..domain.errors import KeyFileDamagedError, VaultError, VaultExistsError, VaultLockedError
from ..files import fsync_dir, remove_securely, write_atomic
from . import schema, storage
from .db import Database
from .keyfile import KeyFile
from .single import VaultLock
from .vault import DB_FILE, KEY_FILE, Vault, vault_exists

MAGIC = b"WBBACKUP"
VERSION = 1
_PREFIX = struct.Struct(">8sHI")
_CHECKSUM_LEN = 32
#: The header is a few hundred bytes; a larger length field means damage.
MAX_HEADER_LEN = 64 * 1024
SUFFIX = ".wbbackup"
_DAILY = re.compile(r"^wellbeing-(\d{4}-\d{2}-\d{2})\.wbbackup$")

_DAMAGED = "The backup {name} is damaged ({why}) and cannot be used. Nothing was changed."


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


def create_backup(
    vault: Vault,
    out: Path,
    *,
    db: Database | None = None,
    stop: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Write a backup of the open ``vault`` to ``out`` (atomically, 0600).

    The snapshot comes from the open connection, so it is consistent even while the app
    runs. Nothing is written at ``out`` unless the snapshot verified.

    ``db`` is the connection to take the snapshot from: by default the vault's own; the
    app passes a second one (:meth:`Database.open_second`), so it keeps saving while a
    backup is made off the GUI thread. ``stop()`` is asked while the pages are copied;
    when it answers True the backup is abandoned (:class:`VaultLockedError`) and nothing
    is left at ``out``.
    """
    out = Path(out)
    source = vault.db if db is None else db
    if out.is_dir():
        raise VaultError(f"{out} is a folder; name the backup file to write.")
    if not out.parent.is_dir():
        raise VaultError(f"There is no folder {out.parent} to save the backup in.")
    # The key file as it is now, or as it was last read: a copy can be saved even
    # while the vault folder is gone (a drive pulled out), see storage.py.
    key_bytes = vault.key_file_bytes()
    keyfile = KeyFile.from_bytes(key_bytes)
    header = {
        "created_at": vault.now().isoformat(),
        "vault_id": keyfile.vault_id,
        "schema_version": schema.version(source),
    }
    _sweep_leftovers(out)
    staging: Path | None = None
    written = False
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        snapshot = staging / DB_FILE
        source.snapshot_to(snapshot, stop=stop)
        with snapshot.open("rb") as handle:
            salt = handle.read(16).hex()
        if keyfile.db_salt and salt != keyfile.db_salt:
            raise VaultError(
                "The key file and the database belong to different vaults; no backup was made."
            )
        if stop is not None and stop():
            raise VaultLockedError(
                "The vault was locked before the backup could finish; no file was made."
            )
        written = True
        with snapshot.open("rb") as handle:
            write_atomic(out, _stream(header, key_bytes, _File(handle)))
        os.chmod(out, stat.S_IRUSR | stat.S_IWUSR)
        return read_backup(out)
    except BaseException as err:
        if written:
            with contextlib.suppress(OSError):
                out.unlink(missing_ok=True)
        if isinstance(err, OSError) or (
            isinstance(err, VaultError) and storage.problem_of(err) is not None
        ):
            raise storage.storage_error(err, storage.COPY_MESSAGES, out.parent) from None
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def _sweep_leftovers(out: Path) -> None:
    """Remove what a backup of the same name that was killed half-way left beside it: a
    hidden staging folder (an encrypted snapshot) or a temp file. Encrypted, but stale."""
    for item in out.parent.glob(f".{glob.escape(out.name)}.*"):
        with contextlib.suppress(OSError):
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item, ignore_errors=True)
            elif item.name.endswith(".tmp"):
                item.unlink()


# Reading


def _damaged(path: Path, why: str) -> BackupDamagedError:
    return BackupDamagedError(_DAMAGED.format(name=path.name, why=why))


_CHUNK = 1 << 20


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
        raise _damaged(path, "it is too short")
    magic, version, head_len = _PREFIX.unpack(source.read(0, _PREFIX.size))
    if magic != MAGIC:
        raise _damaged(path, "it is not a Wellbeing backup")
    end = source.size - _CHECKSUM_LEN
    if not secrets.compare_digest(source.sha256(0, end).digest(), source.read(end, _CHECKSUM_LEN)):
        # Checked before the version, so a damaged version field is called damage.
        raise _damaged(path, "its checksum does not match: it was cut short or altered")
    if version > VERSION:
        raise BackupDamagedError(
            f"The backup {path.name} was made by a newer version of Wellbeing. "
            "Please update the app. Nothing was changed."
        )
    if version < 1:
        raise _damaged(path, "its format version is unknown")
    if head_len > MAX_HEADER_LEN or _PREFIX.size + head_len > end:
        raise _damaged(path, "its header length is wrong")
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
        raise _damaged(path, "its header cannot be read") from None
    start = _PREFIX.size + head_len
    if end - start != key_len + db_len or key_len == 0 or db_len == 0:
        raise _damaged(path, "its parts do not add up")
    if not secrets.compare_digest(source.sha256(start, end).hexdigest(), info.payload_sha256):
        raise _damaged(path, "the checksum of its contents does not match")
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
        raise VaultError(f"There is no backup at {path}.")
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
        raise VaultError(f"The backup {path.name} cannot be read.") from None
    if len(head) < _PREFIX.size:
        raise _damaged(path, "it is too short")
    magic, version, head_len = _PREFIX.unpack_from(head)
    if magic != MAGIC:
        raise _damaged(path, "it is not a Wellbeing backup")
    if not 1 <= version <= VERSION or head_len > len(head) - _PREFIX.size:
        raise _damaged(path, "its header cannot be read")
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
        raise _damaged(path, "its header cannot be read") from None


def read_backup_key(path: Path) -> tuple[BackupInfo, bytes]:
    """Verify the backup at ``path`` a chunk at a time; its info and key file bytes."""
    path = Path(path)
    if not path.is_file():
        raise VaultError(f"There is no backup at {path}.")
    with path.open("rb") as handle:
        source = _File(handle)
        info, start = _verify(source, path)
        return info, source.read(start, info.key_file_length)


def _copy_database(path: Path, info: BackupInfo, key_bytes: bytes, out: Path) -> None:
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
        raise _damaged(path, "it changed while it was being restored")


# Restoring


def restore_backup(
    path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Replace the vault in ``folder`` with the backup at ``path``; verify everything first.

    Raises :class:`WrongPassphraseError` when the passphrase (or recovery key) does not
    open the backup's key file, :class:`BackupDamagedError` when the backup is damaged;
    in every failure the folder is left exactly as it was.
    """
    path, folder = Path(path), Path(folder).absolute()
    if passphrase is None and recovery_key is None:
        raise ValueError("restore_backup needs a passphrase or a recovery key")
    info, key_bytes = read_backup_key(path)
    try:
        keyfile = KeyFile.from_bytes(key_bytes)
    except KeyFileDamagedError:
        raise _damaged(path, "its key file cannot be read") from None
    if keyfile.vault_id != info.vault_id:
        raise _damaged(path, "its key file does not match its header")
    if recovery_key is not None:
        data_key = keyfile.open_with_recovery_key(recovery_key)
    else:
        data_key = keyfile.open_with_passphrase(str(passphrase))
    if folder.exists() and any(folder.iterdir()) and not vault_exists(folder):
        raise VaultExistsError(
            f"The folder {folder} holds other files and no vault; it was left as is."
        )
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore-", dir=folder.parent))
    try:
        os.chmod(staging, stat.S_IRWXU)
        _write_new(staging / KEY_FILE, key_bytes)
        _copy_database(path, info, key_bytes, staging / DB_FILE)
        _verify_restored(staging, keyfile, data_key, path)
        for name in (KEY_FILE, DB_FILE):
            _fsync_file(staging / name)
        fsync_dir(staging)
        # Never swap a vault out from under an app or command that has it open.
        current = folder / DB_FILE
        in_use = VaultLock(current) if current.exists() else None
        try:
            _swap(staging, folder)
        finally:
            if in_use is not None:
                in_use.release()
    except BaseException:
        remove_securely(staging)
        raise
    return info


def _write_new(path: Path, data: bytes | memoryview) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify_restored(staging: Path, keyfile: KeyFile, data_key: bytes, path: Path) -> None:
    with (staging / DB_FILE).open("rb") as handle:
        db_bytes_salt = handle.read(16).hex()
    if keyfile.db_salt and db_bytes_salt != keyfile.db_salt:
        raise _damaged(path, "its key file and database belong to different vaults")
    try:
        db = Database(staging / DB_FILE, data_key)
    except VaultError:
        raise _damaged(path, "its database does not decrypt") from None
    try:
        if db.cipher_integrity_errors() or db.integrity_errors():
            raise _damaged(path, "its database fails its integrity check")
        row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
        version = schema.version(db)
    except BackupDamagedError:
        raise
    except VaultError:
        raise _damaged(path, "its database cannot be read") from None
    finally:
        db.close()
    if row is None or row[0] != keyfile.vault_id:
        raise _damaged(path, "its key file and database belong to different vaults")
    if version > schema.LATEST:
        raise VaultError(
            "This backup was made by a newer version of Wellbeing. Please update the app. "
            "Nothing was changed."
        )


def _swap(staging: Path, folder: Path) -> None:
    """Put ``staging`` in place of ``folder``; the old folder is removed only afterwards."""
    parent = folder.parent
    old: Path | None = None
    if folder.exists():
        old = parent / f".{folder.name}.old-{secrets.token_hex(4)}"
        os.rename(folder, old)
    try:
        os.rename(staging, folder)
    except BaseException:
        if old is not None:
            os.rename(old, folder)
        raise
    fsync_dir(parent)
    if old is not None:
        remove_securely(old)


# Rotation


def backup_name(day: date) -> str:
    return f"wellbeing-{day.isoformat()}{SUFFIX}"


def days_to_keep(days: Iterable[date], today: date) -> set[date]:
    """Which daily backups to keep: every one of the last 7 days (ages 0-6), and the
    oldest in each of the three weeks before (ages 7-13, 14-20, 21-27), so four weeks are
    covered. Anything older goes. A date after ``today`` (a clock moved back) is kept."""
    keep: set[date] = set()
    oldest_in_week: dict[int, date] = {}
    for day in set(days):
        age = (today - day).days
        if age < 7:
            keep.add(day)
        elif age < 28:
            week = age // 7
            if week not in oldest_in_week or day < oldest_in_week[week]:
                oldest_in_week[week] = day
    return keep | set(oldest_in_week.values())


def check_backup_folder(folder: Path, vault_folder: Path) -> None:
    """Refuse a backup folder inside the vault's own folder (or the vault folder itself):
    a backup there is lost with the vault, and a restore swaps that whole folder."""
    inside = Path(vault_folder).resolve()
    chosen = Path(folder).resolve()
    if chosen == inside or inside in chosen.parents:
        raise VaultError(
            "That folder is inside the vault's own folder, where a backup would be lost "
            "together with the vault. Choose a folder outside it (another drive is best)."
        )


def daily_backups(folder: Path) -> dict[date, Path]:
    """The automatic (daily) backups in ``folder`` by day, unverified. A folder that is
    missing or cannot be read holds none."""
    found: dict[date, Path] = {}
    with contextlib.suppress(OSError):
        for item in Path(folder).iterdir():
            match = _DAILY.match(item.name)
            if match and item.is_file():
                with contextlib.suppress(ValueError):
                    found[date.fromisoformat(match.group(1))] = item
    return found


def rotate_backups(
    vault: Vault,
    folder: Path,
    today: date,
    *,
    db: Database | None = None,
    stop: Callable[[], bool] | None = None,
) -> list[Path]:
    """Write today's backup into ``folder`` (made 0700 if new) and delete the daily
    backups no longer kept. Returns the backups kept, newest first. Other files in the
    folder are never touched. A folder inside the vault folder is refused. ``db`` and
    ``stop`` are as for :func:`create_backup`."""
    folder = Path(folder)
    check_backup_folder(folder, vault.folder)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, stat.S_IRWXU)
    create_backup(vault, folder / backup_name(today), db=db, stop=stop)
    found = daily_backups(folder)
    keep = days_to_keep(found, today)
    for day, item in found.items():
        if day not in keep:
            item.unlink(missing_ok=True)
    if any(day not in keep for day in found):
        fsync_dir(folder)
    return [found[day] for day in sorted(keep, reverse=True)]


__all__ = [
    "MAGIC",
    "VERSION",
    "BackupDamagedError",
    "BackupInfo",
    "backup_name",
    "check_backup_folder",
    "create_backup",
    "daily_backups",
    "days_to_keep",
    "decode_backup",
    "peek_backup",
    "read_backup",
    "read_backup_key",
    "restore_backup",
    "rotate_backups",
]
