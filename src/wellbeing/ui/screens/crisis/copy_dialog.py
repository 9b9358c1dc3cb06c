"""Choosing to keep a readable copy of the crisis view, for the locked screen.

Off by default. The dialog says plainly that the copy is NOT encrypted and shows,
live, exactly what it would hold (the same CrisisView the unlock page shows).

Signals: ``copy_changed(bool)`` — the copy was turned on (True) or off (False).
"""

from __future__ import annotations

from collections.abc import Callable

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
from ....formats.crisis_copy import (
    COPY_FILE,
    META_KEY,
    copy_exists,
    remove_copy,
    write_copy,
)
from ....services.crisis_copy_keeper import contact_label, copy_options
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...widgets import Heading
from .view import CrisisView


def _store(options: dict[str, bool]) -> Callable[[Vault], bool]:
    def change(vault: Vault) -> bool:
        vault.meta.set(META_KEY, options)
        return True

    return change


class CrisisCopyDialog(QDialog):
    copy_changed = Signal(bool)

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Readable copy of your safety plan"))
        options = copy_options(service.vault)
        self._was_on = options["enabled"] or copy_exists(service.folder)
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
        self.coded_box.setChecked(options["coded"] if self._was_on else True)
        self.coded_box.toggled.connect(self._refresh_preview)
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
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(preview_label)
        layout.addWidget(frame, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setTabOrder(self.coded_box, self.keep_button)

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
        self.preview.show_plan(plan, coded=self.coded_box.isChecked())

    def _changed(self, changes: Changes, _initiator: object) -> None:
        if changes.touches(Kind.SAFETY_PLAN) and self.isVisible():
            self._refresh_preview()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # Turning on and off

    def turn_on(self) -> None:
        coded = self.coded_box.isChecked()
        plan = self.service.vault.safety_plan.get()
        try:
            write_copy(self.service.folder, plan, coded=coded, contact_label=contact_label)
        except OSError as err:
            self._say(
                self.tr("The copy could not be written, so nothing was changed. ({reason})").format(
                    reason=err.strerror or type(err).__name__
                )
            )
            return
        if not self.service.write(
            _store({"enabled": True, "coded": coded}), changes=Kind.CRISIS_COPY, initiator=self
        ):
            remove_copy(self.service.folder)  # the choice was not kept: keep no copy either
            self._say(self.tr("This could not be saved, so nothing was changed."))
            return
        self.copy_changed.emit(True)
        self.accept()

    def turn_off(self) -> None:
        coded = self.coded_box.isChecked()
        self.service.write(
            _store({"enabled": False, "coded": coded}), changes=Kind.CRISIS_COPY, initiator=self
        )
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
