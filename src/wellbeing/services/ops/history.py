"""Forgetting part of the plan's history for good. It rewrites the vault file (VACUUM
and a WAL checkpoint, see ``vault/repos/history.py``), so it runs off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from ...vault.vault import Vault
from ..operations import Operation


def forget_history(
    *,
    parent: QObject | None,
    vault: Vault,
    revision_id: int | None = None,
    before: date | None = None,
) -> Operation[None]:
    """Forget one change (``revision_id``), or everything before the day ``before``."""
    if (revision_id is None) == (before is None):
        raise ValueError("forget either one revision or everything before a day")
    if revision_id is not None:
        rid = revision_id
        return Operation(parent, lambda _job: vault.history.forget_revision(rid))
    day = before
    assert day is not None
    return Operation(parent, lambda _job: vault.history.forget_before(day))
