"""Choosing to keep a readable copy of the crisis view, for the locked screen.

Off by default. The dialog says plainly that the copy is NOT encrypted and shows,
live, exactly what it would hold (the same CrisisView the unlock page shows). The
choice is kept in the settings on this computer (the one that counts: see
:mod:`wellbeing.services.crisis_copy_keeper`) and mirrored into the vault.

Signals: ``copy_changed(bool)`` — the copy was turned on (True) or off (False).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.changes import Changes, Kind
from ....formats.crisis_copy import COPY_FILE, CopyChoice, copy_exists, remove_copy
from ....services.crisis_copy_keeper import copy_options, store_choice, write_for
from ....services.settings import Settings
from ....services.vault_service import VaultService
from ...widgets import Heading
from .view import CrisisView


class CrisisCopyDialog(QDialog):
    copy_changed = Signal(bool)

    def __init__(
        self,
        service: VaultService,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        """``settings``: where the choice is kept (the app's; the default file when
        None)."""
        super().__init__(parent)
        self.service = service
        self.settings = settings if settings is not None else Settings()
        self.setWindowTitle(self.tr("Readable copy of your safety plan"))
        self._choice = self.settings.crisis_copy(service.vault.vault_id)
        self._was_on = self._choice is not None or copy_exists(service.folder)
        # The look last chosen: from here, else what the vault remembers, else private.
        mirrored = service.vault.meta.get("crisis_copy", {})
        look = self._choice or copy_options(service.vault)
        remembered_coded = (
            look.coded
            if look is not None
            else not (isinstance(mirrored, dict) and mirrored.get("coded") is False)
        )
        remembered_numbers = (
            look.hide_numbers
            if look is not None
            else isinstance(mirrored, dict) and mirrored.get("hide_numbers") is True
        )
        heading = Heading(self.tr("Open your safety plan without your passphrase"), 1.3)
        explanation = QLabel(
            self.tr(
                "If you turn this on, a copy of your crisis view is kept on this computer "
                "<b>without encryption</b>, so you can open it from the locked screen without "
                "typing your passphrase. <b>Anyone who can open this computer's files could "
                "read it too.</b> "
                "It holds exactly what you see below and nothing else, and it stays up to "
                "date when you change your plan. You can turn it off at any time; the copy "
                "is then deleted."
            )
        )
        explanation.setTextFormat(Qt.TextFormat.RichText)  # our own words only
        explanation.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.coded_box = QCheckBox(self.tr("Show contacts by their &coded labels only"))
        self.coded_box.setAccessibleName(self.tr("Show contacts by their coded labels only"))
        self.coded_box.setAccessibleDescription(
            self.tr(
                "Contacts appear by the coded label you gave them, or as Contact 1, Contact 2 "
                "and so on; their names are then not written into the copy at all."
            )
        )
        # A first choice leans private; a choice already made is kept as it was.
        self.coded_box.setChecked(remembered_coded)
        self.coded_box.toggled.connect(self._refresh_preview)
        self.numbers_box = QCheckBox(self.tr("Hide phone &numbers too"))
        self.numbers_box.setAccessibleName(self.tr("Hide phone numbers too"))
        self.numbers_box.setAccessibleDescription(
            self.tr(
                "Every phone number in the copy is replaced by [number hidden]; you would "
                "need to know the numbers yourself."
            )
        )
        self.numbers_box.setChecked(remembered_numbers)
        self.numbers_box.toggled.connect(self._refresh_preview)
        self.preview = CrisisView(closable=False)
        self.preview.setAccessibleName(self.tr("Preview of the readable copy"))
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(frame)
        inside.setContentsMargins(2, 2, 2, 2)
        inside.addWidget(self.preview)
        preview_label = QLabel(self.tr("This is exactly what anyone could read:"))
        preview_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.hide()

        self.keep_button = QPushButton(self.tr("&Keep a readable copy"))
        self.keep_button.setAccessibleName(self.tr("Keep a readable copy"))
        self.keep_button.setAccessibleDescription(
            self.tr("Store the copy shown in the preview, unencrypted, on this computer")
        )
        self.off_button = QPushButton(self.tr("&Turn it off and delete the copy"))
        self.off_button.setAccessibleName(self.tr("Turn it off and delete the copy"))
        self.off_button.setEnabled(self._was_on)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(self.tr("Close without changing anything"))
        for button in (self.keep_button, self.off_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)  # Enter never turns on an unencrypted copy
        buttons = QDialogButtonBox()
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.off_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.clicked.connect(self.turn_on)
        self.off_button.clicked.connect(self.turn_off)
        self.cancel_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(self.status)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.coded_box)
        layout.addWidget(self.numbers_box)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(preview_label)
        layout.addWidget(frame, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.coded_box, self.numbers_box)
        self.setTabOrder(self.numbers_box, self.keep_button)

        self._show_status(self._was_on)
        self._refresh_preview()
        service.changed.connect(self._changed)
        service.locking.connect(self._forget)
        self.finished.connect(self._emptied)

    def sizeHint(self) -> QSize:
        """Room for the explanation and a good part of the preview, within the screen."""
        metrics = self.fontMetrics()
        wanted = QSize(metrics.averageCharWidth() * 110, metrics.lineSpacing() * 48)
        screen = self.screen()
        if screen is not None:
            wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.9)
        return wanted

    # What is shown

    def _show_status(self, on: bool) -> None:
        self.status.setText(
            self.tr("Right now this is on: the copy is kept up to date when you change your plan.")
            if on
            else self.tr("Right now this is off: nothing is kept outside your encrypted vault.")
        )

    def _refresh_preview(self) -> None:
        if not self.service.is_unlocked:
            return
        plan = self.service.vault.safety_plan.get()
        self.preview.show_plan(
            plan, coded=self.coded_box.isChecked(), hide_numbers=self.numbers_box.isChecked()
        )

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.SAFETY_PLAN) and self.isVisible():
            self._refresh_preview()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # Turning on and off

    def turn_on(self) -> None:
        """Write the copy under a new token, then keep the choice here and in the vault;
        if either cannot be kept, no copy is left either."""
        choice = CopyChoice.new(
            coded=self.coded_box.isChecked(), hide_numbers=self.numbers_box.isChecked()
        )
        vault_id = self.service.vault.vault_id
        try:
            write_for(self.service, choice)
        except OSError as err:
            self._say(
                self.tr("The copy could not be written, so nothing was changed. ({reason})").format(
                    reason=err.strerror or type(err).__name__
                )
            )
            return
        self.settings.set_crisis_copy(vault_id, choice)
        if not self.service.write(store_choice(choice), changes=Kind.CRISIS_COPY, initiator=self):
            self.settings.set_crisis_copy(vault_id, self._choice)
            if self._choice is None:
                remove_copy(self.service.folder)  # the choice was not kept: no copy either
            else:
                write_for(self.service, self._choice)
            self._say(self.tr("This could not be saved, so nothing was changed."))
            return
        self.copy_changed.emit(True)
        self.accept()

    def turn_off(self) -> None:
        """Off here first (the unlock page stops showing it at once), then in the vault,
        then the file is overwritten and deleted."""
        self.settings.set_crisis_copy(self.service.vault.vault_id, None)
        look = CopyChoice(
            "", coded=self.coded_box.isChecked(), hide_numbers=self.numbers_box.isChecked()
        )
        self.service.write(store_choice(None, look), changes=Kind.CRISIS_COPY, initiator=self)
        try:
            remove_copy(self.service.folder)
        except OSError as err:
            self._say(
                self.tr(
                    "The copy could not be deleted ({reason}). It is the file {name} in your "
                    "vault folder; you can delete it yourself."
                ).format(reason=err.strerror or type(err).__name__, name=COPY_FILE)
            )
            return
        self.copy_changed.emit(False)
        self.accept()

    # Locking

    def _forget(self) -> None:
        self.preview.clear()
        self.reject()

    def _emptied(self) -> None:
        self.preview.clear()

    def showEvent(self, event: QShowEvent) -> None:
        self._refresh_preview()
        super().showEvent(event)
