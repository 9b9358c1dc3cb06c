"""After a passphrase change: the new recovery key, shown once (as on the first run), then
what it means for earlier backups, with the choice to replace them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...widgets import Heading


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class RecoveryKeyDialog(QDialog):
    """The new recovery key, once: Continue only after "I have saved it" is ticked. The
    key leaves the screen (and the label) when the dialog closes."""

    def __init__(self, key: str, *, passphrase_changed: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.key = QLabel(key)
        self.key.setAccessibleName(self.tr("Your new recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.key.setFont(mono)
        self.key.setWordWrap(True)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(QCoreApplication.translate("WelcomePage", "&Print…"))
        self.print_button.setAccessibleName(
            QCoreApplication.translate("WelcomePage", "Print the recovery key")
        )
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self._print)
        self.saved_box = QCheckBox(self.tr("I have saved my new recovery key somewhere safe"))
        self.saved_box.setAccessibleName(self.tr("I have saved my new recovery key"))
        self.continue_button = QPushButton(QCoreApplication.translate("WelcomePage", "C&ontinue"))
        self.continue_button.setAccessibleName(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.saved_box.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self.accept)
        what = (
            self.tr(
                "Your passphrase is changed, and your vault is now encrypted with a new key. "
                "Your old passphrase and your old recovery key no longer open it."
            )
            if passphrase_changed
            else self.tr(
                "Your vault is now encrypted with a new key, and your old recovery key no "
                "longer opens it. Your passphrase stays the same."
            )
        )
        layout = QVBoxLayout(self)
        layout.setSpacing(14)
        layout.addWidget(Heading(self.tr("Your new recovery key")))
        layout.addWidget(_text(what))
        layout.addWidget(
            _text(
                self.tr(
                    "If you ever forget your passphrase, this key opens your vault. It is shown "
                    "only this once. Write it down or print it, and keep it somewhere private, "
                    "away from this computer."
                )
            )
        )
        layout.addWidget(self.key)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.saved_box)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        layout.addLayout(end)
        self.finished.connect(lambda _result: self.key.clear())  # shown once

    def reject(self) -> None:
        """Esc or closing the window: only once the key is saved (or the vault locks,
        which closes every dialog through ``done``)."""
        if self.saved_box.isChecked():
            super().reject()

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            QCoreApplication.translate(
                "WelcomePage", "Wellbeing recovery key\n\n{key}\n\nKeep this somewhere private."
            ).format(key=self.key.text())
        )
        document.print_(printer)


class EarlierBackups(QMessageBox):
    """What a new key means for backups made before, and the choice: a fresh backup in
    the backup folder with the older daily backups there deleted, or keep them.
    ``replace()`` follows the first choice."""

    replace = Signal()

    def __init__(self, backup_folder: Path | None, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier backups"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setIcon(QMessageBox.Icon.Information)
        before = self.tr(
            "Backups made before this still open with your old passphrase and your old "
            "recovery key, wherever they are."
        )
        self.replace_button: QPushButton | None = None
        if backup_folder is None:
            self.setText(before)
            self.setInformativeText(
                self.tr(
                    "To have only backups that need the new ones, make a fresh backup under "
                    "“Your data”, then delete the older backup files."
                )
            )
            self.addButton(QMessageBox.StandardButton.Ok)
            return
        self.setText(before)
        self.setInformativeText(
            self.tr(
                "Wellbeing can make a fresh backup now in your backup folder ({folder}) and "
                "delete the older daily backups there. Backups you saved anywhere else are "
                "not touched: delete those yourself if you want them gone."
            ).format(folder=backup_folder)
        )
        self.replace_button = self.addButton(
            self.tr("Make a fresh backup and delete the older ones"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        keep = self.addButton(self.tr("Keep them"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(keep)
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: object) -> None:
        if button is self.replace_button:
            self.replace.emit()
