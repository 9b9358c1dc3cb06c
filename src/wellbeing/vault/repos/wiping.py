"""Wiping what a delete freed from the vault file: ``VACUUM``, then an emptied WAL.

Shared by forgetting history (``history.py``, whose docstring says why each step is
needed) and deleting a record for good (``PlanRepository.delete_for_good``,
``JournalRepository.delete_for_good``). With ``secure_delete = ON`` (every connection,
``db.py``) and the full-text index's ``secure-delete`` option (schema version 7), the
delete itself zeroes the text in the newest copy of each page; this removes the older
copies: ``VACUUM`` rebuilds the file from live rows, and ``wal_checkpoint(TRUNCATE)``
leaves ``vault.db-wal`` empty. It rewrites the file, so callers run it off the GUI thread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...domain.errors import VaultError

if TYPE_CHECKING:
    from ..db import Database

NOT_WIPED = (
    "It was deleted, but the vault is busy, so its old words could not be wiped from the "
    "vault file yet. Locking the vault finishes it."
)


def check_not_in_transaction(db: Database) -> None:
    if db.in_transaction:
        # VACUUM and the checkpoint cannot run inside a transaction.
        raise RuntimeError("deleting for good runs on its own, not inside another change")


def wipe_freed(db: Database) -> bool:
    """Rebuild the file from live rows and empty the WAL; False when another
    connection's read kept the WAL from being emptied (the caller says so)."""
    try:
        db.execute("VACUUM")
    finally:
        result = db.one("PRAGMA wal_checkpoint(TRUNCATE)")
    busy, wal_frames, copied = (int(x) for x in result)
    return not busy and wal_frames == copied


def wipe_after_delete(db: Database) -> None:
    """:func:`wipe_freed` after deleting for good; says when it could not be done yet."""
    if not wipe_freed(db):
        raise VaultError(NOT_WIPED)
