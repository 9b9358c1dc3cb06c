"""The quiet "Saved" sign in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QWidget


class SavedSign(QLabel):
    """Shows "Saved, encrypted, on this computer only" after each save, then fades to
    a plain "Saved"; a failed save shows its kind message until the next success, and a
    change kept while an import runs says that it will be saved."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Save status"))
        self._calm = QTimer(self)
        self._calm.setSingleShot(True)
        self._calm.setInterval(4000)
        self._calm.timeout.connect(lambda: self.setText(self.tr("Saved")))

    def show_saved(self) -> None:
        self.setText(self.tr("Saved, encrypted, on this computer only"))
        self._calm.start()

    def show_pending(self, message: str) -> None:
        """A change kept until an import finishes: says so until it is saved."""
        self._calm.stop()
        self.setText(message)

    def show_failed(self, message: str) -> None:
        self._calm.stop()
        self.setText(message)

    def reset(self) -> None:
        self._calm.stop()
        self.setText("")
