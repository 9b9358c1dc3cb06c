"""Small pieces of the journal screen: the search field and the "Moved to the archive" bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget


class SearchField(QLineEdit):
    """A search box; Esc empties it (and a second Esc is left to the window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Search the journal (Ctrl+F)"))
        self.setAccessibleName(self.tr("Search the journal"))
        self.setAccessibleDescription(
            self.tr("Shows entries containing every word typed. Escape clears the search.")
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)


class UndoBar(QFrame):
    """ "Moved to the archive. Undo" — stays until dismissed, so nobody has to hurry."""

    undo_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.label = QLabel(self.tr("Moved to the archive."))
        self.label.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAutoDefault(False)
        self.undo_button.setAccessibleName(self.tr("Undo: bring the entry back"))
        self.undo_button.clicked.connect(self.undo_requested)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()
