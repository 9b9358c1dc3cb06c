"""Where the app may write a file of its own making: never inside a vault's folder.

An export, a PDF, a backup or a copy written inside the vault folder could land on the
vault's own files (``vault.key``, ``vault.db`` and its side files, the unlock-screen
copy) and destroy the vault, recovery key included; and a restore replaces that whole
folder. :func:`refuse_inside_vault` is the one check every writer's core calls before it
writes anything. It compares by path and by the files themselves (device and inode), so a
symbolic link, a hard link or another spelling of the same folder is refused too.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import ValidationError
from ..formats.crisis_copy import COPY_FILE
from .vault import DB_FILE, KEY_FILE

#: Every file a vault uses in its folder.
VAULT_FILES = (
    KEY_FILE,
    DB_FILE,
    f"{DB_FILE}-wal",
    f"{DB_FILE}-shm",
    f"{DB_FILE}-journal",
    COPY_FILE,
)

INSIDE_VAULT = (
    "{path} would be saved inside your vault's own folder, where it could overwrite your "
    "vault. Nothing was written; choose another folder."
)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def refuse_inside_vault(out: Path, folder: Path) -> None:
    """Raise :class:`ValidationError` when writing ``out`` would put a file inside the
    vault folder ``folder`` (or over one of the files the vault uses)."""
    out = Path(out).expanduser().absolute()
    folder = Path(folder).expanduser().absolute()
    refused = ValidationError(INSIDE_VAULT, path=out)
    for target, vault in ((out, folder), (out.resolve(), folder.resolve())):
        if target == vault or vault in target.parents:
            raise refused
    inside = _identity(folder)
    if inside is not None and any(_identity(above) == inside for above in out.parents):
        raise refused  # the same folder by another name (a link, a mount, letter case)
    mine = _identity(out)
    if mine is not None:
        if mine == inside:
            raise refused
        if any(_identity(folder / name) == mine for name in VAULT_FILES):
            raise refused  # a hard link to one of the vault's files


def is_vault_file(name: str) -> bool:
    """True for a file the app makes in a vault folder: the vault's files, and the
    hidden temp files an atomic write of one of them leaves when it is stopped."""
    if name in VAULT_FILES:
        return True
    return name.endswith(".tmp") and any(name.startswith(f".{file}.") for file in VAULT_FILES)


def others_in(folder: Path) -> list[str]:
    """The names in the vault folder ``folder`` that the app did not make, sorted."""
    try:
        return sorted(item.name for item in Path(folder).iterdir() if not is_vault_file(item.name))
    except FileNotFoundError:
        return []
