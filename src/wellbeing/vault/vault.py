"""The vault: a folder holding ``vault.key`` (wrapped data key) and ``vault.db`` (SQLCipher).

Creating a vault makes a random 256-bit data key; the database is encrypted with it as a
raw key, and the key file holds it wrapped by the passphrase and by the recovery key.
Changing the passphrase makes a new data key and recovery key and re-encrypts the
database, the two files put in place as a pair (``rekey.py``).
Unlocking never creates anything: a missing, empty or damaged vault is an error that
says which. Creating a vault or changing the passphrase where the disk is full or the
folder read-only says so kindly and leaves nothing half-written behind. An open vault
remembers which ``vault.db`` it opened (device and inode), so the app can tell when its
folder is gone (see ``storage.py``).

The folder's files are named and first looked at in ``layout.py``, a new vault's files
are made in ``creating.py``, and a folder not open here changes its passphrase in
``passphrase.py``; their names are importable from here too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from ..domain.changes import Kind
from ..domain.errors import KeyFileDamagedError, VaultError, VaultLockedError, WrongPassphraseError
from . import schema
from .creating import CREATING as CREATING
from .creating import new_vault_files
from .creating import sweep_unfinished as sweep_unfinished
from .damage import not_a_pair, other_vaults_key, salt_differs
from .db import Database
from .keyfile import KdfParams, KeyFile, tune_kdf
from .layout import DB_FILE as DB_FILE
from .layout import KEY_FILE as KEY_FILE
from .layout import check_db_file, read_key_bytes
from .layout import read_key_file as read_key_file
from .layout import vault_exists as vault_exists
from .passphrase import change_passphrase as change_passphrase
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
from .storage import FileId, file_id

Clock = Callable[[], datetime]
#: The name the unlock page has known it by.
_check_db_file = check_db_file


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
        """Make a new vault; returns it unlocked and the recovery key (show it once).

        Both files are made in a hidden staging folder inside ``folder`` (``CREATING``)
        and moved into place only once they are durable, the key file last: a vault is
        there only when both files are. A creation that was stopped (killed, a power cut)
        leaves its staging folder, by which :func:`sweep_unfinished` knows the files are
        a half-made vault, not a damaged one, and removes them. Two creations in one
        folder at once: the second is refused (:class:`FolderLock`). See ``creating.py``.
        """
        folder = Path(folder)
        with new_vault_files(folder, passphrase, kdf=kdf, clock=clock) as made:
            vault = cls._open_db(folder, made.keyfile, made.data_key, clock, made.key_bytes)
            return vault, made.recovery_key

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
        key_bytes = read_key_bytes(folder)
        keyfile = KeyFile.from_bytes(key_bytes)
        check_db_file(folder)  # a wiped or replaced database: said before the passphrase
        try:
            if recovery_key is not None:
                data_key = keyfile.open_with_recovery_key(recovery_key)
            elif passphrase is not None:
                data_key = keyfile.open_with_passphrase(passphrase)
            else:
                raise ValueError("unlock needs a passphrase or a recovery key")
        except WrongPassphraseError:
            # No passphrase opens a key file that was made with another database: say
            # that, not "wrong passphrase", which would send the person guessing.
            if salt_differs(folder / DB_FILE, keyfile):
                raise other_vaults_key(KEY_FILE, DB_FILE) from None
            raise
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
        db_path = check_db_file(folder)
        if salt_differs(db_path, keyfile):
            raise not_a_pair(db_path, KEY_FILE, keyfile, data_key)
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
    def transaction(self, *, wait: bool = True) -> Iterator[Database]:
        """One transaction (see :meth:`Database.transaction`; ``wait=False`` raises
        ``WriteLockHeld`` at once while another connection holds the write lock)."""
        with self.db.transaction(wait=wait) as db:
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

    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> str:
        """A new data key, passphrase and recovery key for this open vault (``rekey.py``);
        returns the new recovery key, to show once. The vault stays open: its connection
        moves to the re-encrypted database, so whoever holds this object goes on as before
        (the app splits these steps between threads: see ``services/ops/session.py``)."""
        from . import rekey

        made = rekey.prepare_open(self, current, new, kdf or tune_kdf())
        rekey.use_new_key(self, made)
        rekey.finish(self.folder)
        return made.recovery_key

    def use_database(
        self, db: Database, *, lock: VaultLock | None = None, key_bytes: bytes | None = None
    ) -> None:
        """Go on with ``db`` in place of this vault's connection (closed by the caller):
        a passphrase change re-encrypts the database into a new file (``rekey.py``). With
        ``lock`` and ``key_bytes``, the new file's lock and key file replace the old."""
        self._db = db
        if lock is not None:
            if self._lock is not None:
                self._lock.release()
            self._lock = lock
        if key_bytes is not None:
            self._key_bytes = key_bytes
        self._db_id = file_id(self.folder / DB_FILE)

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
