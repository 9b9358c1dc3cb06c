"""Taking data elsewhere and bringing it in: exports (JSON, Markdown, the safety plan
as a PDF) and journal imports.

An export reads one moment through a second connection; an import writes its one
transaction through a second connection; either way the app keeps reading and saving.
The PDF is laid out off the GUI thread too (Qt lays text out in any thread, and the
first PDF of a session spends some 80 ms loading fonts); only the plan itself, one
small read, is read on it, by the caller.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from ...domain.safety_plan import SafetyPlan
from ...vault.journal_import import import_journal_file
from ...vault.outside import refuse_inside_vault
from ...vault.vault import Vault
from ..operations import Job, Operation

if TYPE_CHECKING:
    from ..vault_service import VaultService

#: ``write_safety_plan_pdf(plan, out, *, card, coded)`` from ``printing.pdf``.
PdfWriter = Callable[..., None]


def import_journal(
    *, parent: QObject | None, service: VaultService, path: Path, fmt: str = "auto"
) -> Operation[tuple[int, int]]:
    """Add the entries of ``path`` to the journal, all new ones in one transaction or
    none; the result is ``(added, already there)``. Progress comes in three stages:
    "read", "check", "add". Cancel, or a lock, rolls it back."""
    vault = service.vault

    def work(job: Job) -> tuple[int, int]:
        return import_journal_file(
            Path(path),
            fmt,
            lambda: job.second_connection(vault, read_only=False),
            progress=lambda stage, done, total: job.report(done, total, stage),
        )

    return Operation(parent, work)


def _export(
    parent: QObject | None, service: VaultService, write: Callable[[Vault, Path], None], out: Path
) -> Operation[Path]:
    vault = service.vault

    def work(job: Job) -> Path:
        with job.second_connection(vault, one_moment=True) as beside:
            write(beside, Path(out))
        return Path(out)

    return Operation(parent, work)


def export_json(*, parent: QObject | None, service: VaultService, out: Path) -> Operation[Path]:
    """Write everything as the JSON export (NOT encrypted) to ``out``."""
    from ...vault.exchange import write_json_export

    return _export(parent, service, write_json_export, out)


def export_markdown(*, parent: QObject | None, service: VaultService, out: Path) -> Operation[Path]:
    """Write everything as readable Markdown (NOT encrypted) to ``out``."""
    from ...vault.exchange import write_markdown_export

    return _export(parent, service, write_markdown_export, out)


def export_plan_pdf(
    *,
    parent: QObject | None,
    plan: SafetyPlan,
    out: Path,
    vault_folder: Path,
    card: bool = False,
    coded: bool = False,
    writer: PdfWriter | None = None,
) -> Operation[Path]:
    """Lay out and write the safety ``plan`` as a PDF (a full page, or a wallet
    ``card``; ``coded``: contacts by their coded labels). ``writer`` is
    ``write_safety_plan_pdf``, imported by the caller when it is not given (raising
    ImportError where printing is not there), never in the worker. Nothing is written
    inside ``vault_folder``, the vault's own folder."""
    write: PdfWriter
    if writer is not None:
        write = writer
    else:
        from ...printing.pdf import write_safety_plan_pdf

        write = write_safety_plan_pdf

    def work(_job: Job) -> Path:
        refuse_inside_vault(Path(out), vault_folder)
        write(plan, Path(out), card=card, coded=coded)
        return Path(out)

    return Operation(parent, work)
