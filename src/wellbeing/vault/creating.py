"""Making a new vault's files, all or nothing (``Vault.create`` opens them after).

Both files are made in a hidden staging folder inside the vault folder (``CREATING``)
and moved into place only once they are durable, the key file last: a vault is there
only when both files are. A creation that was stopped (killed, a power cut) leaves its
staging folder, by which :func:`sweep_unfinished` knows the files are a half-made vault,
not a damaged one, and removes them. Where the disk is full or the folder read-only it
says so kindly and leaves nothing half-written behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import VaultError, VaultExistsError
from ..files import fsync_dir, fsync_file, remove_securely, write_atomic
from . import schema
from .db import Database
from .keyfile import KdfParams, KeyFile, new_recovery_key, tune_kdf
from .layout import DB_FILE, KEY_FILE, vault_exists
from .single import FolderLock
from .storage import CREATE_MESSAGES, problem_of, storage_error

#: The hidden folder inside a vault folder where a new vault is made.
CREATING = ".wellbeing-new-vault"

#: What creating a vault may leave in its folder (removed again if creating stops).
_CREATED = (KEY_FILE, DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", f"{DB_FILE}-journal")


@dataclass(frozen=True)
class NewVaultFiles:
    """A new vault's files, in place: the key file and what opens the database."""

    keyfile: KeyFile
    data_key: bytes
    key_bytes: bytes
    recovery_key: str


@contextmanager
def new_vault_files(
    folder: Path,
    passphrase: str,
    *,
    kdf: KdfParams | None,
    clock: Callable[[], datetime],
) -> Iterator[NewVaultFiles]:
    """Make a new vault's two files in ``folder`` (made if missing; it must be empty)
    and give them while the folder's :class:`FolderLock` is still held, for the caller
    to open: two creations in one folder at once, the second is refused."""
    made = [parent for parent in (folder, *folder.parents) if not parent.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        making = FolderLock(folder)
    except OSError as err:
        _remove_unfinished(folder, made)
        raise _create_error(err, folder) from None
    try:
        sweep_unfinished(folder)
        if any(folder.iterdir()):
            if vault_exists(folder):
                raise VaultExistsError(
                    "There is already a vault at {folder}; it was left as is.", folder=folder
                )
            raise VaultExistsError(
                "The folder {folder} is not empty. Choose an empty folder or a new one.",
                folder=folder,
            )
        placed = False
        try:
            os.chmod(folder, stat.S_IRWXU)
            staging = folder / CREATING
            staging.mkdir(mode=0o700)
            data_key = os.urandom(32)
            recovery_key = new_recovery_key()
            keyfile = KeyFile.create(data_key, passphrase, recovery_key, kdf or tune_kdf())
            _make_database(staging / DB_FILE, data_key, keyfile, clock)
            key_bytes = keyfile.to_bytes()
            write_atomic(staging / KEY_FILE, key_bytes)  # fsyncs it and the staging folder
            fsync_file(staging / DB_FILE)
            os.rename(staging / DB_FILE, folder / DB_FILE)
            fsync_dir(folder)  # the database is in place before the key file can be
            os.rename(staging / KEY_FILE, folder / KEY_FILE)
            placed = True  # the vault is whole now: never removed from here on
        except BaseException as err:
            if not placed:
                _remove_unfinished(folder, made)
            if isinstance(err, OSError) or (
                isinstance(err, VaultError) and problem_of(err) is not None
            ):
                raise _create_error(err, folder) from None
            raise
        remove_securely(staging)  # empty by now (a stray side file at most); fsyncs
        yield NewVaultFiles(keyfile, data_key, key_bytes, recovery_key)
    finally:
        making.release()


def _private_file(path: Path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def _make_database(
    db_path: Path, data_key: bytes, keyfile: KeyFile, clock: Callable[[], datetime]
) -> None:
    """A new, empty vault database at ``db_path``, closed (its WAL folded in); records
    its salt in ``keyfile``."""
    db = Database(db_path, data_key, create=True)
    try:
        _private_file(db_path)
        schema.migrate(db)
        with db.transaction():
            db.execute("INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (keyfile.vault_id,))
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                (clock().astimezone(UTC).isoformat(),),
            )
        keyfile.db_salt = str(db.one("PRAGMA cipher_salt")[0])
    finally:
        db.close()
    wal = db_path.with_name(f"{DB_FILE}-wal")
    if wal.exists() and wal.stat().st_size:  # the database alone must hold everything
        raise VaultError("The new vault could not be finished. Nothing was made; try again.")


def _create_error(err: BaseException, folder: Path) -> VaultError:
    there = next((p for p in (folder, *folder.parents) if p.exists()), folder)
    return storage_error(err, CREATE_MESSAGES, there)


def _remove_unfinished(folder: Path, made: list[Path]) -> None:
    """Take away what an unfinished creation wrote, and the folders it made; never
    anything else (the folder was empty or missing when it began)."""
    with contextlib.suppress(OSError):
        remove_securely(folder / CREATING)
        for name in _CREATED:
            (folder / name).unlink(missing_ok=True)
        for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):
            leftover.unlink(missing_ok=True)
    for made_folder in made:  # deepest first
        with contextlib.suppress(OSError):
            made_folder.rmdir()


def sweep_unfinished(folder: Path) -> bool:
    """Remove a half-made vault that a stopped creation left in ``folder``; True when
    there was one. Call with the folder's :class:`FolderLock` held.

    The staging folder (``CREATING``) is the sign: while it is there and the key file
    is not, the database beside it is the unfinished creation's, never a vault someone
    used (the folder was empty when the creation began, and the key file, moved in last,
    is what makes a vault). With the key file in place the vault was finished, and only
    the staging folder is left to remove.
    """
    folder = Path(folder)
    staging = folder / CREATING
    if not staging.is_dir():
        return False
    if (folder / KEY_FILE).exists():
        remove_securely(staging)
        return False
    remove_securely(staging)
    for name in _CREATED:  # a new, empty database: nothing of anyone's is in it
        (folder / name).unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        fsync_dir(folder)
    return True
