"""Moving (or renaming) a locked vault's folder, so a person can choose where it lives
and what it is called — in discreet mode, a folder name that says nothing.

On one file system the folder is renamed in one step (``os.rename``, then both parents
fsynced). Across file systems (to another drive) every file is copied into a hidden
staging folder next to the target, fsynced and compared byte for byte by SHA-256, the
staging folder renamed into place, and only then the old files overwritten and removed.
A crash at any point leaves the old vault whole; at worst a hidden ``.NAME.moving-*``
folder is left next to the target.
"""

from __future__ import annotations

import errno
import hashlib
import os
import secrets
import shutil
import stat
from pathlib import Path

from ..domain.errors import VaultError, VaultExistsError, VaultNotFoundError
from ..files import fsync_dir, remove_securely
from .single import VaultLock
from .vault import DB_FILE, vault_exists

_NOT_EMPTY = "There is already something at {target}. Choose a new name; nothing was moved."
_INSIDE = "A vault cannot be moved into its own folder. Nothing was moved."


def move_vault(source: Path, target: Path) -> Path:
    """Move the vault folder ``source`` to ``target`` (which must not exist yet).

    Refuses an open vault (another window or command has it), a target inside the
    vault, and an existing target. Returns the new folder.
    """
    source, target = Path(source).absolute(), Path(target).absolute()
    if not vault_exists(source):
        raise VaultNotFoundError("There is no vault at {source}. Nothing was moved.", source=source)
    if target == source or source in target.parents:
        raise VaultError(_INSIDE)
    if target.exists() or target.is_symlink():
        raise VaultExistsError(_NOT_EMPTY, target=target)
    target.parent.mkdir(parents=True, exist_ok=True)
    in_use = VaultLock(source / DB_FILE)  # refuses a vault that is open
    try:
        try:
            os.rename(source, target)
        except OSError as err:
            if err.errno != errno.EXDEV:
                raise VaultError(
                    "The vault could not be moved ({strerror}). Nothing was moved.",
                    strerror=err.strerror,
                ) from None
            copied = _copy_across(source, target)
        else:
            fsync_dir(target.parent)
            fsync_dir(source.parent)
            return target
    finally:
        in_use.release()
    # Only the files that were copied go; a folder of the person's own stays where it was.
    remove_securely(source, copied.__contains__)
    return target


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _copy_across(source: Path, target: Path) -> set[str]:
    """Copy the files of ``source`` to ``target`` through a staging folder; returns the
    names copied."""
    staging = target.with_name(f".{target.name}.moving-{secrets.token_hex(4)}")
    staging.mkdir(mode=0o700)
    copied: set[str] = set()
    try:
        for item in source.iterdir():
            if not item.is_file():
                continue  # a vault folder holds files only; anything else stays behind
            copy = staging / item.name
            shutil.copyfile(item, copy)
            os.chmod(copy, stat.S_IRUSR | stat.S_IWUSR)
            fd = os.open(copy, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
            if _sha256(copy) != _sha256(item):
                raise VaultError("The copy on the new drive did not match. Nothing was moved.")
            copied.add(item.name)
        fsync_dir(staging)
        os.rename(staging, target)
        fsync_dir(target.parent)
        return copied
    except OSError as err:
        shutil.rmtree(staging, ignore_errors=True)
        raise VaultError(
            "The vault could not be copied ({strerror}). Nothing was moved.", strerror=err.strerror
        ) from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
