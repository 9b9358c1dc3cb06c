"""How the data screen says when the last backup was made ("today at 09:12")."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from ...widgets.fields import day_format


def _tr(text: str) -> str:
    # lupdate files a bare tr()/_tr() call under no context, wherever it is
    return QCoreApplication.translate("", text)


def last_backup_words(moment: datetime | None, today: date) -> str:
    """ "Last backup: today at 09:12" (yesterday, or the date, when older); in local time."""
    if moment is None:
        return _tr("No backup is in the backup folder yet.")
    local = moment.astimezone()
    locale = QLocale()
    at = locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    day = local.date()
    if day == today:
        return _tr("Last backup: today at {time}").format(time=at)
    if day == today - timedelta(days=1):
        return _tr("Last backup: yesterday at {time}").format(time=at)
    return _tr("Last backup: {day} at {time}").format(
        day=locale.toString(day, day_format()), time=at
    )
