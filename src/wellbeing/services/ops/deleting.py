"""Deleting a journal entry or a plan record for good. It wipes the vault file (VACUUM
and a WAL checkpoint, ``vault/repos/wiping.py``), so it runs off the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ...domain.changes import Kind
from ...vault.vault import Vault
from ..operations import Operation


def delete_for_good(
    *, parent: QObject | None, vault: Vault, kind: Kind, record_id: int
) -> Operation[None]:
    """Delete one journal entry (``Kind.JOURNAL``) or plan record, and its history."""
    if kind is Kind.JOURNAL:
        return Operation(parent, lambda _job: vault.journal.delete_for_good(record_id))
    repo = vault.plan_records(kind)
    return Operation(parent, lambda _job: repo.delete_for_good(record_id))
