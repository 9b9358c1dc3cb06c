"""Every error a person can meet, each carrying a message written for them.

The tree::

    WellbeingError                 base: ``str(err)`` is one plain, kind sentence
    ├── ValidationError            bad input; nothing was changed
    │   └── ImportFormatError      a line of an import file is malformed (has ``line``)
    ├── VaultError                 something about the vault on disk
    │   ├── VaultNotFoundError     no vault in that folder
    │   ├── VaultExistsError       creating where a vault already is
    │   ├── WrongPassphraseError   the passphrase or recovery key does not open it
    │   ├── KeyFileDamagedError    the key file fails its checksum or cannot be parsed
    │   ├── DatabaseDamagedError   vault.db is empty, truncated or fails decryption
    │   ├── VaultLockedError       an operation that needs an unlocked vault
    │   └── VaultInUseError        another app or command has this vault open
    └── NotFoundError              a record that does not exist (or was removed)

Messages never contain personal text (a journal line, a value's name): they may end up
on a shared screen or in a terminal's scrollback.

Messages are written in English. ``str(err)`` gives them in the person's language once
the UI has installed a translator (``domain/messages.py``: every message is listed in
``domain/error_texts.py``, which ``make translations`` regenerates from the raise sites).
"""

from __future__ import annotations


class WellbeingError(Exception):
    """Base class: the message is meant for the person using the app."""

    def __str__(self) -> str:
        from .messages import localized  # the translation table imports this module

        return localized(super().__str__())


class ValidationError(WellbeingError):
    """Input that cannot be stored as given; nothing was changed."""


class ImportFormatError(ValidationError):
    """A malformed line in an import file; nothing from the file was imported."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"Line {line}: {reason} Nothing was imported.")
        self.line = line
        self.reason = reason


class VaultError(WellbeingError):
    """A problem with the vault files themselves."""


class VaultNotFoundError(VaultError):
    """There is no vault (or only part of one) in the folder."""


class VaultExistsError(VaultError):
    """A vault is already there; creating one would overwrite it."""


class WrongPassphraseError(VaultError):
    """The key file is intact, but the passphrase or recovery key does not open it."""


class KeyFileDamagedError(VaultError):
    """The key file is damaged: its checksum or its structure is wrong."""


class DatabaseDamagedError(VaultError):
    """The encrypted database is empty, truncated or altered."""


class VaultLockedError(VaultError):
    """The vault is locked; unlock it first."""


class VaultInUseError(VaultError):
    """Another Wellbeing process has this vault open."""


class NotFoundError(WellbeingError):
    """The record asked for does not exist (or has been removed)."""
