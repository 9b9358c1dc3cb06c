"""Settings: auto-lock, look, text size, passphrase, and where the vault is."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....services.settings import AUTO_LOCK_CHOICES, TEXT_SCALES, Settings
from ....services.vault_service import VaultService
from ...widgets import Heading
from ...widgets.passphrase import NewPassphrase, secret_field
from ..base import Screen


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _combo(name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    return combo


class SettingsScreen(Screen):
    key = "settings"

    def __init__(
        self, service: VaultService, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self.settings = settings
        self.auto_lock = _combo(self.tr("Lock after this long without use"))
        for minutes in AUTO_LOCK_CHOICES:
            self.auto_lock.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        self.theme = _combo(self.tr("Colours"))
        for key, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
        ):
            self.theme.addItem(label, key)
        self.text_size = _combo(self.tr("Text size"))
        for percent in TEXT_SCALES:
            self.text_size.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self._select_current()
        settings.changed.connect(self._select_current)
        self.auto_lock.currentIndexChanged.connect(
            lambda: setattr(settings, "auto_lock_minutes", self.auto_lock.currentData())
        )
        self.theme.currentIndexChanged.connect(
            lambda: setattr(settings, "theme", self.theme.currentData())
        )
        self.text_size.currentIndexChanged.connect(
            lambda: setattr(settings, "text_scale", self.text_size.currentData())
        )

        privacy = QGroupBox(self.tr("Privacy"))
        form = QFormLayout(privacy)
        self._row(form, self.tr("&Lock after"), self.auto_lock)
        form.addRow(
            _note(
                self.tr(
                    "The app also locks when the computer sleeps, with Ctrl+L, and at once when "
                    "you press Esc twice (this also hides everything on screen)."
                )
            )
        )
        look = QGroupBox(self.tr("Look"))
        look_form = QFormLayout(look)
        self._row(look_form, self.tr("C&olours"), self.theme)
        self._row(look_form, self.tr("&Text size"), self.text_size)

        passphrase = QGroupBox(self.tr("Passphrase"))
        pass_layout = QVBoxLayout(passphrase)
        self.current = secret_field(self.tr("Current passphrase"))
        current_form = QFormLayout()
        self._row(current_form, self.tr("C&urrent passphrase"), self.current)
        self.new = NewPassphrase()
        self.change_button = QPushButton(self.tr("C&hange passphrase"))
        self.change_button.setAccessibleName(self.tr("Change passphrase"))
        self.change_button.setEnabled(False)
        self.new.changed.connect(self._can_change)
        self.current.textChanged.connect(self._can_change)
        self.change_button.clicked.connect(self._change)
        self.pass_message = QLabel()
        self.pass_message.setWordWrap(True)
        self.pass_message.setAccessibleName(self.tr("Passphrase message"))
        pass_layout.addLayout(current_form)
        pass_layout.addWidget(self.new)
        pass_layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignRight)
        pass_layout.addWidget(self.pass_message)
        pass_layout.addWidget(
            _note(
                self.tr(
                    "Changing it rewrites only the small key file; your journal is not touched. "
                    "Your recovery key keeps working."
                )
            )
        )

        where = QGroupBox(self.tr("Where your vault is"))
        where_layout = QVBoxLayout(where)
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setAccessibleName(self.tr("Vault folder"))
        self.location.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        where_layout.addWidget(self.location)
        where_layout.addWidget(
            _note(
                self.tr("Encrypted, on this computer only. Copy the whole folder to keep a backup.")
            )
        )

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(Heading(self.tr("Settings"), scale=1.3))
        for box in (privacy, look, passphrase, where):
            layout.addWidget(box)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _select_current(self, *_: object) -> None:
        for combo, value in (
            (self.auto_lock, self.settings.auto_lock_minutes),
            (self.theme, self.settings.theme),
            (self.text_size, self.settings.text_scale),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

    def title(self) -> str:
        return self.tr("Settings")

    def load(self) -> None:
        self.location.setText(str(self.service.folder))

    def clear(self) -> None:
        self.current.setText("")
        self.new.clear()
        self.pass_message.setText("")

    def _can_change(self) -> None:
        self.change_button.setEnabled(
            bool(self.current.text()) and self.new.is_ready() and not self.service.is_busy
        )

    def _change(self) -> None:
        self.pass_message.setText(self.tr("Changing the passphrase…"))
        self.change_button.setEnabled(False)
        self.service.change_passphrase(self.current.text(), self.new.passphrase(), self._done)

    def _done(self, message: str) -> None:
        if message:
            self.pass_message.setText(message)
        else:
            self.current.setText("")
            self.new.clear()
            self.pass_message.setText(
                self.tr("Your passphrase is changed. Use the new one from now on.")
            )
        self._can_change()
