"""Choosing a backup file, in Qt's own dialog (see ``ui/file_dialogs.py``: no traces)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from .. import file_dialogs
from .texts import tr


def choose_backup_file(parent: QWidget | None, start: Path | None) -> Path | None:
    """Ask for a ``.wbbackup`` file; None when the person cancels."""
    return file_dialogs.open_path(
        parent,
        tr("Choose a backup file"),
        start if start is not None and start.is_dir() else Path.home(),
        tr("Wellbeing backups (*.wbbackup);;All files (*)"),
    )
