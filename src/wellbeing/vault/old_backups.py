"""After a passphrase change: earlier backups still open with the old passphrase.

A change re-encrypts the vault under a new key (``rekey.py``), but every backup made
before it holds the old key file and the old database: it opens with the old passphrase
and the old recovery key, wherever it is. The app says so and offers this: a fresh backup
in the backup folder, and the older daily backups there deleted.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..files import fsync_dir
from .backup import backup_name, check_backup_folder, create_backup, daily_backups
from .db import Database
from .vault import Vault


def fresh_backup(
    vault: Vault,
    folder: Path,
    today: date,
    *,
    discreet: bool = False,
    db: Database | None = None,
    stop: Callable[[], bool] | None = None,
) -> tuple[Path, list[Path]]:
    """Today's daily backup made again in the backup ``folder`` (so it opens with the new
    passphrase), then every other daily backup there deleted: they open with the old
    passphrase and the old recovery key. Only the app's own daily backups in that folder
    are deleted (``backup.daily_backups``, either name), and only once the new one is
    written and verified; nothing else there is touched. Returns the new backup and the
    files deleted. ``db`` and ``stop`` are as for ``backup.create_backup``."""
    folder = Path(folder)
    check_backup_folder(folder, vault.folder)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
    made = folder / backup_name(today, discreet=discreet)
    create_backup(vault, made, db=db, stop=stop)  # replaces today's older one, atomically
    deleted: list[Path] = []
    for day in sorted(daily_backups(folder)):
        for quiet in (False, True):
            item = folder / backup_name(day, discreet=quiet)
            if item != made and item.is_file() and not item.is_symlink():
                item.unlink()
                deleted.append(item)
    if deleted:
        fsync_dir(folder)
    return made, deleted
