"""Opening and keeping the vault: creating it, unlocking it, changing its passphrase
(a new key: the vault re-encrypted), saving a copy of it. Key derivation takes about a
second by design, so each runs off the GUI thread; ``VaultService`` starts them and says
how they went."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject

from ...vault import rekey
from ...vault.backup import BackupInfo
from ...vault.backup import save_copy as save_copy_of
from ...vault.keyfile import KdfParams, tune_kdf
from ...vault.old_backups import fresh_backup as fresh_backup_of
from ...vault.rekey import NewKey
from ...vault.vault import Clock, Vault
from ..operations import Job, Operation


def create_vault(
    *,
    parent: QObject | None,
    folder: Path,
    passphrase: str,
    kdf: KdfParams | None,
    clock: Clock,
) -> Operation[tuple[Vault, str]]:
    """Make a new vault in ``folder``; the result is the open vault and its recovery key."""
    return Operation(parent, lambda _job: Vault.create(folder, passphrase, kdf=kdf, clock=clock))


def unlock_vault(
    *,
    parent: QObject | None,
    folder: Path,
    passphrase: str | None,
    recovery_key: str | None,
    clock: Clock,
) -> Operation[Vault]:
    """Open the vault in ``folder`` with its passphrase or its recovery key."""
    return Operation(
        parent,
        lambda _job: Vault.unlock(folder, passphrase, recovery_key=recovery_key, clock=clock),
    )


def change_passphrase(
    *, parent: QObject | None, vault: Vault, current: str, new: str, kdf: KdfParams | None
) -> Operation[NewKey]:
    """The first, slow part of a passphrase change of the open ``vault`` (``rekey.py``):
    check ``current``, make a new data key and recovery key, and re-encrypt the database
    into the vault folder's staging folder, through a second, read-only connection, so
    the screens keep reading meanwhile. The result is put in place on the GUI thread
    (:func:`wellbeing.vault.rekey.use_new_key`, a few renames), then :func:`finish_change`.
    ``new`` may be ``current``: only a new recovery key. Stops (nothing left behind) when
    the vault locks, between its steps."""

    def work(job: Job) -> NewKey:
        return rekey.prepare_open(
            vault, current, new, kdf or tune_kdf(), step=job.reporter("rekey"), check=job.check
        )

    return Operation(parent, work)


def finish_change(*, parent: QObject | None, folder: Path) -> Operation[None]:
    """After a change is in place: overwrite the old database and remove the staging
    folder (a vault's worth of zeros, so off the GUI thread)."""
    return Operation(parent, lambda _job: rekey.finish(folder))


def fresh_backup(
    *, parent: QObject | None, vault: Vault, folder: Path, today: date, discreet: bool
) -> Operation[tuple[Path, list[Path]]]:
    """After a passphrase change: today's backup made again in the backup ``folder`` (it
    opens with the new passphrase), then every older daily backup there deleted (they
    open with the old one). Only the app's own daily backups in that folder are touched
    (``backup.daily_backups``); the result is the new backup and those deleted."""

    def work(job: Job) -> tuple[Path, list[Path]]:
        with job.second_connection(vault) as beside:
            return fresh_backup_of(
                vault, folder, today, discreet=discreet, db=beside.db, stop=job.stopped
            )

    return Operation(parent, work)


def save_copy(*, parent: QObject | None, vault: Vault, out: Path) -> Operation[BackupInfo]:
    """Write a verified, encrypted copy of the open vault (a backup file) to ``out``;
    works while the vault's folder is gone (see ``vault.backup.save_copy``)."""
    return Operation(parent, lambda _job: save_copy_of(vault, Path(out)))
