"""What a vault folder holds, and the first look at it before anything opens it.

A vault is a folder with ``vault.key`` (the wrapped data key) and ``vault.db``
(SQLCipher). Reading the key file and checking the database file say plainly when there
is no vault, when one of the pair is missing, or when a file is empty, cut short or
wiped, before a passphrase is asked for.
"""

from __future__ import annotations

from pathlib import Path

from ..domain.errors import DatabaseDamagedError, KeyFileDamagedError, VaultNotFoundError
from .damage import check_db_head
from .db import PAGE_SIZE
from .keyfile import KeyFile

KEY_FILE = "vault.key"
DB_FILE = "vault.db"


def read_key_file(folder: Path) -> KeyFile:
    """The parsed key file; says plainly when there is no vault or it is damaged."""
    return KeyFile.from_bytes(read_key_bytes(folder))


def read_key_bytes(folder: Path) -> bytes:
    """The key file's bytes, as they are on disk; says plainly when there is no vault,
    when only the database is left, or when the key file is empty."""
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


def check_db_file(folder: Path) -> Path:
    """The database file's path, once it is there, not empty, a whole number of pages
    and not wiped or replaced (``damage.py``); else says which."""
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
    check_db_head(path)  # wiped, or an ordinary SQLite file: damaged (see damage.py)
    return path


def vault_exists(folder: Path) -> bool:
    """True when the folder holds a key file or a database (even a damaged one)."""
    folder = Path(folder)
    return (folder / KEY_FILE).exists() or (folder / DB_FILE).exists()
