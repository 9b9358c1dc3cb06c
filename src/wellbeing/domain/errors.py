"""Every error a person can meet, each carrying a message written for them.

The tree::

    WellbeingError                 base: a template and its parameters (see below)
    ├── ValidationError            bad input; nothing was changed
    │   ├── ImportFormatError      a line of an import file is malformed (``line``, ``reason``)
    │   └── ExportFormatError      (formats/export_checks.py) an export that cannot be read
    ├── VaultError                 something about the vault on disk
    │   ├── StorageError           the disk let the vault down (``problem``: a Problem)
    │   ├── VaultNotFoundError     no vault in that folder
    │   ├── VaultExistsError       creating where a vault already is
    │   ├── WrongPassphraseError   the passphrase or recovery key does not open it
    │   ├── KeyFileDamagedError    the key file fails its checksum or cannot be parsed
    │   ├── DatabaseDamagedError   vault.db is empty, truncated or fails decryption
    │   ├── BackupDamagedError     (formats/backup_file.py) a backup that cannot be used
    │   ├── VaultLockedError       an operation that needs an unlocked vault
    │   └── VaultInUseError        another app or command has this vault open
    ├── NotFoundError              a record that does not exist (or was removed)
    └── ImportCancelled            (formats/importing.py) an import stopped before writing

An error is raised with an English *template* and keyword *parameters*::

    raise VaultNotFoundError("There is no vault at {folder}.", folder=folder)

``str(err)`` is the English sentence (``template.format(**params)``): what the command
line prints and what tests compare. The interface shows ``services.messages.error_text
(err)`` instead, which translates the template (context "Errors") and fills in the
parameters, so nothing has to guess a template back from a filled-in sentence. A
parameter may itself be a :class:`Message` (or another error): it is rendered, and
translated, the same way. A template without parameters is used exactly as written; one
with parameters doubles its literal braces (``{{``), as ``str.format`` wants.

Messages never contain personal text (a journal line, a value's name): they may end up
on a shared screen or in a terminal's scrollback.

``make translations`` lists every template for the translators: it reads the raise sites
(``resources/translations/make_error_texts.py`` writes ``domain/error_texts.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from enum import Enum
from typing import Any, Protocol

#: A template in the person's language, given the English one ("Errors" context).
Translate = Callable[[str], str]


class _Templated(Protocol):
    @property
    def template(self) -> str: ...

    @property
    def params(self) -> Mapping[str, object]: ...


def render(message: _Templated, translate: Translate | None = None) -> str:
    """``message`` as a sentence: English, or through ``translate`` when given.

    Parameters that are messages themselves are rendered first (translated too). A
    translation that lost or garbled a placeholder falls back to the English template,
    so a person still reads a whole sentence.
    """
    template, params = message.template, message.params
    if not params:
        return translate(template) if translate is not None and template else template
    values = {
        name: render(value, translate) if isinstance(value, Message | WellbeingError) else value
        for name, value in params.items()
    }
    if translate is not None:
        try:
            return translate(template).format(**values)
        except (KeyError, IndexError, ValueError):
            pass
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a template that is not one: say it as is
        return template


class Message:
    """A sentence for a person that is not itself an error: an English template and its
    parameters (``reason`` of an :class:`ImportFormatError`, for instance)."""

    __slots__ = ("params", "template")

    def __init__(self, template: str, /, **params: object) -> None:
        self.template = template
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return render(self)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)


def as_message(text: str | Message | WellbeingError) -> Message:
    """A plain template (no parameters), a message or an error's message, as a message."""
    if isinstance(text, WellbeingError):
        return text.message
    return text if isinstance(text, Message) else Message(text)


class WellbeingError(Exception):
    """Base class: the message is meant for the person using the app."""

    def __init__(self, template: str = "", /, **params: object) -> None:
        super().__init__(template)
        self.template = template
        self.params: dict[str, object] = params

    def __str__(self) -> str:
        return render(self)

    @property
    def message(self) -> Message:
        return Message(self.template, **self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses take other arguments than the template: rebuild from the state.
        return (_rebuilt, (type(self), self.__dict__.copy()))


def _rebuilt(cls: type[WellbeingError], state: dict[str, Any]) -> WellbeingError:
    err = cls.__new__(cls)
    Exception.__init__(err, state.get("template", ""))
    err.__dict__.update(state)
    return err


class ValidationError(WellbeingError):
    """Input that cannot be stored as given; nothing was changed."""


class ImportFormatError(ValidationError):
    """A malformed line in an import file; nothing from the file was imported.

    ``reason`` is what is wrong with it (a template, or a :class:`Message` when it has
    parameters of its own). An entry of a JSON file is named ``ENTRY`` rather than a line.
    """

    LINE = "Line {line}: {reason} Nothing was imported."
    ENTRY = "Entry {number}: {reason} Nothing was imported."

    def __init__(
        self, line: int, reason: str | Message | WellbeingError, *, entry: bool = False
    ) -> None:
        self.line = line
        self.reason = as_message(reason)
        if entry:
            super().__init__(self.ENTRY, number=line, reason=self.reason)
        else:
            super().__init__(self.LINE, line=line, reason=self.reason)


class VaultError(WellbeingError):
    """A problem with the vault files themselves."""


class Problem(Enum):
    """What the disk did to a write (see ``vault/storage.py``)."""

    FULL = "full"
    READ_ONLY = "read-only"
    GONE = "gone"
    IO = "io"


class StorageError(VaultError):
    """The disk let the vault down: full, read-only, gone or failing (``problem``).

    ``problem`` is a field, never read back from the message: rewording a message
    cannot change what the app does about it.
    """

    def __init__(self, template: str, /, *, problem: Problem, **params: object) -> None:
        super().__init__(template, **params)
        self.problem = problem


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
