"""Writing files so that a crash leaves the old version or the new one, never half."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path


def write_atomic(path: Path, data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` to ``path`` so a crash leaves either the old file or the new one.

    Temp file in the same folder (0600), fsync, ``os.replace``, then fsync the folder so
    the rename itself is durable. ``data`` may be a list of chunks, written in order
    (large files are never joined in memory first).
    """
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in [data] if isinstance(data, (bytes, bytearray, memoryview)) else data:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames.
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_securely(folder: Path, ours: Callable[[str], bool] | None = None) -> bool:
    """Overwrite with zeros (fsynced) and remove the files the app made in ``folder``,
    then the folder itself once it is empty; True when the folder is gone.

    ``ours`` names the app's files: only the files directly in ``folder`` whose name it
    accepts are removed, and anything else (a person's ``notes.txt``, a folder of their
    own) is kept, with the folder. Without ``ours`` the whole folder is the app's own (a
    staging folder it made) and everything in it goes.

    Best effort: on SSDs and copy-on-write file systems old blocks may live on; the
    vault's files are encrypted anyway, so this only avoids leaving old ciphertext.
    """
    if not folder.exists():
        return True
    if ours is None:
        items = sorted(folder.rglob("*"), key=lambda p: len(p.parts), reverse=True)
    else:
        items = [p for p in folder.iterdir() if ours(p.name) and not p.is_dir()]
    for item in items:
        if item.is_dir() and not item.is_symlink():
            with contextlib.suppress(OSError):
                item.rmdir()  # deepest first: emptied already
            continue
        if item.is_file() and not item.is_symlink():
            with contextlib.suppress(OSError):
                _zero(item)
        with contextlib.suppress(OSError):
            item.unlink()
    try:
        folder.rmdir()
    except OSError:
        return False  # something that is not the app's is still there: it stays
    with contextlib.suppress(OSError):
        fsync_dir(folder.parent)
    return True


def _zero(path: Path) -> None:
    with path.open("r+b") as handle:
        size = handle.seek(0, os.SEEK_END)
        handle.seek(0)
        while size > 0:
            chunk = min(size, 1 << 20)
            handle.write(b"\0" * chunk)
            size -= chunk
        handle.flush()
        os.fsync(handle.fileno())
