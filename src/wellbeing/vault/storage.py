"""When the disk lets the vault down: what went wrong, said kindly, and a way out.

Four things can go wrong under an open vault, none of them the person's doing:

- the disk is full (``ENOSPC``, a quota, or a file too large for the file system);
- the folder cannot be written to (a read-only mount, a write-protected stick, the
  folder's permissions);
- the vault folder is gone: a drive pulled out, the folder moved or deleted. Linux keeps
  the open files alive, so SQLite would go on writing into files that no longer exist
  anywhere and everything written after that would vanish at lock: a silent loss. So the
  vault remembers which file it opened (device and inode) and writes are refused while
  that file is not at its path (:meth:`Vault.folder_is_there`);
- any other input/output error.

:func:`problem_of` names the problem behind an ``OSError`` or a translated SQLite error
(looking at the folder when SQLite only says "disk I/O error"), so each layer can say
what happened in its own words. :func:`save_copy` writes an encrypted backup from the
still-open connection, with the key file as it was read at unlock, so a vault whose
folder is gone can still be kept whole.
"""

from __future__ import annotations

import errno
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    VaultError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)

if TYPE_CHECKING:
    from .backup import BackupInfo
    from .vault import Vault

#: Less free space than this, after a failed write, means the disk is (as good as) full.
LOW_SPACE_BYTES = 1024 * 1024

# SQLite's primary result codes (the low byte of an extended code).
_SQLITE_READONLY = 8
_SQLITE_IOERR = 10
_SQLITE_FULL = 13
_SQLITE_CANTOPEN = 14

#: VaultErrors that say something precise already: never a storage problem.
_NOT_STORAGE = (
    DatabaseDamagedError,
    KeyFileDamagedError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    WrongPassphraseError,
)


class Problem(Enum):
    FULL = "full"
    READ_ONLY = "read-only"
    GONE = "gone"
    IO = "io"


_ERRNO = {
    errno.ENOSPC: Problem.FULL,
    errno.EDQUOT: Problem.FULL,
    errno.EFBIG: Problem.FULL,
    errno.EROFS: Problem.READ_ONLY,
    errno.EACCES: Problem.READ_ONLY,
    errno.EPERM: Problem.READ_ONLY,
    errno.ENOENT: Problem.GONE,
    errno.ENOTDIR: Problem.GONE,
    errno.ENODEV: Problem.GONE,
    errno.ENXIO: Problem.GONE,
    errno.ESTALE: Problem.GONE,
    errno.EIO: Problem.IO,
}


def problem_of(err: BaseException, folder: Path | None = None) -> Problem | None:
    """The storage problem behind ``err``, or None when it is not one.

    ``folder`` is where the write went; when SQLite only reports an I/O error, the
    folder is looked at (is it there, on a read-only mount, out of space?).
    """
    if isinstance(err, OSError):
        found = _ERRNO.get(err.errno or 0, Problem.IO)
    elif isinstance(err, VaultError) and not isinstance(err, _NOT_STORAGE):
        found = _from_sqlite(err)
    else:
        return None
    if found in (Problem.IO, Problem.GONE) and folder is not None:
        found = diagnose(folder) or found
    return found


def _from_sqlite(err: VaultError) -> Problem | None:
    """Read the SQLite error kept as context by ``db.translate_error``."""
    original = err.__context__
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        primary = code & 0xFF
        if primary == _SQLITE_FULL:
            return Problem.FULL
        if primary == _SQLITE_READONLY:
            return Problem.READ_ONLY
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN):
            return Problem.IO
    text = f"{original} {err}".lower()
    if "disk is full" in text:
        return Problem.FULL
    if "readonly" in text or "read-only" in text or "cannot be written" in text:
        return Problem.READ_ONLY
    if "disk i/o" in text or "unable to open" in text or "could not be read or written" in text:
        return Problem.IO
    return None


def diagnose(folder: Path) -> Problem | None:
    """What the folder itself says: gone, on a read-only mount, not writable, or full."""
    folder = Path(folder)
    try:
        if not folder.is_dir():
            return Problem.GONE
        info = os.statvfs(folder)
    except (OSError, AttributeError):  # no statvfs on Windows
        return None if folder.is_dir() else Problem.GONE
    if info.f_flag & getattr(os, "ST_RDONLY", 1):
        return Problem.READ_ONLY
    if not os.access(folder, os.W_OK):
        return Problem.READ_ONLY
    if info.f_bavail * info.f_frsize < LOW_SPACE_BYTES:
        return Problem.FULL
    return None


def storage_error(err: BaseException, messages: dict[Problem, str], folder: Path) -> VaultError:
    """A :class:`VaultError` carrying the message for ``err``'s problem (IO's by default)."""
    problem = problem_of(err, folder) or Problem.IO
    mapped = VaultError(messages.get(problem, messages[Problem.IO]))
    mapped.__context__ = err
    return mapped


# What creating a vault and changing its passphrase say

CREATE_MESSAGES = {
    Problem.FULL: (
        "There isn't enough room on the disk to make the vault there. Nothing was made; "
        "free some space or choose another folder."
    ),
    Problem.READ_ONLY: (
        "Wellbeing can't write in that folder (it may be read-only, or belong to another "
        "account). Nothing was made; choose another folder."
    ),
    Problem.IO: (
        "Wellbeing couldn't write the vault files there. Nothing was made; check the drive "
        "and try again, or choose another folder."
    ),
}

PASSPHRASE_MESSAGES = {
    Problem.FULL: (
        "There isn't enough room on the disk to save the new passphrase. Nothing was "
        "changed: your current passphrase still opens the vault. Free some space and try again."
    ),
    Problem.READ_ONLY: (
        "Wellbeing can't write in the vault folder (it may be read-only). Nothing was "
        "changed: your current passphrase still opens the vault."
    ),
    Problem.IO: (
        "Wellbeing couldn't write the new passphrase into the vault folder. Nothing was "
        "changed: your current passphrase still opens the vault."
    ),
}


# Knowing the file that was opened


FileId = tuple[int, int]


def file_id(path: Path) -> FileId | None:
    """(device, inode) of the file at ``path``, or None when nothing is there."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_dev, info.st_ino)


# A copy of an open vault whose folder may be gone

COPY_MESSAGES = {
    Problem.FULL: (
        "There isn't enough room there for the copy. Nothing was written there; "
        "choose another place, such as another drive or a USB stick."
    ),
    Problem.READ_ONLY: (
        "Wellbeing can't write in that folder. Nothing was written there; choose another place."
    ),
    Problem.GONE: "That folder isn't there any more. Nothing was written; choose another place.",
    Problem.IO: (
        "The copy couldn't be written there. Nothing was written there; choose another place."
    ),
}


def save_copy(vault: Vault, out: Path) -> BackupInfo:
    """Write an encrypted backup of the open ``vault`` to ``out``, verified, atomically.

    Like :func:`backup.create_backup`, but with the key file as it was last read
    (:meth:`Vault.key_file_bytes`), so it works while the vault folder is gone. The copy
    opens with the same passphrase or recovery key. On any failure nothing is left at
    ``out`` or beside it, and the message says kindly what to do.
    """
    # backup imports vault, and vault imports this module: imported when first used.
    from .backup import create_backup

    out = Path(out)
    if out.is_dir():
        raise VaultError(f"{out} is a folder; name the file for the copy.")
    if not out.parent.is_dir():
        raise VaultError(COPY_MESSAGES[Problem.GONE])
    if out.exists():
        raise VaultError("A file with that name is already there; it was left as is.")
    return create_backup(vault, out)
