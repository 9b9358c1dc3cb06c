"""Changing the passphrase of a vault folder that is not open in this process (the
command line); an open vault changes its own (``Vault.change_passphrase``). Both make a
new data key and re-encrypt the database (``rekey.py``).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..domain.errors import StorageError, VaultInUseError
from . import rekey
from .db import Database
from .keyfile import KdfParams, tune_kdf
from .layout import KEY_FILE, check_db_file, read_key_file
from .single import IN_USE, VaultLock
from .storage import PASSPHRASE_MESSAGES, storage_error


def change_passphrase(
    folder: Path,
    current: str,
    new: str,
    *,
    recovery_key: str | None = None,
    kdf: KdfParams | None = None,
) -> str:
    """A new data key for the vault at ``folder``, not open in this process (the command
    line); returns the new recovery key, to show once.

    The current passphrase (or the recovery key, when given instead) must open the key
    file first. The database is re-encrypted under a new random key and the key file
    rewritten with a new passphrase slot and a new recovery slot, and the two are put in
    place as a pair (``rekey.py``): an old key file, a backup's included, no longer opens
    it. ``new`` may be the current passphrase, to make only a new recovery key. The
    vault's lock is held throughout, so a change is refused while another window or
    command has the vault open, or is changing it too.
    """
    folder = Path(folder)
    read_key_file(folder)  # no vault, or a damaged one: said before anything else
    db_path = check_db_file(folder)
    if VaultLock.held_here(db_path):  # open here: only Vault.change_passphrase may close it
        raise VaultInUseError(IN_USE)
    rekey.recover_rekey(folder)  # a change stopped part-way: finished or rolled back first
    lock = VaultLock(db_path)
    try:
        keyfile = read_key_file(folder)  # again, under the lock: the file to change
        if recovery_key is not None:
            data_key = keyfile.open_with_recovery_key(recovery_key)
        else:
            data_key = keyfile.open_with_passphrase(current)
        for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):  # from a change killed half-way
            with contextlib.suppress(OSError):
                leftover.unlink()
        try:
            # Read-write: closing it folds its log into the file and removes it, as
            # putting the new pair in place needs.
            source = Database(db_path, data_key)
            try:
                made = rekey.prepare(folder, source, keyfile, new, kdf or tune_kdf())
            finally:
                source.close()
        except (OSError, StorageError) as err:
            raise storage_error(err, PASSPHRASE_MESSAGES, folder) from None
        try:
            rekey.put_in_place(made)
            rekey.finish(folder)
        finally:
            made.forget()
        return made.recovery_key
    finally:
        lock.release()
