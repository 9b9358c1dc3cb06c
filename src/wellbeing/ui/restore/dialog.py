"""The restore dialog: check a backup, ask its passphrase, restore it off the GUI thread.

The dialog keeps only its questions and messages; the work is ``services.ops``'
``check_backup``, ``save_before_restore`` and ``restore_backup`` (over
``vault/restoring.py``).

Two places open it:

- the app, while unlocked ("Restore from a backup…"): what is in the vault now is first
  saved as ``wellbeing-before-restore-YYYY-MM-DD-HHMMSS.wbbackup`` (in the backup
  folder, or next to the chosen backup), then the vault is locked and replaced. Cancel
  is the default button; Enter in the passphrase field only moves on to the replace
  button, so replacing always takes a deliberate second step;
- the unlock page of a damaged vault: the damaged vault's encrypted files are copied
  aside (``<vault>-damaged-…``), then the backup is restored.

Either way nothing is replaced until the backup, its passphrase and both database
integrity checks have passed (``restore_backup`` does that in a staging folder), and a
wrong passphrase or a damaged backup changes nothing. The person then unlocks the
restored vault with the passphrase that belongs to the backup.

Signals: ``restored(object)`` — the :class:`BackupInfo` of the backup now in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...domain.errors import VaultLockedError
from ...services import ops
from ...services.vault_service import VaultService
from ...vault.backup import BackupInfo
from ..widgets import Heading
from ..widgets.passphrase import SecretOrRecoveryKey
from . import choose, texts
from .texts import tr


class RestoreDialog(QDialog):
    restored = Signal(object)

    def __init__(
        self,
        service: VaultService,
        backup: Path,
        *,
        info: BackupInfo | None = None,
        backup_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.backup = Path(backup)
        self.info = info
        self.backup_folder = backup_folder
        #: Replacing an open vault (made from the app) rather than a damaged one.
        self.replacing = service.is_unlocked
        self.before_restore: Path | None = None
        self.kept: Path | None = None
        self._working = False
        self._locking = False
        self._closed_already = False
        self.setWindowTitle(tr("Restore from a backup"))
        self.setModal(True)
        self.heading = Heading(tr("Restore from a backup"), 1.3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret = SecretOrRecoveryKey(
            {
                False: (
                    tr("&Passphrase of this backup:"),
                    tr("Passphrase of this backup"),
                    tr("Use the &recovery key instead"),
                ),
                True: (
                    tr("&Recovery key (32 letters and numbers, in groups of 4):"),
                    tr("Recovery key"),
                    tr("Use the &passphrase instead"),
                ),
            },
            self,
        )
        self.prompt, self.field = self.secret.prompt, self.secret.field
        self.switch_button = self.secret.switch_button
        self.secret.switched.connect(lambda: self.message.setText(""))
        self.note = QLabel(
            tr(
                "A backup opens with the passphrase the vault had when it was made, or with "
                "the vault's recovery key."
            )
        )
        self.note.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Working on the backup"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()
        self.restore_button = QPushButton(
            tr("&Replace my vault with this backup")
            if self.replacing
            else tr("&Restore this backup")
        )
        self.restore_button.setAccessibleName(self.restore_button.text().replace("&", ""))
        self.restore_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setAccessibleName(tr("Cancel, and change nothing"))
        self.cancel_button.clicked.connect(self.reject)
        self.close_button = QPushButton(tr("Close"))
        self.close_button.setAccessibleName(tr("Close"))
        self.close_button.clicked.connect(self.accept)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button.hide()  # after addButton, which shows every button it lays out
        self.form = QWidget()
        form = QVBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.prompt)
        form.addWidget(self.field)
        switch_row = QHBoxLayout()
        switch_row.addWidget(self.switch_button)
        switch_row.addStretch(1)
        form.addLayout(switch_row)
        form.addWidget(self.note)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.form)
        layout.addSpacing(self.fontMetrics().height() // 2)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        chars = self.fontMetrics().averageCharWidth()
        self.setMinimumWidth(chars * 56)
        self.resize(chars * 72, self.sizeHint().height())
        # Defaults only once the buttons are inside the dialog (a button finds its dialog
        # through its parents). Replacing an open vault: Cancel is the default.
        (self.cancel_button if self.replacing else self.restore_button).setDefault(True)
        service.locked.connect(self._locked_elsewhere)
        if info is None:
            self._check()
        else:
            self._ready(info)

    # What the dialog says

    @property
    def _use_recovery(self) -> bool:
        return self.secret.use_recovery

    def _where_before(self) -> Path:
        """The backup folder, else beside the chosen backup; never inside the vault
        folder, which the restore replaces as a whole."""
        folder = self.backup_folder
        where = folder if folder is not None and folder.is_dir() else self.backup.parent
        vault = self.service.folder.absolute()
        if where.absolute().is_relative_to(vault):
            where = vault.parent
        return where

    def _check(self) -> None:
        self.summary.setText(tr("Checking the backup {name}…").format(name=self.backup.name))
        self.form.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.busy.show()
        ops.check_backup(parent=self, backup=self.backup).success(self._checked).failure(
            self._unusable
        ).run_in_background(initiator=self)

    def _checked(self, info: BackupInfo) -> None:
        if not self._alive():
            return
        self.busy.hide()
        self._ready(info)

    def _ready(self, info: BackupInfo) -> None:
        self.info = info
        made = texts.when(info.created_at)
        if self.replacing:
            self.summary.setText(
                tr(
                    "What is in your vault now will be replaced by the backup from {when}.\n\n"
                    "First, a backup of your vault as it is now will be saved in {folder}, "
                    "so you can go back to it."
                ).format(when=made, folder=self._where_before())
            )
        else:
            self.summary.setText(
                tr(
                    "Your vault will be brought back as it was on {when}.\n\n"
                    "The damaged files will be kept in a folder next to your vault, in case "
                    "they are ever needed."
                ).format(when=made)
            )
        self.form.setEnabled(True)
        self.restore_button.setEnabled(True)
        self.field.setFocus()
        self._fit()

    def _unusable(self, err: BaseException) -> None:
        if not self._alive():
            return
        self.busy.hide()
        self.summary.setText(texts.problem(err, recovery=False))
        self.form.hide()
        self.restore_button.hide()
        self.cancel_button.hide()
        self._show_close()

    def _show_close(self) -> None:
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        self._fit(shrink=True)  # the questions are gone: no empty space where they were

    def _fit(self, *, shrink: bool = False) -> None:
        """Grow to show every line: a dialog does not grow by itself when a wrapped label
        gets longer (a message, a bigger text size). Once the layouts inside have caught
        up (buttons shown or hidden), hence the zero timer."""

        def fit() -> None:
            layout = self.layout()
            layout.activate()
            need = layout.totalHeightForWidth(self.width())
            if need > self.height() or shrink:
                self.resize(self.width(), need)

        QTimer.singleShot(0, self, fit)

    # Restoring

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.field.hasFocus():
            event.accept()
            if self.replacing and self.service.is_unlocked:
                self.restore_button.setFocus()  # a second, deliberate Enter replaces
            else:
                self.submit()
            return
        super().keyPressEvent(event)

    def submit(self) -> None:
        secret = self.field.text()
        if not secret or self._working or self.info is None:
            if not secret:
                self.message.setText(
                    tr("Type the backup's recovery key first.")
                    if self._use_recovery
                    else tr("Type the backup's passphrase first.")
                )
                self.field.setFocus()
                self._fit()
            return
        self.field.setText("")  # held no longer than needed, and with no undo history
        recovery = self._use_recovery
        passphrase, key = (None, secret) if recovery else (secret, None)
        if not self.replacing or self.before_restore is not None:
            self._restore(passphrase, key)
            return
        if not self.service.is_unlocked:  # locked meanwhile: never replace without a backup
            self._failed(VaultLockedError("locked"))
            return
        self.service.flush()  # edits still waiting for their timer go into the backup
        operation = ops.save_before_restore(
            parent=self,
            vault=self.service.vault,
            folder=self._where_before(),
            backup=self.backup,
            passphrase=passphrase,
            recovery_key=key,
        )
        self._set_working(True, tr("Saving a backup of your vault as it is now…"))
        operation.success(lambda path: self._saved_before(path, passphrase, key))
        operation.failure(self._failed).run_in_background(initiator=self)

    def _saved_before(self, path: Path, passphrase: str | None, key: str | None) -> None:
        self.before_restore = path
        if self.service.is_unlocked:
            self._locking = True
            try:
                self.service.lock()  # every screen forgets; the vault's files are free to swap
            finally:
                self._locking = False
        if not self._alive():
            return
        self._restore(passphrase, key)

    def _restore(self, passphrase: str | None, key: str | None) -> None:
        operation = ops.restore_backup(
            parent=self,
            backup=self.backup,
            vault_folder=self.service.folder,
            passphrase=passphrase,
            recovery_key=key,
            keep_damaged=not self.replacing,
        )
        self._set_working(True, tr("Restoring the backup…"))
        operation.success(self._restored).failure(self._failed).run_in_background(initiator=self)

    def _restored(self, result: tuple[BackupInfo, Path | None]) -> None:
        info, self.kept = result
        if not Shiboken.isValid(self):
            return
        self.restored.emit(info)
        self._set_working(False)
        lines = [texts.restored(info.created_at)]
        if self.before_restore is not None:
            lines.append(
                tr("What was in your vault before is saved as {path}.").format(
                    path=self.before_restore
                )
            )
        if self.kept is not None:
            lines.append(
                tr(
                    "The damaged files were kept in {path}. You can delete that folder once "
                    "you no longer need it."
                ).format(path=self.kept)
            )
        self.summary.setText("\n\n".join(lines))
        self.message.setText("")
        self.form.hide()
        self.restore_button.hide()
        self.cancel_button.hide()
        self._show_close()

    def _failed(self, err: BaseException) -> None:
        if not self._alive():
            return
        self._set_working(False)
        text = texts.problem(err, recovery=self._use_recovery)
        if self.replacing and not self.service.is_unlocked:
            text += "\n\n" + tr(
                "Your vault is as it was, and locked: close this and unlock it with your "
                "usual passphrase."
            )
            if self.before_restore is not None:
                text += " " + tr("A backup of it is saved as {path}.").format(
                    path=self.before_restore
                )
        self.message.setText(text)
        self.field.setFocus()
        self._fit()

    def _set_working(self, working: bool, status: str = "") -> None:
        self._working = working
        self.busy.setVisible(working)
        self.form.setEnabled(not working)
        self.restore_button.setEnabled(not working)
        self.cancel_button.setEnabled(not working)
        self.message.setText(status)
        self._fit()

    # Closing

    def _alive(self) -> bool:
        return Shiboken.isValid(self) and not self._closed_already

    def _locked_elsewhere(self) -> None:
        """Locked by the person (Ctrl+L, quick exit) or the idle timer, not by this dialog:
        before anything was replaced, the dialog goes too."""
        idle = self._alive() and not self._locking and not self._working
        if idle and self.replacing and self.before_restore is None:
            self.reject()

    def done(self, result: int) -> None:
        if self._working:
            return  # a restore under way is never abandoned half-seen
        self.field.setText("")
        self._closed_already = True
        super().done(result)
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._working:
            event.ignore()
            return
        super().closeEvent(event)


def offer_restore(
    parent: QWidget | None,
    service: VaultService,
    backup: Path | None = None,
    *,
    backup_folder: Path | None = None,
    on_restored: Callable[[BackupInfo], None] | None = None,
) -> RestoreDialog | None:
    """Open the restore dialog for ``backup``, or for a file the person chooses first.

    Returns the dialog (already open, window-modal), or None when no file was chosen.
    ``on_restored(info)`` is called once the backup is in place.
    """
    if backup is None:
        backup = choose.choose_backup_file(parent, backup_folder)
        if backup is None:
            return None
    dialog = RestoreDialog(service, backup, backup_folder=backup_folder, parent=parent)
    if on_restored is not None:
        dialog.restored.connect(on_restored)
    dialog.open()
    return dialog
