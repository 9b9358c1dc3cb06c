"""What the session (``VaultService``) says when a save or an unlock can't reach the
disk, while an import or a passphrase change holds the vault, in the person's language.

Every text is looked up in the context "VaultService", where the catalogue has always
filed them (``pyside6-lupdate`` reads ``QCoreApplication.translate("Context", ...)``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.errors import Problem


def storage_message(problem: Problem) -> str:
    """What a save that could not reach the disk says, for each kind of problem."""
    if problem is Problem.GONE:
        return QCoreApplication.translate(
            "VaultService",
            "Wellbeing can't find its vault folder any more (was a drive removed or the "
            "folder moved?). Nothing you can see has been lost: it is all still open "
            "here. Put the drive or folder back and saving goes on by itself, or save a "
            "copy of your vault somewhere else before you lock.",
        )
    if problem is Problem.FULL:
        return QCoreApplication.translate(
            "VaultService",
            "There's no room left on the disk, so this change couldn't be saved. "
            "Everything saved before is safe, and what you see stays on screen. Free "
            "some space, and your next change saves as usual.",
        )
    if problem is Problem.READ_ONLY:
        return QCoreApplication.translate(
            "VaultService",
            "Wellbeing can't write to its vault folder just now (it may have become "
            "read-only), so this change couldn't be saved. Everything saved before is "
            "safe, and what you see stays on screen.",
        )
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing couldn't write to its vault files just now, so this change couldn't "
        "be saved. Everything saved before is safe, and what you see stays on screen. If "
        "the vault is on a removable drive, check that it is plugged in.",
    )


def unlock_message(problem: Problem) -> str:
    """What an unlock that could not read or write the vault's folder says."""
    if problem is Problem.FULL:
        return QCoreApplication.translate(
            "VaultService",
            "There's no room left on the disk, and Wellbeing needs a little to open your "
            "vault safely. Nothing was changed. Free some space, then unlock again.",
        )
    if problem is Problem.READ_ONLY:
        return QCoreApplication.translate(
            "VaultService",
            "Wellbeing can't write in the vault folder (it may be read-only, on a "
            "write-protected drive, or belong to another account), and it needs to, to "
            "open your vault safely. Nothing was changed. Make the folder writable again, "
            "then unlock.",
        )
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing couldn't read or write the vault files just now. Nothing was changed. "
        "If the vault is on a removable drive, check that it is plugged in, then try again.",
    )


def queued_message() -> str:
    """An editor's change kept while an import holds the write lock."""
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing is adding imported entries. What you wrote is kept, and is saved, "
        "encrypted, the moment they are in.",
    )


def busy_message() -> str:
    """A change refused at once while an import holds the write lock."""
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing is adding imported entries just now, so this can't be done yet. "
        "Nothing was changed. Try again when the import has finished.",
    )


def rekeying_refused() -> str:
    """A change refused at once while the passphrase change re-encrypts the vault."""
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing is changing your passphrase just now, so this can't be saved "
        "yet. Nothing was changed. Try again in a moment.",
    )


def rekeying_kept() -> str:
    """An editor's change kept while the passphrase change re-encrypts the vault."""
    return QCoreApplication.translate(
        "VaultService",
        "Wellbeing is changing your passphrase. What you wrote is kept, and is saved, "
        "encrypted, the moment the change is done.",
    )


def rekeying_stopped_by_lock() -> str:
    return QCoreApplication.translate(
        "VaultService",
        "The vault locked before the passphrase was changed. Nothing was changed.",
    )
