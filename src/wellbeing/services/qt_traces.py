"""Qt's own remembered traces: where file dialogs were last pointed.

Qt's file dialogs keep a history of folders in ``QtProject.conf`` in the user's config
folder. Folder names can say a lot (a client's name, a workplace), so the app points
Qt's own settings into its private config folder, and on every lock (and at start) it
removes the file-dialog history from them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings


def redirect_qt_settings(private_dir: Path) -> None:
    """Must run before any QSettings without an explicit file is created."""
    private_dir.mkdir(parents=True, exist_ok=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(private_dir))


def forget_file_dialog_history() -> None:
    qt = QSettings(QSettings.Scope.UserScope, "QtProject")
    qt.remove("FileDialog")
    qt.remove("Qt/filedialog")
    qt.sync()
