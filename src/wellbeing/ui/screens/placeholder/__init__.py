"""Calm placeholders for screens that arrive in later releases (safety plan, review)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ....services.vault_service import VaultService
from ...widgets import Heading
from ..base import Screen


class ComingScreen(Screen):
    def __init__(
        self, service: VaultService, key: str, title: str, text: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self.key = key
        self._title = title
        heading = Heading(title, scale=1.3)
        body = QLabel(text)
        body.setWordWrap(True)
        body.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)

    def title(self) -> str:
        return self._title
