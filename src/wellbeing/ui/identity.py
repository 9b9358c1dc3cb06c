"""What the app calls itself on screen: "Wellbeing", or a neutral name in discreet mode.

Discreet mode is for a shared computer: the window title, the taskbar entry and the
application's display name become the name the person chose ("Notes" unless they chose
another), the icon becomes a plain neutral one, and the desktop-file link (which lets a
desktop show the Wellbeing icon and name for the window) is dropped. The app shows no
notifications at all, so there is nothing else to rename. The application name (which
X11 shows as the window's class, WM_CLASS, and ``RESOURCE_NAME`` its instance) and the
creator written into PDFs follow too; the window class is fixed when the first window
appears, so a change shows fully after a restart. Daily backups are named
``backup-DATE.wbbackup`` (``vault.backup.backup_name``). What discreet mode cannot hide
is said in the README: the program's own file name in a process list, and the folder of
its settings.
"""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication, QIcon

from ..printing.pdf import SHOWN_NAME_PROPERTY
from ..services.settings import Settings

APP_NAME = "Wellbeing"
DESKTOP_ID = "org.example.Wellbeing"


def app_icon(*, discreet: bool) -> QIcon:
    """The app's icon, or the neutral one; an empty icon when the resource is missing."""
    from .. import resources

    path = resources.icon_path(discreet=discreet)
    return QIcon(str(path)) if path is not None else QIcon()


def shown_name(settings: Settings) -> str:
    return settings.discreet_name if settings.discreet else APP_NAME


def apply_identity(app: QGuiApplication, settings: Settings) -> str:
    """Name and icon the application; returns the name windows should use as title."""
    name = shown_name(settings)
    app.setApplicationName(name)
    app.setApplicationDisplayName(name)
    app.setProperty(SHOWN_NAME_PROPERTY, name)
    if settings.discreet:
        os.environ["RESOURCE_NAME"] = name  # WM_CLASS's instance part (else argv[0]'s name)
    elif os.environ.get("RESOURCE_NAME") == settings.discreet_name:
        del os.environ["RESOURCE_NAME"]
    app.setDesktopFileName("" if settings.discreet else DESKTOP_ID)
    app.setWindowIcon(app_icon(discreet=settings.discreet))
    return name
