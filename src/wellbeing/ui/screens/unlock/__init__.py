"""Unlock: the passphrase (or the recovery key), a quiet busy state, kind messages.

When the person chose to keep a readable copy of their safety plan, the page also offers
"Open my safety plan": the crisis view of that copy, without the passphrase.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import KeyFileDamagedError, VaultNotFoundError
from ....services.crisis_copy import copy_exists, read_copy
from ....services.vault_service import VaultService
from ....vault.vault import read_key_file
from ...widgets import Heading
from ...widgets.passphrase import secret_field
from ..crisis import CrisisView


class _LargeButton(QPushButton):
    """A button in slightly larger type, that keeps its scale when the text size changes."""

    SCALE = 1.3

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.follow_app_font()

    def follow_app_font(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self.SCALE)
        if font != self.font():
            self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.follow_app_font()
        super().changeEvent(event)


class UnlockPage(QWidget):
    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._use_recovery = False
        heading = Heading(self.tr("Wellbeing is locked"))
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.field = secret_field(self.tr("Passphrase"))
        self.prompt.setBuddy(self.field)
        self.field.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.switch_button = QPushButton()
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self._switch)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening your vault"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint = QLabel(
            self.tr("Tip: press Esc twice at any time to lock and hide everything at once.")
        )
        self.hint.setWordWrap(True)
        self.crisis_button = _LargeButton(self.tr("Open my &safety plan"))
        self.crisis_button.setAccessibleName(self.tr("Open my safety plan"))
        self.crisis_button.setAccessibleDescription(
            self.tr("No passphrase needed: opens the readable copy you chose to keep")
        )
        self.crisis_button.setAutoDefault(False)
        self.crisis_button.clicked.connect(self.open_crisis_view)
        self.crisis_note = QLabel(
            self.tr("No passphrase needed: this opens the readable copy you chose to keep.")
        )
        self.crisis_note.setWordWrap(True)
        self.crisis_view = CrisisView()
        self.crisis_view.closed.connect(self.close_crisis_view)
        self.form = QWidget()
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(heading)
        column.addWidget(self.prompt)
        column.addWidget(self.field)
        row = QHBoxLayout()
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addSpacing(self.fontMetrics().height())
        crisis_row = QHBoxLayout()
        crisis_row.addWidget(self.crisis_button)
        crisis_row.addStretch(1)
        column.addLayout(crisis_row)
        column.addWidget(self.crisis_note)
        column.addStretch(2)
        column.addWidget(self.hint)
        outer = QHBoxLayout(self.form)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)
        self.views = QStackedWidget()
        self.views.addWidget(self.form)
        self.views.addWidget(self.crisis_view)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(self.views)
        self._show_crisis_button()
        service.unlock_failed.connect(self._failed)
        service.unlocked.connect(self.close_crisis_view)
        service.busy_changed.connect(self._busy)
        self._show_mode()

    def _show_mode(self) -> None:
        if self._use_recovery:
            self.prompt.setText(self.tr("&Recovery key (32 letters and numbers, in groups of 4):"))
            self.field.setAccessibleName(self.tr("Recovery key"))
            self.field.setEchoMode(QLineEdit.EchoMode.Normal)
            self.switch_button.setText(self.tr("Use my &passphrase instead"))
        else:
            self.prompt.setText(self.tr("&Passphrase:"))
            self.field.setAccessibleName(self.tr("Passphrase"))
            self.field.setEchoMode(QLineEdit.EchoMode.Password)
            self.switch_button.setText(self.tr("Use my &recovery key instead"))
        self.switch_button.setAccessibleName(self.switch_button.text().replace("&", ""))

    def _switch(self) -> None:
        self._use_recovery = not self._use_recovery
        self.field.setText("")
        self.message.setText("")
        self._show_mode()
        self.field.setFocus()

    def prepare(self) -> None:
        """Called each time the page is shown: empty field, and say early if the vault
        cannot be opened at all (no key file, damaged key file)."""
        self.close_crisis_view()
        self._show_crisis_button()
        self.field.setText("")
        self.message.setText("")
        self.field.setEnabled(True)
        self.unlock_button.setEnabled(True)
        try:
            read_key_file(self.service.folder)
        except (VaultNotFoundError, KeyFileDamagedError) as err:
            self.message.setText(
                self.tr("{problem} Your data has not been replaced or deleted.").format(
                    problem=str(err)
                )
            )
            self.field.setEnabled(False)
            self.unlock_button.setEnabled(False)
        self.field.setFocus()

    def submit(self) -> None:
        text = self.field.text()
        if not text or self.service.is_busy:
            return
        self.message.setText("")
        if self._use_recovery:
            self.service.unlock(recovery_key=text)
        else:
            self.service.unlock(text)

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.field.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if not busy:
            self.field.setText("")

    def _failed(self, message: str) -> None:
        self.message.setText(message)
        self.field.setFocus()

    # The readable copy of the safety plan

    def _show_crisis_button(self) -> None:
        there = copy_exists(self.service.folder)
        self.crisis_button.setVisible(there)
        self.crisis_note.setVisible(there)

    def open_crisis_view(self) -> None:
        found = read_copy(self.service.folder)
        if found is None:
            self.message.setText(
                self.tr(
                    "The readable copy of your safety plan could not be opened. Your plan is "
                    "still safe inside your vault."
                )
            )
            self._show_crisis_button()
            return
        plan, coded = found
        self.crisis_view.show_plan(plan, coded=coded)
        self.views.setCurrentWidget(self.crisis_view)
        self.crisis_view.back_button.setFocus()

    def close_crisis_view(self) -> None:
        """Back to the passphrase, holding nothing of the plan."""
        showing = self.views.currentWidget() is self.crisis_view
        self.views.setCurrentWidget(self.form)
        self.crisis_view.clear()
        if showing:
            self.field.setFocus()
