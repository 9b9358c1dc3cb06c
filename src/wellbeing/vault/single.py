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


class VaultLock:
    """Held while a vault is open; a second holder (this process or another) is refused
    with :class:`VaultInUseError`, since each ``flock`` is per open file description."""

    def __init__(self, db_path: Path) -> None:
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        fd = os.open(db_path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise VaultInUseError(IN_USE) from None
        except OSError as err:
            os.close(fd)
            if err.errno not in _NO_FLOCK:
                raise
            return  # a file system without flock (some network shares): SQLite's locks guard
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
