"""Forgetting a change, or everything before a day: a plain confirmation, then the work
off the GUI thread.

Forgetting rewrites the vault file (VACUUM and a WAL checkpoint, see
``vault/repos/history.py``), so it runs off the GUI thread (``ops.forget_history``) while
the section shows a quiet busy state. The confirmation opens window-modal without blocking
(``QMessageBox.open``), starts on Cancel, and Escape cancels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ....domain.errors import WellbeingError
from ....services import ops
from ....services.messages import error_text
from ....services.operations import Operation
from ....services.vault_service import VaultService
from ....vault.vault import Vault
from ...widgets.confirm import ask_before
from ...widgets.delete_for_good import earlier_backups_note
from .dates import day_words


class Forgetter(QObject):
    """Asks, then forgets. Signals: ``started()``, ``finished(str message)``."""

    started = Signal()
    #: The work is over; the message says how it went (kindly, also when it could not).
    finished = Signal(str)

    def __init__(self, service: VaultService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self.box: QMessageBox | None = None
        self.busy = False

    # Asking

    def ask_forget_revision(self, revision_id: int, sentence: str) -> None:
        text = (
            self.tr(
                "Forget this change for good?\n\n{sentence}\n\n"
                "It will be removed from the history permanently and cannot be brought back. "
                "Your plan as it stands now stays as it is. Only the fact that one change was "
                "forgotten stays in the history."
            ).format(sentence=sentence)
            + "\n\n"
            + earlier_backups_note()
        )
        self._ask(
            self.tr("Forget this change?"),
            text,
            lambda vault: ops.forget_history(parent=self, vault=vault, revision_id=revision_id),
        )

    def ask_forget_before(self, day: date) -> None:
        when = day_words(day)
        text = (
            self.tr(
                "Forget everything that changed before {date}?\n\n"
                "Those changes will be removed from the history permanently and cannot be "
                "brought back. Your plan from {date} on stays exactly as it is. Only the fact "
                "“History before {date} was forgotten.” stays in the history."
            ).format(date=when)
            + "\n\n"
            + earlier_backups_note()
        )
        self._ask(
            self.tr("Forget older history?"),
            text,
            lambda vault: ops.forget_history(parent=self, vault=vault, before=day),
        )

    def _ask(self, title: str, text: str, work: Callable[[Vault], Operation[None]]) -> None:
        if self.busy:
            return
        self.close_box()

        def answered(chosen: bool) -> None:
            self.box = None
            if chosen:
                self._run(work)

        self.box = ask_before(
            self._parent,
            title=title,
            text=text,
            act=self.tr("&Forget for good"),
            act_name=self.tr("Forget for good"),
            cancel_name=self.tr("Cancel, keep the history"),
            then=answered,
        )

    def close_box(self) -> None:
        """Close an open confirmation without forgetting (on lock, or a new question)."""
        box, self.box = self.box, None
        if box is not None:
            box.blockSignals(True)
            box.close()

    # Doing

    def _run(self, work: Callable[[Vault], Operation[None]]) -> None:
        if not self._service.is_unlocked:
            return
        operation = work(self._service.vault)
        self.busy = True
        self.started.emit()
        operation.success(self._succeeded).failure(self._failed).run_in_background(initiator=self)

    def _succeeded(self, _result: object) -> None:
        self.busy = False
        self.finished.emit(
            self.tr("Forgotten. Only a note that something was forgotten stays in the history.")
        )

    def _failed(self, err: BaseException) -> None:
        self.busy = False
        if isinstance(err, WellbeingError):
            self.finished.emit(error_text(err))
        else:
            self.finished.emit(
                self.tr(
                    "Something got in the way, so this may not be forgotten yet. ({kind})"
                ).format(kind=type(err).__name__)
            )
