"""Settings → Passphrase: change it, or make a new recovery key.

Either one re-encrypts the vault with a new key (``vault/rekey.py``), off the GUI thread
with a progress bar, while the vault stays open and the person keeps their place. Then the
new recovery key is shown once (:class:`RecoveryKeyDialog`), and what the change means for
earlier backups, with the choice to replace the ones in the backup folder
(:class:`EarlierBackups`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import WellbeingError
from ....services.messages import error_text
from ....services.ops import session as session_ops
from ....services.settings import Settings
from ....services.vault_service import VaultService
from ...widgets.passphrase import NewPassphrase, secret_field
from .new_key import EarlierBackups, RecoveryKeyDialog


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class PassphraseBox(QGroupBox):
    """The passphrase section of Settings. Its words are in the Settings screen's
    translation context (``QCoreApplication.translate("SettingsScreen", ...)``), where the
    catalogue files them: the section was part of ``SettingsScreen``."""

    def __init__(
        self, service: VaultService, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("SettingsScreen", "Passphrase"), parent)
        self.service = service
        self.settings = settings
        self.current = secret_field(
            QCoreApplication.translate("SettingsScreen", "Current passphrase")
        )
        current_form = QFormLayout()
        label = QLabel(QCoreApplication.translate("SettingsScreen", "C&urrent passphrase"))
        label.setBuddy(self.current)
        current_form.addRow(label, self.current)
        self.new = NewPassphrase()
        self.change_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "C&hange passphrase")
        )
        self.change_button.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Change passphrase")
        )
        self.change_button.setEnabled(False)
        self.recovery_button = QPushButton(
            QCoreApplication.translate("SettingsScreen", "Make a new &recovery key")
        )
        self.recovery_button.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Make a new recovery key")
        )
        self.recovery_button.setAccessibleDescription(
            QCoreApplication.translate(
                "SettingsScreen",
                "For a recovery key that was lost or seen; needs your current passphrase",
            )
        )
        self.recovery_button.setEnabled(False)
        self.new.changed.connect(self._can_change)
        self.current.textChanged.connect(self._can_change)
        service.busy_changed.connect(self._can_change)
        self.change_button.clicked.connect(self.change)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Re-encrypting your vault")
        )
        self.progress.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(
            QCoreApplication.translate("SettingsScreen", "Passphrase message")
        )
        self.dialog: RecoveryKeyDialog | None = None
        self.backups: EarlierBackups | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(current_form)
        layout.addWidget(self.new)
        buttons = QHBoxLayout()
        buttons.addWidget(self.recovery_button)
        buttons.addStretch(1)
        buttons.addWidget(self.change_button)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(
            _note(
                QCoreApplication.translate(
                    "SettingsScreen",
                    "Either one encrypts your whole vault again with a new key, and gives you "
                    "a new recovery key: the old passphrase and the old recovery key no longer "
                    "open it, even with an old copy of its key file. Backups made before "
                    "still open with the old ones. It takes a few seconds; you can go on "
                    "reading meanwhile.",
                )
            )
        )

    def clear(self) -> None:
        self.current.setText("")
        self.new.clear()
        self.message.setText("")
        self.progress.hide()

    def _can_change(self, *_: object) -> None:
        idle = bool(self.current.text()) and not self.service.is_busy
        self.change_button.setEnabled(idle and self.new.is_ready())
        self.recovery_button.setEnabled(idle)

    # Changing

    def change(self) -> None:
        self._start(
            self.new.passphrase(),
            QCoreApplication.translate("SettingsScreen", "Changing the passphrase…"),
        )

    def new_recovery_key(self) -> None:
        self._start(
            self.current.text(),
            QCoreApplication.translate("SettingsScreen", "Making a new recovery key…"),
        )

    def _start(self, new: str, doing: str) -> None:
        if self.service.is_busy or not self.current.text():
            return
        changed = new != self.current.text()
        self.message.setText(doing)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.change_button.setEnabled(False)
        self.recovery_button.setEnabled(False)

        def progressed(done: int, total: int) -> None:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

        self.service.change_passphrase(
            self.current.text(),
            new,
            lambda message, key: self._done(message, key, changed=changed),
            progressed,
        )

    def _done(self, message: str, recovery_key: str, *, changed: bool) -> None:
        self.progress.hide()
        if message or not recovery_key:
            self.message.setText(message)
            self._can_change()
            return
        self.current.setText("")
        self.new.clear()
        self.message.setText(
            QCoreApplication.translate(
                "SettingsScreen", "Your passphrase is changed. Use the new one from now on."
            )
            if changed
            else QCoreApplication.translate(
                "SettingsScreen", "You have a new recovery key. Your passphrase stays the same."
            )
        )
        self._can_change()
        self.dialog = RecoveryKeyDialog(recovery_key, passphrase_changed=changed, parent=self)
        self.dialog.accepted.connect(self._about_backups)
        self.dialog.open()

    # Earlier backups

    def _about_backups(self) -> None:
        if not self.service.is_unlocked:
            return
        self.backups = EarlierBackups(self.settings.backup_folder, self)
        self.backups.replace.connect(self.replace_backups)
        self.backups.open()

    def replace_backups(self) -> None:
        """A fresh backup in the backup folder; then the older daily backups there go."""
        folder = self.settings.backup_folder
        if folder is None or not self.service.is_unlocked:
            return
        self.message.setText(QCoreApplication.translate("SettingsScreen", "Making a fresh backup…"))
        session_ops.fresh_backup(
            parent=self,
            vault=self.service.vault,
            folder=Path(folder),
            today=self.service.vault.today(),
            discreet=self.settings.discreet,
        ).success(self._replaced).failure(self._not_replaced).stops_on(
            self.service.locking
        ).run_in_background(initiator=self)

    def _replaced(self, result: tuple[Path, list[Path]]) -> None:
        made, _deleted = result
        self.message.setText(
            QCoreApplication.translate(
                "SettingsScreen",
                "A fresh backup was made ({name}), and the older daily backups in your backup "
                "folder were deleted.",
            ).format(name=made.name)
        )

    def _not_replaced(self, err: BaseException) -> None:
        reason = error_text(err) if isinstance(err, WellbeingError) else type(err).__name__
        self.message.setText(
            QCoreApplication.translate(
                "SettingsScreen",
                "The fresh backup couldn't be made, so no backup was deleted. {reason}",
            ).format(reason=reason)
        )
