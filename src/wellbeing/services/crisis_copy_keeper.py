"""Keeps the readable copy of the crisis view in step with the person's choice.

The choice that counts is the one in the settings on this computer
(``Settings.crisis_copy(vault_id)``), outside the vault folder and its backups; the
vault's ``meta["crisis_copy"]`` mirrors it, token included (see
:mod:`wellbeing.formats.crisis_copy` for why a planted file cannot show).

At every unlock the copy is checked: when the copy is on here it is written again from
the vault (and the vault's mirror follows the settings, e.g. after a backup was
restored); when it is off here, any copy file is deleted and a vault that says "on"
(an older backup, another computer, the version before tokens) is turned off. Each of
these says one line to the person (``copy_checked``) when something was found amiss.
While unlocked, each saved change to the safety plan rewrites the copy, when it is on.

Signals: ``copy_written()``; ``copy_failed(str)`` — a kind message, also passed on to
the service's ``save_failed`` so the quiet save sign shows it; ``copy_checked(str)`` —
what the unlock check found and did.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..domain.changes import Changes, Kind
from ..formats.crisis_copy import (
    META_KEY,
    CopyChoice,
    copy_exists,
    read_options,
    read_stored,
    remove_copy,
    write_copy,
)
from ..vault.vault import Vault
from .settings import Settings
from .vault_service import VaultService


def copy_options(vault: Vault) -> CopyChoice | None:
    """The choice as the vault mirrors it; None when off or never chosen."""
    return read_options(vault.meta.get(META_KEY, {}))


def contact_label(number: int) -> str:
    """What an uncoded contact is called when only coded labels are shown (translated)."""
    return QCoreApplication.translate("CrisisView", "Contact {number}").format(number=number)


def number_label() -> str:
    """What stands in for a phone number when numbers are hidden (translated)."""
    return QCoreApplication.translate("CrisisView", "[number hidden]")


def store_choice(
    choice: CopyChoice | None, previous: CopyChoice | None = None
) -> Callable[[Vault], bool]:
    """A change for ``service.write`` that mirrors ``choice`` into the vault (off: keeps
    the last look, so turning it on again starts from it)."""
    if choice is not None:
        stored: dict[str, object] = choice.as_meta()
    else:
        look = previous or CopyChoice("", coded=True)
        stored = {"enabled": False, "coded": look.coded, "hide_numbers": look.hide_numbers}

    def change(vault: Vault) -> bool:
        vault.meta.set(META_KEY, stored)
        return True

    return change


def write_for(service: VaultService, choice: CopyChoice) -> None:
    """Write the copy of the open vault's plan under ``choice``; raises OSError."""
    write_copy(
        service.folder,
        service.vault.safety_plan.get(),
        coded=choice.coded,
        contact_label=contact_label,
        vault_id=service.vault.vault_id,
        token=choice.token,
        hide_numbers=choice.hide_numbers,
        number_label=number_label(),
    )


class CrisisCopyKeeper(QObject):
    copy_written = Signal()
    copy_failed = Signal(str)
    copy_checked = Signal(str)

    def __init__(
        self, service: VaultService, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        service.changed.connect(self._changed)
        service.unlocked.connect(self.check)
        self.copy_failed.connect(service.save_failed)

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.SAFETY_PLAN):
            self.refresh()

    def choice(self) -> CopyChoice | None:
        """The person's current choice for the open vault, from the settings."""
        if not self._service.is_unlocked:
            return None
        return self._settings.crisis_copy(self._service.vault.vault_id)

    def check(self) -> str:
        """At unlock: make the copy and the vault's mirror follow the settings, and say
        what was amiss (also returned; "" when all was in order)."""
        service = self._service
        if not service.is_unlocked:
            return ""
        vault_id = service.vault.vault_id
        choice = self.choice()
        mirrored = copy_options(service.vault)
        stored = read_stored(service.folder)
        there = copy_exists(service.folder)
        said = ""
        if choice is None:
            if mirrored is not None:
                service.write(
                    store_choice(None, mirrored), changes=Kind.CRISIS_COPY, initiator=self
                )
                said = self.tr(
                    "The readable copy of your safety plan for the locked screen is off on "
                    "this computer, so it was not made again, even though this vault had it "
                    "on (an older backup, perhaps). You can turn it on from your safety plan "
                    "if you want it."
                )
            if there:
                with contextlib.suppress(OSError):  # the unlock page does not show it anyway
                    remove_copy(service.folder)
                if not said:
                    said = self.tr(
                        "A readable copy of a safety plan was found next to your vault, but "
                        "you have not chosen to keep one on this computer, so it was "
                        "deleted. It was not shown. Your plan inside the vault is unchanged."
                    )
        else:
            if mirrored != choice:
                service.write(store_choice(choice), changes=Kind.CRISIS_COPY, initiator=self)
            if stored is None or not stored.belongs_to(vault_id, choice):
                said = (
                    self.tr(
                        "The readable copy of your safety plan had been changed or replaced "
                        "outside the app, so it was written again from your vault."
                    )
                    if there
                    else self.tr(
                        "The readable copy of your safety plan was missing, so it was made "
                        "again from your vault."
                    )
                )
            if not self.refresh():
                said = ""  # copy_failed said why
        if said:
            self.copy_checked.emit(said)
        return said

    def refresh(self) -> bool:
        """Rewrite the copy now if it is on; True when a copy was written."""
        service = self._service
        choice = self.choice()
        if choice is None:
            return False
        try:
            write_for(service, choice)
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
