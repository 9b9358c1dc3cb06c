"""The one module that imports sqlcipher3: opening the encrypted database and transactions.

Every write goes through :meth:`Database.transaction`, so a crash or a kill never leaves
half a change: SQLite's WAL with ``synchronous=FULL`` makes each commit durable before
``transaction()`` returns. SQLite's errors are sorted by result code in
``sqlite_errors.py`` (its names are importable from here too).
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.errors import DatabaseDamagedError, VaultError, VaultLockedError
from .sqlite_errors import SqliteErrorCode as SqliteErrorCode
from .sqlite_errors import _coded, _translated
from .sqlite_errors import error_code as error_code
from .sqlite_errors import translate_error as translate_error

PAGE_SIZE = 4096
#: Page cache in KiB (negative cache_size). 16 MiB holds the hot FTS pages: at 100,000
#: entries search is as fast as with 64 MiB (1.4 ms for a common word, `make bench`), and
#: memory after reading the whole vault is 81 MB instead of 132.
CACHE_KIB = 16 * 1024

_CUT_SHORT = (
    "The vault's database file ({name}) is damaged: part of it is missing, as if it was cut "
    "short (truncated). Nothing has been changed; a backup can restore it."
)

Row = sqlcipher.Row
IntegrityError = sqlcipher.IntegrityError


class _SnapshotStopped(Exception):
    """Raised inside the backup's progress callback to abandon a snapshot."""


class WriteLockHeld(VaultError):
    """Another connection of this app (an import's one transaction) holds the write lock
    just now, and the transaction asked not to wait for it (``transaction(wait=False)``);
    nothing was changed."""


#: How long a transaction waits for another connection's write lock (``wait=True``).
BUSY_TIMEOUT_MS = 5000


def _key_connection(conn: Any, key: str) -> None:
    """``PRAGMA key`` with a raw key (``x'hex'``), through ``executescript``: a statement
    run that way is not kept in the connection's statement cache, whose entries (the SQL
    text as a Python ``str``) live as long as the connection.

    What Python allows and what it doesn't: the key is held in a ``bytearray`` that is
    zeroed on close, but SQLCipher takes a key only as the text of ``PRAGMA key`` (the
    binding exposes no ``sqlite3_key``, and a PRAGMA takes no parameters), so its hex is
    briefly an immutable ``str`` whose memory Python frees without wiping; SQLCipher's own
    copy of the key is wiped when the connection closes. This is why locking the app ends
    the process that held the vault (``app.LockEndsProcess``).
    """
    conn.executescript(f'PRAGMA key = "{key}";')


class Database:
    """An open SQLCipher connection, keyed with the raw 256-bit data key."""

    def __init__(
        self,
        path: Path,
        data_key: bytes | bytearray,
        *,
        create: bool = False,
        read_only: bool = False,
        second: bool = False,
    ) -> None:
        """Open ``path``; only with ``create=True`` may a new file be made.

        ``read_only`` opens the file for reading only; ``second`` marks a connection
        opened beside the app's own (see :meth:`open_second`).
        """
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self.read_only = read_only
        self._second = second
        # Kept only for snapshot_to and open_second (the connection holds the key
        # anyway); dropped on close.
        self._key: bytearray | None = bytearray(data_key)
        if create and path.exists():
            raise VaultError("A database file is already there; it was left untouched.")
        mode = "ro" if read_only else "rwc" if create else "rw"
        uri = f"{Path(path).resolve().as_uri()}?mode={mode}"
        try:
            self._conn = sqlcipher.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
        except sqlcipher.Error as err:
            raise _translated(err) from None
        self._conn.row_factory = sqlcipher.Row
        try:
            self._configure(data_key)
        except sqlcipher.Error as err:
            self._conn.close()
            raise _translated(err) from None
        except BaseException:
            self._conn.close()
            raise

    def _configure(self, data_key: bytes | bytearray) -> None:
        conn = self._conn
        # Silence SQLCipher's own logging before anything can be logged.
        conn.execute("PRAGMA cipher_log_level = NONE")
        _key_connection(conn, f"x'{data_key.hex()}'")
        conn.execute("PRAGMA cipher_compatibility = 4")
        # First read. SQLite says SQLITE_NOTADB when page 1 does not decrypt and verify,
        # and SQLITE_CORRUPT ("malformed") when page 1 is fine but the rest does not add
        # up: on opening, a file cut short (copied or synced only in part) is by far the
        # likeliest cause.
        try:
            pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
            self._refuse_truncated(pages)
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher.DatabaseError as err:
            if error_code(err) == SqliteErrorCode.CORRUPT:
                raise DatabaseDamagedError(_CUT_SHORT, name=self.path.name) from None
            raise
        if not self.read_only:  # a reader finds the vault in WAL mode already
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _refuse_truncated(self, pages: int) -> None:
        """Compare the page count in the (decrypted) header with the file's real size.

        Skipped while the WAL holds frames: then pages may legitimately live only there.
        """
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return
        if pages * PAGE_SIZE > self.path.stat().st_size:
            raise DatabaseDamagedError(_CUT_SHORT, name=self.path.name)

    def open_second(self, *, read_only: bool = True) -> Database:
        """Another connection to the same database, for work that runs beside the app.

        SQLite's WAL lets it read one consistent moment while the app's own connection
        keeps reading and saving: a backup's snapshot reads through it (``read_only``),
        and a large import writes its one transaction through it, so the app's
        connection (whose lock a transaction holds until it ends) is never held by
        background work. The caller closes it, and must before the app's connection
        closes (an open read or write on it would make that close wait).
        """
        key = self._key
        if key is None or self._conn is None:
            raise VaultLockedError("The vault was locked before this could finish.")
        try:
            return Database(self.path, key, read_only=read_only, second=True)
        except DatabaseDamagedError:
            raise
        except VaultError:
            if self.closed:
                raise VaultLockedError("The vault was locked before this could finish.") from None
            raise

    # Reading

    def _open_conn(self) -> Any:
        """The connection, or a plain "locked" error when the vault was locked meanwhile
        (background work that outlives a lock fails cleanly, nothing half-done)."""
        if self._conn is None:
            raise VaultLockedError("The vault was locked before this could finish.")
        return self._conn

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                return self._open_conn().execute(sql, params)
            except sqlcipher.DatabaseError as err:
                raise _translated(err) from None

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        with self._lock:
            try:
                return self._open_conn().execute(sql, params).fetchone()
            except sqlcipher.DatabaseError as err:
                raise _translated(err) from None

    def all(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[Any]:
        with self._lock:
            try:
                rows: list[Any] = self._open_conn().execute(sql, params).fetchall()
                return rows
            except sqlcipher.DatabaseError as err:
                raise _translated(err) from None

    def executemany(self, sql: str, rows: Any) -> None:
        with self._lock:
            try:
                self._open_conn().executemany(sql, rows)
            except sqlcipher.DatabaseError as err:
                raise _translated(err) from None

    def executescript_in_transaction(self, script: str) -> None:
        """Run a multi-statement script inside the current transaction.

        (``sqlite3``'s own ``executescript`` commits first, which would break atomicity.)
        """
        if not self.in_transaction:
            raise RuntimeError("executescript_in_transaction needs an open transaction")
        statement = ""
        for line in script.splitlines(keepends=True):
            statement += line
            if sqlcipher.complete_statement(statement):
                self.execute(statement)
                statement = ""
        if statement.strip():
            raise ValueError("incomplete SQL statement at the end of a script")

    # Writing

    @contextmanager
    def transaction(self, *, wait: bool = True) -> Iterator[Database]:
        """``with db.transaction():`` commits on success and rolls back on any error.

        Nested use joins the outer transaction (one commit, at the outermost level), so a
        repository method can be called on its own or as part of a larger change.
        With ``wait=False`` it does not wait for another connection's write lock (an
        import's transaction): it raises :class:`WriteLockHeld` at once, nothing done.
        """
        with self._lock:
            outer = self._depth == 0
            if outer:
                self._begin(wait)
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if outer:
                    self._rollback()
                raise
            self._depth -= 1
            if outer:
                try:
                    self.execute("COMMIT")
                except BaseException:
                    self._rollback()
                    raise

    def _begin(self, wait: bool) -> None:
        if wait:
            self.execute("BEGIN IMMEDIATE")
            return
        conn = self._open_conn()
        conn.execute("PRAGMA busy_timeout = 0")
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher.DatabaseError as err:
            if error_code(err) in (SqliteErrorCode.BUSY, SqliteErrorCode.LOCKED):
                raise WriteLockHeld(
                    "Wellbeing is busy adding imported entries. Nothing was changed; "
                    "try again in a moment."
                ) from None
            raise _translated(err) from None
        finally:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def _rollback(self) -> None:
        # The transaction may already be gone (an error can end it); that is fine.
        with contextlib.suppress(sqlcipher.Error):
            self._conn.execute("ROLLBACK")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    # Checks and closing

    def cipher_integrity_errors(self) -> list[str]:
        """Pages whose HMAC does not verify (SQLCipher), as SQLCipher reports them."""
        return [str(row[0]) for row in self.all("PRAGMA cipher_integrity_check")]

    def integrity_errors(self) -> list[str]:
        """SQLite's own consistency check; a page too damaged to read is reported, too."""
        try:
            rows = [str(row[0]) for row in self.all("PRAGMA integrity_check")]
        except DatabaseDamagedError as err:
            return [str(err)]
        return [] if rows == ["ok"] else rows

    def snapshot_to(self, path: Path, *, stop: Callable[[], bool] | None = None) -> None:
        """Copy the database, committed WAL content included, into a new file at ``path``.

        Encrypted to encrypted: SQLite's backup API copies every page in one step (so the
        copy is one consistent moment even while the app writes) into a connection keyed
        with the same raw key and the same salt, so the copy pairs with the same key file.
        The copy is then opened read-only and must pass ``cipher_integrity_check`` and
        ``integrity_check``; otherwise it is removed and :class:`DatabaseDamagedError` raised.

        With ``stop`` (for a second connection, see :meth:`open_second`), the pages are
        copied a few at a time inside one read transaction, so the copy is still one
        moment, and ``stop()`` is asked between steps: when it answers True the copy is
        abandoned, its file removed, and :class:`VaultLockedError` raised.
        """
        path = Path(path)
        if path.exists():
            raise VaultError("A file is already where the snapshot should go; it was left as is.")
        with self._lock:
            conn = self._open_conn()
            if self._depth:
                raise RuntimeError("snapshot_to cannot run inside a transaction")
            if self._key is None:
                raise VaultLockedError("The vault was locked before this could finish.")
            key = f"x'{self._key.hex()}{conn.execute('PRAGMA cipher_salt').fetchone()[0]}'"
            try:
                target = sqlcipher.connect(str(path), isolation_level=None)
                try:
                    self._key_connection(target, key)
                    if stop is None:
                        conn.backup(target)
                    else:
                        self._backup_in_steps(conn, target, stop)
                    # A standalone file: no WAL expected beside it (set again when opened).
                    target.execute("PRAGMA journal_mode = DELETE").fetchone()
                finally:
                    target.close()
                if stop is not None and stop():
                    raise _SnapshotStopped
                self._verify_snapshot(path, key)
            except BaseException as err:
                for leftover in (path, path.with_name(path.name + "-journal")):
                    leftover.unlink(missing_ok=True)
                if isinstance(err, _SnapshotStopped):
                    raise VaultLockedError(
                        "The vault was locked before the backup could finish; no file was made."
                    ) from None
                if isinstance(err, sqlcipher.Error):
                    raise _translated(_coded(err)) from None
                raise

    #: Pages copied per step when a snapshot can be stopped (4 MiB: a few ms each).
    SNAPSHOT_STEP_PAGES = 1024

    def _backup_in_steps(self, conn: Any, target: Any, stop: Callable[[], bool]) -> None:
        """Copy in steps within one read transaction held on the source: other
        connections' commits (the app saving) neither show in the copy nor restart it."""

        def between_steps(_status: int, _remaining: int, _total: int) -> None:
            if stop():
                raise _SnapshotStopped

        conn.execute("BEGIN")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the moment
            conn.backup(target, pages=self.SNAPSHOT_STEP_PAGES, progress=between_steps)
        finally:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute("COMMIT")

    @staticmethod
    def _key_connection(conn: Any, key: str) -> None:
        conn.execute("PRAGMA cipher_log_level = NONE")
        _key_connection(conn, key)
        conn.execute("PRAGMA cipher_compatibility = 4")

    @classmethod
    def _verify_snapshot(cls, path: Path, key: str) -> None:
        check = sqlcipher.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            cls._key_connection(check, key)
            cipher = check.execute("PRAGMA cipher_integrity_check").fetchall()
            integrity = [str(row[0]) for row in check.execute("PRAGMA integrity_check")]
        finally:
            check.close()
        if cipher or integrity != ["ok"]:
            raise DatabaseDamagedError(
                "The copy of the vault's database did not verify, so no backup was made."
            )

    def close(self) -> None:
        """Checkpoint the WAL into the database and close. Safe to call twice.

        A second connection closes without a checkpoint: the app's own connection does
        that when it closes, and a checkpoint here could wait on the app's work.
        """
        with self._lock:
            if self._conn is None:
                return
            # If the checkpoint fails nothing is lost: the WAL is replayed at the next open.
            if not (self._second or self.read_only):
                with contextlib.suppress(sqlcipher.Error):
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
            self._conn = None
            if self._key is not None:
                self._key[:] = bytes(len(self._key))  # zeroed, not just let go
            self._key = None

    @property
    def closed(self) -> bool:
        return self._conn is None
