"""First run: a short welcome, a passphrase, and the recovery key shown once."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QShowEvent, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....services.vault_service import VaultService
from ... import file_dialogs
from ...widgets import Heading
from ...widgets.passphrase import NewPassphrase


def _heading(text: str) -> QLabel:
    return Heading(text)


def _text(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class WelcomePage(QWidget):
    """Signals: ``finished()`` once the vault exists and the recovery key was saved."""

    finished = Signal()

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.steps = QStackedWidget()
        self.steps.addWidget(self._build_welcome())
        self.steps.addWidget(self._build_passphrase())
        self.steps.addWidget(self._build_recovery())
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addWidget(self.steps)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        service.created.connect(self._show_recovery_key)
        service.create_failed.connect(self._create_failed)
        service.busy_changed.connect(self._busy)

    # Step 1: what this is

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        self.begin_button = QPushButton(self.tr("&Begin"))
        self.begin_button.setAccessibleName(self.tr("Begin setting up"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self._to_passphrase)
        self.location = _text("")
        self.location.setAccessibleName(self.tr("Where your vault will be kept"))
        self.change_location = QPushButton(self.tr("&Change where it is kept…"))
        self.change_location.setAccessibleName(self.tr("Change where the vault is kept"))
        self.change_location.clicked.connect(self._choose_folder)
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(_heading(self.tr("Welcome to Wellbeing")))
        layout.addWidget(
            _text(
                self.tr(
                    "A private place for your values, goals, boundaries, self-care routines, "
                    "journal and safety plan, with a review to look back and change the plan "
                    "over time."
                )
            )
        )
        layout.addWidget(
            _text(
                self.tr(
                    "Everything you write is encrypted and kept on this computer only. The app "
                    "never goes online. Only your passphrase opens it."
                )
            )
        )
        layout.addWidget(self.location)
        row = QHBoxLayout()
        row.addWidget(self.change_location)
        row.addStretch(1)
        row.addWidget(self.begin_button)
        layout.addLayout(row)
        layout.addStretch(2)
        self._show_location()
        return page

    def _show_location(self) -> None:
        self.location.setText(
            self.tr("Your vault will be kept in: {folder}").format(folder=self.service.folder)
        )

    def _choose_folder(self) -> None:
        # A new folder's path, so the person names it too (any name: in discreet mode one
        # that says nothing about what it holds).
        chosen = file_dialogs.save_path(
            self,
            self.tr("Choose where your vault is kept, and name its folder"),
            self.service.folder,
        )
        if chosen is not None:
            self.service.set_folder(chosen)
            self._show_location()

    def _to_passphrase(self) -> None:
        self.steps.setCurrentIndex(1)
        self.passphrase.first.setFocus()

    # Step 2: the passphrase

    def _build_passphrase(self) -> QWidget:
        page = QWidget()
        self.passphrase = NewPassphrase()
        self.create_button = QPushButton(self.tr("&Create my vault"))
        self.create_button.setAccessibleName(self.tr("Create my vault"))
        self.create_button.setEnabled(False)
        self.create_button.clicked.connect(self._create)
        self.passphrase.changed.connect(self.create_button.setEnabled)
        self.passphrase.second.returnPressed.connect(self._create)
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back to the welcome"))
        self.back_button.clicked.connect(lambda: self.steps.setCurrentIndex(0))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Setting up your vault"))
        self.busy.hide()
        self.error = _text("")
        self.error.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(_heading(self.tr("Choose a passphrase")))
        layout.addWidget(
            _text(
                self.tr(
                    "A few words that mean something only to you are easy to remember and hard "
                    "to guess. There are no rules about symbols or numbers."
                )
            )
        )
        layout.addWidget(self.passphrase)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        layout.addStretch(2)
        return page

    def _create(self) -> None:
        if not self.passphrase.is_ready() or self.service.is_busy:
            return
        self.error.setText("")
        self.service.create(self.passphrase.passphrase())

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy and self.steps.currentIndex() == 1)
        self.create_button.setEnabled(not busy and self.passphrase.is_ready())
        self.back_button.setEnabled(not busy)

    def _create_failed(self, message: str) -> None:
        self.error.setText(message)

    # Step 3: the recovery key, once

    def _build_recovery(self) -> QWidget:
        page = QWidget()
        self.recovery_key = QLabel()
        self.recovery_key.setAccessibleName(self.tr("Your recovery key"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSizeF(self.font().pointSizeF() * 1.6)
        mono.setWeight(QFont.Weight.DemiBold)
        self.recovery_key.setFont(mono)
        self.recovery_key.setWordWrap(True)
        self.recovery_key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the recovery key"))
        self.print_button.clicked.connect(self._print)
        self.saved_box = QCheckBox(self.tr("I have saved my recovery key somewhere safe"))
        self.saved_box.setAccessibleName(self.tr("I have saved my recovery key"))
        self.continue_button = QPushButton(self.tr("C&ontinue"))
        self.continue_button.setAccessibleName(self.tr("Continue to the app"))
        self.continue_button.setEnabled(False)
        self.saved_box.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._finish)
        layout = QVBoxLayout(page)
        layout.setSpacing(14)
        layout.addStretch(1)
        layout.addWidget(_heading(self.tr("Your recovery key")))
        layout.addWidget(
            _text(
                self.tr(
                    "If you ever forget your passphrase, this key opens your vault. It is shown "
                    "only this once. Write it down or print it, and keep it somewhere private, "
                    "away from this computer. Without the passphrase or this key, nobody can "
                    "open the vault, not even us."
                )
            )
        )
        layout.addWidget(self.recovery_key)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.saved_box)
        end = QHBoxLayout()
        end.addStretch(1)
        end.addWidget(self.continue_button)
        layout.addLayout(end)
        layout.addStretch(2)
        return page

    def _show_recovery_key(self, key: str) -> None:
        self.passphrase.clear()
        self.recovery_key.setText(key)
        self.steps.setCurrentIndex(2)
        self.saved_box.setFocus()

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(
            self.tr("Wellbeing recovery key\n\n{key}\n\nKeep this somewhere private.").format(
                key=self.recovery_key.text()
            )
        )
        document.print_(printer)

    def _finish(self) -> None:
        self.recovery_key.clear()  # shown once: gone from memory and screen
        self.saved_box.setChecked(False)
        self.steps.setCurrentIndex(0)
        self.finished.emit()

    def reset(self) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()
        self.error.setText("")
        self.steps.setCurrentIndex(0)
        self._show_location()

    def showEvent(self, event: QShowEvent) -> None:
        """The first Space or Enter begins (not "Change where it is kept…")."""
        super().showEvent(event)
        if self.steps.currentIndex() == 0:
            self.begin_button.setFocus()
