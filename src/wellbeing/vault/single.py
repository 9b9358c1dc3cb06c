"""One app at a time per vault: an advisory lock on ``vault.db`` while it is open.

The lock is taken on the database file itself (``flock``), so unlocking still creates no
file, and the kernel releases it when the process ends, even after a crash or a kill.
``flock`` locks are separate from the POSIX record locks SQLite uses on the same file.
On Windows there is no ``flock``, and some network file systems refuse it; there SQLite's
own locking is what guards the file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from ..domain.errors import VaultInUseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


IN_USE = (
    "This vault is already open in another Wellbeing window or command. "
    "Close it there first; nothing was changed."
)

#: flock is not available on this file system: open without it rather than not at all.
_NO_FLOCK = {errno.ENOLCK, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EINVAL}


#: The files this process holds a :class:`VaultLock` on (device, inode).
_HELD: set[tuple[int, int]] = set()


def _flock(path: Path, message: str) -> int | None:
    """An exclusive ``flock`` on ``path`` (a file or a folder): its descriptor, or None
    where the file system has no ``flock``. Refused with :class:`VaultInUseError`."""
    if fcntl is None:  # pragma: no cover - Windows
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise VaultInUseError(message) from None
    except OSError as err:
        os.close(fd)
        if err.errno not in _NO_FLOCK:
            raise
        return None  # a file system without flock (some network shares): SQLite's locks guard
    return fd


class VaultLock:
    """Held while a vault is open; a second holder (this process or another) is refused
    with :class:`VaultInUseError`, since each ``flock`` is per open file description.

    Every writer of the vault's files (opening it, changing its passphrase, restoring or
    moving it) holds it, so two of them never write at once.
    """

    def __init__(self, db_path: Path) -> None:
        self._fd: int | None = _flock(db_path, IN_USE)
        self._id: tuple[int, int] | None = None
        if self._fd is not None:
            status = os.fstat(self._fd)
            self._id = (status.st_dev, status.st_ino)
            _HELD.add(self._id)

    @staticmethod
    def held_here(db_path: Path) -> bool:
        """True when this process holds the lock on ``db_path`` (the app's own open
        vault): work the app does on its own open vault needs no second lock."""
        try:
            status = os.stat(db_path)
        except OSError:
            return False
        return (status.st_dev, status.st_ino) in _HELD

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
        if self._id is not None:
            _HELD.discard(self._id)
            self._id = None


MAKING = (
    "A vault is being made in {folder} by another Wellbeing window or command. Wait for it "
    "to finish; nothing was changed."
)


class FolderLock:
    """Held on a vault folder while a vault is made in it, or while work that was
    stopped there is put right (``interrupted.py``): a second one is refused."""

    def __init__(self, folder: Path, message: str = MAKING) -> None:
        self._fd: int | None = None
        try:
            self._fd = _flock(folder, message)
        except VaultInUseError:
            raise VaultInUseError(message, folder=folder) from None

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> FolderLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
