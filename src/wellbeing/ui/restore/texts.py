"""The words of restoring, in one place so their tone can be read together."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ...domain.errors import (
    VaultInUseError,
    VaultLockedError,
    WellbeingError,
    WrongPassphraseError,
)
from ...services.messages import error_text


def tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def when(moment: datetime) -> str:
    """A backup's moment as a person reads it, in local time: "Monday, 2 March 2026, 10:05"."""
    local = moment.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return tr("{day}, {time}").format(day=day, time=time)


def restored(moment: datetime) -> str:
    return tr("Restored the backup from {when}. Unlock it with its passphrase.").format(
        when=when(moment)
    )


def problem(err: BaseException, *, recovery: bool) -> str:
    """Why a backup could not be used or restored; always ends by saying nothing changed."""
    if isinstance(err, WrongPassphraseError):
        if recovery:
            return tr(
                "That recovery key doesn't open this backup. It needs the recovery key of "
                "the vault the backup was made from. Nothing was changed."
            )
        return tr(
            "That passphrase doesn't open this backup. It needs the passphrase the vault "
            "had when the backup was made, which may be an older one. Nothing was changed."
        )
    if isinstance(err, VaultLockedError):
        return tr(
            "Your vault was locked before the backup could be restored. Nothing was "
            "changed; unlock it and try again."
        )
    if isinstance(err, VaultInUseError):
        return error_text(err)
    if isinstance(err, WellbeingError):
        text = error_text(err)
        english = str(err).lower()  # whether the sentence says it, whatever the language
        if "nothing was changed" not in english and "nothing has been" not in english:
            text = tr("{problem} Nothing was changed.").format(problem=text)
        return text
    if isinstance(err, OSError):
        return tr(
            "The backup couldn't be read or restored ({reason}). Nothing was changed."
        ).format(reason=err.strerror or type(err).__name__)
    return tr("Something went wrong and nothing was changed. ({kind})").format(
        kind=type(err).__name__
    )
