"""Exports of a whole vault (JSON, Markdown), and reading a JSON export back.

The formats are ``formats/export_document.py`` (with ``export_reading.py``) and
``formats/markdown.py``; the SQL that reads and writes a whole vault is ``whole.py``.
This module joins them into the use cases the app and the command line call.

Reading back (:func:`import_export`) goes only into an empty vault, checks every record
with the domain's own validation before writing anything, and writes everything in one
transaction: all of it, or nothing. Errors say where (``goals[3].steps``) and why, never
what the person wrote.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ValidationError
from ..files import write_atomic
from ..formats.export_document import (
    FORMAT,
    KEYS,
    NOT_ENCRYPTED,
    VERSION,
    ExportFormatError,
    dumps,
    export_keys,
    parse_export,
    to_document,
)
from ..formats.export_reading import read_contents
from ..formats.markdown import MarkdownSource
from ..formats.markdown import build_markdown as markdown_text
from .db import IntegrityError
from .outside import refuse_inside_vault
from .whole import DATA_TABLES, is_empty, read_whole, write_whole

if TYPE_CHECKING:
    from .vault import Vault


# Writing


def build_export(vault: Vault) -> dict[str, Any]:
    """Everything in the vault as one JSON-ready dict (see ``formats/export_document``)."""
    return to_document(read_whole(vault), vault.now().isoformat())


def write_json_export(vault: Vault, out: Path) -> None:
    """Write the export to ``out`` atomically, readable by this user only (0600); never
    inside the vault's own folder."""
    refuse_inside_vault(Path(out), vault.folder)
    write_atomic(Path(out), dumps(build_export(vault)))


def markdown_source(vault: Vault) -> MarkdownSource:
    """What the Markdown export shows, read from ``vault`` (archived records left out)."""
    count = vault.journal.count()
    return MarkdownSource(
        exported_at=vault.now(),
        safety_plan=vault.safety_plan.get(),
        values=vault.values.list(),
        goals=vault.goals.list(),
        boundaries=vault.boundaries.list(),
        routines=vault.routines.list(),
        reviews=vault.reviews.list(),
        journal=list(reversed(vault.journal.recent(limit=max(count, 1)))),
    )


def vault_markdown(vault: Vault) -> str:
    """The Markdown export of ``vault``, as text."""
    return markdown_text(markdown_source(vault))


def write_markdown_export(vault: Vault, out: Path) -> None:
    """Write the Markdown export to ``out`` atomically (0600); never inside the vault's
    own folder."""
    refuse_inside_vault(Path(out), vault.folder)
    write_atomic(Path(out), vault_markdown(vault).encode("utf-8"))


# Reading


@dataclass(frozen=True)
class ImportCounts:
    values: int
    goals: int
    boundaries: int
    routines: int
    journal: int
    revisions: int
    reviews: int

    def describe(self) -> str:
        parts = [f"{getattr(self, f.name)} {f.name}" for f in fields(self)]
        return "Imported " + ", ".join(parts) + "."


def import_export(vault: Vault, data: bytes | str) -> ImportCounts:
    """Read a JSON export into ``vault``, which must be empty. All of it, or nothing."""
    doc = parse_export(data)
    if not is_empty(vault):
        raise ValidationError(
            "This vault already holds entries or a plan, so the export was not imported: "
            "an export can only be read into a new, empty vault. Nothing was changed."
        )
    contents = read_contents(doc)
    try:
        with vault.transaction() as db:
            write_whole(db, contents)
    except (IntegrityError, OverflowError, UnicodeEncodeError):  # checked above; never half
        raise ExportFormatError(
            "", "Two of its records clash, or one holds a value the vault cannot store."
        ) from None
    return ImportCounts(
        values=len(contents.values),
        goals=len(contents.goals),
        boundaries=len(contents.boundaries),
        routines=len(contents.routines),
        journal=len(contents.journal),
        revisions=len(contents.revisions),
        reviews=len(contents.reviews),
    )


__all__ = [
    "DATA_TABLES",
    "FORMAT",
    "KEYS",
    "NOT_ENCRYPTED",
    "VERSION",
    "ExportFormatError",
    "ImportCounts",
    "build_export",
    "dumps",
    "export_keys",
    "import_export",
    "is_empty",
    "markdown_source",
    "parse_export",
    "vault_markdown",
    "write_json_export",
    "write_markdown_export",
]
