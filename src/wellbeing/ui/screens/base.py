"""What every screen shares: the service it works through, and load / forget on lock."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...services.vault_service import VaultService


class Screen(QWidget):
    """A screen of the main window.

    Subclasses implement ``load()`` (fill from the vault; called on unlock and whenever
    the screen is shown) and ``clear()`` (empty every model and field: called on lock, so
    nothing personal stays in memory or on screen). ``flush()`` saves any pending edit.
    Screens never reach into each other; they listen to the service's signals.
    """

    #: Stable id used for the sidebar and screenshots ("today", "journal"…).
    key = ""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        service.locked.connect(self.clear)
        service.register_flusher(self.flush)

    def title(self) -> str:
        raise NotImplementedError

    def load(self) -> None:
        """Fill the screen from the vault."""

    def clear(self) -> None:
        """Forget everything personal (models, fields, selections)."""

    def flush(self) -> None:
        """Save any edit still waiting for its autosave timer."""
