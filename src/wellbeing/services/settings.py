"""Harmless preferences only (QSettings, an INI file in the config folder).

Never anything personal: no text the person wrote, no names, no search terms. The vault
folder is stored because the app must find it again; it holds no content. Paths still
say where a vault and its backups are, so the config folder is made 0700 and the file
0600 (readable by this account only), and put back so after every write.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal

from ..formats.crisis_copy import CopyChoice
from ..paths import config_dir, default_vault_dir

THEMES = ("system", "light", "dark", "contrast")
TEXT_SCALES = (100, 125, 150, 175, 200)
AUTO_LOCK_CHOICES = (1, 2, 5, 10, 15, 30, 60)
DISCREET_DEFAULT_NAME = "Notes"
#: The interface's language: the system's, or one Wellbeing has a translation for.
LANGUAGE_CHOICES = ("system", "en", "es")


class Settings(QObject):
    """Signals: ``changed(str)`` with the key that changed."""

    changed = Signal(str)

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        path = path or config_dir() / "settings.ini"
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)
        self._make_private()

    def _make_private(self) -> None:
        """The folder 0700 and the file 0600, whatever the umask made them (Qt writes a
        new file and renames it over the old one at each sync)."""
        if os.name == "nt":
            return  # a user's own profile folder is private there already
        path = self.path
        with contextlib.suppress(OSError):  # not ours to change (a shared folder): leave it
            os.chmod(path.parent, 0o700)
        with contextlib.suppress(FileNotFoundError):
            os.chmod(path, 0o600)

    def _sync(self) -> None:
        self._qs.sync()
        self._make_private()

    @property
    def path(self) -> Path:
        return Path(self._qs.fileName())

    def _get(self, key: str, default: object, kind: type) -> object:
        value = self._qs.value(key, default)
        try:
            return kind(value)
        except (TypeError, ValueError):
            return default

    def _set(self, key: str, value: object) -> None:
        if self._qs.value(key) != value:
            self._qs.setValue(key, value)
            self._sync()
            self.changed.emit(key)

    @property
    def auto_lock_minutes(self) -> int:
        value = int(self._get("lock/auto_lock_minutes", 5, int))  # type: ignore[arg-type]
        return value if value in AUTO_LOCK_CHOICES else 5

    @auto_lock_minutes.setter
    def auto_lock_minutes(self, minutes: int) -> None:
        self._set("lock/auto_lock_minutes", int(minutes))

    @property
    def theme(self) -> str:
        value = str(self._get("look/theme", "system", str))
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, theme: str) -> None:
        self._set("look/theme", theme if theme in THEMES else "system")

    @property
    def text_scale(self) -> int:
        value = int(self._get("look/text_scale", 100, int))  # type: ignore[arg-type]
        return value if value in TEXT_SCALES else 100

    @text_scale.setter
    def text_scale(self, percent: int) -> None:
        self._set("look/text_scale", int(percent))

    @property
    def language(self) -> str:
        """Read once at start (``wellbeing.ui.i18n``): a new choice shows after a restart."""
        value = str(self._get("locale/language", "system", str))
        return value if value in LANGUAGE_CHOICES else "system"

    @language.setter
    def language(self, language: str) -> None:
        self._set("locale/language", language if language in LANGUAGE_CHOICES else "system")

    @property
    def vault_folder(self) -> Path:
        value = self._qs.value("vault/folder", "")
        return Path(str(value)) if value else default_vault_dir()

    @vault_folder.setter
    def vault_folder(self, folder: Path) -> None:
        self._set("vault/folder", str(folder))

    # Automatic backups: a folder the person chose (never inside the vault folder) and
    # whether the app keeps rotating backups there. Neither holds anything personal.

    @property
    def backup_folder(self) -> Path | None:
        value = self._qs.value("backup/folder", "")
        return Path(str(value)) if value else None

    @backup_folder.setter
    def backup_folder(self, folder: Path | None) -> None:
        self._set("backup/folder", str(folder) if folder else "")

    @property
    def automatic_backups(self) -> bool:
        value = self._qs.value("backup/automatic", False)
        on = value if isinstance(value, bool) else str(value).lower() == "true"
        return on and self.backup_folder is not None

    @automatic_backups.setter
    def automatic_backups(self, on: bool) -> None:
        self._set("backup/automatic", bool(on))

    # Discreet mode: a neutral name and icon for the window and taskbar, and no traces
    # in the system's recent files. The name is the person's choice (not personal text:
    # it is meant to be seen by anyone who glances at the screen).

    @property
    def discreet(self) -> bool:
        value = self._qs.value("discreet/on", False)
        return value if isinstance(value, bool) else str(value).lower() == "true"

    @discreet.setter
    def discreet(self, on: bool) -> None:
        self._set("discreet/on", bool(on))

    @property
    def discreet_name(self) -> str:
        value = " ".join(str(self._qs.value("discreet/name", "") or "").split())[:40]
        return value or DISCREET_DEFAULT_NAME

    @discreet_name.setter
    def discreet_name(self, name: str) -> None:
        self._set("discreet/name", " ".join(name.split())[:40])

    # The readable copy of the safety plan, per vault (by its id, a random number that
    # names nothing): whether it is on, its token, and how it looks. Kept here, outside
    # the vault folder and its backups, so that restoring a backup or dropping a file
    # into the folder never turns the copy on: only this choice does.

    @staticmethod
    def _copy_key(vault_id: str) -> str:
        return "crisis_copy/" + "".join(c for c in vault_id if c.isalnum())[:64]

    def crisis_copy(self, vault_id: str) -> CopyChoice | None:
        """The choice for the vault ``vault_id``; None when the copy is off (or was never
        chosen) on this computer."""
        if not vault_id:
            return None
        value = str(self._qs.value(self._copy_key(vault_id), "") or "")
        token, _, look = value.partition(" ")
        if len(token) < 16 or not all(c in "0123456789abcdef" for c in token):
            return None
        flags = look.split(",")
        return CopyChoice(token, coded="coded" in flags, hide_numbers="numbers" in flags)

    def set_crisis_copy(self, vault_id: str, choice: CopyChoice | None) -> None:
        key = self._copy_key(vault_id)
        if choice is None:
            if self._qs.contains(key):
                self._qs.remove(key)
                self._sync()
                self.changed.emit(key)
            return
        look = ",".join(
            flag for flag, on in (("coded", choice.coded), ("numbers", choice.hide_numbers)) if on
        )
        self._set(key, f"{choice.token} {look}".strip())
