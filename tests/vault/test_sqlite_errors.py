"""SQLite errors are sorted by their result code, never by their message text.

qutebrowser's ``misc/sql.py`` does the same: SQLite's wording may change between
versions, and a reworded message must not change what the app does.
"""

from __future__ import annotations

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from wellbeing.domain.errors import DatabaseDamagedError, Problem, StorageError, VaultError
from wellbeing.vault import db
from wellbeing.vault.db import SqliteErrorCode, translate_error
from wellbeing.vault.storage import problem_of


def coded(code: int, message: str = "nonsense words, nothing SQLite would say") -> Exception:
    err = sqlcipher.OperationalError(message)
    err.sqlite_errorcode = code  # type: ignore[attr-defined]
    return err


@pytest.mark.parametrize(
    ("code", "kind", "problem"),
    [
        (SqliteErrorCode.FULL, StorageError, Problem.FULL),
        (SqliteErrorCode.READONLY, StorageError, Problem.READ_ONLY),
        (SqliteErrorCode.READONLY | (3 << 8), StorageError, Problem.READ_ONLY),  # extended
        (SqliteErrorCode.IOERR, StorageError, Problem.IO),
        (SqliteErrorCode.IOERR | (13 << 8), StorageError, Problem.IO),  # SQLITE_IOERR_FSYNC
        (SqliteErrorCode.CANTOPEN, StorageError, Problem.IO),
        (SqliteErrorCode.NOTADB, DatabaseDamagedError, None),
        (SqliteErrorCode.CORRUPT, DatabaseDamagedError, None),
        (SqliteErrorCode.BUSY, VaultError, None),
        (SqliteErrorCode.LOCKED, VaultError, None),
    ],
)
def test_a_known_code_is_classified_whatever_the_message_says(code, kind, problem) -> None:
    mapped = translate_error(coded(code))
    assert type(mapped) is kind
    assert problem_of(mapped) is problem
    # The same code with SQLite's own words gives the same error.
    assert type(translate_error(coded(code, "disk I/O error"))) is kind


def test_the_words_alone_classify_nothing() -> None:
    """SQLite's words with another code (or none) are not read: a bug stays a bug."""
    for words in (
        "database or disk is full",
        "attempt to write a readonly database",
        "database disk image is malformed",
        "file is not a database",
    ):
        for err in (coded(1, words), sqlcipher.OperationalError(words)):
            assert translate_error(err) is err
            assert problem_of(err) is None


def test_a_constraint_and_other_codes_are_raised_as_they_came() -> None:
    """Repositories catch IntegrityError where a constraint is a possible outcome; any
    other code (SQLITE_ERROR: a typo in our SQL) is a bug and must be seen as one."""
    conn = sqlcipher.connect(":memory:")
    conn.execute("CREATE TABLE t (a UNIQUE)")
    conn.execute("INSERT INTO t VALUES (1)")
    with pytest.raises(sqlcipher.IntegrityError) as caught:
        conn.execute("INSERT INTO t VALUES (1)")
    assert caught.value.sqlite_errorcode & 0xFF == SqliteErrorCode.CONSTRAINT
    assert translate_error(caught.value) is caught.value
    with pytest.raises(sqlcipher.OperationalError) as caught_typo:
        conn.execute("SELEC 1")
    assert translate_error(caught_typo.value) is caught_typo.value


def test_sqlcipher_errors_carry_their_code() -> None:
    """What the classification relies on: sqlcipher3, like Python 3.11's sqlite3, puts
    the extended result code on the error it raises."""
    conn = sqlcipher.connect(":memory:")
    with pytest.raises(sqlcipher.OperationalError) as caught:
        conn.execute("SELECT * FROM nowhere")
    assert caught.value.sqlite_errorcode == 1
    assert caught.value.sqlite_errorname == "SQLITE_ERROR"


def test_a_backup_step_error_gets_its_code_back_from_sqlites_name_for_it() -> None:
    """``Connection.backup`` raises with ``sqlite3_errstr(rc)`` only and no code: the
    exact name of the code gives it back; any other text does not."""
    err = db._coded(sqlcipher.OperationalError("disk I/O error"))
    assert err.sqlite_errorcode == SqliteErrorCode.IOERR  # type: ignore[attr-defined]
    assert problem_of(translate_error(err)) is Problem.IO
    other = db._coded(sqlcipher.OperationalError("disk I/O error, or so"))
    assert getattr(other, "sqlite_errorcode", None) is None
    # A code already there is kept, whatever the text.
    kept = db._coded(coded(SqliteErrorCode.FULL, "disk I/O error"))
    assert kept.sqlite_errorcode == SqliteErrorCode.FULL  # type: ignore[attr-defined]


def test_a_storage_problem_is_a_field_never_read_from_the_message() -> None:
    reworded = StorageError("Something else entirely.", problem=Problem.READ_ONLY)
    assert problem_of(reworded) is Problem.READ_ONLY
    # Our own words about storage, on an error without the field, are not a problem.
    assert (
        problem_of(VaultError("The vault folder cannot be written to. Nothing was changed."))
        is None
    )


def test_a_transaction_that_may_not_wait_is_refused_at_once_while_another_writes(
    vault,
) -> None:
    """While a second connection (an import) holds the write lock, ``wait=False`` does
    not wait for it: it says so at once, nothing written; the connection then waits as
    before. The other transaction is held by this very thread, so a write that waited
    for it could only end by giving up."""
    from datetime import UTC, datetime

    from wellbeing.domain.journal import JournalEntry
    from wellbeing.vault.db import BUSY_TIMEOUT_MS, WriteLockHeld

    beside = vault.db.open_second(read_only=False)
    try:
        with beside.transaction():
            beside.execute("DELETE FROM journal_entries")
            with pytest.raises(WriteLockHeld), vault.transaction(wait=False):
                raise AssertionError("the transaction began")
        busy = vault.db.one("PRAGMA busy_timeout")[0]
        assert busy == BUSY_TIMEOUT_MS  # waits again, as every other write does
        with vault.transaction(wait=False):
            vault.journal.add(JournalEntry(None, "After", "", datetime(2026, 1, 1, tzinfo=UTC)))
        assert vault.journal.count() == 1
    finally:
        beside.close()
