"""Keeps the readable copy of the crisis view up to date, while the person wants one.

Only when the vault is unlocked and ``vault.meta["crisis_copy"]`` says enabled: each
saved change to the safety plan rewrites the copy. When the copy is off, nothing is
written. On unlock the copy is rewritten too, when it is on, in case the plan changed
outside the app (a restored backup, the command line).

Signals: ``copy_written()``; ``copy_failed(str)`` — a kind message, also passed on to
the service's ``save_failed`` so the quiet save sign shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..domain.changes import Changes, Kind
from ..formats.crisis_copy import META_KEY, read_options, write_copy
from ..vault.vault import Vault
from .vault_service import VaultService


def copy_options(vault: Vault) -> dict[str, bool]:
    """The person's choice, {"enabled": bool, "coded": bool}; off when never chosen."""
    return read_options(vault.meta.get(META_KEY, {}))


def contact_label(number: int) -> str:
    """What an uncoded contact is called when only coded labels are shown (translated)."""
    return QCoreApplication.translate("CrisisView", "Contact {number}").format(number=number)


class CrisisCopyKeeper(QObject):
    copy_written = Signal()
    copy_failed = Signal(str)

    def __init__(self, service: VaultService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        service.changed.connect(self._changed)
        service.unlocked.connect(self._unlocked)
        self.copy_failed.connect(service.save_failed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.SAFETY_PLAN):
            self.refresh()

    def _unlocked(self) -> None:
        self.refresh()  # the plan may have changed elsewhere (a restored backup, the CLI)

    def refresh(self) -> bool:
        """Rewrite the copy now if it is on; True when a copy was written."""
        service = self._service
        if not service.is_unlocked:
            return False
        options = copy_options(service.vault)
        if not options["enabled"]:
            return False
        try:
            write_copy(
                service.folder,
                service.vault.safety_plan.get(),
                coded=options["coded"],
                contact_label=contact_label,
            )
        except OSError as err:
            self.copy_failed.emit(
                self.tr(
                    "Your plan is saved, but its readable copy for the locked screen could "
                    "not be updated. ({reason})"
                ).format(reason=err.strerror or type(err).__name__)
            )
            return False
        self.copy_written.emit()
        return True
