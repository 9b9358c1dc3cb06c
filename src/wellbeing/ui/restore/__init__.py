"""Restoring a backup in the app: from a damaged vault's unlock page, and while unlocked.

- :class:`RestoreDialog` / :func:`offer_restore`: check a backup, ask its passphrase (or
  recovery key), keep what would be replaced, restore off the GUI thread.
- :class:`RestoreOffer`: the unlock page's offer of the newest verified backup.
- :func:`newest_verified_backup`: the search behind it (``vault/restoring.py``).
"""

from __future__ import annotations

from ...vault.restoring import BackupSearch, automatic_backups, newest_verified_backup
from .dialog import RestoreDialog, offer_restore
from .offer import RestoreOffer

__all__ = [
    "BackupSearch",
    "RestoreDialog",
    "RestoreOffer",
    "automatic_backups",
    "newest_verified_backup",
    "offer_restore",
]
