"""SQLite errors sorted by their result code, never by their message text: which of
them a person hears about (disk full, read-only, damaged, busy) and in which words.

qutebrowser's ``misc/sql.py`` does the same: SQLite's wording may change between
versions, and a reworded message must not change what the app does.
"""

from __future__ import annotations

from enum import IntEnum

from ..domain.errors import DatabaseDamagedError, Problem, StorageError, VaultError

_DAMAGED = (
    "The vault's database is damaged and cannot be read. "
    "Nothing has been changed; a backup can restore it."
)


class SqliteErrorCode(IntEnum):
    """SQLite's primary result codes that mean something to a person (``sqlite3.h``).

    ``sqlcipher3`` (like Python 3.11's ``sqlite3``) puts the *extended* code on every
    error as ``sqlite_errorcode``; its low byte is the primary code. Errors are sorted by
    code, never by message text, as qutebrowser's ``misc/sql.py`` does: SQLite's wording
    may change between versions, and a reworded message must not change what we do.
    """

    BUSY = 5  # another connection holds the write lock beyond busy_timeout
    LOCKED = 6  # a conflict within the same connection (shared cache)
    READONLY = 8
    IOERR = 10
    CORRUPT = 11
    FULL = 13
    CANTOPEN = 14
    CONSTRAINT = 19
    NOTADB = 26


def error_code(err: BaseException) -> int | None:
    """The primary SQLite result code of ``err``, or None when it carries none."""
    code = getattr(err, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


#: ``sqlite3_errstr()`` of those codes: SQLite's fixed name for each (``main.c``), not a
#: message. ``Connection.backup`` raises with only this name and no ``sqlite_errorcode``
#: (sqlcipher3 2.6 as CPython 3.11: ``PyErr_SetString(..., sqlite3_errstr(rc))``), so a
#: snapshot's error gets its code back by an exact match here (:func:`_coded`).
_ERRSTR = {
    "database is locked": SqliteErrorCode.BUSY,
    "database table is locked": SqliteErrorCode.LOCKED,
    "attempt to write a readonly database": SqliteErrorCode.READONLY,
    "disk I/O error": SqliteErrorCode.IOERR,
    "database disk image is malformed": SqliteErrorCode.CORRUPT,
    "database or disk is full": SqliteErrorCode.FULL,
    "unable to open database file": SqliteErrorCode.CANTOPEN,
    "file is not a database": SqliteErrorCode.NOTADB,
}


def _coded(err: Exception) -> Exception:
    """``err`` with the ``sqlite_errorcode`` that ``Connection.backup`` leaves out."""
    if getattr(err, "sqlite_errorcode", None) is None:
        code = _ERRSTR.get(str(err))
        if code is not None:
            err.sqlite_errorcode = int(code)  # type: ignore[attr-defined]
            err.sqlite_errorname = f"SQLITE_{code.name}"  # type: ignore[attr-defined]
    return err


def translate_error(err: Exception) -> Exception:
    """Map a SQLite error to the error a person should see, by its result code.

    Known codes become our errors; SQLITE_CONSTRAINT stays itself (repositories catch
    :data:`IntegrityError` where a constraint is a possible outcome), and every other
    code is a bug in our SQL, re-raised as it came.
    """
    code = error_code(err)
    if code in (SqliteErrorCode.NOTADB, SqliteErrorCode.CORRUPT):
        return DatabaseDamagedError(_DAMAGED)
    if code == SqliteErrorCode.FULL:
        return StorageError(
            "The disk is full. Nothing was lost; free some space and try again.",
            problem=Problem.FULL,
        )
    if code == SqliteErrorCode.READONLY:
        return StorageError(
            "The vault folder cannot be written to. Nothing was changed.",
            problem=Problem.READ_ONLY,
        )
    if code in (SqliteErrorCode.IOERR, SqliteErrorCode.CANTOPEN):
        return StorageError(
            "The vault files could not be read or written. Nothing was changed.",
            problem=Problem.IO,
        )
    if code in (SqliteErrorCode.BUSY, SqliteErrorCode.LOCKED):
        # Another connection of this app (a large import) held the write lock for longer
        # than busy_timeout: nothing is wrong with the vault.
        return VaultError(
            "Wellbeing is busy adding imported entries. Nothing was changed; try again in a moment."
        )
    return err


def _translated(err: Exception) -> Exception:
    """The person-facing error, keeping the original (with its SQLite code) as context."""
    mapped = translate_error(err)
    if mapped is not err:
        mapped.__context__ = err
    return mapped
