"""The vault: a folder holding ``vault.key`` (wrapped data key) and ``vault.db`` (SQLCipher).

Creating a vault makes a random 256-bit data key; the database is encrypted with it as a
raw key, and the key file holds it wrapped by the passphrase and by the recovery key.
Changing the passphrase rewrites only the key file; the database bytes never change.
Unlocking never creates anything: a missing, empty or damaged vault is an error that
says which. Creating a vault or changing the passphrase where the disk is full or the
folder read-only says so kindly and leaves nothing half-written behind. An open vault
remembers which ``vault.db`` it opened (device and inode), so the app can tell when its
folder is gone (see ``storage.py``).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..domain.changes import Kind
from ..domain.errors import (
    DatabaseDamagedError,
    KeyFileDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
)
from ..files import write_atomic
from . import schema
from .db import PAGE_SIZE, Database
from .keyfile import KdfParams, KeyFile, new_recovery_key, tune_kdf
from .repos.base import PlanRepository
from .repos.boundaries import BoundaryRepository
from .repos.goals import GoalRepository
from .repos.history import HistoryRepository
from .repos.journal import JournalRepository
from .repos.meta import MetaRepository
from .repos.moods import MoodRepository
from .repos.progress import ProgressRepository
from .repos.reviews import ReviewRepository, Who5Repository
from .repos.revisions import RevisionLog
from .repos.routines import RoutineRepository
from .repos.safety_plan import SafetyPlanRepository
from .repos.values import ValueRepository
from .single import VaultLock
from .storage import (
    CREATE_MESSAGES,
    PASSPHRASE_MESSAGES,
    FileId,
    file_id,
    problem_of,
    storage_error,
)

KEY_FILE = "vault.key"
DB_FILE = "vault.db"

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class CheckReport:
    """What ``check`` found: empty lists mean all is well."""

    cipher_errors: list[str]
    integrity_errors: list[str]
    schema_version: int

    @property
    def ok(self) -> bool:
        return not self.cipher_errors and not self.integrity_errors


#: What creating a vault may leave in its folder (removed again if creating stops).
_CREATED = (KEY_FILE, DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", f"{DB_FILE}-journal")


def _private_file(path: Path) -> None:
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def read_key_file(folder: Path) -> KeyFile:
    """The parsed key file; says plainly when there is no vault or it is damaged."""
    return KeyFile.from_bytes(_read_key_bytes(folder))


def _read_key_bytes(folder: Path) -> bytes:
    key_path, db_path = folder / KEY_FILE, folder / DB_FILE
    if not folder.is_dir():
        raise VaultNotFoundError("There is no vault at {folder}.", folder=folder)
    if not key_path.exists():
        if db_path.exists():
            raise VaultNotFoundError(
                "The vault at {folder} has lost its key file ({KEY_FILE}); without it the "
                "vault cannot be opened. A backup can restore it.",
                folder=folder,
                KEY_FILE=KEY_FILE,
            )
        raise VaultNotFoundError("There is no vault at {folder}.", folder=folder)
    data = key_path.read_bytes()
    if not data:
        raise KeyFileDamagedError(
            "The vault's key file ({KEY_FILE}) is empty (0 bytes).", KEY_FILE=KEY_FILE
        )
    return data


def _check_db_file(folder: Path) -> Path:
    path = folder / DB_FILE
    if not path.exists():
        raise VaultNotFoundError(
            "The vault at {folder} has lost its database file ({DB_FILE}).",
            folder=folder,
            DB_FILE=DB_FILE,
        )
    size = path.stat().st_size
    if size == 0:
        raise DatabaseDamagedError(
            "The vault's database file ({DB_FILE}) is empty (0 bytes): it was cut short.",
            DB_FILE=DB_FILE,
        )
    if size % PAGE_SIZE:
        raise DatabaseDamagedError(
            "The vault's database file ({DB_FILE}) has been cut short (truncated).", DB_FILE=DB_FILE
        )
    return path


class Vault:
    """An unlocked vault. Use as a context manager, or call :meth:`close` (lock)."""

    def __init__(
        self,
        folder: Path,
        db: Database,
        keyfile: KeyFile,
        clock: Clock,
        lock: VaultLock | None = None,
        key_bytes: bytes | None = None,
    ) -> None:
        self.folder = folder
        self._db: Database | None = db
        self._lock = lock
        self._vault_id = keyfile.vault_id
        self._key_bytes = key_bytes if key_bytes is not None else keyfile.to_bytes()
        #: The database file this vault opened: writes go to it even if its folder moves.
        self._db_id: FileId | None = file_id(folder / DB_FILE)
        self.clock = clock
        self.revisions = RevisionLog(self)
        self.values = ValueRepository(self)
        self.goals = GoalRepository(self)
        self.boundaries = BoundaryRepository(self)
        self.routines = RoutineRepository(self)
        self.safety_plan = SafetyPlanRepository(self)
        self.journal = JournalRepository(self)
        self.moods = MoodRepository(self)
        self.meta = MetaRepository(self)
        self.history = HistoryRepository(self)
        self.progress = ProgressRepository(self)
        self.reviews = ReviewRepository(self)
        self.who5 = Who5Repository(self)

    def plan_records(self, kind: Kind) -> PlanRepository[Any]:
        """The repository of one kind of plan record (values, goals, boundaries, routines);
        the safety plan is one record, with its own repository."""
        for repo in (self.values, self.goals, self.boundaries, self.routines):
            if repo.kind is kind:
                return repo
        raise ValueError(f"no plan records of kind {kind!r}")

    # Creating and opening

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        clock: Clock = system_clock,
    ) -> tuple[Vault, str]:
        """Make a new vault; returns it unlocked and the recovery key (show it once)."""
        folder = Path(folder)
        if folder.exists() and any(folder.iterdir()):
            if (folder / KEY_FILE).exists() or (folder / DB_FILE).exists():
                raise VaultExistsError(
                    "There is already a vault at {folder}; it was left as is.", folder=folder
                )
            raise VaultExistsError(
                "The folder {folder} is not empty. Choose an empty folder or a new one.",
                folder=folder,
            )
        made = [parent for parent in (folder, *folder.parents) if not parent.exists()]
        db: Database | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(folder, stat.S_IRWXU)
            data_key = os.urandom(32)
            recovery_key = new_recovery_key()
            keyfile = KeyFile.create(data_key, passphrase, recovery_key, kdf or tune_kdf())
            db_path = folder / DB_FILE
            db = Database(db_path, data_key, create=True)
            _private_file(db_path)
            schema.migrate(db)
            with db.transaction():
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('vault_id', ?)", (keyfile.vault_id,)
                )
                db.execute(
                    "INSERT INTO meta (key, value) VALUES ('created_at', ?)",
                    (clock().astimezone(UTC).isoformat(),),
                )
            keyfile.db_salt = str(db.one("PRAGMA cipher_salt")[0])
            key_bytes = keyfile.to_bytes()
            write_atomic(folder / KEY_FILE, key_bytes)
        except BaseException as err:
            if db is not None:
                db.close()
            _remove_unfinished(folder, made)
            if isinstance(err, OSError) or (
                isinstance(err, VaultError) and problem_of(err) is not None
            ):
                there = next((p for p in (folder, *folder.parents) if p.exists()), folder)
                raise storage_error(err, CREATE_MESSAGES, there) from None
            raise
        try:
            lock = VaultLock(db_path)  # the vault is whole now: never removed from here on
        except BaseException:
            db.close()
            raise
        return cls(folder, db, keyfile, clock, lock, key_bytes), recovery_key

    @classmethod
    def unlock(
        cls,
        folder: Path,
        passphrase: str | None = None,
        *,
        recovery_key: str | None = None,
        clock: Clock = system_clock,
    ) -> Vault:
        """Open with the passphrase (or the recovery key). Creates nothing."""
        folder = Path(folder)
        key_bytes = _read_key_bytes(folder)
        keyfile = KeyFile.from_bytes(key_bytes)
        if recovery_key is not None:
            data_key = keyfile.open_with_recovery_key(recovery_key)
        elif passphrase is not None:
            data_key = keyfile.open_with_passphrase(passphrase)
        else:
            raise ValueError("unlock needs a passphrase or a recovery key")
        return cls._open_db(folder, keyfile, data_key, clock, key_bytes)

    @classmethod
    def _open_db(
        cls,
        folder: Path,
        keyfile: KeyFile,
        data_key: bytes,
        clock: Clock,
        key_bytes: bytes | None = None,
    ) -> Vault:
        db_path = _check_db_file(folder)
        with db_path.open("rb") as handle:
            salt = handle.read(16).hex()
        if keyfile.db_salt and salt != keyfile.db_salt:
            raise VaultError(
                "The key file and the database belong to different vaults. Nothing was changed."
            )
        lock = VaultLock(db_path)
        try:
            db = Database(db_path, data_key)
        except BaseException:
            lock.release()
            raise
        try:
            row = db.one("SELECT value FROM meta WHERE key = 'vault_id'")
            if row is None or row[0] != keyfile.vault_id:
                raise VaultError(
                    "The key file and the database belong to different vaults. Nothing was changed."
                )
            schema.migrate(db)
        except BaseException:
            db.close()
            lock.release()
            raise
        return cls(folder, db, keyfile, clock, lock, key_bytes)

    # Using

    @property
    def db(self) -> Database:
        if self._db is None:
            raise VaultLockedError("The vault is locked. Unlock it to go on.")
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        with self.db.transaction() as db:
            yield db

    @contextmanager
    def revision_context(
        self, note: str = "", origin: str = "", review_id: int | None = None
    ) -> Iterator[None]:
        """Every plan change inside carries ``note`` and ``origin`` (e.g. "session"), and
        the review it was made in, if any."""
        with self.revisions.context(note, origin, review_id):
            yield

    @property
    def vault_id(self) -> str:
        return self._vault_id

    def folder_is_there(self) -> bool:
        """True while ``vault.db`` at the vault's path is the very file this vault opened.

        False when the folder was moved, deleted or its drive removed: writes would then
        go into files nobody can find again (or that vanish at lock). A ``stat``: cheap
        enough to ask before every write.
        """
        return self._db_id is not None and file_id(self.folder / DB_FILE) == self._db_id

    def key_file_bytes(self) -> bytes:
        """The key file as it is on disk now; as it was last read when it cannot be read
        (its folder gone) or is not this vault's any more."""
        try:
            data = (self.folder / KEY_FILE).read_bytes()
            if KeyFile.from_bytes(data).vault_id == self._vault_id:
                self._key_bytes = data
        except (OSError, KeyFileDamagedError):
            pass
        return self._key_bytes

    def now(self) -> datetime:
        return self.clock().astimezone(UTC)

    def today(self) -> date:
        return self.clock().astimezone().date()

    # Keys

    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
        change_passphrase(self.folder, current, new, kdf=kdf)

    # Checking and locking

    def check(self) -> CheckReport:
        return CheckReport(
            cipher_errors=self.db.cipher_integrity_errors(),
            integrity_errors=self.db.integrity_errors(),
            schema_version=schema.version(self.db),
        )

    @property
    def is_locked(self) -> bool:
        return self._db is None

    def close(self) -> None:
        """Lock: checkpoint, close the database and drop the connection (and its key)."""
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def change_passphrase(
    folder: Path,
    current: str,
    new: str,
    *,
    recovery_key: str | None = None,
    kdf: KdfParams | None = None,
) -> None:
    """Rewrite the key file with a new passphrase slot; ``vault.db`` is not touched.

    The current passphrase (or the recovery key, when given instead) must open the key
    file first. The recovery slot is kept as it is.
    """
    folder = Path(folder)
    keyfile = read_key_file(folder)
    if recovery_key is not None:
        data_key = keyfile.open_with_recovery_key(recovery_key)
    else:
        data_key = keyfile.open_with_passphrase(current)
    keyfile.set_passphrase(data_key, new, kdf or tune_kdf())
    for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):  # from a change killed half-way
        with contextlib.suppress(OSError):
            leftover.unlink()
    try:
        write_atomic(folder / KEY_FILE, keyfile.to_bytes())
        _private_file(folder / KEY_FILE)
    except OSError as err:
        raise storage_error(err, PASSPHRASE_MESSAGES, folder) from None


def _remove_unfinished(folder: Path, made: list[Path]) -> None:
    """Take away what an unfinished ``create`` wrote, and the folders it made; never
    anything else (the folder was empty or missing when it began)."""
    with contextlib.suppress(OSError):
        for name in _CREATED:
            (folder / name).unlink(missing_ok=True)
        for leftover in folder.glob(f".{KEY_FILE}.*.tmp"):
            leftover.unlink(missing_ok=True)
    for made_folder in made:  # deepest first
        with contextlib.suppress(OSError):
            made_folder.rmdir()


def vault_exists(folder: Path) -> bool:
    """True when the folder holds a key file or a database (even a damaged one)."""
    folder = Path(folder)
    return (folder / KEY_FILE).exists() or (folder / DB_FILE).exists()
