"""Moving (or renaming) the locked vault's folder; across drives it is copied and
compared byte for byte, so it runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ...vault.move import move_vault as move_folder
from ..operations import Operation


def move_vault(*, parent: QObject | None, source: Path, target: Path) -> Operation[Path]:
    """Move the locked vault at ``source`` to ``target``; the result is the new folder."""
    return Operation(parent, lambda _job: move_folder(source, target))
