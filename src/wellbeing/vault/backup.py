"""Encrypted backups of an open vault, restoring one, and the daily rotation.

A backup is one file holding the key file and an encrypted database snapshot (its
layout, writing and verifying are ``formats/backup_file.py``). The key file is stored
exactly as in the vault (the data key wrapped by the passphrase and the recovery key),
so the backup opens with the same passphrase or recovery key. The snapshot is made with
SQLite's backup API from the open connection, encrypted to encrypted with the same key
and salt (committed WAL content included), and verified before it is written.

Restoring verifies the whole backup first, then that the key file opens with what was
given and that the database decrypts and passes its integrity checks, in a staging
folder next to the target; only then is the vault folder swapped (old folder renamed
aside, new one renamed into place, parent fsynced, old one overwritten and removed).
A crash between the two renames leaves the old vault and the restored one side by side
as hidden folders next to the target (``.NAME.old-*`` / ``.NAME.restore-*``), never a
half-restored vault; the next start puts the old one back (``interrupted.recover``).
A restore refuses a vault folder that also holds files the app did not make (they would
go with the old folder), and only the old vault's own files are ever removed.
"""

from __future__ import annotations

import contextlib
import glob
import os
import re
import secrets
import shutil
import stat
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from ..domain.errors import (
    KeyFileDamagedError,
    Problem,
    VaultError,
    VaultExistsError,
    VaultLockedError,
)
from ..files import fsync_dir, remove_securely, write_atomic
from ..formats.backup_file import (
    MAGIC,
    MAX_HEADER_LEN,
    SUFFIX,
    VERSION,
    BackupDamagedError,
    BackupInfo,
    backup_stream,
    copy_database,
    damaged,
    decode_backup,
    encode_backup,
    peek_backup,
    read_backup,
    read_backup_key,
)
from . import schema, storage
from .db import Database
from .keyfile import KeyFile
from .outside import is_vault_file, others_in, refuse_inside_vault
from .single import FolderLock, VaultLock
from .vault import DB_FILE, KEY_FILE, Vault, vault_exists

#: Daily backups: "backup-DATE" in discreet mode, "wellbeing-DATE" otherwise; both are
#: read (and rotated) whichever mode is on now.
_DAILY = re.compile(r"^(?:wellbeing|backup)-(\d{4}-\d{2}-\d{2})\.wbbackup$")


# Writing


def create_backup(
    vault: Vault,
    out: Path,
    *,
    db: Database | None = None,
    stop: Callable[[], bool] | None = None,
) -> BackupInfo:
    """Write a backup of the open ``vault`` to ``out`` (atomically, 0600).

    The snapshot comes from the open connection, so it is consistent even while the app
    runs. Nothing is written at ``out`` unless the snapshot verified.

    ``db`` is the connection to take the snapshot from: by default the vault's own; the
    app passes a second one (:meth:`Database.open_second`), so it keeps saving while a
    backup is made off the GUI thread. ``stop()`` is asked while the pages are copied;
    when it answers True the backup is abandoned (:class:`VaultLockedError`) and nothing
    is left at ``out``.
    """
    out = Path(out)
    source = vault.db if db is None else db
    refuse_inside_vault(out, vault.folder)
    if out.is_dir():
        raise VaultError("{out} is a folder; name the backup file to write.", out=out)
    if not out.parent.is_dir():
        raise VaultError("There is no folder {parent} to save the backup in.", parent=out.parent)
    # The key file as it is now, or as it was last read: a copy can be saved even
    # while the vault folder is gone (a drive pulled out), see storage.py.
    key_bytes = vault.key_file_bytes()
    keyfile = KeyFile.from_bytes(key_bytes)
    header = {
        "created_at": vault.now().isoformat(),
        "vault_id": keyfile.vault_id,
        "schema_version": schema.version(source),
    }
    _sweep_leftovers(out)
    staging: Path | None = None
    written = False
    try:
        staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
        snapshot = staging / DB_FILE
        source.snapshot_to(snapshot, stop=stop)
        with snapshot.open("rb") as handle:
            salt = handle.read(16).hex()
        if keyfile.db_salt and salt != keyfile.db_salt:
            raise VaultError(
                "The key file and the database belong to different vaults; no backup was made."
            )
        if stop is not None and stop():
            raise VaultLockedError(
                "The vault was locked before the backup could finish; no file was made."
            )
        written = True
        with snapshot.open("rb") as handle:
            write_atomic(out, backup_stream(header, key_bytes, handle))
        os.chmod(out, stat.S_IRUSR | stat.S_IWUSR)
        return read_backup(out)
    except BaseException as err:
        if written:
            with contextlib.suppress(OSError):
                out.unlink(missing_ok=True)
        if isinstance(err, OSError) or (
            isinstance(err, VaultError) and storage.problem_of(err) is not None
        ):
            raise storage.storage_error(err, storage.COPY_MESSAGES, out.parent) from None
        raise
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


#: What a killed backup leaves beside its file: the staging folder (``mkdtemp``: eight
#: letters, digits or ``_``) and the temp file of the write (eight hex digits, ``.tmp``).
_LEFTOVER = re.compile(r"^\..+\.wbbackup\.(?:[a-z0-9_]{8}|[0-9a-f]{8}\.tmp)$")
#: A leftover of another backup is taken away only once nothing has written to it for
#: this long: a backup still running (in another window) writes to its own all the time.
STALE_SECONDS = 10 * 60
_SNAPSHOT_FILES = {DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", f"{DB_FILE}-journal"}


def _sweep_leftovers(out: Path) -> None:
    """Remove what killed backups left in ``out``'s folder: hidden staging folders (an
    encrypted snapshot) and temp files. Encrypted, but stale.

    Those of ``out``'s own name go at once. Those of other backups (a daily backup killed
    on an earlier day has another name) go when they are ``.NAME.wbbackup.*``, hold only
    what a backup writes (a folder of snapshot files; a file that is empty or begins as a
    backup does) and nothing has written to them for :data:`STALE_SECONDS`: a person's
    own file, or a backup still being written, is left alone.
    """
    for item in out.parent.glob(f".{glob.escape(out.name)}.*"):
        with contextlib.suppress(OSError):
            if item.is_dir() and not item.is_symlink():
                shutil.rmtree(item, ignore_errors=True)
            elif item.name.endswith(".tmp"):
                item.unlink()
    before = time.time() - STALE_SECONDS
    for item in out.parent.glob(".*.wbbackup.*"):
        with contextlib.suppress(OSError):
            if _LEFTOVER.match(item.name) and _stale_leftover(item, before):
                if item.is_dir():
                    shutil.rmtree(item, ignore_errors=True)
                else:
                    item.unlink()


def _stale_leftover(item: Path, before: float) -> bool:
    """True when ``item`` is what a backup writes and nothing wrote to it since ``before``."""
    if item.is_symlink() or item.lstat().st_mtime > before:
        return False
    if item.is_dir():
        inside = list(item.iterdir())
        return all(
            p.name in _SNAPSHOT_FILES
            and p.is_file()
            and not p.is_symlink()
            and p.stat().st_mtime <= before
            for p in inside
        )
    if not item.is_file() or not item.name.endswith(".tmp"):
        return False
    with item.open("rb") as handle:
        head = handle.read(len(MAGIC))
    return MAGIC.startswith(head)  # empty, or cut short inside the magic, or a backup


# Restoring


def restore_backup(
    path: Path,
    folder: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
) -> BackupInfo:
    """Replace the vault in ``folder`` with the backup at ``path``; verify everything first.

    Raises :class:`WrongPassphraseError` when the passphrase (or recovery key) does not
    open the backup's key file, :class:`BackupDamagedError` when the backup is damaged;
    in every failure the folder is left exactly as it was.
    """
    path, folder = Path(path), Path(folder).absolute()
    if passphrase is None and recovery_key is None:
        raise ValueError("restore_backup needs a passphrase or a recovery key")
    info, key_bytes = read_backup_key(path)
    try:
        keyfile = KeyFile.from_bytes(key_bytes)
    except KeyFileDamagedError:
        raise damaged(path, "its key file cannot be read") from None
    if keyfile.vault_id != info.vault_id:
        raise damaged(path, "its key file does not match its header")
    if recovery_key is not None:
        data_key = keyfile.open_with_recovery_key(recovery_key)
    else:
        data_key = keyfile.open_with_passphrase(str(passphrase))
    if folder.exists() and any(folder.iterdir()) and not vault_exists(folder):
        raise VaultExistsError(
            "The folder {folder} holds other files and no vault; it was left as is.", folder=folder
        )
    _refuse_other_files(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{folder.name}.restore-", dir=folder.parent))
    # Held until the end, through the rename into place: ``interrupted.recover`` in
    # another window or command leaves a restore that is still running alone.
    running = FolderLock(staging)
    try:
        os.chmod(staging, stat.S_IRWXU)
        _write_new(staging / KEY_FILE, key_bytes)
        copy_database(path, info, key_bytes, staging / DB_FILE)
        _verify_restored(staging, keyfile, data_key, path)
        for name in (KEY_FILE, DB_FILE):
            _fsync_file(staging / name)
        fsync_dir(staging)
        # Never swap a vault out from under an app or command that has it open.
        current = folder / DB_FILE
        in_use = VaultLock(current) if current.exists() else None
        try:
            _refuse_other_files(folder)  # (asked again: the checks above took a while)
            _swap(staging, folder)
        finally:
            if in_use is not None:
                in_use.release()
    except BaseException:
        remove_securely(staging)
        raise
    finally:
        running.release()
    return info


def _refuse_other_files(folder: Path) -> None:
    """A restore replaces the whole vault folder: refuse while it also holds files the
    app did not make (a person's own notes), so they are never deleted."""
    others = others_in(folder)
    if others:
        shown = ", ".join(others[:3]) + (", …" if len(others) > 3 else "")
        raise VaultExistsError(
            "The vault folder {folder} also holds files that are not part of the vault "
            "({names}). A restore replaces the whole folder, so nothing was restored and "
            "nothing was changed. Move those files somewhere else, then restore again.",
            folder=folder,
            names=shown,
        )


def _write_new(path: Path, data: bytes | memoryview) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _verify_restored(staging: Path, keyfile: KeyFile, data_key: bytes, path: Path) -> None:
    with (staging / DB_FILE).open("rb") as handle:
        db_bytes_salt = handle.read(16).hex()
    if keyfile.db_salt and db_bytes_salt != keyfile.db_salt:
        raise damaged(path, "its key file and database belong to different vaults")
    try:
        db = Database(staging / DB_FILE, data_key)
    except VaultError:
        raise damaged(path, "its database does not decrypt") from None
    try:
        if db.cipher_integrity_errors() or db.integrity_errors():
            raise damaged(path, "its database fails its integrity check")
        row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
        version = schema.version(db)
    except BackupDamagedError:
        raise
    except VaultError:
        raise damaged(path, "its database cannot be read") from None
    finally:
        db.close()
    if row is None or row[0] != keyfile.vault_id:
        raise damaged(path, "its key file and database belong to different vaults")
    if version > schema.LATEST:
        raise VaultError(
            "This backup was made by a newer version of Wellbeing. Please update the app. "
            "Nothing was changed."
        )


def _swap(staging: Path, folder: Path) -> None:
    """Put ``staging`` in place of ``folder``; the old folder is removed only afterwards."""
    parent = folder.parent
    old: Path | None = None
    if folder.exists():
        old = parent / f".{folder.name}.old-{secrets.token_hex(4)}"
        os.rename(folder, old)
    try:
        os.rename(staging, folder)
    except BaseException:
        if old is not None:
            os.rename(old, folder)
        raise
    fsync_dir(parent)
    if old is not None:
        remove_securely(old, is_vault_file)  # only the old vault's own files


# Rotation


def backup_name(day: date, *, discreet: bool = False) -> str:
    """The daily backup's file name; in discreet mode it does not name the app."""
    return f"{'backup' if discreet else 'wellbeing'}-{day.isoformat()}{SUFFIX}"


def days_to_keep(days: Iterable[date], today: date) -> set[date]:
    """Which daily backups to keep: every one of the last 7 days (ages 0-6), and the
    oldest in each of the three weeks before (ages 7-13, 14-20, 21-27), so four weeks are
    covered. Anything older goes. A date after ``today`` (a clock moved back) is kept."""
    keep: set[date] = set()
    oldest_in_week: dict[int, date] = {}
    for day in set(days):
        age = (today - day).days
        if age < 7:
            keep.add(day)
        elif age < 28:
            week = age // 7
            if week not in oldest_in_week or day < oldest_in_week[week]:
                oldest_in_week[week] = day
    return keep | set(oldest_in_week.values())


def check_backup_folder(folder: Path, vault_folder: Path) -> None:
    """Refuse a backup folder inside the vault's own folder (or the vault folder itself):
    a backup there is lost with the vault, and a restore swaps that whole folder."""
    inside = Path(vault_folder).resolve()
    chosen = Path(folder).resolve()
    if chosen == inside or inside in chosen.parents:
        raise VaultError(
            "That folder is inside the vault's own folder, where a backup would be lost "
            "together with the vault. Choose a folder outside it (another drive is best)."
        )


def daily_backups(folder: Path) -> dict[date, Path]:
    """The automatic (daily) backups in ``folder`` by day, unverified. A folder that is
    missing or cannot be read holds none."""

    def made(pair: tuple[date, Path]) -> float:
        try:
            return pair[1].stat().st_mtime
        except OSError:
            return 0.0

    # Two backups of one day (discreet mode turned on or off that day): the later one.
    return dict(sorted(_daily_files(folder), key=made))


def _daily_files(folder: Path) -> list[tuple[date, Path]]:
    """Every daily backup in ``folder`` with its day (two names may share a day, when
    discreet mode was turned on or off that day)."""
    found: list[tuple[date, Path]] = []
    with contextlib.suppress(OSError):
        for item in Path(folder).iterdir():
            match = _DAILY.match(item.name)
            if match and item.is_file():
                with contextlib.suppress(ValueError):
                    found.append((date.fromisoformat(match.group(1)), item))
    return found


def rotate_backups(
    vault: Vault,
    folder: Path,
    today: date,
    *,
    db: Database | None = None,
    stop: Callable[[], bool] | None = None,
    discreet: bool = False,
) -> list[Path]:
    """Write today's backup into ``folder`` (made 0700 if new) and delete the daily
    backups no longer kept. Returns the backups kept, newest first. Other files in the
    folder are never touched. A folder inside the vault folder is refused. ``db`` and
    ``stop`` are as for :func:`create_backup`; ``discreet`` names it without the app's
    name (:func:`backup_name`)."""
    folder = Path(folder)
    check_backup_folder(folder, vault.folder)
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700)
        os.chmod(folder, stat.S_IRWXU)
    create_backup(vault, folder / backup_name(today, discreet=discreet), db=db, stop=stop)
    found = _daily_files(folder)
    keep = days_to_keep((day for day, _ in found), today)
    for day, item in found:
        if day not in keep:
            item.unlink(missing_ok=True)
    if any(day not in keep for day, _ in found):
        fsync_dir(folder)
    kept = [(day, item) for day, item in found if day in keep]
    return [item for _, item in sorted(kept, key=lambda pair: pair[0], reverse=True)]


__all__ = [
    "MAGIC",
    "MAX_HEADER_LEN",
    "SUFFIX",
    "VERSION",
    "BackupDamagedError",
    "BackupInfo",
    "backup_name",
    "check_backup_folder",
    "create_backup",
    "daily_backups",
    "days_to_keep",
    "decode_backup",
    "encode_backup",
    "peek_backup",
    "read_backup",
    "read_backup_key",
    "restore_backup",
    "rotate_backups",
    "save_copy",
]


def save_copy(vault: Vault, out: Path) -> BackupInfo:
    """Write an encrypted backup of the open ``vault`` to ``out``, verified, atomically.

    Like :func:`create_backup`, but with the key file as it was last read
    (:meth:`Vault.key_file_bytes`), so it works while the vault folder is gone. The copy
    opens with the same passphrase or recovery key. On any failure nothing is left at
    ``out`` or beside it, and the message says kindly what to do.
    """
    out = Path(out)
    refuse_inside_vault(out, vault.folder)
    if out.is_dir():
        raise VaultError("{out} is a folder; name the file for the copy.", out=out)
    if not out.parent.is_dir():
        raise VaultError(storage.COPY_MESSAGES[Problem.GONE])
    if out.exists():
        raise VaultError("A file with that name is already there; it was left as is.")
    return create_backup(vault, out)
