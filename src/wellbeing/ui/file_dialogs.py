"""File dialogs that leave no traces behind.

The platform's own dialogs (GTK's, through Qt's platform theme) add every file they
save or open to the desktop's "recently used" list (``recently-used.xbel``), where an
export named "safety-plan.pdf" tells anyone who looks that the app exists and what it
holds. Qt's own dialog writes nothing outside Qt's settings, which the app keeps in its
private config folder and empties on every lock (see ``services/qt_traces.py``). So every
dialog in the app is Qt's own, and none remembers the last folder.

Tests replace :data:`chooser` to answer without a dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def _ask(mode: str, parent: QWidget | None, title: str, start: Path, filters: str) -> Path | None:
    if mode == "save":
        chosen, _ = QFileDialog.getSaveFileName(parent, title, str(start), filters, "", OPTIONS)
    elif mode == "open":
        chosen, _ = QFileDialog.getOpenFileName(parent, title, str(start), filters, "", OPTIONS)
    else:
        chosen = QFileDialog.getExistingDirectory(
            parent, title, str(start), OPTIONS | QFileDialog.Option.ShowDirsOnly
        )
    return Path(chosen) if chosen else None


#: ``chooser(mode, parent, title, start, filters) -> Path | None``; mode is "save",
#: "open" or "folder". Replaced in tests.
chooser: Callable[[str, QWidget | None, str, Path, str], Path | None] = _ask


def save_path(parent: QWidget | None, title: str, start: Path, filters: str = "") -> Path | None:
    return chooser("save", parent, title, start, filters)


def open_path(parent: QWidget | None, title: str, start: Path, filters: str = "") -> Path | None:
    return chooser("open", parent, title, start, filters)


def folder_path(parent: QWidget | None, title: str, start: Path) -> Path | None:
    return chooser("folder", parent, title, start, "")
