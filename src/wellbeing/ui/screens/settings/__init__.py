"""Settings: auto-lock, discreet mode, look, text size, language, passphrase, and where the
vault is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import WellbeingError
from ....services import ops
from ....services.messages import error_text
from ....services.settings import (
    AUTO_LOCK_CHOICES,
    DISCREET_DEFAULT_NAME,
    LANGUAGE_CHOICES,
    TEXT_SCALES,
    Settings,
)
from ....services.vault_service import VaultService
from ... import file_dialogs
from ...i18n import LANGUAGES
from ...widgets import Heading
from ..base import Screen
from .passphrase import PassphraseBox


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
            # Not %n: without an English catalogue Qt would show "5 minute(s)".
            words = (
                self.tr("1 minute")
                if minutes == 1
                else self.tr("{count} minutes").format(count=minutes)
            )
            self.auto_lock.addItem(words, minutes)
        self.theme = _combo(self.tr("Colours"))
        for key, label in (
            ("system", self.tr("Same as the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("contrast", self.tr("High contrast")),
        ):
            self.theme.addItem(label, key)
        self.text_size = _combo(self.tr("Text size"))
        for percent in TEXT_SCALES:
            self.text_size.addItem(self.tr("{percent} %").format(percent=percent), percent)
        self.language = _combo(self.tr("Language"))
        self.language.setAccessibleDescription(
            self.tr("The new language shows the next time Wellbeing starts")
        )
        for key in LANGUAGE_CHOICES:
            # Each language in its own words, so a person can find theirs in any language.
            self.language.addItem(LANGUAGES.get(key) or self.tr("Same as the system"), key)
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
        self.language.currentIndexChanged.connect(
            lambda: setattr(settings, "language", self.language.currentData())
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
        discreet = self._build_discreet()
        look = QGroupBox(self.tr("Look"))
        look_form = QFormLayout(look)
        self._row(look_form, self.tr("C&olours"), self.theme)
        self._row(look_form, self.tr("&Text size"), self.text_size)
        self._row(look_form, self.tr("Lan&guage"), self.language)
        look_form.addRow(_note(self.tr("A new language shows the next time Wellbeing starts.")))

        passphrase = PassphraseBox(service, settings)
        self.passphrase = passphrase
        self.current, self.new = passphrase.current, passphrase.new
        self.change_button, self.pass_message = passphrase.change_button, passphrase.message

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
                self.tr(
                    "Encrypted, on this computer only. Backups and exports are under "
                    "“Your data”. You can move the folder, or give it a name that says "
                    "nothing about what it holds; Wellbeing locks while it moves."
                )
            )
        )
        self.move_button = QPushButton(self.tr("&Move or rename the vault folder…"))
        self.move_button.setAccessibleName(self.tr("Move or rename the vault folder"))
        self.move_button.clicked.connect(self.move_vault)
        where_layout.addWidget(self.move_button, 0, Qt.AlignmentFlag.AlignLeft)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addWidget(Heading(self.tr("Settings"), scale=1.3))
        for box in (privacy, discreet, look, passphrase, where):
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

    def _build_discreet(self) -> QGroupBox:
        box = QGroupBox(self.tr("Discreet mode"))
        form = QFormLayout(box)
        self.discreet = QCheckBox(self.tr("Use a &neutral name and a plain icon"))
        self.discreet.setAccessibleName(self.tr("Discreet mode"))
        self.discreet.setAccessibleDescription(
            self.tr("The window and taskbar show the name below and a plain note icon")
        )
        self.discreet.setChecked(self.settings.discreet)
        self.discreet.toggled.connect(lambda on: setattr(self.settings, "discreet", on))
        self.discreet_name = QLineEdit()
        self.discreet_name.setAccessibleName(self.tr("Name shown in discreet mode"))
        self.discreet_name.setPlaceholderText(DISCREET_DEFAULT_NAME)
        self.discreet_name.setMaxLength(40)
        self.discreet_name.setText(self.settings.discreet_name)
        self.discreet_name.editingFinished.connect(
            lambda: setattr(self.settings, "discreet_name", self.discreet_name.text())
        )
        form.addRow(self.discreet)
        self._row(form, self.tr("Name &shown"), self.discreet_name)
        form.addRow(
            _note(
                self.tr(
                    "For a shared computer: the window, the taskbar and the app's name show "
                    "only this name. File dialogs never add to the system's list of recent "
                    "files, discreet or not, and the app shows no notifications. Your vault "
                    "folder can be moved and renamed below."
                )
            )
        )
        return box

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)

    def _select_current(self, *_: object) -> None:
        if hasattr(self, "discreet"):
            self.discreet.setChecked(self.settings.discreet)
        for combo, value in (
            (self.auto_lock, self.settings.auto_lock_minutes),
            (self.theme, self.settings.theme),
            (self.text_size, self.settings.text_scale),
            (self.language, self.settings.language),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))

    def title(self) -> str:
        return self.tr("Settings")

    def load(self) -> None:
        self.location.setText(str(self.service.folder))

    def clear(self) -> None:
        self.passphrase.clear()

    # Moving the vault (locked first; the folder moves off the GUI thread)

    def move_vault(self) -> None:
        old = self.service.folder
        target = file_dialogs.save_path(
            self, self.tr("Move or rename the vault folder"), old.parent / old.name
        )
        if target is None or target == old:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Move the vault?"),
            self.tr(
                "Wellbeing will save everything, lock, and move your vault to:\n{target}\n\n"
                "Then unlock it with your passphrase as usual."
            ).format(target=target),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Ok:
            return
        self.service.lock()
        self.move_button.setEnabled(False)
        ops.move_vault(parent=self, source=old, target=target).success(self._moved).failure(
            self._not_moved
        ).run_in_background(initiator=self)

    def _moved(self, new: Path) -> None:
        self.move_button.setEnabled(True)
        self.settings.vault_folder = new  # the app points the service at it (App)
        QMessageBox.information(
            self,
            self.tr("The vault was moved"),
            self.tr("Your vault is now in {folder}. Unlock it to go on.").format(folder=new),
        )

    def _not_moved(self, err: BaseException) -> None:
        self.move_button.setEnabled(True)
        text = error_text(err) if isinstance(err, WellbeingError) else type(err).__name__
        QMessageBox.information(self, self.tr("The vault was not moved"), text)
