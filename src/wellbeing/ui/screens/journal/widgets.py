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
    #: "Delete for good…": the entry Undo would bring back (the screen asks first).
    delete_requested = Signal()

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
        self.delete_button = QPushButton(self.tr("Delete for good…"))
        self.delete_button.setAutoDefault(False)
        self.delete_button.setAccessibleName(self.tr("Delete the entry for good"))
        self.delete_button.setAccessibleDescription(
            self.tr("Removes the entry just moved to the archive from the vault. Asks first.")
        )
        self.delete_button.clicked.connect(self.delete_requested)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.setAutoDefault(False)
        self.close_button.setAccessibleName(self.tr("Dismiss this message"))
        self.close_button.clicked.connect(self.dismissed)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.delete_button)
        layout.addWidget(self.close_button)
        self.hide()

    def reset(self) -> None:
        """Back to "Moved to the archive." with Undo (after a message)."""
        self.label.setText(self.tr("Moved to the archive."))
        self.undo_button.show()
        self.delete_button.show()

    def say(self, message: str, *, more_archived: bool) -> None:
        """Show how deleting for good went; Undo stays while more entries can come back."""
        self.label.setText(message)
        self.undo_button.setVisible(more_archived)
        self.delete_button.setVisible(more_archived)
        self.show()
