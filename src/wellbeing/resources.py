"""Files the app ships inside its package (icons), found wherever it is installed."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def icon_path(*, discreet: bool = False) -> Path | None:
    """The app's SVG icon, or the neutral one of discreet mode; None if missing."""
    name = "neutral.svg" if discreet else "wellbeing.svg"
    path = Path(str(files("wellbeing") / "assets" / "icons" / name))
    return path if path.is_file() else None
