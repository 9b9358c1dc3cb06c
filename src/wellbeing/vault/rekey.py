"""A new data key: changing the passphrase re-encrypts the whole vault.

Re-wrapping the old data key under a new passphrase would leave every earlier copy of
``vault.key`` (a backup's, one taken off the computer) able to open the current
database with the old passphrase or the old recovery key. So a change makes a new
random data key and a new recovery key, and writes a new database encrypted with it:

1. :func:`prepare`: in a hidden staging folder inside the vault folder (``STAGING``),
   SQLCipher's ``sqlcipher_export`` copies the database, read through an open
   connection, into a new file keyed with the new key (a fresh salt; only live pages,
   so freed pages holding old text are left behind); its every page is verified, and
   it and the new key file are made durable. The vault's files are not touched yet.
2. :func:`put_in_place`: with no connection left open on the old database, a small
   ``commit`` file in the staging folder is written (durably): from here the change is
   done. Then the new database, then the new key file, are renamed over the old ones.
3. :func:`finish`: the old database (kept by a hard link until now) is overwritten and
   removed, then the staging folder.

Killed at any moment, :func:`recover_rekey` (at the next start, before anything opens
the vault) reads what is on disk: no ``commit`` yet, the staging folder is removed and
the old pair is untouched; a ``commit``, the renames are finished. So the folder always
holds the old key file with the old database or the new with the new, never a mix, and
the new passphrase opens the vault only once the change got to its commit.

Why ``sqlcipher_export`` into a new file and not ``PRAGMA rekey`` in place: rekey
rewrites the file the vault is using, so between its commit and the key file's rename
the pair is mixed, and nothing on disk tells which; it keeps the same salt and the
freed pages too. Measured on the benchmark's vaults it is no faster (100,000 entries:
export 2.5 s, rekey 3.0 s).
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import (
    Message,
    Problem,
    StorageError,
    VaultError,
    VaultInUseError,
    WellbeingError,
)
from ..files import fsync_dir, fsync_file, remove_securely, write_atomic
from . import schema
from .db import Database
from .keyfile import KdfParams, KeyFile, new_recovery_key, wipe
from .single import VaultLock
from .storage import PASSPHRASE_MESSAGES, diagnose, storage_error

if TYPE_CHECKING:
    from .vault import Vault

#: The vault's two files, as ``vault.py`` names them (it calls this module, so this one
#: cannot import them from there; ``tests/vault/test_rekey.py`` checks they agree).
KEY_FILE = "vault.key"
DB_FILE = "vault.db"

#: The hidden folder inside the vault folder where the re-encrypted pair is made.
STAGING = ".wellbeing-new-key"
#: In the staging folder: written once both new files are durable; the change is done.
COMMIT = "commit"
#: In the staging folder: a hard link to the old database, to overwrite it at the end.
OLD_DB = "old.db"
#: The staging folder once the change is done and the old database overwritten.
DONE = ".wellbeing-new-key.done"

#: The steps :func:`prepare` reports (``step(done, STEPS)``).
STEPS = 4

Step = Callable[[int, int], None]
Check = Callable[[], None]


@dataclass
class NewKey:
    """A re-encrypted pair, made and verified in the staging folder, not yet in place."""

    folder: Path
    keyfile: KeyFile
    key_bytes: bytes
    data_key: bytearray = field(repr=False)
    #: Shown once: the only way to the new recovery slot.
    recovery_key: str = field(repr=False)
    #: Held on the new database file: after the rename it guards the vault's file.
    lock: VaultLock | None = None
    #: For an open vault: its data key, to open the old database again if the change
    #: stops before its commit, and ``PRAGMA data_version`` before the copy was made.
    old_key: bytearray | None = field(default=None, repr=False)
    data_version: int | None = None

    @property
    def staging(self) -> Path:
        return self.folder / STAGING

    def forget(self) -> None:
        """Release the lock on the new file and wipe the key (after use or abandon)."""
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        wipe(self.data_key)
        if self.old_key is not None:
            wipe(self.old_key)


def _salt(path: Path) -> str:
    with path.open("rb") as handle:
        return handle.read(16).hex()


def _export(source: Database, target: Path, data_key: bytearray) -> None:
    """Every table, index, trigger and the schema version into ``target``, keyed with
    ``data_key`` (raw; the key goes in as a bound value, never in the SQL text)."""
    version = schema.version(source)
    source.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), f"x'{data_key.hex()}'"))
    try:
        source.execute("BEGIN")  # one moment of the source, and one commit of the copy
        source.one("SELECT sqlcipher_export('rekeyed')")
        source.execute(f"PRAGMA rekeyed.user_version = {int(version)}")
        source.execute("COMMIT")
    except BaseException:
        for undo in ("ROLLBACK", "DETACH DATABASE rekeyed"):  # the first error is the one
            with contextlib.suppress(Exception):
                source.execute(undo)
        raise
    source.execute("DETACH DATABASE rekeyed")


def _verify(path: Path, data_key: bytearray, vault_id: str, version: int) -> None:
    """Every page of the new file decrypts and verifies under the new key, and it is this
    vault's, at the same schema version."""
    db = Database(path, data_key, read_only=True)
    try:
        errors = db.cipher_integrity_errors()
        row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
        same = row is not None and row[0] == vault_id and schema.version(db) == version
    finally:
        db.close()
    if errors or not same:
        raise VaultError(
            "The re-encrypted copy of your vault did not verify, so nothing was changed: "
            "your current passphrase still opens the vault."
        )


def prepare(
    folder: Path,
    source: Database,
    keyfile: KeyFile,
    passphrase: str,
    kdf: KdfParams,
    *,
    step: Step | None = None,
    check: Check | None = None,
) -> NewKey:
    """Make the new pair in the staging folder; the vault's own files are not touched.

    ``source`` is an open connection to the vault's database (a second, read-only one
    is enough); nothing may write to it from now until :func:`put_in_place`.
    ``passphrase`` is the new one (the current one, to make only a new recovery key).
    ``check()`` may raise to stop (the vault is locking): nothing is left behind.
    """
    folder = Path(folder)
    staging = folder / STAGING
    _tidy(staging)
    if staging.exists():
        raise VaultError(
            "An earlier passphrase change is still to be finished. Lock the vault and open it "
            "again, and it will be finished; nothing was changed."
        )
    report = step or (lambda _done, _total: None)
    stop = check or (lambda: None)
    data_key = bytearray(os.urandom(32))
    recovery_key = new_recovery_key()
    made: NewKey | None = None
    try:
        staging.mkdir(mode=0o700)
        fsync_dir(folder)
        report(0, STEPS)
        renewed = keyfile.renewed(data_key, passphrase, recovery_key, kdf)
        report(1, STEPS)
        stop()
        version = schema.version(source)
        _export(source, staging / DB_FILE, data_key)
        os.chmod(staging / DB_FILE, stat.S_IRUSR | stat.S_IWUSR)
        report(2, STEPS)
        stop()
        _verify(staging / DB_FILE, data_key, keyfile.vault_id, version)
        report(3, STEPS)
        stop()
        renewed.db_salt = _salt(staging / DB_FILE)
        fsync_file(staging / DB_FILE)
        key_bytes = renewed.to_bytes()
        write_atomic(staging / KEY_FILE, key_bytes)  # fsyncs it and the staging folder
        made = NewKey(folder, renewed, key_bytes, data_key, recovery_key)
        made.lock = VaultLock(staging / DB_FILE)
        report(4, STEPS)
        return made
    except BaseException as err:
        said = _storage_problem(err, folder)  # before the partial copy frees its space
        if made is not None:
            made.forget()
        wipe(data_key)
        with contextlib.suppress(OSError):
            remove_securely(staging)
        if said is not None:
            raise said from None
        raise


def _storage_problem(err: BaseException, folder: Path) -> StorageError | None:
    """The kind words for a disk that let the change down, or None for other errors.
    ``sqlcipher_export`` reports a full disk as its own error, without SQLite's code:
    then the folder says what is wrong (``storage.diagnose``)."""
    if isinstance(err, (OSError, StorageError)):
        return storage_error(err, PASSPHRASE_MESSAGES, folder)
    if not isinstance(err, Exception) or isinstance(err, WellbeingError):
        return None
    problem = diagnose(folder)
    if problem is None:
        return None
    said = StorageError(
        PASSPHRASE_MESSAGES.get(problem, PASSPHRASE_MESSAGES[Problem.IO]), problem=problem
    )
    said.__context__ = err
    return said


def _tidy(staging: Path) -> None:
    """What an earlier change in this process left, while the caller holds the vault:
    a preparation never committed (only the staging folder's own files), or the
    overwriting of the old database still to do. A committed change whose renames are
    not done is left for :func:`recover_rekey` (it needs every connection closed)."""
    if (staging.parent / DONE).is_dir() or (
        (staging / COMMIT).exists()
        and not (staging / DB_FILE).exists()
        and not (staging / KEY_FILE).exists()
    ):
        finish(staging.parent)
    elif staging.is_dir() and not (staging / COMMIT).exists():
        remove_securely(staging)


def put_in_place(new: NewKey) -> None:
    """Commit and rename the new pair over the old one.

    Every connection to the old database must be closed first (the app's own included):
    SQLite removes a database's ``-wal`` file by its name when the last connection
    closes, and that name is the new database's once the rename is done. On an error
    before the commit nothing is changed (the staging folder is removed); after it the
    change is finished by :func:`recover_rekey` at the next open
    (:class:`ChangeUnfinished`).
    """
    folder, staging = new.folder, new.staging
    wal = folder / f"{DB_FILE}-wal"
    committed = False
    try:
        if wal.exists() and wal.stat().st_size:
            raise VaultError(
                "Something was still being saved, so the passphrase was not changed. "
                "Nothing was lost; try again in a moment."
            )
        write_atomic(staging / COMMIT, json.dumps({"db_salt": new.keyfile.db_salt}).encode())
        committed = True
        with contextlib.suppress(OSError):  # not on every file system (FAT): then no wipe
            os.link(folder / DB_FILE, staging / OLD_DB)
        _swap(folder)
    except BaseException as err:
        if not committed:
            abandon(new)
            if isinstance(err, OSError):
                raise storage_error(err, PASSPHRASE_MESSAGES, folder) from None
            raise
        raise ChangeUnfinished(
            "The new passphrase could not be put in place just now. It will be, the next "
            "time the vault is opened; until then the vault stays locked."
        ) from err


# An open vault (the app's): prepared beside it, then its connection moves over


def prepare_open(
    vault: Vault,
    current: str,
    new: str,
    kdf: KdfParams,
    *,
    step: Step | None = None,
    check: Check | None = None,
) -> NewKey:
    """:func:`prepare` for the open ``vault``, through a second, read-only connection:
    the app keeps reading meanwhile (its own saves are held until the change ends,
    ``VaultService``). ``current`` must open the key file. Slow (two key derivations and
    a copy of the database): off the GUI thread."""
    folder = vault.folder
    keyfile = KeyFile.from_bytes(vault.key_file_bytes())  # as on disk now
    if keyfile.vault_id != vault.vault_id:
        raise VaultError(
            "The key file and the database belong to different vaults. Nothing was changed."
        )
    old_key = bytearray(keyfile.open_with_passphrase(current))
    try:
        version = _data_version(vault.db)
        source = vault.db.open_second(read_only=True)
        try:
            made = prepare(folder, source, keyfile, new, kdf, step=step, check=check)
        finally:
            source.close()
    except BaseException:
        wipe(old_key)
        raise
    made.old_key, made.data_version = old_key, version
    return made


def _data_version(db: Database) -> int:
    return int(db.one("PRAGMA data_version")[0])


def use_new_key(vault: Vault, new: NewKey) -> None:
    """Close ``vault``'s connection, put the new pair in place, and open the new database
    in its place (the vault's lock moves to the new file). Quick (a few renames and
    fsyncs): the app runs it on the GUI thread, so nothing reads the vault meanwhile.

    Refused, nothing changed, if another connection saved anything since the copy was
    made (it would be lost). Before the commit, an error leaves the old database open
    again; after it (:class:`ChangeUnfinished`), the vault is closed, to be opened with
    the new passphrase once the next start has finished the change.
    """
    folder = vault.folder
    try:
        if new.data_version is not None and _data_version(vault.db) != new.data_version:
            raise VaultError(
                "Something was saved while the vault was being re-encrypted, so the "
                "passphrase was not changed. Nothing was lost; try again."
            )
    except BaseException:
        abandon(new)
        raise
    old_key, new.old_key = new.old_key, None
    vault.db.close()  # the vault's lock stays held
    try:
        put_in_place(new)
    except ChangeUnfinished:
        new.forget()
        vault.close()
        raise
    except BaseException:
        if old_key is not None:  # nothing was changed: go on with the old database
            vault.use_database(Database(folder / DB_FILE, old_key))
        new.forget()
        raise
    finally:
        if old_key is not None:
            wipe(old_key)
    lock, new.lock = new.lock, None
    try:
        db = Database(folder / DB_FILE, new.data_key)
        # A first read in WAL mode opens its side files now, while the folder is surely
        # there: a vault whose folder then goes keeps working (``storage.py``).
        db.one("SELECT count(*) FROM sqlite_master")
        vault.use_database(db, lock=lock, key_bytes=new.key_bytes)
    except BaseException:
        if lock is not None:
            lock.release()
        vault.close()
        raise
    finally:
        new.forget()


class ChangeUnfinished(VaultError):
    """The change got to its commit, but the renames could not all be done: the vault's
    files are a mix until :func:`recover_rekey` finishes them."""


def _swap(folder: Path) -> None:
    """The renames, each durable: the database first, then the key file. Done again by
    recovery, so every step looks at what is there."""
    staging = folder / STAGING
    if (staging / DB_FILE).exists():
        for side in (f"{DB_FILE}-wal", f"{DB_FILE}-shm"):  # the old database's, empty
            (folder / side).unlink(missing_ok=True)
        os.rename(staging / DB_FILE, folder / DB_FILE)
        fsync_dir(folder)
    if (staging / KEY_FILE).exists():
        os.rename(staging / KEY_FILE, folder / KEY_FILE)
        fsync_dir(folder)


def finish(folder: Path) -> None:
    """Overwrite the old database, then remove the staging folder: renamed first to
    ``DONE`` (with its ``commit``), so a change stopped while it is removed is still
    known to have been done."""
    folder = Path(folder)
    staging = folder / STAGING
    if staging.is_dir():
        remove_securely(staging, lambda name: name == OLD_DB)
        os.rename(staging, folder / DONE)
        fsync_dir(folder)
    remove_securely(folder / DONE)


def abandon(new: NewKey) -> None:
    """Drop a prepared pair that was not put in place: the vault is as it was."""
    new.forget()
    staging = new.staging
    (staging / COMMIT).unlink(missing_ok=True)  # (an error just after writing it)
    with contextlib.suppress(OSError):
        fsync_dir(staging)
    with contextlib.suppress(OSError):
        remove_securely(staging)


def _pairs(key_path: Path, db_path: Path) -> bool:
    try:
        return KeyFile.from_bytes(key_path.read_bytes()).db_salt == _salt(db_path)
    except (OSError, VaultError):
        return False


def settle(folder: Path) -> Message | None:
    """Finish or roll back what a stopped change left in ``folder`` (its staging folder);
    what was done, in one line, or None. The caller holds the vault's lock, or knows
    nothing else has the vault open (see :func:`recover_rekey`)."""
    folder = Path(folder)
    staging = folder / STAGING
    if not staging.is_dir():
        if not (folder / DONE).is_dir():
            return None
        finish(folder)
        return _FINISHED
    if not (staging / COMMIT).exists():
        remove_securely(staging)
        return Message(
            "A passphrase change was stopped before it was finished. Nothing was changed: "
            "your vault opens with the passphrase and recovery key it had before."
        )
    new_db, new_key = staging / DB_FILE, staging / KEY_FILE
    renamed = new_db.exists() or new_key.exists()
    if renamed:
        key_path = new_key if new_key.exists() else folder / KEY_FILE
        db_path = new_db if new_db.exists() else folder / DB_FILE
        if not _pairs(key_path, db_path):  # never happens by our hand: leave it all be
            return Message(
                "A passphrase change that was stopped could not be finished, since its "
                "files are not as it left them. Nothing was changed; a backup can restore "
                "the vault."
            )
        if new_db.exists():
            with contextlib.suppress(OSError):
                os.link(folder / DB_FILE, staging / OLD_DB)
        _swap(folder)
    finish(folder)
    # Said even when only the tidying up was left: the new recovery key may not have
    # been shown yet when the change was stopped.
    return _FINISHED


_FINISHED = Message(
    "A passphrase change was stopped just before the end; it has now been finished, and "
    "your vault opens with the new passphrase. The recovery key from before no longer "
    "opens it: if you did not see the new one, make a new recovery key in Settings."
)


def recover_rekey(folder: Path) -> Message | None:
    """At a start, before anything opens the vault: :func:`settle` a stopped change.

    Leaves it be while another window or command holds the vault (it may be changing
    the passphrase right now, and holds the lock on both database files)."""
    folder = Path(folder)
    if not (folder / STAGING).is_dir() and not (folder / DONE).is_dir():
        return None
    locks: list[VaultLock] = []
    try:
        for path in (folder / DB_FILE, folder / STAGING / DB_FILE):
            if path.exists():
                locks.append(VaultLock(path))
    except (VaultInUseError, OSError):
        for lock in locks:
            lock.release()
        return None
    try:
        return settle(folder)
    finally:
        for lock in locks:
            lock.release()
