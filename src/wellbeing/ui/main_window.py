"""The main window. For now a calm placeholder that says where the vault is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from ..vault.vault import vault_exists


class MainWindow(QMainWindow):
    def __init__(self, vault_folder: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Wellbeing"))  # never content in the title
        if vault_exists(vault_folder):
            status = self.tr(
                "Your vault is at {folder}. The full app arrives in the next release; "
                "until then, the command line can import and search your journal."
            ).format(folder=vault_folder)
        else:
            status = self.tr(
                "No vault yet. Create one with “wellbeing init”; it will live at {folder}."
            ).format(folder=vault_folder)
        heading = QLabel(self.tr("Wellbeing"))
        heading.setAccessibleName(self.tr("Wellbeing"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        heading.setFont(font)
        body = QLabel(
            self.tr("A private plan and journal. Everything is encrypted and stays on "
                    "this computer; the app never goes online.")
        )
        body.setWordWrap(True)
        self.status_label = QLabel(status)
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout()
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        for widget in (heading, body, self.status_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self.resize(640, 360)
