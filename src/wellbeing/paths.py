"""Where things live on disk: platformdirs defaults, overridable for tests and ``--vault``.

Only the vault folder holds personal data. The config folder holds harmless preferences.
``WELLBEING_HOME`` (used by the tests) moves both under one folder, so nothing touches
the real user folders.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Wellbeing"


def _home() -> Path | None:
    home = os.environ.get("WELLBEING_HOME")
    return Path(home) if home else None


def default_vault_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "data" / "vault"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)) / "vault"


def config_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=False))


def vault_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The vault folder: ``--vault DIR`` when given, else the default."""
    if override:
        return Path(override).expanduser().absolute()
    return default_vault_dir()
