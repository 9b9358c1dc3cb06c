"""Widgets shared by several screens."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget


class Heading(QLabel):
    """A heading that stays ``scale`` times the app's text size, whatever size is chosen."""

    def __init__(self, text: str = "", scale: float = 1.5, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._scale = scale
        self.setWordWrap(True)
        self._resize_font()

    @property
    def scale(self) -> float:
        """How many times the app's text size this heading is."""
        return self._scale

    def follow_app_font(self) -> None:
        """Called by the theme after the text size changes (a widget with its own font
        gets no font-change event of its own)."""
        self._resize_font()

    def _resize_font(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self._scale)
        font.setBold(True)
        if font != self.font():
            self.setFont(font)
