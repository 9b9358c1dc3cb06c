"""Unlock: the passphrase (or the recovery key), a quiet busy state, kind messages.

When the person chose to keep a readable copy of their safety plan, the page also offers
"Open my safety plan": the crisis view of that copy, without the passphrase, and says
that the copy is not protected. Only a copy this vault wrote under the person's current
choice on this computer is offered (``copy_choice``, from the settings; see
:mod:`wellbeing.formats.crisis_copy`): a file dropped into the folder is never shown.

When the vault cannot be opened because it is damaged or partly missing (found before any
passphrase for the key file and the database file's size, or after one for a database
that does not decrypt), the page says what is wrong and that nothing was changed, and
offers the newest backup in the automatic backup folder that verifies, or a backup file
the person chooses (:mod:`wellbeing.ui.restore`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ....domain.errors import DatabaseDamagedError, KeyFileDamagedError, VaultNotFoundError
from ....domain.safety_plan import SafetyPlan
from ....formats.crisis_copy import CopyChoice, shown_copy
from ....services.messages import error_text, message_text
from ....services.vault_service import VaultService
from ....vault.backup import BackupInfo
from ....vault.vault import _check_db_file, read_key_file
from ...restore import RestoreDialog, RestoreOffer
from ...restore.texts import restored
from ...widgets import Heading
from ...widgets.passphrase import SecretOrRecoveryKey
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


#: What makes a vault impossible to open whatever the passphrase: a restore can help.
DAMAGE = (DatabaseDamagedError, KeyFileDamagedError, VaultNotFoundError)


class UnlockPage(QWidget):
    def __init__(
        self,
        service: VaultService,
        parent: QWidget | None = None,
        *,
        backup_folder: Callable[[], Path | None] | None = None,
        copy_choice: Callable[[str], CopyChoice | None] | None = None,
    ) -> None:
        """``backup_folder`` gives the automatic backup folder when asked (None: there is
        none, and a damaged vault is offered only "Choose a backup file…");
        ``copy_choice(vault_id)`` the person's choice for the readable copy (None: the
        copy is never offered)."""
        super().__init__(parent)
        self.service = service
        self._backup_folder = backup_folder
        self._copy_choice = copy_choice
        self.damaged = False
        self.restore_dialog: RestoreDialog | None = None
        self.heading = heading = Heading(self._locked_words())
        self.secret = SecretOrRecoveryKey(
            {
                False: (
                    self.tr("&Passphrase:"),
                    self.tr("Passphrase"),
                    self.tr("Use my &recovery key instead"),
                ),
                True: (
                    self.tr("&Recovery key (32 letters and numbers, in groups of 4):"),
                    self.tr("Recovery key"),
                    self.tr("Use my &passphrase instead"),
                ),
            },
            self,
        )
        self.prompt, self.field = self.secret.prompt, self.secret.field
        self.switch_button = self.secret.switch_button
        self.secret.switched.connect(lambda: self.message.setText(""))
        self.field.returnPressed.connect(self.submit)
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.submit)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setAccessibleName(self.tr("Opening your vault"))
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.offer = RestoreOffer()
        self.offer.restore_chosen.connect(self.open_restore)
        self.offer.searched.connect(self._offer_ready)
        self.offer.hide()
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
            self.tr(
                "No passphrase needed: this opens the readable copy you chose to keep. It is "
                "not protected: anyone who can open this computer's files can read it."
            )
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
        self.unlock_row = QWidget()
        row = QHBoxLayout(self.unlock_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.switch_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        column.addWidget(self.unlock_row)
        column.addWidget(self.busy)
        column.addWidget(self.message)
        column.addSpacing(self.fontMetrics().height() // 2)
        column.addWidget(self.offer)
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

    @property
    def _use_recovery(self) -> bool:
        return self.secret.use_recovery

    def _locked_words(self) -> str:
        """“Wellbeing is locked”, or in discreet mode the neutral name the person chose:
        this is the page anyone glancing at a shared screen sees."""
        name = QGuiApplication.applicationDisplayName() or "Wellbeing"
        return self.tr("{name} is locked").format(name=name)

    def prepare(self) -> None:
        """Called each time the page is shown: empty field, and say early if the vault
        cannot be opened at all (no key file, damaged key file)."""
        said, self.service.recovered = self.service.recovered, None  # said once
        self.close_crisis_view()
        self._show_crisis_button()
        self.field.setText("")
        self.message.setText("")
        self._show_damage(None)
        try:
            read_key_file(self.service.folder)
            _check_db_file(self.service.folder)
        except DAMAGE as err:
            self._show_damage(err)
            return
        if said is not None:  # a restore stopped part-way, put right before this page
            self.message.setText(message_text(said))
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
        if isinstance(self.service.last_error, DAMAGE):
            self._show_damage(self.service.last_error)
            return
        self.message.setText(message)
        self.field.setFocus()

    # A damaged vault, and restoring a backup

    def _show_damage(self, err: BaseException | None) -> None:
        """Say what is wrong and offer a backup (``err``), or go back to the usual page."""
        self.damaged = err is not None
        for widget in (self.prompt, self.field, self.unlock_row):
            widget.setVisible(not self.damaged)
        self.field.setEnabled(not self.damaged)
        self.unlock_button.setEnabled(not self.damaged)
        self.switch_button.setEnabled(not self.damaged)
        self.offer.setVisible(self.damaged)
        if err is None:
            self.heading.setText(self._locked_words())
            self.offer.clear()
            return
        self.heading.setText(self.tr("Your vault can't be opened right now"))
        self.message.setText(
            self.tr("{problem} Your data has not been replaced or deleted.").format(
                problem=error_text(err)
            )
        )
        self.offer.search(self._backup_folder() if self._backup_folder else None)
        self.offer.choose_button.setFocus()

    def _offer_ready(self) -> None:
        focus = QApplication.focusWidget()
        if self.offer.newest_button.isVisibleTo(self) and focus in (
            None,
            self.offer.choose_button,
        ):
            self.offer.newest_button.setFocus()

    def open_restore(self, backup: Path, info: BackupInfo | None = None) -> RestoreDialog:
        """Open the restore dialog for ``backup`` (``info``: already verified)."""
        folder = self._backup_folder() if self._backup_folder else None
        dialog = RestoreDialog(self.service, backup, info=info, backup_folder=folder, parent=self)
        dialog.restored.connect(self.show_restored)
        dialog.finished.connect(self._restore_closed)
        self.restore_dialog = dialog
        dialog.open()
        return dialog

    def _restore_closed(self) -> None:
        self.restore_dialog = None
        self.window().activateWindow()  # back to the page, wherever the dialog was
        if self.field.isVisibleTo(self):
            self.field.setFocus()

    def show_restored(self, info: BackupInfo) -> None:
        """A backup was restored into the vault folder: ready to unlock it, and say so."""
        self.prepare()
        if not self.damaged:
            self.message.setText(restored(info.created_at))

    # The readable copy of the safety plan

    def _readable_copy(self) -> tuple[SafetyPlan, bool] | None:
        """The copy, only when this vault wrote it under the person's current choice."""
        if self._copy_choice is None:
            return None
        try:
            vault_id = read_key_file(self.service.folder).vault_id
        except Exception:  # no key file, or a damaged one: no vault to match
            return None
        return shown_copy(self.service.folder, vault_id, self._copy_choice(vault_id))

    def _show_crisis_button(self) -> None:
        there = self._readable_copy() is not None
        self.crisis_button.setVisible(there)
        self.crisis_note.setVisible(there)

    def open_crisis_view(self) -> None:
        found = self._readable_copy()
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
