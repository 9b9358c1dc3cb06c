"""One app at a time per vault: an advisory lock on ``vault.db`` while it is open.

The lock is taken on the database file itself (``flock``), so unlocking still creates no
file, and the kernel releases it when the process ends, even after a crash or a kill.
``flock`` locks are separate from the POSIX record locks SQLite uses on the same file.
On Windows there is no ``flock``; there SQLite's own locking is what guards the file.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import VaultInUseError

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]


class VaultLock:
    def __init__(self, db_path: Path) -> None:
        self._fd: int | None = None
        if fcntl is None:  # pragma: no cover - Windows
            return
        fd = os.open(db_path, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise VaultInUseError(
                "This vault is already open in another Wellbeing window or command. "
                "Close it there first; nothing was changed."
            ) from None
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
