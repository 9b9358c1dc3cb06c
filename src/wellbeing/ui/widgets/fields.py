"""Small field helpers for the goal editor: text boxes sized in lines, labelled rows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QBoxLayout, QLabel, QPlainTextEdit, QWidget

from ..words.dates import day_format

__all__ = ["TextBox", "day_format", "labelled"]


class TextBox(QPlainTextEdit):
    """A plain-text box that asks for ``lines`` lines of the current font (200 % safe).

    Tab moves on to the next field (the person writes prose, not tables).
    """

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setTabChangesFocus(True)

    def sizeHint(self) -> QSize:
        height = self._lines * self.fontMetrics().lineSpacing()
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin()) + 4
        return QSize(super().sizeHint().width(), height + extra)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def labelled(
    layout: QBoxLayout, text: str, field: QWidget, name: str, description: str = ""
) -> QLabel:
    """A label above its field, buddied, with the field's accessible name and description."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(field)
    field.setAccessibleName(name)
    if description:
        field.setAccessibleDescription(description)
    layout.addWidget(label)
    layout.addWidget(field)
    return label
