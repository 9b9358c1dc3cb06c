"""One small function per slow use case, each building an :class:`Operation` around a
Qt-free core (in ``vault/``, ``formats/`` or ``printing/``). The caller adds its
callbacks and runs it::

    ops.back_up(parent=self, service=service, out=path).success(done).run_in_background()

Where does a restore happen? :func:`restore_backup`, here; and so on for each.
"""

from __future__ import annotations

from .backups import (
    automatic_backup,
    back_up,
    check_backup,
    find_backup_to_restore,
    newest_automatic_backup,
    restore_backup,
    save_before_restore,
)
from .exchange import export_json, export_markdown, export_plan_pdf, import_journal
from .history import forget_history
from .moving import move_vault
from .session import change_passphrase, create_vault, save_copy, unlock_vault

__all__ = [
    "automatic_backup",
    "back_up",
    "change_passphrase",
    "check_backup",
    "create_vault",
    "export_json",
    "export_markdown",
    "export_plan_pdf",
    "find_backup_to_restore",
    "forget_history",
    "import_journal",
    "move_vault",
    "newest_automatic_backup",
    "restore_backup",
    "save_before_restore",
    "save_copy",
    "unlock_vault",
]
