"""Putting right what a stopped restore or creation left on disk, before anything else.

A restore swaps the vault folder in two renames (``backup._swap``): the old folder aside
as ``.NAME.old-*``, the restored one (``.NAME.restore-*``, written, verified and made
durable first) into place. Killed between the two, there is no vault at the folder at
all. Creating a vault moves its two files out of a hidden staging folder
(``vault.CREATING``), the key file last; killed between, there is a database and no key
file. :func:`recover` reads what is on disk and finishes or rolls back, then says so in
one line (a :class:`Message`; None when there was nothing to do):

- the old folder aside and no vault at the folder: the restore is rolled back, the old
  vault renamed back into place (the person never heard that the restore was done, and
  they can simply do it again);
- a vault at the folder and leftovers beside it: the swap either never began or was
  done; the leftovers (an unfinished or a replaced copy, both encrypted) are removed,
  only the app's own files, never anything a person put there;
- a creation's staging folder: the half-made vault is removed (``sweep_unfinished``);
- a passphrase change's staging folder: finished or rolled back (``rekey.recover_rekey``).

Work still running in another window or command holds locks (the restore's staging
folder, the folder being created): then nothing is touched.
"""

from __future__ import annotations

import contextlib
import glob
from pathlib import Path

from ..domain.errors import Message, VaultInUseError
from ..files import fsync_dir, remove_securely
from .creating import CREATING, sweep_unfinished
from .layout import vault_exists
from .outside import is_vault_file
from .rekey import recover_rekey
from .single import FolderLock


def restore_leftovers(folder: Path, kind: str) -> list[Path]:
    """The hidden folders a restore of ``folder`` leaves beside it: ``kind`` is
    "restore" (the new copy) or "old" (the folder it replaced)."""
    folder = Path(folder).absolute()
    pattern = f".{glob.escape(folder.name)}.{kind}-*"
    with contextlib.suppress(OSError):
        return sorted(p for p in folder.parent.glob(pattern) if p.is_dir() and not p.is_symlink())
    return []


def recover(folder: Path) -> Message | None:
    """Finish or roll back a restore or a creation of the vault at ``folder`` that was
    stopped part-way; what was done, in one line, or None."""
    folder = Path(folder).absolute()
    rekeyed = recover_rekey(folder)  # a passphrase change stopped part-way (rekey.py)
    restores, olds = restore_leftovers(folder, "restore"), restore_leftovers(folder, "old")
    creating = (folder / CREATING).is_dir()
    if not (restores or olds or creating):
        return rekeyed
    locks: list[FolderLock] = []
    try:
        for held in ([folder] if folder.is_dir() else []) + restores + olds:
            locks.append(FolderLock(held))
    except (VaultInUseError, OSError):
        return None  # still running in another window or command: leave it be
    try:
        said = _restore(folder, restores, olds) if restores or olds else None
        if (folder / CREATING).is_dir() and sweep_unfinished(folder):
            said = Message(
                "A new vault was being made in {folder} when it was stopped; what it had "
                "begun was removed, so it can be made again. Nothing else was changed.",
                folder=folder,
            )
        return said
    finally:
        for lock in locks:
            lock.release()


def _restore(folder: Path, restores: list[Path], olds: list[Path]) -> Message:
    if vault_exists(folder):
        for copy in restores:
            remove_securely(copy)  # made by the restore, whole or not: encrypted, stale
        for old in olds:
            remove_securely(old, is_vault_file)
        if olds:
            return Message(
                "A restore was stopped just after it replaced the vault at {folder}; it has "
                "now been finished, and the vault there is the restored one.",
                folder=folder,
            )
        return Message(
            "A restore was stopped before it replaced anything; the vault at {folder} is "
            "as it was, and what the restore had begun was removed.",
            folder=folder,
        )
    whole = [old for old in olds if vault_exists(old)]
    if whole:
        back = max(whole, key=lambda old: old.stat().st_mtime)
        if folder.is_dir():
            with contextlib.suppress(OSError):
                folder.rmdir()  # an empty folder left where the vault was: nothing in it
        if folder.exists():
            return Message(
                "A restore was stopped part-way. Your vault is kept whole in {kept}, since "
                "{folder} now holds other files: move them elsewhere, then open the app "
                "again to put the vault back.",
                kept=back,
                folder=folder,
            )
        back.rename(folder)
        fsync_dir(folder.parent)
        for copy in restores:
            remove_securely(copy)
        return Message(
            "A restore was stopped part-way. Your vault at {folder} was put back as it "
            "was before it; nothing was lost, and you can restore again.",
            folder=folder,
        )
    for copy in restores:  # a restore into a new place, stopped before it was done
        remove_securely(copy)
    return Message(
        "A restore into {folder} was stopped before it was finished; what it had begun "
        "was removed. Nothing else was changed.",
        folder=folder,
    )
