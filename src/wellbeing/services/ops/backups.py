"""Backing up and restoring: "Back up now", the automatic daily backup, and the steps
of a restore (check the backup, save the open vault first, restore).

Backups read one moment through a second connection, so the app keeps saving while they
are made; a lock stops them and removes the unfinished file.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.errors import VaultError
from ...vault.backup import (
    BackupInfo,
    backup_name,
    create_backup,
    daily_backups,
    peek_backup,
    read_backup,
    rotate_backups,
)
from ...vault.restoring import (
    BackupSearch,
    newest_verified_backup,
    open_backup_key,
    restore_keeping_damaged,
)
from ...vault.restoring import save_before_restore as save_before
from ...vault.vault import Vault
from ..operations import Job, Operation

if TYPE_CHECKING:
    from ..vault_service import VaultService


def back_up(*, parent: QObject | None, service: VaultService, out: Path) -> Operation[BackupInfo]:
    """Write an encrypted backup of the open vault to ``out``; stops (leaving no file)
    when the vault locks."""
    vault = service.vault

    def work(job: Job) -> BackupInfo:
        with job.second_connection(vault) as beside:
            return create_backup(vault, Path(out), db=beside.db, stop=job.stopped)

    return Operation(parent, work)


def automatic_backup(
    *,
    parent: QObject | None,
    service: VaultService,
    folder: Path,
    today: date,
    discreet: bool = False,
) -> Operation[list[Path]]:
    """Make today's backup in ``folder`` unless it is there, then rotate the older ones
    (see ``rotate_backups``; ``discreet``: named without the app's name); the result is
    the backups kept, [] when there was nothing to do."""
    vault = service.vault

    def work(job: Job) -> list[Path]:
        names = (backup_name(today), backup_name(today, discreet=True))
        if any((folder / name).is_file() for name in names):  # (may be a slow drive)
            return []
        if not folder.exists() and not folder.parent.is_dir():
            raise VaultError(
                "The backup folder {folder} can't be reached. If it is on a drive that is not "
                "connected now, connect it.",
                folder=folder,
            )
        with job.second_connection(vault) as beside:
            return rotate_backups(
                vault, folder, today, db=beside.db, stop=job.stopped, discreet=discreet
            )

    return Operation(parent, work)


def newest_automatic_backup(
    *, parent: QObject | None, folder: Path | None
) -> Operation[datetime | None]:
    """When the newest readable automatic backup in ``folder`` was made (None: none)."""

    def work(_job: Job) -> datetime | None:
        if folder is None:
            return None
        for _day, path in sorted(daily_backups(folder).items(), reverse=True):
            try:
                return peek_backup(path).created_at
            except VaultError:
                continue
        return None

    return Operation(parent, work)


def find_backup_to_restore(*, parent: QObject | None, folder: Path) -> Operation[BackupSearch]:
    """The newest automatic backup in ``folder`` that verifies (read in full)."""
    return Operation(parent, lambda _job: newest_verified_backup(folder))


def check_backup(*, parent: QObject | None, backup: Path) -> Operation[BackupInfo]:
    """Read ``backup`` in full and verify its checksums."""
    return Operation(parent, lambda _job: read_backup(backup))


def save_before_restore(
    *,
    parent: QObject | None,
    vault: Vault,
    folder: Path,
    backup: Path,
    passphrase: str | None,
    recovery_key: str | None,
) -> Operation[Path]:
    """Check that the secret opens ``backup`` (so a mistyped one never costs the open
    session), then back up the open vault into ``folder``; the result is that file."""

    def work(_job: Job) -> Path:
        open_backup_key(backup, passphrase=passphrase, recovery_key=recovery_key)
        return save_before(vault, folder)

    return Operation(parent, work)


def restore_backup(
    *,
    parent: QObject | None,
    backup: Path,
    vault_folder: Path,
    passphrase: str | None,
    recovery_key: str | None,
    keep_damaged: bool,
) -> Operation[tuple[BackupInfo, Path | None]]:
    """Replace the (locked) vault in ``vault_folder`` with ``backup``, verified first;
    with ``keep_damaged`` the damaged vault's files are copied aside before. The result
    is the backup's info and where the damaged files were kept."""
    return Operation(
        parent,
        lambda _job: restore_keeping_damaged(
            backup,
            vault_folder,
            passphrase=passphrase,
            recovery_key=recovery_key,
            keep_damaged=keep_damaged,
            moment=datetime.now(),
        ),
    )
