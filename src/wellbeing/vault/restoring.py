"""Finding backups and restoring one without throwing anything away: the work behind the
restore dialog (``ui/restore``), which keeps only its questions and messages.

- :func:`newest_verified_backup` looks through the automatic backup folder, newest day
  first, and returns the first backup that verifies (with the newer ones it skipped).
- :func:`save_before_restore` backs up the open vault before it is replaced, and
  :func:`keep_damaged_files` copies a damaged vault's encrypted files aside before a
  restore, so a restore never throws anything away that someone might still want;
- :func:`restore_keeping_damaged` is the restore itself, with that copy made first.
"""

from __future__ import annotations

import os
import shutil
import stat
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..domain.errors import KeyFileDamagedError, VaultError
from .backup import (
    SUFFIX,
    BackupDamagedError,
    BackupInfo,
    create_backup,
    daily_backups,
    read_backup,
    read_backup_key,
    restore_backup,
)
from .keyfile import KeyFile
from .vault import DB_FILE, KEY_FILE, Vault

#: The encrypted files of a vault; nothing readable (the safety plan's readable copy) is
#: ever copied aside.
_ENCRYPTED = (KEY_FILE, DB_FILE, f"{DB_FILE}-wal")


@dataclass(frozen=True)
class BackupSearch:
    """What :func:`newest_verified_backup` found in ``folder``."""

    folder: Path
    newest: BackupInfo | None = None
    #: Newer automatic backups that did not verify (damaged, unreadable), newest first.
    skipped: list[Path] = field(default_factory=list)


def automatic_backups(folder: Path) -> list[Path]:
    """The daily backups (``wellbeing-YYYY-MM-DD.wbbackup``) in ``folder``, newest first.

    Unverified; a missing or unreadable folder holds none.
    """
    return [path for _, path in sorted(daily_backups(folder).items(), reverse=True)]


def newest_verified_backup(folder: Path) -> BackupSearch:
    """The newest automatic backup in ``folder`` whose checksums verify (read in full)."""
    skipped: list[Path] = []
    for path in automatic_backups(folder):
        try:
            info = read_backup(path)
        except (VaultError, OSError):
            skipped.append(path)
            continue
        return BackupSearch(Path(folder), info, skipped)
    return BackupSearch(Path(folder), None, skipped)


def open_backup_key(path: Path, *, passphrase: str | None, recovery_key: str | None) -> None:
    """Check that the passphrase (or recovery key) opens the backup's key file.

    Raises :class:`WrongPassphraseError` or :class:`BackupDamagedError`; writes nothing.
    Used before an open vault is locked and replaced, so a mistyped passphrase never
    costs the person their open session.
    """
    path = Path(path)
    if not path.is_file():
        raise VaultError("There is no backup at {path}. Nothing was changed.", path=path)
    _, key_bytes = read_backup_key(path)
    try:
        keyfile = KeyFile.from_bytes(key_bytes)
    except KeyFileDamagedError:
        raise BackupDamagedError(
            "The backup {name} is damaged (its key file cannot be read) and cannot be used. "
            "Nothing was changed.",
            name=path.name,
        ) from None
    if recovery_key is not None:
        keyfile.open_with_recovery_key(recovery_key)
    else:
        keyfile.open_with_passphrase(str(passphrase))


def _free_path(folder: Path, stem: str, suffix: str = "") -> Path:
    path = folder / f"{stem}{suffix}"
    number = 2
    while path.exists():
        path = folder / f"{stem}-{number}{suffix}"
        number += 1
    return path


def _stamp(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d-%H%M%S")


def save_before_restore(vault: Vault, folder: Path) -> Path:
    """Back up the open ``vault`` into ``folder`` as
    ``wellbeing-before-restore-YYYY-MM-DD-HHMMSS.wbbackup`` (local time); returns the path.

    Rotation only ever deletes daily backups, so this one stays until the person removes it.
    """
    out = _free_path(Path(folder), f"wellbeing-before-restore-{_stamp(vault.now())}", SUFFIX)
    create_backup(vault, out)
    return out


def keep_damaged_files(vault_folder: Path, moment: datetime) -> Path | None:
    """Copy the damaged vault's encrypted files into a new folder beside it
    (``<name>-damaged-YYYY-MM-DD-HHMMSS``, 0700); returns it, or None when there was
    nothing to keep. Only the key file, the database and its WAL are copied: all
    encrypted, nothing readable."""
    vault_folder = Path(vault_folder).absolute()
    present = [vault_folder / name for name in _ENCRYPTED if (vault_folder / name).is_file()]
    if not present:
        return None
    kept = _free_path(vault_folder.parent, f"{vault_folder.name}-damaged-{_stamp(moment)}")
    kept.mkdir(mode=0o700)
    try:
        os.chmod(kept, stat.S_IRWXU)
        for item in present:
            shutil.copy2(item, kept / item.name)
            os.chmod(kept / item.name, stat.S_IRUSR | stat.S_IWUSR)
    except BaseException:
        shutil.rmtree(kept, ignore_errors=True)
        raise
    return kept


def forget_kept(kept: Path | None) -> None:
    """Remove a copy made by :func:`keep_damaged_files` (the restore did not happen)."""
    if kept is not None:
        shutil.rmtree(kept, ignore_errors=True)


def restore_keeping_damaged(
    backup: Path,
    vault_folder: Path,
    *,
    passphrase: str | None,
    recovery_key: str | None,
    keep_damaged: bool,
    moment: datetime,
) -> tuple[BackupInfo, Path | None]:
    """Restore ``backup`` into ``vault_folder`` (see :func:`restore_backup`); with
    ``keep_damaged``, the damaged vault's encrypted files are first copied aside (and
    that copy removed again when the restore does not happen). Returns the backup's
    info and where the damaged files were kept (or None)."""
    kept = keep_damaged_files(vault_folder, moment) if keep_damaged else None
    try:
        info = restore_backup(
            backup, vault_folder, passphrase=passphrase, recovery_key=recovery_key
        )
    except BaseException:
        forget_kept(kept)
        raise
    return info, kept
