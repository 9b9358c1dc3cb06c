"""Importing journal entries from a file (JSON Lines, jrnl, Day One): the one way both
the app and ``wellbeing import`` do it.

The file is read and every entry checked before the vault is opened for writing, so a
malformed file never touches it; then the new entries are added in one transaction,
skipping those already there (same creation time, same text), or none at all.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from ..formats.importing import parse_journal, read_journal_file
from .vault import Vault

#: ``progress(stage, done, total)``; stage is "read", "check" or "add". It may raise to
#: stop the import (a cancel, a lock), and then nothing is added.
StageProgress = Callable[[str, int, int], None]

IMPORT_FORMATS = ("auto", "jsonl", "jrnl", "dayone")


def import_journal_file(
    path: Path,
    fmt: str,
    into: Callable[[], AbstractContextManager[Vault]],
    *,
    progress: StageProgress | None = None,
) -> tuple[int, int]:
    """Add the entries of ``path`` (format ``fmt``, or "auto") to the vault ``into()``
    opens; returns ``(added, already there)``. ``into`` is called only once the file
    has been read and checked in full (the command line asks for the passphrase then,
    the app opens its second connection then)."""
    if fmt not in IMPORT_FORMATS:
        raise ValueError(f"unknown import format {fmt!r}")

    def stage(name: str) -> Callable[[int, int], None] | None:
        if progress is None:
            return None
        return lambda done, total: progress(name, done, total)

    text = read_journal_file(Path(path), progress=stage("read"))
    entries = parse_journal(text, fmt, progress=stage("check"))
    del text
    adding = stage("add")
    if adding is not None:
        adding(0, len(entries))
    with into() as vault:
        return vault.journal.add_new(entries, progress=adding)
