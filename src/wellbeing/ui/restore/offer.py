"""What the unlock page of a damaged vault offers: the newest backup that verifies, and
"Choose a backup file…".

The automatic backup folder is searched off the GUI thread (each backup is read in full
to verify its checksums); a newer backup that does not verify is skipped, and the offer
says so.

Signals: ``restore_chosen(object, object)`` — the backup's path and its verified
:class:`BackupInfo` (None when the person chose a file, which the dialog then checks).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from ...services import ops
from ...vault.restoring import BackupSearch
from . import choose, texts
from .texts import tr


class RestoreOffer(QWidget):
    restore_chosen = Signal(object, object)
    #: The search finished (for tests and for screen readers' sake, nothing else).
    searched = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder: Path | None = None
        self.search_result: BackupSearch | None = None
        self._generation = 0
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(tr("Looking for your newest backup"))
        self.busy.hide()
        self.newest_button = QPushButton()
        self.newest_button.setAccessibleName(tr("Restore the newest backup"))
        self.newest_button.setAutoDefault(False)
        self.newest_button.clicked.connect(self._newest_chosen)
        self.newest_button.hide()
        self.choose_button = QPushButton(tr("C&hoose a backup file…"))
        self.choose_button.setAccessibleName(tr("Choose a backup file"))
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        for button in (self.newest_button, self.choose_button):
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)

    def search(self, folder: Path | None) -> None:
        """Look for the newest verified backup in ``folder`` (None: only offer Choose…)."""
        self._generation += 1
        generation = self._generation
        self.folder = folder
        self.search_result = None
        self.newest_button.hide()
        if folder is None:
            self.busy.hide()
            self.status.setText(
                tr("If you have a backup file, you can restore your vault from it.")
            )
            self.searched.emit()
            return
        self.status.setText(tr("Looking for your newest backup in {folder}…").format(folder=folder))
        self.busy.show()
        ops.find_backup_to_restore(parent=self, folder=folder).success(
            lambda found: self._found(generation, found)
        ).failure(lambda _err: self._found(generation, BackupSearch(folder))).run_in_background(
            initiator=self
        )

    def _found(self, generation: int, found: BackupSearch) -> None:
        if not Shiboken.isValid(self) or generation != self._generation:
            return  # a newer search (or none) has taken its place
        self.search_result = found
        self.busy.hide()
        lines: list[str] = []
        if found.newest is not None:
            made = texts.when(found.newest.created_at)
            self.newest_button.setText(tr("Restore the backup from {when}…").format(when=made))
            self.newest_button.setAccessibleName(
                tr("Restore the backup from {when}").format(when=made)
            )
            self.newest_button.setAccessibleDescription(str(found.newest.path))
            self.newest_button.show()
            lines.append(
                tr(
                    "Your newest backup that checks out is from {when}. Restoring it brings "
                    "your vault back as it was then."
                ).format(when=made)
            )
        if len(found.skipped) == 1:
            lines.append(
                tr("The newer backup {name} is damaged, so it was skipped.").format(
                    name=found.skipped[0].name
                )
            )
        elif found.skipped:
            lines.append(
                tr("{count} newer backups are damaged, so they were skipped: {names}.").format(
                    count=len(found.skipped), names=", ".join(p.name for p in found.skipped)
                )
            )
        if found.newest is None:
            lines.append(
                tr("There is no backup in {folder} that can be used.").format(folder=found.folder)
                if found.skipped
                else tr("No backups were found in {folder}.").format(folder=found.folder)
            )
            lines.append(tr("If you have a backup file elsewhere, you can restore from it."))
        self.status.setText(" ".join(lines))
        self.searched.emit()

    def clear(self) -> None:
        """Forget any search (a search still running is ignored when it ends)."""
        self._generation += 1
        self.search_result = None
        self.busy.hide()
        self.newest_button.hide()
        self.status.setText("")

    def _newest_chosen(self) -> None:
        found = self.search_result
        if found is not None and found.newest is not None:
            self.restore_chosen.emit(found.newest.path, found.newest)

    def _choose(self) -> None:
        path = choose.choose_backup_file(self.window(), self.folder)
        if path is not None:
            self.restore_chosen.emit(path, None)
