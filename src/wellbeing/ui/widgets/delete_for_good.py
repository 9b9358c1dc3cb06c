"""Deleting a journal entry or a plan record for good: a plain confirmation, then the
work off the GUI thread.

"Move to archive" keeps a record (Undo brings it back); "Delete for good" removes it from
the vault with its history, and wipes its words from the vault file
(``vault/repos/wiping.py``), so it runs off the GUI thread (``ops.deleting``). What "for
good" means for history is the person's choice made plain in the question: a plan record
goes with all its history (the history view no longer shows it on any day), because
history that keeps the words would not be "for good". Backups made earlier still hold
it, and the question says so. The confirmation opens window-modal without blocking,
starts on Cancel, and Escape cancels.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...domain.changes import Kind
from ...domain.errors import WellbeingError
from ...services.messages import error_text
from ...services.ops.deleting import delete_for_good
from ...services.vault_service import VaultService
from .confirm import ask_before


def earlier_backups_note() -> str:
    """Said wherever something is removed for good (deleting, forgetting history)."""
    return QCoreApplication.translate(
        "DeleteForGood",
        "Backups made before now still hold it. To remove it from them too, make a "
        "fresh backup and then delete the older ones in your backup folder.",
    )


class DeleteForGood(QObject):
    """Asks, then deletes. Signals: ``deleted(int)`` (the record's id, once it is gone),
    ``finished(str)`` (how it went, in words, also when it could not be done)."""

    deleted = Signal(object)  # an int; journal ids exceed 32 bits
    finished = Signal(str)

    def __init__(self, service: VaultService, kind: Kind, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._kind = kind
        self._parent = parent
        self.box: QMessageBox | None = None
        self.busy = False
        service.locked.connect(self.close_box)

    def question(self, name: str = "") -> str:
        backups = earlier_backups_note()
        if self._kind is Kind.JOURNAL:
            first = self.tr(
                "Delete this entry for good?\n\n"
                "It will be removed from this vault, with its words in the search, and "
                "cannot be brought back."
            )
        else:
            first = (
                {
                    Kind.VALUE: self.tr("Delete the value “{name}” for good?"),
                    Kind.GOAL: self.tr("Delete the goal “{name}” for good?"),
                    Kind.BOUNDARY: self.tr("Delete the boundary “{name}” for good?"),
                    Kind.ROUTINE: self.tr("Delete the routine “{name}” for good?"),
                }[self._kind].format(name=name)
                + "\n\n"
                + self.tr(
                    "It will be removed from this vault together with all its history: the "
                    "plan's history will no longer show it on any day, and it cannot be brought "
                    "back."
                )
            )
        return f"{first}\n\n{backups}"

    def ask(self, record_id: int, name: str = "") -> None:
        if self.busy or not self._service.is_unlocked:
            return
        self.close_box()
        title = self.tr("Delete for good?")

        def answered(chosen: bool) -> None:
            self.box = None
            if chosen:
                self._run(record_id)

        self.box = ask_before(
            self._parent,
            title=title,
            text=self.question(name),
            act=self.tr("&Delete for good"),
            act_name=self.tr("Delete for good"),
            cancel_name=self.tr("Cancel, keep it in the archive"),
            then=answered,
            icon=QMessageBox.Icon.Warning,
        )

    def close_box(self) -> None:
        """Close an open question without deleting (on lock, or a new question)."""
        box, self.box = self.box, None
        if box is not None:
            box.blockSignals(True)
            box.close()

    def _run(self, record_id: int) -> None:
        if not self._service.is_unlocked:
            return
        operation = delete_for_good(
            parent=self, vault=self._service.vault, kind=self._kind, record_id=record_id
        )
        self.busy = True

        def done(_result: object) -> None:
            self.busy = False
            self._service.announce(self._kind, self._parent)
            self.deleted.emit(record_id)
            self.finished.emit(self.tr("Deleted for good."))

        def failed(err: BaseException) -> None:
            self.busy = False
            # It may be deleted but not yet wiped (the vault busy): every screen looks again.
            self._service.announce(self._kind, None)
            if isinstance(err, WellbeingError):
                self.finished.emit(error_text(err))
            else:
                self.finished.emit(
                    self.tr(
                        "Something got in the way, so it may not be deleted yet. ({kind})"
                    ).format(kind=type(err).__name__)
                )

        operation.success(done).failure(failed).run_in_background(initiator=self)
