"""A calm banner across the window when the disk lets the vault down.

It shows when the service says the vault folder is gone (``storage_lost``), or a save
could not reach the disk (``storage_failed``: full, read-only, an I/O error). It says
what happened and that nothing the person can see is lost, and offers a way out:
"Save a copy of your vault…" writes an encrypted backup from the still-open vault to a
place the person chooses (it opens with the same passphrase or recovery key), then
"Lock". When the folder comes back it says so, and goes after a while. On lock it
empties itself (a chosen file name may be personal).

The main window puts it above its pages; it is hidden until needed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.vault_service import VaultService
from .. import file_dialogs
from . import Heading

#: How long "your vault folder is back" stays before the banner goes by itself.
FOUND_MS = 10_000
SUFFIX = ".wbbackup"


class StorageAlert(QFrame):
    LOST, FAILED, FOUND = "lost", "failed", "found"

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.state = ""
        self._copying = False
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setAccessibleName(self.tr("Storage problem"))

        self.heading = Heading(scale=1.2)
        self.heading.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.message = self._label(self.tr("What happened"))
        self.result = self._label(self.tr("About the copy"))
        self.result.hide()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Saving a copy of your vault"))
        self.busy.hide()

        self.copy_button = QPushButton(self.tr("Save a &copy of your vault…"))
        self.copy_button.setAccessibleName(self.tr("Save a copy of your vault"))
        self.copy_button.setAccessibleDescription(
            self.tr(
                "Writes an encrypted copy of everything in your vault to a place you choose. "
                "It opens with your passphrase or recovery key."
            )
        )
        self.copy_button.clicked.connect(self.save_copy)
        self.lock_button = QPushButton(self.tr("&Lock now"))
        self.lock_button.setAccessibleName(self.tr("Lock now"))
        self.lock_button.setAccessibleDescription(
            self.tr("Closes the vault. Save a copy first, so nothing is lost.")
        )
        self.lock_button.clicked.connect(service.lock)
        self.hide_button = QPushButton(self.tr("&Hide this message"))
        self.hide_button.setAccessibleName(self.tr("Hide this message"))
        self.hide_button.clicked.connect(self.dismiss)
        for button in (self.copy_button, self.lock_button, self.hide_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.lock_button)
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addWidget(self.heading)
        column.addWidget(self.message)
        column.addLayout(buttons)
        column.addWidget(self.busy)
        column.addWidget(self.result)

        self._found_timer = QTimer(self)
        self._found_timer.setSingleShot(True)
        self._found_timer.setInterval(FOUND_MS)
        self._found_timer.timeout.connect(self.dismiss)

        service.storage_lost.connect(self.show_lost)
        service.storage_failed.connect(self.show_failed)
        service.storage_found.connect(self.show_found)
        service.saved.connect(self._saved)
        service.locked.connect(self.reset)
        self.hide()

    def _label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setForegroundRole(QPalette.ColorRole.ToolTipText)
        return label

    # What the service says

    def show_lost(self, message: str) -> None:
        self._show(self.LOST, self.tr("Saving is paused"), message, copy=True)
        self.lock_button.setVisible(True)
        self.hide_button.setVisible(False)

    def show_failed(self, message: str) -> None:
        if self.state == self.LOST:
            return  # the folder being gone is the thing to know
        self._show(self.FAILED, self.tr("This change couldn't be saved"), message, copy=True)

    def show_found(self) -> None:
        self._show(
            self.FOUND,
            self.tr("Your vault folder is back"),
            self.tr(
                "Saving goes on as before. Anything that couldn't be saved meanwhile is "
                "still on screen and is saved with your next change."
            ),
            copy=False,
        )
        self._found_timer.start()

    def _saved(self) -> None:
        if self.state == self.FAILED and not self._copying:
            self.dismiss()  # the disk takes changes again

    def _show(self, state: str, heading: str, message: str, *, copy: bool) -> None:
        self._found_timer.stop()
        self.state = state
        self.heading.setText(heading)
        self.message.setText(message)
        self.copy_button.setVisible(copy)
        self.lock_button.setVisible(False)
        self.hide_button.setVisible(True)
        self._enable(not self._copying)
        if state != self.FOUND and not self._copying:
            self.result.hide()
            self.result.setText("")
        self.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.Event.Alert))

    # The way out

    def save_copy(self) -> None:
        if self._copying or not self.service.is_unlocked:
            return
        start = Path.home() / f"wellbeing-copy-{self.service.vault.today().isoformat()}{SUFFIX}"
        chosen = file_dialogs.save_path(
            self,
            self.tr("Save a copy of your vault"),
            start,
            self.tr("Wellbeing backups (*{suffix})").format(suffix=SUFFIX),
        )
        if chosen is None or not self.service.is_unlocked:
            return
        if chosen.suffix != SUFFIX:
            chosen = chosen.with_name(chosen.name + SUFFIX)
        self._copying = True
        self._enable(False)
        self.busy.show()
        self.result.setText(self.tr("Saving a copy of your vault…"))
        self.result.show()
        self.service.save_copy(chosen, lambda message: self._copy_done(chosen, message))

    def _copy_done(self, where: Path, message: str) -> None:
        self._copying = False
        self.busy.hide()
        self._enable(True)
        if not self.isVisible() or not self.state:
            return  # locked meanwhile: nothing to report on an empty banner
        if message:
            self.result.setText(message)
        else:
            self.result.setText(
                self.tr(
                    "A copy of your vault is saved, encrypted, at {path}. Like any Wellbeing "
                    "backup, it opens with your passphrase or recovery key."
                ).format(path=str(where))
            )
        self.result.show()
        QAccessible.updateAccessibility(QAccessibleEvent(self.result, QAccessible.Event.Alert))
        if self.state == self.LOST:
            self.lock_button.setFocus()
        else:
            self.copy_button.setFocus()

    def _enable(self, enabled: bool) -> None:
        for button in (self.copy_button, self.lock_button, self.hide_button):
            button.setEnabled(enabled)

    # Going away

    def dismiss(self) -> None:
        if self._copying:
            return
        self._found_timer.stop()
        self.state = ""
        self.hide()

    def reset(self) -> None:
        """On lock: hidden and empty."""
        self._found_timer.stop()
        self.state = ""
        self.heading.setText("")
        self.message.setText("")
        self.result.setText("")
        self.result.hide()
        self.busy.hide()
        self.hide()
