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

:func:`problem_of` names the problem behind an ``OSError`` (its errno) or a
:class:`StorageError` (its ``problem``, set from SQLite's result code; never the message
text), looking at the folder when the error only says "I/O error", so each layer can say
what happened in its own words. ``backup.save_copy`` writes an encrypted backup from the
still-open connection, with the key file as it was read at unlock, so a vault whose
folder is gone can still be kept whole; :data:`COPY_MESSAGES` says why one could not.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import Problem, StorageError

if TYPE_CHECKING:
    pass

#: Less free space than this, after a failed write, means the disk is (as good as) full.
LOW_SPACE_BYTES = 1024 * 1024

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

    Read from an ``OSError``'s errno or a :class:`StorageError`'s ``problem`` (which
    ``sqlite_errors.translate_error`` sets from SQLite's result code), never from message text.
    ``folder`` is where the write went; when the error only says "input/output", the
    folder is looked at (is it there, on a read-only mount, out of space?).
    """
    if isinstance(err, OSError):
        found = _ERRNO.get(err.errno or 0, Problem.IO)
    elif isinstance(err, StorageError):
        found = err.problem
    else:
        return None
    if found in (Problem.IO, Problem.GONE) and folder is not None:
        found = diagnose(folder) or found
    return found


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


def storage_error(err: BaseException, messages: dict[Problem, str], folder: Path) -> StorageError:
    """A :class:`StorageError` carrying ``err``'s problem (IO by default) and its message."""
    problem = problem_of(err, folder) or Problem.IO
    mapped = StorageError(messages.get(problem, messages[Problem.IO]), problem=problem)
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
