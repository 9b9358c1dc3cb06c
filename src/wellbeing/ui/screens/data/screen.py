"""'Your data': backups (now, and every day), exports, and journal imports.

The work itself is the :class:`DataService`'s (off the GUI thread); this screen asks for
files, starts it, and tells the person what happened in plain words. The one pop-up is
for an automatic backup that could not be made; everything else is a quiet line under
the part that was used.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ....services.data_service import DataService
from ....services.vault_service import VaultService
from ...file_dialogs import folder_path, open_path, save_path
from ..base import Screen
from .sections import BackupSection, ExportSection, ImportSection, wrapping


class _Heading(QLabel):
    """The screen's title, a size larger than the text, at every text size."""

    SCALE = 1.4

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)
        self.follow_app_font()

    def follow_app_font(self) -> None:
        font = QApplication.font()
        font.setPointSizeF(font.pointSizeF() * self.SCALE)
        font.setBold(True)
        if font != self.font():
            self.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationFontChange:
            self.follow_app_font()
        super().changeEvent(event)


class DataScreen(Screen):
    """Signals: ``restore_requested()`` when the person asks to restore a backup (the
    restore dialog is the main window's to open)."""

    key = "data"
    restore_requested = Signal()

    def __init__(
        self, service: VaultService, data: DataService, parent: QWidget | None = None
    ) -> None:
        super().__init__(service, parent)
        self.data = data
        self.message_box: QMessageBox | None = None
        self._asker: QWidget | None = None  # the part whose work is running
        self._lock_message = ""

        choose = self._choose
        self.heading = _Heading(self.tr("Your data"))
        self.intro = wrapping(
            self.tr(
                "Everything in Wellbeing is yours: saved, encrypted, on this computer only. "
                "Here you can keep copies safe, take it elsewhere, and bring in entries "
                "from other journals."
            )
        )
        self.backups = BackupSection(data, choose)
        self.export = ExportSection(data, choose)
        self.imports = ImportSection(data, choose)
        self.sections = (self.backups, self.export, self.imports)

        self.column = QWidget()
        column = QVBoxLayout(self.column)
        column.addWidget(self.heading)
        column.addWidget(self.intro)
        for section in self.sections:
            column.addWidget(section)
        column.addStretch(1)
        body = QWidget()
        row = QHBoxLayout(body)
        row.addWidget(self.column, 1)
        row.addStretch(0)
        self._fit_column()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

        self.backups.restore_requested.connect(self.restore_requested)
        for section in self.sections:
            section.asking.connect(lambda s=section: self._asked_by(s))
        data.busy_changed.connect(self._busy_changed)
        data.progress.connect(self._progress)
        data.working.connect(self._working)
        data.finished.connect(self._ended)
        data.failed.connect(self._ended)
        data.stopped.connect(self._stopped)
        data.automatic_backup_failed.connect(self.show_message)
        self._busy_changed(data.is_busy)

    def title(self) -> str:
        return self.tr("Your data")

    # Files

    def choose_path(self, mode: str, title: str, start: Path, filters: str) -> Path | None:
        """Ask for a file ("save", "open") or a folder ("folder"); None when cancelled.
        Qt's own dialog, which leaves no "recent files" behind (see ``file_dialogs``).
        Tests replace this on the instance."""
        if mode == "save":
            return save_path(self, title, start, filters)
        if mode == "open":
            return open_path(self, title, start, filters)
        return folder_path(self, title, start)

    def _choose(self, mode: str, title: str, start: Path, filters: str) -> Path | None:
        return self.choose_path(mode, title, start, filters)

    # Messages

    def show_message(self, text: str) -> None:
        """A kind note that does not wait for an answer (an automatic backup that could
        not be made). Tests replace this on the instance."""
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(self.window())
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Automatic backup"))
        box.setText(text)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAccessibleName(self.tr("About today's automatic backup"))
        self.message_box = box
        box.open()

    # Following the work

    def _asked_by(self, section: QWidget) -> None:
        self._asker = section
        self._lock_message = ""

    def _busy_changed(self, busy: bool) -> None:
        for section in self.sections:
            section.set_busy(busy)

    def _progress(self, done: int, total: int) -> None:
        if self._asker is self.imports:
            self.imports.show_progress(done, total)

    def _working(self, text: str) -> None:
        if self._asker is self.imports:
            self.imports.show_working(text)
        elif self._asker is not None:
            self._asker.say(text)  # type: ignore[attr-defined]

    def _ended(self, message: str) -> None:
        asker = self._asker or self.imports
        if asker is self.imports:
            self.imports.ended(message)
        else:
            asker.say(message)  # type: ignore[attr-defined]
        self._asker = None

    def _stopped(self, message: str) -> None:
        self._lock_message = message  # names nothing: kept through the lock
        self._ended(message)

    # Screen

    def _fit_column(self) -> None:
        """Lines of about 130 average characters at most: long lines are hard to read."""
        self.column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 130)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_column()
        super().changeEvent(event)

    def load(self) -> None:
        self.backups.show_settings()

    def showEvent(self, event: QShowEvent) -> None:
        self.backups.show_last_backup()
        super().showEvent(event)

    def clear(self) -> None:
        """Forget what names a file or folder the person chose; keep only the words
        about an import the lock stopped (they name nothing)."""
        kept = self._lock_message
        for section in self.sections:
            section.say("")
        self.imports.ended(kept)
        self._lock_message = ""
