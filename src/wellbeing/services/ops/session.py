"""Opening and keeping the vault: creating it, unlocking it, changing its passphrase,
saving a copy of it. Key derivation takes about a second by design, so each runs off
the GUI thread; ``VaultService`` starts them and says how they went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ...vault.backup import BackupInfo
from ...vault.backup import save_copy as save_copy_of
from ...vault.keyfile import KdfParams
from ...vault.vault import Clock, Vault
from ...vault.vault import change_passphrase as change_key_file
from ..operations import Operation


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
    *, parent: QObject | None, folder: Path, current: str, new: str, kdf: KdfParams | None
) -> Operation[None]:
    """Rewrite the small key file with a key derived from ``new``."""
    return Operation(parent, lambda _job: change_key_file(folder, current, new, kdf=kdf))


def save_copy(*, parent: QObject | None, vault: Vault, out: Path) -> Operation[BackupInfo]:
    """Write a verified, encrypted copy of the open vault (a backup file) to ``out``;
    works while the vault's folder is gone (see ``vault.backup.save_copy``)."""
    return Operation(parent, lambda _job: save_copy_of(vault, Path(out)))
