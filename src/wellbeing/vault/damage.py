"""Telling damage from a mismatch: what is wrong when a vault's files do not open.

SQLCipher keeps the database's salt in the clear in the file's first 16 bytes, and the
key file records it (``KeyFile.db_salt``). A database that is all zeros there, or begins
as an ordinary SQLite file, is damaged, whatever is typed. When the salt is merely not
the recorded one, the key file tells the rest once it opens: if its key reads the
database with the recorded salt, only the database's first bytes were overwritten;
if not, the database is damaged or replaced (or the key file is another vault's, which
no test can tell from a database of random bytes, so the message names both). When the
key file does not open at all and the salts differ, the key file is not this database's:
it came from another vault, and "wrong passphrase" would only send the person guessing.
Every case is a damage error, so the app offers a backup (which holds the pair).
"""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import DatabaseDamagedError, KeyFileDamagedError, VaultError
from .db import Database
from .keyfile import KeyFile

SALT_LEN = 16
#: The first 16 bytes of every unencrypted SQLite database.
PLAIN_SQLITE = b"SQLite format 3\x00"


def salt_of(db_path: Path) -> bytes:
    with db_path.open("rb") as handle:
        return handle.read(SALT_LEN)


def check_db_head(db_path: Path) -> None:
    """Refuse a database wiped with zeros or replaced by a plain SQLite file."""
    head = salt_of(db_path)
    if head == bytes(SALT_LEN):  # a random salt of zeros: one chance in 2**128
        raise DatabaseDamagedError(
            "The vault's database file ({DB_FILE}) has been overwritten with zeros: it is "
            "damaged. Nothing has been changed; a backup can restore it.",
            DB_FILE=db_path.name,
        )
    if head == PLAIN_SQLITE:
        raise DatabaseDamagedError(
            "The vault's database file ({DB_FILE}) is not encrypted: it is an ordinary "
            "database file, not this vault's. Nothing has been changed; a backup can "
            "restore it.",
            DB_FILE=db_path.name,
        )


def salt_differs(db_path: Path, keyfile: KeyFile) -> bool:
    """True when the key file records a database salt (every key file made since 0.2
    does) and the database begins with another one."""
    return bool(keyfile.db_salt) and salt_of(db_path).hex() != keyfile.db_salt


def not_a_pair(
    db_path: Path, key_name: str, keyfile: KeyFile, data_key: bytes | bytearray
) -> VaultError:
    """What is wrong when the salts differ and the key file did open (``data_key``)."""
    try:
        trial = Database(db_path, bytes(data_key) + bytes.fromhex(keyfile.db_salt), read_only=True)
    except (VaultError, ValueError):
        return DatabaseDamagedError(
            "The vault's database file ({DB_FILE}) does not open with the key file beside "
            "it ({KEY_FILE}): the database is damaged or was replaced, or the key file comes "
            "from another vault. Nothing has been changed; a backup can restore both.",
            DB_FILE=db_path.name,
            KEY_FILE=key_name,
        )
    trial.close()
    return DatabaseDamagedError(
        "The beginning of the vault's database file ({DB_FILE}) has been overwritten: it "
        "is damaged. Nothing has been changed; a backup can restore it.",
        DB_FILE=db_path.name,
    )


def other_vaults_key(key_name: str, db_name: str) -> KeyFileDamagedError:
    """The key file did not open and was not made with this database."""
    return KeyFileDamagedError(
        "The key file ({KEY_FILE}) is not the one made with the database beside it "
        "({DB_FILE}): it seems to come from another vault, so it cannot open this one. "
        "Nothing has been changed; a backup can restore both files.",
        KEY_FILE=key_name,
        DB_FILE=db_name,
    )
